"""Threads for :mod:`cleaner.ingest.html`: the comments, replies and answers of a page and
the post they answer, kept together.

A forum thread, a Q&A page or a microblog post with its comments is one piece of content
(magic-html's forum truth: post + replies + comments).  The max-weight container of
:mod:`cleaner.ingest.html` finds one dense block of it; these helpers put back the rest:

* :func:`comment_sections`: comment / reply sections (``[[comments]]`` in
  ``rules/html_extract.toml``) outside the chosen container are kept with it, as
  trafilatura keeps comments: on forum pages the replies often live apart from the post;
* :func:`reply_wrappers`: inside a comment section, a part named like chrome (a
  comment's ``__footer``) that holds replies (a comment-named block carrying user text)
  is the comment's reply thread, not site chrome;
* :func:`sibling_posts`: the chosen container is one post of a thread (each post comes
  with a profile box and a bar of links that weigh against it): the blocks of the same
  shape beside it that carry user text are the other posts, kept with it;
* :func:`answered_post`: when the chosen container is a reply list (most of its text in
  comment-named blocks), the post the replies answer stands before it, outside: the
  nearest ancestor that adds a real post's worth of text is taken instead.

A news site's comment widget is told apart from a thread's replies only by its place: a
comment section is kept (and flagged by the pipeline's leftover checks when unsure) rather
than dropped, since a silent loss of a thread's replies is the worse error.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from cleaner.ingest.html_layout import _Block

#: A comment section must weigh at least this much (one real reply) to be kept.
MIN_COMMENT_WEIGHT = 10.0
#: A chosen container whose positive weight lies at least this share in comment-named
#: blocks is a reply list (the replies, without the post they answer).
REPLY_LIST_SHARE = 0.5
#: How many levels above a reply list the post it answers is looked for: a thread's post
#: and its reply list are siblings or cousins in one thread container.
THREAD_CLIMB = 6
#: How many levels above the chosen container a post of a thread is looked for (the
#: chosen block is often a post's text box, inside the post, inside the thread).
POST_CLIMB = 3
#: A thread's other posts are taken only when there are at least this many of them.
MIN_SIBLING_POSTS = 2
#: The post above a reply list must add at least this much positive weight (one line of
#: a real post: ~8 Chinese characters or a short sentence).
MIN_POST_WEIGHT = 20.0
#: ... and the climb must not cost more than this share of the reply list's weight in
#: negative lines (menus, tab bars, log-in prompts between the post and its replies): a
#: climb into the page's chrome is no thread.
MAX_CLIMB_COST = 0.5


def _ancestors(best: int, blocks: dict[int, _Block]) -> list[int]:
    """``best`` and its ancestor blocks, innermost first."""
    out: list[int] = []
    node: int | None = best
    while node is not None and node in blocks:
        out.append(node)
        node = blocks[node].parent
    return out


def comment_sections(best: int, blocks: dict[int, _Block], gain: dict[int, float]) -> set[int]:
    """Comment and reply sections outside the main content (kept as trafilatura does).

    The outermost blocks named as comments (``rules/html_extract.toml`` ``[[comments]]``)
    that are neither ancestors of ``best`` nor inside it, and whose positive lines weigh
    at least :data:`MIN_COMMENT_WEIGHT` (their net weight is no guide: each reply comes
    with a user line and a button bar).
    """
    ancestors = set(_ancestors(best, blocks))
    found: set[int] = set()
    for bid, blk in blocks.items():
        if not blk.comments or bid in ancestors or gain.get(bid, 0.0) < MIN_COMMENT_WEIGHT:
            continue
        up = blk.parent
        inside = False
        while up is not None:
            if up == best or (blocks[up].comments and up not in ancestors):
                inside = True
                break
            up = blocks[up].parent
        if not inside:
            found.add(bid)
    return found


def reply_wrappers(blocks: dict[int, _Block], text_gain: dict[int, float]) -> set[int]:
    """Blocks between a comment section and the replies inside it: not chrome, whatever
    their name.

    A block lies strictly between the outermost comment-named block around it and a
    comment-named block inside it that carries user text (``text_gain``, the positive
    weight of its lines counted as if nothing were chrome, at least
    :data:`MIN_COMMENT_WEIGHT`).  A comment's ``footer`` holding a reply thread is then
    content; a comment's footer holding only a "reply" button (no user text) stays
    chrome, and so does a comment-named widget itself (a "recent comments" box).
    """
    outer: dict[int, int | None] = {}  # block -> outermost comment-named strict ancestor
    for bid, blk in blocks.items():  # document order: parents first
        p = blk.parent
        if p is None:
            outer[bid] = None
        else:
            up = outer.get(p)
            outer[bid] = up if up is not None else (p if blocks[p].comments else None)
    out: set[int] = set()
    for bid, blk in blocks.items():
        top = outer[bid]
        if not blk.comments or top is None or text_gain.get(bid, 0.0) < MIN_COMMENT_WEIGHT:
            continue
        up = blk.parent
        while up is not None and up != top and up not in out:
            out.add(up)
            up = blocks[up].parent
    return out


def answered_post(
    best: int,
    blocks: dict[int, _Block],
    score: dict[int, float],
    gain: dict[int, float],
) -> int:
    """The container to keep when ``best`` is a reply list: the nearest ancestor (at most
    :data:`THREAD_CLIMB` levels up) that adds the post the replies answer, else ``best``.

    ``best`` is a reply list when it is comment-named, or when the outermost comment-named
    blocks inside it hold at least :data:`REPLY_LIST_SHARE` of its positive weight and
    the rest of it less than :data:`MIN_POST_WEIGHT` (no post of its own).  The ancestor must add
    :data:`MIN_POST_WEIGHT` of positive weight and cost at most :data:`MAX_CLIMB_COST` of
    ``best``'s weight in negative lines.
    """
    own = gain.get(best, 0.0)
    if own <= 0.0:
        return best
    if not blocks[best].comments:
        # one pass in document order (parents first): blocks inside best with no
        # comment-named block between; the comment-named ones among them are outermost
        open_below: set[int] = {best}
        in_comments = 0.0
        for bid, blk in blocks.items():
            if blk.parent in open_below:
                if blk.comments:
                    in_comments += gain.get(bid, 0.0)
                else:
                    open_below.add(bid)
        # a reply list holds no post of its own: the post is what is missing
        if in_comments < REPLY_LIST_SHARE * own or own - in_comments >= MIN_POST_WEIGHT:
            return best
    for anc in _ancestors(best, blocks)[1 : THREAD_CLIMB + 1]:
        if blocks[anc].parent is None:  # the page itself (body, html) is no thread
            return best
        added = gain.get(anc, 0.0) - own
        cost = added - (score.get(anc, 0.0) - score.get(best, 0.0))
        if cost > MAX_CLIMB_COST * max(score.get(best, 0.0), 0.0):
            return best
        if added >= MIN_POST_WEIGHT:
            return anc
    return best


def sibling_posts(
    best: int,
    blocks: dict[int, _Block],
    gain: dict[int, float],
    with_meta: set[int],
    texty: AbstractSet[int] = frozenset(),
) -> set[int]:
    """The other posts of a thread whose one post was chosen: blocks of the same shape
    (tag and class, :func:`cleaner.ingest.html_elements._shape`) beside ``best`` or beside
    one of its :data:`POST_CLIMB` nearest ancestors, each a post: it carries user text
    (positive weight at least :data:`MIN_COMMENT_WEIGHT`) and post meta (a user-info or
    action-bar line, ``with_meta``) or is named as a comment.  At least
    :data:`MIN_SIBLING_POSTS` of them, or none are taken.

    The posts of a thread share a container, but each comes with a profile box and a bar
    of links (user name, rank, reply / quote / report) that weigh against it: a thread of
    short replies under a long first post then weighs less than the first post alone.
    The nearest level with same-shape siblings decides.  A grid's columns, a story's
    dateline row beside its text, a teaser list have no post meta in every item, or too
    few items.

    Once a thread is so confirmed, its short posts are kept too: a same-shape sibling with
    post meta (or named as a comment) that carries any user text (``texty``: a line of its
    own that is neither chrome, post meta nor a link list), however light ('顶', '+1',
    'Thanks!'): its one short line weighs less than :data:`MIN_COMMENT_WEIGHT`, but it is a
    reply of the thread like the others, and dropping it would lose it silently.
    """
    children: dict[int, list[int]] = {}
    for bid, blk in blocks.items():
        if blk.parent is not None:
            children.setdefault(blk.parent, []).append(bid)
    for post in _ancestors(best, blocks)[: POST_CLIMB + 1]:
        shape, parent = blocks[post].shape, blocks[post].parent
        if not shape or parent is None:
            continue
        same = [c for c in children[parent] if c != post and blocks[c].shape == shape]
        if not same:
            continue
        shaped = [c for c in same if c in with_meta or blocks[c].comments]
        posts = {c for c in shaped if gain.get(c, 0.0) >= MIN_COMMENT_WEIGHT}
        if len(posts) < MIN_SIBLING_POSTS:
            return set()
        return posts | {c for c in shaped if c in texty}
    return set()
