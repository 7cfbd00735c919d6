"""A running folio printed inside a paragraph it cuts: the page turned mid-sentence.

A booklet or a report flattened to text keeps, where each printed page ended, its folio
line: the running title and the page number on one line (``某刊月报 · 3``, ``12｜某某年报``:
:func:`page_folio.folio_parts`), set off by blank lines.  When the page turned in the
middle of a sentence the line stands between the two halves of one paragraph: the line
above it is prose broken off (a clause mark in it, no sentence end or closing mark at
its end), the line below goes on with a letter (no list mark, no number, no opening
bracket).  That cut is the evidence, on the page alone: the folio line is the page's
furniture (rule ``boilerplate.page_folio``), and the repair stage then joins the
paragraph across it (:func:`page_folio.folios_taken`).

Web text ends paragraphs without a full stop all the time, and the same ``N｜words`` /
``words · N`` shape is a recipe's step, a ranked list's place, a menu's dish and price,
a timeline's year, a playlist's track.  So the line must also be proven a running
folio, by the page's structure (:func:`_running_folios`):

- a run: two or more such lines carry the same running title, their numbers rise, and a
  printed page's worth of text (:data:`PAGE_CHARS`) stands between each two; or
- a lone folio whose running title echoes the page's own head (the booklet's name over
  the page: :func:`_echoes`), the only line of that shape on the page.

Either way a number that reads as a year, or a first page ``1``, is refused; so are
lines of the shape under different titles (a list's items).  A titled folio between two
whole paragraphs, a heading over the line (no clause in it), a bare number
(:func:`page_folio.folio_lines` reads those by the site's running head), or a line glued
to its neighbours (a table's row, a list's item) stays.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from itertools import pairwise

from cleaner.stages.page_folio import TITLED_FOLIO_MARK, folio_parts
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END

__all__ = ["bracket_open", "cut_folios"]

#: blank lines at most on either side of the folio
MAX_GAP = 2
#: the broken-off line holds at least this many characters
MIN_PROSE_CHARS = 10
#: characters of text at least between two folios of a run (a printed page's worth)
PAGE_CHARS = 200
#: the least run of characters a lone folio's title shares with the page's head
ECHO_CHARS = 4
#: letters at least in a broken-off line with no clause mark yet (over a worded folio)
FULL_LINE_CHARS = 24
#: page numbers from here up read as years (a timeline's)
YEAR_FROM = 1900

_LONE = re.compile(r"^\d{1,4}$")
_CLAUSE = re.compile(r"[，、；,;。！？]")
# a line that goes on: a letter first (Han, or a Latin letter in lower case)
_GOES_ON = re.compile(r"^[\u4e00-\u9fffa-z]")
_SPACE = re.compile(r"\s+")
# marks that close a sentence's quote or bracket
_CLOSERS = "」』”’）)】〕>》"


def bracket_open(s: str) -> bool:
    """More round brackets opened than closed in ``s`` (``公示期：…（5个``).

    >>> bracket_open("公示期：3月1日至3月9日（5个"), bracket_open("（5个工作日）")
    (True, False)
    """
    return s.count("（") + s.count("(") > s.count("）") + s.count(")")


def _broken_off(s: str, *, before: str = "") -> bool:
    """Prose whose last sentence breaks off: a clause mark in it, a letter (or a clause
    mark inside a sentence) at its end.

    Over a folio that names its page in words (its own proof), a line of letters with no
    clause mark yet breaks off too, the page turned inside the sentence's first clause,
    when two things tell it from a heading (which a join would glue to the paragraph
    under it): it is long (:data:`FULL_LINE_CHARS`: a printed line's width, no gap in
    it), and it goes on a block (``before``: the line glued above it) that ends without
    a sentence's end (a field row's value, a clause), where a heading stands alone or
    under a paragraph's full stop.  ``before`` is empty for a running folio.

    >>> _broken_off("该宗地于某年某月某日在某市公共资源交易中心以拍卖方式")
    False
    >>> _broken_off("该宗地于某年某月某日在某市公共资源交易中心以拍卖方式", before="竞得人：某公司")
    True
    >>> _broken_off("某市东区河滨路以西十二号地块使用权挂牌出让结果公示", before="上一段话。")
    False
    >>> _broken_off("第三章　出让程序与公示规定", before="竞得人：某公司")  # short, a gap
    False

    A bracket left open on a letter breaks off wherever the line stands:

    >>> _broken_off("公示期：某年3月1日至3月9日（5个", before="上一段话。")
    True
    >>> _broken_off("公示期：某年3月1日至3月9日（5个工作日）", before="上一段话。")
    False
    """
    if len(s) < MIN_PROSE_CHARS:
        return False
    if s[-1].isalnum() and bracket_open(s):
        return True  # a bracket left open on a letter: the page turned inside it
    if not _CLAUSE.search(s):
        return (
            len(s) >= FULL_LINE_CHARS
            and not _SPACE.search(s)
            and s[-1].isalpha()
            and bool(before)
            and not _SENTENCE_END.search(before[-1])
            and before[-1] not in _CLOSERS
        )
    last = s[-1]
    return last.isalnum() or last in "，、,"


def _neighbour(stripped: list[str], i: int, step: int) -> int | None:
    """The nearest filled line from ``i`` towards ``step``, with at least one and at
    most :data:`MAX_GAP` blank lines between (a glued line is a table's neighbour)."""
    j, blanks = i + step, 0
    while 0 <= j < len(stripped) and not stripped[j]:
        j, blanks = j + step, blanks + 1
    if not 0 <= j < len(stripped) or not 1 <= blanks <= MAX_GAP:
        return None
    return j


def _echoes(title: str, head: str) -> bool:
    """Does the running title repeat the page's head: a run of :data:`ECHO_CHARS` or
    more characters, at least half the title, in both?

    >>> _echoes("澄江县志通讯", "二〇二三年澄江县志通讯　第三期")
    True
    >>> _echoes("处理食材", "番茄炒蛋的做法")
    False
    """
    a, b = _SPACE.sub("", title), _SPACE.sub("", head)
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= ECHO_CHARS and 2 * m.size >= len(a)


def _may_fold(stripped: list[str]) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`_running_folios`: a titled
    folio (:func:`page_folio.folio_parts` with a title) holds a bar or a dot
    (:data:`page_folio.TITLED_FOLIO_MARK`); a page without one has none.

    >>> _may_fold(["某刊月报 · 3", "正文"]), _may_fold(["某刊月报 3", "正文"])
    (True, False)
    """
    return TITLED_FOLIO_MARK.search("\n".join(stripped)) is not None


def _running_folios(stripped: list[str]) -> set[int]:
    """The titled folio lines the page's structure proves running folios (module doc)."""
    if not _may_fold(stripped):
        return set()
    found: dict[str, list[tuple[int, int]]] = {}
    for i, s in enumerate(stripped):
        got = None if not s or _LONE.match(s) else folio_parts(s)
        if got is not None and got[1]:
            found.setdefault(got[1], []).append((i, got[0]))
    if not found:
        return set()
    if any(n >= YEAR_FROM or n <= 1 for run in found.values() for _, n in run):
        return set()  # a timeline's years, a list's first item
    if len(found) > 1:
        return set()  # the shape under several titles: a list's items
    ((title, run),) = found.items()
    if len(run) == 1:
        head = next((s for s in stripped if s), "")
        return {run[0][0]} if run[0][0] != stripped.index(head) and _echoes(title, head) else set()
    for (i, a), (j, b) in pairwise(run):
        if b <= a or sum(len(s) for s in stripped[i + 1 : j]) < PAGE_CHARS:
            return set()  # numbers not rising, or items a few lines apart
    return {i for i, _ in run}


#: A folio that names its page in words at its end (``某馆　书目　第 2 页``, ``… 第3页 共8页``,
#: ``… Page 4``, ``… Page 4 of 9``, ``… P2``, ``… p. 3/8``, the page word before its number
#: ``… 頁2``, ``… 页 3/8``): the page number says what the line is, whatever stands before
#: it (a running title, a print date), so it needs no run or echo.  A print view's frame of
#: rule marks round the line (``～ 某刊 P2 ～``, ``— 第 3 页 —``, ``－ 某刊 頁2 －``,
#: ``━ … ━``) is no part of it (:data:`_FRAME`).
_WORDED_FOLIO = re.compile(
    r"(?:^|[ \t\u3000])(?:第[ \t]*\d{1,4}[ \t]*[页頁]"
    r"(?:[ \t\u3000]*[/／,，]?[ \t\u3000]*共[ \t]*\d{1,4}[ \t]*[页頁])?"
    r"|(?:[打列]印)?[页頁][ \t\u3000]?\d{1,4}(?:[ \t]?[/／][ \t]?\d{1,4})?"
    r"|(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?"
    r"|[Pp]\.?[ \t]?\d{1,4}(?:[ \t]?[/／][ \t]?\d{1,4})?)$"
)
#: rule marks a print view sets round a folio line, stripped before it is read
_FRAME = re.compile(r"^[～~—–―－─━\-=*·•\s\u3000]+|[～~—–―－─━\-=*·•\s\u3000]+$")
#: a worded folio is a short line with no sentence in it
WORDED_MAX_CHARS = 60


def _worded_folio(s: str) -> bool:
    """A folio naming its page in words at its end, no sentence in it.

    >>> _worded_folio("某市图书馆　书目　打印日期：2020/7/9　第 2 页")
    True
    >>> _worded_folio("年报 Page 4 of 9")
    True
    >>> _worded_folio("详情见手册，第 2 页。"), _worded_folio("第 2 页")
    (False, True)

    A page's number as ``P2`` after its running title, in a print view's frame of rule
    marks; a model name or a word ending in the letter is none:

    >>> _worded_folio("～ 某市福彩·开奖公告 P2 ～"), _worded_folio("— 某刊月报 p. 3/8 —")
    (True, True)

    The page word before its number, in a frame of full-width rules; a word that begins
    with the page word is none:

    >>> _worded_folio("－ 某协会‧第5轮赛果　頁2 －"), _worded_folio("某刊　页 3/8")
    (True, True)
    >>> _worded_folio("页面2"), _worded_folio("详见附录，頁2。")
    (False, False)
    >>> _worded_folio("型号 XP2"), _worded_folio("某某 P2P")
    (False, False)

    The page word before its number (``頁2``, ``页 3``), in any dash's frame (the
    full-width ``－``); a word ending in the page word is none (``首页 2``, ``扉页2``):

    >>> _worded_folio("－ 某協‧第8輪賽果　頁2 －"), _worded_folio("― 某刊　页 3 ―")
    (True, True)
    >>> _worded_folio("首页 2"), _worded_folio("见扉页2")
    (False, False)

    A print view's page word (``列印頁``, ``打印页``) before its number, a wide gap or none:

    >>> _worded_folio("某縣政府網　列印頁　2"), _worded_folio("某站 打印页3")
    (True, True)
    """
    inner = _FRAME.sub("", s)
    if len(inner) > WORDED_MAX_CHARS or _SENTENCE_END.search(inner):
        return False
    if _WORDED_FOLIO.search(inner):
        return True
    # framed on both sides by an ornament run of any symbols (``＊＊＊　…　＊＊＊``,
    # ``·　·　·　…　·　·　·``): the running name may hold the page's ordinal glued to it
    # (``打印第2页``), no sentence's words being set in such a frame
    framed = _ornament_frame(s)
    return framed is not None and _GLUED_ORDINAL.fullmatch(framed) is not None


#: a print view's running name with the page's ordinal glued to it or not, in its frame
_GLUED_ORDINAL = re.compile(
    r"[^\s\d。，！？；：,.!?;:]{0,24}?[ \t\u3000]*第[ \t]*\d{1,4}[ \t]*[页頁]"
)


def _ornament_frame(s: str) -> str | None:
    """What a line framed on both ends by a run of symbols and spaces holds, or None.
    A symbol: a mark of category S*, or of P* that opens or closes no bracket or quote and
    ends no sentence.

    >>> f = _ornament_frame
    >>> f("＊＊＊　某稿　第3页　＊＊＊"), f("·　·　·　打印第2页　·　·　·")
    ('某稿\u3000第3页', '打印第2页')
    >>> [_ornament_frame(x) for x in ("【某稿　第3页】", "某稿　第3页", "。第3页。")]
    [None, None, None]
    """
    ends = [0, len(s)]
    for side, step in ((0, 1), (1, -1)):
        k, marks = ends[side], 0
        while 0 <= (k if step > 0 else k - 1) < len(s):
            ch = s[k if step > 0 else k - 1]
            if ch.isspace():
                pass
            elif _ornament(ch):
                marks += 1
            else:
                break
            k += step
        if not marks:
            return None
        ends[side] = k
    inner = s[ends[0] : ends[1]].strip()
    return inner or None


def _ornament(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] == "S" or (cat in ("Po", "Pd") and not _SENTENCE_END.match(ch))


def cut_folios(stripped: list[str]) -> list[int]:
    """The titled folio lines that cut a paragraph (module docstring), and the folios
    that name their page in words (:func:`_worded_folio`) cutting one.

    >>> page = ["某刊月报　第三期", "", "正文的前半段，说到这里还没", "", "某刊月报　·　7", "",
    ...         "有说完的话。", "", "另一段完整的话。"]
    >>> cut_folios(page)
    [4]
    >>> cut_folios(["做法", "", "盐和糖适量，葱一根", "", "2｜处理食材", "", "番茄切块。"])
    []
    >>> cut_folios(["正文的前半段，说到这里还没", "", "某馆　打印日期：2020/7/9　第 2 页", "",
    ...             "有说完的话。"])
    [2]
    >>> cut_folios(["一段完整的话，已经说完。", "", "某馆　第 2 页", "", "另一段完整的话。"])
    []
    """
    out: list[int] = []
    worded = {
        i
        for i, s in enumerate(stripped)
        if s and ("页" in s or "頁" in s or "age" in s or "P" in s or "p" in s) and _worded_folio(s)
    }
    for i in sorted(_running_folios(stripped) | worded):
        above, below = _neighbour(stripped, i, -1), _neighbour(stripped, i, 1)
        if above is None or below is None:
            continue
        before = stripped[above - 1] if i in worded and above > 0 else ""
        if _broken_off(stripped[above], before=before) and _GOES_ON.match(stripped[below]):
            out.append(i)
    return out
