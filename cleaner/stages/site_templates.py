"""Templates: pages of one folder grouped by the chrome they share, when no site is known.

Site profiles learn chrome per site (:func:`~cleaner.stages.site_profile.site_key`): the
page's ``--site``, else its URL's host, else the folder it was read from (``dir:<folder>``).
A folder of text pages saved from several sites is one ``dir:`` key, and a line repeated
by one site's template is too rare across the mixed folder to be learned.  This module
splits such a folder into *templates*, so chrome is learned per template:

* **Signature.**  A page is described by the line *shapes* (:func:`shape_of`: numbers
  and the page's title masked; counting the site profile may have shaped them) of its head
  and tail zones (the first and last ``ZONE`` non-empty lines), hashed (CRC-32): where
  a template's header and footer are, and where a page's own text is least
  (:func:`~cleaner.stages.template_signatures.signature`, a few integers a page), and
  the page title's dressing with the title masked
  (:func:`~cleaner.stages.seo_titles.dressing`: ``⟨T⟩ ∷ 某氏宗谱 ∷ 某网``), which a
  site's kinds of page share where their titles and crumbs differ.
* **Frequent features.**  Only shapes seen on at least ``MIN_SHARED`` distinct pages of
  the folder count: a page's own title and first sentences drop out, so two pages match
  on what they share with many others (their chrome), not on what they say.  Near
  duplicates (versions of one notice, :class:`~cleaner.stages.near_dups.NearDups`)
  are left out of this count, so the body lines they share do not pass for chrome.
* **Clusters** (:func:`cluster`).  The leader-follower ("online k-means") scheme that
  datatrove's and text-dedup's clusterings simplify to when the number of groups is
  small: pages, in run order, join the template whose mean feature vector they are most
  similar to (generalised Jaccard of the page's frequent features against the
  template's feature shares, at least ``JOIN``), or start a new one; a second pass
  reassigns every page (near duplicates too) against the final templates, so the
  first pages, met when the templates were young, are judged like the rest.
* **Links** (:mod:`cleaner.stages.template_links`).  Before the second pass, a small
  template joins another when two distinctive lines, core to both and rare elsewhere in
  the folder, say they are one site's kinds of page (its notices and its result lists
  share the site's footer and notice, not their headers).  Templates (joined ones as
  one) with fewer than ``MIN_CLUSTER`` distinct pages are dissolved: they could not
  learn anything (``site_min_pages``); their pages match no template.
* **Keys.**  A folder that yields fewer than two templates is left alone (single-site
  folders give exactly the profiles and outputs they gave before).  Otherwise the largest
  template (first met on ties) keeps the key ``dir:<folder>``; the others become
  ``dir:<folder>#t2``, ``#t3`` … in order of their first page, and the pages that match
  no template ``dir:<folder>#rest`` (counted apart, so they do not dilute the largest
  template's support, and can still share what they repeat among themselves).  When the
  pages that match no template outnumber the largest template (a folder of varied pages
  with a few templates among them), they keep the folder's key instead.  The
  folder is then counted per template (after the fact,
  :class:`~cleaner.stages.profile_counter.ProfileCounter`, or again,
  :meth:`~cleaner.stages.site_profile.SiteProfiles.split_templates`) and each page's
  key is recorded by run position (:class:`TemplateSites`), for the boilerplate stage
  and for ``pages.jsonl``'s ``site``.

Everything is a deterministic function of the pages in run order: no randomised hash,
no dependence on how the Ray engine cut the input into units.  Memory is a few integers a
page (``2 * ZONE`` hashes at most) for the folders that have no site.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from cleaner.stages.template_links import link
from cleaner.stages.template_signatures import Signatures, signature
from cleaner.stages.template_sites import TemplateSites

__all__ = [
    "JOIN",
    "MIN_CLUSTER",
    "RECOUNT_SHARE",
    "REST",
    "TemplateFinder",
    "TemplateSites",
    "cluster",
    "signature",
    "template_key",
]

#: A shape is a feature when this many distinct pages of the folder show it.
MIN_SHARED = 3
#: A page joins a template at this similarity (0-1).  Pages of one template share most of
#: their frequent features (0.6-1.0 on tests/families); pages of two templates share a
#: generic line or two ('首页', a page counter), under 0.15.
JOIN = 0.4
#: A template needs this many distinct pages (``BoilerplateConfig.site_min_pages``'s
#: default): a smaller one learns nothing, and its pages do no harm in the folder.
MIN_CLUSTER = 5
#: Templates kept while clustering one folder; when full, the single-page ones (pages no
#: other page resembled yet) are let go, so a folder of odd pages costs no more.  Grown
#: templates (``min_pages`` pages sharing ``GROWN_LINES`` lines, :func:`_grown`) do not
#: count: they are at most one per ``min_pages`` pages, and a folder of many sites has
#: one or more a site (issue 12: with 63 invented sites in one folder, a cap on every
#: template left the last sites met, in run order, no room to start one, and their
#: pages matched none).
MAX_CLUSTERS = 64
#: A grown template has this many features on ``GROWN_SHARE`` of its pages (the invented
#: sites: 5-11, header and footer lines; a poet's poems or a code's laws: one).
GROWN_LINES = 2
GROWN_SHARE = 0.5
#: A split folder's own profile is counted again only when more than this share of its
#: pages leave its key (a folder of many varied pages with a few small templates keeps
#: the profile it had, and the reading pass does not count it twice: +2 % of a run
#: instead of +20 % on 5 MB of ../shared/bench pool pages, benchmarks/template_speed.py).
RECOUNT_SHARE = 0.1
#: Shapes (and lines) whose feature a :class:`TemplateFinder` remembers (then it starts
#: again): a template's lines come back within a few pages, the rest never do; 100,000
#: lines held 7 MB (4 % of the reading pass's peak RSS on 10 MB of pool pages) for no
#: CPU gained over 10,000 (benchmarks/reading_pass.py).
MEMO = 10_000
#: Suffix of the key of a split folder's pages that match no template: counted apart,
#: so they neither dilute the largest template's support (which keeps the folder's key)
#: nor lose what they share among themselves.
REST = "#rest"


def template_key(folder_key: str, n: int) -> str:
    """The key of the ``n``-th template (1-based) of a folder; the first keeps the folder's.

    >>> template_key("dir:batch", 1), template_key("dir:batch", 3)
    ('dir:batch', 'dir:batch#t3')
    """
    return folder_key if n <= 1 else f"{folder_key}#t{n}"


def _similarity(feats: Iterable[int], counts: dict[int, int], size: int, total: float) -> float:
    """Generalised Jaccard of a page's features (0/1) against a template's feature shares:
    sum of minima over sum of maxima, ``A / (|F| + T - A)``."""
    n = 0
    a = 0.0
    for f in feats:
        n += 1
        c = counts.get(f)
        if c:
            a += c / size
    den = n + total - a
    return a / den if den > 0 else 0.0


@dataclass(slots=True)
class _Template:
    counts: dict[int, int] = field(default_factory=dict)
    size: int = 0
    sum_counts: int = 0

    def add(self, feats: Iterable[int]) -> None:
        for f in feats:
            self.counts[f] = self.counts.get(f, 0) + 1
            self.sum_counts += 1
        self.size += 1

    def total(self) -> float:
        return self.sum_counts / self.size if self.size else 0.0


def _best(
    feats: list[int], templates: list[_Template], posting: dict[int, list[int]]
) -> tuple[int, float]:
    """The template a page is most similar to (``-1``: none shares a feature)."""
    cands = sorted({t for f in feats for t in posting.get(f, ())})
    best, best_sim = -1, 0.0
    for t in cands:
        tpl = templates[t]
        if tpl.size == 0:
            continue
        sim = _similarity(feats, tpl.counts, tpl.size, tpl.total())
        if sim > best_sim:
            best, best_sim = t, sim
    return best, best_sim


def _features(sigs: Sequence[Sequence[int]] | Signatures, copy: list[bool]) -> np.ndarray:
    """The features of the distinct pages (not ``copy``), end to end, as ``uint32``."""
    if isinstance(sigs, Signatures):
        flat = np.frombuffer(sigs.flat, dtype=np.uint32)
        if not any(copy):
            return flat
        ends = np.frombuffer(sigs.ends, dtype=np.uint64).astype(np.int64)
        lengths = np.diff(ends, prepend=0)
        return flat[np.repeat(~np.asarray(copy, dtype=bool), lengths)]
    return np.asarray(
        [f for s, c in zip(sigs, copy, strict=True) if not c for f in s], dtype=np.uint32
    )


def cluster(
    sigs: Sequence[Sequence[int]] | Signatures,
    copies: list[bool] | None = None,
    *,
    min_pages: int = MIN_CLUSTER,
) -> list[int]:
    """Template number of each page, in the pages' order: ``0`` keeps the folder's key,
    ``1``, ``2`` … are the other templates in order of their first page, ``-1`` matches no
    template.  ``0`` is the largest template, unless more distinct pages match none: then
    those are ``0``.

    ``sigs`` are the pages' :func:`signature` in run order; ``copies[i]`` says page ``i``
    is a near duplicate of an earlier one (it is assigned, but neither counts for a
    feature nor for a template's size).  Returns all ``-1`` when fewer than two
    templates of ``min_pages`` distinct pages are found.

    >>> a = [[1, 2, 3, 10 + i] for i in range(5)]
    >>> b = [[4, 5, 6, 20 + i] for i in range(5)]
    >>> cluster([a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3], a[4], b[4]])
    [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
    """
    n = len(sigs)
    copy = copies or [False] * n
    if n - sum(copy) < 2 * min_pages:
        return [-1] * n
    # features: shapes on MIN_SHARED distinct pages
    flat = _features(sigs, copy)
    if not len(flat):
        return [-1] * n
    vals, df = np.unique(flat, return_counts=True)
    del flat
    frequent = set(vals[df >= MIN_SHARED].tolist())

    def feats() -> Iterator[list[int]]:
        # each page's frequent features, made again for each pass (a list a page,
        # held for both, cost more than the signatures)
        return ([f for f in s if f in frequent] for s in sigs)

    # pass 1: leader-follower over the distinct pages, in run order
    templates: list[_Template] = []
    posting: dict[int, list[int]] = {}
    grown: set[int] = set()  # templates MAX_CLUSTERS no longer caps (_grown)
    for f, c in zip(feats(), copy, strict=True):
        if c or not f:
            continue
        t, sim = _best(f, templates, posting)
        if t < 0 or sim < JOIN:
            if len(templates) - len(grown) >= MAX_CLUSTERS:
                _let_go_singles(templates, posting)
                if len(templates) - len(grown) >= MAX_CLUSTERS:
                    continue
            t = len(templates)
            templates.append(_Template())
            for x in f:
                posting.setdefault(x, []).append(t)
        else:
            for x in f:
                if x not in templates[t].counts:
                    posting.setdefault(x, []).append(t)
        tpl = templates[t]
        tpl.add(f)
        if tpl.size >= min_pages and t not in grown and _grown(tpl):
            grown.add(t)
    # the kinds of page of one site, joined by the site-wide chrome they share
    group = link(
        [t.counts for t in templates],
        [t.size for t in templates],
        lambda x: int(df[np.searchsorted(vals, x)]),
        min_pages=min_pages,
    )
    # pass 2: every page against the final templates (a page of a joined kind matches
    # its kind best, and takes its group)
    labels = [-1] * n
    for i, f in enumerate(feats()):
        if f:
            t, sim = _best(f, templates, posting)
            if t >= 0 and sim >= JOIN:
                labels[i] = group[t]
    sizes: dict[int, int] = {}
    first: dict[int, int] = {}
    for i, (t, c) in enumerate(zip(labels, copy, strict=True)):
        if t >= 0:
            first.setdefault(t, i)
            if not c:
                sizes[t] = sizes.get(t, 0) + 1
    kept = [t for t in sorted(first, key=first.__getitem__) if sizes.get(t, 0) >= min_pages]
    if len(kept) < 2:
        return [-1] * n
    largest = max(kept, key=lambda t: (sizes[t], -first[t]))
    order = [largest, *(t for t in kept if t != largest)]
    number = {t: k for k, t in enumerate(order)}
    out = [number.get(t, -1) for t in labels]
    rest = sum(1 for t, c in zip(out, copy, strict=True) if t < 0 and not c)
    if rest > sizes[largest]:
        # most pages match no template: they keep the folder's key, every template
        # takes a key of its own (numbered from 2)
        return [t + 1 if t >= 0 else 0 for t in out]
    return out


def _grown(tpl: _Template) -> bool:
    """Has the template (of ``min_pages`` pages or more) ``GROWN_LINES`` features on
    ``GROWN_SHARE`` of its pages?  A site's header and footer lines are on all of them;
    pages that share one line and nothing else (a poet's name over each poem, a law's
    '第一章  总则') are not a template to leave the cap for."""
    least = GROWN_SHARE * tpl.size
    return sum(1 for k in tpl.counts.values() if k >= least) >= GROWN_LINES


def _let_go_singles(templates: list[_Template], posting: dict[int, list[int]]) -> None:
    """Empty the one-page templates (their pages are reassigned in pass 2)."""
    for t, tpl in enumerate(templates):
        if tpl.size == 1:
            for f in tpl.counts:
                posting[f] = [x for x in posting.get(f, ()) if x != t]
            templates[t] = _Template()
    while templates and templates[-1].size == 0:
        templates.pop()


class TemplateFinder:
    """Signatures of the pages of ``dir:`` keys, gathered while the batch is read.

    :meth:`observe` each page as it is counted; :meth:`split` then says, per folder with
    two templates or more, which pages (by run position) take which key.
    """

    def __init__(self) -> None:
        self.folders: dict[str, tuple[array[int], Signatures, bytearray]] = {}
        self._memo: dict[str, int | None] = {}  # shape → feature (:func:`signature`)
        self._lines: dict[str, int | None] = {}  # line → feature (the same)

    def observe(
        self,
        key: str,
        index: int,
        text: str,
        *,
        copy: bool,
        shapes: list[str | None] | None = None,
    ) -> None:
        """Sign a page of ``key`` (``shapes``: its line shapes, if counting made them)."""
        folder = self.folders.get(key)
        if folder is None:  # not setdefault: its default would be built for every page
            folder = self.folders[key] = (array("q"), Signatures(), bytearray())
        pos, sigs, copies = folder
        pos.append(index)
        if len(self._memo) > MEMO or len(self._lines) > MEMO:
            self._memo.clear()
            self._lines.clear()
        sigs.append(signature(text, shapes or None, self._memo, self._lines))
        copies.append(copy)

    def split(self, *, min_pages: int = MIN_CLUSTER) -> dict[str, dict[int, str]]:
        """``{folder key: {run position: key}}`` for every folder that splits (every page
        of such a folder is listed, those keeping the folder's key too)."""
        out: dict[str, dict[int, str]] = {}
        for key, (pos, sigs, copies) in self.folders.items():
            labels = cluster(sigs, [bool(c) for c in copies], min_pages=min_pages)
            if max(labels, default=-1) < 1:
                continue
            # one key string a template, not one a page
            names = {t: template_key(key, t + 1) if t >= 0 else f"{key}{REST}" for t in set(labels)}
            out[key] = {p: names[t] for p, t in zip(pos, labels, strict=True)}
        return out
