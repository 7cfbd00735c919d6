"""What review20f found the dash byline reader refused (mend20g), each class in wordings of
its own, with the subtitles and lists it is for, which stay refused:

* a unit cell that only begins with a word a subtitle may open with (a school or body named
  ``致…``, ``纪念…``, ``在…``, ``寄…``, ``赠…``) but ends as a body's name does is a unit:
  the row is a byline;
* a genre or group word inside a signed name of three letters (a surname and ``同学``,
  ``代表``, ``队员``) is a name; the word alone, or inside a longer cell, is none;
* a byline followed by a dash row of another shape (an epigraph, a teacher's credit) is
  read; a run of rows of one shape (unit, gap, name) is a list.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_dash_byline import byline_under_title, dash_byline
from tests.stages.stage_runs import split

BODY = [
    "那年夏天，河水涨得很高，我们一群孩子站在堤上，看大人们一袋一袋地扛沙包。",
    "后来我才明白，那一夜守在堤上的人，谁也没有想过要回家歇一歇。",
]

# ---- finding 2: a body's name that begins with a subtitle's word


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——致诚实验学校七（2）班　程某某", "程某某"),
        ("——纪念路小学五（3）班　韩某", "韩某"),
        ("—— 在岗职工培训班 邹某某", "邹某某"),
        ("——寄读生管理部·贺某", "贺某"),
        ("——赠阳县第二中学初三（2）班　蒋某某", "蒋某某"),
        ("——致和党某某区委会　方某", "方某"),
        ("——紀念中學高一（4）班　鄭某", "鄭某"),
    ],
)
def test_a_body_named_with_a_subtitle_word_is_a_unit(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


@pytest.mark.parametrize(
    "row",
    [
        "——致某某县全体乡村教师　某甲",  # an address, no body's ending
        "——在某某区2024年表彰会　某乙",  # an occasion
        "——纪念某某先生诞辰百年　某丙",
        "——寄给远方的2019届　某丁",
        "——记某某中学高二（5）班　某戊",  # a feature's subject, even a class
        "——献给某某小学三（1）班　某己",
    ],
)
def test_a_subtitle_with_a_bound_word_is_still_refused(row: str) -> None:
    assert dash_byline(row) is None


# ---- finding 4: a group word inside a signed name


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——初三（1）班　钱同学", "钱同学"),
        ("——某某街道人大代表组　孔代表", "孔代表"),
        ("——少先大队第三中队　田队员", "田队员"),
    ],
)
def test_a_surname_and_a_group_word_is_a_name(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


@pytest.mark.parametrize(
    "row",
    [
        "——初三（1）班　同学",  # the word alone
        "——某某中学2020级　全体同学",  # a group
        "——某某职业学院2023届　毕业典礼",  # an occasion
        "——某某社区服务队　志愿队员",
    ],
)
def test_a_group_or_occasion_cell_is_still_no_name(row: str) -> None:
    assert dash_byline(row) is None


# ---- finding 5: a byline followed by a dash row of another shape


@pytest.mark.parametrize(
    "second",
    [
        "——谨以此文纪念我的外婆",  # an epigraph
        "——指导老师：某乙",  # a teacher's credit with a colon
        "—— 二〇二四年秋于某某",  # a place and date
    ],
)
def test_a_byline_over_a_dash_row_of_another_shape_is_read(second: str) -> None:
    page = ["堤上的那一夜", "——初一（6）班　某甲", second, *BODY]
    assert byline_under_title(page, list(range(len(page))), headed=False) == (
        1,
        {"author": "某甲"},
    )
    arts = split(page)
    assert len(arts) == 1
    assert arts[0].meta.get("author") == "某甲"
    assert arts[0].title == "堤上的那一夜"
    assert second.strip("— ") in arts[0].text


@pytest.mark.parametrize(
    "rows",
    [
        ["——初一（6）班　某甲", "——初二（3）班　某乙"],
        ["——教务处·某丙", "—— 总务处 某丁"],
    ],
)
def test_rows_of_one_shape_are_still_a_list(rows: list[str]) -> None:
    page = ["某某征文获奖名单", *rows, "以上名单公示三天。"]
    assert byline_under_title(page, list(range(len(page))), headed=False) is None


def test_a_body_named_byline_under_a_title_keeps_the_title() -> None:
    page = ["堤上的那一夜", "——致远路中学初二（1）班　某甲", *BODY]
    arts = split(page)
    assert len(arts) == 1
    assert arts[0].title == "堤上的那一夜"
    assert arts[0].meta.get("author") == "某甲"
