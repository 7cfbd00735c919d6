"""What review20e found fixzy2's readers took (mend20f), each class as cases in wordings of
its own, with the shapes the readers are for, which still go:

* a dash row under a title that is a subtitle (a feature's ``——记…``, a dedication
  ``——献给…``, a photo's ``——摄于…``, an occasion or genre word in its last cell) or the
  first entry of a run of dash rows (a list of winners, a roster) stays text, no byline;
* a bullet or a quoted line led by an arrow or ``>`` naming the next item with a noun, or a
  sentence, or a date, is text: only a pager's own link goes;
* a line counting a form's pages and telling the reader which to fill or see is text: only
  the counter's own words make the worded page mark;
* a print layout's credit block naming the reporter with a letter-spaced label gives the
  reporter as the author, as before fixzy2;
* a drafter's credit (``执笔：``) names an author only when its value is a name; several
  drafters give the first.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split_dash_byline import byline_under_title, dash_byline
from cleaner.stages.split_foot import foot_row, spaced_reporter
from tests.stages.stage_runs import plain_stage, split

BODY = [
    "入冬以来，他每天清晨五点就来到路口，顶着寒风疏导车辆，一站就是三个小时。",
    "同事们说，这个路口的早高峰，因为有他在，再也没有出现过长时间的拥堵。",
]

# ---- N1: a dash subtitle or a list's dash rows are no byline


@pytest.mark.parametrize(
    "row",
    [
        "——记某某县供电公司抢修班　班长赵某",  # a feature's subject, role before the name
        "——记某某镇中心卫生院　全科医生们",
        "——致敬某某街道社区　网格员",
        "——某某区第三届读书节　侧记",  # a genre word
        "——某某学院新闻系　专访实录",
        "——某某诗会2022秋季　即兴",
        "——献给某某师范1990届　全体同学",  # a dedication
        "——摄于某某湿地2023　初冬",  # a photo's caption
        "——在某某职业学院2025届　开学典礼",  # a speech's occasion
        "——写在某某厂建厂60周年　之际",
    ],
)
def test_a_dash_subtitle_is_no_byline(row: str) -> None:
    assert dash_byline(row) is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——初三（4）班　孙某某（指导教师：钱老师）", "孙某某"),
        ("—— 某某学院2021级 周某", "周某"),
        ("——某某小學六（1）班　吳某", "吳某"),
        ("——某某中学高一（2）班　欧阳某某", "欧阳某某"),
    ],
)
def test_a_dash_byline_still_names_its_writer(row: str, author: str) -> None:
    assert dash_byline(row) == {"author": author}


def test_a_subtitle_under_a_title_stays_in_the_text() -> None:
    page = ["路口的守望者", "——记某某县公路局养护站　站长某甲", *BODY]
    arts = split(page)
    assert len(arts) == 1
    assert "——记某某县公路局养护站" in arts[0].text
    assert arts[0].meta.get("author") is None


@pytest.mark.parametrize(
    "rows",
    [
        ["——初一（1）班　某甲", "——初一（4）班　某乙", "——初二（2）班　某丙"],  # winners
        ["——保卫处　某丁", "——后勤处　某戊"],  # a duty roster
        ["——一车间　某己", "—— 二车间 某庚"],  # a dash spaced otherwise
    ],
)
def test_the_first_of_a_run_of_dash_rows_is_no_byline(rows: list[str]) -> None:
    page = ["某某评选结果公示", *rows, "以上名单公示五天。"]
    assert byline_under_title(page, list(range(len(page))), headed=False) is None
    arts = split(page)
    assert all(r in "\n".join(a.text for a in arts) for r in rows)


def test_a_single_dash_byline_under_a_title_is_still_read() -> None:
    page = ["我眼中的秋天", "——初二（5）班　某甲（指导教师：某乙）", *BODY]
    arts = split(page)
    assert len(arts) == 1
    assert arts[0].meta.get("author") == "某甲"
    assert "初二（5）班" not in arts[0].text


# ---- N2: an arrow bullet naming the next item is text, a pager's link goes


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


PREV_NEXT = "boilerplate.rule.generic.prev_next"


@pytest.mark.parametrize(
    "line",
    [
        "▶ 下一期预告：8月3日上午，某某馆馆长将主讲《瓷器上的花鸟》",  # a noun and a date
        "→ 下一期讲座：九月中旬举行，主题另行通知",
        "→ 下一集预告：男主角回到故乡，发现老屋早已易主",
        "→ 下一条：携带身份证到三楼窗口办理登记。",  # a step, a sentence
        "▶ 下一首：《小河淌水》　男声独唱",  # a set list's row
        "> 下一章：主人公将踏上北去的列车，敬请期待",  # a forum's quote mark
        "> 下一篇：作者说下周再写",
        "上一期回顾：小区开展了义务理发活动 ◀",
        "▶ 下一期：10月8日 14:30 开讲",  # a date and a time
        "→ 下一条线路：预计明年开通",
    ],
)
def test_an_arrow_bullet_naming_the_next_item_stays(line: str) -> None:
    p1 = "本周六，某某书院举办了第十期公益讲座，听众近百人，现场气氛热烈。"
    p2 = "讲座结束后，主讲人与听众进行了交流，并为大家签名留念。"
    assert PREV_NEXT not in _rules([p1, p2, line])


@pytest.mark.parametrize(
    "line",
    [
        "▶ 下一篇：某某书院第十一期讲座侧记",
        "→ 下一条新闻：某某镇召开秋季防火动员会",
        "上一篇文章：某某村荷花节开幕 ◀",
        "» 下一则：某某社区举办邻里节",
    ],
)
def test_a_pager_link_with_its_arrow_still_goes(line: str) -> None:
    p1 = "本周六，某某书院举办了第十期公益讲座，听众近百人，现场气氛热烈。"
    p2 = "讲座结束后，主讲人与听众进行了交流，并为大家签名留念。"
    assert PREV_NEXT in _rules([p1, p2, line])


# ---- N3: a form's instruction naming its pages is text


@pytest.mark.parametrize(
    "line",
    [
        "申请表共3页，请填写第2页",
        "本手册共6页　见第4页",
        "登记表共2页　请签第2页",
        "说明书共4页，阅读第1页",
        "体检表共2页　只填第1页",
    ],
)
def test_a_form_instruction_naming_its_pages_is_no_page_mark(line: str) -> None:
    assert not repair_tables().page_marks.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "全文共4页，当前第2页",
        "本篇共3页　这是第1页",
        "当前第3页　全文共5页",
        "| 本文共2页　目前第2页 |",
        "本协议共6页　第3页",
    ],
)
def test_a_worded_page_counter_is_still_a_mark(line: str) -> None:
    assert repair_tables().page_marks.fullmatch(line)


# ---- N4: a print layout's spaced reporter block gives its author


@pytest.mark.parametrize(
    "foot",
    [
        ["记　者：某甲", "编　辑：某乙"],
        ["通讯员：某甲", "编　辑：某乙"],
        ["记 者：某甲", "责任编辑：某乙"],
    ],
)
def test_a_spaced_reporter_block_gives_the_author(foot: list[str]) -> None:
    page = ["某某村举办丰收节", "", *BODY, "", *foot]
    arts = split(page)
    assert len(arts) == 1
    assert arts[0].meta.get("author") == "某甲"
    assert "某甲" not in arts[0].text


def test_only_a_block_with_a_spaced_label_and_a_reporter_is_kept_whole() -> None:
    assert spaced_reporter(["作　者：某甲"]) and spaced_reporter(["撰稿：某甲", "审　核：某乙"])
    assert not spaced_reporter(["记者：某甲", "编辑：某乙"])  # unspaced: as before
    assert not spaced_reporter(["执　笔：某甲", "摄　影：某乙"])  # no reporter


# ---- N5: a drafter's credit names an author only by a name


@pytest.mark.parametrize(
    "row",
    ["执笔：悬腕执笔法", "执笔：虚掌实指", "执笔：三指执笔是初学者常见的错误方法"],
)
def test_a_drafter_label_over_no_name_gives_no_author(row: str) -> None:
    assert (foot_row(row, lambda k: None) or {}).get("author") is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("执笔：某甲、某乙", "某甲"),
        ("执笔：某丙，某丁", "某丙"),
        ("执笔人：某某研究室", "某某研究室"),
        ("执　笔：司马某某", "司马某某"),
        ("Words: Ann Lee", "Ann Lee"),  # a Latin name keeps its parts
    ],
)
def test_a_drafter_name_gives_the_author(row: str, author: str) -> None:
    assert foot_row(row, lambda k: None) == {"author": author}


def test_a_glossary_entry_under_a_drafter_label_stays_in_the_text() -> None:
    page = [
        "篆刻术语简释",
        "",
        "冲刀：刀刃向前推进，线条挺劲。",
        "切刀：刀刃逐段切下，线条古拙。",
        "执笔：悬腕执笔法",
    ]
    arts = split(page)
    assert "执笔：悬腕执笔法" in "\n".join(a.text for a in arts)
    assert all(a.meta.get("author") is None for a in arts)
