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
