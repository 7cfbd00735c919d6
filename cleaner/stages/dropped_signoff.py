"""The sign-off of a document that an earlier step left out of its text.

A notice closes with the body that issues it over the day it signs (``某某有限公司`` /
``二〇二二年五月二日``; a chairman's title and name may stand between:
``某某业主委员会`` / ``主任　某某`` / ``二零一九年三月十二日``).  Two steps before the split stage
may take that sign-off away: the HTML extractor, with the block it stands in (a
``post_meta`` box under the article's ``<div>``), and the boilerplate stage, when the
signing body's name is a line the site prints on every page (its masthead's name).
The split stage then reads no issuer (:func:`~cleaner.stages.split_rows.sign_off` reads
the lines it gets).  :func:`dropped_signoff` reads the removed lines back in their place:
a deletion holding the signer's line, read with the lines around it, under the page's
prose (a signer's line over the text is a masthead's, no sign-off), that
:func:`~cleaner.stages.split_rows.sign_off` reads as an issuer with its date.  One
such sign-off a page, or none: several (a list of notices' signers) give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaner.stages.counted_rows import above_body
from cleaner.stages.split_rows import sign_off

__all__ = ["dropped_signoff"]

#: a signer's title and name between the body's name and the date ('主任　某某')
_TITLED = re.compile(r"^[\u4e00-\u9fff]{2,6}[ \t\u3000]+[\u4e00-\u9fff·]{2,4}$")
#: lines read around a deletion on each side
_AROUND = 3


def dropped_signoff(spans: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """``{'issuer': …, 'published': …}`` of the one sign-off a deletion took away,
    read from ``spans`` (each the text a step received and the deletion's offsets in
    it); ``{}`` when none, or two different ones.

    >>> body = "拍卖成交后，买受人须当场签订成交确认书，并按成交价支付佣金。\\n"
    >>> t = "标题\\n" + body + "某某拍卖有限公司\\n二〇二二年五月二日\\n网站提示\\n"
    >>> a = t.index("某某拍卖"); b = t.index("网站提示")
    >>> dropped_signoff([(t, a, b)])
    {'published': '2022-05-02', 'issuer': '某某拍卖有限公司'}
    >>> t = "标题\\n" + body + "某某大厦业主委员会\\n主任　某某\\n二零一九年三月十二日\\n"
    >>> a = t.index("某某大厦"); dropped_signoff([(t, a, a + 10)])
    {'published': '2019-03-12', 'issuer': '某某大厦业主委员会'}
    >>> t = "某某拍卖有限公司\\n2022年5月2日\\n标题\\n" + body
    >>> dropped_signoff([(t, 0, t.index("标题"))])
    {}
    """
    found: dict[str, str] = {}
    for text, start, end in spans:
        fields = _read(text, start, end)
        if not fields:
            continue
        if found and found != fields:
            return {}
        found = fields
    return found


def _read(text: str, start: int, end: int) -> dict[str, str]:
    """The sign-off the deletion ``text[start:end]`` took, read with its neighbours."""
    if above_body(text, start):
        return {}  # over the prose: a masthead's name and day, no sign-off
    cut = [ln.strip() for ln in text[start:end].split("\n") if ln.strip()]
    if not cut or len(cut) > 12:
        return {}
    above = [ln.strip() for ln in text[:start].split("\n") if ln.strip()][-1:]
    below = [ln.strip() for ln in text[end:].split("\n") if ln.strip()][:_AROUND]
    lines = above + cut + below
    first = len(above)
    for k in range(first, len(lines)):
        # a signer's title and name under the body's name is read past
        window = [ln for j, ln in enumerate(lines[: k + 1]) if j <= first or not _TITLED.match(ln)]
        signed = sign_off(window[-4:])
        issuer = signed.get("issuer")
        if issuer and "published" in signed and issuer in cut:
            return signed
    return {}
