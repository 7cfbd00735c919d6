"""A desk under an issuer's label: the section the page comes from, its origin.

An office's newsroom labels who put a release up (``發布單位：疾病管制科``, ``发布单位：
某科``) with the word the label tables read as the issuer's.  When the value is a whole
body (``某市卫生健康委员会``) it is; when it is a bare section of the site's own office
(a desk: a short name closed by a desk word, ``[meta] section_endings`` of
``rules/headers.toml``: 科, 股, 组 …), the release is the office's and the desk is where it
comes from: its ``origin`` (as a ``来源：某科`` row says).  A row of two cells alone, a
whole date and a bare desk (``〔2016.03.08〕〔某政課〕``, ``2021-03-09　总务股``, framed or
parted by a wide gap: :func:`dated_desk`), says the same without a label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["dated_desk", "desk_origin"]

#: A desk's name: at most this many characters (its desk word included).
DESK_MAX_CHARS = 10
_HAN_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,{DESK_MAX_CHARS}}}")
_LABEL = r"(?P<k>(?:[\u4e00-\u9fff]\s?){2,6})[:：]\s*"


@lru_cache(maxsize=1)
def _body_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``[meta] desk_body_words`` and ``desk_place_openings`` of headers.toml."""
    t = load_table("headers")["meta"]
    return tuple(t.get("desk_body_words", ())), tuple(t.get("desk_place_openings", ()))


def _body_named(value: str) -> bool:
    """``value`` names a whole body though a desk word closes it: a body's word inside
    (``某县扶贫开发领导小组``, ``省政府督查组``) or a region's level word opening it."""
    words, places = _body_marks()
    return any(w in value for w in words) or value.startswith(places)


def desk_origin(
    line: str,
    row: dict[str, str],
    field_of: Callable[[str], str | None],
    endings: Collection[str],
) -> dict[str, str]:
    """``row`` with a labelled issuer that is a bare desk read as the origin (module doc).

    >>> field = {"发布单位": "issuer", "發布單位": "issuer"}.get
    >>> desk_origin("發布單位：疾病管制科　｜　發布日期：111-06-05", {"issuer": "疾病管制科"},
    ...             field, ("科", "股"))
    {'origin': '疾病管制科'}
    >>> body = "某市卫生健康委员会"
    >>> desk_origin(f"发布单位：{body}", {"issuer": body}, field, ("科",))
    {'issuer': '某市卫生健康委员会'}
    >>> team = "县扶贫开发领导小组"  # a body's word inside: the issuer still
    >>> desk_origin(f"发布单位：{team}", {"issuer": team}, field, ("组",))
    {'issuer': '县扶贫开发领导小组'}
    >>> desk_origin("发布单位：省政府督查组", {"issuer": "省政府督查组"}, field, ("组",))
    {'issuer': '省政府督查组'}
    >>> desk_origin("〔某管理科〕", {"issuer": "某管理科"}, field, ("科",))  # no label
    {'issuer': '某管理科'}
    """
    value = row.get("issuer", "")
    if not value or "origin" in row or not endings or not value.endswith(tuple(endings)):
        return row
    if not _HAN_NAME.fullmatch(value) or _body_named(value):
        return row
    for m in re.finditer(_LABEL + re.escape(value), line):
        if field_of(re.sub(r"\s", "", m["k"])) == "issuer":
            return {("origin" if k == "issuer" else k): v for k, v in row.items()}
    return row


#: a row of framed cells only ('〔2016.03.08〕〔某政課〕'), each cell's text
_FRAMED_CELL = re.compile(r"[〔【［\[]([^〔〕【】［］\[\]]+)[〕】］\]]")
_FRAMED_ROW = re.compile(r"(?:\s*[〔【［\[][^〔〕【】［］\[\]]+[〕】］\]])+\s*")
_WIDE_GAP = re.compile(r"\u3000+|\s{2,}|\s*[｜|]\s*")


@lru_cache(maxsize=1)
def _counter_tail() -> re.Pattern[str]:
    """A page's counter closing the row after a gap or a bar (``阅读 12``, ``浏览：88次``;
    ``[meta] desk_row_counters`` of headers.toml): chrome, no cell of the row."""
    words = "|".join(map(re.escape, load_table("headers")["meta"]["desk_row_counters"]))
    return re.compile(
        r"(?:\u3000+|\s{2,}|\s*[｜|]\s*)(?:" + words + r")(?:量|数|次数)?"
        r"\s*[:：]?\s*[\[［(（]?\d{1,9}[\]］)）]?\s*[次人]?$"
    )


def dated_desk(
    line: str, day: str, normalise: Callable[[str], str | None], endings: Collection[str]
) -> str | None:
    """The desk of a row that is two cells alone, one the whole date ``day`` (as
    ``normalise`` reads it) and the other a bare desk (module doc), or None.

    >>> norm = {"2016.03.08": "2016-03-08", "2021-03-09": "2021-03-09"}.get
    >>> dated_desk("〔2016.03.08〕〔戶籍課〕", "2016-03-08", norm, ("課", "股"))
    '戶籍課'
    >>> dated_desk("2021-03-09　总务股", "2021-03-09", norm, ("課", "股"))
    '总务股'
    >>> dated_desk("2016.03.08　【戶籍課】", "2016-03-08", norm, ("課",))
    '戶籍課'
    >>> dated_desk("〔2016.03.08〕〔星期二〕", "2016-03-08", norm, ("課",))  # no desk word
    >>> dated_desk("2021-03-09　某县扶贫开发领导小组", "2021-03-09", norm, ("组",))  # a body
    >>> dated_desk("2021-03-09　林股", "2021-03-09", norm, ("股",))  # two letters: a name
    >>> dated_desk("2021-03-09　总务股　统计组", "2021-03-09", norm, ("股", "组"))  # two desks

    A page's counter closing the row (``阅读 12``, ``浏览：88次``) is the row's chrome, no
    third cell; an unframed row also takes the desk words of a department
    (``[meta] desk_row_endings``: ``某某部``, ``某某室``), which a label's issuer does not:

    >>> dated_desk("2021-03-09　总务股　阅读 12", "2021-03-09", norm, ("股",))
    '总务股'
    >>> dated_desk("2021-03-09  联络部  浏览：88次", "2021-03-09", norm, ("股",))
    '联络部'
    >>> dated_desk("2021-03-09　档案室", "2021-03-09", norm, ("股",))
    '档案室'

    Only a counter's word makes the closing figure chrome (``发放 120`` is a cell of the
    row's own), and a room named by its use is a place, no department:

    >>> dated_desk("2021-03-09　物资部　发放 120", "2021-03-09", norm, ("股",))
    >>> dated_desk("2021-03-09　　三楼会议室", "2021-03-09", norm, ("股",))
    >>> dated_desk("2021-03-09　　剧院售票处　　余票 120", "2021-03-09", norm, ("股",))
    >>> dated_desk("2021-03-09　语文课", "2021-03-09", norm, ("课",))  # a lesson, unframed
    >>> dated_desk("2021-03-09　第三股", "2021-03-09", norm, ("股",))  # an ordinal
    """
    s = _counter_tail().sub("", line.strip())
    if not endings:
        return None
    own = tuple(endings)  # the caller's own desk words
    endings = (*own, *_row_endings())
    if _FRAMED_ROW.fullmatch(s):
        cells = [c.strip() for c in _FRAMED_CELL.findall(s)]
    else:
        cells = [c.strip() for c in _WIDE_GAP.split(s) if c.strip()]
        # a framed cell among bare ones ('2016.03.08　〔某政課〕'): its text
        cells = [c[1:-1].strip() if _FRAMED_ROW.fullmatch(c) else c for c in cells]
    if len(cells) != 2:
        return None
    framed = _FRAMED_CELL.search(s) is not None
    dates = [c for c in cells if normalise(c) == day]
    if len(dates) != 1:
        return None
    desk = cells[1] if cells[0] in dates else cells[0]
    if len(desk) < 3 or not desk.endswith(tuple(endings)):
        return None
    if desk.endswith(_row_places()) and not desk.endswith(own):
        return None  # '三楼会议室': the place of an event beside its day, no desk
    if not _HAN_NAME.fullmatch(desk) or _body_named(desk) or _ORDINAL.match(desk):
        return None
    if not framed and desk.endswith(_framed_only()):
        return None  # '语文课' beside a date: a lesson, no office's desk
    return desk


#: an ordinal ('第三课', '第2组'): a lesson's or a team's number, no desk's name
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百千两\d]+")


@lru_cache(maxsize=1)
def _row_places() -> tuple[str, ...]:
    """``[meta] desk_row_places`` of headers.toml."""
    return tuple(load_table("headers")["meta"].get("desk_row_places", ()))


@lru_cache(maxsize=1)
def _row_endings() -> tuple[str, ...]:
    """``[meta] desk_row_endings`` of headers.toml."""
    return tuple(load_table("headers")["meta"].get("desk_row_endings", ()))


@lru_cache(maxsize=1)
def _framed_only() -> tuple[str, ...]:
    """``[meta] desk_framed_only_endings`` of headers.toml."""
    return tuple(load_table("headers")["meta"].get("desk_framed_only_endings", ()))
