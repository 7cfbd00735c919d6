"""The metadata matrix (``tests/stages/meta_matrix.py``: layouts × label wordings, each
page alone): every cell read right asserts its exact field values, every look-alike stays
text (``benchmarks/meta_matrix.py`` prints the whole matrix)."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline
from cleaner.stages.split_meta import MetaParser
from tests.stages.meta_matrix import CELLS, Cell, run_cell

# cells still read wrong (benchmarks/meta_matrix.py says how): left for a later change
OPEN = {
    # a letter-spaced label before a wide space ('来　　源　某中心'): the repair stage
    # closes the wide spaces first ('来源某中心', repair.cjk_space.inner), no cell left
    "origin|wide_space|来　　源",
    "author|wide_space|作　　者",
    # the boilerplate stage takes an English 'Published: <date>' stamp before it is read
    "published|en_colon_ascii|Published",
    "published|en_tab|Published",
    # an English label and its value parted by a tab
    "issuer|en_tab|Issued by",
    "author|en_tab|Written by",
    "issuer|own_line_colon|发布机构 / Issued by",
    # a body and a date written 'March 9, 2021' (its comma parts the cells); an ROC year
    # without 民国 ('110年3月9日') is no date by its shape alone
    "published|bare_date_issuer|March 9, 2021",
    "published|bare_date_issuer|110年3月9日",
    # a body before its verb ('某局 发布'): a heading may end so too
    "issuer|value_first|",
    # an HTML data table's first date is taken by the page's date reading (ingest)
    "lookalike|data_table_html|",
}


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
    assert len(OPEN) <= 15
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
