"""A quotation the article offers to share ("click to tweet") keeps its words; the share
button's label beside it goes as a control (:mod:`cleaner.ingest.html_share_quote`).
A share bar's links, a link list whose addresses carry their titles, and a label-free
link are as before.

Every page here is invented.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from cleaner.ingest.html import extract
from tests.test_html_extract import check_ledger

STORY = [
    "The harbour board met on Tuesday to settle the dredging budget for the coming year.",
    "Fishermen had asked for the channel to be deepened before the autumn storms arrive.",
    "The board agreed to hire a second dredger from the neighbouring port for six weeks.",
    "Work will start at the inner basin, where silt has built up fastest since the spring.",
    "Boats moored there will be moved to the visitors' pontoon while the dredgers are at work.",
]
QUOTE = "A harbour that stops dredging starts silting up the very next season."
# the tweet worded a little apart from the box
TWEET = "The harbour that stops dredging? It starts silting up the very next season."
QUOTE_ZH = "港口一旦停止疏浚，下一个季节就会开始淤积。"


def share(text: str) -> str:
    return f"https://social.example/share?text={quote_plus(text)}&amp;via=harbour"


def box(shown: str, shared: str, label: str = "Click To Tweet") -> str:
    """A share plugin's box: the quotation and the button's label, one link."""
    return (
        f"<a class='ctt' href='{share(shared)}'><span class='ctt-box'>"
        f"<span class='ctt-text'>{shown}</span><span class='ctt-btn'>{label}<i></i></span>"
        "</span></a>"
    )


def page(*middle: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in STORY[:2])
    body += "".join(middle) + "".join(f"<p>{s}</p>" for s in STORY[2:])
    return (
        "<html><head><title>Dredging budget</title></head><body><main><div class='story'>"
        + body
        + "</div></main></body></html>"
    )


def dropped(e: object, rule: str) -> list[str]:
    return [e.visible[s:t].strip() for s, t, r in e.drops if r == rule]  # type: ignore[attr-defined]


def test_a_click_to_tweet_quotation_is_kept_and_its_label_dropped() -> None:
    e = extract(page(box(QUOTE, QUOTE)))
    lines = e.body.split("\n")
    assert QUOTE in lines  # its own line, without the label
    assert "Click To Tweet" not in e.body
    assert dropped(e, "extract.controls") == ["Click To Tweet"]
    assert all(s in lines for s in STORY)
    check_ledger(e)


def test_the_tweet_may_be_worded_apart_from_the_box() -> None:
    e = extract(page(box(QUOTE, TWEET)))
    assert QUOTE in e.body.split("\n")
    assert "Click To Tweet" not in e.body
    check_ledger(e)


def test_a_chinese_quotation_and_its_label() -> None:
    e = extract(page(box(QUOTE_ZH, QUOTE_ZH, "分享到微博")))
    assert QUOTE_ZH in e.body.split("\n")
    assert "分享到微博" not in e.body
    check_ledger(e)


def test_a_label_in_a_second_link_to_the_same_share() -> None:
    two = (
        f"<div class='bctt'><span class='bctt-text'><a href='{share(QUOTE)}'>{QUOTE}</a>"
        f"</span><a class='bctt-btn' href='{share(QUOTE)}'>Click To Tweet</a></div>"
    )
    e = extract(page(two))
    assert QUOTE in e.body.split("\n")
    assert "Click To Tweet" not in e.body
    check_ledger(e)


def test_a_quotation_with_an_emphasised_word_stays_whole() -> None:
    shown = "A harbour that stops <em>dredging</em> starts silting up the very next season."
    e = extract(page(box(shown, QUOTE)))
    assert QUOTE in e.body.split("\n")
    check_ledger(e)


def test_a_link_list_carrying_its_titles_is_still_a_link_list() -> None:
    heads = [
        "Ten ways the harbour changed its skyline",
        "Why the ferry timetable moved to the spring",
        "The lighthouse keeper who stayed for forty years",
    ]
    items = "".join(f"<li><a href='/p?text={quote_plus(h)}'>{h}</a></li>" for h in heads)
    e = extract(page(f"<ul>{items}</ul>"))
    assert not any(h in e.body for h in heads)
    check_ledger(e)


def test_a_link_sharing_other_words_than_it_shows_is_a_link() -> None:
    # the share address carries the page's summary; the link shows a headline of another page
    other = "Dredger hire costs doubled at the neighbouring port"
    e = extract(page(f"<p><a href='{share(QUOTE)}'>{other}</a></p>"))
    assert other not in e.body
    check_ledger(e)
