"""The shapes :mod:`split_meta` reads a metadata block by: regexes for bylines,
date lines, counters, issue numbers and glossed numbers, Latin label classes
(:func:`latin_field`) and the label tables (:class:`MetaTables`, :func:`tables`).

Split out of :mod:`split_meta` so that each part stays short; what a metadata block is
is described there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.bracket_pairs import ANY, CLOSE, OPEN
from cleaner.stages.cell_gaps import TABLE_CELLS
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cells import (
    row_kind,
)
from cleaner.stages.split_dates import DATE as _DATE
from cleaner.stages.split_dates import (
    EN_DATE,
    english_date,
    label_pattern,
    normalise_date,
)

# read from split_dates now; tests import it from here, where it was defined before
from cleaner.stages.split_dates import badge_date as badge_date
from cleaner.stages.split_grid import tab_label_row

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
# a box-drawing table's rule ('│', '┃') parts cells as a bar does (cell_gaps.TABLE_CELLS)
_TABLE_CELLS = TABLE_CELLS
# box-drawing glyphs ('┌ ├ └ ─ ┊'): the frame of a box of rows, never a value's text
_BOX = "".join(map(chr, range(0x2500, 0x2580)))
# a block or a shape opening a row ('▌某号', '■ 编号 X'; not ○, a written zero)
_BLOCK_LEAD = re.compile(r"^[\u2580-\u25ca\u25cc-\u25ee\u25f0-\u25ff]+[ \u3000]*")

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
    r"^(?P<k>[\u4e00-\u9fff]{1,3})\s*[/／|｜]\s*(?P<name>[\u4e00-\u9fff·]{2,4})"
    # the writer's class or unit in brackets after the name ('文／某某（2003届某系）')
    r"(?:[（(][^（）()，。；]{2,20}[）)])?$"
)
# a bilingual byline's English cell restating who wrote it ('Text by Some Name, Class of
# 2003', 'Photo by …'): the Han cell's gloss, no field of its own (split_meta_lines.byline)
_EN_CREDIT_GLOSS = re.compile(
    r"^(?:[A-Z][a-z]{1,10} )?by [A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3}"
    r"(?:, [A-Za-z][A-Za-z0-9 '.&-]{1,40})?$"
)
# an English byline's cell ('By Some Name') and a dated one ('Posted on 9 March 2021 by
# Some Name'): a name of capitalised words; cells apart by a bar or a wide gap
_EN_NAME = r"(?P<name>[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3})"
# 'By Some Name', or with the writer's paper or desk after a comma ('By Some Name, Some
# Daily'): the name is the author (the row, paper and all, leaves the text on the record)
_EN_BY = re.compile(rf"^By {_EN_NAME}(?:, [A-Z][A-Za-z'.&-]*(?: [A-Za-z][A-Za-z'.&-]*){{0,5}})?$")
_EN_POSTED_BY = re.compile(
    rf"^(?:Posted|Published|Updated)(?: on)? (?P<date>[A-Za-z0-9 ,./-]{{6,24}}?) by {_EN_NAME}$"
)
# an English posted row's cells parted by middle dots or bars ('Posted 2021-03-09 · by Some
# Unit · 120 views'): the posted date, who put it up, a view counter
_EN_DOTTED = re.compile(r"\s+[·•|｜]\s+")
_EN_POSTED = re.compile(
    r"^(?:Posted|Published|Updated)(?: on)?:? (?P<date>[A-Za-z0-9 ,./-]{6,24})$"
)
_EN_BY_CELL = re.compile(rf"^[Bb]y:? {_EN_NAME}$")
_EN_COUNTER = re.compile(r"^\d[\d,]*\s+(?:views?|reads?|hits?|comments?|likes?)$", re.I)


@lru_cache(maxsize=1)
def _unit_endings() -> tuple[str, ...]:
    """Last words of an office's unit (``[posted_by_unit]`` in ``headers.toml``)."""
    return tuple(load_table("headers").get("posted_by_unit", {}).get("endings", ()))


def en_posted_cells(line: str) -> dict[str, str] | None:
    """The fields of an English posted row in dotted cells, or None.

    >>> en_posted_cells("Posted 2021-03-09 · by Alumni Relations Office · 88 views")
    {'published': '2021-03-09', 'origin': 'Alumni Relations Office'}
    >>> en_posted_cells("Published 2021-03-09 | by Mary Stone")
    {'published': '2021-03-09', 'author': 'Mary Stone'}

    A cell that is neither (a sentence, a tag) or no date: None.

    >>> en_posted_cells("Posted 2021-03-09 · by Mary Stone · we walked home")
    >>> en_posted_cells("Posted · by Mary Stone · 3 views")
    """
    parts = _EN_DOTTED.split(line.strip())
    if len(parts) < 2:
        return None
    day: str | None = None
    who: str | None = None
    for cell in parts:
        if (m := _EN_POSTED.match(cell)) is not None and day is None:
            day = normalise_date(m["date"])
            if day is None:
                return None
        elif (b := _EN_BY_CELL.match(cell)) is not None and who is None:
            who = b["name"]
        elif not _EN_COUNTER.match(cell):
            return None
    if day is None:
        return None
    if who is None:
        return {"published": day}
    key = "origin" if who.endswith(_unit_endings()) else "author"
    return {"published": day, key: who}


# (a spaced middle dot or bullet parts them too: 'By Some Name, Some Desk · 2021/3/9')
_EN_CELLS = re.compile(r"\s*[|｜]\s*|\u3000+|\s{2,}|\s+[·•・]\s+")
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


# a poster's cell on a board: a member's name (a role word may stand before it, '网友 某某'),
# a gap, the verb of posting closed by 于 ('发表于', '提问于': ``[meta] dated_verbs``, no
# verb of an edit: '最后更新于 …' names when, no one) and the day
# ('网友 某某 提问于 2021/3/9'): who put the post up and when (split_meta_lines.byline)
_POSTED_CELL = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}[ \u3000])?"
    r"(?P<name>[\u4e00-\u9fff·]{2,6}|[A-Za-z][A-Za-z0-9_.'-]{1,19})[ \u3000]+"
    r"(?P<verb>[\u4e00-\u9fff]{2})[于於][ \u3000]*"
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
# or a table cell's, the gloss after a slash and the value in the next cell ('发布日期 / Date\t…',
# or after a wide space: '来源 / Source　某报')
_GLOSSED_LABEL = re.compile(
    r"(?:^|(?<=[\s|｜丨]))(?P<k>[\u4e00-\u9fff]{2,6})(?:[ \t\u3000]+|[ \u3000]*[/／][ \u3000]*)"
    r"[A-Za-z][A-Za-z]{0,11}\.?(?:[ \t][A-Za-z][A-Za-z]{0,11}\.?)?[ \t\u3000]*"
    r"(?P<c>[:：\t]|(?<=[A-Za-z.])\u3000)"
)
# a row of bracketed 'label：value' items ('【来源：某报】【日期：2021-03-09】', any pair of
# bracket_pairs: '〔来源:某报〕〔日期:2021-03-09〕'): each bracket holds one item, its
# label before the colon
_WRAPPED_ITEMS = re.compile(rf"^(?:\s*[{OPEN}]\s*[^{ANY}:：]{{1,8}}[:：][^{ANY}]+[{CLOSE}])+\s*$")
_WRAPPED_ITEM = re.compile(rf"[{OPEN}]\s*(?P<k>[^{ANY}:：]{{1,8}})[:：](?P<v>[^{ANY}]+)[{CLOSE}]")
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


#: a row's cells: parted by a spaced separator or a wide gap
_ROW_CELLS = re.compile(r"\s+[·•|｜/／]\s+|\u3000+|\s{2,}")
#: a page's counter cell, the number before its word or after it ('4278 次浏览', '阅读 12')
_COUNT_CELL = re.compile(
    r"^(?:\d{1,9}\s*[次人个条]?\s*[\u4e00-\u9fff]{1,3}"
    r"|[\u4e00-\u9fff]{1,4}\s*[:：]?\s*[\[［(（]?\d{1,9}[\]］)）]?\s*[次人]?)$"
)


def counted_date_row(line: str) -> bool:
    """``line`` is a row of cells (parted by spaced separators or wide gaps), one a date
    (with a word of its own: a posting verb or a label), another a page's counter: the
    byline row of a post or a question, however its cells are worded.

    >>> counted_date_row("某网友 · 2021-03-09 发帖 · 356 次查看")
    True
    >>> counted_date_row("2021-03-09　阅读 88")
    True
    >>> counted_date_row("某网友 · 2021-03-09 发帖")  # no counter
    False
    >>> counted_date_row("2021-03-09 全市共有 356 次活动")  # one cell: a sentence
    False
    """
    cells = [c.strip() for c in _ROW_CELLS.split(line.strip()) if c.strip()]
    if len(cells) < 2 or any(len(c) > 24 or _SENTENCE.search(c) for c in cells):
        return False
    dated = [k for k, c in enumerate(cells) if _YEAR_DATE.search(c)]
    return bool(dated) and any(
        k not in dated and _COUNT_CELL.match(c) is not None for k, c in enumerate(cells)
    )


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
        self.entry_words = tuple(t["meta"].get("entry_words", ()))
        self.section_endings = tuple(t["meta"].get("section_endings", ()))
        self.label_particles = tuple(t["meta"].get("label_particles", ()))
        self.label_particle_fields = frozenset(t["meta"].get("label_particle_fields", ()))
        self.dated_verbs = tuple(t["meta"].get("dated_verbs", ()))
        self.edit_verbs = tuple(t["meta"].get("edit_verbs", ()))
        self.publish_verbs = tuple(t["meta"].get("publish_verbs", ()))
        self.event_words = tuple(t["meta"].get("event_words", ()))
        self.host_verbs = tuple(t["meta"].get("host_verbs", ()))
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
        # the classes (by their place in ``classes``) whose labels give another field
        # over a person's name than over a body's ('经办：某局' the origin, '经办：某某'
        # the author): the person's field
        self.person_fields: dict[int, str] = {
            n: str(c["person_field"])
            for n, c in enumerate(t.get("label_class", []))
            if c.get("person_field")
        }
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


def office(value: str) -> bool:
    """``value`` names a body (an organisation's shape or a short body's, '某务处'),
    not a person.

    >>> office("某务处"), office("某某市档案局"), office("林某某")
    (True, True, False)
    """
    return _short_body(value) or is_org(value)


def section_origin(meta: dict[str, str]) -> None:
    """A body under a writer's label (``作者：某务处``) in a notice another body issues
    (its signer, its issuing label): the section that posted it, its ``origin``, no
    writer.  A person under the label stays the author.

    >>> m = {"issuer": "某省某中心", "author": "某务处"}; section_origin(m); m
    {'issuer': '某省某中心', 'origin': '某务处'}
    >>> m = {"issuer": "某省某中心", "author": "林某某"}; section_origin(m); m
    {'issuer': '某省某中心', 'author': '林某某'}
    """
    issuer, writer = meta.get("issuer"), meta.get("author")
    if issuer and writer and writer != issuer and "origin" not in meta and office(writer):
        meta["origin"] = meta.pop("author")


@lru_cache(maxsize=1)
def tables() -> MetaTables:
    return MetaTables()


#: lines whose :meth:`MetaParser.shaped_row` answer a parser remembers (then it starts again)
SHAPED_LINES = 4096
#: ... of SHAPED_WIDTH characters at most (a few MB at most kept alive)
SHAPED_WIDTH = 400
