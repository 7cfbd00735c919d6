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
from collections.abc import Callable, Sequence

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.header_rows import title_like
from cleaner.stages.name_unit_rows import (
    author_names,
    name_unit_row,
    name_unit_rows_over,
    names_then_part,
)
from cleaner.stages.paper_heads import (
    affiliation_row,
    name_rows_at_most,
    names_row,
    title_over_names,
)
from cleaner.stages.person_names import person_name, surnamed
from cleaner.stages.split_headings import CLOSED
from cleaner.stages.split_meta_rows import field_mark_lines, may_read_fields
from cleaner.stages.split_page import joined, nonempty, stripped
from cleaner.stages.split_piece_gates import _bodies_ok, _prose_above

__all__ = [
    "PAPER",
    "code_row",
    "coded_run",
    "first_name",
    "first_unit",
    "foot_notes",
    "front_rows",
    "lone_author",
    "names_under",
    "paper_run",
    "rows_under_title",
    "title_row",
]

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

    A code row over every title heads its piece (the title line stays its text):

    >>> coded = page[:2] + ["K-1"] + page[2:6] + ["K-2"] + page[6:]
    >>> [(i, t) for i, _, t, _ in paper_run(coded)]
    [(2, '甲县调查'), (7, '乙县调查')]
    """
    text = joined(lines)
    if (
        name_rows_at_most(text, 1)
        and _CODE_GATE.search(text) is None
        and not name_unit_rows_over(text, 1)
        and len(_UNIT_GATE.findall(text)) < 2
    ):
        return []  # two papers need two name rows: most pages hold none (one C scan)
    found: list[tuple[int, str]] = []
    strip = stripped(lines)
    for i in nonempty(lines):
        s = strip[i]
        under_code = i > 0 and code_row(strip[i - 1])  # a code row says it is a title
        if len(s) > TITLE_MAX_CHARS:
            continue
        if title_over_names(strip, i, cues=not under_code) or lone_author(strip, i):
            # (one author alone: only with the units' row glued under the name)
            found.append((i, s))
    coded = [(i, t) for i, t in found if i > 0 and code_row(strip[i - 1])]
    if len(coded) >= 2:
        found = coded  # the code rows give the run's shape: a title without one is none
    if len(found) < 2 or len({t for _, t in found}) < len(found):
        return []
    starts = [i for i, _ in found]
    if not _bodies_ok(lines, starts, 2) or _prose_above(lines, starts[0]):
        return []
    # every title under a bare code row (``B-18``): the code rows head the pieces
    headed = all(i > 0 and code_row(strip[i - 1]) for i in starts)
    return [(i - 1 if headed else i, PAPER, t, {}) for i, t in found]


def coded_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """:func:`paper_run`'s headers where every one is a bare code row over its title.

    >>> body = "摘　要：正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> unit = "（某学院，某市　100000）"
    >>> page = ["K-1", "甲县调查", "某甲", unit, body, "K-2", "乙县调查", "某乙", unit, body]
    >>> [(i, t) for i, _, t, _ in coded_run(page)]
    [(0, '甲县调查'), (5, '乙县调查')]
    >>> coded_run([x for x in page if x not in ("K-1", "K-2")])
    []
    """
    if _CODE_GATE.search(joined(lines)) is None:
        return []
    run = paper_run(lines)
    return run if run and all(not title_row(lines, (i, r, t)) for i, r, t, _ in run) else []


def title_row(lines: list[str], head: tuple[int, str, str]) -> bool:
    """A paper's header (``head``: line, rule, title) is its title line, which stays the
    first line of its text (issue 12, set zt: a proceedings' titles are content); so is
    a page's own heading whose piece a row closes (:data:`CLOSED`, a recall board's
    ``<h5>`` over its text and its seal row) when the heading is the whole title: the
    heading is the only mark of the piece, the title its first line (set yy).

    >>> title_row(["某题", "某甲¹"], (0, PAPER, "某题")), title_row(["K-1"], (0, PAPER, "某题"))
    (True, False)
    >>> title_row(["某厂召回某药"], (0, CLOSED, "某厂召回某药"))
    True
    """
    return head[1] in (PAPER, CLOSED) and lines[head[0]].strip() == head[2]


#: A page holding a bare code row (``_CODE_ROW``) on a line of its own: a cheap gate.
_CODE_GATE = re.compile(r"(?m)^[ \t\u3000]*[A-Za-z]{1,3}\s?[-－‐–]\s?\d{1,4}[A-Za-z]?[ \t\u3000]*$")
#: A units' row on a line of its own, in round brackets (a superset of affiliation_row):
#: two such lines let a page of papers each by one author past the cheap gate.
_UNIT_GATE = re.compile(r"(?m)^[ \t\u3000]*[（(][^（）()\n]{2,160}[）)][ \t\u3000]*$")
#: One author's name alone on its row: two to four Han letters.
_LONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def lone_author(strip: list[str], i: int) -> bool:
    """Line ``i`` is a title over one author's name alone and the units row under it (a
    row of several names is :func:`title_over_names`'s): a lone short word is a name only
    with the units' row glued below.

    >>> lone_author(["某县调查", "某甲", "（某学院，某市　100000）"], 0)
    True
    >>> lone_author(["某县调查", "附件", "正文。"], 0)
    False
    """
    if i + 2 >= len(strip) or not _LONE_NAME.match(strip[i + 1]):
        return False
    return affiliation_row(strip[i + 2]) and title_like(strip[i])


#: A proceedings' bare code row over a paper's title: letters, a dash, a number.
_CODE_ROW = re.compile(r"^[A-Za-z]{1,3}\s?[-－‐–]\s?\d{1,4}[A-Za-z]?$")


def code_row(s: str) -> bool:
    """``s`` is a bare code row (``B-18``, ``S2-07`` is not: one letter run, one number).

    >>> code_row("B-18"), code_row("QA-7"), code_row("18"), code_row("B-18 某题")
    (True, True, False, False)
    """
    return _CODE_ROW.match(s.strip()) is not None


def names_under(line: str, below: str = "") -> dict[str, str] | None:
    """The authors' row under a paper's header, as its metadata (``author``), or None.

    >>> names_under("某甲¹，某乙²"), names_under("正文。")
    ({'author': '某甲'}, None)
    >>> names_under("欧阳某某，某乙", "（某学院）")  # a compound surname
    {'author': '欧阳某某'}
    >>> names_under("某甲", "（某学院）"), names_under("某甲", "正文。")
    ({'author': '某甲'}, None)

    The names and their unit in one row (:mod:`cleaner.stages.name_unit_rows`):

    >>> names_under("某甲，某乙　·　某某大学文学院")
    {'author': '某甲', 'origin': '某某大学文学院'}
    """
    s = line.strip()
    if (both := name_unit_row(s)) is not None:
        return both
    if names_row(s) or (_LONE_NAME.match(s) and affiliation_row(below)):
        # the first author (a lone name only over its units' row)
        return {"author": author_names(s) or first_name(s)}
    return None


#: A name's marks: superscript digits and stars (``某甲¹``, ``某乙*``).
_NAME_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*＊\d]+")


def first_name(row: str) -> str:
    """The first author of a names row, without the marks that point to the units.

    >>> first_name("某甲¹，某乙²"), first_name("某甲　某乙"), first_name("某甲")
    ('某甲', '某甲', '某甲')
    """
    return _NAME_MARKS.sub("", re.split(r"[，,、]|[ \u3000]+", row.strip())[0])


def first_unit(row: str) -> str:
    """The first unit of a units row: the brackets, its number and its town dropped.

    >>> first_unit("（1．某学院文学系，某市　100000；2．某中学）"), first_unit("（某所）")
    ('某学院文学系', '某所')
    """
    s = re.split(r"[；;]", row.strip().strip("（）()"))[0]
    s = re.sub(r"^\d{1,2}\s*[．.、]\s*", "", s)
    return re.split(r"[，,]", s)[0].strip()


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
    >>> page[1] = "某甲"  # one author, the unit's row under the name
    >>> rows_under_title(page, [0, 1, 2, 3], "某县教研")
    [(1, {'author': '某甲'}), (2, {'affiliation': '（1. 某学院；2. 某中学）'})]
    """
    at = next((p for p, i in enumerate(content[:4]) if lines[i].strip() == title), None)
    if at is None or at + 1 >= len(content) or content[at + 1] != content[at] + 1:
        return []
    i = content[at + 1]
    lone = (
        i + 1 < len(lines)
        and _LONE_NAME.match(lines[i].strip()) is not None
        and affiliation_row(lines[i + 1])
        and title_like(lines[content[at]].strip())
    )  # one author's name over the unit's row: the paper's shape all the same
    if not lone and not title_over_names([s.strip() for s in lines], content[at]):
        return []
    below = [lines[k].strip() for k in content[at + 2 : at + 5]]
    if not paper_evidence(lines[i].strip(), below):
        return []
    if below and table_head(lines[i], below[0], below[1:]):
        return []  # a grid's head row over its first row ('课目　日期　教室'): the text's
    both = name_unit_row(lines[i])
    if both is not None:
        if below and names_then_part(below[0]):
            return []  # a row of the same shape next: a list of names and units, no byline
        return [(i, both)]  # names and unit in one row
    out = [(i, {"author": lines[i].strip()})]  # as printed (names_only reads it)
    if at + 2 < len(content) and content[at + 2] == i + 1 and affiliation_row(lines[i + 1]):
        out.append((i + 1, {"affiliation": lines[i + 1].strip()}))
    return out


def table_head(row: str, under: str, after: Sequence[str] = ()) -> bool:
    """``row`` heads a grid: the line ``under`` it is a row of as many cells (wide gaps
    apart, two at least) holding figures or Latin letters (a date, a time, a room's
    code): a grid's data.  A paper's names over their units are cells of words only.

    >>> table_head("科目　　日期　　教室", "语文　　5月8日　　三楼")
    True
    >>> table_head("某甲　某乙", "某大学　某学院"), table_head("某甲　某乙", "摘要：正文。")
    (False, False)
    >>> table_head("某甲　某乙", "摘　要：本文以10所学校为样本。")
    False

    A grid's head is a row of field words, never of persons' names: a row of surnamed
    names (marks pointing to units or not) is a byline whatever the row under it holds
    (pinyin, numbered units, postcodes, e-mails); nor is a row a grid's head when the
    abstract or the key words follow (``after``, the lines under ``under``):

    >>> table_head("钱立新1　孙雅2", "1 某所　2 某校")
    False
    >>> table_head("钱立新　孙雅", "QIAN Lixin　SUN Ya")
    False
    >>> table_head("某项　某值", "A1　B2", ["摘要：正文。"])
    False
    """
    cells = [c for c in CELL_GAP.split(row.strip()) if c]
    below = [c for c in CELL_GAP.split(under.strip()) if c]
    if _CLAUSE.search(row) or _CLAUSE.search(under) or affiliation_row(under):
        return False  # a sentence ('摘　要：本文…') or a unit's row under the names
    if any(_PAPER_LINE.match(b.strip()) for b in after[:3]):
        return False  # an abstract or the key words below: a paper's front, no grid
    if len(cells) >= 2 and _names_cells(cells):
        return False
    return len(cells) >= 2 and len(below) == len(cells) and _DATA.search(under) is not None


def _names_cells(cells: list[str]) -> bool:
    """Every cell is a person's name, its unit marks (digits, superscripts, stars) off:
    a byline's row (``某甲1　某乙2``), no grid's field words."""
    bare = [_NAME_MARKS.sub("", c) for c in cells]
    return all(surnamed(b) and person_name(b) for b in bare)


_DATA = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_CLAUSE = re.compile(r"[，。；：！？、]")


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
        if not may_read_fields(lines, i):  # (``parse`` reads fields as parse_meta_line)
            continue
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
