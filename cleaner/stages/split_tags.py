"""A piece's opener line: a bracketed category tag and a running serial, nothing else.

A newsletter or a bulletin may open each piece with its column's tag and the piece's
serial (``【栏目】No.0213``, ``[简讯] 第12号``, ``〔动态〕№ 7``) on a line of its own, over
the piece's title (and its byline row, above or below the title).  The line is no title
(no words of the piece's own) and no text: it is the piece's header, neither content nor
a metadata field.  :func:`tag_serial` reads one; :func:`tags_over` finds the run of them
over a page's headers, each the line right above its piece's header block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from cleaner.stages.split_page import nonempty

__all__ = [
    "banner_closers",
    "banner_titles",
    "coded_serial",
    "framed_serial",
    "serial_run",
    "tag_first",
    "tag_over_headline",
    "tag_serial",
    "tags_over",
]

# a bracketed tag of a few letters (no digit: '【2021】' is a year), then a serial: an
# optional number sign or word ('No.', '#', '第') and digits, an optional count word
_TAG_SERIAL = re.compile(
    r"^[【\[〔［](?P<tag>[^】\]〕］\d\s]{1,8})[】\]〕］]\s*"
    r"(?:No\.?|NO\.?|no\.?|№|#|＃|第)?\s*(?P<serial>\d{1,6})\s*[期号號篇]?$"
)


# the same between two runs of one ornament ('■■■ 某栏 · 02 ■■■', '== 专栏 No.3 =='): a
# banner drawn over each piece, its serial after the tag and a separator
_FRAMED_SERIAL = re.compile(
    r"^(?P<o>([^\w\s（）()【】《》「」『』“”\"'，。！？、；：,.!?;:])\2{0,5})[ \t\u3000]*"
    r"(?P<tag>[\u4e00-\u9fff]{1,8}|[A-Za-z]{2,8})[ \t\u3000]*[·・•|｜:：-]?[ \t\u3000]*"
    r"(?:No\.?|NO\.?|no\.?|№|#|＃|第)?[ \t]*(?P<serial>\d{1,6})[ \t]*[期号號篇封]?"
    r"[ \t\u3000]*(?P<c>([^\w\s（）()【】《》「」『』“”\"'，。！？、；：,.!?;:])\6{0,5})$"
)
#: Ornaments drawn as a mirrored pair round a banner (``◤ 某栏 · 3 ◢``, ``▶ 某栏 · 3 ◀``).
_MIRROR = dict(zip("◤◢◥◣▶◀►◄▷◁»«☞☜", "◢◤◣◥◀▶◄►◁▷«»☜☞", strict=True))


def _framed(s: str) -> re.Match[str] | None:
    """The banner's match when its closing ornaments repeat the opening ones (two at
    least) or mirror them (one is enough: ``◤ … ◢``)."""
    m = _FRAMED_SERIAL.match(s)
    if m is None:
        return None
    o, c = m["o"], m["c"]
    if (c == o and len(o) >= 2) or c == "".join(_MIRROR.get(x, "") for x in o):
        return m
    return None


def framed_serial(line: str) -> bool:
    """``line`` is a tag and a serial between two runs of one ornament (a banner).

    >>> framed_serial("■■■ 某栏 · 02 ■■■"), framed_serial("【园地】No.0213")
    (True, False)
    >>> framed_serial("◤ 某栏 · 2 ◢"), framed_serial("▶▶ 某栏 · 2 ◀◀")
    (True, True)
    >>> framed_serial("◤ 某栏 · 2 ◤")
    False
    >>> framed_serial("◤ 某栏 · 2 ◀"), framed_serial("■■ 某栏 · 02 ■")
    (False, False)
    """
    return _framed(line.strip()) is not None


# a serial, then a labelled code ('No.2　课程代码 K2136', '#3 编号：0912'; a bare number
# after the label only behind a colon: 'No.2 某展 2019' is a title): a catalogue's mark
# over each entry, the entry's number and its code, no word of its own
_CODED_SERIAL = re.compile(
    r"^(?:No\.?|NO\.?|no\.?|№|#|＃)\s*(?P<serial>\d{1,4})[ \t\u3000]+"
    r"(?P<tag>[^\W\d_]{2,8})(?:\s*[:：]\s*[A-Za-z]{0,4}|[ \t\u3000]+[A-Za-z]{1,4})-?\d{2,8}$"
)


def coded_serial(line: str) -> bool:
    """``line`` is a serial and a labelled code (``No.2　课程代码 K2136``): a catalogue's
    mark over each entry, no word of the entry's own, so the entry's bare title under it
    stays its first line of text (as under a banner, :func:`framed_serial`).

    >>> coded_serial("No.2　课程代码 K2136"), coded_serial("#3 编号：0912")
    (True, True)
    >>> coded_serial("No.2　课程代码为本期新开"), coded_serial("No.2 某展 2019")
    (False, False)
    """
    return _CODED_SERIAL.match(line.strip()) is not None


# the serial first, then a bar and the column's tag ('No.03 ｜ 某栏', '#2 / 某栏', '第4期 · 某栏'):
# the number sign or word is needed (a bare '3 | 某栏' may be a list's row), the tag a few
# letters of one script, no digit and no mark (a title has words of its own)
_SERIAL_TAG = re.compile(
    r"^(?:No\.?|NO\.?|no\.?|№|#|＃|第)[ \t]*(?P<serial>\d{1,4})[ \t]*[期号號篇]?"
    r"[ \t\u3000]*[|｜·・•/／][ \t\u3000]*"
    r"(?P<tag>[\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z ]{1,15}[A-Za-z])$"
)


def _serial(line: str) -> re.Match[str] | None:
    s = line.strip()
    return _TAG_SERIAL.match(s) or _CODED_SERIAL.match(s) or _SERIAL_TAG.match(s) or _framed(s)


def tag_first(line: str) -> bool:
    """``line`` is a serial, a bar and a column's tag (``No.03 ｜ 某栏``): a kicker set over
    each piece's bare title, which stays the piece's first line of text (as under a
    banner, :func:`framed_serial`).

    >>> tag_first("No.03 ｜ 某栏"), tag_first("#2 / Field notes"), tag_first("第4期 · 某栏")
    (True, True, True)
    >>> tag_first("3 ｜ 某栏"), tag_first("No.3 ｜ 某栏写了三件事，很长"), tag_first("【某栏】No.3")
    (False, False, False)
    """
    return _SERIAL_TAG.match(line.strip()) is not None


def tag_serial(line: str) -> bool:
    """``line`` is a tag and a serial alone (bracketed, or framed by ornaments).

    >>> tag_serial("【园地】No.0213"), tag_serial("[简讯] 第12号"), tag_serial("〔动态〕№ 7")
    (True, True, True)
    >>> tag_serial("■■■ 某栏 · 02 ■■■"), tag_serial("== 专栏 No.3 =="), tag_serial("== 3 ==")
    (True, True, False)
    >>> tag_serial("【园地】本期推荐三篇文章"), tag_serial("【2021】12"), tag_serial("No.0213")
    (False, False, False)
    >>> tag_serial("=== entry 2/5 ==="), tag_serial("■■ 某栏 · 02 ◆◆")
    (False, False)
    >>> tag_serial("No.2　课程代码 K2136"), tag_serial("No.2　课程代码为本期新开")
    (True, False)
    """
    return _serial(line) is not None


def tags_over(
    lines: Sequence[str], heads: Sequence[int], over: Mapping[int, int] | None = None
) -> dict[int, int]:
    """``{header line: tag line}``: the tag-and-serial line right above each header's
    block (the header, or the row over it: ``over`` maps a header to that row), for a
    run of two headers at least whose every header after the first has one (the first
    one's may have gone with the page's head), the tags of distinct serials.  Else {}.

    >>> page = ["【甲栏】No.1", "甲题", "正文。", "【乙栏】No.2", "乙题", "正文。"]
    >>> tags_over(page, [1, 4])
    {1: 0, 4: 3}
    >>> tags_over(page, [1, 4], {4: 3})  # the row over the second title has no tag above
    {}
    >>> tags_over(["甲题", "正文。", "【乙栏】No.2", "乙题"], [0, 3])
    {3: 2}
    >>> tags_over(["甲题", "【注】No.1", "乙题"], [0, 2, 2])
    {}
    """
    if len(heads) < 2:
        return {}
    filled = set(nonempty(list(lines)))
    over = over or {}
    out: dict[int, int] = {}
    serials: set[str] = set()
    prev = -1
    for k, h in enumerate(heads):
        top = over.get(h, h)
        above = next((j for j in range(top - 1, prev, -1) if j in filled), None)
        m = _serial(lines[above]) if above is not None else None
        if m is None or above is None:
            if k == 0:
                prev = h
                continue
            return {}
        if m["serial"] in serials:
            return {}
        serials.add(m["serial"])
        out[h] = above
        prev = h
    return out if len(out) >= max(1, len(heads) - 1) else {}


# a bracketed category tag alone: a few letters, no digit ('【2021】' is a year), no mark
_TAG_ALONE = re.compile(r"^[【\[〔［](?P<tag>[^】\]〕］\d\s\W]{1,6})[】\]〕］]$")
# an issue's number alone ('Vol.30', 'EP 12', '第30期'): a series' tag over an episode's title
_ISSUE_ALONE = re.compile(
    r"^(?:(?:Vol|VOL|vol|EP|Ep|ep|No|NO)\.?\s*\d{1,4}|第\s*\d{1,4}\s*[期集])$"
)


def tag_over_headline(top: Sequence[str], names: Sequence[str | None]) -> list[int]:
    """Which of a lone page's first lines ``top`` are its tag over its headline: a
    bracketed category tag alone (``【活动】``) right over the line the page names as its
    headline (``names``: its ``<title>``, ``<h1>``, headings), and the copy of that line
    the reader set above the tag.  The tag files the page under a column: no title, no
    text (the piece's header).  An issue's number alone (``Vol.30``, ``第30期``) over an
    episode's headline is its series' tag the same way.  A tag under the headline is a
    section of the text.

    >>> tag_over_headline(["【活动】", "某馆春季开放", "正文。"], ["某馆春季开放"])
    [0]
    >>> tag_over_headline(["某馆春季开放", "【活动】", "某馆春季开放", "正文。"], ["某馆春季开放"])
    [0, 1]
    >>> tag_over_headline(["某馆春季开放", "【活动】", "正文。"], ["某馆春季开放"])
    []
    >>> tag_over_headline(["【活动说明】", "正文说起今年的安排。"], ["某馆春季开放"])
    []
    >>> tag_over_headline(["Vol.30", "某馆春季开放", "正文。"], ["某馆春季开放"])
    [0]
    >>> tag_over_headline(["Vol.30", "正文。"], ["某馆春季开放"])
    []
    """
    heads = {n.strip() for n in names if n and n.strip()}
    for k in (0, 1):
        tag = top[k].strip() if k + 1 < len(top) else ""
        if (_TAG_ALONE.match(tag) or _ISSUE_ALONE.match(tag)) and top[k + 1].strip() in heads:
            if k == 1 and top[0].strip() != top[2].strip():
                return []
            return list(range(k + 1))
    return []


def serial_run(stripped: Sequence[str]) -> list[int]:
    """The tag-and-serial lines of a page whose serials run 1, 2, 3 … in page order
    (two at least): each opens a piece of a compilation, the mark the split stage reads
    the pieces by (:func:`tags_over`), however often the site prints it.  Else [].

    >>> serial_run(["■■ 某栏 · 01 ■■", "甲题", "正文。", "■■ 某栏 · 02 ■■", "乙题"])
    [0, 3]
    >>> serial_run(["■■ 某栏 · 01 ■■", "甲题", "正文。", "■■ 某栏 · 03 ■■", "乙题"])
    []
    """
    found = [(i, m) for i, x in enumerate(stripped) if x and (m := _serial(x)) is not None]
    if len(found) < 2 or any(int(m["serial"]) != k for k, (_, m) in enumerate(found, 1)):
        return []
    return [i for i, _ in found]


#: A banner's bare title is at most this long and stands within this many filled lines
#: under the banner (metadata rows between).
BANNER_TITLE_MAX = 40
BANNER_REACH = 3
_SENTENCE_END = re.compile(r"[。！？!?；;]$|[，,]")


def banner_titles(
    lines: Sequence[str],
    heads: Sequence[tuple[int, str, str]],
    read: Callable[[str], dict[str, str] | None],
) -> list[tuple[int, str, str]]:
    """When every header found is a banner of a tag and a serial (``◤ 某栏 · 2 ◢``, the
    serials running 1, 2, 3 …), the pieces' titles: each the first filled line under its
    banner that no metadata reader takes as a row (``read``: the air or date row between
    banner and title), short and no sentence; as ``(line, rule, title)``.  The banner is
    the piece's header, never its title.  [] when any banner has no such line.

    >>> def read(s):
    ...     return {"published": s[3:]} if s.startswith("日期：") else None
    >>> page = ["◤ 某栏 · 1 ◢", "日期：2020-01-02", "甲题", "正文。"]
    >>> page += ["◤ 某栏 · 2 ◢", "乙题", "正文。"]
    >>> banner_titles(page, [(0, "g", "某栏 · 1 ◢"), (4, "g", "某栏 · 2 ◢")], read)
    [(2, 'g', '甲题'), (5, 'g', '乙题')]
    >>> prose = ["◤ 某栏 · 1 ◢", "正文说起一件事，很长。", "◤ 某栏 · 2 ◢", "乙题"]
    >>> banner_titles(prose, [(0, "g", "x"), (2, "g", "y")], read)
    []
    >>> plain = ["甲题", "正文。", "乙题", "正文。"]
    >>> banner_titles(plain, [(0, "g", "甲题"), (2, "g", "乙题")], read)
    []
    """
    if len(heads) < 2:
        return []
    stripped = [x.strip() for x in lines]
    marks = [_framed(stripped[h[0]]) for h in heads]
    if [int(m["serial"]) if m else 0 for m in marks] != list(range(1, len(heads) + 1)):
        return []
    filled = nonempty(list(lines))
    out: list[tuple[int, str, str]] = []
    for k, (h, rule, _) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        below = [j for j in filled if h < j < stop][:BANNER_REACH]
        title = next((j for j in below if not read(stripped[j])), None)
        if title is None:
            return []
        t = stripped[title]
        if len(t) > BANNER_TITLE_MAX or _SENTENCE_END.search(t) or framed_serial(t):
            return []
        out.append((title, rule, t))
    return out


# a closing row: a short label, a colon and a short value with no sentence mark
# ('重播：次日 13:30', '时长：45分钟')
_CLOSING_ROW = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,4})[:：][ \t\u3000]*[^。！？!?；;，,]{1,20}$")


def banner_closers(
    lines: Sequence[str], banners: Sequence[int], titles: Sequence[int]
) -> list[int]:
    """The rows closing every piece of a bannered compilation: the last filled line of
    each piece (before the next banner; the last piece's, the first line under its title
    of the same label) when each is a short labelled row (:data:`_CLOSING_ROW`) and all
    share one label (``重播：次日 13:30``); the piece's metadata, no text.  Else [].  The
    last piece's row may be missing (gone with the page's tail) when two rows are read.

    >>> page = ["◤ 某栏 · 1 ◢", "甲题", "正文。", "重播：周三 09:30", "◤ 某栏 · 2 ◢", "乙题"]
    >>> banner_closers(page + ["正文。", "重播：周五 13:00", "页脚"], [0, 4], [1, 5])
    [3, 7]
    >>> banner_closers(page + ["正文。", "页脚"], [0, 4], [1, 5])
    []
    >>> warned = ["◤ 某栏 · 1 ◢", "甲题", "提示：请勿模仿，注意安全。", "◤ 某栏 · 2 ◢", "乙题"]
    >>> banner_closers(warned, [0, 3], [1, 4])
    []
    """
    if len(banners) < 2 or len(banners) != len(titles):
        return []
    filled = nonempty(list(lines))
    out: list[int] = []
    labels: set[str] = set()
    for b, t in zip(banners[1:], titles, strict=False):
        last = next((j for j in reversed(filled) if t < j < b), None)
        m = _CLOSING_ROW.match(lines[last].strip()) if last is not None else None
        if last is None or m is None:
            return []
        labels.add(m["k"])
        out.append(last)
    if len(labels) != 1:
        return []
    label = labels.pop()
    tail = next(
        (
            j
            for j in filled
            if j > titles[-1]
            and (m := _CLOSING_ROW.match(lines[j].strip())) is not None
            and m["k"] == label
        ),
        None,
    )
    if tail is not None:
        return [*out, tail]
    # the last piece's row may have gone with the page's tail: two rows still tell
    return out if len(out) >= 2 else []
