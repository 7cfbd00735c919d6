"""Fixes of issue 12 on real pages (session 18): a dated line closing a post keeps its
date whatever glyph opens it ('📅 2021年3月5日', '▪ 更新于 2021-03-05').  Each case in
wordings of its own, with look-alikes that must still go.

Every word is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cleaner.stages.block_rows import closing_data
from cleaner.stages.dated_marks import unmarked_date
from tests.stages.stage_runs import boil, repair, site_stage

# ---- a dated line closing the post, a glyph before its date


def _post(n: int, closing: Callable[[int], str]) -> list[str]:
    return [
        "某某茶友小站",
        f"第{n}号：雨后的茶园",
        f"第{n}天清晨下过一场小雨，我们沿着山路去看茶园，茶农说这一季的叶子格外嫩。",
        "回来的路上又买了些新茶，准备分给几位朋友尝一尝。",
        closing(n),
        "相关新闻",
        "版权所有 某某茶友小站",
    ]


def _boiled(closing: Callable[[int], str]) -> str:
    pages = [_post(n, closing) for n in range(1, 9)]
    return boil(pages[4], site_stage(pages), site="s")


@pytest.mark.parametrize("glyph", ["", "📅 ", "▪ ", "🗓️", "• "])
def test_a_dated_closing_line_stays_whatever_its_glyph(glyph: str) -> None:
    out = _boiled(lambda n: f"{glyph}更新于 2021年{1 + n % 9}月{10 + n}日")
    assert f"{glyph}更新于 2021年6月15日" in out
    assert "相关新闻" not in out


@pytest.mark.parametrize("glyph", ["📅 ", "◆ "])
def test_a_bare_date_under_a_glyph_stays(glyph: str) -> None:
    out = _boiled(lambda n: f"{glyph}2021-0{1 + n % 9}-{10 + n:02d}")
    assert f"{glyph}2021-06-15" in out


def test_a_glyph_counter_closing_the_post_still_goes() -> None:
    out = _boiled(lambda n: f"👍 {n * 17}")  # a like counter: a pictograph, no date
    assert "👍" not in out
    out = _boiled(lambda n: f"👁 {n * 31} 次浏览")  # a view counter
    assert "浏览" not in out
    out = _boiled(lambda n: f"🔔 订阅本站的{n + 3}个频道")  # the site's icon note, no date
    assert "订阅" not in out


def test_closing_data_reads_the_date_past_its_glyph() -> None:
    page = ["站名", "标题", "正文一。", "这一段写完了。", "📅 2022年7月8日", "页脚"]
    assert closing_data(page, 4, {4}, {0: 1, 4: 1, 5: 1}, {})
    page[4] = "📌 8 人收藏"
    assert not closing_data(page, 4, {4}, {0: 1, 4: 1, 5: 1}, {})
    assert unmarked_date("✨ 2022/7/8") == "2022/7/8"
    assert unmarked_date("✨ 7 月 8 日") == "✨ 7 月 8 日"  # no year: no whole date


# ---- the language of a page of Russian or Japanese prose


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Осенью мы переехали в маленький город у моря. По утрам я ходил на рынок за "
            "хлебом, а вечерами мы сидели на веранде и слушали, как шумят волны.",
            "ru",
        ),
        (
            "秋になって、私たちは海の近くの小さな町に引っ越しました。朝は市場へパンを買いに"
            "行き、夜はベランダで波の音を聞きながら過ごしました。",
            "ja",
        ),
        (  # a Chinese text borrowing one kana: still Chinese
            "秋天我们搬到了海边的小城，楼下新开了一家叫“海风の家”的面包店，每天早上都去买面包。",
            "zh",
        ),
        ("In the autumn we moved to a small town by the sea and walked to the market.", "en"),
        ("2024 · 15:30 · №7 — 12/45", "und"),
    ],
)
def test_lang_of_a_page(text: str, lang: str) -> None:
    from cleaner.pipeline import detect_lang

    assert detect_lang(text) == lang


# ---- the space around a reply's addressee or a mention


def _thread(first_link: str) -> str:
    posts = [
        ("青石巷", "我家的老茶壶裂了一道缝，有什么办法补救吗？用了十几年，舍不得扔掉。"),
        ("山北", f"{first_link} 可以试试锔瓷，找老师傅用金属钉补上，补完还能接着用。"),
        ("青石巷", '谢谢 <a href="/u/shanbei" class="user">山北</a> 的建议，周末去老街找找看。'),
        ("江小渔", "锔瓷挺贵的，不过老物件有感情，花点钱也值得，补好后记得发图给大家看看。"),
    ]
    body = "".join(
        f"<article class='post'><div class='meta'><a href='/u/{i}'>{who}</a></div>"
        f"<div class='post-body'><p>{text}</p></div></article>"
        for i, (who, text) in enumerate(posts)
    )
    head = "<head><title>老茶壶裂了怎么办</title></head>"
    return f"<html>{head}<body><main>{body}</main></body></html>"


def _cleaned(html: str, tmp_path: Path) -> str:
    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline

    f = tmp_path / "thread.html"
    f.write_text(html, encoding="utf-8")
    (raw,) = list(read_inputs([f]))
    res = Pipeline(PipelineConfig()).process(raw)
    return "\n".join(a.text for a in res.articles)


def test_a_reply_keeps_the_space_after_its_linked_addressee(tmp_path: Path) -> None:
    link = '<a class="PostMention" href="/d/31/1">青石巷</a>'
    out = _cleaned(_thread(link), tmp_path)
    assert "青石巷 可以试试锔瓷" in out
    assert "谢谢 山北 的建议" in out  # a user link inside the sentence: both spaces


def test_a_plain_link_or_a_stray_space_is_still_joined(tmp_path: Path) -> None:
    link = '<a href="/tag/teapot">茶壶</a>'  # a tag link, no user's
    out = _cleaned(_thread(link), tmp_path)
    assert "茶壶可以试试锔瓷" in out
    assert "补完还能接着用" in out


def test_an_at_mention_keeps_its_space() -> None:
    line = "@青石巷 可以试试锔瓷，找老师傅补上。"
    assert repair(line + "\n") == line
    assert repair("谢谢@山北 的建议，周末去看看。\n") == "谢谢@山北 的建议，周末去看看。"
    # no mention: the stray space in a word of a sentence still goes
    assert repair("周末去老街找 找看，顺便买点茶叶。\n") == "周末去老街找找看，顺便买点茶叶。"


def test_mention_names_are_inline_user_links_beside_han() -> None:
    from bs4 import BeautifulSoup

    from cleaner.ingest.html_mentions import mention_names

    html = (
        '<p><a class="UserMention" href="/u/9">Kite小渔</a> 补好了记得发图。</p>'  # Latin+Han
        '<p>问过 <a href="/u/8">Rowan</a> 了</p>'  # a Latin name: no Han gap to keep
        '<p><a class="user-card">老周</a>：我也想学锔瓷</p>'  # no space beside it
        '<p>看 <a href="/topic/12">锔瓷工艺</a> 的介绍</p>'  # a topic link, no user's
    )
    assert mention_names(BeautifulSoup(html, "lxml")) == ["Kite小渔"]
