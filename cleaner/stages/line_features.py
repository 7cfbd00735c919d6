"""Features of the chrome line model: signals of a line that transfer across sites.

One row per non-blank line of a page, computed from the page alone (no site knowledge):

* shape: length, CJK share, sentence end, inner commas, digits, dates, times, counters
  (``阅读 123``), URLs, e-mail, domains, file extensions and page counts (``.docx``,
  ``(12页)``), separators (``|``, ``>``, ``»``, ``/``, ``·``), wide gaps, brackets,
  ``label：value`` openings, numbered heads;
* vocabulary: one feature per prompt category of ``cleaner/rules/line_model.toml``;
* position: relative place on the page, before the first / after the last prose line,
  distance to them, first line;
* runs: the shape of the neighbouring lines (prose or not, vocabulary or not, blank);
* repetition: the line occurs more than once on the page.

"Prose" here is a sentence-shaped line (long, ends like a sentence, has inner commas): the
anchor that chrome zones are measured from.  :data:`NAMES` lists the columns in order;
the weights file (``cleaner/rules/line_model.json``) stores them to check it matches.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from cleaner.rules import load_table
from cleaner.stages.cue_words import mask_compounds
from cleaner.stages.sentence_marks import SENTENCE_CLOSE

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_DIGIT_RUN = re.compile(r"\d+")
_DATE = re.compile(
    r"(19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○一二三四五六七八九零]{4}年"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_COUNT = re.compile(r"[\u4e00-\u9fffA-Za-z][:：(（\s]{0,2}\d+[)）]?\s*(次|人|条|页|分|个)?")
_URL = re.compile(r"(?i)https?://|www\.")
_EMAIL = re.compile(r"[\w.-]+@[\w-]+\.[a-z]{2,}")
_DOMAIN = re.compile(r"(?i)\b[\w-]+\.(com|cn|net|org|gov|edu|info)\b")
_FILE = re.compile(
    r"(?i)\.(docx?|pdf|pptx?|xlsx?|txt|wps|caj)\b|[(（]\s*(共)?\d+\s*(页|p|条)[)）]\s*$"
)
_SEP = re.compile(r"\s[|>»/·•-]\s|[|»›>]|\s-\s")
_SEP_CHARS = frozenset("|>»/·•-›")  # one of which every _SEP match holds
_GAP = re.compile(r"\S\s{2,}\S|\S\u3000+\S")
_BRACKET = re.compile(r"[【\[][^】\]]{1,8}[】\]]")
_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{1,8}[:：]")
_NUMBERED = re.compile(
    r"^(第[一二三四五六七八九十百\d]{1,4}[篇章节条部分]|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]|【?篇[一二三四五六七八九十\d]{1,3}】?)"
)
_PAGE_NO = re.compile(r"^[-—\s第]*\d{1,4}\s*(/|页|of)\s*(共)?\s*\d{0,4}\s*页?[-—\s]*$")
SHAPE = [
    "bias",
    "len_log",
    "short",
    "long",
    "cjk_share",
    "sent_end",
    "commas",
    "digit_share",
    "date",
    "time",
    "counts",
    "url",
    "email",
    "domain",
    "file",
    "seps",
    "gaps",
    "brackets",
    "label",
    "numbered",
    "page_no",
    "prose",
    "repeated",
]
#: Prose lines at least this long are content to the model (not scored).
LONG_PROSE = 40

POSITION = ["rel_pos", "head_zone", "tail_zone", "dist_first", "dist_last", "first_line"]
RUNS = ["prev_prose", "next_prose", "prev_vocab", "next_vocab", "prev_blank", "next_blank"]


@lru_cache(maxsize=1)
def vocabulary() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Prompt categories of ``line_model.toml``: (name, lower-cased words)."""
    data = load_table("line_model")
    return tuple((c["name"], tuple(w.lower() for w in c["words"])) for c in data["category"])


@lru_cache(maxsize=1)
def _vocab_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Words by their first character, each with its category column."""
    by_first: dict[str, list[tuple[str, int]]] = {}
    for col, (_, words) in enumerate(vocabulary()):
        for w in words:
            by_first.setdefault(w[:1], []).append((w, col))
    return {k: tuple(v) for k, v in by_first.items()}


def vocab_columns(s: str) -> list[float]:
    """One 0/1 value per prompt category: does ``s`` hold a word of it (any case).

    Only the words starting with a character of ``s`` are tried (3-4x faster than one
    alternation, which also misses a word overlapping a longer one)."""
    index = _vocab_index()
    low = mask_compounds(s.lower())  # a cue inside a compound of its own is none (cue_words)
    out = [0.0] * len(vocabulary())
    for ch in index.keys() & set(low):
        for w, col in index[ch]:
            if w in low:
                out[col] = 1.0
    return out


@lru_cache(maxsize=1)
def weak_categories() -> dict[str, str]:
    """Weak categories: name → what else the line needs (``digit`` or ``separator``)."""
    data = load_table("line_model")
    return {
        c["name"]: "separator" if c["weak"] == "separator" else "digit"
        for c in data["category"]
        if c.get("weak", False)
    }


def names() -> list[str]:
    """Feature names in column order."""
    return [*SHAPE, *(f"vocab_{n}" for n, _ in vocabulary()), "vocab_total", *POSITION, *RUNS]


def is_prose(s: str) -> bool:
    """A sentence-shaped line: 20+ characters, ends like a sentence, has an inner comma."""
    return len(s) >= 20 and s.endswith(SENTENCE_CLOSE) and ("，" in s or "," in s or "、" in s)


def _clip(line: str) -> str:
    """What the shape reads of a line: a long line at both ends only (chrome is short, and
    the shape of a long line's middle adds nothing but time)."""
    return line if len(line) <= 120 else line[:100] + line[-20:]


@lru_cache(maxsize=1)
def _any_word() -> re.Pattern[str]:
    """One alternation of every vocabulary word: does a lower-cased line hold any (the
    vocabulary columns are then all 0, and the line's ``hits`` 0)."""
    words = sorted({w for _, ws in vocabulary() for w in ws if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


#: What a line needs to hold for _FILE, _URL, _EMAIL, _DOMAIN or _PAGE_NO to match it
#: (a dot or colon; '/', '页' or 'of' for a page number; a closing bracket at its end
#: for a page count): the patterns are tried on such lines only.
_NEEDS = (".", ":", "/", "页", "of", ")\n", "）\n")


def _evidence_lines(lines: list[str]) -> tuple[set[int], set[int]]:
    """(the lines holding a vocabulary word, the lines that may be evidence of chrome by
    themselves: a word, an address, a file name or page count, a page number), by their
    position in ``lines`` (stripped and clipped, :func:`_clip`).

    Searched over the lines joined by "\n", once per line found (no word holds a "\n"),
    not once per line; the other patterns are tried on the lines holding what they
    need (:data:`_NEEDS`)."""
    text = "\n".join(lines) + "\n"
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    last = len(lines) - 1
    low = text.lower()
    low_starts = starts
    if len(low) != len(text):  # 'İ' lower-cases to two characters
        low_lines = [s.lower() for s in lines]
        low = "\n".join(low_lines) + "\n"
        low_starts = list(accumulate(map((1).__add__, map(len, low_lines)), initial=0))
    low = mask_compounds(low)  # same length: a cue inside a compound is none (cue_words)
    vocab: set[int] = set()
    search = _any_word().search
    pos = 0
    while (m := search(low, pos)) is not None:
        k = bisect_right(low_starts, m.start()) - 1
        vocab.add(k)
        if k >= last:
            break
        pos = low_starts[k + 1]
    maybe: set[int] = set()
    for needle in _NEEDS:
        pos = text.find(needle)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            maybe.add(k)
            if k >= last:
                break
            pos = text.find(needle, starts[k + 1])
    maybe -= vocab
    return vocab, vocab | {
        k
        for k in maybe
        if _FILE.search(s := lines[k])
        or _PAGE_NO.match(s)
        or (
            ("." in s or ":" in s) and bool(_URL.search(s) or _EMAIL.search(s) or _DOMAIN.search(s))
        )
    }


def clear_caches() -> None:
    """Forget the lines' shapes (benchmarks: each run starts cold, as a new batch does)."""
    _shape.cache_clear()


@lru_cache(maxsize=8192)
def _shape(line: str, *, words: bool = True) -> tuple[tuple[float, ...], int]:
    """The line's own columns (``repeated`` left 0) and its vocabulary hits (``words``
    False: the caller knows the line holds no vocabulary word, whose columns are then 0).

    Cached: a site's header and footer lines recur on every page of a batch."""
    n = len(line)
    s = _clip(line)
    m = len(s)
    cjk = sum(map(len, _CJK_RUN.findall(s)))
    digits = sum(map(len, _DIGIT_RUN.findall(s)))
    vocab = vocab_columns(s) if words else [0.0] * len(vocabulary())
    hits = int(sum(vocab))
    # each pattern is tried only when the line holds what every match needs: a digit
    # (times, counts, page numbers, dates but the all-numeral year '二〇二一年'), a dot or
    # colon (addresses, times), an '@', a separator, a bracket, a space
    dotted = "." in s or ":" in s
    row = (
        1.0,
        math.log1p(n) / 5.0,
        float(n <= 12),
        float(n >= 60),
        cjk / m,
        float(s.endswith(SENTENCE_CLOSE)),
        min(s.count("，") + s.count(",") + s.count("、"), 4) / 4.0,
        digits / m,
        float((digits > 0 or "年" in s) and bool(_DATE.search(s))),
        float(digits > 0 and dotted and bool(_TIME.search(s))),
        min(len(_COUNT.findall(s)), 4) / 4.0 if digits else 0.0,
        float(dotted and bool(_URL.search(s))),
        float("@" in s and dotted and bool(_EMAIL.search(s))),
        float(dotted and bool(_DOMAIN.search(s))),
        float((digits > 0 or "." in s) and bool(_FILE.search(s))),
        0.0 if _SEP_CHARS.isdisjoint(s) else min(len(_SEP.findall(s)), 4) / 4.0,
        # every whitespace character but ' ' is unprintable
        min(len(_GAP.findall(s)), 4) / 4.0 if " " in s or not s.isprintable() else 0.0,
        min(len(_BRACKET.findall(s)), 3) / 3.0 if "【" in s or "[" in s else 0.0,
        float(bool(_LABEL.match(s))),
        float(bool(_NUMBERED.match(s))),
        float(digits > 0 and bool(_PAGE_NO.match(s))),
        float(is_prose(line)),
        0.0,  # repeated: filled per page
        *vocab,
        min(hits, 4) / 4.0,
    )
    # the cache holds up to 8192 rows: most columns are 0, 1 or a quarter, one shared
    # float each instead of a new one per row (issue 15: the filling cache was most of
    # the Python objects that grew from 10 to 50 MB of input)
    return tuple([_SHARED.get(v, v) for v in row]), hits


#: The column values most rows hold, each one object (equal floats, same bits: none is -0.0).
_SHARED = {v: v for v in (0.0, 0.25, 0.5, 0.75, 1.0, 1 / 3, 2 / 3)}


def long_prose(s: str) -> bool:
    """A prose line of :data:`LONG_PROSE`+ characters: content, never scored."""
    return len(s) >= LONG_PROSE and is_prose(s)


def page_features(stripped: Sequence[str]) -> tuple[list[int], list[list[float] | None]]:
    """(indices of the non-blank lines, one feature row per such line) for one page.

    A long prose line (:func:`long_prose`) gets ``None`` instead of a row: it is the
    content the model's zones are measured from, and skipping its features halves the
    model's time.  (Training reads every row; the model reads :class:`PageLines`.)
    """
    lines = PageLines(stripped)
    return lines.idx, [lines.row(k) for k in range(len(lines.idx))]


class PageLines:
    """One page's non-blank lines (``idx``: their indices in ``stripped``) with each
    line's features computed when first asked for: the model's decisions read the lines
    near chrome evidence only (:func:`cleaner.stages.line_model.decide`).  A row is the
    line's own columns (:meth:`shape`, cached per text: chrome lines recur across a
    site's pages) and the page's (:meth:`tail`).

    The page-wide parts (which lines are prose, the first and last prose line, which
    lines may be evidence: :func:`_evidence_lines`, one search of the page's text, not
    one per line) are computed up front; they are cheap.  ``stripped``: the page's lines
    without surrounding whitespace.
    """

    __slots__ = ("_counts", "_hits", "_shapes", "_tails", "_vocab", "evidence", "first",
                 "idx", "last", "prose", "stripped", "texts")  # fmt: skip

    def __init__(self, stripped: Sequence[str]) -> None:
        self.stripped = stripped
        self.idx = [i for i, s in enumerate(stripped) if s]
        #: the non-blank lines
        self.texts = texts = list(filter(None, stripped))  # the same lines, in C
        #: sentence-shaped lines (:func:`is_prose`), by non-blank position
        self.prose = [
            len(s) >= 20 and s.endswith(SENTENCE_CLOSE) and ("，" in s or "," in s or "、" in s)
            for s in texts
        ]
        n = len(self.idx)
        self.first = next((k for k, p in enumerate(self.prose) if p), n)
        self.last = next((k for k in range(n - 1, -1, -1) if self.prose[k]), -1)
        self._counts: Counter[str] | None = None
        self._tails: dict[int, list[float]] = {}
        self._hits: dict[int, int] = {}
        self._shapes: dict[int, tuple[float, ...] | None] = {}
        # what each line's shape reads (:func:`_clip`), "" for long prose (no row)
        clipped = [
            "" if p and len(s) >= LONG_PROSE else s if len(s) <= 120 else s[:100] + s[-20:]
            for s, p in zip(texts, self.prose, strict=True)
        ]
        #: lines holding a vocabulary word (``hits`` > 0); lines that may be evidence of
        #: chrome by themselves (:meth:`maybe_evidence`)
        self._vocab, self.evidence = _evidence_lines(clipped)

    def text(self, k: int) -> str:
        """The ``k``-th non-blank line."""
        return self.texts[k]

    def long(self, k: int) -> bool:
        """Is line ``k`` long prose (no row: content, never scored)?"""
        return self.prose[k] and len(self.text(k)) >= LONG_PROSE

    def hits(self, k: int) -> int:
        """Vocabulary categories line ``k`` holds a word of (0 for long prose)."""
        if k not in self._vocab:
            return 0
        h = self._hits.get(k)
        if h is None:
            h = self._hits[k] = _shape(self.text(k), words=True)[1]
        return h

    def maybe_evidence(self, k: int) -> bool:
        """Could line ``k`` be evidence of chrome by itself: does it hold a vocabulary word,
        an address, a file name or page count, or is it a page number?  (False means its
        row's vocabulary and ``url``/``email``/``domain``/``file``/``page_no`` columns are
        all 0; True is checked on the row.)  Found for every line at once, by one search
        of the page's text per pattern (:attr:`evidence`)."""
        return k in self.evidence

    def shape(self, k: int) -> tuple[float, ...] | None:
        """Line ``k``'s own columns (:func:`shape_columns`; ``repeated`` 0), ``None`` for
        long prose."""
        try:
            return self._shapes[k]
        except KeyError:
            pass
        shape = self._shapes[k] = (
            None if self.long(k) else _shape(self.text(k), words=k in self._vocab)[0]
        )
        return shape

    def tail(self, k: int) -> list[float]:
        """The columns of line ``k`` that depend on the page: ``repeated``, then
        :data:`POSITION` and :data:`RUNS` (see :func:`tail_columns`)."""
        tail = self._tails.get(k)
        if tail is not None:
            return tail
        stripped, idx, prose = self.stripped, self.idx, self.prose
        if self._counts is None:
            self._counts = Counter(self.texts)
        i = idx[k]
        n, first, last = len(idx), self.first, self.last
        tail = self._tails[k] = [
            float(self._counts[self.texts[k]] > 1),
            k / max(n - 1, 1),
            float(k < first),
            float(k > last),
            math.log1p(max(first - k, 0)) / 3.0,
            math.log1p(max(k - last, 0)) / 3.0 if last >= 0 else 0.0,
            float(k == 0),
            float(k > 0 and prose[k - 1]),
            float(k + 1 < n and prose[k + 1]),
            float(k - 1 in self._vocab),  # hits(k - 1) > 0
            float(k + 1 in self._vocab),
            float(i == 0 or not stripped[i - 1]),
            float(i + 1 >= len(stripped) or not stripped[i + 1]),
        ]
        return tail

    def row(self, k: int) -> list[float] | None:
        """The feature row of line ``k`` (columns :func:`names`), ``None`` for long prose."""
        shape = self.shape(k)
        if shape is None:
            return None
        tail = self.tail(k)
        row = list(shape)
        row[REPEATED_COLUMN] = tail[0]
        row += tail[1:]
        return row


def shape_columns() -> int:
    """How many columns :func:`_shape` gives: :data:`SHAPE`, vocabulary, ``vocab_total``."""
    return len(SHAPE) + len(vocabulary()) + 1


def tail_columns() -> list[int]:
    """Columns of a row that :meth:`PageLines.tail` gives, in its order."""
    n = shape_columns()
    return [REPEATED_COLUMN, *range(n, n + len(POSITION) + len(RUNS))]


REPEATED_COLUMN = SHAPE.index("repeated")
