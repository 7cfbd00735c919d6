"""Four more invented families for a forty-sixth blind test of the generic layer: a Taiwan
city film festival's programme book as text taken from the PDF (plain text, Big5 (cp950),
CRLF; traditional letters; every page one section's screenings, each opening with a
screening row ``場次 D12　11/11（一）12:00　hall`` ABOVE the bare title and a one-line film
card BELOW it, the book's running folio cutting sentences), a railway bureau's passenger
notice board (HTML in GBK declared ``charset=GBK`` by ``http-equiv``, LF; a train table
whose cells are content), a housing-provident-fund centre's policy-interpretation column
(plain text, GBK on even pages and UTF-8 with BOM on odd ones, LF; the file interpreted
named in a row with its doc number) and a city archive's "this day in history" column (HTML,
UTF-8 with BOM, CRLF; every page one calendar day's events, each under a full date row with
its weekday ABOVE its ``<h3>`` title and a source-and-compiler row after its text).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a film festival programme, a railway notice board, a provident-fund policy
column, an archive's history-calendar column), header shapes, title placement, metadata
layout and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's
lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zz_yingzhan`` ('澄灣國際影展' 節目手冊, plain text, Big5 (cp950), CRLF; every page
  a compilation of 3, 2, 4, 5, 3, 2, 4, 3 films): ``第十一屆澄灣國際影展　2024 節目手冊`` and
  the section row ``單元 D｜紀錄長片　Documentary Features`` (``header``), the subtitle-and-★
  note ``本單元影片均附中英文字幕；……`` (``notice``).  Per film: the screening row
  ``場次 D12　11/11（一）12:00　澄灣影城 5 廳`` with an optional ``　★`` (neither; the per-piece
  header, not content), UNDER it the bare Chinese title line (content, the title), UNDER that
  the card ``The Quiet Railway｜導演 鄭雅文｜台灣｜2022｜84 min｜DCP`` (metadata, neither: the
  English title is part of the card, not content), then two synopsis paragraphs (content).
  Films are parted by ``‧　‧　‧`` (bar).  Page breaks: the running folio
  ``澄灣國際影展節目手冊　‧　21`` (``page_number``) cuts a synopsis between two CJK letters in
  one film on pages 1, 3, 5 and 6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q``
  per page in another film (half-width ``,`` on a Big5 page).  Chrome at the end: the ticket
  line ``購票資訊：……`` and the programme-change reservation (``notice``), the organiser line
  ``主辦：……　承辦：……`` (``footer``).  Meta per film: author (the director, from the card);
  no dates (a screening date is not a publication date).
* ``sealed_zz_tiaotu`` ('雁川铁路客运服务网', HTML in GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=GBK">``, LF; the head also carries
  ``<meta name="PubDate">``): ``<title>`` = ``X_雁川铁路客运服务网``; the logo row, a ``｜``
  menu and ``您所在的位置：首页 >> 客运公告`` (``header``).  Even pages: ``<h1>`` title OVER
  ``发布时间：2023-06-21 09:12　　发布部门：调度所　　阅读次数：N`` (metadata, neither); odd
  pages: the kicker ``客运公告　｜　2017.12.14`` (metadata, neither) ABOVE a ``<div>``
  title.  ``字号：【大】【中】【小】　　【打印本页】`` (bar).  The notice (one article with its
  title): the preamble ``……定于…起…，现将有关事项公告如下：``, three ``一、`` heads in
  ``<h4>``, under the first a ``<table>`` of trains whose ``<th>`` and ``<td>`` cells (``车次``
  / ``运行区段`` / ``日期`` / ``安排``, e.g. ``K1116``, ``岑溪北—梅林坳``) are content lines,
  paragraphs, ``特此公告。``, the bureau and the date (content: the sign-off stays in the
  notice).  Chrome: ``【打印本页】　【关闭窗口】　【返回顶部】`` (bar), ``温馨提示：列车开行信息如有
  变化……`` (``notice``), ``其他公告`` and three notice titles (``related``), two footer lines
  (copyright with the 12306 line; ICP and 公网安备).  Damage: one kind on pages 1, 2, 6 and 7,
  two on page 4.  Meta: published, issuer (the bureau).
* ``sealed_zz_gongjijin`` ('岑州住房公积金管理中心' 政策解读, plain text, LF; even pages GBK,
  odd pages UTF-8 with BOM): the centre row ``……　网上服务大厅　|　服务热线 12329``, a ``|``
  menu and ``当前位置：首页 > 政策法规 > 政策解读`` (``header``).  Even pages: the title line
  ``《X》政策解读`` OVER ``解读机关：…　　解读人：Y（政策法规科）　　解读日期：2024年7月12日`` and
  ``解读文件：《X》（岑房金规〔2024〕10号）`` (metadata, neither); odd pages:
  ``【政策解读】　2016-06-02　浏览量：N`` (metadata, neither) ABOVE the title, and AFTER the
  text ``原文：《X》　文号：…`` and ``（发布机构：…　解读人：Y）`` (metadata, neither).  The body
  (content, one article with its title): ``一、制定背景`` … ``四、施行时间`` heads, ``（一）``
  points, two ``问：`` / ``答：`` pairs.  Chrome: ``【打印】　【关闭】　【收藏本页】`` (bar), the
  12329 consultation line (``notice``), ``相关解读：`` and two ``· 《…》政策解读`` lines
  (``related``), two footer lines.  Damage: one kind on every page.  Meta: published,
  doc_number, issuer (the centre), author (the 解读人).
* ``sealed_zz_jintian`` ('桐川档案信息网' 历史上的今天, HTML, UTF-8 with BOM, CRLF; every page
  a compilation of 4, 2, 3, 5, 2, 4, 3, 5 events): ``<title>`` = ``历史上的今天｜12月9日-…``;
  the brand row, a nav row, ``首页 » 档案文化 » 历史上的今天`` and the ``<h1>``
  ``历史上的今天　12月9日`` (all ``header``), ``编者按：……`` (``notice``).  Per event,
  years ascending, parted by ``<hr>``: the date row ``1960年12月9日　星期五``
  (metadata, neither; the per-piece header), the ``<h3>`` title, two paragraphs
  (content), then ``（资料来源：馆藏《桐川县交通局档案》　整理：X）`` (metadata,
  neither).  Chrome: ``« 前一天：12月8日`` / ``后一天：12月10日 »`` (``related``),
  ``分享到：微信　微博　QQ空间`` (bar), the citation request (``notice``), a footer with
  the address and an ICP number.  Damage: one kind in one event on pages 0, 2, 3, 5
  and 7.  Meta per event: published (the event's own date in its date row), origin (the
  archive fonds named in the source row), author (the compiler).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare and the title line is the article's first content
line; dates YYYY-MM-DD; a compilation's page-level header lines are chrome of kind
``header``, its per-piece rows metadata.  Arguable and fixed here: a film's screening row is
its header (neither) and its English title belongs to the card (neither); the programme's
ticket and change notes belong to the page, not to the last film; a railway notice's
table cells, sign-off bureau and date are content of the notice; an interpretation's
``解读文件`` / ``原文`` rows are metadata even when they stand AFTER the text; a history event
is dated by its own date row (not by the page), its source row is metadata.  Compiled pages:
every ``yingzhan`` and ``jintian`` page; the other families are single documents.
``python -m tests.families.blind_families_zz`` (seed base 5200) rewrites them and checks the
truth against the pages.

Measured blind once, HELD OUT for the whole of session 20 (nobody tuning the code opened these
pages), at main 919f44f, the session's landing code (chrome_bench --sealed, one folder;
F1/residue/titles/counts/repairs/meta): yingzhan .716/.229/0/0/.667/0, tiaotu 1/0/1/1/1/1,
gongjijin .944/0/1/1/.875/.375, jintian .872/0/1/1/1/.333; mean .883/.057/.750/.750/.885/.427.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zz_text import (
    GJ_CITY,
    GJ_FILES,
    GJ_ORG,
    GJ_READERS,
    JT_CITY,
    JT_EVENTS,
    JT_KEEPERS,
    JT_SITE,
    TD_DEPTS,
    TD_NOTICES,
    TD_ORG,
    TD_SITE,
    TD_STATIONS,
    YZ_CITY,
    YZ_FEST,
    YZ_FILMS,
    YZ_HALLS,
    YZ_SECTIONS,
    YZ_WEEK,
    GenZZ,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def week(y: int, m: int, d: int) -> str:
    return YZ_WEEK[datetime.date(y, m, d).weekday()]


# -- 1. the film festival programme book (a compilation, Big5 text from the PDF) ----------------

YZ_N = [3, 2, 4, 5, 3, 2, 4, 3]
YZ_BREAK = {1, 3, 5, 6}
YZ_YEAR = 2024


def fam_yingzhan(g: GenZZ, i: int) -> Made:
    """'澄灣國際影展' programme pages, Big5 text; every page one section's screenings."""
    r = g.r
    k = YZ_N[i]
    sec, eng, code = YZ_SECTIONS[i]
    films = r.sample(YZ_FILMS, k)
    arts = [g.film(f) for f in films]
    folio = counter(r.randint(12, 60), 99, lambda p, t: f"{YZ_FEST}節目手冊　‧　{p}")
    hurt = r.sample(range(k), 2)
    if i in YZ_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    damage(g, arts[hurt[1]], [ODD[i % 3]])
    days = sorted(r.sample(range(3, 13), k))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"第十一屆{YZ_FEST}　{YZ_YEAR} 節目手冊"),
            ("header", f"單元 {code}｜{sec}　{eng}"),
            (
                "notice",
                "本單元影片均附中英文字幕；標示★之場次，映後有導演或劇組出席座談。",
            ),
        ],
    )
    first = r.randint(1, 20)
    for n, (f, a, day) in enumerate(zip(films, arts, days, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", "‧　‧　‧")])
            lines.append("")
        star = "　★" if r.random() < 0.5 else ""
        when = f"11/{day}（{week(YZ_YEAR, 11, day)}）{r.randint(10, 21)}:{r.choice(['00', '30'])}"
        lines.append(f"場次 {code}{first + n:02d}　{when}　{r.choice(YZ_HALLS)}{star}")
        lines.append(a.title)
        lines.append(f"{f[1]}｜導演 {f[2]}｜{f[3]}｜{r.randint(2021, 2024)}｜{f[4]} min｜DCP")
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "購票資訊：全票新台幣 280 元，學生及敬老票 230 元，"
                "請於各影城售票口或影展官方網站購買。",
            ),
            ("notice", "主辦單位保留更動放映場次及節目內容之權利，最新訊息以官方網站公告為準。"),
            ("footer", f"主辦：{YZ_CITY}政府文化局　承辦：澄灣影像文化協會"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the railway bureau's passenger notices (HTML, GBK) ----------------------------------------

TD_HURT = {1: 1, 2: 1, 4: 2, 6: 1, 7: 1}


def fam_tiaotu(g: GenZZ, i: int) -> Made:
    """'雁川铁路' passenger notices, HTML in GBK; one notice a page."""
    r = g.r
    st = r.choice(TD_STATIONS)
    a, head, rows = g.rail(i, st)
    if i in TD_HURT:
        damage(g, a, [ODD[(i + j) % 3] for j in range(TD_HURT[i])])
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')
    h.raw(f"<title>{a.title}_{TD_SITE}</title>")
    h.raw(f'<meta name="PubDate" content="{y}-{m:02d}-{d:02d}">', "</head>", "<body>")
    h.el("div", f"{TD_SITE}　{TD_ORG}", "logo", "header")
    h.links(
        "header",
        ["首页", "客运公告", "列车时刻", "票务服务", "重点旅客", "失物招领", "联系我们"],
        "｜",
        "menu",
    )
    h.el("div", "您所在的位置：首页 >> 客运公告", "where", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el(
            "div",
            f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　发布部门：{r.choice(TD_DEPTS)}"
            f"　　阅读次数：{r.randint(300, 20000)}",
            "info",
        )
    else:
        h.el("div", f"客运公告　｜　{y}.{m:02d}.{d:02d}", "kicker")
        h.el("div", a.title, "tt")
    h.el("div", "字号：【大】【中】【小】　　【打印本页】", "fs", "bar")
    h.raw('<div class="content">')
    cells = 4 + 4 * len(rows)
    h.el("p", a.page[0])
    h.el("h4", a.page[1])
    h.raw('<table class="trains">', "<tr>")
    for c in head:
        h.el("th", c)
    h.raw("</tr>")
    for row in rows:
        h.raw("<tr>")
        for c in row:
            h.el("td", c)
        h.raw("</tr>")
    h.raw("</table>")
    for ln in a.page[2 + cells :]:
        if ln[:2] in ("二、", "三、"):
            h.el("h4", ln)
        else:
            for part in ln.split("\n"):
                if part:
                    h.el("p", part)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "【打印本页】　【关闭窗口】　【返回顶部】", "tools", "bar")
    h.el(
        "p",
        "温馨提示：列车开行信息如有变化，以车站公告和铁路12306网站公布为准。",
        "tip",
        "notice",
    )
    h.el("h4", "其他公告", "", "related")
    others = [
        x[0].format(y=y, m=r.randint(1, 12), d=r.randint(1, 28), st=r.choice(TD_STATIONS))
        for k, x in enumerate(TD_NOTICES)
        if k != i
    ]
    h.items("related", r.sample(others, 3), "more")
    h.el("p", f"{TD_ORG}版权所有　客户服务电话：12306", "", "footer")
    h.el("p", "雁ICP备05001234号　雁公网安备61010302000001号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the provident-fund centre's policy interpretations (text, GBK / UTF-8 with BOM) -----------


def fam_gongjijin(g: GenZZ, i: int) -> Made:
    """'岑州公积金' policy interpretations, text; one a page."""
    r = g.r
    a = g.policy(i)
    damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    name = GJ_FILES[i][0]
    no = a.meta["doc_number"]
    who = r.choice(GJ_READERS)
    a.meta["author"] = who
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{GJ_ORG}　网上服务大厅　|　服务热线 12329"),
            ("header", "首页 | 中心概况 | 政策法规 | 政策解读 | 办事指南 | 信息公开 | 互动交流"),
            ("header", "当前位置：首页 > 政策法规 > 政策解读"),
        ],
    )
    lines.append("")
    if i % 2 == 0:
        lines.append(a.title)
        lines.append(
            f"解读机关：{GJ_ORG}　　解读人：{who}（政策法规科）　　解读日期：{y}年{m}月{d}日"
        )
        lines.append(f"解读文件：《{name}》（{no}）")
        lines.append("")
        lines += a.page
    else:
        lines.append(f"【政策解读】　{y}-{m:02d}-{d:02d}　浏览量：{r.randint(200, 9000)}")
        lines.append(a.title)
        lines.append("")
        lines += a.page
        lines.append("")
        lines.append(f"原文：《{name}》　文号：{no}")
        lines.append(f"（发布机构：{GJ_ORG}　解读人：{who}）")
    a.lines = [a.title, *a.lines]
    lines.append("")
    others = [x[0] for k, x in enumerate(GJ_FILES) if k != i]
    put(
        lines,
        chrome,
        [
            ("bar", "【打印】　【关闭】　【收藏本页】"),
            (
                "notice",
                "政策咨询请拨打住房公积金服务热线12329（工作日8:30—17:30），"
                "或登录中心网上服务大厅留言。",
            ),
            ("related", "相关解读："),
            *[("related", f"· 《{x}》政策解读") for x in r.sample(others, 2)],
            (
                "footer",
                f"主办单位：{GJ_ORG}　地址：{GJ_CITY}文昌路12号　邮编：51{r.randint(1000, 9999)}",
            ),
            ("footer", "岑ICP备13004567号-2　网站标识码：5101000033"),
        ],
    )
    return lines, [a], chrome, False


# -- 4. the archive's "this day in history" column (a compilation, HTML in UTF-8 with BOM) --------

JT_N = [4, 2, 3, 5, 2, 4, 3, 5]
JT_HURT = {0, 2, 3, 5, 7}


def fam_jintian(g: GenZZ, i: int) -> Made:
    """'桐川档案' 历史上的今天 pages, HTML; every page one day's events."""
    r = g.r
    k = JT_N[i]
    m, d = r.randint(1, 12), r.randint(2, 27)
    years = sorted(r.sample(range(1950, 1986), k))
    arts: list[Art] = [
        g.event(ev, yr) for ev, yr in zip(r.sample(JT_EVENTS, k), years, strict=True)
    ]
    if i in JT_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>历史上的今天｜{m}月{d}日-{JT_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{JT_SITE}　{JT_CITY}市档案馆主办", "brand", "header")
    h.links(
        "header", ["首页", "馆务动态", "档案文化", "档案查询", "编研成果", "网上展厅"], "　", "nav"
    )
    h.el("div", "首页 » 档案文化 » 历史上的今天", "crumb", "header")
    h.el("h1", f"历史上的今天　{m}月{d}日", "", "header")
    h.el(
        "p",
        f"编者按：翻开馆藏档案，重温{JT_CITY}发展路上的一个个“第一次”。",
        "intro",
        "notice",
    )
    for n, (a, yr) in enumerate(zip(arts, years, strict=True)):
        if n:
            h.raw("<hr>")
        h.raw('<div class="event">')
        h.el("div", f"{yr}年{m}月{d}日　星期{YZ_WEEK[datetime.date(yr, m, d).weekday()]}", "yr")
        h.el("h3", a.title)
        h.body(a)
        fonds, keeper = a.meta["origin"], r.choice(JT_KEEPERS)
        h.el("p", f"（资料来源：馆藏《{fonds}》　整理：{keeper}）", "src")
        h.raw("</div>")
        a.meta.update({"published": f"{yr:04d}-{m:02d}-{d:02d}", "author": keeper})
        a.lines = [a.title, *a.lines]
    h.el("div", f"« 前一天：{m}月{d - 1}日", "prev", "related")
    h.el("div", f"后一天：{m}月{d + 1}日 »", "next", "related")
    h.el("div", "分享到：微信　微博　QQ空间", "share", "bar")
    h.el("p", "本栏目内容依据馆藏档案整理编写，转载引用请注明出处。", "stmt", "notice")
    h.el(
        "p",
        f"主办：{JT_CITY}市档案馆　地址：{JT_CITY}市府前路3号　桐ICP备10002345号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_zz_yingzhan", "sealed", "cp950", "\r\n", 8, fam_yingzhan),
    BlindFamily("sealed_zz_tiaotu", "sealed", "gbk", "\n", 8, fam_tiaotu, "html"),
    BlindFamily(
        "sealed_zz_gongjijin", "sealed", "gbk", "\n", 8, fam_gongjijin, "txt", ("gbk", "utf-8-sig")
    ),
    BlindFamily("sealed_zz_jintian", "sealed", "utf-8-sig", "\r\n", 8, fam_jintian, "html"),
]

assert len(TD_NOTICES) == 8 and len(GJ_FILES) == 8 and len(YZ_SECTIONS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5200, gen=GenZZ)
