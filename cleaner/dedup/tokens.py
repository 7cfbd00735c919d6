"""Distinctive tokens: what tells two fills of one template apart.

Pages built from one template (a stamp catalogue, a notice, a court listing) share most of
their shingles and differ in a few *distinctive tokens*: numbers, dates, document numbers,
amounts.  With digits folded in the comparison key they look like copies (Jaccard 0.6–0.9).
A scraped copy of a page keeps its numbers where they were; a fill of the template puts
other numbers *in the same places*.

So a token is taken with its place: its **slot** is the comparison-key text around it (the
``CONTEXT`` letters either side, skipping other digits), its **value** the digits themselves.
Two texts are compared on the slots they share only (:func:`token_overlap`): chrome that
one copy has and the other lacks (a header with a date) does not count, a date that
changed inside a shared sentence does.

* ``jaccard`` — Jaccard of the ``(slot, value)`` pairs in shared slots (1.0 when none);
* ``differ`` — how many such pairs are on one side only.

Each token has two slots (the letters before it, the letters after it), so a token whose
line changed on one side ("2018年发布" → "2022年修订") is still compared.  :func:`is_template`
turns the two measures into the decision: four tokens changed in place, or three with most
shared-slot tokens other, is two fills of one template, not a copy.  A copy with one
mistyped number (``differ`` 4), or with a header of its site's template carrying another
date and counter, stays a copy.

Limits: only digit runs are tokens (full-width digits are folded by NFKC first).  Names
and places written in letters or Chinese characters are not detected; a template whose
fills differ *only* in names stays a near duplicate.  Chinese numerals (``二〇二四``) are
letters to the key.

>>> a = token_table(["2024年第15号：本局决定于5月1日起施行。"])
>>> b = token_table(["2025年第16号：本局决定于6月1日起施行。"])
>>> c = token_table(["发布于2023年1月2日。2024年第15号：本局决定于5月1日起施行。"])
>>> token_overlap(a.doc(0), b.doc(0))
Overlap(jaccard=0.14, differ=12, years=4, history=0, shared=2, only_a=6)
>>> token_overlap(a.doc(0), c.doc(0))  # the date on top has no slot in the other
Overlap(jaccard=1.0, differ=0, years=0, history=0, shared=6, only_a=0)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import xxhash

from cleaner.dedup.copies import distinct, take_rows
from cleaner.dedup.normalize import codepoint_table, normalize
from cleaner.dedup.shingles import mix64 as _mix

__all__ = [
    "TEMPLATE_MIN_DIFFER",
    "TEMPLATE_TOKENS",
    "TokenSet",
    "TokenTable",
    "history",
    "is_template",
    "overlap_of",
    "title_keys",
    "token_overlap",
    "token_set",
    "token_table",
]

#: Comparison-key characters of the title line that are compared.
TITLE_CHARS = 64

#: Characters of comparison key either side of a token that make its slot.
CONTEXT = 4
#: Key characters at the start of a text where a changed year marks a revision.
HEAD_CHARS = 100
#: Key characters at the start of a text read as its dated history (a law's "2013年…第一次
#: 修订" lines under the title): the years there are also kept as ``HISTORY_SLOT`` rows,
#: and those of the next HISTORY_CHARS as ``HISTORY_FAR`` rows (a text whose history grew
#: by a few lines has the other's head a little further down).
HISTORY_CHARS = 400
#: The slot of the history rows (value: the year); never the slot of a token.
HISTORY_SLOT = np.uint64(0x48495354)
HISTORY_FAR = np.uint64(0x48495355)
#: Digits of a token that are hashed (longer runs also hash their length).
MAX_DIGITS = 24
#: Two texts are fills of one template when this many (slot, value) pairs are on one side
#: only (a token changed in place counts 4: two slots, old and new value): four tokens …
TEMPLATE_MIN_DIFFER = 16
#: … or three, with a token Jaccard under this (0–1; ``template_tokens`` / 100).
TEMPLATE_TOKENS = 0.5

_P = np.uint64(0x100000001B3)
_OUTSIDE = 1  # stands for "before the start / after the end of the text" in a context


def _hash_rows(cols: np.ndarray) -> np.ndarray:
    h = np.zeros(cols.shape[0], dtype=np.uint64)
    for k in range(cols.shape[1]):
        h = h * _P + cols[:, k].astype(np.uint64)
    return _mix(h)


@dataclass(frozen=True, slots=True)
class TokenTable:
    """``pairs[offs[i]:offs[i+1]]``: ``(slot, value)`` uint64 rows of text ``i``, in order."""

    pairs: np.ndarray  # (m, 2) uint64
    offs: np.ndarray  # (n + 1,) int64

    def __len__(self) -> int:
        return len(self.offs) - 1

    def doc(self, i: int) -> np.ndarray:
        return self.pairs[self.offs[i] : self.offs[i + 1]]


#: Texts per numpy pass of :func:`token_table` (bounds the memory of a large batch).
CHUNK = 1_000


#: Characters per numpy pass: a pass costs ~50 bytes of temporaries a character, so 1,000
#: pages of ~850 characters peaked at ~43 MiB on every dedup batch (issue 15).
CHUNK_CHARS = 256_000


def _chunk_bounds(texts: list[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of runs of at most ``CHUNK`` texts and ``CHUNK_CHARS`` characters
    (a longer text alone)."""
    bounds: list[tuple[int, int]] = []
    start = size = 0
    for i, t in enumerate(texts):
        if i > start and (size + len(t) > CHUNK_CHARS or i - start >= CHUNK):
            bounds.append((start, i))
            start, size = i, 0
        size += len(t)
    bounds.append((start, len(texts)))
    return bounds


def token_table(texts: list[str]) -> TokenTable:
    """The distinctive tokens of every text, in numpy passes of at most ``CHUNK`` texts
    and ``CHUNK_CHARS`` characters (the tokens of a text do not depend on its pass, so
    an exact copy's are the first one's, taken once)."""
    copies = distinct(texts)
    if copies is not None:
        first, idx = copies
        table = token_table(first)
        pairs, taken = take_rows(table.pairs, table.offs, idx)
        return TokenTable(pairs, taken)
    bounds = _chunk_bounds(texts)
    if len(bounds) == 1:
        return _token_chunk(texts)
    parts = [_token_chunk(texts[i:j]) for i, j in bounds]
    offs = [np.zeros(1, np.int64)]
    base = 0
    for t in parts:
        offs.append(t.offs[1:] + base)
        base += int(t.offs[-1])
    return TokenTable(np.concatenate([t.pairs for t in parts]), np.concatenate(offs))


def _keys(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The texts' comparison keys (digits unfolded) joined, code points the key drops left
    out, and where each text starts and ends among them."""
    kept, starts, ends, _ = _keys_lines(texts)
    return kept, starts, ends


def _keys_lines(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, Any]:
    """:func:`_keys`, and ``line_start(i)``: whether key characters ``i`` (an array) open a
    line of their text (a newline among the code points dropped before them)."""
    n = len(texts)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    offs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lens, out=offs[1:])
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = codepoint_table(fold_digits=False)[cps]
    keep = mapped != 0
    ck = np.zeros(keep.size + 1, dtype=np.int64)
    np.cumsum(keep, out=ck[1:])
    starts = ck[offs[:-1]]

    def line_start(i: np.ndarray) -> np.ndarray:
        # the code point of key character i: the first p with ck[p + 1] == i + 1
        here = np.searchsorted(ck, i + 1) - 1
        before = np.where(i > 0, np.searchsorted(ck, i) - 1, -1)
        nl = np.flatnonzero(cps == 10)
        newline = np.searchsorted(nl, here) > np.searchsorted(nl, before, side="right")
        return newline | np.isin(i, starts)

    return mapped[keep], starts, ck[offs[1:]], line_start


def _token_chunk(texts: list[str]) -> TokenTable:
    n = len(texts)
    kept, starts, ends, line_start = _keys_lines(texts)
    key = kept.astype(np.int64)
    isd = (key >= 48) & (key <= 57)
    empty = TokenTable(np.zeros((0, 2), np.uint64), np.zeros(n + 1, np.int64))
    if not isd.any():
        return empty
    doc = np.repeat(np.arange(n), ends - starts)
    same = doc[1:] == doc[:-1]
    prev = np.zeros(key.size, dtype=bool)
    prev[1:] = isd[:-1] & same
    nxt = np.zeros(key.size, dtype=bool)
    nxt[:-1] = isd[1:] & same
    rs = np.flatnonzero(isd & ~prev)
    re_ = np.flatnonzero(isd & ~nxt) + 1
    rdoc = doc[rs]
    # contexts are the nearest letters (not digits) either side: a date written 3月 or 10月
    # next to a number keeps that number's slot
    letters = key[~isd]
    cl = np.zeros(key.size + 1, dtype=np.int64)
    np.cumsum(~isd, out=cl[1:])
    lo, hi = cl[starts[rdoc]][:, None], cl[ends[rdoc]][:, None]
    last = max(letters.size - 1, 0)

    def gather(pos: np.ndarray) -> np.ndarray:
        inside = (pos >= lo) & (pos < hi)
        if letters.size == 0:
            return np.full(pos.shape, _OUTSIDE, dtype=np.int64)
        return np.where(inside, letters[np.clip(pos, 0, last)], _OUTSIDE)

    ctx = np.arange(CONTEXT)
    left = gather(cl[rs][:, None] - CONTEXT + ctx)
    right = gather(cl[re_][:, None] + ctx)
    last = key.size - 1
    vpos = rs[:, None] + np.arange(MAX_DIGITS)
    digits = np.where(vpos < re_[:, None], key[np.clip(vpos, 0, last)], 0)
    with np.errstate(over="ignore"):
        # two slots per token: the letters before it, the letters after it (a date whose
        # line changed from "发布" to "修订" keeps its left slot)
        lslot = _mix(_hash_rows(left) * _P)
        rslot = _mix(_hash_rows(right) * _P + np.uint64(1))
        value = _mix(_hash_rows(digits) ^ (re_ - rs).astype(np.uint64))
    # the low bit of a value says "a year in the head" (four digits, 1900–2099, in the first
    # HEAD_CHARS of the key: the title block where a revision states its date; a copyright
    # year in a footer is chrome)
    d4 = (digits[:, :4] - 48) @ np.array([1000, 100, 10, 1])
    head = (rs - starts[doc[rs]]) < HEAD_CHARS
    year = ((re_ - rs) == 4) & (d4 >= 1900) & (d4 <= 2099) & head
    value = (value & ~np.uint64(1)) | year.astype(np.uint64)
    slot = np.stack([lslot, rslot], axis=1).ravel()
    value = np.repeat(value, 2)
    rdoc = np.repeat(rdoc, 2)
    # the history: every year opening a line among the first 2 × HISTORY_CHARS, once per
    # text and window, after its tokens
    hist = ((re_ - rs) == 4) & (d4 >= 1900) & (d4 <= 2099)
    at = rs - starts[doc[rs]]
    hist &= at < 2 * HISTORY_CHARS
    if hist.any():  # dated lines: a year that opens a line
        hist[hist] = line_start(rs[hist])
    if hist.any():
        far = (at[hist] >= HISTORY_CHARS).astype(np.int64)
        code = np.unique(rdoc[::2][hist].astype(np.int64) * 8192 + far * 4096 + d4[hist])
        hslot = np.where((code // 4096) % 2 == 1, HISTORY_FAR, HISTORY_SLOT).astype(np.uint64)
        slot = np.concatenate([slot, hslot])
        value = np.concatenate([value, (code % 4096).astype(np.uint64)])
        rdoc = np.concatenate([rdoc, code // 8192])
        order = np.argsort(rdoc, kind="stable")
        slot, value, rdoc = slot[order], value[order], rdoc[order]
    toffs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rdoc, minlength=n), out=toffs[1:])
    return TokenTable(np.stack([slot, value], axis=1), toffs)


class Overlap(NamedTuple):
    """:func:`token_overlap`'s measures."""

    jaccard: float
    differ: int
    years: int  # of the ``differ`` pairs, those whose value is a year
    history: int = 0  # dated lines one text adds to the other's history (:func:`history`)
    shared: int = 0  # pairs in shared slots found on both sides
    only_a: int = 0  # of the ``differ`` pairs, those of the first text (the rest: the second's)


_SAME = Overlap(1.0, 0, 0)
_HIST = int(HISTORY_SLOT)
_FAR = int(HISTORY_FAR)


def _grown(old: set[int], old_wide: set[int], new: set[int], new_wide: set[int]) -> int:
    if not old or not old <= new_wide:
        return 0
    added = new - old_wide
    return len(added) if added and min(added) > max(old) else 0


def history(a: set[int], a_wide: set[int], b: set[int], b_wide: set[int]) -> int:
    """How many dated lines one text's head adds to the other's revision history: every
    year opening a line of one head (``a``: the first ``HISTORY_CHARS``) is in the other's
    (``b_wide``: twice as far, its history being longer), and the years it lacks (even
    twice as far) are later than all of its own.  0 otherwise: a reprint whose date stamp
    changed has a year the other lacks on both sides, a copy that lost a line of the
    history lacks an earlier year, equal heads add nothing.

    >>> history({2005, 2013}, {2005, 2013}, {2005, 2013, 2019}, {2005, 2013, 2019})
    1
    >>> history({2013}, {2013}, {2014}, {2014}), history({2013}, {2013}, {2013}, {2013})
    (0, 0)
    """
    return _grown(a, a_wide, b, b_wide) or _grown(b, b_wide, a, a_wide)


class TokenSet(NamedTuple):
    """One text's rows as Python sets (:func:`token_set`), for :func:`overlap_of`."""

    pairs: set[tuple[int, int]]
    slots: set[int]
    years: set[int]  # the history rows' years (the first HISTORY_CHARS)
    wide: set[int]  # and those of the next HISTORY_CHARS


def token_set(a: np.ndarray) -> TokenSet:
    """A text's ``(slot, value)`` rows as sets: built once, compared with many others."""
    # a text has a few dozen tokens: Python sets beat numpy's per-call overhead here
    pa = set(map(tuple, a.tolist()))
    sa = {s for s, _ in pa}
    near = {v for s, v in pa if s == _HIST} if _HIST in sa else set()
    far = {v for s, v in pa if s == _FAR} if _FAR in sa else set()
    return TokenSet(pa, sa, near, near | far)


def token_overlap(a: np.ndarray, b: np.ndarray) -> Overlap:
    """Jaccard, pairs on one side only, and years among them, over the shared slots of two
    texts' ``(slot, value)`` rows; and the dated lines one adds to the other's history."""
    if a.size == 0 or b.size == 0:
        return _SAME
    if a.shape == b.shape and np.array_equal(a, b):
        return _SAME
    return overlap_of(token_set(a), token_set(b))


def overlap_of(a: TokenSet, b: TokenSet) -> Overlap:
    """:func:`token_overlap` of two texts' :func:`token_set`."""
    pa, pb, sa, sb = a.pairs, b.pairs, a.slots, b.slots
    if not pa or not pb or pa == pb:  # equal sets measure as equal arrays do
        return _SAME
    hist = history(a.years, a.wide, b.years, b.wide)
    common = sa & sb
    common.discard(_HIST)
    common.discard(_FAR)
    if not common:
        return Overlap(1.0, 0, 0, hist) if hist else _SAME
    ka = {p for p in pa if p[0] in common}
    kb = {p for p in pb if p[0] in common}
    inter = len(ka & kb)
    union = len(ka) + len(kb) - inter
    years = sum(p[1] & 1 for p in ka ^ kb)
    return Overlap(round(inter / union, 2), union - inter, years, hist, inter, len(ka) - inter)


def is_template(jaccard: float, differ: int, *, threshold: float = TEMPLATE_TOKENS) -> bool:
    """Whether a pair with this token overlap is two fills of one template.

    Measured on the 10k bench set (copies, whose numbers stay in place but for chrome and
    character edits: one site template's header with another date, visit counter and
    licence number differs by 8–12) and on ``tests/dedup_hard_cases.py`` template fills
    (five fields, 16–20).

    >>> is_template(0.14, 12), is_template(1.0, 0), is_template(0.2, 8), is_template(0.8, 16)
    (True, False, False, True)
    """
    return differ >= TEMPLATE_MIN_DIFFER or (differ >= 12 and jaccard < threshold)


def to_bytes(pairs: np.ndarray) -> bytes:
    """One text's rows for an Arrow binary column (:func:`from_bytes` reads them back)."""
    return np.ascontiguousarray(pairs, dtype=np.uint64).tobytes()


def from_bytes(data: bytes | None) -> np.ndarray:
    if not data:
        return np.zeros((0, 2), np.uint64)
    return np.frombuffer(data, dtype=np.uint64).reshape(-1, 2)


def title_keys(texts: list[str]) -> np.ndarray:
    """Per text, a hash of its title line (the first non-blank line's comparison key, digits
    kept, at most ``TITLE_CHARS`` characters); 0 when it has none.  Equal keys: same title.

    >>> t = title_keys(["某法\\n第一条", "  某法 \\n第一条 修改", "\\n"])
    >>> bool(t[0] == t[1]), int(t[2])
    (True, 0)
    """
    n = len(texts)
    out = np.zeros(n, dtype=np.uint64)
    # one table lookup for every first line of the batch; a text whose first line has no
    # key (only punctuation) looks further, one by one
    firsts = [t.lstrip()[: 4 * TITLE_CHARS].split("\n", 1)[0] for t in texts]
    kept, starts, ends = _keys(firsts)
    kb = kept.tobytes()
    for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if e > s:
            out[i] = xxhash.xxh3_64_intdigest(kb[4 * s : 4 * min(e, s + TITLE_CHARS)]) or 1
            continue
        for line in texts[i].lstrip()[: 4 * TITLE_CHARS].split("\n", 3)[1:3]:
            key = normalize(line)[:TITLE_CHARS]
            if key:
                out[i] = xxhash.xxh3_64_intdigest(key.encode("utf-32-le")) or 1
                break
    return out
