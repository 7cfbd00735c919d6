"""Paragraphs of an HTML page cut in two by a block set inside a sentence.

A forum post's attachment box, an inline ad or an image block can stand between two
``<p>`` of one paragraph: ``<p>…这一</p><div class="attach">…</div><p>项前后花了1060元。</p>``.
The markup shows it: the two pieces are sibling paragraphs (same parent, same tag), only
other elements (no paragraph of that tag) stand between them, the first stops
mid-sentence (a Han character or a comma after a clause) and the second goes on with a
Han character.  :func:`cut_pairs` finds such pairs; the reader hands them on
(``html_breaks``) and the repair stage joins a pair once the block between is gone
(:mod:`cleaner.stages.block_joins`).  Two posts or comments in separate containers, or a
caption paragraph between two paragraphs, are no pair.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_layout import _Block, _Line

#: The blocks between the two pieces hold at most this many lines.
MAX_BETWEEN = 3
#: A pair is handed on as the first piece's last and the second's first characters.
PAIR_CHARS = 6
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLAUSE = re.compile(r"[，。；！？]")


def _runs_on(above: str, below: str) -> bool:
    """``above`` stops mid-sentence after a clause and ``below`` goes on with Han."""
    a, b = above.rstrip(), below.lstrip()
    return (
        len(a) >= 10
        and bool(_CLAUSE.search(a))
        and (bool(_HAN.match(a[-1])) or a[-1] in "，、")
        and bool(_HAN.match(b[:1]))
    )


def cut_pairs(
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    marks: frozenset[int] = frozenset(),
) -> list[str]:
    """``tail\\thead`` of every paragraph cut by a block set inside it (module doc).

    ``marks`` are lines that are chrome wherever they stand (a printed story's jump lines,
    ``（下转第4版）`` / ``（上接第3版）``): set between the two pieces as paragraphs of the
    same tag, they are the block that cut it, not a paragraph of the text."""
    shown = [i for i, t in enumerate(texts) if t and i not in marks]
    out: list[str] = []
    for k, i in enumerate(shown):
        own = lines[i].owners
        if len(own) < 2 or lines[i].heading or own[-1] not in blocks:
            continue
        tag, parent = blocks[own[-1]].tag, own[:-1]
        cut = [m for m in marks if i < m < (shown[k + 1] if k + 1 < len(shown) else len(texts))]
        for j in shown[k + 1 : k + 2 + MAX_BETWEEN]:
            o = lines[j].owners
            if o[:-1] == parent and o[-1] in blocks and blocks[o[-1]].tag == tag:
                between = shown[k + 1 : shown.index(j)] or cut
                if between and not lines[j].heading and _runs_on(texts[i], texts[j]):
                    out.append(f"{texts[i].rstrip()[-PAIR_CHARS:]}\t{texts[j][:PAIR_CHARS]}")
                break
            inside = len(o) > len(parent) and o[: len(parent)] == parent
            if not inside or (o[len(parent)] in blocks and blocks[o[len(parent)]].tag == tag):
                break  # left the parent, or a sibling paragraph of the same tag between
    return out
