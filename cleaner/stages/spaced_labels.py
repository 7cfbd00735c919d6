"""A notice's kind label, letter-spaced over its title: the page's head, no word of it.

A notice board prints the kind of a notice in display type over its own title: the
characters set apart (``通　告``, ``公 告``, ``緊　急　通　知``), maybe a number row under
it (``（編號：…）``, ``第12号``), then the title that names the notice (``升降机年度检验
安排``) and the text.  The label names the kind, as a board's heading does; the title under
it is the notice's.  The repair stage closes the spaces of a letter-spaced heading
(``通知``), so the label stayed as a line of text over the title.

:func:`spaced_labels` finds it by shape and place, one word list as data:

* shape: two to eight Han characters alone on the line, a space between every two of
  them (letter-spaced display type, no run of words);
* word: the characters end in a notice's kind (``kinds`` of ``spaced_labels.toml``:
  ``通知``, ``公告``, ``启事`` …, read in either script); a letter-spaced poem's or a
  chapter's title (``静　夜　思``) names no kind and stays;
* place: above the page's first sentence (:func:`is_prose`), and the line under it, past
  at most ``MAX_ROWS`` number or date rows (lines holding a digit), is a title: a short
  line of Han text with no clause or sentence mark, not letter-spaced itself, and a
  notice's title by its words or its place: it opens with ``关于`` or ends in a kind or a
  notice's matter (``title_heads``, ``title_ends`` of ``spaced_labels.toml``: ``…的通知``,
  ``…事宜``, ``…安排``), or a salutation follows it (``致各位住户：``).  A poem's first line
  under ``启　示``, a sign's first rule under ``须　知``, a names row under ``公　示`` is no
  such title: the spaced word is the page's only heading and stays.

When the line under the label is no title (a salutation ``各位业主：``, a sentence, a
number row and then the text), the label is the notice's only heading, its title: it
stays.  Each label goes to the ledger (rule ``boilerplate.spaced_label``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.line_features import is_prose

# a salutation may list its addressees (``各位业主、住户：``, ``全体师生（含家长）：``)
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SALUTE_MARKS

__all__ = ["SPACED_LABEL", "spaced_label", "spaced_labels"]

SPACED_LABEL = "boilerplate.spaced_label"
#: At most this many number or date rows stand between the label and the title.
MAX_ROWS = 2
#: A title under the label is at most this long and at least this long (in characters).
TITLE_MAX_CHARS = 60
TITLE_MIN_CHARS = 4
#: A salutation under a title (``致各位业主及住户：``) is at most this long.
SALUTATION_MAX_CHARS = 24

_HAN = re.compile(r"[\u4e00-\u9fff]")
# a clause or sentence mark: a title under a label holds none
_MARKS = re.compile(r"[，,。；;：:！!？?、]")
#: A title repeating the label's word names its matter first in at least this many letters.
QUALIFIER_MIN_CHARS = 2


@cache
def _kinds() -> tuple[str, ...]:
    """The notice kinds a label ends in, simplified and traditional (rule data)."""
    return tuple(load_table("spaced_labels")["kinds"])


def notice_kinds() -> tuple[str, ...]:
    """The kinds of a posted notice (rule data), as a title's or a label's last word."""
    return _kinds()


@cache
def _title_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A notice title's opening and closing words (rule data), both scripts."""
    table = load_table("spaced_labels")
    return tuple(table["title_heads"]), (*_kinds(), *table["title_ends"])


def _salutation(line: str) -> bool:
    """A short address closing in a colon (``致各位住户：``), no other mark."""
    s = line.strip()
    return (
        2 <= len(s) <= SALUTATION_MAX_CHARS and s[-1] in "：:" and not _SALUTE_MARKS.search(s[:-1])
    )


def _notice_title(lines: Sequence[str], at: int, label: str = "") -> bool:
    """Is ``lines[at]`` a notice's own title: shaped as one (``关于…``, ``…通知``,
    ``…事宜``: rule data) or followed by a salutation (the notice's text)?  A title
    ending in the ``label``'s own word is a heading repeating it (``山谷的启示`` under
    ``启　示``), an essay's as often as a notice's, unless a qualifier of at least
    two letters without ``的`` names the notice's matter before the word (``寻物启事``,
    ``读者入馆须知`` under ``须　知``); else only the opening or the salutation tells.

    >>> _notice_title(["关于清洗水缸的安排", "正文"], 0)
    True
    >>> _notice_title(["水缸清洗", "", "致各位住户："], 0)
    True
    >>> _notice_title(["山谷的启示", "正文"], 0, "启示")
    False
    >>> _notice_title(["停水通知", "正文"], 0, "公告")
    True
    >>> _notice_title(["寻物启事", "正文"], 0, "启事")
    True
    >>> _notice_title(["停水", "各位业主、住户："], 0)
    True
    >>> _notice_title(["山路弯弯通向远方", "溪水清清"], 0), _notice_title(["甲某　乙某"], 0)
    (False, False)
    """
    s = lines[at].strip()
    heads, ends = _title_words()
    if s.startswith(heads) or (s.endswith(ends) and not (label and s.endswith(label))):
        return True
    if label and s.endswith(label):
        qualifier = s[: -len(label)]
        if len(qualifier) >= QUALIFIER_MIN_CHARS and "的" not in qualifier:
            return True
    under = next((x for x in lines[at + 1 :] if x.strip()), "")
    return _salutation(under)


def spaced_label(line: str) -> str | None:
    """The word of the stripped ``line`` when it is a letter-spaced label naming a kind
    of notice, else None.

    >>> spaced_label("通　告"), spaced_label("紧 急 通 知"), spaced_label("啟　事")
    ('通告', '紧急通知', '啟事')
    >>> spaced_label("通告"), spaced_label("静　夜　思"), spaced_label("紧急　通知")
    (None, None, None)
    """
    chars = line.split()
    if not 2 <= len(chars) <= 8 or not all(len(c) == 1 and _HAN.match(c) for c in chars):
        return None
    word = "".join(chars)
    return word if word.endswith(_kinds()) else None


def _title(line: str) -> bool:
    """A line shaped as a notice's title: Han text, short, no clause mark, not spaced."""
    s = line.strip()
    return (
        TITLE_MIN_CHARS <= len(s) <= TITLE_MAX_CHARS
        and _HAN.search(s) is not None
        and not _MARKS.search(s)
        and len(s.split()) <= 2  # a title may hold one gap; a letter-spaced line many
    )


def spaced_labels(stripped: Sequence[str], claimed: Collection[int]) -> list[int]:
    """The lines of the page (``stripped``) that are a letter-spaced kind label over a
    notice's title (module doc); ``claimed``: lines already going.

    >>> prose = "本会将于下月初安排清洗水缸，期间暂停供水，请各位住户预先贮水。"
    >>> spaced_labels(["公　告", "（第12号）", "水缸清洗安排", prose], set())
    [0]
    >>> spaced_labels(["公　告", "各位住户：", prose], set())  # the label is the title
    []
    >>> spaced_labels([prose, "公　告", "水缸清洗安排", prose], set())  # inside the text
    []
    """
    out: list[int] = []
    for i, s in enumerate(stripped):
        if is_prose(s):
            break
        if not s or i in claimed or (word := spaced_label(s)) is None:
            continue
        rows = 0
        for j in range(i + 1, len(stripped)):
            s2 = stripped[j]
            if not s2:
                continue
            if rows < MAX_ROWS and any(ch.isdigit() for ch in s2) and not is_prose(s2):
                rows += 1  # a number or date row between the label and the title
                continue
            if _title(s2) and spaced_label(s2) is None and _notice_title(stripped, j, word):
                out.append(i)
            break
    return out
