"""Template sites: which key each page that left its folder's key takes, by run position.

:class:`TemplateSites` is what :mod:`cleaner.stages.site_templates` hands on after a
folder is split: the boilerplate stage, ``pages.jsonl``'s ``site`` and the Ray engine's
workers read a page's key from it (kept apart so that the clustering module stays
small; ``site_templates`` re-exports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

__all__ = ["TemplateSites"]


class TemplateSites:
    """Run position → template key, for the pages that left their folder's key.

    Two sorted numpy arrays (positions, key numbers) and the key names: a few bytes a
    page, cheap to send to worker processes.

    >>> ts = TemplateSites({7: "dir:b#t2", 3: "dir:b#t3"})
    >>> ts.get(3), ts.get(7), ts.get(5), len(ts)
    ('dir:b#t3', 'dir:b#t2', None, 2)
    """

    __slots__ = ("_index", "codes", "names", "positions")

    def __init__(self, assign: dict[int, str] | None = None) -> None:
        assign = assign or {}
        self.names: list[str] = sorted(set(assign.values()))
        code = {k: i for i, k in enumerate(self.names)}
        pos = sorted(assign)
        self.positions = np.asarray(pos, dtype=np.int64)
        self.codes = np.asarray([code[assign[p]] for p in pos], dtype=np.int32)
        self._index: dict[int, int] | None = None  # position → code, built when first read

    def __getstate__(self) -> tuple[None, dict[str, Any]]:
        return None, {"codes": self.codes, "names": self.names, "positions": self.positions}

    def __setstate__(self, state: tuple[None, dict[str, Any]]) -> None:
        for k, v in state[1].items():
            setattr(self, k, v)
        self._index = None

    def __len__(self) -> int:
        return len(self.positions)

    def get(self, index: int) -> str | None:
        if self._index is None:  # a dict look-up per page, not a numpy search (5x slower)
            self._index = dict(zip(self.positions.tolist(), self.codes.tolist(), strict=True))
        code = self._index.get(index)
        return None if code is None else self.names[code]

    def items(self) -> Iterator[tuple[int, str]]:
        for p, c in zip(self.positions.tolist(), self.codes.tolist(), strict=True):
            yield p, self.names[c]

    def update(self, other: TemplateSites | dict[int, str]) -> None:
        both = dict(self.items())
        both.update(other.items())
        fresh = TemplateSites(both)
        self.names, self.positions, self.codes = fresh.names, fresh.positions, fresh.codes
        self._index = None
