"""Four more invented families for a forty-fifth blind test of the generic layer: a
province's patent gazette abstracts as exported from its patent information platform (plain
text, UTF-16 with BOM on even pages and GB18030 on odd ones, CRLF; every page a compilation
whose entries are blocks of INID-coded bibliographic rows ``(21)申请号　…`` with the title
inside the ``(54)发明名称　X`` row, the gazette PDF's running line cutting sentences), a city
rumor-refutation platform's weekly round-ups (HTML, UTF-8 with BOM, LF; every page a
compilation whose pieces open with a ``03　｜　鉴定：伪科学`` verdict row over an ``<h3>``
``网传：X`` claim), a customs district's published advance rulings on classification (HTML,
CRLF, GBK declared ``<meta charset="gbk">`` on even pages and GB18030 declared ``<meta
charset="gb18030">`` on odd ones) and a traditional-Chinese city's interpretive-letter
database in its print view (plain text, Big5 (cp950), LF; the title between the letter's
number row and its date row, print-view page footers cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a patent gazette, a rumor-refutation platform, a customs ruling archive, a legal
interpretation database), header shapes, title placement, metadata layout and labels, chrome
wording, page marks and encoding.  On the HTML pages the truth's lines are the page's
VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zw_zhuanli`` ('澜沧省知识产权公共服务平台', plain text, CRLF; even pages UTF-16
  with BOM, odd pages GB18030; every page a compilation of 3, 2, 5, 4, 2, 3, 5, 4
  abstracts): the platform row, ``首页 > 专利公报 > 发明专利申请公布 > 摘要浏览`` and
  ``公报卷期：第39卷第28号　　公布日：2023.07.14　　本页收录：3件`` (all ``header``),
  ``〖导出本页〗〖加入收藏〗〖打印〗`` (bar) and a ``提示：…以…专利公报为准。`` line (``notice``).
  Per entry SEVEN rows: ``(21)申请号　…　　(22)申请日　…``, ``(43)申请公布日　2023.07.14
  (10)申请公布号　CN 116412345 A``, ``(71)申请人　X``, ``(72)发明人　A；B；C``,
  ``(51)Int.Cl.　…``, ``(54)发明名称　TITLE`` and the bare ``(57)摘要`` (all neither; the
  title is the invention name, bare, and is not a content line), then two abstract
  paragraphs (content).  Page breaks: the gazette's running line ``2023.07.14　　发明专利申请
  公布　　第 1207 页`` (``page_number``) cuts a paragraph between two CJK letters in one entry
  on pages 1, 2, 5 and 6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page in
  another entry.  Chrome at the end: the pager ``第 2 页／共 9 页　转到＿页`` (``page_number``),
  ``上一期：…`` / ``下一期：…`` (``related``) and the sponsor/ICP footer (``footer``).  Meta per
  entry: published (the 申请公布日, the issue's date), doc_number (``CN … A``), origin (the
  applicant), author (the inventors' row value, ``；``-joined).
* ``sealed_zw_piyao`` ('岚州网络辟谣平台', HTML, UTF-8 with BOM, LF; every page a compilation
  of 4, 2, 3, 5, 3, 2, 4, 5 refuted claims): ``<title>`` = ``一周辟谣（第N期）-岚州网络辟谣平台``;
  the masthead with its slogan, a nav row, ``您在这里：首页 › 辟谣榜 › 一周辟谣``, the ``<h1>``
  ``一周辟谣（第N期）`` and ``2023年第N期　｜　统筹：岚州市委网信办　｜　发布：2023-05-20``
  (all ``header``), the issue's lead ``本期梳理了…不信谣、不传谣…`` (``notice``).  Per piece:
  the verdict row ``03　｜　鉴定：伪科学`` (neither), the ``<h3>`` ``网传：CLAIM`` (neither; the
  title is the claim, bare), the source row ``辟谣单位：X　｜　核实日期：2023-05-12`` (metadata,
  neither) right UNDER the claim on odd pages and AFTER the text on even pages, and two
  paragraphs, the first opening ``真相：`` (content; the label stays).  Chrome at the end:
  ``分享到：微信　微博　QQ空间　复制链接`` (bar), the 12377 reporting line (``notice``),
  ``往期回顾`` and three ``一周辟谣（第N期）：…`` links (``related``), two footer lines.
  Damage: one kind in one piece on pages 0, 3, 5 and 7.  Meta per piece: published (its
  核实日期; the pieces of a page fall in one month, newest first), origin (the refuting
  unit).
* ``sealed_zw_guilei`` ('芷港海关门户网站', HTML, CRLF; even pages GBK declared ``<meta
  charset="gbk">``, odd pages GB18030 declared ``<meta charset="gb18030">``): ``<title>`` =
  ``X-归类裁定公开-芷港海关门户网站``; the masthead ``芷港海关门户网站　ZHIGANG CUSTOMS``, a nav
  row and ``位置：首页 / 政务公开 / 归类裁定公开`` (``header``).  Even pages: the ``<h1>`` title
  OVER ``预裁定编号：ZG2022-0117　　作出单位：芷港海关关税处　　作出日期：2022-06-03``
  (metadata, neither); odd pages: the bare number ``ZG2022-0117`` (neither) ABOVE an ``<h2>``
  title and UNDER it ``芷港海关综合业务处 · 2022年6月3日作出`` (neither).  ``【字体：大　中　小】
  【打印】【关闭】`` (bar) under the rows.  Five paragraphs ``申请人：…`` / ``商品描述：…`` /
  ``归类结论：…`` / ``归类理由：…`` / the validity paragraph (content; labels stay) are ONE
  article with the title (its first line).  Chrome: the scope notice ``本栏目公开的预裁定仅
  对…`` (``notice``), ``上一篇：…`` / ``下一篇：…``, ``相关链接`` and three items (``related``),
  two footer lines.  Damage: one kind per page on pages 1, 2, 4, 5 and 7.  Meta: published,
  doc_number, issuer (the deciding division).
* ``sealed_zw_hanshi`` ('薇州市法規查詢系統', traditional letters, plain text, Big5 (cp950),
  LF): ``薇州市法規查詢系統　　列印版面`` and ``查詢類別：函釋　／　資料庫：行政解釋`` (``header``),
  a ``═`` rule (bar).  Even pages: ``函釋字號：薇府法字第112…號`` (neither) ABOVE the bare title
  line and ``發文日期：2023年3月9日　｜　發文機關：薇州市政府法制局`` (neither) BELOW it; odd
  pages: the bare title FIRST, then one row ``發文字號：…　　發文日期：…　　發文機關：…``
  (neither).  Then ``相關法條：…`` (neither), a ``─`` rule (bar), ``要旨：…``, ``主旨：…``, the
  bare ``說明：`` and three ``一、`` points (content; one article with the title, its first
  line), ``正本：X　　副本：Y`` (neither).  Chrome at the end: the rule (bar), ``上一則：…`` /
  ``下一則：…`` (``related``), ``※本系統所載函釋僅供參考……以原本為準。`` (``notice``),
  ``列印時間：2024/05/02 10:21　　資料來源：…`` (``footer``) and ``〔第 1 頁，共 1 頁〕``
  (``page_number``).  Page breaks on pages 2, 5 and 7: ``〔第 1 頁，共 2 頁〕`` (``page_number``)
  and the repeated print head (``header``) cut a point between two CJK letters, the end
  mark then reads ``〔第 2 頁，共 2 頁〕``.  Damage: one kind on pages 1, 3, 4 and 6.  Meta:
  published (the 發文日期), doc_number, issuer.

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
patent entry's ``(54)`` row is its title row (the code and the label dropped) and none of
its seven coded rows, nor the bare ``(57)摘要``, is content; every entry takes the issue's
公布日 as its date and the applicant as its origin; a refuted claim's title is the claim
without ``网传：`` and its verdict row is neither (the verdict is not metadata); the ``真相：``
label stays in the text; a ruling's ``申请人：`` line is content (a redacted party, as the
ruling prints it); an interpretive letter's ``相關法條`` and ``正本／副本`` rows are neither,
its ``說明：`` line content.  Compiled pages: every ``zhuanli`` and ``piyao`` page; the other
families are single documents.  ``python -m tests.families.blind_families_zw`` (seed base
4900) rewrites them and checks the truth against the pages.

Measured blind (main 0b71d6b, before anyone tuning the code saw these pages; one folder,
F1/residue/titles/counts/repairs/meta): set .878/.018/.714/.938/.917/.419; guilei
.957/0/1/1/1/.667, hanshi .933/0/1/1/1/1, piyao .918/.018/.857/.875/1/0, zhuanli
.703/.053/0/.875/.667/.009.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zw_text import (
    GL_CUSTOMS,
    GL_ITEMS,
    GL_SITE,
    HS_COPY,
    HS_ITEMS,
    HS_OFFICE,
    HS_SITE,
    PY_ITEMS,
    PY_OFFICE,
    PY_SITE,
    ZL_BUREAU,
    ZL_ITEMS,
    ZL_SITE,
    GenZW,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the patent gazette abstracts (a compilation, text export) --------------------------------

ZL_N = [3, 2, 5, 4, 2, 3, 5, 4]
ZL_BREAK = {1, 2, 5, 6}


def fam_zhuanli(g: GenZW, i: int) -> Made:
    """'澜沧省' patent abstracts, UTF-16 / GB18030 text; every page part of one issue."""
    r = g.r
    k = ZL_N[i]
    picks = r.sample(ZL_ITEMS, k)
    arts = [g.patent(x) for x in picks]
    y, m, d = g.date()
    day = f"{y}.{m:02d}.{d:02d}"
    first = r.randint(1100, 1900)
    folio = counter(first, first + 40, lambda p, t: f"{day}　　发明专利申请公布　　第 {p} 页")
    hurt = r.sample(range(k), 2)
    if i in ZL_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    damage(g, arts[hurt[1]], [ODD[i % 3]])
    vol, no = y - 1984, r.randint(2, 52)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZL_SITE}　|　专利信息检索与公报浏览"),
            ("header", "首页 > 专利公报 > 发明专利申请公布 > 摘要浏览"),
            ("header", f"公报卷期：第{vol}卷第{no}号　　公布日：{day}　　本页收录：{k}件"),
            ("bar", "〖导出本页〗〖加入收藏〗〖打印〗"),
            (
                "notice",
                "提示：以下摘要由平台根据公报数据整理，仅供检索参考，"
                "法律效力以国家知识产权行政部门出版的专利公报为准。",
            ),
        ],
    )
    serial = 105000000 + (y - 2016) * 1600000 + r.randint(0, 900000)
    for item, a in zip(picks, arts, strict=True):
        serial += r.randint(3, 40)
        filed = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(95, 140))
        app_no = f"{filed.year}1{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
        pub_no = f"CN {serial} A"
        a.meta = {
            "published": f"{y:04d}-{m:02d}-{d:02d}",
            "doc_number": pub_no,
            "origin": item[3],
            "author": item[4],
        }
        lines.append("")
        lines += [
            f"(21)申请号　{app_no}　　(22)申请日　{filed.year}.{filed.month:02d}.{filed.day:02d}",
            f"(43)申请公布日　{day}　　(10)申请公布号　{pub_no}",
            f"(71)申请人　{item[3]}",
            f"(72)发明人　{item[4]}",
            f"(51)Int.Cl.　{item[5]}",
            f"(54)发明名称　{a.title}",
            "(57)摘要",
        ]
        lines += a.page
        chrome += a.chrome
    total = r.randint(6, 14)
    prev = datetime.date(y, m, d) - datetime.timedelta(days=7)
    nxt = datetime.date(y, m, d) + datetime.timedelta(days=7)
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("page_number", f"第 {r.randint(1, total)} 页／共 {total} 页　转到＿页"),
            (
                "related",
                f"上一期：第{vol}卷第{no - 1}号（{prev.year}.{prev.month:02d}.{prev.day:02d}）",
            ),
            (
                "related",
                f"下一期：第{vol}卷第{no + 1}号（{nxt.year}.{nxt.month:02d}.{nxt.day:02d}）",
            ),
            (
                "footer",
                f"主办：{ZL_BUREAU}　承办：澜沧省知识产权保护中心　"
                f"澜ICP备16005521号-{r.randint(1, 4)}",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the rumor-refutation round-ups (a compilation, HTML) -------------------------------------

PY_N = [4, 2, 3, 5, 3, 2, 4, 5]
VERDICTS = {x[0]: x[1] for x in PY_ITEMS}


def fam_piyao(g: GenZW, i: int) -> Made:
    """'岚州网络辟谣平台' weekly round-ups, HTML; every page one issue."""
    r = g.r
    k = PY_N[i]
    picks = r.sample(PY_ITEMS, k)
    g.month(k, newest_first=True)
    arts = [g.rumor(x) for x in picks]
    if i in (0, 3, 5, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    y, m, d = ymd(arts[0])
    issue = r.randint(12, 80)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>一周辟谣（第{issue}期）-{PY_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{PY_SITE}　求真 · 明辨 · 不传谣", "logo", "header")
    h.links("header", ["首页", "辟谣榜", "权威发布", "科普课堂", "我要举报"], "　", "nav")
    h.el("div", "您在这里：首页 › 辟谣榜 › 一周辟谣", "crumb", "header")
    h.el("h1", f"一周辟谣（第{issue}期）", "", "header")
    out = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 3))
    h.el(
        "div",
        f"{y}年第{issue}期　｜　统筹：{PY_OFFICE}　｜　发布：{out.isoformat()}",
        "issue",
        "header",
    )
    h.el(
        "p",
        f"本期梳理了近期在本地网络平台传播较广的{k}条不实信息，"
        "请广大网民不信谣、不传谣，共同营造清朗网络空间。",
        "lead",
        "notice",
    )
    for n, a in enumerate(arts, 1):
        src = f"辟谣单位：{a.meta['origin']}　｜　核实日期：{a.meta['published']}"
        h.raw('<div class="item">')
        h.el("div", f"{n:02d}　｜　鉴定：{VERDICTS[a.title]}", "verdict")
        h.el("h3", f"网传：{a.title}")
        if i % 2:
            h.el("p", src, "src")
        h.body(a)
        if i % 2 == 0:
            h.el("p", src, "src")
        h.raw("</div>")
    h.links("bar", ["分享到：微信", "微博", "QQ空间", "复制链接"], "　", "share")
    h.el(
        "p",
        "举报电话：12377　发现网络谣言，欢迎通过本平台“我要举报”栏目反映。",
        "report",
        "notice",
    )
    h.el("h4", "往期回顾", "", "related")
    others = [x[0] for x in PY_ITEMS if x not in picks]
    h.items(
        "related",
        [f"一周辟谣（第{issue - j}期）：{t}" for j, t in enumerate(r.sample(others, 3), 1)],
        "past",
    )
    h.el("p", f"{PY_OFFICE}主办　岚州日报社承办", "", "footer")
    h.el(
        "p",
        f"岚ICP备19004417号-{r.randint(1, 5)}　岚公网安备4401000201{r.randint(1000, 9999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the customs advance rulings (HTML, GBK / GB18030) ----------------------------------------

GL_HURT = {1: 0, 2: 1, 4: 2, 5: 0, 7: 1}


def fam_guilei(g: GenZW, i: int) -> Made:
    """'芷港海关' advance rulings on classification, HTML; one ruling a page."""
    r = g.r
    a = g.ruling(i)
    if i in GL_HURT:
        damage(g, a, [ODD[GL_HURT[i]]])
    y, m, d = ymd(a)
    no, unit = a.meta["doc_number"], a.meta["issuer"]
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta charset="gbk">' if i % 2 == 0 else '<meta charset="gb18030">')
    h.raw(f"<title>{a.title}-归类裁定公开-{GL_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{GL_SITE}　ZHIGANG CUSTOMS", "mast", "header")
    h.links(
        "header", ["首页", "海关概况", "政务公开", "海关法规", "办事指南", "互动交流"], "　", "nav"
    )
    h.el("div", "位置：首页 / 政务公开 / 归类裁定公开", "loc", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el(
            "div",
            f"预裁定编号：{no}　　作出单位：{unit}　　作出日期：{y}-{m:02d}-{d:02d}",
            "info",
        )
    else:
        h.el("div", no, "code")
        h.el("h2", a.title)
        h.el("div", f"{unit} · {y}年{m}月{d}日作出", "info")
    h.el("div", "【字体：大　中　小】　【打印】【关闭】", "tools", "bar")
    h.raw('<div class="content">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        f"本栏目公开的预裁定仅对申请人及所涉进出口货物有效，不作为其他货物归类的依据。"
        f"如有疑问请咨询{GL_CUSTOMS}12360热线。",
        "scope",
        "notice",
    )
    others = [f"关于{x[0]}归类的预裁定" for k, x in enumerate(GL_ITEMS) if k != i]
    prev, nxt = r.sample(others, 2)
    h.el("div", f"上一篇：{prev}", "prev", "related")
    h.el("div", f"下一篇：{nxt}", "next", "related")
    h.el("h4", "相关链接", "", "related")
    h.items(
        "related",
        ["预裁定申请须知", "进出口商品归类常见问题解答", "商品归类预裁定办理流程图"],
        "links",
    )
    h.el(
        "p",
        f"版权所有：{GL_CUSTOMS}　地址：芷港市海关路{r.randint(1, 99)}号　"
        f"邮编：52{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    code = f"bm28000000{r.randint(10, 99)}"
    h.el("p", f"芷ICP备05001234号　网站标识码：{code}", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the interpretive letters (Big5 print view) -----------------------------------------------

HS_BREAK = {2, 5, 7}
HS_HURT = {1: 0, 3: 1, 4: 2, 6: 0}
HS_HEAD = f"{HS_SITE}　　列印版面"
HS_RULE = "═" * 22
HS_THIN = "─" * 22


def fam_hanshi(g: GenZW, i: int) -> Made:
    """'薇州市' interpretive letters in the print view, Big5 text."""
    r = g.r
    a = g.letter(i)
    pages = 2 if i in HS_BREAK else 1
    if i in HS_BREAK:
        damage(
            g,
            a,
            ["page_break"],
            lambda: [("page_number", "〔第 1 頁，共 2 頁〕"), ("header", HS_HEAD)],
        )
    if i in HS_HURT:
        damage(g, a, [ODD[HS_HURT[i]]])
    y, m, d = ymd(a)
    no = a.meta["doc_number"]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", HS_HEAD),
            ("header", "查詢類別：函釋　／　資料庫：行政解釋"),
            ("bar", HS_RULE),
        ],
    )
    if i % 2 == 0:
        lines += [
            f"函釋字號：{no}",
            a.title,
            f"發文日期：{y}年{m}月{d}日　｜　發文機關：{HS_OFFICE}",
        ]
    else:
        lines += [a.title, f"發文字號：{no}　　發文日期：{y}年{m}月{d}日　　發文機關：{HS_OFFICE}"]
    lines.append(f"相關法條：{HS_ITEMS[i][1]}")
    put(lines, chrome, [("bar", HS_THIN)])
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append(f"正本：{HS_ITEMS[i][3][2:]}　　副本：{r.choice(HS_COPY)}")
    others = [x[0] for k, x in enumerate(HS_ITEMS) if k != i]
    prev, nxt = r.sample(others, 2)
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", HS_RULE),
            ("related", f"上一則：{prev}"),
            ("related", f"下一則：{nxt}"),
            ("notice", "※本系統所載函釋僅供參考，如與發文原本不符，以原本為準。"),
            (
                "footer",
                f"列印時間：2024/05/{r.randint(10, 28):02d} {g.clock()}　　資料來源：{HS_SITE}",
            ),
            ("page_number", f"〔第 {pages} 頁，共 {pages} 頁〕"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily(
        "sealed_zw_zhuanli",
        "sealed",
        "utf-16",
        "\r\n",
        8,
        fam_zhuanli,
        "txt",
        ("utf-16", "gb18030"),
    ),
    BlindFamily("sealed_zw_piyao", "sealed", "utf-8-sig", "\n", 8, fam_piyao, "html"),
    BlindFamily(
        "sealed_zw_guilei", "sealed", "gbk", "\r\n", 8, fam_guilei, "html", ("gbk", "gb18030")
    ),
    BlindFamily("sealed_zw_hanshi", "sealed", "cp950", "\n", 8, fam_hanshi),
]

assert len(GL_ITEMS) == 8 and len(HS_ITEMS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4900, gen=GenZW)
