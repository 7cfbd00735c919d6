"""Golden tests for the repair stage: each case fires its rule and gives the expected
text; each negative must come out unchanged; every change inverts exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import ftfy
import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild, replay
from cleaner.stages.repair import FTFY_CONFIG, RepairConfig, RepairStage, placeholder_runs
from tests.conftest import golden_cases

STAGE = RepairStage()


def repaired(text: str, stage: RepairStage = STAGE) -> Editor:
    ed = Editor("p", text)
    stage(ed)
    assert rebuild(ed.text, ed.changes) == text
    assert replay(text, ed.changes) == ed.text
    return ed


@pytest.mark.parametrize("case", golden_cases("repair/cases.jsonl"))
def test_repair_case(case: dict[str, Any]) -> None:
    ed = repaired(case["input"])
    assert ed.text == case["expected"]
    assert any(c.rule.startswith(case["rule"]) for c in ed.changes), [c.rule for c in ed.changes]


@pytest.mark.parametrize("case", golden_cases("repair/negative.jsonl"))
def test_must_not_change(case: dict[str, Any]) -> None:
    ed = repaired(case["input"])
    assert ed.text == case["input"], [(c.rule, c.before, c.after) for c in ed.changes]


def test_ftfy_plan_replays() -> None:
    """The recorded ftfy plan reproduces the fix (ftfy's apply_plan check)."""
    ed = repaired("Ã©tÃ© Ã  Paris")
    enc = [c for c in ed.changes if c.rule.startswith("repair.encoding")]
    assert enc
    for c in enc:
        assert ftfy.apply_plan(c.before, json.loads(c.ref or "[]")) == c.after


def test_ftfy_keeps_cjk_width_and_quotes() -> None:
    text = "“通知”：ＡＢＣ，全角。"
    assert ftfy.fix_text(text, config=FTFY_CONFIG) == text


def test_placeholder_runs_grouping() -> None:
    text = "截至×月××日，投资×××××万元，XX县，X光检查"
    runs = [text[a:b] for a, b in placeholder_runs(text)]
    assert runs == ["×", "××", "×××××", "XX"]


def test_mask_policy_replaces_each_run() -> None:
    stage = RepairStage(replace(RepairConfig(), placeholder_policy="mask", mask_token="〼"))
    ed = repaired("投资×××万元，×月×日召开", stage)
    assert ed.text == "投资〼万元，〼月〼日召开"


def test_cjk_punct_can_be_switched_off() -> None:
    stage = RepairStage(replace(RepairConfig(), cjk_punct=False))
    assert repaired("各乡镇,各部门", stage).text == "各乡镇,各部门"


def test_cjk_punct_on_the_chinese_lines_of_a_bilingual_page() -> None:
    """A page mostly in English (under 30% Han) still has the ASCII comma of its Chinese
    paragraphs made full-width; its English lines, a number's thousands and a Chinese
    name inside an English sentence keep theirs."""
    english = (
        "We moved the archive twice before it settled, and each move taught us something "
        "about the boxes we had packed in a hurry years before.\n"
    )
    text = (
        english * 3
        + "Our office moved from 杭州,苏州 and Ningbo, about 1,200 boxes in all.\n"
        + "搬家那年我们才发现,旧箱子里的东西比想象的多，每一箱都要重新登记，前后花了两周。\n"
        + english
    )
    ed = repaired(text)
    assert "我们才发现，旧箱子" in ed.text
    assert "from 杭州,苏州 and Ningbo, about 1,200 boxes" in ed.text
    assert ed.text.count("hurry years") == 4
    assert sum(c.rule == "repair.cjk_punct" for c in ed.changes) == 1


def test_lone_question_mark_is_kept_and_flagged() -> None:
    """A lone '?' between Han characters without a question word may be a question
    ('你去北京?我不去'): not deleted, but flagged; with a question word, not flagged."""
    ed = repaired("你去北京?我不去。\n你去吗?我去。")
    assert ed.text == "你去北京？我不去。\n你去吗？我去。"  # kept (made full-width)
    flags = [c for c in ed.changes if c.rule == "repair.stray_question.unsure"]
    assert [(c.action, c.start, c.before) for c in flags] == [("flag", 4, "?")]
    assert not any(
        c.rule.startswith("repair.stray_question.") and c.action != "flag" for c in ed.changes
    )


def test_generated_repair_cases_have_exact_truth() -> None:
    """The generator's cases are deterministic and every kind and half is present; each
    damaged page differs from its repaired lines (the artifact is really there)."""
    from tests.families.repair_cases import HALF, KINDS, generate

    a, b = generate(2), generate(2)
    assert [(c.id, c.text) for c in a] == [(c.id, c.text) for c in b]
    assert {c.kind for c in a} == set(KINDS)
    assert {c.half for c in a} == set(HALF.values())
    for c in a:
        for line in c.fixed:
            assert line not in c.text.split("\n"), c.id
        for line in c.keep:
            assert line in c.text.split("\n"), c.id
