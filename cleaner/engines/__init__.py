"""Execution engines other than the local one (``cleaner run|dedup --engine ray``).

The local engine (:mod:`cleaner.runner`, :mod:`cleaner.corpus.job`) is the reference: an
engine here runs the very same stages (:func:`cleaner.page_rows.process_item`, the
:mod:`cleaner.dedup.minhash` sketches, :func:`cleaner.dedup.index.classify`) and must
produce the same articles, decisions, clusters and ledger, up to row order.
"""

from __future__ import annotations

from typing import Any

from cleaner.errors import ConfigError

ENGINES = ("local", "ray")


def require_ray() -> Any:
    """The ``ray`` module, or a one-line :class:`ConfigError` saying how to install it."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError(
            "--engine ray needs Ray: pip install 'cleaner[ray]' (or 'ray[data]>=2.9')"
        ) from None
    return ray
