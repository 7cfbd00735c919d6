"""What the line model reads from a line's text alone, beside its feature row.

The model (:mod:`cleaner.stages.line_model`) never deletes running text
(:func:`sentences_inside`), leaves lines in other letters than Han to the rules
(:func:`latin_line`, :func:`han_share`: it was trained on Chinese pages), and lets only a
short line that is no sentence be deleted for its neighbours' evidence
(:func:`reachable`).
"""

from __future__ import annotations

import re

from cleaner.stages.charcount import han_latin
from cleaner.stages.sentence_marks import FULL_STOP

#: The model was trained on Chinese pages: a page whose letters (in its first
#: :data:`~cleaner.stages.line_model.SAMPLE` characters) are less than this share Han is
#: not its to judge (on English news pages it took short paragraphs for chrome).
MIN_CJK_SHARE = 0.3
_ADDRESS = re.compile(r"(?i)https?://|www\.|@")
#: Lines this long are deleted on their own evidence only, not for their neighbours'.
OWN_EVIDENCE_LEN = 20


def han_share(s: str) -> float:
    """Han characters among the line's letters (Han and Latin; digits and marks aside).

    Counted on the encoded text (:func:`~cleaner.stages.charcount.han_latin`: ~6x faster
    than adding up regex runs over a page's 20 000-character sample)."""
    han, latin = han_latin(s)
    return han / (han + latin) if han else 0.0


def latin_line(s: str) -> bool:
    """A line mostly in other letters than Han (code, English, mojibake such as
    ``¡°°²µÂÁÒ£¬``) on a Chinese page: not the model's.

    >>> latin_line("pip install cleaner"), latin_line("¡¡¡¡¡°°²µÂÁÒ£¬ÄãÊµÔÚÌ«")
    (True, True)
    >>> latin_line("下载 PDF")
    False
    """
    letters = sum(map(str.isalpha, s))
    if letters < 3:
        return False
    return han_latin(s)[0] / letters < MIN_CJK_SHARE


#: A label, a bar or a bracket: a line holding one is a note or a bar, not plain prose.
_LABELLED = re.compile(r"[:：|｜【】\[\]]")


def sentences_inside(s: str) -> bool:
    """Running text, which the model never deletes: a full stop before the line's end
    (a reply of two sentences, a paragraph with a link glued to it), a sentence of 16+
    characters with a clause in it and a full stop at its end (a paragraph's closing
    sentence; chrome notes of that shape are the rule packs' and the site profiles'), one
    plain sentence of 16+ characters ending in a full stop, without a label, bar or
    bracket, or 30+ characters of clauses (two commas) without an address (forum replies often end
    without a mark)."""
    n = len(s)
    if n >= 20 and ("。" in s[:-1] or ". " in s):
        return True
    if n >= 16 and s.endswith("。") and "，" in s[2:-2] and not _ADDRESS.search(s):
        return True  # a clause and a full stop ('据介绍，年内还将推进两个同类项目。')
    if n >= 16 and s.endswith("。") and not _LABELLED.search(s) and not _ADDRESS.search(s):
        return True  # one plain sentence ('下一页的表格列出了各村的用水量。'), no label
    return n >= 30 and s.count("，") + s.count(",") >= 2 and not _ADDRESS.search(s)


def reachable(s: str) -> bool:
    """May a line be deleted for its neighbours' evidence (not its own)?  Only a short
    one (under OWN_EVIDENCE_LEN), and not a sentence: a clause ended by a full stop
    ('没错，就是这样.' above a blog's repeated '（浏览全文）' link) is the post's last line.

    >>> reachable("责任编辑：王某"), reachable("对，我也是这样想的."), reachable("完.")
    (True, False, True)
    """
    if len(s) >= OWN_EVIDENCE_LEN:
        return False
    return not (s.endswith(FULL_STOP) and ("，" in s or "," in s))
