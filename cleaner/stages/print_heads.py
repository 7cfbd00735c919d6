"""A page's first line printed again where the page turned (issue 12, zu).

A page printed from a browser (or a PDF) carries a header at the top of every sheet: the
print date and the document's title (``2021/3/5 09:12　　某文件-某网``), the same line on
every sheet.  Pasted as one text, its first copy opens the page and every other copy
stands where a sheet ended, often cutting a paragraph (the sheet's footer, a URL and a
page count, goes with the site's repeated lines when a site is read as a batch).  A line
that repeats the page's first line exactly, holds no sentence end and is no longer than a
header, is such a copy; a line of an address (a URL) and the sheet's number over the
count (``http://…/a.html　　2/3``) is the sheet's footer.  Both are page marks for
:mod:`paragraph_joins`, weak ones: they join only a clause they cut.  Where a sheet ended
between two paragraphs (nothing to join), :func:`sheet_marks` deletes them: a footer
that stands by a copy of the header or whose address the page prints on another footer,
a header copy beside such a footer or under a page number, or one shaped as a print
header (:func:`print_head`: a stamp, a wide gap, a title and a site's name), and then the
header's first copy, atop the page.  A line that repeats a bare stamp and a name (a chat
log's speaker line) is none of these and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

from cleaner.edits import Edit
from cleaner.stages.sentence_marks import CLAUSE_MARK as _CLAUSE
from cleaner.stages.sentence_marks import SENTENCE_MARK as _FINAL
from cleaner.stages.split_stamps import STAMP

__all__ = [
    "HEAD_MAX",
    "copied_head",
    "first_head_left",
    "piece_stamp",
    "print_foot",
    "print_head",
    "repeats_first_line",
    "sheet_marks",
]

#: A print header is at most this long (a date, a time, a title and a site's name).
HEAD_MAX = 120
_EDGE = " \t\u3000\f"
_FOOT = re.compile(
    r"(?:https?://|www\.)[!-~]{4,300}(?:\u3000+|[ \t]{2,})"
    r"(?P<n>\d{1,3})[ \t]*[/／][ \t]*(?P<of>\d{1,3})"
)


def print_foot(core: str) -> bool:
    """``core`` (a stripped line) is a printed sheet's footer: an address, a wide gap, the
    sheet's number over the count (module doc).

    >>> print_foot("https://example.org/news/2021/03/a.html　　2/3")
    True
    >>> print_foot("https://example.org/news/a.html　　4/3"), print_foot("见 https://a.org 2/3")
    (False, False)
    """
    m = _FOOT.fullmatch(core)
    return m is not None and 0 < int(m["n"]) <= int(m["of"])


def repeats_first_line(text: str, core: str) -> bool:
    """``core`` (a stripped line of ``text``, not its first) repeats the page's first line
    (module doc).

    >>> head = "2021/3/5 09:12　　某县通报-某网"
    >>> page = f"{head}\\n正文写到一半，\\n\\n{head}\\n\\n另一半。"
    >>> repeats_first_line(page, head)
    True
    >>> repeats_first_line(page, "另一半。"), repeats_first_line("甲。\\n乙\\n甲。", "甲。")
    (False, False)
    >>> repeats_first_line("某县通报\\n正文。", "某县通报")
    False
    """
    if not core or len(core) > HEAD_MAX or _FINAL.search(core):
        return False
    start = len(text) - len(text.lstrip(_EDGE + "\n"))
    end = text.find("\n", start)
    first = text[start : len(text) if end == -1 else end].strip(_EDGE)
    return first == core and text.count(core) >= 2 and not piece_stamp(text, core)


#: A piece's title under a stamp is at most this long and ends no clause.
_STAMP_TITLE_MAX = 48


def piece_stamp(text: str, core: str) -> bool:
    r"""``core`` (a stripped line of ``text``) is a piece's stamp, not a print header: one
    short bracketed word, the whole line, and under every copy of it (blank lines
    skipped) a title, a short line that holds no clause mark, over longer text or a sentence.  A
    notice board marks each piece so (``【休診】`` over ``眼科某醫師12月13日門診休診``);
    a header copied at a sheet's turn stands over the rest of a cut paragraph.

    >>> page = "【停诊】\n眼科某医师周三门诊停诊\n因故停诊一次，敬请见谅。\n\n"
    >>> page += "【停诊】\n骨科某医师周五门诊停诊\n因故停诊。"
    >>> piece_stamp(page, "【停诊】"), repeats_first_line(page, "【停诊】")
    (True, False)
    >>> piece_stamp("【某报】\n正文写到一半，\n【某报】\n另一半写完了，这是后半句。", "【某报】")
    False
    """
    if STAMP.fullmatch(core) is None:
        return False
    lines = [x.strip(_EDGE) for x in text.split("\n")]
    filled = [x for x in lines if x]
    seen = 0
    for i, line in enumerate(filled):
        if line != core:
            continue
        if i + 2 >= len(filled):
            return False
        title, body = filled[i + 1], filled[i + 2]
        if not 2 <= len(title) <= _STAMP_TITLE_MAX or _CLAUSE.search(title):
            return False
        if STAMP.fullmatch(body) or (len(body) <= len(title) and not _CLAUSE.search(body)):
            return False
        seen += 1
    return seen >= 2


def _no_mark(line: str) -> bool:
    return False


#: A browser's print header: the print date and time, a wide gap, then the document's
#: title and the site's name joined by a dash or a bar (``2021/3/5 09:12　　某文件-某网``).
#: A stamp over a bare name (a chat log's ``2023-09-01 10:05 某某``) is no such header.
_PRINT_HEAD = re.compile(
    r"\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:\u3000+|[ \t]{2,})"
    r"(?P<title>\S.{3,}?)[ \t]*[-_|｜–—][ \t]*(?P<site>[^\s\-_|｜–—][^\-_|｜–—]*)"
)


def print_head(core: str) -> bool:
    """``core`` (a stripped line) is a browser's print header: a print stamp, a wide gap,
    a title and a site's name (:data:`_PRINT_HEAD`).

    >>> print_head("2021/3/5 09:12　　某县关于春耕的通报-某县政府网")
    True
    >>> print_head("2023-09-01 10:05 张三"), print_head("2023/09/01 10:05　　张三")
    (False, False)
    """
    return _PRINT_HEAD.fullmatch(core) is not None


def _may_mark(text: str) -> bool:
    """A page gate (issue 15), a NECESSARY condition of any deletion of
    :func:`sheet_marks`: a footer (:data:`_FOOT` opens with ``://`` or ``www.``) or a
    copy of the page's first line (:func:`repeats_first_line`: the line twice in
    ``text``).  One scan of the page instead of a strip per line.

    >>> _may_mark("某站说明\\n正文。\\n某站说明\\n正文。"), _may_mark("某站说明\\n正文。")
    (True, False)
    >>> _may_mark("标题\\n正文。\\nhttp://a.example/1.html　　1/2")
    True
    """
    if "://" in text or "www." in text:
        return True
    start = len(text) - len(text.lstrip(_EDGE + "\n"))
    end = text.find("\n", start)
    first = text[start : len(text) if end == -1 else end].strip(_EDGE)
    return bool(first) and text.count(first) >= 2


def sheet_marks(text: str, page_mark: Callable[[str], object] = _no_mark) -> Iterator[Edit]:
    """Deletions (``repair.page_mark``) of the print footers and header copies left where
    sheets ended between paragraphs (module doc); ``page_mark(line)``: the line is a page
    number's (a header copy under one goes too; the number is the join's to delete).

    >>> head = "2023/9/1 10:05　　某站情况说明-某网"
    >>> foot = "http://a.example/1.html　　{}/2"
    >>> page = f"{head}\\n正文一。\\n\\n{foot.format(1)}\\n{head}\\n\\n正文二。\\n{foot.format(2)}"
    >>> got = [page[e.start : e.end] for e in sheet_marks(page)]
    >>> got == [head, foot.format(1), head, foot.format(2)]
    True
    >>> list(sheet_marks("某站情况说明\\n正文一。\\n某站情况说明\\n正文二。"))
    []
    """
    if not _may_mark(text):
        return
    starts: list[int] = []
    cores: list[str] = []
    raw = text.split("\n")
    pos = 0
    for line in raw:
        starts.append(pos)
        cores.append(line.strip(_EDGE))
        pos += len(line) + 1
    filled = [i for i, c in enumerate(cores) if c]
    if len(filled) < 3:
        return
    first = cores[filled[0]]
    feet = {i for i in filled if print_foot(cores[i])}
    same = [i for i in filled[1:] if cores[i] == first]
    heads = set(same) if same and repeats_first_line(text, first) else set()
    if not feet and not heads:
        return
    address = [cores[i].split()[0] for i in feet]
    near = dict(pairwise(filled))
    near_back = {b: a for a, b in near.items()}
    gone: list[int] = []
    for i in filled[1:]:
        if i in feet:
            keep = address.count(cores[i].split()[0]) < 2 and near.get(i) not in heads
        elif i in heads:
            above = near_back.get(i, 0)
            keep = not print_head(first) and above not in feet and not page_mark(cores[above])
        else:
            continue
        if not keep:
            gone.append(i)
    if any(i in heads for i in gone):
        gone.insert(0, filled[0])  # the header's first copy, atop the first sheet
    for i in gone:
        yield Edit(starts[i], starts[i] + len(raw[i]), "", "repair.page_mark", "delete")


def _first_line(text: str) -> tuple[int, int, str]:
    start = len(text) - len(text.lstrip(_EDGE + "\n"))
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return start, end, text[start:end].strip(_EDGE)


def copied_head(text: str, removed: Iterable[str] = ()) -> str | None:
    r"""The page's first line when it is a browser's print header (:func:`print_head`)
    that the page prints again where a sheet turned, or over a sheet's footer
    (:func:`print_foot`: on the page, or among the lines earlier steps ``removed``, the
    site's repeated lines), read before the paragraph join takes the copies away with
    the breaks they stand in; else None.  A stamp and a title with no second copy and no
    sheet's footer is a page's own dated title line.

    >>> head = "2023/9/1 10:05　　某站情况说明-某网"
    >>> copied_head(f"{head}\n正文写到一半，\n{head}\n另一半。") == head
    True
    >>> foot = "https://a.example/1.html　1/1"
    >>> copied_head(f"{head}\n正文。", [foot]) == copied_head(f"{head}\n正文。\n{foot}") == head
    True
    >>> copied_head(f"{head}\n正文。"), copied_head("某站情况说明\n正文，\n某站情况说明\n又。")
    (None, None)
    """
    first = _first_line(text)[2]
    if not first or not print_head(first):
        return None
    if repeats_first_line(text, first):
        return first
    if "://" in text or "www." in text:
        if any(print_foot(x.strip(_EDGE)) for x in text.split("\n")):
            return first
    for block in removed:
        if any(print_foot(x.strip(_EDGE)) for x in block.split("\n")):
            return first
    return None


def first_head_left(text: str, head: str) -> Iterator[Edit]:
    r"""The deletion (``repair.page_mark``) of the print header ``head`` (:func:`copied_head`)
    still atop the page once the join took its copies where the sheets turned (or the
    only copy, over a sheet's footer): the first sheet's copy of the same header.
    Nothing when the line is gone already or the page still prints it elsewhere
    (:func:`sheet_marks` judges those).

    >>> head = "2023/9/1 10:05　　某站情况说明-某网"
    >>> page = f"{head}\n正文写到一半，另一半。"
    >>> [page[e.start : e.end] for e in first_head_left(page, head)] == [head]
    True
    >>> list(first_head_left(f"标题\n{head}\n正文。", head))
    []
    >>> list(first_head_left(page + head, head))
    []
    """
    start, end, first = _first_line(text)
    if first != head or text.count(head) != 1:
        return
    yield Edit(start, end, "", "repair.page_mark", "delete")
