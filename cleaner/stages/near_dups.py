"""Near-duplicate pages of one site: :class:`NearDups` tells a new page from a near-copy
of one already counted (versions of one notice), so a site profile counts the copies of
one text as one page (:mod:`cleaner.stages.site_profile`, :mod:`profile_counter`).
"""

from __future__ import annotations

import zlib
from array import array
from collections import Counter

#: Two pages whose sentence pieces overlap this much (length-weighted Jaccard, 0-1) are one
#: page for support.  Versions of one notice differing in a word share 0.8-0.95; distinct
#: pages of one site share only their chrome, under 0.3 on every family in tests/families.
#: Where chrome alone is half of two pages' text they are grouped too, but there the loss
#: budget (max_loss_share, 50 %) would refuse to remove it anyway.
NEAR_DUP = 0.5
#: Pieces sampled per page (its longest); the BAND longest index the page for look-ups.
SKETCH = 24
BAND = 8
#: A piece shared by this many distinct pages is chrome, useless for finding copies.
COMMON = 16
#: Distinct pages per site kept in the near-duplicate index (~1 kB each).  Copies matter
#: on small sites only: once a site has this many distinct pages, a text needs 6,000
#: copies to reach site_min_support, so later pages are looked up but not indexed.
MAX_LEADERS = 10_000
_PIECE_ENDS = ("。", "！", "？", "；", "! ", "? ", ". ", "; ")


class NearDups:
    """The distinct pages of one site seen so far, to tell a new page from a near-copy.

    A page is sampled as its ``SKETCH`` longest sentence pieces (text between ``。！？；``,
    ``. `` and line ends), each kept as a CRC-32 hash and a length.  Two pages are near
    duplicates when the length-weighted Jaccard of their samples reaches ``NEAR_DUP``.
    The longest pieces are the body's sentences, not the site's chrome (menus, prompts and
    link titles are short), so the measure compares what the pages say; a word changed in
    one sentence changes one piece.  Candidates come from the ``BAND`` longest pieces; a
    piece on ``COMMON`` pages already is chrome and not looked up, so a page costs a few
    dictionary look-ups, not a scan of the site (~25 µs a page on tests/families pages,
    a quarter of what counting its lines costs).

    >>> d = NearDups()
    >>> body = "第一条规定了适用范围。第二条规定了职责分工。第三条规定了工作要求。"
    >>> d.seen(body), d.seen(body.replace("职责", "任务")), d.seen("另一份通知的正文内容。")
    (False, True, False)
    """

    __slots__ = ("leaders", "posting")

    def __init__(self) -> None:
        self.leaders: list[tuple[array[int], array[int]]] = []
        self.posting: dict[int, list[int]] = {}

    @staticmethod
    def sample(text: str) -> dict[int, int]:
        """``{hash: length}`` of the page's ``SKETCH`` longest pieces, longest first."""
        # str.replace + split: a tenth of the cost of a regex split on a CJK page
        for end in _PIECE_ENDS:
            text = text.replace(end, "\n")
        pieces = text.split("\n")
        pieces.sort(key=len, reverse=True)
        top = [p for p in map(str.strip, pieces[:SKETCH]) if len(p) >= 4]
        return dict(zip(map(zlib.crc32, map(str.encode, top)), map(len, top), strict=True))

    @staticmethod
    def similarity(a: dict[int, int], b: dict[int, int]) -> float:
        """Length-weighted Jaccard of two samples.

        >>> NearDups.similarity({1: 30, 2: 10}, {1: 30, 3: 20})
        0.5
        """
        both = sum(a[h] for h in a.keys() & b.keys())
        total = sum(a.values()) + sum(b.values()) - both
        return both / total if total else 0.0

    def seen(self, text: str, sample: dict[int, int] | None = None) -> bool:
        """True when ``text`` is a near-duplicate of a page seen before; else remember it.
        ``sample``: its :meth:`sample`, if taken already (a page checked twice)."""
        mine = self.sample(text) if sample is None else sample
        if not mine:
            return False
        band = list(mine)[:BAND]
        hits: Counter[int] = Counter()
        for h in band:
            posted = self.posting.get(h)
            if posted is not None and len(posted) < COMMON:
                hits.update(posted)
        # a page sharing a single long piece with this one may share a quote, not a text
        need = 2 if len(mine) >= 4 else 1
        for leader, n in hits.most_common(4):
            if n < need:
                break
            hashes, sizes = self.leaders[leader]
            if self.similarity(mine, dict(zip(hashes, sizes, strict=True))) >= NEAR_DUP:
                return True
        if len(self.leaders) < MAX_LEADERS:
            self.leaders.append((array("I", mine), array("I", mine.values())))
            for h in band:
                posted = self.posting.setdefault(h, [])
                if len(posted) <= COMMON:
                    posted.append(len(self.leaders) - 1)
        return False
