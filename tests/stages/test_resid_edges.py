"""Chrome told by a line's shape at the text's edges (resid, issue 12).

* An image a notice offers as an attachment under its text (``附件：某桥位置示意图.jpg``) is
  a file line of its download list, as a document's is (``file_lists.toml`` ``[images]``).
* A badge right over the page's headline, opened by a pictograph and parted into cells by a
  dot or a bar (``⚠ 某提示　·　程度：较大``), is a kicker, no line of the text
  (``html_edges.kicker_labels``).

Look-alikes that stay: an image named inside a sentence, one unlabelled image line, a
deck of words over the headline, a badge that stands over no headline.  Every word is
invented.
"""

from __future__ import annotations

from cleaner.stages.file_lists import file_line, file_list
from cleaner.stages.html_edges import kicker_labels

BODY = "拟命名的两条道路均位于新区东部，命名方案已征求沿线单位和居民意见，现予以公示。"
CONTACT = "联系人：某某　联系电话：0000-1234567"


def test_an_image_attachment_closing_the_text_goes() -> None:
    page = [BODY, CONTACT, "附件：拟命名道路走向图.jpg", "版权所有"]
    assert file_list(page, {3}) == [2]
    page = [BODY, "附件：", "1.道路走向图.png", "2.现场照片.jpeg", "版权所有"]
    assert file_list(page, {4}) == [1, 2, 3]


def test_an_image_named_in_a_sentence_or_alone_stays() -> None:
    assert not file_line("走向详见示意图.jpg，请各单位对照核实。")
    page = [BODY, "道路走向图.jpg", "版权所有"]
    assert file_list(page, {2}) == []  # one line, no label: it may be the text's


HEADLINE = "关于某路段夜间封闭施工的公告"


def test_a_glyph_badge_over_the_headline_goes() -> None:
    page = ["⚠ 出行提示　·　影响程度：一般", HEADLINE, "因管道改造，某路段将于夜间封闭。"]
    assert kicker_labels(page, (HEADLINE,)) == [0]
    page = ["★ 置顶 | 重要", HEADLINE, "因管道改造，某路段将于夜间封闭。"]
    assert kicker_labels(page, (HEADLINE,)) == [0]


def test_a_deck_or_a_badge_over_no_headline_stays() -> None:
    deck = ["城东 · 一条路的夜晚", HEADLINE, "因管道改造，某路段将于夜间封闭。"]
    assert kicker_labels(deck, (HEADLINE,)) == []
    badge = ["⚠ 出行提示　·　影响程度：一般", "因管道改造，某路段将于夜间封闭。", HEADLINE]
    assert kicker_labels(badge, (HEADLINE,)) == []
    one_cell = ["⚠ 出行提示", HEADLINE, "因管道改造，某路段将于夜间封闭。"]
    assert kicker_labels(one_cell, (HEADLINE,)) == []
