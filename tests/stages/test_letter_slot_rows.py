"""A site's counter row whose cells are figures and a one-letter value (an option, a
grade) repeats on every page of the site with other figures and another letter: the
letter is a slot as the figures are, so the row is the site's template, not the page's
text (invented text).  A one-letter answer line without figures stays the page's."""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import boil, site_stage

LETTERS = "ABCDBCAD"
ROWS = [
    "已有{n}人练习过　平均得分率{p}%　常错选项：{x}",
    "本题被作答 {n} 次 | 答对比例 {p}% | 热门误选: {x}",
    "浏览{n}次　收藏{p}次　难度等级：{x}",
]


def _page(k: int, row: str) -> list[str]:
    return [
        f"第{k + 3}题　下列说法中不正确的一项是哪一个呢",
        f"A．第{k}种说法　B．另一种说法　C．第三种　D．第四种",
        row.format(n=1000 + 37 * k, p=40 + 3 * k, x=LETTERS[k]),
        f"答案：{LETTERS[(k + 1) % 4]}",
        f"解析：这一题考的是第{k + 1}个知识点，先排除明显错误的两项，再在剩下的两项中比较。",
    ]


@pytest.mark.parametrize("row", ROWS)
def test_counter_row_with_letter_slot_is_the_sites(row: str) -> None:
    pages = [_page(k, row) for k in range(8)]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert page[2] not in out  # the counter row: the site's template
        assert page[3] in out and page[4] in out  # the answer and analysis stay


def test_letter_row_without_figures_stays() -> None:
    """Look-alike: '答案：X' on every page, X varying, no figure on the row: the text."""
    pages = [_page(k, ROWS[0]) for k in range(8)]
    stage = site_stage(pages)
    for page in pages:
        assert page[3] in boil(page, stage, site="s")


#: rows of the page's own data whose one-letter value sits beside figures (invented):
#: an answer beside a score, a size beside stock and price, a blood type beside a height,
#: an answer label on a counter row
DATA_ROWS = [
    "正确答案：{x}　本题分值：{n}分　建议用时：{p}秒",
    "尺寸：{x}　剩余：{n}件　单价：{p}元",
    "血型：{x}　身高：{n}cm　体重：{p}kg",
    "答：{x} | 已作答 {n} 次 | 正确率 {p}%",
    "型號：{x}　重量：{n}克　功率：{p}瓦",
]


@pytest.mark.parametrize("row", DATA_ROWS)
def test_datum_letter_beside_figures_stays(row: str) -> None:
    """The letter is the page's datum (not a counter row, or an answer's label): the
    row differs from page to page and is kept on every page."""
    pages = [_page(k, row) for k in range(8)]
    stage = site_stage(pages)
    for page in pages:
        assert page[2] in boil(page, stage, site="s")
