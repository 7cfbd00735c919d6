"""The labels of a metadata block and the fields they name, for the split stage.

:class:`MetaLabels` holds the tables and what every row reader asks of them: the
``meta`` field a label names (by name, else by its shape, memoised), a line's cells, a
header row of labels, a document number, the number a text line names under a number's
label, and the fields of ``(label, value)`` items. :class:`split_meta_rows.MetaRows`
reads one line's items on it.
"""

from __future__ import annotations

import re

from cleaner.stages.person_names import person_value
from cleaner.stages.post_holders import post_holder
from cleaner.stages.split_dated_cells import plan_label
from cleaner.stages.split_dates import label_date, normalise_date, simplified_label
from cleaner.stages.split_meta_marks import (
    _BOX,
    _CODE_VALUE,
    _COUNTER_TAIL,
    _DATE_TAIL,
    _LATIN_LABEL,
    _NAMED_NUMBER,
    _NUMBERISH,
    _SEP_TAIL,
    _TABLE_CELLS,
    MetaTables,
    _squash,
    latin_field,
    tables,
)
from cleaner.stages.split_values import names_only, sentence_in

# a table's bar between two cells, a gap on both sides ('某某　｜　周二晚间')
_BAR_GAP = re.compile(r"[ \u3000]+[|｜丨][ \u3000]+")


#: the endings of a case officer's label (author_by_case_officer): never over a writer's
_OFFICER = ("法官", "检察官", "审判员")


class MetaLabels:
    """The label readers of :class:`MetaParser` (the base of its row readers): the
    tables, a label's field, cells, a header row, a document number, items' fields."""

    def __init__(self, t: MetaTables | None = None) -> None:
        self.t = t or tables()
        self._fields: dict[str, str | None] = {}  # label → field, memoised (few labels)
        #: (line, near_title) → :meth:`shaped_row`'s answer, memoised: a function of the
        #: line alone, asked again of the same lines (the block is looked for from each
        #: of its possible first lines; a site's rows recur on its pages)
        self._shaped: dict[tuple[str, bool], dict[str, str] | None] = {}

    def field_of(self, label: str) -> str | None:
        """The ``meta`` field a label names: by name, else by its shape.

        >>> p = MetaLabels()
        >>> p.field_of("发 文 机 关："), p.field_of("颁发部门"), p.field_of("本报记者")
        ('issuer', 'issuer', 'author')
        >>> p.field_of("只看作者"), p.field_of("资金来源"), p.field_of("文章出处")
        (None, None, 'origin')
        """
        if label in self._fields:
            return self._fields[label]
        found = self._field_of(label)
        if found == "published" and plan_label(_squash(label)):
            found = None  # '预计完成时间', '拟发布日期': a day still to come (dated_cells)
        if len(self._fields) < 4096:
            self._fields[label] = found
        return found

    def _field_of(self, label: str) -> str | None:
        key = simplified_label(_squash(label))
        if len(key) > 2 and key.endswith(self.t.label_particles) and not key.isascii():
            # '来源于：', '来源自：': the source's label before the preposition names the
            # field (a person's or a day's label before it is a time stamp: no such form)
            bare = self._label_field(key[:-1], label)
            if bare in self.t.label_particle_fields:
                return bare
        return self._label_field(key, label)

    def _label_field(self, key: str, label: str) -> str | None:
        known = self.t.fields.get(key)
        if known is None and key.isascii() and key.islower():
            # a feed dump's or a front matter's field rows label in lower case
            # ('updated:', 'author:'): the label the table names in title case
            known = self.t.fields.get(key.capitalize())
        if known is None and _LATIN_LABEL.fullmatch(label.strip().rstrip(":：")):
            return latin_field(label, self.t.latin_classes)
        if known or not 2 <= len(key) <= 10:
            return known
        n = self._class_of(key)
        return None if n is None else self.t.classes[n][0]

    def _class_of(self, key: str) -> int | None:
        """The place in ``label_class`` of the first class that reads ``key``, or None."""
        for n, (_, endings, requires, unless, max_chars) in enumerate(self.t.classes):
            # a longer label names its document first ('行政许可决定书文号'): read only by
            # a class that allows it (a headline ending in '分类' is no category label)
            if len(key) > max_chars:
                continue
            if key.endswith(endings) and (not requires or any(r in key for r in requires)):
                if not any(u in key for u in unless):
                    return n
        return None

    def person_field(self, label: str, value: str) -> str | None:
        """The field ``label`` gives over ``value`` when its class reads a person's name
        otherwise than a body's (``person_field`` in a ``label_class``): a handler's label
        over a person is the one who did the work, its author; over a body, or for any
        other label, None (:meth:`field_of` says).

        >>> p = MetaLabels()
        >>> p.person_field("经办", "龚某萍"), p.person_field("经办", "某某街道办事处")
        ('author', None)
        >>> p.person_field("经办", "某某科"), p.person_field("作者", "龚某萍")
        (None, None)
        """
        key = simplified_label(_squash(label))
        if key in self.t.fields or not 2 <= len(key) <= 10 or not person_value(value):
            return None
        n = self._class_of(key)
        return None if n is None else self.t.person_fields.get(n)

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

        >>> MetaLabels().doc_number("青政办发〔2021〕7号"), MetaLabels().doc_number("第3页")
        ('青政办发〔2021〕7号', None)
        """
        s = line.strip()
        if len(s) > 40:
            return None
        return s if any(rx.match(s) for rx in self.t.doc_number) else None

    def named_number(self, line: str) -> str | None:
        """The number a text line names in brackets under a number's label (a tender's
        opening: ``…采购项目（项目编号：AB-2021-7）的评审…``), or None: the document's
        number read from its text, which keeps the line whole.  One such bracket only; the
        value is a code or a Chinese document number.

        >>> p = MetaLabels()
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

    def fields(self, items: list[tuple[str, str]]) -> dict[str, str] | None:
        """``meta`` from ``(label, value)`` items; None when no label is known.

        >>> MetaLabels().fields([("来源", "某某日报 -"), ("作者", "某某 - 2021-03-09")])
        {'origin': '某某日报', 'author': '某某', 'published': '2021-03-09'}
        >>> MetaLabels().fields([("来源", "某某县统计局　2021-03-09")])
        {'origin': '某某县统计局', 'published': '2021-03-09'}
        >>> MetaLabels().fields([("来源", "某某办公室　浏览 88 次")])
        {'origin': '某某办公室'}
        >>> MetaLabels().fields([("作者", "某某某　｜　阅读 1024 次")])
        {'author': '某某某'}
        >>> MetaLabels().fields([("征集期限", "2021年3月9日至4月8日")])
        {'published': '2021-03-09'}
        >>> MetaLabels().fields([("公示期", "5个工作日")]) is None
        True
        >>> MetaLabels().fields([("讲师", "某某某　｜　周二晚间")])
        {'author': '某某某'}
        >>> MetaLabels().fields([("承办检察官", "某甲"), ("记者", "某乙")])
        {'author': '某乙'}
        >>> MetaLabels().fields([("发布人", "某某省交通运输厅厅长　孟某川")])
        {'author': '孟某川', 'origin': '某某省交通运输厅'}
        """
        # a bar parting the cells may trail a value ('某局 ┊ 发文字号：…'): no part of it
        known = [
            (k, f, v.strip(_BOX + " \u3000|｜丨")) for k, v in items if (f := self.field_of(k))
        ]
        # a handler's label over a person's name names who did the work ('经办：某某'):
        # the author, not a body (person_field)
        known = [(k, self.person_field(k, v) or f, v) for k, f, v in known]
        # '字号：[大] [中] [小]' is a font-size bar, not a document number
        known = [(k, f, v) for k, f, v in known if f != "doc_number" or _NUMBERISH.search(v)]
        if not known:
            return None
        meta: dict[str, str] = {}
        # a case's officer beside the piece's writer ('主审法官：… 通讯员：…'): the writer
        # is the author (the officer's class, author_by_case_officer in headers.toml)
        writer = any(f == "author" and not k.endswith(_OFFICER) for k, f, _ in known)
        tail_dates: list[str] = []
        undated = False  # a label that names a date over no date: no field
        published_by: set[str] = set()  # a publish label has set the date
        bodies: list[str] = []  # the bodies a person's value names with the post
        for label, key, value in known:
            if key not in self.t.date_fields:
                # a bare date cell after the last labelled value ('来源：某报　2021-03-09',
                # '作者：某某 - 2021-03-09'): the row's date, no part of the value
                value = _COUNTER_TAIL.sub("", _SEP_TAIL.sub("", value))
                # the bar that parted the counter cell from the value ('某某　｜　浏览 88 次')
                value = _SEP_TAIL.sub("", value)
                tail = _DATE_TAIL.match(value)
                if tail is not None and (day := normalise_date(tail["d"])) is not None:
                    value = tail["v"]
                    tail_dates.append(day)
            if key == "author":
                # '講師：某某　｜　週二晚間': a name ends at the row's bar; the cell after
                # it, no label of its own, is another fact of the row, no part of the name
                value = _BAR_GAP.split(value, 1)[0]
                # '某某厅厅长　某某': the name is the person, the body where the piece
                # comes from (post_holders)
                if (held := post_holder(value)) is not None:
                    value, body = held
                    bodies.append(body)
            if not value or (key == "author" and writer and label.endswith(_OFFICER)):
                continue
            if key in self.t.date_fields:
                day = label_date(label, value)
                if day is None and self._dated_only(label):
                    undated = True
                    continue
                value = day or value
                if key == "published" and self._publish_label(label) and key not in published_by:
                    # the day it went up ('公开日期') over the day it was written ('成文日期')
                    meta[key] = value
                    published_by.add(key)
                    continue
                if key == "published" and self._entry_label(label):
                    # the day a record was taken in ('收录时间'): below any other day
                    if key not in meta:
                        meta[key] = value
                        published_by.add("entry")
                    continue
                if key == "published" and "entry" in published_by:
                    meta[key] = value  # ('收录日期：…　出版日期：…'): the other day
                    published_by.discard("entry")
                    continue
            meta.setdefault(key, value)
        if len(tail_dates) == 1 and meta:
            meta.setdefault("published", tail_dates[0])
        if bodies and "author" in meta and "issuer" not in meta:
            meta.setdefault("origin", bodies[0])
        if undated and not meta:
            return None
        # a value holding a sentence: the line is the text's, never a row (split_values)
        if sentence_in(meta):
            return None
        named = names_only(meta)
        return None if meta and not named else named  # a date read as a name: no row here

    def _entry_label(self, label: str) -> bool:
        """``label`` names the day a record was taken in or changed (``[meta] entry_words``)."""
        return any(w in label for w in self.t.entry_words)

    def _publish_label(self, label: str) -> bool:
        """``label`` names the day a page went up (a word of ``[meta] publish_words``)."""
        return any(w in label for w in self.t.publish_words)
