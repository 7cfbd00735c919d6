"""Four more invented families for the ``yg`` blind test of the generic layer: a law firm's
answered-questions board (HTML, CRLF, UTF-8 declared ``<meta charset="utf-8">`` on even pages
and GB18030 declared by ``http-equiv`` on odd ones; every page a board page of several Q&As,
each under a ``咨询单号 Q230428686　┆　劳动工伤　┆　来自 X网友`` ticket row ABOVE its ``<h3>``
question title, a 提问于 row UNDER it, the question, a lawyer row and the answer), a county
sports bureau's results bulletins of the county games (plain text, GBK, CRLF; every page one
bulletin whose events open with a ``№02 ┃ 乒乓球 ┃ 中老年组男子单打 ┃ 10月8日 决赛 ┃ venue``
strip ABOVE the bare title and close with a ``（裁判长：X　记录：Y）`` row, a
``〔第7号公报·第3页〕`` mark cutting sentences), a Hong Kong-style bus company's passenger
notices (HTML in Big5 (cp950) declared ``<meta charset="big5">``, LF; traditional letters;
a route-badge row ABOVE the ``<h1>`` on even pages, a label/value ``<table>`` UNDER it and a
``（本通告於…發出）`` row after the body on odd ones) and an online idiom dictionary's
story-list pages printed from the browser (plain text, LF, UTF-16 with BOM on even pages and
UTF-8 with BOM on odd ones; every page a compilation of idiom entries, each under a
``〖0104〗 yǎn ěr dào líng`` number-and-pinyin row ABOVE the bare idiom, the browser's running
head and foot lines cutting a sentence where the printed sheet ends).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a lawyer Q&A board, a county-games results bulletin, a bus company's passenger
notices, an idiom dictionary's story list: set ``y``'s transport office, set ``z``'s match
reports and idiom entry and set ``ze``'s law-firm articles are single documents of other
shapes), header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yg_lvshi`` ('岑衡律师事务所' 在线咨询, HTML, CRLF; even pages UTF-8 declared ``<meta
  charset="utf-8">``, odd pages GB18030 declared ``<meta http-equiv="Content-Type"
  content="text/html; charset=gb18030">``; every page a compilation of 3, 4, 2, 5, 3, 4, 2, 3
  answered questions, newest first, all of one month): ``<title>`` =
  ``已解答咨询_第N页_岑衡律师事务所``; the logo line ``岑衡律师事务所　CENHENG LAW FIRM``, the
  `` · `` nav row, ``位置：首页 › 在线咨询 › 已解答咨询`` and the ``<h2>`` ``已解答咨询（第N页）``
  (``header``), ``我要咨询　　分类：全部 | 劳动工伤 | …`` (``bar``), the ``以下解答仅针对……到所
  面谈。`` line (``notice``).  Per Q&A: the ticket row ``咨询单号 Q230428686　┆　劳动工伤　┆
  来自 岑州市白石区网友`` (neither: it holds no metadata key), the ``<h3>`` question title
  (title and first content line), ``提问于 2023-04-28 22:31　　浏览 1388`` (metadata, neither),
  the question paragraph (content, ends with ``？``), ``解答律师：X（岑衡律师事务所专职律师）``
  (metadata, neither), three answer paragraphs ``您好，……`` / ``建议您……`` / a closing caution
  (content), ``回复于 2023-04-30 18:59`` (neither) and ``有帮助（47）　没帮助（4）　｜　追问律师``
  (``bar``).  Chrome at the end: the pager ``共 43 页　« 上一页　2　下一页 »``
  (``page_number``), ``热门咨询`` and three question titles not on the page (``related``), the
  address-and-licence line and the copyright-and-ICP line (``footer``).  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in one answer on pages 0, 2, 3, 5 and 6; no page
  breaks.  Meta per Q&A: author (the answering lawyer), published (the 提问于 day).
* ``sealed_yg_saiguo`` ('澄山县体育局' 竞赛成绩公报 of '澄山县第十一届全民运动会', plain text,
  GBK, CRLF; every page one bulletin of 4, 3, 2, 5, 3, 4, 2, 3 events): ``澄山县体育局　｜
  政务公开　｜　赛事信息　｜　打印本页``, ``首页 → 赛事信息 → 成绩公报``, the bulletin's head
  ``澄山县第十一届全民运动会竞赛成绩公报（第N号）`` and the issuer-and-date row
  ``澄山县第十一届全民运动会竞赛委员会　　2021年4月16日`` (all ``header``), the objection line
  ``本公报所列成绩……书面提出。`` (``notice``).  Per event: the strip ``№01 ┃ 田径 ┃ 男子100米
  ┃ 4月16日 总决赛 ┃ 县体育场`` (neither; the match day in it is the event's, up to two days
  before the bulletin), the bare title line (``东湖街道尉海燕获得田径男子100米第一名`` or
  ``南塘镇队2∶0胜梅岭街道队，夺得足球男子七人制冠军``; title and first content line), the final's
  paragraph, three ranking lines ``第一名　尉海燕（东湖街道）`` / ``第二名　…`` / ``第三名　…``
  and a closing paragraph (content), then ``（裁判长：X　记录：Y）`` (metadata, neither); events
  parted by blank lines only.  Page breaks: the print view's mark ``〔第4号公报·第2页〕``
  (``page_number``) cuts a paragraph between two CJK letters in one event on pages 1, 4 and 6.
  Damage: one kind in another event on pages 0, 2, 3, 5 and 7.  Chrome at the end:
  ``附件：第N号公报团体总分排名表（截至4月16日）.xls`` (``related``), ``【打印】　【关闭】
  【字号：大 中 小】`` (``bar``), ``上一号：…`` / ``下一号：…`` (``related``), the organiser's
  address line and the site-code-and-ICP line (``footer``).  Meta per event: published (the
  bulletin's date in the head row, not the match day in the strip), author (the 记录 recorder).
* ``sealed_yg_bashi`` ('翠嶺巴士' 乘客通告 of '翠嶺巴士有限公司', HTML in Big5 (cp950) declared
  ``<meta charset="big5">``, LF; traditional letters; single notices): ``<title>`` = ``X -
  乘客通告 - 翠嶺巴士``; ``翠嶺巴士　TSUI LING BUS``, the `` ｜ `` nav row and ``主頁 ＞ 乘客通告 ＞
  路線改動`` (``header``).  Even pages: the route badge ``路線 72 15X 6A`` (neither) ABOVE the
  ``<h1>`` title ``72、15X及6A號線增加班次`` and UNDER it ``發布日期：2019-10-10　｜
  通告編號：PN19067`` (metadata, neither); odd pages: the ``<h1>`` over a ``<table>`` whose
  cells are each a visible line (``生效日期`` / ``2018年11月12日（星期一）`` / ``受影響路線`` /
  ``23M`` / ``通告編號`` / ``PN18180``; neither, the number is ``doc_number``) and, AFTER the
  body, ``（本通告於2018年11月7日發出）`` (metadata, neither).  The title, the opening sentence
  ``為配合……由…（星期六）首班車起，下列路線將作以下改動，…：`` (its date is the later effective
  day), one ``<li>`` per route ``23M號線：往…方向改經…；``, the affected-stops paragraph, the
  apology paragraph and the sign-off ``翠嶺巴士有限公司謹啟`` are ONE article (content).  Chrome:
  ``列印本頁　｜　分享　｜　訂閱路線更新提示`` (``bar``), ``巴士服務或會因應交通情況……車長廣播。``
  (``notice``), ``其他乘客通告`` and three ``N號線…`` titles (``related``), two footer lines
  (copyright with links; the hotline).  Damage: one kind on pages 0, 1, 3, 4 and 6; no page
  breaks.  Meta: published (the posting day, never the effective day), doc_number (通告編號),
  issuer (the company, named in the sign-off).
* ``sealed_yg_chengyu`` ('墨林成语网' 成语故事, plain text, LF, UTF-16 with BOM on even pages
  and UTF-8 with BOM on odd ones; every page a compilation of 3, 2, 3, 4, 2, 3, 2, 3 idiom
  entries, 22 idioms in all, none twice): the browser's running head ``2017/8/2 21:07
  成语故事_第N页_墨林成语网`` as the first line (``page_number``: the print date, months after the
  page's update), ``墨林成语网　MOLIN IDIOMS``, the ``|`` nav row (``header``), ``输入成语、拼音或
  首字母　搜索`` (``bar``), ``当前位置：首页 > 成语故事 > 第N页`` and ``成语故事　本栏编辑：X
  更新于 2016年5月1日`` (``header``).  Per entry: ``〖0104〗 yǎn ěr dào líng`` (neither: number
  and pinyin ABOVE the title), the bare idiom ``掩耳盗铃`` (title and first content line),
  ``感情色彩：贬义　｜　简拼：YEDL　｜　字数：4`` (neither), six labelled lines ``释义：…`` /
  ``出处：…`` / ``典故：…`` / ``例句：…`` / ``用法：…`` / ``近义词：…　｜　反义词：…`` (content; the
  labels stay), then ``详细解释 »　　成语接龙 »　　纠错`` (``bar``, after every entry).  Page
  breaks: where the printed sheet ends, the browser's running foot ``https://…/list_2.html
  1/2`` and the next sheet's running head (both ``page_number``) stand between blank lines and
  cut a labelled line between two CJK letters in one entry on pages 1, 3, 5 and 6.  Damage: one
  kind in another entry on pages 0, 2, 3, 4 and 7.  Chrome at the end: the pager ``首页　上一页
  N　下一页　尾页　共77页`` (``page_number``), ``热门成语故事：…`` (``related``), the rewrite
  notice (``notice``), the copyright-and-ICP line (``footer``) and the last running foot
  ``https://…　2/2`` (``page_number``).  Meta per entry: published (the column's 更新于 day),
  author (the column editor).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare and are their piece's first content line; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
are metadata or neither.  Arguable and fixed here: a Q&A's ticket row is neither (not
``article_header``), its question paragraph is content of the Q&A (the question and the
answer are one article), its published date is the day asked (提问于), not the day answered
(回复于, neither), and its author is the answering lawyer; a bulletin's event strip is
neither, its ranking lines are content, every event takes the bulletin's date, its recorder
is ``author`` and the chief referee has no key; a bus notice's route badge and table are
neither, its effective date (in the table and the text) is not ``published``, and its
sign-off is content; an idiom entry's number-and-pinyin row and its colour row are neither,
its six labelled lines content with the labels, every entry takes the column's update day
and editor, and the browser's running head and foot lines, also those at the page's top and
bottom, are ``page_number``.  Compiled pages: every ``lvshi``, ``saiguo`` and ``chengyu``
page; ``bashi`` pages are single notices.  ``python -m tests.families.blind_families_yg``
(seed base 5900) rewrites them and checks the truth against the pages.

Measured blind, once, at the session-24 start code (``b2517ad3``, before anyone tuned on it),
per family (F1/residue/titles/counts/repairs/meta): bashi .955/.011/1/1/1/.167; chengyu
.927/0/.045/.125/1/.318; lvshi .895/.123/0/.25/1/0; saiguo .875/.033/.346/.25/.625/.096.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yg_text import (
    BS_FIRM,
    BS_KIND,
    BS_SITE,
    CY_EDITORS,
    CY_IDIOMS,
    CY_SITE,
    LS_AREAS,
    LS_CITY,
    LS_FIRM,
    LS_LAWYERS,
    LS_QUESTIONS,
    LS_RANKS,
    SG_BUREAU,
    SG_COUNTY,
    SG_EVENTS,
    SG_GAMES,
    SG_GIVEN,
    SG_OUTDOOR,
    SG_PLACES,
    SG_SURN,
    SG_TOWNS,
    GenYG,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"


# -- 1. the law firm's lawyer Q&A board (a compilation, HTML, UTF-8 / GB18030) ------------------

LS_N = [3, 4, 2, 5, 3, 4, 2, 3]
LS_HURT = {0, 2, 3, 5, 6}
LS_CATS = ["劳动工伤", "婚姻家庭", "债权债务", "房产物业", "交通事故"]


def fam_lvshi(g: GenYG, i: int) -> Made:
    """'岑衡律师事务所' answered-questions board, one board page per page; HTML, even pages
    UTF-8, odd pages GB18030."""
    r = g.r
    k = LS_N[i]
    g.month(k, newest_first=True)
    picks = r.sample(LS_QUESTIONS, k)
    who = [r.choice(LS_LAWYERS) for _ in picks]
    arts = [g.answer(q, w) for q, w in zip(picks, who, strict=True)]
    if i in LS_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i // 2 % 3]])
    n = i + 2
    total = r.randint(30, 60)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta charset="utf-8">')
    else:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gb18030">')
    h.raw(f"<title>已解答咨询_第{n}页_{LS_FIRM}</title>")
    h.raw('<link rel="stylesheet" href="/skin/css/zx.css">', "</head>", "<body>")
    h.el("div", f"{LS_FIRM}　CENHENG LAW FIRM", "logo", "header")
    h.links(
        "header", ["首页", "律所简介", "专业领域", "律师团队", "在线咨询", "联系我们"], " · ", "nav"
    )
    h.el("div", "位置：首页 › 在线咨询 › 已解答咨询", "pos", "header")
    h.el("h2", f"已解答咨询（第{n}页）", "", "header")
    h.el("div", "我要咨询　　分类：全部 | " + " | ".join(LS_CATS), "tools", "bar")
    h.el(
        "p",
        "以下解答仅针对提问者描述的情况，不构成正式法律意见；具体案件请携带材料到所面谈。",
        "tip",
        "notice",
    )
    for q, a in zip(picks, arts, strict=True):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        h.raw('<div class="qa">')
        h.el(
            "div",
            f"咨询单号 Q{y % 100:02d}{m:02d}{d:02d}{r.randint(100, 999)}　┆　{q[0]}　┆　"
            f"来自 {LS_CITY}{r.choice(LS_AREAS)}网友",
            "qhd",
        )
        h.el("h3", a.title)
        h.el("div", f"提问于 {y}-{m:02d}-{d:02d} {g.clock()}　　浏览 {r.randint(40, 3000)}", "ask")
        h.el("p", a.page[0], "q")
        h.el("div", f"解答律师：{a.meta['author']}（{LS_FIRM}{r.choice(LS_RANKS)}）", "lawyer")
        for x in a.page[1:]:
            h.el("p", x)
        back = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(0, 2))
        h.el("div", f"回复于 {back.isoformat()} {g.clock()}", "atime")
        h.el(
            "div",
            f"有帮助（{r.randint(0, 60)}）　没帮助（{r.randint(0, 5)}）　｜　追问律师",
            "vote",
            "bar",
        )
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("div", f"共 {total} 页　« 上一页　{n}　下一页 »", "pager", "page_number")
    h.el("h4", "热门咨询", "", "related")
    h.items(
        "related", [x[1] for x in r.sample([x for x in LS_QUESTIONS if x not in picks], 3)], "hot"
    )
    h.el(
        "p",
        f"{LS_FIRM}　地址：{LS_CITY}澄川区滨江路{r.randint(10, 300)}号"
        f"金泰大厦{r.randint(8, 26)}楼　"
        f"执业许可证号：3{r.randint(10000, 99999)}2011{r.randint(100000, 999999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"Copyright © 2012-2024 {LS_FIRM} 版权所有　岑ICP备{r.randint(10000, 99999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the county sports bureau's results bulletin (a compilation, GBK text) -------------------

SG_N = [4, 3, 2, 5, 3, 4, 2, 3]
SG_BREAK = {1, 4, 6}
SG_HURT = {0, 2, 3, 5, 7}
SG_ROUND = {"solo": ["决赛", "个人决赛", "总决赛"], "team": ["决赛", "冠亚军决赛"]}


def fam_saiguo(g: GenYG, i: int) -> Made:
    """'澄山县体育局' 竞赛成绩公报 of the county games, print view; every page one bulletin."""
    r = g.r
    k = SG_N[i]
    no = i + 3
    picks = r.sample(SG_EVENTS, k)
    y, m, d = g.date()
    day = datetime.date(y, m, d)
    recorders = [r.choice(SG_SURN) + r.choice(SG_GIVEN) for _ in picks]
    arts = [g.result(ev, r.sample(SG_TOWNS, 3), w) for ev, w in zip(picks, recorders, strict=True)]
    for a in arts:
        a.meta["published"] = day.isoformat()
    hurt = r.sample(range(k), 2)
    if i in SG_BREAK:
        mark = f"〔第{no}号公报·第{r.randint(2, 3)}页〕"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i in SG_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{SG_BUREAU}　｜　政务公开　｜　赛事信息　｜　打印本页"),
            ("header", "首页 → 赛事信息 → 成绩公报"),
            ("header", f"{SG_GAMES}竞赛成绩公报（第{no}号）"),
            ("header", f"{SG_GAMES}竞赛委员会　　{y}年{m}月{d}日"),
            (
                "notice",
                "本公报所列成绩以竞赛委员会审核发布为准，对成绩有异议的，"
                "请于公布后24小时内向仲裁委员会书面提出。",
            ),
        ],
    )
    for n, (ev, a) in enumerate(zip(picks, arts, strict=True)):
        when = day - datetime.timedelta(days=r.randint(0, 2))
        lines.append("")
        lines.append(
            f"№{n + 1:02d} ┃ {ev[0]} ┃ {ev[1]} ┃ {when.month}月{when.day}日 "
            f"{r.choice(SG_ROUND[ev[2]])} ┃ {SG_OUTDOOR.get(ev[0]) or r.choice(SG_PLACES)}"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(
            f"（裁判长：{r.choice(SG_SURN)}{r.choice(SG_GIVEN)}　记录：{a.meta['author']}）"
        )
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"附件：第{no}号公报团体总分排名表（截至{m}月{d}日）.xls"),
            ("bar", "【打印】　【关闭】　【字号：大 中 小】"),
            ("related", f"上一号：{SG_GAMES}竞赛成绩公报（第{no - 1}号）"),
            ("related", f"下一号：{SG_GAMES}竞赛成绩公报（第{no + 1}号）"),
            (
                "footer",
                f"主办：{SG_BUREAU}　地址：{SG_COUNTY}人民路{r.randint(10, 99)}号　"
                f"电话：0578-6{r.randint(100000, 999999)}",
            ),
            (
                "footer",
                f"网站标识码：33112300{r.randint(10, 99)}　"
                f"浙ICP备{r.randint(10000000, 99999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the bus company's passenger notices (HTML, Big5) ----------------------------------------

BS_ROUTES = ["23M", "31", "N23", "6A", "108", "15X", "72", "E11", "3C", "40P", "218", "N6"]
BS_HURT = {0, 1, 3, 4, 6}


def fam_bashi(g: GenYG, i: int) -> Made:
    """'翠嶺巴士' 乘客通告, HTML in Big5; a route badge row and a date row by turns with a
    label/value table."""
    r = g.r
    routes = r.sample(BS_ROUTES, [2, 1, 3, 2, 1, 2, 3, 1][i])
    y, m, d = g.date()
    pub = datetime.date(y, m, d)
    eff = pub + datetime.timedelta(days=r.randint(3, 9))
    doc = f"PN{y % 100:02d}{r.randint(1, 199):03d}"
    a = g.busnote(routes, eff)
    a.meta["published"] = pub.isoformat()
    a.meta["doc_number"] = doc
    if i in BS_HURT:
        damage(g, a, [ODD[(i + i // 3) % 3]])
    wk = WEEK[eff.weekday()]
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta charset="big5">')
    h.raw(f"<title>{a.title} - 乘客通告 - {BS_SITE}</title>")
    h.raw('<script src="/js/common.js"></script>', "</head>", "<body>")
    h.el("div", f"{BS_SITE}　TSUI LING BUS", "logo", "header")
    h.links(
        "header",
        ["路線搜尋", "乘客通告", "車費表", "電子支付優惠", "失物招領", "English"],
        " ｜ ",
        "nav",
    )
    h.el("div", "主頁 ＞ 乘客通告 ＞ 路線改動", "crumb", "header")
    if i % 2 == 0:
        spans = " ".join(f"<span>{x}</span>" for x in routes)
        h.raw(f'<div class="routes"><em>路線</em> {spans}</div>')
        h.el("h1", a.title)
        h.el("div", f"發布日期：{y}-{m:02d}-{d:02d}　｜　通告編號：{doc}", "pubinfo")
    else:
        h.el("h1", a.title)
        h.raw('<table class="info">')
        for lab, val in [
            ("生效日期", f"{eff.year}年{eff.month}月{eff.day}日（星期{wk}）"),
            ("受影響路線", "、".join(routes)),
            ("通告編號", doc),
        ]:
            h.raw(f"<tr><th>{lab}</th><td>{val}</td></tr>")
        h.raw("</table>")
    h.raw('<div class="notice-body">')
    h.el("p", a.page[0])
    h.raw("<ul>")
    for x in a.page[1 : 1 + len(routes)]:
        h.el("li", x)
    h.raw("</ul>")
    for x in a.page[1 + len(routes) : -1]:
        h.el("p", x)
    h.el("p", a.page[-1], "sign")
    h.raw("</div>")
    if i % 2 == 1:
        h.el("p", f"（本通告於{y}年{m}月{d}日發出）", "issued")
    a.lines = [a.title, *a.lines]
    h.el("div", "列印本頁　｜　分享　｜　訂閱路線更新提示", "tools", "bar")
    h.el("p", "巴士服務或會因應交通情況而有所調整，請留意車站告示及車長廣播。", "tip", "notice")
    h.el("h4", "其他乘客通告", "", "related")
    others = r.sample([x for x in BS_ROUTES if x not in routes], 3)
    h.items("related", [f"{x}號線{r.choice(BS_KIND)}" for x in others], "more")
    h.el("p", f"Copyright {y} {BS_FIRM}　版權所有　｜　私隱政策　｜　網站地圖", "", "footer")
    h.el("p", "客務熱線：2345 6789（星期一至日 07:00-23:00）", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the idiom dictionary's story pages (a compilation, browser print, UTF-16 / UTF-8) -------

CY_N = [3, 2, 3, 4, 2, 3, 2, 3]
CY_BREAK = {1, 3, 5, 6}
CY_HURT = {0, 2, 3, 4, 7}


def fam_chengyu(g: GenYG, i: int) -> Made:
    """'墨林成语网' 成语故事 list pages printed from the browser; every page a compilation of
    idiom entries, each under a number-and-pinyin row."""
    r = g.r
    k = CY_N[i]
    start = sum(CY_N[:i])
    picks = CY_IDIOMS[start : start + k]
    arts = [g.idiom(t) for t in picks]
    y, m, d = g.date()
    editor = r.choice(CY_EDITORS)
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
        a.meta["author"] = editor
    n = i + 1
    pages = 2 if i in CY_BREAK else 1
    url = f"https://www.molinchengyu.cn/gushi/list_{n}.html"
    shot = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(30, 400))
    stamp = f"{shot.year}/{shot.month}/{shot.day} {g.clock()}"
    head = f"{stamp}　成语故事_第{n}页_{CY_SITE}"
    hurt = r.sample(range(k), 2)
    if i in CY_BREAK:
        damage(
            g,
            arts[hurt[0]],
            ["page_break"],
            lambda: [("page_number", f"{url}　1/{pages}"), ("page_number", head)],
        )
    if i in CY_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("page_number", head),
            ("header", f"{CY_SITE}　MOLIN IDIOMS"),
            ("header", "首页 | 成语大全 | 成语故事 | 成语接龙 | 成语出处 | 诗词名句"),
            ("bar", "输入成语、拼音或首字母　搜索"),
            ("header", f"当前位置：首页 > 成语故事 > 第{n}页"),
            ("header", f"成语故事　本栏编辑：{editor}　更新于 {y}年{m}月{d}日"),
        ],
    )
    for n_in, (t, a) in enumerate(zip(picks, arts, strict=True)):
        lines.append("")
        lines.append(f"〖{start + n_in + 101:04d}〗 {t[1]}")
        lines.append(a.title)
        lines.append(f"感情色彩：{t[3]}　｜　简拼：{t[2]}　｜　字数：{len(t[0])}")
        lines += a.page
        put(lines, chrome, [("bar", "详细解释 »　　成语接龙 »　　纠错")])
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("page_number", f"首页　上一页　{n}　下一页　尾页　共{r.randint(40, 90)}页"),
            ("related", "热门成语故事：卧薪尝胆　纸上谈兵　完璧归赵　闻鸡起舞"),
            ("notice", "本站成语释义与故事由编辑整理改写，仅供学习参考，转载请注明出处。"),
            ("footer", f"© 2010-{y} {CY_SITE}　京ICP备{r.randint(10000000, 99999999)}号-1"),
            ("page_number", f"{url}　{pages}/{pages}"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily(
        "sealed_yg_lvshi", "sealed", "utf-8", "\r\n", 8, fam_lvshi, "html", ("utf-8", "gb18030")
    ),
    BlindFamily("sealed_yg_saiguo", "sealed", "gbk", "\r\n", 8, fam_saiguo),
    BlindFamily("sealed_yg_bashi", "sealed", "cp950", "\n", 8, fam_bashi, "html"),
    BlindFamily(
        "sealed_yg_chengyu",
        "sealed",
        "utf-16",
        "\n",
        8,
        fam_chengyu,
        "txt",
        ("utf-16", "utf-8-sig"),
    ),
]

assert sum(CY_N) == len(CY_IDIOMS) and len(LS_QUESTIONS) >= 8 and len(SG_EVENTS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5900, gen=GenYG)
