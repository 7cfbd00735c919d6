"""A list of other pieces' titles at a page's foot, cut by the site to one width
(footcut5), in wordings of our own, with look-alikes that stay.

Under the text's last sentence, a run of four short lines or more, none ending a
sentence, a clause or a verse line, none numbered, at least three of them exactly as wide
as the widest (12 to 32 characters: the site's cut) and one shorter, with chrome or the
page's end below, is a related list (rule ``boilerplate.foot_list``).  Verse, a column of
figures, a chapter index, numbered steps and an article's own items of varied widths stay.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.foot_lines import FOOT_LIST, cut_list, foot_lines
from tests.stages.stage_runs import boil

TITLE = "河湾村的秋收"
PROSE = "正文写到这里，是一个完整的句子，到这里就结束了。"
PROSE2 = "乡亲们说，今年的收成比往年都好，日子越过越有奔头。"
#: the text's body, long enough that the list is a small share of the page
BODY = [
    "清晨五点，河湾村的晒场上已经热闹起来，几台收割机停在路边，等着太阳晒干露水后下地。",
    "村里的老会计拿着本子挨家挨户登记产量，他说今年稻谷的亩产比去年多了将近一百斤。",
    "合作社请来了县里的农技员，在田埂上给大家讲怎样晾晒和储存，避免粮食受潮发霉。",
    "到了傍晚，晒场上堆起了一座座金黄的谷堆，孩子们在谷堆之间追逐打闹，笑声传得很远。",
]
FOOT = "Copyright © 2023 某某网 版权所有"

#: five titles cut at 20 characters, three that fit
CUT20 = [
    "县里召开秋季农业生产现场会部署下一阶段重",
    "南坡小学新建操场投入使用孩子们终于有了宽",
    "河湾大桥维修期间公交线路临时调整请市民留",
    "全县第三届农民丰收节文艺汇演在文化广场举",
    "山里的柿子红了",
    "城关镇推进老旧小区改造工程进展顺利多个楼",
    "冬季供暖准备工作全面启动",
    "一碗面的故事",
]


def _page(*rows: str, foot: tuple[str, ...] = ()) -> list[str]:
    return [TITLE, *BODY, PROSE2, PROSE, *rows, *foot]


def _kept(out: str, rows: list[str] | tuple[str, ...]) -> list[str]:
    lines = out.split("\n")
    return [r for r in rows if r in lines]


def test_the_widths_are_what_the_tests_mean() -> None:
    assert sum(len(s) == 20 for s in CUT20) == 5 and max(map(len, CUT20)) == 20


def test_a_cut_list_at_the_page_end_goes() -> None:
    out = boil(_page(*CUT20))
    assert PROSE in out.split("\n") and PROSE2 in out.split("\n")
    assert _kept(out, CUT20) == []


def test_a_cut_list_over_a_copyright_line_goes() -> None:
    foot = ("网站简介 | 联系我们 | 版权声明", FOOT)
    out = boil(_page(*CUT20, foot=foot))
    assert PROSE in out.split("\n")
    assert _kept(out, CUT20) == []


def test_another_width_with_bullets_and_blank_lines_goes() -> None:
    # another site: bulleted titles cut at 15, set one a paragraph
    rows = [
        "· 湖畔书店举办旧书交换活动欢迎读",
        "· 城市绿道二期工程今年年底前全线",
        "· 老茶馆里的评书声",
        "· 本周末全市中小学生体质监测结果",
        "· 夜市烟火气回来了",
    ]
    assert sum(len(r[2:]) == 15 for r in rows) == 3
    page = [TITLE, *BODY, PROSE2, PROSE]
    for r in rows:
        page += ["", r]
    out = boil(page)
    assert PROSE in out.split("\n")
    assert _kept(out, rows) == []


def test_a_named_list_with_a_closing_bracket_goes() -> None:
    # a third site: each title opened by its column's name and a colon, cut at 18
    rows = [
        "时评：老街改造不能只顾门面更要顾及住",
        "观察：夜市经济升温背后的城市管理新思",
        "《河湾村志》出版发行",
        "访谈：一位乡村教师的三十年坚守与期待",
        "图说：丰收节现场",
    ]
    assert sum(len(r) == 18 for r in rows) == 3
    out = boil(_page(*rows))
    assert PROSE in out.split("\n")
    assert _kept(out, rows) == []


def test_cut_list_reader_marks_the_run_as_a_related_list() -> None:
    page = _page(*CUT20)
    run = cut_list(page, set())
    assert run == list(range(7, 7 + len(CUT20)))
    assert set(foot_lines(page, ()).values()) == {FOOT_LIST}


def test_verse_at_the_page_end_stays() -> None:
    verse = [
        "春风吹过了河湾的柳树梢头，",
        "细雨落在了南坡的桃花枝上。",
        "老牛拉着犁铧走向远处田埂，",
        "燕子衔着新泥飞回旧日屋梁。",
        "孩子们的笑声",
    ]
    out = boil(_page(*verse))
    assert _kept(out, verse) == verse
    # a free verse with no marks, every line as wide: no cut (nothing shorter)
    free = [
        "我在河边等一条船等了很久",
        "船没有来但是风也来过几回",
        "风把芦苇吹成了一片白色海",
        "我把名字写在了潮湿的沙滩",
    ]
    assert len({len(s) for s in free}) == 1
    out = boil(_page(*free))
    assert _kept(out, free) == free


def test_lyrics_with_a_refrain_and_narrow_lines_stay() -> None:
    # a song's lines under its credits: a refrain repeats, every line narrower than 14
    song = [
        "河边的柳树又绿了一回呀",
        "风吹过旧木桥的栏杆上",
        "我等的那个人还没回来呀",
        "河边的柳树又绿了一回呀",
        "灯火",
    ]
    assert _kept(boil(_page(*song)), song) == song
    wide = [s + "啊啊啊" for s in song]  # widths 14-15 with a refrain: still a song
    assert sum(len(s) == max(map(len, wide)) for s in wide) >= 3
    assert _kept(boil(_page(*wide)), wide) == wide
    # the refrain alone decides it: the same widths with no line repeated read as a list
    distinct = [*wide[:3], "山那边的云彩又飘回来了啊啊啊", wide[4]]
    assert len(distinct[3]) == len(wide[3])
    assert cut_list(_page(*distinct), set()) != []


def test_a_column_of_figures_stays() -> None:
    rows = [
        "2019年 产值 12345.67万元",
        "2020年 产值 13456.78万元",
        "2021年 产值 14567.89万元",
        "2022年 产值 9876.5万元",
    ]
    out = boil(_page(*rows))
    assert _kept(out, rows) == rows


def test_rows_of_cells_set_apart_by_gaps_stay() -> None:
    # a schedule closing the page: its rows share a width, its cells a wide gap
    rows = [
        "开放时间",
        "周一上午\u3000一号窗口\u3000（东楼大厅二层）",
        "周三下午\u3000三号窗口\u3000（西楼大厅一层）",
        "周五全天\u3000五号窗口\u3000（东楼大厅一层）",
    ]
    assert sum(len(r) == len(rows[1]) for r in rows) == 3 and len(rows[1]) >= 14
    assert _kept(boil(_page(*rows)), rows) == rows
    spaced = [r.replace("\u3000", "  ") for r in rows]
    assert _kept(boil(_page(*spaced)), spaced) == spaced


def test_a_chapter_index_and_numbered_steps_stay() -> None:
    index = [
        "第一章 河湾村的来历与早年间故事",
        "第二章 南坡上的学堂和那些老先生",
        "第三章 大桥修通以后的河湾村变化",
        "第四章 秋收",
    ]
    assert sum(len(s) == len(index[0]) for s in index) == 3
    assert _kept(boil(_page(*index)), index) == index
    steps = [
        "1. 将面粉倒入盆中加入温水慢慢揉成团",
        "2. 面团盖上湿布放在温暖处醒发半小时",
        "3. 把醒好的面团擀成薄片再切成细面条",
        "4. 水开后下面煮熟",
    ]
    assert _kept(boil(_page(*steps)), steps) == steps


def test_an_articles_own_items_of_varied_width_stay() -> None:
    # the article's own closing list: widths vary, at most two share the widest
    items = [
        "河湾村党支部书记张某某",
        "南坡小学退休教师李某某",
        "县农业技术推广站站长王某",
        "城关镇老旧小区改造工程指挥部赵某某",
        "河湾大桥养护班组",
    ]
    assert _kept(boil(_page(*items)), items) == items
    # three lines only: too few for a list
    assert _kept(boil(_page(*CUT20[:3])), CUT20[:3]) == CUT20[:3]
    # text below the run (a sentence of the page's own): the run is no foot
    rows = [*CUT20, "以上内容由本报记者整理。"]
    assert _kept(boil(_page(*rows)), CUT20) == CUT20


def test_a_list_with_sentence_ends_stays() -> None:
    rows = [s + "。" for s in CUT20]
    assert _kept(boil(_page(*rows)), rows) == rows
