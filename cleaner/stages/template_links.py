"""Template links: the page kinds of one site joined by the site-wide chrome they share.

:func:`~cleaner.stages.site_templates.cluster` groups a folder's pages by the head and
tail lines they share, and a site often has several kinds of page: a notice and a
result list, a recipe and a weekly menu, a patent and an export of search results.
Each kind has a header of its own, so its pages form a template of their own, and a
site of 8 pages in two kinds of 4 gave two templates under ``MIN_CLUSTER`` (5): both
were dissolved, and the site's pages learned their chrome among every odd page of the
folder (issue 12: four of the invented sites, put in one folder with 35 others, lost
up to half their chrome that way).  What the kinds share is the site's own chrome: its
footer (the host, the ICP number, the copyright notice) and its standing notices.

:func:`link` joins such templates, agglomeratively (most links first, as single-link
clustering does), before the pages are assigned.  Two templates are linked by a
feature (a line shape of :func:`~cleaner.stages.site_templates.signature`) that is

* **core** to both: on at least ``CORE`` of each one's pages (a site-wide line, not a
  line one page happens to repeat);
* **theirs**: at least ``OWN`` of the folder's pages that show it are in the two, or
  in the templates it is core to together (the idf of the feature, made relative to
  the templates that share it: a date line or a '首页' that many sites print links
  nobody; a proceedings book whose sessions' heads split its pages into three small
  templates, none holding 80 % of its running head, is one site all the same); and
* **distinctive**: its shape keeps ``DISTINCT`` literal characters (marked on the
  feature, :func:`distinct`): short section labels ('猜你喜欢', '用料', '责任编辑：⟨N⟩')
  and dates are printed by unrelated sites alike.

Two templates join when ``LINKS`` features link them and one of them is small (under
``min_pages``): templates that can learn on their own keep their keys and their
counts, and a small template that joins nothing stays outside every template (the
folder's ``#rest``) as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import combinations

from cleaner.stages.site_counts import NUMBER_MASK, TITLE_MASK

__all__ = ["CORE", "DISTINCT", "LINKS", "OWN", "distinct", "distinctive", "link"]

#: A feature is core to a template when this share of its (distinct) pages show it, and
#: at least two do.  The site-wide footer and notices of the invented families are on
#: every page of each kind; a kind's own related-list entries on half of them.
CORE = 0.75
#: Share of the folder's pages showing a feature that must be in the two templates it
#: links (its rarity across the folder; the rest may be pages that joined no template).
OWN = 0.8
#: Literal characters (letters, digits, Han) a linking feature's shape keeps: a site's
#: name, host, address or notice (12-40 on the families) and not a section label
#: (2-6: '用料', '相似专利推荐', '责任编辑：编辑⟨N⟩') or a date.
DISTINCT = 8
#: Features that must link two templates: the footer and a notice, or two footer lines;
#: one shared line may be chance.
LINKS = 2

#: ``DISTINCT`` literal characters from the start (``\w`` is letters, digits and Han,
#: as :func:`~cleaner.stages.site_counts.literal_chars` counts; a match stops at the
#: eighth, 5x faster than counting every one).
_DISTINCT = re.compile(rf"(?:\W*\w){{{DISTINCT}}}")


def distinctive(shape: str) -> bool:
    """Does the shape keep ``DISTINCT`` literal characters once its masks are left out?

    >>> distinctive("责任编辑：编辑⟨N⟩"), distinctive("版权所有 石桥养蜂合作社 ⟨N⟩")
    (False, True)
    """
    if len(shape) >= DISTINCT and shape[:DISTINCT].isalnum():
        return True  # most zone lines (str.isalnum is what \w matches, less '_')
    if "⟨" in shape:
        shape = shape.replace(NUMBER_MASK, "").replace(TITLE_MASK, "")
    return _DISTINCT.match(shape) is not None


def distinct(feature: int) -> bool:
    """Does the feature's shape keep ``DISTINCT`` literal characters?  (Its low bit,
    set by :func:`~cleaner.stages.site_templates.signature`.)

    >>> distinct(7), distinct(6)
    (True, False)
    """
    return bool(feature & 1)


def link(
    counts: Sequence[dict[int, int]],
    sizes: Sequence[int],
    pages_with: Callable[[int], int],
    *,
    min_pages: int,
) -> list[int]:
    """The group of each template: the index of the first template of its group.

    ``counts[t]`` are template ``t``'s features and on how many of its pages each is,
    ``sizes[t]`` its pages, ``pages_with(f)`` the folder's distinct pages that show ``f``.

    Two kinds of 4 pages share two lines of their own (5, 7); the line they share with a
    third template (3, a generic one) links nothing:

    >>> a = {3: 4, 5: 4, 7: 4, 10: 4}; b = {3: 3, 5: 4, 7: 4, 20: 4}; c = {3: 8, 30: 9}
    >>> link([a, b, c], [4, 4, 9], {3: 20, 5: 8, 7: 8}.__getitem__, min_pages=5)
    [0, 0, 2]
    >>> link([a, b, c], [4, 4, 9], {3: 20, 5: 8, 7: 30}.__getitem__, min_pages=5)
    [0, 1, 2]
    """
    n = len(counts)
    group = list(range(n))
    merged = [dict(c) for c in counts]
    size = list(sizes)
    core = [_core(merged[t], size[t]) for t in range(n)]
    while True:
        owners: dict[int, list[int]] = {}
        for t in range(n):
            for f in core[t]:
                owners.setdefault(f, []).append(t)
        # a template with a line of its own (core to it alone): a site's name and
        # footer, or a kind's own head; one without is a kind of some site, no other site
        alone = {t for f, ts in owners.items() if len(ts) == 1 for t in ts}
        links: dict[tuple[int, int], int] = {}
        for f, ts in owners.items():
            if len(ts) < 2:
                continue
            df = pages_with(f)
            # the templates it is core to hold OWN of its pages together: a line of one
            # site's kinds, however many (three kinds of 3, 3 and 2 pages: no pair of
            # them holds 80 % of the site's footer, all three do), where one of the two
            # has no line of its own; unrelated small sites printing their CMS vendor's
            # lines ('技术支持：…') have each their own name and footer
            held = sum(merged[t][f] for t in ts) >= OWN * df
            for a, b in combinations(ts, 2):
                if size[a] >= min_pages and size[b] >= min_pages:
                    continue
                spread = held and not (a in alone and b in alone)
                if spread or merged[a][f] + merged[b][f] >= OWN * df:
                    links[a, b] = links.get((a, b), 0) + 1
        best = max(
            ((k, -a, -b) for (a, b), k in links.items() if k >= LINKS),
            default=None,
        )
        if best is None:
            break
        a, b = -best[1], -best[2]
        for f, k in merged[b].items():
            merged[a][f] = merged[a].get(f, 0) + k
        size[a] += size[b]
        merged[b], size[b], core[b] = {}, 0, set()
        core[a] = _core(merged[a], size[a])
        group = [a if g == b else g for g in group]
    return group


def _core(counts: dict[int, int], size: int) -> set[int]:
    """The template's distinctive features on ``CORE`` of its pages (two at least)."""
    least = max(2, CORE * size)
    return {f for f, k in counts.items() if f & 1 and k >= least}
