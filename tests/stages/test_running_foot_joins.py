"""A running foot with a page letter (``某站·某频道　P.2/3``) is a page mark, and a clause
ending in a date runs on across it (set za's stamp notices, after its blind measure).
The shapes and their look-alikes are goldens in ``tests/golden/repair``; this is the floor
on the family they came from."""

from __future__ import annotations

from tests.stages.family_figures import family_figures


def test_sealed_za_youpiao_joins_every_cut_sentence() -> None:
    f = family_figures("sealed_za_youpiao")
    assert f["content_f1"] >= 0.98, f
    assert f["repairs"] >= 0.99, f
