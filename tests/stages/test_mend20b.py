"""Mends of the losses review20a found after branch fixzx1, in wordings of their own, each
with a look-alike that must still split or still go:

* N1/O1: a count of what ONE story or speech is about (``两起``, ``三宗``, ``两件事``,
  ``两例``) in its headline, over the story's outline sections (``一、经过``), is no
  compilation's stated count; only beside a head that compiles or publishes them
  (``现将…通报如下``, ``典型案例``: ``headers.toml`` ``compile_cues``) is it a cue;
* N2: a labelled row that starts with a model's name (``X90 折叠屏手机…``) is a headline,
  not a record's code row; under a real code row the title is the first line that is no
  field row (``地点：…``, ``来源：…``, a date);
* N3: a page-info bar with the article's id and a counter, on a page of one article, is
  the site's, not a record's closing row (:mod:`numbered_closes` asks for a record list);
* N4: two closing number rows of two schemes (two certificates) make no record list
  (:func:`split_shape_run._numbered_closers`);
* N5: on a page of one record, the line under its number row is the record's own (an
  answer), not the site's note (``foot_repeat`` ``closing`` needs a record list);
* N6: a teaser row that holds a tag and a date alone protects no title (:mod:`row_titles`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.row_titles import row_titles
from cleaner.stages.split_code_heads import coded_value, field_row
from cleaner.stages.split_shape_run import _numbered_closers, _Tests

P1 = "据现场人员介绍，事发时周边道路通行正常，有关部门接报后第一时间赶到现场处置。"
P2 = "目前，相关情况正在进一步核查之中，主管部门表示将依法依规作出处理并及时通报。"
P3 = "有关负责人提醒广大市民，要增强安全防范意识，发现隐患及时拨打服务热线反映。"
P4 = "下一步，各有关单位将举一反三，全面排查同类问题，切实堵塞管理漏洞，防患于未然。"


def _run(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Titles, texts and ledger rules of the page through the whole pipeline."""
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return (
        [a.title for a in res.articles],
        [a.text for a in res.articles],
        [c.rule for c in res.changes],
    )


def _site(pages: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """Titles and texts of each page of one site, profiles learned from the pages."""
    raws = [
        RawInput(f"s{i}.txt", ("\n".join(p) + "\n").encode(), site="site.example")
        for i, p in enumerate(pages)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out.append(([a.title for a in res.articles], [a.text for a in res.articles]))
    return out


# --- N1 / O1: a counted headline over one story's outline sections -------------------


def _story(head: str, byline: str, lead: str, sections: list[str]) -> list[str]:
    out = [head, byline, lead]
    for k, sec in enumerate(sections):
        out += [sec, [P1, P3][k % 2], [P2, P4][k % 2]]
    return out


@pytest.mark.parametrize(
    ("head", "sections"),
    [
        ("本市查处两起违规燃放烟花事件", ["一、基本情况", "二、处理结果"]),
        ("我区今年以来发生三宗溺水事故", ["一、事故概况", "二、原因剖析", "三、防范建议"]),
        ("做好下半年工作，重点抓好两件事", ["一、稳住基本盘", "二、补齐短板"]),
        ("我院成功救治两例罕见病患儿", ["一、诊治经过", "二、专家点评"]),
    ],
)
def test_a_counted_headline_over_outline_sections_stays_one_story(
    head: str, sections: list[str]
) -> None:
    lead = "近日，有关方面通报了相关情况，引发社会各界广泛关注，记者进行了跟踪采访。"
    titles, texts, rules = _run(_story(head, "来源：本报讯　2031-05-06", lead, sections))
    assert titles == [head]
    assert lead in texts[0] and all(s in texts[0] for s in sections)
    assert "split.page_prefix" not in rules


def test_a_head_that_publishes_its_cases_still_splits_them() -> None:
    head = "现将近期查处的两起典型案件通报如下，请各单位引以为戒。"
    page = [
        "关于两起违规问题的通报",
        head,
        "一、某某物流公司超限运输问题",
        P1,
        P2,
        "二、某某建材商行无证经营问题",
        P3,
        P4,
    ]
    titles, _, _ = _run(page)
    assert titles == ["某某物流公司超限运输问题", "某某建材商行无证经营问题"]


# --- N2: a model's name is no record code; field rows are no title --------------------


@pytest.mark.parametrize(
    "value",
    ["Nova12 折叠屏手机正式开售", "GL800 商务车迎来换代升级", "Pro14 笔记本电脑发布", "A7 系列"],
)
def test_a_model_name_before_a_headline_files_no_record(value: str) -> None:
    assert not coded_value(value)


@pytest.mark.parametrize(
    "value", ["鲁B·7Q2××　重型货车", "TK-3301-05　电梯故障", "SN88-A102", "苏E3K2××"]
)
def test_a_plate_or_serial_still_files_a_record(value: str) -> None:
    assert coded_value(value)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("地点：东关路", True),
        ("來源：某某電台", True),
        ("2031.05.06　晴", True),
        ("东关路违规停放，车主被依法处理", False),
        ("货车夜间抛撒渣土：司机被罚", False),
    ],
)
def test_field_rows_under_a_code_row(line: str, want: bool) -> None:
    assert field_row(line) is want


def test_headlines_led_by_model_names_keep_their_words() -> None:
    page = ["数码新品速递", "本期共2条。"]
    for head, src in (
        ("Nova12 折叠屏手机正式开售", "来源：某某网"),
        ("Pro14 笔记本电脑发布", "来源：某某报"),
    ):
        page += [f"【新品】{head}", src, P1, P2]
    titles, _, _ = _run(page)
    assert titles == ["Nova12 折叠屏手机正式开售", "Pro14 笔记本电脑发布"]


def test_a_code_row_over_a_field_row_takes_the_title_below_it() -> None:
    page = ["城管执法公示（第8期）", "现将近期查处的3起典型违规行为予以曝光。"]
    for plate, place, title in (
        ("鲁B·7Q2××　重型货车", "地点：东关路", "东关路夜间抛撒渣土，司机被依法处罚"),
        ("鲁B·3M8××　小型客车", "地点：西关路", "西关路占用消防通道，车主被依法处罚"),
        ("鲁B·5K1××　轻型货车", "地点：南关路", "南关路超限装载，驾驶人被依法处罚"),
    ):
        page += [f"〔涉事车辆〕{plate}", place, title, P1, P2]
    titles, texts, _ = _run(page)
    assert titles == [
        "东关路夜间抛撒渣土，司机被依法处罚",
        "西关路占用消防通道，车主被依法处罚",
        "南关路超限装载，驾驶人被依法处罚",
    ]
    assert "地点：东关路" in texts[0]


# --- N4: closing number rows of two schemes -------------------------------------------


def _reader(s: str) -> dict[str, str] | None:
    return {"doc_number": s.split("：")[1].split()[0]} if "编号：" in s else None


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        ("证书编号：AB-2018-011", "证书编号：CD-2020-532", False),  # two kinds of paper
        ("合同编号：HT2030-07", "合同编号：No.58", False),  # two shapes
        ("工单编号：WX-0412-03", "工单编号：WX-0415-11", True),  # one scheme: a list
    ],
)
def test_closers_must_share_one_scheme(first: str, second: str, want: bool) -> None:
    strip = [
        "【甲】",
        "某事一",
        "某事一的经过。",
        first,
        "【乙】",
        "某事二",
        "某事二的经过。",
        second,
    ]
    memo = _Tests(_reader)
    assert bool(_numbered_closers(strip, list(range(8)), [0, 4], memo)) is want


def test_a_resume_with_two_certificates_stays_one() -> None:
    page = [
        "个人履历",
        "姓名：林晓　｜　电话：139-0000-0000",
        "[2016-2019] 某某电子公司 · 硬件工程师",
        "负责电路板设计",
        "主持完成三款工控主板的原理图设计与调试，产品良率稳定在百分之九十八以上。",
        "资格编号：EE-2017-1042　｜　取得 2017-08-01",
        "[2019-2031] 某某智能公司 · 硬件经理",
        "负责硬件团队建设",
        "带领八人团队完成两代产品的硬件平台开发，建立了完整的设计评审流程和规范。",
        "资格编号：PMP-2020-55　｜　取得 2020-11-20",
        "自我评价：工作认真负责，善于沟通协调，具备较强的学习能力和团队合作精神。",
    ]
    titles, texts, _ = _run(page)
    assert len(titles) == 1
    assert "某某电子公司 · 硬件工程师" in texts[0] and "某某智能公司 · 硬件经理" in texts[0]


# --- N3 / N5: one-record pages of a site ---------------------------------------------


def _letters() -> list[list[str]]:
    topics = [
        "东湖公园夜间广场舞",
        "滨江路夜市油烟",
        "北站附近货车鸣笛",
        "幸福里小区施工",
        "南门菜场占道",
        "二中门口拥堵",
        "西环路路灯不亮",
        "老街排水不畅",
    ]
    reply = "您好，您的来信已转交有关部门办理，办理结果将及时反馈，感谢您的关心和支持。"
    pages = []
    for k, t in enumerate(topics):
        pages.append(
            [
                "首页　｜　领导信箱　｜　办事指南",
                f"关于{t}的问题",
                f"我是附近居民，{t}的问题已经持续很长时间了，严重影响了周边居民的正常生活，希望有关部门尽快处理。",
                "恳请相关部门重视这一问题，加强日常巡查和管理，还居民一个安静整洁的生活环境。",
                f"来信编号：LX-2031-{k + 10:04d}　｜　来信日期：2031-04-{k + 1:02d}",
                reply,
                "【打印】　【关闭】",
                "主办：某某市人民政府办公室　版权所有",
            ]
        )
    return pages


def test_the_answer_under_a_single_letters_number_row_stays() -> None:
    reply = _letters()[0][5]
    for _, texts in _site(_letters()):
        assert any(reply in t for t in texts)


def _articles() -> list[list[str]]:
    heads = [
        "全县春耕备耕工作有序推进",
        "县图书馆开展读书月活动",
        "城区新增三处口袋公园",
        "县医院开通夜间门诊",
        "乡村道路改造工程启动",
        "县一中举办科技节",
        "县文化馆推出公益课堂",
        "城区公交线路优化调整",
    ]
    pages = []
    for k, h in enumerate(heads):
        pages.append(
            [
                "网站首页　新闻中心　政务公开　互动交流",
                h,
                f"发布时间：2031-03-{k + 1:02d}　来源：县融媒体中心",
                f"{h}，受到了广大群众的普遍欢迎和好评，有关部门表示将持续做好相关工作。",
                "据了解，此项工作得到了县委县政府的高度重视，各相关单位密切配合、协同推进。",
                f"信息编号：XX-2031-03{k:02d}　｜　点击量：{100 + 37 * k}",
                "【打印本页】　【关闭窗口】",
                "版权所有：某某县人民政府　技术支持：某某公司",
            ]
        )
    return pages


def test_an_info_bar_with_an_id_and_a_counter_is_the_sites() -> None:
    for _, texts in _site(_articles()):
        assert not any("点击量" in t for t in texts)


# --- N6: a teaser row of a tag and a date ----------------------------------------------

TEXT = "新用户首次下单即可享受专属优惠，活动期间每天限量发放，先到先得，送完即止。"


@pytest.mark.parametrize(
    "rows",
    [
        ("【推广】05-01", "【推广】05-02"),
        ("[广告] 01", "[广告] 02"),
        ("〔福利〕2031-05-01", "〔福利〕2031-05-08"),
    ],
)
def test_a_tag_and_date_row_titles_nothing(rows: tuple[str, str]) -> None:
    page = ["正文最后一段。", rows[0], "扫码关注领取礼包", TEXT, rows[1], "邀请好友赢取积分", TEXT]
    assert row_titles(page) == frozenset()


def test_a_tag_row_with_words_still_titles_its_piece() -> None:
    page = [
        "某站",
        "【故障】支付服务 · 华南",
        "部分用户扫码支付失败",
        TEXT,
        "【故障】短信服务 · 华北",
        "验证码延迟送达",
        TEXT,
    ]
    assert row_titles(page) == frozenset({2, 5})
