"""A report for every run (issue 11): ``cleaner report`` and ``run --report`` on text, HTML,
WARC and JSONL inputs, mixed batches, Parquet outputs and the Ray engine's output.

Each report must render without a traceback, rebuild every page (the original beside the
cleaned articles, byte-exact), show before/after examples for every rule that fired, and
carry the Losses section.  A page whose recorded changes cannot be replayed (a corrupted
ledger row) is shown with a one-line note; the rest of the report is unaffected.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.provenance import NON_EDITS
from tests.conftest import SAMPLES
from tests.conftest_ray import ray_session_fixture  # noqa: F401 - skips without Ray
from tests.test_ingest import FORUM, GOOD_TEXT, NEWS_GBK, warc_bytes

runner = CliRunner()

#: kind of input → files of the batch (made in a tmp folder by :func:`make_inputs`)
KINDS = ("text", "html", "warc", "jsonl", "mixed")


def make_inputs(root: Path, kind: str) -> Path:
    d = root / kind
    d.mkdir(parents=True)
    if kind in ("text", "mixed"):
        shutil.copy(SAMPLES / "english_blog.txt", d)
        shutil.copy(SAMPLES / "xiexiebang_compiled_01.txt", d)
    if kind in ("html", "mixed"):
        shutil.copy(NEWS_GBK, d)
        shutil.copy(FORUM, d)
    if kind in ("warc", "mixed"):
        (d / "crawl.warc.gz").write_bytes(
            warc_bytes(
                [
                    ("https://garden.example.org/t/42", FORUM.read_bytes(), "text/html"),
                    ("https://news.example.com/a", NEWS_GBK.read_bytes(), "text/html"),
                    ("https://www.example.com/a.txt", GOOD_TEXT.encode(), "text/plain"),
                ],
                gz=True,
            )
        )
    if kind in ("jsonl", "mixed"):
        shutil.copy(SAMPLES / "batch.jsonl", d)
    return d


def cli(*args: Any) -> Any:
    res = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in res.output, res.output
    return res


def check_report(out: Path, report: Path) -> lxml_html.HtmlElement:
    """Every page replayed and rebuilt, every rule with before/after, a Losses section."""
    text = report.read_text("utf-8")
    assert "provenance could not be replayed" not in text
    doc = lxml_html.fromstring(text)
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    n_pages = summary["pages"]
    assert n_pages >= 2
    assert text.count("rebuilt byte-exact ✓") == n_pages
    data = json.loads(doc.xpath('//script[@id="report-data"]')[0].text)
    assert len(data["pages"]) == n_pages
    for rule in summary["changes_by_rule"]:
        (block,) = doc.xpath(f'//details[@id="r-{rule}"]')
        examples = block.xpath(".//li")
        assert examples, rule
        if not rule.startswith(("dedup.", "split.article")):
            assert block.xpath(".//del") and block.xpath(".//ins"), rule
    (losses,) = doc.xpath('//section[@id="losses"]')
    assert losses.xpath(".//table//tr")
    return doc


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
@pytest.mark.parametrize("kind", KINDS)
def test_report_on_every_kind_of_output(tmp_path: Path, kind: str, fmt: str) -> None:
    src = make_inputs(tmp_path, kind)
    out = tmp_path / "out"
    res = cli("run", src, "--out", out, "--format", fmt, "--report", tmp_path / "run.html", "-q")
    assert res.exit_code == 0, res.output
    assert (out / f"pages.{fmt}").exists()
    doc = check_report(out, tmp_path / "run.html")
    res = cli("report", out, "-o", tmp_path / "again.html", "-q")
    assert res.exit_code == 0, res.output
    check_report(out, tmp_path / "again.html")
    if kind in ("html", "warc", "mixed"):
        # HTML pages: the original side is the visible text the pipeline received (the
        # changes' offsets refer to it), not the markup of the stored bytes
        views = doc.xpath('//section[contains(@class,"page-detail") and @id!="p-missing"]')
        originals = [v.xpath('.//div[@class="text"]')[0].text_content() for v in views]
        assert not any("<html" in o.lower() or "<div" in o.lower() for o in originals)


def test_report_on_the_gne_pages_that_failed(shared_corpora: Path, tmp_path: Path) -> None:
    """The batch of issue 11: real news pages whose report raised ProvenanceError."""
    src = tmp_path / "d"
    src.mkdir()
    for f in sorted((shared_corpora / "gne" / "tests").glob("*/*.html")):
        shutil.copy(f, src / f"{f.parent.name}_{f.name}")
    out = tmp_path / "out"
    res = cli("run", src, "--out", out, "--report", tmp_path / "r.html", "-q")
    assert res.exit_code == 0, res.output
    check_report(out, tmp_path / "r.html")


def test_corrupted_ledger_row_is_a_note_not_a_crash(tmp_path: Path) -> None:
    src = make_inputs(tmp_path, "mixed")
    out = tmp_path / "out"
    assert cli("run", src, "--out", out, "-q").exit_code == 0
    rows = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    victim = next(r for r in rows if r["action"] not in NON_EDITS and r["stage"] == "repair")
    victim["before"] = "NOT THE TEXT" + victim["before"]
    (out / "changes.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    res = cli("report", out, "-o", tmp_path / "r.html", "-q")
    assert res.exit_code == 0, res.output
    text = (tmp_path / "r.html").read_text("utf-8")
    doc = lxml_html.fromstring(text)
    (bad,) = doc.xpath(f'//section[@id="p-{victim["page_id"]}"]')
    (note,) = bad.xpath('.//p[@class="warn"]')
    assert note.text_content().startswith("provenance could not be replayed: ")
    assert victim["rule"] in note.text_content()
    assert bad.xpath('.//div[@class="art"]')  # the cleaned articles are still shown
    assert text.count("provenance could not be replayed") == 1
    pages = json.loads((out / "summary.json").read_text("utf-8"))["pages"]
    assert text.count("rebuilt byte-exact ✓") == pages - 1  # every other page is intact
    # explain still describes the page (it lists changes; it does not replay them)
    res = cli("explain", out, victim["page_id"])
    assert res.exit_code == 0 and victim["rule"] in res.output


def test_flagged_pages_in_the_losses_and_page_filter(tmp_path: Path) -> None:
    from tests.test_validate import fake_run

    out = fake_run(tmp_path / "out", {3: 0.95, 7: 0.92})
    res = cli("report", out, "-o", tmp_path / "r.html", "-q")
    assert res.exit_code == 0, res.output
    doc = lxml_html.fromstring((tmp_path / "r.html").read_text("utf-8"))
    rows = doc.xpath('//table[@id="loss-table"]/tbody/tr')
    assert len(rows) == 10
    assert [r.get("class") for r in rows[:3]] == ["flagged", "flagged", None]
    assert "site/p03.html" in rows[0].text_content() and "95.0%" in rows[0].text_content()
    data = json.loads(doc.xpath('//script[@id="report-data"]')[0].text)
    by_src = {p["source"]: p for p in data["pages"]}
    assert by_src["site/p03.html"]["page_status"] == "flagged"
    assert by_src["site/p03.html"]["flags"] == ["lossy"]
    assert '"flagged"' in doc.xpath("//script[not(@id)]")[0].text  # a filter option
    assert "extract" in data["colours"]


def test_explain_shows_extract_rows_and_flags(tmp_path: Path) -> None:
    from cleaner.cli.explain import describe
    from cleaner.model import Change

    block = "首页 新闻 体育 财经\n"
    line = describe(Change("p", "extract", "extract.nav", "delete", 0, len(block), block))
    assert line == f"    - extract.nav: dropped {len(block)} chars at 0: “首页 新闻 体育 财经⏎”"
    budget = Change(
        "p", "boilerplate", "boilerplate.loss_budget", "flag", 0, 0, "", score=72.0,
        ref="boilerplate.site_repeat",
    )  # fmt: skip
    assert "boilerplate.site_repeat not applied: it would remove 72 %" in describe(budget)
    fb = Change("p", "extract", "extract.fallback.visible", "flag", 0, 0, "")
    assert "fell back to visible" in describe(fb)


@pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
def test_report_on_the_ray_engine_output(ray_session: Any, tmp_path: Path) -> None:
    src = make_inputs(tmp_path, "mixed")
    out = tmp_path / "out"
    res = cli("run", src, "--out", out, "--engine", "ray", "--report", tmp_path / "r.html", "-q")
    assert res.exit_code == 0, res.output
    assert (out / "pages.parquet").is_dir()  # folders of Parquet parts
    check_report(out, tmp_path / "r.html")
    assert cli("report", out, "-o", tmp_path / "again.html", "-q").exit_code == 0
