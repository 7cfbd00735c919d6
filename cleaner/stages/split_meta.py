"""Metadata blocks at the top of an article: label/value lines, tables, date lines.

The split stage removes a leading block of metadata from each article into ``meta``.  A
line is metadata when it is made only of label/value items: ``【发布单位】…``,
``发文机关：… 发文字号：…``, label cells followed by value cells (tabs, ``|`` or runs of
spaces), a two-row table (labels, then values), or a label alone on its line with its
value on the next (``索 引 号`` / ``0012/2023-001``, a table flattened cell by cell).
Labels are known by name (``meta_fields`` in ``cleaner/rules/headers.toml``) or, for
names no table lists, by
their shape: a short label whose last words say what it holds (``…部门`` is the issuer,
``…字号`` the document number; ``label_class`` in the same file), letter-spaced or not.
Two shapes carry no label at all: a date line (``2021年6月8日 09:15 来源：某报``, the
publish date) and a document-number line (``某政办发〔2023〕12号``, ``[2023]12号``,
``(2023)第12号``, ``某部令第12号``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.issuer_rows import issuers_over_date
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cell_rows import cell_row
from cleaner.stages.split_cells import (
    LEADER,
    cell_stack,
    icon_row,
    key_value_block,
    prose_line,
    row_kind,
)
from cleaner.stages.split_dates import DATE as _DATE
from cleaner.stages.split_dates import (
    EN_DATE,
    cn_number,
    english_date,
    label_date,
    label_pattern,
    normalise_date,
    simplified_label,
)
from cleaner.stages.split_grid import tab_label_row
from cleaner.stages.split_head import HEAD_LINES, glossed_title, row_hint, under_head
from cleaner.stages.split_page import joined
from cleaner.stages.split_rows import cover_line, field_cells_row, labelled_date_row
from cleaner.stages.split_sources import source_dateline
from cleaner.stages.split_titles import field_line
from cleaner.stages.split_values import names_only, sentence_in, text_width

__all__ = ["MetaParser", "cn_number", "normalise_date"]

#: A document number holds a number (``〔2021〕7号``, ``第十二号``).
#: Cells of a row parted by wide gaps.
_FRAMED_DATE = re.compile(
    r"^[〔【\[]\s*(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*[〕】\]]\s*(?P<rest>\S.*)$"
)
_WIDE_GAP = re.compile(r"[\u3000\t]+|\s{2,}")
#: A bare label cell of an info table: two to six Han letters.
_BARE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_NUMBERISH = re.compile(r"[0-9０-９〇一二三四五六七八九十百]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_SENTENCE = re.compile(r"[。！？；!?;，,]")
# a box-drawing table's rule ('│', '┃') parts cells as a bar does
_TABLE_CELLS = re.compile(r"\t|[|｜│┃┆┇┊┋╎╏║]|\s{2,}|\u3000+")
# box-drawing glyphs ('┌ ├ └ ─ ┊'): the frame of a box of rows, never a value's text
_BOX = "".join(map(chr, range(0x2500, 0x2580)))
# a block or a shape opening a row ('▌某号', '■ 编号 X'; not ○, a written zero)
_BLOCK_LEAD = re.compile(r"^[\u2580-\u25ca\u25cc-\u25ee\u25f0-\u25ff]+[ \u3000]*")
# what every line MetaParser.parse_meta_line reads fields from holds (one C-speed search
# rules out a prose line, ~94 % of the lines it is asked about): a label's bracket
# ('【', '［', '['), a colon (the colon and generic lines, a parenthesised line), a
# separator of cells (_TABLE_CELLS: a tab, a bar, two spaces, an ideographic space), or
# a dotted leader that writes the colon (LEADER). Keep it in step with that method:
# tests/stages/test_split_meta_gate.py checks the method's answers with and without it.
#
# Written as one character class, then which branch it opens checked behind it: the
# same matches as ``[marks]|[.．·・]{3}|\s\s``, but ``re`` scans for a pattern that opens
# with a class at C speed (it skips the positions no branch can start at), where an
# alternation of classes is tried branch by branch at every position (~2.5x the time).
_MARK_CHARS = r"【［\[:：\t|｜│┃┆┇┊┋╎╏║\u3000…⋯"
_FIELD_MARKS = re.compile(
    rf"[{_MARK_CHARS}.．·・\s](?:(?<=[{_MARK_CHARS}])|(?<=[.．·・])[.．·・]{{2}}|(?<=\s)\s)"
)
# the same over a page's lines joined by line breaks (no mark holds one)
_PAGE_FIELD_MARKS = re.compile(
    rf"[{_MARK_CHARS}.．·・\s](?:(?<=[{_MARK_CHARS}])|(?<=[.．·・])[.．·・]{{2}}|(?<=[^\S\n])[^\S\n])"
)


def field_mark_lines(lines: list[str]) -> set[int]:
    """Indices of the ``lines`` (no line breaks) that hold a :data:`_FIELD_MARKS` match:
    the only ones :meth:`MetaParser.parse_meta_line` reads fields from, found by one scan
    of the page instead of a call per line.

    >>> sorted(field_mark_lines(["正文。", "发文机关：某局", "甲  乙", "丙"]))
    [1, 2]
    """
    text = joined(lines)
    found: set[int] = set()
    line, pos, search = 0, 0, _PAGE_FIELD_MARKS.search
    while (m := search(text, pos)) is not None:
        line += text.count("\n", pos, m.start())
        found.add(line)
        end = text.find("\n", m.end())
        if end == -1:
            break
        line += 1  # one hit per line is enough: go on from the next line
        pos = end + 1
    return found


# a byline's cells apart by one mark between spaces ('某号 ▪ 2024年6月12日 ▪ 文｜某某'):
# any mark, not a list of glyphs (each site picks its own dot or bar)
_MARK_CELLS = re.compile(r"\s+[^\w\s]\s+")
# symbols (an emoji, a dingbat) and spaces that open a line before its date ('📅 2016.10.13')
_LEAD_GLYPHS = re.compile(r"^(?:[^\w\s\d（(【\[〔]\ufe0f?\s*){1,2}(?=\d)")
# a short bracketed tag in front of a date ('【快报】2021/3/9 09:41', '[公告] 2021-03-09'):
# the channel's badge on a date row, no word of a sentence
_TAG_LEAD = re.compile(r"^[【\[〔［][^】\]〕［］\d\s]{1,6}[】\]〕］]\s*(?=\d)")
# one space before a Han label and its colon: the next cell of a row ('来源:某报 时间:…')
_ONE_SPACE_LABEL = re.compile(r"(?<=\w) (?=[\u4e00-\u9fff]{2,6}[:：])")
# a byline cell '文/某某', '作者｜某某': who wrote it, behind a mark or an author's label
_AUTHOR_CELL = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,3})\s*[/／|｜]\s*(?P<name>[\u4e00-\u9fff·]{2,4})$"
)
# an English byline's cell ('By Some Name') and a dated one ('Posted on 9 March 2021 by
# Some Name'): a name of capitalised words; cells apart by a bar or a wide gap
_EN_NAME = r"(?P<name>[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3})"
_EN_BY = re.compile(rf"^By {_EN_NAME}$")
_EN_POSTED_BY = re.compile(
    rf"^(?:Posted|Published|Updated)(?: on)? (?P<date>[A-Za-z0-9 ,./-]{{6,24}}?) by {_EN_NAME}$"
)
_EN_CELLS = re.compile(r"\s*[|｜]\s*|\u3000+|\s{2,}")
# a date label's cell in a row: the label (maybe spaced), a colon or a gap, the date
_PUBLISH_CELL = re.compile(
    r"(?P<k>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,5})\s*[:：]?\s*"
    r"(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2})"
)
# the same badge in front of a labelled cell ('【通知公告】　发布时间：2021-03-09'): the
# column's name, no label (a bracketed label, '【发布单位】某局', is read as one before this)
_TAG_BEFORE_LABEL = re.compile(
    r"^[【\[〔［](?P<tag>[^】\]〕［］\d\s:：]{1,6})[】\]〕］][\s\u3000]*(?=[\u4e00-\u9fff]{2,6}\s*[:：])"
)
# a box-drawing table's border line ('┌──┬──┐', '├──┼──┤', '└──┴──┘'): part of its box
_BOX_RULE = re.compile(r"^[\u2500-\u257f\s]{3,}$")
# a label and a date alone on a line, a space or a colon between ('发布日期 2021/03/05')
_CLOSING = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{2,4})[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>\d[\d./／-]{5,9})$"
)
# a line that opens with a date (and maybe a time): '2021年6月8日 09:15', '2021-06-08'
_DATE_LINE = re.compile(
    r"^(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?P<rest>.*)$"
)


# a byline of words apart by single spaces, two at least, closed by a date and a time
_WORDS_THEN_DATE = re.compile(
    r"^(?:[^\s\d]{1,16}[ \u3000]){2,5}"
    r"(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


# one name, a space and a date (and time) closing the line: a source's dateline under a
# digest item's header ('某某晚报 2021年3月9日'); read only right under a header
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>[^\s\d，。；：:,;!?！？、（）()]{2,16})[ \u3000]+"
    r"(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def _opens_date(cell: str) -> bool:
    return _DATE.match(cell) is not None


# the one name beside an edit's date: a few words, no digit, no label's colon
_EDITOR_NAME = re.compile(r"^[^\d\s:：，。；、（）()【】\[\]]{2,12}$")

# counters after a date ('点击：[1358]', '阅读 2389', '浏览(12)次'): short words, numbers
_COUNTERS = re.compile(
    r"^(?:[\s\u3000|｜]*[\u4e00-\u9fff]{1,4}\s*[:：]?\s*[\[［(（]?\d{1,9}[\]］)）]?\s*[次人]?)+$"
)
#: At most this many lines of a page's head over a metadata block that opens the
#: document (:meth:`MetaParser.title_below`): a page title, a nav bar, a ticker or trail.
MAX_ABOVE = 4
#: An issue number alone on its line ('第12期', '2021年第3期', '总第356期').
_ISSUE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*\d{1,4}\s*期$")
# a number's label, its English gloss 'No.' (or '№', '#') and a code of letters, digits and
# dashes: the release or file number row of a bilingual page ('编号 No. AB-2021-017')
_GLOSSED_NUMBER = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,6})[ \t\u3000]*[:：]?[ \t\u3000]*(?:No\.?|NO\.?|№|#)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>[A-Za-z0-9][A-Za-z0-9\-/_.]{1,30})$"
)
# a Han label, its English gloss of one or two words (an abbreviation's dot) and the colon:
# a bilingual row's cell label ('发布日期 Date：', '编号 Ref.：', '来源 News Source:')
_GLOSSED_LABEL = re.compile(
    r"(?:^|(?<=[\s|｜丨]))(?P<k>[\u4e00-\u9fff]{2,6})[ \t\u3000]+"
    r"[A-Za-z][A-Za-z]{0,11}\.?(?:[ \t][A-Za-z][A-Za-z]{0,11}\.?)?[ \t\u3000]*(?P<c>[:：])"
)
# a row of bracketed 'label：value' items ('【来源：某报】【日期：2021-03-09】'): each
# bracket holds one item, its label before the colon
_WRAPPED_ITEMS = re.compile(
    r"^(?:\s*[【［\[]\s*[^【】［］\[\]:：]{1,8}[:：][^【】［］\[\]]+[】］\]])+\s*$"
)
_WRAPPED_ITEM = re.compile(
    r"[【［\[]\s*(?P<k>[^【】［］\[\]:：]{1,8})[:：](?P<v>[^【】［］\[\]]+)[】］\]]"
)
# a labelled number in round brackets inside a text line ('（项目编号：AB-2021-7）')
_NAMED_NUMBER = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*([^（）()]{2,40})[）)]")
# a code: letters and digits, dashes between, two digits at least
_CODE_VALUE = re.compile(r"^(?=(?:\D*\d){2})[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)*$")
# a separator trailing a value ('某报 -', '某报 /'): the next cell's, no part of it
_SEP_TAIL = re.compile(r"\s*[丨]+$|\s+[-–—·•/／|｜丨]+$")
# a page's counter after a wide gap closing a value ('某办公室　浏览 88 次'): the row's
# counter cell, unlabelled (no colon), no part of the value
_COUNTER_TAIL = re.compile(
    r"(?:\u3000+|\s{2,})[\u4e00-\u9fff]{1,4}\s*[\[［(（]?\d{1,9}[\]］)）]?\s*[次人]?$"
)
# a value, a wide gap or a spaced separator, and a date (and time) closing it
_DATE_TAIL = re.compile(
    r"^(?P<v>\S.*?)(?:\u3000+|\s{2,}|\s+[-–—·•/／|｜]\s+)"
    r"(?P<d>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# a bare date label: in a row of labels that say what they hold, the publish date
_BARE_DATE_LABELS = frozenset(("日期", "时间", "时間", "日期时间"))
# a counter's value ('88', '356次', '[12]'): a page's views beside its labelled fields
_COUNT_VALUE = re.compile(r"^[\[［(（]?\d{1,9}[\]］)）]?\s*[次人]?$")
# a whole line in one round bracket pair, no bracket inside
_WHOLE_BRACKET = re.compile(r"^[（(](?P<in>[^（）()]{4,60})[）)]$")
_YEAR_DATE = re.compile(r"\d{4}\s*[-年./／]\s*\d")
# a label of ideographs before a date, a space, colon or mark between ('定稿 ▏ 2020-05-06')
_LABELLED_DATE = re.compile(r"[\u4e00-\u9fff]{2}[^\w\d]{0,4}\d{4}\s*[-年./／]\s*\d")


def _same_date_glossed(rest: str, date: str) -> bool:
    """The rest of a date row is the same date again in English and nothing else (a
    bilingual page's dateline, '2021年3月9日 ｜ March 9, 2021'); another date or any
    other word is not.

    >>> _same_date_glossed("March 9, 2021", "2021-03-09")
    True
    >>> _same_date_glossed("March 10, 2021", "2021-03-09")
    False
    >>> _same_date_glossed("March 9, 2021 at the hall", "2021-03-09")
    False
    """
    en = EN_DATE.fullmatch(rest.strip(" \u3000.,"))
    return en is not None and english_date(en[0]) == date


def _glossed_dateline(line: str) -> bool:
    """A date and the same date in English, nothing else: a bilingual page's dateline
    (a row of its own, never a title nor a sentence of the text).

    >>> _glossed_dateline("2021年3月9日 ｜ March 9, 2021"), _glossed_dateline("2021年3月9日")
    (True, False)
    """
    m = _DATE_LINE.match(line.strip())
    if m is None or (date := normalise_date(m["date"])) is None:
        return False
    rest = m["rest"].strip(" \u3000|｜·•")
    return bool(rest) and _same_date_glossed(rest, date)


def _row_kinds(line: str) -> frozenset[str]:
    """The layouts of a row of labelled cells: :func:`split_cells.row_kind`'s, and a row
    of an HTML label/value table (:func:`split_grid.tab_label_row`, empty cells and all);
    two rows share a layout when these meet."""
    kind = row_kind(line)
    tabbed = tab_label_row(line)
    return frozenset(k for k in (kind, "tabbed" if tabbed else None) if k)


def _squash(label: str) -> str:
    return re.sub(r"\s+", "", label).rstrip(":：")


#: an English label: two to four words of letters (a word may close with its abbreviation's
#: stop), spaced or run together as a squashed label writes them ('ReleaseNo.')
_LATIN_LABEL = re.compile(r"[A-Za-z][A-Za-z.]*(?:[ \t][A-Za-z][A-Za-z.]*){0,3}")
_LATIN_WORD = re.compile(r"[A-Z]?[a-z]+\.?|[A-Z]+\.?(?![a-z])")
LatinClass = tuple[str, frozenset[str], dict[str, frozenset[str]], frozenset[str]]


def latin_field(label: str, classes: list[LatinClass]) -> str | None:
    """The field an English label of two to four words names by its last word
    (``latin_label_class`` in ``headers.toml``), else None.

    >>> c = tables().latin_classes
    >>> latin_field("Release No.", c), latin_field("DatePosted", c), latin_field("Posted By", c)
    ('doc_number', 'published', 'author')
    >>> latin_field("Tel No.", c), latin_field("Event Date", c), latin_field("Media Contact", c)
    (None, None, None)
    """
    words = [w.lower() for w in _LATIN_WORD.findall(label.strip().rstrip(":："))]
    if not 2 <= len(words) <= 4:
        return None
    last, rest = words[-1], set(words[:-1])
    for field, last_words, requires_for, unless in classes:
        if last not in last_words or rest & unless:
            continue
        need = requires_for.get(last.rstrip("."))
        if need is not None and not rest & need:
            continue
        return field
    return None


class MetaTables:
    """The tables of ``headers.toml`` the metadata parser needs, compiled once."""

    def __init__(self) -> None:
        t = load_table("headers")
        self.fields: dict[str, str] = dict(t["meta_fields"])
        self.date_fields = set(t["meta"]["date_fields"])
        self.title_endings = tuple(t["meta"]["title_endings"])
        self.byline_author_marks = frozenset(t["meta"].get("byline_author_marks", ()))
        self.publish_words = tuple(t["meta"].get("publish_words", ()))
        self.dated_verbs = tuple(t["meta"].get("dated_verbs", ()))
        self.edit_verbs = tuple(t["meta"].get("edit_verbs", ()))
        self.classes = [
            (
                c["field"],
                tuple(c["endings"]),
                tuple(c.get("requires", ())),
                tuple(c.get("unless", ())),
                int(c.get("max_chars", 6)),
            )
            for c in t.get("label_class", [])
        ]
        # classes whose labels give their field only over a value that reads as a date
        # ('征集期限：2021年3月9日至4月8日' does, '公示期：5个工作日' gives no field)
        self.dated_only = [
            (tuple(c["endings"]), tuple(c.get("requires", ())), tuple(c.get("unless", ())))
            for c in t.get("label_class", [])
            if c.get("dated_only")
        ]
        self.doc_number = [re.compile(d["regex"]) for d in t.get("doc_number", [])]
        # English labels read by their last word (``latin_label_class``)
        self.latin_classes = [
            (
                c["field"],
                frozenset(c["last_words"]),
                {k: frozenset(v) for k, v in c.get("requires_for", {}).items()},
                frozenset(c.get("unless", ())),
            )
            for c in t.get("latin_label_class", [])
        ]
        # labels may be letter-spaced on government sites ('索 引 号：', '发 文 机 关：')
        # (in either script: a traditional page prints '發布單位', :func:`label_pattern`)
        labels = "|".join(
            r"\s{0,4}".join(map(label_pattern, k))
            for k in sorted(self.fields, key=len, reverse=True)
        )
        # labels in 【】, ［］ or [] (one kind per line: a value may hold the others)
        self.bracket_item = re.compile(r"【(?P<k>[^【】]{1,8})】(?P<v>[^【】]*)")
        self.bracket_line = re.compile(r"^(?:\s*【[^【】]{1,8}】[^【】]*)+$")
        self.square_item = re.compile(r"[［\[](?P<k>[^［］\[\]]{1,8})[］\]](?P<v>[^［］\[\]]*)")
        self.square_line = re.compile(r"^(?:\s*[［\[][^［］\[\]]{1,8}[］\]][^［］\[\]]*)+$")
        # a value runs to the next label: repair may have removed the space before it
        sep = r"[\s；;，,|｜]*"
        value = rf"[^:：]*?(?={sep}(?:{labels})\s*[:：]|{sep}$)"
        # a label letter-spaced to the grid's width ('名    称', '文    号'): one cell
        self.spaced_label = re.compile(rf"(?:^|(?<=\s\s))(?:{labels})(?=\s)")
        self.colon_item = re.compile(rf"(?P<k>{labels})\s*[:：]\s*(?P<v>{value})")
        self.colon_line = re.compile(rf"^(?:{sep}(?:{labels})\s*[:：]\s*{value})+{sep}$")
        # a table row whose separators were partly lost: label, value, label, value …
        cell_value = rf"[^:：\s；;，,|｜][^:：]*?(?={sep}(?:{labels})|{sep}$)"
        self.run_item = re.compile(rf"(?P<k>{labels})\s*(?P<v>{cell_value})")
        self.run_line = re.compile(rf"^(?:{sep}(?:{labels})\s*{cell_value}){{2,}}{sep}$")
        # any short Han label before a colon, letter-spaced or not ('发 布 部 门：')
        generic = r"(?:[\u4e00-\u9fff]\s?){2,6}"
        gvalue = rf"[^:：]*?(?=[\s；;，,|｜]+{generic}[:：]|{sep}$)"
        self.generic_item = re.compile(rf"(?P<k>{generic})[:：]\s*(?P<v>{gvalue})")
        self.generic_line = re.compile(rf"^(?:{sep}{generic}[:：]\s*{gvalue})+{sep}$")


@lru_cache(maxsize=1)
def _body_ending() -> re.Pattern[str]:
    ends = load_table("headers")["lead_row"]["body_endings"]
    alts = "|".join(map(re.escape, sorted(ends, key=len, reverse=True)))
    return re.compile(rf"^[\u4e00-\u9fff]{{1,18}}(?:{alts})$")


def _short_body(value: str) -> bool:
    """A body's name shorter than :func:`split_cells.is_org` reads: three Han letters or
    more ending like one (``[lead_row] body_endings``: '统计学系', '某气象台')."""
    return len(value) >= 3 and _body_ending().match(value) is not None


@lru_cache(maxsize=1)
def tables() -> MetaTables:
    return MetaTables()


#: lines whose :meth:`MetaParser.shaped_row` answer a parser remembers (then it starts again)
SHAPED_LINES = 4096
#: ... of SHAPED_WIDTH characters at most (a few MB at most kept alive)
SHAPED_WIDTH = 400


class MetaParser:
    """Parse one line, or the leading block of an article, into ``meta`` fields."""

    def __init__(self, t: MetaTables | None = None) -> None:
        self.t = t or tables()
        self._fields: dict[str, str | None] = {}  # label → field, memoised (few labels)
        #: (line, near_title) → :meth:`shaped_row`'s answer, memoised: a function of the
        #: line alone, asked again of the same lines (the block is looked for from each
        #: of its possible first lines; a site's rows recur on its pages)
        self._shaped: dict[tuple[str, bool], dict[str, str] | None] = {}

    def field_of(self, label: str) -> str | None:
        """The ``meta`` field a label names: by name, else by its shape.

        >>> p = MetaParser()
        >>> p.field_of("发 文 机 关："), p.field_of("颁发部门"), p.field_of("本报记者")
        ('issuer', 'issuer', 'author')
        >>> p.field_of("只看作者"), p.field_of("资金来源"), p.field_of("文章出处")
        (None, None, 'origin')
        """
        if label in self._fields:
            return self._fields[label]
        found = self._field_of(label)
        if len(self._fields) < 4096:
            self._fields[label] = found
        return found

    def _field_of(self, label: str) -> str | None:
        key = simplified_label(_squash(label))
        known = self.t.fields.get(key)
        if known is None and _LATIN_LABEL.fullmatch(label.strip().rstrip(":：")):
            return latin_field(label, self.t.latin_classes)
        if known or not 2 <= len(key) <= 10:
            return known
        for name, endings, requires, unless, max_chars in self.t.classes:
            # a longer label names its document first ('行政许可决定书文号'): read only by
            # a class that allows it (a headline ending in '分类' is no category label)
            if len(key) > max_chars:
                continue
            if key.endswith(endings) and (not requires or any(r in key for r in requires)):
                if not any(u in key for u in unless):
                    return name
        return None

    def _dated_only(self, label: str) -> bool:
        """``label`` is read by a class that names its field only over a date
        (``dated_only`` in a ``label_class``), not by a table of names."""
        key = simplified_label(_squash(label))
        if key in self.t.fields:
            return False
        return any(
            key.endswith(e) and (not r or any(w in key for w in r)) and not any(w in key for w in u)
            for e, r, u in self.t.dated_only
        )

    def label(self, cell: str) -> str | None:
        """The ``meta`` field a table cell names ('发 文 机 关：' → 'issuer'), else None."""
        return self.field_of(cell)

    def cells(self, line: str) -> list[str]:
        """Cells of a table-like line (tab, '|', or runs of spaces between cells)."""
        return [c.strip() for c in _TABLE_CELLS.split(line.strip()) if c.strip()]

    def header_row(self, line: str) -> list[str] | None:
        """Fields of a table header row made only of labels ('发文机关 | 发文字号 | 成文日期')."""
        cells = self.cells(line)
        if len(cells) < 2:
            return None
        keys = [_squash(c) for c in cells]
        return keys if all(self.field_of(k) for k in keys) else None

    def doc_number(self, line: str) -> str | None:
        """The line when it is a document number alone ('某政办发〔2023〕12号').

        >>> MetaParser().doc_number("青政办发〔2021〕7号"), MetaParser().doc_number("第3页")
        ('青政办发〔2021〕7号', None)
        """
        s = line.strip()
        if len(s) > 40:
            return None
        return s if any(rx.match(s) for rx in self.t.doc_number) else None

    def parse_meta_line(self, line: str) -> dict[str, str] | None:
        """Fields of one metadata line: '【发布单位】…', '发文机关：… 发文字号：…' or a
        label/value table row ('发文机关\t某市人民政府\t发文字号\t某政发〔2020〕5号').

        >>> MetaParser().parse_meta_line("索 引 号：001-2020-03 ｜ 发文机关：某市人民政府")
        {'index_no': '001-2020-03', 'issuer': '某市人民政府'}
        """
        # a row of a drawn box ('├ 发文字号 ┊ …'): the corner opens no label
        s = line.strip().lstrip(_BOX + " \u3000")
        if not s:
            return None
        if _FIELD_MARKS.search(s) is None:  # most lines of a page: no field can be read
            return None
        if (m := LEADER.match(s)) is not None and self.field_of(m["k"]):
            s = _squash(m["k"]) + "：" + s[m.end() :]  # a dotted leader writes the colon
        if _GLOSSED_LABEL.search(s) is not None:
            # '发布日期 Date：…　｜　编号 Ref.：…': a bilingual page glosses each label in
            # English; the Han label says what the cell holds, the gloss goes
            s = _GLOSSED_LABEL.sub(lambda g: g["k"] + g["c"] if self.field_of(g["k"]) else g[0], s)
        items: list[tuple[str, str]] | None = None
        t = self.t
        if s[0] in "（(" and s[-1] in "）)":
            # one parenthesised line of fields ('（审理法院：…；案号：…）'): two labels at
            # least, each saying what it holds, so a '（来源：某报）' note stays a note
            inner = s[1:-1]
            if t.colon_line.match(inner):
                items = [(_squash(m["k"]), m["v"].strip()) for m in t.colon_item.finditer(inner)]
            elif t.generic_line.match(inner):
                items = [(_squash(m["k"]), m["v"].strip()) for m in t.generic_item.finditer(inner)]
            ok = items and len(items) >= 2 and all(self.field_of(k) and v for k, v in items)
            return self.fields(items) if items and ok else None
        if _WRAPPED_ITEMS.match(s):
            found = [(_squash(m["k"]), m["v"].strip()) for m in _WRAPPED_ITEM.finditer(s)]
            items = self._row_items(found)
        elif t.bracket_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in t.bracket_item.finditer(s)]
        elif s[0] in "［[" and t.square_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in t.square_item.finditer(s)]
        elif t.colon_line.match(s):
            items = [(_squash(m["k"]), m["v"].strip()) for m in t.colon_item.finditer(s)]
        else:
            cells = self.cells(t.spaced_label.sub(lambda m: _squash(m[0]), s))
            if len(cells) >= 2 and len(cells) % 2 == 0:
                keys, values = cells[::2], cells[1::2]
                if all(self.label(k) for k in keys) and not any(self.label(v) for v in values):
                    items = [(_squash(k), v) for k, v in zip(keys, values, strict=True)]
                elif self._mostly_labelled(keys, values):
                    # an info table's row with a label no table names beside known ones
                    # ('信息来源 | 某中心 | 办理方式 | 现场'): the known cells read
                    items = [(_squash(k), v) for k, v in zip(keys, values, strict=True)]
            if items is None and len(cells) >= 2 and t.run_line.match(s):
                items = [(_squash(m["k"]), m["v"].strip()) for m in t.run_item.finditer(s)]
            colon = max(s.find("：", 0, 16), s.find(":", 0, 16))
            if (
                items is None
                and len(s) <= 160
                and colon > 0
                and self.field_of(s[:colon])  # the first label says what it holds
                and t.generic_line.match(s)
            ):
                found = [(_squash(m["k"]), m["v"].strip()) for m in t.generic_item.finditer(s)]
                # every label must say what it holds, or it is prose with a colon
                if found and all(self.field_of(k) and v for k, v in found):
                    items = found
            if items is None and len(s) <= 160 and t.generic_line.match(s):
                found = [(_squash(m["k"]), m["v"].strip()) for m in t.generic_item.finditer(s)]
                items = self._row_items(found)
        if not items:
            return None
        return self.fields(items)

    def named_number(self, line: str) -> str | None:
        """The number a text line names in brackets under a number's label (a tender's
        opening: ``…采购项目（项目编号：AB-2021-7）的评审…``), or None: the document's
        number read from its text, which keeps the line whole.  One such bracket only; the
        value is a code or a Chinese document number.

        >>> p = MetaParser()
        >>> p.named_number("某某设备采购项目（项目编号：AB-2021-0793）的评审工作已经结束。")
        'AB-2021-0793'
        >>> p.named_number("见某文（编号：第三批）"), p.named_number("（电话：0571-8888888）")
        (None, None)
        """
        found = _NAMED_NUMBER.findall(line)
        if len(found) != 1:
            return None
        label, value = found[0]
        if self.field_of(label) != "doc_number":
            return None
        value = value.strip()
        return value if _CODE_VALUE.match(value) or self.doc_number(value) else None

    def _row_items(self, found: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """The items of a row of labelled cells whose labels say what they hold beside a
        bare date label over a date (``时间：2021-03-09``: the row's publish date) and a
        counter of views (``浏览：88``); None unless two labels at least say what they
        hold, so an event's ``时间：… 地点：…`` stays text.

        >>> p = MetaParser()
        >>> p._row_items([("来源", "某报"), ("作者", "某某"), ("时间", "2021-3-9"), ("浏览", "88")])
        [('来源', '某报'), ('作者', '某某'), ('发布日期', '2021-3-9'), ('浏览', '88')]
        >>> p._row_items([("时间", "2021-3-9"), ("地点", "某某礼堂")]) is None
        True
        """
        if not found or not all(v for _, v in found):
            return None
        items: list[tuple[str, str]] = []
        for k, v in found:
            if k in _BARE_DATE_LABELS and normalise_date(v):
                items.append(("发布日期", v))
            elif self.field_of(k) or _COUNT_VALUE.match(v):
                items.append((k, v))
            else:
                return None
        return items if sum(bool(self.field_of(k)) for k, _ in found) >= 2 else None

    def _mostly_labelled(self, keys: list[str], values: list[str]) -> bool:
        """A row of label/value cells whose first label and at least half of the labels
        say what they hold, the others short bare Han labels, no value a label.

        >>> p = MetaParser()
        >>> p._mostly_labelled(["信息来源", "办理方式"], ["某中心", "现场"])
        True
        >>> p._mostly_labelled(["品名", "单价"], ["白菜", "1.2"])
        False
        >>> p._mostly_labelled(["信息来源", "单价2"], ["某中心", "1.2"])
        False
        """
        known = [bool(self.field_of(_squash(k))) for k in keys]
        return (
            known[0]
            and 2 * sum(known) >= len(keys)
            and all(ok or _BARE_LABEL.match(k) for ok, k in zip(known, keys, strict=True))
            and not any(self.label(v) for v in values)
        )

    def fields(self, items: list[tuple[str, str]]) -> dict[str, str] | None:
        """``meta`` from ``(label, value)`` items; None when no label is known.

        >>> MetaParser().fields([("来源", "某某日报 -"), ("作者", "某某 - 2021-03-09")])
        {'origin': '某某日报', 'author': '某某', 'published': '2021-03-09'}
        >>> MetaParser().fields([("来源", "某某县统计局　2021-03-09")])
        {'origin': '某某县统计局', 'published': '2021-03-09'}
        >>> MetaParser().fields([("来源", "某某办公室　浏览 88 次")])
        {'origin': '某某办公室'}
        >>> MetaParser().fields([("征集期限", "2021年3月9日至4月8日")])
        {'published': '2021-03-09'}
        >>> MetaParser().fields([("公示期", "5个工作日")]) is None
        True
        """
        # a bar parting the cells may trail a value ('某局 ┊ 发文字号：…'): no part of it
        known = [
            (k, f, v.strip(_BOX + " \u3000|｜丨")) for k, v in items if (f := self.field_of(k))
        ]
        # '字号：[大] [中] [小]' is a font-size bar, not a document number
        known = [(k, f, v) for k, f, v in known if f != "doc_number" or _NUMBERISH.search(v)]
        if not known:
            return None
        meta: dict[str, str] = {}
        tail_dates: list[str] = []
        undated = False  # a label that names a date over no date: no field
        for label, key, value in known:
            if key not in self.t.date_fields:
                # a bare date cell after the last labelled value ('来源：某报　2021-03-09',
                # '作者：某某 - 2021-03-09'): the row's date, no part of the value
                value = _COUNTER_TAIL.sub("", _SEP_TAIL.sub("", value))
                tail = _DATE_TAIL.match(value)
                if tail is not None and (day := normalise_date(tail["d"])) is not None:
                    value = tail["v"]
                    tail_dates.append(day)
            if not value:
                continue
            if key in self.t.date_fields:
                day = label_date(label, value)
                if day is None and self._dated_only(label):
                    undated = True
                    continue
                value = day or value
            meta.setdefault(key, value)
        if len(tail_dates) == 1 and meta:
            meta.setdefault("published", tail_dates[0])
        if undated and not meta:
            return None
        # a value holding a sentence: the line is the text's, never a row (split_values)
        if sentence_in(meta):
            return None
        named = names_only(meta)
        return None if meta and not named else named  # a date read as a name: no row here

    def stacked(self, label_line: str, value_line: str) -> dict[str, str] | None:
        """A label alone on its line and its value on the next (a table flattened one
        cell per line): the label is a short Han word that says what it holds, spaced or
        not, with or without a colon; the value is no label and no label/value line.

        >>> p = MetaParser()
        >>> p.stacked("索 引 号", "0012/2023-001"), p.stacked("发布机构", "某市水务局")
        ({'index_no': '0012/2023-001'}, {'issuer': '某市水务局'})
        >>> p.stacked("发布机构", "发文字号"), p.stacked("主要任务", "各单位要落实责任。")
        (None, None)
        """
        key = _squash(label_line)
        if not 2 <= len(key) <= 6 or not _HAN_WORD.fullmatch(key):
            return None
        value = value_line.strip()
        if not value or len(value) > 80 or _SENTENCE_END.search(value) or not self.field_of(key):
            return None
        if self.field_of(value) or self.parse_meta_line(value):
            return None
        return self.fields([(key, value)])

    def _stacked_at(self, lines: list[str], idx: list[int], k: int) -> dict[str, str] | None:
        """:meth:`stacked` for the body lines ``idx[k]`` and ``idx[k + 1]``."""
        if k + 1 >= len(idx) or len(lines[idx[k]]) > 16:
            return None
        return self.stacked(lines[idx[k]], lines[idx[k + 1]])

    def closing_date(self, line: str) -> str | None:
        """The date of a dated label line that closes an article ('发布日期 2021/03/05',
        '发表于 21-03-05': '…于' is read as '…日期'), when the label names the publish
        date (by name or shape); else None.  Only a whole line of label and date counts.

        >>> p = MetaParser()
        >>> p.closing_date("发表于 21-03-05"), p.closing_date("发布日期：2021/3/5")
        ('2021-03-05', '2021-03-05')
        >>> p.closing_date("截止日期 2021/03/05"), p.closing_date("发布日期 2021/03/05 作者")
        (None, None)
        """
        m = _CLOSING.match(line.strip())
        if m is None:
            return None
        label = m["k"][:-1] + "日期" if m["k"].endswith("于") else m["k"]
        if self.field_of(label) != "published":
            return None
        return normalise_date(m["v"])

    def date_line(self, line: str) -> dict[str, str] | None:
        """A date line below a title: the date, and any label/value items after it.

        >>> MetaParser().date_line("2021年6月8日 09:15　来源：晨江日报")
        {'published': '2021-06-08', 'origin': '晨江日报'}
        >>> MetaParser().date_line("2021-06-08　　浏览：[88]　评论 3")
        {'published': '2021-06-08'}
        """
        m = _DATE_LINE.match(line.strip())
        if not m:
            return None
        date = normalise_date(m["date"])
        if date is None:
            return None
        rest = m["rest"].strip(" \u3000|｜·•")
        if rest and _same_date_glossed(rest, date):
            return {"published": date}  # '2021年3月9日 ｜ March 9, 2021': one date, two tongues
        extra = self.parse_meta_line(rest) if rest else {}
        if extra is None and _COUNTERS.match(rest):
            extra = {}  # '点击：[1358]', '阅读 2389': a page's counters, no field
        if extra is None:
            # cells the tables name and ones they do not ('来源：某报　作者：某某': an
            # author has no agreed key), read as a header's row of labelled cells
            extra = field_cells_row(rest, self.field_of)
        if extra is None:
            return None
        return {"published": date, **{k: v for k, v in extra.items() if k != "published"}}

    def publish_label_date(self, lines: list[str]) -> str | None:
        """The date a block's publish label holds ('发布日期：2021-03-09'), when the block
        also prints the date it was written ('成文日期：2021-03-05', read first on a card
        of two columns): a label with a word of ``[meta] publish_words`` names the day
        the page went up.  None when no such label holds a date.

        >>> p = MetaParser()
        >>> p.publish_label_date(["成文日期：2021年03月05日", "发布日期：2021年03月09日"])
        '2021-03-09'
        >>> p.publish_label_date(["成文日期：2021年03月05日"]) is None
        True
        """
        words = self.t.publish_words
        for line in lines:
            for m in _PUBLISH_CELL.finditer(line):
                label = _squash(m["k"])
                if self.field_of(label) == "published" and any(w in label for w in words):
                    if (day := normalise_date(m["date"])) is not None:
                        return day
        return None

    def meta_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        """Fields of one line of a metadata block; date and number lines only near a title."""
        if near_title and line.isascii() and "by" in line.lower():
            if (posted := _EN_POSTED_BY.match(line.strip())) is not None:
                # 'Posted on 9 March 2021 by Some Name': the date, then who wrote it
                day = normalise_date(posted["date"])
                return {"published": day, "author": posted["name"]} if day else None
            parts = _EN_CELLS.split(line.strip())
            by = [m for c in parts if (m := _EN_BY.match(c)) is not None]
            if len(by) == 1 and len(parts) >= 2:
                # 'By Some Name | Published: 23/03/2021': the byline's cell, then the row
                rest = "\u3000".join(c for c in parts if not _EN_BY.match(c))
                row = self.meta_row(rest, near_title=True)
                return {**row, "author": by[0]["name"]} if row else None
        if line.isascii() and (en := EN_DATE.search(line)) is not None:
            # an English page's date ('November 3, 2022') read as the digits' form, so
            # its comma parts no cells and every reader below knows it
            line = line[: en.start()] + (english_date(en[0]) or en[0]) + line[en.end() :]
        parsed = self.parse_meta_line(line)
        if parsed is not None or not near_title:
            return parsed
        s = _BLOCK_LEAD.sub("", line.strip())  # '▌某号': a block mark opens the row
        inner = _WHOLE_BRACKET.match(s)
        if inner is not None:  # '（公告编号：…）': a row in one bracket under its header
            parsed = self.parse_meta_line(inner["in"])
            if parsed is not None:
                return parsed
        coded = _GLOSSED_NUMBER.match(s)
        if coded is not None and (
            coded["k"].endswith("号") or self.field_of(coded["k"]) == "doc_number"
        ):  # '某号 No. AB-2021-017': a number's label glossed 'No.' (bilingual pages)
            return {"doc_number": coded["v"]}
        # a number alone: '某政发〔2021〕7号', an issue's '2021年第12期', '某航警8/21'
        if s.endswith(("号", "期")) or "/" in s[-5:]:
            number = self.doc_number(s)
            if number:
                return {"doc_number": number}
        if s[:1] in "（(" and s[-1:] in "）)" and s[1:2].isdigit():
            s = s[1:-1].strip()  # '（2021-03-09 14:22 · 来源：某报）': a dated row in brackets
        badge = _TAG_BEFORE_LABEL.match(s)
        if badge is not None and not self.field_of(_squash(badge["tag"])):
            # '【通知公告】　发布时间：…　阅读：[58]': the row behind its column's badge
            return self.meta_row(s[badge.end() :], near_title=True)
        lead = _LEAD_GLYPHS.match(s) or _TAG_LEAD.match(s)
        if lead is not None:  # '📅 2016.10.13', '【快报】2021/3/9 09:41': a date behind
            s = s[lead.end() :]  # its glyph or a bracketed tag is a date line
        row = self.date_line(s) if s[:1].isdigit() else self.byline(s)
        if row is None and len(s) >= 12 and _YEAR_DATE.search(s):  # a cover or review row
            row = cover_line(s, self.field_of, self.doc_number)
            row = row or labelled_date_row(s, self.field_of)
        if len(s) >= 8 and ("：" in s or ":" in s or _YEAR_DATE.search(s)):
            # a header's one row of labelled cells; it may read more than a byline does
            cells = field_cells_row(s, self.field_of)
            if cells is not None and (row is None or row.items() < cells.items()):
                row = cells
        return row

    def shaped_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        """:meth:`meta_row`, and near a title the cells no table names read by the shape
        of their values (:func:`split_cells.cell_row`): the readings of the tables come
        first.  The split stage's reading; the boilerplate stage's keep test stays on
        :meth:`meta_row`.  Memoised (each caller gets its own copy of the fields)."""
        if len(line) > SHAPED_WIDTH:
            return self._shaped_row(line, near_title=near_title)
        key = (line, near_title)
        memo = self._shaped
        if key in memo:
            got = memo[key]
        else:
            if len(memo) >= SHAPED_LINES:  # between pages: bounded, then it starts again
                memo.clear()
            got = memo[key] = self._shaped_row(line, near_title=near_title)
        return None if got is None else dict(got)

    def _shaped_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        s = line.strip()
        spaced = _ONE_SPACE_LABEL.sub("\u3000", s) if near_title else s
        if spaced != s:
            # '来源:某报 时间:2021-03-09 16:20': one space parts labelled cells; read as
            # the wide gap it stands for (the labels must still say what they hold)
            return self.shaped_row(spaced, near_title=True)
        framed = _FRAMED_DATE.match(s) if near_title else None
        if framed is not None and self.doc_number(framed["rest"]) is None:
            # '[2021-03-09] 某局': the row's date in brackets, then who put it up
            return self.shaped_row(f"{framed['date']}\u3000{framed['rest']}", near_title=True)
        row = self.meta_row(line, near_title=near_title)
        if near_title and len(s) >= 6:
            shaped = cell_row(s, self.field_of)
            if shaped is not None:
                # one cell holds one field: a value the labels already read (an index
                # number under its label) is not read again by its shape as another field
                taken = set((row or {}).values())
                row = (row or {}) | {
                    k: v for k, v in shaped.items() if k not in (row or {}) and v not in taken
                }
        if near_title and row is None and (framed := _FRAMED_DATE.match(s)) is not None:
            # '〔2021-03-09〕（2021）某0102民初345号': a bracketed date, then the number
            day, number = normalise_date(framed["date"]), self.doc_number(framed["rest"])
            if day is not None and number is not None:
                row = {"published": day, "doc_number": number}
        if near_title and row and "doc_number" not in row:
            # a cell that is a document or issue number alone ('（2021年第3期　某科　…）')
            inner = s[1:-1] if s[:1] in "（(" and s[-1:] in "）)" else s
            for cell in _TABLE_CELLS.split(inner):  # wide gaps or a bar ('┃', '|')
                if (number := self.doc_number(cell.strip())) is not None:
                    row = row | {"doc_number": number}
                    break
        if near_title and row is not None and set(row) == {"published"}:
            # a feed's or a paper's name beside the date alone: the piece's source
            source = source_dateline(s, self.field_of)
            if source is not None and source["published"] == row["published"]:
                row = row | source
        if row and sentence_in(row):
            return None  # a sentence behind a label-like opening stays text (split_values)
        if row and "issuer" not in row and self._posted_by_body(s, row.get("author", "")):
            row = {("issuer" if k == "author" else k): v for k, v in row.items()}
        return names_only(row) if row else row

    def _posted_by_body(self, line: str, value: str) -> bool:
        """``value``, read as the author, stands under a label that names who put the page
        up (an author's label with a word of ``[meta] publish_words``: '发布者', '发布人')
        and has an organisation's shape: a body publishes a notice (its issuer); a
        person who posts under that label is its author.

        >>> p = MetaParser()
        >>> p._posted_by_body("发布者：某某大学统计学系　发布时间：2021-03-09", "某某大学统计学系")
        True
        >>> p._posted_by_body("发布者：统计学系　发布时间：2021-03-09", "统计学系")
        True
        >>> p._posted_by_body("发布者：林某某　发布时间：2021-03-09", "林某某")
        False
        >>> p._posted_by_body("作者：某某区科研办公室　时间：2021-03-09", "某某区科研办公室")
        False
        """
        if not value or not (is_org(value) or _short_body(value)):
            return False
        labelled = r"(?P<k>(?:[\u4e00-\u9fff]\s?){2,6})[:：]\s*" + re.escape(value)
        for m in re.finditer(labelled, line):
            label = _squash(m["k"])
            if self.field_of(label) == "author" and any(w in label for w in self.t.publish_words):
                return True
        return False

    def _date_below(self, line: str) -> dict[str, str] | None:
        return self.shaped_row(line, near_title=True)

    def below_title(self, line: str) -> bool:
        """A metadata row right below a title or header line (:func:`split_headers.judge`)."""
        return self.shaped_row(line, near_title=True) is not None

    def byline(self, line: str) -> dict[str, str] | None:
        """An article's byline below its title: short cells apart by wide spaces or
        bars, one of them a date alone, no sentence punctuation (author, date, read
        count: '文／某某　　2024年08月01日　　2389人读过').  Its date is kept in ``meta``,
        and the name behind a byline's mark (``[meta] byline_author_marks``) as the author.

        >>> MetaParser().byline("文／某某　　2024年08月01日　　2389人读过")
        {'published': '2024-08-01', 'author': '某某'}
        >>> MetaParser().byline("我在2024年08月01日　　出发，　　去了远方")

        Or words apart by single spaces and the date (and time) closing the line, the
        export form of a post (tag, author, account: '原创 某某 某号 2024-08-01 09:30'):

        >>> MetaParser().byline("原创 某某 某号 2024年08月01日 09:30")
        {'published': '2024-08-01'}
        >>> MetaParser().byline("2024年08月01日 09:30"), MetaParser().byline("出发 2024年08月01日")
        (None, None)
        """
        if len(line) > 60 or _SENTENCE.search(line):
            return None
        spaced = _WORDS_THEN_DATE.match(line.strip())
        if spaced is not None:  # 'words… date [time]' apart by single spaces
            date = normalise_date(spaced["date"])
            return {"published": date} if date else None
        cells = self.cells(line)
        if not any(_DATE.match(c) for c in cells):  # no cell a date: try the marks apart
            cells = [d for c in cells for d in _MARK_CELLS.split(c) if d]
        if not 2 <= len(cells) <= 5 or any(len(c) > 20 for c in cells):
            return None
        dates: list[str] = []
        verb = ""
        for c in cells:
            m = _DATE.match(c)
            if m is None or (d := normalise_date(c)) is None:
                continue
            tail = c[m.end() :].lstrip("日号").strip()
            if tail and (tail not in self.t.dated_verbs or sum(map(_opens_date, cells)) > 1):
                continue  # '…发布　…实施': a standard's dates, read by their verbs (cover_line)
            dates.append(d)
            verb = tail
        if len(dates) != 1:
            return None
        row = {"published": dates[0]}
        names = [c for c in cells if not _DATE.match(c)]
        if verb in self.t.edit_verbs and len(cells) == 2 and _EDITOR_NAME.match(names[0]):
            # '某组 · 2021年3月9日更新': the date of an edit, the one name who made it
            row["author"] = names[0]
            return row
        for c in cells:  # '文/某某': the byline's author
            who = _AUTHOR_CELL.match(c)
            if who is not None and (
                who["k"] in self.t.byline_author_marks or self.field_of(who["k"]) == "author"
            ):
                row["author"] = who["name"]
                break
        return row

    @staticmethod
    def name_date(line: str) -> dict[str, str] | None:
        """A source's name and a date alone on a line (``某某晚报 2021年3月9日``): the
        dateline a digest prints under each item's header.  A word and a date may be any
        line (``出发 2024年08月01日`` in a diary: :meth:`byline` refuses it), so it is read
        only on the line right under a header, and a run of headers is cut by it only
        when every header has one (:meth:`SplitStage.find_generic_headers`).

        >>> MetaParser.name_date("某某晚报 2021年3月9日"), MetaParser.name_date("某某晚报")
        ({'published': '2021-03-09'}, None)
        >>> MetaParser.name_date("我们在 2021年3月9日 出发")
        """
        m = _NAME_THEN_DATE.match(line.strip())
        if m is None or not _HAN_WORD.search(m["name"]):
            return None
        date = normalise_date(m["date"])
        return {"published": date} if date else None

    def head_date(self, head: list[str]) -> str | None:
        """The date a compilation's head gives every piece below it: a byline or date
        line among its first three lines (under the compilation's own title).

        >>> MetaParser().head_date(["本周合集", "原创 某某 某号 2024-08-01 09:30", "关注我们"])
        '2024-08-01'
        """
        for line in [ln for ln in head if ln.strip()][:3]:
            row = self.shaped_row(line, near_title=True)
            if row and "published" in row:
                return row["published"]
        return None

    def meta_block(
        self, lines: list[str], idx: list[int], *, headed: bool = False, lead: int = 0
    ) -> list[tuple[list[int], dict[str, str]]]:
        """Metadata lines at the top of an article body: ``(line indices, fields)`` rows.

        The block may start on the first line or, below a title line, on the second, or
        below a bare title under at most ``HEAD_LINES`` lines of the page's head (a copy
        of the page title, a crumb trail: :func:`split_head.under_head`), then only when one
        of its rows reads (the title for the split stage is the line right above); a
        two-row table (labels, then values) and a label line with its value on the next
        line (:meth:`stacked`; two such pairs in a row at least) count as one row.
        ``headed``: the article has a header line (its title), so a bare date or number
        line on the first line also lies next to the title.  ``lead``: navigation lines
        above the title.
        """
        for first in range(lead, lead + 2 + HEAD_LINES):
            if first > lead and (len(idx) <= first or text_width(lines[idx[first - 1]]) > 60):
                break
            if (
                first == lead + 2
                and not headed
                and glossed_title(*(lines[i] for i in idx[lead:first]))
            ):
                pass  # a title and its English under it: the block below lies under the title
            elif first > lead + 1:
                if headed:
                    break
                if not row_hint(lines[idx[first]]) or prose_line(lines[idx[first]]):
                    continue  # cheap: most lines open no row
                if not under_head(lines, idx[lead:first]):
                    break  # a bare title under the page's trail or its page-title copy
            rows: list[tuple[list[int], dict[str, str]]] = []
            k = first
            stacked = False  # the row before is a label line over its value line
            while k < len(idx) and k < first + 10:
                if _BOX_RULE.match(lines[idx[k]]) and (rows or self._boxed_row(lines, idx, k)):
                    # a border of a box of metadata rows belongs to the box
                    rows.append(([idx[k]], {}))
                    k += 1
                    continue
                near = k <= first + 2 and (first > lead or headed)
                parsed = self.shaped_row(lines[idx[k]], near_title=near)
                if parsed is None and near and k + 1 < len(idx) and not rows:
                    under = lines[idx[k + 1]]  # the issuers' row over its date row
                    parsed = issuers_over_date(lines[idx[k]], under, self._date_below)
                if (
                    parsed is None
                    and k == first == lead
                    and not headed
                    and k + 1 < len(idx)
                    and prose_line(lines[idx[k + 1]])
                ):
                    # the page's first line below its crumbs, prose below it: the header
                    # zone of a page whose title line was lost; a row of cells there is its
                    # metadata (over a title line it is a file card, not ours to drop)
                    parsed = cell_row(lines[idx[k]], self.field_of)
                if parsed is None and k == first == lead and not headed:
                    parsed = self.row_over_title(lines, idx, k)
                if parsed is None and k == first == lead and not headed and k + 1 < len(idx):
                    # an issue or document number alone over the issuer's dated row, both
                    # over the title ('2021年第3期' / '某某科　2021年3月9日'): one block
                    number = self.doc_number(lines[idx[k]])
                    below = self.shaped_row(lines[idx[k + 1]], near_title=True)
                    if number and below and "doc_number" not in below:
                        rows += [([idx[k]], {"doc_number": number}), ([idx[k + 1]], below)]
                        k += 2
                        continue
                # labels without values ('成文日期：' alone, a row of labels) are not a
                # row of their own: the value below, or the row of values, completes them
                if parsed is None and headed and k == first == lead:
                    parsed = self.name_date(lines[idx[k]])  # a dateline under its header
                if parsed:
                    rows.append(([idx[k]], parsed))
                    k += 1
                    continue
                if near and k + 1 < len(idx) and icon_row(lines[idx[k]]):
                    # a row of pictograph facts over a row that reads: one block
                    below = self.shaped_row(lines[idx[k + 1]], near_title=True)
                    if below:
                        rows += [([idx[k]], {}), ([idx[k + 1]], below)]
                        k += 2
                        continue
                pair = self._stacked_at(lines, idx, k)
                # a flattened table has several cells: a pair alone may be a salutation
                # over a heading ('各有关单位：' / '情况通报'), never taken
                if pair is not None and (stacked or self._stacked_at(lines, idx, k + 2)):
                    rows.append(([idx[k], idx[k + 1]], pair))
                    stacked = True
                    k += 2
                    continue
                if near and not stacked:
                    # labels over values that no table names: read by the values' shapes
                    size, found = cell_stack([lines[i] for i in idx[k : k + 16]], self.field_of)
                    if size and not sentence_in(found):
                        rows.append((idx[k : k + size], found))
                        k += size
                        continue
                    # a front matter of 'label: value' lines, one item a line
                    size, found = key_value_block(
                        [lines[i] for i in idx[k : k + 12]], self.field_of
                    )
                    if size and not sentence_in(found):
                        rows.append((idx[k : k + size], found))
                        k += size
                        continue
                if (near or rows) and self._kin_row(lines, idx, k, rows):
                    rows.append(([idx[k]], {}))
                    k += 1
                    continue
                head = self.header_row(lines[idx[k]])
                if head and k + 1 < len(idx):
                    vals = self.cells(lines[idx[k + 1]])
                    if len(vals) == len(head) and not any(self.label(v) for v in vals):
                        fields = self.fields(list(zip(head, vals, strict=True))) or {}
                        rows.append(([idx[k], idx[k + 1]], fields))
                        k += 2
                        continue
                break
            if first > lead + 1 and not any(r[1] for r in rows):
                continue  # under head lines, the block must read: rows alone say nothing
            if any(not _BOX_RULE.match(lines[r[0][0]]) for r in rows):
                return rows  # borders alone are no block
        return [] if headed else self._code_row_over_title(lines, idx, lead)

    def _code_row_over_title(
        self, lines: list[str], idx: list[int], lead: int
    ) -> list[tuple[list[int], dict[str, str]]]:
        """A filing's code row printed ABOVE its title (``证券代码：…　公告编号：…`` over
        ``某公司关于某事的公告``), under at most ``MAX_ABOVE`` lines of the page's head:
        a row of two fields at least whose next line ends like a document title.  The
        split stage takes that line as the title (:meth:`title_below`).

        >>> p = MetaParser()
        >>> row = "证券代码：600000　公告编号：2020-001"
        >>> page = ["某站行情", row, "某公司关于某事的公告", "正文。"]
        >>> p._code_row_over_title(page, [0, 1, 2, 3], 0)
        [([1], {'security_code': '600000', 'doc_number': '2020-001'})]
        >>> one = ["某站行情", "编号：2020-001", "某公司关于某事的公告"]
        >>> p._code_row_over_title(one, [0, 1, 2], 0)
        []
        """
        for k in range(lead, min(lead + MAX_ABOVE + 1, len(idx) - 1)):
            s = lines[idx[k]].strip()
            if len(s) < 8 or not row_hint(s):
                continue
            title = lines[idx[k + 1]].strip()
            if not (4 <= len(title) <= 60 and title.endswith(self.t.title_endings)):
                continue
            if _SENTENCE.search(title):
                continue
            parsed = self.shaped_row(s, near_title=True)
            if parsed is not None and len(parsed) >= 2:
                return [([idx[k]], parsed)]
        return []

    def row_over_title(self, lines: list[str], idx: list[int], k: int) -> dict[str, str] | None:
        """Fields of line ``idx[k]``, a single document's first line, when it is its row
        of facts printed OVER its bare title (``成文 日期 ┆ 单位 某所`` then the title):
        read there, the row would be taken for the title.  The row reads two fields, or a
        date with a label; the line below is a bare title (short, no sentence, no row) and
        the one below that no row either (a title with its own row below it is the usual
        layout: the row above it is the page's).  A file card over the title (kind,
        format, size: :func:`split_titles.field_line`) is a record the text keeps.

        >>> p = MetaParser()
        >>> page = ["编写 ⊳ 某某科　审核日期 ⊳ 2020-05-06", "某项工作小结", "今年我们做了三件事。"]
        >>> p.row_over_title(page, [0, 1, 2], 0)
        {'published': '2020-05-06'}
        >>> page[2] = "审核日期 ⊳ 2020-05-07"  # the title's own row is below it
        >>> p.row_over_title(page, [0, 1, 2], 0) is None
        True
        """
        if k + 2 >= len(idx):
            return None
        row, title, after = (lines[idx[j]] for j in (k, k + 1, k + 2))
        if not row_hint(row) or field_line(row) or not under_head(lines, [idx[k + 1]]):
            return None
        parsed = self.shaped_row(row, near_title=True)
        glossed = _GLOSSED_NUMBER.match(row.strip()) is not None  # '编号 No. AB-017'
        glossed = glossed or _glossed_dateline(row)  # '2021年3月9日 ｜ March 9, 2021'
        if not parsed or (len(parsed) < 2 and not _LABELLED_DATE.search(row) and not glossed):
            return None
        if self.shaped_row(title, near_title=True) or self.shaped_row(after, near_title=True):
            return None
        return parsed

    def _kin_row(
        self,
        lines: list[str],
        idx: list[int],
        k: int,
        rows: list[tuple[list[int], dict[str, str]]],
    ) -> bool:
        """Line ``idx[k]`` is a row of labelled cells that reads nothing (labels no table
        names: ``公开期限\t十天``, ``某甲〔编者〕``) laid out as the row next to it, which
        reads (:func:`split_cells.row_kind`): the row above when it was taken, or the row
        below.  The rows beneath a title are one block, whatever their labels.

        >>> p = MetaParser()
        >>> page = ["某甲〔编者〕　某乙〔校者〕", "2020-01-02〔收录〕　某丙〔编者〕", "正文。"]
        >>> p._kin_row(page, [0, 1, 2], 0, [])
        True
        >>> p._kin_row(["某甲〔编者〕　某乙〔校者〕", "正文。"], [0, 1], 0, [])
        False
        """
        kinds = _row_kinds(lines[idx[k]])
        if not kinds:
            return False
        above = k > 0 and bool(rows) and bool(rows[-1][1]) and rows[-1][0][-1] == idx[k - 1]
        if above and kinds & _row_kinds(lines[idx[k - 1]]):
            return True
        if k + 1 >= len(idx) or not kinds & _row_kinds(lines[idx[k + 1]]):
            return False
        return self.shaped_row(lines[idx[k + 1]], near_title=True) is not None

    def _boxed_row(self, lines: list[str], idx: list[int], k: int) -> bool:
        """The line below the border ``idx[k]`` is a row of metadata cells."""
        return k + 1 < len(idx) and self.parse_meta_line(lines[idx[k + 1]]) is not None

    def title_below(
        self,
        lines: list[str],
        content: list[int],
        rows: list[tuple[list[int], dict[str, str]]],
        endings: tuple[str, ...],
    ) -> int:
        """How many lines above an article's metadata block are page head, not article:
        the block opens the document when the line right below it is the document's
        title (short, no sentence punctuation, ends like a document title: a portal's
        info table above its heading) and no line above it ends like one.  0 otherwise
        (the usual layout: the title above its block).

        >>> p = MetaParser()
        >>> page = ["某市人民政府  便民·为民", "发布机构", "某市水务局", "某市水务局关于某事的通知",
        ...         "各单位：", "正文。"]
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        1
        >>> page[0] = "某市水务局关于另事的通知"
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        0
        >>> page[0] = page[3]  # a copy of the title below: the page's head
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        1
        """
        if not rows or not content:
            return 0
        top, bottom = rows[0][0][0], rows[-1][0][-1]
        above = [i for i in content if i < top]
        below = [i for i in content if i > bottom]
        if not above or len(above) > MAX_ABOVE or not below:
            return 0
        title = lines[below[0]].strip()
        if not (4 <= len(title) <= 60 and title.endswith(endings)) or _SENTENCE.search(title):
            return 0
        # a copy of that very title above the block (the page title the extractor put
        # on top) is page head too: the document's own title line is the one below; so
        # is a periodical's name over its issue number ('汛情通报' over '第12期': the
        # block opens with the issue, the name above it is the masthead of every issue)
        issue = _ISSUE.match(lines[top].strip()) is not None
        if not issue and any(
            lines[i].strip().endswith(endings) and lines[i].strip() != title for i in above
        ):
            return 0
        return len(above)
