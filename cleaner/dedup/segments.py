"""Script segments: where a document switches between CJK text and space-separated text.

Shingles must not depend on the document a passage sits in: an English article compiled
into a mostly Chinese page has to give the compilation the word shingles it gives on its
own, and a Chinese article inside an English page its character shingles.  So shingling
(:mod:`cleaner.dedup.minhash`) works on *segments*: every document is one segment in its
overall mode (character n-grams when at least half its kept characters are CJK, word
n-grams otherwise), except where it holds a long run of the *other* script, which becomes
a segment of its own in that script's mode.

Units and runs
    A unit is one CJK character, or one word of other kept characters (letters, digits; a
    run between removed characters or CJK).  Consecutive units of one script form a run.
    A run of the minority script (CJK in a spaced document, words in a CJK one) is
    *strong* when it holds ``MIN_CJK`` CJK characters, or ``MIN_WORDS`` words with a
    letter (numbers do not count: ``2018年3月1日`` must not turn into a word segment).
    Short runs of the majority script between two minority runs (``ABSORB`` units or
    fewer, and at most ``ABSORB_CHARS`` characters: a year inside a Chinese passage, a
    Chinese name inside an English one) are absorbed into the minority run, as they are
    on its own.

Identity
    A document without a strong minority run is one segment in its overall mode, so its
    shingles are exactly those of the per-document choice used before segments existed
    (corpora of such documents keep their band keys, :mod:`cleaner.corpus.shingling`).

Only the places where the script changes are looked at (one comparison over the batch's
key, then arrays of runs, not of characters), in the documents that have enough
characters of the minority script to hold a strong run at all.

>>> import numpy as np
>>> from cleaner.dedup.normalize import codepoint_table, is_cjk, to_codepoints
>>> en = "The quick brown fox jumps over the lazy dog near the river bank today. "
>>> zh = "第一条为了规范城市社区居民服务保障工作制定本办法。第二条本办法适用于本市。"
>>> texts = [zh * 3 + en + zh * 2, en]
>>> mapped = codepoint_table()[to_codepoints("".join(texts))]
>>> keep = mapped != 0
>>> key, gap, ck = mapped[keep], ~np.roll(keep, 1)[keep], np.cumsum(np.r_[0, keep])
>>> offs = np.cumsum([0] + [len(t) for t in texts])
>>> seg = segments(key, is_cjk(key), gap, ck, offs, np.array([len(zh) * 5 - 4, 0]))
>>> seg.doc.tolist(), seg.spaced.tolist(), seg.whole.tolist()
([0, 0, 0, 1], [False, True, False, True], [False, False, False, True])
>>> "".join(texts)[seg.offs[1] : seg.offs[2]] == en
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["ABSORB", "MIN_CJK", "MIN_WORDS", "Segments", "segments"]

#: CJK characters that make a run of CJK text in a spaced document a segment of its own.
MIN_CJK = 24
#: Words with a letter that make a run of spaced text in a CJK document a segment of its own.
MIN_WORDS = 10
#: Units of the majority script between two minority runs that are absorbed into them.
ABSORB = 3
#: Longer runs of words are not absorbed, whatever their number of words.
ABSORB_CHARS = 48


@dataclass(frozen=True, slots=True)
class Segments:
    """``offs[s]:offs[s+1]`` (positions of the mapped text) is segment ``s`` of document
    ``doc[s]``, shingled by words if ``spaced[s]``; ``whole[s]``: the segment is the whole
    document (only then does a text shorter than one shingle become one shingle);
    ``majority_spaced[d]``: document ``d``'s overall mode."""

    offs: np.ndarray  # int64 (S + 1,), tiling the batch
    doc: np.ndarray  # int64 (S,)
    spaced: np.ndarray  # bool (S,)
    whole: np.ndarray  # bool (S,)
    majority_spaced: np.ndarray  # bool (n,)


def _whole_docs(offs: np.ndarray, spaced: np.ndarray) -> Segments:
    n = len(offs) - 1
    ones = np.ones(n, dtype=bool)
    return Segments(offs.astype(np.int64), np.arange(n), spaced.copy(), ones, spaced)


def _ranges(first: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """The concatenation of ``arange(first[i], stop[i])``."""
    lens = stop - first
    return np.repeat(first - (np.cumsum(lens) - lens), lens) + np.arange(int(lens.sum()))


def segments(
    key: np.ndarray,
    cjk: np.ndarray,
    gap: np.ndarray,
    ck: np.ndarray,
    offs: np.ndarray,
    n_cjk: np.ndarray,
) -> Segments:
    """The segments of a batch.

    ``key``: the batch's kept characters (:func:`~cleaner.dedup.normalize.codepoint_table`
    values, removed characters left out), ``cjk`` their
    :func:`~cleaner.dedup.normalize.is_cjk` mask, ``gap`` true where a removed character
    precedes a kept one (a word starts); ``ck[p]`` the number of kept characters
    before position ``p`` of the whole text; ``offs`` the documents' offsets in the whole
    text; ``n_cjk`` their numbers of CJK characters, which set their overall mode.
    """
    offs = np.asarray(offs, dtype=np.int64)
    n = len(offs) - 1
    kstarts, kends = ck[offs[:-1]], ck[offs[1:]]
    spaced = 2 * n_cjk < np.maximum(kends - kstarts, 1)  # overall mode: less than half CJK
    # a strong minority run needs that many minority characters in the document at least
    cand = np.where(spaced, n_cjk >= MIN_CJK, (kends - kstarts) - n_cjk >= MIN_WORDS)
    if not cand.any():
        return _whole_docs(offs, spaced)
    # runs of one script (removed characters do not break a run), within candidate documents
    flip = cjk[1:] != cjk[:-1]
    flip &= np.repeat(cand, kends - kstarts)[1:]
    flip = np.flatnonzero(flip) + 1
    bnd = np.sort(np.concatenate((flip, kstarts[cand], kends[cand])))
    bnd = bnd[np.concatenate(([True], bnd[1:] != bnd[:-1]))]
    r_a, r_b = bnd[:-1], bnd[1:]
    r_doc = np.searchsorted(kstarts, r_a, side="right") - 1
    inside = (r_a < kends[r_doc]) & cand[r_doc]
    r_a, r_b, r_doc = r_a[inside], r_b[inside], r_doc[inside]
    r_cjk = cjk[r_a]
    r_minor = r_cjk == spaced[r_doc]  # CJK in a spaced document, words in a CJK one
    flanked = np.zeros(r_a.size, dtype=bool)
    flanked[1:-1] = r_minor[:-2] & r_minor[2:] & (r_doc[:-2] == r_doc[2:])
    r_units = r_b - r_a
    r_strength = r_units.copy()
    # words of the word runs that matter (minority ones, and short majority ones that may be
    # absorbed): a removed character before a key character starts a word
    w = np.flatnonzero(~r_cjk & (r_minor | (flanked & (r_units <= ABSORB_CHARS))))
    r_units[~r_cjk] = ABSORB + 1
    if w.size:
        lens = r_b[w] - r_a[w]
        wfirst = np.cumsum(lens) - lens
        idx = _ranges(r_a[w], r_b[w])
        starts = gap[idx]
        starts[wfirst] = True
        ch = key[idx]
        letter = starts & ((ch < 0x30) | (ch > 0x39))
        r_units[w] = np.add.reduceat(starts, wfirst)
        r_strength[w] = np.add.reduceat(letter, wfirst)
    # short majority runs between two minority runs of the same document join them
    label = r_minor | (flanked & (r_units <= ABSORB))
    b_brk = np.concatenate(([True], (label[1:] != label[:-1]) | (r_doc[1:] != r_doc[:-1])))
    b_first = np.flatnonzero(b_brk)
    b_last = np.concatenate((b_first[1:], [r_a.size])) - 1
    b_strength = np.add.reduceat(np.where(r_minor, r_strength, 0), b_first)
    need = np.where(spaced[r_doc[b_first]], MIN_CJK, MIN_WORDS)
    strong = label[b_first] & (b_strength >= need)
    if not strong.any():
        return _whole_docs(offs, spaced)
    # cut at the block's first kept character and at the next one (removed characters
    # never make a segment of their own): positions in the whole text
    a, b, d = r_a[b_first[strong]], r_b[b_last[strong]], r_doc[b_first[strong]]
    s_start = np.where(a == kstarts[d], offs[d], np.searchsorted(ck, a, side="right") - 1)
    s_end = np.where(b == kends[d], offs[d + 1], np.searchsorted(ck, b, side="right") - 1)
    cuts = np.unique(np.concatenate((offs, s_start, s_end)))
    seg_doc = np.searchsorted(offs, cuts[:-1], side="right") - 1
    minor = np.isin(cuts[:-1], s_start)
    seg_spaced = spaced[seg_doc] ^ minor
    per_doc = np.bincount(seg_doc, minlength=n)
    return Segments(cuts.astype(np.int64), seg_doc, seg_spaced, per_doc[seg_doc] == 1, spaced)
