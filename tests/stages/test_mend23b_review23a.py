"""Regressions of mend22h/mend22i and 9a8f5f5 mended (review23a N1-N7), each failure's
general class as small invented cases with look-alikes:

* N1 a thread's reply or an answer under its poster's name, stamped by a verb of posting
  and 于 (``发表于``, ``回复于``) or by its board or floor: a post's stamp, no compilation
  piece's row (:func:`cleaner.stages.piece_rows.piece_row`);
* N2 a share or bookmark cell whose label is a tool's prefix with a preposition or this
  page (``分享至：…``, ``收藏到 …``): a tool, while a label going on into a noun
  (``分享人``, ``收藏单位``) stays a field (:func:`cleaner.stages.piece_rows.row_labels`);
* N3 a row under a page mark that does not fit the table column by column (a footer's
  contact row, a pager): the table's run ends at the mark, and a run spoilt by such a row
  is judged part by part (:func:`cleaner.stages.gap_tables.table_rows`);
* N4 an original title whose own words hold a credit word or a comma: a credit is read
  only in words the cut title does not print, opening a clause (or closing one after a
  mark) (:func:`cleaner.stages.split_broken_title.original_title`);
* N5 the last row of a list of two-cell rows (an award list, a duty roster, a menu), and
  a unit whose name opens with a surname's letter, are no signer
  (:func:`cleaner.stages.signed_desks.signed_author`);
* N6 an organisation over a day in a site's footer, under a story dated in its head: the
  footer's, no sign-off of the page (:func:`cleaner.stages.signed_text.tail_sign_off`);
* N7 a reference disclaimer's subject must be the site's unit (本号, 本站) and at most a
  verb and a content word, no longer noun (本号段, 本号楼) nor a thing of the text.

Every word is invented.
"""

from __future__ import annotations

import re

import pytest

from cleaner.rules import load_table
from cleaner.stages.gap_tables import table_rows
from cleaner.stages.piece_rows import piece_row, row_labels
from cleaner.stages.signed_desks import signed_author
from cleaner.stages.split_broken_title import original_title
from tests.stages.stage_runs import boil, repair, site_stage

REPLY = "我家楼下也是这样，晚上九点以后基本找不到车位，只能停到两条街以外。"


# --- N1 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "发表于 2031-03-1{d}　｜　版块：邻里杂谈",
        "回复于 2031.03.1{d}　·　楼层：{d}",
        "發表於 2031/03/1{d}　｜　板塊：社區閒聊",
        "回答于 2031-03-1{d}　｜　身份：热心居民",
        "2031-03-1{d}　｜　所属版块：灌水区",
    ],
)
def test_a_threads_post_stamps_are_no_piece_rows(stamp: str) -> None:
    page = ["某某社区论坛", "西岭小区晚上停车越来越难了"]
    for d, nick in enumerate(["石榴姐", "阿福", "晚风", "大白兔"]):
        page += [nick, stamp.format(d=d), REPLY]
    assert row_labels(page[3]) is None
    assert not piece_row(page, 3, 2)


@pytest.mark.parametrize(
    "row", ["收录于 2031-03-1{d}　｜　来源：某某诗刊", "入库　2031-03-1{d}　｜　经手　某所"]
)
def test_a_compilations_short_titled_rows_stay_piece_rows(row: str) -> None:
    page = ["某某诗选第二辑"]
    for d, title in enumerate(["晚钟", "雁归", "寒梅"]):
        page += [title, row.format(d=d), "山前山后一片青，溪水流过小石亭。"]
    assert row_labels(page[2]) is not None
    assert piece_row(page, 2, 1)


# --- N2 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "2031-03-11　｜　分享至：朋友圈",
        "2031-03-11　｜　分享到 微博",
        "2031-03-11　｜　收藏到：书签",
        "2031-03-11　·　打印本页：A4",
    ],
)
def test_a_share_cell_with_a_preposition_is_a_tool(row: str) -> None:
    assert row_labels(row) is None


@pytest.mark.parametrize(
    ("row", "labels"),
    [
        ("2031-03-11　｜　分享人：某老师", ("⟨D⟩", "分享人")),
        ("2031-03-11　｜　收藏家：某君", ("⟨D⟩", "收藏家")),
        ("入藏　2031-03-11　｜　收藏单位　某馆", ("入藏⟨D⟩", "收藏单位")),
    ],
)
def test_a_label_going_on_into_a_noun_is_a_field(row: str, labels: tuple[str, ...]) -> None:
    assert row_labels(row) == labels


# --- N3 ------------------------------------------------------------------------------

TABLE = ["支出情况如下：", "科目　　笔数　　金额", "印刷费　　4　　1,800.00", "邮寄费　　9　　560"]


@pytest.mark.parametrize(
    ("mark", "after"),
    [
        ("- 1 -", "承办：某某中心　　传真：7654321　　邮编：100000"),
        ("1/4", "首页　　上一页　　下一页"),
        ("第 1 页", "尾页　　共4页　　跳转"),
        ("（1）", "地址：某路8号　　电话：6543210　　信箱：123号"),
    ],
)
def test_a_row_after_a_mark_that_fits_no_column_ends_the_table(mark: str, after: str) -> None:
    page = [*TABLE, "", mark, "", after]
    assert sorted(table_rows(page)) == [1, 2, 3]


def test_rows_after_a_mark_that_fit_go_on_with_the_table() -> None:
    page = [*TABLE, "", "- 2 -", "", "差旅费　　2　　3,400.00", "资料费　　6　　720.50"]
    assert sorted(table_rows(page)) == [1, 2, 3, 7, 8]


# --- N4 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "note", "title"),
    [
        (
            "《城南旧梦》作者…",
            "原标题：《城南旧梦》作者故居向公众开放",
            "《城南旧梦》作者故居向公众开放",
        ),
        ("“春耕”记者站…", "原标题：“春耕”记者站里的年轻人", "“春耕”记者站里的年轻人"),
        ("《晚间快讯》报道…", "原标题：《晚间快讯》报道我区新学校", "《晚间快讯》报道我区新学校"),
        ("《某办法》图解…", "原标题：《某办法》图解，三分钟读懂", "《某办法》图解，三分钟读懂"),
        ("《某某志》編輯…", "原標題：《某某志》編輯手記：十年一書", "《某某志》編輯手記：十年一書"),
        ("“新年”里的…", "原标题：“新年”里的来源：一封旧信", "“新年”里的来源：一封旧信"),
    ],
)
def test_an_original_title_with_credit_words_or_a_comma_is_completed(
    stem: str, note: str, title: str
) -> None:
    assert original_title(stem.rstrip("…"), [note]) == title


@pytest.mark.parametrize(
    ("stem", "note"),
    [
        ("西岭新码头", "原标题：“西岭新码头启用”，通讯员某某报道"),
        ("西岭新码头", "原标题：《西岭新码头启用》来源某某晚报"),
        ("西岭新码头", "原标题：《西岭新码头启用》，某某客户端转载"),
        ("《某某办法》图解", "原标题：《某某办法》图解，记者某某"),
    ],
)
def test_an_original_titles_credit_is_no_part_of_it(stem: str, note: str) -> None:
    got = original_title(stem, [note])
    assert got is None or not re.search("记者|通讯员|来源|转载", got)


# --- N5 ------------------------------------------------------------------------------

BODY = "本周六组织全体员工参加义务植树活动，请各部门提前安排好工作。"


@pytest.mark.parametrize(
    "tail",
    [
        "先进班组　维修班\n优秀班长　钱某某",
        "6月3日　值班干部\n值班主任　孙某某",
        "周三　清蒸鲈鱼\n厨师长　吴某某",
        "主任　林业站\n2031年3月10日",
        "站长　周家店",
        "部长　武装部",
    ],
)
def test_a_lists_last_row_or_a_unit_is_no_signer(tail: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") is None


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("此致　敬礼\n董事长　郑某涛\n2031年4月2日", "郑某涛"),
        ("谢谢　支持\n主任　田某梅", "田某梅"),
        ("敬请　谅解\n经理　何某平", "何某平"),
        ("站长　王文科\n2031年3月10日", "王文科"),
    ],
)
def test_a_signer_under_a_closing_formula_is_read(tail: str, name: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") == name


# --- N6 ------------------------------------------------------------------------------

PROSE = [
    "这次活动由街道牵头，各社区分头组织，前后持续了一个多星期，参与的人数比往年多。",
    "工作人员逐户上门登记，把需要帮助的家庭情况一一记录下来，方便后续跟进处理。",
    "现场还设置了咨询台，解答居民关心的问题，发放了各类宣传资料一千余份。",
    "下一步将继续完善相关制度，把好的做法固定下来，形成长效的工作机制。",
    "各村结合自身实际制定了具体方案，明确了责任人和完成时限，确保按期推进。",
    "活动期间共收集意见建议三十多条，已全部分类整理并转交有关部门办理。",
]


def _site_page(i: int, title: str, head: list[str], foot: list[str]) -> list[str]:
    return [
        "某某县融媒体门户",
        "首页 | 要闻 | 乡镇 | 专题",
        title.format(n=i + 1),
        *[h.format(n=i + 1) for h in head],
        PROSE[i],
        PROSE[(i + 1) % 6],
        "",
        *[f.format(n=i + 1) for f in foot],
    ]


@pytest.mark.parametrize(
    "head",
    [
        ["发布时间：2031-04-0{n}　　来源：某某县委宣传部"],
        ["2031年4月{n}日 09:30　作者：某某"],
        ["来源：某某日报　|　日期：2031/04/0{n}"],
    ],
)
def test_a_footers_organisation_and_day_under_a_dated_story_go(head: list[str]) -> None:
    foot = ["隐私条款　｜　网站地图", "某某县信息中心", "2031年5月{n}日", "承办：某某县融媒体中心"]
    pages = [_site_page(i, "某镇第{n}座老桥修缮完工", head, foot) for i in range(6)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert PROSE[3] in out
    assert "某某县信息中心" not in out and "2031年5月3日" not in out


def test_a_notices_sign_off_under_a_dated_head_stays() -> None:
    # the look-alike: a notice signed days before it was posted keeps its sign-off
    head = ["发布时间：2031-04-0{n}　　来源：某某县水务局"]
    foot = ["扫码关注某某发布", "某某县水务局", "2031年3月{n}日", "承办：某某县融媒体中心"]
    pages = [_site_page(i, "关于某片区第{n}次停水的通知", head, foot) for i in range(6)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert "某某县水务局\n2031年3月3日" in out
    assert "承办" not in out


# --- N7 ------------------------------------------------------------------------------


def _disclaimer() -> re.Pattern[str]:
    rules = load_table("boilerplate_generic")["rule"]
    return re.compile(next(r for r in rules if r["name"] == "reference_disclaimer")["pattern"])


@pytest.mark.parametrize(
    "line",
    [
        "本号发布的文章只供读者参考，以官方通报为准。",
        "本站所载资料只供参考，以窗口公布为准。",
        "本公众号内容只供参考，以原文为准。",
        "本网信息只供网友参考，一切以正式文件为准。",
    ],
)
def test_a_units_disclaimer_goes(line: str) -> None:
    assert _disclaimer().match(line)


@pytest.mark.parametrize(
    "line",
    [
        "本号段分配方案只供参考，以最终公布为准。",
        "本号码只供内部参考，以营业厅为准。",
        "本号楼户型图只供参考，以实际交付为准。",
        "本站台时刻只供参考，以车站公告为准。",
        "本号所推荐的做法只供参考，以个人口味为准。",
        "本栏目所列票价只供参考，以售票处为准。",
    ],
)
def test_a_longer_noun_or_a_thing_of_the_text_stays(line: str) -> None:
    assert not _disclaimer().match(line)


# --- OLD 1 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("above", "below"),
    [
        (
            ["科目　　笔数　　金额", "印刷费　　4　　1,800.00", "邮寄费　　9　　12,560"],
            "资料费　　6　　3,720.50",
        ),
        (
            ["項目　　次數　　金額", "場地費　　2　　8,000", "茶點費　　5　　1,350"],
            "交通費　　3　　2,400",
        ),
        (
            ["Item    Qty    Amount", "Paper    4    1,800.00", "Stamps    9    2,560.00"],
            "Ink    2    1,120.00",
        ),
    ],
)
def test_table_rows_across_a_page_mark_stay_rows(above: list[str], below: str) -> None:
    text = "\n".join([*above, "", "- 2 -", "", below, "以上款项均已入账。"]) + "\n"
    out = repair(text)
    assert f"{above[-1]}\n" in out and f"\n{below}\n" in out


def test_a_sentence_cut_by_a_page_mark_is_still_joined() -> None:
    # the look-alike: a clause of prose runs on across the mark
    text = "会上，各单位汇报了一季度的工作进展，并就下一步\n\n- 2 -\n\n安排交换了意见。\n"
    assert "并就下一步安排交换了意见。" in repair(text)
