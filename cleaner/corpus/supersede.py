"""Superseded corpus documents: the manifest's record of explicit replacements.

A run with ``[dedup] replace_corpus = true`` (``--replace``) and ``keep = "longest"`` or
``"newest"`` may keep a batch article that beats the corpus document it duplicates; the
article is added and the document is *superseded* by it.  Nothing is deleted: the document
keeps its row, its text and its band keys.  The manifest (schema version 2) lists each
replacement::

    "superseded": [{"row": 3, "id": "law-2018", "by": "law-2022", "at": "…"}, …]

A query that matches a superseded document is pointed to its successor (following the
chain to the live document): ``dup_of`` and ``cluster`` name the live one, so a later run
deduplicates against the successor and an old revision seen again is a duplicate of the
live document, not a new one.  ``cleaner corpus verify`` checks the list
(:func:`problems`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["Supersession", "entries", "live_of", "problems", "successors"]

#: ``(row, id, by)``: the corpus document at ``row`` (``id``) is superseded by ``by``.
Supersession = tuple[int, str, str]


def entries(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The manifest's supersession list (empty for a version 1 corpus)."""
    return list(manifest.get("superseded") or [])


def successors(manifest: dict[str, Any]) -> dict[int, str]:
    """Superseded row → the id of the live document that finally replaces it.

    >>> successors({"superseded": [{"row": 0, "id": "a", "by": "b"},
    ...                            {"row": 1, "id": "b", "by": "c"}]})
    {0: 'c', 1: 'c'}
    """
    items = entries(manifest)
    by = {e["id"]: e["by"] for e in items}
    out: dict[int, str] = {}
    for e in items:
        live, seen = e["by"], {e["id"]}
        while live in by and live not in seen:  # a chain: a → b → c
            seen.add(live)
            live = by[live]
        out[int(e["row"])] = live
    return out


def live_of(manifest: dict[str, Any], row: int, id_: str, cluster: str) -> tuple[str, str]:
    """``(id, cluster)`` a match on corpus ``row`` points to: its own, or its successor's
    (a successor's cluster is its id: it was kept by the run that added it)."""
    live = successors(manifest).get(int(row))
    return (id_, cluster) if live is None else (live, live)


def problems(manifest: dict[str, Any], ids: Sequence[str]) -> list[str]:
    """What is wrong with the supersession list: rows out of range or superseded twice,
    an id that is not the row's, a successor not in the corpus."""
    out: list[str] = []
    rows: set[int] = set()
    present = set(ids)
    for e in entries(manifest):
        row = int(e["row"])
        if not 0 <= row < len(ids) or ids[row] != e["id"]:
            out.append(f"superseded: row {row} is not document {e['id']!r}")
        if row in rows:
            out.append(f"superseded: row {row} listed twice")
        rows.add(row)
        if e["by"] not in present:
            out.append(f"superseded: {e['id']!r} superseded by {e['by']!r}, not in the corpus")
    return out
