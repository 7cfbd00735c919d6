"""The numeral systems article headers count in, one glyph or a few characters each.

A header's number may be Arabic (full-width too), Chinese, capital (financial), Roman
(one Unicode character) or a one-glyph numeral of the circled, parenthesised, full-stop
and dingbat series; :func:`_number` reads any of them.  :func:`bullet_glyph` says which
characters open a line as an un-numbered bullet.  Shared by :mod:`split_headers`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleaner.stages.split_dates import cn_number

# Roman numerals as one character each ('Ⅱ. 标题': the Unicode number forms U+2160-216B)
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# the financial ('capital') numerals of contracts and formal lists ('壹 · 标题')
_CAPITAL = "壹贰叁肆伍陆柒捌玖拾"
# one-glyph numerals of the circled, parenthesised, full-stop and dingbat series
# ('① ⑴ ⒈ ❶ ➀ ➊ ⓫ ⓵') and the parenthesised and circled ideographs ('㈠ ㈡', '㊀ ㊁'):
# a number each, read by its Unicode numeric value
_CIRCLED = (
    "".join(map(chr, range(0x2460, 0x249C)))
    + "".join(map(chr, range(0x24EB, 0x24FF)))
    + "".join(map(chr, range(0x2776, 0x2794)))
    + "".join(map(chr, range(0x3220, 0x322A)))
    + "".join(map(chr, range(0x3280, 0x328A)))
)
# full-width digits ('１、标题') are digits to the regexes (\d) and to int(): the gates
# below must let them through too
FW_DIGITS = "０１２３４５６７８９"
_NUMERALS = frozenset("0123456789一二三四五六七八九十" + FW_DIGITS + _ROMAN + _CAPITAL + _CIRCLED)
_FW_TO_ASCII = str.maketrans(FW_DIGITS, "0123456789")


def fw_digits(s: str) -> str:
    """``s`` with its full-width digits written as ASCII digits (the one translation
    the readers share, review18 #9).

    >>> fw_digits("第１２号　２０２１年"), fw_digits("第12号")
    ('第12号　2021年', '第12号')
    """
    return s.translate(_FW_TO_ASCII)


# capital Latin letters as a series ('A. 名称', 'B. 名称': a catalogue's or an appendix's
# count); a letter counts only before a full stop or '、' (split_headers._LETTER)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# the few numerals a page's lines open or close with ('1', '一', 'Ⅱ'), read again and
# again by split_headers.numbered_runs (every numbered line): read once a process
@lru_cache(maxsize=1024)
def _number(raw: str) -> int | None:
    if len(raw) == 1 and raw in _LETTERS:
        return _LETTERS.index(raw) + 1
    if raw in _ROMAN:
        return _ROMAN.index(raw) + 1
    if len(raw) == 1 and raw in _CIRCLED:
        return int(unicodedata.numeric(raw))
    return int(raw) if raw.isdigit() else cn_number(raw)


@lru_cache(maxsize=512)
def bullet_glyph(ch: str) -> bool:
    """Can ``ch`` open a line as a bullet?  A symbol (``◆ ■ ● ★ ▶ ♦``), a non-ASCII
    math sign (``→ ⇒ √``) or a dot-like mark (``• · ※ *``), by Unicode category, not by a
    list of glyphs: the next site's bullet is one no list holds.  ASCII signs (``| + = <
    >``) open table rows, quotes and diffs, not items.

    >>> bullet_glyph("◆"), bullet_glyph("▶"), bullet_glyph("→"), bullet_glyph("|")
    (True, True, True, False)
    >>> bullet_glyph("（"), bullet_glyph("关")
    (False, False)
    """
    cat = unicodedata.category(ch)
    return cat == "So" or (cat == "Sm" and not ch.isascii()) or ch in "•·※*"


# a title opened by one bracketed frame holding a number ('【今日第2条】标题', '〔第二则〕标题'),
# or by a short word holding it and a colon or an enumeration comma ('某某之二：标题',
# '之二、标题')
_WRAPPED = re.compile(
    r"^\s*(?:(?P<o>[【〖\[〔（(〈<「『［])(?P<inner>[^】〗\]〕）)〉>」』］\s]{1,8})(?P<c>[】〗\]〕）)〉>」』］])"
    r"|(?P<word>[^\s:：，,。；;、【〖\[〔（(〈<「『［]{1,8})(?P<colon>[:：、])"
    # a Latin letter or word and the number, a full stop after it ('Q2. 标题', 'No3.')
    r"|(?P<latin>[A-Za-z]{1,4}\s?\d{1,2})(?P<dot>[.．]))"
    r"\s*(?P<title>\S.*)$"
)
_INNER_NUM = re.compile(rf"\d{{1,2}}|[一二三四五六七八九十]{{1,3}}|[{_CAPITAL}]{{1,3}}")


def unwrap_numbers(titles: list[str]) -> list[str] | None:
    """The titles without the numbered frame that opens each, when every title opens
    with one frame (the same but for its number) and the numbers run 1, 2, 3 …: the
    frame counts the pieces of a page, it is no part of a piece's name.  ``None`` when
    any title breaks the pattern (then the titles stay whole: no guess).

    >>> unwrap_numbers(["【某刊第1条】甲地开通公交", "【某刊第2条】乙地举办展览"])
    ['甲地开通公交', '乙地举办展览']
    >>> unwrap_numbers(["【第1条】甲地开通公交", "【第3条】乙地举办展览"]) is None
    True
    >>> unwrap_numbers(["【1/2】甲地", "【2/2】乙地"]) is None
    True
    >>> unwrap_numbers(["某刊之一：甲地", "某刊之二：乙地"])
    ['甲地', '乙地']
    >>> unwrap_numbers(["之一、甲地", "之二、乙地"])
    ['甲地', '乙地']
    >>> unwrap_numbers(["Q1. 甲地怎么走？", "Q2. 乙地怎么走？"])
    ['甲地怎么走？', '乙地怎么走？']
    """
    if len(titles) < 2:
        return None
    out: list[str] = []
    frames: set[str] = set()
    for k, t in enumerate(titles, 1):
        m = _WRAPPED.match(t)
        if m is None:
            return None
        inner = m["inner"] or m["word"] or m["latin"]
        nums = _INNER_NUM.findall(inner)
        if len(nums) != 1 or _number(nums[0]) != k:
            return None
        frames.add((m["o"] or "") + _INNER_NUM.sub("#", inner) + (m["c"] or m["colon"] or m["dot"]))
        out.append(m["title"].strip())
    return out if len(frames) == 1 else None
