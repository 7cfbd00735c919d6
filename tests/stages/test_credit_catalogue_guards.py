"""split_credit_rows look-alikes (review21f N2, N4, N5): a single article about two works,
prose lines read as slot rows, and tab rows read as a glued maker label.  Invented text."""

from __future__ import annotations

import pytest

from cleaner.stages.split_credit_rows import credit_catalogue, credit_row
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import boil
from tests.stages.stage_runs import split as _split

PARSER = MetaParser()
A = "老人每天清早去河边放一只纸船，镜头一路跟着那只船漂到入海口，整部片子几乎没有对白。"
B = "另一部片子正好相反，剪辑很快，城市里的人来来去去，谁也没有停下来看一眼河水。"
C = "把两部片子放在一起看，才明白慢和快其实是同一种孤独，只是讲法不同。"


def _two_works(head: list[str], rows: tuple[str, str]) -> list[str]:
    return [*head, "", "纸船", rows[0], A, "", "车流", rows[1], B, "", C]


@pytest.mark.parametrize(
    "head",
    [
        ["影评｜慢与快的两种河流", "作者：林某"],
        ["本届河岸影展闭幕　两部获奖片回顾", "来源：某某晚报　2024-06-02", "影展昨晚闭幕。"],
        ["Two rivers, two speeds", "By Ana Ruiz | 2024-06-02"],
    ],
)
def test_an_article_about_two_works_under_its_own_byline_is_not_split(head: list[str]) -> None:
    rows = ("Paper Boat｜导演 周某某｜中国｜2022｜95 min", "Traffic｜导演 吴某｜中国｜2023｜88 min")
    page = _two_works(head, rows)
    arts = _split(boil(page).split("\n"))
    assert len(arts) == 1
    assert arts[0].meta.get("author") not in {"周某某", "吴某"}
    assert C in arts[0].text and A in arts[0].text


def test_a_catalogue_with_no_byline_over_it_still_splits() -> None:
    rows = ("Paper Boat｜导演 周某某｜中国｜2022｜95 min", "Traffic｜导演 吴某｜中国｜2023｜88 min")
    page = _two_works(["河岸影展　放映片单", "本单元两部影片均附中文字幕。"], rows)
    keyed, _ = credit_catalogue(page, PARSER.field_of, lambda s: None)
    assert [m["author"] for *_, m in keyed] == ["周某某", "吴某"]


@pytest.mark.parametrize(
    "row",
    [
        "内容提要｜作者简介｜目录｜读者书评",
        "院线版｜导演剪辑版｜高清｜杜比",
        "展览概述｜策展思路｜展品｜参观指南",
        "课程概要｜主讲人风采｜时间地点｜报名",
    ],
)
def test_a_row_of_tab_words_credits_no_maker(row: str) -> None:
    assert credit_row(row, PARSER.field_of) is None


def test_a_glued_label_with_a_name_still_credits() -> None:
    assert credit_row("Cold Tide｜導演許某某｜香港｜2020｜90 min", PARSER.field_of) == (
        5,
        1,
        "導演",
        "許某某",
    )


@pytest.mark.parametrize(
    "lasts",
    [
        ("The novel was longlisted for a prize.", "The ending is moving."),
        ("The author lives by the sea", "The cover is by her daughter"),
        ("This one is best read aloud.", "This one made us laugh."),
    ],
)
def test_prose_closing_each_entry_is_no_slot_row(lasts: tuple[str, str]) -> None:
    body = "A short and gentle story about a lighthouse keeper and his dog, told in letters."
    page = ["Our winter shelf", "Picked by the staff of the shop.", lasts[0],
            "Salt Letters", "By Mara Lind | Harbour Press | 2019 | 240 pp", body, lasts[1],
            "Night Ferry", "By Tom Ek | Quay Books | 2021 | 198 pp", body.replace("dog", "cat"),
            lasts[0].replace("The", "Its", 1)]  # fmt: skip
    keyed, run = credit_catalogue(page, PARSER.field_of, lambda s: None)
    assert [t for _, _, t, _ in keyed] == ["Salt Letters", "Night Ferry"]
    assert all("slot" not in m for *_, m in keyed)
    assert all(len(b) == 1 for b in run.blocks.values())  # the credit row alone
