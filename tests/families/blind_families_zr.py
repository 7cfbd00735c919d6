"""Four more invented families for a forty-second blind test of the generic layer: a city
consumer council's typical-complaint digests (plain text, UTF-8 with BOM, CRLF; every page a
compilation of cases under ``案例三：title`` rows), an online encyclopedia's entries (HTML,
UTF-8, CRLF; an infobox table, a table of contents, numbered section heads, a reference list
and an entry-statistics block), a securities firm's morning meeting notes taken from the PDF
(plain text, GBK on even pages and UTF-16 with BOM on odd ones, LF; every page a compilation
of research notes, the PDF's running footer cutting sentences) and a film-review community's
long reviews (HTML, GB18030 on even pages and UTF-8 with BOM on odd ones, each declared in
the head, LF; a film card, a rating row and a comment thread).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a consumer council, an encyclopedia, a brokerage research desk, a film-review
community), header shapes, title placement, metadata layout and labels, chrome wording,
page marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text
lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zr_weiquan`` ('梧岭市消费者权益保护委员会', plain text, UTF-8 with BOM, CRLF; every
  page a compilation of 4, 2, 5, 3, 2, 4, 3, 5 cases): the site row ``梧岭市消费者权益保护委员会
  消费者之家``, the menu row ``网站首页｜消费警示｜…｜信息公开``, ``当前栏目 >> 典型案例``, the
  digest's heading ``2023年第二季度消费维权典型案例（之一）`` and ``发布单位：…秘书处　　发布日期：
  2023年6月30日　　阅读：N`` (all ``header``), the ``为进一步发挥典型案例的警示作用……公布如下。``
  preamble (``notice``).  Per case: the row ``案例三：title`` (neither: the title is the words
  after ``案例三：``; the row is not a content line), UNDER it the slash row ``受理编号：
  WL2023YF0412　／　受理单位：城南区消保分会　／　办结：2023.05.12`` (metadata, neither; dotted
  date), then the sub-heads ``◇ 基本案情`` / ``◇ 调解结果`` / ``◇ 消保委点评`` (content) each over
  one or two paragraphs (content).  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q``
  in one case on pages 1, 3, 5 and 6, two kinds on page 7; no page marks.  Chrome at the end:
  the complaint-channel line (``notice``), ``【分享到】微信　微博　QQ空间　　【打印本页】
  【关闭】`` (bar), ``上一篇：…`` / ``下一篇：…`` (``related``), a footer with an address and an ICP
  number.  Meta per case: doc_number (the 受理编号), origin (the branch), published (办结).
* ``sealed_zr_baike`` ('知源百科', HTML, UTF-8 declared ``<meta charset="utf-8">``, CRLF):
  ``<title>`` = ``X（gloss）_知源百科``; the logo, a nav row and ``进入词条　全站搜索``
  (``header``); the ``<h1>`` title (content), ``编辑　讨论　收藏　赞`` (bar) and ``本词条由
  “知源·地方文化”词条编写项目审核。`` (``notice``); the lead paragraph (content); the infobox
  ``<table>`` whose ``<th>`` labels and ``<td>`` values are lines of their own (neither: a
  card, not text); ``目录`` and the unnumbered section names (``header``); the body's
  ``<h2>`` heads ``1 历史沿革`` (content) each followed by ``编辑本段`` (bar) and one or two
  paragraphs (content), all ONE article with the title.  After the body: ``参考资料`` and its
  ``[1] …`` items (``related``), ``词条统计`` / ``浏览次数：N次`` / ``编辑次数：N次　历史版本``
  (bar), ``最近更新：user（2023-08-12）`` (metadata, neither), ``相关词条`` and three entry
  names (``related``), a footer with an ICP number.  Damage: one kind on pages 0, 2, 4 and 6,
  two on page 5.  Meta: published (the last edit).
* ``sealed_zr_chenhui`` ('澄海证券研究所' 晨会纪要, plain text from the PDF, LF; GBK on even
  pages, UTF-16 with BOM on odd ones; every page a compilation of 3, 5, 4, 2, 4, 3, 5, 3
  notes): ``澄海证券研究所　　晨会纪要``, ``证券研究报告　2023年5月12日　星期五``, the index
  panel ``主要指数　收盘　涨跌幅`` and three index rows (all ``header``); the notes grouped under
  ``一、宏观策略`` / ``二、行业公司`` (``header``, only the groups present).  Per note: the kicker
  row ``电子·行业点评`` (``article_header``: chrome of the piece), the bare title line (content),
  UNDER it ``分析师：韦清和　执业证书编号：S1230521060004`` (metadata, neither), then
  ``事件：…`` / ``点评：…`` / ``投资建议：…`` / ``风险提示：…`` paragraphs (content; the labels
  stay).  Page breaks: the PDF's running footer ``请务必阅读正文之后的免责条款部分　　2 / 6``
  (``page_number``) cuts a paragraph between two CJK letters on pages 0, 2, 3, 5 and 7.
  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` in another note on pages 1, 4 and 6.
  Chrome at the end: ``分析师声明`` with its paragraph, ``评级说明`` with its paragraph and
  ``免责声明`` with its paragraph (``notice``), the institute's address line (``footer``).
  Meta per note: author (the analyst, not the certificate number), published (the report's
  date).
* ``sealed_zr_yingping`` ('映象小站' film reviews, HTML, LF; even pages GB18030 declared
  ``<meta charset="gb18030">``, odd pages UTF-8 with BOM declared ``<meta charset="utf-8">``):
  ``<title>`` = ``X（《film》影评）-映象小站``; the logo and a ``·`` nav row (``header``); the
  film card ``雾港 (2021)`` / ``导演：…　主演：…`` / ``映象评分 7.8　N人评价`` (``related``).
  Even pages: the ``<h1>`` title OVER ``林间小鹿　评论　《雾港》　★★★★☆　推荐　2023-04-02
  22:15:08`` (metadata, neither); odd pages: ``林间小鹿 的影评 · 2023-04-02 22:15`` (metadata,
  neither) ABOVE the ``<h1>`` and UNDER it ``看过　★★★☆☆　还行`` (neither).  On pages 1, 2, 5
  and 6 ``这篇影评可能有剧透`` (``notice``) over the body; four or five paragraphs (content)
  are ONE article with the title.  Chrome: ``© 本文版权归作者 X 所有，任何形式转载请联系作者。``
  (``notice``), ``有用 N　没用 N`` and ``赞赏　转发　收藏　举报`` (bar), ``回应（N）`` and one line
  per comment ``user　text　date`` (``notice``, as earlier comment threads), ``《film》的更多影评``
  and three titles (``related``), a footer with an ICP number.  Damage: one kind on pages 0, 3,
  5 and 7.  Meta: author, published.

Truth as :mod:`tests.families.blind_families_zp`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's page head is chrome
of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a case's
``案例三：`` row is its title row (the ordinal dropped, the row not content) while its
``◇`` sub-heads are content; a case takes its own 办结 date, not the digest's; an
encyclopedia infobox is neither content nor chrome, its table of contents is ``header``
(the items are the section names without numbers, the numbered ``<h2>`` heads are
content) and its reference list ``related``; a morning note's sector kicker is
``article_header`` and its title line content, the index panel and group heads ``header``,
the analyst and rating statements ``notice``; a review's film card is ``related`` (it is
about the film, not the review), its rating row neither, its comments ``notice``.
Compiled pages: every ``weiquan`` and ``chenhui`` page; ``baike`` and ``yingping`` pages are
single documents.  ``python -m tests.families.blind_families_zr`` (seed base 4400) rewrites
them and checks the truth against the pages.

Measured blind, once, at main ``a3321d2`` (this session's code after its first round of
fixes, before the last; written mid-session), one folder, model on
(F1/residue/titles/counts/repairs/meta): baike .908/.343/1/1/1/0, chenhui
.838/.461/.655/.625/1/0, weiquan 1.0/0/1/1/1/.667, yingping .793/.229/.75/1/1/.25; means
.885/.258/.851/.906/1.0/.229.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zr_text import (
    BK_ENTRIES,
    BK_REFS,
    BK_SITE,
    BK_USERS,
    CH_ANALYSTS,
    CH_FIRM,
    CH_INST,
    CH_NOTES,
    WQ_CASES,
    WQ_COUNCIL,
    YP_REVIEWS,
    YP_SAY,
    YP_SITE,
    YP_USERS,
    YP_WORD,
    GenZR,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CN_NO = "一二三四五六七八九十"
WEEK = "一二三四五六日"


# -- 1. the consumer council's case digests (a compilation, UTF-8 with BOM text) -----------------

WQ_N = [4, 2, 5, 3, 2, 4, 3, 5]
WQ_HURT = {1, 3, 5, 6, 7}


def fam_weiquan(g: GenZR, i: int) -> Made:
    """'梧岭市消保委' typical-complaint digests; every page one batch of cases."""
    r = g.r
    k = WQ_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(WQ_CASES, k)
    made = [g.case(x) for x in picks]
    arts = [a for a, _ in made]
    if i in WQ_HURT:
        kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i == 7 else [])
        for kind, n in zip(kinds, r.sample(range(k), len(kinds)), strict=True):
            damage(g, arts[n], [kind])
    y, m, _ = ymd(arts[0])
    q = (m - 1) // 3 + 1
    py, pm = (y, m + 1) if m < 12 else (y + 1, 1)
    batch = CN_NO[i % 3]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{WQ_COUNCIL}　　消费者之家"),
            ("header", "网站首页｜消费警示｜投诉指南｜比较试验｜典型案例｜信息公开"),
            ("header", "当前栏目 >> 典型案例"),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("header", f"{y}年第{CN_NO[q - 1]}季度消费维权典型案例（之{batch}）"),
            (
                "header",
                f"发布单位：{WQ_COUNCIL}秘书处　　发布日期：{py}年{pm}月{r.randint(2, 9)}日"
                f"　　阅读：{r.randint(200, 6000)}",
            ),
            (
                "notice",
                "为进一步发挥典型案例的警示作用，引导经营者诚信经营、消费者理性消费，"
                f"现将本会及各分会近期受理的{k}起典型投诉案例公布如下。",
            ),
        ],
    )
    for n, (a, no) in enumerate(made):
        lines.append("")
        lines.append(f"案例{CN_NO[n]}：{a.title}")
        lines.append(
            f"受理编号：{no}　／　受理单位：{a.meta['origin']}　／　"
            f"办结：{a.meta['published'].replace('-', '.')}"
        )
        lines += a.page
    lines.append("")
    others = [x[1] for x in WQ_CASES if x not in picks]
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "投诉渠道：全国12315平台、“梧岭消费通”微信小程序，"
                "或拨打本会投诉咨询电话0774-96315（工作日9:00—17:00）。",
            ),
            ("bar", "【分享到】微信　微博　QQ空间　　【打印本页】　【关闭】"),
            ("related", f"上一篇：{r.choice(others)}——{CN_NO[(i + 1) % 4]}季度消费提示"),
            ("related", f"下一篇：{WQ_COUNCIL}关于开展“放心消费”承诺活动的公告"),
            (
                "footer",
                f"版权所有：{WQ_COUNCIL}　地址：梧岭市城南区新华路168号　"
                f"梧ICP备1002{r.randint(1000, 9999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the encyclopedia's entries (HTML, UTF-8) --------------------------------------------------

BK_HURT = {0, 2, 4, 5, 6}


def fam_baike(g: GenZR, i: int) -> Made:
    """'知源百科' entries, HTML; one entry a page."""
    r = g.r
    name, gloss, box, heads = BK_ENTRIES[i]
    a = g.entry(i)
    if i in BK_HURT:
        damage(g, a, [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i == 5 else []))
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{name}（{gloss}）_{BK_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{BK_SITE}　ZHIYUAN BAIKE", "logo", "header")
    h.links("header", ["首页", "分类", "特色百科", "知源任务", "用户", "帮助"], "　", "nav")
    h.el("div", "进入词条　全站搜索", "search", "header")
    h.el("h1", a.title)
    h.el("div", "编辑　讨论　收藏　赞", "tools", "bar")
    h.el("div", "本词条由“知源·地方文化”词条编写项目审核。", "audit", "notice")
    h.el("p", a.page[0], "lead")
    h.raw('<table class="infobox">')
    for label, value in box:
        h.raw(f"<tr><th>{label}</th><td>{value}</td></tr>")
    h.raw("</table>")
    h.raw('<div class="catalog">')
    h.el("div", "目录", "cat-title", "header")
    h.items("header", heads, "cat-list")
    h.raw("</div>")
    for x in a.page[1:]:
        if x[0].isdigit():
            h.el("h2", x)
            h.el("div", "编辑本段", "edit", "bar")
        else:
            h.el("p", x)
    a.lines = [a.title, *a.lines]
    h.el("h3", "参考资料", "", "related")
    refs = r.sample(BK_REFS, 3)
    h.raw('<ol class="refs">')
    for k, ref in enumerate(refs, 1):
        text = f"[{k}] {ref}{r.randint(2015, y + 1)}年"
        h.el("li", text, "", "related")
    h.raw("</ol>")
    h.el("div", "词条统计", "stat-title", "bar")
    h.el("div", f"浏览次数：{r.randint(900, 90000)}次", "stat", "bar")
    h.el("div", f"编辑次数：{r.randint(3, 60)}次　历史版本", "stat", "bar")
    h.el("div", f"最近更新：{r.choice(BK_USERS)}（{y}-{m:02d}-{d:02d}）", "stat")
    h.el("h4", "相关词条", "", "related")
    h.items("related", r.sample([x[0] for x in BK_ENTRIES if x[0] != name], 3), "rel")
    h.el(
        "p",
        f"©{y + 1} Zhiyuan Baike　使用知源前必读　知源协议　隐私政策　梧ICP备16004321号-3",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the brokerage's morning meeting notes (a compilation, PDF text, GBK / UTF-16) ------------

CH_N = [3, 5, 4, 2, 4, 3, 5, 3]
CH_BREAK = {0, 2, 3, 5, 7}
CH_HURT = {1, 4, 6}
CH_KIND = {"宏观": "宏观点评", "策略": "策略观点", "固收": "债市跟踪"}


def fam_chenhui(g: GenZR, i: int) -> Made:
    """'澄海证券研究所' morning meeting notes; every page one day's notes."""
    r = g.r
    k = CH_N[i]
    picks = sorted(r.sample(CH_NOTES, k), key=CH_NOTES.index)
    arts = [g.note(x) for x in picks]
    y, m, d = g.date()
    while datetime.date(y, m, d).weekday() > 4:  # a trading day
        d = d - 1 if d > 3 else d + 3
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    total = r.randint(6, 9)
    hurt = r.sample(range(k), 2)
    if i in CH_BREAK:
        folio = counter(2, total, lambda p, t: f"请务必阅读正文之后的免责条款部分　　{p} / {t}")
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    if i in CH_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    wd = WEEK[datetime.date(y, m, d).weekday()]
    lines: list[str] = []
    chrome: Chrome = []

    def index_row(name: str, base: int) -> tuple[str, str]:
        move = r.randint(-180, 180) / 100
        return ("header", f"{name}　{base + r.randint(0, 999)}.{r.randint(10, 99)}　{move:+.2f}%")

    put(
        lines,
        chrome,
        [
            ("header", f"{CH_INST}　　晨会纪要"),
            ("header", f"证券研究报告　{y}年{m}月{d}日　星期{wd}"),
            ("header", "主要指数　收盘　涨跌幅"),
            index_row("上证指数", 3000),
            index_row("深证成指", 10000),
            index_row("创业板指", 2000),
        ],
    )
    group = ""
    gno = 0
    for item, a in zip(picks, arts, strict=True):
        section, sector, _ = item
        lines.append("")
        if section != group:
            group = section
            put(lines, chrome, [("header", f"{CN_NO[gno]}、{section}")])
            gno += 1
            lines.append("")
        cert = next(c for w, c in CH_ANALYSTS if w == a.meta["author"])
        put(lines, chrome, [("article_header", f"{sector}·{CH_KIND.get(sector, '行业点评')}")])
        lines.append(a.title)
        lines.append(f"分析师：{a.meta['author']}　执业证书编号：{cert}")
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "分析师声明"),
            (
                "notice",
                "作者具有中国证券业协会授予的证券投资咨询执业资格，保证报告所采用的数据均来自"
                "合规渠道，分析逻辑基于作者的职业理解，结论不受任何第三方的授意或影响。",
            ),
            ("notice", "评级说明"),
            (
                "notice",
                "行业评级以报告发布日后六个月内行业指数相对同期沪深300指数的涨跌幅为基准，"
                "分为推荐、中性、回避三档。",
            ),
            ("notice", "免责声明"),
            (
                "notice",
                f"本报告仅供{CH_FIRM}股份有限公司的客户使用，本公司不会因接收人收到本报告而"
                "视其为客户，报告中的信息和意见不构成对任何人的投资建议。",
            ),
            (
                "footer",
                f"{CH_INST}　地址：梧岭市江北区滨江大道{r.randint(10, 299)}号澄海金融大厦"
                "　邮编：545000",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 4. the film-review community's reviews (HTML, GB18030 / UTF-8 with BOM) ---------------------

YP_SPOIL = {1, 2, 5, 6}
YP_HURT = {0, 3, 5, 7}
DIRECTORS = ["孟子川", "舒言", "欧阳启", "卓一凡", "谷雨晴"]
ACTORS = ["陆明远", "苏小禾", "贺知章", "温以宁", "杜若", "秦川", "白露"]


def fam_yingping(g: GenZR, i: int) -> Made:
    """'映象小站' long reviews, HTML; even pages GB18030, odd pages UTF-8 with BOM."""
    r = g.r
    film, year, who, stars, _ = YP_REVIEWS[i]
    a = g.film_review(i)
    if i in YP_HURT:
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    clock = f"{r.randint(8, 23):02d}:{r.randint(0, 59):02d}"
    rating = "★" * stars + "☆" * (5 - stars)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta charset="gb18030">' if i % 2 == 0 else '<meta charset="utf-8">')
    h.raw(f"<title>{a.title}（《{film}》影评）-{YP_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{YP_SITE} · 电影", "logo", "header")
    h.links("header", ["首页", "影讯", "排行榜", "影评", "小组", "我的"], " · ", "nav")
    h.raw('<div class="subject-card">')
    h.el("div", f"{film} ({year})", "sc-name", "related")
    d1, a1, a2 = r.choice(DIRECTORS), *r.sample(ACTORS, 2)
    h.el("div", f"导演：{d1}　主演：{a1} / {a2}", "sc-info", "related")
    score = f"{r.randint(55, 92) / 10:.1f}"
    h.el("div", f"映象评分 {score}　{r.randint(300, 90000)}人评价", "sc-rate", "related")
    h.raw("</div>")
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el(
            "div",
            f"{who}　评论　《{film}》　{rating}　{YP_WORD[stars]}　"
            f"{y}-{m:02d}-{d:02d} {clock}:{r.randint(10, 59)}",
            "main-hd",
        )
    else:
        h.el("div", f"{who} 的影评 · {y}-{m:02d}-{d:02d} {clock}", "main-hd")
        h.el("h1", a.title)
        h.el("div", f"看过　{rating}　{YP_WORD[stars]}", "rating")
    if i in YP_SPOIL:
        h.el("div", "这篇影评可能有剧透", "spoiler", "notice")
    h.raw('<div class="review-content">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("p", f"© 本文版权归作者 {who} 所有，任何形式转载请联系作者。", "copyright", "notice")
    h.el("div", f"有用 {r.randint(5, 900)}　没用 {r.randint(0, 30)}", "vote", "bar")
    h.el("div", "赞赏　转发　收藏　举报", "actions", "bar")
    says = r.sample(YP_SAY, r.randint(2, 4))
    h.el("h3", f"回应（{len(says)}）", "", "notice")
    later = sorted(min(d + r.randint(0, 3), 28) for _ in says)
    for s, u, dd in zip(says, r.sample(YP_USERS, len(says)), later, strict=True):
        when = f"{y}-{m:02d}-{dd:02d}"
        h.el("div", f"{u}　{s}　{when}", "comment", "notice")
    h.el("h3", f"《{film}》的更多影评", "", "related")
    more = [
        f"{film}：{x}"
        for x in r.sample(
            ["被低估的年度佳作", "看完沉默了很久", "一星给摄影", "不如原著", "二刷笔记"], 3
        )
    ]
    h.items("related", more, "more")
    h.el(
        "p",
        f"© 2012－{y + 1} yingxiang.example.com, all rights reserved　{YP_SITE}　梧ICP备09876543号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_zr_weiquan", "sealed", "utf-8-sig", "\r\n", 8, fam_weiquan),
    BlindFamily("sealed_zr_baike", "sealed", "utf-8", "\r\n", 8, fam_baike, "html"),
    BlindFamily(
        "sealed_zr_chenhui", "sealed", "gbk", "\n", 8, fam_chenhui, "txt", ("gbk", "utf-16")
    ),
    BlindFamily(
        "sealed_zr_yingping",
        "sealed",
        "gb18030",
        "\n",
        8,
        fam_yingping,
        "html",
        ("gb18030", "utf-8-sig"),
    ),
]

assert len(BK_ENTRIES) == 8 and len(YP_REVIEWS) == 8 and len(WQ_CASES) >= max(WQ_N)
assert len(CH_NOTES) >= max(CH_N) and isinstance(Art, type)


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4400, gen=GenZR)
