"""A row of labelled cells parted by a slash between wide gaps under a title (metaread4):
``统计口径：含税　／　数据截至次日 02:00　／　执笔：某某`` reads as the same row parted by
bars does (a writer's cell among cells no table names gives the author) and leaves the
text, on the record.  Look-alikes stay text: cells parted by slashes with no label a
table names, and a row of words with no label at all.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

TITLE = "周末三部新片齐上映，院线单日票房再创新高"
BODY = [
    "营业日3月9日（星期六），枫岭院线旗下42家影城共放映3860场，接待观众5.2万人次，票房同比上涨12%。",
    "从单片看，动画新片的家庭观众占比持续走高，午夜场上座率也有明显回升。",
]


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("统计口径：含服务费　／　数据截至次日 02:00　／　执笔：韦一帆", "韦一帆"),
        ("数据来源：院线售票系统  /  口径：不含服务费  /  记者：孙若岚", "孙若岚"),
        ("版次：第3版　／　执笔：柯明远", "柯明远"),
    ],
)
def test_slash_parted_row_under_the_title_gives_its_writer(row: str, name: str) -> None:
    res = _run([TITLE, row, *BODY])
    [art] = res.articles
    assert art.meta.get("author") == name
    assert row not in art.text
    assert row in [c.before.strip() for c in res.changes if c.stage == "split"]
    for line in BODY:
        assert line in art.text


@pytest.mark.parametrize(
    "row",
    [
        "口径：含服务费　／　单位：万元",  # labels no table names a field by
        "上午场　／　下午场　／　夜场",  # words, no label
    ],
)
def test_slash_parted_rows_without_a_field_stay_text(row: str) -> None:
    res = _run([TITLE, row, *BODY])
    [art] = res.articles
    assert row in art.text
    assert art.meta.get("author") is None
