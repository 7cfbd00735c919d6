"""Pieces each closed by a metadata row: a compilation's cue under numbered headers.

A page that compiles several cases, notices or items often closes each under its numbered
header with a row of its own fields (who handled it, when it was settled: ``经办\t某处\t
日期\t2021.05.06``), the row a table of label and value cells leaves.  A document's own
numbered sections close with prose, never each with a row of fields: when every piece but
the last ends on such a row and the last holds one, the numbered lines head documents.
Such headers may be written as sentences (``2.某单位某人违规某事问题。``): the title is the
line without its closing full stop (:func:`unstopped`).  Used by :func:`split_headers.judge`.
"""

from __future__ import annotations

from collections.abc import Callable

# a sentence mark inside a line: with one, the line is prose, not a title written as
# a sentence
from cleaner.stages.sentence_marks import CLAUSE_MARK as _INNER


def unstopped(title: str) -> str:
    """The title without one closing full stop, when no other sentence mark is in it.

    >>> unstopped("甲县某局原科长某某违规用车问题。"), unstopped("首先，要做好准备。")
    ('甲县某局原科长某某违规用车问题', '首先，要做好准备。')
    >>> unstopped("某事的通知")
    '某事的通知'
    """
    if title.endswith("。") and len(title) > 1 and not _INNER.search(title[:-1]):
        return title[:-1]
    return title


def _last_worded(body: list[str]) -> str:
    return next((ln.strip() for ln in reversed(body) if any(ch.isalnum() for ch in ln)), "")


def closed_by_rows(bodies: list[list[str]], meta_row: Callable[[str], bool]) -> bool:
    """Every piece but the last ends on a metadata row under prose, the last holds one.

    ``bodies``: the lines under each header up to the next (the last runs to the page's
    end, where the foot chrome follows its row).  A row right under its header is the
    header's own row (:func:`split_headers.judge` reads it), not a closing one.

    >>> row = lambda s: s.startswith("经办")
    >>> one, two = ["甲事的经过很长。", "经办\\t某处"], ["乙事的经过。", "经办\\t他处", "页脚"]
    >>> closed_by_rows([one, two], row)
    True
    >>> closed_by_rows([["甲事的经过很长。", "结语。"], ["乙事的经过。", "经办\\t他处"]], row)
    False
    """
    if len(bodies) < 2:
        return False
    for body in bodies[:-1]:
        worded = [ln.strip() for ln in body if ln.strip()]
        if len(worded) < 2 or not meta_row(_last_worded(body)):
            return False
    last = [ln.strip() for ln in bodies[-1] if ln.strip()]
    return any(meta_row(ln) for ln in last[1:])


def closing_rows(lines: list[str], starts: list[int], meta_row: Callable[[str], bool]) -> list[int]:
    """The rows closing the pieces headed at ``starts`` (one per piece: the last line of
    every piece but the last, the first row under the last piece's prose), or [] when the
    pieces are not all closed by rows (:func:`closed_by_rows`).

    >>> row = lambda s: s.startswith("经办")
    >>> page = ["1.甲", "甲事的经过。", "经办\\t某处", "2.乙", "乙事的经过。", "经办\\t他处"]
    >>> page.append("页脚")
    >>> closing_rows(page, [0, 3], row), closing_rows(page[:5], [0, 3], row)
    ([2, 5], [])
    """
    ends = [*starts[1:], len(lines)]
    bodies = [lines[s + 1 : e] for s, e in zip(starts, ends, strict=True)]
    if not closed_by_rows(bodies, meta_row):
        return []
    out = [
        next(k for k in range(e - 1, s, -1) if any(ch.isalnum() for ch in lines[k]))
        for s, e in zip(starts[:-1], ends[:-1], strict=True)
    ]
    firsts = [k for k in range(starts[-1] + 1, len(lines)) if lines[k].strip()]
    out.append(next(k for k in firsts[1:] if meta_row(lines[k].strip())))
    return out
