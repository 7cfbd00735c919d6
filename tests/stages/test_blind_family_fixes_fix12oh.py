"""HTML fixes for the thirteenth blind set (sealed_o_shengwang, sealed_o_shequ; issue 12,
fix12oh), each kind as a small case in wordings of its own, with look-alikes that stay:

* the ideographic space of a dated row survives the HTML layout (the split reads it);
* a forum h1's thread-type link is no part of the headline; the line put in front of
  the body is the h1 the ``<title>`` dresses up, or a visible line it dresses up;
* a paragraph cut by a block set inside it (an attachment box) is joined; two comments
  in separate containers are not;
* a compilation's pieces under the page's own headings over byline rows;
* a page that declares itself an article leaves its readers' comment section out;
* CJK spaces: a byline aside in brackets and a gap inside a quotation;
* a cued lead-in over the page's own numbered list is the body's opener.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.edits import Editor
from cleaner.ingest.html import extract
from cleaner.ingest.html_head import headline_of
from cleaner.stages.repair import RepairStage
from cleaner.stages.split_headings import heading_run
from cleaner.stages.split_titles import clean_title
from tests.stages.family_figures import assert_floors

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"


def _run(tmp_path: Path, pages: dict[str, str]) -> tuple[list[dict], list[dict]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for name, html in pages.items():
        (src / name).write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")

    def read(f: str) -> list[dict]:
        return [json.loads(x) for x in (tmp_path / "out" / f).read_text("utf-8").splitlines()]

    return read("articles.jsonl"), read("changes.jsonl")


# ---- layout and headlines


def test_the_ideographic_space_of_a_row_survives_the_layout() -> None:
    e = extract(
        "<html><body><p>2020-05-06 08:00\u3000来源：河湾日报</p><p>" + PROSE + "</p></body></html>"
    )
    assert "2020-05-06 08:00\u3000来源：河湾日报" in e.body
    # ordinary white space still collapses
    assert "甲 乙" in extract("<p>甲 \n\t 乙，" + PROSE + "</p>").body


def test_a_thread_type_link_is_no_part_of_the_headline() -> None:
    page = (
        "<html><head><title>阳台漏水怎么办 - 求助区 - 青瓦论坛</title></head><body>"
        "<h1><a href='/type/2'>[求助]</a> 阳台漏水怎么办</h1><p>" + PROSE + "</p></body></html>"
    )
    assert extract(page).meta["h1"] == "阳台漏水怎么办"
    # look-alike: a bracketed label that is not a link stays
    plain = "<html><body><h1>【视频】阳台漏水怎么办</h1><p>" + PROSE + "</p></body></html>"
    assert extract(plain).meta["h1"] == "【视频】阳台漏水怎么办"
    assert clean_title("[求助] 阳台漏水怎么办", h1="阳台漏水怎么办") == (
        "阳台漏水怎么办",
        ["type_label"],
    )
    assert clean_title("【视频】阳台漏水怎么办") == ("【视频】阳台漏水怎么办", [])


def test_the_line_put_in_front_is_the_h1_or_the_line_the_title_dresses_up() -> None:
    head = "<html><head><title>渡口新船下水_河湾在线</title></head><body>"
    h1 = head + "<div class='top'><h1>渡口新船下水</h1></div><div class='txt'><p>" + PROSE
    h1 += "</p><p>" + PROSE2 + "</p><p>" + PROSE + "</p></div></body></html>"
    assert extract(h1).text.split("\n")[0] == "渡口新船下水"
    div = h1.replace("<h1>渡口新船下水</h1>", "<div class='art-title'>渡口新船下水</div>")
    assert extract(div).text.split("\n")[0] == "渡口新船下水"
    # look-alike: a logo h1 that is the title's site part is not the headline
    assert headline_of("渡口新船下水_河湾在线", "河湾在线") == "渡口新船下水_河湾在线"


# ---- a paragraph cut by a block


def test_a_paragraph_cut_by_an_attachment_box_is_joined(tmp_path: Path) -> None:
    post = (
        "<html><head><title>换窗记</title></head><body><div class='msg'>"
        "<p>窗框到货那天，师傅说旧的窗台要先找平，不然新框装上去会有缝，这一</p>"
        "<div class='box'><img src='/a.jpg'><p>相册_0412.png (88.1 KB)</p></div>"
        "<p>步又多花了两天。" + PROSE + "</p><p>" + PROSE2 + "</p></div></body></html>"
    )
    articles, changes = _run(tmp_path, {"a.html": post})
    assert "缝，这一步又多花了两天。" in articles[0]["text"]
    assert any(c["rule"] == "repair.join_broken_paragraph.cut_block" for c in changes)


def test_two_comments_in_separate_containers_are_not_joined(tmp_path: Path) -> None:
    page = (
        "<html><head><title>换窗记</title></head><body><div class='thread'>"
        "<div class='c'><p class='u'>甲</p>"
        "<p>窗框到货那天，师傅说旧的窗台要先找平，我也这样想</p></div>"
        "<div class='c'><p class='u'>乙</p><p>同意楼上，我家也是这样做的，效果不错。</p></div>"
        "<p>" + PROSE + "</p><p>" + PROSE2 + "</p></div></body></html>"
    )
    e = extract(page)
    assert "breaks" not in e.meta


# ---- compilations under headings


def test_pieces_under_the_page_headings_over_byline_rows() -> None:
    row = lambda s: s.startswith("作者：")  # noqa: E731
    page = [
        "月度精选",
        "No.1 修好了，旧木门",
        "作者：某甲",
        PROSE,
        "No.2 晒台，改成了书房",
        "作者：某乙",
        PROSE2,
    ]
    got = heading_run(page, ("No.1 修好了，旧木门", "No.2 晒台，改成了书房"), row)
    assert [(i, t) for i, _, t, _ in got] == [(1, "修好了，旧木门"), (4, "晒台，改成了书房")]
    # look-alikes: lines that are no heading of the page, and a heading without a row
    assert heading_run(page, (), row) == []
    assert (
        heading_run(
            [*page[:4], "No.2 晒台，改成了书房", PROSE2],
            ("No.1 修好了，旧木门", "No.2 晒台，改成了书房"),
            row,
        )
        == []
    )


def test_a_digest_page_splits_at_its_headings(tmp_path: Path) -> None:
    pieces = "".join(
        f"<h2>{t}</h2><div class='by'>作者：{a}\u3000发表于 2022-5-{d}\u3000浏览 {n}</div>"
        f"<p>{PROSE}</p><p>{PROSE2}</p>"
        for t, a, d, n in (("修好了，旧木门", "某甲", 9, 31), ("晒台，改成了书房", "某乙", 3, 12))
    )
    page = (
        f"<html><head><title>月度精选</title></head><body><h1>月度精选</h1>{pieces}</body></html>"
    )
    articles, _ = _run(tmp_path, {"d.html": page})
    assert [a["title"] for a in articles] == ["修好了，旧木门", "晒台，改成了书房"]
    assert [a["meta"].get("published") for a in articles] == ["2022-05-09", "2022-05-03"]


# ---- readers' comments under a declared article


def _news(meta: str) -> str:
    comments = "".join(
        f"<div class='c-user'>网友{i} [某县] 10:0{i}</div>"
        f"<p class='c-text'>这条路早该修了，支持！{i}</p>"
        for i in range(3)
    )
    return (
        f"<html><head>{meta}<title>渡口新船下水</title></head><body><div class='w'>"
        "<div class='share'>分享到： 微信 微博</div>"
        f"<h1>渡口新船下水</h1><div class='txt'><p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE}</p></div>"
        "</div><ul class='list'>"
        + "".join(
            f"<li><a href='/n/{i}'>渡口新闻第{i}条的链接标题在这里</a></li>" for i in range(6)
        )
        + "</ul>"
        f"<div class='comment'><div class='hd'>网友评论（3）</div>{comments}</div></body></html>"
    )


def test_a_declared_article_leaves_its_readers_comments_out() -> None:
    e = extract(
        _news('<meta property="article:published_time" content="2022-05-09T08:00:00+08:00">')
    )
    assert "这条路早该修了" not in e.body and "这条路早该修了" in e.visible
    # look-alike: a page that declares nothing keeps them (a thread's replies are content)
    assert "这条路早该修了" in extract(_news("")).body


# ---- CJK spaces and openers


def test_spaces_of_a_byline_aside_stay_and_a_gap_in_a_quote_goes() -> None:
    line = (
        "本报讯（记者 何青 通讯员 苏禾）渡口新船昨日下水，码头上很热闹。船工笑着说："
        "“那几个 星期大家都很辛苦，总算没白忙。”目前已运送乘客三百人次。\n"
    )
    e = Editor("p", line)
    RepairStage()(e, kind="html")
    assert "（记者 何青 通讯员 苏禾）" in e.text and "“那几个星期" in e.text
    # look-alike: a gap after a closed quote in a heading-like line stays
    e2 = Editor("p", "維持「持有」 評級\n")
    RepairStage()(e2, kind="html")
    assert "「持有」 評級" in e2.text


# ---- the families' floors


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        (
            "sealed_o_shengwang",
            {"content_f1": 0.98, "titles": 1.0, "counts": 1.0, "repairs": 0.94, "metadata": 1.0},
        ),
        (
            "sealed_o_shequ",
            {"content_f1": 0.98, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        ),
    ],
)
def test_the_html_families_of_set_o_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor, residue=0.02)


# ---- real-page title and date shapes (in invented words)


def test_a_glued_badge_before_the_whole_title_goes_a_year_stays() -> None:
    whole = "渡口新船下水试航成功"
    assert clean_title("原创" + whole, page_title=whole) == (whole, ["badge_prefix"])
    assert clean_title("2023" + whole, page_title=whole) == ("2023" + whole, [])


def test_a_headline_under_a_glued_site_suffix_and_not_under_a_colon() -> None:
    assert headline_of("渡口新船下水-River 河湾资讯", "渡口新船下水") == "渡口新船下水"
    assert headline_of("午间公告：甲乙丙丁", "午间公告") == "午间公告：甲乙丙丁"


def test_a_labelled_publish_date_in_a_cell_under_the_text() -> None:
    page = (
        "<html><head><title>渡口新船下水</title></head><body><table><tr><td><p>"
        + PROSE
        + "</p><p>"
        + PROSE2
        + "</p></td></tr><tr><td>发布日期：<!-- d -->2021-04-05 责任编辑：某某</td></tr>"
        "</table></body></html>"
    )
    assert extract(page).meta["published"] == "2021-04-05"
    # look-alike: two rows with different dates (a list of stories) give none
    two = page.replace("</table>", "<tr><td>发布日期：2021-05-06</td></tr></table>")
    assert "published" not in extract(two).meta
