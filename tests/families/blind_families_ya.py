"""Four more invented families for a forty-seventh blind test of the generic layer: a
teachers' college journal's past-issue table of contents with abstracts (HTML, UTF-8, LF;
every page one column of an issue, the papers' page-and-DOI row ABOVE the ``<h3>`` title on
even pages and AFTER the keywords on odd ones), a special region's official gazette in
traditional letters as its print view (plain text, Big5-HKSCS, CRLF; every page some
dispatches whose number line ``第 22/2024 號X批示`` is their title, under a bare office line,
the gazette's running head cutting sentences), a civil-service exam question bank's
analysis pages (HTML, GBK declared ``charset=GBK`` by ``http-equiv`` on even pages and UTF-8
with BOM declared ``<meta charset="utf-8">`` on odd ones, LF; the question stem is the
title) and a provincial radio-and-TV bureau's monthly TV-drama filing notices (plain text,
GBK, CRLF; every page one month's filings, each under a ``《X》　　（genre · N集）`` line and
a ``备案号：…　｜　报备机构：…`` card, the attached table's page footer cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a journal's table of contents, a region's gazette of dispatches, an exam
question bank, a drama filing list), header shapes, title placement, metadata layout and
labels, chrome wording, page marks and encoding.  On the HTML pages the truth's lines are
the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_ya_qikan`` ('岑川师范学院学报（社会科学版）', HTML, UTF-8 declared ``<meta
  charset="utf-8">``, LF; every page a compilation of 3, 2, 4, 4, 2, 5, 4, 3 papers of one
  column of one issue): ``<title>`` = ``2018年第3期 · column - journal``, ``<meta
  name="citation_publication_date" content="2018/06/25">`` in the head; the journal name, its
  English name, ``ISSN … CN … 双月刊　逢双月25日出版``, a ``|`` nav row, ``当前栏目：过刊浏览 ⟩
  2018年 ⟩ 第3期``, the issue row ``2018年　第40卷　第3期（总第237期）　出版日期：2018-06-25``
  and the column head ``<h2>`` ``栏目 · X`` (all ``header``).  Per paper on even pages:
  ``第 42—47 页　｜　DOI：10.13582/…`` (metadata, neither) ABOVE the ``<h3>`` title, UNDER it
  the authors ``<p>`` (``A，B``) and the unit in full-width parentheses (metadata, neither);
  on odd pages the ``<h3>`` title, UNDER it one row ``A，B　·　unit`` (metadata, neither) and
  AFTER the keywords ``DOI：…　　页码：51—56`` (metadata, neither).  Content: the title, the
  ``摘要：…`` paragraph and the ``关键词：…；…`` line (labels kept) are ONE article.  Per paper
  after it ``[摘要页]　[PDF全文 1.8MB]　[HTML阅读]　已下载 N 次`` (bar).  Chrome at the end: the
  database-licence notice (``notice``), ``« 上一期：…目次`` / ``下一期：…目次 »``
  (``related``), two footer lines (address; ICP number and a masked phone).  Damage:
  ``cjk_space`` (pages 0, 2) or ``comma`` (pages 5, 7) in one abstract; no page marks.
  Meta per paper: published (the issue's 出版日期), author (the names as printed, joined by
  ``，``), origin (the unit), doc_number (the DOI).
* ``sealed_ya_gongbao`` ('鏡洲特別行政區公報', 第二組, plain text of the print view,
  traditional letters, Big5-HKSCS, CRLF; every page a compilation of 2, 4, 3, 5, 2, 3, 4, 3
  dispatches): ``鏡洲特別行政區公報　　第二組`` and ``第 41 期　　2016年11月2日（星期三）``
  (``header``), a ``─`` rule (bar), ``目　錄`` and one ``office：　第 N/Y 號X批示`` line per
  dispatch (``header``), the rule again (bar).  Per dispatch: the bare office line
  ``社會文化司司長辦公室`` (metadata, neither), the number line ``第 135/2016 號社會文化司司長
  批示`` (the title; a content line), the enabling clause ending ``作出本批示：``, the items
  ``一、…；`` / ``二、…。`` / ``三、本批示自公佈翌日起生效。``, the signing date in Chinese
  numerals written with ``零`` (``二零一六年十一月一日``) and the signer row ``社會文化司司長
  歐陽瑜`` (all content, ONE article); dispatches parted by ``＊＊＊＊＊`` (bar).  Page breaks:
  the running head ``第 41 期 — 2016 年 11 月 2 日　　　　鏡洲特別行政區公報 — 第二組　　5338``
  (``page_number``) cuts an ``二、`` item between two CJK letters in one dispatch on pages 1,
  3 and 6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` in another dispatch on
  pages 0, 2, 4, 5 and 7.  Chrome at the end: the rule (bar), ``本網頁所載…以印務局出版之印刷本
  為準。`` (``notice``), ``［列印本頁］　［回到目錄］　［下載 PDF 版本］`` (bar), ``同日出版：…``
  (``related``), the printing bureau's address and the price line (``footer``).  Meta per
  dispatch: issuer (the office line), doc_number (``第 135/2016 號``), published (the
  issue's date, not the signing date).
* ``sealed_ya_zhenti`` ('鹿鸣题库', HTML, LF; even pages GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=GBK">``, odd pages UTF-8 with BOM
  declared ``<meta charset="utf-8">``): ``<title>`` = ``stem start…_exam第N题_真题解析_鹿鸣题库``;
  ``鹿鸣题库 · 公考真题解析``, a nav row and the crumb ``题库首页　＞　category　＞　type　＞
  试题详情`` (``header``).  Even pages: ``试题来源：exam　第88题　｜　收录时间：2023-12-05``
  (metadata, neither) ABOVE the ``<h1>``; odd pages: the ``<h1>`` and UNDER it ``单选题 ｜ exam
  ｜ 第12题 ｜ 更新于2022年8月3日`` (metadata, neither).  The ``<h1>`` is the question stem
  ending ``（　　）。`` (the title).  Content, ONE article: the stem, the material ``<div>``,
  the options ``A．…`` … ``D．…`` (``<li>``), ``【正确答案】X``, ``【解析】…``, ``【名师点拨】…``
  and ``【考点】…``.  Chrome: ``已有N人做过此题　全站正确率N%　易错项：X`` (bar) between the
  options and the answer, ``收藏本题　｜　纠错反馈　｜　加入错题本`` (bar), the copyright line
  and the login prompt (``notice``), ``上一题：…`` / ``下一题：…``, ``同考点练习`` and three
  stems with ``（N%做对）`` (``related``), a footer with a hotline and an ICP number.  Damage:
  one kind per page in the 解析 or 点拨 line, two on pages 3 and 6.  Meta: published, origin
  (the exam's full name).
* ``sealed_ya_beian`` ('岚州省广播电视局', plain text, GBK, CRLF; every page a compilation
  of 4, 3, 5, 2, 4, 3, 5, 4 filings of one month): the page title line ``关于2022年6月全省
  电视剧拍摄制作备案情况的公示_公示公告_岚州省广播电视局``, the site row, ``您所在的位置：网站
  首页 - 公示公告 - 电视剧备案``, the notice's own title and ``文章来源：电视剧管理处　　发布日期：
  2022年7月11日　　浏览次数：N`` (all ``header``), the ``根据《电视剧内容管理规定》…予以公示
  （共N部）…`` preamble (``notice``).  Per filing: ``《雾锁长桥》　　（当代农村 · 40集）``
  (neither; the title is the name inside ``《》``, bare), UNDER it ``备案号：岚剧备字〔2022〕
  第011号　｜　报备机构：X　｜　拍摄地点：Y`` (metadata, neither), then two paragraphs, the first
  opening ``内容提要：`` (content; the label stays); filings parted by ``—　—　—　…`` (bar).
  Page breaks: the attached table's footer ``电视剧拍摄制作备案公示表　　第 2 页　共 6 页``
  (``page_number``) cuts a paragraph between two CJK letters in one filing on pages 2, 5 and
  6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` in another filing on pages 0,
  1, 3, 4 and 7.  Chrome at the end: ``特此公示。``, the bureau and the date (``notice``),
  ``附件下载：….doc（NKB）`` and ``打印正文　｜　关闭页面　｜　返回顶部`` (bar), ``相关阅读：`` and
  two ``· …`` items (``related``), two footer lines (site code; ICP and 公网安备 numbers).
  Meta per filing: issuer (the 报备机构), doc_number (the 备案号), published (the page's
  发布日期).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
journal's column head and issue row are ``header``, a paper's keywords line is content and
its page-and-DOI row metadata wherever it stands, every paper takes the issue's date; a
dispatch's number line is its title AND its first content line (it has no other title), its
office line is metadata (issuer), its signing date and signer row are content, and it takes
the gazette issue's date; the gazette's 目錄 lines are ``header``; a question page's stem is
its title and the options, answer and analysis are one article with it, the answer
statistics row is a bar; a filing's ``《X》（genre · N集）`` line is its title row (the
genre and episode count are dropped), the notice's closing ``特此公示。`` and sign-off belong
to the page (``notice``) and every filing takes the page's date.  Compiled pages: every
``qikan``, ``gongbao`` and ``beian`` page; ``zhenti`` pages are single documents.  ``python
-m tests.families.blind_families_ya`` (seed base 5300) rewrites them and checks the truth
against the pages.

Measured blind once, at the start code of session 21 (main c4fbac0; chrome_bench --sealed,
one folder; F1/residue/titles/counts/repairs/meta): beian .347/.261/0/0/.375/.089, gongbao
.902/.082/0/.375/.625/.154, qikan .916/.008/.667/.75/1/.241, zhenti .92/.071/0/1/1/.25; mean
.771/.106/.167/.531/.750/.183.  Tuning material from then on.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, weekday, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_ya_text import (
    BA_BUREAU,
    BA_DRAMAS,
    BA_FIRMS,
    BA_GENRES,
    BA_PLACES,
    GB_NAME,
    GB_OFFICES,
    GB_REGION,
    QK_COLUMNS,
    QK_JOURNAL,
    QK_PAPERS,
    ZT_EXAMS,
    ZT_QUESTIONS,
    ZT_SITE,
    GenYA,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the journal's table of contents (a compilation, HTML in UTF-8) --------------------------

QK_N = [3, 2, 4, 4, 2, 5, 4, 3]
QK_HURT = {0, 2, 5, 7}


def fam_qikan(g: GenYA, i: int) -> Made:
    """'岑川师范学院学报' past-issue pages, HTML; every page one column of an issue."""
    r = g.r
    k = QK_N[i]
    column = QK_COLUMNS[i % 4]
    picks = r.sample(QK_PAPERS[column], k)
    arts = [g.paper(column, x) for x in picks]
    if i in QK_HURT:
        damage(g, arts[r.randrange(k)], [["cjk_space", "comma"][i % 2]])
    y, q = r.randint(2017, 2023), r.randint(1, 6)
    m, d = 2 * q, r.choice([15, 20, 25, 28])
    date = f"{y:04d}-{m:02d}-{d:02d}"
    first = r.randint(1, 60)
    start = r.randint(1, 12)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{y}年第{q}期 · {column} - {QK_JOURNAL}</title>")
    h.raw(f'<meta name="citation_publication_date" content="{y}/{m:02d}/{d:02d}">')
    h.raw('<link rel="stylesheet" href="/css/qk.css">', "</head>", "<body>")
    h.el("div", QK_JOURNAL, "jname", "header")
    h.el("div", "Journal of Cenchuan Normal University (Social Sciences)", "ename", "header")
    h.el("div", "ISSN 1672-0451　CN 43-1428/C　双月刊　逢双月25日出版", "issn", "header")
    h.links(
        "header",
        ["首页", "本刊简介", "编委会", "投稿须知", "过刊浏览", "下载中心", "联系我们"],
        " | ",
        "nav",
    )
    h.el("div", f"当前栏目：过刊浏览 ⟩ {y}年 ⟩ 第{q}期", "loc", "header")
    h.el(
        "div",
        f"{y}年　第{y - 1978}卷　第{q}期（总第{(y - 1979) * 6 + q}期）　出版日期：{date}",
        "issue",
        "header",
    )
    h.el("h2", f"栏目 · {column}", "lanmu", "header")
    for n, (a, (title, _)) in enumerate(zip(arts, picks, strict=True)):
        last = first + r.randint(5, 9)
        doi = f"10.13582/j.cnki.cqsfxb.{y}.{q:02d}.{start + n:03d}"
        pages = f"第 {first}—{last} 页"
        first = last + 1
        a.meta |= {"published": date, "doc_number": doi}
        h.raw('<div class="paper">')
        if i % 2 == 0:
            h.el("div", f"{pages}　｜　DOI：{doi}", "pp")
            h.el("h3", title)
            h.el("p", a.meta["author"], "au")
            h.el("p", f"（{a.meta['origin']}）", "unit")
            h.body(a)
        else:
            h.el("h3", title)
            h.el("p", f"{a.meta['author']}　·　{a.meta['origin']}", "au")
            h.body(a)
            h.el("div", f"DOI：{doi}　　页码：{pages[2:-2]}", "pp")
        size = r.randint(6, 29) / 10
        h.el(
            "div",
            f"[摘要页]　[PDF全文 {size}MB]　[HTML阅读]　已下载 {r.randint(40, 900)} 次",
            "ops",
            "bar",
        )
        h.raw("</div>")
        a.lines = [title, *a.lines]
    h.el(
        "p",
        "本刊已许可学术期刊数据库以数字化方式复制、汇编和传播本刊全文，"
        "作者稿酬中已包含著作权使用费，如不同意请在来稿时声明。",
        "cpr",
        "notice",
    )
    h.el("div", f"« 上一期：{y}年第{q - 1 if q > 1 else 6}期目次", "prev", "related")
    h.el("div", f"下一期：{y}年第{q + 1 if q < 6 else 1}期目次 »", "next", "related")
    h.el(
        "p",
        f"版权所有 © {QK_JOURNAL}编辑部　地址：岑川市杏坛路9号　邮编：415000",
        "",
        "footer",
    )
    h.el("p", "湘ICP备05012876号　编辑部电话：0736-7186×××", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the gazette's dispatches (a compilation, print text in Big5-HKSCS) ----------------------

GB_N = [2, 4, 3, 5, 2, 3, 4, 3]
GB_BREAK = {1, 3, 6}
GB_HURT = {0, 2, 4, 5, 7}
RULE = "─" * 16


def fam_gongbao(g: GenYA, i: int) -> Made:
    """'鏡洲特別行政區公報' second-series issues, print text; every page some dispatches."""
    r = g.r
    k = GB_N[i]
    y, m, d = g.date()
    offices = sorted(r.sample(GB_OFFICES, k), key=GB_OFFICES.index)
    nos = r.sample(range(8, 260), k)
    arts: list[Art] = [
        g.dispatch(o, no, (y, m, max(1, d - r.randint(2, 9))))
        for o, no in zip(offices, nos, strict=True)
    ]
    wk = r.randint(2, 52)
    folio = counter(r.randint(4000, 9000), 99999, lambda p, t: f"{p}")
    head = f"第 {wk} 期 — {y} 年 {m} 月 {d} 日　　　　{GB_NAME} — 第二組"
    hurt = r.sample(range(k), 2)
    if i in GB_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", f"{head}　　{folio()}")])
    if i in GB_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{GB_NAME}　　第二組"),
            (
                "header",
                f"第 {wk} 期　　{y}年{m}月{d}日（星期{'一二三四五六日'[weekday(y, m, d)]}）",
            ),
            ("bar", RULE),
            ("header", "目　錄"),
            *[("header", f"{o[0]}：　{a.title}") for o, a in zip(offices, arts, strict=True)],
            ("bar", RULE),
        ],
    )
    prev = ""
    for o, a in zip(offices, arts, strict=True):
        lines.append("")
        if prev:
            put(lines, chrome, [("bar", "＊＊＊＊＊")])
            lines.append("")
        if o[0] != prev:
            lines.append(o[0])
        prev = o[0]
        lines += a.page
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", RULE),
            ("notice", f"本網頁所載{GB_NAME}內容僅供參考，一切以印務局出版之印刷本為準。"),
            ("bar", "［列印本頁］　［回到目錄］　［下載 PDF 版本］"),
            ("related", f"同日出版：第 {wk} 期第一組　｜　第 {wk} 期第二組副刊"),
            ("footer", f"{GB_REGION}印務局　地址：鏡洲新填海區官印街二十一號"),
            ("footer", f"每期售價 $ {r.randint(12, 60)}.00　　{y} 印務局版權所有"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the exam question bank (HTML, GBK / UTF-8 with BOM) -------------------------------------

ZT_TWO = {3, 6}


def fam_zhenti(g: GenYA, i: int) -> Made:
    """'鹿鸣题库' question-analysis pages, HTML; one past exam question per page."""
    r = g.r
    a = g.question(i)
    path = ZT_QUESTIONS[i][0]
    exam = ZT_EXAMS[i % len(ZT_EXAMS)]
    no = r.randint(6, 120)
    a.meta["origin"] = exam
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in ZT_TWO else [])
    damage(g, a, kinds)
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')
    else:
        h.raw('<meta charset="utf-8">')
    short = a.title[:12]
    h.raw(f"<title>{short}…_{exam}第{no}题_真题解析_{ZT_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{ZT_SITE} · 公考真题解析", "logo", "header")
    h.links(
        "header", ["首页", "行测题库", "申论题库", "面试真题", "模考大赛", "APP下载"], "　", "nav"
    )
    h.el("div", f"题库首页　＞　{path}　＞　试题详情", "crumb", "header")
    row_even = f"试题来源：{exam}　第{no}题　｜　收录时间：{y}-{m:02d}-{d:02d}"
    row_odd = f"单选题 ｜ {exam} ｜ 第{no}题 ｜ 更新于{y}年{m}月{d}日"
    if i % 2 == 0:
        h.el("div", row_even, "src")
        h.el("h1", a.title)
    else:
        h.el("h1", a.title)
        h.el("div", row_odd, "src")
    body = a.page
    opts = [x for x in body if x[1:2] == "．"]
    h.raw('<div class="q">')
    h.el("div", body[0], "material")
    h.raw('<ul class="opts">')
    for x in opts:
        h.el("li", x)
    h.raw("</ul>", "</div>")
    wrong = r.choice([c for c in "ABCD" if c != ZT_QUESTIONS[i][4]])
    h.el(
        "div",
        f"已有{r.randint(800, 40000)}人做过此题　全站正确率{r.randint(31, 88)}%　易错项：{wrong}",
        "stat",
        "bar",
    )
    h.raw('<div class="jx">')
    for x in body[1 + len(opts) :]:
        h.el("p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "收藏本题　｜　纠错反馈　｜　加入错题本", "tools", "bar")
    h.el(
        "p",
        f"本题解析由{ZT_SITE}教研组编写，仅供备考学习使用，未经书面许可不得转载或用于商业培训。",
        "cp",
        "notice",
    )
    h.el("div", "登录后可同步做题记录和错题本，新用户注册即领3天会员", "login", "notice")
    h.el("div", f"上一题：{exam}第{no - 1}题", "prev", "related")
    h.el("div", f"下一题：{exam}第{no + 1}题", "next", "related")
    h.el("h4", "同考点练习", "", "related")
    others = [q[1] for k, q in enumerate(ZT_QUESTIONS) if k != i]
    h.items(
        "related", [f"{x[:-5]}（{r.randint(40, 95)}%做对）" for x in r.sample(others, 3)], "sim"
    )
    h.el(
        "p",
        f"版权所有 2014-{y} {ZT_SITE}　客服热线：400-61{r.randint(10, 99)}-0{r.randint(100, 999)}"
        "　澄ICP备16008432号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the TV drama filing notices (a compilation, text in GBK) --------------------------------

BA_N = [4, 3, 5, 2, 4, 3, 5, 4]
BA_BREAK = {2, 5, 6}
BA_HURT = {0, 1, 3, 4, 7}


def fam_beian(g: GenYA, i: int) -> Made:
    """'岚州省广播电视局' monthly drama filing notices, text; every page one month's list."""
    r = g.r
    k = BA_N[i]
    titles = r.sample(BA_DRAMAS, k)
    arts = [g.drama(t) for t in titles]
    y, m, d = g.date()
    pm = m - 1 or 12
    py = y if m > 1 else y - 1
    total = r.randint(3, 6)
    folio = counter(2, total, lambda p, t: f"电视剧拍摄制作备案公示表　　第 {p} 页　共 {t} 页")
    hurt = r.sample(range(k), 2)
    if i in BA_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    if i in BA_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    name = f"关于{py}年{pm}月全省电视剧拍摄制作备案情况的公示"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{name}_公示公告_{BA_BUREAU}"),
            ("header", f"{BA_BUREAU}　网站首页　机构概况　政务公开　公示公告　办事服务　互动交流"),
            ("header", "您所在的位置：网站首页 - 公示公告 - 电视剧备案"),
            ("header", name),
            (
                "header",
                f"文章来源：电视剧管理处　　发布日期：{y}年{m}月{d}日"
                f"　　浏览次数：{r.randint(90, 4000)}",
            ),
            (
                "notice",
                f"根据《电视剧内容管理规定》和有关工作要求，现将{py}年{pm}月全省电视剧拍摄制作"
                f"备案情况予以公示（共{k}部），公示期内如有异议，请与我局电视剧管理处联系。",
            ),
        ],
    )
    start = r.randint(1, 40)
    for n, (t, a) in enumerate(zip(titles, arts, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", "—　—　—　—　—　—　—　—")])
            lines.append("")
        genre = r.choice(BA_GENRES)
        eps = r.choice([24, 30, 32, 36, 40])
        firm = r.choice(BA_FIRMS)
        no = f"岚剧备字〔{py}〕第{start + n:03d}号"
        lines.append(f"《{t}》　　（{genre} · {eps}集）")
        lines.append(f"备案号：{no}　｜　报备机构：{firm}　｜　拍摄地点：{r.choice(BA_PLACES)}")
        lines += a.page
        chrome += a.chrome
        a.meta = {"issuer": firm, "doc_number": no, "published": f"{y:04d}-{m:02d}-{d:02d}"}
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "特此公示。"),
            ("notice", BA_BUREAU),
            ("notice", f"{y}年{m}月{d}日"),
            ("bar", f"附件下载：{py}年{pm}月电视剧拍摄制作备案公示表.doc（{r.randint(30, 90)}KB）"),
            ("bar", "打印正文　｜　关闭页面　｜　返回顶部"),
            ("related", "相关阅读："),
            ("related", f"· {BA_BUREAU}关于规范网络微短剧备案管理的通知"),
            ("related", f"· {py}年度全省广播电视优秀节目评选结果公示"),
            (
                "footer",
                f"主办：{BA_BUREAU}　承办：{BA_BUREAU}信息中心　网站标识码：4300000031",
            ),
            ("footer", "岚ICP备13004577号-2　岚公网安备43010202000611号"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_ya_qikan", "sealed", "utf-8", "\n", 8, fam_qikan, "html"),
    BlindFamily("sealed_ya_gongbao", "sealed", "big5hkscs", "\r\n", 8, fam_gongbao),
    BlindFamily(
        "sealed_ya_zhenti", "sealed", "gbk", "\n", 8, fam_zhenti, "html", ("gbk", "utf-8-sig")
    ),
    BlindFamily("sealed_ya_beian", "sealed", "gbk", "\r\n", 8, fam_beian),
]

assert len(ZT_QUESTIONS) == 8 and len(GB_OFFICES) == 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5300, gen=GenYA)
