"""Four more invented families for a forty-seventh blind test of the generic layer: a
special administrative region's official gazette, second series, as text taken from the PDF
(plain text, Big5 (cp950), CRLF; traditional letters; every page an issue that compiles
several dispatches, each under its issuing office's line with the dispatch-number line as
title and the Chinese-numeral signing date and the signer AFTER the text, the PDF's folio and
running head cutting sentences), a city party organisation department's website of
pre-appointment notices 任前公示 (HTML, CRLF, GB18030 declared ``charset=gb2312`` by
``http-equiv`` on pages 0, 1, 4, 5 and UTF-8 declared ``<meta charset="utf-8">`` on the
others; a cadre table or cadre paragraphs, the doc number under the title and the issuer and
date only in the sign-off), a cold-chain logistics group's staff-training column on its
WeChat account (HTML, UTF-8, LF; every post an issue that compiles several training
sessions, each under a ``✦ 第 二 堂 ✦`` badge ABOVE its ``<h3>`` title and three emoji rows
``🕘 时间：`` / ``📍 地点：`` / ``🎤 讲师：`` BELOW it) and a city charity federation's donation
public lists copied off its website (plain text, GBK on even pages and UTF-8 with BOM on odd
ones, LF; a label-less ``date time　dept　阅读 N`` row under the title, a donor list whose
rows are content).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a gazette, an organisation department's notices, a company training column, a
charity's donation lists), header shapes, title placement, metadata layout and labels,
chrome wording, page marks and encoding.  On the HTML pages the truth's lines are the page's
VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yb_gongbao`` ('鏡灣特別行政區公報', plain text, Big5 (cp950), CRLF; traditional
  letters; every page a compilation of 2, 4, 3, 5, 2, 3, 4, 3 dispatches): the masthead
  ``鏡灣特別行政區公報``, ``第　二　組`` and the issue row ``第3期　2016年10月11日（星期二）``
  (``header``), a ``─`` rule (bar), the standing line ``本組刊登之批示、通告及公告，如對內容有
  疑問，以有關部門存檔之正本為準。`` (``notice``), ``目　　錄`` and one row per dispatch
  ``office：第 40/2016 號經濟財政司司長批示．．．．．．．．4033`` (``header``), the rule again
  (bar).  Per dispatch: the issuing office's line ``經濟財政司司長辦公室`` (``article_header``;
  the origin is read from it), the number line ``第 40/2016 號經濟財政司司長批示`` (the TITLE,
  and a content line), the recital ``…行使《…基本法》第六十四條所賦予的職權……作出本批示。`` and
  three or four clauses ``一、…`` … ``本批示自公佈翌日起生效。`` (content), then AFTER the text
  the signing date in Chinese numerals with ``零`` (``二零一六年十月十日``) and the signer row
  ``經濟財政司司長　霍致遠`` (metadata rows, neither); dispatches parted by ``＊　　＊　　＊``
  (bar).  Page breaks on pages 1, 3, 5 and 6: the PDF's lone folio ``4034`` (``page_number``)
  and its running head ``鏡灣特別行政區公報——第二組　　第3期　　2016年10月11日``
  (``header``) cut a clause between two CJK letters in one dispatch.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in another dispatch on every page but 2 and 6.
  Chrome at the end: the rule (bar) and two footer rows (the printing office; the price and
  a subscription phone).  Meta per dispatch: doc_number (``40/2016``), author (the signer's
  name), origin (the office), published (the ISSUE's date, not the signing date).
* ``sealed_yb_renqian`` ('岑州组工网' of '中共岑州市委组织部', HTML, CRLF; GB18030 declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`` on pages 0, 1, 4
  and 5, UTF-8 declared ``<meta charset="utf-8">`` on 2, 3, 6 and 7): ``<title>`` =
  ``X_公示公告_岑州组工网``; the logo row ``岑州组工网　中共岑州市委组织部主办``, a ``｜`` nav
  row and ``您现在的位置：首页 » 公示公告 » 干部任前公示`` (``header``); the title in
  ``<h1>`` (either ``岑州市市管干部任前公示公告`` or ``2019年第14批领导干部任职前公示``),
  UNDER it the doc-number line ``（2019年第14号）`` (metadata, neither) and
  ``［放大］　［缩小］　［打印］　［关闭］`` (bar).
  The content: the preamble; on EVEN pages a six-column cadre ``<table>`` whose head cells
  (``姓名`` … ``拟任职务``) and cells are each a content line, on ODD pages one paragraph per
  cadre ``X，女，汉族，1977年5月生，…，现任…，拟任…。``; the ``公示时间：…`` line, two paragraphs
  on how to report, the ``受理电话：`` and ``通信地址：`` lines (all content).  AFTER them the
  sign-off ``中共岑州市委组织部`` / ``2019年7月27日`` (metadata rows, neither; there is no date
  row above the text).  Chrome: ``注：本网站所发布的公示信息，以市委组织部正式印发的文件为准。``
  (``notice``), ``◀ 上篇：…`` / ``下篇：… ▶``, ``相关公示`` and three titles (``related``), two
  footer rows.  Damage: one kind per page, two on pages 3 and 6.  Meta: published (the
  sign-off date), issuer, doc_number (``2019年第14号``).
* ``sealed_yb_peixun`` ('禾川学堂', the training column of '禾川冷链物流集团', HTML, UTF-8, LF;
  every post a compilation of 3, 2, 4, 3, 2, 4, 3, 2 sessions): ``<title>`` and ``<h1>`` =
  ``禾川学堂｜第60期培训回顾``, the account row ``原创　禾川冷链物流集团人力资源部　禾川学堂
  2024年11月25日 18:14　浙江`` and the intro ``本期禾川学堂共为大家带来2堂课程，…👇`` (all
  ``header``).  Per session: the badge ``✦ 第 一 堂 ✦`` (``article_header``), the course name in
  ``<h3>`` (the title, a content line), UNDER it three emoji rows ``🕘 时间：2024年11月21日
  9:00—11:30``, ``📍 地点：…``, ``🎤 讲师：质量安全部　王若溪`` (metadata rows, neither), an
  image with no text, then two paragraphs and a ``学员心声：“…。”——仓储中心　李师傅`` line
  (content); sessions parted by ``～　～　～`` (bar).  Chrome at the end: ``— END —`` (bar), the
  credit row ``文字｜培训中心　　排版｜X　　审核｜Y`` (``footer``), ``本文所涉培训资料仅限集团内部
  学习交流，请勿截图外传。`` (``notice``), ``往期回顾`` and three past issues (``related``),
  ``长按识别二维码　关注「禾川学堂」``, the ``阅读 N　　赞 N　　在看 N`` row and ``写留言``
  (bar).  Damage: ``cjk_space`` or ``comma`` in one session on pages 1, 2, 5 and 6.  Meta per
  session: published (the session's own date from its 时间 row, not the post's date),
  author (the lecturer's name).
* ``sealed_yb_juanzeng`` ('岚屿市慈善总会', plain text copied off the web page, GBK on even
  pages and UTF-8 with BOM on odd ones, LF): ``岚屿市慈善总会　LANYU CHARITY FEDERATION``, a
  ``　｜　`` nav row and ``您所在的位置：首页 - 信息公开 - 捐赠公示`` (``header``); the bare
  title (``岚屿市慈善总会2022年9月接收社会捐赠公示`` on even pages, ``“春风助学”专项基金接收捐赠
  情况公示（第N期）`` on odd ones); UNDER it the label-less row ``2022-10-27 10:57　　募捐部
  阅读 2509`` (metadata, neither) and ``分享到：微信　QQ空间　新浪微博　｜　打印本页`` (bar).
  The content: the preamble, the donor list's head row ``序号　　捐赠单位（个人）　　…`` and
  5–9 rows ``1　　donor　　31,900.50　　现金　　应急救灾``, the ``合计`` row, two paragraphs,
  the thanks line and ``监督电话：…`` (all content).  Chrome: on pages 0, 3 and 6 the pager
  ``共2页　首页　上一页　1　2　下一页　尾页`` (``page_number``); the fraud warning ``温馨提示：…``
  (``notice``), ``相关文章：`` and three ``·X`` titles (``related``), two footer rows.
  Damage: one kind per page on pages 1, 2, 4, 6 and 7.  Meta: published, origin (the
  department in the row).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare and are the first content line of their article; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece header
rows ``article_header``, its per-piece rows metadata.  Arguable and fixed here: a gazette
dispatch has no subject, so its number line is its title, its issuing office line is an
``article_header`` (origin read from it) and its date is the issue's date while the
Chinese-numeral signing date and the signer row stay metadata rows (the signer's name is the
author); the gazette's table of contents is ``header``; a pre-appointment notice's cadre
table cells, its reporting phone and address lines are content, its doc-number line and
sign-off are metadata; a training post's account row and intro are ``header``, each session
takes its own date and lecturer, its trainee quote is content and the editors' credit row
is ``footer``; a donation list's rows and total are content and its pager ``page_number``.
Compiled pages: every ``gongbao`` and ``peixun`` page; the other families are single
documents.  ``python -m tests.families.blind_families_yb`` (seed base 5400) rewrites them and
checks the truth against the pages.

Measured blind once, HELD OUT for the whole of session 21 (nobody tuning the code opened these
pages), at that session's end code ec00752 (= landing 7c00797 on these pages; chrome_bench
--sealed, one folder; F1/residue/titles/counts/repairs/meta): gongbao .907/.101/1/1/.4/0,
juanzeng .616/0/1/1/1/0, peixun .905/.169/.087/.5/1/.065, renqian .878/0/1/1/.6/.667; mean
.826/.068/.772/.875/.750/.183.  At the session's start code c4fbac0 only gongbao differed
(.870/.335/0/.625/.4/.154): set ya, tuned this session, also held a Big5 gazette.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yb_text import (
    GZ_NAME,
    GZ_OFFICES,
    JZ_FUND,
    JZ_ORG,
    PX_ACCOUNT,
    PX_COURSES,
    PX_GROUP,
    PX_ROOMS,
    PX_TEACHERS,
    RQ_DEPT,
    RQ_SITE,
    GenYB,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"
CN_DIGIT = "零一二三四五六七八九"


def _weekday(y: int, m: int, d: int) -> str:
    return WEEK[datetime.date(y, m, d).weekday()]


# -- 1. the SAR gazette (a compilation, PDF text in Big5) ---------------------------------------

GZ_N = [2, 4, 3, 5, 2, 3, 4, 3]
GZ_BREAK = {1, 3, 5, 6}
GZ_RULE = "─" * 16
GZ_STAR = "＊　　＊　　＊"


def fam_gongbao(g: GenYB, i: int) -> Made:
    """'鏡灣' gazette issues, second series, Big5 text; every page several dispatches."""
    r = g.r
    k = GZ_N[i]
    y, m, d = g.date()
    issue = r.randint(2, 52)
    offices = [GZ_OFFICES[j] for j in sorted(r.sample(range(len(GZ_OFFICES)), k))]
    arts: list[Art] = [g.dispatch(o, y) for o in offices]
    folio0 = r.randint(900, 4800)
    run = f"{GZ_NAME}——第二組　　第{issue}期　　{y}年{m}月{d}日"
    folio = counter(folio0 + 1, folio0 + 9, lambda p, t: f"{p}")
    hurt = r.sample(range(k), 2)
    if i in GZ_BREAK:
        damage(
            g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio()), ("header", run)]
        )
    if i % 4 != 2:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", GZ_NAME),
            ("header", "第　二　組"),
            ("header", f"第{issue}期　{y}年{m}月{d}日（星期{_weekday(y, m, d)}）"),
            ("bar", GZ_RULE),
            ("notice", "本組刊登之批示、通告及公告，如對內容有疑問，以有關部門存檔之正本為準。"),
            ("header", "目　　錄"),
            *[
                ("header", f"{o[0]}：{a.title}{'．' * 8}{folio0 + n // 2}")
                for n, (o, a) in enumerate(zip(offices, arts, strict=True))
            ],
            ("bar", GZ_RULE),
        ],
    )
    for n, (o, a) in enumerate(zip(offices, arts, strict=True)):
        sd = max(1, d - r.randint(1, 6))
        signed = "".join(CN_DIGIT[int(c)] for c in str(y)) + f"年{cn_small(m)}月{cn_small(sd)}日"
        lines.append("")
        if n:
            put(lines, chrome, [("bar", GZ_STAR)])
            lines.append("")
        put(lines, chrome, [("article_header", o[0])])
        lines.append(a.title)
        lines += a.page
        chrome += a.chrome
        lines.append("")
        lines.append(signed)
        lines.append(f"{o[1]}　{o[2]}")
        a.lines = [a.title, *a.lines]
        a.meta.update(published=iso(y, m, d), author=o[2], origin=o[0])
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", GZ_RULE),
            ("footer", "鏡灣特別行政區印務局　出版"),
            (
                "footer",
                f"每期售價　${r.randint(8, 30)}.00　　訂閱查詢：2857 {r.randint(1000, 9999)}",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the organisation department's pre-appointment notices (HTML, GB18030 / UTF-8) ------------

RQ_N = [4, 3, 5, 2, 6, 3, 4, 5]
RQ_OTHER = [
    "岑州市2022年度市直机关公开遴选公务员拟遴选人员公示",
    "关于2023年岑州市“优秀共产党员”拟表彰对象的公示",
    "岑州市第三批“岑州英才”拟入选人员名单公示",
    "市管干部试用期满考核结果公示",
    "岑州市2021年度选调生拟录用人员公示",
    "关于拟确定岑州市先进基层党组织的公示",
    "市委组织部2024年度部门预算公开说明",
    "岑州市招才引智活动拟聘用人员公示",
]
RQ_TITLES = ["市管领导干部任前公示", "市管干部任前公示公告", "领导干部任职前公示"]


def fam_renqian(g: GenYB, i: int) -> Made:
    """'岑州组工网' notices, HTML; pages 0, 1, 4, 5 GB18030, the others UTF-8."""
    r = g.r
    k = RQ_N[i]
    y, m, d = g.date()
    no = r.randint(2, 14)
    title = f"岑州市{r.choice(RQ_TITLES)}" if i % 3 else f"{y}年第{no}批{r.choice(RQ_TITLES)}"
    people = g.cadres(k)
    start = datetime.date(y, m, d) + datetime.timedelta(days=1)
    end = start + datetime.timedelta(days=6)
    body = [
        f"根据《党政领导干部选拔任用工作条例》等有关规定，经市委研究，拟提拔任用以下{k}名"
        f"同志，为进一步扩大干部工作民主，现将有关情况予以任前公示。",
    ]
    table = i % 2 == 0
    if not table:
        body += [
            f"{p[0]}，{p[1]}，汉族，{p[2]}生，{p[3]}，{p[4]}参加工作，现任{p[5]}，拟任{p[6]}。"
            for p in people
        ]
    tail = [
        f"公示时间：{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日。",
        "公示期间，个人或单位均可通过来信、来电、来访或登录12380举报网站等方式，向市委组织部"
        "反映公示对象在政治品质、道德品行、工作作风、廉洁自律等方面的情况和问题。",
        "反映问题要实事求是，提倡以真实姓名反映问题，对以真实姓名反映问题的，我们将严格保密，"
        "并按规定予以答复。",
        f"受理电话：0736-12380　　传真：0736-88{r.randint(10000, 99999)}",
        "通信地址：岑州市政通路1号市委组织部干部监督科　邮编：415000",
    ]
    a = Art(title, body + tail, body + tail)
    damage(g, a, [ODD[i % 3]] + (["comma"] if i in (3, 6) else []))
    a.meta = {"published": iso(y, m, d), "issuer": RQ_DEPT, "doc_number": f"{y}年第{no}号"}
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 4 < 2:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    else:
        h.raw('<meta charset="utf-8">')
    h.raw(f"<title>{title}_公示公告_{RQ_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{RQ_SITE}　{RQ_DEPT}主办", "logo", "header")
    h.links(
        "header",
        ["首页", "组工要闻", "干部工作", "基层党建", "人才工作", "公示公告", "12380举报"],
        "｜",
        "nav",
    )
    h.el("div", "您现在的位置：首页 » 公示公告 » 干部任前公示", "pos", "header")
    h.el("h1", title)
    h.el("div", f"（{y}年第{no}号）", "wh")
    h.el("div", "［放大］　［缩小］　［打印］　［关闭］", "tool", "bar")
    h.raw('<div class="content">')
    h.el("p", a.page[0])
    lines = [title, a.lines[0]]
    if table:
        cols = ["姓名", "性别", "出生年月", "学历学位", "现任职务", "拟任职务"]
        h.raw('<table class="gs">', "<tr>", *[f"<th>{c}</th>" for c in cols], "</tr>")
        lines += cols
        for p in people:
            cells = [p[0], p[1], p[2], p[3], p[5], p[6]]
            h.raw("<tr>", *[f"<td>{c}</td>" for c in cells], "</tr>")
            lines += cells
        h.raw("</table>")
    for x in a.page[1:]:
        h.el("p", x)
    lines += a.lines[1:]
    a.lines = lines
    h.el("p", RQ_DEPT, "right")
    h.el("p", f"{y}年{m}月{d}日", "right")
    h.raw("</div>")
    h.el("p", "注：本网站所发布的公示信息，以市委组织部正式印发的文件为准。", "zhu", "notice")
    prev, nxt, *rest = r.sample(RQ_OTHER, 5)
    h.el("div", f"◀ 上篇：{prev}", "prev", "related")
    h.el("div", f"下篇：{nxt} ▶", "next", "related")
    h.el("h4", "相关公示", "", "related")
    h.items("related", rest, "xg")
    h.el(
        "p",
        "主办单位：中共岑州市委组织部　承办：岑州市党员干部现代远程教育中心",
        "",
        "footer",
    )
    h.el(
        "p",
        f"岑ICP备0800{r.randint(1000, 9999)}号　岑公网安备43070202000118号　"
        "建议使用1280×800分辨率浏览",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the training column on a WeChat account (a compilation, HTML, UTF-8) ---------------------

PX_N = [3, 2, 4, 3, 2, 4, 3, 2]
PX_NUM = "一二三四五"


def fam_peixun(g: GenYB, i: int) -> Made:
    """'禾川学堂' training recaps, HTML; every post one issue of several sessions."""
    r = g.r
    k = PX_N[i]
    no = r.randint(12, 90)
    g.month(k, newest_first=False)
    picks = r.sample(PX_COURSES, k)
    arts = [g.session(c) for c in picks]
    if i in (1, 2, 5, 6):
        damage(g, arts[r.randrange(k)], [["cjk_space", "comma"][i % 2]])
    days = [g.date() for _ in arts]
    y, m, last = days[-1]
    post = min(28, last + r.randint(1, 3))
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw('<meta name="viewport" content="width=device-width,initial-scale=1.0">')
    head = f"{PX_ACCOUNT}｜第{no}期培训回顾"
    h.raw(f"<title>{head}</title>", f'<meta property="og:title" content="{head}">')
    h.raw("</head>", "<body>", '<div id="js_article" class="rich_media">')
    h.el("h1", head, "rich_media_title", "header")
    h.el(
        "div",
        f"原创　{PX_GROUP}人力资源部　{PX_ACCOUNT}　{y}年{m}月{post}日 18:{r.randint(10, 59)}"
        f"　{r.choice(['上海', '江苏', '浙江', '广东'])}",
        "meta_content",
        "header",
    )
    h.el(
        "p",
        f"本期{PX_ACCOUNT}共为大家带来{k}堂课程，一起来回顾课堂上的精彩瞬间吧 👇",
        "intro",
        "header",
    )
    h.raw('<div class="rich_media_content">')
    for n, ((_, dept), a, (yy, mm, dd)) in enumerate(zip(picks, arts, days, strict=True)):
        if n:
            h.el("p", "～　～　～", "sep", "bar")
        h.el("section", f"✦ 第 {PX_NUM[n]} 堂 ✦", "badge", "article_header")
        h.el("h3", a.title)
        teacher = r.choice(PX_TEACHERS)
        hh = r.choice([9, 10, 14, 15])
        h.el("p", f"🕘 时间：{yy}年{mm}月{dd}日 {hh}:00—{hh + 2}:30", "t")
        h.el("p", f"📍 地点：{r.choice(PX_ROOMS)}", "t")
        h.el("p", f"🎤 讲师：{dept}　{teacher}", "t")
        h.raw(f'<p><img data-src="https://mmbiz.example/{no}_{n}.jpg" alt=""></p>')
        h.body(a)
        a.lines = [a.title, *a.lines]
        a.meta = {"published": iso(yy, mm, dd), "author": teacher}
    h.raw("</div>")
    editor, checker = r.sample(PX_TEACHERS, 2)
    h.el("p", "— END —", "end", "bar")
    h.el("p", f"文字｜培训中心　　排版｜{editor}　　审核｜{checker}", "credit", "footer")
    h.el("p", "本文所涉培训资料仅限集团内部学习交流，请勿截图外传。", "tip", "notice")
    h.el("p", "往期回顾", "", "related")
    h.items("related", [f"{PX_ACCOUNT}｜第{no - j}期培训回顾" for j in (1, 2, 3)], "past")
    h.el("p", f"长按识别二维码　关注「{PX_ACCOUNT}」", "qr", "bar")
    h.el(
        "div",
        f"阅读 {r.randint(300, 4000)}　　赞 {r.randint(5, 90)}　　在看 {r.randint(1, 40)}",
        "tool",
        "bar",
    )
    h.el("div", "写留言", "cmt", "bar")
    h.raw("</div>", "</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the charity's donation public lists (text, GBK / UTF-8 with BOM) -------------------------

JZ_N = [7, 5, 9, 6, 8, 5, 7, 6]
JZ_FROM = ["财务部", "募捐部", "项目部", "办公室"]
JZ_RELATED = [
    "岚屿市慈善总会2020年度审计报告公示",
    "“慈善一日捐”活动倡议书",
    "关于开展2023年度春风助学金申报工作的通知",
    "岚屿市慈善总会第三届理事会第五次会议召开",
    "银龄关爱项目资金拨付情况公示",
    "市慈善总会走访慰问困难群众",
]


def fam_juanzeng(g: GenYB, i: int) -> Made:
    """'岚屿市慈善总会' donation lists, text; even pages GBK, odd pages UTF-8 with BOM."""
    r = g.r
    k = JZ_N[i]
    y, m, d = g.date()
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    if i % 2 == 0:
        title = f"{JZ_ORG}{py}年{pm}月接收社会捐赠公示"
        what = f"本会{py}年{pm}月接收社会捐赠情况"
    else:
        fund = JZ_FUND[i // 2 % len(JZ_FUND)]
        title = f"“{fund}”专项基金接收捐赠情况公示（第{r.randint(2, 30)}期）"
        what = f"“{fund}”专项基金近期接收的捐赠款物"
    rows = g.donations(k)
    cents = sum(round(float(x[1].replace(",", "")) * 100) for x in rows)
    total = f"{cents // 100:,}.{cents % 100:02d}"
    body = [
        f"为进一步提高慈善工作透明度，主动接受社会各界监督，现将{what}公示如下：",
        "序号　　捐赠单位（个人）　　捐赠金额（元）　　捐赠方式　　用途",
        *[f"{n}　　{x[0]}　　{x[1]}　　{x[2]}　　{x[3]}" for n, x in enumerate(rows, 1)],
        f"合计　　　　{total}",
        "以上捐赠款物均已开具公益事业捐赠统一票据，定向捐赠将严格按照捐赠人意愿，"
        "专款专用于相应的慈善项目。",
        f"单笔{r.choice([200, 500, 1000])}元以下的小额捐赠因篇幅所限未逐笔列出，捐赠人可拨打"
        "本会电话或登录本网站进行查询。",
        "在此，谨向所有奉献爱心的单位和个人表示衷心的感谢！",
        f"监督电话：0592-56{r.randint(10000, 99999)}",
    ]
    a = Art(title, body, list(body))
    if i in (1, 2, 4, 6, 7):
        damage(g, a, [ODD[i % 3]])
    origin = r.choice(JZ_FROM)
    a.meta = {"published": iso(y, m, d), "origin": origin}
    a.lines = [title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{JZ_ORG}　LANYU CHARITY FEDERATION"),
            (
                "header",
                "首页　｜　本会概况　｜　慈善动态　｜　慈善项目　｜　信息公开　｜　我要捐赠"
                "　｜　志愿服务",
            ),
            ("header", "您所在的位置：首页 - 信息公开 - 捐赠公示"),
        ],
    )
    lines += ["", title]
    lines.append(
        f"{y}-{m:02d}-{d:02d} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}　　{origin}"
        f"　　阅读 {r.randint(80, 3000)}"
    )
    put(lines, chrome, [("bar", "分享到：微信　QQ空间　新浪微博　｜　打印本页")])
    lines.append("")
    lines += a.page
    lines.append("")
    if i % 3 == 0:
        put(lines, chrome, [("page_number", "共2页　首页　上一页　1　2　下一页　尾页")])
    rel = r.sample(JZ_RELATED, 3)
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "温馨提示：本会从未委托任何个人上门募捐，请广大市民提高警惕，谨防上当受骗。",
            ),
            ("related", "相关文章："),
            *[("related", f"·{x}") for x in rel],
            ("footer", f"版权所有：{JZ_ORG}　地址：岚屿市湖滨南路{r.randint(10, 300)}号慈善大厦"),
            ("footer", "闽ICP备05012345号-1　　技术支持：岚屿网联科技"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_yb_gongbao", "sealed", "cp950", "\r\n", 8, fam_gongbao),
    BlindFamily(
        "sealed_yb_renqian",
        "sealed",
        "gb18030",
        "\r\n",
        8,
        fam_renqian,
        "html",
        ("gb18030", "gb18030", "utf-8", "utf-8"),
    ),
    BlindFamily("sealed_yb_peixun", "sealed", "utf-8", "\n", 8, fam_peixun, "html"),
    BlindFamily(
        "sealed_yb_juanzeng", "sealed", "gbk", "\n", 8, fam_juanzeng, "txt", ("gbk", "utf-8-sig")
    ),
]

assert len(PX_COURSES) >= 5 and len(GZ_OFFICES) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5400, gen=GenYB)
