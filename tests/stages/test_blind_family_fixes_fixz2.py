"""Fixes for set z's dictionary and recall families (branch fixz2), in wordings of their own,
with look-alikes that stay:

* a byline's date cell closed by the verb of what was done that day (``2021年3月9日更新``):
  the row is metadata; when the verb names an edit and the row is two cells, the one name
  in the other cell is who edited the entry, its author (``[meta] dated_verbs`` /
  ``edit_verbs`` in ``headers.toml``).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures

META = MetaParser()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("校对室 · 2019年4月2日更新", {"published": "2019-04-02", "author": "校对室"}),
        ("审读·林溪 · 2019年4月2日修订", {"published": "2019-04-02", "author": "审读·林溪"}),
        ("河湾晚报 · 2019-04-02 发布", {"published": "2019-04-02"}),  # no edit: no author
        ("校对室 · 2019年4月2日", {"published": "2019-04-02"}),
    ],
)
def test_a_dated_verb_closes_a_byline(line: str, want: dict[str, str]) -> None:
    assert META.byline(line) == want
    assert META.shaped_row(line, near_title=True) == want


@pytest.mark.parametrize(
    "line",
    [
        "我们 · 2019年4月2日出发",  # a verb of no record: a line of text
        "校对室 · 河湾 · 2019年4月2日更新，请查看",  # a sentence
    ],
)
def test_look_alike_dated_rows_stay_text(line: str) -> None:
    assert META.byline(line) is None


def test_three_cells_with_an_edit_date_name_no_author() -> None:
    assert META.byline("校对室 · 河湾 · 2019年4月2日更新") == {"published": "2019-04-02"}


@pytest.mark.parametrize(
    ("name", "floor"),
    [("sealed_z_cidian", {"titles": 1.0, "counts": 1.0, "metadata": 1.0})],
)
def test_set_z_families_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    f = family_figures(name)
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
