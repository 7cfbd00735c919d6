"""Fixes for set zf's compilation of profiles (fixzf): tag rows counted on.

A roll of pieces files each under a category of its own and counts on: a tag row
``▍<类别> · 第N<量词>`` (N running 1, 2, 3 …) over the piece's title line, then its prose.
The category word changes from piece to piece, so it is no part of the run's shape
(:func:`split_headers.untagged`), and a measure word may close the line (``第2位`` alone).
Every header a tag row over a title and a body is the cue that the page compiles.

Look-alikes that stay one article: a single article whose ``▍`` section heads carry no
running number, and a ranked list of short items with no prose between.  Every word is
invented.
"""

from __future__ import annotations

from cleaner.stages.split_headers import judge, numbered_runs, titles_below, untagged
from tests.stages.family_figures import family_figures

BODY = [
    "某某今年三十岁，是某县某乡的一名护林员，十年来每天巡山，从没误过一次班。",
    "有一回山火突起，他第一个赶到火场，和乡亲们一起守了一整夜，把火挡在了林子外头。",
    "（撰稿：某甲）",
]


def _roll() -> list[str]:
    page = ["某县某季度先进人物名单", "（以下按推荐先后排列，排名不分先后）", ""]
    for n, (tag, title) in enumerate(
        (
            ("爱岗敬业", "守山十年的护林人"),
            ("扶危济困", "帮乡亲卖菜的村医"),
            ("爱岗敬业", "夜班公交的老司机"),
        ),
        start=1,
    ):
        page += [f"▍{tag} · 第{n}位", title, *BODY, ""]
    return page


def _verdict(page: list[str]) -> str:
    runs = numbered_runs(page)
    if not runs:
        return "none"
    return judge(page, titles_below(page, runs[0]), ())


def test_a_tag_row_puts_its_category_word_aside() -> None:
    assert untagged("▍某类 · 第2位") == "▍·第2位"
    assert untagged("某类｜第3位　标题") == "·第3位　标题"
    line = "某类工作第一阶段"  # no separator before '第': a title, as it is
    assert untagged(line) is line


def test_tag_rows_counted_on_over_titles_and_prose_split() -> None:
    page = _roll()
    run = titles_below(page, numbered_runs(page)[0])
    assert [c.title for c in run] == ["守山十年的护林人", "帮乡亲卖菜的村医", "夜班公交的老司机"]
    assert judge(page, run, ()) == "split"


def test_section_heads_with_no_running_number_stay_one_article() -> None:
    page = ["某乡护林工作纪实", ""]
    for head in ("▍巡山", "▍防火", "▍育苗"):
        page += [head, *BODY[:2], ""]
    assert _verdict(page) == "none"


def test_a_ranked_list_with_no_prose_between_is_no_roll() -> None:
    page = ["某县人气榜", ""]
    for n, (tag, title) in enumerate(
        (("美食", "某家米粉"), ("美食", "某家烧饼"), ("小吃", "某家豆花")), 1
    ):
        page += [f"▍{tag} · 第{n}名", title]
    assert _verdict(page) in ("none", "no")
    page = ["某县人气榜", ""]
    for n, (tag, title) in enumerate(
        (("美食", "某家米粉"), ("美食", "某家烧饼"), ("小吃", "某家豆花")), 1
    ):
        page += [f"▍{tag} · 第{n}位", title, "人均二十元"]
    assert _verdict(page) in ("none", "no")


def test_the_roll_of_profiles_splits_more_than_it_did() -> None:
    # figures at 206c3ab: counts 0, residue .177; the site's repeated tag rows and titles
    # are still taken for chrome on some pages before the split reads them (left alone)
    f = family_figures("sealed_zf_haoren")
    assert f["counts"] >= 0.3 and f["residue"] <= 0.06, f
