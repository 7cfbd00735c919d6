"""An answer's byline inside a single question's page: who answered it and when.

A help desk, a legal-aid or a health site prints one answered question a page: the
question (the title), the asker's description, then the answer under its byline row
(``回复专家：某某（某单位）　回复时间：2021-03-09 15:20``), often under a short heading
that names the same role (``专家回复``).  The row is the page's metadata (the answer's
author and the day it was put up), not its text; the heading over it is the template's
label for the row.  The metadata block above the title reads only the rows that open
the text; this one stands lower, under the question's text.

:func:`answer_byline` finds it by its shape: a row among the article's first lines that
reads (``shaped``: the split stage's row reader) as an author AND a publish date (who
and when), under a question (a line above it ends with a question mark), right under a
line of the page's prose or under a short heading made only of the row's own label
letters (``专家回复`` over ``回复专家：…``), which goes with it.  The labels that name an
answerer are data (``author_by_answer`` and ``published_by_answer`` in
``cleaner/rules/headers.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_cells import prose_line
from cleaner.stages.split_page import joined, per_page

__all__ = [
    "answer_byline",
    "answerer_credit",
    "answering_row",
    "answers_on_page",
    "fill_from_row",
    "reply_stamp",
]

#: The byline row stands among this many first lines of the article.
ANSWER_LOOK = 10
#: A reply's stamp (a label, a body or a person, a day and a time) is at most this long.
STAMP_MAX_CHARS = 40
#: The heading over it is at most this long (a label, no sentence).
HEADING_MAX_CHARS = 8
_MARK = re.compile(r"[^\u4e00-\u9fff]")
_LABELS = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[:：]")


def _names_row(heading: str, row: str) -> bool:
    """``heading`` is short Han letters alone, each of them a letter of the row's labels.

    >>> _names_row("专家回复", "回复专家：某某　回复时间：2021-03-09")
    True
    >>> _names_row("第二部分", "回复专家：某某　回复时间：2021-03-09")
    False
    """
    if not 2 <= len(heading) <= HEADING_MAX_CHARS or _MARK.search(heading):
        return False
    letters = set("".join(_LABELS.findall(row)))
    return set(heading) <= letters


@lru_cache(maxsize=1)
def _answer_words() -> tuple[str, ...]:
    """The words that make a label name the answer (``回复``, ``答复``: the ``requires`` of
    the ``*_by_answer`` label classes in ``headers.toml``)."""
    classes = load_table("headers")["label_class"]
    words = {w for c in classes if c["name"].endswith("_by_answer") for w in c["requires"]}
    return tuple(sorted(words))


@per_page
def answers_on_page(lines: list[str]) -> bool:
    """May a line of the page be an :func:`answering_row`: does a word naming the answer
    occur on it at all (one scan of the page; no word holds a line break, so a line
    holding one is a line of the page holding one)?

    >>> answers_on_page(["来信人：某", "答复时间：2021-03-09"]), answers_on_page(["正文。"])
    (True, False)
    """
    text = joined(lines)
    return any(w in text for w in _answer_words())


def answering_row(row: str) -> bool:
    """Every labelled cell of ``row`` names the answer (``答复单位：某局　答复时间：…``): a
    reply's row under a letter, which asks no question mark's leave.

    >>> answering_row("答复单位：某局　答复时间：2021-03-09")
    True
    >>> answering_row("来信人：某　答复时间：2021-03-09")
    False
    """
    words = _answer_words()
    if not any(w in row for w in words):  # no label names the answer (most rows): one scan
        return False
    labels = _LABELS.findall(row)
    return len(labels) >= 2 and all(any(w in lab for w in words) for lab in labels)


def answerer_credit(row: str, fields: dict[str, str]) -> bool:
    """``row`` credits who answered and nothing else: it opens with a label naming the
    answer (``解答律师：``, ``回复专家：``; a word of the ``*_by_answer`` label classes), holds
    no other label (a cell the reader left unread keeps the row text) and ``fields`` read
    from it hold only its ``author``.

    >>> answerer_credit("解答律师：某某（某律师事务所执业律师）", {"author": "某某"})
    True
    >>> answerer_credit("主治医师：某某", {"author": "某某"})
    False
    >>> answerer_credit("回复专家：某某", {"author": "某某", "origin": "某院"})
    False
    >>> answerer_credit("答复专员：某某　答复时间：某日", {"author": "某某"})  # a cell unread
    False
    """
    label = _LABELS.match(row)
    if label is None or set(fields) != {"author"} or len(_LABELS.findall(row)) != 1:
        return False
    return any(w in label[1] for w in _answer_words())


def reply_stamp(row: str, shaped: Callable[[str], dict[str, str] | None]) -> dict[str, str] | None:
    """The fields of a reply's stamp closing an answer, or None: a short row (in brackets
    or not) whose every label names the answer (``答复``, ``回复单位``: the words of the
    ``*_by_answer`` label classes), read (``shaped``: the split stage's row reader) as a
    day and who answered (``（答复：某科　2021-12-27）``, ``回复：某中心　2021年3月9日``).
    The answering body's key is :func:`~cleaner.stages.unit_keys.unit_key`'s, by the
    label's verb.

    >>> read = {"（答复：某科　2021-12-27）": {"published": "2021-12-27", "issuer": "某科"}}
    >>> reply_stamp("（答复：某科　2021-12-27）", read.get)
    {'published': '2021-12-27', 'issuer': '某科'}

    A row under another label, a reply's sentence, or a day alone is no stamp:

    >>> read = {"（编辑：某某　2021-12-27）": {"published": "2021-12-27", "author": "某某"},
    ...         "（答复：2021-12-27）": {"published": "2021-12-27"}}
    >>> reply_stamp("（编辑：某某　2021-12-27）", read.get) is None
    True
    >>> reply_stamp("（答复：2021-12-27）", read.get) is None
    True
    >>> reply_stamp("答复：经研究，同意你单位于2021年3月9日提出的申请。", read.get) is None
    True
    """
    row = row.strip()
    words = _answer_words()
    if len(row) > STAMP_MAX_CHARS or not any(w in row for w in words) or prose_line(row):
        return None
    labels = _LABELS.findall(row)
    if not labels or not all(any(w in lab for w in words) for lab in labels):
        return None
    fields = shaped(row)
    if not fields or "published" not in fields or len(fields) < 2:
        return None
    return fields


def fill_from_row(meta: dict[str, str], fields: dict[str, str], row: str) -> None:
    """``meta`` filled with the ``fields`` read from ``row``: a reply's own row (every
    label naming the answer, its unit read: :func:`answering_row`) goes over
    the rows read before it, whose day is the letter's (its coming in, its registration),
    not the reply's; any other row only fills what is open.

    >>> meta = {"published": "2031-04-02", "doc_number": "X1"}
    >>> row = "答复单位：某局　答复日期：2031-04-16"
    >>> fill_from_row(meta, {"origin": "某局", "published": "2031-04-16"}, row)
    >>> meta
    {'published': '2031-04-16', 'doc_number': 'X1', 'origin': '某局'}
    >>> row = "作者：某某　日期：2031-05-01"
    >>> fill_from_row(meta, {"author": "某某", "published": "2031-05-01"}, row)
    >>> meta["published"]
    '2031-04-16'
    """
    if answering_row(row) and "origin" in fields:
        meta.update(fields)
    else:
        meta.update({k: v for k, v in fields.items() if k not in meta})


def answer_byline(
    content: list[int],
    lines: list[str],
    shaped: Callable[[str], dict[str, str] | None],
    *,
    replies_only: bool = False,
) -> list[tuple[list[int], dict[str, str]]]:
    """The answer's byline row (with the heading naming it, if any) as ``(line indices,
    fields)``, or ``[]``.  ``content``: the article's line indices after its title line.

    >>> row = "回复专家：某某　回复时间：2021-03-09"
    >>> rows = {row: {"author": "某某", "published": "2021-03-09"}}
    >>> page = ["某事怎么办？", "我遇到了某事，请问该怎么办？", "专家回复",
    ...         "回复专家：某某　回复时间：2021-03-09", "您可以先这样做，再那样做。"]
    >>> answer_byline([0, 1, 2, 3, 4], page, rows.get)
    [([2, 3], {'author': '某某', 'published': '2021-03-09'})]
    >>> answer_byline([0, 1, 3, 4], page, rows.get)
    [([3], {'author': '某某', 'published': '2021-03-09'})]

    With ``replies_only`` (a piece whose head row was read already) only a reply's row
    is taken, every label of it naming the answer, under the letter's prose:

    >>> letter = ["某路口的路灯坏了", "来信内容：路口的路灯坏了一个月，晚上走路很不方便。",
    ...           "答复单位：某局　答复日期：2021-03-09", "您好，已安排修理。"]
    >>> read = {letter[2]: {"origin": "某局", "published": "2021-03-09"}}
    >>> answer_byline([0, 1, 2, 3], letter, read.get, replies_only=True)
    [([2], {'origin': '某局', 'published': '2021-03-09'})]
    >>> read = {letter[2]: {"author": "某局", "published": "2021-03-09"}}  # no unit: no reply's
    >>> answer_byline([0, 1, 2, 3], letter, read.get, replies_only=True)
    []

    A row under a heading of other words, or with one field, stays:

    >>> page[2] = "第二部分"
    >>> answer_byline([0, 1, 2, 3, 4], page, rows.get)
    []
    """
    asked = any(lines[k].rstrip().endswith(("？", "?")) for k in content[: ANSWER_LOOK - 1])
    if not asked and not any(answering_row(lines[k]) for k in content[1:ANSWER_LOOK]):
        return []  # no question above any row it reads: no answer's byline (most pages)
    for n, i in enumerate(content[1:ANSWER_LOOK], 1):
        row = lines[i].strip()
        if not row or prose_line(row):
            continue
        fields = shaped(row)
        if not fields:
            continue
        # an answerer's credit with no day of its own ('解答律师：某某（某所执业律师）',
        # its day printed elsewhere or not at all): who answered, under the question
        # (it only fills the author, so a head row read already keeps its fields)
        dateless = "published" not in fields
        if dateless and not answerer_credit(row, fields):
            continue
        # a letter's reply: the row's own labels name the answer and the unit answering
        # (its origin); a person answering ('答复专员') still asks for a question above
        answering = answering_row(row) and "origin" in fields
        if not answering and replies_only and not dateless:
            continue
        if not answering and "author" not in fields:
            continue
        if not answering and not any(lines[k].strip().endswith(("？", "?")) for k in content[:n]):
            return []  # no question above it: no answer's byline
        up = lines[content[n - 1]].strip()
        if _names_row(up, row) and n >= 2 and prose_line(lines[content[n - 2]]):
            return [([content[n - 1], i], fields)]
        if prose_line(up):
            return [([i], fields)]
        return []
    return []
