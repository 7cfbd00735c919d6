"""A removed sign-off closing each piece dates it over the page's day (dropped_rows).

The HTML extractor or the boilerplate stage may remove the row closing each piece of a
compilation of notices (``声明人：某某　2020年11月24日``, ``某某有限公司　2020年11月26日``);
the split gave each piece the page's day (its info bar, its title or its masthead).  The
sign-off's day is the piece's own and replaces it; a capture's stamp (a time of day), a
bare day and a day a piece read from a row of its own stay as they are.

Every name and word is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.stages.dropped_rows import read_rows, signed_off
from cleaner.stages.split_meta import MetaParser

_READ = partial(MetaParser().shaped_row, near_title=True)


def _rows(feet: list[str]) -> list[dict[str, list[str]]]:
    return [{"under_title": [], "over_title": [], "foot": [f]} for f in feet]


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("声明人：吴晓东　2019年5月6日", True),
        ("某某市安泰物流有限公司　2019年5月8日", True),
        ("▲ 现场画面　采集：某某中队　2019年5月6日 09:15", False),
        ("2019年5月6日", False),
    ],
)
def test_sign_off_shape(line: str, signed: bool) -> None:
    assert signed_off(line, _READ) is signed


def test_sign_offs_replace_the_day_every_piece_holds_alike() -> None:
    feet = ["声明人：吴晓东　2019年5月6日", "某某市安泰物流有限公司　2019年5月8日"]
    metas = [{"published": "2019-05-10"}, {"published": "2019-05-10"}]
    assert read_rows(_rows(feet), metas, _READ) == "foot"
    assert [m["published"] for m in metas] == ["2019-05-06", "2019-05-08"]


def test_a_pieces_own_day_and_a_capture_stamp_stay() -> None:
    feet = ["声明人：吴晓东　2019年5月6日", "某某市安泰物流有限公司　2019年5月8日"]
    metas = [{"published": "2019-05-01"}, {"published": "2019-05-02"}]  # each its own
    read_rows(_rows(feet), metas, _READ)
    assert [m["published"] for m in metas] == ["2019-05-01", "2019-05-02"]
    stamps = ["▲ 现场画面　采集：某某中队　2019年5月6日 09:15"] * 2
    metas = [{"published": "2019-05-10"}, {"published": "2019-05-10"}]
    read_rows(_rows(stamps), metas, _READ, page_day="2019-05-10")
    assert [m["published"] for m in metas] == ["2019-05-10", "2019-05-10"]
