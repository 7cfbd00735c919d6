"""A pager at the page's foot told by its pair, and the rights sentence right over it.

The ``prev_next`` rule of ``boilerplate_generic.toml`` names the pager's item words it
knows (``上一篇``, ``下一页`` …); a site that pages by another item (a magazine by its
column, a course by its unit) prints ``上一X：A`` over ``下一X：B`` with a word no list
holds.  The *pair* names it (rule ``boilerplate.pager_pair``): two adjacent lines, one
labelled "previous" and one "next" (``上一``/``前一`` and ``下一``/``后一``, or
``Previous``/``Next``), with the same item word of one to three letters (or one English
word), each followed by a short link that is no sentence, and nothing but chrome below
them.  A pair inside the text (a how-to's ``上一步：…``/``下一步：…``, a family tree's
``上一代``/``下一代``: the text's own parts, :data:`TEXT_PARTS`) stays, and so does a
single labelled line (no pair) or a pair with prose below it.

Right over the pager a site sets its rights note (rule ``boilerplate.foot_rights``): one
sentence speaking of copyright or reposting (the ``legal`` cue of
``site_repeat_keep.toml``, widened to traditional forms), with the claimed pager, and only
chrome, below it.  A sentence of the text has no pager under it and stays.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from cleaner.rules.han_forms import widen
from cleaner.stages.foot_lines import foot_zone
from cleaner.stages.split_page import filled_from

PAGER_PAIR = "boilerplate.pager_pair"
FOOT_RIGHTS = "boilerplate.foot_rights"

#: item words that name a text's own parts, never a pager's items
TEXT_PARTS = frozenset("步代节節卷份半句段行层層级級代辈輩")
#: of those, the parts of a book a chronicle or a textbook site pages by: a pair of them
#: is the pager's when both links are the headings of such parts (:func:`_part_heading`)
BOOK_PARTS = frozenset("节節卷")
#: a numbered part's heading: ``第二章　某某``, ``卷三 某某``, ``第3节``, ``1.2　某某``; the
#: number, then nothing or a gap and a short name (``第三章将讨论…`` runs on: a sentence)
_PART_HEADING = re.compile(
    r"^(?:第[ \t]*[0-9〇零一二三四五六七八九十百]{1,4}[ \t]*[章节節卷回篇部编編辑輯]"
    r"|卷[ \t]*[0-9〇零一二三四五六七八九十百]{1,4}"
    r"|[0-9]{1,2}(?:\.[0-9]{1,2}){1,2})"
    r"(?:(?:[ \t\u3000]+|[·・：:])[^\s。！？!?，,；;]{1,16})?$"
)
#: the longest rights sentence taken
RIGHTS_MAX = 120

_SP = r"[ \t\u3000]*"
_HAN = re.compile(
    rf"^(?P<dir>[上前下后後])一(?P<item>[\u4e00-\u9fff]{{1,3}}){_SP}[:：]{_SP}(?P<link>\S.{{0,40}})$"
)
_LATIN = re.compile(
    rf"^(?P<dir>prev(?:ious)?|next)[ \t]+(?P<item>[a-z]{{2,12}}){_SP}:{_SP}(?P<link>\S.{{0,60}})$",
    re.IGNORECASE,
)
_SENT_END = "。！？!?．"


def _label(s: str) -> tuple[bool, str] | None:
    """``(is_previous, item word)`` of a pager line, or None.

    >>> _label("上一欄：散文"), _label("Next section: Tides"), _label("下一步：打開蓋子。")
    ((True, '欄'), (False, 'section'), None)
    """
    m = _HAN.match(s) or _LATIN.match(s)
    if m is None:
        return None
    link = m["link"].strip()
    if link[-1] in _SENT_END or any(c in link for c in "，,；;"):
        return None  # a sentence, not a link's title
    item = m["item"].lower()
    if any(c in TEXT_PARTS for c in item) and not (item in BOOK_PARTS and _part_heading(link)):
        return None
    return m["dir"].lower() in ("上", "前", "prev", "previous"), item


def _part_heading(link: str) -> bool:
    """Is a pager's link a numbered part's heading (the book's next section or volume)?

    >>> _part_heading("第二章　鄉賢"), _part_heading("卷三 風俗"), _part_heading("2.3　集合的运算")
    (True, True, True)
    >>> _part_heading("第三章将讨论函数的极限"), _part_heading("复习函数的极限")
    (False, False)
    """
    return _PART_HEADING.match(link) is not None


@lru_cache(maxsize=1)
def _legal() -> re.Pattern[str]:
    """The ``legal`` cue of ``site_repeat_keep.toml``, matching traditional forms too."""
    from cleaner.rules import load_table

    cue = next(c for c in load_table("site_repeat_keep")["cue"] if c["name"] == "legal")
    return re.compile(widen(cue["pattern"]))


def _rights(s: str) -> bool:
    """One sentence about rights or reposting.

    >>> _rights("本站文章版權歸作者所有，轉載請註明出處。"), _rights("她把信放回抽屜。")
    (True, False)
    """
    if not s or len(s) > RIGHTS_MAX or s[-1] not in _SENT_END:
        return False
    if any(c in _SENT_END for c in s[:-1]):
        return False  # two sentences: a paragraph, not a note
    return _legal().search(s) is not None


def _may_pair(stripped: Sequence[str]) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`foot_pager`: a pair is two
    pager lines, each with a colon after its item word (:data:`_HAN`, :data:`_LATIN`);
    a page with fewer colons has no pair.

    >>> _may_pair(["上一輯：春", "下一輯:夏"]), _may_pair(["上一輯：春", "下一輯 夏"])
    (True, False)
    """
    text = "\n".join(stripped)
    return text.count(":") + text.count("：") >= 2


def foot_pager(stripped: Sequence[str], claimed: Collection[int]) -> dict[int, str]:
    """The lines of a paired pager at the foot and of the rights sentence over it.

    >>> page = ["正文第一段，寫了很多事情。", "本刊作品版權歸作者所有，請勿轉載。",
    ...         "上一輯：春", "下一輯：夏"]
    >>> sorted(foot_pager(page, set()).items())  # doctest: +NORMALIZE_WHITESPACE
    [(1, 'boilerplate.foot_rights'), (2, 'boilerplate.pager_pair'),
     (3, 'boilerplate.pager_pair')]
    >>> foot_pager(["上一步：打開", "下一步：關上"], set())  # the text's own steps
    {}
    """
    out: dict[int, str] = {}
    if not _may_pair(stripped):
        return out
    for i, s in enumerate(stripped):
        first = _label(s) if s else None
        if first is None:
            continue
        j = filled_from(stripped, i, 1)
        second = _label(stripped[j]) if j is not None else None
        if j is None or second is None:
            continue
        if first[1] != second[1] or first[0] == second[0]:
            continue  # not one item word, or not one previous and one next
        taken = {*claimed, *out, i, j}
        if not foot_zone(stripped, j, taken):
            continue  # prose below: the text's own pair
        out[i] = out[j] = PAGER_PAIR
        above = filled_from(stripped, i, -1)
        if above is not None and above not in claimed and _rights(stripped[above]):
            out[above] = FOOT_RIGHTS
    return out
