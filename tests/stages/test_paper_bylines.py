"""A journal issue's papers, in the layouts a table of contents prints them (invented text):

* the byline in ONE row, names then their unit after a separator (``某甲，某乙　·　某学院``);
* each paper by one author alone over the units' row in brackets;
* the paper's identifier row (``DOI：…　页码：…``) closing the paper, or over its title;
* the issue's dated row in the page's head: every paper's date.

Each paper is one article titled by its heading; the byline and identifier rows are its
metadata (``author``: the first, ``origin``, ``doc_number``); the title, abstract and key
words stay.
Look-alikes: a crumb or tag row with a dot (``首页 · 学院新闻``), a dateline, a unit not
closed by a body's or department's word are no byline.  A names row gives the first
author, marked or not (set zt's truth; set ya's journal wants every name: the two truths
disagree, the older convention stays).  (A two-letter word over a body, ``通知 | 某大学``,
reads as a byline on its own: only a run of titles over such rows makes them papers.)
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.name_unit_rows import name_unit_row

ABS = (
    "摘要：本文以{0}为对象，梳理了近十年的有关材料和走访记录，认为资金来源单一、"
    "管理分工不清是主要症结，并就分级负责、定期评估和公开结果提出了三条建议。"
)
KEYS = "关键词：{0}；基层治理；个案"


def _html(head: list[str], pieces: list[list[tuple[str, str]]], foot: list[str]) -> bytes:
    body = "".join(f"<div>{h}</div>\n" for h in head)
    for piece in pieces:
        body += '<div class="paper">\n'
        body += "".join(f"<{tag}>{text}</{tag}>\n" for tag, text in piece)
        body += "</div>\n"
    body += "".join(f"<p>{f}</p>\n" for f in foot)
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>2019年第2期 · 专栏 - '
        f"某某学刊</title></head><body>\n{body}</body></html>"
    )
    return page.encode("utf-8")


def _run(data: bytes):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "toc.html"
        path.write_bytes(data)
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
    return Pipeline(PipelineConfig()).process(raw, 0)


HEAD = ["某某学刊", "首页 | 本刊简介 | 过刊浏览", "2019年　第5卷　第2期　出版日期：2019-04-15"]
FOOT = ["版权所有 © 某某学刊编辑部　地址：某市某路1号"]
PAPERS = [
    (
        "山区小学寄宿制的管理难题",
        "邵青禾，严小舟",
        "溪南师范学院教育学院",
        "寄宿制",
        "DOI：10.9999/x.2019.02.001",
    ),
    (
        "乡镇图书室的借阅数据分析",
        "欧阳晴川",
        "溪南市社会科学院文献所",
        "图书室",
        "DOI：10.9999/x.2019.02.002",
    ),
    (
        "县域公交票价的形成机制",
        "严小舟、顾一鸣、邵青禾",
        "溪南大学经济学院",
        "公交票价",
        "DOI：10.9999/x.2019.02.003",
    ),
]


@pytest.mark.parametrize("sep", ["　·　", " | ", "／"])
def test_one_row_bylines_under_titles(sep: str) -> None:
    pieces = [
        [
            ("h3", t),
            ("p", f"{names}{sep}{unit}"),
            ("p", ABS.format(w)),
            ("p", KEYS.format(w)),
            ("p", f"{doi}　　页码：{10 * k + 1}—{10 * k + 9}"),
        ]
        for k, (t, names, unit, w, doi) in enumerate(PAPERS)
    ]
    arts = _run(_html(HEAD, pieces, FOOT)).articles
    assert [a.title for a in arts] == [p[0] for p in PAPERS]
    for a, (t, names, unit, w, doi) in zip(arts, PAPERS, strict=True):
        assert a.meta.get("author") == re.split("[，、]", names)[0]  # the first author
        assert a.meta.get("origin") == unit
        assert a.meta.get("doc_number") == doi.split("：")[1]
        assert a.meta.get("published") == "2019-04-15"
        assert unit not in a.text and "DOI" not in a.text
        assert a.text.split("\n")[0] == t and KEYS.format(w) in a.text


def test_identifier_row_over_each_title_and_lone_authors() -> None:
    pieces = [
        [
            ("div", f"第 {10 * k + 1}—{10 * k + 9} 页　｜　{doi}"),
            ("h3", t),
            ("p", re.split("[，、]", names)[0]),
            ("p", f"（{unit}）"),
            ("p", ABS.format(w)),
            ("p", KEYS.format(w)),
        ]
        for k, (t, names, unit, w, doi) in enumerate(PAPERS)
    ]
    arts = _run(_html(HEAD, pieces, FOOT)).articles
    assert [a.title for a in arts] == [p[0] for p in PAPERS]
    for a, (_, names, unit, _, doi) in zip(arts, PAPERS, strict=True):
        assert a.meta.get("author") == re.split("[，、]", names)[0]
        assert a.meta.get("origin") == unit
        assert a.meta.get("doc_number") == doi.split("：")[1]
        assert a.meta.get("published") == "2019-04-15"
        assert "页　｜" not in a.text and unit not in a.text


@pytest.mark.parametrize(
    "row",
    [
        "首页 · 学院新闻",
        "某甲 · 2021-03-09",
        "栏目 · 城乡规划研究",
        "某甲 | 某市第一中学教务",
        "某甲 · 某乙",
    ],
)
def test_rows_that_are_no_byline(row: str) -> None:
    assert name_unit_row(row) is None


def test_names_rows_give_the_first_author() -> None:
    from cleaner.stages.split_papers import names_under

    assert names_under("邵青禾¹，严小舟²", "（1．溪南大学；2．某中学）") == {"author": "邵青禾"}
    assert names_under("邵青禾，严小舟", "（溪南大学经济学院）") == {"author": "邵青禾"}
