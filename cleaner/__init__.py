"""cleaner: strip boilerplate, repair, split and deduplicate scraped pages, losslessly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.config import PipelineConfig, load_config
    from cleaner.model import Article, Change, RawInput
    from cleaner.pipeline import PageResult, Pipeline
    from cleaner.readback import rebuild_page
    from cleaner.runner import run

#: Public name → module it lives in.  Imported on first use (PEP 562), so that
#: ``import cleaner`` (and ``cleaner --help``) does not load every stage, ftfy, polars
#: and pyarrow before doing anything.
_EXPORTS = {
    "Article": "cleaner.model",
    "Change": "cleaner.model",
    "RawInput": "cleaner.model",
    "PageResult": "cleaner.pipeline",
    "Pipeline": "cleaner.pipeline",
    "PipelineConfig": "cleaner.config",
    "load_config": "cleaner.config",
    "rebuild_page": "cleaner.readback",
    "run": "cleaner.runner",
}

__all__ = [
    "Article",
    "Change",
    "PageResult",
    "Pipeline",
    "PipelineConfig",
    "RawInput",
    "__version__",
    "load_config",
    "rebuild_page",
    "run",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
