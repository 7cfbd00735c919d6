"""The page's close under the rule that frames a compilation's pieces.

An export or an archive's printout draws the same rule under its head block and under
its last piece (``====…``), then prints its own foot: who signed the issue off, the
archive's notice.  The pieces between are parted by another rule or none.  The split
stage cuts the page at the pieces' headers, so the closing rule and the foot under it
fall into the last piece, where they are no piece's text: the page's head went as
``split.page_prefix``, its close goes as ``split.page_close``.

:func:`framed_close` finds it by shape alone, no word of it: a rule line (one symbol
repeated, :data:`RULE_MIN_CHARS` at least) in the page's head above the first header,
the very same line once in the last piece and in no other piece, and under it to the
page's end at most :data:`CLOSE_MAX_LINES` lines, each at most :data:`CLOSE_MAX_CHARS`.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CLOSE_MAX_CHARS", "CLOSE_MAX_LINES", "RULE_MIN_CHARS", "framed_close"]

#: A rule is one symbol repeated at least this many times.
RULE_MIN_CHARS = 8
#: The foot under the closing rule: at most this many lines ...
CLOSE_MAX_LINES = 4
#: ... each at most this long (a sign-off row, a notice of a sentence or two).
CLOSE_MAX_CHARS = 80

Segment = tuple[int, int, "tuple[int, str, str] | None"]


def _rule(s: str) -> bool:
    """One non-letter symbol repeated (``====``, ``＝＝＝＝``, ``****``).

    >>> _rule("=" * 12), _rule("＝" * 10), _rule("=-" * 6), _rule("一" * 10), _rule("==")
    (True, True, False, False, False)
    """
    return len(s) >= RULE_MIN_CHARS and len(set(s)) == 1 and not s[0].isalnum()


def framed_close(lines: Sequence[str], segments: Sequence[Segment]) -> list[int]:
    """The indices of the closing rule and the foot under it in the last headed piece of
    ``segments`` (``(start, end, header)`` over ``lines``), or none.

    >>> rule = "=" * 20
    >>> page = ["某台稿件库", rule, "01　甲", "甲文第一句。", "－" * 10, "02　乙", "乙文一句。"]
    >>> page += ["", rule, "签发：某甲", "本库稿件仅供内部核对。"]
    >>> segs = [(2, 5, (2, "n", "甲")), (5, 11, (5, "n", "乙"))]
    >>> framed_close(page, segs)
    [8, 9, 10]

    The rule drawn between pieces too, the head without it, or a long tail: none.

    >>> framed_close(page[:4] + [rule] + page[5:], segs)
    []
    >>> framed_close(["某台稿件库"] + page[2:], [(1, 4, (1, "n", "甲")), (4, 10, (4, "n", "乙"))])
    []
    >>> framed_close(page + ["又一行"] * 3, [segs[0], (5, 14, (5, "n", "乙"))])
    []
    """
    headed = [s for s in segments if s[2] is not None]
    if len(headed) < 2 or segments[-1][2] is None:
        return []
    first = headed[0][2]
    assert first is not None
    head = {s for s in (ln.strip() for ln in lines[: first[0]]) if _rule(s)}
    if not head:
        return []
    start, end, _ = segments[-1]
    at = [i for i in range(start, end) if lines[i].strip() in head]
    if len(at) != 1:
        return []
    rule = lines[at[0]].strip()
    for s0, e0, _ in segments[:-1]:
        if any(lines[i].strip() == rule for i in range(max(s0, first[0]), e0)):
            return []  # the rule parts the pieces: no frame
    tail = [i for i in range(at[0] + 1, end) if lines[i].strip()]
    if not tail or len(tail) > CLOSE_MAX_LINES:
        return []
    if any(len(lines[i].strip()) > CLOSE_MAX_CHARS for i in tail):
        return []
    if not any(lines[i].strip() for i in range(start, at[0]) if i != start):
        return []  # nothing of the piece above the rule
    return [at[0], *tail]
