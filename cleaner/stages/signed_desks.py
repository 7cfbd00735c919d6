"""A desk of the body that signs the text: the piece's origin, the signer its issuer.

A notice's row of facts may credit its desk unlabelled (``某处某科　|　2021年3月5日``);
the row readers take an unlabelled organisation beside a date for the issuer.  When the
text is signed, at its end, by a body whose name OPENS the credited name (the sign-off
``某处`` under a row crediting ``某处某科``), and the rest is a desk (``[meta]
section_endings`` of ``rules/headers.toml``: 科, 股, 组 …), the credited name is a
section of the signer: the desk the notice comes from, its ``origin``, as the labelled
twin ``发布部门：某处某科`` says (:mod:`cleaner.stages.split_desks`); the signer is the
issuer.  A row's name that no sign-off opens stays the issuer.  Each move is flagged
(``split.meta.signed_desk``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from cleaner.edits import Editor
from cleaner.model import Change
from cleaner.stages.split_config import ArticleDraft

__all__ = ["SIGNED_DESK", "signed_desk", "signed_desks"]

SIGNED_DESK = "split.meta.signed_desk"
#: the sign-off stands among the text's last lines
TAIL_LINES = 4
_SIGNER = re.compile(r"[\u4e00-\u9fff]{2,20}")


def signed_desk(text: str, issuer: str, endings: Collection[str]) -> str | None:
    """The signer of ``text`` whose name opens ``issuer`` when the rest is a desk.

    >>> body = "各单位：\\n请按时报送材料。\\n某某处\\n2021年3月5日"
    >>> signed_desk(body, "某某处教学科", ("科",))
    '某某处'
    >>> signed_desk(body, "某某处", ("科",)) is None  # the signer itself: no desk
    True
    >>> signed_desk(body, "某县档案馆编研科", ("科",)) is None  # no sign-off opens it
    True
    >>> signed_desk("正文。\\n某某处\\n2021年3月5日", "某某处办公室", ("科",)) is None
    True
    """
    if not issuer.endswith(tuple(endings)) or not endings:
        return None
    tail = [ln.strip() for ln in text.split("\n") if ln.strip()][-TAIL_LINES:]
    for s in tail:
        if _SIGNER.fullmatch(s) and issuer.startswith(s) and len(issuer) - len(s) >= 2:
            return s
    return None


def signed_desks(
    editor: Editor, drafts: Sequence[ArticleDraft], endings: Collection[str]
) -> list[ArticleDraft]:
    """``drafts`` with an issuer that is a desk of the text's signer read as the origin
    (module doc), each move flagged in ``editor``'s ledger."""
    out: list[ArticleDraft] = []
    for d in drafts:
        issuer = d.meta.get("issuer", "")
        signer = signed_desk(d.text, issuer, endings) if issuer and "origin" not in d.meta else None
        if signer is None:
            out.append(d)
            continue
        meta = {**d.meta, "origin": issuer, "issuer": signer}
        editor.record(
            Change(
                editor.page_id, "split", SIGNED_DESK, "flag", 0, 0, issuer, signer,
                ref=str(d.index), step=editor.step,
            )
        )  # fmt: skip
        out.append(replace(d, meta=meta))
    return out
