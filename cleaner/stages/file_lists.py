"""Lists closing a page's text that point elsewhere: a download list (rule
``boilerplate.file_list``) and a paper's reference list (``boilerplate.reference_list``).

A notice board sets the files a notice offers under its text: a label (``附件：``,
``Attachments``) and one link per file, each line naming the file with its extension
(``1.某某报名回执表.docx``, ``某某示意图.pdf（120KB）``).  The site's other pages offer other
files, so no repeat learns the lines; their shape says what they are: every line a file's
name (no sentence mark in it, a document extension at its end, maybe a size or page count
in brackets), the run the last unclaimed lines of the page, under the page's own text.
The label and the file lines go together (a label with no file under it stays: the text's
own ``附件：`` over an annex written out).  Without a label two file lines at least are
needed, or the label inline (``附件：某某.pdf``).  A numbered annex's title (``附件1：某某办法``)
names no file and stays, as does everything when no prose line stands above the run.

A journal paper's export ends with its reference list (:func:`reference_list`): a heading
alone (``参考文献：``) and entries numbered ``[1]`` … each with a citation's type mark
(``[J]``, ``[M]`` …), the site's pointers to other works as a related list is.  Two
entries at least, nothing but chrome below them and the page's text above; a one-line
``参考阅读：《某书》第8章`` is the text's own.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.line_features import is_prose
from cleaner.stages.split_cell_marks import is_org

#: Rule id of the claim.
FILE_LIST = "boilerplate.file_list"
REFERENCE_LIST = "boilerplate.reference_list"
#: A file line is at most this long.
FILE_LINE_MAX_CHARS = 100
#: At most this many short lines of the site's under a labelled download list on HTML.
FILE_TAIL_MAX_LINES = 3


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    exts = [e for entry in load_table("html_extract")["attachments"] for e in entry["extensions"]]
    exts += load_table("file_lists")["images"]["extensions"]  # a notice's map or photo
    words = "|".join(map(re.escape, load_table("file_lists")["labels"]["words"]))
    word = r"[^\s，。；：:\d]{0,4}(?:" + words + r")[^\s，。；：:\d]{0,4}[ \t\u3000]*"
    label = re.compile(r"(?i)^" + word + r"[:：]?$")
    ext = "|".join(map(re.escape, exts))
    # an optional bullet, an optional inline label, an optional count, the file's name
    # (no sentence mark), its extension, an optional size or page count in brackets
    file_line = re.compile(
        r"(?i)^(?:[-•·▹▸►*][ \t\u3000]*)?"
        r"(?:(?P<label>" + word + r"[:：])[ \t\u3000]*)?"
        r"(?:(?:\d{1,2}|[（(]\d{1,2}[）)])[.、．:：)）]?[ \t\u3000]*)?"
        r"[^\s。；;！!？?，,][^。；;！!？?，,]{0,80}?\.(?:" + ext + r")"
        r"(?:[ \t\u3000]*[（(\[][^（）()\[\]。]{1,16}[）)\]])?$"
    )
    return label, file_line


def file_line(line: str) -> bool:
    """Does ``line`` name one file, as a download link does?

    >>> file_line("2.河滩绿道施工示意图.pdf"), file_line("某某登记表.xlsx（36KB）")
    (True, True)
    >>> file_line("附件：某桥位置示意图.jpg"), file_line("现场照片见下图.jpg。")
    (True, False)
    >>> file_line("请于月底前将报名表.docx发至邮箱。"), file_line("附件1：渡口管理办法")
    (False, False)
    """
    s = line.strip()
    return len(s) <= FILE_LINE_MAX_CHARS and _patterns()[1].match(s) is not None


def file_list(stripped: list[str], claimed: Container[int], tail_max: int = 0) -> list[int]:
    """Lines of a download list that closes the page's text: [] when there is none.

    ``tail_max``: on a page extracted from HTML, a labelled list may have at most this
    many short lines of the site's under it (:func:`_tail_line`: a link to a reading of
    the document, the page's contact note); they go with the list, all or nothing (the
    text's own ends above the files the site offers).

    >>> body = "各科室请按附件要求填写表格，并于本周五前报送医务部，逾期不再受理。"
    >>> file_list([body, "附件：", "1.值班安排表.docx", "2.签到表.pdf", "版权所有"], {4})
    [1, 2, 3]
    >>> file_list([body, "1.值班安排表.docx", "正文在此继续，说明其余各项安排和要求。"], set())
    []
    >>> page = [body, "附件：", "1.值班安排表.docx", "导读：一张图看懂值班安排"]
    >>> file_list(page, set()), file_list(page, set(), tail_max=3)
    ([], [1, 2, 3])
    >>> file_list([body, "1.值班安排表.docx", "2.签到表.pdf", "导读：一张图"], set(), 3)
    []

    The label may be claimed already (the site prints it on every page): it still labels
    the list, and the site's short lines under it go with the files.

    >>> file_list([body, "附件：", "1.值班安排表.docx", "2.签到表.pdf", "导读：一张图"], {1}, 3)
    [2, 3, 4]
    """
    open_lines = [i for i, s in enumerate(stripped) if s and i not in claimed]
    run = _file_run(stripped, open_lines, labelled_only=False)
    if run or not tail_max:
        return run
    for peel in range(1, min(tail_max, len(open_lines) - 1) + 1):
        if not _tail_line(stripped[open_lines[-peel]]):
            return []
        run = _file_run(stripped, open_lines[:-peel], labelled_only=True, claimed=claimed)
        if run:
            return run + open_lines[-peel:]
    return []


#: A line of the site's under a download list is at most this long.
FILE_TAIL_MAX_CHARS = 60
# a date in figures or in Chinese numerals ('2021年3月9日', '二〇二一年三月九日', '2021-03-09')
_NUMERAL = r"[\d〇零一二三四五六七八九十]"
_DATE = re.compile(
    rf"{_NUMERAL}{{2,4}}[ \t]*年[ \t]*{_NUMERAL}{{1,2}}[ \t]*月|\d{{4}}[-./]\d{{1,2}}[-./]\d"
)
_BRACKETED = re.compile(r"^[（(［\[【].*[）)］\]】]$")


def _tail_line(s: str) -> bool:
    """A short line of the site's that may stand under a download list: no file line, no
    label of one, no date, no organisation's name alone (a document's sign-off under
    its annex list) and no note in brackets (the text's own, as a document's
    ``（此件公开发布）``).

    >>> _tail_line("导读：一张图看懂值班安排"), _tail_line("（此件公开发布）")
    (True, False)
    >>> _tail_line("2.签到表.pdf"), _tail_line("二〇二一年三月九日"), _tail_line("某某县交通运输局")
    (False, False, False)
    """
    s = s.strip()
    if len(s) > FILE_TAIL_MAX_CHARS or file_line(s) or _patterns()[0].match(s):
        return False
    return not (_DATE.search(s) or _BRACKETED.match(s) or is_org(s))


def _file_run(
    stripped: list[str],
    open_lines: list[int],
    *,
    labelled_only: bool,
    claimed: Container[int] = (),
) -> list[int]:
    """The download list closing ``open_lines`` (the page's unclaimed lines): its label
    line (if any) and file lines; [] when there is none (``labelled_only``: or when it
    has no label line, neither open nor ``claimed`` right over the file lines)."""
    label_rx, _ = _patterns()
    run: list[int] = []
    for i in reversed(open_lines):
        if not file_line(stripped[i]):
            break
        run.insert(0, i)
    if not run:
        return []
    above = [i for i in open_lines if i < run[0]]
    labelled = bool(above) and label_rx.match(stripped[above[-1]]) is not None
    # the label right over the run, taken already by another rule (the site's repeat)
    top = next((k for k in range(run[0] - 1, -1, -1) if stripped[k]), None)
    taken = top is not None and top in claimed and label_rx.match(stripped[top]) is not None
    if labelled:
        run.insert(0, above.pop())
    elif labelled_only and not taken:
        return []
    inline = _patterns()[1].match(stripped[run[-1]])
    if not labelled and len(run) < 2 and not (inline is not None and inline["label"]):
        return []
    if not any(is_prose(stripped[i]) for i in above):
        return []  # no text of the page's own above the run: the files are the page
    return run


#: A closing credit row: short, a label and its colon, no sentence (``（责任编辑：某某）``).
CREDIT_MAX_CHARS = 30
_CREDIT = re.compile(r"^[（(［\[]?[^，。；！？\s]{1,6}[:：][^，。；！？]{1,20}[）)］\]]?$")


def _credit_row(s: str) -> bool:
    return len(s) <= CREDIT_MAX_CHARS and _CREDIT.match(s) is not None


@cache
def _references() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_table("file_lists")["references"]
    words = "|".join(map(re.escape, table["words"]))
    marks = "|".join(map(re.escape, sorted(table["marks"], key=len, reverse=True)))
    head = re.compile(r"(?i)^(?:" + words + r")[ \t\u3000]*[:：]?$")
    entry = re.compile(
        r"^(?:[\[［]\d{1,3}[\]］]|\d{1,3}[.．、])[ \t\u3000]*\S.{0,200}?\[(?:" + marks + r")\]"
    )
    return head, entry


def reference_list(stripped: list[str], claimed: Container[int]) -> list[int]:
    """Lines of a reference list that closes the page's text: [] when there is none.

    >>> body = "调查表明，多数教师在课堂提问时更关注答案本身，较少追问学生的思考过程。"
    >>> refs = ["参考文献：", "[1] 甲某. 某题[J]. 某刊, 2019(2): 1-5."]
    >>> refs.append("[2] 乙某. 某书[M]. 某地: 某社, 2018.")
    >>> reference_list([body, *refs, "（责任编辑：丙某）"], set())
    [1, 2, 3]
    >>> reference_list([body, *refs, body], set())
    []
    """
    head_rx, entry_rx = _references()
    open_lines = [i for i, s in enumerate(stripped) if s and i not in claimed]
    while open_lines and _credit_row(stripped[open_lines[-1]]):
        open_lines.pop()  # the paper's closing credit row ('（责任编辑：某某）'), the split's
    run: list[int] = []
    for i in reversed(open_lines):
        if not entry_rx.match(stripped[i]):
            break
        run.insert(0, i)
    if len(run) < 2:
        return _numbered_sources(stripped, claimed, head_rx, open_lines)
    above = [i for i in open_lines if i < run[0]]
    if not above or head_rx.match(stripped[above[-1]]) is None:
        return []
    run.insert(0, above.pop())
    if not any(is_prose(stripped[i]) for i in above):
        return []
    return run


#: an entry numbered in brackets ('[1] 某局．某年鉴．2015年'); its number in group 1
_NUMBERED_ENTRY = re.compile(r"^[\[［](\d{1,3})[\]］][ \t\u3000]*\S.{0,200}$")
#: a list of sources with no type marks needs at least this many entries
SOURCES_MIN = 3


def _numbered_sources(
    stripped: list[str], claimed: Container[int], head_rx: re.Pattern[str], open_lines: list[int]
) -> list[int]:
    """A reference list whose entries carry no type mark: under the heading, entries
    numbered ``[1]``, ``[2]`` … in order from one (SOURCES_MIN at least; a line another
    rule took may be one of them), the last open entry the text's last open line, prose
    above the heading.  The open lines of it are returned.

    >>> body = "这座桥始建于清代，历经多次修缮，至今仍是两岸往来的要道，也是镇上的地标。"
    >>> refs = ["参考资料", "[1] 某县志．1990年", "[2] 某局．某年鉴．2015年"]
    >>> refs.append("[3] 某网站．某页．2020年")
    >>> reference_list([body, *refs, "浏览次数"], {5})
    [1, 2, 3, 4]
    >>> reference_list([body, "参考资料", "[1] 某县志．1990年", "[3] 某网站．某页"], set())
    []
    >>> reference_list([body, "[1] 某县志．1990年", "[2] 某局．2015年", "[3] 某站．2020年"], set())
    []
    """
    if not open_lines:
        return []
    last = open_lines[-1]
    h = next((i for i in reversed(open_lines) if head_rx.match(stripped[i])), None)
    if h is None:
        return []
    entries = [i for i in range(h + 1, len(stripped)) if stripped[i]]
    want = 1
    run: list[int] = []
    for i in entries:
        m = _NUMBERED_ENTRY.match(stripped[i])
        if m is None or int(m.group(1)) != want:
            break
        run.append(i)
        want += 1
    if len(run) < SOURCES_MIN or any(i not in claimed for i in entries[len(run) :] if i <= last):
        return []
    if not any(is_prose(stripped[i]) for i in open_lines if i < h):
        return []
    return [h, *(i for i in run if i not in claimed)]
