"""The pre-check of ``MetaParser.parse_meta_line`` (``split_meta_rows._FIELD_MARKS``) rules
out only lines the method reads no field from: its answers are the same with the check
as with a check that lets every line through."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages import split_meta_rows
from cleaner.stages.split_meta import MetaParser

P = MetaParser()
LABELS = sorted(P.t.fields)[:40]
# pieces of metadata rows and of prose, each separator and bracket the method reads, and
# look-alikes it must not read (a single space, a middle dot or two, a full stop)
BITS = [
    *LABELS,
    "发 文 机 关",
    "某市人民政府",
    "某政发〔2020〕5号",
    "2021-03-05",
    "2021年3月5日",
    "各单位要落实责任",
    "这是一段正文",
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    "［",
    "］",
    "[",
    "]",
    "：",
    ":",
    " ",
    "  ",
    "\t",
    "\u3000",
    "|",
    "｜",
    "┊",
    "├",
    "……",
    "...",
    "·",
    "··",
    "·····",
    "。",
    "，",
    "；",
    "\u00a0",
]


def _without_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split_meta_rows, "_FIELD_MARKS", re.compile(""))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(BITS), min_size=1, max_size=8))
def test_the_check_never_rules_out_a_line_with_fields(pieces: list[str]) -> None:
    line = "".join(pieces)
    with_check = P.parse_meta_line(line)
    with pytest.MonkeyPatch.context() as mp:
        _without_check(mp)
        assert P.parse_meta_line(line) == with_check


def test_the_check_rules_out_prose_and_keeps_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    prose = "各单位要进一步落实安全责任，确保各项措施落到实处。"
    rows = [
        "发文机关：某市人民政府",
        "【发布单位】某省 【发布文号】某政发〔2003〕12号",
        "发文机关\t某市人民政府\t发文字号\t某政发〔2020〕5号",
        "发布日期　2021-03-05",
        "收稿日期……2020-04-05",
    ]
    assert split_meta_rows._FIELD_MARKS.search(prose) is None
    assert P.parse_meta_line(prose) is None
    found = [P.parse_meta_line(r) for r in rows]
    assert all(found)
    _without_check(monkeypatch)
    assert [P.parse_meta_line(r) for r in rows] == found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(BITS), max_size=5), min_size=1, max_size=8))
def test_a_page_scan_finds_every_line_with_fields(rows: list[list[str]]) -> None:
    from cleaner.stages import split_papers

    lines = ["".join(r) for r in rows]
    marks = split_meta_rows.field_mark_lines(lines)
    assert marks == {i for i, s in enumerate(lines) if split_meta_rows._FIELD_MARKS.search(s)}
    content = list(range(len(lines)))
    got = split_papers.foot_notes(content, lines, P.parse_meta_line)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(split_papers, "field_mark_lines", lambda ls: set(range(len(ls))))
        assert split_papers.foot_notes(content, lines, P.parse_meta_line) == got
