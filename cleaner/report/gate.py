"""The CI gate behind ``cleaner validate``: metrics vs thresholds and a pinned baseline.

Modelled on trafilatura's ``tests/eval_gate.py`` (a baseline JSON, a tolerance, an exit
code): :func:`validate_inputs` runs the pipeline into a temporary folder (a corpus is only
read, never written), computes :func:`~cleaner.report.summary.batch_metrics`, and checks
each metric against its ``[validate]`` threshold and, when a baseline is given, against the
baseline within a tolerance.  The result, a :class:`Verdict`, turns into JSON (stable
keys), JUnit XML (one test case per check), Markdown and GitHub Actions annotations in
:mod:`cleaner.report.ci`.

A baseline pins the digest of its inputs (every input file's name and bytes) and of its
settings (the whole configuration, the rule-pack files, the cleaner version), so a reader
knows what the numbers were measured on.  A different digest is a note, not a failure: a
new scrape is compared with the pinned one on purpose.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.accounting import uncertain_encoding_share
from cleaner.config import PipelineConfig, ValidateConfig
from cleaner.errors import ConfigError, OutputError
from cleaner.report.baseline import (
    BASELINE_METRICS,
    baseline_checks,
    baseline_record,
    load_baseline,
    save_baseline,
)
from cleaner.report.ledger import Ledger
from cleaner.report.losses import (
    fallback_pages,
    lossy_pages,
    low_extract_pages,
    page_losses,
    worst_losses,
)
from cleaner.report.summary import MetricsOptions, batch_metrics
from cleaner.report.verdict import Check, Verdict

#: (check name = its [validate] option, metric, operator).  The option's value is the limit.
THRESHOLDS: tuple[tuple[str, str, str], ...] = (
    ("max_quarantined_share", "quarantined_share", "<="),
    ("max_empty_page_share", "empty_page_share", "<="),
    ("max_boilerplate_share", "boilerplate_share", "<="),
    ("max_residual_boilerplate_per_article", "residual_boilerplate_per_article", "<="),
    ("max_encoding_repair_page_share", "encoding_repair_page_share", "<="),
    ("max_unrecoverable_char_share", "unrecoverable_char_share", "<="),
    ("max_placeholder_share", "placeholder_share", "<="),
    ("max_placeholder_heavy_article_share", "placeholder_heavy_article_share", "<="),
    ("max_duplicate_rate_batch", "duplicate_rate_batch", "<="),
    ("max_duplicate_rate_corpus", "duplicate_rate_corpus", "<="),
    ("max_empty_article_share", "empty_article_share", "<="),
    ("max_short_article_share", "short_article_share", "<="),
    ("min_articles_per_page", "articles_per_page", ">="),
    ("max_articles_per_page", "articles_per_page", "<="),
    ("max_lossy_page_share", "lossy_page_share", "<="),
    ("max_learned_removed_share", "learned_removed_share", "<="),
    ("max_extract_fallback_share", "extract_fallback_share", "<="),
    ("max_low_extract_page_share", "low_extract_page_share", "<="),
    ("max_uncertain_encoding_share", "uncertain_encoding_share", "<="),
)

#: Checks whose failure names the pages behind it (at most :data:`NAMED_PAGES` of them).
PAGE_CHECKS: tuple[str, ...] = (
    "max_lossy_page_share",
    "max_extract_fallback_share",
    "max_low_extract_page_share",
)
NAMED_PAGES = 10
#: Rows of the worst-losses table (JSON ``losses``, Markdown, the HTML "Losses" section).
WORST_LOSSES = 10


# -- digests -----------------------------------------------------------------------------


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()))
        else:
            out.append(p)
    return out


def inputs_digest(paths: Sequence[Path]) -> str:
    """sha256 over every input file's name and bytes (folders walked in sorted order)."""
    h = hashlib.sha256()
    for f in _files(paths):
        h.update(f.name.encode("utf-8") + b"\0")
        try:
            with f.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")
    return h.hexdigest()


def settings_digest(config: PipelineConfig) -> str:
    """sha256 over the configuration, the rule-pack files and the cleaner version."""
    from cleaner import rules

    h = hashlib.sha256(__version__.encode())
    h.update(json.dumps(dataclasses.asdict(config), sort_keys=True, default=str).encode())
    packs = sorted(Path(rules.__file__).parent.glob("*.toml"))
    for d in config.rules_dirs:
        packs.extend(sorted(Path(d).glob("*.toml")))
    for f in packs:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


# -- checks ------------------------------------------------------------------------------


def check_settings(cfg: ValidateConfig) -> None:
    """Every limit must be a number ≥ 0 (``load_config`` passes a string through for a
    float option, so it is checked here)."""
    for f in dataclasses.fields(cfg):
        v = getattr(cfg, f.name)
        if f.name == "skip":
            if not all(isinstance(x, str) for x in v):
                raise ConfigError("[validate] skip must be a list of check names")
        elif isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
            raise ConfigError(f"[validate] {f.name} must be a number ≥ 0, not {v!r}")


def _page_list(rows: Sequence[dict[str, Any]], what: str) -> str:
    """``"2 pages lost > 50 %: a.html (loss 95.2 %), b.html (loss 91.0 %)"``."""
    if not rows:
        return ""
    key = "extract_share" if what.startswith("extraction") else "loss"
    label = "extracted" if key == "extract_share" else "loss"
    named = ", ".join(f"{r['source']} ({label} {r[key]:.1%})" for r in rows[:NAMED_PAGES])
    more = f", … {len(rows) - NAMED_PAGES} more" if len(rows) > NAMED_PAGES else ""
    n = len(rows)
    return f"{n} page{'s' if n != 1 else ''} {what}: {named}{more}"


def page_notes(losses: Sequence[dict[str, Any]], opt: MetricsOptions) -> dict[str, str]:
    """For each of :data:`PAGE_CHECKS`, the pages behind its metric, named."""
    rows = list(losses)
    return {
        "max_lossy_page_share": _page_list(
            lossy_pages(rows, opt.lossy_page_loss),
            f"lost > {opt.lossy_page_loss:.0%} of their extracted text",
        ),
        "max_extract_fallback_share": _page_list(
            fallback_pages(rows), "needed an extraction fallback"
        ),
        "max_low_extract_page_share": _page_list(
            low_extract_pages(rows, opt.low_extract_share),
            f"extraction kept < {opt.low_extract_share:.0%} of the visible text",
        ),
    }


def threshold_checks(
    metrics: dict[str, Any], cfg: ValidateConfig, *, notes: dict[str, str] | None = None
) -> list[Check]:
    """One check per :data:`THRESHOLDS`; ``notes`` (check name → text) explain a failure,
    e.g. the pages behind a page share (:func:`page_notes`)."""
    check_settings(cfg)
    notes = notes or {}
    unknown = (
        set(cfg.skip) - {n for n, _, _ in THRESHOLDS} - {f"baseline.{m}" for m in BASELINE_METRICS}
    )
    if unknown:
        raise ConfigError(f"[validate] skip names unknown checks: {', '.join(sorted(unknown))}")
    out = []
    for name, metric, op in THRESHOLDS:
        note = notes.get(name, "") if metrics.get(metric) is not None else _why_not(metric)
        out.append(
            Check(
                name,
                metric,
                "threshold",
                op,
                float(getattr(cfg, name)),
                metrics.get(metric),
                skipped=name in cfg.skip,
                note=note,
            )
        )
    return out


def _why_not(metric: str) -> str:
    if metric.startswith("duplicate_rate"):
        return "dedup did not run (no --corpus / no dedup stage)"
    return ""


# -- the whole gate ----------------------------------------------------------------------


def _run_kwargs(corpus: Path | None) -> tuple[dict[str, Any], list[str]]:
    """Pass ``corpus`` to the runner when this build's runner takes one (dedup)."""
    from cleaner.runner import run

    if corpus is None:
        return {}, []
    if "corpus" in inspect.signature(run).parameters:
        return {"corpus": corpus}, []
    return {}, [f"--corpus {corpus}: this build's pipeline has no dedup stage; ignored"]


def evaluate(
    ledger: Ledger,
    *,
    config: PipelineConfig,
    inputs: Sequence[Path],
    baseline: Path | None = None,
    notes: Sequence[str] = (),
) -> Verdict:
    """Metrics and checks of a finished run (the part of the gate that reads outputs)."""
    vcfg = config.validate
    opts = metrics_options(config)
    losses = page_losses(ledger, lossy_page_loss=opts.lossy_page_loss)
    metrics = batch_metrics(ledger, config, options=opts, losses=losses)
    metrics["uncertain_encoding_share"] = uncertain_encoding_share(losses)
    checks = threshold_checks(metrics, vcfg, notes=page_notes(losses, opts))
    digest = {"inputs": inputs_digest(inputs), "settings": settings_digest(config)}
    all_notes = list(notes)
    if baseline is not None:
        base = load_baseline(baseline)
        checks += baseline_checks(metrics, base, vcfg)
        for key in ("inputs", "settings"):
            if base.get("digest", {}).get(key) != digest[key]:
                all_notes.append(f"baseline {baseline} was measured on other {key}")
    return Verdict(
        inputs=tuple(str(p) for p in inputs),
        metrics=metrics,
        checks=tuple(checks),
        digest=digest,
        baseline=str(baseline) if baseline else None,
        notes=tuple(all_notes),
        seconds=float(ledger.summary.get("seconds", 0.0)),
        losses=tuple(worst_losses(losses, WORST_LOSSES)),
    )


def metrics_options(config: PipelineConfig) -> MetricsOptions:
    """What :func:`batch_metrics` needs from the configuration."""
    vcfg = config.validate
    return MetricsOptions(
        min_article_chars=vcfg.min_article_chars,
        max_placeholder_ratio=config.repair.max_placeholder_ratio,
        lossy_page_loss=vcfg.lossy_page_loss,
        low_extract_share=vcfg.low_extract_share,
    )


def validate_inputs(
    inputs: Sequence[Path],
    *,
    config: PipelineConfig | None = None,
    corpus: Path | None = None,
    baseline: Path | None = None,
    text_field: str = "text",
    jobs: int = 1,
    report: Path | None = None,
) -> Verdict:
    """Run the pipeline on ``inputs`` in a temporary folder and judge the batch.

    Nothing is written except the optional ``report`` (an HTML curator report of the run);
    a corpus given with ``corpus`` is only read.  Raises :class:`ConfigError` for a bad
    baseline or ``[validate]`` section and :class:`OutputError` when the run cannot complete.
    """
    from cleaner.runner import run

    cfg = config or PipelineConfig()
    check_settings(cfg.validate)
    if baseline is not None:
        load_baseline(baseline)  # fail on a bad baseline before spending a run on it
    kwargs, notes = _run_kwargs(corpus)
    try:
        with tempfile.TemporaryDirectory(prefix="cleaner-validate-") as tmp:
            out = Path(tmp) / "run"
            run(list(inputs), out, config=cfg, text_field=text_field, jobs=jobs, **kwargs)
            verdict = evaluate(
                Ledger.load(out), config=cfg, inputs=inputs, baseline=baseline, notes=notes
            )
            if report is not None:
                from cleaner.report.render import render_report

                render_report(out, report)
    except OSError as exc:
        raise OutputError(f"validate could not complete: {exc}") from None
    return verdict


__all__ = [
    "Check",
    "Verdict",
    "baseline_record",
    "evaluate",
    "inputs_digest",
    "save_baseline",
    "settings_digest",
    "validate_inputs",
]
