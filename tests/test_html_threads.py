"""Threads stay whole (issue 12: silent loss of replies, answers and attachments).

The pages are our own, written in the shape of forum, Q&A and microblog pages: each
mechanism of :mod:`cleaner.ingest.html_threads` (and the attachment links of
:mod:`cleaner.ingest.html_layout`) has a page it keeps whole and a look-alike whose extra
blocks must stay out.  What is dropped stays on the record (``Extracted.drops``).
"""

from __future__ import annotations

import re

import pytest

from cleaner.ingest.html import Extracted, apply_drops, extract
from cleaner.ingest.html_elements import default_rules

MENU = "".join(f"<a href='/c/{i}'>栏目{i}</a> " for i in range(8))


def dropped(e: Extracted, rule: str) -> str:
    return "\n".join(e.visible[a:b] for a, b, r in e.drops if r == rule)


def check(e: Extracted) -> None:
    assert apply_drops(e.visible, e.drops) == e.body


# --- attachments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_file"),
    [
        ("施工规范.pdf 3.5MB", True),
        ("minutes-2023.docx", True),
        ("数据.xlsx (20 KB)", True),
        ("archive.tar.gz", True),
        ("www.example.com", False),
        ("Node.js", False),
        ("Version 1.2", False),
        ("Download PDF", False),
        ("pdf", False),
    ],
)
def test_attachment_names_a_file(text: str, is_file: bool) -> None:
    pattern = default_rules().attachment
    assert pattern is not None
    assert bool(pattern.search(text)) is is_file


def resource_post(link_text: str) -> str:
    return (
        f"<html><body><div class='top-nav'>{MENU}</div><div class='wrap'>"
        "<div class='detail'><div class='post-title'><h2>防水工程资料</h2></div>"
        "<div class='post-body'><p>验收用的表格</p>"
        f"<p><a href='/api/file?id=9'>{link_text}</a></p></div></div>"
        "<div class='side-box'>"
        + "".join(f"<p><a href='/t/{i}'>近期话题第{i}篇的标题文字</a></p>" for i in range(6))
        + "</div></div></body></html>"
    )


def test_a_post_of_a_title_and_an_attachment_keeps_both() -> None:
    """A resource post is a title, a line and a file: the file's link text (a file name
    and its size) is what the post offers, not a link elsewhere, so the post is not
    outweighed and its attachment line is kept."""
    e = extract(resource_post("验收表格汇编.pdf 2.31MB"))
    assert "验收用的表格" in e.body
    assert "验收表格汇编.pdf 2.31MB" in e.body
    assert "近期话题第1篇" not in e.body
    check(e)


def test_a_link_without_a_file_name_stays_a_link() -> None:
    """Look-alike: the same post whose link says "点击下载" names no file: it is a link
    line, dropped as a link list (on the record), as before."""
    e = extract(resource_post("点击这里下载全部资料"))
    assert "点击这里下载全部资料" not in e.body
    assert "点击这里下载全部资料" in e.visible
    check(e)


# --- replies under a comment's chrome-named part ------------------------------------------


def comment(i: int, footer: str) -> str:
    return (
        f"<div class='comment-item'><div class='user-name'>网友{i}</div>"
        f"<div class='comment-text'>第{i}条评论：这个工具我也用过，界面简洁，同步速度很快。</div>"
        f"<div class='comment-footer'>{footer}</div></div>"
    )


def test_nested_replies_under_a_comment_footer_are_kept() -> None:
    """A comment's ``__footer`` (a chrome word) holding the replies to it is the
    comment's reply thread: the replies are content."""
    nested = (
        "<div class='reply-wrap'><div class='reply-item'><div class='username'>楼主</div>"
        "<div class='content'>回复网友：谢谢补充，我再去看看它的离线模式怎么样。</div>"
        "</div></div>"
    )
    page = (
        "<html><body><div class='thread'><h1>推荐一个笔记工具</h1>"
        "<p>最近在用一个开源的笔记工具，支持多端同步，分享给大家。</p>"
        "<div class='comments'>"
        + "".join(comment(i, nested if i == 2 else "") for i in range(4))
        + "</div></div></body></html>"
    )
    e = extract(page)
    assert "回复网友：谢谢补充，我再去看看它的离线模式怎么样。" in e.body
    assert "第3条评论" in e.body and "推荐一个笔记工具" in e.body
    check(e)


def test_a_comment_footer_with_only_buttons_stays_chrome() -> None:
    """Look-alike: a comment footer holding a "reply" button and a share link (no user
    text) is still chrome: its lines stay out."""
    bar = "<div class='reply-btn'>回复</div><p>分享到朋友圈</p>"
    page = (
        "<html><body><div class='thread'><h1>推荐一个笔记工具</h1>"
        "<p>最近在用一个开源的笔记工具，支持多端同步，分享给大家。</p>"
        "<div class='comments'>" + "".join(comment(i, bar) for i in range(4)) + "</div>"
        "</div></body></html>"
    )
    e = extract(page)
    assert "第3条评论" in e.body
    assert "分享到朋友圈" not in e.body and "分享到朋友圈" in e.visible
    check(e)


# --- the post above a chosen reply list ---------------------------------------------------


def microblog(between: str) -> str:
    replies = "".join(
        f"<li class='comment-item'><a class='user-name' href='/u/{i}'>读者{i}</a>"
        f"<div class='comment-text'>第{i}位读者：这条消息很及时，希望后续能公布更详细的调查结果，"
        "也希望有关部门加强日常监管，别等到出了事才重视。</div></li>"
        for i in range(8)
    )
    return (
        "<html><body><div class='page'><div class='left-nav'>" + MENU + "</div>"
        "<div class='feed'><div class='feed-post'><div class='user-name'>本地新闻</div>"
        "<div class='feed-text'>【城南水厂今起检修】停产检修三天。</div>"
        "<div class='post-footer'><p><a href='/l/1'>https://example.org/notices/water</a></p>"
        "<p>发布于 2024-05-13 17:07</p><p>来自 手机客户端</p></div></div>"
        + between
        + "<ul class='comment-list'>"
        f"{replies}</ul></div></div></body></html>"
    )


def test_the_post_above_a_heavier_reply_list_is_kept() -> None:
    """The comments outweigh the short post they answer, whose footer (a link card, the
    date and device, named as chrome) weighs more than its one line: the chosen
    container is the reply list, and the post beside it (a tab bar between) is put
    back; its footer stays out."""
    e = extract(microblog("<div class='tab-nav'><span>按热度</span><span>按时间</span></div>"))
    assert "【城南水厂今起检修】停产检修三天。" in e.body
    assert "第7位读者" in e.body
    assert "栏目3" not in e.body and "来自 手机客户端" not in e.body
    check(e)


def test_no_post_is_invented_for_a_reply_list_amid_chrome() -> None:
    """Look-alike: between the post's block and the replies stands a long unnamed list
    of links (a topic index): climbing to a common ancestor would cost more than the
    replies weigh, so the reply list stays the content and the post stays out (on the
    record)."""
    index = "<ul>" + "".join(f"<li><a href='/t/{i}'>话题索引第{i}条</a></li>" for i in range(40))
    e = extract(microblog(index + "</ul>"))
    assert "第7位读者" in e.body
    assert "【城南水厂今起检修】" not in e.body
    assert "【城南水厂今起检修】" in dropped(e, "extract.outside_main")
    check(e)


# --- same-shape sibling posts --------------------------------------------------------------


def floor(i: int, body: str) -> str:
    return (
        f"<div class='floor'><div class='profile'><a class='author' href='/u/{i}'>网友{i}号</a>"
        f"<p><a href='/g'>初级会员</a></p><p><a href='/u/{i}/t'>查看全部帖子</a></p></div>"
        f"<div class='floor-body'>{body}</div><p class='floor-links'>"
        f"<a href='/r/{i}'>回复</a> <a href='/q/{i}'>引用</a> <a href='/j/{i}'>举报本楼</a>"
        f" <a href='/o/{i}'>只看该作者</a></p></div>"
    )


FIRST = (
    "<p>上周末带孩子去了城郊新开的湿地公园，整体感觉不错，这里说说路线和需要注意的地方。</p>"
    "<p>公园北门停车方便，南门靠近公交站，建议从北门进，沿木栈道一路往南走。</p>"
    "<p>园里的观鸟台下午人少，带望远镜的话可以多待一会儿。</p>"
)
REPLIES = (
    "同意楼上的看法，这个办法我也试过。",
    "谢谢楼主分享，收藏了慢慢看。",
    "请问观鸟台几点开放？",
    "按攻略走了一遍，确实不错。",
)


def test_short_replies_of_a_thread_are_kept_beside_a_long_first_post() -> None:
    """Each reply comes with a profile box and a bar of links that weigh more than its
    one short line, so the first post alone outweighs the thread: the posts of the same
    shape beside it, each with user text and post meta, are kept with it."""
    page = (
        f"<html><body><nav>{MENU}</nav><div class='thread'>{floor(0, FIRST)}"
        + "".join(floor(i + 1, f"<p>{r}</p>") for i, r in enumerate(REPLIES))
        + "</div></body></html>"
    )
    e = extract(page)
    assert "沿木栈道一路往南走" in e.body
    for r in REPLIES:
        assert r in e.body
    # the profile links and the reply/quote/report bars stay out, on the record
    assert "举报本楼" not in e.body and "查看全部帖子" not in e.body
    assert "举报本楼" in e.visible
    check(e)


def test_story_rows_and_teasers_of_one_shape_stay_out() -> None:
    """Look-alike: a news story whose dateline row has the story row's shape, and a
    teaser list of one shape beside it: no post meta in them, so they are no thread."""
    story = "".join(
        f"<p>The council approved the new cycle lane plan on Tuesday, paragraph {i}, after "
        "a long debate about parking spaces and the width of the pavements.</p>"
        for i in range(5)
    )
    teasers = "".join(
        f"<div class='item'><h3><a href='/s/{i}'>Teaser {i}: the linked headline of another "
        f"story from this week</a></h3><p>Summary {i} in a short line.</p></div>"
        for i in range(3)
    )
    page = (
        "<html><body><div class='stories'><div class='item'><div class='row'>"
        "<p>Posted: Fri 6:45 PM, Feb 2 |</p></div><div class='row'><article>"
        f"{story}</article></div></div>{teasers}</div></body></html>"
    )
    e = extract(page)
    assert "paragraph 4" in e.body
    assert "Summary 1" not in e.body
    assert "Summary 1" in dropped(e, "extract.outside_main")
    check(e)


def test_thread_mechanisms_leave_a_plain_article_alone() -> None:
    """An article with a comment widget beside it: the article and the comments are
    kept as before (comment sections are kept, as trafilatura keeps them), nothing more."""
    body = "".join(
        f"<p>Paragraph {i} of the report on the harbour works, long enough to be prose.</p>"
        for i in range(6)
    )
    comments = "".join(
        f"<div class='comment'><span class='author'>reader{i}</span>"
        f"<p>Comment {i}: the works have made the morning ferry late twice this week.</p></div>"
        for i in range(3)
    )
    page = (
        "<html><body><div class='main'><article>" + body + "</article></div>"
        "<div class='comments-area'>" + comments + "</div>"
        "<div class='more-stories'><p>Other story teaser with several words in it.</p></div>"
        "</body></html>"
    )
    e = extract(page)
    assert "Paragraph 5" in e.body and "Comment 2" in e.body
    assert "Other story teaser" not in e.body
    assert not re.search(r"reader\d", e.body)
    check(e)
