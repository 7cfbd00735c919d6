"""Structure fixes for the fourth blind set (sealed_e_*; issue 12, fix12f), each kind as a
small case in wordings of its own, with look-alikes that must stay:

* article headers numbered in a site's own scheme: a two-character word of its own before
  the number (``专题一：``, ``单元2　``), capital numerals (``贰 · ``), a count word after
  the number (``第2件``, ``第2例``), a bullet glyph before it (``◆第2例``), an of-total
  count (``2/3　``);
* a metadata row right under every header says the headers head documents;
* metadata: standard judgment/disclosure labels, a grid whose labels are letter-spaced to
  the column width, one parenthesised line of fields, a byline of single-space words
  closed by a date and a time (the timestamp repair leaves it), a compilation's byline
  date for every piece;
* a page title that is the file name: title, the document's kind, the extension.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.repair import RepairStage
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_page_title import page_title_line
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split as _split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
META = MetaParser()


def _titles(lines: list[str]) -> list[str]:
    return [d.title for d in _split(lines)]  # type: ignore[attr-defined]


def _page(head: list[str], headers: list[str], *, meta: list[str] | None = None) -> list[str]:
    lines = [*head, ""]
    for n, h in enumerate(headers):
        lines += [h, *([meta[n]] if meta else []), PROSE, PROSE2, ""]
    return lines


# ---- header shapes


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        ("河湾村故事汇编", "专题{cn}：{t}"),
        ("河湾村故事3篇", "单元{n}　{t}"),
        ("河湾村故事汇编", "{cap} · {t}"),
        ("河湾村故事汇编", "第{n}件　{t}"),
        ("河湾村故事汇编", "◆第{n}例　{t}"),
        ("河湾村故事汇编", "{n}/3　{t}"),
    ],
)
def test_a_sites_own_numbering_cuts_a_compilation(head: str, fmt: str) -> None:
    titles = ["渡口的早晨", "晒谷场的午后", "槐树下的旧事"]
    headers = [
        fmt.format(n=n, cn="一二三"[n - 1], cap="壹贰叁"[n - 1], t=t)
        for n, t in enumerate(titles, 1)
    ]
    assert _titles(_page([head], headers)) == titles


def test_a_metadata_row_under_every_header_is_the_compilation_cue() -> None:
    # no count, no compile word, titles end in no document word: only the rows say it
    headers = ["事例一：渡口纠纷", "事例二：晒谷场纠纷"]
    meta = ["（调解机构：河湾镇调解委员会；印发日期：2022年5月6日）"] * 2
    drafts = _split(_page(["河湾镇调解事例"], headers, meta=meta))
    assert [d.title for d in drafts] == ["渡口纠纷", "晒谷场纠纷"]  # type: ignore[attr-defined]
    assert drafts[1].meta["published"] == "2022-05-06"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "lines",
    [
        # a single article's own points, nothing says the page compiles
        ["河湾村的一天", "", "要点一：渡口的早晨", PROSE, PROSE2, "要点二：晒谷场的午后", PROSE],
        # a fraction run that does not reach its total
        ["河湾村故事汇编", "", "1/4　渡口的早晨", PROSE, PROSE2, "2/4　晒谷场的午后", PROSE],
        # attachments are parts of one document
        ["河湾村通知汇编", "", "附件1：渡口管理办法", PROSE, PROSE2, "附件2：晒场管理办法", PROSE],
    ],
)
def test_numbered_lines_inside_one_article_stay_one_article(lines: list[str]) -> None:
    assert len(_split(lines)) == 1


@pytest.mark.parametrize("line", ["1/3", "〔2/4〕", "我们一起去渡口", "题目一 篇1"])
def test_look_alikes_of_the_new_header_shapes(line: str) -> None:
    c = candidate(0, line, vocab())
    # a page counter or prose is no candidate; '题目一 篇1' is numbered by its suffix
    assert c is None or c.shape.startswith("S")


# ---- metadata


def test_judgment_labels_and_a_dotted_date() -> None:
    row = META.parse_meta_line("【审理法院】河湾县人民法院　【案号】（2022）河0101民初9号")
    assert row == {"issuer": "河湾县人民法院", "doc_number": "（2022）河0101民初9号"}
    assert META.parse_meta_line("【案由】借贷纠纷　【裁判日期】2022.05.06") == {
        "published": "2022-05-06"
    }


def test_one_parenthesised_line_of_fields() -> None:
    line = "（审理法院：河湾县人民法院；案号：（2022）河0101民初9号；裁判日期：二〇二二年五月六日）"
    assert META.parse_meta_line(line) == {
        "issuer": "河湾县人民法院",
        "doc_number": "（2022）河0101民初9号",
        "published": "2022-05-06",
    }
    # one field in brackets is a note, and a bracketed sentence is prose
    assert META.parse_meta_line("（来源：河湾日报）") is None
    assert META.parse_meta_line("（说明：本文有删节，下同。）") is None


def test_a_grid_with_labels_spaced_to_the_column_width() -> None:
    assert META.parse_meta_line("文    号  河农〔2022〕3号          发布日期  2022-05-06") == {
        "doc_number": "河农〔2022〕3号",
        "published": "2022-05-06",
    }
    assert META.parse_meta_line("名    称  河湾镇关于渡口管理的通知") == {
        "title": "河湾镇关于渡口管理的通知"
    }
    # prose with wide spaces and no label stays prose
    assert META.parse_meta_line("名字  叫什么都好，  只要好听") is None


@pytest.mark.parametrize(
    "line", ["原创 小禾 河湾手记 2022年05月06日 07:45", "转载 小禾 河湾手记 2022-05-06 19:02"]
)
def test_a_byline_of_single_space_words_and_a_date(line: str) -> None:
    assert META.byline(line) == {"published": "2022-05-06"}
    drafts = _split(["渡口的早晨", line, "", PROSE, PROSE2])
    assert drafts[0].meta == {"published": "2022-05-06"}  # type: ignore[attr-defined]
    assert line not in drafts[0].text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line", ["出发 2022年05月06日", "2022年05月06日 07:45", "我们 在渡口 等了很久，2022年05月06日"]
)
def test_byline_look_alikes(line: str) -> None:
    assert META.byline(line) is None


def test_the_timestamp_repair_leaves_a_byline() -> None:
    byline = "原创 小禾 河湾手记 2022-05-06 19:02"
    ed = Editor("p", f"渡口的早晨\n{byline}\n{PROSE}\n")
    RepairStage()(ed)
    assert byline in ed.text
    ed = Editor("p", f"河湾镇关于渡口管理的通知2022-05-06 19:02\n{PROSE}\n")
    RepairStage()(ed)
    assert "19:02" not in ed.text  # a timestamp glued to a title still goes


def test_a_compilations_byline_date_holds_for_every_piece() -> None:
    head = ["本周小辑｜渡口的早晨等2篇", "原创 小禾 河湾手记 2022-05-06 19:02"]
    drafts = _split(_page(head, ["壹 · 渡口的早晨", "贰 · 晒谷场的午后"]))
    assert [d.meta for d in drafts] == [{"published": "2022-05-06"}] * 2  # type: ignore[attr-defined]
    # a head without a date gives none
    drafts = _split(_page(["河湾村故事汇编"], ["壹 · 渡口的早晨", "贰 · 晒谷场的午后"]))
    assert [d.meta for d in drafts] == [{}, {}]  # type: ignore[attr-defined]


# ---- titles


def test_a_file_name_page_title_with_the_documents_kind() -> None:
    assert page_title_line("渡口的早晨教学设计.doc-河湾资料网", ["渡口的早晨", PROSE])
    # no extension: the longer line may be the real title
    assert not page_title_line("渡口的早晨教学设计-河湾资料网", ["渡口的早晨", PROSE])
    assert not page_title_line("渡口的早晨很美.doc", ["渡口的早晨很美好", PROSE])


# ---- the four families (before this fix: counts .50/.50/.75/.375, titles .27/.07/.59/0,
# metadata 0/.24/0 on caipan/gongkai/gongzhong)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_e_caipan", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_e_gongkai", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_e_gongzhong", {"titles": 0.94, "counts": 1.0, "metadata": 1.0}),
        ("sealed_e_shiti", {"titles": 1.0, "counts": 1.0}),
    ],
)
def test_blind_family_f_figures(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor, pages=None)


def test_a_metadata_row_under_only_some_headers_is_no_cue() -> None:
    headers = ["事例一：渡口纠纷", "事例二：晒谷场纠纷"]
    lines = _page(["河湾镇调解事例"], headers)
    lines.insert(3, "（调解机构：河湾镇调解委员会；印发日期：2022年5月6日）")
    assert len(_split(lines)) == 1


def test_a_file_card_above_the_title_is_not_the_title() -> None:
    card = "资料种类：讲义　格式：pdf　大小：1MB　日期：2021-03-05"
    drafts = _split([card, "渡口的早晨", PROSE, PROSE2])
    assert drafts[0].title == "渡口的早晨"  # type: ignore[attr-defined]
    assert card in drafts[0].text  # type: ignore[attr-defined]  # kept: not ours to drop
    # a first line with one field stays the title
    drafts = _split(["渡口：早晨", "渡口的早晨", PROSE, PROSE2])
    assert drafts[0].title == "渡口：早晨"  # type: ignore[attr-defined]
