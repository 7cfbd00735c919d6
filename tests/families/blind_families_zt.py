"""Four more invented families for a forty-third blind test of the generic layer: a city
discipline-inspection commission's 通报 pages (HTML, UTF-8, LF; every page a compilation of
cases under ``1.X问题。`` rows, each closed by a four-cell ``承办`` / ``结案`` table), a county
TV station's news-script archive (plain text, GBK, CRLF; every page an evening bulletin's
scripts under a running-order row ``02　00:02:58—00:04:10　口播`` and a ``记者｜X　　摄像｜Y``
row), a provincial academic conference's abstract book as text taken from the PDF (plain
text, UTF-16 with BOM on even pages and GB18030 on odd ones, LF; every page a compilation
of abstracts under a bare code line ``B-07``, with superscript author lists, the PDF's lone
folio and running head cutting sentences) and a Taiwanese food blog on an old blog platform
(HTML in Big5 declared by ``http-equiv``, CRLF; traditional letters; an English
``Aug 06 Tue 2019 20:53`` date row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a discipline commission's exposure column, a TV newsroom's script archive, a
conference abstract book, a restaurant-visit blog), header shapes, title placement, metadata
layout and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's
lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zt_tongbao`` ('清风岑江网', the 岑江市 discipline commission, HTML, UTF-8 declared
  ``<meta charset="utf-8">``, LF; every page a compilation of 3, 4, 2, 5, 3, 4, 2, 3 cases):
  ``<title>`` = ``X_通报曝光_清风岑江网``; the logo ``清风岑江网　QINGFENG CENJIANG``, the
  two commissions' ``… 主办`` row, a `` | `` nav row and ``● 监督曝光 >> 通报曝光`` (all
  ``header``); the 通报's own ``<h1>`` (``岑江市纪委监委公开通报4起…典型问题``) and its row
  ``发布时间：2022-11-27 07:51:00　　来源：岑江市纪委监委　　【打印】【关闭】`` (``header``); the
  preamble ``近日，……现将有关情况通报如下：`` (``notice``).  Per case: the row
  ``2.柳塘区……宁某某违规发放津贴补贴问题。`` (in ``<p><strong>`` on even pages, in ``<h3>`` on
  odd ones; neither; the title is the row without its number and its ``。``), two paragraphs
  ``经查，……`` / ``X的上述行为违反了廉洁纪律。2022年10月，……处分，……。`` (content), then a
  one-row ``<table>`` whose four cells show as four lines ``承办`` / ``柳塘区纪委监委`` /
  ``结案`` / ``2022.10.28`` (metadata, neither).  After the cases the closing warning
  ``上述N起问题，……坚决防止“四风”问题反弹回潮。`` (``notice``).  Chrome after the article:
  ``分享到：微信　微博　QQ空间　复制链接`` (bar), the reposting notice (``notice``), ``上一篇：…`` /
  ``下一篇：…``, ``相关阅读`` and three titles (``related``), two footer lines (copyright;
  the 12388 report line with an address and an ICP number).  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` per page in one case.  Meta per case: origin (the county commission
  in the 承办 cell), published (its own 结案 date, not the page's).
* ``sealed_zt_gaojian`` ('栖川广播电视台' script archive, plain text, GBK, CRLF; every page a
  compilation of 4, 3, 5, 2, 4, 3, 5, 3 scripts): the export head
  ``栖川广播电视台　新闻稿件库　　［导出稿件］``, ``节目：《栖川新闻》　　播出日期：2018年3月17日
  （星期六）　　本期稿件：4条`` and ``导出人：新闻部　X　　导出时间：…`` (``header``), a ``=``
  rule (bar).  Per script: the running-order row ``01　00:00:42—00:02:55　画面＋同期``
  (``article_header``), the bare title line (content), UNDER it the crew row
  ``记者｜周晓蔓　林一舟　　摄像｜罗平川　　编辑｜韩小溪`` (metadata, neither; labels before a
  ``｜``), then ``【导语】…`` / ``【正文】…`` / ``【同期】role　name：…`` / ``【正文】…`` lines
  (content; the labels stay); scripts parted by a ``－`` rule (bar).  Chrome at the end: the
  ``=`` rule (bar), ``责任编辑：X　　审核：Y　　签发：Z`` (``footer``) and the archive's
  ``本库稿件为播出底稿……`` (``notice``).  Damage: one kind in one script on pages 0, 2, 3, 5
  and 6; no page marks (an export has none).  Meta per script: author (the first 记者),
  published (the bulletin's air date).
* ``sealed_zt_zhaiyao`` ('岑江省第七届乡村治理学术年会论文摘要集', text from the PDF, LF;
  even pages UTF-16 with BOM, odd pages GB18030; every page a compilation of 3, 2, 4, 3, 3, 2,
  4, 3 abstracts of one session): the running head ``岑江省第七届乡村治理学术年会论文摘要集``
  and the session head ``第二专题　基层治理与公共服务`` (``header``).  Per abstract: a bare code
  line ``B-18`` (``article_header``), the bare title line (content; some titles carry a
  ``——以…为例`` subtitle, kept), the author line ``崔一鸣¹，尹佩佩¹，邵振宇²`` (or plain names
  when all share one unit) and the unit line ``（1．岑江农业大学经济管理学院，岑江　410128；2．…）``
  (both metadata, neither), then ``摘　要：…`` and ``关键词：…；…；…`` (content; labels stay).
  Page breaks: the PDF's lone folio ``18`` (``page_number``) and the next page's running head
  (``header``) cut a 摘要 paragraph between two CJK letters on pages 0, 1, 3, 4 and 6, with
  one of ``cjk_space`` / ``comma`` in another abstract on those pages.  Chrome at the end: the
  PDF page's foot ``内部资料　注意保存`` (``notice``) and its lone folio (``page_number``).
  Meta per abstract: author (the first author, without the superscript), origin (the first
  unit).  No dates.
* ``sealed_zt_shiji`` ('阿寬的吃喝筆記' on '樂格部落', HTML in Big5 declared ``<meta
  http-equiv="Content-Type" … charset=big5>``, CRLF; traditional letters; single posts):
  ``<title>`` = ``X @ 阿寬的吃喝筆記 :: 樂格部落``; the platform bar ``樂格部落　｜　熱門文章
  …``, the blog's name, its tagline and a menu row (``header``).  Even pages: the date row
  ``Aug 06 Tue 2019 20:53`` (an ``<abbr class="published">`` whose ``title`` holds the ISO
  stamp; metadata, neither) ABOVE the ``<h2>`` title and UNDER it ``個人分類：高雄食記``
  (``article_header``); odd pages: the ``<h2>`` title OVER ``2023/07/07 09:06　｜　個人分類：…``
  (metadata, neither; ISO in the ``<abbr>``).  Titles keep their ``【台中西區】`` area tag.
  Five paragraphs and the shop block ``店名：`` / ``地址：`` / ``電話：`` / ``營業時間：`` (content)
  are ONE article with the title.  Chrome: ``※ 本篇為自費消費……`` (``notice``), the
  byline ``阿寬 發表在 樂格部落 留言(0) 人氣(N)`` (metadata, neither), the row
  ``全站分類：美食情報　｜　個人分類：…`` (bar), ``此分類上一篇：…`` / ``此分類下一篇：…``
  (``related``), ``目前尚無留言　｜　發表留言　｜　▲TOP`` (bar), the sidebar's ``熱門文章``
  and four titles (``related``), ``本日人氣：N　累積人氣：N`` (bar), two footer lines.
  Damage: one kind on pages 1, 2, 4, 6 and 7.  Meta: published, author.

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; dates YYYY-MM-DD; a compilation's page head is chrome of kind
``header``.  Arguable and fixed here: a 通报 case's numbered row is its title row (the
number and the closing ``。`` dropped, the row not content), its preamble and closing warning
belong to the page (``notice``), and each case takes its own 结案 date; a script's and an
abstract's code rows are ``article_header`` while their bare title lines are content (the
first line of the article), their bracketed or ``：`` labels stay in the content, and a
keyword line is content; superscript author lists and unit lines are metadata; a food
post's area tag is part of its title, its shop block is content and its self-paid note a
``notice``.  Compiled pages: every ``tongbao``, ``gaojian`` and ``zhaiyao`` page; the food
blog's pages are single posts.  ``python -m tests.families.blind_families_zt`` (seed base
4600) rewrites them and checks the truth against the pages.

Measured blind once at 48c458b (session 17, the session's code before its last merges),
chrome_bench --sealed, F1 / residue / titles / counts / repairs / meta: means
.804/.303/.458/.594/.775/.249 — gaojian .908/.302/1/1/.6/.724, shiji .914/.114/.5/1/1/.25,
tongbao .710/.167/0/0/1/0, zhaiyao .683/.631/.333/.375/.5/.021.
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, put, weekday, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zt_text import (
    GJ_CHIEFS,
    GJ_SHOW,
    GJ_STAFF,
    GJ_STATION,
    GJ_STORIES,
    SJ_AUTHOR,
    SJ_BLOG,
    SJ_HOST,
    SJ_POSTS,
    TB_CITY,
    TB_HEADS,
    TB_ORG,
    TB_OTHERS,
    TB_PROBLEMS,
    TB_SITE,
    ZY_BOOK,
    ZY_MEETING,
    ZY_PAPERS,
    ZY_PEOPLE,
    ZY_TOPICS,
    ZY_UNITS,
    GenZT,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK_CN = "一二三四五六日"
WEEK_EN = "Mon Tue Wed Thu Fri Sat Sun".split()
MON_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# -- 1. the discipline commission's 通报 pages (a compilation, HTML) ---------------------------

TB_N = [3, 4, 2, 5, 3, 4, 2, 3]


def fam_tongbao(g: GenZT, i: int) -> Made:
    """'清风岑江网' 通报 pages, HTML in UTF-8; every page one 通报 of several cases."""
    r = g.r
    k = TB_N[i]
    g.month(k, newest_first=False)  # the cases were closed in one month
    arts = [g.case(p) for p in r.sample(range(len(TB_PROBLEMS)), k)]
    damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    last = max(datetime.date(*ymd(a)) for a in arts)
    day = last + datetime.timedelta(days=r.randint(6, 40))
    head = TB_HEADS[i % 3].format(city=TB_CITY, k=k)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{head}_通报曝光_{TB_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{TB_SITE}　QINGFENG CENJIANG", "logo", "header")
    h.el("div", f"{TB_ORG}　主办", "org", "header")
    h.links(
        "header", ["首页", "工作动态", "监督曝光", "党纪法规", "廉政教育", "举报指南"], " | ", "nav"
    )
    h.el("div", "● 监督曝光 >> 通报曝光", "loc", "header")
    h.raw('<div class="article">')
    h.el("h1", head, "", "header")
    h.el(
        "div",
        f"发布时间：{day.isoformat()} {g.clock()}:00　　来源：{TB_CITY}纪委监委"
        "　　【打印】【关闭】",
        "info",
        "header",
    )
    h.el(
        "p",
        f"近日，{TB_CITY}纪委监委对{k}起违反中央八项规定精神问题进行了严肃查处。"
        "现将有关情况通报如下：",
        "",
        "notice",
    )
    for n, a in enumerate(arts, 1):
        if i % 2:
            h.el("h3", f"{n}.{a.title}。")
        else:
            h.raw(f"<p><strong>{n}.{escape(a.title, quote=False)}。</strong></p>")
        h.body(a)
        y, m, d = ymd(a)
        h.raw(
            f'<table class="cs"><tr><td>承办</td><td>{a.meta["origin"]}</td>'
            f"<td>结案</td><td>{y}.{m:02d}.{d:02d}</td></tr></table>"
        )
    h.el(
        "p",
        f"上述{k}起问题，有的顶风违纪、明知故犯，有的隐形变异、花样翻新，反映出一些党员干部"
        "纪法意识淡薄。全市各级党组织要引以为戒，坚决防止“四风”问题反弹回潮。",
        "",
        "notice",
    )
    h.raw("</div>")
    h.el("div", "分享到：微信　微博　QQ空间　复制链接", "share", "bar")
    h.el("p", f"本网所刊登的通报内容，转载时请注明出处“{TB_SITE}”。", "", "notice")
    others = TB_OTHERS
    prev, nxt, *rest = r.sample(others, 5)
    h.el("div", f"上一篇：{prev}", "pn", "related")
    h.el("div", f"下一篇：{nxt}", "pn", "related")
    h.el("h4", "相关阅读", "", "related")
    h.items("related", rest, "list")
    h.el("div", f"{TB_ORG}　版权所有", "", "footer")
    h.el(
        "div",
        f"举报电话：12388　地址：岑江市江滨路{r.randint(10, 99)}号　岑ICP备05007731号-2",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the TV station's news-script archive (a compilation, GBK text) -------------------------

GJ_N = [4, 3, 5, 2, 4, 3, 5, 3]
GJ_HURT = {0, 2, 3, 5, 6}
GJ_KINDS = ["口播＋画面", "画面＋同期", "口播", "记者出镜＋画面"]
RULE = "=" * 48
DASH = "－" * 16


def tc(s: int) -> str:
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def fam_gaojian(g: GenZT, i: int) -> Made:
    """'栖川广播电视台' script exports, GBK text; every page one evening's bulletin."""
    r = g.r
    k = GJ_N[i]
    y, m, d = g.date()
    arts: list[Art] = []
    rows: list[str] = []
    for p in r.sample(range(len(GJ_STORIES)), k):
        crew = r.sample(GJ_STAFF, 4)
        who = crew[:2] if r.random() < 0.5 else crew[:1]
        a = g.script(p, who)
        a.meta["published"] = iso(y, m, d)
        arts.append(a)
        rows.append(f"记者｜{'　'.join(who)}　　摄像｜{crew[2]}　　编辑｜{crew[3]}")
    if i in GJ_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{GJ_STATION}　新闻稿件库　　［导出稿件］"),
            (
                "header",
                f"节目：{GJ_SHOW}　　播出日期：{y}年{m}月{d}日（星期{WEEK_CN[weekday(y, m, d)]}）"
                f"　　本期稿件：{k}条",
            ),
            (
                "header",
                f"导出人：新闻部　{r.choice(GJ_CHIEFS)}　　导出时间：{y}-{m:02d}-{d:02d} "
                f"{r.randint(19, 22)}:{r.randint(10, 59)}",
            ),
            ("bar", RULE),
        ],
    )
    t = r.randint(30, 50)
    for n, (a, row) in enumerate(zip(arts, rows, strict=True), 1):
        lines.append("")
        if n > 1:
            put(lines, chrome, [("bar", DASH)])
            lines.append("")
        dur = r.randint(55, 150)
        put(
            lines,
            chrome,
            [("article_header", f"{n:02d}　{tc(t)}—{tc(t + dur)}　{r.choice(GJ_KINDS)}")],
        )
        t += dur + r.randint(2, 6)
        lines.append(a.title)
        lines.append(row)
        lines += a.page
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", RULE),
            ("footer", "责任编辑：{}　　审核：{}　　签发：{}".format(*r.sample(GJ_CHIEFS, 3))),
            ("notice", "本库稿件为播出底稿，与实际播出内容可能略有出入，转引请核对播出版本。"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the conference abstract book (a compilation, PDF text) ---------------------------------

ZY_N = [3, 2, 4, 3, 3, 2, 4, 3]
ZY_BREAK = {0, 1, 3, 4, 6}
SUP = "¹²"


def fam_zhaiyao(g: GenZT, i: int) -> Made:
    """'岑江省第七届乡村治理学术年会' abstracts, text from the PDF; every page one chunk."""
    r = g.r
    k = ZY_N[i]
    t = i % 3
    picks = r.sample([j for j, x in enumerate(ZY_PAPERS) if x[1] == t], k)
    arts: list[Art] = []
    cards: list[tuple[str, str]] = []
    for p in picks:
        people = r.sample(ZY_PEOPLE, r.randint(1, 3))
        units = r.sample(ZY_UNITS, 1 if len(people) == 1 else r.randint(1, 2))
        if len(people) == 1 or len(units) == 1:
            names = "，".join(people)
            where = "（{}，{}　{}）".format(*units[0])
        else:
            marks = [1] + [r.randint(1, 2) for _ in people[1:]]
            marks[-1] = 2 if 2 not in marks else marks[-1]
            names = "，".join(f"{x}{SUP[j - 1]}" for x, j in zip(people, marks, strict=True))
            where = "（" + "；".join(f"{n}．{u}，{c}　{z}" for n, (u, c, z) in enumerate(units, 1))
            where += "）"
        arts.append(g.abstract(p, people, units[0][0]))
        cards.append((names, where))
    folio = r.randint(14, 90)
    running = f"{ZY_MEETING}{ZY_BOOK}"
    if i in ZY_BREAK:
        hurt = r.sample(range(k), 2)
        damage(
            g,
            arts[hurt[0]],
            ["page_break"],
            lambda: [("page_number", str(folio)), ("header", running)],
        )
        folio += 1
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", running), ("header", ZY_TOPICS[t])])
    first = r.randint(1, 20)
    for n, (a, (names, where)) in enumerate(zip(arts, cards, strict=True)):
        lines.append("")
        put(lines, chrome, [("article_header", f"{'ABC'[t]}-{first + n:02d}")])
        lines += [a.title, names, where]
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(lines, chrome, [("notice", "内部资料　注意保存"), ("page_number", str(folio))])
    return lines, arts, chrome, True


# -- 4. the Taiwanese food blog (HTML, Big5) ----------------------------------------------------

SJ_HURT = {1, 2, 4, 6, 7}


def fam_shiji(g: GenZT, i: int) -> Made:
    """'阿寬的吃喝筆記' posts, HTML in Big5, traditional letters; single posts."""
    r = g.r
    a = g.food(i)
    cat = SJ_POSTS[i][7]
    if i in SJ_HURT:
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    clock = g.clock()
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>{a.title} @ {SJ_BLOG} :: {SJ_HOST}</title>", "</head>", "<body>")
    h.links("header", [SJ_HOST, "熱門文章", "找部落格", "登入", "註冊"], "　｜　", "platform")
    h.el("div", SJ_BLOG, "blogname", "header")
    h.el("div", "吃過才算數，好不好吃我說了算", "blogdesc", "header")
    h.links("header", ["首頁", "食記總覽", "關於阿寬", "留言板"], "　", "menu")
    h.raw('<div class="article">')
    if i % 2 == 0:
        wd = WEEK_EN[weekday(y, m, d)]
        h.raw(
            f'<div class="date"><abbr class="published" title="{y:04d}-{m:02d}-{d:02d}T{clock}'
            f':00+08:00">{MON_EN[m - 1]} {d:02d} {wd} {y} {clock}</abbr></div>'
        )
        h.el("h2", a.title, "title")
        h.el("div", f"個人分類：{cat}", "cat", "article_header")
    else:
        h.el("h2", a.title, "title")
        h.raw(
            f'<div class="date"><abbr class="published" title="{y:04d}-{m:02d}-{d:02d}T{clock}'
            f':00+08:00">{y}/{m:02d}/{d:02d} {clock}</abbr>　｜　個人分類：{cat}</div>'
        )
    h.body(a)
    a.lines = [a.title, *a.lines]
    h.el("p", "※ 本篇為自費消費，所有心得皆為個人口味，僅供參考。", "ps", "notice")
    h.el(
        "div",
        f"{SJ_AUTHOR} 發表在 {SJ_HOST} 留言(0) 人氣({r.randint(80, 9000)})",
        "author",
    )
    h.el("div", f"全站分類：美食情報　｜　個人分類：{cat}", "cls", "bar")
    others = [f"【{x[0]}】{x[1]}" for k, x in enumerate(SJ_POSTS) if k != i]
    prev, nxt, *rest = r.sample(others, 6)
    h.el("div", f"此分類上一篇：{prev}", "prev", "related")
    h.el("div", f"此分類下一篇：{nxt}", "next", "related")
    h.el("div", "目前尚無留言　｜　發表留言　｜　▲TOP", "cmt", "bar")
    h.raw("</div>", '<div class="sidebar">')
    h.el("h4", "熱門文章", "", "related")
    h.items("related", rest, "hot")
    h.el("div", f"本日人氣：{r.randint(3, 90)}　累積人氣：{r.randint(20000, 900000)}", "", "bar")
    h.raw("</div>")
    h.el("div", f"Powered by {SJ_HOST}　｜　服務條款　｜　隱私權政策", "", "footer")
    h.el("div", f"Copyright {SJ_BLOG} All Rights Reserved.", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_zt_tongbao", "sealed", "utf-8", "\n", 8, fam_tongbao, "html"),
    BlindFamily("sealed_zt_gaojian", "sealed", "gbk", "\r\n", 8, fam_gaojian),
    BlindFamily(
        "sealed_zt_zhaiyao", "sealed", "utf-16", "\n", 8, fam_zhaiyao, "txt", ("utf-16", "gb18030")
    ),
    BlindFamily("sealed_zt_shiji", "sealed", "big5", "\r\n", 8, fam_shiji, "html"),
]

assert len(SJ_POSTS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4600, gen=GenZT)
