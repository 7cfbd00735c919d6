"""Four more invented families for a twentieth blind test of the generic layer: a county
water bureau's flood-season bulletins (plain text, GB18030, CRLF, with a rain table, the
``报：`` / ``送：`` / ``发：`` distribution lines and ``·2·`` folios), a listed company's
investor Q&A pages (HTML, UTF-8 WITH BOM, CRLF; most pages compile several Q&As whose
question is the title), a county fire brigade's safety-tip compilations (plain text, UTF-16,
LF, ``提示三｜title`` headers) and a provincial archive's transcribed 1930s documents (HTML,
GB18030 or UTF-8 by page, LF; simplified catalogue over a traditional transcription).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding (UTF-16 safety tips with ``▶`` / ``✖`` items, an HTML family whose pages
alternate GB18030 and UTF-8, and a page mixing simplified chrome with a traditional text,
are new).  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_v_xunqing`` (a county water bureau '汀溆县水利局', plain text, GB18030, CRLF).  Even
  pages are a Word bulletin pasted under a breadcrumb ``汀溆县人民政府门户网站 > 部门专栏 > 县水利局
  > 防汛抗旱`` (``header``): the bulletin's name ``汛　情　通　报`` (``header``), the issue line
  ``第18期`` and ``汀溆县防汛抗旱指挥部办公室　　　　2021年7月9日`` (metadata, neither), a rule
  ``━━━━`` (bar), then the title.  Odd pages are a web article: the head line ``X - 汀溆县水利局``
  (the title with a site suffix, ``header``), ``当前位置：水利局 » 防汛抗旱 » 汛情通报``
  (``header``), the title, ONE row ``发文单位：X　期号：第18期　发布日期：2021-07-09　点击数：N``
  (metadata, neither) and ``【扫一扫，在手机上阅读本页】`` (bar).  The title ``关于7月8日至9日
  强降雨过程的汛情通报``, the opening, ``一、雨情`` … ``四、下一步工作`` with their paragraphs,
  the rain table (caption ``表1　…``, a head row, four rows of cells split by full-width
  spaces) and the ``报：`` / ``送：`` / ``发：`` lines are ONE article.  Page breaks: a folio
  ``·2·`` (``page_number``) cuts a sentence between two CJK letters on pages 0, 4 and 6.
  Chrome at the end: ``附件：…docx（NKB）　点击下载`` (``related``), ``〖打印本页〗〖关闭窗口〗``
  (bar), on odd pages ``上一期：X`` / ``下一期：Y`` (``related``), a footer with an ICP number.
  Damage one of ``cjk_space`` / ``comma`` / ``stray_q`` per page.  Meta: published, issuer
  (the 防汛办), doc_number (``第18期``).
* ``sealed_v_hudong`` (a listed company's IR section '岑湾新材料股份有限公司', HTML, UTF-8 with
  BOM, CRLF): ``岑湾新材料股份有限公司``, ``首页 | 关于我们 | 产品中心 | 投资者关系 | 新闻动态 |
  联系我们``, ``投资者关系 ＞ 互动问答`` and a stock card of ``<dt>``/``<dd>`` lines ``证券代码`` /
  ``688917`` / ``证券简称`` / ``岑湾新材`` (all ``header``).  Compiled pages (0: four, 1: three,
  3: five, 4: three, 6: four, 7: three Q&As, newest first): ``互动问答（第N页）`` (``header``),
  ``共收录问答N条　按提问时间倒序排列`` (bar); per Q&A a row ``投资者z***8　提问时间：2021-07-09
  10:22`` (metadata) ABOVE the question on pages 0, 3, 6 and UNDER it on 1, 4, 7, the
  question (a ``<div>``, ends ``？``: the title and the first content line), the answer
  paragraph (content) and ``岑湾新材回复：2021-07-10 16:05`` (bar); at the end ``首页　上一页　1
  2 3 … 26　下一页　末页`` (``page_number``).  Single Q&As (pages 2, 5): the question is an
  ``<h1>`` over ``提问者：X　提问时间：…`` (metadata), ``董秘答复（2021-07-10 16:05）`` (bar), two
  answer paragraphs, ``点赞 N　｜　收藏　｜　转发`` (bar), ``相关问答`` with three questions
  (``related``).  Chrome on every page: a risk note ``以上回复仅代表……风险自担。`` (``notice``),
  two footer lines.  No page breaks; damage ``comma`` in one answer on pages 1 and 4,
  ``cjk_space`` on 2, ``stray_q`` on 5.  Meta: published (the question's date; the reply
  dates are chrome).
* ``sealed_v_xiaofang`` (a county fire brigade's safety column '汀溆消防', plain text, UTF-16
  with BOM, LF): ``汀溆消防　>　宣传教育　>　安全常识`` (``header``), ``阅读模式：标准版 ｜ 长辈版``
  (bar).  Compilations (0, 1, 4, 6: three tips; 3, 7: two; oldest first):
  ``消防安全提示汇编（第N辑）`` (``header``), per tip the heading ``提示二｜厨房用火用气`` (a header
  row, neither, as set p's ``◎第二篇　標題``; the title drops ``提示二｜``) over ``（供稿：X　2021.07.09）`` (metadata), the intro paragraph,
  ``这些事情要做到：`` with two ``▶`` items and ``这些行为要杜绝：`` with two ``✖`` items (content);
  ``« 上一辑：第N辑　｜　下一辑：第M辑 »`` (``related``).  Single tips (2, 5): the bare title,
  ``发布时间：2021年7月9日　发布单位：汀溆县消防救援大队　阅读：N`` (metadata), the intro, three
  ``▶`` items, two ``✖`` items and a closing paragraph (ONE article); ``猜你想看`` with two
  titles (``related``).  Chrome on every page: the repost notice ``本栏目内容欢迎转载，……`` (``notice``),
  a footer.  No page breaks; damage one kind in one tip per page.  Meta: published, origin
  (供稿) on compiled tips, issuer (发布单位) on single tips.
* ``sealed_v_dangan`` (a provincial archive's full-text database '岚江省档案馆', HTML, GB18030
  declared by ``http-equiv`` on even pages, UTF-8 on odd pages, LF): ``岚江省档案馆　民国档案全文
  数据库``, ``首页 · 馆藏资源 · 档案利用 · 编研成果 · 网上展厅 · 查档指南`` and ``您所在的位置：
  首页 / 馆藏资源 / 民国档案 / 全文浏览`` (``header``).  The catalogue title (simplified letters)
  ``云渡县政府关于筹办冬赈请拨款项的呈文`` is an ``<h1>`` ABOVE a ``<dl>`` card on even pages and a
  ``<div class="doc-title">`` UNDER it on odd pages; the card's ``<dt>``/``<dd>`` lines
  ``档号`` / ``L012-003-0045`` / ``题名`` / (the title again) / ``责任者`` / ``云渡县政府`` /
  ``形成时间`` / ``1936-11-03`` / ``载体`` / ``纸质　3页`` / ``开放状态`` / ``开放`` are metadata
  (neither).  ``全文识读`` (bar), then the transcription in traditional letters: ``事由：為…由``,
  two paragraphs, ``謹呈``, the addressee, the signer ``雲渡縣縣長　X`` and the ROC date
  ``中華民國二十五年十一月三日`` — with the title ONE article.  Page breaks: ``［原件第2页］``
  (``page_number``) cuts a sentence between two CJK letters on pages 1, 4 and 7.  Chrome:
  ``原件影像　共N幅　［点击查看］`` (``related``), ``识读说明：……`` and ``引用本件：……`` (``notice``),
  ``上一件：X`` / ``下一件：Y`` (``related``), two footer lines.  Damage one kind per page.
  Meta: published (the document's date, from the card), issuer (责任者), doc_number (档号).

Truth as :mod:`tests.families.blind_families_t`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header line is chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: the bulletin's rain
table and its ``报：`` / ``送：`` / ``发：`` distribution lines are content (a formal document's
parts, as set t's sign-offs); the issue number is the bulletin's ``doc_number``; an investor
question is both the title and the first line of its Q&A (as set q's question ``<h1>``), the
asker row is metadata, the reply rows are chrome; the fire tips' ``这些事情要做到：`` heads and
items are content, ``供稿`` is ``origin``; the archive's catalogue title (simplified) is the
title of the traditional transcription, the card's 题名 row is metadata, the transcription's
addressee, signer and ROC date are content, ``档号`` is ``doc_number`` and ``责任者`` is
``issuer``.  Compiled pages: ``hudong`` (0, 1, 3, 4, 6, 7) and ``xiaofang`` (0, 1, 3, 4, 6,
7); ``xunqing`` and ``dangan`` are single documents.  ``python -m
tests.families.blind_families_v`` (seed base 2200) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``56bdb5e`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): dangan .571/.455/1.0/1.0/.727/.500; hudong
.802/.349/.083/.250/1.0/.083; xiaofang .958/.120/1.0/1.0/1.0/.556; xunqing
.950/0.0/.500/1.0/1.0/.333.  Means .820/.231/.646/.813/.932/.368.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_v_text import (
    ARCHIVE,
    ASKERS,
    BRIGADE,
    CODE,
    COUNTIES,
    DESKS,
    FIRM,
    MATTERS,
    OFFICE,
    PRODUCTS,
    QASK,
    SHORT,
    TIPS,
    GenV,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/base.css">', "</head>", "<body>")


# -- 1. the flood bulletins ------------------------------------------------------------


def fam_xunqing(g: GenV, i: int) -> Made:
    """'汀溆县水利局' flood-season bulletins, plain text, GB18030."""
    r = g.r
    a, _ = g.bulletin()
    y, m, d = ymd(a)
    no = f"第{r.randint(5, 40)}期"
    a.meta["doc_number"] = no
    kinds = [ODD[i % 3]] + (["page_break"] if i in (0, 4, 6) else [])
    damage(g, a, kinds, once(("page_number", "·2·")))
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    if i % 2 == 0:
        put(lines, chrome, [("header", "汀溆县人民政府门户网站 > 部门专栏 > 县水利局 > 防汛抗旱")])
        lines.append("")
        put(lines, chrome, [("header", "汛　情　通　报")])
        lines += [no, f"{OFFICE}　　　　{y}年{m}月{d}日"]
        put(lines, chrome, [("bar", "━" * 20)])
        lines += ["", a.title, "", *a.page, ""]
    else:
        put(lines, chrome, [("header", f"{a.title} - 汀溆县水利局")])
        put(lines, chrome, [("header", "当前位置：水利局 » 防汛抗旱 » 汛情通报")])
        lines += ["", a.title]
        lines.append(
            f"发文单位：{OFFICE}　期号：{no}　发布日期：{iso(y, m, d)}　点击数：{r.randint(40, 900)}"  # noqa: E501
        )
        put(lines, chrome, [("bar", "【扫一扫，在手机上阅读本页】")])
        lines += ["", *a.page, ""]
    tail: Chrome = [
        ("related", f"附件：{y}年汛情通报{no}.docx（{r.randint(20, 90)}KB）　点击下载"),
        ("bar", "〖打印本页〗〖关闭窗口〗"),
    ]
    if i % 2:
        tail += [
            ("related", f"上一期：关于{m}月上旬水库调度运行情况的通报"),
            ("related", "下一期：汛情通报（汛期第二阶段小结）"),
        ]
    tail.append(("footer", "汀溆县水利局　主办　地址：汀溆县滨河东路27号　汀ICP备2021000417号"))
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 2. the investor Q&A ---------------------------------------------------------------

QAS = {0: 4, 1: 3, 3: 5, 4: 3, 6: 4, 7: 3}


def fam_hudong(g: GenV, i: int) -> Made:
    """'岑湾新材料股份有限公司' investor Q&A pages, HTML UTF-8 with BOM."""
    r = g.r
    k = QAS.get(i, 1)
    if k > 1:
        g.month(k, newest_first=True)
    asks = r.sample(QASK, k + 3)
    arts = [g.qa(q, long=k == 1) for q in asks[:k]]
    h = Html()
    page_no = i + 2
    title = f"{arts[0].title}-互动问答-{SHORT}" if k == 1 else f"互动问答_第{page_no}页_{FIRM}"
    start(h, '<meta charset="utf-8">', title)
    h.el("div", FIRM, "logo", "header")
    nav = ["首页", "关于我们", "产品中心", "投资者关系", "新闻动态", "联系我们"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "投资者关系 ＞ 互动问答", "crumb", "header")
    h.raw('<dl class="stock">')
    for tag, x in (("dt", "证券代码"), ("dd", CODE), ("dt", "证券简称"), ("dd", SHORT)):
        h.el(tag, x, "", "header")
    h.raw("</dl>")

    def reply(a: Art) -> str:
        y, m, d = ymd(a)
        return f"{iso(y, m, min(d + r.randint(1, 3), 28))} {g.clock()}"

    if k == 1:
        a = arts[0]
        damage(g, a, ["cjk_space" if i == 2 else "stray_q"])
        h.el("h1", a.title)
        h.el(
            "div",
            f"提问者：{r.choice(ASKERS)}　提问时间：{a.meta['published']} {g.clock()}",
            "info",
        )
        h.el("div", f"董秘答复（{reply(a)}）", "a-head", "bar")
        for ln in a.page[1:]:
            h.el("p", ln)
        h.el("div", f"点赞 {r.randint(2, 60)}　｜　收藏　｜　转发", "tools", "bar")
        h.el("div", "相关问答", "rel-title", "related")
        h.items("related", [q.format(p=r.choice(PRODUCTS)) for q in asks[k:]], "rel")
    else:
        h.el("h2", f"互动问答（第{page_no}页）", "list-title", "header")
        h.el("div", f"共收录问答{r.randint(150, 400)}条　按提问时间倒序排列", "sum", "bar")
        hit = r.randrange(k) if i in (1, 4) else -1
        for n, a in enumerate(arts):
            if n == hit:
                damage(g, a, ["comma"])
            row = f"{r.choice(ASKERS)}　提问时间：{a.meta['published']} {g.clock()}"
            h.raw('<div class="qa-item">')
            if i in (0, 3, 6):
                h.el("div", row, "asker")
            h.el("div", a.title, "q")
            if i not in (0, 3, 6):
                h.el("div", row, "asker")
            for ln in a.page[1:]:
                h.el("div", ln, "a")
            h.el("div", f"{SHORT}回复：{reply(a)}", "a-meta", "bar")
            h.raw("</div>", "<hr>")
        h.el("div", "首页　上一页　1 2 3 … 26　下一页　末页", "pager", "page_number")
    h.el(
        "div",
        "以上回复仅代表公司在回复当时的观点，不构成任何投资建议，投资者据此操作风险自担。",
        "risk",
        "notice",
    )
    h.el("p", f"Copyright © 2016-2024 {FIRM}　版权所有", "", "footer")
    h.el("p", f"证券代码：{CODE}　岑ICP备17004512号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the safety tips ----------------------------------------------------------------

TIPN = {0: 3, 1: 3, 3: 2, 4: 3, 6: 3, 7: 2}


def fam_xiaofang(g: GenV, i: int) -> Made:
    """'汀溆消防' safety-tip compilations and single tips, plain text, UTF-16."""
    r = g.r
    k = TIPN.get(i, 1)
    if k > 1:
        g.month(k, newest_first=False)
    names = r.sample(list(TIPS), k + 2)
    arts = [g.tip(n, long=k == 1) for n in names[:k]]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", "汀溆消防　>　宣传教育　>　安全常识")])
    put(lines, chrome, [("bar", "阅读模式：标准版 ｜ 长辈版")])
    lines.append("")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        a.meta["issuer"] = BRIGADE
        damage(g, a, [ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        row = f"发布时间：{y}年{m}月{d}日　发布单位：{BRIGADE}　阅读：{r.randint(300, 5000)}"
        lines += [a.title, row, "", *a.page, ""]
        put(lines, chrome, [("related", "猜你想看")])
        put(lines, chrome, [("related", f"安全常识｜{x}") for x in names[1:]])
    else:
        issue = r.randint(2, 12)
        put(lines, chrome, [("header", f"消防安全提示汇编（第{issue}辑）")])
        lines.append("")
        hit = i % k
        for n, a in enumerate(arts):
            y, m, d = ymd(a)
            desk = r.choice(DESKS)
            a.meta["origin"] = desk
            if n == hit:
                damage(g, a, [ODD[(i + 1) % 3]])
            # the numbered heading is a header row: the title is in it, not a content line
            lines += [f"提示{cn_small(n + 1)}｜{a.title}", f"（供稿：{desk}　{y}.{m:02d}.{d:02d}）"]
            lines += [*a.page, ""]
        put(
            lines,
            chrome,
            [("related", f"« 上一辑：第{issue - 1}辑　｜　下一辑：第{issue + 1}辑 »")],
        )
    put(lines, chrome, [("notice", "本栏目内容欢迎转载，转载时请注明“汀溆消防”并保留原文链接。")])
    put(lines, chrome, [("footer", f"{BRIGADE}　版权所有　技术支持：汀溆县融媒体中心")])
    return lines, arts, chrome, k > 1


# -- 4. the archive documents ----------------------------------------------------------

GB = '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">'


def fam_dangan(g: GenV, i: int) -> Made:
    """'岚江省档案馆' transcribed 1930s documents, HTML, GB18030 (even) or UTF-8 (odd)."""
    r = g.r
    a, county, date = g.record(i)
    doc = f"L0{r.randint(10, 60)}-{r.randint(1, 9):03d}-{r.randint(1, 400):04d}"
    issuer = f"{county}政府"
    a.meta.update({"doc_number": doc, "issuer": issuer})
    kinds = [ODD[(i + 2) % 3]] + (["page_break"] if i in (1, 4, 7) else [])
    damage(g, a, kinds, once(("page_number", "［原件第2页］")))
    a.lines = [a.title, *a.lines]
    h = Html()
    start(h, GB if i % 2 == 0 else '<meta charset="utf-8">', f"{a.title}-{ARCHIVE}")
    h.el("div", f"{ARCHIVE}　民国档案全文数据库", "logo", "header")
    nav = ["首页", "馆藏资源", "档案利用", "编研成果", "网上展厅", "查档指南"]
    h.links("header", nav, " · ", "nav")
    h.el("div", "您所在的位置：首页 / 馆藏资源 / 民国档案 / 全文浏览", "crumb", "header")
    card = [("档号", doc), ("题名", a.title), ("责任者", issuer), ("形成时间", date)]
    card += [("载体", f"纸质　{r.randint(2, 6)}页"), ("开放状态", "开放")]

    def dl() -> None:
        h.raw('<dl class="catalog">')
        for key, val in card:
            h.raw(f"<dt>{key}</dt><dd>{escape(val, quote=False)}</dd>")
        h.raw("</dl>")

    if i % 2 == 0:
        h.el("h1", a.title)
        dl()
    else:
        dl()
        h.el("div", a.title, "doc-title")
    h.el("div", "全文识读", "sec", "bar")
    h.raw('<div class="transcript">')
    h.body(a, '<div class="pb">{}</div>')
    h.raw("</div>")
    h.el("div", f"原件影像　共{r.randint(2, 6)}幅　［点击查看］", "scan", "related")
    h.el(
        "div",
        "识读说明：本件由馆员依据原件逐字录入，标点为整理者所加，原件残缺难辨之字以□标示。",
        "note",
        "notice",
    )
    h.el("div", f"引用本件：{ARCHIVE}藏，档号{doc}。", "cite", "notice")
    others = [f"{COUNTIES[j % 4][0]}政府关于{MATTERS[j][0]}的呈文" for j in range(8) if j != i]
    prev, nxt = r.sample(others, 2)
    h.el("div", f"上一件：{prev}", "prev", "related")
    h.el("div", f"下一件：{nxt}", "next", "related")
    h.el("p", f"{ARCHIVE}　版权所有　岚ICP备05013320号", "", "footer")
    h.el("p", "地址：岚江省星沙市档案路1号　开放时间：周一至周五 9:00—17:00", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_v_xunqing", "sealed", "gb18030", "\r\n", 8, fam_xunqing),
    BlindFamily("sealed_v_hudong", "sealed", "utf-8-sig", "\r\n", 8, fam_hudong, "html"),
    BlindFamily("sealed_v_xiaofang", "sealed", "utf-16", "\n", 8, fam_xiaofang),
    BlindFamily(
        "sealed_v_dangan", "sealed", "gb18030", "\n", 8, fam_dangan, "html", ("gb18030", "utf-8")
    ),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2200, gen=GenV)
