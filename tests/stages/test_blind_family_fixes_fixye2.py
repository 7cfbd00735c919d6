"""Fixes for blind set ye (fixye2: the lyrics site's album pages and the game club's
annotated records), each class in wordings of its own, with look-alikes that must stay:

* a next-page button with the page counter cutting a sentence (``break_marks`` in
  ``repair.toml``), either order, ornaments or brackets around it, both scripts;
* a record's tag block, one ``[Key "value"]`` pair a line under the title
  (:mod:`cleaner.stages.split_tag_rows`): metadata, its known keys read.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair_tables import tables
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_tag_rows import tag_block
from tests.stages.stage_runs import repair, split

P1 = "傍晚的码头上停着三条渔船，船老大正把最后一筐鱼搬上岸，海鸥在桅杆上绕来绕去。"
P2 = "夜里起了风，灯塔的光一圈圈扫过海面，守塔人照旧在本子上记下潮水的时刻。"
CUT_A = "守塔人说，这本记录已经写满了十一本，最早的一本还是他父亲在"
CUT_B = "四十年前开始记的，纸页都发黄了。"


# ---- a next-page button with its counter


@pytest.mark.parametrize(
    "mark",
    [
        "▼ 下一页（2/2）",
        "▽ 下一頁（2/3）",
        "(2/3) 下页 ›",
        "【下一页 2/4】",
        "Next page 2/3 »",
        "→ next (2/5)",
    ],
)
def test_a_next_page_button_cutting_a_sentence_is_joined_across(mark: str) -> None:
    text = f"{P1}\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n{P2}\n"
    out = repair(text)
    assert CUT_A + CUT_B in out
    assert mark not in out


@pytest.mark.parametrize(
    "line", ["下一页（3/2）", "请翻到下一页（2/2）的图表。", "下一页", "【注】下一页（2/2）"]
)
def test_a_look_alike_is_no_next_page_mark(line: str) -> None:
    assert not break_mark(line, tables().break_marks)


def test_a_next_page_mark_between_whole_paragraphs_stays() -> None:
    text = f"{P1}\n\n▼ 下一页（2/2）\n\n{P2}\n"
    assert "▼ 下一页（2/2）" in repair(text)


# ---- a record's tag block under its title

TITLE = "双车错杀，黑方险中求胜"
BODY = [
    "这盘棋开局平稳，双方都没有冒进，直到第十五回合才出现第一次交换。",
    "1. 兵三进一　　卒７进１",
    "2. 马八进九　　象３进５",
    "【点评】这一步看似随手，其实早有准备。",
]


@pytest.mark.parametrize(
    ("tags", "meta"),
    [
        (
            ['[Site "桐乡"]', '[Date "2018.07.14"]', '[Red "某甲"]', '[Annotator "罗小川"]'],
            {"published": "2018-07-14", "author": "罗小川"},
        ),
        (
            ["【赛事 “某某杯”】", "【日期 “2020-11-03”】", "【作者 “方一禾”】"],
            {"published": "2020-11-03", "author": "方一禾"},
        ),
        (
            ["[Event 'Spring open']", "[White 'Lu Fen']", "[Black 'Ko Min']", "[Result '1-0']"],
            {},
        ),
    ],
)
def test_a_tag_block_under_the_title_is_metadata(tags: list[str], meta: dict[str, str]) -> None:
    arts = split([TITLE, *tags, "", *BODY])
    assert len(arts) == 1
    a = arts[0]
    assert a.title == TITLE
    for t in tags:
        assert t not in a.text
    for line in BODY:
        assert line in a.text
    for k, v in meta.items():
        assert a.meta.get(k) == v


def test_two_tag_lines_or_bracketed_notes_are_the_texts_own() -> None:
    f = MetaParser().field_of
    assert tag_block(['[Date "2018.07.14"]', '[Red "某甲"]', "正文。"], f) == (0, {})
    notes = ["[注] 本局选自旧谱。", "[注] 第五回合有异着。", "[注] 终局图略。"]
    assert tag_block(notes, f) == (0, {})
    arts = split([TITLE, *notes, *BODY])
    for line in notes:
        assert line in arts[0].text


# ---- a catalogue of entries each under a row of role credits (role_rows)

VERSE = [
    ["山那边的云慢慢飘", "飘过了旧时的桥", "桥下的水还在流", "流到你家门口", "山那边的云慢慢飘"],
    ["今夜的月亮很圆", "照着回家的小路", "路边的灯一盏盏亮", "我数着你的脚步", "今夜的月亮很圆"],
    ["雨下在窗台上", "你说要等天晴", "天晴了你在哪里", "窗台上还有雨", "雨下在窗台上"],
]


def _catalogue(rows: list[str], titles: list[str], head: list[str]) -> list[str]:
    page = [*head, ""]
    for title, row, verse in zip(titles, rows, VERSE, strict=True):
        page += [title, row, *verse, ""]
    return page


@pytest.mark.parametrize(
    ("rows", "author"),
    [
        (
            [
                "作词：罗一川　作曲：孟小夏　编曲：严冬",
                "作词：孟小夏　作曲：严冬",
                "作词：严冬　作曲：罗一川",
            ],
            "罗一川",
        ),
        (
            ["作曲：孟小夏　作詞：罗一川", "作曲：严冬　作詞：孟小夏", "作曲：罗一川　作詞：严冬"],
            "罗一川",
        ),
        (
            [
                "Music: Bo Tan  Words: Ann Lee",
                "Music: Cy Wu  Words: Bo Tan",
                "Music: Ann Lee  Words: Cy Wu",
            ],
            "Ann Lee",
        ),
        (
            [
                "编剧：罗一川 / 导演：孟小夏",
                "编剧：孟小夏 / 导演：严冬",
                "编剧：严冬 / 导演：罗一川",
            ],
            "罗一川",
        ),
    ],
)
def test_entries_each_under_a_role_credit_row_are_pieces(rows: list[str], author: str) -> None:
    titles = ["白云", "月亮", "窗台"]
    arts = split(_catalogue(rows, titles, ["某某歌词站", "《某专辑》"]))
    got = [a for a in arts if a.title in titles]
    assert [a.title for a in got] == titles
    assert got[0].meta.get("author") == author
    for a, verse, row in zip(got, VERSE, rows, strict=True):
        assert row not in a.text
        # the repeated line (the chorus) stays twice: content, never a repeat
        assert a.text.count(verse[0]) == 2


@pytest.mark.parametrize(
    "rows",
    [
        ["时间：周一　地点：礼堂", "时间：周二　地点：剧场", "时间：周三　地点：广场"],
        ["作词：罗一川", "作词：孟小夏", "作词：严冬"],  # one cell: a byline, no credit row
    ],
)
def test_rows_that_are_no_role_credits_make_no_catalogue(rows: list[str]) -> None:
    page = _catalogue(rows, ["白云", "月亮", "窗台"], ["某某歌词站"])
    arts = split(page)
    assert not any(a.meta.get("author") for a in arts)
    text = "\n".join(a.text for a in arts)
    for row in rows:
        assert row in text


def test_a_track_list_of_numbered_titles_lists_the_pieces() -> None:
    from cleaner.stages.split_contents import contents_block

    page = ["某专辑", "01　白云", "02　月亮", "", "白云", "正文。", "月亮", "正文。"]
    assert contents_block(page) == [4, 6]
    # a number and a gap that lists no piece below: no contents
    assert contents_block(["01　白云", "02　月亮", "正文。"]) == []


# ---- a line the site repeats inside the page's own verse (verse_keeps)


_A = ["清晨", "黄昏", "深夜", "午后", "雨天", "雪夜", "春天", "秋天"]
_B = ["的街口", "的渡船", "的灯火", "的站台", "的小巷", "的窗台"]
_C = ["还在等你回来", "把话说了一半", "留着一盏灯", "慢慢地走远了"]
SHARED = "风吹过了山坡又吹过河"
FOOT = "版权所有 某某歌词站"


def _song_pages() -> list[list[str]]:
    pages = []
    for n in range(8):
        verse = [_A[n] + _B[k % 6] + _C[(n + k) % 4] for k in range(6)]
        if n < 5:
            verse[2] = SHARED  # a line five songs of the site share
        note = "这首歌写于一个下雨的夜里，录了很多遍才定稿。"
        pages.append(
            ["某某歌词站　首页　歌手　专辑", f"{_A[n]}之歌", "", *verse, "", note, "", FOOT]
        )
    return pages


def test_a_line_the_site_repeats_stays_in_the_verse() -> None:
    from cleaner.edits import Editor
    from tests.stages.stage_runs import site_stage

    pages = _song_pages()
    stage = site_stage(pages)
    ed = Editor("s/0.txt", "\n".join(pages[0]) + "\n")
    stage(ed, site="s")
    assert SHARED in ed.text
    assert FOOT not in ed.text  # the site's own line under the text still goes


# ---- a writer's row with the page's counter cell after a bar


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("评注：罗小川　｜　浏览 512 次", "罗小川"),
        ("作者：方一禾　｜　阅读 88 次", "方一禾"),
        ("作者：方一禾 ｜ 点击（12）", "方一禾"),
    ],
)
def test_a_counter_cell_after_a_bar_is_no_part_of_the_name(row: str, author: str) -> None:
    arts = split([TITLE, row, "", *BODY])
    assert arts[0].meta.get("author") == author
    assert row not in arts[0].text


def test_an_annotation_paragraph_is_no_annotator_row() -> None:
    note = "【评注】红方这步棋走得很稳，黑方只好退马防守。"
    arts = split([TITLE, "", *BODY, note])
    assert note in arts[0].text
    assert "author" not in arts[0].meta
