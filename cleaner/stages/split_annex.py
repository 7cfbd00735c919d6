"""A second document on one page: a title under an attachment mark or a divider.

A page may carry one document and then another it attaches: a draft regulation and the
note explaining it, a notice and the plan it issues.  Between them the page prints a
mark that belongs to neither text: a bare attachment word on its own line (``附件``,
``附件2``, ``附：``), or a divider drawn around a word (``━━ 编制说明 ━━``, ``== 附录
==``).  Under the mark the second document opens with its own title.

:func:`annex_cuts` finds such marks: the line right under the mark reads as a
document's title (short, no sentence mark, and it ends in a document kind
(``title_endings``), has the ``关于…的…`` shape of an official title, or ends with the
word the divider names), and both documents hold a body of prose (a mark over a short
list of file names, or a divider under a two-line note, cuts nothing).  The split stage
makes each document an article with its own title; the mark line is a separator.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_page import nonempty, stripped

__all__ = ["annex_cuts", "under_mark"]

#: Each document holds at least this many characters of prose lines.
MIN_PROSE_CHARS = 120
#: ... on at least this many non-empty lines.
MIN_LINES = 3
#: A title under the mark is at most this long.
TITLE_MAX_CHARS = 80
#: A bare attachment mark: the word, an optional number, an optional colon, nothing else.
_ANNEX = re.compile(
    r"^(?:附件|附录|附)[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十])?[ \t\u3000]*[:：]?$"
)
#: An official document's title: '关于…的' and a short kind word.
#: A divider: a run of one ornament, a spaced word of Han, the same run ('━━ 说明 ━━').
_DIVIDER = re.compile(
    r"^(?P<o>([^\w\s（）()【】《》「」『』“”\"'，。！？、；：,.!?;:])\2{1,5})[ \t\u3000]+"
    r"(?P<word>[\u4e00-\u9fff]{2,10})[ \t\u3000]+(?P=o)$"
)
_OFFICIAL = re.compile(r"^关于.{2,70}的[\u4e00-\u9fff]{2,6}$")
#: An item number opening a line of the attachments' list.
_LISTED = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十])[.．、]")


def _mark_word(line: str) -> str | None:
    """The word a divider names ('━━ 编制说明 ━━' → '编制说明'), '' for a bare
    attachment mark, None for any other line."""
    s = line.strip()
    if s[:1] == "附":  # a mark opens so; a divider opens with a glyph, never a word
        return "" if s != "附" and _ANNEX.match(s) else None
    if len(s) < 2 or s[0] != s[-1]:  # a divider closes with the run it opens with
        return None
    m = _DIVIDER.match(s)
    return m["word"] if m else None


def _prose(lines: list[str]) -> bool:
    filled = [s.strip() for s in lines if s.strip()]
    return len(filled) >= MIN_LINES and sum(len(s) for s in filled if len(s) >= 10) >= (
        MIN_PROSE_CHARS
    )


def _titled(line: str, word: str, endings: tuple[str, ...]) -> bool:
    s = line.strip()
    if not 4 <= len(s) <= TITLE_MAX_CHARS or _SENTENCE.search(s) or "，" in s:
        return False
    if _LISTED.match(s):
        return False  # an item of the attachments' list ('1.某某方案'), no title
    return bool(s.endswith(endings) or _OFFICIAL.match(s) or (word and s.endswith(word)))


def annex_cuts(lines: list[str], endings: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(mark line, title line)`` of every document that opens under a mark, in page
    order; [] when none (most pages).

    >>> body = ["第一条　为了规范某项工作，根据有关规定，结合本地实际，制定本办法。"] * 4
    >>> note = ["一、起草背景", "近年来某项工作发展较快，群众反映较为集中，有必要加以规范。"] * 5
    >>> page = ["某市某事管理办法", *body, "附件", "关于《某市某事管理办法》的起草说明", *note]
    >>> annex_cuts(page, ("办法",))
    [(5, 6)]
    >>> annex_cuts(["某市某事管理办法", *body, "附件", "某事申报表.xls"], ("办法",))
    []
    >>> annex_cuts(["标题", *body, "== 编制说明 ==", "某某规划编制说明", *note], ())
    [(5, 6)]
    """
    filled, strip = nonempty(lines), stripped(lines)
    cuts: list[tuple[int, int]] = []
    start = 0
    for k, i in enumerate(filled[:-1]):
        s = strip[i]
        if len(s) > 24 or (s[:1] != "附" and (len(s) < 2 or s[0] != s[-1])):
            continue  # neither a mark nor a divider (_mark_word's first tests, inlined)
        word = _mark_word(lines[i])
        if word is None:
            continue
        t = filled[k + 1]
        if not _titled(lines[t], word, endings):
            continue
        nxt = next((m for m, _ in _later(lines, filled, k + 2, endings)), len(lines))
        if not _prose(lines[start:i]) or not _prose(lines[t + 1 : nxt]):
            continue
        cuts.append((i, t))
        start = t + 1
    return cuts


def _later(
    lines: list[str], filled: list[int], k0: int, endings: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Marks over a title below ``filled[k0]`` (the next document's), unchecked."""
    out = []
    for k in range(k0, len(filled) - 1):
        i = filled[k]
        word = _mark_word(lines[i]) if len(lines[i].strip()) <= 24 else None
        if word is not None and _titled(lines[filled[k + 1]], word, endings):
            out.append((i, filled[k + 1]))
    return out


def under_mark(stripped: list[str], i: int) -> bool:
    """Line ``i`` is a title right under an attachment mark or a divider, with text below
    it: the attached document's own title (the boilerplate stage keeps it even where the
    site repeats its shape, the page's title inside it).

    >>> under_mark(["正文。", "附件", "关于某事的说明", "正文。"], 2)
    True
    >>> under_mark(["正文。", "相关阅读", "关于某事的说明", "正文。"], 2)
    False
    """
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    down = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    if up is None or down is None or len(stripped[up]) > 24:
        return False
    word = _mark_word(stripped[up])
    return word is not None and _titled(stripped[i], word, ())
