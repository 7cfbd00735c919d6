"""Fixes for the compilation set zc's bulletin archive left unsplit (fixzc): a block of
header lines (a masthead framed by rules, or rows of facts) repeated in one shape over
each plain title line declares the pieces; each masthead's facts (date, number, the body
it credits as its maker) are its piece's; a running head (a name, a wide gap, a page
number) cuts a sentence and is a page mark.  Look-alikes stay: one masthead over one
document, a rule-framed box of sentences inside one article, a masthead whose shape
differs from piece to piece.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.split_masthead import credited_body, masthead_blocks, rule_line
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

P1 = "本周北部山区气温回升较快，积雪开始融化，各观测点的读数比上周普遍偏高，变化平稳。"
P2 = "请各观测点继续按规定时次记录数据，发现异常情况及时报告，不得迟报漏报。"
RULE = "━━━━━━━━━━━━━━━━"


def _read(s: str) -> dict[str, str] | None:
    return keep_table().split.meta.shaped_row(s, near_title=True)


def _masthead(n: int, day: int, signer: str) -> list[str]:
    return [
        RULE,
        f"第{n}号　　　　　　2020年4月{day}日",
        f"青禾市气象观测中心编　　审核：{signer}",
        RULE,
    ]


def _page(titles: list[str]) -> list[str]:
    out = ["观测周报汇编（2020年4月）", "本页收录周报若干期", ""]
    for k, t in enumerate(titles):
        out += [*_masthead(12 + k, 3 + 7 * k, "甲乙"), t, P1, P2, ""]
    return out


def test_repeated_mastheads_split_the_compilation_and_give_each_piece_its_facts() -> None:
    arts = split(_page(["北部山区融雪观测", "南部平原墒情观测", "河谷风速观测"]))
    assert [a.title for a in arts] == ["北部山区融雪观测", "南部平原墒情观测", "河谷风速观测"]
    assert [a.meta.get("published") for a in arts] == ["2020-04-03", "2020-04-10", "2020-04-17"]
    assert {a.meta.get("issuer") for a in arts} == {"青禾市气象观测中心"}
    for a in arts:  # the masthead is no text of any piece; the prose is all kept
        assert "审核" not in a.text and "第1" not in a.text.split("\n")[0]
        assert P1 in a.text and P2 in a.text


def test_mastheads_without_rules_after_boilerplate_still_declare_the_pieces() -> None:
    page = [s for s in _page(["甲站观测", "乙站观测"]) if s != RULE and s]
    assert sorted(masthead_blocks(page, _read)) == [4, 9]


def test_one_masthead_over_one_document_is_not_split() -> None:
    page = _page(["北部山区融雪观测"])
    arts = split(page)
    assert len(arts) == 1
    assert P1 in arts[0].text
    assert masthead_blocks(page, _read) == {}


def test_a_rule_framed_box_of_sentences_in_one_article_stays() -> None:
    page = [
        "春耕准备工作说明",
        P1,
        RULE,
        "提示：本地区四月上旬仍可能出现倒春寒，育苗棚夜间要注意保温。",
        "提示：播种前请检查种子发芽率，发芽率偏低的种子不要使用。",
        RULE,
        "播种安排",
        P2,
        RULE,
        "提示：本地区四月下旬多雷雨，注意田间排水，防止积水烂根。",
        "提示：雷雨天气不要在空旷田地停留，注意人身安全。",
        RULE,
        "田间管理",
        P1,
    ]
    assert masthead_blocks(page, _read) == {}
    assert len(split(page)) == 1


def test_mastheads_of_different_shapes_declare_nothing() -> None:
    page = _page(["甲站观测", "乙站观测"])
    k = page.index("乙站观测")
    page[k - 2] = "青禾市气象观测中心编"  # the second masthead lost its signer's cell
    assert masthead_blocks(page, _read) == {}


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("甲省河道管理局编　　签发：乙", "甲省河道管理局"),
        ("某县文化馆编印", "某县文化馆"),
        ("主编　　责编：丙", None),  # a role, no body
        ("他说这是大家一起编", None),
    ],
)
def test_the_body_a_masthead_row_credits(row: str, want: str | None) -> None:
    assert credited_body(row) == want


def test_rule_line() -> None:
    assert rule_line(RULE) and rule_line("==========")
    assert not rule_line("== 附注 ==") and not rule_line("——")


def test_a_running_head_with_a_page_number_joins_the_sentence_it_cuts() -> None:
    text = (
        "今年的观测点比去年多了三个，分布在北部山\n\n青禾气象·观测周报汇编　　2\n\n"
        "区和河谷两侧，读数每天上报两次。\n"
    )
    out = repair(text)
    assert "北部山区和河谷两侧" in out
    assert "汇编" not in out


def test_a_label_and_number_row_between_whole_sentences_stays() -> None:
    text = "本月共检查观测点十处。\n\n合格观测点　　2\n\n其余观测点限期整改。\n"
    assert "合格观测点　　2" in repair(text)


def test_the_bulletin_family_meets_its_floor() -> None:
    f = family_figures("sealed_zc_shuiqing")
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.02, f
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95, f
    assert f["repairs"] >= 0.90 and f["metadata"] >= 0.90, f
