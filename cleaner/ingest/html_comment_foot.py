"""A news article's comment section, inside the chosen container, after the article.

A forum thread's replies are its content (:mod:`cleaner.ingest.html_threads` keeps them),
and so the extractor keeps comment-named blocks.  A news portal puts its readers'
comment widget in the article's own box, below the text: a count bar, a notice, a few
short user posts each under a user line, an empty-list prompt.  The article is no post:
its text comes with no user card.  A thread's first post does (author, rank, post date:
post meta, ``[[post_meta]]``), like every reply under it.

:func:`comment_foot` names the kept lines of such a section so the extractor drops them
(rule ``extract.comment_foot``), and only when all of these hold, else they stay:

* the section is an outermost comment-named block (``[[comments]]``) and holds post
  meta (its posts' user lines);
* it is the foot of the kept text: every kept line from its first one on is in it;
* above it an article: at least :data:`ARTICLE_MIN_CHARS` of kept text in at least
  :data:`ARTICLE_MIN_PARAGRAPHS` lines of prose (a question over its answers has fewer),
  and no line above it in the content is post meta
  (a thread's first post comes with its author's card; a byline so named keeps the
  section too: unsure, kept);
* its kept lines are short (:data:`COMMENT_MAX_CHARS`): readers' remarks, not a second
  article or a long answer.

A section whose id names it the page's readers' comments (``[[reader_comments]]``:
``id="comment"``, ``id="comments"``) says what it is, so the text above it may be short
(a photo gallery's captions, a news flash) and carry its author's line: it needs only a
line of prose above it, and no kept line above it in a block of the same shape as one
of the section's (a thread's first post is shaped like its replies: then it stays), nor
in a block whose class names a forum thread (``thread_words``: a forum's first post,
``<div class="thread-main">``, over its replies in ``<div id="comments">``: they stay).

A section with a thread's marks stays whatever is above it
(:mod:`cleaner.ingest.html_thread_signs`: its posts numbered as floors, the page title a
question over a short text, the opener replying among several users); the sign is
recorded as the page's ``thread_replies`` meta.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_elements import default_rules
from cleaner.ingest.html_layout import _Block, _is_meta, _Line
from cleaner.ingest.html_thread_signs import thread_sign

__all__ = ["comment_foot"]

#: Kept text above the section: an article's worth ...
ARTICLE_MIN_CHARS = 500
#: ... in at least this many paragraphs of at least :data:`PROSE_MIN_CHARS` (a question
#: over its answers is a paragraph or two).
ARTICLE_MIN_PARAGRAPHS = 5
PROSE_MIN_CHARS = 20
#: Each kept line of the section is at most this long.
COMMENT_MAX_CHARS = 100
#: Reasons that leave a line inside the chosen content (kept, or its post meta).
_IN_CONTENT = (None, "extract.post_meta")


def _outer_comment(line: _Line, blocks: dict[int, _Block]) -> int | None:
    for o in line.owners:
        blk = blocks.get(o)
        if blk is not None and blk.comments:
            return o
    return None


def comment_foot(
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
    title: str | None = None,
    signs: list[str] | None = None,
) -> set[int]:
    """The kept lines of a news comment section at the article's foot (module doc); a
    section with a forum thread's marks (:func:`~cleaner.ingest.html_thread_signs.
    thread_sign`) stays, its sign appended to ``signs``."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    first = next((k for k, i in enumerate(kept) if _outer_comment(lines[i], blocks)), None)
    if first is None:
        return set()
    start = kept[first]
    section = _outer_comment(lines[start], blocks)
    mine = kept[first:]
    if any(_outer_comment(lines[i], blocks) != section for i in mine):
        return set()  # not the foot: other text below it
    if any(len(texts[i].strip()) > COMMENT_MAX_CHARS for i in mine):
        return set()
    if not any(
        _is_meta(lines[i]) and _outer_comment(lines[i], blocks) == section
        for i in range(start, len(lines))
    ):
        return set()  # no user lines: no readers' posts
    above = kept[:first]
    if section is not None and blocks[section].reader:
        if not _below_text(lines, texts, blocks, section, above, mine):
            return set()
    elif not _below_article(lines, texts, reasons, above, start):
        return set()
    inside = [i for i, ln in enumerate(lines) if _outer_comment(ln, blocks) == section]
    over = [texts[i] for i in range(inside[0]) if reasons[i] in _IN_CONTENT]
    users = [texts[i] for i in inside if _is_meta(lines[i])]
    sign = thread_sign([texts[i] for i in inside], over, users, title)
    if sign is None:
        return set(mine)
    if signs is not None:
        signs.append(sign)
    return set()


def _below_article(
    lines: list[_Line], texts: list[str], reasons: list[str | None], above: list[int], start: int
) -> bool:
    """Whether a section starting at line ``start`` stands below an article: enough kept
    text in enough paragraphs (``above``), and no post meta above it in the content."""
    if sum(len(texts[i]) for i in above) < ARTICLE_MIN_CHARS:
        return False
    if sum(len(texts[i]) >= PROSE_MIN_CHARS for i in above) < ARTICLE_MIN_PARAGRAPHS:
        return False
    # the text above is a post with its author's card: a thread
    return not any(_is_meta(lines[i]) and reasons[i] in _IN_CONTENT for i in range(start))


def _below_text(
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    section: int,
    above: list[int],
    mine: list[int],
) -> bool:
    """Whether a named readers' section stands below a text, not below a thread's first
    post: a line of prose above it, and no kept line above it owned by a block (of a
    shape, not "") shaped like a block inside the section."""
    if not any(len(texts[i]) >= PROSE_MIN_CHARS for i in above):
        return False
    if _in_thread(lines, blocks, above):
        return False  # the text above is a thread's post: the section holds its replies
    inner: set[str] = set()
    shared: set[int] = set()
    for i in mine:
        owners = lines[i].owners
        k = owners.index(section)
        shared.update(owners[: k + 1])
        inner.update(blocks[o].shape for o in owners[k + 1 :] if o in blocks)
    inner.discard("")
    return not any(
        blocks[o].shape in inner
        for i in above
        for o in lines[i].owners
        if o in blocks and o not in shared
    )


_CLASS_WORD = re.compile(r"[a-z]+")


def _in_thread(lines: list[_Line], blocks: dict[int, _Block], above: list[int]) -> bool:
    """Whether a kept line above the section sits in a block whose class names a forum
    thread (``[[reader_comments]]`` ``thread_words``, whole class words)."""
    words = default_rules().thread_words
    seen: set[int] = set()
    for i in above:
        for o in lines[i].owners:
            if o in seen or o not in blocks:
                continue
            seen.add(o)
            if words.intersection(_CLASS_WORD.findall(blocks[o].shape.lower())):
                return True
    return False
