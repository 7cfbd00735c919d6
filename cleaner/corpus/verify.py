"""Checking a corpus folder (``cleaner corpus verify``): is it what its manifest says?

Every part pair listed in the manifest must exist with the checksums recorded when it was
committed, continue the corpus's row numbers without a gap, and hold band keys that point
into its own documents; superseded documents (:mod:`cleaner.corpus.supersede`) must be rows
of the corpus, each listed once, replaced by a document it holds.  Checksums only prove that
the files did not change since the add; to catch an add that wrote wrong values (another
sketch setting, a bug), a sample of each part's documents is sketched again and must
reproduce the stored exact hashes and band keys.  Files an interrupted add left behind are
not problems (readers never see them) but are listed as notes.
:meth:`cleaner.corpus.store.CorpusStore.verify` calls :func:`verify`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import polars as pl

from cleaner.corpus.errors import CorpusDamaged, CorpusError
from cleaner.corpus.parts import file_sha256, part_path
from cleaner.corpus.shingling import require_current
from cleaner.corpus.supersede import entries, problems
from cleaner.dedup.minhash import SketchParams, band_keys, sketch

__all__ = ["CorpusFolder", "VerifyReport", "verify"]


class CorpusFolder(Protocol):
    """What :func:`verify` reads of a corpus (a :class:`cleaner.corpus.store.CorpusStore`;
    a protocol, so that this module does not import the store that imports it)."""

    path: Path
    manifest: dict[str, Any]

    @property
    def params(self) -> SketchParams: ...

    def __len__(self) -> int: ...

    def ids(self) -> pl.Series: ...

    def checked_files(self, kind: str) -> list[Path]: ...

    def leftovers(self) -> list[Path]: ...


@dataclass(slots=True)
class VerifyReport:
    """What :func:`verify` found: ``ok`` is False when ``problems`` is not empty."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    docs: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(store: CorpusFolder, *, sample: int = 64) -> VerifyReport:
    """Check checksums, row counts, ids and band keys (re-sketches ``sample`` docs a part).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from cleaner.corpus.store import CorpusStore
    >>> store = CorpusStore.init(pathlib.Path(tempfile.mkdtemp()) / "corpus")
    >>> store.add(["a1"], ["第一条 为了规范管理，制定本办法。"])["added"]
    1
    >>> rep = verify(store)
    >>> (rep.ok, rep.docs, rep.problems)
    (True, 1, [])
    >>> with (store.path / "parts" / "docs-000001.parquet").open("ab") as fh:
    ...     _ = fh.write(b"damage")
    >>> print(*verify(store).problems, sep="\\n")
    docs-000001.parquet: checksum mismatch (file changed or damaged)
    manifest says 1 docs, parts hold 0
    """
    rep = VerifyReport(docs=len(store))
    expected_row = 0
    params = store.params
    pdir = store.path / "parts"
    seen_ids = 0
    for part in store.manifest["parts"]:
        rep.problems += _file_problems(pdir, part)
        if rep.problems:
            continue
        docs = pl.read_parquet(part_path(pdir, "docs", part["name"]))
        bands = pl.read_parquet(part_path(pdir, "bands", part["name"]))
        lo, n = part["first_row"], part["rows"]
        if lo != expected_row or docs.height != n:
            rep.problems.append(
                f"docs-{part['name']}: rows {lo}+{docs.height}, expected {expected_row}+{n}"
            )
        expected_row = lo + n
        rep.problems += _row_problems(part, docs, bands)
        rep.problems += _sketch_problems(part, docs, bands, params, sample)
        seen_ids += docs.height
    if expected_row != len(store):
        rep.problems.append(f"manifest says {len(store)} docs, parts hold {expected_row}")
    try:
        require_current(store)
    except CorpusDamaged:
        pass  # a part's checksum: reported above
    except CorpusError as exc:  # band keys of an older shingling (corpus.shingling)
        rep.problems.append(str(exc).split(": ", 1)[1])
    if not rep.problems and seen_ids:
        dupes = store.ids().is_duplicated().sum()
        if dupes:
            rep.problems.append(f"{dupes} documents share an id")
    if not rep.problems and entries(store.manifest):
        rep.problems += problems(store.manifest, store.ids().to_list())
        rep.notes.append(f"{len(entries(store.manifest))} document(s) superseded (kept, not live)")
    leftovers = store.leftovers()
    if leftovers:
        rep.notes.append(
            f"{len(leftovers)} file(s) left by an interrupted add are not part of the corpus "
            f"(ignored; removed by the next add): {', '.join(p.name for p in leftovers)}"
        )
    return rep


def _file_problems(pdir: Path, part: dict[str, Any]) -> list[str]:
    """A part pair's files: present, with the checksums the manifest recorded."""
    problems = []
    for kind in ("docs", "bands"):
        f = part_path(pdir, kind, part["name"])
        if not f.is_file():
            problems.append(f"{f.name}: missing")
        elif file_sha256(f) != part[f"{kind}_sha256"]:
            problems.append(f"{f.name}: checksum mismatch (file changed or damaged)")
    return problems


def _row_problems(part: dict[str, Any], docs: pl.DataFrame, bands: pl.DataFrame) -> list[str]:
    """Row numbers contiguous; the band index as long as recorded and within the part."""
    problems = []
    lo, n = part["first_row"], part["rows"]
    if docs["row"].to_list() != list(range(lo, lo + n)):
        problems.append(f"docs-{part['name']}: row numbers not contiguous")
    if bands.height != part["bands_rows"] or (
        bands.height and (bands["ref"].min() < lo or bands["ref"].max() >= lo + n)  # type: ignore[operator]
    ):
        problems.append(f"bands-{part['name']}: index does not match its documents")
    return problems


def _sketch_problems(
    part: dict[str, Any],
    docs: pl.DataFrame,
    bands: pl.DataFrame,
    params: SketchParams,
    sample: int,
) -> list[str]:
    """Re-sketch a sample: stored exact hashes and band keys must be reproducible."""
    problems = []
    n = part["rows"]
    step = max(1, n // max(1, sample))
    sub = docs.gather(list(range(0, n, step))[:sample])
    sk = sketch(sub["text"].to_list(), params)
    if not np.array_equal(sk.exact, sub["exact"].to_numpy()):
        problems.append(f"docs-{part['name']}: exact hashes do not match the texts")
    keys = band_keys(sk.sig, params.bands)
    stored = bands.filter(pl.col("ref").is_in(sub["row"].to_list()))
    want = {(int(k), int(r)) for r, row in zip(sub["row"], keys, strict=True) for k in row if k}
    got = {(int(k), int(r)) for k, r in stored.iter_rows()}
    if want != got:
        problems.append(f"bands-{part['name']}: band keys do not match the texts")
    return problems
