"""Main-text extraction from HTML pages with beautifulsoup4 (lxml parser), every removal on
the record.

The page is laid out as lines by :mod:`cleaner.ingest.html_layout`: one per heading,
paragraph, list item or table row.  Site chrome by tag (``nav``, ``header``, ``footer``,
``aside``, form controls) is laid out, so it is part of :attr:`Extracted.visible`, but it
never weighs in the choice of the main content and is always dropped.  Each other line is
weighed by how much non-link text it holds (link-heavy and very short lines count against
it; lines inside elements whose class/id names site chrome, from
``rules/html_extract.toml``, count against it and are left out, unless the elements of one
shape so named outweigh the page's plain text: every post's text box of a thread named
``overflow-hidden``, :func:`~cleaner.ingest.html_layout.repeated_items`).  The main
content is the element whose lines weigh most in total: a maximum-weight subtree, the tree
form of the "maximum subsequence" segmentation of BTE/boilerpipe (Finn et al. 2001;
Kohlschütter et al. 2010), which keeps every post of a forum thread (they share one
container) and drops the menus around an article.

Two kinds of named blocks (``rules/html_extract.toml``) adjust this for forums and Q&A:

* post meta (``[[post_meta]]``: user name and rank, post date, reply/like/report bars):
  small elements so named weigh nothing and are left out, so a thread of short replies
  ("谢谢分享！") is no longer outweighed by the user info around each reply;
* comment sections (``[[comments]]``) outside the winning container are kept with it, as
  trafilatura keeps comments: on forum pages the replies often live apart from the post.

A thread is kept whole (:mod:`cleaner.ingest.html_threads`): replies inside a comment's
chrome-named part, the post above a chosen reply list, and the same-shape sibling posts
(with user text and post meta) of a chosen post.  A link whose text names a file
(``[[attachments]]``: ``规程.pdf 1.2MB``) counts as text: it is what a post offers.

Forms are scored like any block (their controls are chrome): government and university
CMS pages wrap the whole article in a ``<form>``; a form with a field to type into is a
widget (log-in, search, comment box) unless it holds :data:`FORM_MIN_PROSE` of text.

Fallbacks (:mod:`cleaner.ingest.html_fallback`), after trafilatura's
``compare_extraction``: when the chosen content keeps a small share of the page, or a
revealable hidden block holds most of it, other candidates are tried and one is taken only
when it is clearly better (:data:`CLEARLY_BETTER` times the text, and shaped like prose:
sentence punctuation, few links).  The one taken is named in :attr:`Extracted.fallback`:

* ``hidden_container``: a ``visibility:hidden`` / ``opacity:0`` block holding most of the
  page's text (WeChat articles deliver the body so and reveal it by script);
* ``chrome_named_prose``: an element whose class names chrome (``content BSHARE_POP``)
  but which holds long prose is content after all;
* ``numbered_list``: beside a chosen content that keeps a small share of the page, a
  dropped run of entries numbered in sequence (a book's chapter list,
  :mod:`cleaner.ingest.html_listing`);
* ``densest_block``: the block whose lines are the longest prose, when the chosen one is
  a short block (an author bio, a teaser list) beside the article;
* ``structured_body``: the article body the page declares in JSON-LD (schema.org
  ``articleBody``), when the content chosen holds less than half its text: the body of
  a page that renders its text by script (:mod:`cleaner.ingest.html_structured`).

What was dropped is recorded: :attr:`Extracted.visible` holds every laid-out line a
reader could see and :attr:`Extracted.drops` the ``(start, end, rule)`` spans of it that
are not in :attr:`Extracted.body` (``apply_drops(visible, drops) == body``), one span per
run of lines dropped by the same rule.  Rule ids (:data:`DROP_RULES`), the first that
applies to a line:

* ``extract.skip_tag``: inside a chrome tag (``nav``, ``header``, ``footer``, ``aside``,
  ``menu``, ``dialog``) or a form control (``button``, ``select``, ``label`` …); not a
  post quoted in a post's ``footer`` (a thread's best answer, :mod:`cleaner.ingest.html_quoted`),
  nor a pull quote among the article's paragraphs whose words the text prints nowhere
  else (:mod:`cleaner.ingest.html_pull_quote`);
* ``extract.heading_badge``: a badge word at a heading's edge (``<h2><span>Exclusive</span>
  Title</h2>``, ``[[heading_badges]]``): a label on the headline, not a word of it;
* ``extract.site_selector``: outside the per-site selector (``[sites]``);
* ``extract.chrome_named``: inside an element whose class/id/role names chrome; not a
  box so named by its class/id words that holds the page's headline and prose (a
  question's ``QuestionHeader``, :mod:`cleaner.ingest.html_headed`), nor an article's
  lede in its own header box beside the headline (:mod:`cleaner.ingest.html_lede`);
* ``extract.chrome_line``: the line matches a ``[[chrome_lines]]`` pattern, or is the
  page's tag row (the keywords its head declares,
  :func:`~cleaner.ingest.html_keywords.keyword_row`);
* ``extract.outside_main``: not in the chosen container (nor a kept comment section, nor
  the link card a post embeds right under its kept text, :mod:`cleaner.ingest.html_link_cards`);
* ``extract.post_meta``: user info / action bar around a post, and each post's line of
  its time alone in a thread (:mod:`cleaner.ingest.html_post_stamps`), and its tail row of
  client, floor, time and buttons (:mod:`cleaner.ingest.html_post_tails`);
* ``extract.controls``: a short bar of page controls (print, font size, vote buttons:
  ``javascript:``/``#`` links, ``onclick``, ``[[controls]]`` names);
* ``extract.link_list``: mostly link text (menus, tag lists, related posts); not a
  sentence of the article whose clause is a link, nor a partly linked item of its own
  bullet list (:mod:`cleaner.ingest.html_linked_prose`), nor a quotation the article
  offers to share, the words its link's share address carries (a "click to tweet" box,
  its button's label dropped as ``extract.controls``: :mod:`cleaner.ingest.html_share_quote`),
  nor the linked title opening
  each record's container of prose (:mod:`cleaner.ingest.html_record_heads`, declared as
  ``record_heads``, the last kept line of each record's container as ``record_tails``;
  where no title is a link, the heading over each record's container is declared so,
  the rows over it as ``record_leads``: :mod:`cleaner.ingest.html_heading_records`);
* ``extract.dated_list``: below the article, a list of other pages' headlines (in
  heading elements), each over a row of its date and counts
  (:mod:`cleaner.ingest.html_dated_list`);
* ``extract.teaser_cards``: below the article and outside its container, a list of cards
  for other pages, each a linked headline over its standfirst
  (:mod:`cleaner.ingest.html_teaser_cards`);
* ``extract.comment_foot``: below a news article (no author card above it), its
  readers' comment section of short posts (:mod:`cleaner.ingest.html_comment_foot`);
  not a forum thread's replies (floors, a question title, the opener replying:
  :mod:`cleaner.ingest.html_thread_signs`), kept and flagged as ``thread_replies``;
* ``extract.fact_box``: an entry's label/value table beside its text that names its
  ``<h1>`` (an infobox: ``名称　某桥``, ``始建　清代``), no document's fields
  (:mod:`cleaner.ingest.html_fact_box`);
* ``extract.structured_body``: kept by the choice, but the page declares in its JSON-LD
  an article body much longer than it, which is taken instead (``structured_body``,
  :mod:`cleaner.ingest.html_structured`).

Everything is iterative, so a page nested 100,000 levels deep does not hit Python's
recursion limit; a page lxml cannot parse is read with a flat walk (``method="flat"``).

Examples
--------
>>> page = extract(b"<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>"
...                b"<article><h1>Title</h1><p>First paragraph of the story.</p>"
...                b"<p>Second one, longer than the menu.</p></article></body></html>")
>>> page.title
'T'
>>> print(page.body)
Title
First paragraph of the story.
Second one, longer than the menu.
>>> page.drops
((0, 5, 'extract.skip_tag'),)
>>> apply_drops(page.visible, page.drops) == page.body
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from itertools import takewhile
from typing import Any

from cleaner.ingest.html_authors import declared_author
from cleaner.ingest.html_breaks import cut_pairs
from cleaner.ingest.html_content_passes import content_passes
from cleaner.ingest.html_crumbs import channel_title, crumb_headline
from cleaner.ingest.html_dates import (
    declares_article,
    script_date,
)

# What moved to the layout and fallback modules stays importable from here (``__all__``;
# records.py imports ``_flat_text``, the tests ``_UNSEEN``).
from cleaner.ingest.html_elements import Rules, default_rules
from cleaner.ingest.html_fallback import (
    _UNSEEN,
    CLEARLY_BETTER,
    DROP_META,
    FALLBACK_SHARE,
    HIDDEN_MIN_SHARE,
    PROSE_CHARS_PER_SENTENCE,
    PROSE_MAX_LINK_DENSITY,
    PROSE_MIN_WEIGHT,
    SHORT_BODY_WEIGHT,
    _fallback,
    _Page,
)
from cleaner.ingest.html_head import (
    broken_head,
    head_meta,
    headline_of,
    holds_title,
    name_over_h1,
    posted_title,
    quotes_line,
    title_and_url,
    title_part,
    visible_headline,
)
from cleaner.ingest.html_keywords import declared_keywords, keyword_row
from cleaner.ingest.html_layout import (
    BLOCK_TAGS,
    CELL_TAGS,
    HAN_WEIGHT,
    HEADINGS,
    MAX_LINK_DENSITY,
    MAX_TRACKED_DEPTH,
    META_MAX_CHARS,
    SECTIONING,
    _flat_text,
    _is_meta,
    _walk,
    plain_weight,
    repeated_items,
)
from cleaner.ingest.html_listing import numbered_list
from cleaner.ingest.html_mentions import mention_names
from cleaner.ingest.html_page_facts import heading_facts, text_facts
from cleaner.ingest.html_posters import user_names
from cleaner.ingest.html_select import (
    BAR_MAX_CHARS,
    CHROME_MAX_SHARE,
    DROP_RULES,
    FORM_MIN_PROSE,
    HEADLINE_LOOK,
    INCLUDE_COMMENTS,
    LINK_LINE_FACTOR,
    META_LINE_WEIGHT,
    SHORT_LINE_PENALTY,
    _choose,
    _ledger,
    _skip_loose_widgets,
    _skip_widget_forms,
    _text_gain,
)
from cleaner.ingest.html_structured import STRUCTURED_BODY, structured_body
from cleaner.ingest.html_threads import (
    MIN_COMMENT_WEIGHT,
    reply_wrappers,
)
from cleaner.ingest.html_tree import adopt_strays

__all__ = [
    "BLOCK_TAGS",
    "CELL_TAGS",
    "CHROME_MAX_SHARE",
    "CLEARLY_BETTER",
    "DROP_META",
    "DROP_RULES",
    "FALLBACK_SHARE",
    "FORM_MIN_PROSE",
    "HAN_WEIGHT",
    "HEADINGS",
    "HIDDEN_MIN_SHARE",
    "INCLUDE_COMMENTS",
    "LINK_LINE_FACTOR",
    "MAX_LINK_DENSITY",
    "MAX_TRACKED_DEPTH",
    "META_LINE_WEIGHT",
    "META_MAX_CHARS",
    "MIN_COMMENT_WEIGHT",
    "PROSE_CHARS_PER_SENTENCE",
    "PROSE_MAX_LINK_DENSITY",
    "PROSE_MIN_WEIGHT",
    "SECTIONING",
    "SHORT_BODY_WEIGHT",
    "SHORT_LINE_PENALTY",
    "Extracted",
    "Rules",
    "apply_drops",
    "default_rules",
    "extract",
]


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and what was learnt about it on the way."""

    body: str  # main text: one line per heading / paragraph / list item / table row
    title: str | None = None
    url: str | None = None  # canonical or og:url the page declares
    method: str = "main"  # "main" (scored subtree), "site" (site selector), "flat", "empty"
    lines_total: int = 0  # lines of `visible`
    lines_kept: int = 0  # lines of `body`
    meta: dict[str, Any] = field(default_factory=dict)
    visible: str = ""  # every laid-out line a reader could see, "\n"-joined
    drops: tuple[tuple[int, int, str], ...] = ()  # (start, end, rule) spans of `visible`
    fallback: str | None = None  # the fallback that chose the content, if any

    @property
    def text(self) -> str:
        """Title line (unless the body opens with it or a part of it) and body.

        A first line that holds the title and goes on with a paragraph (a blog post that
        repeats its headline as the opening words of its text) does not open with the
        title: the title gets its own line, or it would be glued to the paragraph.  The
        line put in front is the ``<h1>`` when the ``<title>`` is that headline plus site
        parts (:func:`~cleaner.ingest.html_head.headline_of`), and none is put when the
        headline stands as a line among the body's first :data:`HEADLINE_LOOK` lines under
        short bars, nor when the ``<title>`` is only the site's name over a body that opens
        with the page's ``<h1>`` (:func:`~cleaner.ingest.html_head.name_over_h1`).
        """
        title = headline_of(self.title, self.meta.get("h1") or self.meta.get("headline"))
        if title and self.meta.get("crumb_headline") == title:
            return f"{title}\n{self.body}" if self.body else title
        head = self.body.split("\n", HEADLINE_LOOK)[:HEADLINE_LOOK]
        first = head[0].strip()
        if not title or (first and (first in title or holds_title(first, title))):
            return self.body
        if quotes_line(title, first):
            return self.body  # the title quotes the post (a microblog's '用户：“…” / X')
        if self.meta.get("channel"):
            return self.body  # the title names the page's section: the body has the headline
        for k in range(1, len(head)):
            if len(head[k - 1].strip()) > BAR_MAX_CHARS:
                break  # a caption or a paragraph above: the headline is not the top
            if holds_title(head[k].strip(), title):
                return self.body  # the headline a line or two down, under a views bar
        if name_over_h1(title, self.meta.get("h1"), first):
            return self.body  # the <title> is the site's name, the text opens with the h1
        return f"{title}\n{self.body}" if self.body else title


def apply_drops(visible: str, drops: tuple[tuple[int, int, str], ...]) -> str:
    """``visible`` with every ``(start, end, rule)`` span deleted (it gives the body).

    Examples
    --------
    >>> apply_drops("Home\\nStory.\\n© 2024", ((0, 5, "a"), (11, 18, "b")))
    'Story.'
    """
    out: list[str] = []
    pos = 0
    for start, end, _ in drops:
        out.append(visible[pos:start])
        pos = end
    out.append(visible[pos:])
    return "".join(out)


def barred_heading(kept: list[int], heading: list[bool], texts: list[str]) -> int | None:
    """The first heading among the first :data:`HEADLINE_LOOK` kept lines when only
    short bars (at most :data:`BAR_MAX_CHARS`) stand above it, else None.

    >>> barred_heading([3, 4, 5], [False, True, False], ["", "", "", "Mar 9 2021", "Head", "x"])
    4
    >>> long = "A paragraph that opens the text and runs on well past a bar's length."
    >>> barred_heading([0, 1], [False, True], [long, "Head"]) is None
    True
    """
    for n, i in enumerate(kept[:HEADLINE_LOOK]):
        if heading[n]:
            return i if n else None
        if len(texts[i].strip()) > BAR_MAX_CHARS:
            return None
    return None


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    site: str | None = None,
    rules: Rules | None = None,
) -> Extracted:
    """Extract the main text, title and declared URL of one HTML page.

    ``html`` may be bytes (decoded with :func:`cleaner.ingest.encoding.decode_html`) or
    text.  ``site`` (a host) picks site selectors from the rules when there are any.
    """
    from bs4 import BeautifulSoup

    if isinstance(html, bytes):
        from cleaner.ingest.encoding import decode_html

        html = decode_html(html).text
    rules = rules or default_rules()
    try:
        soup = BeautifulSoup(html, "lxml")
    except RecursionError:
        text = _flat_text(html)
        return Extracted(text, method="flat", visible=text)
    adopt_strays(soup)
    title, declared_url = title_and_url(soup)
    if posted := posted_title(title or ""):
        title = posted[1]  # a microblog's post: its text, not the platform's wrapper
    declared = head_meta(soup, title)
    scripted = script_date(soup) if "published" not in declared else None
    article = declares_article(soup)
    root = soup.body or soup
    if mentions := mention_names(root):  # the spaces around them stay (html_mentions)
        declared["mentions"] = "\t".join(mentions)
    focus = None
    if site is None and url:
        from urllib.parse import urlsplit

        site = (urlsplit(url).hostname or "").removeprefix("www.") or None
    names = (declared.get("site_name", ""), *declared.get("app_name", "").split("\t"), site or "")
    if who := declared_author(soup, title=title, site_names=names, article=article):
        declared["author"] = who
    elif posted:
        declared["author"] = posted[0]  # the poster, when the page names no other author
    if site and rules.sites.get(site):
        for sel in rules.sites[site]:
            found = soup.select_one(sel)
            if found is not None:
                focus = found
                break
    lines, blocks, interactive, loose = _walk(root, rules, focus)
    texts = [ln.text() for ln in lines]
    if interactive:
        _skip_widget_forms(lines, texts, interactive)
    if loose:
        _skip_loose_widgets(lines, texts, loose)
    keys = declared_keywords(soup)
    line_chrome = [
        bool(rules.chrome_lines and len(t) < 300 and rules.chrome_lines.search(t))
        or keyword_row(t, keys)
        for t in texts
    ]
    page = _Page(lines, texts, line_chrome, site=focus is not None)
    use = [bool(t) and not ln.skip and not ln.hidden for ln, t in zip(lines, texts, strict=True)]
    total = sum(ln.chars for ln, u in zip(lines, use, strict=True) if u) or 1
    chrome_size: dict[int, int] = {}
    chrome_weight: dict[int, float] = {}  # the weight of their text, links left out
    plain = 0.0  # the weight of the text in no chrome, post meta nor link list
    for ln, t, u in zip(lines, texts, use, strict=True):
        if u:
            unit = plain_weight(ln, t)
            if not ln.chrome and not _is_meta(ln):
                plain += unit * ln.chars
            for c in ln.chrome:
                chrome_size[c] = chrome_size.get(c, 0) + ln.chars
                chrome_weight[c] = chrome_weight.get(c, 0.0) + unit * ln.chars
    chrome_ok = {c for c, n in chrome_size.items() if n <= CHROME_MAX_SHARE * total}
    # every post of a thread in a text box named like chrome ('overflow-hidden')
    shapes = {c: blocks[c].shape for c in chrome_weight if c in blocks}
    chrome_ok -= repeated_items(chrome_weight, shapes, plain)
    if INCLUDE_COMMENTS:
        chrome_ok -= reply_wrappers(blocks, _text_gain(lines, texts, use))
    fallback = None
    if focus is not None:
        method = "site"
        reasons = page.reasons(set(), chrome_ok)
    else:
        method = "main"
        reasons, score = _choose(page, blocks, use, chrome_ok, article=article)
        better = _fallback(
            page,
            blocks,
            use,
            chrome_ok,
            reasons,
            score,
            lambda ok: _choose(page, blocks, use, ok, article=article)[0],
        )
        if better is not None:
            fallback, reasons = better
        elif (listed := numbered_list(page, reasons)) is not None:
            fallback, reasons = "numbered_list", listed  # a table of contents (html_listing)
        content_passes(soup, lines, texts, blocks, reasons, declared, title)
    visible, body, drops, n_visible = _ledger(texts, reasons)
    kept = [i for i, r in enumerate(reasons) if r is None]
    # a page title is usually "Headline - Site name": the headline alone is the title
    if kept and lines[kept[0]].heading and title and title_part(title, texts[kept[0]]):
        # the headline broken over heading lines (an <h1> with a <br>) is the lines joined
        heads = [texts[i] for i in takewhile(lambda i: lines[i].heading, kept[:4])]
        title = broken_head(title, heads) or texts[kept[0]]
    elif (
        title
        and not declared.get("h1")  # an <h1> names the headline itself (headline_of)
        and (k := barred_heading(kept, [lines[i].heading for i in kept], texts))
        and title_part(title, texts[k])
    ):
        title = texts[k]  # the headline under a short bar (a date row over an <h2>)
    if not body and visible:
        method = "empty"
    if kept and lines[kept[0]].heading:
        dropped = [t for t, r in zip(texts, reasons, strict=True) if r is not None and t]
        if channel := channel_title(title, dropped, texts[kept[0]]):
            declared["channel"] = channel
    if line := visible_headline(title, declared.get("h1"), texts):
        declared["headline"] = line
    elif not declared.get("h1") and (
        crumb := crumb_headline(
            title,
            [t for t, r in zip(texts, reasons, strict=True) if r is not None and t]
            + [texts[i] for i in kept[:HEADLINE_LOOK]],
            [texts[i] for i in kept[:HEADLINE_LOOK]],
        )
    ):
        # the <title> names the site, the trail's last crumb the headline: it opens the
        # text on a line of its own (the trail itself is chrome)
        title = declared["crumb_headline"] = crumb
    marks = frozenset(i for i, lc in enumerate(line_chrome) if lc and reasons[i] != _UNSEEN)
    if pairs := cut_pairs(lines, texts, blocks, marks):
        declared["breaks"] = "\n".join(pairs)
    heading_facts(declared, lines, texts, blocks, reasons, kept)
    text_facts(declared, title, visible, drops, names, partial(user_names, root))
    if scripted and "published" not in declared:
        declared["published"] = scripted  # the script's publish time: nothing else dates it
    if method == "main" and (declared_body := structured_body(soup, body)) is not None:
        # the body the page declares in its JSON-LD, much longer than what the HTML gives
        # (html_structured): the kept lines are dropped on the record, the body appended
        fallback = "structured_body"
        visible, body, drops, n_visible = _ledger(
            texts + declared_body,
            [STRUCTURED_BODY if r is None else r for r in reasons] + [None] * len(declared_body),
        )
        kept = list(range(len(declared_body)))
    return Extracted(
        body,
        title=title,
        url=declared_url,
        method=method,
        lines_total=n_visible,
        lines_kept=len(kept),
        visible=visible,
        drops=drops,
        fallback=fallback,
        meta=declared,
    )
