"""One reading pass: learn the site profiles while reading, keep the pages for processing.

Site learning needs every page of a site before the first page is cleaned (a line is
chrome when most of the site's pages show it).  Rather than reading, extracting and
decoding the inputs twice (once to count, once to clean), :func:`read_once` reads them
once: each page is decoded (:func:`~cleaner.pipeline.decode_input`), counted into the
profiles, and kept, decoded, for the processing pass (:class:`~cleaner.pipeline.DecodedInput`).
A page without a site, past its folder's first few, is counted once the folder's
templates are known: read back from what is kept (:meth:`Spool.replay`).

Memory stays flat in the input size: the first ``keep_bytes`` of pages are kept in memory,
the rest is spilled to an anonymous temporary file (pickled, read back one page at a time
and deleted when the pass ends).  The profiles are exactly those of
:func:`~cleaner.stages.profile_counter.build_profiles` over the same inputs.
"""

from __future__ import annotations

import pickle
import sys
import tempfile
import weakref
from array import array
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, Any

from cleaner.ingest.charset import DecodeError
from cleaner.model import RawInput
from cleaner.pipeline import DecodedInput, decode_input
from cleaner.stages.profile_counter import ProfileCounter
from cleaner.stages.site_profile import SiteProfiles, site_key, templated

#: Pages (input bytes plus decoded text) kept in memory before spilling to disk.
KEEP_BYTES = 16 * 1024 * 1024


def _size(item: Any) -> int:
    """Rough bytes an item holds: its input bytes and its texts."""
    if isinstance(item, DecodedInput):
        raw, text = item.raw, item.decoded.text
        extra = sys.getsizeof(raw.text) if raw.text is not None and raw.text is not text else 0
        return len(raw.data) + sys.getsizeof(text) + extra
    data = getattr(item, "data", None) or b""
    raw_text = getattr(item, "text", None)
    return len(data) + (sys.getsizeof(raw_text) if isinstance(raw_text, str) else 0)


class Spool:
    """Items in arrival order: in memory up to ``keep_bytes``, then in a temporary file.

    >>> s = Spool(keep_bytes=0)
    >>> for x in ("a", "b", "c"): s.add(x)
    >>> list(s.drain()), s.spilled
    (['a', 'b', 'c'], 3)
    """

    def __init__(self, keep_bytes: int = KEEP_BYTES) -> None:
        self.keep_bytes = keep_bytes
        self.held = 0
        self.memory: deque[Any] = deque()
        self.file: IO[bytes] | None = None
        self.spilled = 0
        self.offsets = array("q")  # where each spilled item starts in the file
        self._end = 0

    def add(self, item: Any) -> None:
        if self.file is None:
            size = _size(item)
            if 0 < self.keep_bytes and self.held + size <= self.keep_bytes:
                self.memory.append(item)
                self.held += size
                return
            self.file = tempfile.TemporaryFile(prefix="cleaner-readahead-")
            # closed (and so deleted) even if the pages are never processed (a failed run)
            weakref.finalize(self, self.file.close)
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self.file.write(data)
        self.offsets.append(self._end)
        self._end += len(data)
        self.spilled += 1

    def replay(self, positions: Iterable[int]) -> Iterator[Any]:
        """The items at ``positions`` (ascending, 0 = the first item added), without
        letting go of them: spilled ones are read back from the file (and only they),
        which stays in place for :meth:`drain`."""
        memory, fh = self.memory, self.file
        it = iter(positions)
        at = next(it, None)
        for i, item in enumerate(memory):  # not memory[i]: a deque's middle is slow
            if at is None:
                return
            if i == at:
                yield item
                at = next(it, None)
        if at is None or fh is None:
            return
        end = fh.tell()
        offsets, start = self.offsets, len(memory)
        try:
            while at is not None:
                offset = offsets[at - start]
                if fh.tell() != offset:
                    fh.seek(offset)
                yield pickle.load(fh)
                at = next(it, None)
        finally:
            fh.seek(end)

    def drain(self) -> Iterator[Any]:
        """Every item once, in order; each is let go of as it is handed out."""
        memory = self.memory
        while memory:
            yield memory.popleft()
        if self.file is None:
            return
        fh, self.file = self.file, None
        self.offsets = array("q")
        try:
            fh.seek(0)
            for _ in range(self.spilled):
                yield pickle.load(fh)
        finally:
            fh.close()


def read_once(
    items: Iterable[Any], *, keep_bytes: int | None = None, sample: int = 0
) -> tuple[SiteProfiles, Iterator[Any]]:
    """Count every readable page into site profiles; return them and the pages to process.

    ``items`` is what :func:`cleaner.ingest.readers.read_inputs` yields.  The pages come
    back in the same order, each :class:`RawInput` wrapped with its decoded text
    (undecodable ones as they were, for the pipeline to quarantine); quarantined inputs
    are passed through.  ``keep_bytes`` defaults to :data:`KEEP_BYTES`; ``sample`` bounds
    the distinct pages each site (template) is learned from (``site_sample_pages``;
    0: all): past it a page is kept for processing but not counted (a folder's page is
    still signed, for its template).

    The counting is :func:`~cleaner.stages.profile_counter.build_profiles`'
    (:class:`~cleaner.stages.profile_counter.ProfileCounter`): pages without a site (their
    key is their folder) are checked for near duplicates and signed as they are read,
    and, past their folder's first ``EAGER``, counted once the folders' templates are
    known, from the pages kept here (decoded already; only those are read back from the
    spill file), so a folder that splits into templates is not counted twice.
    """
    counter = ProfileCounter(sample=sample)
    spool = Spool(KEEP_BYTES if keep_bytes is None else keep_bytes)
    for index, item in enumerate(items):
        if isinstance(item, RawInput):
            try:
                dec = decode_input(item)
            except DecodeError:
                spool.add(item)
                continue
            # the text build_profiles counts (decode_raw): CRLF made LF, lone CR kept
            counter.add(
                index, site_key(item), dec.text.replace("\r\n", "\n"), folder=templated(item)
            )
            item = DecodedInput(item, dec)
        spool.add(item)
    profiles = counter.finish(
        lambda positions: (
            item.decoded.text.replace("\r\n", "\n") for item in spool.replay(positions)
        )
    )
    return profiles, spool.drain()
