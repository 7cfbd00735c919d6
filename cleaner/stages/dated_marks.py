"""A dated line opened by a bullet or a pictograph: the date is the line's, not the glyph.

A post closes with its date ('2021-03-05', '更新于 2021年3月5日'); some sites set a glyph
before it ('• 2021-03-05', '📅 2021年3月5日', '▪ 更新于 2021-03-05').  The boilerplate
stage keeps the page's own figures closing its text (:func:`~cleaner.stages.block_rows.
closing_data`) and refuses a line holding a pictograph there: a counter bar under a
post ('👍 12', '♡ 收藏 59　↗ 分享').  A date is no counter: with the one glyph opening
the line set aside, a line that carries a whole calendar date in Arabic digits is read
as the same line without it (:func:`unmarked_date`).  Issue 12, real pages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: One glyph opening the line: a pictograph or shape (Unicode ``So``: '📅', '▪', '◆') or a
#: bullet dot ('•', '·'), an optional emoji variation selector, then optional spaces.
_LEAD = re.compile(r"^(\S)\ufe0f?[ \t\u3000]*")
_BULLETS = frozenset("•·‧∙⋅◦")
#: A whole calendar date in Arabic digits, year first ('2021-03-05', '2021年3月5日',
#: '2021.3.5') or last ('05/03/2021', '5.3.2021').
_WHOLE_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?!\d))"
)


def _glyph(ch: str) -> bool:
    return ch in _BULLETS or unicodedata.category(ch) == "So"


def unmarked_date(s: str) -> str:
    """``s`` without the one bullet or pictograph opening it when the rest carries a whole
    date and no other pictograph; else ``s`` as it is.

    >>> unmarked_date("📅 2021年3月5日"), unmarked_date("• 更新于 2021-03-05")
    ('2021年3月5日', '更新于 2021-03-05')
    >>> unmarked_date("👍 12"), unmarked_date("2021-03-05")  # a counter; no glyph
    ('👍 12', '2021-03-05')
    >>> unmarked_date("📅 2021-03-05 👁 40")  # a bar of pictograph counters: as it is
    '📅 2021-03-05 👁 40'
    """
    m = _LEAD.match(s)
    if m is None or not _glyph(m.group(1)):
        return s
    rest = s[m.end() :]
    if not _WHOLE_DATE.search(rest) or any(unicodedata.category(ch) == "So" for ch in rest):
        return s
    return rest


def marked_date(s: str) -> bool:
    """``s`` is a dated line opened by a glyph (:func:`unmarked_date` sets one aside).

    >>> marked_date("▪ 2021-03-05"), marked_date("2021-03-05"), marked_date("🔔 订阅本站")
    (True, False, False)
    """
    return unmarked_date(s) != s


def chrome_cued(signals: Iterable[str], s: str) -> bool:
    """A learned line's signals hold a cue word of chrome, the icon that opens a dated
    line (``cue:icon_lead`` on '📅 2021-03-05') aside: that glyph is the date's.

    >>> chrome_cued(("short", "cue:icon_lead"), "📅 2021-03-05")
    False
    >>> chrome_cued(("short", "cue:icon_lead"), "🔔 订阅 12 个频道")
    True
    """
    glyph_date = marked_date(s)
    return any(x.startswith("cue:") and not (glyph_date and x == "cue:icon_lead") for x in signals)


#: The number mask of a site shape (``site_counts``) and a whole date written in masks
#: ('⟨N⟩-⟨N⟩-⟨N⟩', '⟨N⟩年⟨N⟩月⟨N⟩日', '⟨N⟩/⟨N⟩/⟨N⟩').
_MASK = "⟨N⟩"
_MASKED_DATE = re.compile(r"⟨N⟩\s*(?:([-/.])\s*⟨N⟩\s*\1\s*⟨N⟩|年\s*⟨N⟩\s*月\s*⟨N⟩\s*日?)")


def date_only_shape(key: str) -> bool:
    """The site shape ``key`` masks one whole date and no other figure: a row whose only
    value that changes from page to page is a day (a piece's dated row of labelled cells,
    ``入库　⟨N⟩-⟨N⟩-⟨N⟩　｜　经手　某所``), never a counter bar (``阅读 ⟨N⟩ | 评论 ⟨N⟩``)
    nor a date beside a count (``发布：⟨N⟩-⟨N⟩-⟨N⟩ | 浏览：⟨N⟩``).

    >>> date_only_shape("收容　⟨N⟩-⟨N⟩-⟨N⟩　|　送达　某街道")
    True
    >>> date_only_shape("⟨N⟩年⟨N⟩月⟨N⟩日 · 某中心")
    True
    >>> date_only_shape("阅读 ⟨N⟩ | 评论 ⟨N⟩"), date_only_shape("发布：⟨N⟩-⟨N⟩-⟨N⟩ | 浏览：⟨N⟩")
    (False, False)
    """
    found = _MASKED_DATE.findall(key)
    return len(found) == 1 and _MASK not in _MASKED_DATE.sub("", key)
