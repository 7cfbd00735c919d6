"""A :class:`~cleaner.report.verdict.Verdict` in the formats CI systems read.

* JSON (:meth:`Verdict.to_json`, stable keys, ``ensure_ascii=False``);
* JUnit XML: one ``<testcase>`` per check, a ``<failure>`` for a failed check and a
  ``<skipped>`` for a skipped or unmeasured one; this is what GitLab, Jenkins and the
  GitHub test-report actions display;
* GitHub Actions workflow commands (``::error title=…::…``) when ``GITHUB_ACTIONS=true``;
* Markdown for ``$GITHUB_STEP_SUMMARY`` or a pull-request comment;
* a rich table for the terminal.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from cleaner.report.verdict import Check, Verdict
from cleaner.report.verdict import fmt as _fmt

_ICON = {"pass": "✅", "fail": "❌", "not_measured": "➖", "skipped": "⏭"}


def to_json_text(verdict: Verdict) -> str:
    return json.dumps(verdict.to_json(), ensure_ascii=False, indent=2) + "\n"


def to_junit(verdict: Verdict) -> str:
    """JUnit XML with one test case per check (classname ``cleaner.validate.<kind>``)."""
    checks = verdict.checks
    failures = sum(c.status == "fail" for c in checks)
    skipped = sum(c.status in ("skipped", "not_measured") for c in checks)
    suites = ET.Element("testsuites", name="cleaner validate")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="cleaner.validate",
        tests=str(len(checks)),
        failures=str(failures),
        errors="0",
        skipped=str(skipped),
        time=f"{verdict.seconds:.3f}",
    )
    props = ET.SubElement(suite, "properties")
    for k, v in (
        ("inputs_digest", verdict.digest.get("inputs", "")),
        ("settings_digest", verdict.digest.get("settings", "")),
        ("baseline", verdict.baseline or ""),
    ):
        ET.SubElement(props, "property", name=k, value=v)
    for c in checks:
        case = ET.SubElement(
            suite, "testcase", classname=f"cleaner.validate.{c.kind}", name=c.name, time="0"
        )
        if c.status == "fail":
            f = ET.SubElement(case, "failure", message=c.message, type="threshold")
            f.text = c.message
        elif c.status in ("skipped", "not_measured"):
            ET.SubElement(case, "skipped", message=c.message)
        out = ET.SubElement(case, "system-out")
        out.text = c.message
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


def _esc_gh(text: str) -> str:
    # workflow-command data escaping (actions/toolkit: %, \r, \n)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_annotations(verdict: Verdict) -> list[str]:
    """``::error``/``::warning``/``::notice`` lines for the GitHub Actions log."""
    lines = [
        f"::error title=cleaner validate: {c.name}::{_esc_gh(c.message)}" for c in verdict.failed
    ]
    lines += [f"::warning title=cleaner validate::{_esc_gh(n)}" for n in verdict.notes]
    word = "failed" if verdict.failed else "passed"
    lines.append(
        f"::notice title=cleaner validate::{word}: "
        f"{sum(c.status == 'pass' for c in verdict.checks)} checks passed, "
        f"{len(verdict.failed)} failed"
    )
    return lines


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(verdict: Verdict) -> str:
    """A Markdown summary: verdict, failed checks first, then every check and the counts."""
    m = verdict.metrics
    head = "❌ **cleaner validate failed**" if verdict.failed else "✅ **cleaner validate passed**"
    lines = [
        "## cleaner validate",
        "",
        head + f" — {len(verdict.failed)} of {len(verdict.checks)} checks failed",
        "",
        f"{m.get('inputs', 0)} inputs · {m.get('pages', 0)} pages · "
        f"{m.get('articles', 0)} articles ({m.get('articles_kept', 0)} kept, "
        f"{m.get('articles_duplicate', 0)} duplicate, {m.get('articles_dropped', 0)} dropped) · "
        f"{m.get('quarantined', 0)} quarantined",
        "",
        "| | check | metric | value | limit |",
        "|---|---|---|---:|---:|",
    ]
    order = {"fail": 0, "pass": 1, "not_measured": 2, "skipped": 3}
    for c in sorted(verdict.checks, key=lambda c: order[c.status]):
        lines.append(
            f"| {_ICON[c.status]} | `{c.name}` | {c.metric} | {_fmt(c.value)} | "
            f"{c.op} {_fmt(c.limit)} |"
        )
    failed_notes = [c for c in verdict.failed if c.note]
    if failed_notes:
        lines += [""] + [f"- `{c.name}`: {_md_cell(c.note)}" for c in failed_notes]
    lines += loss_table_md(verdict.losses)
    for n in verdict.notes:
        lines += ["", f"> ⚠️ {_md_cell(n)}"]
    lines += [
        "",
        f"<sub>inputs digest `{verdict.digest.get('inputs', '')[:12]}` · settings digest "
        f"`{verdict.digest.get('settings', '')[:12]}`"
        + (f" · baseline `{verdict.baseline}`" if verdict.baseline else "")
        + "</sub>",
        "",
    ]
    return "\n".join(lines)


def loss_table_md(losses: Sequence[dict[str, Any]]) -> list[str]:
    """The worst-losses table as Markdown lines (nothing when no page lost anything)."""
    rows = [r for r in losses if r["loss"] > 0 or r["flags"] or r["extract_share"] < 1]
    if not rows:
        return []
    out = [
        "",
        "### Worst losses",
        "",
        "| page | extracted | kept | loss | extract share | flags |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        out.append(
            f"| {_md_cell(str(r['source']))} | {r['chars_extracted']} | {r['chars_kept']} | "
            f"{r['loss']:.1%} | {r['extract_share']:.1%} | "
            f"{_md_cell(', '.join(r['flags'])) or '—'} |"
        )
    return out


def print_table(verdict: Verdict, *, console: Any = None) -> None:
    """The checks as a rich table, then the verdict line."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    con = console or Console()
    style = {"pass": "green", "fail": "bold red", "not_measured": "dim", "skipped": "dim"}
    t = Table(title="cleaner validate", title_justify="left")
    for col, just in (
        ("status", "left"),
        ("check", "left"),
        ("value", "right"),
        ("limit", "right"),
        ("note", "left"),
    ):
        t.add_column(col, justify=just, no_wrap=col != "note")  # type: ignore[arg-type]
    for c in verdict.checks:
        t.add_row(
            f"[{style[c.status]}]{c.status}[/]",
            c.name,
            _fmt(c.value),
            f"{c.op} {_fmt(c.limit)}",
            escape(c.note),
        )
    con.print(t)
    lossy = [r for r in verdict.losses if r["flags"]]
    if lossy:
        lt = Table(title="pages flagged (worst losses)", title_justify="left")
        for col in ("page", "extracted", "kept", "loss", "extract share", "flags"):
            lt.add_column(col, justify="left" if col in ("page", "flags") else "right")
        for r in lossy:
            lt.add_row(
                escape(str(r["source"])),
                str(r["chars_extracted"]),
                str(r["chars_kept"]),
                f"{r['loss']:.1%}",
                f"{r['extract_share']:.1%}",
                escape(", ".join(r["flags"])),
            )
        con.print(lt)
    for n in verdict.notes:
        con.print(f"[yellow]note:[/] {n}")
    if verdict.failed:
        con.print(f"[bold red]FAILED[/]: {', '.join(c.name for c in verdict.failed)}")
    else:
        con.print("[green]passed[/]: every check passed")


__all__ = ["Check", "github_annotations", "print_table", "to_json_text", "to_junit", "to_markdown"]
