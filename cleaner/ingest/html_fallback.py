"""The fallbacks of :mod:`cleaner.ingest.html`, and the per-line drop reasons they and
the main choice share.

After trafilatura's ``compare_extraction``: when the content chosen by weight keeps a
small share of the page (:data:`FALLBACK_SHARE`), is short (:data:`SHORT_BODY_WEIGHT`),
or a revealable hidden block holds most of the page, other candidates are tried, and one
is taken only when it is clearly better (:data:`CLEARLY_BETTER` times the text, and
shaped like prose, :func:`_is_prose`).  The candidates (``hidden_container``,
``chrome_named_prose``, ``densest_block``) are described in :mod:`cleaner.ingest.html`.

:class:`_Page` holds a laid-out page (:mod:`cleaner.ingest.html_layout`) and gives, for
a choice of content, the rule that drops each line (:data:`cleaner.ingest.html.DROP_RULES`)
or :data:`_UNSEEN` for a line that is not part of what a reader sees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cleaner.ingest.html_citation import cited_source
from cleaner.ingest.html_controls import _is_controls, credit_line
from cleaner.ingest.html_layout import (
    MAX_LINK_DENSITY,
    _Block,
    _is_meta,
    _Line,
    _weight_len,
)
from cleaner.stages.split_rows import signed_off

#: Leave post-meta lines out of the extracted text.
DROP_META = True

#: The fallbacks are tried when the body keeps less than this share of the visible text.
#: Measured on the tune halves of the bench sets (43 pages, hash 0-7): the share kept has
#: its 10th percentile at 0.24 (news pages with long menus and comment lists) and only two
#: pages fall below 0.15, a forum stub (0.02) and a news page whose long footer dwarfs
#: a right extraction (0.06, F1 1.0; no candidate is clearly better, so it is untouched).
FALLBACK_SHARE = 0.15
#: A fallback is taken only when its text is at least this many times the body's: two
#: candidates of similar size are a judgement call the scoring already made.
CLEARLY_BETTER = 2.0
#: A revealable hidden block is a candidate when it holds at least this share of all the
#: text of the page, hidden or not (the WeChat body is ~90 % of it).
HIDDEN_MIN_SHARE = 0.5
#: Prose, for the fallbacks: at least this many characters (a Han character counts
#: :data:`~cleaner.ingest.html_layout.HAN_WEIGHT` times: ~70 Chinese characters or two
#: English sentences) ...
PROSE_MIN_WEIGHT = 200
#: ... at most this share of link text ...
PROSE_MAX_LINK_DENSITY = 0.2
#: ... and at least one sentence mark (。！？.!?;；) per this many characters.
PROSE_CHARS_PER_SENTENCE = 200
#: ``densest_block`` is also tried when the body is shorter than this (weighed as
#: :func:`_weight_len`): an author bio or a teaser list is a paragraph or two, ~300-600
#: letters, an article that loses to one is rarely much longer.
SHORT_BODY_WEIGHT = 800

_SENTENCE = re.compile(r"[。！？!?;；]|\.(?=\s|$)")


def _is_prose(lines: list[_Line], texts: list[str]) -> bool:
    """Whether the lines read as running text: long enough, few links, sentences."""
    chars = sum(ln.chars for ln in lines)
    links = sum(ln.link_chars for ln in lines)
    if not chars or links > PROSE_MAX_LINK_DENSITY * chars:
        return False
    joined = "\n".join(texts)
    if _weight_len(joined) < PROSE_MIN_WEIGHT:
        return False
    return len(_SENTENCE.findall(joined)) * PROSE_CHARS_PER_SENTENCE >= chars


def _short_prose(lines: list[_Line], texts: list[str]) -> bool:
    """Whether short lines read as the text of a post: a sentence mark, few links."""
    chars = sum(ln.chars for ln in lines)
    links = sum(ln.link_chars for ln in lines)
    if not chars or links > PROSE_MAX_LINK_DENSITY * chars:
        return False
    return _SENTENCE.search("\n".join(texts)) is not None


#: Reason of a line that is not part of ``visible`` (no text, or hidden and not chosen).
_UNSEEN = ""


@dataclass(slots=True)
class _Page:
    """A laid-out page and the per-line facts every choice of content reuses."""

    lines: list[_Line]
    texts: list[str]
    line_chrome: list[bool]  # matches a [[chrome_lines]] pattern
    site: bool  # a site selector chose the content

    def reasons(
        self, group: set[int], chrome_ok: set[int], shown_hidden: int = 0
    ) -> list[str | None]:
        """Per line: :data:`_UNSEEN`, the id of the rule that drops it, or None (kept)."""
        out: list[str | None] = []
        for ln, t, lc in zip(self.lines, self.texts, self.line_chrome, strict=True):
            if not t or (ln.hidden and ln.hidden != shown_hidden):
                out.append(_UNSEEN)
            elif ln.skip:
                out.append("extract.skip_tag")
            elif ln.badge:
                out.append("extract.heading_badge")
            elif ln.label:
                out.append("extract.controls")  # a share button's label (html_share_quote)
            elif not ln.focus:
                out.append("extract.site_selector")
            elif not self.site and not chrome_ok.isdisjoint(ln.chrome) and not cited_source(t):
                # (a citation of the article's source in a box named as chrome, 'More
                # information: … (2019). DOI: …': the article's reference, judged as text)
                out.append("extract.chrome_named")
            elif lc:
                out.append("extract.chrome_line")
            elif self.site:
                out.append(None)
            elif group.isdisjoint(ln.owners):
                out.append("extract.outside_main")
            elif DROP_META and _is_meta(ln) and not signed_off(t):
                # (a letter's sign-off in a box named like a forum's signature, '某某有限
                # 公司谨启': the notice's own closing line and its issuer, kept)
                out.append("extract.post_meta")
            # a credit ('Fotos: Sophia Mahnert', its name a link) is neither
            elif _is_controls(ln, t):
                out.append(None if credit_line(t) else "extract.controls")
            elif ln.link_chars > MAX_LINK_DENSITY * max(1, ln.chars) and not ln.heading:
                out.append(None if credit_line(t) else "extract.link_list")
            else:
                out.append(None)
        return out

    def body(self, reasons: list[str | None]) -> str:
        return "\n".join(t for t, r in zip(self.texts, reasons, strict=True) if r is None)

    def kept_chars(self, reasons: list[str | None]) -> int:
        return sum(ln.chars for ln, r in zip(self.lines, reasons, strict=True) if r is None)


def _fallback(
    page: _Page,
    blocks: dict[int, _Block],
    use: list[bool],
    chrome_ok: set[int],
    reasons: list[str | None],
    score: dict[int, float],
    choose: Callable[[set[int]], list[str | None]],
) -> tuple[str, list[str | None]] | None:
    """A clearly better choice of content than ``reasons``, and its name, if any.

    ``choose(chrome_ok)`` gives the reasons per line for the max-weight container when
    only the elements in ``chrome_ok`` count as chrome (the selection lives in
    :mod:`cleaner.ingest.html`, which calls this module).
    """
    lines, texts = page.lines, page.texts
    kept = page.kept_chars(reasons)
    seen = sum(ln.chars for ln, r in zip(lines, reasons, strict=True) if r != _UNSEEN)
    # a block hidden until a script reveals it, holding most of the page's text
    hidden: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.hidden and texts[i]:
            hidden.setdefault(ln.hidden, []).append(i)
    if hidden:
        h, idx = max(hidden.items(), key=lambda kv: sum(lines[i].chars for i in kv[1]))
        size = sum(lines[i].chars for i in idx)
        if (
            h in blocks
            and size >= HIDDEN_MIN_SHARE * (seen + size)
            and size >= CLEARLY_BETTER * kept
            and _is_prose([lines[i] for i in idx], [texts[i] for i in idx])
        ):
            return "hidden_container", page.reasons({h}, chrome_ok, shown_hidden=h)
        if (
            h in blocks
            and _weight_len(page.body(reasons)) < PROSE_MIN_WEIGHT
            and size > kept
            and _short_prose([lines[i] for i in idx], [texts[i] for i in idx])
        ):
            # a short post hidden until a script reveals it (an image post's caption)
            # over a page that shows nothing but its head: revealed, not lost
            return "hidden_short", page.reasons({h}, chrome_ok, shown_hidden=h)
    if kept >= FALLBACK_SHARE * seen:
        if _weight_len(page.body(reasons)) >= SHORT_BODY_WEIGHT:
            return None
        return _densest(page, blocks, use, chrome_ok, reasons, score, kept)
    # an element named as chrome ("content BSHARE_POP") that holds long prose
    members: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if use[i]:
            for c in ln.chrome:
                if c in chrome_ok:
                    members.setdefault(c, []).append(i)
    prose = {
        c
        for c, idx in members.items()
        if sum(lines[i].chars for i in idx) >= CLEARLY_BETTER * kept
        and _is_prose([lines[i] for i in idx], [texts[i] for i in idx])
    }
    if prose:
        alt = choose(chrome_ok - prose)
        if page.kept_chars(alt) >= CLEARLY_BETTER * kept:
            return "chrome_named_prose", alt
    # the densest prose block, when the chosen one is short (an author bio, a teaser list)
    return _densest(page, blocks, use, chrome_ok, reasons, score, kept)


def _densest(
    page: _Page,
    blocks: dict[int, _Block],
    use: list[bool],
    chrome_ok: set[int],
    reasons: list[str | None],
    score: dict[int, float],
    kept: int,
) -> tuple[str, list[str | None]] | None:
    """The heaviest block apart from the chosen content whose lines are prose and at
    least :data:`CLEARLY_BETTER` times the body (the article beside a bio it lost to)."""
    lines = page.lines
    chosen = {o for ln, r in zip(lines, reasons, strict=True) if r is None for o in ln.owners}
    # per block: the lines it would keep if chosen (scored, and no line rule drops them)
    own: dict[int, list[int]] = {}
    for i, (ln, u) in enumerate(zip(lines, use, strict=True)):
        if (
            u
            and not page.line_chrome[i]
            and chrome_ok.isdisjoint(ln.chrome)
            and not _is_meta(ln)
            and (ln.link_chars <= MAX_LINK_DENSITY * max(1, ln.chars) or ln.heading)
        ):
            for o in ln.owners:
                own.setdefault(o, []).append(i)
    best: int | None = None
    for b, idx in own.items():
        # apart: neither holding the chosen lines nor held by the chosen container
        if b in chosen or any(reasons[i] is None for i in idx):
            continue
        if sum(lines[i].chars for i in idx) < CLEARLY_BETTER * kept:
            continue
        if best is not None and score.get(b, 0.0) <= score.get(best, 0.0):
            continue
        if _is_prose([lines[i] for i in idx], [page.texts[i] for i in idx]):
            best = b
    if best is None:
        return None
    return "densest_block", page.reasons({best}, chrome_ok)
