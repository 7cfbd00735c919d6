"""cleaner: strip boilerplate, repair, split and deduplicate scraped pages, losslessly."""

from __future__ import annotations

__version__ = "0.1.0"

from cleaner.config import PipelineConfig, load_config
from cleaner.model import Article, Change, RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.runner import rebuild_page, run

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
