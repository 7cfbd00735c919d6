"""A forum thread's replies in a section named as readers' comments (``id="comments"``)
stay when the page has a thread's marks (html_thread_signs): floors numbered past the
first post, a question title over a short first post, the opener replying among several
users; the sign is flagged in the page's ``thread_replies`` meta.  A blog's readers'
comments under a long post, numbered from #1 or not at all, are still dropped.  A box
named by a chrome word (``QuestionHeader``) that holds the page's ``<h1>`` and prose is
content (html_headed); a site header of links and a logo is still chrome.  Every word is
invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

REPLIES = [
    ("pebble_wren", "Mine froze the same way, the hose was kinked behind the unit."),
    ("lantern88", "Unplug it for ten minutes, the defrost timer resets."),
    ("ochre_fox", "Check the door gasket too, a gap lets damp air in."),
    ("pebble_wren", "Thanks all, the kinked hose it was. Ice gone by morning."),
]


def _replies(floors: list[str] | None, section: str = "id='comments'") -> str:
    items = "".join(
        f"<li class='reply'><div class='user-info'><a class='username'>{u}</a> "
        f"<span class='time'>2025-11-0{k} 08:3{k}</span> "
        f"{f'<span class=floor>{floors[k - 1]}</span>' if floors else ''}</div>"
        f"<div class='reply-body'><p>{t}</p></div></li>"
        for k, (u, t) in enumerate(REPLIES, 1)
    )
    return f"<div {section}><ul class='comment-list'>{items}</ul></div>"


SHORT_POST = (
    "<div class='post'><h1>{title}</h1><div class='post-info'>pebble_wren 2025-11-01</div>"
    "<div class='post-content'><p>The ice maker in my fridge stopped after the power cut and "
    "now a sheet of frost covers the back wall.</p></div></div>"
)
LONG_POST = (
    "<div class='post'><h1>{title}</h1><div class='post-content'>"
    + "".join(
        f"<p>Part {k} of my notes on looking after an old fridge through the winter, "
        f"with the parts I ordered and what each one cost.</p>"
        for k in range(1, 8)
    )
    + "</div></div>"
)


def _page(post: str, title: str, floors: list[str] | None, section: str = "id='comments'") -> str:
    return (
        f"<html><head><title>{title} - Coldbox Board</title></head><body>"
        "<div class='header'><a href='/'>Home</a> <a href='/boards'>Boards</a> "
        "<a href='/login'>Sign in</a></div>"
        f"<div class='main'>{post.format(title=title)}{_replies(floors, section)}</div>"
        "<div class='footer'>Coldbox 2025</div></body></html>"
    )


def _kept(html: str) -> int:
    body = extract(html).body
    return sum(t in body for _, t in REPLIES)


@pytest.mark.parametrize(
    ("floors", "sign"),
    [(["#2", "#3", "#4", "#5"], "floors"), (["沙发", "板凳", "4楼", "5楼"], "floors")],
)
def test_a_threads_numbered_replies_stay_and_are_flagged(floors: list[str], sign: str) -> None:
    e = extract(_page(LONG_POST, "Frost in the fridge", floors))
    assert sum(t in e.body for _, t in REPLIES) == 4
    assert e.meta.get("thread_replies") == sign
    assert "Part 7 of my notes" in e.body


def test_a_question_threads_replies_stay() -> None:
    e = extract(_page(SHORT_POST, "Why is my fridge icing up?", None))
    assert sum(t in e.body for _, t in REPLIES) == 4
    assert e.meta.get("thread_replies") == "question"


def test_the_opener_replying_among_several_users_keeps_the_replies() -> None:
    e = extract(_page(SHORT_POST, "Fridge frost after a power cut", None))
    assert sum(t in e.body for _, t in REPLIES) == 4
    assert e.meta.get("thread_replies") == "opener"


@pytest.mark.parametrize("floors", [None, ["#1", "#2", "#3", "#4"]])
def test_a_blogs_readers_comments_are_still_dropped(floors: list[str] | None) -> None:
    e = extract(_page(LONG_POST, "Frost in the fridge", floors))
    assert _kept(_page(LONG_POST, "Frost in the fridge", floors)) == 0
    assert "Part 7 of my notes" in e.body
    assert "thread_replies" not in e.meta
    assert any(r == "extract.comment_foot" for _, _, r in e.drops)


def test_a_class_named_sections_numbered_replies_stay() -> None:
    section = "class='comments-wrap'"
    thread = extract(_page(LONG_POST, "Frost in the fridge", ["#2", "#3", "#4", "#5"], section))
    assert sum(t in thread.body for _, t in REPLIES) == 4
    assert "Part 7 of my notes" in thread.body


ANSWERS = "".join(
    f"<div class='List-item'><div class='AuthorInfo'><a class='UserLink'>tide{k}</a></div>"
    f"<div class='RichContent'><p>Answer {k}: the lock gates were rebuilt over the summer, so "
    f"the barges wait at the lower basin until the keeper opens them by hand.</p></div></div>"
    for k in range(1, 4)
)
QUESTION = (
    "<div class='QuestionHeader'><div class='QuestionHeader-main'>"
    "<div class='QuestionHeader-topics'><a href='/t/1'>Canals</a> <a href='/t/2'>Barges</a></div>"
    "<h1 class='QuestionHeader-title'>Why do the barges queue at the lower basin?</h1>"
    "<div class='QuestionHeader-detail'><p>Every evening this month a line of barges waits "
    "below the lock for an hour or more, and the towpath signs say nothing.</p></div>"
    "</div></div>"
)


def _question_page(box: str) -> str:
    return (
        "<html><head><title>Why do the barges queue at the lower basin? - Askwater</title>"
        "</head><body>"
        "<div class='site-header'><h1 class='logo'><a href='/'>Askwater</a></h1>"
        "<a href='/explore'>Explore</a> <a href='/ask'>Ask</a> <a href='/in'>Sign in</a></div>"
        f"<div class='QuestionPage'>{box}<div class='Question-main'>{ANSWERS}</div></div>"
        "</body></html>"
    )


def test_a_question_box_named_header_is_content() -> None:
    e = extract(_question_page(QUESTION))
    assert "Why do the barges queue at the lower basin?" in e.body
    assert "a line of barges waits below the lock" in e.body
    assert "Answer 3: the lock gates" in e.body
    assert "Canals" not in e.body  # the topic links are still chrome


def test_a_site_header_with_links_and_a_logo_is_still_chrome() -> None:
    e = extract(_question_page(QUESTION))
    assert "Explore" not in e.body
    assert "Sign in" not in e.body
    assert "Askwater\n" not in e.body + "\n"


def test_a_banner_over_every_page_is_still_chrome() -> None:
    banner = (
        "<div id='banner' class='banner-header'><h1><a href='/news'>Towpath open day 2025</a>"
        "</h1><p>Dear members, join the open day at the lock keeper's cottage, with boat "
        "rides and a picnic on the green.</p></div>"
    )
    e = extract(_question_page(banner + QUESTION))
    assert "join the open day" not in e.body
    assert "Answer 3: the lock gates" in e.body


def test_a_header_box_with_a_heading_but_no_prose_is_still_chrome() -> None:
    box = QUESTION.replace(
        "<div class='QuestionHeader-detail'><p>Every evening this month a line of barges waits "
        "below the lock for an hour or more, and the towpath signs say nothing.</p></div>",
        "",
    )
    e = extract(_question_page(box))
    assert "Why do the barges queue at the lower basin?" not in e.body
    assert "Answer 3: the lock gates" in e.body
