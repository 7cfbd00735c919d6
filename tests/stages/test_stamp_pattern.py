"""One stamp pattern serves the split's stamp runs and the repair's print headers
(split_stamps.STAMP): a short word in brackets, spaces around it allowed, no digit, space
or clause mark inside.  Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.stages import print_heads
from cleaner.stages.split_stamps import STAMP


@pytest.mark.parametrize("line", ["【停诊】", "[代诊]", "〔更正〕", "【 休診 】", "［ 通知 ］"])
def test_a_stamp(line: str) -> None:
    assert STAMP.fullmatch(line)


@pytest.mark.parametrize(
    "line", ["【来源：某报】", "【注:】", "【第3期】", "【停 诊】", "【甲，乙】"]
)
def test_no_stamp(line: str) -> None:
    assert not STAMP.fullmatch(line)


def test_print_heads_reads_stamps_by_the_same_pattern() -> None:
    body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    page = f"【 停诊 】\n眼科某医师周三门诊停诊\n{body}\n【 停诊 】\n骨科某医师周五门诊停诊\n{body}"
    assert print_heads.piece_stamp(page, "【 停诊 】")
    labelled = page.replace("【 停诊 】", "【来源：某报】")
    assert not print_heads.piece_stamp(labelled, "【来源：某报】")
