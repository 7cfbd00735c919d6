"""A sentence of the article whose words are mostly a link stays
(:mod:`cleaner.ingest.html_linked_prose`); link lists, linked headlines, buttons and a
comment form's linked notice are still dropped by ``extract.link_list``.

Every page here is invented.
"""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_linked_prose import linked_sentence
from tests.test_html_extract import check_ledger

STORY = [
    "The harbour board met on Tuesday to settle the dredging budget for the coming year.",
    "Fishermen had asked for the channel to be deepened before the autumn storms arrive.",
    "The board agreed to hire a second dredger from the neighbouring port for six weeks.",
    "Work will start at the inner basin, where silt has built up fastest since the spring.",
    "Boats moored there will be moved to the visitors' pontoon while the dredgers are at work.",
    "The board expects the whole channel to be clear again well before the first gales.",
]
# a sentence whose long clause is a link: more than half its characters are link text
LINKED = (
    "The harbour master said <a href='/a'>the old channel markers would be replaced "
    "with lit buoys by the end of the month</a>."
)
LINKED_TEXT = (
    "The harbour master said the old channel markers would be replaced "
    "with lit buoys by the end of the month."
)
# a deals-style paragraph: every product a link, the glue words plain
DEALS = (
    "Today's offers include <a href='/b'>a folding kayak from $300 at the boat shop</a>. "
    "You can also find <a href='/c'>waterproof lanterns for $25</a> and "
    "<a href='/d'>a pair of oars with a free bag for $80</a>."
)


def page(body: str) -> str:
    return (
        "<html><head><title>Dredging budget</title></head><body><main><div class='story'>"
        + body
        + "</div></main></body></html>"
    )


def paras(*extra: str) -> str:
    return "".join(f"<p>{s}</p>" for s in (*STORY[:3], *extra, *STORY[3:]))


def dropped(e: object, rule: str = "extract.link_list") -> str:
    return "\n".join(e.visible[s:t] for s, t, r in e.drops if r == rule)  # type: ignore[attr-defined]


def test_a_sentence_whose_clause_is_a_link_stays() -> None:
    e = extract(page(paras(LINKED)))
    assert LINKED_TEXT in e.body
    assert all(s in e.body for s in STORY)
    assert "lit buoys" not in dropped(e)
    check_ledger(e)


def test_a_paragraph_of_linked_offers_stays() -> None:
    e = extract(page(paras(DEALS)))
    assert "Today's offers include a folding kayak" in e.body
    assert "a pair of oars with a free bag for $80." in e.body


def test_a_chinese_sentence_mostly_linked_stays() -> None:
    body = (
        "<p>港务局周二召开会议，讨论明年航道疏浚的预算安排，渔民代表也列席旁听了会议。</p>"
        "<p>渔民们希望在秋季风暴到来之前把航道挖深，以免船只进出港口时搁浅。</p>"
        "<p>局长表示，<a href='/z'>旧的航道标志将在本月底前全部更换为夜间可见的发光浮标</a>。</p>"
        "<p>会议最后决定从邻近港口租用第二艘挖泥船，工期预计为六周左右。</p>"
        "<p>施工将从内港开始，那里自春季以来淤积最为严重，停泊的船只需要暂时移走。</p>"
    )
    e = extract(page(body))
    assert "旧的航道标志将在本月底前全部更换为夜间可见的发光浮标" in e.body


def test_link_lists_and_linked_headlines_are_still_dropped() -> None:
    # look-alikes: a related list (links edge to edge), a labelled related line, a button
    related = (
        "<ul><li><a href='/r1'>Lighthouse keeper retires after forty winters on the rock.</a></li>"
        "<li><a href='/r2'>Ferry company orders two electric boats for the bay route.</a></li>"
        "</ul>"
    )
    label = "<p>Related: <a href='/r3'>Why the old pier will close for repairs this spring</a></p>"
    button = "<p><a href='/r4'>TAP HERE TO GET OUR HARBOUR NEWS APP FOR FREE TODAY!</a></p>"
    e = extract(page(paras(related, label, button)))
    assert all(s in e.body for s in STORY)
    for gone in ("Lighthouse keeper retires", "Ferry company orders", "old pier", "HARBOUR NEWS"):
        assert gone not in e.body
        assert gone in dropped(e)


def test_a_comment_forms_linked_notice_is_still_dropped() -> None:
    notice = (
        "<p>This blog filters replies with a screening tool. "
        "<a href='/privacy'>Read how the tool handles what you type in the box</a>.</p>"
    )
    body = (
        paras()
        + "<div id='comments' class='comments-area'><h3>Leave a reply</h3>"
        + notice
        + "</div>"
    )
    e = extract(page(body))
    assert all(s in e.body for s in STORY)
    assert "screening tool" not in e.body


def test_the_sentence_test() -> None:
    sentence = "The council will <vote> on the new tram route before the summer break."
    assert linked_sentence(sentence, 30)
    assert not linked_sentence(sentence, 5)  # all but a few characters a link
    assert not linked_sentence("The council will vote on the new tram route", 30)  # no end mark
    assert not linked_sentence("Tram route vote set.", 12)  # too short for a sentence
    assert linked_sentence("委员会将在暑假前就新的有轨电车线路进行投票表决。", 20)
    assert not linked_sentence("新的有轨电车线路？", 20)


def test_a_partly_linked_item_of_the_articles_own_list_stays() -> None:
    points = (
        "<ul><li>Dredgers work only at high water, when the channel is deep enough</li>"
        "<li>Moorings in the inner basin are cleared one row at a time</li>"
        "<li>Your <a href='/moor'>mooring fees for the season</a> are refunded</li>"
        "<li>Night crossings keep to the marked fairway until the work is done</li></ul>"
    )
    e = extract(page(paras(points)))
    assert "Your mooring fees for the season are refunded" in e.body
    assert "Moorings in the inner basin are cleared one row at a time" in e.body


def test_a_list_of_links_with_one_plain_item_is_still_dropped() -> None:
    # look-alike: a related list whose items are all links, but for one plain line
    links = "".join(
        f"<li>See <a href='/l{n}'>{t}</a></li>"
        for n, t in enumerate(
            (
                "the ferry timetable for the winter months",
                "the pier repairs planned for the spring",
                "the lighthouse open days in the summer",
            )
        )
    )
    e = extract(page(paras(f"<ul>{links}<li>More stories from the harbour desk</li></ul>")))
    assert all(s in e.body for s in STORY)
    assert "ferry timetable" not in e.body and "ferry timetable" in dropped(e)
