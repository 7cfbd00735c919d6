"""Fixes for set z's print view and lecture notices (branch fixz1), each kind as a small
case in wordings of its own, with look-alikes that stay:

* a worded page counter framed by one or two fillers a side (``～ 第2页 共3页 ～``,
  ``※ 共3页 第2页 ※``, ``* Page 2 of 3 *``) is a page mark: where it cuts a sentence
  between two Han letters the halves are joined and nothing is lost.

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair

HEAD = "晚风吹过河湾的时候，渡口边的柳树已经抽出新芽，摆渡的老人把"
TAIL = "缆绳绕了三圈，对岸的灯一盏一盏亮起来。"


@pytest.mark.parametrize(
    "mark",
    ["～ 第2页 共3页 ～", "※ 共3页 第2页 ※", "— 第2页/共3页 —", "* Page 2 of 3 *", "~ 2/3 页 ~"],
)
def test_framed_counter_cuts_a_sentence_and_is_joined(mark: str) -> None:
    out = repair("\n".join(["标题", "", HEAD, "", mark, "", TAIL, ""]) + "\n")
    assert HEAD + TAIL in out, out
    assert mark not in out, out


@pytest.mark.parametrize(
    "line",
    ["～ 第二章 共三节 ～", "※ 注意事项 ※", "— 2021年3月 —"],
)
def test_framed_words_without_a_counter_stay(line: str) -> None:
    out = repair("\n".join(["标题", "", HEAD, "", line, "", TAIL, ""]) + "\n")
    assert line in out and HEAD + TAIL not in out, out


@pytest.mark.parametrize(
    ("name", "floor"),
    [("sealed_z_saishi", {"repairs": 0.9})],
)
def test_blind_family_fixz1_figures(name: str, floor: dict[str, float]) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.95, f
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
