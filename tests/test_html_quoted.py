"""A post quoted inside another post's ``<footer>`` (a thread's chosen answer, a reply's
quoted post) is content (html_quoted); a post footer's buttons and counts, a page footer
and a post's nav bar stay chrome.  Invented wording."""

from __future__ import annotations

from bs4 import BeautifulSoup

from cleaner.ingest.html import extract
from cleaner.ingest.html_elements import default_rules
from cleaner.ingest.html_layout import _walk

QUOTED = "换季的时候把阳台的花盆挪到朝南的窗台下，每周浇一次水，叶子就不会发黄了。"
QUESTION = "请问家里的绿萝叶子总是发黄是什么原因？已经换过两次土了，还是一样，急求办法。"
REPLIES = [
    "我家的也是这样，后来少浇水就好了，土一直是湿的根会烂。",
    "看看盆底有没有排水孔，没有的话水积在下面很容易黄叶。",
    "绿萝喜欢散射光，放在太阳直晒的地方叶子也会变黄变焦。",
]


def _post(n: int, user: str, body: str, foot: str = "") -> str:
    return (
        f"<article class='CommentPost Post'><header class='Post-header'>"
        f"<span class='username'>{user}</span><time>{n} 天前</time></header>"
        f"<div class='Post-body'><p>{body}</p></div>"
        f"<aside class='Post-actions'><button>回复</button></aside>{foot}</article>"
    )


def _page(first_foot: str, *, tail: str = "") -> str:
    posts = _post(9, "花匠小王", QUESTION, first_foot) + "".join(
        _post(k, f"用户{k}", t) for k, t in enumerate(REPLIES, 1)
    )
    return (
        "<html><head><title>绿萝叶子发黄怎么办 - 园艺论坛</title></head><body>"
        "<nav><a href='/'>首页</a><a href='/g'>园艺</a></nav>"
        f"<h1>绿萝叶子发黄怎么办</h1><div class='PostStream'>{posts}</div>"
        f"{tail}<footer><p>园艺论坛 关于我们 联系方式</p></footer></body></html>"
    )


def _best(body: str = QUOTED) -> str:
    return (
        "<footer class='Post-footer'><div class='Post-mentionedBy'>"
        "<a href='/u/2'>用户2</a> 回复了此帖</div>"
        "<div class='CommentPost'><div class='Post-header'><span class='username'>老园丁</span>"
        "<span>最佳回复</span></div>"
        f"<div class='Post-body'><p>{body}</p></div></div></footer>"
    )


def test_best_answer_in_the_question_footer_is_kept() -> None:
    e = extract(_page(_best()))
    assert QUOTED in e.body
    assert QUESTION in e.body and REPLIES[-1] in e.body
    # the footer's own line (who replied) is still the footer's chrome
    assert "回复了此帖" not in e.body
    assert "回复了此帖" in e.visible


def test_reply_button_and_count_in_a_post_footer_stay_dropped() -> None:
    # a comment-named block in the footer, but short: a button and a count, no post
    foot = (
        "<footer class='Post-footer'><div class='reply-count'>"
        "<a href='#r'>回复</a> 共3条回复</div></footer>"
    )
    e = extract(_page(foot))
    assert "共3条回复" not in e.body
    assert QUESTION in e.body


def test_page_footer_with_comment_named_text_stays_dropped() -> None:
    # no post around it: a site's comment policy in the page footer is chrome
    policy = (
        "<footer class='site-foot'><div class='comment-policy'><p>"
        "评论须遵守本站社区公约，请勿发布广告、人身攻击以及与主题无关的内容，违者删帖。"
        "</p></div></footer>"
    )
    e = extract(_page("", tail=policy))
    assert "社区公约" not in e.body
    assert "社区公约" in e.visible


def test_comment_named_block_in_a_post_nav_stays_dropped() -> None:
    # a post's nav bar is no post part that quotes: it stays chrome whatever it holds
    nav = (
        "<nav class='post-nav'><div class='comment-jump'><p>"
        "跳转到下一个未读的回复，或者返回列表查看更多关于绿萝养护的讨论帖子。"
        "</p></div></nav>"
    )
    e = extract(_page(nav))
    assert "跳转到下一个未读的回复" not in e.body
    assert QUESTION in e.body


def test_comment_byline_in_a_comment_footer_stays_dropped() -> None:
    # a blog comment's footer: its author line is comment-named, long, but a byline
    # (named as post meta), not a quoted post
    foot = (
        "<footer class='comment-meta'><div class='comment-author'>"
        "Bartholomew Richardson-Smythe of the Riverside Allotments says:</div></footer>"
    )
    e = extract(_page(foot))
    assert "Riverside Allotments says" not in e.body
    assert QUESTION in e.body
    # ... and it is still laid out as the footer's (skip_tag), not as a quoted post
    lines = _walk(BeautifulSoup(_page(foot), "lxml").body, default_rules())[0]
    (line,) = [ln for ln in lines if "Riverside" in ln.text()]
    assert line.skip
