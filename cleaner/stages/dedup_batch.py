"""What a batch carries through the dedup stage (:mod:`cleaner.stages.dedup`): its
sketch and tokens (:class:`Prepared`), the documents a kind of candidate refers to
(:class:`Side`), how its candidate pairs against one side are measured and judged
(:func:`judge_pairs`), and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from cleaner.dedup.containment import pair_passages
from cleaner.dedup.decide import Candidate, Pair, Rules, judge
from cleaner.dedup.index import MatchRule, SigRows, must_verify, verify
from cleaner.dedup.minhash import Sketch, longest_unmatched_run, signature_agreement
from cleaner.dedup.short import pair_edits, short_key
from cleaner.dedup.tokens import Overlap, TokenSet, TokenTable, overlap_of, token_set
from cleaner.stages.dedup_config import DECISION_FIELDS

__all__ = [
    "SOURCE_ORDER",
    "Prepared",
    "Side",
    "dropped",
    "judge_pairs",
    "pair_agreement",
    "union",
]

#: Where a candidate comes from, by the order the stage meets them (ties go to the first).
SOURCE_ORDER = {"batch": 2, "run": 1, "corpus": 0}


@dataclass(slots=True)
class Prepared:
    """A batch sketched (by :meth:`Deduper._prepare`), ready to be matched."""

    active: list[int]  # positions of the articles that are not dropped
    texts: list[str]  # their texts
    sketch: Sketch
    keys: np.ndarray  # (len(texts), bands) band keys
    tokens: TokenTable
    titles: np.ndarray  # title_keys(texts)
    groups: np.ndarray  # group_keys(): (len(texts), m)


@dataclass(slots=True)
class Side:
    """The documents one kind of candidate refers to (the batch, the run, corpus rows)."""

    source: str
    shingle_set: Callable[[int], np.ndarray]
    sequence: Callable[[int], np.ndarray]
    sig: np.ndarray | SigRows | None  # [rows] → (len(rows), num_perm)
    length: Callable[[np.ndarray], np.ndarray]
    tokens: Callable[[int], np.ndarray]
    titles: Callable[[np.ndarray], np.ndarray]
    target: Callable[[int], tuple[str, str] | None]  # (id, cluster), None: not a target
    text: Callable[[int], str] | None = None  # a short text ("" or None: not held)


def union(a: pl.DataFrame, b: pl.DataFrame) -> pl.DataFrame:
    """Candidate pairs of both frames, once each, sorted by ``(q, ref)``."""
    if b.height == 0:
        return a
    q = np.concatenate([a["q"].to_numpy(), b["q"].to_numpy()])
    ref = np.concatenate([a["ref"].to_numpy(), b["ref"].to_numpy()])
    if q.size == 0 or q.min() < 0 or ref.min() < 0 or q.max() >= 1 << 31 or ref.max() >= 1 << 32:
        return pl.concat([a, b]).unique().sort("q", "ref")
    # one sorted array of packed (q, ref): the same pairs in the same order as polars'
    # unique + sort, at a fraction of its working memory (a batch's pairs grow with the
    # run they meet; issue 15)
    packed = np.unique((q.astype(np.uint64) << np.uint64(32)) | ref.astype(np.uint64))
    return pl.DataFrame(
        {
            "q": (packed >> np.uint64(32)).astype(np.int64),
            "ref": (packed & np.uint64(0xFFFFFFFF)).astype(np.int64),
        }
    ).cast(a.schema)


#: Candidate pairs whose signature rows :func:`pair_agreement` gathers at once.  Both
#: sides' rows of every pair gathered together cost ~1.2 kB a pair (num_perm 128), and
#: a batch's pairs grow with the run it meets: 100k small articles reached 300 MiB over
#: the rest of ``cleaner dedup``'s peak (issue 15).  32,768 pairs: ~36 MiB, whatever the run.
PAIR_CHUNK = 32_768


def pair_agreement(
    sig_new: np.ndarray,
    qs: np.ndarray,
    sig_old: np.ndarray | SigRows,
    refs: np.ndarray,
    *,
    chunk: int = PAIR_CHUNK,
) -> np.ndarray:
    """:func:`~cleaner.dedup.minhash.signature_agreement` of the pairs ``(qs[i],
    refs[i])``: rows ``qs`` of ``sig_new`` against rows ``refs`` of ``sig_old``, gathered
    ``chunk`` pairs at a time (the same figures as gathering all at once, in bounded
    memory).

    >>> a = np.array([[1, 2], [3, 4]], np.uint32); b = np.array([[1, 9], [3, 4]], np.uint32)
    >>> pair_agreement(a, np.array([0, 1, 1]), b, np.array([0, 1, 0]), chunk=2).tolist()
    [0.5, 1.0, 0.0]
    """
    n = qs.shape[0]
    if n <= chunk:
        return signature_agreement(sig_new[qs], sig_old[refs])
    out = np.empty(n, dtype=np.float64)
    for at in range(0, n, chunk):
        end = at + chunk
        out[at:end] = signature_agreement(sig_new[qs[at:end]], sig_old[refs[at:end]])
    return out


def dropped(id_: str) -> dict[str, Any]:
    return {"id": id_, **dict.fromkeys(DECISION_FIELDS), "status": "dropped"}


def judge_pairs(
    pairs: pl.DataFrame,
    side: Side,
    prep: Prepared,
    new_set: Callable[[int], np.ndarray],
    found: Callable[[int, float, Candidate | None], None],
    rule: MatchRule,
    rules: Rules,
    num_perm: int,
    short_chars: int = 100,
) -> None:
    """Verify, measure and judge candidate pairs ``(q, ref)`` of a batch against ``side``;
    ``found(q, j, candidate or None)`` receives each (None: an unverified estimate).

    The measures of a pair (:class:`~cleaner.dedup.decide.Pair`): true Jaccard and
    containment, the longest new passage, the distinctive-token overlap, with
    containment on the passages and edits of the text inside the other, and for two short
    texts under the threshold their edit distance (:mod:`cleaner.dedup.short`)."""
    if pairs.height == 0:
        return
    sk = prep.sketch
    qs, refs = pairs["q"].to_numpy(), pairs["ref"].to_numpy()
    same = (prep.titles[qs] == side.titles(refs)) & (prep.titles[qs] != 0)
    if side.sig is not None:
        # pairs far under the threshold by their signatures are not verified; their
        # estimate still counts towards a kept article's best score
        est = pair_agreement(sk.sig, qs, side.sig, refs)
        n_new = np.diff(sk.offs)[qs]
        check = must_verify(est, n_new, side.length(refs), rule, num_perm, same)
        if not check.all():
            # only the largest estimate of an article can count (round is monotonic):
            # one call per article, not one per pair (most pairs are unverified)
            uq, ue = qs[~check], est[~check]
            srt = np.lexsort((ue, uq))
            uq, ue = uq[srt], ue[srt]
            last = np.append(uq[1:] != uq[:-1], True)
            for q, e in zip(uq[last].tolist(), ue[last].tolist(), strict=True):
                found(q, round(100.0 * e, 2), None)
            qs, refs, same = qs[check], refs[check], same[check]
    tsets: dict[int, TokenSet] = {}  # token sets, built once per article of this call
    rsets: dict[int, TokenSet] = {}
    keys: dict[tuple[int, int], str | None] = {}  # short keys, (0, q) new and (1, ref) other

    def key(side_no: int, i: int, text: Callable[[int], str] | None) -> str | None:
        if text is None:  # a side that holds no texts
            return None
        got = keys.get((side_no, i), "")
        if got == "":
            got = keys[(side_no, i)] = short_key(text(i) or "", short_chars)
        return got

    # the verified pairs a chunk at a time, in order: their Python lists grow with the run
    # a batch meets (280k run pairs a batch at 100k small articles, ~60 MiB; issue 15)
    for at in range(0, qs.shape[0], PAIR_CHUNK):
        end = at + PAIR_CHUNK
        plist = list(zip(qs[at:end].tolist(), refs[at:end].tolist(), strict=True))
        _judge_verified(
            plist, same[at:end], side, prep, new_set, found, rule, rules, key, tsets, rsets,
            short_chars,
        )  # fmt: skip


def _judge_verified(
    plist: list[tuple[int, int]],
    same: np.ndarray,
    side: Side,
    prep: Prepared,
    new_set: Callable[[int], np.ndarray],
    found: Callable[[int, float, Candidate | None], None],
    rule: MatchRule,
    rules: Rules,
    key: Callable[[int, int, Callable[[int], str] | None], str | None],
    tsets: dict[int, TokenSet],
    rsets: dict[int, TokenSet],
    short_chars: int,
) -> None:
    """The measures and judgement of verified pairs (the loop of :func:`judge_pairs`)."""
    sk = prep.sketch
    res = verify(plist, new_set, side.shingle_set)
    for (q, ref), (j, c_new, c_old), st in zip(plist, res.tolist(), same.tolist(), strict=True):
        target = side.target(ref)
        a, b = new_set(q), side.shingle_set(ref)
        block = 0.0
        if rule.needs_block(j, c_new, c_old) or (st and j >= rule.version_threshold):
            longer, shorter = (sk.sequence(q), b) if a.size >= b.size else (side.sequence(ref), a)
            run = longest_unmatched_run(longer, shorter)
            if run >= rule.extra_block_min and longer.size:
                block = run / longer.size
        short = pair_edits(
            lambda: (key(0, q, prep.texts.__getitem__), key(1, ref, side.text)),  # noqa: B023
            j, (a.size, b.size), rate=rules.short_edits, threshold=rule.threshold,
            short_chars=short_chars,
        )  # fmt: skip
        tok = Overlap(1.0, 0, 0)
        if rule.needs_tokens(j, c_new, c_old, short):
            ta, tb = prep.tokens.doc(q), side.tokens(ref)
            if ta.size and tb.size and not (ta.shape == tb.shape and np.array_equal(ta, tb)):
                mine = tsets.get(q)
                if mine is None:
                    mine = tsets[q] = token_set(ta)
                other = rsets.get(ref)
                if other is None:
                    other = rsets[ref] = token_set(tb)
                tok = overlap_of(mine, other)
        parts = (1, 0)
        if rule.contained:
            parts = pair_passages(
                c_new, c_old, rule.contained_threshold,
                (sk.sequence(q), a), (side.sequence(ref), b),
            )  # fmt: skip
        p = Pair(
            j, c_new, c_old, block, tok.jaccard, tok.differ, st, tok.years, tok.history, *parts,
            tok.shared, tok.only_a, short[0], short[1], short[2],
        )  # fmt: skip
        cand = None
        if target is not None:
            order = (SOURCE_ORDER[side.source], -ref)
            cand = Candidate(target[0], target[1], judge(p, rules), p, order)
        found(q, round(100.0 * j, 2), cand)
