"""The corpus error: raised by :mod:`cleaner.corpus.store` and the dedup stage."""

from __future__ import annotations

from cleaner.errors import CleanerError

__all__ = ["CorpusDamaged", "CorpusError"]


class CorpusError(CleanerError):
    """A corpus folder is missing, damaged, locked or incompatible with the dedup settings.

    The message names the folder and the problem: a missing manifest (run
    ``cleaner corpus init DIR``), an unknown schema version, settings that differ from the
    ones the corpus was built with (use the corpus's settings or build a new corpus), or a
    checksum mismatch found by ``cleaner corpus verify DIR``.
    """

    exit_code = 2


class CorpusDamaged(CorpusError):
    """A corpus file differs from what its manifest recorded (checksum mismatch, missing
    or unreadable part, unreadable manifest): the run stops (exit 3) rather than use it.
    Run ``cleaner corpus verify DIR`` and restore the corpus from a copy."""

    exit_code = 3
