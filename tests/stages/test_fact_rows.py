"""A short page's own facts are never deleted by the line model's guess (fact_rows).

The class: a short notice whose facts stand in one row of labelled cells under its
sentence (times, dates, ranges, phone numbers, house numbers), shaped like a site's info
bar; and a list of the page's own rows opened by one label and numbered in order.  The
model's soft guess keeps them and flags them.  Look-alikes: a metadata bar (publish date,
views) on a short page, rule-claimed chrome, the same row on a long page.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.fact_rows import fact_row, numbered_labels, short_page_guard


def _run(text: str) -> tuple[str, list[str]]:
    res = Pipeline().process(RawInput("p.txt", text.encode("utf-8")))
    body = "\n".join(a.text for a in res.articles)
    return body, [c.rule for c in res.changes]


LEAD = "为保障夏季用电安全，供电所将对东区线路进行检修，检修期间暂停供电，请用户提前安排。"


@pytest.mark.parametrize(
    ("title", "lead", "row"),
    [
        (
            "期末补考安排",
            "本学期期末补考即将开始，请需要补考的同学按时到场，并携带学生证和考试用具。",
            "考试日期：7月2日　　考场：教学楼A201　　报到时间：8:15",
        ),
        (
            "燃气表更换通知",
            "物业将配合燃气公司为各户免费更换智能燃气表，届时请家中留人并配合入户。",
            "更换日期：9月20日至9月22日 | 联络人手机：13912345678",
        ),
        (
            "儿科夜间门诊开通",
            "为方便患儿家长就诊，本院儿科自本月起开设夜间门诊，欢迎有需要的家长前来就诊。",
            "就诊时间\t18:00-22:00",
        ),
        (
            "东区停电检修公告",
            LEAD,
            "停电时段：6月12日9:00-15:30\u3000｜\u3000影响区域：东区3-8号楼",
        ),
    ],
)
def test_a_short_notices_fact_row_is_kept(title: str, lead: str, row: str) -> None:
    body, rules = _run(f"{title}\n\n{lead}\n{row}\n")
    assert row.split("\t")[-1].split("｜")[-1].strip() in body
    assert "boilerplate.line_model" not in rules


def test_a_metadata_bar_on_a_short_page_still_goes() -> None:
    bar = "发布时间：2021-06-10\u3000｜\u3000浏览次数：126"
    body, rules = _run(f"东区停电检修公告\n\n{LEAD}\n{bar}\n")
    assert "浏览次数" not in body and "boilerplate.line_model" in rules


def test_rule_chrome_under_a_short_notice_still_goes() -> None:
    foot = "上一篇：关于路灯维修的通知\n下一篇：关于绿化养护的通知\n分享到：微信\u3000微博\n"
    body, _ = _run(f"东区停电检修公告\n\n{LEAD}\n{foot}")
    assert "上一篇" not in body and "分享到" not in body and LEAD in body


def test_fact_row_shapes() -> None:
    none = lambda _: None  # noqa: E731
    assert fact_row("报名时间：5月1日-5月10日 ｜ 报名地点：体育馆2号门", none)
    assert fact_row("截止时间\t17:30", none)
    assert not fact_row("报名方式：到场登记", none)  # no specific value
    assert not fact_row("下载地址：https://example.com/a-1", none)  # an address
    assert not fact_row("因线路检修，9:00-15:30停电。", none)  # a sentence, no cell
    published = lambda x: "published" if x == "发布时间" else None  # noqa: E731
    assert not fact_row("发布时间：2021-06-10 ｜ 停电时段：9:00-12:00", published)


def test_the_guard_holds_on_short_pages_only() -> None:
    row = "停电时段：6日9:00-12:00"
    short = ["停电通知", "", LEAD, row]
    assert short_page_guard(short, set(), {3}, lambda _: None) == {3}
    long = [*(f"第{k}段正文，内容另有安排。" for k in range(8)), row]
    assert short_page_guard(long, set(), {8}, lambda _: None) == set()


def test_a_numbered_list_under_one_label_is_the_pages() -> None:
    page = ["正文。", "资料｜1.课题申请书", "资料｜2.经费预算表", "资料｜3.汇总清单", "版权所有"]
    assert numbered_labels(page) == {1, 2, 3}
    assert short_page_guard(page, {4}, {2, 3}, lambda _: None) == {2, 3}
    # look-alikes: numbers out of order, different labels, one row alone
    assert numbered_labels(["资料｜1.甲", "资料｜3.乙"]) == set()
    assert numbered_labels(["资料｜1.甲", "附表｜2.乙"]) == set()
    assert numbered_labels(["正文。", "资料｜1.甲"]) == set()


@pytest.mark.parametrize("label", ["资料", "附表", "材料"])
def test_a_numbered_list_under_chrome_is_kept(label: str) -> None:
    rows = [f"{label}｜1.课题申请书", f"{label}｜2.经费预算表", f"{label}｜3.汇总清单"]
    page = [
        "关于征集年度课题的通知", "", "各学院：",
        "现启动年度课题征集工作，请各学院组织教师认真填报，并于规定日期前报送科研处。",
        "", "科研处", "2022年4月1日", "【打印本页】【关闭窗口】", *rows, "主办单位：某某大学科研处",
    ]  # fmt: skip
    body, _ = _run("\n".join(page) + "\n")
    assert all(r in body for r in rows) and "打印本页" not in body
