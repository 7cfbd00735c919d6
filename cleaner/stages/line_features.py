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
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from cleaner.rules import load_table

_SENT_END = tuple("。！？!?；;…”」』")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
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
    low = s.lower()
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
    return len(s) >= 20 and s.endswith(_SENT_END) and ("，" in s or "," in s or "、" in s)


@lru_cache(maxsize=8192)
def _shape(line: str) -> tuple[tuple[float, ...], int]:
    """The line's own columns (``repeated`` left 0) and its vocabulary hits.

    Cached: a site's header and footer lines recur on every page of a batch."""
    n = len(line)
    # a long line is read at both ends only: chrome is short, and the shape of a long
    # line's middle adds nothing but time
    s = line if n <= 120 else line[:100] + line[-20:]
    m = len(s)
    cjk = len(_CJK.findall(s))
    vocab = vocab_columns(s)
    hits = int(sum(vocab))
    dotted = "." in s or ":" in s  # URLs, e-mail, domains and times need one
    row = (
        1.0,
        math.log1p(n) / 5.0,
        float(n <= 12),
        float(n >= 60),
        cjk / m,
        float(s.endswith(_SENT_END)),
        min(s.count("，") + s.count(",") + s.count("、"), 4) / 4.0,
        len(_DIGIT.findall(s)) / m,
        float(bool(_DATE.search(s))),
        float(dotted and bool(_TIME.search(s))),
        min(len(_COUNT.findall(s)), 4) / 4.0,
        float(dotted and bool(_URL.search(s))),
        float(dotted and bool(_EMAIL.search(s))),
        float(dotted and bool(_DOMAIN.search(s))),
        float(bool(_FILE.search(s))),
        min(len(_SEP.findall(s)), 4) / 4.0,
        min(len(_GAP.findall(s)), 4) / 4.0,
        min(len(_BRACKET.findall(s)), 3) / 3.0,
        float(bool(_LABEL.match(s))),
        float(bool(_NUMBERED.match(s))),
        float(bool(_PAGE_NO.match(s))),
        float(is_prose(line)),
        0.0,  # repeated: filled per page
        *vocab,
        min(hits, 4) / 4.0,
    )
    return row, hits


def long_prose(s: str) -> bool:
    """A prose line of :data:`LONG_PROSE`+ characters: content, never scored."""
    return len(s) >= LONG_PROSE and is_prose(s)


def page_features(stripped: Sequence[str]) -> tuple[list[int], list[list[float] | None]]:
    """(indices of the non-blank lines, one feature row per such line) for one page.

    A long prose line (:func:`long_prose`) gets ``None`` instead of a row: it is the
    content the model's zones are measured from, and skipping its features halves the
    model's time.
    """
    idx = [i for i, s in enumerate(stripped) if s]
    if not idx:
        return [], []
    counts = Counter(stripped[i] for i in idx)
    prose = [is_prose(stripped[i]) for i in idx]
    shapes = [
        None if p and len(stripped[i]) >= LONG_PROSE else _shape(stripped[i])
        for i, p in zip(idx, prose, strict=True)
    ]
    hits = [0 if sh is None else sh[1] for sh in shapes]
    first = next((k for k, p in enumerate(prose) if p), len(idx))
    last = next((k for k in range(len(idx) - 1, -1, -1) if prose[k]), -1)
    n = len(idx)
    rep_col = SHAPE.index("repeated")
    rows: list[list[float] | None] = []
    for k, i in enumerate(idx):
        shape = shapes[k]
        if shape is None:
            rows.append(None)
            continue
        row = list(shape[0])
        row[rep_col] = float(counts[stripped[i]] > 1)
        rows.append(
            [
                *row,
                k / max(n - 1, 1),
                float(k < first),
                float(k > last),
                math.log1p(max(first - k, 0)) / 3.0,
                math.log1p(max(k - last, 0)) / 3.0 if last >= 0 else 0.0,
                float(k == 0),
                float(k > 0 and prose[k - 1]),
                float(k + 1 < n and prose[k + 1]),
                float(k > 0 and hits[k - 1] > 0),
                float(k + 1 < n and hits[k + 1] > 0),
                float(i == 0 or not stripped[i - 1]),
                float(i + 1 >= len(stripped) or not stripped[i + 1]),
            ]
        )
    return idx, rows
