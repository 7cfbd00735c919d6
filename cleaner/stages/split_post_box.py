"""The split stage's reading of a board post's header box (:func:`post_frame.post_box`):
the lines above the box are the page's head, each box row goes as the post's metadata
with the fields it reads, and the title row's value is the post's title.

An author row's value is the poster's id and nickname (``kiwi0912 (奇異果)``); where the
label readers take the id for no name (digits in it), the box gives the id itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cleaner.edits import Edit
from cleaner.stages.post_frame import PostBox, post_box

Reader = Callable[[str], dict[str, str] | None]


@dataclass(frozen=True, slots=True)
class ReadBox:
    """What a header box gives the piece: the box, the deletions of the head above it
    (``prefix``) and of its rows (``rows``), the fields and the body's lines under it."""

    box: PostBox
    prefix: list[Edit] = field(default_factory=list)
    rows: list[Edit] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    rest: list[int] = field(default_factory=list)


def read_box(
    lines: Sequence[str],
    spans: Sequence[tuple[int, int, int]],
    body_idx: list[int],
    parse: Reader,
) -> ReadBox | None:
    """The header box opening the piece's lines ``body_idx``, read; None without one.

    >>> lines = ["某站", " 作者  abc12 (某某)", " 標題  [心得] 某事", "正文第一句，写得很长很长。"]
    >>> spans = [(0, 2, 3), (3, 18, 19), (19, 32, 33), (33, 46, 46)]
    >>> got = read_box(lines, spans, [0, 1, 2, 3], lambda s: None)
    >>> got.box.title, got.fields, got.rest
    ('某事', {'author': 'abc12'}, [3])
    >>> [e.rule for e in got.prefix + got.rows]
    ['split.page_prefix', 'split.meta_header', 'split.meta_header']
    """
    box = post_box([lines[i] for i in body_idx])
    if box is None:
        return None
    out = ReadBox(box, rest=body_idx[box.rows[-1] + 1 :])
    for n, i in enumerate(body_idx[: box.rows[-1] + 1]):
        if n < box.rows[0]:
            out.prefix.append(Edit(spans[i][0], spans[i][2], "", "split.page_prefix", "delete"))
            continue
        got = {} if n == box.title_row else (parse(lines[i]) or {})
        if box.cells[n - box.rows[0]][0] == "author" and "author" not in got:
            if who := box.author():
                got["author"] = who  # an id the label readers take for no name
        out.fields.update({a: b for a, b in got.items() if a not in out.fields})
        ref = json.dumps(got or {"line": lines[i].strip()}, ensure_ascii=False)
        out.rows.append(Edit(spans[i][0], spans[i][2], "", "split.meta_header", "delete", ref=ref))
    return out
