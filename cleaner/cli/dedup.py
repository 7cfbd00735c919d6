"""``cleaner dedup``: exact, near and contained duplicates in an already-clean batch."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.options import RayAddress, ReplaceCorpus
from cleaner.cli.term import echo

DEDUP_EXIT_CODES = """\b
Exit codes:
  0    done
  2    usage or configuration error, INPUT does not exist, or --out
       overlaps INPUT: nothing ran, nothing was written
  3    the run could not complete (output unusable or corrupt)
  130  interrupted; outputs left as they were"""


def register(app: typer.Typer) -> None:
    from cleaner.cli import check_engine, handle_errors

    @app.command("dedup", epilog=DEDUP_EXIT_CODES)
    @handle_errors
    def dedup_cmd(
        input_path: Annotated[
            str,
            typer.Argument(
                help="JSONL/Parquet with id and text, or a run's output folder "
                "(with --engine ray also a URI: s3://…, gs://…, hdfs://…, file://…).",
                show_default=False,
                metavar="INPUT",
            ),
        ],
        out: Annotated[
            Path,
            typer.Option("--out", "-o", metavar="DIR", help="Output folder (not inside INPUT)."),
        ],
        corpus: Annotated[
            Path | None,
            typer.Option("--corpus", metavar="DIR", help="Corpus folder to check against."),
        ] = None,
        add: Annotated[
            bool, typer.Option("--add", help="Append kept articles to the corpus on success.")
        ] = False,
        threshold: Annotated[
            float,
            typer.Option(metavar="SCORE", help="Near duplicate at Jaccard × 100 ≥ this (0–100)."),
        ] = 50.0,
        ngram: Annotated[
            int, typer.Option(metavar="N", help="Character n-gram length (CJK text).")
        ] = 5,
        num_perm: Annotated[int, typer.Option(metavar="N", help="MinHash signature length.")] = 128,
        bands: Annotated[
            int, typer.Option(metavar="N", help="LSH bands (must divide --num-perm).")
        ] = 32,
        contained: Annotated[
            bool, typer.Option("--contained", help="Also flag articles contained in longer ones.")
        ] = False,
        templates: Annotated[
            bool,
            typer.Option(
                "--templates/--no-templates",
                help="Template fills (other numbers/dates in the same places) are not duplicates.",
            ),
        ] = True,
        versions: Annotated[
            str,
            typer.Option(metavar="MODE", help="Revisions: keep (both, linked), duplicate, or off."),
        ] = "keep",
        keep: Annotated[
            str,
            typer.Option(
                metavar="POLICY",
                help="Kept member of a cluster: first, longest, newest (meta.published, "
                "published or date) or corpus.",
            ),
        ] = "first",
        replace_corpus: ReplaceCorpus = False,
        fmt: Annotated[
            str, typer.Option("--format", metavar="FORMAT", help="jsonl or parquet.")
        ] = "jsonl",
        workers: Annotated[
            int | None,
            typer.Option(metavar="N", help="Sketching processes (default: none, a thread)."),
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")] = False,
        engine: Annotated[
            str,
            typer.Option(metavar="ENGINE", help="local or ray (Ray Data; writes Parquet parts)."),
        ] = "local",
        ray_address: RayAddress = None,
    ) -> None:
        """Mark exact, near and contained duplicates in INPUT; write articles and summary.json.

        Each article gets status (kept/duplicate), dup_of, dup_score (0–100), dup_kind
        (exact/near/contained/version), cluster, version_of, best_score, contains and
        dup_detail (the measures that decided).  With --corpus it is also checked against
        the corpus; --add appends the kept articles to it after a successful run.

        \b
        Example:
          cleaner dedup new.jsonl --out out/new --corpus corpora/seed --add
        """
        from cleaner.corpus.job import dedup_file
        from cleaner.stages.dedup import DedupConfig

        cfg = DedupConfig(
            threshold=threshold,
            ngram=ngram,
            num_perm=num_perm,
            bands=bands,
            contained=contained,
            templates=templates,
            versions=versions,
            keep=keep,
            replace_corpus=replace_corpus,
            workers=workers,
        )
        check_engine(engine, [input_path])
        if engine == "ray":
            from cleaner.engines.ray_engine import dedup_file_ray

            s = dedup_file_ray(
                input_path, out, config=cfg, corpus=corpus, add=add, address=ray_address
            )
        else:
            s = dedup_file(Path(input_path), out, config=cfg, corpus=corpus, add=add, fmt=fmt)
        if not quiet:
            by = ", ".join(f"{v} {k}" for k, v in s["articles_by_status"].items()) or "none"
            kinds = ", ".join(f"{v} {k}" for k, v in s["duplicates_by_kind"].items())
            added = f"; added {s['added_to_corpus']} to {corpus}" if add else ""
            echo(
                f"{s['articles']} articles: {by}"
                + (f" ({kinds})" if kinds else "")
                + f"{added}; wrote {out} in {s['seconds']} s",
                err=True,
            )
