"""An organiser row (``主办单位：…``) is a footer's credits line only in the page's foot zone
(fixzc3, then the review's depth fix): the generic ``site_credits`` rule claims the row
through its ``foot_only`` pattern (``boilerplate_generic.toml``) only where no prose line
that no rule takes follows below it.  Among an event's labelled rows, with its text going
on below, the row is the article's.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import ConfigError
from cleaner.rules import _load_pack, load_packs
from cleaner.stages.foot_lines import foot_zone
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil

INTRO = "本次讲座邀请三位青年学者分享田野调查的经历，欢迎市民朋友报名参加，名额有限。"
ITEM = "◇ 现场设有互动问答环节，听众可以就感兴趣的话题向嘉宾提问，交流心得。"
ROW = "主办单位：青枫图书馆、青枫市读书会"
ROW2 = "承办单位：青枫市文化馆"


def test_an_organizer_row_among_the_events_rows_stays() -> None:
    page = [INTRO, "", "讲座时间：2022年5月6日下午", "", "讲座地点：青枫图书馆二楼", "", ROW, ""]
    page += ["活动亮点", "", ITEM, ""]
    assert ROW in boil(page)


def test_the_same_row_with_prose_below_stays_and_at_the_foot_goes() -> None:
    """One page, one row: with the event's prose under it the row is the text's; moved to
    the page's foot (nothing but chrome below it) it is the footer's credits line."""
    rows = ["讲座地点：青枫图书馆二楼", "", ROW, "", ROW2, ""]
    inside = boil([INTRO, "", *rows, ITEM, ""])
    assert ROW in inside and ROW2 in inside and ITEM in inside
    at_foot = boil([INTRO, "", ITEM, "", *rows, "技术支持：某某网络", ""])
    assert ROW not in at_foot and ROW2 not in at_foot
    assert INTRO in at_foot and ITEM in at_foot and "讲座地点：青枫图书馆二楼" in at_foot


def test_the_same_row_in_a_footer_is_still_credits() -> None:
    page = [INTRO, "", ITEM, "", "版权所有 © 青枫图书馆", "", ROW, "", "技术支持：某某网络", ""]
    out = boil(page)
    assert ROW not in out and INTRO in out


def test_a_row_at_the_pages_end_with_no_prose_below_is_credits() -> None:
    page = [INTRO, "", "讲座地点：青枫图书馆二楼", "", ROW, "", "地址：青枫市书院路8号", ""]
    assert ROW not in boil(page)


def test_prose_another_rule_takes_leaves_the_row_in_the_foot_zone() -> None:
    """A notice under the footer's row is prose-shaped, but a rule takes it: the row is
    still in the foot zone."""
    notice = "本站部分内容来自互联网，如有侵权请联系删除。"
    page = [INTRO, "", ITEM, "", ROW, "", notice, ""]
    out = boil(page)
    assert ROW not in out and notice not in out and ITEM in out


def test_foot_zone_reads_prose_below_that_no_rule_takes() -> None:
    lines = ["讲座地点：青枫图书馆二楼", ROW, INTRO]
    assert not foot_zone(lines, 1, set())
    assert foot_zone(lines, 1, {2})  # the prose below is going
    assert foot_zone(lines[:2], 1, set())  # nothing below
    far = [ROW, *["短行"] * 12, INTRO]
    assert foot_zone(far, 0, set())  # prose past the reach


def test_the_organiser_words_are_data_of_the_rule() -> None:
    rule = next(r for p in load_packs() for r in p.rules if r.name == "site_credits")
    assert rule.foot_only is not None and rule.foot_only_matches(ROW)
    assert not rule.foot_only_matches("技术支持：某某网络")  # claimed anywhere


def test_foot_only_must_be_anchored(tmp_path: Path) -> None:
    pack = tmp_path / "p.toml"
    pack.write_text(
        '[pack]\nname = "p"\n[[rule]]\nname = "r"\ncomment = "c"\n'
        "pattern = '^甲.*$'\nfoot_only = '甲'\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="foot_only"):
        _load_pack(pack)


def test_the_museum_family_keeps_its_organizer_rows() -> None:
    f = family_figures("sealed_zc_zhanlan")
    assert f["content_f1"] >= 0.90, f
