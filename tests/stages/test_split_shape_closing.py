"""The shape-run fallback's CLOSING mode (:func:`cleaner.stages.split_shape_run.closing_run`):
pieces that each END with a row of one shape (a sign-off, a labelled summary line) instead
of starting with one, and a page head that states its pieces (a count, or a contents line
naming every title), which lets two pieces or a prose greeting above the first one pass.

Look-alikes that must stay one article: an essay whose sections each end with a
paragraph of one shape under sub-headings, one notice sentence repeated under every item
(a template), a sign-off that repeats itself exactly, and rows that OPEN every piece
(a titled piece under the last row).  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_shape_run import _number, _stated, closing_run, shape_run
from tests.stages.stage_runs import split

BODY = [
    "MILLBROOK — The allotment board met on Monday, and the waiting list has shrunk "
    "to 40 names after two new plots opened behind the library.",
    "“We did not expect the spring rush to come this early,” said one of the "
    "volunteers who keeps the tool shed open on weekends.",
    "The board will publish a map of the new plots before the end of the month, "
    "and 12 families have already asked for a visit.",
]
TITLES = [
    "Allotment board opens two plots behind the library",
    "Ferry timetable changes for the summer weekends",
    "Orchard volunteers plan a cider pressing day",
    "Bell tower repairs finish ahead of schedule",
]
SIGNS = [
    "Written by Ada Moss; photos by Ivo Crane",
    "Written by Lin Qiao; photos by Ruth Bell",
    "Written by Sam Odell; photos by Ivo Crane",
    "Written by Tessa Hart; photos by Ruth Bell",
]


def _issue(n: int, head: list[str]) -> list[str]:
    out = list(head)
    for k in range(n):
        out += [TITLES[k], BODY[k % 3], BODY[(k + 1) % 3], SIGNS[k]]
    return [*out, "You get this letter because you joined the Millbrook list at our fair."]


def _titles(arts: list) -> list[str]:
    return [a.title for a in arts]


def test_stated_count_reads_digits_han_and_words() -> None:
    assert [_number(t) for t in ("3", "三", "两", "十二", "二十", "二十三")] == [
        3,
        3,
        2,
        12,
        20,
        23,
    ]
    assert _stated("本期共三篇", [], 3) and _stated("本期共3条", [], 3)
    assert _stated("good evening: 4 short stories today.", [], 4)
    assert not _stated("good evening: 4 short stories today.", [], 3)
    assert not _stated("Week 12 · May", [], 12)  # a week number counts no pieces
    assert _stated("Inside: Apple fair · Pear walk", ["Apple fair", "Pear walk"], 2)


def test_sign_off_rows_closing_each_piece_split() -> None:
    lines = _issue(3, ["Millbrook Letter · Spring"])
    arts = split(lines)
    assert _titles(arts) == TITLES[:3]
    for a in arts:  # the sign-off is the piece's metadata, not its last line of text
        assert not any(ln.startswith("Written by") for ln in a.text.split("\n"))
        assert a.text.split("\n")[0] in TITLES


def test_closing_split_records_the_rows_in_the_ledger() -> None:
    ed = Editor("p", "\n".join(_issue(3, ["Millbrook Letter · Spring"])) + "\n")
    arts = SplitStage()(ed)
    assert len(arts) == 3
    flag = next(c for c in ed.changes if c.rule == "split.shape_run")
    ev = json.loads(flag.ref or "{}")
    assert ev["verdict"] == "split" and ev["title_place"] == "closing"
    gone = [c for c in ed.changes if c.rule == "split.meta_footer"]
    assert len(gone) == 3 and all("Written by" in c.before for c in gone)


def test_two_pieces_pass_when_the_head_states_two() -> None:
    stated = _issue(2, ["Millbrook Letter", "Hello again. Inside today: 2 stories from the lanes."])
    assert _titles(split(stated)) == TITLES[:2]
    bare = _issue(2, ["Millbrook Letter"])  # two pieces, nothing stated: flagged only
    assert (
        closing_run(
            [s.strip() for s in bare], [i for i, s in enumerate(bare) if s.strip()], None
        ).verdict
        == "unsure"
    )
    assert len(split(bare)) == 1


def test_greeting_prose_over_the_first_piece_needs_the_stated_count() -> None:
    greet = "Hello again. This time we bring you some news from the lanes and the fields."
    assert len(split(_issue(3, ["Millbrook Letter", greet]))) == 1
    counted = "Hello again. This time we bring you 3 stories from the lanes and the fields."
    arts = split(_issue(3, ["Millbrook Letter", counted]))
    assert _titles(arts) == TITLES[:3]


def test_labelled_summary_rows_close_pieces_listed_in_a_contents_line() -> None:
    sums = [
        "【本篇提要】图书馆后面新开两块菜地：欢迎街坊报名认领，目前已有四十户登记。",
        "【本篇提要】夏季周末渡轮时刻调整：请乘客留意码头公告，新时刻下周起执行。",
    ]
    lines = ["Millbrook Letter", "Inside: " + " · ".join(TITLES[:2])]
    for k in range(2):
        lines += [TITLES[k], BODY[k], BODY[k + 1], sums[k]]
    arts = split(lines)
    assert _titles(arts) == TITLES[:2]


def test_essay_sections_ending_in_alike_paragraphs_stay_one() -> None:
    paras = [
        "我们在河边住了很多年，每到秋天，芦苇就把整条堤岸染成一片浅黄色的海。",
        "后来镇上修了新路，老渡口慢慢冷清下来，摆渡的老人也搬去了城里的女儿家。",
        "如今再回到那里，只有风还和从前一样，吹过空空的码头和那棵歪脖子柳树。",
    ]
    subs = ["芦苇荡里的秋天", "老渡口的最后一班船", "风吹过空码头"]
    lines = ["河边旧事"]
    for k in range(3):
        lines += [subs[k], paras[k], paras[(k + 1) % 3]]
    assert shape_run(lines).verdict != "split"
    assert len(split(lines)) == 1


def test_template_sentence_under_every_item_is_no_closing_row() -> None:
    note = "请失主携带本人有效证件前往服务台认领，物品保管期限为{n}天。"
    items = ["黑色双肩背包一个", "银色保温水杯一只", "儿童滑板车一辆"]
    lines = ["失物招领", "以下物品由工作人员拾获，请失主尽快认领，逾期将统一处理。"]
    for k, item in enumerate(items):
        lines += [
            item,
            "保洁员在候车大厅的座椅旁发现该物品，外观完好，暂存于服务台。",
            note.format(n=20 + k),
        ]
    assert (
        closing_run(
            [s.strip() for s in lines], [i for i, s in enumerate(lines) if s.strip()], None
        ).verdict
        == "none"
    )


def test_identical_sign_off_closes_nothing() -> None:
    lines = ["Millbrook Letter"]
    for k in range(3):
        lines += [TITLES[k], BODY[k], BODY[(k + 1) % 3], "Written by the Millbrook desk"]
    strip = [s.strip() for s in lines]
    assert closing_run(strip, list(range(len(lines))), None).verdict == "none"


def test_rows_opening_each_piece_are_no_closers() -> None:
    # a titled piece of prose under the last row: the rows open the pieces
    lines = ["Millbrook Letter", BODY[0]]
    for k in range(3):
        lines += [SIGNS[k], TITLES[k], BODY[k], BODY[(k + 1) % 3]]
    strip = [s.strip() for s in lines]
    assert closing_run(strip, list(range(len(lines))), None).verdict == "none"


def test_two_opening_rows_split_when_a_contents_line_names_both_titles() -> None:
    rows = [
        "§ 0412 · 投稿人 苏木 · 2019.04.02 · 点评 3",
        "§ 0415 · 投稿人 Kay · 2019.04.09 · 点评 8",
    ]
    titles = ["河堤上的早市又开张了", "渡口旁的旧书摊"]
    paras = [
        "天刚蒙蒙亮，卖菜的老乡就挑着担子上了河堤，吆喝声一阵接一阵地传开。",
        "书摊的主人是一位退休的中学老师，他说这些旧书都是街坊们送来的。",
    ]

    def page(contents: str) -> list[str]:
        out = ["南岸社区小报", contents]
        for k in range(2):
            out += [rows[k], titles[k], paras[k], paras[1 - k]]
        return out

    assert _titles(split(page("本期目录：" + " / ".join(titles)))) == titles
    one = page("本期目录：" + titles[0])  # the contents name one piece only: flagged
    assert shape_run(one).verdict == "unsure" and len(split(one)) == 1
