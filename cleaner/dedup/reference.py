"""Brute-force dedup: every article against every earlier one, with Python sets of strings.

Slow (quadratic) and obviously correct; the oracle that the MinHash/LSH fast path
(:class:`~cleaner.stages.dedup.Deduper`) is checked against on small generated sets
(RapidFuzz keeps ``*_py.py`` beside its C++ for the same reason).  It shares only the
comparison key's code point table, the distinctive tokens (:mod:`cleaner.dedup.tokens`)
and :func:`~cleaner.dedup.decide.judge` with the fast path: shingles are real substrings /
word tuples, not hashes, there is no banding, and the extra-block scan walks the shingles
one by one.
"""

from __future__ import annotations

import itertools
from typing import Any

from cleaner.dedup.containment import PASSAGE_COVER
from cleaner.dedup.decide import DUP_RANK, Pair, Rules, judge
from cleaner.dedup.index import MatchRule
from cleaner.dedup.normalize import codepoint_table, is_cjk, to_codepoints
from cleaner.dedup.tokens import is_template, title_keys, token_overlap, token_table

__all__ = ["reference_dedup", "shingles"]


def _key_and_words(text: str, *, fold_digits: bool) -> tuple[str, list[str]]:
    tab = codepoint_table(fold_digits=fold_digits)
    key_chars: list[str] = []
    words: list[str] = []
    cur: list[str] = []
    for c in text:
        m = int(tab[ord(c)])
        if m == 0:
            if cur:
                words.append("".join(cur))
                cur = []
            continue
        key_chars.append(chr(m))
        cur.append(chr(m))
    if cur:
        words.append("".join(cur))
    return "".join(key_chars), words


def shingles(text: str, *, ngram: int = 5, word_ngram: int = 3, fold_digits: bool = True) -> list:
    """The shingles of ``text`` in order: character n-grams, or word n-grams (tuples)."""
    key, words = _key_and_words(text, fold_digits=fold_digits)
    if not key:
        return []
    cjk = int(is_cjk(to_codepoints(key)).sum())
    if cjk / len(key) < 0.5:
        n = word_ngram
        if len(words) < n:
            return [tuple(words)]
        return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    if len(key) < ngram:
        return [key]
    return [key[i : i + ngram] for i in range(len(key) - ngram + 1)]


def _longest_missing(seq: list, other: set) -> int:
    best = cur = 0
    for s in seq:
        cur = 0 if s in other else cur + 1
        best = max(best, cur)
    return best


def _passages(holder: list, inside: set, n_inside: int) -> int:
    """:func:`~cleaner.dedup.containment.passages`, one shingle at a time."""
    runs, cur = [], 0
    for s in [*holder, None]:
        if s is not None and s in inside:
            cur += 1
        elif cur:
            runs.append(cur)
            cur = 0
    got = 0
    for k, run in enumerate(sorted(runs, reverse=True), 1):
        got += run
        if got >= PASSAGE_COVER * n_inside - 1e-9:
            return k
    return n_inside + 1


def _edits(inside: list, holder: set) -> int:
    """:func:`~cleaner.dedup.containment.edits`, one shingle at a time."""
    hits = [k for k, s in enumerate(inside) if s in holder]
    return int(bool(hits) and hits[0] > 0) + sum(b - a > 1 for a, b in itertools.pairwise(hits))


def reference_dedup(
    articles: list[dict[str, Any]],
    *,
    rule: MatchRule | None = None,
    rules: Rules | None = None,
    ngram: int = 5,
    word_ngram: int = 3,
    fold_digits: bool = True,
) -> list[dict[str, Any]]:
    """``{"id", "status", "dup_of", "dup_kind"}`` per article, matching every earlier one.

    Same semantics as the fast path with ``transitive=True``: an exact twin (equal key, not
    another fill of the template) wins, else the best-judged earlier article (kind rank,
    then score, then earliest).  ``rules`` defaults to the stage's defaults on ``rule``'s
    thresholds.
    """
    rule = rule or MatchRule()
    if rules is None:
        rules = Rules(
            threshold=rule.threshold,
            extra_block=rule.extra_block,
            contained=rule.contained,
            contained_threshold=rule.contained_threshold,
            versions="keep" if rule.version_threshold < 1.0 else "off",
            version_threshold=min(rule.version_threshold, 1.0),
        )
    texts = [a["text"] for a in articles]
    toks, titles = token_table(texts), title_keys(texts)
    seen: list[tuple[str, str, list, set, int]] = []  # (id, key, shingles, set, position)
    out = []
    for q, a in enumerate(articles):
        key, _ = _key_and_words(a["text"], fold_digits=fold_digits)
        seq = shingles(a["text"], ngram=ngram, word_ngram=word_ngram, fold_digits=fold_digits)
        sset = set(seq)
        rec = {"id": a["id"], "status": "kept", "dup_of": None, "dup_kind": None}
        exact = next((s for s in seen if key and s[1] == key), None)
        if exact is not None and rules.templates:
            tj, differ, *_ = token_overlap(toks.doc(q), toks.doc(exact[4]))
            if is_template(tj, differ, threshold=rules.template_tokens):
                exact = None
        if exact is not None:
            rec.update(status="duplicate", dup_of=exact[0], dup_kind="exact")
        elif sset:
            best: tuple[tuple[int, float], str, str] | None = None
            for oid, _, oseq, oset, pos in seen:
                if not oset:
                    continue
                inter = len(sset & oset)
                j = inter / len(sset | oset)
                c_new, c_old = inter / len(sset), inter / len(oset)
                same = bool(titles[q] and titles[q] == titles[pos])
                block = 0.0
                if rule.needs_block(j, c_new, c_old) or (same and j >= rule.version_threshold):
                    longer, shorter = (seq, oset) if len(sset) >= len(oset) else (oseq, sset)
                    run = _longest_missing(longer, shorter)
                    if run >= rule.extra_block_min:
                        block = run / len(longer)
                ov = token_overlap(toks.doc(q), toks.doc(pos))
                parts, edits = 1, 0
                ct = rule.contained_threshold
                if rule.contained and (c_new >= ct) != (c_old >= ct):
                    holder, inside = (oseq, seq) if c_new >= ct else (seq, oseq)
                    parts = _passages(holder, set(inside), len(inside))
                    edits = _edits(inside, set(holder))
                pair = Pair(
                    j, c_new, c_old, block, ov.jaccard, ov.differ, same, ov.years, ov.history,
                    parts, edits, ov.shared, ov.only_a,
                )  # fmt: skip
                v = judge(pair, rules)
                if v.kind not in ("near", "contained"):
                    continue
                rank = (-DUP_RANK[v.kind or ""], v.score)
                if best is None or rank > best[0]:
                    best = (rank, oid, v.kind or "")
            if best is not None:
                rec.update(status="duplicate", dup_of=best[1], dup_kind=best[2])
        seen.append((a["id"], key, seq, sset, q))
        out.append(rec)
    return out
