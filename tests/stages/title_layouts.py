"""Invented title layouts (the title sweep): how sites place and dress an article's title.

Each layout is one small page (plain text or HTML) run through the whole pipeline alone (no
site profile), as a new user's first page of a site would be.  ``title`` is the exact title
the page's first article must get.  Look-alikes (names ``lookalike_*``) put a line that
must NOT be taken for the title (a date line, a byline, a whole breadcrumb, a slogan, a
navigation row, a category label, a URL, a code comment, a sentence of prose) near the
real title.

Conventions, as the invented families' truth has them: a page-title line's site suffix is
not part of the title; a badge (``【原创】``, ``[转载]``, ``置顶``) is not part of it; a
title split over two lines is one title, joined without a space in Chinese and with one in
English; a subtitle is not part of the title; ``原标题：X`` names the original title, the
title is the headline over it.

The wording is invented for this sweep (``benchmarks/title_sweep.py`` runs it;
``tests/stages/test_title_sweep.py`` asserts the layouts that are right).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cleaner.ingest.records import ReadOptions, html_page
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

T = "松溪县启动山塘水库除险加固工程"
BODY = [
    "近日，松溪县召开山塘水库除险加固工程动员会，全县四十二座小型山塘将在汛期前完成整治。",
    "县水利局负责人介绍，此次整治重点是坝体防渗、溢洪道拓宽和放水设施更换，总投资约三千万元。",
    "各乡镇要落实属地责任，明确每座山塘的巡查责任人，施工期间加强安全监管，确保工程质量。",
    "工程完工后，全县山塘蓄水能力将明显提高，下游两万多亩农田的灌溉条件也会随之改善。",
]
FOOT = ["版权所有：松溪县融媒体中心　备案号：闽ICP备00000000号"]
META = "发布时间：2023-04-11 09:20　来源：松溪县水利局"
E = "Harbour town opens its first night market in a decade"
EN_BODY = [
    "Stalls lined the quay on Friday evening as Port Alder held its first night market"
    " since the fish hall closed more than ten years ago.",
    "Organisers said sixty traders had signed up, most of them selling food, plants and"
    " secondhand books, and that the market would run every Friday until October.",
    "The town council closed the harbour road to traffic from six o'clock, and volunteers"
    " helped visitors find parking on the hill above the town.",
]
EN_FOOT = ["Copyright 2023 Port Alder Gazette. All rights reserved."]
EN_META = "By Mara Quill | April 11, 2023"


@dataclass(frozen=True)
class Layout:
    name: str
    lines: list[str]  # page lines (text) or one HTML document (html=True)
    title: str
    html: bool = False
    note: str = ""


def _page(*head: str, body: list[str] | None = None) -> list[str]:
    return [*head, *(BODY if body is None else body), *FOOT]


def _en(*head: str) -> list[str]:
    return [*head, *EN_BODY, *EN_FOOT]


def _html(title_tag: str, inner: str, en: bool = False) -> list[str]:
    body = EN_BODY if en else BODY
    foot = EN_FOOT if en else FOOT
    paras = "".join(f"<p>{p}</p>" for p in body)
    return [
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div class='article'>{inner}{paras}</div><div class='footer'>{foot[0]}</div>"
        "</body></html>"
    ]


TWO_A, TWO_B = "松溪县启动山塘水库", "除险加固工程"
LONG = "关于进一步加强全县中小学校园周边交通安全综合治理工作的实施意见"
LONG_A, LONG_B = "关于进一步加强全县中小学校园周边", "交通安全综合治理工作的实施意见"

LAYOUTS: list[Layout] = [
    # --- plain text: the title line dressed ---
    Layout("plain_title", _page(T, META), T),
    Layout("suffix_underscore", _page(f"{T}_松溪新闻网", META), T),
    Layout("suffix_dash", _page(f"{T} - 松溪县人民政府", META), T),
    Layout("suffix_pipe", _page(f"{T} | 闽北水利在线", META), T),
    Layout("suffix_long_dash", _page(f"{T}——松溪新闻网", META), T),
    Layout("suffix_colon_site_first", _page(f"松溪新闻网：{T}", META), T),
    Layout("suffix_two_parts", _page(f"{T}_县内要闻_松溪新闻网", META), T),
    Layout("badge_original", _page(f"【原创】{T}", META), T),
    Layout("badge_repost", _page(f"[转载]{T}", META), T),
    Layout("badge_topic", _page(f"#水利建设# {T}", META), T),
    Layout("badge_pinned_line", _page("置顶", T, META), T),
    Layout("badge_pinned_prefix", _page(f"置顶 {T}", META), T),
    Layout("split_two_lines", _page(TWO_A, TWO_B, META), T),
    Layout("split_long_two_lines", _page(LONG_A, LONG_B, META), LONG),
    Layout("title_under_meta", _page(META, T), T),
    Layout("subtitle_dash", _page(T, "——四十二座小型山塘汛期前完成整治", META), T),
    Layout("subtitle_label", _page(T, "副标题：四十二座小型山塘汛期前完成整治", META), T),
    Layout("original_title_wrapper", _page(T, "原标题：小山塘大民生 松溪开建除险加固", META), T),
    Layout("body_repeats_title", _page(T, META, f"题目：{T}"), T),
    Layout(
        "question_headline",
        _page("山塘水库汛期前能完成整治吗？", META),
        "山塘水库汛期前能完成整治吗？",
    ),
    Layout(
        "exclaim_headline",
        _page("四十二座山塘，汛期前全部完工！", META),
        "四十二座山塘，汛期前全部完工！",
    ),
    Layout(
        "numbered_title",
        _page("3. 松溪县山塘整治的三个重点", META),
        "3. 松溪县山塘整治的三个重点",
    ),
    Layout(
        "numbered_cn_title",
        _page("一图读懂：松溪县山塘除险加固十问十答", META),
        "一图读懂：松溪县山塘除险加固十问十答",
    ),
    Layout("en_plain", _en(E, EN_META), E),
    Layout("en_kicker", _en("LOCAL NEWS", E, EN_META), E),
    Layout("en_suffix_pipe", _en(f"{E} | Port Alder Gazette", EN_META), E),
    Layout("en_suffix_dash", _en(f"{E} - Port Alder Gazette", EN_META), E),
    Layout(
        "en_split_two_lines",
        _en("Harbour town opens its first", "night market in a decade", EN_META),
        E,
    ),
    Layout(
        "en_question",
        _en("Will the night market outlast the summer?", EN_META),
        "Will the night market outlast the summer?",
    ),
    # --- HTML ---
    Layout(
        "html_h1", _html(f"{T}_松溪新闻网", f"<h1>{T}</h1><div class='info'>{META}</div>"), T, True
    ),
    Layout(
        "html_title_only",
        _html(f"{T}_松溪新闻网", f"<div class='info'>{META}</div>"),
        T,
        True,
    ),
    Layout(
        "html_h2_headline",
        _html("松溪新闻网", f"<h2>{T}</h2><div class='info'>{META}</div>"),
        T,
        True,
    ),
    Layout(
        "html_div_headline",
        _html(
            f"{T} - 松溪新闻网", f"<div class='headline'>{T}</div><div class='info'>{META}</div>"
        ),
        T,
        True,
    ),
    Layout(
        "html_breadcrumb_last",
        _html(
            "松溪新闻网",
            "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/n'>县内要闻</a>"
            f" &gt; {T}</div>"
            f"<div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
    Layout(
        "html_badge_span",
        _html(
            f"{T}_松溪新闻网",
            f"<h1><span class='tag'>原创</span>{T}</h1><div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
    Layout(
        "html_subtitle_h3",
        _html(
            f"{T}_松溪新闻网",
            f"<h1>{T}</h1><h3>四十二座小型山塘汛期前完成整治</h3><div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
    Layout(
        "html_h1_br_split",
        _html(f"{T}_松溪新闻网", f"<h1>{TWO_A}<br>{TWO_B}</h1><div class='info'>{META}</div>"),
        T,
        True,
    ),
    Layout(
        "html_en_kicker",
        _html(
            f"{E} | Port Alder Gazette",
            f"<div class='kicker'>Local News</div><h1>{E}</h1><p class='byline'>{EN_META}</p>",
            en=True,
        ),
        E,
        True,
    ),
    Layout(
        "html_en_title_only",
        _html(f"{E} - Port Alder Gazette", f"<p class='byline'>{EN_META}</p>", en=True),
        E,
        True,
    ),
    Layout(
        "html_meta_above_h1",
        _html(f"{T}_松溪新闻网", f"<div class='info'>{META}</div><h1>{T}</h1>"),
        T,
        True,
    ),
    # --- look-alikes: the marked line must not be taken for the title ---
    Layout("lookalike_date_line", _page("2023年4月11日 星期二", T, META), T),
    Layout("lookalike_byline", _page("本报记者 林舟 通讯员 叶青", T, META), T),
    Layout("lookalike_breadcrumb_whole", _page("首页 > 县内要闻 > 正文", T, META), T),
    Layout("lookalike_slogan", _page("治水兴县　造福百姓", T, META), T),
    Layout("lookalike_nav_row", _page("首页　要闻　政务　民生　视频　专题", T, META), T),
    Layout("lookalike_category_alone", _page("县内要闻", T, META), T),
    Layout(
        "lookalike_url_line",
        _page("http://www.songxi-demo.cn/news/2023/0411/5521.html", T, META),
        T,
    ),
    Layout(
        "lookalike_code_comment",
        _en("// saved from the archive mirror", E, EN_META),
        E,
    ),
    Layout(
        "lookalike_prose_first",
        _page(
            "山塘是山区群众生产生活的重要水源，也是防汛的薄弱环节。",
            T,
            META,
        ),
        T,
    ),
    Layout("lookalike_en_date", _en("Tuesday, April 11, 2023", E, EN_META), E),
    Layout("lookalike_en_byline", _en("By Mara Quill, Staff Reporter", E, "April 11, 2023"), E),
    Layout("lookalike_en_nav", _en("Home | News | Sport | Business | Opinion", E, EN_META), E),
    Layout("lookalike_en_slogan", _en("Your town. Your paper. Since 1887.", E, EN_META), E),
    Layout(
        "lookalike_en_url",
        _en("https://www.portalder-demo.com/news/night-market", E, EN_META),
        E,
    ),
    Layout("lookalike_meta_above", _page(META, "县内要闻", T), T),
    Layout(
        "lookalike_html_nav",
        _html(
            f"{T}_松溪新闻网",
            "<div class='nav'><a href='/'>首页</a> <a href='/a'>要闻</a> <a href='/b'>政务</a>"
            f" <a href='/c'>民生</a></div><h1>{T}</h1><div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
    Layout(
        "lookalike_html_crumb_whole",
        _html(
            f"{T}_松溪新闻网",
            "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/n'>县内要闻</a>"
            " &gt; 正文</div>"
            f"<h1>{T}</h1><div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
    Layout(
        "lookalike_html_date_div",
        _html(
            f"{T}_松溪新闻网",
            "<div class='date'>2023年4月11日 星期二</div>"
            f"<h2>{T}</h2><div class='info'>{META}</div>",
        ),
        T,
        True,
    ),
]


def run_layout(pipe: Pipeline, lay: Layout) -> dict[str, Any]:
    """The page's first article's title, and what is wrong."""
    data = ("\n".join(lay.lines) + "\n").encode()
    if lay.html:  # read as the reader reads a .html file: main text extracted
        raw = html_page(f"sweep/{lay.name}.html", data, {"kind": "html"}, ReadOptions())
    else:
        raw = RawInput(f"sweep/{lay.name}.txt", data)
    arts = pipe.process(raw, 0).articles
    got = arts[0].title if arts else None
    wrong = [] if got == lay.title else [f"title={got!r} (want {lay.title!r})"]
    return {"title": got, "wrong": wrong, "n": len(arts)}
