"""The words of a compilation's frame (``rules/compilations.toml``), for the readers that
prove a compilation by structure: which numbering units name a piece, which line under
the last piece speaks of all of them, which bracketed note says how they were compiled.

The structure proves the compilation; these words only keep a reader from taking a
division of one document (``第一章``) for a piece, or the last piece's own closing
sentence for the page's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import FULL_STOP_MARK as _SENTENCE_END

__all__ = [
    "back_ref",
    "closing_note",
    "contact_label",
    "piece_counters",
    "serial_units",
    "summary_line",
]

#: a whole line in brackets (a note of the compilation's, no sentence of a piece)
_BRACKETED = re.compile(r"^[（(【\[][^（()）【】\[\]]+[）)】\]]$")
_OPEN = re.compile(r"^[（(【\[]\s*")


@lru_cache(maxsize=1)
def serial_units() -> frozenset[str]:
    """The units of a serial row that numbers a compilation's pieces.

    >>> "号" in serial_units(), "章" in serial_units(), "条" in serial_units()
    (True, False, False)
    """
    return frozenset(load_table("compilations")["serial"]["units"])


@lru_cache(maxsize=1)
def piece_counters() -> frozenset[str]:
    """The counters that name a compilation's pieces (``3件``, ``五起``), not its items.

    >>> "件" in piece_counters(), "条" in piece_counters(), "名" in piece_counters()
    (True, False, False)
    """
    return frozenset(load_table("compilations")["summary"]["piece_counters"])


@lru_cache(maxsize=1)
def _openers(section: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in load_table("compilations")[section]["openers"])


def summary_line(line: str) -> bool:
    """Does ``line`` speak of all the pieces above it: a summary word opens it (after a
    bracket if any), or the whole line is a note in brackets?

    >>> summary_line("以上议案共3件，均已审议完毕。"), summary_line("（本辑收录提案3件）")
    (True, True)
    >>> summary_line("In all, 3 motions were heard."), summary_line("去年冬天，3人落水。")
    (True, False)
    """
    s = line.strip()
    if _BRACKETED.match(s):
        return True
    return _OPEN.sub("", s, count=1).lower().startswith(_openers("summary"))


@lru_cache(maxsize=1)
def _back_refs() -> tuple[str, ...]:
    return tuple(load_table("compilations")["summary"]["back_refs"])


def back_ref(clause: str) -> bool:
    """Does a tally's clause after its count refer back to the pieces (``均已审议完毕``)?

    >>> back_ref("均已审议完毕"), back_ref("下月计划更换旧表")
    (True, False)
    """
    return clause.strip().startswith(_back_refs())


@lru_cache(maxsize=1)
def _closing_note() -> dict[str, Any]:
    """``[closing_note]`` of compilations.toml, read once a process (read-only)."""
    table: dict[str, Any] = load_table("compilations")["closing_note"]
    return table


def closing_note(line: str) -> bool:
    """Is ``line`` a compilation's closing note: a short note in brackets, at most one
    sentence, opening with words that name the pieces together and saying who compiled,
    supplied or checked them (no facts of its own)?

    >>> closing_note("（以上材料由各站报送，经中心整理后刊发。）")
    True
    >>> closing_note("（以上三项均已完成，下周计划做好上线前的检查。）")  # facts of its own
    False
    >>> closing_note("（以上由某站整理。下周继续跟进。）")  # two sentences
    False
    """
    s = line.strip()
    t = _closing_note()
    if not _BRACKETED.match(s) or len(s) > t["max_chars"]:
        return False
    inner = _OPEN.sub("", s, count=1)
    if not inner.startswith(_openers("closing_note")):
        return False
    if len(_SENTENCE_END.findall(inner)) > 1:
        return False
    return any(w in inner for w in t["compiled"])


@lru_cache(maxsize=1)
def _contacts() -> tuple[str, ...]:
    return tuple(load_table("compilations")["contact"]["labels"])


def contact_label(label: str) -> bool:
    """Is ``label`` a contact's (``联系人``, ``聯絡電話``)?

    >>> contact_label("联系人"), contact_label("记录")
    (True, False)
    """
    return any(w in label for w in _contacts())
