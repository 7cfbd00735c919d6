"""Reading one row of cells into header fields (:func:`read_cells`, :func:`cell_row`),
and the rows that are a date beside a title (:func:`dated_title`) or a credited name
beside a date (:func:`credit_row`).

The shapes of cells live in :mod:`split_cell_marks`; the reading rules are described in
:mod:`split_cells`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.glued_labels import glued_label
from cleaner.stages.split_cell_marks import (
    _CODE,
    _CREDITED,
    _DASHED,
    _DATE,
    _DATE_FIELDS,
    _DATE_WORDS,
    _DIGIT,
    _HAN,
    _ID,
    _LABEL_COMMA,
    _LEAD_MARK,
    _MONTH_DAY_COMMA,
    _PAIRS,
    _SENTENCE,
    _WRAPPED,
    CARD_CELLS,
    MAX_CELL_CHARS,
    MAX_ROW_CHARS,
    Fields,
    _cells,
    _deadline_words,
    _is_org,
    _issued_by,
    _names,
    _publish_words,
    carried_in,
    cn_doc_number,
    dated_cell,
    titled_name,
)
from cleaner.stages.split_dated_cells import refused_label
from cleaner.stages.split_dates import normalise_date, roc_date


def read_cells(
    cells: list[tuple[str | None, str]], field_of: Fields, *, card: bool = False
) -> dict[str, str]:
    """``meta`` of a row's ``(label, value)`` cells, each value read by its shape (see
    the module docstring); {} when nothing is read.  ``card``: the cells are a record's
    card (``CARD_CELLS`` stacked at least): its one date, under a date label that names
    no deadline, is the record's own (``published``).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> read_cells([("申请日", "2023.03.15"), ("公开号", "CN1234567A"),
    ...             ("公开日", "2024.06.14"), ("申请人", "某某农机研究所")], f)
    {'doc_number': 'CN1234567A', 'published': '2024-06-14', 'issuer': '某某农机研究所'}
    >>> read_cells([("Author", "某某"), ("Serves", "2人份")], f)
    {}
    >>> read_cells([("Author", "某某"), ("Date", "2020.1.2")], f)
    {'author': '某某', 'published': '2020-01-02'}

    The value's kind decides under a writer's label: a person is the author, a body the
    issuer.

    >>> read_cells([("编写者", "某某县水利局"), ("日期", "2020.1.2")], f)
    {'published': '2020-01-02', 'issuer': '某某县水利局'}
    """
    meta: dict[str, str] = {}
    strong: list[str] = []  # dates under a label that names publishing
    loose: list[str] = []  # dates under a label that names no date, or none
    other: list[str] = []  # dates under a label that names another date, no deadline
    dates = 0
    ids: list[tuple[int, str]] = []  # (rank, value): 2 a publishing number, 1 a number
    named: list[str] = []  # organisations under an issuing label
    orgs: list[str] = []  # under a label that names nothing, or none
    credited: list[str] = []  # unlabelled names credited by era or home town (_CREDITED)
    persons: list[str] = []  # unlabelled names closed by a profession's title
    media: list[str] = []  # papers or stations under a label that says they carried it
    # a date with a span of hours after it is an event's, a shift's or a timetable slot's
    # day; it is the row's own only beside a writer's cell (an observation record:
    # '作者：某某　｜　时间：2021-03-05 05:10—08:05'), else the row is text
    writer = _writer_cell(cells, field_of)
    for label, value in cells:
        dm = _DATE.match(value)
        if dm is not None and dm["span"] and not writer:
            return {}
        date = (normalise_date(dm["d"]) or roc_date(dm["d"])) if dm else None
        field = _names(label, field_of, dated=date is not None) if label else None
        if date is not None:
            dates += 1
        if field in _DATE_FIELDS:
            if date is not None:
                if field == "published":
                    strong.append(date)
                else:
                    meta.setdefault(field, date)
            continue
        if field is not None:
            if field == "doc_number" and (_ID.match(value) or cn_doc_number(value)):
                ids.append((3, value))
            elif field == "issuer" and _is_org(value):
                named.append(value)
            elif field == "author" and _is_org(value):
                named.append(value)  # a body under a writer's label: the issuer, no writer
            elif field not in ("doc_number", "issuer"):
                meta.setdefault(field, value)
            continue
        han = label if label and _HAN.search(label) else ""
        publishing = any(w in han for w in _publish_words())
        if date is not None:
            if publishing and han.endswith(_DATE_WORDS):
                strong.append(date)  # '公开日': a date label that names publishing
            elif refused_label(han):
                # '活动时间', '报名截止': a day to come or a limit, no publish date and no
                # field: the row is text (read without it, its date would go unkept)
                return {}
            elif han in _DATE_WORDS or not han.endswith(_DATE_WORDS):
                loose.append(date)  # '日期：' names the date; '报名日期' another one
            elif not any(w in han for w in _deadline_words()):
                other.append(date)  # another date: the record's own on a card
        elif cn_doc_number(value):
            ids.append((2, value))  # a Chinese document number names itself
        elif _ID.match(value) and 5 <= len(value) <= 30:
            number = han.endswith("号")
            if number or _CODE.match(value):
                ids.append((2 if number and publishing else 1 if number else 0, value))
        elif label and (medium := carried_in(label, value, field_of)) is not None:
            media.append(medium)  # '刊发：某晚报': the paper that carried the clipping
        elif _is_org(value):
            orgs.append(value)
        elif (issuer := _issued_by(value, field_of)) is not None:
            named.append(issuer)
        elif label is None and (who := _CREDITED.match(value)) is not None:
            credited.append(who["n1"] or who["n2"] or who["n3"])
        elif label is None and (person := titled_name(value)) is not None:
            persons.append(person)  # '某某医生' in a dated row: who wrote it
        elif label is not None and (person := titled_name(f"{label} {value}")) is not None:
            persons.append(person)  # '某某 律师': the gap parts the name from its title
    if ids:
        best = max(r for r, _ in ids)
        top = [v for r, v in ids if r == best]
        if len(top) == 1 or best >= 2:
            meta.setdefault("doc_number", top[0])
    if strong:
        meta.setdefault("published", strong[0])
    elif dates == 1 and loose:
        meta.setdefault("published", loose[0])
    elif dates == 1 and card and other:
        meta.setdefault("published", other[0])
    if named:
        meta.setdefault("issuer", named[0])
    elif len(orgs) == 1 and meta:
        # an unlabelled name is the issuer only beside a date or a code the row holds: a
        # name alone ('某某美术馆') may be a related item's title
        meta.setdefault("issuer", orgs[0])
    if len(media) == 1 and dates:
        meta.setdefault("origin", media[0])  # beside the date it was carried on
    if len(credited) == 1 and "published" in meta:
        meta.setdefault("author", credited[0])  # '〔当代〕某某　2021-03-09': who wrote it
    if persons and meta:
        meta.setdefault("author", persons[0])
    if set(meta) <= {"author"}:
        return {}  # a writer's name alone is a card's line ('Author: 某某　Serves: 2人份')
    return meta


def _writer_cell(cells: list[tuple[str | None, str]], field_of: Fields) -> bool:
    """Whether a cell names a person under a writer's label (``作者：某某``).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> _writer_cell([("作者", "某某"), ("时间", "2021-03-05 05:10—08:05")], f)
    True
    >>> _writer_cell([("地点", "三楼会议室"), ("时间", "2021-03-05 14:00—16:00")], f)
    False
    """
    return any(
        label and _names(label, field_of, dated=False) == "author" and not _is_org(value)
        for label, value in cells
    )


# an unlabelled cell 'who + verb + 于' then its date ('某某某某提问于 2021-03-09'): the words
# up to '于' label the date as a label with its colon would
_VERB_AT = re.compile(r"^(?P<label>[\u4e00-\u9fff]{3,12}于)[ \u3000]*(?=\d{4}\s*[-年./／])")


def _verb_label(label: str | None, value: str) -> tuple[str | None, str]:
    """A cell with the words before its date ending in '于' as that date's label.

    >>> _verb_label(None, "某某某某答于 2021-03-09 10:20")
    ('某某某某答于', '2021-03-09 10:20')
    >>> _verb_label(None, "某某 2021-03-09"), _verb_label("时间", "2021-03-09")
    ((None, '某某 2021-03-09'), ('时间', '2021-03-09'))
    """
    m = _VERB_AT.match(value) if label is None else None
    return (m["label"], value[m.end() :]) if m else (label, value)


def cell_row(line: str, field_of: Fields) -> dict[str, str] | None:
    """``meta`` of a row of cells (see the module docstring), or None when the line is
    no such row or none of its values reads as a field.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> cell_row("Writer: 某某　Date: 2020-01-02　Size: 2 people", f)
    {'author': '某某', 'published': '2020-01-02'}
    >>> cell_row("NO=AB123456C; DT=2020-01-02; OW=某某精密机械有限公司", f)
    {'doc_number': 'AB123456C', 'published': '2020-01-02', 'issuer': '某某精密机械有限公司'}
    >>> cell_row("编号 XY-2019-07 ／ 某某市档案局 ／ 2019.12.03", f)
    {'doc_number': 'XY-2019-07', 'published': '2019-12-03', 'issuer': '某某市档案局'}
    >>> cell_row("作者 某某 · 2021-9-7 · 评论 26", f)
    {'author': '某某', 'published': '2021-09-07'}
    >>> cell_row("婚恋情感 · 2022-04-01 · 甄若水 医生", f)
    {'published': '2022-04-01', 'author': '甄若水'}
    >>> cell_row("婚恋情感 · 2022-04-01 · 心理 门诊", f)
    {'published': '2022-04-01'}

    Prose, a row of two dates none of which names publishing, a crumb trail: nothing.

    >>> cell_row("我们在2020-01-02出发，　走了很远", f), cell_row("位置：首页 · 专题", f)
    (None, None)
    >>> cell_row("开始 2020-01-02　结束 2020-02-02", f)

    A record's card in one row, every cell labelled: its one date is its own.

    >>> cell_row("登记号：AB2020123C　经手者：某某　验收日期：2020年1月2日", f)
    {'author': '某某', 'doc_number': 'AB2020123C', 'published': '2020-01-02'}
    """
    s = _unwrap(_LEAD_MARK.sub("", line.strip()))
    if "," in s:
        s = _MONTH_DAY_COMMA.sub(r"\1", s)  # 'March 9, 2021': a date's comma, no clause's
    if "," in s and ("=" in s or ":" in s):
        s = _LABEL_COMMA.sub("｜", s)
    # every reading rests on a date or a code (an organisation only beside one): a row
    # without a digit reads nothing here (a cheap gate: most lines near a title are prose)
    if not s or len(s) > MAX_ROW_CHARS or not _DIGIT.search(s) or _SENTENCE.search(s):
        return None
    # (a writer's or a source's label glued to its value, '作者某某': glued_labels)
    cells = [glued_label(*_verb_label(label, value), field_of) for label, value in _cells(s)]
    if any(len(v) > MAX_CELL_CHARS for _, v in cells):
        return None
    if len(cells) == 1:
        # one cell is a row only as a label that names publishing over a date
        # ('发布于 2021-03-05'): a bare date or name alone is the other readers' business
        label, is_date = cells[0][0], bool(dated_cell(cells[0][1]))
        if not (label and is_date and _names(label, field_of, dated=True) == "published"):
            return None
    if any(c in s for c in "；;，") and not (_labelled_enough(cells) or _all_shaped(cells)):
        return None  # a semicolon or comma parts labelled cells; between words it is prose's
    if len(cells) == 2 and dated_title(s) is not None:
        return None  # a title beside the date ('2021-05-20 周四 | 某篇的标题'): text, kept
    if fact_cells(cells, field_of):
        return None  # a row of a subject's labelled facts: the text's, whatever a value's shape
    # a record's card drawn in one row: every cell labelled, CARD_CELLS of them at least
    card = len(cells) >= CARD_CELLS and all(label for label, _ in cells)
    return read_cells(cells, field_of, card=card) or None


#: a row of facts holds this many labelled cells at least (:func:`fact_cells`)
FACT_CELLS = 2
#: a day of a month or a time of day in a cell ('12月2日 08:00 至次日 08:00'): the row
#: dates something (a plan's period, a session's), a record's header, no subject's facts
_DAY_OR_CLOCK = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _subject_codes() -> tuple[str, ...]:
    """Labels of a party's own identity code (``headers.toml`` ``[meta] subject_codes``)."""
    return tuple(load_table("headers")["meta"]["subject_codes"])


def fact_cells(cells: list[tuple[str | None, str]], field_of: Fields) -> bool:
    """Are ``cells`` a row of a subject's labelled facts (a firm's code, its trade, its
    district): :data:`FACT_CELLS` cells or more, every one labelled, one the label of a
    party's identity code (``[meta] subject_codes``: ``统一社会信用代码``; an item's own
    number, ``编码``, ``登记号``, is a record card's), no label one the tables name
    (:meth:`~cleaner.stages.split_meta.MetaParser.field_of`) and no value a date?  Such a
    row is the text's, not a metadata row: a value read by its shape alone (a credit code
    looks like a document number) names no field of the piece (issue 12, yz).  A row one
    label of which the tables name (``经手者：某某``) or that dates something is a
    record's card, read as one (:func:`cell_row`).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> fact_cells([("统一社会信用代码", "91AB23CD45EF67GH8J"), ("所属行业", "化工")], f)
    True
    >>> fact_cells([("编码", "QA-2020-017"), ("介质", "纸本")], f)
    False
    >>> fact_cells([("登记号", "AB2020123C"), ("经手者", "某某")], f)
    False
    >>> fact_cells([("登记号", "AB2020123C"), ("验收", "2020年1月2日")], f)
    False
    >>> fact_cells([("登记号", "AB2020123C"), (None, "某某局")], f)
    False
    >>> fact_cells([("计划批次", "BP20171202-3"), ("计划时段", "12月2日 08:00 至次日 08:00")], f)
    False
    """
    return (
        len(cells) >= FACT_CELLS
        and all(label for label, _ in cells)
        and any(label.endswith(_subject_codes()) for label, _ in cells if label)
        and not any(field_of(label) for label, _ in cells if label)
        and not any(
            dated_cell(value) or normalise_date(value) or _DAY_OR_CLOCK.search(value)
            for _, value in cells
        )
    )


def dated_title(line: str) -> tuple[str, str] | None:
    """``(the date, the title)`` of a row that is a date (its weekday, its time) and a
    title beside it (``2021-05-20 周四 | 某篇的标题``): a diary's or a feed's entry line.
    The row reader keeps it as text (:func:`cell_row`); the split stage reads its title
    and date from it rather than lose either.

    >>> dated_title("2021-05-20 周四 | 春天里的一次远足记录")
    ('2021-05-20', '春天里的一次远足记录')
    >>> dated_title("2021-05-20 | 某某日报"), dated_title("春天里的一次远足记录")
    (None, None)
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or not _DIGIT.search(s) or _SENTENCE.search(s):
        return None
    cells = _cells(s)
    titles = [v for k, v in cells if _title_cell(k, v)]
    dates = [m["d"] for k, v in cells if k is None and (m := dated_cell(v))]
    if len(titles) != 1 or len(dates) != 1 or len(cells) != 2:
        return None
    date = normalise_date(dates[0])
    return (date, titles[0].strip()) if date else None


#: An unlabelled cell of this many characters or more, Han words and no digit, that no
#: reading names (no date, code or organisation) is a title beside the row's date, not a
#: source or a category (a name of two to six characters).
TITLE_CELL_CHARS = 7


def credited(value: str) -> str | None:
    """The name of a cell that credits a person the classic way (:data:`_CREDITED`), or
    None.

    >>> credited("〔唐〕某某某"), credited("某某（某州）"), credited("［原创］春游小记")
    ('某某某', '某某', None)
    >>> credited("宋·某某"), credited("某某（宋）"), credited("新华·某某"), credited("某某")
    ('某某', '某某', None, None)
    """
    who = _CREDITED.match(value.strip())
    return None if who is None else who["n1"] or who["n2"] or who["n3"]


def credit_row(line: str) -> tuple[str, str] | None:
    """``(name, date)`` of a short row that credits one person (:func:`credited`) beside
    one date, other cells labelled or not (``〔当代〕某某　体裁：七言　2021-03-09``), or
    None: a poem's or a essay's byline over or under its title.

    >>> credit_row("〔当代〕某某　　体裁：七言　　2021-03-09")
    ('某某', '2021-03-09')
    >>> credit_row("某某（某州）｜2021-03-09"), credit_row("某某｜2021-03-09")
    (('某某', '2021-03-09'), None)
    """
    s = _LEAD_MARK.sub("", line.strip())
    if not s or len(s) > MAX_ROW_CHARS or not _DIGIT.search(s) or _SENTENCE.search(s):
        return None
    cells = _cells(s)
    names = [n for k, v in cells if k is None and (n := credited(v)) is not None]
    dates = [d for _, v in cells if (m := dated_cell(v)) and (d := normalise_date(m["d"]))]
    if len(names) != 1 or len(dates) != 1:
        return None
    return names[0], dates[0]


def _title_cell(label: str | None, value: str) -> bool:
    """An unlabelled cell that reads as a title: long Han words, no digit, no field shape.

    >>> _title_cell(None, "春天里的一次远足记录"), _title_cell(None, "厨房电器")
    (True, False)
    >>> _title_cell("作者", "某某某某某某某某")
    False
    """
    v = value.strip()
    if label or len(v) < TITLE_CELL_CHARS or _DIGIT.search(v):
        return False
    if len(_HAN.findall(v)) * 2 < len(v) or credited(v) is not None:
        return False  # a name credited by its home town ('某某（某州）') is no title
    return not _shaped(v)


def _unwrap(s: str) -> str:
    """``s`` without one pair of brackets wrapping it whole (``［编号 X｜2021-03-05］``),
    else ``s``.

    >>> _unwrap("［编号 AB-12｜2021-03-05］"), _unwrap("【编号】AB-12【发布】2021")
    ('编号 AB-12｜2021-03-05', '【编号】AB-12【发布】2021')
    """
    m = _WRAPPED.match(s)
    if m is not None and _PAIRS[m[1]] == m[3]:
        return m[2].strip()
    m = _DASHED.match(s)
    return m[2] if m is not None and m[1] == m[3] else s


def _shaped(value: str) -> bool:
    """A value that reads as a field by its shape alone: a date, a code, an organisation."""
    return bool(dated_cell(value) or _CODE.match(value) or cn_doc_number(value) or _is_org(value))


def _all_shaped(cells: list[tuple[str | None, str]]) -> bool:
    """Two bare cells at least, each a date, a code or an organisation
    (``AB-2019-07，某某律师事务所，2019.3.5``): commas between such values list a
    record's facts; between words they are prose's.

    >>> _all_shaped([(None, "AB-2019-07"), (None, "2019.3.5")])
    True
    >>> _all_shaped([(None, "我们出发"), (None, "2019.3.5")])
    False
    """
    return len(cells) >= 2 and all(k is None and _shaped(v) for k, v in cells)


def _labelled_enough(cells: list[tuple[str | None, str]]) -> bool:
    """Every cell labelled, or one short bare word among two labelled cells at least: a
    label glued to its value when a repair took the space between them ('年代明万历')
    leaves the row's other cells labelled; prose parted by semicolons has no labels.

    >>> _labelled_enough([("编号", "AB-12"), (None, "年代明万历"), ("发布", "2021-03-05")])
    True
    >>> _labelled_enough([(None, "我们出发"), ("他们", "2021-03-05 到")])
    False
    """
    bare = [v for k, v in cells if k is None]
    if not bare:
        return True
    return (
        len(bare) == 1
        and len(cells) - 1 >= 2
        and len(bare[0]) <= 8
        and _HAN.search(bare[0]) is not None
        and not _DIGIT.search(bare[0])
    )
