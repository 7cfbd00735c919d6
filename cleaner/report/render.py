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
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import polars as pl

from cleaner import __version__
from cleaner.errors import OutputError
from cleaner.model import Change
from cleaner.provenance import ProvenanceError
from cleaner.report import pageview
from cleaner.report.assets import CSP, SCRIPT, STAGE_COLOURS, STYLE
from cleaner.report.ledger import Ledger
from cleaner.report.losses import losses_html, page_loss_html, page_losses
from cleaner.report.summary import aggregate
from cleaner.stages.repair import placeholder_runs

#: What a page whose recorded changes cannot be replayed raises (ProvenanceError and
#: UnicodeError are ValueErrors; an offset or article row that is not there: Index/Key).
#: Such a page is shown with a one-line note instead of failing the whole report.
REPLAY_ERRORS = (ValueError, IndexError, KeyError)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportOptions:
    """Sampling limits; counts are never sampled.

    max_pages: side-by-side page views (the list of pages is always complete, up to
        ``max_rows``); examples: before/after examples per rule; max_page_chars: characters
        of a page shown; max_pairs: duplicate pairs shown aligned; max_rows: rows of the
        page, duplicate and quarantine tables.
    """

    max_pages: int = 200
    examples: int = 8
    max_page_chars: int = 30_000
    max_pairs: int = 50
    max_rows: int = 20_000
    worst_losses: int = 10
    lossy_page_loss: float = 0.5


def _spread(items: list[Any], n: int) -> list[Any]:
    """``n`` items spread evenly over ``items`` (deterministic sampling)."""
    if len(items) <= n:
        return list(items)
    if n <= 0:
        return []
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def _clip(s: str, n: int = 300) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _tag(stage: str) -> str:
    return f'<span class="tag s-{escape(stage)}">{escape(stage)}</span>'


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
    skipped = (s.get("read") or {}).get("skipped") or {}
    if skipped:  # archive records, feed items … that are not pages by choice (issue 13)
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(skipped.items(), key=lambda kv: -kv[1]))
        html.append(f'<p class="muted">records skipped on reading: {escape(counts)}</p>')
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


def _pick_pages(led: Ledger, per_page_rules: dict[str, list[str]], n: int) -> list[str]:
    """Pages worth a side-by-side view: those with dropped/duplicate articles and the most
    varied changes first, then an even spread over the rest."""
    odd = {a["page_id"] for a in led.articles if a.get("status") != "kept"}
    ids = [p["id"] for p in led.pages]
    ranked = sorted(ids, key=lambda i: (i not in odd, -len(per_page_rules.get(i, []))))
    first = ranked[: n // 2]
    rest = [i for i in ids if i not in set(first)]
    chosen = set(first) | set(_spread(rest, n - len(first)))
    return [i for i in ids if i in chosen]


def _meta_html(a: dict[str, Any]) -> str:
    meta = a.get("meta") or {}
    parts = [f"{escape(k)}: {escape(str(v))}" for k, v in meta.items()]
    if a.get("dup_of"):
        score = a.get("dup_score")
        parts.append(
            f"duplicate of {escape(a['dup_of'])}" + (f" ({score:.0f})" if score is not None else "")
        )
    if a.get("reason"):
        parts.append(f"reason: {escape(str(a['reason']))}")
    parts.append(f"placeholders: {a.get('placeholders', 0)}")
    return " · ".join(parts)


def _articles_html(
    arts: list[dict[str, Any]], ann: pageview.Annotation | None, opt: ReportOptions
) -> str:
    """The cleaned articles; with an annotation, every change highlighted."""
    budget = opt.max_page_chars
    out, pos = [], 0
    for a in arts:
        text = a.get("text") or ""
        n = len(text)
        shown = min(n, max(budget, 0))
        if ann is not None:
            body = pageview.cleaned_html(ann, pos, pos + shown, placeholder_runs(text[:shown]))
        else:
            body = escape(text[:shown])
        if shown < n:
            body += f'<span class="trunc">… {n - shown} more characters</span>'
        budget -= shown
        st = escape(str(a.get("status")))
        out.append(
            f'<div class="art"><h4>#{a.get("article_index")} {escape(a.get("title") or "")} '
            f'<span class="st-{st}">{st}</span></h4><div class="meta">{_meta_html(a)}</div>'
            f"{body}</div>"
        )
        pos += n
    return "".join(out)


def _page_detail(
    led: Ledger,
    page: dict[str, Any],
    arts: list[dict[str, Any]],
    changes: list[Change],
    opt: ReportOptions,
    loss: dict[str, Any] | None = None,
) -> str:
    """One page side by side; a page whose changes cannot be replayed gets a one-line note
    and its cleaned articles and change list (the rest of the report is unaffected)."""
    ann: pageview.Annotation | None = None
    exact = False
    problem = ""
    try:
        original, exact = led.original_text(page, arts, changes)
        ann = pageview.annotate(original, changes)
        if ann.final != "".join(a["text"] for a in arts):
            raise ProvenanceError("the replayed text differs from the page's articles")
    except REPLAY_ERRORS as exc:
        ann, problem = None, f"{type(exc).__name__}: {exc}"
    info = [
        f"id {escape(page['id'])}",
        f"site {escape(str(page.get('site') or '—'))}",
        f"encoding {escape(str(page.get('encoding')))} "
        f"({page.get('encoding_confidence') or 0:.2f})",
        f"newline {escape(str(page.get('newline')))}",
        f"{page.get('bytes') or 0} bytes",
        "rebuilt byte-exact ✓" if exact else "<b>rebuild differs from input ✗</b>",
        f"{len(changes)} changes",
    ]
    if problem:
        info[5] = "<b>not replayed ✗</b>"
    if page.get("url"):
        info.insert(2, f"url {escape(str(page['url']))}")  # text only: never a link
    if ann is not None:
        lengths = [len(a["text"]) for a in arts]
        cuts = pageview.article_starts(ann, lengths) if len(arts) > 1 else {}
        left = pageview.original_html(ann, cuts, limit=opt.max_page_chars)
        note = ""
    else:
        left = '<span class="muted">—</span>'
        note = (
            f'<p class="warn">provenance could not be replayed: {escape(_clip(problem, 300))}</p>'
        )
    rows = [
        f"<tr><td class=n>{c.step}</td><td>{_tag(c.stage)}</td><td>{escape(c.rule)}</td>"
        f"<td>{escape(c.action)}</td><td class=ex>{escape(_clip(c.before, 120))}</td>"
        f"<td class=ex>{escape(_clip(c.after, 120))}</td></tr>"
        for c in changes[:500]
    ]
    more = f"<p class=muted>… {len(changes) - 500} more</p>" if len(changes) > 500 else ""
    return (
        f'<section class="page-detail" id="p-{escape(page["id"])}">'
        f"<h3>{escape(str(page.get('source')))}</h3><div class=meta>{' · '.join(info)}</div>"
        f"{page_loss_html(loss)}{note}"
        '<div class="side"><div><h4>Original (rebuilt from the ledger)</h4><div class="text">'
        f"{left}</div></div>"
        f'<div><h4>Cleaned articles ({len(arts)})</h4><div class="text">'
        f"{_articles_html(arts, ann, opt)}</div></div></div>"
        f"<details><summary>{len(changes)} changes</summary><table><thead><tr><th>step</th>"
        "<th>stage</th><th>rule</th><th>action</th><th>before</th><th>after</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</details></section>"
    )


def _pages(
    led: Ledger, opt: ReportOptions, rule_names: list[str], losses: list[dict[str, Any]]
) -> tuple[str, list[dict]]:
    per_page_rules: dict[str, list[str]] = {}
    n_changes: dict[str, int] = {}
    if not led.changes.is_empty():
        g = led.changes.group_by("page_id").agg(pl.col("rule").unique(), pl.len().alias("n"))
        for pid, rl, n in g.iter_rows():
            per_page_rules[pid], n_changes[pid] = rl, n
    by_page = led.articles_by_page()
    detail_ids = _pick_pages(led, per_page_rules, opt.max_pages)
    ridx = {r: i for i, r in enumerate(rule_names)}
    loss_of = {r["id"]: r for r in losses}
    listing = [
        {
            "id": p["id"],
            "source": p["source"],
            "site": p.get("site") or "—",
            "n_articles": len(by_page.get(p["id"], [])),
            "statuses": sorted({a.get("status", "kept") for a in by_page.get(p["id"], [])}),
            "n_changes": n_changes.get(p["id"], 0),
            "rules": sorted(ridx[r] for r in per_page_rules.get(p["id"], []) if r in ridx),
            "titles": _clip(
                " | ".join(a.get("title") or "" for a in by_page.get(p["id"], [])), 200
            ),
            "detail": p["id"] in detail_ids,
            "page_status": loss_of[p["id"]]["status"] if p["id"] in loss_of else "ok",
            "flags": loss_of[p["id"]]["flags"] if p["id"] in loss_of else [],
            "loss": loss_of[p["id"]]["loss"] if p["id"] in loss_of else 0.0,
        }
        for p in led.pages[: opt.max_rows]
    ]
    pages = {p["id"]: p for p in led.pages}
    details = []
    for pid, changes in led.changes_of(detail_ids).items():
        details.append(
            _page_detail(led, pages[pid], by_page.get(pid, []), changes, opt, loss_of.get(pid))
        )
    legend = " ".join(_tag(s) for s in STAGE_COLOURS)
    html = (
        '<section id="pages"><h2>Pages</h2>'
        f'<p class="muted">{len(led.pages)} pages; {len(detail_ids)} with a side-by-side view '
        f"(hover a change to see it on both sides; ✂ marks where an article starts; "
        f'<mark class="ph">yellow</mark> = placeholder run). Stages: {legend}</p>'
        '<div class="filters"><input id="f-text" placeholder="search source, id, title">'
        '<select id="f-site"><option value="">any site</option></select>'
        '<select id="f-status"><option value="">any status</option></select>'
        '<select id="f-rule"><option value="">any rule</option></select></div>'
        '<div class="pager"><button id="pg-prev">◀</button> <span id="pg-info"></span> '
        '<button id="pg-next">▶</button></div>'
        '<table id="page-list"><thead><tr><th>source</th><th>site</th><th>articles</th>'
        "<th>status</th><th>changes</th><th>view</th></tr></thead><tbody></tbody></table>"
        '<section class="page-detail" id="p-missing"><p>Page <code></code> has no side-by-side '
        "view in this report (sampled); <code>cleaner explain RESULTS PAGE_ID</code> shows it."
        "</p></section>" + "".join(details) + "</section>"
    )
    return html, listing


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
    pages_html, listing = _pages(led, opt, rule_names, losses)
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
    from cleaner.report.gate import write_atomic

    html = render_html(Ledger.load(Path(results_dir)), options)
    out = Path(out_file)
    try:
        write_atomic(out, html)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write report: {exc.strerror}") from None
    return out
