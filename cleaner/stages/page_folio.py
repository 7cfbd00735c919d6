"""A PDF page's lone folio beside its running head, inside a page's text (issue 12, zt).

Text taken from a PDF keeps each printed page's furniture where the page broke: the folio
(``18``) alone on its line, glued to the running head of the next page (or the foot of
the last), a paragraph cut on either side.  The site's repetition already claims the
running head; the number beside it, different on every page, repeats nowhere.  A bare
number of one to four digits on a line of its own, glued to a line the site repeats and
with a blank line (or the page's edge) on its other side, is that folio.  A number in a
list or a table has its neighbours on both sides, and a number beside no repeated line is
kept.  The boilerplate stage's deletions tell where printed pages turned
(:func:`folios_taken`, :func:`folio_points`): a lone number, or a folio printed with the
running title on one line (``2｜某刊``, ``某刊 · 3``: :func:`folio_number`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleaner.model import Change
from cleaner.rules import load_table
from cleaner.stages.block_joins import cut_points

__all__ = [
    "FOLIO_GAP",
    "PAGE_FOLIO",
    "counted_folio",
    "counted_points",
    "folio_lines",
    "folio_number",
    "folio_parts",
    "folio_points",
    "folios_taken",
]

#: The rule id of a folio this module claims.
PAGE_FOLIO = "boilerplate.page_folio"
_FOLIO = re.compile(r"^\d{1,4}$")
# a folio printed with the running title on one line, a bar or a dot between them
# ('2｜某刊', '某刊 · 3', '12 | 某某年报'): the page's number and its running head
# (the dot in any of its code points: '·', '•', Big5's '‧' U+2027, '・' U+30FB)
_TITLED_FOLIO = re.compile(
    r"^(?:(?P<a>\d{1,4})[ \t\u3000]*[｜|丨·•‧・][ \t\u3000]*(?P<t1>[^\d\s｜|丨·•‧・]{2,20})"
    r"|(?P<t2>[^\d\s｜|丨·•‧・]{2,20})[ \t\u3000]*[｜|丨·•‧・][ \t\u3000]*(?P<b>\d{1,4}))$"
)

#: the bar or dot every titled folio holds (:data:`_TITLED_FOLIO`): a page without one
#: has no titled folio (a page gate, issue 15: one scan instead of a match per line)
TITLED_FOLIO_MARK = re.compile(r"[｜|丨·•‧・]")


def folio_number(line: str) -> int | None:
    """The page number a printed folio line shows: a lone number, or one beside the
    running title across a bar or a dot; None for any other line.

    >>> folio_number("18"), folio_number("2｜某刊月报"), folio_number("某刊月报 · 3")
    (18, 2, 3)
    >>> folio_number("某刊月报　‧　4"), folio_number("5 ・ 某刊月报")
    (4, 5)
    >>> folio_number("第2条｜某事"), folio_number("2｜3"), folio_number("某事 2")
    (None, None, None)
    >>> folio_number("点赞 · 3"), folio_number("Page · 2"), folio_number("12 | 浏览次数")
    (None, None, None)
    """
    got = folio_parts(line)
    return None if got is None else got[0]


def folio_parts(line: str) -> tuple[int, str] | None:
    """The number and the running title ('' for a lone number) of a folio line.

    >>> folio_parts("某刊月报 · 3"), folio_parts("18"), folio_parts("某事 2")
    ((3, '某刊月报'), (18, ''), None)
    """
    s = line.strip()
    if _FOLIO.match(s):
        return int(s), ""
    m = _TITLED_FOLIO.match(s)
    if m is None:
        return None
    title = m["t1"] or m["t2"]
    if not _running_title(title):
        return None
    return int(m["a"] or m["b"]), title


@lru_cache(maxsize=1)
def _title_words() -> tuple[int, tuple[str, ...]]:
    """``[titled_folio]`` of page_folio.toml: the least length and the counter words."""
    t = load_table("page_folio")["titled_folio"]
    return int(t["min_chars"]), tuple(w.lower() for w in t["counters"])


def _running_title(title: str) -> bool:
    """A running title, not a counter's or an action's label (page_folio.toml)."""
    least, counters = _title_words()
    low = title.lower()
    return len(title) >= least and not any(w in low for w in counters)


#: Kept characters that must stand between two deletions for their numbers to be the
#: folios of two printed pages (a page's text lies between; a pager's items do not).
FOLIO_GAP = 20
#: A longer deletion is a block of chrome, not a folio with its running head.
_DELETION_MAX = 80


def folio_lines(stripped: list[str], repeated: Callable[[int], bool]) -> list[int]:
    """The lone folios of a page (module doc); ``repeated(i)``: the site repeats line i.

    >>> page = ["正文的前半段，", "", "18", "某刊的书眉", "", "正文的后半段。"]
    >>> folio_lines(page, lambda i: i == 3)
    [2]
    >>> folio_lines(page, lambda i: False)
    []
    >>> folio_lines(["表一", "17", "某刊的书眉", "18", "19"], lambda i: i == 2)
    []
    """
    out: list[int] = []
    last = len(stripped) - 1
    for i, s in enumerate(stripped):
        if not _FOLIO.match(s):
            continue
        for side, other in ((i + 1, i - 1), (i - 1, i + 1)):
            if 0 <= side <= last and repeated(side) and stripped[side]:
                if other < 0 or other > last or not stripped[other]:
                    out.append(i)
                    break
    return out


# a printed sheet's page counter with its total, a running name before it across a gap or
# not ('某某登记表　　第 2 页　共 4 页', '共3页　第2页'): one line is a page turn by itself
_COUNTED = re.compile(
    r"^(?:[^\s\d。，！？；：,.!?;:]{2,20}[ \t\u3000]+)?"
    r"(?:第[ \t]*(?P<n>\d{1,4})[ \t]*[页頁][ \t\u3000]*[,，/／|｜]?[ \t\u3000]*"
    r"共[ \t]*(?P<of>\d{1,4})[ \t]*[页頁]"
    r"|共[ \t]*(?P<of2>\d{1,4})[ \t]*[页頁][ \t\u3000]*[,，/／|｜]?[ \t\u3000]*"
    r"第[ \t]*(?P<n2>\d{1,4})[ \t]*[页頁])$"
)


def counted_folio(line: str) -> bool:
    """A printed sheet's page counter with its total (``第 2 页　共 4 页``), a running name
    before it or not; the page is one of the count.

    >>> counted_folio("某某登记表　　第 2 页　共 4 页"), counted_folio("共3頁　第2頁")
    (True, True)
    >>> counted_folio("第 5 页　共 4 页"), counted_folio("本表共2页，请填写第1页")
    (False, False)
    >>> counted_folio("第2页　共3页　下一页"), counted_folio("见第 2 页　共 4 页")
    (False, False)
    """
    m = _COUNTED.match(line.strip())
    if m is None:
        return False
    n, of = int(m["n"] or m["n2"]), int(m["of"] or m["of2"])
    return 0 < n <= of and of >= 2


# a printed sheet's running line ending in its own ordinal, framed or not: a running name,
# a gap or a bar or a dot, then the sheet's number in a page word (页, 张, 面, 版) or as
# P./Page N ('〔某某网·打印预览　第2张〕', '某某日报　第3版', '某刊 ｜ P.4'); no sentence mark
_SHEET_ORDINAL = re.compile(
    r"^[（(［\[〔【〖]?[ \t\u3000]*[^\s\d。，！？；：,!?;:（）()\[\]［］【】〔〕〖〗]{2,24}"
    r"(?:[ \t\u3000]*[｜|丨·•‧・—–\-][ \t\u3000]*|[ \t\u3000]+)"
    r"(?:第[ \t]*\d{1,4}[ \t]*[页頁张張面版]|(?i:p\.|pg\.?|page)[ \t]*\d{1,4})"
    r"[ \t\u3000]*[）)］\]〕】〗]?$"
)


def sheet_ordinal(line: str) -> bool:
    """A printed sheet's running line closing with the sheet's own number (its running
    name, then ``第N页``/``张``/``面``/``版`` or ``P.N``), in brackets or not; a page turn
    when the boilerplate stage took it out from between the halves of a cut clause (the
    join still asks for the clause cut, :func:`~cleaner.stages.join_lines._folio_cut`).

    >>> sheet_ordinal("〔某某网·打印预览　第2张〕"), sheet_ordinal("某某日报　第3版")
    (True, True)
    >>> sheet_ordinal("某刊 ｜ P.4"), sheet_ordinal("某某手册 - 第 12 页")
    (True, True)
    >>> sheet_ordinal("详见第2页。"), sheet_ordinal("第2张"), sheet_ordinal("请翻到第2页")
    (False, False, False)
    """
    return _SHEET_ORDINAL.match(line.strip()) is not None


def _counted_deletion(c: Change, mark: Callable[[str], bool] | None = None) -> bool:
    """A short boilerplate deletion holding a sheet's page counter line, or a sheet's
    running line with its ordinal (:func:`sheet_ordinal`), or a line ``mark`` reads as a
    page mark (the shapes the paragraph join reads on the page, had the line stayed)."""
    return (
        c.rule.startswith("boilerplate.")
        and len(c.before) <= _DELETION_MAX
        and any(
            counted_folio(ln) or sheet_ordinal(ln) or (mark is not None and mark(ln.strip()))
            for ln in c.before.split("\n")
        )
    )


def counted_points(
    ledger: Sequence[Change], mark: Callable[[str], bool] | None = None
) -> list[int]:
    r"""Offsets in the current text where the boilerplate stage took a sheet's page
    counter out (:func:`counted_folio`), or a line ``mark`` reads as a page mark (the
    join's own shapes: ``·　·　·　打印第2页　·　·　·`` taken by the line model is the
    page turn it would have crossed on the page): each a page turn by itself, though the
    page's other folios were not taken (the page as a whole is not read as paginated:
    only a paragraph cut right there is joined, as across a visible mark).

    >>> from cleaner.model import Change
    >>> mark = "某表　第 2 页　共 4 页\n"
    >>> rows = [Change("p", "b", "boilerplate.line_model", "delete", 10, 25, mark),
    ...         Change("p", "b", "boilerplate.rule.x", "delete", 40, 50, "第 1 页\n")]
    >>> counted_points(rows)
    [10]
    >>> framed = [Change("p", "b", "boilerplate.line_model", "delete", 60, 70, "＊ 某页 ＊\n")]
    >>> counted_points(framed), counted_points(framed, "＊ 某页 ＊".__eq__)
    ([], [60])
    """
    return cut_points(ledger, lambda c: _counted_deletion(c, mark))


def folios_taken(deletions: Sequence[Change]) -> bool:
    """Did the boilerplate stage take the page's printed folios out?  ``deletions``: the
    page's deletion rows, one per edit.  A folio this module claimed, or two folios of
    consecutive pages that the boilerplate stage took out (the chrome line model and the
    site's repetition take folios too): each the one lone number of a deletion of its
    own, with kept text between the two (a page's worth of text, ``FOLIO_GAP``
    characters at least).  The paragraph joins then know the page was paginated, though
    no mark is left on it.  What extraction left out (a pager list's '1', '2') and two
    numbers of one block (a pager's items, side by side) are no folios.

    >>> from cleaner.model import Change
    >>> def d(rule, s, text): return Change("p", "b", rule, "delete", s, s + len(text), text)
    >>> folios_taken([d("boilerplate.site_repeat", 0, "x"), d(PAGE_FOLIO, 40, "18\\n")])
    True
    >>> head = d("boilerplate.site_repeat", 80, "某刊的书眉\\n18\\n")
    >>> taken = [head, d("boilerplate.x", 300, "19\\n")]
    >>> folios_taken(taken), folios_taken([*taken[:1], d("boilerplate.x", 300, "25\\n")])
    (True, False)
    >>> folios_taken([d("extract.link_list", 80, "18\\n"), d("extract.link_list", 300, "19\\n")])
    False
    >>> folios_taken([d("boilerplate.x", 80, "1\\n"), d("boilerplate.x", 82, "2\\n")])
    False
    >>> pager = d("boilerplate.x", 80, "1\\n2\\n下一页\\n")
    >>> folios_taken([pager, d("boilerplate.x", 300, "3\\n")])
    False
    """
    found: dict[int, list[tuple[int, str, int, int]]] = {}  # step -> (number, title, s, e)
    spans: dict[int, list[tuple[int, int]]] = {}  # step -> its boilerplate deletions
    for c in deletions:
        if not c.rule.startswith("boilerplate."):
            continue  # extraction's drops: a pager, a menu, never a printed page
        if c.rule == PAGE_FOLIO:
            return True
        spans.setdefault(c.step, []).append((c.start, c.end))
        if len(c.before) > _DELETION_MAX:
            continue
        numbers = [f for f in map(folio_parts, c.before.split("\n")) if f is not None]
        if len(numbers) == 1:
            found.setdefault(c.step, []).append((*numbers[0], c.start, c.end))
    for step, folios in found.items():
        for n, title, s, e in folios:
            for m, title2, s2, e2 in folios:
                if m != n + 1 or title2 != title:
                    continue  # a titled folio repeats its running title page by page
                if _kept_between(spans[step], *sorted(((s, e), (s2, e2)))):
                    return True
    return False


def _kept_between(spans: list[tuple[int, int]], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Does the step keep ``FOLIO_GAP`` characters between deletions ``a`` and ``b``?"""
    lo, hi = a[1], b[0]
    if hi - lo < FOLIO_GAP:
        return False
    gone = sum(max(0, min(e, hi) - max(s, lo)) for s, e in spans)
    return hi - lo - gone >= FOLIO_GAP


def _holds_folio(c: Change) -> bool:
    """A short boilerplate deletion with a lone number on a line of its own (a folio)."""
    if not c.rule.startswith("boilerplate.") or len(c.before) > _DELETION_MAX:
        return False
    if c.rule == PAGE_FOLIO:
        return True  # a folio this module or folio_cuts claimed ('某馆　第 2 页' in words)
    # as folios_taken: exactly one lone number (a pager '1 2 3 下一页' or a counter
    # '点赞 12 评论 3' is no printed page turn)
    return sum(1 for ln in c.before.split("\n") if folio_number(ln) is not None) == 1


def folio_points(ledger: Sequence[Change]) -> list[int]:
    r"""Offsets in the current text where the boilerplate stage took a printed folio out
    (with the running foot or head beside it, or alone): where a printed page turned,
    though no mark is left on the page.  Read only on a page whose folios were taken
    (:func:`folios_taken`): a paragraph cut there is joined as across a visible mark.

    >>> from cleaner.model import Change
    >>> rows = [Change("p", "b", "boilerplate.site_repeat", "delete", 10, 20, "某刊热线　网址\n"),
    ...         Change("p", "b", "boilerplate.line_model", "delete", 20, 22, "7\n"),
    ...         Change("p", "b", "boilerplate.rule.x", "delete", 40, 50, "更多精彩内容\n")]
    >>> folio_points(rows)  # both lines gone: the folio stood at offset 10 of what is left
    [10]
    """
    return cut_points(ledger, _holds_folio)
