"""The line model judges only the lines near chrome evidence (cleaner/stages/line_model.py).

``decide`` computes features and scores for the lines within reach of a line with
evidence or a claimed line (and what those read); judging every line must give the same
decisions, on every family page and the golden pages, with and without claimed lines and
with thresholds low enough that many lines are decided.  The features computed one line
at a time are the rows training reads, and the scores are the same bit for bit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.stages.boilerplate_config import BoilerplateConfig
from cleaner.stages.keep import keep_table
from cleaner.stages.line_features import (
    _DOMAIN,
    _EMAIL,
    _FILE,
    _PAGE_NO,
    _URL,
    LONG_PROSE,
    PageLines,
    _any_word,
    _clip,
    is_prose,
    names,
    page_features,
    vocabulary,
)
from cleaner.stages.line_model import EVIDENCE, decide
from cleaner.stages.line_scores import PageScores, load_model
from cleaner.stages.profile_counter import decode_raw

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = ROOT / "tests" / "families"
GOLDEN = ROOT / "tests" / "golden" / "boilerplate" / "line_model.jsonl"


def _pages() -> list[list[str]]:
    """Stripped lines of every family page and golden page."""
    folders = sorted(p / "pages" for p in FAMILIES.iterdir() if (p / "pages").is_dir())
    texts = [decode_raw(raw) or "" for raw in read_inputs(folders)]
    texts += ["\n".join(json.loads(x)["lines"]) for x in GOLDEN.read_text("utf-8").splitlines()]
    return [[ln.strip() for ln in t.split("\n")] for t in texts if t]


PAGES = _pages()
LOW = BoilerplateConfig(line_model_delete=0.5, line_model_flag=0.3, line_model_body=0.7)


def test_the_pages_exercise_the_model() -> None:
    """Many pages and decisions of both kinds (else the comparisons below prove little)."""
    assert len(PAGES) >= 100
    got = [d.action for p in PAGES for d in decide(p, set(), keep_table(), BoilerplateConfig())]
    assert got.count("delete") >= 100
    assert got.count("flag") >= 5


@pytest.mark.parametrize("config", [BoilerplateConfig(), LOW], ids=["default", "low"])
@pytest.mark.parametrize("claim", [0, 5], ids=["none_claimed", "every_5th_claimed"])
def test_pruned_decisions_are_those_of_judging_every_line(
    config: BoilerplateConfig, claim: int
) -> None:
    keep = keep_table()
    decided = 0
    for stripped in PAGES:
        claimed = {i for i, s in enumerate(stripped) if s and claim and i % claim == 0}
        got = decide(stripped, claimed, keep, config)
        assert got == decide(stripped, claimed, keep, config, prune=False)
        decided += len(got)
    assert decided > 0


def test_lines_without_evidence_have_no_evidence_columns() -> None:
    """``maybe_evidence`` false: the row's address, file, page-number and vocabulary
    columns are all 0 (what pruning relies on)."""
    cols = names()
    watched = [cols.index(c) for c in EVIDENCE]
    watched += [cols.index(f"vocab_{n}") for n, _ in vocabulary()]
    seen = {True: 0, False: 0}
    for stripped in PAGES:
        lines = PageLines(stripped)
        for k in range(len(lines.idx)):
            row = lines.row(k)
            maybe = lines.maybe_evidence(k)
            seen[maybe] += 1
            if row is not None and not maybe:
                assert not any(row[c] for c in watched), lines.text(k)
            if row is not None:  # the vocabulary hits neighbours read
                assert (lines.hits(k) > 0) == any(row[c] for c in watched[len(EVIDENCE) :])
    assert seen[True] > 0 and seen[False] > 0


def test_line_by_line_scores_are_the_page_scores() -> None:
    model = load_model()
    for stripped in PAGES[::3]:
        idx, rows = page_features(stripped)
        full = model.scores(rows)
        lazy = PageScores(model, PageLines(stripped))
        for k in reversed(range(len(idx))):  # any order: each score depends on its row only
            assert lazy[k] == full[k]


def _evidence_line_by_line(s: str) -> bool:
    """``maybe_evidence`` as one search per line (what :class:`PageLines` finds page-wide)."""
    if is_prose(s) and len(s) >= LONG_PROSE:
        return False
    c = _clip(s)
    return bool(
        _any_word().search(c.lower())
        or _FILE.search(c)
        or _PAGE_NO.match(c)
        or (("." in c or ":" in c) and (_URL.search(c) or _EMAIL.search(c) or _DOMAIN.search(c)))
    )


TRICKY = [
    "下",  # a word split over two lines is no word
    "载",
    "İstanbul 会员 İ",  # lower-cases longer: the page's offsets move
    "第 3 页",
    "- 2 -",
    "1/5",
    "相关文档（共3页）",
    "关于做好防汛工作的通知.docx",
    "联系 a.b-c@example.org 或 www.example.cn",
    "正文" * 60 + "下载" + "正文" * 10,  # a word clipped out of a long line's middle
    "正文" * 60 + "扫码关注",  # … and one kept at its end
    "这是一个很长的句子，里面没有任何提示词，只是普通的正文内容而已，真的只是正文内容而已，下载。",
    "2 of 9",
    "(12页)",
]


@pytest.mark.parametrize("rotate", range(0, len(TRICKY), 3))
def test_page_wide_evidence_is_line_by_line_evidence(rotate: int) -> None:
    """One search of the page's text per pattern finds the lines one search per line does."""
    pages = [TRICKY[rotate:] + TRICKY[:rotate], *PAGES[::4], [], ["İ" * 3]]
    found = 0
    for stripped in pages:
        lines = PageLines(stripped)
        for k in range(len(lines.idx)):
            want = _evidence_line_by_line(lines.text(k))
            assert lines.maybe_evidence(k) == want, lines.text(k)
            found += want
    assert found > 20
