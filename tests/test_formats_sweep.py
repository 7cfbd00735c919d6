"""Robustness sweep of input shapes a user's crawler or site export may hand us: each
test writes its own invented input to ``tmp_path`` and checks that nothing is lost
without a trace (read, or quarantined with a reason naming the input)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.cli import EXIT_QUARANTINED, app

RUNNER = CliRunner()


def invoke(*args: str | Path) -> Any:
    return RUNNER.invoke(app, [str(a) for a in args])


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def test_unlistable_folder_is_quarantined_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the user may not list used to vanish from the run (``rglob`` skips it):
    every page inside lost without a word.  It is quarantined, naming the folder."""
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "inside.txt").write_text("Minutes of the orchard board.\n", "utf-8")
    (top / "open.txt").write_text("The orchard board met on Friday.\n", "utf-8")
    locked = str(top / "locked")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # as a folder without read permission behaves
        if not isinstance(path, int) and os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    r = invoke("run", top, "--out", out, "--no-dedup")
    assert r.exit_code == EXIT_QUARANTINED, r.output
    q = rows(out / "quarantine.jsonl")
    assert [(x["source"], x["code"]) for x in q] == [(locked, "unreadable")]
    assert "cannot read folder: Permission denied" in q[0]["reason"]
    assert f"{locked}: cannot read folder" in r.output
    assert [p["source"] for p in rows(out / "pages.jsonl")] == [str(top / "open.txt")]
