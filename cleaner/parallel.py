"""The pipeline on worker processes: ``cleaner run --jobs N``.

Same results as :func:`cleaner.page_rows.iter_results`, in input order.  Each worker
process has one :class:`~cleaner.pipeline.Pipeline` (inherited from the parent where
processes fork, else built once per worker).

Why not :class:`multiprocessing.pool.Pool`: the parent process is the one serial lane of
a parallel run (it reads the inputs and writes every output), and the pool spent most of
the parent's CPU on its own bookkeeping: its worker-handler thread wakes up whenever a
result waits to be read and spins until the result thread (which needs the GIL the main
thread holds) has read it, about as much CPU as reading and writing the whole batch.
Here the parent sends pages in small chunks over a pipe per worker, one message a chunk,
and reads each chunk's results back as one message, with no helper thread.  With
``encode`` (JSONL output, no dedup: the parent changes nothing in the rows) the workers
also encode the rows as JSON lines and count them (:class:`EncodedRows`), so the parent
only appends text to the files, in order.
"""

from __future__ import annotations

import gc
import pickle
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from multiprocessing.connection import Connection, wait
from operator import attrgetter
from typing import Any

from cleaner.config import PipelineConfig
from cleaner.jsonl import dumps_lines
from cleaner.model import RawInput
from cleaner.page_rows import PageRows, process_item
from cleaner.pipeline import Pipeline
from cleaner.stages.site_profile import SiteProfiles
from cleaner.tally import Tally

#: Input bytes a chunk holds (or :data:`CHUNK_PAGES` pages): small enough that the
#: workers finish together at the end of a batch and memory stays flat, large enough
#: that a message costs nothing next to the pages in it.
CHUNK_BYTES = 512 * 1024
CHUNK_PAGES = 256
#: Chunks sent ahead to each worker, so it never waits for the parent.
DEPTH = 2


#: A page travels to a worker as the tuple of its fields: pickling a slotted dataclass
#: goes through ``__getstate__``/``__setstate__`` in Python, a third of what the parent
#: spent sending pages.
_RAW_FIELDS = attrgetter(*(f.name for f in fields(RawInput)))


def _pack(raw: Any) -> Any:
    return _RAW_FIELDS(raw) if type(raw) is RawInput else raw


def _unpack(item: Any) -> Any:
    return RawInput(*item) if type(item) is tuple else item


@dataclass(slots=True)
class EncodedRows:
    """Consecutive pages, processed and encoded by a worker: what the parent appends to
    ``pages.jsonl``, ``articles.jsonl`` and ``changes.jsonl`` (exactly the text it would
    have encoded from their :class:`PageRows`), with their counts."""

    pages: str
    articles: str
    changes: str
    #: rows of each table, as :class:`~cleaner.writers.RunWriter` counts them
    counts: dict[str, int]
    tally: Tally
    #: ``(page id, bytes)`` of the pages whose original bytes must be stored
    originals: list[tuple[str, bytes]] = field(default_factory=list)


def encode_rows(rows: list[PageRows]) -> EncodedRows:
    """The JSON lines and counts of ``rows`` (with no dedup decisions on them)."""
    tally = Tally()
    changes: list[str] = []
    n_changes = 0
    originals: list[tuple[str, bytes]] = []
    for res in rows:
        tally.pages += 1
        tally.in_bytes += res.page["bytes"]
        tally.add(res)
        if res.original is not None:
            originals.append((res.page["id"], res.original))
        if res.changes_jsonl is not None:  # counted as the runner counts them
            changes.append(res.changes_jsonl)
            n_changes += sum(res.rule_counts.values())
        else:
            changes.append(dumps_lines(res.changes))
            n_changes += len(res.changes)
    articles = [a for res in rows for a in res.articles]
    return EncodedRows(
        dumps_lines([res.page for res in rows]),
        dumps_lines(articles),
        "".join(changes),
        {"pages": len(rows), "articles": len(articles), "changes": n_changes},
        tally,
        originals,
    )


def _process_chunk(pipeline: Pipeline, chunk: list[tuple[int, Any]], *, encode: bool) -> list[Any]:
    """The results of a chunk in order; with ``encode`` each run of pages is one
    :class:`EncodedRows` (quarantined and skipped items stay apart, in their place)."""
    out: list[Any] = []
    run: list[PageRows] = []
    for index, packed in chunk:
        item = process_item(pipeline, _unpack(packed), index)
        if encode and isinstance(item, PageRows):
            run.append(item)
            continue
        if run:
            out.append(encode_rows(run))
            run = []
        out.append(item)
    if run:
        out.append(encode_rows(run))
    return out


def _worker_main(
    tasks: Connection,
    results: Connection,
    pipeline: Pipeline | None,
    config: PipelineConfig,
    profiles: SiteProfiles | None,
    *,
    encode: bool,
) -> None:
    """A worker: chunks in, results out, until an empty message (or the pipe closes).

    A thread takes the chunks off the pipe as they come, so the parent never blocks
    sending one while this process blocks sending results the parent has not read yet.
    """
    if pipeline is None:  # not forked: build it (rule packs compiled once per worker)
        pipeline = Pipeline(config, profiles=profiles)
    inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def pump() -> None:
        while True:
            try:
                msg = tasks.recv_bytes()
            except (EOFError, OSError):
                msg = b""
            inbox.put(msg)
            if not msg:
                return

    threading.Thread(target=pump, name="cleaner-inbox", daemon=True).start()
    try:
        while True:
            msg = inbox.get()
            if not msg:
                return
            seq, chunk = pickle.loads(msg)
            try:
                reply = (seq, True, _process_chunk(pipeline, chunk, encode=encode))
                payload = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # MemoryError stops the run: the parent raises it
                try:
                    payload = pickle.dumps((seq, False, exc), protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:
                    failed = RuntimeError(f"{type(exc).__name__}: {exc}")
                    payload = pickle.dumps((seq, False, failed))
            results.send_bytes(payload)
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the parent reports
        return
    except OSError:  # the parent is gone or stopped reading (it failed): nothing to say
        return


class _Worker:
    def __init__(self, ctx: Any, args: tuple[Any, ...], *, encode: bool) -> None:
        task_r, self.tasks = ctx.Pipe(duplex=False)
        self.results, result_w = ctx.Pipe(duplex=False)
        self.process = ctx.Process(
            target=_worker_main,
            args=(task_r, result_w, *args),
            kwargs={"encode": encode},
            daemon=True,
        )
        self.process.start()
        task_r.close()
        result_w.close()
        self.outstanding = 0

    def stop(self) -> None:
        """End the worker: idle, it is told to; still busy (the run failed), it is
        terminated, as it may be blocked sending results nobody will read."""
        if self.outstanding:
            self.process.terminate()
        try:
            self.tasks.send_bytes(b"")
        except OSError:
            pass
        self.tasks.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.results.close()


def iter_results_parallel(
    config: PipelineConfig,
    raws: Iterator[Any],
    *,
    jobs: int,
    profiles: SiteProfiles | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    pipeline: Pipeline | None = None,
    encode: bool = False,
) -> Iterator[Any]:
    """Like :func:`iter_results` on ``jobs`` processes, in input order.

    Input is sent in chunks of about ``chunk_bytes``, each to the worker with the fewest
    in hand (:data:`DEPTH` at most), so memory stays flat and the workers stay busy while
    this process reads the next pages and writes the results of the last.  ``pipeline``
    (built from ``config`` and ``profiles``), where processes fork, is inherited by the
    workers instead of being built again in each.  With ``encode`` the pages come back as
    :class:`EncodedRows` (see the module docstring).  A worker's exception (such as the
    :class:`MemoryError` that stops a run) is raised here.
    """
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    inherit = pipeline if ctx.get_start_method() == "fork" else None
    workers: list[_Worker] = []
    try:
        # what the workers inherit stays out of their garbage collections: a collection
        # would walk (and so copy, page by page) the parent's whole heap in each worker
        gc.freeze()
        try:
            for _ in range(jobs):
                workers.append(_Worker(ctx, (inherit, config, profiles), encode=encode))
        finally:
            gc.unfreeze()
        yield from _drive(workers, _chunks(raws, chunk_bytes))
    finally:
        for w in workers:
            w.stop()


def _drive(workers: list[_Worker], chunks: Iterator[list[tuple[int, Any]]]) -> Iterator[Any]:
    """Send the chunks, take the results back, hand them out in input order."""
    done: dict[int, list[Any]] = {}
    owner: dict[Connection, _Worker] = {w.results: w for w in workers}
    sent = handed = 0
    more = True
    while True:
        while more:
            w = min(workers, key=lambda x: x.outstanding)
            if w.outstanding >= DEPTH:
                break
            chunk = next(chunks, None)
            if chunk is None:
                more = False
                break
            w.tasks.send_bytes(pickle.dumps((sent, chunk), protocol=pickle.HIGHEST_PROTOCOL))
            w.outstanding += 1
            sent += 1
        while handed in done:
            yield from done.pop(handed)
            handed += 1
        if handed == sent and not more:
            return
        busy = [w for w in workers if w.outstanding]
        for conn in wait([w.results for w in busy] + [w.process.sentinel for w in busy]):
            if isinstance(conn, Connection):
                _receive(owner[conn], done)
        for w in busy:  # a worker that died (killed, out of memory) never answers
            if not w.process.is_alive() and w.outstanding and not w.results.poll():
                raise RuntimeError(
                    f"a worker process died (exit code {w.process.exitcode}); the run is incomplete"
                )


def _receive(w: _Worker, done: dict[int, list[Any]]) -> None:
    try:
        msg = w.results.recv_bytes()
    except EOFError:
        w.process.join(timeout=1)
        raise RuntimeError(
            f"a worker process died (exit code {w.process.exitcode}); the run is incomplete"
        ) from None
    seq, ok, value = pickle.loads(msg)
    w.outstanding -= 1
    if not ok:
        raise value
    done[seq] = value


def _chunks(raws: Iterator[Any], chunk_bytes: int) -> Iterator[list[tuple[int, Any]]]:
    """``(position, packed raw)`` pairs in lists of about ``chunk_bytes`` input bytes (or
    :data:`CHUNK_PAGES` pages)."""
    chunk: list[tuple[int, Any]] = []
    size = 0
    for i, raw in enumerate(raws):
        chunk.append((i, _pack(raw)))
        size += len(getattr(raw, "data", None) or b"")
        if size >= chunk_bytes or len(chunk) >= CHUNK_PAGES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
