"""Chrome lines told by their shape alone: ornament separators and crumb trails.

Sites decorate the same two pieces of chrome in ever new glyphs, so a list of glyphs in
a rule falls behind the next site (``· · · ◐ · · ·``, ``＊　＊　＊`` between the items of
a page; ``站 ⊳ 栏目 ⊳ 正文``, ``首页 ⋄ 栏目 ⋄ 条目`` over it).  Their *shape*, read by
Unicode category, does not:

* **an ornament separator** (rule ``boilerplate.shape.separator``): a line of symbols
  and spaces only, at least ``SEPARATOR_MIN_MARKS`` of them, one at least outside ASCII
  (ASCII rules ``=====``, ``+---+`` and ``|---|`` belong to tables and plain text,
  and the split stage reads them as separators itself), no sentence mark (``……`` and
  ``。。。`` are text), no placeholder glyph (``□□□`` stands for lost characters), no
  table bar (``|``) and no straight low line (``＿＿＿＿`` is a blank to fill in; a
  wavy one, ``﹏﹏﹏``, is a rule);
* **an in-page jump link** (rule ``boilerplate.shape.jump``): an arrow at one end of a
  few words (``↑ 回到目次``, ``⇧ Top``, ``返回本辑 ↑``), the same line two times or more
  on the page, each time between blocks of text: a prose line above every one and
  below none but the last (:func:`jump_links`).  An arrow inside a chain of names is a
  process or a trail; a caption (``▲ 图为…``) is there once; a table's cell
  (``↑ 上涨``) repeats with no prose between its rows; a line of arrows only is a
  flow chart's.
* **a crumb trail** (rule ``boilerplate.shape.trail``): above the page's first prose
  line, three to eight short names parted by one and the same symbol (category ``Sm``
  or ``So``, outside ASCII), each name opening with a letter, digit or ideograph and
  holding no sentence mark or colon.  A flow arrow (``→``, ``⇒``: ``报名 → 审核 → 发放``)
  is a process, not a trail, and the multiplication and division signs are arithmetic.
  A row of label/value pairs parted by such a symbol is a document's metadata, which the
  split stage reads, not a trail (:func:`field_row`): ``标签 ⊳ 值　标签 ⊳ 值`` (the
  symbol between a label and its value, pairs apart by wide gaps) or ``标签 值 ⊳ 标签 值
  ⊳ 标签 值`` (the symbol between pairs, every name a short label, a space and a value).

A separator is tried only on a line opening with a symbol, a trail only on the page's
first lines holding a symbol of those blocks, so a page of prose pays a test or two a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from cleaner.stages.cell_gaps import WIDE_GAP
from cleaner.stages.line_features import is_prose

__all__ = [
    "BRACKETED_CELL",
    "JUMP",
    "SEPARATOR",
    "TRAIL",
    "field_row",
    "jump_links",
    "separator_line",
    "shape_claims",
    "trail_line",
]

#: a bracketed cell of a row (``〔某类〕``, ``【浏览 88】``, ``[日期：2021-03-05]``), its
#: words as group 1: the split stage's tag rows and the repeat keeps' framed rows read it
BRACKETED_CELL = re.compile(r"[〔【［\[]([^〔〕【】［］\[\]]+)[〕】］\]]")

#: Rule ids of the two claims.
SEPARATOR = "boilerplate.shape.separator"
TRAIL = "boilerplate.shape.trail"
JUMP = "boilerplate.shape.jump"
#: A separator holds at least this many symbols (``＊　＊　＊``) and is at most
#: SEPARATOR_MAX_CHARS long.
SEPARATOR_MIN_MARKS = 3
SEPARATOR_MAX_CHARS = 40
#: A trail has this many names at least and at most; a name is at most NAME_MAX_CHARS.
TRAIL_MIN_NAMES = 3
TRAIL_MAX_NAMES = 8
NAME_MAX_CHARS = 20
TRAIL_MAX_CHARS = 120
#: A trail is among the page's first lines (the site's header: a title bar, a trail, a
#: date row); a page of short lines without prose has no head to read to its end.
HEAD_LINES = 10
#: Marks of running text: a line of them is text (an ellipsis, an omission), not chrome.
_TEXT_MARKS = frozenset("…。，、；：！？.,;:!?\"'“”‘’「」『』（）()《》〈〉")
#: Glyphs standing for lost or withheld characters (``□□□``, the replacement character
#: U+FFFD of undecodable bytes), and table bars.
_NOT_ORNAMENT = frozenset("□■×Ｘ○|｜\ufffd")
#: Flow arrows and arithmetic signs: a chain of them is a process or a sum.
_NOT_TRAIL = frozenset("→⇒⟶⟹➔➜➝➞➡×÷±")
_SPACES = " \t\u3000"
_HAN, _HAN_END = "\u4e00", "\u9fff"
#: The blocks holding nearly every symbol a site parts its trail with (arrows, math
#: operators, technical signs, shapes, dingbats, pictographs): a line without one is
#: no trail, found at C speed before any character's category is read.
_SYMBOL_BLOCKS = re.compile("[\u2190-\u2bff\u3200-\u33ff\U0001f000-\U0001faff]")
#: Latin-1 letters and signs next to each other, or the replacement character: text
#: decoded with the wrong charset (``Ð ÑƒÑ�Ñ``), which the repair stage mends.
_MOJIBAKE = re.compile("[\u00a0-\u00ff\u0192\u02c6\u02dc\u2018-\u2022]{2}|\ufffd")
#: A field's label: a few ideographs (``执笔``, ``发布单位``), as metadata rows print them.
_LABEL = re.compile("[\u4e00-\u9fff]{1,6}")


#: Straight low lines: a run of them is a blank to fill in (an exam's answer line).
_BLANKS = frozenset("_\uff3f\ufe33")


def _symbol(ch: str) -> bool:
    """A symbol or punctuation mark, but no straight low line: a run of ``＿`` is a blank
    to fill in (an exam's answer line).  The other connector marks, the wavy, dashed and
    centreline low lines (``﹏﹏﹏``, ``﹍﹍﹍``) and the ties (``‿‿‿``), are drawn as
    rules, no blank: nobody writes an answer on a wave."""
    return unicodedata.category(ch)[0] in "SP" and ch not in _BLANKS


def separator_line(s: str) -> bool:
    """Is the stripped line ``s`` an ornament separator (module doc)?

    >>> separator_line("· · · ◐ · · ·"), separator_line("＊　＊　＊"), separator_line("◆◆◆")
    (True, True, True)
    >>> separator_line("……"), separator_line("====="), separator_line("□□□")
    (False, False, False)
    >>> separator_line("※ 注意 ※"), separator_line("|—|—|"), separator_line("＿＿＿＿")
    (False, False, False)
    >>> separator_line("\ufffd" * 6)  # undecodable bytes: debris of text
    False
    >>> separator_line("﹏" * 12), separator_line("﹍ ﹍ ﹍"), separator_line("‿" * 8)
    (True, True, True)
    >>> separator_line("_" * 12), separator_line("＿＿＿＿＿＿"), separator_line("﹏︳﹏")
    (False, False, False)
    """
    if not SEPARATOR_MIN_MARKS <= len(s) <= SEPARATOR_MAX_CHARS or s.isascii():
        return False
    marks = 0
    for ch in s:
        if ch in _SPACES:
            continue
        if ch in _TEXT_MARKS or ch in _NOT_ORNAMENT or not _symbol(ch):
            return False
        marks += 1
    return marks >= SEPARATOR_MIN_MARKS


def field_row(s: str, sep: str) -> bool:
    """Is the stripped line ``s``, parted by the symbol ``sep``, a row of two or more
    label/value pairs (module doc) rather than a trail of names?

    >>> field_row("编写 ⊳ 某某科　审核 ⊳ 2020-05-06", "⊳")
    True
    >>> field_row("来源 某报 ⋄ 作者 某某 ⋄ 日期 2020-05-06", "⋄")
    True
    >>> field_row("某农情网 ⊳ 简报 ⊳ 早稻", "⊳"), field_row("首页 ⊳ 热点 新闻 ⊳ 某村", "⊳")
    (False, False)
    """
    cells = [c for c in WIDE_GAP.split(s) if c]
    if len(cells) >= 2 and all(_pair(c, sep) for c in cells):
        return True  # label ⊳ value, pairs apart by wide gaps
    names = [x.strip(_SPACES) for x in s.split(sep)]
    return len(names) >= 2 and all(
        len(p) == 2 and _LABEL.fullmatch(p[0]) is not None
        for p in (x.split(None, 1) for x in names)
    )  # label value ⊳ label value: every name a pair


def _pair(cell: str, sep: str) -> bool:
    """A cell ``label sep value``: one symbol, a short label of ideographs before it."""
    label, found, value = cell.partition(sep)
    return (
        bool(found)
        and sep not in value
        and _LABEL.fullmatch(label.strip(_SPACES)) is not None
        and bool(value.strip(_SPACES))
    )


def trail_line(s: str) -> bool:
    """Is the stripped line ``s`` a crumb trail parted by one symbol (module doc)?

    >>> trail_line("某农情网 ⊳ 简报 ⊳ 早稻"), trail_line("首页⋄村务⋄某村"), trail_line("甲 ⊸ 乙")
    (True, True, False)
    >>> trail_line("报名 → 审核 → 发放"), trail_line("甲 ◆ 乙，丙 ◆ 丁"), trail_line("★ 标题 ★")
    (False, False, False)
    >>> trail_line("Ð ÑƒÑ\ufffdÑ\ufffdÐºÐ¸Ð¹")  # mojibake of a Russian word
    False
    >>> trail_line("编写 ⊳ 某某科　审核 ⊳ 2020-05-06")  # label/value pairs: metadata
    False
    """
    if len(s) > TRAIL_MAX_CHARS or s.isascii() or _SYMBOL_BLOCKS.search(s) is None:
        return False
    if _MOJIBAKE.search(s):
        return False  # mis-decoded text (the repair stage's), not a trail
    seps = {
        ch
        for ch in s
        if not ch.isascii()
        and not _HAN <= ch <= _HAN_END  # most characters: no category looked up
        and unicodedata.category(ch) in ("Sm", "So")
    }
    if len(seps) != 1:
        return False
    sep = seps.pop()
    if sep in _NOT_TRAIL or sep in _NOT_ORNAMENT:
        return False
    names = [x.strip(_SPACES) for x in s.split(sep)]
    if not TRAIL_MIN_NAMES <= len(names) <= TRAIL_MAX_NAMES:
        return False
    if field_row(s, sep):
        return False  # a row of label/value pairs: the document's metadata
    return all(
        0 < len(x) <= NAME_MAX_CHARS
        and (x[0].isalnum() or unicodedata.category(x[0]) == "Ps")
        and not any(ch in _TEXT_MARKS and ch not in "（）()《》〈〉" for ch in x)
        for x in names
    )


#: a run of letters or figures (row_skeleton)
_WORD_RUN = re.compile(r"\w+")

#: An in-page jump link: arrows at one end (U+2190-21FF, the long and supplemental
#: arrows, the heavy ones of U+2B05-2B0D), a space or none, then one to JUMP_MAX_WORDS
#: letters, ideographs or spaces, and nothing else (no digit, no mark).
JUMP_MAX_WORDS = 12
_ARROWS = "\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f\u2b05-\u2b0d"
_WORDS = rf"[^\W\d_](?:[^\W\d_]|[ \t\u3000]){{0,{JUMP_MAX_WORDS - 1}}}"
_JUMP = re.compile(
    rf"^[{_ARROWS}]{{1,2}}[ \t\u3000]*{_WORDS}$"
    rf"|^{_WORDS}(?<![ \t\u3000])[ \t\u3000]*[{_ARROWS}]{{1,2}}$"
)
#: an arrow: a jump link's line opens with one, or closes with one (``$``: before a final
#: newline too), so a line with an arrow at neither end is no jump link (issue 15: the
#: link's pattern, tried on every short line of every page, is tried on these only)
_ARROW = re.compile(f"[{_ARROWS}]")


def jump_links(stripped: Sequence[str], claimed: Collection[int] = ()) -> list[int]:
    """The lines of ``stripped`` that are one in-page jump link (module doc): an arrow
    at one end of a few words, the same line two times or more, a prose line
    (:func:`is_prose`) above each and between each two.

    >>> p1 = "第一件藏品的说明写到这里，是一句完整的话。"
    >>> p2 = "第二件的说明也是这样，写成一句完整的话为止。"
    >>> page = ["目次", "甲器", p1, "⇧ 回到目次", "乙器", p2, "⇧ 回到目次", "馆址"]
    >>> jump_links(page)
    [3, 6]

    Once on the page, or repeated with no text between (a table's cells): kept.

    >>> jump_links(page[:5]), jump_links(["品种", "↑ 上涨", "米", "↑ 上涨", p1])
    ([], [])

    An arrow inside a chain, arrows alone, a figure: no jump link.

    >>> [bool(_JUMP.match(x)) for x in ("申请 → 审核", "↓", "↑ 12%", "返回本辑 ↑", "↑ Top")]
    [False, False, False, True, True]
    """
    at: dict[str, list[int]] = {}
    edge = _ARROW.match
    for i, s in enumerate(stripped):
        if (
            s
            and i not in claimed
            and len(s) <= JUMP_MAX_WORDS + 4
            and (edge(s) or edge(s, len(s) - 1) or s[-1] == "\n")
            and _JUMP.match(s)
        ):
            at.setdefault(s, []).append(i)
    out: list[int] = []
    for rows in at.values():
        if len(rows) < 2:
            continue
        starts = [-1, *rows[:-1]]
        if all(
            any(is_prose(stripped[k]) for k in range(lo + 1, hi))
            for lo, hi in zip(starts, rows, strict=True)
        ):
            out += rows
    return sorted(out)


def row_skeleton(line: str) -> str:
    """``line`` with every run of letters or figures as one ``W`` and no spaces: the shape
    two rows of one kind share.

    >>> row_skeleton("报名中 ▸ 球类 ▸ 市级赛事"), row_skeleton("名额紧张 ▸ 棋牌类 ▸ 街道级")
    ('W▸W▸W', 'W▸W▸W')
    >>> row_skeleton("首页 > 新闻")
    'W>W'
    """
    return _WORD_RUN.sub("W", "".join(line.split()))


def repeated_below(stripped: Sequence[str], h: int, rows: Sequence[int], top: int) -> bool:
    """Does one of ``rows`` under line ``top`` (the page's first prose line) have line
    ``h``'s :func:`row_skeleton` with other words?  Then ``h`` is the first of a row the
    page prints over each of its pieces (``报名中 ▸ 球类 ▸ 市级赛事``, ``名额紧张 ▸ 棋牌类 ▸
    街道级赛事``), not a trail at its head; a site's trail printed again at the foot is the
    same line, and goes.

    >>> page = ["报名中 ▸ 球类 ▸ 市级", "", "正文一句，写完为止。", "已截止 ▸ 棋类 ▸ 县级"]
    >>> repeated_below(page, 0, [0, 3], 2), repeated_below([*page[:3], page[0]], 0, [0, 3], 2)
    (True, False)
    """
    own = stripped[h]
    shape = row_skeleton(own)
    return any(k > top and stripped[k] != own and row_skeleton(stripped[k]) == shape for k in rows)


def shape_claims(stripped: Sequence[str], claimed: Collection[int]) -> dict[int, str]:
    """Lines to claim (index → rule id): separators anywhere, trails among the page's
    first HEAD_LINES non-empty lines above its first prose line (:func:`is_prose`);
    ``claimed``: lines already going.

    >>> prose = "正文写到这里，是一个完整的句子，到这里才算结束。"
    >>> page = ["站 ⊳ 栏 ⊳ 页", "", prose, "＊　＊　＊", "站 ⊳ 栏 ⊳ 页"]
    >>> sorted(shape_claims(page, set()).items())
    [(0, 'boilerplate.shape.trail'), (3, 'boilerplate.shape.separator')]
    """
    out: dict[int, str] = {}
    for i, s in enumerate(stripped):
        # a separator opens with a symbol: most lines open with a letter or an ideograph
        # and cost this one test (a third of the stage's time on art10 without it)
        if s and not s[0].isalnum() and i not in claimed and separator_line(s):
            out[i] = SEPARATOR
    seen = 0
    trails: list[int] = []
    top = len(stripped)
    for i, s in enumerate(stripped):
        if not s:
            continue
        seen += 1
        if seen > HEAD_LINES or is_prose(s):
            top = i
            break
        if i not in claimed and i not in out and trail_line(s):
            trails.append(i)
    if trails:
        # the page's pieces' own row, printed again under the prose with other names
        # (an event's status chain over each event): not a trail (repeated_below)
        rows = [*trails, *(k for k in range(top, len(stripped)) if trail_line(stripped[k]))]
        for i in trails:
            if not repeated_below(stripped, i, rows, top):
                out[i] = TRAIL
    return out
