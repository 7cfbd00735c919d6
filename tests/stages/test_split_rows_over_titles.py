"""The split stage's shared scan of rows over title lines (issue 15's per-page pass).

:func:`split_above.titles_under_rows` (at two counts of labelled cells) and
:func:`split_above.serial_titles` walked every page for the same pairs (a title line and
the row of cells right above it) three times; they now read one list, made once a page
and reader (:func:`split_page.per_page_by`).  These tests hold the shared scan to the
walk it replaced: a copy of the old loop (``_old_found``) against the new one, on
generated pages (our own lines: titles, rows of one or two labelled cells, register
serials, prose, sentences that look like rows) and on hand-made look-alikes, read as a
plain list and as the stage's :class:`PageLines` (cold and warm memo).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages import split_above
from cleaner.stages.split_above import (
    ROW_MAX_CHARS,
    _rows_over_titles,
    _titles_under_rows,
    serial_titles,
    title_lines,
    titles_under_rows,
)
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_page import PageLines, nonempty, per_page_by, stripped

FINDER = SplitFinder()
READ = FINDER._row_reader

BODY = "本期围绕年度安排作了说明，各单位要结合实际抓好落实并按时报送材料。"
TITLES = ["甲县通知", "乙镇关于某事的通知", "丙村简报", "丁局公告"]
# rows of two labelled cells, of one (a date alone), a register's serial row, a bare row
ROWS = [
    "No. {n} | Source: City Daily | Date: 2022-05-0{n}",
    "0{n}　作者：某乙　发表于：2022-05-0{n}",
    "编号：K-{n}　日期：2022-0{n}-11",
    "Ref: Q{n} · Date: 2022-05-0{n}",
    "日期：2022-0{n}-18",
    "No.2022-10{n}　登记于 2022-0{n}-02",
    "〔第0{n}则〕　来源：某站　时间：2022-0{n}-21",
    "某某 · 2022-0{n}-09 · 阅读 {n}0",
]
# lines that look like parts of such a page but are none: a sentence holding a colon, a
# long row, a title-shaped line with a comma, a question
DECOYS = [
    "说明：本办法自发布之日起施行。",
    "日期：" + "二〇二二年" * (ROW_MAX_CHARS // 5 + 1),
    "甲县，乙县",
    "时间：什么时候开始？",
    "",
    BODY,
]


def _old_found(
    lines: list[str], read: split_above.Reader, labels: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The walk :func:`_titles_under_rows` made before the shared scan (kept verbatim)."""
    title = title_lines(lines)
    filled, strip = nonempty(lines), stripped(lines)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for k in range(1, len(filled)):
        i, r = filled[k], filled[k - 1]
        row = strip[r]
        if len(row) > ROW_MAX_CHARS or "。" in row or "！" in row or "？" in row:
            continue
        if not title[i]:
            continue
        s = strip[i]
        sig = row_signature(row)
        if sum(x != "_" for x in sig) < labels or read(s) or not read(row):
            continue
        found.append((i, r, sig))
    return found


def _new_found(
    lines: list[str], read: split_above.Reader, labels: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(i, r, sig) for i, r, sig, n in _rows_over_titles(lines, read) if n >= labels]


@st.composite
def _pages(draw: st.DrawFn) -> list[str]:
    """A head of decoys, then two to four pieces of one row shape (a row or a decoy over
    each title, some bodies lost), then a tail."""
    row = draw(st.sampled_from(ROWS))
    out = list(draw(st.lists(st.sampled_from(DECOYS + TITLES), max_size=3)))
    for n, title in enumerate(draw(st.permutations(TITLES))[: draw(st.integers(2, 4))], 1):
        if draw(st.integers(0, 6)):
            out.append(row.format(n=draw(st.sampled_from([n, n, n + 3]))))
        else:
            out.append(draw(st.sampled_from(DECOYS)))
        out.append(title)
        out += draw(st.lists(st.sampled_from([BODY, BODY, "", "好。"]), min_size=0, max_size=2))
    return out + list(draw(st.lists(st.sampled_from(DECOYS + ROWS), max_size=2)))


def _piece(n: int, row: str, title: str) -> list[str]:
    return [row.format(n=n), title, BODY]


@settings(max_examples=400, deadline=None)
@given(_pages())
def test_shared_scan_finds_what_each_walk_found(lines: list[str]) -> None:
    # the scan reads no row where no two rows over titles share a cell signature (speed3):
    # there it may answer [] (what its one caller answers for a page without two rows
    # of one signature); wherever the walk found two rows of one signature, the same
    page = PageLines(lines)
    for labels in (2, 1):
        old = _old_found(lines, READ, labels)
        run = len({sig for *_, sig in old}) < len(old)
        # a plain list, then the page: cold memo, then warm
        for got in [_new_found(x, READ, labels) for x in (lines, page, page)]:
            assert got == old or (not run and got == [])


@settings(max_examples=300, deadline=None)
@given(_pages())
def test_recognisers_read_the_page_alike_as_list_and_page_lines(lines: list[str]) -> None:
    want = (serial_titles(lines, READ), titles_under_rows(lines, READ))
    page = PageLines(lines)
    # the stage's order: the register's reader first, then the rows' reader
    assert (serial_titles(page, READ), titles_under_rows(page, READ)) == want
    assert (serial_titles(page, READ), titles_under_rows(page, READ)) == want


def _split_with_old_walk(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """:func:`titles_under_rows` and :func:`serial_titles` with the old walk swapped in."""

    def old_rows(lines: list[str], read: split_above.Reader) -> list[object]:
        ones = _old_found(lines, read, 1)
        twos = {(i, r) for i, r, _ in _old_found(lines, read, 2)}
        return [(i, r, sig, 2 if (i, r) in twos else 1) for i, r, sig in ones]

    with monkeypatch.context() as mp:
        mp.setattr(split_above, "_rows_over_titles", old_rows)
        return serial_titles(lines, READ), titles_under_rows(lines, READ)


CASES = {
    # two labelled cells over each title, numbered 1, 2, 3 in the first cell
    "numbered_rows": [
        "某刊第3期",
        *_piece(1, "〔第0{n}则〕　来源：某站　时间：2022-0{n}-21", "甲县通知"),
        *_piece(2, "〔第0{n}则〕　来源：某站　时间：2022-0{n}-21", "乙镇关于某事的通知"),
        *_piece(3, "〔第0{n}则〕　来源：某站　时间：2022-0{n}-21", "丙村简报"),
    ],
    # another site's wording: English labels, the number in a bare first cell
    "latin_rows": [
        *_piece(1, "No. {n} | Source: City Daily | Date: 2022-05-0{n}", "甲县通知"),
        *_piece(2, "No. {n} | Source: City Daily | Date: 2022-05-0{n}", "丁局公告"),
    ],
    # a register's serial run: one labelled cell, numbered by the serial
    "register": [
        *_piece(1, "No.2022-10{n}　登记于 2022-0{n}-02", "甲县通知"),
        *_piece(2, "No.2022-10{n}　登记于 2022-0{n}-02", "乙镇关于某事的通知"),
        *_piece(3, "No.2022-10{n}　登记于 2022-0{n}-02", "丙村简报"),
    ],
    # a third: a bare serial cell, then an author's and a date's cell
    "author_rows": [
        *_piece(1, "0{n}　作者：某乙　发表于：2022-05-0{n}", "丙村简报"),
        *_piece(2, "0{n}　作者：某乙　发表于：2022-05-0{n}", "丁局公告"),
    ],
    # look-alike: a single document's row over its title (one row: no run)
    "one_row": ["编号：K-1　日期：2022-01-11", "甲县通知", BODY, BODY],
    # look-alike: the rows are sentences ending in a stop, no rows
    "sentences": [
        "说明：本办法自发布之日起施行。",
        "甲县通知",
        BODY,
        "说明：本细则自印发之日起施行。",
        "乙镇关于某事的通知",
        BODY,
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cases_split_as_the_old_walk_split_them(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = CASES[name]
    old = _split_with_old_walk(lines, monkeypatch)
    assert (serial_titles(lines, READ), titles_under_rows(lines, READ)) == old
    page = PageLines(lines)
    assert (serial_titles(page, READ), titles_under_rows(page, READ)) == old


def test_cases_reach_the_readers() -> None:
    # the comparisons above mean something only if the cases make runs (and the
    # look-alikes make none)
    got = {name: titles_under_rows(lines, READ) for name, lines in CASES.items()}
    assert [t for _, _, t, _ in got["numbered_rows"]] == [
        "甲县通知",
        "乙镇关于某事的通知",
        "丙村简报",
    ]
    assert len(got["latin_rows"]) == 2 and len(got["author_rows"]) == 2
    assert got["one_row"] == [] and got["sentences"] == []
    serial = serial_titles(CASES["register"], READ)
    assert [m.get("doc_number") for *_, m in serial] == ["2022-101", "2022-102", "2022-103"]
    # two labels over each title for the numbered rows, one for the register's
    assert {n for *_, n in _rows_over_titles(CASES["numbered_rows"], READ)} == {2}
    assert _titles_under_rows(CASES["register"], READ, 2) == []


def test_shared_scan_is_made_once_a_page_and_reader() -> None:
    page = PageLines(CASES["numbered_rows"])
    first = _rows_over_titles(page, READ)
    assert _rows_over_titles(page, READ) is first  # the same object: no second walk
    assert _rows_over_titles(page, FINDER._row_reader) is first  # a bound method: equal
    other = _rows_over_titles(page, lambda s: None)  # another reader: its own answer
    assert other == [] and other is not first
    # a plain list is read afresh
    plain = list(page)
    assert _rows_over_titles(plain, READ) == first
    assert _rows_over_titles(plain, READ) is not _rows_over_titles(plain, READ)


def test_per_page_by_keys_its_argument() -> None:
    calls: list[int] = []

    @per_page_by
    def longer(lines: list[str], n: int) -> list[int]:
        calls.append(n)
        return [i for i, s in enumerate(lines) if len(s) > n]

    page = PageLines(["甲", "甲乙", "甲乙丙"])
    assert longer(page, 1) == [1, 2] and longer(page, 1) == [1, 2]
    assert longer(page, 2) == [2]
    assert calls == [1, 2]
    assert longer(["甲乙"], 1) == [0] and longer(["甲乙"], 1) == [0]
    assert calls == [1, 2, 1, 1]
    # a new page is a new memo
    assert longer(PageLines(["甲乙丙丁"]), 1) == [0]
    assert calls == [1, 2, 1, 1, 1]
