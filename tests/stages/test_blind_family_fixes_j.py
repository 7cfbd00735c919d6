"""Structure fixes for the fifth blind set (sealed_f_*; issue 12, fix12j), each kind as a
small case in wordings of its own, with look-alikes that must stay:

* header numbers in one-glyph numeral series (``❶``, ``②``, ``⑶``), after ``§`` or in
  ``﹝﹞``, with a count word and a bracket (``【第2问】``), an of-total count in brackets
  (``【专题 2/3】``); a question is a title;
* keyed headers: a dated run (``2022-04-03｜标题``, the date is the piece's published) and
  a document-number line repeated before every piece (the number is its doc_number);
* metadata by shape: a cover line (number, dated 发布/实施 cells, issuer), a review row
  with a labelled update date, security code rows, the sign-off's date and signer;
* a page banner (``站名 - 栏目``) is not joined into the title below it.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.site_judge import KeepTable
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_rows import cover_line, labelled_date_row, sign_off
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split as _split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
META = MetaParser()


def _page(head: list[str], headers: list[str], *, below: list[str] | None = None) -> list[str]:
    lines = [*head, ""]
    for n, h in enumerate(headers):
        lines += [h, *([below[n]] if below else []), PROSE, PROSE2, ""]
    return lines


# ---- header numbering in other glyph systems


@pytest.mark.parametrize(
    "fmt",
    ["{o} {t}", "{d} {t}", "§{n} {t}", "﹝{n}﹞{t}", "【第{n}问】{t}", "【专题 {n}/3】{t}"],
)
def test_other_numeral_glyphs_cut_a_compilation(fmt: str) -> None:
    titles = ["渡口为什么起雾？", "晒谷场几点收场？", "槐树下说些什么？"]
    headers = [
        fmt.format(n=n, o="❶❷❸"[n - 1], d="①②③"[n - 1], t=t) for n, t in enumerate(titles, 1)
    ]
    drafts = _split(_page(["河湾村问答精选"], headers))
    assert [d.title for d in drafts] == titles  # type: ignore[attr-defined]


def test_circled_items_inside_one_article_stay_one_article() -> None:
    lines = [
        "河湾村的一天",
        "",
        "① 清晨，渡口的雾气很重，船工收好缆绳。",
        PROSE,
        "② 午后，晒谷场上孩子们在追花猫。",
        PROSE2,
    ]
    assert len(_split(lines)) == 1


def test_numbered_clauses_of_one_standard_stay_one_article() -> None:
    lines = ["渡口管理规范", "", "前言", PROSE, "1 范围", PROSE, "2 术语", PROSE2, "3.1 一般规定"]
    lines += [PROSE, "3 要求", PROSE2]
    assert len(_split(lines)) == 1


def test_questions_inside_one_answer_stay_one_article() -> None:
    lines = ["渡口为什么起雾？", "", PROSE, "问：早上几点雾最大？", PROSE2, "问：雾天能开船吗？"]
    lines += [PROSE, "小贴士：", "· 出门看天气", "· 带好雨具"]
    assert len(_split(lines)) == 1


@pytest.mark.parametrize("line", ["〔2/4〕", "❶", "①要按时收缆绳"])
def test_bare_counters_are_no_header(line: str) -> None:
    assert candidate(0, line, vocab()) is None


# ---- keyed headers


def test_a_dated_run_cuts_pieces_and_dates_them() -> None:
    headers = ["2022-04-03｜渡口新船下水", "2022-04-02｜晒谷场翻修完工", "2022-03-30｜槐树挂牌保护"]
    drafts = _split(_page(["河湾村周报（第3期）"], headers))
    assert [d.title for d in drafts] == ["渡口新船下水", "晒谷场翻修完工", "槐树挂牌保护"]  # type: ignore[attr-defined]
    assert drafts[2].meta["published"] == "2022-03-30"  # type: ignore[attr-defined]
    assert "2022-04-02" not in "".join(d.text for d in drafts)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "lines",
    [
        # dates out of order: a schedule in prose, not a digest
        [
            "河湾村大事记",
            "",
            "2022-04-03｜渡口新船下水",
            PROSE,
            "2022-05-02｜晒谷场翻修",
            PROSE2,
            "2022-03-30｜槐树挂牌",
            PROSE,
        ],
        # a list of dated links with no body under each line
        ["河湾村新闻", "", "2022-04-03｜渡口新船下水", "2022-04-02｜晒谷场翻修", PROSE],
        # dated lines that are sentences
        [
            "河湾村日记",
            "",
            "2022-04-03｜今天去了渡口，雾很大。",
            PROSE,
            "2022-04-02｜晴，去晒谷场。",
            PROSE2,
        ],
    ],
)
def test_dated_lines_that_are_no_run_stay_one_article(lines: list[str]) -> None:
    assert len(_split(lines)) == 1


def test_a_document_number_line_before_every_piece_cuts_them() -> None:
    lines = ["河湾村公告汇总", ""]
    for n, t in enumerate(["河湾村关于渡口停航的公告", "河湾村关于晒谷场开放的公告"], 1):
        lines += [f"通告编号：2022-00{n}", t, PROSE, PROSE2, ""]
    drafts = _split(lines)
    assert [d.title for d in drafts] == ["河湾村关于渡口停航的公告", "河湾村关于晒谷场开放的公告"]  # type: ignore[attr-defined]
    assert drafts[1].meta["doc_number"] == "2022-002"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "lines",
    [
        # one number line only: the document's own header
        ["河湾村公告", "", "通告编号：2022-001", "河湾村关于渡口停航的公告", PROSE, PROSE2],
        # the number cited in a sentence
        [
            "河湾村公告",
            "",
            "依据通告编号：2022-001的要求，渡口停航。",
            PROSE,
            "依据通告编号：2022-002的要求，晒谷场开放。",
            PROSE2,
        ],
        # the same number twice: one document
        [
            "河湾村公告",
            "",
            "通告编号：2022-001",
            "渡口停航",
            PROSE,
            "通告编号：2022-001",
            "续",
            PROSE2,
        ],
    ],
)
def test_document_numbers_that_are_no_run_stay_one_article(lines: list[str]) -> None:
    assert len(_split(lines)) == 1


# ---- metadata by shape


def test_a_cover_line_gives_number_dates_and_issuer() -> None:
    row = "Q/HW 7—2020　　2020-02-03发布　　2020-05-01实施　　河湾村协会"
    assert cover_line(row, META.field_of) == {
        "doc_number": "Q/HW 7—2020",
        "published": "2020-02-03",
        "effective": "2020-05-01",
        "issuer": "河湾村协会",
    }
    drafts = _split(["渡口管理规范", row, PROSE, PROSE2])
    assert drafts[0].meta["effective"] == "2020-05-01"  # type: ignore[attr-defined]
    assert "发布" not in drafts[0].text  # type: ignore[attr-defined]
    # a protected line: the chrome stages never learn it from repeats
    assert KeepTable().reason(row) == "metadata"


@pytest.mark.parametrize(
    "row",
    ["2020-02-03发布的通知　　很多人看了　　河湾村", "河湾村协会　　2020-02-03发布　　欢迎阅读"],
)
def test_lines_with_one_dated_cell_are_no_cover_line(row: str) -> None:
    assert cover_line(row, META.field_of) is None


def test_a_review_row_gives_its_update_date() -> None:
    row = "✔ 由 张某某（老船工）校对　｜　最近更新：2021/07/08"
    assert labelled_date_row(row, META.field_of) == {"published": "2021-07-08"}
    assert labelled_date_row("截止：2021/07/08　｜　名额：5", META.field_of) is None
    drafts = _split(["渡口为什么起雾？", row, PROSE, PROSE2])
    assert drafts[0].meta == {"published": "2021-07-08"}  # type: ignore[attr-defined]


def test_security_code_rows_are_metadata() -> None:
    row = "证券代码：000111　　证券简称：河湾股份　　公告编号：2022-009"
    assert META.parse_meta_line(row) == {
        "security_code": "000111",
        "security_name": "河湾股份",
        "doc_number": "2022-009",
    }


def test_a_sign_off_gives_date_and_signer_and_stays() -> None:
    lines = [
        "河湾村关于渡口停航的通知",
        PROSE,
        PROSE2,
        "特此通知。",
        "河湾村村民委员会",
        "二〇二二年三月五日",
    ]
    drafts = _split(lines)
    assert drafts[0].meta == {"published": "2022-03-05", "issuer": "河湾村村民委员会"}  # type: ignore[attr-defined]
    assert drafts[0].text.rstrip().endswith("二〇二二年三月五日")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "tail",
    [
        ["会议定于2022年3月5日召开。"],  # a date in prose
        ["2022年3月5日", "渡口照常开放，请大家相互转告。"],  # a date line above more prose
    ],
)
def test_dates_that_are_no_sign_off_give_nothing(tail: list[str]) -> None:
    assert sign_off(tail) == {}


def test_a_banner_is_not_joined_into_the_title_below() -> None:
    lines = ["河湾村 - 通知公告", "关于渡口停航的通知", PROSE, PROSE2]
    assert _split(lines)[0].title == "关于渡口停航的通知"  # type: ignore[attr-defined]
    lines = ["河湾村村民委员会", "关于渡口停航的通知", PROSE, PROSE2]
    assert _split(lines)[0].title == "河湾村村民委员会关于渡口停航的通知"  # type: ignore[attr-defined]


# ---- the families' floors (what fix12j reached; chrome and repairs: fix12k)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_f_xueyuan", {"titles": 1.0, "counts": 1.0, "metadata": 0.92}),
        ("sealed_f_gonggao", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_f_wenda", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_f_biaozhun", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
    ],
)
def test_the_fifth_blind_families_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)


def test_the_info_bar_the_chrome_stage_removes_still_dates_the_page() -> None:
    from cleaner.config import PipelineConfig
    from cleaner.model import RawInput
    from cleaner.pipeline import Pipeline

    bar = "发布时间：2021-07-08 09:30　来源：河湾村网　阅读：88次"
    text = "\n".join(["渡口新船下水", bar, PROSE, PROSE2, PROSE]) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    assert bar not in res.articles[0].text  # still chrome
    assert res.articles[0].meta["published"] == "2021-07-08"
    # no bar: no date
    text = "\n".join(["渡口新船下水", PROSE, PROSE2, PROSE]) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="q.txt", data=text.encode()), 0)
    assert "published" not in res.articles[0].meta
