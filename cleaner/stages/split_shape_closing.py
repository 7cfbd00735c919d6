"""The shape-run fallback's CLOSING mode (:mod:`split_shape_run`, issue 12, item 3):
rows of one shape each closing a piece (a sign-off, a labelled summary line), tried when
the opening-row modes split nothing (:func:`closing_run`).  Standard library only (a
replay benchmark grafts it onto an older tree: ``benchmarks/shape_run_replay.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cleaner.stages.split_shape_lines import (
    _HAN,
    _LATIN,
    _SENTENCE_END,
    MIN_REPEATS,
    ROW_MAX_CHARS,
    TITLE_MAX_CHARS,
    TITLE_WITHIN,
    Reader,
    ShapeRun,
    _notes,
    _stated,
    _Tests,
)

__all__ = ["closing_run"]


def _shared_start(texts: Sequence[str]) -> str:
    """The text every one of ``texts`` opens with: the first and the last of them in
    sort order share it (one comparison of two texts, where trimming a candidate until
    each text opened with it sliced it again and again).

    >>> _shared_start(["撰稿：甲", "撰稿：乙乙", "撰写"]), _shared_start(["甲", "乙"])
    ('撰', '')
    """
    lo, hi = min(texts), max(texts)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_edge(texts: Sequence[str]) -> str:
    """The literal prefix (or suffix) the rows share, whichever is longer (the prefix
    when both are as long).

    >>> _common_edge(["来源：甲报 3", "来源：乙报 12"])
    '来源：'
    >>> _common_edge(["甲（某某供稿）", "乙（某某供稿）"])
    '（某某供稿）'
    """
    pre = _shared_start(texts)
    suf = _shared_start([t[::-1] for t in texts])[::-1]
    return max(pre.strip(), suf.strip(), key=len)


def _labelled(edge: str) -> bool:
    """A constant part worth a row's label: two Han, a bracketed word, or 4+ letters."""
    return len(_HAN.findall(edge)) >= 2 or len(re.sub(r"[^A-Za-z]", "", edge)) >= 4


#: what closes a prose row's constant label (:func:`_prose_label`)
LABEL_END = re.compile(r"[】\]）)〕>》｜|:：]")
_LEAD_LABEL = re.compile(r"^[^\s】\]）)〕》：:｜|]{2,10}[】\]）)〕》：:｜|]")


def _prose_label(texts: Sequence[str]) -> bool:
    """Prose rows close pieces only under a constant label they all open with (``【摘要】``,
    ``Summary:``), short against the rows."""
    pre = _shared_start(texts).strip()
    cut = max((m.end() for m in LABEL_END.finditer(pre)), default=0)
    label = pre[:cut]
    return bool(label) and _labelled(label) and 2 * len(label) <= min(map(len, texts))


def _headline(s: str, tests: _Tests) -> bool:
    """A title line under a closing row: title-like, or a Latin headline with a comma
    (``Meet Ann, who …``) that ends in no sentence mark."""
    if tests.title(s):
        return True
    return (
        not _HAN.search(s)
        and s[:1].isupper()
        and len(s) <= 2 * TITLE_MAX_CHARS
        and not _SENTENCE_END.search(s)
        and not s.endswith((":", ",", ";", "."))
        and s.count(",") <= 1
        and len(_LATIN.findall(s)) >= 3
    )


def _closing_title(strip: Sequence[str], idx: list[int], tests: _Tests) -> int | None:
    """The title of a piece under a closing row (``idx``: the piece's lines): the first
    or second line, a headline with prose right under it.  When both lines are
    headlines, the second, longer one is the title and the first its kicker (a column's
    name ``VOLUNTEER SPOTLIGHT`` over ``Meet Ann, who …``, whose comma reads as prose)."""
    found = [
        idx[k]
        for k in range(min(2, len(idx) - 1))
        if _headline(strip[idx[k]], tests)
        and tests.prose(strip[idx[k + 1]])
        and not any(tests.prose(strip[i]) for i in idx[:k])
    ]
    if found and found[0] == idx[0] and len(idx) >= 3:
        a, b, c = (strip[i] for i in idx[:3])
        if _headline(b, tests) and len(b) > len(a) and tests.prose(c) and _SENTENCE_END.search(c):
            return idx[1]
    return found[0] if found else None


def _titles_under_rows(
    strip: Sequence[str], pieces: list[list[int]], titles: list[int | None], tests: _Tests
) -> list[tuple[int | None, int | None]]:
    """``(start, title)`` of each piece when every piece opens with a row of ONE shape
    (``【Q12】　标签：某 / 某　　92人觉得有用``, ``〖0115〗 pinyin``: a serial, a
    posting row; each row's text its own) right over a headline: the title is the line
    the row attaches to, not the row, however long the title (a long question reads as
    prose) and wherever the piece's title test fell; the row is the piece's header.  The
    first piece's row is its last line of that shape over its first prose.  Pieces are
    returned unchanged (their current titles) unless every piece has such a row, there
    are two at least, and a title the run found moves onto the line under a row (a
    piece the row opens, not a row inside a piece).

    >>> from cleaner.stages.split_shape_lines import _Tests
    >>> q = "住房公积金贷款的审批一般需要多长时间才能办完呢？"
    >>> a1 = "答：一般在受理后十五个工作日内办结，材料齐全的可以更快。"
    >>> a2 = "答：可以，具体以窗口受理时的规定为准，请提前预约。"
    >>> r1, r2 = "【Q1】　标签：甲 / 乙　　92人", "【Q2】　标签：丙 / 丁　　7人"
    >>> page = [r1, q, a1, r2, "短问题？", a2]
    >>> _titles_under_rows(page, [[0, 1, 2], [3, 4, 5]], [0, 4], _Tests(None))
    [(0, 1), (3, 4)]
    >>> _titles_under_rows(page, [[0, 1, 2], [4, 5]], [0, 4], _Tests(None))  # no row
    [(0, 0), (4, 4)]
    """
    same = [(t, t) for t in titles]
    if len(pieces) < 2 or any(not idx for idx in pieces):
        return same
    firsts = [idx[0] for idx in pieces[1:]]
    shape = tests.shape(strip[firsts[0]], coarse=True)
    if shape.replace("W", "") == "" or not tests.row_like(strip[firsts[0]]):
        return same
    head = [i for i in pieces[0] if tests.shape(strip[i], coarse=True) == shape]
    if not head:
        return same
    rows = [head[-1], *firsts]
    if any(tests.shape(strip[r], coarse=True) != shape for r in rows):
        return same
    if len({strip[r] for r in rows}) < len(rows):
        return same  # a divider, a button printed again: no row of its own
    out: list[tuple[int | None, int | None]] = []
    for r, idx in zip(rows, pieces, strict=True):
        k = idx.index(r)
        if k + 2 >= len(idx):
            return same
        t, body = strip[idx[k + 1]], strip[idx[k + 2]]
        if len(t) > TITLE_MAX_CHARS or _SENTENCE_END.search(t) or tests.title(body):
            return same
        if not tests.prose(body):
            return same
        out.append((r, idx[k + 1]))
    if not any(t == r for (r, _), t in zip(out, titles, strict=True)):
        return same  # no title the run found stands on a row: nothing to move
    return out


def closing_run(
    strip: Sequence[str], filled: list[int], read: Reader | None, tests: _Tests | None = None
) -> ShapeRun:
    """Rows of one shape each CLOSING a piece (a sign-off, a source line, a summary
    line under a constant label): each later piece opens right under the row above with
    a title (at most one header line between), every piece has prose under its title,
    the rows share a constant label (``Reported by``, ``【摘要】``) and differ.  The first
    piece's title is the title line right over its first prose.  Prose above it, or
    two pieces only, pass only when the page's head states the pieces (their count or
    their titles); otherwise the page is flagged ``unsure``."""
    tests = tests or _Tests(read)  # shape_run hands over the page's memo
    best = ShapeRun()
    best_key: tuple[float, ...] = (-1.0,)
    pos = {i: k for k, i in enumerate(filled)}
    for coarse in (False, True, None):
        groups: dict[str, list[int]] = {}
        for i in filled:
            if not 2 <= len(strip[i]) <= 2 * ROW_MAX_CHARS:
                continue
            if coarse is None:  # rows under one label, whatever follows it ('【摘要】…')
                if m := _LEAD_LABEL.match(strip[i]):
                    groups.setdefault(m.group(0), []).append(i)
            else:
                groups.setdefault(tests.shape(strip[i], coarse=coarse), []).append(i)
        for sig, rows in groups.items():
            if len(rows) < 2 or not _labelled(_common_edge([strip[r] for r in rows])):
                continue
            if len({strip[r] for r in rows}) < len(rows):
                continue  # a repeated line (a divider, a button) closes nothing
            texts = [strip[r] for r in rows]
            sentences = any(tests.prose(t) and _SENTENCE_END.search(t) for t in texts)
            if sentences and not _prose_label(texts):
                continue  # paragraphs alike, or one sentence over and over (a template)
            tail = [i for i in filled if i > rows[-1]]
            if any(
                tests.title(strip[a]) and any(tests.prose(strip[b]) for b in tail[k + 1 :])
                for k, a in enumerate(tail[:TITLE_WITHIN])
            ):
                continue  # a titled piece under the last row: the rows OPEN the pieces
            bounds = [-1, *rows]
            titles: list[int | None] = []
            starts: list[int] = []
            good = 0
            for a, b in itertools.pairwise(bounds):
                idx = [i for i in filled if a < i < b]
                if a < 0:  # the first piece: the last title line right over prose
                    t = next(
                        (
                            idx[k - 1]
                            for k in range(len(idx) - 1, 0, -1)
                            if tests.prose(strip[idx[k]]) and tests.title(strip[idx[k - 1]])
                        ),
                        None,
                    )
                else:  # a title right under the row above, or under one header line
                    t = _closing_title(strip, idx, tests)
                titles.append(t)
                st = t
                if t is not None and a >= 0 and pos[t] - pos[a] == 2:
                    st = filled[pos[t] - 1]  # the one line between: the piece's header
                starts.append(st if st is not None else b)
                good += t is not None and any(tests.prose(strip[i]) for i in idx if i > t)
            pieces = [[i for i in filled if a < i < b] for a, b in itertools.pairwise(bounds)]
            for k, (st, t) in enumerate(_titles_under_rows(strip, pieces, titles, tests)):
                if t != titles[k] and st is not None:  # the piece's row over its title
                    titles[k], starts[k] = t, st
            good = sum(
                t is not None and any(tests.prose(strip[i]) for i in idx if i > t)
                for t, idx in zip(titles, pieces, strict=True)
            )
            score = good / len(rows)
            title_set = [strip[t] for t in titles if t is not None]
            distinct = len(set(title_set)) == len(title_set)
            head = "\n".join(strip[i] for i in filled if i < starts[0])
            head_prose = any(tests.prose(strip[i]) for i in filled if i < starts[0])
            notes = _notes(strip, filled, {*rows, *(t for t in titles if t is not None)}, tests)
            stated = _stated(head, title_set, len(rows), notes)
            evidence: dict[str, object] = {
                "shape": sig,
                "rows": [r + 1 for r in rows],
                "title_place": "closing",
                "segments": round(score, 3),
                "titles_differ": distinct,
                "no_head_prose": not head_prose,
                "stated": stated,
            }
            if score < 1.0 or not distinct:
                if score >= 0.5 and len(rows) >= MIN_REPEATS and (1.0, len(rows)) > best_key:
                    best, best_key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
                continue
            if (head_prose or len(rows) < MIN_REPEATS) and not stated:
                if (1.0, len(rows)) > best_key:
                    best, best_key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
                continue
            keyed = [
                (s, t, strip[t], (read(strip[s]) or {}) if read and s != t else {})
                for s, t in zip(starts, titles, strict=True)
                if t is not None
            ]
            closers = [(r, (read(strip[r]) or {}) if read else {}) for r in rows]
            key = (2.0, len(rows), not coarse)
            if key > best_key:
                best, best_key = ShapeRun(keyed, "split", evidence, closers), key
    return best
