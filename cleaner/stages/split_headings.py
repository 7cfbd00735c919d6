"""Headers of an HTML compilation: the page's own headings, each over a metadata row.

A digest page (a forum's 精华 list, a portal's 专题) marks every piece with a heading
element (``<h2>``, ``<h3>``) over its byline row (``作者：X　发表于 2021-3-9``, ``X / 2021-3-9 /
回复 N``).  Read as text, such a title may hold a comma or an ideographic space and no
number, and :func:`~cleaner.stages.split_keyed.titled_run` (bare titles, which must not read
like a clause) leaves it; the markup says what it is.  :func:`heading_run` takes the lines
that are the page's declared headings (:attr:`PageHints.headings`, the extractor's kept
headings; the ``<h1>`` is the page's, never a piece's), each right over a metadata row,
two at least, each piece with a body of prose and no prose above the first.  A count
that frames every title and runs 1, 2, 3 (``帖01　标题``, ``No.2 标题``) is not the title's,
nor is one in a closing bracket (``标题（之二）``, ``标题 (Part 2)``).  The first piece's row
may be gone already (the boilerplate stage takes a row at the text's top edge for the
page's own): a declared heading right above the first found one, a body of prose
between, is that piece's header.  With no row over or under any heading, pieces that
each END with a row (the row right above every later heading and one of its shape below
the last: ``【某部 于2021年3月9日发布】``) are a compilation too (:data:`CLOSED`); the split
stage takes those rows as the pieces' metadata (:func:`piece_closers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_dates import normalise_date, roc_date
from cleaner.stages.split_numerals import _number
from cleaner.stages.split_page import nonempty, stripped
from cleaner.stages.split_piece_gates import _bodies_ok, _prose_above

#: A heading is at most this long.
HEADING_MAX_CHARS = 80
#: A count framing a title: a short word, the number, a gap (``帖01　``, ``No.2 ``, ``3、``).
_FRAME = re.compile(r"^(\D{0,3}?)(\d{1,3})(?:[\s\u3000]+|[.、．:：)）]\s*)(?=\S)")
#: A count in a closing bracket: a short word, the number, a short word (``（之二）``).
_TAIL_FRAME = re.compile(
    r"\s*[（(【\[]([^\d（）()【】\[\]一二三四五六七八九十]{0,6}?)"
    r"(\d{1,3}|[一二三四五六七八九十]{1,3})([^\d（）()【】\[\]]{0,4})[）)】\]]$"
)


def heading_run(
    lines: list[str],
    headings: tuple[str, ...],
    below_title: Callable[[str], bool],
    closer: Callable[[str], bool] | None = None,
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(line, rule, title, meta)`` of the declared headings over metadata rows, or [].
    ``closer``: a row that may close a piece (:data:`CLOSED`; ``below_title`` if None),
    a credit row (``资料提供：某课``) as well as a metadata row.

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> row = lambda s: s.startswith("作者：")
    >>> page = ["汇编", "帖1　甲，乙", "作者：某", body, "帖2　丙，丁", "作者：某", body]
    >>> [(i, t) for i, _, t, _ in heading_run(page, ("帖1　甲，乙", "帖2　丙，丁"), row)]
    [(1, '甲，乙'), (4, '丙，丁')]
    >>> heading_run(page, ("帖1　甲，乙",), row)
    []

    A credit row closing each piece reads as a row over the next heading too; the
    first piece has none over it and its prose stands above the second's, so the rows
    close the pieces (:data:`CLOSED`).

    >>> credit = lambda s: s.startswith("供稿：")
    >>> page = ["汇编"]
    >>> for t, unit in (("甲事", "某科"), ("乙事", "某处"), ("丙事", "某站")):
    ...     page += [t, body, body, f"供稿：{unit}"]
    >>> [(i, t) for i, r, t, _ in heading_run(page, ("甲事", "乙事", "丙事"), credit)]
    [(1, '甲事'), (5, '乙事'), (9, '丙事')]
    >>> heading_run(page, ("甲事", "乙事", "丙事"), credit)[0][1] == CLOSED
    True
    """
    wanted = {h for h in headings if h and len(h) <= HEADING_MAX_CHARS}
    if len(wanted) < 2:
        return []
    filled, strip = nonempty(lines), stripped(lines)
    found: list[int] = []
    for k, i in enumerate(filled[:-1]):
        s = strip[i]
        if s in wanted and not below_title(s) and below_title(strip[filled[k + 1]]):
            found.append(i)
    first = _rowless_first(lines, found, wanted) if found else None
    if first is not None:
        found.insert(0, first)
    rule = HEADING_RUN
    if len(found) < 2:
        # each row printed OVER its heading instead (a portal's compilation: the row of
        # facts, then the piece's title): the split stage gives each row to its piece
        # (:func:`split_above.rows_above`), and a bare heading under its row is the
        # piece's title AND its first line of text, as a bare title under any row is
        # (:func:`split_above.titles_under_rows`)
        rule = ROWED
        found = [
            i
            for k, i in enumerate(filled[1:], 1)
            if strip[i] in wanted
            and not below_title(strip[i])
            and below_title(strip[filled[k - 1]])
        ]
        if len(found) >= 2 and _prose_above(lines, found[0]):
            # a piece with its prose above the first row: the rows close the pieces
            # above them (a credit row under each), no row opens one (CLOSED below)
            found = []
    if len(found) < 2:
        found, rule = _closed_run(strip, filled, wanted, closer or below_title), CLOSED
    if len(found) < 2 or len({strip[i] for i in found}) < len(found):
        return []
    if not _bodies_ok(lines, found, 2) or _prose_above(lines, found[0]):
        return []
    titles, dates = dated_tails(_unframed([strip[i] for i in found]))
    if rule == ROWED:  # a heading cut of its count or its date is no bare title: a header
        rule = HEADER_IS_TEXT if titles == [strip[i] for i in found] else HEADING_RUN
    return [
        (i, rule, t, {"published": d} if d else {})
        for i, t, d in zip(found, titles, dates, strict=True)
    ]


#: The rule of a run of the page's own headings (``<h2>``/``<h3>``), each over its row.
HEADING_RUN = "keyed:heading"
#: A run of headings each under its row, while :func:`heading_run` reads it.
ROWED = "keyed:heading_rowed"
#: The rule of a run whose pieces each end with a row (:func:`piece_closers` finds them).
CLOSED = "keyed:heading_closed"
#: a row closing a piece in one bracket pair, a date in it (``【某部 2021年3月9日 阅读 12】``)
_CLOSING = re.compile(
    r"^[【\[［〔（(](?=[^】\]］〕）)]*\d{4}\s*[-年./／]\s*\d)[^。，；！？】\]］〕）)]{6,60}[】\]］〕）)]$"
)


def _closing(s: str, row: Callable[[str], bool]) -> bool:
    """``s`` is a row closing a piece: a metadata row, or one in a bracket pair with a date."""
    return bool(_CLOSING.match(s)) or (row(s) and not _prose_line(s))


def piece_closers(lines: list[str], starts: list[int], row: Callable[[str], bool]) -> list[int]:
    """The rows closing the pieces of a :data:`CLOSED` run headed at ``starts``: the row
    right above every header after the first, and the first one of their shape below the
    last header.

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["甲", body, "【某部 2021年3月9日】", "乙", body, "【某部 2021年3月8日】", "打印"]
    >>> piece_closers(page, [0, 3], lambda s: False)
    [2, 5]
    """
    filled, strip = nonempty(lines), stripped(lines)
    out = [filled[bisect_left(filled, i) - 1] for i in starts[1:]]
    # the last piece's row is of the others' shape (a sign-off's date is no closing row)
    kind = bool(out) and bool(_CLOSING.match(strip[out[0]]))
    last = next(
        (
            i
            for i in filled
            if i > starts[-1] and _closing(strip[i], row) and bool(_CLOSING.match(strip[i])) == kind
        ),
        None,
    )
    return [*out, last] if last is not None else out


def closed_meta(
    lines: list[str],
    keyed: list[tuple[int, str, str, dict[str, str]]],
    row: Callable[[str], bool],
    read: Callable[[str], dict[str, str]],
) -> list[tuple[int, str, str, dict[str, str]]]:
    """The pieces of a :data:`CLOSED` run (``keyed``, as :func:`heading_run` gives them),
    each with the fields ``read`` from the row closing it (:func:`piece_closers`: a
    credit row's desk), under the fields its heading gave (a date in it wins); any other
    run as it is.

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["甲（2021-03-09）", body, "供稿：某科", "乙（2021-03-08）", body, "供稿：某处"]
    >>> run = [(0, CLOSED, "甲", {"published": "2021-03-09"}), (3, CLOSED, "乙", {})]
    >>> read = lambda s: {"origin": s[3:], "published": "1999-01-01"}
    >>> [m for *_, m in closed_meta(page, run, lambda s: s.startswith("供稿"), read)]
    [{'origin': '某科', 'published': '2021-03-09'}, {'origin': '某处', 'published': '1999-01-01'}]
    >>> closed_meta(page, [(0, HEADING_RUN, "甲", {})], lambda s: True, read)
    [(0, 'keyed:heading', '甲', {})]
    """
    if not keyed or keyed[0][1] != CLOSED:
        return keyed
    strip = stripped(lines)
    closers = piece_closers(lines, [k[0] for k in keyed], row)
    out = list(keyed)
    for n, j in enumerate(closers[: len(keyed)]):
        i, rule, title, meta = keyed[n]
        out[n] = (i, rule, title, {**read(strip[j]), **meta})
    return out


def _closed_run(
    strip: list[str], filled: list[int], wanted: set[str], row: Callable[[str], bool]
) -> list[int]:
    """The declared headings whose pieces each END with a row (:func:`_closing`): the
    row right above every heading after the first, and one below the last heading's
    prose; or []."""

    def closing(s: str) -> bool:
        return _closing(s, row)

    heads = [k for k, i in enumerate(filled) if strip[i] in wanted]
    # the page's own heading over the first piece's: only the last heading run counts
    while len(heads) >= 2 and heads[1] == heads[0] + 1:
        heads = heads[1:]
    if len(heads) < 2 or any(not closing(strip[filled[k - 1]]) for k in heads[1:]):
        return []
    if not any(closing(strip[i]) for i in filled[heads[-1] + 2 :]):
        return []
    return [filled[k] for k in heads]


def _prose_line(s: str) -> bool:
    """A line of running text (long, a comma in it): a metadata row never is."""
    return len(s) >= 30 and "，" in s


def _rowless_first(lines: list[str], found: list[int], wanted: set[str]) -> int | None:
    """The declared heading nearest above ``found[0]`` with a body of prose between and
    none above it: the first piece, whose row the boilerplate stage took as the page's."""
    strip = stripped(lines)
    above = [i for i in range(found[0]) if strip[i] in wanted]
    if not above or strip[above[-1]] in {strip[i] for i in found}:
        return None
    i = above[-1]
    if not _bodies_ok(lines[: found[0]], [i], 1) or _prose_above(lines, i):
        return None
    return i


#: a date closing a heading in one bracket pair (``标题（2021-03-09）``, ``標題（110/03/09）``)
_DATED_TAIL = re.compile(r"\s*[（(【\[]([^（）()【】\[\]]{6,16})[）)】\]]$")


def dated_tails(titles: list[str]) -> tuple[list[str], list[str | None]]:
    """The titles without a bracketed date closing EVERY one of them, and those dates
    (ISO; an ROC-era year of three digits read as such); else the titles as they are.

    >>> dated_tails(["甲事（110/03/09）", "乙事（2021-03-02）"])
    (['甲事', '乙事'], ['2021-03-09', '2021-03-02'])
    >>> dated_tails(["甲事（110/03/09）", "乙事（之二）"])
    (['甲事（110/03/09）', '乙事（之二）'], [None, None])
    """
    cut: list[str] = []
    dates: list[str | None] = []
    for t in titles:
        m = _DATED_TAIL.search(t)
        iso = (roc_date(m[1]) or normalise_date(m[1])) if m else None
        if m is None or iso is None or not t[: m.start()].strip():
            return titles, [None] * len(titles)
        cut.append(t[: m.start()].rstrip())
        dates.append(iso)
    return cut, dates


def _tail_unframed(titles: list[str]) -> list[str]:
    """The titles without a closing bracketed count that every one ends with, one word
    around the numbers, the numbers running 1, 2, 3 (``甲（之一）``, ``乙（之二）``)."""
    frames = [_TAIL_FRAME.search(t) for t in titles]
    if not all(frames):
        return titles
    words = {(m.group(1), m.group(3)) for m in frames if m}
    nums = [_number(m.group(2)) for m in frames if m]
    if len(words) != 1 or None in nums or nums[0] != 1:
        return titles
    if nums != list(range(1, len(nums) + 1)):
        return titles
    out = [t[: m.start()].rstrip() for t, m in zip(titles, frames, strict=True) if m]
    return out if all(out) else titles


def _unframed(titles: list[str]) -> list[str]:
    """The titles without a count framing every one of them and running 1, 2, 3."""
    frames = [_FRAME.match(t) for t in titles]
    if not all(frames):
        return _tail_unframed(titles)
    words = {m.group(1) for m in frames if m}
    nums = [int(m.group(2)) for m in frames if m]
    if len(words) != 1 or nums != list(range(nums[0], nums[0] + len(nums))) or nums[0] > 1:
        return titles
    return [t[m.end() :] for t, m in zip(titles, frames, strict=True) if m]
