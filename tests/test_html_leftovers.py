"""Chrome lines and title suffixes that used to stay on HTML pages (issue 12).

The pages under ``tests/golden/ingest/html/`` are our own, written in the shape of real
Chinese news, forum and Q&A pages (a font-size/print tool bar, a linked comment counter,
vote bars under replies, screen-reader text in a box of no size, a comment prompt below
the article, a ``<title>`` of headline + channel + site + "Powered by").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cleaner.edits import Editor
from cleaner.ingest.html import apply_drops, extract
from cleaner.ingest.html_head import title_tails
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.boilerplate_config import BoilerplateConfig
from cleaner.stages.html_edges import edge_gate, strong_prompt
from cleaner.stages.split_titles import PageHints, clean_title

PAGES = Path(__file__).parent / "golden" / "ingest" / "html"


def controls(name: str) -> list[str]:
    e = extract((PAGES / name).read_bytes())
    assert apply_drops(e.visible, e.drops) == e.body
    return [
        ln
        for a, b, r in e.drops
        if r == "extract.controls"
        for ln in e.visible[a:b].split("\n")
        if ln
    ]


def test_page_tools_and_vote_bars_are_dropped_as_controls() -> None:
    dropped = controls("news_tools_zh.html")
    for line in (
        "调整字体",
        "字号：[大] [中] [小] [打印]",
        "1024 人参与 96 评论",
        "【打印本页】【关闭窗口】",
    ):
        assert line in dropped
    body = extract((PAGES / "news_tools_zh.html").read_bytes()).body
    assert "2024-05-06 09:30 来源：晨江日报" in body.split("\n")  # the byline stays


def test_screen_reader_text_in_a_box_of_no_size_is_not_visible() -> None:
    e = extract((PAGES / "news_tools_zh.html").read_bytes())
    assert "正文已结束" not in e.visible


def test_short_forum_replies_beside_their_buttons_are_kept() -> None:
    e = extract((PAGES / "forum_replies_controls_zh.html").read_bytes())
    lines = e.body.split("\n")
    for reply in (
        "直接执行 cmd 命令就可以了",
        "unproxy //关闭代理",
        "大佬666",
        "作者提供永久技术支持吗",
    ):
        assert reply in lines
    assert controls("forum_replies_controls_zh.html") == [
        ln for n in (5, 6, 7) for ln in (f"顶 {n}", "| 踩 0", "| 回复")
    ]


def run_pages(tmp_path: Path, *names: str | Path) -> tuple[list[dict], list[dict]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for n in names:
        shutil.copy(PAGES / n, src / Path(n).name)  # a name under PAGES, or a path
    run([src], tmp_path / "out")
    read = lambda f: [json.loads(x) for x in (tmp_path / "out" / f).read_text("utf-8").splitlines()]  # noqa: E731
    return read("articles.jsonl"), read("changes.jsonl")


def test_comment_box_with_a_text_area_goes_at_extraction(tmp_path: Path) -> None:
    """The comment box holds a <textarea> outside any form: a small widget, its header,
    counter and empty-thread notice go at extraction, on the record."""
    articles, changes = run_pages(tmp_path, "news_tools_zh.html")
    news = articles[0]["text"].split("\n")
    assert not any("写评论" in ln or "还可输入" in ln or "目前没有跟贴" in ln for ln in news)
    assert any("旧小区的改造" in ln for ln in news)
    box = [c["before"] for c in changes if c["rule"] == "extract.skip_tag"]
    assert any("还可输入500字" in b and "目前没有跟贴" in b for b in box), box


def test_comment_prompts_at_the_edge_go_and_unsure_ones_are_flagged(tmp_path: Path) -> None:
    # the same page without its text area: the box's lines are left to the line model
    page = (PAGES / "news_tools_zh.html").read_text("utf-8").replace("<textarea></textarea>", "")
    (tmp_path / "no_field").mkdir()
    (tmp_path / "no_field" / "news_tools_zh.html").write_text(page, "utf-8")
    articles, changes = run_pages(
        tmp_path, tmp_path / "no_field" / "news_tools_zh.html", "forum_replies_controls_zh.html"
    )
    texts = {Path(a["source"]).name: a["text"] for a in articles}
    news = texts["news_tools_zh.html"].split("\n")
    assert not any("写评论" in ln for ln in news)  # below the last paragraph, prompt words
    edge = [c for c in changes if c["rule"] == "boilerplate.line_model.html_edge"]
    assert [c["before"].strip() for c in edge] == ["写评论 已有0条评论 跟帖用户自律公约"]
    assert edge[0]["score"] >= 90
    # what the model would delete without prompt words of its own is kept, and flagged
    assert "目前没有跟贴，欢迎你发表观点" in news
    assert any(c["rule"] == "boilerplate.line_model.unsure" for c in changes)
    for reply in ("大佬666", "unproxy //关闭代理", "作者提供永久技术支持吗"):
        assert reply in texts["forum_replies_controls_zh.html"]


def test_title_is_cut_back_to_the_h1(tmp_path: Path) -> None:
    articles, changes = run_pages(tmp_path, "qa_title_suffix_zh.html")
    assert articles[0]["title"] == "阳台种番茄总是只开花不结果怎么办？"
    # the line put in front of the body is the h1 the <title> dresses up, so no title
    # step is needed and the text carries no "- 园艺 - 青柚问答社区 - Powered by" line
    assert articles[0]["text"].split("\n")[0] == "阳台种番茄总是只开花不结果怎么办？"
    assert "Powered by" not in articles[0]["text"]
    assert not any(c["rule"] == "split.title.site_suffix_h1" for c in changes)


@pytest.mark.parametrize(
    ("title", "kw", "want", "steps"),
    [
        (
            "某地发布暴雨预警 - 天气 - 晨江论坛 - Powered by X",
            {"h1": "某地发布暴雨预警"},
            "某地发布暴雨预警",
            ["site_suffix_h1"],
        ),
        (
            "Bike tuning: a guide | Spoke Collective Magazine Online",
            {"site_name": "Spoke Collective Magazine Online"},
            "Bike tuning: a guide",
            ["site_suffix"],
        ),
        (
            "Bike tuning: a guide · Spoke Collective",
            {"names": ("spoke-collective.org",)},
            "Bike tuning: a guide",
            ["site_suffix_name"],
        ),
        (
            "某县推进垃圾分类工作！_晨江订阅",
            {},
            "某县推进垃圾分类工作！",
            ["site_suffix_underscore"],
        ),
        (
            "某县推进垃圾分类 - 城建 - 晨江云",
            {"names": ("晨江云",)},
            "某县推进垃圾分类 - 城建",
            ["site_suffix_name"],
        ),
        # not a site: a letters page's own parts, a subtitle, a number after '_'
        (
            "Letters: Roads | Taxes | Parks",
            {"h1": "Letters to the Editor"},
            "Letters: Roads | Taxes | Parks",
            [],
        ),
        (
            "Milan Design Week | A light installation",
            {"site_name": "Inexhibit"},
            "Milan Design Week | A light installation",
            [],
        ),
        ("2023年度工作报告_2", {}, "2023年度工作报告_2", []),
    ],
)
def test_clean_title_site_suffixes(title: str, kw: dict, want: str, steps: list[str]) -> None:
    assert clean_title(title, **kw) == (want, steps)


def test_title_tails_are_names_the_chrome_shows_and_never_cut_inside_brackets() -> None:
    vis = "晨江在线 首页 城建\n某县推进垃圾分类\n正文。"
    drops = ((0, 11, "extract.skip_tag"),)
    assert title_tails("某县推进垃圾分类 - 晨江在线", vis, drops) == "晨江在线"
    assert (
        title_tails("某县推进垃圾分类 - 城建", "城建\n某县推进垃圾分类 城建", ((0, 3, "x"),))
        is None
    )
    assert title_tails("Song - Singer (歌 - 歌手)", "歌手)\nSong", ((0, 4, "x"),)) is None


def test_page_hints_collect_the_site_names() -> None:
    hints = PageHints.of(
        {"html_app_name": "晨江在线", "html_title_tails": "城建频道", "html_h1": "标题"},
        source="a.html",
        url="https://www.chenjiang.cn/a.html",
    )
    assert hints.site_names == ("晨江在线", "城建频道", "www.chenjiang.cn")
    assert hints.h1 == "标题"


def test_edge_gate_keeps_lines_between_paragraphs_and_replies_without_prompts() -> None:
    lines = [
        "标题",
        "96人参与 12评论",
        "第一段写得很长，很长很长很长很长很长很长。",
        "分享到朋友圈",
        "第二段也写得很长，很长很长很长很长很长很长。",
        "大佬666",
        "写评论已有0条评论",
    ]
    gate = edge_gate(lines)
    assert [gate(i) for i in range(len(lines))] == [False, True, False, False, False, False, True]
    assert not strong_prompt("联系电话：0000-1234567")  # contact lines are the extractor's


def test_edge_model_on_html_is_off_when_configured() -> None:
    text = "某地新闻\n正文第一段写得很长，很长很长很长很长。\n写评论已有0条评论跟帖\n"
    on, off = Editor("p", text), Editor("p", text)
    BoilerplateStage([])(on, kind="html")
    BoilerplateStage([], config=BoilerplateConfig(line_model_html_edges=False))(off, kind="html")
    assert off.text == text
    assert "写评论" not in on.text
