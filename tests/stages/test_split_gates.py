"""The split stage's speed gates and shared line readings must never change a result.

Each gate lets a recogniser stop early when a test of its own says nothing it could
still find would be kept (:func:`split_keyed.first_header_limit`).  These tests turn the
gates off (monkeypatched to "no limit") and compare: on generated pages built from the
line shapes the recognisers look for (titles, metadata rows, keyed headers, prose), and
on every family page, the gated and ungated recognisers and the whole stage give the
same headers, articles and ledger.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.edits import Editor
from cleaner.stages import split_keyed
from cleaner.stages.split import SplitStage
from cleaner.stages.split_headers import bullet_runs, numbered_runs
from cleaner.stages.split_keyed import _prose_above, first_header_limit, row_run, titled_run
from cleaner.stages.split_page import PageLines

ROOT = Path(__file__).resolve().parents[2]
FAMILY_PAGES = sorted((ROOT / "tests" / "families").glob("*/pages/*.txt"))
STAGE = SplitStage()

# our own lines, one of each shape the recognisers read (none from a real page)
BODY = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
LINES = [
    "",
    "甲县通知",
    "乙县关于某事的通知",
    "丙镇简报",
    "发布日期：2021-03-05",
    "发布日期：2021-04-05",
    "Date: 2021-03-05 · Time: 9 min",
    "Date: 2021-04-05 · Time: 7 min",
    "作者 某某 · 2021-9-7 · 评论 26",
    "[AB-01] 甲县通知",
    "[AB-07] 乙县通知",
    "Part 2 ▸ 丙镇简报",
    "（之二）丁村公告",
    "一、总体要求",
    "二、工作任务",
    BODY,
    "好。",
    "短句，没有完。",
    "2021-03-05｜戊县通知",
]


TITLES = ["甲县通知", "乙县关于某事的通知", "丙镇简报", "丁村公告"]
ROWS = ["发布日期：2021-03-05", "发布日期：2021-04-05", "Date: 2021-03-05 · Time: 9 min",
        "Date: 2021-04-05 · Time: 7 min", "作者 某某 · 2021-9-7 · 评论 26"]  # fmt: skip
KEYS = ["[AB-0{n}] ", "Part {n} ▸ ", "（之{c}）", "{c}、", "", ""]
CN = "一二三四"


@st.composite
def _run(draw: st.DrawFn) -> list[str]:
    """Two to four pieces of one shape (header, row, body), some rows or bodies lost."""
    key, row = draw(st.sampled_from(KEYS)), draw(st.sampled_from(ROWS))
    titles = draw(st.permutations(TITLES))[: draw(st.integers(2, 4))]
    out: list[str] = []
    for n, title in enumerate(titles, start=1):
        out.append(key.format(n=n, c=CN[n - 1]) + title)
        if draw(st.integers(0, 5)):
            out.append(row.replace("03", f"0{n}"))
        out += draw(st.lists(st.sampled_from([BODY, BODY, "好。", ""]), min_size=1, max_size=2))
    return out


# a page: lines of any shape around a run (prose above it is what the gate reads)
PAGES = st.builds(
    lambda head, run, tail: head + run + tail,
    st.lists(st.sampled_from(LINES), max_size=4),
    st.one_of(_run(), st.just([])),
    st.lists(st.sampled_from(LINES), max_size=3),
)


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gate off: no line limit, the recognisers read the whole page."""
    monkeypatch.setattr(split_keyed, "first_header_limit", lambda lines: len(lines) + 1)


def _recognised(lines: list[str]) -> tuple[object, ...]:
    below = STAGE.meta.below_title
    return row_run(lines, below), titled_run(lines, below)


def _stage(text: str) -> tuple[object, ...]:
    ed = Editor("p", text)
    drafts = STAGE(ed)
    return tuple(drafts), tuple(ed.ledger), ed.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14))
def test_first_header_limit_is_the_first_line_with_prose_above(lines: list[str]) -> None:
    want = next((e for e in range(len(lines) + 1) if _prose_above(lines, e)), len(lines) + 1)
    assert first_header_limit(lines) == want


@settings(max_examples=400, deadline=None)
@given(PAGES)
def test_gated_recognisers_find_what_ungated_ones_find(lines: list[str]) -> None:
    text = "\n".join(lines)
    gated = _recognised(lines), _stage(text)
    with pytest.MonkeyPatch.context() as mp:
        _ungated(mp)
        assert (_recognised(lines), _stage(text)) == gated


def test_generated_pages_reach_the_recognisers() -> None:
    # the comparison above means something only if the shapes make runs
    below = STAGE.meta.below_title
    rows = ["[AB-01] 甲县通知", "发布日期：2021-03-05", BODY, "[AB-07] 乙县通知"]
    assert row_run([*rows, "发布日期：2021-04-05", BODY], below)
    titled = ["甲县通知", "Date: 2021-03-05 · Time: 9 min", BODY, "乙县关于某事的通知"]
    assert titled_run([*titled, "Date: 2021-04-05 · Time: 7 min", BODY], below)


def test_family_pages_split_alike_gated_and_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(FAMILY_PAGES) > 300
    texts = [p.read_bytes().decode("utf-8", "replace") for p in FAMILY_PAGES]
    gated = [(_recognised(t.split("\n")), _stage(t)) for t in texts]
    _ungated(monkeypatch)
    ungated = [(_recognised(t.split("\n")), _stage(t)) for t in texts]
    for path, a, b in zip(FAMILY_PAGES, gated, ungated, strict=True):
        assert a == b, path


def _every_reading(lines: list[str]) -> tuple[object, ...]:
    numbered = STAGE.numbered_lines(lines)
    return (
        STAGE.find_headers(lines),
        numbered,
        numbered_runs(lines, numbered),
        bullet_runs(lines),
        STAGE.find_fallback_headers(lines),
        *_recognised(lines),
    )


def test_page_lines_read_as_plain_lists() -> None:
    # the stage hands its recognisers a PageLines (each line stripped once, shared):
    # every recogniser reads it as it reads a plain list of the same lines
    for path in FAMILY_PAGES:
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
        page = PageLines(lines)
        assert _every_reading(page) == _every_reading(lines), path
        assert _every_reading(page) == _every_reading(lines), path  # memo now warm
