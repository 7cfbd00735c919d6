"""Reading one line of a metadata block: its label/value items (bracketed, English, a
card's cells, lenticular labels, a row of cells) and their fields, on the labels, cells
and fields of :class:`split_meta_labels.MetaLabels`.

:class:`MetaRows` is the base of :class:`split_meta.MetaParser`, which adds the readers
of stacked rows and date lines (:mod:`split_meta_stacked`) and of whole blocks (bylines,
rows over a title, the block under a heading).
:func:`field_mark_lines` is the one-scan pre-check of
:meth:`MetaRows.parse_meta_line` (kept beside it: ``_FIELD_MARKS``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END
from cleaner.stages.split_cells import (
    LEADER,
)
from cleaner.stages.split_dates import (
    normalise_date,
    simplified_label,
)
from cleaner.stages.split_meta_labels import MetaLabels
from cleaner.stages.split_meta_marks import (
    _BARE_DATE_LABELS,
    _BARE_LABEL,
    _BOX,
    _COUNT_VALUE,
    _GLOSSED_LABEL,
    _LATIN_LABEL,
    _WRAPPED_ITEM,
    _WRAPPED_ITEMS,
    _squash,
)
from cleaner.stages.split_page import joined, per_page


@lru_cache(maxsize=1)
def _contact_cells() -> tuple[str, ...]:
    """``[meta] contact_cells`` of headers.toml: a contact's labels ('电话', '传真' …)."""
    return tuple(load_table("headers")["meta"]["contact_cells"])


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


# a pictograph (an emoji, a dingbat, a miscellaneous symbol) and its variation selector
# before a row's first label, and the gap after it
_ICON = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u231A\u231B\u23F0-\u23FA]"
    r"[\uFE0F\u200D]*)+[ \u3000]*(?=[\u4e00-\u9fff])"
)

# a crew row's names (_name_list_items): a label, a bar or colon, then one to four short
# Han names parted by one narrow space or '、'; its cells parted by wide gaps
_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[\u3000 、][\u4e00-\u9fff]{2,4})+(?:\s{2,}|\t|$)")
_WIDE_GAP = re.compile(r"\t+|[ \u3000]{2,}|[ \u3000]+[|｜][ \u3000]+")
_NAMED_CELL = re.compile(
    r"(?P<k>[\u4e00-\u9fff]{2,6})[ \u3000]?[|｜:：][ \u3000]?"
    r"(?P<v>[\u4e00-\u9fff·]{2,5}(?:[\u3000 、][\u4e00-\u9fff·]{2,5}){0,3})"
)
_NAME_SEP = re.compile(r"[\u3000 、]")
# one cell of a gapped row of colon pairs (_colon_cell_items): a short label, a colon, a
# value; and a Latin code label beside Han ones ('ISBN', 'ISSN', 'DOI', 'CIP')
_COLON_CELL = re.compile(r"(?P<k>[^：:\s]{1,8})[ \u3000]?[：:][ \u3000]?(?P<v>\S.*)")
_LATIN_CODE = re.compile(r"^[A-Z]{2,6}$")
# a count or a score with its unit ('5557次', '4.4分', '12赞'): a site's tally, no fact
_TALLY_VALUE = re.compile(r"^[\d.,]+\s*[次分人赞星票]$")


# a label in tortoise-shell or lenticular brackets: Han letters, letter-spaced or not
_LENTICULAR = re.compile(
    r"(?P<o>[〔〖「『])(?P<k>(?:[\u4e00-\u9fff][ \u3000]{0,4}){1,7}[\u4e00-\u9fff])[〕〗」』]"
)
#: the brackets that open a row of bracketed labels read before the field marks: the
#: lenticular and tortoise-shell pairs, and the corner quotes ('「案号」…　「发布」…'), which
#: quote words in prose too, so their row wants two labelled cells (_lenticular_items)
_LABEL_OPENERS = "〔〖「『"
_CLOSER = {"〔": "〕", "〖": "〗", "「": "」", "『": "』"}
_QUOTES = "「『"
# a cell's value that reads as a sentence (a quoted word in prose): no field's value
# a cell that holds a date and nothing else ('2031-05-06', '2031年5月6日')
_DATE_CELL = re.compile(r"(?:19|20)\d{2}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?")
_SENTENCE_VALUE = re.compile(r"[。！？!?；;]|[，,].{12,}")

# an English cell: a label of one to four words (an abbreviation's dot), a colon, a value
_LATIN_CELL = re.compile(
    r"(?P<k>[A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*){0,3})[ \t]*[:：][ \t]*(?P<v>\S.*)"
)


def _cell_key(cell: str) -> str:
    """A label cell's key: a Han label loses its letter spacing ('发 布 日 期'), an
    English one keeps the spaces between its words ('Issued by')."""
    bare = cell.strip().rstrip(":：").strip()
    return bare if _LATIN_LABEL.fullmatch(bare) else _squash(cell)


# a card's row: a bracketed name of the card ('【人物卡】', no field's label), then its
# cells parted by bars; one cell at least a label and its value (_card_items)
_CARD = re.compile(r"^[【［\[](?P<k>[\u4e00-\u9fff]{2,8})[】］\]]\s*(?P<rest>\S.*)$")
_CARD_BARS = re.compile(r"\s*[|｜丨]\s*")
_CARD_ITEM = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<v>\S.*)$")
#: a free cell of a card (a name, a role) is a few words, no sentence
CARD_CELL_MAX = 30
# a bracketed Han label with its English gloss after a slash ('【来源 / Source】')
_GLOSSED_BRACKET = re.compile(
    r"(?P<o>[【［\[〔〖])(?P<k>[\u4e00-\u9fff]{2,6})[ \u3000]*[/／][ \u3000]*"
    r"[A-Za-z][A-Za-z.]{0,11}(?: [A-Za-z][A-Za-z.]{0,11})?[ \u3000]*(?P<c>[】］\]〕〗])"
)


@per_page
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


def may_read_fields(lines: list[str], i: int) -> bool:
    """May :meth:`MetaRows.parse_meta_line` read fields from line ``i`` of the page: it
    holds a field mark (:func:`field_mark_lines`, one scan a page; a mark of the stripped
    line is one of the line), or opens, past white space and box drawing, with a
    lenticular bracket (``〔…〕``, whose items are read before the marks are asked)?

    >>> page = ["正文。", "发文机关：某局", "〔发布日期〕2031-05-06", "丙"]
    >>> [may_read_fields(page, i) for i in range(4)]
    [False, True, True, False]
    """
    opens = lines[i].strip().lstrip(_BOX + " \u3000")[:1]
    return i in field_mark_lines(lines) or (opens != "" and opens in _LABEL_OPENERS)


# a wide gap (a tab, an ideographic space, two spaces or a spaced bar) before a colon
# cell ('地址：…', '电话：…') parts a bracketed label's value from the row's next cells
_GAP_BEFORE_ITEM = re.compile(
    r"(?:\t|\u3000+|\s{2,}|\s*[|｜丨]\s*)(?=[\u4e00-\u9fff]{2,6}[:：]\s*\S)"
)


def _bracket_cells(label: str, value: str) -> list[tuple[str, str]]:
    """A bracketed label's item and the colon cells printed after its value in the same
    row (``【生产企业】某公司　地址：某路　电话：…``): the label's value is the first cell,
    each later cell an item of its own (its label read or not by the field table).  Read
    only after a label the field table knows (a card's name, ``【某某卡】``, is no label).

    >>> _bracket_cells("生产企业", "某公司　地址：某路1号　电话：0571-1234")
    [('生产企业', '某公司'), ('地址', '某路1号'), ('电话', '0571-1234')]
    >>> _bracket_cells("注意事项", "服用本品时：多饮水")
    [('注意事项', '服用本品时：多饮水')]
    >>> _bracket_cells("来源", "某某说，这件事要做好。　｜　推荐单位：某镇")
    [('来源', '某某说，这件事要做好。　｜　推荐单位：某镇')]
    """
    parts = _GAP_BEFORE_ITEM.split(value)
    if len(parts) < 2 or not parts[0].strip() or _SENTENCE_END.search(parts[0]):
        return [(label, value)]  # one value, or a sentence's (the row is text)
    cells = [(label, parts[0].strip())]
    for part in parts[1:]:
        k, _, v = re.split(r"([:：])", part, maxsplit=1)
        cells.append((k.strip(), v.strip()))
    return cells


class MetaRows(MetaLabels):
    """The row readers of :class:`MetaParser` (its base): one line's fields, over the
    labels and cells of :class:`split_meta_labels.MetaLabels` (stacked rows and date
    lines: :class:`split_meta_stacked.MetaStacked`)."""

    def parse_meta_line(self, line: str) -> dict[str, str] | None:
        """Fields of one metadata line: '【发布单位】…', '发文机关：… 发文字号：…' or a
        label/value table row ('发文机关\t某市人民政府\t发文字号\t某政发〔2020〕5号').

        >>> MetaRows().parse_meta_line("索 引 号：001-2020-03 ｜ 发文机关：某市人民政府")
        {'index_no': '001-2020-03', 'issuer': '某市人民政府'}
        """
        # a row of a drawn box ('├ 发文字号 ┊ …'): the corner opens no label; nor does
        # the pictograph a post sets before each label ('🕘 时间：…', '☎ 电话：…')
        s = _ICON.sub("", line.strip().lstrip(_BOX + " \u3000"), count=1)
        if not s:
            return None
        if "/" in s or "／" in s:
            # '【发布日期 / Published】…': a bracketed label glossed in English; the Han
            # label says what the cell holds, the gloss goes
            s = _GLOSSED_BRACKET.sub(
                lambda g: g["o"] + g["k"] + g["c"] if self.field_of(g["k"]) else g[0], s
            )
        # (only lines opening so, or holding a field mark, are read: may_read_fields)
        if s[0] in _LABEL_OPENERS and (bracketed := self._lenticular_items(s)) is not None:
            return self.fields(bracketed)
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
        if s[0] in "【［[" and (card := self._card_items(s)) is not None:
            return self.fields(card)
        if _WRAPPED_ITEMS.match(s):
            found = [(_squash(m["k"]), m["v"].strip()) for m in _WRAPPED_ITEM.finditer(s)]
            items = self._row_items(found)
        elif t.bracket_line.match(s):
            items = [
                cell
                for m in t.bracket_item.finditer(s)
                for cell in (
                    _bracket_cells(m["k"].strip(), m["v"].strip())
                    if self.field_of(m["k"].strip())
                    else [(m["k"].strip(), m["v"].strip())]
                )
            ]
        elif s[0] in "［[" and t.square_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in t.square_item.finditer(s)]
        elif t.colon_line.match(s):
            items = [(_squash(m["k"]), m["v"].strip()) for m in t.colon_item.finditer(s)]
        else:
            cells = self.cells(t.spaced_label.sub(lambda m: _squash(m[0]), s))
            if len(cells) >= 2 and len(cells) % 2 == 0:
                keys, values = cells[::2], cells[1::2]
                if all(self.label(k) for k in keys) and not any(self.label(v) for v in values):
                    items = [(_cell_key(k), v) for k, v in zip(keys, values, strict=True)]
                elif self._mostly_labelled(keys, values):
                    # an info table's row with a label no table names beside known ones
                    # ('信息来源 | 某中心 | 办理方式 | 现场'): the known cells read
                    items = [(_squash(k), v) for k, v in zip(keys, values, strict=True)]
            if items is None and len(cells) >= 2 and t.run_line.match(s):
                items = [(_squash(m["k"]), m["v"].strip()) for m in t.run_item.finditer(s)]
                if any(self.label(v) for _, v in items):
                    items = None  # a row of labels alone (its values below): no pairs
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
        if items is None and (cells := self.cells(s)) and len(cells) >= 2:
            # a row of 'label：value' cells parted by wide gaps or bars, some labels no
            # table names ('著者：某某　出版年：2021　ISBN：…'): read cell by cell, last
            items = self._colon_cell_items(cells)
        if not items and _NAME_LIST.search(s) is not None:
            items = self._name_list_items(s)
        if items is None and _LATIN_CELL.match(s):
            items = self._latin_items(s)
        if not items:
            return None
        return self.fields(items)

    def _name_list_items(self, s: str) -> list[tuple[str, str]] | None:
        """A crew row whose labels each credit a short list of names: cells parted by
        wide gaps (two spaces, a tab, a spaced bar), each ``label｜names`` or
        ``label：names``, the names short Han words parted by one narrow space or ``、``
        (``记者｜某甲　某乙　　摄像｜某丙``).  The first label and half of them at least say
        what they hold, the others are short bare labels; one list at least holds two
        names (one name a cell is read by the table readers).  A label's value is its
        first name (the lead credit).  None for any other line.

        >>> p = MetaRows()
        >>> p._name_list_items("撰稿｜某甲　某乙　　校对｜某丙")
        [('撰稿', '某甲'), ('校对', '某丙')]
        >>> p._name_list_items("作者：欧阳某某、某乙　　编辑：某丙")
        [('作者', '欧阳某某'), ('编辑', '某丙')]
        >>> p._name_list_items("品名｜白菜　萝卜　　单价｜一元") is None
        True
        >>> p._name_list_items("作者｜某甲　某乙") is None
        True
        >>> p._name_list_items("作者｜某甲说　这件事要做好　　编辑｜某丙") is None
        True
        """
        cells = _WIDE_GAP.split(s.strip())
        if len(cells) < 2:
            return None
        found: list[tuple[str, list[str]]] = []
        for cell in cells:
            m = _NAMED_CELL.fullmatch(cell)
            if m is None:
                return None
            found.append((_squash(m["k"]), _NAME_SEP.split(m["v"].strip())))
        known = [bool(self.field_of(k)) for k, _ in found]
        if not known[0] or 2 * sum(known) < len(found):
            return None
        if not all(ok or _BARE_LABEL.match(k) for ok, (k, _) in zip(known, found, strict=True)):
            return None
        if max(len(names) for _, names in found) < 2:
            return None
        if any(self.label(n) for _, names in found for n in names):
            return None  # a row of labels, not of names
        return [(k, names[0]) for k, names in found]

    def _latin_items(self, s: str) -> list[tuple[str, str]] | None:
        """A row of English 'Label: value' cells (``Issued by: X | Ref. No.: Y``), one or
        several parted by a table's separators, each label naming its field (the last
        word read by ``latin_label_class``), each value short and no sentence; else None.

        >>> MetaRows()._latin_items("Issued by: Some Bureau | Ref. No.: AB-2021-7")
        [('Issued by', 'Some Bureau'), ('Ref. No.', 'AB-2021-7')]
        >>> MetaRows()._latin_items("Note: the office is closed on Monday.")
        >>> MetaRows()._latin_items("Release Date: to be announced")
        """
        items = []
        for cell in self.cells(s):
            m = _LATIN_CELL.fullmatch(cell)
            if m is None or not (field := self.field_of(m["k"])):
                return None
            value = m["v"].strip()
            if not value or len(value) > 60 or _SENTENCE_END.search(value):
                return None
            if field in ("published", "effective", "expires") and not normalise_date(value):
                return None  # a date's label over no date ('Date: Monday')
            items.append((m["k"].strip(), value))
        return items or None

    def _card_items(self, s: str) -> list[tuple[str, str]] | None:
        """The labelled cells of a card's row: a bracketed name of the card that no
        table reads as a field's label (``【人物卡】``), then cells parted by bars, some
        free (a person's name and role, no field), at least one a label the tables name
        and its value; no cell a sentence.  None for any other line.

        >>> p = MetaRows()
        >>> p._card_items("【人物卡】某甲　某村村医　｜　来源：某乡卫生院")
        [('来源', '某乡卫生院')]
        >>> p._card_items("【人物卡】某甲说，这件事要做好。｜　来源：某乡卫生院") is None
        True
        >>> p._card_items("【提示】某甲　｜　地点：某村") is None
        True
        >>> p._card_items("【某栏】　来源：某科　审核：某乙　日期：2024-11-10") is None
        True
        """
        m = _CARD.match(s)
        if m is None or self.field_of(m["k"]) or not (":" in m["rest"] or "：" in m["rest"]):
            return None
        cells = _CARD_BARS.split(m["rest"].strip())
        if len(cells) < 2:
            return None  # one run of cells: the row readers below read it
        items: list[tuple[str, str]] = []
        for cell in cells:
            item = _CARD_ITEM.match(cell)
            if item is not None and re.search("[:：]", item["v"]):
                return None  # a cell of several labels: not a card's
            if item is not None:
                if not self.field_of(item["k"]):
                    return None  # every label says what it holds
                items.append((item["k"], item["v"].strip()))
            elif len(cell) > CARD_CELL_MAX or _SENTENCE_END.search(cell) or "，" in cell:
                return None
        return items or None

    def _lenticular_items(self, s: str) -> list[tuple[str, str]] | None:
        """A row of labels in tortoise-shell or lenticular brackets (``〔来源〕某报``,
        ``〖作者〗某某　〖发布日期〗2021-03-09``), or None.  Such brackets also hold a
        document number's year (``某发〔2021〕5号``), so only a bracket around a label the
        tables name opens a cell, the row opens with one, and every cell has a value.
        Corner quotes: :meth:`_quoted_items`."""
        if s[0] in _QUOTES:
            return self._quoted_items(s)
        marks = [m for m in _LENTICULAR.finditer(s) if self.field_of(_squash(m["k"]))]
        if not marks or marks[0].start() != 0:
            return None
        items = []
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(s)
            items.append((_squash(m["k"]), s[m.end() : end].strip(" \t\u3000|｜丨")))
        return items if all(v for _, v in items) else None

    def _quoted_items(self, s: str) -> list[tuple[str, str]] | None:
        """A row of labels in corner quotes (``「文号」某执5号　「日期」2031-05-06``), or
        None.  Corner quotes quote words in prose as well, so the row is read only when
        it holds two cells at least, every label in the row's own quotes says what its
        cell holds (a table's label, or any label over a bare date: the row's date, as
        ``「刊发」2031-05-06``), and no value reads as a sentence: ``「作者」一词……。``
        and a row with a label no table names stay text, whole.

        >>> p = MetaRows()
        >>> p._quoted_items("「文号」某执5号　「承办法官」某某　「日期」2031-05-06")
        [('文号', '某执5号'), ('承办法官', '某某'), ('发布日期', '2031-05-06')]
        >>> p._quoted_items("『来源』某报　『作者』某某　『刊发』2031-5-6")
        [('来源', '某报'), ('作者', '某某'), ('发布日期', '2031-5-6')]
        >>> p._quoted_items("「作者」一词，在本文中指写稿的人。") is None
        True
        >>> p._quoted_items("「来源」某报　「口味」酸甜") is None
        True
        >>> p._quoted_items("「来源」和「作者」两栏，请如实填写，不得空缺。") is None
        True
        >>> p._quoted_items("「开课」2031-05-06　「结课」2031-06-30") is None
        True
        >>> p._quoted_items("「来源」某刊　「活动开始」2031-05-06") is None
        True
        >>> p._quoted_items("「来源」出处　「作者」写书的人") is None
        True
        """
        o = s[0]
        marks = [m for m in _LENTICULAR.finditer(s) if m["o"] == o and s[m.end() - 1] == _CLOSER[o]]
        if len(marks) < 2 or marks[0].start() != 0:
            return None
        items = []
        dates = 0
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(s)
            k, v = _squash(m["k"]), s[m.end() : end].strip(" \t\u3000|｜丨")
            if not v or _SENTENCE_VALUE.search(v):
                return None
            dated = _DATE_CELL.fullmatch(v) is not None and normalise_date(v) is not None
            dates += dated
            if self.field_of(k):
                items.append((k, v))
            elif dated and self._publishing_label(k):
                items.append(("发布日期", v))
            else:
                return None
        # two dates in a row are a schedule's ('「报名开始」…「报名截止」…'), no page's date;
        # a row of words alone ('「来源」来历　「作者」写作的人') is a glossary's: a header
        # row holds a datum, a date or a number
        if dates >= 2 or not any(c.isdigit() for _, v in items for c in v):
            return None
        return items

    def _publishing_label(self, label: str) -> bool:
        """A bare label over a date that names the day a piece went out: a bare date
        label (``日期``) or a word the tables read as a publish date's with ``日期``
        after it (``刊发``, ``发表于``); an event's (``开始``, ``截止``, ``考试``) is none.

        >>> p = MetaRows()
        >>> [p._publishing_label(k) for k in ("刊发", "日期", "报名截止", "开奖", "考试日期")]
        [True, True, False, False, False]
        """
        return label in _BARE_DATE_LABELS or self.field_of(label + "日期") == "published"

    def _row_items(self, found: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """The items of a row of labelled cells whose labels say what they hold beside a
        bare date label over a date (``时间：2021-03-09``: the row's publish date) and a
        counter of views (``浏览：88``); None unless two labels at least say what they
        hold, so an event's ``时间：… 地点：…`` stays text.

        >>> p = MetaRows()
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

    def _colon_cell_items(self, cells: list[str]) -> list[tuple[str, str]] | None:
        """The items of a row whose every cell is one ``label：value`` pair: read when
        the first label and two at least say what they hold, at least half of them do,
        each other label is a short bare word (Han, or a Latin code such as ``ISBN``)
        and no value is a sentence or a label; None otherwise, so prose with a colon
        in a gapped line stays text.

        >>> p = MetaRows()
        >>> p._colon_cell_items(["著者：某甲", "出版者：某社", "出版年：2021", "ISBN：978-7"])
        [('著者', '某甲'), ('出版者', '某社'), ('出版年', '2021'), ('ISBN', '978-7')]
        >>> p._colon_cell_items(["品名：白菜", "单价：1.2"]) is None
        True
        >>> p._colon_cell_items(["作者：某甲", "他说：我们明天再来。"]) is None
        True
        >>> p._colon_cell_items(["上传者：某甲", "上传时间：2021.3.9", "浏览：88次"]) is None
        True

        One person under a handler's label, then the contact cells only (an official
        document's handler and his line): the credit's row.

        >>> p._colon_cell_items(["承辦人：林某某", "電話：(08)123-4567"])
        [('承辦人', '林某某'), ('電話', '(08)123-4567')]
        >>> p._colon_cell_items(["承办人：某某科", "电话：123"]) is None
        True
        """
        found: list[tuple[str, str]] = []
        for c in cells:
            m = _COLON_CELL.match(c)
            if m is None:
                return None
            found.append((_squash(m["k"]), m["v"].strip()))
        known = [bool(self.field_of(k)) for k, _ in found]
        if (
            len(found) >= 2
            and self.person_field(*found[0]) == "author"
            and all(simplified_label(k).endswith(_contact_cells()) for k, _ in found[1:])
        ):
            return found  # one person credited, the contact cells after it the credit's
        if not known[0] or sum(known) < 2 or 2 * sum(known) < len(found):
            return None
        for ok, (k, v) in zip(known, found, strict=True):
            if _SENTENCE_END.search(v) or self.label(v) or "：" in v or ":" in v:
                return None
            if not ok and not (_BARE_LABEL.match(k) or _LATIN_CODE.match(k)):
                return None
            if not ok and _TALLY_VALUE.match(v):
                return None  # a site's tally beside an upload's row ('浏览：88次　评分：4.5分')
        return found

    def _mostly_labelled(self, keys: list[str], values: list[str]) -> bool:
        """A row of label/value cells whose first label and at least half of the labels
        say what they hold, the others short bare Han labels, no value a label.

        >>> p = MetaRows()
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
