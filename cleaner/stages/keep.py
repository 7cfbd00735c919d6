"""The keep table, built once per process (review18 #10: :mod:`cleaner.rules` is data).

:class:`~cleaner.stages.site_judge.KeepTable` reads ``site_repeat_keep.toml`` with the
split stage's metadata and header readers: lines a site's repeats must never take, and
the cue words that make a repeated line look like chrome.  It compiles patterns and
builds a split stage, so every stage and reader shares the one :func:`keep_table`.
"""

from __future__ import annotations

from functools import lru_cache

from cleaner.stages.site_judge import KeepTable

__all__ = ["keep_table"]


@lru_cache(maxsize=1)
def keep_table() -> KeepTable:
    """The keep table (module doc), built at its first call.

    >>> keep_table() is keep_table()
    True
    """
    return KeepTable()
