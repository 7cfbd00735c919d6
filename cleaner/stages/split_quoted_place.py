"""Where a row of labels in corner quotes may be read as the piece's metadata.

Corner quotes (``「」``, ``『』``) quote words in everyday prose, so a row such as
``「来源」某报　「作者」某某`` is read as fields only in a header position: under the
piece's title or header, before the first sentence of its text, and not when the same
labels head sibling rows further down (a forum's floors, an index of entries, a
glossary), where each row is text of its own entry.
"""

from __future__ import annotations

import re

from cleaner.stages.split_prefix_guard import sentence_line

__all__ = ["quoted_labels", "quoted_row_not_closing", "quoted_row_out_of_place"]

_QUOTES = {"「": "」", "『": "』"}
_LABEL = re.compile(r"[「『]([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,8})[」』]")


def quoted_labels(line: str) -> frozenset[str]:
    """The labels of a line that opens with a corner-quoted label (none otherwise).

    >>> sorted(quoted_labels("「楼主」某甲　「发表于」2031-01-02"))
    ['发表于', '楼主']
    >>> quoted_labels("他说：「好」。")
    frozenset()
    """
    s = line.strip()
    if not s or s[0] not in _QUOTES:
        return frozenset()
    return frozenset(m[1].replace(" ", "").replace("\u3000", "") for m in _LABEL.finditer(s))


def quoted_row_out_of_place(lines: list[str], body_idx: list[int], row: int) -> bool:
    """Line ``row`` opens with a corner-quoted label and stands where no header does:
    a sentence of the piece's text above it, or a
    sibling row of the piece shares one of its labels.

    >>> page = ["某题", "「来源」某报　「作者」某甲", "正文一句。", "「来源」某刊　「作者」某乙"]
    >>> [quoted_row_out_of_place(page, [0, 1, 2, 3], i) for i in (1, 3)]
    [True, True]
    >>> quoted_row_out_of_place(page[:3], [0, 1, 2], 1)
    False
    >>> quoted_row_out_of_place(["某题", "作者：某甲", "正文。"], [0, 1, 2], 1)
    False
    """
    labels = quoted_labels(lines[row])
    if not labels:
        return False
    above = [i for i in body_idx if i < row]
    if any(sentence_line(lines[i].strip()) for i in above):
        return True
    return any(i != row and labels & quoted_labels(lines[i]) for i in body_idx)


def quoted_row_not_closing(lines: list[str], content: list[int], row: int) -> bool:
    """Line ``row`` opens with a corner-quoted label and does not close the piece: a
    sentence of its text follows it, or a sibling row shares one of its labels.

    >>> said = "本院近日依法审结了这起纠纷，双方当事人均表示服判。"
    >>> page = ["某题", said, "「案号」某执5号　「日期」2031-05-06", said]
    >>> quoted_row_not_closing(page, [0, 1, 2, 3], 2), quoted_row_not_closing(page, [0, 1, 2], 2)
    (True, False)
    """
    labels = quoted_labels(lines[row])
    if not labels:
        return False
    if any(sentence_line(lines[i].strip()) for i in content if i > row):
        return True
    return any(i != row and labels & quoted_labels(lines[i]) for i in content)
