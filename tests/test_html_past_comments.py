"""Readers' comments under an article tip no choice to the page's body (issue 12;
fixres18, :mod:`cleaner.ingest.html_past_comments`).

A list of comments adds its lines to the ``<body>`` but not to the article's own text
block beside it: enough short comments made the body the max-weight container, and the
body brought the boxes around the text with it (a card of the reviewed work over the
headline, a rating row).  Weighed without the comment lines, the text block wins; the
comments are kept by the comment-section rule either way.  A forum thread whose posts
live in comment-named blocks keeps every post.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract


def _page(card: list[str], head: str, text: list[str], text_cls: str, comments: str) -> bytes:
    box = "".join(f"<div class='c{i}'>{c}</div>" for i, c in enumerate(card))
    paras = "".join(f"<p>{p}</p>" for p in text)
    return (
        "<html><head><title>t</title></head><body>"
        "<div class='logo'>某某站</div>"
        f"<div class='card'>{box}</div><h1>{head}</h1>"
        f"<div class='{text_cls}'>{paras}</div>{comments}"
        "</body></html>"
    ).encode()


BOOK_TEXT = [
    "这本小说写的是一个守灯塔的人和他的女儿，前半部节奏很慢，海风和潮水的描写占了大半篇幅。",
    "到了第三部分，父女之间多年的误会终于说开，我在地铁上读到这里差点坐过了站。",
    "语言朴素，人物不多，但每个人都立得住，推荐给喜欢慢节奏故事的读者。",
]
BOOK_COMMENTS = (
    "<div class='comments'>"
    + "".join(
        f"<div class='comment-item'>读者{n}　{w}　2021-0{n}-1{n}</div>"
        for n, w in enumerate(
            [
                "看完你的评论马上去借了这本书。",
                "第三部分确实写得最好，我也哭了。",
                "前半部太慢了，我没坚持下来。",
                "灯塔那段描写让我想起小时候的海边。",
                "同意，人物虽少但都很鲜活。",
            ],
            1,
        )
    )
    + "</div>"
)

DISH_TEXT = [
    "The stew starts with onions softened slowly in butter until they turn the colour of honey.",
    "Add the barley and the stock, then leave the pot on the lowest flame for two full hours.",
    "Season only at the end, because the stock reduces and the salt grows stronger as it does.",
]
DISH_COMMENTS = (
    "<ul class='reply-list'>"
    + "".join(
        f"<li class='reply'>cook{n}: {w} (3 days ago)</li>"
        for n, w in enumerate(
            [
                "Made this on Sunday and the kids loved it.",
                "I used pearl barley and it worked fine.",
                "Two hours felt long but it was worth it.",
                "Added a bay leaf, would recommend that.",
            ],
            1,
        )
    )
    + "</ul>"
)

GAME_TEXT = [
    "這款桌遊的規則只有兩頁，十分鐘就能教會新手，但每一局的策略變化都很多，值得反覆遊玩。",
    "美術風格偏向水彩，卡牌手感不錯，唯一的缺點是收納盒太小，擴充包放不進去。",
    "總的來說，適合三到五人的家庭聚會，兩人遊玩時平衡性稍差。",
]
GAME_COMMENTS = (
    "<section id='comments'>"
    + "".join(
        f"<div class='comment'>玩家{n}：{w}</div>"
        for n, w in enumerate(
            [
                "收納盒的問題我也遇到了，只好另外買盒子。",
                "兩人局確實不太平衡，建議用變體規則。",
                "水彩畫風真的很好看，朋友都喜歡。",
                "十分鐘教會是真的，長輩也能玩。",
                "擴充包比本體還好玩，推薦入手。",
            ],
            1,
        )
    )
    + "</section>"
)

CASES = [
    (["灯塔 (2016)", "某甲 著", "8.1分"], "一本慢慢读的书",
     BOOK_TEXT, "review-body", BOOK_COMMENTS),
    (["Stew", "2 h", "Serves 4"], "A stew for the first cold week",
     DISH_TEXT, "recipe-text", DISH_COMMENTS),
    (["星河（2019）", "3-5人", "7.6分"], "家庭桌遊一款",
     GAME_TEXT, "post-content", GAME_COMMENTS),
]  # fmt: skip


@pytest.mark.parametrize(("card", "head", "text", "cls", "comments"), CASES)
def test_comments_do_not_pull_the_card_over_the_headline_in(
    card: list[str], head: str, text: list[str], cls: str, comments: str
) -> None:
    e = extract(_page(card, head, text, cls, comments))
    for p in text:
        assert p in e.body
    for c in card:
        assert c not in e.body
    assert head in e.visible


def test_a_thread_whose_posts_are_comment_named_keeps_every_post() -> None:
    posts = [
        "楼主：小区门口的早点摊搬走以后，大家早上都去哪里买早饭？附近有没有推荐的店？",
        "回复一：东门那家包子铺还在，豆浆是现磨的，七点以前去不用排队，价格也公道。",
        "回复二：菜市场二楼新开了一家面馆，早上六点半开门，牛肉面分量很足，值得一试。",
        "回复三：我一般在公司楼下买，不过周末会去西街的粥铺，那里的小菜是自家腌的。",
    ]
    body = "".join(f"<div class='reply'><p>{p}</p></div>" for p in posts)
    html = (
        "<html><head><title>t</title></head><body><div class='nav'>首页　论坛</div>"
        f"<div class='thread'><h1>早饭去哪买</h1>{body}</div>"
        "<div class='foot'>版权所有</div></body></html>"
    ).encode()
    e = extract(html)
    for p in posts:
        assert p in e.body


def test_a_text_block_that_wins_alone_is_unchanged() -> None:
    # two comments only: the text block wins the first choice already
    few = "<div class='comments'><div class='comment-item'>读者1　写得好。</div></div>"
    e = extract(_page(["某书 (2010)"], "一本书", BOOK_TEXT, "review-body", few))
    assert all(p in e.body for p in BOOK_TEXT)
    assert "某书 (2010)" not in e.body


def test_a_discussion_that_outweighs_the_story_stays_with_it() -> None:
    # the readers wrote more than the story: the first choice (story and replies) stands
    long = (
        "<div class='comments'>"
        + "".join(f"<div class='comment-item'>读者{n}　{BOOK_TEXT[n % 3]}</div>" for n in range(6))
        + "</div>"
    )
    e = extract(_page(["某书 (2010)"], "一本书", BOOK_TEXT[:1], "review-body", long))
    assert BOOK_TEXT[0] in e.body
    assert "读者5" in e.body
    # the first choice (the body around story and replies) stands, card and all
    assert "某书 (2010)" in e.body
