"""The memo of ``re``'s class optimiser (:mod:`cleaner.charsets`) compiles every pattern
to the same code as ``re`` alone: on every pattern a run compiles (its rule packs and
stages), on invented look-alikes (case-folded classes, negated ones, classes beyond
the BMP, one class twice in a pattern), and on generated classes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.charsets as charsets

ROOT = Path(__file__).resolve().parents[1]
_compiler: Any = re._compiler  # type: ignore[attr-defined]
_parser: Any = re._parser  # type: ignore[attr-defined]


@contextmanager
def _plain() -> Iterator[None]:
    """``re``'s own optimiser for the block."""
    _compiler._optimize_charset = charsets._ORIGINAL
    try:
        yield
    finally:
        charsets.install()


def _code(pattern: str | bytes, flags: int) -> list[int]:
    p = _parser.parse(pattern, flags)
    return list(_compiler._code(p, flags))


def _same(pattern: str | bytes, flags: int = 0) -> None:
    with _plain():
        plain = _code(pattern, flags)
    assert charsets.installed()
    assert _code(pattern, flags) == plain, pattern  # first time: optimised, remembered
    assert _code(pattern, flags) == plain, pattern  # then read from the memo


def test_installed_by_import() -> None:
    import cleaner  # noqa: F401

    assert charsets.installed()


_RECORD = """
import json, re, sys
original = re._compiler.compile
seen = []
def record(p, flags=0):
    if isinstance(p, str):
        seen.append((p, int(flags)))
    return original(p, flags)
re._compiler.compile = record
from cleaner.pipeline import Pipeline
pipe = Pipeline()
json.dump(seen, sys.stdout)
"""


def test_every_pattern_a_run_compiles() -> None:
    """Every pattern compiled by a fresh process that imports the stages and builds a
    pipeline (its rule packs): the same code with the memo as without."""
    out = subprocess.run(
        [sys.executable, "-c", _RECORD],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    ).stdout
    seen = json.loads(out)
    assert len(seen) > 500
    for pattern, flags in seen:
        _same(pattern, flags)


LOOK_ALIKES = [
    r"[\u4e00-\u9fff]+",
    r"[\u3400-\u9fff][\u3400-\u9fff·]{1,4}",
    r"(?i)[a-z\u4e00-\u9fff]+",
    r"(?i)[^a-zß\u0130\u212a]",
    r"[^\u4e00-\u9fff\s]",
    r"[\U00020000-\U0002a6df\u4e00-\u9fff]",
    r"[\d\w\s，。]",
    r"(?a)[\w-]",
    r"[甲乙丙丁]|[甲乙丙丁]",
]


def test_look_alikes() -> None:
    for pattern in LOOK_ALIKES:
        _same(pattern)
    _same(rb"[\x00-\x7f\xe0-\xef]+")
    _same(r"[a-z]", re.IGNORECASE | re.ASCII)


_ITEMS = st.one_of(
    st.characters(codec="utf-8", exclude_characters="\\]^-[").map(re.escape),
    st.tuples(st.integers(0, 0x2FFFF), st.integers(0, 0x2000)).map(
        lambda t: f"\\U{t[0]:08x}-\\U{min(t[0] + t[1], 0x10FFFF):08x}"
    ),
    st.sampled_from([r"\d", r"\w", r"\s", r"\D", r"\W", r"\S"]),
)


@settings(max_examples=300, deadline=None)
@given(
    items=st.lists(_ITEMS, min_size=1, max_size=6),
    negate=st.booleans(),
    flags=st.sampled_from([0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII]),
)
def test_generated_classes(items: list[str], negate: bool, flags: int) -> None:
    _same("[" + "^" * negate + "".join(items) + "]", flags)
