"""``cleaner run``: the whole pipeline on inputs, outputs and ledger to a folder."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cleaner.cli.options import (
    AuthorField,
    DateField,
    FollowSymlinks,
    RayAddress,
    ReplaceCorpus,
    TitleField,
    WarcRecords,
    WarcStatus,
    WarcTypes,
    check_jobs,
    csv_list,
    warc_choice_error,
)
from cleaner.cli.term import echo, safe

if TYPE_CHECKING:
    from cleaner.runner import ProgressHook


def register(app: typer.Typer) -> None:
    from cleaner.cli import (
        EXIT_CODES_HELP,
        EXIT_QUARANTINED,
        check_engine,
        fail,
        handle_errors,
        require_existing_input,
    )

    @app.command("run", epilog=EXIT_CODES_HELP)
    @handle_errors
    def run_cmd(
        inputs: Annotated[
            list[str],
            typer.Argument(
                help="Text or HTML pages, JSON/JSONL/Parquet batches, RSS/Atom feeds, WARC/ARC "
                "archives (.gz/.zst too), "
                "folders, or - for standard input; with --engine ray also URIs (s3://…, "
                "gs://…, hdfs://…, file://…).",
                show_default=False,
                metavar="INPUTS",
            ),
        ],
        out: Annotated[
            Path,
            typer.Option("--out", "-o", metavar="DIR", help="Output folder (not inside an input)."),
        ],
        config: Annotated[
            Path | None,
            typer.Option("--config", "-c", metavar="FILE", help="Settings (cleaner.toml)."),
        ] = None,
        fmt: Annotated[
            str | None,
            typer.Option("--format", metavar="FORMAT", help="jsonl (default) or parquet."),
        ] = None,
        rules: Annotated[
            list[Path] | None,
            typer.Option("--rules", metavar="DIR", help="Extra rule-pack folder (repeatable)."),
        ] = None,
        text_field: Annotated[
            str, typer.Option(metavar="NAME", help="JSONL/Parquet field holding the page text.")
        ] = "text",
        html_field: Annotated[
            str,
            typer.Option(
                metavar="NAME", help="JSONL/Parquet field holding page HTML (used without text)."
            ),
        ] = "html",
        id_field: Annotated[
            str, typer.Option(metavar="NAME", help="JSONL/Parquet field with a record id.")
        ] = "id",
        url_field: Annotated[
            str, typer.Option(metavar="NAME", help="JSONL/Parquet field with the page URL.")
        ] = "url",
        title_field: TitleField = None,
        date_field: DateField = None,
        author_field: AuthorField = None,
        warc_records: WarcRecords = "response",
        warc_status: WarcStatus = "2xx",
        warc_types: WarcTypes = "text/html,application/xhtml+xml",
        site: Annotated[
            str | None,
            typer.Option(metavar="SITE", help="Site of every page (default: from the URL)."),
        ] = None,
        glob: Annotated[
            str | None,
            typer.Option(
                metavar="PATTERN", help="Only files matching this pattern in folders (*.html)."
            ),
        ] = None,
        allow_quarantine: Annotated[
            bool, typer.Option("--allow-quarantine", help="Exit 0 even if inputs were quarantined.")
        ] = False,
        jobs: Annotated[
            int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes.")
        ] = 1,
        corpus: Annotated[
            Path | None,
            typer.Option(
                "--corpus",
                metavar="DIR",
                help="Check articles against this corpus (cleaner corpus init).",
            ),
        ] = None,
        add: Annotated[
            bool, typer.Option("--add", help="Append the kept articles to --corpus after the run.")
        ] = False,
        no_dedup: Annotated[
            bool, typer.Option("--no-dedup", help="Skip the dedup stage (in-batch and corpus).")
        ] = False,
        keep: Annotated[
            str | None,
            typer.Option(
                metavar="POLICY",
                help="Kept member of a cluster: first, longest, newest (meta.published) or "
                "corpus (default: [dedup] keep, first).",
            ),
        ] = None,
        replace_corpus: ReplaceCorpus = False,
        report: Annotated[
            Path | None,
            typer.Option("--report", metavar="FILE", help="Also write the HTML curator report."),
        ] = None,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="Print nothing on success.")
        ] = False,
        engine: Annotated[
            str,
            typer.Option(metavar="ENGINE", help="local or ray (Ray Data, see docs/ray.md)."),
        ] = "local",
        ray_address: RayAddress = None,
        follow_symlinks: FollowSymlinks = False,
    ) -> None:
        """Clean, repair and split every page of INPUTS into articles in DIR (--out).

        Writes articles, pages, changes (the ledger), quarantine/ and summary.json.

        Inputs are recognised by extension and content: .txt, .html/.htm (main text
        extracted), .jsonl/.ndjson, .json and .parquet (--text-field, else --html-field),
        RSS/Atom .xml feeds (a page per item), .arc and .warc, each optionally .gz or .zst.
        A record without either field is quarantined, and so is an input that does not
        exist, unless none of them exists (exit 2).  Archives give a page per 2xx HTML
        response (--warc-records/--warc-status/--warc-types to widen); the other records
        are counted in summary.json (read.skipped).

        Articles are deduplicated within the run (status "duplicate", dup_of, dup_score,
        dup_kind, cluster) and, with --corpus, against a corpus on disk; --add appends the
        kept ones to it once the run has succeeded.

        \b
        Example:
          cleaner run corpora/sample --out out/sample --report reports/sample.html
        """
        from dataclasses import replace

        # here, not at the top: `cleaner --help` must not load the stages (issue 15)
        from cleaner.config import OutputConfig, load_config
        from cleaner.ingest.parquet import Spools
        from cleaner.ingest.readers import glob_problem
        from cleaner.ingest.records import ReadOptions
        from cleaner.runner import run

        require_existing_input(inputs)
        if problem := check_jobs(jobs):
            raise fail(problem)
        if problem := glob_problem(glob):
            raise fail(f"--glob {glob}: {problem}")
        cfg = load_config(config)
        if follow_symlinks:
            cfg = replace(cfg, read=replace(cfg.read, follow_symlinks=True))
        if fmt is not None:
            if fmt not in ("jsonl", "parquet"):
                raise fail(f"--format must be jsonl or parquet, not {fmt!r}")
            cfg = replace(cfg, output=OutputConfig(format=fmt))
        if rules:
            cfg = replace(cfg, rules_dirs=tuple(rules))
        if no_dedup:
            if corpus is not None:
                raise fail("--no-dedup and --corpus exclude each other")
            cfg = replace(cfg, dedup=replace(cfg.dedup, enabled=False))
        if keep is not None:
            cfg = replace(cfg, dedup=replace(cfg.dedup, keep=keep))
        if replace_corpus:
            cfg = replace(cfg, dedup=replace(cfg.dedup, replace_corpus=True))
        if add and corpus is None:
            raise fail("--add needs --corpus DIR")
        problem = warc_choice_error(csv_list(warc_records), csv_list(warc_status))
        if problem:
            raise fail(problem)
        opts = ReadOptions(
            text_field=text_field,
            html_field=html_field,
            id_field=id_field,
            url_field=url_field,
            title_field=title_field,
            date_field=date_field,
            author_field=author_field,
            site=site,
            glob=glob,
            max_page_bytes=cfg.read.max_page_bytes,
            limits=cfg.read,
            spools=Spools(cfg.read.max_spool_bytes),
            warc_records=csv_list(warc_records),
            warc_status=csv_list(warc_status),
            warc_types=csv_list(warc_types),
        )
        check_engine(engine, inputs)
        show = not quiet and sys.stderr.isatty()
        if engine == "ray":  # docs/ray.md; Parquet parts
            from cleaner.engines.ray_fs import is_uri
            from cleaner.engines.ray_run import run_ray

            if fmt == "jsonl":
                raise fail("--engine ray writes Parquet only (leave out --format jsonl)")
            with _progress(enabled=show) as hook:
                summary = run_ray(
                    [i if is_uri(i) else Path(i) for i in inputs],
                    out,
                    config=cfg,
                    read_options=opts,
                    address=ray_address,
                    corpus=corpus,
                    add_to_corpus=add,
                    progress=hook,
                )
        else:
            with _progress(enabled=show) as hook:
                summary = run(
                    [Path(i) for i in inputs],
                    out,
                    config=cfg,
                    text_field=text_field,
                    read_options=opts,
                    jobs=jobs,
                    corpus=corpus,
                    add_to_corpus=add,
                    progress=hook,
                )
        if report is not None:
            from cleaner.report import render_report

            render_report(out, report)
        q = summary["quarantined"]
        if not quiet:
            by_status = ", ".join(f"{v} {k}" for k, v in summary["articles_by_status"].items())
            by_status = by_status or "none"
            echo(
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
            print(
                safe(f"cleaner: quarantined: {rec['source']}: {rec['reason']}", one_line=True),
                file=sys.stderr,
            )
    if count > limit:
        print(
            f"cleaner: … and {count - limit} more, see {out / 'quarantine.jsonl'}", file=sys.stderr
        )


@contextmanager
def _progress(*, enabled: bool) -> Iterator[ProgressHook | None]:
    """A rich progress line (phase, pages, MB, pages/s, MB/s) on stderr, or ``None``."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    t0 = time.perf_counter()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[phase]}"),
        TextColumn("{task.fields[pages]} pages"),
        TextColumn("{task.fields[mb]:.1f} MB"),
        TextColumn("{task.fields[rate]:.0f} pages/s, {task.fields[mbs]:.2f} MB/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("run", total=None, phase="cleaning", pages=0, mb=0.0, rate=0.0, mbs=0.0)
        last_time, last_phase = 0.0, "cleaning"

        def hook(pages: int, in_bytes: int, phase: str = "cleaning", /) -> None:
            nonlocal last_time, last_phase
            now = time.perf_counter()
            if now - last_time < 0.1 and phase == last_phase:  # redrawing costs time
                return
            last_time, last_phase = now, phase
            dt = max(1e-9, now - t0)
            mb = in_bytes / 1e6
            bar.update(task, phase=phase, pages=pages, mb=mb, rate=pages / dt, mbs=mb / dt)

        yield hook
