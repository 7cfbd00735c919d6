"""A post stamp: the day a page went up, the verb of posting, and the desk that posted it.

A venue's or an office's page marks who put it up and when in one short row, the date
closed by the verb of posting and the department beside it, in either order, parted by a
mark, a bar or a wide gap, and sometimes wrapped whole in round brackets as a closing
note (``2031-04-02 发布 · 宣传推广部``, ``（营销策划部　2031年4月2日发布）``,
``售票服务室 ｜ 2031.4.2 发布``).  The row is the page's metadata: the day is its
``published``, the department its ``origin`` (the desk it comes from, as
:func:`~cleaner.stages.split_desks.dated_desk` reads a bare desk beside a bare date).

:func:`posted_desk` reads it by shape: two cells exactly, one a whole date closed by one
of the posting verbs (``[meta] dated_verbs`` of ``rules/headers.toml``, no verb of an
edit: ``更新`` names an editor), the other a desk's name as ``dated_desk`` takes one.  A
row with a third cell, a sentence, a date of an event with no posting verb, or a name
that is no desk (a person, a place, a whole body) reads nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.split_dates import YMD_DAY
from cleaner.stages.split_desks import dated_desk

__all__ = ["closes_prose", "posted_desk"]

#: the longest row read (a stamp is a short row)
MAX_CHARS = 40
_WHOLE_ROUND = re.compile(r"^[（(]\s*(?P<row>[^（）()]+?)\s*[）)]$")
#: cells: a wide gap, a bar, or a middle dot / bullet mark with spaces or none beside it
#: (no slash: a date's own mark)
_CELLS = re.compile(r"\s*[·‧・•｜|]\s*|\u3000+|\s{2,}")
#: a dash run opening the row, then a space or none ('—— 某部　…'): a credit line's lead
_DASH_LEAD = re.compile(r"^(?:[—–－─━]{1,4}|-{2,4})[ \t\u3000]*(?=\S)")
_DATE_VERB = re.compile(rf"^(?P<date>{YMD_DAY})" r"\s?(?P<verb>[\u4e00-\u9fff]{1,2})$")


def posted_desk(
    line: str,
    normalise: Callable[[str], str | None],
    verbs: Collection[str],
    edit_verbs: Collection[str],
    desk_endings: Collection[str],
    *,
    noted: bool = False,
) -> dict[str, str] | None:
    """``{"published", "origin"}`` of a post stamp (module doc), else None.

    ``noted``: the stamp closes a page's text as a note wrapped whole in round brackets
    (``（某某部　2031年4月2日更新）``): the desk's note of the day it last put the page
    up, its editor's verb too (a page's only date of its current version, as a card's
    ``更新日期`` row dates it); a bare row with the verb stays unread.

    >>> from cleaner.stages.split_dates import normalise_date as nd
    >>> v, e, d = ("发布", "发表", "更新"), ("更新",), ("科", "股")
    >>> posted_desk("2031-04-02 发布 · 宣传推广部", nd, v, e, d)
    {'published': '2031-04-02', 'origin': '宣传推广部'}
    >>> posted_desk("（营销策划部　2031年4月2日发布）", nd, v, e, d)
    {'published': '2031-04-02', 'origin': '营销策划部'}
    >>> posted_desk("售票服务室 ｜ 2031.4.2 发表", nd, v, e, d)
    {'published': '2031-04-02', 'origin': '售票服务室'}

    No posting verb, an editor's verb, a third cell or a name that is no desk:

    >>> posted_desk("2031-04-02 · 宣传推广部", nd, v, e, d)
    >>> posted_desk("2031-04-02 更新 · 宣传推广部", nd, v, e, d)
    >>> posted_desk("2031-04-02 发布 · 宣传推广部 · 阅读 12 次以上", nd, v, e, d)
    >>> posted_desk("2031-04-02 发布 · 林小某", nd, v, e, d)

    A closing note in brackets with the editor's verb, read only as ``noted``:

    >>> posted_desk("（医务科　2031年4月2日更新）", nd, v, e, d, noted=True)
    {'published': '2031-04-02', 'origin': '医务科'}
    >>> posted_desk("（医务科　2031年4月2日更新）", nd, v, e, d)
    >>> posted_desk("医务科　2031年4月2日更新", nd, v, e, d, noted=True)

    A dash before the stamp (``—— 会员服务部　2031-04-02 发布``), as a credit line opens, is
    no cell of it:

    >>> posted_desk("—— 会员服务部　2031-04-02 发布", nd, v, e, d)
    {'published': '2031-04-02', 'origin': '会员服务部'}
    """
    s = _DASH_LEAD.sub("", line.strip())
    if len(s) > MAX_CHARS:
        return None
    if (whole := _WHOLE_ROUND.match(s)) is not None:
        s = whole["row"]
    elif noted:
        return None
    cells = [c for c in _CELLS.split(s) if c]
    if len(cells) != 2:
        return None
    dated = [m for c in cells if (m := _DATE_VERB.match(c)) is not None]
    if len(dated) != 1:
        return None
    m = dated[0]
    if not (noted and m["verb"] in edit_verbs) and (
        m["verb"] not in verbs or m["verb"] in edit_verbs
    ):
        return None
    day = normalise(m["date"])
    if day is None:
        return None
    name = cells[1] if _DATE_VERB.match(cells[0]) else cells[0]
    desk = dated_desk(f"{m['date']}\u3000{name}", day, normalise, desk_endings)
    if desk is None:
        return None
    return {"published": day, "origin": desk}


#: a line of prose ends in a sentence's mark (or a quote or bracket closing one)
_PROSE_END = re.compile(r"[。！？!?.…][”’」』）)]?$")
_OPENS_DATE = re.compile(r"^[（(]?\s*\d{4}\s*[-./年]\s*\d{1,2}")


def closes_prose(above: str) -> bool:
    """Whether a post stamp under the line ``above`` closes a page's prose, so that the
    stamp is the page's: the line above is a sentence, not a row of a list of the same
    dated shape (a changelog's, an attachment list's: the stamp is the list's last row)
    nor a list's head closed by a colon.

    >>> closes_prose("活动的筹备花了很长的时间，最后的效果让大家都很满意。")
    True
    >>> [closes_prose(s) for s in ["2031-03-02 发布 · 某组", "更新记录：", "附件.pdf"]]
    [False, False, False]
    """
    s = above.strip()
    return bool(_PROSE_END.search(s)) and not _OPENS_DATE.match(s)


_LABELLED = re.compile(
    r"^(?P<k>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,5})(?:\t+\s*|\u3000+|\s{2,})\S"
)
#: the words that close a label naming a day or a time ('开幕时间', '截止日期')
_TIME_WORDS = ("时间", "日期", "时段", "时刻", "時間", "時段", "時刻")


def event_date_row(
    line: str, field_of: Callable[[str], str | None], events: Collection[str]
) -> bool:
    """``line`` is a label naming the time of something else than the page's publishing,
    a gap, and its value (``开幕时间<TAB>2031年5月1日``, a table's row read out): a label no
    field table knows, with one of ``events`` (``[meta] event_words``) before its time
    word, so the date is the event's, no publish date (the colon's form of the same row
    reads no field either).  A bare ``时间`` / ``日期``, or a label of the page's own day
    (``入库时间``), is no event's.

    >>> known = {"发布时间": "published", "信息时间": "published"}.get
    >>> ev = ("开幕", "截止", "报名")
    >>> event_date_row("开幕时间\t2031年5月1日 19:30", known, ev)
    True
    >>> event_date_row("截 止 日 期　2031-05-01", known, ev)
    True
    >>> [event_date_row(s + "\t2031-05-01", known, ev) for s in ["发布时间", "信息时间"]]
    [False, False]
    >>> [event_date_row(s + "　2031-05-01", known, ev) for s in ["日期", "时间", "入库时间"]]
    [False, False, False]
    >>> event_date_row("某某局　2031-05-01", known, ev)  # a name beside a date: no label
    False
    """
    m = _LABELLED.match(line.strip())
    if m is None:
        return False
    label = re.sub(r"[ \u3000]", "", m["k"])
    word = next((w for w in _TIME_WORDS if label.endswith(w)), None)
    if word is None or field_of(label) is not None:
        return False
    return any(e in label[: -len(word)] for e in events)
