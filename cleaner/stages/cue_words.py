"""Cue words in their word context: a cue that is part of a longer compound meaning
something else is no cue (``cue_compounds.toml``).

Chrome cue words (``line_model.toml``'s vocabulary, ``site_repeat_keep.toml``'s
``[[cue]]`` patterns) are searched anywhere in a line.  A cue word inside a compound of its
own names something else: ``付费`` in ``免付费专线`` (a toll-free number) is no paywall,
``积分`` in ``微积分`` (calculus) no points.  :func:`mask_compounds` blanks such compounds
(same length, so offsets hold) before a cue is searched.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MASK", "compounds", "mask_compounds"]

#: What a compound's characters become for the cue search: no cue word holds it.
MASK = "□"


@lru_cache(maxsize=1)
def compounds() -> tuple[str, ...]:
    """Every compound of ``cue_compounds.toml``, in both scripts, longest first."""
    from cleaner.rules import load_table

    words = {w.lower() for c in load_table("cue_compounds")["compound"] for w in c["words"]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, compounds())), re.IGNORECASE)


def mask_compounds(s: str) -> str:
    """``s`` with every compound of ``cue_compounds.toml`` blanked (:data:`MASK`, one per
    character), so that the cue words inside it are not found.

    >>> mask_compounds("详情请洽免付费专线0800-000000。")
    '详情请洽□□□专线0800-000000。'
    >>> mask_compounds("詳情請洽免付費專線。")
    '詳情請洽□□□專線。'
    >>> mask_compounds("付费阅读全文")  # the cue word alone stays
    '付费阅读全文'
    """
    rx = _pattern()
    if not rx.search(s):
        return s
    return rx.sub(lambda m: MASK * len(m.group(0)), s)
