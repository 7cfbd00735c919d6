"""Compiled regular expressions kept on disk between processes (issue 15: start-up).

Building a :class:`~cleaner.pipeline.Pipeline` compiles ~135 regular expressions (rule
packs, their gates, the repair tables): ~0.12 s of the ~0.17 s CPU it costs, paid again by
every process (each ``--jobs`` worker, each ``rebuild``).  ``re`` caches a compiled
pattern per process only; what it compiles to is a list of integers
(``re._compiler._code``) that ``_sre.compile`` turns into the pattern at C speed.
:func:`warmed` keeps those lists in a file and puts the patterns they make into ``re``'s
own cache before the block runs, so ``re.compile`` of the same pattern and flags finds
them there, exactly the object it would have built (same pattern, flags and code: a
pattern compares equal to a fresh compile, tested).  A pattern not in the file is
compiled as before; after the block the file is rewritten with it (atomically: a
temporary file and ``os.replace``).

The stage modules compile ~960 more patterns at import (~0.33 s of CPU, measured on
3 MB of bench pages: more than the run spends in its repair stage), so their imports
run inside the block too (:mod:`cleaner.config`, :mod:`cleaner.pipeline`); a block
opened inside another does nothing (the outer one loads and saves), and inside a block
``re`` keeps every pattern (its cache drops the oldest past 512 entries, which would
lose the file's patterns before the imports ask for them, and the block's new ones
before they are saved).

Entries are keyed by pattern and flags, so a changed rule is a new key, never a stale
hit; the file's name holds the interpreter's cache tag and ``_sre``'s code version, so
another Python never reads it.  Where: ``$CLEANER_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/cleaner`` or ``~/.cache/cleaner`` (as the dedup code point table).  An
unreadable, corrupt or unwritable file only means compiling as before.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cleaner.cache_dir import cache_root

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _RE_CACHE: dict[Any, Any] | None = re._cache  # type: ignore[attr-defined]
except (ImportError, AttributeError):  # another interpreter: no cache
    _RE_CACHE = None

__all__ = ["cache_path", "warmed"]

#: Bump when the file's layout changes, so old files are not read.
_VERSION = 1
#: past this many entries the file is rewritten with the last block's patterns only
_MAX_ENTRIES = 2_000

#: (type, pattern, flags) as ``re`` keys its cache → ``_sre.compile``'s arguments after
#: the pattern: (flags, code, groups, groupindex, indexgroup)
_Key = tuple[type, str, int]
_Args = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path | None:
    """The cache file: ``$CLEANER_CACHE_DIR`` (empty: no cache), else
    ``$XDG_CACHE_HOME/cleaner`` or ``~/.cache/cleaner``."""
    if _RE_CACHE is None:
        return None
    root = cache_root()
    if root is None:
        return None
    tag = f"{sys.implementation.cache_tag}-m{_sre.MAGIC}-c{_sre.CODESIZE}-v{_VERSION}"
    return root / f"regex-{tag}.marshal"


def _args(pattern: str, flags: int) -> _Args:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the opcodes are int subclasses (named constants): plain ints marshal, and _sre
    # reads both the same
    ops = [int(c) for c in code]
    return int(flags | p.state.flags), ops, p.state.groups - 1, groupindex, tuple(indexgroup)


def _load(path: Path) -> dict[tuple[str, int], _Args]:
    try:
        digest, payload = marshal.loads(path.read_bytes())
        if hashlib.sha256(payload).hexdigest() != digest:
            return {}
        entries = marshal.loads(payload)
        return entries if isinstance(entries, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def _save(path: Path, entries: dict[tuple[str, int], _Args]) -> None:
    try:
        payload = marshal.dumps(entries)
        data = marshal.dumps((hashlib.sha256(payload).hexdigest(), payload))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # atomic: a reader sees the whole file or the old one
    except (OSError, ValueError):
        pass


#: a block is open (an inner one does nothing: the outer one saves what it compiles)
_open = False


@contextmanager
def warmed() -> Iterator[None]:
    """Inside the block, ``re.compile`` finds the patterns the cache file holds already
    compiled; the patterns compiled inside it that the file lacks are added to it."""
    global _open  # one flag per process, reset when the block closes
    path = cache_path()
    cache = _RE_CACHE
    if path is None or cache is None or _open:
        yield
        return
    cap = getattr(re, "_MAXCACHE", None)
    entries = _load(path)
    _open = True
    try:
        if isinstance(cap, int):  # no pattern dropped inside the block (module doc)
            setattr(re, "_MAXCACHE", cap + len(entries) + _MAX_ENTRIES)  # noqa: B010
        for (pattern, flags), args in entries.items():
            key = (str, pattern, flags)
            if key in cache:
                continue
            try:
                cache[key] = _sre.compile(pattern, *args)
            except Exception:  # a bad entry: re compiles the pattern itself
                continue
        before = set(cache)
        yield
    finally:
        _open = False
        if isinstance(cap, int):
            setattr(re, "_MAXCACHE", cap)  # noqa: B010
    new = [k for k in cache if k not in before and k[0] is str and isinstance(k[2], int)]
    if not new:
        return
    # read again: another process (a --jobs worker) may have saved its patterns since
    entries = _load(path) | entries
    if len(entries) + len(new) > _MAX_ENTRIES:
        entries = {}
    for _, pattern, flags in new:
        try:
            entries[pattern, flags] = _args(pattern, flags)
        except Exception:  # not cached: compiled each time as before
            continue
    _save(path, entries)
