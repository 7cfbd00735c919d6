"""A header that heads no text is no header, and a page never splits into nothing
(:func:`cleaner.stages.split_crosscheck.bodiless`, ``split.kept_whole``).

A one-line record opening with a compilation's numbering (``第一篇…``, ``篇一：…``) is that
record's text; a header with nothing under it inside a compilation stays the text of the
piece before it; a page of nothing but a metadata row is kept as its text.  Look-alikes:
a compilation whose every header heads text splits as before.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.split import SplitStage


def _run(text: str) -> tuple[list[tuple[str, str]], list[str], Editor]:
    ed = Editor("p", text)
    drafts = SplitStage()(ed)
    return [(d.title, d.text) for d in drafts], [c.rule for c in ed.changes], ed


@pytest.mark.parametrize(
    "line",
    [
        "第一篇游记写的是河边的柳树。",
        "第一篇：湖畔晨跑的见闻",
        "篇一：我们学校的图书角",
        "【篇一】山村小学的新操场",
        "范文一：给远方笔友的一封信",
    ],
)
def test_one_line_record_is_its_own_text(line: str) -> None:
    got, rules, ed = _run(line)
    assert [t for _, t in got] == [line]
    assert "split.article_header" not in rules
    assert "split.crosscheck.bodiless" in rules
    assert rebuild(ed.text, ed.changes) == line


def test_header_with_nothing_under_it_stays_the_text_before() -> None:
    text = (
        "第一篇 春日\n春天的柳枝发了新芽，河面上的冰也化开了。\n"
        "第二篇 夏夜\n"
        "第三篇 秋风\n秋风吹过稻田，田埂上的孩子追着蜻蜓跑。\n"
    )
    got, rules, ed = _run(text)
    assert [t for t, _ in got] == ["春日", "秋风"]
    assert got[0][1].endswith("第二篇 夏夜")  # kept, not deleted as a header
    assert "split.crosscheck.bodiless" in rules
    assert rebuild(ed.text, ed.changes) == text


def test_first_header_with_nothing_under_it_stays_over_the_first_piece() -> None:
    text = "第一篇 春日\n第二篇 夏夜\n夏夜的萤火虫绕着院子里的葡萄架飞来飞去。\n"
    got, _, ed = _run(text)
    assert "第一篇 春日" in "\n".join(t for _, t in got)
    assert rebuild(ed.text, ed.changes) == text


def test_page_of_a_lone_metadata_row_is_kept_whole() -> None:
    got, rules, _ = _run("发布日期：2031-05-06")
    assert [t for _, t in got] == ["发布日期：2031-05-06"]
    assert "split.kept_whole" in rules


def test_headers_each_over_text_still_split() -> None:
    text = (
        "第一篇 春日\n春天的柳枝发了新芽，河面上的冰也化开了。\n"
        "第二篇 夏夜\n夏夜的萤火虫绕着院子里的葡萄架飞来飞去。\n"
    )
    got, rules, _ = _run(text)
    assert got == [
        ("春日", "春天的柳枝发了新芽，河面上的冰也化开了。"),
        ("夏夜", "夏夜的萤火虫绕着院子里的葡萄架飞来飞去。"),
    ]
    assert "split.crosscheck.bodiless" not in rules
    assert "split.kept_whole" not in rules
