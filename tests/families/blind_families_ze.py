"""Four more invented families for a twenty-ninth blind test of the generic layer: a city
tea association's newsletter issues (plain text, GB18030, CRLF; every page a compilation
whose pieces open with a bracketed category tag and a serial ``【产业动态】No.0213``), a
developer Q&A site's question pages (HTML, UTF-8, LF; code lines, answers, vote and
comment rows), a county government portal's 公示 notices (HTML, GBK declared by
``http-equiv``, CRLF; a metadata table whose labels form one header row and whose values form
the row under it, or a list of ``[发布机构]…`` bracket-labelled rows) and a law firm's
articles (plain text, UTF-8 with BOM, LF; the title repeated in the page title line with a
site suffix, ``【第2页／共3页】`` marks cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_ze_chaxun`` (a tea association '岚山市茶叶行业协会', its newsletter '岚茗茶讯',
  plain text, GB18030, CRLF; every page one issue of 3, 4, 2, 3, 5, 3, 4, 2 pieces, oldest
  first, all in one month): the page title line ``岚茗茶讯·2021年第5期（总第57期）_会刊下载_
  岚山市茶叶行业协会``, the site row ``岚山市茶叶行业协会　｜　首页　协会概况　…``, ``您所在的
  位置：首页 ＞ 茶讯会刊 ＞ 2021年第5期`` and ``本期共收录3篇　编辑：岚茗茶讯编辑部　印发：
  2021年5月28日`` (``header``).  Per piece: the opener ``【产业动态】No.0213`` (category tag
  and running serial; metadata, neither), then the plain title line and a row (even pages:
  ``文｜X　　2021.05.09``, the author; odd pages: ``2021.05.09 · 稿源：X乡茶办``, the origin),
  the row ABOVE the title on pages 3 and 7 (tag, row, title); the row is metadata (neither).
  The title, the paragraphs (the 技术园地 pieces with ``1．…`` items, the 市场行情 pieces with
  a price line) are one article; nothing but the tag line (and blank lines) separates the
  pieces.  Page breaks: ``～ 2 ～`` (``page_number``), alone between blank lines,
  cuts a sentence between two CJK letters in one piece on pages 1, 4 (twice) and 6,
  numbered in page order.  Damage: one kind in one piece per page.  Chrome at the end:
  ``（本刊为会员内部交流资料，……注明出处）`` (``notice``), ``下载本期PDF　｜　往期会刊　｜　投稿
  邮箱：…`` (bar), ``上一期：…　　下一期：…`` (``related``), a footer with an ICP number.
  Meta per piece: published, author (文｜) on even pages, origin (稿源) on odd pages.
* ``sealed_ze_kaifa`` (a developer Q&A site '栈桥问答', HTML, UTF-8, LF): ``栈桥问答``, ``问答
  专栏　标签　活动　招聘`` (``header``), ``登录　｜　注册`` (bar).  The question ``<h1>`` (the
  title and first content line) over ``X 提问于 2021-03-09 10:54　·　浏览 N　·　关注 N``
  (even pages) or under ``X · 2021-03-09 提问 · N 次浏览`` (odd pages): metadata, neither; the
  tag row ``nginx 反向代理 linux`` (neither).  The question's lead line, its code lines (each
  a ``<div class="ln">`` in a ``<div class="code">``), the error-intro line, the error in a
  ``<pre>`` and the tried-everything line; then every answer's lines (prose, on the accepted
  answer a fix-intro line and code lines): ONE article (as set q's answers).  Chrome:
  ``关注问题　邀请回答　分享　举报`` (bar), on even pages two question comments ``X：…
  2021-03-10`` (``notice``) and ``添加评论`` (bar); ``N 个回答``, ``按投票排序　｜　按时间排序``,
  per answer ``▲ N ▼`` and ``X　回答于 2021-03-10`` (bar), ``✔ 已被提问者采纳`` on the first
  (bar), on odd pages one comment under the second answer (``notice``); ``你知道答案吗？……写
  回答`` (bar), ``相似问题`` with three questions (``related``), two footer lines.  No page
  breaks; damage one kind on pages 1, 2, 4-7 (question or answer prose).  Meta: published
  (the question's date; answer and comment dates are chrome).
* ``sealed_ze_gongshi`` (a county portal '青崖县人民政府', HTML, GBK, CRLF): ``青崖县人民政府
  门户网站``, the nav row and ``位置：首页 / 政务公开 / 公示公告`` (``header``), ``无障碍浏览　长者
  模式　繁體版`` (bar).  Even pages: a ``<table>`` whose FIRST row holds six ``<th>`` labels
  (``索引编号`` / ``公开主体`` / ``发文字号`` / ``成文时间`` / ``公开时间`` / ``公开形式``) and whose
  second row holds their six values, each cell a visible line (all metadata, neither), then
  the ``<h1>`` title.  Odd pages: the title in a ``<div class="bt">`` ABOVE a list of
  bracket-labelled rows ``[发布机构]X局`` / ``[公开日期]2021-03-11`` / ``[信息分类]公示公告`` /
  ``[浏览次数]N`` (neither).  The title ``关于青崖县X拟表彰对象名单公示``, the lead, ``一、公示
  内容`` with three ``（一）…`` items, ``二、公示时间`` with its span, ``三、意见反馈`` with its
  paragraph, the contact line, ``特此公示。``, the office and the written date (Chinese
  numerals on even pages) are ONE article.  Chrome: ``本文附件`` and one ``.xls`` name
  (``related``), ``⊙ 打印本页　⊙ 收藏　⊙ 关闭窗口`` and ``扫一扫在手机上查看当前页面`` (bar),
  ``上一条信息：X`` / ``下一条信息：Y`` (``related``), two footer lines (ICP and 公网安备
  numbers).  No page breaks; damage one kind per page, plus ``zero`` (the sign-off's ``〇``
  typed ``○``) on pages 0 and 4.  Meta: published (公开时间 / 公开日期, two days after the
  written date), issuer (the office), doc_number (发文字号) on even pages.
* ``sealed_ze_lvshi`` (a law firm '岚衡律师事务所', plain text, UTF-8 with BOM, LF): the page
  title line ``标题 - 律师观点 - 岚衡律师事务所``, ``岚衡律师事务所　LANHENG LAW FIRM``, the nav
  row and ``当前位置：首页 → 律师观点 → 劳动人事`` (``header``).  Even pages: the title line
  over ``作者：X律师　｜　发布时间：2021年3月9日　｜　阅读 13,766``; odd pages: ``劳动人事 ·
  2021-03-09 · X 律师`` ABOVE the title (both metadata, neither).  The title, the ``【导语】``
  line, ``一、案情简介`` … ``四、实务建议`` with ``（一）`` and ``1. `` items and the closing line
  are ONE article.  Page breaks: ``【第2页／共3页】`` (``page_number``), alone between blank
  lines, cuts a sentence between two CJK letters on pages 0, 3 (twice), 5 and 7, numbered
  in page order.  Chrome at the end: ``作者简介`` and the bio line, ``【免责声明】……`` and
  ``【转载说明】……`` (``notice``), ``觉得有帮助？点个赞（N）　｜　分享到：…`` (bar), ``相关观点``
  and three ``· 标题`` lines (``related``), a footer with an ICP number.  Damage one kind per
  page.  Meta: published, author (the lawyer's name without ``律师``).

Truth as :mod:`tests.families.blind_families_zc`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
newsletter piece's ``【栏目】No.N`` opener is a per-piece metadata row (neither) and its serial
is not ``doc_number``; ``文｜`` is ``author``, ``稿源`` is ``origin``; a question's code lines
and its error line are content, every answer is content of the question's article, vote,
answerer and sort rows are bars and comments are ``notice`` (as set zc's visitors'
comments); the notice table's labels and values are metadata (neither) and ``公开形式`` /
``信息分类`` / ``浏览次数`` / ``索引编号`` have no key; 公开时间 (not 成文时间) is ``published``;
the lawyer's bio, disclaimer and repost note are chrome (``notice``).  Compiled pages: every
``chaxun`` page; ``kaifa``, ``gongshi`` and ``lvshi`` are single documents.  ``python -m
tests.families.blind_families_ze`` (seed base 3100) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``f20ad13`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): chaxun .966/0.0/.538/1.0/1.0/.500; gongshi
.910/0.0/1.0/1.0/.900/.600; kaifa .915/.213/.625/1.0/1.0/.500; lvshi
.944/.145/.875/1.0/1.0/.500.  Means .934/.090/.760/1.0/.975/.525.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_ze_text import (
    ASSOC,
    CATS,
    COMMENTS,
    COUNTY,
    DESKS,
    FIRM,
    G_KINDS,
    G_PLACES,
    L_TOPICS,
    LAWYERS,
    QS,
    USERS,
    WRITERS,
    GenZE,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def in_order(a: Art) -> None:
    """Renumber an article's page-break marks in page order (:func:`damage` cuts lines in
    random order, so the marks it numbered come out of order)."""
    old = [x for _, x in a.chrome]
    new = dict(zip([x for ln in a.page for x in ln.split("\n") if x in old], old, strict=True))
    a.page = ["\n".join(new.get(x, x) for x in ln.split("\n")) for ln in a.page]
    for rp in a.repairs:
        rp["damaged"] = "\n".join(new.get(x, x) for x in rp["damaged"].split("\n"))


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/site.css">', "</head>", "<body>")


# -- 1. the tea association's newsletter -------------------------------------------------

PIECES = [3, 4, 2, 3, 5, 3, 4, 2]
BREAKS = {1: 1, 4: 2, 6: 1}  # page -> how many page breaks (in one piece)


def fam_chaxun(g: GenZE, i: int) -> Made:
    """'岚茗茶讯' newsletter issues, every page a compilation, GB18030 text."""
    r = g.r
    k = PIECES[i]
    g.month(k, newest_first=False)
    spring = r.randint(3, 9)  # the tea season
    g.days = [(y, spring, d) for y, _, d in g.days]
    cats = [CATS[(i + n) % len(CATS)] for n in range(k)]
    arts = [g.tea(c) for c in cats]
    y, m, _ = ymd(arts[0])
    issue = m
    serial = 180 + 4 * i * i + 3 * i
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines, chrome, [("header", f"岚茗茶讯·{y}年第{issue}期（总第{57 + i}期）_会刊下载_{ASSOC}")]
    )
    put(lines, chrome, [("header", f"{ASSOC}　｜　首页　协会概况　会员服务　茶讯会刊　联系我们")])
    put(lines, chrome, [("header", f"您所在的位置：首页 ＞ 茶讯会刊 ＞ {y}年第{issue}期")])
    put(lines, chrome, [("header", f"本期共收录{k}篇　编辑：岚茗茶讯编辑部　印发：{y}年{m}月28日")])
    lines.append("")
    hit = r.randrange(k)
    brk = r.choice([n for n in range(k) if n != hit]) if i in BREAKS else -1
    folio = counter(2, 9, lambda p, t: f"～ {p} ～")
    for n, (a, cat) in enumerate(zip(arts, cats, strict=True)):
        ay, am, ad = ymd(a)
        kinds = [ODD[(i + n) % 3]] if n == hit else []
        kinds += ["page_break"] * (BREAKS[i] if n == brk else 0)
        if kinds:
            damage(g, a, kinds, lambda: [("page_number", folio())])
            in_order(a)
        a.lines = [a.title, *a.lines]
        tag = f"【{cat}】No.{serial + n:04d}"
        if i % 2 == 0:
            who = WRITERS[(i + n) % len(WRITERS)]
            a.meta["author"] = who
            row = f"文｜{who}　　{ay}.{am:02d}.{ad:02d}"
        else:
            desk = DESKS[(i + n) % len(DESKS)]
            a.meta["origin"] = desk
            row = f"{ay}.{am:02d}.{ad:02d} · 稿源：{desk}"
        lines += [tag, row, a.title] if i in (3, 7) else [tag, a.title, row]
        lines += ["", *a.page, ""]
        chrome += a.chrome
    tail: Chrome = [
        ("notice", "（本刊为会员内部交流资料，转载请与编辑部联系并注明出处）"),
        ("bar", "下载本期PDF　｜　往期会刊　｜　投稿邮箱：chaxun@lanming-tea.example"),
        ("related", f"上一期：{y}年第{issue - 1}期　　下一期：{y}年第{issue + 1}期"),
        ("footer", f"{ASSOC}　版权所有　岚ICP备17004521号　技术支持：岚山网联"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 2. the developer Q&A ----------------------------------------------------------------

ANSWERS = [3, 2, 4, 2, 3, 3, 2, 4]


def code_block(h: Html, code: list[str]) -> None:
    h.raw('<div class="code">')
    for x in code:
        h.el("div", x, "ln")
    h.raw("</div>")


def fam_kaifa(g: GenZE, i: int) -> Made:
    """'栈桥问答' question pages, UTF-8 HTML."""
    r = g.r
    a, ans = g.question(i, ANSWERS[i])
    y, m, d = ymd(a)
    title, tags, code, err, fix = QS[i]
    if i not in (0, 3):
        damage(g, a, [ODD[i % 3]])
    page = list(a.page)
    a.lines = [a.title, *a.lines]
    asker, *people = r.sample(USERS, 1 + ANSWERS[i])
    h = Html()
    start(h, '<meta charset="utf-8">', f"{title} - 栈桥问答")
    h.el("div", "栈桥问答", "logo", "header")
    h.links("header", ["问答", "专栏", "标签", "活动", "招聘"], "　", "nav")
    h.el("div", "登录　｜　注册", "user", "bar")
    views = r.randint(120, 9800)
    if i % 2 == 0:
        h.el("h1", title)
        h.el(
            "div",
            f"{asker} 提问于 {iso(y, m, d)} {g.clock()}　·　浏览 {views}　·　关注 {r.randint(1, 30)}",  # noqa: E501
            "qmeta",
        )
    else:
        h.el("div", f"{asker} · {iso(y, m, d)} 提问 · {views} 次浏览", "qmeta")
        h.el("h1", title)
    h.links("", tags, " ", "tags")
    h.chrome.pop()  # the tag row is metadata (neither)
    nq = len(a.page) - sum(len(x) for x in ans)

    def show(lines: list[str]) -> None:
        run: list[str] = []
        for ln in lines:
            if ln in code or ln in fix:
                run.append(ln)
                continue
            if run:
                code_block(h, run)
                run = []
            if ln == err:
                h.el("pre", ln, "err")
            else:
                h.el("p", ln)
        if run:
            code_block(h, run)

    show(page[:nq])
    h.el("div", "关注问题　邀请回答　分享　举报", "qops", "bar")
    if i % 2 == 0:
        for c in r.sample(COMMENTS, 2):
            h.el("div", f"{r.choice(USERS)}：{c}　{iso(y, m, min(d + 1, 28))}", "cm", "notice")
        h.el("div", "添加评论", "cm-add", "bar")
    h.el("h2", f"{len(ans)} 个回答", "", "bar")
    h.el("div", "按投票排序　｜　按时间排序", "sort", "bar")
    at = nq
    for k, lines in enumerate(ans):
        h.raw('<div class="answer">')
        h.el("div", f"▲ {r.randint(0, 60) if k else r.randint(40, 200)} ▼", "vote", "bar")
        if k == 0:
            h.el("div", "✔ 已被提问者采纳", "accepted", "bar")
        show(page[at : at + len(lines)])
        at += len(lines)
        h.el("div", f"{people[k]}　回答于 {iso(y, m, min(d + k + 1, 28))}", "ameta", "bar")
        if k == 1 and i % 2 == 1:
            h.el("div", f"{asker}：{r.choice(COMMENTS)}", "cm", "notice")
        h.raw("</div>")
    h.el("div", "你知道答案吗？登录后即可回答　写回答", "write", "bar")
    h.el("h3", "相似问题", "", "related")
    h.items("related", [QS[(i + n) % len(QS)][0] for n in (1, 3, 5)], "sim")
    h.el("p", "栈桥问答　关于我们　社区公约　意见反馈　联系我们", "", "footer")
    h.el("p", "© 2014-2021 栈桥网络　岚ICP备14008826号-3", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the county portal's notices ------------------------------------------------------


def fam_gongshi(g: GenZE, i: int) -> Made:
    """'青崖县人民政府' 公示公告 pages, GBK HTML."""
    r = g.r
    a, (y, m, d) = g.gongshi(i)
    _, org, code = G_KINDS[i]
    kinds = [ODD[(i + 1) % 3]] + (["zero"] if i in (0, 4) else [])
    damage(g, a, kinds)
    a.lines = [a.title, *a.lines]
    pub = a.meta["published"]
    h = Html()
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    start(h, charset, f"{a.title}_公示公告_{COUNTY}人民政府")
    h.el("div", f"{COUNTY}人民政府门户网站", "logo", "header")
    h.el("div", "无障碍浏览　长者模式　繁體版", "assist", "bar")
    nav = ["首页", "走进青崖", "政务公开", "政务服务", "互动交流", "专题专栏"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "位置：首页 / 政务公开 / 公示公告", "crumb", "header")
    if i % 2 == 0:
        no = f"{code}〔{y}〕{r.randint(3, 60)}号"
        a.meta["doc_number"] = no
        heads = ["索引编号", "公开主体", "发文字号", "成文时间", "公开时间", "公开形式"]
        index = f"11532923MB{r.randint(1000000, 9999999)}/{y}-{r.randint(10, 999):05d}"
        vals = [index, org, no, f"{y}年{m}月{d}日", pub, "主动公开"]
        h.raw('<table class="gk-info">')
        h.raw("<tr>" + "".join(f"<th>{x}</th>" for x in heads) + "</tr>")
        h.raw("<tr>" + "".join(f"<td>{escape(x, quote=False)}</td>" for x in vals) + "</tr>")
        h.raw("</table>")
        h.el("h1", a.title)
    else:
        h.el("div", a.title, "bt")
        h.raw('<ul class="gk-row">')
        for label, value in [
            ("发布机构", org),
            ("公开日期", pub),
            ("信息分类", "公示公告"),
            ("浏览次数", str(r.randint(40, 3000))),
        ]:
            h.raw(f"<li><em>[{label}]</em>{escape(value, quote=False)}</li>")
        h.raw("</ul>")
    h.raw('<div class="zw">')
    h.body(a)
    h.raw("</div>")
    h.el("h4", "本文附件", "", "related")
    h.items("related", [f"{G_PLACES[i].format(y=y)}公示表.xls"], "fj")
    h.el("div", "⊙ 打印本页　⊙ 收藏　⊙ 关闭窗口", "tools", "bar")
    h.el("div", "扫一扫在手机上查看当前页面", "qr", "bar")
    prev, nxt = (G_KINDS[(i + n) % 8] for n in (3, 5))
    h.el(
        "div",
        f"上一条信息：关于{COUNTY}{G_PLACES[(i + 3) % 8].format(y=y)}{prev[0]}",
        "prev",
        "related",
    )
    h.el(
        "div",
        f"下一条信息：关于{COUNTY}{G_PLACES[(i + 5) % 8].format(y=y)}{nxt[0]}",
        "next",
        "related",
    )
    h.el("p", f"主办：{COUNTY}人民政府办公室　承办：{COUNTY}融媒体中心", "", "footer")
    h.el("p", "网站标识码5329230001　岚ICP备05003127号-2　岚公网安备53292302000123号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the law firm's articles ----------------------------------------------------------

L_BREAKS = {0: 1, 3: 2, 5: 1, 7: 1}


def fam_lvshi(g: GenZE, i: int) -> Made:
    """'岚衡律师事务所' lawyers' articles, UTF-8 text with BOM."""
    r = g.r
    a = g.lawpost(i)
    y, m, d = ymd(a)
    cat, title, _, _ = L_TOPICS[i]
    who = LAWYERS[i]
    a.meta["author"] = who
    n = L_BREAKS.get(i, 0)
    folio = counter(2, n + 1, lambda p, t: f"【第{p}页／共{t}页】")
    damage(g, a, [ODD[(i + 2) % 3]] + ["page_break"] * n, lambda: [("page_number", folio())])
    in_order(a)
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{title} - 律师观点 - {FIRM}")])
    put(lines, chrome, [("header", f"{FIRM}　LANHENG LAW FIRM")])
    put(lines, chrome, [("header", "首页　律所简介　专业领域　律师团队　律师观点　联系我们")])
    put(lines, chrome, [("header", f"当前位置：首页 → 律师观点 → {cat}")])
    lines.append("")
    if i % 2 == 0:
        reads = f"{r.randint(1000, 20000):,}"
        lines += [title, f"作者：{who}律师　｜　发布时间：{y}年{m}月{d}日　｜　阅读 {reads}"]
    else:
        lines += [f"{cat} · {iso(y, m, d)} · {who} 律师", title]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    tail: Chrome = [
        ("notice", "作者简介"),
        (
            "notice",
            f"{who}，{FIRM}合伙人，执业{r.randint(6, 20)}年，主要业务领域为{cat}，办理相关案件三百余件。",  # noqa: E501
        ),
        (
            "notice",
            "【免责声明】本文仅为作者个人观点，不构成对任何具体案件的法律意见，读者请勿据此直接作出决定。",
        ),
        (
            "notice",
            "【转载说明】欢迎分享，转载请联系本所品牌部取得授权，并在显著位置注明作者及出处。",
        ),
        ("bar", f"觉得有帮助？点个赞（{r.randint(3, 300)}）　｜　分享到：微信　微博　复制链接"),
        ("related", "相关观点"),
        *(("related", f"· {L_TOPICS[(i + k) % 8][1]}") for k in (1, 2, 4)),
        (
            "footer",
            f"Copyright © 2015-{y} {FIRM}　地址：岚山市滨江路88号环贸大厦21层　岚ICP备16002345号",
        ),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_ze_chaxun", "sealed", "gb18030", "\r\n", 8, fam_chaxun),
    BlindFamily("sealed_ze_kaifa", "sealed", "utf-8", "\n", 8, fam_kaifa, "html"),
    BlindFamily("sealed_ze_gongshi", "sealed", "gbk", "\r\n", 8, fam_gongshi, "html"),
    BlindFamily("sealed_ze_lvshi", "sealed", "utf-8-sig", "\n", 8, fam_lvshi),
]

assert len(QS) == len(G_KINDS) == len(G_PLACES) == len(L_TOPICS) == len(LAWYERS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3100, gen=GenZE)
