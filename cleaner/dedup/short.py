"""Short texts: near duplicates by character edits, where shingles are too coarse.

A character 5-gram is destroyed by any edit inside it, so one variant character costs a
text five of its shingles.  On a long text that is noise; on a 20-character quatrain
(16 shingles) two variant characters leave a shingle Jaccard of 0.2–0.35 with the other
edition, far under ``threshold``.  The same rate of edits scattered over a long text
(10 %) is near the ``threshold = 50`` line, so shingles are harsher on short texts than on
long ones.  The usual pipelines do not treat them apart: datatrove and data-juicer apply
MinHash (or SimHash) with one setting at every length, text-dedup's ``--min_length``
leaves documents under a number of tokens out of MinHash.  Here two short texts are
measured by what shingles only approximate, their character edits:

**Measure**
    A pair whose comparison keys (:func:`~cleaner.dedup.normalize.normalize`, digits
    *kept*) are both at most ``short_chars`` long, the longer at least :data:`MIN_CHARS`,
    is a near duplicate when they are as long as each other, their Levenshtein distance
    is at most ``short_edits`` % of that length (:func:`allowed_edits`; 10 %: two
    characters of 20, four of 40), and their distinctive tokens
    (:mod:`cleaner.dedup.tokens`: numbers, dates, document numbers) are the same — a
    bulletin's next issue, another fill of a notice, differ in exactly those.  Texts that
    differ in a name and a place, or two poems sharing one line, are many edits apart.
    Keys of other lengths are never matched by edits: a variant character takes the place
    of another, while an inserted or dropped one is a word — a ``不`` that turns a notice
    round, an ``un-`` — and in a short text a word is the meaning.  (All 23 pairs of two
    anthology editions this found had keys of one length.)

**Candidates**
    The band keys already find these pairs: a short text fills few of the ``num_perm``
    bins, and densification copies each shingle's value into the empty bins after it, so
    a band of 4 rows is often one shingle and two texts sharing it meet.  Measured with
    the default sketch (128 bins, 32 bands) on 300 random CJK pairs per length, with 10 %
    of the characters substituted at random places: a band key in common for 100 % of the
    pairs at 20, 28 and 40 characters, 99.7 % at 60, 94 % at 100.  Cutting a short key into
    pieces as extra group keys (pigeonhole on intact pieces) raised 94 % to 95 % only, and
    was left out.

Texts under :data:`MIN_CHARS` characters (a caption, a button label) are left to the
shingles: one character of eight is not a variant, it is another word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz.distance import Levenshtein

from cleaner.dedup.normalize import normalize

__all__ = [
    "MIN_CHARS", "NOT_SHORT", "allowed_edits", "edit_distance", "pair_edits", "short_key",
    "short_keys",
]  # fmt: skip

#: Keys shorter than this are never matched by edits.
MIN_CHARS = 16
#: ``(edits, allowed, edit similarity)`` of a pair that is not two short texts.
NOT_SHORT: tuple[int, int, float] = (-1, 0, 0.0)


def short_key(text: str, short_chars: int) -> str | None:
    """The comparison key of a short text (digits kept), None when it is not short."""
    if len(text) > 8 * short_chars:  # punctuation and spaces cannot make up the difference
        return None
    key = normalize(text)
    return key if MIN_CHARS <= len(key) <= short_chars else None


def short_keys(texts: Sequence[str], short_chars: int, rate: float) -> list[str | None]:
    """:func:`short_key` of each text; all None when edits are off (``rate`` 0)."""
    if rate <= 0:
        return [None] * len(texts)
    return [short_key(t or "", short_chars) for t in texts]


def allowed_edits(n: int, rate: float) -> int:
    """Edits allowed between two short keys, the longer ``n`` characters long.

    >>> allowed_edits(20, 0.1), allowed_edits(28, 0.1), allowed_edits(40, 0.1)
    (2, 2, 4)
    """
    return int(n * rate + 1e-9)


def edit_distance(a: str, b: str, rate: float) -> tuple[int, int]:
    """``(distance, allowed)`` of two short keys; the distance is ``allowed + 1`` when over.

    >>> edit_distance("一二三四五六七八九十甲乙丙丁戊己", "一二三四五六七八九十甲乙丙丁戊庚", 0.1)
    (1, 1)
    """
    n = max(len(a), len(b))
    allowed = allowed_edits(n, rate)
    if len(a) != len(b):  # an inserted or dropped character: a word, not a variant
        return allowed + 1, allowed
    return Levenshtein.distance(a, b, score_cutoff=allowed), allowed


def pair_edits(
    keys: Callable[[], tuple[str | None, str | None]],
    j: float,
    sizes: tuple[int, int],
    *,
    rate: float,
    threshold: float,
    short_chars: int,
) -> tuple[int, int, float]:
    """``(edits, allowed, edit similarity)`` of a verified pair — the ``edits_short``,
    ``edits_allowed`` and ``edit_sim`` of :class:`~cleaner.dedup.decide.Pair` — or
    :data:`NOT_SHORT`.  Measured, with both engines, only when edits are on (``rate`` > 0),
    the pair's shingle Jaccard ``j`` is under ``threshold``, both shingle sets (``sizes``)
    are at most ``short_chars`` and both comparison keys (``keys()``, called only then) are
    short."""
    if rate <= 0 or j >= threshold or max(sizes) > short_chars:
        return NOT_SHORT
    ka, kb = keys()
    if ka is None or kb is None:
        return NOT_SHORT
    d, allowed = edit_distance(ka, kb, rate)
    return d, allowed, 1.0 - d / max(len(ka), len(kb))
