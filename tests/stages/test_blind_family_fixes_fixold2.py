"""Fixes for older tuning families (fixold2): a stray space the page itself proves, a
long sentence of two clauses read as prose, a list whose labels follow their values, and
a desk named over a piece its organisation signs.

* A space between two Han letters of a sentence, beside a mark that would make it a
  phrase gap (a bracket, a number), is a stray one when the page prints the two letters
  either side of it joined elsewhere (``单价 为每`` and ``单价为每``): the page's own
  evidence (:meth:`CjkSpaceRule._printed_joined`).  A page that never prints them joined
  keeps the space.
* One long sentence of two clauses (48 characters at least, one comma, its only full stop
  at its end) is prose for the space judgement, as a line of more clauses is: a word cut
  after a date's number (``5日上 午``) is rejoined; a shorter line keeps its judgement.
* A list that prints each label behind its value (``2020-05-06 发布日期`` / ``某某部　发布
  部门``): two such lines at least, every label a field's, are the piece's metadata.
* A desk named by a publisher's row (``发布部门``: a short name ending like a department)
  over a piece signed and dated by a longer organisation: the organisation is the issuer
  and the desk the origin.  A piece its desk signs keeps the desk as issuer.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.split_cells import trailing_labels
from cleaner.stages.split_piece_end import desk_under
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

# ---- a stray space the page proves: the letters around it printed joined elsewhere

OTHER = "北片菜场的萝卜批发单价为每公斤一元二角，较上周略有回落，市场到货量充足，交易平稳。"


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "南片菜场萝卜（东区）批发单价 为每公斤一元五角，较上周上涨一成，主要是连日降雨。",
            "南片菜场萝卜（东区）批发单价为每公斤一元五角，较上周上涨一成，主要是连日降雨。",
        ),
        (
            "南片菜场的萝卜批发单价为每 公斤1.50元，较上周上涨一成，主要是连日降雨，交易偏淡。",
            "南片菜场的萝卜批发单价为每公斤1.50元，较上周上涨一成，主要是连日降雨，交易偏淡。",
        ),
    ],
)
def test_a_space_the_page_prints_joined_elsewhere_is_deleted(damaged: str, fixed: str) -> None:
    assert repair(OTHER + "\n" + damaged).split("\n")[1] == fixed


@pytest.mark.parametrize(
    "line",
    [
        # the same spaces with no joined copy on the page: a mark beside them keeps them
        "南片菜场萝卜（东区）批发价格 为每公斤一元五角，较上周上涨一成，主要是连日降雨到货减少。",
        "南片菜场的萝卜批发价格为每 千克1.50元，较上周上涨一成，主要是连日降雨到货减少，交易偏淡。",
        "据《农事月令》作者 考证，此法流传已久，至今仍在各地沿用，效果良好。",
    ],
)
def test_a_space_with_no_joined_copy_on_the_page_stays(line: str) -> None:
    assert repair(OTHER + "\n" + line).split("\n")[1] == line


def test_a_label_keeps_its_gap_though_the_page_prints_it_joined() -> None:
    # '第九条 申请…' opens an article; the page cites '第九条申请' in a sentence elsewhere
    page = (
        "依照本细则第九条申请复核的，应当在收到决定之日起十日内提出，逾期不予受理。\n"
        "第九条 申请人对评定结果有异议的，可以向评审委员会提出书面复核申请，并附相关材料。"
    )
    assert repair(page) == page


def test_the_evidence_is_read_in_sentences_only() -> None:
    # a heading's phrase gap stays though the page prints its letters joined
    page = (
        "园区（北区）规划 方案公示\n"
        + "本次园区（北区）规划方案公示期为十日，期间收集意见，欢迎各方参与。"
    )
    assert repair(page).split("\n")[0] == "园区（北区）规划 方案公示"


# ---- one long sentence of two clauses is prose


def test_a_word_cut_in_one_long_sentence_of_two_clauses_is_rejoined() -> None:
    damaged = (
        "本所定于2024年3月15日上 午9时30分，在所内二号会议室召开年度会员代表大会审议章程修改事项。"
    )
    assert repair(damaged) == damaged.replace("上 午", "上午")


@pytest.mark.parametrize(
    "line",
    [
        "本所定于上 午9时，在二楼开会。",  # short (under 24): not read as prose
        "2024年3月15日 理事会第三次会议纪要及会员代表大会筹备工作安排，各会员单位请查收附件。",
    ],
)
def test_short_lines_and_date_labels_keep_their_space(line: str) -> None:
    assert repair(line) == line


# ---- a list whose labels follow their values; a desk under its signing organisation

BODY = [
    "尊敬的客户：",
    "因营业厅内部装修，本网点自2020年5月8日起暂停对外营业，装修期间请到就近网点办理业务。",
    "由此给您带来的不便，敬请谅解。",
    "特此公告。",
]


def test_labels_behind_their_values_are_read_and_the_desk_becomes_the_origin() -> None:
    lines = [
        "关于溪桥网点暂停营业的公告",
        "2020-05-06 发布日期",
        "综合管理部 发布部门",
        *BODY,
        "某某县农村信用合作联社",
        "2020年5月6日",
    ]
    (art,) = split(lines)
    assert art.meta.get("published") == "2020-05-06"
    assert art.meta.get("issuer") == "某某县农村信用合作联社"
    assert art.meta.get("origin") == "综合管理部"
    assert "发布部门" not in art.text and "发布日期" not in art.text


def test_a_piece_its_desk_signs_keeps_the_desk_as_issuer() -> None:
    lines = [
        "关于溪桥网点暂停营业的公告",
        "2020-05-06 发布日期",
        "综合管理部 发布部门",
        *BODY,
        "综合管理部",
        "2020年5月6日",
    ]
    (art,) = split(lines)
    assert art.meta.get("issuer") == "综合管理部"
    assert "origin" not in art.meta


@pytest.mark.parametrize(
    "lines",
    [
        ["一号楼 东侧", "二号楼 西侧"],  # the second word of each line no field's label
        ["2020-05-06 发布日期", "尊敬的客户："],  # one line alone
        ["2020-05-06 发布日期", "发布部门 发布部门"],  # a label as the value
        ["据悉，2020-05-06 发布日期", "综合管理部 发布部门"],  # a clause, no value
    ],
)
def test_lines_that_are_no_list_of_values_read_nothing(lines: list[str]) -> None:
    assert trailing_labels(lines, keep_table().split.meta.field_of) == []


def test_one_dated_line_alone_stays_text() -> None:
    lines = ["取号须知", "2020-05-06 发布日期", *BODY]
    (art,) = split(lines)
    assert "origin" not in art.meta


@pytest.mark.parametrize(
    ("desk", "signer", "under"),
    [
        ("综合管理部", "某某县农村信用合作联社", True),
        ("档案室", "某某市交通运输局", True),
        ("医务部", "医务部", False),
        ("某某市人民政府", "某某市水务局", False),  # a body, no desk
        ("综合管理部", "后勤保障部", False),  # two desks: no organisation signs
    ],
)
def test_desk_under(desk: str, signer: str, under: bool) -> None:
    assert desk_under(desk, signer) is under


# ---- floors


def test_the_families_fixed_here_meet_their_floor() -> None:
    for name in ("sealed_s_jiage", "sealed_t_kaiting"):
        f = family_figures(name)
        assert f["repairs"] >= 0.95, (name, f)
        assert f["content_f1"] >= 0.95, (name, f)
    f = family_figures("sealed_zc_yinhang")
    assert f["metadata"] >= 0.95 and f["content_f1"] >= 0.93, f
