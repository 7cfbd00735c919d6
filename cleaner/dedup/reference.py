"""Brute-force dedup: every article against every earlier one, with Python sets of strings.

Slow (quadratic) and obviously correct; the oracle that the MinHash/LSH fast path
(:class:`~cleaner.stages.dedup.Deduper`) is checked against on small generated sets
(RapidFuzz keeps ``*_py.py`` beside its C++ for the same reason).  It shares only the
comparison key's code point table and :func:`~cleaner.dedup.index.classify` with the fast
path: shingles are real substrings / word tuples, not hashes, there is no banding, and the
extra-block scan walks the shingles one by one.
"""

from __future__ import annotations

from typing import Any

from cleaner.dedup.index import MatchRule, classify
from cleaner.dedup.normalize import codepoint_table, is_cjk, to_codepoints

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


def reference_dedup(
    articles: list[dict[str, Any]],
    *,
    rule: MatchRule | None = None,
    ngram: int = 5,
    word_ngram: int = 3,
    fold_digits: bool = True,
) -> list[dict[str, Any]]:
    """``{"id", "status", "dup_of", "dup_kind"}`` per article, matching every earlier one.

    Same semantics as the fast path with ``transitive=True``: an exact twin (equal key) wins,
    else the best-classified earlier article (kind rank, then score, then earliest).
    """
    rule = rule or MatchRule()
    seen: list[tuple[str, str, list, set]] = []  # (id, key, shingle list, shingle set)
    out = []
    for a in articles:
        key, _ = _key_and_words(a["text"], fold_digits=fold_digits)
        seq = shingles(a["text"], ngram=ngram, word_ngram=word_ngram, fold_digits=fold_digits)
        sset = set(seq)
        rec = {"id": a["id"], "status": "kept", "dup_of": None, "dup_kind": None}
        exact = next((i for i, k, _, _ in seen if key and k == key), None)
        if exact is not None:
            rec.update(status="duplicate", dup_of=exact, dup_kind="exact")
        elif sset:
            best: tuple[tuple[int, float], str, str] | None = None
            for oid, _, oseq, oset in seen:
                if not oset:
                    continue
                inter = len(sset & oset)
                j = inter / len(sset | oset)
                c_new, c_old = inter / len(sset), inter / len(oset)
                block = 0.0
                if rule.needs_block(j, c_new, c_old):
                    longer, shorter = (seq, oset) if len(sset) >= len(oset) else (oseq, sset)
                    run = _longest_missing(longer, shorter)
                    if run >= rule.extra_block_min:
                        block = run / len(longer)
                kind, score = classify(j, c_new, c_old, rule, block=block)
                if kind is None:
                    continue
                rank = ({"near": 1, "contained": 0}[kind], score)
                if best is None or rank > best[0]:
                    best = (rank, oid, kind)
            if best is not None:
                rec.update(status="duplicate", dup_of=best[1], dup_kind=best[2])
        seen.append((a["id"], key, seq, sset))
        out.append(rec)
    return out
