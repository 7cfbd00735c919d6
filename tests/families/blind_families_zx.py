"""Four more invented families for a forty-fifth blind test of the generic layer: a city
traffic police detachment's exposure board (HTML, UTF-8, CRLF; every page an issue of cases,
each under a ``〔曝光车辆〕`` plate row with a photo caption carrying the capturing squad after
its text), a province's internet rumour-refuting platform's monthly report as text taken from
the PDF (plain text, GB18030 on even pages and UTF-8 with BOM on odd ones, LF; every page a
month's rumours under a ``#topic#　第N条`` hashtag row, closed by a ``——据…`` attribution line,
the PDF's folio cutting sentences), a Taiwan district household-registration office's news
(HTML in Big5 (cp950), LF, the charset declared by ``http-equiv`` on odd pages and NOT AT ALL
on even ones; traditional letters, a ``:::`` accesskey marker) and a cloud provider's
status-page incident history saved as text (plain text, UTF-16 with BOM, CRLF; every page a
month's incidents, newest first, each under a ``[P2] component · region`` row, its updates as
``status ｜ time ｜ text`` lines and an incident-number row after them).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a traffic-police exposure board, a rumour-refuting platform, a household
registration office, a service status page), header shapes, title placement, metadata layout
and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's lines are
the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zx_jiaojing`` ('岑州交警·平安出行网', HTML, UTF-8 declared ``<meta charset>``,
  CRLF; every page a compilation of 2, 4, 3, 5, 2, 3, 4, 3 cases): ``<title>`` =
  ``交通违法曝光台（2020年第20期）_曝光台_岑州交警``; the site name, a `` ｜ `` nav row and
  ``您现在的位置：首页 → 曝光台 → 正文`` (``header``), the issue's ``<h1>``
  ``交通违法曝光台（2020年第20期）`` and
  ``发布时间：2020-01-06 18:45　　来源：支队宣传科　　阅读：N`` (``header``: the page head
  of a compilation), the lead ``为进一步规范道路通行秩序，现将近期查处的N起……``
  (``notice``).  Per case: ``〔曝光车辆〕岑A·7L8××　中型客车`` (``article_header``), the
  ``<h3>`` title (content, the article's first line), three paragraphs (content; the last
  is a ``交警部门提醒，……`` warning, different in every case), an ``<img>`` without text,
  then the
  caption ``▲ 抓拍画面　采集：高新大队　2019年12月3日 12:22`` (metadata, neither; the capture
  time is NOT the published date).  Chrome at the end: ``【我要举报】　【分享】　【打印本页】
  【关闭窗口】`` (bar), the objection notice ``曝光内容来源于……核实。`` (``notice``), the pager
  ``共1页　首页　上一页　1　下一页　尾页`` (``page_number``), ``上一期：…`` / ``下一期：…``,
  ``相关阅读`` and three titles (``related``), two footer lines (sponsor, address, the 122
  hotline; ICP and 公网安备 numbers).  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` in one case on pages 0, 2, 3, 5 and 7.  Meta per case: origin (the capturing
  squad, ``高新大队``), published (the issue's 发布时间 date).
* ``sealed_zx_piyao`` ('岚州省互联网联合辟谣平台' 辟谣月报, plain text from the PDF, GB18030 on
  even pages and UTF-8 with BOM on odd ones, LF; every page a compilation of 3, 4, 2, 5, 3,
  4, 3, 2 rumours): the platform name, the letter-spaced ``辟　谣　月　报``,
  ``2023年第5期（总第65期）`` and ``岚州省互联网信息办公室　编　　　　　　2023年6月7日`` (all
  ``header``), ``编者按：5月，……`` (``notice``).  Per rumour: ``#食品安全#　第1条``
  (``article_header``), the bare title line (``“染色西瓜”流入本地市场？假的``; content, the
  article's first line), three labelled paragraphs ``网传说法：…`` / ``事实真相：…`` /
  ``岚小辟提醒：…`` (content; the labels stay), then the attribution ``——据岚州省教育厅政务公众号
  2023.05.07`` (metadata, neither).  Page breaks: the PDF folio ``2｜岚州辟谣月报``
  (``page_number``) cuts a paragraph between two CJK letters in one rumour on pages 1, 3 and
  6.  Damage: one of ``comma`` / ``stray_q`` / ``cjk_space`` per page in another rumour.
  Chrome at the end: ``本期编辑：X　　审核：Y`` and the 12377 report line (``footer``) and the
  next folio (``page_number``).  Meta per rumour: origin (the refuting department, without its
  channel ``官方微博`` / ``政务公众号`` / ``官方网站``), published (its own attribution date,
  written ``2023.05.07``; every rumour of a page falls in the reported month, the issue
  date is the next month's).
* ``sealed_zx_huzheng`` ('嵐港市梅汀區戶政事務所', HTML, Big5 (cp950), LF; odd pages declare
  ``<meta http-equiv="Content-Type" content="text/html; charset=big5">``, even pages declare
  no charset at all): ``<title>`` = ``X-最新消息-嵐港市梅汀區戶政事務所``; ``跳到主要內容區塊``, the
  ``:::`` accesskey marker, ``網站導覽　｜　回首頁　｜　English　｜　RSS``, the office name, a menu
  row and ``首頁 > 最新消息 > 戶政新聞`` (all ``header``).  Even pages: the ``<h2>`` title OVER
  ``發布日期：2016年1月25日（星期一）　發布單位：行政課`` (metadata, neither); odd pages:
  ``〔2016.03.08〕〔役政課〕`` (metadata, neither) ABOVE an ``<h3>`` title.
  ``字級：小　中　大　｜　友善列印　｜　回上一頁`` (bar) under them; four paragraphs (content, the
  third a ``申請方式：一、…；二、…；三、…`` line) are ONE article with the title; after them
  ``聯絡人：行政課 黃專員　電話：…分機 120`` (metadata without a key, neither).  Chrome:
  ``分享至：Facebook　LINE　Plurk　｜　回列表`` (bar), a disclaimer (``notice``), ``相關消息`` and
  three titles (``related``), ``網頁更新日期：…　瀏覽人次：N``, the address row and the
  service-hours row (``footer``).  Damage: one kind on every page but 3 and 7.  Meta:
  published, origin (the section, ``行政課``).
* ``sealed_zx_zhuangtai`` ('栖云云 · 服务状态中心', plain text saved from the page, UTF-16 with
  BOM, CRLF; every page a compilation of 2, 3, 4, 2, 5, 3, 2, 4 incidents): the site name and
  a ``　｜　`` nav row (``header``), ``当前状态：全部服务运行正常`` (bar), ``历史事件 · 2020年5月``
  (``header``).  Per incident, newest first: ``[P3] 短信服务 · 全部地域``
  (``article_header``), the bare title line (content, the article's first line), four update
  lines ``已恢复 ｜ 5月25日 02:22 ｜ …`` / ``观察中 ｜ …`` / ``已定位 ｜ …`` / ``调查中 ｜ …``
  (content, newest first, the status words and times stay), then
  ``事件编号：INC-20200525-01　｜　开始于 2020-05-25 00:57　｜　持续 1小时25分钟`` (metadata,
  neither).  Chrome at the end: ``本月其余时间各项服务均运行正常，……`` (``notice``),
  ``← 2020年4月　　　　2020年6月 →`` (``related``), ``订阅状态通知：邮件　短信　Webhook　RSS``
  (bar), ``© 2015-2020 栖云科技　服务条款　隐私政策　栖ICP备…`` (``footer``).  Damage: one kind
  in one incident on pages 0, 2, 3, 5 and 6; no page breaks.  Meta per incident: published
  (its start date), doc_number (the ``INC-…`` number).

Truth as :mod:`tests.families.blind_families_zv`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's page head is chrome of
kind ``header``, each piece's own header row (plate row, hashtag row, severity row) is an
``article_header``, bare title lines are content (every article's first line).  Arguable and
fixed here: an exposure case's photo caption is metadata (its squad the origin) and every case
takes the issue's date, not its capture time; the rumour report's editor's note belongs to
the page (``notice``), each rumour takes its own attribution date and the department without
its channel; the registration office's contact row is metadata without a key, its
``:::`` marker and skip link ``header``; a status page's update lines are content with their
status words and times, each incident takes its start date and its number as doc_number, and
the month pager is ``related``; no line stands twice on one page.  Compiled pages: every
``jiaojing``, ``piyao`` and ``zhuangtai`` page; the registration office's news are single
documents.  ``python -m tests.families.blind_families_zx`` (seed base 5000) rewrites them and
checks the truth against the pages.

Measured blind (held out for all of session 19: nobody tuning the code opened these pages;
measured once at the session's last working code 0e63605, one folder,
F1/residue/titles/counts/repairs/meta): set .907/.133/.506/.562/.909/.264; huzheng
.935/0/1/1/1/.75, jiaojing .904/.154/0/.375/1/.308, piyao .873/.129/.423/.375/.636/0,
zhuangtai .917/.247/.6/.5/1/0.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zx_text import (
    HZ_CITY,
    HZ_NEWS,
    HZ_READ,
    HZ_SITE,
    HZ_STAFF,
    JJ_CASES,
    JJ_ORG,
    JJ_PLATE,
    JJ_READ,
    JJ_ROADS,
    JJ_SITE,
    JJ_SQUADS,
    PY_ADVICE,
    PY_EDITORS,
    PY_ITEMS,
    PY_OFFICE,
    PY_SITE,
    ZT_FIRM,
    ZT_INCIDENTS,
    ZT_SITE,
    GenZX,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"


# -- 1. the traffic police exposure board (a compilation, HTML in UTF-8) ------------------------

JJ_N = [2, 4, 3, 5, 2, 3, 4, 3]
JJ_HURT = {0, 2, 3, 5, 7}


def _plate(g: GenZX) -> str:
    r = g.r
    letters = "ABCDEFGHJKLMNPQ"
    return f"{JJ_PLATE}{r.choice('ABCE')}·{r.randint(1, 9)}{r.choice(letters)}{r.randint(1, 9)}××"


def fam_jiaojing(g: GenZX, i: int) -> Made:
    """'岑州交警' exposure-board issues, HTML; every page one issue of 2-5 cases."""
    r = g.r
    k = JJ_N[i]
    g.month(k, newest_first=False)
    y0, m0, _ = g.days[0]
    y, m = (y0, m0 + 1) if m0 < 12 else (y0 + 1, 1)
    d = r.randint(2, 12)
    no = r.randint(6, 30)
    issue = f"交通违法曝光台（{y}年第{no}期）"
    cases = r.sample(JJ_CASES, k)
    roads = r.sample(JJ_ROADS, k)
    made = []
    for c, road in zip(cases, roads, strict=True):
        squad = r.choice(JJ_SQUADS)
        a, when = g.exposure(c, road, squad)
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
        made.append((a, c[3], squad, when))
    if i in JJ_HURT:
        damage(g, made[r.randrange(k)][0], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{issue}_曝光台_岑州交警</title>")
    h.raw('<meta name="keywords" content="曝光台,交通违法,岑州交警">', "</head>", "<body>")
    h.el("div", JJ_SITE, "logo", "header")
    h.links(
        "header", ["首页", "警务公开", "曝光台", "业务办理", "交通管制", "互动交流"], " ｜ ", "nav"
    )
    h.el("div", "您现在的位置：首页 → 曝光台 → 正文", "where", "header")
    h.el("h1", issue, "", "header")
    h.el(
        "div",
        f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　来源：支队宣传科　　"
        f"阅读：{r.randint(800, 20000)}",
        "info",
        "header",
    )
    h.el(
        "p",
        f"为进一步规范道路通行秩序，现将近期查处的{k}起典型交通违法行为予以曝光，"
        "请广大交通参与者引以为戒，自觉守法文明出行。",
        "lead",
        "notice",
    )
    arts: list[Art] = []
    for n, (a, car, squad, when) in enumerate(made, 1):
        h.el("div", f"〔曝光车辆〕{_plate(g)}　{car}", "plate", "article_header")
        h.el("h3", a.title)
        h.body(a)
        h.raw(f'<div class="pic"><img src="/upload/bg/{y}{m:02d}/{n:02d}.jpg" alt=""></div>')
        h.el("p", f"▲ 抓拍画面　采集：{squad}　{when}", "cap")
        a.lines = [a.title, *a.lines]
        arts.append(a)
    h.el("div", "【我要举报】　【分享】　【打印本页】　【关闭窗口】", "tools", "bar")
    h.el(
        "p",
        "曝光内容来源于道路监控及民警现场执法记录，当事人如有异议，"
        "请于曝光之日起十五日内携带有效证件到就近交警大队核实。",
        "objection",
        "notice",
    )
    h.el("div", "共1页　首页　上一页　1　下一页　尾页", "pager", "page_number")
    h.el("div", f"上一期：交通违法曝光台（{y}年第{no - 1}期）", "prev", "related")
    h.el("div", f"下一期：交通违法曝光台（{y}年第{no + 1}期）", "next", "related")
    h.el("h4", "相关阅读", "", "related")
    h.items("related", r.sample(JJ_READ, 3), "more")
    h.el(
        "p",
        f"主办：{JJ_ORG}　地址：岑州市滨江大道{r.randint(100, 400)}号　交通安全服务热线：122",
        "",
        "footer",
    )
    h.el(
        "p",
        "岑ICP备10020318号-2　岑公网安备51090202000117号　技术支持：市公安局科信处",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the monthly rumour-refuting report (a compilation, PDF text) ----------------------------

PY_N = [3, 4, 2, 5, 3, 4, 3, 2]
PY_BREAK = {1, 3, 6}


def fam_piyao(g: GenZX, i: int) -> Made:
    """'岚州' 辟谣月报 issues, text from the PDF; every page one month's rumours."""
    r = g.r
    k = PY_N[i]
    g.month(k, newest_first=False)
    y0, m0, _ = g.days[0]
    items = r.sample(PY_ITEMS, k)
    advice = r.sample(PY_ADVICE, k)
    arts = [g.rumour(x, t) for x, t in zip(items, advice, strict=True)]
    folio = counter(2, 9, lambda p, t: f"{p}｜岚州辟谣月报")
    hurt = r.sample(range(k), 2)
    if i in PY_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    damage(g, arts[hurt[1]], [ODD[(i + 1) % 3]])
    y, m = (y0, m0 + 1) if m0 < 12 else (y0 + 1, 1)
    d = r.randint(1, 9)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", PY_SITE),
            ("header", "辟　谣　月　报"),
            ("header", f"{y}年第{m0}期（总第{(y - 2018) * 12 + m0}期）"),
            ("header", f"{PY_OFFICE}　编　　　　　　{y}年{m}月{d}日"),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                f"编者按：{m0}月，全省各地各部门共核查处置网络谣言{r.randint(40, 260)}条。"
                f"现选取其中{k}条典型谣言予以公布，提醒广大网民提高辨别能力。",
            )
        ],
    )
    for n, (item, a) in enumerate(zip(items, arts, strict=True), 1):
        lines.append("")
        put(lines, chrome, [("article_header", f"#{item[0]}#　第{n}条")])
        lines.append(a.title)
        lines += a.page
        chrome += a.chrome
        py, pm, pd = ymd(a)
        lines.append(f"——据{a.meta['origin']}{item[5]}　{py}.{pm:02d}.{pd:02d}")
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("footer", f"本期编辑：{r.choice(PY_EDITORS)}　　审核：{r.choice(PY_EDITORS)}"),
            ("footer", "违法和不良信息举报电话：12377　　举报邮箱：jubao@lzpiyao.cn"),
            ("page_number", folio()),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the household-registration office's news (HTML in Big5) --------------------------------


def fam_huzheng(g: GenZX, i: int) -> Made:
    """'梅汀區戶政事務所' news, HTML in Big5; the charset declared on odd pages only."""
    r = g.r
    a = g.hz_news(i)
    if i % 4 != 3:
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    unit = a.meta["origin"]
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-Hant-TW">', "<head>")
    if i % 2:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>{a.title}-最新消息-{HZ_SITE}</title>", "</head>", "<body>")
    h.el("div", "跳到主要內容區塊", "skip", "header")
    h.el("div", ":::", "acc", "header")
    h.links("header", ["網站導覽", "回首頁", "English", "RSS"], "　｜　", "top")
    h.el("div", HZ_SITE, "logo", "header")
    h.links(
        "header",
        ["本所簡介", "最新消息", "戶政業務", "役政業務", "下載專區", "常見問答"],
        "　",
        "menu",
    )
    h.el("div", "首頁 > 最新消息 > 戶政新聞", "path", "header")
    if i % 2 == 0:
        h.el("h2", a.title)
        wd = WEEK[datetime.date(y, m, d).weekday()]
        h.el("p", f"發布日期：{y}年{m}月{d}日（星期{wd}）　發布單位：{unit}", "info")
    else:
        h.el("div", f"〔{y}.{m:02d}.{d:02d}〕〔{unit}〕", "info")
        h.el("h3", a.title)
    h.el("div", "字級：小　中　大　｜　友善列印　｜　回上一頁", "font", "bar")
    h.body(a)
    a.lines = [a.title, *a.lines]
    ext = r.randint(101, 189)
    h.el("p", f"聯絡人：{unit} {r.choice(HZ_STAFF)}　電話：(07)781-2345 分機 {ext}", "contact")
    h.el("div", "分享至：Facebook　LINE　Plurk　｜　回列表", "share", "bar")
    h.el(
        "p",
        "本網站資訊僅供參考，實際辦理規定以本所公告及臨櫃說明為準。",
        "disc",
        "notice",
    )
    h.el("h4", "相關消息", "", "related")
    h.items("related", r.sample(HZ_READ, 3), "rel")
    upd = min(d + r.randint(1, 5), 28)
    h.el(
        "p",
        f"網頁更新日期：{y}-{m:02d}-{upd:02d}　瀏覽人次：{r.randint(1000, 90000)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"地址：{HZ_CITY}梅汀區中正路一段128號　電話：(07)781-2345　傳真：(07)781-6789",
        "",
        "footer",
    )
    h.el("p", "服務時間：週一至週五上午8時至下午5時（週三延長至晚間8時）", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the cloud status page's incident history (a compilation, text in UTF-16) ----------------

ZT_N = [2, 3, 4, 2, 5, 3, 2, 4]
ZT_HURT = {0, 2, 3, 5, 6}


def fam_zhuangtai(g: GenZX, i: int) -> Made:
    """'栖云云' status history pages, UTF-16 text; every page a month's incidents."""
    r = g.r
    k = ZT_N[i]
    g.month(k, newest_first=True)
    y, m, _ = g.days[0]
    items = r.sample(ZT_INCIDENTS, k)
    made = [g.incident(x, n) for n, x in enumerate(items, 1)]
    arts = [a for a, _, _ in made]
    if i in ZT_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZT_SITE} · 服务状态中心"),
            ("header", "首页　｜　产品文档　｜　控制台　｜　联系支持"),
            ("bar", "当前状态：全部服务运行正常"),
        ],
    )
    lines.append("")
    put(lines, chrome, [("header", f"历史事件 · {y}年{m}月")])
    for (a, start, dur), item in zip(made, items, strict=True):
        lines.append("")
        put(lines, chrome, [("article_header", f"[P{r.randint(1, 3)}] {item[0]} · {item[1]}")])
        lines.append(a.title)
        lines += a.page
        lines.append(f"事件编号：{a.meta['doc_number']}　｜　开始于 {start}　｜　持续 {dur}")
        a.lines = [a.title, *a.lines]
    pm = (y, m - 1) if m > 1 else (y - 1, 12)
    nm = (y, m + 1) if m < 12 else (y + 1, 1)
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "本月其余时间各项服务均运行正常，事件时间均为北京时间。"),
            ("related", f"← {pm[0]}年{pm[1]}月　　　　{nm[0]}年{nm[1]}月 →"),
            ("bar", "订阅状态通知：邮件　短信　Webhook　RSS"),
            ("footer", f"© 2015-{y} {ZT_FIRM}　服务条款　隐私政策　栖ICP备15008826号"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_zx_jiaojing", "sealed", "utf-8", "\r\n", 8, fam_jiaojing, "html"),
    BlindFamily(
        "sealed_zx_piyao", "sealed", "gb18030", "\n", 8, fam_piyao, "txt", ("gb18030", "utf-8-sig")
    ),
    BlindFamily("sealed_zx_huzheng", "sealed", "cp950", "\n", 8, fam_huzheng, "html"),
    BlindFamily("sealed_zx_zhuangtai", "sealed", "utf-16", "\r\n", 8, fam_zhuangtai),
]

assert len(HZ_NEWS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5000, gen=GenZX)
