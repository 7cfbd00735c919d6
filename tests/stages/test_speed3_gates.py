"""Issue 15 (speed3): two split readers skip the dear row reader on lines that cannot
change their answer, and answer as they did before, on generated pages.  The reference
of each is the reader with its skip undone (patched back to reading every candidate)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages import split_above, split_blocks
from cleaner.stages.split import SplitStage
from cleaner.stages.split_above import serial_titles, titles_under_rows
from cleaner.stages.split_blocks import block_run
from cleaner.stages.split_config import SplitConfig

_READ = SplitStage(SplitConfig())._row_reader
_BODY = "本期介绍了相关情况，请各单位认真阅读并结合本地实际抓好落实。"

# lines of the kinds the two readers look at: bare words, one figure, rows of cells
# (dated, numbered, labelled, a register's serial), a rule line, a card, prose
_POOL = [
    "栏目",
    "甲地消息",
    "乙地消息",
    "丙地消息",
    "2021",
    "————————",
    "编次 7 · 2021-03-09",
    "编次 8 · 2021-04-19",
    "编次 9 · 2021-05-02",
    "第12期",
    "来源：甲报　日期：2021-03-09",
    "来源：乙报　日期：2021-04-09",
    "◇ 第01则　编号：X-1　日期：2021-03-09",
    "◇ 第02则　编号：X-7　日期：2021-03-19",
    "No.2021-031　发布于 2021-03-09",
    "No.2021-032　发布于 2021-03-19",
    "性质：某类　｜　规模：50人",
    _BODY,
    "",
]

# the header rows of a compilation's pieces, numbered by the piece ({k}: 1, 2, 3 …)
_ROWS = [
    "栏目",
    "第{k}期",
    "————————",
    "编次 {k} · 2021-03-0{k}",
    "◇ 第0{k}则　编号：X-{k}　日期：2021-03-1{k}",
    "No.2021-03{k}　发布于 2021-03-0{k}",
    "来源：某报　日期：2021-0{k}-09",
    "性质：某类　｜　规模：{k}0人",
]
_TITLES = ["甲地消息", "乙县通知", "丙市动态", "丁镇简讯"]


@st.composite
def _compilations(draw: st.DrawFn) -> list[str]:
    """A page of two to four pieces, each under one or two header rows of one kind
    (now and then another kind, a lone word, a blank or a short body), or loose lines."""
    if draw(st.booleans()):
        return draw(st.lists(st.sampled_from(_POOL), min_size=2, max_size=24))
    page = draw(st.sampled_from([[], ["某站汇编", ""], ["某站汇编", _BODY]]))
    kinds = draw(st.lists(st.sampled_from(_ROWS), min_size=1, max_size=2))
    for k, title in enumerate(_TITLES[: draw(st.integers(2, 4))], start=1):
        rows = (
            kinds if draw(st.integers(0, 4)) else draw(st.lists(st.sampled_from(_ROWS), max_size=2))
        )
        page += [r.format(k=k) for r in rows]
        page += [title, _BODY if draw(st.integers(0, 5)) else "短句。"]
        page += [""] if draw(st.booleans()) else []
    return page


pages = _compilations()


def _every_shape_twice(shapes: Iterable[tuple[str, ...]]) -> defaultdict[tuple[str, ...], int]:
    """block_run's count of the shapes over the candidates, as if every shape stood
    twice: the skip undone (the shapes are still made, into the memo)."""
    for _ in shapes:
        pass
    return defaultdict(lambda: 2)


def _rows_before(lines: list[str], read: Callable[[str], dict[str, str] | None]) -> list:  # type: ignore[type-arg]
    """``split_above._rows_over_titles`` as it was: every candidate row read."""
    title = split_above.title_lines(lines)
    strip = [s.strip() for s in lines]
    filled = [i for i, s in enumerate(strip) if s]
    found = []
    for k in range(1, len(filled)):
        i, r = filled[k], filled[k - 1]
        row = strip[r]
        if len(row) > split_above.ROW_MAX_CHARS or "。" in row or "！" in row or "？" in row:
            continue
        if not title[i]:
            continue
        sig = split_above.row_signature(row)
        n = sum(x != "_" for x in sig)
        if n < 1 or read(strip[i]) or not read(row):
            continue
        found.append((i, r, sig, n))
    return found


@settings(max_examples=300, deadline=None)
@given(pages)
def test_block_run_answers_as_before(page: list[str]) -> None:
    got = block_run(page, _READ)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(split_blocks, "Counter", _every_shape_twice)
        mp.setattr(split_blocks, "_lone_token", lambda shape: False)
        before = block_run(page, _READ)
    assert (got.verdict, got.titles, got.blocks) == (before.verdict, before.titles, before.blocks)


@settings(max_examples=300, deadline=None)
@given(pages)
def test_rows_over_titles_answers_as_before(page: list[str]) -> None:
    got = (titles_under_rows(page, _READ), serial_titles(page, _READ))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(split_above, "_rows_over_titles", _rows_before)
        before = (titles_under_rows(page, _READ), serial_titles(page, _READ))
    assert got == before


def test_block_run_reads_no_title_under_one_word() -> None:
    """Titles each under one bare word line (a column's name): size-1 blocks of one
    token change in one value at most, so no title is read and the answer is none."""
    page = [
        "某站汇编",
        "",
        "栏目",
        "甲地消息",
        _BODY,
        "栏目",
        "乙地消息",
        _BODY,
        "栏目",
        "丙地消息",
        _BODY,
    ]
    asked: list[str] = []

    def read(s: str) -> dict[str, str] | None:
        asked.append(s)
        return None

    assert block_run(page, read).verdict == "none"
    assert asked == []
    dated = [s.replace("栏目", f"编次 {k} · 2021-03-0{k}") for k, s in enumerate(page)]
    assert block_run(dated, read).verdict == "split"  # a block that changes: read, split


def test_rows_over_titles_reads_no_row_of_a_lone_signature() -> None:
    """Rows over title lines whose cell signatures all differ: no two can make a run,
    so neither the rows nor the titles are read."""
    page = ["来源：甲报", "甲县通知", _BODY, "日期：2021-03-09　编号：3", "乙县通知", _BODY]
    asked: list[str] = []

    def read(s: str) -> dict[str, str] | None:
        asked.append(s)
        return {"source": s} if "：" in s else None

    assert titles_under_rows(page, read) == [] and serial_titles(page, read) == []
    assert asked == []
