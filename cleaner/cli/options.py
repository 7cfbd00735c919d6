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
