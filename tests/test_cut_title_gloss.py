"""A page ``<title>`` that cuts the headline with a cut mark and then glosses it at length
(its source, its number: ``题干…_某年某考试第5题_某站``), the whole headline being the page's
``<h1>``, even when it ends like a sentence (a question's stem).  Invented text."""

from __future__ import annotations

import pytest

from cleaner.stages.dressed_title import page_title_over_h1
from cleaner.stages.split_titles import PageHints
from cleaner.stages.split_titles_cut import complete_cut

CASES = [
    # an exam bank: the stem ends '（　）。', the gloss names the paper and the number
    (
        "关于候鸟迁徙的说法，下…_2016年滨海县招聘教师考试《综合知识》第31题_真题_学海题库",
        "关于候鸟迁徙的说法，下…_2016年滨海县招聘教师考试《综合知识》第31题",
        "关于候鸟迁徙的说法，下列正确的是（　）。",
    ),
    # a recipe forum: '...' and ' | ' parts, the gloss a long board name
    (
        "老面馒头发酵总是失败...｜家常面点交流区第二分版精华帖 | 灶台网",
        "老面馒头发酵总是失败...｜家常面点交流区第二分版精华帖",
        "老面馒头发酵总是失败，是水温的问题吗。",
    ),
    # English, spaced dashes, a gloss with spaces
    (
        "Why the old ferry stopped... - Question 12 of the 2019 County Civics Paper",
        "Why the old ferry stopped... - Question 12 of the 2019 County Civics Paper",
        "Why the old ferry stopped running in winter.",
    ),
]


@pytest.mark.parametrize(("page_title", "cleaned", "h1"), CASES)
def test_cut_title_completed_from_h1(page_title: str, cleaned: str, h1: str) -> None:
    body = [page_title, "单选题　｜　第3题", h1, "A．甲", "B．乙"]
    assert complete_cut(cleaned, body, heading=h1) == h1
    hints = PageHints(title=page_title, h1=" ".join(h1.split()))
    assert page_title_over_h1(page_title, h1, hints)


@pytest.mark.parametrize(("page_title", "cleaned", "h1"), CASES[:2])
def test_paragraph_not_the_h1_stays(page_title: str, cleaned: str, h1: str) -> None:
    """Look-alike: the line that opens with the stem and ends like a sentence is a
    paragraph, not the declared heading: the title stays as cleaned, the line stays.
    (An English line ending in '.' is judged as before: by its length only.)"""
    body = [page_title, "另一个标题", h1, "正文。"]
    assert complete_cut(cleaned, body, heading="另一个标题") == cleaned
    hints = PageHints(title=page_title, h1="另一个标题")
    assert not page_title_over_h1(page_title, h1, hints)


def test_gloss_without_cut_mark_untouched() -> None:
    """Look-alike: a long part after a separator with no cut mark before it is no gloss
    of a cut title: nothing is completed."""
    body = ["某县修桥_2016年某县政府工作报告第3条", "某县修桥工程进展顺利的说明"]
    title = "某县修桥_2016年某县政府工作报告第3条"
    assert complete_cut(title, body, heading=body[1]) == title


def test_rows_under_a_cut_copy_read() -> None:
    """The page's cut <title> over the whole stem, a bare row of cells under the stem:
    the row is the item's metadata (its date), whatever the stem's punctuation."""
    from cleaner.stages.split_meta import MetaParser

    m = MetaParser()
    for page_title, stem, row, day in [
        (
            "关于候鸟迁徙的说法，下…_2016年滨海县招聘教师考试第31题_学海题库",
            "关于候鸟迁徙的说法，下列正确的是（　）。",
            "判断题 ｜ 2016年滨海县招聘教师考试 ｜ 第31题 ｜ 发布于2019年3月4日",
            "2019-03-04",
        ),
        (
            "老面馒头发酵总是失败...｜家常面点交流区 | 灶台网",
            "老面馒头发酵总是失败，是水温的问题吗？",
            "精华帖　·　家常面点交流区　·　2020-11-02",
            "2020-11-02",
        ),
        (
            "下面哪一项不属于…-第5题-某某考试网",
            "下面哪一项不属于可再生能源（　）。",
            "多选题 | 第5题 | 更新于 2021.07.15",
            "2021-07-15",
        ),
    ]:
        lines = [page_title, stem, row, "材料：某地区近五年的用电量持续增长，增幅逐年扩大。"]
        got = m.meta_block(lines, list(range(len(lines))))
        assert got and got[0][0] == [2] and got[0][1].get("published") == day, got


def test_no_row_under_an_uncut_sentence() -> None:
    """Look-alike: the line over the sentence is not a cut copy of it (another stem),
    so the sentence is no title and the row under it is not read as its metadata."""
    from cleaner.stages.split_meta import MetaParser

    lines = [
        "关于潮汐的说法…_2016年某考试第2题_某题库",
        "关于候鸟迁徙的说法，下列正确的是（　）。",
        "判断题 ｜ 2016年滨海县招聘教师考试 ｜ 第31题 ｜ 发布于2019年3月4日",
        "材料：某地区近五年的用电量持续增长，增幅逐年扩大。",
    ]
    assert MetaParser().meta_block(lines, list(range(len(lines)))) == []


def test_collection_date_labels_and_source_cell() -> None:
    """'收录时间', '题目收录时间', '收录日期': the day an item went into the bank, its publish
    date; a source's value ends at its wide gap (the item's number after it)."""
    from cleaner.stages.split_meta import MetaParser

    m = MetaParser()
    for row, origin, day in [
        (
            "试题出处：2015年某市联考《申论》　第3题　｜　收录时间：2022-01-09",
            "2015年某市联考《申论》",
            "2022-01-09",
        ),
        (
            "来源：某某大学期末试卷　第12题　　题目收录时间：2019年5月6日",
            "某某大学期末试卷",
            "2019-05-06",
        ),
        (
            "题目来源：某区模拟卷（二）　第7题　｜　收录日期：2020/10/01",
            "某区模拟卷（二）",
            "2020-10-01",
        ),
    ]:
        got = m.shaped_row(row, near_title=True)
        assert got is not None and got.get("origin") == origin and got.get("published") == day, got
    # look-alike: a deadline is no publish date; a source without a wide gap stays whole
    got = m.shaped_row("来源：某某晚报记者站　｜　截止日期：2020-10-01", near_title=True)
    assert got is None or "published" not in got
    got = m.shaped_row("来源：某某 晚报　｜　发布时间：2020-10-01", near_title=True)
    assert got is not None and got.get("origin") == "某某 晚报"
