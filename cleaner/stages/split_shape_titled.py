"""The shape-run fallback's SELF-TITLED mode (:mod:`split_shape_run`, issue 12, item 3):
rows of one shape that ARE their pieces' titles, each printed with one decoration that
the site adds to every header (``某事（2023年3月2日）``, ``某事 [民生]``, ``民生｜某事``,
``《某事》——某某``), or a date row alone right over each title (``2023-03-10`` over
``某事``), or a deck right under it (``——记某某``, the piece's subtitle).

The opening-row mode looks for a title line UNDER (or over) each row; a row that is the
title itself, with prose right under it, gave it none.  Here a row-like line of the page
(:func:`split_shape_lines._row_like`) is read as a title plus a decoration at one end
(:func:`decorated`): a date, in brackets or after a gap; a bracketed word of 2-6 Han
letters that counts nothing (a column's tag, never ``（一）``, ``（上）``, ``（续）``), at
the end or opening the row (in brackets, or words before bars, never a number); an
author's name after a dash (a family name opening it, or a label: never a place); a
title in ``《》``; a dash opening a row with nothing before it (a deck).  Rows of one
coarse shape and one kind of decoration, ``k >= 2`` of them, pass when

* what is left of every row is a title (:meth:`_Tests.title`: short, no sentence, no
  enumerator, no ordinal ``第…``), the titles all different, and prose stands right
  under every row; a date row's title is the line right under it, with two prose lines
  or more under that (a chronicle's day heads one paragraph); a deck's title is the
  line right over it (the piece starts there, the deck stays its text);
* no prose stands above the first row (there the rows are a document's own sections).

Three rows or more declare a compilation; two pass only when the page states its pieces
(:func:`_stated`); otherwise the page stays one article, flagged ``unsure``.  The caller
keeps a split only when confirmed beyond the rows (:mod:`split_shape_confirm`).  The row's
date (or author) goes to the piece's fields.  Standard library only, as its siblings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cleaner.stages.split_shape_lines import (
    _ENUM,
    _LABEL_ROW,
    MIN_REPEATS,
    Reader,
    ShapeRun,
    _notes,
    _stated,
    _Tests,
)

__all__ = ["decorated", "titled_rows"]

_DATE = r"\d{4}\s*[-年./]\s*\d{1,2}(?:\s*[-月./]\s*\d{1,2}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日"
#: a short cell opening a row before a bar: a word (a column's, a desk's); never a
#: number (``07／…``, ``NOTE 02 ｜ …`` count: the numbered readers judge those, and where
#: they declined the fallback does not overrule them)
_CELL = r"(?:[A-Za-z]{2,12}|[\u4e00-\u9fff]{2,6})"
_OPEN, _CLOSE = "（(\\[【〔［", "）)\\]】〕］"
#: the decorations a header row may carry, each a kind and its pattern (``title``: what
#: stays of the row, ``value``: the decoration's value)
_DECORATIONS = (
    ("date", re.compile(rf"^(?P<title>.*?)\s*[{_OPEN}]\s*(?P<value>{_DATE})\s*[{_CLOSE}]$")),
    ("date", re.compile(rf"^(?P<title>.*?\S)\s+(?P<value>{_DATE})$")),
    ("date", re.compile(rf"^(?P<title>)(?P<value>{_DATE})$")),
    (
        "tag",
        re.compile(rf"^(?P<title>.*?\S)\s*[{_OPEN}](?P<value>[\u4e00-\u9fff]{{2,6}})[{_CLOSE}]$"),
    ),
    ("tag", re.compile(r"^[【\[［〔](?P<value>[\u4e00-\u9fff]{2,6})[】\]］〕]\s*(?P<title>\S.*)$")),
    # one to three short cells (a serial, a column's word, a code) each before a bar
    ("tag", re.compile(rf"^(?P<value>(?:{_CELL}\s*[｜|│丨/／]\s*){{1,3}})(?P<title>\S.*)$")),
    ("deck", re.compile(r"^(?:——|－－|--)\s*(?P<title>)(?P<value>[^\d\s—－-][^\d]{1,29})$")),
    (
        "credit",
        re.compile(
            r"^(?P<title>.*?\S)\s*(?:——|--|－－|—|～)\s*(?:(?P<label>作者|文|记者|撰文)\s*[/／：:]?\s*)?"
            r"(?P<value>[\u4e00-\u9fff·]{2,5})$"
        ),
    ),
)
#: the common family names a credit's bare value opens with (data: a credit after a
#: dash names a person, never a place or a thing: ``清晨的豆浆——老街``); a labelled
#: credit (``——文/某某``) or a transliterated name (``·``) needs none
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)


def _named(value: str, label: str | None) -> bool:
    """Does a credit's value name a person: a label credits it, or a family name opens a
    name of two to four letters (a transliterated name with ``·`` too)?

    >>> _named("林小满", None), _named("老街", None), _named("老街", "文")
    (True, False, True)
    """
    if label or "·" in value:
        return True
    return len(value) <= 4 and value[0] in SURNAMES


#: a tag that counts or parts a work (``（一）``, ``（上篇）``, ``（续完）``): no column's tag
_COUNTING_TAG = re.compile(r"^[一二三四五六七八九十百零〇两上中下续完篇之第其部分]+$")
#: an ordinal opening a title (``第三讲``): a document's own part
_ORDINAL = re.compile(r"^第\s*[一二三四五六七八九十百零〇\d]+")
#: a date row's piece holds at least this many prose lines (a chronicle's day one)
DATED_PROSE_MIN = 2


def decorated(s: str) -> tuple[str, str, str] | None:
    """``(kind, title, value)`` of a row read as a title with one decoration, or None.

    >>> decorated("春耕时节访农家（2023年3月12日）")
    ('date', '春耕时节访农家', '2023年3月12日')
    >>> decorated("《河边的早晨》——林小春"), decorated("2023-03-10")
    (('credit', '河边的早晨', '林小春'), ('date', '', '2023-03-10'))
    >>> decorated("某刊／某类／某事"), decorated("民生 | 某事"), decorated("07／某类／某事")
    (('tag', '某事', '某刊／某类'), ('tag', '某事', '民生'), None)
    >>> decorated("清晨的豆浆——老街"), decorated("清晨的豆浆——文/老街")[2]
    (None, '老街')
    >>> decorated("某事 [民生]"), decorated("某事（一）"), decorated("某事（2项）")
    (('tag', '某事', '民生'), None, None)
    """
    for kind, rx in _DECORATIONS:
        m = rx.match(s)
        if m is None:
            continue
        title, value = m["title"].strip(), m["value"].strip().rstrip("｜|│丨/／").strip()
        if kind == "tag" and _COUNTING_TAG.match(value):
            return None
        if kind == "credit" and not _named(value, m["label"]):
            return None
        if title.startswith("《") and title.endswith("》") and "》" not in title[1:-1]:
            title = title[1:-1].strip()
        return kind, title, value
    return None


def _fields(kind: str, value: str, read: Reader | None) -> dict[str, str]:
    """The row's fields: its date as the reader reads it, or its author."""
    if kind.startswith("date"):
        return (read(value) or {}) if read else {}
    return {"author": value} if kind == "credit" else {}


def titled_rows(
    strip: Sequence[str], filled: list[int], tests: _Tests, read: Reader | None = None
) -> ShapeRun:
    """Rows that are their pieces' titles with one decoration, or date rows over them
    (see the module's doc)."""
    pos = {i: k for k, i in enumerate(filled)}
    groups: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for i in tests.rowish(strip, filled):
        if got := decorated(strip[i]):
            kind, title, value = got
            group = (tests.shape(strip[i], coarse=True), kind + ("_row" if not title else ""))
            groups.setdefault(group, []).append((i, title, value))
    best = ShapeRun()
    best_key: tuple[float, ...] = (-1.0,)
    for (sig, kind), rows in groups.items():
        if len(rows) < 2:
            continue
        at = [r for r, _, _ in rows]
        # where each piece starts: a deck row's title line right over it, else the row
        starts = [filled[pos[r] - 1] if kind == "deck_row" and pos[r] else r for r, _, _ in rows]
        ends = [*starts[1:], len(strip)]
        titles: list[int | None] = []
        named: list[str] = []
        good = 0
        for (r, title, _), st, e in zip(rows, starts, ends, strict=True):
            body = [i for i in filled if r < i < e]
            need = 1
            t: int | None = r
            if kind == "date_row":  # a date row: the title is the line under it
                t = body[0] if body and tests.title(strip[body[0]]) else None
                title = strip[t] if t is not None else ""
                body, need = body[1:], DATED_PROSE_MIN
            elif kind == "deck_row":  # a deck under the title (its subtitle)
                t = st if st != r and tests.title(strip[st]) else None
                title = strip[t] if t is not None else ""
            ok = (
                t is not None
                and tests.title(title)
                and not _ENUM.match(title)
                and not _LABEL_ROW.match(title)
                and not _ORDINAL.match(title)
                and bool(body)
                and tests.prose(strip[body[0]])
                and sum(1 for i in body if tests.prose(strip[i])) >= need
            )
            titles.append(t if ok else None)
            named.append(title)
            good += ok
        score = good / len(rows)
        distinct = len(set(named)) == len(named)
        head_prose = any(tests.prose(strip[i]) for i in filled if i < starts[0])
        spread = all(pos[b] - pos[a] >= 2 for a, b in itertools.pairwise(at))
        head = "\n".join(strip[i] for i in filled if i < starts[0])
        taken = {*at, *(t for t in titles if t is not None)}
        stated = _stated(head, named, len(rows), _notes(strip, filled, taken, tests))
        evidence: dict[str, object] = {
            "shape": f"{kind}:{sig}",
            "rows": [r + 1 for r in at],
            "title_place": {"date_row": "under", "deck_row": "over"}.get(kind, "self"),
            "segments": round(score, 3),
            "titles_differ": distinct,
            "no_head_prose": not head_prose,
            "stated": stated,
        }
        passed = score == 1.0 and distinct and spread and not head_prose
        if passed and (len(rows) >= MIN_REPEATS or stated):
            keyed = [
                (st, t, named[n] if t == r else strip[t], _fields(kind, v, read))
                for n, ((r, _, v), st, t) in enumerate(zip(rows, starts, titles, strict=True))
                if t is not None
            ]
            run, key = ShapeRun(keyed, "split", evidence), (2.0, len(rows))
        elif score >= 0.5 and distinct and spread:
            run, key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
        else:
            continue
        if key > best_key:
            best, best_key = run, key
    return best
