"""A site's title bar that is the page's only title stays its title (site_title_bar).

A site that prints one column bar at the head of every page (``栏目 | 站名``) has it
learned as chrome (:func:`site_title_bar.title_bar`), and it goes where the page has a
headline of its own.  On a page without one (a notice opening with its salutation, a
report opening with its first numbered section, a page of prose) the bar is the page's
only title: it stays, and the split takes its head as the title (the site's name goes
as the bar's dressing, recorded).  The page's headline is read past the rows the site
prints round it (crumb trails, tool and share bars, date and source rows) and may end
in a question mark; a dressed title of the page's own over the bar (a law database's
``标题_某库`` over its slogan bar) is a title too.

Every word is invented: five sites, text and HTML pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.site_title_bar import head_row, headline_shape, headline_under
from tests.stages.stage_runs import site_titles

PLACES = ["东楼二层", "老图书馆", "河边茶室", "社区礼堂", "书店后院", "南门广场"]
DAYS = ["周六上午", "周日下午", "周五晚上", "周三中午", "周四傍晚", "周二早上"]


def _fill(k: int) -> list[str]:
    return [
        f"这一次的安排定在{DAYS[k]}，地点在{PLACES[k]}，请大家提前十分钟到场签到。",
        f"到场的人数约有{12 + k}位，大家轮流发言，一共讨论了{k + 2}个问题，气氛热烈。",
        f"下一次的时间另行通知，有意见建议的可以留言，我们会在{k + 3}个工作日内回复。",
    ]


# --- site 1: a reading club's column bar under a menu --------------------------------------

CLUB_NAV = "主页　动态　书目　联系我们"
CLUB_OWN = [
    "读书会迎来第一百位会员",
    "旧书交换日定在月底",
    "秋季共读书单公布",
    "会员小组分享会回顾",
]


def _club(tmp_path: Path, bar: str, last: list[str]) -> list[tuple[str, str]]:
    pages = [[bar, CLUB_NAV, "", t, *_fill(k)] for k, t in enumerate(CLUB_OWN)]
    pages.append([bar, CLUB_NAV, "", *last, *_fill(4)])
    return site_titles(tmp_path, pages)


@pytest.mark.parametrize(
    "bar", ["会务动态 | 松溪读书会", "读书札记 - 松溪读书会", "会员来信_松溪读书会"]
)
@pytest.mark.parametrize(
    "first",
    [
        "本期内容主要有两项，一是回顾上月共读，二是商定下月书目。",  # a sentence
        "一、上月共读回顾",  # a numbered section
        "（二）下月书目",
        "各位会员：",  # a salutation
    ],
)
def test_a_column_bar_over_no_headline_is_the_pages_title(
    tmp_path: Path, bar: str, first: str
) -> None:
    got = _club(tmp_path, bar, [first])
    assert [t for t, _ in got[:4]] == CLUB_OWN  # the bar goes over a headline of the page's own
    title, text = got[4]
    assert title == bar[:4]  # the bar's head, its site cell gone
    assert first in text.split("\n")
    assert all(bar not in t for t, _ in got[:4])


@pytest.mark.parametrize(
    "headline", ["换书日要不要改到周末？", "线上共读还有必要吗?", "今年的书单，你读了几本"]
)
def test_a_headline_asking_or_with_a_comma_is_the_pages_own(tmp_path: Path, headline: str) -> None:
    got = _club(tmp_path, "会务动态 | 松溪读书会", [headline])
    title, text = got[4]
    assert title == headline.replace("?", "？")  # the repair's full-width mark
    assert "会务动态" not in title
    assert "会务动态" not in text


# --- site 2: a county bureau's column bar, crumbs and a date row over the headline ----------

BUREAU_BAR = "通知公告 | 石门县林业局"
BUREAU_HEAD = [
    "当前位置：首页 > 政务公开 > 通知公告",
    "发布时间：2024-03-0{k}　来源：本局办公室",
    "字号：大 中 小 ｜ 打印 ｜ 关闭",
]
BUREAU_OWN = ["春季造林检查结果通报", "护林员培训班开班", "林区道路维修安排", "古树挂牌保护启动"]


def _bureau(tmp_path: Path, last: list[str], ext: str = "txt") -> list[tuple[str, str]]:
    def head(k: int) -> list[str]:
        return [BUREAU_BAR, *(r.format(k=k + 1) for r in BUREAU_HEAD), ""]

    pages = [[*head(k), t, *_fill(k)] for k, t in enumerate(BUREAU_OWN)]
    pages.append([*head(4), *last, *_fill(4)])
    return site_titles(tmp_path, pages, ext)


def test_a_headline_under_crumbs_and_a_date_row_takes_the_title(tmp_path: Path) -> None:
    got = _bureau(tmp_path, ["森林防火期延长至五月底吗？"])
    assert [t for t, _ in got] == [*BUREAU_OWN, "森林防火期延长至五月底吗？"]
    assert all("通知公告" not in text for _, text in got)


@pytest.mark.parametrize(
    "first",
    ["各乡镇林业站、局属各单位：", "为做好春季防火工作，现将有关事项通知如下。", "一、检查范围"],
)
def test_a_bureau_notice_without_headline_keeps_the_bar_as_title(
    tmp_path: Path, first: str
) -> None:
    got = _bureau(tmp_path, [first])
    assert [t for t, _ in got[:4]] == BUREAU_OWN
    title, text = got[4]
    assert title == "通知公告"
    assert first in text.split("\n")


# --- site 3: a page's own title dressed with the site's name (varying cell) ----------------

FARM_OWN = [
    "关于开展春季农机安全检查的通知",
    "东坪镇召开春耕备耕工作会",
    "2024年小麦病虫害防控方案",
    "农技人员进村入户指导春播",
    "关于公布第一批示范合作社名单的公告",
]


@pytest.mark.parametrize("sep", [" | ", "_", " - "])
def test_a_pages_own_title_in_the_bar_stays_its_title(tmp_path: Path, sep: str) -> None:
    pages = [
        [f"{t}{sep}东坪镇农技站", "首页　通知　动态　技术", "", *_fill(k)]
        for k, t in enumerate(FARM_OWN)
    ]
    got = site_titles(tmp_path, pages)
    assert [t for t, _ in got] == FARM_OWN
    assert [text.split("\n")[0] for _, text in got] == [_fill(k)[0] for k in range(5)]


# --- site 4: HTML pages of a community site, the bar in the page's body --------------------

COMMUNITY_OWN = [
    "社区图书角开放时间调整",
    "垃圾分类宣传周活动回顾",
    "老年食堂新增晚餐",
    "楼道照明改造完工",
]


def _html(bar: str, lines: list[str]) -> list[str]:
    body = "".join(f"<p>{x}</p>" for x in lines)
    return [
        f"<html><head><meta charset='utf-8'><title>{bar}</title></head><body>",
        "<div class='menu'><a href='/'>首页</a> <a href='/n'>公告</a> <a href='/s'>服务</a></div>",
        f"<div class='main'>{body}</div>",
        "</body></html>",
    ]


@pytest.mark.parametrize(
    ("last", "want"),
    [
        (["物业费收缴时间变了吗？"], "物业费收缴时间变了吗？"),
        (["各位居民朋友："], "社区公告"),
        (["本周六上午社区将组织义诊活动，欢迎居民前来。"], "社区公告"),
    ],
)
def test_html_pages_of_a_column_bar(tmp_path: Path, last: list[str], want: str) -> None:
    bar = "社区公告_柳岸社区网"
    pages = [_html(bar, [t, *_fill(k)]) for k, t in enumerate(COMMUNITY_OWN)]
    pages.append(_html(bar, [*last, *_fill(4)]))
    got = site_titles(tmp_path, pages, "html")
    assert [t for t, _ in got[:4]] == COMMUNITY_OWN
    assert got[4][0] == want
    assert last[0] in got[4][1].split("\n") or got[4][0] == last[0]


# --- site 5: a law database (look-alike): a dressed title over a slogan bar ------------------

LAW_OWN = [
    "某甲市河道保洁管理规定",
    "某乙县古树名木保护办法",
    "某丙区停车场管理规定",
    "某丁镇集市管理办法",
    "某戊市公园管理条例",
    "某己县农村饮水工程管理办法",
    "某庚区物业服务管理规定",
    "某辛镇防汛工作规定",
]


def _law(k: int, title: str, mark: str) -> list[str]:
    return [
        f"{title}_明律检索库",
        "明律检索库 — 检索更便捷",
        "首页 → 地方法规 → 正文",
        "字号 大 中 小　｜　下载　｜　收藏　｜　纠错",
        "",
        f"{title}{mark}",
        f"发布部门：某市人民政府；发文字号：某政规〔2023〕{k + 1}号；发布日期：23-0{k + 1}-12",
        "",
        f"第一条　为加强管理，明确各方责任，根据有关规定，结合本地实际，制定本规定。第{k}款。",
        f"第二条　本规定适用于本行政区域内的有关活动，自发布之日起{30 + k}日后施行。",
    ]


@pytest.mark.parametrize("mark", ["", "?", "？"])
def test_a_law_databases_headline_under_its_slogan_bar(tmp_path: Path, mark: str) -> None:
    pages = [_law(k, t, mark) for k, t in enumerate(LAW_OWN)]
    got = site_titles(tmp_path, pages)
    assert [t.rstrip("?？") for t, _ in got] == LAW_OWN
    assert all("检索更便捷" not in t and "检索更便捷" not in text for t, text in got)


# --- the shapes, one by one -----------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "发布时间：2024-03-01　来源：本局",
        "2024年3月1日 星期五",
        "24-03-01 10:20",
        "首页 > 通知 > 正文",
        "分享 | 收藏 | 打印",
        "来源：县融媒体中心",
    ],
)
def test_head_rows(row: str) -> None:
    assert head_row(row)
    assert not headline_shape(row)


@pytest.mark.parametrize(
    "line",
    [
        "今夜月掩土星",
        "春播要不要提前？",
        "某办法?",
        "金星西大距：清晨东方最亮的星",
        "2024年春季植树活动方案",
    ],
)
def test_headline_shapes(line: str) -> None:
    assert headline_shape(line)
    assert not head_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "本期共有三项内容，一是回顾，二是展望。",
        "各单位：",
        "一、基本情况",
        "第三章 附则",
        "这件事该怎么办？大家说说看",
        "这是一句很长很长的话，里面有逗号，也很长，长过了一个标题应有的长度吧",
    ],
)
def test_no_headline_shapes(line: str) -> None:
    assert not headline_shape(line)


def test_the_bars_head_repeated_below_lets_the_bar_go() -> None:
    page = ["年度报告 | 某社", "首页　关于", "本社年度报告", "本年度新增会员二十人。", "完"]
    assert headline_under(page, 0, {1})
    # in a sentence of the text the bar's head is no headline: the bar stays
    page = ["年度报告 | 某社", "年度报告（2023）摘要如下，请查阅。", "本年度新增会员二十人。", "完"]
    assert not headline_under(page, 0, ())


def test_a_logo_over_the_bar_is_no_title() -> None:
    page = ["某某天文社", "观测预报 | 某某天文社", "本期共有三项，一是回顾，二是展望。", "完"]
    assert not headline_under(page, 1, ())
    page = ["土星合月_某某天文社", "观测预报 | 某某天文社", "本期共有三项，一是回顾。", "完"]
    assert headline_under(page, 1, ())


# --- site 6: a notice the site prints on every page between its bar and the headline -------

HALL_BAR = "星河殡仪馆　｜　网上讣告"
HALL_NOTE = "讣告内容由家属提供，本馆仅代为发布；如有错漏，请及时联系值班室更正。"
HALL_OWN = [
    "沉痛悼念张桂兰女士",
    "沉痛悼念李德成先生",
    "沉痛悼念王素梅老人",
    "沉痛悼念赵明远先生",
    "沉痛悼念孙玉珍女士",
    "沉痛悼念周志国先生",
]


def _hall(k: int, first: list[str]) -> list[str]:
    return [
        HALL_BAR,
        "首页 > 讣告栏 > 本月讣告",
        f"打印时间：2023-11-2{k} 10:1{k}",
        HALL_NOTE,
        "",
        f"—— 第{k + 101}号 ——",
        *first,
        *_fill(k),
    ]


def test_a_notice_the_site_repeats_is_skipped_to_the_headline(tmp_path: Path) -> None:
    pages = [_hall(k, [t]) for k, t in enumerate(HALL_OWN)]
    got = site_titles(tmp_path, pages)
    # the bar goes: the page has a headline of its own under the site's notice (which
    # line the split then takes as the title is its own business: the framed counter)
    assert all(t != "星河殡仪馆" and "网上讣告" not in t for t, _ in got)
    assert all(h in text.split("\n") for h, (_, text) in zip(HALL_OWN, got, strict=True))


def test_a_colon_headline_with_a_short_head_is_no_field_row() -> None:
    # a headline's two parts round a colon, the first a few ideographs: no label row
    assert not head_row("木星冲日：全年观测木星的最好时机")
    assert headline_shape("木星冲日：全年观测木星的最好时机")
    page = [
        "天象预告 | 某协会",
        "首页　预告　报告",
        "木星冲日：全年观测木星的最好时机",
        "撰稿　某某　·　2021年6月28日",
    ]
    assert headline_under([*page, "今年的冲日条件要好一些。"], 0, {1})


def test_a_repeated_line_is_no_headline_of_the_page() -> None:
    page = ["栏目 | 某站", "本站声明", "某某悼念仪式", "今年的冲日条件要好一些。", "完"]
    assert headline_under(page, 0, ())
    assert headline_under(page[:1] + page[2:], 0, ())
    # the site's own line under the bar, then prose only: the bar stays
    page = ["栏目 | 某站", "本站声明", "今年的冲日条件要好一些。", "完"]
    assert not headline_under(page, 0, (), lambda s: s == "本站声明")
    assert headline_under(page, 0, ())  # unknown to the site: read as the page's headline


def test_the_bars_head_in_a_crumb_or_a_sentence_is_no_title() -> None:
    page = ["通知公告 | 某局", "首页 > 政务公开 > 通知公告", "各单位：", "现将通知公告如下。", "完"]
    assert not headline_under(page, 0, ())
    page = ["通知公告 | 某局", "本栏通知公告均以正式文件为准，请各单位注意查收。", "完"]
    assert not headline_under(page, 0, ())
