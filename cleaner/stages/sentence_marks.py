"""The marks that end a sentence or a clause, as the stages read a line's last character.

Each set is written once here and named for what it means; a stage tests a line with
``line.endswith(SET)`` or ``line[-1] in SET``.

>>> "会议于下午三点结束。".endswith(SENTENCE_END), "版本 v2.".endswith(SENTENCE_END_NO_DOT)
(True, False)
>>> "会议决定：".endswith(CLAUSE_END), "首先，".endswith(CLAUSE_END)
(False, True)
>>> "他说：“好。”".endswith(SENTENCE_CLOSE), "他说：“好。”".endswith(SENTENCE_END)
(True, False)

The same marks anywhere in a line are compiled once here too (``PATTERN.search(line)``):
a sentence's mark, with a comma, with a comma or a colon, a full stop alone.

>>> bool(SENTENCE_MARK.search("会议决定，明天开会")), bool(CLAUSE_MARK.search("会议决定，明天开会"))
(False, True)
>>> bool(CLAUSE_MARK.search("会议决定：明天")), bool(CLAUSE_COLON_MARK.search("会议决定：明天"))
(False, True)
>>> bool(FULL_STOP_MARK.search("第一；第二")), bool(SENTENCE_MARK.search("第一；第二"))
(False, True)

Sets that differ from these by a mark stay in their stages, since merging them would
change which lines those stages read as sentences: with a colon (``header_rows``,
``piece_info_rows``, ``verb_bylines``: a label's or an announcing line's end), with a
comma and the Latin full stop (``slot_runs``), with an ellipsis or a closing bracket
(``credit_tail``, ``split_badges``, ``split_ordinals``), a closing quote without the
semicolon (``echoed_closes``, ``piece_blocks``), without the half-width semicolon
(``site_counts``, ``notice_blocks``, ``head_repeat``), the full stops alone
(``foot_repeat``, ``split_prefix_guard``); and the regular expressions that find a mark
anywhere in a line, not only at its end.
"""

from __future__ import annotations

import re

__all__ = [
    "CLAUSE_COLON_MARK",
    "CLAUSE_END",
    "CLAUSE_MARK",
    "FULL_STOP",
    "FULL_STOP_MARK",
    "SENTENCE_CLOSE",
    "SENTENCE_END",
    "SENTENCE_END_NO_DOT",
    "SENTENCE_MARK",
]

#: The end of a sentence: a full stop, an exclamation or a question mark, a semicolon,
#: full- and half-width, and the Latin full stop.
SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";")
#: The same without the Latin full stop, which also closes a number, a version or an
#: abbreviation (``v2.``, ``No.``) on a Chinese page.
SENTENCE_END_NO_DOT = ("。", "！", "？", "!", "?", "；", ";")
#: The end of a clause: a sentence's end (no Latin full stop) or a comma.
CLAUSE_END = (*SENTENCE_END_NO_DOT, "，", ",")
#: A full stop, an exclamation or a question mark (no semicolon): a whole sentence ends.
FULL_STOP = ("。", "！", "？", ".", "!", "?")
#: A sentence's end (no Latin full stop), an ellipsis, or a closing quote after one.
SENTENCE_CLOSE = (*SENTENCE_END_NO_DOT, "…", "”", "」", "』")

# The marks anywhere in a line.  Each was written out in a dozen stages or more (a line
# holding one is prose: no title, no label, no row of fields); one definition each now.
#: A sentence's mark, full- and half-width (no Latin full stop, no comma).
SENTENCE_MARK = re.compile(r"[。！？；!?;]")
#: A sentence's or a clause's mark: :data:`SENTENCE_MARK` or a comma.
CLAUSE_MARK = re.compile(r"[。！？；!?;，,]")
#: :data:`CLAUSE_MARK` or a colon (what a label, a heading or a title never holds).
CLAUSE_COLON_MARK = re.compile(r"[。！？；!?;，,：:]")
#: A full stop, an exclamation or a question mark, full- and half-width (no semicolon).
FULL_STOP_MARK = re.compile(r"[。！？!?]")
