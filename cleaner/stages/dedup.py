"""Stage 4, dedup: exact, near and contained duplicates, versions and template fills.

The one stateful stage.  A :class:`Deduper` is created once per run with a
:class:`DedupConfig` and an optional :class:`~cleaner.corpus.store.CorpusStore`, then
:meth:`Deduper.process` is called on successive batches of articles.  Every article is
checked against the corpus and against the articles kept before it in the run (earlier
batches and earlier in its own batch); the corpus on disk changes only when the caller
asks for it at the end of a successful run (:meth:`Deduper.add_to_corpus`).

API used by ``cleaner run --corpus DIR [--add]`` and ``cleaner dedup``::

    with Deduper(DedupConfig(threshold=50), corpus=CorpusStore.open(path)) as dd:
        for batch in batches:                  # list[dict] with "id", "text", "status"
            for rec in dd.process(batch):      # one record per input article, same order
                ...  # "id" and the DECISION_FIELDS
        dd.add_to_corpus()                     # only after the run succeeded (--add)

Input articles with ``status == "dropped"`` are skipped (every decision field None).  The
fields of a record (``status``, ``dup_of``, ``dup_score``, ``dup_kind``, ``version_of``,
``contains``, ``best_score``, ``dup_detail``, ``cluster``) are described with
:data:`~cleaner.stages.dedup_config.DECISION_FIELDS`.

Sketching runs in this process unless ``workers`` asks for processes (forkserver, for
batches over 2,000 articles): a script that sets it must guard its entry point with
``if __name__ == "__main__":`` (the console script does).  :meth:`Deduper.process_batches`
sketches the next batch on a background thread while the current one is matched.

How a match is found and verified: :mod:`cleaner.dedup.index`; how it is judged:
:mod:`cleaner.dedup.decide`.  Why the defaults are what they are: the comments in
:class:`DedupConfig`, measured with ``benchmarks/dedup_bench.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any

import numpy as np
import polars as pl

from cleaner.corpus.store import CorpusStore
from cleaner.dedup.containment import group_keys
from cleaner.dedup.decide import Candidate, settle
from cleaner.dedup.index import RunIndex, band_join, group_pairs, self_pairs
from cleaner.dedup.keep import SYMMETRIC, article_date, reroot, supersede
from cleaner.dedup.minhash import SketchPool, band_keys, concat
from cleaner.dedup.tokens import is_template, title_keys, token_overlap, token_table
from cleaner.errors import ConfigError
from cleaner.stages.dedup_batch import SOURCE_ORDER, Prepared, Side, dropped, judge_pairs, union
from cleaner.stages.dedup_config import DECISION_FIELDS, DedupConfig, apply_decision

__all__ = ["DECISION_FIELDS", "DedupConfig", "Deduper", "apply_decision"]


class Deduper:
    """Deduplicates successive batches of one run; see the module docstring."""

    def __init__(
        self,
        config: DedupConfig | None = None,
        corpus: CorpusStore | None = None,
        *,
        keep_texts: bool = True,
    ) -> None:
        self.config = config or DedupConfig()
        self.params = self.config.sketch_params()
        self.rule = self.config.rule()
        self.rules = self.config.rules()
        self.corpus = corpus
        if corpus is not None:
            corpus.check_compatible(self.params)
        self.index = RunIndex()
        # None: sketch in this process, on process_batches' background thread (see DedupConfig)
        self.pool = SketchPool(self.params, workers=self.config.workers or 1)
        self.keep_texts = keep_texts
        self._kept: list[tuple[str, str, str]] = []  # (id, text, cluster) of kept articles
        self._kept_sketches: list[Any] = []  # Sketch.take() of each batch's kept rows
        self._kept_dates: list[str | None] = []  # article_date of each kept article
        # --replace: superseded corpus rows → live id; live corpus documents met in this
        # batch (id → row, length, date); documents replaced in this run (old id → new id)
        self._succ = corpus.successors() if corpus is not None else {}
        self._met: dict[str, tuple[int, int, str | None]] = {}
        self._replaced: dict[str, str] = {}
        self.replacements: list[tuple[int, str, str]] = []  # (corpus row, old id, new id)
        self.counts: dict[str, int] = {"kept": 0, "duplicate": 0, "dropped": 0}
        self.kinds: dict[str, int] = {"exact": 0, "near": 0, "contained": 0}
        if self.config.versions == "duplicate":
            self.kinds["version"] = 0

    def __enter__(self) -> Deduper:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the sketching processes (the run index stays usable)."""
        self.pool.close()

    # -- the batch ----------------------------------------------------------------------

    def process(self, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One record per article, in order (see the module docstring for the fields)."""
        return self._decide(articles, self._prepare(articles))

    def process_batches(
        self, batches: Iterable[list[dict[str, Any]]]
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
        """``(batch, records)`` for each batch, like :meth:`process` on each in turn.

        The next batch is taken from ``batches`` (read, parsed) and sketched on a
        background thread while this one is matched and written: sketching is numpy on
        whole arrays, which runs without the GIL, so the two overlap on two cores without
        shipping texts and shingles to another process.
        """
        it = iter(batches)

        def load() -> tuple[list[dict[str, Any]], Prepared] | None:
            batch = next(it, None)
            return None if batch is None else (batch, self._prepare(batch))

        with ThreadPoolExecutor(1, thread_name_prefix="dedup-sketch") as ex:
            fut = ex.submit(load)
            while (got := fut.result()) is not None:
                fut = ex.submit(load)
                batch, prep = got
                del got
                recs = self._decide(batch, prep)
                # the batch's sketch, keys and tokens go before the caller writes it, not
                # after: the next batch is being read and sketched meanwhile (issue 15)
                del prep
                yield batch, recs

    def _prepare(self, articles: list[dict[str, Any]]) -> Prepared:
        """Sketch, band keys, tokens and titles of a batch: no state of the run is touched."""
        active = [i for i, a in enumerate(articles) if a.get("status") != "dropped"]
        texts = [articles[i]["text"] for i in active]
        sk = self.pool.sketch(texts)
        keys = band_keys(sk.sig, self.params.bands)
        titles = title_keys(texts)
        groups = group_keys(
            sk, titles, anchors=self.config.contained, title=self.config.versions != "off"
        )
        return Prepared(active, texts, sk, keys, token_table(texts), titles, groups)

    def _judge_pairs(
        self, pairs: pl.DataFrame, side: Side, prep: Prepared, new_set: Any, found: Any
    ) -> None:
        """Verify, measure and judge candidate pairs against ``side`` (:func:`judge_pairs`)."""
        judge_pairs(
            pairs, side, prep, new_set, found, self.rule, self.rules, self.params.num_perm,
            self.config.short_chars,
        )  # fmt: skip

    def _decide(self, articles: list[dict[str, Any]], prep: Prepared) -> list[dict[str, Any]]:
        active, texts, sk, keys = prep.active, prep.texts, prep.sketch, prep.keys
        cands: dict[int, list[Candidate]] = {}
        best: dict[int, float] = {}
        new_sets: dict[int, np.ndarray] = {}
        new_len = np.diff(sk.offs)
        batch_row: dict[int, int] = {}  # batch position → run index row, once decided
        ix = self.index
        self._met = {}

        def new_set(q: int) -> np.ndarray:
            got = new_sets.get(q)
            if got is None:
                got = new_sets[q] = sk.shingle_set(q)
            return got

        def found(q: int, j: float, cand: Candidate | None) -> None:
            if j > best.get(q, -1.0):
                best[q] = j
            if cand is not None:
                cands.setdefault(q, []).append(cand)

        # an article with an exact twin earlier in the run needs no fuzzy candidates (with
        # transitive matching every earlier article is in the index, so the twin is found)
        corpus_exact, corpus_docs = self._corpus_exact(prep)
        exact, skip = self._exact_twins(prep, corpus_exact, corpus_docs)
        # skipped twins get no candidate pairs of their own (they stay candidates for the
        # others): 40,000 copies of one page would otherwise pair with every earlier copy
        live = keys
        if skip:
            live = keys.copy()
            live[skip] = 0  # key 0 never matches: the batch side of the join with the run
        t_batch, t_run = group_pairs(prep.groups, ix.groups.lookup(prep.groups), skip)
        batch_pairs = union(self_pairs(keys, skip=skip), t_batch)
        run_pairs = union(ix.band_pairs(live), t_run) if len(ix) else None
        decided = {q: row for q, row in corpus_exact.items() if exact.get(q, {}).get("corpus")}
        self._corpus_candidates(prep, found, new_set, decided, corpus_docs)

        out: list[dict[str, Any]] = [dropped(a["id"]) for a in articles]
        batch_side = Side(
            "batch", new_set, sk.sequence, sk.sig, new_len.__getitem__, prep.tokens.doc,
            prep.titles.__getitem__, lambda r: ("", ""),  # resolved once r is decided
            texts.__getitem__,
        )  # fmt: skip
        self._judge_pairs(batch_pairs, batch_side, prep, new_set, found)
        if run_pairs is not None:
            run_side = Side(
                "run", ix.shingle_set, ix.seqs.__getitem__, ix.signatures(), ix.seqs.sizes,
                ix.tokens.__getitem__, ix.titles.take, lambda r: (ix.ids[r], ix.clusters[r]),
                ix.shorts.__getitem__,
            )  # fmt: skip
            self._judge_pairs(run_pairs, run_side, prep, new_set, found)
        kept_mask = np.zeros(len(active), dtype=bool)
        for q, i in enumerate(active):
            id_ = articles[i]["id"]
            rec = None
            if q in exact:
                twin = exact[q]["twin"]
                if twin[0] == "" and int(twin[1]) in batch_row:
                    row = batch_row[int(twin[1])]
                    twin = (ix.ids[row], ix.clusters[row])
                if twin[0]:
                    rec = {**dict.fromkeys(DECISION_FIELDS), "status": "duplicate",
                           "dup_of": twin[0], "dup_score": 100.0, "dup_kind": "exact",
                           "cluster": twin[1]}  # fmt: skip
            if rec is None:
                mine = []
                for c in cands.get(q, ()):
                    if c.order[0] == SOURCE_ORDER["batch"]:
                        at = batch_row.get(-c.order[1])
                        if at is None:  # a duplicate, and transitive matching is off
                            continue
                        c.target, c.cluster = ix.ids[at], ix.clusters[at]
                    mine.append(c)
                rec = settle(id_, mine, best.get(q), self.rules).fields()
            out[i] = {"id": id_, **rec}
            dup = rec["status"] == "duplicate"
            if not dup or self.config.transitive:
                batch_row[q] = ix.add(
                    id_,
                    rec["cluster"],
                    sk.sequence(q),
                    keys[q],
                    int(sk.exact[q]) if sk.key_len[q] else -1,
                    prep.tokens.doc(q),
                    int(prep.titles[q]),
                    groups=prep.groups[q],
                    kept=not dup,
                    sig=sk.sig[q],
                    short=texts[q] if self._short(texts[q]) else "",
                )
        self._apply_keep(articles, prep, out, batch_row)
        if self.config.replace_corpus:
            self._apply_keep(articles, prep, out, batch_row, replace=True)
        for q, i in enumerate(active):
            rec = out[i]
            if rec["status"] == "duplicate":
                self.kinds[rec["dup_kind"]] = self.kinds.get(rec["dup_kind"], 0) + 1
            else:
                kept_mask[q] = True
                if self.keep_texts:  # only add_to_corpus reads them: not held otherwise
                    self._kept.append((rec["id"], texts[q], rec["id"]))
                    self._kept_dates.append(article_date(articles[i]))
        self.counts["dropped"] += len(articles) - len(active)
        self.counts["kept"] += int(kept_mask.sum())
        self.counts["duplicate"] += int((~kept_mask).sum())
        if self.keep_texts:  # only add_to_corpus reads them (a signature is 512 bytes)
            self._kept_sketches.append(sk.take(np.flatnonzero(kept_mask)))
        ix.seal()  # the rows' signatures and keys copied out: the batch's arrays can go
        return out

    def _short(self, text: str) -> bool:
        """Whether the run index holds this text for edit matching (:mod:`cleaner.dedup.short`)."""
        return self.config.short_edits > 0 and len(text) <= 8 * self.config.short_chars

    def _apply_keep(
        self,
        articles: list[dict[str, Any]],
        prep: Prepared,
        out: list[dict[str, Any]],
        batch_row: dict[int, int],
        *,
        replace: bool = False,
    ) -> None:
        """The keep policy on the clusters rooted in this batch (:mod:`cleaner.dedup.keep`),
        or with ``replace`` on the corpus documents met (``--replace``); the run index
        follows the records it changed."""
        if self.config.keep not in ("longest", "newest"):
            return
        active = prep.active
        recs = [out[i] for i in active]
        lengths = [len(t) for t in prep.texts]
        dates = [article_date(articles[i]) for i in active]
        sym = SYMMETRIC if self.config.versions == "duplicate" else SYMMETRIC - {"version"}
        if replace:
            changed, done = supersede(recs, lengths, dates, self.config.keep, self._met,
                                      symmetric=sym)  # fmt: skip
            for q, old in done:
                self._replaced[old] = recs[q]["id"]
                self.replacements.append((self._met[old][0], old, recs[q]["id"]))
        else:
            changed = reroot(recs, lengths, dates, self.config.keep, symmetric=sym)
        for q in changed:
            row = batch_row.get(q)
            if row is not None:
                self.index.clusters[row] = recs[q]["cluster"]
                self.index.kept[row] = recs[q]["status"] == "kept"

    def _corpus_exact(self, prep: Prepared) -> tuple[dict[int, int], dict[int, Any]]:
        """Corpus rows with an article's exact hash (q → lowest row), and those documents
        (row → (id, cluster, text))."""
        corpus_exact: dict[int, int] = {}
        if self.corpus is None or not len(self.corpus):
            return corpus_exact, {}
        sk = prep.sketch
        for q, row in self.corpus.exact_lookup(sk.exact).select("q", "row").iter_rows():
            if sk.key_len[q]:
                corpus_exact[q] = min(row, corpus_exact.get(q, row))
        return corpus_exact, self._fetch(sorted(set(corpus_exact.values())))

    def _fetch(self, rows: list[int]) -> dict[int, tuple[str, str, str]]:
        """Corpus documents (row → (id, cluster, text)).  A superseded one points to its
        live successor (:mod:`cleaner.corpus.supersede`; or the article that replaced it
        earlier in this run); the live ones are noted for ``--replace``."""
        if not rows or self.corpus is None:
            return {}
        docs = self.corpus.fetch(rows).select("row", "id", "cluster", "text", "published")
        out: dict[int, tuple[str, str, str]] = {}
        for row, id_, cl, text, published in docs.iter_rows():
            live = self._succ.get(row) or self._replaced.get(id_)
            if live is not None:
                out[row] = (live, live, text)
                continue
            out[row] = (id_, cl, text)
            self._met[id_] = (row, len(text), article_date({"published": published}))
        return out

    def _exact_twins(
        self, prep: Prepared, corpus_exact: dict[int, int], corpus_docs: dict[int, Any]
    ) -> tuple[dict[int, dict[str, Any]], list[int]]:
        """Articles decided as exact duplicates (q → record) and the ones with an exact
        twin earlier in the run (they need no candidate pairs of their own).  A twin whose
        distinctive tokens say "another fill of the template" is no twin (digits are folded
        in the key, so fills differing only in numbers share it)."""
        sk, ix, rules = prep.sketch, self.index, self.rules
        first: dict[int, int] = {}  # hash → earliest in the batch (q)
        exact: dict[int, dict[str, Any]] = {}
        skip: list[int] = []
        tok = prep.tokens

        def refused(mine: np.ndarray, other: np.ndarray) -> bool:
            return rules.templates and is_template(
                *token_overlap(mine, other)[:2], threshold=rules.template_tokens
            )

        ctok = {}
        if corpus_exact:
            order = sorted(corpus_docs)
            table = token_table([corpus_docs[r][2] for r in order])
            ctok = {r: table.doc(k) for k, r in enumerate(order)}
        run_first = ix.exact.lookup(sk.exact).tolist()  # exact twins earlier in the run
        for q, (h, n) in enumerate(zip(sk.exact.tolist(), sk.key_len.tolist(), strict=True)):
            if not n:
                continue
            twin: tuple[str, str] | None = None
            row = corpus_exact.get(q)
            if row is not None and not refused(tok.doc(q), ctok[row]):
                twin = corpus_docs[row][:2]
            run = run_first[q] if run_first[q] >= 0 else None
            earlier = first.get(h)
            if twin is None and run is not None and not refused(tok.doc(q), ix.tokens[run]):
                twin = (ix.ids[run], ix.clusters[run])
            elif twin is None and earlier is not None and not refused(tok.doc(q), tok.doc(earlier)):
                twin = ("", str(earlier))  # an article of this batch: resolved when decided
            first.setdefault(h, q)
            if twin is not None:
                if self.config.transitive:
                    skip.append(q)
                exact[q] = {"twin": twin, "corpus": row is not None and twin[0] != ""
                            and twin == corpus_docs[row][:2]}  # fmt: skip
        return exact, skip

    def _corpus_candidates(
        self,
        prep: Prepared,
        found: Any,
        new_set: Any,
        corpus_exact: dict[int, int],
        corpus_docs: dict[int, tuple[str, str, str]],
    ) -> None:
        """Judge every corpus candidate (an article with a corpus exact twin has none)."""
        if self.corpus is None or not len(self.corpus):
            return
        cp = band_join(prep.keys, self.corpus.bands())
        if corpus_exact:
            cp = cp.filter(~pl.col("q").is_in(list(corpus_exact)))
        if not cp.height:
            return
        need = sorted(set(cp["ref"].to_list()))
        docs = {**self._fetch([r for r in need if r not in corpus_docs]), **corpus_docs}
        ctexts = [docs[r][2] for r in need]
        csk = self.pool.sketch(ctexts)
        ctok, ctitles = token_table(ctexts), title_keys(ctexts)
        csk_len = np.diff(csk.offs)
        local = {row: k for k, row in enumerate(need)}
        side = Side(
            "corpus", csk.shingle_set, csk.sequence, csk.sig, csk_len.__getitem__,
            ctok.doc, ctitles.__getitem__, lambda k: docs[need[k]][:2], ctexts.__getitem__,
        )  # fmt: skip
        # corpus rows keep their order (the meeting order of ties): -k ranks as -row
        pairs = cp.select("q", pl.col("ref").replace_strict(local, return_dtype=pl.Int64))
        self._judge_pairs(pairs, side, prep, new_set, found)

    # -- the corpus -----------------------------------------------------------------------

    def kept_for_corpus(self) -> list[dict[str, str]]:
        """``{"id", "text", "cluster"}`` of every article kept so far in the run (none when
        created with ``keep_texts=False``: nothing is held for a corpus that is not added to)."""
        return [{"id": i, "text": t, "cluster": c} for i, t, c in self._kept]

    def add_to_corpus(self) -> dict[str, int]:
        """Append the run's kept articles to the corpus (atomic; reuses their sketches)."""
        if self.corpus is None:
            raise ConfigError("dedup: --add needs a corpus (--corpus DIR)")
        if not self.keep_texts:
            raise ConfigError("dedup: created with keep_texts=False, cannot add to the corpus")
        sk = concat(self._kept_sketches, self.params.num_perm)
        kept = self.kept_for_corpus()
        return self.corpus.add(
            [k["id"] for k in kept],
            [k["text"] for k in kept],
            [k["cluster"] for k in kept],
            sketched=sk,
            workers=self.config.workers,
            published=self._kept_dates,
            supersede=self.replacements,
        )
