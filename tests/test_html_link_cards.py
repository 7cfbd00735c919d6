"""The link card a post embeds under its text (a title over the name of the linked site)
is kept with the post (html_link_cards); a card elsewhere on the page, a link that does
not name its host and a teaser with words of its own stay dropped as
``extract.outside_main``.  Invented wording."""

from __future__ import annotations

from cleaner.ingest.html import apply_drops, extract

POST = (
    "Our choir sang in the old market hall on Saturday, the first concert there since the "
    "roof was mended. Thank you to everyone who came!"
)
TITLE = "Market hall choir: the full Saturday concert"
HOST_LINE = "来自 video.example.org"


def _card(title: str = TITLE, host_line: str = HOST_LINE, href: str = "") -> str:
    href = href or "https://www.video.example.org/watch?v=abc123"
    return (
        "<div class='c-w'><div class='c-m'>"
        f"<a href='{href}'><div><img src='t.jpg' alt=''></div><div>{title}</div></a></div>"
        f"<div class='c-f'><a href='{href}'><div>{host_line}</div></a></div></div>"
    )


def _page(card: str, *, side: str = "") -> str:
    return (
        "<html><head><title>City Choir on Social</title></head><body>"
        "<div class='top'><a href='/login'>Log in</a><a href='/signup'>Sign up</a></div>"
        "<div class='timeline'><div class='post'><div class='user'>City Choir</div>"
        f"<div class='post-text'><span>{POST}</span></div>"
        "<button>Translate post</button>"
        f"{card}"
        "<div class='post-stats'><span>12:30 · 3 May</span><span>1.2K views</span></div>"
        "</div></div>"
        f"<div class='col2'><h2>Who to follow</h2>{side}</div></body></html>"
    )


def test_the_card_under_the_post_is_kept() -> None:
    e = extract(_page(_card()))
    assert POST in e.body
    assert TITLE in e.body and HOST_LINE in e.body
    assert e.body.index(POST) < e.body.index(TITLE) < e.body.index(HOST_LINE)
    assert "1.2K views" not in e.body and "Who to follow" not in e.body
    assert apply_drops(e.visible, e.drops) == e.body


def _outside(e: object, text: str) -> bool:
    visible, drops = e.visible, e.drops  # type: ignore[attr-defined]
    start = visible.index(text)
    return any(a <= start < b and rule == "extract.outside_main" for a, b, rule in drops)


def test_a_card_in_the_sidebar_stays_dropped() -> None:
    side = _card("Another choir's spring programme", "来自 music.example.net")
    side = side.replace("video.example.org", "music.example.net")
    e = extract(_page("", side=side))
    assert POST in e.body
    assert "Another choir's spring programme" not in e.body
    assert "Another choir's spring programme" in e.visible


def test_a_link_that_does_not_name_its_host_stays_dropped() -> None:
    e = extract(_page(_card(host_line="Watch the video")))
    assert TITLE not in e.body
    assert _outside(e, TITLE)


def test_a_teaser_with_words_of_its_own_is_no_card() -> None:
    own = "<p>Read what the critics said about the evening and the hall.</p></div>"
    teaser = _card().removesuffix("</div>") + own
    assert teaser.count("<div") == teaser.count("</div>")
    e = extract(_page(teaser))
    assert TITLE not in e.body
