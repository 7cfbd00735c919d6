"""Fixes for set zs's unsplit plain-text compilations (issue 12, fixzs1), in wordings of
their own:

* a compilation whose pieces each open with a numbered row of cells (``⑵ 某某（000123）
  ｜关注``) over their bare title splits at the rows (:mod:`split_mark_rows`); the rows go
  as the pieces' headers even where the line model guessed them chrome; a document's own
  numbered section heads (one cell after the mark) split nothing;
* a contents block of dotted leaders and page numbers whose titles stand again below
  splits the page at them (:mod:`split_leaders`); a report's contents of numbered
  chapters does not;
* a compiled piece's dated parenthesis, dash-led occasion row and speaker row under its
  title are its metadata (:mod:`split_occasion`); a single statute keeps its line;
* a print view's running foot of two words and the page count, and a PDF folio standing
  before its running head, are page breaks the join crosses.

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_leaders import leader_titles
from cleaner.stages.split_mark_rows import mark_rows
from cleaner.stages.split_occasion import occasion_rows

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- numbered rows of cells over the pieces' titles

ROWS = [
    "松涧市场监督公示栏",
    "",
    "⑴ 东篱茶业（000123）｜关注函",
    "关于东篱茶业包装标识问题的关注函",
    P1,
    P2,
    "",
    "⑵ 西岭乳品（000456）｜关注函",
    "关于西岭乳品冷链记录缺失的关注函",
    P2,
    P3,
    "",
    "⑶ 北坡果蔬（000789）｜督办函",
    "关于北坡果蔬农残抽检的督办函",
    P3,
    P1,
]


def test_numbered_rows_over_titles_split_the_page() -> None:
    res = _run(ROWS)
    titles = [a.title for a in res.articles]
    assert titles == [ROWS[3], ROWS[8], ROWS[13]], titles
    for a, row in zip(res.articles, (ROWS[2], ROWS[7], ROWS[12]), strict=True):
        assert row not in a.text and a.text.startswith(a.title)
    rules = {c.rule for c in res.changes if "（000456）" in c.before}
    assert rules == {"split.article_header"}, rules


def test_numbered_section_heads_split_nothing() -> None:
    doc = ["关于渡口改造的说明", "⑴ 基本情况", "改造范围", P1, P2, "⑵ 存在问题", "主要困难", P3, P1]
    assert mark_rows(doc) == []
    assert len(_run(doc).articles) == 1


def test_rows_counted_out_of_order_split_nothing() -> None:
    swapped = [*ROWS[:2], *ROWS[7:12], *ROWS[2:7]]
    assert mark_rows(swapped) == []


# ---- a contents block of dotted leaders

GAZETTE = [
    "松涧县政务汇刊",
    "2021年第4期",
    "目　录",
    "松涧县关于整治渡口秩序的通告……………（3）",
    "松涧县林场年度管护情况通报……………（6）",
    "",
    "松涧县关于整治渡口秩序的通告",
    P1,
    P2,
    "",
    "松涧县林场年度管护情况通报",
    P3,
    P1,
]


def test_leader_contents_split_the_issue() -> None:
    res = _run(GAZETTE)
    assert [a.title for a in res.articles] == [GAZETTE[6], GAZETTE[10]]
    assert all("……" not in a.text for a in res.articles)


def test_a_reports_chapter_contents_split_nothing() -> None:
    report = [
        "松涧县渡口调查报告",
        "目录",
        "第一章 调查缘起……1",
        "第二章 调查发现……4",
        "第一章 调查缘起",
        P1,
        P2,
        "第二章 调查发现",
        P3,
        P1,
    ]
    assert leader_titles(report) == []
    assert len(_run(report).articles) == 1


# ---- occasion rows under a compiled piece's title


def test_occasion_rows_are_the_pieces_metadata() -> None:
    adopted = "（2021年6月9日松涧县第三届议事会第七次会议通过）"
    occasion = "——2021年6月8日在松涧县第三届议事会第七次会议上"
    speaker = "松涧县林业局局长　苗青禾"
    page = [*GAZETTE[:7], adopted, P1, P2, "", GAZETTE[10], occasion, speaker, P3, P1]
    res = _run(page)
    first, second = res.articles
    assert first.meta.get("published") == "2021-06-09", first.meta
    assert first.meta.get("issuer") == "松涧县第三届议事会", first.meta
    assert second.meta.get("published") == "2021-06-08", second.meta
    assert second.meta.get("author") == "苗青禾", second.meta
    for row in (adopted, occasion, speaker):
        assert all(row not in a.text for a in res.articles)
        assert any(c.rule == "split.meta_header" and row in c.before for c in res.changes)


def test_look_alike_rows_are_no_occasion() -> None:
    assert occasion_rows(["（2021年6月9日，议事会通过了本办法。）", P1]) == []
    assert occasion_rows(["松涧县林场场长　苗青禾", P1]) == []  # no dated row over it
    assert occasion_rows(["2021年6月9日", P1]) == []


# ---- page breaks: a running foot of words and the count, a folio over a running head


def test_a_running_foot_of_two_words_and_the_count_is_crossed() -> None:
    page = [
        "关于渡口改造的说明",
        P1,
        "",
        "船工们说这次改造让码头宽敞了许多，上下船",
        "",
        "松涧渡口　改造说明打印　　2/3",
        "",
        "也不再拥挤了，大家都很满意。",
        P2,
        "",
        "松涧渡口　改造说明打印　　3/3",
        "",
        P3,
    ]
    (art,) = _run(page).articles
    assert "船工们说这次改造让码头宽敞了许多，上下船也不再拥挤了，大家都很满意。" in art.text
    assert "2/3" not in art.text


def test_a_folio_before_its_running_head_is_crossed() -> None:
    page = [
        "关于渡口改造的说明",
        P1,
        "船工们说这次改造让码头宽敞了许多，上下船",
        "7　　松涧县政务汇刊　2021年第4期",
        "也不再拥挤了，大家都很满意。",
        P2,
    ]
    (art,) = _run(page).articles
    assert "船工们说这次改造让码头宽敞了许多，上下船也不再拥挤了，大家都很满意。" in art.text
    assert "政务汇刊" not in art.text


def test_a_numbered_heading_between_whole_paragraphs_stays() -> None:
    page = ["关于渡口改造的说明", P1, "3　　后续安排", P2, P3]
    (art,) = _run(page).articles
    assert "3　　后续安排" in art.text


def test_a_numbered_heading_under_a_row_stays() -> None:
    # a paper's '1　引言'-style heading under a row that ends mid-clause is no folio
    page = ["关于渡口改造的说明", P1, "编号：甲-1　　类别：说明", "1　总体安排", P2, P3]
    (art,) = _run(page).articles
    assert "1　总体安排" in art.text


def test_a_reports_unnumbered_parts_split_nothing() -> None:
    """A report's contents listing its unnumbered parts (preface, appendix) with leaders,
    the parts standing again below: one document, not a compilation."""
    report = [
        "松涧县渡口调查报告",
        "目录",
        "前言……1",
        "参考文献……4",
        "前言",
        P1,
        P2,
        "参考文献",
        P3,
    ]
    assert leader_titles(report) == []
    assert len(_run(report).articles) == 1
    english = [
        "Survey of the ferry",
        "Contents",
        "Introduction ........ 1",
        "Appendix A ........ 4",
    ]
    assert leader_titles([*english, "Introduction", P1, "Appendix A", P3]) == []
