"""Configuration: one frozen dataclass per stage, loaded from ``cleaner.toml``.

Every option has a default that works with no file at all.  Unknown sections or keys are
errors (a typo must not silently fall back to a default).  See ``cleaner.example.toml``
for every option with its documentation.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner import regex_cache

# the stage modules' ~730 module-level patterns: compiled once per machine, not per
# process (regex_cache)
with regex_cache.warmed():
    from cleaner.accounting import BudgetConfig
    from cleaner.errors import ConfigError
    from cleaner.ingest.limits import ReadConfig
    from cleaner.stages.boilerplate import BoilerplateConfig
    from cleaner.stages.dedup import DedupConfig
    from cleaner.stages.repair import RepairConfig
    from cleaner.stages.split_config import SplitConfig


@dataclass(frozen=True, slots=True)
class OutputConfig:
    """Section ``[output]``: ``format`` is ``jsonl`` (default) or ``parquet``."""

    format: str = "jsonl"


@dataclass(frozen=True, slots=True)
class ValidateConfig:
    """Section ``[validate]``: the thresholds of ``cleaner validate`` (the CI gate).

    Shares are fractions of 0–1.  A ``max_*`` check passes when the metric is at most the
    limit, a ``min_*`` check when it is at least the limit.  ``skip`` names checks to leave
    out (reported as skipped).  A baseline comparison fails when a metric is worse than the
    baseline by more than ``max(baseline_tolerance, baseline_relative_tolerance × |base|)``.
    Every option, default and the reason for it: ``cleaner.example.toml``.
    """

    max_quarantined_share: float = 0.05
    max_empty_page_share: float = 0.05
    max_boilerplate_share: float = 0.6
    max_residual_boilerplate_per_article: float = 0.05
    max_encoding_repair_page_share: float = 0.5
    max_unrecoverable_char_share: float = 0.0005
    max_placeholder_share: float = 0.02
    max_placeholder_heavy_article_share: float = 0.1
    max_duplicate_rate_batch: float = 0.3
    max_duplicate_rate_corpus: float = 0.5
    max_empty_article_share: float = 0.01
    max_short_article_share: float = 0.1
    min_article_chars: int = 80
    min_articles_per_page: float = 0.5
    max_articles_per_page: float = 50.0
    max_lossy_page_share: float = 0.02
    lossy_page_loss: float = 0.5
    max_learned_removed_share: float = 0.3
    max_extract_fallback_share: float = 0.2
    max_low_extract_page_share: float = 0.05
    low_extract_share: float = 0.05
    max_uncertain_encoding_share: float = 0.1
    baseline_tolerance: float = 0.01
    baseline_relative_tolerance: float = 0.05
    skip: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """All stage configs together, plus extra rule-pack folders."""

    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    repair: RepairConfig = field(default_factory=RepairConfig)
    split: SplitConfig = field(default_factory=SplitConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    budget: BudgetConfig = field(default_factory=BudgetConfig)
    output: OutputConfig = field(default_factory=OutputConfig)
    validate: ValidateConfig = field(default_factory=ValidateConfig)
    read: ReadConfig = field(default_factory=ReadConfig)
    rules_dirs: tuple[Path, ...] = ()


_SECTIONS: dict[str, type] = {
    "boilerplate": BoilerplateConfig,
    "repair": RepairConfig,
    "split": SplitConfig,
    "dedup": DedupConfig,
    "budget": BudgetConfig,
    "output": OutputConfig,
    "validate": ValidateConfig,
    "read": ReadConfig,
}


def _coerce(cls: type, section: str, values: dict[str, Any], path: str) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in names:
            raise ConfigError(
                f"{path}: [{section}] has no option {key!r} (known: {', '.join(sorted(names))})"
            )
        hint = hints[key]
        origin = typing.get_origin(hint)
        if origin is typing.Literal:
            if value not in typing.get_args(hint):
                allowed = ", ".join(map(repr, typing.get_args(hint)))
                raise ConfigError(f"{path}: [{section}] {key} must be one of {allowed}")
        elif hint is bool and not isinstance(value, bool):
            raise ConfigError(f"{path}: [{section}] {key} must be true or false")
        elif hint is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"{path}: [{section}] {key} must be a number")
            value = float(value)
        elif origin is tuple:
            if not isinstance(value, list):
                raise ConfigError(f"{path}: [{section}] {key} must be a list")
            value = tuple(value)
        elif hint in (int, str) and not isinstance(value, hint):
            raise ConfigError(f"{path}: [{section}] {key} must be a {hint.__name__}")
        kwargs[key] = value
    return cls(**kwargs)


def load_config(path: Path | None) -> PipelineConfig:
    """Read ``cleaner.toml``; ``None`` gives the defaults."""
    if path is None:
        return PipelineConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file does not exist") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    parts: dict[str, Any] = {}
    for section, values in data.items():
        if section not in _SECTIONS:
            raise ConfigError(
                f"{path}: unknown section [{section}] (known: {', '.join(_SECTIONS)})"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        parts[section] = _coerce(_SECTIONS[section], section, values, str(path))
    cfg = PipelineConfig(**parts)
    if cfg.output.format not in ("jsonl", "parquet"):
        raise ConfigError(f"{path}: [output] format must be 'jsonl' or 'parquet'")
    if cfg.boilerplate.site_sample_pages < 0:
        raise ConfigError(f"{path}: [boilerplate] site_sample_pages must be 0 (all) or more")
    return cfg
