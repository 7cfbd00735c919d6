"""Four more invented families for a twenty-second blind test of the generic layer: a
university library's thesis repository (HTML, UTF-8, LF, a ``<dl>`` card whose labels and
values are lines of their own), a county court's judicial auction notices on an auction
platform (plain text, GB18030, CRLF, weekly round-up pages with a ``〖拍品 2/5〗`` lot line
over every piece), a hospital's health-education column (plain text, UTF-16 with BOM, LF,
page marks ``·····（2/3）·····`` cutting sentences) and an embassy's consular reminders in
Chinese and English (HTML, UTF-8 with BOM, CRLF).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_x_lunwen`` (a university library's thesis repository '栎川大学图书馆', HTML, UTF-8
  ``<meta charset="utf-8">`` and ``<meta name="citation_date">``, LF): ``栎川大学图书馆``,
  ``首页 | 馆藏检索 | 学位论文 | 数据库导航 | 读者服务`` and ``学位论文库 › 硕士论文 › 记录详情``
  (``header``).  The title is a ``<div class="t-cn">`` followed by the English title (a
  ``<div class="t-en">``, content).  A card ``<dl>`` whose ``<dt>``/``<dd>`` are each a visible
  line (``责任者`` / ``X`` / ``导师`` / ``X 教授`` / ``学科专业`` / ``X`` / ``学位级别`` / ``硕士`` /
  ``答辩日期`` / ``2021-03-09`` / ``馆藏号`` / ``T2021-0345``; metadata, neither) stands
  UNDER the titles on even pages and ABOVE them on pages 1 and 5; on pages 3 and 7 a single
  row ``记录号：LC2021M00345　责任者：X　答辩日期：2021年3月9日`` stands above the titles.  The
  titles, ``摘要``, the abstract paragraphs, ``关键词：…``, ``Abstract``, the English paragraph
  and ``Key words: …`` are ONE article.  Chrome: ``在线阅读　｜　全文下载（校内）　｜　文献传递
  申请　｜　导出题录`` (bar), ``浏览 N　·　下载 M　·　被引 0`` (bar), ``本论文全文受著作权保护，
  ……`` (``notice``), ``相似论文`` and three titles (``related``), two footer lines (an ICP
  number).  No page breaks; damage one kind per page in a Chinese abstract line.  Meta:
  published (答辩日期), author (责任者).
* ``sealed_x_paimai`` (a county court's auction notices '澄阜县人民法院' on '澄川司法拍卖网',
  plain text, GB18030, CRLF): ``澄川司法拍卖网　›　法院专区　›　澄阜县人民法院`` (``header``).
  Single notices (pages 0, 2, 4, 7): the tab bar ``拍卖公告 ｜ 竞买须知 ｜ 标的物介绍 ｜ 竞买记录``
  (bar), the bare title ``澄阜县人民法院关于X（第一次拍卖）的公告`` over ``公告时间：2021-03-09 ┃
  执行案号：（2021）澄0521执567号`` (metadata, neither; ABOVE the title on pages 4 and 7); the
  time sentence ``本院将于……现公告如下：``, ``一、拍卖标的：…``, the price line ``起拍价：…``,
  ``二、…`` / ``三、…``, ``特此公告。``, the court and ``二〇二一年三月九日`` are ONE article.
  Chrome: ``围观 N 次 ┃ 报名 N 人 ┃ 设置提醒 N 人`` (bar), ``风险提示：……`` (``notice``),
  ``‹ 上一拍品：X`` / ``下一拍品：Y ›`` (``related``), a footer.  Round-up pages (1: five, 3:
  three, 5: four, 6: five notices, newest first): ``本周拍卖公告汇总（2021年3月第2周）``
  (``header``); per notice a lot line ``〖拍品 2/5〗`` (neither), the title, ``2021.03.09 ┃
  （2021）澄0521执567号`` (metadata), the time sentence and the price line (content), and
  ``查看详情 »`` (bar); ``以上信息以拍品详情页为准。`` (``notice``) and ``第 1/4 页　下一页 »``
  (``page_number``) at the end.  No page breaks; damage one kind on single pages (plus
  ``zero`` on page 4), ``stray_q`` in one notice on pages 3 and 6.  Meta: published,
  doc_number (执行案号) on every notice.
* ``sealed_x_kepu`` (a hospital's health-education column '岑江市中医医院', plain text,
  UTF-16 with BOM, LF): ``岑江市中医医院 · 健康科普`` and ``医院首页 ＞ 健康教育 ＞ 科普文章``
  (``header``), ``关怀版 ｜ 无障碍`` (bar).  Even pages: the row ``X医生 · 心血管内科 ·
  2021-03-09`` (metadata, neither) ABOVE the bare title; odd pages: a tag line ``#春季血压波动#``
  (neither) above the title and the row ``撰稿：X（心血管内科）　审核：Y　发布：2021年3月9日
  阅读：N`` (metadata, neither; the line break here is the docstring's) under it.  The title, the opening, the question heads
  ``X是怎么回事？`` / ``哪些人要格外留心？`` / ``日常调护做好这几点``, their paragraphs, the
  ``1.…；`` items and the closing advice are ONE article.  Page breaks: the column's own
  pagination, a mark ``·····（2/2）·····`` (``page_number``) standing alone between blank
  lines, cuts a sentence between two CJK letters once on pages 0, 2 and 5 and twice (``2/3``,
  ``3/3`` in page order) on pages 3 and 7.  Chrome at the end: ``以上内容为健康科普，具体诊疗请遵医嘱。``
  (``notice``), ``点赞 N　｜　收藏　｜　转发给家人`` (bar), ``转载须经本院宣传科同意并注明出处。``
  (``notice``), ``往期推荐`` and two titles (``related``), a footer with an ICP number.
  Damage: two of ``cjk_space`` / ``comma`` / ``stray_q`` per page.  Meta: published, author
  (the 撰稿 doctor).
* ``sealed_x_lingshi`` (an embassy's consular reminders '中华人民共和国驻瑟兰共和国大使馆',
  HTML, UTF-8 with BOM and ``<meta charset="utf-8">``, CRLF): the Chinese and the English
  name of the embassy, ``首页 | 使馆信息 | 领事服务 | 中瑟关系 | 留学生之窗 | English`` and
  ``当前位置：首页 > 领事服务 > 领事提醒`` (``header``).  The ``<h2>`` title ``驻瑟兰使馆提醒在瑟
  中国公民注意X`` over ``发布时间：2021-03-09　来源：领事部`` (metadata, neither; even pages), or
  under ``2021年03月09日　领事部`` (metadata, neither; odd pages); the head carries ``<meta
  name="PubDate" content="2021-03-09 15:30">``.  The title, the situation,
  ``使馆提醒：`` and its ``一、`` items, the emergency line and the two telephone lines are ONE
  article; on pages 1, 2, 5 and 6 the English part (``Reminder on X``, a paragraph and three
  advice lines) belongs to it too.  Chrome: ``【字号 大 中 小】　【打印】`` (bar) above the
  title, ``分享到：微信　微博　复制链接`` (bar), ``相关新闻`` and two titles (``related``), two
  footer lines.  No page breaks; damage one kind per page, in a Chinese line.  Meta:
  published; origin (来源) on even pages.

Truth as :mod:`tests.families.blind_families_t`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header line is chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: the thesis's English
title, its ``摘要`` / ``Abstract`` heads and its keyword lines are content (parts of the
record's text), its student is ``author`` and its ``published`` is the 答辩日期; an auction
notice's 执行案号 is ``doc_number``; the round-up's lot line ``〖拍品 2/5〗`` has no key
(neither, as set t's ``类别标记``), its ``查看详情 »`` links are bars; the health article's
tag line, read count and reviewer (审核) have no key, the doctor is ``author``; the closing
advice ``如果出现……应当及时到医院就诊。`` is content, the disclaimer under it chrome; the
reminder's English lines are content (as set q's bilingual releases), its telephone lines
too (a notice's contact line); the embassy's department (来源) is ``origin``.  Compiled pages:
``paimai`` (pages 1, 3, 5, 6); ``lunwen``, ``kepu`` and ``lingshi`` are single documents.
``python -m tests.families.blind_families_x`` (seed base 2400) rewrites them and checks the
truth against the pages.

Measured blind, once, at main ``5e291e8`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): kepu .789/.172/.500/1.0/.696/.250; lingshi
.941/0.0/1.0/1.0/1.0/1.0; lunwen .945/0.0/1.0/1.0/1.0/0.0; paimai
.831/.539/1.0/1.0/.857/.595.  Means .877/.178/.875/1.0/.888/.461.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_x_text import (
    ADVISORS,
    COURT,
    DOCTORS,
    EMB,
    EMB_EN,
    HOSP,
    ILLS,
    LOTS,
    MAJORS,
    OBJECTS,
    RISKS,
    STUDENTS,
    UNI,
    WARDS,
    GenX,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str, extra: str = "") -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    if extra:
        h.raw(extra)
    h.raw('<link rel="stylesheet" href="/static/site.css">', "</head>", "<body>")


# -- 1. the thesis records -------------------------------------------------------------


def fam_lunwen(g: GenX, i: int) -> Made:
    """'栎川大学图书馆' thesis records, UTF-8 HTML."""
    r = g.r
    a, en_title = g.thesis(i)
    y, m, d = ymd(a)
    damage(g, a, [ODD[i % 3]])
    a.lines = [a.title, en_title, *a.lines]
    lib = f"{UNI}图书馆"
    h = Html()
    cite = f'<meta name="citation_date" content="{y}/{m:02d}/{d:02d}">'
    start(h, '<meta charset="utf-8">', f"{a.title} - {UNI}学位论文库", cite)
    h.el("div", lib, "logo", "header")
    h.links("header", ["首页", "馆藏检索", "学位论文", "数据库导航", "读者服务"], " | ", "nav")
    h.el("div", "学位论文库 › 硕士论文 › 记录详情", "crumb", "header")
    shelf = f"T{y}-{r.randint(100, 9999):04d}"
    card = [
        ("责任者", STUDENTS[i]),
        ("导师", f"{r.choice(ADVISORS)} 教授"),
        ("学科专业", MAJORS[i]),
        ("学位级别", "硕士"),
        ("答辩日期", a.meta["published"]),
        ("馆藏号", shelf),
    ]

    def dl() -> None:
        h.raw('<dl class="card">')
        for k, v in card:
            h.raw(f"<dt>{escape(k, quote=False)}</dt><dd>{escape(v, quote=False)}</dd>")
        h.raw("</dl>")

    def titles() -> None:
        h.el("div", a.title, "t-cn")
        h.el("div", en_title, "t-en")

    if i in (3, 7):
        rec = f"记录号：LC{y}M{r.randint(10000, 99999)}　责任者：{STUDENTS[i]}　答辩日期：{y}年{m}月{d}日"  # noqa: E501
        h.el("div", rec, "rec")
        titles()
    elif i in (1, 5):
        dl()
        titles()
    else:
        titles()
        dl()
    h.body(a)
    tools = "在线阅读　｜　全文下载（校内）　｜　文献传递申请　｜　导出题录"
    h.el("div", tools, "tools", "bar")
    h.el("div", f"浏览 {r.randint(30, 900)}　·　下载 {r.randint(0, 80)}　·　被引 0", "stat", "bar")
    h.el(
        "div",
        "本论文全文受著作权保护，仅限校园网内个人学习研究使用，未经作者授权不得转载或汇编。",
        "tip",
        "notice",
    )
    h.el("div", "相似论文", "sim-head", "related")
    others = [f"{x}的比较研究" for n, x in enumerate(OBJECTS) if n != i][i % 2 :: 2][:3]
    h.items("related", others, "sim")
    h.el("p", f"{lib}　版权所有　地址：栎川市学府大道99号　邮编：610999", "", "footer")
    h.el("p", "栎ICP备09004417号　推荐使用分辨率1280×800以上浏览", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the auction notices ------------------------------------------------------------

ROUNDUP = {1: 5, 3: 3, 5: 4, 6: 5}


def fam_paimai(g: GenX, i: int) -> Made:
    """'澄阜县人民法院' auction notices and weekly round-ups, GB18030 text."""
    r = g.r
    k = ROUNDUP.get(i, 1)
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"澄川司法拍卖网　›　法院专区　›　{COURT}")])
    if k == 1:
        a = g.auction(i, long=True)
        kinds = [ODD[i % 3]] + (["zero"] if i == 4 else [])
        damage(g, a, kinds)
        a.lines = [a.title, *a.lines]
        put(lines, chrome, [("bar", "拍卖公告 ｜ 竞买须知 ｜ 标的物介绍 ｜ 竞买记录")])
        lines.append("")
        row = f"公告时间：{a.meta['published']} ┃ 执行案号：{a.meta['doc_number']}"
        lines += [row, a.title] if i in (4, 7) else [a.title, row]
        lines += ["", *a.page, ""]
        seen, sign, bell = r.randint(200, 9000), r.randint(0, 9), r.randint(1, 60)
        tail: Chrome = [
            ("bar", f"围观 {seen} 次 ┃ 报名 {sign} 人 ┃ 设置提醒 {bell} 人"),
            ("notice", "风险提示：竞买人应自行实地看样，未看样即参与竞买的，视为认可标的物现状。"),
            ("related", f"‹ 上一拍品：{COURT}关于{LOTS[(i + 1) % 8]}（变卖）的公告"),
            ("related", f"下一拍品：{COURT}关于{LOTS[(i + 3) % 8]}（第二次拍卖）的公告 ›"),
        ]
        put(lines, chrome, tail)
        arts = [a]
    else:
        g.month(k, newest_first=True)
        picks = r.sample(range(8), k)
        arts = [g.auction(j, long=False) for j in picks]
        y, m, _ = ymd(arts[0])
        put(lines, chrome, [("header", f"本周拍卖公告汇总（{y}年{m}月第{r.randint(1, 4)}周）")])
        lines.append("")
        hit = r.randrange(k) if i in (3, 6) else -1
        for n, a in enumerate(arts):
            if n == hit:
                damage(g, a, ["stray_q"])
            a.lines = [a.title, *a.lines]
            yy, mm, dd = ymd(a)
            lines += [
                f"〖拍品 {n + 1}/{k}〗",
                a.title,
                f"{yy}.{mm:02d}.{dd:02d} ┃ {a.meta['doc_number']}",
            ]
            lines += a.page
            put(lines, chrome, [("bar", "查看详情 »")])
            lines.append("")
        put(lines, chrome, [("notice", "以上信息以拍品详情页为准。")])
        put(lines, chrome, [("page_number", f"第 1/{r.randint(2, 9)} 页　下一页 »")])
    put(lines, chrome, [("footer", "澄川司法拍卖网　服务热线：400-000-1234　澄ICP备17002209号")])
    return lines, arts, chrome, k > 1


# -- 3. the health articles ------------------------------------------------------------

BREAKS = {0: 1, 2: 1, 5: 1, 3: 2, 7: 2}


def fam_kepu(g: GenX, i: int) -> Made:
    """'岑江市中医医院' health-education articles, UTF-16 text with page marks."""
    r = g.r
    a = g.health(i)
    y, m, d = ymd(a)
    doc, ward = DOCTORS[i], WARDS[i]
    a.meta["author"] = doc
    nb = BREAKS.get(i, 0)
    nxt = counter(2, nb + 1, lambda p, t: f"·····（{p}/{t}）·····")
    kinds = [ODD[i % 3], ODD[(i + 1) % 3]] + ["page_break"] * nb
    damage(g, a, kinds, lambda: [("page_number", nxt())])
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{HOSP} · 健康科普")])
    put(lines, chrome, [("header", "医院首页 ＞ 健康教育 ＞ 科普文章")])
    put(lines, chrome, [("bar", "关怀版 ｜ 无障碍")])
    lines.append("")
    if i % 2 == 0:
        lines += [f"{doc}医生 · {ward} · {a.meta['published']}", a.title]
    else:
        other = DOCTORS[(i + 3) % 8]
        row = f"撰稿：{doc}（{ward}）　审核：{other}　发布：{y}年{m}月{d}日　阅读：{r.randint(100, 9999)}"  # noqa: E501
        lines += [f"#{ILLS[i]}#", a.title, row]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    tail: Chrome = [
        ("notice", "以上内容为健康科普，具体诊疗请遵医嘱。"),
        ("bar", f"点赞 {r.randint(5, 300)}　｜　收藏　｜　转发给家人"),
        ("notice", "转载须经本院宣传科同意并注明出处。"),
        ("related", "往期推荐"),
        ("related", f"{ILLS[(i + 2) % 8]}，中医教你这样调"),
        ("related", f"关于{ILLS[(i + 5) % 8]}，医生有话说"),
        ("footer", f"{HOSP}　地址：岑江市杏林路8号　急诊电话：0771-5550120　岑ICP备12003366号"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 4. the consular reminders ---------------------------------------------------------

BILINGUAL = (1, 2, 5, 6)


def fam_lingshi(g: GenX, i: int) -> Made:
    """'驻瑟兰共和国大使馆' consular reminders, Chinese (and English), UTF-8 BOM HTML."""
    a = g.reminder(i, english=i in BILINGUAL)
    y, m, d = ymd(a)
    if i % 2 == 0:
        a.meta["origin"] = "领事部"
    damage(g, a, [ODD[(i + 2) % 3]])
    a.lines = [a.title, *a.lines]
    h = Html()
    pub = f'<meta name="PubDate" content="{a.meta["published"]} {g.clock()}">'
    start(h, '<meta charset="utf-8">', f"{a.title}_{EMB}", pub)
    h.el("div", EMB, "cn-name", "header")
    h.el("div", EMB_EN, "en-name", "header")
    nav = ["首页", "使馆信息", "领事服务", "中瑟关系", "留学生之窗", "English"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "当前位置：首页 > 领事服务 > 领事提醒", "crumb", "header")
    h.el("div", "【字号 大 中 小】　【打印】", "tools", "bar")
    if i % 2 == 0:
        h.el("h2", a.title)
        h.el("div", f"发布时间：{a.meta['published']}　来源：领事部", "info")
    else:
        h.el("div", f"{y}年{m:02d}月{d:02d}日　领事部", "info")
        h.el("h2", a.title)
    h.body(a)
    h.el("div", "分享到：微信　微博　复制链接", "share", "bar")
    h.el("div", "相关新闻", "rel-head", "related")
    rel = [f"驻瑟兰使馆提醒在瑟中国公民注意{RISKS[(i + n) % 8][0]}" for n in (3, 6)]
    h.items("related", rel, "rel")
    h.el("p", f"{EMB}　版权所有", "", "footer")
    h.el("p", "地址：瑟兰共和国首都港湾大道27号　邮箱：consular@cn-seralia.example", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_x_lunwen", "sealed", "utf-8", "\n", 8, fam_lunwen, "html"),
    BlindFamily("sealed_x_paimai", "sealed", "gb18030", "\r\n", 8, fam_paimai),
    BlindFamily("sealed_x_kepu", "sealed", "utf-16", "\n", 8, fam_kepu),
    BlindFamily("sealed_x_lingshi", "sealed", "utf-8-sig", "\r\n", 8, fam_lingshi, "html"),
]

assert len(STUDENTS) == len(MAJORS) == len(LOTS) == len(DOCTORS) == len(RISKS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2400, gen=GenX)
