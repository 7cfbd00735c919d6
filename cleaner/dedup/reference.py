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
from cleaner.dedup.segments import ABSORB, ABSORB_CHARS, MIN_CJK, MIN_WORDS
from cleaner.dedup.tokens import is_template, title_keys, token_overlap, token_table

__all__ = ["reference_dedup", "segments", "shingles"]


Unit = tuple[bool, int, int, bool, bool]


def _units(text: str, *, fold_digits: bool) -> tuple[str, list[Unit]]:
    """The comparison key and its units ``(cjk, start, end, starts with a letter, after a
    removed character)``: each CJK character, each word (kept non-CJK characters between
    removed ones or CJK)."""
    tab = codepoint_table(fold_digits=fold_digits)
    key: list[str] = []
    units: list[Unit] = []
    gap = True
    for c in text:
        m = int(tab[ord(c)])
        if m == 0:
            gap = True
            continue
        k = len(key)
        key.append(chr(m))
        if bool(is_cjk(to_codepoints(chr(m)))[0]):
            units.append((True, k, k + 1, True, gap))
        elif units and not gap and not units[-1][0]:
            units[-1] = (False, units[-1][1], k + 1, units[-1][3], units[-1][4])
        else:
            units.append((False, k, k + 1, not ("0" <= chr(m) <= "9"), gap))
        gap = False
    return "".join(key), units


def segments(text: str, *, fold_digits: bool = True) -> list[tuple[bool, int, int, bool]]:
    """:func:`cleaner.dedup.segments.segments` of one text, unit by unit: ``(spaced, start,
    end, whole)`` ranges of the comparison key."""
    key, units = _units(text, fold_digits=fold_digits)
    spaced = 2 * sum(u[0] for u in units) < max(len(key), 1)
    runs: list[list[Unit]] = []
    for u in units:
        if runs and runs[-1][0][0] == u[0]:
            runs[-1].append(u)
        else:
            runs.append([u])
    minor = [r[0][0] == spaced for r in runs]
    strength = [len(r) if r[0][0] else sum(u[3] for u in r) for r in runs]
    label = list(minor)
    for i in range(1, len(runs) - 1):
        chars = runs[i][-1][2] - runs[i][0][1]
        if not minor[i] and minor[i - 1] and minor[i + 1]:
            label[i] = len(runs[i]) <= ABSORB and chars <= ABSORB_CHARS
    cuts, i = [], 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and label[j + 1] == label[i]:
            j += 1
        got = sum(strength[k] for k in range(i, j + 1) if minor[k])
        if label[i] and got >= (MIN_CJK if spaced else MIN_WORDS):
            cuts.append((runs[i][0][1], runs[j][-1][2]))
        i = j + 1
    if not cuts:
        return [(spaced, 0, len(key), True)]
    out, at = [], 0
    for a, b in cuts:
        out += [(spaced, at, a, False)] if a > at else []
        out.append((not spaced, a, b, (a, b) == (0, len(key))))
        at = b
    return out + ([(spaced, at, len(key), False)] if at < len(key) else [])


def shingles(text: str, *, ngram: int = 5, word_ngram: int = 3, fold_digits: bool = True) -> list:
    """The shingles of ``text`` in order: character n-grams of its CJK segments, word
    n-grams (tuples) of its spaced ones (:func:`segments`)."""
    key, units = _units(text, fold_digits=fold_digits)
    cjk_doc = 2 * sum(u[0] for u in units) >= max(len(key), 1)
    out: list = []
    for spaced, a, b, whole in segments(text, fold_digits=fold_digits):
        if not spaced:
            part = key[a:b]
            if len(part) >= ngram:
                out += [part[i : i + ngram] for i in range(len(part) - ngram + 1)]
            elif whole and part:
                out.append(part)
            continue
        # words: runs of kept characters between removed ones, cut at the segment's ends
        words: list[str] = []
        for _cjk, s, e, _letter, gap in units:
            if a <= s and e <= b:
                if gap or s == a:
                    words.append(key[s:e])
                else:
                    words[-1] += key[s:e]
        n = word_ngram
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        out += grams
        if cjk_doc:  # weighed as their first word's characters (shingles.WEIGHT_CAP), after
            out += [(g, k) for g in grams for k in range(1, min(len(g[0]), 16))]
        if len(words) < n and whole and words:
            out.append(tuple(words))
    return out


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
        key, _ = _units(a["text"], fold_digits=fold_digits)
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
