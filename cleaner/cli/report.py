"""``cleaner report``: one self-contained HTML file for curators, from a run's outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.term import echo


def register(app: typer.Typer) -> None:
    from cleaner.cli import EXIT_CODES_HELP, handle_errors

    @app.command("report", epilog=EXIT_CODES_HELP)
    @handle_errors
    def report_cmd(
        results: Annotated[Path, typer.Argument(help="A run's output folder (cleaner run --out).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")],
        max_pages: Annotated[
            int, typer.Option(min=0, help="Pages shown side by side (the rest are listed).")
        ] = 200,
        examples: Annotated[int, typer.Option(min=0, help="Before/after examples per rule.")] = 8,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")] = False,
    ) -> None:
        """Write a self-contained HTML report (no network: styles, scripts, charts inline).

        Overview with charts, every rule with before/after examples, each page's original
        and cleaned articles side by side with every change highlighted, duplicates and
        quarantine.  Counts are always complete; examples and page views are sampled on
        large runs (--max-pages, --examples).  Open the file in any browser or mail it.

        Example: cleaner report out/sample -o reports/sample.html
        """
        from cleaner.report.render import ReportOptions, render_report

        path = render_report(
            results, out, options=ReportOptions(max_pages=max_pages, examples=examples)
        )
        if not quiet:
            echo(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)", err=True)
