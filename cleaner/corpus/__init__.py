"""The corpus on disk: storage, not algorithms.

* :mod:`~cleaner.corpus.store` — the corpus on disk (Parquet + manifest, atomic, locked);
* :mod:`~cleaner.corpus.parts` — the part files' layout, written by either engine;
* :mod:`~cleaner.corpus.verify` — checking a corpus folder against its manifest;
* :mod:`~cleaner.corpus.batches` / :mod:`~cleaner.corpus.job` — reading clean articles and
  the library behind ``cleaner dedup`` and ``cleaner corpus add``.

What makes two texts the same (comparison keys, MinHash, LSH, the reference matcher) lives
in :mod:`cleaner.dedup`; the dedup stage that uses both is :mod:`cleaner.stages.dedup`.
"""

from __future__ import annotations

from cleaner.corpus.errors import CorpusError
from cleaner.corpus.store import CorpusStore
from cleaner.dedup.minhash import SketchParams
from cleaner.dedup.normalize import normalize

__all__ = ["CorpusError", "CorpusStore", "SketchParams", "normalize"]
