"""The report's page section: the list of pages and, for a sample, the page before and
after cleaning side by side with its changes and articles."""

from __future__ import annotations

from html import escape
from typing import Any

import polars as pl

from cleaner.model import Change
from cleaner.provenance import ProvenanceError
from cleaner.report import pageview
from cleaner.report.assets import STAGE_COLOURS
from cleaner.report.fragments import REPLAY_ERRORS, ReportOptions
from cleaner.report.fragments import clip as _clip
from cleaner.report.fragments import spread as _spread
from cleaner.report.fragments import tag as _tag
from cleaner.report.ledger import Ledger
from cleaner.report.losses import page_loss_html
from cleaner.stages.repair import placeholder_runs


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


def pages_section(
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


__all__ = ["pages_section"]
