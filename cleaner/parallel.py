"""The pipeline on worker processes: ``cleaner run --jobs N``.

Same results as :func:`cleaner.pipeline.iter_results`, in input order; each worker
process has one :class:`~cleaner.pipeline.Pipeline` (inherited from the parent where
processes fork, else built once per worker).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline, process_item
from cleaner.stages.site_profile import SiteProfiles

# Each worker process builds its own Pipeline once (rule packs compiled once per worker).
_WORKER: Pipeline | None = None


def _init_worker(config: PipelineConfig, profiles: SiteProfiles | None) -> None:
    global _WORKER
    _WORKER = Pipeline(config, profiles=profiles)


def _work(item: tuple[int, Any]) -> Any:
    assert _WORKER is not None
    return process_item(_WORKER, item[1], item[0])


def iter_results_parallel(
    config: PipelineConfig,
    raws: Iterator[Any],
    *,
    jobs: int,
    profiles: SiteProfiles | None = None,
    chunk_bytes: int = 16_000_000,
    pipeline: Pipeline | None = None,
) -> Iterator[Any]:
    """Like :func:`iter_results` on ``jobs`` processes, in input order.

    Input is read in chunks of about ``chunk_bytes`` so memory stays flat; two chunks are
    in flight, so the workers go on with the next chunk while this process reads it and
    takes the results of the one before.  ``pipeline`` (built from ``config`` and
    ``profiles``), where processes fork, is inherited by the workers instead of being
    built again in each (rules compiled once per run, not once per worker).
    """
    import multiprocessing as mp

    global _WORKER
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    inherit = pipeline is not None and ctx.get_start_method() == "fork"
    if inherit:
        _WORKER = pipeline
        pool = ctx.Pool(jobs)
    else:
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(config, profiles))
    try:
        with pool:
            in_flight: Iterator[Any] | None = None
            for chunk in _chunks(raws, chunk_bytes):
                submitted = pool.imap(_work, chunk, chunksize=8)
                if in_flight is not None:
                    yield from in_flight
                in_flight = submitted
            if in_flight is not None:
                yield from in_flight
    finally:
        if inherit:
            _WORKER = None


def _chunks(raws: Iterator[Any], chunk_bytes: int) -> Iterator[list[tuple[int, Any]]]:
    """``(position, raw)`` pairs in lists of about ``chunk_bytes`` input bytes (or 4,096)."""
    chunk: list[tuple[int, Any]] = []
    size = 0
    for i, raw in enumerate(raws):
        chunk.append((i, raw))
        size += len(getattr(raw, "data", None) or b"")
        if size >= chunk_bytes or len(chunk) >= 4096:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
