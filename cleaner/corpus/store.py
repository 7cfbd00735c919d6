"""The corpus on disk: documents and their LSH band keys in Parquet, under a manifest.

Layout of a corpus folder::

    manifest.json            schema version, sketch settings, the list of parts (commit point),
                             the superseded documents (:mod:`cleaner.corpus.supersede`)
    parts/docs-000001.parquet   row, id, cluster, exact, key_len, text, published
    parts/bands-000001.parquet  key, ref (= row)                       (one row per band)
    .lock                    fcntl lock file serialising writers

Design, following the atomic-commit habit of the run writer and sqlite's "the journal is the
truth":

* **Parts are immutable**; an add writes a new pair of part files under temporary names,
  ``os.replace`` s them to their final names, then replaces ``manifest.json`` (temp file +
  fsync + ``os.replace``).  Only parts listed in the manifest exist for readers, so a
  process killed anywhere in an add leaves the corpus exactly as it was; files it left
  behind are reported by :meth:`CorpusStore.verify` (:mod:`cleaner.corpus.verify`) and
  removed by the next add.
* **Writers take an exclusive ``fcntl.flock``** on ``.lock`` and re-read the manifest under
  it, so concurrent adds are serialised and none is lost.  Readers need no lock.
* **One writer protocol for both engines.**  :func:`~cleaner.corpus.parts.write_part_files`
  writes one part pair under temporary names (the local add calls it once; the Ray engine's
  workers call it once per part, :mod:`cleaner.engines.ray_corpus`);
  :meth:`CorpusStore.commit_parts`, under :meth:`CorpusStore.writing`, renames them into
  place and replaces the manifest.  The layout of the folder lives in this module and
  :mod:`cleaner.corpus.parts` (part names and schemas) only.
* **Band keys are stored with the corpus**, so checking a new batch is one polars join of
  its keys against ``bands-*.parquet``: the corpus is never re-sketched.
* **The manifest pins the sketch settings** (:class:`~cleaner.dedup.minhash.SketchParams`);
  a run with other settings is refused with :class:`CorpusError`, because its band keys
  would silently never match.
* **Schema versions.**  Version 2 adds docs parts' ``published`` and the manifest's
  ``superseded``; version 3 shingles per script segment.  An older corpus is read as it is
  (undated, none superseded) unless it holds documents mixing scripts (refused, see
  :mod:`cleaner.corpus.shingling`); the first add moves it to version 3 with a one-line
  message on stderr (old parts stay as they are).  An unknown version is refused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from cleaner.corpus.errors import CorpusDamaged, CorpusError
from cleaner.corpus.files import fsync_dir as _fsync_dir
from cleaner.corpus.files import now as _now
from cleaner.corpus.files import write_json_atomic as _write_json_atomic
from cleaner.corpus.parts import (
    BANDS_SCHEMA,
    DOCS_SCHEMA,
    ROW_GROUP,
    PartRecord,
    checked_part_files,
    fetch_rows,
    new_tag,
    part_path,
    scan_docs,
    write_part_files,
)
from cleaner.corpus.shingling import changes_since, require_current
from cleaner.corpus.supersede import Supersession, entries, successors
from cleaner.corpus.verify import VerifyReport, verify
from cleaner.dedup.minhash import Sketch, SketchParams, SketchPool

__all__ = [
    "BANDS_SCHEMA",
    "DOCS_SCHEMA",
    "MANIFEST",
    "ROW_GROUP",
    "SCHEMA_VERSION",
    "SITE_PROFILES",
    "CorpusStore",
    "PartRecord",
    "VerifyReport",
    "new_tag",
    "write_part_files",
]

SCHEMA_VERSION = 3
READS = (1, 2, 3)  # 1: no dates; 1-2: one shingle mode per document (corpus.shingling)
MANIFEST = "manifest.json"
#: What the boilerplate stage learned about each site (``SiteProfiles.to_json``, counts of
#: repeated lines): a small later batch of a known site has its chrome removed too.
SITE_PROFILES = "site_profiles.json"
# BANDS_SCHEMA, DOCS_SCHEMA, ROW_GROUP, PartRecord, new_tag, write_part_files (corpus.parts)
# and VerifyReport (corpus.verify) are imported from here as well.


#: ``guard(view, ids, texts)`` → one flag per document: a duplicate of ``view``'s documents.
Recheck = Callable[["CorpusStore", list[str], list[str]], Sequence[bool]]


class CorpusStore:
    """A corpus folder.  Open with :meth:`open`, create with :meth:`init`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "corpus"
    >>> store = CorpusStore.init(d)
    >>> store.add(["a1"], ["第一条 为了规范管理，制定本办法。"])["added"]
    1
    >>> len(CorpusStore.open(d))
    1
    """

    def __init__(self, path: Path, manifest: dict[str, Any]) -> None:
        self.path = Path(path)
        self.manifest = manifest
        self._guard: Recheck | None = None

    # -- opening --------------------------------------------------------------------

    @classmethod
    def init(cls, path: Path, params: SketchParams | None = None) -> CorpusStore:
        """Create an empty corpus in ``path`` (which must not hold one already)."""
        path = Path(path)
        if (path / MANIFEST).exists():
            raise CorpusError(f"{path}: already holds a corpus")
        if path.exists() and not path.is_dir():
            raise CorpusError(f"{path}: exists and is not a directory")
        try:
            (path / "parts").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CorpusError(f"{path}: cannot create corpus: {exc.strerror or exc}") from None
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "settings": dataclasses.asdict(params or SketchParams()),
            "created": _now(),
            "updated": _now(),
            "docs": 0,
            "parts": [],
            "superseded": [],
        }
        _write_json_atomic(path / MANIFEST, manifest)
        return cls(path, manifest)

    @classmethod
    def open(cls, path: Path) -> CorpusStore:
        """Open an existing corpus; :class:`CorpusError` if there is none or it is too new."""
        path = Path(path)
        mf = path / MANIFEST
        if not mf.is_file():
            raise CorpusError(
                f"{path}: not a corpus (no {MANIFEST}); create one with: cleaner corpus init {path}"
            )
        try:
            manifest = json.loads(mf.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CorpusDamaged(f"{mf}: unreadable manifest: {exc}") from None
        version = manifest.get("schema_version")
        if version not in READS:
            raise CorpusError(
                f"{path}: corpus schema version {version!r}, this cleaner reads versions "
                f"{', '.join(map(str, READS))}"
            )
        return cls(path, manifest)

    @property
    def params(self) -> SketchParams:
        return SketchParams(**self.manifest["settings"])

    def __len__(self) -> int:
        return int(self.manifest["docs"])

    def check_compatible(self, params: SketchParams) -> None:
        """Raise :class:`CorpusError` naming every setting that differs from the corpus's."""
        mine = self.params
        diff = [
            f"{f.name}={getattr(params, f.name)!r} (corpus: {getattr(mine, f.name)!r})"
            for f in dataclasses.fields(SketchParams)
            if getattr(params, f.name) != getattr(mine, f.name)
        ]
        if diff:
            raise CorpusError(
                f"{self.path}: corpus was built with other dedup settings: {', '.join(diff)}; "
                "use the corpus's settings or build a new corpus"
            )
        require_current(self)  # band keys of an older shingling: refused, upgrade named

    # -- reading --------------------------------------------------------------------

    def part_files(self, kind: str) -> list[Path]:
        """The committed ``kind`` (``"docs"`` or ``"bands"``) part files, in row order."""
        pdir = self.path / "parts"
        return [part_path(pdir, kind, p["name"]) for p in self.manifest["parts"]]

    def checked_files(self, kind: str) -> list[Path]:
        """:meth:`part_files`, each checked against its recorded checksum once per process
        (:func:`~cleaner.corpus.parts.checked_part_files`; :class:`CorpusDamaged`, exit 3)."""
        return checked_part_files(self.path, self.manifest["parts"], kind)

    def exact_lookup(self, hashes: np.ndarray) -> pl.DataFrame:
        """Rows ``(q, row, id, cluster)``: batch item ``q`` has the exact key of corpus ``row``."""
        files = self.checked_files("docs")
        if not files or hashes.size == 0:
            return pl.DataFrame(
                schema={"q": pl.Int64, "row": pl.Int64, "id": pl.String, "cluster": pl.String}
            )
        q = pl.DataFrame({"exact": hashes, "q": np.arange(hashes.size, dtype=np.int64)})
        return (
            scan_docs(files, ["exact", "row", "id", "cluster"])
            .join(q.lazy(), on="exact", how="inner")
            .select("q", "row", "id", "cluster")
            .collect(engine="streaming")
            .sort("q", "row")
        )

    def bands(self) -> pl.LazyFrame:
        """All stored band keys as a lazy ``(key, ref)`` frame."""
        files = self.checked_files("bands")
        if not files:
            return pl.LazyFrame(schema={"key": pl.UInt64, "ref": pl.Int64})
        return pl.scan_parquet(files)

    def fetch(self, rows: Sequence[int] | np.ndarray) -> pl.DataFrame:
        """Documents ``(row, id, cluster, text)`` of ``rows``: :func:`fetch_rows`."""
        self.checked_files("docs")
        return fetch_rows(self.path / "parts", self.manifest["parts"], rows)

    def ids(self) -> pl.Series:
        files = self.checked_files("docs")
        if not files:
            return pl.Series("id", [], dtype=pl.String)
        return scan_docs(files, ["id"]).collect()["id"]

    # -- writing --------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive writer lock (blocks until the current writer finishes)."""
        fh = (self.path / ".lock").open("a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[CorpusStore]:
        """The writer lock held, :attr:`manifest` re-read under it and the files an
        interrupted add left removed: the frame of every add (then :meth:`commit_parts`)."""
        with self.lock():
            self.manifest = CorpusStore.open(self.path).manifest
            require_current(self)  # no version 3 stamped on older band keys
            for orphan in self.leftovers():
                orphan.unlink(missing_ok=True)
            yield self

    def site_profiles_json(self) -> str | None:
        """The stored site profiles (JSON text), or ``None`` if none were stored yet."""
        try:
            return (self.path / SITE_PROFILES).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CorpusError(f"{self.path / SITE_PROFILES}: unreadable: {exc}") from None

    def save_site_profiles_json(self, text: str) -> None:
        """Replace the stored site profiles atomically (takes the writer lock).

        They are learned state, not documents: written after the documents' commit, so a
        crash in between leaves the previous profiles beside the new documents."""
        with self.lock():
            tmp = self.path / f".tmp-{uuid.uuid4().hex[:8]}-{SITE_PROFILES}"
            with tmp.open("w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path / SITE_PROFILES)
            _fsync_dir(self.path)

    def leftovers(self) -> list[Path]:
        """Files in the folder that no committed part lists: left by an interrupted add."""
        listed = {f.name for kind in ("docs", "bands") for f in self.part_files(kind)}
        found = [p for p in (self.path / "parts").iterdir() if p.name not in listed]
        return sorted(found + list(self.path.glob(".tmp-*")))

    def plan_parts(self, sizes: Sequence[int]) -> list[tuple[str, int]]:
        """``(name, first_row)`` of new parts of ``sizes`` documents appended in this order."""
        number = max((int(p["name"]) for p in self.manifest["parts"]), default=0)
        first = len(self)
        plan = []
        for i, size in enumerate(sizes, start=number + 1):
            plan.append((f"{i:06d}", first))
            first += int(size)
        return plan

    def successors(self) -> dict[int, str]:
        """Superseded row → id of the live document replacing it
        (:func:`cleaner.corpus.supersede.successors`)."""
        return successors(self.manifest)

    def commit_parts(
        self, written: Sequence[PartRecord], *, tag: str, supersede: Sequence[Supersession] = ()
    ) -> int:
        """Commit part pairs :func:`write_part_files` wrote under ``tag``; returns the rows added.

        ``supersede``: ``(row, id, by)`` of corpus documents the new ones replace
        (``--replace``), recorded in the manifest in the same commit.
        Call inside :meth:`writing` (the lock held since the manifest was read).  Renames
        the files into place in row order, fsyncs the folder, then replaces
        ``manifest.json`` (the commit point).  :class:`CorpusError` if the parts do not
        continue the corpus's rows or the manifest changed on disk since it was read.
        """
        recs = sorted(written, key=lambda w: int(w["first_row"]))
        parts = self.manifest["parts"]
        names = {p["name"] for p in parts}
        end = len(self)
        for w in recs:
            if int(w["first_row"]) != end or w["name"] in names:
                raise CorpusError(
                    f"{self.path}: part {w['name']} (row {w['first_row']}) does not continue "
                    f"the corpus (next row {end})"
                )
            names.add(w["name"])
            end += int(w["rows"])
        if not recs:
            return 0
        on_disk = CorpusStore.open(self.path).manifest
        if (on_disk["docs"], on_disk["parts"]) != (self.manifest["docs"], parts):
            raise CorpusError(f"{self.path}: the corpus changed during the add (lock not held?)")
        pdir = self.path / "parts"
        for w in recs:
            for kind in ("docs", "bands"):
                os.replace(part_path(pdir, kind, w["name"], tag), part_path(pdir, kind, w["name"]))
        _fsync_dir(pdir)
        now = _now()
        manifest = dict(self.manifest)
        manifest["parts"] = [
            *parts,
            *(
                {
                    "name": str(w["name"]),
                    "first_row": int(w["first_row"]),
                    "rows": int(w["rows"]),
                    "bands_rows": int(w["bands_rows"]),
                    "docs_sha256": str(w["docs_sha256"]),
                    "bands_sha256": str(w["bands_sha256"]),
                    "added": now,
                }
                for w in recs
            ),
        ]
        manifest["docs"] = end
        manifest["updated"] = now
        manifest["superseded"] = entries(self.manifest) + [
            {"row": int(r), "id": str(old), "by": str(by), "at": now} for r, old, by in supersede
        ]
        if (old := int(manifest["schema_version"])) != SCHEMA_VERSION:
            print(
                f"cleaner: corpus {self.path}: upgraded from schema version {old} to "
                f"{SCHEMA_VERSION} ({changes_since(old, SCHEMA_VERSION)}); older cleaners "
                "no longer read it", file=sys.stderr,
            )  # fmt: skip
            manifest["schema_version"] = SCHEMA_VERSION
        _write_json_atomic(self.path / MANIFEST, manifest)  # the commit point
        _fsync_dir(self.path)
        self.manifest = manifest
        return end - int(recs[0]["first_row"])

    def add(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        clusters: Sequence[str] | None = None,
        *,
        sketched: Sketch | None = None,
        workers: int | None = None,
        published: Sequence[str | None] | None = None,
        supersede: Sequence[Supersession] = (),
    ) -> dict[str, int]:
        """Append documents atomically; ids already in the corpus (or repeated) are skipped.

        ``published``: the documents' dates (stored for ``keep = "newest"``).
        ``supersede``: ``(row, id, by)`` of corpus documents that document ``by`` replaces
        (``--replace``); recorded in the same commit, for the ``by`` that are added and the
        rows no other writer superseded meanwhile (``replaced`` in the result).
        ``sketched`` (from the dedup stage) saves re-sketching the texts; it must have been
        computed with this corpus's settings.  Returns ``{"added", "skipped", "docs"}``;
        ``skipped`` counts ids already present and, within :meth:`rechecking`, documents
        that duplicate parts other writers committed since this store's manifest was read.
        """
        if len(ids) != len(texts) or (clusters is not None and len(clusters) != len(ids)):
            raise CorpusError(f"{self.path}: add: ids, texts and clusters differ in length")
        snapshot = {p["name"] for p in self.manifest["parts"]}  # what the batch was checked on
        with self.writing():
            all_ids = self.ids().to_list()
            present = set(all_ids)
            take: list[int] = []
            for i, id_ in enumerate(ids):
                if id_ not in present:
                    present.add(id_)
                    take.append(i)
            late = self._recheck(snapshot, take, ids, texts)
            take = [i for i in take if i not in late]
            skipped = len(ids) - len(take)
            if not take:
                return {"added": 0, "skipped": skipped, "docs": len(self),
                        **({"replaced": 0} if supersede else {})}  # fmt: skip
            added_ids = {ids[i] for i in take}
            gone = self.successors()
            sup = [
                (r, old, by) for r, old, by in supersede
                if by in added_ids and r not in gone and r < len(all_ids) and all_ids[r] == old
            ]  # fmt: skip
            sel_ids = [ids[i] for i in take]
            sel_texts = [texts[i] for i in take]
            sel_clusters = [clusters[i] for i in take] if clusters is not None else sel_ids
            params = self.params
            if sketched is not None and len(sketched) == len(ids):
                sk = sketched
                idx = np.asarray(take, dtype=np.int64)
                exact, key_len, sig = sk.exact[idx], sk.key_len[idx], sk.sig[idx]
            else:
                with SketchPool(params, workers=workers) as pool:
                    sk = pool.sketch(sel_texts, sequences=False)
                exact, key_len, sig = sk.exact, sk.key_len, sk.sig
            [(name, first)] = self.plan_parts([len(take)])
            tag = new_tag()
            rec = write_part_files(
                self.path / "parts",
                name=name,
                first_row=first,
                ids=sel_ids,
                texts=sel_texts,
                clusters=sel_clusters,
                exact=exact,
                key_len=key_len,
                sig=sig,
                bands=params.bands,
                tag=tag,
                published=[published[i] for i in take] if published is not None else None,
            )
            self.commit_parts([rec], tag=tag, supersede=sup)
            return {"added": len(take), "skipped": skipped, "docs": len(self),
                    **({"replaced": len(sup)} if supersede else {})}  # fmt: skip

    @contextlib.contextmanager
    def rechecking(self, guard: Recheck) -> Iterator[CorpusStore]:
        """Within the block, :meth:`add` re-checks its documents, under the writer lock,
        against the parts other writers committed since this store's manifest was read
        (the snapshot the batch was deduplicated against): ``guard(view, ids, texts)``
        says which are duplicates of the ``view`` (a store of those parts only), and
        they are not added.  So two concurrent ``--add`` of the same texts add them once."""
        before, self._guard = self._guard, guard
        try:
            yield self
        finally:
            self._guard = before

    def _recheck(
        self, snapshot: set[str], take: list[int], ids: Sequence[str], texts: Sequence[str]
    ) -> set[int]:
        newer = [p for p in self.manifest["parts"] if p["name"] not in snapshot]
        if self._guard is None or not newer or not take:
            return set()
        view = CorpusStore(self.path, {**self.manifest, "parts": newer})
        dup = self._guard(view, [ids[i] for i in take], [texts[i] for i in take])
        return {i for i, d in zip(take, dup, strict=True) if d}

    # -- checking -------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Document count, parts, bytes on disk and settings."""
        size = sum(f.stat().st_size for k in ("docs", "bands") for f in self.part_files(k))
        return {
            "path": str(self.path),
            "schema_version": self.manifest["schema_version"],
            "docs": len(self),
            "superseded": len(entries(self.manifest)),
            "parts": len(self.manifest["parts"]),
            "bytes": size,
            "settings": self.manifest["settings"],
            "site_profiles": (self.path / SITE_PROFILES).is_file(),
            "created": self.manifest.get("created"),
            "updated": self.manifest.get("updated"),
        }

    def verify(self, *, sample: int = 64) -> VerifyReport:
        """Check checksums, row counts, ids and band keys (re-sketches ``sample`` docs a
        part): :func:`cleaner.corpus.verify.verify`."""
        return verify(self, sample=sample)
