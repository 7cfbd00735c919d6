"""A piece's opening row over the heading the markup declares: the heading titles it.

A compilation may open each piece with a row of tags or codes (``〔类〕编码 AB0102　／
第二组　／　序1``) standing straight over the piece's own heading (an ``<h3>``).  A finder
of generic headers takes the row for the header and its text for the title; the heading
the page's markup sets apart is the piece's title, the row the piece's row (it goes as
the header, the heading stays the piece's first line of text).  Told by structure only:
every header of the run (two at least) is a generic row, the next non-blank line under
each is one of the page's own headings (not the page's ``<h1>``), those headings differ
from piece to piece, and none is a numbered section head (``一、基本情况``, ``（二）…``,
``第三章 …``): a row over a section head is a document's own title over its parts, whose
headers stand as found.

The same structure read on its own (:func:`rows_over_headings`): a page whose own headings
each stand right under a short row of one shape (``报名中 ▸ 球类 ▸ 市级赛事`` over every
event's ``<h3>``), every own heading below the first such row among them, is cut at the
rows, whatever reader the rows' words would call for: each row is its piece's row
(neither title nor text), the heading its title and first line.  A row of that shape
closing the last piece too is a closer, not an opener (the pieces' sign-offs, each over
the next heading): no run.  The rows closing the pieces in one shape of their own, read
as fields (``主办：X　承办：Y``), are the pieces' metadata rows (:func:`closing_rows_of`);
a piece whose closing row the site's memory took keeps none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from cleaner.stages.sentence_marks import SENTENCE_END
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_shape_lines import shape

__all__ = ["closing_rows_of", "rows_over_headings", "titles_under_headings"]

#: a row over a heading is at most this long (a status chain, a tag-and-route row)
ROW_MAX_CHARS = 40

#: a heading opening with a section's number: a part of one document, no piece's title
_SECTION = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节部分篇条编]"
    r"|[一二三四五六七八九十百]{1,3}[、.．]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}(?:\.\d{1,2})*[、.．\s](?!\d))"
)

Header = tuple[int, str, str]


def titles_under_headings(
    lines: Sequence[str], headers: Sequence[Header], headings: Collection[str]
) -> list[Header]:
    """``headers`` retitled by the heading under each row (module docstring), or unchanged.

    >>> body = "本校今年计划招收新生两百人，报名请在规定时间内登录平台填写信息。"
    >>> page = ["〔甲类〕编码 A01　／　序1", "东湖小学招生简章", body,
    ...         "〔甲类〕编码 A02　／　序2", "西湖小学招生简章", body]
    >>> hs = [(0, "generic:K〔甲类〕", "编码 A01　／　序1"), (3, "generic:K〔甲类〕", "编码 A02")]
    >>> titles_under_headings(page, hs, {"东湖小学招生简章", "西湖小学招生简章"})
    [(0, 'keyed:clock', '东湖小学招生简章'), (3, 'keyed:clock', '西湖小学招生简章')]
    >>> titles_under_headings(page, hs, {"东湖小学招生简章"}) == hs  # one not a heading
    True
    >>> sec = [page[0], "一、基本情况", body, page[3], "二、存在问题", body]
    >>> titles_under_headings(sec, hs, {"一、基本情况", "二、存在问题"}) == hs
    True
    """
    own = set(headings)
    if len(headers) < 2 or not own or not all(h[1].startswith("generic") for h in headers):
        return list(headers)
    ends = [h[0] for h in headers[1:]] + [len(lines)]
    titles: list[str] = []
    for h, end in zip(headers, ends, strict=True):
        below = next((j for j in range(h[0] + 1, end) if lines[j].strip()), None)
        if below is None or below > h[0] + 2:
            return list(headers)
        title = lines[below].strip()
        if title not in own or title == lines[h[0]].strip() or _SECTION.match(title):
            return list(headers)
        titles.append(title)
    if len(set(titles)) < len(titles):
        return list(headers)  # one heading over every piece: a label, no title
    return [(h[0], TITLE_IS_TEXT, t) for h, t in zip(headers, titles, strict=True)]


def _filled(lines: Sequence[str], lo: int, hi: int) -> list[int]:
    return [k for k in range(max(lo, 0), min(hi, len(lines))) if lines[k].strip()]


def _row_like(s: str, own: Collection[str]) -> bool:
    """A short line, no sentence, no heading of the page's, holding a symbol or a gap."""
    return (
        0 < len(s) <= ROW_MAX_CHARS
        and not s.endswith(SENTENCE_END)
        and s not in own
        and any(not (ch.isalnum() or ch.isspace()) or ch == "\u3000" for ch in s)
    )


def _prose(s: str) -> bool:
    return len(s) > ROW_MAX_CHARS or (len(s) > 8 and s.endswith(SENTENCE_END))


# the numbers of a counter badge ('— 贰 —', '◇ 第2站 ◇', '02') and the gaps around them
_COUNTER = re.compile(r"[\d０-９一二三四五六七八九十百零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰\s\u3000]+")


def rows_over_headings(lines: Sequence[str], headings: Collection[str]) -> list[Header]:
    """Headers at the rows of one shape right over the page's own headings (module
    docstring): ``(row, TITLE_IS_TEXT, heading)``, or [].

    >>> body = "本次比赛以社区为单位组队参赛，报名不收取任何费用，名额有限报满即止。"
    >>> page = ["汇总", "报名中 ▸ 球类", "甲赛", body, "主办：甲会",
    ...         "即将截止 ▸ 棋类", "乙赛", body]
    >>> rows_over_headings(page, ("汇总", "甲赛", "乙赛"))
    [(1, 'keyed:clock', '甲赛'), (5, 'keyed:clock', '乙赛')]
    >>> sub = [*page[:4], "小结", body, *page[4:]]  # an own heading with no row over it
    >>> rows_over_headings(sub, ("汇总", "甲赛", "小结", "乙赛"))
    []
    >>> badged = ["汇总", "— 壹 —", "甲赛", body, "— 贰 —", "乙赛", body]
    >>> rows_over_headings(badged, ("汇总", "甲赛", "乙赛"))  # counters: sections' badges
    []
    >>> closed = ["汇总", "甲赛", body, "（撰稿：某甲）", "乙赛", body, "（撰稿：某乙）"]
    >>> rows_over_headings(closed, ("汇总", "甲赛", "乙赛"))  # each closes the piece above
    []
    """
    own = {h for h in headings if h}
    if len(own) < 2:
        return []
    stripped = [s.strip() for s in lines]
    pairs: list[tuple[int, int]] = []  # (row, heading)
    heads = [i for i, s in enumerate(stripped) if s in own]
    for i in heads:
        above = _filled(stripped, i - 2, i)
        if above and above[-1] >= i - 2 and _row_like(stripped[above[-1]], own):
            pairs.append((above[-1], i))
    if len(pairs) < 2:
        return []
    first = pairs[0][0]
    if [h for h in heads if h > first] != [h for _, h in pairs]:
        return []  # an own heading with no row over it below the first: not a run
    titles = [stripped[h] for _, h in pairs]
    if len(set(titles)) < len(titles) or any(_SECTION.match(t) for t in titles):
        return []
    forms = {shape(stripped[r], coarse=True) for r, _ in pairs}
    if len(forms) != 1:
        return []
    if len({_COUNTER.sub("", stripped[r]) for r, _ in pairs}) == 1:
        return []  # badges told apart by their number alone: the numbered readers' run
    form = forms.pop()
    # between two rows, prose: each row heads a piece of text, not a list's items
    spans = [*(r for r, _ in pairs[1:]), len(stripped)]
    for (_, h), end in zip(pairs, spans, strict=True):
        if not any(_prose(stripped[k]) for k in range(h + 1, end)):
            return []
    # a row of that shape under the last piece's text: the rows close pieces
    last = pairs[-1][1]
    if any(
        shape(stripped[k], coarse=True) == form for k in _filled(stripped, last + 1, len(stripped))
    ):
        return []
    return [(r, TITLE_IS_TEXT, stripped[h]) for r, h in pairs]


def closing_rows_of(
    lines: Sequence[str],
    starts: Sequence[int],
    reader: Callable[[str], dict[str, str] | None],
) -> dict[int, tuple[int, dict[str, str]]]:
    """Each piece's closing row (piece start → (line, fields)): the piece's last line (the
    last piece: its first line in that shape under its text), read as fields by
    ``reader``, of one coarse shape shared by two pieces' closers at least.

    >>> body = "本次比赛以社区为单位组队参赛，报名不收取任何费用，名额有限报满即止。"
    >>> page = ["甲", "甲赛", body, "主办：某会　承办：某协会", "乙", "乙赛", body,
    ...         "主办：某局　承办：某中心", "地址：某路1号"]
    >>> rd = lambda s: {"origin": s[3:5]} if s.startswith("主办") else None
    >>> closing_rows_of(page, [0, 4], rd)
    {0: (3, {'origin': '某会'}), 4: (7, {'origin': '某局'})}
    >>> closing_rows_of(page[:7], [0, 4], rd)
    {}
    """
    if len(starts) < 2:
        return {}
    stripped = [s.strip() for s in lines]
    ends = [*starts[1:], len(stripped)]
    lasts: list[int | None] = []
    for s, e in zip(starts[:-1], ends[:-1], strict=True):
        filled = _filled(stripped, s + 1, e)
        lasts.append(filled[-1] if filled else None)
    forms = [shape(stripped[k], coarse=True) if k is not None else None for k in lasts]
    common = {f for f in forms if f is not None}
    tail = _filled(stripped, starts[-1] + 1, len(stripped))
    last = next(
        (
            k
            for k in tail[1:]
            if shape(stripped[k], coarse=True) in common
            and len(stripped[k]) <= ROW_MAX_CHARS
            and reader(stripped[k])
        ),
        None,
    )
    lasts.append(last)
    forms.append(shape(stripped[last], coarse=True) if last is not None else None)
    out: dict[int, tuple[int, dict[str, str]]] = {}
    for at, k, f in zip(starts, lasts, forms, strict=True):
        if k is None or f is None or forms.count(f) < 2 or len(stripped[k]) > ROW_MAX_CHARS:
            continue
        fields = reader(stripped[k])
        if fields:
            out[at] = (k, fields)
    return out
