"""Keep policy: which member of a cluster found in one batch is the kept one.

The dedup stage decides articles in the order it meets them, so the first member of a
cluster is kept and the later ones point to it (``dup_of``).  :func:`reroot` then applies
the policy (``[dedup] keep``) to the clusters whose kept member is in the batch just
decided:

``first`` (the default)
    nothing changes;
``longest``
    the member with the longest text is kept;
``newest``
    the member with the latest date (:func:`article_date`: ``meta.published``, or a
    ``published`` / ``date`` field, ``YYYY-MM-DD…``) is kept; an undated member never beats
    a dated one;
``corpus``
    as ``first`` within the batch, and it says so for the corpus: a document already in
    the corpus (or written by an earlier batch of the run) is never replaced.

Ties go to the first (the member met first).  Only members linked by symmetric kinds
(``exact``, ``near``, and ``version`` when versions are duplicates) can take the kept
place; a ``contained`` duplicate (a piece of a longer text) stays a duplicate of what holds
it.  The links on the path from the new kept member to the old one are reversed, each with
the measures it was decided on, and marked ``"keep": <policy>`` in ``dup_detail``; every
member's ``cluster`` becomes the new kept member's id.  A kept member that loses its place
keeps the links it carried (``version_of``, ``contains``) in its ``dup_detail``
(``"links"``), so nothing it recorded is lost.

A document in the corpus, or kept in an earlier batch of the run (its record is already
written), is never replaced by any policy: an article matching it is its duplicate.  The
one exception is explicit: with ``[dedup] replace_corpus = true`` (``--replace``, with
``--add``), :func:`supersede` lets the best of a batch's duplicates of a corpus document
take its place when it beats that document (the corpus document is first in the order, so
ties keep it; undated never beats dated): that article is kept with ``replaces`` (and
``"replaces"`` in ``dup_detail``), the other duplicates of the document keep their link to
it and join the new cluster, and the corpus marks the document superseded
(:mod:`cleaner.corpus.supersede`).
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["KEEP_POLICIES", "SYMMETRIC", "article_date", "reroot", "supersede"]

KEEP_POLICIES = ("first", "longest", "newest", "corpus")
#: Kinds whose two sides may swap: the one linked could equally be the one kept.
SYMMETRIC = frozenset({"exact", "near", "version"})

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def article_date(article: dict[str, Any]) -> str | None:
    """An article's date for ``keep = "newest"``: ``meta.published``, else ``published``,
    else ``date``; the ``YYYY-MM-DD`` it starts with, None when there is none.

    >>> article_date({"meta": {"published": "2022-03-29"}}), article_date({"date": "2019"})
    ('2022-03-29', None)
    """
    meta = article.get("meta")
    for v in (
        meta.get("published") if isinstance(meta, dict) else None,
        article.get("published"),
        article.get("date"),
    ):
        if isinstance(v, str) and _DATE.match(v):
            return v[:10]
    return None


def _better(policy: str, a: tuple[int, str | None, int], b: tuple[int, str | None, int]) -> bool:
    """Whether member ``a`` = (length, date, position) beats ``b`` under the policy."""
    if policy == "longest":
        return (a[0], -a[2]) > (b[0], -b[2])
    if policy == "newest":
        da, db = a[1] or "", b[1] or ""
        return (da, -a[2]) > (db, -b[2])
    return False


def reroot(
    recs: list[dict[str, Any]],
    lengths: list[int],
    dates: list[str | None],
    policy: str,
    *,
    symmetric: frozenset[str] = SYMMETRIC,
) -> list[int]:
    """Apply the policy to the clusters rooted in one batch's records, in place.

    ``recs`` are the batch's decision records (``id`` and the decision fields), in the
    order decided; ``lengths`` and ``dates`` the members' text lengths and dates.  Returns
    the positions whose record changed.

    >>> recs = [{"id": "a", "status": "kept", "cluster": "a"},
    ...         {"id": "b", "status": "duplicate", "dup_of": "a", "dup_kind": "near",
    ...          "dup_score": 80.0, "cluster": "a", "dup_detail": '{"jaccard":0.8}'}]
    >>> reroot(recs, [10, 12], [None, None], "longest")
    [0, 1]
    >>> recs[0]["status"], recs[0]["dup_of"], recs[0]["dup_detail"], recs[1]["cluster"]
    ('duplicate', 'b', '{"jaccard":0.8,"keep":"longest"}', 'b')
    """
    if policy not in ("longest", "newest"):
        return []
    at: dict[str, int] = {}
    for q, r in enumerate(recs):
        at.setdefault(r["id"], q)
    parent: dict[int, int] = {}  # q → its in-batch parent, by a symmetric link
    children: dict[int, list[int]] = {}
    for q, r in enumerate(recs):
        if r.get("status") == "duplicate" and r.get("dup_kind") in symmetric:
            p = at.get(r.get("dup_of") or "")
            if p is not None and p < q:
                parent[q] = p
                children.setdefault(p, []).append(q)
    changed: list[int] = []
    for root, r in enumerate(recs):
        if r.get("status") != "kept" or root not in children:
            continue
        best, todo = root, [root]
        key = (lengths[root], dates[root], root)
        while todo:
            q = todo.pop()
            for c in children.get(q, ()):
                todo.append(c)
                ck = (lengths[c], dates[c], c)
                if _better(policy, ck, key):  # a strict order: position breaks ties
                    best, key = c, ck
        if best != root:
            changed += _swap(recs, root, best, parent, policy)
    return sorted(set(changed))


def _swap(
    recs: list[dict[str, Any]], root: int, best: int, parent: dict[int, int], policy: str
) -> list[int]:
    """Make ``best`` the kept member of ``root``'s cluster: reverse the path between them."""
    path = [best]
    while path[-1] != root:
        path.append(parent[path[-1]])
    old_root = recs[root]
    links = {k: old_root[k] for k in ("version_of", "contains") if old_root.get(k)}
    edges = [
        {k: recs[q].get(k) for k in ("dup_score", "dup_kind", "dup_detail")} for q in path[:-1]
    ]
    new_id = recs[best]["id"]
    for i in range(len(path) - 1, 0, -1):  # path[i] now points to path[i - 1]
        e, rec = edges[i - 1], recs[path[i]]
        detail = {**json.loads(e["dup_detail"] or "{}"), "keep": policy}
        if path[i] == root and links:
            detail["links"] = links
        rec.update(
            status="duplicate", dup_of=recs[path[i - 1]]["id"], dup_score=e["dup_score"],
            dup_kind=e["dup_kind"], dup_detail=_dump(detail), version_of=None, contains=None,
            best_score=None,
        )  # fmt: skip
    score = edges[0]["dup_score"]
    recs[best].update(
        status="kept", dup_of=None, dup_score=None, dup_kind=None, version_of=None,
        contains=None, dup_detail=None, best_score=score,
    )  # fmt: skip
    old_id = old_root["id"]
    out = list(path)
    for q, r in enumerate(recs):
        if r.get("cluster") == old_id:
            r["cluster"] = new_id
            out.append(q)
    return out


def supersede(
    recs: list[dict[str, Any]],
    lengths: list[int],
    dates: list[str | None],
    policy: str,
    corpus: dict[str, tuple[int, int, str | None]],
    *,
    symmetric: frozenset[str] = SYMMETRIC,
) -> tuple[list[int], list[tuple[int, str]]]:
    """Let the best duplicate of each corpus document replace it, in place (``--replace``).

    ``corpus`` maps the live corpus documents this batch was compared with to ``(row,
    length, date)``.  Returns the positions whose record changed and ``(q, corpus id)`` of
    each replacement.

    >>> recs = [{"id": "new", "status": "duplicate", "dup_of": "old", "dup_kind": "near",
    ...          "dup_score": 70.0, "cluster": "old", "dup_detail": '{"jaccard":0.7}'}]
    >>> supersede(recs, [90], ["2022-01-01"], "newest", {"old": (0, 100, "2018-01-01")})
    ([0], [(0, 'old')])
    >>> recs[0]["status"], recs[0]["replaces"], recs[0]["cluster"], recs[0]["best_score"]
    ('kept', 'old', 'new', 70.0)
    >>> recs[0]["dup_detail"]
    '{"jaccard":0.7,"keep":"newest","replaces":"old"}'
    """
    if policy not in ("longest", "newest"):
        return [], []
    groups: dict[str, list[int]] = {}
    for q, r in enumerate(recs):
        if r.get("status") == "duplicate" and r.get("dup_kind") in symmetric:
            if r.get("dup_of") in corpus:
                groups.setdefault(r["dup_of"], []).append(q)
    changed: list[int] = []
    done: list[tuple[int, str]] = []
    for old, qs in groups.items():
        _, old_len, old_date = corpus[old]
        best, key = -1, (old_len, old_date, -1)  # the corpus document comes first: ties keep it
        for q in qs:
            if _better(policy, (lengths[q], dates[q], q), key):
                best, key = q, (lengths[q], dates[q], q)
        if best < 0:
            continue
        r = recs[best]
        detail = {**json.loads(r.get("dup_detail") or "{}"), "keep": policy, "replaces": old}
        r.update(
            status="kept", dup_of=None, dup_kind=None, version_of=None, contains=None,
            best_score=r.get("dup_score"), dup_score=None, dup_detail=_dump(detail),
            cluster=r["id"], replaces=old,
        )  # fmt: skip
        changed.append(best)
        done.append((best, old))
        moved = {old, r["id"]}  # later members linked to these join the new cluster
        for q, other in enumerate(recs):
            if q != best and other.get("status") == "duplicate" and other.get("dup_of") in moved:
                other["cluster"] = r["id"]
                moved.add(other["id"])
                changed.append(q)
    return sorted(set(changed)), done
