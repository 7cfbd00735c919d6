"""Two row shapes the readers gave wrongly or not at all (metaread4), in wordings of their
own; every word is invented.

* Bodies signing a notice jointly on one line, parted by a gap, over its date
  (``某县农业农村局　某县财政局`` / ``2031年7月4日``): the first named leads the document,
  its ``issuer``, as when they sign one a line.  A line of a body and a phone number, or a
  sentence naming two bodies, signs nothing.
* A person's credit value naming the body and the post before the name (``发布人：某省
  某厅厅长　某某``): the ``author`` is the name, the body the piece's ``origin``.  A name
  alone, or a body's own words, are read as before.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split import SplitStage
from cleaner.stages.split_meta_labels import MetaLabels

TITLE = "枫木县2031年第3批耕地地力保护补贴资金发放公示"
BODY = [
    "根据县级实施方案，经村组申报、乡镇审核，第3批共有4户农户的补贴申请符合发放条件，现予以公示。",
    "公示期为7个工作日，公示期满无异议的，补贴资金将通过一卡通直接发放到农户账户。",
]


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


@pytest.mark.parametrize(
    ("signers", "first"),
    [
        ("枫木县农业农村局　枫木县财政局", "枫木县农业农村局"),
        ("石坊镇人民政府　　石坊镇财政所　　石坊镇农业服务中心", "石坊镇人民政府"),
        ("南渚县教育局  南渚县人力资源和社会保障局", "南渚县教育局"),
    ],
)
def test_bodies_signing_on_one_line_give_the_first_as_issuer(signers: str, first: str) -> None:
    res = _run([TITLE, *BODY, "特此公示。", signers, "2031年7月4日"])
    [art] = res.articles
    assert art.meta.get("issuer") == first
    assert art.meta.get("published") == "2031-07-04"
    assert signers in art.text  # the sign-off stays the document's


@pytest.mark.parametrize(
    "row",
    [
        "枫木县农机服务中心　联系电话：0745-6280080",  # a body and its phone: no signers
        "县农业农村局会同县财政局逐户审核",  # a sentence naming two bodies
    ],
)
def test_lines_like_joint_signers_name_no_issuer(row: str) -> None:
    res = _run([TITLE, *BODY, "特此公示。", row, "2031年7月4日"])
    [art] = res.articles
    assert art.meta.get("issuer") is None
    assert art.meta.get("published") == "2031-07-04"


@pytest.mark.parametrize(
    ("value", "name", "body"),
    [
        ("澜州省交通运输厅厅长　孟启川", "孟启川", "澜州省交通运输厅"),
        ("澜州省应急管理厅副厅长 宋一言", "宋一言", "澜州省应急管理厅"),
        ("澜州市住房和城乡建设局局长严启明", "严启明", "澜州市住房和城乡建设局"),
        ("石坊区图书馆馆长　林蔚", "林蔚", "石坊区图书馆"),
    ],
)
def test_person_value_with_body_and_post_gives_name_and_origin(
    value: str, name: str, body: str
) -> None:
    assert MetaLabels().fields([("发布人", value)]) == {"author": name, "origin": body}


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("孟启川", "孟启川"),  # a name alone
        ("厅长　孟启川", "厅长　孟启川"),  # a post with no body: read as before
    ],
)
def test_person_values_without_a_body_are_read_as_before(value: str, author: str) -> None:
    got = MetaLabels().fields([("发布人", value)])
    assert got is not None and "origin" not in got
    assert got.get("author") == author or got.get("author") == value


@pytest.mark.parametrize(
    ("row", "name", "body"),
    [
        ("发布人：澜州省交通运输厅厅长　孟启川", "孟启川", "澜州省交通运输厅"),
        ("主讲人：石坊区图书馆馆长　林蔚", "林蔚", "石坊区图书馆"),
        ("作者：南渚县气象局副局长 韦一帆", "韦一帆", "南渚县气象局"),
    ],
)
def test_credit_rows_with_body_and_post_read_name_and_origin(
    row: str, name: str, body: str
) -> None:
    got = SplitStage().meta.parse_meta_line(row)
    assert got is not None
    assert got.get("author") == name
    assert got.get("origin") == body


def test_a_row_naming_its_source_keeps_that_origin() -> None:
    # the row's own source label names the origin: the person's body does not displace it
    got = SplitStage().meta.parse_meta_line("来源：澜州日报　　作者：澜州省交通运输厅厅长　孟启川")
    assert got is not None
    assert got.get("origin") == "澜州日报"
