"""A compilation whose every piece has a labelled info row under its title (fixye3).

The generic ``publish_info`` rule deletes a single article's info bar; on a compilation
the same kind of row heads every piece, and deleting it before the split left the page
one article and lost each piece's writer and date.  The rows that repeat under every
piece's title, with the same labels and each over the piece's own text, are now kept for
the split (``piece_info_rows``), which reads them and records their removal.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.piece_info_rows import labelled_date_cells, piece_info_rows

T1 = "清早的菜市场最热闹，卖菜的阿姨一边称菜一边和熟客聊天，声音此起彼伏。"
T2 = "傍晚的江边有很多散步的人，有人带着孩子，有人牵着狗，慢慢地走到天黑。"
T3 = "小镇的图书馆周末也开门，管理员会把新到的书摆在进门的那张长桌子上。"

PAGES = {
    # unnumbered titles, '作者：X　日期：Y' (a full-width space between the cells)
    "plain": (
        "本周随笔",
        [
            ("菜市场", "作者：柳一帆　日期：2021-05-06"),
            ("江边", "作者：邓可　日期：2021-05-07"),
            ("图书馆", "作者：覃小雅　日期：2021-05-08"),
        ],
    ),
    # numbered titles, source first, a date with a time
    "numbered": (
        "街道动态汇编",
        [
            ("一、菜市场完成改造", "来源：南门街道 发布时间：2022-06-01 08:40"),
            ("二、江边步道开放", "来源：园林所 发布时间：2022-06-03 17:05"),
            ("三、图书馆延长开放", "来源：文化站 发布时间：2022-06-04 11:20"),
        ],
    ),
    # traditional script, a slash between the cells, '1.' numbering
    "traditional": (
        "週末小品",
        [
            ("1. 菜市場", "作者：梁子軒／日期：2020-09-12"),
            ("2. 江邊", "作者：曾雅婷／日期：2020-09-13"),
            ("3. 圖書館", "作者：潘志明／日期：2020-09-14"),
        ],
    ),
    # an editor and a date written in Han date form, two pieces only
    "hanzi_date": (
        "读者来稿",
        [
            ("菜市场的早晨", "编辑：韦晓　发布日期：2019年5月6日"),
            ("江边的傍晚", "编辑：韦晓　发布日期：2019年5月9日"),
        ],
    ),
}
TEXTS = [T1, T2, T3]


def _run(text: str) -> tuple[list[tuple[str, dict[str, str]]], list[str]]:
    raw = RawInput("p/1.txt", text.encode("utf-8"))
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return [(a.title, dict(a.meta)) for a in res.articles], [c.before for c in res.changes]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_compilation_with_an_info_row_per_piece_splits(name: str) -> None:
    head, pieces = PAGES[name]
    lines = [head]
    for (title, row), body in zip(pieces, TEXTS, strict=False):
        lines += [title, row, body]
    arts, removed = _run("\n".join(lines) + "\n")
    assert len(arts) == len(pieces), arts
    for (title, meta), (want, row) in zip(arts, pieces, strict=True):
        assert want.endswith(title), (title, want)
        assert meta.get("published", "")[:4] == row.split("：")[-1][:4], meta
    for _, row in pieces:  # every row is gone from the text, and the ledger says so
        assert any(row in b for b in removed), row


def test_a_single_article_keeps_losing_its_info_bar() -> None:
    """Look-alike: one info bar under one title is the page's chrome, as before."""
    text = "\n".join(["江边步道开放", "作者：邓可　日期：2021-05-07", T2, T1]) + "\n"
    arts, removed = _run(text)
    assert len(arts) == 1
    assert any("作者：邓可" in b for b in removed)


def test_rows_with_other_labels_or_under_a_sentence_are_no_piece_headers() -> None:
    row = labelled_date_cells
    page = [
        "某刊",
        "第一篇",
        "作者：甲　日期：2021-03-09",
        T1,
        "第二篇",
        "作者：乙　日期：2021-03-10",
        T2,
    ]
    assert piece_info_rows(page, {2, 5}, row) == [2, 5]
    other = [*page[:5], "编辑：乙　日期：2021-03-10", T2]  # the labels differ
    assert piece_info_rows(other, {2, 5}, row) == []
    said = [*page[:4], "他说完就走了。", "作者：乙　日期：2021-03-10", T2]  # under a sentence
    assert piece_info_rows(said, {2, 5}, row) == []
    assert piece_info_rows(page, {2, 3, 5}, row) == []  # a claimed line under the row
