"""A quotation the article offers to share: its words kept, the share button's label not.

Blogs set a sentence of the article in a "click to tweet" box: the sentence is a link to a
share form that carries the same words in its address
(``<a href="https://twitter.com/share?text=Every+shop+keeps+its+own+clock."><span>Every
shop keeps its own clock.</span><span>Click To Tweet</span></a>``).  The sentence is
written nowhere else on the page, yet all of its characters are link text, so the line was
dropped as a link list (``extract.link_list``) and a sentence of the article went with it.

Such a link is told apart by what no menu item, tag or related headline has: its address
carries, in a share parameter (:data:`SHARE_KEYS`), the words the link shows (most of
them, :data:`MIN_ECHO`: the tweet may be worded a little apart), and they are a sentence's
worth (:data:`MIN_QUOTE_WORDS` words or :data:`MIN_QUOTE_HAN` Han characters) ending
as a sentence does.  Its words count as text (:func:`quoted_share`).  The button's label beside
them ("Click To Tweet", "分享到微博"), inside that link or in a link to the same share
address, is a line of its own, a page control (``extract.controls``, :func:`share_label`).
A share bar's "Tweet" link, whose address carries the page's title and shows none of it,
is no quotation and is left as it was.

>>> from bs4 import BeautifulSoup
>>> a = BeautifulSoup('<a href="https://x.example/share?text=Every+shop+keeps+its+own'
...     '+clock+running.&via=me"><span>Every shop keeps its own clock running.</span>'
...     '<span>Click To Tweet</span></a>', "lxml").a
>>> quoted_share(a)
'every shop keeps its own clock running.'
>>> [share_label(s, quoted_share(a) or "") for s in a.find_all("span")]
[False, True]
>>> quoted_share(BeautifulSoup('<a href="/share?text=Ten+harbour+facts">Tweet</a>', "lxml").a)
>>> quoted_share(BeautifulSoup('<a href="/p?text=Ten+ways+the+harbour+changed+its+skyline">'
...     'Ten ways the harbour changed its skyline</a>', "lxml").a)
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

#: Query parameters of a share form that carry the words to share.
#: (Not ``title``: what a link shares under it is a page's title, a headline, no quotation.)
SHARE_KEYS = frozenset(("text", "quote", "status", "summary", "content", "desc"))
#: A quotation is a sentence: at least this many words of Latin script ...
MIN_QUOTE_WORDS = 5
#: ... or this many Han characters.
MIN_QUOTE_HAN = 10
#: The link's text is the shared words when at least this share of its words are in them.
MIN_ECHO = 0.7
#: A share button's label is short: at most this many characters ...
MAX_LABEL_CHARS = 30
#: ... and at most this share of its words are shared ones ('Click To Tweet').
MAX_LABEL_ECHO = 0.34

_WS = re.compile(r"\s+")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_END = re.compile(r"[.!?。！？…](?:[\"'”’」』)）\]]*)\s*$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})


def _norm(s: str) -> str:
    return _WS.sub(" ", s.translate(_QUOTES)).strip().casefold()


def shared_words(node: Any) -> str:
    """The words the link's address offers to share (normalised), ``""`` when none."""
    href = node.get("href") or ""
    if not isinstance(href, str) or "?" not in href or "=" not in href:
        return ""
    try:
        query = urlsplit(href).query
    except ValueError:
        return ""
    return " ".join(_norm(v) for k, v in parse_qsl(query) if k.casefold() in SHARE_KEYS)


def _sentence(s: str) -> bool:
    return len(_HAN.findall(s)) >= MIN_QUOTE_HAN or len(_WORD.findall(s)) >= MIN_QUOTE_WORDS


def _ends(s: str) -> bool:
    """Whether ``s`` ends as a sentence does (a headline does not)."""
    return _END.search(s) is not None


def _tokens(s: str) -> list[str]:
    """Words of Latin script and Han characters one by one (normalised)."""
    return _WORD.findall(s) + _HAN.findall(s)


def echo(text: str, shared: str) -> float:
    """The share of ``text``'s words (Han characters one by one) that ``shared`` holds."""
    words = _tokens(_norm(text))
    if not words:
        return 0.0
    have = set(_tokens(shared))
    return sum(w in have for w in words) / len(words)


def quoted_share(node: Any) -> str | None:
    """The words an ``<a>`` shares (normalised) when it shows them: its text is a
    sentence's worth and at least :data:`MIN_ECHO` of its words are in its address's share
    parameter (a writer may word the tweet a little apart from the box); else ``None``."""
    shared = shared_words(node)
    if not shared or not _sentence(shared):
        return None
    text = node.get_text(" ")
    if not _sentence(_norm(text)) or echo(text, shared) < MIN_ECHO:
        return None
    # the quotation ends as a sentence: its last string of shared words (a button's
    # label after it is none)
    said = [t for t in node.strings if _tokens(_norm(t)) and echo(t, shared) > MAX_LABEL_ECHO]
    return shared if said and _ends(said[-1]) else None


def share_label(node: Any, shared: str) -> bool:
    """Whether ``node``, inside a quotation's link (or a link sharing the same words), is
    the share button's label: short, and (almost) none of the shared words."""
    text = node.get_text(" ")
    if not _tokens(_norm(text)) or len(_norm(text)) > MAX_LABEL_CHARS:
        return False
    return echo(text, shared) <= MAX_LABEL_ECHO
