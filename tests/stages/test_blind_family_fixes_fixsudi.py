"""Fixes for the reader app's digest of set w (sealed_w_sudi, fixsudi), each as a small
case in wordings of its own, with look-alikes that stay:

* a piece's source dateline (``某某观察 · 2021-03-09 19:42`` under its title, or
  ``［某某发布］2021/3/9 19:42`` over it) gives the piece its ``origin`` beside its date
  (:func:`cleaner.stages.split_sources.source_dateline`), an organisation there its
  ``issuer``; a person's name, a category tag, an issue mark or a row of more cells give
  none;
* bare titles each right UNDER such a dateline cut the page into pieces (the rows over
  them are their metadata: :func:`cleaner.stages.split_sources.dateline_run`); a
  timeline's dates over event names, one piece, or prose above the first row cut nothing;
* a digest's bare headline (over or under its dateline) stays its piece's first text
  line, as a single story's title does; a title over a labelled date row goes as before;
* a short link the site repeats, closing every piece of a page (the same words under
  each piece's last line, a blank line below), goes inside the body too
  (:func:`cleaner.stages.piece_links.piece_closer`); a short column head repeated on
  every page, or a link once on the page, stays.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.piece_links import piece_closer
from cleaner.stages.split_sources import dateline_run, source_dateline
from tests.stages.family_figures import family_figures
from tests.stages.river_prose import P1, P2, P3
from tests.stages.stage_runs import boil, site_stage
from tests.stages.stage_runs import split as _split

TITLES = ["蓉溪镇老码头完成修缮", "北岭村茶园迎来采摘季", "南湾小学新建操场启用"]
FEEDS = ["蓉溪新视界", "北岭之声", "南湾融媒体"]
DAYS = ["2022/8/19 20:05", "2022/8/14 07:31", "2022/8/2 12:48"]
ISO = ["2022-08-19", "2022-08-14", "2022-08-02"]


# ---- the source's dateline


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("蓉溪新视界 · 2022-08-19 20:05", "蓉溪新视界"),
        ("〖北岭之声〗2022/8/14", "北岭之声"),
        ("南湾融媒体 | 2022.8.2", "南湾融媒体"),
    ],
)
def test_a_source_dateline_names_the_origin(row: str, origin: str) -> None:
    got = source_dateline(row)
    assert got is not None and got["origin"] == origin


@pytest.mark.parametrize(
    "row",
    [
        "林一 · 2022-08-19",  # a person's name: a byline, no source
        "【镇村动态】2022/8/19 20:05",  # a category tag
        "第二十期 · 2022-08-19",  # an issue mark
        "蓉溪新视界 · 2022-08-19 · 阅读 88",  # more cells than a name and a date
        "今天我们一起出发 2022-08-19",  # words and a date: a diary's line
        "［蓉溪新视界】2022/8/19",  # brackets that do not pair
    ],
)
def test_source_dateline_look_alikes(row: str) -> None:
    assert source_dateline(row) is None


def test_an_organisation_in_the_source_place_is_the_issuer() -> None:
    for row in ("蓉溪镇人民政府 · 2022-08-19", "［蓉溪镇卫生院］2022/8/19 09:10"):
        got = source_dateline(row)
        assert got is not None and "origin" not in got
        assert got["issuer"] == row.split(" · ")[0].strip("［").split("］")[0]


# ---- the digest, rows over titles and under them


def _digest(over: bool, feeds: list[str] = FEEDS) -> list[str]:
    page = ["河湾速递 · 晚间版", "2022年8月刊　第12期", ""]
    for title, feed, day, body in zip(TITLES, feeds, DAYS, [P1, P2, P3], strict=True):
        if over:
            page += [f"［{feed}］{day}", title, body, ""]
        else:
            page += [title, f"{feed} · {day.replace('/', '-')}", body, ""]
    return page


@pytest.mark.parametrize("over", [True, False])
def test_a_digest_of_dated_sources_splits_with_origins(over: bool) -> None:
    arts = _split(_digest(over))
    assert [a.title for a in arts] == TITLES
    assert [a.meta.get("origin") for a in arts] == FEEDS
    assert [a.meta.get("published") for a in arts] == [
        "2022-08-19",
        "2022-08-14",
        "2022-08-02",
    ]
    # the bare headline stays the piece's first line; no dateline is left in the text
    assert [a.text.split("\n")[0] for a in arts] == TITLES
    assert not any("2022" in a.text for a in arts)


def test_the_order_run_needs_a_title_under_each_row() -> None:
    page = _digest(True)
    row = lambda s: source_dateline(s) is not None  # noqa: E731
    assert [t for _, _, t, _ in dateline_run(page, row)] == TITLES
    # the titles over their rows (rows below): not this run's
    assert dateline_run(_digest(False), row) == []
    # prose above the first row: a piece whose dateline was lost, kept whole
    assert dateline_run([P1, *page], row) == []
    # one piece proves no order
    assert dateline_run(page[:7], row) == []


def test_a_timeline_of_dates_over_events_is_one_article() -> None:
    page = ["小镇大事记", "2019-03-02", "老码头动工", P1, "2020-05-06", "新桥合龙", P2]
    assert len(_split(page)) == 1


def test_titles_over_labelled_dates_still_lose_their_header_line() -> None:
    page = []
    for title, day, body in zip(TITLES, ISO, [P1, P2, P3], strict=True):
        page += [title, f"发布日期：{day}　栏目：镇村", body, ""]
    arts = _split(page)
    assert [a.title for a in arts] == TITLES
    assert all(a.text.split("\n")[0] != a.title for a in arts)


# ---- the link closing every piece


LINK = "去源站看看 »"


def _links_page(n: int) -> list[str]:
    page = ["河湾速递 · 晚间版", ""]
    for k in range(3):
        title = f"{TITLES[(n + k) % 3]}{n}"
        page += [title, f"{FEEDS[k]} · 2022-08-1{n} 10:0{k}", [P1, P2, P3][(n + k) % 3]]
        page += [LINK, ""]
    return [*page, "本页条目由订阅源自动汇集，版权归各来源所有。"]


def test_a_link_closing_every_piece_goes() -> None:
    pages = [_links_page(n) for n in range(5)]
    out = boil(pages[0], site_stage(pages), site="s")
    assert LINK not in out
    assert all(t in out for t in (P1, P2, P3))


def test_piece_closer_look_alikes() -> None:
    page = [t for t in _links_page(0) if t]
    # no blank line below: text glued under it.  Plain words there are no block's end;
    # words with a link's mark under every piece's closing sentence are (a page whose
    # visible lines come without blank lines, as an HTML page's do: ymfix)
    plain = [x if x != LINK else "来源" for x in page]
    assert not piece_closer(plain, plain.index("来源"))
    assert piece_closer(page, page.index(LINK))
    heads = ["单价", "一斤一元二角", "", "单价", "一斤三元四角", ""]
    assert not piece_closer(heads, 0)  # a column head opens its block
    once = _links_page(0)
    first = once.index(LINK)
    once = [x for i, x in enumerate(once) if x != LINK or i == first]
    assert not piece_closer(once, first)  # once on the page


def test_a_column_head_repeated_on_every_page_stays() -> None:
    def page(n: int) -> list[str]:
        return ["河湾菜价日报", P1, "品名", f"白菜{n}", f"萝卜{n}", P2]

    pages = [page(n) for n in range(5)]
    out = boil(pages[0], site_stage(pages), site="s")
    assert "品名" in out


# ---- the family's floor


def test_blind_family_fixsudi_figures() -> None:
    f = family_figures("sealed_w_sudi")
    for key, low in {
        "content_f1": 0.98,
        "titles": 0.95,
        "counts": 0.95,
        "repairs": 0.9,
        "metadata": 0.95,
    }.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.02, f
