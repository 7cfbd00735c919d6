"""``cleaner corpus init|add|stats|verify|upgrade``: the corpus that dedup checks against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.term import echo

corpus_app = typer.Typer(
    name="corpus",
    help="Create, extend and check a dedup corpus (Parquet + manifest).\n\n"
    "Example: cleaner corpus init corpora/seed",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from cleaner.cli import EXIT_FAILED, handle_errors

    @corpus_app.command("init")
    @handle_errors
    def init_cmd(
        directory: Annotated[Path, typer.Argument(help="Folder to create the corpus in.")],
        ngram: Annotated[int, typer.Option(help="Character n-gram length (CJK text).")] = 5,
        num_perm: Annotated[int, typer.Option(help="MinHash signature length.")] = 128,
        bands: Annotated[int, typer.Option(help="LSH bands (must divide --num-perm).")] = 32,
    ) -> None:
        """Create an empty corpus; its dedup settings are fixed from now on.

        Example: cleaner corpus init corpora/seed
        """
        from cleaner.corpus.store import CorpusStore
        from cleaner.stages.dedup import DedupConfig

        cfg = DedupConfig(ngram=ngram, num_perm=num_perm, bands=bands)
        CorpusStore.init(directory, cfg.sketch_params())
        echo(f"created corpus {directory}", err=True)

    @corpus_app.command("add")
    @handle_errors
    def add_cmd(
        directory: Annotated[Path, typer.Argument(help="Corpus folder.")],
        results: Annotated[
            Path, typer.Argument(help="A run's output folder, or JSONL/Parquet with id and text.")
        ],
        workers: Annotated[int | None, typer.Option(help="Sketching processes.")] = None,
    ) -> None:
        """Append the kept articles of RESULTS (atomic; ids already present are skipped).

        Example: cleaner corpus add corpora/seed out/run1
        """
        from cleaner.corpus.job import add_results

        r = add_results(directory, results, workers=workers)
        echo(
            f"added {r['added']} articles ({r['skipped']} already present, {r['not_kept']} not "
            f"kept); corpus holds {r['docs']}",
            err=True,
        )

    @corpus_app.command("stats")
    @handle_errors
    def stats_cmd(
        directory: Annotated[Path, typer.Argument(help="Corpus folder.")],
    ) -> None:
        """Print documents, parts, size and settings as JSON.

        Example: cleaner corpus stats corpora/seed
        """
        from cleaner.corpus.store import CorpusStore

        typer.echo(json.dumps(CorpusStore.open(directory).stats(), ensure_ascii=False, indent=1))

    @corpus_app.command("verify")
    @handle_errors
    def verify_cmd(
        directory: Annotated[Path, typer.Argument(help="Corpus folder.")],
        sample: Annotated[int, typer.Option(help="Documents re-sketched per part.")] = 64,
    ) -> None:
        """Check checksums, row counts, ids and band keys; exit 3 if the corpus is damaged.

        Example: cleaner corpus verify corpora/seed
        """
        from cleaner.corpus.store import CorpusStore

        rep = CorpusStore.open(directory).verify(sample=sample)
        for note in rep.notes:
            echo(f"cleaner: note: {directory}: {note}", err=True)
        if not rep.ok:
            for p in rep.problems:
                echo(f"cleaner: error: {directory}: {p}", err=True)
            raise typer.Exit(EXIT_FAILED)
        echo(f"{directory}: OK, {rep.docs} documents", err=True)

    @corpus_app.command("upgrade")
    @handle_errors
    def upgrade_cmd(
        directory: Annotated[Path, typer.Argument(help="Corpus folder.")],
    ) -> None:
        """Bring a corpus of an older schema to this cleaner's (re-sketches the documents
        whose band keys changed, from their stored texts).

        Example: cleaner corpus upgrade corpora/seed
        """
        from cleaner.corpus.shingling import upgrade
        from cleaner.corpus.store import CorpusStore

        r = upgrade(CorpusStore.open(directory))
        if r["from"] == r["to"]:
            echo(f"{directory}: schema version {r['to']}, nothing to upgrade", err=True)
        else:
            echo(
                f"cleaner: corpus {directory}: upgraded from schema version {r['from']} to "
                f"{r['to']}: {r['resketched']} documents mixing scripts re-sketched "
                f"({r['parts']} parts rewritten)",
                err=True,
            )

    app.add_typer(corpus_app)
