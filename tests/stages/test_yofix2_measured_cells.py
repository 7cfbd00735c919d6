"""yofix2: a labelled row of readings closing a notice stays the notice's
(:func:`cleaner.stages.own_data.measured_cells`).

A bulletin board closes each day's notice with that day's readings in one labelled row of
gap-parted cells (``潮汐预报：高潮 08:48（4.98米）　低潮 17:07（0.75米）``).  The site
repeats the wording with other figures on every page, so the site-repeat pass learns it
as a shape, and the wide gap between its cells read as a counter bar's: the line went,
content lost.  A row of readings opens on a field label, and each of its two or more
cells (none with a label of its own) holds two figures or more, one a reading (a clock
time or a decimal measure); a counter bar gives each cell one count, a pager's row a
labelled cell of issues.  The site's fixed note printed under the row stays the foot's,
as it was while the row went.

Every site, figure and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.own_data import closing_data, measured_cells
from cleaner.stages.profile_counter import build_profiles

BODY = [
    "根据各单位申报及本周作业情况，现将第{n}号调度安排公布如下，请各相关单位提前做好准备。",
    "各单位须于作业前两小时向值班室确认，逾期未确认的顺延安排，由此产生的后果自行承担。",
    "作业期间遇大风或能见度不良时，一律暂停作业。",
]
NOTE = "本安排仅供各单位参考，实际作业时间以值班室指令为准。"


def _page(site: str, n: int, close: str) -> str:
    return "\n".join(
        [
            '<!DOCTYPE html><html><head><meta charset="utf-8">',
            f"<title>第{n}号调度安排_{site}</title></head><body>",
            '<div class="nav"><a href="/">首页</a>｜<a href="/a">调度动态</a></div>',
            f"<h1>第{n}号调度安排</h1>",
            '<div class="content">',
            *(f"<p>{x.format(n=n)}</p>" for x in BODY),
            f"<p>{close}</p>",
            "</div>",
            f'<p class="tip">{NOTE}</p>',
            '<div class="share">分享到：微博　微信</div>',
            f"<footer><p>{site}　版权所有　某ICP备00000000号</p></footer>",
            "</body></html>",
        ]
    )


def _fill(close: str, n: int) -> str:
    return close.format(
        h=f"{(n * 5) % 24:02d}:{(n * 17) % 60:02d}",
        k=f"{(n * 7 + 9) % 24:02d}:{(n * 23) % 60:02d}",
        a=f"{3 + (n * 37) % 200 / 100:.2f}",
        b=f"{(n * 13) % 100 / 100 + 0.5:.2f}",
        n=n + 20,
    )


def _run(tmp_path: Path, close: str) -> tuple[str, str]:
    """Six pages of one site, each closing its notice with ``close`` (its own figures)
    over the site's fixed note; the text of the third page and its close line."""
    folder = tmp_path / "site"
    folder.mkdir()
    site = "青石港务调度中心"
    for n in range(6):
        (folder / f"p{n:02d}.html").write_text(_page(site, n + 2, _fill(close, n)), "utf-8")
    raws = list(read_inputs([folder]))
    res = Pipeline(PipelineConfig(), profiles=build_profiles(raws)).process(raws[2], 2)
    assert len(res.articles) == 1
    text = res.articles[0].text
    assert BODY[1] in text  # the notice's text is there either way
    return text, _fill(close, 2)


READINGS = {
    "tides, a time and a height per cell": "潮汐预报：高潮 {h}（{a}米）　低潮 {k}（{b}米）",
    "water levels on a bar": "水位观测：上游 {h} {a}米　｜　下游 {k} {b}米",
    "two gauges, a measure then a time": "风浪实况：{a}米/秒 {h}　{b}米 {k}",
}


@pytest.mark.parametrize("close", READINGS.values(), ids=list(READINGS))
def test_a_notices_own_row_of_readings_stays(tmp_path: Path, close: str) -> None:
    text, line = _run(tmp_path, close)
    lines = text.split("\n")
    assert line in lines
    assert NOTE not in text  # the site's fixed note under it: the foot's, as before


def test_a_counter_bar_with_varying_counts_goes(tmp_path: Path) -> None:
    # look-alike: a counter bar under the text, each page its own counts, one per cell
    text, line = _run(tmp_path, "阅读 {n}3　点赞 {n}　收藏 1{n}")
    assert line not in text


def test_a_pager_row_of_issues_goes(tmp_path: Path) -> None:
    # look-alike: the previous and next issues, labelled cells with a year and a number
    text, line = _run(tmp_path, "上一期：2024年第{n}期　　下一期：2024年第3{n}期")
    assert line not in text


def test_measured_cells_reads_the_cells() -> None:
    assert measured_cells("潮汐预报：高潮 08:48（4.98米）　低潮 17:07（0.75米）")
    assert measured_cells("Readings: 08:10 2.35m  14:20 0.80m")
    assert not measured_cells("潮汐预报：高潮 08:48（4.98米）")  # one cell: no gap to excuse
    assert not measured_cells("高潮 08:48（4.98米）　低潮 17:07（0.75米）")  # no label
    assert not measured_cells("发布时间：2021-03-05 10:00　浏览：12")  # a stamp and a count
    assert not measured_cells("往期：2018年第23期　2018年第22期")  # issues: no reading
    assert not measured_cells("比分：3 : 1　2 : 2")  # a clock's colon wants digits glued


def test_closing_data_keeps_a_row_of_readings_only() -> None:
    row = "水位：上午 9:10 2.3米　下午 15:20 1.8米"
    page = ["站名", "标题", "正文。", "请相互转告。", row, "页脚"]
    hits = {0: 1, 4: 1, 5: 1}
    assert closing_data(page, 4, {4}, hits, {})
    bar = ["站名", "标题", "正文。", "请相互转告。", "阅读 12　点赞 3", "页脚"]
    assert not closing_data(bar, 4, {4}, hits, {})
