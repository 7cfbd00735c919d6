"""A publication's masthead row among a site's chrome, which the signer-row keep would spare.

A news site prints under every story the rows of its masthead: a staff role and a name
(``社长　某某``, ``总编辑　某某``), then the desk that runs the site and its menu.  The
role row has the shape of a document's signer row (``某县县长　周某某``), which the
site's repeat table never learns (``signer_row`` of ``site_repeat_keep.toml``: every order
of one official closes with it).  Its place tells them apart: a signer closes a document
(a sentence's end over it, its date over or under it), where a masthead row sits at the
top of a block of the site's chrome, over a line of words the site prints on its pages
(no date, no rule of marks between pieces), under a line that ends no sentence and is no
date (a byline, a credit).

:func:`masthead_rows` gives such rows of one page; the site's repeat stage removes them
with the block under them (each on the record).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from cleaner.stages.split_dates import YMD_DAY

#: A line ending a sentence (over a signer row, it closes the document's text).
_SENTENCE_END = re.compile(r"[。！？!?…”」』]$")
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
#: A date line (over or under a signer row: the document's date).
_DATE = re.compile(
    rf"^[\s\u3000]*(?:{YMD_DAY}"
    r"|[〇零一二三四五六七八九○Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
)


def masthead_rows(
    stripped: Sequence[str],
    chrome: Collection[int],
    signer: Callable[[str], bool],
    repeated: Callable[[str], bool],
) -> list[int]:
    """Lines of ``stripped`` that are signer-shaped (``signer``), printed on the site's
    pages (``repeated``), with the next line one of the page's ``chrome`` lines and no
    date, and the line above ending no sentence.

    >>> page = ["标题", "正文第一句。", "记者　张某", "社长　王某某", "某某网编辑部主办"]
    >>> is_signer = lambda s: s.startswith("社长")
    >>> masthead_rows(page, {4}, is_signer, lambda s: True)
    [3]
    >>> page[2] = "特此公告。"  # a notice's signer closes its text
    >>> masthead_rows(page, {4}, is_signer, lambda s: True)
    []
    >>> page[2], page[4] = "记者　张某", "2023年5月1日"  # the document's date under it
    >>> masthead_rows(page, {4}, is_signer, lambda s: True)
    []
    >>> page[2], page[4] = "二零二三年五月一日", "＊＊＊＊＊"  # its date over it, a rule
    >>> masthead_rows(page, {4}, is_signer, lambda s: True)
    []
    """
    text = [i for i, s in enumerate(stripped) if s]
    out: list[int] = []
    for k, i in enumerate(text):
        if k == 0 or k + 1 >= len(text) or i in chrome:
            continue
        s = stripped[i]
        below, above = text[k + 1], stripped[text[k - 1]]
        if below not in chrome or _DATE.match(stripped[below]) or _DATE.match(above):
            continue  # the document's date over or under it: a signer's row
        if len(_LETTER.findall(stripped[below])) < 2:
            continue  # a rule of marks under it ('＊＊＊＊＊'): the next piece follows
        if _SENTENCE_END.search(above.rstrip()):
            continue
        if signer(s) and repeated(s):
            out.append(i)
    return out
