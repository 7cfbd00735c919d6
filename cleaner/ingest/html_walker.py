"""Walking an HTML tree into lines, for :func:`cleaner.ingest.html_layout._walk`.

:class:`Walker` holds the walk's state and its steps: opening an element (is it laid
out at all, does it end a line, own lines as a block, open a link, a row, a heading,
post meta or a page control), closing it, and laying out a string of text on the
current line.  Which chrome encloses a line, and the rescues from it, are
:class:`~cleaner.ingest.html_walk_chrome.ChromeScope`'s.  When the walk is done,
:meth:`Walker.finish` counts on each line the characters of small post meta and page
controls, whose sizes are only known then.
"""

from __future__ import annotations

from typing import Any

from cleaner.ingest.html_elements import (
    _ENTRY,
    _ICONS,
    _NOT_ENTRY,
    Rules,
    _between_paragraphs,
    _chrome_named,
    _hidden,
    _is_attachment,
    _is_control,
    _shape,
    _text_link,
    _unseen,
    heading_badge,
    icon_glyphs,
)
from cleaner.ingest.html_layout import (
    _WS,
    BLOCK_TAGS,
    CELL_TAGS,
    CONTROL_MAX_CHARS,
    HEADINGS,
    MAX_TRACKED_DEPTH,
    META_MAX_CHARS,
    SECTIONING,
    _Block,
    _Line,
    plain_weight,
    repeated_items,
)
from cleaner.ingest.html_parting import MAX_CELL_CHARS, must_part
from cleaner.ingest.html_share_quote import quoted_share, share_label, shared_words
from cleaner.ingest.html_walk_chrome import (
    ATTACH,
    BADGE,
    CONTROL,
    FOCUS,
    FORM,
    HIDE,
    LABEL,
    META,
    OWNER,
    QUOTE,
    SECTION,
    SKIP,
    ChromeScope,
)

__all__ = ["Walker"]


class Walker:
    """The state of :func:`~cleaner.ingest.html_layout._walk` and its steps: opening an
    element, closing it, laying out a string.  The chrome around the position is
    :class:`ChromeScope`'s."""

    def __init__(self, root: Any, rules: Rules, focus: Any) -> None:
        self.rules = rules
        self.focus = focus
        self.lines: list[_Line] = []
        self.owners: list[int] = []
        self.blocks: dict[int, _Block] = {}
        self.state = {"link": 0, "pre": 0, "cells": 0, "heading": 0, "skip": 0, "focus": 0}
        self.state.update(sect=0, badge=0, label=0, focus=int(focus is None))
        # the words the open quotation links share, and every shared text quoted so far
        self.quotes: list[str] = []
        self.quoted: set[str] = set()
        self.scope = ChromeScope(root, rules, self.state)
        self.hidden: list[int] = []
        self.forms: list[int] = []
        self.interactive: set[int] = set()
        self.loose: list[tuple[int, ...]] = []
        self.meta: list[int] = []
        self.meta_size: dict[int, int] = {}
        self.meta_shape: dict[int, str] = {}
        self.control: list[int] = []
        self.control_size: dict[int, int] = {}
        self.cur = _Line([])
        # neighbouring inline elements (:mod:`cleaner.ingest.html_parting`): where each
        # open one starts in its line, and the last closed one (its line, parts, tag,
        # text) with the tag of the element opened right after it, before any text
        self.starts: dict[int, tuple[_Line, int]] = {}
        self.after: list[Any] = []

    def flush(self) -> None:
        if self.cur.chars:
            self.lines.append(self.cur)
        self.cur = _Line([])

    def add(self, s: str) -> None:
        """Lay ``s`` out on the current line."""
        _add(
            self.cur,
            s,
            self.state,
            self.owners,
            self.scope.chrome,
            self.meta,
            self.meta_size,
            self.hidden,
            self.forms,
        )
        _add_control(self.cur, s, self.state, self.control, self.control_size)

    def close(self, tag: Any, flags: int) -> None:
        """Close ``tag``, undoing what opening it pushed (``flags``)."""
        name, state, cur = tag.name, self.state, self.cur
        if flags & META:
            self.meta.pop()
        if flags & CONTROL:
            self.control.pop()
        if name in CELL_TAGS:
            cur.parts.append("\t")
        elif (start := self.starts.pop(id(tag), None)) and start[0] is cur:
            if len(cur.parts) > start[1]:
                left = _tail(cur.parts, start[1])
                self.after[:] = [cur, len(cur.parts), name, left, None] if left else []
        if name == "a":
            state["link"] -= 0 if flags & ATTACH else 1
            if flags & QUOTE:
                self.quotes.pop()
        elif name == "pre":
            state["pre"] -= 1
        elif name == "tr":
            state["cells"] -= 1
        elif name in HEADINGS:
            state["heading"] -= 1
        if name in BLOCK_TAGS or name == "br" or flags & (SKIP | HIDE | BADGE | LABEL):
            self.flush()
        if flags & BADGE:
            state["badge"] -= 1
        if flags & LABEL:
            state["label"] -= 1
        if flags & OWNER:
            self.owners.pop()
        self.scope.close(flags)
        if flags & HIDE:
            self.hidden.pop()
        if flags & FOCUS:
            state["focus"] -= 1
        if flags & SECTION:
            state["sect"] -= 1
        if flags & FORM:
            self.forms.pop()

    def text(self, s: str) -> None:
        """Lay out a string of the tree (white space collapsed outside ``<pre>``)."""
        cur, after = self.cur, self.after
        if not self.state["pre"]:
            s = _WS.sub(" ", s)
            if not cur.parts or cur.parts[-1].endswith((" ", "\t")):
                s = s.lstrip()
        if self.state["pre"] and "\n" in s:
            for k, piece in enumerate(s.split("\n")):
                if k:
                    self.flush()
                self.add(piece)
            return
        if after and after[4] and after[0] is cur and after[1] == len(cur.parts):
            if must_part(after[2], after[3], after[4], s):
                cur.parts.append(" ")
        if s:
            after.clear()
        self.add(s)

    def unseen(self, node: Any, name: str, hid: int) -> bool:
        """Whether ``node`` is not laid out: code, hidden, screen-reader text."""
        if name in self.rules.code_tags:
            return True
        # an inline element hidden until revealed is a tooltip, not a container
        if hid == 1 or (hid == 2 and name not in BLOCK_TAGS):
            return True
        # screen-reader text inside a line ('$9.00<span class=sr-only>Price')
        return bool(
            self.rules.unseen_classes and name not in BLOCK_TAGS and _unseen(node.attrs, self.rules)
        )

    def open(self, node: Any) -> int | None:
        """Open element ``node``: the flags to undo when it closes, ``None`` when it is
        not laid out."""
        rules, state, cur, name = self.rules, self.state, self.cur, node.name
        if name in _ICONS and not cur.chars and not icon_glyphs(node.get_text(strip=True)):
            cur.icon = True  # an icon font's <i> or an <svg> before a count ('👁 3573')
        hid = 0 if name in rules.code_tags else _hidden(node.attrs)
        if self.unseen(node, name, hid):
            return None
        if name == "br":
            self.flush()
            return None
        if name in _ENTRY and node.get("type", "text") not in _NOT_ENTRY:
            if self.forms:
                self.interactive.add(self.forms[0])
            else:
                self.loose.append(tuple(reversed(self.owners)))
        flags = 0
        if name == "form":
            flags |= FORM
            self.forms.append(id(node))
        flags |= self.scope.open_skip(node, name, block=name in BLOCK_TAGS, in_post=self._in_post)
        if hid:
            flags |= HIDE
            self.hidden.append(id(node))
        if state["heading"] and rules.badge_words and heading_badge(node, rules.badge_words):
            flags |= BADGE  # '<h2><span>Exclusive</span>Title</h2>': a line of its own
            state["badge"] += 1
        if name not in BLOCK_TAGS and self._share_label(node, name):
            flags |= LABEL  # a share button's label beside a quotation: a line of its own
            state["label"] += 1
        if node is self.focus:
            flags |= FOCUS
            state["focus"] += 1
        if name in SECTIONING:
            flags |= SECTION
            state["sect"] += 1
        if name not in BLOCK_TAGS and name not in CELL_TAGS and not flags & (SKIP | HIDE):
            self.starts[id(node)] = (cur, len(cur.parts))
            after = self.after
            if after and after[4] is None and after[0] is cur and after[1] == len(cur.parts):
                after[4] = name
        if name in BLOCK_TAGS or name in CELL_TAGS or flags & (SKIP | HIDE | BADGE | LABEL):
            flags = self.open_block(node, name, flags)
        return flags | self.open_inline(node, name)

    def _share_label(self, node: Any, name: str) -> bool:
        """Whether ``node`` is a share button's label (:func:`share_label`): inside a
        quotation's link, or a link sharing the words a quotation's link shared."""
        if self.quotes:
            return share_label(node, self.quotes[-1])
        if name == "a" and self.quoted and (shared := shared_words(node)) in self.quoted:
            return share_label(node, shared)
        return False

    def _in_post(self) -> bool:
        return any(self.blocks[o].comments for o in self.owners if o in self.blocks)

    def open_block(self, node: Any, name: str, flags: int) -> int:
        """Open a line-ending element (a block, a cell, a skip, hidden, badge or label
        element): its block, and the chrome its class/id names."""
        rules = self.rules
        if name in BLOCK_TAGS or flags & (SKIP | HIDE | BADGE | LABEL):
            self.flush()
        if name in BLOCK_TAGS and len(self.owners) < MAX_TRACKED_DEPTH:
            reader = str(node.attrs.get("id", "")).lower() in rules.reader_ids
            self.blocks[id(node)] = _Block(
                self.owners[-1] if self.owners else None,
                comments=reader
                or (
                    bool(rules.comment_tokens)
                    and _chrome_named(node.attrs, rules.comment_tokens, roles=False)
                ),
                body=str(node.attrs.get("itemprop", "")).lower() == "articlebody",
                shape=_shape(name, node.attrs),
                tag=name,
                reader=reader,
            )
            self.owners.append(id(node))
            flags |= OWNER
        flags |= self.scope.open_named(node, name)
        return self.scope.open_lede(node, name, flags)

    def open_inline(self, node: Any, name: str) -> int:
        """Open what any element may be: a link, ``<pre>``, a row, a heading, post meta,
        a page control."""
        rules, state, flags = self.rules, self.state, 0
        if name == "a":
            if _is_attachment(node, rules.attachment) or _text_link(node):
                flags |= ATTACH
            elif not state["label"] and (shared := quoted_share(node)):
                flags |= ATTACH | QUOTE  # a quotation the article shares (html_share_quote)
                self.quotes.append(shared)
                self.quoted.add(shared)
            else:
                state["link"] += 1
        elif name == "pre":
            state["pre"] += 1
        elif name == "tr":
            state["cells"] += 1
        elif name in HEADINGS:
            state["heading"] += 1
        if (
            rules.meta_tokens
            and name not in ("body", "html", "main", "article")
            and ("class" in node.attrs or "id" in node.attrs)
            and _chrome_named(node.attrs, rules.meta_tokens, roles=False)
            and not (name == "table" and _between_paragraphs(node))
        ):
            self.meta.append(id(node))
            self.meta_shape[id(node)] = _shape(name, node.attrs)
            flags |= META
        if _is_control(name, node.attrs, rules.control_tokens):
            self.control.append(id(node))
            flags |= CONTROL
        return flags

    def finish(self) -> None:
        """Count post meta and controls on the lines, now that their sizes are known.

        Post-meta is small: a "user-content" or "post-author-and-body" wrapper is not,
        nor are the repeated items holding most of the page's text (every post's text
        box)."""
        self.flush()
        meta_weight: dict[int, float] = {}
        rest = 0.0
        for ln in self.lines:
            if ln.skip or not (unit := plain_weight(ln, ln.text())):
                continue
            if not ln.meta_runs and not ln.chrome:
                rest += unit * ln.chars
            for m, n in ln.meta_runs:
                meta_weight[m] = meta_weight.get(m, 0.0) + unit * n
        posts = repeated_items(meta_weight, self.meta_shape, rest)
        for ln in self.lines:
            if ln.meta_runs:
                ln.meta_chars = sum(
                    n
                    for m, n in ln.meta_runs
                    if self.meta_size[m] <= META_MAX_CHARS and m not in posts
                )
            if ln.control_runs:
                ln.control_chars = sum(
                    n for c, n in ln.control_runs if self.control_size[c] <= CONTROL_MAX_CHARS
                )


def _tail(parts: list[str], start: int) -> str:
    """The text of ``parts[start:]`` (an inline element's), or ``""`` when it is longer
    than a cell (:data:`~cleaner.ingest.html_parting.MAX_CELL_CHARS`) or does not end in a
    digit: read backwards, so a long element costs no more than a short one."""
    if not parts[-1][-1:].isdigit():
        return ""
    out: list[str] = []
    n = 0
    for k in range(len(parts) - 1, start - 1, -1):
        out.append(parts[k])
        n += len(parts[k])
        if n > MAX_CELL_CHARS:
            return ""
    return "".join(reversed(out))


def _add_control(
    cur: _Line, s: str, state: dict[str, int], control: list[int], size: dict[int, int]
) -> None:
    """Count the characters of ``s`` that lie inside page controls (innermost first)."""
    n = len(s.strip())
    if control and n and not state["skip"]:
        cur.control_runs.append((control[-1], n))
        for c in control:
            size[c] = size.get(c, 0) + n


def _add(
    cur: _Line,
    s: str,
    state: dict[str, int],
    owners: list[int],
    chrome: list[int],
    meta: list[int],
    meta_size: dict[int, int],
    hidden: list[int],
    forms: list[int],
) -> None:
    if not s:
        return
    if not cur.chars and s.strip():
        cur.owners = tuple(owners)
        cur.chrome = tuple(chrome)
        cur.heading = bool(state["heading"])
        cur.cells = bool(state["cells"])
        cur.skip = bool(state["skip"])
        cur.badge = bool(state["badge"])
        cur.label = bool(state["label"])
        cur.hidden = hidden[0] if hidden else 0
        cur.focus = bool(state["focus"])
        cur.form = forms[0] if forms else 0
    cur.parts.append(s)
    n = len(s.strip()) if s.strip() else 0
    cur.chars += n
    if state["link"]:
        cur.link_chars += n
    # chrome tags inside a meta bar were not walked when post meta was measured: skip them
    if meta and n and not state["skip"]:
        cur.meta_runs.append((meta[-1], n))
        for m in meta:
            meta_size[m] = meta_size.get(m, 0) + n
