"""The command line: a thin layer over the library, one file per command group.

Exit codes (also in the README and ``cleaner --help``):

=====  =============================================================
0      success: every input was read
2      usage or configuration error, or no usable input: nothing ran
3      the run could not complete (output unwritable, corrupt output)
4      the run completed but some inputs were quarantined
       (``--allow-quarantine`` turns this into 0)
=====  =============================================================
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from cleaner.errors import CleanerError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_QUARANTINED = 4

EXIT_CODES_HELP = (
    "Exit codes: 0 all inputs read; 2 usage/config error or no usable input; "
    "3 run could not complete; 4 some inputs quarantined (0 with --allow-quarantine)."
)

app = typer.Typer(
    name="cleaner",
    help="Clean scraped pages: strip boilerplate, repair, split into articles, with a "
    "lossless change ledger.\n\n" + EXIT_CODES_HELP,
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    add_completion=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one ``cleaner: error:`` line and return the Exit to raise."""
    typer.echo(f"cleaner: error: {message}", err=True)
    return typer.Exit(code)


def check_engine(engine: str, inputs: list[str]) -> None:
    """``--engine`` is ``local`` or ``ray``; URI inputs (``s3://…``) need ``ray``."""
    from cleaner.engines.ray_fs import is_uri

    if engine not in ("local", "ray"):
        raise fail(f"--engine must be local or ray, not {engine!r}")
    uris = [i for i in inputs if is_uri(i)]
    if uris and engine != "ray":
        raise fail(f"{uris[0]}: URIs need --engine ray")


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CleanerError as exc:
            code = EXIT_FAILED if exc.exit_code == 3 else EXIT_USAGE
            raise fail(str(exc), code) from None
        except KeyboardInterrupt:
            typer.echo("cleaner: interrupted; outputs left as they were", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


from cleaner.cli import corpus as _corpus  # noqa: E402
from cleaner.cli import dedup as _dedup  # noqa: E402
from cleaner.cli import explain as _explain  # noqa: E402
from cleaner.cli import report as _report  # noqa: E402
from cleaner.cli import rules as _rules  # noqa: E402
from cleaner.cli import run as _run  # noqa: E402
from cleaner.cli import validate as _validate  # noqa: E402

_run.register(app)
_rules.register(app)
_report.register(app)
_validate.register(app)
_corpus.register(app)
_dedup.register(app)
_explain.register(app)


def main() -> None:
    """Console-script entry point."""
    sys.exit(app())
