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


# --- posts whose text box is named like a role ------------------------------------------

NOTES = (
    "周六在河堤上试了新买的风筝，风不大也能飞起来，线放到一百米左右很稳。",
    "线是什么材质的？",
    "看着不错",
    "河堤那边周末人多吗？我想带孩子去，怕放风筝的时候不好跑开。",
    "下次一起",
    "求链接",
    "我的那只一直往下栽，是不是尾巴太短了？",
)


def box_thread(text_box: str, user_box: str = "poster") -> str:
    """A thread whose every post keeps its text in a box of class ``text_box``."""
    posts = "".join(
        f"<div class='entry'><div class='{user_box}'><a href='/u/{i}'>放飞者{i}</a></div>"
        f"<div class='stamp'>2024-04-{i + 10} 09:3{i}</div>"
        f"<div class='{text_box}'><p>{t}</p></div></div>"
        for i, t in enumerate(NOTES)
    )
    return (
        "<html><head><title>新风筝试飞 - 户外论坛</title></head><body>"
        f"<div class='top'>{MENU}</div><div class='thread'>{posts}</div>"
        "<div class='footer'><p>联系我们 | 站点地图</p></div></body></html>"
    )


def test_posts_in_boxes_named_like_chrome_are_kept() -> None:
    """Every post's text box carries a utility class that holds a chrome word
    ('overflow-hidden', 'show-more-content'): the boxes of that one shape outweigh the
    page's plain text, so they are the posts, not chrome."""
    for box in ("prose break-words overflow-hidden", "rich-text show-more-content"):
        e = extract(box_thread(box))
        for t in NOTES:
            assert t in e.body.split("\n"), (box, t)
        assert "分区3" not in e.body and "联系我们" not in e.body
        check(e)


def test_posts_in_boxes_named_like_post_meta_are_kept() -> None:
    """Every post's text sits in a 'message-userContent' box (a user-info word): short
    boxes, but together they outweigh the page's plain text, so they are the posts; the
    user names in the small user boxes stay out as post meta."""
    e = extract(box_thread("message-userContent", user_box="message-user"))
    for t in NOTES:
        assert t in e.body.split("\n"), t
    assert "放飞者2" not in e.body and "放飞者2" in e.visible
    check(e)


def test_boxes_named_like_chrome_beside_a_heavier_article_stay_out() -> None:
    """Look-alike: an article with three same-shape 'hot' boxes (a teaser and a summary
    each) beside it: together they weigh less than the article's text, so they stay
    chrome (on the record)."""
    story = "".join(
        f"<p>新修的河堤步道今天开放，第{i}段沿河种了柳树和樱花，每隔两百米设一个休息点，"
        "晚上十点前路灯常亮，附近居民可以从三个入口进出。</p>"
        for i in range(5)
    )
    hot = "".join(
        f"<div class='hot-item'><p>周边推荐{i}：河对岸的小公园也在改造，预计下个月完工。</p></div>"
        for i in range(3)
    )
    page = (
        "<html><body><div class='top'>" + MENU + "</div><div class='wrap'><div class='story'>"
        f"{story}</div><div class='col'>{hot}</div></div></body></html>"
    )
    e = extract(page)
    assert "第4段" in e.body
    assert "周边推荐1" not in e.body
    assert "周边推荐1" in "\n".join(
        e.visible[a:b] for a, b, r in e.drops if r == "extract.chrome_named"
    )
    check(e)
