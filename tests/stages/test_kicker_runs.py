"""Numbered code rows whose words are a short kicker over the piece's own title line, in
a run numbered from 1 (:func:`~cleaner.stages.split_offset.kicker_titles`).

Class: **a per-piece header row 'CODE n · category' over a longer title line**.  The
category is a word or two; the title is the line under it and stays the piece's first
line of text.  Offset runs (numbered on from an earlier page) read it so already; a run
from 1 took the category as the title.  Variants differ in the code word, the separator
and the numbering's form.  Look-alikes keep the row's words as the title: a short title
over its byline row (a slash, a date, a wide gap), over a field row ('作者：某某'), and a
row whose words are a headline.  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import split
from tests.stages.test_split_offset import BODIES, TITLES, _page


@pytest.mark.parametrize(
    "fmt",
    ["ENTRY {n:02d} — {k}", "No.{n}　{k}", "{n:02d}｜{k}"],
    ids=["latin-code-dash", "no-dot-gap", "bare-number-bar"],
)
def test_kicker_rows_from_one_give_the_title_to_the_line_below(fmt: str) -> None:
    heads = [fmt.format(n=n, k=k) for n, k in ((1, "园艺"), (2, "街坊"), (3, "阅读"))]
    arts = split(_page(heads, "本期刊登居民来稿3篇，文责自负。"))
    assert len(arts) == 3
    assert [a.title for a in arts] == TITLES
    for art, title, body in zip(arts, TITLES, BODIES, strict=True):
        assert art.text.split("\n") == [title, *body]


def test_a_labelled_headline_under_each_kicker_is_the_title_line() -> None:
    heads = [f"ENTRY {n:02d} — 定性：{k}" for n, k in ((1, "误读"), (2, "谣言"), (3, "谣言"))]
    lines = _page(heads, "本期梳理了3条不实信息。")
    lines = [f"传言：{ln}" if ln in TITLES else ln for ln in lines]
    arts = split(lines)
    assert len(arts) == 3
    assert [a.title for a in arts] == TITLES  # the headline, its label left out


@pytest.mark.parametrize(
    "below",
    ["文／林某某　　2020年01月14日", "作者：林某某", "林某某　　编号：甲20200005"],
    ids=["byline", "field-row", "cells-row"],
)
def test_a_short_title_over_a_row_keeps_its_title(below: str) -> None:
    heads = [f"No.{n}　{k}" for n, k in ((1, "晚风"), (2, "旧信"), (3, "归途"))]
    lines = _page(heads, "本期刊登居民来稿3篇，文责自负。")
    lines = [below if ln in TITLES else ln for ln in lines]
    arts = split(lines)
    assert [a.title for a in arts] == ["晚风", "旧信", "归途"]


def test_rows_carrying_headlines_keep_them() -> None:
    heads = [f"No.{n}　{t}" for n, t in zip((1, 2, 3), TITLES, strict=True)]
    lines = [ln for ln in _page(heads, "本期刊登3篇。") if ln not in TITLES]
    arts = split(lines)
    assert [a.title for a in arts] == TITLES
