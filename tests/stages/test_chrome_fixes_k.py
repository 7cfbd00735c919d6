"""Chrome and content fixes for the tenth blind set (sealed_k_*; issue 12, fix12w), each
kind as a small case in wordings of its own, with look-alikes that must stay:

* lines a document library repeats on every page because every document has them are
  the documents' own (multi-level section heads ``2.1 名称``, step heads ``阶段一：名称``,
  the form formula ``（以下无正文）``, blank signature fields ``买方（盖章）：``): never
  learned as site chrome;
* a crumb trail opened by a home link named after the site (``某馆首页 → 类 → 条目``);
* a notice at the foot opened by an ornament that speaks of downloads or rights.

(The page word ``页码`` naming a page mark is tested in ``test_page_marks.py``.)
Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.foot_lines import FOOT_NOTICE
from cleaner.stages.site_judge import KeepTable
from tests.stages.stage_runs import boil, plain_stage, repair, site_stage

P1 = "春耕前各组要检修农机具，备足种子和化肥，确保按时下田，不误农时。"
P2 = "灌区管理站要提前疏通渠道，核定各片用水计划，做到轮灌有序、不争不抢。"
P3 = "各村要组织技术员下田指导，发现病虫害苗头及时上报，统一防治。"


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("2.1 工作原则", "section_heading"),
        ("3.2.1组织分工", "section_heading"),
        ("阶段一：整地备耕", "section_heading"),
        ("（以下无正文）", "text_note"),
        ("（本页无正文）", "text_note"),
        ("买方（盖章）：　　　　卖方（盖章）：", "signature_field"),
        ("委托人签字：", "signature_field"),
    ],
)
def test_lines_every_document_of_a_library_holds_are_kept(line: str, why: str) -> None:
    assert KeepTable().reason(line) == why


@pytest.mark.parametrize(
    "line",
    [
        "2.5万人已下载本资料",  # a quantity, no gap after the number
        "（以下为本馆推荐资料）",  # the site's label of its list
        "阶段一：本站资料均来自网络，仅供参考；如有侵权请联系删除。",  # a sentence, not a head
        "扫码领取积分",
    ],
)
def test_look_alikes_stay_learnable(line: str) -> None:
    assert KeepTable().reason(line) is None


def _page(n: int) -> list[str]:
    return [
        f"春耕方案第{n}号",
        "2.1 工作原则",
        P1,
        "阶段一：整地备耕",
        P2,
        "（以下无正文）",
        "买方（盖章）：　　　　卖方（盖章）：",
        "农资资料馆 版权所有",
    ]


def test_heads_and_form_lines_repeated_on_every_page_stay() -> None:
    stage = site_stage([_page(n) for n in range(6)])
    out = boil(_page(9), stage, site="s")
    for line in _page(9)[1:-1]:
        assert line in out, line


def test_a_crumb_trail_opened_by_a_named_home_link_goes() -> None:
    trail = "农资馆首页 → 种植类 → 春耕"
    out = boil(["春耕方案", trail, P1, P2])
    assert trail not in out and P1 in out


def test_a_home_link_inside_the_text_stays() -> None:
    step = "手机首页 → 设置"  # below the first prose line: a step of an instruction
    out = boil(["春耕方案", P1, step, P2])
    assert step in out


NOTE = "◆ 本方案提供Word版下载，每次扣除3积分，签到可领取积分。"
FOOT = ["相关方案", "▷ 夏收方案", "▷ 秋种方案", "版权所有 © 2022 农资资料馆"]


def _changes(lines: list[str]) -> set[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return {c.rule for c in ed.changes}


def test_an_ornamented_download_notice_at_the_foot_goes() -> None:
    assert FOOT_NOTICE in _changes(["春耕方案", P1, P2, P3, NOTE, *FOOT])


@pytest.mark.parametrize(
    "lines",
    [
        [NOTE, P3, *FOOT],  # text below it
        ["◆ 各组按时上报进度，不得拖延。", *FOOT],  # no download or rights cue
        [NOTE.removeprefix("◆ "), *FOOT],  # no ornament: a sentence of the text
    ],
)
def test_other_last_lines_stay(lines: list[str]) -> None:
    assert FOOT_NOTICE not in _changes(["春耕方案", P1, P2, *lines])


# ---- a space inside a word of a sentence, beside a word the date label or a bracket


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "站里全年 完成检修任务四十余次，较上年增加一成，未发生安全事故，群众满意。",
            "站里全年完成检修任务四十余次，较上年增加一成，未发生安全事故，群众满意。",
        ),
        (
            "入汛以后，各片区（村组）落 实巡堤人员，做到昼夜值守，"
            "遇到险情及时上报，确保堤防安全度汛。",
            "入汛以后，各片区（村组）落实巡堤人员，做到昼夜值守，"
            "遇到险情及时上报，确保堤防安全度汛。",
        ),
    ],
)
def test_a_space_after_a_date_word_or_a_bracketed_word_is_deleted(damaged: str, fixed: str) -> None:
    assert repair(damaged) == fixed


@pytest.mark.parametrize(
    "line",
    [
        "2019年3月8日 县政府常务会议通过",  # a date labels what follows
        "二〇二一年 春耕工作安排",
        "据《农事月令》作者 考证，此法流传已久，至今仍在各地沿用，效果良好。",  # a phrase
    ],
)
def test_a_space_after_a_date_or_a_bracketed_phrase_stays(line: str) -> None:
    assert repair(line) == line
