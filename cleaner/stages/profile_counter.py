"""Counting a batch's site profiles as it is read: the reading pass before stage 1.

:class:`ProfileCounter` counts each page under its site's key as it comes, holds the
pages of a folder (no site, no URL) past its first :data:`EAGER` until the folder's
templates are known, then counts them once under the right key;
:func:`build_profiles` runs it over a batch of raw pages (:func:`decode_raw`: a page's
text as the pipeline will see it).  The tables counted and how they are judged are
:mod:`cleaner.stages.site_profile`'s.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cleaner.model import RawInput
from cleaner.stages.near_dups import NearDups
from cleaner.stages.site_profile import SiteProfiles, recount_keys, site_key, templated
from cleaner.stages.site_templates import TemplateFinder

#: Pages of a folder counted as they are read (their shapes then sign them); the rest
#: wait for the folder's templates (:class:`ProfileCounter`).  A folder this small costs
#: what it cost before templates were counted after the fact (the family folders of
#: tests/families hold 8-12 pages: they would pay for shaping their zone lines twice);
#: a folder that splits counts these pages twice, a bounded cost.
EAGER = 32


def decode_raw(raw: RawInput) -> str | None:
    """The text of a raw page as the pipeline will see it (``None`` if undecodable)."""
    from cleaner.ingest.charset import DecodeError, decode

    if raw.text is not None:
        text = raw.text
    else:
        try:
            text = decode(raw.data).text
        except DecodeError:
            return None
    return text.replace("\r\n", "\n")


class ProfileCounter:
    """Site profiles counted as a batch is read, a folder's pages once its templates are
    known: the one counting of :func:`build_profiles`, of the run's reading pass
    (:func:`cleaner.readahead.read_once`) and of the Ray engine's
    (:func:`cleaner.engines.ray_read.site_profiles`).

    :meth:`add` each page in run order.  A page with a site (or URL) is counted at once.
    A page of a ``dir:`` key is checked for near duplicates and signed
    (:class:`TemplateFinder`) as it is read; its folder's first ``EAGER`` pages are
    counted too (their shapes sign them), the others are held as a compact record (run
    position, folder, copy flag and the :meth:`NearDups.sample` a template's near
    duplicates are looked for with again: some 200 bytes, no text).  :meth:`finish`
    splits the folders into templates and asks for the texts of the held pages it must
    count, in run order (the reader keeps them: its spool, or ``keep_texts``); each is
    counted once, under its folder's key or its template's.  The profiles are exactly
    those of counting every page as read and recounting a folder that splits
    (:meth:`SiteProfiles.split_templates`), without counting such a folder twice (on a
    batch of pages without URLs, one folder, the recount cost as much as the count).
    """

    def __init__(self, *, keep_texts: bool = False, sample: int = 0) -> None:
        self.profiles = SiteProfiles()
        #: pages counted per key at most (near-duplicate copies included), the first in
        #: run order (0: all; ``BoilerplateConfig.site_sample_pages``)
        self.sample = sample
        self.finder = TemplateFinder()
        self._pages: dict[str, int] = {}  # pages of each folder so far
        self._folders: dict[str, int] = {}  # folder key → its number in _pos' records
        # the held pages, one record each across these arrays (flags: 1 copy, 2 counted)
        self._pos = array("q")
        self._folder = array("I")
        self._flags = bytearray()
        self._hashes = array("I")  # samples, end to end; page k's end at _ends[k]
        self._lengths = array("I")
        self._ends = array("Q")
        self._texts: list[str] | None = [] if keep_texts else None

    def add(self, index: int, key: str, text: str, *, folder: bool) -> None:
        """Count the page at run position ``index`` of site ``key`` (``folder``: the key
        is only its folder, :func:`templated`), or hold it for :meth:`finish`."""
        profiles = self.profiles
        if not folder:
            if not _full(profiles, key, self.sample):
                profiles.add(key, text)
            return
        sample = NearDups.sample(text)
        # every page of a folder is still checked and signed: its template depends on it
        copy = profiles.near_dup(key, text, sample)
        n = self._pages[key] = self._pages.get(key, 0) + 1
        if n <= EAGER:  # counted now, its shapes sign it
            shapes: list[str | None] = []
            if not _full(profiles, key, self.sample):
                profiles.count(key, text, copy=copy, shapes_out=shapes)
            self.finder.observe(key, index, text, copy=copy, shapes=shapes)
        else:  # signed now, counted once its folder's templates are known
            self.finder.observe(key, index, text, copy=copy)
        self._pos.append(index)
        self._folder.append(self._folders.setdefault(key, len(self._folders)))
        self._flags.append(copy | (n <= EAGER) << 1)
        self._hashes.extend(sample)
        self._lengths.extend(sample.values())
        self._ends.append(len(self._hashes))
        if self._texts is not None:
            self._texts.append(text)

    def finish(self, texts: Callable[[Iterable[int]], Iterable[str]] | None = None) -> SiteProfiles:
        """The profiles: the folders split into templates, the held pages counted, lines
        seen on one page dropped.  ``texts(positions)`` yields the texts (as counted) of
        the pages at those run positions, ascending (default: the kept texts); it takes
        each position when the text before it has been counted (lazily), so a key whose
        sample is full reads no more of its texts."""
        profiles = self.profiles
        # counting is over: the near-duplicate index (up to MAX_LEADERS pages a site)
        # and the signatures only served it, and nothing after asks for them (workers
        # and stored profiles get the counts only: SiteProfiles.__getstate__)
        profiles.end_counting()
        finder, self.finder = self.finder, TemplateFinder()
        if self._pos:
            split = finder.split()
            del finder
            where, kept = recount_keys(split)
            folders = list(self._folders)
            counts = [f not in split or f in kept for f in folders]  # as folder keys
            pos, flags, ids = self._pos, self._flags, self._folder
            fresh = SiteProfiles()
            cap = self.sample

            def as_folder(k: int) -> bool:  # held page k is counted under its folder key
                own = not flags[k] & 2 and counts[ids[k]]
                return own and not _full(profiles, folders[ids[k]], cap)

            def as_template(k: int) -> str | None:  # … and under this template's key
                key = where.get(pos[k])
                return None if key is None or _full(fresh, key, cap) else key

            # the held pages to count, decided as they come (a key sampled full reads no
            # more texts); each is checked again when counted
            need: deque[int] = deque()

            def wanted() -> Iterator[int]:
                for k in range(len(pos)):
                    if as_folder(k) or as_template(k) is not None:
                        need.append(k)
                        yield k

            if self._texts is not None:
                kept_texts = self._texts
                got: Iterable[str] = (kept_texts[k] for k in wanted())
            else:
                assert texts is not None, "texts are needed: not kept"
                got = texts(pos[k] for k in wanted())
            ends, hashes, lengths = self._ends, self._hashes, self._lengths
            for text in got:
                k = need.popleft()
                if as_folder(k):
                    profiles.count(folders[ids[k]], text, copy=bool(flags[k] & 1))
                key = as_template(k)
                if key is not None:
                    a, b = ends[k - 1] if k else 0, ends[k]
                    sample = dict(zip(hashes[a:b], lengths[a:b], strict=True))
                    fresh.count(key, text, copy=fresh.near_dup(key, text, sample))
            profiles._adopt(split, fresh)
        for p in profiles:
            p.prune(1)
        return profiles


def _full(profiles: SiteProfiles, key: str, sample: int) -> bool:
    """Has ``key`` been counted on ``sample`` pages (its sample is complete)?  Copies
    count too: a key with at most ``sample`` pages is counted exactly as without one."""
    if not sample:
        return False
    prof = profiles.sites.get(key)
    return prof is not None and prof.pages + prof.copies >= sample


def build_profiles(raw_pages: Iterable[Any], *, sample: int = 0) -> SiteProfiles:
    """Count repeated lines per site over a batch: the pre-pass before stage 1.

    ``raw_pages`` is what :func:`cleaner.ingest.readers.read_inputs` yields; quarantined and
    undecodable items are skipped.  Lines seen on one page only are dropped at the end.
    A folder of pages from several templates is split: the pages without a site are
    signed and checked for near duplicates as they are read, held, and counted once the
    batch is read and their folder's templates are known (:class:`ProfileCounter`, which
    the run's reading pass, :func:`cleaner.readahead.read_once`, shares), so a folder
    that splits is not counted twice.

    Examples
    --------
    >>> pages = [RawInput(f"s/{i}.txt", f"标题{i}\\n正文第{i}段。\\n扫码关注本站".encode())
    ...          for i in range(6)]
    >>> prof = build_profiles(pages).get("dir:s")
    >>> prof.pages, prof.lines["扫码关注本站"]
    (6, 6)
    """
    counter = ProfileCounter(keep_texts=True, sample=sample)
    for index, raw in enumerate(raw_pages):
        if not isinstance(raw, RawInput):
            continue
        text = decode_raw(raw)
        if text is not None:
            counter.add(index, site_key(raw), text, folder=templated(raw))
    return counter.finish()
