"""What each page lost: the run's per-page accounting read back, checked and shown.

The pipeline records, per page, ``chars_visible`` → ``chars_extracted`` → ``chars_kept``,
``loss``, ``extract_share``, ``removed`` (per stage, and ``boilerplate.learned``) and
``flags`` (:mod:`cleaner.accounting`).  :func:`page_losses` reads them back, from the
change ledger when an output predates them, so the gate (:mod:`cleaner.report.gate`),
the report's "Losses" section (:func:`losses_html`) and ``cleaner explain`` tell the same
story.  STYLE.md §6 rule 16: a page that lost most of its text is flagged, never silent.

>>> round(max(0.0, 1 - 40 / 100), 4)  # loss of a page that kept 40 of 100 extracted chars
0.6
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

import polars as pl

from cleaner.report.ledger import Ledger

#: Stages that run on the extracted text: what they remove is the page's ``loss``.
AFTER_EXTRACT: tuple[str, ...] = ("boilerplate", "repair", "split")
#: Ledger rules whose removals count as learned (site-repeat lines, not a named rule).
LEARNED_PREFIX = "boilerplate.site_repeat"
#: Key of the learned removals in a page's ``removed`` field.
LEARNED_KEY = "boilerplate.learned"
#: Columns of the worst-losses table (JSON key ``losses``, Markdown, HTML "Losses").
LOSS_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "status",
    "chars_visible",
    "chars_extracted",
    "chars_kept",
    "loss",
    "extract_share",
    "flags",
    "reason",
)


def _as_dict(v: Any) -> dict[str, int]:
    if isinstance(v, str):  # Parquet stores the dict as a JSON string
        try:
            v = json.loads(v)
        except json.JSONDecodeError:
            return {}
    return {str(k): int(n) for k, n in v.items()} if isinstance(v, dict) else {}


def _as_list(v: Any) -> list[str]:
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except json.JSONDecodeError:
            return [v] if v else []
    return [str(x) for x in v] if isinstance(v, list | tuple) else []


def _ledger_removed(ledger: Ledger) -> tuple[dict[str, dict[str, int]], dict[str, list[str]]]:
    """Per page: chars removed by stage (+ learned), and flags recorded as ledger rows."""
    removed: dict[str, dict[str, int]] = {}
    flags: dict[str, list[str]] = {}
    df = ledger.changes
    if df.is_empty():
        return removed, flags
    # as cleaner.accounting counts: deletions and replacements that shortened the text
    net = (
        (pl.col("before").str.len_chars() - pl.col("after").str.len_chars())
        .clip(lower_bound=0)
        .alias("net")
    )
    learned = pl.col("rule").str.starts_with(LEARNED_PREFIX)
    g = (
        df.filter(pl.col("action").is_in(["delete", "replace"]))
        .with_columns(net)
        .group_by("page_id", "stage")
        .agg(pl.col("net").sum(), pl.col("net").filter(learned).sum().alias("learned"))
    )
    for pid, stage, n, n_learned in g.iter_rows():
        d = removed.setdefault(pid, {})
        d[stage] = int(n or 0)
        if n_learned:
            d[LEARNED_KEY] = d.get(LEARNED_KEY, 0) + int(n_learned)
    fl = df.filter(
        (pl.col("action") == "flag")
        & (pl.col("rule").str.starts_with("extract.fallback") | (pl.col("rule") == BUDGET_RULE))
    ).select("page_id", "rule")
    for pid, rule in fl.iter_rows():
        flag = "loss_budget" if rule == BUDGET_RULE else f"extract_fallback:{rule.split('.')[-1]}"
        if flag not in flags.setdefault(pid, []):
            flags[pid].append(flag)
    return removed, flags


#: Ledger rule of a learned/tail rule that was not applied because of the loss budget.
BUDGET_RULE = "boilerplate.loss_budget"


def page_losses(ledger: Ledger, *, lossy_page_loss: float = 0.5) -> list[dict[str, Any]]:
    """What each page lost, in run order: one row of :data:`LOSS_COLUMNS` (+ ``removed``).

    The run records ``chars_visible``, ``chars_extracted``, ``chars_kept``, ``loss``,
    ``extract_share``, ``removed``, ``flags`` and ``status`` per page; outputs written
    before those fields existed get them from the articles and the change ledger (loss =
    share of the extracted text the stages after extraction removed).  A page whose loss is
    above ``lossy_page_loss`` gets the flag ``lossy`` if the run did not set it.
    """
    arts = ledger.articles_by_page()
    removed_l, flags_l = _ledger_removed(ledger)
    out: list[dict[str, Any]] = []
    for p in ledger.pages:
        pid = p["id"]
        removed = _as_dict(p.get("removed")) or removed_l.get(pid, {})
        kept = p.get("chars_kept")
        if kept is None:
            kept = sum(len(a["text"]) for a in arts.get(pid, []))
        extracted = p.get("chars_extracted")
        if extracted is None:
            extracted = kept + max(0, sum(removed.get(s, 0) for s in AFTER_EXTRACT))
        visible = p.get("chars_visible")
        if visible is None:
            visible = extracted + max(0, removed.get("extract", 0))
        loss = p.get("loss")
        if loss is None:
            loss = max(0.0, 1 - kept / extracted) if extracted else 0.0
        share = p.get("extract_share")
        if share is None:
            share = extracted / visible if visible else 1.0
        flags = _as_list(p.get("flags"))
        flags += [f for f in flags_l.get(pid, []) if f not in flags]
        status = p.get("status") or "ok"
        if loss > lossy_page_loss and "lossy" not in flags and status != "dropped":
            flags.append("lossy")
        out.append(
            {
                "id": pid,
                "source": p.get("source") or pid,
                "status": status,
                "chars_visible": int(visible),
                "chars_extracted": int(extracted),
                "chars_kept": int(kept),
                "loss": round(float(loss), 4),
                "extract_share": round(float(share), 4),
                "flags": flags,
                "reason": p.get("reason"),
                "removed": removed,
            }
        )
    return out


def worst_losses(rows: list[dict[str, Any]], n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` pages that lost most (loss, then lowest extract share), LOSS_COLUMNS only."""
    ranked = sorted(rows, key=lambda r: (-r["loss"], r["extract_share"], r["source"]))
    return [{k: r[k] for k in LOSS_COLUMNS} for r in ranked[:n]]


def lossy_pages(rows: list[dict[str, Any]], lossy_page_loss: float) -> list[dict[str, Any]]:
    """Pages (not dropped on purpose) that lost more than ``lossy_page_loss`` of their
    extracted text, worst first."""
    bad = [r for r in rows if r["status"] != "dropped" and r["loss"] > lossy_page_loss]
    return sorted(bad, key=lambda r: -r["loss"])


#: Pages with less visible text are not judged by their extract share (as
#: ``[budget] min_visible_chars``: a short page's main text is legitimately small).
LOW_EXTRACT_MIN_VISIBLE = 1000


def low_extract_pages(rows: list[dict[str, Any]], low_extract_share: float) -> list[dict[str, Any]]:
    """HTML pages whose extraction kept less than ``low_extract_share`` of the visible text
    (flagged ``extract_low`` by the run, or measured here on pages of at least
    :data:`LOW_EXTRACT_MIN_VISIBLE` visible characters)."""
    bad = [
        r
        for r in rows
        if "extract_low" in r["flags"]
        or (
            r["chars_visible"] >= LOW_EXTRACT_MIN_VISIBLE
            and r["chars_extracted"] < r["chars_visible"]
            and r["extract_share"] < low_extract_share
        )
    ]
    return sorted(bad, key=lambda r: r["extract_share"])


def fallback_pages(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pages where the main-text extractor found too little and a fallback was used."""
    return [r for r in rows if any(f.startswith("extract_fallback") for f in r["flags"])]


def loss_metrics(
    rows: list[dict[str, Any]], *, lossy_page_loss: float, low_extract_share: float
) -> dict[str, Any]:
    """The loss part of :func:`~cleaner.report.summary.batch_metrics` (shares of pages,
    and of extracted characters for the learned removals)."""
    n = len(rows)
    extracted = sum(r["chars_extracted"] for r in rows)
    learned = sum(max(0, r["removed"].get(LEARNED_KEY, 0)) for r in rows)
    return {
        "chars_visible": sum(r["chars_visible"] for r in rows),
        "chars_extracted": extracted,
        "chars_kept": sum(r["chars_kept"] for r in rows),
        "lossy_pages": len(lossy_pages(rows, lossy_page_loss)),
        "lossy_page_share": _share(len(lossy_pages(rows, lossy_page_loss)), n),
        "flagged_pages": sum(1 for r in rows if r["status"] == "flagged" or r["flags"]),
        "learned_removed_chars": learned,
        "learned_removed_share": _share(learned, extracted),
        "extract_fallback_share": _share(len(fallback_pages(rows)), n),
        "low_extract_page_share": _share(len(low_extract_pages(rows, low_extract_share)), n),
    }


def _share(part: float, whole: float) -> float:
    return round(part / whole, 6) if whole else 0.0


# -- the report's "Losses" section -------------------------------------------------------


def page_loss_html(loss: dict[str, Any] | None) -> str:
    """One line under a page view's header: what the page kept, its status and flags."""
    if not loss:
        return ""
    parts = [
        f"visible {loss['chars_visible']}",
        f"extracted {loss['chars_extracted']} ({loss['extract_share']:.1%})",
        f"kept {loss['chars_kept']}",
        f"loss {loss['loss']:.1%}",
    ]
    if loss["status"] not in ("ok", None):
        parts.append(f"status <b>{escape(str(loss['status']))}</b>")
    if loss["flags"]:
        parts.append("flags <b>" + escape(", ".join(loss["flags"])) + "</b>")
    if loss.get("reason"):
        parts.append(f"reason {escape(str(loss['reason']))}")
    cls = "meta flagged" if loss["flags"] or loss["status"] == "flagged" else "meta"
    return f'<div class="{cls}">{" · ".join(parts)}</div>'


def losses_html(rows: list[dict[str, Any]], n: int = 10) -> str:
    """The pages that lost most of their text (worst first), flagged pages highlighted."""
    worst = worst_losses(rows, n)
    flagged = sum(1 for r in rows if r["flags"] or r["status"] == "flagged")
    vis = sum(r["chars_visible"] for r in rows)
    ext = sum(r["chars_extracted"] for r in rows)
    kept = sum(r["chars_kept"] for r in rows)
    head = (
        '<section id="losses"><h2>Losses</h2><p class="muted">How much of each page the '
        f"run kept: {vis} visible characters, {ext} after HTML extraction "
        f"({ext / vis if vis else 1:.1%}), {kept} in the articles "
        f"({kept / ext if ext else 1:.1%} of the extracted text); {flagged} of {len(rows)} "
        "pages flagged.  <i>loss</i> = share of the extracted text removed by boilerplate, "
        "repair and split; <i>extract share</i> = share of the visible text extraction kept. "
        f"The {len(worst)} worst pages:</p>"
    )
    body = [
        "<table id=loss-table><thead><tr><th>source</th><th>status</th><th>visible</th>"
        "<th>extracted</th><th>kept</th><th>loss</th><th>extract share</th><th>flags</th>"
        "</tr></thead><tbody>"
    ]
    for r in worst:
        cls = ' class="flagged"' if r["flags"] or r["status"] == "flagged" else ""
        title = f' title="{escape(str(r["reason"]))}"' if r.get("reason") else ""
        body.append(
            f'<tr{cls}{title}><td><a href="#pages" data-page="{escape(r["id"])}">'
            f"{escape(str(r['source']))}</a></td><td>{escape(str(r['status']))}</td>"
            f"<td class=n>{r['chars_visible']}</td><td class=n>{r['chars_extracted']}</td>"
            f"<td class=n>{r['chars_kept']}</td><td class=n>{r['loss']:.1%}</td>"
            f"<td class=n>{r['extract_share']:.1%}</td>"
            f"<td>{escape(', '.join(r['flags'])) or '—'}</td></tr>"
        )
    body.append("</tbody></table></section>")
    return head + "".join(body)
