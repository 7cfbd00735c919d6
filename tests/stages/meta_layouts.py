"""Invented metadata layouts around an article's title (the metadata sweep).

Each layout is one plain-text page: a site head, a title, metadata rows in one of the ways
real Chinese (and some English) portals print them, the text and a footer.  ``expect`` is
the article's metadata the page must give (dates as YYYY-MM-DD); ``absent`` names keys the
page must NOT have (look-alikes: a date in a sentence, a related item's row, a copyright
year, a comment's date, a crawl stamp, another document's number in prose); ``kept`` lines
must stay in the article's text (a sentence is never a metadata value).

Conventions, as the invented families' truth has them (``tests/families/*/truth.jsonl``):
``来源`` / ``信息来源`` is ``origin``; ``发布机构`` / ``发布单位`` / ``发文单位`` and the body
of a bare ``body date`` row or of a closing sign-off are ``issuer``; ``作者`` / ``By`` is
``author``; ``文号`` / ``发文字号`` / a bare ``某发〔2021〕12号`` line or an issue number is
``doc_number``; ``发布日期`` / ``发布时间`` / ``更新时间`` / a bare date in the row is
``published`` (where a card prints both ``成文日期`` and ``发布日期``, ``发布日期``).

The wording is invented for this sweep (``benchmarks/meta_sweep.py`` runs it;
``tests/stages/test_meta_layouts.py`` asserts the layouts that are right).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

SITE: list[str] = []  # a lone page starts at its title (a site's head goes by its profile)
HEAD = ["槐川区人民政府门户网站", "首页 > 政务公开 > 通知公告"]  # a lone page's head left in
TITLE = "关于开展老旧小区雨污分流改造工作的通知"
BODY = [
    "各街道办事处、区级各部门：",
    "为进一步改善居民居住环境，区政府决定在全区范围内开展老旧小区雨污分流改造，现将有关事项通知如下。",
    "一、各街道要在本月底前完成排查摸底，建立问题清单并逐项销号，确保改造范围不漏一户。",
    "二、施工单位要合理安排工期，尽量减少对居民日常出行的影响，做好安全防护和文明施工。",
]
FOOT = ["主办单位：槐川区人民政府办公室　技术支持：槐川区大数据中心"]
EN_SITE: list[str] = []  # a lone page starts at its title (a site's head goes by its profile)
HEAD = ["槐川区人民政府门户网站", "首页 > 政务公开 > 通知公告"]  # a lone page's head left in
EN_TITLE = "Huaichuan opens three new riverside parks"
EN_BODY = [
    "Three new riverside parks opened to the public in Huaichuan on Tuesday, adding more"
    " than forty hectares of green space to the old town.",
    "The parks link up with the existing cycle path along the river, and residents can"
    " borrow bicycles at each entrance free of charge.",
    "City planners said the next phase would add benches, shade trees and two small"
    " playgrounds before the summer holidays.",
]
EN_FOOT = ["Copyright Huaichuan Municipal Government. All rights reserved."]

ISS = "槐川区住房和城乡建设局"
ORI = "槐川区融媒体中心"
DOC = "槐建发〔2021〕12号"


@dataclass(frozen=True)
class Layout:
    name: str
    lines: list[str]
    expect: dict[str, str]
    absent: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _under(*rows: str) -> list[str]:
    return [*SITE, TITLE, *rows, *BODY, *FOOT]


def _above(*rows: str) -> list[str]:
    return [*SITE, *rows, TITLE, *BODY, *FOOT]


def _en_under(*rows: str) -> list[str]:
    return [*EN_SITE, EN_TITLE, *rows, *EN_BODY, *EN_FOOT]


D = "2021-03-09"
LAYOUTS: list[Layout] = [
    # --- one labelled row under the title, separators ---
    Layout(
        "row_fullwidth_space",
        _under(f"发布时间：2021-03-09　来源：{ORI}"),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_pipe",
        _under(f"发布日期：2021-03-09 | 来源：{ORI} | 作者：钟岚"),
        {"published": D, "origin": ORI, "author": "钟岚"},
    ),
    Layout(
        "row_dot",
        _under(f"来源：{ORI} · 发布时间：2021年3月9日 16:20 · 浏览次数：312"),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_slash",
        _under(f"作者：钟岚 / 来源：{ORI} / 时间：2021/3/9"),
        {"published": D, "origin": ORI, "author": "钟岚"},
    ),
    Layout(
        "row_shu",
        _under(f"来源：{ORI}丨作者：钟岚丨发布时间：2021-03-09 16:20"),
        {"published": D, "origin": ORI, "author": "钟岚"},
    ),
    Layout(
        "row_tab",
        _under(f"发布机构：{ISS}\t发布日期：2021-03-09\t文号：{DOC}"),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    Layout(
        "row_ascii_colon",
        _under(f"来源:{ORI} 时间:2021-03-09 16:20"),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_dots_date",
        _under(f"发布时间：2021.03.09　信息来源：{ORI}"),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_spaced_labels",
        _under(f"发 布 日 期：2021-03-09　　文　　号：{DOC}"),
        {"published": D, "doc_number": DOC},
    ),
    Layout(
        "row_old_cms",
        _under(f"作者：钟岚　　来源：{ORI}　　点击数：88　　更新时间：2021-3-9"),
        {"published": D, "origin": ORI, "author": "钟岚"},
    ),
    Layout("row_font_switch", _under("发布时间：2021-03-09　字号：大 中 小"), {"published": D}),
    Layout(
        "row_font_bracket",
        _under(f"信息来源：{ORI}　发布时间：2021-03-09　【字体：大 中 小】【打印】"),
        {"published": D, "origin": ORI},
    ),
    Layout("row_fabu_yu", _under("钟岚 发布于 2021-03-09 16:20"), {"published": D}),
    Layout(
        "row_cn_numeral_date",
        _under(f"发布日期：二〇二一年三月九日　发布单位：{ISS}"),
        {"published": D, "issuer": ISS},
    ),
    Layout(
        "row_roc_date",
        [
            *SITE,
            "關於開展老舊社區雨污分流改造工作的通知",
            "發布日期：民國110年3月9日　發布單位：槐川區公所",
            *BODY,
            *FOOT,
        ],
        {"published": D, "issuer": "槐川區公所"},
    ),
    Layout("row_seconds_reads", _under("2021-03-09 16:20:05　阅读次数：1024"), {"published": D}),
    # --- rows above the title ---
    Layout(
        "above_column_tag",
        _above("【通知公告】　发布时间：2021-03-09 10:21　阅读：[58]"),
        {"published": D},
    ),
    Layout("above_bare_body_date", _above(f"{ISS}　2021年3月9日"), {"published": D, "issuer": ISS}),
    Layout("above_doc_line", _above(DOC), {"doc_number": DOC}),
    Layout("above_bracket_date", _above(f"[2021-03-09] {ISS}"), {"published": D, "issuer": ISS}),
    # --- bare rows under the title ---
    Layout("bare_date_body", _under(f"2021-03-09　{ISS}"), {"published": D, "issuer": ISS}),
    Layout(
        "bare_date_time_body", _under(f"2021-03-09 16:20　{ISS}"), {"published": D, "issuer": ISS}
    ),
    Layout("bare_doc_line", _under(DOC), {"doc_number": DOC}),
    Layout("bare_issue_number", _under("2021年第5期"), {"doc_number": "2021年第5期"}),
    Layout("bracket_origin_line", _under(f"（来源：{ORI}）"), {"origin": ORI}),
    # --- cards and flattened tables ---
    Layout(
        "card_label_over_value",
        _above("发布机构", ISS, "发布日期", "2021-03-09", "发文字号", DOC),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    Layout(
        "card_two_columns",
        _above(
            "索 引 号：11330100/2021-00012　　主题分类：城乡建设",
            f"发布机构：{ISS}　　成文日期：2021年03月05日",
            f"文　　号：{DOC}　　发布日期：2021年03月09日",
        ),
        {"published": D, "issuer": ISS, "doc_number": DOC},
        note="发布日期 over 成文日期",
    ),
    Layout(
        "card_spaced_grid",
        _above(
            f"发文机关  {ISS}          发布日期  2021-03-09",
            f"文    号  {DOC}          主题分类  城乡建设",
        ),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    Layout(
        "bracket_items_one_line",
        _under(f"【发布单位】{ISS}【发布日期】2021-03-09"),
        {"published": D, "issuer": ISS},
    ),
    Layout(
        "bracket_card_lines",
        _above(f"【发文字号】{DOC}", "【发布日期】2021年3月9日", f"【发布机关】{ISS}"),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    Layout(
        "label_lines_under",
        _under(f"发布单位：{ISS}", "发布日期：2021-03-09", f"文号：{DOC}"),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    # --- sign-off blocks ---
    Layout(
        "signoff_body_date",
        [*SITE, TITLE, *BODY, ISS, "2021年3月9日", *FOOT],
        {"published": D, "issuer": ISS},
        kept=(ISS, "2021年3月9日"),
    ),
    Layout(
        "signoff_numeral_date",
        [*SITE, TITLE, *BODY, ISS, "二〇二一年三月九日", *FOOT],
        {"published": D, "issuer": ISS},
        kept=(ISS, "二〇二一年三月九日"),
    ),
    # --- English pages ---
    Layout(
        "en_updated_source",
        _en_under("Updated: 2021-03-09 10:22 | Source: Huaichuan Daily"),
        {"published": D, "origin": "Huaichuan Daily"},
    ),
    Layout(
        "en_by_date",
        _en_under("By Lin Mei | Published: 23/03/2021"),
        {"published": "2021-03-23", "author": "Lin Mei"},
    ),
    Layout(
        "en_month_name",
        _en_under("Posted: March 9, 2021　Source: Huaichuan Daily"),
        {"published": D, "origin": "Huaichuan Daily"},
    ),
    # --- a lone page whose site head stays above the title ---
    Layout(
        "head_row_dots_date",
        [*HEAD, TITLE, f"发布时间：2021.03.09　信息来源：{ORI}", *BODY, *FOOT],
        {"published": D, "origin": ORI},
    ),
    Layout(
        "head_bare_date_body",
        [*HEAD, TITLE, f"2021-03-09　{ISS}", *BODY, *FOOT],
        {"published": D, "issuer": ISS},
    ),
    Layout(
        "head_spaced_labels",
        [*HEAD, TITLE, f"发 布 日 期：2021-03-09　　文　　号：{DOC}", *BODY, *FOOT],
        {"published": D, "doc_number": DOC},
    ),
    Layout(
        "head_en_updated",
        [
            "HUAICHUAN",
            "Home | News | Business | Travel",
            EN_TITLE,
            "Updated: 2021-03-09 10:22 | Source: Huaichuan Daily",
            *EN_BODY,
            *EN_FOOT,
        ],
        {"published": D, "origin": "Huaichuan Daily"},
    ),
    # --- more rows: traditional labels, weekdays, bylines, credits after the text ---
    Layout(
        "row_traditional_labels",
        [
            *SITE,
            "關於開展老舊社區雨污分流改造工作的通知",
            "發佈時間：2021-03-09　來源：槐川區融媒體中心",
            *BODY,
            *FOOT,
        ],
        {"published": D, "origin": "槐川區融媒體中心"},
    ),
    Layout(
        "row_weekday", _under(f"2021年3月9日 星期二　来源：{ORI}"), {"published": D, "origin": ORI}
    ),
    Layout(
        "row_bare_date_then_label",
        _under(f"2021-03-09 16:20　来源：{ORI}　作者：钟岚"),
        {"published": D, "origin": ORI, "author": "钟岚"},
    ),
    Layout("row_date_only_label", _under("日期：2021-03-09"), {"published": D}),
    Layout(
        "row_views_first",
        _under(f"浏览：128次　发布时间：2021-03-09　来源：{ORI}"),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_empty_author",
        _under(f"发布时间：2021-03-09　来源：{ORI}　作者："),
        {"published": D, "origin": ORI},
    ),
    Layout(
        "row_markdown_table",
        _above(
            f"| 发布机构 | {ISS} | 发布日期 | 2021-03-09 |",
            f"| 文号 | {DOC} | 主题分类 | 城乡建设 |",
        ),
        {"published": D, "issuer": ISS, "doc_number": DOC},
    ),
    Layout(
        "bracket_body_date_row", _under(f"（{ISS}　2021年3月9日）"), {"published": D, "issuer": ISS}
    ),
    Layout("byline_wen_slash", _under("文/钟岚　2021-03-09"), {"published": D, "author": "钟岚"}),
    Layout(
        "signoff_joint_issuers",
        [*SITE, TITLE, *BODY, ISS, "槐川区财政局", "2021年3月9日", *FOOT],
        {"published": D, "issuer": ISS},
        kept=(ISS, "槐川区财政局", "2021年3月9日"),
    ),
    Layout(
        "en_posted_on_by",
        _en_under("Posted on 9 March 2021 by Lin Mei"),
        {"published": D, "author": "Lin Mei"},
    ),
    Layout(
        "en_date_pipe_source",
        _en_under("2021-03-09 16:20 | Source: Huaichuan Daily"),
        {"published": D, "origin": "Huaichuan Daily"},
    ),
    # --- look-alikes that must not become metadata ---
    Layout(
        "lookalike_year_title",
        [*SITE, "2020年度槐川区老旧小区改造工作总结", *BODY, *FOOT],
        {},
        absent=("published",),
    ),
    Layout(
        "lookalike_folio",
        [*SITE, TITLE, *BODY[:2], "第2页 共3页", *BODY[2:], *FOOT],
        {},
        absent=("doc_number",),
    ),
    Layout(
        "lookalike_phone_digits",
        [*SITE, TITLE, *BODY, "监督电话：0571-2021039", *FOOT],
        {},
        absent=("published",),
    ),
    Layout(
        "lookalike_next_item",
        [
            *_under(f"发布时间：2021-03-09　来源：{ORI}")[:-1],
            "上一篇：槐川区召开春季防汛工作会议（2021-03-01）",
            "下一篇：槐川区开展燃气安全专项检查（2021-03-15）",
            *FOOT,
        ],
        {"published": D, "origin": ORI},
    ),
    Layout(
        "lookalike_dated_sentence",
        [
            *SITE,
            TITLE,
            "2021年3月9日，区住建局召开专题会议，部署全区老旧小区雨污分流改造工作。",
            *BODY[1:],
            *FOOT,
        ],
        {},
        absent=("published",),
        kept=("2021年3月9日，区住建局召开专题会议，部署全区老旧小区雨污分流改造工作。",),
    ),
    Layout(
        "lookalike_related_row",
        [
            *_under(f"发布时间：2021-03-09　来源：{ORI}")[:-1],
            "相关阅读",
            "槐川区部署春季植树造林工作　2021-03-02",
            *FOOT,
        ],
        {"published": D, "origin": ORI},
    ),
    Layout(
        "lookalike_copyright",
        [*SITE, TITLE, *BODY, "Copyright © 2020 槐川区人民政府 版权所有"],
        {},
        absent=("published", "issuer"),
    ),
    Layout(
        "lookalike_comment_date",
        [
            *_under(f"发布时间：2021-03-09　来源：{ORI}")[:-1],
            "网友评论",
            "游客 2021-03-12 08:15",
            "这次改造什么时候轮到我们小区？",
            *FOOT,
        ],
        {"published": D, "origin": ORI},
    ),
    Layout(
        "lookalike_crawl_stamp",
        [*_under(f"来源：{ORI}")[:-1], *FOOT, "最后更新：2024-11-02 03:11:45"],
        {"origin": ORI},
        absent=("published",),
        note="a site footer's crawl stamp is no publish date",
    ),
    Layout(
        "lookalike_doc_in_prose",
        [
            *SITE,
            TITLE,
            "根据《槐川区城市更新实施方案》（槐政发〔2020〕8号）要求，结合我区实际，制定本通知。",
            *BODY[1:],
            *FOOT,
        ],
        {},
        absent=("doc_number", "published"),
        kept=(
            "根据《槐川区城市更新实施方案》（槐政发〔2020〕8号）要求，结合我区实际，制定本通知。",
        ),
    ),
    Layout(
        "lookalike_meeting_time",
        [
            *SITE,
            "关于召开老旧小区改造推进会的通知",
            "各街道办事处：",
            "一、会议时间：2021年3月20日上午9:00",
            "二、会议地点：区政府三楼第二会议室",
            "三、参会人员：各街道分管负责同志，请准时参加。",
            *FOOT,
        ],
        {},
        absent=("published",),
        kept=("一、会议时间：2021年3月20日上午9:00",),
    ),
    Layout(
        "lookalike_deadline",
        [*SITE, TITLE, *BODY, "报名截止日期：2021-04-30，逾期不再受理。", *FOOT],
        {},
        absent=("published", "expires"),
        kept=("报名截止日期：2021-04-30，逾期不再受理。",),
    ),
    Layout(
        "lookalike_data_source",
        [*SITE, TITLE, *BODY, "本次调查的数据来源：区统计局年度报表及各街道上报材料。", *FOOT],
        {},
        absent=("origin",),
        kept=("本次调查的数据来源：区统计局年度报表及各街道上报材料。",),
    ),
    Layout(
        "lookalike_contact_row",
        [*SITE, TITLE, *BODY, "联系人：钟岚　联系电话：0571-86001234", *FOOT],
        {},
        absent=("author",),
    ),
    Layout(
        "lookalike_effective_sentence",
        [*SITE, TITLE, *BODY, "本通知自2021年4月1日起施行，有效期五年。", *FOOT],
        {},
        absent=("published", "effective"),
        kept=("本通知自2021年4月1日起施行，有效期五年。",),
    ),
    Layout(
        "lookalike_en_sentence",
        [
            *EN_SITE,
            EN_TITLE,
            "On March 9, 2021, the city council approved the plan, officials said.",
            *EN_BODY,
            *EN_FOOT,
        ],
        {},
        absent=("published",),
        kept=("On March 9, 2021, the city council approved the plan, officials said.",),
    ),
    Layout(
        "lookalike_source_in_sentence",
        [
            *_under(f"发布时间：2021-03-09\u3000来源：{ORI}")[:-1],
            "据了解，此次改造资金来源为区级财政专项资金和社会资本。",
            *FOOT,
        ],
        {"published": D, "origin": ORI},
        kept=("据了解，此次改造资金来源为区级财政专项资金和社会资本。",),
    ),
]


def run_layout(pipe: Pipeline, lay: Layout) -> dict[str, Any]:
    """The page's first article's meta, title and text lines, and what is wrong."""
    raw = RawInput(f"sweep/{lay.name}.txt", ("\n".join(lay.lines) + "\n").encode())
    arts = pipe.process(raw, 0).articles
    meta = dict(arts[0].meta) if arts else {}
    text = {ln.strip() for a in arts for ln in a.text.split("\n")}
    wrong = [f"{k}={meta.get(k)!r} (want {v!r})" for k, v in lay.expect.items() if meta.get(k) != v]
    wrong += [f"{k}={meta[k]!r} (want none)" for k in lay.absent if k in meta]
    wrong += [f"lost {ln!r}" for ln in lay.kept if ln not in text]
    return {"meta": meta, "wrong": wrong, "title": arts[0].title if arts else None}
