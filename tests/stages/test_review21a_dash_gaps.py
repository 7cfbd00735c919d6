"""What review21a found the dash byline reader and the name-gap rule took too readily
(mend21b), each class in wordings of its own, with the look-alikes that keep their reading:

* a list of dash rows whose first cells (a dash, a unit, a gap) repeat while the name parts
  differ (two names, a note in brackets, no name at all): the first row is a list's, no
  byline, and stays in the text;
* a last cell that names a group, not a person: a plural (``…们``), a group word with one
  letter after it, a collective ending (``…团``, ``…队``) after no surname;
* a dedication or an occasion (``——致…``, ``——赠…``, ``——寄…``, ``——在…``) whose unit
  ends as a body's name and whose last cell is whom it addresses (a title, a kin word) or
  no name at all (a verb, a time word): no byline; a surname-led signature under a body
  named with such a word still is one;
* a speaker's or a day's label (``主任：``, ``学员：``, ``11月2日：``) over a clause broken
  by a stray space: the space goes; two surname-led names after such a label keep theirs.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.cjk_item_gaps import item_gap
from cleaner.stages.split_dash_byline import byline_under_title, dash_byline
from tests.stages.stage_runs import repair, split

BODY = [
    "操场边的梧桐树又长高了一截，树荫下总有几个孩子在追着风筝跑来跑去。",
    "我站在窗前看了很久，直到上课的铃声响起，才想起手里的作业还没有写完。",
]

# ---- N2: a list whose rows share the first cell, not the name part


@pytest.mark.parametrize(
    "rows",
    [
        ["——高一（4）班　褚某", "——高一（5）班　卫某、蒋某", "——高一（6）班　沈某"],
        ["—— 八（1）班 韩某", "—— 八（2）班 杨某 朱某", "—— 八（3）班 秦某"],
        ["——初二（7）班　尤某某", "——初二（8）班　许某（领队）", "——初二（9）班　何某"],
        ["——五（1）班　吕某", "——五（2）班", "——五（3）班　施某"],
        ["－－某某街道办事处　张某", "－－某某镇政府办公室　孔某、曹某"],
        ["——高二（3）班　鄭某某", "——高二（4）班　馮某、陳某", "——高二（5）班　魏某"],
    ],
)
def test_a_list_whose_name_parts_differ_keeps_its_first_row(rows: list[str]) -> None:
    page = ["某某比赛获奖名单", *rows, "以上名单自即日起公示。"]
    assert byline_under_title(page, list(range(len(page))), headed=False) is None
    assert byline_under_title(page, list(range(1, len(page))), headed=True) is None
    text = "\n".join(a.text for a in split(page))
    assert rows[0].lstrip("—－ ") in text
    assert all(not a.meta.get("author") for a in split(page))


@pytest.mark.parametrize(
    "second",
    [
        "——谨以此文献给我的老师",  # an epigraph
        "——指导教师：某乙",  # a credit
        "——写于某某（2023年）",  # a subtitle's cell, even ending on a bracket
    ],
)
def test_a_byline_over_a_row_without_a_unit_cell_is_still_read(second: str) -> None:
    page = ["梧桐树下的那个下午", "——初一（6）班　某甲", second, *BODY]
    assert byline_under_title(page, list(range(len(page))), headed=False) == (
        1,
        {"author": "某甲"},
    )


# ---- N3: a group's cell, not a person's


@pytest.mark.parametrize(
    "row",
    [
        "——某某合唱团　团员们",  # a plural
        "——某某中学2010届　同学会",  # a group word and one letter
        "——某某小学四（2）班　家长们",
        "——某某区青少年宫　合唱团",  # a collective ending after no surname
        "——某某实验小学　啦啦队",
        "——某某中学2019届　毕业照",
    ],
)
def test_a_group_cell_is_no_name(row: str) -> None:
    assert dash_byline(row) is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——初二（5）班　严有福", "严有福"),  # a surname, then a collective letter
        ("——高一（2）班　孟同学", "孟同学"),  # a surname and a group word
        ("——某某中学初三（1）班　葛立团", "葛立团"),
    ],
)
def test_a_surname_before_a_group_letter_is_a_name(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


# ---- N4: a dedication or an occasion under a body's name


@pytest.mark.parametrize(
    "row",
    [
        "——致某某乡卫生院　刘医生",  # a title: whom it addresses
        "——赠某某县第一中学　周校长",
        "——寄某某部队三连　爸爸",  # a kin word
        "——寄某某舰艇支队　老战友",
        "——在某某小学　支教",  # a verb
        "——在某某中学初三（2）班　那些年",  # a time word
        "——纪念某某县消防大队　烈士",
        "——致某某社区居委会　张阿姨",
    ],
)
def test_a_dedication_to_a_body_is_no_byline(row: str) -> None:
    assert dash_byline(row) is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——寄宿部初二（1）班　蓝某某", "蓝某某"),
        ("——在职教师进修班　欧阳某某", "欧阳某某"),
        ("——致诚中学高一（3）班　戚某", "戚某"),
        ("——纪念堂路小学六（2）班　翁某", "翁某"),
    ],
)
def test_a_signature_under_a_body_named_with_a_bound_word_is_read(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


def test_a_dedication_row_stays_in_the_text() -> None:
    page = ["窗前的灯", "——致某某乡卫生院　刘医生", *BODY]
    arts = split(page)
    assert len(arts) == 1
    assert not arts[0].meta.get("author")
    assert "刘医生" in arts[0].text or arts[0].title == "——致某某乡卫生院　刘医生"


# ---- N5: a speaker's or a day's label over a broken clause

_CTX = "有关单位近日对辖区的情况作了一次检查，发现的问题已经要求限期整改到位。"


def _fix(line: str) -> str:
    return repair(f"{_CTX}\n{line}\n{_CTX}\n").split("\n")[1]


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("主任：基本 完成，还差最后一项。", "主任：基本完成，还差最后一项。"),
        ("学员：明白 谢谢。", "学员：明白谢谢。"),
        ("11月2日：阴天 小雨，没有出门。", "11月2日：阴天小雨，没有出门。"),
        ("8号：休息 一天。", "8号：休息一天。"),
        ("讲解员：大家 请看，这是一件宋代的瓷器。", "讲解员：大家请看，这是一件宋代的瓷器。"),
        ("联络员：诸葛 明亮，电话另行通知。", "联络员：诸葛明亮，电话另行通知。"),
        ("會長：同意 通過。", "會長：同意通過。"),
    ],
)
def test_a_speaker_or_day_label_opens_speech(broken: str, whole: str) -> None:
    assert _fix(broken) == whole


@pytest.mark.parametrize(
    "line",
    [
        "联络员：钱某 孙某，电话另行通知。",
        "9月1日：冯某 褚某；",
        "值班医师：蒋某某 沈某。",
        "監考老師：韓某 楊某。",
        "负责人：欧阳某 林某，请按时到场。",
    ],
)
def test_two_names_after_a_person_or_day_label_stay_apart(line: str) -> None:
    assert _fix(line) == line
    i = line.index(" ")
    assert item_gap(line, i, i + 1)
