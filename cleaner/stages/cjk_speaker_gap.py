"""A speaker's label keeps its ideographic space: ``【同期】某村村民　某某：…``.

A script, a transcript or an interview prints who speaks before a colon, the role and
the name parted by one ideographic space (``村医　某某：``, ``县交警大队民警　某某：``).  That
space is typesetting, not a stray one (the stray spaces a damaged text holds are
narrow), and the cjk_space repair must not join role and name.  Told by shape: one
U+3000 between Han letters, a name of two to four Han letters and a colon right after
it, and before it back to the line's start (past a bracketed tag ``【…】``) a short
run of Han letters and no mark.

A speaker's gap (:func:`named_speaker`: any name but a notice's or a roster's row label,
``合办单位　主办：``, ``值班　周二：``, unless a transcript gives it the floor) is not
counted as a list's item gap, so a stray space later in the line is judged as on any
line; a lone gap between two names (:func:`name_pair`: a speaker of the page, or a
name-shaped unit on both sides, ``嘉宾是某甲 某乙两位``) stays.
"""

from __future__ import annotations

import re

from cleaner.stages.repair_tables import HAN
from cleaner.stages.split_shape_titled import SURNAMES

#: The role before the gap is at most this long.
ROLE_MAX_CHARS = 16
_NAME_COLON = re.compile(f"[{HAN}]{{2,4}}[：:]")
#: A transcript holds at least this many lines opening on a speaker's label.
TRANSCRIPT_MIN = 3
_SPEAKER_LINE = re.compile(
    f"^[ \t\u3000]*(?:[【〔\\[［][{HAN}]{{1,6}}[】〕\\]］])?[{HAN}]{{2,{ROLE_MAX_CHARS}}}"
    f"\u3000([{HAN}]{{2,4}})[：:]",
    re.M,
)
_ROLE = re.compile(
    f"[ \t\u3000]*(?:[【〔\\[［][{HAN}]{{1,6}}[】〕\\]］])?[{HAN}]{{2,{ROLE_MAX_CHARS}}}"
)


def speaker_gap(text: str, ls: int, m: re.Match[str]) -> bool:
    """The gap ``m`` (in the line starting at ``ls``) parts a speaker's role and name.

    >>> line = "【采访】镇卫生院医生\u3000钱某某：今年来看病的人多了。"
    >>> speaker_gap(line, 0, re.search("\u3000", line))
    True
    >>> line = "镇卫生院医生 钱某某：今年来看病的人多了。"  # a narrow space: not typeset
    >>> speaker_gap(line, 0, re.search(" ", line))
    False
    >>> line = "今年来看病的人多了，医生\u3000钱某某：还会更多。"
    >>> speaker_gap(line, 0, re.search("\u3000", line))
    False
    """
    return (
        m.group() == "\u3000"
        and _NAME_COLON.match(text, m.end()) is not None
        and _ROLE.fullmatch(text, ls, m.start()) is not None
    )


def speakers(text: str) -> frozenset[str]:
    r"""The names of a transcript's speakers: empty unless at least
    :data:`TRANSCRIPT_MIN` lines open on a speaker's label and one speaker speaks twice
    (a notice's rows ``值班安排\u3000周一：…``, ``合办单位\u3000主办：…`` name no one twice).

    >>> page = "主持人\u3000甲某某：好。\n嘉宾\u3000乙某某：好。\n主持人\u3000甲某某：谢谢。\n"
    >>> sorted(speakers(page))
    ['乙某某', '甲某某']
    >>> rows = "值班安排\u3000周一：某某。\n课程调整\u3000周三：某某。\n"
    >>> speakers(rows + "合办单位\u3000主办：某某。\n")
    frozenset()
    """
    found = _SPEAKER_LINE.findall(text)
    if len(found) < TRANSCRIPT_MIN or len(set(found)) == len(found):
        return frozenset()  # a transcript's speakers take the floor again
    return frozenset(found)


def name_pair(text: str, m: re.Match[str], names: frozenset[str]) -> bool:
    r"""The gap ``m`` parts two names: a speaker of the page (``names``) ends the words
    before it or opens those after it, or a name-shaped unit stands on each side: a family
    name and one or two Han letters, the left one opening after a mark, the line's start or
    a word that introduces names (``是``, ``、``, ``和`` ...), the right one closing on a mark,
    the line's end or a word that counts or joins names (``两位``, ``、``, ``和`` ...)
    (``嘉宾是王某 李某两位``).  A family-name letter inside running prose (``时间 应当``,
    ``安全 管理，``) is no name.

    >>> t = "嘉宾是王甲 李乙两位老师"
    >>> name_pair(t, re.search(" ", t), frozenset())
    True
    >>> t = "并请其回 答大家的问题"
    >>> name_pair(t, re.search(" ", t), frozenset())
    False
    >>> t = "会议时间 应当提前一周"
    >>> name_pair(t, re.search(" ", t), frozenset())
    False
    >>> t = "要加强安全 管理，确保"
    >>> name_pair(t, re.search(" ", t), frozenset())
    False
    """
    left, right = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 4]
    if any(left.endswith(n) or right.startswith(n) for n in names):
        return True
    ls = text.rfind("\n", 0, m.start()) + 1
    before = False
    for k in (2, 3):
        start = m.start() - k
        if start < ls or _NAME_UNIT.fullmatch(text, start, m.start()) is None:
            continue
        if start == ls or not _HAN.match(text[start - 1]) or text[start - 1] in _INTRO:
            before = True
        elif text[max(ls, start - 2) : start] in _INTRO_WORDS:
            before = True
    return before and _NAME_AFTER.match(text, m.end()) is not None


_HAN = re.compile(f"[{HAN}]")
_SURNAME = "".join(sorted(SURNAMES))
_NAME_UNIT = re.compile(f"[{_SURNAME}][{HAN}]{{1,2}}")
#: Letters and words that introduce a list of names (a mark does too).
_INTRO = frozenset("是有请由和与及同、为")
_INTRO_WORDS = frozenset({"以及", "包括", "邀请", "还有"})
#: A name closes on a mark, the line's end, or a word that counts or joins names.
_NAME_AFTER = re.compile(
    f"[{_SURNAME}][{HAN}]{{1,2}}(?:$|[^{HAN}]|[两二三四几诸各][位名人]|[、和与及等同])",
    re.M,
)


#: A row label of a notice or a roster, not a person: a day of the week, a credit's
#: verb (``主办``, ``协办``), a when/where cell.
_LABEL_WORD = re.compile(
    "(?:周|星期|礼拜)[一二三四五六日天]|[主承协合联督]办|指导|支持|赞助|出品|"
    "时间|日期|地点|地址|电话|上午|下午|晚上|全天"
)


def named_speaker(text: str, m: re.Match[str], names: frozenset[str]) -> bool:
    r"""The name after the speaker's gap ``m`` may name a person: any name but a row
    label of a notice or a roster (``主办``, ``周二``, :data:`_LABEL_WORD`), unless the
    page's transcript gives it the floor (``names``, :func:`speakers`).  A nickname
    (``网友　小雨：``) is a speaker too.

    >>> t = "村民　王某某：好。"
    >>> named_speaker(t, re.search("　", t), frozenset())
    True
    >>> t = "网友　阿木：好。"
    >>> named_speaker(t, re.search("　", t), frozenset())
    True
    >>> t = "合办单位　主办：某会。"
    >>> named_speaker(t, re.search("　", t), frozenset())
    False
    >>> t = "值班安排　周三：某某。"
    >>> named_speaker(t, re.search("　", t), frozenset())
    False
    """
    name = _NAME_COLON.match(text, m.end())
    if name is None:
        return False
    word = name.group()[:-1]
    return word in names or _LABEL_WORD.fullmatch(word) is None
