"""Four more invented families for a blind test of the generic layer (set ``yv``): a city
talent service centre's archive-transfer notices 人事档案转递公告 in a print view (plain text,
GBK, CRLF; every page one month's notices, oldest first, with NO numbering at all: each
notice under a tag-and-route row ``〖档案转出〗　寄送方式：机要通信　｜　经办窗口：…`` ABOVE the
bare title, one content line per person, closed by a one-line clerk-reviewer-date sign-off;
no rule between notices, the print view's dotted page mark cutting sentences), a city sports
bureau's monthly round-up of mass-event registrations 全民健身赛事报名 (HTML, UTF-8 without
BOM declared ``<meta charset="utf-8">``, LF; every page the next month's events, each under a
status arrow chain ``报名中 ▸ 球类 ▸ 市级赛事`` ABOVE its ``<h3>`` title and closed by a
``主办：…　承办：…`` row and a sign-up button row), an island weather administration's
agro-weather ten-day bulletins 農業氣象旬報 (HTML, Big5 (cp950) declared ``<meta
charset="big5">``, LF; traditional letters; every page one bulletin of region items, each under
a region-and-figures strip ``▌南部地區　旬雨量 20.8 mm（偏多）　日照 38.4 h　均溫 22.1 °C``
ABOVE its ``<h3>`` advisory title and closed by a ``（本區撰稿：X）`` row) and a patent office's
invalidation decision summaries 无效宣告请求审查决定要点 in a print view (plain text, UTF-16 with
BOM, CRLF; single decisions, the title FIRST over five fact rows on even pages, a four-part
``〖第574726号〗〖2019.09.14〗〖实用新型〗〖维持有效〗`` banner ABOVE the title and two party /
panel rows AFTER the text on odd ones; ``【…】`` section heads inside the text, a ``＊＊＊``
print mark cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  Of the brief's pool, a food sampling board
(``ym``), a village finance board and an agro-weather station (``j``) already have cousins;
the agro-weather family here is made unlike ``j``'s ``key: value`` station reports (an HTML
bulletin of region items under a figures strip, Big5) and the patent family unlike ``h``'s
search records (decision summaries with a panel, a verdict banner and section heads).  The
families differ from every family already here in site kind (a talent centre's archive
desk, a sports bureau's registrations, a weather office's farm bulletins, a patent
invalidation board), per-piece header shapes (the ``〖档案转出〗`` tag-and-route row with no
number, the ``▸`` status chain, the ``▌`` figures strip, the ``〖〗`` verdict banner), title
placement, metadata layout and labels, chrome wording, page marks and encoding.  On the HTML
pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yv_dangan`` ('澧川市人才交流服务中心' 档案转递公告, plain text, GBK, CRLF; every page
  a compilation of 3, 4, 2, 5, 3, 4, 2, 3 notices of one month, oldest first):
  ``澧川市人才交流服务中心　·　人事档案服务专栏　·　打印版``, ``所在位置：首页 ＞ 档案服务 ＞
  转递公告`` and ``2017年12月档案转递公告汇总　　更新于2017-12-27`` (the last notice's day; all
  ``header``), the ``本栏目所列人员姓名已作部分隐去处理；……查询寄送进度。`` line (``notice``).
  Per notice, with NO ordinal anywhere (the notices are told apart only by their repeated
  row shape and a blank line; no rule between them): the row ``〖档案转出〗　寄送方式：机要通信
  ｜　经办窗口：流动人员档案室`` (or ``〖档案接收〗　接收方式：…``; neither: it holds no
  metadata), the bare title ``关于柯*轩等4人人事档案接收入库的告知`` / ``关于谭*远等5人人事档案
  转出的告知`` (the title and the notice's first content line; the ``等N人`` count is not a
  numbering), the lead paragraph (it names the notice's day), two to five person lines
  ``谭*远　　转往：岳麓区公共就业和人才服务中心　　机要编号：JY2016410071`` or ``柯*轩　　来自：
  澧川学院　　档案袋数：1`` (content), the what-to-do paragraph and ``咨询电话：0736-7795××××``
  (content), then the one-line sign-off ``经办：龚丽萍　复核：韦晓岚　　2016年8月3日``
  (metadata, neither).  Page breaks: the print view's mark ``·　·　·　打印第2页　·　·　·``
  (``page_number``) cuts a paragraph between two CJK letters in one notice on pages 1, 4 and
  6.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) in another notice on
  pages 0, 2, 3, 5 and 7.  Chrome at the end: ``相关公告：…　｜　…`` (``related``, one line),
  ``◎打印本页　◎返回上页　◎关闭窗口`` (``bar``), the address line and the sponsor-and-ICP line
  (``footer``).  Meta per notice: author (the 经办 clerk, not the 复核 reviewer), published
  (the sign-off's date, the same day the lead paragraph names).
* ``sealed_yv_saishi`` ('泸岘市体育局' 全民健身 › 赛事报名, HTML, UTF-8 without BOM declared
  ``<meta charset="utf-8">``, LF; every page a compilation of 2, 3, 4, 2, 3, 5, 3, 4 events):
  ``<title>`` = ``X_全民健身_泸岘市体育局``; the logo line ``泸岘市体育局　LUXIAN SPORTS
  BUREAU``, the ``｜`` nav row, ``当前位置：首页 / 全民健身 / 赛事报名``, the round-up's
  ``<h2>`` ``2020年9月全民健身赛事报名信息汇总`` (the month the events are HELD, one after the
  posting month) and ``信息来源：群众体育科　　发布时间：2020-08-23　　字号：大 中 小`` (all
  ``header``).  Per event, in a ``<div>``: the status chain ``报名中 ▸ 球类 ▸ 市级赛事``
  (``报名中`` / ``即将截止`` / ``名额紧张``; neither: no number, no metadata), the ``<h3>``
  title ``全民健身气排球邀请赛`` (the title and the event's first content line), the lead
  paragraph (host, day, place, the event's shape, expected entrants), the facts line
  ``比赛时间：9月15日　比赛地点：…　报名截止：9月10日``, ``参赛条件：…。``, ``报名方式：…。``,
  the safety paragraph and ``咨询电话：…`` (all content; labels kept), then ``主办：X　承办：Y``
  (metadata, neither) and the button row ``立即报名　｜　下载竞赛规程`` (``bar``, once per
  event).  Chrome at the end: the health-declaration notice (``notice``), ``往期赛事回顾``
  and three titles (``related``), ``分享：微信　微博　　【打印本页】【关闭窗口】`` (``bar``), the
  address line and the site-code-and-ICP line (``footer``).  Damage: one kind in one event on
  pages 0, 1, 3, 4 and 6; no page breaks.  Meta per event: origin (the 主办 host, which the
  lead paragraph also names; the 承办 organiser is not metadata), published (the round-up's
  发布时间 on the header row: the event's own day, a month later, is content, not the date).
* ``sealed_yv_xunbao`` ('嵐嶼氣象署' 農業氣象旬報, HTML, Big5 (cp950) declared ``<meta
  charset="big5">``, LF; traditional letters; every page a compilation of 3, 4, 3, 5, 2, 4, 3,
  4 region items of one bulletin): ``<title>`` = ``農業氣象旬報 110年2月中旬 - 農業氣象 -
  嵐嶼氣象署``; the logo line ``嵐嶼氣象署　Lanyu Weather Administration``, the ``｜`` nav row,
  ``首頁 ＞ 農業氣象 ＞ 旬報``, the bulletin's ``<h1>`` ``農業氣象旬報　110年2月中旬（第5號）``
  (ROC year) and ``發布時間：2021-02-21 16:00　｜　資料期間：2月11日至2月20日`` (all ``header``;
  a 下旬 bulletin reads ``至月底`` and is issued on the next month's first day).  Per region:
  the strip ``▌南部地區　旬雨量 20.8 mm（偏多）　日照 38.4 h　均溫 22.1 °C`` (neither: the
  figures are not metadata and there is no ordinal), the ``<h3>`` advisory title
  ``一期稻作分櫱期遇低溫，請注意灌溉水位`` (the title and the item's first content line; it
  names a crop, not the region), three labelled paragraphs ``天氣概況：…`` / ``農業影響：…`` /
  ``農事建議：…`` (content; the labels stay) and ``（本區撰稿：溫雅惠）`` (metadata, neither).
  Chrome at the end: the ``本旬報所列氣象資料為初步統計值……`` line (``notice``), ``上一期：…
  農業氣象旬報`` (``related``), ``列印　｜　PDF下載　｜　訂閱電子報`` (``bar``), the address line
  and the resolution line (``footer``).  Damage: one kind in one item on pages 0, 2, 3, 5 and
  6; no page breaks.  Meta per item: author (the 撰稿 writer), published (the bulletin's
  發布時間, ISO on the page; the 資料期間 days are not the date).
* ``sealed_yv_wuxiao`` ('复审和无效审理部' 决定公开, plain text, UTF-16 with BOM, CRLF; single
  decisions): ``复审和无效审理部　决定公开　［打印版］`` and ``首页 › 决定查询 ›
  无效宣告请求审查决定 › 要点摘编`` (``header``), the ``本页所载为决定要点摘编……以送达当事人的
  决定书正本为准。`` line (``notice``).  Even pages: the bare title FIRST,
  ``“一种防堵塞的厨房下水装置”发明专利权无效宣告请求审查决定`` (the quotes are part of the
  title), then five fact rows ``决定号：第531385号
  决定日：2016-01-25`` / ``专利号：ZL…　　专利类型：发明`` / ``无效宣告请求人：X　　专利权人：Y``
  / ``合议组组长：A　　主审员：B　　参审员：C`` / ``审查结论：全部无效`` (all metadata rows,
  neither); odd pages: the banner ``〖第574726号〗〖2019.09.14〗〖实用新型〗〖维持有效〗``
  (neither; the date dotted) ABOVE the title, and AFTER the text ``请求人：X　｜　专利权人：Y
  ｜　专利号：ZL…`` and ``合议组：组长 A　主审员 B　参审员 C`` (neither).  The text, ONE article
  with the title: the heads ``【决定要点】`` / ``【案由】`` / ``【合议组意见】`` / ``【审查结论】``
  (content), one, one, two and one paragraphs (the conclusion a one-sentence line such as
  ``宣告本专利权全部无效。``; content).  Page breaks: the print mark ``＊＊＊　决定要点打印稿
  第2页　＊＊＊`` (``page_number``) cuts a paragraph between two CJK letters on pages 1, 4 and
  6; damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) on pages 0, 2, 3, 5
  and 7.  Chrome at the end: ``【下载决定书全文】　【打印本页】　【关闭】`` (``bar``),
  ``同一专利的其他决定：第…号复审请求审查决定`` (``related``), the address line and the
  copyright-and-ICP line (``footer``).  Meta: published (决定日), author (the 主审员, not the
  组长 nor the 参审员), doc_number (the 决定号 ``第531385号``, not the patent number).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable and fixed
here: the archive notices carry NO number and NO rule, so a piece starts at its
``〖档案转出〗`` / ``〖档案接收〗`` row (neither), its title is its first content line, its person
lines (masked names, routes, tracking numbers) and its ``××``-masked inquiry line are
content, and its single sign-off row is metadata (author = the 经办 clerk); an event's
status chain is neither, its facts line and labelled 条件 / 方式 lines are content, its
主办/承办 row metadata (origin = 主办) and its button row ``bar``, and every event takes the
round-up's posting date; a bulletin's ``<h1>`` and 發布時間 rows are ``header`` (the
page's), the region strip is neither, every item takes the bulletin's date and its own
writer; a decision summary's section heads and conclusion line are content, its fact rows,
banner and party/panel rows neither, and its author is the 主审员.  Compiled pages: every
``dangan``, ``saishi`` and ``xunbao`` page; ``wuxiao`` pages are single decisions.  ``python
-m tests.families.blind_families_yv`` (seed base 7400) rewrites them and checks the truth
against the pages.

Figures (per family, F1 / residue / titles / counts / repairs / metadata).  Held out from every
fixer of session 31 (chosen before any figure was taken) and measured blind at main
``c3d07217``: dangan .935/0/1/1/.75/0, saishi .921/.085/.538/.25/1/.058, wuxiao
.823/.051/.5/1/.625/.167, xunbao .989/.025/1/1/1/1 (means .917/.040/.760/.812/.844/.306);
blind after round 1 (``40262bf2``): saishi .941/.023/.538/.25/1/.058, the rest identical;
blind at the end of the session's fixes (``2ea9805a``, thirteen fixer branches and two mends
merged): saishi .941/.023/.538/.25/1/.365, the rest identical (means
.922/.025/.760/.812/.844/.383).  Not tuned on yet.  Open: saishi's events are not split
(counts .25), wuxiao's banner-over-title pages (F1 .823, titles .5, repairs .625), dangan's
repairs and metadata (the clerk as author).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yv_text import (
    DA_CITY,
    DA_DESK,
    DA_SITE,
    DA_WAY,
    SS_EVENTS,
    SS_HOST,
    SS_PAST,
    SS_RUN,
    SS_SITE,
    WX_CASES,
    WX_FIRMS,
    WX_KINDS,
    XB_ITEMS,
    XB_RAIN,
    XB_REGIONS,
    XB_SITE,
    XB_STAFF,
    GenYV,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
XUN = "上中下"


def odd(pages: tuple[int, ...], i: int) -> list[str]:
    """The artifact kind of the ``n``-th damaged page: the three kinds by turns."""
    return [ODD[pages.index(i) % 3]]


# -- 1. the archive-transfer notices (a compilation with no numbering, print view, GBK) --------

DA_N = [3, 4, 2, 5, 3, 4, 2, 3]
DA_BREAK = {1, 4, 6}
DA_HURT = (0, 2, 3, 5, 7)


def fam_dangan(g: GenYV, i: int) -> Made:
    """'澧川市人才交流服务中心' 档案转递公告, one month per page, oldest first; GBK text."""
    r = g.r
    k = DA_N[i]
    g.month(k, newest_first=False)
    outs = [r.random() < 0.65 for _ in range(k)]
    made = [g.transfer(o) for o in outs]
    arts = [a for a, _ in made]
    y, m, last = (int(x) for x in arts[-1].meta["published"].split("-"))
    page_no = counter(2, 3, lambda p, t: f"·　·　·　打印第{p}页　·　·　·")
    hurt = r.sample(range(k), 2)
    if i in DA_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in DA_HURT:
        damage(g, arts[hurt[1]], odd(DA_HURT, i))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{DA_SITE}　·　人事档案服务专栏　·　打印版"),
            ("header", "所在位置：首页 ＞ 档案服务 ＞ 转递公告"),
            ("header", f"{y}年{m}月档案转递公告汇总　　更新于{y}-{m:02d}-{last:02d}"),
            (
                "notice",
                "本栏目所列人员姓名已作部分隐去处理；档案寄出后，本人可凭身份证号后六位"
                "在线查询寄送进度。",
            ),
        ],
    )
    for a, o, (_, check) in zip(arts, outs, made, strict=True):
        ay, am, ad = (int(x) for x in a.meta["published"].split("-"))
        lines.append("")
        tag = "〖档案转出〗　寄送方式：" if o else "〖档案接收〗　接收方式："
        lines.append(f"{tag}{r.choice(DA_WAY)}　｜　经办窗口：{r.choice(DA_DESK)}")
        lines.append(a.title)
        lines += a.page
        lines.append(f"经办：{a.meta['author']}　复核：{check}　　{ay}年{am}月{ad}日")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "related",
                f"相关公告：{y}年{m}月流动人员档案集中清理通知　｜　档案查询与存档证明办理指南",
            ),
            ("bar", "◎打印本页　◎返回上页　◎关闭窗口"),
            (
                "footer",
                f"{DA_SITE}　地址：{DA_CITY}人民路{r.randint(20, 300)}号人力资源市场二楼　"
                f"邮编：4152{r.randint(10, 99)}",
            ),
            (
                "footer",
                f"主办：{DA_CITY}人力资源和社会保障局　承办：{DA_SITE}　"
                f"湘ICP备1{r.randint(1000000, 9999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the sports bureau's event registrations (a compilation, HTML, UTF-8) -------------------

SS_N = [2, 3, 4, 2, 3, 5, 3, 4]
SS_HURT = (0, 1, 3, 4, 6)
SS_STATUS = ["报名中", "报名中", "即将截止", "报名中", "名额紧张"]


def fam_saishi(g: GenYV, i: int) -> Made:
    """'泸岘市体育局' 全民健身赛事报名, one month's events per page; HTML in UTF-8."""
    r = g.r
    k = SS_N[i]
    picks = r.sample(SS_EVENTS, k)
    hosts = [r.choice(SS_HOST) for _ in picks]
    y, m, d = g.date()
    arts: list[Art] = [g.event(ev, h, y, m) for ev, h in zip(picks, hosts, strict=True)]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    if i in SS_HURT:
        damage(g, arts[r.randrange(k)], odd(SS_HURT, i))
    name = f"{y + m // 12}年{m % 12 + 1}月全民健身赛事报名信息汇总"
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{name}_全民健身_{SS_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/sport.css">', "</head>", "<body>")
    h.el("div", f"{SS_SITE}　LUXIAN SPORTS BUREAU", "logo", "header")
    h.links(
        "header", ["首页", "机构职能", "全民健身", "竞技体育", "体育产业", "办事服务"], "｜", "nav"
    )
    h.el("div", "当前位置：首页 / 全民健身 / 赛事报名", "crumb", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"信息来源：群众体育科　　发布时间：{y}-{m:02d}-{d:02d}　　字号：大 中 小",
        "src",
        "header",
    )
    for ev, host, a in zip(picks, hosts, arts, strict=True):
        h.raw('<div class="event">')
        h.el("div", f"{r.choice(SS_STATUS)} ▸ {ev[1]} ▸ {ev[2]}", "evtag")
        h.el("h3", a.title)
        h.body(a)
        h.el("div", f"主办：{host}　承办：{r.choice(SS_RUN)}", "org")
        h.el("div", "立即报名　｜　下载竞赛规程", "btn", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "参赛者须如实填报本人健康状况，因隐瞒病史参赛造成的后果由参赛者本人承担。",
        "tip",
        "notice",
    )
    h.el("h4", "往期赛事回顾", "", "related")
    h.items("related", r.sample(SS_PAST, 3), "past")
    h.el("div", "分享：微信　微博　　【打印本页】【关闭窗口】", "share", "bar")
    h.el(
        "p",
        f"{SS_SITE}　地址：泸岘市滨江大道{r.randint(10, 200)}号　"
        f"电话：0830-31{r.randint(10000, 99999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"网站标识码：5105{r.randint(100000, 999999)}　蜀ICP备0{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the agro-weather ten-day bulletins (a compilation, HTML, Big5) -------------------------

XB_N = [3, 4, 3, 5, 2, 4, 3, 4]
XB_HURT = (0, 2, 3, 5, 6)


def fam_xunbao(g: GenYV, i: int) -> Made:
    """'嵐嶼氣象署' 農業氣象旬報, one bulletin per page, one item per region; HTML in Big5."""
    r = g.r
    k = XB_N[i]
    areas = r.sample(XB_REGIONS, k)
    items = r.sample(XB_ITEMS, k)
    staff = [r.choice(XB_STAFF) for _ in range(k)]
    arts = [g.region(it, ar, s) for it, ar, s in zip(items, areas, staff, strict=True)]
    y, m, _ = g.date()
    x = i % 3
    start = 1 + 10 * x
    end_txt = f"{m}月{10 + 10 * x}日" if x < 2 else "月底"
    issued = (
        datetime.date(y, m, 11 + 10 * x) if x < 2 else datetime.date(y + m // 12, m % 12 + 1, 1)
    )
    pub = iso(issued.year, issued.month, issued.day)
    for a in arts:
        a.meta["published"] = pub
    roc = y - 1911
    no = (m - 1) * 3 + x + 1
    if i in XB_HURT:
        damage(g, arts[r.randrange(k)], odd(XB_HURT, i))
    name = f"農業氣象旬報　{roc}年{m}月{XUN[x]}旬（第{no}號）"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="big5">')
    h.raw(f"<title>農業氣象旬報 {roc}年{m}月{XUN[x]}旬 - 農業氣象 - {XB_SITE}</title>")
    h.raw("</head>", "<body>")
    h.el("div", f"{XB_SITE}　Lanyu Weather Administration", "logo", "header")
    h.links(
        "header", ["首頁", "天氣預報", "觀測資料", "農業氣象", "地震資訊", "English"], "｜", "nav"
    )
    h.el("div", "首頁 ＞ 農業氣象 ＞ 旬報", "crumb", "header")
    h.el("h1", name, "", "header")
    h.el(
        "div",
        f"發布時間：{pub} 16:00　｜　資料期間：{m}月{start}日至{end_txt}",
        "when",
        "header",
    )
    for ar, a in zip(areas, arts, strict=True):
        rain = f"{r.randint(0, 2400) / 10:.1f}"
        h.el(
            "div",
            f"▌{ar}　旬雨量 {rain} mm（{r.choice(XB_RAIN)}）　日照 {r.randint(150, 800) / 10:.1f} h"
            f"　均溫 {r.randint(120, 300) / 10:.1f} °C",
            "stat",
        )
        h.el("h3", a.title)
        h.body(a)
        h.el("p", f"（本區撰稿：{a.meta['author']}）", "by")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "本旬報所列氣象資料為初步統計值，正式數值以本署氣候月報為準；轉載請註明出處。",
        "note",
        "notice",
    )
    prev = f"{roc}年{m}月{XUN[x - 1]}旬" if x else f"{roc}年{(m - 2) % 12 + 1}月下旬"
    h.el("div", f"上一期：{prev}農業氣象旬報", "prev", "related")
    h.el("div", "列印　｜　PDF下載　｜　訂閱電子報", "tool", "bar")
    h.el(
        "p",
        f"{XB_SITE}　地址：嵐嶼市公園路{r.randint(10, 90)}號　"
        f"電話：(02)2349-{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.el("p", "本網站最佳瀏覽解析度 1366×768　政府網站資料開放宣告", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the patent invalidation decision summaries (single, print view, UTF-16) ---------------

WX_BREAK = {1, 4, 6}
WX_HURT = (0, 2, 3, 5, 7)
WX_VERDICT = ["全部无效", "部分无效", "维持有效"]


def fam_wuxiao(g: GenYV, i: int) -> Made:
    """'复审和无效审理部' decision summaries, one per page; the facts UNDER the title on even
    pages, a banner ABOVE it and two party/panel rows AFTER the text on odd ones."""
    r = g.r
    kind = WX_KINDS[2] if "刷头" in WX_CASES[i][0] else r.choice(WX_KINDS[:2])
    verdict = r.choice(WX_VERDICT)
    a, f = g.decision(i, kind, verdict)
    y, m, d = (int(x) for x in a.meta["published"].split("-"))
    if i in WX_BREAK:
        mark = f"＊＊＊　决定要点打印稿　第{r.randint(2, 3)}页　＊＊＊"
        damage(g, a, ["page_break"], lambda: [("page_number", mark)])
    else:
        damage(g, a, odd(WX_HURT, i))
    owner = WX_FIRMS[i]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", "复审和无效审理部　决定公开　［打印版］"),
            ("header", "首页 › 决定查询 › 无效宣告请求审查决定 › 要点摘编"),
            (
                "notice",
                "本页所载为决定要点摘编，仅供查阅参考，不具有法律效力，以送达当事人的决定书正本为准。",
            ),
        ],
    )
    lines.append("")
    if i % 2 == 0:
        lines.append(a.title)
        lines += [
            f"决定号：{f['no']}　　决定日：{y}-{m:02d}-{d:02d}",
            f"专利号：{f['zl']}　　专利类型：{kind}",
            f"无效宣告请求人：{f['asker']}　　专利权人：{owner}",
            f"合议组组长：{f['lead']}　　主审员：{f['main']}　　参审员：{f['side']}",
            f"审查结论：{verdict}",
            "",
        ]
        lines += a.page
    else:
        lines.append(f"〖{f['no']}〗〖{y}.{m:02d}.{d:02d}〗〖{kind}〗〖{verdict}〗")
        lines.append(a.title)
        lines.append("")
        lines += a.page
        lines += [
            "",
            f"请求人：{f['asker']}　｜　专利权人：{owner}　｜　专利号：{f['zl']}",
            f"合议组：组长 {f['lead']}　主审员 {f['main']}　参审员 {f['side']}",
        ]
    a.lines = [a.title, *a.lines]
    chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", "【下载决定书全文】　【打印本页】　【关闭】"),
            (
                "related",
                f"同一专利的其他决定：第{r.randint(300000, 499999)}号复审请求审查决定",
            ),
            (
                "footer",
                f"复审和无效审理部　地址：岷阳市知春东路218号　邮编：1000{r.randint(10, 99)}",
            ),
            ("footer", f"版权所有　未经许可不得转载　京ICP备0{r.randint(1000000, 9999999)}号"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_yv_dangan", "sealed", "gbk", "\r\n", 8, fam_dangan),
    BlindFamily("sealed_yv_saishi", "sealed", "utf-8", "\n", 8, fam_saishi, "html"),
    BlindFamily("sealed_yv_xunbao", "sealed", "cp950", "\n", 8, fam_xunbao, "html"),
    BlindFamily("sealed_yv_wuxiao", "sealed", "utf-16", "\r\n", 8, fam_wuxiao),
]

assert len(WX_CASES) == 8 and len(SS_EVENTS) >= 5 and len(XB_ITEMS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=7400, gen=GenYV)
