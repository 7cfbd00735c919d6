"""Fixes for blind set zu's HTML families (issue 12), each on invented text:

* a table's head row that the site prints over every piece's own values stays
  (:mod:`cleaner.stages.table_rows`);
* a per-piece header row of cells that no metadata reader knows, over each heading of a
  compilation, stays for the split (:mod:`cleaner.stages.heading_shape_rows`);
* the rows of a table left in an article stay whole, a row a line (its cells tab-joined);
* a label and its value parted by a space in a row that mixes bare cells and labelled
  ones keep the space (``CjkSpaceJudges._cell_gap``);
* a bare desk cell of a dated row is the origin (:func:`cleaner.stages.split_desks.bare_desk`).
"""

from __future__ import annotations

import re

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.heading_shape_rows import cell_row, cell_rows_by_headings
from cleaner.stages.repair import RepairStage
from cleaner.stages.signed_desks import signed_desk
from cleaner.stages.site_profile import build_profiles
from cleaner.stages.table_rows import table_head
from tests.stages.stage_runs import boil, repair, site_stage

PROSE = "经核实，该批次设备已完成安装调试，运行参数符合设计要求，现将有关情况说明如下。"
PROSE2 = "如有疑问，请于收到本通知之日起七日内与管理科联系，逾期视为无异议。"

# ---- a table's head row over each piece's own values (three layouts)

HEADS = {
    "tab": ("设备\t型号\t数量", "{n}号水泵\tQX-{n}0\t{n}台"),
    "wide": ("站点　负责人　电话　备注", "东{n}站　某{n}　0731-55{n}0　无"),
    "spaces": ("Item  Unit  Price", "Bolt {n}  box  {n}.50"),
}


def _table_pages(head: str, row: str) -> list[list[str]]:
    return [
        [
            f"设备通报第{n}期",
            PROSE,
            head,
            row.format(n=n),
            PROSE2,
            "",
            "收藏本页　打印本页",
        ]
        for n in range(1, 6)
    ]


@pytest.mark.parametrize("layout", sorted(HEADS))
def test_a_table_head_row_over_the_page_s_values_stays(layout: str) -> None:
    head, row = HEADS[layout]
    pages = _table_pages(head, row)
    out = boil(pages[2], site_stage(pages), site="s")
    assert head in out
    assert row.format(n=3) in out
    assert "收藏本页　打印本页" not in out  # the repeated bar under the text still goes


def test_a_table_head_needs_a_row_of_the_page_s_own_under_it() -> None:
    page = ["某页", "设备\t型号\t数量", "1号水泵\tQX-10\t1台", "正文。"]
    assert table_head(page, 1, {1}, set())
    assert not table_head(page, 1, {1, 2}, set())  # the row under it is learned too
    assert not table_head(page, 1, {1}, {2})  # the row under it went
    # a menu over a line of prose, or over a row of another width: no table
    assert not table_head(["首页\t新闻\t联系", PROSE], 0, {0}, set())
    assert not table_head(["首页\t新闻\t联系", "甲\t乙"], 0, {0}, set())
    # a head row holding a sentence is no head row
    assert not table_head(["说明，见下\t型号", "甲\t乙"], 0, {0}, set())


# ---- a per-piece header row of cells over each heading

ROWS = [
    "▲变更　>>　有效期 2021.3.{n}-2021.4.{n}",
    "【拍卖】｜截止 2019-05-0{n}",
    "■ 甲类 · 2020/07/0{n} 至 2020/07/1{n}",
]


class _Hit:
    kind = "shape"
    key = "k"
    signals: tuple[str, ...] = ()


@pytest.mark.parametrize("row", ROWS)
def test_a_header_row_of_cells_over_each_heading_stays(row: str) -> None:
    page = ["周报", row.format(n=1), "甲事", PROSE, row.format(n=2), "乙事", PROSE2]
    hits = {1: _Hit(), 4: _Hit()}
    assert cell_rows_by_headings(page, hits, (), ("甲事", "乙事")) == [1, 4]
    # rows and headings with nothing between them: a list of links, chrome
    listing = ["周报", row.format(n=1), "甲事", row.format(n=2), "乙事"]
    assert cell_rows_by_headings(listing, {1: _Hit(), 3: _Hit()}, (), ("甲事", "乙事")) == []


def test_a_cell_row_holds_a_figure_and_no_sentence() -> None:
    assert all(cell_row(r.format(n=1)) for r in ROWS)
    assert not cell_row("本期共刊登3则公告，请注意查阅。")
    assert not cell_row("甲类　乙类")  # no figure
    assert not cell_row("2021-03-05")  # one cell


# ---- a compilation whose pieces each hold a table


def _html(n: int) -> str:
    pieces = "".join(
        f"<div class='it'><div class='tag'>▲核准　>>　有效期 2021.{k}.{n}-2021.{k}.{n + 9}</div>"
        f"<h3>关于{k}号泵站设备更新的告知（第{n}{k}号）</h3><p>{PROSE}</p>"
        "<table><tr><th>设备</th><th>型号</th><th>数量</th></tr>"
        f"<tr><td>{k}号水泵机组</td><td>QX-{n}{k}</td><td>{k + n}台</td></tr></table>"
        f"<p>{PROSE2}</p><p>某县水务管理站</p><p>2021年{k}月{n}日</p></div>"
        for k in range(1, 4)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>告知-某县水务管理站</title>"
        "</head><body><div class='top'>某县水务管理站 · 公开</div>"
        "<div class='pos'>当前位置：首页 → 公开 → 告知</div>"
        f"<h2>告知汇总（第{n}期）</h2>{pieces}"
        "<div class='pager'>共30条　首页　上一页　下一页　尾页</div>"
        "<p>版权所有：某县水务管理站</p></body></html>"
    )


def test_a_compilation_with_tables_keeps_every_piece_and_cell(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for n in range(1, 6):
        (tmp_path / f"p{n}.html").write_text(_html(n), encoding="utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res = pipe.process(raws[2], 2)
    assert [a.title for a in res.articles] == [
        f"关于{k}号泵站设备更新的告知（第{3}{k}号）" for k in range(1, 4)
    ]
    first = res.articles[0].text.split("\n")
    # a table row stays one line, its cells tab-joined (as a browser's innerText reads it)
    for row in ("设备\t型号\t数量", "1号水泵机组\tQX-31\t4台", PROSE, PROSE2):
        assert row in first
    assert all("▲" not in a.text for a in res.articles)  # the header rows are metadata


def test_a_text_page_keeps_its_tabs() -> None:
    text = "某标题\n" + PROSE + "\nQX-10\t35\t2021-03-05\n" + PROSE2 + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", text.encode()), 0)
    assert "QX-10\t35\t2021-03-05" in res.articles[0].text


# ---- a label and its value parted by a space in a mixed row; a bare desk is the origin


def test_a_labelled_cell_s_space_stays_beside_bare_cells() -> None:
    row = "某处某某科　|　执笔 某某某　|　2021年3月5日 08:10　|　点击 27 次\n"
    assert "执笔 某某某" in repair(row)
    row = "某站档案室 ｜ 编辑 某某 ｜ 2019-11-02 ｜ 浏览 5\n"
    assert "编辑 某某" in repair(row)
    # a bare cell cut between Han letters proves no row layout (the other judges decide)
    row = "某市教育局 办公室　|　执笔 某某　|　2021年3月5日"
    assert not RepairStage()._cell_gap(row, 0, len(row), re.search("笔 ", row))  # type: ignore[arg-type]
    # a row of one labelled cell proves nothing either
    row = "某处某某科　|　执笔 某某　|　2021年3月5日"
    assert not RepairStage()._cell_gap(row, 0, len(row), re.search("笔 ", row))  # type: ignore[arg-type]


def test_a_desk_of_the_text_s_signer_is_the_origin() -> None:
    body = f"各学院：\n{PROSE}\n某某处\n2021年3月5日"
    assert signed_desk(body, "某某处实验管理科", ("科", "股")) == "某某处"
    assert signed_desk(body, "某某处档案股", ("科", "股")) == "某某处"
    # the row's name is a body of its own, or no sign-off opens it: the issuer stays
    assert signed_desk(body, "某某处", ("科",)) is None
    assert signed_desk(body, "某县档案馆编研科", ("科",)) is None
    assert signed_desk(f"{PROSE}\n某某处", "某某处办公室", ("科",)) is None
    # a sign-off far above the text's end (a quoted name in the body) proves nothing
    far = f"某某处\n{PROSE}\n{PROSE2}\n{PROSE}\n{PROSE2}"
    assert signed_desk(far, "某某处实验管理科", ("科",)) is None


def test_the_signed_desk_moves_in_a_whole_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = (
        "<html><head><meta charset='utf-8'><title>关于实验室安全检查的通知-某某大学</title>"
        "</head><body><div class='nav'>首页　通知　下载</div>"
        "<div class='row'>某某处实验管理科　|　执笔 某某某　|　2021年3月5日 08:10"
        "　|　点击 27 次</div>"
        "<h1>关于实验室安全检查的通知</h1>"
        f"<p>各学院：</p><p>{PROSE}</p><p>{PROSE2}</p><p>某某处</p><p>2021年3月5日</p>"
        "</body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    res = Pipeline(PipelineConfig()).process(next(iter(read_inputs([tmp_path]))), 0)
    meta = res.articles[0].meta
    assert meta.get("origin") == "某某处实验管理科"
    assert meta.get("author") == "某某某"
    assert meta.get("issuer") == "某某处"  # the body that signs it
    assert any(c.rule == "split.meta.signed_desk" for c in res.changes)
