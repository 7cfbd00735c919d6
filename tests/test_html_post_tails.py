"""A thread's post tails (a short row under each post of its client, floor number, time,
reply buttons, IP place) are dropped on the record (html_post_tails); replies that mention
a time or the word 回复 in a sentence, a post that is only a date, a lone 赞 reply and a
single article's dateline stay.  Invented wording, three invented forum styles."""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_post_tails import is_tail, post_tails

REPLIES = [
    "河堤边新开的那家面馆汤头怎么样？周末想带家里老人去尝尝。",
    "汤头偏咸，不过牛肉给得很足，老人家可以让老板少放点盐。",
    "停车不太方便，建议坐公交到桥头那站再走五分钟过去。",
    "我上周去过一次，排队排了快半个小时，最好错开饭点。",
]

EN_REPLIES = [
    "Has anyone tried repotting a fig tree in late autumn without losing the leaves?",
    "I did it last October and it sulked for a month but came back fine in spring.",
    "Use a pot only a little larger than the root ball, figs like to be snug.",
    "Water sparingly after the move, soggy soil is what kills them over winter.",
]


def _thread(posts: list[str], tails: list[str], box: str = "tl") -> str:
    body = "".join(
        f"<div class=entry><div class=body>{p}</div><div class={box}>{t}</div></div>"
        for p, t in zip(posts, tails, strict=True)
    )
    return f"<html><body><div class=topic><h1>讨论</h1>{body}</div></body></html>"


def _dropped(e: object, rows: list[str]) -> None:
    for r in rows:
        assert r not in e.body  # type: ignore[attr-defined]


def test_tieba_style_tails_go_replies_stay() -> None:
    """Client + floor + time + reply; an IP place glued to the client; a lone fold button
    right under a tail row."""
    tails = [
        "来自某某手机客户端1楼2021-06-03 18:22回复",
        "IP属地：江西来自某某手机客户端2楼",
        "3楼2021-06-04 07:05回复",
        "IP属地：福建4楼2021-06-05 12:40回复",
    ]
    html = _thread(REPLIES, tails).replace(
        "</div></div><div class=entry>",
        "</div><div class=fold>收起回复</div></div><div class=entry>",
        1,
    )
    e = extract(html)
    for t in REPLIES:
        assert t in e.body
    assert "收起回复" not in e.body
    assert "某某手机客户端" not in e.body and "IP属地" not in e.body
    assert "2021-06-04 07:05" not in e.body
    assert any(rule == "extract.post_meta" for _, _, rule in e.drops)


def test_discuz_style_floor_tails_go() -> None:
    tails = ["#1 发表于 2020-2-1 09:10", "2# 引用 举报", "#3 回复 引用", "第4楼 分享 举报"]
    tails[0] = "#1 2020-2-1 09:10 举报"
    e = extract(_thread(REPLIES, tails, box="row"))
    for t in REPLIES:
        assert t in e.body
    _dropped(e, ["2# 引用 举报", "#3 回复 引用", "第4楼"])


def test_english_board_tails_go() -> None:
    tails = ["#1 · Reply · Quote", "Post #2 Share Report", "#3 Reply Quote", "Floor 4 · Report"]
    e = extract(_thread(EN_REPLIES, tails, box="x-meta-2"))
    for t in EN_REPLIES:
        assert t in e.body
    _dropped(e, tails)


def test_replies_mentioning_a_time_or_reply_stay() -> None:
    """A sentence with 回复 or a time in it is a reply's text, beside real tails."""
    posts = [
        "回复楼上：明天下午3:30在桥头见，我带伞。",
        "我昨天2021-06-04 07:05就到了，没人回复我。",
        "收到回复了，谢谢大家",
        "Reply to all: the meeting moved to 2021-06-05 10:00, same room.",
    ]
    e = extract(_thread(posts, ["1楼 回复", "2楼 回复", "3楼 回复", "4楼 回复"]))
    for p in posts:
        assert p in e.body
    _dropped(e, ["1楼 回复", "4楼 回复"])


def test_post_that_is_only_a_date_stays() -> None:
    """A post whose whole text is a date-like short line (or a lone 赞) is the post's text."""
    posts = [REPLIES[0], "2021年6月3日", REPLIES[1], "赞", REPLIES[2], "2021-06-04", REPLIES[3]]
    tails = [f"{n}楼 回复" for n in range(1, 8)]
    tails[1] = "2楼 2021-06-03 18:22 回复"
    e = extract(_thread(posts, tails))
    lines = e.body.splitlines()
    for p in posts:
        assert p in lines
    assert "2楼 2021-06-03 18:22 回复" not in e.body and "7楼 回复" not in e.body


def test_too_few_tails_are_no_thread() -> None:
    """Two rows are no thread's repetition: a single article's footer stays."""
    texts = ["第一段正文。", "3楼 回复", "第二段正文。", "4楼 回复"]
    assert post_tails(texts, [None] * len(texts)) == []


def test_shapes() -> None:
    assert is_tail("IP属地：内蒙古来自某某客户端6楼")
    assert is_tail("#12 Reply Quote")
    assert is_tail("2021-06-03 18:22 回复")
    assert not is_tail("2021-06-03 18:22")  # a bare time: a post stamp's (html_post_stamps)
    assert not is_tail("回复")  # a lone action: only right under a tail row
    assert not is_tail("I like the reply")
    assert not is_tail("发自内心地感谢")
    assert not is_tail("3楼说得对")
