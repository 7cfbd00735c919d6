"""A piece's dated row of labelled cells, told from a bar of page tools or a post's stamp.

A compilation prints the same row under each piece's title, its only changing value a
day (``入库　2021-03-05　｜　经手　某所``, ``日期：2021年3月5日　　经办：某街道``).  The
site profile learns its shape, and :func:`~cleaner.stages.block_rows.page_data` keeps it
as the page's data (``dated_marks.date_only_shape``).  Three other rows share that look
and are the site's: an info bar under a headline (``2021-03-05　｜　打印　｜　关闭``,
``【2021-03-05】【大 中 小】``), a forum post's stamp under the poster's handle (``发表于
2021-03-05　｜　只看该作者``) and a comment's stamp (``2021-03-05　　来自手机端``).

:func:`piece_row` keeps the first only: every cell but the date's is a labelled field
(a label and its value), no cell is a page tool or a post's tool (the bar's control
words in ``framed_cells.toml``, a post's tail words in ``post_tails.toml``, the rest in
``piece_rows.toml``), the line above is a title (not a handle), and another row of the
same labels stands on the page (one per piece).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map
from cleaner.stages.cell_gaps import CELL_GAP

__all__ = ["piece_row", "row_labels", "title_shaped"]

#: A whole calendar date in Arabic digits, year first or last.
_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?!\d)"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?!\d))"
)
#: What parts a row into cells besides a wide gap: a bar, a spaced dot, a bracket.
_PARTS = re.compile(r"\s*[|｜丨]\s*|\s+[·•]\s+|[【】\[\]〔〕［］]")
#: A field with a colon: a short label, its colon, a value.
_COLON_FIELD = re.compile(r"^([^\s:：]{1,8})\s*[:：]\s*(\S.*)$")
#: A label in words (no digit) and a value a space apart ('发表于 2021-03-05', 'Filed on').
_SPACED_FIELD = re.compile(r"^([^\W\d_]{1,6})\s+(\S.*)$")
#: A label standing alone before its value's cell ('入库　2021-03-05').
_LABEL = re.compile(r"^[^\W\d_]{1,6}$")
#: A handle: one token of letters, digits and '_.-@' (a poster's name in Latin letters).
_HANDLE = re.compile(r"^[\w.\-@]{1,24}$", re.ASCII)
#: A title is longer than a handle (a poster's or commenter's name in Han characters).
TITLE_MIN_CHARS = 6


@cache
def _tools() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[re.Pattern[str], ...]]:
    """(tool words, tool prefixes, tool labels, a post client's patterns), simplified."""
    cells = load_table("framed_cells")["cells"]
    tail = load_table("post_tails")["post_tail"]
    own = load_table("piece_rows")["tools"]

    def fold(ws: list[str]) -> list[str]:
        return [w.translate(simplify_map()).lower().replace(" ", "") for w in ws]

    words = frozenset(fold([*cells["control_words"], *tail["actions"], *own["words"]]))
    labels = frozenset(fold(cells["control_labels"]))
    pats = tuple(re.compile(p) for p in [*tail["labelled"], *own["labelled"]])
    return words, tuple(fold([*cells["control_prefixes"], *own["prefixes"]])), labels, pats


@cache
def _label_tails() -> frozenset[str]:
    """What may follow a tool's prefix in a label and keep it a tool's ('至', '本页')."""
    return frozenset(load_table("piece_rows")["tools"]["label_tails"])


def _tool_label(label: str, prefixes: tuple[str, ...]) -> bool:
    """``label`` is a tool's prefix and a preposition or this page ('分享至', '收藏到')."""
    return any(label.startswith(p) and label[len(p) :].strip() in _label_tails() for p in prefixes)


def _fields(s: str) -> list[tuple[str, str]] | None:
    """The row's cells as (label, value) pairs (a bare date's label is ``""``); None when
    a cell is neither a field nor a bare date (a bare word: a tool, a handle)."""
    out: list[tuple[str, str]] = []
    for part in _PARTS.split(s):
        toks = [t for t in CELL_GAP.split(part.strip()) if t]
        k = 0
        while k < len(toks):
            t = toks[k]
            m = _COLON_FIELD.match(t) or _SPACED_FIELD.match(t)
            if _DATE.fullmatch(t):
                out.append(("", t))
            elif m is not None:
                out.append((m[1], m[2]))
            elif _LABEL.match(t) and k + 1 < len(toks) and not _COLON_FIELD.match(toks[k + 1]):
                out.append((t, toks[k + 1]))
                k += 1
            else:
                return None
            k += 1
    return out


def _tool(label: str, value: str) -> bool:
    """A field that is a page's or a post's tool (or a counter's or a font switch's)."""
    words, prefixes, labels, pats = _tools()
    whole = f"{label}{value}" if not label else f"{label} {value}"
    folded = [w.translate(simplify_map()).lower() for w in whole.split()]
    if label.translate(simplify_map()) in labels or "".join(folded) in words:
        return True
    # a labelled cell ('收藏单位　某馆', '分享人：某君') is a tool only when its label is a
    # tool's word whole or its every word is one ('列印本頁　關閉視窗'): a tool's prefix
    # opening a longer label names no tool
    toolish = [w in words or (len(w) <= 6 and w.startswith(prefixes)) for w in folded]
    lab = label.translate(simplify_map()).lower()
    bare = lab in (*words, *prefixes) or _tool_label(lab, prefixes)  # '分享 微信', '分享至：微信'
    if bare or (all(toolish) if label else any(toolish)):
        return True
    return any(p.search(whole) for p in pats)


def row_labels(s: str) -> tuple[str, ...] | None:
    """The labels of a piece's dated row (the date's cell first marked ``⟨D⟩``), or None
    when ``s`` is no such row: one cell holds a whole date, every other cell is a labelled
    field with no date, and no cell is a tool.

    >>> row_labels("入库　2021-03-05　｜　经手　某所")
    ('入库⟨D⟩', '经手')
    >>> row_labels("日期：2021年3月5日　　经办：某街道"), row_labels("2021/03/05 · 来源单位：某站")
    (('日期⟨D⟩', '经办'), ('⟨D⟩', '来源单位'))
    >>> row_labels("2021-03-05　｜　打印　｜　关闭"), row_labels("【2021-03-05】【大 中 小】")
    (None, None)
    >>> row_labels("发表于 2021-03-05　｜　只看该作者"), row_labels("2021-03-05　　来自手机端")
    (None, None)
    >>> row_labels("2021-03-05　｜　分享 微信"), row_labels("收容　2021-03-05")
    (None, None)
    >>> row_labels("2021-03-05　　列印本頁　　關閉視窗") is None  # two tools, not a field
    True
    >>> row_labels("入藏　2021-01-10　｜　收藏单位　某馆")
    ('入藏⟨D⟩', '收藏单位')
    >>> row_labels("2021-01-11　｜　分享人：某君")
    ('⟨D⟩', '分享人')
    >>> row_labels("2021-01-11　｜　分享至：微信"), row_labels("2021-01-11　｜　收藏到 书签")
    (None, None)
    """
    fields = _fields(s)
    if fields is None:
        return None
    dated = [k for k, (_, v) in enumerate(fields) if _DATE.search(v)]
    if len(dated) != 1 or len(fields) < 2 or any(_tool(a, v) for a, v in fields):
        return None
    if any(not a for k, (a, _) in enumerate(fields) if k != dated[0]):
        return None
    return tuple(f"{a}⟨D⟩" if k == dated[0] else a for k, (a, _) in enumerate(fields))


def title_shaped(s: str) -> bool:
    """``s`` reads as a piece's title, not a poster's or commenter's handle.

    >>> title_shaped("在桥下避雨的年轻男子"), title_shaped("老街坊"), title_shaped("walker_99")
    (True, False, False)
    """
    s = s.strip()
    return len("".join(s.split())) >= TITLE_MIN_CHARS and not _HANDLE.match(s)


def piece_row(stripped: Sequence[str], i: int, up: int) -> bool:
    """Line ``i`` is a piece's dated row of labelled cells under its title ``stripped[up]``:
    its cells are fields (:func:`row_labels`), the title is no handle, and another line of
    the page is a row of the same labels (each piece's).

    >>> page = ["站名", "在桥下避雨的年轻男子", "入库　2021-03-05　｜　经手　某所", "正文。",
    ...         "自称会修自行车的男子", "入库　2021-04-07　｜　经手　某局", "正文。"]
    >>> piece_row(page, 2, 1), piece_row(page[:4], 2, 1)
    (True, False)
    >>> row = "2021-01-1{}　｜　录入：编辑部"
    >>> poems = ["诗选", "春雷", row.format(0), "诗句。", "秋思", row.format(2)]
    >>> piece_row(poems, 2, 1), piece_row(poems[:4] + ["walker_7", poems[5]], 2, 1)
    (True, False)
    """
    labels = row_labels(stripped[i])
    if labels is None or _HANDLE.match(stripped[up].strip()):
        return False
    fellows = [k for k, s in enumerate(stripped) if k != i and s and row_labels(s) == labels]
    if title_shaped(stripped[up]):
        return bool(fellows)
    # a short line over the row ('春雷'): a title when it is the page's only such line
    # and every fellow row stands under a short line of its own too (a compilation of
    # short-titled pieces); a handle over a piece's row among long titles is none
    ups = [_above(stripped, k) for k in fellows]
    return (
        bool(fellows)
        and stripped.count(stripped[up]) == 1
        and all(u is not None and not title_shaped(u) and not _HANDLE.match(u) for u in ups)
        and len(set(ups)) == len(ups)
    )


def _above(stripped: Sequence[str], i: int) -> str | None:
    """The nearest non-blank line above line ``i``, stripped."""
    return next((stripped[k].strip() for k in range(i - 1, -1, -1) if stripped[k].strip()), None)
