"""``cleaner report``: one self-contained HTML file built from a run's ledger.

Parsed with lxml: the seed page's report must show its five articles, every removed
boilerplate line, every repair and the placeholder runs of article 3; nothing in the file
may point outside it; sampling keeps large runs bounded while counts stay complete.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.provenance import NON_EDITS, expand_rows
from cleaner.report.render import ReportOptions, render_report
from cleaner.runner import run
from cleaner.stages.repair import placeholder_runs
from tests.conftest import SAMPLES

runner = CliRunner()


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def details(doc: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return doc.xpath('//section[contains(@class,"page-detail") and @id!="p-missing"]')


def assert_self_contained(text: str) -> None:
    doc = lxml_html.fromstring(text)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp and "default-src 'none'" in csp[0]
    assert not doc.xpath("//link | //iframe | //object | //embed | //script[@src] | //img")
    for attr in doc.xpath("//@src | //@href | //@action"):
        assert attr.startswith("#"), attr


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("rep")
    run([SAMPLES], tmp / "out")
    res = runner.invoke(app, ["report", str(tmp / "out"), "-o", str(tmp / "r" / "sample.html")])
    assert res.exit_code == 0, res.output
    return tmp / "out", (tmp / "r" / "sample.html").read_text("utf-8")


def test_sample_report_is_self_contained(sample_report: tuple[Path, str]) -> None:
    _, text = sample_report
    assert_self_contained(text)
    assert text.count("<html") == 1


def test_counts_and_rules_complete(sample_report: tuple[Path, str]) -> None:
    out, text = sample_report
    doc = lxml_html.fromstring(text)
    data = json.loads(doc.xpath('//script[@id="report-data"]')[0].text)
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert {r["rule"]: r["count"] for r in data["agg"]["rules"]} == summary["changes_by_rule"]
    assert data["agg"]["stages"] == summary["changes_by_stage"]
    assert len(data["pages"]) == summary["pages"] == 13
    assert sum(data["agg"]["lengths"].values()) == summary["articles"]
    assert data["agg"]["encodings"] == summary["encodings"]
    # one expandable block of examples per rule, each with at least one example
    for rule in summary["changes_by_rule"]:
        block = doc.xpath(f'//details[@id="r-{rule}"]')
        assert block and block[0].xpath(".//li"), rule
    # every page rebuilds byte-exact, and says so
    assert text.count("rebuilt byte-exact ✓") == 13


def test_seed_report(seed_page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([seed_page], out)
    path = render_report(out, tmp_path / "seed.html")
    doc = lxml_html.fromstring(path.read_text("utf-8"))
    (sec,) = details(doc)
    arts = rows(out / "articles.jsonl")
    # the five articles, in order, with their titles and parsed metadata
    heads = sec.xpath('.//div[@class="art"]/h4')
    assert len(heads) == 5
    for h, a in zip(heads, arts, strict=True):
        assert a["title"] in h.text_content()
    assert "doc_number: 内政字〔2003〕261号" in sec.text_content()
    # split boundaries: where each article starts in the original
    cuts = [c.text_content() for c in sec.xpath('.//span[@class="cut"]')]
    assert cuts == [f"✂ article {n}" for n in range(1, 6)]
    edits = [c for c in expand_rows(rows(out / "changes.jsonl")) if c["action"] not in NON_EDITS]
    shown: dict[int, list[tuple[str, str]]] = {}
    for el in sec.xpath(".//*[@data-k]"):
        shown.setdefault(int(el.get("data-k")), []).append((el.tag, el.text_content()))
    # every removed boilerplate line is struck through in the original, whole
    bp = [k for k, c in enumerate(edits) if c["stage"] == "boilerplate"]
    assert len(bp) >= 10
    for k in bp:
        removed = "".join(t for tag, t in shown.get(k, []) if tag == "del")
        assert removed == edits[k]["before"], edits[k]["rule"]
        assert "s-boilerplate" in sec.xpath(f'.//del[@data-k="{k}"]')[0].get("class")
    # every repair is highlighted (struck-through original and/or inserted text)
    repairs = [k for k, c in enumerate(edits) if c["stage"] == "repair"]
    assert len(repairs) > 1000
    assert [edits[k]["rule"] for k in repairs if k not in shown] == []
    with_ins = 0
    for k in repairs:
        ins = "".join(t for tag, t in shown[k] if tag == "ins")
        if ins:  # absent only where a later step removed the repaired text (e.g. a header)
            assert ins == edits[k]["after"], edits[k]
            with_ins += 1
    assert with_ins >= 0.9 * sum(1 for k in repairs if edits[k]["after"])
    # the placeholder runs of article 3, all of them
    runs = placeholder_runs(arts[2]["text"])
    assert len(runs) >= 40
    marks = sec.xpath('.//div[@class="art"]')[2].xpath('.//mark[@class="ph"]')
    assert "".join(m.text_content() for m in marks) == "".join(
        arts[2]["text"][s:e] for s, e in runs
    )
    for other in (0, 1, 3, 4):
        assert not sec.xpath('.//div[@class="art"]')[other].xpath('.//mark[@class="ph"]')


def test_page_text_cannot_escape_the_report(tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_text(
        "Title line of a page\n</script><img src=http://example.com/x.png>"
        '<a href="https://example.com">link</a> & more text follows here.\n',
        encoding="utf-8",
    )
    run([page], tmp_path / "out")
    text = render_report(tmp_path / "out", tmp_path / "r.html").read_text("utf-8")
    assert_self_contained(text)
    assert "&lt;img src=http://example.com/x.png&gt;" in text


def test_duplicates_and_quarantine_sections(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SAMPLES / "batch.jsonl", batch)
    (batch / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    run([batch], out)
    arts = rows(out / "articles.jsonl")
    by_rec = {a["source"]: a for a in arts}
    orig, mirror = by_rec[f"{batch}/batch.jsonl:1"], by_rec[f"{batch}/batch.jsonl:4"]
    mirror.update(status="duplicate", dup_of=orig["id"], dup_score=87.5, dup_kind="near")
    (out / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8"
    )
    doc = lxml_html.fromstring(render_report(out, tmp_path / "r.html").read_text("utf-8"))
    (dup,) = doc.xpath('//section[@id="duplicates"]')
    assert "score 87.5 near" in dup.text_content()
    assert len(dup.xpath('.//div[@class="pair"]')) == 1
    assert len(dup.xpath('.//mark[@class="m"]')) >= 2  # shared passages marked on both sides
    (q,) = doc.xpath('//section[@id="quarantine"]')
    assert "empty.txt" in q.text_content() and "empty file" in q.text_content()
    assert "Quarantine (1)" in q.text_content()


def test_sampling_bounds_large_runs(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = (SAMPLES / "batch.jsonl").read_text("utf-8").splitlines()
    batch.write_text("\n".join(lines * 50) + "\n", encoding="utf-8")  # 300 pages
    out = tmp_path / "out"
    summary = run([batch], out)
    small = render_report(out, tmp_path / "s.html", options=ReportOptions(max_pages=5, examples=2))
    doc = lxml_html.fromstring(small.read_text("utf-8"))
    assert len(details(doc)) == 5
    data = json.loads(doc.xpath('//script[@id="report-data"]')[0].text)
    assert len(data["pages"]) == summary["pages"] == 300  # the list stays complete
    assert sum(r["count"] for r in data["agg"]["rules"]) == sum(summary["changes_by_rule"].values())
    for block in doc.xpath('//details[@class="rule"]'):
        assert len(block.xpath(".//li")) <= 2
    big = render_report(out, tmp_path / "b.html", options=ReportOptions(max_pages=300))
    assert small.stat().st_size < big.stat().st_size / 5


def test_report_of_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    res = runner.invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 3
    assert re.fullmatch(r"cleaner: error: .*no summary\.json.*\n", res.stderr)
    assert not (tmp_path / "r.html").exists()
