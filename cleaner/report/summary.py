"""Batch metrics and aggregations computed from a :class:`~cleaner.report.ledger.Ledger`.

Two consumers: the CI gate (:mod:`cleaner.report.gate`) checks :func:`batch_metrics`
against thresholds and a baseline; the curator report (:mod:`cleaner.report.render`) draws
:func:`aggregate`.  Everything here is computed from what the run recorded (summary,
pages, articles, changes, quarantine), never by diffing texts.

Shares are fractions in [0, 1].  A metric that the run could not measure is ``None``: the
duplicate rates need articles that went through dedup (``status == "duplicate"`` or a
``dup_score``/``cluster`` field), otherwise there is nothing to count.

>>> length_bin(0), length_bin(120), length_bin(10**6)
('0', '100–199', '≥ 20000')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import polars as pl

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.report.ledger import Ledger
from cleaner.report.losses import loss_metrics, page_losses
from cleaner.rules import load_packs
from cleaner.stages.boilerplate import BoilerplateConfig, BoilerplateStage

#: Article length bins (characters): where a split gone wrong (tiny fragments) or a page
#: that was not split (very long) shows up.
LENGTH_EDGES: tuple[int, ...] = (1, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000)
#: Placeholder density bins (share of an article's characters that are placeholders).
DENSITY_EDGES: tuple[float, ...] = (0.0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1)

#: Statuses an article can end in; "duplicate" only when dedup ran.
STATUSES: tuple[str, ...] = ("kept", "duplicate", "dropped")

#: The built-in rule pack of chrome common to every site; the residual count always uses it.
GENERIC_PACK = "generic"

#: Article statuses whose text is output (a dropped or duplicate article is not).
LIVE_OUTPUT: frozenset[str] = frozenset({"kept", "flagged"})

#: The character a decoder substitutes for bytes it could not map: damage nobody can undo.
REPLACEMENT_CHAR = "\ufffd"


def length_bin(n: int) -> str:
    """Label of the length bin ``n`` characters fall into."""
    if n < LENGTH_EDGES[0]:
        return "0"
    for lo, hi in pairwise(LENGTH_EDGES):
        if n < hi:
            return f"{lo}–{hi - 1}" if lo > 1 else f"1–{hi - 1}"
    return f"≥ {LENGTH_EDGES[-1]}"


def length_labels() -> list[str]:
    return ["0"] + [length_bin(e) for e in LENGTH_EDGES]


def density_bin(r: float) -> str:
    if r <= 0:
        return "0"
    for hi in DENSITY_EDGES[1:]:
        if r <= hi:
            return f"≤ {hi:.1%}"
    return f"> {DENSITY_EDGES[-1]:.0%}"


def density_labels() -> list[str]:
    return ["0"] + [f"≤ {hi:.1%}" for hi in DENSITY_EDGES[1:]] + [f"> {DENSITY_EDGES[-1]:.0%}"]


def _share(part: float, whole: float) -> float:
    return round(part / whole, 6) if whole else 0.0


def dedup_measured(articles: list[dict[str, Any]]) -> bool:
    """Whether dedup ran on these articles (it marks duplicates or records a score)."""
    return any(
        a.get("status") == "duplicate" or a.get("dup_score") is not None or a.get("cluster")
        for a in articles
    )


def duplicate_split(articles: list[dict[str, Any]]) -> tuple[int, int]:
    """(duplicates of an article of this run, duplicates of a corpus document)."""
    ids = {a["id"] for a in articles}
    batch = corpus = 0
    for a in articles:
        if a.get("status") == "duplicate":
            if a.get("dup_of") in ids:
                batch += 1
            else:
                corpus += 1
    return batch, corpus


def residual_counter(config: PipelineConfig) -> Callable[[str], int]:
    """Count lines the boilerplate rule packs still match in a cleaned text.

    Built from the packs even when ``[boilerplate] enabled = false``: that is exactly the
    batch where chrome is left in the articles.  The built-in ``generic`` pack (share bars,
    download and read-more prompts, copyright lines …) is always included, also when
    ``[boilerplate] packs`` names other packs only: chrome that the run was configured not
    to remove is still chrome left in the output.

    >>> count = residual_counter(PipelineConfig())
    >>> count("正文第一段。\\n分享到：微信 微博 QQ空间\\nShare this: Facebook Twitter\\n正文。")
    2
    """
    packs = load_packs(config.rules_dirs, names=config.boilerplate.packs)
    if config.boilerplate.packs and GENERIC_PACK not in config.boilerplate.packs:
        packs += load_packs(names=(GENERIC_PACK,))
    # the rules only: the line model's scores are not a count of known chrome
    stage = BoilerplateStage(packs, config=BoilerplateConfig(line_model=False))

    def count(text: str) -> int:
        ed = Editor("residual", text)
        stage(ed)
        return len(ed.changes)

    return count


@dataclass(frozen=True, slots=True)
class MetricsOptions:
    """What the metrics depend on besides the ledger (from ``[validate]``)."""

    min_article_chars: int = 80
    max_placeholder_ratio: float = 0.05
    lossy_page_loss: float = 0.5
    low_extract_share: float = 0.05


def batch_metrics(
    ledger: Ledger,
    config: PipelineConfig,
    *,
    options: MetricsOptions | None = None,
    losses: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The batch quality metrics, keyed by stable names (``None`` = not measured).

    ``losses`` are the :func:`page_losses` rows when the caller has them already.
    """
    opt = options or MetricsOptions()
    pages, arts = ledger.pages, ledger.articles
    n_pages, n_arts = len(pages), len(arts)
    quarantined = len(ledger.quarantine) or int(ledger.summary.get("quarantined", 0))
    live = [a for a in arts if a.get("status") != "dropped"]
    kept = [a for a in arts if a.get("status", "kept") in LIVE_OUTPUT]
    if losses is None:
        losses = page_losses(ledger, lossy_page_loss=opt.lossy_page_loss)
    chars_out = sum(len(a["text"]) for a in arts)
    df = ledger.changes
    if df.is_empty():
        removed_by_stage: dict[str, int] = {}
        enc_pages = enc_repairs = 0
    else:
        net = (df["before"].str.len_chars() - df["after"].str.len_chars()).alias("net")
        by_stage = df.with_columns(net).group_by("stage").agg(pl.col("net").sum())
        removed_by_stage = dict(zip(by_stage["stage"], by_stage["net"], strict=True))
        enc = df.filter(
            pl.col("rule").str.starts_with("repair.encoding")
            | pl.col("rule").str.starts_with("read.mojibake")
        )
        enc_repairs, enc_pages = enc.height, enc["page_id"].n_unique()
    chars_in = chars_out + sum(removed_by_stage.values())
    pages_with_text = {a["page_id"] for a in live if a["text"].strip()}
    count_residual = residual_counter(config)
    residual = sum(count_residual(a["text"]) for a in kept)
    ph_chars = sum(a.get("placeholder_ratio", 0.0) * len(a["text"]) for a in arts)
    empty = sum(1 for a in live if not a["text"].strip())
    short = sum(1 for a in live if 0 < len(a["text"].strip()) < opt.min_article_chars)
    fffd = sum(a["text"].count(REPLACEMENT_CHAR) for a in live)
    measured = dedup_measured(arts) or "dedup" in ledger.summary
    dup_batch, dup_corpus = duplicate_split(arts)
    # the corpus rate is measured when the run was checked against a corpus (or an
    # article duplicates a document outside the run, which only a corpus can hold)
    corpus_used = bool((ledger.summary.get("dedup") or {}).get("corpus")) or dup_corpus > 0
    statuses = Counter(a.get("status", "kept") for a in arts)
    return {
        "inputs": n_pages + quarantined,
        "pages": n_pages,
        "articles": n_arts,
        "articles_kept": statuses.get("kept", 0),
        "articles_duplicate": statuses.get("duplicate", 0),
        "articles_dropped": statuses.get("dropped", 0),
        "quarantined": quarantined,
        "chars_in": chars_in,
        "chars_out": chars_out,
        "quarantined_share": _share(quarantined, n_pages + quarantined),
        "empty_page_share": _share(
            n_pages - len(pages_with_text & {p["id"] for p in pages}), n_pages
        ),
        "boilerplate_share": _share(removed_by_stage.get("boilerplate", 0), chars_in),
        "residual_boilerplate_hits": residual,
        "residual_boilerplate_per_article": _share(residual, len(kept)),
        "encoding_repairs": enc_repairs,
        "encoding_repair_page_share": _share(enc_pages, n_pages),
        "unrecoverable_chars": fffd,
        "unrecoverable_char_share": _share(fffd, chars_out),
        "placeholder_share": _share(ph_chars, chars_out),
        "placeholder_heavy_article_share": _share(
            sum(1 for a in live if a.get("placeholder_ratio", 0.0) > opt.max_placeholder_ratio),
            len(live),
        ),
        "duplicate_rate_batch": _share(dup_batch, n_arts) if measured else None,
        "duplicate_rate_corpus": _share(dup_corpus, n_arts) if corpus_used else None,
        "empty_article_share": _share(empty, len(live)),
        "short_article_share": _share(short, len(live)),
        "articles_per_page": _share(n_arts, n_pages),
        **loss_metrics(
            losses, lossy_page_loss=opt.lossy_page_loss, low_extract_share=opt.low_extract_share
        ),
    }


def aggregate(ledger: Ledger) -> dict[str, Any]:
    """Counts for the report's charts and tables; always over the whole run."""
    df = ledger.changes
    arts = ledger.articles
    rule_rows: list[dict[str, Any]] = []
    if not df.is_empty():
        net = (df["before"].str.len_chars() - df["after"].str.len_chars()).clip(lower_bound=0)
        g = (
            df.with_columns(net.alias("removed"))
            .group_by("stage", "rule")
            .agg(
                pl.len().alias("count"),
                pl.col("removed").sum().alias("removed"),
                pl.col("page_id").n_unique().alias("pages"),
            )
            .sort(["count", "rule"], descending=[True, False])
        )
        rule_rows = g.to_dicts()
    stages: Counter[str] = Counter()
    for r in rule_rows:
        stages[r["stage"]] += r["count"]
    lengths = Counter(length_bin(len(a["text"])) for a in arts)
    density = Counter(density_bin(a.get("placeholder_ratio", 0.0)) for a in arts)
    clusters: Counter[str] = Counter()
    for a in arts:
        if a.get("status") == "duplicate":
            clusters[a.get("cluster") or a.get("dup_of") or "?"] += 1
    cluster_sizes = Counter(n + 1 for n in clusters.values())  # + the kept original
    dup_batch, dup_corpus = duplicate_split(arts)
    return {
        "statuses": {s: sum(1 for a in arts if a.get("status") == s) for s in STATUSES},
        "stages": dict(stages.most_common()),
        "rules": rule_rows,
        "lengths": {k: lengths.get(k, 0) for k in length_labels()},
        "density": {k: density.get(k, 0) for k in density_labels()},
        "encodings": dict(Counter(p.get("encoding") or "?" for p in ledger.pages).most_common()),
        "sites": dict(Counter(p.get("site") or "—" for p in ledger.pages).most_common()),
        "quarantine_reasons": dict(
            Counter(
                q.get("code") or q.get("reason") or "?" for q in ledger.quarantine
            ).most_common()
        ),
        "dedup_measured": dedup_measured(arts),
        "duplicates": {"batch": dup_batch, "corpus": dup_corpus},
        "cluster_sizes": {str(k): v for k, v in sorted(cluster_sizes.items())},
    }
