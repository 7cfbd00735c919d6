"""What each page lost: the run's per-page accounting read back, checked and shown.

The pipeline records, per page, ``chars_visible`` → ``chars_extracted`` → ``chars_kept``,
``loss``, ``extract_share``, ``removed`` (per stage, and ``boilerplate.learned``) and
``flags`` (:mod:`cleaner.accounting`).  :func:`page_losses` reads them back, from the
change ledger when an output predates them, so the gate (:mod:`cleaner.report.gate`),
the report's "Losses" section (:func:`losses_html`) and ``cleaner explain`` tell the same
story.  STYLE.md §6 rule 16: a page that lost most of its text is flagged, never silent.

>>> from cleaner.model import Change
>>> cut = Change("p", "boilerplate", "boilerplate.site_repeat", "delete", 0, 60, "x" * 60)
>>> _accounts_from_ledger([{"text": "y" * 40}], [cut])["loss"]  # an output without accounts
0.6
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from cleaner.accounting import LEARNED_KEY, Budget, BudgetConfig
from cleaner.model import Change
from cleaner.pipeline import rebuild_text
from cleaner.provenance import ProvenanceError
from cleaner.report.ledger import Ledger

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


def _accounts_from_ledger(articles: list[dict[str, Any]], changes: list[Change]) -> dict[str, Any]:
    """The page accounts of an output written before the run recorded them: the same
    :meth:`cleaner.accounting.Budget.account` the run uses, on the page's ledger rows."""
    texts = [a["text"] for a in articles]
    try:
        visible = len(rebuild_text(texts, changes))
    except ProvenanceError:
        visible = sum(map(len, texts)) + sum(len(c.before) - len(c.after) for c in changes)
    dropped = sum(len(c.before) for c in changes if c.stage == "extract" and c.action == "delete")
    fallback = next(
        (c.rule.rsplit(".", 1)[-1] for c in changes if c.rule.startswith("extract.fallback.")),
        None,
    )
    return Budget().account(
        changes,
        chars_visible=visible,
        chars_extracted=visible - dropped,
        chars_kept=sum(map(len, texts)),
        fallback=fallback,
    )


def page_losses(ledger: Ledger, *, lossy_page_loss: float = 0.5) -> list[dict[str, Any]]:
    """What each page lost, in run order: one row of :data:`LOSS_COLUMNS` (+ ``removed``).

    The run records ``chars_visible``, ``chars_extracted``, ``chars_kept``, ``loss``,
    ``extract_share``, ``removed``, ``flags`` and ``status`` per page; for outputs written
    before those fields existed they are computed from the articles and the change ledger
    by the run's own accounting.  A page whose loss is above ``lossy_page_loss`` gets the
    flag ``lossy`` if the run did not set it.
    """
    arts = ledger.articles_by_page()
    old = [p["id"] for p in ledger.pages if p.get("loss") is None]
    old_changes = ledger.changes_of(old) if old else {}
    out: list[dict[str, Any]] = []
    for p in ledger.pages:
        pid = p["id"]
        if p.get("loss") is None:
            acc = _accounts_from_ledger(arts.get(pid, []), old_changes.get(pid, []))
            p = {**acc, **{k: v for k, v in p.items() if v is not None}}
        removed = _as_dict(p.get("removed"))
        loss = float(p["loss"])
        flags = _as_list(p.get("flags"))
        status = p.get("status") or "ok"
        if loss > lossy_page_loss and "lossy" not in flags and status != "dropped":
            flags.append("lossy")
        out.append(
            {
                "id": pid,
                "source": p.get("source") or pid,
                "status": status,
                "chars_visible": int(p["chars_visible"]),
                "chars_extracted": int(p["chars_extracted"]),
                "chars_kept": int(p["chars_kept"]),
                "loss": round(loss, 4),
                "extract_share": round(float(p["extract_share"]), 4),
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
LOW_EXTRACT_MIN_VISIBLE = BudgetConfig().min_visible_chars


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
