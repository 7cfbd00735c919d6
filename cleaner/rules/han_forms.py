"""Simplified and traditional forms of the characters our mark and chrome vocabularies use.

A site in traditional Chinese prints the same chrome as a simplified one in other
characters (``第2頁`` for ``第2页``, ``【續】`` for ``【续】``).  Listing each traditional
phrase beside the simplified one doubles every table and misses the next phrase; instead a
table's pattern is written once, in simplified characters, and :func:`widen` lets each
character of the map in ``cleaner/rules/han_forms.toml`` match its traditional forms
too, and :func:`widen_words` gives a word list's traditional spellings.  The map is
generated (``scripts/gen_han_forms.py``, from OpenCC's character table) for every Han
character the rule tables and readers use; one simplified character may have several
traditional forms (``发`` → ``發髮``), so a pattern widens to a class of all of them and the
text is never rewritten.  A character missing from the map matches in its written form
only (no wrong match, a miss); ``tests/test_han_forms.py`` fails when a rule word's
character was never looked up.
"""

from __future__ import annotations

import itertools
import tomllib
from functools import cache
from pathlib import Path

#: read here, not through :func:`cleaner.rules.load_table`: the rule loader widens the
#: built-in packs with this module, so it must not import the loader
_TABLE = Path(__file__).resolve().parent / "han_forms.toml"


@cache
def forms() -> dict[str, str]:
    """Simplified character → its traditional forms (one or more characters; the
    character itself among them where a traditional text also writes it: ``后`` →
    ``後后``)."""
    table: dict[str, str] = dict(tomllib.loads(_TABLE.read_text("utf-8"))["traditional"])
    return table


@cache
def _alike() -> frozenset[str]:
    """The characters looked up and found written alike in both scripts."""
    rows = tomllib.loads(_TABLE.read_text("utf-8")).get("same", {}).get("chars", [])
    return frozenset("".join(rows))


@cache
def simplify_map() -> dict[int, str]:
    """A ``str.translate`` table: each traditional form → its simplified character, to
    fold a short label before looking it up in a table written in simplified characters
    (``發佈日期`` → ``发布日期``).  A form that is itself a simplified character of the
    vocabularies (``著``, ``干``: a key of the map, or written alike) is left as it is, so
    a simplified label never folds into another word.

    >>> "審定編號 申請者 目錄 著者".translate(simplify_map())
    '审定编号 申请者 目录 著者'
    """
    table = forms()
    keep = set(table) | _alike()
    return {ord(f): s for s, fs in table.items() for f in fs if f != s and f not in keep}


def widen(pattern: str, table: dict[str, str] | None = None) -> str:
    r"""``pattern`` with its Han words also matching their traditional forms: each
    mapped character becomes a class of its two forms (``页`` → ``[页頁]``), and inside
    a class ``[页码]`` becomes ``[页頁码碼]``.  Escapes are copied as they are.  Classes,
    not ``(?:简|繁)`` per word: ``re`` factors an alternation's common prefix out, and the
    rule packs' required-string reader stops at the branch left (``当前`` for ``当前页面``:
    a common string, a slower prefilter), while it reads through a small class.

    >>> t = {"页": "頁", "码": "碼"}
    >>> widen(r"第\d+页码|[页码]|页+", t)
    '第\\d+[页頁][码碼]|[页頁码碼]|[页頁]+'
    >>> widen(r"\页", t)  # an escaped character stays as written
    '\\页'
    >>> widen("发布", {"发": "發髮"})  # one-to-many: a class of every form
    '[发發髮]布'
    """
    table = forms() if table is None else table
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not _class_start(pattern, i):
                in_class = False
                out.append(ch)
            else:
                out.append(ch + table.get(ch, "").replace(ch, ""))
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch in table:
            out.append(f"[{ch}{table[ch].replace(ch, '')}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _class_start(pattern: str, i: int) -> bool:
    """Is the ``]`` at ``i`` the first character of its class (``[]…]``, ``[^]…]``), a
    literal rather than the class's end?"""
    j = i - 1
    if j >= 0 and pattern[j] == "^":
        j -= 1
    return j >= 0 and pattern[j] == "[" and (j == 0 or pattern[j - 1] != "\\")


#: a word with more traditional spellings than this keeps the first ones (a long word of
#: one-to-many characters; the readers' words are short)
_MAX_SPELLINGS = 8


def widen_words(words: list[str], table: dict[str, str] | None = None) -> list[str]:
    """``words`` with each word's traditional spellings right after it (the list's order
    is its priority): every mapped character replaced by each of its traditional forms
    (not mixed spellings: a page is in one script).  A word without a mapped character
    adds nothing.

    >>> t = {"题": "題", "发": "發髮", "回": "回迴", "复": "復複覆"}
    >>> widen_words(["主题", "日期", "发文"], t)
    ['主题', '主題', '日期', '发文', '發文', '髮文']
    >>> widen_words(["回复"], t)  # a form written alike stays among the spellings
    ['回复', '回復', '回複', '回覆', '迴復', '迴複', '迴覆']
    """
    table = forms() if table is None else table
    out: list[str] = []
    for word in words:
        if word in out:  # a spelling the list also writes ('时间', '時間'): once
            continue
        out.append(word)
        if not any(c in table for c in word):
            continue
        options = [table.get(c) or c for c in word]
        for spelling in itertools.islice(itertools.product(*options), _MAX_SPELLINGS):
            s = "".join(spelling)
            if s != word and s not in out:
                out.append(s)
    return out


#: keys whose lists are not words but maps of their own (``headers.toml``'s
#: ``traditional = ["发發", …]``: a simplified character, then its forms)
_NOT_WORDS = frozenset({"traditional"})
#: keys whose string is a regular expression, widened by :func:`widen`
_PATTERNS = frozenset({"regex", "pattern"})
#: keys whose list holds regular expressions (a pack's ``detect``, ``post_tails.toml``'s
#: ``labelled``): each widened by :func:`widen`, not spelled out as words
_PATTERN_LISTS = frozenset({"detect", "labelled"})


def widen_table(data: object, table: dict[str, str] | None = None) -> object:
    """``data`` (a parsed rule table) with every list of strings widened by
    :func:`widen_words` and every pattern (:data:`_PATTERNS`, and each item of a
    :data:`_PATTERN_LISTS` list) by :func:`widen`; other values, and the lists under
    :data:`_NOT_WORDS`, as they are.

    >>> t = {"发": "發", "时": "時", "间": "間"}
    >>> widen_table({"labelled": ["发自.{0,9}版"], "words": ["时间", "時間"]}, t)
    {'labelled': ['[发發]自.{0,9}版'], 'words': ['时间', '時間']}
    """
    if isinstance(data, dict):
        return {k: _widen_value(k, v, table) for k, v in data.items()}
    if isinstance(data, list):
        if data and all(isinstance(e, str) for e in data):
            return widen_words(data, table)
        return [widen_table(e, table) for e in data]
    return data


def _widen_value(key: str, value: object, table: dict[str, str] | None) -> object:
    if key in _NOT_WORDS:
        return value
    if key in _PATTERNS and isinstance(value, str):
        return widen(value, table)
    if key in _PATTERN_LISTS and isinstance(value, list):
        return [widen(v, table) if isinstance(v, str) else v for v in value]
    return widen_table(value, table)
