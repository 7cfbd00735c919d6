"""Four more invented families for an eighteenth blind test of the generic layer: a district
court's hearing announcements (HTML in GB18030 declared ``<meta charset="gb18030">``, CRLF,
list pages of many short hearings), a county's replies to people's congress deputies'
proposals (plain text, UTF-8 with BOM, LF, with a doc number ``澄建复〔2021〕12号`` and a
folio page break), a county weather station's warning signals (HTML, UTF-8, LF) and a
note-taking app's release notes in traditional letters and English (plain text, Big5, CRLF,
with version-history pages).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding (GB18030 HTML, and Big5 text mixing traditional letters with English
lines, are new).  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_t_kaiting`` (a district court's site '澄溪市栖川区人民法院', HTML, GB18030, CRLF):
  ``栖川法院网``, ``首页 | 法院概况 | 审判执行 | 司法公开 | 诉讼服务 | 法院文化`` and ``当前位置：首页
  » 司法公开 » 开庭公告`` (``header``).  Single announcements (pages 0, 2, 5, 7): the ``<h1>``
  title ``原告X诉被告Y买卖合同纠纷一案开庭公告`` over ONE row ``案号：（2021）澄0203民初1234号
  发布日期：2021-03-09　来源：澄溪市栖川区人民法院立案庭`` (0, 5) or that row ABOVE the title
  (2, 7); the hearing sentence ``本院定于……公开开庭审理原告X与被告Y……一案。``, the judge line
  ``本案由审判员X独任审理，书记员Y担任记录，……。``, the service-by-publication paragraph,
  ``特此公告。``, the court's name and the date ``二〇二一年三月九日`` are ONE article.  Chrome:
  ``【打印】【关闭】`` (bar), ``旁听须知：……`` (``notice``), ``上一篇：X`` / ``下一篇：Y``
  (``related``), two footer lines.  List pages (1: five, 3: three, 4: four, 6: six hearings;
  newest first): ``开庭公告一览`` (``<h1>``, ``header``), per hearing an ``<h3>`` title ``X诉Y
  买卖合同纠纷案`` over a row ``〔2021-03-09〕（2021）澄0203民初1234号`` (metadata), the hearing
  sentence and the judge line (content); ``共128条　首页　上一页　下一页　尾页`` at the end
  (``page_number``).  No page breaks; damage one of ``cjk_space`` / ``comma`` / ``stray_q`` on
  single pages, ``stray_q`` in one hearing on pages 3 and 6.  Meta: published, doc_number (案号;
  every hearing), origin (来源) and issuer (the court) on single pages.
* ``sealed_t_jianyi`` (a county portal's text export of 建议答复, plain text, UTF-8 with BOM,
  LF): ``澄溪县人民政府门户网站`` and ``首页 > 政府信息公开 > 建议提案办理 > 人大代表建议``
  (``header``).  On even pages a card of five rows ``索 引 号：…`` / ``发布机构：X局`` / ``发文字号：
  澄建复〔2021〕12号`` / ``发布日期：2021-03-09`` / ``主题分类：人大建议`` (metadata, neither)
  stands above the title; on odd pages the title is preceded by ``类别标记：A`` and the bare
  doc number line ``澄建复〔2021〕12号`` (metadata, neither).  The title ``对县十七届人大五次会议
  第21号建议的答复``, the salutation ``X代表：``, the receipt line, the sections ``一、工作开展情况``
  / ``二、存在的困难`` / ``三、下一步工作打算`` with ``（一）`` items, the thanks, the contact line
  ``联系人：X　联系电话：…``, the bureau's name and the date ``2021年3月9日`` are ONE article.
  Page breaks: a folio ``第 2 页 共 3 页`` (``page_number``) cuts a sentence between two CJK
  letters on pages 0, 3 and 6.  Chrome at the end: ``附件下载：澄建复〔2021〕12号.pdf``
  (``related``), ``〔打印〕〔收藏〕〔关闭〕`` (bar), a footer.  Damage: one of the three kinds per
  page (two on pages 1 and 4).  Meta: published, issuer (the bureau), doc_number.
* ``sealed_t_yujing`` (a county weather bureau's warning pages '澄溪县气象局', HTML, UTF-8, LF):
  ``澄溪县气象局``, ``首页 | 天气预报 | 预警信息 | 气象服务 | 科普宣传`` and ``您的位置：首页 >
  预警信息 > 预警信号`` (``header``).  The title ``澄溪县气象台发布暴雨黄色预警信号`` is a
  ``<div class="yj-title">``: under a row ``2021-03-09 16:20　澄溪县气象台`` on pages 0, 3 and
  6, over a row ``发布时间：2021年3月9日 16:20　发布单位：澄溪县气象台`` on pages 1, 4 and 7,
  and under a label/value ``<table>`` whose cells are each a visible line (``预警类型`` /
  ``暴雨`` / ``预警级别`` / ``黄色`` / ``发布时间`` / ``2021-03-09 16:20`` / ``发布单位`` /
  ``澄溪县气象台``; metadata, neither) on pages 2 and 5.  The title, the signal sentence, the
  ``影响区域：…`` line, ``防御指南：`` with its ``1．…；`` items and the validity line are ONE
  article.  Chrome: ``字号：大　中　小　｜　打印`` (bar), ``气象预警信息以当地气象台发布为准，请勿
  轻信和传播网络谣言。`` (``notice``), ``上一条：X`` / ``下一条：Y`` (``related``), two footer
  lines.  Single documents only; no page breaks; damage one kind per page.  Meta:
  published, issuer (the 气象台).
* ``sealed_t_gengxin`` (a note app's help centre '雲帆筆記', plain text, Big5, CRLF; traditional
  letters and English): ``雲帆筆記 說明中心　>　版本更新`` (``header``) and ``語言：繁體中文 | English``
  (bar).  Single releases (pages 0, 2, 3, 5, 7): the title ``雲帆筆記 3.2.1 版更新說明``, then
  a row ``發佈日期：2021/3/9　適用平台：Windows、macOS、iOS、Android`` (metadata, neither;
  ABOVE the title on pages 3 and 7), a Chinese and an English intro line, the sections
  ``新功能　New Features`` / ``改進　Improvements`` / ``問題修正　Bug Fixes`` with ``◎`` items,
  each a Chinese line followed by its English line: ONE article.  Chrome: ``這篇文章對您有幫助嗎？
  有幫助　沒幫助`` (bar), ``相關文章`` and two titles (``related``), a footer.  Version history
  pages (1: three, 4: two, 6: three releases, newest first): ``版本歷史　Version History``
  (``header``), per release the title line, ``發佈日期：2021/3/9`` (metadata) and its sections
  (no intro); ``────────────`` between (bar) and ``檢視更早的版本`` at the end (bar).  No page
  breaks; damage one kind on single pages and one per release on page 4, always in a Chinese
  line.  Meta: published.

Truth as :mod:`tests.families.blind_families_s`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header line is chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: a court announcement's
case number and a reply's ``X建复〔2021〕N号`` are ``doc_number``; ``来源`` is ``origin``;
the court (on single announcements only: a hearing list names no issuer), the bureau and the
气象台 are ``issuer``; the judge line and the service-by-publication paragraph are content of
the announcement; the reply's salutation, contact line, sign-off and date are content (a
formal letter's parts, as a notice's sign-off); the warning's 防御指南 items are content
(they name the signal type, so no two pages share them); the release notes' English lines
are content of the release (as set q's bilingual releases); ``类别标记：A``, ``主题分类`` and
``适用平台`` have no key (neither).  Compiled pages: ``kaiting`` (pages 1, 3, 4, 6) and
``gengxin`` (1, 4, 6); ``jianyi`` and ``yujing`` are single documents.  ``python -m
tests.families.blind_families_t`` (seed base 2000) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``2f74cfd`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): gengxin .936/.109/0.0/.625/1.0/.231; jianyi
.958/.186/.500/1.0/.923/1.0; kaiting .987/0.0/.182/1.0/.833/.654; yujing
.923/.111/.625/1.0/1.0/.625.  Means .951/.102/.327/.906/.939/.627.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_t_text import (
    APP,
    CLERKS,
    CODES,
    COURT,
    DEPTS,
    SIGNALS,
    STATION,
    GenT,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/css/style.css">', "</head>", "<body>")


# -- 1. the hearing announcements ------------------------------------------------------

LIST = {1: 5, 3: 3, 4: 4, 6: 6}


def fam_kaiting(g: GenT, i: int) -> Made:
    """'澄溪市栖川区人民法院' hearing announcements and hearing lists, GB18030 HTML."""
    r = g.r
    k = LIST.get(i, 1)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.hearing(long=k == 1) for _ in range(k)]
    h = Html()
    start(h, '<meta charset="gb18030">', f"{arts[0].title if k == 1 else '开庭公告'}-栖川法院网")
    h.el("div", "栖川法院网", "logo", "header")
    nav = ["首页", "法院概况", "审判执行", "司法公开", "诉讼服务", "法院文化"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "当前位置：首页 » 司法公开 » 开庭公告", "crumb", "header")
    if k == 1:
        a = arts[0]
        origin = f"{COURT}立案庭"
        a.meta.update({"origin": origin, "issuer": COURT})
        damage(g, a, [ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        row = f"案号：{a.meta['doc_number']}　发布日期：{a.meta['published']}　来源：{origin}"
        if i in (0, 5):
            h.el("h1", a.title)
            h.el("div", row, "info")
        else:
            h.el("div", row, "info")
            h.el("h1", a.title)
        h.body(a)
        h.el("div", "【打印】【关闭】", "tools", "bar")
        h.el(
            "div",
            "旁听须知：旁听人员须年满十八周岁，凭有效身份证件入场，不得录音、录像和摄影。",
            "tip",
            "notice",
        )
        h.el("div", f"上一篇：{g.hearing(long=True).title}", "prev", "related")
        h.el("div", f"下一篇：{g.hearing(long=True).title}", "next", "related")
    else:
        h.el("h1", "开庭公告一览", "list-title", "header")
        hit = r.randrange(k) if i in (3, 6) else -1
        for n, a in enumerate(arts):
            if n == hit:
                damage(g, a, ["stray_q"])
            a.lines = [a.title, *a.lines]
            h.el("h3", a.title)
            h.el("div", f"〔{a.meta['published']}〕{a.meta['doc_number']}", "date")
            h.body(a)
        h.el("div", f"共{r.randint(80, 300)}条　首页　上一页　下一页　尾页", "pager", "page_number")
    h.el("p", "澄溪市栖川区人民法院　版权所有　地址：栖川区溪畔路18号", "", "footer")
    h.el("p", "诉讼服务热线：12368　qichuan-court.example", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 2. the proposal replies -----------------------------------------------------------


def fam_jianyi(g: GenT, i: int) -> Made:
    """'澄溪县人民政府' replies to deputies' proposals, plain text, UTF-8 with BOM."""
    r = g.r
    k = r.randint(3, 98)
    a = g.reply(i, k)
    y, m, d = ymd(a)
    dept = DEPTS[i]
    no = f"{CODES[i]}〔{y}〕{r.randint(2, 40)}号"
    a.meta.update({"issuer": dept, "doc_number": no})
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (1, 4) else [])
    if i in (0, 3, 6):
        kinds.append("page_break")
    damage(g, a, kinds, once(("page_number", "第 2 页 共 3 页")))
    sign = [dept, f"{y}年{m}月{d}日"]
    a.lines = [a.title, *a.lines, *sign]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", "澄溪县人民政府门户网站")])
    put(lines, chrome, [("header", "首页 > 政府信息公开 > 建议提案办理 > 人大代表建议")])
    lines.append("")
    if i % 2 == 0:
        lines += [
            f"索 引 号：11522700MB{r.randint(1000000, 9999999)}/{y}-{r.randint(10, 999):05d}",
            f"发布机构：{dept}",
            f"发文字号：{no}",
            f"发布日期：{iso(y, m, d)}",
            "主题分类：人大建议",
            "",
        ]
    else:
        lines += ["类别标记：A", no, ""]
    lines += [a.title, "", *a.page, *sign, ""]
    chrome += a.chrome
    tail: Chrome = [
        ("related", f"附件下载：{no}.pdf"),
        ("bar", "〔打印〕〔收藏〕〔关闭〕"),
        ("footer", "主办单位：澄溪县人民政府办公室　网站标识码：5227000012　chengxi.gov.example"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the warning signals ------------------------------------------------------------


def fam_yujing(g: GenT, i: int) -> Made:
    """'澄溪县气象局' warning-signal pages, UTF-8 HTML."""
    a, clock = g.warning(i)
    y, m, d = ymd(a)
    damage(g, a, [ODD[(i + 1) % 3]])
    a.lines = [a.title, *a.lines]
    t, c = SIGNALS[i]
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title}_澄溪县气象局")
    h.el("div", "澄溪县气象局", "logo", "header")
    h.links("header", ["首页", "天气预报", "预警信息", "气象服务", "科普宣传"], " | ", "nav")
    h.el("div", "您的位置：首页 > 预警信息 > 预警信号", "crumb", "header")
    if i in (0, 3, 6):
        h.el("div", f"{a.meta['published']} {clock}　{STATION}", "time")
        h.el("div", a.title, "yj-title")
    elif i in (1, 4, 7):
        h.el("div", a.title, "yj-title")
        h.el("div", f"发布时间：{y}年{m}月{d}日 {clock}　发布单位：{STATION}", "time")
    else:
        h.raw('<table class="yj-info">')
        cells = [("预警类型", t), ("预警级别", c)]
        cells += [("发布时间", f"{a.meta['published']} {clock}"), ("发布单位", STATION)]
        for k in (0, 2):
            row = "".join(
                f"<td>{escape(x, quote=False)}</td>" for pair in cells[k : k + 2] for x in pair
            )
            h.raw(f"<tr>{row}</tr>")
        h.raw("</table>")
        h.el("div", a.title, "yj-title")
    h.raw(f'<img src="/images/signal/{i}.png" alt="{t}{c}预警">')
    h.body(a)
    h.el("div", "字号：大　中　小　｜　打印", "tools", "bar")
    h.el("div", "气象预警信息以当地气象台发布为准，请勿轻信和传播网络谣言。", "tip", "notice")
    others = [f"{STATION}发布{x}{y_}预警信号" for x, y_ in SIGNALS if x != t]
    prev, nxt = g.r.sample(others, 2)
    h.el("div", f"上一条：{prev}", "prev", "related")
    h.el("div", f"下一条：{nxt}", "next", "related")
    h.el("p", "澄溪县气象局版权所有　地址：澄溪县观象路6号", "", "footer")
    h.el("p", "技术支持：澄溪县气象信息服务中心　weather.chengxi.example", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the release notes --------------------------------------------------------------

VERS = {1: 3, 4: 2, 6: 3}


def fam_gengxin(g: GenT, i: int) -> Made:
    """'雲帆筆記' release notes and version history, traditional letters and English, Big5."""
    r = g.r
    k = VERS.get(i, 1)
    major = 2 + i // 3
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{APP} 說明中心　>　版本更新")])
    put(lines, chrome, [("bar", "語言：繁體中文 | English")])
    lines.append("")
    if k == 1:
        a = g.release(f"{major}.{i}.{r.randint(0, 3)}", long=True)
        y, m, d = ymd(a)
        damage(g, a, [ODD[(i + 2) % 3]])
        a.lines = [a.title, *a.lines]
        row = f"發佈日期：{y}/{m}/{d}　適用平台：Windows、macOS、iOS、Android"
        lines += [row, a.title] if i in (3, 7) else [a.title, row]
        lines += ["", *a.page, ""]
        arts = [a]
        put(lines, chrome, [("bar", "這篇文章對您有幫助嗎？　有幫助　沒幫助")])
        put(lines, chrome, [("related", "相關文章")])
        rel = [f"{APP} {major}.{i + 1}.0 版更新說明", "如何在不同裝置之間同步筆記"]
        put(lines, chrome, [("related", x) for x in rel])
    else:
        g.month(k, newest_first=True)
        minor = r.randint(3, 8)
        arts = [g.release(f"{major}.{minor - n}.0", long=False) for n in range(k)]
        put(lines, chrome, [("header", "版本歷史　Version History")])
        lines.append("")
        for n, a in enumerate(arts):
            y, m, d = ymd(a)
            if i == 4:
                damage(g, a, [ODD[n % 3]])
            a.lines = [a.title, *a.lines]
            if n:
                put(lines, chrome, [("bar", "─" * 12)])
            lines += [a.title, f"發佈日期：{y}/{m}/{d}", *a.page, ""]
        put(lines, chrome, [("bar", "檢視更早的版本")])
    put(lines, chrome, [("footer", "Copyright 雲帆軟體股份有限公司　版權所有　yunfan.example")])
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_t_kaiting", "sealed", "gb18030", "\r\n", 8, fam_kaiting, "html"),
    BlindFamily("sealed_t_jianyi", "sealed", "utf-8-sig", "\n", 8, fam_jianyi),
    BlindFamily("sealed_t_yujing", "sealed", "utf-8", "\n", 8, fam_yujing, "html"),
    BlindFamily("sealed_t_gengxin", "sealed", "big5", "\r\n", 8, fam_gengxin),
]

assert len(DEPTS) == len(CODES) == len(SIGNALS) == 8 and CLERKS


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2000, gen=GenT)
