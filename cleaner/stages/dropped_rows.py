"""The dated rows an earlier step removed beside every piece of a compilation, read as
each piece's publish date.

A compilation (a board of answered questions, a list of notices, a column of statements)
prints beside each piece a row of its own day: under its title (``提问于 2023-04-10 17:48
浏览 828``), over it, or closing it (``声明人：某某　2020年11月24日``).  The HTML extractor
or the boilerplate stage may take those rows away before the split stage reads them: the
row's shape repeats on every page with its figures changed, or it carries the reader
counters of a site's info bar.  Removing them is right (the truths call such rows
metadata, no text), but each piece's day goes with them.

:func:`dropped_rows` finds, for each piece (its text), the lines removed right under its
first line, right over it and right under its last line, in the text the step read
(nothing kept between); :func:`read_rows` reads them with the split's own row reader
(``shaped_row``: a label of posting, publishing, answering or signing and a day).  One
position for all pieces: only a page of two pieces or more whose every piece has a removed
row at that position giving a day (or a day already, read from the same row the step
kept on it), or all but one do, takes them (a row of one shape beside each piece is the
pieces' own; the page's single info bar over its first piece is not).
The rows stay removed (the text is not changed); only a missing ``published`` is filled,
or the page's date the split gave a piece, by a day under a publish date's label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.stages.split_closing_slots import slot_fields, slot_row
from cleaner.stages.unit_keys import label_key

__all__ = [
    "POSITIONS",
    "dropped_rows",
    "publish_labelled",
    "read_parties",
    "read_rows",
    "signed_off",
]

#: removed lines read at one position at most
_ROW_LINES = 3
#: a piece's line is found in the text by its opening characters (the repair stage may
#: have mended its end)
_KEY_CHARS = 16
#: a row longer than this is no dated row
_ROW_MAX = 80
#: where a piece's removed rows stand, in the order they are tried: under its title,
#: over it, under its last line
POSITIONS = ("under_title", "over_title", "foot")


def dropped_rows(
    text: str, spans: Sequence[tuple[int, int]], pieces: Sequence[str]
) -> list[dict[str, list[str]]]:
    """For each piece (its text, in page order), the lines removed (``spans``: the
    deletions in ``text``) at each of :data:`POSITIONS`, nothing kept between.

    >>> t = "标题甲\\n提问于 2023-04-10\\n正文甲。\\n标题乙\\n提问于 2023-04-09\\n正文乙。\\n"
    >>> a = t.index("提问于"); b = t.rindex("提问于")
    >>> pieces = ["标题甲\\n正文甲。", "标题乙\\n正文乙。"]
    >>> rows = dropped_rows(t, [(a, a + 15), (b, b + 15)], pieces)
    >>> [r["under_title"] for r in rows]
    [['提问于 2023-04-10'], ['提问于 2023-04-09']]
    >>> [r["over_title"] for r in rows], [r["foot"] for r in rows]
    ([[], []], [[], []])
    """
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1

    def removed(k: int) -> bool:
        s, e, _ = lines[k]
        return any(a <= s and e <= b for a, b in spans)

    def find(key: str, start: int) -> int:
        j = start
        bare = _GAPS.sub("", key)  # the key's gaps closed once, not once a line
        while j < len(lines) and (not key or not _holds(lines[j][2], key, bare) or removed(j)):
            j += 1
        return j

    def run(j: int, step: int) -> list[str]:
        out: list[str] = []
        n = j + step
        while 0 <= n < len(lines) and len(out) < _ROW_LINES:
            if not lines[n][2]:
                n += step
                continue
            if not removed(n):
                break
            out.append(lines[n][2])
            n += step
        return out

    out: list[dict[str, list[str]]] = []
    k = 0
    for piece in pieces:
        kept = [ln.strip() for ln in piece.split("\n") if ln.strip()]
        empty: dict[str, list[str]] = {p: [] for p in POSITIONS}
        if not kept:
            out.append(empty)
            continue
        first = find(kept[0][:_KEY_CHARS], k)
        if first >= len(lines):
            out.append(empty)
            continue
        last = find(kept[-1][:_KEY_CHARS], first + 1) if len(kept) > 1 else first
        if last >= len(lines):
            last = first
        last = _mended_end(lines, last, kept[-1])
        out.append(
            {"under_title": run(first, 1), "over_title": run(first, -1), "foot": run(last, 1)}
        )
        k = last + 1
    return out


#: a piece's last line cut by a page mark ends at most this many lines under its start
_CUT_LINES = 4


def _mended_end(lines: Sequence[tuple[int, int, str]], last: int, kept: str) -> int:
    """The line the piece's last line (``kept``) ends on in the text read: ``last``, or
    when ``lines[last]`` is only its head (a page mark cut the paragraph; the repair
    stage joined it), the line a few lines under it that ends as ``kept`` ends.

    >>> rows = [(0, 0, "甲乙丙丁戊己"), (0, 0, ""), (0, 0, "— 2 —"), (0, 0, "庚辛壬癸子丑寅卯")]
    >>> _mended_end(rows, 0, "甲乙丙丁戊己庚辛壬癸子丑寅卯"), _mended_end(rows, 0, "甲乙丙丁戊己")
    (3, 0)
    """
    tail = kept[-8:]
    if len(kept) <= len(lines[last][2]) or lines[last][2].endswith(tail):
        return last
    for n in range(last + 1, min(len(lines), last + 1 + _CUT_LINES)):
        if lines[n][2] and kept.endswith(lines[n][2]) and lines[n][2].endswith(tail):
            return n
    return last


def _holds(line: str, key: str, bare: str | None = None) -> bool:
    """Is ``line`` the piece's line opening with ``key`` (a numbered title's bare words
    inside it, when the key is long enough to tell)?  Gaps are not compared: the repair
    stage closes a stray gap between two Han letters the read text still holds
    (``bare``: ``key`` with its gaps closed, when the caller has it).

    >>> _holds("某某外出办 事途中不慎遗失", "某某外出办事途中"), _holds("某某外出", "某某在家")
    (True, False)
    """
    if line.startswith(key) or (len(key) >= _KEY_MIN and key in line):
        return True
    key = _GAPS.sub("", key) if bare is None else bare
    if not key or key[0] not in line:
        # the gapless key's first letter is no gap: a line without it holds the key
        # neither at its start nor inside, gaps closed or not (most lines of a page)
        return False
    line = _GAPS.sub("", line)
    return bool(key) and (line.startswith(key) or (len(key) >= _KEY_MIN and key in line))


_GAPS = re.compile(r"[ \t\u3000\xa0]+")


#: a key this long or longer is found inside a line (a title the split stripped of its
#: number), a shorter one only at its start
_KEY_MIN = 6


def read_rows(
    rows: Sequence[dict[str, list[str]]],
    metas: Sequence[dict[str, str]],
    shaped_row: Callable[[str], dict[str, str] | None],
    page_day: str | None = None,
    labelled: Callable[[str], bool] | None = None,
) -> str | None:
    """Fill each piece's missing ``published`` (in ``metas``) from its removed rows at
    the first position of :data:`POSITIONS` where every piece has a removed row giving a
    day or a day of its own already (read from a row the step kept), or where all but one
    piece (two at least) have such a removed row; the position read, or None.
    ``page_day``: the page's own date, which the split gave every piece from the page's
    one info bar (:func:`split_page_ends._one_bar_date`): a piece holding it holds no day
    of its own, and its removed row's day replaces it when the row gives the day under a
    publish date's label (``labelled``: ``列入日期：…`` closing a listing notice; an
    unlabelled capture time, ``抓拍　2018年2月6日 17:32``, is an event's, the page's day
    stays), or when the row closing the piece is its sign-off (:func:`signed_off`) and
    the piece holds the page's day or the day every piece holds alike.

    >>> from functools import partial
    >>> from cleaner.stages.split_meta import MetaParser
    >>> read = partial(MetaParser().shaped_row, near_title=True)
    >>> under = [["提问于 2023-04-10 17:48　浏览 828"], ["提问于 2023-04-09 14:14　浏览 621"]]
    >>> rows = [{"under_title": u, "over_title": [], "foot": []} for u in under]
    >>> metas = [{}, {"published": "2023-04-01"}]; read_rows(rows, metas, read)
    'under_title'
    >>> metas
    [{'published': '2023-04-10'}, {'published': '2023-04-01'}]
    >>> one = [rows[0], {"under_title": ["返回顶部"], "over_title": [], "foot": []}]
    >>> metas = [{}, {}]; read_rows(one, metas, read), metas
    (None, [{}, {}])
    >>> metas = [{"published": "2023-04-30"}, {"published": "2023-04-30"}]
    >>> read_rows(rows, metas, read, page_day="2023-04-30"), metas
    ('under_title', [{'published': '2023-04-30'}, {'published': '2023-04-30'}])
    >>> labelled = partial(publish_labelled, field_of=MetaParser().field_of)
    >>> labels = [["发布日期：2023-04-10"], ["发布日期：2023-04-09"]]
    >>> rows = [{"under_title": u, "over_title": [], "foot": []} for u in labels]
    >>> metas = [{"published": "2023-04-30"}, {"published": "2023-04-30"}]
    >>> read_rows(rows, metas, read, page_day="2023-04-30", labelled=labelled), metas
    ('under_title', [{'published': '2023-04-10'}, {'published': '2023-04-09'}])
    >>> signs = [["声明人：甲某某　2020年11月24日"], ["某某市某某有限公司　2020年11月26日"]]
    >>> rows = [{"under_title": [], "over_title": [], "foot": f} for f in signs]
    >>> metas = [{"published": "2020-11-27"}, {"published": "2020-11-27"}]
    >>> read_rows(rows, metas, read), metas
    ('foot', [{'published': '2020-11-24'}, {'published': '2020-11-26'}])
    """
    if len(rows) < 2 or len(rows) != len(metas):
        return None
    read = {p: [_day(r[p], shaped_row) for r in rows] for p in POSITIONS}
    strong = {
        p: [labelled is not None and any(labelled(ln) for ln in r[p]) for r in rows]
        for p in POSITIONS
    }
    # a sign-off closing each piece (signed_off) dates it over the page's day, and over a
    # day every piece holds alike (the page's, read from its title or its masthead)
    signed = [any(signed_off(ln, shaped_row) for ln in r["foot"]) for r in rows]
    held = {m.get("published") for m in metas}
    shared = held.pop() if len(held) == 1 else None
    # every piece dated at one position first: a row between two pieces stands both
    # under the one and over the other, and the position that dates them all is theirs
    for full in (True, False):
        for position in POSITIONS:
            days = read[position]
            found = sum(1 for d in days if d)
            # the pieces with no such row read their day from a row the step kept
            dated = sum(1 for d, m in zip(days, metas, strict=True) if not d and _own(m, page_day))
            if not found:
                continue
            if full and found + dated < len(days):
                continue
            if not full and (found < 2 or found < len(days) - 1):
                continue
            for meta, day, sure, sign in zip(metas, days, strong[position], signed, strict=True):
                if day and "published" not in meta:
                    meta["published"] = day
                elif day and sure and not _own(meta, page_day):
                    meta["published"] = day  # the piece's labelled day over the page's
                elif (
                    day and position == "foot" and sign and meta["published"] in (page_day, shared)
                ):
                    meta["published"] = day  # the piece's sign-off over the page's day
            return position
    return None


#: a cell's label and value (``列入日期：2020年1月11日``)
_CELL = re.compile(r"^([^\s：:]{2,8})\s*[：:]\s*(\S.*)$")
#: the gap between a row's cells
_GAP = re.compile(r"\s{2,}|\u3000+")


def publish_labelled(line: str, field_of: Callable[[str], str | None]) -> bool:
    """Whether a cell of ``line`` gives a day under a publish date's label.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> publish_labelled("决定机关：某局　　列入日期：2020年1月11日", f)
    True
    >>> publish_labelled("▲ 抓拍画面　采集：某大队　2018年2月6日 17:32", f)
    False
    """
    for cell in _GAP.split(line.strip()):
        m = _CELL.match(cell.strip())
        if m is not None and field_of(m[1]) == "published" and re.search(r"\d", m[2]):
            return True
    return False


#: a time of day: a capture's or an event's stamp, no sign-off's
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")


def signed_off(line: str, shaped_row: Callable[[str], dict[str, str] | None]) -> bool:
    """Whether ``line`` is a sign-off closing a piece: its signer (a person or a body, read
    as the ``issuer``) and its day, no time of day (``声明人：某某　2020年11月24日``,
    ``某某有限公司　2020年11月26日``): the piece's own date, as a sign-off the split reads
    in the text dates its piece (a capture's stamp, ``采集：某大队　2018年2月6日 17:32``,
    is an event's).

    >>> from functools import partial
    >>> from cleaner.stages.split_meta import MetaParser
    >>> read = partial(MetaParser().shaped_row, near_title=True)
    >>> signed_off("声明人：甲某某　2020年11月24日", read)
    True
    >>> signed_off("▲ 抓拍画面　采集：某大队　2018年2月6日 17:32", read)
    False
    >>> signed_off("2020年11月24日", read)
    False
    """
    if len(line) > _ROW_MAX or _CLOCK.search(line):
        return False
    if not (shaped_row(line) or {}).get("published"):
        return False
    party = _party([line], shaped_row)
    return party is not None and party[0] == "issuer"


def _own(meta: dict[str, str], page_day: str | None) -> bool:
    """Whether a piece holds a day of its own (not the page's, given it by the split)."""
    got = meta.get("published")
    return got is not None and got != page_day


def _day(lines: Sequence[str], shaped_row: Callable[[str], dict[str, str] | None]) -> str | None:
    """The day the first of ``lines`` that reads as a dated row gives, or None."""
    for line in lines:
        if len(line) > _ROW_MAX:
            continue
        day = (shaped_row(line) or {}).get("published")
        if day:
            return day
    return None


#: the positions tried when all pieces but one have a party row there
_PARTIAL_ORDER = ("under_title", "foot", "over_title")
#: the fields naming a piece's party, read from its removed rows
PARTIES = ("author", "issuer", "origin")
# a labelled party cell: a label of two to six Han letters, a colon, one name, and at
# most a day after a gap ('某某人：某某　2020年11月24日')
_PARTY_CELL = re.compile(
    r"^([\u3400-\u9fff]{2,6})[ \t\u3000]*[:：][ \t\u3000]*"
    r"([\u3400-\u9fffA-Za-z·（）()]{2,30})"
    r"(?:[ \t\u3000]+[0-9０-９]{2,4}[年./\-][0-9０-９]{1,2}[月./\-][0-9０-９]{1,2}日?)?$"
)


def read_parties(
    rows: Sequence[dict[str, list[str]]],
    metas: Sequence[dict[str, str]],
    shaped_row: Callable[[str], dict[str, str] | None],
    texts: Sequence[str] = (),
    held: Sequence[str] = (),
) -> str | None:
    """Fill each piece's missing party field (``author``, ``issuer`` or ``origin``, in
    ``metas``) from its removed rows, with the discipline of :func:`read_rows`: at the
    first position of :data:`POSITIONS` where every piece has a removed row naming a
    party of one and the same field, else where all but one (two at least) have; the
    position read, or None.  A row is read by the split's own row reader (``shaped_row``), else
    as a labelled cell whose label's verb names the field (``unit_keys.label_key``:
    a declaring or issuing label names the issuer).  A piece that names a body already
    (``issuer`` or ``origin``) takes no body; a field present is never replaced.

    >>> from functools import partial
    >>> from cleaner.stages.split_meta import MetaParser
    >>> read = partial(MetaParser().shaped_row, near_title=True)
    >>> foot = [["声明人：甲某某　2020年11月24日"], ["某某市某某有限公司　2020年11月26日"]]
    >>> rows = [{"under_title": [], "over_title": [], "foot": f} for f in foot]
    >>> metas = [{}, {}]; read_parties(rows, metas, read), metas
    ('foot', [{'issuer': '甲某某'}, {'issuer': '某某市某某有限公司'}])
    >>> one = [rows[0], {"under_title": [], "over_title": [], "foot": ["返回顶部"]}]
    >>> metas = [{}, {}]; read_parties(one, metas, read), metas
    (None, [{}, {}])

    One slot: a piece's removed row is read alone when every other piece has a removed
    row at that place or keeps one in its text (``texts``: the pieces' texts, its last
    line for the foot, the line under its title for ``under_title``), or the split read
    one as its metadata (``held``: the rows the split stage took out of the pieces' text)
    under the same labels (:func:`_labels`): the same slot of each piece, the boilerplate
    stage having taken only the rows whose words recur on the site's other pages.

    >>> foot = [["主办：某某市体育局　承办：某某市篮球协会"], [], []]
    >>> rows = [{"under_title": [], "over_title": [], "foot": f} for f in foot]
    >>> texts = ["甲赛\\n正文。", "乙赛\\n正文。\\n主办：某某区体育局　承办：某某市田径协会",
    ...          "丙赛\\n正文。\\n主办：某某市总工会　承办：某某市羽毛球协会"]
    >>> metas = [{}, {}, {}]; read_parties(rows, metas, read, texts), metas[0]
    ('foot', {'origin': '某某市体育局'})
    >>> other = texts[:1] + ["乙赛\\n正文。\\n咨询电话：0830-1234567", texts[2]]
    >>> metas = [{}, {}, {}]; read_parties(rows, metas, read, other), metas[0]
    (None, {})
    """
    if len(rows) < 2 or len(rows) != len(metas):
        return None
    read_at = {p: [_party(r[p], shaped_row, foot=p == "foot") for r in rows] for p in POSITIONS}
    # every piece at one position first (a row between two pieces stands under the one
    # and over the other); then all but one, a closing row before an opening one (the
    # last piece's closing row is the one a site's foot takes the place of)
    tries = [(True, p) for p in POSITIONS] + [(False, p) for p in _PARTIAL_ORDER]
    for full, position in tries:
        read = read_at[position]
        found = [p for p in read if p]
        if len(found) < (len(rows) if full else max(2, len(rows) - 1)):
            continue
        if len({k for k, _ in found}) != 1:
            continue  # rows naming different fields: no one row shape of the pieces
        _fill(metas, read)
        return position
    if len(texts) == len(rows):
        for position in _SLOT_POSITIONS:
            read = read_at[position]
            if not any(read) or not _one_slot(rows, texts, position, read, held):
                continue
            if len({k for k, _ in filter(None, read)}) == 1:
                _fill(metas, read)
                return position
    return None


def _fill(metas: Sequence[dict[str, str]], read: Sequence[tuple[str, str] | None]) -> None:
    """Give each piece the party its row names, where it holds that field (or any body,
    for a body) not yet."""
    for meta, party in zip(metas, read, strict=True):
        if not party:
            continue
        key, name = party
        if key in meta or (key in ("issuer", "origin") and ("issuer" in meta or "origin" in meta)):
            continue
        meta[key] = name


#: the places a single removed row is read at, and the line of a piece's text that is
#: its kept row there (the line under the title, the last line)
_SLOT_POSITIONS = {"foot": -1, "under_title": 1}
# a cell's label and its colon, anywhere in a row
_LABEL = re.compile(r"([\u4e00-\u9fff]{1,8})[ \t\u3000]*[:：]")


def _labels(line: str) -> tuple[str, ...]:
    """The labels of a row's cells, in order (``主办：某局　承办：某会`` → 主办, 承办).

    >>> _labels("▲ 抓拍画面　采集：某大队　2019年6月13日"), _labels("正文。")
    (('采集',), ())
    """
    return tuple(_LABEL.findall(line))


# a row wholly in one bracket pair, its cells parted by gaps ('（某課　某某　撰稿）')
_FRAMED_CELLS = re.compile(r"^([（(［\[【〔])(.+[ \t\u3000])([^ \t\u3000]+)([）)］\]】〕])$")


def _form(line: str) -> tuple[str, ...]:
    """A row's form across a page's pieces: its cells' labels (:func:`_labels`), or for a
    row of no label framed in one bracket pair, its cells parted by gaps, the frame and
    its last cell (a credit's verb: ``（某課　某某　撰稿）`` → ``（``, ``撰稿``, ``）``).

    >>> _form("主办：某局　承办：某会"), _form("（作物課　某某某　撰稿）"), _form("（某某）")
    (('主办', '承办'), ('（', '撰稿', '）'), ())
    """
    if labels := _labels(line):
        return labels
    m = _FRAMED_CELLS.match(line.strip())
    return (m.group(1), m.group(3), m.group(4)) if m is not None else ()


def _one_slot(
    rows: Sequence[dict[str, list[str]]],
    texts: Sequence[str],
    position: str,
    read: Sequence[tuple[str, str] | None],
    held: Sequence[str] = (),
) -> bool:
    """Whether every piece has a row at ``position`` of the form of the removed rows
    naming a party there (``read``; one form, none empty: the cells' labels, or a framed
    credit's frame and closing word, :func:`_form`): removed, or kept in
    its text at that place (the last piece's removed lines may be the site's foot, its
    own row kept above them) or read by the split (``held``, each row once); one kept
    or read at least."""
    at = _SLOT_POSITIONS[position]
    shapes = {
        _form(line)
        for row, party in zip(rows, read, strict=True)
        if party
        for line in row[position][:1]
    }
    if len(shapes) != 1 or () in shapes:
        return False
    shape = shapes.pop()
    spare = sum(1 for r in held if len(r) <= _ROW_MAX and _form(r) == shape)
    kept = 0
    for row, party, text in zip(rows, read, texts, strict=True):
        if party and row[position] and _form(row[position][0]) == shape:
            continue
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        if len(lines) >= 3 and len(lines[at]) <= _ROW_MAX and _form(lines[at]) == shape:
            kept += 1
        elif spare:
            spare -= 1  # its row read by the split, out of its text
            kept += 1
        else:
            return False
    return kept >= 1


def _party(
    lines: Sequence[str], shaped_row: Callable[[str], dict[str, str] | None], *, foot: bool = False
) -> tuple[str, str] | None:
    """The party field the first of ``lines`` that names one gives: ``(field, name)``.
    ``foot``: the lines closed the piece, so a writer's credit closing it (``（某課　某某
    撰稿）``, read as :func:`~cleaner.stages.split_foot.foot_credit` reads a piece's last
    row) names its author."""
    for line in lines:
        if len(line) > _ROW_MAX:
            continue
        # a credit row in a frame (a bracket pair, a template caption) is read by its
        # labels' verbs as the split reads it closing a piece (split_closing_slots)
        slotted = slot_fields(line) if slot_row(line) is not None else {}
        fields = slotted or shaped_row(line) or {}
        for key in PARTIES:
            if fields.get(key):
                return key, fields[key]
        m = _PARTY_CELL.match(line)
        if m is not None and (cell := label_key(m.group(1))) is not None:
            return cell, m.group(2)
        if foot and (writer := _credited(line)) is not None:
            return "author", writer
    return None


def _credited(line: str) -> str | None:
    """The writer a piece's closing credit row names (``（某課　某某　撰稿）``), as the
    split reads that row closing a piece, or None."""
    from cleaner.stages.keep import keep_table  # (the stage's tables, loaded late)
    from cleaner.stages.split_foot import foot_credit

    got = foot_credit(line, keep_table().split.meta.field_of, closing=True, writer=True)
    return got[1] if got is not None and got[1] else None
