"""A site's headed notice at the foot of its pages: a short head over fixed sentences.

A venue, a shop or an office closes every page with the same block of rules for its
visitors: a short head (``入场提示``, ``Visitor notes``) over a few sentences, each
printed word for word on nearly every page of the site, right under the page's own text
and over its foot chrome.  Single sentences of that kind are
:func:`~cleaner.stages.foot_repeat.foot_repeat`'s when chrome stands right above them;
a headed block stands right under the page's text, so the place alone cannot tell it
from the text's own closing.  The block's shape does:

* a run of at least :data:`MIN_NOTES` lines, each one of the site's foot sentences
  (:func:`~cleaner.stages.foot_repeat.foot_notes`: short, ending in a sentence mark,
  word for word on most pages, low on the page), none of them protected by the keep
  table (a closing formula, a signature);
* right over it a head: a short line with no sentence mark that the site also repeats
  on most of its pages (a learned line of the site's profile);
* below the run only lines some claim took (the foot chrome), or the page's end.

:func:`foot_block` names the head and the run; the stage deletes them as
``boilerplate.foot_block``.  A run with no repeated head over it (a series' fixed
closing sentences), a head over sentences of the page's own, or a block with the page's
text below it, is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container

#: Rule id of the claim.
FOOT_BLOCK = "boilerplate.foot_block"
#: The fewest fixed sentences under the head.
MIN_NOTES = 2
#: A head is at most this long.
HEAD_MAX_CHARS = 16
_SENTENCE_MARKS = frozenset("。！？!?；;，,")


def foot_block(
    stripped: list[str],
    claimed: Collection[int],
    notes: Container[str],
    heads: Container[str],
    kept: Callable[[str], bool] = lambda s: False,
) -> list[int]:
    """The lines of the site's headed foot notice (module doc), or ``[]``.  ``notes``:
    the site's foot sentences; ``heads``: the short lines the site repeats.

    >>> rules = ["请凭票入场，谢谢合作。", "馆内请勿饮食。", "闭馆前半小时停止入场。"]
    >>> page = ["某展览开幕", "展览的正文，介绍了展品和作者的来历。", "参观提示", *rules, "© 某馆"]
    >>> foot_block(page, {6}, set(rules), {"参观提示"})
    [2, 3, 4, 5]
    >>> foot_block(page, {6}, set(rules), set())  # no repeated head over the run
    []
    >>> foot_block(page, {6}, set(rules[:1]), {"参观提示"})  # sentences of the page's own
    []
    >>> foot_block(page, {4, 6}, set(rules), {"参观提示"})  # a claim took one already
    [2, 3, 5]
    >>> foot_block(page[:6] + ["正文又接着写了一段。"], set(), set(rules), {"参观提示"})
    []
    """
    filled = [i for i, s in enumerate(stripped) if s]
    run: list[int] = []
    for i in reversed(filled):
        s = stripped[i]
        if s in notes and not kept(s):
            run.insert(0, i)  # (one a claim took already is the block's all the same)
        elif i in claimed and not run:
            continue  # the foot chrome under the block
        else:
            break
    if len(run) < MIN_NOTES:
        return []
    above = [k for k in filled if k < run[0]]
    if not above:
        return []
    head = above[-1]
    h = stripped[head]
    if (
        head in claimed
        or len(h) > HEAD_MAX_CHARS
        or h not in heads
        or kept(h)
        or any(c in _SENTENCE_MARKS for c in h)
    ):
        return []
    return [head, *(i for i in run if i not in claimed)]
