"""A page's own title that the site lists on its other pages.

A notice site closes every page with a list of its other notices (``往期通知：`` and three
titles): a notice's title recurs on the pages that list it, and the site profile learns
it as chrome (a footer's item, or with its figures masked a shape).  On the notice's own
page that line is its title, at the top of the body under the site's head.  HTML pages
say so with their headings (:func:`repeat_keeps.own_heading`); a text page has none, so
:func:`own_title` reads the shape: the first learned line under the head, with only weak
signals (no cue word, no menu separators), that reads as a document's title (it ends in a
document kind, ``title_endings``, and holds no sentence or clause mark).

A title of any wording shows itself by its info row: a learned line right over or under a
row dated like a document's (``发布日期：…``, ``2021-03-09 16:20 …``) is a piece's title, at
the top of a single page or over each piece of a page that gathers several, on a text or an
HTML page (:func:`dated_titles`); the row stays too, for the split stage to read as the
piece's metadata.  A related list of the site's other titles stays chrome: no text of the
page's own under it.  On an HTML page (its headings name its own titles: the stage keeps
those) a line the site prints word for word on more than half of its pages is no title by
its row (``widespread``): an issuer signing off over a bare date, a label under an
answer's dated byline.  A text page has no such cap: a small site's related lists put a
title on more than half of its pages.

A series titles its pages with one wording and a number (``每日一练：第12期``,
``第3课　认识工具``): the site profile learns the title as a shape with the number
masked, on every page.  The first such line under the site's head, with the page's own
text glued under it, is the page's title (:func:`series_title`); kept and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

__all__ = ["MAX_TITLE_SUPPORT", "dated_titles", "heads_under", "own_title", "series_title"]

#: A document title is at least this long (a menu's '通知公告' is no title).
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 80
_PUNCT = re.compile(r"[，。；！？：,;!?:|｜>»]")
# cells apart (a running head's '第3期　　　某刊　　　Vol. 3'): a row, no title
# (wider than cell_gaps.CELL_GAP: a title may hold one ideographic space or two spaces)
_CELL_GAP = re.compile(r"\t|\u3000{2,}| {3,}")


def own_title(
    stripped: list[str],
    hits: Mapping[int, object],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Mapping[int, object],
    endings: tuple[str, ...],
) -> int | None:
    """The line of the page's own title among the learned ``hits``, or None: the first
    non-empty line that no rule claimed below lines all learned or claimed (the site's
    head), a learned line with weak ``signals`` only, titled like a document, once on
    the page, with a line of the page's own (no hit, no claim) somewhere below.

    >>> t = "关于开展秋季体检的通知"
    >>> page = ["某站首页｜通知", t, "各位居民：", "正文。", t]
    >>> own_title(page[:4], {0: 1, 1: 1}, {0: ("menu",), 1: ("short",)}, {}, ("通知",))
    1
    >>> own_title(page, {0: 1, 1: 1, 4: 1}, {0: ("menu",), 1: ("short",)}, {}, ("通知",))
    >>> own_title(page[:4], {0: 1, 1: 1}, {0: ("menu",), 1: ("cue:related",)}, {}, ("通知",))
    """
    for i, s in enumerate(stripped):
        if not s or i in claimed:
            continue
        if i not in hits:
            return None  # the body opens here: no learned line on top of it
        sig = signals.get(i, ())
        if any(x.startswith("cue:") or x == "menu" for x in sig):
            continue  # the site's head
        if not TITLE_MIN_CHARS <= len(s) <= TITLE_MAX_CHARS or not s.endswith(endings):
            continue
        if _PUNCT.search(s) or sum(1 for t in stripped if t == s) > 1:
            return None
        below = range(i + 1, len(stripped))
        if any(stripped[k] and k not in hits and k not in claimed for k in below):
            return i
        return None
    return None


#: a marker framed by rules on both sides (``—— 以下没有更多了 ——``, ``--- 完 ---``): the
#: end (or a part) of a page's list or text, never a title
_FRAMED = re.compile(r"^[—─━\-－=＝~～]{2,}.*\S.*[—─━\-－=＝~～]{2,}$")


def _titled(s: str) -> bool:
    """A title-shaped line: its length, no clause mark (but a question's closing mark: a
    question asked as a title), no cell gap, no framing rules.

    >>> _titled("某小区健身器材统一更换通知"), _titled("—— 以下没有更多了 ——")
    (True, False)
    >>> _titled("某类证明应当到哪里开具？"), _titled("请先登录，再提交？"), _titled("真的吗？？")
    (True, False, False)
    """
    return (
        TITLE_MIN_CHARS <= len(s) <= TITLE_MAX_CHARS
        and _PUNCT.search(s[:-1] if s[-1:] in "?？" else s) is None
        and _CELL_GAP.search(s) is None
        and _FRAMED.match(s) is None
    )


#: On an HTML page, a title by its row is printed word for word on at most this share
#: (0-100) of the site's pages.
MAX_TITLE_SUPPORT = 50.0
# a row that opens with a date, bare or under a short label: ``2021-03-09 16:20 …``
_DATE_OPENS = re.compile(
    r"^(?:[^\s:：]{1,10}\s*[:：]\s*)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)


def dated_titles(
    stripped: list[str],
    hits: Mapping[int, object],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Mapping[int, object],
    dated_row: Callable[[str], bool],
    widespread: Collection[int] = (),
) -> list[int]:
    """The learned lines that are titles by their info row, with those rows: a title-
    shaped learned line (no clause mark, weak ``signals``, once on the page, not
    ``widespread``: on an HTML page, learned word for word on more than
    MAX_TITLE_SUPPORT % of the site's pages) with a dated row (a labelled one,
    ``dated_row``, or one opening with a date; once on the page) right above or below
    it, and a line of the page's own (no hit, no claim) below both: a list of the site's
    other titles in the foot has no own line under it.

    >>> rows = ["某站首页｜说明", "甲软件 1.2 版说明", "日期：2021-03-09", "正文。", "相关", "乙"]
    >>> hit = {0: 1, 1: 1, 2: 1, 4: 1, 5: 1}
    >>> sig = {0: ("menu",)}
    >>> dated_titles(rows, hit, sig, {}, lambda s: s.startswith("日期："))
    [1, 2]
    >>> dated_titles(rows[:3], hit, sig, {}, lambda s: s.startswith("日期："))
    []
    >>> dated_titles(rows, hit, sig, {}, lambda s: False, widespread={1})  # on most pages
    []
    >>> bare = ["某应用 3.1.0 版更新说明", "2021-03-09 16:20　阅读 32", "本次更新修正了问题。"]
    >>> dated_titles(bare, {0: 1, 1: 1}, {}, {}, lambda s: False)
    [0, 1]
    """
    filled = [i for i, s in enumerate(stripped) if s and i not in claimed]
    own = [i for i in filled if i not in hits]
    if not own:
        return []
    last_own = own[-1]
    out: list[int] = []
    for n, i in enumerate(filled):
        s = stripped[i]
        if i not in hits or i >= last_own or i in widespread or not _titled(s):
            continue
        if any(x.startswith("cue:") or x == "menu" for x in signals.get(i, ())):
            continue
        if sum(1 for t in stripped if t == s) > 1:
            continue
        for k in (n + 1, n - 1):
            if not 0 <= k < len(filled):
                continue
            row = stripped[filled[k]]
            if not (dated_row(row) or _DATE_OPENS.match(row)):
                continue
            if sum(1 for t in stripped if t == row) == 1 and filled[k] < last_own:
                out.append(i)
                if filled[k] in hits:
                    out.append(filled[k])
                break
    return sorted(set(out))


#: What a per-page counter of the head looks like (a date, a clock, a page number): no title.
_COUNTER = re.compile(r"(19|20)\d\d|\d{1,2}:\d\d|第\s*\d+\s*页|共\s*\d+|\d+\s*/\s*\d+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def series_title(
    stripped: list[str],
    hits: Mapping[int, object],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Mapping[int, object],
    shapes: Mapping[int, bool],
) -> int | None:
    """The line of the page's own title when the site numbers its titles, or None: the
    first non-empty line that no rule claimed, below lines all learned or claimed, a
    learned *shape* (``shapes[i]``: masked figures, different on each page) with weak
    ``signals`` only, four Han characters or more, no counter (a date, a clock, a page
    number: the head's row, passed over), and the page's own text (no hit, no claim) on
    the next non-empty line or under short section headings the site repeats
    (:func:`heads_under`).  The stage asks only when no title over a dated row was
    found (:func:`dated_titles` keeps the title and reads its row).

    >>> page = ["某站首页｜菜谱", "家常菜谱：第2道", "先把鸡蛋打散。"]
    >>> series_title(page, {0: 1, 1: 1}, {0: ("menu",), 1: ("short",)}, {}, {1: True})
    1
    >>> series_title(page, {0: 1, 1: 1}, {0: ("menu",), 1: ("short",)}, {}, {1: False})
    >>> day = ["某站首页｜菜谱", "今天是2024年3月2日", "先把鸡蛋打散。"]
    >>> series_title(day, {0: 1, 1: 1}, {0: ("menu",), 1: ("short",)}, {}, {1: True})
    >>> day.insert(2, "家常菜谱：第2道")
    >>> series_title(day, {0: 1, 1: 1, 2: 1}, {0: ("menu",)}, {}, {1: True, 2: True})
    2
    """
    for i, s in enumerate(stripped):
        if not s or i in claimed:
            continue
        if i not in hits:
            return None  # the body opens here
        sig = signals.get(i, ())
        if any(x.startswith("cue:") or x == "menu" for x in sig):
            continue  # the site's head
        if not shapes.get(i):
            continue  # a line the site repeats word for word: its name, a slogan
        if len(_HAN.findall(s)) < 4 or _COUNTER.search(s) or _CELL_GAP.search(s):
            continue  # a counter row of the head (a date, a page number)
        return i if heads_under(stripped, i, hits, signals, claimed) is not None else None
    return None


#: A section heading the site repeats over every page's text is at most this long.
HEAD_MAX_CHARS = 16
HEADS_MAX = 2


def heads_under(
    stripped: list[str],
    i: int,
    hits: Mapping[int, object],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Mapping[int, object],
) -> list[int] | None:
    """The learned lines between line ``i`` and the page's own text under it: at most
    HEADS_MAX short ones without a cue word or menu separators (section headings the
    site repeats over every page's items, '新增功能'), none when the own text follows
    right away; ``None`` when no own line follows that way.

    >>> page = ["某笔记 2.0 说明", "新增功能", "◎夜间模式。"]
    >>> heads_under(page, 0, {0: 1, 1: 1}, {1: ("short",)}, {})
    [1]
    >>> heads_under(page, 0, {0: 1, 1: 1}, {1: ("cue:share",)}, {})
    """
    heads: list[int] = []
    for k in range(i + 1, len(stripped)):
        s = stripped[k]
        if not s:
            continue
        if k in claimed:
            return None
        if k not in hits:
            return heads
        sig = signals.get(k, ())
        cue = any(x.startswith("cue:") or x == "menu" for x in sig)
        if cue or len(s) > HEAD_MAX_CHARS or len(heads) >= HEADS_MAX or _PUNCT.search(s):
            return None
        heads.append(k)
    return None
