"""A title line printed with a timestamp glued on (issue 12, stamp18), in wordings of
its own: the repair cuts the stamp, the split still knows the line for the site's dressed
title (:mod:`cleaner.stages.stamped_title`) and keeps no copy of it in the text; a body
line whose stamp was cut, and a bare title line, stay.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


VARIANTS = [
    # single-digit month, day and hour, a row of date and origin under it
    ("松溪镇新修三座便民桥", "2019-3-5 8:07", "2019年3月5日　来源：松溪晚报"),
    # a space before the stamp, seconds, a title closing on a book-title mark
    ("《山歌集》再版发行", " 2020-11-30 23:59:59", "发布时间：2020-11-30　作者：柳青"),
    # a title closing on a parenthesis, a site menu over it, an editor row under the text
    ("湖畔图书馆延长开放时间（试行）", "2022-07-01 18:30", "来源：北岸日报　编辑：石川"),
]


@pytest.mark.parametrize(("title", "stamp", "row"), VARIANTS)
def test_stamped_title_line_is_no_line_of_the_text(title: str, stamp: str, row: str) -> None:
    res = _run(["某某网首页 | 新闻 | 图片", "", title + stamp, row, "", P1, P2, P3])
    [art] = res.articles
    assert art.title == title
    lines = [ln.strip() for ln in art.text.split("\n") if ln.strip()]
    assert title not in lines  # the dressed copy went, not kept as a bare line
    assert lines[0] == P1 and P3 in lines
    gone = [c for c in res.changes if c.rule == "split.dressed_title"]
    assert [c.before.strip() for c in gone] == [title]  # on the record


def test_body_line_with_a_cut_stamp_stays() -> None:
    # look-alike: the stamp is cut off a dated line of the text, not off the title
    body = "报名通道将于本周五关闭，逾期不再受理2022-07-01 18:30"
    res = _run(["湖畔图书馆延长开放时间", "来源：北岸日报　编辑：石川", "", P1, body, P2])
    [art] = res.articles
    text = art.text
    assert "报名通道将于本周五关闭，逾期不再受理" in text
    assert P1 in text and P2 in text
    assert not [c for c in res.changes if c.rule == "split.dressed_title"]


def test_bare_title_line_without_stamp_stays() -> None:
    # look-alike: the same page with a bare title line: nothing tells it dressed
    head = ["某某网首页 | 新闻 | 图片", "", "松溪镇新修三座便民桥", "来源：松溪晚报", ""]
    res = _run([*head, P1, P2])
    assert not [c for c in res.changes if c.rule == "split.dressed_title"]


def test_bare_copy_over_the_stamped_line_is_left_to_the_repeated_title() -> None:
    # look-alike: the bare title stands over its stamped copy; the bare line is no
    # stamped line, so the repeated-title step (not this one) keeps one of the two
    title = "松溪镇新修三座便民桥"
    res = _run(["第一篇：" + title, "", title, "", title + "2019-3-5 8:07", "", P1, P2, P3])
    assert not [c for c in res.changes if c.rule == "split.dressed_title"]
    lines = [ln.strip() for a in res.articles for ln in a.text.split("\n")]
    assert lines.count(title) <= 1 and P1 in lines
