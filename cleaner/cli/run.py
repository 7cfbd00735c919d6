"""``cleaner run``: the whole pipeline on inputs, outputs and ledger to a folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from cleaner.config import OutputConfig, load_config


def register(app: typer.Typer) -> None:
    from cleaner.cli import EXIT_CODES_HELP, EXIT_QUARANTINED, fail, handle_errors

    @app.command("run", epilog=EXIT_CODES_HELP)
    @handle_errors
    def run_cmd(
        inputs: Annotated[list[Path], typer.Argument(help="Text pages, JSONL batches or folders.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
        config: Annotated[Path | None, typer.Option("--config", "-c", help="cleaner.toml")] = None,
        fmt: Annotated[
            str | None, typer.Option("--format", help="jsonl (default) or parquet.")
        ] = None,
        rules: Annotated[
            list[Path] | None, typer.Option("--rules", help="Extra rule-pack folder.")
        ] = None,
        text_field: Annotated[
            str, typer.Option(help="JSONL field holding the page text.")
        ] = "text",
        allow_quarantine: Annotated[
            bool, typer.Option("--allow-quarantine", help="Exit 0 even if inputs were quarantined.")
        ] = False,
        jobs: Annotated[
            int, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: 1).")
        ] = 1,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="Print nothing on success.")
        ] = False,
    ) -> None:
        """Clean, repair and split every page of INPUTS into articles in OUT.

        Writes articles, pages, changes (the ledger), quarantine/ and summary.json.

        Example: cleaner run corpora/sample --out out/sample
        """
        from dataclasses import replace

        from cleaner.runner import run

        cfg = load_config(config)
        if fmt is not None:
            if fmt not in ("jsonl", "parquet"):
                raise fail(f"--format must be jsonl or parquet, not {fmt!r}")
            cfg = replace(cfg, output=OutputConfig(format=fmt))
        if rules:
            cfg = replace(cfg, rules_dirs=tuple(rules))
        summary = run(list(inputs), out, config=cfg, text_field=text_field, jobs=jobs)
        q = summary["quarantined"]
        if not quiet:
            by_status = ", ".join(f"{v} {k}" for k, v in summary["articles_by_status"].items())
            by_status = by_status or "none"
            typer.echo(
                f"{summary['pages']} pages → {summary['articles']} articles ({by_status}), "
                f"{sum(summary['changes_by_stage'].values())} changes, {q} quarantined; "
                f"wrote {out}",
                err=True,
            )
        if q:
            _report_quarantine(out, q)
            if not allow_quarantine:
                raise typer.Exit(EXIT_QUARANTINED)


def _report_quarantine(out: Path, count: int, *, limit: int = 10) -> None:
    """One line per quarantined input (the first ``limit``), then a pointer to the file."""
    with open(out / "quarantine.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            rec = json.loads(line)
            print(f"cleaner: quarantined: {rec['source']}: {rec['reason']}", file=sys.stderr)
    if count > limit:
        print(
            f"cleaner: … and {count - limit} more, see {out / 'quarantine.jsonl'}", file=sys.stderr
        )
