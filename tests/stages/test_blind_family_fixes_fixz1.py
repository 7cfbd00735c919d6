"""Fixes for set z's print view and lecture notices (branch fixz1), each kind as a small
case in wordings of its own, with look-alikes that stay:

* a worded page counter framed by one or two fillers a side (``～ 第2页 共3页 ～``,
  ``※ 共3页 第2页 ※``, ``* Page 2 of 3 *``) is a page mark: where it cuts a sentence
  between two Han letters the halves are joined and nothing is lost;
* the site's name under the page's ``<title>`` line, the name that line ends with after a
  separator, spaced or not (``标题-某某大学某某学院`` over ``某某大学 某某学院``), is the
  site's banner and no title of the notice.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_page_title import site_banner
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

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


def test_site_banner_under_the_page_title_is_no_title() -> None:
    body = "本周四下午在三号楼举行座谈，欢迎有兴趣的同学前来旁听并参与讨论，会后另有茶叙。"
    lines = ["湖畔读书会纪要-青禾学院人文系", "青禾学院　人文系", "", "湖畔读书会纪要"]
    lines += ["", body, body.replace("周四", "周五")]
    arts = split(lines)
    assert len(arts) == 1 and arts[0].title == "湖畔读书会纪要", arts
    assert "青禾学院　人文系" not in arts[0].text


@pytest.mark.parametrize(
    ("line", "page_title", "want"),
    [
        ("青禾学院 人文系", "湖畔读书会纪要-青禾学院人文系", True),
        ("人文系", "湖畔读书会纪要-青禾学院人文系", False),  # part of the name only
        ("湖畔读书会纪要", "湖畔读书会纪要-青禾学院", False),  # the title
        ("青禾学院人文系", "湖畔读书会纪要青禾学院人文系", False),  # no separator
        ("湖畔读书会纪要", "青禾电台 · 湖畔读书会纪要", False),  # the site first, title last
    ],
)
def test_site_banner_shape(line: str, page_title: str, want: bool) -> None:
    assert site_banner(line, page_title, ["湖畔读书会纪要", "正文。"]) is want


@pytest.mark.parametrize(
    ("name", "floor"),
    [("sealed_z_saishi", {"repairs": 0.9}), ("sealed_z_jiangzuo", {"titles": 0.9})],
)
def test_blind_family_fixz1_figures(name: str, floor: dict[str, float]) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.95, f
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
