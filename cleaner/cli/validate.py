"""``cleaner validate``: the CI gate: judge a new scrape without writing anything."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.term import echo

VALIDATE_EXIT_CODES = """\b
Exit codes:
  0    every check passed
  1    a check failed (named on stderr, in the JSON, JUnit and Markdown
       outputs); inputs that do not exist count as quarantined
  2    usage or configuration error (bad option, config or baseline,
       none of the inputs exists)
  3    the run could not complete
  130  interrupted"""


def register(app: typer.Typer) -> None:
    from cleaner.cli import EXIT_FAILED, EXIT_USAGE, fail, handle_errors, require_existing_input
    from cleaner.cli.options import check_jobs

    @app.command("validate", epilog=VALIDATE_EXIT_CODES)
    @handle_errors
    def validate_cmd(
        inputs: Annotated[
            list[Path],
            typer.Argument(help="Text pages, JSONL batches or folders.", metavar="INPUTS"),
        ],
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus", metavar="DIR", help="Corpus to check duplicates against (read only)."
            ),
        ] = None,
        config: Annotated[
            Path | None,
            typer.Option(
                "--config", "-c", metavar="FILE", help="cleaner.toml ([validate] thresholds)."
            ),
        ] = None,
        baseline: Annotated[
            Path | None,
            typer.Option(
                "--baseline", metavar="FILE", help="Pinned baseline JSON to compare with."
            ),
        ] = None,
        save_baseline: Annotated[
            Path | None,
            typer.Option(
                "--save-baseline", metavar="FILE", help="Write this batch's metrics as a baseline."
            ),
        ] = None,
        accept_worse: Annotated[
            bool,
            typer.Option("--accept-worse", help="Let --save-baseline overwrite a better baseline."),
        ] = False,
        json_out: Annotated[
            Path | None,
            typer.Option("--json", metavar="FILE", help="Write the verdict as JSON."),
        ] = None,
        junit: Annotated[
            Path | None,
            typer.Option("--junit", metavar="FILE", help="Write JUnit XML (one case per check)."),
        ] = None,
        markdown: Annotated[
            Path | None,
            typer.Option("--markdown", metavar="FILE", help="Write a Markdown summary."),
        ] = None,
        report: Annotated[
            Path | None,
            typer.Option("--report", metavar="FILE", help="Also write the HTML curator report."),
        ] = None,
        text_field: Annotated[
            str, typer.Option(metavar="NAME", help="JSONL field holding the page text.")
        ] = "text",
        jobs: Annotated[
            int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes.")
        ] = 1,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="No table; failures only.")
        ] = False,
    ) -> None:
        """Run the pipeline on INPUTS in a temporary folder and check the batch's quality.

        Metrics (share quarantined, pages left empty, boilerplate removed and left over,
        encoding repairs, unrecoverable characters, placeholder density, duplicate rates,
        short/empty articles, articles per page, pages that lost most of their text,
        learned removals, extraction fallbacks) are checked against the [validate]
        thresholds of --config (defaults in cleaner.example.toml) and, with --baseline,
        against a pinned baseline within a tolerance.  Writes nothing but the files asked
        for; a --corpus is only read.  With GITHUB_ACTIONS=true failed checks are also
        printed as ::error annotations.

        \b
        Example:
          cleaner validate scrape/ --baseline reports/baselines/sample.json
        """
        from cleaner.config import load_config
        from cleaner.report import ci
        from cleaner.report.baseline import baseline_checks, load_baseline
        from cleaner.report.baseline import save_baseline as write_baseline
        from cleaner.report.gate import validate_inputs
        from cleaner.writers import write_text_atomic as write_atomic

        require_existing_input(inputs)
        if problem := check_jobs(jobs):
            raise fail(problem)
        cfg = load_config(config)
        verdict = validate_inputs(
            list(inputs),
            config=cfg,
            corpus=corpus,
            baseline=baseline,
            text_field=text_field,
            jobs=jobs,
            report=report,
        )
        outputs = [
            (json_out, ci.to_json_text),
            (junit, ci.to_junit),
            (markdown, ci.to_markdown),
        ]
        for path, fmt in outputs:
            if path is not None:
                try:
                    write_atomic(path, fmt(verdict))
                except OSError as exc:
                    raise fail(f"{path}: cannot write: {exc.strerror}", EXIT_FAILED) from None
        if not quiet:
            ci.print_table(verdict)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for line in ci.github_annotations(verdict):
                echo(line)
        for c in verdict.failed:
            echo(f"cleaner: check failed: {c.message}", err=True)
        if save_baseline is not None:
            if save_baseline.exists() and not accept_worse:
                worse = [
                    c.name
                    for c in baseline_checks(
                        verdict.metrics, load_baseline(save_baseline), cfg.validate
                    )
                    if c.status == "fail"
                ]
                if worse:
                    raise fail(
                        f"{save_baseline}: this batch is worse than the pinned baseline "
                        f"({', '.join(worse)}); pass --accept-worse to lower it",
                        EXIT_USAGE,
                    )
            write_baseline(verdict, save_baseline)
            if not quiet:
                echo(f"wrote baseline {save_baseline}", err=True)
        raise typer.Exit(verdict.exit_code)
