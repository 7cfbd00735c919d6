"""Four more invented families for a blind test of the generic layer (set ``yu``): a city
community's minimum-subsistence publicity 低保公示 in a print view (plain text, GBK, CRLF; every
page one month's households, oldest first, each under a diamond-parted household card ``◇ 户主
莫*明 ◇ 2口之家 ◇ 城市低保 ◇ 调整 ◇`` ABOVE the bare title, five labelled lines and a ONE-line
sign-off ``committee　date　（经办：X）``, the print view's ``〔第2页〕`` folio cutting
sentences), a public-resources trading centre's bid-winner candidate notices 中标候选人公示
(HTML, UTF-8 with BOM declared ``<meta charset="UTF-8">``, CRLF; single notices, a procedure
step tracker ABOVE the ``<h1>`` on even pages and BELOW it on odd ones, a ``发布时间`` row and a
two-column facts ``<table>`` whose every cell is a visible line), a city forestry bureau's
weekly digest of daily forest fire-danger forecasts 森林火险等级预报 (plain text, UTF-16 with
BOM, LF; every page one ISO week's forecasts, oldest first, each under an issue-and-validity row
``第174期　┊　2020年12月28日　星期一　17时发布　┊　有效期：…`` ABOVE the bare title, a
``（预报：X　　审核：Y）`` row after the text, a ``〔续〕`` mark cutting sentences) and a Taiwan
metro company's service-change list page 營運調整 (HTML, Big5 (cp950) declared ``http-equiv …
charset=big5``, LF; traditional letters; the newest notices expanded, newest first, each under a
line-and-stations chip ``【綠線】G15 興南站～G19 坑口站　｜　類別：施工調整`` ABOVE its ``<h3>``
title and closed by ``發布單位：X　｜　2020/8/24``).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks, the
docs or any test but the generator files of the earlier sets) and without running the pipeline,
any test or any benchmark on them.  Of the brief's pool, court hearing schedules (``t``, ``yi``)
and library pages (``x``, ``ys``, ``za``) already stand in the repo, and the trading centre's
RESULT notices (``g``, ``s``); the candidate notice here differs from those in its step tracker,
its facts table and its ranked candidate lines.  The families differ from every family already
here in site kind (a 低保 publicity list, a candidate notice, fire-danger forecasts, a metro's
service changes), header shapes, title placement, metadata layout and labels, chrome wording,
page marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yu_dibao`` ('岑溪街道望湖社区居务公开网' 低保公示, plain text, GBK, CRLF; every page
  a compilation of 3, 4, 2, 5, 3, 2, 4, 3 households of one month, oldest first):
  ``岑溪街道望湖社区居务公开网　·　打印版``, ``首页 > 民生保障 > 社会救助 > 低保公示`` and
  ``望湖社区2020年3月最低生活保障对象公示　（共4户）`` (``header``), the objection line
  ``公示期内对公示对象有异议的，……严格保密。`` (``notice``).  Per household: the card ``◇ 户主
  莫*明 ◇ 2口之家 ◇ 城市低保 ◇ 调整 ◇`` (neither: it holds no metadata), the bare title
  ``关于莫*明家庭调整最低生活保障金额的公示`` (新增 / 调整 / 停发; the masked name with an ASCII
  ``*``; the title and the first content line), the labelled lines ``家庭情况：…``,
  ``核查情况：…``, ``评议结果：3月1日社区组织民主评议，…`` (an earlier day, content),
  ``拟保障金额：…`` / ``拟调整金额：…`` / ``拟停发时间：…`` and
  ``公示期：2020年3月1日至2020年3月7日。`` (all content, labels kept), then ONE sign-off line
  ``岑溪街道望湖社区居民委员会　2020年3月1日 （经办：莫春生）`` (metadata, neither).  No rule
  between households (a blank line only). Page breaks: the folio
  ``望湖社区居务公开栏·打印　〔第2页〕`` (``page_number``) cuts a line between two CJK letters
  in one household on pages 1, 3 and 6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q``
  in another household on pages 0, 2, 3, 4, 5, 7. Chrome at the end: ``监督电话：……``
  (``notice``: the page's, no household owns it), ``【打印本页】　【关闭窗口】`` (``bar``),
  ``相关公示：…　｜　…`` (``related``), the address line and the technical-support-and-ICP line
  (``footer``).  Meta per household: issuer (the committee of the sign-off, the same on every
  household), published (the sign-off date = the first day of the 公示期), author (the 经办
  clerk).
* ``sealed_yu_houxuan`` ('澄江市公共资源交易中心', HTML, UTF-8 with BOM declared ``<meta
  charset="UTF-8">``, CRLF; single notices): ``<title>`` = ``X-中标候选人公示-centre``; the logo
  line ``澄江市公共资源交易中心　CHENGJIANG PUBLIC RESOURCES TRADING CENTER``, a `` · `` nav row
  and ``当前位置：首页 > 交易信息 > 工程建设 > 中标候选人公示`` (``header``).  The step tracker
  ``招标公告 ✓ ─ 开标记录 ✓ ─ 候选人公示 ● ─ 结果公告 ○`` (``bar``) stands ABOVE the ``<h1>``
  title ``澄江市滨河路排水管网改造工程中标候选人公示`` on even pages and BELOW it on odd ones;
  then the row ``发布时间：2021-10-08 17:30　　信息来源：centre　　阅读次数：N`` (metadata,
  neither) and a ``<table>`` of five rows whose ten cells are visible lines: ``项目编号`` /
  ``CJGC-2021-0278`` / ``项目名称`` / the project / ``招标人`` / the tenderer / ``招标代理机构``
  / the agency / ``开标时间`` / ``2021-10-03 09:30`` (all neither; the number and the tenderer
  are metadata, the opening time is an ISO date that is NOT the published date).  The text, ONE
  article with the title: ``<h4>`` heads ``一、评标情况`` / ``二、中标候选人`` / ``三、公示期``
  / ``四、联系方式`` (content), the evaluation paragraph, three ranked lines
  ``第一中标候选人：X；投标报价：1137180.00元；项目负责人：Y`` (content), the objection period
  paragraph and the objection-form paragraph, the tenderer's and the agency's contact lines
  (content).  Chrome: ``附件：评标报告（公示版）.pdf`` (``related``),
  ``【打印】　【收藏】　【关闭】`` (``bar``), the disclaimer (``notice``), ``同项目公告`` and
  two titles of the same project (``related``), two footer lines.  Damage: one kind on pages 0,
  2, 3, 5 and 6; no page breaks.  Meta: published (the 发布时间 = the first day of the 公示期),
  doc_number (the 项目编号), issuer (the 招标人).
* ``sealed_yu_huoxian`` ('岭西市林业局' 森林火险等级预报, plain text, UTF-16 with BOM, LF; every
  page a compilation of 3, 2, 4, 3, 5, 2, 3, 4 daily forecasts of one ISO week, oldest first):
  ``岭西市林业局　·　森林防火　·　火险预报（文本版）``, ``首页 / 森林防火 / 火险等级预报 /
  2020年第53周`` and ``岭西市森林火险等级预报汇编　2020年12月28日—1月3日`` (``header``), the
  joint-production line ``本预报由市林业局与市气象台联合制作，……以当日发布为准。`` (``notice``).
  Per forecast: the issue row ``第174期　┊　2020年12月28日　星期一　17时发布　┊
  有效期：12月28日20时至12月29日20时`` (metadata, neither: it holds the published date), the
  bare title ``明天我市北部林区森林火险等级为四级，属高度危险`` (title and first content line),
  ``天气实况：…`` / ``预报意见：…`` (content), the head ``各县（区）火险等级：`` and three
  county lines ``桃坪县　二级　较低危险　较难燃烧`` (content, full-width-space parted),
  ``防火提示：…`` (content), then ``（预报：殷晓峰　　审核：巫建平）`` (metadata, neither);
  forecasts are parted by ``＊　＊　＊`` (``bar``, BETWEEN forecasts only).  Page breaks:
  ``〔续〕　岭西林业·火险预报 2/3`` (``page_number``) cuts a paragraph between two CJK letters
  on pages 1, 4 and 6. Damage: one kind in another forecast on pages 0, 2, 4 and 6.  Chrome at
  the end: ``往期汇编：第52周　第51周　第50周`` (``related``),
  ``下载PDF　｜　订阅短信预报　｜　返回顶部`` (``bar``), two footer lines.  Meta per forecast:
  published (the issue row's day; the validity runs into the next day, the week header spans
  seven), author (the 预报 forecaster, not the 审核 reviewer).
* ``sealed_yu_yunying`` ('汐灣捷運' 營運調整, HTML, Big5 (cp950) declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=big5">``, LF; traditional letters; every
  page a compilation of 2, 3, 2, 4, 3, 2, 3, 2 notices of one month, newest first): ``<title>``
  = ``營運調整－最新消息－汐灣捷運``; ``汐灣捷運　SHIWAN METRO``, a ``｜`` nav row, ``首頁 ＞
  最新消息 ＞ 營運調整`` and the ``<h2>`` ``營運調整公告`` (``header``), the
  ``實際營運情形以車站現場廣播及公告為準，……`` line (``notice``).  Per notice: the chip
  ``【綠線】G15 興南站～G19 坑口站　｜　類別：施工調整`` (neither) ABOVE the ``<h3>`` title
  ``配合軌道維修，綠線興南站至坑口站8月27日單線雙向行駛`` (title and first content line), the
  cause paragraph (naming the START day, a few days after posting), ``調整時段：…``,
  ``調整內容：…``, ``替代方案：…`` and the hotline-and-apology paragraph (content), then
  ``發布單位：行車調度中心　｜　2020/8/24`` (metadata, neither; unpadded slashed date). Chrome
  at the end: the pager ``〈 上一頁　1　2　3　下一頁 〉　共4頁`` (``page_number``),
  ``相關連結：乘車須知　‧　失物招領　‧　無障礙設施`` (``related``), two footer lines.  Damage:
  one kind in one notice on pages 0, 2, 3, 5 and 7; no page breaks.  Meta per notice: published
  (the 發布單位 row's date, not the start day in the title), origin (the 發布單位).

Truth as :mod:`tests.families.blind_families_yr`: header and metadata rows are neither content
nor chrome; titles are bare and are every article's first content line; dates YYYY-MM-DD; a
compilation's header lines are chrome of kind ``header``, its per-piece rows metadata or
neither.  Arguable and fixed here: a 低保 household's card row is neither (its name and kind
repeat the title), its labelled lines including the 公示期 and the amount are content, its
one-line sign-off is metadata carrying issuer, date AND clerk, and the 监督电话 line after the
last household is the page's ``notice``; a candidate notice's step tracker is ``bar`` (a status
widget, wherever it stands), its facts table neither (its opening time is a second ISO date on
the page that is NOT the published date), its numbered heads and ranked candidate lines content
and its attachment line ``related``; a fire forecast's issue row is metadata (neither), its
county level lines and their head content, its ``＊　＊　＊`` rule ``bar``, and each forecast
takes its OWN issue day (not the week's first day); a metro notice's chip is neither (its line
and stations repeat the text), its 發布單位 row metadata, its 調整時段 line content, and the
list pager at the page's end ``page_number`` (the list's own paging, not a break inside any
notice).  Compiled pages: every ``dibao``, ``huoxian`` and ``yunying`` page; ``houxuan`` pages
are single notices. ``python -m tests.families.blind_families_yu`` (seed base 7300) rewrites
them and checks the truth against the pages.

Figures (per family, F1 / residue / titles / counts / repairs / metadata).  Measured blind at
main ``c3d07217``: dibao .908/.093/0/1/.667/0, houxuan .909/0/1/1/1/1, huoxian
.977/0/.846/.875/1/.827, yunying .895/.056/1/1/1/.5.  Tuned on it after that (yufix): dibao
.937/0/1/1/1/1 (bullet rows of slot cells file the pieces over their bare titles, a folio with
a bracketed page word is a break, the last household's sign-off kept as the ones above and
read with its bracketed clerk, the hotline under it the page's), houxuan .998/0/1/1/1/1 (a
contact row running on over its cells is no metadata card), huoxian 1/0/1/1/1/1 (a digest's
dated issues may repeat a headline), yunying .995/0/1/1/1/.5 (the close inside every notice is
the text; a page declaring Big5 reads as CP950, so the site's marks are one).  Open: yunying's
發布單位 read as issuer where the truth takes the posting desk as origin.

Figures (per family, F1 / residue / titles / counts / repairs / metadata).  Measured blind at
main ``c3d07217`` (session 31): dibao .908/.093/0/1/.667/0, houxuan .909/0/1/1/1/1, huoxian
.977/0/.846/.875/1/.827, yunying .895/.056/1/1/1/.5 (means .922/.037/.712/.969/.917/.582);
blind to round 1 of that session (seven fixes merged, ``1ef61560``): identical on all four.
Tuned on it (yufix: contact rows under a closing row, the same closing sentence inside every
piece, a bracketed print folio as a page break, slot-cell bullet rows filing the pieces,
dated titles apart, Big5 read as CP950, a credited one-line sign-off): dibao
.937/0/1/1/1/1, houxuan .998/0/1/1/1/1, huoxian 1/0/1/1/1/1, yunying .995/0/1/1/1/.5 (means
.982/0/1/1/1/.875).  Open: dibao's sign-off lines stay text (the truth calls them metadata);
yunying's ``發布單位`` desk is the truth's origin, the label tables' issuer
(docs/truth_conventions.md, the partyswap item).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yu_text import (
    DB_CLERKS,
    DB_COMMITTEE,
    DB_COMMUNITY,
    DB_KINDS,
    DB_STREET,
    FX_BUREAU,
    FX_LEVELS,
    FX_PEOPLE,
    HX_PROJECTS,
    HX_SITE,
    YY_KINDS,
    YY_LINES,
    YY_SITE,
    YY_UNITS,
    GenYU,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"


# -- 1. the subsistence-allowance publicity list (a compilation, print view, GBK) ---------------

DB_N = [3, 4, 2, 5, 3, 2, 4, 3]
DB_BREAK = {1, 3, 6}


def fam_dibao(g: GenYU, i: int) -> Made:
    """'望湖社区' 低保 publicity, one month per page, oldest first; GBK text, CRLF."""
    r = g.r
    k = DB_N[i]
    g.month(k, newest_first=False)
    kinds = [DB_KINDS[0]] * k
    for j in r.sample(range(k), k // 2):
        kinds[j] = r.choice(DB_KINDS[1:])
    made = [g.household(x) for x in kinds]
    arts = [a for _, _, a in made]
    page_no = counter(
        2, r.randint(2, 3), lambda p, t: f"{DB_COMMUNITY}居务公开栏·打印　〔第{p}页〕"
    )
    hurt = r.sample(range(k), 2)
    if i in DB_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i not in (1, 6):
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    y, m, _ = ymd(arts[0])
    pm = (m - 2) % 12 + 1
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{DB_STREET}{DB_COMMUNITY}居务公开网　·　打印版"),
            ("header", "首页 > 民生保障 > 社会救助 > 低保公示"),
            ("header", f"{DB_COMMUNITY}{y}年{m}月最低生活保障对象公示　（共{k}户）"),
            (
                "notice",
                "公示期内对公示对象有异议的，可实名向社区居委会或街道社会救助服务站反映，"
                "我们将对反映人信息严格保密。",
            ),
        ],
    )
    for (name, size, a), kind in zip(made, kinds, strict=True):
        lines.append("")
        lines.append(f"◇ 户主 {name} ◇ {size}口之家 ◇ 城市低保 ◇ {kind} ◇")
        lines.append(a.title)
        lines += a.page
        ay, am, ad = ymd(a)
        a.meta["author"] = r.choice(DB_CLERKS)
        lines.append(f"{DB_COMMITTEE}　{ay}年{am}月{ad}日　（经办：{a.meta['author']}）")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                f"监督电话：{DB_STREET}社会救助服务站 0774-6{r.randint(100000, 999999)}　"
                f"区民政局 0774-6{r.randint(100000, 999999)}",
            ),
            ("bar", "【打印本页】　【关闭窗口】"),
            (
                "related",
                f"相关公示：{y}年{pm}月低保对象公示　｜　{y}年{pm}月特困供养人员公示",
            ),
            ("footer", f"{DB_COMMITTEE}　地址：{DB_STREET}望湖路{r.randint(10, 99)}号"),
            (
                "footer",
                f"技术支持：岑溪街道网格化服务中心　桂ICP备1{r.randint(1000000, 9999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the trading centre's bid-winner candidate notices (HTML, UTF-8 with BOM) ----------------

HX_STEPS = "招标公告 ✓ ─ 开标记录 ✓ ─ 候选人公示 ● ─ 结果公告 ○"


def fam_houxuan(g: GenYU, i: int) -> Made:
    """'澄江市公共资源交易中心' candidate notices, HTML; the step tracker above or below."""
    r = g.r
    cells, a = g.candidates(i)
    hurt = [0, 2, 3, 5, 6]
    if i in hurt:
        damage(g, a, [ODD[hurt.index(i) % 3]])
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta charset="UTF-8">')
    h.raw(f"<title>{a.title}-中标候选人公示-{HX_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/css/jyzx.css">', "</head>", "<body>")
    h.el("div", f"{HX_SITE}　CHENGJIANG PUBLIC RESOURCES TRADING CENTER", "logo", "header")
    h.links(
        "header", ["首页", "交易信息", "服务指南", "政策法规", "信用信息", "专家管理"], " · ", "nav"
    )
    h.el("div", "当前位置：首页 > 交易信息 > 工程建设 > 中标候选人公示", "pos", "header")
    if i % 2 == 0:
        h.el("div", HX_STEPS, "steps", "bar")
        h.el("h1", a.title)
    else:
        h.el("h1", a.title)
        h.el("div", HX_STEPS, "steps", "bar")
    h.el(
        "div",
        f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　信息来源：{HX_SITE}　　"
        f"阅读次数：{r.randint(60, 1500)}",
        "info",
    )
    h.raw('<table class="facts">')
    for j in range(0, len(cells), 2):
        h.raw("<tr>")
        h.el("td", cells[j], "k")
        h.el("td", cells[j + 1])
        h.raw("</tr>")
    h.raw("</table>")
    h.raw('<div class="content">')
    for x in a.page:
        h.el("h4" if len(x) <= 6 else "p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "附件：评标报告（公示版）.pdf", "att", "related")
    h.el("div", "【打印】　【收藏】　【关闭】", "tool", "bar")
    h.el(
        "p",
        "本网站发布的交易信息由招标人或其委托的代理机构提供，其真实性、合法性由信息发布主体负责。",
        "sm",
        "notice",
    )
    h.el("h4", "同项目公告", "", "related")
    project = HX_PROJECTS[i][0]
    h.items("related", [f"{project}招标公告", f"{project}开标记录"], "same")
    h.el(
        "p",
        f"主办：{HX_SITE}　地址：澄江市凤麓街道文化路{r.randint(10, 99)}号　"
        f"滇ICP备0{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.el("p", "建议使用1920×1080分辨率及以上浏览器访问本站", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the forestry bureau's fire-danger forecasts (a compilation, UTF-16 text) ----------------

FX_N = [3, 2, 4, 3, 5, 2, 3, 4]
FX_BREAK = {1, 4, 6}
FX_RULE = "＊　＊　＊"


def fam_huoxian(g: GenYU, i: int) -> Made:
    """'岭西市林业局' 森林火险等级预报, one week's daily forecasts, oldest first; UTF-16."""
    r = g.r
    k = FX_N[i]
    y, m, d0 = g.r.randint(2018, 2024), r.choice([1, 2, 3, 4, 10, 11, 12]), r.randint(1, 20)
    monday = datetime.date(y, m, d0) - datetime.timedelta(days=datetime.date(y, m, d0).weekday())
    days = sorted(r.sample(range(7), k))
    first_no = r.randint(40, 280) + days[0]
    wy, week, _ = monday.isocalendar()
    past = [(monday - datetime.timedelta(weeks=j)).isocalendar()[1] for j in (1, 2, 3)]
    dry = r.randint(5, 30)
    arts = [g.forecast(r.choice(FX_LEVELS), r.choice(FX_PEOPLE), dry + dd) for dd in days]
    for a, dd in zip(arts, days, strict=True):
        day = monday + datetime.timedelta(days=dd)
        a.meta["published"] = day.isoformat()
    hurt = r.sample(range(k), 2)
    if i in FX_BREAK:
        mark = f"〔续〕　岭西林业·火险预报　{r.randint(2, 3)}/3"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i % 2 == 0:
        damage(g, arts[hurt[1]], [ODD[i // 2 % 3]])
    sunday = monday + datetime.timedelta(days=6)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{FX_BUREAU}　·　森林防火　·　火险预报（文本版）"),
            ("header", f"首页 / 森林防火 / 火险等级预报 / {wy}年第{week}周"),
            (
                "header",
                f"岭西市森林火险等级预报汇编　{monday.year}年{monday.month}月{monday.day}日—"
                f"{sunday.month}月{sunday.day}日",
            ),
            (
                "notice",
                "本预报由市林业局与市气象台联合制作，仅供森林防火工作参考，"
                "各地火险等级以当日发布为准。",
            ),
        ],
    )
    for n, (a, dd) in enumerate(zip(arts, days, strict=True)):
        day = monday + datetime.timedelta(days=dd)
        nxt = day + datetime.timedelta(days=1)
        if n:
            put(lines, chrome, [("bar", FX_RULE)])
        lines.append("")
        lines.append(
            f"第{first_no + dd - days[0]}期　┊　{day.year}年{day.month}月{day.day}日　"
            f"星期{WEEK[dd]}　17时发布　┊　"
            f"有效期：{day.month}月{day.day}日20时至{nxt.month}月{nxt.day}日20时"
        )
        lines.append(a.title)
        lines += a.page
        check = r.choice([x for x in FX_PEOPLE if x != a.meta["author"]])
        lines.append(f"（预报：{a.meta['author']}　　审核：{check}）")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", "往期汇编：" + "　".join(f"第{w}周" for w in past)),
            ("bar", "下载PDF　｜　订阅短信预报　｜　返回顶部"),
            ("footer", f"{FX_BUREAU}主办　森林防火报警电话：12119"),
            (
                "footer",
                f"地址：岭西市林荫大道{r.randint(100, 400)}号　"
                f"湘ICP备0{r.randint(1000000, 9999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 4. the metro's service-change notices (a compilation, HTML, Big5) --------------------------

YY_N = [2, 3, 2, 4, 3, 2, 3, 2]


def fam_yunying(g: GenYU, i: int) -> Made:
    """'汐灣捷運' 營運調整 list page, newest notices expanded; HTML in Big5 (cp950), LF."""
    r = g.r
    k = YY_N[i]
    g.month(k, newest_first=True)
    wheres = r.sample(YY_LINES, k)
    kinds = r.sample(YY_KINDS, k)
    arts = [g.change(w, x) for w, x in zip(wheres, kinds, strict=True)]
    units = [r.choice(YY_UNITS) for _ in arts]
    for a, u in zip(arts, units, strict=True):
        a.meta["origin"] = u
    if i in (0, 2, 3, 5, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>營運調整－最新消息－{YY_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{YY_SITE}　SHIWAN METRO", "logo", "header")
    h.links(
        "header", ["首頁", "乘車資訊", "票價查詢", "最新消息", "旅客服務", "English"], "｜", "nav"
    )
    h.el("div", "首頁 ＞ 最新消息 ＞ 營運調整", "crumb", "header")
    h.el("h2", "營運調整公告", "", "header")
    h.el(
        "p",
        "實際營運情形以車站現場廣播及公告為準，旅客出發前可撥打24小時客服專線查詢。",
        "hint",
        "notice",
    )
    for a, (line, s1, s2), x, u in zip(arts, wheres, kinds, units, strict=True):
        y, m, d = ymd(a)
        h.el("div", f"【{line}】{s1}～{s2}　｜　類別：{x[0]}", "chip")
        h.el("h3", a.title)
        h.body(a)
        h.el("div", f"發布單位：{u}　｜　{y}/{m}/{d}", "src")
        a.lines = [a.title, *a.lines]
    total = r.randint(3, 9)
    h.el("div", "〈 上一頁　1　2　3　下一頁 〉　共" + str(total) + "頁", "pager", "page_number")
    h.el(
        "div",
        "相關連結：乘車須知　‧　失物招領　‧　無障礙設施",
        "links",
        "related",
    )
    h.el(
        "p",
        f"{YY_SITE}股份有限公司　客服專線：(03){r.randint(2000000, 4999999)}　"
        f"地址：汐灣市港西路{r.randint(10, 300)}號",
        "",
        "footer",
    )
    h.el("p", f"Copyright 2010-{ymd(arts[0])[0]} 汐灣捷運股份有限公司 版權所有", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_yu_dibao", "sealed", "gbk", "\r\n", 8, fam_dibao),
    BlindFamily("sealed_yu_houxuan", "sealed", "utf-8-sig", "\r\n", 8, fam_houxuan, "html"),
    BlindFamily("sealed_yu_huoxian", "sealed", "utf-16", "\n", 8, fam_huoxian),
    BlindFamily("sealed_yu_yunying", "sealed", "cp950", "\n", 8, fam_yunying, "html"),
]

assert len(HX_PROJECTS) == 8 and len(YY_KINDS) >= max(YY_N) and len(YY_LINES) >= max(YY_N)


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=7300, gen=GenYU)
