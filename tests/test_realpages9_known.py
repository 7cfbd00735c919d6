"""Classes misread on real pages (task realpages9, issue 12).  Every word is invented.

* a Q&A page's link to a trending topic among the tools under the question
  (``#热议# 某话题，真的吗？``) does not stop the answerer search (``html_posters``);
* a microblog page whose ``<title>`` wraps the post in the platform's frame
  (``<platform> 上的 <user>：“<post>” / <platform>``, ``<user> on X: "<post>" / X``,
  ``<post> - @<user>的微博 - 微博``): the
  title is the post's text and the poster is the author when the page names none
  (``html_head.posted_title``, ``headers.toml [titles] post_platforms``); a title that
  merely quotes someone on an ordinary site keeps its reading.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.ingest.html_head import posted_title


def _run(tmp_path: Path, name: str, text: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(parents=True)
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


_POST = "今天在河边看到一群白鹭，它们在浅水里慢慢踱步，偶尔低头啄食小鱼，真是难得的景象。"


def _micro(title: str, author_meta: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{author_meta}</head><body>"
        f"<main><article><div><p>{_POST}</p></div></article></main></body></html>"
    )


def test_platform_wrapper_is_cut_from_the_title(tmp_path: Path) -> None:
    html = _micro(f"X 上的 河畔观鸟社：“{_POST}🕊️” / X")
    (art,) = _run(tmp_path, "post.html", html)
    assert art["title"].startswith(_POST)  # the post's text (the emoji may go)
    assert "上的" not in art["title"] and "/ X" not in art["title"]
    assert art["meta"].get("author") == "河畔观鸟社"
    assert art["text"].count("白鹭") == 1  # the post is not put twice


def test_declared_author_wins_over_the_poster(tmp_path: Path) -> None:
    meta = (
        '<script type="application/ld+json">'
        '{"@type": "SocialMediaPosting", "author": {"@type": "Person", "name": "林晓"}}'
        "</script>"
    )
    html = _micro(f"X 上的 河畔观鸟社：“{_POST}” / X", meta)
    (art,) = _run(tmp_path, "post.html", html)
    assert art["meta"].get("author") == "林晓"


def test_english_wrapper() -> None:
    got = posted_title('Harbour Rowing Club on X: "Regatta moved to Sunday" / X')
    assert got == ("Harbour Rowing Club", "Regatta moved to Sunday")


def test_quote_on_an_ordinary_site_is_no_wrapper(tmp_path: Path) -> None:
    assert posted_title("市长：“新桥年内通车” / 江城在线") is None
    assert posted_title('Mayor on bridge: "Open by June" / City News') is None
    # a platform named only at the end: not the frame
    assert posted_title("某人：“新桥年内通车” / X") is None


# -- a Q&A page's answerer past a trending topic's link -----------------------------------

_QA_TOOLS = "".join(f"<div>{t}</div>" for t in ("我来答", "分享", "复制链接", "举报", "3个回答"))


def _qa(topic: str) -> str:
    answer = "".join(
        f"<p>{s}</p>"
        for s in (
            "枫叶变红，是因为秋天气温下降，叶绿素分解，花青素在叶片里积累起来。",
            "昼夜温差越大，花青素积累越多，颜色也就越鲜艳，山上的枫叶常比城里的红。",
        )
    )
    return (
        "<html><head><title>枫叶为什么会变红？_问答站</title></head><body>"
        "<div class='question'><h1>枫叶为什么会变红？</h1>"
        f"{_QA_TOOLS}<div class='hot'><a href='/topic/1'>{topic}</a></div></div>"
        "<div class='answer'><div class='user-name'><a href='/usercenter?uid=77'>山间拾叶人</a>"
        "</div><div>2031-10-19 · 植物爱好者</div>"
        f"<div class='answer-text'>{answer}</div></div></body></html>"
    )


def test_answerer_past_a_topic_link(tmp_path: Path) -> None:
    (art,) = _run(tmp_path, "qa.html", _qa("#热议# 秋天来了，你去看红叶了吗？"))
    assert art["meta"].get("author") == "山间拾叶人"
    assert "花青素" in art["text"]


def test_prose_line_still_stops_the_answerer_search(tmp_path: Path) -> None:
    html = _qa("问题补充：小区里的枫树，每年十月就红了，今年却没有。")
    (art,) = _run(tmp_path, "qa.html", html)
    assert art["meta"].get("author") != "山间拾叶人"


# -- a microblog's title naming the user's page after the post ------------------------------


def test_user_page_wrapper_names_the_poster(tmp_path: Path) -> None:
    html = _micro("【江边新桥今日通车】市民可步行... - @江城快讯的微博 - 微博")
    (art,) = _run(tmp_path, "post.html", html)
    assert art["meta"].get("author") == "江城快讯"
    assert "@" not in art["title"] and "微博" not in art["title"]
    assert "白鹭" in art["text"]


def test_blog_title_naming_a_user_page_is_no_wrapper() -> None:
    assert posted_title("新桥通车 - @江城快讯的博客 - 江城网") is None
