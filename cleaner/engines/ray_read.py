"""Reading ``cleaner run`` inputs on Ray workers: units, byte ranges, the counting pass.

The driver only lists files (:func:`plan_units`) and groups them into *units* of about
``range_bytes`` of input: consecutive small files (in run order, by their listed size) make
one unit of up to ``group_files`` files; a file larger than ``range_bytes`` is a unit of
its own, and a plain JSONL one is cut at line ends into byte ranges (as
:mod:`cleaner.engines.ray_engine` does for ``cleaner dedup``); a missing path is a unit of
its own.  Workers read a unit with the local readers (:func:`cleaner.ingest.readers.read_inputs`'
``_read_path`` for each whole file, its JSONL line reader for a range), so a unit yields
exactly the items, in the order and with the line numbers, that the local engine reads.
Inputs given as URIs (``s3://…``, ``file://…``) are listed and read through their pyarrow
filesystem (:mod:`cleaner.engines.ray_fs`) by the same readers.

Page ids hash the page's position in the run, so a first pass (:func:`count_units`)
counts the items of every unit (and, for a byte range, its lines): the driver turns the
counts into offsets.  When the boilerplate stage learns site profiles, the same pass
writes each unit's decoded pages with their site and run position; they are grouped by
site and each site's :class:`~cleaner.stages.site_profile.SiteProfile` is counted in run
order on one worker (:func:`site_profiles`), which is exactly the local pre-pass (a
near-duplicate counts once however the pages fell into units); the driver merges the
disjoint sites (:func:`merge_profiles`).  Without site learning the pass
parses nothing it can count otherwise (:func:`count_items`): a ``.txt``/``.html`` file is
one item whatever it holds, and a JSONL range has one item per non-blank line.
"""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.engines.ray_fs import RemoteFile, is_uri, iter_remote_files, open_uri
from cleaner.errors import ConfigError
from cleaner.ingest.readers import STDIN, Quarantined, Skipped, iter_files
from cleaner.ingest.records import ReadOptions
from cleaner.model import RawInput
from cleaner.stages.profile_counter import ProfileCounter, decode_raw
from cleaner.stages.site_profile import PRUNE_AT, SiteProfiles, site_key, templated
from cleaner.stages.site_templates import TemplateSites

__all__ = [
    "count_items",
    "count_units",
    "merge_profiles",
    "plan_units",
    "read_site_texts",
    "read_unit",
    "site_profiles",
    "template_sites",
]

#: JSONL ranges and groups of small files: large enough that a task's start-up is noise,
#: small enough for 2 GB workers.
RANGE_BYTES = 16_000_000
#: Most files in one unit: a folder of 100,000 small pages is ~50 units (Ray rows, tasks,
#: plan and result rows on the driver), not 100,000; a unit row then holds ~2,000 paths
#: (~200 KB), and a task's pages part ~2,000 rows.
GROUP_FILES = 2_000
#: Smallest byte budget of a group when ``min_units`` asks for more units (a task's
#: start-up must stay small beside its work).
MIN_GROUP_BYTES = 256_000
#: Units as Ray rows: ``paths`` the unit's files in run order, ``path`` its first one (its
#: only one for a byte range or a missing path); ``start``/``end`` -1 unless a byte range;
#: ``missing`` for a path that does not exist.  Arrow holds ``paths`` as a list column
#: (32-bit offsets: fine for the few MB of paths of one block).
UNIT_SCHEMA = pa.schema(
    [
        ("unit", pa.int64()),
        ("path", pa.string()),
        ("paths", pa.list_(pa.string())),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("missing", pa.bool_()),
    ]
)


def plan_units(
    inputs: Sequence[str | Path],
    opts: ReadOptions,
    *,
    range_bytes: int = RANGE_BYTES,
    group_files: int = 1,
    min_units: int = 1,
) -> list[dict[str, Any]]:
    """The run's read units in run order (files as :func:`iter_files` lists them).

    With ``group_files`` > 1 (``run_ray`` passes :data:`GROUP_FILES`), consecutive files
    join one unit while its files' sizes add up to at most ``range_bytes`` and it holds
    fewer than ``group_files`` files; by default each file is a unit.  ``min_units``
    (``run_ray`` passes 4 per CPU of the cluster) shrinks that byte budget, down to
    :data:`MIN_GROUP_BYTES`, so that a small input still makes enough units to keep every
    CPU busy.  Grouping never changes an output, only how the work is cut.  A bigger file is a
    unit alone, a plain JSONL file over ``range_bytes`` is cut into byte ranges, a missing
    path is a unit alone.  An input given as a ``scheme://`` URI (a ``str``) is listed on
    its pyarrow filesystem (:mod:`cleaner.engines.ray_fs`); a unit's paths are then the
    files' URIs.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for name, size in [("a.txt", 40), ("b.txt", 50), ("c.txt", 30), ("d.html", 200)]:
    ...     _ = (d / name).write_bytes(b"x" * size)
    >>> units = plan_units([d], ReadOptions(), range_bytes=100, group_files=GROUP_FILES)
    >>> [[Path(p).name for p in u["paths"]] for u in units]
    [['a.txt', 'b.txt'], ['c.txt'], ['d.html']]
    """
    from cleaner.ingest.sniff import sniff_name

    units: list[dict[str, Any]] = []
    group: list[str] = []
    group_size = 0

    def add(paths: list[str], start: int = -1, end: int = -1, *, missing: bool = False) -> None:
        units.append(
            {
                "unit": len(units),
                "path": paths[0],
                "paths": paths,
                "start": start,
                "end": end,
                "missing": missing,
            }
        )

    def close() -> None:
        nonlocal group, group_size
        if group:
            add(group)
            group, group_size = [], 0

    listed: list[tuple[Path | RemoteFile | Quarantined, int]] = []
    for inp in inputs:
        files: Iterator[Path | RemoteFile | Quarantined] = (
            iter_remote_files(inp, glob=opts.glob)
            if isinstance(inp, str) and is_uri(inp)
            else iter_files([Path(inp)], glob=opts.glob)
        )
        for item in files:
            if isinstance(item, Quarantined):
                listed.append((item, 0))
                continue
            if item == STDIN:
                raise ConfigError("--engine ray cannot read standard input (-); give files")
            kind, comp = sniff_name(item.name)
            cut = kind == "jsonl" and comp is None
            listed.append((item, _size(item) if cut or group_files > 1 else 0))
    group_bytes = range_bytes
    if group_files > 1 and min_units > 1:
        small = sum(size for _, size in listed if size <= range_bytes)
        group_bytes = min(range_bytes, max(MIN_GROUP_BYTES, -(-small // min_units)))
    for item, size in listed:
        if isinstance(item, Quarantined):
            close()
            add([item.source], missing=True)
            continue
        name = item.uri if isinstance(item, RemoteFile) else str(item)
        kind, comp = sniff_name(item.name)
        cut = kind == "jsonl" and comp is None
        if cut and size > range_bytes:
            close()
            for a, b in itertools.pairwise(line_cuts(item, size, range_bytes)):
                add([name], a, b)
            continue
        if group and (group_size + size > group_bytes or len(group) >= group_files):
            close()
        group.append(name)
        group_size += size
    close()
    return units


def _size(f: Path | RemoteFile) -> int:
    """A listed file's size in bytes, without opening it (0 if it vanished: the reader
    then quarantines it as it would have)."""
    try:
        return f.size() if isinstance(f, RemoteFile) else f.stat().st_size
    except OSError:
        return 0


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
    """Would the local reader read this file as uncompressed, non-empty UTF-8 JSONL?
    (A UTF-16 one is read whole, through its UTF-8 view: its bytes cannot be cut at
    ``\\n`` bytes.)"""
    from cleaner.ingest.compression import CHUNK, utf16_json
    from cleaner.ingest.sniff import sniff_compression, sniff_content

    with open_at(path, 0) as fh:
        head = fh.read(2 * CHUNK)
    if sniff_compression(head[:4]) or sniff_content(head[:CHUNK]) == "binary":
        return False
    if utf16_json(head):
        return False
    return bool(head.strip())


def read_unit(
    u: dict[str, Any], opts: ReadOptions, line0: int = 0, lines: list[int] | None = None
) -> Iterator[RawInput | Quarantined | Skipped]:
    """The items of one unit, as the local reader yields them.

    A byte range numbers its lines from ``line0 + 1``; ``lines`` (if given) receives the
    number of lines read, for the next range's ``line0``."""
    from cleaner.ingest.readers import _read_path

    if u["missing"]:
        yield Quarantined(u["path"], "no such file or directory", code="not_found")
        return
    if u["start"] < 0:
        for p in u["paths"]:
            yield from _read_path(open_file(p), opts)
        return
    path = open_file(u["path"])
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
    """:func:`cleaner.ingest.readers._read_jsonl` on the lines in ``[start, end)``."""
    from cleaner.ingest.readers import _read_jsonl

    with open_at(path, start) as fh:
        yield from _read_jsonl(fh, str(path), opts, {}, line0=line0, end=end, lines=lines)


#: A unit's decoded pages for site learning: ``(site, unit, i)`` is the page's run order;
#: ``free``: the page has no ``--site`` and no URL (its folder may split into templates).
SITE_TEXTS = pa.schema(
    [
        ("site", pa.string()),
        ("unit", pa.int64()),
        ("i", pa.int64()),
        ("text", pa.large_string()),
        ("free", pa.bool_()),
    ]
)


def count_units(t: pa.Table, *, opts: ReadOptions, profiles_dir: str | None) -> pa.Table:
    """Per unit (``unit``): its ``items``, its ``lines`` (byte ranges) and, given
    ``profiles_dir``, the ``profile``: the path of a Parquet file of its decoded pages
    with their site and run position (:data:`SITE_TEXTS`), which :func:`site_profiles`
    groups by site.  Without ``profiles_dir`` the counts come from :func:`count_items`."""
    items: list[int] = []
    line_counts: list[int] = []
    paths: list[str | None] = []
    for u in t.to_pylist():
        if profiles_dir is None:
            n, n_lines = count_items(u, opts)
            items.append(n)
            line_counts.append(n_lines)
            paths.append(None)
            continue
        lines: list[int] = []
        rows: dict[str, list[Any]] = {"site": [], "unit": [], "i": [], "text": [], "free": []}
        n = 0
        for raw in read_unit(u, opts, 0, lines):
            if isinstance(raw, RawInput):
                text = decode_raw(raw)
                if text is not None:
                    for k, v in (("site", site_key(raw)), ("unit", u["unit"]), ("i", n)):
                        rows[k].append(v)
                    rows["text"].append(text)
                    rows["free"].append(templated(raw))
            n += 1
        items.append(n)
        line_counts.append(lines[0] if lines else 0)
        final = Path(profiles_dir) / f"{u['unit']:08d}.parquet"
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_suffix(".inflight")
        pq.write_table(pa.table(rows, schema=SITE_TEXTS), tmp)
        os.replace(tmp, final)
        paths.append(str(final))
    return pa.table(
        {
            "unit": t.column("unit"),
            "items": pa.array(items, pa.int64()),
            "lines": pa.array(line_counts, pa.int64()),
            "profile": pa.array(paths, pa.string()),
        }
    )


def count_items(u: dict[str, Any], opts: ReadOptions) -> tuple[int, int]:
    """``(items, lines)`` of a unit: what :func:`read_unit` yields, counted, and the lines
    of a byte range; equal to counting ``read_unit`` (tested), but parsing less.

    * A file named ``.txt``/``.html`` (any compression) gives exactly one item, unread:
      the name decides the kind unless the content is binary, and every branch of the
      reader for those kinds (empty, binary, too large, a page, cannot read, corrupt
      compression) yields once.
    * A plain JSONL range gives one item per line that is not blank (``bytes.strip``),
      quarantined or not, and one per over-long line: the lines are split as
      ``readers._read_jsonl`` splits them, without decoding or parsing JSON.
    * Anything else (JSONL, Parquet, WARC files, unknown names) is read and counted.
    """
    from cleaner.ingest.sniff import sniff_name

    if u["missing"]:
        return 1, 0
    if u["start"] >= 0:
        path = open_file(u["path"])
        if _plain_jsonl(path):
            return _count_lines(path, int(u["start"]), int(u["end"]), opts.max_page_bytes)
        lines: list[int] = []
        return sum(1 for _ in read_unit(u, opts, 0, lines)), (lines[0] if lines else 0)
    n = 0
    for p in u["paths"]:
        f = open_file(p)
        if sniff_name(f.name)[0] in ("text", "html"):
            n += 1
        else:
            from cleaner.ingest.readers import _read_path

            n += sum(1 for _ in _read_path(f, opts))
    return n, 0


def _count_lines(path: Path | RemoteFile, start: int, end: int, limit: int) -> tuple[int, int]:
    """Items and lines of ``readers._read_jsonl`` on ``[start, end)``, its loop without
    the parsing: every line it reads gives one item (a page or a quarantine entry) unless
    it is blank, and a line over ``limit`` bytes gives one ``too_large`` entry."""
    from cleaner.ingest.compression import CHUNK

    items = lines = 0
    with open_at(path, start) as fh:
        while fh.tell() < end:
            line = fh.readline(limit + 1)
            if not line:
                break
            lines += 1
            if len(line) > limit and not line.endswith(b"\n"):
                items += 1
                while True:  # the rest of the over-long line, as the reader skips it
                    more = fh.readline(CHUNK * 16)
                    if not more or more.endswith(b"\n"):
                        break
            elif line.strip():  # _jsonl_record's blank test: \r and \n are whitespace too
                items += 1
    return items, lines


def read_site_texts(t: pa.Table) -> pa.Table:
    """The :data:`SITE_TEXTS` files named in ``t`` (column ``path``), as one table."""
    parts = [pq.read_table(p, schema=SITE_TEXTS) for p in t.column("path").to_pylist()]
    return pa.concat_tables(parts) if parts else SITE_TEXTS.empty_table()


def site_profiles(t: pa.Table, *, profiles_dir: str, sample: int = 0) -> pa.Table:
    """One site's pages (a group of :data:`SITE_TEXTS` rows) counted in run order.

    The local pre-pass (:func:`~cleaner.stages.profile_counter.build_profiles`) counts each
    site's pages in run order, a near-duplicate of an earlier page of the site once; a
    site's profile depends on nothing else, so counting each site's pages here, sorted
    back into run order, gives exactly the local profile whatever the units were.
    A folder of pages without a site is split into templates and counted as the local
    reading pass does it (:class:`~cleaner.stages.profile_counter.ProfileCounter`: the
    same pages in the same order give the same templates and counts); column
    ``templates`` lists, as JSON ``[[unit, i, key], …]``, the pages that take a
    template's key (the driver turns them into run positions, :func:`template_sites`).
    Returns the path of the pickled profile (column ``profile``) and the run position of
    the site's first page (``unit``, ``i``): sites are merged in that order, as the local
    pre-pass meets them.
    """
    import hashlib
    import json

    t = t.sort_by([("unit", "ascending"), ("i", "ascending")])
    counter = ProfileCounter(sample=sample)  # site_sample_pages: the first, as locally
    texts = t.column("text").to_pylist()
    free = t.column("free").to_pylist()
    for k, (site, text) in enumerate(zip(t.column("site").to_pylist(), texts, strict=True)):
        counter.add(k, site, text, folder=free[k])
    profiles = counter.finish(partial(map, texts.__getitem__))  # texts by position
    moved: list[list[Any]] = []
    if len(profiles.templates):
        units, items = t.column("unit").to_pylist(), t.column("i").to_pylist()
        moved = [[units[k], items[k], key] for k, key in profiles.templates.items()]
        profiles.templates = TemplateSites()  # positions in this group, not in the run
    del texts
    site = t.column("site")[0].as_py() if t.num_rows else ""
    name = hashlib.sha1(site.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    final = Path(profiles_dir) / f"site-{name}.pickle"
    tmp = final.with_suffix(".inflight")
    tmp.write_bytes(pickle.dumps(profiles))
    os.replace(tmp, final)
    first = (t.column("unit")[0].as_py(), t.column("i")[0].as_py()) if t.num_rows else (0, 0)
    return pa.table(
        {
            "profile": pa.array([str(final)], pa.string()),
            "unit": pa.array([first[0]], pa.int64()),
            "i": pa.array([first[1]], pa.int64()),
            "templates": pa.array([json.dumps(moved, ensure_ascii=False)], pa.string()),
        }
    )


def template_sites(parts: list[dict[str, Any]], offsets: list[int]) -> TemplateSites:
    """The template keys of :func:`site_profiles`' results by run position
    (``offsets[unit]`` is the run position of the unit's first item)."""
    import json

    assign: dict[int, str] = {}
    for r in parts:
        for unit, i, key in json.loads(r.get("templates") or "[]"):
            assign[offsets[unit] + i] = key
    return TemplateSites(assign)


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
