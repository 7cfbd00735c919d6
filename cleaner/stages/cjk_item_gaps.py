"""A space between two whole CJK units in a line: two names of a list, or the two
halves of a verse line (:func:`item_gap`).

The CJK-space repair removes a space that cuts a word (``中 华人民共和国``).  A space
between two names listed after a label (``一等奖：某甲 某乙，二等奖：…``), or between a
couplet's two halves printed on one line (``某某某某某 某某某某某``), cuts none: it is
kept.  A unit is the run of Han letters from the gap to the next mark, space or line
edge.  A short clause broken in its middle has the same lengths (``答：可以 办理，…``,
``各单位要高度 重视安全生产，…``), so the shapes ask for more than lengths:

* **names**: two or three letters each, the run of names opened by a label's colon,
  every unit up to it a name a space apart, the last one closed by a list's separator
  (a space, ``，、；``, a closing bracket, the line's end; a full stop only at the
  line's end), and either the label is a list's (``…奖``, ``出席``, ``主持人``: the
  ``[names]`` table of ``rules/item_gaps.toml``), or it names a person or a day
  (``联系人``, ``值班厨师``, ``3月5日``) and the units look like names (a surname opens
  one) or sit in a list's shape (the line ends after them, or another labelled field
  follows their closer: ``…，电话：``; ``王局长：总体 顺利，…`` runs on as speech), or
  the run holds three names or more.
  A speech's or a note's label (``答``, ``他表示``, ``结论``) opens a sentence, no list;
* **verse halves**: one length each, four to seven letters, and either the halves
  alone fill what their opening (the line's start, a colon, an opening quote) opens,
  pair after pair of that length (``某某某某某 某某某某某，某某某某某 某某某某某。``;
  a single pair of four or six letters is a clause as often, no verse), or a verse
  cue (``写道``, ``一联``, ``两句``: the ``[verse]`` table) stands in the clause right
  before the opening colon or quote and the right half ends at a mark.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.person_names import compound_surnames, named, surnamed

__all__ = ["item_gap"]

#: name lengths (Han letters) and verse half-line lengths
NAME_MIN, NAME_MAX = 2, 3
VERSE_MIN, VERSE_MAX = 4, 7
#: a single pair of halves of these lengths, with no cue, reads as a verse line (the
#: five- and seven-letter lines of classical verse); other lengths need two pairs
_VERSE_LENGTHS = (5, 7)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_RUN_LEFT = re.compile(f"[{_HAN}]+$")
_HAN_RUN_RIGHT = re.compile(f"^[{_HAN}]+")
_NEXT_NAME = re.compile(f"[ \t\u3000\u00a0]+([{_HAN}]+)")
_COLONS = "：:"
_SPACE = " \t\u3000\u00a0"
_OPENERS = "“‘「『《（("
_CLOSERS = "”’」』》）)"
_LIST_SEPARATORS = "，,、；;"
_STOPS = "。."
#: a day's label of a roster ('3月5日：', '5号：')
_DAY_LABEL = re.compile(r"\d\s*[日号]\s*$")
_HALF_MARKS = "，,、；;。.！!？?"
_CLAUSE_BREAKS = "。！？!?；;，,"


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    table = load_table("item_gaps")
    names, verse = table["names"], table["verse"]
    return (
        tuple(names["label_endings"]),
        tuple(names["speech_endings"]),
        tuple(verse["cues"]),
    )


@cache
def _person_endings() -> tuple[str, ...]:
    return tuple(load_table("item_gaps")["names"]["person_endings"])


#: a labelled field opening what follows a list's closer ('，电话：', '，教练：')
_NEXT_FIELD = re.compile(f"^[{_HAN}]{{1,8}}[{_COLONS}]")


def _person_list(run: str, closer: str, rest: str) -> bool:
    """The units of ``run`` (a space apart, after a person's or a day's label) are names
    of a list: none is a stop word or a compound surname alone (``司马 相如``), and either
    a surname opens one of them (``某甲 某乙``) or the line's shape is a list's: it ends
    right after them, or what follows their closer is another labelled field
    (``…，电话：…``).  Speech runs on with prose (``总体 顺利，群众满意``)."""
    units = run.split()
    compound = compound_surnames()
    if any(not named(u) or u in compound for u in units):
        return False
    if any(surnamed(u) for u in units):
        return True
    if closer == "":
        return True
    return (closer in _LIST_SEPARATORS or closer in _SPACE) and bool(_NEXT_FIELD.match(rest))


def _label(line: str, colon: int) -> str:
    """The Han letters right before the colon at ``line[colon]``."""
    m = _HAN_RUN_LEFT.search(line, 0, colon)
    return m.group() if m else ""


def _names_back(line: str, start: int) -> tuple[int, int] | None:
    """The colon opening the run of names whose unit starts at ``line[start]`` and the
    number of names before that unit; None when a non-name stands between."""
    count = 0
    while start > 0:
        before = line[start - 1]
        if before in _COLONS:
            return start - 1, count
        if before not in _SPACE:
            return None
        gap = start - 1
        while gap > 0 and line[gap - 1] in _SPACE:
            gap -= 1
        prev = _HAN_RUN_LEFT.search(line, 0, gap)
        if prev is None or not NAME_MIN <= len(prev.group()) <= NAME_MAX:
            return None
        start, count = prev.start(), count + 1
    return None


def _names_on(line: str, pos: int) -> tuple[int, int]:
    """The end of the run of names going on from ``line[pos]`` and their number."""
    count = 0
    while m := _NEXT_NAME.match(line, pos):
        after = line[m.end()] if m.end() < len(line) else ""
        if not NAME_MIN <= len(m.group(1)) <= NAME_MAX or after in _COLONS:
            break
        pos, count = m.end(), count + 1
    return pos, count


def _name_list(line: str, left: int, right_end: int) -> bool:
    """The names at ``line[left:right_end]`` (two units a gap apart) are two of a list."""
    if right_end < len(line) and line[right_end] in _COLONS:
        return False  # the right unit is a label ('联系 电话：')
    back = _names_back(line, left)
    if back is None:
        return False
    colon, before = back
    end, after_n = _names_on(line, right_end)
    label_endings, speech_endings, _ = _words()
    label = _label(line, colon)
    if label.endswith(speech_endings):
        return False
    listed = label.endswith(label_endings)
    closer = line[end] if end < len(line) else ""
    rest = line[end + 1 :].strip(_SPACE)
    if not listed and (label.endswith(_person_endings()) or _DAY_LABEL.search(line, 0, colon)):
        # a person's or a day's label opens speech as often as a list: names or a list's
        # shape only
        listed = _person_list(line[colon + 1 : end], closer, rest)
    closed = (
        closer == ""
        or closer in _SPACE
        or closer in _LIST_SEPARATORS
        or closer in _CLOSERS
        or (listed and closer in _STOPS and rest == "")
    )
    return closed and (listed or before + 2 + after_n >= 3)


def _opening(line: str, at: int) -> int:
    """The index of the colon or opening quote that opens the text holding
    ``line[at]``, or -1 for the line's start."""
    for i in range(at - 1, -1, -1):
        if line[i] in _COLONS or line[i] in _OPENERS:
            return i
    return -1


def _cued(line: str, opener: int) -> bool:
    """A verse cue stands in the clause right before the opener at ``line[opener]``."""
    i = opener
    while i > 0 and (line[i - 1] in _COLONS or line[i - 1] in _OPENERS or line[i - 1] in _SPACE):
        i -= 1
    clause = line[:i]
    for mark in _CLAUSE_BREAKS:
        clause = clause.rsplit(mark, 1)[-1]
    return any(cue in clause for cue in _words()[2])


def _halves_fill(text: str, n: int) -> int:
    """The number of pairs of ``n``-letter halves (a space apart, a mark after each
    pair) that make up ``text`` whole; 0 when anything else stands in it."""
    pair = re.compile(f"[{_HAN}]{{{n}}}[{_SPACE}]+[{_HAN}]{{{n}}}[{re.escape(_HALF_MARKS)}]*")
    pos = pairs = 0
    while pos < len(text):
        m = pair.match(text, pos)
        if m is None:
            return 0
        pos, pairs = m.end(), pairs + 1
    return pairs


def _verse(line: str, left: int, n: int) -> bool:
    """The halves of ``n`` letters, the left at ``line[left]``, are a verse line's."""
    opener = _opening(line, left)
    quoted = opener >= 0 and line[opener] in _OPENERS
    # a cue before the opener: the halves right after it, the right closed by a mark
    right_end = left + n
    while right_end < len(line) and line[right_end] in _SPACE:
        right_end += 1
    right_end += n
    after = line[right_end] if right_end < len(line) else ""
    if (
        left == opener + 1
        and opener >= 0
        and (after == "" or after in _HALF_MARKS or after in _CLOSERS)
        and _cued(line, opener)
    ):
        return True
    # no cue: the halves alone fill the line from its start or colon (a quotation only
    # when it fills the line)
    end = len(line)
    if quoted:
        close = next((i for i in range(right_end, len(line)) if line[i] in _CLOSERS), -1)
        if close < 0 or line[:opener].strip(_SPACE) or line[close + 1 :].strip(_HALF_MARKS):
            return False
        end = close
    elif opener >= 0 and _label(line, opener).endswith(_words()[1]):
        return False  # a speech's label opens a sentence
    pairs = _halves_fill(line[opener + 1 : end].rstrip(_SPACE), n)
    return pairs >= 2 or (pairs == 1 and n in _VERSE_LENGTHS)


def item_gap(line: str, start: int, end: int) -> bool:
    """The gap ``line[start:end]`` parts two whole units (names of a list, halves of a
    verse line): it stays.

    >>> s = "评选结果：一等奖：某甲 某乙，二等奖：某丙丁 某戊。"
    >>> [item_gap(s, i, i + 1) for i, ch in enumerate(s) if ch == " "]
    [True, True]
    >>> s = "诗里写道：某某某某某某某 某某某某某某某。"
    >>> item_gap(s, s.index(" "), s.index(" ") + 1)
    True
    >>> s = "某国的经 济发展很快，某 某某某某某某某。"
    >>> [item_gap(s, i, i + 1) for i, ch in enumerate(s) if ch == " "]
    [False, False]
    >>> s = "答：可以 办理，但需要提供委托书。"  # a speech's label: a sentence, no list
    >>> item_gap(s, s.index(" "), s.index(" ") + 1)
    False
    >>> s = "各单位要高度 重视安全生产，切实落实主体责任。"  # prose runs on after the halves
    >>> item_gap(s, s.index(" "), s.index(" ") + 1)
    False
    >>> s = "，加快 发展，"  # a comma opens the left unit: no list's label, no verse
    >>> item_gap(s, 3, 4), item_gap("联系 电话：某号", 2, 3)
    (False, False)
    """
    left = _HAN_RUN_LEFT.search(line, 0, start)
    right = _HAN_RUN_RIGHT.match(line[end:])
    if left is None or right is None:
        return False
    a, b = len(left.group()), len(right.group())
    if NAME_MIN <= a <= NAME_MAX and NAME_MIN <= b <= NAME_MAX:
        return _name_list(line, left.start(), end + b)
    if a == b and VERSE_MIN <= a <= VERSE_MAX:
        return _verse(line, left.start(), a)
    return False
