"""The page's headline element (html_headline) when it is no ``<h1>``: many templates set
the headline as ``<h2 itemprop="headline">`` (or an ``<h2>``/``<h3>`` holding the page's
title) in the article's own header box, its lede under it.  The box is named by the chrome
word ``header``; with the ``<h1>`` as the only headline, the lede was dropped with it (as
``extract.chrome_named`` or ``extract.outside_main``).  Now the lede is content, before the
body, and the byline, read time and share links stay dropped; an ``<h2>`` that is not the
page's headline brings no lede back, and a page with a real ``<h1>`` reads as before.
Every word is invented."""

from __future__ import annotations

from cleaner.ingest.html import extract

LEDE_DE = (
    "Ein Verein aus dem Ort Heide hat die alte Mühle am Bach wieder in Gang gesetzt und "
    "mahlt dort nun an jedem Sonntag Korn."
)
BODY_DE = [
    "Drei Jahre lang haben die Mitglieder an dem Mahlwerk gearbeitet, wie der Vorsitzende "
    "erzählte. Viele Teile mussten neu gebaut werden.",
    "Das Mehl wird im Hofladen verkauft, der Erlös fließt in den Erhalt des Gebäudes und "
    "der Wehranlage.",
    "Schulklassen aus der Umgebung haben sich bereits für Führungen im Frühjahr angemeldet.",
]
TITLE_DE = "Verein bringt die Mühle in Heide wieder zum Laufen"


def _de(head: str, lead: str = LEDE_DE, h1: str = "") -> str:
    body = "".join(f"<p>{s}</p>" for s in BODY_DE)
    return (
        f"<html><head><title>{TITLE_DE} | Landbote</title></head><body>"
        "<header class='site-header'><a href='/'>Landbote</a><nav><a href='/r'>Region</a>"
        f"<a href='/k'>Kultur</a></nav></header><main>{h1}<article>"
        "<header class='a-article-header'>"
        "<p class='a-article-header__kicker'>Handwerk</p>"
        f"{head}<p class='a-article-header__lead'>{lead}</p>"
        "<div class='a-article-header__byline'>Von <a href='/autor/lb'>Lena Beispiel</a></div>"
        "<div class='a-article-header__readtime'>Lesezeit: 4 Min.</div>"
        "<div class='a-article-header__share'><a href='#'>Teilen</a><a href='#'>Pocket</a>"
        "<a href='#'>Vorlesen</a></div></header>"
        f"<div class='article-body'>{body}</div></article></main></body></html>"
    )


def test_h2_itemprop_headline_box_keeps_its_lede_before_the_body() -> None:
    head = f"<h2 itemprop='headline' class='a-article-header__title'>{TITLE_DE}</h2>"
    lines = extract(_de(head)).body.split("\n")
    assert LEDE_DE in lines
    assert lines.index(LEDE_DE) < lines.index(BODY_DE[0])
    text = "\n".join(lines)
    for chrome in ("Lena Beispiel", "Lesezeit", "Teilen", "Pocket", "Vorlesen", "Region"):
        assert chrome not in text


def test_h2_holding_the_page_title_is_the_headline_too() -> None:
    head = f"<h2 class='a-article-header__title'>{TITLE_DE}</h2>"
    assert LEDE_DE in extract(_de(head)).body.split("\n")


def test_h2_that_is_not_the_page_headline_brings_no_lede() -> None:
    head = "<h2 class='a-article-header__title'>Termine am Wochenende</h2>"
    assert LEDE_DE not in extract(_de(head)).body


def test_page_with_a_real_h1_keeps_its_old_reading() -> None:
    # the page's headline is its <h1>: an <h2> section heading with the title's words
    # in a header box beside it is not the headline, its sentence stays chrome
    h1 = f"<h1 class='page-title'>{TITLE_DE}</h1>"
    head = f"<h2 itemprop='headline' class='a-article-header__title'>{TITLE_DE}</h2>"
    lines = extract(_de(head, h1=h1)).body.split("\n")
    assert LEDE_DE not in lines
    assert BODY_DE[0] in lines


TITLE_EN = "Harbour town rebuilds its old ferry pier"
LEDE_EN = (
    "Work on the timber pier begins next spring, and the council says the crossings will "
    "resume by the summer after."
)
BODY_EN = [
    "The old pier was closed after a storm damaged its piles two winters ago, leaving the "
    "island without a direct link to the mainland for most of the year.",
    "Residents have collected signatures for a new crossing, and the regional fund agreed "
    "to pay half of the cost of the work on the pier and the road.",
    "Engineers expect the work to take about fourteen months if the weather holds and the "
    "timber arrives on time from the mill.",
]


def _en(tag: str, text: str = TITLE_EN) -> str:
    body = "".join(f"<p>{s}</p>" for s in BODY_EN * 2)
    links = "".join(
        f"<li><a href='/x{i}'>Another linked story number {i} here</a></li>" for i in range(30)
    )
    name = tag.split()[0]
    return (
        f"<html><head><title>{TITLE_EN} - The Coast Courier</title></head><body>"
        f"<div class='page'><div class='col'><div class='intro'><{tag}>{text}</{name}>"
        f"<p>{LEDE_EN}</p></div><div class='text'>{body}</div><div class='more'><ul>{links}"
        "</ul></div></div></div></body></html>"
    )


def test_english_h2_headline_block_beside_the_story_comes_back() -> None:
    # the headline block stands beside the story's block (html_deck): headline, standfirst
    for tag in ("h2 itemprop='headline'", "h3 class='title'"):
        lines = extract(_en(tag)).body.split("\n")
        assert lines[:3] == [TITLE_EN, LEDE_EN, BODY_EN[0]], tag


def test_english_h2_other_than_the_headline_beside_the_story_stays_out() -> None:
    body = extract(_en("h2", "Around the bay this week")).body
    assert LEDE_EN not in body
    assert "Around the bay this week" not in body


def test_chinese_h2_itemprop_headline_box_keeps_its_summary() -> None:
    lede = "经过两年的修缮，某镇老戏台日前重新开放，首场演出吸引了周边村民前来观看。"
    html = (
        "<html><head><title>某镇老戏台修缮后重新开放_某某晚报</title></head><body>"
        "<header class='top-header'><a href='/'>某某晚报</a><nav><a href='/n'>新闻</a>"
        "</nav></header><main><article><div class='article-header'>"
        "<h2 itemprop='headline'>某镇老戏台修缮后重新开放</h2>"
        f"<p class='article-header__lead'>{lede}</p>"
        "<div class='article-header__info'><span>作者：某某</span><span>2024-06-01 09:30</span>"
        "</div></div><div class='content'>"
        "<p>据镇文化站介绍，戏台始建于清代，屋顶和梁柱都已重新加固。</p>"
        "<p>修缮期间，工匠们尽量沿用了原有的木料和做法，保留了戏台的旧貌。</p>"
        "<p>镇里计划每月在戏台举办一次演出，丰富群众的文化生活。</p></div>"
        "</article></main></body></html>"
    )
    lines = extract(html).body.split("\n")
    assert lede in lines
    assert lines.index(lede) < lines.index(
        "据镇文化站介绍，戏台始建于清代，屋顶和梁柱都已重新加固。"
    )
    assert not any("作者" in ln or "2024-06-01" in ln for ln in lines)
