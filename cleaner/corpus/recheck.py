"""Transactional corpus adds: a batch is checked again, under the corpus lock, against
the parts other writers committed after the batch was deduplicated.

A run deduplicates its articles against the corpus as it was when the run opened it (the
snapshot).  Two runs adding the same texts at the same time would each find nothing and
each add them.  :func:`add_kept` (``run --add``, ``dedup --add``) and :func:`recheck_with`
(``corpus add``) hand :meth:`CorpusStore.add <cleaner.corpus.store.CorpusStore.rechecking>`
a guard that runs the ordinary :class:`~cleaner.stages.dedup.Deduper` — same settings,
same decisions — over the batch against only the parts committed since the snapshot; a
document it finds to be a duplicate of one of them is not added.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from cleaner.corpus.store import CorpusStore, Recheck
from cleaner.stages.dedup import DedupConfig, Deduper

__all__ = ["add_kept", "config_for", "recheck_with"]


def config_for(store: CorpusStore) -> DedupConfig:
    """The default dedup settings with the corpus's sketch settings."""
    p = store.params
    return DedupConfig(
        ngram=p.ngram,
        word_ngram=p.word_ngram,
        num_perm=p.num_perm,
        bands=p.bands,
        fold_digits=p.fold_digits,
    )


def recheck_with(config: DedupConfig) -> Recheck:
    """A guard for :meth:`CorpusStore.rechecking`: the deduper's verdict, with ``config``,
    of each text against the newer parts (a duplicate of another text of the same batch
    does not count: the batch was already deduplicated within itself)."""
    cfg = dataclasses.replace(config, workers=None, replace_corpus=False)

    def guard(view: CorpusStore, ids: list[str], texts: list[str]) -> Sequence[bool]:
        with Deduper(cfg, corpus=view, keep_texts=False) as dd:
            recs = dd.process(
                [{"id": i, "text": t, "status": "kept"} for i, t in zip(ids, texts, strict=True)]
            )
        batch = set(ids)
        return [r["status"] == "duplicate" and r["dup_of"] not in batch for r in recs]

    return guard


def add_kept(deduper: Any) -> dict[str, int]:
    """``deduper.add_to_corpus()``, re-checked against parts committed since the run began."""
    store: CorpusStore = deduper.corpus
    with store.rechecking(recheck_with(deduper.config)):
        result: dict[str, int] = deduper.add_to_corpus()
    return result
