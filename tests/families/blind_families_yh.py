"""Four more invented families for a blind test of the generic layer (set ``yh``): a city
farm-produce wholesale market's daily price report (HTML, UTF-8 without BOM declared ``<meta
charset="utf-8">``, CRLF; every page one day's report compiling several produce categories,
each under a ``【蔬菜】　上市量 N 吨　·　均价 X 元/公斤　·　环比 ↑2.1%`` market strip ABOVE its
``<h3>`` headline, its price rows ``<li>`` lines of names and figures), a city hospital's
outpatient clinic timetables (HTML, GBK declared ``<meta charset="gbk">``, LF; one department
per page, the doctors in a ``<table>`` whose every cell is a visible line on even pages and
in weekday rows on odd ones), a Taiwan county chronicle's digitized 人物志 (plain text, Big5
(cp950), CRLF; traditional letters; every page one chapter's biographies, each under a
``【人物志．鄉賢　第2則】　原書第412頁`` row ABOVE the bare NAME as its title and a 生卒年 row
BELOW it, the original book's folio ``〈原書頁413〉`` cutting sentences) and a city ecology
bureau's EIA pre-approval notices in a print view (plain text, LF, GB18030 on even pages and
UTF-8 with BOM on odd ones; every page one batch of projects, each under a ``序号 02 ／ 受理号
LZHP〔2019〕386号 ／ 报告表`` row ABOVE the bare title and a 建设单位 / 环评单位 row BELOW it,
the print view's ``第 1 页 ／ 共 4 页`` cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a wholesale market's price report, a hospital's clinic timetable, a chronicle's
biographies, an EIA pre-approval board: the earlier library, EIA, clinic, chronicle and TV
families are a city library's book bulletins, one developer's first EIA notice, vaccination
notices, single chronicle volumes and programme previews), header shapes, title placement,
metadata layout and labels, chrome wording, page marks and encoding.  On the HTML pages the
truth's lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yh_hangqing`` ('澧洲农产品中心批发市场' 每日行情, HTML, UTF-8 without BOM declared
  ``<meta charset="utf-8">``, CRLF; every page a compilation of 3, 4, 2, 5, 3, 4, 2, 3
  categories of one day): ``<title>`` = ``2018年5月6日农产品批发价格日报_价格行情_market``; the
  logo ``澧洲农批 · 菜篮子价格信息平台``, a `` · `` nav row, ``位置：市场首页 ＞ 价格行情 ＞
  每日日报``, the ``<h1>`` ``农产品批发价格日报（2018年5月6日　星期日）``, the row ``编发：市场信息
  科　　数据截至 07:30　　第 41 期`` (all ``header``), the
  ``本日报所列价格……不作为交易结算依据。`` line (``notice``) and the day's summary
  ``今日全场农产品交易量N吨，综合批发价格指数X（上年同期为100）。`` (``header``: it is the
  page's, not a category's).  Per category: the strip
  ``【水产】　上市量 388 吨　·　均价 28.03 元/公斤　·　环比 ↑3.0%`` (neither), the ``<h3>``
  headline (``小龙虾集中上市，批发价较上周明显下调``; the title, bare, and the first content
  line), a market paragraph, the head line ``品名　　产地　　最高价　最低价　平均价（元/公斤）`` and
  3-5 rows ``带鱼　　浙江　　43.23　　30.17　　35.89`` (each an ``<li>``; content), the
  ``后市预测：…`` paragraph (content) and ``（采价：市场信息科　X）`` (metadata, neither).
  Chrome at the end: ``数据下载：Excel版　｜　PDF版　｜　订阅短信推送`` (``bar``),
  ``往期日报：5月5日　5月4日　5月3日`` (``related``), the price-hotline-and-address line and the
  ``© year market　湘ICP备…`` line (``footer``).  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` in one category's paragraph on pages 0, 2, 3, 5 and 6; no page breaks.  Meta
  per category: author (the 采价 clerk), published (the report's day, printed only in the
  Chinese form of the ``<h1>`` and ``<title>``).
* ``sealed_yh_chuzhen`` ('澧洲市第二人民医院' 门诊出诊时间, HTML, GBK declared ``<meta
  charset="gbk">``, LF; single pages, one department each): ``<title>`` = ``X门诊出诊时间表-
  就医指南-hospital``; the logo ``澧洲市第二人民医院　二级甲等综合医院``, a `` | `` nav row and
  ``首页 > 就医指南 > 门诊出诊时间`` (``header``), ``预约挂号　｜　智能导诊　｜　报告查询　｜
  来院导航`` (``bar``) ABOVE the ``<h1>`` title ``心血管内科门诊出诊时间表``.  Even pages: UNDER
  the title ``更新日期：2018-02-18　｜　信息来源：门诊办公室　｜　浏览：780次`` (metadata,
  neither); odd pages: no row there but ``（医务部　2021年9月1日更新）`` AFTER the body
  (metadata, neither).  ONE article with the title: the ``<h3>`` heads ``科室简介`` / ``出诊安排``
  / ``就诊须知``, the department paragraph, on even pages a ``<table>`` whose head cells
  ``医生`` / ``职称`` / ``出诊时间`` / ``号别`` and whose 4-6 doctors' cells (``甘志明`` /
  ``主任医师`` / ``周五上午、周六上午`` / ``专家号``) are each one visible line, on odd pages
  weekday rows ``周三上午　莫建国（主治医师）　卢永康（主治医师）``, the ``诊室位置：…`` line
  and the 就诊须知 paragraph (all content).  Chrome: ``出诊信息如有临时变动……敬请谅解。``
  (``notice``), ``其他科室出诊时间`` and three ``X门诊出诊时间表`` items (``related``), the
  address-and-phones line and the copyright-and-ICP line (``footer``).  Damage: one kind on
  pages 1, 2, 4, 6 and 7.  Meta: published (the update day), origin (信息来源 / the office
  in the closing row).
* ``sealed_yh_renwu`` ('嘉禾縣史館' 縣志數位典藏, plain text, Big5 (cp950), CRLF; traditional
  letters; every page a compilation of 3, 2, 4, 3, 5, 2, 3, 4 biographies of one chapter of
  卷八 人物志): ``嘉禾縣史館　縣志數位典藏系統``, ``首頁 ＞ 縣志全文 ＞ 卷八　人物志 ＞ 第三章
  耆宿``, ``《嘉禾縣志》卷八　人物志（民國八十六年六月修纂出版）`` and ``上線日期：2018-02-11
  典藏編號：JH-08-03`` (all ``header``), the transcription notice ``本系統全文依原書逐字校錄……
  引用時請以紙本為準。`` (``notice``).  Per biography (parted by blank lines only): the row
  ``【人物志．耆宿　第2則】　原書第400頁`` (neither), the bare NAME (``楊耀宗``; the title and
  the first content line), ``生卒年：1925—2007　｜　籍貫：嘉禾縣溪口鎮`` (neither), three
  paragraphs with ROC years in Chinese numerals (``民國前二十六年生``, ``民國九十六年病逝``;
  content) and ``〈執筆　溫雅婷〉`` (metadata, neither).  Page breaks: the original book's
  folio ``〈原書頁401〉`` (``page_number``) cuts a paragraph between two CJK letters in one
  biography on pages 1, 4 and 6 (the following rows' folios count on).  Damage: one kind in
  another biography on pages 0, 1, 3, 4, 6 and 7.  Chrome at the end: ``上一節：第二章　鄉賢``
  / ``下一節：第四章　教育`` (``related``), ``列印本節　｜　引用格式　｜　全文檢索　｜　意見回饋``
  (``bar``), the archive's address line and the commission-and-copyright line (``footer``).
  Meta per biography: author (the 執筆 writer), published (the archive's 上線日期).
* ``sealed_yh_huanping`` ('澧洲市生态环境局' 审批前公示, plain text, LF, GB18030 on even pages
  and UTF-8 with BOM on odd ones; every page a compilation of 3, 2, 4, 3, 2, 5, 3, 4
  projects of one batch): ``澧洲市生态环境局　政务公开``, a space-parted nav row, ``所在位置：
  首页 » 环评审批 » 审批前公示``, the batch title ``…拟作出审批决定的建设项目环境影响评价文件公示
  （2019年第9批）`` and ``发布时间：2019-10-18 08:59　　发布机构：行政审批科　　访问量：106``
  (all ``header``), the preamble ``根据建设项目环境影响评价审批程序的有关规定……公示期为…（5个
  工作日）。`` (``notice``).  Per project: ``序号 02 ／ 受理号 LZHP〔2019〕386号 ／ 报告表``
  (neither; the doc number is read from it), the bare title (``澧洲市城市排水有限公司城北污水处理
  厂提标改造工程``; the first content line), ``建设单位：X　｜　环评单位：Y`` (metadata,
  neither), five labelled lines ``建设地点：…`` / ``项目概况：…`` / ``主要环境影响及防治措施：…``
  / ``公众参与情况：…`` / ``拟审批意见：…`` (content; the labels stay), then the rule
  ``·－·－…`` (``bar``, after each project, the last included).  Page breaks: the print
  view's ``第 1 页 ／ 共 4 页`` (``page_number``) cuts a paragraph between two CJK letters in
  one project on pages 1, 3 and 5.  Damage: one kind in another project on pages 0, 2, 3, 4,
  6 and 7.  Chrome at the end: the objection-and-hearing line and the phone-and-mail line
  (``notice``), ``附件：…（公示版）.rar`` (``related``), ``打印本页　｜　关闭窗口　｜　加入收藏``
  (``bar``), the sponsor-and-site-code line and the ICP-and-公网安备 line (``footer``).  Meta
  per project: published (the batch's 发布时间), doc_number (``LZHP〔2019〕386号``), origin
  (the 建设单位).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare and are the first content line of their piece; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
metadata or neither.  Arguable and fixed here: a price category's market strip is neither
(a per-piece row, not chrome) and its price head line and figure rows are content, the
day's summary line is the page's ``header`` and every category takes the report's day; a
timetable's table cells (the head cells too) and weekday rows are content, one line per
cell, and the appointment bar above the title is chrome (``bar``); a biography's title is the
person's name alone (the 則 row and the 生卒年 row are neither), its published date is the
archive's 上線日期 (the book's 民國八十六年六月 has no day, and the years in the text are births
and deaths); an EIA project's 受理号 row is neither though the doc number comes from it, its
origin is the 建设单位 (not the bureau), its 拟审批意见 line is content, and the preamble and
the closing objection lines belong to the page (``notice``).  Compiled pages: every
``hangqing``, ``renwu`` and ``huanping`` page; ``chuzhen`` pages are single documents.
``python -m tests.families.blind_families_yh`` (seed base 6000) rewrites them and checks the
truth against the pages.

Measured blind (held out all session 24: nobody tuning the code opened it), per family
(F1/residue/titles/counts/repairs/meta), at the session's start code (b2517ad3) → its end
code (6cac9bdb): chuzhen .985/0/1/1/1/.5 → same; hangqing .888/.182/0/0/1/0 →
.886/.182/.038/0/1/0; huanping .975/0/.692/1/1/.333 → same; renwu .911/.229/1/1/.667/.5 →
same.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yh_text import (
    CZ_DEPTS,
    CZ_FROM,
    CZ_HALF,
    CZ_HOSP,
    FZ_ARCHIVE,
    FZ_GIVEN,
    FZ_KINDS,
    FZ_SURNAME,
    FZ_TOWNS,
    FZ_WRITERS,
    HP_BUREAU,
    HP_PREPARERS,
    HP_PROJECTS,
    HQ_CATS,
    HQ_CLERKS,
    HQ_MARKET,
    GenYH,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"
NUM = "一二三四五六七八九十"


# -- 1. the wholesale market's daily price report (a compilation, HTML, UTF-8) ------------------

HQ_N = [3, 4, 2, 5, 3, 4, 2, 3]
HQ_HURT = {0: "comma", 2: "stray_q", 3: "cjk_space", 5: "comma", 6: "stray_q"}


def fam_hangqing(g: GenYH, i: int) -> Made:
    """'澧洲农产品中心批发市场' daily price report, HTML; every page one day's categories."""
    r = g.r
    k = HQ_N[i]
    y, m, d = g.date()
    wd = WEEK[datetime.date(y, m, d).weekday()]
    cats = r.sample(list(HQ_CATS), k)
    made = [g.quote(c, r.choice(HQ_CLERKS)) for c in cats]
    arts = [a for a, _ in made]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    if i in HQ_HURT:
        damage(g, arts[r.randrange(k)], [HQ_HURT[i]])
    no = 40 + i * 3 + r.randint(0, 2)
    name = f"农产品批发价格日报（{y}年{m}月{d}日　星期{wd}）"
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.raw(f"<title>{y}年{m}月{d}日农产品批发价格日报_价格行情_{HQ_MARKET}</title>")
    h.raw('<link rel="stylesheet" href="/static/hq.css">', "</head>", "<body>")
    h.el("div", "澧洲农批 · 菜篮子价格信息平台", "logo", "header")
    h.links(
        "header",
        ["市场首页", "价格行情", "市场动态", "商户名录", "检测公示", "联系我们"],
        " · ",
        "nav",
    )
    h.el("div", "位置：市场首页 ＞ 价格行情 ＞ 每日日报", "pos", "header")
    h.el("h1", name, "", "header")
    h.el(
        "div",
        f"编发：市场信息科　　数据截至 {r.randint(5, 7):02d}:30　　第 {no} 期",
        "sub",
        "header",
    )
    h.el(
        "p",
        "本日报所列价格为当日早市主要成交价，仅供参考，不作为交易结算依据。",
        "tip",
        "notice",
    )
    h.el(
        "p",
        f"今日全场农产品交易量{r.randint(2200, 4800)}吨，"
        f"综合批发价格指数{r.randint(960, 1120) / 10:.1f}（上年同期为100）。",
        "zs",
        "header",
    )
    for a, strip in made:
        h.raw('<section class="cat">')
        h.el("div", strip, "strip")
        h.el("h3", a.title)
        h.el("p", a.page[0])
        h.raw('<ul class="price">')
        for x in a.page[1:-1]:
            h.el("li", x)
        h.raw("</ul>")
        h.el("p", a.page[-1])
        h.el("p", f"（采价：市场信息科　{a.meta['author']}）", "by")
        h.raw("</section>")
        a.lines = [a.title, *a.lines]
    h.el("div", "数据下载：Excel版　｜　PDF版　｜　订阅短信推送", "dl", "bar")
    back = [datetime.date(y, m, d) - datetime.timedelta(days=j) for j in (1, 2, 3)]
    h.el(
        "div",
        "往期日报：" + "　".join(f"{x.month}月{x.day}日" for x in back),
        "old",
        "related",
    )
    h.el(
        "p",
        f"价格咨询：0736-7{r.randint(100000, 999999)}（每日 5:30—17:00）　"
        f"地址：澧洲市澧阳路{r.randint(100, 900)}号",
        "",
        "footer",
    )
    h.el(
        "p",
        f"© {y} {HQ_MARKET}　湘ICP备1{r.randint(1000000, 9999999)}号-1",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the hospital's outpatient timetables (single pages, HTML, GBK) --------------------------

CZ_HURT = {1: "cjk_space", 2: "comma", 4: "stray_q", 6: "comma", 7: "cjk_space"}


def fam_chuzhen(g: GenYH, i: int) -> Made:
    """'澧洲市第二人民医院' outpatient timetable of one department, HTML in GBK; a table on
    even pages, weekday rows on odd ones."""
    r = g.r
    dept = CZ_DEPTS[i]
    title = f"{dept[0]}门诊出诊时间表"
    docs = g.doctors(r.randint(4, 6))
    intro = g.dept_intro(dept)
    tips = g.dept_tips()
    lines = ["科室简介", *intro, "出诊安排"]
    if i % 2 == 0:
        lines += ["医生", "职称", "出诊时间", "号别"]
        for x in docs:
            lines += list(x)
    else:
        by_half: dict[str, list[str]] = {}
        for name, rank, days, _ in docs:
            for half in days.split("、"):
                by_half.setdefault(half, []).append(f"{name}（{rank}）")
        lines += [f"{x}　" + "　".join(by_half[x]) for x in CZ_HALF if x in by_half]
    lines += [f"诊室位置：{dept[3]}，请按楼层指引到相应候诊区候诊。", "就诊须知", *tips]
    y, m, d = g.date()
    origin = r.choice(CZ_FROM)
    a = Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": origin})
    if i in CZ_HURT:
        damage(g, a, [CZ_HURT[i]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gbk">')
    h.raw(f"<title>{title}-就医指南-{CZ_HOSP}</title>")
    h.raw('<script src="/js/common.js"></script>', "</head>", "<body>")
    h.el("div", f"{CZ_HOSP}　二级甲等综合医院", "logo", "header")
    h.links(
        "header",
        ["医院概况", "就医指南", "科室导航", "专家介绍", "健康科普", "院务公开"],
        " | ",
        "nav",
    )
    h.el("div", "首页 > 就医指南 > 门诊出诊时间", "crumb", "header")
    h.el("div", "预约挂号　｜　智能导诊　｜　报告查询　｜　来院导航", "quick", "bar")
    h.el("h1", title)
    if i % 2 == 0:
        h.el(
            "div",
            f"更新日期：{y}-{m:02d}-{d:02d}　｜　信息来源：{origin}　｜　"
            f"浏览：{r.randint(200, 9000)}次",
            "info",
        )
    heads = {"科室简介", "出诊安排", "就诊须知"}
    cells = 4 + 4 * len(docs) if i % 2 == 0 else 0
    at = 0
    while at < len(a.page):
        x = a.page[at]
        if x in heads:
            h.el("h3", x)
            if x == "出诊安排" and cells:
                h.raw('<table class="cz">')
                for row in range(0, cells, 4):
                    h.raw("<tr>")
                    for c in a.page[at + 1 + row : at + 5 + row]:
                        h.el("th" if row == 0 else "td", c)
                    h.raw("</tr>")
                h.raw("</table>")
                at += cells
        else:
            h.el("p", x)
        at += 1
    a.lines = [a.title, *a.lines]
    if i % 2 == 1:
        h.el("p", f"（{origin}　{y}年{m}月{d}日更新）", "upd")
    h.el(
        "p",
        "出诊信息如有临时变动，以医院微信公众号及门诊大厅电子屏公布为准，敬请谅解。",
        "warn",
        "notice",
    )
    h.el("h4", "其他科室出诊时间", "", "related")
    h.items(
        "related",
        [f"{x[0]}门诊出诊时间表" for x in r.sample([x for x in CZ_DEPTS if x != dept], 3)],
        "other",
    )
    h.el(
        "p",
        f"地址：澧洲市人民路{r.randint(10, 300)}号　急诊电话：0736-120　"
        f"预约电话：0736-7{r.randint(100000, 999999)}",
        "",
        "footer",
    )
    h.el("p", f"版权所有 {CZ_HOSP}　湘ICP备0{r.randint(1000000, 9999999)}号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the county chronicle's biographies (a compilation, Big5 text) ---------------------------

FZ_N = [3, 2, 4, 3, 5, 2, 3, 4]
FZ_BREAK = {1, 4, 6}
FZ_HURT = {0: "cjk_space", 1: "stray_q", 3: "comma", 4: "cjk_space", 6: "stray_q", 7: "comma"}


def fam_renwu(g: GenYH, i: int) -> Made:
    """'嘉禾縣志' 人物志 in the archive's full-text view, Big5 text; every page one 節."""
    r = g.r
    k = FZ_N[i]
    y, m, d = g.date()
    kind = FZ_KINDS[i % len(FZ_KINDS)]
    names: list[str] = []
    while len(names) < k:
        x = r.choice(FZ_SURNAME) + r.choice(FZ_GIVEN)
        if x not in names:
            names.append(x)
    made = [g.bio(x, r.choice(FZ_TOWNS), r.choice(FZ_WRITERS), kind) for x in names]
    arts = [a for a, _ in made]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    hurt = r.sample(range(k), 2)
    page0 = 380 + i * 17 + r.randint(0, 5)
    folios = []
    p = page0
    for j in range(k):
        folios.append(p)
        p += 1 + (j == hurt[0] and i in FZ_BREAK)
    if i in FZ_BREAK:
        mark = f"〈原書頁{folios[hurt[0]] + 1}〉"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i in FZ_HURT:
        damage(g, arts[hurt[1]], [FZ_HURT[i]])
    sec = i % 5 + 2
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{FZ_ARCHIVE}　縣志數位典藏系統"),
            ("header", f"首頁 ＞ 縣志全文 ＞ 卷八　人物志 ＞ 第{NUM[sec - 1]}章　{kind}"),
            ("header", "《嘉禾縣志》卷八　人物志（民國八十六年六月修纂出版）"),
            ("header", f"上線日期：{y}-{m:02d}-{d:02d}　　典藏編號：JH-08-{sec:02d}"),
            (
                "notice",
                "本系統全文依原書逐字校錄，原書異體字已改為通行字；引用時請以紙本為準。",
            ),
        ],
    )
    for n, ((a, row), folio) in enumerate(zip(made, folios, strict=True)):
        lines.append("")
        lines.append(f"【人物志．{kind}　第{n + 1}則】　原書第{folio}頁")
        lines.append(a.title)
        lines.append(row)
        lines += a.page
        lines.append(f"〈執筆　{a.meta['author']}〉")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"上一節：第{NUM[sec - 2]}章　{FZ_KINDS[(i - 1) % len(FZ_KINDS)]}"),
            ("related", f"下一節：第{NUM[sec]}章　{FZ_KINDS[(i + 1) % len(FZ_KINDS)]}"),
            ("bar", "列印本節　｜　引用格式　｜　全文檢索　｜　意見回饋"),
            (
                "footer",
                f"{FZ_ARCHIVE}　地址：嘉禾縣太保市祥和路{r.randint(10, 99)}號　"
                f"電話：(05)36{r.randint(10000, 99999)}",
            ),
            ("footer", "本系統由嘉禾縣政府文化觀光局委託建置　著作權所有　請勿轉載"),
        ],
    )
    return lines, arts, chrome, True


# -- 4. the ecology bureau's EIA pre-approval notices (a compilation, text) ---------------------

HP_N = [3, 2, 4, 3, 2, 5, 3, 4]
HP_BREAK = {1, 3, 5}
HP_RULE = "·－·－·－·－·－·－·－·－·－·－·－·－·－·"


def fam_huanping(g: GenYH, i: int) -> Made:
    """'澧洲市生态环境局' 审批前公示 batches in a print view, text; GB18030 / UTF-8 BOM."""
    r = g.r
    k = HP_N[i]
    y, m, d = g.date()
    picks = r.sample(HP_PROJECTS, k)
    arts = [g.project(f, p, w, (y, m, d)) for f, p, w in picks]
    batch = 6 + i * 2 + r.randint(0, 1)
    docs = sorted(r.sample(range(100, 400), k))
    for a, no in zip(arts, docs, strict=True):
        a.meta["doc_number"] = f"LZHP〔{y}〕{no}号"
    hurt = r.sample(range(k), 2)
    page_no = counter(1, r.randint(3, 4), lambda p, t: f"第 {p} 页 ／ 共 {t} 页")
    if i in HP_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in (0, 2, 3, 4, 6, 7):
        damage(g, arts[hurt[1]], [ODD[(i + 1) % 3]])
    end = datetime.date(y, m, d) + datetime.timedelta(days=6)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{HP_BUREAU}　政务公开"),
            ("header", "首页　机构概况　政务公开　环境质量　环评审批　互动交流"),
            ("header", "所在位置：首页 » 环评审批 » 审批前公示"),
            (
                "header",
                f"{HP_BUREAU}拟作出审批决定的建设项目环境影响评价文件公示（{y}年第{batch}批）",
            ),
            (
                "header",
                f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　发布机构：行政审批科　　"
                f"访问量：{r.randint(60, 900)}",
            ),
            (
                "notice",
                f"根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对下列{k}个建设项目"
                f"环境影响评价文件作出审批决定，现予公示。公示期为{y}年{m}月{d}日至"
                f"{end.year}年{end.month}月{end.day}日（5个工作日）。",
            ),
        ],
    )
    for n, (a, (firm, _, _)) in enumerate(zip(arts, picks, strict=True)):
        lines.append("")
        kind = "报告书" if r.random() < 0.3 else "报告表"
        lines.append(f"序号 {n + 1:02d} ／ 受理号 {a.meta['doc_number']} ／ {kind}")
        lines.append(a.title)
        lines.append(f"建设单位：{firm}　｜　环评单位：{r.choice(HP_PREPARERS)}")
        lines += a.page
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        lines.append("")
        put(lines, chrome, [("bar", HP_RULE)])
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "公示期间，公民、法人和其他组织可通过电话、信函或电子邮件反映意见；"
                "对拟审批项目有听证申请的，请在公示期内书面提出。",
            ),
            (
                "notice",
                f"联系电话：0736-7{r.randint(100000, 999999)}　"
                f"电子邮箱：lzhbsp@{r.choice(['163.com', '126.com'])}",
            ),
            ("related", f"附件：{y}年第{batch}批拟审批项目环评文件（公示版）.rar"),
            ("bar", "打印本页　｜　关闭窗口　｜　加入收藏"),
            (
                "footer",
                f"主办：{HP_BUREAU}　承办：澧洲市生态环境信息中心　"
                f"网站标识码：4307{r.randint(100000, 999999)}",
            ),
            (
                "footer",
                f"湘ICP备1{r.randint(1000000, 9999999)}号　"
                f"湘公网安备 43070202000{r.randint(100, 999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_yh_hangqing", "sealed", "utf-8", "\r\n", 8, fam_hangqing, "html"),
    BlindFamily("sealed_yh_chuzhen", "sealed", "gbk", "\n", 8, fam_chuzhen, "html"),
    BlindFamily("sealed_yh_renwu", "sealed", "cp950", "\r\n", 8, fam_renwu),
    BlindFamily(
        "sealed_yh_huanping",
        "sealed",
        "gb18030",
        "\n",
        8,
        fam_huanping,
        "txt",
        ("gb18030", "utf-8-sig"),
    ),
]

assert len(CZ_DEPTS) == 8 and len(HQ_CATS) >= 5 and len(HP_PROJECTS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6000, gen=GenYH)
