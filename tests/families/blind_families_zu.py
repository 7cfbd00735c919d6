"""Four more invented families for a forty-fourth blind test of the generic layer: a county
agricultural technology extension centre's field-service log selections printed from a
browser (plain text, GB18030 on even pages and UTF-16 with BOM on odd ones, CRLF; every page
a compilation of logs, each under a diary-style date and weather row, the browser's print
footer and header cutting sentences), a university academic-affairs office's notice board
(HTML, UTF-8 with BOM, LF; a sidebar BEFORE the main column, the metadata as one ``<li>`` per
field or one ``|`` row ABOVE the title), a city real-estate registration centre's weekly
lists of registration announcements (HTML, CRLF, UTF-8 with BOM on even pages and GBK
declared by ``http-equiv`` on odd ones; every page a compilation whose pieces open with a
``◆type　→　公告期 start—end`` row and carry a party table) and a Taiwan county council's
minutes, the proposals part, as text from the PDF (plain text, Big5 (cp950), LF; traditional
letters; every page a compilation of ``第N案`` proposals whose title stands inside a
``案由：…，請公決案。`` row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (an extension centre's service logs, an academic-affairs notice board, a
registration centre's announcements, a county council's minutes), header shapes, title
placement, metadata layout and labels, chrome wording, page marks and encoding mix.  On the
HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zu_rizhi`` ('澧川县农业技术推广中心' 科技特派员服务日志选编, plain text printed from a
  browser, CRLF; even pages GB18030, odd pages UTF-16 with BOM; every page a compilation of
  3, 5, 2, 4, 3, 2, 5, 4 logs of one month, oldest first): the browser's print header
  ``2017/6/18 21:47　　科技特派员服务日志选编（2017年第5期）-澧川县农业技术推广中心`` as the
  first line, the site row with the ``农技服务热线：12316``, the nav row, ``您现在的位置：首页 >>
  科技特派员 >> 服务日志``, the selection's own head and ``信息来源：…科教股　　点击：N`` (all
  ``header``), the ``编者按：…`` paragraph (``notice``).  Per log: the diary row
  ``2017年5月5日　星期五　晴`` ABOVE the title (metadata, neither), the bare title line
  (content), UNDER it ``服务地点：X镇Y村｜服务对象：Z｜特派员：W（农艺师）`` (metadata,
  neither), three first-person paragraphs (content); logs parted by a ``┄`` rule (bar).
  Page breaks on pages 0, 2, 3, 5 and 7: the print footer ``<url>　　1/2`` (``page_number``)
  and the repeated print header (``header``) cut a paragraph between two CJK letters; the
  last line of every page is the print footer ``<url>　　N/N`` (``page_number``).  Chrome at
  the end: the ``（以上日志由特派员……选编。）`` line (``notice``), ``〔收藏本页〕　〔打印本页〕
  〔返回顶部〕`` (bar), ``往期选编：…`` and ``推荐阅读：…`` (``related``), a footer with an
  address and an ICP number.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page
  in another log.  Meta per log: published (its own diary date), author (the 特派员).
* ``sealed_zu_jiaowu`` ('岑州理工大学教务处', HTML, UTF-8 with BOM declared ``<meta
  charset="utf-8">``, LF; single notices): ``<title>`` = ``X-岑州理工大学教务处``; the office
  name, its English name and a ``<ul>`` menu of seven items (``header``); a left sidebar
  BEFORE the main column: ``通知公告`` and five category items (``header``), ``快捷入口`` and
  four system links (bar); ``当前位置：首页 > 通知公告 > 考务通知`` (``header``).  Even pages:
  the ``<h1>`` title OVER a ``<ul>`` whose four ``<li>`` lines are ``发布部门：教务处考务科`` /
  ``撰稿：X`` / ``发布日期：2020-01-09`` / ``浏览次数：N`` (metadata, neither); odd pages:
  ``教务处教学运行科　|　撰稿 X　|　2020年1月9日 07:32　|　阅读 N 次`` (metadata, neither)
  ABOVE the title in a plain ``<div>``.  The body (salutation, ``一、`` section heads, a
  ``1.`` list, the contact line, ``附件：`` and the two attachment file names, the sign-off
  ``教务处`` and its date) is ONE article with the title, all content.  Chrome after it:
  ``分享：微信 ｜ 微博 ｜ 复制链接`` (bar), ``温馨提示：本站通知均以教务处正式发文为准……``
  (``notice``), ``上一则：…`` / ``下一则：…``, ``相关通知`` and three titles (``related``), two
  footer lines (address; copyright).  Damage: one kind on pages 0, 2 and 6, two on pages 3
  and 4.  Meta: published, origin (the issuing 科), author (the 撰稿).
* ``sealed_zu_dengji`` ('汀岳市不动产登记中心', HTML, CRLF; even pages UTF-8 with BOM declared
  ``<meta charset="utf-8">``, odd pages GBK declared ``<meta http-equiv="Content-Type" …
  charset=gbk>``; every page a list of 4, 2, 3, 5, 3, 4, 2, 3 announcements, newest first):
  the centre's ``· 政务服务`` row, a ``｜`` nav row, ``您所在的位置：首页 → 公示公告 → 登记公告``
  and the list head ``登记公告（2020年第16周汇总）`` (``header``), ``温馨提示：公告期内……``
  (``notice``).  Per piece: ``◆更正登记　→　公告期 2020.04.19—2020.05.03`` (metadata, neither;
  the first date is the published date) ABOVE the ``<h3>`` title ``关于X更正登记的公告（第0344号）``
  (content, the number kept in the title), the opening paragraph, a two-row table whose six
  cells (``权利人`` / ``坐落`` / ``建筑面积（㎡）`` and their values, redacted names ``彭某某``) are
  content lines, the objection paragraph and the sign-off ``汀岳市不动产登记中心`` and its date
  (content).  Chrome at the end: the pager ``共N条记录　首页　上一页　1　2　3　下一页　尾页``
  (``page_number``), ``办事指南`` and three guide titles (``related``), two footer lines.
  Damage: one kind in one piece on pages 0, 2, 4, 5 and 7.  Meta per piece: published,
  issuer (the centre).
* ``sealed_zu_yian`` ('澄嶼縣議會' 議事錄, plain text from the PDF, Big5 (cp950), LF;
  traditional letters; every page a compilation of 2, 4, 3, 5, 2, 3, 4, 3 proposals): the
  running head ``澄嶼縣議會第20屆第1次定期會議事錄``, ``肆、議員提案`` and ``開會日期：中華民國
  108年2月4日（星期一）上午9時`` (``header``; the ROC date is the sitting's, no Gregorian date on
  the page), the ``※本議事錄所載提案……`` line (``notice``).  Per proposal: ``第6案　　類別：
  民政`` (``article_header``), ``提案人：X　　連署人：Y、Z`` (metadata, neither), the title row
  ``案由：T，請公決案。`` (neither; the title is T, bare), then ``說明：``, two ``一、`` / ``二、``
  paragraphs, ``辦法：…``, ``審查意見：…`` and ``決議：照審查意見通過。`` (content; the labels
  stay).  Page breaks on pages 1, 2, 5 and 6: the folio ``議事錄　第134頁`` (``page_number``) and
  the repeated running head (``header``) cut a paragraph between two CJK letters.  Chrome at
  the end: ``以上提案計N案，均經大會逐案審議完竣。`` (``notice``), ``澄嶼縣議會議事組　編印``
  (``footer``) and the page's last folio (``page_number``).  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` per page in another proposal.  Meta per proposal: author (the first
  提案人).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD.  Arguable and fixed here: a service
log's diary row above its title and its service row below are metadata, its title line
content, and the selection's head, source row and 编者按 belong to the page (``header`` /
``notice``), each log taking its OWN date (not the print date nor the issue's month); the
browser's print header and footer are chrome wherever they stand, and the print header's
date is not a published date; an academic notice's attachment list and sign-off are content;
a registration piece's number stays in its title, its table cells are content lines in
page order, its ``◆…→ 公告期`` row is metadata and its date is the period's first day; a
proposal's ``第N案`` row is an ``article_header``, its ``案由：`` row is the title row (the
label and ``，請公決案。`` dropped, not a content line), its ``說明：`` label line content,
and a proposal has no published date (the page shows only the sitting's ROC date, in the
header).  Compiled pages: every ``rizhi``, ``dengji`` and ``yian`` page; ``jiaowu`` pages are
single documents.  ``python -m tests.families.blind_families_zu`` (seed base 4700) rewrites
them and checks the truth against the pages.

Measured blind once, at 6719f87 (chrome_bench --sealed, one folder; F1/residue/titles/
counts/repairs/metadata): dengji .776/.010/.385/.375/.800/.596, jiaowu 1.0/0/1/1/1/.667,
rizhi .822/.202/.143/.500/.615/.179, yian .839/.156/0/.375/1.0/0; the set
.859/.092/.382/.562/.854/.360. Tuning material from then on.
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zu_text import (
    BD_CENTRE,
    BD_CITY,
    BD_KINDS,
    JW_NOTICES,
    JW_OFFICE,
    RZ_AGENTS,
    RZ_CENTRE,
    RZ_COUNTY,
    RZ_LOGS,
    RZ_RANK,
    RZ_TOWNS,
    RZ_VILLAGES,
    RZ_WEATHER,
    YS_CASES,
    YS_COUNCIL,
    YS_MEMBERS,
    GenZU,
    weekday_cn,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def _plus(y: int, m: int, d: int, days: int) -> datetime.date:
    return datetime.date(y, m, d) + datetime.timedelta(days=days)


# -- 1. the extension centre's field-service logs (a compilation, printed from a browser) ------

RZ_N = [3, 5, 2, 4, 3, 2, 5, 4]
RZ_BREAK = {0, 2, 3, 5, 7}
RZ_URL = "http://www.lcnjtg.gov.cn/kjtpy/fwrz/"


def fam_rizhi(g: GenZU, i: int) -> Made:
    """'澧川县' service-log selections, text printed from a browser; GB18030 / UTF-16."""
    r = g.r
    k = RZ_N[i]
    g.month(k, newest_first=False)
    towns = [r.choice(RZ_TOWNS) for _ in range(k)]
    villages = [r.choice(RZ_VILLAGES) for _ in range(k)]
    picks = r.sample(RZ_LOGS, k)
    arts = [g.field_log(x, t, v) for x, t, v in zip(picks, towns, villages, strict=True)]
    y, m, _ = ymd(arts[0])
    pd = _plus(*ymd(arts[-1]), r.randint(20, 40))
    stamp = f"{pd.year}/{pd.month}/{pd.day} {g.clock()}"
    issue = f"科技特派员服务日志选编（{y}年第{m}期）"
    top = f"{stamp}　　{issue}-{RZ_CENTRE}"
    url = f"{RZ_URL}{y}{m:02d}/t{y}{m:02d}{r.randint(10, 28)}_{r.randint(10000, 99999)}.html"
    total = 2 if i in RZ_BREAK else 1
    hurt = r.sample(range(k), 2)
    if i in RZ_BREAK:
        marks: Chrome = [("page_number", f"{url}　　1/2"), ("header", top)]
        damage(g, arts[hurt[0]], ["page_break"], lambda: list(marks))
    damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", top),
            ("header", f"{RZ_CENTRE}　　农技服务热线：12316"),
            ("header", "首页　中心概况　农技推广　科技特派员　植保植检　土肥服务　农产品质量"),
            ("header", "您现在的位置：首页 >> 科技特派员 >> 服务日志"),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("header", issue),
            ("header", f"信息来源：{RZ_CENTRE}科教股　　点击：{r.randint(80, 2400)}"),
            (
                "notice",
                "编者按：为及时交流各乡镇科技特派员的服务经验，现将本月部分服务日志选编如下，"
                "供各地农技人员参考。",
            ),
        ],
    )
    for n, (a, town, village, log) in enumerate(zip(arts, towns, villages, picks, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", "┄" * 22)])
            lines.append("")
        ay, am, ad = ymd(a)
        who = r.choice(RZ_AGENTS)
        a.meta["author"] = who
        lines.append(f"{ay}年{am}月{ad}日　星期{weekday_cn(ay, am, ad)}　{r.choice(RZ_WEATHER)}")
        lines.append(a.title)
        lines.append(
            f"服务地点：{town}{village}｜服务对象：{log[2]}｜特派员：{who}（{r.choice(RZ_RANK)}）"
        )
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    prev = f"{y}年第{m - 1}期" if m > 1 else f"{y - 1}年第12期"
    put(
        lines,
        chrome,
        [
            ("notice", "（以上日志由特派员通过农技服务平台填报，经所在乡镇农技站审核后选编。）"),
            ("bar", "〔收藏本页〕　〔打印本页〕　〔返回顶部〕"),
            ("related", f"往期选编：科技特派员服务日志选编（{prev}）"),
            ("related", f"推荐阅读：{RZ_COUNTY}{y}年主要农作物病虫害绿色防控技术方案"),
            (
                "footer",
                f"主办：{RZ_CENTRE}　地址：{RZ_COUNTY}城关镇农科路16号　湘ICP备05021347号",
            ),
            ("page_number", f"{url}　　{total}/{total}"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the academic-affairs notice board (HTML, UTF-8 with BOM) ---------------------------------

JW_MENU = ["首页", "机构设置", "教学运行", "考试管理", "学籍管理", "实践教学", "下载专区"]
JW_CATS = ["考务通知", "选课通知", "学籍管理", "实践教学", "教学运行"]


def fam_jiaowu(g: GenZU, i: int) -> Made:
    """'岑州理工大学教务处' notices, HTML; a sidebar before the main column."""
    r = g.r
    a = g.school_notice(i)
    cat = JW_NOTICES[i][0]
    if i % 2 == 0:
        damage(g, a, [ODD[i // 2 % 3]] + (["comma"] if i == 4 else []))
    elif i == 3:
        damage(g, a, ["cjk_space", "stray_q"])
    y, m, d = ymd(a)
    unit, who = a.meta["origin"], a.meta["author"]
    views = r.randint(150, 9800)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(a.title, quote=False)}-{JW_OFFICE}</title>", "</head>", "<body>")
    h.raw('<div class="top">')
    h.el("div", JW_OFFICE, "logo", "header")
    h.el("div", "Office of Academic Affairs · Cenzhou University of Technology", "en", "header")
    h.items("header", JW_MENU, "menu")
    h.raw("</div>", '<div class="side">')
    h.el("h3", "通知公告", "", "header")
    h.items("header", JW_CATS, "sub")
    h.el("h3", "快捷入口", "", "bar")
    h.items("bar", ["教务管理系统", "网上评教入口", "教室借用申请", "成绩单自助打印"], "quick")
    h.raw("</div>", '<div class="main">')
    h.el("div", f"当前位置：首页 > 通知公告 > {cat}", "pos", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.raw('<ul class="art-info">')
        h.el("li", f"发布部门：{unit}")
        h.el("li", f"撰稿：{who}")
        h.el("li", f"发布日期：{y}-{m:02d}-{d:02d}")
        h.el("li", f"浏览次数：{views}")
        h.raw("</ul>")
    else:
        h.el(
            "div",
            f"{unit}　|　撰稿 {who}　|　{y}年{m}月{d}日 {g.clock()}　|　阅读 {views} 次",
            "info",
        )
        h.el("div", a.title, "tit")
    h.raw('<div class="v_news_content">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "分享：微信 ｜ 微博 ｜ 复制链接", "share", "bar")
    h.el(
        "p",
        "温馨提示：本站通知均以教务处正式发文为准，附件如无法打开请使用最新版办公软件。",
        "tip",
        "notice",
    )
    others = [x[1] for k, x in enumerate(JW_NOTICES) if k != i]
    prev, nxt, *rest = r.sample(others, 5)
    h.el("div", f"上一则：{prev}", "prev", "related")
    h.el("div", f"下一则：{nxt}", "next", "related")
    h.el("h4", "相关通知", "", "related")
    h.items("related", rest, "rel")
    h.raw("</div>")
    h.el("p", "地址：岑州市学府路1号　邮编：415000　电话：0736-5811000", "", "footer")
    h.el("p", "Copyright © 岑州理工大学教务处　技术支持：网络信息中心", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the registration announcements (a compilation, HTML, UTF-8 with BOM / GBK) ---------------

BD_N = [4, 2, 3, 5, 3, 4, 2, 3]
BD_HURT = {0, 2, 4, 5, 7}


def fam_dengji(g: GenZU, i: int) -> Made:
    """'汀岳市不动产登记中心' announcement lists, HTML; one list page of 2-5 pieces."""
    r = g.r
    k = BD_N[i]
    g.month(k, newest_first=True)
    first = r.randint(120, 900)
    made = [g.registration(r.choice(BD_KINDS), first - n) for n in range(k)]
    arts = [a for a, _ in made]
    if i in BD_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    y, m, d = ymd(arts[0])
    week = datetime.date(y, m, d).isocalendar()[1]
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta charset="utf-8">')
    else:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>登记公告-公示公告-{BD_CENTRE}</title>", "</head>", "<body>")
    h.el("div", f"{BD_CENTRE} · 政务服务", "logo", "header")
    h.links(
        "header", ["首页", "中心概况", "办事指南", "公示公告", "政策法规", "互动交流"], "｜", "nav"
    )
    h.el("div", "您所在的位置：首页 → 公示公告 → 登记公告", "pos", "header")
    h.el("h2", f"登记公告（{y}年第{week}周汇总）", "", "header")
    h.el(
        "p",
        "温馨提示：公告期内，利害关系人可凭有效身份证明到登记窗口查阅相关材料。",
        "tip",
        "notice",
    )
    for a, cells in made:
        ay, am, ad = ymd(a)
        end = _plus(ay, am, ad, 14)
        kind = next(x for x in BD_KINDS if x in a.title)
        h.raw('<div class="gg">')
        h.el(
            "div",
            f"◆{kind}　→　公告期 {ay}.{am:02d}.{ad:02d}—{end.year}.{end.month:02d}.{end.day:02d}",
            "gg-tag",
        )
        h.el("h3", a.title)
        h.el("p", a.page[0])
        h.raw('<table class="qs">', "<tr>")
        h.raw(*(f"<th>{escape(c, quote=False)}</th>" for c in cells[:3]))
        h.raw("</tr>", "<tr>")
        h.raw(*(f"<td>{escape(c, quote=False)}</td>" for c in cells[3:]))
        h.raw("</tr>", "</table>")
        for ln in a.page[7:]:
            h.el("p", ln)
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el(
        "div",
        f"共{r.randint(40, 300)}条记录　首页　上一页　1　2　3　下一页　尾页",
        "pager",
        "page_number",
    )
    h.el("h4", "办事指南", "", "related")
    h.items("related", ["不动产登记办理流程", "登记收费标准一览", "网上预约办理须知"], "guide")
    h.el(
        "p",
        f"主办单位：{BD_CITY}自然资源和规划局　承办：{BD_CENTRE}信息科",
        "",
        "footer",
    )
    h.el(
        "p",
        "汀ICP备11004567号-2　公网安备43060202000215号　建议使用1366×768以上分辨率浏览",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the county council's minutes, proposals (a compilation, Big5 text) -----------------------

YS_N = [2, 4, 3, 5, 2, 3, 4, 3]
YS_BREAK = {1, 2, 5, 6}


def fam_yian(g: GenZU, i: int) -> Made:
    """'澄嶼縣議會' minutes, the proposals part; PDF text in Big5, traditional letters."""
    r = g.r
    k = YS_N[i]
    picks = r.sample(YS_CASES, k)
    arts = [g.proposal(c) for c in picks]
    folio = r.randint(30, 180)
    head = f"{YS_COUNCIL}第20屆第{i // 2 + 1}次定期會議事錄"
    hurt = r.sample(range(k), 2)
    if i in YS_BREAK:
        marks: Chrome = [("page_number", f"議事錄　第{folio}頁"), ("header", head)]
        damage(g, arts[hurt[0]], ["page_break"], lambda: list(marks))
        folio += 1
    damage(g, arts[hurt[1]], [ODD[(i + 1) % 3]])
    y, m, d = g.date()
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", head),
            ("header", "肆、議員提案"),
            (
                "header",
                f"開會日期：中華民國{y - 1911}年{m}月{d}日（星期{weekday_cn(y, m, d)}）上午9時",
            ),
            (
                "notice",
                "※本議事錄所載提案係依本會議事規則編列，如有疑義，以大會速記錄為準。",
            ),
        ],
    )
    no = r.randint(1, 30)
    for n, (a, case) in enumerate(zip(arts, picks, strict=True)):
        lines.append("")
        first, *cosign = r.sample(YS_MEMBERS, r.randint(2, 4))
        a.meta["author"] = first
        put(lines, chrome, [("article_header", f"第{no + n}案　　類別：{case[0]}")])
        lines.append(f"提案人：{first}　　連署人：{'、'.join(cosign)}")
        lines.append(f"案由：{a.title}，請公決案。")
        lines += a.page
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", f"以上提案計{k}案，均經大會逐案審議完竣。"),
            ("footer", f"{YS_COUNCIL}議事組　編印"),
            ("page_number", f"議事錄　第{folio}頁"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily(
        "sealed_zu_rizhi", "sealed", "gb18030", "\r\n", 8, fam_rizhi, "txt", ("gb18030", "utf-16")
    ),
    BlindFamily("sealed_zu_jiaowu", "sealed", "utf-8-sig", "\n", 8, fam_jiaowu, "html"),
    BlindFamily(
        "sealed_zu_dengji",
        "sealed",
        "utf-8-sig",
        "\r\n",
        8,
        fam_dengji,
        "html",
        ("utf-8-sig", "gbk"),
    ),
    BlindFamily("sealed_zu_yian", "sealed", "cp950", "\n", 8, fam_yian),
]

assert len(JW_NOTICES) == 8 and len(YS_CASES) >= 5 and len(RZ_LOGS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4700, gen=GenZU)
