"""Per-line signals of the chrome line model (:func:`cleaner.stages.line_model.decide`).

Which feature columns are evidence of chrome (:data:`EVIDENCE`, the prompt vocabulary), a
prompt that is never the page title, a line's position-free keep reason (cached per keep
table), a field row behind a pictograph, a dated row under the title, and deleted lines
given back as items of a list the page keeps.  Split from :mod:`cleaner.stages.line_model`
(behaviour unchanged).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.rules import load_table
from cleaner.stages.line_features import PageLines, names, vocabulary, weak_categories
from cleaner.stages.list_items import kept_items

if TYPE_CHECKING:
    from cleaner.stages.site_judge import KeepTable

#: Features that are evidence of chrome by themselves: addresses, file names and page
#: counts, page numbers, and the prompt vocabulary (a weak category only on a line with a
#: digit or separator).  A line without any is deleted only within REACH lines of one
#: that has (through deleted lines).
EVIDENCE = ("url", "email", "domain", "file", "page_no")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_SEP = re.compile(r"[\d:：|>»/·]")


@lru_cache(maxsize=1)
def evidence_columns() -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Columns of: evidence features, strong vocabulary, weak vocabulary needing a digit,
    weak vocabulary needing a digit or separator."""
    cols = names()
    weak = weak_categories()
    vocab = [(cols.index(f"vocab_{n}"), weak.get(n)) for n, _ in vocabulary()]
    return (
        tuple(cols.index(c) for c in EVIDENCE),
        tuple(c for c, w in vocab if w is None),
        tuple(c for c, w in vocab if w == "digit"),
        tuple(c for c, w in vocab if w == "separator"),
    )


@lru_cache(maxsize=1)
def numbered_column() -> int:
    return names().index("numbered")


def has_evidence(s: str, row: Sequence[float] | None) -> bool:
    """Does the line carry evidence of chrome by itself (see :data:`EVIDENCE`)?  ``row``:
    its feature row, or only its own columns (``PageLines.shape``)."""
    if row is None:
        return False
    plain, strong, digit, sep = evidence_columns()
    if any(row[c] > 0 for c in plain) or any(row[c] > 0 for c in strong):
        return True
    if any(row[c] > 0 for c in digit) and _DIGIT.search(s):
        return True
    return any(row[c] > 0 for c in sep) and bool(_DIGIT_OR_SEP.search(s))


#: A line holding words of this many strong prompt categories (download, points, login …)
#: is a prompt, never the page's title ('温馨提示：下载前请先登录，积分不足…').
PROMPT_CATEGORIES = 3


def prompt_line(row: Sequence[float] | None) -> bool:
    """Does the line hold words of PROMPT_CATEGORIES strong vocabulary categories or more?"""
    if row is None:
        return False
    return sum(row[c] > 0 for c in evidence_columns()[1]) >= PROMPT_CATEGORIES


#: Per keep table, the position-free keep reason of each line text seen (keep rules, then
#: a metadata row): chrome lines repeat on every page of a site, and judging one costs
#: a dozen patterns and a metadata parse.  Emptied when it holds REASON_CACHE lines.
REASONS: weakref.WeakKeyDictionary[KeepTable, dict[str, str | None]] = weakref.WeakKeyDictionary()
REASON_CACHE = 50_000


def base_reason(keep: KeepTable, s: str) -> str | None:
    """``keep.reason(s)``, or ``"metadata"`` for a metadata row near a title; cached."""
    cache = REASONS.get(keep)
    if cache is None:
        cache = REASONS[keep] = {}
    try:
        return cache[s]
    except KeyError:
        pass
    r = keep.reason(s)
    if r is None and keep.split.meta.meta_row(s, near_title=True):
        r = "metadata"
    if len(cache) >= REASON_CACHE:
        cache.clear()
    cache[s] = r
    return r


# a pictograph (and its variation selector) and a space opening a field row ('⏰ 时间：…');
# the label after it is two to eight characters and a colon
_PICTO_LABEL = re.compile(
    "^[\u2300-\u23ff\u2600-\u27bf\u2b50\U0001f300-\U0001faff]\ufe0f?[ \t\u3000]*"
    "(?=[^\\s：:]{2,8}[：:])"
)


# a bar's separators in a row's value: a menu's bars and dots, cells apart by wide gaps
_BAR_VALUE = re.compile(r"[|｜·»>]|\S\s{2,}\S|\S\u3000\S")


# a value that is a figure alone ('1234', '3456次', '1.2万')
_BARE_FIGURE = re.compile(r"^\s*[\d.,，万千]+\s*[次人个条赞]?\s*$")


@lru_cache(maxsize=1)
def _icon_chrome_labels() -> tuple[str, ...]:
    """A pictograph row's labels that name the site's counter or widget (rule data)."""
    meta = load_table("headers")["meta"]
    return (*meta["desk_row_counters"], *meta["icon_row_chrome_labels"])


def icon_field(s: str, row: Sequence[float] | None) -> bool:
    """Is ``s`` one field row behind a pictograph ('⏰ 时间：…', '📍 地址：…'): its value
    no bar of cells ('🔔 订阅：点击订阅 | 登录') and no word of the strong vocabulary?"""
    head = _PICTO_LABEL.match(s)
    if head is None:
        return False
    label, value = re.split(r"[：:]", s[head.end() :], maxsplit=1)
    if _BAR_VALUE.search(value) or _BARE_FIGURE.match(value):
        return False  # a bar of cells, a count ('👁 浏览：3456次')
    if any(label.strip().endswith(w) for w in _icon_chrome_labels()):
        return False  # a counter's, the weather's, a breadcrumb's label
    return row is None or not any(row[c] > 0 for c in evidence_columns()[1])


def dated_under_title(keep: KeepTable, s: str) -> bool:
    """Does the split read ``s``, the line under the page title, as a dated metadata row
    by the shape of its cells (``2021-03-09 10:20　某某部　阅读 12``: no label, so no
    keep rule knows it)?  Its counter makes it look like an info bar; deleted, the
    page loses its date and where it comes from."""
    row = keep.split.meta.shaped_row(s, near_title=True)
    return row is not None and "published" in row and len(row) >= 2


@lru_cache(maxsize=1)
def _bare_words() -> frozenset[str]:
    """Every prompt word of the vocabulary (lower-cased)."""
    return frozenset(w for _, words in vocabulary() for w in words)


_WORD_EDGES = " \u3000.。!！:：·•|>»[]【】()（）"


def kept_list_items(
    stripped: list[str], idx: list[int], deleted: set[int], claimed: set[int], lines: PageLines
) -> set[int]:
    """Deleted lines (by non-blank position) that are items of a list the page keeps
    (:func:`cleaner.stages.list_items.kept_items`): given back, kept and flagged."""
    if not deleted:
        return set()
    at = {idx[k]: k for k in deleted}
    plain = evidence_columns()[0]

    def strong(i: int) -> bool:
        row = lines.shape(at[i])
        return row is not None and any(row[c] > 0 for c in plain)

    def bare(s: str) -> bool:
        return s.lower().strip(_WORD_EDGES) in _bare_words()

    back = kept_items(stripped, set(at), claimed, strong, bare)
    return {at[i] for i in back}
