"""What an HTML page declares about itself outside its text: publish date, site name, h1.

Only 1 of 75 real HTML pages got a publish date when dates were looked for in the text
alone; news and CMS pages declare it in ``<meta>`` tags (``article:published_time``,
``pubdate``, ``DC.date`` …), in JSON-LD (``datePublished``) or in ``<time datetime>``.
The split stage receives these as :class:`~cleaner.stages.split_titles.PageHints`.
"""

from __future__ import annotations

import re
from typing import Any

_WS = re.compile(r"\s+")

#: <meta> tags that carry a page's publish date, most specific first
_DATE_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "PubDate"),
    ("name", "publish_date"),
    ("property", "og:published_time"),
    ("property", "og:release_date"),
    ("name", "DC.date"),
    ("name", "DC.date.issued"),
    ("name", "dcterms.date"),
    ("name", "date"),
)
_ISO_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _ymd(value: str) -> str | None:
    m = _ISO_DATE.search(value)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def head_meta(soup: Any) -> dict[str, str]:
    """What the page declares outside its text: ``published`` (YYYY-MM-DD, from
    ``<meta>`` date tags, JSON-LD ``datePublished`` or the first ``<time datetime>``),
    ``site_name`` (``og:site_name``) and ``h1`` (the first heading)."""
    out: dict[str, str] = {}
    for attr, name in _DATE_META:
        tag = soup.find("meta", attrs={attr: name})
        if tag is not None and tag.get("content"):
            date = _ymd(str(tag["content"]))
            if date:
                out["published"] = date
                break
    if "published" not in out:
        for script in soup.find_all("script", attrs={"type": "application/ld+json"}, limit=5):
            m = _LD_DATE.search(script.string or "")
            date = _ymd(m.group(1)) if m else None
            if date:
                out["published"] = date
                break
    if "published" not in out:
        t = soup.find("time", attrs={"datetime": True})
        date = _ymd(str(t["datetime"])) if t is not None else None
        if date:
            out["published"] = date
    tag = soup.find("meta", attrs={"property": "og:site_name"})
    if tag is not None and tag.get("content"):
        out["site_name"] = _WS.sub(" ", str(tag["content"])).strip()
    h1 = soup.find("h1")
    if h1 is not None:
        text = _WS.sub(" ", h1.get_text(" ")).strip()
        if text:
            out["h1"] = text
    return out
