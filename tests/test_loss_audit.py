"""The silent-loss audit tells lost lines from lines the output holds in another form.

Its first listing had about 1200 true lines with no rule attached, all of them cells of
HTML tables: the truth lists a table's cells one a line, the reader prints a row's cells
on one line, tab-separated.  Those cells are in the output and count apart (``cell``);
a page is also rebuilt from its articles and changes, so a line lost without a record
would show.  Every word is invented.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "loss_audit.py"
_SPEC = importlib.util.spec_from_file_location("loss_audit", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
la: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(la)

_TABLE_PAGE = """<html><head><title>青禾镇农机补贴公示</title></head><body>
<h1>青禾镇农机补贴公示</h1>
<p>经村民小组评议、镇农业站审核，现将本季度农机购置补贴对象公示如下，公示期七天。</p>
<table>
<tr><th>姓名</th><th>机具</th><th>补贴金额（元）</th></tr>
<tr><td>陶某某</td><td>微耕机</td><td>1200</td></tr>
<tr><td>鲁某某</td><td>插秧机</td><td>5400</td></tr>
</table>
<p>对公示对象有异议的，请于公示期内向镇农业站反映，逾期不予受理。</p>
</body></html>
"""


def test_a_rows_cells_are_held_as_cells_not_lost() -> None:
    truth = ["姓名", "机具", "陶某某", "微耕机"]
    assert la.match_lines(truth, ["姓名\t机具", "陶某某\t微耕机"]) == ["cell"] * 4


def test_exact_lines_are_taken_before_cells() -> None:
    # the lone line '合计' matches exactly; the row's '合计' cell is left for the next one
    got = la.match_lines(["合计", "合计"], ["合计", "合计\t300"])
    assert got == ["exact", "cell"]


def test_one_cell_holds_one_truth_line() -> None:
    # two truth cells '男', one '男' in the output: the second is lost
    assert la.match_lines(["男", "男"], ["男\t41岁"]) == ["cell", None]


def test_a_line_of_one_cell_is_no_row() -> None:
    # a truth line matched only by being a whole output line's text is exact, not a cell
    assert la.match_lines(["苗圃"], ["苗圃育苗三千株"]) == [None]


def test_a_long_line_inside_a_longer_one_is_joined() -> None:
    line = "春播前各村须完成沟渠清淤，"
    out = ["春播前各村须完成沟渠清淤，确保排灌畅通。"]
    assert la.match_lines([line], out) == ["joined"]


def test_a_short_line_inside_a_sentence_is_not_held() -> None:
    # shorter than JOINED_MIN: found in any sentence, it proves nothing
    assert la.match_lines(["排灌"], ["确保排灌畅通。"]) == [None]


def test_a_line_missing_everywhere_is_lost() -> None:
    assert la.match_lines(["第三条　附则"], ["第一条　总则", "第二条　细则"]) == [None]


def _family(tmp: Path, name: str, page: str, text: str, truth: list[str]) -> Path:
    fam = tmp / name
    (fam / "pages").mkdir(parents=True)
    (fam / "pages" / page).write_text(text, encoding="utf-8")
    row = {"page": page, "role": "tune", "articles": [{"title": truth[0], "lines": truth}]}
    (fam / "truth.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    return fam


def test_a_table_page_loses_nothing_and_rebuilds(tmp_path: Path) -> None:
    cells = "姓名 机具 补贴金额（元） 陶某某 微耕机 1200 鲁某某 插秧机 5400".split()
    truth = ["青禾镇农机补贴公示"]
    truth += ["经村民小组评议、镇农业站审核，现将本季度农机购置补贴对象公示如下，公示期七天。"]
    truth += [*cells, "对公示对象有异议的，请于公示期内向镇农业站反映，逾期不予受理。"]
    fam = _family(tmp_path, "tune_t_butie", "page_00.html", _TABLE_PAGE, truth)
    lost, held, broken = la.audit_family(fam)
    assert lost == [] and broken == []
    assert sorted(x["line"] for x in held) == sorted(cells)
    assert {x["form"] for x in held} == {"cell"}


def test_a_removed_line_is_lost_with_its_rule_and_recorded(tmp_path: Path) -> None:
    text = "青禾镇春耕动员会召开\n全镇各村负责人参加会议，部署春耕备耕工作。\n点击下载附件\n"
    truth = ["青禾镇春耕动员会召开", "全镇各村负责人参加会议，部署春耕备耕工作。", "点击下载附件"]
    fam = _family(tmp_path, "tune_t_chungeng", "page_00.txt", text, truth)
    lost, held, broken = la.audit_family(fam)
    assert broken == [] and held == []
    assert [x["line"] for x in lost] == ["点击下载附件"]
    assert lost[0]["rule"].startswith("boilerplate:") and lost[0]["recorded"]


def test_a_page_whose_changes_do_not_invert_does_not_rebuild(tmp_path: Path) -> None:
    text = "青禾镇春耕动员会召开\n全镇各村负责人参加会议，部署春耕备耕工作。\n点击下载附件\n"
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    raw = next(iter(la.read_inputs([tmp_path / "p.txt"])))
    res = la.Pipeline(la.PipelineConfig()).process(raw, 0)
    assert la.rebuilds(raw, res)[0]
    edits = [c for c in res.changes if c.action == "delete"]
    assert edits  # the download prompt went, on the record
    changes = res.changes
    res.changes = [c for c in changes if c is not edits[0]]  # a deletion left off
    assert not la.rebuilds(raw, res)[0]
    res.changes = changes
    art = res.articles[0]  # a line the input never had
    res.articles = [replace(art, text=art.text + "多出一行\n")]
    assert not la.rebuilds(raw, res)[0]
