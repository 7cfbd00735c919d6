"""Fixes for the titles the eighteenth blind set (sealed_t_*) got wrong (issue 12, fix12t),
each as a small case in wordings of its own, with look-alikes that stay:

* a row with a header row's shape opening a piece (a date(-time) row with a body's name,
  a short mark ``标记：B``, the bare document number) is never its title while a
  heading-shaped line stands below it: its fields go to ``meta``, the line below is the
  title (:mod:`cleaner.stages.split_lead_rows`);
* a court's case number ``（2021）某01民初3号`` is a document number;
* a section heading repeated on every page of a site (``新的东西　New Things``) stays
  when it stands between a text line and an item of a list;
* a labelled file to download closing the text (``文件下载：某文.pdf``) is a link, read
  into ``meta`` as a labelled URL is;
* a page mark cutting a sentence whose first half holds no comma is left to the
  paragraph join when the line below finishes a short clause and ends the sentence;
* a compilation keyed by ``〔date〕number`` rows: each row is its piece's metadata, the
  heading over it the piece's title (kept as text).

Every word is invented.
"""

from __future__ import annotations

import re

import pytest

from cleaner.stages.page_marks import marks_inside_sentences
from cleaner.stages.repeat_keeps import section_head
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage, split

P1 = "山脚下的水渠今年春天重新修过，渠边种了一排柳树，放水的时候村里人都来看热闹。"
P2 = "修渠的钱一半是村里凑的，一半是镇上补的，账目贴在村委会门口，谁都可以去看。"


def test_date_row_with_body_over_title_is_metadata() -> None:
    arts = split(["2022-04-02 08:15　某某县水文站", "某某县水文站发布枯水蓝色预警", P1, P2])
    assert len(arts) == 1
    assert arts[0].title == "某某县水文站发布枯水蓝色预警"
    assert arts[0].meta.get("published") == "2022-04-02"
    assert arts[0].meta.get("issuer") == "某某县水文站"
    assert "08:15" not in arts[0].text
    assert P1 in arts[0].text


def test_mark_and_number_rows_over_title_are_metadata() -> None:
    arts = split(["分类标记：B", "某水复〔2020〕7号", "关于修缮村东水渠的答复", P1, P2])
    assert arts[0].title == "关于修缮村东水渠的答复"
    assert arts[0].meta.get("doc_number") == "某水复〔2020〕7号"
    assert "分类标记" not in arts[0].text


@pytest.mark.parametrize(
    "lines",
    [
        # a mark over a sentence: no heading below, the mark stays
        ["分类标记：B", P1, P2],
        # a date and a person's words: no body's name, not a header row
        ["2022-04-02 他说要去看水渠", "某某县水文站发布枯水蓝色预警", P1],
        # a label with a long value is a line of the text
        ["注意：渠边路滑请绕行", "某某县水文站发布枯水蓝色预警", P1],
    ],
)
def test_lookalike_rows_stay(lines: list[str]) -> None:
    arts = split(lines)
    assert lines[0] in arts[0].text or arts[0].title == lines[0]


def test_case_number_is_doc_number() -> None:
    m = MetaParser()
    assert m.doc_number("（2022）某0105民初88号") == "（2022）某0105民初88号"
    assert m.doc_number("(2019)某01刑终7号") == "(2019)某01刑终7号"
    assert m.doc_number("（2022）渠边的事") is None


def test_compilation_keyed_by_dated_number_rows() -> None:
    page = [
        "排期一览",
        "甲某诉乙某相邻关系纠纷案",
        "〔2022-04-02〕（2022）某0105民初88号",
        P1,
        "丙某诉丁某排水纠纷案",
        "〔2022-03-30〕（2022）某0105民初61号",
        P2,
    ]
    arts = split(page)
    assert [a.title for a in arts] == ["甲某诉乙某相邻关系纠纷案", "丙某诉丁某排水纠纷案"]
    assert arts[0].meta.get("doc_number") == "（2022）某0105民初88号"
    assert arts[1].meta.get("published") == "2022-03-30"
    assert arts[0].text.splitlines()[0] == "甲某诉乙某相邻关系纠纷案"  # the title stays text
    assert P1 in arts[0].text and P2 in arts[1].text


def test_dated_rows_with_titles_are_not_moved() -> None:
    # '〔date〕title' headers with a real title: the header's title stays
    page = ["汇编", "〔2022-04-02〕修渠的事", P1, "〔2022-03-30〕种柳的事", P2]
    titles = [a.title for a in split(page)]
    assert "甲某" not in "".join(titles)
    assert all(not t.startswith("（") for t in titles)


@pytest.mark.parametrize("name", ["sealed_t_kaiting", "sealed_t_yujing", "sealed_t_jianyi"])
def test_set_t_titles_floor(name: str) -> None:
    f = family_figures(name)
    assert f["titles"] >= 0.99, f
    assert f["metadata"] >= 0.99, f


# ---- a section heading repeated on every page of a site, over the text's items


def _release(n: int) -> list[str]:
    return [
        "某某助手 帮助中心",
        f"第{n}版的说明写在这里，这一版改了很多地方，请大家更新到最新的版本。",
        "This release changes many things, please update to the newest one.",
        "新的东西　New Things",
        f"◎第{n}版可以把语音转成文字了，支持的语言还会越来越多，准确率也会提高。",
        f"◎第{n}版的同步更快了，在不同的设备之间切换的时候不用再等很久了。",
        "扫码关注　Follow Us",
        "版权所有 某某软件公司",
    ]


def test_repeated_section_heading_over_items_stays() -> None:
    pages = [_release(n) for n in range(1, 7)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert "新的东西　New Things" in out
    assert "扫码关注　Follow Us" not in out  # repeated, no item under it: chrome


def test_section_head_shape() -> None:
    rows = ["正文第一句写到这里。", "新的东西　New Things", "◎第二句写到这里，还有很多很多。"]
    assert section_head(rows, 1, {1: 0}, {})
    assert not section_head(rows, 1, {1: 0, 0: 0}, {})  # chrome above it
    plain = [rows[0], rows[1], "第二句写到这里，还有很多很多的话要说。"]
    assert not section_head(plain, 1, {1: 0}, {})  # no item under it


# ---- a file to download named under its label, closing the text


def test_download_file_row_closing_text_is_a_link() -> None:
    arts = split(["关于修缮村东水渠的答复", P1, P2, "文件下载：某水复〔2020〕7号.pdf"])
    assert "文件下载" not in arts[0].text
    assert arts[0].meta.get("link") == "某水复〔2020〕7号.pdf"
    assert P2 in arts[0].text


def test_file_named_in_a_sentence_stays() -> None:
    last = "说明：表格见某水复.pdf，请各村填好后交回"
    arts = split(["关于修缮村东水渠的答复", P1, P2, last])
    assert last in arts[0].text


# ---- a page mark cutting a sentence whose first half holds no comma


def test_mark_cutting_a_comma_less_first_half_is_left_to_the_join() -> None:
    rx = re.compile(r"^第 ?\d+ ?页 ?共 ?\d+ ?页$")
    page = ["多谢各位乡亲一直以来对村里修渠工作的关", "第 2 页 共 3 页", "心和帮助，欢迎再提意见。"]
    assert marks_inside_sentences(page, [1], rx, 10) == [1]
    # a title over the text's first sentence: the line below opens a clause of its own
    title = [
        "多谢各位乡亲一直以来对村里修渠工作的关心",
        "第 2 页 共 3 页",
        "为了把渠修好，村里开了三次会。",
    ]
    assert marks_inside_sentences(title, [1], rx, 10) == []
