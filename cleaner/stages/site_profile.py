"""Site profiles: the lines and line shapes that repeat across the pages of one site.

Chrome that no rule pack names (a site's header bar, its download prompt, its footer) is
found the way boilerplate detectors since jusText and trafilatura's ``duplicate_test`` find
it: a line that appears on most pages of the same site is furniture, not content.  Before
stage 1 runs, :func:`~cleaner.stages.profile_counter.build_profiles` counts, per site, on
how many pages each short line appears, both exactly and as a *shape* in which the page's
own title, ``《…》`` titles and all numbers are masked (``下载⟨T⟩word格式文档``,
``发布时间：⟨N⟩-⟨N⟩-⟨N⟩``).  The boilerplate stage then deletes, on that site's pages,
the lines whose support (share of the site's pages containing them, 0-100) reaches
``site_min_support``, recording the support as the change's score (rule
``boilerplate.site_repeat``).

Measure, then decide: the profile stores counts only; thresholds are applied when the
profile is used (:meth:`SiteProfiles.learned`), so a stored profile can be re-judged with
other thresholds.  Content that legitimately repeats on a site (salutations, statute
closing formulas, signatures, section headings, metadata lines) is never learned; the
table of such lines is ``cleaner/rules/site_repeat_keep.toml``.

Repetition alone is not enough (issue 11, "trust on real pages"); three guards keep learned
rules from eating content:

* **Near-duplicate pages count once.**  Six versions of one notice share every body
  sentence; counted as six pages they make the body look like chrome.  :class:`NearDups`
  groups a site's pages whose longest sentence pieces overlap by at least ``NEAR_DUP``
  (a length-weighted Jaccard of piece hashes); a page joining a group is counted in
  ``SiteProfile.copies`` only, so supports and ``site_min_pages`` count distinct pages.
* **A repeated line must also look like chrome** (:func:`chrome_signals`): signals that
  transfer across sites — prompt and site-voice vocabulary, URLs and e-mail addresses,
  menu separators, shortness, digit masks, a place at the top or bottom of the page.  A
  sentence (20+ characters ending in ``。``) needs a cue word, and a second one (or a place
  at the page's edge); a ``tail`` scope needs a footer start: a short heading that is not
  markup (``</channel>`` is a closing tag, not a heading).
* **Learned lines carry their expected removal share** (``LearnedLine.expected_share``,
  0-100: the mean share of a page's characters the line, or its tail, removed where it
  was seen), which ``cleaner rules mine`` writes and the boilerplate stage compares with
  what the line would remove on the page at hand (its loss budget).

A page's site is ``RawInput.site``, else the host of its URL, else the folder it was read
from (:func:`site_key`); a folder of pages from several sites is split into templates
(:mod:`cleaner.stages.site_templates`), whose keys ``SiteProfiles.templates`` records by
run position (:meth:`SiteProfiles.template_of`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cleaner.model import RawInput
from cleaner.stages.near_dups import NearDups
from cleaner.stages.site_counts import (
    MAX_LINE_CHARS,
    NUMBER_MASK,
    PRUNE_AT,
    TITLE_MASK,
    SiteProfile,
    literal_chars,
    page_title,
    shape_of,
)
from cleaner.stages.site_judge import (
    KeepTable,
    Learned,
    LearnedLine,
    chrome_signals,
    footer_start,
    judge,
    title_suffixes,
)
from cleaner.stages.site_templates import RECOUNT_SHARE, TemplateSites

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_config import BoilerplateConfig

__all__ = [
    "FORMAT_VERSION",
    "MAX_LINE_CHARS",
    "NUMBER_MASK",
    "PRUNE_AT",
    "RULE_ID",
    "TITLE_MASK",
    "KeepTable",
    "Learned",
    "LearnedLine",
    "NearDups",
    "SiteProfile",
    "SiteProfiles",
    "chrome_signals",
    "footer_start",
    "judge",
    "literal_chars",
    "page_title",
    "shape_of",
    "site_key",
    "templated",
    "title_suffixes",
    "with_stored",
]

RULE_ID = "boilerplate.site_repeat"
FORMAT_VERSION = 1


def site_key(raw: RawInput) -> str:
    """The unit that site profiles are learned per.

    >>> site_key(RawInput("a/b/page.txt", b"", url="https://www.example.com/x"))
    'example.com'
    >>> site_key(RawInput("batch/part.jsonl:12", b""))
    'dir:batch'
    """
    if raw.site:
        return raw.site
    if raw.url:
        host = (urlsplit(raw.url).hostname or "").removeprefix("www.")
        if host:
            return host
    return _folder_key(_LINE_SUFFIX.sub("", raw.source))


#: the ``:<line>`` a JSONL record's source ends with (its folder is the file's)
_LINE_SUFFIX = re.compile(r":\d+$")


@lru_cache(maxsize=1024)
def _folder_key(src: str) -> str:
    """``dir:<folder of src>``.  Cached: every record of a JSONL file (and every file of a
    folder, on their second look: the run asks once while reading and once while
    cleaning) has one; ``PurePath`` costs ~10x the look-up, and the value is a function
    of the string alone (nothing to reset).

    >>> _folder_key("batch/part.jsonl")
    'dir:batch'
    """
    return f"dir:{PurePath(src).parent.as_posix()}"


def templated(raw: RawInput) -> bool:
    """Is the page's site only its folder (no ``--site``, no URL)?  Then the folder may be
    split into templates (:mod:`cleaner.stages.site_templates`)."""
    return not raw.site and not raw.url


#: A page mark's shape printed on this many pages of a site is the site's page break.
MARK_MIN_PAGES = 3


class SiteProfiles:
    """Profiles of every site in a batch (or stored from earlier batches).

    ``templates`` maps the run position of each page that left its folder's key for a
    template's (``dir:<folder>#t2`` …) to that key (see :meth:`split_templates`).
    """

    def __init__(self, profiles: Iterable[SiteProfile] = ()) -> None:
        self.sites: dict[str, SiteProfile] = {p.site: p for p in profiles}
        self._learned: dict[tuple[str, Any], Learned] = {}
        self._keep: KeepTable | None = None
        self._dups: dict[str, NearDups] = {}
        self._suffixes: dict[tuple[str, str], frozenset[str]] = {}
        self.templates = TemplateSites()
        self._settled: BoilerplateConfig | None = None  # see settle
        self._foot: dict[str, frozenset[str]] = {}  # see foot_notes (kept when settled)
        self._head: dict[str, frozenset[str]] = {}  # see head_notes (kept when settled)
        self._rows: dict[str, frozenset[str]] = {}  # see site_rows (kept when settled)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("_settled", None)
        self.__dict__.setdefault("_foot", {})
        self.__dict__.setdefault("_head", {})
        self.__dict__.setdefault("_rows", {})
        if "templates" not in state:  # pickled before templates were found
            self.templates = TemplateSites()
        self._suffixes = {}

    def template_of(self, raw: RawInput, index: int) -> str | None:
        """The key of the page's template (by run position ``index``) when its folder
        was split and it left the folder's key; its chrome is learned and judged under
        that key, not :func:`site_key`."""
        if len(self.templates) and templated(raw):
            return self.templates.get(index)
        return None

    def split_templates(
        self, split: dict[str, dict[int, str]], pages: Iterable[tuple[int, str]]
    ) -> None:
        """Recount the folders that :meth:`TemplateFinder.split` split, one profile per
        template, and record the pages' template keys.

        ``pages`` are ``(run position, text)`` of (at least) the split folders' pages, in
        run order; the templates' profiles are added and the folder key's replaced by
        the count of the pages that keep it.  When the pages that leave a folder's key
        are at most ``RECOUNT_SHARE`` of it, the folder's profile is kept as counted
        (they dilute its supports by that share at most) and only they are counted again.
        (The reading passes do not count a folder twice:
        :class:`~cleaner.stages.profile_counter.ProfileCounter`; this
        is the reference they are tested against.)
        """
        where, _ = recount_keys(split)
        fresh = SiteProfiles()
        for index, text in pages:
            key = where.get(index)
            if key is not None:
                fresh.add(key, text)
        self._adopt(split, fresh)

    def _adopt(self, split: dict[str, dict[int, str]], fresh: SiteProfiles) -> None:
        """Take the templates' profiles counted in ``fresh`` and record the pages' keys."""
        for p in fresh:
            p.prune(1)
            self.sites[p.site] = p
        self._suffixes.clear()
        self._foot.clear()
        self._head.clear()
        self._rows.clear()
        self.templates.update(
            {p: k for folder, assign in split.items() for p, k in assign.items() if k != folder}
        )
        self._learned.clear()

    def __getstate__(self) -> dict[str, Any]:
        # the near-duplicate index only serves counting; workers and stored partial
        # profiles need the counts
        return {**self.__dict__, "_dups": {}, "_suffixes": {}}

    def end_counting(self) -> None:
        """Let go of the near-duplicate index: the counts are final.  It holds up to
        ``MAX_LEADERS`` pages a site and only tells new pages from copies as they are
        counted; kept, it outlived the reading pass by the whole run.  A page counted
        after this is checked against the pages counted after it only."""
        self._dups = {}

    def __len__(self) -> int:
        return len(self.sites)

    def __iter__(self) -> Iterator[SiteProfile]:
        return iter(self.sites.values())

    def get(self, site: str | None) -> SiteProfile | None:
        return self.sites.get(site) if site else None

    def add(self, site: str, text: str, shapes_out: list[str | None] | None = None) -> bool:
        """Count a page of ``site``, once per group of near-duplicates (:class:`NearDups`);
        True when it was a near-duplicate (counted in ``copies`` only).  ``shapes_out``
        receives the shapes of its lines when it is counted (:meth:`SiteProfile.add_page`)."""
        copy = self.near_dup(site, text)
        self.count(site, text, copy=copy, shapes_out=shapes_out)
        return copy

    def near_dup(self, site: str, text: str, sample: dict[int, int] | None = None) -> bool:
        """Is the page a near-duplicate of a page of ``site`` seen before?  The first half
        of :meth:`add` (the page is remembered, not counted: :meth:`count` does that);
        ``sample`` is the page's :meth:`NearDups.sample`, if taken already."""
        self.sites.setdefault(site, SiteProfile(site))  # sites keep the order first met
        dups = self._dups.get(site)
        if dups is None:
            dups = self._dups[site] = NearDups()
        return dups.seen(text, sample)

    def count(
        self, site: str, text: str, *, copy: bool, shapes_out: list[str | None] | None = None
    ) -> None:
        """The second half of :meth:`add`: count the page (``copy``: in ``copies`` only)."""
        prof = self.sites.setdefault(site, SiteProfile(site))
        if copy:
            prof.copies += 1
        else:
            prof.add_page(text, shapes_out)
        self._learned.clear()
        self._suffixes.clear()
        self._head.clear()
        self._rows.clear()

    def merge(self, other: SiteProfiles) -> None:
        """Add the counts of ``other`` (e.g. the corpus' stored profiles) to these."""
        for p in other:
            mine = self.sites.setdefault(p.site, SiteProfile(p.site))
            mine.merge(p)
        self._learned.clear()
        self._suffixes.clear()
        self._head.clear()
        self._rows.clear()

    def learned(self, site: str | None, config: BoilerplateConfig) -> Learned | None:
        """What counts as chrome on ``site`` under ``config`` (cached per site)."""
        prof = self.get(site)
        if prof is None or not config.site_repeat or prof.pages < config.site_min_pages:
            return None
        ck = (prof.site, config)
        if ck not in self._learned:
            if self._settled is not None:  # the counts are gone: never judge them empty
                raise ValueError(f"site profiles settled: {prof.site!r} not judged so")
            if self._keep is None:
                self._keep = KeepTable()
            self._learned[ck] = judge(prof, config, self._keep)
        return self._learned[ck]

    def settle(self, config: BoilerplateConfig) -> None:
        """Judge every site under ``config`` now and let go of the line counts.

        A run applies one configuration and, without ``--add``, stores no counts: once
        judged, only the chrome (:class:`Learned`) is needed, not the tables it was
        judged from, which grow with the distinct lines the batch repeats (issue 15: 43
        MiB of a single-site 200 MB batch, 7 MiB at 10 MB).  :meth:`learned` then
        answers the same for ``config`` and raises for any other.
        """
        for prof in self:
            self.learned(prof.site, config)
            self.foot_notes(prof.site)  # (from the counts: cached before they go)
            self.head_notes(prof.site)
            self.site_rows(prof.site)
            prof.drop_counts(keep_shapes_from=MARK_MIN_PAGES)
        self._settled = config

    def foot_notes(self, site: str | None) -> frozenset[str]:
        """The sentences ``site`` prints word for word at the foot of nearly every page
        (:func:`~cleaner.stages.foot_repeat.foot_notes`), cached; :meth:`settle` finds
        them before the counts go."""
        prof = self.get(site)
        if prof is None:
            return frozenset()
        hit = self._foot.get(prof.site)
        if hit is None:
            if self._settled is not None:
                return frozenset()  # (a site settled without them: none)
            from cleaner.stages.foot_repeat import foot_notes

            hit = self._foot[prof.site] = foot_notes(prof)
        return hit

    def head_notes(self, site: str | None) -> frozenset[str]:
        """The sentences ``site`` prints at the head of several pages, word for word or
        by shape (:func:`~cleaner.stages.head_repeat.head_notes`), cached; :meth:`settle`
        finds them before the counts go."""
        prof = self.get(site)
        if prof is None:
            return frozenset()
        hit = self._head.get(prof.site)
        if hit is None:
            if self._settled is not None:
                return frozenset()  # (a site settled without them: none)
            from cleaner.stages.head_repeat import head_notes

            hit = self._head[prof.site] = head_notes(prof)
        return hit

    def site_rows(self, site: str | None) -> frozenset[str]:
        """The dated rows ``site`` prints word for word on most of its pages
        (:func:`~cleaner.stages.site_rows.site_rows`), cached; :meth:`settle` finds them
        before the counts go."""
        prof = self.get(site)
        if prof is None:
            return frozenset()
        hit = self._rows.get(prof.site)
        if hit is None:
            if self._settled is not None:
                return frozenset()  # (a site settled without them: none)
            from cleaner.stages.site_rows import site_rows

            hit = self._rows[prof.site] = site_rows(prof)
        return hit

    def title_suffixes(self, site: str | None) -> frozenset[str]:
        """The title suffixes ``site`` repeats (:func:`title_suffixes`), cached."""
        prof = self.get(site)
        if prof is None or not prof.suffixes:
            return frozenset()
        ck = (prof.site, "suffixes")
        hit = self._suffixes.get(ck)
        if hit is None:
            hit = self._suffixes[ck] = title_suffixes(prof)
        return hit

    def shape_seen(self, site: str | None) -> Callable[[str], bool] | None:
        """``seen(line)``: does ``site`` print ``line``'s shape (numbers masked) on at least
        MARK_MIN_PAGES of its pages?  A page number alone on its line (``（2）``) is a
        list number on one page and the site's page break on many (the repair stage's
        numbered marks, :func:`~cleaner.stages.page_marks.numbered_runs`).  None without
        a profile of the site."""
        prof = self.get(site)
        if prof is None or not prof.shapes:
            return None
        shapes = prof.shapes
        return lambda line: shapes.get(shape_of(line, ""), 0) >= MARK_MIN_PAGES

    def to_json(self) -> str:
        """Serialise the counts (not the decisions) for storage beside a corpus."""
        data = {
            "version": FORMAT_VERSION,
            "sites": {s: p.to_dict() for s, p in sorted(self.sites.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfiles:
        data = json.loads(text)
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"site profiles: unsupported version {data.get('version')!r}")
        return cls(SiteProfile.from_dict(s, d) for s, d in data["sites"].items())


def recount_keys(split: dict[str, dict[int, str]]) -> tuple[dict[int, str], set[str]]:
    """The keys split pages are counted under again (by run position), and the split
    folders whose own profile is kept as counted over all their pages (``RECOUNT_SHARE``,
    :meth:`SiteProfiles.split_templates`; or no page keeps the folder's key, which
    :func:`~cleaner.stages.site_templates.cluster` never does)."""
    where: dict[int, str] = {}
    kept: set[str] = set()
    for folder, assign in split.items():
        moved = sum(k != folder for k in assign.values())
        keep_folder = moved <= RECOUNT_SHARE * len(assign)
        if keep_folder or moved == len(assign):
            kept.add(folder)
        where.update((p, k) for p, k in assign.items() if k != folder or not keep_folder)
    return where, kept


def with_stored(stored: SiteProfiles | None, batch: SiteProfiles | None) -> SiteProfiles | None:
    """The profiles a run applies: those stored with a corpus, then the batch's counts.

    Stored counts come first, so a shape's first examples (the first is the probe the
    boilerplate stage judges it by) stay the ones seen first; examples are capped at
    three.  A site whose table passes ``PRUNE_AT`` entries forgets its rarest lines
    (seen on 1, then 2, 4 … pages) so what is stored stays bounded.  Under
    ``site_sample_pages`` a batch's profile counts its first pages of each site only:
    a stored ``pages`` is then the sum of the runs' samples, not the site's pages in the
    corpus, and every count beside it is over those same pages, so supports stay shares.

    >>> old = SiteProfiles(); new = SiteProfiles()
    >>> for i in range(4): _ = old.add("s", f"第{i}条：本站第{i}篇文章的正文\\n扫码关注本站")
    >>> for i in range(4, 6): _ = new.add("s", f"第{i}条：本站第{i}篇文章的正文\\n扫码关注本站")
    >>> both = with_stored(old, new)
    >>> both.get("s").pages, both.get("s").lines["扫码关注本站"]
    (6, 6)
    """
    if stored is None:
        return batch
    out = SiteProfiles()
    out.merge(stored)
    if batch is not None:
        out.merge(batch)
        out.templates = batch.templates
    for p in out:
        for k, ex in p.examples.items():
            p.examples[k] = ex[:3]
        floor = 1
        while len(p.lines) + len(p.shapes) > PRUNE_AT:
            p.prune(floor)
            floor *= 2
    return out


def build_profiles(raw_pages: Iterable[Any], *, sample: int = 0) -> SiteProfiles:
    """:func:`cleaner.stages.profile_counter.build_profiles`, under its old name here for
    scripts outside the package (``tools/diag.py``); the package imports it from there.
    Imported at call time: the counter builds on this module's tables."""
    from cleaner.stages.profile_counter import build_profiles as count

    return count(raw_pages, sample=sample)
