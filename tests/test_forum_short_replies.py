"""Short replies of a forum thread are kept (silent loss of a thread's light posts).

The extractor took a chosen post's same-shape siblings only when each weighed one real
reply (:data:`~cleaner.ingest.html_threads.MIN_COMMENT_WEIGHT`): a one-line reply under its
subject heading and profile box weighs less, and went as ``extract.outside_main`` while the
longer replies beside it were kept.

The pages are our own, written in the shape of a bulletin-board thread (each post a box
with a subject heading, an author line, the text and a profile list); look-alikes (a
sponsored box of the posts' shape, light boxes beside one post) must still stay out.
"""

from __future__ import annotations

from cleaner.ingest.html import Extracted, apply_drops, extract

MENU = "<ul>" + "".join(f"<li><a href='/f/{i}'>分区{i}</a></li>" for i in range(8)) + "</ul>"
FIRST = (
    "上个月把家里的旧书桌重新刷了一遍漆，先用砂纸把表面磨平，再刷两遍底漆，"
    "最后上了一层清漆，前后花了差不多一个星期，效果比想象中好很多。"
)
REPLIES = (
    "水性漆还是油性漆？",
    "收藏了",
    "砂纸用的是多少目的？我上次磨得太粗，留了划痕。",
    "厉害厉害",
    "求刷漆前的照片",
    "清漆气味大不大？",
)


def post(i: int, text: str, *, cls: str = "post") -> str:
    return (
        f"<div id='p{i}' class='{cls}'><div class='inner'><div class='postbody'>"
        f"<h3><a href='/t/8?p={i}#p{i}'>回复: 旧书桌翻新记</a></h3>"
        f"<p class='author'>作者 <a href='/u/{i}'>木工新手{i}</a> » 周{i % 7 + 1} 20:1{i}</p>"
        f"<div class='content'>{text}</div></div>"
        f"<dl class='postprofile'><dt><a href='/u/{i}'>木工新手{i}</a></dt>"
        f"<dd>帖子: {i + 3}</dd></dl></div></div>"
    )


def thread(posts: str) -> str:
    return (
        "<html><head><title>旧书桌翻新记 - 手工论坛</title></head><body>"
        f"<div class='headerbar'>{MENU}</div><div id='page-body'><h2>旧书桌翻新记</h2>"
        f"{posts}</div><div class='footer'><p>联系我们 | 站点地图</p></div></body></html>"
    )


def check(e: Extracted) -> None:
    assert apply_drops(e.visible, e.drops) == e.body


def test_short_replies_of_a_confirmed_thread_are_kept() -> None:
    """The long first post is chosen (each reply's linked subject heading weighs more
    against the thread than its short line adds); its same-shape siblings with post meta
    are the thread's replies, the one-line ones ('收藏了') as much as the longer ones."""
    e = extract(thread(post(0, FIRST) + "".join(post(i + 1, r) for i, r in enumerate(REPLIES))))
    for r in (FIRST, *REPLIES):
        assert r in e.body.split("\n"), r
    # the profile lists and author lines stay out, on the record
    assert "帖子: 5" not in e.body and "帖子: 5" in e.visible
    assert "木工新手3" not in e.body
    check(e)


def test_a_same_shape_box_without_text_of_its_own_stays_out() -> None:
    """Look-alike: between the posts the board puts a box of the posts' shape that holds
    only post meta and a list of links (a sponsored floor): no user text, so it is no
    reply and stays out."""
    ad = (
        "<div id='p90' class='post'><div class='inner'><div class='postbody'>"
        "<p class='author'>作者 <a href='/u/ad'>推广</a></p><div class='content'><ul>"
        + "".join(f"<li><a href='/ad/{i}'>推广链接{i}</a></li>" for i in range(5))
        + "</ul></div></div></div></div>"
    )
    posts = post(0, FIRST) + ad + "".join(post(i + 1, r) for i, r in enumerate(REPLIES))
    e = extract(thread(posts))
    assert "收藏了" in e.body and "厉害厉害" in e.body
    assert "推广链接2" not in e.body and "推广链接2" in e.visible
    check(e)


def test_light_boxes_beside_one_post_are_not_taken_for_a_thread() -> None:
    """Look-alike: a long post with one-line boxes of its shape beside it but no other
    real post: no thread is confirmed (fewer than two posts of weight), so nothing
    light is added (the extractor's choice stands as before)."""
    boxes = "".join(post(i + 1, f"第{i}项") for i in range(4))
    e = extract(thread(post(0, FIRST) + boxes))
    assert FIRST in e.body
    assert "第2项" not in e.body
    check(e)
