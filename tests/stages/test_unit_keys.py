"""A body a piece names takes ``issuer`` or ``origin`` by the verb of its label
(:mod:`cleaner.stages.unit_keys`, ``[unit_key]`` in ``headers.toml``), whatever reader gave
it and whatever the separator or the row's place: a body named by a verb of reporting,
answering, applying or carrying out the work (``填报``, ``回复``, ``申请人``, ``建设单位``,
``施工单位``) is where the piece comes from, its origin; one named by a verb of issuing
(``发布单位``, ``主办单位``) stays the issuer, and so does a body named in no labelled cell
(a bare office line, prose).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.unit_keys import label_key, labels_before, unit_key


def _meta(text: str) -> list[dict[str, str]]:
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    return [dict(a.meta) for a in res.articles]


# ---- the label's verb decides, whatever its ending


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("建设单位", "origin"),  # ends like an issuer's label, names the applicant
        ("施工單位", "origin"),  # traditional letters
        ("申请人", "origin"),
        ("信息报送", "origin"),
        ("答复", "origin"),
        ("承建方", "origin"),
        ("发布单位", "issuer"),
        ("主办单位", "issuer"),
        ("發文機關", "issuer"),
        ("联系人", None),  # neither list: the reader's key stands
        ("编辑", None),
        ("发布受理单位", None),  # a word of both lists: undecided, nothing moves
        ("供稿", None),  # a supplier's word: the truths read it both ways
    ],
)
def test_label_key(label: str, key: str | None) -> None:
    assert label_key(label) == key


@pytest.mark.parametrize(
    ("text", "name", "labels"),
    [
        ("（答复：东城管理部　2020-03-05）", "东城管理部", ["答复"]),
        ("登记　2021-05-02　｜　护送　北岭镇卫生院", "北岭镇卫生院", ["护送"]),
        ("(71)申请人　南江机械有限公司", "南江机械有限公司", ["申请人"]),
        ("建设单位:南江水务有限公司|评价机构:某所", "南江水务有限公司", ["建设单位"]),
        # prose naming the body: no cell, no label
        ("本项目由南江水务有限公司负责建设。", "南江水务有限公司", []),
        ("经实施南江水务有限公司的方案", "南江水务有限公司", []),
        # a bare line naming the body over the text
        ("南江市水务局\n关于某事的通知", "南江市水务局", []),
        # a long line cut before the label: the cut is no cell's edge
        ("甲" * 40 + "建设南江水务有限公司", "南江水务有限公司", []),
    ],
)
def test_labels_before(text: str, name: str, labels: list[str]) -> None:
    assert labels_before(text, name) == labels


def test_unit_key_moves_only_an_issuer_named_by_a_doing_verb() -> None:
    m = {"issuer": "北岭小学", "published": "2021-03-05"}
    unit_key("北岭小学招生简章\n正文。\n（填报：北岭小学教导处　审核：陈某）", m)
    assert m == {"origin": "北岭小学", "published": "2021-03-05"}
    # an issuing label anywhere on the page keeps it the issuer
    m = {"issuer": "北岭镇人民政府"}
    unit_key("发布单位：北岭镇人民政府\n正文。\n受理单位：北岭镇人民政府", m)
    assert m == {"issuer": "北岭镇人民政府"}
    # a piece that names an origin already keeps both as read
    m = {"issuer": "南江市水务局", "origin": "南江市水务局供水科"}
    unit_key("实施单位：南江市水务局", m)
    assert m == {"issuer": "南江市水务局", "origin": "南江市水务局供水科"}
    # named bare over the text: the reader's key stands
    m = {"issuer": "南江市水务局"}
    unit_key("南江市水务局\n关于停水的通知\n正文。", m)
    assert m == {"issuer": "南江市水务局"}


# ---- whole pages


BUILD = (
    "关于北岭污水处理厂扩建项目环境影响报告表的受理公示\n"
    "{label}：南江市清源水务有限公司　｜　环评机构：北岭环境咨询有限公司\n"
    "发布日期：2021-04-12\n"
    "根据有关规定，现对该项目环境影响报告表予以受理公示。\n"
    "项目拟在现有厂区内新增处理规模每日两万吨，配套建设污泥脱水车间。\n"
    "公示期间，公众可通过信函、电子邮件等方式提出意见。\n"
)


@pytest.mark.parametrize("label", ["建设单位", "施工单位", "实施单位"])
def test_a_page_names_its_applicant_as_origin(label: str) -> None:
    meta = _meta(BUILD.format(label=label))
    assert len(meta) == 1
    assert meta[0].get("origin") == "南江市清源水务有限公司"
    assert "issuer" not in meta[0]
    assert meta[0].get("published") == "2021-04-12"


@pytest.mark.parametrize("label", ["发布单位", "主办单位", "发文机关"])
def test_an_issuing_label_keeps_the_issuer(label: str) -> None:
    meta = _meta(BUILD.format(label=label))
    assert meta[0].get("issuer") == "南江市清源水务有限公司"
    assert "origin" not in meta[0]


def test_a_notice_signed_by_its_body_keeps_the_issuer() -> None:
    # the body at the sign-off, another named in prose by a doing verb ('由…负责实施')
    meta = _meta(
        "关于北岭路临时交通管制的通告\n"
        "发布时间：2021-06-01\n"
        "因道路改造工程需要，由南江市市政工程管理处负责实施交通管制。\n"
        "请过往车辆提前绕行，给您带来不便，敬请谅解。\n"
        "南江市公安局交通警察支队\n"
        "2021年6月1日\n"
    )
    assert meta == [{"published": "2021-06-01", "issuer": "南江市公安局交通警察支队"}]


def test_an_issuing_label_beats_a_doing_verb_naming_the_same_body() -> None:
    # the issuing label over the text and the same body in a cell of a doing verb
    meta = _meta(
        "关于北岭路临时交通管制的通告\n"
        "发布单位：南江市公安局交通警察支队\n"
        "发布时间：2021-06-01\n"
        "因道路改造工程需要，实施单位：南江市公安局交通警察支队。\n"
        "请过往车辆提前绕行。\n"
    )
    assert meta == [{"issuer": "南江市公安局交通警察支队", "published": "2021-06-01"}]
