"""One candidate pair judged on a Ray worker, exactly as the local stage judges it.

The local :class:`~cleaner.stages.dedup.Deduper` verifies whole arrays of pairs; a Ray
worker meets an article and its candidates one by one.  :func:`check_pair` reproduces the
local order of work per pair (signature estimate → maybe skip → true Jaccard and
containment → longest new passage → edits of two short texts (:mod:`cleaner.dedup.short`)
→ distinctive tokens) and both hand the measures to
:func:`cleaner.dedup.decide.judge`.  Judged candidates travel between shuffles as JSON
(:func:`pack`/:func:`unpack`): the run's half and the corpus's half of an article meet in
:func:`~cleaner.engines.ray_corpus.merge_corpus`, which settles them together.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from cleaner.dedup.containment import pair_passages
from cleaner.dedup.decide import Candidate, Outcome, Pair, Rules, Verdict, judge
from cleaner.dedup.index import MatchRule, must_verify
from cleaner.dedup.minhash import jaccard_containment, longest_unmatched_run, signature_agreement
from cleaner.dedup.short import pair_edits
from cleaner.dedup.tokens import Overlap, from_bytes, is_template, token_overlap

__all__ = ["check_pair", "pack", "refused_twin", "shingle_set", "unpack"]

#: ``Candidate.order[0]`` per source: the local stage meets its batch, the run, the corpus.
BATCH, RUN, CORPUS = 2, 1, 0


def shingle_set(seq: np.ndarray) -> np.ndarray:
    v = np.sort(seq)
    if v.size:
        v = v[np.concatenate(([True], v[1:] != v[:-1]))]
    return v


def check_pair(
    mine: tuple[np.ndarray, np.ndarray, np.ndarray, bytes | None, int, str | None],
    other: tuple[np.ndarray, np.ndarray, bytes | None, int, str | None],
    rule: MatchRule,
    rules: Rules,
    num_perm: int,
    short_chars: int,
) -> tuple[Verdict | None, Pair | None, float]:
    """``(verdict, pair, jaccard × 100)`` of a new article — ``mine`` = (sequence, set,
    signature (1, num_perm), tokens, title, short key) — against an earlier document —
    ``other`` = (sequence, signature, tokens, title, short key); a short key is
    :func:`~cleaner.dedup.short.short_key` of the text (None: not short, or edits off:
    :func:`~cleaner.dedup.short.short_keys`).  A pair far under the threshold by its
    signatures is not verified (verdict None, its estimate stands for the Jaccard)."""
    seq, a, sig, tok, title, key = mine
    rseq, rsig, rtok, rtitle, rkey = other
    same = bool(title != 0 and title == rtitle)
    est = signature_agreement(sig, rsig[None, :])
    lens = np.array([seq.size]), np.array([rseq.size])
    if not must_verify(est, *lens, rule, num_perm, np.array([same]))[0]:
        return None, None, round(100.0 * float(est[0]), 2)
    b = shingle_set(rseq)
    j, c_new = jaccard_containment(a, b)
    inter = round(c_new * a.size)  # the integer count, as the local verify divides it
    c_old = inter / b.size if b.size else (1.0 if a.size == 0 else 0.0)
    j, c_new, c_old = float(j), float(c_new), float(c_old)
    if (a.size == 0) != (b.size == 0):
        j = c_new = c_old = 0.0  # one side empty: nothing in common (as ``verify``)
    block = 0.0
    if rule.needs_block(j, c_new, c_old) or (same and j >= rule.version_threshold):
        longer, shorter = (seq, b) if a.size >= b.size else (rseq, a)
        run = longest_unmatched_run(longer, shorter)
        if run >= rule.extra_block_min and longer.size:
            block = run / longer.size
    short = pair_edits(
        lambda: (key, rkey), j, (a.size, b.size), rate=rules.short_edits,
        threshold=rule.threshold, short_chars=short_chars,
    )  # fmt: skip
    ov = Overlap(1.0, 0, 0)
    if rule.needs_tokens(j, c_new, c_old, short):
        ov = token_overlap(from_bytes(tok), from_bytes(rtok))
    parts = (1, 0)
    if rule.contained:
        parts = pair_passages(c_new, c_old, rule.contained_threshold, (seq, a), (rseq, b))
    p = Pair(
        j, c_new, c_old, block, ov.jaccard, ov.differ, same, ov.years, ov.history, *parts,
        ov.shared, ov.only_a, short[0], short[1], short[2],
    )  # fmt: skip
    return judge(p, rules), p, round(100.0 * j, 2)


def refused_twin(tok: bytes | None, other: bytes | None, rules: Rules) -> bool:
    """Whether an exact twin (equal key, digits folded) is another fill of the template."""
    if not rules.templates:
        return False
    return is_template(
        *token_overlap(from_bytes(tok), from_bytes(other))[:2], threshold=rules.template_tokens
    )


def pack(cands: list[tuple[Candidate, int]]) -> str | None:
    """JSON of judged candidates (with the ``gidx`` of a run target, -1 for the corpus)
    that can decide something: a kind or a refusal."""
    rows = []
    for c, g in cands:
        v, p = c.verdict, c.pair
        if v.kind is not None or v.refused:
            m = [p.j, p.c_new, p.c_old, p.block, p.tok_j, p.tok_differ, p.tok_years, p.history]
            rows.append([c.target, c.cluster, v.kind, v.score, v.refused, *m, p.same_title,
                         p.passages, p.edits, p.tok_shared, p.tok_new_only, p.edits_short,
                         p.edits_allowed, p.edit_sim, list(c.order), g])  # fmt: skip
    return json.dumps(rows, ensure_ascii=False) if rows else None


def unpack(data: str | None) -> list[tuple[Candidate, int]]:
    out: list[tuple[Candidate, int]] = []
    rows = json.loads(data or "[]")
    for t, cl, kind, score, refused, *m, order, g in rows:
        j, cn, co, blk, tj, td, ty, hi, same, ps, ed, ts, tn, es, ea, esim = m
        pair = Pair(j, cn, co, blk, tj, td, same, ty, hi, ps, ed, ts, tn, es, ea, esim)
        out.append((Candidate(t, cl, Verdict(kind, score, refused), pair, tuple(order)), g))
    return out


def outcome_row(o: Outcome) -> dict[str, Any]:
    """The decision fields of an outcome but its cluster (Ray resolves clusters apart)."""
    row = o.fields()
    del row["cluster"]
    return row
