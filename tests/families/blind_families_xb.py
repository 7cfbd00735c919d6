"""Four more invented families for a blind test of the generic layer (set ``xb``): a county
ecology-environment bureau's rectification notices 整改通知公示 in a print view (plain text,
GB18030, CRLF; every page one month's notices, newest first, each under a status-code-term
row ``⊙ 逾期未改　▏单号 ZG21-0100　▏限期 15 日`` ABOVE the bare title, the 文号 line
``澹环改〔2021〕91号`` UNDER it and a one-line seal-and-date sign-off ``澹陵县生态环境局（章）
二〇二一年一月二十四日`` after the text; a dotted page mark cutting sentences), a city bus
group's route change notices 线路调整公告 (HTML, UTF-8 WITH BOM declared by ``http-equiv``,
LF; every page one posting day's notices, each an ``<h4>`` title FIRST with a route strip
``线路 K3路　｜　运营单位：岑阳公交第三客运分公司　｜　实施：3月7日首班起　｜　临时绕行``
UNDER it and no sign-off), an island county's fishing-ban notices 禁漁公告 (HTML, Big5 (cp950)
declared by ``http-equiv``, CRLF; traditional letters; single notices whose metadata stand
ONLY in a ``公文資訊`` block at the very END of the page, AFTER the tool bar and the related
links, the ROC-dated 發文日期 there and a different 上稿日期 in the header) and a city
hospital's outpatient roster changes 门诊出诊变动公告 in a print preview (plain text, UTF-16
with BOM, CRLF; every page the latest notices, newest first, each under an ASCII-pipe table
row ``| 01-31 | 周四 | 下午 | 心血管内科 | 调诊 |`` ABOVE the bare title and closed by a
``——心血管内科护士站　2019-01-25 11:33 发布`` row; a preview page mark cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  Of the brief's pool, a housing lottery
(``yx``) and a library new-book bulletin (``za``) already have cousins; the four kinds here
(a pollution rectification board, a bus route change page, a fishing-ban notice page, an
outpatient roster-change board) have none.  No family is a JSONL crawl batch: no earlier set
wrote one to follow.  The families differ from every family already here in site kind,
per-piece header shapes (the ``⊙`` status-code-term row with the 文号 under the title, the
``<h4>``-first piece with its strip under it, the ASCII-pipe table row), title placement,
metadata layout and labels (the 公文資訊 block after the chrome), chrome wording, page marks
and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_xb_zhenggai`` ('澹陵县生态环境局' 整改通知公示, plain text, GB18030, CRLF; every page a
  compilation of 3, 2, 4, 3, 5, 2, 4, 3 notices of one month, newest first):
  ``澹陵县生态环境局　>> 执法监管 >> 整改通知公示　　【打印】`` and ``栏目：整改通知公示
  本页共3条　　打印时间：2021-01-24 20:54`` (the newest notice's day; both ``header``), the
  ``（温馨提示：企业对整改通知有异议的，……陈述申辩意见。）`` line (``notice``).  Per notice,
  after a blank line: the row ``⊙ 已送达　▏单号 ZG21-0779　▏限期 15 日`` (status ``整改中`` /
  ``已复查销号`` / ``逾期未改`` / ``已送达``; neither: the 单号 is a case code, not the doc
  number), the bare title
  ``关于澹陵县恒裕塑胶制品有限公司厂区物料露天堆放未采取防尘措施的整改通知`` (the title and the
  notice's first content line), the 文号 line ``澹环改〔2021〕95号`` (metadata, neither; the
  numbers run down the page), the salutation ``澹陵县恒裕塑胶制品有限公司：``, the finding
  paragraph (it names the inspection day, some days before the notice), the rule line ending
  ``……完成以下整改：``, the steps ``一、…；`` / ``二、…；`` / ``三、…。`` and the warning
  paragraph (all content), then the sign-off ``澹陵县生态环境局（章）　二〇二一年一月二十四日``
  (metadata, neither).  Page breaks: the print view's mark ``………………　第 2 页　………………``
  (``page_number``) cuts a paragraph between two CJK letters in one notice on pages 1, 4 and
  6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) in another notice on
  pages 0, 2, 3, 5 and 7.  Chrome at the end: ``往期公示：…　｜　…　｜　…`` (``related``),
  ``【打印本页】　【关闭窗口】　【返回顶部】`` (``bar``), the address-and-hotline line and the
  sponsor-and-ICP line (``footer``).  Meta per notice: issuer (the bureau on the seal line),
  published (the sign-off's Chinese-numeral date, not the inspection day in the finding),
  doc_number (the 文号, not the ``ZG`` 单号).
* ``sealed_xb_xianlu`` ('岑阳市公共交通集团有限公司' 线路调整公告, HTML, UTF-8 with BOM declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=utf-8">``, LF; every page a
  compilation of 2, 3, 4, 2, 3, 4, 2, 3 notices posted on one day): ``<title>`` =
  ``线路调整公告 - 出行服务 - X``; the top line ``岑阳公交　出行更便捷　服务热线 96177``, the
  `` | `` menu row, ``您现在的位置：首页 > 出行服务 > 线路调整公告``, the ``<h2>`` ``线路调整公告``
  and ``发布时间：2024年3月1日　来源：岑阳市公共交通集团有限公司　浏览次数：3232`` (all
  ``header``).  Per notice, in a ``<div>``: the ``<h4>`` title ``关于K3路公交线路临时绕行的公告``
  FIRST (the title and the notice's first content line), then the strip ``线路 K3路　｜　运营单位：
  岑阳公交第三客运分公司　｜　实施：3月7日首班起　｜　临时绕行`` (neither; its 运营单位 is
  metadata), the lead paragraph (why, from which day), ``调整前走向：A—B—C—D`` /
  ``调整后走向：…`` / ``取消停靠站点：…；新增停靠站点：…。`` (or ``线路走向：…（不变）`` /
  ``沿途停靠站点不变。`` for a timetable change), ``首末班时间：…，票价及换乘优惠不变。``, the
  service paragraph and ``监督电话：…`` (all content; labels kept); no sign-off.  Chrome at the
  end: the ``温馨提示：……以车辆实际运行为准。`` line (``notice``), ``【打印】　【收藏】　【关闭】``
  (``bar``), the ``<h5>`` ``相关公告`` and two titles (``related``), the address line and the
  ICP-and-police-record line (``footer``).  Damage: one kind in one notice on pages 0, 2, 3, 5
  and 6; no page breaks.  Meta per notice: issuer (the strip's 运营单位, the branch, not the
  group named as 来源 in the header), published (the page's 发布时间: the 实施 day, three to nine
  days later, is not the date).
* ``sealed_xb_jinyu`` ('汐嶼縣政府漁業處' 禁漁公告, HTML, Big5 (cp950) declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=big5">``, CRLF; traditional letters;
  single notices): ``<title>`` = ``TITLE-禁漁公告-汐嶼縣政府漁業處`` and a head ``<meta
  name="DC.Date">`` holding the 發文日期 in ISO; the logo line ``汐嶼縣政府漁業處　Xiyu County
  Fisheries Office``, the ``／`` quick-link row, ``首頁 > 公告訊息 > 禁漁公告`` and
  ``上稿日期：2022-10-23　｜　點閱次數：1380`` (all ``header``).  The title in a plain ``<div>``
  ``公告清水潭水庫集水區全年禁止捕撈淡水魚類`` (the title and the first content line), then
  ``主旨：…。``, ``依據：…。``, ``公告事項：`` and four items ``一、禁漁期間：…。`` …
  ``四、違反本公告者，……`` (all content; labels kept).  AFTER the text: ``列印｜轉寄｜回上頁``
  (``bar``), the ``<h4>`` ``相關公告`` and two titles (``related``), THEN the 公文資訊 block of
  four ``<div>`` lines ``發文機關：汐嶼縣政府`` / ``發文字號：嶼府漁管字第1113950386號`` /
  ``發文日期：中華民國111年10月21日`` / ``承辦人：X　電話：…`` (metadata, neither), then the
  ``本處公告以公文正本為準，網頁內容僅供參考。`` line (``notice``) and two footer lines
  (``footer``).  Damage: one kind on pages 0, 2, 3, 5 and 7; no page breaks.  Meta: issuer
  (the 發文機關 ``汐嶼縣政府``, not the 漁業處 that runs the site), doc_number (the 發文字號),
  published (the 發文日期, ROC on the page, ISO in the head; not the later 上稿日期 in the
  header, nor the ban period's first day, which is the same day on three-year bans and is
  content), author (the 承辦人).
* ``sealed_xb_paiban`` ('濂江市第二人民医院' 门诊出诊变动公告, plain text, UTF-16 with BOM,
  CRLF; every page a compilation of 4, 3, 2, 5, 3, 4, 3, 2 notices, newest posted first):
  ``濂江市第二人民医院　门诊服务　｜　出诊变动公告（打印预览）`` and ``更新时间：2019-01-25 11:33
  共3条`` (the newest posting; both ``header``), the ``因专家出诊时间变动……另行收到短信通知。``
  line (``notice``).  Per notice, after a blank line: the row ``| 01-31 | 周四 | 下午 |
  心血管内科 | 调诊 |`` (the CLINIC day, session, department and kind ``停诊`` / ``替诊`` /
  ``加诊`` / ``调诊``; neither: it is a roster row, not metadata), the bare title
  ``关于裘雅宁主治医师1月31日下午调诊的通知`` (the title and the first content line), the lead
  paragraph, the stand-in / place line ``替诊医生：X副主任医师，就诊地点：…。`` (or ``加诊地点：…``
  / ``调整后就诊地点：…``), the refund paragraph and ``咨询电话：…`` (all content), then
  ``——心血管内科护士站　2019-01-25 11:33 发布`` (metadata, neither).  Page breaks: the mark
  ``—— 打印预览 · 第2页 ——`` (``page_number``) cuts a paragraph between two CJK letters in one
  notice on pages 1, 4 and 6; damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by
  turns) in another notice on pages 0, 2, 3, 5 and 7.  Chrome at the end: ``门诊专家出诊一览表
  ｜　…`` (``related``), ``[打印]　[关闭]`` (``bar``), the address line and the copyright-and-ICP
  line (``footer``).  Meta per notice: issuer (the posting 护士站, not the doctor nor the
  hospital), published (the posting day on the closing row, one to six days BEFORE the clinic
  day that the table row and the title name).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable and fixed
here: a rectification notice starts at its ``⊙`` status row (neither), its 文号 line under
the title and its seal-and-date sign-off are metadata rows, its salutation and numbered steps
are content, its doc_number is the 文号 and not the 单号; a route notice starts at its
``<h4>`` title (the strip comes AFTER it and is neither), its stop chains and timetable line
are content, its issuer the branch on the strip and its date the page's posting day; a
fishing-ban notice's metadata block after the chrome is neither, its issuer the county
government (發文機關), its date the 發文日期 and its author the 承辦人; a roster notice's
pipe row is neither, its date the posting day (not the clinic day) and its issuer the
护士站.  Compiled pages: every ``zhenggai``, ``xianlu`` and ``paiban`` page; ``jinyu`` pages
are single notices.  ``python -m tests.families.blind_families_xb`` (seed base 8000)
rewrites them and checks the truth against the pages.

Figures: not measured yet.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_xb_text import (
    JY_CASES,
    JY_GOV,
    JY_SITE,
    JY_STAFF,
    PB_DEPTS,
    PB_DOCS,
    PB_KIND,
    PB_RANK,
    PB_SITE,
    WEEK,
    XL_BRANCH,
    XL_KINDS,
    XL_ROUTES,
    XL_SITE,
    ZG_FIRMS,
    ZG_SITE,
    ZG_STATUS,
    ZG_WRONG,
    GenXB,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def odd(pages: tuple[int, ...], i: int) -> list[str]:
    """The artifact kind of the ``n``-th damaged page: the three kinds by turns."""
    return [ODD[pages.index(i) % 3]]


# -- 1. the rectification notices (a compilation under status rows, print view, GB18030) ------

ZG_N = [3, 2, 4, 3, 5, 2, 4, 3]
ZG_BREAK = {1, 4, 6}
ZG_HURT = (0, 2, 3, 5, 7)


def fam_zhenggai(g: GenXB, i: int) -> Made:
    """'澹陵县生态环境局' 整改通知公示, one month per page, newest first; GB18030 text."""
    r = g.r
    k = ZG_N[i]
    g.month(k, newest_first=True)
    firms = r.sample(ZG_FIRMS, k)
    made = [g.rectify(f, r.choice(ZG_WRONG)) for f in firms]
    arts = [a for a, _, _ in made]
    no = r.randint(60, 99)
    for a in arts:  # newest first: the 文号 run down the page
        a.meta["doc_number"] = a.meta["doc_number"].split("〕")[0] + f"〕{no}号"
        no -= r.randint(1, 5)
    y, m, first = (int(x) for x in arts[0].meta["published"].split("-"))
    page_no = counter(2, 3, lambda p, t: f"………………　第 {p} 页　………………")
    hurt = r.sample(range(k), 2)
    if i in ZG_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in ZG_HURT:
        damage(g, arts[hurt[1]], odd(ZG_HURT, i))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZG_SITE}　>> 执法监管 >> 整改通知公示　　【打印】"),
            (
                "header",
                f"栏目：整改通知公示　　本页共{k}条　　打印时间：{y}-{m:02d}-{first:02d} "
                f"{g.clock()}",
            ),
            (
                "notice",
                "（温馨提示：企业对整改通知有异议的，可在收到通知之日起十日内向我局书面提出"
                "陈述申辩意见。）",
            ),
        ],
    )
    for a, (_, sign, days) in zip(arts, made, strict=True):
        lines.append("")
        code = f"ZG{str(y)[2:]}-{r.randint(100, 999):04d}"
        lines.append(f"⊙ {r.choice(ZG_STATUS)}　▏单号 {code}　▏限期 {days} 日")
        lines.append(a.title)
        lines.append(a.meta["doc_number"])
        lines += a.page
        lines.append(sign)
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "related",
                f"往期公示：{y}年{m}月以前整改通知　｜　行政处罚决定公开　｜　信访投诉办理",
            ),
            ("bar", "【打印本页】　【关闭窗口】　【返回顶部】"),
            (
                "footer",
                f"{ZG_SITE}　地址：澹陵县新河路{r.randint(10, 200)}号　环保热线：12369",
            ),
            ("footer", f"主办单位：{ZG_SITE}　湘ICP备2{r.randint(1000000, 9999999)}号-1"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the bus route change notices (a compilation under <h4> titles, HTML, UTF-8 BOM) -------

XL_N = [2, 3, 4, 2, 3, 4, 2, 3]
XL_HURT = (0, 2, 3, 5, 6)


def fam_xianlu(g: GenXB, i: int) -> Made:
    """'岑阳公交' 线路调整公告, one posting day per page; HTML in UTF-8 with a BOM."""
    r = g.r
    k = XL_N[i]
    routes = r.sample(XL_ROUTES, k)
    kinds = [r.choice(XL_KINDS) for _ in routes]
    branches = [r.choice(XL_BRANCH) for _ in routes]
    y, m, d = g.date()
    g.days = [(y, m, d)] * k
    made = [g.route(ln, kd, b) for ln, kd, b in zip(routes, kinds, branches, strict=True)]
    arts = [a for a, _ in made]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    if i in XL_HURT:
        damage(g, arts[r.randrange(k)], odd(XL_HURT, i))
    h = Html()
    h.raw("\ufeff<!DOCTYPE html>", '<html lang="zh-CN">', "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    h.raw(f"<title>线路调整公告 - 出行服务 - {XL_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/css/bus.css">', "</head>", "<body>")
    h.el("div", "岑阳公交　出行更便捷　服务热线 96177", "top", "header")
    h.links(
        "header",
        ["首页", "集团概况", "出行服务", "线路查询", "乘客之声", "党建园地"],
        " | ",
        "menu",
    )
    h.el("div", "您现在的位置：首页 > 出行服务 > 线路调整公告", "loc", "header")
    h.el("h2", "线路调整公告", "", "header")
    h.el(
        "div",
        f"发布时间：{y}年{m}月{d}日　来源：{XL_SITE}　浏览次数：{r.randint(300, 9000)}",
        "info",
        "header",
    )
    for ln, kd, b, (a, when) in zip(routes, kinds, branches, made, strict=True):
        h.raw('<div class="item">')
        h.el("h4", a.title)
        h.el(
            "div",
            f"线路 {ln}　｜　运营单位：岑阳公交{b}　｜　实施：{when}首班起　｜　{kd[1]}",
            "strip",
        )
        h.body(a)
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "温馨提示：各线路实时到站信息可通过“岑阳公交”小程序查询，以车辆实际运行为准。",
        "tip",
        "notice",
    )
    h.el("div", "【打印】　【收藏】　【关闭】", "tools", "bar")
    h.el("h5", "相关公告", "", "related")
    h.items("related", ["关于春节期间公交运营时间调整的公告", "2号线地铁接驳公交开通公告"], "rel")
    h.el(
        "p",
        f"{XL_SITE}　地址：岑阳市解放西路{r.randint(10, 300)}号　邮编：4170{r.randint(10, 99)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"湘ICP备1{r.randint(1000000, 9999999)}号　湘公网安备 430{r.randint(10000000, 99999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the fishing-ban notices (single, HTML, Big5; the metadata box at the very end) --------

JY_HURT = (0, 2, 3, 5, 7)


def fam_jinyu(g: GenXB, i: int) -> Made:
    """'汐嶼縣政府漁業處' 禁漁公告, one per page; the 公文資訊 box AFTER the related links."""
    r = g.r
    y, m, d = g.date()
    a, no = g.ban(i, y, m, d)
    staff = r.choice(JY_STAFF)
    a.meta.update({"issuer": JY_GOV, "published": iso(y, m, d), "author": staff})
    if i in JY_HURT:
        damage(g, a, odd(JY_HURT, i))
    roc = y - 1911
    up = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 3))
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>{a.title}-禁漁公告-{JY_SITE}</title>")
    h.raw(f'<meta name="DC.Date" content="{iso(y, m, d)}">', "</head>", "<body>")
    h.el("div", f"{JY_SITE}　Xiyu County Fisheries Office", "logo", "header")
    h.links("header", ["回首頁", "網站導覽", "English", "RSS"], "／", "quick")
    h.el("div", "首頁 > 公告訊息 > 禁漁公告", "path", "header")
    h.el(
        "div",
        f"上稿日期：{up.isoformat()}　｜　點閱次數：{r.randint(80, 2000)}",
        "when",
        "header",
    )
    h.el("div", a.title, "ttl")
    h.body(a)
    a.lines = [a.title, *a.lines]
    h.el("div", "列印｜轉寄｜回上頁", "act", "bar")
    h.el("h4", "相關公告", "", "related")
    others = [c for j, c in enumerate(JY_CASES) if j != i]
    h.items("related", [f"公告{w}{s}{t}" for w, t, s in r.sample(others, 2)], "rel")
    h.raw('<div class="docinfo">')
    h.el("div", f"發文機關：{JY_GOV}")
    h.el("div", f"發文字號：{no}")
    h.el("div", f"發文日期：中華民國{roc}年{m}月{d}日")
    h.el("div", f"承辦人：{staff}　電話：(08){r.randint(200, 999)}-{r.randint(1000, 9999)}")
    h.raw("</div>")
    h.el("p", "本處公告以公文正本為準，網頁內容僅供參考。", "", "notice")
    h.el(
        "p",
        f"{JY_SITE}　地址：汐嶼縣港口路{r.randint(1, 99)}號　服務時間：週一至週五 8:00-17:00",
        "",
        "footer",
    )
    h.el("p", "隱私權政策　｜　資訊安全政策　｜　政府網站資料開放宣告", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the outpatient roster changes (a compilation under table rows, print view, UTF-16) ----

PB_N = [4, 3, 2, 5, 3, 4, 3, 2]
PB_BREAK = {1, 4, 6}
PB_HURT = (0, 2, 3, 5, 7)


def fam_paiban(g: GenXB, i: int) -> Made:
    """'濂江市第二人民医院' 门诊出诊变动公告, newest first; UTF-16 text."""
    r = g.r
    k = PB_N[i]
    g.month(k, newest_first=True)
    docs = r.sample(PB_DOCS, k)
    depts = [r.choice(PB_DEPTS) for _ in docs]
    kinds = [r.choice(PB_KIND) for _ in docs]
    made = [
        g.clinic(dc, r.choice(PB_RANK), dp, kd)
        for dc, dp, kd in zip(docs, depts, kinds, strict=True)
    ]
    arts = [a for a, _ in made]
    for a, dp in zip(arts, depts, strict=True):
        a.meta["issuer"] = f"{dp}护士站"
    clocks = [g.clock() for _ in arts]
    page_no = counter(2, 3, lambda p, t: f"—— 打印预览 · 第{p}页 ——")
    hurt = r.sample(range(k), 2)
    if i in PB_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in PB_HURT:
        damage(g, arts[hurt[1]], odd(PB_HURT, i))
    newest = arts[0].meta["published"]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{PB_SITE}　门诊服务　｜　出诊变动公告（打印预览）"),
            ("header", f"更新时间：{newest} {clocks[0]}　　共{k}条"),
            (
                "notice",
                "因专家出诊时间变动给您带来的不便，敬请谅解；已预约的患者将另行收到短信通知。",
            ),
        ],
    )
    for a, dp, kd, c, (_, day) in zip(arts, depts, kinds, clocks, made, strict=True):
        half = "上午" if "上午" in a.title else "下午"
        lines.append("")
        lines.append(
            f"| {day.month:02d}-{day.day:02d} | 周{WEEK[day.weekday()]} | {half} | {dp} | {kd} |"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(f"——{a.meta['issuer']}　{a.meta['published']} {c} 发布")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", "门诊专家出诊一览表　｜　节假日门诊安排　｜　预约挂号须知"),
            ("bar", "[打印]　[关闭]"),
            (
                "footer",
                f"{PB_SITE}　地址：濂江市建设路{r.randint(10, 300)}号　"
                f"邮编：5460{r.randint(10, 99)}",
            ),
            ("footer", f"版权所有 © {PB_SITE}　桂ICP备0{r.randint(1000000, 9999999)}号"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_xb_zhenggai", "sealed", "gb18030", "\r\n", 8, fam_zhenggai),
    BlindFamily("sealed_xb_xianlu", "sealed", "utf-8", "\n", 8, fam_xianlu, "html"),
    BlindFamily("sealed_xb_jinyu", "sealed", "cp950", "\r\n", 8, fam_jinyu, "html"),
    BlindFamily("sealed_xb_paiban", "sealed", "utf-16", "\r\n", 8, fam_paiban),
]

assert len(JY_CASES) == 8 and len(XL_ROUTES) >= 4 and len(ZG_FIRMS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=8000, gen=GenXB)
