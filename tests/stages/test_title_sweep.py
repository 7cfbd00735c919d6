"""The title sweep's invented layouts (``tests/stages/title_layouts.py``) that the
pipeline reads right, each page alone, and the mechanisms behind them in invented wording
with look-alikes that must stay as they are (``benchmarks/title_sweep.py`` prints all)."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline
from cleaner.stages.split_titles import clean_title, lead_badge
from cleaner.stages.title_shape import kicker, line_shape, title_line
from tests.stages.title_layouts import LAYOUTS, Layout, run_layout

# layouts still read wrong (benchmarks/title_sweep.py says how): left for a later change;
# the last nine (split lines, a site's name as a prefix or as the <title>, a breadcrumb's
# headline, tag rows over the title) are read right since titles2 (test_title_rows_wraps)
OPEN: set[str] = set()


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineConfig())


@pytest.mark.parametrize("lay", [x for x in LAYOUTS if x.name not in OPEN], ids=lambda x: x.name)
def test_layout_read_right(pipe: Pipeline, lay: Layout) -> None:
    assert run_layout(pipe, lay)["wrong"] == []


def test_sweep_is_large_enough() -> None:
    assert len(LAYOUTS) >= 40
    assert sum(1 for x in LAYOUTS if x.name.startswith("lookalike_")) >= 15
    assert OPEN <= {x.name for x in LAYOUTS}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("【原创】青川镇修好了进山的石板路", "青川镇修好了进山的石板路"),
        ("[转载] 青川镇修好了进山的石板路", "青川镇修好了进山的石板路"),
        ("置顶 青川镇修好了进山的石板路", "青川镇修好了进山的石板路"),
        ("#乡村道路# 青川镇修好了进山的石板路", "青川镇修好了进山的石板路"),
    ],
)
def test_lead_badge_removed(line: str, want: str) -> None:
    assert clean_title(line)[0] == want


@pytest.mark.parametrize(
    "line",
    [
        "【通知】青川镇关于石板路施工的安排",  # a bracketed word that is no badge
        "青川 镇里修好了进山的石板路",  # a place name and a space
        "#3# Loading bay closed for repairs",  # a count between '#' marks
        "【原创】短句",  # too little after the badge
        "【视频】青川镇修好了进山的石板路",  # a content-type mark stays (an earlier convention)
    ],
)
def test_lead_badge_lookalikes_stay(line: str) -> None:
    assert lead_badge(line) is None


def test_latin_site_suffix() -> None:
    assert clean_title("Ferry fares to rise in spring | Lowmoor Courier")[0] == (
        "Ferry fares to rise in spring"
    )
    # a subtitle of capitalised words that names no publication stays
    kept = "Ferry fares to rise - The Long Winter Ahead"
    assert clean_title(kept)[0] == kept
    assert clean_title("Letters: Roads | Taxes")[0] == "Letters: Roads | Taxes"


def test_site_channel_and_government_suffix() -> None:
    assert clean_title("青川镇修好了进山的石板路_乡镇动态_青川新闻网")[0] == (
        "青川镇修好了进山的石板路"
    )
    assert clean_title("青川镇修好了进山的石板路 - 青川县人民政府")[0] == (
        "青川镇修好了进山的石板路"
    )
    # a part after '_' with no site after it stays ('运动会_第二天' is one title)
    assert clean_title("青川镇秋季运动会_第二天")[0] == "青川镇秋季运动会_第二天"


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("本报记者 程砚 通讯员 莫禾", "byline"),
        ("特约记者 程砚", "byline"),
        ("By Ada Pell, Staff Writer", "byline"),
        ("Thursday, March 2, 2023", "date_row"),
        ("// copied from the old wiki", "comment"),
        ("<!-- saved page -->", "comment"),
        ("记者节里的一天", "heading"),  # a headline opening with a credit word
        ("By the river the mill still turns", "heading"),  # a headline opening with 'By'
    ],
)
def test_line_shapes(line: str, shape: str) -> None:
    assert line_shape(line) == shape


def test_kicker_over_longer_heading() -> None:
    body = ["乡镇动态", "青川镇修好了进山的石板路全长六公里", "正文第一句。"]
    assert kicker(body, 0) and title_line(body) == 1
    en = ["COMMUNITY", "Lowmoor volunteers repaint the old lifeboat station", "Text."]
    assert title_line(en) == 1


@pytest.mark.parametrize(
    "body",
    [
        ["石板路", "程砚", "正文第一句。"],  # a short title over its author
        ["山径", "shan jing shi ban lu de gu shi", "正文第一句。"],  # a headword over pinyin
        ["县政府", "关于石板路施工期间交通安排的通知", "正文第一句。"],  # an issuer over '关于…'
        ["青川镇石板路修缮记", "青川镇修好了进山的石板路全长六公里", "正文。"],  # two long lines
        ["乡镇动态", "青川镇修好了进山的石板路"],  # nothing under the heading
    ],
)
def test_kicker_lookalikes(body: list[str]) -> None:
    assert not kicker(body, 0)
