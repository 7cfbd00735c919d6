"""A short post hidden until a script reveals it (an image post's caption in a container
styled ``visibility: hidden``) over a page that shows nothing but its head is revealed,
not lost; a hidden dialog beside a visible article, or a hidden list of links, stays out.
Every word is invented."""

from __future__ import annotations

from cleaner.ingest.html import extract

HEAD = (
    "<html><head><meta charset='utf-8'><title>稻子熟了</title></head><body>"
    "<h1 class='post-title'>稻子熟了</h1><div class='meta'><span>原创</span> "
    "<a href='#'>河湾日报</a></div>"
)
FOOT = "<div class='tool'><a href='#'>阅读原文</a> 阅读 <span></span></div></body></html>"
HIDDEN = "<div class='post' style='visibility: hidden;'>{}</div>"
ARTICLE = "".join(
    f"<p>河湾镇的晒谷场今年翻修一新，老人们坐在槐树下说着旧事，孩子们追着花猫跑第{i}圈。</p>"
    for i in range(6)
)


def test_a_short_hidden_post_over_an_empty_page_is_revealed_and_flagged() -> None:
    e = extract(HEAD + HIDDEN.format("<p>今天村里的稻子熟了，大家都很开心。</p>") + FOOT)
    assert "今天村里的稻子熟了，大家都很开心。" in e.body.split("\n")
    assert e.fallback == "hidden_short"


def test_a_hidden_dialog_beside_a_visible_article_stays_out() -> None:
    page = HEAD + f"<div class='text'>{ARTICLE}</div>"
    page += HIDDEN.format("<p>登录后可以查看全部评论。</p>") + FOOT
    e = extract(page)
    assert "登录后可以查看全部评论。" not in e.body
    assert "河湾镇的晒谷场今年翻修一新" in e.body


def test_a_hidden_list_of_links_is_not_a_post() -> None:
    links = "".join(f"<a href='/p{i}'>往期推荐第{i}期。</a>" for i in range(3))
    e = extract(HEAD + HIDDEN.format(links) + FOOT)
    assert "往期推荐" not in e.body
