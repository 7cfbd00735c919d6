"""Header runs no number-reading shape sees, and labels in front of a header's title.

Two more ways a compilation heads its pieces (issue 12, blind set n):

* a bracketed word repeated down the page with no number (``【条目】名称``, ``〖词条〗
  名称``): like a repeated bullet glyph (:func:`split_headers.bullet_runs`), every line
  the same bracket and word open is one run, ranked 1, 2, 3 …;
* a series word with its numeral after ``之`` and a colon (``某某动态之二：标题``): the
  number runs 1, 2, 3 … under one base, the title is what follows the colon.

Either run is judged by the same evidence as a numbered one (:func:`split_headers.judge`):
titles, bodies and a cue that the page compiles.

:func:`unlabelled` strips a label a digest puts before each item's title: a security's
(or any item's) code and short name before a colon (``600000 某某：关于…的公告``), the
code and name labelling the item, the title following them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.bracket_pairs import CLOSE, OPEN, PAIRS
from cleaner.stages.split_cell_rows import credited
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_headers import Candidate, _title_shaped, candidate, vocab
from cleaner.stages.split_page import joined, stripped
from cleaner.stages.split_tags import framed_serial

__all__ = [
    "form_titles",
    "framed_count",
    "framed_runs",
    "framed_title",
    "series_runs",
    "titles_under_frames",
    "unlabelled",
    "word_runs",
]

# any pair of bracket_pairs frames the word ('【条目】', '〔条目〕', '[条目]')
_WORD_HEAD = re.compile(
    rf"^(?P<frame>[{OPEN}](?P<word>[\u4e00-\u9fff]{{1,6}})[{CLOSE}])\s*[:：]?\s*(?P<title>\S.*)$"
)
# any bracketed word a form row may open with: Han, letters and digits, joined by a dot or
# a dash ('【急寻】', '【某A·12B3C】', '[K-204]'), a letter among them (no bare figure)
_ANY_HEAD = re.compile(
    rf"^(?P<frame>[{OPEN}](?P<word>(?=[^{CLOSE}]*[\u4e00-\u9fffA-Za-z])"
    rf"[\u4e00-\u9fffA-Za-z0-9]+(?:[·・\-－][\u4e00-\u9fffA-Za-z0-9]+){{0,3}})[{CLOSE}])"
    r"\s*(?P<title>\S.*)$"
)
# a title between two runs of one ornament ('== 标题 ==', '~~ 标题 ~~', '*** 标题 ***'),
# spaced from it: the frame a text export draws around each piece's title
_FRAMED = re.compile(
    r"^(?P<o>([^\w\s（）()【】《》「」『』“”\"'，。！？、；：,.!?;:])\2{1,5})[ \t\u3000]+"
    r"(?P<title>\S(?:.{0,58}\S)?)[ \t\u3000]+(?P=o)$"
)
# a piece's count between two runs of one ornament ('@@ 2/3 @@', '== 2 / 3 =='): a text
# export's mark over each piece of a list page, no title
_FRAMED_COUNT = re.compile(
    r"^(?P<o>([^\w\s（）()【】《》「」『』“”\"'，。！？、；：,.!?;:])\2{1,5})[ \t\u3000]*"
    r"\d{1,3}[ \t]*[/／][ \t]*\d{1,3}[ \t\u3000]*(?P=o)$"
)
_SERIES_HEAD = re.compile(
    r"^(?P<base>[\u4e00-\u9fff]{2,8})之(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]\s*"
    r"(?P<title>\S.*)$"
)
# a code (letters and digits, a digit among them, no bare year) and a space, a short name
_LABEL = re.compile(
    r"^(?!(?:19|20)\d\d[ \u3000])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,8}[ \u3000]+"
    r"[\u4e00-\u9fffA-Za-z*]{2,8}\s*[:：]\s*(?P<t>\S.*)$"
)
_MAX = 80


def word_runs(lines: list[str]) -> list[list[Candidate]]:
    """Runs of lines opened by one bracketed word and a title (``【词条】名称``), one run
    per frame seen on two lines or more, longest first.

    >>> page = ["【词条】甲", "正文。", "【词条】乙", "正文。", "【关闭】【打印】"]
    >>> [(c.line, c.shape, c.number, c.title) for c in word_runs(page)[0]]
    [(0, 'K【词条】', 1, '甲'), (2, 'K【词条】', 2, '乙')]
    >>> word_runs(["【甲报】甲", "正文。", "【乙报】乙", "正文。", "【甲报】丙", "正文。"])
    []
    >>> [c.title for c in word_runs(["〔词条〕甲", "正文。", "〔词条〕乙", "正文。"])[0]]
    ['甲', '乙']
    >>> word_runs(["〔唐〕某某", "正文。", "〔唐〕某某某", "正文。"])  # an era's credit
    []
    """
    by_frame: dict[str, list[Candidate]] = {}
    others: list[tuple[int, str]] = []  # (line, frame) of every bracketed-word title line
    strip = stripped(lines)  # (a blank line opens with no bracket: skipped here)
    for i in [i for i, s in enumerate(strip) if s and s[0] in PAIRS]:
        s = strip[i]
        m = _WORD_HEAD.match(s) if len(s) <= _MAX else None
        if m is None or m["title"][:1] in PAIRS:
            continue  # a row of bracketed buttons ('【关闭】【打印】') heads nothing
        if credited(s) is not None:
            continue  # a poet's era before the name ('〔唐〕某某'): a credit, no header
        others.append((i, m["frame"]))
        run = by_frame.setdefault(m["frame"], [])
        run.append(Candidate(i, "K" + m["frame"], len(run) + 1, m["title"].strip()))
    # the page's marker frames every such line below its first: a frame among others
    # ('【某报】标题', '【另报】标题': each item's source) labels items, it heads no run
    runs = [
        r
        for r in by_frame.values()
        if len(r) >= 2 and all(f == r[0].shape[1:] for i, f in others if i > r[0].line)
    ]
    # a form row's word may be any word (a code, a plate): rows of one form under such
    # words are read when the Han words alone make no run of the form; a row holding a
    # label's colon ('【Q1】　标签：某类', '【某期】　日期：…') is a row of fields, the field
    # readers' (nor does a row of bracketed buttons, '【打印】　【关闭】', head anything)
    wide = [
        (i, m["frame"])
        for i, s in enumerate(strip)
        if s[:1] in PAIRS and len(s) <= _MAX
        if (m := _ANY_HEAD.match(s)) is not None and len(m["word"]) <= 12
        if m["title"][:1] not in PAIRS and not re.search("[:：]", m["title"])
    ]
    runs += _form_run(strip, others) or _form_run(strip, wide, _ANY_HEAD)
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def _slots(title: str) -> str:
    """The slot shape of a row's words: each Han run ``H``, each digit run ``0``, every
    other character itself (``某市 · 东区　已满 7 天`` → ``H · H　H 0 H``).

    >>> _slots("某市 · 东区　已满 7 天")
    'H · H\u3000H 0 H'
    """
    return re.sub(r"\d+", "0", re.sub(r"[\u4e00-\u9fff]+", "H", title))


def _form_run(
    strip: list[str], others: list[tuple[int, str]], head: re.Pattern[str] = _WORD_HEAD
) -> list[list[Candidate]]:
    """One run of rows of one FORM under different bracketed words: each row a bracketed
    word (one bracket pair), then the same slot shape (:func:`_slots`) of three Han slots
    or more and a figure or a mark between them (``【急寻】　某市 · 东区　　已满 7 天``,
    ``【寻亲】　某市 · 西区　　已满 3 天``): a category over each piece, its word the
    piece's own.  Every bracketed-word row from the first on shares the form, two words
    at least; bare titles under source labels (``【甲报】标题``) have no such form.

    >>> rows = ["【急寻】　某市 · 东区　已满 7 天", "标题。", "正文。",
    ...         "【寻亲】　某市 · 西区　已满 3 天", "标题。", "正文。"]
    >>> [(c.line, c.number) for c in _form_run(rows, [(0, "【急寻】"), (3, "【寻亲】")])[0]]
    [(0, 1), (3, 2)]
    >>> src = ["【甲报】甲地", "标题。", "正文。", "【乙报】乙地", "标题。", "正文。"]
    >>> _form_run(src, [(0, "【甲报】"), (3, "【乙报】")])
    []
    """
    forms: list[tuple[str, str] | None] = []
    for i, f in others:
        m = head.match(strip[i])
        forms.append(None if m is None else (f[0] + f[-1], _slots(m["title"].strip())))
    for k, form in enumerate(forms):
        if form is None or form[1].count("H") < 3 or not re.search(r"[^H\s]", form[1]):
            continue  # Han slots parted by spaces only: no form
        if any(x != form for x in forms[k:]) or len({f for _, f in others[k:]}) < 2:
            continue  # a row of another form below, or one word: no run of this form
        rows = _held(strip, others[k:])
        if len({f for _, f in rows}) < 2:
            return []  # one word left: its own run (or none) reads the page
        run = []
        for n, (i, _) in enumerate(rows, 1):
            m = head.match(strip[i])
            assert m is not None
            run.append(Candidate(i, "K" + form[0], n, m["title"].strip()))
        return [run]
    return []


# a labelled row of a piece's fields ('姓名：某某', '走失地点：某地附近')
_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})[:：]\s*\S.{0,40}$")


def _held(strip: list[str], rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``rows`` from the first that holds a piece's structure on: two lines or more of
    its own before the next row, and a field label every later row's lines share (if they
    share any: the last piece's lines run on into the page's foot).  A banner of the
    rows' form over the page's head (one line of its own, or head lines with none of the
    pieces' fields) is the head's, no piece.

    >>> page = ["【甲】　某网 · 首页　已 9 年", "某市信息　第2页", "【乙】　某市 · 东区　已 3 天",
    ...         "标题甲", "姓名：甲", "【丙】　某市 · 西区　已 4 天", "标题乙", "姓名：乙"]
    >>> _held(page, [(0, "【甲】"), (2, "【乙】"), (5, "【丙】")])
    [(2, '【乙】'), (5, '【丙】')]
    """
    ends = [i for i, _ in rows[1:]] + [len(strip)]
    blocks = [[s for s in strip[i + 1 : e] if s] for (i, _), e in zip(rows, ends, strict=True)]
    labels = [{m["label"] for s in b if (m := _FIELD.match(s))} for b in blocks]
    for k in range(len(rows) - 1):
        shared = set.intersection(*labels[k + 1 :])
        if len(blocks[k]) >= 2 and (shared & labels[k] or not shared):
            return rows[k:]
    return []


def framed_title(line: str) -> str | None:
    """The title a framed line holds (``== 某地新桥通车 ==`` → ``某地新桥通车``), or None;
    a title holds Han and no sentence mark (``== 完 ==`` is an end mark: no title).

    >>> framed_title("== 某地新桥通车 =="), framed_title("~~ 完 ~~"), framed_title("=甲乙=")
    ('某地新桥通车', None, None)
    >>> framed_title("== 某某专栏 · 02 ==")  # a banner's tag and serial: no title

    """
    s = line.strip()
    if len(s) > _MAX or len(s) < 8 or s[0].isalnum() or s[0] != s[-1]:
        return None
    if framed_serial(s):
        return None  # a tag and a serial ('■■ 某栏 · 02 ■■'): a banner over the title
    m = _FRAMED.match(s)
    if m is None:
        return None
    title = m["title"].strip()
    han = sum(1 for ch in title if "\u4e00" <= ch <= "\u9fff")
    return title if han >= 4 and not re.search(r"[。！？]", title) else None


def _framed_label(line: str) -> str | None:
    """A numbered label between two runs of one ornament (``━━ ❸ 某类 ━━``): shorter
    than a title may be, it frames a divider (:func:`titles_under_frames`).

    >>> _framed_label("━━ ❸ 某类 ━━"), _framed_label("━━ 某类 ━━"), _framed_label("== 3 ==")
    ('❸ 某类', None, None)
    """
    m = _FRAMED.match(line) if len(line) <= _MAX else None
    if m is None:
        return None
    label = m["title"].strip()
    c = candidate(0, label, vocab())
    return label if c is not None and len(_HAN.findall(c.title)) >= 2 else None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def framed_count(line: str) -> bool:
    """``line`` is a piece's count framed by ornaments (``@@ 2/3 @@``).

    >>> framed_count("@@ 2/3 @@"), framed_count("@@ 2/3 ##"), framed_count("2/3")
    (True, False, False)
    """
    s = line.strip()
    return len(s) <= 24 and _FRAMED_COUNT.match(s) is not None


def framed_runs(lines: list[str]) -> list[list[Candidate]]:
    """Runs of titles framed by one ornament run on both sides (``== 标题 ==``), one run
    per frame seen on two lines or more, longest first; ranked 1, 2, 3 ….  Judged like
    every un-numbered run (titles, bodies, a cue that the page compiles).

    >>> page = ["== 甲地新桥通车 ==", "正文。", "== 乙地公园开放 ==", "正文。"]
    >>> [(c.line, c.shape, c.number, c.title) for c in framed_runs(page)[0]]
    [(0, 'F==', 1, '甲地新桥通车'), (2, 'F==', 2, '乙地公园开放')]
    >>> framed_runs(["== 甲地新桥 ==", "正文。", "-- 乙地公园 --", "正文。"])
    []
    >>> framed_runs(["==甲==", "==乙=="])
    []
    """
    by_frame: dict[str, list[Candidate]] = {}
    strip = stripped(lines)
    # a framed line opens and closes on one mark (a blank line frames nothing)
    for i in [i for i, s in enumerate(strip) if s and s[0] == s[-1]]:
        s = strip[i]
        title = framed_title(s)
        if title is None:
            title = _framed_label(s)
        if title is None:
            continue  # a framed count ('@@ 2/3 @@') or end mark heads no piece by itself
        o = s[: len(s) - len(s.lstrip(s[0]))]
        run = by_frame.setdefault(o, [])
        run.append(Candidate(i, "F" + o, len(run) + 1, title))
    runs = [r for r in by_frame.values() if len(r) >= 2]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


#: A piece's title under its divider is at most this long.
_UNDER_MAX = 40


def titles_under_frames(
    lines: list[str], run: list[Candidate], meta_row: Callable[[str], bool]
) -> list[Candidate]:
    """A framed run whose frames are dividers: each frame holds a numbered label (``━━ ❷
    某类 ━━``, ``== 3. 某类 ==``, numbered 1, 2, 3 … in page order, any numbering), right
    under it a title-shaped line, and under that a metadata row.  The label names a
    section (neither title nor text); each piece's title is the line under its frame.
    Any frame short of this leaves the run as it is.

    >>> page = ["~~ 1. 甲类物品 ~~", "某厂召回部分水壶", "日期：2021-03-09", "正文。",
    ...         "~~ 2. 乙类物品 ~~", "某厂召回部分台灯", "日期：2021-03-05", "正文。"]
    >>> row = lambda s: s.startswith("日期：")
    >>> [c.title for c in titles_under_frames(page, framed_runs(page)[0], row)]
    ['某厂召回部分水壶', '某厂召回部分台灯']
    >>> [c.title for c in titles_under_frames(page[:3] + page[4:7], framed_runs(page)[0], row)]
    ['1. 甲类物品', '2. 乙类物品']
    """
    if not run or run[0].shape[:1] != "F":
        return run
    v = vocab()
    out = []
    for c in run:
        label = candidate(c.line, c.title, v)
        if label is None or label.number != c.number or not label.title:
            return run  # a frame around a title, or numbered out of order
        below = [j for j in range(c.line + 1, min(len(lines), c.line + 5)) if lines[j].strip()]
        if len(below) < 3:
            return run  # a title, a row, and the piece's body
        title = lines[below[0]].strip()
        if not 2 <= len(title) <= _UNDER_MAX or not _title_shaped(title) or meta_row(title):
            return run
        if not meta_row(lines[below[1]]):
            return run
        out.append(Candidate(c.line, c.shape, c.number, title))
    return out


# what parts the cells of a filing row: a bar, a dotted bar, a slash, a middle dot or a
# wide gap (the row's own bullet glyph parts them too, :func:`cell_row`)
_CELL_PARTS = r"[|｜┊¦／/·•・]|\u3000+|\s{2,}"
# a full date in a row ('2023/3/21', '2023-03-21', '2023年3月21日')
_DATED_CELL = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
#: a cell of a filing row is at most this long; a row holds this many cells at least
_CELL_MAX = 12
_CELLS_MIN = 3


def cell_row(title: str, glyph: str) -> bool:
    """A bullet row filing a piece by slots, no title: three short cells at least, parted
    by the bullet's own glyph or a bar, dot or wide gap, none a clause of a sentence
    (``◇ 户主 某*甲 ◇ 2口之家 ◇ 某类 ◇``, ``■ 某区 ｜ 3号 ｜ 乙类``).

    >>> cell_row("户主 某*甲 ◇ 2口之家 ◇ 城市低保 ◇", "◇"), cell_row("某区 ｜ 3号 ｜ 乙类", "■")
    (True, True)
    >>> cell_row("甲县关于某事的通知", "◆"), cell_row("甲 ◇ 乙，丙丁 ◇ 戊", "◇")
    (False, False)
    >>> cell_row("动态 No.8　─　优惠活动　─　2023/3/21", "▎")  # a dated row
    False

    A document number is one slot however long its issuer's code (``某住保配〔2022〕38号``):

    >>> cell_row("某苑　｜　某住保配〔2022〕38号　｜　本批5套　│", "│")
    True
    """
    if _DATED_CELL.search(title):
        return False  # a dated row: its own words title the piece, its date read with it
    parts = re.split(f"{re.escape(glyph)}|{_CELL_PARTS}", title) if glyph else [title]
    cells = [c.strip() for c in parts if c.strip()]
    return len(cells) >= _CELLS_MIN and all(
        (len(c) <= _CELL_MAX or _DOC_NUMBER_CELL.fullmatch(c))
        and not re.search(r"[，。；！？,;!?]", c)
        for c in cells
    )


#: a cell that is a document number alone: a code, its year in brackets, a serial and 号
_DOC_NUMBER_CELL = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}[〔［\[【(（]\d{4}[〕］\]】)）]第?\d{1,5}号"
)


def form_titles(
    lines: list[str], run: list[Candidate], meta_row: Callable[[str], bool]
) -> list[Candidate] | None:
    """The titles of a run of FORM rows (:func:`_form_run`) when each row stands over a
    bare title line: the row files the piece by its word and slots (a plate and a class,
    a place and a count), the line under it is the piece's title and first line of text;
    None when any row has none (its own words then title the piece, as before).

    >>> page = ["【某A·1B2C】　某车　某牌 · 代码 1 · 记3分", "某车在某路口闯红灯", "经查，某事。",
    ...         "【某D·3E4F】　某车　某牌 · 代码 2 · 记6分", "某车在某路段逆行", "经查，另事。"]
    >>> run = word_runs(page)[0]
    >>> [c.title for c in form_titles(page, run, lambda s: False)]
    ['某车在某路口闯红灯', '某车在某路段逆行']
    >>> page[4] = "经查，该车在某路段逆行，已处罚款。"  # prose right under a row: no title line
    >>> form_titles(page, run, lambda s: False) is None
    True

    A run of bullet rows, each a row of slot cells (:func:`cell_row`), files its pieces
    the same way; a bullet run of titles stays its own:

    >>> page = ["◇ 户主 某*甲 ◇ 2口之家 ◇ 新增 ◇", "关于某*甲家庭的公示", "家庭情况：某事。",
    ...         "◇ 户主 某*乙 ◇ 3口之家 ◇ 停发 ◇", "关于某*乙家庭的公示", "家庭情况：另事。"]
    >>> run = [Candidate(k, "B◇", n + 1, page[k][1:].strip()) for n, k in enumerate([0, 3])]
    >>> [c.title for c in form_titles(page, run, lambda s: False)]
    ['关于某*甲家庭的公示', '关于某*乙家庭的公示']
    >>> named = ["甲县关于某事的通知", "乙县关于另事的通知"]
    >>> titled = [Candidate(k, "B◇", n + 1, named[n]) for n, k in enumerate([0, 3])]
    >>> form_titles(page, titled, lambda s: False) is None
    True
    """
    if not run:
        return None
    if run[0].shape[:1] == "B":
        if not all(cell_row(c.title, run[0].shape[1:]) for c in run):
            return None  # a bullet's own run: its rows are titles
    elif run[0].shape[:1] != "K" or len(run[0].shape) != 3:
        return None  # a bracketed word's own run: its rows are titles
    out = []
    for c in run:
        below = next((s for s in (ln.strip() for ln in lines[c.line + 1 : c.line + 3]) if s), "")
        if not 2 <= len(below) <= _UNDER_MAX or not _title_shaped(below) or meta_row(below):
            return None
        if _FIELD.match(below) or below[:1] in PAIRS:
            return None  # a labelled field or another bracketed row: no title
        out.append(Candidate(c.line, c.shape, c.number, below))
    return out if len({c.title for c in out}) * 2 > len(out) else None


def series_runs(lines: list[str]) -> list[list[Candidate]]:
    """Runs of ``base之N：title`` lines under one base, numbered 1, 2, 3 … in page order.

    >>> page = ["某刊动态之一：甲", "正文。", "某刊动态之二：乙", "正文。"]
    >>> [(c.shape, c.number, c.title) for c in series_runs(page)[0]]
    [('P某刊动态之|#：|c', 1, '甲'), ('P某刊动态之|#：|c', 2, '乙')]
    """
    by_base: dict[str, list[Candidate]] = {}
    if "之" not in joined(lines):
        return []  # every such line holds '之'
    for i, s in enumerate(stripped(lines)):
        if "之" not in s[2:10] or len(s) > _MAX:
            continue
        m = _SERIES_HEAD.match(s)
        if m is None:
            continue
        n = cn_number(m["num"])
        run = by_base.setdefault(m["base"], [])
        if n != len(run) + 1:
            continue
        shape = f"P{m['base']}之|#：|{'d' if m['num'].isdigit() else 'c'}"
        run.append(Candidate(i, shape, n, m["title"].strip()))
    runs = [r for r in by_base.values() if len(r) >= 2]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def unlabelled(titles: list[str]) -> list[str]:
    """The titles without the code-and-name label that opens every one of them
    (``600000 某某：关于…``); unchanged unless all carry one and the titles differ.

    >>> unlabelled(["600001 甲科技：关于甲事的公告", "000002 乙股份：关于乙事的公告"])
    ['关于甲事的公告', '关于乙事的公告']
    >>> unlabelled(["600001 甲科技：关于甲事的公告", "关于乙事的公告"])
    ['600001 甲科技：关于甲事的公告', '关于乙事的公告']
    >>> unlabelled(["2020 年终总结：回顾", "2021 年终总结：展望"])
    ['2020 年终总结：回顾', '2021 年终总结：展望']
    """
    if len(titles) < 2:
        return titles
    found = [_LABEL.match(t) for t in titles]
    if any(m is None for m in found):
        return titles
    return [m["t"].strip() for m in found if m is not None]
