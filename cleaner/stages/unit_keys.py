"""Which key a body a piece names takes: ``issuer`` or ``origin``, by its label's verb.

Many readers give a piece's body as its ``issuer`` (a label ending ``…单位``, a signed
row, a cell of a record's row).  The truths of every set read the key from the verb of the
label over the body, not from the label's ending or the reader: a body a piece names by a
verb of supplying, reporting, answering, applying or carrying out the work it reports
(``信息报送：某小学``, ``（答复：某科　2019-02-28）``, ``建设单位：某公司``, ``护送　某医院``,
``(71)申请人　某公司``) is where the piece comes from, its ``origin``; one named by a verb
of issuing (``发布单位``, ``发文机关``, ``主办单位``) stays the ``issuer``.
:func:`unit_key` looks, after every reader, at each row of the piece that names its issuer
in a label's cell, whatever the separator (a colon, a gap) and wherever the row stands
(over the title, under it, closing the piece); the verbs are ``[unit_key]`` in
``headers.toml``.  A body named in no labelled cell keeps the key its reader gave.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import simplified_label

# a label's cell right before a value: two to six Han letters (after a field's code such as
# '(71)', a bracket, a bar or a gap, or at the line's start), then a colon or a gap
_LABEL = re.compile(
    r"(?:^|[\s\u3000（(【\[〔［)）】\]〕］｜|／/·•▶◆■●，,；;])"
    r"([\u3400-\u9fff]{2,6})(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)$"
)


@lru_cache(maxsize=1)
def _verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = load_table("headers")["unit_key"]
    return tuple(t["origin_verbs"]), tuple(t["issuer_verbs"])


def label_key(label: str) -> str | None:
    """The key a body's label names by its verb: ``origin``, ``issuer`` or None.

    >>> label_key("信息报送"), label_key("建设单位"), label_key("發布單位"), label_key("联系人")
    ('origin', 'origin', 'issuer', None)
    """
    key = simplified_label(label)
    origin_verbs, issuer_verbs = _verbs()
    to_origin = any(v in key for v in origin_verbs)
    to_issuer = any(v in key for v in issuer_verbs)
    if to_origin == to_issuer:
        return None
    return "origin" if to_origin else "issuer"


def labels_before(text: str, name: str) -> list[str]:
    """The labels of the cells that name ``name`` in ``text`` (a label's cell right
    before it on its line); an occurrence in prose or alone on its line names none.

    >>> labels_before("某事\\n（答复：信贷科　2019-02-28）\\n信贷科说明如下。", "信贷科")
    ['答复']
    >>> labels_before("入站　2019-10-02　｜　护送　某某医院", "某某医院")
    ['护送']
    >>> labels_before("经某某公司实施建设。", "某某公司")
    []
    """
    out: list[str] = []
    start = 0
    while (i := text.find(name, start)) >= 0:
        start = i + len(name)
        line_start = text.rfind("\n", 0, i) + 1
        head = text[line_start:i]
        if len(head) > 24:  # cut: the cut is no cell's edge
            head = "\x00" + head[-24:]
        m = _LABEL.search(head)
        if m is not None:
            out.append(m.group(1))
    return out


def unit_key(piece: str, meta: dict[str, str]) -> None:
    """Move the piece's ``issuer`` to ``origin`` when a labelled cell of the piece names
    it by a verb of supplying or doing and no labelled cell by a verb of issuing; a piece
    that also names an origin keeps both as read.

    >>> m = {"issuer": "某某小学"}
    >>> unit_key("某某小学招生简章\\n（信息报送：某某小学校长办公室　审核：某某）", m); m
    {'origin': '某某小学'}
    >>> m = {"issuer": "某某局"}; unit_key("发布单位：某某局　受理：某某局", m); m
    {'issuer': '某某局'}
    >>> m = {"issuer": "某某局"}; unit_key("某某局\\n关于某事的通知", m); m
    {'issuer': '某某局'}
    """
    name = meta.get("issuer")
    if not name or "origin" in meta or len(name) < 2:
        return
    keys = {label_key(label) for label in labels_before(piece, name)}
    if "origin" in keys and "issuer" not in keys:
        meta["origin"] = meta.pop("issuer")
