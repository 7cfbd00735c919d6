"""Short items of the page's own lists, which the chrome line model must not delete.

A list of short lines (recipe steps, the items of a changelog, the names of a prize list,
short answers) is shaped like chrome: short, no sentence marks, sometimes a prompt word
('点分享', '选择扫一扫', '对准二维码' are steps of a how-to).  The model reaches such an
item from its own prompt word and deletes it while its siblings of the same shape, one
above and one below, stay.  A block of deleted lines that sits *inside* a list of kept
lines of its shape, glued between them, is the list's: it is kept and flagged
(``boilerplate.line_model.list_item``).

Chrome still goes: a block at a list's end under which a claimed or deleted line or a
blank line follows (``分享`` under the last name, over ``返回顶部``), a line that is a
prompt word and nothing else (``分享``, ``收藏``), a line with an address, a file name
or a page number, a line of another shape than its neighbours (``上一篇：…`` under
items without a colon), a sentence with clauses (``感谢分享，收藏了。`` among a post's
replies).

>>> page = ["打开相册", "选中照片", "点分享", "选择好友", "页脚"]
>>> sorted(kept_items(page, {2}, set(), lambda i: False, lambda s: s == "分享"))
[2]
>>> sorted(kept_items(["甲", "乙", "分享", "返回顶部"], {2}, {3}, lambda i: False, lambda s: False))
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection

#: Items longer than this are the model's to judge on their own evidence.
ITEM_MAX = 20
#: Kept siblings of the block's shape the list needs (above and below together).
MIN_SIBLINGS = 2
#: How far above a marked list's last items its kept siblings are looked for.
LOOK_UP = 8
_MARKS = re.compile(r"[:：|>»/\\·•，,;；]|\S\s{2,}\S")


def item_shape(s: str) -> tuple[str, str] | None:
    """How a short list item opens and closes: its leading mark or numbering and its
    closing mark (a letter's script class otherwise); ``None`` for a line holding a
    bar's separators or a colon (a label/value row, a pointer, a menu) or a clause
    mark (a sentence: a reader's reply under a post is no item of the post)."""
    if not s or len(s) > ITEM_MAX or _MARKS.search(s):
        return None
    return _cls(s[0], head=True), _cls(s[-1], head=False)


def _marked(shape: tuple[str, str]) -> bool:
    """A list item opened by a mark or a number ('◎', '•', '-', '1.'), not a letter."""
    return shape[0] not in ("letter", "latin")


def _cls(ch: str, *, head: bool) -> str:
    if ch.isdigit():
        return "digit"
    cat = unicodedata.category(ch)
    if cat.startswith("L"):
        return "latin" if ch.isascii() else "letter"
    return ch  # a mark: '◎', '·', '。', '-'


def kept_items(
    stripped: list[str],
    deleted: Collection[int],
    taken: Collection[int],
    strong: Callable[[int], bool],
    bare_word: Callable[[str], bool],
) -> set[int]:
    """The deleted lines (indices into ``stripped``) that are items of a kept list.

    ``taken``: lines claimed by rules (never given back here); ``strong(i)``: line ``i``
    carries evidence of its own beyond a prompt word (an address, a file, a page
    number); ``bare_word(s)``: the line is a prompt word and nothing else."""
    gone = set(deleted)
    out: set[int] = set()
    n = len(stripped)

    def own(k: int) -> bool:
        return 0 <= k < n and bool(stripped[k]) and k not in gone and k not in taken

    def item(k: int) -> bool:
        return not (strong(k) or bare_word(stripped[k]))

    i = 0
    while i < n:
        if i not in gone:
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 in gone:
            j += 1
        block = range(i, j + 1)
        i = j + 1
        up, down = block.start - 1, block.stop
        shape = item_shape(stripped[block.start])
        if shape is None or not own(up):
            continue
        if _marked(shape):
            # items of a marked list ('◎…', '1. …'), under a heading of the list or over
            # the page's foot: items when kept lines of the page near them carry the
            # same mark and close (the foot's own lines under them, '分享', stay deleted)
            head: list[int] = []
            for k in block:
                if item_shape(stripped[k]) != shape or not item(k):
                    break
                head.append(k)
            near = [*range(max(block.start - LOOK_UP, 0), block.start)]
            if len(head) == len(block):
                k = down
                while own(k) and item_shape(stripped[k]) == shape:
                    near.append(k)
                    k += 1
            if sum(own(k) and item_shape(stripped[k]) == shape for k in near) >= MIN_SIBLINGS:
                out.update(head)
            continue
        if any(item_shape(stripped[k]) != shape or not item(k) for k in block):
            continue
        if not (own(up) and own(down)):
            continue  # glued between the page's own lines, or not the list's
        siblings = 0
        k = up
        while own(k) and item_shape(stripped[k]) == shape:
            siblings, k = siblings + 1, k - 1
        k = down
        while own(k) and item_shape(stripped[k]) == shape:
            siblings, k = siblings + 1, k + 1
        if siblings >= MIN_SIBLINGS and item_shape(stripped[up]) == shape:
            out.update(block)
    return out
