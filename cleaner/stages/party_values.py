"""A party's value that names no party: the last check on a piece's ``author``,
``issuer`` and ``origin`` after every reader (metafield).

Two shapes of value are read by the row readers now and then, and no truth of any family
holds one:

* a label's own word read as the value: a label glued to the next (``执笔单位 ▏ 某会``
  read as ``执笔`` over ``单位``) leaves a word that is itself a label (``单位``, ``部门``,
  ``作者``) where a name should stand;
* an author that credits nobody by name (``佚名``, ``匿名``, ``管理员``, ``本站``:
  ``[nobody]`` of ``person_names.toml``): the page says no person wrote it.

Such a value is no field: the key is left out (the row it came from stays as the readers
left it, text or recorded removal).  Found by ``benchmarks/meta_errors.py`` (class
``extra``: a key no truth has, read from a label word or a placeholder).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleaner.stages.person_names import nobody
from cleaner.stages.split_dates import simplified_label

if TYPE_CHECKING:
    from cleaner.stages.split_meta_labels import MetaLabels

PARTY_KEYS = ("author", "issuer", "origin")


def label_word(value: str, labels: MetaLabels) -> bool:
    """Is ``value`` a label's word itself: a label of the table (``来源``) or a word a
    label class ends in (``单位``, ``作者``)?  A name holding a role (``李编辑``,
    ``Letters To The Editor``) is none: only the whole value counts.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> p = MetaParser()
    >>> [label_word(v, p) for v in ("单位", "来 源", "作者", "李编辑", "某乡总工会")]
    [True, True, True, False, False]
    """
    key = simplified_label(re.sub(r"\s+", "", value))
    return key in labels.t.fields or any(key in c[1] for c in labels.t.classes)


def drop_no_party(meta: dict[str, str], labels: MetaLabels) -> list[str]:
    """Remove from ``meta`` each party key whose value names no party; the keys removed.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser()
    >>> m = {"author": "单位", "issuer": "某乡总工会"}; drop_no_party(m, f), m
    (['author'], {'issuer': '某乡总工会'})
    >>> m = {"author": "佚名", "published": "2021-02-03"}; drop_no_party(m, f), m
    (['author'], {'published': '2021-02-03'})
    >>> m = {"author": "韩某明", "origin": "某县融媒体中心"}; drop_no_party(m, f), m
    ([], {'author': '韩某明', 'origin': '某县融媒体中心'})
    """
    gone = [
        k
        for k in PARTY_KEYS
        if (v := meta.get(k, "").strip())
        and (label_word(v, labels) or (k == "author" and nobody(v)))
    ]
    for k in gone:
        del meta[k]
    return gone
