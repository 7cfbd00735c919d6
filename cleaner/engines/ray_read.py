"""Reading ``cleaner run`` inputs on Ray workers: units, byte ranges, the counting pass.

The driver only lists files (:func:`plan_units`): one *unit* per file, except plain JSONL
files larger than ``range_bytes``, which are cut at line ends into byte ranges (as
:mod:`cleaner.engines.ray_engine` does for ``cleaner dedup``).  Workers read a unit with
the local readers (:func:`cleaner.readers.read_inputs`' ``_read_path`` for a whole file,
its JSONL line reader for a range), so a unit yields exactly the items, in the order and
with the line numbers, that the local engine reads.  Inputs given as URIs (``s3://…``,
``file://…``) are listed and read through their pyarrow filesystem
(:mod:`cleaner.engines.ray_fs`) by the same readers.

Page ids hash the page's position in the run, so a first pass (:func:`count_units`)
counts the items of every unit (and, for a byte range, its lines): the driver turns the
counts into offsets.  When the boilerplate stage learns site profiles, the same pass
builds each unit's partial :class:`~cleaner.stages.site_profile.SiteProfiles`; the driver
merges them in unit order (:func:`merge_profiles`), which gives the local pre-pass's
profiles (see ``docs/ray.md`` for the one approximation).
"""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from cleaner.engines.ray_fs import RemoteFile, is_uri, iter_remote_files, open_uri
from cleaner.errors import ConfigError
from cleaner.ingest.records import ReadOptions
from cleaner.model import RawInput
from cleaner.readers import STDIN, Quarantined, iter_files
from cleaner.stages.site_profile import PRUNE_AT, SiteProfiles, decode_raw, site_key

__all__ = ["count_units", "merge_profiles", "plan_units", "read_unit"]

#: JSONL ranges: large enough that a task's start-up is noise, small enough for 2 GB workers.
RANGE_BYTES = 16_000_000
#: Units as Ray rows (``start``/``end`` -1 for a whole file; ``missing`` for a bad path).
UNIT_SCHEMA = pa.schema(
    [
        ("unit", pa.int64()),
        ("path", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("missing", pa.bool_()),
    ]
)


def plan_units(
    inputs: Sequence[str | Path], opts: ReadOptions, *, range_bytes: int = RANGE_BYTES
) -> list[dict[str, Any]]:
    """The run's read units in run order (files as :func:`iter_files` lists them).

    An input given as a ``scheme://`` URI (a ``str``) is listed on its pyarrow filesystem
    (:mod:`cleaner.engines.ray_fs`); a unit's ``path`` is then the file's URI."""
    from cleaner.ingest.sniff import sniff_name

    units: list[dict[str, Any]] = []

    def add(path: str, start: int = -1, end: int = -1, *, missing: bool = False) -> None:
        units.append(
            {"unit": len(units), "path": path, "start": start, "end": end, "missing": missing}
        )

    for inp in inputs:
        files: Iterator[Path | RemoteFile | Quarantined] = (
            iter_remote_files(inp, glob=opts.glob)
            if isinstance(inp, str) and is_uri(inp)
            else iter_files([Path(inp)], glob=opts.glob)
        )
        for item in files:
            if isinstance(item, Quarantined):
                add(item.source, missing=True)
                continue
            if item == STDIN:
                raise ConfigError("--engine ray cannot read standard input (-); give files")
            name = item.uri if isinstance(item, RemoteFile) else str(item)
            kind, comp = sniff_name(item.name)
            if kind != "jsonl" or comp is not None:
                add(name)
                continue
            size = item.size() if isinstance(item, RemoteFile) else item.stat().st_size
            if size <= range_bytes:
                add(name)
                continue
            for a, b in itertools.pairwise(line_cuts(item, size, range_bytes)):
                add(name, a, b)
    return units


def open_file(path: str) -> Path | RemoteFile:
    """A unit's ``path``: a local file, or a file of a pyarrow filesystem (a URI)."""
    return open_uri(path) if is_uri(path) else Path(path)


def open_at(f: Path | RemoteFile, offset: int) -> IO[bytes]:
    """``f`` opened for binary reads at ``offset``, seekable."""
    if isinstance(f, RemoteFile):
        return f.open_at(offset)
    fh = f.open("rb")
    fh.seek(offset)
    return fh


def line_cuts(path: Path | RemoteFile, size: int, range_bytes: int) -> list[int]:
    """Byte offsets that cut ``path`` into ~``range_bytes`` ranges at line ends."""
    cuts = [0]
    with open_at(path, 0) as fh:
        pos = range_bytes
        while pos < size:
            fh.seek(pos)
            fh.readline()
            cut = fh.tell()
            if cut >= size or cut <= cuts[-1]:
                break
            cuts.append(cut)
            pos = cut + range_bytes
    cuts.append(size)
    return cuts


def _plain_jsonl(path: Path | RemoteFile) -> bool:
    """Would the local reader read this file as uncompressed, non-empty JSONL?"""
    from cleaner.ingest.compression import CHUNK
    from cleaner.ingest.sniff import sniff_compression, sniff_content

    with open_at(path, 0) as fh:
        head = fh.read(2 * CHUNK)
    if sniff_compression(head[:4]) or sniff_content(head[:CHUNK]) == "binary":
        return False
    return bool(head.strip())


def read_unit(
    u: dict[str, Any], opts: ReadOptions, line0: int = 0, lines: list[int] | None = None
) -> Iterator[RawInput | Quarantined]:
    """The items of one unit, as the local reader yields them.

    A byte range numbers its lines from ``line0 + 1``; ``lines`` (if given) receives the
    number of lines read, for the next range's ``line0``."""
    from cleaner.readers import _read_path

    if u["missing"]:
        yield Quarantined(u["path"], "no such file or directory", code="not_found")
        return
    path = open_file(u["path"])
    if u["start"] < 0:
        yield from _read_path(path, opts)
        return
    if not _plain_jsonl(path):  # binary/empty/compressed after all: the whole file, once
        if u["start"] == 0:
            yield from _read_path(path, opts)
        return
    yield from _read_range(path, int(u["start"]), int(u["end"]), opts, line0, lines)


def _read_range(
    path: Path | RemoteFile,
    start: int,
    end: int,
    opts: ReadOptions,
    line0: int,
    lines: list[int] | None,
) -> Iterator[RawInput | Quarantined]:
    """:func:`cleaner.readers._read_jsonl` on the lines in ``[start, end)``."""
    from cleaner.readers import _read_jsonl

    with open_at(path, start) as fh:
        yield from _read_jsonl(fh, str(path), opts, {}, line0=line0, end=end, lines=lines)


def count_units(t: pa.Table, *, opts: ReadOptions, profiles_dir: str | None) -> pa.Table:
    """Per unit: its items, its lines (byte ranges) and, given ``profiles_dir``, the path
    of its pickled partial site profiles (``build_profiles`` without the final prune):
    files, so the driver can merge them one at a time."""
    items, line_counts, paths = [], [], []
    for u in t.to_pylist():
        lines: list[int] = []
        profiles = SiteProfiles() if profiles_dir is not None else None
        n = 0
        for raw in read_unit(u, opts, 0, lines):
            n += 1
            if profiles is not None and isinstance(raw, RawInput):
                text = decode_raw(raw)
                if text is not None:
                    profiles.add(site_key(raw), text)
        items.append(n)
        line_counts.append(lines[0] if lines else 0)
        path = None
        if profiles_dir is not None:
            final = Path(profiles_dir) / f"{u['unit']:08d}.pickle"
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_suffix(".inflight")
            tmp.write_bytes(pickle.dumps(profiles))
            os.replace(tmp, final)
            path = str(final)
        paths.append(path)
    return (
        t.append_column("items", pa.array(items, pa.int64()))
        .append_column("lines", pa.array(line_counts, pa.int64()))
        .append_column("profile", pa.array(paths, pa.string()))
    )


def merge_profiles(paths: list[str | None]) -> SiteProfiles:
    """The units' partial profiles merged in run order, as ``build_profiles`` ends them.

    Merging in order keeps each shape's first three examples exactly (the first one is the
    probe the boilerplate stage judges a shape by); the final prune is the pre-pass's.
    Memory stays bounded as in the local pre-pass: a site whose table passes ``PRUNE_AT``
    entries forgets its lines seen once (the local pass does so page by page, this one
    unit by unit, so on such a site the two can differ slightly)."""
    merged = SiteProfiles()
    for path in paths:
        if path is None:
            continue
        part: SiteProfiles = pickle.loads(Path(path).read_bytes())
        merged.merge(part)
        del part
        for p in merged:
            if len(p.lines) + len(p.shapes) > PRUNE_AT:
                p.prune(1)
    for p in merged:
        for k, ex in p.examples.items():
            p.examples[k] = ex[:3]
        p.prune(1)
    return merged
