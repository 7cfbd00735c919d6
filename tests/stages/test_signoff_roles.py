"""A sign-off row closing a piece that names persons under two roles or more is read by
each role's class (split_foot.signed_cells): the one who did the work (a handler's label
over a person's name, ``经办``; a writer's ``执笔``; a reporter's ``撰稿``; a case officer's
``主审员``) is the author, a checker (``复核``, ``审稿``, ``参审员``) gives nothing, and a
handler's label over a body's name gives the origin.  Look-alikes stay text: roles with no
checker (a cast list), checkers alone, a body handling the case beside a checker, a row
with a cell that is no person's credit, and the same row read not as a piece's closing.

Every name, page and word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.split_foot import foot_credit, foot_words, signed_cells
from cleaner.stages.split_meta import MetaParser

PARSER = MetaParser()
FIELD_OF = PARSER.field_of


def _closing(row: str) -> dict[str, str] | None:
    """The fields the row gives closing a piece with no byline above (its writer's
    credit fills the author, as the piece's end does)."""
    got = foot_credit(row, FIELD_OF, closing=True, writer=True)
    if got is None:
        return None
    fields, writer = got
    return {**fields, "author": writer} if writer and "author" not in fields else fields


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        # a clerk who handled the notice and the one who checked it, then the day
        (
            "经办：米春燕　复核：贺立群　　2019年4月12日",
            {"author": "米春燕", "published": "2019-04-12"},
        ),
        # the checker first: the order of the roles does not matter
        ("复核：贺立群　经办：米春燕", {"author": "米春燕"}),
        # a writer's and a reviewer's credit
        ("执笔：谷雨晴　审核：柏志远", {"author": "谷雨晴"}),
        # a reporter's word in brackets (bare, test_party_labels pins it no writer's row)
        ("（撰稿：谷雨晴　审稿：柏志远）", {"author": "谷雨晴"}),
        # a panel's row: its label over spaced roles, the case officer the author
        ("审查组：组长 阮文涛　主审员 温可馨　参审员 卜建军", {"author": "温可馨"}),
        # the handler's sign-off in brackets
        ("（经办：米春燕　复核：贺立群）", {"author": "米春燕"}),
    ],
)
def test_the_doer_of_a_sign_off_is_the_author_a_checker_nothing(
    row: str, fields: dict[str, str]
) -> None:
    assert _closing(row) == fields


def test_a_handler_over_a_body_is_the_origin_over_a_person_the_author() -> None:
    assert _closing("（经办：青溪街道办事处　2019年4月12日）") == {
        "origin": "青溪街道办事处",
        "published": "2019-04-12",
    }
    assert PARSER.fields([("经办", "米春燕")]) == {"author": "米春燕"}
    assert PARSER.fields([("经办", "青溪街道办事处")]) == {"origin": "青溪街道办事处"}
    assert PARSER.fields([("经办", "档案管理科")]) == {"origin": "档案管理科"}


@pytest.mark.parametrize(
    "row",
    [
        "主演：米春燕　导演：贺立群",  # roles, no checker: a cast list
        "审核：米春燕　复核：贺立群　2019年4月12日",  # checkers alone, no doer
        "经办：青溪街道办事处　复核：贺立群",  # a body handled it: no person's sign-off
        "经办：米春燕　复核：贺立群　备注：另行通知",  # a cell that credits no one
        "经办：米春燕　经办：贺立群　复核：柏志远",  # two doers: whose piece is unclear
        "经办：米春燕",  # one role alone
    ],
)
def test_rows_that_are_no_sign_off_are_not_read_as_one(row: str) -> None:
    assert signed_cells(row, FIELD_OF, foot_words()) is None
    assert "author" not in (_closing(row) or {})


def test_a_bare_sign_off_is_read_only_as_the_row_closing_a_piece() -> None:
    row = "经办：米春燕　复核：贺立群　　2019年4月12日"
    assert foot_credit(row, FIELD_OF) is None  # the splitters' test of a row's shape


def test_an_inspector_beside_a_time_stays_no_author() -> None:
    # (test_split_closing_slots: an inspector is no writer; no checker beside him here)
    assert "author" not in (_closing("〔督查员：刘建国　暗访时段：早高峰〕") or {})


_NOTICE = [
    "关于{0}等3人档案转出的告知",
    "经审核，档案材料齐全，本中心已于{1}将下列人员的档案寄往新的接收单位，现告知如下。",
    "{0}　　转往：青溪区人才服务中心　　编号：QX20190{2}",
    "请相关人员在档案寄出后主动与接收单位联系，核实档案是否送达。",
    "咨询电话：0731-8800××××",
]


def _run(lines: list[str]) -> PageResult:
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def test_a_compilations_sign_offs_give_each_notice_its_clerk_and_day() -> None:
    signs = [
        ("柏*然", "4月3日", "米春燕", "贺立群", 3),
        ("谷*轩", "4月9日", "贺立群", "柏志远", 9),
        ("阮*琪", "4月17日", "柏志远", "米春燕", 17),
    ]
    lines = ["青溪人才服务中心　档案转递公告汇总", ""]
    for who, day, clerk, checker, d in signs:
        lines += ["〖档案转出〗　寄送方式：机要通信"]
        lines += [x.format(who, day, d) for x in _NOTICE]
        lines += [f"经办：{clerk}　复核：{checker}　　2019年4月{d}日", ""]
    res = _run(lines)
    assert len(res.articles) == 3
    assert [a.meta.get("author") for a in res.articles] == ["米春燕", "贺立群", "柏志远"]
    assert [a.meta.get("published") for a in res.articles] == [
        "2019-04-03",
        "2019-04-09",
        "2019-04-17",
    ]
    text = "\n".join(a.text for a in res.articles)
    assert "复核" not in text  # the sign-offs left the text …
    gone = "".join(c.before or "" for c in res.changes)
    assert gone.count("复核：") == 3  # … recorded, so the page can be rebuilt
    assert "咨询电话：0731-8800××××" in text  # the line above each sign-off stays


def test_a_decisions_panel_row_gives_its_case_officer_and_the_party_row_stays() -> None:
    lines = [
        "“一种可折叠的晾衣架”实用新型专利权无效宣告请求审查决定",
        "",
        "【决定要点】",
        "判断日用器具领域的技术方案是否显而易见，应当从整体上考虑区别技术特征所起的作用。",
        "【审查结论】",
        "维持本专利权有效。",
        "",
        "请求人：卜建军　｜　专利权人：青溪家居用品有限公司　｜　专利号：ZL201820000001.2",
        "合议组：组长 阮文涛　主审员 温可馨　参审员 卜志强",
    ]
    res = _run(lines)
    assert len(res.articles) == 1
    art = res.articles[0]
    assert art.meta.get("author") == "温可馨"
    assert "主审员" not in art.text
    # the parties' row is no credit: kept (it may be the text's own line)
    assert "专利权人：青溪家居用品有限公司" in art.text
    assert "维持本专利权有效。" in art.text
