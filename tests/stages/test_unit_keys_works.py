"""A works notice's body named by a verb of maintaining or repairing (``养护单位``,
``维修单位``, ``檢修單位``, ``抢修队``, ``作业单位``) is the body doing the work the piece reports,
its ``origin``, as ``施工单位`` and ``实施单位`` are (``[unit_key] origin_verbs`` in
``headers.toml``, docs/truth_conventions.md: a label's verb decides, not its ending); and a
body whose name ends in ``队`` (a maintenance crew, a service team) has an organisation's
shape as ``大队`` and ``支队`` had (``[org_name] endings``).

Look-alikes that must not move: an issuing label over the same body, a body whose own
name holds the verb under an issuing label, a maintenance word that labels no body (a
phone row), a site's own maintenance credit (``网站维护``), a body named in prose.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.unit_keys import label_key


def _meta(text: str) -> list[dict[str, str]]:
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    return [dict(a.meta) for a in res.articles]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("养护单位", "origin"),
        ("维修单位", "origin"),
        ("檢修單位", "origin"),  # traditional letters
        ("抢修部门", "origin"),
        ("保养单位", "origin"),
        ("作业单位", "origin"),
        ("发布单位", "issuer"),
        ("维修电话", "origin"),  # labels no body: only a body under it moves (below)
        ("维修发布单位", None),  # a word of both lists: undecided
        ("网站维护", None),  # a site's credit: no doing verb of this class
    ],
)
def test_label_key_of_works_verbs(label: str, key: str | None) -> None:
    assert label_key(label) == key


@pytest.mark.parametrize(
    ("name", "org"),
    [
        ("北岭镇农村公路养护队", True),
        ("南江市图书馆志愿服务队", True),
        ("东湾区市政抢修队", True),
        ("北岭镇交警大队", True),  # as before
        ("排队", False),  # too short for a body's name
        ("林某某", False),
    ],
)
def test_a_team_has_a_bodys_shape(name: str, org: bool) -> None:
    assert is_org(name) is org


ROAD = (
    "{title}\n"
    "发布时间：2022-03-04\n"
    "3月8日至3月12日，县道X205线K12+300至K13+100段进行{work}。\n"
    "作业期间该路段实行半幅通行，请过往车辆减速慢行，服从现场人员指挥。\n"
    "{label}：{body}\n"
)


@pytest.mark.parametrize(
    ("title", "work", "label", "body"),
    [
        ("县道X205线路面修补作业公告", "路面修补", "养护单位", "东山县路桥工程有限公司"),
        ("县道X205线路面修补作业公告", "路面修补", "养护单位", "东山镇农村公路养护队"),
        ("南湖路供水管道维修公告", "管道维修", "维修单位", "南湖供水工程有限公司"),
        ("環島路電纜檢修公告", "電纜檢修", "檢修單位", "南江供電所"),
        ("北岭路燃气管道抢修通知", "管道抢修", "抢修单位", "北岭燃气有限公司"),
    ],
)
def test_a_works_body_is_the_origin(title: str, work: str, label: str, body: str) -> None:
    meta = _meta(ROAD.format(title=title, work=work, label=label, body=body))
    assert len(meta) == 1
    assert meta[0].get("origin") == body
    assert "issuer" not in meta[0]
    assert meta[0].get("published") == "2022-03-04"


@pytest.mark.parametrize("label", ["发布单位", "發布單位"])
def test_an_issuing_label_keeps_a_works_body_the_issuer(label: str) -> None:
    # the body's own name holds a maintenance word ('养护中心'): the label's verb decides
    meta = _meta(
        ROAD.format(
            title="县道X205线路面修补作业公告",
            work="路面修补",
            label=label,
            body="东山县公路养护中心",
        )
    )
    assert meta[0].get("issuer") == "东山县公路养护中心"
    assert "origin" not in meta[0]


def test_a_maintenance_phone_row_names_no_body() -> None:
    text = ROAD.format(
        title="南湖路供水管道维修公告",
        work="管道维修",
        label="维修电话",
        body="0755-12345678",
    )
    meta = _meta(text)
    assert "origin" not in meta[0] and "issuer" not in meta[0]


def test_a_works_body_named_in_prose_keeps_the_readers_key() -> None:
    # the body at the sign-off issues the notice; the crew is named in a sentence
    meta = _meta(
        "关于南湖路临时封闭施工的通告\n"
        "发布时间：2021-06-01\n"
        "因管道维修需要，由南湖供水工程有限公司维修队负责作业，南湖路将临时封闭。\n"
        "请过往车辆提前绕行，给您带来不便，敬请谅解。\n"
        "南江市公安局交通警察支队\n"
        "2021年6月1日\n"
    )
    assert meta == [{"published": "2021-06-01", "issuer": "南江市公安局交通警察支队"}]
