"""A story's standfirst, the paragraph right under its headline that sums it up, stands
beside the headline outside the story's block (``<h1>…</h1><p class="intro">…</p><div
class="group">…story…</div>``): it was dropped as outside the main content while the
headline came back (html_deck), a real news page's loss.  It comes back with the
headline when it is a ``<p>`` of prose that ends a sentence, at most
``STANDFIRST_MAX_CHARS``.  Look-alikes stay out: a second paragraph under the headline,
a linked teaser, a long block, a line that ends no sentence.  Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

INTRO = (
    "The port authority has begun a three-year plan to rebuild the old grain quay. "
    "Sheds that stood empty for decades will be torn down, and not every trader is pleased."
)
STORY = "".join(
    f"<p>Paragraph {k} of the story: the grain quay was built a century ago for the river "
    "barges, and its sheds have stood empty since the last mill closed down the valley.</p>"
    for k in range(1, 7)
)


def page(under: str) -> str:
    return (
        "<html><head><title>Port rebuilds the grain quay</title></head><body><div class='col'>"
        "<h1>Port rebuilds the grain quay</h1>"
        f"{under}<div class='group'>{STORY}</div>"
        "<h4>More from the port</h4><div class='group'>"
        + "".join(
            f"<p><a href='/n/{k}'>Port story {k}: barges, cranes and the river trade</a> "
            f"Teaser {k} for another story.</p>"
            for k in range(1, 13)
        )
        + "</div>"
        "</div></body></html>"
    )


def test_the_standfirst_under_the_headline_is_kept() -> None:
    lines = extract(page(f"<p class='intro'>{INTRO}</p>")).body.split("\n")
    assert lines[:2] == ["Port rebuilds the grain quay", INTRO]
    assert "Paragraph 6 of the story" in lines[-1]


@pytest.mark.parametrize(
    "under",
    [
        f"<div class='intro'>{INTRO}</div>",  # no paragraph
        f"<p>{INTRO[:-1]} and more to come</p>",  # ends no sentence
        f"<p><a href='/teaser'>{INTRO}</a></p>",  # a linked teaser
        f"<p>{INTRO} {INTRO} {INTRO}</p>",  # too long for a standfirst
    ],
)
def test_look_alikes_stay_out(under: str) -> None:
    body = extract(page(under)).body
    assert "three-year plan" not in body
    assert "Paragraph 6 of the story" in body
