"""Which lines of a page :func:`html.extract` keeps: each line's weight (its text less
a short-line penalty, less its links; chrome weighs against), the blocks whose gain
beats their chrome, the widget forms and loose widgets skipped, the choice between the
main reading and the fallback, and the ledger of the lines dropped and why.

The tunable figures of that choice live here with the reason behind each; the
heuristic as a whole is described in :mod:`html`.
"""

from __future__ import annotations

from cleaner.ingest.html_fallback import (
    _UNSEEN,
    _Page,
)
from cleaner.ingest.html_layout import (
    MAX_LINK_DENSITY,
    _Block,
    _is_meta,
    _Line,
    _weight_len,
)
from cleaner.ingest.html_runs import paragraph_run
from cleaner.ingest.html_threads import (
    answered_post,
    comment_sections,
    sibling_posts,
)

#: A line's weight is its text minus this many characters: a short line ("Share",
#: "2024-01-02", a user name) weighs about nothing, a paragraph weighs its length.
SHORT_LINE_PENALTY = 12
#: A list of links weighs this many times its length against the region holding it:
#: a related-articles teaser (linked title + summary) then weighs about nothing.
LINK_LINE_FACTOR = 1.0
#: Weight of a post-meta line (user name, post date, reply/report buttons): about
#: nothing, so the replies of a thread are not outweighed by the user info around them.
META_LINE_WEIGHT = 0.0
#: Keep comment / reply sections outside the main content.
INCLUDE_COMMENTS = True
#: A chrome-named element holding more than this share of the page's text is a layout
#: wrapper that happens to have such a class ("has-sidebar"), not chrome.
CHROME_MAX_SHARE = 0.5

#: A form with a text field must hold this much non-link text (weighed as
#: :func:`_weight_len`) to be scored as content: a WordPress comment form's notices weigh
#: ~400, an article ~2000 and more.
FORM_MIN_PROSE = 1000
#: A control to type into outside any form (a comment box, a feedback dialog built of
#: ``<div>``s) makes a widget of the nearest block around it that holds other text, when
#: that block is small: at most this many characters in all ...
WIDGET_MAX_CHARS = 300
#: ... in lines of at most this many (labels, options, a typing counter), none a sentence
#: of running text; a bigger block is left to the scoring (it may hold the article).
WIDGET_LINE_MAX_CHARS = 40

#: Every rule id a drop can carry, in the order they are tried on a line.
DROP_RULES = (
    "extract.skip_tag",
    "extract.heading_badge",
    "extract.site_selector",
    "extract.chrome_named",
    "extract.chrome_line",
    "extract.outside_main",
    "extract.post_meta",
    "extract.controls",
    "extract.link_list",
    "extract.dated_list",
    "extract.teaser_cards",
    "extract.comment_foot",
    "extract.fact_box",
    "extract.structured_body",
)


#: The kept headings (``<h1>``–``<h6>``) a page declares to the pipeline, at most this many
#: of at most this many characters: the titles of a compilation's pieces, which the site
#: may also list as links on other pages (``meta["headings"]``, tab-separated).
MAX_HEADINGS = 40
HEADING_MAX = 120

#: The headline is looked for among this many first lines of the body before a title line
#: is put in front of it (a forum's views bar or a portal's byline can stand above it).
HEADLINE_LOOK = 3
#: … under lines of at most this many characters (bars: ``查看: 2827 | 回复: 21``).
BAR_MAX_CHARS = 30


def _line_weight(line: _Line, text: str, *, is_chrome: bool) -> float:
    wl = _weight_len(text)
    if is_chrome:
        return -float(wl)
    if _is_meta(line):
        return META_LINE_WEIGHT
    density = line.link_chars / max(1, line.chars)
    if density > MAX_LINK_DENSITY:
        return -LINK_LINE_FACTOR * wl
    return wl * (1.0 - density) - SHORT_LINE_PENALTY


def _text_gain(lines: list[_Line], texts: list[str], use: list[bool]) -> dict[int, float]:
    """Per block, the positive weight of its lines counted as if nothing were chrome."""
    gain: dict[int, float] = {}
    for ln, t, u in zip(lines, texts, use, strict=True):
        if u and (w := _line_weight(ln, t, is_chrome=False)) > 0:
            for o in ln.owners:
                gain[o] = gain.get(o, 0.0) + w
    return gain


def _select(
    lines: list[_Line],
    texts: list[str],
    use: list[bool],
    is_chrome: list[bool],
) -> tuple[int | None, dict[int, float], dict[int, float]]:
    """The max-weight container over the lines in ``use``, and per block its weight and
    the weight of its positive lines alone."""
    score: dict[int, float] = {}
    gain: dict[int, float] = {}
    for ln, t, u, ch in zip(lines, texts, use, is_chrome, strict=True):
        if not u:
            continue
        w = _line_weight(ln, t, is_chrome=ch)
        for o in ln.owners:
            score[o] = score.get(o, 0.0) + w
        if w > 0:
            for o in ln.owners:
                gain[o] = gain.get(o, 0.0) + w
    if not score:
        return None, score, gain
    best = max(score, key=lambda k: score[k])
    return best, score, gain


def _skip_widget_forms(lines: list[_Line], texts: list[str], interactive: set[int]) -> None:
    """Mark the lines of widget forms as skipped (``extract.skip_tag``).

    A form with a control to type into is a widget (log-in, search, comment box) unless
    it holds :data:`FORM_MIN_PROSE` of non-link text (an ASP.NET page is one big form).
    """
    prose: dict[int, int] = {}
    for ln, t in zip(lines, texts, strict=True):
        if ln.form in interactive and not ln.skip and ln.link_chars * 2 <= ln.chars:
            prose[ln.form] = prose.get(ln.form, 0) + _weight_len(t)
    for ln in lines:
        if ln.form in interactive and prose.get(ln.form, 0) < FORM_MIN_PROSE:
            ln.skip = True


def _skip_loose_widgets(lines: list[_Line], texts: list[str], loose: list[tuple[int, ...]]) -> None:
    """Mark the lines of formless widgets as skipped (``extract.skip_tag``).

    For each control to type into outside any form (``loose``: the blocks around it,
    innermost first), the nearest block that holds a shown line of text is the widget's
    box: its title, options, buttons and counter (``还可输入 200 字``).  It is skipped
    when small (:data:`WIDGET_MAX_CHARS`, lines of :data:`WIDGET_LINE_MAX_CHARS`, none
    ending a sentence); a block holding more is kept for the scoring to weigh.
    """
    shown = [i for i, (ln, t) in enumerate(zip(lines, texts, strict=True)) if t and not ln.skip]
    for chain in loose:
        for box in chain:
            inside = [i for i in shown if box in lines[i].owners]
            if inside:
                break
        else:
            continue
        sizes = [len(texts[i]) for i in inside]
        if sum(sizes) > WIDGET_MAX_CHARS or max(sizes) > WIDGET_LINE_MAX_CHARS:
            continue
        if any(texts[i].endswith(_SENTENCE_ENDS) for i in inside):
            continue
        for i in inside:
            lines[i].skip = True


#: A line ending so is a sentence, not a widget's label.
_SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "；", ";", "…")


def _choose(
    page: _Page,
    blocks: dict[int, _Block],
    use: list[bool],
    chrome_ok: set[int],
    *,
    article: bool = False,
) -> tuple[list[str | None], dict[int, float]]:
    """Reasons per line for the max-weight container (and its comment sections), and the
    weight of every block.  On a page that declares itself an ``article``
    (:func:`~cleaner.ingest.html_dates.declares_article`) the comment sections outside
    the container are its readers' widget, not its text: left out (``outside_main``)."""
    is_chrome = [
        lc or not chrome_ok.isdisjoint(ln.chrome)
        for ln, lc in zip(page.lines, page.line_chrome, strict=True)
    ]
    best, score, gain = _select(page.lines, page.texts, use, is_chrome)
    if INCLUDE_COMMENTS and best is not None:
        best = answered_post(best, blocks, score, gain)
    group = {best} if best is not None else set()
    if best is not None:
        # a paragraph chosen among sibling paragraphs with no container of their own: the
        # text's other paragraphs beside it (html_runs)
        group |= paragraph_run(
            best,
            blocks,
            page.lines,
            use,
            lambda i: _line_weight(page.lines[i], page.texts[i], is_chrome=is_chrome[i]),
        )
        # a body the page declares (schema.org articleBody) is main content wherever the
        # densest block lies: on a forum the replies can outweigh the post they answer
        group |= {b for b, blk in blocks.items() if blk.body and gain.get(b, 0.0) > 0}
    if INCLUDE_COMMENTS and best is not None:
        if not article:
            group |= comment_sections(best, blocks, gain)
        with_meta = {o for ln in page.lines if _is_meta(ln) for o in ln.owners}
        texty = {
            o
            for ln, t, u, ch in zip(page.lines, page.texts, use, is_chrome, strict=True)
            if u and not ch and t.strip() and not _is_meta(ln)
            and ln.link_chars <= MAX_LINK_DENSITY * ln.chars
            for o in ln.owners
        }  # fmt: skip
        group |= sibling_posts(best, blocks, gain, with_meta, texty)
    return page.reasons(group, chrome_ok), score


def _ledger(
    texts: list[str], reasons: list[str | None]
) -> tuple[str, str, tuple[tuple[int, int, str], ...], int]:
    """``visible``, ``body``, the drop spans and the number of visible lines.

    A dropped line before the last kept line takes its trailing newline with it, one
    after it takes the preceding newline, so deleting the spans leaves the body's joins.
    """
    vis = [(t, r) for t, r in zip(texts, reasons, strict=True) if r != _UNSEEN]
    last_kept = max((k for k, (_, r) in enumerate(vis) if r is None), default=len(vis))
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, (t, r) in enumerate(vis):
        end = pos + len(t)
        if r is not None:
            start, stop = (pos, end + 1) if k < last_kept else (pos - 1, end)
            if k == len(vis) - 1 and k < last_kept:  # nothing kept: no newline after
                stop = end
            if spans and spans[-1][2] == r and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], stop, r)
            else:
                spans.append((start, stop, r))
        pos = end + 1
    visible = "\n".join(t for t, _ in vis)
    body = "\n".join(t for t, r in vis if r is None)
    return visible, body, tuple(spans), len(vis)
