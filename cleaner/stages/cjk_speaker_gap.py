"""A speaker's label keeps its ideographic space: ``【同期】某村村民　某某：…``.

A script, a transcript or an interview prints who speaks before a colon, the role and
the name parted by one ideographic space (``村医　某某：``, ``县交警大队民警　某某：``).  That
space is typesetting, not a stray one (the stray spaces a damaged text holds are
narrow), and the cjk_space repair must not join role and name.  Told by shape: one
U+3000 between Han letters, a name of two to four Han letters and a colon right after
it, and before it back to the line's start (past a bracketed tag ``【…】``) a short
run of Han letters and no mark.
"""

from __future__ import annotations

import re

from cleaner.stages.repair_tables import HAN

#: The role before the gap is at most this long.
ROLE_MAX_CHARS = 16
_NAME_COLON = re.compile(f"[{HAN}]{{2,4}}[：:]")
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
