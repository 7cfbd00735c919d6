"""How much a decoded text reads like a language: the charset detector's tie-break.

Two codecs that both decode a page strictly are told apart by the likelihood of the
characters each one produces, under the languages the codec is used for
(:data:`cleaner.ingest.langdata.CODECS`).  Only characters beyond ASCII count: ASCII
bytes read the same in every candidate, so they cannot tell codecs apart.  The model is
a unigram model with Zipf-shaped probabilities from frequency-ordered character lists
(:mod:`cleaner.ingest.langdata`) and a few classes for the rest:

* a listed character of rank ``r``: ``-SLOPE * log(r + 2)`` (CJK lists: a flatter
  slope and an offset, they are longer and each character rarer), uppercase one :data:`UPPER` lower;
* an unlisted letter of the language's own script: :data:`SAME_SCRIPT`;
* common punctuation of the script family: :data:`PUNCT`;
* anything else: :data:`FOREIGN`; C1 controls, private use and U+FFFD: :data:`BROKEN`.

This is the approach of Mozilla's universal charset detector and chardet (a character
model per language, then the best-scoring codec), reduced to unigrams: enough to tell
EUC-KR Hangul from the random Han characters GB18030 makes of the same bytes, or KOI8-R
from CP1251 (whose reading of KOI8-R Russian is mostly rare capitals).

>>> zh = "第一条 为了规范管理，制定本办法。".encode("gb18030")
>>> score(zh.decode("gb18030"), ("zh_hans",)) > score(zh.decode("big5", "replace"), ("zh_hant",))
True
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from cleaner.ingest.langdata import (
    ALPHABETS,
    FUNCTION_WORDS,
    JA_KANA,
    JA_KANJI,
    KO_HANGUL,
    LATIN,
    PUNCT_CJK,
    PUNCT_WESTERN,
    ZH_HANS,
    ZH_HANT,
)

__all__ = ["char_logp", "high_chars", "hints", "score"]

#: Slope of the Zipf curve over a frequency-ordered list (letters of an alphabet).
SLOPE = 1.3
#: Slope for the long CJK lists (hundreds of characters, a flatter head).
CJK_SLOPE = 1.0
#: Log-probability penalty of an uppercase letter relative to its lowercase form
#: (one letter in ten to twenty is a capital in running text; each sentence opens with one).
UPPER = -1.6
#: What being non-ASCII at all costs a character of a Latin-script language: about one
#: character in twenty is accented in French or Czech, so a Latin reading made of runs of
#: accented letters (CJK bytes read as CP1252: "ÖÐÎÄ") is unlikely, while a Cyrillic,
#: Greek or CJK reading is expected to be non-ASCII throughout.
LATIN_HIGH = -3.0
#: An unlisted letter of the language's own script (a rare Han character, a rare syllable).
SAME_SCRIPT = -9.0
#: Punctuation the language's script family uses beyond ASCII.
PUNCT = -4.0
#: A character of another script or an unusual symbol.
FOREIGN = -14.0
#: Characters no text is made of: C1 controls, private use, U+FFFD, unassigned.
BROKEN = -20.0

_CJK_LANGS = ("zh_hans", "zh_hant", "japanese", "korean")


def _script(c: str) -> str:
    o = ord(c)
    if 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    if 0x370 <= o <= 0x3FF:
        return "greek"
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x590 <= o <= 0x5FF:
        return "hebrew"
    if 0x600 <= o <= 0x6FF or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    if 0xE00 <= o <= 0xE7F:
        return "thai"
    if 0xAC00 <= o <= 0xD7A3:
        return "hangul"
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0xFF61 <= o <= 0xFF9F:
        return "halfwidth_kana"
    if 0x4E00 <= o <= 0x9FFF:
        return "han"
    if 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x1100 <= o <= 0x11FF:
        return "rare_cjk"
    if 0x80 <= o <= 0x9F or 0xE000 <= o <= 0xF8FF or o == 0xFFFD or 0xD800 <= o <= 0xDFFF:
        return "broken"
    return "other"


_ALPHABET_SCRIPT = {
    "greek": "greek",
    "hebrew": "hebrew",
    "arabic": "arabic",
    "persian": "arabic",
    "thai": "thai",
}


def _ranked(chars: str, *, offset: float = 0.0, slope: float = SLOPE) -> dict[str, float]:
    out: dict[str, float] = {}
    for c in chars:
        if c not in out:
            out[c] = -slope * math.log(len(out) + 2) - offset
    return out


@lru_cache(maxsize=64)
def _table(lang: str) -> tuple[dict[str, float], str, float]:
    """``(listed characters → log-probability, own script, punctuation weight)``."""
    if lang == "zh_hans":
        return _ranked(ZH_HANS, offset=1.0, slope=CJK_SLOPE), "han", PUNCT
    if lang == "zh_hant":
        table = _ranked(ZH_HANS, offset=1.5, slope=CJK_SLOPE)  # shared forms, slightly less sure
        for c, lp in _ranked(ZH_HANT, offset=1.0, slope=CJK_SLOPE).items():
            table[c] = max(lp, table.get(c, -99.0))
        return table, "han", PUNCT
    if lang == "japanese":
        table = _ranked(JA_KANA, offset=0.0, slope=CJK_SLOPE)
        for c, lp in _ranked(JA_KANJI, offset=1.0, slope=CJK_SLOPE).items():
            table.setdefault(c, lp)
        # kanji shared with Chinese
        for c, lp in _ranked(ZH_HANS, offset=2.5, slope=CJK_SLOPE).items():
            table.setdefault(c, lp)
        return table, "han", PUNCT
    if lang == "korean":
        return _ranked(KO_HANGUL, offset=0.5, slope=CJK_SLOPE), "hangul", PUNCT
    if lang in LATIN:
        return _ranked(LATIN[lang]), "latin", PUNCT
    return _ranked(ALPHABETS[lang]), _ALPHABET_SCRIPT.get(lang, "cyrillic"), PUNCT


_CJK_PUNCT = frozenset(PUNCT_CJK)


def _cjk_symbol(o: int) -> bool:
    """Letterlike symbols, number forms, arrows, maths, enclosed numbers, box drawing and
    the enclosed/squared CJK blocks: rows of symbols every CJK code page carries."""
    return (
        0x2100 <= o <= 0x22FF
        or 0x2460 <= o <= 0x25FF
        or 0x3000 <= o <= 0x303F
        or 0x3200 <= o <= 0x33FF
    )


_WEST_PUNCT = frozenset(PUNCT_WESTERN)


def char_logp(lang: str, c: str) -> float:
    """Log-probability of one non-ASCII character in ``lang`` (see the module docstring).

    >>> char_logp("russian", "о") > char_logp("russian", "Ю") > char_logp("french", "Ю")
    True
    """
    table, own, punct = _table(lang)
    lp = table.get(c)
    if lp is not None:
        return lp
    low = c.lower()
    if len(low) == 1 and low != c and low in table:
        return table[low] + UPPER
    script = _script(c)
    if script == "broken":
        return BROKEN
    cjk = lang in _CJK_LANGS
    if cjk and c in _CJK_PUNCT:
        return punct + 1.0
    if c in _WEST_PUNCT:
        if cjk:
            return punct - 2.0
        # as rare beyond ASCII in Greek or Russian text as in French (where every
        # non-ASCII character pays LATIN_HIGH in score())
        return punct if lang in LATIN else punct + LATIN_HIGH
    if script == own:
        return SAME_SCRIPT + (UPPER if len(low) == 1 and low != c else 0.0)
    if lang == "japanese" and script == "kana":
        return SAME_SCRIPT
    if lang == "japanese" and script == "halfwidth_kana":
        return SAME_SCRIPT - 1.0
    if lang == "korean" and script == "han":
        return SAME_SCRIPT - 2.0  # Hanja in Korean text: rare on the modern web
    if cjk and script in ("kana", "han", "hangul", "rare_cjk"):
        return SAME_SCRIPT - 3.0
    if cjk and (0xFF01 <= ord(c) <= 0xFF5E or _cjk_symbol(ord(c))):
        return PUNCT - 1.0  # full-width ASCII; ①, Ⅰ, ∵, ㈱, № (JIS and GB symbol rows)
    if not cjk and script == "latin":
        return SAME_SCRIPT  # a foreign name's accent in any Latin-script text
    return FOREIGN


def high_chars(text: str) -> Counter[str]:
    """Counts of the non-ASCII characters of ``text``.

    >>> sorted(high_chars("naïve café").items())
    [('é', 1), ('ï', 1)]
    """
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    values, n = np.unique(cps[cps > 0x7F], return_counts=True)
    return Counter(dict(zip(map(chr, values.tolist()), n.tolist(), strict=True)))


#: Log-odds a function word of a language (:data:`FUNCTION_WORDS`) adds to it, and the
#: most all its function words may add: a hint that picks the language among those a
#: codec is used for, never a reason on its own to pick a codec.
HINT = 0.5
MAX_HINT = 6.0
_ASCII_WORD = re.compile(rb"(?<![\x80-\xff\w])[a-z]{2,7}(?![\x80-\xff\w])")


def hints(sample: bytes) -> dict[str, float]:
    """Per language, the log-odds its ASCII function words in ``sample`` add.

    >>> hints(b"Consiliul a aprobat ieri bugetul pentru anul urm\\xe3tor.")
    {'romanian': 0.5}
    """
    out: dict[str, float] = {}
    for w in _ASCII_WORD.findall(sample[:SAMPLE_HINT_BYTES].lower()):
        for lang in _WORD_LANGS.get(w, ()):
            out[lang] = min(MAX_HINT, out.get(lang, 0.0) + HINT)
    return out


#: Bytes searched for function words (they are frequent: the head is enough).
SAMPLE_HINT_BYTES = 4096
_WORD_LANGS: dict[bytes, tuple[str, ...]] = {}
for _lang, _ws in FUNCTION_WORDS.items():
    for _w in _ws.split():
        _WORD_LANGS[_w.encode()] = (*_WORD_LANGS.get(_w.encode(), ()), _lang)


def score(
    text: str | Counter[str],
    langs: tuple[str, ...],
    hint: dict[str, float] | None = None,
    *,
    floor: float | None = None,
) -> float:
    """Total log-likelihood of ``text``'s non-ASCII characters under the best of ``langs``
    (plus each language's function-word ``hint``, see :func:`hints`).

    With ``floor``, a text whose bound (each character at its best over ``langs``, one
    pass) is below ``floor`` returns that bound: it cannot beat the reading that set the
    floor, and scoring it language by language is what costs time.

    >>> score("привет мир", ("russian",)) > score("ПРИВЕТ МИР".lower().upper(), ("russian",))
    True
    """
    counts = text if isinstance(text, Counter) else high_chars(text)
    if not counts:
        return 0.0
    items = list(counts.items())
    hint = hint or {}
    n_high = sum(counts.values())
    if floor is not None and len(langs) > 1:
        merged = _MERGED.setdefault(langs, {})
        if len(merged) > MEMO_SIZE:
            merged.clear()
        bound = max(hint.get(lang, 0.0) for lang in langs)
        for c, n in items:
            lp = merged.get(c)
            if lp is None:
                lp = merged[c] = max(
                    char_logp(lang, c) + (LATIN_HIGH if lang in LATIN else 0.0) for lang in langs
                )
            bound += n * lp
        if bound < floor:
            return bound
    best = float("-inf")
    for lang in langs:
        memo = _MEMO.setdefault(lang, {})
        if len(memo) > MEMO_SIZE:  # wrong readings produce endless rare characters
            memo.clear()
        total = hint.get(lang, 0.0) + (LATIN_HIGH * n_high if lang in LATIN else 0.0)
        for c, n in items:
            lp = memo.get(c)
            if lp is None:
                lp = memo[c] = char_logp(lang, c)
            total += n * lp
        best = max(best, total)
    return best


# char_logp per language, memoised without lru_cache's call overhead (a pure function
# of its arguments: nothing to reset between runs)
_MEMO: dict[str, dict[str, float]] = {}
_MERGED: dict[tuple[str, ...], dict[str, float]] = {}
MEMO_SIZE = 20_000
