"""Fixes of set yd's tianwen and guanniao families, each class in wordings of its own and
with a look-alike that must not change:

* a bracketed page counter with a short label before it (``〔翻页 3/4〕``, ``【续 2/3】``)
  cutting a sentence is a page break (repair.toml ``break_marks``);
* a bare title over its piece's labelled row on a plain text page (no markup heading sets
  it apart) is the piece's first line of text (:func:`split_sources.headlines_kept`);

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_sources import headlines_kept
from tests.stages.stage_runs import repair

S1, S2 = "巡河队员沿着堤岸走了整整一个上午，对每一处", "护坡的裂缝都做了标记。"
W1, W2 = "巡河队员沿着堤岸走了整整一个上午。", "护坡的裂缝都做了标记。"

# --- bracketed, labelled page counters ---------------------------------------------------


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】", "（版面 P2/3）", "［下接 2／6］"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bracketed_labelled_page_counter_joins_the_cut_sentence(mark: str, gap: str) -> None:
    out = repair(gap.join(["巡河记", S1, mark, S2]) + "\n")
    assert S1 + S2 in out
    assert mark not in out


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】"])
def test_a_labelled_counter_between_whole_sentences_stays(mark: str) -> None:
    out = repair("\n".join(["巡河记", W1, mark, W2]) + "\n")
    assert mark in out.split("\n")


def test_a_counter_over_its_count_is_no_page() -> None:
    out = repair("\n".join(["巡河记", S1, "【续 5/4】", S2]) + "\n")
    assert "【续 5/4】" in out.split("\n")


# --- a bare title over its piece's row on a plain text page stays its text ---------------

BODIES = [
    "沿着河岸往上游走了三公里，水质比上个月清了不少，岸边新栽的柳树已经成活，巡查员逐段拍照留存。",
    "下游两处排污口仍有异味，已报送环保部门复核，下次巡查定在月底，届时再对比两次的记录。",
    "入夏以后水位上涨，浅滩上的水草长得很快，附近居民反映夜里蛙声比往年多了不少，大家都很高兴。",
]
TITLES = ["上游河段水质明显好转", "下游排污口仍需整改", "中游浅滩蛙声渐多"]
ROWS = [
    [
        "巡查人：周一苇　｜　河段：上游　｜　日期：2022年5月3日",
        "巡查人：林晚舟　｜　河段：下游　｜　日期：2022年5月9日",
        "巡查人：何青　｜　河段：中游　｜　日期：2022年5月20日",
    ],
    [
        "记录员 周一苇 · 天气 晴 · 2022-05-03",
        "记录员 林晚舟 · 天气 阴 · 2022-05-09",
        "记录员 何青 · 天气 雨 · 2022-05-20",
    ],
    [
        "填表：周一苇；水色：清；日期：2022/5/3",
        "填表：林晚舟；水色：浊；日期：2022/5/9",
        "填表：何青；水色：清；日期：2022/5/20",
    ],
]


def _pages(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text, "utf-8")
    raws = list(read_inputs([tmp_path]))
    res = Pipeline(PipelineConfig()).process(raws[0], 0)
    return [(a.title, a.text.split("\n")[0]) for a in res.articles]


@pytest.mark.parametrize("rows", ROWS)
def test_a_plain_pages_bare_titles_over_rows_stay_their_pieces_text(
    tmp_path: Path, rows: list[str]
) -> None:
    lines = ["河湾巡河月报", ""]
    for t, r, b in zip(TITLES, rows, BODIES, strict=True):
        lines += [t, r, b, ""]
    got = _pages(tmp_path, "p.txt", "\n".join(lines))
    assert got == [(t, t) for t in TITLES]


def test_titles_a_markup_heading_sets_apart_go_as_before() -> None:
    # an HTML page's titles are its headings: not a plain page, a labelled row under them
    # leaves each title its header (the HTML families keep them out of the text)
    lines = [x for t, r, b in zip(TITLES, ROWS[0], BODIES, strict=True) for x in (t, r, b)]
    keyed = [(3 * k, "keyed:titled", t, {}) for k, t in enumerate(TITLES)]
    assert headlines_kept(lines, keyed) == keyed
    assert [r for _, r, _, _ in headlines_kept(lines, keyed, plain=True)] == [HEADER_IS_TEXT] * 3
