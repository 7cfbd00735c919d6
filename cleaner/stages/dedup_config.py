"""The dedup stage's options and the fields its decisions set (shared by both engines).

:class:`DedupConfig` is the ``[dedup]`` table of ``cleaner.toml``; :data:`DECISION_FIELDS`
are the fields a decision sets on an article row (:func:`apply_decision`), and
:func:`dedup_flags` the ledger rows that record it.  The stage itself is
:mod:`cleaner.stages.dedup`; how a pair is judged, :mod:`cleaner.dedup.decide`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cleaner.dedup.decide import Rules
from cleaner.dedup.index import MatchRule
from cleaner.dedup.keep import KEEP_POLICIES
from cleaner.dedup.minhash import SketchParams
from cleaner.errors import ConfigError

__all__ = ["DECISION_FIELDS", "MAX_NUM_PERM", "DedupConfig", "apply_decision", "dedup_flags"]

_VERSIONS = ("keep", "duplicate", "off")


#: Largest MinHash signature: 1,024 bins (4 KB per article) is 8× the default and past
#: the point where more bins change any decision; 10⁸ would need 400 MB per article.
MAX_NUM_PERM = 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupConfig:
    """Options of the dedup stage.  Similarities use the 0–100 scale (RapidFuzz convention).

    threshold : float = 50
        Near duplicate when the true Jaccard of the shingle sets × 100 reaches this.  On
        the 10k bench set 50 gives the best pair F1; injected copies have Jaccard quantiles
        0.49 / 0.71 / 0.82 (5/25/50 %), so 70 would lose a quarter of them.
    extra_block : float = 20, extra_block_min : int = 30
        Not a near duplicate when the longer document has one contiguous passage of at least
        ``extra_block`` % of its shingles, and ``extra_block_min`` shingles, absent from the
        shorter: "article + another article" is a compilation, not a copy.  Copies in the
        bench add at most 20 % (an excerpt) or a short header/footer.
    contained : bool = False
        Also report an article whose shingles are ≥ ``contained_threshold`` % inside a
        longer document, as kind ``contained`` (a duplicate), and link a kept article to the
        earlier documents it holds (``contains``: a compilation).  Off by default: the
        benchmark counts "article + another appended" as a distinct document.
    contained_threshold : float = 90
    templates : bool = True
        Template-aware matching: two texts whose distinctive tokens (numbers, dates,
        document numbers) differ in the places they share are fills of one template, not
        copies (:mod:`cleaner.dedup.tokens`).  ``template_tokens`` is the token Jaccard × 100
        under which they are told apart.
    template_tokens : float = 50
    versions : str = "keep"
        Texts with the same title line that revise one another (other dates, or Jaccard
        between ``version_threshold`` and ``threshold``, or a new passage) are kind
        ``version``: ``keep`` keeps both and links the later (``version_of``),
        ``duplicate`` marks the later a duplicate, ``off`` does not look for versions.
    version_threshold : float = 20
        On ``benchmarks/dedup_hard_bench.py`` (200 revisions of 10–60 % of their sentences)
        30 recognised 89.5 % of them, 20 recognised 93.5 %; a version is a link, not a
        duplicate, so the benchmark's pair scores do not move with it.
    keep : str = "first"
        Which member of a cluster found in one batch is kept (:mod:`cleaner.dedup.keep`):
        ``first`` (the first met), ``longest`` (the longest text), ``newest`` (the latest
        ``meta.published`` / ``published`` / ``date``; undated never beats dated), or
        ``corpus`` (as first; says that corpus documents are never replaced).  Ties go to
        the first.  A corpus document, or one kept by an earlier batch of the run, is never
        replaced by any policy, unless ``replace_corpus`` says so.  Both engines run every
        policy (Ray reads the dates as the local engine: :mod:`cleaner.engines.ray_keep`).
    replace_corpus : bool = False
        With ``keep = "longest"`` or ``"newest"`` (refused with the others): a batch article
        that beats the corpus document it duplicates (``exact``, ``near``, ``version`` when
        versions are duplicates) is kept, with ``replaces`` naming that document, and with
        ``--add`` the document is marked superseded by it in the corpus (kept, not deleted:
        :mod:`cleaner.corpus.supersede`).  The explicit, recorded way to replace; off, no
        corpus document is ever replaced.  Local engine only.
    short_edits : float = 10, short_chars : int = 100
        Two texts whose comparison keys are as long as each other, at most ``short_chars``
        characters (16 at least), are near duplicates when at most ``short_edits`` % of
        their characters differ (Levenshtein) and their numbers and dates are the same
        (:mod:`cleaner.dedup.short`): shingles are too coarse there (two variant
        characters of a 20-character quatrain leave a Jaccard of 0.2–0.35).  10 % is the
        scattered edit rate at which long texts cross ``threshold = 50``.  0 turns it off.
        Local engine only so far: ``--engine ray`` judges short texts by shingles alone.
    distinct_numbers : bool = False
        Replaced by ``templates``; true is refused with a message saying so.
    ngram : int = 5, word_ngram : int = 3
        Character n-gram length for CJK text, word n-gram length for space-separated text.
    num_perm : int = 128, bands : int = 32
        MinHash bins and LSH bands (rows = num_perm / bands = 4): a pair at Jaccard 0.5 becomes
        a candidate with probability 0.87, at 0.6 with 0.99.
    fold_digits : bool = True
        Fold every digit to 0 in the comparison key (dates and counters in chrome).
    transitive : bool = True
        Also match articles of the run that were themselves duplicates (``dup_of`` is then
        that article, ``cluster`` its cluster).  Copies of one article drift apart in
        different directions; each is closest to the original, not to the first copy seen.
    workers : int | None = None
        Processes for sketching.  None (the default) sketches in this process, on the
        background thread of :meth:`Deduper.process_batches`, overlapping the matching of
        the previous batch.  Measured on the 100k bench set on 2 shared cores: 2 worker
        processes were no faster (medians 11.2 s vs 12.2 s, both within the load's noise)
        and held 1.39 GB instead of 1.02 GB, because every text goes to a worker and every
        shingle sequence comes back.  Not a corpus setting.
    enabled : bool = True
        ``cleaner run`` dedups within the batch (and against ``--corpus``) unless false.

    ``ngram``, ``word_ngram``, ``num_perm``, ``bands`` and ``fold_digits`` are stored in a
    corpus's manifest; a corpus built with other values is refused.
    """

    enabled: bool = True
    threshold: float = 50.0
    extra_block: float = 20.0
    extra_block_min: int = 30
    contained: bool = False
    contained_threshold: float = 90.0
    templates: bool = True
    template_tokens: float = 50.0
    versions: str = "keep"
    version_threshold: float = 20.0
    keep: str = "first"
    replace_corpus: bool = False
    short_edits: float = 10.0
    short_chars: int = 100
    distinct_numbers: bool = False
    ngram: int = 5
    word_ngram: int = 3
    num_perm: int = 128
    bands: int = 32
    fold_digits: bool = True
    transitive: bool = True
    workers: int | None = None

    def __post_init__(self) -> None:
        for name in (
            "threshold", "extra_block", "contained_threshold", "template_tokens",
            "version_threshold",
        ):  # fmt: skip
            v = getattr(self, name)
            if not 0 < v <= 100:
                raise ConfigError(f"[dedup] {name} must be in (0, 100], got {v!r}")
        if not 0 <= self.short_edits <= 50:
            raise ConfigError(f"[dedup] short_edits must be from 0 to 50, got {self.short_edits!r}")
        if not 16 <= self.short_chars <= 10_000:
            raise ConfigError(
                f"[dedup] short_chars must be from 16 to 10000, got {self.short_chars!r}"
            )
        if self.versions not in _VERSIONS:
            raise ConfigError(
                f"[dedup] versions must be one of {', '.join(_VERSIONS)}, got {self.versions!r}"
            )
        if self.keep not in KEEP_POLICIES:
            raise ConfigError(
                f"[dedup] keep must be one of {', '.join(KEEP_POLICIES)}, got {self.keep!r}"
            )
        if self.replace_corpus and self.keep not in ("longest", "newest"):
            raise ConfigError(
                "[dedup] replace_corpus (--replace) needs keep = 'longest' or 'newest', "
                f"got {self.keep!r}"
            )
        if self.distinct_numbers:
            raise ConfigError(
                "[dedup] distinct_numbers was replaced by template-aware matching "
                "(templates = true, the default): remove it"
            )
        if not (1 <= self.ngram <= 64 and 1 <= self.word_ngram <= 64):
            raise ConfigError("[dedup] ngram and word_ngram must be from 1 to 64")
        if not 1 <= self.num_perm <= MAX_NUM_PERM:  # memory: 4 bytes × num_perm per article
            raise ConfigError(
                f"[dedup] num_perm must be from 1 to {MAX_NUM_PERM}, got {self.num_perm}"
            )
        if self.workers is not None and not 0 <= self.workers <= 1024:  # 0: as None
            raise ConfigError(f"[dedup] workers must be from 0 to 1024, got {self.workers}")
        if self.bands < 1 or self.num_perm < self.bands or self.num_perm % self.bands:
            raise ConfigError(
                f"[dedup] num_perm ({self.num_perm}) must be a multiple of bands ({self.bands})"
            )

    def sketch_params(self) -> SketchParams:
        return SketchParams(
            ngram=self.ngram,
            word_ngram=self.word_ngram,
            num_perm=self.num_perm,
            bands=self.bands,
            fold_digits=self.fold_digits,
        )

    def rule(self) -> MatchRule:
        return MatchRule(
            threshold=self.threshold / 100,
            extra_block=self.extra_block / 100,
            extra_block_min=self.extra_block_min,
            contained=self.contained,
            contained_threshold=self.contained_threshold / 100,
            version_threshold=self.version_threshold / 100 if self.versions != "off" else 1.0,
        )

    def rules(self) -> Rules:
        return Rules(
            threshold=self.threshold / 100,
            extra_block=self.extra_block / 100,
            contained=self.contained,
            contained_threshold=self.contained_threshold / 100,
            templates=self.templates,
            template_tokens=self.template_tokens / 100,
            versions=self.versions,
            version_threshold=self.version_threshold / 100,
            short_edits=self.short_edits / 100,
        )


#: The fields a dedup decision sets on an article row:
#:
#: ``status``
#:     ``"kept"`` or ``"duplicate"``.
#: ``dup_of``, ``dup_score``, ``dup_kind``
#:     for a duplicate: the corpus document or earlier article matched (with
#:     ``transitive=True`` possibly an earlier duplicate), the similarity the decision rests on
#:     (0–100: 100 for exact, Jaccard × 100 for near — for two short texts matched by
#:     their edits, ``1 − edits / length`` × 100 —, the share of the article inside the
#:     other for contained) and the kind (``exact``, ``near``, ``contained``; ``version``
#:     with ``versions = "duplicate"``).  None on a kept article, except ``dup_kind =
#:     "version"`` on a kept version.
#: ``version_of``
#:     a kept article that revises an earlier document: that document (the best by Jaccard).
#: ``contains``
#:     a kept article that holds earlier documents (with ``contained = true``: a
#:     compilation): JSON ``[[id, share], …]``, share = % of this article that document covers.
#: ``best_score``
#:     on a kept article, the best Jaccard × 100 of any candidate (None if it had none):
#:     measured even when nothing is dropped, so thresholds can be re-tuned from outputs.  A
#:     candidate whose MinHash estimate is far under the threshold
#:     (:func:`~cleaner.dedup.index.must_verify`) is not verified and counts with its estimate.
#: ``dup_detail``
#:     JSON of the measures that decided (:meth:`~cleaner.dedup.decide.Pair.detail`:
#:     ``jaccard``, ``tokens``/``tokens_differ``, ``inside``/``holds``, ``new_passage``,
#:     ``new_dated_lines``, ``short_edits``/``edit_sim`` for short texts; ``keep`` and
#:     ``links`` when the keep policy moved the kept place, :mod:`cleaner.dedup.keep`), or on
#:     a kept article the best match refused as another fill of its template
#:     (``{"refused": "template", "of": id, …}``).
#: ``replaces`` (only on an article that replaced a corpus document, ``replace_corpus``)
#:     the id of the corpus document it supersedes; not one of the fields every record has.
#: ``cluster``
#:     the id of the kept document a duplicate belongs to (a corpus document's stored
#:     cluster), a kept article's own id.
DECISION_FIELDS = (
    "status", "dup_of", "dup_score", "dup_kind", "cluster",
    "version_of", "best_score", "contains", "dup_detail",
)  # fmt: skip


def apply_decision(row: dict[str, Any], decision: dict[str, Any], *, prefix: str = "") -> None:
    """Copy a decision (keys ``prefix + field``) onto an article row; a duplicate gets the
    reason ``dedup.<kind>``.  One place for ``cleaner run``, ``cleaner dedup`` and Ray.

    >>> row = {"status": "kept", "reason": None}
    >>> apply_decision(row, {"status": "duplicate", "dup_of": "a", "dup_score": 100.0,
    ...                      "dup_kind": "exact", "cluster": "a"})
    >>> row["reason"], row["dup_of"], row["version_of"]
    ('dedup.exact', 'a', None)
    """
    for f in DECISION_FIELDS:
        row[f] = decision.get(prefix + f)
    if decision.get(prefix + "replaces"):  # only with replace_corpus: outputs stay as they were
        row["replaces"] = decision[prefix + "replaces"]
    if row["status"] == "duplicate":
        row["reason"] = f"dedup.{row['dup_kind']}"


def dedup_flags(page_id: str, article: dict[str, Any], start: int) -> list[dict[str, Any]]:
    """The ledger rows (``flag``, decisions not edits) of one article at ``start`` in its page.

    A duplicate: ``dedup.<kind>``, score, ``ref`` the document it duplicates; a kept
    article that replaced a corpus document: ``dedup.replaces``, ``ref`` that document; a kept
    version: ``dedup.version``, ``ref`` the version it revises; a kept compilation:
    ``dedup.contains`` per source (score: the share of the article it covers); a kept
    article whose best match was refused as another fill of its template:
    ``dedup.template``.  ``after`` holds the measures that decided (``dup_detail``, JSON).

    >>> a = {"status": "duplicate", "dup_kind": "near", "dup_score": 80.0, "dup_of": "x",
    ...      "text": "abc", "dup_detail": '{"jaccard":0.8}'}
    >>> [(r["rule"], r["ref"], r["after"]) for r in dedup_flags("p", a, 0)]
    [('dedup.near', 'x', '{"jaccard":0.8}')]
    """
    end = start + len(article["text"])
    detail = article.get("dup_detail") or ""

    def row(rule: str, ref: str | None, score: float | None, after: str) -> dict[str, Any]:
        return {
            "page_id": page_id, "step": 0, "stage": "dedup", "rule": rule, "action": "flag",
            "start": start, "end": end, "before": "", "after": after, "score": score,
            "ref": ref,
        }  # fmt: skip

    if article.get("status") == "duplicate":
        return [row(f"dedup.{article.get('dup_kind') or 'near'}", article.get("dup_of"),
                    article.get("dup_score"), detail)]  # fmt: skip
    if article.get("status") != "kept":
        return []
    rows = []
    if article.get("replaces"):
        rows.append(row("dedup.replaces", article["replaces"], None, detail))
    if article.get("version_of"):
        rows.append(row("dedup.version", article["version_of"], None, detail))
    elif detail and json.loads(detail).get("refused") == "template":
        rows.append(row("dedup.template", json.loads(detail).get("of"), None, detail))
    for src, share in json.loads(article.get("contains") or "[]"):
        rows.append(row("dedup.contains", src, share, ""))
    return rows
