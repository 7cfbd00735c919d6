"""Site notice blocks: a label line and short numbered lines of site-policy wording.

Document-sharing and essay sites close (or open) a page with a block such as a label
``…：`` followed by ``1、本站…`` ``2、下载…`` lines.  Every page of the site repeats it,
but the site-repeat pre-pass must not learn it: numbered lines are protected there as
section headings (``site_repeat_keep.toml``), since an article's own numbered list has
the same shape.  This module decides by shape, words and position instead:

* shape: a label line (a few characters ending in a colon) directly followed by 1-8
  numbered lines running 1, 2, 3 …, each one short sentence;
* words: every item carries a policy cue (the site speaking of its service, downloads,
  copyright, liability; ``notice_blocks.toml``);
* position: the block stands at the head or the tail of the page's remaining text (no
  unclaimed prose line before it, or none after it).

A block whose items only partly carry cues, or one standing amid prose, is kept; when
some items carry cues it is flagged (``boilerplate.notice_block.unsure``), never removed.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.cue_words import mask_compounds

#: Rule id of a removed notice block (one change: the label and its items).
NOTICE_BLOCK = "boilerplate.notice_block"
#: Rule id of a kept block that partly looks like a notice (``flag``).
NOTICE_BLOCK_UNSURE = "boilerplate.notice_block.unsure"

_SENTENCE_END = ("。", "！", "？", "!", "?", "；")


@dataclass(frozen=True, slots=True)
class _Table:
    label: re.Pattern[str]
    item: re.Pattern[str]
    item_max: int
    max_items: int
    prose_chars: int
    cues: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = load_table("notice_blocks")
    named = {c["name"]: c["pattern"] for c in load_table("site_repeat_keep")["cue"]}
    cues = [re.compile(named[n]) for n in data["cues"]]
    cues += [re.compile(c["pattern"]) for c in data.get("cue", [])]
    return _Table(
        re.compile(data["label"]),
        re.compile(data["item"]),
        int(data["item_max_chars"]),
        int(data["max_items"]),
        int(data["prose_chars"]),
        tuple(cues),
    )


@dataclass(frozen=True, slots=True)
class Block:
    """Line indexes of one block (label first) and whether it goes (else: flag)."""

    lines: tuple[int, ...]
    remove: bool


def _prose(line: str, t: _Table) -> bool:
    return len(line) >= t.prose_chars or line.endswith(_SENTENCE_END)


def _items(stripped: list[str], start: int, t: _Table) -> list[int]:
    """The numbered lines after the label at ``start - 1``: 1, 2, 3 … without gaps."""
    out: list[int] = []
    i = start
    while i < len(stripped) and len(out) < t.max_items:
        m = t.item.match(stripped[i])
        if m is None or int(m.group(1)) != len(out) + 1 or len(stripped[i]) > t.item_max:
            break
        out.append(i)
        i += 1
    if i < len(stripped) and t.item.match(stripped[i]) and len(out) == t.max_items:
        return []  # a longer list than a notice has: an article's own
    return out


def notice_blocks(stripped: list[str], claimed: Collection[int]) -> list[Block]:
    """The notice blocks of a page (``stripped`` lines; ``claimed``: already going).

    >>> page = ["正文第一段写得很长很长，一直写到这里才算结束了这一段话。", "",
    ...         "使用须知：", "1、本站资料由用户上传，仅提供存储服务。",
    ...         "2、下载后不支持退换。"]
    >>> notice_blocks(page, set())
    [Block(lines=(2, 3, 4), remove=True)]
    >>> notice_blocks(["工作要求：", "1、各单位要按时上报。", "2、下载表格后填写。"], set())
    [Block(lines=(0, 1, 2), remove=False)]
    """
    t = _table()
    text = "\n".join(stripped) + "\n"
    if ":\n" not in text and "：\n" not in text:
        return []  # no line ends in a colon (the stripped lines hold no line break)
    blocks: list[Block] = []
    for i, s in enumerate(stripped):
        if i in claimed or not s or not t.label.match(s):
            continue
        items = _items(stripped, i + 1, t)
        if not items or any(k in claimed for k in items):
            continue
        cued = sum(any(rx.search(mask_compounds(stripped[k])) for rx in t.cues) for k in items)
        if not cued:
            continue
        rest = [k for k, x in enumerate(stripped) if x and k not in claimed]
        head = not any(_prose(stripped[k], t) for k in rest if k < i)
        tail = not any(_prose(stripped[k], t) for k in rest if k > items[-1])
        blocks.append(Block((i, *items), cued == len(items) and (head or tail)))
    return blocks
