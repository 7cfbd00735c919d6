"""Options more than one command takes, declared once."""

from __future__ import annotations

from typing import Annotated

import typer

#: ``--ray-address`` of ``run`` and ``dedup`` with ``--engine ray`` (docs/ray.md).
RayAddress = Annotated[
    str | None,
    typer.Option(
        "--ray-address", metavar="ADDRESS", help="Ray cluster to join (default: start one)."
    ),
]

#: ``--replace`` of ``run`` and ``dedup`` (``[dedup] replace_corpus``).
ReplaceCorpus = Annotated[
    bool,
    typer.Option(
        "--replace",
        help="With --add and --keep longest/newest: an article that beats the corpus "
        "document it duplicates is kept and supersedes it (recorded).",
    ),
]

#: ``--follow-symlinks`` of ``run`` (``[read] follow_symlinks``).
FollowSymlinks = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks",
        help="Read files that symbolic links in input folders point to outside them.",
    ),
]


def csv_list(value: str) -> tuple[str, ...]:
    """A comma-separated option as a tuple of lower-case names.

    >>> csv_list("response, Resource")
    ('response', 'resource')
    """
    return tuple(v.strip().lower() for v in value.split(",") if v.strip())


#: ``run`` options that name a record's own title, date and author (JSON/JSONL/Parquet records).
TitleField = Annotated[
    str | None,
    typer.Option(
        "--title-field",
        metavar="NAME",
        help="Record field with the page title (the article title when the page is one article).",
    ),
]
DateField = Annotated[
    str | None,
    typer.Option(
        "--date-field",
        metavar="NAME",
        help="Record field with the publication date (meta.published, YYYY-MM-DD).",
    ),
]
AuthorField = Annotated[
    str | None,
    typer.Option(
        "--author-field",
        metavar="NAME",
        help="Record field with the author (meta.author when the page is one article).",
    ),
]
#: ``run`` options choosing which web-archive records become pages (cleaner.ingest.warc).
WarcRecords = Annotated[
    str,
    typer.Option(
        "--warc-records",
        metavar="TYPES",
        help="WARC record types read as pages, comma-separated (response, resource).",
    ),
]
WarcStatus = Annotated[
    str,
    typer.Option(
        "--warc-status",
        metavar="CODES",
        help="HTTP statuses read as pages: 2xx, 200, 404, any … (comma-separated).",
    ),
]
WarcTypes = Annotated[
    str,
    typer.Option(
        "--warc-types",
        metavar="TYPES",
        help="Media types read as pages: text/html, text/*, any … (comma-separated).",
    ),
]


def max_jobs() -> int:
    """The most worker processes ``--jobs`` accepts: 4 per CPU, at least 64.

    More only adds processes that wait for a CPU (each holds its own pipeline: ~100 MB).
    """
    import os

    return max(64, 4 * (os.cpu_count() or 1))


def check_jobs(jobs: int) -> str | None:
    """The one-line problem with a ``--jobs`` value, or ``None`` if it is usable."""
    cap = max_jobs()
    if jobs > cap:
        return f"--jobs {jobs}: at most {cap} worker processes (4 per CPU, at least 64)"
    return None


#: WARC record types (WARC 1.1 section 6).
WARC_RECORD_TYPES = frozenset(
    (
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
    )
)


def warc_choice_error(records: tuple[str, ...], status: tuple[str, ...]) -> str | None:
    """What is wrong with ``--warc-records``/``--warc-status`` values, or ``None``.

    >>> warc_choice_error(("response",), ("2xx", "404", "any")) is None
    True
    >>> warc_choice_error(("responses",), ("2xx",))
    "--warc-records: 'responses' is not a WARC record type"
    """
    import re

    for r in records:
        if r not in WARC_RECORD_TYPES:
            return f"--warc-records: {r!r} is not a WARC record type"
    for s in status:
        if not re.fullmatch(r"any|[1-5](?:xx|\d\d)", s):
            return f"--warc-status: {s!r} is not a status (200), a class (2xx) or any"
    return None
