"""Start-up: help, version and usage errors load no heavy library (issue 15).

Not a timed test: each command runs in a fresh interpreter that reports which modules it
imported, and the heavy libraries (and the pipeline's stages) must not be among them.
The timings are printed by ``benchmarks/speed_bench.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

#: Libraries that cost 0.1-1 s to import; only the commands that use them may load them.
HEAVY = (
    "polars",
    "pyarrow",
    "ftfy",
    "bs4",
    "lxml",
    "numpy",
    "ray",
    "rapidfuzz",
    "charset_normalizer",
)

CHILD = """
import json, sys
from cleaner.cli import app
try:
    app(sys.argv[1:], prog_name="cleaner")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_after(*args: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return set(json.loads(res.stderr.strip().splitlines()[-1]))


def _heavy(mods: set[str]) -> list[str]:
    return sorted(m for m in mods if m.split(".")[0] in HEAVY)


@pytest.mark.parametrize(
    "args",
    [("--help",), ("-h",), ("--version",), ("-V",), ("run", "--help"), ("no-such-command",)],
)
def test_help_version_and_usage_errors_load_no_heavy_library(args: tuple[str, ...]) -> None:
    mods = _modules_after(*args)
    assert "cleaner.cli" in mods  # the probe itself worked
    assert _heavy(mods) == []
    assert "cleaner.stages.repair" not in mods
    assert "cleaner.pipeline" not in mods


def test_import_cleaner_is_light_and_exports_lazily() -> None:
    code = (
        "import json, sys, cleaner\n"
        "before = sorted(sys.modules)\n"
        "ok = cleaner.Pipeline.__name__ == 'Pipeline' and callable(cleaner.rebuild_page)\n"
        "print(json.dumps([before, ok]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    before, ok = json.loads(out)
    assert _heavy(set(before)) == []
    assert ok  # the public names still resolve (imported on first use)
    with pytest.raises(AttributeError):
        import cleaner

        cleaner.no_such_name  # noqa: B018


def test_rebuild_does_not_load_the_stages(tmp_path: object) -> None:
    # a missing output folder: the command fails, but only after importing what it uses
    mods = _modules_after("rebuild", "/no/such/out", "abc")
    assert "cleaner.readback" in mods
    assert "cleaner.stages.repair" not in mods
    assert [m for m in _heavy(mods) if m.split(".")[0] in ("ftfy", "polars", "bs4")] == []
