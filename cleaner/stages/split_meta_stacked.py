"""Reading a metadata block's stacked rows and its date lines, for the split stage.

:class:`MetaStacked` adds to the one-line readers of :class:`split_meta_rows.MetaRows` the
readers of rows that span lines or stand alone: a table's header row of labels over its
values (read column by column), a label over its value on the next line, the shape a
value must have under its label, a closing date, a line that is a date and little else,
and the publish label's date of a card that prints two. :class:`split_meta_lines.MetaLines`
builds on it.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_meta_marks import (
    _CLOSING,
    _COUNTERS,
    _DATE_LINE,
    _HAN_WORD,
    _LATIN_LABEL,
    _PUBLISH_CELL,
    _same_date_glossed,
    _squash,
    office,
)
from cleaner.stages.split_meta_rows import MetaRows
from cleaner.stages.split_rows import field_cells_row

# a weekday after a date ('星期二', '（周二）', '礼拜二') and its time: the date's own
_CN_WEEKDAY = re.compile(
    r"^[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)

# a label's English gloss after a slash at the end of its line ('发布日期 / Published：')
_GLOSS_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \u3000]*[/／][ \u3000]*[A-Za-z][A-Za-z.]{0,11}"
    r"(?: [A-Za-z][A-Za-z.]{0,11}){0,2}[ \u3000]*(?=[:：]?$)"
)
# an English page's shapes: a code of capitals and digits ('HC-2021-012'), a body's name
# of capitalised words ('Riverside Water Board'), a person's name of two or three words
_CODE_SHAPE = re.compile(r"(?=(?:\D*\d){2})[A-Z0-9]+(?:[-./_][A-Z0-9]+)+|[A-Z]{1,4}\d{3,}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&'.-]*(?: (?:of|and|for|the|[A-Z][A-Za-z&'.-]*)){1,6}")
_LATIN_PERSON = re.compile(r"[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,2}")
_ISO_DAY = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
# a person's name: two to five Han letters (a middle dot between a foreign name's parts)
_PERSON = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4}")


class MetaStacked(MetaRows):
    """The stacked-row and date-line readers of :class:`MetaParser` (over the one-line
    readers of :class:`MetaRows`)."""

    def label_row(self, line: str) -> list[str] | None:
        """A table's header row of label cells, some no table names: the labels of a
        label/value table read column by column (``索引号 | 公开主体 | 发文字号``), when
        every cell is a short Han word and two at least, half at least, name a field.

        >>> MetaStacked().label_row("索引号\t公开方式\t发文字号\t成文日期")
        ['索引号', '公开方式', '发文字号', '成文日期']
        >>> MetaStacked().label_row("项目\t户数\t金额"), MetaStacked().label_row("发文字号\t金额")
        (None, None)
        >>> MetaStacked().label_row("发布机构\t某市某局\t发文字号\t某号")  # label, value, …
        """
        cells = self.cells(line)
        if len(cells) < 3:
            return None
        keys = [_squash(c) for c in cells]
        if not all(2 <= len(k) <= 6 and _HAN_WORD.fullmatch(k) for k in keys):
            return None
        named = [self.field_of(k) is not None for k in keys]
        known = sum(named)
        if len(keys) % 2 == 0 and all(named[::2]) and not any(named[1::2]):
            return None  # named labels each before an unnamed cell: a label/value row
        return keys if known >= 2 and 2 * known >= len(keys) else None

    def stacked(self, label_line: str, value_line: str) -> dict[str, str] | None:
        """A label alone on its line and its value on the next (a table flattened one
        cell per line): the label is a short Han word that says what it holds, spaced or
        not, with or without a colon; the value is no label and no label/value line.

        >>> p = MetaStacked()
        >>> p.stacked("索 引 号", "0012/2023-001"), p.stacked("发布机构", "某市水务局")
        ({'index_no': '0012/2023-001'}, {'issuer': '某市水务局'})
        >>> p.stacked("发布机构", "发文字号"), p.stacked("主要任务", "各单位要落实责任。")
        (None, None)
        """
        label_line = _GLOSS_TAIL.sub("", label_line.strip())  # '来源 / Source' → '来源'
        key = _squash(label_line)
        latin = _LATIN_LABEL.fullmatch(label_line.rstrip(":：").strip()) is not None
        if latin:  # an English label alone on its line ('Issued by', 'Ref. No.')
            key = label_line.rstrip(":：").strip()
        elif not 2 <= len(key) <= 6 or not _HAN_WORD.fullmatch(key):
            return None
        value = value_line.strip()
        if not value or len(value) > 80 or _SENTENCE_END.search(value) or not self.field_of(key):
            return None
        if self.field_of(value) or self.parse_meta_line(value):
            return None
        return self.fields([(key, value)])

    def shaped_pair(self, pair: dict[str, str], value_line: str) -> bool:
        """A label over its value that is the only pair there (no table around it) is
        read when the value has its field's own shape: a date under a date's label, a
        document number under a number's, a body's name under an issuer's or an origin's,
        a person's name (two to five Han letters) under a writer's.  A salutation over a
        heading ('各有关单位：' / '情况通报') has none of them.

        >>> p = MetaStacked()
        >>> p.shaped_pair({"published": "2021-03-09"}, "2021年3月9日")
        True
        >>> p.shaped_pair({"published": "情况通报"}, "情况通报")
        False
        >>> p.shaped_pair({"origin": "某市融媒体中心"}, "某市融媒体中心")
        True
        >>> p.shaped_pair({"origin": "情况通报"}, "情况通报")
        False
        """
        if len(pair) != 1:
            return False
        (key, value), line = next(iter(pair.items())), value_line.strip()
        if key == "published":
            return _ISO_DAY.fullmatch(value) is not None
        if key == "doc_number":
            return self.doc_number(line) is not None or _CODE_SHAPE.fullmatch(value) is not None
        if key in ("issuer", "origin"):
            return office(value) or _LATIN_NAME.fullmatch(value) is not None
        if key == "author":
            return (
                _PERSON.fullmatch(value) is not None or _LATIN_PERSON.fullmatch(value) is not None
            )
        return False

    def _stacked_at(self, lines: list[str], idx: list[int], k: int) -> dict[str, str] | None:
        """:meth:`stacked` for the body lines ``idx[k]`` and ``idx[k + 1]``."""
        if k + 1 >= len(idx) or len(_GLOSS_TAIL.sub("", lines[idx[k]].strip())) > 16:
            return None
        return self.stacked(lines[idx[k]], lines[idx[k + 1]])

    def closing_date(self, line: str) -> str | None:
        """The date of a dated label line that closes an article ('发布日期 2021/03/05',
        '发表于 21-03-05': '…于' is read as '…日期'), when the label names the publish
        date (by name or shape); else None.  Only a whole line of label and date counts.

        >>> p = MetaStacked()
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

    def date_line(self, line: str, *, verb_alone: bool = True) -> dict[str, str] | None:
        """A date line below a title: the date, and any label/value items after it.

        >>> MetaStacked().date_line("2021年6月8日 09:15　来源：晨江日报")
        {'published': '2021-06-08', 'origin': '晨江日报'}
        >>> MetaStacked().date_line("2021-06-08　　浏览：[88]　评论 3")
        {'published': '2021-06-08'}
        >>> MetaStacked().date_line("2021-06-08 发布"), MetaStacked().date_line("2021-06-08 发布会")
        ({'published': '2021-06-08'}, None)

        ``verb_alone=False`` (the line stood in brackets: a statute's own '（…公布）' note)
        reads no date before its verb alone.
        """
        m = _DATE_LINE.match(line.strip())
        if not m:
            return None
        date = normalise_date(m["date"])
        if date is None:
            return None
        rest = _CN_WEEKDAY.sub("", m["rest"].strip(" \u3000|｜·•")).strip(" \u3000|｜·•")
        if rest and _same_date_glossed(rest, date):
            return {"published": date}  # '2021年3月9日 ｜ March 9, 2021': one date, two tongues
        if verb_alone and rest.rstrip("。") in self.t.publish_words:
            return {"published": date}  # '2021-03-09 发布': the date before its verb
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

        >>> p = MetaStacked()
        >>> p.publish_label_date(["成文日期：2021年03月05日", "发布日期：2021年03月09日"])
        '2021-03-09'
        >>> p.publish_label_date(["成文日期：2021年03月05日"]) is None
        True

        A day a record was taken in or changed (``[meta] entry_words``: '收录时间') ranks
        below any other day of the block, whichever comes first:

        >>> p.publish_label_date(["收录时间：2019-04-02", "出版时间：1988-10-01"])
        '1988-10-01'
        """
        words = self.t.publish_words
        other: str | None = None
        entry = False
        for line in lines:
            for m in _PUBLISH_CELL.finditer(line):
                label = _squash(m["k"])
                if self.field_of(label) != "published":
                    continue
                if (day := normalise_date(m["date"])) is None:
                    continue
                if any(w in label for w in words):
                    return day
                if any(w in label for w in self.t.entry_words):
                    entry = True
                elif other is None:
                    other = day
        return other if entry else None
