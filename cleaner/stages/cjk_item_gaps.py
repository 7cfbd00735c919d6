"""A space between two whole CJK units in a line of prose: two names of a list, or the
two halves of a verse line (:func:`item_gap`).

The CJK-space repair removes a space that cuts a word (``中 华人民共和国``).  A space
between two units each closed off by marks on its other side cuts none: names listed
after a label (``一等奖：某甲 某乙，二等奖：…``), or a couplet's two halves printed on one
line with the caesura as a space (``某某某某某某某 某某某某某某某``).  Removing it glues two
names into one or two half-lines into a run-on: the space is kept.  A unit is the run of
Han letters from the gap to the next mark, space or line edge; the shapes:

* **names**: both units two or three letters, the left opened by a label's colon or
  going on from names back to one (a third name), the right closed by a mark (no
  colon: that unit is a label), a space or the line's end;
* **verse halves**: both units of one length, four to seven letters, the left opened by
  the line's start, a colon or an opening quote, the right closed by a mark, a space or
  the line's end.

A broken word never has these shapes: one side of it runs on into the sentence
(``经 济发展``: the left unit is the clause before it) or holds one letter.
"""

from __future__ import annotations

import re

__all__ = ["item_gap"]

#: name lengths (Han letters) and verse half-line lengths
NAME_MIN, NAME_MAX = 2, 3
VERSE_MIN, VERSE_MAX = 4, 7

_HAN_RUN_LEFT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+$")
_HAN_RUN_RIGHT = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+")
_COLONS = "：:"
_MARKS = "，,、；;。！？!?：:“”‘’「」『』《》（）()"
_SPACE = " \t\u3000\u00a0"
_OPENERS = "“‘「『《（("


def _list_opened(line: str, start: int) -> bool:
    """The unit at ``line[start]`` opens a list of names after a label's colon, or goes
    on from one: every unit before it back to the colon is a name, a space apart."""
    while start > 0:
        before = line[start - 1]
        if before in _COLONS:
            return True
        if before not in _SPACE:
            return False
        gap = start - 1
        while gap > 0 and line[gap - 1] in _SPACE:
            gap -= 1
        prev = _HAN_RUN_LEFT.search(line, 0, gap)
        if prev is None or not NAME_MIN <= len(prev.group()) <= NAME_MAX:
            return False
        start = prev.start()
    return False


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
    >>> s = "监 督 检查责 任及时，"  # the unit before goes back to a letter, no name
    >>> item_gap(s, 6, 7)
    False
    >>> s = "工作已经部署，监督检查认 真落实推进。"  # halves of one length after a comma
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
    before = line[left.start() - 1] if left.start() > 0 else ""
    after_at = end + right.end()
    after = line[after_at] if after_at < len(line) else ""
    a, b = len(left.group()), len(right.group())
    closed_right = after == "" or after in _MARKS or after in _SPACE
    if not closed_right:
        return False
    if NAME_MIN <= a <= NAME_MAX and NAME_MIN <= b <= NAME_MAX:
        # a label's colon or a third name opens the list; a colon after it makes the
        # right unit a label ('联系 电话：'), no name
        return _list_opened(line, left.start()) and (after not in _COLONS or after == "")
    if a == b and VERSE_MIN <= a <= VERSE_MAX:
        # a quotation's or a line's opening: a comma or a full stop before the left
        # half makes it a clause of prose, where one space breaks a word as often
        return before == "" or before in _COLONS or before in _OPENERS
    return False
