"""A handling verb's person noun as a cell's label (metafield; every name and page here is
invented).

``origin_by_handler`` (rules/headers.toml) reads a bare verb of handling (``经办``,
``承办``) over a person as the one who did the work, the author, and over a body as the
origin.  The verb's person noun (``经办人``, ``承办人``, ``经手人``: the one who handled
it) is the same label, so it is read the same way; a contact (``联系人``) did no work.
Found by ``benchmarks/meta_errors.py`` (class ``author missing``): a record's closing row
``评价编号：…　　经办人：某某`` gave its number and dropped its handler.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.split_meta import MetaParser

PARSER = MetaParser()


@pytest.mark.parametrize("label", ["经办人", "承办人", "经手人", "受理人", "办理人", "查办人"])
def test_a_handler_s_person_noun_over_a_person_is_the_author(label: str) -> None:
    assert PARSER.person_field(label, "韩某明") == "author"
    assert PARSER.field_of(label) == "origin"  # over a body: the origin, as '经办'


@pytest.mark.parametrize("label", ["联系人", "负责人", "审核人", "经办单位"])
def test_other_person_labels_are_no_handler(label: str) -> None:
    assert PARSER.person_field(label, "韩某明") is None


def test_a_case_officer_keeps_its_own_class() -> None:
    # '承办法官' is read by author_by_case_officer before the handler's class
    assert PARSER.field_of("承办法官") == "author"


def test_fields_of_a_closing_record_row() -> None:
    got = PARSER.fields([("登记编号", "QJ-2031-118"), ("经办人", "韩某明")])
    assert got == {"doc_number": "QJ-2031-118", "author": "韩某明"}
    got = PARSER.fields([("登记编号", "QJ-2031-118"), ("联系人", "韩某明")])
    assert got is not None and "author" not in got


def _run(tmp_path: Path, text: str) -> list[dict[str, object]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "p.txt").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def _record(name: str, code: str, handler: str) -> list[str]:
    return [
        name,
        f"核查结论：{name}本年度台账记录完整，设施运行正常，未发现需要整改的事项。",
        "处理意见：继续保持现有管理水平，按期报送下一年度的自查材料，接受社会监督。",
        f"登记编号：{code}　　经办人：{handler}",
    ]


def test_each_record_s_handler_is_its_author(tmp_path: Path) -> None:
    page = ["某县企业年度核查结果公示", "发布日期：2031-05-12", ""]
    page += _record("某县青禾农业有限公司", "QJ-2031-118", "韩某明")
    page += _record("某县远帆物流有限公司", "QJ-2031-119", "苏某清")
    page += _record("某县石桥建材有限公司", "QJ-2031-120", "吕某安")
    arts = _run(tmp_path, "\n".join(page) + "\n")
    metas = [a["meta"] for a in arts if isinstance(a["meta"], dict)]
    authors = [m.get("author") for m in metas]
    assert "韩某明" in authors and "苏某清" in authors and "吕某安" in authors
    # the number beside the handler is still read
    assert any(m.get("doc_number") == "QJ-2031-119" for m in metas)
