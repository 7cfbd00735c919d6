"""Verse: a run of short lines of like length whose line ends are the form, not breaks.

A page-break join (:mod:`cleaner.stages.paragraph_joins`) never fires between two lines
of such a run: in free verse, a classical poem or a song's lyrics a line may stop without
sentence punctuation (or on a comma) and the next line is a line of its own.  A paragraph
cut by a page break is told apart by its shape: its lines are long, or (a narrow column
hard-wrapped) they carry their punctuation inside them, where verse sets it at the end.
"""

from __future__ import annotations

from typing import NamedTuple

#: Punctuation that can close a verse line (or stand inside a prose line).
_PUNCT = set("，。、；：！？,.;:!?…—")


class VerseShape(NamedTuple):
    """The thresholds of a verse run (``[join]`` of ``repair.toml``: ``verse_*``)."""

    max_len: int  # no line of the run is longer
    min_lines: int  # the run holds at least this many lines
    spread: float  # a line of the run is within this factor of its median
    open_share: float  # this share of lines at least ends without a full stop
    inner_share: float  # at most this share of lines holds punctuation inside it


def _lines_around(text: str, ls: int, cstart: int, max_len: int, reach: int) -> list[str]:
    """The non-blank lines of the run around a break: the line at ``ls``, the lines up
    from it and down from the line at ``cstart``, each no longer than ``max_len`` (blank
    lines between stanzas are crossed), at most ``reach`` each way."""
    up: list[str] = []
    pos = ls
    while pos > 0 and len(up) < reach:
        start = text.rfind("\n", 0, pos - 1) + 1
        core = text[start : pos - 1].strip(" \t\u3000")
        pos = start
        if not core:
            continue
        if len(core) > max_len:
            break
        up.append(core)
    down: list[str] = []
    pos = cstart
    n = len(text)
    while pos < n and len(down) < reach:
        end = text.find("\n", pos)
        end = n if end == -1 else end
        core = text[pos:end].strip(" \t\u3000")
        pos = end + 1
        if not core:
            continue
        if len(core) > max_len:
            break
        down.append(core)
    end = text.find("\n", ls)
    cur = text[ls : len(text) if end == -1 else end].strip(" \t\u3000")
    return [*reversed(up), cur, *down]


def in_verse(text: str, ls: int, cstart: int, cur: str, shape: VerseShape) -> bool:
    r"""Is the break after ``cur`` (the line at ``ls``), before the line at ``cstart``,
    a line end inside verse?  ``cur`` and the next line both belong to a run of at least
    ``min_lines`` short lines of like length (``spread``), a share of which end open (a
    comma, no punctuation: ``open_share``) and few of which hold punctuation inside
    (``inner_share``), the two lines none: verse sets its punctuation at the line end.

    >>> shape = VerseShape(24, 4, 2.0, 0.3, 0.34)
    >>> poem = "晚风吹过旧木桥，\n桥下流水声渐远。\n\n一盏灯在对岸亮起，\n照见归人的影子。\n"
    >>> in_verse(poem, poem.index("一盏"), poem.index("照见"), "一盏灯在对岸亮起，", shape)
    True
    >>> song = "风\n我走过长长的街\n街灯一盏盏亮了\n没有人回头看我\n只有影子跟着\n"
    >>> in_verse(song, song.index("街灯"), song.index("没有"), "街灯一盏盏亮了", shape)
    True
    >>> blog = "窗外一直下着小雨没停\n楼下的街道很安静\n我坐在桌前看书，心里反\n"
    >>> blog += "倒安静了下来，很久没这样\n桌上那杯茶早就凉了\n屋里的灯也都开了\n"
    >>> in_verse(blog, blog.index("我坐"), blog.index("倒安"), "我坐在桌前看书，心里反", shape)
    False
    >>> col = "本报讯　昨日上午，某市\n召开了全市工作会议，\n"
    >>> col += "会议要求各部门，切实\n做好本年度的各项工作\n"
    >>> in_verse(col, col.index("会议要求"), col.index("做好"), "会议要求各部门，切实", shape)
    False
    """
    core = cur.strip(" \t\u3000")
    if not core or len(core) > shape.max_len:
        return False
    nl = text.find("\n", cstart)
    nxt = text[cstart : len(text) if nl == -1 else nl].strip(" \t\u3000")
    if not nxt or len(nxt) > shape.max_len:
        return False
    if any(ch in _PUNCT for ch in core[:-1] + nxt[:-1]):
        return False  # a clause inside either line: prose cut short, not a verse line
    run = _lines_around(text, ls, cstart, shape.max_len, 2 * shape.min_lines)
    if len(run) < shape.min_lines:
        return False
    # like length: the two lines and four in five of the run within ``spread`` times the
    # median line, either way (a title or a signature at the run's edge may stand out)
    mid = sorted(len(line) for line in run)[len(run) // 2]

    def like(line: str) -> bool:
        return mid <= shape.spread * len(line) and len(line) <= shape.spread * mid

    if not (like(core) and like(nxt)) or 5 * sum(map(like, run)) < 4 * len(run):
        return False
    open_ = sum(line[-1] not in "。！？!?…" for line in run)
    inner = sum(any(ch in _PUNCT for ch in line[:-1]) for line in run)
    return open_ >= shape.open_share * len(run) and inner <= shape.inner_share * len(run)
