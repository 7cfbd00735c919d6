"""A contents line in a compilation's head: the page lists its pieces before them.

A guide, a digest or an issue names its pieces on one line above the first of them
(``本期导览：甲 · 乙 · 丙``, ``目次：甲｜乙｜丙``, ``In this issue: A / B / C``): a short label
or none, then every piece's title in page order, parted by one separator.  Under a run
of marks (``STOP 01``, ``No. 2``) whose titles are exactly the listed ones, that line is
the page's own word that it compiles (:func:`split_headers.judge`), as a count in its
head is.

A document's contents (a report's ``目录`` with its chapters on lines of their own, a
sentence naming its parts ``本文分为背景、方法和结论三部分``) is not such a line: the
titles must fill the line, nothing but the label and the separators around them.
"""

from __future__ import annotations

import re

__all__ = ["lists_titles"]

#: A contents line's label before its colon is at most this long.
LABEL_MAX_CHARS = 8
_LABEL = re.compile(rf"^[^，。；！？,;!?：:]{{1,{LABEL_MAX_CHARS}}}[：:]\s*")
#: The separators a contents line parts its titles with, spaced or not.
_SEPS = ("·", "•", "｜", "|", "/", "／", "、", "，", ",", "；", ";", "\u3000")


def _parts(line: str) -> list[list[str]]:
    """The line cut at each separator in turn (one list a separator that occurs)."""
    body = _LABEL.sub("", line.strip(), count=1)
    out = []
    for sep in _SEPS:
        if sep in body:
            out.append([p.strip() for p in body.split(sep)])
    return out


def lists_titles(head: list[str], titles: list[str]) -> bool:
    """One line of ``head`` lists exactly ``titles`` (two or more, all different) in
    order, behind a short label or none, parted by one separator.

    >>> lists_titles(["某地游记", "本期导览：甲山 · 乙湖 · 丙村"], ["甲山", "乙湖", "丙村"])
    True
    >>> lists_titles(["本期导览：甲山 · 乙湖"], ["甲山", "乙湖", "丙村"])
    False
    >>> lists_titles(["本文分为甲山、乙湖、丙村三部分"], ["甲山", "乙湖", "丙村"])
    False
    >>> lists_titles(["甲山", "乙湖", "丙村"], ["甲山", "乙湖", "丙村"])
    False
    """
    if len(titles) < 2 or len(set(titles)) < len(titles) or not all(titles):
        return False
    for line in head:
        if not all(t in line for t in titles):
            continue
        if any(parts == titles for parts in _parts(line)):
            return True
    return False


#: A contents block's item: a list number (``（1）``, ``1.``, ``一、``, ``①``, or a bare
#: number and a wide gap: ``01　某题``, a track list's) and its title.
_ITEM = re.compile(
    r"^(?:[（(\[［【〔]\s*(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）\]］】〕]"
    r"|(?P<b>\d{1,2})\s*[.．、]|(?P<c>[一二三四五六七八九十]{1,3})\s*、"
    r"|(?P<d>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫])|(?P<e>\d{1,2})(?=\u3000|[ \t]{2}))\s*(?P<title>\S.*)$"
)
_CIRCLED_ONE = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
#: a contents item's title is at most this long (a sentence is no item)
ITEM_MAX_CHARS = 40


def _item(line: str) -> tuple[int, str, str] | None:
    """``(number, shape, title)`` of a contents item line, else None."""
    m = _ITEM.match(line)
    if m is None or len(m["title"]) > ITEM_MAX_CHARS:
        return None
    from cleaner.stages.split_dates import cn_number

    if m["d"]:
        return _CIRCLED_ONE.index(m["d"]) + 1, "d", m["title"].strip()
    shape = next(g for g in "abce" if m[g])
    n = cn_number(m[shape])
    return (n, shape, m["title"].strip()) if n else None


def contents_block(strip: list[str]) -> list[int]:
    """Lines of ``strip`` (stripped lines) that are the pieces' titles a contents block
    in the page's head lists: a run of two or more item lines straight one under the
    other (one list shape, numbered 1, 2, 3 …), each item's title standing again BELOW
    the run as a line of its own, in the same order, every title once.  The page names
    its pieces before them (a digest's ``本期目录``), as HTML names them by its headings.

    >>> page = ["某刊", "本期要目", "（1）甲事", "（2）乙事", "甲事", "正文。", "乙事", "正文。"]
    >>> contents_block(page)
    [4, 6]

    A numbered list whose items are not repeated below (a document's own list), items out
    of order, or one item alone, list no pieces:

    >>> contents_block(["（1）甲事", "（2）乙事", "正文。"])
    []
    >>> contents_block(["（1）甲事", "（2）乙事", "乙事", "正文。", "甲事", "正文。"])
    []
    >>> contents_block(["（1）甲事", "正文。", "甲事", "正文。"])
    []
    """
    run: list[tuple[int, str, str]] = []  # (line, shape, title) of the current run
    k = 0
    while k < len(strip):
        it = _item(strip[k]) if strip[k] else None
        if it is None:
            if len(run) >= 2:
                break
            run = []
            k += 1
            continue
        n, shape, title = it
        if n == 1:
            if len(run) >= 2:
                break
            run = [(k, shape, title)]
        elif run and n == len(run) + 1 and shape == run[0][1] and k == run[-1][0] + 1:
            run.append((k, shape, title))
        else:
            if len(run) >= 2:
                break
            run = []
        k += 1
    if len(run) < 2 or len({t for *_, t in run}) < len(run):
        return []
    out: list[int] = []
    at = run[-1][0] + 1
    for _, _, title in run:
        at = next((j for j in range(at, len(strip)) if strip[j] == title), -1)
        if at < 0:
            return []
        out.append(at)
        at += 1
    return out
