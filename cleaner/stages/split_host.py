"""The site hosting a document is not its issuer when its row names another body.

A consultation or a notice is often posted by one office on behalf of another: the
header row names both under labels of one field (``征集单位：某市甲局　起草单位：某市乙局``,
two ``…单位`` labels the tables both read as ``issuer``).  The labels alone cannot tell
them apart (a site may put either first), but the page can: the host is the name the
site gives itself in its ``<title>`` tail or its learned title suffix.  The issuer is then
the other body of the row.  A row naming the host alone keeps it (no other body to prefer),
and a page whose site names nothing is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.page_hints import PageHints

Fields = Callable[[str], "str | None"]

# the parts of a <title> ('文章_栏目_某市甲局', '文章 - 某站'): its first is the document's
_TITLE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
# the cells of a header row: tabs, wide gaps, bars
_CELLS = re.compile(r"\t|\u3000+|\s{2,}|\s*[|｜]\s*")
_COLON = re.compile(r"[:：]")


def site_own_names(hints: PageHints | None) -> frozenset[str]:
    """The names the site gives itself: its title's later parts, learned suffixes' parts,
    its declared name(s)."""
    if hints is None:
        return frozenset()
    names: set[str] = set()
    if hints.title:
        names.update(p for p in _TITLE_PARTS.split(hints.title.strip())[1:] if p)
    for suffix in hints.site_suffixes:
        names.update(p for p in _TITLE_PARTS.split(suffix.strip()) if p)
    if hints.site_name:
        names.add(hints.site_name.strip())
    names.update(n.strip() for n in hints.site_names if n.strip())
    return frozenset(n for n in names if len(n) >= 2)


def labelled_values(row: str, field: str, field_of: Fields) -> list[str]:
    """The values a header row gives ``field``, in order: ``label：value`` cells and
    label/value cell pairs (``征集单位\\t某局\\t起草单位\\t某局``)."""
    cells = [c.strip() for c in _CELLS.split(row.strip()) if c.strip()]
    out: list[str] = []
    k = 0
    while k < len(cells):
        parts = _COLON.split(cells[k], maxsplit=1)
        label, value = parts[0], parts[1].strip() if len(parts) == 2 else ""
        colon = len(parts) == 2
        if field_of(label) == field:
            if colon and value:
                out.append(value)
            elif not colon and k + 1 < len(cells) and field_of(cells[k + 1]) is None:
                out.append(cells[k + 1])
                k += 1
        k += 1
    return out


def issuer_over_host(
    rows: list[str], issuer: str, hints: PageHints | None, field_of: Fields
) -> str | None:
    """The body a header row names as issuer beside the site hosting the page, when the
    issuer read (the row's first) is that host; else None."""
    names = site_own_names(hints)
    if issuer not in names:
        return None
    for row in rows:
        others = [v for v in labelled_values(row, "issuer", field_of) if v not in names]
        if others and issuer in labelled_values(row, "issuer", field_of):
            return others[0]
    return None


#: A company's full name after its short name, up to the first company word ('某某股份
#: 有限公司', '某某集团有限公司'): no space, sentence mark or bracket inside.
_COMPANY_END = "公司"
COMPANY_MAX_CHARS = 24


def listed_issuer(title: str, meta: dict[str, str]) -> str | None:
    """The issuer of a listed company's filing: the company the title names first, when
    the page's card gives the security's short name (``security_name``) and the title
    opens with it and runs on to a company word (``某某环保股份有限公司2021年度报告``);
    else None.  The card names the security, the title the company that files.

    >>> listed_issuer("某某环保股份有限公司2021年度报告", {"security_name": "某某环保"})
    '某某环保股份有限公司'
    >>> listed_issuer("某某环保：2021年度报告", {"security_name": "某某环保"})
    >>> listed_issuer("某某环保股份有限公司2021年度报告", {})
    """
    short = meta.get("security_name", "").strip()
    if len(short) < 2 or not title.startswith(short):
        return None
    end = title.find(_COMPANY_END, len(short))
    if end < 0 or end + len(_COMPANY_END) > COMPANY_MAX_CHARS:
        return None
    name = title[: end + len(_COMPANY_END)]
    return None if re.search(r"[\s\u3000，。；：:,（）()【】]", name) else name
