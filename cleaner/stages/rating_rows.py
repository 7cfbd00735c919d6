"""A reviewer's rating row at the head of a review (rule ``boilerplate.rating_row``).

A review site prints, next to the review's title, what the reviewer gave the work: a row
of a few short cells, one of them a run of five stars (``看过　★★★★☆　推荐``).  The row is
the review's metadata, no sentence of its text.  Its shape says so: at most four cells
apart by gaps, exactly one a run of three to five star signs, the others short words (no
sentence mark, no figure), the row among the page's first lines (above the first
paragraph of prose).  Stars inside a sentence, a star row under the prose (a list of the
text's own: ``服务　★★★★★``), or a row of long cells stay.
"""

from __future__ import annotations

import re

from cleaner.stages.cell_gaps import WIDE_GAP

#: Rule id of the claim.
RATING_ROW = "boilerplate.rating_row"
#: a rating row is at most this long, of at most RATING_MAX_CELLS cells
RATING_MAX_CHARS = 30
RATING_MAX_CELLS = 4
#: a word cell beside the stars is at most this long
WORD_MAX_CHARS = 6
#: a line of prose (the head is over): longer than this, with a sentence mark
PROSE_MIN_CHARS = 20

#: the star signs a rating's run is made of (:data:`_STARS`)
_STAR_SIGNS = "★☆✩✭✮"
_STARS = re.compile(rf"^[{_STAR_SIGNS}]{{3,5}}$")
_WORD = re.compile(rf"^[^\d\s，。！？,.!?；;：:]{{1,{WORD_MAX_CHARS}}}$")
_SENTENCE = re.compile(r"[。！？!?]$|[，,；;]")


def rating_rows(stripped: list[str]) -> list[int]:
    """Indices of the rating rows above the page's first prose line (module doc).

    >>> p = "那年夏天我们在海边拍了很多照片，后来才发现每一张里都有同一只海鸥。"
    >>> rating_rows(["海鸥", "看过　★★★★☆　推荐", p])
    [1]
    >>> rating_rows(["海鸥", p, "画面　★★★★☆"])  # under the prose: the text's own
    []
    >>> rating_rows(["海鸥", "我给它★★★★☆，不能再多了。", p])
    []
    """
    out: list[int] = []
    text = "\n".join(stripped)
    if not any(star in text for star in _STAR_SIGNS):
        return out  # no star sign on the page (most pages): no rating row (issue 15)
    for i, s in enumerate(stripped):
        if not s:
            continue
        if len(s) > PROSE_MIN_CHARS and _SENTENCE.search(s):
            break  # the first paragraph of prose: the head is over
        if len(s) > RATING_MAX_CHARS:
            continue
        cells = [c for c in WIDE_GAP.split(s.strip()) if c]
        if not 2 <= len(cells) <= RATING_MAX_CELLS:
            continue
        stars = [c for c in cells if _STARS.match(c)]
        if len(stars) == 1 and all(_WORD.match(c) for c in cells if c not in stars):
            out.append(i)
    return out
