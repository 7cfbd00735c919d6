"""Four more invented families for a seventeenth blind test of the generic layer: a city
public-resource trading site's procurement result announcements (HTML, UTF-8, with a
label/value table), a scenic area's notice pages in traditional letters (HTML in Big5
declared by ``http-equiv``, CRLF), a city government's English-language news pages (HTML,
UTF-8, CRLF, English chrome) and a farm-produce price weekly exported as plain text (GBK,
LF, with a price table and page folios).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding (Big5 HTML with CRLF, and an English-only site, are new).  On the HTML
pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_s_zhongbiao`` (a city trading site '岚阳市公共资源交易网', HTML, UTF-8, LF): head
  lines ``岚阳市公共资源交易网``, ``首页 | 交易信息 | 政策法规 | 办事指南 | 诚信体系`` and
  ``您现在的位置：首页 > 交易信息 > 政府采购 > 结果公告`` (``header``).  The title
  ``X局Y采购项目中标结果公告`` is an ``<h1>`` over ONE row ``发布日期：2021-03-09　信息来源：X
  浏览次数：N`` on even pages; on odd pages a ``<div class="bt">`` title stands UNDER a
  label/value ``<table>`` whose every cell is its own visible line (``公告日期`` / ``2021-03-09``
  / ``项目编号`` / ``LYCG-2021-0123`` / ``信息来源`` / ``X`` / ``采购方式`` / ``公开招标``;
  metadata, neither).  The title, the opening, the sections ``一、项目基本情况`` … ``六、凡对本次公告
  内容提出询问，请按以下方式联系`` with their lines (the winner's name, address and amount rows,
  the experts' names, the contact rows), the agency and the date sign-off are ONE article.
  Chrome: ``【打印本页】　【关闭窗口】`` (bar), ``温馨提示：本公告信息以岚阳市政府采购网正式发布为准。``
  (``notice``), ``相关公告`` with three titles (``related``), two footer lines.  No page
  breaks; damage one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on pages 0 and
  5).  Meta: published, doc_number (the project number), origin (信息来源).
* ``sealed_s_jingqu`` (a scenic area's site '雲岫山風景區', traditional letters, HTML in Big5
  declared ``<meta http-equiv="Content-Type" content="text/html; charset=big5">``, CRLF):
  ``雲岫山風景區官方網站`` (``header``), ``首頁 | 景區概況 | 遊覽指南 | 門票預訂 | 交通路線 | 聯絡我們``
  (``header``), a weather bar ``今日天氣：多雲　18°C－25°C　空氣品質：優`` (``bar``),
  ``目前位置：首頁 ＞ 最新消息 ＞ 景區公告`` (``header``).  Single notices (0, 2, 3, 5, 7): the
  title is a ``<div class="news-title">``; the row ``【景區公告】2021年03月09日　點閱：N``
  (metadata) stands ABOVE it on pages 0, 3 and 7 and UNDER it on 2 and 5; the title, ``各位遊客：``,
  three paragraphs, ``特此公告。``, the sign-off ``雲岫山風景區管理處`` and the date
  ``2021年3月9日`` are ONE article.  Chrome: ``門票預訂請認準官方網站及授權平台。`` (``notice``),
  ``上一則：X`` / ``下一則：Y`` (``related``), two footer lines.  Compilations (pages 1, 4, 6:
  three, two, three notices, newest first): ``最新消息（第1頁）`` (``header``), per notice an
  ``<h3>`` title, the row ``發布日期：2021-03-09`` (metadata) and two paragraphs, then
  ``閱讀全文＞`` (``bar``); ``共N則　上一頁　下一頁`` at the end (``page_number``).  No page
  breaks; damage one kind per notice (``cjk_space`` / ``comma`` / ``stray_q`` rotating).
  Meta: published; issuer (the 管理處) on single notices.
* ``sealed_s_yingwen`` (the English pages of a city government 'Lanyang, China', HTML, UTF-8,
  CRLF): ``LANYANG``, ``The Official Website of Lanyang Municipal People's Government``,
  ``Home | About | Government | Business | Travel | Living | 中文`` and ``You are here: Home >
  News > City News`` (``header``).  Single stories (0, 2, 3, 5, 7): the ``<h1>`` headline over
  the row ``Updated: 2021-03-09 10:22 | Source: Lanyang Daily`` (0, 3, 5, 7) or under a row
  ``Date: 2021/3/9　Source: X`` (2); a lead ``…, according to the city government.``, a quote
  paragraph and two more paragraphs: ONE article.  Chrome: ``Print | E-mail | Share``
  (bar), ``Editor: X`` (bar), ``Related Stories`` with three headlines (``related``), two footer
  lines.  Compilations ``News in Brief`` (an ``<h1>`` of kind ``header``; pages 1, 4, 6:
  three, two, three stories, newest first): per story an ``<h2>`` headline, a date row
  ``2021-03-09`` (metadata), the lead and the quote, ``[Full story]`` (bar); ``Back to top``
  at the end (bar).  No page breaks, no damage (English lines).  Meta: published; origin
  (``Source:``) on single stories.
* ``sealed_s_jiage`` (a farm-produce price weekly '岚阳市农产品市场价格周报', plain text, GBK,
  LF): ``岚阳市农业农村信息网　>　市场信息　>　价格周报`` (``header``), ``【字体：大 中 小】　【打印】``
  (bar), the bulletin's name ``农产品市场价格周报`` (``header``: it stands on every issue).  On
  pages 0, 2, 5 and 7 the issue row ``2021年第12期`` and ``岚阳市农业农村局市场信息科
  2021年3月15日`` (metadata) stand ABOVE a ``────────`` rule (bar) and the title; on pages 1,
  3, 4 and 6 the title comes first, right under the name, followed by ``（2021年第12期　岚阳市农业
  农村局市场信息科　2021-03-15）`` (metadata).  The title, the opening, the sections ``一、蔬菜``
  … ``四、后市研判`` with paragraphs, ONE price table (caption ``表1　…``, a head row and five
  rows of cells split by full-width spaces) and the ``注：`` line are ONE article.  Page breaks:
  a Word folio ``－ 2 －`` (``page_number``) cuts a sentence between two CJK letters on pages
  0, 3 and 6.  Chrome at the end: ``审核：X　编辑：Y`` (bar), ``往期回顾：2021年第11期　2021年第10期``
  (``related``), a footer.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page
  (two on pages 2 and 5).  Meta: published (the issue's date), issuer (市场信息科), doc_number
  (the issue number ``2021年第12期``).

Truth as :mod:`tests.families.blind_families_r`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header line is chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: the procurement
announcement's winner rows, expert names and contact rows are content (numbered sections of
the formal announcement, unlike set q's press contact, which was boilerplate); ``信息来源`` /
``Source:`` values are metadata ``origin``; the notice's salutation, ``特此公告。`` and
sign-off are content; the price table and the ``注：`` note are content (as set r's
statistics table); the issue number is the weekly's ``doc_number``; the compiled lists'
``閱讀全文＞`` / ``[Full story]`` links are bars.  Compiled pages: ``jingqu`` and ``yingwen``
(pages 1, 4, 6); ``zhongbiao`` and ``jiage`` are single documents.  ``python -m
tests.families.blind_families_s`` (seed base 1900) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``125a930`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): jiage .968/0.0/.500/1.0/.846/.667; jingqu
.983/0.0/1.0/1.0/1.0/.722; yingwen .834/.054/1.0/1.0/1.0/.722; zhongbiao
.983/0.0/1.0/1.0/.900/.458.  Means .942/.014/.875/1.0/.937/.642.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_s_text import (
    AGENCIES,
    BUYERS,
    EDITORS,
    ESOURCES,
    ETITLES,
    EWHO,
    ITEMS,
    JHEAD,
    JTITLES,
    GenS,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
COMP = {1: 3, 4: 2, 6: 3}


def start(h: Html, charset: str, title: str, lang: str = "zh-CN") -> None:
    h.raw("<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/site.css">', "</head>", "<body>")


# -- 1. the procurement result ---------------------------------------------------------


def fam_zhongbiao(g: GenS, i: int) -> Made:
    """'岚阳市公共资源交易网' procurement result announcements, HTML UTF-8."""
    r = g.r
    g.days = [g.date()]
    y0 = g.days[0][0]
    no = f"LYCG-{y0}-{r.randint(100, 999):04d}"
    agency = r.choice(AGENCIES)
    origin = "岚阳市政府采购中心" if i % 3 else "岚阳市财政局"
    a = g.award(i, no, agency)
    y, m, d = ymd(a)
    a.meta.update({"doc_number": no, "origin": origin})
    damage(g, a, [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (0, 5) else []))
    sign = [agency, f"{y}年{m}月{d}日"]
    a.lines = [a.title, *a.lines, *sign]
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title}-岚阳市公共资源交易网")
    h.el("div", "岚阳市公共资源交易网", "logo", "header")
    h.links("header", ["首页", "交易信息", "政策法规", "办事指南", "诚信体系"], " | ", "nav")
    h.el("div", "您现在的位置：首页 > 交易信息 > 政府采购 > 结果公告", "crumb", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el(
            "div",
            f"发布日期：{a.meta['published']}　信息来源：{origin}　浏览次数：{r.randint(20, 900)}",
            "info",
        )
    else:
        h.raw('<table class="info-table">')
        cells = [("公告日期", a.meta["published"]), ("项目编号", no)]
        cells += [("信息来源", origin), ("采购方式", "公开招标")]
        for k in (0, 2):
            row = "".join(
                f"<td>{escape(x, quote=False)}</td>" for pair in cells[k : k + 2] for x in pair
            )
            h.raw(f"<tr>{row}</tr>")
        h.raw("</table>")
        h.el("div", a.title, "bt")
    h.raw('<div class="content">')
    h.body(a)
    for x in sign:
        h.el("p", x, "right")
    h.raw("</div>")
    h.el("div", "【打印本页】　【关闭窗口】", "tools", "bar")
    h.el("div", "温馨提示：本公告信息以岚阳市政府采购网正式发布为准。", "tip", "notice")
    h.el("div", "相关公告", "rel", "related")
    others = [f"{BUYERS[j]}{ITEMS[j]}中标结果公告" for j in r.sample(range(8), 4) if j != i]
    h.items("related", others[:3], "rel-list")
    h.el("p", "主办：岚阳市公共资源交易中心　技术支持：岚阳数字政务服务有限公司", "", "footer")
    h.el("p", "Copyright © 2018-2024 lanyang-ggzy.example", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the scenic-area notices --------------------------------------------------------

BIG5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
OFFICE = "雲岫山風景區管理處"


def fam_jingqu(g: GenS, i: int) -> Made:
    """'雲岫山風景區' notices and a notice list, traditional letters, Big5 HTML."""
    r = g.r
    k = COMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.jnotice(j, long=k == 1) for j in picks]
    h = Html()
    start(h, BIG5, f"{arts[0].title if k == 1 else '最新消息'} - 雲岫山風景區", "zh-Hant")
    h.el("div", "雲岫山風景區官方網站", "logo", "header")
    h.links(
        "header", ["首頁", "景區概況", "遊覽指南", "門票預訂", "交通路線", "聯絡我們"], " | ", "nav"
    )
    h.el(
        "div",
        f"今日天氣：多雲　{r.randint(12, 20)}°C－{r.randint(21, 30)}°C　空氣品質：優",
        "wx",
        "bar",
    )
    h.el("div", "目前位置：首頁 ＞ 最新消息 ＞ 景區公告", "crumb", "header")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        a.meta["issuer"] = OFFICE
        damage(g, a, [ODD[i % 3]])
        head, tail = ["各位遊客："], ["特此公告。", OFFICE, f"{y}年{m}月{d}日"]
        a.lines = [a.title, *head, *a.lines, *tail]
        row = f"【景區公告】{y}年{m:02d}月{d:02d}日　點閱：{r.randint(100, 9000)}"
        if i in (0, 3, 7):
            h.el("div", row, "date")
            h.el("div", a.title, "news-title")
        else:
            h.el("div", a.title, "news-title")
            h.el("div", row, "date")
        h.el("p", head[0])
        h.body(a)
        for x in tail:
            h.el("p", x)
        h.el("div", "門票預訂請認準官方網站及授權平台。", "tip", "notice")
        prev, nxt = r.sample([t for t in JTITLES if t != a.title], 2)
        h.el("div", f"上一則：{prev}", "prev", "related")
        h.el("div", f"下一則：{nxt}", "next", "related")
    else:
        h.el("h1", "最新消息（第1頁）", "list-title", "header")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            a.lines = [a.title, *a.lines]
            h.el("h3", a.title)
            h.el("div", f"發布日期：{a.meta['published']}", "date")
            h.body(a)
            h.el("div", "閱讀全文＞", "more", "bar")
        h.el("div", f"共{r.randint(20, 60)}則　上一頁　下一頁", "pager", "page_number")
    h.el("p", "雲岫山風景區管理處 版權所有　客服專線：0800-000-123", "", "footer")
    h.el("p", "地址：雲岫鄉松濤路1號　yunxiu-scenic.example", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the English pages --------------------------------------------------------------


def fam_yingwen(g: GenS, i: int) -> Made:
    """'Lanyang, China' English news pages and news-in-brief lists, HTML UTF-8."""
    r = g.r
    k = COMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.estory(j, long=k == 1) for j in picks]
    h = Html()
    start(h, '<meta charset="utf-8">', f"{arts[0].title if k == 1 else 'News in Brief'}", "en")
    h.el("div", "LANYANG", "logo", "header")
    h.el("div", "The Official Website of Lanyang Municipal People's Government", "sub", "header")
    nav = ["Home", "About", "Government", "Business", "Travel", "Living", "中文"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "You are here: Home > News > City News", "crumb", "header")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        src = r.choice(ESOURCES)
        a.meta["origin"] = src
        a.lines = [a.title, *a.lines]
        if i == 2:
            h.el("div", f"Date: {y}/{m}/{d}　Source: {src}", "info")
            h.el("h1", a.title)
        else:
            h.el("h1", a.title)
            h.el("div", f"Updated: {a.meta['published']} {g.clock()} | Source: {src}", "info")
        h.body(a)
        h.el("div", "Print | E-mail | Share", "tools", "bar")
        h.el("div", f"Editor: {r.choice(EWHO)}", "editor", "bar")
        h.el("div", "Related Stories", "rel", "related")
        h.items("related", r.sample([t for t in ETITLES if t != a.title], 3), "rel-list")
    else:
        h.el("h1", "News in Brief", "list-title", "header")
        for a in arts:
            a.lines = [a.title, *a.lines]
            h.el("h2", a.title)
            h.el("div", a.meta["published"], "date")
            h.body(a)
            h.el("div", "[Full story]", "more", "bar")
        h.el("div", "Back to top", "top", "bar")
    h.el(
        "p", "Copyright © Lanyang Municipal People's Government. All rights reserved.", "", "footer"
    )
    h.el(
        "p",
        "Sponsored by the Foreign Affairs Office of Lanyang | english.lanyang.example",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 4. the price weekly ---------------------------------------------------------------

SECTION = "岚阳市农业农村局市场信息科"


def fam_jiage(g: GenS, i: int) -> Made:
    """'岚阳市农产品市场价格周报' issues exported as plain text, GBK."""
    r = g.r
    a = g.weekly(i)
    y, m, d = ymd(a)
    no = f"{y}年第{r.randint(5, 48)}期"
    a.meta.update({"issuer": SECTION, "doc_number": no})
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (2, 5) else [])
    if i in (0, 3, 6):
        kinds.append("page_break")
    damage(g, a, kinds, once(("page_number", "－ 2 －")))
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", "岚阳市农业农村信息网　>　市场信息　>　价格周报")])
    put(lines, chrome, [("bar", "【字体：大 中 小】　【打印】")])
    lines.append("")
    put(lines, chrome, [("header", "农产品市场价格周报")])
    if i in (0, 2, 5, 7):
        lines += [no, f"{SECTION}　　　　{y}年{m}月{d}日"]
        put(lines, chrome, [("bar", "─" * 24)])
        lines.append(a.title)
    else:
        lines += [a.title, f"（{no}　{SECTION}　{iso(y, m, d)}）"]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    n = int(no.split("第")[1].rstrip("期"))
    tail: Chrome = [
        ("bar", "审核：{}　编辑：{}".format(*r.sample(EDITORS, 2))),
        ("related", f"往期回顾：{y}年第{n - 1}期　{y}年第{n - 2}期"),
        ("footer", "岚阳市农业农村局主办　地址：岚阳市汀兰路8号　farm.lanyang.example"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_s_zhongbiao", "sealed", "utf-8", "\n", 8, fam_zhongbiao, "html"),
    BlindFamily("sealed_s_jingqu", "sealed", "big5", "\r\n", 8, fam_jingqu, "html"),
    BlindFamily("sealed_s_yingwen", "sealed", "utf-8", "\r\n", 8, fam_yingwen, "html"),
    BlindFamily("sealed_s_jiage", "sealed", "gbk", "\n", 8, fam_jiage),
]

assert len(JHEAD) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1900, gen=GenS)
