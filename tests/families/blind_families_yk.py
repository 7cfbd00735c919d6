"""Four more invented families for the ``yk`` blind test of the generic layer: a county
hydrology station's water-level bulletins 水位公报 in a print view (plain text, GB18030, CRLF;
every page one flood week's bulletins, oldest first, each under a reading strip ``▍2018.06.09
08:00 ┃ 泺口站 ┃ 水位 24.50 m ┃ 日变幅 +0.43 m ┃ 警戒 24.00 m`` ABOVE the bare title and
closed by a ``〔测报 X ／ 复核 Y〕`` row, the print view's folio cutting sentences), a scenic
area's visitor notices 景区公告 on 限流 / 闭园 / 停运 / 开放 (HTML, UTF-8 without BOM declared
``<meta charset="utf-8">``, LF; single notices, a fact row under the ``<h1>`` on even pages and
a two-line date tile ``12`` / ``2018-06`` above it on odd ones, the sign-off after the text), a
podcast's archive pages carrying every episode's full show notes (HTML, UTF-8 with BOM declared
``<meta charset="utf-8">``, CRLF; every page several episodes, newest first, each under an
``#068　｜　63:32　｜　2024/1/2`` number-duration-date row ABOVE its ``<h2>`` title and a
``主播：…　　嘉宾：X`` cast row BELOW it) and a Taiwan city library's new-book list 新書選介 in a
print view (plain text, LF, Big5 (cp950) on even pages and UTF-16 with BOM on odd ones;
traditional letters; every page one batch of books, each under a ``索書號 863.55／4429　│
總館三樓　│　館藏2冊／可借1冊`` call-number row ABOVE the bare book title and a 著者 / 出版者 /
ISBN row BELOW it, a print mark carrying the PRINT date cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  The site kinds have cousins among the earlier
sets (a provincial hydrology bureau's bulletin archive ``zc_shuiqing``, a Big5 scenic area's
notices ``s_jingqu``, a podcast's transcripts ``g_jiemu`` and single episode pages
``zh_shouting``, a mainland library's new-book bulletins ``za_xinshu``), so these differ in the
kind of site (one gauging station's daily readings, a 5A area's crowd-control and closure
notices, a podcast's notes archive, a Taiwan library's acquisition list), in per-piece header
shape (a ``┃``-parted reading strip, an ``#NNN`` number-duration-date row, a call-number and
holdings row), title placement (a date tile split over two lines above the title), metadata
layout and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's lines
are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yk_shuiwei`` ('泺口水文站' of '泺川县水利局', 水位公报, plain text, GB18030, CRLF;
  every page a compilation of 4, 3, 5, 2, 4, 3, 5, 3 bulletins on distinct days of one week,
  oldest first): ``泺川县水利局门户网站　｜　泺口水文站水情发布（打印版）``, ``位置：首页 ＞
  水情发布 ＞ 水位公报 ＞ 2018年6月`` and ``泺口站水位公报汇总　6月6日—6月10日　共3则（按发布
  先后排列）`` (``header``), the ``本公报水位采用1985国家高程基准……预警信息。`` line
  (``notice``).  Per bulletin: the reading strip ``▍2018.06.09 08:00 ┃ 泺口站 ┃ 水位 24.50 m ┃
  日变幅 +0.43 m ┃ 警戒 24.00 m`` (metadata, neither: the date is the bulletin's), the bare
  title ``泺水干流水位继续上涨，泺口站超警戒0.50米`` (title and first content line; a comma and
  figures inside), the rain paragraph, the reading paragraph ``本站9日8时实测水位24.50米，……``,
  the label line ``上游主要站点8时水情：``, three station rows ``石门站　水位 29.90 米　涨 0.56
  米`` and the forecast and advice paragraphs (content), then ``〔测报 X ／ 复核 Y〕``
  (metadata, neither) and ``⇩ 下载本期数据（CSV）　｜　查看水位过程线`` (``bar``, after every
  bulletin, the last included); bulletins parted by blank lines.  Page breaks: the print folio
  ``泺口水文站水位公报·打印页　－2－`` (``page_number``), alone between blank lines, cuts a
  paragraph between two CJK letters in one bulletin on pages 1, 3 and 6.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in one bulletin on pages 0, 2, 4, 5 and 7.  Chrome at
  the end: ``上月汇总：5月水位公报　　下月汇总：7月水位公报`` (``related``), ``打印　┆　关闭窗口
  ┆　返回顶部`` (``bar``), the host-and-duty-phone line and the site-code-and-ICP line
  (``footer``).  Meta per bulletin: published (the strip's ``2018.06.09``), author (the 测报
  observer, not the 复核 checker).
* ``sealed_yk_jingqu`` ('岚屿山旅游区' 景区公告, HTML, UTF-8 without BOM declared ``<meta
  charset="utf-8">``, LF; single notices, one of eight: 国庆限流, 强降雨临时闭园, 索道停运检修,
  景点恢复开放, 达到最大承载量暂停售票, 夜游时间调整, 雨雪冰冻区域封闭, 春节分时段预约):
  ``<title>`` = ``X-景区公告-岚屿山旅游区官方网站``; the logo line ``岚屿山旅游区　国家AAAAA级
  旅游景区`` and the ``　``-parted nav row (``header``), the live crowd bar ``实时客流：在园
  8,933 人　｜　今日最大承载量 35,000 人　｜　舒适度：舒适`` (``bar``), ``当前位置：首页 > 游客服务
  > 景区公告`` (``header``).  Even pages: the ``<h1>`` title OVER ``发布时间：2023-04-02 15:27
  |　发布部门：岚屿山旅游区管理委员会　|　阅读：N`` (metadata, neither); odd pages: a date tile of
  two ``<div>`` lines ``12`` / ``2018-06`` (neither; the day stands nowhere else whole but in
  the sign-off and in the head's ``<meta name="PubDate">``) ABOVE the ``<h1>``.  The text:
  ``尊敬的游客朋友：``, the reason-and-measure paragraph (its START date, 2–8 days after the
  posting, or ``自即日…``), ``现将有关事项公告如下：``, three ``1. …；`` / ``3. …。`` items, the
  further-notice paragraph with the phone and the apology line: ONE article with the title
  (content; the numbered items never start articles).  After it the sign-off ``<p>`` lines
  ``岚屿山旅游区管理委员会`` / ``2018年6月12日`` (metadata, neither).  Chrome after it: ``在线购票
  ｜　分时预约　｜　语音导览　｜　打印本页`` (``bar``), ``郑重提醒：景区门票仅通过……谨防上当受骗。``
  (``notice``), ``相关公告`` and three other notice titles (``related``), the address-and-hotline
  line and the copyright-ICP-support line (``footer``).  Damage: one kind on pages 0, 1, 3, 4
  and 6; no page breaks.  Meta: published (the posting day, never the start date in the text),
  issuer (the board, in the sign-off and on even pages in the fact row).
* ``sealed_yk_boke`` ('拾音台 ShiYin FM' 全部节目, HTML, UTF-8 with BOM declared ``<meta
  charset="utf-8">``, CRLF; every page an archive page of 3, 4, 2, 5, 3, 4, 2, 3 episodes a
  week apart, newest first): ``<title>`` = ``全部节目（第N页）| 拾音台 ShiYin FM``; the logo
  line, the `` / `` nav row and the ``<h1>`` ``全部节目 · 第 N 页`` (``header``), ``订阅：小宇宙
  |　Apple Podcasts　|　Spotify　|　RSS`` (``bar``).  Per episode (an ``<article>``): the row
  ``#068　｜　63:32　｜　2024/1/2`` (metadata, neither) ABOVE the ``<h2>`` title (bare, some
  ending ``？`` or holding a ``，``; title and first content line), UNDER it ``主播：阿棠、小满
  嘉宾：X`` (neither: hosts and guests have no agreed key), the show notes (two paragraphs,
  ``本期嘉宾：X，…。``, the head ``时间线``, four ``19:21　topic`` rows, ``本期提到：《…》、《…》``
  and the music credit ``BGM：《晨光》— 纸鸢``; all content), ``Show Notes 整理：X`` (metadata,
  neither) and ``▶ 播放本期　　⬇ 下载音频　　💬 N 条留言`` (``bar``, after every episode).  Chrome
  at the end: the pager ``« 较新的节目　第 2 / 9 页　较早的节目 »`` (``page_number``), the
  reprint line ``节目文稿由主创团队整理……获得授权。`` (``notice``), ``听友最爱`` and three
  episode titles not on the page (``related``), the copyright-and-contact line and the ICP line
  (``footer``).  Damage: one kind in one episode on pages 0, 2, 3, 5 and 6; no page breaks.
  Meta per episode: published (the row's ``2024/1/2``), author (the Show Notes editor).
* ``sealed_yk_xinshu`` ('栗原市立圖書館' 新書選介, plain text, LF, Big5 (cp950) on even pages
  and UTF-16 with BOM on odd ones; traditional letters; every page one batch of 4, 3, 5, 2, 4,
  3, 5, 3 books): ``栗原市立圖書館　Liyuan Public Library　│　館藏查詢　│　列印``, ``首頁 ＞
  主題書展與推薦 ＞ 新書選介 ＞ 112年4月`` (ROC year), ``新書選介　112年4月　第1批　共3種`` and
  ``資料更新：2023-04-08　資料提供：採編課`` (all ``header``), the ``新書上架約需7至10個工作天……
  以簡訊通知。`` line (``notice``).  Per book: the call-number row ``索書號 733.9／1167　│
  總館三樓　│　館藏4冊／可借2冊`` (neither) ABOVE the bare book title (``老屋新生：街區保存的十個
  現場``, subtitles after ``：`` kept; title and first content line), UNDER it ``著者：X
  出版者：Y　出版年：2023　ISBN：978-626-…`` (metadata, neither), the labelled paragraphs
  ``內容簡介：…`` and ``作者簡介：X，…`` (content; the labels stay) and ``＋加入我的書單　＋線上預約
  ＋分享`` (``bar``, after every book).  Page breaks: the print mark ``栗原市立圖書館　新書選介
  列印日期：2023/4/18　第 2 頁`` (``page_number``; its date is the PRINT day, 3–20 days after the
  update) cuts a paragraph between two CJK letters in one book on pages 2, 4 and 7.  Damage:
  one kind in another book on pages 0, 1, 3, 5 and 6.  Chrome at the end: ``往期新書選介：112年3月
  112年2月　112年1月`` (``related``), ``回頁首　│　列印本頁　│　轉寄好友`` (``bar``), the
  address-and-phone line and the copyright-and-browser line (``footer``).  Meta per book:
  author (the book's 著者), published (the list's 資料更新 day).

Truth as :mod:`tests.families.blind_families_yj`: header and metadata rows are neither
content nor chrome; titles are bare and are the first content line of their article; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
metadata or neither (never ``article_header``).  Arguable and fixed here: a bulletin's reading
strip is a metadata row (published is read from it; the level figures in it have no key), its
upstream label line and station rows are content, its author is the duty observer (测报) and
the download row after it ``bar``; a scenic notice's live crowd bar is ``bar`` (it changes by
the minute, not with the notice), its date tile is neither, its sign-off metadata (issuer the
board), the start date in its text is not ``published``; a podcast episode's number row and
cast row are neither, its 时间线 head and time rows, the mentioned works and the music credit
content, its author the notes' editor (the hosts have no key), the archive pager
``page_number``; a book's call-number row is neither, its 著者 row metadata with the book's
author as ``author`` (the list names no recommender), every book takes the list's 資料更新 day
(not the print mark's date, not the ROC month in the heads).  Compiled pages: every
``shuiwei``, ``boke`` and ``xinshu`` page; ``jingqu`` pages are single notices.  ``python -m
tests.families.blind_families_yk`` (seed base 6300) rewrites them and checks the truth against
the pages.

Measured in session 26 at the start code ``9be7b473``, at the first round of fixes (written
blind to this set: only xinshu moved, residue .125 -> .087), then used to tune a second round;
end code ``c04be4ae`` (F1 / residue / titles / counts / repairs / metadata): boke
.896/0/1/1/1/.231 -> .971/0/1/1/1/.577; jingqu .916/.083/1/1/1/.75 unchanged; shuiwei
.943/0/.241/0/1/.034 -> .971/0/.793/.75/1/.397; xinshu .683/.125/.379/.25/.5/.259 ->
.844/.029/1/1/.625/1.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yk_text import (
    BK_EPS,
    BK_HOSTS,
    BK_SHOW,
    JQ_AREA,
    JQ_BOARD,
    JQ_NOTICES,
    SW_BUREAU,
    SW_CHECK,
    SW_GAUGE,
    SW_STATION,
    SW_WARN,
    XS_BOOKS,
    XS_BRANCH,
    XS_LIB,
    GenYK,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def _day(d: datetime.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# -- 1. the hydrology station's water-level bulletins (a compilation, GB18030 text) -------------

SW_N = [4, 3, 5, 2, 4, 3, 5, 3]
SW_BREAK = {1, 3, 6}


def fam_shuiwei(g: GenYK, i: int) -> Made:
    """'泺口水文站' 水位公报, print view of one flood week's bulletins, oldest first."""
    r = g.r
    k = SW_N[i]
    days = g.dates(k, span=7, newest_first=False)
    level = r.randint(2260, 2480) / 100
    arts: list[Art] = []
    rows: list[tuple[float, float]] = []
    for day in days:
        delta = r.choice([-1, 1, 1]) * r.randint(5, 70) / 100
        level = round(level + delta, 2)
        rows.append((level, delta))
        arts.append(g.bulletin(day, level, delta))
    hurt = r.sample(range(k), 2)
    if i in SW_BREAK:
        folio = counter(2, r.randint(3, 4), lambda p, t: f"{SW_STATION}水位公报·打印页　－{p}－")
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    else:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    d0, d1 = days[0], days[-1]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{SW_BUREAU}门户网站　｜　{SW_STATION}水情发布（打印版）"),
            ("header", f"位置：首页 ＞ 水情发布 ＞ 水位公报 ＞ {d0.year}年{d0.month}月"),
            (
                "header",
                f"{SW_GAUGE}水位公报汇总　{d0.month}月{d0.day}日—{d1.month}月{d1.day}日　"
                f"共{k}则（按发布先后排列）",
            ),
            (
                "notice",
                "本公报水位采用1985国家高程基准，数据为报汛初值，最终以年度整编成果为准；"
                "涉水出行请关注当地防汛部门发布的预警信息。",
            ),
        ],
    )
    for a, day, (lv, dl) in zip(arts, days, rows, strict=True):
        lines.append("")
        lines.append(
            f"▍{day.year}.{day.month:02d}.{day.day:02d} 08:00 ┃ {SW_GAUGE} ┃ 水位 {lv:.2f} m ┃ "
            f"日变幅 {dl:+.2f} m ┃ 警戒 {SW_WARN:.2f} m"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(f"〔测报 {a.meta['author']} ／ 复核 {r.choice(SW_CHECK)}〕")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(lines, chrome, [("bar", "⇩ 下载本期数据（CSV）　｜　查看水位过程线")])
    pm = (d0.month - 2) % 12 + 1
    nm = d0.month % 12 + 1
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"上月汇总：{pm}月水位公报　　下月汇总：{nm}月水位公报"),
            ("bar", "打印　┆　关闭窗口　┆　返回顶部"),
            (
                "footer",
                f"主办：{SW_BUREAU}　承办：{SW_STATION}　"
                f"防汛值班电话：0736-5{r.randint(100000, 999999)}",
            ),
            (
                "footer",
                f"网站标识码 43072{r.randint(10000, 99999)}　"
                f"湘ICP备{r.randint(10000000, 99999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the scenic area's visitor notices (HTML, UTF-8 without BOM) -----------------------------

JQ_MONTH = [9, 6, 4, 5, 10, 7, 12, 1]  # the 国庆 notice is posted in September
CALM = ["舒适", "较舒适", "一般", "较拥挤"]


def fam_jingqu(g: GenYK, i: int) -> Made:
    """'岚屿山旅游区' 景区公告 (限流, 闭园, 停运, 开放), one notice per page."""
    r = g.r
    day = datetime.date(r.randint(2018, 2024), JQ_MONTH[i], r.randint(1, 25))
    a = g.scenic(i, day)
    hit = {0: "cjk_space", 1: "comma", 3: "stray_q", 4: "comma", 6: "cjk_space"}
    if i in hit:
        damage(g, a, [hit[i]])
    y, m, d = day.year, day.month, day.day
    clock = g.clock()
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{a.title}-景区公告-{JQ_AREA}官方网站</title>")
    if i % 2:
        h.raw(f'<meta name="PubDate" content="{_day(day)} {clock}">')
    h.raw('<link rel="stylesheet" href="/static/css/news.css">', "</head>", "<body>")
    h.el("div", f"{JQ_AREA}　国家AAAAA级旅游景区", "logo", "header")
    nav = ["首页", "景区概况", "游览指南", "门票预约", "交通住宿", "游客服务", "景区公告"]
    h.links("header", nav, "　", "nav")
    inside = r.randint(800, 30000)
    h.el(
        "div",
        f"实时客流：在园 {inside:,} 人　｜　今日最大承载量 35,000 人　｜　舒适度：{r.choice(CALM)}",
        "flow",
        "bar",
    )
    h.el("div", "当前位置：首页 > 游客服务 > 景区公告", "crumb", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el(
            "div",
            f"发布时间：{_day(day)} {clock}　|　发布部门：{JQ_BOARD}　|　"
            f"阅读：{r.randint(300, 60000)}",
            "info",
        )
    else:
        h.raw('<div class="date-tile">')
        h.el("div", f"{d:02d}", "dd")
        h.el("div", f"{y}-{m:02d}", "ym")
        h.raw("</div>")
        h.el("h1", a.title)
    h.raw('<div class="content">')
    for x in a.page:
        h.el("p", x)
    h.el("p", JQ_BOARD, "sign")
    h.el("p", f"{y}年{m}月{d}日", "sign")
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "在线购票　｜　分时预约　｜　语音导览　｜　打印本页", "tools", "bar")
    h.el(
        "p",
        "郑重提醒：景区门票仅通过官方网站、官方微信公众号及景区售票窗口销售，"
        "请勿通过非授权渠道购票，谨防上当受骗。",
        "warn",
        "notice",
    )
    h.el("h4", "相关公告", "", "related")
    h.items("related", r.sample([x[0] for k, x in enumerate(JQ_NOTICES) if k != i], 3), "rel")
    h.el(
        "p",
        f"{JQ_BOARD}　地址：岚屿县云峰镇山门路1号　"
        f"旅游服务热线：0739-{r.randint(5000000, 8999999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"版权所有 {JQ_AREA}　湘ICP备{r.randint(10000000, 99999999)}号-1　"
        "技术支持：岚屿县融媒体中心",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the podcast's show notes (a compilation, HTML, UTF-8 with BOM) --------------------------

BK_N = [3, 4, 2, 5, 3, 4, 2, 3]


def fam_boke(g: GenYK, i: int) -> Made:
    """'拾音台' podcast archive pages carrying every episode's full show notes, newest first."""
    r = g.r
    k = BK_N[i]
    picks = r.sample(range(len(BK_EPS)), k)
    top = r.randint(40, 160)
    newest = datetime.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    days = [newest - datetime.timedelta(days=7 * n) for n in range(k)]
    arts = [g.notes(BK_EPS[j], day) for j, day in zip(picks, days, strict=True)]
    hit = {0: "cjk_space", 2: "comma", 3: "stray_q", 5: "cjk_space", 6: "comma"}
    if i in hit:
        damage(g, arts[r.randrange(k)], [hit[i]])
    page = i + 2
    total = page + r.randint(3, 9)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>全部节目（第{page}页）| {BK_SHOW} ShiYin FM</title>", "</head>", "<body>")
    h.el("div", f"{BK_SHOW} ShiYin FM　·　一档关于城市与手艺的中文播客", "logo", "header")
    h.links("header", ["首页", "全部节目", "关于主播", "听友来信", "支持我们"], " / ", "nav")
    h.el("h1", f"全部节目 · 第 {page} 页", "", "header")
    h.el("div", "订阅：小宇宙　|　Apple Podcasts　|　Spotify　|　RSS", "sub", "bar")
    for n, (a, j, day) in enumerate(zip(arts, picks, days, strict=True)):
        h.raw('<article class="episode">')
        dur = f"{r.randint(38, 95)}:{r.randint(0, 59):02d}"
        h.el("div", f"#{top - n:03d}　｜　{dur}　｜　{day.year}/{day.month}/{day.day}", "ep-no")
        h.el("h2", a.title)
        h.el("div", f"主播：{BK_HOSTS}　　嘉宾：{BK_EPS[j][1]}", "cast")
        h.raw('<div class="notes">')
        h.body(a)
        h.raw("</div>")
        h.el("div", f"Show Notes 整理：{a.meta['author']}", "editor")
        h.el("div", f"▶ 播放本期　　⬇ 下载音频　　💬 {r.randint(3, 240)} 条留言", "ep-bar", "bar")
        h.raw("</article>")
        a.lines = [a.title, *a.lines]
    h.el("div", f"« 较新的节目　第 {page} / {total} 页　较早的节目 »", "pager", "page_number")
    h.el(
        "p",
        "节目文稿由主创团队整理，转载请注明出处并联系我们获得授权。",
        "copy",
        "notice",
    )
    h.el("h4", "听友最爱", "", "related")
    h.items(
        "related",
        [BK_EPS[j][0] for j in r.sample([x for x in range(12) if x not in picks], 3)],
        "fav",
    )
    h.el(
        "p",
        f"© 2019–{newest.year} {BK_SHOW} ShiYin FM　·　商务合作：hello@shiyin.example",
        "",
        "footer",
    )
    h.el("p", f"京ICP备{r.randint(10000000, 99999999)}号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the city library's new-book list (a compilation, Big5 / UTF-16 text) --------------------

XS_N = [4, 3, 5, 2, 4, 3, 5, 3]
XS_BREAK = {2, 4, 7}


def fam_xinshu(g: GenYK, i: int) -> Made:
    """'栗原市立圖書館' 新書選介, one batch per page, print view; traditional letters."""
    r = g.r
    k = XS_N[i]
    day = datetime.date(r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 12))
    roc = day.year - 1911
    batch = r.randint(1, 3)
    picks = r.sample(XS_BOOKS, k)
    arts = [g.book(b, day) for b in picks]
    hurt = r.sample(range(k), 2)
    if i in XS_BREAK:
        printed = day + datetime.timedelta(days=r.randint(3, 20))
        pd = f"{printed.year}/{printed.month}/{printed.day}"
        mark = counter(2, 3, lambda p, t: f"{XS_LIB}　新書選介　列印日期：{pd}　第 {p} 頁")
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark())])
    else:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{XS_LIB}　Liyuan Public Library　│　館藏查詢　│　列印"),
            ("header", f"首頁 ＞ 主題書展與推薦 ＞ 新書選介 ＞ {roc}年{day.month}月"),
            ("header", f"新書選介　{roc}年{day.month}月　第{batch}批　共{k}種"),
            ("header", f"資料更新：{_day(day)}　資料提供：採編課"),
            (
                "notice",
                "新書上架約需7至10個工作天，如館藏狀態顯示「處理中」，可先線上預約，"
                "書到館後將以簡訊通知。",
            ),
        ],
    )
    for b, a in zip(picks, arts, strict=True):
        title, author, pub, call = b
        lines.append("")
        have = r.randint(1, 4)
        lines.append(
            f"索書號 {call}　│　{r.choice(XS_BRANCH)}　│　館藏{have}冊／可借{r.randint(0, have)}冊"
        )
        lines.append(title)
        isbn = f"978-626-{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}"
        lines.append(f"著者：{author}　出版者：{pub}　出版年：{day.year}　ISBN：{isbn}")
        lines += a.page
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(lines, chrome, [("bar", "＋加入我的書單　＋線上預約　＋分享")])
    back = [(day.month - j - 1) % 12 + 1 for j in range(1, 4)]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", "往期新書選介：" + "　".join(f"{roc}年{x}月" for x in back)),
            ("bar", "回頁首　│　列印本頁　│　轉寄好友"),
            (
                "footer",
                f"{XS_LIB}　地址：栗原市中山路二段{r.randint(10, 300)}號　"
                f"電話：(04)2{r.randint(1000000, 9999999)}",
            ),
            ("footer", "栗原市政府文化局　版權所有　建議使用 Chrome、Edge 瀏覽器瀏覽本網站"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_yk_shuiwei", "sealed", "gb18030", "\r\n", 8, fam_shuiwei),
    BlindFamily("sealed_yk_jingqu", "sealed", "utf-8", "\n", 8, fam_jingqu, "html"),
    BlindFamily("sealed_yk_boke", "sealed", "utf-8-sig", "\r\n", 8, fam_boke, "html"),
    BlindFamily(
        "sealed_yk_xinshu", "sealed", "cp950", "\n", 8, fam_xinshu, "txt", ("cp950", "utf-16")
    ),
]

assert len(JQ_NOTICES) == 8 and len(BK_EPS) >= 10 and len(XS_BOOKS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6300, gen=GenYK)
