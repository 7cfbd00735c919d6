"""A document whose head rows are its own fields (date, venue, chair…) over numbered
items, each under a row of one label, is ONE document with sections (split_doc_head).

The class: minutes, a plan, a team meeting's notes; numbering ``（一）``, ``1.``, ``一.``;
labels of any wording, with or without a space inside (``时 间``) and with a row the
metadata reader reads among them (``主持人``).  Look-alikes: a compilation with no head
rows, one whose head rows are page metadata (source, date), one head row alone.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_doc_head import field_head

A = "财务科通报了上半年各项支出情况，会议同意将剩余的设备经费调整用于机房改造，由财务科按规定办理。"
B = "会议听取了后勤组关于食堂改造方案的汇报，要求在暑假期间完成厨房设备更换并做好验收工作。"
C = "会议讨论了新学期的排课原则，同意由教务处牵头制定方案，并在开学前两周向全体教师公布。"


def _items(mark: tuple[str, str, str], label: str) -> list[str]:
    return [
        f"{mark[0]}{label}：经费", "机房改造经费调整", A, "",
        f"{mark[1]}{label}：后勤", "食堂改造方案", B, "",
        f"{mark[2]}{label}：教学", "新学期排课", C,
    ]  # fmt: skip


def _run(lines: list[str]) -> tuple[int, list[str], str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    dropped = "".join(c.before for c in ed.changes if c.action == "delete")
    return len(drafts), [c.rule for c in ed.changes], dropped


@pytest.mark.parametrize(
    "page",
    [
        [
            "某中学校务会议记录", "", "日期：2022年6月30日下午", "会场：行政楼二楼会议室",
            "召集人：王校长", "出席：全体校务委员", "",
            *_items(("（一）", "（二）", "（三）"), "事项"),
        ],
        [
            "社区春季活动安排", "", "承办方：阳光社区居委会", "活动周期：3月至5月", "",
            *_items(("1. ", "2. ", "3. "), "板块"),
        ],
        [
            "项目组周例会", "", "会议时间：4月12日 10:00", "会议地点：线上", "主持人：赵工", "",
            *_items(("一. ", "二. ", "三. "), "主题"),
        ],
    ],
)  # fmt: skip
def test_a_head_of_own_fields_over_numbered_items_is_one_document(page: list[str]) -> None:
    n, rules, dropped = _run(page)
    assert n == 1 and "split.page_prefix" not in rules
    assert page[2] not in dropped and page[3] not in dropped


def test_a_compilation_without_a_head_still_splits() -> None:
    n, _, _ = _run(["某地政务信息汇编", "", *_items(("（一）", "（二）", "（三）"), "栏目")])
    assert n == 3


def test_a_compilation_under_page_metadata_still_splits() -> None:
    head = ["某地政务信息汇编", "", "来源：某某市政府办公室", "发布日期：2022-07-01", ""]
    n, _, _ = _run([*head, *_items(("（一）", "（二）", "（三）"), "栏目")])
    assert n == 3


def test_one_head_row_alone_is_no_document_head() -> None:
    page = ["某会议", "", "会场：线上", "", "一、议程：甲", "正文"]
    assert not field_head(page, 4, lambda s: None)
    assert field_head(["某会议", "会场：线上", "召集人：甲", "", "一、议程：甲"], 4, lambda s: None)
    assert not field_head(["某会议", "会场：线上", "召集人：甲", "", "议程：甲"], 4, lambda s: None)
