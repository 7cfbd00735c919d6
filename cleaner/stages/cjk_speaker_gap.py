"""A speaker's label keeps its ideographic space: ``【同期】某村村民　某某：…``.

A script, a transcript or an interview prints who speaks before a colon, the role and
the name parted by one ideographic space (``村医　某某：``, ``县交警大队民警　某某：``).  That
space is typesetting, not a stray one (the stray spaces a damaged text holds are
narrow), and the cjk_space repair must not join role and name.  Told by shape: one
U+3000 between Han letters, a name of two to four Han letters and a colon right after
it, and before it back to the line's start (past a bracketed tag ``【…】``) a short
run of Han letters and no mark.

Only a person's gap is a speaker's (:func:`named_speaker`: a name a family name opens,
or a speaker of a transcript, several lines opening on a label and one speaker twice;
a notice's ``合办单位　主办：`` names no one), and then it is not counted as a list's
item gap, so a stray space later in the line is
judged as on any line; a lone gap between two names (:func:`name_pair`: a speaker of the
page, or a family name opening the words on both sides, ``嘉宾是某甲 某乙两位``) stays.
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
    before it or opens those after it, or a family name opens two or three letters on
    each side (``嘉宾是王某 李某两位``).

    >>> t = "嘉宾是王甲 李乙两位老师"
    >>> name_pair(t, re.search(" ", t), frozenset())
    True
    >>> t = "并请其回 答大家的问题"
    >>> name_pair(t, re.search(" ", t), frozenset())
    False
    """
    left, right = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 4]
    if any(left.endswith(n) or right.startswith(n) for n in names):
        return True
    before = any(
        len(left) >= k and left[-k] in SURNAMES and all(_HAN.match(ch) for ch in left[-k:])
        for k in (2, 3)
    )
    return before and len(right) >= 2 and right[0] in SURNAMES and bool(_HAN.match(right[1]))


_HAN = re.compile(f"[{HAN}]")


def named_speaker(text: str, m: re.Match[str], names: frozenset[str]) -> bool:
    r"""The name after the speaker's gap ``m`` names a person: a family name opens it, or
    the page's transcript gives it the floor (``names``, :func:`speakers`).

    >>> t = "村民\u3000王某某：好。"
    >>> named_speaker(t, re.search("\u3000", t), frozenset())
    True
    >>> t = "合办单位\u3000主办：某会。"
    >>> named_speaker(t, re.search("\u3000", t), frozenset())
    False
    """
    name = _NAME_COLON.match(text, m.end())
    if name is None:
        return False
    word = name.group()[:-1]
    return word[0] in SURNAMES or word in names
