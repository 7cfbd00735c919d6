"""The text block a page's readers' comments must not outweigh (for :mod:`html_select`).

The max-weight container of :mod:`cleaner.ingest.html` sums every line's weight into each
block around it.  Under an article, a list of readers' comments (blocks named as comments,
``[[comments]]`` in ``rules/html_extract.toml``) adds its lines to the page's ``<body>``
but not to the article's own text block beside it: four short comments can tip the
choice to the whole body, and the body brings the boxes around the text with it (a card
of the reviewed film over the headline, a rating row, a spoiler banner).  The comments
need not count for that choice: :func:`~cleaner.ingest.html_threads.comment_sections`
keeps them with whichever container wins.

:func:`past_comments` weighs the blocks again with the lines inside comment-named blocks
left out and takes the block that then wins when it lies inside the first choice and is
no comment itself: the text block the comments had outweighed, when the comments weigh
less than it (a discussion that outweighs the story is left as chosen: the replies may be
the page's matter, and the first choice keeps them with the story).  A page whose own text
lives in comment-named blocks (a forum thread's posts) has no such block inside the body
outweighing it, and a choice that is itself comment-named is left to
:func:`~cleaner.ingest.html_threads.answered_post`.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.ingest.html_layout import _Block, _Line


def _inside(block: int, outer: int, blocks: dict[int, _Block]) -> bool:
    """``block`` lies strictly inside ``outer``."""
    node = blocks[block].parent
    while node is not None and node in blocks:
        if node == outer:
            return True
        node = blocks[node].parent
    return False


def past_comments(
    best: int,
    blocks: dict[int, _Block],
    lines: list[_Line],
    use: list[bool],
    weight: Callable[[int], float],
) -> int:
    """``best``, or the block inside it that wins once comment lines weigh nothing.

    ``weight(i)`` is line ``i``'s weight as the first choice counted it.

    >>> blocks = {1: _Block(None, tag="body"), 2: _Block(1, shape="div.text"),
    ...           3: _Block(1, comments=True, shape="div.comment")}
    >>> lines = [_Line([], owners=(1, 2)), _Line([], owners=(1,)), _Line([], owners=(1, 3))]
    >>> w = [40.0, -3.0, 10.0].__getitem__  # the body first wins: 47 against 40
    >>> past_comments(1, blocks, lines, [True] * 3, w)
    2
    >>> past_comments(1, blocks, lines, [True] * 3, [40.0, 12.0, 10.0].__getitem__)
    1
    """
    if blocks[best].comments:
        return best
    score: dict[int, float] = {}
    said = 0.0  # the comments' weight inside ``best``
    for i, ln in enumerate(lines):
        if not use[i]:
            continue
        if any(blocks[o].comments for o in ln.owners if o in blocks):
            said += weight(i) if best in ln.owners else 0.0
            continue
        w = weight(i)
        for o in ln.owners:
            score[o] = score.get(o, 0.0) + w
    if not score:
        return best
    top = max(score, key=lambda k: score[k])
    if top == best or blocks[top].comments or not _inside(top, best, blocks):
        return best
    # a discussion that outweighs the text is the page's matter too (a thread, a news
    # page whose readers wrote more than the story): the first choice stands
    if said >= score[top]:
        return best
    return top if score[top] > score.get(best, 0.0) else best
