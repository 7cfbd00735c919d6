"""Statutes one after another on one page: the article numbering starts again.

A law database's compilation (a topic's regulations, a law and its implementing rules)
prints each statute as its own text: a title, maybe its adoption and revision lines,
its chapters, and its articles ``第一条 … 第N条``.  Nothing marks where the next one
begins but that: a title over a ``第一条`` that opens the numbering again after a run of
articles.  (A single statute never numbers ``第一条`` twice at a line's start.)

:func:`statute_cuts` finds such restarts: a ``第一条`` line after at least
:data:`MIN_ARTICLES` articles, above it (over blank lines, chapter headings, dated
adoption lines and markup comments) a title line (short, no sentence mark, no comma,
Han at its end), and prose enough on each side.  The split stage makes each statute an
article under its own title; a ``第一条`` restart without a title over it (an amending
decision quoting the new text, a site printing a statute twice) cuts nothing.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_dates import HAN_YMD, cn_number
from cleaner.stages.split_page import joined

__all__ = ["statute_cuts"]

#: The run before a restart holds at least this many articles (第一条 … 第二条 …).
MIN_ARTICLES = 2
#: A statute's title is at most this long.
TITLE_MAX_CHARS = 80
#: Each statute holds at least this many characters on its article lines.
MIN_ARTICLE_CHARS = 60

_NUM = "[一二三四五六七八九十百千零〇两\\d]{1,8}"
# an article line ('第十二条　…', a markdown heading's '#' allowed)
_ARTICLE = re.compile(f"^(?:#{{1,6}}[ \t]*)?第({_NUM})条(?:[ \t\u3000]|$)")
# a heading between a title and its first article: chapter, section, part ('第一章 总则')
_HEADING = re.compile(f"^(?:#{{1,6}}[ \t]*)?第{_NUM}[章节编](?:[ \t\u3000]|$)")
# an adoption, promulgation or revision line under the title ('1999年10月31日 …通过')
_DATED = re.compile(rf"^[(（]?\s*{HAN_YMD}")
_COMMENT = re.compile(r"^<!--.*-->$")
# characters that show nothing: a line of them alone is blank ('\u200b' left by an editor)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_HAN_END = re.compile(r"[\u4e00-\u9fff》）)]$")


def _title(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    return (
        4 <= len(s) <= TITLE_MAX_CHARS
        and not _SENTENCE.search(s)
        and bool(_HAN_END.search(s))
        and not _ARTICLE.match(s)
        and not _HEADING.match(s)
    )


def _between(line: str) -> bool:
    """A line that may stand between a statute's title and its first article (one that
    shows nothing counts as blank)."""
    s = line.strip().strip(_INVISIBLE)
    return not s or bool(_HEADING.match(s) or _DATED.match(s) or _COMMENT.match(s))


def statute_cuts(lines: list[str]) -> list[tuple[int, int]]:
    """``(title line, title line)`` of every statute that opens on the page after the
    first, in page order (the form of :func:`split_annex.annex_cuts`: the cut's mark is
    the title itself); [] when none (most pages).

    >>> arts = ["第一条　为了规范某项工作，保障有关各方的权益，根据有关法律，制定本办法。",
    ...         "第二条　本办法适用于本市行政区域内的某项工作，本办法自公布之日起施行。"]
    >>> page = ["某市甲事办法", *arts, "某市乙事规定", "第一章　总则", *arts]
    >>> statute_cuts(page)
    [(3, 3)]
    >>> statute_cuts([*arts, "第一条　重复印出的一条。", *arts[1:]])
    []
    """
    if joined(lines).count("条") <= MIN_ARTICLES:
        return []  # a cut needs MIN_ARTICLES articles, then a first one again (most pages)
    filled = [i for i, s in enumerate(lines) if s.strip()]
    cuts: list[tuple[int, int]] = []
    run = 0  # articles since the last statute began
    start = 0  # the current statute's first line
    for k, i in enumerate(filled):
        s = lines[i].strip()
        m = _ARTICLE.match(s) if s[0] in "#第" else None  # (an article opens so)
        if m is None:
            continue
        n = cn_number(m[1])
        if n == 1 and run >= MIN_ARTICLES:
            j = k - 1
            while j >= 0 and _between(lines[filled[j]]):
                j -= 1
            t = filled[j] if j >= 0 else None
            if t is not None and t > start and _title(lines[t]) and _enough(lines[start:t]):
                cuts.append((t, t))
                start = t
            run = 1
        elif n is not None:
            run += 1
    if cuts and not _enough(lines[start:]):
        cuts.pop()
    return cuts


def _enough(lines: list[str]) -> bool:
    """The statute's article lines hold :data:`MIN_ARTICLE_CHARS` characters at least."""
    return sum(len(s.strip()) for s in lines if _ARTICLE.match(s.strip())) >= MIN_ARTICLE_CHARS
