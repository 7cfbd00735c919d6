"""The curator report: one self-contained HTML file built from a run's ledger.

``render_report(results_dir, out_file)`` reads the run's outputs
(:class:`~cleaner.report.ledger.Ledger`, the report's only source: STYLE.md §3) and writes
one HTML file with its styles, script and data inline and a Content-Security-Policy that
forbids any fetch, so it can be opened offline or mailed.  Sections: overview (counts and
SVG charts), losses (visible → extracted → kept characters, the pages that lost most,
flagged pages highlighted), rules (every rule with before/after examples, removed text
struck through in its stage's colour), pages (original rebuilt from the ledger beside
the cleaned articles, every change highlighted, split boundaries and parsed metadata;
filter by source, site, status including ``flagged``, and rule), duplicates and
quarantine.  A page whose changes cannot be replayed (a corrupt ledger row) is shown
with a one-line note; it never fails the report.

Bounded on large runs: counts and the page list are always complete; the side-by-side
views (``max_pages``), examples per rule (``examples``), displayed characters per page
(``max_page_chars``) and duplicate pairs (``max_pairs``) are sampled.  On a 10,000-article
run the file stays a few MB (figures in ``tests/test_report.py`` and the issue report).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

import polars as pl

from cleaner import __version__
from cleaner.errors import OutputError
from cleaner.report import pageview
from cleaner.report.assets import CSP, SCRIPT, STAGE_COLOURS, STYLE
from cleaner.report.fragments import REPLAY_ERRORS, ReportOptions
from cleaner.report.fragments import clip as _clip
from cleaner.report.fragments import spread as _spread
from cleaner.report.fragments import tag as _tag
from cleaner.report.ledger import Ledger
from cleaner.report.losses import losses_html, page_losses
from cleaner.report.pages import pages_section
from cleaner.report.summary import aggregate
from cleaner.writers import write_text_atomic

# -- sections ------------------------------------------------------------------------


def _overview(led: Ledger, agg: dict[str, Any]) -> str:
    s = led.summary
    st = agg["statuses"]
    cards = [
        ("inputs", len(led.pages) + len(led.quarantine)),
        ("pages", len(led.pages)),
        ("articles", len(led.articles)),
        ("kept", st["kept"]),
        ("duplicate", st["duplicate"] if agg["dedup_measured"] else "—"),
        ("dropped", st["dropped"]),
        ("quarantined", len(led.quarantine)),
        ("changes", led.changes.height),
        ("input MB", f"{s.get('input_bytes', 0) / 1e6:.2f}"),
        ("time", f"{s.get('seconds', 0):.1f} s"),
    ]
    html = ['<section id="overview"><h2>Overview</h2><div class="cards">']
    html += [f'<div class="card"><b>{escape(str(v))}</b><span>{k}</span></div>' for k, v in cards]
    html.append('</div><p class="muted">inputs: ')
    html.append(escape(", ".join(map(str, s.get("inputs", [])))) + "</p>")
    charts = [
        ("stages", "Changes per stage"),
        ("rules", "Changes per rule (top 25)"),
        ("statuses", "Articles by status"),
        ("lengths", "Article length (characters)"),
        ("density", "Placeholder density (share of an article's characters)"),
        ("encodings", "Encodings seen"),
    ]
    if agg["dedup_measured"]:
        charts += [("dups", "Duplicates"), ("clusters", "Duplicate cluster sizes")]
    if agg["quarantine_reasons"]:
        charts.append(("quarantine", "Quarantine reasons"))
    html.append('<div class="charts">')
    html += [
        f'<div class="chart"><h3>{escape(t)}</h3><div data-chart="{k}"></div></div>'
        for k, t in charts
    ]
    html.append("</div></section>")
    return "".join(html)


def _example_rows(led: Ledger, rule_names: list[str], n: int) -> dict[str, list[dict[str, Any]]]:
    if led.changes.is_empty() or n <= 0:
        return {}
    idx = (
        led.changes.with_row_index("row")
        .group_by("rule")
        .agg(pl.col("row"))
        .to_dict(as_series=False)
    )
    rows: list[int] = []
    for rule, positions in zip(idx["rule"], idx["row"], strict=True):
        if rule in rule_names:
            rows += _spread(sorted(positions), n)
    picked = led.changes.with_row_index("row").filter(pl.col("row").is_in(rows))
    out: dict[str, list[dict[str, Any]]] = {}
    for r in picked.iter_rows(named=True):
        out.setdefault(r["rule"], []).append(r)
    return out


def _rules(led: Ledger, agg: dict[str, Any], opt: ReportOptions, sources: dict[str, str]) -> str:
    rules = [r["rule"] for r in agg["rules"]]
    examples = _example_rows(led, rules, opt.examples)
    # context for edit examples: replay the pages they come from (string operations only)
    wanted: dict[str, set[tuple[int, int, str]]] = {}
    for rows in examples.values():
        for r in rows:
            if r["action"] not in pageview.NON_EDITS:
                wanted.setdefault(r["page_id"], set()).add((r["step"], r["start"], r["rule"]))
    ctx: dict[tuple[str, int, int, str], tuple[str, str]] = {}
    by_page = led.articles_by_page()
    pages = {p["id"]: p for p in led.pages}
    for pid, changes in led.changes_of(wanted).items():
        if pid not in pages:
            continue
        try:
            original, _ = led.original_text(pages[pid], by_page.get(pid, []), changes)
            found = pageview.step_contexts(original, changes, wanted[pid])
        except REPLAY_ERRORS:
            continue  # examples without context; the page view says why
        for key, v in found.items():
            ctx[(pid, *key)] = v
    html = [
        '<section id="rules"><h2>Rules</h2><p class="muted">Every rule that fired, how often '
        "(complete counts) and sampled before/after examples: removed text is struck "
        "through in its stage's colour, inserted text underlined.  Look for a rule whose "
        "examples remove real content.</p>",
        "<table><thead><tr><th>stage</th><th>rule</th><th>changes</th><th>pages</th>"
        "<th>chars removed</th></tr></thead><tbody>",
    ]
    for r in agg["rules"]:
        html.append(
            f'<tr><td>{_tag(r["stage"])}</td><td><a href="#r-{escape(r["rule"])}">'
            f"{escape(r['rule'])}</a></td><td class=n>{r['count']}</td>"
            f"<td class=n>{r['pages']}</td><td class=n>{r['removed']}</td></tr>"
        )
    html.append("</tbody></table>")
    for r in agg["rules"]:
        rule, stage = r["rule"], r["stage"]
        exs = examples.get(rule, [])
        html.append(
            f'<details class="rule" id="r-{escape(rule)}"><summary>{_tag(stage)} '
            f"<b>{escape(rule)}</b> · {r['count']} changes on {r['pages']} pages · "
            f"{len(exs)} examples</summary><ol>"
        )
        for e in exs:
            left, right = ctx.get((e["page_id"], e["step"], e["start"], rule), ("", ""))
            cls = f"c s-{escape(stage)}"
            body = (
                f'<span class="ctx">{escape(left)}</span>'
                f'<del class="{cls}">{escape(_clip(e["before"]))}</del>'
                f'<ins class="{cls}">{escape(_clip(e["after"]))}</ins>'
                f'<span class="ctx">{escape(right)}</span>'
            )
            extra = f" · score {e['score']:.0f}" if e["score"] is not None else ""
            if e["action"] in pageview.NON_EDITS and e["ref"]:
                extra += f" · {escape(_clip(e['ref'], 120))}"
            html.append(
                f'<li><div class="ex">{body}</div><div class="muted">{escape(e["action"])} · '
                f'<a href="#pages" data-page="{escape(e["page_id"])}">'
                f"{escape(sources.get(e['page_id'], e['page_id']))}</a>{extra}</div></li>"
            )
        html.append("</ol></details>")
    html.append("</section>")
    return "".join(html)


def _aligned(a: str, b: str) -> tuple[str, str]:
    """Both texts with the passages they share marked (Indel alignment, blocks ≥ 6 chars)."""
    from rapidfuzz.distance import Indel

    ha, hb = [], []
    for op in Indel.opcodes(a, b):
        sa, sb = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        if op.tag == "equal" and len(sa) >= 6:
            ha.append(f'<mark class="m">{escape(sa)}</mark>')
            hb.append(f'<mark class="m">{escape(sb)}</mark>')
        else:
            ha.append(escape(sa))
            hb.append(escape(sb))
    return "".join(ha), "".join(hb)


def _duplicates(led: Ledger, opt: ReportOptions) -> str:
    dups = [a for a in led.articles if a.get("status") == "duplicate"]
    if not dups:
        return ""
    by_id = {a["id"]: a for a in led.articles}
    dups.sort(key=lambda a: -(a.get("dup_score") or 0))
    html = [
        f'<section id="duplicates"><h2>Duplicates</h2><p class="muted">{len(dups)} duplicate '
        f"articles; {min(len(dups), opt.max_pairs)} pairs aligned below (shared passages "
        'marked <mark class="m">purple</mark>).</p>'
    ]
    for a in dups[: opt.max_pairs]:
        other = by_id.get(a.get("dup_of") or "")
        score = a.get("dup_score")
        head = (
            f"<div><b>{escape(a['id'])}</b> {escape(a.get('title') or '')}<br>"
            f"<span class=muted>{escape(a['source'])}</span></div>"
        )
        if other is None:
            left, right = (
                escape(a["text"][:3000]),
                (f"<i>corpus document {escape(str(a.get('dup_of')))} (text not in this run)</i>"),
            )
            ohead = "<div><b>corpus</b></div>"
        else:
            left, right = _aligned(a["text"][:3000], other["text"][:3000])
            ohead = (
                f"<div><b>{escape(other['id'])}</b> {escape(other.get('title') or '')}<br>"
                f"<span class=muted>{escape(other['source'])}</span></div>"
            )
        kind = escape(str(a.get("dup_kind") or ""))
        sc = f"score {score:.1f}" if score is not None else "score —"
        html.append(
            f'<div class="pair"><div>{head}<p class="muted">{sc} {kind}</p>'
            f'<div class="text">{left}</div></div><div>{ohead}<p class="muted">&nbsp;</p>'
            f'<div class="text">{right}</div></div></div>'
        )
    html.append("</section>")
    return "".join(html)


def _quarantine(led: Ledger, opt: ReportOptions) -> str:
    q = led.quarantine
    rows = [
        f"<tr><td>{escape(str(r.get('source')))}</td>"
        f"<td class=n>{escape(str(r.get('line') or ''))}</td>"
        f"<td>{escape(str(r.get('code') or ''))}</td><td>{escape(str(r.get('reason')))}</td></tr>"
        for r in q[: opt.max_rows]
    ]
    more = f"<p class=muted>… {len(q) - opt.max_rows} more</p>" if len(q) > opt.max_rows else ""
    body = (
        "<table><thead><tr><th>source</th><th>line</th><th>code</th><th>reason</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}"
        if q
        else '<p class="muted">No input was rejected.</p>'
    )
    return f'<section id="quarantine"><h2>Quarantine ({len(q)})</h2>{body}</section>'


def _json_script(data: Any) -> str:
    # "<" escaped so page text can never close the script element
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/json" id="report-data">{text}</script>'


def render_html(led: Ledger, options: ReportOptions | None = None) -> str:
    """The report for a loaded ledger, as one HTML string."""
    opt = options or ReportOptions()
    agg = aggregate(led)
    rule_names = sorted(r["rule"] for r in agg["rules"])
    sources = {p["id"]: p["source"] for p in led.pages}
    losses = page_losses(led, lossy_page_loss=opt.lossy_page_loss)
    pages_html, listing = pages_section(led, opt, rule_names, losses)
    data = {
        "agg": agg,
        "colours": STAGE_COLOURS,
        "quarantined": len(led.quarantine),
        "pages": listing,
        "rule_names": rule_names,
    }
    dup_html = _duplicates(led, opt)
    nav = ["overview", "losses", "rules", "pages"]
    nav += (["duplicates"] if dup_html else []) + ["quarantine"]
    title = f"cleaner report: {led.root.name}"
    return "".join(
        [
            '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width,initial-scale=1">',
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
            f"<header><h1>{escape(title)}</h1><div class=sub>cleaner {__version__} · "
            f"{len(led.pages)} pages · {len(led.articles)} articles · "
            f"{led.changes.height} changes</div></header>",
            "<nav>" + "".join(f'<a href="#{n}">{n}</a>' for n in nav) + "</nav><main>",
            _overview(led, agg),
            losses_html(losses, opt.worst_losses),
            _rules(led, agg, opt, sources),
            pages_html,
            dup_html,
            _quarantine(led, opt),
            "</main>",
            _json_script(data),
            f"<script>{SCRIPT}</script></body></html>",
        ]
    )


def render_report(
    results_dir: Path, out_file: Path, *, options: ReportOptions | None = None
) -> Path:
    """Write the HTML report of the run in ``results_dir`` to ``out_file``; return its path.

    The library function behind ``cleaner report`` and ``cleaner run --report``.
    """
    html = render_html(Ledger.load(Path(results_dir)), options)
    out = Path(out_file)
    try:
        write_text_atomic(out, html)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write report: {exc.strerror}") from None
    return out
