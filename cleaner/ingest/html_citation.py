"""A citation of the article's source: kept, though the block around it names chrome.

A science-news page closes its article with the study it reports on, in the same box as
its share bar and its "Explore further" link (``<div class="article-main__more">``, a
class word of a related-links list): "More information: G. Someone et al. A title,
*Journal* (2019). DOI: 10.1000/xyz".  The box is chrome and goes (``extract.chrome_named``),
but that line is the article's own reference, the one thing a reader needs to find the
study, and went with it.

Such a line is told by what no share bar, menu or teaser holds (:func:`cited_source`):

* a DOI, behind its label or its resolver (``DOI: 10.1000/xyz``, ``doi.org/10.1000/xyz``), or
* a reference label (:data:`LABELS`: "More information:", "Journal information:") opening
  a reference: a year as references print it (``(2019)``, ``, 2019.``), at least
  :data:`MIN_WORDS` words and :data:`MIN_PARTS` parts set off by commas or full stops
  (authors, a title, a journal).

"More information: call us on 020 7946 2019" (no year as a reference prints it) and a
bare "More information" link stay chrome.

>>> cited_source("More information: G. Someone et al. A study of reefs, Sea Journal "
...     "(2019). DOI: 10.1000/sj.2019.42")
True
>>> cited_source("More information: A. Reed, B. Moss. Tides of the north, Coast (2018).")
True
>>> cited_source("https://doi.org/10.5555/abc-123")
True
>>> cited_source("More information: call us on 020 7946 2019")
False
>>> cited_source("Explore further")
False
"""

from __future__ import annotations

import re

#: Labels that open a reference to the article's source, lowercased.
LABELS = (
    "more information",
    "journal information",
    "journal reference",
    "original publication",
    "reference",
    "references",
)
#: A labelled reference has at least this many words after its label ...
MIN_WORDS = 5
#: ... in at least this many parts set off by commas or full stops (authors, title, journal).
MIN_PARTS = 3

#: A DOI behind its label or its resolver's address (Crossref's pattern for the suffix).
_DOI = re.compile(r"\bdoi(?:\.org/|:\s*|\s+)10\.\d{4,9}/[-._;()/:a-z0-9]+", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(" + "|".join(map(re.escape, LABELS)) + r")\s*[:：]\s*", re.IGNORECASE)
#: A year as a reference prints it: in brackets, or after a comma or full stop and closing
#: its part.
_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)|[.,]\s+(?:19|20)\d\d[a-z]?(?=[.,;)]|\s*$)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PART = re.compile(r"[.,;](?:\s|$)")


def cited_source(text: str) -> bool:
    """Whether the line cites the article's source: a DOI, or a reference label opening
    authors, a title and a year (see the module's docstring)."""
    if _DOI.search(text):
        return True
    m = _LABEL.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    if not _YEAR.search(rest) or len(_WORD.findall(rest)) < MIN_WORDS:
        return False
    return len([p for p in _PART.split(rest) if p.strip()]) >= MIN_PARTS
