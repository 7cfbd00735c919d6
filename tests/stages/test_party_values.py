"""A party's value that names no party is no field (``party_values.drop_no_party``;
metafield).  Every name and page here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.party_values import drop_no_party
from cleaner.stages.split_meta import MetaParser

FIELD_OF = MetaParser()


@pytest.mark.parametrize(
    ("meta", "left"),
    [
        ({"author": "单位", "issuer": "某乡总工会"}, {"issuer": "某乡总工会"}),  # a label word
        ({"origin": "来源"}, {}),
        ({"issuer": "部门", "published": "2031-02-03"}, {"published": "2031-02-03"}),
        ({"author": "佚名"}, {}),  # credits nobody by name
        ({"author": "管理员"}, {}),
        ({"author": "本站编辑部"}, {}),
    ],
)
def test_a_label_word_or_a_nobody_is_no_party(meta: dict[str, str], left: dict[str, str]) -> None:
    drop_no_party(meta, FIELD_OF)
    assert meta == left


@pytest.mark.parametrize(
    "meta",
    [
        {"author": "韩某明"},
        {"author": "林小编", "origin": "某县融媒体中心"},  # a name holding '编'
        {"issuer": "某市人民政府办公室"},
        {"origin": "本地宝"},  # nobody applies to authors alone
        {"author": "李编辑"},  # a name with its role: only a whole label word is none
        {"author": "Letters To The Editor"},
    ],
)
def test_a_party_s_name_stays(meta: dict[str, str]) -> None:
    before = dict(meta)
    assert drop_no_party(meta, FIELD_OF) == []
    assert meta == before


def _run(tmp_path: Path, text: str) -> list[dict[str, object]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "p.txt").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


BODY = [
    "为摸清全乡道路养护的实际情况，调研组走访了十个村，收集有效意见二十余条，现将情况报告如下。",
    "一、基本情况",
    "全乡现有村道一百二十公里，其中硬化路面占八成，日常养护由各村自行组织，经费主要来自上级补助。",
    "二、对策建议",
    "建议建立季度巡查机制，将养护经费纳入乡级预算，并探索引入第三方养护单位，提高养护质量。",
]


def test_a_glued_label_gives_no_author(tmp_path: Path) -> None:
    page = [
        "关于某乡村级道路养护情况的调研报告",
        "执笔单位 ▏ 某乡总工会　定稿日期 ▏ 2031-02-25",
        "",
    ]
    [art] = _run(tmp_path, "\n".join([*page, *BODY]) + "\n")
    meta = art["meta"]
    assert isinstance(meta, dict)
    assert meta.get("author") != "单位"
    assert meta.get("published") == "2031-02-25"
    assert BODY[2] in str(art["text"])


def test_an_anonymous_credit_gives_no_author(tmp_path: Path) -> None:
    page = ["一封没有寄出的信", "作者：佚名　　发布时间：2031-06-12", ""]
    [art] = _run(tmp_path, "\n".join([*page, *BODY]) + "\n")
    meta = art["meta"]
    assert isinstance(meta, dict)
    assert "author" not in meta
    assert meta.get("published") == "2031-06-12"
