"""The metadata sweep's invented layouts (``tests/stages/meta_layouts.py``) that the
pipeline reads right, each page alone, plus the mechanisms behind them in invented
wording with look-alikes that must stay text (``benchmarks/meta_sweep.py`` prints all)."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline
from cleaner.stages.split import SplitStage
from cleaner.stages.split_head import site_name_line
from tests.stages.meta_layouts import LAYOUTS, Layout, run_layout

# layouts still read wrong (benchmarks/meta_sweep.py says how): left for a later change
OPEN = {
    # '日期：…' alone under a title: an event's '时间：…' over '地点：…' looks the same
    # line by line, so it stays text (tests/stages/test_blind_family_fixes_x.py)
    "row_date_only_label",
}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineConfig())


@pytest.mark.parametrize("lay", [x for x in LAYOUTS if x.name not in OPEN], ids=lambda x: x.name)
def test_layout_read_right(pipe: Pipeline, lay: Layout) -> None:
    assert run_layout(pipe, lay)["wrong"] == []


def test_sweep_is_large_enough() -> None:
    assert len(LAYOUTS) >= 40
    assert sum(1 for x in LAYOUTS if x.name.startswith("lookalike_")) >= 10


ROWS = [
    # one space between labelled cells
    ("来源:柘川晚报 时间:2022-07-14 08:30", {"origin": "柘川晚报", "published": "2022-07-14"}),
    # '丨' parting cells
    (
        "来源：柘川晚报丨作者：祁远丨发布时间：2022-07-14",
        {"origin": "柘川晚报", "author": "祁远", "published": "2022-07-14"},
    ),
    # a column's badge in front of a labelled row
    ("【工作动态】　发布时间：2022-07-14 08:30　阅读：[7]", {"published": "2022-07-14"}),
    # a bracketed date, then who put it up
    ("〔2022-07-14〕 柘川县农业农村局", {"published": "2022-07-14", "issuer": "柘川县农业农村局"}),
    # a byline's '文/' mark before the author's name
    ("文/祁远　2022-07-14", {"author": "祁远", "published": "2022-07-14"}),
    # English bylines: 'By' a name beside a labelled date, a day above 12 first
    ("By Qi Yuan | Published: 14/07/2022", {"author": "Qi Yuan", "published": "2022-07-14"}),
    ("Posted on 14 July 2022 by Qi Yuan", {"author": "Qi Yuan", "published": "2022-07-14"}),
]


@pytest.mark.parametrize(("row", "want"), ROWS)
def test_row_read(row: str, want: dict[str, str]) -> None:
    got = SplitStage().meta.shaped_row(row, near_title=True) or {}
    assert {k: got.get(k) for k in want} == want


LOOKALIKE_ROWS = [
    "联系人:祁远 电话:0571-86001234",  # a contact row, one space apart
    "【温馨提示】　请各单位于7月底前报送：统计表一份。",  # a badge over a sentence
    "〔2022-07-14〕 本县今年夏粮喜获丰收，总产量再创新高。",  # a bracketed date over a sentence
    "时间：2022年7月20日上午9:00",  # an event's time: more than a date and a clock
    "图/祁远　2022-07-14",  # a photo credit names no author
    "By the river, 14 July 2022, the fair opened.",  # an English sentence
]


@pytest.mark.parametrize("row", LOOKALIKE_ROWS)
def test_row_lookalike_not_read(row: str) -> None:
    got = SplitStage().meta.shaped_row(row, near_title=True) or {}
    assert not {"issuer", "origin", "author"} & set(got)
    if "：" in row or "，" in row or "," in row:
        assert "published" not in got


def test_site_name_line() -> None:
    assert site_name_line("柘川县人民政府门户网站")
    assert site_name_line("ZHECHUAN")
    assert not site_name_line("关于柘川县门户网站改版的通知")
    assert not site_name_line("柘川县加强政府网站建设工作方案")
    assert not site_name_line("Zhechuan Weekly")


def test_date_with_the_year_last() -> None:
    from cleaner.stages.split_dates import normalise_date

    assert normalise_date("14/07/2022") == "2022-07-14"
    assert normalise_date("7/14/2022") == "2022-07-14"
    assert normalise_date("06/07/2022") is None  # either reading is a date: none taken


def test_publish_label_over_written_date() -> None:
    """A card printing the written date first: the publish label's date is the page's;
    a card with the written date alone keeps it."""
    p = SplitStage().meta
    card = [
        "发文机关：柘川县水利局　　成文日期：2022年07月10日",
        "文　　号：柘水发〔2022〕3号　　发布日期：2022年07月14日",
    ]
    assert p.publish_label_date(card) == "2022-07-14"
    assert p.publish_label_date(card[:1]) is None
