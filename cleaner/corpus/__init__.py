"""The corpus and its index: comparison keys, MinHash sketches, candidate lookup, storage.

* :mod:`~cleaner.corpus.normalize` — the comparison key (what two copies still share);
* :mod:`~cleaner.corpus.minhash` — shingles, signatures and LSH band keys for whole batches;
* :mod:`~cleaner.corpus.index` — candidate pairs, verification and the match rule;
* :mod:`~cleaner.corpus.reference` — a brute-force matcher, the oracle for tests;
* :mod:`~cleaner.corpus.store` — the corpus on disk (Parquet + manifest, atomic, locked).
* :mod:`~cleaner.corpus.parts` — the part files' layout, written by either engine;
* :mod:`~cleaner.corpus.verify` — checking a corpus folder against its manifest.

The dedup stage that uses them is :mod:`cleaner.stages.dedup`.
"""

from __future__ import annotations

from cleaner.corpus.errors import CorpusError
from cleaner.corpus.minhash import SketchParams
from cleaner.corpus.normalize import normalize
from cleaner.corpus.store import CorpusStore

__all__ = ["CorpusError", "CorpusStore", "SketchParams", "normalize"]
