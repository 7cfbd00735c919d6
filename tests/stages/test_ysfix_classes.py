"""Classes of miss found on set ys (issue 12, ysfix), each shown on our own pages.

* **a count the head states in any measure word** (``现将拟认定的3株予以公示``, ``现将4处…
  公布如下``): confirms a repeated row over each titled piece when prose stands over the
  first row, as ``3篇`` did; only in a sentence that publishes or compiles, and never an
  ordinal, a unit of time, money or size, or a number of another count.
* **a jump line with a note beside it** (``（本页完，接第2页）``, ``（转第3版，未完）``): a
  page mark like ``（接第二页）``; the sentence it cut is joined.
* **a closing row naming a body by a verb of reporting** (``——某分局报送``, ``（某站上报）``):
  the piece's origin; a person or a clause before the verb is none.
* **numbered rows filing each piece under a name and its kind in brackets** (``㈠ 某某公司
  （民营）``) over a title line of their own: the line under the row is the title.

Every word and name is invented."""

from __future__ import annotations

import pytest

from cleaner.stages.repeat_keeps import dated_closers
from cleaner.stages.split_foot import foot_row, reported_by
from cleaner.stages.split_shape_lines import _stated
from tests.stages.stage_runs import repair, split

# --- a count in any measure word -----------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "根据有关办法，经实地调查，现将拟认定的3株予以公示，公示期为十五天。",
        "现将本年度评定的3处示范点公布如下：",
        "经评审，现将入选的三户人家名单予以公示。",
    ],
    ids=["trees", "sites-han-list", "households-han-number"],
)
def test_a_count_in_any_measure_word_in_a_publishing_sentence_confirms(head: str) -> None:
    assert _stated(head, ["甲", "乙", "丙"], 3)


@pytest.mark.parametrize(
    "head",
    [
        "现将拟认定的第3批名录予以公示。",  # an ordinal
        "现将3月份的检查结果公布如下。",  # a month
        "现将拟认定的5株予以公示。",  # another count
        "该树已有3株分枝伸向河面，长势良好。",  # no publishing words in the sentence
        "现将面积为3亩的地块公布如下。",  # a count of a size, before its unit: 3亩 is area
        "现将编号为13株的古树予以公示。",  # the number ends a longer one
    ],
    ids=["ordinal", "month", "other-count", "no-cue", "area", "longer-number"],
)
def test_counts_that_state_no_pieces_do_not_confirm(head: str) -> None:
    assert not _stated(head, ["甲", "乙", "丙"], 3)


_BODY = [
    "树种：银杏　估测树龄：320年",
    "历史渊源：据村中老人回忆，该树原为祠堂旁所植，每逢秋季满树金黄，是村民纳凉议事的地方。",
    "保护措施：设置围栏和保护标牌，禁止在树下堆放杂物，由村委会负责日常巡护和记录工作。",
]


def _rows_page(lead: str, rows: list[str], titles: list[str]) -> list[str]:
    page = ["某县林业局", lead, ""]
    for row, title in zip(rows, titles, strict=True):
        page += [row, title, *_BODY, ""]
    return page


_TITLES = ["东村祠堂旧址古银杏", "西岭村水口古樟树", "南坪小学校园罗汉松"]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "◎ 北纬24°40′23″　东经111°47′52″　海拔480米",
            "◎ 北纬23°38′33″　东经111°45′24″　海拔146米",
            "◎ 北纬24°02′11″　东经110°58′05″　海拔95米",
        ],
        [
            "▲ 坐标：X-1023　Y-5521　高程88米",
            "▲ 坐标：X-2210　Y-4402　高程131米",
            "▲ 坐标：X-3391　Y-6650　高程72米",
        ],
    ],
    ids=["degrees", "grid"],
)
def test_rows_over_titles_split_when_the_lead_states_the_count(rows: list[str]) -> None:
    lead = "经实地调查、专家鉴定，现将拟认定的古树名木3株予以公示，公示期为十五天。"
    arts = split(_rows_page(lead, rows, _TITLES))
    assert [a.title for a in arts] == _TITLES


def test_rows_over_titles_stay_one_article_when_the_lead_counts_otherwise() -> None:
    rows = [
        "◎ 北纬24°40′23″　东经111°47′52″　海拔480米",
        "◎ 北纬23°38′33″　东经111°45′24″　海拔146米",
        "◎ 北纬24°02′11″　东经110°58′05″　海拔95米",
    ]
    lead = "经实地调查、专家鉴定，现将拟认定的古树名木5株予以公示，公示期为十五天。"
    assert len(split(_rows_page(lead, rows, _TITLES))) == 1


# --- a jump line with a note -----------------------------------------------------------

_CUT_A = "经初步了解，事故发生时一辆运送材料的矿车在提升过程中脱钩，直接原因初步分析为阻车器"
_CUT_B = "处于常开状态，行车不行人制度没有落实。"


@pytest.mark.parametrize(
    "mark", ["（本页完，接第2页）", "（转第3版，未完）", "【此页止，续第4页】", "（接第二页，完）"]
)
def test_a_jump_line_with_a_note_is_a_page_mark(mark: str) -> None:
    text = f"{_CUT_A}\n\n{mark}\n\n{_CUT_B}\n"
    assert repair(text).strip() == _CUT_A + _CUT_B


@pytest.mark.parametrize(
    "line",
    ["（本页完）", "（详见附件，第2页）", "（见附件，转第2页所列各项）", "（他说，接着往下讲）"],
)
def test_bracketed_lines_that_are_no_jump_stay(line: str) -> None:
    text = f"{_CUT_A}\n\n{line}\n\n{_CUT_B}\n"
    assert line in repair(text)


# --- a closing row naming a body by a verb of reporting ------------------------------


def _f(key: str) -> str | None:
    return {"来源": "origin"}.get(key)


@pytest.mark.parametrize(
    ("row", "body"),
    [
        ("——东部监察分局报送", "东部监察分局"),
        ("（某某县气象站上报）", "某某县气象站"),
        ("—— 城关镇人民政府填报", "城关镇人民政府"),
    ],
)
def test_a_closing_row_names_its_origin_by_a_verb_of_reporting(row: str, body: str) -> None:
    assert foot_row(row, _f) == {"origin": body}


@pytest.mark.parametrize("row", ["——张三上报", "——某某说要报送", "——鲁迅", "（某局发布）"])
def test_rows_with_no_body_before_a_reporting_verb_name_no_origin(row: str) -> None:
    assert "origin" not in (foot_row(row, _f) or {})


def test_reported_by_needs_a_body_before_the_verb() -> None:
    assert reported_by("北部监察分局报送") == "北部监察分局"
    assert reported_by("局报送") is None and reported_by("他已经报送") is None


def test_repeated_reporting_rows_closing_every_piece_are_the_pieces() -> None:
    body = "2021年3月2日，某矿发生一起事故，造成1人受伤，原因正在调查中。"
    page = ["1 甲事", body, "——东部监察分局报送", "2 乙事", body, "——北部监察分局报送"]
    assert sorted(dated_closers(page, [0, 3])) == [2, 5]
    page[2] = "——他说要报送"  # no body: the rows are no closing credits
    assert dated_closers(page, [0, 3]) == set()


# --- numbered rows filing each piece under a name and its kind -------------------------

_EVENT = [
    "2021年3月2日16时11分，甲矿主斜井发生一起运输事故，造成1人受伤。",
    "经初步了解，事故发生时一辆矿车在提升过程中脱钩跑车，撞伤正在巷道内行走的检修工。",
    "事故发生后，该矿立即启动应急预案，有关部门正在对该矿主要负责人依法追责。",
]
_EVENTS = ["甲矿“3·2”运输事故", "乙矿“3·9”顶板事故", "丙矿“3·21”水害事故"]


@pytest.mark.parametrize(
    ("numbers", "tags"),
    [
        ("㈠㈡㈢", ["（省属国有）", "（民营）", "（民营）"]),
        ("123", ["［国家级］", "［省级］", "［市级］"]),
        ("一二三", ["【股份制】", "【个体】", "【集体】"]),
    ],
    ids=["paren-ideograph", "digits-squared", "han-lenticular"],
)
def test_tagged_rows_give_the_title_to_the_line_below(numbers: str, tags: list[str]) -> None:
    names = ["某某焦煤集团有限公司", "某某煤业有限公司", "某某矿业有限公司"]
    sep = {"㈠": " ", "1": ". ", "一": "、"}[numbers[0]]
    page = ["某省煤矿安全监察局", "现将本月以来全省煤矿发生的3起生产安全事故情况通报如下：", ""]
    for n, name, tag, title in zip(numbers, names, tags, _EVENTS, strict=True):
        page += [f"{n}{sep}{name}{tag}", title, *_EVENT, "——东部监察分局报送", ""]
    arts = split(page)
    assert [a.title for a in arts] == _EVENTS
    for art, title in zip(arts, _EVENTS, strict=True):
        assert art.text.split("\n")[0] == title  # the title line stays the text's first


def test_tagged_rows_over_prose_keep_their_words_as_titles() -> None:
    page = ["某省煤矿安全监察局", "现将本月以来全省煤矿发生的3起生产安全事故情况通报如下：", ""]
    names = ["某某焦煤集团事故（国有）", "某某煤业公司事故（民营）", "某某矿业公司事故（个体）"]
    for n, name in zip("㈠㈡㈢", names, strict=True):
        page += [f"{n} {name}", *_EVENT, ""]
    arts = split(page)
    assert [a.title for a in arts] == names


def test_part_tags_over_a_byline_keep_the_rows_titles() -> None:
    page = ["某刊", "本期共刊登3篇来稿。", ""]
    names = ["山路上的旧事（上）", "山路上的旧事（中）", "山路上的旧事（下）"]
    for n, name in zip("123", names, strict=True):
        page += [f"{n}. {name}", "作者：林某某", *_EVENT, ""]
    arts = split(page)
    assert [a.title for a in arts] == names


# --- a head's issue row dated by an issuing verb -------------------------------------


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("某省安全监察局办公室　　2018年6月17日印发", "2018-06-17"),
        ("某市人民政府办公室　2021年3月9日签发", "2021-03-09"),
        ("某縣政府辦公室　2020年5月2日印發", "2020-05-02"),
    ],
    ids=["yinfa", "qianfa", "traditional"],
)
def test_an_issue_row_dates_every_piece_of_the_compilation(row: str, day: str) -> None:
    lead = "现将本月以来全省发生的3起生产安全事故情况通报如下："
    page = ["某省安全生产事故通报（2018年第6期）", row, lead, ""]
    desks = ["东部监察分局", "南部监察分局", "北部监察分局"]
    for n, name, title, desk in zip(
        "㈠㈡㈢", ["甲公司", "乙公司", "丙公司"], _EVENTS, desks, strict=True
    ):
        page += [f"{n} 某某{name}（民营）", title, *_EVENT, f"——{desk}报送", ""]
    arts = split(page)
    assert [a.title for a in arts] == _EVENTS
    assert [a.meta.get("published") for a in arts] == [day] * 3
    assert [a.meta.get("origin") for a in arts] == desks  # each closing row's body
    assert all("报送" not in a.text for a in arts)  # read as metadata, out of the text


def test_a_statute_row_with_its_publishing_verb_keeps_its_issuer() -> None:
    # '公布' between the enacting body and the number: the row's issuer stays read
    row = "某市人民代表大会常务委员会　2016年1月18日公布　某市人民代表大会常务委员会公告第54号"
    from cleaner.stages.split_meta_lines import MetaLines

    got = MetaLines().shaped_row(row, near_title=True) or {}
    assert got.get("issuer") == "某市人民代表大会常务委员会"
