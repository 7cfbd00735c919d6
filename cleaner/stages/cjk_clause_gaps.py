"""Spaces that cut a clause of a sentence though a mark stands near them (issue 12).

The CJK-space repair (:mod:`cleaner.stages.cjk_spaces`) keeps a space beside a digit or
a bracket: in a heading such a mark bounds a phrase ('目標價至105.3元 維持「持有」評級').
In a line of sentences three shapes of that kind are still a clause cut in two, and the
judges (:mod:`cleaner.stages.cjk_space_judges`) ask these readers before keeping it:

* a digit date glued to the Han letter of its clause (``定于7月27日 上午``, ``自2021年
  11月10日 至``): a date that opens the line heads an entry ('1998年12月16日 国务院批准')
  and keeps its gap;
* a bracketed label opening the line (``【不良反应】可见 困倦``, ``〔摘要〕本文 讨论``): it
  names a field as a colon's label does (``不良反应：``), so the words after it are the
  value's clause, no phrase the bracket bounds;
* a number and its unit before the gap (``7分 钟``, ``52位 老人``) where the page prints a
  number (any) with the same unit and the letters after the gap joined (``6分钟``,
  ``53位老人``): the page's own evidence, numbers read as one (as ``_printed_joined``
  reads it for two letters each side).

Found on court schedules, obituaries, public notices and drug inserts whose sentences
lost a space each to a stray one; the shapes are the date, the label and the counted
word, not those pages' words.
"""

from __future__ import annotations

import re

from cleaner.stages.repair_tables import HAN

__all__ = ["clause_date", "counted_joined", "label_close", "masked_numbers"]

_DIGITS = "0-9０-９"

# a date written in digits right after a Han letter of its clause ('定于7月27日',
# '自2021年11月10日'); not '第3号' (a numbered label), nor the date's own units read from
# its middle ('年12月16日' of '1998年12月16日': no digit before the Han letter, which is no
# date unit)
_CLAUSE_DATE = re.compile(
    f"(?<![{_DIGITS}])(?![第年月日号])[{HAN}]"
    f"(?:[{_DIGITS}]{{2,4}}年)?(?:[{_DIGITS}]{{1,2}}月)?[{_DIGITS}]{{1,4}}[日年号]$"
)

# a bracketed label opening a line ('【不良反应】', '〔摘要〕', '[注意]', '［用法］'); round
# brackets number items ('（二）'), judged by the item reader
_LABEL_BRACKET = re.compile(f"[ \t\u3000]*[【〔\\[［][{HAN}]{{1,8}}[】〕\\]］]")

_DIGIT_RUN = re.compile(f"[{_DIGITS}]+")


def clause_date(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a digit date glued to the Han letter before it.

    >>> clause_date("兹定于7月27日", 0, 9), clause_date("自2021年11月10日", 0, 12)
    (True, True)
    >>> clause_date("1998年12月16日", 0, 11), clause_date("依照第3号", 0, 5)
    (False, False)
    """
    return _CLAUSE_DATE.search(text, start, end) is not None


def label_close(text: str, line_start: int, bracket: int) -> bool:
    """The bracket at ``bracket`` closes a bracketed label opening the line.

    >>> t = "【用途】可用 于清洁"
    >>> label_close(t, 0, 3), label_close("维持「持有」评级 目标", 0, 5)
    (True, False)
    """
    m = _LABEL_BRACKET.match(text, line_start)
    return m is not None and m.end() - 1 == bracket


def masked_numbers(text: str) -> str:
    """``text`` with every run of digits read as one ``0``.

    >>> masked_numbers("用时6分钟，共１２人")
    '用时0分钟，共0人'
    """
    return _DIGIT_RUN.sub("0", text)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def counted_joined(text: str, start: int, end: int, masked: str, *, reach: int = 2) -> bool:
    """The gap ``text[start:end]`` follows a digit and its one-letter unit, and ``masked``
    (:func:`masked_numbers` of the page) prints a number, that unit and the Han letters
    after the gap (up to ``reach``) joined.

    >>> t = "用时6分钟，讨论。再用时7分 钟，交流。"
    >>> counted_joined(t, t.index(" "), t.index(" ") + 1, masked_numbers(t))
    True
    >>> t = "用时7分 钟，交流。"
    >>> counted_joined(t, t.index(" "), t.index(" ") + 1, masked_numbers(t))
    False
    """
    if start < 2 or not _is_han(text[start - 1]) or _DIGIT_RUN.match(text, start - 2) is None:
        return False
    right = ""
    for ch in text[end : end + reach]:
        if not _is_han(ch):
            break
        right += ch
    return bool(right) and "0" + text[start - 1] + right in masked
