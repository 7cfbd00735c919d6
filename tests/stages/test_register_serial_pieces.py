"""A compilation whose pieces each open with a register's serial row over a bare title
(``No.2022-031　·　发布于 …``, then ``-032`` …), a row of names under the title: the
serial run declares the pieces (``row_serials``, ``split_above.serial_titles``).  Our own
notice boards in three wordings (simplified, traditional, a Latin code with an ASCII
label); the look-alikes are rows whose numbers do not run, a run going down, and dated
first cells, which declare nothing."""

from __future__ import annotations

import pytest

from cleaner.stages.row_serials import row_serial, serial_code, serial_run
from cleaner.stages.split_above import serial_titles
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

PROSE = [
    "本次活动面向全校师生开放，内容涉及研究背景、主要方法和初步结论，欢迎有兴趣的同学参加。",
    "活动结束后设有交流环节，请提前准备问题，现场名额有限，先到先得，请大家合理安排时间。",
]
TITLES = ["城市河道生态修复的若干问题", "乡村公共文化空间的营造路径", "高寒草甸碳通量的观测方法"]
AUTHORS = ["林某某", "周某", "吴某某"]


def board(rows: list[str], names: list[str]) -> list[str]:
    lines = ["某某学院学术活动公告汇总", ""]
    for k, (row, title, name) in enumerate(zip(rows, TITLES, names, strict=True)):
        lines += [row, title, name, f"地点：某楼{201 + k}室", PROSE[k % 2], ""]
    return lines


VARIANTS = [
    (
        [f"[讲座预告] No.2022-0{31 + k}　·　发布于 2022-03-0{5 + k}" for k in range(3)],
        [f"答辩人：{a}（某研究所，研究员）　｜　主持人：郑某 教授" for a in AUTHORS],
        [f"2022-0{31 + k}" for k in range(3)],
        [f"2022-03-0{5 + k}" for k in range(3)],
    ),
    (
        [f"【演講公告】 編號 2019-{117 + k}　｜　發布日期：2019-05-1{k}" for k in range(3)],
        [f"答辯人：{a}（某大學，博士生）　｜　主持：王某" for a in AUTHORS],
        [f"2019-{117 + k}" for k in range(3)],
        [f"2019-05-1{k}" for k in range(3)],
    ),
    (
        [f"#SEM-2020-{18 + k} | Posted: 2020-11-0{2 + k}" for k in range(3)],
        [f"答辩人：{a}（某课题组，博士生）" for a in AUTHORS],
        [f"SEM-2020-{18 + k}" for k in range(3)],
        [f"2020-11-0{2 + k}" for k in range(3)],
    ),
]


@pytest.mark.parametrize(("rows", "names", "codes", "days"), VARIANTS)
def test_each_serial_row_opens_a_piece(
    rows: list[str], names: list[str], codes: list[str], days: list[str]
) -> None:
    arts = split(board(rows, names))
    assert [a.title for a in arts] == TITLES
    assert [a.meta.get("doc_number") for a in arts] == codes
    assert [a.meta.get("published") for a in arts] == days
    assert [a.meta.get("author") for a in arts] == AUTHORS
    for a, row in zip(arts, rows, strict=True):
        assert a.text.split("\n")[0] == a.title  # the title stays the piece's first line
        assert row not in a.text  # the register's row is the piece's metadata
        assert "地点：" in a.text and PROSE[0][:8] in arts[0].text


def _read(s: str) -> dict[str, str] | None:
    return MetaParser().shaped_row(s, near_title=True)


@pytest.mark.parametrize(
    "rows",
    [
        # numbers that skip: no register's run
        [f"[讲座预告] No.2022-0{31 + 2 * k}　·　发布于 2022-03-0{5 + k}" for k in range(3)],
        # a run going down proves no order
        [f"[讲座预告] No.2022-0{39 - k}　·　发布于 2022-03-0{5 + k}" for k in range(3)],
        # the first cell a date: days in a row are no serial
        [f"2022-03-0{5 + k}　·　来源：某学院" for k in range(3)],
    ],
)
def test_rows_that_do_not_run_declare_no_pieces(rows: list[str]) -> None:
    names = [f"报告人：{a}" for a in AUTHORS]
    assert serial_titles(board(rows, names), _read) == []


def test_serial_shapes() -> None:
    assert row_serial("【公示】 No.A-2021-009 ｜ 2021-05-04") == ("No.A-2021-#", 9)
    assert row_serial("2021年5月4日　某处") is None
    assert serial_code("No.12　某某") is None  # a bare count numbers, it is no document number
    assert not serial_run(["第3期　甲", "第3期　乙"])  # the same number twice


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("答辩人", "author"),
        ("答辯人", "author"),
        # look-alikes: the party answered against; a talk's speaker, whose row is the
        # lecture notice's own text
        ("被答辩人", None),
        ("报告人", None),
    ],
)
def test_defender_labels(label: str, field: str | None) -> None:
    assert MetaParser().field_of(label) == field


def test_a_names_row_with_a_bracketed_note_is_read() -> None:
    row = "答辩人：林某某（城市规划，工学硕士）　｜　指导教师：周某 教授"
    assert _read(row) == {"author": "林某某"}
    # a sentence in the brackets keeps the line text
    assert _read("答辩人：林某某（本次答辩推迟举行，请大家留意通知。）") is None
