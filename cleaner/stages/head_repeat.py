"""Sentences a site prints at the head of several of its pages: the site's, not a page's.

A compilation's page opens its list with a standfirst under its title (``本栏目每周汇总
几则消息，以原发布单位为准。``, ``现将本批次3个项目予以公示，公示期为10个工作日。``): a
sentence the site profile counts on page after page, word for word or with only its
figures changed (its *shape*, :func:`~cleaner.stages.site_counts.shape_of`), and never
learns as chrome (a sentence with no cue word looks like content,
:func:`~cleaner.stages.site_judge.chrome_signals`).  A document's own opening sentence is
its own: no other page of the site prints it.

:func:`head_notes` lists, for one site, the sentences (and their shapes) seen on at least
``MIN_PAGES`` of its distinct pages (near-duplicates count once), in the upper half of the
page on average; the split stage takes a one-sentence standfirst above a compilation's
first header for the page's head only when it is among them or the head counts the pieces
(:mod:`cleaner.stages.split_lead`); any other is kept.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from cleaner.stages.site_counts import literal_chars, shape_of

if TYPE_CHECKING:
    from cleaner.stages.site_counts import SiteProfile

#: A sentence the site prints on this many distinct pages is the site's (the number of
#: pages a page mark's shape needs: site_profile.MARK_MIN_PAGES).
MIN_PAGES = 3
#: ... in the upper half of the page on average.
HEAD_ZONE = 0.5
#: A shape needs this many letters besides its masks (``⟨N⟩。`` says nothing).
MIN_LITERAL = 8
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", ".")


def head_notes(prof: SiteProfile) -> frozenset[str]:
    """The sentences (lines, and shapes with their figures masked) ``prof``'s site prints
    on at least ``MIN_PAGES`` pages, in the upper half of the page on average.

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> note, foot = "本栏目每周汇总几则消息，以原发布单位为准。", "感谢阅读，欢迎再来。"
    >>> shape = "现将本批次⟨N⟩个项目予以公示，公示期为⟨N⟩个工作日。"
    >>> prof = SiteProfile("s", pages=4, lines={note: 4, foot: 4, "首页": 4}, shapes={shape: 3})
    >>> prof.positions = {"L" + note: 0.8, "L" + foot: 3.6, "L首页": 0.0, "S" + shape: 0.6}
    >>> sorted(head_notes(prof)) == sorted([note, shape])
    True
    """
    out: set[str] = set()
    for prefix, table in (("L", prof.lines), ("S", prof.shapes)):
        for s, n in table.items():
            if n < MIN_PAGES or not s.endswith(_SENTENCE_END):
                continue
            if prof.positions.get(prefix + s, 1.0 * n) / n >= HEAD_ZONE:
                continue
            if prefix == "S" and literal_chars(s) < MIN_LITERAL:
                continue
            out.add(s)
    return frozenset(out)


def printed_at_head(line: str, notes: Container[str]) -> bool:
    """Is ``line`` one of the site's head sentences (:func:`head_notes`), word for word or
    by its shape?

    >>> notes = {"现将本批次⟨N⟩个项目予以公示，公示期为⟨N⟩个工作日。"}
    >>> printed_at_head("现将本批次4个项目予以公示，公示期为9个工作日。", notes)
    True
    >>> printed_at_head("现将每日进展汇报如下。", notes)
    False
    """
    s = line.strip()
    return s in notes or shape_of(s, "") in notes
