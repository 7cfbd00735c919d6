"""A page's writers over its editor (realpages4): a writer's slash credit listing several
names (``执笔／某甲、某乙&某丙``) and a stamp row under the title naming the same writers
(``2021-03-09 08:15 某甲 某乙 某丙``) are byline rows (metadata, out of the text, on the
record) and name the author; an editor's credit (``责编：某某``) names it only where no
writer is named.  Look-alikes stay text.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

TITLE = "快评：河湾新桥今天合龙，沿线村民盼了十几年"
BODY = [
    "上午十点，随着最后一段钢箱梁吊装到位，河湾新桥主桥顺利合龙，比原计划提前了二十天。",
    "沿线几个村的村民早早赶到河堤上，有人举着手机拍下了合龙的那一刻，现场掌声一片。",
    "施工方介绍，大桥预计年底通车，届时两岸往返的车程将从四十分钟缩短到十分钟以内。",
]
WRITERS = "柯小川、汤一舟、罗晚风"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _split_removed(res) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.before.strip() for c in res.changes if c.stage == "split" and c.before.strip()]


@pytest.mark.parametrize(
    "head",
    [
        ["责编：周小禾", "2021-03-09 08:15 柯小川 汤一舟 罗晚风", "执笔/柯小川、汤一舟&罗晚风"],
        ["2021-03-09 08:15 柯小川 汤一舟 罗晚风", "执笔／柯小川、汤一舟＆罗晚风", "责编：周小禾"],
        ["执笔/柯小川、汤一舟&罗晚风", "2021年3月9日　罗晚风　柯小川　汤一舟"],
    ],
)
def test_stamp_and_credit_name_the_writers_over_the_editor(head: list[str]) -> None:
    res = _run([TITLE, *head, *BODY])
    [art] = res.articles
    assert art.meta.get("author") == WRITERS
    assert art.meta.get("published") == "2021-03-09"
    removed = _split_removed(res)
    for row in head:
        assert row not in art.text
        assert row in removed  # on the record: the page rebuilds
    for line in BODY:
        assert line in art.text


def test_editor_in_the_foot_loses_to_the_writers_at_the_head() -> None:
    res = _run([TITLE, "执笔/柯小川、汤一舟&罗晚风", *BODY, "责任编辑：周小禾"])
    [art] = res.articles
    assert art.meta.get("author") == WRITERS


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (["责任编辑：周小禾", "记者：柯小川"], "柯小川"),
        (["责编：周小禾", "执笔：柯小川"], "柯小川"),
        (["编辑：周小禾", "文/柯小川"], "柯小川"),
    ],
)
def test_writer_row_goes_over_an_editor_row_read_before_it(head: list[str], name: str) -> None:
    res = _run([TITLE, *head, *BODY])
    [art] = res.articles
    assert art.meta.get("author") == name


def test_editor_alone_is_still_the_author() -> None:
    res = _run([TITLE, "责编：周小禾", *BODY])
    [art] = res.articles
    assert art.meta.get("author") == "周小禾"


@pytest.mark.parametrize(
    "stamp",
    [
        "2021-03-09 08:15 柯小川 汤一舟",  # names no credit lists
        "2021-03-09 08:15 河湾镇 柯小川",  # a place among the names
    ],
)
def test_stamp_naming_other_words_than_the_credit_stays_text(stamp: str) -> None:
    res = _run([TITLE, stamp, "执笔/柯小川", *BODY])
    [art] = res.articles
    assert stamp in art.text
    assert stamp not in _split_removed(res)
    assert "汤一舟" not in art.meta.get("author", "")
    assert "published" not in art.meta


def test_stamp_with_names_and_no_credit_stays_text() -> None:
    stamp = "2021-03-09 08:15 柯小川 汤一舟"
    res = _run([TITLE, stamp, *BODY])
    [art] = res.articles
    assert stamp in art.text
    assert "author" not in art.meta


@pytest.mark.parametrize(
    "line",
    [
        "执笔/柯小川、河湾镇政府",  # a body in the list
        "文/柯小川、您好",  # a greeting
    ],
)
def test_slash_credit_listing_no_persons_stays_text(line: str) -> None:
    res = _run([TITLE, line, *BODY])
    [art] = res.articles
    assert line in art.text
    assert "author" not in art.meta
