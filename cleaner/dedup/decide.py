"""From measured pairs to a decision: the one place both engines decide an article.

A verified candidate pair has measures (:class:`Pair`): shingle Jaccard, containment of
each side in the other, the longest passage of the longer text missing from the shorter
(``block``), the distinctive-token overlap (:mod:`cleaner.dedup.tokens`) and whether the
two texts open with the same title line.  :func:`judge` turns them into a *kind*:

``near``
    Jaccard ≥ ``threshold`` (or, for two short texts, edits within what their length
    allows and the same distinctive tokens: :mod:`cleaner.dedup.short`), no extra
    passage ≥ ``extra_block`` (a compilation is not a copy) and the distinctive tokens
    agree: two fills of one template (other numbers, dates, document numbers in the same
    places) are **refused** (``template``).
``contained`` (with ``contained = true``)
    the new text lies ≥ ``contained_threshold`` inside the other, which does not lie
    inside it (a prefix, a suffix, an excerpt, one part of a compilation), as one verbatim
    passage of it with no edit inside (:mod:`~cleaner.dedup.containment`) — or, when the
    two title lines differ, up to ``MAX_PASSAGES`` passages.  Decided before ``near``: a
    55 % prefix is contained, not a near copy.  A text under the other's own title line
    that lies inside it as two passages or more, or with a line changed (a new date), is
    a revision that cut or added text (a version); one scattered in more than
    ``MAX_PASSAGES`` is not an excerpt either.  The template refusal compares the inside
    text's own tokens only (:meth:`Pair.inside_template`): an excerpt lacks most of its
    holder's numbers, a fill has other values in its own slots.
``contains`` (with ``contained = true``)
    the other text lies inside the new one, not the reverse: the new text is a
    compilation (or an extension) of it.  A link, never a duplicate.  Same passage rule.
``version``
    same title line, Jaccard ≥ ``version_threshold``, not one inside the other with a new
    passage ≥ ``extra_block`` (an extension, "article + another"), and the
    text changed in substance: its distinctive tokens differ (a new date), its Jaccard is
    under ``threshold``, or it has a new passage ≥ ``extra_block``.  A link: both are kept
    (unless ``versions = "duplicate"``).  Decided first, extension or not, when a year
    changed in place (a new date) or one text's head adds later dated lines to the
    other's (a revision history grown: :func:`~cleaner.dedup.tokens.history`): a revision
    that cut or added a long passage still revises its text.

:func:`settle` picks an article's outcome from all its verdicts (exact twins are decided
before any of this, by the callers).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cleaner.dedup.containment import MAX_PASSAGES
from cleaner.dedup.tokens import is_template

__all__ = ["DUP_RANK", "Outcome", "Pair", "Rules", "Verdict", "judge", "settle"]

#: Duplicate kinds by preference (lower wins), then by score.
DUP_RANK = {"exact": 0, "near": 1, "contained": 2, "version": 3}
#: At most this many compilation sources are listed per article.
MAX_CONTAINS = 10


@dataclass(frozen=True, slots=True)
class Rules:
    """The decision settings on the 0–1 scale (see ``DedupConfig``)."""

    threshold: float = 0.5
    extra_block: float = 0.20
    contained: bool = False
    contained_threshold: float = 0.9
    templates: bool = True
    template_tokens: float = 0.5
    versions: str = "keep"  # keep | duplicate | off
    version_threshold: float = 0.2
    short_edits: float = 0.1  # share of a short text's characters that may differ (0: off)


@dataclass(frozen=True, slots=True)
class Pair:
    """The measures of one verified candidate pair (new article against another)."""

    j: float
    c_new: float
    c_old: float
    block: float = 0.0
    tok_j: float = 1.0
    tok_differ: int = 0
    same_title: bool = False
    tok_years: int = 0  # of tok_differ, pairs whose value is a year
    history: int = 0  # dated head lines one adds to the other's (tokens.history)
    passages: int = 1  # verbatim passages of the holder the inside text lies in (containment)
    edits: int = 0  # runs of the inside text missing from the holder, but at its end
    tok_shared: int = 0  # (slot, value) pairs in shared slots found on both sides
    tok_new_only: int = 0  # of tok_differ, the new text's (the rest are the other's)
    edits_short: int = -1  # edit distance of two short texts (cleaner.dedup.short), -1: not
    edits_allowed: int = 0  # the edits their length allows
    edit_sim: float = 0.0  # 1 - edits_short / the longer key's length

    def short_near(self) -> bool:
        """Two short texts within the edits their length allows, their distinctive tokens
        the same (:mod:`cleaner.dedup.short`)."""
        return 0 <= self.edits_short <= self.edits_allowed and self.tok_differ == 0

    def inside_template(self, *, new_inside: bool, threshold: float) -> bool:
        """Whether the text inside the other is another fill of its template: compared on
        the inside text's own tokens that the holder lacks (an excerpt naturally lacks
        most of its holder's numbers; a fill has other values in the shared slots).  Each
        counts twice, as a token changed in place counts on both sides in ``tok_differ``."""
        only = self.tok_new_only if new_inside else self.tok_differ - self.tok_new_only
        if only <= 0:
            return False
        return is_template(round(self.tok_shared / (self.tok_shared + only), 2), 2 * only,
                           threshold=threshold)  # fmt: skip

    def detail(self) -> dict[str, Any]:
        """The measures as recorded (0–1, two decimals; tokens only when they were shared)."""
        d: dict[str, Any] = {"jaccard": round(self.j, 2)}
        if self.tok_differ or self.tok_j < 1.0:
            d["tokens"] = self.tok_j
            d["tokens_differ"] = self.tok_differ
            if max(self.c_new, self.c_old) >= 0.5:  # the contained side's share decides
                d["tokens_new_only"] = self.tok_new_only
        if self.c_new >= 0.5 or self.c_old >= 0.5:
            d["inside"] = round(self.c_new, 2)  # share of the new text found in the other
            d["holds"] = round(self.c_old, 2)  # share of the other found in the new text
        if self.block:
            d["new_passage"] = round(self.block, 2)
        if self.history:
            d["new_dated_lines"] = self.history
        if self.passages > 1:
            d["passages"] = self.passages
        if self.edits and self.same_title:
            d["edits"] = self.edits
        if self.short_near():
            d["short_edits"] = self.edits_short
            d["edit_sim"] = round(self.edit_sim, 2)
        return d


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str | None  # near | contained | contains | version | None
    score: float  # 0–100
    refused: str | None = None  # "template" when a near/contained match was refused


def judge(p: Pair, r: Rules) -> Verdict:
    """The kind of one pair (see the module docstring).

    >>> judge(Pair(0.82, 0.9, 0.9), Rules())
    Verdict(kind='near', score=82.0, refused=None)
    >>> judge(Pair(0.82, 0.9, 0.9, tok_j=0.1, tok_differ=16), Rules())
    Verdict(kind=None, score=82.0, refused='template')
    >>> judge(Pair(0.55, 1.0, 0.55), Rules(contained=True))
    Verdict(kind='contained', score=100.0, refused=None)
    >>> judge(Pair(0.9, 0.95, 0.95, tok_j=0.2, tok_differ=4, same_title=True, tok_years=2), Rules())
    Verdict(kind='version', score=90.0, refused=None)
    >>> judge(Pair(0.7, 0.92, 0.74, same_title=True, passages=3), Rules(contained=True))
    Verdict(kind='version', score=70.0, refused=None)
    >>> excerpt = Pair(0.57, 0.99, 0.57, tok_j=0.74, tok_differ=107, tok_shared=300)
    >>> judge(excerpt, Rules(contained=True))  # the 107 are the holder's numbers
    Verdict(kind='contained', score=99.0, refused=None)
    >>> fill = Pair(0.57, 0.99, 0.57, tok_j=0.3, tok_differ=24, tok_shared=6, tok_new_only=12)
    >>> judge(fill, Rules(contained=True))  # the inside text's own numbers are other values
    Verdict(kind=None, score=57.0, refused='template')
    >>> judge(Pair(0.3, 0.45, 0.45, edits_short=2, edits_allowed=2, edit_sim=0.9), Rules())
    Verdict(kind='near', score=90.0, refused=None)
    >>> judge(Pair(0.3, 0.45, 0.45, tok_differ=2, edits_short=1, edits_allowed=2), Rules())
    Verdict(kind=None, score=30.0, refused=None)
    """
    j100 = round(100.0 * p.j, 2)
    template = r.templates and is_template(p.tok_j, p.tok_differ, threshold=r.template_tokens)
    ct = r.contained_threshold
    titled = r.versions != "off" and p.same_title and p.j >= r.version_threshold
    # one inside the other with a new passage: "article + another", not a revision
    extension = max(p.c_new, p.c_old) >= ct and p.block >= r.extra_block
    revision = titled and not extension
    if titled and (p.tok_years >= 2 or p.history):
        # same title, and a year changed in place (a new date) or later dated lines added
        # to the history in the head (a law's "2022年…第五次修订")
        return Verdict("version", j100)
    inside = (p.c_new >= ct) != (p.c_old >= ct)
    if r.contained and inside and r.templates:
        # one inside the other: a fill has other values in its own slots; the holder's
        # extra numbers are only what an excerpt lacks
        template = p.inside_template(new_inside=p.c_new >= ct, threshold=r.template_tokens)
    if r.contained and not template and inside:
        if (
            p.passages <= MAX_PASSAGES
            if not p.same_title
            else p.passages == 1 and not p.edits  # a verbatim prefix of the same text
        ):
            if p.c_new >= ct:
                return Verdict("contained", round(100.0 * p.c_new, 2))
            return Verdict("contains", round(100.0 * p.c_old, 2))
        if titled:  # the same text under its title with passages cut (or added): revised
            return Verdict("version", j100)
    # a short text within the edits its length allows (cleaner.dedup.short) is as similar
    # as a long one over the Jaccard threshold; it scores its edit similarity
    by_edits = r.short_edits > 0 and p.j < r.threshold and p.short_near()
    similar = p.j >= r.threshold or by_edits
    near = similar and p.block < r.extra_block
    if revision and (template or not similar or p.block >= r.extra_block):
        return Verdict("version", j100)
    if near:
        if template:
            return Verdict(None, j100, "template")
        return Verdict("near", round(100.0 * p.edit_sim, 2) if by_edits else j100)
    return Verdict(None, j100)


@dataclass(slots=True)
class Candidate:
    """A judged pair, with what the caller needs to link it."""

    target: str  # id of the other document
    cluster: str
    verdict: Verdict
    pair: Pair
    order: tuple[Any, ...] = ()  # tie-break: larger wins (the engines' meeting order)


@dataclass(slots=True)
class Outcome:
    """An article's decision fields (``dup_detail``/``contains`` as JSON text or None)."""

    status: str = "kept"
    dup_of: str | None = None
    dup_score: float | None = None
    dup_kind: str | None = None
    cluster: str | None = None
    version_of: str | None = None
    best_score: float | None = None
    contains: str | None = None
    dup_detail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # "winner": the deciding Candidate

    def fields(self) -> dict[str, Any]:
        """The decision fields (``DECISION_FIELDS`` of the stage), as a dict."""
        return {
            "status": self.status, "dup_of": self.dup_of, "dup_score": self.dup_score,
            "dup_kind": self.dup_kind, "cluster": self.cluster, "version_of": self.version_of,
            "best_score": self.best_score, "contains": self.contains,
            "dup_detail": self.dup_detail,
        }  # fmt: skip


# one encoder for every record: json.dumps builds a new one per call
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def settle(own_id: str, cands: Iterable[Candidate], best_j: float | None, r: Rules) -> Outcome:
    """An article's outcome from its judged candidates (none exact).

    The duplicate is the best by (kind, score, order); a kept article links the best
    version (by Jaccard, order) and every source it contains (by covered share, id);
    ``best_score`` is the best Jaccard × 100 of any candidate, on kept articles only;
    ``dup_detail`` the measures of the pair that decided (or refused: ``"refused"``).
    """
    dup: Candidate | None = None
    version: Candidate | None = None
    refused: Candidate | None = None
    sources: list[tuple[float, str]] = []
    dup_kinds = (
        ("near", "contained", "version") if r.versions == "duplicate" else ("near", "contained")
    )
    for c in cands:
        v = c.verdict
        if v.kind in dup_kinds:
            rank = (-DUP_RANK[v.kind or ""], v.score, c.order)
            if dup is None or rank > (
                -DUP_RANK[dup.verdict.kind or ""],
                dup.verdict.score,
                dup.order,
            ):
                dup = c
        if v.kind == "version":
            if version is None or (v.score, c.order) > (version.verdict.score, version.order):
                version = c
        elif v.kind == "contains":
            sources.append((round(100.0 * c.pair.c_new, 2), c.target))
        elif v.refused and (
            refused is None or (v.score, c.order) > (refused.verdict.score, refused.order)
        ):
            refused = c
    out = Outcome(cluster=own_id)
    if dup is not None:
        out.status, out.dup_of, out.cluster = "duplicate", dup.target, dup.cluster
        out.dup_kind, out.dup_score = dup.verdict.kind, dup.verdict.score
        out.dup_detail = _dump(dup.pair.detail())
        out.extra["winner"] = dup
        return out
    out.best_score = best_j
    if sources:
        sources.sort(key=lambda s: (-s[0], s[1]))
        out.contains = _dump([[t, s] for s, t in sources[:MAX_CONTAINS]])
    if version is not None:
        out.dup_kind, out.version_of = "version", version.target
        out.dup_detail = _dump(version.pair.detail())
    elif refused is not None:
        out.dup_detail = _dump({"refused": refused.verdict.refused, "of": refused.target,
                                **refused.pair.detail()})  # fmt: skip
    return out


__all__ += ["MAX_CONTAINS", "Candidate"]
