"""Counting characters of a few fixed kinds at C speed (no regex, no per-character loop).

Han shares are read on every page (is it Chinese? may the line model judge it?), and
counting with ``re.findall`` over a page's runs of Han characters builds a string per
run.  Here the text is encoded once as UTF-16-LE: a character of the Basic Multilingual
Plane is one code unit whose high byte alone tells its block (U+3400–U+9FFF: high bytes
0x34–0x9F), and a character beyond it is two surrogate units (high bytes 0xD8–0xDF), in
no such range.  ``bytes.translate`` deletes the bytes of a range, so the count is a
length difference.  The counts are exact: the same integers as the regexes give.
"""

from __future__ import annotations


def _deleting(*ranges: tuple[int, int]) -> bytes:
    """The bytes in the inclusive ``ranges``, for ``bytes.translate(None, delete=…)``."""
    return bytes(b for b in range(256) if any(lo <= b <= hi for lo, hi in ranges))


#: high bytes of U+3400–U+9FFF (CJK Extension A, Yijing hexagrams, Unified Ideographs)
_HAN_HIGH = _deleting((0x34, 0x9F))
#: high bytes of U+F900–U+FAFF (CJK Compatibility Ideographs)
_COMPAT_HIGH = _deleting((0xF9, 0xFA))
_LETTERS = _deleting((0x41, 0x5A), (0x61, 0x7A))


def _high_bytes(text: str) -> bytes:
    """The high byte of each UTF-16 code unit of ``text``."""
    return text.encode("utf-16-le", "surrogatepass")[1::2]


def han_latin(text: str) -> tuple[int, int]:
    """(characters in U+3400–U+9FFF, ASCII letters) of ``text``: what
    ``[\\u3400-\\u9fff]+`` and ``[A-Za-z]+`` runs add up to.

    >>> han_latin("中文 text，〇")
    (2, 4)
    """
    high = _high_bytes(text)
    han = len(high) - len(high.translate(None, _HAN_HIGH))
    ascii_ = text.encode("ascii", "ignore")
    return han, len(ascii_) - len(ascii_.translate(None, _LETTERS))


def han_count(text: str) -> int:
    """Characters of ``text`` in U+3400–U+9FFF: ``len(re.findall("[\\u3400-\\u9fff]",
    text))`` without a string per character (a line's prose test asks it of every line
    it reads: issue 15).

    >>> han_count("中文 text，〇䷀"), han_count("")
    (3, 0)
    """
    high = _high_bytes(text)
    return len(high) - len(high.translate(None, _HAN_HIGH))


def han_chars(text: str) -> int:
    """Characters of ``text`` in :data:`cleaner.stages.repair_tables.HAN` (U+3400–U+4DBF,
    U+4E00–U+9FFF, U+F900–U+FAFF and ``〇``).

    >>> han_chars("中文 text，〇豈")
    4
    """
    high = _high_bytes(text)
    # U+4DC0–U+4DFF (hexagrams) share high byte 0x4D with Extension A: counted back out
    hexagrams = 0
    if b"\x4d" in high:
        hexagrams = sum(1 for ch in text if "\u4dc0" <= ch <= "\u4dff")
    n = len(high)
    return (
        n
        - len(high.translate(None, _HAN_HIGH))
        + n
        - len(high.translate(None, _COMPAT_HIGH))
        - hexagrams
        + text.count("〇")
    )
