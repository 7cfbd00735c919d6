"""A bracketed row closing a piece that credits who DID the work the piece reports, by a
role no label table names (split_foot._worked, _worker, _body_head, _aside).

The role's label is a verb of doing the work (an inspection, a survey, a collection of
records, a measurement, organising an event), alone or before a party's noun (员, 人员,
组, 单位): the one person so credited is the piece's author, a body its origin (its name
without the means after it: a camera system, a device).  A checker's role beside it
(审核, 复核) and a contact (现场联络) give no field; a short aside cell (when it was done)
is part of the credit.  Invented pages: a town's road inspection notes, a river survey,
an environment bureau's sampling, a traffic brigade's records, a blood drive.

Look-alikes that stay text: a cast row, a finding under a worker's role, a contact row, a
sentence with a colon, a list of people in the body, an aside alone, two workers."""

from __future__ import annotations

import pytest

from cleaner.stages.split_foot import _aside, _body_head, _worked, _worker
from tests.stages.stage_runs import split

ROAD = [
    "城东片区道路整治情况通报",
    "",
    "今年开展了第二轮入户走访，共走访农户三百二十户，登记问题四十余条。",
    "针对群众反映集中的道路破损问题，镇里已安排专项资金进行修补，预计月底完工。",
]
RIVER = [
    "清溪河中游水质巡查记录",
    "",
    "本次沿河步行约六公里，发现排污口两处，其中一处已封堵，另一处仍有少量污水渗出。",
    "河道两岸垃圾较上月明显减少，保洁人员每日清理一次，群众满意度较高。",
]
DRIVE = [
    "师范学院团体献血活动预告",
    "",
    "本次团体采血预计采集全血一百二十人份，欢迎符合条件的师生踊跃参加。",
    "献血后请在现场休息十五分钟，饮用温水并补充点心。",
]


def _one(page: list[str], row: str) -> tuple[dict[str, str], str]:
    arts = split([*page, row])
    assert len(arts) == 1
    return dict(arts[0].meta), arts[0].text


@pytest.mark.parametrize(
    ("page", "row", "author"),
    [
        (ROAD, "（督查员：赵明远　　检查时段：晚高峰）", "赵明远"),
        (RIVER, "（野外调查：钱雨桐）", "钱雨桐"),
        (RIVER, "（巡查人员：孙立平）", "孙立平"),
        (ROAD, "【检查组：周海涛】", "周海涛"),
        (ROAD, "（督查員：趙明遠）", "趙明遠"),  # traditional script
        (RIVER, "（巡查员：钱雨桐　｜　巡查时段：上午九时）", "钱雨桐"),
        (ROAD, "〔走访人员：孙立平　审核：周海涛〕", "孙立平"),
    ],
)
def test_worker_credit_gives_the_author(page: list[str], row: str, author: str) -> None:
    meta, text = _one(page, row)
    assert meta.get("author") == author
    assert row not in text
    assert page[2] in text and page[3] in text


@pytest.mark.parametrize(
    ("page", "row", "origin"),
    [
        (ROAD, "（采集：北岗大队电子警察设备　｜　复核民警：周海涛）", "北岗大队"),
        (RIVER, "〔采样：青川县环境监测站　审核：李文华〕", "青川县环境监测站"),
        (RIVER, "（测量：青川县测绘队）", "青川县测绘队"),
    ],
)
def test_working_body_gives_the_origin(page: list[str], row: str, origin: str) -> None:
    meta, text = _one(page, row)
    assert meta.get("origin") == origin
    assert "author" not in meta  # the checker beside it is no author
    assert row not in text


def test_organising_body_beside_a_contact_is_read_and_the_contact_is_no_author() -> None:
    row = "（组织单位：青川市人民医院　　现场联络：王小红）"
    meta, text = _one(DRIVE, row)
    # the body's key is unit_keys.unit_key's after the split ('组织' → origin)
    assert "青川市人民医院" in (meta.get("issuer"), meta.get("origin"))
    assert "author" not in meta
    assert row not in text


@pytest.mark.parametrize(
    "row",
    [
        "（主演：赵明远　导演：钱雨桐）",  # a cast row: no verb of doing the work
        "（调查：赵明远　结论：该路段破损严重）",  # a finding: the piece's text
        "（联系人：王小明　电话：13800138000）",  # a contact row
        "调查发现：该路段共有坑洼十二处，需尽快修补。",  # a sentence with a colon
        "参加调查的有：赵明远、钱雨桐、孙立平。",  # people in the body
        "（检查时段：晚高峰）",  # an aside with no worker
        "（现场联络：王小红）",  # a contact alone
        "（调查员：赵明远　调查员：钱雨桐）",  # two workers: whose piece is unsaid
    ],
)
def test_look_alikes_stay_text(row: str) -> None:
    meta, text = _one(ROAD, row)
    assert row in text
    assert "author" not in meta and "origin" not in meta


def test_label_classes() -> None:
    assert [_worked(k) for k in ("督查员", "野外调查", "采集", "组织单位", "巡查人员")] == [
        True
    ] * 5
    assert [_worked(k) for k in ("审核民警", "现场联络", "主演", "检查时段", "复核")] == [False] * 5
    assert _body_head("城西大队电子警察设备") == "城西大队"
    assert _body_head("电子警察设备") is None
    assert _body_head("赵明远") is None
    assert _aside("检查时段", "上午九时") and not _aside("结论", "该路段破损严重")
    assert _worker([("野外调查", "某甲"), ("审核", "某乙")]) == "某甲"
    assert _worker([("主演", "某甲")]) is None
