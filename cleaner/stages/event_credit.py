"""An event's credit row: its host is the piece's origin, the body running it no field.

A compilation of events (a sports bureau's registrations, a museum's programme) closes
each event with a row crediting who hosts it and who runs it for the host (``主办：某协会
承办：某中心``).  The host is where the event comes from: the piece's ``origin``.  The
body running it (``承办``, ``协办``) is no field of the piece; read alone, the bare
``承办`` cell would give the origin as a worked case's handler does (``origin_by_handler``
in ``headers.toml``).  Only a row opened by the host's bare label, with a runner's cell
beside it and nothing else (``[event_credit]`` in ``headers.toml``): a labelled
``主办单位：`` names a document's issuer, a lone ``主办：`` row is a site's footer credit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["event_credit"]

#: the row's cells: parted by a wide space, tabs, a run of spaces or a bar
_CELLS = re.compile(r"\t|\u3000+|\s{2,}|\s*[|｜]\s*")
#: a cell: a label, a colon, a value (a name: no sentence mark, no colon)
_CELL = re.compile(r"^(?P<k>[^\s:：]{1,4})\s*[:：]\s*(?P<v>[^:：。；！？;!?，,]{2,40})$")


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    t = load_table("headers")["event_credit"]
    return frozenset(t["host_labels"]), frozenset(t["runner_labels"])


def event_credit(row: str) -> dict[str, str] | None:
    """``{"origin": host}`` for an event's credit row (module docstring), else None.

    >>> event_credit("主办：某市老年人体育协会　承办：某市体育总会")
    {'origin': '某市老年人体育协会'}
    >>> event_credit("主辦：某會　協辦：某館")
    {'origin': '某會'}
    >>> event_credit("主办：某市人民政府办公室"), event_credit("承办：某中心")
    (None, None)
    >>> event_credit("主办单位：某局　承办单位：某中心")  # a document's head: its issuer
    >>> event_credit("主办：某局　地址：某路1号")  # a site's footer credit
    """
    hosts, runners = _labels()
    cells = [c for c in _CELLS.split(row.strip()) if c]
    if len(cells) < 2:
        return None
    read = [_CELL.match(c) for c in cells]
    if any(m is None for m in read):
        return None
    labels = [m["k"] for m in read if m is not None]
    if labels[0] not in hosts or not all(k in runners for k in labels[1:]):
        return None
    first = read[0]
    return {"origin": first["v"].strip()} if first is not None else None
