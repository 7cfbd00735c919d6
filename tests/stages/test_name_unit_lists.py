"""A headline over a LIST of ``names · unit`` rows (an honours list, a team roster, the
winners of a prize) is no paper over its byline: the first row is text like the rows after
it, not the page's author (invented text).  Look-alike: one such row under a paper's title,
the abstract below it, is still the byline."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline


def _run(title: str, rows: list[str]):  # type: ignore[no-untyped-def]
    body = f"<h1>{title}</h1>\n" + "".join(f"<p>{r}</p>\n" for r in rows)
    head = f'<head><meta charset="utf-8"><title>{title}</title></head>'
    page = f"<html>{head}<body>{body}</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.html"
        path.write_bytes(page.encode("utf-8"))
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
        return Pipeline(PipelineConfig()).process(raw, 0)


LISTS = [
    (
        "2022年度先进工作者名单",
        ["孙晓梅、何建新 · 某县人民医院", "钱立群 · 某镇卫生院", "赵一帆、冯小雨 · 某区疾控中心"],
    ),
    (
        "第五届青年教师讲课比赛获奖名单",
        ["郑思远 | 某师范大学附属中学", "韩冬青、罗佳 | 某市第二实验小学"],
    ),
    (
        "课题组成员",
        ["许文涛，蒋明月／某省农业科学院", "沈卫东／某农业大学园艺学院", "以上成员分工如下。"],
    ),
]


@pytest.mark.parametrize(("title", "rows"), LISTS)
def test_list_of_name_unit_rows_stays_text(title: str, rows: list[str]) -> None:
    arts = _run(title, rows).articles
    text = "\n".join(a.text for a in arts)
    for row in rows:
        assert row in text, row
    assert all("author" not in a.meta for a in arts)


def test_one_byline_over_an_abstract_is_read() -> None:
    rows = [
        "孙晓梅，何建新 · 某县人民医院",
        "摘要：本文回顾了某县近五年的家庭医生签约数据，讨论了签约率偏低的原因并提出改进建议。",
        "关键词：家庭医生；签约；基层",
    ]
    arts = _run("某县家庭医生签约服务的现状与对策", rows).articles
    assert arts[0].meta.get("author") == "孙晓梅" and rows[0] not in arts[0].text
