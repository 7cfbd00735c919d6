"""Repair rule: page-number lines left between paragraphs (``repair.page_mark``).

A text page converted from a paginated document keeps its page numbers as lines of their
own (``第3页 共8页``, ``- 3 -``, ``- 3 / 9 -``, ``·3·``, ``3/8``, ``P3/8``, ``Page 3 of 8``,
``【页码 3】``; the shapes are ``page_marks`` in ``cleaner/rules/repair.toml``).  The paragraph
join (:mod:`cleaner.stages.paragraph_joins`) removes a mark together with the break it
crosses; a mark between two whole paragraphs stays.  This rule deletes those, whole line
and newline, when the page shows that the line is a page number:

* the mark names the page count in words (``第3页 共8页``, ``共8页 第3页``, ``第3/8页``,
  ``Page 3 of 8``): unambiguous on its own;
* or the page holds a *numbering run*: at least two marks of one shape (digits masked)
  whose page numbers increase and, when they carry a count (``3/8``, ``- 3 / 9 -``),
  share it.

A lone ambiguous line (``- 3 -``, ``3/8``: a list separator, a score, a date fragment)
is kept.  The run is read on the page as the join receives it, so a mark the join then
removes still counts, and so do the marks the boilerplate stage deleted before.
Mixed into :class:`~cleaner.stages.repair.RepairStage`.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator

from cleaner.edits import Edit
from cleaner.stages.linescan import LineStartScanner
from cleaner.stages.sentence_marks import SENTENCE_CLOSE
from cleaner.stages.sentence_marks import SENTENCE_MARK as _CLAUSE_END
from cleaner.stages.split_dates import YMD

RULE = "repair.page_mark"

_NUM = re.compile(r"\d+")
_BLANK = " \t\u3000\f"
#: Any page mark's line is at most this long (a print view's spaced rules each side of its
#: counter, '- - - - - - - - - -　2/3　- - - - - - - - - -', are the widest): the bound of
#: :func:`marks_inside_sentences`, which reads every shape of mark.
MARK_MAX = 60
#: A weak mark (:func:`break_mark`: a pager line, a labelled running foot '某某公告　2/4',
#: counted only where it cuts a sentence) is at most this long: a longer line with a count
#: at its end is a sentence's or a title's.
WEAK_MARK_MAX = 40
#: A line an earlier stage removed counts for a numbering run (:func:`run_marks`) only when
#: it is at most this long: a mark alone on its line, not a long chrome row holding a figure.
REMOVED_MARK_MAX = 40
_NO_SPACE = str.maketrans("", "", " \t\u3000")
_FRACTION = re.compile(r"(\d+)[ \t\u3000]*[/／][ \t\u3000]*(\d+)")
# the count in words: '第3页 共8页', '共8页 第3页', 'Page 3 of 8'
_WORDED = re.compile(r"共\s*\d+\s*页|第\s*\d+\s*[/／]\s*\d+\s*页|(?i:page)\s+\d+\s+(?i:of)\s+\d+")
_COUNTED = re.compile(r"\d\s*(?:[/／]|(?i:of)|页[ \t]*[,，/／]?[ \t]*共)\s*\d")


#: the page-mark pattern, or its :class:`~cleaner.stages.charscan.LineStartScanner` (the
#: same matches, found faster on a whole page)
MarkScan = re.Pattern[str] | LineStartScanner


def _number_and_count(core: str) -> tuple[int, int | None]:
    nums = [int(n) for n in _NUM.findall(core)]
    if core.lstrip("（(［[ \t").startswith("共") and len(nums) >= 2:
        return nums[1], nums[0]  # '共8页 第3页'
    return nums[0], (nums[1] if len(nums) >= 2 and _COUNTED.search(core) else None)


def _cores(text: str, marks: MarkScan) -> list[str]:
    if not _NUM.search(text):
        return []  # every core holds a digit: a text without one (most pages) has none
    out: list[str] = []
    for m in marks.finditer(text):
        core = m.group().strip(" \t\u3000\f")
        if core and _NUM.search(core):
            out.append(core)
    return out


def break_mark(core: str, rx: re.Pattern[str]) -> bool:
    """Is the stripped line ``core`` a page break of the shapes that count only where they
    cut a sentence (``break_marks`` in ``repair.toml``: a pager line, a labelled running
    foot ``某某公告　2/4``, a lone Roman numeral)?  A number over its count must not
    exceed it (``3/2`` is no page of two).

    >>> rx = re.compile("^.{2,16}[ \u3000]+[0-9]+/[0-9]+$|^Ⅱ$")
    >>> break_mark("某某公告　2/4", rx), break_mark("某某公告　5/4", rx), break_mark("Ⅱ 范围", rx)
    (True, False, False)
    """
    if len(core) > WEAK_MARK_MAX or not rx.fullmatch(core):
        return False
    return all(0 < int(m.group(1)) <= int(m.group(2)) for m in _FRACTION.finditer(core))


# a line opened by a full date ('2021.05.06', '2021-5-6', '2021年5月6日')
_DATE = re.compile(r"(\d{4})[-./／年](\d{1,2})[-./／月](\d{1,2})日?")


def head_shown(core: str, text: str, seen: Callable[[str], bool] | None = None) -> bool:
    r"""May the weak mark ``core`` (:func:`break_mark`) be a page break of ``text``?  Yes,
    unless it opens with a date: a dated running head (``2021.05.06　某某公报　第 24 页``)
    has the shape of a citation broken onto its own line (``…可参见 / 2021.05.06　某报
    第 24 页 / 所载…``).  The page shows a running head by printing its date on another
    line (the issue's date in the page's header), or another line of its shape (numbers
    masked: the head of the next page); ``seen``: the site prints the shape.

    >>> head = "2021.05.06　某某公报　第 24 页"
    >>> head_shown(head, "某文，可参见\n" + head + "\n所载的说明。")
    False
    >>> head_shown(head, "公布日：2021.05.06\n某文，\n" + head + "\n所载。")
    True
    >>> head_shown(head, head + "\n" + head.replace("24", "25"))
    True
    >>> head_shown("某某简报　第 24 页", "某某简报　第 24 页")
    True
    """
    m = _DATE.match(core)
    if m is None or (seen is not None and seen(core)):
        return True
    day = tuple(int(g) for g in m.groups())
    shape = _shape(core)
    for line in text.split("\n"):
        other = line.strip(_BLANK)
        if other == core or not other:
            continue
        if _shape(other) == shape:
            return True
        if any(tuple(int(g) for g in d.groups()) == day for d in _DATE.finditer(other)):
            return True
    return False


def _shape(core: str) -> str:
    return _NUM.sub("0", core.replace(" ", "").replace("\t", ""))


def run_marks(text: str, marks: MarkScan, removed: Iterable[str] = ()) -> frozenset[str]:
    """The page-mark lines (stripped) of ``text`` that are page numbers: worded, or in a
    numbering run (see the module doc).  Empty for nearly every page (one regex scan).

    ``removed``: lines an earlier stage deleted from the page (the chrome line model
    takes some marks of a run); their marks count for the run, so the one left between
    two paragraphs is still seen as part of it.  The marks still on the page must
    increase in page order; with the removed ones, all numbers must differ."""
    found = _cores(text, marks)
    if not found:
        return frozenset()
    gone = [c for line in removed if len(line) <= REMOVED_MARK_MAX for c in _cores(line, marks)]
    keep: set[str] = {c for c in found if _WORDED.search(c)}
    by_shape: dict[str, list[str]] = defaultdict(list)
    for c in found:
        by_shape[_shape(c)].append(c)
    gone_by_shape: dict[str, list[str]] = defaultdict(list)
    for c in gone:
        gone_by_shape[_shape(c)].append(c)
    for shape, cores in by_shape.items():
        others = gone_by_shape.get(shape, [])
        if len(cores) + len(others) < 2:
            continue
        pairs = [_number_and_count(c) for c in cores]
        numbers = [n for n, _ in pairs]
        every = [_number_and_count(c) for c in cores + others]
        counts = {k for _, k in every}
        increasing = all(a < b for a, b in itertools.pairwise(numbers))
        distinct = len({n for n, _ in every}) == len(every)
        if increasing and distinct and len(counts) == 1:
            keep.update(cores)
    return frozenset(keep)


def numbered_runs(
    text: str, rx: re.Pattern[str], max_len: int, seen: Callable[[str], bool] | None = None
) -> frozenset[str]:
    """The numbered mark lines (stripped, ``bare_marks`` in ``repair.toml``: a number
    alone in any wrapper, ``[2]``, ``（2）``, ``— p2 —``, ``第2屏``, an image placeholder
    ``〖图2〗``) of ``text`` that form a page's numbering run: two or more lines of one
    shape (digits masked), numbered 2 or more (1 for a mark that names what it numbers,
    :func:`_worded`, on a site that prints the shape) and increasing down the page, and
    no line of the page opens with the same wrapped number and goes on (``（2）加强管理``
    makes ``（2）`` a list item's number, not a page).  One such line alone is a list
    number or a footnote as well, unless ``seen(line)`` says the site prints the shape
    on its pages (a paginated site's first break on every page: the run is the site's).
    The run and the place (a mark cutting a word, read by the join) make it a page
    break.  Called only for a page holding a candidate line (the callers try one line
    first).

    >>> rx = re.compile(r"^[^\\w\\s]{0,3}\\d{1,3}[^\\w\\s]{0,3}$")
    >>> sorted(numbered_runs("甲，乙\\n[2]\\n丙\\n\\n[3]\\n丁", rx, 12))
    ['[2]', '[3]']
    >>> sorted(numbered_runs("甲\\n[1]\\n乙\\n[2]", rx, 12))  # a run from 1: notes
    []
    >>> sorted(numbered_runs("（1）甲\\n（2）\\n乙", rx, 12))  # a list item's number
    []
    >>> numbered_runs("甲\\n[2]\\n乙", rx, 12), numbered_runs("甲\\n[2]\\n乙", rx, 12, bool)
    (frozenset(), frozenset({'[2]'}))
    """
    by_shape: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for line in text.split("\n"):
        core = line.strip(_BLANK)
        if core and len(core) <= max_len and rx.fullmatch(core):
            m = _NUM.search(core)
            if m is not None:
                by_shape[_shape(core)].append((core, int(m.group())))
    out: set[str] = set()
    for found in by_shape.values():
        numbers = [n for _, n in found]
        if not all(a < b for a, b in itertools.pairwise(numbers)):
            continue
        site = seen is not None and seen(found[0][0])
        if numbers[0] < 2 and not (site and _worded(found[0][0])):
            continue
        if len(found) < 2 and not site:
            continue
        if _item_opener(text, found[0][0]) is None:
            out.update(c for c, _ in found)
    return frozenset(out)


def _worded(core: str) -> bool:
    """Does the mark name what it numbers (``〖图1〗``, ``第1屏``, ``p1``)?  Such a run may
    start at 1 on a site that prints the shape (image placeholders are numbered from 1 on
    every page); a bare wrapped ``[1]`` from 1 stays a note's number.

    >>> _worded("〖图1〗"), _worded("[1]")
    (True, False)
    """
    return any(ch.isalpha() for ch in core)


def numbered_marks(
    text: str, rx: re.Pattern[str], max_len: int, seen: Callable[[str], bool] | None = None
) -> Callable[[str], bool]:
    """``is_mark(line)``: is the stripped ``line`` a numbered mark of ``text``'s numbering
    run (:func:`numbered_runs`, read on the first line of the shape, never on a page
    without one)?

    >>> is_mark = numbered_marks("甲，乙\\n第2屏\\n丙\\n第3屏\\n丁", re.compile(r"^第\\d屏$"), 12)
    >>> is_mark("第2屏"), is_mark("丙")
    (True, False)
    """
    runs: list[frozenset[str]] = []

    def is_mark(line: str) -> bool:
        if len(line) > max_len or not rx.fullmatch(line):
            return False
        if not runs:
            runs.append(numbered_runs(text, rx, max_len, seen))
        return line in runs[0]

    return is_mark


def _item_opener(text: str, core: str) -> re.Match[str] | None:
    """A line of ``text`` opening with ``core``'s wrapped number (any number) and going on."""
    m = _NUM.search(core)
    assert m is not None
    gap = "[ \t\u3000]*"
    before, after = (
        gap.join(map(re.escape, part.translate(_NO_SPACE)))
        for part in (core[: m.start()], core[m.end() :])
    )
    return re.search(f"^{gap}{before}{gap}\\d{{1,3}}{gap}{after}{gap}\\S", text, re.M)


#: a full date (year, month, day) in a row under a title
_DATED = re.compile(YMD)
#: A piece's title under its number is at most this long; its dated row at most ROW_MAX.
TITLE_MAX = 40
ROW_MAX = 60


def opens_piece(text: str, pos: int) -> bool:
    r"""The text from ``pos`` opens a new piece: (blank lines,) a short title line that
    ends no clause, and right under it a short dated row that holds no sentence (a
    byline ``某某 / 2021-3-9 / 某类``, a dateline).  A number line over them (``-- 2 --``
    in an export of several items) numbers the pieces, not the pages: a page break falls
    inside the text, where a sentence goes on below it.

    >>> opens_piece("\n某某小电上手体验\n作者 / 2021-3-9 / 数码\n\n正文。", 0)
    True
    >>> opens_piece("接着上一页的句子，继续写下去。\n2021年3月9日\n", 0)
    False
    """
    n = len(text)
    while pos < n and text[pos] in "\n \t\u3000\f":
        pos += 1
    le = text.find("\n", pos)
    title = text[pos : n if le == -1 else le].strip()
    if le == -1 or not 2 <= len(title) <= TITLE_MAX or _CLAUSE_END.search(title):
        return False
    if _DATED.search(title):
        return False
    nle = text.find("\n", le + 1)
    row = text[le + 1 : n if nle == -1 else nle].strip()
    return len(row) <= ROW_MAX and bool(_DATED.search(row)) and not _CLAUSE_END.search(row)


def drop_marks(text: str, marks: MarkScan, cores: frozenset[str]) -> Iterator[Edit]:
    """Delete every mark line of ``text`` whose stripped text is in ``cores``: the line
    and its newline (the newline before it when it is the page's last line)."""
    if not cores:
        return
    for m in marks.finditer(text):
        core = m.group().strip(" \t\u3000\f")
        if core not in cores:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        if text[ls : m.start()].strip(" \t\u3000\f") or (
            le != -1 and text[m.end() : le].strip(" \t\u3000\f")
        ):
            continue  # the mark is not the whole line
        if le != -1 and opens_piece(text, le + 1):
            continue  # it numbers the piece below it (a title over its dated row)
        if le == -1:
            if ls == 0:
                continue  # the page is nothing but the mark
            yield Edit(ls - 1, len(text), "", RULE, "delete")
        else:
            yield Edit(ls, le + 1, "", RULE, "delete")


#: A short label and its colon opening a clause (``要点2：应当…``): the clause after it is
#: a sentence even without a comma.  The line below must not open with a label of its
#: own (``电话：…`` under ``联系人：…`` is a new row, not the rest of a sentence).
_LABEL = re.compile(r"^[^，。；：:\s]{1,8}[：:]")
#: A numbered step label and a wide gap (``步骤6　…``, ``Step 2　…``): a label too, when
#: the clause after it is at least GAP_CLAUSE_MIN long (a heading ``第三章　概述`` has a
#: short name and opens with 第; a step holds an instruction).
_GAP_LABEL = re.compile(r"^(?!第)[^\s，。；：:\d]{1,6}[0-9]{1,3}(?:\u3000+|\t+| {2,})")
GAP_CLAUSE_MIN = 6


def labelled_clause(above: str, below: str) -> bool:
    """``above`` is a label and a clause of four or more characters (six after a
    numbered step label and a wide gap), ``below`` no label.

    >>> labelled_clause("要点2：应当先行", "核对清单。"), labelled_clause("联系人：王小明", "电：1")
    (True, False)
    >>> labelled_clause("步骤6　出锅前撒少许盐调", "味，趁热。")
    True
    >>> labelled_clause("第3章　概述", "本章。")
    False
    """
    if _LABEL.match(below) or _GAP_LABEL.match(below):
        return False
    m = _LABEL.match(above)
    if m is not None:
        return len(above) - m.end() >= 4
    g = _GAP_LABEL.match(above)
    return g is not None and len(above) - g.end() >= GAP_CLAUSE_MIN


#: a heading's opener: an ordinal with its mark ('二、', '（三）', '4.', '第五章')
ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节節条條部篇])"
)
#: a paragraph's first line cut by a page mark is at least this long
PARAGRAPH_CUT_MIN = 15


def paragraph_cut(before: str, above: str, below: str) -> bool:
    """A page mark cut a paragraph in its first clause: ``above``, glued under a line
    ``before`` that closes a sentence, is a paragraph's opening words
    (:data:`PARAGRAPH_CUT_MIN` long at least, a Han letter at its end, no clause mark yet,
    no heading's ordinal, no label, no gap between cells), and ``below`` goes on with a
    Han letter, a clause mark and a sentence's end.  A heading stands after a blank line
    or opens with its ordinal, and a short line is a title's.

    >>> cut, rest = "兹定于五月三日上午九时在本市殡", "仪馆举行告别仪式，丧事从简。"
    >>> paragraph_cut("某某同志系本市人。", cut, rest), paragraph_cut("", cut, rest)
    (True, False)
    >>> done, go_on = "上半年工作顺利完成。", "各单位要抓紧落实，确保完成。"
    >>> paragraph_cut(done, "二、下半年的工作安排和主要任务", go_on)
    False
    >>> paragraph_cut(done, "关于做好防汛工作的通知", go_on)
    False
    >>> paragraph_cut(done, "联系人：王某某　电话：某某某某", go_on)
    False
    """
    before, above, below = before.strip(), above.strip(), below.strip()
    if not before or before[-1] not in "。！？!?" or len(above) < PARAGRAPH_CUT_MIN:
        return False
    if (
        not ("\u4e00" <= above[-1] <= "\u9fff")
        or not below
        or not ("\u4e00" <= below[0] <= "\u9fff")
    ):
        return False
    if any(ch in "，,、；;。！？!?：:" for ch in above) or ORDINAL.match(above):
        return False
    if "\u3000" in above or "  " in above or _LABEL.match(below):
        return False
    return below[-1] in "。！？!?" and any(ch in "，,、；;" for ch in below)


_TAIL_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{1,4}[，,][^。！？!?]*[。！!]$")


def _clause_tail(below: str) -> bool:
    """The line under a mark finishes a clause cut at most four letters before its comma and
    ends a sentence (``心和支持，欢迎再来。``): the line above, whatever its marks, is the
    sentence's first half, never a title (a title's text opens with a clause of its own).

    >>> _clause_tail("心和支持，欢迎再来。"), _clause_tail("为了做好今年的防汛工作，现通知如下。")
    (True, False)
    """
    return _TAIL_CLAUSE.match(below) is not None


def marks_inside_sentences(
    stripped: list[str],
    chrome: Iterable[int],
    marks: re.Pattern[str],
    min_len: int,
    soft: Collection[int] = (),
    weak: re.Pattern[str] | None = None,
    numbered: Callable[[str], bool] | None = None,
) -> list[int]:
    """Chrome lines (indices into ``stripped``) that are page marks cutting a sentence:
    the nearest content line above ends mid-sentence (a Han character or a comma, at
    least ``min_len`` long, holding clause punctuation: a signature or a title above a
    date does not) and the one below goes on (a Han character or a digit).

    The boilerplate stage leaves these to the repair stage: the paragraph join needs to
    see the mark to know the break is a page break, and deletes it with the break
    (``repair.join_broken_paragraph.page_mark``); taken first, the mark would leave two
    halves of one sentence as two paragraphs.

    ``soft``: chrome lines claimed on a model's guess, not a rule's.  They are read as
    the page's text around a mark, and a soft line that the mark cuts (the first half
    of the sentence) is returned too: a sentence running on across a page break is
    text, whatever its score (a short half-sentence alone on its line looks like
    chrome to a line model).  So is a soft line below the mark that ends the sentence
    (its tail: ``将持续关注。``).

    ``weak``: the shapes of :func:`break_mark`, page breaks only where they cut a
    sentence (which is all this function returns).

    ``numbered``: is a line a numbered mark of the page's run (:func:`numbered_runs`)?
    Such a mark counts only where it cuts a word (Han on both sides).

    >>> import re
    >>> rx = re.compile(r"^[（(]?第\\d+页[）)]?$")
    >>> page = ["各单位要加强管理，本轮", "", "（第2页）", "", "第10批次做好工作。", "（第3页）"]
    >>> marks_inside_sentences(page, [2, 5], rx, 10)
    [2]
    >>> marks_inside_sentences(page, [0, 2, 5], rx, 10, soft=[0])
    [0, 2]
    >>> marks_inside_sentences(page, [0, 5], rx, 10, soft=[0])  # the mark itself kept
    [0]
    >>> tail = ["各单位要加强管理，本轮", "（第2页）", "工作。", "（第3页）"]
    >>> marks_inside_sentences(tail, [1, 2, 3], rx, 10, soft=[2])
    [1, 2]
    """
    gone = set(chrome)
    hard = gone - set(soft)
    out: list[int] = []
    # a mark the stage kept under a soft line is read too: the soft line may be the
    # first half of the sentence the mark cuts (only chrome indices are returned)
    under_soft = (next((k for k in range(j + 1, len(stripped)) if stripped[k]), -1) for j in soft)
    for i in sorted(gone | {k for k in under_soft if k >= 0}):
        s = stripped[i]
        if not s or len(s) > MARK_MAX:
            continue
        bare = False
        if not marks.fullmatch(s) and (weak is None or not break_mark(s, weak)):
            if numbered is None or not numbered(s):
                continue
            bare = True
        up = next((k for k in range(i - 1, -1, -1) if stripped[k] and k not in hard), -1)
        above = stripped[up] if up >= 0 else ""
        down = next((k for k in range(i + 1, len(stripped)) if stripped[k] and k not in hard), -1)
        below = stripped[down] if down >= 0 else ""
        if len(above) < min_len or not below:
            continue
        last, first = above[-1], below[0]
        # a sentence, not a signature or a title: it holds clause punctuation
        opens = ("\u4e00" <= last <= "\u9fff" or last in "，、,") and (
            any(ch in "，,、；;" for ch in above)
            or labelled_clause(above, below)
            or _clause_tail(below)
        )
        goes_on = "\u4e00" <= first <= "\u9fff" or first.isdigit()
        if bare and not ("\u4e00" <= last <= "\u9fff" and "\u4e00" <= first <= "\u9fff"):
            continue
        if opens and goes_on:
            if up in gone:
                out.append(up)
            if i in gone:
                out.append(i)
            if down in gone and below[-1] in SENTENCE_CLOSE:
                out.append(down)  # the sentence's tail, a short line the model guessed
    return sorted(set(out))
