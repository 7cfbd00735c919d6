"""A row of framed cells under a title whose cells are a bar's: a column's label, a
contributor's or a checker's, the person who entered it, a share or print link.

The class: an info bar framed cell by cell where one cell is a common bar kind the meta
labels do not name (``所属栏目``, ``投稿人``, ``文章录入``, ``分享到微信``).  The row is read as
metadata again (date and source kept, the row dropped); a row with a venue, a speaker, a
salary or a "sharer" of a talk stays the text's own.  Invented text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

_TITLE = "某镇开展冬季消防安全检查"
_BODY = [
    "近日，某镇组织力量对辖区内的商铺、厂房和出租屋开展了消防安全检查，共排查隐患二十余处。",
    "对检查中发现的问题，工作人员当场提出整改意见，并明确了整改时限。",
]


def _run(row: str):  # type: ignore[no-untyped-def]
    text = "\n".join([_TITLE, row, *_BODY]) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
        return Pipeline(PipelineConfig()).process(raw, 0).articles


def _meta(art) -> dict[str, str]:  # type: ignore[no-untyped-def]
    meta = art.meta if isinstance(art.meta, dict) else vars(art.meta)
    return {k: str(v) for k, v in meta.items() if v}


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("[ 所在栏目：安全生产 ] [ 发布时间：2023-12-08 ] [ 字号：大 中 小 ]", "2023-12-08"),
        ("（供稿人：赵一）（审核：钱二）（2023-12-08）", "2023-12-08"),
        ("【信息来源：镇应急办】【日期：2023/12/08】【分享到朋友圈】【打印此文】", "2023-12-08"),
        ("〔栏目：基层动态〕〔录入：孙三〕〔2023年12月8日〕〔关闭此页〕", "2023-12-08"),
        ("[文章来源：镇应急办] [更新时间：2023-12-08] [文章录入：李四]", "2023-12-08"),
        ("【文章來源：鎮應急辦】【更新時間：2023-12-08】【分享到微博】", "2023-12-08"),
    ],
)
def test_bar_with_common_cells_is_read(row: str, day: str) -> None:
    (art,) = _run(row)
    assert row not in art.text.split("\n")
    assert day in _meta(art).values()
    assert _BODY[0] in art.text


@pytest.mark.parametrize(
    "row",
    [
        "【时间：2023-12-08】【地点：镇文化站】【主讲人：周老师】",
        "【时间：2023-12-08】【分享人：周老师】【地点：二楼会议室】",
        "【岗位：出纳】【月薪：6000元】【日期：2023-12-08】",
        "（时间：2023-12-08）（分享会主题：冬季防火常识讲解）",
    ],
)
def test_event_row_stays_text(row: str) -> None:
    (art,) = _run(row)
    assert row in art.text.split("\n")
