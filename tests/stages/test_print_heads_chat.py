"""A chat log's speaker lines are no print headers (review18 #2).

A page printed from a browser repeats its first line (a print stamp, a wide gap, the
document's title and the site's name) where each sheet turned; :func:`sheet_marks`
deletes those copies.  A chat log opens with a speaker line (a stamp and a name) that a
speaker repeats exactly when writing twice in a minute: a stamp alone, without a title
and a site's name, a footer beside it or a page number over it, proves no sheet.  Every
word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.print_heads import print_head, sheet_marks


def _run(text: str):  # type: ignore[no-untyped-def]
    return Pipeline(PipelineConfig()).process(RawInput(source="c.txt", data=text.encode()), 0)


def _chat(first: str, other: str) -> str:
    return "\n".join(
        [
            first,
            "周末的义卖摊位还差两张桌子",
            "",
            first,
            "我去仓库看看有没有折叠桌",
            "",
            other,
            "仓库钥匙在门卫那里",
            "",
            first,
            "好，拿到了跟大家说一声",
            "",
        ]
    )


SPEAKERS = [
    # ISO date, one space, a bare name
    ("2023-09-01 10:05 张三", "2023-09-01 10:06 李四"),
    # slashes, seconds, a wide gap, a bare name
    ("2022/4/17 19:30:12　　王小禾", "2022/4/17 19:31:40　　赵一苇"),
    # dots, two spaces, a name with a role in brackets
    ("2024.03.15 21:40  林青（群主）", "2024.03.15 21:41  宋远"),
]


@pytest.mark.parametrize(("first", "other"), SPEAKERS)
def test_repeated_speaker_lines_of_a_chat_are_kept(first: str, other: str) -> None:
    text = _chat(first, other)
    assert list(sheet_marks(text)) == []
    r = _run(text)
    body = "\n".join(a.text for a in r.articles)
    assert "我去仓库看看有没有折叠桌" in body and "好，拿到了跟大家说一声" in body
    assert not [c for c in r.changes if c.rule == "repair.page_mark"]
    # repair keeps every speaker line (the split may read the first as a byline)
    assert (
        body.count(first)
        + sum(c.before.count(first) for c in r.changes if c.rule == "split.meta_header")
        == 3
    )


@pytest.mark.parametrize(
    "head",
    [
        "2021-11-02 08:15  某局年度工作报告 | 某局门户网站",
        "2022.5.6 14:03:22　某镇春耕简报_某镇政务网",
        "2020/12/1 7:05　　关于调整公交线路的说明 — 某市交通网",
    ],
)
def test_a_print_header_copy_between_paragraphs_goes(head: str) -> None:
    assert print_head(head)
    text = f"{head}\n第一段写完了。\n\n{head}\n\n第二段也写完了。\n"
    got = [text[e.start : e.end] for e in sheet_marks(text)]
    assert got == [head, head]


def test_a_speaker_line_under_a_page_number_goes() -> None:
    # a page number over the copy is proof enough, stamp or none
    head = "2023-09-01 10:05 张三"
    text = f"{head}\n第一段写完了。\n\n第2页\n{head}\n\n第二段也写完了。\n"
    got = [text[e.start : e.end] for e in sheet_marks(text, lambda s: s == "第2页")]
    assert got == [head, head]
