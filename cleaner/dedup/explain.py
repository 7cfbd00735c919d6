"""Why two documents are duplicates: the passages they share, aligned.

For ``cleaner explain`` on a duplicate: the matched document's text and the aligned
overlapping passages, from RapidFuzz's Indel alignment (an LCS, so re-ordered passages are
shown once, in order).  Offsets refer to the texts as given, not to comparison keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

__all__ = ["Passage", "aligned_passages"]


@dataclass(frozen=True, slots=True)
class Passage:
    """``a[a_start:a_end] == b[b_start:b_end]``: a passage both texts contain."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    text: str


def aligned_passages(a: str, b: str, *, min_len: int = 12) -> list[Passage]:
    """Shared passages of at least ``min_len`` characters, in order.

    >>> a, b = "来源：甲网 本市今日起实行新规。", "本市今日起实行新规。责任编辑：乙"
    >>> [p.text for p in aligned_passages(a, b, min_len=5)]
    ['本市今日起实行新规。']
    """
    out = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal" and op.src_end - op.src_start >= min_len:
            out.append(
                Passage(
                    op.src_start,
                    op.src_end,
                    op.dest_start,
                    op.dest_end,
                    a[op.src_start : op.src_end],
                )
            )
    return out
