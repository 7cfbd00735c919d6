"""Titles under a compilation's piece rows, kept from the chrome line model.

A compilation prints a row of one shape over each piece (``[P1] 某服务 · 某区``,
``〔类〕某某``), then the piece's title, then its text.  A title may hold a word the line
model counts as chrome vocabulary (an upload, a share: ``部分用户上传文件失败``) and stand
in its chrome zone (over the first prose line, under a header the site-repeat pass took):
it is still the piece's first line, which the split reads as its title.  :func:`row_titles`
finds them from the page's own repetition: a short row whose coarse shape comes back at
least twice, each time over a title-shaped line that has a sentence of text under it.

Standard library only (the shapes of :mod:`split_shape_lines`, the title test of
:mod:`header_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.header_rows import title_like
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END
from cleaner.stages.split_shape_lines import shape

#: a piece's row is at most this long, and ends no sentence
ROW_MAX_CHARS = 30
#: a sentence of the piece's text: this long, a sentence end inside or at its end
PROSE_MIN_CHARS = 20
#: a bracketed tag in a row ('【类】', '[P1]'): what is left must still name something
_TAG = re.compile(r"[\[【〔［(（〖<《][^\]】〕］)）〗>》]{0,12}[\]】〕］)）〗>》]")
_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def row_titles(stripped: Sequence[str]) -> frozenset[int]:
    """The lines right under rows of one coarse shape (two or more, their texts
    different) that are title-shaped with a sentence of text right under them.

    >>> text = "工程师正在排查原因，请您稍候再试，给您带来不便敬请谅解。"
    >>> page = ["某站", "[P1] 某服务 · 甲区", "部分用户上传文件失败", text,
    ...         "[P2] 另服务 · 乙区", "控制台分享页面空白", text]
    >>> sorted(row_titles(page))
    [2, 5]
    >>> page[4] = page[1]  # one row printed twice: a divider, no piece's row
    >>> sorted(row_titles(page))
    []
    >>> sorted(row_titles(["[1] 甲", "上传文件", "更多", "[2] 乙", "分享页面", "更多"]))
    []

    A row that holds only a tag and a date or a counter (``【推广】05-02``) names no
    piece: a teaser block's, as often as a compilation's.

    >>> page[1], page[4] = "【推广】05-01", "【推广】05-02"
    >>> sorted(row_titles(page))
    []
    """
    filled = [i for i, s in enumerate(stripped) if s]
    groups: dict[str, list[tuple[int, int]]] = {}
    for a, b, c in zip(filled, filled[1:], filled[2:], strict=False):
        row, title, text = stripped[a], stripped[b], stripped[c]
        if len(row) > ROW_MAX_CHARS or _SENTENCE_END.search(row):
            continue
        if not _WORD.search(_TAG.sub("", row)):
            continue  # a tag over a date or a counter alone
        if not title_like(title) or _SENTENCE_END.search(title):
            continue
        if len(text) < PROSE_MIN_CHARS or not _SENTENCE_END.search(text):
            continue
        groups.setdefault(shape(row, coarse=True), []).append((a, b))
    out: set[int] = set()
    for pairs in groups.values():
        if len(pairs) >= 2 and len({stripped[a] for a, _ in pairs}) == len(pairs):
            out.update(b for _, b in pairs)
    return frozenset(out)
