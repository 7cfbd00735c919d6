"""A reader comment thread under a post (rule ``boilerplate.comment_thread``).

Blogs and news pages end with their readers' comments: a heading that names them (``3条
评论``, ``网友评论（3）``, ``全部留言``), then for each comment an author line (a nickname and
the date and time it was posted, ``某网友　2021-05-21 15:16``) and the comment's text, one
to three short lines.  The text lines are sentences; no vocabulary names them, but their
*place* does: each sits under an author line of the thread (the last comment's text is
its one line under its author line: the page's foot may follow it without a gap).  The
thread is taken whole, heading, author lines and texts, when the heading is followed at
once by an author line;
a forum's posts (the page's content) have no comment heading above them (``12条回复``
heads a forum's replies, which are its text: no head here), and an article that quotes a
comment has no author line right under a heading.

An app's thread may print each comment as one row, its author's name and a colon before
the text (``7栋 周先生：…``, a reply ``管理处回复：…`` under them): with no author line
to frame them, such rows are taken only under a heading that counts the comments
(``留言（3）``) and only when at least that many rows follow it glued (at most twice as
many: a reply under each); an uncounted heading over rows is left alone.

English threads (:func:`english_thread`, claimed by the boilerplate stage before the
foot lines) have the same shape with English words: a heading
('Comments', '3 comments', 'Top Rated Comments', 'Reader comments (12)') at once followed
by an author line (an optional name and a date with a time or an 'ago': 'Jane Roe March 3,
2021 - 4:05 pm', '2 days ago at 07:52 am').  Their texts are paragraphs, so a comment's
text is every line up to the next author line (at most EN_BODY_MAX_LINES); the last
comment's text is taken whole only when it closes the page, else its first line alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import widen

#: Rule id of the claim.
COMMENT_THREAD = "boilerplate.comment_thread"
#: A comment's text: at most this many lines, each at most BODY_MAX_CHARS long.
BODY_MAX_LINES = 3
BODY_MAX_CHARS = 200

#: an author line: an optional floor number, a nickname (no spaces or sentence marks),
#: a gap, an optional posted-at word, a date and an optional time
#: and, after a gap, where it was posted from (``[comment_rows] place_labels`` in
#: ``headers.toml``: 'IP属地：某省')
_PLACES = "|".join(
    re.escape(w) for w in load_table("headers").get("comment_rows", {}).get("place_labels", ())
)
_AUTHOR = re.compile(
    r"^(?:#?\d{1,4}[楼樓#]?[ \t\u3000]+)?[^\s，。！？：:；;,、]{1,16}[ \t\u3000]+"
    r"(?:发表于|發表於|于|於)?[ \t]*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    + (widen(rf"(?:[ \t\u3000]+(?:{_PLACES})[ \t]*[:：]?[ \t]*[^\s，。！？；;,、]{{1,12}})?$"))
)


_EN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_EN_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
#: an English author line: an optional name of one to four words (no sentence mark), then a
#: date with a time ('March 3, 2021 - 4:05 pm', '3/4/2021 at 10:15') or an 'ago' with an
#: optional time ('2 days ago', '5 hours ago at 07:52 am')
_EN_AUTHOR = re.compile(
    r"^(?:[^\s.!?:;,]{1,30}(?:[ \t][^\s.!?:;,]{1,30}){0,3}[ \t]+)?(?:(?:on[ \t]+)?(?:"
    rf"{_EN_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_EN_MONTH}"
    r"[ \t]+\d{4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[ \t]*(?:[-–,@|·]|at)?[ \t]*"
    rf"{_EN_TIME}|\d{{1,3}}[ \t]+(?:second|minute|hour|day|week|month|year)s?[ \t]+ago"
    rf"(?:[ \t]+at[ \t]+{_EN_TIME})?)$",
    re.I,
)
#: an English comment heading: 'Comments', '3 comments', 'Top Rated Comments', 'Reader
#: comments (12)', 'All comments:'
_EN_HEAD = re.compile(
    r"^(?:(?:\d{1,5}|top[- ]rated|all|reader|readers'?|latest|newest|recent)[ \t]+)?"
    r"comments?(?:[ \t]*\(\d{1,5}\))?[ \t]*:?$",
    re.I,
)
#: an English comment's text: at most this many lines up to the next author line
EN_BODY_MAX_LINES = 12


#: one of these is in every head (simplified and traditional forms)
_HEAD_WORDS = ("评", "評", "留言")


@cache
def _head() -> re.Pattern[str]:
    """A heading naming the comments (simplified and traditional forms)."""
    return re.compile(
        widen(
            r"^(?:(?:共|全部|[\u4e00-\u9fff]{1,4})?[ \t]*(?:\d{1,5}[ \t]*条)?(?:评论|留言)"
            r"(?:[ \t]*[(（]\d{1,5}[)）])?|\d{1,5}[ \t]*条(?:评论|留言))[:：]?$"
        ),
        re.M,
    )


def comment_thread(stripped: list[str]) -> list[int]:
    """Indices of the lines of the page's comment threads (module doc).  A comment's text
    another rule took already (a reaction word in it) is still one of the thread's lines.

    >>> page = ["正文。", "2条评论", "小王　2021-05-21 15:16", "写得好。", "阿李　2021-05-22 08:01",
    ...         "同感，也想去。", "", "版权所有"]
    >>> comment_thread(page)
    [1, 2, 3, 4, 5]
    >>> comment_thread(["正文。", "网友评论", "这是正文里的一句话。"])  # no author line
    []

    An author row may close with where the comment came from ('IP属地：某省'):

    >>> comment_thread(["正文。", "全部评论（2）", "小王　2021-05-21 15:16　IP属地：某省", "好。",
    ...                 "阿李　2021-05-22 08:01　IP属地：某市", "同感。"])
    [1, 2, 3, 4, 5]
    """
    n = len(stripped)
    out: list[int] = []
    page = "\n".join(stripped)
    if not any(w in page for w in _HEAD_WORDS):
        return out  # most pages: a substring test, no regex scan
    # the heads from one scan of the page, not a match per line
    for m in _head().finditer(page):
        h = page.count("\n", 0, m.start())
        taken = [h]
        k = _next(stripped, h + 1)
        while k < n and _AUTHOR.match(stripped[k]):
            taken.append(k)
            k += 1
            body: list[int] = []
            while (
                k < n
                and stripped[k]
                and len(body) < BODY_MAX_LINES
                and len(stripped[k]) <= BODY_MAX_CHARS
                and not _AUTHOR.match(stripped[k])
            ):
                body.append(k)
                k += 1
            k = _next(stripped, k)
            if k < n and _AUTHOR.match(stripped[k]):
                taken += body
            else:  # the last comment: its one line (the page's foot may follow at once)
                taken += body[:1]
        if len(taken) == 1:  # no author line: comments of one row each, counted
            taken += _inline_rows(stripped, h)
        if len(taken) > 1:
            out.extend(taken)
    return sorted(set(out))


#: a comment of one row: a short name (a flat and a name: one gap at most, no sentence
#: mark), its colon, the comment ('6栋 王女士：…', '物业回复：…')
_INLINE = re.compile(
    r"^[^\s，。！？：:；;,、]{1,10}(?:[ \u3000][^\s，。！？：:；;,、]{1,8})?[：:][ \t]*\S"
)
_COUNT = re.compile(r"\d{1,5}")


def _inline_rows(stripped: list[str], h: int) -> list[int]:
    """The rows of a thread whose comments are one row each, name and text (an app's
    residents' comments): under a heading that counts them (``留言（3）``, ``3条评论``), a
    block of at least that many rows of a short name and a colon, glued one under the
    other, at most twice the count (a reply under each).  A heading without its count, or
    fewer rows than it counts (the text's own labelled rows), takes nothing.

    >>> page = ["正文。", "住户留言（2）", "3栋 周先生：几点开始？", "5栋 住户：好的。"]
    >>> page += ["管理处：九点。", "", "页脚"]
    >>> _inline_rows(page, 1)
    [2, 3, 4]
    >>> _inline_rows(["正文。", "留言（3）", "时间：五月一日", "地点：礼堂"], 1)
    []
    >>> _inline_rows(["正文。", "全部留言", "3栋 周先生：几点开始？"], 1)
    []
    """
    m = _COUNT.search(stripped[h])
    if m is None or int(m.group()) < 1:
        return []
    return _counted_rows(stripped, h, int(m.group()), _INLINE)


def _counted_rows(stripped: list[str], h: int, want: int, row: re.Pattern[str]) -> list[int]:
    """The rows of shape ``row`` glued under the heading ``h`` that counts ``want`` of
    them: at most twice as many, and nothing when fewer stand there."""
    rows: list[int] = []
    k = _next(stripped, h + 1)
    while (
        k < len(stripped)
        and stripped[k]
        and len(rows) < 2 * want
        and len(stripped[k]) <= BODY_MAX_CHARS
        and row.match(stripped[k])
    ):
        rows.append(k)
        k += 1
    return rows if len(rows) >= want else []


#: a comment row's stamp closing it: a gap and the day it was posted (and the time)
_STAMP = re.compile(
    r"(?:\u3000+|[ \t]{2,}|[ \t]+)(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
#: the comment control under a thread ('添加评论', '写留言') is at most this long
CONTROL_MAX_CHARS = 12


def stamped_rows(stripped: list[str], claimed: Collection[int]) -> list[int]:
    """The comments of one row each, name, colon, text and the day it was posted
    (``小王：我也遇到了。　2021-05-21``), stacked right over the comment control a rule
    took (a short line naming comments: ``添加评论``, ``发表留言``): a question's or a
    post's comments, set apart from its text by no heading but the control under them.
    A row with no stamp, or rows over no comment control, are left (a labelled line of
    the text: ``原因：…``).

    >>> page = ["正文。", "小王：我也遇到了。　2021-05-21", "阿李：已解决。　2021-05-22", "写评论"]
    >>> stamped_rows(page, {3})
    [1, 2]
    >>> stamped_rows(page, set())
    []
    >>> stamped_rows(["正文。", "原因：配置写错了。", "写评论"], {2})
    []
    """
    out: list[int] = []
    for c in sorted(claimed):
        if not (0 < c < len(stripped)) or len(stripped[c]) > CONTROL_MAX_CHARS:
            continue
        if not _head_words().search(stripped[c]):
            continue
        k = c - 1
        while (
            k >= 0
            and k not in claimed
            and stripped[k]
            and len(stripped[k]) <= BODY_MAX_CHARS
            and _INLINE.match(stripped[k])
            and _STAMP.search(stripped[k])
        ):
            out.append(k)
            k -= 1
    return sorted(set(out))


@cache
def _head_words() -> re.Pattern[str]:
    """A word naming comments (simplified and traditional forms)."""
    return re.compile(widen("评论|留言"))


def _next(stripped: list[str], k: int) -> int:
    while k < len(stripped) and not stripped[k]:
        k += 1
    return k


def english_thread(stripped: list[str]) -> list[int]:
    """Indices of the lines of an English comment thread (module doc).

    >>> page = ["The post's text ends here.", "2 comments", "Ann Lee May 3, 2021 - 4:05 pm",
    ...         "Lovely recipe.", "It worked for me too.", "Bo May 4, 2021 - 9:00 am",
    ...         "Thanks, Ann!"]
    >>> english_thread(page)
    [1, 2, 3, 4, 5, 6]
    >>> len(english_thread(page + ["A line of the page."] * 12))  # more lines: not its end
    6
    >>> english_thread(["Text.", "Comments", "Readers wrote in about the plan."])  # no author
    []
    """
    n = len(stripped)
    out: list[int] = []
    text = "\n".join(stripped)
    if "omment" not in text and "OMMENT" not in text:
        return out  # most pages: a substring test of the page, no regex per line
    for h, s in enumerate(stripped):
        if not s or len(s) > 40 or not _EN_HEAD.match(s):
            continue
        k = _next(stripped, h + 1)
        if k >= n or not _EN_AUTHOR.match(stripped[k]):
            continue
        taken = [h]
        while k < n and _EN_AUTHOR.match(stripped[k]):
            taken.append(k)
            k += 1
            body: list[int] = []
            while k < n and len(body) < EN_BODY_MAX_LINES and not _EN_AUTHOR.match(stripped[k]):
                if stripped[k]:
                    body.append(k)
                k += 1
            if k < n and _EN_AUTHOR.match(stripped[k]):
                taken += body
            elif _next(stripped, k) >= n:  # the last comment closes the page
                taken += body
            else:  # the last comment: its one line (the page's foot may follow)
                taken += body[:1]
        out.extend(taken)
    return sorted(set(out))


#: a heading that counts what is under it and names it in one to four letters
#: ('回应（4）', '跟帖(12)', 'Replies (3)'): no vocabulary, the count is the evidence
_COUNTED_HEAD = re.compile(r"^[^\s\d，。！？：:；;,、()（）]{1,8}[ \t]*[(（](\d{1,4})[)）]$")
#: a comment of one row set out by gaps, no colon: a short name, a gap, the text, a gap and
#: the day it was posted ('小周　看哭了。　2022-03-01')
_GAP_ROW = re.compile(
    r"^[^\s，。！？：:；;,、]{1,16}(?:\u3000+|[ \t]{2,})\S.{0,"
    + str(BODY_MAX_CHARS)
    + r"}?(?:\u3000+|[ \t]{2,})(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def counted_gap_rows(stripped: list[str]) -> list[int]:
    """The heading and rows of a thread whose comments are one row each set out by gaps,
    name, text and day (``小周　看哭了。　2022-03-01``), under a short heading that counts
    them (``回应（3）``): at least as many such rows as the count, glued under it, at most
    twice as many.  The count and the stamped rows are the evidence, not the heading's
    word; a counted heading over other rows (a table's, a list's) takes nothing.

    >>> page = ["正文。", "回应（2）", "小周　看哭了。　2022-03-01"]
    >>> page += ["阿林　同感。　2022-03-02", "页脚"]
    >>> counted_gap_rows(page)
    [1, 2, 3]
    >>> counted_gap_rows(["正文。", "回应（3）"] + page[2:])  # fewer rows than counted
    []
    >>> counted_gap_rows(["正文。", "附件（2）", "甲方　合同文本", "乙方　补充协议"])
    []
    """
    out: list[int] = []
    for h, s in enumerate(stripped):
        if not s or len(s) > 16:
            continue
        m = _COUNTED_HEAD.match(s)
        if m is None:
            continue
        want = int(m.group(1))
        if want < 1:
            continue
        if rows := _counted_rows(stripped, h, want, _GAP_ROW):
            out += [h, *rows]
    out += _closing_gap_rows(stripped, set(out))
    return sorted(set(out))


#: a sentence mark inside a comment's text
_SENTENCE = re.compile(r"[，。！？,!?]")
#: the day closing a gap row, read for its order
_ROW_DAY = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ \t]+[\d:]+)?$")


def _closing_gap_rows(stripped: list[str], taken: set[int]) -> list[int]:
    """The rows of such a thread whose heading another step dropped: at least two gap
    rows closing the text, under prose, each with a full date, the dates in order (a
    thread is chronological) and most texts sentences (a comment is said, a list's cell
    is named: a closing chronology of ``事项　说明　日期`` rows is left).

    >>> page = ["正文写到这里，已经是完整的一段话了，句子也够长。"]
    >>> page += ["小周　看哭了，真好。　2022-03-01", "阿林　同感！　2022-03-02", ""]
    >>> _closing_gap_rows(page, set())
    [1, 2]
    >>> plan = ["立项　项目批复　2022-03-01", "开工　施工许可　2022-05-02"]
    >>> _closing_gap_rows(page[:1] + plan, set())
    []
    >>> _closing_gap_rows([page[0], page[2], page[1]], set())  # out of order
    []
    """
    end = len(stripped)
    while end > 0 and not stripped[end - 1]:
        end -= 1
    k = end
    days: list[tuple[int, int, int]] = []
    said = 0
    while k > 0 and k - 1 not in taken:
        s = stripped[k - 1]
        m = _ROW_DAY.search(s) if s and len(s) <= BODY_MAX_CHARS else None
        if m is None or not _GAP_ROW.match(s):
            break
        days.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
        said += bool(_SENTENCE.search(s[: m.start()]))
        k -= 1
    rows = list(range(k, end))
    if len(rows) < 2 or days != sorted(days, reverse=True) or 2 * said <= len(rows):
        return []
    if not any(_SENTENCE.search(s) and len(s) > 20 for s in stripped[:k]):
        return []  # nothing said above them: the rows are the text
    return rows
