"""An article's lede in its own header box (html_lede): a news template sets the headline
and a sentence or two summing the story up in ``<header class="article-header">``
inside the ``<article>``, beside the byline, date and share bar.  The box is named by the
chrome word ``header``, so all of it was dropped as ``extract.chrome_named``, the lede
with it.  The lede now stays (the headline is left as it was); the byline, date, share bar,
breadcrumbs and image credit stay dropped, and so do look-alikes: a site header's slogan
sentence, a header with only a byline and a date, a teaser box of other stories inside
the header, a one-line tagline.  Every word is invented."""

from __future__ import annotations

from cleaner.ingest.html import extract

BODY_DE = (
    "<div class='article-body'>"
    "<p>Die Umstellung dauerte ein halbes Jahr, wie das Unternehmen mitteilte. Dabei wurden "
    "die alten Kessel ersetzt.</p>"
    "<p>Nach Angaben der Betreiber sinken die Kosten damit deutlich, auch wenn die "
    "Investition hoch war.</p>"
    "<p>Andere Betriebe der Region wollen dem Beispiel folgen und prüfen ähnliche "
    "Verfahren.</p></div>"
)
LEDE_DE = (
    "Eine Brauerei aus dem Ort Tal hat ihr Sudverfahren umgestellt und spart damit ein "
    "Drittel der Wärme ein."
)
SLOGAN_DE = "Nachrichten aus Technik und Wissenschaft, jeden Tag neu für Sie."


def _de(header: str) -> str:
    return (
        "<html><head><title>Brauerei aus Tal senkt Energiebedarf | Technikblatt</title></head>"
        "<body><header class='site-header'><a href='/'>Technikblatt</a>"
        f"<p class='slogan'>{SLOGAN_DE}</p><nav><a href='/it'>IT</a><a href='/w'>Wissen</a>"
        f"</nav></header><main><article>{header}{BODY_DE}</article></main>"
        "<footer class='site-footer'><p>Impressum</p></footer></body></html>"
    )


DE_HEADER = (
    "<header class='article-header'><p class='article-header__kicker'>Energie</p>"
    "<h1 class='article-header__title'>Brauerei aus Tal senkt Energiebedarf</h1>"
    f"<p class='article-header__lead'>{LEDE_DE}</p>"
    "<div class='byline'>Von <a href='/autor/km'>Karla Muster</a></div>"
    "<time datetime='2024-01-02'>02.01.2024, 10:15 Uhr</time>"
    "<div class='share'><a href='#'>Teilen</a><a href='#'>Drucken</a></div></header>"
)


def test_german_lede_in_the_article_header_is_kept() -> None:
    page = extract(_de(DE_HEADER))
    lines = page.body.split("\n")
    assert LEDE_DE in lines
    assert lines.index(LEDE_DE) < lines.index(
        "Die Umstellung dauerte ein halbes Jahr, wie das Unternehmen mitteilte. Dabei wurden "
        "die alten Kessel ersetzt."
    )
    for chrome in ("Von Karla Muster", "TeilenDrucken", SLOGAN_DE, "Impressum"):
        assert chrome not in lines


def test_a_header_named_box_that_is_no_header_tag_keeps_its_lede() -> None:
    page = extract(
        _de(
            DE_HEADER.replace(
                "<header class='article-header'>", "<div class='entry-head'>"
            ).replace("</header>", "</div>")
        )
    )
    assert LEDE_DE in page.body.split("\n")


def test_the_lede_without_a_headline_in_its_box_stays_dropped() -> None:
    # the box's <h1> is not the page's headline (some other story's): no lede
    header = DE_HEADER.replace(
        "Brauerei aus Tal senkt Energiebedarf</h1>", "Wetter am Wochenende</h1>"
    )
    assert LEDE_DE not in extract(_de(header)).body


LEDE_EN = (
    "Work on the timber pier begins next spring, and the council says the crossings will "
    "resume by the summer after."
)
BODY_EN = (
    "<div class='story-body'><p>The old pier was closed after a storm damaged its piles two "
    "winters ago, leaving the island without a direct link.</p><p>Residents have collected "
    "signatures for a new crossing, and the regional fund agreed to pay half of the cost."
    "</p><p>Engineers expect the work to take about fourteen months if the weather holds."
    "</p></div>"
)
TITLE_EN = "Harbour town rebuilds its old ferry pier"


def _en(header: str, site: str = "") -> str:
    return (
        f"<html><head><title>{TITLE_EN} - The Coast Courier</title></head><body>{site}"
        f"<article class='story'>{header}{BODY_EN}</article></body></html>"
    )


def test_english_standfirst_kept_and_byline_date_credit_crumbs_dropped() -> None:
    header = (
        "<header class='story-header'><ul class='breadcrumbs'><li><a href='/news'>News</a>"
        "</li><li><a href='/news/local'>Local</a></li></ul>"
        f"<h1 class='story-header__headline'>{TITLE_EN}</h1>"
        f"<p class='story-header__standfirst'>{LEDE_EN}</p>"
        "<p class='story-header__byline'>By Jo Tester</p>"
        "<p class='story-header__date'>3 March 2024</p>"
        "<figure><figcaption class='header-credit'>Photo: Sam Lens/Agency</figcaption>"
        "</figure></header>"
    )
    page = extract(_en(header))
    lines = page.body.split("\n")
    assert LEDE_EN in lines and lines.index(LEDE_EN) < 3
    for chrome in ("News", "Local", "By Jo Tester", "3 March 2024", "Photo: Sam Lens/Agency"):
        assert chrome not in lines
    rules = {r for _, _, r in page.drops}
    assert "extract.chrome_named" in rules  # the rest of the header is on the record


def test_header_with_only_byline_and_date_adds_no_line() -> None:
    header = (
        f"<header class='entry-header'><h1 class='entry-header__title'>{TITLE_EN}</h1>"
        "<div class='entry-header__meta'>By Jo Tester, 3 March 2024, 10:15</div></header>"
    )
    lines = extract(_en(header)).body.split("\n")
    assert "By Jo Tester, 3 March 2024, 10:15" not in lines
    assert len(lines) == 3 and lines[0].startswith("The old pier")


def test_teaser_box_of_other_stories_inside_the_header_stays_dropped() -> None:
    other = (
        "The village school on the island will be repaired over the holidays, the district said."
    )
    header = (
        f"<header class='entry-header'><h1 class='entry-header__title'>{TITLE_EN}</h1>"
        "<div class='entry-header__teasers'><h3><a href='/o1'>Island school gets a new roof"
        f"</a></h3><p class='entry-header__text'>{other}</p></div></header>"
    )
    assert other not in extract(_en(header)).body


def test_a_one_line_tagline_and_a_share_bar_sentence_stay_dropped() -> None:
    header = (
        f"<header class='story-header'><h1 class='story-header__headline'>{TITLE_EN}</h1>"
        "<p class='story-header__tagline'>Coast life, weekly</p>"
        "<p class='story-header share'>Share this story with your friends and neighbours "
        "on the coast today!</p></header>"
    )
    body = extract(_en(header)).body
    assert "Coast life, weekly" not in body
    assert "Share this story" not in body


def test_site_header_slogan_sentence_outside_the_article_stays_dropped() -> None:
    site = (
        "<div class='page-header'><h1 class='page-header__logo'>The Coast Courier</h1>"
        "<p class='page-header__slogan'>Independent news from every bay and harbour since "
        "the year 1901.</p></div>"
    )
    header = f"<header class='story-header'><h1>{TITLE_EN}</h1><p>{LEDE_EN}</p></header>"
    body = extract(_en(header, site)).body
    assert "Independent news" not in body
    assert LEDE_EN in body


LEDE_ZH = "经过一年多的施工，某县渡口新码头日前建成，两岸群众出行时间缩短了一半。"


def test_chinese_summary_in_the_article_header_is_kept() -> None:
    html = (
        "<html><head><title>某县渡口新码头建成通航_某某日报</title></head><body>"
        "<header class='top-header'><a href='/'>某某日报</a>"
        "<p>传播正能量，服务千万家，欢迎您的光临。</p></header><main><article>"
        "<div class='article-header'><h1 class='header-title'>某县渡口新码头建成通航</h1>"
        f"<p class='header-summary'>{LEDE_ZH}</p><div class='header-info'>"
        "<span>来源：某某日报</span><span>2024-05-06 10:20</span></div></div>"
        "<div class='content'><p>记者从县交通部门了解到，新码头共有四个泊位，可同时停靠两艘客渡船。"
        "</p><p>码头还配套建设了候船室和停车场，方便周边村民往来。</p>"
        "<p>县里表示，下一步将继续完善农村客运网络，让群众出行更便捷。</p></div>"
        "</article></main></body></html>"
    )
    lines = extract(html).body.split("\n")
    assert lines[0] == LEDE_ZH
    assert "欢迎您的光临" not in "\n".join(lines)
    assert not any("来源" in ln for ln in lines)
