"""A compiled issue's papers: each a title glued over the row of its authors' names.

An issue's table of contents with abstracts, a proceedings volume, a newsletter of
reports: each piece opens with its title and, on the next line, its authors
(``某甲　某乙``, ``某甲¹，某乙²``), no number and no metadata label (issue 12, blind set r).
:func:`paper_run` finds such a run by the shapes of :mod:`cleaner.stages.paper_heads`:
two titles at least, distinct, each over a name row and a body of prose, no prose above
the first (a run whose first piece lost its title is kept whole).  The name row under
each header is the piece's metadata (:func:`names_under`), not its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.paper_heads import (
    affiliation_row,
    name_rows_at_most,
    names_row,
    title_over_names,
)
from cleaner.stages.split_keyed import _bodies_ok, _prose_above
from cleaner.stages.split_meta_rows import field_mark_lines
from cleaner.stages.split_page import joined, nonempty, stripped

__all__ = ["PAPER", "foot_notes", "front_rows", "names_under", "paper_run", "rows_under_title"]

#: The rule of a header this module found.
PAPER = "keyed:paper"
#: A title is at most this long.
TITLE_MAX_CHARS = 40


def paper_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """The titles of a run of papers (module doc), as the split stage's keyed headers.

    >>> body = "摘要：正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["某刊目录", "", "甲县调查", "某甲　某乙", body, "", "乙县调查", "某丙", body]
    >>> paper_run(page)
    []
    >>> page[7] = "某丙　某丁"
    >>> [(i, t) for i, _, t, _ in paper_run(page)]
    [(2, '甲县调查'), (6, '乙县调查')]
    """
    if name_rows_at_most(joined(lines), 1):
        return []  # two papers need two name rows: most pages hold none (one C scan)
    found: list[tuple[int, str]] = []
    strip = stripped(lines)
    for i in nonempty(lines):
        s = strip[i]
        if len(s) <= TITLE_MAX_CHARS and title_over_names(strip, i):
            found.append((i, s))
    if len(found) < 2 or len({t for _, t in found}) < len(found):
        return []
    starts = [i for i, _ in found]
    if not _bodies_ok(lines, starts, 2) or _prose_above(lines, starts[0]):
        return []
    return [(i, PAPER, t, {}) for i, t in found]


def names_under(line: str) -> dict[str, str] | None:
    """The authors' row under a paper's header, as its metadata (``author``), or None.

    >>> names_under("某甲¹，某乙²"), names_under("正文。")
    ({'author': '某甲¹，某乙²'}, None)
    """
    s = line.strip()
    return {"author": s} if names_row(s) else None


def rows_under_title(
    lines: list[str], content: list[int], title: str
) -> list[tuple[int, dict[str, str]]]:
    """A single paper's name row glued under its title line (one of the first lines of
    ``content``) and the affiliation row glued under that: ``(line, fields)`` each.

    >>> page = ["某县教研", "某甲¹，某乙²", "（1. 某学院；2. 某中学）", "摘要：正文。"]
    >>> rows_under_title(page, [0, 1, 2, 3], "某县教研")
    [(1, {'author': '某甲¹，某乙²'}), (2, {'affiliation': '（1. 某学院；2. 某中学）'})]
    >>> rows_under_title(page, [0, 2, 3], "某县教研")
    []
    """
    at = next((p for p, i in enumerate(content[:4]) if lines[i].strip() == title), None)
    if at is None or at + 1 >= len(content) or content[at + 1] != content[at] + 1:
        return []
    i = content[at + 1]
    if not title_over_names([s.strip() for s in lines], content[at]):
        return []
    below = [lines[k].strip() for k in content[at + 2 : at + 5]]
    if not paper_evidence(lines[i].strip(), below):
        return []
    out = [(i, {"author": lines[i].strip()})]
    if at + 2 < len(content) and content[at + 2] == i + 1 and affiliation_row(lines[i + 1]):
        out.append((i + 1, {"affiliation": lines[i + 1].strip()}))
    return out


#: A line under a paper's name row that only a paper prints: its abstract or key words.
_PAPER_LINE = re.compile(r"^(?:摘[\s\u3000]*要|关[\s\u3000]*键[\s\u3000]*词|[Aa]bstract|ABSTRACT)")


def paper_evidence(row: str, below: list[str]) -> bool:
    """A lone page's row of two words apart by spaces under its title (``某甲　某乙``) is
    its authors only where the page shows it is a paper: the names carry marks or a list's
    commas, or an affiliation row or the abstract follows.  Two plain words under a
    notice's title (``一号楼　东侧``, a place; ``张三　主任``) are its text: when unsure,
    keep the line.

    >>> paper_evidence("某甲¹，某乙²", []), paper_evidence("某甲　某乙", ["摘要：正文。"])
    (True, True)
    >>> paper_evidence("一号楼　东侧", ["各位业主：本周起停运检修。"])
    False
    >>> paper_evidence("某甲　某乙　某丙", ["正文。"])
    True
    """
    words = [w for w in re.split(r"[ \u3000]+", row) if w]
    if len(words) != 2 or not names_row(row):
        return True  # marks, commas or three names and more: the paper's own shape
    if any(c in row for c in "，,、¹²³⁴⁵⁶⁷⁸⁹⁰*＊") or re.search(r"\d", row):
        return True
    return any(affiliation_row(b) or _PAPER_LINE.match(b) for b in below if b)


#: A front-matter row lies among the first FRONT_LINES lines of a document under its title
#: and reads as FRONT_FIELDS fields or more.
FRONT_LINES = 8
FRONT_FIELDS = 3


def front_rows(
    content: list[int], lines: list[str], parse: Callable[[str], dict[str, str] | None]
) -> list[tuple[int, dict[str, str]]]:
    """A paper's codes row in its front matter (``分类号：…　标志码：…　编号：…``), below
    the abstract and the key words: a line made only of known metadata fields
    (``parse``), three at least, among the first lines under the title.  The metadata
    block above the title reads only the rows that open the text; this one sits lower.

    >>> rows = {"类号：X1　编号：7　码：A": {"category": "X1", "doc_number": "7", "c": "A"}}
    >>> page = ["某题", "摘要：正文。", "类号：X1　编号：7　码：A", "正文。"]
    >>> front_rows([0, 1, 2, 3], page, rows.get)
    [(2, {'category': 'X1', 'doc_number': '7', 'c': 'A'})]
    """
    out = []
    for i in content[1:FRONT_LINES]:
        fields = parse(lines[i].strip())
        if fields is not None and len(fields) >= FRONT_FIELDS:
            out.append((i, fields))
    return out


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def foot_notes(
    content: list[int], lines: list[str], parse: Callable[[str], dict[str, str] | None]
) -> list[tuple[int, dict[str, str]]]:
    """A printed page's foot notes inside the text (``收稿日期：…`` / ``基金项目：…`` /
    ``作者简介：…`` at the foot of a paper's first page): a block of two lines or more,
    every line one of known metadata fields (``parse``: a line that is only fields) and
    one of them a date.  A block of text is never all known labels.  ``parse`` is asked
    only about the lines holding a field mark (:func:`~cleaner.stages.split_meta.field_mark_lines`:
    a colon, a bracket, a cell separator), as ``MetaParser.parse_meta_line`` reads no other.

    >>> rows = {"收到：2020-04-05": {"received": "2020-04-05"}, "资助：某课题": {"fund": "某课题"}}
    >>> page = ["某题", "正文。", "收到：2020-04-05", "资助：某课题", "正文。"]
    >>> foot_notes([0, 1, 2, 3, 4], page, rows.get)
    [(2, {'received': '2020-04-05'}), (3, {'fund': '某课题'})]
    >>> foot_notes([0, 1, 3, 4], page, rows.get)
    []
    """
    out: list[tuple[int, dict[str, str]]] = []
    block: list[tuple[int, dict[str, str]]] = []
    marks = field_mark_lines(lines)  # the lines ``parse`` may read fields from
    # a block holds two lines in a row: a line whose neighbours hold no mark (neither is
    # read) could only stand alone, so it is not read either (most marked lines of a
    # page: prose with a colon, each read at ~30 µs); the blocks found are the same
    paired = {i for i in marks if i - 1 in marks or i + 1 in marks}
    for i in [*content[1:], -1]:
        fields = parse(lines[i].strip()) if i >= 0 and i in paired else None
        if fields is not None and (not block or block[-1][0] == i - 1):
            block.append((i, fields))
            continue
        if len(block) >= 2 and any(_ISO_DATE.match(v) for _, f in block for v in f.values()):
            out += block
        block = [(i, fields)] if fields is not None else []
    return out
