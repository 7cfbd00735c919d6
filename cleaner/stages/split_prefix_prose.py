"""Prose above a page's first found header (split): a piece, never page-head chrome.

The page-head deletion (``split.page_prefix``) takes everything above the first header the
finders found: masthead, issue line, contents list. When the first piece's own header row
was not found (or was taken away earlier), its body sits in that region too; deleting it
would lose a whole piece silently. A sentence-shaped line there starts a piece of its own
that is kept, and the stage flags it.
"""

from __future__ import annotations

import re

from cleaner.stages.line_features import is_prose

#: a Latin sentence: this many words at least, closed by a sentence mark
LATIN_WORDS = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: a sentence end inside the line: a paragraph (split_prefix_guard's, 100 characters) or a
#: greeting of short sentences over the pieces ('Hi all. Two notes today.'), no standfirst
_INNER_END = re.compile(r"[.!?][\"'”’)]?\s+\S")
_ADDRESS = re.compile(r"(?i)https?://|www\.|@|\.(com|org|net|html?)\b")


def latin_sentence(s: str) -> bool:
    """One sentence in Latin letters: LATIN_WORDS words or more (most of the line's
    letters Latin), closed by '.', '!' or '?' and by no mark inside, no address.
    :func:`is_prose` (a line-model feature, trained so) reads Chinese marks only.

    >>> latin_sentence("This week we look at what the cold nights did to the beds.")
    True
    >>> latin_sentence("Read more."), latin_sentence("See www.example.com/a/b/c/d/e/f.")
    (False, False)
    >>> latin_sentence("Hi everyone. Here are the four short notes for today.")
    False
    """
    if not s.endswith((".", "!", "?")) or _ADDRESS.search(s) or _INNER_END.search(s):
        return False
    words = _WORD.findall(s)
    letters = sum(len(w) for w in words)
    return len(words) >= LATIN_WORDS and letters * 2 > sum(c.isalpha() for c in s)


def _sentence(s: str) -> bool:
    return is_prose(s) or latin_sentence(s)


def prefix_prose(lines: list[str], end: int) -> int | None:
    """The first line of a run of sentence-shaped lines that reaches down to line ``end``
    (the first found header; blank lines between, and one closing row under the run, such
    as a source line), or None. A paragraph higher up with a list or other rows under it
    (a digest's introduction over its contents) is the page's head and not a piece, and so
    is one sentence alone (a standfirst under the title lines: :mod:`split_lead` keeps it
    unless proven the compilation's head).

    >>> body = ["该单位逐项核查，工作稳步推进，成效明显。"]
    >>> body += ["下一步将持续跟进整改情况，确保措施落实到位。"]
    >>> prefix_prose(["某刊", "◆某单位开展某项工作", *body], 4)
    2
    >>> prefix_prose(["某刊", "第3期", "◆某单位开展某项工作", "【动态】"], 4) is None
    True
    >>> prefix_prose(["某汇编", "某刊", "本页汇总当日几则消息，内容以各单位发布为准。"], 3) is None
    True
    >>> prefix_prose(["本刊每周一期，欢迎各位订阅，来稿请寄编辑部。", "◆甲", "◆乙"], 3) is None
    True
    """
    run = prefix_run(lines, end)
    # one sentence alone is a standfirst, kept or not by split_lead (the page's own
    # opening, or the compilation's head when proven so)
    return run[0] if len(run) >= 2 else None


def prefix_run(lines: list[str], end: int) -> list[int]:
    """The sentence-shaped lines reaching down to line ``end`` (see :func:`prefix_prose`).

    >>> prefix_run(["某刊", "本页汇总当日几则消息，内容以各单位发布为准。", "【动态】"], 3)
    [1]
    >>> prefix_run(["某刊", "本页汇总当日几则消息，内容以各单位发布为准。", "◆甲", "◆乙"], 4)
    []
    """
    rows = [i for i in range(min(end, len(lines))) if lines[i].strip()]
    if rows and not _sentence(lines[rows[-1]].strip()):
        rows = rows[:-1]  # a row closing the piece ('（某单位供稿）')
    run: list[int] = []
    for i in reversed(rows):
        if not _sentence(lines[i].strip()):
            break
        run.insert(0, i)
    return run
