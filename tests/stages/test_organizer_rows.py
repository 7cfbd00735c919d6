"""An event's organizer row inside its text stays (fixzc3): ``主办单位：…`` among the
event's labelled rows, with kept prose under it, is the article's; the same line in a
page's footer, under chrome and with no prose below, is still a credits line.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.organizer_rows import SITE_CREDITS, organizer_rows
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil

INTRO = "本次讲座邀请三位青年学者分享田野调查的经历，欢迎市民朋友报名参加，名额有限。"
ITEM = "◇ 现场设有互动问答环节，听众可以就感兴趣的话题向嘉宾提问，交流心得。"
ROW = "主办单位：青枫图书馆、青枫市读书会"


def test_an_organizer_row_among_the_events_rows_stays() -> None:
    page = [INTRO, "", "讲座时间：2022年5月6日下午", "", "讲座地点：青枫图书馆二楼", "", ROW, ""]
    page += ["活动亮点", "", ITEM, ""]
    assert ROW in boil(page)


def test_the_same_row_in_a_footer_is_still_credits() -> None:
    page = [INTRO, "", ITEM, "", "版权所有 © 青枫图书馆", "", ROW, "", "技术支持：某某网络", ""]
    out = boil(page)
    assert ROW not in out and INTRO in out


def test_a_row_at_the_pages_end_with_no_prose_below_is_credits() -> None:
    page = [INTRO, "", "讲座地点：青枫图书馆二楼", "", ROW, "", "地址：青枫市书院路8号", ""]
    assert ROW not in boil(page)


def test_only_the_site_credits_rule_is_released() -> None:
    class _C:
        def __init__(self, rule_id: str) -> None:
            self.rule_id = rule_id

    lines = ["讲座地点：青枫图书馆二楼", ROW, INTRO]
    assert organizer_rows(lines, {1: _C(SITE_CREDITS)}) == [1]
    assert organizer_rows(lines, {1: _C("boilerplate.rule.generic.copyright")}) == []
    assert organizer_rows(lines, {0: _C("x"), 1: _C(SITE_CREDITS)}) == []  # under chrome


def test_the_museum_family_keeps_its_organizer_rows() -> None:
    f = family_figures("sealed_zc_zhanlan")
    assert f["content_f1"] >= 0.90, f
