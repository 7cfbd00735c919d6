"""``cleaner rebuild`` and ``cleaner explain``: provenance for one page."""

from __future__ import annotations

import json
import sys
from itertools import groupby
from pathlib import Path
from typing import Annotated, Any

import typer

from cleaner.cli.term import echo
from cleaner.model import Change


def _short(s: str, n: int = 70) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def flag_reason(change: Change) -> str:
    """Why a ``flag`` row was recorded, in words."""
    from cleaner.stages.boilerplate import LOSS_BUDGET

    rule, ref, score = change.rule, change.ref, change.score
    if rule == LOSS_BUDGET:
        share = f"{score:.0f} %" if score is not None else "too much"
        return f"rule {ref or '?'} not applied: it would remove {share} of the page (loss budget)"
    if rule.startswith("extract.fallback."):
        kind = rule.removeprefix("extract.fallback.")
        extra = f" ({_short(ref, 60)})" if ref else ""
        return f"main-text extraction found too little; fell back to {kind}{extra}"
    if change.stage == "dedup":
        return dedup_reason(change)
    parts = [f"score {score:g}" if score is not None else "", _short(ref, 60) if ref else ""]
    return "flagged" + (": " + ", ".join(p for p in parts if p) if any(parts) else "")


def measures(detail: str | None) -> str:
    """The measures of a dedup decision (``dup_detail`` JSON) in words.

    >>> measures('{"jaccard":0.62,"tokens":0.14,"tokens_differ":6}')
    'shingle Jaccard 0.62, distinctive tokens 0.14 (6 differ)'
    >>> measures('{"jaccard":0.55,"inside":1.0,"holds":0.55}')
    'shingle Jaccard 0.55, 100 % of it inside the other, 55 % of the other inside it'
    """
    if not detail:
        return ""
    d = json.loads(detail)
    parts = [f"shingle Jaccard {d['jaccard']:.2f}"] if "jaccard" in d else []
    if "tokens" in d:
        parts.append(f"distinctive tokens {d['tokens']:.2f} ({d['tokens_differ']} differ)")
    if "inside" in d:
        parts.append(f"{d['inside']:.0%} of it inside the other".replace("%", " %"))
        parts.append(f"{d['holds']:.0%} of the other inside it".replace("%", " %"))
    if "new_passage" in d:
        parts.append(f"a new passage of {d['new_passage']:.0%} of the longer".replace("%", " %"))
    return ", ".join(parts)


def dedup_reason(change: Change) -> str:
    """Why a dedup ``flag`` row was recorded (its ``after`` holds the measures)."""
    kind = change.rule.removeprefix("dedup.")
    why = measures(change.after) if change.after.startswith("{") else ""
    why = f": {why}" if why else ""
    if kind == "version":
        return f"kept, a version of {change.ref}{why}"
    if kind == "contains":
        return f"kept, holds {change.ref} ({change.score} % of it)"
    if kind == "template":
        return f"kept: another fill of the template of {change.ref}{why}"
    return f"{kind} duplicate of {change.ref} (score {change.score}){why}"


#: Characters of context shown either side of an edit.
CONTEXT_CHARS = 12


def in_context(change: Change, left: str, right: str) -> str:
    """The edit inside its surroundings: ``…left[before → after]right…``.

    >>> c = Change("p", "repair", "repair.cjk_punct", "replace", 4, 5, ",", "，")
    >>> in_context(c, "他说你好", "世界")
    '…他说你好[“,” → “，”]世界…'
    >>> in_context(Change("p", "repair", "r", "delete", 2, 3, " "), "完", "善推进")
    '…完[−“ ”]善推进…'
    """
    left = _short(left[-CONTEXT_CHARS:], CONTEXT_CHARS + 1)
    right = _short(right[:CONTEXT_CHARS], CONTEXT_CHARS + 1)
    if change.after:
        mid = f"“{_short(change.before, 30)}” → “{_short(change.after, 30)}”"
    else:
        mid = f"−“{_short(change.before, 30)}”"
    return f"…{left}[{mid}]{right}…"


def describe(change: Change, context: tuple[str, str] | None = None) -> str:
    """One readable line for a change; with ``context`` (the text either side of an edit,
    from :func:`cleaner.report.pageview.step_contexts`) the edit is shown in place.

    >>> print(describe(Change("p", "extract", "extract.nav", "delete", 0, 9, "首页 新闻 体育\\n")))
        - extract.nav: dropped 9 chars at 0: “首页 新闻 体育⏎”
    """
    if change.action == "split":
        return f"    article {change.ref}: chars {change.start}–{change.end}"
    if change.action == "drop":
        return f"    dropped {change.ref} ({change.rule}, score {change.score})"
    if change.action == "flag":
        return f"    ! {change.rule}: {flag_reason(change)}"
    what = f"“{_short(change.before)}”"
    if change.stage == "extract":
        n = len(change.before)
        return f"    - {change.rule}: dropped {n} chars at {change.start}: {what}"
    if context is not None and len(change.before) <= 30:
        mark = "-" if change.action == "delete" else "~"
        return f"    {mark} {change.rule}: {in_context(change, *context)}"
    if change.action == "delete":
        return f"    - {change.rule}: removed {what}"
    return f"    ~ {change.rule}: {what} → “{_short(change.after)}”"


def accounting(page: dict[str, Any]) -> list[str]:
    """What the page kept, stage by stage (empty for outputs without the fields)."""
    if page.get("chars_visible") is None:
        return []
    vis, ext, kept = page["chars_visible"], page.get("chars_extracted"), page.get("chars_kept")
    loss, share = page.get("loss") or 0.0, page.get("extract_share")
    lines = [
        f"  kept: {vis} visible → {ext} extracted"
        + (f" ({share:.1%})" if share is not None else "")
        + f" → {kept} in articles (loss {loss:.1%})"
    ]
    removed = page.get("removed") or {}
    if isinstance(removed, str):  # Parquet stores it as JSON
        removed = json.loads(removed)
    if removed:
        lines.append("  removed: " + ", ".join(f"{k} {n}" for k, n in removed.items()))
    flags = page.get("flags") or []
    status = page.get("status") or "ok"
    if flags or status != "ok":
        lines.append(
            f"  status {status}"
            + (f"; flags {', '.join(flags)}" if flags else "")
            + (f"; reason: {page['reason']}" if page.get("reason") else "")
        )
    return lines


def register(app: typer.Typer) -> None:
    from cleaner.cli import handle_errors

    @app.command("rebuild")
    @handle_errors
    def rebuild_cmd(
        out: Annotated[Path, typer.Argument(help="Output folder of a run.")],
        page_id: Annotated[str, typer.Argument(help="Page id (see pages.jsonl).")],
    ) -> None:
        """Write the original input bytes of PAGE_ID to stdout, byte for byte.

        Example: cleaner rebuild out/sample 84af1ea029d17388 > original.txt
        """
        from cleaner.readback import rebuild_page

        data = rebuild_page(out, page_id)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()

    @app.command("explain")
    @handle_errors
    def explain_cmd(
        out: Annotated[Path, typer.Argument(help="Output folder of a run.")],
        page_id: Annotated[
            str, typer.Argument(help="Page id (pages.jsonl) or article id (articles.jsonl).")
        ],
        corpus: Annotated[
            Path | None,
            typer.Option("--corpus", help="Corpus a duplicate may have matched (run --corpus)."),
        ] = None,
        full: Annotated[
            bool, typer.Option("--all", help="List every change, not 40 per stage.")
        ] = False,
    ) -> None:
        """Show, stage by stage, what the pipeline did to a page (or an article's page).

        For a duplicate article, also the document it matched and the aligned passages.

        Example: cleaner explain out/sample 84af1ea029d17388
        """
        from cleaner.readback import load_article, load_page

        article = load_article(out, page_id) if "-" in page_id else None
        if article is not None:
            explain_article(out, article, corpus)
            page_id = article["page_id"]
        rec = load_page(out, page_id)
        p = rec.page
        echo(f"page {p['id']}  {p['source']}")
        echo(
            f"  read: {p['bytes']} bytes, encoding {p['encoding']} "
            f"(confidence {p['encoding_confidence']}), newlines {p['newline']}"
            f"{', BOM' if p['bom'] else ''}; rebuild from {p['rebuild']}"
        )
        for line in accounting(p):
            echo(line)
        changes = sorted(rec.changes, key=lambda c: (c.step, c.start))
        contexts = _contexts(rec, changes, full=full)
        for stage, group in groupby(
            sorted(changes, key=lambda c: _order(c.stage)), key=lambda c: c.stage
        ):
            items = list(group)
            rules: dict[str, int] = {}
            for c in items:
                rules[c.rule] = rules.get(c.rule, 0) + 1
            gone = sum(max(0, len(c.before) - len(c.after)) for c in items)
            echo(
                f"\n[{stage}] {len(items)} changes, {gone} chars removed: "
                + ", ".join(f"{r} ×{n}" for r, n in rules.items())
            )
            shown = items if full else items[:40]
            for c in shown:
                echo(describe(c, contexts.get((c.step, c.start, c.rule))))
            if len(items) > len(shown):
                echo(f"    … {len(items) - len(shown)} more (use --all)")
        echo(f"\n[articles] {len(rec.articles)}")
        for a in rec.articles:
            meta = json.dumps(a["meta"], ensure_ascii=False) if a["meta"] else "{}"
            echo(
                f"  {a['article_index']}. {a['title']}  [{a['status']}] "
                f"{len(a['text'])} chars, {a['placeholders']} placeholders, meta {meta}"
            )
            if a.get("status") == "duplicate":
                echo(
                    f"     duplicate ({a.get('dup_kind')}, score {a.get('dup_score')}) of "
                    f"{a.get('dup_of')}: cleaner explain {out} {a['id']}"
                )
            elif a.get("version_of"):
                echo(f"     version of {a['version_of']}: cleaner explain {out} {a['id']}")


def _contexts(
    rec: Any, changes: list[Change], *, full: bool
) -> dict[tuple[int, int, str], tuple[str, str]]:
    """The text either side of each edit that will be shown (40 per stage unless ``full``),
    in the text its step received; empty when the ledger cannot be replayed."""
    from cleaner.provenance import NON_EDITS, ProvenanceError
    from cleaner.readback import rebuild_text
    from cleaner.report.pageview import step_contexts

    per_stage: dict[str, int] = {}
    wanted: set[tuple[int, int, str]] = set()
    for c in changes:
        n = per_stage.get(c.stage, 0)
        per_stage[c.stage] = n + 1
        if c.action not in NON_EDITS and (full or n < 40):
            wanted.add((c.step, c.start, c.rule))
    texts = [a["text"] for a in sorted(rec.articles, key=lambda a: a["article_index"])]
    try:
        return step_contexts(rebuild_text(texts, changes), changes, wanted)
    except ProvenanceError:
        return {}


def _order(stage: str) -> int:
    from cleaner.model import STAGES

    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def explain_article(out: Path, article: dict[str, Any], corpus: Path | None) -> None:
    """Print an article's dedup decision: the measures that decided, the document matched
    and the passages both share, aligned, with their context."""
    echo(f"article {article['id']}  {article['title']}  [{article['status']}]")
    detail = article.get("dup_detail")
    why = measures(detail)
    contains = json.loads(article.get("contains") or "[]")
    for src, share in contains:
        echo(f"  holds {src}: it covers {share} % of this article")
    if article.get("status") == "duplicate":
        other_id = article["dup_of"]
        echo(
            f"  {article.get('dup_kind')} duplicate of {other_id}, score "
            f"{article.get('dup_score')}, cluster {article.get('cluster')}"
        )
    elif article.get("version_of"):
        other_id = article["version_of"]
        echo(f"  kept; a version of {other_id} (both kept)")
    elif detail and json.loads(detail).get("refused") == "template":
        other_id = json.loads(detail)["of"]
        echo(f"  kept: same template as {other_id}, other distinctive tokens")
    else:
        best = article.get("best_score", article.get("dup_score"))
        echo(f"  not a duplicate (best candidate's shingle Jaccard × 100: {best})\n")
        return
    if why:
        echo(f"  decided on: {why}")
    show_alignment(out, article["text"], other_id, corpus)


def show_alignment(out: Path, text: str, other_id: str, corpus: Path | None) -> None:
    """The matched document's length and the passages both texts share, with context."""
    from cleaner.dedup.explain import aligned_passages
    from cleaner.readback import load_article

    other = load_article(out, other_id)
    other_text = other["text"] if other else _corpus_text(corpus, other_id)
    if other_text is None:
        where = "this run" if corpus is None else f"this run or {corpus}"
        echo(f"  {other_id} is not in {where} (give the run's --corpus to see it)\n")
        return
    passages = aligned_passages(text, other_text)
    shared = sum(p.a_end - p.a_start for p in passages)
    echo(
        f"  {len(passages)} shared passages, {shared} of {len(text)} characters "
        f"(matched document: {len(other_text)} characters)"
    )
    for p in passages[:20]:
        before = _short(text[max(0, p.a_start - CONTEXT_CHARS) : p.a_start], CONTEXT_CHARS + 1)
        after = _short(text[p.a_end : p.a_end + CONTEXT_CHARS], CONTEXT_CHARS + 1)
        echo(
            f"    [{p.a_start}–{p.a_end}] ↔ [{p.b_start}–{p.b_end}] "
            f"…{before}[{_short(p.text, 60)}]{after}…"
        )
    if len(passages) > 20:
        echo(f"    … {len(passages) - 20} more")
    echo("")


def _corpus_text(corpus: Path | None, doc_id: str) -> str | None:
    if corpus is None:
        return None
    import polars as pl

    from cleaner.corpus.store import CorpusStore

    store = CorpusStore.open(corpus)
    files = store.part_files("docs")
    if not files:
        return None
    from cleaner.corpus.parts import scan_docs

    df = scan_docs(files, ["id", "text"]).filter(pl.col("id") == doc_id).select("text").collect()
    return df["text"][0] if df.height else None
