"""A stray space in a transcript line whose speaker label keeps a typeset gap.

Class: **a line opening with a speaker's role and name parted by an ideographic space
(``某局局长　某某：``), a narrow stray space later inside a word**.  Two gaps between
words used to read as a list's item separators, so the stray one was kept.  The
speaker's gap is no item separator (:mod:`cleaner.stages.cjk_speaker_gap`): the stray
space is judged as on any line, the speaker's gap stays.  Look-alikes: the speaker's gap
itself, and a list of items after the label (two narrow gaps between names) keep their
spaces.  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "县农业农村局局长\u3000林某某：今年全县新建高标准农田两万亩，完 成了年度任务。",
            "县农业农村局局长\u3000林某某：今年全县新建高标准农田两万亩，完成了年度任务。",
        ),
        (
            "【同期】村民\u3000王某某：以前出门全是土路，现在家门口就能坐 上公交车了。",
            "【同期】村民\u3000王某某：以前出门全是土路，现在家门口就能坐上公交车了。",
        ),
        (
            "社区主任\u3000陈某：各位居民好，本周六上午九点在广场举行义诊，请大家相 互转告。",
            "社区主任\u3000陈某：各位居民好，本周六上午九点在广场举行义诊，请大家相互转告。",
        ),
    ],
    ids=["role-name", "tagged-role", "short-name"],
)
def test_the_stray_space_after_a_speaker_label_is_removed(damaged: str, fixed: str) -> None:
    assert repair(damaged + "\n").strip() == fixed


def test_a_list_after_a_speaker_label_keeps_its_gaps() -> None:
    line = "主持人\u3000某某：下面请 甲方代表 乙方代表 依次发言。"
    assert repair(line + "\n").strip() == line
