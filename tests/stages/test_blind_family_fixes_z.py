"""Fixes for the structure and metadata the tenth blind set (sealed_k_*) left (issue 12,
fix12z), each kind as a small case in wordings of its own, with look-alikes that stay:

* a metadata row read by the shape of its values in more layouts: wrapped whole in one
  pair of brackets (``［编号 X｜2021-03-05］``, ``（X，某某研究所，2021.3.5）``), cells
  parted by a dashed bar (``┆``) or an ASCII comma before a Latin label (``Writer=X,
  Date=…``), a Chinese document number (``某发〔2021〕35号``) under any label;
* compilation headers ``第N<measure>　标题`` (a measure word after the number, only
  after 第, never a section's word) and ``<word> #N 标题``;
* a metadata row right ABOVE every header of a compilation belongs to the piece below
  it; a row above one header only, or rows below the headers, do not move.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_cells import cell_row
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

P1 = "这片果园在山坡的南面，春天开花的时候，整座山都是白的，蜜蜂从早到晚嗡嗡地飞。"
P2 = "看园的老人说，果树要修枝才结得好，剪下的枝条捆起来，冬天正好拿去烧火取暖。"
F = MetaParser().field_of


# ---- rows read by the shape of their values


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "［档案编号 KX-2019-0042｜整理 某某县档案馆｜修订 2019-06-11］",
            {"doc_number": "KX-2019-0042", "published": "2019-06-11", "issuer": "某某县档案馆"},
        ),
        (
            "（KX-2019-0042，某某县档案馆，2019.6.11）",
            {"doc_number": "KX-2019-0042", "published": "2019-06-11", "issuer": "某某县档案馆"},
        ),
        (
            "编号 KX-2019-0042 ／ 某某设计工作室 ／ 2019.6.11",
            {"doc_number": "KX-2019-0042", "published": "2019-06-11", "issuer": "某某设计工作室"},
        ),  # '工作室' ends a body's name as '研究所' does
        ("Writer=某某, Date=2019-06-11", {"author": "某某", "published": "2019-06-11"}),
        # 'by' names the writer (a glued or spaced credit cell, realpages5)
        ("[by 某某 · 2019.6.11]", {"author": "某某", "published": "2019-06-11"}),
        ("写于 2019.6.11 ┆ 地点 某镇", {"published": "2019-06-11"}),
        (
            "ZZ：某某县水利局　BH：某水发〔2019〕12号　SJ：2019-06-11",
            {
                "doc_number": "某水发〔2019〕12号",
                "published": "2019-06-11",
                "issuer": "某某县水利局",
            },
        ),
    ],
)
def test_rows_read_by_the_shape_of_their_values(row: str, want: dict[str, str]) -> None:
    assert cell_row(row, F) == want


@pytest.mark.parametrize(
    "line",
    [
        "（我们在2019.6.11出发，走了很远的路）",  # a bracketed sentence
        "（某某，某某，2019.6.11）",  # bare words that are no organisation and no code
        "Yes, 2019-06-11 was the day",  # an ASCII comma in English prose
        "［参见2019年的报告］",
    ],
)
def test_look_alike_rows_read_nothing(line: str) -> None:
    assert cell_row(line, F) is None


# ---- compilation headers


def test_measure_word_after_di_is_a_header_shape() -> None:
    c = candidate(0, "第2款式　某某样式说明", vocab())
    assert c is None  # '款' is a section's word ('第2款'): never an article scheme
    c = candidate(0, "第2帖　某某字帖", vocab())
    assert c is not None and c.number == 2 and c.title == "某某字帖"
    assert candidate(0, "2帖　某某字帖", vocab()) is None  # no 第: a word, no measure


def test_measure_word_headers_split_a_compilation() -> None:
    lines = ["书法字帖汇编（3份）", "第1帖　山居", P1, P2, "第2帖　江行", P1, P2]
    lines += ["第3帖　夜雨", P1, P2]
    assert [a.title for a in split(lines)] == ["山居", "江行", "夜雨"]


def test_measure_word_lines_without_a_cue_stay_one_article() -> None:
    lines = ["果园日记", "第1天　上山", P1, P2, "第2天　修枝", P1, P2, "第3天　下山", P1, P2]
    assert len(split(lines)) == 1


def test_word_and_hash_headers_split_a_compilation() -> None:
    lines = ["果园笔记合集（2篇）", "笔记 #1 山居", P1, P2, "笔记 #2 江行", P1, P2]
    assert [a.title for a in split(lines)] == ["山居", "江行"]


def test_word_and_hash_lines_without_a_cue_stay_one_article() -> None:
    lines = ["果园笔记", "步骤 #1 翻土", P1, P2, "要点 #2 施肥", P1, P2]
    assert len(split(lines)) == 1


# ---- a row above every header


ROW = "写于 2019.{m}.5 ┆ 地点 某镇"


def test_rows_above_every_header_belong_to_the_piece_below() -> None:
    lines = ["果园杂记精选3篇", ROW.format(m=3), "其一　山居", P1, P2]
    lines += [ROW.format(m=4), "其二　江行", P1, P2, ROW.format(m=5), "其三　夜雨", P1, P2]
    arts = split(lines)
    assert [a.title for a in arts] == ["山居", "江行", "夜雨"]
    assert [a.meta.get("published") for a in arts] == ["2019-03-05", "2019-04-05", "2019-05-05"]
    assert all("写于" not in a.text for a in arts)


def test_a_row_above_one_header_only_stays_the_text_above() -> None:
    lines = ["果园杂记精选3篇", "其一　山居", P1, P2, ROW.format(m=4), "其二　江行", P1, P2]
    lines += ["其三　夜雨", P1, P2]
    arts = split(lines)
    assert [a.title for a in arts] == ["山居", "江行", "夜雨"]
    assert "2019-04-05" not in [a.meta.get("published") for a in arts[1:]]


def test_rows_below_the_headers_stay_theirs() -> None:
    lines = ["果园杂记精选2篇", "其一　山居", ROW.format(m=3), P1, P2, "其二　江行"]
    lines += [ROW.format(m=4), P1, P2]
    arts = split(lines)
    assert [a.meta.get("published") for a in arts] == ["2019-03-05", "2019-04-05"]
