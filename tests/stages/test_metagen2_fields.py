"""Metadata on sites nobody has seen (issue 12, metagen2): each class of miss found on the
blind sets yf, yg and yh, as small invented pages, variants in other wordings, and
look-alikes that must give no value (or keep the text they kept):

* a piece closed by its writer's credit row printed in cells with no colon (``〈执笔　某某〉``,
  ``（某某科　某某　执笔）``) or naming the writer beside a role no table knows
  (``（裁判长：某甲　记录：某乙）``): the writer is the piece's author, the row its metadata;
  a piece left holding another writer's credit row above its own (a compilation left
  whole) takes none, the rows stay its text;
* a page closed by its desk's bracketed note of the day it last updated it
  (``（某某部　2021年9月1日更新）``): the page's day and the desk it comes from;
* a compilation's masthead row naming a long body's name and the issue's day, removed as
  the site's chrome (``某县第十一届全民运动会竞赛委员会　　2021年6月11日``): every piece's day;
* a compilation's head byline naming the column's writer beside the head's date
  (``某某栏目　本栏编辑：某某　更新于 2016年2月4日``): every piece's author that names none;
* a labelled body's name followed by the row's own date cell (``来源：某某办公室
  发布于 2021-03-24``): the date cell is no word of the name;
* a numbered session of a gathering in a compilation's head (``第3期青年干部培训班``,
  ``读书会第12期``) is no periodical's issue: its day dates no piece;
* an author's value of an organisation and its department (``某某图书馆　古籍馆``) is no
  unit before a person's name: it stays whole.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.issue_days import issue_day, session
from cleaner.stages.posted_desk import posted_desk
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_foot import foot_credit, foot_row
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_meta_bylines import MetaBylines
from cleaner.stages.split_values import names_only
from tests.stages.stage_runs import split

P = MetaParser()

# ---- a writer's credit row closing a piece


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("〈执笔　林晓川〉", "林晓川"),
        ("〈執筆　林曉川〉", "林曉川"),  # traditional letters
        ("（资料科　林晓川　执笔）", "林晓川"),
        ("（执笔　档案编研室　何青禾）", "何青禾"),
        ("（裁判长：甘某某　记录：尉海燕）", "尉海燕"),
        ("（主裁判：甘某某　記錄：尉海燕）", "尉海燕"),
        ("（记录人：宋远山）", "宋远山"),
    ],
)
def test_a_writers_credit_row_names_the_pieces_author(row: str, author: str) -> None:
    got = foot_credit(row, P.field_of, closing=True)
    assert got is not None
    assert got[0].get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "（主演：张某某　导演：李某某）",  # roles with no writer's word: the text's own line
        "〈原书页401〉",  # a transcription's folio
        "（记录：10秒52）",  # a record set, no name
        "〈执笔　五指执笔法〉",  # a glossary's entry
        "〈执笔　林晓川　何青禾〉",  # two names: no one writer
        "（资料科　执笔）",  # no name
    ],
)
def test_rows_that_only_look_like_a_writers_credit_give_no_author(row: str) -> None:
    got = foot_credit(row, P.field_of, closing=True)
    assert got is None or "author" not in got[0]


def test_the_new_credit_forms_are_read_only_as_a_pieces_closing_row() -> None:
    # the splitters' test of a row's shape is unchanged (a row read only at a piece's end)
    assert foot_row("〈执笔　林晓川〉", P.field_of) is None
    assert foot_row("（资料科　林晓川　执笔）", P.field_of) is None
    assert foot_row("（裁判长：甘某某　记录：尉海燕）", P.field_of) is None
    # a yearbook's pair of persons stays a credit with no field (sets n; docs/truth_conventions)
    assert foot_row("（撰稿：柳二　审稿：槐三）", P.field_of) == {}


_LIVES = [
    ("林守义", "林守义，字子仁，溪口人。幼年家贫，随父务农，农闲时借书夜读，乡人称其勤学。"),
    ("何秀兰", "何秀兰，西坑人。早年随母学医，行医四十余年，乡里有疾者多求之，分文不取。"),
    ("陈耀宗", "陈耀宗，字少峰，新化人。壮年集资修筑水圳，灌溉农田数百亩，乡人称便。"),
]
_WRITERS = ["宋远山", "何青禾", "林晓川"]


def _chronicle(credit: str, *, gap: bool = True) -> list[str]:
    lines = ["某县志·人物志　第三章　耆宿", ""]
    for n, ((name, para), who) in enumerate(zip(_LIVES, _WRITERS, strict=True)):
        lines += [
            f"【人物志．耆宿　第{n + 1}則】　原書第{400 + n}頁",
            name,
            para,
            "晚年捐地兴学，设奖学金奖励清寒子弟，地方人士咸推重之，享寿八十余岁。",
            credit.format(who),
        ]
        if gap:
            lines.append("")
    return lines


@pytest.mark.parametrize("credit", ["〈执笔　{}〉", "（县史馆编研科　{}　执笔）", "（执笔：{}）"])
def test_each_biography_takes_the_writer_its_closing_row_credits(credit: str) -> None:
    arts = split(_chronicle(credit))
    assert [a.title for a in arts] == [name for name, _ in _LIVES]
    assert [a.meta.get("author") for a in arts] == _WRITERS
    for art, who in zip(arts, _WRITERS, strict=True):
        assert credit.format(who) not in art.text.split("\n")  # the row is metadata


_RESULTS = [
    "篮球男子组决赛在梅岭街道队和溪口镇队之间进行，梅岭街道队最终以九十一比八十七获胜。",
    "气排球女子组决赛在东湖街道队和城关镇队之间进行，东湖街道队在关键时刻顶住了压力。",
    "足球男子七人制决赛在石门镇队和枫桥乡队之间进行，石门镇队在下半场连进两球锁定胜局。",
]


def test_one_article_holding_several_writers_credits_takes_none() -> None:
    # a compilation left whole: the last row credits the last piece, not the page
    page = ["某县第十一届全民运动会竞赛成绩汇总"]
    for para, who in zip(_RESULTS, _WRITERS, strict=True):
        page += [
            para,
            "各参赛队伍赛后表示，将总结经验，争取在下一届比赛中取得更好的成绩。",
            f"（裁判长：甘某某　记录：{who}）",
        ]
    arts = split(page)
    assert len(arts) == 1
    assert "author" not in arts[0].meta
    for who in _WRITERS:  # every row stays the text's: nothing lost
        assert f"（裁判长：甘某某　记录：{who}）" in arts[0].text.split("\n")


def test_a_lone_article_closed_by_one_recorders_row_takes_the_recorder() -> None:
    page = [
        "某县第十一届全民运动会篮球决赛综述",
        _RESULTS[0],
        "各参赛队伍赛后表示，将总结经验，争取在下一届比赛中取得更好的成绩。",
        "（裁判长：甘某某　记录：宋远山）",
    ]
    arts = split(page)
    assert arts[0].meta.get("author") == "宋远山"
    assert "（裁判长：甘某某　记录：宋远山）" not in arts[0].text


def test_pieces_closed_by_a_row_of_one_shape_take_its_writer() -> None:
    # the rows closing every piece (the shape-run finder's) read as each piece's credit
    page = ["某县志·人物志选录"]
    for (name, para), who in zip(_LIVES, _WRITERS, strict=True):
        page += [
            name + "传略",
            para,
            "晚年捐地兴学，地方人士咸推重之。",
            f"（裁判长：甘某某　记录：{who}）",
        ]
    arts = split(page)
    assert [a.title for a in arts] == [name + "传略" for name, _ in _LIVES]
    assert [a.meta.get("author") for a in arts] == _WRITERS


# ---- a page closed by its desk's bracketed update note


def _stamp(line: str, *, noted: bool = True) -> dict[str, str] | None:
    return posted_desk(line, normalise_date, ("发布", "发表"), ("更新",), ("科", "股"), noted=noted)


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("（医务部　2021年9月1日更新）", {"published": "2021-09-01", "origin": "医务部"}),
        ("（门诊办公室　2020年11月13日更新）", {"published": "2020-11-13", "origin": "门诊办公室"}),
        ("(信息科　2019.7.27 更新)", {"published": "2019-07-27", "origin": "信息科"}),
    ],
)
def test_a_bracketed_update_note_closing_the_page_dates_it(row: str, want: dict[str, str]) -> None:
    assert _stamp(row) == want
    assert P.posted_stamp(row, closing=True) == want


@pytest.mark.parametrize(
    "row",
    [
        "医务部　2021年9月1日更新",  # not framed as a note: a list's row may look so
        "（2021年9月1日更新）",  # no desk
        "（林小某　2021年9月1日更新）",  # a person, no desk
        "（医务部　2021年9月1日更新　阅读 12）",  # a third cell
    ],
)
def test_update_rows_that_are_no_pages_note_give_no_day(row: str) -> None:
    assert P.posted_stamp(row, closing=True) is None


def test_a_single_page_closed_by_its_update_note() -> None:
    page = [
        "心血管内科门诊出诊时间表",
        "科室简介",
        "本科室开设普通门诊、专家门诊和高血压专病门诊，年门诊量逾六万人次，欢迎患者按时就诊。",
        "周三上午　莫建国（主治医师）　卢永康（主治医师）",
        "诊室位置：门诊楼三楼东区，就诊前请先在自助机上签到并测量血压。",
        "（医务部　2021年9月1日更新）",
    ]
    arts = split(page)
    assert arts[0].meta.get("published") == "2021-09-01"
    assert arts[0].meta.get("origin") == "医务部"
    # an update stamp in the middle of the text is the text's
    middle = [*page[:3], "（医务部　2021年9月1日更新）", *page[3:5]]
    got = split(middle)
    assert "（医务部　2021年9月1日更新）" in got[0].text


# ---- a masthead's long body name beside the issue's day


@pytest.mark.parametrize(
    "line",
    [
        "某某县第十一届全民运动会竞赛委员会　　2021年6月11日",
        "某某市第三次全国农业普查领导小组办公室　2017年3月1日",
    ],
)
def test_a_long_bodys_name_and_a_day_is_a_masthead_row(line: str) -> None:
    got = MetaBylines.name_date(line)
    assert got is not None and got["published"] == normalise_date(line.split("　")[-1])


@pytest.mark.parametrize(
    "line",
    [
        "我们一家人在这个春天的早晨坐上了回老家的火车　2021年6月11日",
        "这一天所有参加比赛的选手都在操场上集合完毕　2021年6月11日",
    ],
)
def test_a_long_clause_and_a_day_is_no_masthead_row(line: str) -> None:
    assert MetaBylines.name_date(line) is None


# ---- a compilation's head byline names every piece's writer


_ENTRIES = [
    ("守株待兔", "比喻死守狭隘经验，不知变通，或者妄想不劳而获，典出先秦的一则寓言。"),
    ("掩耳盗铃", "比喻自己欺骗自己，明明掩盖不住的事情偏要想法子掩盖，典出先秦杂家。"),
    ("刻舟求剑", "比喻拘泥固执，不懂得根据实际情况的变化而处理问题，典出先秦的一部史书。"),
]


_PINYIN = ["shou zhu dai tu", "yan er dao ling", "ke zhou qiu jian"]


def _column(head: str, *, byline: str = "") -> list[str]:
    lines = ["某某成语网　成语故事", head, ""]
    for n, (word, gloss) in enumerate(_ENTRIES):
        lines += [f"〖01{n + 1:02d}〗 {_PINYIN[n]}", word]
        if byline and n == 1:
            lines.append(byline)
        lines += [
            f"释义：{gloss}",
            "用法：作谓语、宾语、定语；含贬义，多用于书面语，口语中较少使用。",
            "例句：他做事从不考虑变化，总是照老办法来，真是有些可笑。",
            "",
        ]
    return lines


@pytest.mark.parametrize(
    "head",
    [
        "成语故事　本栏编辑：江听松　更新于 2016年2月4日",
        "本栏编辑：江听松　　2016-02-04",
    ],
)
def test_a_columns_head_byline_names_every_entrys_writer(head: str) -> None:
    arts = split(_column(head))
    assert [a.title for a in arts] == [w for w, _ in _ENTRIES]
    assert [a.meta.get("author") for a in arts] == ["江听松"] * 3
    assert {a.meta.get("published") for a in arts} == {"2016-02-04"}


def test_a_head_with_a_date_alone_names_no_writer() -> None:
    arts = split(_column("成语故事　更新于 2016年2月4日"))
    assert [a.title for a in arts] == [w for w, _ in _ENTRIES]
    assert all("author" not in a.meta for a in arts)
    assert {a.meta.get("published") for a in arts} == {"2016-02-04"}


def test_head_author_needs_a_person_on_the_dated_row() -> None:
    assert P.head_author(["合集", "编辑：林小某　2024-08-01"], "2024-08-01") == "林小某"
    # another day on the row, a body on it, or no writer: none
    assert P.head_author(["合集", "编辑：林小某　2024-08-01"], "2024-09-01") is None
    assert P.head_author(["合集", "来源：某某市档案馆　2024-08-01"], "2024-08-01") is None
    assert P.head_author(["合集", "2024-08-01"], "2024-08-01") is None
    # a dated row below the head's first lines names no piece's writer
    far = ["合集", "第一行", "第二行", "第三行", "编辑：林小某　2024-08-01"]
    assert P.head_author(far, "2024-08-01") is None


# ---- a labelled body's value is cut before the row's own date cell


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "来源：某某办公室　　发布于 2021-03-24　　浏览 1020",
            {"origin": "某某办公室", "published": "2021-03-24"},
        ),
        (
            "发布单位：某某区文化馆　　更新于 2021-03-24",
            {"issuer": "某某区文化馆", "published": "2021-03-24"},
        ),
    ],
)
def test_a_bodys_name_ends_before_the_rows_date_cell(row: str, want: dict[str, str]) -> None:
    assert P.shaped_row(row, near_title=True) == want


def test_a_second_body_after_the_gap_stays_in_the_value() -> None:
    # a second body after the gap is a co-issuer: the value stays whole
    got = P.shaped_row("发布单位：某某局　某某办　　2021-03-24", near_title=True) or {}
    assert got.get("issuer", "").startswith("某某局")


def test_who_launched_a_project_is_left_to_the_open_question() -> None:
    # set l reads '发起方' as the issuer, set yf '发起组织' as the origin: no class decides
    # (docs/truth_conventions.md); the label tables name neither
    assert P.field_of("发起组织") is None
    assert P.field_of("发起人") is None


# ---- a gathering's numbered session is no periodical's issue


@pytest.mark.parametrize(
    "line",
    [
        "第3期青年干部培训班　2023年11月3日",
        "枫林读书会第12期　2023年11月3日",
        "第五期活动回顾　2023年11月3日",
        "某某青年训练营 第2期　2023年11月3日",
    ],
)
def test_a_gatherings_session_is_no_issue(line: str) -> None:
    assert session(line)
    assert issue_day([line], "2023-11-03", _day) is None


@pytest.mark.parametrize(
    "line",
    [
        "第 32 期　2023年11月3日（星期五）",
        "某某工作简报第32期　2023年11月3日",
        "2023年第5期　总第120期　2023年11月3日",
    ],
)
def test_a_periodicals_issue_is_still_one(line: str) -> None:
    assert not session(line)
    assert issue_day([line], "2023-11-03", _day) == "2023-11-03"


def _day(line: str) -> str | None:
    return normalise_date(line.split("　")[-1].split("（")[0])


def _cohort(head: list[str]) -> list[str]:
    lines = [*head, ""]
    for n, (unit, day) in enumerate(
        [("甲街道", "二〇二三年十月二十日"), ("乙街道", "二〇二三年十月二十六日")]
    ):
        lines += [
            f"第{'一二'[n]}篇　{unit}学员结业小结",
            f"{unit}组织学员参加了全部课程，按时完成了调研作业，学员普遍反映收获很大。",
            "下一步将结合工作实际，把所学内容转化为推动基层治理的具体举措。",
            f"{unit}党工委",
            day,
            "",
        ]
    return lines


def test_a_cohorts_pieces_keep_their_own_days() -> None:
    cohort = split(
        _cohort(["第3期青年干部培训班结业材料汇编", "第3期青年干部培训班　2023年11月3日"])
    )
    assert [a.meta.get("published") for a in cohort] == ["2023-10-20", "2023-10-26"]


# ---- an organisation and its department is no unit before a person


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("某某国家图书馆　古籍馆", "某某国家图书馆\u3000古籍馆"),
        ("某某师范大学　历史系", "某某师范大学\u3000历史系"),
        ("某某科技有限公司　法务部", "某某科技有限公司\u3000法务部"),
        # the person after a unit is still the author
        ("仓储运营中心　林晓川", "林晓川"),
        ("某某科技有限公司　张建社", "张建社"),
    ],
)
def test_an_organisation_and_its_department_stays_whole(value: str, want: str) -> None:
    assert names_only({"author": value}).get("author") == want


def test_an_entrys_own_writer_stays_over_the_heads() -> None:
    arts = split(_column("成语故事　本栏编辑：江听松　更新于 2016年2月4日", byline="作者：林晓川"))
    assert [a.meta.get("author") for a in arts] == ["江听松", "林晓川", "江听松"]


# ---- a notice's sign-off and its issued note on an HTML page


def _notice_html(sign_class: str, sign: str, note: str) -> str:
    body = [
        "为配合道路改造工程，由下周一首班车起，下列线路将改经新填地街行驶，为期约两个月。",
        "改道期间，本公司会在受影响车站张贴告示，并安排职员在繁忙时间于现场协助乘客。",
        "本公司对乘客因此而带来的不便，深表歉意，如有查询，欢迎致电本公司客务热线。",
    ]
    paras = "".join(f"<p>{p}</p>" for p in body)
    tail = f"<p class='issued'>{note}</p>" if note else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>12号线改道 - 乘客通告</title>"
        "</head><body><div class='nav'>首页 ｜ 乘客通告 ｜ 车费表</div>"
        f"<div class='content'><h1>12号线改道</h1>{paras}"
        f"<p class='{sign_class}'>{sign}</p>{tail}</div>"
        "<div class='footer'>Copyright 某某客运　版权所有</div></body></html>"
    )


def _html_articles(html: str):  # type: ignore[no-untyped-def]
    from cleaner.config import PipelineConfig
    from cleaner.pipeline import Pipeline
    from tests.stages.meta_matrix import _html_raw

    return Pipeline(PipelineConfig()).process(_html_raw(html), 0).articles


@pytest.mark.parametrize("sign", ["某某客运有限公司谨启", "某某巴士有限公司謹啟"])
def test_a_notices_sign_off_in_a_signature_box_stays_and_names_its_issuer(sign: str) -> None:
    arts = _html_articles(_notice_html("sign", sign, ""))
    assert sign in arts[0].text.split("\n")  # the notice's own closing line: kept
    assert arts[0].meta.get("issuer") == sign[:-2]


def test_a_forum_signature_is_still_no_text() -> None:
    arts = _html_articles(_notice_html("signature", "人生若只如初见，何事秋风悲画扇", ""))
    assert "人生若只如初见，何事秋风悲画扇" not in arts[0].text
    assert "issuer" not in arts[0].meta


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("（本通告于2021年3月5日发出）", "2021-03-05"),
        ("（本通告於2018年11月7日發出）", "2018-11-07"),
    ],
)
def test_a_notes_issuing_day_closing_the_notice_is_its_date(note: str, day: str) -> None:
    arts = _html_articles(_notice_html("sign", "某某客运有限公司谨启", note))
    assert arts[0].meta.get("published") == day


def test_an_issued_note_closing_a_text_page() -> None:
    page = [
        "关于调整春季作息时间的通知",
        "各部门：根据季节变化，经研究决定，自下周一起调整本单位作息时间，具体安排另行张贴。",
        "请各部门相互转告，认真做好工作衔接，确保各项工作正常运转。",
        "（本通知于2021年3月5日发布）",
    ]
    arts = split(page)
    assert arts[0].meta.get("published") == "2021-03-05"
    assert "（本通知于2021年3月5日发布）" not in arts[0].text
    # an event's day in the same frame is the text's
    event = [*page[:3], "（本活动于2021年3月5日举行）"]
    got = split(event)
    assert "（本活动于2021年3月5日举行）" in got[0].text
    assert got[0].meta.get("published") != "2021-03-05"
