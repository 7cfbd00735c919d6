"""A metadata row's cells that are no metadata stay the text: a sentence beside the date
and author a bar-parted row gives (:mod:`cleaner.stages.split_row_cells`).  Look-alikes
whose every cell is metadata, a counter, a bare name or a record's labelled fact go whole,
as before.  Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.split import SplitStage

BODY = (
    "这款折叠自行车采用新的车架结构，收起后可以放进小轿车的后备箱。\n"
    "首批产品将在下个月上市，各地门店同步开放试骑。\n"
)


def _run(row: str) -> tuple[str, dict[str, str], list[str], Editor, str]:
    text = f"新品速递\n{row}\n{BODY}"
    ed = Editor("p", text)
    (art,) = SplitStage()(ed)
    return art.text, dict(art.meta), [c.rule for c in ed.changes], ed, text


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (
            "发布日期：2031-01-05 | 作者：林某 | 备注：本季度起所有门店提供免费试骑，试骑需预约",
            "备注：本季度起所有门店提供免费试骑，试骑需预约",
        ),
        (
            "2031-01-05 ｜ 林某 ｜ 本季度起所有门店都会提供免费试骑服务需要提前预约",
            "本季度起所有门店都会提供免费试骑服务需要提前预约",
        ),
    ],
)
def test_cells_of_the_text_stay_and_the_fields_are_read(row: str, kept: str) -> None:
    got, meta, rules, ed, text = _run(row)
    assert got.split("\n")[1] == kept
    assert meta.get("published") == "2031-01-05"
    assert "split.meta_header" in rules
    assert rebuild(ed.text, ed.changes) == text


@pytest.mark.parametrize(
    "row",
    [
        "2031-01-05 | 某某车业 | 1164次阅读 | 0 条评论",
        "发布时间：2031-01-05 | 来源：某某车业 | 作者：林某",
        # a record's labelled facts are its fields, as a catalogue's row under each title
        "发布日期：2031-01-05 | 作者：林某 | 车重：9.8 公斤 | 售价：2399 元",
    ],
)
def test_rows_of_metadata_counters_names_and_facts_go_whole(row: str) -> None:
    got, meta, _, ed, text = _run(row)
    assert "2031-01-05" not in got and "阅读" not in got and "公斤" not in got
    assert meta.get("published") == "2031-01-05"
    assert rebuild(ed.text, ed.changes) == text


def test_a_row_holding_a_sentence_is_not_lost() -> None:
    row = "2031-01-05 ｜ 某某车业 ｜ 本季度起所有门店提供免费试骑，试骑需预约"
    got, _, _, ed, text = _run(row)
    assert "本季度起所有门店提供免费试骑，试骑需预约" in got
    assert rebuild(ed.text, ed.changes) == text
