"""Golden tests for the boilerplate rule packs: each chrome line is dropped by the named
rule, and each line of real content that merely mentions a trigger word is kept."""

from __future__ import annotations

from typing import Any

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.rules import load_packs
from cleaner.stages import boilerplate_match
from cleaner.stages.boilerplate import BoilerplateStage
from tests.conftest import golden_cases

STAGE = BoilerplateStage(load_packs())

BEFORE = "第一段正文，介绍工作的背景和总体要求，内容较长。"
AFTER = "最后一段正文，提出下一步工作打算和具体要求。"


def page_for(case: dict[str, Any]) -> str:
    head = ""
    if case["site"] == "xiexiebang":
        head = "某某工作方案范文\n\n时间:2020-01-01 10:00:00下载本文作者:会员上传\n\n"
    return f"{head}{BEFORE}\n\n{case['line']}\n\n{AFTER}\n"


@pytest.mark.parametrize("case", golden_cases("boilerplate/lines.jsonl"))
def test_line_rule(case: dict[str, Any]) -> None:
    text = page_for(case)
    ed = Editor("p", text)
    STAGE(ed)
    removed = {c.before.strip(): c.rule for c in ed.changes}
    if case["decision"] == "drop":
        assert case["line"] not in ed.text
        hits = [r for b, r in removed.items() if case["line"] in b]
        assert hits and hits[0] == case["rule"]
    else:
        assert case["line"] in ed.text, f"real content removed by {removed}"
    assert BEFORE in ed.text
    assert rebuild(ed.text, ed.changes) == text


def test_site_pack_needs_its_signature() -> None:
    """Without the family's signature lines, the site pack (and its page-title rule) is off."""
    text = f"某某工作方案范文\n{BEFORE}\n本内容来源于政府官方网站,如需引用,请以正式文件为准。\n"
    ed = Editor("p", text)
    STAGE(ed)
    assert ed.text == text


def test_generic_list_stops_at_content() -> None:
    text = (
        f"{BEFORE}\n相关阅读\n关于做好春耕工作的通知\n夏季防汛工作方案\n"
        "这一段是正文，不能删除，因为它是句子。\n"
    )
    ed = Editor("p", text)
    STAGE(ed)
    assert "夏季防汛工作方案" not in ed.text
    assert "这一段是正文，不能删除，因为它是句子。" in ed.text


def test_the_rule_of_a_line_is_remembered_within_a_bound_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which rule takes a line depends on the line alone, so the stage remembers it (a
    site's chrome recurs on its pages); the memory is bounded, and a page is cleaned the
    same whether its lines were seen before or not."""
    pages = [page_for(p.values[0]) for p in golden_cases("boilerplate/lines.jsonl")]

    def clean(stage: BoilerplateStage) -> list[tuple[str, list[Any]]]:
        out = []
        for text in pages:
            ed = Editor("p", text)
            stage(ed)
            out.append((ed.text, ed.ledger))
        return out

    monkeypatch.setattr(boilerplate_match, "TAKEN_LINES", 0)  # forgotten before every page
    forgetful = BoilerplateStage(load_packs())
    expected = clean(forgetful)
    monkeypatch.setattr(boilerplate_match, "TAKEN_LINES", 10_000)
    stage = BoilerplateStage(load_packs())
    assert clean(stage) == expected
    remembered = sum(map(len, stage.matcher._taken.values()))
    assert remembered > 0
    assert clean(stage) == expected  # now every line is remembered
    assert sum(map(len, stage.matcher._taken.values())) == remembered
    assert any(name is not None for t in stage.matcher._taken.values() for name in t.values())
    # the bound: between pages a pack remembers TAKEN_LINES lines at most
    monkeypatch.setattr(boilerplate_match, "TAKEN_LINES", 1)
    assert clean(stage) == expected
    assert all(len(t) <= 1 for t in stage.matcher._taken.values())
