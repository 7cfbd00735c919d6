"""Dated rows that are spans of days (``2024.10.03 — 2025.01.31``: an exhibition's run,
a campaign's period) split a page as dated headers (``keyed:date``) whose "title" is a
date again: the row is a fact under its piece's title, no title line, so it proves nothing
of the page's head.  The lines above the first row (the first piece's title among them)
stay over the first piece's text, never deleted as page head: the titles echoing one
another above the rows head the pieces (``split.crosscheck.untitled``; with no such
titles the head is kept, ``split.prefix_kept``); a dated run with real titles still drops
the page's head.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage

BODIES = [
    (
        "青瓷雅集——越窑瓷器展",
        "本馆将在三号厅举办越窑瓷器展，遴选碗盘壶罐等器物八十余件，展示越窑青瓷的烧造工艺。",
        "展览配有语音导览，观众可扫码收听重点展品讲解，周末另设手作体验课程。",
    ),
    (
        "纸墨流芳——近代书札展",
        "本馆将在五号厅举办近代书札展，展出信札手稿一百二十余通，呈现文人往来与交游。",
        "展厅设置了放大阅读区，观众可细看笔迹与印鉴，展期内每周六有专家讲座。",
    ),
    (
        "河谷遗珍——早期陶器特展",
        "本馆将在二号厅举办早期陶器特展，汇集彩陶黑陶等器物一百余件，讲述河谷先民的生活。",
        "展览分为四个单元，配套推出亲子工作坊，观众须提前实名预约参观。",
    ),
]

SPANS = {
    "dots": ["2031.03.02 — 2031.06.30", "2031.03.18 — 2031.07.15", "2031.04.01 — 2031.08.01"],
    "dashes": ["2031-03-02 - 2031-06-30", "2031-03-18 - 2031-07-15", "2031-04-01 - 2031-08-01"],
    "slashes": ["2031/3/2 ｜ 2031/6/30", "2031/3/18 ｜ 2031/7/15", "2031/4/1 ｜ 2031/8/1"],
}


def _page(spans: list[str]) -> list[str]:
    lines = ["某市博物馆展览月报", "2031-02-20 发布　｜　宣教部"]
    for (title, *body), span in zip(BODIES, spans, strict=True):
        lines += [title, span, *body, ""]
    return lines


def _run(lines: list[str]) -> tuple[str, list[str], list[str]]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    return "\n".join(d.text for d in drafts), [c.rule for c in ed.changes], [d.text for d in drafts]


@pytest.mark.parametrize("kind", sorted(SPANS))
def test_the_first_title_over_span_rows_is_kept(kind: str) -> None:
    text, rules, drafts = _run(_page(SPANS[kind]))
    assert len(drafts) == 3
    assert BODIES[0][0] in drafts[0]  # the first piece's title: not deleted as page head
    # the titles over the span rows echo one another: the split's crosscheck moves each
    # cut up to its title (split_crosscheck), which then heads its piece
    assert "split.crosscheck.untitled" in rules
    assert all(title in d for (title, *_), d in zip(BODIES, drafts, strict=True))
    for _, *body in BODIES:
        for line in body:
            assert line in text


def test_a_dated_run_with_titles_still_drops_the_head() -> None:
    lines = ["某市博物馆展览月报", "本期导读"]
    for day, (title, *body) in zip(("2031-03-02", "2031-03-18", "2031-04-01"), BODIES, strict=True):
        lines += [f"{day}｜{title}", *body, ""]
    text, rules, drafts = _run(lines)
    assert len(drafts) == 3
    assert "split.prefix_kept" not in rules
    assert "某市博物馆展览月报" not in text
