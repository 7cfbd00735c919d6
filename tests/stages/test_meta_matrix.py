"""The metadata matrix (``tests/stages/meta_matrix.py``: layouts × label wordings, each
page alone): every cell read right asserts its exact field values, every look-alike stays
text (``benchmarks/meta_matrix.py`` prints the whole matrix)."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline
from cleaner.stages.split_meta import MetaParser
from tests.stages.meta_matrix import CELLS, Cell, run_cell

# cells still read wrong (benchmarks/meta_matrix.py says how): none since metaopen (its
# closed cells are asserted with other wording in test_meta_matrix_open.py)
OPEN: set[str] = set()


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineConfig())


@pytest.mark.parametrize("cell", [c for c in CELLS if c.name not in OPEN], ids=lambda c: c.name)
def test_cell_read_right(pipe: Pipeline, cell: Cell) -> None:
    res = run_cell(pipe, cell)
    assert res["wrong"] == []
    for key, value in cell.expect.items():
        assert res["meta"][key] == value


def test_matrix_is_large_and_mostly_open_free() -> None:
    assert len(CELLS) >= 380
    assert sum(c.name.startswith("lookalike|") for c in CELLS) >= 10
    assert len(OPEN) <= 3
    assert OPEN <= {c.name for c in CELLS}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("〔来源〕柘川晚报", {"origin": "柘川晚报"}),
        ("〖作者〗祁远　〖发布日期〗2022-07-14", {"author": "祁远", "published": "2022-07-14"}),
        ("〔文号〕柘农发〔2022〕3号", {"doc_number": "柘农发〔2022〕3号"}),
        ("【来源 / Source】柘川晚报", {"origin": "柘川晚报"}),
        ("来源 / Source　柘川晚报", {"origin": "柘川晚报"}),
        (
            "Issued by: Zhechuan Farm Office | Ref. No.: ZF-2022-03",
            {"issuer": "Zhechuan Farm Office", "doc_number": "ZF-2022-03"},
        ),
        ("Written by: Qi Yuan", {"author": "Qi Yuan"}),
    ],
)
def test_row_read(line: str, want: dict[str, str]) -> None:
    assert MetaParser().parse_meta_line(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "〔2022〕柘川县第三次会议纪要",  # a year in brackets, no label
        "〔说明〕",  # a bracket label with no value
        "〔备注〕本表由各乡镇填报",  # a bracket around a word no table names
        "Note: the office is closed on Monday.",
        "Release Date: to be announced",
        "Tel No.: 0571-1234",
        "发布日期\t发布机构\t文号",  # a row of labels alone: no pairs
    ],
)
def test_lookalike_row_not_read(line: str) -> None:
    assert not MetaParser().parse_meta_line(line)


@pytest.mark.parametrize(
    ("label", "value", "want"),
    [
        ("发布日期", "2022年7月14日", {"published": "2022-07-14"}),
        ("来源：", "柘川县融媒体中心", {"origin": "柘川县融媒体中心"}),
        ("Issued by", "Zhechuan Farm Office", {"issuer": "Zhechuan Farm Office"}),
    ],
)
def test_lone_pair_by_shape(label: str, value: str, want: dict[str, str]) -> None:
    p = MetaParser()
    pair = p.stacked(label, value)
    assert pair == want
    assert p.shaped_pair(pair, value)


@pytest.mark.parametrize(
    ("label", "value"),
    [("发布日期", "工作安排"), ("来源：", "情况说明"), ("作者", "第三部分 工作要求")],
)
def test_lone_pair_without_shape_not_read(label: str, value: str) -> None:
    p = MetaParser()
    pair = p.stacked(label, value)
    assert pair is None or not p.shaped_pair(pair, value)
