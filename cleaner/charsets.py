"""One optimisation per character class per process (issue 15: compile rules once and
cache what can be cached).

A run compiles ~1,000 regular expressions, most of them holding a Han range
(``[\\u4e00-\\u9fff]``, ``[\\u3400-\\u9fff]``) once or several times.  For every such
class ``re`` builds the class's bitmap by setting each of its code points in a Python
loop (``re._compiler._optimize_charset``: ~21,000 steps for ``\\u4e00-\\u9fff``), so the
same few classes were optimised over and over: ~0.3 s of CPU per process, a tenth of
a 3 MB run.  :func:`install` memoises that function on its arguments (the class's
items, the case functions and the case table): the optimised class is a pure function
of them, so every compiled pattern is the same code as before, only built once per
distinct class.  ``tests/test_charsets.py`` compiles patterns with and without the
memo and compares their code.

Installed by ``import cleaner`` (before any stage compiles its rules).  Where the
interpreter's ``re`` has no such function (another Python), nothing is changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["install", "installed"]

_compiler: Any = getattr(re, "_compiler", None)
_ORIGINAL: Callable[..., Any] | None = getattr(_compiler, "_optimize_charset", None)
_MEMO: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}
#: a class with more items is optimised afresh (a rule pack's long literal alternation
#: becomes no class; classes are short): bounds the memo's key size
MAX_ITEMS = 256


def _memoised(
    charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None
) -> tuple[list[Any], bool]:
    assert _ORIGINAL is not None
    if len(charset) > MAX_ITEMS:
        return _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    try:
        key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
        got = _MEMO.get(key)
    except TypeError:  # an item that cannot be hashed: no memo
        return _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    if got is None:
        out, cased = _ORIGINAL(charset, iscased, fixup, fixes)
        got = _MEMO[key] = (list(out), cased)
    # a fresh list each time (the caller only reads it, as it read the original's)
    return list(got[0]), got[1]


def installed() -> bool:
    """Is the memo in place?"""
    return _ORIGINAL is not None and _compiler._optimize_charset is _memoised


def install() -> None:
    """Put the memo in place of ``re``'s class optimiser (idempotent; a no-op where the
    interpreter has none)."""
    if _ORIGINAL is not None and _compiler is not None:
        _compiler._optimize_charset = _memoised
