"""review21b's findings on fixzz2, mended (mend21c), each class in wordings of its own:

* N1: a row ``label：《title》（number）`` is the piece's OWN document number only when the
  piece's title names that document, the piece has no number yet, and no row of the same
  shape (a list's item) or a colon lead-in stands next to it; a row naming a document the
  piece acts on (repeals, forwards, revises), a news report's original headline and a
  periodical's issue stay as they are (:func:`cited_sources.cited_document`);
* N2: a compiler's word before a value naming nobody (the site, a role, an unnamed
  contributor) gives no author (``[names] nobody``);
* N3: a credit row naming the teller of an oral history stays text (``tellers``).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.cited_sources import cited_document
from cleaner.stages.split import SplitStage
from cleaner.stages.split_foot import foot_credit, foot_row

STAGE = SplitStage()
FIELDS = STAGE.meta.field_of
NUM = STAGE.meta.doc_number

B1 = "为便于群众了解新规，现将主要内容逐条说明如下，欢迎各界人士提出意见和建议，共同做好落实工作。"
B2 = "新规明确了适用范围、申请条件和办理流程，相关部门要按照职责分工抓好落实，及时回应群众关切。"
B3 = "各乡镇要组织力量开展宣传，确保政策家喻户晓，执行中遇到的问题请及时向主管部门反映。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0).articles


# ---- N1: the piece's own document, over or after the text


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (  # over the text, a label of its own wording
            [
                "《某某县宅基地管理细则》图文解读",
                "被解读文件：《某某县宅基地管理细则》（某农规〔2021〕4号）",
                "",
                B1,
                B2,
                B3,
            ],
            "某农规〔2021〕4号",
        ),
        (  # after the text, the number under a label of its own
            [
                "一图看懂《某某区养老服务补贴办法》",
                "发布日期：2021年6月3日",
                "",
                B1,
                B2,
                B3,
                "政策全文：《某某区养老服务补贴办法》　文号：某民发〔2020〕9号",
            ],
            "某民发〔2020〕9号",
        ),
        (  # traditional script, after the text
            [
                "《某某縣河道保護條例》問答",
                "發布日期：2021年6月3日",
                "",
                "為便於群眾了解新規，現將主要內容逐條說明如下，歡迎各界人士提出意見和建議。",
                "新規明確了適用範圍、申請條件和辦理流程，相關部門要按照職責分工抓好落實。",
                "各鄉鎮要組織力量開展宣傳，確保政策家喻戶曉，執行中遇到的問題請及時反映。",
                "原文：《某某縣河道保護條例》（某府規〔2019〕2號）",
            ],
            "某府規〔2019〕2號",
        ),
    ],
)
def test_a_row_citing_the_titled_document_gives_its_number(lines: list[str], number: str) -> None:
    arts = _run(lines)
    assert len(arts) == 1
    assert arts[0].meta.get("doc_number") == number
    assert number not in arts[0].text


@pytest.mark.parametrize(
    "lines",
    [
        [  # a catalogue's last item under a colon lead-in: no title names it
            "某某局2021年度规范性文件清单",
            "发布日期：2022年1月6日",
            "",
            B1,
            "本年度清理后继续有效的文件如下：",
            "一号件：《某某县林地保护办法》（某林规〔2021〕1号）",
            "二号件：《某某县苗木检疫规定》（某林规〔2021〕2号）",
        ],
        [  # the title names the last item, but it closes a list of two
            "关于《某某县苗木检疫规定》等文件的说明",
            "发布日期：2022年1月6日",
            "",
            B1,
            B2,
            "甲件：《某某县林地保护办法》（某林规〔2021〕1号）",
            "乙件：《某某县苗木检疫规定》（某林规〔2021〕2号）",
        ],
        [  # a decision repealing the document its title names
            "关于废止《某某县渔船管理办法》的决定",
            "发布日期：2022年1月6日",
            "",
            B1,
            B2,
            B3,
            "予以废止：《某某县渔船管理办法》（某政发〔2011〕7号）",
        ],
        [  # a news report about a document: the title does not name it
            "我县出台新规规范渣土运输",
            "发布时间：2023-04-01　来源：县城管局",
            "",
            B1,
            B2,
            B3,
            "文件全文：《某县渣土运输管理办法》（某城管规〔2023〕1号）",
        ],
        [  # the piece's own number read already over the text
            "关于印发《某某县河长制考核办法》的通知",
            "某河办发〔2023〕6号",
            "",
            B1,
            B2,
            B3,
            "同步失效：《某某县河长制考核办法》（某河办发〔2018〕2号）",
        ],
        [  # an original headline over a news report's text
            "我县部署秋收秋种工作",
            "原标题：《关于做好秋收秋种工作的通知》（某农发〔2023〕9号）",
            "",
            B1,
            B2,
        ],
    ],
)
def test_a_row_citing_another_document_stays_text(lines: list[str]) -> None:
    arts = _run(lines)
    row = next(x for x in reversed(lines) if "《" in x and "）" in x[-2:])
    assert any(row in a.text.split("\n") for a in arts)
    number = row[row.rindex("（") + 1 : -1]
    assert all(a.meta.get("doc_number") != number for a in arts)


def test_the_reader_refuses_lists_issues_and_other_subjects() -> None:
    about = "《某某县宅基地管理细则》政策解读"
    row = "政策文件：《某某县宅基地管理细则》（某农规〔2021〕4号）"
    assert cited_document(row, NUM, FIELDS, about=about) == {"doc_number": "某农规〔2021〕4号"}
    assert cited_document(row, NUM, FIELDS, about="政策解读") is None
    sibling = "政策文件：《某某县林地保护办法》（某林规〔2021〕1号）"
    assert cited_document(row, NUM, FIELDS, about=about, above=sibling) is None
    assert cited_document(row, NUM, FIELDS, about=about, below=sibling) is None
    assert cited_document(row, NUM, FIELDS, about=about, above="涉及文件如下：") is None
    issue = "刊物：《某某论坛》（2021年第5期）"
    assert cited_document(issue, NUM, FIELDS, about="《某某论坛》2021年第5期导读") is None
    for label in ("转发", "修订", "代替", "答复依据", "原标题", "刊载", "轉發"):
        other = f"{label}：《某某县宅基地管理细则》（某农规〔2021〕4号）"
        assert cited_document(other, NUM, FIELDS, about=about) is None, label


# ---- N2: a compiler naming nobody


@pytest.mark.parametrize(
    "row",
    [
        "（来源：某某农业网　整理：本站）",
        "（资料来源：《某县年鉴》　编辑：小编）",
        "（来源：某某论坛　整理：网友）",
        "（信息来源：某某县志　整理：本网编辑部）",
    ],
)
def test_a_compiler_naming_nobody_is_no_author(row: str) -> None:
    got = foot_row(row, FIELDS)
    assert got is not None and "author" not in got
    assert got.get("origin")


def test_a_named_compiler_is_still_the_author() -> None:
    assert foot_row("（来源：某某农业网　整理：林小禾）", FIELDS) == {
        "origin": "某某农业网",
        "author": "林小禾",
    }


# ---- N3: an oral history's teller


@pytest.mark.parametrize(
    "row",
    [
        "（讲述人：某老汉　整理人：林小禾）",
        "（口述者：某阿婆　整理：董一苇）",
        "（受访者：某师傅　整理：柯小满）",
        "(讲述：某大娘 | 整理：舒阿蛮)",
    ],
)
def test_a_row_naming_a_teller_is_no_credit(row: str) -> None:
    assert foot_credit(row, FIELDS) is None
    arts = _run(["村口那棵老樟树", "", B1, B2, B3, row])
    last = arts[0].text.split("\n")[-1]  # (the repair stage may widen the brackets)
    assert last[1:-1] == row[1:-1]
    assert "某" not in arts[0].meta.get("author", "")
