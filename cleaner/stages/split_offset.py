"""Numbered piece headers that continue a series begun on an earlier page.

A long compilation served in chunks (one issue's cases over several pages, a bulletin's
items 4–6 on page two) numbers its pieces on from the previous chunk: the page's run of
same-shape headers reads 4, 5, 6, never 1.  :func:`~cleaner.stages.split_headers.
numbered_runs` wants a run to start at 1, so such a page stayed one article.
:func:`offset_runs` finds runs whose numbers are consecutive from any start above 1 and
hands them, renumbered 1, 2, 3 …, to the same :func:`~cleaner.stages.split_headers.judge`
as any other run: the page must still prove it compiles (a count in its head equal to
the run's length, a metadata row under every header, …), so a document's steps 2 and 3
stay one article.  Numbers that skip (4, 6) or fall back are no run.

A code row's words beside the number are often a short kicker (``ITEM 04 · 园艺``, the
category the piece is filed under) over the piece's own title line: when every header's
words are short and the line under every header is a longer title-shaped line, the run's
titles are left empty and :func:`~cleaner.stages.split_headers.titles_below` takes the
line below, which stays the piece's first line of text (:func:`kicker_rule`); the code
row goes as the piece's header.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_header_shapes import Candidate, candidate, untagged, vocab
from cleaner.stages.split_headers import _title_shaped
from cleaner.stages.split_page import stripped

_MIN_RUN = 2
#: A year with its month ('2020年4月', '2020-04', '2020/4'): a row that dates an issue.
_DATED = re.compile(r"(?:19|20)\d\d\s*[年/.\-－]\s*\d{1,2}")
_KICKER_MAX = 6  # a category beside the number: a word or two, never a headline
#: A row of fields or cells, never a headline: a credit's slash, a date, or cells apart
#: by a wide gap ('文／某某　　2020年1月4日', '某某　　编号：甲20200005').
_ROW_MARKS = re.compile(r"[／/|｜]|\d{4}\s*[年/.\-]|\u3000\u3000|\S {2,}\S")
#: One label before the line's words ('传言：某某……'): a labelled headline when the words
#: run on (``_LABELLED_MIN``); a short value is a field ('作者：某某').
_LABEL = re.compile(r"^[^：:]{1,6}[：:]([^：:]*)$")
_LABELLED_MIN = 8


def _below(lines: list[str], c: Candidate) -> str:
    """The first non-empty line under the header (within two lines), stripped."""
    return next((s for s in (ln.strip() for ln in lines[c.line + 1 : c.line + 3]) if s), "")


#: A code beside the number: a Latin word before it ('CASE 04', 'ITEM 4') or a glyph
#: parting it from the words ('04 · 某类', '1 | 某类'): a filing row, never a plain list.
_CODE_WORD = re.compile(r"[A-Za-z]{2,}")
_CODE_GLYPH = re.compile(r"[·•|｜/／]")


def _category_rows(run: list[Candidate]) -> bool:
    """The rows read as categories: they carry a code (:data:`_CODE_WORD`,
    :data:`_CODE_GLYPH`) or the same words come back on two rows (a kicker files pieces
    under a few headings; titles of a plain numbered list differ row to row).

    >>> from cleaner.stages.split_header_shapes import candidate, vocab
    >>> rows = lambda *ss: [candidate(i, s, vocab()) for i, s in enumerate(ss)]
    >>> _category_rows(rows("CASE 04 · 甲类", "CASE 05 · 乙类"))
    True
    >>> _category_rows(rows("1. 园艺", "2. 街坊", "3. 园艺"))
    True
    >>> _category_rows(rows("1. 晚风", "2. 旧信", "3. 山行"))
    False
    """
    prefix = [c.shape.split("|")[0][1:] for c in run]
    glyph = [c.shape.split("|")[1] if c.shape.count("|") >= 1 else "" for c in run]
    pairs = zip(prefix, glyph, strict=True)
    if all(_CODE_WORD.search(p) or _CODE_GLYPH.search(g) for p, g in pairs):
        return True
    titles = [c.title for c in run]
    return len(set(titles)) < len(titles)


def _kickers(lines: list[str], run: list[Candidate]) -> bool:
    """Every header's words are a short kicker over a longer title-shaped line, and the
    rows read as categories (:func:`_category_rows`): a plain list's short titles
    ('1. 晚风' over the poem's author line, a digest's headline over its deck) stay.

    >>> page = ["ITEM 04 · 园艺", "阳台上的薄荷又发芽了", "正文。"]
    >>> page += ["ITEM 05 · 街坊", "巷口的修车铺", "正文。"]
    >>> [c.title for c in offset_runs(page)[0]]  # kickers: titles left for the line below
    ['', '']
    >>> page = ["ITEM 04 · 阳台上的薄荷又发芽了", "正文。", "ITEM 05 · 巷口的修车铺", "正文。"]
    >>> [c.title for c in offset_runs(page)[0]]  # the row's own words are the title
    ['阳台上的薄荷又发芽了', '巷口的修车铺']
    >>> page = ["ITEM 04 · 晚风", "文／林某　　2020年01月14日", "正文。"]
    >>> page += ["ITEM 05 · 旧信", "文／陈某　　2020年01月15日", "正文。"]
    >>> [c.title for c in offset_runs(page)[0]]  # a short title over its byline row
    ['晚风', '旧信']
    >>> page = ["ITEM 04 · 晚风", "作者：林某某", "正文。"]
    >>> page += ["ITEM 05 · 旧信", "作者：陈某某", "正文。"]
    >>> [c.title for c in offset_runs(page)[0]]  # a short title over a field row
    ['晚风', '旧信']
    >>> page = ["ITEM 04 · 定性：误读", "传言：城西的老桥下周起封闭改建", "正文。"]
    >>> page += ["ITEM 05 · 定性：谣言", "传言：全市的公园下月起收门票", "正文。"]
    >>> [c.title for c in offset_runs(page)[0]]  # a labelled headline under each kicker
    ['', '']
    >>> page = ["1. 晚风", "城西诗人 某某某的短诗", "正文。"]
    >>> page += ["2. 旧信", "城东诗人 某某的短诗", "正文。"]
    >>> _kickers(page, [candidate(0, "1. 晚风", vocab()), candidate(3, "2. 旧信", vocab())])
    False
    """
    if _tagged_rows(lines, run):
        return True
    if not _category_rows(run):
        return False
    for c in run:
        below = _below(lines, c)
        if not c.title or len(c.title) > _KICKER_MAX:
            return False
        if not (len(c.title) < len(below) <= 40 and _title_shaped(below)):
            return False
        if _ROW_MARKS.search(below):
            return False  # a byline or a row of cells under a short title
        if any(ch in below for ch in "：:"):
            m = _LABEL.match(below)
            if m is None or len(m.group(1)) < _LABELLED_MIN:
                return False  # a field row ('作者：某某') under a short title
    return True


#: A row's words that close on a class in brackets: a name filed under its kind
#: (``某某公司（民营）``, ``某某小学（公办）``, ``某某站 [国家级]``); the tag one to eight letters
_TAGGED = re.compile(
    r"^\S.*?\S\s*[（(［\[〔【]\s*([^\s（）()［］\[\]〔〕【】：:，,。]{1,8})\s*[）)］\]〕】]$"
)
#: the name before the tag is at least this long (a bare '甲（上）' is a part, no filing)
_TAGGED_NAME_MIN = 4


def _tagged_rows(lines: list[str], run: list[Candidate]) -> bool:
    """Every numbered row's words a name with its kind in brackets after it (:data:`_TAGGED`)
    over a title line of its own (title-shaped, no field, no row of cells, the lines
    differing piece to piece, no sentence): the row files the piece by who or what it is
    about, the line under it is the piece's title (``㈠ 某某集团有限公司（国有）`` over
    ``某矿“6·2”运输事故``).  A row whose next line is prose (its own title over its text),
    a field (``作者：某某``) or a cell row stays titled by its own words; the tags must not
    all be one part word of a two-part piece (``（上）``, ``（下）``: a serial's parts).

    >>> from cleaner.stages.split_headers import numbered_runs
    >>> body = "2021年3月2日，某矿发生一起事故，造成1人受伤，原因正在调查中。"
    >>> page = ["㈠ 某某集团有限公司（国有）", "甲矿“3·2”运输事故", body]
    >>> page += ["㈡ 某某煤业有限公司（民营）", "乙矿“3·9”顶板事故", body]
    >>> _tagged_rows(page, numbered_runs(page)[0])
    True
    >>> page[1], page[4] = body, body  # prose under each row: the rows are the titles
    >>> _tagged_rows(page, numbered_runs(page)[0])
    False
    >>> page = ["一、某某行动方案（试行）", "作者：某甲", body]
    >>> page += ["二、某某管理办法（试行）", "作者：某乙", body]
    >>> _tagged_rows(page, numbered_runs(page)[0])
    False
    """
    if len(run) < _MIN_RUN:
        return False
    belows: list[str] = []
    for c in run:
        m = _TAGGED.match(c.title or "")
        if m is None or len(c.title) - len(m.group(1)) - 2 < _TAGGED_NAME_MIN:
            return False
        below = _below(lines, c)
        if not (4 <= len(below) <= 40 and _title_shaped(below)):
            return False
        if _ROW_MARKS.search(below) or any(ch in below for ch in "：:"):
            return False  # a byline, a field or a row of cells under the row
        if below[-1] in "。！？!?；;，,":
            return False
        belows.append(below)
    tags = {_TAGGED.match(c.title or "")[1] for c in run}  # type: ignore[index]
    if tags <= {"上", "中", "下", "续", "一", "二", "三"}:
        return False
    return len(set(belows)) == len(belows)


def offset_runs(lines: list[str], only: list[int] | None = None) -> list[list[Candidate]]:
    """Runs of same-shape candidates numbered k, k+1, … (k > 1) in page order, every
    shape's candidates all in the run, renumbered from 1; longest first.  ``only``: the
    line indices worth looking at (as :func:`~cleaner.stages.split_headers.numbered_runs`);
    most lines numbered is a list page, never a compilation.

    >>> page = ["ITEM 04 · 甲类", "正文甲。", "ITEM 05 · 乙类", "正文乙。"]
    >>> [(c.line, c.number) for c in offset_runs(page)[0]]
    [(0, 1), (2, 2)]
    >>> offset_runs(["ITEM 04 · 甲类", "正文。", "ITEM 06 · 乙类", "正文。"])
    []
    >>> offset_runs(["ITEM 01 · 甲类", "正文。", "ITEM 02 · 乙类", "正文。"])
    []
    >>> offset_runs(["第12号　2031年5月2日", "正文。", "第13号　2031年5月9日", "正文。"])
    []
    """
    v = vocab()
    if only is not None and len(only) > v.list_page_lines and len(only) * 2 > len(lines):
        return []
    by_shape: dict[str, list[Candidate]] = {}
    strip = stripped(lines)
    for i in range(len(lines)) if only is None else only:
        s = untagged(strip[i])
        if not s or len(s) > v.max_len or not any(map(str.isdigit, s)):  # C-speed loop
            continue
        c = candidate(i, s, v)
        if c is not None:
            by_shape.setdefault(c.shape, []).append(c)
    runs: list[list[Candidate]] = []
    for run in by_shape.values():
        first = run[0].number
        if len(run) < _MIN_RUN or first <= 1:
            continue  # a run from 1 is numbered_runs' own
        if any(_DATED.search(lines[c.line]) for c in run):
            # '第12号　2020年4月3日': a serial issue number beside its date counts the
            # issues of a masthead (split_masthead reads its facts), no piece header
            continue
        if any(c.number != first + k for k, c in enumerate(run)):
            continue
        gaps = (lines[a.line + 1 : b.line] for a, b in itertools.pairwise(run))
        if any(not any(x.strip() for x in gap) for gap in gaps):
            continue  # two headers with nothing between: a list, never pieces
        out = [replace(c, number=k + 1) for k, c in enumerate(run)]
        if _kickers(lines, out):
            out = [replace(c, title="") for c in out]
        runs.append(out)
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def kicker_titles(
    lines: list[str], runs: list[list[Candidate]]
) -> tuple[list[list[Candidate]], list[tuple[list[Candidate], list[Candidate]]]]:
    """``runs`` (numbered runs from 1) with the titles of every run whose rows are kickers
    over title lines (:func:`_kickers`) left empty, and those runs beside the runs they
    came from (``(kicked, original)``, for :func:`kicker_rule` and for the judge: the
    kicker reading gives a split its titles, never a split the rows' own words did not
    earn): the kicker is the row's category whatever number the series starts at.

    >>> from cleaner.stages.split_headers import numbered_runs
    >>> page = ["ENTRY 1 | 旅行", "山路尽头的小旅馆", "正文。"]
    >>> page += ["ENTRY 2 | 美食", "夜市里的一碗面", "正文。"]
    >>> runs, kicked = kicker_titles(page, numbered_runs(page))
    >>> [c.title for c in runs[0]], kicked[0][0] is runs[0], kicked[0][1][0].title
    (['', ''], True, '旅行')
    >>> page = ["ENTRY 1 | 山路尽头的小旅馆", "正文。", "ENTRY 2 | 夜市里的一碗面", "正文。"]
    >>> runs, kicked = kicker_titles(page, numbered_runs(page))
    >>> [c.title for c in runs[0]], kicked
    (['山路尽头的小旅馆', '夜市里的一碗面'], [])
    """
    out: list[list[Candidate]] = []
    kicked: list[tuple[list[Candidate], list[Candidate]]] = []
    for r in runs:
        if _kickers(lines, r):
            k = [replace(c, title="") for c in r]
            kicked.append((k, r))
            r = k
        out.append(r)
    return out, kicked


def kicker_rule(run: list[Candidate], offsets: list[list[Candidate]]) -> str:
    """The header rule of an offset run whose rows are kickers (titles left empty for the
    line below): :data:`~cleaner.stages.split_clock.TITLE_IS_TEXT`, the title line stays
    text; '' for any other run (its rule is the generic one).

    >>> page = ["ITEM 04 · 园艺", "阳台上的薄荷又发芽了", "正文。"]
    >>> page += ["ITEM 05 · 街坊", "巷口的修车铺", "正文。"]
    >>> runs = offset_runs(page)
    >>> kicker_rule(runs[0], runs) == TITLE_IS_TEXT, kicker_rule(list(runs[0]), runs)
    (True, '')
    """
    mine = any(run is r for r in offsets)
    return TITLE_IS_TEXT if mine and not any(c.title for c in run) else ""
