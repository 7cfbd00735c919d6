"""What a batch carries through the dedup stage (:mod:`cleaner.stages.dedup`): its
sketch and tokens (:class:`Prepared`), the documents a kind of candidate refers to
(:class:`Side`), and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from cleaner.dedup.index import SigRows
from cleaner.dedup.minhash import Sketch
from cleaner.dedup.tokens import TokenTable
from cleaner.stages.dedup_config import DECISION_FIELDS

__all__ = ["SOURCE_ORDER", "Prepared", "Side", "dropped", "union"]

#: Where a candidate comes from, by the order the stage meets them (ties go to the first).
SOURCE_ORDER = {"batch": 2, "run": 1, "corpus": 0}


@dataclass(slots=True)
class Prepared:
    """A batch sketched (by :meth:`Deduper._prepare`), ready to be matched."""

    active: list[int]  # positions of the articles that are not dropped
    texts: list[str]  # their texts
    sketch: Sketch
    keys: np.ndarray  # (len(texts), bands) band keys
    tokens: TokenTable
    titles: np.ndarray  # title_keys(texts)
    groups: np.ndarray  # group_keys(): (len(texts), m)


@dataclass(slots=True)
class Side:
    """The documents one kind of candidate refers to (the batch, the run, corpus rows)."""

    source: str
    shingle_set: Callable[[int], np.ndarray]
    sequence: Callable[[int], np.ndarray]
    sig: np.ndarray | SigRows | None  # [rows] → (len(rows), num_perm)
    length: Callable[[np.ndarray], np.ndarray]
    tokens: Callable[[int], np.ndarray]
    titles: Callable[[np.ndarray], np.ndarray]
    target: Callable[[int], tuple[str, str] | None]  # (id, cluster), None: not a target


def union(a: pl.DataFrame, b: pl.DataFrame) -> pl.DataFrame:
    """Candidate pairs of both frames, once each, sorted by ``(q, ref)``."""
    if b.height == 0:
        return a
    return pl.concat([a, b]).unique().sort("q", "ref")


def dropped(id_: str) -> dict[str, Any]:
    return {"id": id_, **dict.fromkeys(DECISION_FIELDS), "status": "dropped"}
