"""Four more invented families for the ``yj`` blind test of the generic layer: a city
weather observatory's day of rolling weather flashes 天气快讯 in a print view (plain text,
UTF-16 with BOM, LF; every page one day's flashes, each under a ``【第2报】涧州市气象台
8月18日13时44分发布`` issue row ABOVE the bare title and closed by a ``签发：X　　预报员：Y``
row, the print view's folio cutting sentences), a city market regulator's defect-product
recall notices (plain text, CRLF, GBK on even pages and UTF-8 with BOM on odd ones; a
``〖消费品召回〗　MJZH-2022-011　｜　2022-10-03`` tag row ABOVE the title and a sign-off with
a Chinese-numeral date after the text on even pages, a ``发布时间：…　　来源：…　　【字号：大
中 小】`` row UNDER the title on odd ones), an auction company's auction notices 拍卖公告
(HTML, UTF-8 without BOM declared ``<meta charset="UTF-8">``, LF; a fact row under the
``<h1>`` on even pages, a ``〔2022〕溆拍公字第005号`` number line above it and a sign-off
after the text on odd ones; lots as ``<li>`` lines ``标的1：…``) and a Taiwan county museum's
collection catalogue 典藏精選 (HTML, Big5 (cp950) declared ``<meta charset="big5">``, CRLF;
traditional letters; every page an issue of entries, each under a grade-and-accession row
``重要古物　‧　登錄號 YS-M-0418`` ABOVE its ``<h3>`` title, a ``年代：…　材質：…　尺寸：…``
row BELOW it and a ``撰文／X`` row after the text).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  The site kinds have cousins among the earlier
sets (a hydrology bureau's bulletin archive ``zc_shuiqing`` and a weather bureau's warning
signals ``t_yujing``; a recall information site ``z_zhaohui``; a court's judicial auctions
``x_paimai``; a digital collection ``i_cangpin``), so these differ in the kind of site (a
forecast office's same-day flash feed, a city bureau's reposted recalls, a commercial auction
company, a county museum's printed-catalogue issue), in per-piece header shape (``【第N报】``
issue rows, a grade-and-accession row), title placement, metadata layout and labels, chrome
wording, page marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE
text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yj_kuaixun`` ('涧州市气象台' 天气快讯, plain text, UTF-16 with BOM, LF; every page
  a compilation of 4, 2, 3, 5, 2, 4, 3, 3 flashes issued on one day, oldest first; the
  flashes are drawn from a warm-season pool in May–September and a cool-season pool
  otherwise): ``涧州气象　·　天气快讯打印版``, ``网站首页 ▸ 气象服务 ▸ 天气快讯 ▸ 当日汇总``
  and ``2024年8月18日（星期日）天气快讯　共2报`` (``header``; the only place the year
  stands), the ``本页汇总当日滚动发布的天气快讯……为准。`` line (``notice``).  Per flash: the
  issue row ``【第2报】涧州市气象台　8月18日13时44分发布`` (metadata, neither: it holds the
  issuer and the month and day), the bare title ``今天夜里到明天我市将有一次中到大雨过程``
  (the title and the first content line), three labelled paragraphs ``实况：…`` /
  ``预报：…`` / ``防御提示：…`` (content; the labels stay) and the row ``签发：X　　预报员：Y``
  (metadata, neither; the same chief signs every flash of a page).  Flashes are parted by a
  ``◆◇◆◇…`` rule (``bar``, BETWEEN flashes only, none after the last).  Page breaks: the
  print folio ``涧州气象·快讯打印稿　第2页／共4页`` (``page_number``) cuts a paragraph between
  two CJK letters in one flash on pages 1, 3 and 6.  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` in another flash on pages 0, 2, 4, 5 and 7.  Chrome at the end:
  ``前一日快讯：8月17日　　后一日快讯：8月19日`` (``related``), ``〖打印〗　〖关闭〗
  〖订阅短信快讯〗`` (``bar``), the host-hotline-address line and the copyright-and-ICP line
  (``footer``).  Meta per flash: author (the 预报员, not the 签发 chief), issuer (the
  observatory in the issue row), published (the day, read from the page's header line).
* ``sealed_yj_zhaohui`` ('泖江市市场监督管理局门户网站', plain text, CRLF, GBK on even pages
  and UTF-8 with BOM on odd ones; single notices): the site name, a ``　``-parted nav row and
  ``当前位置：首页 ＞ 质量安全 ＞ 缺陷产品召回`` (``header``).  Even pages: the tag row
  ``〖消费品召回〗　MJZH-2022-011　｜　2022-10-03`` (metadata, neither) ABOVE the bare title
  ``泖川电器有限公司召回部分电热水壶``, and AFTER the text the sign-off ``泖江市市场监督管理局``
  / ``二〇二二年十月三日`` (metadata, neither); odd pages: the bare title OVER ``发布时间：
  2022-06-10 15:06　　来源：国家市场监督管理总局缺陷产品管理中心　　【字号：大 中 小】``
  (metadata, neither; the font-size switch inside the row is left to it) and no sign-off.
  The text: the filing-and-scope paragraph (with the recall's START date, a few days after
  the posting date, and the production months of the year before), the defect paragraph,
  the remedy paragraph, the hotline paragraph ``……或拨打免费服务热线400-474-8516（工作日
  8:30—17:30）咨询召回事宜。`` and the bureau's ``我局提醒，……`` paragraph: ONE article with
  the title (content).  Chrome after it: ``打印　｜　关闭　｜　分享到：微信　微博`` (``bar``),
  ``温馨提示：……可拨打12315投诉举报电话反映。`` (``notice``), ``■ 往期召回信息`` and three
  ``· X召回部分Y`` lines (``related``), the host line and the site-code/ICP/公网安备 line
  (``footer``).  Damage: one kind on pages 0, 1, 2, 4, 5 and 7; no page breaks.  Meta:
  published (the posting date, NOT the recall's start date in the text); on even pages
  doc_number (``MJZH-2022-011``) and issuer (the bureau of the sign-off); on odd pages
  origin (the 来源 centre).
* ``sealed_yj_paimai`` ('溆宁拍卖有限公司' on '溆宁拍卖网', HTML, UTF-8 without BOM declared
  ``<meta charset="UTF-8">``, LF; single notices): ``<title>`` = ``X-拍卖公告-溆宁拍卖网``;
  the logo row ``溆宁拍卖有限公司　XUNING AUCTION CO., LTD.``, the `` / `` nav row and
  ``所在位置：拍卖公告 › 公告详情`` (``header``).  Even pages: the ``<h1>`` title OVER the row
  ``发布时间：2018-03-03　｜　公告编号：XNPM-2018-016　｜　点击：N`` (metadata, neither); odd
  pages: the number line ``〔2022〕溆拍公字第005号`` (metadata, neither) ABOVE the ``<h1>``
  and, after the text, the sign-off ``<p>`` lines ``溆宁拍卖有限公司`` / ``二〇二二年五月二日``
  (metadata, neither).  ``报名参拍　　预约看样　　收藏公告`` (``bar``) under the title rows.
  The text: the preamble ``受X委托，本公司定于2022年5月16日（星期一）上午10时整在……公开拍卖
  下列标的，现将有关事项公告如下：`` (the AUCTION date, 12–20 days after the posting), the
  ``<h4>`` heads ``一、拍卖标的`` / ``二、标的展示`` / ``三、竞买登记`` / ``四、其他事项``, one
  to three ``<li>`` lots ``标的1：…，参考价3.2万元，竞买保证金0.5万元；`` (the last ending
  ``。``), the viewing, registration and commission paragraphs and the lines ``联系电话：…
  向先生`` and ``监督电话：溆宁市商务局　…``: ONE article with the title (content; the
  numbered heads and the lots never start articles).  Chrome after it: ``网站提示：网上公告与
  纸质公告内容不一致的……为准。`` (``notice``), ``分享：微信　朋友圈　微博　复制链接``
  (``bar``), ``同期拍卖公告`` and three titles (``related``), the address-and-licence line
  and the copyright-and-ICP line (``footer``).  Damage: one kind on pages 0, 1, 3, 4, 6 and
  7 (a ``stray_q`` may follow a lot's closing ``。``); no page breaks.  Meta: published (the
  posting date, never the auction date), doc_number (``XNPM-2018-016`` or the whole
  ``〔2022〕溆拍公字第005号``), issuer (the company, on odd pages only, where it signs).
* ``sealed_yj_diancang`` ('澐山縣立文物館' 典藏精選, HTML, Big5 (cp950) declared ``<meta
  charset="big5">``, CRLF; traditional letters; every page a compilation of 4, 3, 5, 2, 3,
  4, 2, 3 catalogue entries of one issue): ``<title>`` = ``典藏精選第N輯 - 澐山縣立文物館``;
  the logo row ``澐山縣立文物館　Yunshan County Museum``, the ``｜`` nav row, ``典藏 ＞ 典藏精選
  ＞ 第N輯``, the ``<h2>`` ``典藏精選　第N輯``, ``本輯收錄 N 件　上架日期：2017-10-24`` (on
  pages 2 and 5 ``本輯收錄 7 件，本頁第 1—5 件　上架日期：…``), ``本輯目錄`` and a ``<ul>`` of
  ``一、name`` items (all ``header``), the image-licence line ``本網站典藏影像及文字僅供……
  典藏組。`` (``notice``).  Per entry: the row ``重要古物　‧　登錄號 YS-M-0418`` (metadata,
  neither; grades 一般古物 / 重要古物 / 未分級) ABOVE the ``<h3>`` title (the object's name,
  bare; the title and the first content line), UNDER it ``年代：明代　材質：銅鎏金　尺寸：高
  32.5 公分`` (neither: no agreed key), two paragraphs (content), ``撰文／X`` (metadata,
  neither) and ``↑ 回目錄`` (``bar``, after every entry).  Chrome at the end: ``列印本頁　｜
  分享　｜　引用本頁`` (``bar``), on pages 2 and 5 the pager ``第 1 頁／共 2 頁　下一頁 ＞``
  (``page_number``), ``其他典藏精選`` and three ``典藏精選第N輯`` items (``related``), the
  address-and-hours line and ``Copyright (C) 澐山縣政府文化局　版權所有`` (``footer``).
  Damage: one kind in one entry on pages 1, 2, 4, 6 and 7; no page breaks.  Meta per entry:
  doc_number (the 登錄號 ``YS-M-0418``), author (撰文), published (the issue's 上架日期).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare and are the first content line of their article; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
are metadata or neither.  Arguable and fixed here: a flash's issue row and 签发/预报员 row
are metadata rows (neither), its labelled paragraphs content, every flash takes the day of
the page's header line, its author is the duty forecaster and the rule between flashes is
``bar``; a recall notice's hotline and warning paragraphs are content, the ``【字号：大 中
小】`` switch rides inside the metadata row, and the posting date (not the recall start) is
published; an auction notice's numbered heads, lot lines and phone lines are content inside
the one notice, its buttons under the title are ``bar``, and the posting date (not the
auction date in the preamble) is published; a catalogue's table of contents repeats every
entry's name and is ``header``, the grade-and-accession row and the 撰文 row are metadata,
the 年代/材質/尺寸 row is neither, and every entry takes the issue's 上架日期.  Compiled
pages: every ``kuaixun`` and ``diancang`` page; ``zhaohui`` and ``paimai`` pages are single
documents.  ``python -m tests.families.blind_families_yj`` (seed base 6200) rewrites them and
checks the truth against the pages.

Held out all session 25 (nobody tuning the code opened it) and measured at the session's start
code ``2ef67627`` and end code ``804ce531`` (per family, F1 / residue / titles / counts / repairs /
metadata): the same at both, on every figure: diancang .880/.157/.654/1/1/.449, kuaixun
.909/.035/.846/.625/.75/0, paimai .963/0/1/1/1/.4, zhaohui .987/0/1/1/1/1.  Tuning material from
then.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, cn_date, counter, damage
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yj_text import (
    DC_AUTHORS,
    DC_GRADES,
    DC_MUSEUM,
    DC_OBJECTS,
    KX_CHIEFS,
    KX_COOL,
    KX_MEN,
    KX_SITE,
    KX_WARM,
    PM_COMPANY,
    PM_SALES,
    PM_SITE,
    ZH_BUREAU,
    ZH_ORIGIN,
    ZH_RECALLS,
    ZH_SITE,
    GenYJ,
    iso,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"
NUM = "一二三四五六七八九"


# -- 1. the weather observatory's flashes (a compilation, print view, UTF-16) -------------------

KX_N = [4, 2, 3, 5, 2, 4, 3, 3]
KX_BREAK = {1, 3, 6}
KX_RULE = "◆◇" * 12


def fam_kuaixun(g: GenYJ, i: int) -> Made:
    """'涧州市气象台' 天气快讯, one day's flashes per page in a print view, UTF-16 text."""
    r = g.r
    k = KX_N[i]
    y, m, d = g.date()
    day = datetime.date(y, m, d)
    pool = KX_WARM if 5 <= m <= 9 else KX_COOL
    picks = r.sample(pool, k)
    hours = sorted(r.sample(range(6, 22), k))
    chief = r.choice(KX_CHIEFS)
    men = [r.choice(KX_MEN) for _ in picks]
    arts = [g.flash(t, hh, chief, w) for t, hh, w in zip(picks, hours, men, strict=True)]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    page_no = counter(2, r.randint(3, 4), lambda p, t: f"涧州气象·快讯打印稿　第{p}页／共{t}页")
    hurt = r.sample(range(k), 2)
    if i in KX_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in (0, 2, 4, 5, 7):
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    prev = day - datetime.timedelta(days=1)
    nxt = day + datetime.timedelta(days=1)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", "涧州气象　·　天气快讯打印版"),
            ("header", "网站首页 ▸ 气象服务 ▸ 天气快讯 ▸ 当日汇总"),
            ("header", f"{y}年{m}月{d}日（星期{WEEK[day.weekday()]}）天气快讯　共{k}报"),
            (
                "notice",
                "本页汇总当日滚动发布的天气快讯，天气变化较快时请以最新一报和预警信号为准。",
            ),
        ],
    )
    for n, (a, hh) in enumerate(zip(arts, hours, strict=True), 1):
        lines.append("")
        if n > 1:
            put(lines, chrome, [("bar", KX_RULE)])
            lines.append("")
        lines.append(f"【第{n}报】{KX_SITE}　{m}月{d}日{hh}时{r.randint(0, 59):02d}分发布")
        lines.append(a.title)
        lines += a.page
        lines.append(f"签发：{chief}　　预报员：{a.meta['author']}")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "related",
                f"前一日快讯：{prev.month}月{prev.day}日　　后一日快讯：{nxt.month}月{nxt.day}日",
            ),
            ("bar", "〖打印〗　〖关闭〗　〖订阅短信快讯〗"),
            (
                "footer",
                f"{KX_SITE}主办　气象服务热线：12121　地址：涧州市气象路{r.randint(10, 99)}号",
            ),
            ("footer", f"版权所有 涧州市气象局　赣ICP备0{r.randint(1000000, 9999999)}号"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the market regulator's recall notices (single, text, GBK / UTF-8 with BOM) --------------


def fam_zhaohui(g: GenYJ, i: int) -> Made:
    """'泖江市市场监督管理局' recall notices; a tag row above the title on even pages, a
    time-and-source row under it on odd ones."""
    r = g.r
    y, m, d = g.date()
    start = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(0, 5))
    a = g.recall(i, y, m, d, start)
    if i in (0, 1, 2, 4, 5, 7):
        damage(g, a, [ODD[i % 3]])
    no = r.randint(3, 60)
    others = [x for k, x in enumerate(ZH_RECALLS) if k != i]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", ZH_SITE),
            ("header", "首页　机构概况　政务公开　质量安全　消费维权　互动交流"),
            ("header", "当前位置：首页 ＞ 质量安全 ＞ 缺陷产品召回"),
        ],
    )
    lines.append("")
    if i % 2 == 0:
        doc = f"MJZH-{y}-{no:03d}"
        lines.append(f"〖消费品召回〗　{doc}　｜　{y}-{m:02d}-{d:02d}")
        lines += ["", a.title, ""]
        lines += a.page
        lines += ["", ZH_BUREAU, cn_date(y, m, d)]
        a.meta.update({"doc_number": doc, "issuer": ZH_BUREAU})
    else:
        lines.append(a.title)
        lines.append(
            f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　来源：{ZH_ORIGIN}　　【字号：大 中 小】"
        )
        lines.append("")
        lines += a.page
        a.meta["origin"] = ZH_ORIGIN
    a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", "打印　｜　关闭　｜　分享到：微信　微博"),
            ("notice", "温馨提示：消费者如发现所购产品存在缺陷，可拨打12315投诉举报电话反映。"),
            ("related", "■ 往期召回信息"),
            *[("related", f"· {x[0]}召回部分{x[1]}") for x in r.sample(others, 3)],
            ("footer", f"主办：{ZH_BUREAU}　承办：泖江市大数据管理中心"),
            (
                "footer",
                f"网站标识码：32058000{r.randint(10, 99)}　苏ICP备1{r.randint(1000000, 9999999)}号"
                f"　苏公网安备 3205{r.randint(1000000000, 9999999999)}号",
            ),
        ],
    )
    return lines, [a], chrome, False


# -- 3. the auction company's notices (single, HTML, UTF-8) --------------------------------------


def fam_paimai(g: GenYJ, i: int) -> Made:
    """'溆宁拍卖有限公司' auction notices on '溆宁拍卖网', HTML; a fact row under the title on
    even pages, a notice number above it and a sign-off after the text on odd ones."""
    r = g.r
    y, m, d = g.date()
    day = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(12, 20))
    a = g.auction(i, day, WEEK[day.weekday()])
    a.meta["published"] = iso(y, m, d)
    if i in (0, 1, 3, 4, 6, 7):
        damage(g, a, [ODD[(i + 1) % 3]])
    no = r.randint(5, 80)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="UTF-8">')
    h.raw(f"<title>{a.title}-拍卖公告-{PM_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/style.css">', "</head>", "<body>")
    h.el("div", f"{PM_COMPANY}　XUNING AUCTION CO., LTD.", "logo", "header")
    h.links(
        "header", ["首页", "拍卖公告", "成交公示", "拍卖会", "委托拍卖", "关于我们"], " / ", "nav"
    )
    h.el("div", "所在位置：拍卖公告 › 公告详情", "pos", "header")
    if i % 2 == 0:
        doc = f"XNPM-{y}-{no:03d}"
        h.el("h1", a.title)
        h.el(
            "div",
            f"发布时间：{y}-{m:02d}-{d:02d}　｜　公告编号：{doc}　｜　点击：{r.randint(60, 3000)}",
            "info",
        )
    else:
        doc = f"〔{y}〕溆拍公字第{no:03d}号"
        h.el("div", doc, "docno")
        h.el("h1", a.title)
        a.meta["issuer"] = PM_COMPANY
    a.meta["doc_number"] = doc
    h.el("div", "报名参拍　　预约看样　　收藏公告", "btns", "bar")
    h.raw('<div class="content">')
    lots = False
    for x in a.page:
        if x[:2] in {"一、", "二、", "三、", "四、"}:
            if lots:
                h.raw("</ul>")
                lots = False
            h.el("h4", x)
        elif x.startswith("标的") and "：" in x[:4]:
            if not lots:
                h.raw('<ul class="lots">')
                lots = True
            h.el("li", x)
        else:
            for part in x.split("\n"):
                h.el("p", part)
    h.raw("</div>")
    if i % 2 == 1:
        h.el("p", PM_COMPANY, "sign")
        h.el("p", cn_date(y, m, d), "sign")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "网站提示：网上公告与纸质公告内容不一致的，以本公司存档的纸质公告为准。",
        "tip",
        "notice",
    )
    h.el("div", "分享：微信　朋友圈　微博　复制链接", "share", "bar")
    h.el("h4", "同期拍卖公告", "", "related")
    h.items("related", r.sample([x[0] for k, x in enumerate(PM_SALES) if k != i], 3), "same")
    h.el(
        "p",
        f"{PM_COMPANY}　地址：溆宁市朝阳路88号汇金大厦6楼　"
        f"拍卖经营批准证书号：4312{r.randint(100000, 999999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"Copyright © 2012-{y} {PM_SITE}　湘ICP备1{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the county museum's catalogue (a compilation, HTML, Big5) --------------------------------

DC_N = [4, 3, 5, 2, 3, 4, 2, 3]
DC_PAGER = {2, 5}


def fam_diancang(g: GenYJ, i: int) -> Made:
    """'澐山縣立文物館' 典藏精選, one issue of catalogue entries per page, HTML in Big5."""
    r = g.r
    k = DC_N[i]
    objs = r.sample(DC_OBJECTS, k)
    arts = [g.relic(o, r.choice(DC_AUTHORS)) for o in objs]
    y, m, d = g.date()
    no = 3 + i
    nums = [r.randint(12, 980) for _ in objs]
    for a, o, n in zip(arts, objs, nums, strict=True):
        a.meta["published"] = iso(y, m, d)
        a.meta["doc_number"] = f"YS-{o[1]}-{n:04d}"
    if i in (1, 2, 4, 6, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-TW">', "<head>", '<meta charset="big5">')
    h.raw(f"<title>典藏精選第{no}輯 - {DC_MUSEUM}</title>", "</head>", "<body>")
    h.el("div", f"{DC_MUSEUM}　Yunshan County Museum", "logo", "header")
    h.links("header", ["首頁", "參觀資訊", "展覽", "典藏", "教育推廣", "出版品"], "｜", "nav")
    h.el("div", f"典藏 ＞ 典藏精選 ＞ 第{no}輯", "crumb", "header")
    h.el("h2", f"典藏精選　第{no}輯", "", "header")
    many = f"本輯收錄 {k + 2} 件，本頁第 1—{k} 件" if i in DC_PAGER else f"本輯收錄 {k} 件"
    h.el("p", f"{many}　上架日期：{y}-{m:02d}-{d:02d}", "date", "header")
    h.el(
        "p",
        "本網站典藏影像及文字僅供學術研究與教育推廣使用，如需授權使用請洽本館典藏組。",
        "cr",
        "notice",
    )
    h.el("h4", "本輯目錄", "", "header")
    h.items("header", [f"{NUM[n]}、{o[0]}" for n, o in enumerate(objs)], "toc")
    for a, o in zip(arts, objs, strict=True):
        h.el("div", f"{r.choice(DC_GRADES)}　‧　登錄號 {a.meta['doc_number']}", "grade")
        h.el("h3", a.title)
        h.el("p", f"年代：{o[2]}　材質：{o[3]}　尺寸：{o[4]}", "spec")
        h.body(a)
        h.el("p", f"撰文／{a.meta['author']}", "by")
        h.el("div", "↑ 回目錄", "top", "bar")
        a.lines = [a.title, *a.lines]
    h.el("div", "列印本頁　｜　分享　｜　引用本頁", "tool", "bar")
    if i in DC_PAGER:
        h.el("div", "第 1 頁／共 2 頁　下一頁 ＞", "pager", "page_number")
    h.el("h4", "其他典藏精選", "", "related")
    h.items("related", [f"典藏精選第{x}輯" for x in (no - 1, no - 2, no + 1)], "more")
    h.el(
        "p",
        f"{DC_MUSEUM}　地址：澐山縣中正路{r.randint(10, 300)}號　開放時間：週二至週日 9:00－17:00",
        "",
        "footer",
    )
    h.el("p", "Copyright (C) 澐山縣政府文化局　版權所有", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_yj_kuaixun", "sealed", "utf-16", "\n", 8, fam_kuaixun),
    BlindFamily(
        "sealed_yj_zhaohui", "sealed", "gbk", "\r\n", 8, fam_zhaohui, "txt", ("gbk", "utf-8-sig")
    ),
    BlindFamily("sealed_yj_paimai", "sealed", "utf-8", "\n", 8, fam_paimai, "html"),
    BlindFamily("sealed_yj_diancang", "sealed", "cp950", "\r\n", 8, fam_diancang, "html"),
]

assert len(ZH_RECALLS) == 8 and len(PM_SALES) == 8 and len(DC_OBJECTS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6200, gen=GenYJ)
