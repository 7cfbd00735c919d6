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

#: ``--follow-symlinks`` of ``run`` (``[read] follow_symlinks``).
FollowSymlinks = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks",
        help="Read files that symbolic links in input folders point to outside them.",
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
