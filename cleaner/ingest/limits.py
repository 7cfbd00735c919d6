"""Budgets on reading: how much one input may expand to, hold on disk or cost to parse.

Section ``[read]`` of ``cleaner.toml``.  Each budget protects the batch from one hostile
or broken input (a decompression bomb, a Parquet cell of hundreds of MB, a page of millions
of nested tags): the input (or the one record) that exceeds it is quarantined with a reason
code and the batch goes on.  The defaults are far above real scraped data (a real page is
under 5 MB and a real JSONL.gz shard expands 3-10×) and keep one input under about 1 GB of
memory; ``benchmarks/hostile_bench.py`` measures that.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.errors import ConfigError

__all__ = ["MiB", "ReadConfig"]

MiB = 1024 * 1024


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
    max_html_tags : int = 200,000
        Most tags in one HTML page (a real page has under 20,000); more is ``too_complex``.
    max_html_depth : int = 2,000
        Deepest nesting of tags an HTML page may open (real pages stay under 100);
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
    max_html_tags: int = 200_000
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
