"""Give freed heap memory back to the operating system between the phases of a run.

glibc's ``malloc`` keeps what a program frees for later use; a run that frees a large
working set (the reading pass's site tables before they are pruned, one dedup batch's
sketches and candidate pairs) and then allocates a little more keeps its peak as its
resident size, and each batch's working set lands on top of the last one's leftovers.
:func:`trim` asks glibc to release the free pages (``malloc_trim(0)``, which also returns
free pages inside the heap, not only at its top).  Elsewhere (musl, macOS, Windows) it
does nothing.  It changes no result; it costs about a millisecond.

>>> trim() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache

__all__ = ["trim"]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        fn = libc.malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn  # type: ignore[no-any-return]


def trim() -> bool:
    """Release free heap pages to the system; True when something was released."""
    fn = _malloc_trim()
    return bool(fn(0)) if fn is not None else False
