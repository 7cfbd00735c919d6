"""Four more invented families for a sixteenth blind test of the generic layer: a county
statistics bureau's bulletins in GB18030 (with CJK Extension A place names), a 7x24
financial flash-news site (HTML, UTF-8), a teachers' college journal whose full texts are
exported as plain text from PDF (UTF-16 and UTF-8 with BOM by page) and a city daily's
digital edition (HTML in GBK that declares ``gb2312``).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and place, chrome wording, page
marks and encoding (GB18030 letters outside GBK, GBK letters outside a declared GB2312 and
a family whose pages alternate UTF-16 and UTF-8 with BOM are new).  On the HTML pages the
truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_r_tongji`` (a county government portal's statistics column, GB18030, CRLF): head
  lines ``X县人民政府门户网站 · 统计信息`` and ``首页 > 政务公开 > 统计信息 > 统计公报`` (kind
  ``header``).  Annual bulletins (``X县2020年国民经济和社会发展统计公报``; pages 0, 1, 3, 4, 6,
  7) and a short ``X县2021年前三季度经济运行简况`` (pages 2, 5).  Metadata by page: two rows
  UNDER the title ``X县统计局　国家统计局X调查队`` / ``（2021年3月9日）`` (pages 0, 3, 6); one
  row ABOVE the title ``发布时间：2021-03-09　信息来源：X县统计局　阅读：356`` (1, 4, 7); a
  bracket row under the title ``【X县统计局　2021-03-09】`` (2, 5).  The title, the opening
  paragraph, the ``一、综合`` … section names and paragraphs, ONE data table (caption ``表1　…``,
  a head row and four rows whose cells are split by full-width spaces: ``粮食　万吨　1234.5
  2.1``) and the ``注：1.…2.…`` line are ONE article.  Page breaks: ``第1页 共2页　下一页``
  (kind ``page_number``; a web page split in two and joined) cut a sentence between two CJK
  letters on pages 0, 3 and 6.  Chrome: the head lines, ``【大 中 小】　【打印本页】　【关闭
  窗口】`` and ``扫一扫在手机打开当前页`` (bars), ``上一篇：X县2019年……`` (``related``), the
  citation notice ``统计数据以统计年鉴为准，引用请注明出处。`` (``notice``; pages 2, 5) and a
  footer.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on the
  annual bulletins).  Meta: issuer (``X县统计局``), published.
* ``sealed_r_kuaixun`` (a 7x24 flash-news site '澄浦财经', HTML, UTF-8, LF): ``澄浦财经``,
  ``首页 | 快讯 | 行情 | 数据 | 专栏 | APP下载`` and ``澄浦财经 > 7×24小时快讯 > 正文``
  (``header``; no ``> 正文`` on list pages).  Detail pages (0, 2, 3, 5, 7): the ``<h1>``
  headline (title and content) over the row ``2021-03-09 09:41:07　来源：澄浦财经　编辑：X`` (0, 3, 7) or under a row
  ``【快讯】2021/3/9 09:41`` (2, 5); two paragraphs, the first led by ``澄浦财经3月9日讯，``.
  Chrome: ``看多 N　看空 N`` (bar), ``风险提示：……`` (``notice``), ``相关快讯`` and three
  headlines (``related``), an app prompt (``notice``), two footer lines.  List pages (1: five
  items, 4: three, 6: four; one day, newest first): ``7×24小时快讯`` (an ``<h1>`` of kind
  ``header``), the day row ``2021年3月9日　星期二`` (metadata), then per item a time row
  ``09:41`` (metadata) and ONE line ``【标题】正文……`` (pages 1, 6: the headline in brackets
  at the start of the item's only line) or an ``<h3>`` headline over the paragraph (4);
  ``利好 N　利空 N`` after each item on page 1 and 6 (bar), ``加载更多`` at the end (bar).
  No page breaks; damage one of the three kinds on the detail pages and ``stray_q`` in one
  item on page 6.  Meta: published.
* ``sealed_r_qikan`` (a journal site's full-text export '澄江学术期刊网', text from PDF,
  UTF-16 with BOM on even pages and UTF-8 with BOM on odd ones, CRLF): an export head
  ``澄江学术期刊网 · 全文导出（TXT）`` (``header``), ``导出时间：…　仅供个人学习研究使用``
  (``notice``), a ``=====`` bar; a record row ``【刊名】澄江师范学院学报　【年卷期】2021，41（3）：
  45-50　【出版日期】2021-03-25`` (metadata); the PDF's running head ``第41卷第3期　澄江师范学院
  学报　Vol. 41 No. 3`` / ``2021年3月　Journal of …　Mar. 2021`` (``header``; above the
  record row on page 7); the title (content), the authors row and the affiliation row
  (metadata, neither), ``摘　要：……`` and ``关键词：……`` (content), ``中图分类号：G623.2
  文献标志码：A　文章编号：1008-3421（2021）03-0045-06`` (metadata), the English title,
  ``Abstract:`` and ``Key words:`` lines and the sections ``1　问题的提出`` / ``2.1　样本与方法``
  with their paragraphs (content).  After the first PDF page (a whole paragraph ends it) the
  page-foot notes ``收稿日期：…`` / ``基金项目：…`` / ``作者简介：…`` (metadata, neither) and the
  running folio ``· 46 ·　澄江师范学院学报　2021年第3期`` (``page_number``); a second folio
  ``第3期　林若溪，等：标题　· 47 ·`` cuts a sentence between CJK letters (page break).
  Chrome at the end: ``参考文献：`` and three ``[1] …[J]. …`` entries (``related``), ``（责任编辑：
  X）`` (bar) and a footer.  Abstract-only records (pages 2, 5: no English, sections or
  folios) end with ``【全文暂未开放】登录后可下载PDF全文`` (``notice``).  Compilations (``本期目录与
  摘要（TXT）``, ``header``; pages 1: three, 4: two, 6: three papers, in page order): an issue
  row ``澄江师范学院学报　2021年第3期（第41卷　总第187期）　出版日期：2021-03-25`` (metadata),
  then per paper the title, the authors row, the abstract, the key words and a counts bar
  ``【页码】45-50　【下载】312　【被引】4``; ``────────`` between.  Damage: ``cjk_space``
  plus ``comma`` or ``stray_q`` on the full papers, ``comma`` (page 2) or ``stray_q`` (5) on
  the abstract-only records, one kind per compiled paper.  Meta: published (the
  issue's 出版日期), doc_number (文章编号; single full papers only).
* ``sealed_r_shuzibao`` (a city daily's digital edition '岚溪日报数字报', HTML, GBK declared
  ``<meta charset="gb2312">``, LF; reporters' names use GBK letters outside GB2312): a top
  row ``岚溪日报　2021年03月09日　星期二`` (``header``), ``往期回顾 | PDF下载 | 版面导航``
  (bar), the edition line ``第A03版：要闻`` (``header``), a 版面导航 list of four editions
  (``header``) before the main column on even pages and after it on odd ones.  Single
  stories (0, 1, 3, 4, 6): a kicker (引题, pages 0, 3, 6) ABOVE the ``<h1>`` headline and a
  subtitle (副题, ``——…``, pages 0, 4) under it, then the row ``本报记者　X　通讯员　Y``
  (metadata) and the paragraphs, the lead ``本报讯　…``.  Page breaks on pages 0 and 3: the
  pair ``（下转A04版）`` / ``（上接A03版）`` (both ``page_number``) cuts a sentence between two
  CJK letters, as the edition prints a story across two pages.  Compilations (``第A03版：要闻
  本版共N篇``, ``header``; pages 2: three, 5: two, 7: three; in print order): an ``<h2>``
  headline, the author row and paragraphs per story, ``◆　◆　◆`` between.  Chrome: the
  editor line ``责任编辑：X　校对：Y`` (bar), ``上一篇 | 下一篇 | 返回目录`` (bar), ``本版其他文章``
  with three headlines (``related``), two footer lines.  Damage: ``stray_q`` or
  ``cjk_space`` on single stories, one of the three kinds per story on the edition
  pages.  Meta: published (the edition's day).

Truth as :mod:`tests.families.blind_families_q`: header and metadata rows are neither content
nor chrome; titles lose their numbering and marks (``【】``); dates YYYY-MM-DD; a
compilation's header line is chrome of kind ``header``, its per-piece rows are metadata.
Arguable and fixed here: the bulletin's data table (caption, head row, rows) and its notes
are content; the flash list's ``【标题】正文`` line is content as a whole (the title is also
stated apart, bracket-free, and is a part of that line only); the journal's abstract, key
words and English title/abstract are content, the authors and affiliation rows and the
page-foot notes (收稿日期, 基金项目, 作者简介) are metadata, the reference list is chrome
(``related``); the newspaper's kicker and subtitle are content of the story (in page order:
kicker, headline, subtitle) but the headline alone is the title; the ``（下转…）`` /
``（上接…）`` pair is one page break.  ``python -m tests.families.blind_families_r`` (seed
base 1800) rewrites them and checks the truth against the pages.

Measured blind, once, at main ``673b3a2`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; one folder per family):
kuaixun .956/.035/.294/.625/1.0/.353; qikan .762/.520/.154/.625/.316/.375; shuzibao
.920/.053/.385/.625/.333/.615; tongji .942/.189/0.0/1.0/.882/.188.  Means
.895/.199/.208/.719/.633/.383 (all pages in one folder: qikan .779/.480, the rest the same).
"""  # noqa: E501

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_r_text import (
    COUNTIES,
    FEDIT,
    FHEAD,
    NKICK,
    NREP,
    NSUB,
    NTITLE,
    PAPERS,
    PAUTH,
    GenR,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"


def week(y: int, m: int, d: int) -> str:
    return "星期" + WEEK[datetime.date(y, m, d).weekday()]


# -- 1. the statistics bulletin --------------------------------------------------------


def fam_tongji(g: GenR, i: int) -> Made:
    """County statistics bulletins and a short quarterly brief, GB18030."""
    r = g.r
    county = COUNTIES[i]
    full = i not in (2, 5)
    year = r.randint(2016, 2022)
    a = g.bulletin(county, year, full=full)
    a.title = (
        f"{county}{year}年国民经济和社会发展统计公报"
        if full
        else f"{county}{year}年前三季度经济运行简况"
    )
    bureau = f"{county}统计局"
    a.meta["issuer"] = bureau
    y, m, d = ymd(a)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{county}人民政府门户网站 · 统计信息"),
            ("header", "首页 > 政务公开 > 统计信息 > 统计公报"),
        ],
    )
    lines.append("")
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if full else [])
    pager = counter(1, 2, lambda n, t: f"第{n}页 共{t}页　下一页")
    if i in (0, 3, 6):
        kinds.append("page_break")
    damage(g, a, kinds, lambda: [("page_number", pager())])
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    if i in (1, 4, 7):
        lines.append(
            f"发布时间：{a.meta['published']}　信息来源：{bureau}　阅读：{r.randint(80, 3000)}"
        )
        lines.append(a.title)
    elif i in (0, 3, 6):
        lines += [a.title, f"{bureau}　国家统计局{county[:-1]}调查队", f"（{y}年{m}月{d}日）"]
    else:
        lines += [a.title, f"【{bureau}　{a.meta['published']}】"]
    lines += ["", *a.page, ""]
    tail: Chrome = [
        ("bar", "【大 中 小】　【打印本页】　【关闭窗口】"),
        ("bar", "扫一扫在手机打开当前页"),
        ("related", f"上一篇：{county}{year - 1}年国民经济和社会发展统计公报"),
    ]
    if not full:
        tail.append(("notice", "统计数据以统计年鉴为准，引用请注明出处。"))
    tail.append(
        (
            "footer",
            f"主办单位：{bureau}　技术支持：{county}大数据中心　网站标识码：Z{r.randint(1000000, 9999999)}",  # noqa: E501
        )
    )
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 2. the flash-news site ------------------------------------------------------------

KCOMP = {1: 5, 4: 3, 6: 4}


def fam_kuaixun(g: GenR, i: int) -> Made:
    """'澄浦财经' flash detail pages and one day's flash lists, HTML UTF-8."""
    r = g.r
    k = KCOMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.day(k)
    arts = [g.flash(j, long=k == 1) for j in picks]
    h = Html()
    title = f"{arts[0].title}_澄浦财经" if k == 1 else "7×24小时快讯_澄浦财经"
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<meta name="viewport" content="width=device-width,initial-scale=1">')
    h.raw("<script>window.__FLASH__={channel:'7x24',ver:'3.2.1'};</script>", "</head>", "<body>")
    h.el("div", "澄浦财经", "logo", "header")
    h.links("header", ["首页", "快讯", "行情", "数据", "专栏", "APP下载"], " | ", "nav")
    crumb = "澄浦财经 > 7×24小时快讯" + (" > 正文" if k == 1 else "")
    h.el("div", crumb, "crumb", "header")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        a.lines[0] = a.page[0] = f"澄浦财经{m}月{d}日讯，{a.lines[0]}"
        damage(g, a, [ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        stamp = f"{g.clock()}:{r.randint(0, 59):02d}"
        if i in (2, 5):
            h.el("div", f"【快讯】{y}/{m}/{d} {stamp[:5]}", "flash-tag")
            h.el("h1", a.title, "flash-title")
        else:
            h.el("h1", a.title, "flash-title")
            h.el(
                "div",
                f"{a.meta['published']} {stamp}　来源：澄浦财经　编辑：{r.choice(FEDIT)}",
                "info",
            )
        h.raw('<div class="flash-body">')
        h.body(a)
        h.raw("</div>")
        h.el("div", f"看多 {r.randint(3, 300)}　看空 {r.randint(0, 90)}", "vote", "bar")
        h.el(
            "div",
            "风险提示：本文内容仅供参考，不构成任何投资建议，据此操作风险自担。",
            "risk",
            "notice",
        )
        h.el("div", "相关快讯", "rel-title", "related")
        h.items("related", r.sample([t for t in FHEAD if t != a.title], 3), "rel-list")
        h.el("div", "打开澄浦财经APP，随时查看7×24小时快讯", "app", "notice")
    else:
        h.el("h1", "7×24小时快讯", "list-title", "header")
        y, m, d = ymd(arts[0])
        h.el("div", f"{y}年{m}月{d}日　{week(y, m, d)}", "day")
        times = sorted(
            (f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}" for _ in arts), reverse=True
        )
        h.raw('<ul class="flash-list">')
        for n, (a, t) in enumerate(zip(arts, times, strict=True)):
            h.raw('<li class="flash-item">')
            h.el("div", t, "time")
            if i == 4:
                a.lines = [a.title, *a.lines]
                h.el("h3", a.title)
                h.el("p", a.page[0])
            else:
                a.lines = [f"【{a.title}】{a.lines[0]}"]
                a.page = list(a.lines)
                if i == 6 and n == 1:
                    damage(g, a, ["stray_q"])
                h.el("p", a.page[0])
                h.el("div", f"利好 {r.randint(0, 99)}　利空 {r.randint(0, 40)}", "vote", "bar")
            h.raw("</li>")
        h.raw("</ul>")
        h.el("div", "加载更多", "more", "bar")
    h.el("p", "澄浦财经　关于我们 | 联系我们 | 免责声明 | 网站地图", "", "footer")
    h.el("p", "Copyright © 2016-2024 chengpu-finance.example 版权所有", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the journal full-text export ---------------------------------------------------

QCOMP = {1: 3, 4: 2, 6: 3}
JOURNAL = "澄江师范学院学报"
EXPORT: Chrome = [("header", "澄江学术期刊网 · 全文导出（TXT）")]
RULE = "=" * 40


def running(vol: int, y: int, m: int) -> Chrome:
    return [
        ("header", f"第{vol}卷第3期　　　　　{JOURNAL}　　　　　Vol. {vol} No. 3"),
        ("header", f"{y}年{m}月　　　Journal of Chengjiang Normal University　　　Mar. {y}"),
    ]


def refs(g: GenR, vol: int) -> Chrome:
    r = g.r
    out: Chrome = [("related", "参考文献：")]
    for n in (1, 2, 3):
        who = r.choice(PAUTH)
        out.append(
            (
                "related",
                f"[{n}] {who}. {r.choice([t for t, _ in PAPERS])}[J]. {JOURNAL}, "
                f"{2010 + n + vol % 7}, {vol - 3 + n}({n}): {10 * n + 2}-{10 * n + 8}.",
            )
        )
    return out


def fam_qikan(g: GenR, i: int) -> Made:
    """'澄江学术期刊网' full-text and abstract exports of a college journal, UTF-16 / UTF-8."""
    r = g.r
    k = QCOMP.get(i, 1)
    full = i not in (2, 5)
    picks = [i] if k == 1 else r.sample(range(8), k)
    g.day(k, 3)
    arts = [g.paper(j, full=full and k == 1) for j in picks]
    y, m, _ = ymd(arts[0])
    vol = y - 1980
    first = r.randint(10, 80)
    lines: list[str] = []
    chrome: Chrome = []
    if k == 1:
        a = arts[0]
        put(lines, chrome, EXPORT)
        put(
            lines,
            chrome,
            [
                (
                    "notice",
                    f"导出时间：{y + 2}-0{r.randint(1, 9)}-1{r.randint(0, 9)} {g.clock()}　仅供个人学习研究使用",  # noqa: E501
                )
            ],
        )
        put(lines, chrome, [("bar", RULE)])
        rec = f"【刊名】{JOURNAL}　【年卷期】{y}，{vol}（3）：{first}-{first + 5}　【出版日期】{a.meta['published']}"  # noqa: E501
        if i == 7:
            put(lines, chrome, running(vol, y, m))
            lines.append(rec)
        else:
            lines.append(rec)
            lines.append("")
            put(lines, chrome, running(vol, y, m))
        lines.append("")
        two = r.sample(PAUTH, 2)
        if full:
            kinds = ["cjk_space", ODD[1 + i % 2], "page_break"]
            fol = f"第3期　{two[0]}，等：{a.title}　· {first + 2} ·"
            body_at = 5  # the English lines, then the sections
            head_lines, rest = a.lines[:body_at], a.lines[body_at:]
            b = Art(a.title, rest, list(rest))
            damage(g, b, kinds, once(("page_number", fol)))
            a.repairs, chrome_b = b.repairs, b.chrome
            page = [*head_lines, *b.page]
            a.lines = [*head_lines, *b.lines]
        else:
            damage(g, a, ["comma" if i == 2 else "stray_q"])
            page, chrome_b = a.page, []
        a.lines = [a.title, *a.lines]
        lines.append(a.title)
        if i in (0, 3):
            lines.append(f"{two[0]}¹，{two[1]}²")
            lines.append(
                f"（1. {JOURNAL[:6]} 教育学院，云州 561000；2. 云州市教育科学研究所，云州 561001）"
            )
        else:
            lines.append(f"{two[0]}　{two[1]}")
            lines.append(f"（{JOURNAL[:6]} 教育学院，云州 561000）")
        lines += page[:2]
        no = f"1008-3421（{y}）03-{first:04d}-06"
        lines.append(f"中图分类号：G623.{r.randint(1, 9)}　　文献标志码：A　　文章编号：{no}")
        if full:
            a.meta["doc_number"] = no
            lines += page[2:5]
            lines += ["", f"收稿日期：{y - 1}-{r.randint(10, 12)}-0{r.randint(1, 9)}"]
            lines.append(f"基金项目：云州省教育科学规划课题（YZ{y - 1}-{r.randint(10, 99)}）")
            lines.append(
                f"作者简介：{two[0]}（{r.randint(1970, 1990)}—），女，云州澄江人，讲师，主要从事课程与教学论研究。"  # noqa: E501
            )
            put(lines, chrome, [("page_number", f"· {first + 1} ·　{JOURNAL}　{y}年第3期")])
            lines.append("")
            lines += page[5:]
            chrome += chrome_b
            lines.append("")
            put(lines, chrome, refs(g, vol))
            put(lines, chrome, [("bar", f"（责任编辑：{r.choice(PAUTH)}）")])
        else:
            lines.append("")
            put(lines, chrome, [("notice", "【全文暂未开放】登录后可下载PDF全文")])
    else:
        put(lines, chrome, [("header", "澄江学术期刊网 · 本期目录与摘要（TXT）")])
        lines.append(
            f"{JOURNAL}　{y}年第3期（第{vol}卷　总第{vol * 4 + 27}期）　出版日期：{arts[0].meta['published']}"  # noqa: E501
        )
        put(lines, chrome, [("bar", RULE)])
        lines.append("")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            a.lines = [a.title, *a.lines]
            lines += [a.title, "　".join(r.sample(PAUTH, 2)), *a.page]
            put(
                lines,
                chrome,
                [
                    (
                        "bar",
                        f"【页码】{first}-{first + 5}　【下载】{r.randint(30, 900)}　【被引】{r.randint(0, 20)}",  # noqa: E501
                    )
                ],
            )
            first += 6
            if n < k:
                put(lines, chrome, [("bar", "────────")])
            lines.append("")
    put(lines, chrome, [("footer", "本文献由澄江学术期刊网提供，转载引用请注明出处。")])
    return lines, arts, chrome, k > 1


# -- 4. the digital newspaper ----------------------------------------------------------

SCOMP = {2: 3, 5: 2, 7: 3}
EDITIONS = ["A01版：头版", "A02版：要闻", "A03版：要闻", "A04版：综合"]


def fam_shuzibao(g: GenR, i: int) -> Made:
    """'岚溪日报数字报' story pages and whole-edition pages, GBK declared gb2312."""
    r = g.r
    k = SCOMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    g.day(k)
    arts = [g.story(j, long=k == 1) for j in picks]
    y, m, d = ymd(arts[0])
    h = Html()
    title = f"{arts[0].title}--岚溪日报数字报" if k == 1 else "第A03版：要闻--岚溪日报数字报"
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gb2312">')
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw(f'<meta name="publishdate" content="{iso(y, m, d)}">')
    h.raw('<link rel="stylesheet" href="/epaper/css/page.css">', "</head>", "<body>")
    h.el("div", f"岚溪日报　{y}年{m:02d}月{d:02d}日　{week(y, m, d)}", "top", "header")
    h.links("bar", ["往期回顾", "PDF下载", "版面导航"], " | ", "tools")

    def editions() -> None:
        h.raw('<div class="bm-nav">')
        h.items("header", EDITIONS, "bm-list")
        h.raw("</div>")

    if i % 2 == 0:
        editions()
    h.raw('<div class="main">')
    mark = '<p class="zhuan">{}</p>'
    if k == 1:
        h.el("div", "第A03版：要闻", "bm", "header")
        a = arts[0]
        kinds = ["stray_q" if i % 2 else "cjk_space"]
        if i in (0, 3):
            kinds.append("page_break")
        damage(
            g,
            a,
            kinds,
            lambda: [("page_number", "（下转A04版）"), ("page_number", "（上接A03版）")],
        )
        top = [a.title]
        if i in (0, 3, 6):
            kick = r.choice(NKICK)
            h.el("div", kick, "yt")
            top.insert(0, kick)
        h.el("h1", a.title, "bt")
        if i in (0, 4):
            sub = r.choice(NSUB)
            h.el("div", sub, "ft")
            top.append(sub)
        a.lines = [*top, *a.lines]
        h.el("div", "本报记者　{}　通讯员　{}".format(*r.sample(NREP, 2)), "author")
        h.raw('<div class="content">')
        h.body(a, mark)
        h.raw("</div>")
    else:
        h.el("div", f"第A03版：要闻　本版共{k}篇", "bm", "header")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            a.lines = [a.title, *a.lines]
            h.el("h2", a.title, "bt")
            h.el("div", f"本报记者　{r.choice(NREP)}", "author")
            h.body(a)
            if n < k:
                h.el("div", "◆　◆　◆", "sep", "bar")
    h.el("div", "责任编辑：{}　校对：{}".format(*r.sample(NREP, 2)), "editor", "bar")
    h.el("div", "上一篇 | 下一篇 | 返回目录", "pager", "bar")
    if k == 1:
        h.el("div", "本版其他文章", "other-title", "related")
        h.items("related", r.sample([t for t in NTITLE if t != arts[0].title], 3), "other-list")
    h.raw("</div>")
    if i % 2 == 1:
        editions()
    h.el("p", "岚溪日报社版权所有　未经书面授权不得转载、摘编", "", "footer")
    h.el("p", "地址：岚溪市文昌路12号　邮编：562000　新闻热线：0859-0000000", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_r_tongji", "sealed", "gb18030", "\r\n", 8, fam_tongji),
    BlindFamily("sealed_r_kuaixun", "sealed", "utf-8", "\n", 8, fam_kuaixun, "html"),
    BlindFamily(
        "sealed_r_qikan", "sealed", "utf-16", "\r\n", 8, fam_qikan, "txt", ("utf-16", "utf-8-sig")
    ),
    BlindFamily("sealed_r_shuzibao", "sealed", "gbk", "\n", 8, fam_shuzibao, "html"),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1800, gen=GenR)
