"""Budgets on one page's processing, used by :func:`cleaner.page_rows.process_item`.

CPU time (``[read] max_page_cpu_seconds``): a page that uses it up is stopped where it is
and quarantined (``timeout``); the batch goes on.  Memory: :func:`out_of_memory` decides
whether a page that raised ``MemoryError`` is quarantined (``out_of_memory``) or the run
must stop.

The count budgets of ``[read]`` (bytes, elements) bound what is known before a page is
processed; this one catches what is not (a stage made super-linear by some text).  It is
CPU time of the thread processing the page, so waiting on a busy machine does not count,
but it is still a clock: a page near the budget may pass on a fast machine and be
quarantined on a slow one.  The default (60 s) is ~30× what the largest page the count
budgets let through takes (a 30 MB text page: ~2 s of CPU to process; its whole run,
reading, site learning and dedup included, ~20 s), so on ordinary machines it only stops
a page that something made pathological.  It covers processing (``process_item``), not
reading: decompression, HTML parsing and record splitting are bounded by the counts.

How a page is stopped: :class:`PageTimeout` is raised inside its processing, and
:func:`cleaner.page_rows.process_item` discards whatever the page had produced (nothing
of it was written or shared: a page's processing only builds its own result).

* In a process's main thread (the local engine, ``--jobs 1`` and the ``--jobs N`` workers):
  ``setitimer(ITIMER_PROF)`` delivers ``SIGPROF`` once the process has used the budget,
  then every :data:`TICK` s; the handler raises once the page's thread has used it.
  Python runs signal handlers between bytecodes and inside C loops that poll for signals
  (``re`` matching does; ``regex`` has its own timeouts in the rule packs), so a
  catastrophic ``re`` pattern is stopped too.  ``SA_RESTART`` is set, so system calls
  the timer interrupts are restarted, not failed.
* In other threads (a Ray actor runs its tasks off the main thread, where signals cannot
  be handled): a watchdog thread reads the page thread's CPU clock every :data:`TICK` s
  and raises the exception in it (``PyThreadState_SetAsyncExc``), seen between bytecodes.

Either costs a few microseconds a page (``benchmarks/hostile_bench.py``: ``page budget``).
A killable subprocess per page would cost a process switch and pickling the page and its
result both ways, for every page, to stop one page in millions.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator

__all__ = ["OOM", "TICK", "PageTimeout", "out_of_memory", "page_budget"]

#: Seconds of CPU between checks once the budget could be reached (the most a page can
#: run past its budget, plus the time to reach the next bytecode).
TICK = 0.25


class PageTimeout(BaseException):
    """A page used up its CPU budget.  A ``BaseException`` (as ``KeyboardInterrupt``), so
    that a stage's ``except Exception`` cannot swallow it."""


# -- main thread: SIGPROF ----------------------------------------------------------------

#: ``(thread CPU time at the start, budget)`` of the page running in the main thread.
_ACTIVE: tuple[float, float] | None = None
_INSTALLED = False


def _on_sigprof(signum: int, frame: object) -> None:
    active = _ACTIVE
    if active is not None and time.thread_time() - active[0] >= active[1]:
        raise PageTimeout


@contextlib.contextmanager
def _signal_budget(seconds: float) -> Iterator[None]:
    global _ACTIVE, _INSTALLED
    if not _INSTALLED:
        signal.signal(signal.SIGPROF, _on_sigprof)
        signal.siginterrupt(signal.SIGPROF, False)  # SA_RESTART
        _INSTALLED = True
    _ACTIVE = (time.thread_time(), seconds)
    signal.setitimer(signal.ITIMER_PROF, seconds, min(TICK, seconds))
    try:
        yield
    finally:
        # handlers run only at calls, jumps and resumes: none before this line, so once
        # a handler can run again it finds nothing to stop
        _ACTIVE = None
        signal.setitimer(signal.ITIMER_PROF, 0)


# -- other threads: a watchdog ------------------------------------------------------------


def _set_async_exc(ident: int) -> None:
    """Raise :class:`PageTimeout` in thread ``ident`` at its next bytecode."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(PageTimeout))


def _clear_async_exc(ident: int) -> None:
    """Withdraw an exception set by :func:`_set_async_exc` and not raised yet."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)


class _Watchdog:
    """One daemon thread per process that stops pages running in other threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        #: thread id → [its CPU clock, CPU time at the page's start, budget, next check]
        self.pages: dict[int, list[float]] = {}
        self.thread: threading.Thread | None = None

    def start(self, seconds: float) -> int:
        ident = threading.get_ident()
        clock = time.pthread_getcpuclockid(ident)
        with self.lock:
            self.pages[ident] = [clock, time.clock_gettime(clock), seconds, seconds]
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="page-clock", daemon=True)
                self.thread.start()
        return ident

    def stop(self, ident: int) -> None:
        while True:
            try:
                self._stop(ident)
                return
            except PageTimeout:  # set as the page ended, raised before it was off the list
                continue

    def _stop(self, ident: int) -> None:
        with self.lock:  # no exception is set once the page is off the list …
            self.pages.pop(ident, None)
            _clear_async_exc(ident)  # … and one set just before is withdrawn

    def _run(self) -> None:
        while True:
            time.sleep(TICK)
            with self.lock:
                for ident, page in self.pages.items():
                    clock, start, _, due = page
                    try:
                        used = time.clock_gettime(int(clock)) - start
                    except OSError:  # the thread is gone
                        continue
                    if used >= due:
                        page[3] = used + 1.0  # again in 1 s of CPU if it was swallowed
                        _set_async_exc(ident)


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def _watchdog_budget(seconds: float) -> Iterator[None]:
    ident = _WATCHDOG.start(seconds)
    try:
        yield
    finally:
        _WATCHDOG.stop(ident)


def page_budget(seconds: float) -> contextlib.AbstractContextManager[None]:
    """Within the block, :class:`PageTimeout` is raised once this thread has used
    ``seconds`` of CPU (0: no budget).  Leaving the block (also by that exception) ends
    it; catch the exception outside the block."""
    if seconds <= 0:
        return contextlib.nullcontext()
    if threading.current_thread() is threading.main_thread():
        return _signal_budget(seconds)
    return _watchdog_budget(seconds)


# -- memory --------------------------------------------------------------------------------


class _OomState:
    #: pages in a row (in this process) that ran out of memory
    streak = 0
    #: bytes that must still be allocatable after a page's memory is freed
    probe = 64 * 1024 * 1024


OOM = _OomState()


def out_of_memory() -> None:
    """A page ran out of memory; its partial results are freed.  Quarantining it is right
    when the page itself was the cause (too big or too complex); when memory is short
    for everything, the run must stop (:class:`MemoryError`: one line, exit 3, outputs
    not published).  Judged so: the second page in a row to run out, or no room for
    :attr:`_OomState.probe` bytes once the page is gone, means memory is exhausted."""
    import gc

    OOM.streak += 1
    gc.collect()
    if OOM.streak >= 2:
        OOM.streak = 0
        raise MemoryError("two pages in a row ran out of memory")
    try:
        room = bytearray(OOM.probe)
    except MemoryError:
        OOM.streak = 0
        raise MemoryError("out of memory even after the page was dropped") from None
    del room
