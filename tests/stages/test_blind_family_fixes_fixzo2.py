"""Fixes for set zo's bilingual tech blog (fixzo2).

* A bilingual pager names its link twice, an English and a Chinese label parted by a
  slash or a bar, in either order, with or without its arrow: the line is the pager
  (``prev_next``), as the one-language pager was before.
* A post's info row that gives its reading time among its date, byline or tags, parted
  by dots or bars, is the site's row (``read_time_row``), in either language.

Look-alikes that stay: a sentence that mentions the previous post, a label pair over a
text's own step (``Next / 下一步：…``), a label pair with no link after its colon; a
sentence that mentions a reading time, a row with no year, a row with a labelled
author (left to the metadata reader).
Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import plain_stage

P1 = "We moved the build cache to a shared volume and the nightly run got twice as fast."
P2 = "迁移之后，我们又花了两周时间清理旧的脚本，把重复的步骤合并成一个入口。"


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


@pytest.mark.parametrize(
    "line",
    [
        "← Earlier / 上一则：Why the Staging Server Never Sleeps",
        "Later ｜ 下一篇：给日志加上颜色之后 →",
        "下一页 / Next: 缓存预热的三种做法",
        "Previous post / 上一篇：A Week Without Meetings",
        "‹ 较早 / Older：某次迁移的复盘",
    ],
)
def test_a_bilingual_pager_goes(line: str) -> None:
    assert "boilerplate.rule.generic.prev_next" in _rules(["Build Notes", P1, line, P2])


@pytest.mark.parametrize(
    "line",
    [
        "我在上一篇里写过缓存的事，这次接着说清理脚本。",
        "Next / 下一步：把旧脚本全部删掉",
        "Older / 上一篇",
        "In the previous post / 上一篇 I promised a follow-up: here it is.",
    ],
)
def test_bilingual_pager_look_alikes_stay(line: str) -> None:
    assert "prev_next" not in " ".join(_rules(["Build Notes", P1, line, P2]))


@pytest.mark.parametrize(
    "line",
    [
        "Written by Some One on May 2, 2019 · 7 min read",
        "2020-03-04 · 阅读约 5 分钟 · 标签：部署, 缓存",
        "2021年1月2日 | 约8分钟读完",
        "Nov 9, 2022 • 4 minutes read • Tags: ops",
    ],
)
def test_a_reading_time_row_goes(line: str) -> None:
    assert "boilerplate.rule.generic.read_time_row" in _rules(["Build Notes", line, P1, P2])


@pytest.mark.parametrize(
    "line",
    [
        "2019年我们约定每篇周报阅读约 5 分钟就能看完。",
        "This 2019 guide is a 7 min read, and worth it.",
        "Posted 2019 · 7 min read. Then the build broke!",
        "部署 · 缓存 · 阅读约 5 分钟",
        "2020-11-07 · 作者：@lin-an · 约 6 分钟读完",  # the metadata reader's row
    ],
)
def test_reading_time_look_alikes_stay(line: str) -> None:
    assert "read_time_row" not in " ".join(_rules(["Build Notes", P1, line, P2]))


def test_floor_of_the_bilingual_blog() -> None:
    assert_floors(
        "sealed_zo_jishu",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.02,
    )
