"""The fields a framed credit row closing every piece of a compilation gives (slot_fields).

The slot row is already the piece's metadata (split_closing_slots); what it credits is read
by its labels' verbs: a body under a label of the ``[unit_key]`` verbs takes that key
(``组织单位`` → ``origin``); a cell crediting who did the work the piece reports
(``[foot_row] work_verbs``: surveying, collecting, sampling, measuring) gives its one person
as the ``author`` and its body (the head of the value, the means after it left out) as the
``origin``.  A contact, a checker, an inspector, a notary and a desk that reported the item
upward (``[foot_row] report_verbs``) give no field.

Every page, name and word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.split_closing_slots import slot_fields

_ORD = "一二三四"


def _page(rows: list[str]) -> list[str]:
    lines = ["某某区便民服务信息汇编", ""]
    for k, row in enumerate(rows):
        lines += [
            f"第{_ORD[k]}篇：某某片区第{k + 1}次服务记录",
            f"本次服务于上午九时开始，共接待群众{30 + k}人次，现场秩序良好，各项工作有序进行。",
            f"工作人员对第{k + 1}批问题逐一登记，并向群众说明了后续处理的时限和方式。",
            row,
            "",
        ]
    return lines


def _run(lines: list[str]) -> PageResult:
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def test_an_organising_body_in_the_slot_row_is_each_pieces_origin() -> None:
    rows = [
        "（组织单位：某某区妇幼保健院　　现场联络：钱晓峰）",
        "（组织单位：某某街道社区卫生服务中心　　现场联络：孙丽娟）",
        "（组织单位：某某区红十字会　　现场联络：钱晓峰）",
    ]
    res = _run(_page(rows))
    assert [a.meta.get("origin") for a in res.articles] == [
        "某某区妇幼保健院",
        "某某街道社区卫生服务中心",
        "某某区红十字会",
    ]
    # the contact is no writer
    assert all(a.meta.get("author") is None for a in res.articles)
    assert not any(r in a.text for a in res.articles for r in rows)


def test_a_collecting_body_is_the_origin_its_means_left_out_and_the_checker_no_author() -> None:
    rows = [
        "（采集：北湾中队移动测速设备　｜　审核民警：周志刚）",
        "（采集：南岭中队卡口抓拍系统　｜　审核民警：郑海涛）",
        "（采集：北湾中队卡口抓拍系统　｜　审核民警：周志刚）",
    ]
    res = _run(_page(rows))
    assert [a.meta.get("origin") for a in res.articles] == ["北湾中队", "南岭中队", "北湾中队"]
    assert all(a.meta.get("author") is None for a in res.articles)


def test_a_surveyors_credit_is_the_pieces_author() -> None:
    rows = ["（野外调查：吴海燕）", "（野外调查：郑建华）", "（野外调查：吴海燕）"]
    res = _run(_page(rows))
    assert [a.meta.get("author") for a in res.articles] == ["吴海燕", "郑建华", "吴海燕"]


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        ("（组织单位：某某区妇幼保健院　现场联络：钱晓峰）", {"origin": "某某区妇幼保健院"}),
        ("（采样：某某县水质监测站　复核：钱晓峰）", {"origin": "某某县水质监测站"}),
        ("〔观测员：吴海燕　时段：夜间〕", {"author": "吴海燕"}),
        ("（主办单位：某某市文化馆　联系人：孙丽娟）", {"issuer": "某某市文化馆"}),
        # no field: an inspector, a checker alone, a notary, a desk reporting upward,
        # two workers (no one writer), a surveyed thing's label
        ("（督查员：吴海燕　暗访时段：早高峰）", {}),
        ("（审核民警：周志刚）", {}),
        ("（开奖公证：某某市公证处　公证员：钱晓峰　监督员：孙丽娟）", {}),
        ("（信息报送：某某小学招生办公室　审核：郑建华）", {}),
        ("（调查员：吴海燕　调查员：郑建华）", {}),
        ("（调查结论：长势良好）", {}),
    ],
)
def test_slot_fields_by_the_labels_verbs(row: str, fields: dict[str, str]) -> None:
    assert slot_fields(row) == fields
