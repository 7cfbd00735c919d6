"""Scores of the chrome line model (:mod:`cleaner.stages.line_model`): two logistic
regressions over the line features (:mod:`cleaner.stages.line_features`), the weights
shipped in ``cleaner/rules/line_model.json``.

A line's score is a function of its feature row alone, summed in one fixed order
(:func:`_logit`): the decisions score the lines they read one by one
(:class:`PageScores`), training scores whole pages (:meth:`LineModel.scores`), and both
get the same values bit for bit.  (A matrix-vector product's sums depend, in the last
bits, on which rows are multiplied together.)
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from cleaner.rules import RULES_DIR
from cleaner.stages.line_features import (
    POSITION,
    REPEATED_COLUMN,
    RUNS,
    PageLines,
    names,
    shape_columns,
    tail_columns,
)

WEIGHTS = RULES_DIR / "line_model.json"
#: Context score given to the missing neighbour of a page's first or last line.
EDGE = 0.5
#: Names of the two context columns the second pass adds to a row.
CONTEXT = ("ctx_prev", "ctx_next")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-min(max(z, -30.0), 30.0)))


@lru_cache(maxsize=8)
def _split(weights: tuple[float, ...]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The weights of a line's own columns (:func:`shape_columns`) and of the page's
    (:func:`tail_columns`, then the context columns if ``weights`` has them)."""
    n = shape_columns()
    tail = [*tail_columns(), *range(n + len(POSITION) + len(RUNS), len(weights))]
    return weights[:n], tuple(weights[j] for j in tail)


def _head(shape: Sequence[float], weights: tuple[float, ...]) -> float:
    """The line's own part of the logit (``shape``'s ``repeated`` column is 0)."""
    return sum(map(operator.mul, shape, weights))


def _logit(head: float, tail: Iterable[float], weights: tuple[float, ...]) -> float:
    """``head`` plus the page's part, added in column order.

    A line's score is a function of its row alone, summed in one fixed order, whether
    the page's rows are scored together (training) or one by one (:class:`PageScores`,
    which caches ``head`` per line text): a matrix product's sums depend on which rows
    go with it, in the last bits."""
    return sum(map(operator.mul, tail, weights), head)


def _score(row: list[float], weights: tuple[float, ...]) -> float:
    """The logistic score of one full row (its columns :func:`names`, and the context
    columns if ``weights`` has them)."""
    head_w, tail_w = _split(weights)
    n = len(head_w)
    shape = row[:n]
    shape[REPEATED_COLUMN] = 0.0
    tail = [row[REPEATED_COLUMN], *row[n:]]
    return _sigmoid(_logit(_head(shape, head_w), tail, tail_w))


def context_rows(rows: list[list[float] | None], first: list[float]) -> list[list[float] | None]:
    """Each row with the first-pass scores of its previous and next non-blank lines."""
    n = len(rows)
    return [
        None
        if r is None
        else [*r, first[k - 1] if k > 0 else EDGE, first[k + 1] if k + 1 < n else EDGE]
        for k, r in enumerate(rows)
    ]


@dataclass(frozen=True, slots=True)
class LineModel:
    """Two logistic regressions: ``weights`` over the line's own features (``names``,
    ``bias`` among them), then ``context`` over the same features plus the first pass's
    scores of the neighbouring lines (chrome comes in blocks, as in jusText's
    context-sensitive pass)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    context: tuple[float, ...]

    def first_pass(self, rows: list[list[float] | None]) -> list[float]:
        """Scores from the line's own features (0 for a row that is ``None``)."""
        return _fill(rows, self.weights)

    def scores(self, rows: list[list[float] | None]) -> list[float]:
        """Chrome probability of each line (0 for a row that is ``None``: long prose)."""
        return _fill(context_rows(rows, self.first_pass(rows)), self.context)


def _fill(rows: list[list[float] | None], weights: tuple[float, ...]) -> list[float]:
    return [0.0 if r is None else _score(r, weights) for r in rows]


#: Per weights (by their own columns), the head (:func:`_head`) of each line text seen;
#: emptied when it holds HEAD_CACHE lines.
_HEADS: dict[tuple[float, ...], dict[str, float]] = {}
HEAD_CACHE = 50_000


class PageScores:
    """:meth:`LineModel.scores` of one page's lines, each computed when first read
    (``scores[k]``, with the first-pass scores of its neighbours): the same values as
    scoring every row."""

    __slots__ = ("_final", "_first", "_h1", "_h2", "_w1", "_w2", "lines")

    def __init__(self, model: LineModel, lines: PageLines) -> None:
        self.lines = lines
        self._w1 = _split(model.weights)
        self._w2 = _split(model.context)
        self._h1 = _HEADS.setdefault(self._w1[0], {})
        self._h2 = _HEADS.setdefault(self._w2[0], {})
        self._first: dict[int, float] = {}
        self._final: dict[int, float] = {}

    def first_pass(self, k: int) -> float:
        """Line ``k``'s score from its own row."""
        p = self._first.get(k)
        if p is None:
            p = self._first[k] = self._score(k, self._h1, self._w1, None)
        return p

    def __getitem__(self, k: int) -> float:
        p = self._final.get(k)
        if p is None:
            p = self._final[k] = self._score(k, self._h2, self._w2, self.first_pass)
        return p

    def _score(
        self,
        k: int,
        heads: dict[str, float],
        weights: tuple[tuple[float, ...], tuple[float, ...]],
        first: Callable[[int], float] | None,
    ) -> float:
        """Line ``k``'s score (``first``: the first pass, whose scores of the neighbouring
        lines the context columns hold)."""
        lines = self.lines
        shape = lines.shape(k)
        if shape is None:  # long prose
            return 0.0
        text = lines.text(k)
        head = heads.get(text)
        if head is None:
            if len(heads) >= HEAD_CACHE:
                heads.clear()
            head = heads[text] = _head(shape, weights[0])
        tail = lines.tail(k)
        if first is not None:
            n = len(lines.idx)
            tail = [
                *tail,
                first(k - 1) if k > 0 else EDGE,
                first(k + 1) if k + 1 < n else EDGE,
            ]
        return _sigmoid(_logit(head, tail, weights[1]))


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The shipped weights; they must name the features this code computes, in order."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    model = LineModel(
        tuple(data["features"]),
        tuple(float(x) for x in data["weights"]),
        tuple(float(x) for x in data["context"]),
    )
    if list(model.names) != names() or len(model.context) != len(names()) + len(CONTEXT):
        raise RuntimeError(
            f"{WEIGHTS} was trained on other features; run benchmarks/train_line_model.py"
        )
    return model


def clear_caches() -> None:
    """Forget the heads cached per line text."""
    _HEADS.clear()
