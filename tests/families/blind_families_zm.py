"""Four more invented families for a thirty-seventh blind test of the generic layer: a
stock forum's thread pages (HTML in GBK declared ``<meta http-equiv="Content-Type" …
charset=gbk>``, LF; the poster row BELOW the ``<div>`` title on even pages, ABOVE it on odd
ones, a live quote bar and a reply thread), a provincial tax bureau's 12366 hot-question
digest (plain text, GB18030, CRLF; every page a compilation whose questions stand FIRST and
are followed by a row of ``〔…〕`` tags), a Hong Kong news portal in traditional letters
(HTML, Big5, CRLF; a joined two-page story whose pager cuts a sentence) and an English
university newsroom's press releases (HTML, UTF-8 with BOM, LF; the date only in English
words on the page and as ISO in the head's ``<meta>``).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a stock forum thread, a 12366 question digest, a Hong Kong portal, a university
newsroom), header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zm_guba`` ('砚池财经' stock forum, HTML, GBK, LF): ``<title>`` = ``X_岚峰电子
  (300917)股吧_砚池财经``; the site row, the forum row ``岚峰电子吧　关注 N　帖子 N`` and ``股吧
  首页 > 岚峰电子吧 > 正文`` (``header``), the quote bar ``岚峰电子 300917　最新 12.34　涨跌
  +1.23%　成交额 3.4亿`` (bar).  The title is a ``<div class="zwtitle">`` (no ``<h1>``): on
  even pages OVER ``楼主：X　发表于 2022-08-14 21:14:03　来自 砚池财经网页版`` (metadata,
  neither), on odd pages UNDER ``作者：X　｜　2022-08-14 21:14`` (metadata, neither) and over
  ``阅读 N　评论 N`` (bar).  The post's paragraphs and its closing ``以上纯属个人看法……`` line
  are ONE article with the title.  Chrome: ``点赞(N)　收藏　转发　举报`` (bar), a ``特别提示：…``
  disclaimer (``notice``), ``全部评论（N）`` with three ``user　2022-08-14 22:01　IP属地：X``
  rows and their replies (all ``notice``, as set o's comment thread), ``相关帖子`` and three
  titles (``related``), an app prompt (bar), a footer with an ICP number.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on pages 2 and 5).  Meta: published,
  author (the poster).
* ``sealed_zm_nashui`` ('国家税务总局青川省税务局' 12366 hot questions, plain text, GB18030,
  CRLF; every page a compilation of 3, 5, 2, 4, 3, 4, 2, 5 questions, oldest first): the page
  title line ``12366热点问答（2022年第8期）-纳税服务-国家税务总局青川省税务局``, the site row and
  ``首页 >> 纳税服务 >> 12366热点问答`` (``header``), the digest head ``12366热点问答（2022年第8
  期）`` and ``整理：青川省12366纳税缴费服务中心　本期共N问`` (``header``).  Per question: the
  bare question line ending ``？`` (the title) FIRST, UNDER it the tag row ``〔增值税〕〔答复日期：
  2022-08-14〕〔浏览 N〕`` (metadata, neither), the ``答：…`` paragraph, a how-to paragraph and
  ``政策依据：《…》`` (content), then ``- - - - - -`` (bar) between questions.  Chrome at the
  end: a ``以上问答……`` disclaimer (``notice``), ``【打印本页】　【关闭窗口】`` (bar), ``上一期：…``
  / ``下一期：…`` (``related``), a footer with a site code and an ICP number.  Damage: one kind
  in one question on pages 2, 5 and 7; no page breaks.  Meta per question: published.
* ``sealed_zm_gangwen`` ('澄島日報' Hong Kong portal, HTML, Big5 declared ``<meta
  charset="big5">``, CRLF, traditional letters): ``<title>`` = ``X | 港聞 | 澄島日報``; the
  masthead, a nav row and ``主頁 > 港聞 > 社會`` (``header``).  On even pages ``更新時間：
  2022年8月14日 14:32`` (metadata, neither) stands ABOVE the ``<h1>`` and ``撰文：X`` UNDER it; on
  odd pages the ``<h1>`` is over ONE row ``本報記者 X 報道　｜　2022年8月14日 14:32`` (metadata,
  neither).  A ``字體：大　中　小`` bar under the rows; the paragraphs and the photo caption
  ``圖：…（本報記者攝）`` are ONE article with the title.  Page breaks: the joined story's pager
  ``〈上一頁　1　2　下一頁〉`` (``page_number``) cuts a paragraph between two CJK letters on pages
  1, 3, 4 and 6.  Damage: one more kind per page.  Chrome at the end: ``（責任編輯：X）``
  (``notice``), the share row (bar), ``相關新聞`` and three titles (``related``), two footer
  lines.  Meta: published, author (the reporter).
* ``sealed_zm_newsroom`` ('Larchmere University' newsroom, HTML, UTF-8 with BOM, LF, English):
  ``<meta property="article:published_time" content="2022-08-14T09:00:00-04:00">`` in the
  head; the skip link ``Skip to main content`` (bar), ``LARCHMERE UNIVERSITY``, a nav row
  and ``Home / News / Press Releases`` (``header``).  Even pages: the section kicker
  ``RESEARCH`` and ``August 14, 2022`` (metadata, neither) ABOVE the ``<h1>``, the byline
  ``By X, University Communications`` (metadata, neither) UNDER it; odd pages: the kicker,
  then the ``<h1>``, then ONE row ``August 14, 2022 · By X`` (metadata, neither).  The deck
  line, the paragraphs with a quote and the ``###`` end mark: the deck and paragraphs are
  ONE article with the title, ``###`` a bar.  Chrome: ``Media contact: …`` (``notice``), the
  share row (bar), ``Related news`` and three titles (``related``), two footer lines.  No
  damage.  Meta: published (in the head), author.

Truth as :mod:`tests.families.blind_families_zj`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
forum post's quote bar and its ``阅读/评论`` counters are bars, the reply thread is
``notice`` (as set o), the poster's closing disclaimer line is the post's own content; a
12366 answer's ``答：`` paragraph and ``政策依据：`` line are content, the question is the
title although it stands above its metadata row; a portal's photo caption is content and its
``（責任編輯：X）`` chrome; a press release's kicker is neither (its section lives in the
kicker only), its deck content and its ``###`` mark a bar.  Compiled pages: every
``nashui`` page; the other families are single documents.  ``python -m
tests.families.blind_families_zm`` (seed base 3900) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``3f5a2a6`` (the session's code after its first merges),
one folder, model on (F1/residue/titles/counts/repairs/meta): guba .684/.321/1/1/1/.5,
nashui .867/.280/0/0/1/0, gangwen .926/0/0/1/1/.5, newsroom .997/0/1/1/1/.5; means
.869/.150/.500/.750/1.0/.375.  The compilation did not split (a bare question title over a
``〔…〕`` tag row, pieces parted by dashed lines); the forum's reply thread was kept as
text; titles and dates on two new layouts failed.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zm_text import (
    GB_IP,
    GB_REPLY,
    GB_USERS,
    HK_EDITORS,
    HK_STORIES,
    MONTHS_L,
    RELEASES,
    SITE_GUBA,
    TAX_Q,
    TAX_SITE,
    THREADS,
    UNI,
    GenZM,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the stock forum thread ---------------------------------------------------------------


def fam_guba(g: GenZM, i: int) -> Made:
    """'砚池财经' forum thread pages, HTML in GBK."""
    r = g.r
    a = g.thread(i)
    stock, code, _ = THREADS[i]
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (2, 5) else [])
    damage(g, a, kinds)
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>{a.title}_{stock}({code})股吧_{SITE_GUBA}</title>", "</head>", "<body>")
    h.links("header", [SITE_GUBA, "行情", "资讯", "股吧", "基金", "登录", "注册"], "　", "top")
    h.el(
        "div",
        f"{stock}吧　关注 {r.randint(2000, 90000)}　帖子 {r.randint(1000, 99999)}",
        "bn",
        "header",
    )
    h.el("div", f"股吧首页 > {stock}吧 > 正文", "crumb", "header")
    price = f"{r.randint(5, 60)}.{r.randint(10, 99)}"
    chg = f"{r.choice('+-')}{r.randint(0, 9)}.{r.randint(10, 99)}%"
    h.el(
        "div",
        f"{stock} {code}　最新 {price}　涨跌 {chg}　成交额 {r.randint(1, 30)}.{r.randint(1, 9)}亿",
        "quote",
        "bar",
    )
    stamp = f"{y}-{m:02d}-{d:02d} {g.clock()}"
    who = a.meta["author"]
    if i % 2 == 0:
        h.el("div", a.title, "zwtitle")
        h.el(
            "div",
            f"楼主：{who}　发表于 {stamp}:{r.randint(10, 59)}　来自 {SITE_GUBA}网页版",
            "zwfb",
        )
    else:
        h.el("div", f"作者：{who}　｜　{stamp}", "zwfb")
        h.el("div", a.title, "zwtitle")
        h.el("div", f"阅读 {r.randint(300, 40000)}　评论 {r.randint(3, 90)}", "cnt", "bar")
    h.raw('<div class="zwcontent">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", f"点赞({r.randint(0, 300)})　收藏　转发　举报", "btns", "bar")
    h.el(
        "p",
        "特别提示：帖子内容为网友个人看法，本站不保证其真实准确，据此入市风险自担。",
        "tip",
        "notice",
    )
    n = r.randint(3, 60)
    h.el("div", f"全部评论（{n}）", "rehead", "notice")
    for k, (u, text) in enumerate(
        zip(r.sample([x for x in GB_USERS if x != who], 3), r.sample(GB_REPLY, 3), strict=True)
    ):
        h.el(
            "div",
            f"{u}　{y}-{m:02d}-{d:02d} {22 + k // 2}:{r.randint(10, 59)}"
            f"　IP属地：{r.choice(GB_IP)}",
            "reuser",
            "notice",
        )
        h.el("div", text, "retext", "notice")
    h.el("h3", "相关帖子", "", "related")
    others = [x[2] for k, x in enumerate(THREADS) if k != i]
    h.items("related", r.sample(others, 3), "xg")
    h.el("div", f"下载{SITE_GUBA}APP，自选股行情随时看 >>", "app", "bar")
    h.el(
        "p",
        f"{SITE_GUBA}　版权所有　砚ICP备16042213号-2　违法和不良信息举报邮箱：jubao@yanchi.example",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the 12366 hot-question digest ---------------------------------------------------------

QN = [3, 5, 2, 4, 3, 4, 2, 5]
DASH = "- - - - - - - - - - - - - - - - - - - -"


def fam_nashui(g: GenZM, i: int) -> Made:
    """'青川省税务局' 12366 hot questions, GB18030 text; every page one issue."""
    r = g.r
    k = QN[i]
    g.month(k, newest_first=False)
    picks = r.sample(TAX_Q, k)
    arts = [g.qa(kind, q) for kind, q in picks]
    if i in (2, 5, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    y, m, _ = ymd(arts[0])
    issue = f"12366热点问答（{y}年第{m}期）"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{issue}-纳税服务-{TAX_SITE}"),
            ("header", f"{TAX_SITE}　首页　信息公开　纳税服务　互动交流　税收宣传"),
            ("header", "首页 >> 纳税服务 >> 12366热点问答"),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("header", issue),
            ("header", f"整理：青川省12366纳税缴费服务中心　本期共{k}问"),
        ],
    )
    for n, ((kind, _), a) in enumerate(zip(picks, arts, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", DASH)])
        lines.append(a.title)
        lines.append(f"〔{kind}〕〔答复日期：{a.meta['published']}〕〔浏览 {r.randint(80, 9000)}〕")
        lines += a.page
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "以上问答依据答复时的政策整理，政策如有调整，请以最新规定为准。"),
            ("bar", "【打印本页】　【关闭窗口】"),
            ("related", f"上一期：12366热点问答（{y}年第{max(m - 1, 1)}期）"),
            ("related", f"下一期：12366热点问答（{y}年第{min(m + 1, 12)}期）"),
            (
                "footer",
                f"主办：{TAX_SITE}　网站标识码：QC{r.randint(10, 99)}000017"
                f"　青ICP备05003{r.randint(100, 999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the Hong Kong news portal (Big5) ------------------------------------------------------

HK_BREAK = {1, 3, 4, 6}
PAGER = "〈上一頁　1　2　下一頁〉"


def fam_gangwen(g: GenZM, i: int) -> Made:
    """'澄島日報' stories, HTML in Big5, traditional letters."""
    r = g.r
    a = g.hk(i)
    section, _ = HK_STORIES[i]
    kinds = [ODD[i % 3]] + (["page_break"] if i in HK_BREAK else [])
    damage(g, a, kinds, lambda: [("page_number", PAGER)])
    y, m, d = ymd(a)
    when = f"{y}年{m}月{d}日 {g.clock()}"
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-HK">', "<head>", '<meta charset="big5">')
    h.raw(f"<title>{a.title} | 港聞 | 澄島日報</title>", "</head>", "<body>")
    h.el("div", "澄島日報　CHENGDAO DAILY", "mast", "header")
    h.links("header", ["即時", "港聞", "兩岸", "國際", "財經", "體育", "娛樂", "副刊"], "　", "nav")
    h.el("div", f"主頁 > 港聞 > {section}", "crumb", "header")
    if i % 2 == 0:
        h.el("div", f"更新時間：{when}", "time")
        h.el("h1", a.title)
        h.el("div", f"撰文：{a.meta['author']}", "by")
    else:
        h.el("h1", a.title)
        h.el("div", f"本報記者 {a.meta['author']} 報道　｜　{when}", "by")
    h.el("div", "字體：大　中　小", "font", "bar")
    h.body(a, '<div class="pager">{}</div>')
    h.chrome += a.chrome
    a.lines = [a.title, *a.lines]
    h.el("p", f"（責任編輯：{r.choice(HK_EDITORS)}）", "ed", "notice")
    h.el("div", "分享：Facebook　WhatsApp　Telegram　複製連結", "share", "bar")
    h.el("h3", "相關新聞", "", "related")
    h.items("related", r.sample([x[1] for k, x in enumerate(HK_STORIES) if k != i], 3), "rel")
    h.el("p", f"Copyright {y} 澄島日報有限公司　版權所有，未經許可不得轉載", "", "footer")
    h.el("p", "私隱政策　｜　使用條款　｜　廣告查詢　｜　聯絡我們", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the university newsroom (English) -----------------------------------------------------


def fam_newsroom(g: GenZM, i: int) -> Made:
    """'Larchmere University' press releases, HTML, UTF-8 with BOM."""
    r = g.r
    a = g.release(i)
    kicker = RELEASES[i][0]
    y, m, d = ymd(a)
    words = f"{MONTHS_L[m - 1]} {d}, {y}"
    who = a.meta["author"]
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{a.title} | News | {UNI}</title>")
    h.raw(
        f'<meta property="article:published_time" content="{a.meta["published"]}T09:00:00-04:00">'
    )
    h.raw("</head>", "<body>")
    h.el("a", "Skip to main content", "skip", "bar")
    h.el("div", UNI.upper(), "brand", "header")
    h.links(
        "header",
        ["Admissions", "Academics", "Research", "Campus Life", "News", "Give"],
        " | ",
        "nav",
    )
    h.el("div", "Home / News / Press Releases", "crumb", "header")
    h.raw("<article>")
    h.el("div", kicker, "kicker")
    if i % 2 == 0:
        h.el("div", words, "date")
        h.el("h1", a.title)
        h.el("div", f"By {who}, University Communications", "byline")
    else:
        h.el("h1", a.title)
        h.el("div", f"{words} · By {who}", "byline")
    h.el("p", a.page[0], "deck")
    for x in a.page[1:]:
        h.el("p", x)
    h.el("p", "###", "end", "bar")
    h.raw("</article>")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        f"Media contact: {r.choice(['Ines Barlow', 'Tom Reddaway'])}, Office of University"
        f" Communications, press@larchmere.example, +1 555 01{r.randint(10, 99)}",
        "contact",
        "notice",
    )
    h.el("div", "Share this story: Facebook · LinkedIn · Email · Copy link", "share", "bar")
    h.el("h2", "Related news", "", "related")
    h.items("related", r.sample([x[1] for k, x in enumerate(RELEASES) if k != i], 3), "rel")
    h.el("p", f"© {y} {UNI} · 100 College Way, Larchmere", "", "footer")
    h.el(
        "p",
        "Accessibility · Privacy · Non-discrimination notice · Emergency information",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_zm_guba", "sealed", "gbk", "\n", 8, fam_guba, "html"),
    BlindFamily("sealed_zm_nashui", "sealed", "gb18030", "\r\n", 8, fam_nashui),
    BlindFamily("sealed_zm_gangwen", "sealed", "big5", "\r\n", 8, fam_gangwen, "html"),
    BlindFamily("sealed_zm_newsroom", "sealed", "utf-8-sig", "\n", 8, fam_newsroom, "html"),
]

assert len(THREADS) == 8 and len(HK_STORIES) >= 8 and len(RELEASES) >= 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3900, gen=GenZM)
