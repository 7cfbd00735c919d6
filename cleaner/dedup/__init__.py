"""The dedup algorithms: what makes two texts "the same".

* :mod:`~cleaner.dedup.normalize` — the comparison key (what two copies still share);
* :mod:`~cleaner.dedup.minhash` — shingles, signatures and LSH band keys for whole batches;
* :mod:`~cleaner.dedup.index` — candidate pairs, verification and the match rule;
* :mod:`~cleaner.dedup.tokens` — distinctive tokens (template fills) and title lines;
* :mod:`~cleaner.dedup.containment` — anchor and title keys (excerpts, revisions);
* :mod:`~cleaner.dedup.decide` — a pair's kind and an article's outcome (both engines);
* :mod:`~cleaner.dedup.reference` — a brute-force matcher, the oracle for tests;
* :mod:`~cleaner.dedup.explain` — the aligned passages two duplicates share.

Storage of a corpus is :mod:`cleaner.corpus`; the stage is :mod:`cleaner.stages.dedup`.
"""
