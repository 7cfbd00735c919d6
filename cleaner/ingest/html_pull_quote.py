"""A pull quote set among an article's paragraphs, for :mod:`cleaner.ingest.html_layout`.

News and blog templates set a quotation in large type between two paragraphs of the
story, in an ``<aside>`` (Kinja's ``<aside><span>“…”</span></aside>``, WordPress's
``<aside class="pullquote">``).  ``aside`` is site chrome by definition (``[skip_tags]
chrome`` of ``rules/html_extract.toml``), so the quotation was dropped with the sidebars.
Often the quotation repeats a sentence of the text (dropping that copy loses nothing);
sometimes it is the only place the page prints those words (a source's remark the story
does not repeat), and then dropping it loses the article's text without a trace.

:func:`pull_quote` tells such an aside from a sidebar by structure and by the text around
it, never by its words:

* it stands among the article's paragraphs: the nearest element with words on each side
  is a ``<p>`` (empty ad slots between are passed over), as in
  :func:`~cleaner.ingest.html_elements._between_paragraphs`;
* it holds one short passage of plain text (:data:`MIN_CHARS`-:data:`MAX_CHARS`
  characters) that closes as a sentence or a quotation does, and nothing a sidebar
  holds: no link, image, list, table, heading, form control or media;
* the paragraphs beside it (its parent's) do not print its words (less than
  :data:`COPY_SHARE` of its runs of three words): a copy of a sentence of the text,
  trimmed or not, stays dropped, recorded as ``extract.skip_tag`` as before.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from cleaner.ingest.html_elements import beside

__all__ = ["COPY_SHARE", "MAX_CHARS", "MIN_CHARS", "pull_quote"]

#: A pull quote is a sentence or two: at least this many characters (a label such as
#: "Advertisement" or "Related" is shorter) …
MIN_CHARS = 20
#: … and at most this many (a sidebar's box of text is longer).
MAX_CHARS = 400
#: Elements a sidebar holds and a pull quote does not.
_SIDEBAR_PARTS = (
    "a", "img", "picture", "video", "audio", "iframe", "ul", "ol", "dl", "table", "form",
    "input", "button", "select", "textarea", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
    "nav",
)  # fmt: skip
#: How a sentence or a quotation closes.
_CLOSES = tuple(".!?。！？…”\"’'」』»›)）")
_SPACE = re.compile(r"\s+")
#: A word: a Han character alone, else a run of letters and digits.
_TOKEN = re.compile(r"[\u3400-\u9fff]|[^\W_]+")
#: Words compared in runs of this many …
_RUN = 3
#: … and a quote whose runs stand in the paragraphs beside it at this share or more is a
#: copy of the text (a pull quote is often trimmed or cut with an ellipsis).
COPY_SHARE = 0.5


def _runs(text: str) -> set[tuple[str, ...]]:
    """The runs of :data:`_RUN` words of ``text``, case folded (punctuation left out)."""
    words = _TOKEN.findall(text.casefold())
    return {tuple(words[i : i + _RUN]) for i in range(max(1, len(words) - _RUN + 1))}


# the last parent asked about and its paragraphs' runs (each paragraph's counted once):
# the walk asks every aside of a parent, so its paragraphs are read once, not once an
# aside (a parent of 4,000 asides took 148 s).  The parent itself is held, so its id
# is never another's; the tree is not changed while it is walked.
_LAST: list[tuple[Any, Counter[tuple[str, ...]]]] = []


def _paragraph_runs(parent: Any) -> Counter[tuple[str, ...]]:
    """How many of ``parent``'s ``<p>`` elements hold each run of words."""
    if _LAST and _LAST[0][0] is parent:
        return _LAST[0][1]
    runs: Counter[tuple[str, ...]] = Counter()
    for p in parent.find_all("p"):
        runs.update(_runs(p.get_text(" ")))
    _LAST[:] = [(parent, runs)]
    return runs


def pull_quote(node: Any) -> bool:
    """Whether the ``<aside>`` ``node`` is a pull quote whose words the text does not
    print elsewhere (module doc).

    >>> from bs4 import BeautifulSoup
    >>> def aside(html):
    ...     return BeautifulSoup(html, "lxml").aside
    >>> p1 = "<p>The doctor heard the story over the phone and asked about the bedding.</p>"
    >>> p2 = "<p>He suggested a test, and the result came back a week later.</p>"
    >>> quote = "<aside><span>“The body overreacts to harmless dust.”</span></aside>"
    >>> pull_quote(aside(p1 + quote + "<div class=ad></div>" + p2))
    True
    >>> copy = "<aside><p>“He suggested a test, and the result came back.”</p></aside>"
    >>> pull_quote(aside(p1 + copy + p2))  # a copy of the text's own sentence
    False
    >>> link = "<aside><a href=/x>“A related story with a long headline here.”</a></aside>"
    >>> pull_quote(aside(p1 + link + p2))
    False
    >>> pull_quote(aside(quote + p2))  # no paragraph above: a sidebar
    False
    """
    if getattr(node, "name", None) != "aside":
        return False
    text = _SPACE.sub(" ", node.get_text(" ")).strip()
    if not MIN_CHARS <= len(text) <= MAX_CHARS or not text.endswith(_CLOSES):
        return False
    if node.find(_SIDEBAR_PARTS) is not None:
        return False
    above = beside(node, forward=False, pass_empty=True)
    below = beside(node, forward=True, pass_empty=True)
    if above is None or below is None or above.name != "p" or below.name != "p":
        return False
    runs = _runs(text)
    parent = node.parent
    if parent is None:
        return 0 < COPY_SHARE * len(runs)
    # the runs of the paragraphs beside it: its parent's, less those inside the aside
    around = _paragraph_runs(parent)
    inside: Counter[tuple[str, ...]] = Counter()
    for p in node.find_all("p"):
        inside.update(_runs(p.get_text(" ")))
    seen = sum(1 for r in runs if around[r] > inside[r])
    return seen < COPY_SHARE * len(runs)
