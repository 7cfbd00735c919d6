"""Rows of a paragraph block that a site repeats: a qualifier under each item.

A guideline rates every recommendation on the line under it (``评分：B；适用：成人``), a
catalogue gives every entry its terms; the values repeat across the site's pages, so the
site profile learns the row as chrome, and the line model, seeing a short label row,
guesses so too.  The boilerplate stage asks :func:`row_of_block` before it removes such a
line from the body: glued under a line of text (no blank line between), a short labelled
row whose label opens another row of the page is the block's.  Issue 12, sixth blind set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";")

#: A line glued under a line of a paragraph block (text or the block's end below it) is
#: a row of the block when it is at most this long, ends no sentence, opens with a short
#: label and a colon that opens another row of the page too (a qualifier under each item,
#: ``评分：B；适用：成人`` twice or more), and carries no chrome cue word: a site repeats
#: it because its values repeat.  Chrome in the body (a prompt, a credit, a separator)
#: stands alone or carries no such label.
ROW_MAX_CHARS = 30
_ROW_LABEL = re.compile(r"^([^，。；：:\s]{1,8})[：:]")
_DIGITS = re.compile(r"\d+")


def row_of_block(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is a labelled row (see ``ROW_MAX_CHARS``) right under an unclaimed text
    line, with an unclaimed text line or a blank line below it.

    >>> page = ["要点1：先量体温。", "评分：B；适用：成人", "要点2：再问病史。", "评分：A"]
    >>> row_of_block(page, 1, {}, {}), row_of_block(page, 1, {}, {0: 1})
    (True, False)
    """
    s = stripped[i]
    if len(s) > ROW_MAX_CHARS or s[-1] in _SENTENCE_END or not 0 < i < len(stripped) - 1:
        return False
    m = _ROW_LABEL.match(s)
    if m is None:
        return False
    up, down = i - 1, i + 1
    if not stripped[up] or up in hits or up in claimed:
        return False
    if stripped[down] and (down in hits or down in claimed):
        return False
    key = _DIGITS.sub("0", m.group(1))
    same = sum(
        1 for t in stripped if (n := _ROW_LABEL.match(t)) and _DIGITS.sub("0", n.group(1)) == key
    )
    if same < 2:
        return False
    from cleaner.stages.line_model import keep_table

    return not keep_table().cues(s)
