"""Helpers the batch and archive tests share: run ``cleaner run`` on inputs, read the
rows of an output file, read inputs into items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.ingest.readers import read_inputs
from cleaner.ingest.records import ReadOptions


def run(inputs: list[Path], out: Path, *extra: str, code: int = 0) -> dict[str, Any]:
    """``cleaner run`` without dedup; asserts the exit code and no traceback; the summary."""
    args = ["run", *map(str, inputs), "--out", str(out), "--quiet", "--no-dedup", *extra]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    return json.loads((out / "summary.json").read_text("utf-8"))


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def items(path: Path, **opts: Any) -> list[Any]:
    return list(read_inputs([path], options=ReadOptions(**opts)))
