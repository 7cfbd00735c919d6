"""Repair rule: pinyin glosses injected into a text (``repair.pinyin_gloss``).

Pages copied to fool duplicate detection carry a toneless pinyin syllable in brackets
after many of their characters: ``烟(yan)台市(shi)教育装备(bei)中心``.  The glosses
are the copier's, not the author's: each is deleted, recorded like every repair.

Only a page that carries them densely is touched: at least :data:`MIN_GLOSSES` glosses,
one per :data:`HAN_PER_GLOSS` Han characters or more, each right after a Han character,
each one toneless syllable of Mandarin (``(yan)``, not ``(and)``, ``(PDF)`` or ``(bào)``,
whose tone mark is a reader's aid).  A word glossed once (``鼋(yuan)``) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.edits import Edit
from cleaner.stages.repair_tables import HAN

MIN_GLOSSES = 5
HAN_PER_GLOSS = 150

_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|"
    "in|iu|ou|ua|ui|un|uo|ue|ve|vn|a|e|i|o|u|v)"
)
_SYLLABLE = re.compile(f"{_INITIAL}{_FINAL}")
_GLOSS = re.compile(f"(?<=[{HAN}])\\(([a-z]{{1,6}})\\)")
_HAN = re.compile(f"[{HAN}]")


def pinyin_glosses(text: str) -> Iterator[Edit]:
    """Deletions of the injected glosses of a densely glossed page.

    >>> t = "烟(yan)台市(shi)的比赛(sai)在二(er)中东(dong)校区举行。"
    >>> [t[e.start : e.end] for e in pinyin_glosses(t)]
    ['(yan)', '(shi)', '(sai)', '(er)', '(dong)']
    >>> list(pinyin_glosses("文件(pdf)和表格(doc)、图(png)、音(mp)、片(zip)。"))
    []
    """
    if "(" not in text:
        return
    found = [m for m in _GLOSS.finditer(text) if _SYLLABLE.fullmatch(m.group(1))]
    if len(found) < MIN_GLOSSES:
        return
    if len(found) * HAN_PER_GLOSS < len(_HAN.findall(text)):
        return
    for m in found:
        yield Edit(m.start(), m.end(), "", "repair.pinyin_gloss", "delete")
