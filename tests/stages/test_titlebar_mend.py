"""A column's bar stays as the page's only title on positive evidence only (site_title_bar).

The site's learned bar (``栏目 | 站名``) goes as chrome unless the page shows it has no
headline of its own: the bar's first print at the page's head, no headline over it, and
the first line of the page's own under it (past plain head rows: dates, source rows,
crumb trails) plainly no headline (a sentence, a salutation, a numbered section's
opening).  A headline of any shape (a label and a few words, a date and a few words, a
leading '6.5', an inner '！' or '；', a closing '…', a long comma title, words parted by
gaps, Latin letters only), a plain headline over the bar (a print view), a copy of the
bar at the page's foot or at a digest's end: the bar goes, as before the bar was learned.

Every word is invented: three sites, text pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.site_title_bar import headline_under, no_headline, plain_head_row
from tests.stages.stage_runs import site_titles

SPOTS = ["北坡果园", "水库大坝", "老粮站", "镇卫生所", "东街口", "文体中心"]


def _fill(k: int) -> list[str]:
    return [
        f"工作人员一早赶到{SPOTS[k]}，逐项核对了台账，发现问题{k + 3}处，当场整改{k + 1}处。",
        f"附近的{20 + k}户居民也来帮忙，大家分工明确，到中午基本忙完，秩序井然。",
        f"剩下的事项已列入清单，预计{k + 2}周内全部办结，办结情况将在本栏目公布。",
    ]


# --- site 1: a township's column bar, a menu and a date row over the headline -------------

TOWN_BAR = "镇务动态 | 岭南镇人民政府"
TOWN_MENU = "首页　镇务公开　便民服务　留言板"
TOWN_OWN = ["岭南镇开展河道清淤", "秋粮收购点增至五个", "镇文化站新添图书", "老旧线路改造完工"]


def _town(tmp_path: Path, last: list[str], foot: list[str] = ()) -> list[tuple[str, str]]:  # type: ignore[assignment]
    def page(k: int, body: list[str]) -> list[str]:
        return [TOWN_BAR, TOWN_MENU, f"2023-10-1{k} 09:30", "", *body, *_fill(k), *foot]

    pages = [page(k, [t]) for k, t in enumerate(TOWN_OWN)]
    pages.append(page(4, last))
    return site_titles(tmp_path, pages)


@pytest.mark.parametrize(
    "headline",
    [
        "访谈：老社员李秀英",  # a label and a few words
        "6.5世界环境日主题活动",  # a date's digits and a dot at the start
        "第一座村级光伏电站并网",  # '第一座' as words, no section
        "提醒！周末东街道路施工",  # an inner exclamation mark
        "2023-11-02 供暖通知",  # a date and a few words
        "寒潮来袭；这些事项请注意",  # an inner semicolon
        "那些年镇上的露天电影…",  # closed by an ellipsis
        "关于进一步做好2023年冬季农村道路安全工作，切实保障群众出行安全的通知",
        "修路  护路  养路",  # words parted by wide gaps
        "Lingnan Marathon 2023",  # Latin letters only
    ],
)
def test_a_headline_of_any_shape_under_the_bar_takes_the_title(
    tmp_path: Path, headline: str
) -> None:
    got = _town(tmp_path, [headline])
    assert [t for t, _ in got[:4]] == TOWN_OWN
    title, text = got[4]
    assert "镇务动态" not in title
    assert "镇务动态" not in text
    assert headline in f"{title}\n{text}"


@pytest.mark.parametrize(
    "first",
    [
        "各村（居）委会、镇属各单位：",  # a salutation
        "一、总体安排",  # a numbered section
        "（三）下步打算",
        "今年入秋以来，我镇降雨偏少，各项工作按计划推进。",  # a sentence
    ],
)
def test_no_headline_keeps_the_bar_as_the_pages_title(tmp_path: Path, first: str) -> None:
    got = _town(tmp_path, [first])
    assert [t for t, _ in got[:4]] == TOWN_OWN
    title, text = got[4]
    assert title == "镇务动态"
    assert first in text.split("\n")


def test_the_bar_printed_again_at_the_foot_goes(tmp_path: Path) -> None:
    foot = ["", TOWN_BAR, "主办：岭南镇人民政府　地址：岭南镇府前路1号"]
    got = _town(tmp_path, ["一、总体安排"], foot)
    assert [t for t, _ in got[:4]] == TOWN_OWN
    assert all(TOWN_BAR not in text for _, text in got)
    assert got[4][0] == "镇务动态"  # the head's bar stays the title of the page without one
    assert all(text.rstrip().endswith("本栏目公布。") for _, text in got)


# --- site 2: a library's digest, the bar closing each piece --------------------------------


def test_the_bar_between_pieces_of_a_digest_goes() -> None:
    page = [
        "馆讯 | 青禾图书馆",
        "各位读者：",
        "本馆冬季开放时间调整如下，请相互转告。",
        "馆讯 | 青禾图书馆",
        "少儿阅览室新增绘本三百册，欢迎小读者前来借阅。",
        "完",
    ]
    assert not headline_under(page, 0, ())  # the head's bar over a salutation stays
    assert headline_under(page, 3, ())  # its second print goes


# --- site 3: a print view: the page's plain headline over the bar ---------------------------

PRINT_OWN = ["冬季讲座报名开始", "古籍修复展开幕", "读者沙龙回顾", "借阅积分兑换规则"]


@pytest.mark.parametrize("first", ["退休教师王德明捐赠藏书。", "今年冬天，馆里新开了夜间自习室。"])
def test_a_plain_headline_over_the_bar_lets_it_go(tmp_path: Path, first: str) -> None:
    bar = "学术活动 | 青禾图书馆"
    nav = "首页　馆藏检索　读者服务　学术活动"
    pages = [[t, bar, nav, "", *_fill(k)] for k, t in enumerate(PRINT_OWN)]
    pages.append(["志愿者招募进行中", bar, nav, "", first, *_fill(4)])
    got = site_titles(tmp_path, pages)
    assert [t for t, _ in got] == [*PRINT_OWN, "志愿者招募进行中"]
    assert all(bar not in text for _, text in got)


# --- the shapes, one by one -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "各位读者：",
        "各乡镇人民政府，县直各单位：",
        "二、存在问题",
        "（一）主要做法",
        "第二章 总则",
        "第三部分 经费保障",
        "今年入秋以来雨水偏少。",
        "会上，大家讨论了三件事。",
    ],
)
def test_plainly_no_headline(line: str) -> None:
    assert no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "访谈：老社员李秀英",
        "6.5世界环境日主题活动",
        "第一座村级光伏电站并网",
        "提醒！周末道路施工",
        "寒潮来袭；这些事项请注意",
        "那些年镇上的露天电影…",
        "Lingnan Marathon 2023",
        "为什么？专家这样说",
        "第二条城际公交开通",
    ],
)
def test_a_headline_is_never_plainly_no_headline(line: str) -> None:
    assert not no_headline(line)


@pytest.mark.parametrize(
    ("row", "plain"),
    [
        ("2023-10-12 09:30", True),
        ("2023年10月12日 星期四", True),
        ("发布时间：2023-10-12　来源：镇党政办", True),
        ("当前位置：首页 > 镇务动态", True),
        ("首页 » 馆讯 » 正文", True),
        ("2023-11-02 供暖通知", False),  # a date and a headline's words
        ("访谈：老社员李秀英", False),
        ("修路  护路  养路", False),
        ("团结 | 奋进 | 实干", False),
    ],
)
def test_plain_head_rows(row: str, plain: bool) -> None:
    assert plain_head_row(row) is plain


def test_a_head_row_that_may_be_a_headline_lets_the_bar_go() -> None:
    body = "今年入秋以来，我镇降雨偏少，各项工作按计划推进。"
    assert not headline_under(["栏目 | 某站", "2023-10-12 09:30", body, "完"], 0, ())
    assert headline_under(["栏目 | 某站", "2023-10-12 供暖通知", body, "完"], 0, ())
    assert headline_under(["栏目 | 某站", "访谈：老社员李秀英", body, "完"], 0, ())
    # a salutation is no field row: the bar stays
    assert not headline_under(["栏目 | 某站", "2023-10-12 09:30", "各位居民：", body, "完"], 0, ())
