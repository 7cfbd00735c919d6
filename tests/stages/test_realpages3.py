"""Chrome left on real pages, by class (realpages3).  Every line is invented.

* a microblog post's head widgets over its text (visibility tag, client source, edit
  mark, IP location) go, recorded; the same words lower down (a comment's place row), a
  sentence and an information-disclosure label stay;
* a stamp row closed by an IP-location cell is read as the head's date row: the date in
  ``meta``, the row removed and recorded;
* a thread's stats block (counters one a line) goes; a table of the text's own stays;
* the page's title cut short by the site over the text, its title completed from the
  text's heading, goes as a dressed title; a line that goes on after the cut mark stays;
* a way-back link glued after the last sentence of a paragraph is cut, the prose kept;
  a sentence speaking of going back stays whole.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.provenance import rebuild, replay
from cleaner.rules import load_packs
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.dressed_title import cut_title_line
from cleaner.stages.stat_blocks import STAT_BLOCK, stat_blocks

STAGE = BoilerplateStage(load_packs())
PIPE = Pipeline()

TEXT = [
    "今年春天，小区里的老人们终于等来了电梯，施工队三个月就完成了全部工程。",
    "费用按楼层高低分摊，一楼的住户不出钱，二楼以上每层多出一些。",
]


def _clean(lines: list[str]) -> tuple[str, list[Any]]:
    text = "\n".join(lines) + "\n"
    ed = Editor("p", text)
    STAGE(ed)
    assert rebuild(ed.text, ed.changes) == text
    return ed.text, ed.changes


def _page(lines: list[str]) -> tuple[Any, str]:
    text = "\n".join(lines) + "\n"
    raw = RawInput(source="t.txt", data=text.encode("utf-8"), container={"kind": "file"})
    res = PIPE.process(raw)
    assert replay(text, res.changes) == "".join(a.text for a in res.articles)
    return res, text


@pytest.mark.parametrize(
    "widget",
    ["公开", "仅粉丝可见", "来自 某某发布平台专业版", "来自某某客户端", "来自 iPhone 15 Pro",
     "已编辑", "（已编辑）", "IP属地：某省", "IP归属地 某市"],
)  # fmt: skip
def test_post_head_widgets_go(widget: str) -> None:
    out, changes = _clean(["某小区加装电梯的经过", widget, *TEXT])
    assert widget not in out.split("\n")
    assert all(t in out for t in TEXT)
    assert any(
        c.rule == "boilerplate.rule.generic.post_head_widget" and c.before.strip() == widget
        for c in changes
    )


@pytest.mark.parametrize(
    "line", ["主动公开", "依申请公开", "来自北京的客人", "来自某某出版社", "已编辑完成，请审核。"]
)
def test_post_head_look_alikes_stay(line: str) -> None:
    out, _ = _clean(["某小区加装电梯的经过", line, *TEXT])
    assert line in out


def test_widget_words_under_the_text_stay() -> None:
    """A comment's place row under the prose is the comment's (a thread's truth keeps it)."""
    lines = ["某小区加装电梯的经过", *TEXT, "某网友：电梯装得好。", "IP属地：某省", "已编辑"]
    out, _ = _clean(lines)
    assert "IP属地：某省" in out and "已编辑" in out


@pytest.mark.parametrize("gap", [" ", "\u3000", " | "])
def test_stamp_row_with_ip_cell_is_read_and_recorded(gap: str) -> None:
    row = f"发布于 2023-07-06 23:12{gap}IP属地：某省"
    res, _ = _page(["某小区加装电梯的经过", row, *TEXT])
    (art,) = res.articles
    assert art.meta.get("published") == "2023-07-06"
    assert row not in art.text and all(t in art.text for t in TEXT)
    (c,) = [c for c in res.changes if c.before.strip() == row]
    assert c.rule == "split.meta_header" and json.loads(c.ref) == {"published": "2023-07-06"}


def test_name_with_ip_cell_is_no_date_row() -> None:
    res, _ = _page(["某小区加装电梯的经过", "某甲 IP属地：某省", *TEXT])
    (art,) = res.articles
    assert "published" not in art.meta


STATS = ["创建", "21 天", "最后回复", "2 天", "回复", "7", "浏览量", "581", "用户", "链接"]


def test_stats_block_goes() -> None:
    lines = ["某帖的标题", TEXT[0], *STATS, TEXT[1]]
    out, changes = _clean(lines)
    assert all(s not in out.split("\n") for s in STATS)
    assert TEXT[0] in out and TEXT[1] in out
    assert any(c.rule == STAT_BLOCK for c in changes)


@pytest.mark.parametrize(
    "rows",
    [
        ["回复", "7", "浏览", "12", "某项", "3"],  # a word no counter's
        ["创建", "2021", "2022", "回复", "3", "浏览"],  # two figures in a row
        ["回复", "7", "浏览", "12"],  # two labels: a row of the text's table
    ],
)
def test_stats_look_alikes_stay(rows: list[str]) -> None:
    assert stat_blocks(["正文。", *rows, "正文。"]) == []


def test_cut_title_copy_over_the_text_goes() -> None:
    head = "某市新港下月开通！地铁直达免税城"
    lines = ["某市新港下月开通！地铁直达免...", f"本文原标题：《{head}》", *TEXT]
    res, _ = _page(lines)
    (art,) = res.articles
    assert art.title == head
    assert not art.text.startswith("某市新港下月开通！地铁直达免...")
    assert all(t in art.text for t in TEXT)
    gone = [c for c in res.changes if c.rule == "split.dressed_title"]
    assert gone and gone[0].before.startswith("某市新港下月开通！地铁直达免...")


@pytest.mark.parametrize(
    ("line", "title", "steps", "expected"),
    [
        ("某市新港下月开... - @某报的微博 - 微博", "某市新港下月开通", ["completed"], True),
        ("某市新港下月开通…然后", "某市新港下月开通了", ["completed"], False),
        ("某市新港下月开...", "某市新港下月开通", [], False),
        ("某市...", "某市新港下月开通", ["completed"], False),  # too short a stem
        ("另一件事...", "某市新港下月开通", ["completed"], False),
    ],
)
def test_cut_title_line(line: str, title: str, steps: list[str], expected: bool) -> None:
    assert cut_title_line(line, title, steps) is expected


def test_glued_way_back_link_is_cut() -> None:
    last = "可以预见的是，这一行业的整顿仍将持续下去。"
    out, changes = _clean(["某事的标题", TEXT[0], last + "返回某某网首页>>"])
    assert last in out and "返回某某网首页" not in out
    (c,) = [c for c in changes if c.rule == "boilerplate.glued_nav"]
    assert c.before == "返回某某网首页>>"


@pytest.mark.parametrize(
    "line",
    [
        "他说要回到首页重新设计，这件事还没有定下来。",  # its own mark closes it
        "点击“返回首页>>”按钮后，页面就会刷新。",  # the words inside the sentence
        "回到首页",  # no prose before it
    ],
)
def test_going_back_in_a_sentence_stays(line: str) -> None:
    _, changes = _clean(["某事的标题", TEXT[0], line])
    assert not [c for c in changes if c.rule == "boilerplate.glued_nav"]
