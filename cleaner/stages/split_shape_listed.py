"""The shape-run fallback's CONTENTS mode (:mod:`split_shape_run`, issue 12, item 3): a
contents block whose item titles stand again further down, each opening a piece
(:func:`listed_run`), with the closing rows and column labels that go with its pieces
(:func:`_with_closers`).  Standard library only (a replay benchmark grafts it onto an
older tree: ``benchmarks/shape_run_replay.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.split_leaders import leader_line, listing_documents
from cleaner.stages.split_shape_lines import _SENTENCE_END, ShapeRun, _Tests

__all__ = ["listed_run"]


#: a contents item's list mark (``1.``, ``（2）``, ``③``, ``·``) and its dot leader to a
#: page number (``甲事 …… 3``), both no part of the title
_ITEM_MARK = re.compile(
    r"^(?:[（(\[［【]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）\]］】.．、]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]|[·•▪■□◆◇●○>》\-–—*])\s*"
)
_LEADER = re.compile(r"\s*(?:[.…·．_—-]{2,}|\s{2,})\s*\d{1,3}$")
#: a contents label is at most this long
LABEL_MAX_CHARS = 20


#: the characters a list mark (:data:`_ITEM_MARK`) may open with, besides a digit and a
#: white space: a line opening with none of them has no mark to drop
_MARK_OPENERS = frozenset("（([［【一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫·•▪■□◆◇●○>》-–—*")


def _item_title(s: str) -> str:
    """A contents line's title: without its list mark and its dot leader.

    Each pattern is tried only where it can match (issue 15: most lines of a page are
    prose, asked here by the contents mode and its prefilter): a mark opens the line
    with one of :data:`_MARK_OPENERS`, a digit or a white space, and a leader's page
    number closes it (a digit last, or before a closing line break, as ``$`` reads).

    >>> _item_title("（2）乙事 …… 12"), _item_title("③ 丙事"), _item_title("正文一行。")
    ('乙事', '丙事', '正文一行。')
    >>> _item_title(" 1. 甲事"), _item_title("甲事   7"), _item_title("甲事  ７\\n")
    ('甲事', '甲事', '甲事')
    """
    head = s[:1]
    if head in _MARK_OPENERS or head.isdecimal() or head.isspace():
        s = _ITEM_MARK.sub("", s, count=1)
    if s[-1:].isdecimal() or s.endswith("\n"):
        s = _LEADER.sub("", s)
    return s.strip()


def listed_run(strip: Sequence[str], filled: list[int], tests: _Tests) -> ShapeRun:
    """A contents block in the page: a short label line (``本期要目``, ``Contents``, the
    issue's name) over two or more item lines straight one under the other, each item's
    title (its list mark and page number dropped) standing again further down as a
    title line of its own, in the same order, each once: each of those lines opens a
    piece, and every piece holds prose.  The page names its pieces before them, as a
    stated count does; a document's own contents (``一、…``, ``第二章 …`` headings, a
    run of links repeated as a footer with no prose under them) fail the title or the
    prose test.  A block whose pieces fail only the prose test for some is ``unsure``."""
    best = ShapeRun()
    best_key: tuple[int, int] = (-1, -1)
    where: dict[str, list[int]] = {}  # each line's text: where it stands
    for i in filled:
        where.setdefault(strip[i], []).append(i)
    k = 1
    while k < len(filled):
        label = strip[filled[k - 1]]
        run: list[str] = []
        j = k
        while j < len(filled):
            title = _item_title(strip[filled[j]])
            later = [i for i in where.get(title, ()) if i > filled[j]]
            if len(later) != 1 or not title or tests.prose(strip[filled[j]]):
                break
            run.append(title)
            j += 1
        if (
            len(run) < 2
            or len(set(run)) < len(run)
            or len(label) > LABEL_MAX_CHARS
            or tests.prose(label)
            or _SENTENCE_END.search(label)
            or (
                # a leader contents block (dots, page numbers) lists documents only by
                # the shape split_leaders asks for: a report's own parts are no pieces
                all(leader_line(strip[filled[m]]) for m in range(k, j))
                and not listing_documents(run, [strip[i] for i in filled[:k]], tests.endings)
            )
        ):
            k = max(j, k + 1)
            continue
        end = filled[j - 1]
        at: list[int] = []
        for title in run:
            low = at[-1] if at else end
            nxt = next((i for i in where[title] if i > low), None)
            if nxt is None:
                break
            at.append(nxt)
        # prose between the contents and the first listed title: a piece the list does
        # not name (the site cut its item, the list is partial), so the list cannot say
        # where the pieces are: unsure at most, the first piece's title stays its own
        unlisted = bool(at) and any(tests.prose(strip[i]) for i in filled if end < i < at[0])
        if len(at) == len(run) and all(tests.title(strip[i]) for i in at):
            ends = [*at[1:], len(strip)]
            good = sum(
                1
                for a, b in zip(at, ends, strict=True)
                if any(tests.prose(strip[i]) for i in filled if a < i < b)
            )
            evidence: dict[str, object] = {
                "shape": "contents",
                "label": label,
                "contents": [filled[k] + 1, end + 1],
                "rows": [i + 1 for i in at],
                "title_place": "listed",
                "segments": round(good / len(at), 3),
            }
            if unlisted:
                evidence["unlisted_prose"] = True
            if good == len(at) and not unlisted and (2, len(at)) > best_key:
                keyed: list[tuple[int, int, str, dict[str, str]]] = [
                    (i, i, strip[i], {}) for i in at
                ]
                best, best_key = ShapeRun(keyed, "split", evidence), (2, len(at))
            elif 2 * good >= len(at) and (1, len(at)) > best_key:
                best, best_key = ShapeRun([], "unsure", evidence), (1, len(at))
        k = j
    return best


#: a column's label over a piece's title (``【基层经验】``, ``[Notes]``): a bracketed word
_COLUMN_LABEL = re.compile(r"^[【\[［〔<《][^】\]］〕>》]{1,10}[】\]］〕>》]$")


def _with_closers(
    strip: Sequence[str], filled: list[int], listed: ShapeRun, closed: ShapeRun
) -> ShapeRun:
    """The contents block's pieces (``listed``) with what closes and heads them: rows the
    closing mode found (``closed``), one inside each piece in order, go as the pieces'
    closing rows; a column's bracketed label standing right over a title (under the
    piece above's last line) is that piece's header, no line of the piece above."""
    at = [k[1] for k in listed.keyed]
    ends = [*at[1:], len(strip)]
    rows = [r for r, _ in closed.closers] if closed.verdict == "split" else []
    inside = [next((r for r in rows if a < r < b), None) for a, b in zip(at, ends, strict=True)]
    closers = closed.closers if rows and all(inside) and len(rows) == len(at) else []
    taken = {r for r, _ in closers}
    pos = {i: k for k, i in enumerate(filled)}
    keyed = []
    for n, (start, t, title, fields) in enumerate(listed.keyed):
        k = pos[t] - 1
        low = at[n - 1] if n else int(str(listed.evidence["contents"][1])) - 1  # type: ignore[index]
        if k >= 0 and filled[k] > low and filled[k] not in taken:
            if _COLUMN_LABEL.match(strip[filled[k]]):
                start = filled[k]
        keyed.append((start, t, title, fields))
    evidence = dict(listed.evidence)
    if closers:
        evidence["closers"] = [r + 1 for r, _ in closers]
    return ShapeRun(keyed, "split", evidence, closers)
