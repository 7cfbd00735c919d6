"""A lone document's title framed by two unlabelled rows: its code over it, its dated
issuer under it.

A ruling, a decision or a permit published one a page may print its number bare, alone
on a line over the title (``ZG2023-0161``, ``AB-2021-07``, ``QX/2020/118``), and under the
title the body that issued it and the day, a byline with no label, the date often closed
by the verb of issuing (``某某处 · 2021年3月5日作出``, ``某某委员会　2020-01-02　印发``).
Both rows are the document's metadata, neither is its text.

:func:`coded_title_rows` reads them by shape alone, and only as a pair (the frame is the
evidence): the line over the title is one token of Latin letters and digits (a letter and
a digit at least, no Han, no space), the line under it a short row with no sentence end
that the row reader reads WHOLE, its issuer (or origin) and its publish date, once its
closing verb (``[issued_row]`` in ``cleaner/rules/headers.toml``) is set aside.  The code
has a document number's shape: an issuer's letters, then a year or a serial and another
serial after a separator; a tag or a model (``COVID-19``, ``Mate60Pro``) is none.  A
code over a title with text under it, or a dated line under a title with no code over
it, is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import CLAUSE_END

__all__ = ["CODE_MAX_CHARS", "ROW_MAX_CHARS", "coded_title_rows", "read_whole", "without_verb"]

#: The code over the title is at most this long ...
CODE_MAX_CHARS = 24
#: ... and the issuer's row under it at most this long.
ROW_MAX_CHARS = 40
_CODE = re.compile(
    rf"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-－_/.]{{3,{CODE_MAX_CHARS - 1}}}$"
)
# a document number's shape: an issuer's letters, then a year or a serial, then at least
# one more serial after a separator ('ZG2023-0161', 'QX-20-118', 'AB/2019/07'); a word
# glued to digits ('Mate60Pro') or a name with one number ('COVID-19') is none
_NUMBER_SHAPE = re.compile(r"^[A-Za-z]{1,6}[\-－_/.]?\d{2,8}(?:[\-－_/.]\d{1,8})+$")
# what a fully read byline holds besides its issuer and its date: separators, a date's
# digits and words, blanks
_BYLINE_REST = re.compile(r"[\s·•|｜/／,，:：\-－.\d年月日号號]+")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    words = load_table("headers")["issued_row"]["verbs"]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # the verb right after the date's last digit or 日, maybe after a space
    return re.compile(rf"(?<=[\d日号號])\s*(?:{alt})$")


def without_verb(row: str) -> str:
    """``row`` with the issuing verb closing its date set aside.

    >>> without_verb("某某处 · 2021年3月5日作出"), without_verb("某委员会　2020-01-02　印发")
    ('某某处 · 2021年3月5日', '某委员会　2020-01-02')
    >>> without_verb("关于某事的决定")
    '关于某事的决定'
    """
    return _verbs().sub("", row.strip())


def read_whole(row: str, fields: dict[str, str]) -> bool:
    """Every part of the byline ``row`` is read: its issuer (or origin) is among
    ``fields`` and, that and the date set aside, only separators are left.

    >>> read_whole("某某处 · 2021年3月5日", {"issuer": "某某处", "published": "2021-03-05"})
    True
    >>> read_whole("国家某委　2021-12-05", {"published": "2021-12-05"})
    False
    """
    who = [fields[k] for k in ("issuer", "origin") if fields.get(k)]
    if not who:
        return False
    rest = row
    for name in who:
        rest = rest.replace(name, "")
    return not _BYLINE_REST.sub("", rest)


def coded_title_rows(
    lines: list[str],
    content: list[int],
    title: str,
    read: Callable[[str], dict[str, str] | None],
) -> list[tuple[int, dict[str, str]]]:
    """``(line index, fields)`` of the code over the title and the dated issuer's row
    under it (see the module doc), or none.

    >>> def read(s):
    ...     if s.endswith("2021年3月5日"):
    ...         return {"issuer": s.split(" · ")[0], "published": "2021-03-05"}
    ...     return None
    >>> page = ["AB-2021-07", "关于某物归类的决定", "某某处 · 2021年3月5日作出", "正文一。"]
    >>> page.append("正文二。")
    >>> coded_title_rows(page, [0, 1, 2, 3, 4], "关于某物归类的决定", read)
    [(0, {'doc_number': 'AB-2021-07'}), (2, {'issuer': '某某处', 'published': '2021-03-05'})]

    A copy of the title over the code (the page's ``<title>``) does not matter; a code
    without the dated row under the title, or a word over the title, reads nothing.

    >>> coded_title_rows(["关于某物归类的决定", *page], [0, 1, 2, 3, 4, 5], page[1], read)[0]
    (1, {'doc_number': 'AB-2021-07'})
    >>> coded_title_rows([page[0], page[1], "正文一。", "正文二。"], [0, 1, 2, 3], page[1], read)
    []
    >>> coded_title_rows(["Notice", *page[1:]], [0, 1, 2, 3, 4], page[1], read)
    []

    A tag or a model over the title is no document number; a byline whose issuer is not
    read is no issuer's row.

    >>> coded_title_rows(["COVID-19", *page[1:]], [0, 1, 2, 3, 4], page[1], read)
    []
    >>> coded_title_rows(["Mate60Pro", *page[1:]], [0, 1, 2, 3, 4], page[1], read)
    []
    >>> unread = lambda s: {"published": "2021-03-05"}
    >>> coded_title_rows(page, [0, 1, 2, 3, 4], page[1], unread)
    []
    """
    want = title.strip()
    at = next(
        (k for k in range(1, min(4, len(content))) if lines[content[k]].strip() == want), None
    )
    if at is None or at + 2 >= len(content):
        return []
    code = lines[content[at - 1]].strip()
    if not _CODE.match(code) or not _NUMBER_SHAPE.match(code):
        return []
    under = lines[content[at + 1]].strip()
    if len(under) > ROW_MAX_CHARS or under.endswith(CLAUSE_END):
        return []
    row = without_verb(under)
    fields = read(row)
    if not fields or "published" not in fields or not read_whole(row, fields):
        return []
    fields = {k: v for k, v in fields.items() if k != "doc_number"}
    return [(content[at - 1], {"doc_number": code}), (content[at + 1], fields)]
