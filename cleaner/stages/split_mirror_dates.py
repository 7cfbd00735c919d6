"""A release's date printed twice after its text, once per language, under its end mark.

Bilingual offices (an SAR government's press releases, a customs office's notices) close
a release with its date in Chinese and the same day again in English, one a line, often
under an end mark of the release (``完``, ``（完）``, ``-END-``)::

    …請致電查詢熱線。
    完
    2021年3月9日（星期二）
    Tuesday, March 9, 2021

The two lines are the release's date, not a letter's sign-off: a sign-off signs once, in
the letter's language; a date repeated at once in another writing mirrors the page's
record of it.  :func:`mirrored_date` reads such a block by its shape, not its words: two
(or more) adjacent lines that are each a date alone (a weekday may stand with it), naming
the SAME day, one of them in Han letters and one in Latin letters.  The end mark right
over the block closes the text and goes with it (the end words are data:
``cleaner/rules/headers.toml`` ``[end_marks]``).  A single date line, two lines naming
different days, or two in one writing stay: the split reads a sign-off's date and keeps
it in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import HAN_YMD
from cleaner.stages.split_meta import normalise_date

__all__ = ["end_mark", "lone_date", "mirrored_date"]

# a Han date alone: 2021年3月9日, with its weekday in either script ('（星期二）', '週二')
_HAN_DATE = re.compile(
    rf"^(?P<d>{HAN_YMD})\s*"
    r"(?:[（(]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[）)]?)?$"
)
# a Latin date alone: words, digits, commas and stops only, a year of four digits
_LATIN_DATE = re.compile(r"^(?=.*\b\d{4}\b)(?=.*[A-Za-z]{3})[A-Za-z0-9 ,.\u00a0]{8,40}$")


@lru_cache(maxsize=1)
def _end_words() -> re.Pattern[str]:
    words = load_table("headers")["end_marks"]["words"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    frame = r"[\s\-—－–=~～*＊·（(【\[〔<《]"
    close = r"[\s\-—－–=~～*＊·）)】\]〕>》]"
    return re.compile(rf"^{frame}*(?:{alt}){close}*$", re.IGNORECASE)


def end_mark(line: str) -> bool:
    """A release's end mark alone on its line (``完``, ``（完）``, ``- END -``).

    >>> end_mark("完"), end_mark("（完）"), end_mark("- END -"), end_mark("完成")
    (True, True, True, False)
    """
    s = line.strip()
    return bool(s) and len(s) <= 12 and _end_words().match(s) is not None


def lone_date(line: str) -> tuple[str, str] | None:
    """``(day, script)`` of a line that is a date alone, ``script`` ``han`` or ``latin``.

    >>> lone_date("2021年3月9日（星期二）"), lone_date("Tuesday, March 9, 2021")
    (('2021-03-09', 'han'), ('2021-03-09', 'latin'))
    >>> lone_date("2021年3月9日上午召开"), lone_date("Call us on 2021 3 9")
    (None, None)
    """
    s = line.strip()
    m = _HAN_DATE.match(s)
    if m is not None:
        day = normalise_date(m["d"])
        return (day, "han") if day else None
    if _LATIN_DATE.match(s):
        day = normalise_date(s)
        return (day, "latin") if day else None
    return None


def mirrored_date(lines: list[str], content: list[int]) -> tuple[list[int], str] | None:
    """The lines of the date block closing ``content`` (the article's line indices, in
    order) and its day: adjacent lone dates of one day in two writings, with the end mark
    right over them; None when the article does not close so.

    >>> page = ["某署今日公布新措施。", "完", "2021年3月9日（星期二）", "Tuesday, March 9, 2021"]
    >>> mirrored_date(page, [0, 1, 2, 3])
    ([1, 2, 3], '2021-03-09')
    >>> mirrored_date(page[:3] + ["Monday, March 8, 2021"], [0, 1, 2, 3]) is None
    True
    """
    block: list[int] = []
    seen: dict[str, str] = {}
    for i in reversed(content):
        got = lone_date(lines[i])
        if got is None:
            break
        day, script = got
        if seen and day not in seen.values():
            return None
        seen.setdefault(script, day)
        block.insert(0, i)
    if len(seen) < 2 or len(block) >= len(content):
        return None
    rest = content[: len(content) - len(block)]
    if len(rest) > 1 and end_mark(lines[rest[-1]]):
        block.insert(0, rest[-1])
    return block, seen["han"]
