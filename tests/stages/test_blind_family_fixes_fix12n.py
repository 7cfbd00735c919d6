"""Structure and metadata fixes for the twelfth blind set n (sealed_n_*; issue 12, fix12n),
each kind as a small case in wordings of its own, with look-alikes that must stay:

* foot rows: a credit or source row AFTER the body (bracketed, after a dash, or a bare
  source row) is the article's metadata (a unit that supplied it is the issuer, a month
  alone gives no date), and every piece closed by one is a cue that the page compiles;
* unnumbered header runs: one bracketed word repeated down a page (``【词条】名称``) and a
  series word's numbers (``某刊动态之二：标题``);
* header titles: a code-and-name label before a colon and a ``Q2.`` frame come off;
* a filing's code row ABOVE its title; a bracketed row under a header; a date row with
  counters after the date.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_marks import series_runs, unlabelled, word_runs
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_numerals import unwrap_numbers
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split as _split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
META = MetaParser()
DAY = "2019-04-02"


def _foot(line: str) -> dict[str, str] | None:
    return foot_row(line, META.field_of)


# ---- foot rows


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（供稿：河湾渡运站　编辑：柳二）", {"issuer": "河湾渡运站"}),
        (
            "(供稿：河湾渡运站  摄影：柳二  2019年4月2日)",
            {"issuer": "河湾渡运站", "published": DAY},
        ),
        ("——河湾渡运站供稿　2019.4.2", {"issuer": "河湾渡运站", "published": DAY}),
        ("（撰稿：柳二　审稿：槐三）", {}),
        ("（供稿單位：河灣渡運站　責任編輯：柳二）", {"issuer": "河灣渡運站"}),  # traditional
        ("资料来源：河湾村史馆，2020年7月", {"issuer": "河湾村史馆"}),
        ("资料来源：河湾村史馆，2020年7月8日", {"issuer": "河湾村史馆", "published": "2020-07-08"}),
    ],
)
def test_a_foot_row_reads_its_unit_and_date(line: str, want: dict[str, str]) -> None:
    assert _foot(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "（下转第二版）",  # a continuation note
        "——柳二",  # an epigraph's author
        "（编辑说：渡口起雾了。）",  # a sentence in brackets
        "编辑：柳二　点评：很好",  # a bare row needs every cell a credit or a label
        "（本文有删节）",
        "河湾渡运站供稿",  # a value before its credit word only inside a bracket or dash
    ],
)
def test_look_alikes_are_no_foot_row(line: str) -> None:
    assert _foot(line) is None


def test_a_foot_row_leaves_the_text_for_the_meta() -> None:
    lines = ["渡口新船下水", PROSE, PROSE2, "（供稿：河湾渡运站　编辑：柳二　2021年5月6日）"]
    (d,) = _split(lines)
    assert "供稿" not in d.text and PROSE2 in d.text
    assert d.meta == {"issuer": "河湾渡运站", "published": "2021-05-06"}


def test_two_foot_rows_both_leave_the_text() -> None:
    lines = ["渡口新船下水", PROSE, PROSE2, "（供稿：河湾渡运站）", "（编辑：柳二　审核：槐三）"]
    (d,) = _split(lines)
    assert "供稿" not in d.text and "编辑" not in d.text and PROSE2 in d.text
    assert d.meta == {"issuer": "河湾渡运站"}


def test_a_bracketed_sentence_closing_the_article_stays() -> None:
    lines = ["渡口新船下水", PROSE, PROSE2, "（船工说：明天还要早起。）"]
    (d,) = _split(lines)
    assert "明天还要早起" in d.text and d.meta == {}


def _digest(headers: list[str], feet: list[str], head: str = "河湾村周报（第3期）") -> list[str]:
    lines = [head, ""]
    for h, f in zip(headers, feet, strict=True):
        lines += [h, PROSE, PROSE2, f, ""]
    return lines


def test_pieces_each_closed_by_a_foot_row_make_a_compilation() -> None:
    titles = ["渡口新船下水", "晒谷场翻修完工", "村史馆开放"]
    feet = [f"——河湾渡运站供稿　2019.4.{n}" for n in (2, 3, 4)]
    drafts = _split(_digest([f"NOTE {n:02d} ｜ {t}" for n, t in enumerate(titles, 1)], feet))
    assert [d.title for d in drafts] == titles
    assert [d.meta.get("published") for d in drafts] == ["2019-04-02", "2019-04-03", "2019-04-04"]
    assert all("供稿" not in d.text for d in drafts)


def test_the_same_numbering_without_foot_rows_stays_one_article() -> None:
    titles = ["渡口新船下水", "晒谷场翻修完工", "村史馆开放"]
    lines = _digest([f"NOTE {n:02d} ｜ {t}" for n, t in enumerate(titles, 1)], [PROSE] * 3)
    assert len(_split(lines)) == 1


# ---- unnumbered and series header runs


def test_a_bracketed_word_run_with_foot_rows_splits() -> None:
    names = ["渡口", "晒谷场", "村史馆"]
    feet = ["（撰稿：柳二　审稿：槐三）"] * 3
    drafts = _split(_digest([f"【词条】{n}" for n in names], feet, head="河湾村志·词条选"))
    assert [d.title for d in drafts] == names
    assert all("撰稿" not in d.text for d in drafts)


def test_a_bracketed_word_run_without_a_cue_stays_one_article() -> None:
    lines = ["河湾村的一天", "", "【早晨】渡口", PROSE, PROSE2, "", "【午后】晒谷场", PROSE, PROSE2]
    assert len(_split(lines)) == 1
    assert word_runs(["【早晨】渡口", PROSE, "【午后】晒谷场"]) == []  # two frames, no run


def test_source_labels_among_others_head_no_run() -> None:
    # a digest whose items each carry their source: one source twice is no marker
    lines = ["河湾要闻汇总", ""]
    for src in ["【渡口报】", "【谷场报】", "【渡口报】", "【村史报】"]:
        lines += [f"{src}河湾村新鲜事", PROSE, ""]
    assert len(_split(lines)) == 1


def test_a_series_word_run_splits_with_its_titles() -> None:
    heads = ["河湾简讯之一：渡口新船下水", "河湾简讯之二：晒谷场翻修完工"]
    feet = ["（供稿：河湾渡运站　编辑：柳二　2020年9月1日）"] * 2
    drafts = _split(_digest(heads, feet))
    assert [d.title for d in drafts] == ["渡口新船下水", "晒谷场翻修完工"]
    assert drafts[0].meta["issuer"] == "河湾渡运站"
    # numbers out of order are no run
    assert series_runs(["河湾简讯之二：甲", PROSE, "河湾简讯之一：乙", PROSE]) == []


# ---- titles


def test_a_code_and_name_label_comes_off_header_titles() -> None:
    assert unlabelled(["100001 渡口运：关于新船的公告", "100002 谷场：关于翻修的公告"]) == [
        "关于新船的公告",
        "关于翻修的公告",
    ]
    # a plain topic before a colon is no label
    same = ["专访：渡口的船工", "专访：晒谷场的老人"]
    assert unlabelled(same) == same
    years = ["2020 渡口志：新船", "2021 渡口志：旧船"]  # a year is no code
    assert unlabelled(years) == years


def test_a_latin_numbered_frame_comes_off() -> None:
    assert unwrap_numbers(["Q1. 渡口为什么起雾？", "Q2. 谷场几点收？"]) == [
        "渡口为什么起雾？",
        "谷场几点收？",
    ]
    assert unwrap_numbers(["Q1. 渡口为什么起雾？", "Q3. 谷场几点收？"]) is None


# ---- rows above and below titles


def test_a_code_row_above_the_title_gives_the_title_and_number() -> None:
    lines = [
        "河湾渡运(100001)公告_某站",
        "指数 3100.22 +0.3%",
        "",
        "证券代码：100001　证券简称：河湾渡运　公告编号：甲2021-008",
        "河湾渡运股份有限公司关于购置新船的公告",
        "",
        PROSE,
        PROSE2,
    ]
    (d,) = _split(lines)
    assert d.title == "河湾渡运股份有限公司关于购置新船的公告"
    assert d.meta["doc_number"] == "甲2021-008"
    assert "证券代码" not in d.text


def test_a_row_over_a_line_that_is_no_title_is_left() -> None:
    lines = ["河湾渡运", "证券代码：100001　公告编号：甲2021-008", PROSE, PROSE2]
    (d,) = _split(lines)
    assert d.title == "河湾渡运"


def test_a_bracketed_number_row_under_a_header_is_its_metadata() -> None:
    assert META.meta_row("（公告编号：甲2021-008）", near_title=True) == {
        "doc_number": "甲2021-008"
    }
    assert META.meta_row("（渡口今天起雾）", near_title=True) is None


def test_counters_after_a_date_keep_the_date_row() -> None:
    assert META.date_line("2021-06-08　　点击：[88]") == {"published": "2021-06-08"}
    assert META.date_line("2021-06-08　渡口起雾了") is None


# ---- the families' floors (what fix12n reached; chrome and repairs: fix12c)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_n_zhengquan", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_n_nianjian", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_n_xiaoyuan", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_n_wenyi", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
    ],
)
def test_the_twelfth_blind_families_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)
