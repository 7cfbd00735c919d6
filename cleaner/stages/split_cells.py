"""One generic reader for metadata rows of cells, read by the SHAPE of their values.

Sites print a header's facts in rows nobody listed: English labels (``Author: X　Date:
2021-03-05``), key=value cells (``PN=…; PD=…``), unlabelled cells (``档号 X ／ 某某委员会
／ 2019.12.03``, ``楼主 X · 2022-9-7 · 回复 26``), a grid with letter-spaced labels
(``档　　号：X　　载　　体：Y``) or a stack (a label alone on its line, its value on the
next).  Listing every label would fail on the next site, so a row is read as cells and each
value by what it looks like:

* a **date** (any common layout, a time may follow) is the publish date when its label
  names publishing (the tables' words: ``公开日``, ``发表于`` read as ``发表日期``) or when
  it is the row's only date under a label that names no other date (``申请日``, ``报名日期``
  name another);
* an **identifier** (Latin letters and digits, maybe ``-``/``.``: ``CN1234567A``,
  ``AB-2017-012``) is the document number when its label names a number (ends in 号,
  preferred when it also names publishing: ``公开号`` over ``申请号``) or, the row's only
  identifier, under a label that names nothing or none;
* an **organisation** (a name ending like a body: ``…委员会``, ``…公司``, ``…研究所``:
  ``[org_name]`` in ``headers.toml``) is the issuer under an issuing label, or under an
  unknown label or none when it is the row's only such name and the row also gives a
  date or a code (a name alone may be a related item's title).

Labels the tables name (``meta_fields``, ``label_class``) keep their fields.  A row is a
short line without sentence punctuation, split into cells at any separator run (wide
spaces, ``|``, ``｜``, ``／``, a spaced ``/`` or ``·``, ``;``, ``，`` between labelled
cells only; in a run of bracketed labels, ``【编号】X【发布】Y``, the brackets); a cell
is ``label<:|：|=|→> value``, ``<Han label> <value>`` or a bare value.  Whether a row
sits where metadata does (right under a title or header) is the caller's business
(:mod:`split_meta`): read anywhere else, a row of this shape is never taken from prose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date, simplified_label
from cleaner.stages.split_values import text_width

__all__ = [
    "LEADER",
    "cell_row",
    "cell_stack",
    "credit_row",
    "credited",
    "icon_row",
    "key_value_block",
    "prose_line",
    "read_cells",
    "row_kind",
    "row_signature",
]

Fields = Callable[[str], str | None]

# a label letter-spaced to a grid's width ('档　　号：'): squashed before cells are cut
_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff][ \t\u3000]{1,4}){1,5}[\u4e00-\u9fff])"
    r"(?=[ \t\u3000]*[:：=])"
)
_SEP = re.compile(
    # a full-width stop parts cells too ('编号X．某某撰．2016年6月17日'), never inside a
    # number ('12．5') nor after a list number opening the line ('1．标题')
    r"[ \t]*(?:[|｜¦│┃║‖▏▎丨∣❘︱┆┊╎;；，]|(?<!\d)[／∕．]|[／∕](?!\d)"
    r"|(?<!^\d)(?<!^\d\d)．(?!\d)|(?<=\s)[/／·•・](?=\s)"
    r"|[·•・](?=\s)|(?<=\s)[·•・])[ \t]*"
    r"|[ \t]*\u3000[ \t\u3000]*|\t+| {2,}"
)
_SENTENCE = re.compile(r"[。！？!?,]")
_PROSE_MARK = re.compile(r"[。！？!?，,；;]")
# English words, four spaces at least, closed by a full stop
_LATIN_PROSE = re.compile(r"^(?=(?:[^ ]* ){4})[A-Za-z\"'“‘].*[A-Za-z0-9\"'”’)]\.$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_GAPS = re.compile(r"\s")
_DIGIT = re.compile(r"\d|[〇○零一二三四五六七八九]{4}\s*年")
_PAIR = re.compile(
    r"^(?P<k>[A-Za-z][A-Za-z .]{0,18}[A-Za-z.]|[A-Za-z]|[\u4e00-\u9fff]{1,8})"
    r"\s*[:：=→]\s*(?P<v>\S.*)$"
)
# a Han label and its value apart by a space, or a date glued to it ('发表于2021-3-5')
# or a code glued to it ('编号AB-12-030': an archive's record number)
_SPACED_PAIR = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{2,6})(?:\s+(?P<v>\S.*)|(?P<d>\d{4}\D.*)"
    r"|(?P<c>[A-Za-z]+\d*(?:[-_.][A-Za-z0-9]+)+))$"
)
_DATE = re.compile(
    r"^(?P<d>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?"
    r"|\d{2}\s*[-./／]\s*\d{1,2}\s*[-./／]\s*\d{1,2}"  # '21-03-05': a whole value only
    r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日)"
    r"(?:[ \t\u3000]*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"  # a weekday may follow
    r"(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# a Chinese document number: an issuer's short name, the year in brackets, a serial
# and 号 ('某府发〔2021〕35号', '某函[2019]7号'), or the serial over the year's last
# digits ('某航警108/21'): a number by its shape, under any label
_CN_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(?:[〔［\[（(【]\d{4}[〕］\]）)】]第?\d{1,5}号|\d{1,5}/(?:\d{2}|\d{4}))$"
)
# a block or a shape opening a row ('▌某号　发布：…', '■ 编号 X'): a mark, no cell of it
_LEAD_MARK = re.compile(r"^[\u2580-\u25ca\u25cc-\u25ee\u25f0-\u25ff]+[ \u3000]*")
# a person credited the classic way, a name of two to five letters behind its era
# (one letter, or a word ending in 代 or 朝) in brackets or before a middle dot ('〔唐〕某某',
# '[宋] 某某', '（当代）某某', '宋·某某'), or before a bracketed era or home town ('某某（宋）',
# '某某（某州）'): the row's author
_ERA = r"(?:[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}[代朝])"
_CREDITED = re.compile(
    rf"^(?:[〔［\[【（(]{_ERA}[〕］\]】）)]\s*(?P<n1>[\u4e00-\u9fff]{{2,5}})"
    rf"|{_ERA}[·・]\s*(?P<n3>[\u4e00-\u9fff]{{2,5}})"
    r"|(?P<n2>[\u4e00-\u9fff]{2,5})[（(][\u4e00-\u9fff]{1,6}[）)])$"
)
# a row wrapped whole in one pair of brackets ('［编号 X｜2021-03-05］', '（X，Y，2021.3.5）'):
# the brackets wrap the row, they part no cell
_WRAPPED = re.compile(r"^([［\[（(〔【«‹])([^［\[（(〔【］\]）)〕】«»‹›]+)([］\]）)〕】»›])$")
_PAIRS = {"［": "］", "[": "]", "（": "）", "(": ")", "〔": "〕", "【": "】", "«": "»", "‹": "›"}
# or framed by one dash each side ('— 发起 某某 · 2021.3.5 —'), a spaced rule around it
_DASHED = re.compile(r"^([—–－-]{1,2})\s+(\S.*?)\s+([—–－-]{1,2})$")
# an ASCII comma before an ASCII label and its mark ('Author=X, Posted=2018-07-02'): it
# parts labelled cells, it ends no clause
_LABEL_COMMA = re.compile(r",\s*(?=[A-Za-z][A-Za-z .]{0,18}\s*[=:：])")
_ID = re.compile(r"^(?=[^\d]*\d[^\d]*\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:[-./_][A-Za-z0-9]+)*$")
# an identifier no number label vouches for: capitals and four digits at least (a
# record's code, 'CN1234567A', 'AB-2017-012'; not a product's name, 'iPhone12')
_CODE = re.compile(r"^(?=(?:\D*\d){4})[A-Z0-9]+(?:[-./_][A-Z0-9]+)*$")
# a label that says which date it holds ('报名日期', '申请日', '截止时间')
_DATE_WORDS = ("日期", "时间", "日", "期", "时")
_DATE_FIELDS = frozenset(("published", "effective", "expires"))
#: a row of cells is short: a longer line is prose or a table row of its own kind
MAX_ROW_CHARS = 120
MAX_CELL_CHARS = 40
#: a stack of this many label/value cells at least is a record's card
CARD_CELLS = 3


@lru_cache(maxsize=1)
def _org() -> re.Pattern[str]:
    """The shape of an organisation's name: Han (brackets, ·) ending like a body, the
    whole name ``min_chars`` long at least ('某县政府' is one, '本科' none)."""
    t = load_table("headers")["org_name"]
    ends = "|".join(map(re.escape, sorted(t["endings"], key=len, reverse=True)))
    return re.compile(
        rf"^(?=.{{{t['min_chars']},}})[\u3400-\u4dbf\u4e00-\u9fff（）()·]{{1,30}}(?:{ends})$"
    )


def _is_org(value: str) -> bool:
    """``value`` has an organisation's shape, in either script ('某縣文獻委員會')."""
    return bool(_org().match(value) or _org().match(simplified_label(value)))


def _issued_by(value: str, field_of: Fields) -> str | None:
    """The organisation of a value that puts its issuing word after it ('某某委员会编印',
    a publication's imprint: the verb is the label, written after its value), or None."""
    for k in (2, 3):
        if len(value) > k + 4 and field_of(value[-k:]) == "issuer" and _is_org(value[:-k]):
            return value[:-k]
    return None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    """A person's name (two to four Han letters) closed by a profession's title
    (``[meta] name_titles`` in ``headers.toml``: '某某某医生', '某某 教授')."""
    titles = "|".join(sorted(load_table("headers")["meta"]["name_titles"], key=len, reverse=True))
    return re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,4}})[ \u3000]?(?:{titles})$")


def titled_name(value: str) -> str | None:
    """The name in a cell of :func:`_titled_name`'s shape, or None.

    >>> titled_name("林某某医生"), titled_name("林某 教授"), titled_name("医生")
    ('林某某', '林某', None)
    """
    m = _titled_name().match(value.strip())
    return m["name"] if m else None


@lru_cache(maxsize=1)
def _publish_words() -> tuple[str, ...]:
    """The words that make a date or number label name publishing (``label_class``
    ``published_by_ending`` ``requires`` in ``headers.toml``)."""
    for c in load_table("headers")["label_class"]:
        if c["name"] == "published_by_ending":
            return tuple(c["requires"])
    return ()


@lru_cache(maxsize=1)
def _deadline_words() -> tuple[str, ...]:
    """The words that make a date label name a deadline (``published_by_ending``
    ``unless`` in ``headers.toml``: '截止', '到期')."""
    for c in load_table("headers")["label_class"]:
        if c["name"] == "published_by_ending":
            return tuple(c.get("unless", ()))
    return ()


def _names(label: str, field_of: Fields, *, dated: bool) -> str | None:
    """The field ``label`` names; over a date (``dated``) also read as ``<label>日期``
    (a verb: ``发布``) or ``…于`` → ``…日期`` (``发表于``)."""
    if not _HAN.search(label):
        # a Latin label reads only as the field table names it ('Source'), never over a date
        return None if dated else field_of(label)
    if not dated:
        return field_of(label)
    if label.endswith("于") and len(label) >= 3:
        label = label[:-1] + "日期"
    return field_of(label) or field_of(label + "日期")


# a run of bracketed labels, each followed by its value ('【编号】X【年代】Y'): the
# brackets themselves part the cells, whatever spaces lie between them
_BRACKET_RUN = re.compile(r"^(?:[【［\[〖][^】］\]〗]{1,8}[】］\]〗][^【［\[〖】］\]〗]*){2,}$")
_BRACKET_CELL = re.compile(
    r"[【［\[〖](?P<k>[^】］\]〗]{1,8})[】］\]〗](?P<v>[^【［\[〖】］\]〗]*)"
)


def _trailing_labels(s: str) -> list[tuple[str | None, str]] | None:
    """The cells of a row whose every cell puts its value BEFORE its bracketed label
    (``某甲〔编者〕　2021-03-05〔收录〕``: a register's or a catalogue's layout), or None.

    >>> _trailing_labels("某甲〔编者〕　2021-03-05〔收录〕")
    [('编者', '某甲'), ('收录', '2021-03-05')]
    >>> _trailing_labels("某甲〔编者〕　2021-03-05"), _trailing_labels("〔编者〕某甲")
    (None, None)
    >>> _trailing_labels("参见某书[1]　某文[2]")
    """
    out: list[tuple[str | None, str]] = []
    for cell in _SEP.split(s):
        cell = cell.strip()
        if not cell:
            continue
        m = _TRAILING_LABEL.match(cell)
        if m is None or m["k"].strip().isdigit():
            return None  # a number in brackets is a note's mark ('某书[1]'), no label
        out.append((m["k"].strip(), m["v"].strip()))
    return out or None


# a value and then its label in brackets, the bracket closing the cell ('某甲〔编者〕')
_TRAILING_LABEL = re.compile(
    r"^(?P<v>[^【［\[〔〖】］\]〕〗]{1,30}?)\s*[【［\[〔〖](?P<k>[^【［\[〔〖】］\]〕〗]{1,8})[】］\]〕〗]$"
)
_CLOSERS = frozenset("】］]〕〗")


def _cells(line: str) -> list[tuple[str | None, str]]:
    """``(label, value)`` of each cell (label None for a bare value).

    >>> _cells("【编号】AB-12【发布】2021.03.05")
    [('编号', 'AB-12'), ('发布', '2021.03.05')]

    A row whose every cell closes with its label in brackets (``值〔标签〕``) is read
    label first (:func:`_trailing_labels`):

    >>> _cells("乙丙〔编者〕　2020.3.5〔收录〕")
    [('编者', '乙丙'), ('收录', '2020.3.5')]
    """
    stripped = line.strip()
    if _BRACKET_RUN.match(stripped):
        return [(m["k"].strip(), m["v"].strip()) for m in _BRACKET_CELL.finditer(line)]
    if stripped[-1:] in _CLOSERS and stripped[:1] not in "【［[〔〖":
        trailing = _trailing_labels(stripped)
        if trailing is not None:
            return trailing
    s = _SPACED.sub(lambda m: _GAPS.sub("", m[1]), stripped)
    out: list[tuple[str | None, str]] = []
    for cell in _SEP.split(s):
        cell = cell.strip()
        if not cell:
            continue
        m = _PAIR.match(cell) or _SPACED_PAIR.match(cell)
        if m is None:
            out.append((None, cell))
            continue
        g = m.groupdict()
        out.append((m["k"].strip(), (g.get("v") or g.get("d") or g.get("c") or "").strip()))
    return out


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
    for label, value in cells:
        dm = _DATE.match(value)
        date = normalise_date(dm["d"]) if dm else None
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
            if field == "doc_number" and (_ID.match(value) or _CN_NUMBER.match(value)):
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
            elif han in _DATE_WORDS or not han.endswith(_DATE_WORDS):
                loose.append(date)  # '日期：' names the date; '报名日期' another one
            elif not any(w in han for w in _deadline_words()):
                other.append(date)  # another date: the record's own on a card
        elif _CN_NUMBER.match(value):
            ids.append((2, value))  # a Chinese document number names itself
        elif _ID.match(value) and 5 <= len(value) <= 30:
            number = han.endswith("号")
            if number or _CODE.match(value):
                ids.append((2 if number and publishing else 1 if number else 0, value))
        elif _is_org(value):
            orgs.append(value)
        elif (issuer := _issued_by(value, field_of)) is not None:
            named.append(issuer)
        elif label is None and (who := _CREDITED.match(value)) is not None:
            credited.append(who["n1"] or who["n2"] or who["n3"])
        elif label is None and (person := titled_name(value)) is not None:
            persons.append(person)  # '某某医生' in a dated row: who wrote it
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
    if len(credited) == 1 and "published" in meta:
        meta.setdefault("author", credited[0])  # '〔当代〕某某　2021-03-09': who wrote it
    if persons and meta:
        meta.setdefault("author", persons[0])
    if set(meta) <= {"author"}:
        return {}  # a writer's name alone is a card's line ('Author: 某某　Serves: 2人份')
    return meta


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

    Prose, a row of two dates none of which names publishing, a crumb trail: nothing.

    >>> cell_row("我们在2020-01-02出发，　走了很远", f), cell_row("位置：首页 · 专题", f)
    (None, None)
    >>> cell_row("开始 2020-01-02　结束 2020-02-02", f)

    A record's card in one row, every cell labelled: its one date is its own.

    >>> cell_row("登记号：AB2020123C　经手者：某某　验收日期：2020年1月2日", f)
    {'author': '某某', 'doc_number': 'AB2020123C', 'published': '2020-01-02'}
    """
    s = _unwrap(_LEAD_MARK.sub("", line.strip()))
    if "," in s and ("=" in s or ":" in s):
        s = _LABEL_COMMA.sub("｜", s)
    # every reading rests on a date or a code (an organisation only beside one): a row
    # without a digit reads nothing here (a cheap gate: most lines near a title are prose)
    if not s or len(s) > MAX_ROW_CHARS or not _DIGIT.search(s) or _SENTENCE.search(s):
        return None
    cells = _cells(s)
    if any(len(v) > MAX_CELL_CHARS for _, v in cells):
        return None
    if len(cells) == 1:
        # one cell is a row only as a label that names publishing over a date
        # ('发布于 2021-03-05'): a bare date or name alone is the other readers' business
        label, dated = cells[0][0], bool(_DATE.match(cells[0][1]))
        if not (label and dated and _names(label, field_of, dated=True) == "published"):
            return None
    if any(c in s for c in "；;，") and not (_labelled_enough(cells) or _all_shaped(cells)):
        return None  # a semicolon or comma parts labelled cells; between words it is prose's
    if len(cells) == 2 and dated_title(s) is not None:
        return None  # a title beside the date ('2021-05-20 周四 | 某篇的标题'): text, kept
    # a record's card drawn in one row: every cell labelled, CARD_CELLS of them at least
    card = len(cells) >= CARD_CELLS and all(label for label, _ in cells)
    return read_cells(cells, field_of, card=card) or None


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
    dates = [m["d"] for k, v in cells if k is None and (m := _DATE.match(v))]
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
    dates = [d for _, v in cells if (m := _DATE.match(v)) and (d := normalise_date(m["d"]))]
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
    return bool(
        _DATE.match(value) or _CODE.match(value) or _CN_NUMBER.match(value) or _is_org(value)
    )


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


_LABEL_LINE = re.compile(
    r"^(?:(?:[\u4e00-\u9fff][ \t\u3000]{0,4}){1,5}[\u4e00-\u9fff]|[A-Za-z][A-Za-z .]{0,18})[:：]?$"
)
_VALUE_END = re.compile(r"[。！？!?]")
# a line opened by a Han label and its colon ('事由：…'): a labelled line, no cell's value
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,8}[:：]\S")


def _short_value(label: str, value: str, cells: list[tuple[str | None, str]]) -> bool:
    """A value of a label's shape that is a value all the same: an organisation's name
    ('某县政府' under any label), or, below two cells of the stack, a word shorter than
    its label ('状态' / '开'): a card's state or a name in a few letters."""
    if _is_org(value):
        return True
    return len(cells) >= 2 and len(_GAPS.sub("", value)) < len(_GAPS.sub("", label).rstrip(":："))


def cell_stack(lines: list[str], field_of: Fields) -> tuple[int, dict[str, str]]:
    """A stack of labels over values (``label`` / ``value`` / ``label`` / ``value`` …, a
    grid flattened one cell a line) at the top of ``lines``: how many lines it takes and
    its ``meta`` (:func:`read_cells`); ``(0, {})`` when fewer than two pairs stack or
    nothing reads.  A value is short, no sentence, and no label line itself.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> cell_stack(["登记号", "AB2020123C", "日期", "2020.01.02", "正文开始了。"], f)
    (4, {'doc_number': 'AB2020123C', 'published': '2020-01-02'})
    >>> cell_stack(["登记号", "AB2020123C", "登记日", "2020.01.02", "正文开始了。"], f)
    (4, {'doc_number': 'AB2020123C'})
    >>> cell_stack(["床前明月", "疑是地上", "举头望月", "低头思乡"], f)
    (0, {})

    A definition list with each colon on a line of its own (label, ``：``, value):

    >>> cell_stack(["经办人", "：", "某某", "发表于", "：", "2020-01-02 09:30", "正文。"], f)
    (6, {'published': '2020-01-02'})
    """
    cells: list[tuple[str | None, str]] = []
    k = 0
    while k + 1 < len(lines):
        label, value = lines[k].strip(), lines[k + 1].strip()
        # a definition list drawn one part a line: the label, its colon alone, the value
        # (the colon says which line is the value, so a short value may look like a label)
        colon = value in ("：", ":") and k + 2 < len(lines)
        if colon:
            value = lines[k + 2].strip()
        if not _LABEL_LINE.match(label):
            break
        if _LABEL_LINE.match(value) and not colon and not _short_value(label, value, cells):
            break
        if not value or len(value) > MAX_CELL_CHARS or _VALUE_END.search(value):
            break
        if _LABELLED.match(value):
            break  # 'label：value' is a line of its own, no cell's value
        cells.append((_GAPS.sub("", label).rstrip(":："), value))
        k += 3 if colon else 2
    aligned, taken = _aligned_stack(lines)
    if taken > k:
        cells, k = aligned, taken
    if len(cells) < 2:
        return 0, {}
    meta = read_cells(cells, field_of, card=len(cells) >= CARD_CELLS)
    return (k, meta) if meta else (0, {})


#: values of a card's own shape (a date, a code, a figure) an aligned stack needs at least
ALIGNED_SHAPED = 2


def _aligned_stack(lines: list[str]) -> tuple[list[tuple[str | None, str]], int]:
    """A record's card whose values may have a label's shape (a name, a subject, a
    degree: ``责任人`` / ``某某`` / ``专业`` / ``某某工程``): read strictly in pairs from the
    first line, label line then value line, the card when it holds ``CARD_CELLS`` pairs
    at least and ``ALIGNED_SHAPED`` of its values are dates or codes (no label has their
    shape: they fix which lines are the values).  ``([], 0)`` else: a run of short words
    (a poem's lines, a menu) has no such values.

    >>> _aligned_stack(["经手人", "某甲", "科室", "某某科", "登记日期", "2020-01-02",
    ...                 "登记号", "AB-2020-12", "正文开始了。"])[1]
    8
    >>> _aligned_stack(["床前明月", "疑是地上", "举头望月", "低头思乡", "2020年"])[1]
    0
    """
    cells: list[tuple[str | None, str]] = []
    shaped = k = 0
    while k + 1 < len(lines):
        label, value = lines[k].strip(), lines[k + 1].strip()
        if not _LABEL_LINE.match(label) or not value or len(value) > MAX_CELL_CHARS:
            break
        if _VALUE_END.search(value) or _LABELLED.match(value) or _SENTENCE.search(value):
            break
        if _DATE.match(value) or _ID.match(value):
            shaped += 1
        cells.append((_GAPS.sub("", label).rstrip(":："), value))
        k += 2
    if len(cells) < CARD_CELLS or shaped < ALIGNED_SHAPED:
        return [], 0
    return cells, k


def icon_row(line: str) -> bool:
    """A row of facts each opened by a pictograph (``💰 8-12K　📍 某市　⏳ 3-5年``):
    two short cells at least, every one opened by a symbol (Unicode 'So'), no sentence.
    It names no field; :mod:`split_meta` takes it only over a row that reads.

    >>> icon_row("💰 8-12K　📍 某市·某区　🎓 本科"), icon_row("💰 8-12K　某市")
    (True, False)
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or _PROSE_MARK.search(s):
        return False
    cells = [c.strip() for c in re.split(r"\u3000+|\t+| {2,}", s) if c.strip()]
    return len(cells) >= 2 and all(
        len(c) <= MAX_CELL_CHARS and unicodedata.category(c[0]) == "So" for c in cells
    )


def prose_line(line: str) -> bool:
    """``line`` reads as prose: long, or holding a sentence mark (no row, no title).

    >>> prose_line("渡口的早晨"), prose_line("清晨的渡口雾气很重，船工把缆绳收好。")
    (False, True)

    An ASCII letter counts half (an English row of 64 letters is a short row), and a
    line of English words closed by a full stop is prose.

    >>> prose_line("Updated: 2023-08-01 07:32 | Source: Kelin County Information Office")
    False
    >>> prose_line("The ferry leaves at dawn when the river is calm and the fog lifts.")
    True
    """
    s = line.strip()
    return text_width(s) > 60 or bool(_PROSE_MARK.search(s) or _LATIN_PROSE.match(s))


def row_signature(line: str) -> tuple[str, ...]:
    """The labels of a row's cells in order (``_`` for a bare value): the rows under
    the pieces of one compilation share it.

    >>> row_signature("Date: 2021/3/5 · Time: 20 min"), row_signature("某某 · 2021-3-5 · 回复 3")
    (('Date', 'Time'), ('_', '_', '回复'))
    """
    return tuple(label or "_" for label, _ in _cells(line))


# a card's row under a bracket label: '【审　　级】二审' (a short Han label, letter-spaced or
# not, then a short value)
_BRACKET_ROW = re.compile(
    rf"^【(?:[\u4e00-\u9fff][ \t\u3000]*){{2,6}}】[ \t\u3000]*\S.{{0,{MAX_CELL_CHARS - 1}}}$"
)
# a grid's label cell: a short Han word ('类别', '期限'), no digit
_GRID_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")
_GRID_GAP = re.compile(r"\t+|\u3000+| {2,}")


# a card's dotted leader between a short label and its value ('篇　　号……A-1', '出版日期
# .......2020年5月16日', '编印 ・・・ 某会'): a catalogue's or an archive's way to write the
# colon (a table of contents has a page number after its leader, no label before it)
#: (shared with :mod:`split_meta`, which reads the label's field)
LEADER = re.compile(
    r"^(?P<k>(?:[\u4e00-\u9fff][ \t\u3000]*){2,6}?)[ \t\u3000]*"
    r"(?:[…⋯]{1,4}|[.．·・]{3,})[ \t\u3000]*(?=\S)"
)


def row_kind(line: str) -> str | None:
    """The layout of a row of labelled cells, whatever its labels name: ``"trailing"``
    (every cell a value and its bracketed label, ``某甲〔编者〕　某乙〔校者〕``) or
    ``"grid<n>"`` (n cells apart by tabs or wide gaps, a short Han label before each
    value, two pairs at least: ``类别\\t某类\\t期限\\t十天``); None for anything
    else.  A row of labels no table names reads nothing (:func:`read_cells`);
    :mod:`split_meta` takes it only beside a row of the same layout that reads: the
    rows beneath a title are one block.

    >>> row_kind("某甲〔编者〕　某乙〔校者〕"), row_kind("类别\\t某类\\t期限\\t十天")
    ('trailing', 'grid4')
    >>> row_kind("校　　对……某乙")
    'leader'
    >>> row_kind("苹果很甜，香蕉也甜"), row_kind("某甲〔编者〕"), row_kind("第一章　总则")
    (None, None, None)

    A card of bracket labels, one a line (``【审　　级】二审``): ``"bracketed"``; a tag
    line with a sentence (``【提示】请按时缴费。``) or a long value is none.

    >>> row_kind("【审　　级】二审"), row_kind("【提示】请按时缴费。"), row_kind("【某类】")
    ('bracketed', None, None)
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or _PROSE_MARK.search(s):
        return None
    if _BRACKET_ROW.match(s):
        return "bracketed"
    if (m := LEADER.match(s)) is not None and len(s) - m.end() <= MAX_CELL_CHARS:
        return "leader"  # '撰　　稿……某某': a card's row, its label named or not
    if s[-1] in _CLOSERS:
        trailing = _trailing_labels(s)
        return "trailing" if trailing is not None and len(trailing) >= 2 else None
    cells = _GRID_GAP.split(s)
    if len(cells) < 4 or len(cells) % 2:
        return None  # one label and value alone may be a heading ('第一章　总则')
    if not all(_GRID_LABEL.fullmatch(k) for k in cells[::2]):
        return None
    if not all(0 < len(v) <= MAX_CELL_CHARS for v in cells[1::2]):
        return None
    return f"grid{len(cells)}"


# one 'label: value' item alone on its line (a YAML-like front matter under a title)
_KEY_VALUE = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,6}|[A-Za-z][A-Za-z _-]{0,15})\s*[:：]\s*(?P<v>[^:：]{1,40})$"
)
_VALUE_PROSE = re.compile(r"[。！？!?；;，,]")
#: a front matter of key: value lines has this many lines at least (fewer: a caption,
#: a speaker's line or two labelled facts of the text itself)
MIN_KEY_LINES = 3
# a label that names the time of an event, not of the document ('时间：', '开始时'):
# its date is no publish date, so it reads nothing in a front matter
_EVENT_TIME = ("时间", "时")


def key_value_block(lines: list[str], field_of: Fields) -> tuple[int, dict[str, str]]:
    """A front matter at the top of ``lines``: one ``label: value`` item a line, the
    values short and no sentence, ``MIN_KEY_LINES`` lines at least, read together as one
    row (:func:`read_cells`): how many lines it takes and its ``meta``; ``(0, {})`` when
    fewer lines stack or nothing reads (a date or a code must).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> key_value_block(["地点: 某镇", "日期: 2020-01-02", "编号: AB-2020-07", "正文。"], f)
    (3, {'doc_number': 'AB-2020-07', 'published': '2020-01-02'})

    Labelled lines of the text itself (sentences, a schedule's times) read nothing:

    >>> key_value_block(["定义：某量的变化率。", "例：速度。", "注：见上。"], f)
    (0, {})
    >>> key_value_block(["时间：2020年1月2日", "地点：礼堂", "主讲：某某"], f)
    (0, {})
    """
    cells: list[tuple[str | None, str]] = []
    for raw in lines:
        m = _KEY_VALUE.match(raw.strip())
        if m is None or _VALUE_PROSE.search(m["v"]):
            break
        cells.append((m["k"].strip(), m["v"].strip()))
    if len(cells) < MIN_KEY_LINES:
        return 0, {}
    read = [(k, v) for k, v in cells if k is None or field_of(k) or not k.endswith(_EVENT_TIME)]
    meta = read_cells(read, field_of)
    return (len(cells), meta) if meta else (0, {})
