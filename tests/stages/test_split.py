"""Golden tests for the split stage: article boundaries, titles, metadata, and that the
articles plus the recorded deletions rebuild the page exactly."""

from __future__ import annotations

from typing import Any

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.split import SplitStage, cn_number, normalise_date
from tests.conftest import golden_cases

STAGE = SplitStage()


@pytest.mark.parametrize("case", golden_cases("split/cases.jsonl"))
def test_split_case(case: dict[str, Any]) -> None:
    ed = Editor("p", case["page"])
    drafts = STAGE(ed)
    got = [
        {
            "title": d.title,
            "meta": d.meta,
            "first": d.text.split("\n")[0],
            "last": d.text.split("\n")[-1],
        }
        for d in drafts
    ]
    want = [{k: a[k] for k in ("title", "meta", "first", "last")} for a in case["articles"]]
    assert got == want
    for d, a in zip(drafts, case["articles"], strict=True):
        if "text" in a:
            assert d.text == a["text"]
    assert "".join(d.text for d in drafts) == ed.text
    assert rebuild(ed.text, ed.changes) == case["page"]
    boundaries = [c for c in ed.changes if c.action == "split"]
    assert len(boundaries) == len(drafts)


@pytest.mark.parametrize(
    ("raw", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("7", 7)]
)
def test_cn_number(raw: str, value: int) -> None:
    assert cn_number(raw) == value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2003-08-13", "2003-08-13"),
        ("2003年8月3日", "2003-08-03"),
        ("2003.8.3", "2003-08-03"),
        ("2003-13-01", None),
        ("无", None),
    ],
)
def test_normalise_date(raw: str, value: str | None) -> None:
    assert normalise_date(raw) == value
