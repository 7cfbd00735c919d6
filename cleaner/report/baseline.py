"""A pinned baseline for ``cleaner validate --baseline``: saving it, reading it, and the
checks that compare a run with it (not worse than the baseline, within a tolerance).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.config import ValidateConfig
from cleaner.errors import ConfigError, OutputError
from cleaner.report.verdict import Check, Verdict, fmt
from cleaner.writers import write_text_atomic

BASELINE_SCHEMA = "cleaner.validate.baseline/1"

#: Metrics compared with a baseline; for every one of them lower is better.  (Boilerplate
#: share and articles per page are left out: more or less of either is not worse per se.)
BASELINE_METRICS: tuple[str, ...] = (
    "quarantined_share",
    "empty_page_share",
    "residual_boilerplate_per_article",
    "encoding_repair_page_share",
    "unrecoverable_char_share",
    "placeholder_share",
    "placeholder_heavy_article_share",
    "duplicate_rate_batch",
    "duplicate_rate_corpus",
    "empty_article_share",
    "short_article_share",
    "lossy_page_share",
    "extract_fallback_share",
    "low_extract_page_share",
)


def load_baseline(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise ConfigError(f"{path}: not a cleaner baseline (schema {BASELINE_SCHEMA!r})")
    return data


def baseline_checks(
    metrics: dict[str, Any], base: dict[str, Any], cfg: ValidateConfig
) -> list[Check]:
    """One check per :data:`BASELINE_METRICS`: not worse than the baseline + tolerance."""
    out = []
    for m in BASELINE_METRICS:
        b = base.get("metrics", {}).get(m)
        limit = None
        if b is not None:
            limit = round(
                b + max(cfg.baseline_tolerance, cfg.baseline_relative_tolerance * abs(b)), 6
            )
        name = f"baseline.{m}"
        note = f"baseline {fmt(b)}" if b is not None else "not in baseline"
        out.append(Check(name, m, "baseline", "<=", limit, metrics.get(m), name in cfg.skip, note))
    return out


def baseline_record(verdict: Verdict) -> dict[str, Any]:
    return {
        "schema": BASELINE_SCHEMA,
        "cleaner_version": __version__,
        "inputs": list(verdict.inputs),
        "digest": dict(verdict.digest),
        "metrics": {m: verdict.metrics.get(m) for m in sorted(verdict.metrics)},
    }


def save_baseline(verdict: Verdict, path: Path) -> None:
    text = json.dumps(baseline_record(verdict), ensure_ascii=False, indent=2, sort_keys=True)
    try:
        write_text_atomic(path, text + "\n")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write baseline: {exc.strerror}") from None


__all__ = [
    "BASELINE_METRICS",
    "BASELINE_SCHEMA",
    "baseline_checks",
    "baseline_record",
    "load_baseline",
    "save_baseline",
]
