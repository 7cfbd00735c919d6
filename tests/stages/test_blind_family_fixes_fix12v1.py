"""Fixes for what the archive family of the twentieth blind set (sealed_v_dangan) left
(issue 12, fix12v1), each as a small case in wordings of its own, with look-alikes:

* a line holding only a date (a document's sign-off date, ``中華民國…年…月…日``) that
  repeats in shape below the page's header zone is the document's, never site chrome;
  a crawl-day date alone in the header bar still goes.

Every word is invented.
"""

from __future__ import annotations

from tests.stages.stage_runs import boil, site_stage

PLACES = ["東嶺", "西溪", "南坪", "北崗", "中渡", "上灣", "下寨"]
NEEDS = ["修橋", "築堤", "開渠", "建倉", "設學", "施藥", "賑糧"]
DAYS = [
    f"二十{n}年{m}月{d}日"
    for n, m, d in zip("三四五六七八九", "五六七八九十一", "九一二三四五六", strict=True)
]


def _archive_page(i: int) -> list[str]:
    return [
        "青崖市文献馆　旧档浏览",
        f"中華民國一百一十三年三月{10 + i}日",  # the crawl day, alone in the header bar
        "首页 · 馆藏 · 利用 · 展览",
        f"{PLACES[i]}鄉公所為{NEEDS[i]}請款的呈文",
        f"查{PLACES[i]}一帶去年秋收欠佳，貧戶甚多，冬令將屆，衣食兩缺，亟待{NEEDS[i]}救濟。",
        f"茲擬就{PLACES[i]}地方籌集款項{i + 3}百元，專為{NEEDS[i]}之用，理合備文呈請核示。",
        f"再查{PLACES[i]}向有義倉一所，年久失修，存穀無多，{NEEDS[i]}一事，實難就地籌辦。",
        f"如蒙核准，即由本所派員會同{PLACES[i]}紳董經理其事，並將收支細數按月造冊呈報。",
        "謹呈",
        f"{PLACES[(i + 1) % 7]}專員公署",
        f"鄉長　{'林陳周吳鄭王馮'[i]}某",
        f"中華民國{DAYS[i]}",
        f"原件掃描　共{i + 2}幅",
        "青崖市文献馆　版权所有",
        "地址：青崖市文献路8号",
    ]


def test_a_date_line_below_the_header_zone_is_the_documents() -> None:
    pages = [_archive_page(i) for i in range(7)]
    stage = site_stage(pages)
    for i, page in enumerate(pages):
        out = boil(page, stage, site="s")
        assert f"中華民國{DAYS[i]}" in out
        assert f"專為{NEEDS[i]}之用" in out


def test_a_crawl_day_date_in_the_header_bar_still_goes() -> None:
    pages = [_archive_page(i) for i in range(7)]
    stage = site_stage(pages)
    out = boil(pages[2], stage, site="s")
    assert "中華民國一百一十三年三月12日" not in out
    assert "版权所有" not in out
