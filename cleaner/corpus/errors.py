"""The corpus error: raised by :mod:`cleaner.corpus.store` and the dedup stage."""

from __future__ import annotations

from cleaner.errors import CleanerError

__all__ = ["CorpusError"]


class CorpusError(CleanerError):
    """A corpus folder is missing, damaged, locked or incompatible with the dedup settings.

    The message names the folder and the problem: a missing manifest (run
    ``cleaner corpus init DIR``), an unknown schema version, settings that differ from the
    ones the corpus was built with (use the corpus's settings or build a new corpus), or a
    checksum mismatch found by ``cleaner corpus verify DIR``.
    """

    exit_code = 2
