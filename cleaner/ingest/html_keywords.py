"""The keywords a page declares in its head (``<meta name="keywords">``) and the tag row
in its text that repeats them, which is chrome (:func:`keyword_row`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["declared_keywords", "keyword_row"]

#: Separators of a keyword list, in the ``<meta name="keywords">`` tag or a tag row.
_KEY_SEP = re.compile(r"\s*[|｜,，、;；/]\s*|\s+")
#: A tag row is at most this long ...
TAG_ROW_MAX_CHARS = 100
#: ... of tags of at most this many characters, no clause inside (a headline the head
#: lists among its keywords, '某栏|某事：某某', is no tag row).
TAG_MAX_CHARS = 12
_CLAUSE = re.compile(r"[：:，。！？；!?;]")


def _tag_word(w: str) -> bool:
    return len(w) <= TAG_MAX_CHARS and not _CLAUSE.search(w)


def declared_keywords(soup: Any) -> frozenset[str]:
    """The page's keywords (``<meta name="keywords">``), casefolded; empty with fewer
    than two."""
    tag = soup.find("meta", attrs={"name": re.compile(r"^keywords$", re.I)})
    content = str(tag.get("content", "")) if tag is not None else ""
    keys = frozenset(k.casefold() for k in _KEY_SEP.split(content.strip()) if k)
    return keys if len(keys) >= 2 else frozenset()


def keyword_row(line: str, keys: frozenset[str]) -> bool:
    """Whether the line is the page's tag row: the keywords it declares in its head, two
    or more, every one of its words among them, joined by a mark (three joined by spaces);
    a tag row's own label may open it (``Tags: a, b``).

    >>> keys = frozenset({"20240506", "河道", "治理", "城东"})
    >>> [keyword_row(s, keys) for s in ("20240506|河道|治理", "标签：河道，治理", "城东 河道 治理")]
    [True, True, True]
    >>> [keyword_row(s, keys) for s in ("河道 治理", "河道治理", "河道|治理|清淤", "河道、治理。")]
    [False, False, False, False]
    >>> keyword_row("某栏|城东河道：今年完成治理", frozenset({"某栏", "城东河道：今年完成治理"}))
    False
    """
    s = line.strip()
    if not keys or len(s) > TAG_ROW_MAX_CHARS or s.endswith(("。", ".", "！", "!", "？", "?")):
        return False
    label = re.match(r"^[^\s:：]{1,8}[:：]\s*", s)
    if label is not None and label.group().rstrip(":： ").casefold() not in keys:
        s = s[label.end() :]
    words = [w.casefold() for w in _KEY_SEP.split(s) if w]
    if len(words) < 2 or not all(w in keys and _tag_word(w) for w in words):
        return False
    return len(words) >= 3 or re.search(r"[|｜,，、;；/]", s) is not None
