"""The shapes a metadata row's cells are read by (:mod:`split_cells`): separators,
dates, codes, organisation names, credited names, and the cutting of a row into
``(label, value)`` cells.

Split out of :mod:`split_cells` so that each reader stays short; the heuristics are
described there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table
from cleaner.stages.split_dates import simplified_label

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
# a comma parts clauses, never a number's thousands ('Views: 2,947')
_SENTENCE = re.compile(r"[。！？!?]|(?<!\d),|,(?!\d{3}(?!\d))")
# English words, four spaces at least, closed by a full stop
_LATIN_PROSE = re.compile(r"^(?=(?:[^ ]* ){4})[A-Za-z\"'“‘].*[A-Za-z0-9\"'”’)]\.$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_GAPS = re.compile(r"\s")
_DIGIT = re.compile(r"\d|[〇○零一二三四五六七八九]{4}\s*年")
_PAIR = re.compile(
    r"^(?P<k>[A-Za-z][A-Za-z .]{0,18}[A-Za-z.]|[A-Za-z]|[\u4e00-\u9fff]{1,8})"
    r"\s*[:：=→]\s*(?P<v>\S.*)$"
)
# an English number label closed by its abbreviation's stop, the value after a space
# ('Release No. AB-2021-017', 'Ref. No. 12/2021'): the stop stands for the colon
_NO_PAIR = re.compile(r"^(?P<k>(?:[A-Z][A-Za-z]*\.?[ \t]){1,3}No\.)[ \t]*(?P<v>[A-Za-z0-9]\S*)$")
# a Han label and its value apart by a space, or a date glued to it ('发表于2021-3-5')
# or a code glued to it ('编号AB-12-030': an archive's record number)
_SPACED_PAIR = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{2,6})(?:\s+(?P<v>\S.*)|(?P<d>\d{4}\D.*)"
    r"|(?P<c>[A-Za-z]+\d*(?:[-_.][A-Za-z0-9]+)+))$"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# the comma of an English date that is a whole cell ('March 9, 2021', its time after it,
# then the row's end or a separator): no clause's (the row reader drops it); a date that
# goes on in words ('April 2, 2019 at the pier') keeps it, and with it its prose
_MONTH_DAY_COMMA = re.compile(
    rf"\b({_MONTH}\.?\s+\d{{1,2}}),(?=\s*\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?\s*(?:[|｜│┃·•/\t\u3000]|$))"
)
_DATE = re.compile(
    r"^(?P<d>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?"
    r"|\d{2}\s*[-./／]\s*\d{1,2}\s*[-./／]\s*\d{1,2}"  # '21-03-05': a whole value only
    r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日"
    r"|民[国國]\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # an ROC year
    r"|1\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # an ROC year of three digits, no era
    rf"|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})"  # '9 Mar 2021'
    r"(?:[ \t\u3000]*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"  # a weekday may follow
    r"(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?"
    # and the span's end ('05:10—08:05', '9:00 至 11:30'): the hours of an event, a shift,
    # a timetable's slot or an observation, no publication stamp (see _SPANNED)
    r"(?P<span>[ \t\u3000]*(?:[-—–－~～〜]{1,2}|至|到)[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)?$"
)


def dated_cell(value: str) -> re.Match[str] | None:
    """The match of a cell that is a date (its weekday, its time) and no span of hours:
    a date read alone.  A date with a span after it (``2021-03-05 08:00—10:00``) is an
    event's, a shift's or a timetable slot's day; only a row that also credits a writer
    reads it (an observation record's hours, :func:`split_cell_rows.read_cells`).

    >>> bool(dated_cell("2021-03-05 08:00")), bool(dated_cell("2021-03-05 08:00—10:00"))
    (True, False)
    """
    m = _DATE.match(value)
    return None if m is None or m["span"] else m


# a Chinese document number: an issuer's short name, the year in brackets, a serial
# and 号 ('某府发〔2021〕35号', '某函[2019]7号'), or the serial over the year's last
# digits ('某航警108/21'): a number by its shape, under any label; the short name may be
# the issuer's romanised initials before the bracketed year
_CN_NUMBER = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,12}(?:[〔［\[（(【]\d{4}[〕］\]）)】]第?\d{1,5}号|\d{1,5}/(?:\d{2}|\d{4}))"
    r"|[A-Z]{1,8}[\u4e00-\u9fff]{0,8}[〔［\[（(【]\d{4}[〕］\]）)】]第?\d{1,5}号)$"
)


@lru_cache(maxsize=1)
def _registration() -> re.Pattern[str]:
    """A product's registration or approval number (``[[doc_number]] registration`` of
    ``headers.toml``: '国械注准20172140488', '国药准字H20003263')."""
    entry = next(d for d in load_table("headers")["doc_number"] if d["name"] == "registration")
    return re.compile(entry["regex"])


def cn_doc_number(value: str) -> bool:
    """A Chinese document number by its shape alone (``_CN_NUMBER``), or a product's
    registration number (:func:`_registration`): a number under any label.

    >>> cn_doc_number("某府发〔2021〕35号"), cn_doc_number("某械注准20172140488")
    (True, True)
    >>> cn_doc_number("某ICP备0747620号"), cn_doc_number("某公网安备11010502030143号")
    (False, False)
    """
    return bool(_CN_NUMBER.match(value) or _registration().match(value))


# a block or a shape opening a row ('▌某号　发布：…', '■ 编号 X'), or a circled or a
# squared operator printed as a bullet ('⊞ 某号 · 某类', '⊙ 编号 X'): a mark, no cell of it
_LEAD_MARK = re.compile(r"^[\u2295-\u22a1\u2580-\u25ca\u25cc-\u25ee\u25f0-\u25ff]+[ \u3000]*")
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


def is_org(value: str) -> bool:
    """:func:`_is_org` for the other readers of a row.

    >>> is_org("某某大学统计学系"), is_org("某某区科研办公室"), is_org("林某某")
    (True, True, False)
    """
    return _is_org(value)


def _issued_by(value: str, field_of: Fields) -> str | None:
    """The organisation of a value that puts its issuing word after it ('某某委员会编印',
    a publication's imprint: the verb is the label, written after its value), or None."""
    for k in (2, 3):
        if len(value) > k + 4 and field_of(value[-k:]) == "issuer" and _is_org(value[:-k]):
            return value[:-k]
    return None


@lru_cache(maxsize=2)
def _closed_name(words: str) -> re.Pattern[str]:
    """A name (two to four Han letters) closed by one of the words of ``[meta] <words>``
    in ``headers.toml`` (longest first), a space between them or none."""
    alts = "|".join(sorted(load_table("headers")["meta"][words], key=len, reverse=True))
    return re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,4}})[ \u3000]?(?:{alts})$")


def _titled_name() -> re.Pattern[str]:
    """A person's name (two to four Han letters) closed by a profession's title
    (``[meta] name_titles`` in ``headers.toml``: '某某某医生', '某某 教授')."""
    return _closed_name("name_titles")


def titled_name(value: str) -> str | None:
    """The name in a cell of :func:`_titled_name`'s shape, or None.

    >>> titled_name("林某某医生"), titled_name("林某 教授"), titled_name("医生")
    ('林某某', '林某', None)
    """
    m = _titled_name().match(value.strip())
    return m["name"] if m else None


def _reported_name() -> re.Pattern[str]:
    """A reporter's name (two to four Han letters) closed by the verb of reporting
    (``[meta] report_verbs`` in ``headers.toml``, either letter form: '某某 报道')."""
    return _closed_name("report_verbs")


def reported_name(value: str) -> str | None:
    """The name in a cell of :func:`_reported_name`'s shape, or None.

    >>> reported_name("林某某 报道"), reported_name("林某某報道"), reported_name("报道")
    ('林某某', '林某某', None)
    """
    m = _reported_name().match(value.strip())
    return m["name"] if m else None


@lru_cache(maxsize=1)
def _published_class() -> dict[str, Any]:
    """``headers.toml``'s ``published_by_ending`` label class (empty when it is missing)."""
    for c in load_table("headers")["label_class"]:
        if c["name"] == "published_by_ending":
            return dict(c)
    return {}


@lru_cache(maxsize=1)
def _publish_words() -> tuple[str, ...]:
    """The words that make a date or number label name publishing (``label_class``
    ``published_by_ending`` ``requires`` in ``headers.toml``)."""
    return tuple(_published_class().get("requires", ()))


@lru_cache(maxsize=1)
def _deadline_words() -> tuple[str, ...]:
    """The words that make a date label name a deadline (``published_by_ending``
    ``unless`` in ``headers.toml``: '截止', '到期')."""
    return tuple(_published_class().get("unless", ()))


@lru_cache(maxsize=1)
def _carrier_labels() -> tuple[str, ...]:
    """The labels that name the paper or station that carried a clipped piece
    (``[carried_in]`` ``labels`` in ``headers.toml``: '刊发', '原载')."""
    return tuple(load_table("headers").get("carried_in", {}).get("labels", ()))


@lru_cache(maxsize=1)
def _medium_endings() -> tuple[str, ...]:
    """How a paper's, a station's or a site's name ends (``[carried_in]``
    ``medium_endings`` in ``headers.toml``: '报', '台', '网')."""
    return tuple(load_table("headers").get("carried_in", {}).get("medium_endings", ()))


#: a paper's, a station's or a site's name: Han letters (a middle dot between parts), no
#: digit, no clause punctuation
_MEDIUM_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·•・]{1,19}")


def carried_in(label: str, value: str, field_of: Fields) -> str | None:
    """The name of the paper or station a clipping's source cell says carried it, or None.

    >>> f = lambda label: None
    >>> carried_in("刊发", "某某晚报", f), carried_in("原载：", "某某广播电视台", f)
    ('某某晚报', '某某广播电视台')
    >>> carried_in("发布", "某某晚报", f), carried_in("刊发", "2021年3月9日", f)
    (None, None)
    >>> carried_in("刊发", "第05版", f), carried_in("刊发", "本报今日起连续刊发三篇评论", f)
    (None, None)
    """
    key = label.strip().rstrip(":：").replace(" ", "").replace("\u3000", "")
    if key not in _carrier_labels():
        return None
    name = value.strip()
    if not _MEDIUM_NAME.fullmatch(name) or len(name) > 16 or field_of(name) is not None:
        return None
    if not name.endswith(_medium_endings()):
        return None  # a paper, a station, a site: a phrase ending otherwise is no medium
    return name


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
        m = _PAIR.match(cell) or _SPACED_PAIR.match(cell) or _NO_PAIR.match(cell)
        if m is None:
            out.append((None, cell))
            continue
        g = m.groupdict()
        out.append((m["k"].strip(), (g.get("v") or g.get("d") or g.get("c") or "").strip()))
    return out
