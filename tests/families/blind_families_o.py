"""Four more invented families for a thirteenth blind test of the generic layer (issue 12):
the first two HTML families (a provincial news portal and a home-renovation forum, pages
``page_NN.html``), an administrative-penalty decision library and a product-review blog
exported by an RSS reader.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
format (HTML), site kind, header shapes, metadata layout and place, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`: head, scripts and styles dropped,
entities unescaped, one line per block element); ``<title>`` and ``<meta>`` are not lines,
neither content nor chrome, but they carry titles and dates.

* ``sealed_o_shengwang`` (a provincial news portal '岫川在线', HTML, CRLF): pages 0 and 4
  GBK declared ``<meta charset="gb2312">``, pages 3 and 7 GBK declared by ``http-equiv ...
  charset=gbk``, pages 1, 2, 5, 6 UTF-8 (every character is in GB2312).  ``<title>`` is
  ``标题_岫川在线`` (pages 0, 6), ``标题 - 频道 - 岫川在线`` (4, 7) or EMPTY (2: the headline
  must come from the page); the headline is an ``<h1>`` except on page 6 (``<div
  class="art-title">``); keywords and description metas.  The date: ``<meta
  property="article:published_time" content="2021-03-09T10:20:00+08:00">`` with a byline
  WITHOUT date ``来源：岫川日报　作者：X`` (pages 0, 4), ``<meta name="publishdate"
  content="2021-03-09">`` and a dated byline ``<div class="info">2021-03-09 10:20　来源：X
  作者：Y</div>`` (2, 6), the dated byline only (7).  The headline, the lead ``本网讯（记者 X
  通讯员 Y）……``, paragraphs with quotes, the photo caption ``图为……。X 摄`` and the closing
  paragraph are ONE article, each in its own ``<p>``.  专题 pages (``<h1>专题：春耕备耕进行
  时</h1>``, one month's stories newest first): ``<h2>标题</h2>`` followed by ``<div
  class="info">2021-03-09 10:20　来源：X</div>`` (pages 1, 5), or ``<h2><em>2</em> 标题</h2>``
  (visible ``2 标题``) with the row ``（2021-03-09 10:20　来源：X）`` AFTER the body (page 3).
  Chrome: a top bar of links ``岫川在线 | 岫川日报 | 手机版 | 登录 | 注册``, eight ``<li>`` nav
  items (``首页`` … ``评论``, one line each), ``当前位置：首页 > 市州新闻 > 正文``, an app banner
  ``下载岫川在线客户端……立即下载`` (pages 0, 3, 6), ``分享到： 微信 微博 QQ空间``,
  ``（责任编辑：X）``, ``【打印本页】 【关闭窗口】``, ``相关阅读`` with three ``<li>`` items, a
  comment thread (pages 0, 2, 6, 7: ``网友评论（N）``, ``昵称 [市] 15:04`` rows, the comments,
  ``文明上网，理性发言 发表评论``), a two-line footer, a cookie bar on the UTF-8 pages; the
  专题 heading and blurb ``本专题汇集N篇相关报道……`` and ``阅读全文 >>`` after each story; the
  content sits in ``<div class="b3">`` (no helpful class).  No page breaks.  Meta:
  published only; the paper and the reporters are left out.
* ``sealed_o_shequ`` (a home-renovation forum '栖木社区', HTML, LF; pages 2 and 6 GBK with
  ``charset=gbk``, the rest UTF-8): ``<title>`` ``标题 - 装修经验 - 栖木社区 - Powered by
  MuForum`` (pages 0, 6), ``标题_栖木社区`` (2, 7) or EMPTY (4); the ``<h1>`` is bare (2, 6,
  7: the title is the first content line) or carries a type link ``[经验分享] 标题`` (0, 4:
  the h1 is a header row, neither, and the article's lines start with the post).  THE FIRST
  POST IS THE ARTICLE: its paragraphs (a background line, cost-stamped stages, ``几条小经验，
  供大家参考：`` with ``1. ……`` items, the closing line) are content; its date row ``<div
  class="pti">发表于 2021-3-9 10:20</div>`` is metadata (neither).  Everything else is
  chrome, the replies included (short thanks and questions, one by the original poster):
  floor marks ``楼主`` / ``沙发`` / ``板凳`` / ``地板`` / ``#5``, user cards (name, level),
  ``查看: N | 回复: N``, ``只看该作者 | 电梯直达``, the edit note ``本帖最后由 X 于 … 编辑`` INSIDE
  the post body (pages 2, 7), the rating row ``评分 参与人数 N 金币 +N 收起 理由``, an unlabelled
  one-sentence signature (``预算有限，用心无限。``), ``回复 引用 支持 N 反对 0 举报`` bars, each
  reply's date row and text (kind ``notice``), the pager ``1 2 下一页 >``, the reply box
  ``您需要登录后才可以回帖 登录 | 立即注册`` and its ``发表回复`` button, ``相关帖子`` items, an
  app tip (even pages), ``Archiver | 手机版 | 小黑屋 | 栖木社区`` and ``GMT+8, 2021-3-12 05:15 ,
  Processed in … queries .`` (a later date, not the published one).  An attachment block
  ``<div class="attach"><img …><p>IMG_20210309_1.jpg (116.4 KB, 下载次数: 4)</p></div>`` cuts
  a paragraph of the first post mid-sentence (kind ``page_number``).  精华 digests (``<h1>
  【精华汇总】本月装修经验帖</h1>``, one month newest first): ``<h2>标题</h2>`` over ``作者：X
  发表于 2021-3-9　查看 N`` (pages 1, 5) or ``<h3>帖02　标题</h3>`` over a slash row ``X /
  2021-3-9 / 回复 N`` (page 3), ``查看原帖 >>`` after each.  Meta: published.
* ``sealed_o_chufa`` (an administrative-penalty decision library '衡衢行政处罚公示网', UTF-16
  with BOM, CRLF): the case name as bare title (``栖霞某某商贸有限公司销售不合格电动自行车头盔
  案``), a bar ``阅读 N 次　字号：大 中 小　打印``, then the decision as printed: the office,
  ``行政处罚决定书`` and the number ``栖霞市监处罚〔2024〕78号`` on three lines, the party rows
  ``当事人：`` / ``统一社会信用代码：`` / ``住所：``, the facts (with an inspection date a week
  before the decision), ``本局认为……``, ``依据……如下行政处罚：``, ``一、……；`` / ``二、罚款人民币
  N元。``, the payment and appeal notices, the office and a Chinese-numeral date: ONE article,
  never split at ``一、``; then at the END a key/value block ``【公示信息】`` / ``处罚决定书文号：
  X`` / ``处罚机关：X`` / ``处罚决定日期：2024年10月16日`` / ``公示截止日期：2027年10月16日``.
  Compilations (``本期公示：行政处罚决定书3件（第N期）``, one month oldest first; pieces
  without the printed head, the address, the notices and the sign-off): ``（第2则）案名``
  headers with the row ``（文号：X；处罚机关：Y；决定日期：2021年3月9日）`` AFTER the body
  (pages 1, 5), or ``【案件02】案名`` headers followed by ``决定日期 2021.3.9 ｜ 机关 ｜ 文号``
  (page 3); ``~ ~ ~ ~ ~ ~`` between.  Chrome: ``衡衢行政处罚公示网 · 文书详情``, a ``首页 / 处罚
  文书 / 市场监管 / 详情`` trail, the reading bar, ``温馨提示：……`` and ``信用修复：……`` notices,
  ``相关案件`` items ``◦ 案名``, two footer lines; page breaks ``< 2 / 3 >``.  Meta: issuer
  (处罚机关), doc_number (文号), published (决定日期 = the sign-off date; not the inspection
  date, not 公示截止日期).
* ``sealed_o_pingce`` (a product-review blog '半糖测评室' exported by the '云雀RSS' reader,
  GB18030 with emoji in the chrome, LF): an export head ``云雀RSS · 文章导出`` / ``订阅源：半糖
  测评室（https://…/feed）`` / ``导出于 2021-05-02 21:13　共 N 篇`` / ``=====…``; the bare title,
  a slash byline ``半糖 / 2021-3-9 / 生活小电``, the review (opening, ``先说结论：……。``, ``▍外观
  和做工`` subheads with paragraphs, ``优点：`` with ``+ …`` items, ``缺点：`` with ``- …``
  items, ``综合评分：8.7/10``) as ONE article, then an item block at the END ``—— 条目信息 ——``
  / ``链接：URL`` / ``发布：Tue, 09 Mar 2021 19:39:00 +0800`` (RFC 822) / ``分类：X``.  Exports
  of several items (newest first, one month): ``—— 2 ——`` on its own line, then the title on
  its own line and the slash byline (pages 1, 5), or ``◇2◇ 标题`` over ``2021-3-9 · 半糖 · 分类``
  (page 3); each item ends with ``链接：URL``; no rule between items.  Chrome: the export
  head, ``［本文为RSS全文输出，图片与评论请访问原文］``, ``👍 觉得有用？……点亮 ⭐``, ``同一订阅源的
  近期文章`` items ``• X上手体验``, a footer; an image placeholder ``[图片 1]`` cuts a paragraph
  mid-sentence (kind ``page_number``).  Meta: published; the author and category are left
  out.

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): ``??`` as the indent
of one portal paragraph (two ``&nbsp;`` lost in a GBK conversion), stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the decisions' sign-off date, a
paragraph cut by an attachment block, a page mark or an image placeholder (single pages;
none on the portal).  Truth as :mod:`tests.families.blind_families_m`: header and metadata
rows (bylines, info rows, the first post's date row, the ``【公示信息】`` block, the slash
bylines, the ``条目信息`` block and ``链接：`` rows, every compilation header and row) are
neither content nor chrome; titles lose their numbering and labels (``2`` in ``<em>``,
``[经验分享]``, ``帖02``, ``（第2则）``, ``【案件02】``, ``—— 2 ——``, ``◇2◇``) and the site
suffixes of ``<title>``; dates YYYY-MM-DD.  Arguable and fixed here: on the forum only the
first post is the article and every reply is chrome, the original poster's own reply too;
the signature is chrome though it reads as a sentence; the edit note inside the post body is
chrome; the ``[经验分享]`` h1 is a header row and the title is read without the prefix; the
portal's photo caption is content and its ``（责任编辑：X）`` and comment thread are chrome;
the decision's printed head (office, ``行政处罚决定书``, number), party rows and sign-off are
content and its ``一、`` / ``二、`` penalties never start a new article; the ``【公示信息】``
block after the body is metadata, not chrome, and 公示截止日期 gives no key; the review's
``▍`` subheads, ``优点：`` / ``缺点：`` lists and score line are content; in an export the
title after ``—— 2 ——`` is a header line (not content); the head's ``<title>`` and
``<meta>`` are no lines at all.  Aligned later (setoalign, issue 12, pages unchanged): a
compiled piece's bare ``<h2>`` title (the portal's and the forum's digests, pages 1 and 5) is
its first content line, as the convention (``docs/truth_conventions.md``) and every later
set's HTML compilations have it; a numbered or labelled heading line (``2 标题``, ``帖02　标题``)
stays a header row, the title bare.  Pages 1, 3 and 5 are compilations (three pieces on 1 and 3,
two on 5), the other five single documents.  ``python -m tests.families.blind_families_o``
(seed base 1500) rewrites them and checks the truth against the pages.

Measured blind, once, at main ``f25ea3e`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; one folder and one folder
per family gave the same rows): chufa .927/.084/.615/1.0/1.0/.154; pingce
.902/.065/.615/.875/1.0/.385; shengwang .939/.088/.615/.750/.778/.539; shequ
.790/.365/.231/.625/.722/.615.  Means .889/.150/.519/.813/.875/.423.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import (
    ATTACH,
    CAREAS,
    CHARSET,
    FREPLIES,
    FTITLES,
    GOODS,
    NETIZENS,
    NICKS,
    OPREPLY,
    PAPERS,
    PCITIES,
    PCOLS,
    PEOPLE,
    PTHINGS,
    RCATS,
    REMARKS,
    SIGNS,
    TOPICS,
    GenO,
    Html,
    head,
    once,
    put,
    shape,
    user,
    weekday,
    ymd,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["comma", "cjk_space", "stray_q"]


def fam_shengwang(g: GenO, i: int) -> Made:
    """'岫川在线': single stories and 专题 pages, HTML in GBK or UTF-8."""
    r = g.r
    k = shape(i)
    gbk = i in (0, 3, 4, 7)
    charset = CHARSET[("gb2312" if i % 2 == 0 else "gbk") if gbk else "utf-8"]
    things = [PTHINGS[i]] if k == 1 else r.sample(PTHINGS, k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.news(r.choice(PCITIES), t, long=k == 1) for t in things]
    h = Html()
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        t = f"{y}-{m:02d}-{d:02d}T{g.clock()}:00+08:00"
        extra = {
            0: [f'<meta property="article:published_time" content="{t}">'],
            4: [f'<meta property="article:published_time" content="{t}">'],
            2: [f'<meta name="publishdate" content="{iso(y, m, d)}">'],
            6: [f'<meta name="publishdate" content="{iso(y, m, d)}">'],
        }.get(i, [])
        title = [f"{a.title}_岫川在线", f"{a.title} - {PCOLS[i]} - 岫川在线", ""][i % 3]
        desc, kw = a.lines[0][:60], f"{a.title[:3]},{PCOLS[i]},岫川"
    else:
        topic = TOPICS[i // 2]
        title, desc, kw, extra = f"专题：{topic}_岫川在线", f"岫川在线专题报道：{topic}", topic, []
    h.raw(*head(charset, title, kw, desc, extra), "<body>")
    h.raw('<div class="topbar"><div class="w1200">')
    h.links("header", ["岫川在线", "岫川日报", "手机版", "登录", "注册"], " | ", "tl")
    h.raw("</div></div>", '<div class="nav">', "<ul>")
    for n, x in enumerate(["首页", "时政", "本省", "市州", "经济", "文旅", "教育", "评论"]):
        h.raw(f'<li><a href="/c{n}/">{x}</a></li>')
        h.chrome.append(("header", x))
    h.raw("</ul>", "</div>")
    crumb = ["首页", PCOLS[i] if k == 1 else "专题", "正文"]
    h.raw('<div class="breadcrumb">当前位置：' + " &gt; ".join(crumb) + "</div>")
    h.chrome.append(("header", "当前位置：" + " > ".join(crumb)))
    if i % 3 == 0:
        h.el("div", "下载岫川在线客户端，重大新闻第一时间推送 立即下载", "app-banner", "notice")
    h.raw('<div class="b3">')
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        paper, who = r.choice(PAPERS), r.choice(PEOPLE)
        h.el("div" if i == 6 else "h1", a.title, "art-title" if i == 6 else "")
        if i in (0, 4):
            info = f"来源：{paper}　作者：{who}"
        else:
            info = f"{iso(y, m, d)} {g.clock()}　来源：{paper}　作者：{who}"
        h.el("div", info, "info")
        h.links("bar", ["分享到：", "微信", "微博", "QQ空间"], " ", "share")
        damage(g, a, ["stray_q_indent", ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        h.raw('<div class="article-content" id="artibody">')
        h.body(a)
        h.raw("</div>")
        h.el("p", f"（责任编辑：{r.choice(PEOPLE)}）", "editor", "notice")
        h.links("bar", ["【打印本页】", "【关闭窗口】"], " ", "tools")
    else:
        h.el("h1", f"专题：{TOPICS[i // 2]}", "zt-title", "header")
        blurb = f"本专题汇集{k}篇相关报道，持续关注{TOPICS[i // 2]}的最新进展。"
        h.el("p", blurb, "zt-intro", "notice")
        for n, a in enumerate(arts, 1):
            y, m, d = ymd(a)
            damage(g, a, [ODD[(i + n) % 3]])
            h.raw('<div class="zt-item">')
            src = f"{iso(y, m, d)} {g.clock()}　来源：{r.choice(PAPERS)}"
            if i == 3:
                h.raw(f"<h2><em>{n}</em> {a.title}</h2>")
                h.body(a)
                h.el("p", f"（{src}）", "src")
            else:
                h.el("h2", a.title)
                h.el("div", src, "info")
                h.body(a)
                a.lines = [a.title, *a.lines]  # the bare heading: its first line
            h.links("bar", ["阅读全文 >>"], "", "more")
            h.raw("</div>")
    h.raw('<div class="related">')
    h.el("h3", "相关阅读", "", "related")
    others = [
        f"{c}{t}进展顺利" for c, t in zip(r.sample(PCITIES, 3), r.sample(PTHINGS, 3), strict=True)
    ]
    h.items("related", others, "list14")
    h.raw("</div>")
    if i in (0, 2, 6, 7):
        h.raw('<div class="comment">')
        c = r.randint(2, 3)
        h.el("div", f"网友评论（{c}）", "hd", "notice")
        for nick, said in zip(r.sample(NETIZENS, c), r.sample(REMARKS, c), strict=True):
            h.el("div", f"{nick} [{r.choice(PCITIES)}] {g.clock()}", "c-user", "notice")
            h.el("p", said, "c-text", "notice")
        h.el("div", "文明上网，理性发言 发表评论", "c-box", "notice")
        h.raw("</div>")
    h.raw("</div>", '<div class="footer">')
    h.el("p", "关于我们 | 联系方式 | 广告服务 | 网站地图", "", "footer")
    h.el("p", "岫川在线版权所有 未经书面授权不得转载 示ICP备00001207号", "", "footer")
    h.raw("</div>")
    if not gbk:
        note = "本网站使用Cookie改善浏览体验，继续浏览即视为同意。 我知道了"
        h.el("div", note, "cookie-bar", "notice")
    h.raw("<script>document.getElementById('artibody') && window._stat.push(['pv']);</script>")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


def fam_shequ(g: GenO, i: int) -> Made:
    """'栖木社区': single threads (the first post is the article) and 精华 digests."""
    r = g.r
    k = shape(i)
    titles = [FTITLES[i]] if k == 1 else r.sample(FTITLES, k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.post(t, long=k == 1) for t in titles]
    h = Html()
    charset = CHARSET["gbk" if i in (2, 6) else "utf-8"]
    if k == 1:
        a = arts[0]
        title = [f"{a.title} - 装修经验 - 栖木社区 - Powered by MuForum", f"{a.title}_栖木社区"]
        title += [""]
        page_title = title[0 if i in (0, 6) else (2 if i == 4 else 1)]
        kw, desc = a.title, a.lines[0][:50]
    else:
        page_title = "【精华汇总】本月装修经验帖 - 栖木社区"
        kw, desc = "装修经验,精华", "栖木社区精华帖汇总"
    h.raw(*head(charset, page_title, kw, desc, []), '<body id="nv_forum">')
    h.raw('<div id="hd">')
    h.links("header", ["栖木社区", "论坛", "问答", "案例", "达人"], " ", "nav")
    h.links("header", ["登录", "立即注册", "找回密码"], " | ", "login")
    path = ["栖木社区", "论坛", "装修经验", "帖子详情" if k == 1 else "精华汇总"]
    h.links("header", path, " > ", "crumb")
    h.raw("</div>")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        h.el("div", f"查看: {r.randint(300, 9000)} | 回复: {r.randint(6, 60)}", "hm", "bar")
        prefix = i in (0, 4)
        if prefix:
            h.raw(f'<h1 class="ts"><a href="/type/3">[经验分享]</a> {a.title}</h1>')
        else:
            h.el("h1", a.title, "ts")
        op = NICKS[i % len(NICKS)]
        user(h, op, "楼主")
        h.el("div", f"发表于 {y}-{m}-{d} {g.clock()}", "pti")
        h.links("bar", ["只看该作者", "电梯直达"], " | ", "authi")
        h.raw('<div class="t_f">')
        if i in (2, 7):
            note = f"本帖最后由 {op} 于 {y}-{m}-{min(d + 2, 28)} 21:06 编辑"
            h.el("i", note, "pstatus", "notice")
        pics = counter(
            1, 9, lambda p, t: f"IMG_{y}{m:02d}{d:02d}_{p}.jpg (1{p}6.4 KB, 下载次数: {p + 3})"
        )
        damage(g, a, ["page_break", ODD[i % 3]], once(("page_number", pics())))
        if not prefix:
            a.lines = [a.title, *a.lines]
        h.body(a, ATTACH)
        h.raw("</div>")
        h.chrome += a.chrome
        h.el(
            "div",
            f"评分 参与人数 {r.randint(2, 9)} 金币 +{r.randint(3, 30)} 收起 理由",
            "rate",
            "bar",
        )
        h.el("div", r.choice(SIGNS), "sign", "notice")
        h.el("div", f"回复 引用 支持 {r.randint(3, 90)} 反对 0 举报", "po", "bar")
        floors = ["沙发", "板凳", "地板", "#5"]
        for n in range(r.randint(2, 4)):
            mine = n == 1
            who = op if mine else r.choice([x for x in NICKS if x != op])
            user(h, who, floors[n])
            dd = min(d + n + 1, 28)
            h.el("div", f"发表于 {y}-{m}-{dd} {g.clock()}", "pti", "notice")
            said = r.choice(OPREPLY) if mine else r.choice(FREPLIES)
            h.el("div", said, "t_f", "notice")
            h.el("div", "回复 支持 反对 举报", "po", "bar")
        h.links("bar", ["1", "2", "下一页 >"], " ", "pg")
        h.el("div", "您需要登录后才可以回帖 登录 | 立即注册", "fastpost", "notice")
        h.raw('<textarea name="message"></textarea>')
        h.el("button", "发表回复", "pn", "bar")
    else:
        h.el("h1", "【精华汇总】本月装修经验帖", "ts", "header")
        for n, a in enumerate(arts, 1):
            y, m, d = ymd(a)
            damage(g, a, [ODD[(i + n) % 3]])
            who = r.choice(NICKS)
            h.raw('<div class="digest">')
            if i == 3:
                h.el("h3", f"帖{n:02d}　{a.title}")
                h.el("div", f"{who} / {y}-{m}-{d} / 回复 {r.randint(5, 80)}", "by")
            else:
                h.el("h2", a.title)
                h.el("div", f"作者：{who}　发表于 {y}-{m}-{d}　查看 {r.randint(300, 9000)}", "info")
                a.lines = [a.title, *a.lines]  # the bare heading: its first line
            h.body(a)
            h.links("bar", ["查看原帖 >>"], "", "more")
            h.raw("</div>")
    h.el("h3", "相关帖子", "", "related")
    h.items("related", r.sample([t for t in FTITLES if t not in titles], 3), "xl")
    if i % 2 == 0:
        h.el("div", "打开栖木APP，看更多真实装修案例 >", "app-tip", "notice")
    h.raw('<div id="ft">')
    h.el("p", "Archiver | 手机版 | 小黑屋 | 栖木社区", "", "footer")
    y, m, d = ymd(arts[-1])
    stamp = f"GMT+8, {y}-{m}-{min(d + 3, 28)} 0{r.randint(1, 9)}:1{r.randint(0, 9)}"
    h.el(
        "p",
        f"{stamp} , Processed in 0.0{r.randint(21, 89)} second(s), {r.randint(12, 40)} queries .",
        "",
        "footer",
    )
    h.raw("</div>", "</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


def fam_chufa(g: GenO, i: int) -> Made:
    """'衡衢行政处罚公示网': single decisions and weekly 公示 pages, metadata at the END."""
    r = g.r
    k = shape(i)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=False)
    arts = [g.decision(r.choice(CAREAS), j, full=k == 1) for j in picks]
    lines: list[str] = []
    chrome: Chrome = []
    if k == 1:
        head_: Chrome = [
            ("header", "衡衢行政处罚公示网 · 文书详情"),
            ("header", "首页 / 处罚文书 / 市场监管 / 详情"),
        ]
    else:
        head_ = [
            ("header", f"本期公示：行政处罚决定书{k}件（第{i + 11}期）"),
            ("header", "首页 / 处罚文书 / 定期公示"),
        ]
    put(lines, chrome, head_)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = ymd(a)
        org, no = a.meta["issuer"], a.meta["doc_number"]
        if k == 1:
            pager = counter(2, r.randint(2, 4), lambda p, t: f"< {p} / {t} >")
            damage(g, a, ["page_break", "zero", ODD[i % 3]], once(("page_number", pager())))
            a.lines = [a.title, *a.lines]
            lines.append(a.title)
            put(lines, chrome, [("bar", f"阅读 {r.randint(40, 3000)} 次　字号：大 中 小　打印")])
            lines += ["", *a.page, "", "【公示信息】", f"处罚决定书文号：{no}", f"处罚机关：{org}"]
            lines += [f"处罚决定日期：{y}年{m}月{d}日", f"公示截止日期：{y + 3}年{m}月{d}日", ""]
        else:
            damage(g, a, [ODD[(i + n) % 3]])
            if i == 3:
                lines += [f"【案件{n:02d}】{a.title}", f"决定日期 {y}.{m}.{d} ｜ {org} ｜ {no}"]
                lines += ["", *a.page, ""]
            else:
                lines += [f"（第{n}则）{a.title}", "", *a.page]
                lines += [f"（文号：{no}；处罚机关：{org}；决定日期：{y}年{m}月{d}日）", ""]
            if n < k:
                put(lines, chrome, [("bar", "~ ~ ~ ~ ~ ~")])
                lines.append("")
        chrome += a.chrome
    others = r.sample([j for j in range(8) if j not in picks], 3)
    foot: Chrome = [
        ("notice", "温馨提示：本网公示的行政处罚信息仅供查询参考，以送达当事人的文书原件为准。"),
        ("notice", "信用修复：当事人履行处罚义务满一年后，可向作出决定的机关申请提前停止公示。"),
        ("related", "相关案件"),
        *[("related", f"◦ {g.decision(r.choice(CAREAS), j, full=False).title}") for j in others],
        ("footer", "衡衢行政处罚公示网　主办：岚州省市场监管信息中心"),
        ("footer", "示ICP备00004411号　联系邮箱 hengqu@hengqu.example.gov"),
    ]
    put(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_pingce(g: GenO, i: int) -> Made:
    """'半糖测评室' exported by the '云雀RSS' reader: single items and multi-item exports."""
    r = g.r
    k = shape(i)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)  # a feed lists its newest item first
    arts = [g.review(j, long=k == 1) for j in picks]
    lines: list[str] = []
    chrome: Chrome = []
    y0 = max(ymd(a)[0] for a in arts) + 1
    head_: Chrome = [
        ("header", "云雀RSS · 文章导出"),
        ("header", "订阅源：半糖测评室（https://bantang.example.net/feed）"),
        ("notice", f"导出于 {y0}-05-02 21:13　共 {k} 篇"),
        ("bar", "================================"),
    ]
    put(lines, chrome, head_)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = ymd(a)
        cat = RCATS[picks[n - 1]]
        url = f"https://bantang.example.net/{y}/{m:02d}/review-{r.randint(100, 999)}.html"
        if k == 1:
            pic = counter(1, 9, lambda p, t: f"[图片 {p}]")
            damage(g, a, ["page_break", ODD[i % 3]], once(("page_number", pic())))
            a.lines = [a.title, *a.lines]
            lines += [a.title, f"半糖 / {y}-{m}-{d} / {cat}", "", *a.page, ""]
            wk = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday(y, m, d)]
            mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
            lines += ["—— 条目信息 ——", f"链接：{url}"]
            lines += [f"发布：{wk}, {d:02d} {mon} {y} {g.clock()}:00 +0800", f"分类：{cat}", ""]
        else:
            damage(g, a, [ODD[(i + n) % 3]])
            if i == 3:
                lines += [f"◇{n}◇ {a.title}", f"{y}-{m}-{d} · 半糖 · {cat}"]
            else:
                lines += [f"—— {n} ——", a.title, f"半糖 / {y}-{m}-{d} / {cat}"]
            lines += ["", *a.page, "", f"链接：{url}", ""]
        chrome += a.chrome
    others = r.sample([j for j in range(8) if j not in picks], 3)
    foot: Chrome = [
        ("notice", "［本文为RSS全文输出，图片与评论请访问原文］"),
        ("bar", "👍 觉得有用？在云雀RSS中为这个订阅源点亮 ⭐"),
        ("related", "同一订阅源的近期文章"),
        *[("related", f"• {GOODS[j]}上手体验") for j in others],
        ("footer", "云雀RSS · 让阅读回到本身　yunque.example.app"),
    ]
    put(lines, chrome, foot)
    return lines, arts, chrome, k > 1


GBK_AT = {"sealed_o_shengwang": (0, 3, 4, 7), "sealed_o_shequ": (2, 6)}  # the GBK pages
HTML = [("html", tuple("gbk" if i in at else "utf-8" for i in range(8))) for at in GBK_AT.values()]
FAMILIES = [
    BlindFamily("sealed_o_shengwang", "sealed", "gbk", "\r\n", 8, fam_shengwang, *HTML[0]),
    BlindFamily("sealed_o_shequ", "sealed", "utf-8", "\n", 8, fam_shequ, *HTML[1]),
    BlindFamily("sealed_o_chufa", "sealed", "utf-16", "\r\n", 8, fam_chufa),
    BlindFamily("sealed_o_pingce", "sealed", "gb18030", "\n", 8, fam_pingce),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1500, gen=GenO)
