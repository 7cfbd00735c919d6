"""The edges of a content block kept above a page's first header (split_prefix_guard).

Two questions about the block the page-head deletion would take:

* **its sign-off** (:func:`sign_off`): a preface or an editor's note is signed like a
  letter, a short name line and a date line right under it (``编辑部`` / ``2024年3月5日``),
  or a date line alone.  Those lines belong to the kept piece (its issuer and its date),
  not to the chrome between it and the first header.
* **a prompt, not a text** (:func:`prompt_line`): a lone sentence line with no heading
  over it and no sign-off under it that holds the words of a site's transactions
  (download, membership, points, login: categories of the chrome line model's
  vocabulary, ``line_model.toml``) is the site's promotion, no piece of the compilation.

By shape and the line model's own vocabulary: no site's phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cleaner.stages.line_features import vocabulary, weak_categories
from cleaner.stages.split_dates import normalise_date

__all__ = ["prompt_line", "sign_off"]

#: a sign-off's name line is this short at most, a date line too
NAME_MAX = 16
DATE_MAX = 20
_CLOSES = tuple("，。！？；：、,.!?;:…”」』")


#: The line model's categories of a site's own transactions (``line_model.toml``): a
#: preface may invite readers to share or to write in, never to pay or to download.
TRANSACTIONS = frozenset({"download", "points", "vip", "login"})


@lru_cache(maxsize=1)
def _transaction_words() -> tuple[str, ...]:
    weak = weak_categories()
    return tuple(
        w
        for name, words in vocabulary()
        if name in TRANSACTIONS and name not in weak
        for w in words
    )


def prompt_line(s: str) -> bool:
    """The line holds a word of the line model's transaction categories
    (:data:`TRANSACTIONS`: download, points, membership, account).

    >>> prompt_line("注册成为会员后即可下载本站全部资料，欢迎体验。")
    True
    >>> prompt_line("这一期收入的几篇文章都写于去年冬天，欢迎读者投稿、分享。")
    False
    """
    low = s.lower()
    return any(w in low for w in _transaction_words())


def _date_line(s: str) -> str | None:
    s = s.strip()
    if not s or len(s) > DATE_MAX or not (s[:1].isdigit() or s[:1] in "〇○零一二"):
        return None
    return normalise_date(s)


def _name_line(s: str) -> bool:
    s = s.strip()
    return (
        2 <= len(s) <= NAME_MAX
        and not s.endswith(_CLOSES)
        and not any(c.isdigit() for c in s)
        and " " not in s
    )


def sign_off(lines: Sequence[str], last: int, end: int) -> tuple[int, dict[str, str]]:
    """The last line of the sign-off right under line ``last`` (above line ``end``) and
    the fields it gives (``issuer``, ``published``); ``(last, {})`` when none: a date
    line, or a short name line over a date line.

    >>> lines = ["编者按", "这一期的稿件都来自读者。", "本刊编辑组", "2031年4月2日", "篇一"]
    >>> sign_off(lines, 1, 4)
    (3, {'issuer': '本刊编辑组', 'published': '2031-04-02'})
    >>> sign_off(["前言", "正文一句。", "2031-04-02", "目录"], 1, 3)
    (2, {'published': '2031-04-02'})
    >>> sign_off(["前言", "正文一句。", "目录", "篇一"], 1, 3)  # a name line alone: no
    (1, {})
    """
    below = list(range(last + 1, min(end, last + 3)))
    got = [lines[i].strip() for i in below]
    if got and (d := _date_line(got[0])) is not None:
        return last + 1, {"published": d}
    if len(got) > 1 and _name_line(got[0]) and (d := _date_line(got[1])) is not None:
        return last + 2, {"issuer": got[0], "published": d}
    return last, {}
