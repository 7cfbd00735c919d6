"""Fixes for set zo's bilingual tech blog (fixzo2).

* A bilingual pager names its link twice, an English and a Chinese label parted by a
  slash or a bar, in either order, with or without its arrow: the line is the pager
  (``prev_next``), as the one-language pager was before.

Look-alikes that stay: a sentence that mentions the previous post, a label pair over a
text's own step (``Next / 下一步：…``), a label pair with no link after its colon.
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


def test_floor_of_the_bilingual_blog() -> None:
    assert_floors(
        "sealed_zo_jishu",
        {"content_f1": 0.97, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.02,
    )
