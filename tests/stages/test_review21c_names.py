"""What review21c found mend21b's name checks refused too readily (mend21d), each class in
wordings of its own, with the look-alikes that keep mend21b's reading:

* two units after a person's or a day's label, closed by a separator, with another
  labelled field after them (or the line's end): a list of names even when no surname of
  the table opens them (rare, minority, transcribed or pen names); speech runs on with
  prose after the comma and its stray space still goes; a compound surname alone is half
  a name;
* a byline under a body whose name opens with a dedication's word (致, 在, 纪念, 赠, 寄)
  but closes with the writer's class, grade, club or section: its signer needs no table
  surname; whom a dedication addresses (a title, a kin word) or an occasion stays refused;
* a three-letter name that opens like a group or occasion word, or ends on 福: a name,
  unless the word is followed by a group's last letter (``…福``, ``…照``, ``…队``);
* a note under a byline (a bracketed date or remark, a year, a bare office's name) is no
  list's next row: the byline is read; a roster's rows (same last letter, or a name part
  after an office) still are a list.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.cjk_item_gaps import item_gap
from cleaner.stages.split_dash_byline import byline_under_title, dash_byline
from tests.stages.stage_runs import repair, split

_CTX = "有关单位近日对辖区的情况作了一次检查，发现的问题已经要求限期整改到位。"
BODY = [
    "河堤上的柳树抽出了新芽，几只白鹭站在浅水里，一动不动地盯着水面。",
    "放学以后我们沿着河堤慢慢往回走，谁也没有说话，只听见风吹过芦苇的声音。",
]


def _fix(line: str) -> str:
    return repair(f"{_CTX}\n{line}\n{_CTX}\n").split("\n")[1]


# ---- N1: a list's shape after a person's or a day's label


@pytest.mark.parametrize(
    "line",
    [
        "领队人：乐天 冬青，副领队：某某。",  # another labelled field after the comma
        "值班员：云舒 海宁；值班电话：某某号。",  # a semicolon
        "7月12日：宿远 初阳 带班：某某",  # a space, then the next label
        "裁判长：乌兰 其木格，记分员：某某。",  # a minority name
        "協調員：冬至 春生，傳真：某某號。",  # traditional script
        "协调员：春生 夏至",  # the line's end
        "监考员：乔某 其木格，请提前到场。",  # one unit surnamed is enough
    ],
)
def test_two_names_in_a_list_shape_stay_apart(line: str) -> None:
    assert _fix(line) == line
    i = line.index(" ")
    assert item_gap(line, i, i + 1)


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("厂长：全面 铺开，争取月底收尾。", "厂长：全面铺开，争取月底收尾。"),
        ("9月3日：晴朗 无风，去了河边。", "9月3日：晴朗无风，去了河边。"),
        ("主讲人：大致 如此。", "主讲人：大致如此。"),
        ("联系人：欧阳 明月，手机：某某号。", "联系人：欧阳明月，手机：某某号。"),
    ],
)
def test_speech_or_half_a_name_after_the_label_is_joined(broken: str, whole: str) -> None:
    assert _fix(broken) == whole


# ---- N2: a writer's class or club under a body named with a dedication's word


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——致和小学三（2）班　乐天", "乐天"),
        ("——在田中学初三（1）班　冬青", "冬青"),
        ("——纪念路小学五（3）班　宿远", "宿远"),
        ("——赠书文学社　若水", "若水"),
        ("——寄梅中学国际部　安娜·李", "安娜·李"),
        ("——致遠中學國三（4）班　乐天", "乐天"),
    ],
)
def test_a_signer_under_a_writers_class_is_read(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}
    page = ["河边的春天", row, *BODY]
    arts = split(page)
    assert arts[0].title == "河边的春天"
    assert arts[0].meta.get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "——致某某中学初一（2）班　张老师",  # whom it addresses
        "——寄某某中学2020级　好姐妹",
        "——在某某中学高二（5）班　那年",  # a time word
        "——寄某某乡卫生院　冬青",  # no writer's cell: a surname is needed
        "——赠某某书画社　老朋友",
    ],
)
def test_a_dedication_stays_refused(row: str) -> None:
    assert dash_byline(row) is None


# ---- N3: a name that opens like a word or ends on 福


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——实验小学四（1）班　乐有福", "乐有福"),
        ("——初一（3）班　全家乐", "全家乐"),
        ("——初二（1）班　毕业辉", "毕业辉"),
        ("——五（4）班　代表杰", "代表杰"),
        ("——高三（2）班　周年丰", "周年丰"),
    ],
)
def test_a_given_name_like_a_word_is_a_name(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


@pytest.mark.parametrize(
    "row",
    [
        "——某某小学2018届　毕业照",
        "——某某社区居委会　全家福",
        "——初三（2）班　代表队",
        "——某某镇文化站　志愿者",
        "——某某中学　周年庆",
        "——某某少年宫　舞蹈团",
    ],
)
def test_a_group_or_occasion_word_stays_refused(row: str) -> None:
    assert dash_byline(row) is None


# ---- N4: a note under the byline is no list's row


@pytest.mark.parametrize(
    "note",
    [
        "——（写于2023年冬）",
        "——（有删节）",
        "——高尔基（俄）",
        "——2023",
        "——校团委宣传部",
    ],
)
def test_a_note_under_a_byline_leaves_it_read(note: str) -> None:
    page = ["灯下的母亲", "——初一（5）班　宋某某", note, *BODY]
    assert byline_under_title(page, list(range(len(page))), headed=False) == (
        1,
        {"author": "宋某某"},
    )
    arts = split(page)
    assert arts[0].title == "灯下的母亲"
    assert arts[0].meta.get("author") == "宋某某"


@pytest.mark.parametrize(
    "rows",
    [
        ["——某某县教育局　柏某", "——某某镇派出所　阮某", "——某某医院外科　龚某"],
        ["——高一（2）班　施某", "——高一（3）班", "——高一（4）班　邵某"],
        ["——2019（1）　鲁某", "——2019（2）　孔某"],
    ],
)
def test_a_roster_still_is_a_list(rows: list[str]) -> None:
    page = ["某某活动获奖名单", *rows, "以上名单自即日起公示。"]
    assert byline_under_title(page, list(range(len(page))), headed=False) is None
    assert all(not a.meta.get("author") for a in split(page))
