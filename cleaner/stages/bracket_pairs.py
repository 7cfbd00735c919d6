r"""The brackets that frame a label, a tag or a cell, shared by the readers that mean them.

A site frames a row's labels (``【来源】某报``), its labelled cells (``【发布：2021-03-05】``)
and a title's tag (``【专题】某某``) in any of five pairs, and the next site picks
another: ``【】``, ``［］``, ``[]``, ``〔〕``, ``〖〗``.  A reader that means "a bracketed
label" takes them all; a pair opens and closes with its own mates.

>>> import re
>>> [m[1] for m in re.finditer(rf"[{OPEN}]([^{ANY}]+)[{CLOSE}]", "【甲】［乙］[丙]〔丁〕〖戊〗")]
['甲', '乙', '丙', '丁', '戊']
>>> PAIRS["〔"], closes("〔编号：1〕"), closes("〔编号：1】")
('〕', True, False)

Round brackets are not in the class: ``（记者 某某）`` is an aside or a credit, read by
its own readers; a reader that means a number's year (``某发〔2021〕3号``) asks for digits.
"""

from __future__ import annotations

__all__ = ["ANY", "CLOSE", "OPEN", "PAIRS", "closes"]

#: opening → closing bracket of each pair that frames a label or a cell
PAIRS = {"【": "】", "［": "］", "[": "]", "〔": "〕", "〖": "〗"}
#: the opening brackets, escaped for a regex character class
OPEN = "【［\\[〔〖"
#: the closing brackets, escaped for a regex character class
CLOSE = "】］\\]〕〗"
#: both, escaped for a regex character class
ANY = OPEN + CLOSE


def closes(s: str) -> bool:
    """``s`` opens with a bracket of a pair and closes with its mate."""
    return len(s) >= 2 and PAIRS.get(s[0]) == s[-1]
