"""Shingles of a whole batch: character n-grams of CJK text, word n-grams of spaced text.

The texts are joined, encoded to UTF-32 once and mapped through the comparison key table
(:mod:`cleaner.dedup.normalize`) with one gather; shingle hashes are a polynomial rolling
hash over the whole array.  No Python loop touches a character or a shingle.

Which shingles
    Character ``ngram``-grams of the key for text written without spaces (CJK: a word
    tokenizer sees a whole clause as one token, measured F1 0.52 for text-dedup's ``\\W``
    split), word ``word_ngram``-grams for space-separated text.  The choice is made per
    *segment* (:mod:`cleaner.dedup.segments`): a document is one segment in the mode of its
    majority script unless it holds a long run of the other script, which is shingled in
    its own mode — so a passage gives the same shingles alone and inside a compilation of
    the other script.  (datatrove and text-dedup pick one word tokenizer for the whole
    text, by configured language or ``\\W`` split; neither separates scripts.)  No shingle
    crosses a segment boundary.  A document shorter than one shingle is one shingle.

Order
    :func:`shingle` returns every shingle's segment; segments are numbered in text order,
    so a stable sort by segment gives each document's shingles in text order.
"""

from __future__ import annotations

import numpy as np
import xxhash

from cleaner.dedup.normalize import codepoint_table, is_cjk
from cleaner.dedup.segments import Segments, segments

__all__ = ["mix64", "rolling", "segment_counts", "shingle"]

_P = np.uint64(0x100000001B3)  # FNV prime as polynomial base (odd: invertible mod 2**64)
_INV_P = np.uint64(pow(int(_P), -1, 2**64))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the whole word."""
    h = h ^ (h >> np.uint64(30))
    h = h * _M1
    h = h ^ (h >> np.uint64(27))
    h = h * _M2
    return h ^ (h >> np.uint64(31))


def rolling(values: np.ndarray, n: int) -> np.ndarray:
    """Hash of every window of ``n`` consecutive values (length ``len(values) - n + 1``)."""
    m = values.shape[0] - n + 1
    if m <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = values[0:m].copy()
    for k in range(1, n):
        h *= _P
        h += values[k : k + m]
    return mix64(h)


def _char_shingles(
    key: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    docs: np.ndarray,
    n: int,
    whole: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(segment index, hash) of the character n-grams of the selected segments (``starts``
    and ``ends`` tile ``key``); a ``whole`` one shorter than ``n`` is one shingle."""
    vals = key.astype(np.uint64)
    h = rolling(vals, n)
    m = h.shape[0]
    lens = ends - starts
    sel = np.zeros(len(starts), dtype=bool)
    sel[docs] = True
    # windows that start in the last n-1 characters of a document cross into the next one
    ok = np.ones(m + n, dtype=bool)
    if n > 1:
        tail = (ends[:, None] - np.arange(1, n)[None, :]).ravel()
        ok[tail[tail >= 0]] = False
    if not sel.all():
        ok[: len(key)] &= np.repeat(sel, lens)
    counts = np.where(sel, np.maximum(lens - n + 1, 0), 0)
    out_doc, out_h = [np.repeat(np.arange(len(starts)), counts)], [h[ok[:m]]]
    short = docs[(lens[docs] < n) & (lens[docs] > 0) & whole[docs]]
    for j in short:  # shorter than one shingle: the whole key is the shingle
        out_doc.append(np.array([j]))
        out_h.append(rolling(vals[starts[j] : ends[j]], int(ends[j] - starts[j])))
    return np.concatenate(out_doc), np.concatenate(out_h)


def _word_shingles(
    mapped: np.ndarray, offs: np.ndarray, docs: np.ndarray, n: int, whole: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(segment index, hash, length of its first word) of word n-grams; words are runs of
    kept characters; a ``whole`` segment of fewer than ``n`` words is one shingle."""
    sel = np.zeros(len(offs) - 1, dtype=bool)
    sel[docs] = True
    pos_doc = np.repeat(np.arange(len(offs) - 1), np.diff(offs))
    tok = (mapped != 0) & sel[pos_doc]
    # a document boundary also ends a word
    edge = np.zeros(len(mapped) + 1, dtype=bool)
    edge[offs] = True
    prev = np.concatenate(([False], tok[:-1])) & ~edge[:-1]
    nxt = np.concatenate((tok[1:], [False])) & ~edge[1:]
    w_start = np.flatnonzero(tok & ~prev)
    w_end = np.flatnonzero(tok & ~nxt) + 1
    if w_start.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64), np.zeros(0, np.int64)
    # word hash = sum(c_k * P**k) over the word, position independent:
    # prefix sums of c_i * P**i, then multiply by P**-start (P is odd, so invertible mod 2**64)
    n_pos = len(mapped)
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(n_pos, _P, dtype=np.uint64)) * _INV_P
        inv_powers = np.cumprod(np.full(n_pos, _INV_P, dtype=np.uint64)) * _P
        prefix = np.concatenate(([np.uint64(0)], np.cumsum(mapped.astype(np.uint64) * powers)))
        wh = (prefix[w_end] - prefix[w_start]) * inv_powers[w_start]
        wh = mix64(wh + (w_end - w_start).astype(np.uint64))
        w_doc = pos_doc[w_start]
        h = rolling(wh, n)
    m = h.shape[0]
    ok = w_doc[:m] == w_doc[n - 1 : n - 1 + m] if m > 0 else np.zeros(0, dtype=bool)
    out_doc, out_h, out_len = [w_doc[:m][ok]], [h[ok]], [(w_end - w_start)[:m][ok]]
    # whole documents with fewer than n words: all their words as one shingle
    counts = np.bincount(w_doc, minlength=len(offs) - 1)
    first = np.searchsorted(w_doc, np.arange(len(offs) - 1))
    for j in docs[(counts[docs] > 0) & (counts[docs] < n) & whole[docs]]:
        out_doc.append(np.array([j]))
        out_h.append(rolling(wh[first[j] : first[j] + counts[j]], int(counts[j])))
        out_len.append(np.ones(1, dtype=np.int64))
    return np.concatenate(out_doc), np.concatenate(out_h), np.concatenate(out_len)


#: A word shingle inside a CJK document stands for at most this many characters.
WEIGHT_CAP = 16
_WEIGHT_STEP = np.uint64(0xD6E8FEB86659FD93)
_NO_ANCHOR = np.uint64(1 << 32)  # verification hash odd: never an anchor (≡ 0 mod 8)


def _weigh(
    seg: np.ndarray, h: np.ndarray, first_len: np.ndarray, weigh: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Word shingles of spaced text inside a CJK document, each repeated as many times as
    its first word has characters (``WEIGHT_CAP`` at most): the copies are salted hashes
    that can never be anchors, after all the segment's shingles (a stable sort by segment
    keeps them there), so the passage stays one run of shingles in text order.  English
    text weighs in a Chinese page's Jaccard and extra-block share as its characters did
    when it was character-shingled (an appended English article stays a compilation, not
    a near copy), while its plain word shingles are those it has on its own (containment
    holds)."""
    if not weigh.any():
        return seg, h
    w = np.where(weigh, np.clip(first_len, 1, WEIGHT_CAP), 1) - 1
    rank = np.arange(int(w.sum())) - np.repeat(np.cumsum(w) - w, w) + 1
    extra = mix64(np.repeat(h, w) + _WEIGHT_STEP * rank.astype(np.uint64)) | _NO_ANCHOR
    return np.concatenate((seg, np.repeat(seg, w))), np.concatenate((h, extra))


def _batch(
    texts: list[str], *, fold_digits: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, Segments]:
    """(mapped, ck, key, starts, ends, segments) of a batch: the joined text through the
    key table, kept characters before each position, the comparison key, each document's
    range of it, and the script segments."""
    n = len(texts)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    offs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lens, out=offs[1:])
    joined = "".join(texts).encode("utf-32-le", "surrogatepass")
    cps = np.frombuffer(joined, dtype=np.uint32)
    mapped = codepoint_table(fold_digits=fold_digits)[cps]
    keep = mapped != 0
    ck = np.zeros(len(keep) + 1, dtype=np.int64)
    np.cumsum(keep, out=ck[1:])
    key = mapped[keep]
    starts, ends = ck[offs[:-1]], ck[offs[1:]]
    kcjk = is_cjk(key)
    cjk = np.zeros(len(key) + 1, dtype=np.int64)
    np.cumsum(kcjk, out=cjk[1:])
    gap = np.empty(len(keep), dtype=bool)  # a removed character before: a word starts
    gap[:1] = True
    np.logical_not(keep[:-1], out=gap[1:])
    seg = segments(key, kcjk, gap[keep], ck, offs, cjk[ends] - cjk[starts])
    return mapped, ck, key, starts, ends, seg


def segment_counts(texts: list[str], *, fold_digits: bool) -> np.ndarray:
    """Script segments per text: more than 1 for a text that mixes scripts (whose shingles
    are not those of a cleaner that chose one mode per document)."""
    seg = _batch(texts, fold_digits=fold_digits)[-1]
    return np.bincount(seg.doc, minlength=len(texts))


def shingle(
    texts: list[str], ngram: int, word_ngram: int, *, fold_digits: bool, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(exact, key_len, doc, seg, hash) of a batch: the xxh3 of each text's comparison key,
    its length, and every shingle's document, segment (text order) and 64-bit hash."""
    mapped, ck, key, starts, ends, seg = _batch(texts, fold_digits=fold_digits)
    key_len = ends - starts
    kb = key.tobytes()
    exact = np.fromiter(
        (xxhash.xxh3_64_intdigest(kb[4 * s : 4 * e]) for s, e in zip(starts, ends, strict=True)),
        dtype=np.uint64,
        count=len(texts),
    )
    seg_lens = np.diff(seg.offs)
    spaced = seg.spaced
    empty_i, empty_h = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        if spaced.all():
            s1, h1 = empty_i, empty_h
        else:
            kstarts, kends = ck[seg.offs[:-1]], ck[seg.offs[1:]]
            chars = np.flatnonzero(~spaced)
            s1, h1 = _char_shingles(key, kstarts, kends, chars, ngram, seg.whole)
        if spaced.any():  # word shingles on the space-separated segments only
            sub_lens = seg_lens[spaced]
            sub_offs = np.zeros(len(sub_lens) + 1, dtype=np.int64)
            np.cumsum(sub_lens, out=sub_offs[1:])
            sub = mapped if spaced.all() else mapped[np.repeat(spaced, seg_lens)]
            words = np.arange(len(sub_lens))
            s2, h2, wl = _word_shingles(sub, sub_offs, words, word_ngram, seg.whole[spaced])
            s2 = np.flatnonzero(spaced)[s2]
            s2, h2 = _weigh(s2, h2, wl, ~seg.majority_spaced[seg.doc[s2]])
        else:
            s2, h2 = empty_i, empty_h
        s = np.concatenate((s1, s2))
        h = np.concatenate((h1, h2))
        # another seed rehashes everything (seed 1 is the plain rolling hash, one mix less)
        if seed != 1:
            h = mix64(h ^ np.uint64(seed))
    return exact, key_len, seg.doc[s], s, h
