"""A thread's post stamps (a line holding only a post's time) are dropped on the record
(html_post_stamps); bare dates, bare times, one dateline and text lines that start with a
time stay.  Invented wording."""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_post_stamps import is_stamp, post_stamps

REPLIES = [
    "城西的旧书市场周日还开吗？想去淘几本老地图册。",
    "还开的，不过早上九点以后才有摊位，去早了白跑。",
    "门口那家卖连环画的老板人很好，可以砍价。",
    "上次去买了一套八十年代的菜谱，品相不错。",
]


def _thread(stamps: list[str]) -> str:
    posts = "".join(
        f"<div class=floor><p class=txt>{t}</p><div class=when><span class=t-item>{s}</span>"
        f"</div></div>"
        for t, s in zip(REPLIES, stamps, strict=True)
    )
    return f"<html><body><div class=thread><h1>旧书市场</h1>{posts}</div></body></html>"


def test_each_posts_time_line_is_dropped_as_post_meta() -> None:
    reply = "<a href='javascript:;'>回复</a>"
    stamps = ["2022-11-06 08:12", "2022-11-06 09:40", f"3天前 {reply}", f"22-11-7 21:05 {reply}"]
    e = extract(_thread(stamps))
    for t in REPLIES:
        assert t in e.body
    for s in ("2022-11-06 08:12", "2022-11-06 09:40", "3天前", "22-11-7 21:05"):
        assert s not in e.body
        assert s in e.visible
    assert any(rule == "extract.post_meta" for _, _, rule in e.drops)


def test_author_lines_stay() -> None:
    """A user's name beside the time is an author line, read by the boilerplate stage's
    comment-thread rule: left to it."""
    stamps = ["阿青 2022-11-06 08:12", "老周 2022-11-06 09:40", "米粒 3天前", "北风 3天前"]
    e = extract(_thread(stamps))
    for s in stamps:
        assert s in e.body


def test_relative_english_stamps_are_stamps() -> None:
    assert is_stamp("5 minutes ago")
    assert is_stamp("Reply 2 days ago", link_chars=5)
    assert not is_stamp("Ann Lee 2 days ago")
    assert not is_stamp("5 minutes ago the ferry left without us")


def test_bare_dates_stay() -> None:
    """A chronicle's dates (no time of day) are no post stamps."""
    e = extract(_thread(["2022-11-06", "2022-11-07", "2022-11-08", "2022-11-09"]))
    assert "2022-11-08" in e.body


def test_bare_times_stay() -> None:
    """A live blog's entries open with a time of day: kept."""
    e = extract(_thread(["08:12", "09:40", "10:05", "11:30"]))
    assert "10:05" in e.body


def test_too_few_stamps_stay() -> None:
    """Two dated lines (an article's dateline, an update note) make no thread."""
    texts = ["正文第一段。", "2022-11-06 08:12", "正文第二段。", "2022-11-07 09:00", "完"]
    assert post_stamps(texts, [None] * len(texts)) == []


def test_stamps_not_interleaved_with_text_stay() -> None:
    """A column of date-times with no text between them (a table's timestamps) is no
    thread's post meta."""
    texts = ["记录", "2022-11-06 08:12", "2022-11-06 09:12", "2022-11-06 10:12", "2022-11-06 11:12"]
    assert post_stamps(texts, [None] * len(texts)) == []


def test_line_of_text_opening_with_a_time_stays() -> None:
    texts = []
    for k in range(4):
        texts += [f"第{k}条回复的正文。", f"2022-11-0{k + 1} 08:12 我补充一句：周日下午也有摊位"]
    assert post_stamps(texts, [None] * len(texts)) == []


def test_dropped_lines_are_not_counted() -> None:
    texts = ["甲", "2022-11-06 08:12", "乙", "2022-11-06 09:12", "丙", "2022-11-06 10:12"]
    reasons: list[str | None] = [None, None, None, None, None, "extract.chrome_named"]
    assert post_stamps(texts, reasons) == []
    assert post_stamps(texts, [None] * 6) == [1, 3, 5]
