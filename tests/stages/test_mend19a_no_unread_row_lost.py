"""Content losses of three split readers (review19, findings 1, 3, 5), by class, each on
invented variants that differ from the review's pages in wording, labels and layout.

1. ONE document that holds two or more blocks of ``label：value`` rows, each with a
   name row (``…名称``, ``Title``), then prose (a purchase notice's lots, a review's two
   models, a job history, a course plan): no compilation of field records.  The page's
   own title or lead over the first block, blocks of labels read as nothing (a price, a
   weight, a duration), text under the last block that concerns all blocks: one
   document, every row kept.  In a real compilation a row read as nothing stays text.
2. A labelled line under a document's field block, over the rule drawn under it, whose
   label reads as no field (a request, a question, a statute's ``第N条``): text.  A row
   that refers to the provisions the document rests on goes, read as ``references``.
3. A tag or a product model over a title (no document number's shape), or a byline whose
   issuer is not read: the coded-title frame reads nothing, both lines stay.
4. The shared deletion path (``split_header_lines``): a row a reader asks to delete as
   ``split.meta_header`` that reads no field (its ref only the bare line) stays text; a
   log's row under its title read as its writer still goes.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.ruled_rows import block_field
from cleaner.stages.split_coded_title import read_whole
from cleaner.stages.split_field_records import field_records, own_head
from cleaner.stages.split_meta import MetaParser

META = MetaParser()

P1 = "该型号机身采用铝合金框架，握持手感扎实，屏幕边框收得很窄，整体观感相当精致耐看。"
P2 = "另一款机器把重点放在散热上，双风扇设计让长时间满载运行时表面温度依然保持在合理范围。"
P3 = "综合来看两款产品各有侧重，看重便携的读者可以选第一款，经常跑大型软件的选第二款更合适。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _kept(lines: list[str], must: list[str]) -> None:
    got = _run(lines)
    text = "\n".join(a.text for a in got.articles)
    for line in must:
        assert line in text, line


# ---- 1. one document's own blocks of labelled rows


def test_purchase_notice_lots_stay_one_document() -> None:
    rows = [
        "包件名称：第一包　办公桌椅",
        "采购预算：48.6万元",
        "交货期限：合同签订后30天",
        "包件名称：第二包　档案密集柜",
        "采购预算：52.1万元",
        "交货期限：合同签订后45天",
    ]
    page = [
        "某某区行政服务中心办公家具采购项目公开招标公告",
        "",
        *rows[:3],
        "本包采购各类办公桌椅共计三百二十套，供应商须提供样品并承担运输、安装和三年质保服务。",
        "",
        *rows[3:],
        "本包采购手动密集柜四十列，含轨道铺设与防潮处理，安装完成后须经使用单位现场验收合格。",
        "",
        "供应商应具备独立承担民事责任的能力，有意者请于规定时间内登录交易平台下载招标文件。",
    ]
    got = _run(page)
    assert len(got.articles) == 1
    for line in rows:
        assert line in got.articles[0].text, line
    assert "有意者请于规定时间内" in got.articles[0].text


def test_two_models_review_with_a_lead_stays_one_document() -> None:
    rows = ["型号名称：云帆 14", "重量：1.3千克", "续航：约12小时"]
    rows2 = ["型号名称：山岚 16", "重量：2.1千克", "续航：约7小时"]
    page = ["两台轻薄本实测", "一句话：各有所长。", *rows, P1, "", *rows2, P2, P3]
    _kept(page, [*rows, *rows2, "一句话：各有所长。", P3])
    assert len(_run(page).articles) == 1


def test_job_history_in_english_stays_one_document() -> None:
    jobs = [
        ["Role Title: Site Reliability Lead", "Employer: Bluewater Freight", "Span: 2018-2021"],
        ["Role Title: Systems Administrator", "Employer: Harbor Mills", "Span: 2014-2018"],
    ]
    page = [
        "Professional Profile",
        "Ana Ruiz, Porto",
        "",
        *jobs[0],
        "Ran the on-call rotation for forty services and halved the mean time to recover "
        "from outages.",
        "",
        *jobs[1],
        "Moved the plant's file servers to a replicated cluster and wrote the backup runbook "
        "still in use.",
    ]
    got = _run(page)
    assert len(got.articles) == 1
    for line in [*jobs[0], *jobs[1], "Ana Ruiz, Porto"]:
        assert line in got.articles[0].text, line


def test_course_plan_with_a_teacher_stays_one_document() -> None:
    rows = ["单元题目：分数的初步认识", "执教：李老师", "课型：新授课"]
    rows2 = ["单元题目：分数的简单计算", "执教：李老师", "课型：练习课"]
    body = "学生借助折纸和分饼活动理解几分之一的含义，并能用自己的话说出分数各部分的名称。"
    body2 = "通过同分母分数的加减练习，让学生体会计算方法，并能解决生活中的简单分数问题。"
    page = ["四年级数学分数单元备课", "", *rows, body, "", *rows2, body2]
    _kept(page, [*rows, *rows2, "四年级数学分数单元备课"])


def test_a_compilation_keeps_a_row_read_as_nothing() -> None:
    """Look-alike: a real compilation still splits; its unread row stays in its text."""
    page = ["某某期刊库　检索结果", ""]
    for k, t in enumerate(["甲河流域湿地调查", "乙山林下经济模式"]):
        page += [
            f"题名：{t}",
            f"作者：某甲{k}；某乙{k}",
            f"发表日期：2022-0{k + 3}-10",
            f"页数：{k + 8}页",
            P1 if k == 0 else P2,
            "",
        ]
    got = _run(page)
    assert [a.title for a in got.articles] == ["甲河流域湿地调查", "乙山林下经济模式"]
    assert "页数：8页" in got.articles[0].text and "页数：9页" in got.articles[1].text
    assert got.articles[1].meta.get("published") == "2022-04-10"
    assert "题名" not in got.articles[0].text


def test_own_head_shapes() -> None:
    assert own_head(["某某镇自来水管网改造工程竣工验收报告"])
    assert own_head(["", "先看结果！"])
    assert not own_head(["某某库　导出结果"]) and not own_head(["某库｜检索"])


def test_blocks_of_unread_labels_are_no_records() -> None:
    page: list[str] = []
    for k in range(2):
        page += [f"菜品名称：某菜{k}", f"口味：微辣{k}", f"份量：{k + 2}人份", P1 if k else P2, ""]
    assert field_records(page, META.field_of).heads == []


# ---- 2. a labelled text line over the block's rule


def _reply(row: str) -> list[str]:
    return [
        "关于某某路段路灯不亮问题的回复",
        "受理编号：LD-2022-0315　　回复日期：2022-03-20",
        row,
        "────────────────",
        "经查，该路段路灯线路因施工被挖断，现已完成抢修，路灯于3月18日晚恢复照明。",
        "今后我们将加强巡查，发现问题及时处理，感谢您的监督。",
    ]


@pytest.mark.parametrize(
    "row",
    [
        "反映事项：某某路段路灯连续一周不亮",
        "咨询问题：路灯什么时候能修好",
        "第一条：为了加强城市照明管理，保障市民夜间出行",
        "来信内容：夜间出行存在安全隐患",
    ],
)
def test_a_text_row_over_the_rule_stays(row: str) -> None:
    art = _run(_reply(row)).articles[0]
    assert row in art.text
    assert art.meta.get("published") == "2022-03-20"


@pytest.mark.parametrize("row", ["依据文件：某某市城市照明管理办法", "引用條文：某某條例第九條"])
def test_a_reference_row_over_the_rule_is_the_blocks(row: str) -> None:
    art = _run(_reply(row)).articles[0]
    assert row not in art.text
    assert art.meta.get("references") == row.split("：", 1)[1]


def test_block_field_reads_only_named_labels() -> None:
    got = block_field("适用法规：某某办法第三条", META.field_of)
    assert got == {"references": "某某办法第三条"}
    assert block_field("第十二条：某某", META.field_of) is None
    assert block_field("问题描述：某某", META.field_of) is None


# ---- 3. a tag or a model over a title, an unread byline


@pytest.mark.parametrize(
    ("code", "byline"),
    [
        ("H5N1", "某某疾控中心　2022-11-03　发布"),
        ("RTX4090", "某某电脑专营店 · 2023年1月6日发布"),
        ("Wi-Fi7", "某某通信研究院　2024-02-09　发布"),
        ("SARS-CoV-2", "某某卫生委员会　2021-08-15　印发"),
    ],
)
def test_a_tag_or_model_over_the_title_stays(code: str, byline: str) -> None:
    title = "关于近期有关情况的说明"
    got = _run([title, code, title, byline, P1, P2, P3])
    art = got.articles[0]
    assert "doc_number" not in art.meta
    assert code in art.text and byline in art.text


def test_a_coded_title_with_an_unread_issuer_keeps_its_byline() -> None:
    title = "关于某某街区停车收费调整的决定"
    byline = "小编阿明　2021-05-06　发布"
    art = _run([title, "JT2021-0088", title, byline, P1, P2, P3]).articles[0]
    assert byline in art.text or "小编阿明" in str(art.meta)


def test_read_whole() -> None:
    assert read_whole("某某局　2020-01-02", {"issuer": "某某局", "published": "2020-01-02"})
    assert not read_whole("某某局　2020-01-02", {"published": "2020-01-02"})
    assert not read_whole(
        "某某局　某某科　2020-01-02", {"issuer": "某某局", "published": "2020-01-02"}
    )


# ---- the shared deletion path: a row asked as metadata that reads no field stays

LOG = [
    "上午到达泵站后先检查了进水口的滤网，清理出大量枯枝和塑料袋，随后测试了电机的绝缘电阻。",
    "下午更换了两只老化的阀门密封圈，试运行一小时未见渗漏，记录表已交站长签字存档。",
]


@pytest.mark.parametrize(
    "rows",
    [
        ("地点：东坡水站｜班次：早班", "地点：西坡水站｜班次：晚班"),
        ("站点：东坡　天气：小雪", "站点：西坡　天气：晴"),
        ("区域：一号泵房｜工单：未结", "区域：二号泵房｜工单：已结"),
    ],
)
def test_a_log_row_read_as_nothing_stays(rows: tuple[str, str]) -> None:
    page = ["2023年3月2日　星期四　小雪", "检修东坡泵站", rows[0], *LOG, ""]
    page += ["2023年3月5日　星期日　晴", "巡查西坡泵站", rows[1], *LOG[::-1]]
    got = _run(page)
    assert "\n".join(a.text for a in got.articles).count("：") >= 4
    for row in rows:
        assert any(row in a.text for a in got.articles), row


def test_a_log_row_read_as_its_writer_goes() -> None:
    """Look-alike: a row the reader reads (a writer) is metadata and leaves the text."""
    rows = ("地点：东坡水站｜记录：某甲（技师）", "地点：西坡水站｜记录：某乙（技师）")
    page = ["2023年3月2日　星期四　小雪", "检修东坡泵站", rows[0], *LOG, ""]
    page += ["2023年3月5日　星期日　晴", "巡查西坡泵站", rows[1], *LOG[::-1]]
    got = _run(page)
    assert [a.meta.get("author") for a in got.articles] == ["某甲", "某乙"]
    assert not any(row in a.text for a in got.articles for row in rows)
