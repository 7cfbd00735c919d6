"""Four more invented families for a thirty-first blind test of the generic layer: a
primary school's archive of letters to parents (plain text, GB18030, CRLF; every page a
month's letters compiled, each opening with a ``■■■ 家长信 · 02 ■■■`` banner ABOVE the plain
title and a ``发文：X｜日期：Y｜对象：Z`` row BELOW it; ``～ 3 ～`` folios cut sentences), a
second-hand classified site's listings (HTML, UTF-8, BOM on pages 3 and 7, LF; a price line
and a ``<ul>`` of label/value facts above or below the title), a special administrative
region's press releases (plain text, traditional letters, UTF-8 on even pages and
Big5-HKSCS on odd ones, CRLF; the date in Chinese AND mirrored in English, at the end after
``完`` or in a row above the title) and a community health centre's notice board dumped
from its Atom feed as text (UTF-16 with BOM, LF; every page a compilation whose entries open
with ``=== entry 2/4 ===`` and a block of ``title:`` / ``updated:`` / ``author:`` /
``category:`` / ``link:`` fields).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding (Big5-HKSCS is new).  On the HTML pages the truth's lines are the page's
VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zg_jiazhang`` ('栎川市实验小学', plain text, GB18030, CRLF; every page a
  compilation of 3, 2, 4, 3, 2, 3, 4, 2 letters of one month, oldest first): the page title
  line ``2020年12月致家长的一封信（汇编）_通知存档_栎川市实验小学``, the site row, a nav row,
  ``当前位置：家校共育 > 通知存档``, the compilation's own title and its ``汇编：学校办公室
  更新于 2020-12-27　共 3 封`` row (all ``header``: the compilation's date is no letter's
  metadata).  Per letter: the banner ``■■■ 家长信 · 02 ■■■`` (``header``), THEN the bare
  title, THEN ``发文：教务处｜日期：2020年12月5日｜对象：全校学生家长`` (metadata, neither),
  ``亲爱的家长朋友：``, two paragraphs, three ``1.…。`` items, ``祝您工作顺利，阖家幸福！``,
  the school's office and the date: one article.  Page breaks: the folio ``～ 2 ～``
  (``page_number``, counting up over the page) stands alone between blank lines and cuts a
  paragraph between two CJK letters in letters 1 and 4 (page 0, 3, 6), 3 (pages 1, 4, 7) or
  2 (pages 2, 5) where there are so many.  Damage: one kind (``cjk_space`` / ``comma`` /
  ``stray_q``) in one letter per page.  Chrome at the end: ``⬇ 下载本汇编（Word，…KB）　｜
  🖨 打印本页`` (bar), a do-not-forward ``notice``, a footer with an ICP number.  Meta per
  letter: published, issuer (the school + office, from the sign-off).
* ``sealed_zg_ershou`` ('栖港同城' second-hand listings, HTML, ``<meta charset="utf-8">``,
  UTF-8 with BOM on pages 3 and 7, LF): ``<title>`` = ``X - 二手闲置 - 栖港同城``; the logo
  ``栖港同城 · 二手市场``, a nav row and ``栖港同城 > 二手闲置 > 家具 > 桌椅`` (``header``).
  Even pages: the ``<h1>`` title over the price line ``¥ 150　原价 ¥ 699`` and a ``<ul>``
  whose ``<li>`` facts ``成色：八成新`` / ``交易方式：…`` / ``所在区域：…`` / ``发布时间：
  2022-07-08`` / ``浏览：N次`` are each a line, then ``卖家：X　信用：★★★　已实名认证``;
  odd pages: the price line and the facts ABOVE a ``<div class="ttl">`` title over the seller
  row (price, facts and seller rows: metadata, neither).  ``宝贝描述`` (``<h3>``, ``header``)
  heads the three description paragraphs; the title and the paragraphs are ONE article.
  Chrome: ``联系我时，请说是在栖港同城上看到的，谢谢！`` (``notice``), a masked phone line and
  ``♡ 收藏 ｜ 分享 ｜ 举报`` (bar), a safety ``notice``, ``该卖家的其他闲置`` or ``附近的人还在
  卖`` and three listing titles (``related``), a footer.  Damage: ``cjk_space`` on 0 and 7,
  ``stray_q`` on 2, ``comma`` on 5.  Meta: published (发布时间), author (the seller).
* ``sealed_zg_gongbao`` ('澄灣特別行政區政府' press releases, plain text, traditional
  letters, UTF-8 on even pages and Big5-HKSCS on odd pages, CRLF): the page title line
  ``X_新聞公報_澄灣特別行政區政府``, ``澄灣特別行政區政府　新聞公報`` and ``主頁 > 新聞公報 >
  2017年9月 > 4日`` (``header``), ``Press Releases　｜　繁體　｜　簡體　｜　English`` (bar).
  The bare title, the four paragraphs (``X今日（九月四日）公布，…``, the spokesman's quote in
  ``「」``, the why, the hotline) are ONE article; ``完`` after them is neither.  Even pages
  close with three lines ``2017年9月4日（星期一）`` / ``Monday, September 4, 2017`` /
  ``澄灣時間16時20分`` (metadata, neither); odd pages carry ONE row ``發佈日期：2017年9月4日
  （星期一）　｜　Issued: Monday, September 4, 2017`` ABOVE the title and only the time line
  at the end.  Chrome: ``列印本頁　｜　電郵本頁　｜　分享至 …`` (bar), ``相關新聞公報`` and two
  ``• X`` (``related``), ``本網頁最後修訂日期：2017年9月4日`` and a notices row (``footer``).
  Single documents; no page breaks; damage one kind per page.  Meta: published.
* ``sealed_zg_dingyue`` ('岚溪街道社区卫生服务中心' notices dumped from the Atom feed,
  plain text, UTF-16 with BOM, LF; every page a compilation of 3, 4, 2, 5, 3, 2, 4, 3
  entries of one month, newest first): ``# feed-dump 1.4 · Atom → 纯文本``, ``# 订阅源：… <URL>``
  and ``# 导出于 2019-10-26 06:23:05 +08:00 · 共 5 条`` (``header``).  Per entry: ``===
  entry 2/5 ===`` (``header``), the field block ``title:    X`` (the title stands only
  here: the line is neither and the title is not a content line), ``updated:
  2019-10-23T18:25:00+08:00``, ``author:   口腔科``, ``category: 停诊信息``, ``link:     URL``
  (metadata, neither), a rule of 24 ``-`` (bar), then ``各位居民朋友：``, the paragraph, the
  ``（一）`` … ``（三）`` items, the apology line, the centre and ``2019年10月23日``: one
  article (the body only).  At the end ``# end of feed · 5 entries · 0 errors``
  (``footer``).  Damage: one kind in one entry per page, a second kind in another entry on
  pages 3 and 6; no page breaks.  Meta: published, author (the feed's author field).

Truth as :mod:`tests.families.blind_families_zf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the
letters' banner ``■■■ 家长信 · N ■■■`` is ``header`` while the ``发文`` row is metadata;
a letter's salutation, items, wish line, office and date are content (a formal letter's
parts); a listing's price, facts and seller rows are metadata without keys but for the
seller (``author``) and the date; ``宝贝描述`` is a site heading (``header``); the press
release's end mark ``完`` and its Chinese and English date lines are neither, the English
date only mirroring the Chinese one; a feed entry's ``title:`` field line is neither (the
article's title is the field's value, as a ``◇2◇ 标题`` header's in set o), its ``author:``
value is ``author`` and ``category:`` / ``link:`` have no key; the centre's sign-off and
date are content.  Compiled pages: every ``jiazhang`` and every ``dingyue`` page;
``ershou`` and ``gongbao`` are single documents.  ``python -m
tests.families.blind_families_zg`` (seed base 3300) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``b530fda`` (code of ``8cf88f7``; ``chrome_bench.py --sealed
--per-family --repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one
folder and one folder per family gave the same rows): dingyue .864/.524/0.0/.125/.900/.039;
ershou .643/.308/1.0/1.0/1.0/.500; gongbao .901/0.0/.500/1.0/.875/0.0; jiazhang
.931/.198/.348/.375/1.0/.304.  Means .835/.257/.462/.625/.944/.211.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_families_zf import in_order
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zg_text import (
    AREAS,
    CENTER,
    FEED_HOST,
    GOODS_ES,
    GOV,
    LETTERS,
    MONTH_EN,
    NOTICES,
    RELEASES,
    SCHOOL,
    SITE_ES,
    WEEK_EN,
    WEEK_TC,
    GenZG,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the school's letters to parents (a compilation per term) --------------------------

LETTER_COUNT = [3, 2, 4, 3, 2, 3, 4, 2]


def fam_jiazhang(g: GenZG, i: int) -> Made:
    """'栎川市实验小学' letters to parents, a term's letters on one page, GB18030 text."""
    r = g.r
    k = LETTER_COUNT[i]
    picks = sorted(r.sample(range(len(LETTERS)), k))
    g.month(k, newest_first=False)
    arts = [g.letter(j) for j in picks]
    y0, m0, _ = ymd(arts[0])
    _, _, d1 = ymd(arts[-1])
    term = f"{y0}年{m0}月致家长的一封信（汇编）"
    folio = counter(2, 12, lambda p, t: f"～ {p} ～")
    breaks = {n for n in range(k) if (n + i) % 3 == 0}
    hurt = r.randrange(k)
    for n, a in enumerate(arts):
        kinds = ["page_break"] if n in breaks else []
        if n == hurt:
            kinds.append(ODD[i % 3])
        tag = iter(range(1, 9))
        damage(g, a, kinds, lambda tag=tag: [("page_number", f"@PB{next(tag)}@")])
        in_order(a, folio)
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{term}_通知存档_{SCHOOL}"),
        ("header", f"{SCHOOL}　家校共育平台"),
        ("header", "首页 | 学校概况 | 德育之窗 | 家校共育 | 校园安全 | 招生入学"),
        ("header", "当前位置：家校共育 > 通知存档"),
    ]
    put(lines, chrome, head)
    lines.append("")
    row = f"汇编：学校办公室　更新于 {y0}-{m0:02d}-{min(d1 + 2, 28):02d}　共 {k} 封"
    put(lines, chrome, [("header", term), ("header", row)])
    for n, (a, j) in enumerate(zip(arts, picks, strict=True), start=1):
        y, m, d = ymd(a)
        office = LETTERS[j][1]
        lines.append("")
        put(lines, chrome, [("header", f"■■■ 家长信 · {n:02d} ■■■")])
        lines.append(a.title)
        lines.append(f"发文：{office}｜日期：{y}年{m}月{d}日｜对象：全校学生家长")
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    tail: Chrome = [
        ("bar", f"⬇ 下载本汇编（Word，{r.randint(60, 400)}KB）　｜　🖨 打印本页"),
        ("notice", "本栏目内容仅供本校家长查阅，未经学校同意请勿转发到校外群组。"),
        ("footer", f"{SCHOOL}　地址：栎川市学府路9号　栎ICP备10020468号-1"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 2. the classified listings ----------------------------------------------------------

ES_DAMAGE = {0: "cjk_space", 2: "stray_q", 5: "comma", 7: "cjk_space"}


def fam_ershou(g: GenZG, i: int) -> Made:
    """'栖港同城' second-hand listings, HTML, UTF-8 (with BOM on pages 3 and 7)."""
    r = g.r
    a = g.listing(i)
    title, trail, price, orig = GOODS_ES[i]
    if i in ES_DAMAGE:
        damage(g, a, [ES_DAMAGE[i]])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{title} - 二手闲置 - {SITE_ES}</title>")
    h.raw('<meta name="viewport" content="width=device-width, initial-scale=1">', "</head>")
    h.raw("<body>")
    h.el("div", f"{SITE_ES} · 二手市场", "logo", "header")
    nav = ["首页", "二手闲置", "房屋租售", "求职招聘", "便民服务", "免费发布"]
    h.links("header", nav, " | ", "nav")
    h.el("div", f"{SITE_ES} > 二手闲置 > {trail}", "crumb", "header")
    cost = f"¥ {price}" + (f"　原价 ¥ {orig}" if orig else "　（无原价）")
    seller = f"卖家：{a.meta['author']}　信用：{'★' * r.randint(3, 5)}　已实名认证"
    attrs = [
        f"成色：{r.choice(['九成新', '八成新', '全新', '九五新'])}",
        f"交易方式：{r.choice(['同城自提', '同城自提或送货上门', '可邮寄（运费自理）'])}",
        f"所在区域：{r.choice(AREAS)}",
        f"发布时间：{a.meta['published']}",
        f"浏览：{r.randint(40, 3000)}次",
    ]

    def card() -> None:
        h.el("div", cost, "price")
        h.raw('<ul class="attrs">')
        for x in attrs:
            h.el("li", x)
        h.raw("</ul>")

    if i % 2 == 0:
        h.el("h1", a.title)
        card()
        h.el("div", seller, "seller")
    else:
        card()
        h.el("div", a.title, "ttl")
        h.el("div", seller, "seller")
    h.el("h3", "宝贝描述", "", "header")
    h.body(a)
    a.lines = [a.title, *a.lines]
    h.el("p", f"联系我时，请说是在{SITE_ES}上看到的，谢谢！", "hint", "notice")
    h.el(
        "div",
        f"电话：1{r.randint(30, 89)}****{r.randint(1000, 9999)}　点击查看完整号码",
        "tel",
        "bar",
    )
    h.links("bar", ["♡ 收藏", "分享", "举报"], " ｜ ", "act")
    h.el(
        "div",
        "安全提示：交易前请当面验货，不要提前支付定金，也不要给陌生人转账。",
        "safe",
        "notice",
    )
    h.el("h3", "该卖家的其他闲置" if i % 3 else "附近的人还在卖", "", "related")
    others = [x[0] for n, x in enumerate(GOODS_ES) if n != i]
    h.items("related", r.sample(others, 3), "more")
    h.el("p", f"© {SITE_ES}　澄ICP备16023458号-3　客服热线：400-820-6617", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the press releases ------------------------------------------------------------------


def fam_gongbao(g: GenZG, i: int) -> Made:
    """'澄灣特別行政區政府' press releases, traditional letters with an English date, plain
    text; UTF-8 on even pages, Big5-HKSCS on odd ones."""
    r = g.r
    a = g.release(i)
    y, m, d = ymd(a)
    wd = datetime.date(y, m, d).weekday()
    tc = f"{y}年{m}月{d}日（星期{WEEK_TC[wd]}）"
    en = f"{WEEK_EN[wd]}, {MONTH_EN.split()[m - 1]} {d}, {y}"
    clock = f"澄灣時間{r.randint(9, 22)}時{r.randint(0, 59):02d}分"
    damage(g, a, [ODD[(i + 1) % 3]])
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{a.title}_新聞公報_{GOV}"),
        ("header", f"{GOV}　新聞公報"),
        ("bar", "Press Releases　｜　繁體　｜　簡體　｜　English"),
        ("header", f"主頁 > 新聞公報 > {y}年{m}月 > {d}日"),
    ]
    put(lines, chrome, head)
    lines.append("")
    if i % 2:
        lines += [f"發佈日期：{tc}　｜　Issued: {en}", ""]
    lines += [a.title, "", *a.page, "", "完", ""]
    lines += ([tc, en, clock] if i % 2 == 0 else [clock]) + [""]
    others = [x[0] for n, x in enumerate(RELEASES) if n != i]
    tail: Chrome = [
        ("bar", "列印本頁　｜　電郵本頁　｜　分享至 Facebook　｜　分享至 WhatsApp"),
        ("related", "相關新聞公報"),
        *(("related", f"• {x}") for x in r.sample(others, 2)),
        ("footer", f"本網頁最後修訂日期：{y}年{m}月{d}日"),
        ("footer", f"{y} ｜ 重要告示 ｜ 私隱政策 ｜ 無障礙瀏覽聲明 ｜ 網站地圖"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 4. the health centre's notice board as an Atom feed export ----------------------------

ENTRY_COUNT = [3, 4, 2, 5, 3, 2, 4, 3]


def fam_dingyue(g: GenZG, i: int) -> Made:
    """'岚溪街道社区卫生服务中心' notices dumped from its Atom feed as text, UTF-16 with
    BOM; every page a compilation, newest first."""
    r = g.r
    k = ENTRY_COUNT[i]
    picks = r.sample(range(len(NOTICES)), k)
    g.month(k, newest_first=True)
    arts = [g.clinic(j) for j in picks]
    hurt = r.randrange(k)
    damage(g, arts[hurt], [ODD[(i + 2) % 3]])
    if i in (3, 6):
        damage(g, arts[(hurt + 1) % k], [ODD[i % 3]])
    y0, m0, d0 = ymd(arts[0])
    stamp0 = f"06:{r.randint(10, 59)}:05"
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", "# feed-dump 1.4 · Atom → 纯文本"),
        ("header", f"# 订阅源：{CENTER} · 通知公告 <https://{FEED_HOST}/tzgg/atom.xml>"),
        ("header", f"# 导出于 {y0}-{m0:02d}-{min(d0 + 1, 28):02d} {stamp0} +08:00 · 共 {k} 条"),
    ]
    put(lines, chrome, head)
    for n, (a, j) in enumerate(zip(arts, picks, strict=True), start=1):
        y, m, d = ymd(a)
        _, section, cat = NOTICES[j]
        lines.append("")
        put(lines, chrome, [("header", f"=== entry {n}/{k} ===")])
        stamp = f"{y}-{m:02d}-{d:02d}T{g.clock()}:00+08:00"
        lines += [
            f"title:    {a.title}",
            f"updated:  {stamp}",
            f"author:   {section}",
            f"category: {cat}",
            f"link:     https://{FEED_HOST}/tzgg/{y}{m:02d}/t{y}{m:02d}{d:02d}_{r.randint(1000, 9999)}.html",  # noqa: E501
        ]
        put(lines, chrome, [("bar", "-" * 24)])
        lines += a.page
    lines.append("")
    put(lines, chrome, [("footer", f"# end of feed · {k} entries · 0 errors")])
    return lines, arts, chrome, True


ES_ENC = tuple("utf-8-sig" if i in (3, 7) else "utf-8" for i in range(8))
PR_ENC = ("utf-8", "big5hkscs")
FAMILIES = [
    BlindFamily("sealed_zg_jiazhang", "sealed", "gb18030", "\r\n", 8, fam_jiazhang),
    BlindFamily("sealed_zg_ershou", "sealed", "utf-8", "\n", 8, fam_ershou, "html", ES_ENC),
    BlindFamily("sealed_zg_gongbao", "sealed", "utf-8", "\r\n", 8, fam_gongbao, "txt", PR_ENC),
    BlindFamily("sealed_zg_dingyue", "sealed", "utf-16", "\n", 8, fam_dingyue),
]

assert len(GOODS_ES) == len(RELEASES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3300, gen=GenZG)
