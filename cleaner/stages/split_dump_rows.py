"""A record dumped as ``label~value~label~value~`` cells, read where it stands.

A scraper's key/value export prints a record's facts on one line, each label and value
closed by a tilde (``@面值~5元~发行日期~2019年3月2日~材质~铜~责任编辑~王某某~``).  The
same facts as ``label：value`` rows are read by the split's row readers; this reader
turns each pair of the dump into such a row and reads it with them, so the dump's known
fields (a publish date, an author) reach ``meta``.  The line itself stays text: most of
its facts (a face value, a material) are the record's own, and a dump is no header to
cut.  A date span (``3月1日~3月5日``) is no dump: a dump has :data:`MIN_PAIRS` pairs or
more and ends with its tilde.  Issue 12, real pages (360doc's stamp records).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["MIN_PAIRS", "dump_fields"]

#: A dump holds at least this many label/value pairs …
MIN_PAIRS = 3
#: … within this many lines of the piece's top.
DEPTH = 4
#: a label: a short name, no clause mark, no figure
_LABEL = re.compile(r"^[^\d，。；：:,;~]{1,12}$")
_DUMP = re.compile(r"^@?(?:[^~\n]{1,12}~[^~\n]*~){3,}(?:[^~\n]{1,12}~)?$")  # a last label bare
#: The fields a dump gives the piece: its day and its author (a dump's other labels, a
#: booklet's number, a list of lenders, are the record's facts, read as no header's).
FIELDS = frozenset({"published", "author"})
_GAP = re.compile(r"[ \t\u00a0]{2,}|\u3000+")
#: a value holding a label of its own ('版式二摄影者：某某'): a row inside the cell
_COLON = re.compile(r"[:：]")

Reader = Callable[[str], "dict[str, str] | None"]


@lru_cache(maxsize=1)
def _editor_words() -> tuple[str, ...]:
    """The words of an editor's credit label (``headers.toml`` ``[dump_rows]``): the
    author such a label gives yields to a writer's."""
    return tuple(load_table("headers")["dump_rows"]["editor_words"])


def _edited(label: str) -> bool:
    return any(w in label for w in _editor_words())


def dump_fields(lines: Sequence[str], body_idx: Sequence[int], read: Reader) -> dict[str, str]:
    """The fields read from the first ``label~value~`` dump among the piece's top
    :data:`DEPTH` lines (module doc), each pair read as a ``label：value`` row (the
    value's first cell; a value holding a label of its own is none), only
    :data:`FIELDS`; the first reading of a field wins, but an editor's credit yields the
    author to a writer's.

    >>> read = lambda s: {"published": s[5:]} if s.startswith("发行日期") else (
    ...     {"author": s.split("：")[1]} if s.startswith(("责任编辑", "设计者")) else None)
    >>> dump_fields(["某币", "@面值~5元~发行日期~2019~责任编辑~王某~设计者~李某~"], [0, 1], read)
    {'published': '2019', 'author': '李某'}
    >>> dump_fields(["展期~3月1日~3月5日"], [0], read)
    {}
    """
    for i in body_idx[:DEPTH]:
        line = lines[i].strip()
        if not _DUMP.match(line):
            continue
        cells = line.removeprefix("@").split("~")[:-1]
        pairs = [(k.strip(), v.strip()) for k, v in zip(cells[0::2], cells[1::2], strict=False)]
        if len(pairs) < MIN_PAIRS or not all(_LABEL.match(k) for k, _ in pairs):
            continue
        out: dict[str, str] = {}
        edited: set[str] = set()
        for k, v in pairs:
            v = _GAP.split(v)[0]  # a value's first cell ('某甲  另一版设计者：某乙')
            got = read(f"{k}：{v}") if v and not _COLON.search(v) else None
            for field, value in (got or {}).items():
                if field not in FIELDS:
                    continue
                if field not in out or (field in edited and not _edited(k)):
                    out[field] = value
                    edited.discard(field)
                    if _edited(k):
                        edited.add(field)
        return out
    return {}
