"""Dated rows over the pieces' titles: a compilation of logs or diary entries whose every
piece opens with a row of its own day ABOVE its bare title (issue 12, zu).

``2023年3月2日　星期四　小雪`` over ``检修村口的灌溉泵站``, often a row of labelled cells
right under the title (``地点：某村｜记录：某某（技师）``), then the entry's prose.  The
dated row is the piece's header and its date the piece's publish date; the title line
stays as text (:data:`split_clock.TITLE_IS_TEXT`); a row of labelled cells under the
title is the piece's metadata (an author read from it, by its label or as the one name
the row gives with a rank in brackets).  Proof rests on structure alone:

* two rows at least, each a full date (year, month, day) at the line's start and at most
  three short cells after it (a weekday, the weather), no sentence;
* the line right under every row a title-shaped line that is no dated row, the line
  over every row but the first the end of a sentence (a sign-off's date stands under
  the sender's name, closing its piece);
* the rows' dates in page order, oldest first or newest first;
* every title over a row of labelled cells (two cells at least): the entries of a log
  kept by several hands.  A weekday or the weather after the date is no proof: one
  travelogue, one weekly report, one diary prints its days so, and bare dates over
  events are a timeline's entries; each is one article;
* every piece holds prose.

A closing note in brackets after the last piece that names the pieces together and says
how they were compiled (``（以上日志由各站填报，经中心审核后选编。）``: short, one sentence
at most, a word of compiling from ``rules/compilations.toml``) belongs to no piece: it is
the compilation's, reported as ``closing``.  A bracketed note that reports facts of its
own (a status, next week's plan) stays the last piece's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cleaner.stages.cell_gaps import CELL_GAP_OR_SPACED_BAR
from cleaner.stages.compilation_words import closing_note, contact_label
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PROSE
from cleaner.stages.split_above import title_lines
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_page import MIN_BODY_CHARS, joined, nonempty, prose_chars, stripped

__all__ = ["DatedRun", "dated_rows", "dated_run", "row_cells"]

_DATE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})")
#: what every :data:`_DATE` holds (its first character), looked for once on the page
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r"[ \t\u3000]+")
_LABELLED = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,8})[：:]\s*(?P<value>\S.*)$")
#: A person's name and a rank in brackets: ``某某（技师）``.
_RANKED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[（(][\u4e00-\u9fff]{2,8}[）)]$")
#: The end of the line over every row but the first: the piece above ends its sentence.
_ENDED = re.compile(r"[。！？!?…”’）)」』]$")
#: At most this many cells after the date, each at most this long.
_MAX_CELLS = 3
_CELL_CHARS = 8

Field = Callable[[str], str | None]


@dataclass(slots=True)
class DatedRun:
    """The pieces :func:`dated_rows` finds: ``keyed`` as the split's other recognisers
    give them, ``rows`` the metadata rows under the titles (line → fields) and
    ``closing`` the compilation's closing note (a line index) if any."""

    keyed: list[tuple[int, str, str, dict[str, str]]] = field(default_factory=list)
    rows: dict[int, dict[str, str]] = field(default_factory=dict)
    closing: int | None = None


def dated_row(s: str) -> str | None:
    """The ISO date of a dated row (module doc), else None.

    >>> dated_row("2023年3月2日　星期四　小雪"), dated_row("2019-04-01 周一")
    ('2023-03-02', '2019-04-01')
    >>> dated_row("2023年3月2日，我们来到村里。"), dated_row("2023年3月")
    (None, None)
    """
    m = _DATE.match(s)
    if m is None:
        return None
    rest = s[m.end() :].strip()
    if rest and not _GAP.match(s[m.end() :]):
        return None  # '2023年3月2日下午' runs on: a sentence's opening
    cells = [c for c in _GAP.split(rest) if c]
    if len(cells) > _MAX_CELLS or any(len(c) > _CELL_CHARS or _SENTENCE.search(c) for c in cells):
        return None
    return normalise_date(m.group())


def row_cells(s: str, field_of: Field) -> dict[str, str] | None:
    """The fields of a row of two labelled cells or more (``label：value``), else None:
    the label's field where the tables name one, else the one value that is a name with
    a rank in brackets as the author (a contact's is none: its labels in
    ``rules/compilations.toml``).

    >>> row_cells("地点：东岭村｜记录：程一舟（技师）", lambda label: None)
    {'author': '程一舟'}
    >>> row_cells("联系人：程一舟（技师）｜电话：123", lambda label: None)
    {}
    >>> row_cells("地点：东岭村，天气很好。", lambda label: None) is None
    True
    """
    if _PROSE.search(_LABELLED.sub("", s)) and "｜" not in s and "|" not in s:
        return None
    cells = [c.strip() for c in CELL_GAP_OR_SPACED_BAR.split(s) if c.strip()]
    found = [_LABELLED.match(c) for c in cells]
    if len(found) < 2 or not all(found):
        return None
    out: dict[str, str] = {}
    ranked: list[str] = []
    for m in found:
        assert m is not None
        label, value = m["label"], m["value"].strip()
        if _PROSE.search(value):
            return None
        name = field_of(label)
        if name and name not in out:
            out[name] = value
        r = _RANKED.match(value)
        if r is not None and not contact_label(label):
            ranked.append(r["name"])
    if "author" not in out and len(ranked) == 1:
        out["author"] = ranked[0]
    elif "author" in out and (r := _RANKED.match(out["author"])) is not None:
        out["author"] = r["name"]
    return out


def dated_rows(lines: list[str], field_of: Field) -> DatedRun:
    """The pieces of a compilation whose pieces each open with a dated row over their
    title (module doc), else an empty run.

    >>> body = "上午我们到村里查看了泵站，发现进水口被杂草堵住，当场组织清理。"
    >>> page = ["某站工作日志", "2023年3月2日　星期四　雪", "检修村口泵站",
    ...         "地点：东岭村｜记录：程一舟（技师）", body,
    ...         "2023年3月9日　星期四　晴", "回访泵站运行", "地点：西岭村｜记录：站里", body,
    ...         "（以上日志由站里汇编。）"]
    >>> run = dated_rows(page, lambda label: None)
    >>> [(i, t) for i, _, t, _ in run.keyed]
    [(1, '检修村口泵站'), (5, '回访泵站运行')]
    >>> [m for _, _, _, m in run.keyed]
    [{'author': '程一舟', 'published': '2023-03-02'}, {'published': '2023-03-09'}]
    >>> run.rows, run.closing
    ({3: {'author': '程一舟'}, 7: {}}, 9)

    A day's row (a weekday, the weather) over each title but no labelled cells under
    them: one diary's days, no run.

    >>> dated_rows([page[0], *page[1:3], body, *page[5:7], body], lambda x: None).keyed
    []

    Sign-off dates each under a sender's name, dates out of order, or one row: no run.

    >>> signed = ["甲站通知", body, "甲站", "2023年3月2日", "乙站通知", body, "乙站",
    ...           "2023年3月9日", "丙站通知", body]
    >>> dated_rows(signed, lambda x: None).keyed
    []

    >>> late = ["2023年2月1日　星期三", "清理渠道淤泥", "地点：南村｜记录：站里", body]
    >>> dated_rows(page[1:9] + late, lambda x: None).keyed
    []
    >>> dated_rows(page[:5], lambda x: None).keyed
    []
    """
    if _DIGIT.search(joined(lines)) is None:
        return DatedRun()  # every row opens with a date's digits: none on the page (most)
    filled, strip = nonempty(lines), stripped(lines)
    if not any(_DATE.match(strip[i]) for i in filled):
        return DatedRun()
    title: list[bool] | None = None
    found: list[tuple[int, int, str]] = []  # (row, title line, date)
    for k, i in enumerate(filled[:-1]):
        day = dated_row(strip[i])
        if day is None:
            continue
        t = filled[k + 1]
        if title is None:
            title = title_lines(lines)
        if not title[t] or dated_row(strip[t]) is not None:
            return DatedRun()  # a dated row over no title: a date of the text
        if found and not _ENDED.search(strip[filled[k - 1]]):
            return DatedRun()  # a sign-off's date under its name: it closes a piece
        found.append((i, t, day))
    if len(found) < 2:
        return DatedRun()
    days = [d for _, _, d in found]
    if days != sorted(days) and days != sorted(days, reverse=True):
        return DatedRun()
    ends = [*(r for r, _, _ in found[1:]), len(lines)]
    # a row of labelled cells under every title: a log's entries; a weekday or the
    # weather on the dated row alone is one diary's day, bare dates a timeline's
    run = DatedRun()
    for (r, t, day), end in zip(found, ends, strict=True):
        under = [j for j in filled if t < j < end]
        meta: dict[str, str] = {"published": day}
        if under and (cells := row_cells(strip[under[0]], field_of)) is not None:
            run.rows[under[0]] = cells
            meta = {**cells, **meta}
            under = under[1:]
        else:
            return DatedRun()
        if prose_chars((lines[j] for j in under), _PROSE) < MIN_BODY_CHARS:
            return DatedRun()
        run.keyed.append((r, TITLE_IS_TEXT, strip[t], meta))
    last = [j for j in filled if j > found[-1][1]]
    if len(last) > 1 and closing_note(strip[last[-1]]):
        run.closing = last[-1]
    return run


def dated_run(
    lines: list[str], field_of: Field, asked_rows: dict[int, tuple[str, dict[str, str]]]
) -> tuple[list[tuple[int, str, str]], dict[int, dict[str, str]]]:
    """The split's headers and their metadata from :func:`dated_rows`; the metadata rows
    under the titles and the closing note go to ``asked_rows`` (deleted, each to the
    ledger with what it reads)."""
    run = dated_rows(lines, field_of)
    if not run.keyed:
        return [], {}
    for j, cells in run.rows.items():
        asked_rows[j] = ("split.meta_header", cells or {"line": lines[j].strip()})
    if run.closing is not None:
        asked_rows[run.closing] = ("split.page_close", {"line": lines[run.closing].strip()})
    return [(i, rule, t) for i, rule, t, _ in run.keyed], {i: m for i, _, _, m in run.keyed}
