"""The lines a headline carries with it: a kicker above the ``<h1>`` and a subtitle under it.

(The headline is the page's :func:`~cleaner.ingest.html_headline.headline_element`: its
``<h1>``, else an ``<h2>``/``<h3>`` marked ``itemprop="headline"`` or holding its title.)

A newspaper's story page sets the headline apart from the story's text: ``<div>引题</div>
<h1>标题</h1><div>——副题</div>`` stand above the ``<div class="content">`` that holds the
paragraphs.  The max-weight container is the content block, so the headline group lies
outside it: the ``<h1>`` comes back as the page's title line, but the kicker (引题, a short
line over the headline) and the subtitle (副题, ``——…``) are lost with nothing to say so.
The headline group may also be a small block of its own beside the story's block.

:func:`deck_lines` finds them by the markup's shape, with no site's words: the page's
``<h1>`` is outside the chosen container, a sibling of one of the container's ancestors
(the headline group and the story share a parent), and the lines directly next to it are
sibling blocks of the ``<h1>`` that hold no links, no post meta (author, date bars), no
date, no label row (``来源：…``) and no edition or page row (``第A03版``, ``第2页``).  At
most :data:`MAX_ABOVE` line over the headline and :data:`MAX_BELOW` under it are kept,
and the headline itself with them, so the story reads kicker, headline, subtitle.  The
line right under the headline may also be its standfirst, a ``<p>`` of one to a few
sentences (at most :data:`STANDFIRST_MAX_CHARS`) that sums the story up.

:func:`bylined_headings` names the kept headings that stand right over a byline the
extractor left out as post meta: on an edition page each story is a heading over its
reporter's row, the evidence the split stage wants for a compilation
(:func:`cleaner.stages.split_clock.counted_run`).
"""

from __future__ import annotations

import itertools
import re

from cleaner.ingest.html_fallback import _UNSEEN
from cleaner.ingest.html_layout import _Block, _is_meta, _Line
from cleaner.stages.split_slugs import slug_line

#: Lines kept over the headline (a kicker) and under it (subtitles).
MAX_ABOVE = 1
MAX_BELOW = 2
#: A kicker or subtitle holds at most this many characters (and at least two).
DECK_MAX_CHARS = 80
#: The first line under the headline may be its standfirst, a paragraph of at most this
#: many characters that ends a sentence (``<p class="intro">``: the story's summary).
STANDFIRST_MAX_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’」』)）]?$")
#: The headline stands at most this many shown lines before the container's first line.
MAX_GAP = 4

_OUTSIDE = "extract.outside_main"
_WORD = re.compile(r"\w")
#: A date or a clock time: a dateline or a time row, not a kicker.
_DATED = re.compile(r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}|\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日")
#: An edition, page or issue row (``第A03版：要闻``, ``A04版``, ``第2页``, ``第12期``).
_EDITION = re.compile(
    r"^\s*第?\s*[A-Za-z]{0,2}\s*[\d一二三四五六七八九十〇零百]{1,4}\s*[版页期面](?![\u4e00-\u9fff])"
)
#: A label row: a short label, a colon, a value (``来源：本报``, ``Author: X``).
_LABEL = re.compile(r"^[^：:，。,\s]{1,6}\s*[：:]")


def _deck(line: _Line, text: str, *, standfirst: bool = False) -> bool:
    """Whether a line next to the headline can be its kicker or subtitle by its shape;
    with ``standfirst``, or the paragraph right under it that sums the story up."""
    t = text.strip()
    short = len(t) <= DECK_MAX_CHARS
    if standfirst and not short:
        short = len(t) <= STANDFIRST_MAX_CHARS and bool(_SENTENCE_END.search(t))
    return (
        2 <= len(t)
        and short
        and bool(_WORD.search(t))
        and not line.skip
        and not line.hidden
        and not line.chrome
        and line.link_chars == 0
        and line.control_chars == 0
        and not _is_meta(line)
        and not line.cells
        and not _DATED.search(t)
        and not _EDITION.match(t)
        and not _LABEL.match(t)
    )


def deck_lines(
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
    h1: str | None,
    tag: str = "h1",
) -> list[int]:
    """Indices of the headline (``h1``) and its kicker and subtitle lines when the chosen
    container left them out (module doc); [] when there is nothing to bring back.
    ``tag``: the headline element's tag, ``h2`` or ``h3`` on a page whose headline is no
    ``<h1>`` (:func:`~cleaner.ingest.html_headline.headline_element`)."""
    if not h1:
        return []
    first = next((i for i, r in enumerate(reasons) if r is None and texts[i]), None)
    if first is None:
        return []
    want = h1.strip()
    if not any(lines[i].heading and texts[i].strip() == want for i in range(first)):
        return []  # the headline is not above the story (or inside it): nothing to do
    # only the page's head matters: the lines up to the story's first one
    shown = [i for i in range(first + 1) if texts[i] and reasons[i] != _UNSEEN]
    head = next(
        (k for k, i in enumerate(shown) if lines[i].heading and texts[i].strip() == want), None
    )
    if head is None:
        return []  # the headline is hidden (visibility:hidden): no deck to bring back
    hi = shown[head]
    own = lines[hi].owners
    if reasons[hi] != _OUTSIDE or len(own) < 2 or blocks.get(own[-1], _Block(None)).tag != tag:
        return []
    parent = own[:-1]
    if shown.index(first) - head > MAX_GAP:
        return []  # the story starts far below the headline
    if lines[first].owners[: len(parent)] != parent:
        # a headline block of its own (<div class="title"><h1>…</h1></div>) beside the
        # story's block: the story must be under the block's parent, the block small
        block = sum(1 for i in shown if lines[i].owners[: len(parent)] == parent)
        up = parent[:-1]
        if not up or lines[first].owners[: len(up)] != up or block > 1 + MAX_ABOVE + MAX_BELOW:
            return []

    def sibling(i: int) -> bool:
        o = lines[i].owners
        return len(o) == len(own) and o[:-1] == parent and reasons[i] == _OUTSIDE

    out = [hi]
    for k in range(head - 1, max(-1, head - 1 - MAX_ABOVE), -1):
        i = shown[k]
        if not sibling(i) or (lines[i].heading and blocks[lines[i].owners[-1]].tag == tag):
            break
        if not _deck(lines[i], texts[i]):
            break
        out.append(i)
    for k in range(head + 1, min(len(shown), head + 1 + MAX_BELOW)):
        i = shown[k]
        below = k == head + 1 and blocks.get(lines[i].owners[-1], _Block(None)).tag == "p"
        if i >= first or not sibling(i) or not _deck(lines[i], texts[i], standfirst=below):
            break
        out.append(i)
    return sorted(out)


#: A byline under a piece's heading is short: at most this many characters, a Latin
#: letter, digit or mark counting half (``By Some Name, Some Role · 2021/3/9`` is as
#: short as ``记者　某某　2021年3月9日``).
BYLINE_MAX_CHARS = 40


def _byline_width(text: str) -> float:
    """How wide a byline reads: a character below U+2E80 (Latin, digits, marks) counts
    half, a CJK one whole."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def heading_bylines(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> list[tuple[str, str]]:
    """``(heading, byline)`` of the kept headings (not the ``<h1>``) right over a byline
    the extractor left out as post meta (``<div class="author">记者　某</div>``): each such
    heading opens a piece of a compilation (a newspaper's edition page, a digest) by the
    layout's own evidence, as a heading over a row of fields does when the row is kept;
    the byline is the piece's row of fields (read by the split stage)."""
    shown = [i for i in range(len(texts)) if texts[i] and reasons[i] != _UNSEEN]
    out: list[tuple[str, str]] = []
    for a, b in itertools.pairwise(shown):
        own = lines[a].owners
        if reasons[a] is not None or not lines[a].heading or not own:
            continue
        if blocks.get(own[-1], _Block(None)).tag == "h1":
            continue
        byline = texts[b].strip()
        if reasons[b] == "extract.post_meta" and _byline_width(byline) <= BYLINE_MAX_CHARS:
            out.append((texts[a].strip(), byline))
    return out


def bylined_headings(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> list[str]:
    """The headings of :func:`heading_bylines`."""
    return [h for h, _ in heading_bylines(lines, texts, blocks, reasons)]


def heading_slugs(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> list[tuple[str, str]]:
    """``(heading, row)`` of the kept headings (not the ``<h1>``) right under a kept
    dated slug row (``04 | SHIPPING | 14.03.2023``, :func:`split_slugs.slug_line`): read
    here, before the boilerplate stage may take a row that recurs on the site's pages,
    for the split stage (:func:`cleaner.stages.split_clock.counted_run`)."""
    shown = [i for i in range(len(texts)) if texts[i] and reasons[i] != _UNSEEN]
    out: list[tuple[str, str]] = []
    for a, b in itertools.pairwise(shown):
        own = lines[b].owners
        if reasons[b] is not None or reasons[a] is not None or not lines[b].heading or not own:
            continue
        if blocks.get(own[-1], _Block(None)).tag == "h1" or lines[a].heading:
            continue
        if slug_line(texts[a]):
            out.append((texts[b].strip(), texts[a].strip()))
    return out
