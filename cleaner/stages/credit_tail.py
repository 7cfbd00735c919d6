"""The page's tail under an article's closing credit line: short lines of UI are chrome.

A news page closes its article with a credit or source line (``（责任编辑：某某）``,
``责编：某某``, ``来源|某报``); what a reader sees below it on the page is the site's or
the account's furniture, not the article: a QR caption (``扫码看全文``), a reply menu
of a public account (``1、回复【关键词】查看…``), a prompt to like it.  Rules and the
line model take what their vocabulary names; the rest is named by its *place* and
*shape* (rule ``boilerplate.credit_tail``):

* the LAST credit line of the page (:func:`closing_credit`: a short line opened by a
  credit word, ``[foot_row]`` ``persons``/``units`` of ``cleaner/rules/headers.toml`` or
  a source label (:func:`source_words`), then a separator and a short value, possibly in
  brackets) with a prose line of the article above it;
* below it, at most :data:`TAIL_MAX_LINES` lines not yet going, shorter in all than
  the text above it, each short (:data:`TAIL_LINE_MAX_CHARS`) and no sentence (no sentence end),
  none another credit line or a date (the split stage reads those as metadata), none
  protected by the keep table.

All or nothing: one sentence below the credit (a note of the article, a reader's
comment, a second story) and the whole tail stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from cleaner.stages.foot_credit_words import foot_words

CREDIT_TAIL = "boilerplate.credit_tail"
#: A credit line is at most this long (``（责任编辑：某某　校对：某某）``).
CREDIT_MAX_CHARS = 40
#: The tail under it: at most this many lines ...
TAIL_MAX_LINES = 12
#: ... each at most this long (a menu item, a button's caption).
TAIL_LINE_MAX_CHARS = 30
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";", "…")
#: A prose line of the article above the credit: this long, or ending a sentence.
PROSE_CHARS = 30
_OPEN = re.compile(r"^[（(【\[]?\s*")
_SEP = re.compile(r"^\s*(?:[:：|｜丨/／]\s*|\s+)(?=\S)")
_DATE = re.compile(r"^[\d\s年月日./:：-]{6,}$")
#: A line in round brackets is the article's own note (``（综合整理自某报）``), not UI.
_NOTE = re.compile(r"^[（(].*[）)]$")


@lru_cache(maxsize=1)
def _credit_words() -> tuple[str, ...]:
    """Credit words, longest first: persons and units of ``[foot_row]`` and the source
    labels (:func:`source_words`)."""
    from cleaner.rules import load_table

    t = load_table("headers").get("foot_row", {})
    words = {*t.get("persons", ()), *t.get("units", ()), *source_words()}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def source_words() -> tuple[str, ...]:
    """The source labels that open a closing credit, read from ``headers.toml``: the
    endings of the ``origin_by_ending`` label class, alone or after one of ``[foot_row]``
    ``source_openers``, and the Latin labels ``[meta_fields]`` reads as ``origin``.

    >>> words = source_words()
    >>> all(w in words for w in ("来源", "出处", "本文来源", "Source")), "资金来源" in words
    (True, False)
    """
    from cleaner.rules import load_table

    headers = load_table("headers")
    openers = headers.get("foot_row", {}).get("source_openers", ())
    ends: list[str] = next(
        (c["endings"] for c in headers.get("label_class", ()) if c["name"] == "origin_by_ending"),
        [],
    )
    latin = [k for k, v in headers.get("meta_fields", {}).items() if v == "origin" and k.isascii()]
    return (*ends, *(o + e for o in openers for e in ends), *latin)


def closing_credit(s: str) -> bool:
    """A short line opened by a credit word, a separator and a value.

    >>> [closing_credit(s) for s in ("（责任编辑：某甲）", "责编｜某乙", "来源：某某日报")]
    [True, True, True]
    >>> [closing_credit(s) for s in ("编辑部的故事", "来源于生活的感悟。", "校对")]
    [False, False, False]
    >>> [closing_credit(s) for s in ("Source: Wire", "Photo credits", "Editor notes")]
    [True, False, False]
    """
    s = s.strip()
    if not 3 <= len(s) <= CREDIT_MAX_CHARS:
        return False
    body = _OPEN.sub("", s, count=1).translate(foot_words().simplified)
    for w in _credit_words():
        if body.startswith(w):
            rest = body[len(w) :]
            sep = _SEP.match(rest)
            if sep is None or (w.isascii() and not sep.group().strip()):
                return False  # a Latin word needs a mark: 'Photo credits' is a heading
            return not rest.rstrip("）)】] ").endswith(_SENTENCE_END)
    return False


def _prose(s: str) -> bool:
    return len(s) >= PROSE_CHARS or s.endswith(_SENTENCE_END)


def credit_tail(
    stripped: Sequence[str], gone: Collection[int], kept: Callable[[str], bool]
) -> list[int]:
    """The lines under the page's last credit line to claim (see the module doc).

    >>> page = ["某地新桥通车", "正文写到这里，是一个完整的句子。", "第二段也写完了。",
    ...         "（责任编辑：某甲）", "扫一扫看原文", "点个赞再走"]
    >>> credit_tail(page, set(), lambda s: False)
    [4, 5]
    >>> credit_tail(page[:5] + ["编辑还写了一句话，它是文章的一部分。"], set(), lambda s: False)
    []
    >>> credit_tail(["（责任编辑：某甲）", "第一行诗", "第二行诗"], set(), lambda s: False)
    []
    """
    filled = [i for i, s in enumerate(stripped) if s and i not in gone]
    credits = [k for k, i in enumerate(filled) if closing_credit(stripped[i])]
    at = credits[-1] if credits else None
    if at is None:
        return []
    above, tail = filled[:at], filled[at + 1 :]
    if not tail or len(tail) > TAIL_MAX_LINES:
        return []
    if sum(len(stripped[i]) for i in tail) >= sum(len(stripped[i]) for i in above):
        return []
    if not any(_prose(stripped[i]) for i in above):
        return []
    for i in tail:
        s = stripped[i]
        if len(s) > TAIL_LINE_MAX_CHARS or s.endswith(_SENTENCE_END) or kept(s):
            return []
        if _DATE.match(s) or _NOTE.match(s):
            return []
    return tail
