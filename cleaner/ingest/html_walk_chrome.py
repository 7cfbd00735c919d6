"""The site chrome around the lines of :func:`cleaner.ingest.html_layout._walk`.

As the walk opens an element it decides whether the element is site chrome, and whether
some part of the chrome is content after all; :class:`ChromeScope` holds those
decisions while the element is open and undoes them when it closes:

- a skip tag (``nav``, ``footer``, form controls: ``[skip_tags]``) marks its lines
  ``skip``, except a ``<header>`` inside ``<article>``/``<main>`` (the article's own
  header) and a post quoted in a post's footer (:mod:`cleaner.ingest.html_quoted`),
  which lifts the skip tags around it, and a pull quote set among the article's
  paragraphs whose words the text prints nowhere else (:mod:`cleaner.ingest.html_pull_quote`);
- a block whose class/id names site chrome (``[[chrome]]``) is recorded on its lines,
  except a part of a headline box, or the box itself, whose headline goes with its prose
  (:mod:`cleaner.ingest.html_headed`);
- an article's standfirst in a chrome-named header box (:mod:`cleaner.ingest.html_lede`)
  sets the chrome around it aside.

Each decision returns the flags (:data:`SKIP`, :data:`CHROME` …) the walk keeps with
the element, for :meth:`ChromeScope.close`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from cleaner.ingest.html_elements import (
    _CHROME_ROLES,
    Rules,
    _between_paragraphs,
    _names_chrome,
)
from cleaner.ingest.html_headed import chrome_words, headed_part, headed_prose, page_title
from cleaner.ingest.html_lede import lede
from cleaner.ingest.html_pull_quote import pull_quote
from cleaner.ingest.html_quoted import quoted_post

__all__ = ["ChromeScope"]

# flags of a "close" item of the walk: what opening the element pushed
OWNER, CHROME, META, SKIP, HIDE, FOCUS, SECTION, FORM = 1, 2, 4, 8, 16, 32, 64, 128
CONTROL, ATTACH, BADGE, HEADED, UNSKIP = 256, 512, 1024, 2048, 4096
LEDE = 8192
LABEL, QUOTE = 16384, 32768  # a share button's label; a quotation's link (html_share_quote)

#: Tags never named as chrome: the page's own frame.
_FRAME = ("body", "html", "main", "article")
#: A table of data has at least this many rows of two or more cells.
TEXT_TABLE_MIN_ROWS = 2


def text_table(node: Any) -> bool:
    """Whether ``node`` is a table of data the text sets among its paragraphs, whatever
    its class names (``<table class="menu">`` of a canteen's dishes): a ``<table>``
    between two paragraphs of words (:func:`~cleaner.ingest.html_elements._between_paragraphs`)
    with at least :data:`TEXT_TABLE_MIN_ROWS` rows of two or more cells and not one link.
    A site's menu or link table leads elsewhere; a table of facts does not."""
    if getattr(node, "name", None) != "table" or node.find("a") is not None:
        return False
    rows = [tr for tr in node.find_all("tr") if len(tr.find_all(("td", "th"))) >= 2]
    return len(rows) >= TEXT_TABLE_MIN_ROWS and _between_paragraphs(node)


#: Chrome-named elements tracked at most, nested (pathological pages).
_MAX_CHROME = 8


@dataclass(slots=True)
class ChromeScope:
    """The chrome open around the walk's position.  ``state`` is the walk's counter
    table, shared: its ``skip`` (skip tags open) and ``sect`` (``article``/``main``
    open) are read and kept here."""

    root: Any
    rules: Rules
    state: dict[str, int]
    chrome: list[int] = field(default_factory=list)  # ids of the chrome-named elements open
    chrome_els: list[Any] = field(default_factory=list)  # the elements themselves (html_lede)
    unchromes: list[tuple[list[int], list[Any]]] = field(default_factory=list)  # around a lede
    skips: list[str] = field(default_factory=list)  # the skip tags open, outermost first
    unskips: list[tuple[int, list[str]]] = field(default_factory=list)  # set aside (quoted)
    headed: list[frozenset[str]] = field(default_factory=list)  # headline boxes' chrome words
    title: str | None = None  # the document's title (html_headed), looked up when needed

    def _title(self) -> str:
        if self.title is None:
            self.title = page_title(self.root)
        return self.title

    def open_skip(self, node: Any, name: str, *, block: bool, in_post: Callable[[], bool]) -> int:
        """Open a skip tag, or a post quoted inside one (``block``: a block element;
        ``in_post``: whether a post is open around it)."""
        state = self.state
        if (
            name in self.rules.skip_tags
            and not (name == "header" and state["sect"])
            and not (name == "aside" and not state["skip"] and pull_quote(node))
        ):
            state["skip"] += 1
            self.skips.append(name)
            return SKIP
        if state["skip"] and block and quoted_post(node, self.skips, self.rules, in_post=in_post()):
            # a post quoted in a post's footer is content (html_quoted)
            self.unskips.append((state["skip"], self.skips[:]))
            state["skip"] = 0
            self.skips.clear()
            return UNSKIP
        return 0

    def open_named(self, node: Any, name: str) -> int:
        """Open an element whose class/id may name site chrome (a block, a cell, a skip
        or hidden element)."""
        rules = self.rules
        if (
            name in _FRAME
            or len(self.chrome) >= _MAX_CHROME
            or not _names_chrome(node.attrs, rules, partial(node.get_text, " "))
        ):
            return 0
        if node.attrs.get("role") in _CHROME_ROLES:
            return self._push(node)
        if text_table(node):
            return 0  # a table of data the text sets among its paragraphs
        title = self._title()
        if self.headed and headed_part(node, self.headed[-1], rules.chrome_tokens):
            return 0  # a part of a headline box (html_headed)
        if headed_prose(node, title):
            self.headed.append(chrome_words(node.attrs, rules.chrome_tokens))
            return HEADED  # the headline and prose (html_headed)
        return self._push(node)

    def _push(self, node: Any) -> int:
        self.chrome.append(id(node))
        self.chrome_els.append(node)
        return CHROME

    def open_lede(self, node: Any, name: str, flags: int) -> int:
        """``flags`` as they stand after an article's standfirst in a chrome-named header
        box (html_lede) opens: the chrome around it set aside."""
        rules = self.rules
        if not (
            self.chrome
            and self.state["sect"]
            and name in ("p", "div")
            and rules.header_words
            and lede(node, self.chrome_els, rules.header_words, rules.chrome_tokens, self._title())
        ):
            return flags
        # an article's standfirst in its header box is content (html_lede)
        if flags & CHROME:
            self.chrome.pop()
            self.chrome_els.pop()
            flags &= ~CHROME
        self.unchromes.append((self.chrome[:], self.chrome_els[:]))
        self.chrome.clear()
        self.chrome_els.clear()
        return flags | LEDE

    def close(self, flags: int) -> None:
        """Undo what opening an element pushed (``flags``)."""
        if flags & CHROME:
            self.chrome.pop()
            self.chrome_els.pop()
        if flags & LEDE:
            self.chrome[:], self.chrome_els[:] = self.unchromes.pop()
        if flags & HEADED:
            self.headed.pop()
        if flags & SKIP:
            self.state["skip"] -= 1
            self.skips.pop()
        if flags & UNSKIP:
            self.state["skip"], self.skips[:] = self.unskips.pop()
