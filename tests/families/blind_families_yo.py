"""Four more invented families for a blind test of the generic layer (set ``yo``): a port
group dispatch centre's daily vessel berthing plans 船舶靠泊计划 (HTML, UTF-8 with BOM
declared ``<meta charset="utf-8">``, CRLF; single plans, a batch-and-period row ABOVE the
``<h1>`` and a unit-planner-time row UNDER it with the vessels in a ``<table>`` whose cells
are content on even pages, one ``<li>`` line per vessel and an issuer-and-date sign-off on
odd ones), a cinema chain's daily box-office reports gathered into a weekly print copy
(plain text, LF, UTF-8 without BOM on even pages and UTF-16 with BOM on odd ones; every page
some consecutive business days, each under a ``D3 ‖ 2024.03.20 WED ‖ 大盘 1.27亿 ‖ 院线
1,086.4万 ‖ 上座率 7.9%`` day strip ABOVE the bare headline and a ``统计口径 … 执笔：X`` row
UNDER it, a rank table whose rows are content, the print copy's mark cutting sentences), a
county conscription office's notices on the county portal's 征兵 column (HTML, GBK declared
``<meta charset="gbk">``, LF; single notices, a parenthesised issuer-and-date line UNDER the
``<h1>`` on even pages, a sign-off and an editor-and-time row AFTER the body on odd ones) and
a city central blood station's weekly blood-drive previews 献血活动预告 in a print view (plain
text, GB18030, CRLF; every page one week's drives, each with its bare title FIRST and a
``◈ 团体采血 ◈ 03/16（六）08:30～12:00 ◈ 采血车 澄C·X5172 ◈ 已预约 48 人`` drive row UNDER
it, closed by a ``（组织单位：X　　现场联络：Y）`` row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  No earlier set has these site kinds (a port's
berthing plan, a cinema chain's box office, a conscription office, a blood station's drive
previews: the nearest cousins are ``y``'s navigational warnings and ``zb``'s customs digest,
other port-side notices, and ``zy``'s Taiwan blood centre, single news pages with a stock bar)
and none of their per-piece header shapes (a ``‖``-parted day strip with a D-number and an
English weekday, a ``◈``-parted drive row UNDER the title) is used by an earlier set.  On the
HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yo_kaobo`` ('澄湾港务集团' 船期动态 › 靠泊计划, HTML, UTF-8 with BOM declared ``<meta
  charset="utf-8">``, CRLF; single plans, one port area's next day each): ``<title>`` =
  ``X-船期动态-澄湾港务集团``; the logo ``澄湾港务集团　CHENGWAN PORT GROUP``, the ``首页 | 集团概况
  | …`` nav and ``当前位置：首页 > 船期动态 > 靠泊计划`` (``header``).  Even pages: ABOVE the
  ``<h1>`` the batch row ``计划批次 BP20240315-2　·　计划时段 3月15日 08:00 至次日 08:00``
  (neither), UNDER it ``发布单位：澄湾港务集团调度指挥中心　　编制：X　　发布时间：2024-03-14
  16:30`` (metadata, neither), and the vessels as a ``<table>`` of six head cells ``泊位`` /
  ``船名`` / ``国籍`` / ``船长（米）`` / ``预计靠泊`` / ``货种`` and six cells a vessel (each
  cell a visible line, all content).  Odd pages: the ``<h1>`` with nothing above it, the
  vessels as ``<li>`` lines ``5#泊位　岚舟7（中国籍，船长189.9米）　预计03-15 06:30靠泊　集装箱``
  (content), and AFTER the body the sign-off ``澄湾港务集团调度指挥中心`` / ``2024年3月14日``
  (metadata, neither).  ``【字号：大 中 小】　【打印】　【关闭】　浏览：N`` (``bar``) stands
  under the title rows.  The body, ONE article with the title ``西岙港区3月15日船舶靠泊计划``:
  the lead, the ``<h4>`` heads ``一、靠泊计划`` / ``二、离泊及移泊`` / ``三、注意事项`` (content),
  the vessels, the departures-and-shifts paragraph, three ``1. …；`` notes and the tide line
  ``潮汐预报：高潮 05:42（4.61米）　低潮 17:58（1.02米）`` (content).  Chrome after it: the
  ``本计划仅供……VHF 09频道指令为准。`` line (``notice``), ``近期靠泊计划`` and three other
  plans' titles (``related``), ``分享：微信　微博　复制链接`` (``bar``), two footer lines.
  Damage: one kind in the lead or the departures paragraph on pages 0, 2, 3, 5 and 6; no page
  breaks.  Meta: issuer (the dispatch centre), published (the day BEFORE the planned day).
* ``sealed_yo_piaofang`` ('岚影院线' 经营数据中心 院线日报, plain text, LF, UTF-8 without BOM
  on even pages and UTF-16 with BOM on odd ones; every page a compilation of 4, 3, 5, 2, 3, 4,
  3, 2 consecutive business days, oldest first): ``岚影院线　经营数据中心　｜　院线日报汇编
  （打印稿）``, ``首页 › 数据中心 › 院线日报 › 周汇编``, the copy's head ``2024年第12周院线日报
  （3月18日—3月21日）`` and ``打印：运营管理部　2024-03-22 10:12`` (all ``header``), the
  ``本汇编数据来自院线票务系统……仅供内部参考。`` line (``notice``).  Per day: the strip ``D3 ‖
  2024.03.20 WED ‖ 大盘 1.27亿 ‖ 院线 1,086.4万 ‖ 上座率 7.9%`` (metadata, neither: the
  business day is read from it), the bare headline ``《雾港》逆跌登顶，工作日表现稳健`` (title and
  first content line), UNDER it ``统计口径：含服务费　／　数据截至次日 02:00　／　执笔：X``
  (metadata, neither), the day paragraph ``营业日3月20日（星期三），…`` (content), the rank
  table's head ``排名　影片　院线票房　票房占比　排片占比`` and four rows ``01　《雾港》
  436.2万　40.2%　31.5%`` (content), the films paragraph and the cinemas paragraph (content),
  then ``—— 本日完 ——`` (``bar``, after every day).  Page breaks: the copy's mark
  ``岚影院线·日报汇编（打印稿）　‹2›`` (``page_number``) cuts a paragraph between two CJK letters
  in one day on pages 1, 4 and 6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` in
  another day on pages 0, 2, 3, 5 and 7.  Chrome at the end: ``上一周：第11周日报汇编　　下一周：
  第13周日报汇编`` (``related``), ``【打印】　【导出Excel】　【返回列表】`` (``bar``), the
  internal-material line and the copyright line (``footer``).  Meta per day: published (the
  strip's business day, not the print day), author (the 执笔 writer).
* ``sealed_yo_zhengbing`` ('柘川县人民政府' 征兵专栏, HTML, GBK declared ``<meta charset="gbk">``,
  LF; single notices of ``柘川县人民政府征兵办公室``): ``<title>`` = ``X_征兵专栏_柘川县人民政府``;
  the logo ``柘川县人民政府　ZHECHUAN COUNTY``, the nav row and ``您现在的位置：首页 > 征兵专栏 >
  通知公告`` (``header``).  Even pages: UNDER the ``<h1>`` the parenthesised line
  ``（柘川县人民政府征兵办公室　2024年3月6日）`` (metadata, neither) and no sign-off; odd pages:
  the ``<h1>`` alone, and AFTER the body the sign-off ``柘川县人民政府征兵办公室`` /
  ``2024年3月6日`` and the row ``责任编辑：X　　审核：Y　　发布时间：2024-03-06 09:30
  浏览：N`` (all metadata, neither).  ``【字体：大 中 小】　【打印本页】　【关闭窗口】``
  (``bar``) stands under the title.
  The body, ONE article with the title: the lead, three ``<h4>`` heads ``一、登记对象`` … (content),
  a paragraph under each, three ``1. …；`` items under the second, the closing call
  ``请广大适龄青年……踊跃报名参军。`` and the hotline line
  ``咨询电话：…（县征兵办）　…（县人武部）`` (content).  Chrome after it: ``分享到：微信　微博
  QQ空间`` (``bar``), the ``依法服兵役是……纳入失信记录。`` line (``notice``), ``全国征兵网　｜
  兵役登记入口　｜　征兵政策问答`` (``related``, one row of links), ``征兵专栏其他信息`` and three
  other notices' titles (``related``), two footer lines.  Damage: one kind in a paragraph on pages
  1, 2, 4, 5 and 7; no page breaks.  Meta: issuer (the office), published (the parenthesised or
  signed-off day; on odd pages also the 发布时间 day).
* ``sealed_yo_xianxue`` ('澄州市中心血站' 热血澄州 献血活动预告, plain text, GB18030, CRLF;
  every page a compilation of 3, 5, 2, 4, 3, 2, 4, 3 drives of one week, in date order):
  ``澄州市中心血站　｜　热血澄州无偿献血服务网（打印页）``, ``首页 / 献血服务 / 活动预告``, the
  week's head ``献血活动预告（2024年第11周）`` and ``发布日期：2024年3月11日　发布：献血服务科``
  (all ``header``), the donor-advice line ``参加献血前请携带……以本站公众号通知为准。``
  (``notice``).  Per drive: the bare title line ``鹭鸣街道机关干部无偿献血活动`` FIRST (title and
  first content line), UNDER it the drive row ``◈ 团体采血 ◈ 03/16（六）08:30～12:00 ◈ 采血车
  澄C·X5172 ◈ 已预约 48 人`` (``血站本部`` in place of the bus for the platelet session;
  neither: the drive day is not ``published``), three paragraphs
  and the ``咨询电话：…`` line (content), then ``（组织单位：X　　现场联络：Y）`` (metadata,
  neither).  Drives are parted by blank lines only.  Page breaks: the print mark
  ``〔澄州血站·打印页 2〕`` (``page_number``) cuts a paragraph between two CJK letters in one
  drive on pages 2 and 5.  Damage: one kind in another drive on pages 0, 1, 3, 4, 6 and 7.
  Chrome at the end: ``往期预告：第10周　第9周　第8周`` (``related``), ``【打印】　【返回】
  【预约献血】`` (``bar``), the address-and-hotline line and the copyright-and-ICP line
  (``footer``).  Meta per drive: published (the week's 发布日期, the Monday), origin (the
  组织单位).

Truth as :mod:`tests.families.blind_families_yf` and :mod:`tests.families.blind_families_yn`:
header and metadata rows are neither content nor chrome; titles are bare and are their
piece's first content line; dates YYYY-MM-DD; a compilation's header lines are chrome of kind
``header``, its per-piece rows are metadata or neither.  Arguable and fixed here: a berthing
plan's table cells (head cells too) and ``<li>`` vessel lines are content, as are its section
heads and its tide line, its batch row neither, its planner row and sign-off metadata; a
box-office day's strip is the metadata row it is dated by (published = the business day, the
report is printed later), its rank table's head and rows are content, its 统计口径 row metadata
(it names the writer, the ``author``), the ``—— 本日完 ——`` line ``bar``; a conscription
notice's section heads, numbered items and hotline line are content, its parenthesised line
under the title, sign-off and editor row metadata (the 责任编辑 is no author: no key takes
him), the ``全国征兵网`` link row ``related``; a blood drive's title stands ABOVE its drive
row, the drive row is neither (it carries the DRIVE day, after the published day), the
咨询电话 line content and every drive takes the week's 发布日期 and its organising unit as
``origin`` (the station itself when it organises).  Compiled pages: every ``piaofang`` and
``xianxue`` page; ``kaobo`` and ``zhengbing`` pages are single.  ``python -m
tests.families.blind_families_yo`` (seed base 6700) rewrites them and checks the truth
against the pages.

Written blind in session 28 and measured at the session's start code ``920389c5`` (per
family, F1 / residue / titles / counts / repairs / metadata): kaobo .942/0/1/1/1/.75,
piaofang .944/.020/.654/.5/.625/.327, xianxue .856/.027/.846/.875/.75/.289, zhengbing
.901/.039/1/1/1/1.  The round of fixes blind to it (merged to ``111266ae``) left all four
unchanged.  Then tuned on (yofix, yofix2): a notice's own contact line and a labelled row of
readings (the tide line) kept as the page's own data, print folios that cut a sentence
removed and joined: kaobo .978/0/1/1/1/.75, piaofang .968/0/.654/.5/1/.327, xianxue
.878/0/.846/.875/1/.289, zhengbing .944/.048/1/1/1/1.  Open: the per-day strip and the drive
row as piece marks (piaofang counts, xianxue titles), the standing legal reminder kept.
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yo_text import (
    KB_AREAS,
    KB_CENTRE,
    KB_GROUP,
    KB_PLANNERS,
    PF_CHAIN,
    PF_FILMS,
    PF_WRITERS,
    WEEK,
    XX_CONTACTS,
    XX_DRIVES,
    XX_PLATES,
    XX_STATION,
    ZB_COUNTY,
    ZB_EDITORS,
    ZB_NOTICES,
    ZB_OFFICE,
    GenYO,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def _day(g: GenYO) -> datetime.date:
    y, m, d = g.date()
    return datetime.date(y, m, d)


# -- 1. the port's berthing plans (single, HTML, UTF-8 with BOM) --------------------------------


def fam_kaobo(g: GenYO, i: int) -> Made:
    """'澄湾港务集团' daily berthing plans, HTML; a table or a list of vessels by turns."""
    r = g.r
    pub = _day(g)
    day = pub + datetime.timedelta(days=1)
    area = KB_AREAS[i % len(KB_AREAS)]
    even = i % 2 == 0
    a = g.berth_plan(area, day, pub, table=even)
    if i in (0, 2, 3, 5, 6):
        damage(g, a, [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(a.title)}-船期动态-{KB_GROUP}</title>")
    h.raw('<link rel="stylesheet" href="/css/port.css">', "</head>", "<body>")
    h.el("div", f"{KB_GROUP}　CHENGWAN PORT GROUP", "logo", "header")
    h.links(
        "header", ["首页", "集团概况", "港口业务", "船期动态", "客户服务", "联系我们"], " | ", "nav"
    )
    h.el("div", "当前位置：首页 > 船期动态 > 靠泊计划", "crumb", "header")
    if even:
        h.el(
            "div",
            f"计划批次 BP{day.year}{day.month:02d}{day.day:02d}-{r.randint(1, 3)}　·　"
            f"计划时段 {day.month}月{day.day}日 08:00 至次日 08:00",
            "batch",
        )
    h.el("h1", a.title)
    if even:
        h.el(
            "div",
            f"发布单位：{KB_CENTRE}　　编制：{r.choice(KB_PLANNERS)}　　"
            f"发布时间：{pub.year}-{pub.month:02d}-{pub.day:02d} {r.randint(15, 18)}:"
            f"{r.randint(0, 59):02d}",
            "by",
        )
    h.el(
        "div", f"【字号：大 中 小】　【打印】　【关闭】　浏览：{r.randint(60, 900)}", "tool", "bar"
    )
    h.raw('<div class="content">')
    heads = {"一、靠泊计划", "二、离泊及移泊", "三、注意事项"}
    plan = a.page[2 : a.page.index("二、离泊及移泊")]
    for k, x in enumerate(a.page):
        if 2 <= k < 2 + len(plan):
            if k > 2:
                continue
            if even:
                h.raw('<table class="plan">', "<tr>")
                h.src += [f"<th>{escape(c, quote=False)}</th>" for c in plan[:6]]
                h.raw("</tr>")
                for j in range(6, len(plan), 6):
                    h.raw("<tr>")
                    h.src += [f"<td>{escape(c, quote=False)}</td>" for c in plan[j : j + 6]]
                    h.raw("</tr>")
                h.raw("</table>")
            else:
                h.raw("<ul>")
                for c in plan:
                    h.el("li", c)
                h.raw("</ul>")
        else:
            h.el("h4" if x in heads else "p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    if not even:
        h.el("p", KB_CENTRE, "sign")
        h.el("p", f"{pub.year}年{pub.month}月{pub.day}日", "sign")
    h.el(
        "p",
        "本计划仅供船公司、船代及货主单位参考，实际靠泊时间以调度指挥中心VHF 09频道指令为准。",
        "tip",
        "notice",
    )
    h.el("h4", "近期靠泊计划", "", "related")
    others = [pub - datetime.timedelta(days=k) for k in (0, 1, 2)]
    h.items("related", [f"{area}{x.month}月{x.day}日船舶靠泊计划" for x in others], "more")
    h.el("div", "分享：微信　微博　复制链接", "share", "bar")
    h.el(
        "p",
        f"{KB_GROUP}有限公司　地址：澄湾市港城大道{r.randint(100, 999)}号　"
        f"调度值班：0574-8{r.randint(1000000, 9999999)}",
        "",
        "footer",
    )
    h.el("p", f"版权所有 © {KB_GROUP}　浙ICP备{r.randint(10000000, 99999999)}号-1", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the cinema chain's daily box office (a compilation, text, UTF-8 / UTF-16) ----------------

PF_N = [4, 3, 5, 2, 3, 4, 3, 2]
PF_BREAK = {1, 4, 6}


def fam_piaofang(g: GenYO, i: int) -> Made:
    """'岚影院线' daily box-office reports, a weekly print copy of consecutive days."""
    r = g.r
    k = PF_N[i]
    first = _day(g)
    first -= datetime.timedelta(days=first.weekday())  # the Monday
    first += datetime.timedelta(days=r.randint(0, 7 - k))
    days = [first + datetime.timedelta(days=j) for j in range(k)]
    films = r.sample(PF_FILMS, 6)
    used: set[str] = set()
    made = [g.box_day(d, films, r.choice(PF_WRITERS), used) for d in days]
    arts = [a for a, _ in made]
    page_no = counter(2, r.randint(3, 4), lambda p, t: f"{PF_CHAIN}·日报汇编（打印稿）　‹{p}›")
    hurt = r.sample(range(k), 2)
    if i in PF_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in (0, 2, 3, 5, 7):
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    wk = first.isocalendar()[1]
    printed = days[-1] + datetime.timedelta(days=1)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{PF_CHAIN}　经营数据中心　｜　院线日报汇编（打印稿）"),
            ("header", "首页 › 数据中心 › 院线日报 › 周汇编"),
            (
                "header",
                f"{first.year}年第{wk}周院线日报（{days[0].month}月{days[0].day}日—"
                f"{days[-1].month}月{days[-1].day}日）",
            ),
            (
                "header",
                f"打印：运营管理部　{printed.year}-{printed.month:02d}-{printed.day:02d} "
                f"{g.clock()}",
            ),
            (
                "notice",
                "本汇编数据来自院线票务系统实时上报，含服务费，与国家电影专资办发布数据可能存在差异，"
                "仅供内部参考。",
            ),
        ],
    )
    for a, strip in made:
        lines.append("")
        lines.append(strip)
        lines.append(a.title)
        lines.append(f"统计口径：含服务费　／　数据截至次日 02:00　／　执笔：{a.meta['author']}")
        lines += a.page
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(lines, chrome, [("bar", "—— 本日完 ——")])
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"上一周：第{wk - 1}周日报汇编　　下一周：第{wk + 1}周日报汇编"),
            ("bar", "【打印】　【导出Excel】　【返回列表】"),
            ("footer", f"{PF_CHAIN}管理有限公司　经营数据中心　内部资料，请勿外传"),
            ("footer", f"© 2016-{first.year} {PF_CHAIN}　技术支持：票务系统运维组"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the conscription office's notices (single, HTML, GBK) -----------------------------------


def fam_zhengbing(g: GenYO, i: int) -> Made:
    """'柘川县人民政府征兵办公室' notices on the county portal, HTML in GBK."""
    r = g.r
    pub = _day(g)
    a = g.conscription(i, pub.year)
    a.meta["published"] = f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"
    if i in (1, 2, 4, 5, 7):
        damage(g, a, [ODD[i % 3]])
    even = i % 2 == 0
    cn_day = f"{pub.year}年{pub.month}月{pub.day}日"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gbk">')
    h.raw(f"<title>{escape(a.title)}_征兵专栏_{ZB_COUNTY}人民政府</title>")
    h.raw('<script src="/js/common.js"></script>', "</head>", "<body>")
    h.el("div", f"{ZB_COUNTY}人民政府　ZHECHUAN COUNTY", "logo", "header")
    h.links(
        "header", ["首页", "政务公开", "政务服务", "互动交流", "走进柘川", "征兵专栏"], "　", "nav"
    )
    h.el("div", "您现在的位置：首页 > 征兵专栏 > 通知公告", "loc", "header")
    h.el("h1", a.title)
    if even:
        h.el("p", f"（{ZB_OFFICE}　{cn_day}）", "sub")
    h.el("div", "【字体：大 中 小】　【打印本页】　【关闭窗口】", "tool", "bar")
    h.raw('<div class="article">')
    for x in a.page:
        h.el("h4" if x[:2] in ("一、", "二、", "三、") and len(x) < 10 else "p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    if not even:
        eds = r.sample(ZB_EDITORS, 2)
        h.el("p", ZB_OFFICE, "sign")
        h.el("p", cn_day, "sign")
        h.el(
            "div",
            f"责任编辑：{eds[0]}　　审核：{eds[1]}　　"
            f"发布时间：{pub.year}-{pub.month:02d}-{pub.day:02d} {g.clock()}　　"
            f"浏览：{r.randint(200, 5000)}",
            "info",
        )
    h.el("div", "分享到：微信　微博　QQ空间", "share", "bar")
    h.el(
        "p",
        "依法服兵役是中华人民共和国公民的光荣义务。对拒绝、逃避兵役登记或者征集的，"
        "将依法予以处理并纳入失信记录。",
        "warn",
        "notice",
    )
    h.links("related", ["全国征兵网", "兵役登记入口", "征兵政策问答"], "　｜　", "links")
    h.el("h4", "征兵专栏其他信息", "", "related")
    others = [t.format(y=pub.year) for k, (t, _) in enumerate(ZB_NOTICES) if k != i]
    h.items("related", r.sample(others, 3), "more")
    h.el(
        "p",
        f"主办：{ZB_COUNTY}人民政府办公室　承办：{ZB_COUNTY}大数据发展中心　"
        f"网站标识码：33{r.randint(10000000, 99999999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"浙ICP备{r.randint(10000000, 99999999)}号　浙公网安备 330{r.randint(10000, 99999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the blood station's weekly drive previews (a compilation, text, GB18030) ----------------

XX_N = [3, 5, 2, 4, 3, 2, 4, 3]
XX_BREAK = {2, 5}


def fam_xianxue(g: GenYO, i: int) -> Made:
    """'澄州市中心血站' weekly drive previews, print view; every page one week's drives."""
    r = g.r
    k = XX_N[i]
    pub = _day(g)
    pub -= datetime.timedelta(days=pub.weekday())  # published on the Monday
    picks = r.sample(XX_DRIVES, k)
    when = sorted(r.sample(range(1, 7), k))
    arts = [g.drive(d) for d in picks]
    iso_pub = f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"
    for a in arts:
        a.meta["published"] = iso_pub
    hurt = r.sample(range(k), 2)
    if i in XX_BREAK:
        mark = f"〔澄州血站·打印页 {r.randint(2, 3)}〕"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i not in XX_BREAK:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    wk = pub.isocalendar()[1]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{XX_STATION}　｜　热血澄州无偿献血服务网（打印页）"),
            ("header", "首页 / 献血服务 / 活动预告"),
            ("header", f"献血活动预告（{pub.year}年第{wk}周）"),
            ("header", f"发布日期：{pub.year}年{pub.month}月{pub.day}日　发布：献血服务科"),
            (
                "notice",
                "参加献血前请携带本人身份证件，前一晚保证睡眠，当日早餐宜清淡，勿空腹、勿饮酒；"
                "活动时间如有调整，以本站公众号通知为准。",
            ),
        ],
    )
    for d, pick, a in zip(when, picks, arts, strict=True):
        day = pub + datetime.timedelta(days=d)
        h1 = r.choice([8, 9, 13, 14])
        lines.append("")
        lines.append(a.title)
        lines.append(
            f"◈ {pick[3]} ◈ {day.month:02d}/{day.day:02d}（{WEEK[day.weekday()]}）"
            f"{h1:02d}:30～{h1 + r.randint(3, 4):02d}:00 ◈ "
            + ("血站本部" if pick[3] == "机采血小板" else f"采血车 澄C·{r.choice(XX_PLATES)}")
            + " ◈ "
            f"已预约 {r.randint(12, 90)} 人"
        )
        lines += a.page
        lines.append(f"（组织单位：{a.meta['origin']}　　现场联络：{r.choice(XX_CONTACTS)}）")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"往期预告：第{wk - 1}周　第{wk - 2}周　第{wk - 3}周"),
            ("bar", "【打印】　【返回】　【预约献血】"),
            (
                "footer",
                f"{XX_STATION}　地址：澄州市滨湖路{r.randint(20, 99)}号　"
                f"献血咨询热线：0577-8{r.randint(1000000, 9999999)}",
            ),
            ("footer", f"版权所有：{XX_STATION}　浙ICP备{r.randint(10000000, 99999999)}号"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_yo_kaobo", "sealed", "utf-8-sig", "\r\n", 8, fam_kaobo, "html"),
    BlindFamily(
        "sealed_yo_piaofang", "sealed", "utf-8", "\n", 8, fam_piaofang, "txt", ("utf-8", "utf-16")
    ),
    BlindFamily("sealed_yo_zhengbing", "sealed", "gbk", "\n", 8, fam_zhengbing, "html"),
    BlindFamily("sealed_yo_xianxue", "sealed", "gb18030", "\r\n", 8, fam_xianxue),
]

assert len(ZB_NOTICES) == 8 and len(XX_DRIVES) >= 5 and len(PF_FILMS) >= 6


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6700, gen=GenYO)
