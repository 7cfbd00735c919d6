"""The article body a page declares in its structured data, as a fallback of extraction.

Some pages render their text by script and ship it only in a JSON-LD block
(``<script type="application/ld+json">``, schema.org ``articleBody`` / ``reviewBody``):
the laid-out HTML then holds the headline, a caption and an author bio, and the choice of
:mod:`cleaner.ingest.html` can only keep those.  When the body so declared is prose and
the chosen content holds much less text than it (under :data:`STRUCTURED_SHARE` of its
weight), the declared body is the page's text: the lines the choice kept are dropped with
``extract.structured_body`` (on the record, like every drop) and the declared body's
lines are appended to :attr:`~cleaner.ingest.html.Extracted.visible` as the text kept.
The page is flagged ``extract_fallback:structured_body``.

After trafilatura's ``baseline`` (JSON-LD bodies, list-wrapped or under ``@graph`` /
``mainEntity``, markup inside rendered, a body repeated by two scripts taken once), but
only as a fallback: a page's description, ``og:description`` or a ``Question``'s text is
never taken for its body, and a declared body no longer than what the HTML gives changes
nothing (the HTML keeps its paragraphs, headings and lists).

Examples
--------
>>> html = ('<script type="application/ld+json">{"@type": "NewsArticle", '
...         '"articleBody": "One sentence here. <p>Another one.</p>"}</script>')
>>> from bs4 import BeautifulSoup
>>> declared_bodies(BeautifulSoup(html, "lxml"))
[['One sentence here.', 'Another one.']]
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from cleaner.ingest.html_layout import _weight_len

#: The drop rule of the lines the choice kept when the declared body is taken instead.
STRUCTURED_BODY = "extract.structured_body"
#: The schema.org properties whose value is the full text of the page's piece.
BODY_KEYS = ("articleBody", "reviewBody")
#: Containers a JSON-LD node nests its items in.
NESTS = ("@graph", "mainEntity")
#: At most this many JSON-LD scripts are read (a page carries a handful).
MAX_SCRIPTS = 20
#: The declared body is taken when the chosen content weighs less than this share of it
#: (:func:`~cleaner.ingest.html_layout._weight_len`): a chosen content of half the text
#: or more is a judgement the scoring made (a body the JSON repeats over pages, a
#: shortened one) and stays.
STRUCTURED_SHARE = 0.5
#: A declared body shorter than this weight is a teaser, not a body (~two sentences).
MIN_WEIGHT = 200
#: A declared body reads as prose: at least one sentence mark per this many characters.
CHARS_PER_SENTENCE = 300

_BLOCK_TAG = re.compile(
    r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?ol|/?blockquote|/?tr|/?table|/?section)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]*>")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_SENTENCE = re.compile(r"[。！？!?;；]|\.(?=\s|$|[\"”’)])")


def _walk(node: Any, out: list[str], depth: int = 0) -> None:
    if depth > 6:
        return
    for item in node if isinstance(node, list) else [node]:
        if not isinstance(item, dict):
            continue
        for key in BODY_KEYS:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                out.append(value)
        for nest in NESTS:
            if nest in item:
                _walk(item[nest], out, depth + 1)


def body_lines(raw: str) -> list[str]:
    """The lines of a declared body: markup inside it rendered (a block tag ends a line,
    other tags go), entities unescaped, blanks squashed.

    >>> body_lines("First &amp; best.<br>Second <b>line</b>.\\n\\nThird.")
    ['First & best.', 'Second line.', 'Third.']
    """
    text = unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", raw)))
    return [s for ln in text.split("\n") if (s := _WS.sub(" ", ln).strip())]


def declared_bodies(soup: Any) -> list[list[str]]:
    """Each distinct article body the page's JSON-LD declares, as lines (page order)."""
    found: list[str] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}, limit=MAX_SCRIPTS):
        raw = script.string or ""
        if not any(k in raw for k in BODY_KEYS):
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        _walk(data, found)
    out: list[list[str]] = []
    seen: set[str] = set()
    for raw in found:
        lines = body_lines(raw)
        key = " ".join(lines)
        if lines and key not in seen:
            seen.add(key)
            out.append(lines)
    return out


def _is_prose(lines: list[str]) -> bool:
    joined = "\n".join(lines)
    if _weight_len(joined) < MIN_WEIGHT:
        return False
    return len(_SENTENCE.findall(joined)) * CHARS_PER_SENTENCE >= len(joined)


def structured_body(soup: Any, body: str) -> list[str] | None:
    """The lines of the body the page declares, when the chosen ``body`` holds much less
    text than it (:data:`STRUCTURED_SHARE`) and it reads as prose; else ``None``.

    >>> from bs4 import BeautifulSoup
    >>> story = " ".join(f"Sentence number {i} of the story." for i in range(12))
    >>> page = ('<script type="application/ld+json">{"articleBody": "%s"}</script>'
    ...         '<h1>Headline</h1>' % story)
    >>> structured_body(BeautifulSoup(page, "lxml"), "Headline") == [story]
    True
    >>> structured_body(BeautifulSoup(page, "lxml"), story) is None
    True
    """
    bodies = [b for b in declared_bodies(soup) if _is_prose(b)]
    if not bodies:
        return None
    best = max(bodies, key=lambda b: _weight_len("\n".join(b)))
    if _weight_len(body) >= STRUCTURED_SHARE * _weight_len("\n".join(best)):
        return None
    return best
