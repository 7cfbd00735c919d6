"""Four more invented families for a thirty-eighth blind test of the generic layer: a
county government's open-information pages (HTML, GBK on even pages and UTF-8 on odd ones,
each declared in its head, CRLF; the metadata in a two-column ``<table>`` whose left cells
are the labels), a read-later app's clippings of official-account essays (plain text,
UTF-16 with BOM, LF; an export head over the clipped article), a law database's print view
of local regulations (plain text, GB18030, CRLF; a ``【效力级别】…【时效性】…`` card, a table
of contents and printed page folios that cut sentences) and a hiking forum's weekly
best-of digest (HTML, UTF-8 with BOM, LF; every page a compilation whose pieces open with a
``No.03 ｜ 线路攻略`` kicker line).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a county open-information table page, a read-later clipping export, a law
database print view, a forum best-of digest), header shapes, title placement, metadata
layout and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's
lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zn_xianzheng`` ('岑溪县人民政府' information disclosure, HTML, GBK declared
  ``<meta http-equiv="Content-Type" … charset=gbk>`` on even pages, UTF-8 declared ``<meta
  charset="utf-8">`` on odd ones, CRLF): ``<title>`` = ``X-岑溪县人民政府``; ``岑溪县人民政府
  信息公开``, a nav row ``信息公开指南 | 信息公开制度 | 法定主动公开内容 | 信息公开年报 |
  依申请公开`` and ``当前位置：首页 > 信息公开 > 法定主动公开内容 > 规范性文件`` (``header``).  The
  metadata sits in a ``<table class="xxgk-table">`` of label / value rows, each cell a
  visible line (``索 引 号`` / ``11234567/2021-12345``, ``公开主体`` / the bureau, ``主题分类``
  / ``国土资源``, ``成文日期`` / ``2021-03-09``, ``发布日期`` / ``2021-03-11``, ``文　　号`` /
  ``岑自然资规〔2021〕3号``, ``有 效 性`` / ``有效``; metadata, neither).  On even pages the
  table has one more row ``名　　称`` / the title (neither) and the title follows UNDER the
  table in a ``<div class="xxgk-bt">``; on odd pages the title is an ``<h1>`` ABOVE the
  table.  The title, the salutation, the forwarding sentence, the ``一、`` sections, the
  validity line, the bureau's name and the date ``二〇二一年三月九日`` are ONE article.  Chrome
  at the end: ``附件下载：`` and two ``1．…（样表）.docx`` lines (``related``), ``〖放大〗〖缩小〗
  〖打印〗〖关闭〗`` (bar), ``政策解读：一图读懂…新规`` (``related``), ``本页信息由…提供，如有疑问
  请拨打…`` (``notice``), two footer lines (site code, ICP number).  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` per page; no page breaks.  Meta: published (发布
  日期, not the 成文日期 of the sign-off), issuer (公开主体), doc_number (文号), index_no.
* ``sealed_zn_jianzang`` ('纸鸢稍后读' clippings, plain text, UTF-16 with BOM, LF): the export
  head ``【剪藏】X``, ``来源：公众号「岚听」``, ``原文：https://mp.example.com/s/…``, ``剪藏于：
  2023-04-07 21:33　｜　标签：#城市 #散步`` (``header``) and a ruler ``────…`` (bar).  On even
  pages the bare title is followed by ``原创　林小满　岚听`` and ``2021年3月9日 08:30　四川``
  (metadata, neither); on odd pages ``岚听　2021-03-09 08:30`` stands ABOVE the title and
  ``原创　文／林小满`` UNDER it (metadata, neither).  The title, four paragraphs, a ``▍…事``
  subhead and the closing line are ONE article.  Chrome after it: ``— END —`` (bar),
  ``文字／X　｜　图片／X　｜　编辑／X`` (``notice``), ``本文为「岚听」原创内容，如需转载请在后台回复
  “转载”。`` (``notice``), ``喜欢就点个「在看」吧`` (bar), ``往期回顾`` and three ``· 标题``
  lines (``related``), the counter row ``阅读 3.2万　赞 418　在看 96`` (bar), the ruler (bar)
  and ``由 纸鸢稍后读 导出 · 仅供个人阅读`` (``footer``).  Damage: two of the three kinds per
  page (all three on pages 3 and 6); no page breaks.  Meta: published, author (the writer),
  origin (the account).
* ``sealed_zn_falv`` ('岚衡法律数据库' print view, plain text, GB18030, CRLF): ``岚衡法律数据库
  （打印版）`` and ``首页 > 法律法规 > 地方性法规 > 岚州省`` (``header``).  A card of three rows
  ``【效力级别】省级地方性法规　【时效性】现行有效``, ``【发布部门】X　【发文字号】X公告第37号`` and
  ``【公布日期】2019-09-26　【施行日期】2020-01-01`` (metadata, neither) stands UNDER the bare
  title on even pages and ABOVE it on odd ones.  The title, the passage note ``（…通过）``,
  the table of contents (``目　　录`` and the chapter lines), the ``第N章`` chapters and the
  ``第N条`` articles (an ``（一）`` list in one) are ONE article.  Page breaks: a printed folio
  ``岚衡法律数据库　第 2 页 / 共 3 页`` (``page_number``) cuts a sentence between two CJK letters
  on every page but 2 and 5 (two folios on pages 0 and 4).  Chrome at the end: ``本库文本仅供
  查询参考，请以发布机关公布的正式文本为准。`` (``notice``), ``关联信息：相关案例（12）　…`` (bar),
  ``【收藏】　【下载】　【打印】`` (bar), a footer with an ICP number.  Damage: one more kind
  on pages 1, 3, 5 and 7.  Meta: published (公布日期), issuer (发布部门), doc_number (发文字号),
  effective (施行日期).
* ``sealed_zn_jinghua`` ('溪山户外论坛' weekly best-of, HTML, UTF-8 with BOM declared
  ``<meta charset="utf-8">``, LF; every page a compilation of 3, 4, 2, 5, 3, 4, 3, 2 threads,
  oldest first): ``<title>`` = ``精华周刊第N期 - 溪山户外论坛``; the logo, a nav row and ``论坛首页
  › 站务公告 › 精华周刊`` (``header``), the ``<h1>`` ``溪山精华周刊 · 第N期`` and
  ``本期编辑：X　收录 N 帖`` (``header``), the intro ``每周一更新，收录上周被版主加精的
  帖子……`` (``notice``).  Per thread: a kicker ``No.03 ｜ 线路攻略`` (metadata, neither)
  ABOVE the ``<h3>`` title, a row
  ``楼主：X　·　2021-03-09　·　回复 86　·　浏览 4.1k`` (metadata, neither) UNDER it, two or
  three excerpt paragraphs (content), a hot comment ``热评 ▸ … —— X`` (``notice``) and
  ``查看原帖 »`` (bar).  Chrome at the end: ``往期精华：第N期 | 第N期 | 全部往期`` (``related``),
  ``想上精华？发帖时勾选“申请加精”，版主每周日统一审核。`` (``notice``), two footer lines.  Damage:
  one kind in one thread on pages 1, 4 and 6; no page breaks.  Meta per thread: published,
  author (楼主).

Truth as :mod:`tests.families.blind_families_zm`: header and metadata rows are neither
content nor chrome; titles are bare and the first line of their article; dates YYYY-MM-DD;
a compilation's header lines are chrome of kind ``header``, its per-piece rows (here also
the ``No.N ｜ board`` kicker) are metadata.  Arguable and fixed here: the open-information
table's label cells and value cells are all metadata (neither), the title repeated in its
``名　　称`` row too, and ``published`` is the 发布日期 (the 成文日期 is the sign-off date);
a clipping's export head is ``header`` (its 剪藏 date is not the article's), the account is
``origin`` and the writer ``author``, the credits row and the repost notice are ``notice``;
a regulation's passage note and table of contents are content (they are part of the
official text), the database card is metadata with the 施行日期 as ``effective``; a forum
digest's hot comment is ``notice`` (as the reply threads of sets o and zm).  Compiled pages:
every ``jinghua`` page; the other families are single documents.  ``python -m
tests.families.blind_families_zn`` (seed base 4000) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``780ea9f`` (the session's start code; written in the
session's first minutes), one folder, model on (F1/residue/titles/counts/repairs/meta):
falv .905/0/1/1/.333/1, jianzang .813/.25/0/1/1/0, jinghua .917/.076/.231/0/1/.289,
xianzheng .885/.455/1/1/1/1; means .880/.195/.558/.750/.833/.572.  The forum digest
(kicker row over ``<h3>``, author row under it) did not split; the clipping head's
``【剪藏】`` title line was taken as the title and the writer/account rows stayed in the
text; folio page breaks were not joined.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zn_text import (
    CLIP_APP,
    CLIP_MORE,
    CLIP_REGION,
    CLIP_WRITERS,
    CLIPS,
    COUNTY,
    FORUM,
    LAW_DB,
    LAW_MORE,
    LAWS,
    TRIP_HOT,
    TRIP_NICK,
    TRIP_TITLE,
    XZ_FILES,
    XZ_MATTERS,
    GenZN,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the county open-information page ------------------------------------------------------


def fam_xianzheng(g: GenZN, i: int) -> Made:
    """'岑溪县人民政府' open-information pages, HTML in GBK (even) / UTF-8 (odd)."""
    r = g.r
    a, card = g.policy(i)
    damage(g, a, [ODD[i % 3]])
    site = f"{COUNTY}人民政府"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    else:
        h.raw('<meta charset="utf-8">')
    h.raw(f"<title>{a.title}-{site}</title>", "</head>", "<body>")
    h.el("div", f"{site}信息公开", "logo", "header")
    h.links(
        "header",
        ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"],
        " | ",
        "nav",
    )
    h.el("div", "当前位置：首页 > 信息公开 > 法定主动公开内容 > 规范性文件", "crumb", "header")
    rows = [
        ("索 引 号", a.meta["index_no"]),
        ("公开主体", a.meta["issuer"]),
        ("主题分类", card["topic"]),
        ("成文日期", card["signed"]),
        ("发布日期", a.meta["published"]),
        ("文　　号", a.meta["doc_number"]),
        ("有 效 性", "有效"),
    ]
    if i % 2 == 1:
        h.el("h1", a.title, "xxgk-bt")
    else:
        rows.insert(2, ("名　　称", a.title))
    h.raw('<table class="xxgk-table">')
    for label, value in rows:
        h.raw("<tr>")
        h.el("th", label)
        h.el("td", value)
        h.raw("</tr>")
    h.raw("</table>")
    if i % 2 == 0:
        h.el("div", a.title, "xxgk-bt")
    h.raw('<div class="xxgk-content">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "附件下载：", "fj", "related")
    matter = XZ_MATTERS[i]
    for k, f in enumerate(r.sample(XZ_FILES, 2), start=1):
        h.el("div", f"{k}．{matter}{f}.docx", "fj", "related")
    h.el("div", "〖放大〗〖缩小〗〖打印〗〖关闭〗", "tools", "bar")
    h.el("div", f"政策解读：一图读懂{COUNTY}{matter}新规", "jd", "related")
    h.el(
        "p",
        f"本页信息由{a.meta['issuer']}提供，如有疑问请拨打0774-{r.randint(2000000, 8999999)}。",
        "tip",
        "notice",
    )
    h.el("p", f"主办：{site}办公室　承办：{COUNTY}大数据发展中心", "", "footer")
    h.el(
        "p",
        f"网站标识码：45042{r.randint(10000, 99999)}　岑ICP备0501{r.randint(1000, 9999)}号-1",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the read-later clipping ---------------------------------------------------------------

RULER = "─" * 24


def fam_jianzang(g: GenZN, i: int) -> Made:
    """'纸鸢稍后读' clippings of account essays, UTF-16 text."""
    r = g.r
    a = g.clip(i)
    account, _, tags = CLIPS[i]
    kinds = ODD if i in (3, 6) else r.sample(ODD, 2)
    damage(g, a, kinds)
    y, m, d = ymd(a)
    clock = g.clock()
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"【剪藏】{a.title}"),
            ("header", f"来源：公众号「{account}」"),
            ("header", f"原文：https://mp.example.com/s/{r.randrange(16**10):010x}"),
            ("header", f"剪藏于：{y}-{m:02d}-{min(d + 2, 28):02d} {g.clock()}　｜　标签：{tags}"),
            ("bar", RULER),
        ],
    )
    lines.append("")
    who = a.meta["author"]
    if i % 2 == 0:
        lines += [a.title, f"原创　{who}　{account}"]
        lines.append(f"{y}年{m}月{d}日 {clock}　{r.choice(CLIP_REGION)}")
    else:
        lines += [f"{account}　{y}-{m:02d}-{d:02d} {clock}", a.title, f"原创　文／{who}"]
    lines.append("")
    for x in a.page:
        lines += [x, ""]
    a.lines = [a.title, *a.lines]
    others = [w for w in CLIP_WRITERS if w != who]
    put(
        lines,
        chrome,
        [
            ("bar", "— END —"),
            ("notice", f"文字／{who}　｜　图片／{others[i % 5]}　｜　编辑／{others[(i + 2) % 5]}"),
            ("notice", f"本文为「{account}」原创内容，如需转载请在后台回复“转载”。"),
            ("bar", "喜欢就点个「在看」吧"),
            ("related", "往期回顾"),
            *(("related", f"· {t}") for t in r.sample(CLIP_MORE, 3)),
            (
                "bar",
                f"阅读 {r.randint(2, 9)}.{r.randint(1, 9)}万　赞 {r.randint(50, 900)}"
                f"　在看 {r.randint(10, 200)}",
            ),
        ],
    )
    lines.append("")
    put(lines, chrome, [("bar", RULER), ("footer", f"由 {CLIP_APP} 导出 · 仅供个人阅读")])
    return lines, [a], chrome, False


# -- 3. the law database print view -----------------------------------------------------------

NO_BREAK = {2, 5}


def fam_falv(g: GenZN, i: int) -> Made:
    """'岚衡法律数据库' print views of local regulations, GB18030 text."""
    r = g.r
    a, extra = g.law(i)
    place = LAWS[i][0]
    breaks = 0 if i in NO_BREAK else (2 if i in (0, 4) else 1)
    total = breaks + 1
    folio = counter(2, total, lambda k, n: f"{LAW_DB}　第 {k} 页 / 共 {n} 页")
    kinds = ["page_break"] * breaks + ([ODD[i % 3]] if i % 2 else [])
    damage(g, a, kinds, lambda: [("page_number", folio())])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{LAW_DB}（打印版）"),
            ("header", f"首页 > 法律法规 > 地方性法规 > {place}"),
        ],
    )
    lines.append("")
    meta = a.meta
    card = [
        f"【效力级别】{extra['level']}　【时效性】现行有效",
        f"【发布部门】{meta['issuer']}　【发文字号】{meta['doc_number']}",
        f"【公布日期】{meta['published']}　【施行日期】{meta['effective']}",
    ]
    if i % 2 == 0:
        lines += [a.title, "", *card, ""]
    else:
        lines += [*card, "", a.title, ""]
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "本库文本仅供查询参考，请以发布机关公布的正式文本为准。"),
            ("bar", "关联信息：" + "　".join(r.sample(LAW_MORE, 3))),
            ("bar", "【收藏】　【下载】　【打印】"),
            (
                "footer",
                f"©2024 岚衡信息技术有限公司　岚ICP备1702{r.randint(1000, 9999)}号",
            ),
        ],
    )
    return lines, [a], chrome, False


# -- 4. the forum's weekly best-of digest ------------------------------------------------------

PN = [3, 4, 2, 5, 3, 4, 3, 2]


def fam_jinghua(g: GenZN, i: int) -> Made:
    """'溪山户外论坛' weekly best-of pages, HTML in UTF-8 with BOM; every page a digest."""
    r = g.r
    k = PN[i]
    g.month(k, newest_first=False)
    picks = r.sample(TRIP_TITLE, k)
    arts = [g.trip(t) for _, t in picks]
    if i in (1, 4, 6):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    issue = 40 + 3 * i
    editor = r.choice(["版主小野", "岚峰脚力", "管理员阿木"])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>精华周刊第{issue}期 - {FORUM}</title>", "</head>", "<body>")
    h.el("div", f"{FORUM}　XISHAN OUTDOOR", "logo", "header")
    h.links("header", ["首页", "线路", "装备", "游记", "约伴", "活动", "精华"], "　", "nav")
    h.el("div", "论坛首页 › 站务公告 › 精华周刊", "crumb", "header")
    h.el("h1", f"溪山精华周刊 · 第{issue}期", "", "header")
    h.el("div", f"本期编辑：{editor}　收录 {k} 帖", "ed", "header")
    h.el(
        "p",
        "每周一更新，收录上周被版主加精的帖子，摘录部分内容，完整内容请点击原帖。",
        "intro",
        "notice",
    )
    for n, ((board, _), a) in enumerate(zip(picks, arts, strict=True), start=1):
        h.raw('<div class="item">')
        h.el("div", f"No.{n:02d} ｜ {board}", "no")
        h.el("h3", a.title)
        h.el(
            "div",
            f"楼主：{a.meta['author']}　·　{a.meta['published']}　·　回复 {r.randint(5, 300)}"
            f"　·　浏览 {r.randint(1, 9)}.{r.randint(1, 9)}k",
            "info",
        )
        h.body(a)
        a.lines = [a.title, *a.lines]
        nick = r.choice([x for x in TRIP_NICK if x != a.meta["author"]])
        h.el("div", f"热评 ▸ {r.choice(TRIP_HOT)} —— {nick}", "hot", "notice")
        h.el("a", "查看原帖 »", "more", "bar")
        h.raw("</div>")
    h.el(
        "div",
        f"往期精华：第{issue - 1}期 | 第{issue - 2}期 | 全部往期",
        "past",
        "related",
    )
    h.el(
        "p",
        "想上精华？发帖时勾选“申请加精”，版主每周日统一审核。",
        "howto",
        "notice",
    )
    h.el("p", f"© 2015-2024 {FORUM}　本站内容由网友发布，转载请注明出处", "", "footer")
    h.el("p", "联系我们　|　站务反馈　|　隐私条款　|　岚ICP备13009921号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily(
        "sealed_zn_xianzheng",
        "sealed",
        "gbk",
        "\r\n",
        8,
        fam_xianzheng,
        "html",
        ("gbk", "utf-8"),
    ),
    BlindFamily("sealed_zn_jianzang", "sealed", "utf-16", "\n", 8, fam_jianzang),
    BlindFamily("sealed_zn_falv", "sealed", "gb18030", "\r\n", 8, fam_falv),
    BlindFamily("sealed_zn_jinghua", "sealed", "utf-8-sig", "\n", 8, fam_jinghua, "html"),
]

assert len(CLIPS) == 8 and len(LAWS) == 8 and len(XZ_MATTERS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4000, gen=GenZN)
