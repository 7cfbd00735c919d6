"""Separators and brackets read as classes (perturb_bench's ``punct``): a reader that
takes a row's cells apart by wide gaps takes them apart by a bar too, and one that reads
a bracketed label reads it in any pair of :mod:`cleaner.stages.bracket_pairs`.  Invented
pages, each in three variants at least, and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from cleaner.stages.bracket_pairs import PAIRS, closes
from cleaner.stages.cell_gaps import NAME_GAP
from cleaner.stages.split_issue_head import dated_issuers
from cleaner.stages.split_marks import word_runs
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_shape_lines import head_split
from cleaner.stages.split_titles_lines import nav_line
from cleaner.stages.title_choice import lead_nav
from tests.stages.stage_runs import repair, split

# --- a piece header that is a name cell, then labelled cells -------------------------

GAPS = ["　　", "　｜　", " | ", "|", "　|　"]


def _register(sep: str) -> list[str]:
    return [
        "某县农业农村局关于公布第二批特色果蔬品种登记结果的公告",
        "经专家评审，符合登记条件的柑橘、瓜菜品种共3个，现予公布。",
        "一、柑橘类",
        f"金秋蜜橘7号{sep}登记编号：某登柑20240031",
        f"申请单位：某县果树研究所{sep}选育单位：某市农科院园艺所",
        "品种特性：果实扁圆形，果皮橙黄色，可溶性固形物含量较高，口感甜润，耐贮运。",
        "适宜区域：适宜在本县丘陵地带及周边相似生态区种植，注意冬季防冻。",
        f"早丰脐橙2号{sep}登记编号：某登柑20240032",
        f"申请单位：某县绿源种苗公司{sep}选育单位：某县果树研究所",
        "品种特性：果实椭圆形，果肉脆嫩多汁，成熟期比对照品种提早十天左右，丰产稳产。",
        "适宜区域：适宜在本县南部河谷地区种植，注意花期保果和病虫害防治工作。",
        "二、瓜菜类",
        f"翠玉丝瓜{sep}登记编号：某登菜20240033",
        f"申请单位：某市蔬菜研究中心{sep}选育单位：某市蔬菜研究中心",
        "品种特性：瓜条长棒形，皮色翠绿，肉质细嫩，耐热性强，连续结瓜能力好。",
        "适宜区域：适宜在本县春夏季露地及保护地栽培，注意及时采收嫩瓜。",
        "某县农业农村局",
        "2024年5月20日",
    ]


@pytest.mark.parametrize("sep", GAPS)
def test_name_cell_rows_split_whatever_the_gap(sep: str) -> None:
    arts = split(_register(sep))
    assert [(a.title, a.meta.get("doc_number")) for a in arts] == [
        ("金秋蜜橘7号", "某登柑20240031"),
        ("早丰脐橙2号", "某登柑20240032"),
        ("翠玉丝瓜", "某登菜20240033"),
    ]


@pytest.mark.parametrize("sep", [*GAPS, " 丨 "])
def test_head_split_takes_any_cell_gap(sep: str) -> None:
    assert head_split(f"青云A3{sep}批准号：Q-0007") == ("青云A3", "批准号：Q-0007")


@pytest.mark.parametrize(
    "line",
    [
        "青云A3 批准号：Q-0007",  # one space parts words, not cells
        "详见 http://example.cn/a|批准号：1",  # a bar inside a URL: the cell is no name
        "他说今天|明天都行",  # a bar in a sentence: nothing labelled after it
    ],
)
def test_head_split_look_alikes(line: str) -> None:
    assert head_split(line) is None


def test_name_gap_spares_a_single_space() -> None:
    assert NAME_GAP.split("某名 号：1") == ["某名 号：1"]


# --- a row of labelled cells parted by bars is facts, not a menu -----------------------


@pytest.mark.parametrize(
    "row",
    [
        "编写：某科室 | 更新:2022-04-09 | 浏览:31",
        "来源：某县融媒体中心｜时间：2021-11-02｜点击：88",
        "Author: Lin | Date: 2020-02-03 | Views: 12",
    ],
)
def test_bar_row_of_labelled_cells_is_no_nav(row: str) -> None:
    assert not nav_line(row)


@pytest.mark.parametrize(
    "row", ["首页 | 新闻 | 通知公告", "首页｜关于我们｜联系方式：某处", "首页 > 栏目 > 正文"]
)
def test_menus_stay_nav(row: str) -> None:
    assert nav_line(row)


@pytest.mark.parametrize("sep", ["　　", "　｜　", " | ", "｜"])
def test_row_over_title_is_no_lead_nav(sep: str) -> None:
    body = [
        f"编写：某学院教务办{sep}发布时间：2022-04-09{sep}浏览：31",
        "《某课程》教学安排说明",
        "本课程面向二年级学生开设，帮助学生掌握基本方法，并能够独立完成小型项目。",
    ]
    assert lead_nav(body) == 0
    assert lead_nav(["首页 | 教学运行 | 课程大纲", *body]) == 1


# --- bracketed label:value items, in any bracket pair ------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "【发布日期：2022-06-01】【来源：某市档案馆】",
        "〔发布日期:2022-06-01〕〔来源：某市档案馆〕",
        "［发布日期：2022-06-01］［来源：某市档案馆］",
        "[发布日期:2022-06-01][来源:某市档案馆]",
        "〖发布日期：2022-06-01〗〖来源：某市档案馆〗",
    ],
)
def test_bracketed_items_in_any_pair(row: str) -> None:
    got = MetaParser().shaped_row(row, near_title=True)
    assert got is not None and got.get("published") == "2022-06-01"


@pytest.mark.parametrize(
    "line",
    [
        "他停了一下〔注：原稿此处缺字〕，又接着往下讲，大家都听得很认真。",
        "某府办发〔2022〕15号",
    ],
)
def test_bracketed_asides_read_no_items(line: str) -> None:
    assert not (MetaParser().shaped_row(line, near_title=True) or {}).get("origin")


def test_pairs_close_with_their_mates() -> None:
    assert set(PAIRS) == set("【［[〔〖")
    assert closes("［甲］") and not closes("［甲】")


# --- a bracketed word over each piece ------------------------------------------------------


@pytest.mark.parametrize(
    "o,c", [("【", "】"), ("〔", "〕"), ("[", "]"), ("〖", "〗"), ("［", "］")]
)
def test_word_runs_in_any_pair(o: str, c: str) -> None:
    page = [f"{o}词条{c}城西湿地", "正文。", f"{o}词条{c}老街改造", "正文。"]
    (run,) = word_runs(page)
    assert [x.title for x in run] == ["城西湿地", "老街改造"]


def test_word_runs_spare_an_era_credit() -> None:
    assert word_runs(["〔宋〕某某某", "正文。", "〔宋〕某某", "正文。"]) == []


# --- a running head's page mark, its number after a wide gap or a bar --------------------


@pytest.mark.parametrize("sep", ["　　", "　|　", " | ", "｜"])
def test_running_head_page_mark_any_gap(sep: str) -> None:
    text = (
        "今年汛期全县共转移群众一千二百余人，各乡镇提前\n\n"
        f"某县水务·汛情通报汇编{sep}2\n\n"
        "完成了巡堤查险和物资储备工作。\n"
    )
    joined = "今年汛期全县共转移群众一千二百余人，各乡镇提前完成了巡堤查险和物资储备工作。"
    assert repair(text).strip() == joined


def test_a_table_row_between_whole_sentences_stays() -> None:
    text = "本轮比赛共进行了四场。\n\n甲队 | 2\n\n乙队获得了第一名。\n"
    assert "甲队 | 2" in repair(text)


# --- a dated issuers' row, its date after a wide gap or a bar ------------------------------


@pytest.mark.parametrize("sep", ["　　　", "　｜　", " | ", "｜"])
def test_dated_issuers_any_gap(sep: str) -> None:
    row = f"某市水务局　某市气象局{sep}2022年7月4日16时"
    assert dated_issuers(row) == {"issuer": "某市水务局", "published": "2022-07-04"}


@pytest.mark.parametrize("row", ["会议指出 | 2022年7月4日", "某市水务局|某市气象台"])
def test_dated_issuers_look_alikes(row: str) -> None:
    assert dated_issuers(row) is None


# --- a running head after a page counter, its parts apart by a wide gap or a spaced bar ---


@pytest.mark.parametrize("sep", ["　　　　", "　｜　", " | ", " ｜ "])
def test_running_head_after_page_counter_any_gap(sep: str) -> None:
    text = (
        "某某科技股份有限公司\n关于对外投资的公告\n\n"
        "公司本次对外投资的资金来源为自有资金，不会对公司日常经营产生不利影响，也不存在\n\n"
        "第 1 页 共 2 页\n"
        f"某某科技股份有限公司{sep}2022-031号公告\n\n"
        "损害公司及全体股东利益的情形。\n"
    )
    assert "也不存在损害公司及全体股东利益的情形。" in repair(text)


def test_a_bar_glued_in_a_line_after_a_page_counter_is_no_running_head() -> None:
    text = (
        "下表列出了本季度各项目的完成情况，具体数据如下，请各部门认真核对\n\n"
        "第 1 页 共 2 页\n"
        "项目|金额\n\n"
        "各部门应于月底前报送材料。\n"
    )
    assert "项目|金额" in repair(text)
