"""A microblog's posts one after another: each under its header rows, the account's name
over the row of when it was posted and the client it was sent from (``某市交警`` over
``2023-11-5 09:12　来自 iPhone客户端``).  A backup tool's export, an account's archive
page and a search result print them so.

No word of a post names its header; the shape does.  The stamp row is a date with a time
of day and a ``via`` cell (``来自``, ``via``: ``[post_stream] via_words`` in
``headers.toml``); the line right above it (no blank line between) is a short name, no
sentence in it.  Two such pairs at least, each over a line of prose (the post's text)
before the next pair, make the page a compilation of posts: each pair heads one post, the
name its author, the stamp its date (:func:`post_run`).  A post's title is the headline a
microblog writes in ``【】`` inside its first line (after its ``#topic#`` tags); the line
stays the post's text.  A single post, or rows without the client cell (a blog's dated
title rows), are the other readers' to judge.

The boilerplate stage keeps these rows for the split (:func:`post_heads`): on a site whose
every page is such a backup, the account names and the stamp rows' shape repeat on every
page and would be learned as the site's chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date

#: The header rule of a post's name row (deleted as the piece's header).
POST_HEAD = "keyed:post"
#: The rule of a post's stamp row (deleted as the piece's metadata).
POST_STAMP = "split.meta_header"
#: Pairs of header rows that make a compilation.
MIN_POSTS = 2
#: A name line is at most this long.
NAME_MAX_CHARS = 24
#: A prose line holds at least this many characters.
PROSE_MIN_CHARS = 18

_NOT_NAME = re.compile(r"[。！？，；：:,;!?]|^\d|\d{1,2}:\d{2}")
_SENTENCE = re.compile(r"[。！？，；.!?,;]")
#: a headline in 【】 opening a post's first line, after its #topic# tags
_HEADLINE = re.compile(r"^(?:[#＃][^#＃\s]{1,20}[#＃][ \t\u3000]*)*【(?P<t>[^【】]{2,60})】")


@cache
def _stamp() -> re.Pattern[str]:
    words = load_table("headers").get("post_stream", {}).get("via_words", ())
    via = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        r"^(?P<date>(?:19|20)\d{2}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?)"
        r"[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
        rf"(?:{via})[ \t\u3000]*[:：]?[ \t\u3000]*(?P<client>\S.{{0,40}})$",
        re.I,
    )


def _name(s: str) -> bool:
    return 0 < len(s) <= NAME_MAX_CHARS and _NOT_NAME.search(s) is None


def _prose(s: str) -> bool:
    return len(s) >= PROSE_MIN_CHARS and _SENTENCE.search(s) is not None


def post_heads(stripped: Sequence[str]) -> list[tuple[int, int]]:
    """``(name line, stamp row)`` of each post's header rows, or [] when fewer than
    MIN_POSTS pairs stand each over a prose line before the next pair.

    >>> text = "今天上午，城东路口发生一起事故，民警赶到现场处置。"
    >>> page = ["某市交警", "2023-11-5 09:12　来自 iPhone客户端", text, "",
    ...         "某市警方", "2023-11-3 18:40　来自 微博 weibo.com", text]
    >>> post_heads(page)
    [(0, 1), (4, 5)]
    >>> post_heads(page[:3]), post_heads(["某市交警", "2023-11-5 09:12", text] * 2)
    ([], [])
    """
    stamp = _stamp()
    pairs = [
        (i - 1, i)
        for i in range(1, len(stripped))
        if stamp.match(stripped[i]) is not None and _name(stripped[i - 1])
    ]
    if len(pairs) < MIN_POSTS:
        return []
    ends = [p[0] for p in pairs[1:]] + [len(stripped)]
    for (_, row), end in zip(pairs, ends, strict=True):
        if not any(_prose(stripped[k]) for k in range(row + 1, end)):
            return []
    return pairs


def post_run(
    lines: Sequence[str],
) -> tuple[list[tuple[int, str, str, dict[str, str]]], dict[int, tuple[str, dict[str, str]]]]:
    """``(keyed, stamps)``: ``(name line, rule, title, meta)`` of each post (its author and
    its date) and each stamp row's ``(rule, fields)``; ``([], {})`` on any other page.

    >>> text = "今天上午，城东路口发生一起事故，民警赶到现场处置。"
    >>> page = ["某市交警", "2023-11-5 09:12　来自 iPhone客户端", f"#平安# 【路口事故】{text}",
    ...         "某市警方", "2023-11-3 18:40　来自 微博 weibo.com", text]
    >>> keyed, stamps = post_run(page)
    >>> [(i, t) for i, _, t, _ in keyed], keyed[0][3]
    ([(0, '路口事故'), (3, '')], {'author': '某市交警', 'published': '2023-11-05'})
    >>> sorted(stamps)
    [1, 4]
    """
    stripped = [s.strip() for s in lines]
    heads = post_heads(stripped)
    keyed: list[tuple[int, str, str, dict[str, str]]] = []
    stamps: dict[int, tuple[str, dict[str, str]]] = {}
    for name, row in heads:
        m = _stamp().match(stripped[row])
        day = normalise_date(m["date"]) if m is not None else None
        fields = {"author": stripped[name], **({"published": day} if day else {})}
        first = next((s for s in stripped[row + 1 :] if s), "")
        h = _HEADLINE.match(first)
        keyed.append((name, POST_HEAD, h["t"].strip() if h else "", fields))
        stamps[row] = (POST_STAMP, {"published": day} if day else {"line": stripped[row]})
    return keyed, stamps


def post_text(stripped: Sequence[str], heads: Sequence[tuple[int, int]]) -> list[int]:
    """The prose lines of each post's text block: from under its stamp row down to the
    first blank line (or the next post's rows).  A notice label or a sentence the site
    repeats inside that block is the post's own text (``警方提醒：…`` closing a police
    post), however its wording reads at the page's foot.

    >>> text = "今天上午，城东路口发生一起事故，民警赶到现场处置。"
    >>> note = "提醒：雨天路滑，出门请慢行，注意安全。"
    >>> page = ["某市交警", "2023-11-5 09:12　来自 iPhone客户端", text, note, "转发 3", "",
    ...         "某市警方", "2023-11-3 18:40　来自 微博 weibo.com", text, "", "页脚"]
    >>> post_text(page, post_heads(page))
    [2, 3, 8]
    """
    out: list[int] = []
    if not heads:
        return out
    starts = [name for name, _ in heads[1:]] + [len(stripped)]
    for (_, row), end in zip(heads, starts, strict=True):
        for k in range(row + 1, end):
            if not stripped[k]:
                break
            if _prose(stripped[k]):
                out.append(k)
    return out
