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
    max_ratio : int = 100
        Largest expansion ratio of a compressed input (``bomb``), checked once it has
        produced ``ratio_grace_bytes``: real text and HTML compress 3-20×, zeros 1,000×
        (gzip) to 30,000× (zstd).
    ratio_grace_bytes : int = 64 MiB
        Output a compressed input may produce before its ratio is judged, so small and
        very repetitive files are never called bombs.
    max_spool_bytes : int = 1 GiB
        Largest compressed (or piped) Parquet file spooled to a temporary file so pyarrow
        can read it (``too_large``); also the disk kept between site learning and
        cleaning, so a file is spooled once.
    max_html_tags : int = 100,000
        Most tags in one HTML page (``too_complex``): extraction costs about 0.1 ms a tag
        (bs4 + lxml), so this bounds one page to ~10 s; the largest real page in
        ``corpora/real`` has 4,636 tags.
    max_html_depth : int = 2,000
        Deepest nesting of elements an HTML page may open (real pages stay under 100;
        tags HTML closes by itself, ``<p>``, ``<li>``, ``<td>`` …, are not counted);
        deeper is ``too_complex``.
    follow_symlinks : bool = False
        Follow symbolic links in input folders that lead outside the folder (links inside
        it are followed); ``cleaner run --follow-symlinks``.
    """

    max_page_bytes: int = 32 * MiB
    max_decompressed_bytes: int = 8 * 1024 * MiB
    max_ratio: int = 100
    ratio_grace_bytes: int = 64 * MiB
    max_spool_bytes: int = 1024 * MiB
    max_html_tags: int = 100_000
    max_html_depth: int = 2_000
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        for name in (
            "max_page_bytes",
            "max_decompressed_bytes",
            "max_ratio",
            "ratio_grace_bytes",
            "max_spool_bytes",
            "max_html_tags",
            "max_html_depth",
        ):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 1 << 50:
                raise ConfigError(f"[read] {name} must be a whole number from 1 to 2**50")


#: A start or end tag (comments, doctypes and ``<`` in text are not tags).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
#: Elements without content, or whose end HTML implies: they do not nest deeper.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd td th tr option optgroup rt rp thead tbody tfoot colgroup".split()
)


def check_complexity(html: str, *, max_tags: int, max_depth: int) -> None:
    """Refuse a page too complex to parse in bounded time and memory (``too_complex``).

    Parsing and laying out cost about 0.1 ms and 1 KB per tag, so 2.9 million nested
    ``<div>`` (100 KB gzipped) would take minutes and gigabytes: the tags are counted
    (``str.count`` first, a regex only when that bound is passed) and the nesting depth
    measured (only when there are enough tags to reach it) before the page is parsed;
    both stop as soon as the budget is passed.
    Raises :class:`cleaner.ingest.limits.OverBudget`.
    """
    bound = html.count("<")
    if bound <= min(max_tags, 2 * max_depth):
        return
    if bound > max_tags:  # count real tags, stopping as soon as the budget is passed
        if sum(1 for _ in islice(_TAG.finditer(html), max_tags + 1)) > max_tags:
            raise OverBudget(
                "too_complex",
                f"HTML page of more than {max_tags:,} tags ([read] max_html_tags)",
            )
    depth = 0
    for m in _TAG.finditer(html):
        if m.group(3) or m.group(2).lower() in _FLAT:
            continue
        depth += -1 if m.group(1) else 1
        if depth > max_depth:
            raise OverBudget(
                "too_complex",
                f"HTML page nested more than {max_depth:,} deep ([read] max_html_depth)",
            )
        depth = max(depth, 0)
