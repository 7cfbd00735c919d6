"""Corpora sketched before shingles were chosen per script segment (schema versions 1, 2).

Since schema version 3 a document's shingles are chosen per script segment
(:mod:`cleaner.dedup.segments`): the band keys of a document that mixes scripts (a
Chinese page quoting a long English passage, an English page holding a Chinese article)
differ from those an older cleaner stored, so they would silently never match.  Every
other document's keys are unchanged.  So a corpus of an older schema

* that holds no mixing document is read as it is, and the next add moves its manifest to
  version 3 with the one-line message of every schema upgrade (:func:`changes_since`);
* that holds some is refused (:func:`require_current`, from
  :meth:`~cleaner.corpus.store.CorpusStore.check_compatible` — both engines call it before
  reading a corpus — and from :meth:`~cleaner.corpus.store.CorpusStore.writing`, before an
  add writes anything) with a one-line error naming the command
  that upgrades it, ``cleaner corpus upgrade PATH`` (:func:`upgrade`): the parts holding
  such documents are sketched again from their stored texts and replaced, under the
  writer lock, by parts with new names, committed by replacing the manifest.

Finding the mixing documents reads every stored text once per process (cached by the
parts' checksums); an upgraded corpus is never scanned again.  An upgrade removes the
replaced part files after its commit, so run it while no other process reads the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl

from cleaner.corpus.errors import CorpusError
from cleaner.corpus.files import fsync_dir, now, write_json_atomic
from cleaner.corpus.parts import new_tag, part_path, write_part_files
from cleaner.dedup.minhash import CHUNK_DOCS, SketchPool
from cleaner.dedup.shingles import segment_counts

if TYPE_CHECKING:
    from cleaner.corpus.store import CorpusStore
    from cleaner.corpus.verify import CorpusFolder

__all__ = ["SEGMENTED", "changes_since", "require_current", "stale_rows", "upgrade"]

#: The first schema version whose band keys come from shingles per script segment.
SEGMENTED = 3
#: What each schema version added, for the one-line upgrade message.
CHANGES = {2: "dates, superseded documents", 3: "shingles per script segment"}
_STALE: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}


def changes_since(version: int, to: int) -> str:
    """What versions ``version + 1 … to`` added (``"dates, …; shingles per …"``)."""
    return "; ".join(CHANGES[v] for v in range(version + 1, to + 1) if v in CHANGES)


def stale_rows(store: CorpusFolder, *, cached: bool = True) -> np.ndarray:
    """Rows whose stored band keys an older cleaner computed and this one would not
    reproduce (texts that mix scripts); empty from schema version 3 on."""
    if int(store.manifest["schema_version"]) >= SEGMENTED:
        return np.zeros(0, dtype=np.int64)
    ck = (str(Path(store.path).resolve()), tuple(p["docs_sha256"] for p in store.manifest["parts"]))
    if cached and ck in _STALE:
        return _STALE[ck]
    fold = store.params.fold_digits
    found = [np.zeros(0, dtype=np.int64)]
    for f in store.checked_files("docs"):
        docs = pl.read_parquet(f, columns=["row", "text"])
        for i in range(0, docs.height, CHUNK_DOCS):
            sub = docs.slice(i, CHUNK_DOCS)
            mixed = segment_counts(sub["text"].to_list(), fold_digits=fold) > 1
            found.append(sub["row"].to_numpy()[mixed])
    _STALE[ck] = rows = np.concatenate(found).astype(np.int64)
    return rows


def require_current(store: CorpusFolder) -> None:
    """:class:`CorpusError` if the corpus holds band keys this cleaner would not reproduce."""
    rows = stale_rows(store)
    if rows.size:
        raise CorpusError(
            f"{store.path}: corpus schema version {store.manifest['schema_version']} holds "
            f"{rows.size} documents mixing scripts whose band keys an older cleaner computed; "
            f"upgrade it with: cleaner corpus upgrade {store.path}"
        )


def upgrade(store: CorpusStore) -> dict[str, Any]:
    """Bring the corpus to the current schema version: the parts that hold documents
    mixing scripts are sketched again and replaced (new part names, same rows), then the
    manifest is replaced.  Returns ``{"from", "to", "resketched", "parts"}``."""
    from cleaner.corpus.store import MANIFEST, SCHEMA_VERSION, CorpusStore

    with store.lock():  # what :meth:`CorpusStore.writing` does, but for the refusal
        store.manifest = CorpusStore.open(store.path).manifest
        for orphan in store.leftovers():
            orphan.unlink(missing_ok=True)
        old = int(store.manifest["schema_version"])
        if old >= SCHEMA_VERSION:
            return {"from": old, "to": old, "resketched": 0, "parts": 0}
        stale = stale_rows(store, cached=False)
        params, pdir = store.params, store.path / "parts"
        number = max((int(p["name"]) for p in store.manifest["parts"]), default=0)
        parts, replaced, tag = [], [], new_tag()
        for part in store.manifest["parts"]:
            lo, n = int(part["first_row"]), int(part["rows"])
            if not ((stale >= lo) & (stale < lo + n)).any():
                parts.append(part)
                continue
            docs = pl.read_parquet(part_path(pdir, "docs", part["name"]))
            texts = docs["text"].to_list()
            with SketchPool(params) as pool:
                sk = pool.sketch(texts, sequences=False)
            number += 1
            rec = write_part_files(
                pdir,
                name=f"{number:06d}",
                first_row=lo,
                ids=docs["id"].to_list(),
                texts=texts,
                clusters=docs["cluster"].to_list(),
                exact=sk.exact,
                key_len=sk.key_len,
                sig=sk.sig,
                bands=params.bands,
                tag=tag,
                published=docs["published"].to_list() if "published" in docs.columns else None,
            )
            parts.append({**rec, "added": part.get("added"), "upgraded": now()})
            replaced.append(part["name"])
        for p in parts:
            if p["name"] not in {q["name"] for q in store.manifest["parts"]}:
                for kind in ("docs", "bands"):
                    part_path(pdir, kind, p["name"], tag).replace(part_path(pdir, kind, p["name"]))
        fsync_dir(pdir)
        manifest = {**store.manifest, "parts": parts, "schema_version": SCHEMA_VERSION}
        manifest["updated"] = now()
        write_json_atomic(store.path / MANIFEST, manifest)  # the commit point
        fsync_dir(store.path)
        store.manifest = manifest
        for name in replaced:  # readers of the old manifest: see the module docstring
            for kind in ("docs", "bands"):
                part_path(pdir, kind, name).unlink(missing_ok=True)
    return {"from": old, "to": SCHEMA_VERSION, "resketched": int(stale.size),
            "parts": len(replaced)}  # fmt: skip
