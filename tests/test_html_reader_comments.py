"""A section whose id names it the page's readers' comments (``id="comment"``,
``[[reader_comments]]``) is dropped below a text of any length (a photo gallery's one
caption under its headline and the author's line), not only below a long article
(html_comment_foot).  Look-alikes stay: a section named by a class only, a thread whose
first post is shaped like the replies, a section with no text above it, long comments.
A badge word at a heading's edge (``<h2><span>Exclusive</span>…</h2>``) is a label on
the headline: dropped and recorded (``extract.heading_badge``); the same word inside a
heading's words, or alone in a heading, stays.  Every word is invented; the last test
reads the real portal page this was found on when ``../shared`` is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.html import extract

CAPTION = (
    "<div class='abstract'>1/8 The harbour crane lifts a boat onto the quay at dawn, "
    "while the night shift hands over to the morning crew.</div>"
)
AUTHOR = "<div class='pgc'><a class='media-user'>quaysidephoto</a></div>"
REMARKS = ["Lovely light on the water.", "Which harbour is this?", "Been there!"]


def comments(section: str, texts: list[str] = REMARKS) -> str:
    posts = "".join(
        f"<li class='c-item'><div class='c-user-info'><a class='c-user-name'>reader{k}</a>"
        f"<span class='c-create-time'>{k} hours ago</span></div><p>{t}</p></li>"
        for k, t in enumerate(texts, 1)
    )
    return f"<div {section}><div class='c-header'>3 remarks</div><ul>{posts}</ul></div>"


def gallery(section: str, head: str = "<h2 class='title'>Cranes at dawn</h2>") -> str:
    return (
        "<html><head><title>Cranes at dawn</title></head><body><div class='container'>"
        f"<div class='gallery'><div class='info-box'>{head}{AUTHOR}{CAPTION}</div></div>"
        f"{comments(section)}</div></body></html>"
    )


def test_a_named_readers_section_under_a_short_text_is_dropped() -> None:
    e = extract(gallery("id='comment'"))
    assert "The harbour crane lifts a boat" in e.body
    assert "Which harbour is this?" not in e.body
    assert any(r == "extract.comment_foot" for _, _, r in e.drops)
    assert "Which harbour is this?" in e.visible


@pytest.mark.parametrize("section", ["class='comment'", "id='comment-list-item-3'"])
def test_a_section_not_named_by_a_whole_id_stays(section: str) -> None:
    assert "Which harbour is this?" in extract(gallery(section)).body


def test_a_thread_whose_first_post_is_shaped_like_the_replies_stays() -> None:
    first = (
        "<ul><li class='c-item'><div class='c-user-info'><a class='c-user-name'>opener</a>"
        "</div><p>Does anyone know when the harbour crane was first put on the quay?</p>"
        "</li></ul>"
    )
    section = comments("id='comments'")
    page = (
        f"<html><body><div class='container'><h1>Old crane</h1>{first}{section}</div></body></html>"
    )
    assert "Which harbour is this?" in extract(page).body


def test_long_comments_stay() -> None:
    long_one = "A long remark " + "about the cranes, the boats and the quay at night " * 3
    page = gallery("id='comment'").replace(REMARKS[0], long_one)
    assert "Which harbour is this?" in extract(page).body


def test_a_badge_at_a_headings_edge_is_dropped_and_recorded() -> None:
    for head in (
        "<h2 class='title'><span>Exclusive</span>Cranes at dawn</h2>",
        "<h2 class='title'>Cranes at dawn<em>新</em></h2>",
        "<h2 class='title'><span>原创</span>Cranes at dawn</h2>",
    ):
        e = extract(gallery("id='comment'", head))
        lines = e.body.split("\n")
        assert lines[0] == "Cranes at dawn", head
        assert any(r == "extract.heading_badge" for _, _, r in e.drops)


@pytest.mark.parametrize(
    "head",
    [
        "<h2>Cranes <span>Exclusive</span> at dawn</h2>",  # inside the words
        "<h2><span>Exclusive</span></h2>",  # the whole heading
        "<h2><span>Exclusively</span> cranes at dawn</h2>",  # no badge word
        "<p><span>Exclusive</span> cranes at dawn</p>",  # no heading
    ],
)
def test_badge_look_alikes_stay(head: str) -> None:
    e = extract(gallery("id='comment'", head))
    assert "Exclusive" in e.body
    assert not any(r == "extract.heading_badge" for _, _, r in e.drops)


def test_the_real_portal_gallery(shared_corpora: Path) -> None:
    page = shared_corpora / "gne" / "tests" / "toutiao" / "2.html"
    if not page.is_file():
        pytest.skip("the portal page is not in ../shared")
    e = extract(page.read_bytes())
    heads = [r for _, _, r in e.drops]
    assert "extract.heading_badge" in heads
    assert "extract.comment_foot" in heads
    first = e.body.split("\n")[0]
    assert first and first == e.title


@pytest.mark.parametrize("box", ["article class='Topic Topic--first'", "div class='thread-main'"])
def test_replies_under_a_block_named_a_thread_stay(box: str) -> None:
    # a forum's first post (its author card shaped unlike the replies) over its replies
    # in <div id="comments">: the class names a thread or topic, the replies are content
    tag = box.split()[0]
    first = (
        f"<{box}><h1>Old crane</h1><div class='post-author'>opener · 3 days ago</div>"
        "<div class='post-body'><p>Does anyone know when the harbour crane was first put "
        f"on the quay? It has stood there longer than the tide gauge.</p></div></{tag}>"
    )
    page = (
        f"<html><body><div class='container'>{first}{comments('id=comments')}</div></body></html>"
    )
    body = extract(page).body
    assert "Which harbour is this?" in body
    # look-alike: the same page with the first post in a plain box drops the section
    plain = page.replace(box, "div class='story'").replace(f"</{tag}>", "</div>")
    plain = plain.replace("post-author", "byline").replace("post-body", "story-body")
    assert "Which harbour is this?" not in extract(plain).body
    # a blog names its article a post (WordPress 'post type-post'): readers' comments go
    blog = page.replace(box, "article class='post type-post'").replace(f"</{tag}>", "</article>")
    assert "Which harbour is this?" not in extract(blog).body
