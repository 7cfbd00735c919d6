"""Four more invented families for a fortieth blind test of the generic layer: a city police
bureau's microblog saved by a backup tool (plain text, UTF-8 on even pages and UTF-16 with
BOM on odd ones, LF; every page a compilation of posts whose titles stand in ``【…】`` inside
their first line), the reading section of a school exam paper on a document-sharing site
(plain text, GBK, CRLF; every page a compilation of passages, each under an exam instruction
line, the printed paper's page numbers cutting sentences), a city mayor's mailbox
selections of letters and replies (HTML, GB18030 declared by ``http-equiv``, LF; every page
a compilation) and a Taiwan university bulletin board's posts copied off the terminal
(plain text, Big5, CRLF; traditional letters, a push thread).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a police microblog backup, an exam paper, a mayor's mailbox, a campus BBS),
header shapes, title placement, metadata layout and labels, chrome wording, page marks and
encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zp_weibo`` ('岚汀警方' microblog backup, plain text, LF; UTF-8 on even pages,
  UTF-16 with BOM on odd ones; every page a compilation of 3, 5, 2, 4, 3, 2, 5, 4 posts,
  newest first, of one month): the export head ``微博备份助手导出　账号：@岚汀警方（…）``,
  ``导出范围：…　本页N条　共M条`` (``header``) and a ``┄`` rule (bar).  Per post: the account
  line (``岚汀警方``, ``岚汀交警``, ``岚汀反诈中心``, ``岚汀网警巡查执法``; metadata, neither)
  OVER the row ``2023-11-5 09:12　来自 iPhone客户端`` (metadata, neither; unpadded date), then
  two or three text lines (content), the first opening ``#话题# 【title】…`` or ``【title】…``
  (the whole line is content; the title is the words inside ``【】``, which are on no line of
  their own), then ``转发 N　｜　评论 N　｜　赞 N`` (bar).  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` in one post on pages 1, 2, 4, 6 and 7.  Chrome at the end: the
  archive notice (``notice``), ``相关话题：…`` (``related``), the export pager
  ``— 第 N 页 / 共 M 页 —`` (``page_number``, not cutting anything) and the tool's
  ``由 微博备份助手 v3.2.1 生成于 …`` line (``footer``).  Meta per post: author (the
  account), published.
* ``sealed_zp_shijuan`` ('岚溪文库' exam paper, plain text, GBK, CRLF; every page a
  compilation of 3, 2, 4, 2, 3, 4, 2, 3 reading passages): the library's trail, the file name
  ``….doc`` and the uploader row ``上传者：…　上传时间：…　页数：…`` (``header``), the paper's
  heading and ``（满分N分　　时间N分钟）`` (``header``), the ``注意事项：…`` line (``notice``).
  Per passage: the instruction line ``（二）阅读下面的文章，完成5～8题。（13分）``
  (``article_header``: chrome of the piece), the bare title line (content), the author line
  ``□林晚舟`` (metadata, neither), three to five paragraphs (content), the source line
  ``（选自《青禾》2019年第6期，有删改）`` (metadata, neither) and three or four numbered
  questions ``5．…（3分）`` (content; the numbering runs on across passages).  Page breaks:
  the printed paper's ``八年级语文现代文阅读专项训练　第 2 页（共 6 页）`` (``page_number``)
  cuts one paragraph between two CJK letters on pages 0, 2, 5 and 7.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in another passage on pages 1, 3, 4 and 6.  Chrome
  at the end: ``—————— 试卷到此结束 ——————`` (bar), the hosting notice (``notice``),
  ``阅读已结束，下载本文档需要N下载券`` (bar), ``相关文档：`` and three file names
  (``related``), a footer with an ICP number.  Meta per passage: author, origin (the
  magazine and issue, without ``选自`` / ``，有删改``).
* ``sealed_zp_liuyan`` ('岚汀市人民政府' 市长信箱, HTML, GB18030 declared ``<meta
  http-equiv="Content-Type" … charset=gb18030>``, LF; every page an issue compiling 4, 2,
  3, 5, 2, 3, 4, 3 letters): ``<title>`` = ``来信选登（2023年第11期）-市长信箱-岚汀市人民
  政府``; the portal's name, a nav row, ``您现在的位置：首页 » 政民互动 » 市长信箱 » 来信选登``,
  the issue's ``<h1>`` and its ``信息来源：…　　发布日期：…`` row (all ``header``), the
  selection preamble (``notice``).  Per letter: the row ``［投诉］title`` (a tag span and a
  link; the title row, neither: the title is the words after the tag), UNDER it
  ``来信人：陈**　　来信日期：…　　办理状态：已办结`` (metadata, neither), the letter's one or
  two paragraphs (content), then INSIDE the piece the reply head ``答复单位：X　　答复日期：Y``
  (metadata, neither) and the reply's three paragraphs (content), then ``这条答复对您有帮助吗？
  …`` (bar).  Chrome at the end: the validity notice (``notice``), ``我要写信　｜　信件查询　｜
  办理规则`` (bar), ``往期回顾`` and three issues (``related``), two footer lines.  Damage:
  one kind in one letter on pages 0, 3, 5 and 6.  Meta per letter: published (the REPLY
  date), origin (the answering unit).
* ``sealed_zp_bbs`` ('楓港驛站' campus BBS, plain text, Big5, CRLF; traditional letters):
  the board's top line ``【板主:…】　楓港生活　看板《Fenggang_Life》`` (``header``), the terminal
  header rows `` 作者  moonriver (河邊月)　…　看板  Fenggang_Life`` / `` 標題
  [心得] title`` / `` 時間  Sun Nov  5 23:41:08 2023`` (neither: the 標題 row is the title
  row, the title the words after the ``[tag]``; the date is in English form only, so no
  published meta), a ``─`` rule (bar); four or five paragraphs (content); on pages 1, 4 and
  6 the terminal pager ``瀏覽 第 1/2 頁 ( 55%)  目前顯示: 第 01~22 行`` stands BETWEEN two
  paragraphs (``page_number``); ``--`` (bar), the signature (``footer``), ``※ 發信站: …``,
  ``※ 文章網址: …`` and on even pages ``※ 編輯: …`` (``footer``), the push lines ``推 user:
  …　11/05 23:50`` (``notice``, as earlier comment threads) and the last pager line with its
  key help (``page_number``).  Damage: ``cjk_space`` or ``stray_q`` on pages 0, 2, 3, 5 and
  7.  Meta: author (the user id, not the nickname).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's page head is chrome
of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a post's
``【title】`` stays inside its content line (the topic hashtag too) and the title is not a
line of its own; an exam passage's questions are content of that passage and its
instruction line is ``article_header`` chrome; a letter's reply is part of the same piece
as the letter (one article per letter) and its published date is the reply's; the BBS
title and mailbox title rows are not content lines (their tags are dropped from the
title), the push thread is ``notice`` and the signature ``footer``.  Compiled pages: every
``weibo``, ``shijuan`` and ``liuyan`` page; ``bbs`` pages are single posts.  ``python -m
tests.families.blind_families_zp`` (seed base 4200) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``aab1857`` (the session's start code; written in the
session's first minutes), one folder, model on (F1/residue/titles/counts/repairs/meta):
bbs .590/.733/0/1/1/.875, liuyan .840/.058/0/0/1/0, shijuan .958/.102/0/1/1/0, weibo
.945/0/0/0/1/.107; means .833/.223/.000/.500/1.0/.246.  No title was right on any page:
the BBS post's header box, signature and push comments stayed as text with the board row
taken as title; an exam paper's passages took the author line as title and kept the
``（二）阅读下面的文章`` instructions; the mailbox and microblog compilations did not split.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zp_text import (
    BBS_BOARDS,
    BBS_HOST,
    BBS_POSTS,
    BBS_PUSH,
    BBS_SAY,
    BBS_SIGN,
    BBS_SITE,
    BBS_USERS,
    LY_CITY,
    LY_GOV,
    LY_LETTERS,
    SJ_PASSAGES,
    SJ_SITE,
    WB_CITY,
    WB_DEV,
    WB_OWNER,
    WB_POSTS,
    GenZP,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CN_NO = "一二三四五六七八九十"


# -- 1. the police microblog backup (a compilation, plain text) ---------------------------------

WB_N = [3, 5, 2, 4, 3, 2, 5, 4]
WB_HURT = {1, 2, 4, 6, 7}


def fam_weibo(g: GenZP, i: int) -> Made:
    """'岚汀警方' microblog backup pages; every page one month's posts, newest first."""
    r = g.r
    k = WB_N[i]
    g.month(k, newest_first=True)
    picks = r.sample(WB_POSTS, k)
    arts = [g.weibo(p) for p in picks]
    if i in WB_HURT:  # never in a first line: the title stands inside it
        a = arts[r.randrange(k)]
        rest = Art(a.title, a.lines[1:], a.page[1:])
        damage(g, rest, [ODD[i % 3]])
        a.page[1:] = rest.page
        a.repairs += rest.repairs
    y, m, _ = (int(x) for x in arts[0].meta["published"].split("-"))
    total = r.randint(40, 90)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"微博备份助手导出　账号：@{WB_OWNER}（{WB_CITY}公安局官方微博）"),
            ("header", f"导出范围：{y}年{m}月1日—{y}年{m}月28日　本页{k}条　共{total}条"),
            ("bar", "┄" * 30),
        ],
    )
    for a in arts:
        py, pm, pd = (int(x) for x in a.meta["published"].split("-"))
        lines.append("")
        lines.append(a.meta["author"])
        lines.append(f"{py}-{pm}-{pd} {g.clock()}　来自 {r.choice(WB_DEV)}")
        lines += a.page
        bar = f"转发 {r.randint(0, 900)}　｜　评论 {r.randint(0, 600)}　｜　赞 {r.randint(3, 9000)}"
        put(lines, chrome, [("bar", bar)])
    lines.append("")
    pages = r.randint(5, 12)
    put(
        lines,
        chrome,
        [
            ("notice", "本备份仅供个人存档使用，微博内容版权归原作者所有，请勿二次传播。"),
            ("related", "相关话题：#岚汀反诈#　#平安岚汀#　#岚汀交警在行动#　#网安课堂#"),
            ("page_number", f"— 第 {i % pages + 1} 页 / 共 {pages} 页 —"),
            ("footer", f"由 微博备份助手 v3.2.1 生成于 {y + 1}-01-0{r.randint(1, 9)} {g.clock()}"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the exam paper's reading section (a compilation, GBK text) -------------------------------

SJ_N = [3, 2, 4, 2, 3, 4, 2, 3]
SJ_BREAK = {0, 2, 5, 7}
SJ_HURT = {1, 3, 4, 6}
SJ_PAPER = "八年级语文现代文阅读专项训练"


def fam_shijuan(g: GenZP, i: int) -> Made:
    """'岚溪文库' exam papers, GBK text; every page a paper of reading passages."""
    r = g.r
    k = SJ_N[i]
    picks = r.sample(SJ_PASSAGES, k)
    arts: list[Art] = []
    heads: list[str] = []
    points = 0
    q = 1
    for n, item in enumerate(picks):
        a, nq, pts = g.passage(item, q)
        heads.append(f"（{CN_NO[n]}）阅读下面的文章，完成{q}～{q + nq - 1}题。（{pts}分）")
        q += nq
        points += pts
        arts.append(a)
    total = r.randint(5, 8)
    hurt = r.sample(range(k), 2)
    if i in SJ_BREAK:
        folio = counter(2, total, lambda p, t: f"{SJ_PAPER}　第 {p} 页（共 {t} 页）")
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", folio())])
    if i in SJ_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    y, m, d = g.date()
    school = r.choice(["岚溪市第三中学", "岚溪市实验中学", "沅水县城关中学", "岚溪外国语学校"])
    term = r.choice(["第一学期", "第二学期"])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{SJ_SITE} — 海量文档免费分享　　首页 > 教育资源 > 初中 > 语文 > 阅读专项"),
            ("header", f"{school}{y}—{y + 1}学年{term}{SJ_PAPER}（含答案）.doc"),
            (
                "header",
                f"上传者：{r.choice(['语文组王老师', 'qingshan2008', '小满老师'])}　　"
                f"上传时间：{y}-{m:02d}-{d:02d}　　页数：{total}页　　"
                f"浏览量：{r.randint(300, 9000)}",
            ),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("header", f"{school}{y}—{y + 1}学年{term}"),
            ("header", SJ_PAPER),
            ("header", f"（满分{points}分　　时间{20 * k}分钟）"),
            (
                "notice",
                f"注意事项：本卷共{k}篇阅读材料，请将答案写在答题卡相应位置上，写在本试卷上无效。",
            ),
        ],
    )
    for a, head, item in zip(arts, heads, picks, strict=True):
        lines.append("")
        put(lines, chrome, [("article_header", head)])
        lines.append(a.title)
        lines.append(f"□{item[1]}")
        n_par = sum(1 for x in a.lines if not x[0].isdigit())
        lines += a.page[:n_par]
        lines.append(f"（选自{item[2]}，有删改）")
        lines += a.page[n_par:]
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    others = r.sample([x[0] for x in SJ_PASSAGES if x not in picks], 3)
    put(
        lines,
        chrome,
        [
            ("bar", "—————— 试卷到此结束 ——————"),
            (
                "notice",
                f"温馨提示：本文档由用户上传，{SJ_SITE}仅提供信息存储空间服务，如有侵权请联系删除。",
            ),
            ("bar", f"阅读已结束，下载本文档需要{r.randint(1, 5)}下载券"),
            ("related", "相关文档："),
            *[("related", f"·《{x}》阅读练习及答案.doc") for x in others],
            (
                "footer",
                f"{SJ_SITE}版权所有 2012—{y + 1}　客服热线 400-000-12{r.randint(10, 99)}"
                "　岚ICP备13004567号-2",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the mayor's mailbox selections (a compilation, HTML in GB18030) -------------------------

LY_N = [4, 2, 3, 5, 2, 3, 4, 3]
LY_HURT = {0, 3, 5, 6}
WRITERS = ["陈**", "王*", "刘**", "张*", "李**", "赵*", "周**"]


def fam_liuyan(g: GenZP, i: int) -> Made:
    """'岚汀市' mayor's mailbox selections, HTML; every page one issue of letters."""
    r = g.r
    k = LY_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(LY_LETTERS, k)
    made = [g.letter(x) for x in picks]
    arts = [a for a, _, _ in made]
    if i in LY_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    y, m, _ = made[0][2]
    issue = f"{y}年第{m}期"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gb18030">')
    h.raw(f"<title>来信选登（{issue}）-市长信箱-{LY_GOV}</title>", "</head>", "<body>")
    h.el("div", f"{LY_GOV}门户网站", "logo", "header")
    h.links("header", ["首页", "政务公开", "政务服务", "政民互动", "走进岚汀"], "　", "nav")
    h.el("div", "您现在的位置：首页 » 政民互动 » 市长信箱 » 来信选登", "crumb", "header")
    h.el("h1", f"市长信箱来信选登（{issue}）", "", "header")
    pub = f"{y}-{m:02d}-28" if m < 12 else f"{y}-12-30"
    h.el("div", f"信息来源：市政府办公室　　发布日期：{pub}", "info", "header")
    h.el(
        "p",
        "为方便广大市民了解来信办理情况，现将本期部分来信及答复选登如下，来信人个人信息已作隐去处理。",
        "intro",
        "notice",
    )
    for (a, n_ask, (ly, lm, ld)), item in zip(made, picks, strict=True):
        h.raw('<div class="letter">')
        h.raw(
            f'<div class="lt-hd"><span class="tag">［{item[0]}］</span>'
            f'<a href="/zmhd/szxx/{r.randint(10000, 99999)}.html">{a.title}</a></div>'
        )
        h.el(
            "div",
            f"来信人：{r.choice(WRITERS)}　　来信日期：{ly}-{lm:02d}-{ld:02d}　　办理状态：已办结",
            "lt-info",
        )
        for x in a.page[:n_ask]:
            h.el("p", x)
        h.el("div", f"答复单位：{a.meta['origin']}　　答复日期：{a.meta['published']}", "rp-hd")
        for x in a.page[n_ask:]:
            h.el("p", x)
        h.el(
            "div",
            f"这条答复对您有帮助吗？　有帮助（{r.randint(0, 80)}）　没帮助（{r.randint(0, 9)}）",
            "useful",
            "bar",
        )
        h.raw("</div>", "<hr>")
    h.el(
        "p", "以上答复仅代表答复时的政策和情况，如有变化，请以有关部门最新规定为准。", "", "notice"
    )
    h.links("bar", ["我要写信", "信件查询", "办理规则"], "　｜　", "tools")
    h.el("h4", "往期回顾", "", "related")
    past = [
        f"市长信箱来信选登（{y}年第{m - j}期）"
        if m > j
        else f"市长信箱来信选登（{y - 1}年第{12 + m - j}期）"
        for j in (1, 2, 3)
    ]
    h.items("related", past, "past")
    h.el("p", f"主办：{LY_CITY}人民政府办公室　承办：{LY_CITY}大数据发展中心", "", "footer")
    h.el(
        "p",
        f"网站标识码：43130000{r.randint(10, 99)}　岚ICP备05001234号-1　岚公网安备43130202000456号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the campus bulletin board (Big5 text) ---------------------------------------------------

BBS_PAGER = {1, 4, 6}
BBS_HURT = {0, 2, 3, 5, 7}
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
MONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
RULE = "─" * 39


def fam_bbs(g: GenZP, i: int) -> Made:
    """'楓港驛站' posts copied off the terminal, Big5; one post a page."""
    r = g.r
    board, tag, title, uid, nick = BBS_POSTS[i]
    a = g.bbs()
    a.title = title
    a.meta = {"author": uid}
    if i in BBS_HURT:
        damage(g, a, [["cjk_space", "stray_q"][i % 2]])
    y, m, d = g.date()
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    wd = DAYS[datetime.date(y, m, d).weekday()]
    stamp = f"{wd} {MONS[m - 1]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}"
    ip = f"140.118.{r.randint(2, 250)}.{r.randint(2, 250)}"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [("header", f"【板主:{r.choice(BBS_USERS)}】　{BBS_BOARDS[board]}　看板《{board}》")],
    )
    lines.append(f" 作者  {uid} ({nick})　　　　　　　　看板  {board}")
    lines.append(f" 標題  [{tag}] {title}")
    lines.append(f" 時間  {stamp}")
    put(lines, chrome, [("bar", RULE)])
    lines.append("")
    cut = r.randint(2, len(a.page) - 1) if i in BBS_PAGER else -1
    for n, x in enumerate(a.page):
        if n == cut:
            pct = r.randint(40, 70)
            put(
                lines,
                chrome,
                [("page_number", f"瀏覽 第 1/2 頁 ({pct:3d}%)  目前顯示: 第 01~22 行")],
            )
        lines.append(x)
    lines.append("")
    put(lines, chrome, [("bar", "--"), ("footer", r.choice(BBS_SIGN))])
    code = f"M.{1500000000 + r.randint(0, 199999999)}.A.{r.randint(256, 4095):03X}"
    put(
        lines,
        chrome,
        [
            ("footer", f"※ 發信站: {BBS_SITE}({BBS_HOST}), 來自: {ip} (臺灣)"),
            ("footer", f"※ 文章網址: https://{BBS_HOST}/bbs/{board}/{code}.html"),
        ],
    )
    if i % 2 == 0:
        put(
            lines,
            chrome,
            [
                (
                    "footer",
                    f"※ 編輯: {uid} ({ip} 臺灣), {m:02d}/{d:02d}/{y} "
                    f"{(hh + 1) % 24:02d}:{mm:02d}:{ss:02d}",
                )
            ],
        )
    says = r.sample(BBS_SAY, r.randint(3, 6))
    who = r.sample(BBS_USERS, len(says))
    for n, (s, u) in enumerate(zip(says, who, strict=True)):
        at = min(hh * 60 + mm + 9 * (n + 1), 23 * 60 + 59)
        tail = f"{m:02d}/{d:02d} {at // 60:02d}:{at % 60:02d}"
        put(lines, chrome, [("notice", f"{BBS_PUSH[n]} {u}: {s}　　　　{tail}")])
    pct = 100
    keys = "(y)回應(X%)推文(h)說明(←)離開"
    end = f"瀏覽 第 2/2 頁 (100%)  目前顯示: 第 19~40 行  {keys}"
    if cut < 0:
        end = f"瀏覽 第 1/1 頁 ({pct}%)  目前顯示: 第 01~{len(lines):02d} 行  {keys}"
    put(lines, chrome, [("page_number", end)])
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily(
        "sealed_zp_weibo", "sealed", "utf-8", "\n", 8, fam_weibo, "txt", ("utf-8", "utf-16")
    ),
    BlindFamily("sealed_zp_shijuan", "sealed", "gbk", "\r\n", 8, fam_shijuan),
    BlindFamily("sealed_zp_liuyan", "sealed", "gb18030", "\n", 8, fam_liuyan, "html"),
    BlindFamily("sealed_zp_bbs", "sealed", "big5", "\r\n", 8, fam_bbs),
]

assert len(BBS_POSTS) == 8 and len(WB_POSTS) >= max(WB_N) and len(LY_LETTERS) >= max(LY_N)


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4200, gen=GenZP)
