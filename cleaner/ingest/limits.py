"""Budgets on reading: how much one input may expand to, hold on disk or cost to parse.

Section ``[read]`` of ``cleaner.toml``.  Each budget protects the batch from one hostile
or broken input (a decompression bomb, a Parquet cell of hundreds of MB, a page of millions
of nested tags): the input (or the one record) that exceeds it is quarantined with a reason
code and the batch goes on.  The defaults are far above real scraped data (a real page is
under 5 MB and a real JSONL.gz shard expands 3-10×) and keep one input under about 1 GB of
memory; ``benchmarks/hostile_bench.py`` measures that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from cleaner.errors import ConfigError

__all__ = ["MiB", "OverBudget", "ReadConfig", "check_complexity"]

MiB = 1024 * 1024


class OverBudget(Exception):
    """An input (or one page of it) passed one of the ``[read]`` budgets; ``code`` is the
    quarantine reason (``bomb``, ``too_large``, ``too_complex``) and the message names
    the budget."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ReadConfig:
    """Section ``[read]``: budgets on every input (exceeding one quarantines, with the code).

    max_page_bytes : int = 32 MiB
        Largest page: a file, JSONL line, WARC record or Parquet cell (``too_large``).
    max_decompressed_bytes : int = 8 GiB
        Most bytes one gzip/zstd input may expand to (``too_large``).
    max_ratio : int = 1,000
        Largest expansion ratio of a compressed input (``bomb``), checked once it has
        produced ``ratio_grace_bytes``: text and HTML compress 3-20×, dumps of repeated
        records (quoted posts, signatures) a few hundred ×, zeros 1,030× (gzip's limit)
        to 30,000× and more (zstd).
    ratio_grace_bytes : int = 64 MiB
        Output a compressed input may produce before its ratio is judged, so small and
        very repetitive files are never called bombs.
    max_spool_bytes : int = 1 GiB
        Largest compressed (or piped) Parquet file spooled to a temporary file so pyarrow
        can read it (``too_large``); also the disk kept between site learning and
        cleaning, so a file is spooled once.
    max_html_elements : int = 50,000
        Most elements (start tags) in one HTML page (``too_complex``), checked before it
        is parsed.  Extraction costs 0.1-0.3 ms an element on a shared 2-core machine
        (10,000 ``<p>`` 1.7 s, 40,000 11.6 s, 149,000 68 s), and a run with site
        learning extracts twice, so this bounds one page to about half a minute; the
        largest real page in ``corpora/real`` has 4,636 elements.
    max_page_cpu_seconds : float = 60
        CPU seconds one page may take to process (``timeout``; 0: no limit), measured on
        the thread processing it (:mod:`cleaner.pageguard`).  Unlike the budgets above it
        is a clock, so which pages pass depends on the machine; the default is ~30× what
        the largest page the other budgets let through takes (a 30 MB text page, ~2 s).
    follow_symlinks : bool = False
        Follow symbolic links in input folders that lead outside the folder (links inside
        it are followed); ``cleaner run --follow-symlinks``.
    """

    max_page_bytes: int = 32 * MiB
    max_decompressed_bytes: int = 8 * 1024 * MiB
    max_ratio: int = 1000
    ratio_grace_bytes: int = 64 * MiB
    max_spool_bytes: int = 1024 * MiB
    max_html_elements: int = 50_000
    max_page_cpu_seconds: float = 60.0
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        for name in (
            "max_page_bytes",
            "max_decompressed_bytes",
            "max_ratio",
            "ratio_grace_bytes",
            "max_spool_bytes",
            "max_html_elements",
        ):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 1 << 50:
                raise ConfigError(f"[read] {name} must be a whole number from 1 to 2**50")
        t = self.max_page_cpu_seconds
        if isinstance(t, bool) or not isinstance(t, int | float) or not 0 <= t <= 1e6:
            raise ConfigError(
                "[read] max_page_cpu_seconds must be a number from 0 (no limit) to 1e6"
            )


#: A start tag: an element the parser will build (end tags, comments, doctypes and a
#: ``<`` in text are not).
_START = re.compile(r"<[A-Za-z]")


def check_complexity(html: str, *, max_elements: int) -> None:
    """Refuse a page too complex to parse in bounded time and memory (``too_complex``).

    Parsing and laying out cost 0.1-0.3 ms and about 1 KB per element, flat or nested
    (bs4 + lxml, walked without recursion: 100,000 nested ``<div>`` take 5 s, 40,000
    ``<p>`` with text 12 s), so 2.9 million nested ``<div>`` (100 KB gzipped) would take
    minutes and gigabytes.  The elements are counted before the page is parsed: ``str.count("<")``
    first, the regex only past that bound, stopping as soon as the budget is passed.
    Raises :class:`OverBudget`.

    >>> check_complexity("<p>" * 10, max_elements=10)
    >>> check_complexity("<div>" * 11, max_elements=10)
    Traceback (most recent call last):
    cleaner.ingest.limits.OverBudget: HTML page of more than 10 elements ([read] max_html_elements)
    """
    if html.count("<") <= max_elements:
        return
    if sum(1 for _ in islice(_START.finditer(html), max_elements + 1)) > max_elements:
        raise OverBudget(
            "too_complex",
            f"HTML page of more than {max_elements:,} elements ([read] max_html_elements)",
        )
