"""The chrome line model (cleaner/stages/line_model.py) inside the boilerplate stage.

Golden pages (``tests/golden/boilerplate/line_model.jsonl``, invented): which lines the
model deletes, which it flags and keeps, and that prose stays.  Then the safeguards (the
loss budget, prose in the body, the config switch), provenance, and that the shipped
weights are exactly what ``benchmarks/train_line_model.py`` trains.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.edits import Editor
from cleaner.model import Change
from cleaner.provenance import rebuild
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.boilerplate_config import (
    LINE_MODEL,
    LINE_MODEL_UNSURE,
    LOSS_BUDGET,
    BoilerplateConfig,
)
from cleaner.stages.line_features import page_features
from cleaner.stages.line_scores import WEIGHTS, load_model
from cleaner.stages.numbered_runs import counter_run
from cleaner.stages.split_tags import serial_run

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "boilerplate" / "line_model.jsonl"
CASES = [json.loads(x) for x in GOLDEN.read_text(encoding="utf-8").splitlines() if x]


def run(lines: list[str], config: BoilerplateConfig | None = None) -> tuple[str, Editor]:
    text = "\n".join(lines) + "\n"
    ed = Editor("p", text)
    BoilerplateStage([], config=config)(ed)
    return text, ed


def spans(text: str, changes: list[Change], action: str) -> list[str]:
    return [text[c.start : c.end].strip() for c in changes if c.action == action]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden_pages(case: dict[str, Any]) -> None:
    text, ed = run(case["lines"])
    assert spans(text, ed.changes, "delete") == case["delete"]
    assert spans(text, ed.changes, "flag") == case["flag"]
    cfg = BoilerplateConfig()
    for c in ed.changes:
        assert c.rule == (LINE_MODEL if c.action == "delete" else LINE_MODEL_UNSURE)
        assert c.score is not None
        if c.action == "delete":
            assert 100 * cfg.line_model_delete <= c.score <= 100
        else:
            assert 100 * cfg.line_model_flag <= c.score < 100
    # every line not deleted is in the output, flagged ones included
    kept = [ln for ln in case["lines"] if ln.strip() and ln.strip() not in case["delete"]]
    assert [ln for ln in ed.text.split("\n") if ln.strip()] == kept
    assert rebuild(ed.text, ed.changes) == text


def test_golden_cases_show_each_decision() -> None:
    """The golden file holds a deletion, an unsure flag and an untouched prose page."""
    assert any(c["delete"] for c in CASES)
    assert any(c["flag"] for c in CASES)
    assert any(not c["delete"] and not c["flag"] for c in CASES)


def test_prose_in_the_body_is_never_deleted_by_the_model() -> None:
    """A sentence between two prose lines stays even when the model scores it as chrome."""
    case = next(c for c in CASES if c["label"] == "recipe_share")
    lines = list(case["lines"])
    body = lines.index(next(ln for ln in lines if ln.startswith("冬瓜去皮")))
    chromey = "下载APP，分享收藏点赞评论，VIP会员免积分下载。"
    lines.insert(body + 1, chromey)
    stripped = [ln.strip() for ln in lines]
    idx, rows = page_features(stripped)
    score = load_model().scores(rows)[idx.index(body + 1)]
    assert score >= BoilerplateConfig().line_model_delete  # the model alone would delete it
    text, ed = run(lines)
    assert chromey in ed.text
    assert chromey not in spans(text, ed.changes, "delete")


def test_switch_off_leaves_the_page() -> None:
    case = next(c for c in CASES if c["delete"])
    text, ed = run(case["lines"], BoilerplateConfig(line_model=False))
    assert ed.text == text
    assert not [c for c in ed.changes if c.rule.startswith(LINE_MODEL)]


def test_loss_budget_covers_the_model() -> None:
    """On a short page the model's claims together exceed the budget: flagged, not applied."""
    case = next(c for c in CASES if c["label"] == "recipe_share")
    text, ed = run(case["lines"], BoilerplateConfig(max_loss_share=10.0))
    assert ed.text == text
    budget = [c for c in ed.changes if c.rule == LOSS_BUDGET]
    assert {c.ref for c in budget} == {LINE_MODEL}
    assert sorted(spans(text, budget, "flag")) == sorted(case["delete"])


def test_shipped_weights_match_the_model_code() -> None:
    model = load_model()
    assert len(model.weights) == len(model.names)
    assert len(model.context) == len(model.names) + 2


def test_shipped_weights_are_what_training_produces() -> None:
    """Training on the tune families is deterministic and reproduces the shipped file."""
    path = ROOT / "benchmarks" / "train_line_model.py"
    spec = importlib.util.spec_from_file_location("train_line_model", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pages = mod.featurise(mod.labelled_pages())
    model, n, acc = mod.fit(pages)
    assert n > 500 and acc > 0.95
    assert mod.model_json(model, n) == WEIGHTS.read_text(encoding="utf-8")


def test_text_extracted_from_html_is_left_to_the_extractor() -> None:
    """``kind="html"`` skips the model unless ``line_model_html`` is set (or, by
    default, ``line_model_html_edges``: see tests/stages/test_html_edges.py)."""
    case = next(c for c in CASES if c["delete"])
    text = "\n".join(case["lines"]) + "\n"
    ed = Editor("p", text)
    BoilerplateStage([], config=BoilerplateConfig(line_model_html_edges=False))(ed, kind="html")
    assert ed.text == text
    ed = Editor("p", text)
    BoilerplateStage([], config=BoilerplateConfig(line_model_html=True))(ed, kind="html")
    assert spans(text, ed.changes, "delete") == case["delete"]


def test_english_page_is_not_judged() -> None:
    """The model knows Chinese pages only: an English page with chrome-like lines stays."""
    lines = [
        "Local library extends its opening hours",
        "Home | News | Community",
        "Posted by editor 2024-05-06 09:12  Views 812",
        "The library will stay open until eight in the evening from next month.",
        "Cards can be issued at the front desk with a valid ID",
        "Share this article: Facebook | Twitter | Email",
    ]
    text, ed = run(lines)
    assert ed.text == text
    assert not ed.changes


def test_counter_run_reads_lines_with_a_digit_and_the_rows_under_a_signed_record() -> None:
    # counter_run gives its count and serial readers the lines holding a digit only:
    # every branch still finds its run among digit-free lines, and a signed record's
    # text (no digit) is still read from the rows under its count
    prose = "大家好，这里说明本周的安排，请按时参加。"
    counters = ["▌第1条／共2条", "甲事", prose, "", "▌第2条／共2条", "乙事", prose]
    assert counter_run(counters) == {0, 4}
    banners = ["■■ 某栏 · 01 ■■", "甲题", prose, "■■ 某栏 · 02 ■■", "乙题", prose]
    assert counter_run(banners) == {0, 3}
    # site_repeat reads marked heads only where counter_run found something: it holds
    # every banner they start from
    assert set(serial_run(banners)) <= counter_run(banners)
    assert serial_run(banners) and not serial_run(banners[3:])
    worded = ["=== entry 1/2 ===", "title: 甲事", prose, "=== entry 2/2 ===", "title: 乙事"]
    assert counter_run(worded) == {0, 3}
    signed = ["消息：1", "发件人：某甲 <a@x.example>", "主题：甲事", "正文。", "某甲", "--"]
    signed += ["消息：2", "发件人：某乙 <b@x.example>", "主题：乙事", "正文。", "某乙", "--"]
    assert counter_run(signed) == {0, 3, 4, 6, 9, 10}
    assert counter_run(["▌第一条／共二条", "甲事", "▌第二条／共二条", "乙事"]) == set()
