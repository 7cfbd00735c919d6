"""A post framed as a bulletin board prints it: a labelled header box over the text, a
signature under a ``--`` line and a thread of reaction rows under the text.

A BBS (and a mail or news reader's) post opens with a box of two to five ``label value``
rows, one field each (``作者  某某 (昵称)``, ``標題  [心得] 某事``, ``時間  Sat Nov 26 …``),
the label parted from its value by a colon or by a wide gap: a title row and an author or
time row make it a header box (:func:`post_box`).  It is the post's metadata: the split
stage reads the title from the title row (its ``[tag]`` and ``Re:`` marks dropped) and
the fields from the others, and the boilerplate stage keeps the rows for it (a learned
line, the site's repeated board row, may not take them).  The labels are data
(``[post_box]`` in ``headers.toml``), read in either script (``標題`` is ``标题``).

Under the text, a post is signed: a line ``--`` alone, then the poster's signature and
the site's rows (``※ 發信站: 某站(host), 來自: 1.2.3.4``).  Those lines are chrome when
the block is the page's end (below it only a reaction thread or lines other rules took)
and it holds a machine row (a URL, an address, a host name) or the thread follows it: a
poem's ``--`` over its last stanza has neither (:func:`signature_block`).

Readers react to a post in rows of one shape: an optional mark, a user id, a colon, a
short text and the date and time of the reaction (``推 某id: 很實用　　11/26 03:34``).
Two such rows or more in a run under the text, at the page's end, are its comment thread
(:func:`reaction_rows`); a dialogue's ``某人：某话`` lines carry no time stamp, and a chat
log (every line such a row) has no prose above its run.

:func:`post_frame_claims` settles all three on the boilerplate stage's claims.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.boilerplate_claims import Claim
from cleaner.stages.comment_threads import COMMENT_THREAD
from cleaner.stages.split_dates import simplified_label

#: Rule id of the signature's claim (the thread's is ``boilerplate.comment_thread``, as
#: every reader comment thread's: :mod:`cleaner.stages.comment_threads`).
POST_SIGNATURE = "boilerplate.post_signature"
#: A header box has this many rows at least and at most; its first row is among the
#: page's first BOX_REACH non-blank lines (a board's name row may stand over it).
BOX_MIN_ROWS = 2
BOX_MAX_ROWS = 5
BOX_REACH = 3
#: A box row is at most this long.
BOX_ROW_MAX_CHARS = 100
#: A signature block holds at most this many non-blank lines, each at most this long.
SIG_MAX_LINES = 8
SIG_MAX_CHARS = 160
#: A reaction thread has this many rows at least; a reaction's text is this long at most.
THREAD_MIN_ROWS = 2
REACTION_MAX_CHARS = 80
#: Unclaimed rows without a sentence mark that may stand under a thread or a signature
#: (a terminal's pager line, its key help).
FOOT_SLACK = 2
#: A prose line above a thread is this long at least (a chat log has none).
PROSE_MIN_CHARS = 20

#: a box row: a label of letters (two to eight), then a colon or a wide gap, the value
_BOX_ROW = re.compile(
    r"^(?P<label>[^\W\d_]{2,8}?)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t]{2,}|\u3000+)(?P<value>\S.*)$"
)
#: the marks a board prints in front of a subject: ``[心得]``, ``【转载】``, ``Re:``
_SUBJECT_MARKS = re.compile(
    r"^(?:(?:re|fw|fwd)[ \t]*[:：][ \t]*|\[[^\[\]]{1,8}\][ \t\u3000]*"
    r"|【[^【】]{1,8}】[ \t\u3000]*)+",
    re.I,
)
#: a reaction row: an optional mark, a user id, a colon, a short text, a gap, an optional
#: address and the date (month/day, optionally with the year) with an optional time
_REACTION = re.compile(
    r"^(?:[^\w\s][ \t]*|\w[ \t]+)?[^\s:：]{1,20}[ \t]*[:：](?P<text>.*?)[ \t\u3000]+"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}[ \t]+)?(?:\d{2,4}[-/])?\d{1,2}[-/]\d{1,2}"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
#: a machine row of a site's signature: a URL, a mail address, a host name or an IP
_MACHINE = re.compile(
    r"https?://|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:[a-z0-9-]+\.){2,}[a-z]{2,}\b"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b",
    re.I,
)
_FIRST_WORD = re.compile(r"[\s(（,，]")
_SENTENCE = re.compile(r"[。！？，；.!?,;]")


@cache
def _labels() -> dict[str, str]:
    """Label (simplified, lower case) → its role: ``title``, ``author``, ``time``, ``place``."""
    table = load_table("headers").get("post_box", {})
    return {
        simplified_label(w).lower(): role
        for role in ("title", "author", "time", "place")
        for w in table.get(f"{role}_labels", ())
    }


def _role(line: str) -> tuple[str, str] | None:
    """(role, value) of a box row, or None."""
    s = line.strip()
    if len(s) > BOX_ROW_MAX_CHARS:
        return None
    m = _BOX_ROW.match(s)
    if m is None:
        return None
    role = _labels().get(simplified_label(m["label"]).lower())
    return (role, m["value"].strip()) if role is not None else None


@dataclass(frozen=True, slots=True)
class PostBox:
    """A header box: its rows (indices into the lines given), the title row's index and
    the title it holds."""

    rows: tuple[int, ...]
    title_row: int
    title: str
    #: each row's (role, value), in the order of ``rows``
    cells: tuple[tuple[str, str], ...] = ()

    def author(self) -> str | None:
        """The author row's poster: its value's first word (an id before a nickname).

        >>> PostBox((0, 1), 1, "某事", (("author", "abc12 (某某)"), ("title", "某事"))).author()
        'abc12'
        """
        value = next((v for r, v in self.cells if r == "author"), "")
        return _FIRST_WORD.split(value, maxsplit=1)[0] or None


def subject_title(value: str) -> str:
    """A subject row's value without the board's tag and reply marks.

    >>> subject_title("[心得] 某事一則"), subject_title("Re: [问题] 某事"), subject_title("某事")
    ('某事一則', '某事', '某事')
    """
    return _SUBJECT_MARKS.sub("", value.strip()).strip() or value.strip()


def post_box(lines: Sequence[str]) -> PostBox | None:
    """The header box at the top of ``lines``: a run of BOX_MIN_ROWS to BOX_MAX_ROWS rows of
    distinct roles, no blank line inside, one a title row and one an author or time row,
    opening among the first BOX_REACH non-blank lines.

    >>> top = ["某站　某板", " 作者  abc (某某)", " 標題  [心得] 某事", " 時間  Sat Nov 26"]
    >>> box = post_box(top)
    >>> box.rows, box.title
    ((1, 2, 3), '某事')
    >>> post_box(["作者：某某", "某事的正文。"]) is None  # no title row
    True
    >>> post_box(["第一段正文。", "第二段。", "第三段。", "标题：某事", "作者：某某"]) is None
    True
    """
    seen = 0
    for start, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > BOX_REACH:
            return None
        roles: dict[str, tuple[int, str]] = {}
        k = start
        while k < len(lines) and len(roles) < BOX_MAX_ROWS:
            got = _role(lines[k])
            if got is None or got[0] in roles:
                break
            roles[got[0]] = (k, got[1])
            k += 1
        if len(roles) >= BOX_MIN_ROWS and "title" in roles and roles.keys() & {"author", "time"}:
            at, value = roles["title"]
            cells = tuple(sorted(roles.items(), key=lambda kv: kv[1][0]))
            return PostBox(
                tuple(range(start, k)),
                at,
                subject_title(value),
                tuple((r, v) for r, (_, v) in cells),
            )
    return None


def _foot_row(s: str) -> bool:
    """A short row without a sentence mark (a pager, a key help): the page's foot."""
    return len(s) <= SIG_MAX_CHARS and _SENTENCE.search(s) is None


def _is_reaction(line: str) -> bool:
    m = _REACTION.match(line.strip())
    # a reaction says something: a labelled date row ('更新日期： 2024-03-06') has no text
    return m is not None and 0 < len(m["text"].strip()) <= REACTION_MAX_CHARS


def _prose(line: str) -> bool:
    s = line.strip()
    return len(s) >= PROSE_MIN_CHARS and _SENTENCE.search(s) is not None


def reaction_rows(stripped: Sequence[str], claimed: Collection[int]) -> list[int]:
    """Lines of the comment thread closing the page: the last run of THREAD_MIN_ROWS or more
    reaction rows (blank lines and claimed lines may stand between them), with prose above
    it and only claimed or blank lines below it.

    >>> page = ["某事的正文，写了很多很多的字，一句接着一句。", "--", "某签名",
    ...         "推 abc: 很實用　　11/26 03:34", "→ def: 同感　　11/26 03:40", "第 2/2 页"]
    >>> reaction_rows(page, {5}), reaction_rows(page, set())  # a pager row may stay under it
    ([3, 4], [3, 4])
    >>> reaction_rows(page + ["后来他又说了很多很多话，一直说到天黑。"], set())
    []
    >>> dialogue = ["他们坐下来，慢慢地聊了很久很久，一直到天黑。", "小明：你好。", "小红：你好。"]
    >>> reaction_rows(dialogue, set())
    []
    """
    run: list[int] = []
    slack = FOOT_SLACK
    for i in range(len(stripped) - 1, -1, -1):
        s = stripped[i]
        if not s or (i in claimed and not _is_reaction(s)):
            continue
        if _is_reaction(s):
            run.append(i)
            continue
        if run:
            break
        if slack and _foot_row(s):
            slack -= 1  # the terminal's pager line, its key help
            continue
        return []  # a line of text under the last reaction: no thread at the end
    if len(run) < THREAD_MIN_ROWS:
        return []
    top = min(run)
    if not any(_prose(stripped[i]) for i in range(top) if i not in claimed):
        return []  # a chat log: no text above the rows
    return sorted(run)


def signature_block(
    stripped: Sequence[str], claimed: Collection[int], thread: Sequence[int]
) -> list[int]:
    """Lines of the signature closing a post: the last ``--`` line and the lines under it
    down to the thread (``thread``) or the page's end, when every line below is claimed,
    blank or the thread's, the block is short, and it holds a machine row or the thread
    follows it.  Blank lines inside are left alone.

    >>> text = "某事的正文，写了很多很多的字，一句接着一句。"
    >>> page = [text, "--", "今天也要好好吃饭。", "※ 来源: 某站(bbs.example.edu)"]
    >>> signature_block(page, set(), [])
    [1, 2, 3]
    >>> poem = [text, "--", "明月何时照我还，春风又绿江南岸。", "一首小诗"]
    >>> signature_block(poem, set(), [])
    []
    """
    end = min(thread) if thread else len(stripped)
    dash = next((i for i in range(end - 1, -1, -1) if stripped[i] in ("--", "-- ")), None)
    if dash is None or not any(_prose(stripped[i]) for i in range(dash)):
        return []
    below = [i for i in range(dash + 1, end) if stripped[i]]
    if len(below) > SIG_MAX_LINES or any(len(stripped[i]) > SIG_MAX_CHARS for i in below):
        return []
    rest = set(thread)
    under = [i for i in range(end, len(stripped)) if stripped[i] and i not in claimed]
    left = [i for i in under if i not in rest]
    if len(left) > FOOT_SLACK or not all(_foot_row(stripped[i]) for i in left):
        return []
    if not thread and not any(_MACHINE.search(stripped[i]) for i in below):
        return []
    return [dash, *below]


def post_frame_claims(
    stripped: list[str], claimed: dict[int, Claim], heads: list[tuple[int, int]]
) -> None:
    """A board post's frame (:mod:`cleaner.stages.post_frame`): its header box rows, as a
    microblog's post header rows (:mod:`cleaner.stages.post_stream`), are the split's to
    read (no learned claim takes them); the reaction thread and the signature
    block closing it are chrome, told by their shape and place as an English thread is
    (evidence of their own: the loss budget does not judge them, a thread may be most of
    a page).  ``heads``: the page's post header rows (:func:`post_stream.post_heads`)."""
    box = post_box(stripped)
    kept = [*(box.rows if box is not None else ()), *(i for p in heads for i in p)]
    for i in kept:
        if i in claimed and claimed[i].learned:
            del claimed[i]
    thread = reaction_rows(stripped, claimed)
    for i in thread:
        claimed.setdefault(i, Claim(COMMENT_THREAD, "line", 100.0))
    for i in signature_block(stripped, claimed, thread):
        claimed.setdefault(i, Claim(POST_SIGNATURE, "line", 100.0))
