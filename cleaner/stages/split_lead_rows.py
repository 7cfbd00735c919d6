"""Rows with a header row's shape above a title: never the title while a heading-shaped
line stands right below them; their fields go to ``meta``.

A headerless piece's first line is its title (:func:`title_choice.title_from_body`), but a
site may print a row above the title: a date(-time) row with the issuing body
(``2021-03-09 16:20　某某气象台``), a short label/value mark (``类别标记：A``) or the bare
document number (``某建复〔2021〕12号``).  Such a row is the header's, read into fields; the
line below it becomes the title.  A heading's shape is :func:`title_shape.heading_like`
(the one test of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_MARK
from cleaner.stages.split_cell_marks import _is_org
from cleaner.stages.split_meta import normalise_date
from cleaner.stages.title_shape import heading_like

_DATE_ROW = re.compile(
    r"^(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,20}))?$"
)
# a dated byline row is short, and holds a year (the reader is asked only then)
DATED_BYLINE_MAX = 40
_YEAR = re.compile(r"\d{4}")
# a headline under a dated byline row: at most this long, no sentence's end in it
HEADLINE_MAX = 40
# a short mark: a label of Han letters and a value of a few letters or digits
_MARK_ROW = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:][ \t\u3000]*[A-Za-z0-9]{1,4}$")


@cache
def _body_end() -> re.Pattern[str]:
    """A body's name ending (a station, bureau, court, office: ``headers.toml``
    ``[lead_row] body_endings``): the row's issuer."""
    ends = "|".join(map(re.escape, load_table("headers")["lead_row"]["body_endings"]))
    return re.compile(rf"(?:{ends})$")


def lead_row(
    line: str,
    doc_number: Callable[[str], str | None],
    read_row: Callable[[str], dict[str, str] | None] | None = None,
) -> dict[str, str] | None:
    """Fields of a row with a header row's shape, or None.  With ``read_row`` (the split's
    reader of a row by a title) a dated byline row reads too: the row's date and who
    wrote or sent the piece (``【某栏】2021-03-09　执笔：某某``), both or no row.

    >>> lead_row("2021-03-09 16:20　某某气象台", lambda s: None)
    {'published': '2021-03-09', 'issuer': '某某气象台'}
    >>> lead_row("类别标记：B", lambda s: None)
    {}
    >>> lead_row("注意：三点", lambda s: None), lead_row("2021-03-09 他来了", lambda s: None)
    (None, None)
    >>> read = lambda s: {"published": "2021-03-09", "author": "某某"} if "执笔" in s else None
    >>> lead_row("【某栏】2021-03-09　执笔：某某", lambda s: None, read)
    {'published': '2021-03-09', 'author': '某某'}
    >>> lead_row("【某栏】2021-03-09　执笔：某某", lambda s: None) is None
    True
    """
    s = line.strip()
    if (m := _DATE_ROW.match(s)) is not None:
        day = normalise_date(m["date"])
        if day is None:
            return None
        out = {"published": day}
        if m["name"]:
            if not (_is_org(m["name"]) or _body_end().search(m["name"])):
                return None
            out["issuer"] = m["name"]
        return out
    if _MARK_ROW.match(s):
        return {}
    if (number := doc_number(s)) is not None:
        return {"doc_number": number}
    if read_row is not None and len(s) <= DATED_BYLINE_MAX and _YEAR.search(s):
        fields = read_row(s)
        if fields and "published" in fields and fields.keys() & {"author", "origin"}:
            return fields
    return None


# a line that is one bracket and nothing else ('（編號：AB/2020/7）', '〔文号：某发12号〕')
_BOXED = re.compile(
    r"^(?:[（(][^（()）]+[）)]|〔[^〔〕]+〕|[［\[][^［］\[\]]+[］\]]|【[^【】]+】)$"
)


def boxed_number(line: str, named: Callable[[str], str | None]) -> str | None:
    """The document number a line of one bracket alone names under a number's label
    (``named``: the reader of such a bracket inside a text line, which keeps the line).
    Alone on its line the bracket is a header row of the notice, no word of its text:
    its number a field, the row gone with the other rows over the title.

    >>> named = lambda s: "AB/2020/7" if "编号" in s else None
    >>> boxed_number("（编号：AB/2020/7）", named), boxed_number("〔编号：AB/2020/7〕", named)
    ('AB/2020/7', 'AB/2020/7')
    >>> boxed_number("本次工程（编号：AB/2020/7）已完成。", named) is None  # a text line
    True
    """
    s = line.strip()
    return named(s) if _BOXED.match(s) else None


def lead_rows(
    lines: list[str],
    doc_number: Callable[[str], str | None],
    read_row: Callable[[str], dict[str, str] | None] | None = None,
) -> list[tuple[int, dict[str, str]]]:
    """The header-shaped rows opening ``lines`` (at most three), each with its fields, when
    a heading-shaped line follows them; else none.

    >>> lead_rows(["类别标记：B", "某局复〔2020〕3号", "关于某事的答复", "正文。"],
    ...           lambda s: s if s.endswith("号") else None)
    [(0, {}), (1, {'doc_number': '某局复〔2020〕3号'})]
    >>> lead_rows(["类别标记：B", "正文一句。"], lambda s: None)
    []
    """
    found: list[tuple[int, dict[str, str]]] = []
    for i, line in enumerate(lines[:3]):
        fields = lead_row(line, doc_number, read_row)
        if fields is None:
            break
        found.append((i, fields))
    n = len(found)
    if not found or n >= len(lines) - 1:
        return []
    if heading_like(lines[n]):
        return found
    # under a dated byline row, a headline may hold a clause mark ('某事将至，今年可见')
    bylined = any(k in f for _, f in found for k in ("author", "origin"))
    return found if bylined and _headline(lines[n]) else []


def _headline(line: str) -> bool:
    """A headline that may hold a comma or a colon: short, no sentence's end inside."""
    s = line.strip()
    return 4 <= len(s) <= HEADLINE_MAX and not _SENTENCE_MARK.search(s)


def titles_over_rows(
    lines: list[str], rows: list[int], rule: str
) -> list[tuple[int, str, str, dict[str, str]]]:
    """Headers ``(line, rule, title, {})`` at the heading-shaped line right over each
    metadata row of ``rows``; [] when any row has none (the rows then split nothing).

    >>> page = ["汇编", "甲诉乙纠纷案", "〔2021-03-09〕（2021）某01民初3号", "正文。",
    ...         "丙诉丁纠纷案", "〔2021-03-08〕（2021）某01民初2号", "正文。"]
    >>> [(i, t) for i, _, t, _ in titles_over_rows(page, [2, 5], "r")]
    [(1, '甲诉乙纠纷案'), (4, '丙诉丁纠纷案')]
    >>> titles_over_rows(["正文一句。", "〔2021-03-09〕（2021）某01民初3号"], [1], "r")
    []
    """
    out: list[tuple[int, str, str, dict[str, str]]] = []
    for row in rows:
        k = row - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k < 0 or not heading_like(lines[k]) or (out and out[-1][0] >= k):
            return []
        out.append((k, rule, lines[k].strip(), {}))
    return out
