"""The command line: a thin layer over the library, one file per command group.

Exit codes (also in the README's "Exit codes" and ``cleaner --help``):

=====  ===================================================================
0      success: every input was read
2      usage or configuration error, none of the inputs exists, --out
       holds files cleaner did not write, or
       ``--out`` overlaps an input: nothing ran, nothing was written
3      the run could not complete: output folder unusable or in use by
       another run, disk full, permission denied, out of memory, a damaged
       corpus, corrupt output
4      ``run``: it completed but some inputs were quarantined, or all of
       them when they exist but none could be read (empty, binary,
       unreadable); ``--allow-quarantine`` turns this into 0
130    interrupted; outputs left as they were
=====  ===================================================================

``validate`` is a gate and has its own (``VALIDATE_EXIT_CODES``): 0 every check passed,
1 a check failed, 2 usage or configuration error (bad option, config or baseline, none of
the inputs exists), 3 the run could not complete.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperArgument, TyperGroup, TyperOption

from cleaner.cli.term import safe
from cleaner.errors import CleanerError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_QUARANTINED = 4
EXIT_INTERRUPTED = 130

#: The exit-code table of the help screens (``\b``: click keeps the lines as they are).
EXIT_CODES_HELP = """\b
Exit codes:
  0    every input was read
  2    usage or configuration error, none of the inputs exists, or
       --out overlaps an input: nothing ran, nothing was written
  3    the run could not complete (output unusable or in use, disk
       full, permission denied, out of memory, damaged corpus)
  4    the run completed but some inputs were quarantined, or all of
       them when they exist but none could be read (empty, binary);
       --allow-quarantine gives 0
  130  interrupted; outputs left as they were"""

#: ``-h`` as well as ``--help``, on the app and (inherited) on every subcommand.
CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def _metavars_not_types(command: Any) -> None:
    """Help shows a parameter's metavar, never a Python type name.

    typer prints ``<list[Path]>``, ``<str>`` or ``<int>`` beside every argument and every
    option without a metavar.  Here a parameter without ``metavar=`` gets its upper-cased
    name (``--workers WORKERS``, ``INPUTS``), and an argument shows no type at all.
    """
    for param in command.params:
        if isinstance(param, TyperArgument):
            param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
            if param.metavar is None:
                param.metavar = (param.name or "arg").upper()
        elif isinstance(param, TyperOption) and param.metavar is None and not param.is_flag:
            param.metavar = (param.name or "value").upper()
    for sub in getattr(command, "commands", {}).values():
        _metavars_not_types(sub)


class CleanerGroup(TyperGroup):
    """The ``cleaner`` command group: typer's, with metavars instead of type names."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        _metavars_not_types(self)


app = typer.Typer(
    name="cleaner",
    help="Clean scraped pages: strip boilerplate, repair, split into articles, with a "
    "lossless change ledger.\n\n" + EXIT_CODES_HELP,
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    add_completion=False,
    context_settings=CONTEXT_SETTINGS,
    cls=CleanerGroup,
    # click's plain help: paragraphs re-wrapped to the terminal, ``\b`` blocks kept as
    # written, no type names beside flags (rich mode keeps the docstrings' line breaks
    # and wraps them again, and prints ``<bool>`` beside every flag).
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def version_line() -> str:
    """``cleaner VERSION from PACKAGE_DIR``: which code runs (an editable install or a
    ``PYTHONPATH`` tree may shadow another), read from the package already imported."""
    import cleaner  # already imported: cleaner.cli lives in it

    return f"cleaner {cleaner.__version__} from {os.path.dirname(cleaner.__file__ or '')}"


def _print_version(*, value: bool) -> None:
    if value:
        typer.echo(version_line())
        raise typer.Exit(EXIT_OK)


@app.callback()
def _app(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            is_eager=True,
            callback=_print_version,
            help="Print the version and the package's folder, and exit.",
        ),
    ] = False,
) -> None:
    """The app-wide options; each command is its own function."""


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one ``cleaner: error:`` line (control characters escaped) and return the
    Exit to raise."""
    typer.echo(f"cleaner: error: {safe(message, one_line=True)}", err=True)
    return typer.Exit(code)


def os_error_message(exc: OSError) -> str:
    """``<file>: <problem>`` for an operating-system error (disk full, permission denied)."""
    problem = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        problem = "no space left on device (disk full)"
    elif exc.errno == errno.EDQUOT:
        problem = "disk quota exceeded"
    name = exc.filename if exc.filename is not None else "cleaner"
    other = f" -> {exc.filename2}" if exc.filename2 is not None else ""
    return f"{os.fsdecode(name)}{other}: {problem}"


def check_engine(engine: str, inputs: list[str]) -> None:
    """``--engine`` is ``local`` or ``ray``; URI inputs (``s3://…``) need ``ray``."""
    from cleaner.engines.ray_fs import is_uri

    if engine not in ("local", "ray"):
        raise fail(f"--engine must be local or ray, not {engine!r}")
    uris = [i for i in inputs if is_uri(i)]
    if uris and engine != "ray":
        raise fail(f"{uris[0]}: URIs need --engine ray")


def _local(inputs: Sequence[str | Path]) -> list[str]:
    """The inputs that name local paths: not ``-`` (standard input), not URIs."""
    from cleaner.engines.ray_fs import is_uri

    return [str(i) for i in inputs if str(i) != "-" and not is_uri(i)]


def _missing(path: str) -> bool:
    try:
        Path(path).lstat()
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:  # exists but cannot be looked at: the reader quarantines it
        return False
    return False


def require_existing_input(inputs: Sequence[str | Path]) -> None:
    """Exit 2 when none of ``inputs`` exists: a typo, not a batch to judge.

    When at least one input exists (or is ``-`` or a URI) the missing ones are
    quarantined like any unreadable input and the run goes on (exit 4, or the gate's
    ``max_quarantined_share`` for ``validate``).
    """
    local = _local(inputs)
    if len(local) < len(inputs) or not local:
        return
    missing = [i for i in local if _missing(i)]
    if len(missing) == len(local):
        more = f" (none of the {len(missing)} inputs exists)" if len(missing) > 1 else ""
        raise fail(f"{missing[0]}: does not exist{more}")


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as written
        return path.absolute()


def refuse_out_overlap(out: Path, inputs: Sequence[str | Path]) -> None:
    """Exit 2 when ``--out`` is an input, lies inside an input folder, or holds an input.

    The next run would read its own outputs back (or this one overwrite what it reads).
    Paths are compared resolved, so ``./data/../data/out`` and symlinks count too.
    """
    o = _real(out)
    for i in _local(inputs):
        p = _real(Path(i))
        if p == o:
            raise fail(f"{out}: --out is the input {i}; write outside the inputs")
        if p in o.parents:
            raise fail(f"{out}: --out is inside the input folder {i}; write outside the inputs")
        if o in p.parents:
            raise fail(f"{i}: this input is inside --out {out}; write outside the inputs")


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the documented exit code.

    Before the command runs, a command that takes ``out`` and ``inputs`` (or
    ``input_path``) has them checked with :func:`refuse_out_overlap`, so nothing is
    written when ``--out`` overlaps an input.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        out = kwargs.get("out")
        inputs = kwargs.get("inputs", [kwargs["input_path"]] if "input_path" in kwargs else None)
        if isinstance(out, Path) and inputs:
            refuse_out_overlap(out, inputs)
        try:
            return func(*args, **kwargs)
        except CleanerError as exc:
            code = EXIT_FAILED if exc.exit_code == 3 else EXIT_USAGE
            raise fail(str(exc), code) from None
        except OSError as exc:  # disk full, permission denied, read-only file system …
            raise fail(os_error_message(exc), EXIT_FAILED) from None
        except MemoryError:
            raise fail(
                "out of memory; the run was stopped (outputs left as they were)", EXIT_FAILED
            ) from None
        except KeyboardInterrupt:
            typer.echo("cleaner: interrupted; outputs left as they were", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None

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
