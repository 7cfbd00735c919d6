"""A forum thread's or Q&A page's poster (the name the page marks as a user's, beside
the post's stamp near the headline) is the article's ``meta.author``
(:mod:`cleaner.ingest.html_posters`).  Look-alikes that name no poster: a section's name
over a news page's date row (not marked as a user's), the reader's own account box
(``登录/注册``), a list of comments each with its poster far under the headline, a name
with no stamp beside it.  All pages here are invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

_POST = (
    "<p>周末带孩子去郊外的湿地公园看候鸟，湖面上停着成群的白鹭和野鸭，孩子兴奋得一直数个不停。</p>"
    "<p>公园新修了木栈道和观鸟屋，冬天来也不会太冷，推荐有小朋友的家庭去走一走，记得带望远镜。</p>"
)


def _page(head: str, *, nav: str = "", tail: str = "") -> str:
    return (
        "<html><head><title>湿地公园观鸟小记 - 某某社区</title></head><body>"
        f'<div class="nav"><a href="/">首页</a><a href="/forum">版块</a>{nav}</div>'
        f'<div class="thread"><h1>湿地公园观鸟小记</h1>{head}'
        f'<div class="post-body">{_POST}</div></div>{tail}</body></html>'
    )


@pytest.mark.parametrize(
    ("head", "who"),
    [
        # the name on a line over the stamp row, in a user's element
        (
            '<div class="post-author"><span>林间小鹿</span></div>'
            "<div><span>2031.03.11 10:51</span><span>发布于</span><a>游记版</a></div>",
            "林间小鹿",
        ),
        # the first cell of the stamp row, a link to the poster's profile
        (
            '<div class="meta"><a href="/u/8812">walker_07</a> · 3 天前 · 120 次阅读</div>',
            "walker_07",
        ),
        # inside the stamp row, after a word of posting
        (
            '<div class="meta">由 <a class="article-author">青石板</a>'
            "发布于 2031-02-24 14:02</div>",
            "青石板",
        ),
        # a thread's poster card: the name over its counters, the stamp under them
        (
            '<div class="postauthor"><a href="/space/77" class="xw1">南山樵夫</a></div>'
            "<div>1</div><div>主题</div><div>3</div><div>帖子</div><div>新手上路</div>"
            "<div>楼主</div><div>发表于 2031-4-5 23:20:45 | 只看该作者</div>",
            "南山樵夫",
        ),
        # a blog's post foot: the posting phrase is no part of the name
        (
            '<div class="post-footer"><span class="post-author">Posted by <span>Mara Quill'
            "</span></span> at 5:11 AM</div>",
            "Mara Quill",
        ),
    ],
)
def test_poster_beside_the_stamp_is_the_author(head: str, who: str) -> None:
    assert extract(_page(head)).meta.get("author") == who


def test_section_name_over_a_date_row_is_no_author() -> None:
    head = '<div class="channel">本地新闻</div><div>2031-03-11 10:51　来源：某某晚报</div>'
    assert "author" not in extract(_page(head)).meta


def test_readers_account_box_is_no_author() -> None:
    nav = '<div class="user-box"><button class="login">登录/注册</button></div>'
    head = "<div>2031-03-11 10:51</div>"
    assert "author" not in extract(_page(head, nav=nav)).meta


def test_a_user_name_with_no_stamp_beside_it_is_no_author() -> None:
    head = '<div class="post-author"><span>林间小鹿</span></div>'
    assert "author" not in extract(_page(head)).meta


def test_comments_far_under_the_headline_name_no_poster() -> None:
    tail = "".join(
        f'<div class="comment"><a class="user-name">{n}</a><span>2031-03-1{k} 09:00</span>'
        f"<p>{t}</p></div>"
        for k, (n, t) in enumerate([("山茶花", "拍得真好看。"), ("小河马", "下周也去。")])
    )
    filler = "".join(
        f"<div>{w}</div>" for w in ("热门", "最新", "全部", "好评", "一般", "差评", "排序")
    )
    assert "author" not in extract(_page(filler, tail=tail)).meta
