"""The heading of a link list the extractor drops (rule ``extract.link_list``).

A page sets a box of links to other pages under a heading of its own wording (``相关展览``,
``更多推荐``, ``Related posts``): the links are dropped as a link list, and the heading,
a heading element with no link in it, stayed as a line of text alone.  It names the list,
not the text, and goes with it when all of these hold:

* it is a heading line (``<h1>``–``<h6>``) of at most :data:`HEAD_MAX_CHARS`, with no
  sentence mark and no link;
* the visible lines right under it begin with at least :data:`MIN_LINKS` lines of a
  dropped link list (or dropped lines that are links, every one: a list the extractor
  left out by its chrome name, ``<ul class="more">``).

A heading over the text's own paragraphs, or over one link, stays.

A contents block's label (``目录``, ``Contents``) need not be a heading element: a short
line with no link over a dropped link list whose every item is, its numbering aside, the
text of a heading further down the page (the list is the page's own table of contents)
goes with the list too (:func:`_contents_label`).  A label over links to other pages
(items no heading of the page repeats) stays unless it is a heading.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_layout import _Block, _Line

__all__ = ["list_heads"]

#: A list's heading is short ...
HEAD_MAX_CHARS = 16
#: ... and names at least this many dropped links under it.
MIN_LINKS = 2
_LINK_LIST = "extract.link_list"
_SENTENCE = ("。", "！", "？", "；", "，", ".", "!", "?", ";")


def list_heads(
    lines: list[_Line],
    texts: list[str],
    reasons: list[str | None],
    blocks: dict[int, _Block] | None = None,
) -> set[int]:
    """The kept heading lines over a dropped link list (module doc).  A page's ``<h1>``
    (``blocks`` names the element) names the page: only a list the extractor dropped as
    a link list takes it along.

    >>> head, link, para = _Line([], heading=True), _Line([]), _Line([])
    >>> texts = ["正文。", "相关文章", "甲篇", "乙篇", "页脚"]
    >>> dropped = [None, None, _LINK_LIST, _LINK_LIST, "extract.chrome_line"]
    >>> sorted(list_heads([para, head, link, link, para], texts, dropped))
    [1]
    >>> one = [None, None, _LINK_LIST, None, None]  # one link, then the text goes on
    >>> sorted(list_heads([para, head, link, para, para], texts, one))
    []
    """
    out: set[int] = set()
    n = len(lines)
    for i, (ln, t, r) in enumerate(zip(lines, texts, reasons, strict=True)):
        s = t.strip()
        if r is not None or not s or len(s) > HEAD_MAX_CHARS:
            continue
        if ln.link_chars or s.endswith(_SENTENCE):
            continue
        if not ln.heading:
            if _contents_label(lines, texts, reasons, i):
                out.add(i)
            continue
        own = blocks.get(ln.owners[-1]) if blocks is not None and ln.owners else None
        headline = own is None or own.tag == "h1"
        links = 0
        for k in range(i + 1, n):
            if not texts[k].strip():
                continue
            if reasons[k] != _LINK_LIST and (headline or not _dropped_link(lines[k], reasons[k])):
                break
            links += 1
        if links >= MIN_LINKS:
            out.add(i)
    return out


def _contents_label(
    lines: list[_Line], texts: list[str], reasons: list[str | None], i: int
) -> bool:
    """Line ``i`` (no heading) stands over at least MIN_LINKS dropped link-list items, each
    the text of a heading line below them once its numbering is cut (``1 历史`` for the
    item ``历史``): the label of the page's table of contents.

    >>> head, link, para = _Line([], heading=True), _Line([]), _Line([])
    >>> texts = ["目录", "地理", "历史", "1 地理", "正文。", "2 历史", "正文。"]
    >>> why = [None, _LINK_LIST, _LINK_LIST, None, None, None, None]
    >>> _contents_label([para, link, link, head, para, head, para], texts, why, 0)
    True
    >>> texts[2] = "别处"  # an item no heading repeats: links elsewhere
    >>> _contents_label([para, link, link, head, para, head, para], texts, why, 0)
    False
    """
    items: list[str] = []
    k = i + 1
    while k < len(lines):
        if texts[k].strip():
            if reasons[k] != _LINK_LIST:
                break
            items.append(texts[k].strip())
        k += 1
    if len(items) < MIN_LINKS:
        return False
    heads = {
        _NUMBERING.sub("", t.strip())
        for ln, t, r in zip(lines[k:], texts[k:], reasons[k:], strict=True)
        if ln.heading and r is None
    }
    return all(item in heads for item in items)


#: a section heading's numbering ('1 ', '2.3 ', '3、')
_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}[.、．]?[ \t\u3000]*")


def _dropped_link(ln: _Line, reason: str | None) -> bool:
    """A line the extractor dropped (for any reason) that is a link: most of its
    characters inside ``<a>``.

    >>> _dropped_link(_Line([], chars=6, link_chars=6), "extract.chrome_named")
    True
    >>> _dropped_link(_Line([], chars=6, link_chars=6), None)
    False
    >>> _dropped_link(_Line([], chars=6, link_chars=1), "extract.chrome_named")
    False
    """
    return reason is not None and ln.chars > 0 and 2 * ln.link_chars >= ln.chars
