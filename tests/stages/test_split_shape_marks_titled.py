"""First-sight compilations for the shape-run fallback's MARK and SELF-TITLED modes
(:mod:`cleaner.stages.split_shape_marks`, :mod:`cleaner.stages.split_shape_titled`,
issue 12 item 3), and the opening mode's title under the page's heading:

* one mark line printed over every piece (``※※※…``), closing every piece (``（完）``),
  or between the pieces when the page states them;
* rows that are their titles with one decoration (a bracketed date, a column's tag, an
  author after a dash, a title in ``《》``) and date rows over titles;
* a title line between the page's heading and the first piece's row of fields.

Look-alikes that stay one article: a story's scene breaks, a document's numbered or
counted sections under a lead paragraph, steps, a dated letter, a chronicle under its
lead, dated paragraphs, a work in parts ``（一）（二）``, marks only between two pieces with
no count stated.  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_page import PageLines
from cleaner.stages.split_prefilter import _mark_pair, may_shape_run
from cleaner.stages.split_shape_marks import mark_line
from cleaner.stages.split_shape_run import ShapeRun, _Tests, shape_run
from cleaner.stages.split_shape_titled import decorated, titled_rows
from tests.stages.stage_runs import split

P = [
    "河堤上的柳树抽出了新芽，早起锻炼的老人沿着步道慢慢走，远处传来渡船的汽笛声。",
    "社区活动室里摆满了孩子们的手工作品，纸折的小船和彩泥捏的动物排成了长长一列。",
    "今年冬天雪下得少，果园的主人担心来年的收成，一有空就去地里查看树根的情况。",
    "新开的夜市每到周末就挤满了人，烤红薯的摊位前排起了队，香味飘出去老远。",
    "图书馆把旧报纸做成了电子档案，读者在电脑上就能翻到几十年前的本地新闻。",
    "老街的石板路重新铺过以后，下雨天再也不会积水，路边的小店也多了起来。",
    "村里的合作社收购了一批新鲜的蘑菇，准备分装以后送到城里的超市去卖。",
    "学校的篮球场换上了新的地胶，放学以后总有一群学生在那里练习投篮。",
]
T = ["柳岸晨光", "孩子们的手工课", "果园主人的心事"]
HEAD = "青禾社区月刊 第七期"


def _body(n: int) -> list[str]:
    return [P[2 * n], P[2 * n + 1]]


def _page(header: list[list[str]], head: str = HEAD, close: list[str] | None = None) -> list[str]:
    out = [head]
    for n, rows in enumerate(header):
        out += [*rows, *_body(n), *(close or [])]
    return out


def _titles(lines: list[str]) -> list[str]:
    return [a.title for a in split(lines)]


def _evidence(lines: list[str]) -> list[dict]:
    ed = Editor("p", "\n".join(lines) + "\n")
    SplitStage()(ed)
    return [json.loads(c.ref or "{}") for c in ed.changes if c.rule == "split.shape_run"]


# -- the mark mode -------------------------------------------------------------------


def test_mark_lines_are_short_rules_or_bracketed_end_words() -> None:
    assert all(mark_line(s) for s in ("＊＊＊＊＊＊", "（完）", "【完】", "~~~ END ~~~"))
    assert not any(mark_line(s) for s in ("（全文完）", "第3版", "附：", "——某某", "上一篇"))


def test_rule_over_every_piece_splits() -> None:
    lines = _page([["※※※※※※※※※※", t] for t in T])
    arts = split(lines)
    assert [a.title for a in arts] == T
    assert all(a.text.split("\n")[0] == t for a, t in zip(arts, T, strict=True))
    assert not any("※" in a.text for a in arts)
    ev = _evidence(lines)
    assert ev[0]["verdict"] == "split" and ev[0]["title_place"] == "mark_over"


def test_end_mark_closing_every_piece_splits_and_stays_text() -> None:
    lines = _page([[t] for t in T], close=["（完）"])
    arts = split(lines)
    assert [a.title for a in arts] == T
    assert all(a.text.rstrip().endswith("（完）") for a in arts)  # kept: no loss
    assert _evidence(lines)[0]["title_place"] == "mark_closing"


def test_two_pieces_under_marks_need_a_stated_count() -> None:
    marked = [["＊＊＊＊＊＊＊＊", t] for t in T[:2]]
    assert _titles(_page(marked, head=HEAD + "（本期2篇）")) == T[:2]
    lines = _page(marked)
    assert _titles(lines) == [HEAD]
    assert _evidence(lines)[0]["verdict"] == "unsure"


def test_marks_between_pieces_split_only_when_stated() -> None:
    """A rule only between the pieces looks like a feature's subtitled sections."""
    lines = [HEAD, T[0], *_body(0)]
    for n in (1, 2):
        lines += ["－－－－－－－－－－－－", T[n], *_body(n)]
    assert _titles(lines) == [HEAD]
    assert _evidence(lines)[0] == {**_evidence(lines)[0], "verdict": "unsure"}
    stated = [HEAD + "（本期共3篇）", *lines[1:]]
    assert _titles(stated) == T


def test_scene_breaks_stay_one_story() -> None:
    lines = ["雪夜", P[0], P[1], "※※※※※※", P[2], P[3], "※※※※※※", P[4], P[5]]
    assert len(split(lines)) == 1
    feature = ["雪夜", P[0], "※※※", "一、渡口", P[1], P[2], "※※※", "二、夜市", P[3], P[4]]
    feature += ["※※※", "三、老街", P[5], P[6]]
    assert len(split(feature)) == 1  # numbered sections under the marks: no titles


# -- the self-titled mode ------------------------------------------------------------


def test_decorations_read() -> None:
    assert decorated("某事（2023年3月2日）") == ("date", "某事", "2023年3月2日")
    assert decorated("某事　2023-03-02") == ("date", "某事", "2023-03-02")
    assert decorated("某事【读书】") == ("tag", "某事", "读书")
    assert decorated("某事（上篇）") is None and decorated("某事（二）") is None
    assert decorated("某事（3项）") is None


def test_title_with_its_date_splits_with_the_date_as_field() -> None:
    rows = [f"{t}（2023年{n + 3}月{n + 5}日）" for n, t in enumerate(T)]
    arts = split(_page([[r] for r in rows]))
    assert [a.title for a in arts] == T
    assert [a.meta.get("published") for a in arts] == ["2023-03-05", "2023-04-06", "2023-05-07"]
    assert all(a.text.split("\n")[0] == P[2 * n] for n, a in enumerate(arts))


def test_title_with_a_tag_or_an_author_splits() -> None:
    tagged = [f"{t} [{w}]" for t, w in zip(T, ("民生", "文化", "农事"), strict=True)]
    assert _titles(_page([[r] for r in tagged])) == T
    booked = [f"《{t}》——{w}" for t, w in zip(T, ("林小满", "周谷雨", "韩立冬"), strict=True)]
    arts = split(_page([[r] for r in booked]))
    assert [a.title for a in arts] == T
    assert [a.meta.get("author") for a in arts] == ["林小满", "周谷雨", "韩立冬"]


def test_date_row_over_each_title_splits() -> None:
    lines = _page([[f"2023-0{n + 3}-1{n}", t] for n, t in enumerate(T)])
    arts = split(lines)
    assert [a.title for a in arts] == T
    assert arts[1].meta.get("published") == "2023-04-11"
    assert not any(a.text.startswith("2023") for a in arts)


def test_self_titled_look_alikes_stay_whole() -> None:
    # a document's sections counted in brackets under its lead paragraph
    counted = ["二〇二三年社区工作总结", P[0]]
    for n, w in enumerate(("环境方面", "文化方面", "服务方面")):
        counted += [f"{w}（{n + 2}项）", P[n + 1], P[n + 3]]
    assert len(split(counted)) == 1
    # one work in parts, its part numbers in brackets
    # (the numbered readers judge a series; the self-titled mode reads no row of it)
    parts = _page([[f"渡口的故事（{c}）"] for c in "一二三"])
    assert titled_rows(parts, list(range(len(parts))), _Tests(None)) == ShapeRun()
    # a chronicle under its lead: dated entries are its own
    chron = ["社区大事记", P[0]]
    for n, t in enumerate(T):
        chron += [f"2023-0{n + 3}-1{n}", t, P[n + 1], P[n + 2]]
    assert len(split(chron)) == 1
    # a dated letter, dated paragraphs of one travelogue
    letter = [
        "致社区志愿者的一封信",
        "亲爱的志愿者朋友们：",
        *P[:4],
        "青禾社区居委会",
        "2023年3月12日",
    ]
    assert len(split(letter)) == 1
    diary = ["游记：江南七日", P[0]]
    for n in range(3):
        diary += [f"（2023年{n + 3}月{n + 2}日）", P[n + 1], P[n + 2]]
    assert len(split(diary)) == 1
    # steps, each with its time in brackets, under a lead
    steps = ["家用净水器滤芯更换步骤", P[1]]
    for n in range(4):
        steps += [f"第{'一二三四'[n]}步（约{n + 2}分钟）", P[n + 2]]
    assert len(split(steps)) == 1


def test_two_self_titled_rows_only_flag() -> None:
    rows = [[f"{t}（2023年{n + 3}月{n + 5}日）"] for n, t in enumerate(T[:2])]
    lines = _page(rows)
    assert _titles(lines) == [HEAD]
    assert _evidence(lines)[0]["verdict"] == "unsure"


# -- the opening mode: a title between the page's heading and the first row -----------


def test_title_between_heading_and_first_row_of_fields() -> None:
    rows = [
        [t, f"〔{n + 3}月{n * 3 + 2}日〕〔社区生活〕〔浏览 {120 + n * 37}〕"]
        for n, t in enumerate(T)
    ]
    arts = split(_page(rows))
    assert [a.title for a in arts] == T
    assert HEAD not in arts[0].text


# -- the prefilter admits both modes ------------------------------------------------


def test_prefilter_admits_the_new_modes() -> None:
    read = SplitStage()._row_reader
    marked = _page([[t] for t in T], close=["（完）"])
    assert _mark_pair(marked, range(len(marked)))
    dated = _page([[f"{t}（2023年{n + 3}月{n + 5}日）"] for n, t in enumerate(T)])
    for lines in (marked, dated):
        memo = _Tests(read)
        assert may_shape_run(PageLines(lines), memo)
        got = shape_run(PageLines(lines), read, memo)
        assert got.verdict == "split" and got == shape_run(PageLines(lines), read)
    # two different rules: no pair; one rule repeated with prose under it (a story's
    # scene breaks): admitted, and the mark mode finds no titled piece in it
    assert not _mark_pair(["※※※※※※", P[0], "＊＊＊＊", P[1]], range(4))
    story = ["雪夜", P[0], P[1], "※※※※※※", P[2], P[3], "※※※※※※", P[4], P[5]]
    assert _mark_pair(story, range(len(story)))
    memo = _Tests(read)
    assert may_shape_run(PageLines(story), memo)
    assert shape_run(PageLines(story), read, memo).verdict != "split"
    assert len(split(story)) == 1


# -- decks, leading tags, bracketed reporter rows, title rows with a label -----------

WHO = ["林小满", "周谷雨", "韩立冬"]


def test_deck_under_each_title_splits_and_stays_text() -> None:
    decks = ["——记河堤晨练的老人", "——记手工课上的孩子", "——记守着果园的主人"]
    arts = split(_page([[t, d] for t, d in zip(T, decks, strict=True)]))
    assert [a.title for a in arts] == T
    assert [a.text.split("\n")[1] for a in arts] == decks  # the deck is the piece's text


def test_leading_tag_before_a_bar_splits() -> None:
    rows = [f"{w}｜{t}" for w, t in zip(("民生", "文化", "农事"), T, strict=True)]
    assert _titles(_page([[r] for r in rows])) == T


def test_reporter_row_and_title_row_with_label_split() -> None:
    rows = [
        [t, f"（记者 {w} 通讯员 {WHO[(n + 1) % 3]}）"]
        for n, (t, w) in enumerate(zip(T, WHO, strict=True))
    ]
    assert _titles(_page(rows)) == T
    labelled = [[f"{t}　作者：{w}"] for t, w in zip(T, WHO, strict=True)]
    assert _titles(_page(labelled)) == T


def test_one_story_with_its_reporter_row_stays_whole() -> None:
    story = [T[0], f"（记者 {WHO[0]} 通讯员 {WHO[1]}）", *P[:4], "（编辑 某甲 校对 某乙）"]
    assert len(split(story)) == 1
    # parenthesised notes of one record, each over a part of its text, under its lead
    record = ["社区议事会会议纪要", P[0]]
    for n, w in enumerate(("环境整治", "夜市管理", "快递柜增设")):
        record += [f"（议题 {w} 发言 {WHO[n]}）", P[n + 1], P[n + 2]]
    assert len(split(record)) == 1


def test_a_last_rule_over_the_page_foot_closes_the_page() -> None:
    lines = [*_page([["※※※※※※※※※※", t] for t in T]), "※※※※※※※※※※", "青禾社区 版权所有"]
    arts = split(lines)
    assert [a.title for a in arts] == T
    assert "版权所有" in arts[-1].text  # nothing lost


def test_desk_and_column_words_before_bars() -> None:
    words = ("民生", "文化", "农事")
    rows = [[f"青禾／{w}／{t}"] for w, t in zip(words, T, strict=True)]
    assert _titles(_page(rows)) == T
    # a number before the bar counts: the numbered readers' to judge (no cue: whole)
    counted = [[f"{n + 7:02d}／{w}／{t}"] for n, (w, t) in enumerate(zip(words, T, strict=True))]
    assert len(split(_page(counted))) == 1
    # the same entries under a lead paragraph: a document's own list, one article
    assert len(split([HEAD, P[7], *_page(rows)[1:]])) == 1


def test_title_right_over_the_first_row_under_a_heading_and_a_kicker() -> None:
    """Three title-like lines over the first row (the heading, a kicker, the title):
    the first piece's title is the one right over the row."""
    rows = [
        [t, f"〔{n + 3}月{n * 3 + 2}日〕〔社区生活〕〔浏览 {120 + n * 37}〕"]
        for n, t in enumerate(T)
    ]
    page = _page(rows)
    page.insert(1, "邻里风采")
    arts = split(page)
    assert [a.title for a in arts] == T
