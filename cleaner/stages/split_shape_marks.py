"""The shape-run fallback's MARK mode (:mod:`split_shape_run`, issue 12, item 3): pieces
parted by one mark line printed again and again, the same text each time (a rule of
symbols ``※※※※※※``, ``－－－－－－``, an end mark ``（完）``, ``—— 完 ——``).

The opening-row modes need rows that DIFFER (a scene break repeats itself exactly) and
the closing mode too; a compilation whose only divider is one such line stayed one
article.  A mark line (:func:`mark_kind`: short, no digit; a RULE of three symbols or
more, or an END mark: one word of :data:`END_WORDS` among symbols, never a caption's
``（图）``, ``（续）`` nor a bare ``……``, ``——``, ``→→``) printed ``k >= 2`` times is
judged by where it stands (an end mark only closing the pieces):

* OVER each piece (no prose above the first mark): under every mark a title line
  (:meth:`_Tests.title`: short, no sentence, no enumerator) with prose under it (a
  last mark with no prose under it closes the page: it stays the last piece's line);
* CLOSING each piece (the last mark under the page's last prose): prose right over
  every mark, a title right under every mark but the last, the first piece's title the
  title line right over the page's first prose;
* BETWEEN the pieces (prose on both sides of every mark, a title right under each).

A story's scene breaks have prose, not a title, under them; a document's numbered
sections (``一、…``) fail the title test.  Three pieces or more declare a compilation
over or closing; two, or marks only between the pieces (a feature's subtitled sections
look the same), pass only when the page states its pieces (:func:`_stated`: a count or
the titles in its head, or a total on a line of its own); otherwise the page stays one
article, flagged ``unsure``.  Even then the repeated line alone never splits: the caller
keeps the split only when confirmed (:mod:`split_shape_confirm`: a stated count, an
issue mark in the head, a fields row under every title; never under a byline in the
head), else flags it.  Standard library only, as its siblings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cleaner.stages.split_shape_lines import (
    _HAN,
    _SENTENCE_END,
    MIN_REPEATS,
    ShapeRun,
    _notes,
    _stated,
    _Tests,
)

__all__ = ["mark_line", "mark_run"]

#: a mark line of letters (``（完）``, ``—— END ——``) is at most this long; a rule of
#: symbols alone may run to :data:`RULE_MAX_CHARS`
MARK_MAX_CHARS = 16
RULE_MAX_CHARS = 60
#: the only words an END mark may hold (data: a closing word, never a caption's ``图``,
#: ``续``); a mark with letters stands only CLOSING its pieces
END_WORDS = ("完", "终", "END")
#: a rule of symbols alone holds at least this many (``※※※``; never a bare ``……``,
#: ``——``, ``→→``: prose punctuation)
RULE_MIN_SYMBOLS = 3
#: a letter unit: one Han character or one Latin word
_LETTER = re.compile(r"[A-Za-z]+|[\u3400-\u9fff]")
_SYMBOL = re.compile(r"[^\w\s]")
#: a decimal digit (``str.isdecimal``: Unicode category Nd, as ``\d`` in a str pattern)
_DIGIT = re.compile(r"\d")


def mark_kind(s: str) -> str | None:
    """``rule`` (symbols alone, three or more), ``end`` (one end word of
    :data:`END_WORDS` among symbols, two or more), or None.

    >>> [mark_kind(s) for s in ("※※※※※※", "（完）", "—— END ——", "- - -")]
    ['rule', 'end', 'end', 'rule']
    >>> [mark_kind(s) for s in ("（图）", "（续）", "……", "——", "→→", "（全文完）", "END")]
    [None, None, None, None, None, None, None]
    """
    if not s or len(s) > RULE_MAX_CHARS or _DIGIT.search(s):
        return None  # the length first: most lines are prose, far over the limit
    letters = _LETTER.findall(s)
    if len(letters) > 1 or _SENTENCE_END.search(s):
        return None
    symbols = len(_SYMBOL.findall(s))
    if not letters:
        return "rule" if symbols >= RULE_MIN_SYMBOLS else None
    word = letters[0].upper()
    if len(s) > MARK_MAX_CHARS or word not in END_WORDS or symbols < 2:
        return None
    return "end"


def mark_line(s: str) -> bool:
    """Is ``s`` (stripped) a mark line (:func:`mark_kind`)?

    >>> [mark_line(s) for s in ("（未完待续）", "（2）", "——某某", "《某书》", "END")]
    [False, False, False, False, False]
    """
    return mark_kind(s) is not None


def _first_title(strip: Sequence[str], idx: Sequence[int], t: _Tests) -> int | None:
    """The title of the page's first piece in lines ``idx``: the title line right over
    its first prose line, no prose above it."""
    for k, i in enumerate(idx):
        if t.prose(strip[i]):
            return idx[k - 1] if k and t.title(strip[idx[k - 1]]) else None
    return None


def _titled_under(strip: Sequence[str], idx: Sequence[int], t: _Tests) -> int | None:
    """The title line opening lines ``idx`` (right under a mark), prose under it."""
    if len(idx) >= 2 and t.title(strip[idx[0]]) and any(t.prose(strip[i]) for i in idx[1:]):
        return idx[0]
    return None


def _judge_marks(
    strip: Sequence[str], filled: list[int], marks: list[int], t: _Tests
) -> tuple[str, list[int | None], list[int]] | None:
    """Where the marks stand (``over``, ``closing``, ``between``), each piece's title
    line (None where none) and where each piece starts; None when the marks part no
    titled pieces at all (a scene break, a rule under the page's head)."""
    bounds = [*marks, len(strip)]
    chunks = [[i for i in filled if a < i < b] for a, b in itertools.pairwise(bounds)]
    above = [i for i in filled if i < marks[0]]
    if not any(t.prose(strip[i]) for i in above):
        if len(marks) > 2 and not any(t.prose(strip[i]) for i in chunks[-1]):
            marks, chunks = marks[:-1], chunks[:-1]  # the last rule closes the page
        titles = [_titled_under(strip, c, t) for c in chunks]
        return "over", titles, list(marks)
    if not all(k > 0 and t.prose(strip[filled[k - 1]]) for k in map(filled.index, marks)):
        return None
    first = _first_title(strip, above, t)
    tail = chunks[-1]
    if not any(t.prose(strip[i]) for i in tail):  # the last mark closes the last piece
        titles = [first, *(_titled_under(strip, c, t) for c in chunks[:-1])]
        # each mark stays its piece's last line: the pieces start at their titles
        return (
            "closing",
            titles,
            [x if x is not None else m for x, m in zip(titles, [0, *marks], strict=False)],
        )
    titles = [first, *(_titled_under(strip, c, t) for c in chunks)]
    return "between", titles, [first if first is not None else 0, *marks]


def mark_run(strip: Sequence[str], filled: list[int], tests: _Tests) -> ShapeRun:
    """Pieces parted by one repeated mark line (see the module's doc)."""
    groups: dict[str, list[int]] = {}
    for i in filled:
        if tests.once(mark_line, strip[i]):
            groups.setdefault(strip[i], []).append(i)
    best = ShapeRun()
    best_key: tuple[float, ...] = (-1.0,)
    for sig, marks in groups.items():
        if len(marks) < 2:
            continue
        judged = _judge_marks(strip, filled, marks, tests)
        if judged is None:
            continue
        place, titles, starts = judged
        if place != "closing" and mark_kind(sig) != "rule":
            continue  # an end word only closes a piece: over or between, symbols alone
        good = [x for x in titles if x is not None]
        if not good:
            continue
        score = len(good) / len(titles)
        named = [strip[x] for x in good]
        distinct = len(set(named)) == len(named)
        head = "\n".join(strip[i] for i in filled if i < min(starts))
        notes = _notes(strip, filled, {*marks, *good}, tests)
        stated = _stated(head, named, len(titles), notes)
        evidence: dict[str, object] = {
            "shape": "mark:" + sig,
            "rows": [r + 1 for r in marks],
            "title_place": "mark_" + place,
            "segments": round(score, 3),
            "titles_differ": distinct,
            "stated": stated,
        }
        whole = score == 1.0 and distinct and all(_HAN.search(n) for n in named)
        confirmed = stated or (place != "between" and len(titles) >= MIN_REPEATS)
        if whole and confirmed:
            keyed: list[tuple[int, int, str, dict[str, str]]] = [
                (s, x, strip[x], {}) for s, x in zip(starts, titles, strict=True) if x is not None
            ]
            run, key = ShapeRun(keyed, "split", evidence), (2.0, len(titles))
        elif score >= 0.5 and distinct and len(titles) >= 2:
            run, key = ShapeRun([], "unsure", evidence), (1.0, len(titles))
        else:
            continue
        if key > best_key:
            best, best_key = run, key
    return best
