"""Four more invented families for a blind test of the generic layer (set ``yq``): a city
traffic police detachment's violation exposure lists 交通违法曝光台 in a print copy (plain
text, GB18030, CRLF; every page one issue's exposed vehicles, each under a plate row
``【屿B·5K2Q7】　小型轿车　蓝牌　·　违法代码 1625　·　记6分`` ABOVE the bare title, three
``违法时间：`` / ``违法地点：`` / ``违法行为：`` lines and three paragraphs, closed by a
``（采集：城东大队电子警察　｜　审核民警：X）`` row, the print copy's mark cutting sentences), a
county transport bureau's rural road maintenance notices 农村公路养护作业公告 (HTML, GB2312
declared ``<meta http-equiv=… charset=gb2312>``, CRLF; every page one issue's road sections,
each under a stake strip ``X027 柘口至白沙公路　┆　K12+300～K15+860　┆　半幅通行`` ABOVE its
``<h3>`` title and closed by a ``养护单位：…　　现场负责人：…`` row), a courier company's service
notices 服务公告 (HTML, UTF-8 without BOM declared ``<meta charset="utf-8">``, LF; single
notices, the ``<h1>`` title over an ``影响区域：…　｜　公告状态：…`` row on even pages, an ``<h1>``
that PREFIXES the title with its date ``〔2024-01-30〕`` on odd ones, the company-and-date
sign-off after the text on all) and a Taiwan county government's land expropriation notices
徵收公告 in a print view (plain text, CRLF, Big5 (cp950) on even pages and UTF-16 with BOM on
odd ones; traditional letters; single 公文 with a web row BELOW the bare title on even pages
and ABOVE it on odd ones, then the 公文 head ``竹渚縣政府　公告`` /
``發文日期：中華民國113年5月2日`` / ``發文字號：…`` / ``附件：…``, the ``主旨：`` /
``依據：`` / ``公告事項：`` text with one ``（一）`` line per land lot, the 縣長 sign-off,
the 公文's ``第1頁　共2頁`` folio cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a traffic violation exposure board, a rural road maintenance notice board, a
courier's service notices, a county's expropriation notices), header shapes, title
placement, metadata layout and labels, chrome wording, page marks and encoding.  On the HTML
pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yq_weifa`` ('漳屿市公安局交通警察支队' 交通违法曝光台, plain text, GB18030, CRLF;
  every page a compilation of 4, 3, 5, 2, 4, 3, 5, 3 exposed vehicles of one issue):
  ``漳屿市公安局交通警察支队　交通违法曝光台（打印稿）``, ``首页 ▸ 警务公开 ▸ 违法曝光台 ▸
  第11期`` and ``2024年第11期交通违法曝光　　发布：2024-03-18　　本期曝光4起`` (``header``), the
  ``被曝光车辆的驾驶人或所有人……依法公告送达。`` line (``notice``).  Per vehicle: the plate
  row ``【屿B·5K2Q7】　小型轿车　蓝牌　·　违法代码 1625　·　记6分`` (neither), the bare title
  ``小型轿车在滨海大道与学府路交叉口闯红灯`` (title and first content line), the lines
  ``违法时间：2024年3月2日 08:14`` / ``违法地点：…`` / ``违法行为：…`` (content, labels kept),
  three paragraphs (how it was caught, the penalty and whether the driver has come, the
  police's reminder; content), the row ``（采集：城东大队电子警察　｜　审核民警：韦振东）``
  (metadata, neither), a ``═`` rule (``bar``, after each vehicle, the last included).  Page
  breaks: the print copy's mark ``— 漳屿交警曝光台打印稿　第2页 —`` (``page_number``) cuts a
  paragraph between two CJK letters in one vehicle on pages 1, 4 and 6.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in another vehicle on pages 0, 2, 3, 5, 7.  Chrome
  at the end: ``往期曝光：第10期　第9期　第8期`` (``related``), ``【打印】　【关闭】　【我要举报】``
  (``bar``), the ``随手拍`` reporting line (``notice``), the address line and the ICP line
  (``footer``).  Meta per vehicle: published (the ISSUE's date on the header row; the
  违法时间 three to twenty days earlier is content, not the date), author (the reviewing
  officer), origin (the squad that caught it).
* ``sealed_yq_yanghu`` ('柘川县交通运输局' 农村公路养护作业公告, HTML, GB2312 declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gb2312">``, CRLF; every page a
  compilation of 3, 4, 2, 3, 5, 2, 4, 3 road sections): ``<title>`` = ``柘川县农村公路养护作业公告
  （2023年第14期）_养护公告_柘川县交通运输局``; the logo row ``柘川县交通运输局　ZHECHUAN
  TRANSPORT``, a nav row, ``当前位置：首页 >> 公路养护 >> 养护公告``, the issue's ``<h2>`` and
  ``发布机构：柘川县农村公路管理所　　发布日期：2023-06-05　　【字体：大 中 小】`` (all
  ``header``), the ``养护作业期间……敬请谅解。`` line (``notice``).  Per section: the stake strip
  ``X027 柘口至白沙公路　┆　K12+300～K15+860　┆　半幅通行`` (neither) ABOVE the ``<h3>`` title
  ``柘口至白沙公路路面坑槽修补`` (title and first content line), the ``作业时间：…`` line, two
  paragraphs and a ``绕行提示：…`` line (content), the row ``养护单位：X　　现场负责人：Y
  139…`` (metadata, neither), ``→ 查看作业路段示意图`` (``bar``).  Chrome at the end: the
  sign-off ``柘川县农村公路管理所`` and ``2023年6月5日`` (``notice``: the issue's, not a
  section's), ``【打印本页】　【关闭窗口】`` (``bar``), ``上一期：…`` / ``下一期：…``
  (``related``), two footer lines.  Damage: one kind in one section on pages 0, 2, 3, 5 and
  7; no page breaks.  Meta per section: published (the issue's 发布日期; the 作业时间 is
  later and content), origin (the 养护单位).
* ``sealed_yq_kuaidi`` ('鹊桥速运', HTML, UTF-8 without BOM declared ``<meta charset="utf-8">``,
  LF; single notices): ``<title>`` = ``X-服务公告-鹊桥速运``; ``鹊桥速运　QUEQIAO EXPRESS``, a
  ``　/　`` nav row and ``服务支持 > 服务公告 > 公告详情`` (``header``).  Even pages: the ``<h1>``
  title OVER ``影响区域：A、B、C　｜　公告状态：生效中`` (neither); odd pages: the ``<h1>``
  ``〔2024-01-30〕title`` (neither: a title row carrying the date; the title is its bare
  text after the bracket, and the article's content starts at the salutation).  The content:
  ``尊敬的客户：``, the cause paragraph ending ``……将作如下调整：``, one ``<li>`` line per region
  ``1. 福建省沿海地区：暂停收寄，已揽收快件正常派送；`` and three paragraphs (the recovery, how to
  check, the apology); AFTER it the sign-off ``鹊桥速运（集团）有限公司`` and ``2024年1月30日``
  (metadata, neither).  Chrome: ``运单查询　｜　寄件下单　｜　网点查询　｜　在线客服`` (``bar``),
  the ``以上服务调整信息……为准。`` line (``notice``), ``近期公告`` and three other titles
  (``related``), two footer lines (hotlines; copyright and ICP).  Damage: one kind on pages
  0, 1, 3, 4, 6 and 7.  Meta: published (the sign-off date), issuer (the company).
* ``sealed_yq_zhengshou`` ('竹渚縣政府' 地政公告, plain text, CRLF, Big5 (cp950) on even pages
  and UTF-16 with BOM on odd ones; traditional letters; single notices):
  ``竹渚縣政府全球資訊網　｜　友善列印`` and ``首頁 ＞ 公告資訊 ＞ 地政公告`` (``header``).  Even
  pages: the bare title OVER the web row ``公告日期：2024-05-02　｜　發布單位：地政處地權科　｜
  點閱次數：318`` (metadata, neither); odd pages: the web row ABOVE the bare title.  Then the
  公文 head ``竹渚縣政府　公告``, ``發文日期：中華民國113年5月2日`` (ROC year),
  ``發文字號：府地權字第1130087215號`` and ``附件：徵收土地清冊１份`` (all neither; the first
  holds the issuer, the third the doc number).  The content: ``主旨：…``, ``依據：…``,
  ``公告事項：``, ``一、…`` … ``六、…`` with, under ``三、``, one ``（一）和平段０４１２地號，
  徵收面積６４１．４５平方公尺，所有權人彭氏等３人，補償金額新臺幣６，３６８，９５７元。``
  line per lot (full-width digits, points and commas; all content), then ``縣長　楊文科``
  (metadata, neither).  Page breaks: the 公文 folio ``第1頁　共2頁`` (``page_number``) cuts
  a paragraph between two CJK letters on pages 1, 3 and 6.  Damage: one kind on pages 0, 2,
  4, 5 and 7.  Chrome at the end: ``相關公告：`` and two
  ``‧ title`` lines (``related``), ``回上一頁　｜　列印本頁　｜　分享到 Facebook`` (``bar``), the
  ``本公告如有疑義……`` line (``notice``), the address line and the copyright line
  (``footer``).  Meta: published (the web row's ISO date = the ROC 發文日期), issuer (the
  government), doc_number (the 發文字號), author (the 縣長 who signs).

Truth as :mod:`tests.families.blind_families_yp`: header and metadata rows are neither
content nor chrome; titles are bare and are their piece's first content line (except on
``kuaidi``'s odd pages, see below); dates YYYY-MM-DD; a compilation's header lines are chrome
of kind ``header``, its per-piece rows metadata or neither (never ``article_header``).
Arguable and fixed here: an exposure's plate row is neither (its code and points repeat the
text), its 违法时间 / 违法地点 / 违法行为 lines and the police's reminder are content, every
vehicle takes the ISSUE's date (the day it was exposed), not the day of the violation, and
the 随手拍 line at the end is ``notice``; a maintenance section's stake strip is neither, its
作业时间 line content, its 养护单位 row metadata (origin) and the issue's sign-off after the
last section ``notice`` of the page (no section owns it); a courier notice's region lines
are content (they are the notice), its 影响区域 row neither (it repeats them), and on odd
pages the dated ``<h1>`` is a title row that is NOT a content line (the title is not a line
of its own there); an expropriation notice's 公文 head rows are neither (issuer and doc
number read from them), 公告事項： is a content line, the lot lines are content, the
縣長 line is metadata (author) and the ROC dates inside the text are content.  Compiled
pages: every ``weifa`` and ``yanghu`` page; ``kuaidi`` and ``zhengshou`` pages are single.
``python -m tests.families.blind_families_yq`` (seed base 6900) rewrites them and checks the
truth against the pages.

Measured blind at main ``6edc6593`` (per family, F1 / residue / titles / counts / repairs /
metadata): kuaidi .993/0/1/1/1/1, weifa .873/.077/0/0/1/0, yanghu .851/0/1/1/1/.5 and
zhengshou .900/.320/.5/1/1/.5.  Blind to the first round of session 29 (six general fixers
and a repair fix merged, ``5eade7dc``): identical on all four families.  Tuning material from
then (yqfix): rows of one form under
any bracketed code (not only a Han word) mark a compilation's pieces, each titled by the bare
line under its row, and an issuer-and-kind head (``某县政府　公告``) is no title: weifa
.954/0/1/1/1/0, zhengshou .911/.320/1/1/1/.5, kuaidi and yanghu unchanged.  Open: weifa's
closing credit rows and its issue's date (the head row goes as site chrome before the
split), yanghu's stake strips kept as text and its 养护单位 rows unread, zhengshou's related
list and per-page contact line at the foot, its 縣長 sign-off and the 公文 head's issuer.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yq_text import (
    KD_BRAND,
    KD_COMPANY,
    KD_NOTES,
    KD_SIDE,
    WF_ACTS,
    WF_CARS,
    WF_OFFICERS,
    WF_PLACES,
    WF_SQUADS,
    WF_UNIT,
    YH_BOSS,
    YH_BUREAU,
    YH_COUNTY,
    YH_OFFICE,
    YH_ROADS,
    YH_UNITS,
    ZS_DEPT,
    ZS_GOV,
    ZS_HEADS,
    ZS_KIND,
    ZS_PROJECTS,
    GenYQ,
    fw,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
PLATE = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


# -- 1. the traffic violation exposure lists (a compilation, print copy, GB18030) ---------------

WF_N = [4, 3, 5, 2, 4, 3, 5, 3]
WF_BREAK = {1, 4, 6}
WF_RULE = "═" * 24


def plate(g: GenYQ, colour: str) -> str:
    r = g.r
    head = f"屿{r.choice('ABCDEFG')}·"
    if colour == "绿":
        return head + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    return head + "".join(r.choice(PLATE) for _ in range(5))


def fam_weifa(g: GenYQ, i: int) -> Made:
    """'漳屿市公安局交通警察支队' 交通违法曝光台, one issue per page, GB18030 text."""
    r = g.r
    k = WF_N[i]
    y, m, d = g.date()
    no = 8 + i + r.randint(0, 2)
    g.days = [(y, m, d)] * k
    acts = r.sample(WF_ACTS, k)
    cars = [r.choice(WF_CARS) for _ in range(k)]
    places = r.sample(WF_PLACES, k)
    devices = [r.choice(a[5]) for a in acts]
    arts = [
        g.violation(a, c[0], p, v) for a, c, p, v in zip(acts, cars, places, devices, strict=True)
    ]
    squads = [r.choice(WF_SQUADS) for _ in range(k)]
    for a, s in zip(arts, squads, strict=True):
        a.meta["author"] = r.choice(WF_OFFICERS)
        a.meta["origin"] = s
    page_no = counter(2, 4, lambda p, t: f"— 漳屿交警曝光台打印稿　第{p}页 —")
    hurt = r.sample(range(k), 2)
    if i in WF_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i not in WF_BREAK:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{WF_UNIT}　交通违法曝光台（打印稿）"),
            ("header", f"首页 ▸ 警务公开 ▸ 违法曝光台 ▸ 第{no}期"),
            ("header", f"{y}年第{no}期交通违法曝光　　发布：{y}-{m:02d}-{d:02d}　　本期曝光{k}起"),
            (
                "notice",
                "被曝光车辆的驾驶人或所有人请于十五日内持驾驶证、行驶证到就近违法处理窗口接受处理，"
                "逾期不处理的，将依法公告送达。",
            ),
        ],
    )
    for a, act, car, s, v in zip(arts, acts, cars, squads, devices, strict=True):
        lines.append("")
        lines.append(
            f"【{plate(g, car[1])}】　{car[0]}　{car[1]}牌　·　违法代码 {act[0]}　·　记{act[3]}分"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(f"（采集：{s}{v}　｜　审核民警：{a.meta['author']}）")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(lines, chrome, [("bar", WF_RULE)])
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", "往期曝光：" + "　".join(f"第{no - j}期" for j in (1, 2, 3))),
            ("bar", "【打印】　【关闭】　【我要举报】"),
            (
                "notice",
                "发现交通违法行为，可通过“漳屿交警”微信公众号“随手拍”栏目举报，经查实的给予奖励。",
            ),
            (
                "footer",
                f"{WF_UNIT}　地址：漳屿市湖滨南路{r.randint(100, 400)}号　"
                f"值班电话：0592-{r.randint(5000000, 5999999)}",
            ),
            ("footer", f"主办：{WF_UNIT}　屿ICP备{r.randint(10000000, 99999999)}号"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the rural road maintenance notices (a compilation, HTML, GB2312) ------------------------

YH_N = [3, 4, 2, 3, 5, 2, 4, 3]


def fam_yanghu(g: GenYQ, i: int) -> Made:
    """'柘川县交通运输局' 农村公路养护作业公告, HTML in GB2312; every page one issue."""
    r = g.r
    k = YH_N[i]
    y, m, d = g.date()
    g.days = [(y, m, d)] * k
    roads = r.sample(YH_ROADS, k)
    arts = []
    for road in roads:
        k0 = r.randint(0, 18) * 1000 + r.randint(0, 9) * 100
        k1 = k0 + r.randint(6, 40) * 100 + r.randint(1, 9) * 10
        a = g.maint(road, k0, k1)
        a.meta["origin"] = r.choice(YH_UNITS)
        arts.append((road, k0, k1, a))
    if i in (0, 2, 3, 5, 7):
        damage(g, arts[r.randrange(k)][3], [ODD[i % 3]])
    no = 10 + i + r.randint(0, 3)
    name = f"{YH_COUNTY}农村公路养护作业公告（{y}年第{no}期）"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    h.raw(f"<title>{name}_养护公告_{YH_BUREAU}</title>")
    h.raw('<link rel="stylesheet" href="/css/style.css">', "</head>", "<body>")
    h.el("div", f"{YH_BUREAU}　ZHECHUAN TRANSPORT", "logo", "header")
    h.links(
        "header", ["首页", "机构概况", "政务公开", "交通建设", "公路养护", "办事服务"], "　", "nav"
    )
    h.el("div", "当前位置：首页 >> 公路养护 >> 养护公告", "pos", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"发布机构：{YH_OFFICE}　　发布日期：{y}-{m:02d}-{d:02d}　　【字体：大 中 小】",
        "info",
        "header",
    )
    h.el(
        "p",
        "养护作业期间请过往车辆减速慢行，服从现场人员指挥；因养护作业给您出行带来的不便，敬请谅解。",
        "tip",
        "notice",
    )
    for road, k0, k1, a in arts:
        h.raw('<div class="sec">')
        h.el(
            "div",
            f"{road[0]} {road[1]}　┆　K{k0 // 1000}+{k0 % 1000:03d}～K{k1 // 1000}+{k1 % 1000:03d}"
            f"　┆　{road[3]}",
            "zh",
        )
        h.el("h3", a.title)
        h.body(a)
        h.el(
            "p",
            f"养护单位：{a.meta['origin']}　　现场负责人：{r.choice(YH_BOSS)}　"
            f"13{r.randint(5, 9)}{r.randint(10000000, 99999999)}",
            "unit",
        )
        h.el("div", "→ 查看作业路段示意图", "map", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("p", YH_OFFICE, "sign", "notice")
    h.el("p", f"{y}年{m}月{d}日", "sign", "notice")
    h.el("div", "【打印本页】　【关闭窗口】", "tool", "bar")
    h.el("div", f"上一期：{YH_COUNTY}农村公路养护作业公告（{y}年第{no - 1}期）", "prev", "related")
    h.el("div", f"下一期：{YH_COUNTY}农村公路养护作业公告（{y}年第{no + 1}期）", "next", "related")
    h.el(
        "p",
        f"{YH_BUREAU}　地址：柘川县城关镇解放路{r.randint(10, 99)}号　"
        f"电话：0597-{r.randint(3000000, 3999999)}",
        "",
        "footer",
    )
    code = r.randint(3500000000, 3599999999)
    h.el("p", f"网站标识码：{code}　闽ICP备0{r.randint(1000000, 9999999)}号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a for *_, a in arts], h.chrome, True


# -- 3. the courier's service notices (single, HTML, UTF-8) -------------------------------------


def fam_kuaidi(g: GenYQ, i: int) -> Made:
    """'鹊桥速运' service notices, HTML; the title row dated on odd pages."""
    r = g.r
    note = KD_NOTES[i]
    a = g.courier(note)
    if i in (0, 1, 3, 4, 6, 7):
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.raw(f"<title>{a.title}-服务公告-{KD_BRAND}</title>")
    h.raw("<script>window.__qq = {page: 'notice'};</script>", "</head>", "<body>")
    h.el("div", f"{KD_BRAND}　QUEQIAO EXPRESS", "brand", "header")
    h.links(
        "header", ["首页", "寄快递", "查快递", "服务支持", "企业服务", "关于我们"], "　/　", "nav"
    )
    h.el("div", "服务支持 > 服务公告 > 公告详情", "crumb", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el("div", f"影响区域：{'、'.join(note[3])}　｜　公告状态：生效中", "scope")
        body = [a.title]
    else:
        h.el("h1", f"〔{y}-{m:02d}-{d:02d}〕{a.title}")
        body = []
    h.raw('<div class="notice-body">')
    for ln in a.page:
        if ln[:2] == "1.":
            h.raw('<ul class="area">')
        h.el("li" if ln[:1].isdigit() else "p", ln)
        if ln[:1].isdigit() and ln.endswith("；") and ln[:2] == f"{len(note[3])}.":
            h.raw("</ul>")
    h.el("p", KD_COMPANY, "sign")
    h.el("p", f"{y}年{m}月{d}日", "sign")
    h.raw("</div>")
    a.lines = [*body, *a.lines]
    h.el("div", "运单查询　｜　寄件下单　｜　网点查询　｜　在线客服", "tools", "bar")
    h.el(
        "p",
        f"以上服务调整信息将根据实际情况动态更新，请以本页面最新内容为准。（{r.choice(KD_SIDE)}）",
        "tip",
        "notice",
    )
    h.el("h4", "近期公告", "", "related")
    others = [x[0].format(y=y) for k, x in enumerate(KD_NOTES) if k != i]
    h.items("related", r.sample(others, 3), "more")
    h.el(
        "p",
        f"客服热线：95{r.randint(100, 999)}　"
        f"投诉电话：400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"Copyright © 2012-{y} {KD_COMPANY}　沪ICP备1{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the Taiwan county's land expropriation notices (single, Big5 / UTF-16 text) -------------

ZS_BREAK = {1, 3, 6}


def fam_zhengshou(g: GenYQ, i: int) -> Made:
    """'竹渚縣政府' 地政公告 (徵收), print view; Big5 on even pages, UTF-16 on odd ones."""
    r = g.r
    proj = ZS_PROJECTS[i]
    a = g.expro(proj, ZS_KIND[i % 3])
    y, m, d = ymd(a)
    head = r.choice(ZS_HEADS)
    a.meta["author"] = head
    doc = f"府地權字第{y - 1911}00{r.randint(10000, 99999)}號"
    a.meta["doc_number"] = doc
    if i in ZS_BREAK:
        mark = f"第{r.randint(1, 2)}頁　共{r.randint(2, 3)}頁"
        damage(g, a, ["page_break"], lambda: [("page_number", mark)])
    if i in (0, 2, 4, 5, 7):
        damage(g, a, [ODD[i % 3]])
    row = (
        f"公告日期：{y}-{m:02d}-{d:02d}　｜　發布單位：{r.choice(ZS_DEPT)}　｜　"
        f"點閱次數：{r.randint(60, 900)}"
    )
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZS_GOV}全球資訊網　｜　友善列印"),
            ("header", "首頁 ＞ 公告資訊 ＞ 地政公告"),
        ],
    )
    lines += [a.title, row] if i % 2 == 0 else [row, a.title]
    lines += [
        "",
        f"{ZS_GOV}　公告",
        f"發文日期：中華民國{y - 1911}年{m}月{d}日",
        f"發文字號：{doc}",
        f"附件：徵收土地清冊{fw(1)}份",
        "",
    ]
    lines += a.page
    lines += ["", f"縣長　{head}", ""]
    a.lines = [a.title, *a.lines]
    chrome += a.chrome
    others = [f"公告徵收土地辦理「{x[2]}」" for k, x in enumerate(ZS_PROJECTS) if k != i]
    put(
        lines,
        chrome,
        [
            ("related", "相關公告："),
            *[("related", f"‧ {x}") for x in r.sample(others, 2)],
            ("bar", "回上一頁　｜　列印本頁　｜　分享到 Facebook"),
            (
                "notice",
                "本公告如有疑義，請洽本府地政處地權科，"
                f"電話：（０３）５５１{fw(r.randint(1000, 9999))}分機{fw(r.randint(200, 499))}。",
            ),
            (
                "footer",
                f"{ZS_GOV}　地址：302竹渚縣竹北市光明路{r.randint(1, 60)}號　"
                f"總機：（03）551-8{r.randint(100, 999)}",
            ),
            ("footer", f"版權所有　{ZS_GOV}　Copyright {y} All Rights Reserved."),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_yq_weifa", "sealed", "gb18030", "\r\n", 8, fam_weifa),
    BlindFamily("sealed_yq_yanghu", "sealed", "gb2312", "\r\n", 8, fam_yanghu, "html"),
    BlindFamily("sealed_yq_kuaidi", "sealed", "utf-8", "\n", 8, fam_kuaidi, "html"),
    BlindFamily(
        "sealed_yq_zhengshou",
        "sealed",
        "cp950",
        "\r\n",
        8,
        fam_zhengshou,
        "txt",
        ("cp950", "utf-16"),
    ),
]

assert len(KD_NOTES) == 8 and len(ZS_PROJECTS) == 8 and len(YH_ROADS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6900, gen=GenYQ)
