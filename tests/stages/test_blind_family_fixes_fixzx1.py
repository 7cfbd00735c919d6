"""Fixes for set zx's compiled families (branch fixzx1), in wordings of their own, with
look-alikes that stay:

* a head that counts its pieces in the words that count cases or incidents (``现将3起…``,
  ``两例``, ``四宗``, ``5件``) confirms a run of piece rows as a stated count does
  (:data:`split_shape_lines.COUNT_WORDS`); a count that differs from the rows confirms
  nothing;
* a headline of two clauses under a piece's row passes against the middle line of the
  body, not its shortest: a piece may close on a short sentence of its own
  (:func:`split_shape_run._paired_headline`);
* a piece's header row that files a RECORD by its code (a bracketed or labelled word, then
  a plate, a serial or a ticket number and its kind) names no piece: the title-shaped
  line under it is the title and stays the piece's first line of text
  (:mod:`split_code_heads`); a labelled row of words keeps its own words as the title;
* a piece's closing row carrying its own record number (``工单号：WO-…　｜　提交于 …``) is
  the page's data though the site prints its shape on every page (:mod:`numbered_closes`),
  and confirms two pieces under repeated rows, its fields their metadata
  (:func:`split_shape_run._numbered_closers`); one number twice confirms nothing;
* the site's note printed word for word under the last record's number row, chrome under
  it, is the foot's (:func:`foot_repeat.foot_repeat` ``closing``), as under a claimed line;
* a title right under a row the page repeats in shape, with text under it, stays though it
  holds a chrome word (``上传``, ``分享``) in the line model's zone (:mod:`row_titles`); rows
  over links with no text, or one row printed twice, title nothing.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.row_titles import row_titles
from cleaner.stages.split_code_heads import coded_row, coded_value
from cleaner.stages.split_shape_lines import _stated
from tests.stages.stage_runs import boil, site_stage, split

B1 = "接到群众反映后，工作人员于当天下午赶到现场核查，确认情况属实，并当场拍照留存了相关证据。"
B2 = "经核实，当事人的行为违反了本市的相关管理规定，执法人员依法对其作出了相应的处理决定。"


@pytest.mark.parametrize(
    ("head", "pieces", "want"),
    [
        ("现将近期查处的3起典型案件通报如下，请大家引以为戒。", 3, True),
        ("本月共接报两例类似情况，现一并公布。", 2, True),
        ("以下四宗个案均已办结。", 4, True),
        ("本周收到投诉5件，摘要如下：", 5, True),
        ("现将近期查处的3起典型案件通报如下。", 2, False),  # a count of other pieces
        ("大家一起来看看下面的内容。", 2, False),  # 一起: together, never a count of two
    ],
)
def test_case_counters_state_the_pieces(head: str, pieces: int, want: bool) -> None:
    assert _stated(head, [], pieces) is want


def _board(rows: list[str], titles: list[str], lead: str, closing: str) -> list[str]:
    out = ["河湾市市容执法公示栏（第12期）", lead]
    for row, title in zip(rows, titles, strict=True):
        out += [row, title, B1, B2, closing]
    out += ["本栏目内容如有异议，请于公示之日起七日内反映。"]
    return out


PLATE_ROWS = ["〔涉事车辆〕河C·2K7××　小型面包车", "〔涉事车辆〕河A·9M3××　厢式货车"]
TITLES = ["槐树街人行道违停占道，车主被依法处理", "夜间在滨河路乱倒渣土，运输车被查扣"]
LEAD = "为维护市容秩序，现将近期查处的2起违规行为予以公示，请市民共同监督。"


def test_two_plate_rows_under_a_stated_count_split() -> None:
    arts = split(_board(PLATE_ROWS, TITLES, LEAD, "执法人员提醒，文明停车。"))
    assert [a.title for a in arts] == TITLES
    assert all(a.text.splitlines()[0] == a.title for a in arts)  # the title stays text
    assert all(B1 in a.text and "涉事车辆" not in a.text for a in arts)


def test_two_plate_rows_without_a_count_stay_one_page() -> None:
    lead = "为维护市容秩序，现将近期查处的违规行为予以公示，请市民共同监督。"
    arts = split(_board(PLATE_ROWS, TITLES, lead, "执法人员提醒，文明停车。"))
    assert len(arts) == 1
    assert all(t in arts[0].text for t in TITLES)  # nothing lost


@pytest.mark.parametrize(
    "rows",
    [
        # invented variants of a record's code row: a plate, a ticket, a serial number
        [f"〔涉事车辆〕河{c}·{n}K7××　小型面包车" for c, n in zip("ABCD", "2345", strict=True)],
        [f"【工单】WO-2031-04{n}7　网络中断" for n in "1234"],
        [f"［设备］SN-88A1{n}　空调外机" for n in "1234"],
        [f"编号：QX{n}0923-{n}　路灯故障" for n in "5678"],
    ],
)
def test_a_code_row_titles_nothing(rows: list[str]) -> None:
    titles = [
        "槐树街人行道违停占道，车主被依法处理",
        "夜间在滨河路乱倒渣土，运输车被查扣",
        "柳岸小区门口占道经营，摊主被劝离",
        "东门桥头私设广告牌，已责令拆除",
    ]
    lead = "现将本期处理的4起情况公示如下。"
    arts = split(_board(rows, titles, lead, "如有疑问，请拨打服务热线咨询。"))
    assert [a.title for a in arts] == titles
    assert all(a.text.splitlines()[0] == a.title for a in arts)


def test_a_labelled_row_of_words_keeps_its_title() -> None:
    rows = [
        "〔要闻〕槐树街人行道改造完工",
        "〔要闻〕滨河路夜市今起开放",
        "〔要闻〕柳岸小区新增充电桩",
        "〔要闻〕东门桥完成加固检测",
    ]
    subs = ["施工历时两个月", "首批摊位一百个", "覆盖全部楼栋", "通行恢复正常"]
    arts = split(_board(rows, subs, "本期要闻如下。", "（河湾市容办供稿）"))
    assert [a.title for a in arts] == [r.removeprefix("〔要闻〕") for r in rows]


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("河C·2K7××　小型面包车", True),
        ("WO-2031-0417 网络中断", True),
        ("SN-88A12", True),
        ("槐树街人行道改造完工", False),
        ("2031年第3期", False),  # an issue, no code
        ("12号　某某通知", False),  # a bare number
        ("河C·2K7××　小型面包车在槐树街人行道上违停占道被处理", False),  # a sentence's length
    ],
)
def test_coded_values(value: str, want: bool) -> None:
    assert coded_value(value) is want


def test_coded_rows_need_a_label() -> None:
    assert coded_row("［设备］SN-88A12　空调外机")
    assert not coded_row("SN-88A12　空调外机")
    assert not coded_row("〔要闻〕槐树街人行道改造完工")


# -- a record list: each piece under a row of one shape, closed by its own numbered row --

UPDATES = [
    "已处理 ｜ 3月4日 10:20 ｜ 维修人员已更换损坏的部件，设备恢复运转，我们会继续跟踪运行情况。",
    "处理中 ｜ 3月4日 09:45 ｜ 经现场检查，故障原因是供电线路老化，维修人员正在更换配件。",
]


def _log(rows: list[str], titles: list[str], closes: list[str]) -> list[str]:
    out = ["河湾物业 · 报修公示", ""]
    for row, title, close in zip(rows, titles, closes, strict=True):
        out += [row, title, *UPDATES, close, ""]
    out += ["以上为本月全部报修记录。"]
    return out


@pytest.mark.parametrize(
    ("rows", "closes"),
    [
        # invented variants: bracketed grade rows, tag rows, serial-closed rows
        (
            ["[A2] 电梯 · 三号楼", "[B1] 门禁 · 东门"],
            [
                "工单号：WO-0304-11　｜　提交于 2031-03-04 08:10",
                "工单号：WO-0302-07　｜　提交于 2031-03-02 19:40",
            ],
        ),
        (
            ["【一级】供水 / 二期", "【三级】照明 / 地库"],
            ["编号：BX-2031-0412 | 登记 2031-04-12", "编号：BX-2031-0409 | 登记 2031-04-09"],
        ),
        (
            ["#报修# 五号楼 · 屋面", "#报修# 南门 · 道闸"],
            ["记录编号：R-77201　持续 3小时", "记录编号：R-77188　持续 1小时"],
        ),
    ],
)
def test_two_records_each_closed_by_its_own_number_split(
    rows: list[str], closes: list[str]
) -> None:
    titles = ["三号楼电梯停运", "东门门禁无法刷卡"]
    arts = split(_log(rows, titles, closes))
    assert [a.title for a in arts] == titles
    assert all(UPDATES[0] in a.text for a in arts)
    assert all(a.meta.get("doc_number") for a in arts)
    assert not any("编号" in a.text or "工单号" in a.text for a in arts)  # the rows: meta


def test_one_number_twice_is_no_two_records() -> None:
    rows = ["[A2] 电梯 · 三号楼", "[B1] 门禁 · 东门"]
    close = "工单号：WO-0304-11　｜　提交于 2031-03-04 08:10"
    arts = split(_log(rows, ["三号楼电梯停运", "东门门禁无法刷卡"], [close, close]))
    assert len(arts) == 1 and "东门门禁无法刷卡" in arts[0].text


# -- a site of record logs: the closing numbered row stays, a title with a chrome word too --

SERVICES = ["电梯", "门禁", "供水", "照明", "道闸", "屋面", "监控", "消防"]
ISSUES = [
    "住户上传报修照片失败",
    "分享链接打开空白",
    "三号楼电梯停运",
    "东门门禁无法刷卡",
    "地库照明时亮时灭",
    "南门道闸抬杆缓慢",
    "五号楼屋面渗水",
    "监控画面偶有卡顿",
]


def _site_page(n: int) -> list[str]:
    out = [
        "河湾物业 · 报修记录",
        "首页　｜　公告　｜　缴费　｜　联系我们",
        "当前状态：一切正常",
        "",
    ]
    for k in range(2):
        title = ISSUES[(n + k) % len(ISSUES)]
        out += [f"[A{k + 1}] {SERVICES[(n + k) % 8]} · {n + 1}号楼", title, *UPDATES]
        out += [f"工单号：WO-{n:02d}{k}4-1{k}　｜　提交于 2031-03-{n + 1:02d} 08:1{k}", ""]
    out += [NOTE, "← 上一月　　下一月 →", "© 2031 河湾物业　服务条款　隐私政策"]
    return out


NOTE = "其余时间各项设施运行良好，以上时间均为当地时间。"


def test_a_record_log_site_keeps_numbers_and_titles() -> None:
    pages = [_site_page(n) for n in range(8)]
    stage = site_stage(pages)
    out = boil(pages[0], stage, site="s")
    assert "工单号：WO-0004-10" in out and "工单号：WO-0014-11" in out  # each record's own
    assert ISSUES[0] in out and ISSUES[1] in out  # titles with a chrome word stay
    assert "首页　｜　公告" not in out  # the site's chrome still goes
    assert NOTE not in out  # the site's note under the last record's number row
    arts = split(out.splitlines())
    assert [a.title for a in arts] == ISSUES[:2]
    assert [a.meta.get("doc_number") for a in arts] == ["WO-0004-10", "WO-0014-11"]


TEXT = "维修人员已到场检查，初步判断是线路老化所致，预计今晚完成更换。"


@pytest.mark.parametrize(
    "rows",
    [
        ["[A1] 电梯 · 三号楼", "[B2] 门禁 · 东门"],
        ["〔报修〕三号楼", "〔报修〕东门岗亭"],
        ["#一级# 供水 / 二期", "#三级# 照明 / 地库"],
    ],
)
def test_titles_under_repeated_rows_are_found(rows: list[str]) -> None:
    page = ["河湾物业", rows[0], "住户上传报修照片失败", TEXT, rows[1], "分享链接打开空白", TEXT]
    assert sorted(row_titles(page)) == [2, 5]


def test_rows_over_links_or_one_row_twice_title_nothing() -> None:
    links = ["[1] 电梯", "上传照片", "查看更多", "[2] 门禁", "分享链接", "查看更多"]
    assert row_titles(links) == frozenset()  # no text under the "titles": a link list
    same = [
        "河湾物业",
        "〔报修〕",
        "住户上传报修照片失败",
        TEXT,
        "〔报修〕",
        "分享链接打开空白",
        TEXT,
    ]
    assert row_titles(same) == frozenset()  # one row printed twice: a divider
