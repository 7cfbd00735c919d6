"""Content above a page's first found header that the page-head deletion would take
(split): kept, never deleted silently.

The split stage deletes the page head above the first header it found
(``split.page_prefix``): masthead, navigation, date line, contents list.  Prose that
reaches down to the header is kept already (:mod:`split_prefix_prose`, :mod:`split_lead`);
text higher up was not: a preface paragraph over a signature and a date, an editor's note
over a contents list, a first piece whose title the finders missed and whose lines are
verse (short lines each closed by a punctuation mark) rather than sentences.  Those are
text, not chrome: :func:`prefix_block` finds the block of content-shaped lines there, and
the stage keeps it as a piece of its own (flagged ``split.prefix_block``); the chrome
around it (short lines with no sentence in them) still goes, on the record.

Content-shaped, by shape alone (no word list):

* a sentence line (:func:`~cleaner.stages.line_features.is_prose`), or a paragraph line
  of :data:`PARA_CHARS` characters or more holding a sentence end (a Latin one of
  :data:`LATIN_CHARS`), with its short heading
  right above it (``前言``; not the page's first line, a masthead);
* a run of :data:`VERSE_ROWS` filled lines or more, each closed by a punctuation mark
  and no longer than :data:`VERSE_MAX`, :data:`VERSE_CHARS` characters together (a
  poem's lines), with the short title line right above it.

A line the site prints at the head of several pages (its template,
:func:`~cleaner.stages.head_repeat.printed_at_head`) is no content, nor a line that counts
the pieces (the compilation's own frame, :func:`~cleaner.stages.split_lead.counts_pieces`),
nor a lone sentence line with no heading over it and no sign-off under it that holds a
site's prompt words (:func:`~cleaner.stages.split_prefix_edges.prompt_line`): it goes with
the page head, on the record.

But a first piece whose header was lost is shaped like the pieces under it: under its
first sentence it prints labelled rows the first found piece prints too
(:func:`mirrors_piece`: ``比赛时间：…``, ``报名方式：…``, two labels at least).  A site that
reuses its pieces (an event listed on several pages) prints their sentences on page after
page, so they read as the site's head sentences; over such rows they are the piece's text,
and the head notes prove nothing there.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaner.stages.head_repeat import printed_at_head
from cleaner.stages.line_features import is_prose
from cleaner.stages.split_prefix_edges import prompt_line, sign_off

__all__ = ["mirrors_piece", "prefix_block", "sentence_line"]

#: a paragraph line: this long, with a sentence end inside it
PARA_CHARS = 40
#: a Latin paragraph line: this long (a Chinese character holds about two and a half
#: Latin ones), of this many words at least
LATIN_CHARS = 100
WORDS = 6
#: a verse run: this many filled lines at least, each this long at most
VERSE_ROWS = 3
VERSE_MAX = 40
#: and this many characters together
VERSE_CHARS = 24
#: a title line over a verse run is this short, and closed by no punctuation mark
TITLE_MAX = 30

#: a row's label: a short word closed by a colon (``参赛条件：…``)
_LABEL = re.compile(r"^([^\s:：，。；！？,;!?、]{2,8})[:：]")
#: a piece's rows mirrored above its first found header: this many labels at least
MIRROR_LABELS = 2

#: a heading over a prose block (a preface's) is this short
HEADING_MAX = 12
_SEPARATORS = frozenset(">|/·»›_-–—")
_STOPS = tuple("。！？!?")
_CLOSES = tuple("，。！？；、,.!?;…”」』")


def sentence_line(s: str) -> bool:
    """A sentence line, or a paragraph line holding a sentence end: text, not chrome.

    >>> sentence_line("首页 > 通知公告 > 正文"), sentence_line("发布时间：2024-03-05")
    (False, False)
    >>> sentence_line("本文介绍了近期几项工作的安排，请各部门结合实际抓好落实。")
    True
    >>> sentence_line("These notes were kept through one wet spring in a river town, "
    ...               "then read aloud at the library on the first Friday of every month.")
    True
    >>> sentence_line("Hello again. Three notes from the locks and the mills today.")
    False
    >>> sentence_line("https://www.example.com/archive/2024/03/notes/index.html")
    False
    """
    if is_prose(s):
        return True
    if len(s) < PARA_CHARS:
        return False
    if any(c in s for c in _STOPS):  # a sentence end inside it
        return True
    # a Latin paragraph: as long as a Chinese one holds (a greeting over the pieces is
    # shorter), closed by a full stop, of words (an address has dots, no words)
    return len(s) >= LATIN_CHARS and s.endswith(".") and s.count(" ") >= WORDS - 1


def _labels(rows: Sequence[str]) -> set[str]:
    return {m[1] for s in rows if (m := _LABEL.match(s.strip()))}


def mirrors_piece(lines: Sequence[str], end: int, piece: Sequence[str]) -> bool:
    """Do the lines above line ``end`` hold two sentence lines (:func:`sentence_line`) or
    more and print, under the first, :data:`MIRROR_LABELS` labels or more that the rows of
    ``piece`` (the first found piece's lines) print too?  Then they are a piece of the same
    form whose header was lost, not the page's head (whose info rows stand over its
    standfirst, or under one sentence alone).

    >>> lead = "为丰富群众业余生活，某单位定于下月在湖边步道举办本次比赛，欢迎市民踊跃报名参加。"
    >>> piece = ["某某杯邀请赛", lead, "比赛时间：6月2日", "报名方式：现场报名。"]
    >>> lost = ["某月赛事汇总", "某某健身跑", lead, "比赛时间：5月4日", "报名方式：网上。", lead]
    >>> mirrors_piece([*lost, "报名中 ▸ 球类"], 6, piece)
    True
    >>> mirrors_piece([*lost[:5], "报名中 ▸ 球类"], 5, piece)  # one sentence: a standfirst
    False
    >>> head = ["某站", "比赛时间：5月4日　报名方式：网上报名", lead]
    >>> mirrors_piece([*head, "报名中 ▸ 球类"], 3, piece)  # rows over the sentence: a head
    False
    """
    rows = [lines[i] for i in range(min(end, len(lines)))]
    said = [i for i, s in enumerate(rows) if sentence_line(s.strip())]
    if len(said) < 2:
        return False  # one sentence over rows: a standfirst over the page's info rows
    return len(_labels(rows[said[0] + 1 :]) & _labels(piece)) >= MIRROR_LABELS


def _verse_row(s: str) -> bool:
    return 2 <= len(s) <= VERSE_MAX and s.endswith(_CLOSES)


def _heading(s: str) -> bool:
    """A short heading line: no punctuation mark closing it, no figure, no separator (a
    date or a breadcrumb is no heading)."""
    return (
        len(s) <= HEADING_MAX
        and not s.endswith(_CLOSES)
        and not any(c.isdigit() or c in _SEPARATORS for c in s)
    )


def prefix_block(
    lines: Sequence[str], end: int, notes: Collection[str] = ()
) -> tuple[int, int, str] | None:
    """The first and last line of the content-shaped lines above line ``end`` and the
    shape that proved them (``"prose"`` or ``"verse"``), or None: the lines there are
    chrome-shaped (``notes``: the site's head sentences, no content).

    >>> head = ["某某文学网", "首页 > 诗歌 > 正文", "2024-03-05"]
    >>> prefix_block([*head, "【诗二】"], 3) is None
    True
    >>> poem = ["春日", "柳条垂水面，", "燕子过桥头。", "风来花自落，", "人在小楼中。"]
    >>> prefix_block([*head, *poem, "", "【诗二】"], 9)
    (3, 7, 'verse')
    >>> note = ["编者的话", "这一期我们把几位老读者的来信整理出来，按收到的先后排列，未作删改。"]
    >>> prefix_block([*head, *note, "本期编辑部", "三月五日", "◆甲", "◆乙"], 9)
    (3, 4, 'prose')
    >>> prefix_block(["某刊", note[1], "【一】"], 2)  # the masthead over it is no heading
    (1, 1, 'prose')
    >>> prefix_block([*head, *note], 5, {note[1]}) is None  # the site's template
    True
    >>> prefix_block(["首页，新闻，关于", "标签：甲、乙、", "【一】"], 2) is None  # two rows
    True
    >>> ad = "开通会员即可下载本站全部范文，每天更新，欢迎大家前来阅读。"
    >>> prefix_block([*head, ad, "【一】"], 4) is None  # a site's prompt, alone
    True
    >>> prefix_block([*head, "本站说明", ad, "【一】"], 5)  # under its own heading: kept
    (3, 4, 'prose')
    """
    rows = [i for i in range(min(end, len(lines))) if lines[i].strip()]
    text = {i: lines[i].strip() for i in rows}
    found: list[tuple[int, int, str]] = []
    for n, i in enumerate(rows):
        if sentence_line(text[i]) and not printed_at_head(text[i], notes):
            # its heading right over it ('前言'), not the page's first line (a masthead)
            top = i - 1 if n > 1 and rows[n - 1] == i - 1 and _heading(text[i - 1]) else i
            if top == i and prompt_line(text[i]) and not sign_off(lines, i, end)[1]:
                continue  # a site's prompt, alone: no heading over it, no sign-off under it
            found.append((top, i, "prose"))
    run: list[int] = []
    for i in [*rows, -1]:
        if i >= 0 and _verse_row(text[i]) and not printed_at_head(text[i], notes):
            run.append(i)
            continue
        if len(run) >= VERSE_ROWS and sum(len(text[j]) for j in run) >= VERSE_CHARS:
            top = run[0]
            at = rows.index(top)
            if at > 0 and rows[at - 1] == top - 1:
                above = text[top - 1]
                if len(above) <= TITLE_MAX and not above.endswith(_CLOSES):
                    top -= 1  # the poem's title, right over its lines
            found.append((top, run[-1], "verse"))
        run = []
    if not found:
        return None
    shape = "verse" if any(s == "verse" for _, _, s in found) else "prose"
    return min(a for a, _, _ in found), max(b for _, b, _ in found), shape
