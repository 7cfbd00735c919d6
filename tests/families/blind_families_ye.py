"""Four more invented families for the ``ye`` blind test of the generic layer: a Taiwan
lyrics site's album pages (HTML in Big5 (cp950) declared ``charset=big5`` by
``http-equiv``, CRLF; traditional letters; every page a compilation of an album's songs, each
under a ``★ Track 03　／　4:12`` row ABOVE its ``<h3>`` title and a ``作詞：…　作曲：…　編曲：…``
row BELOW it, the lyric lines set with ``<br>``), a software download site's app pages (HTML,
LF, GBK declared ``charset=gbk`` by ``http-equiv`` on even pages and UTF-8 declared ``<meta
charset="utf-8">`` on odd ones; a ``<ul>`` of label-colon facts UNDER the ``<h1>`` or a
``｜`` fact row ABOVE it, four section heads inside the text), a university graduate school's
monthly round-up of thesis-defence notices (plain text, CRLF, UTF-8 with BOM on even pages and
GB18030 on odd ones; every page a compilation whose notices open with a ``[答辩公告]
No.2024-157　·　发布于 2024-02-02`` row ABOVE the bare title and a defender/supervisor row
BELOW it, the print view's running line cutting sentences) and a xiangqi club site's
annotated games (plain text, UTF-16 with BOM, LF; PGN-like ``[Event "…"]`` tag rows UNDER
the title on even pages, a ``｜``-parted Chinese match row and an annotator row on odd ones;
numbered move lines and ``【评注】`` paragraphs, a ``▼ 下一页（2/2）`` mark cutting a
sentence).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a lyrics site, a download site, a defence-notice board, a board-game club),
header shapes, title placement, metadata layout and labels, chrome wording, page marks and
encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_ye_geci`` ('聽雨歌詞網', HTML, Big5 (cp950) declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=big5">``, CRLF; traditional letters;
  every page a compilation of 3, 2, 4, 5, 2, 3, 4, 2 songs of one album): ``<title>`` =
  ``singer《album》專輯歌詞 - 聽雨歌詞網``; the logo row ``聽雨歌詞網　TINGYU LYRICS``, a ``｜``
  nav row, the crumb ``首頁 ＞ 華語女歌手 ＞ singer ＞ 《album》``, the album ``<h1>``
  ``《album》``, the album card ``歌手：X　｜　發行日期：2019-11-24　｜　唱片公司：Y``, ``本頁收錄
  N 首`` and the ``<ol>`` track list ``01　title`` (all ``header``).  Per song: ``★ Track
  01　／　4:17`` (``article_header``: chrome of the piece), the ``<h3>`` title (content, the
  first line of the song), ``作詞：X　作曲：Y　編曲：Z`` (metadata, neither), the lyric lines in
  one ``<div>`` parted by ``<br>`` (content, one line each, the chorus sung twice so its lines
  repeat), a ``創作手記：…`` paragraph (content) and ``△ 試聽　｜　↓ 下載LRC　｜　※ 歌詞糾錯``
  (bar).  Chrome at the end: the lyrics copyright line (``notice``), ``singer的其他專輯`` and
  three album names (``related``), the pager ``共 N 頁　＜ 上一頁　1　下一頁 ＞``
  (``page_number``), a ``Copyright 2008–…`` footer.  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` in one song's 創作手記 on pages 0, 1, 2, 4, 5, 6; no page breaks.
  Meta per song: author (the 作詞 lyricist), published (the album's 發行日期, a chrome row).
* ``sealed_ye_ruanjian`` ('岚峰软件站', HTML, LF; even pages GBK declared ``<meta
  http-equiv="Content-Type" … charset=gbk>``, odd pages UTF-8 declared ``<meta
  charset="utf-8">``): ``<title>`` = ``X下载_category_岚峰软件站``; the logo row, a nav row and
  ``您的位置：首页 → 电脑软件 → category → name`` (``header``).  Even pages: the ``<h1>`` title
  ``name VN.N.N 官方版`` OVER a ``<ul>`` of seven facts ``软件大小：…`` / ``软件语言：…`` /
  ``软件授权：…`` / ``更新时间：2019-09-03`` / ``软件类别：…`` / ``运行环境：…`` / ``开发商：…``
  (metadata, neither); odd pages: one row ``更新：2017-02-20 ｜ 大小：… ｜ 授权：免费 ｜
  开发商：…`` (metadata, neither) ABOVE the ``<h1>``.  Then ``↓ 高速下载　　↓ 普通下载　　■
  扫码装到手机`` (bar) and ``√ 安全检测通过　√ 无捆绑插件　√ 编辑人工复核`` (``notice``).  The
  text is ONE article with the title: the ``<h2>`` heads ``软件介绍`` / ``功能特色`` / ``更新日志``
  / ``安装步骤`` (content), two intro paragraphs, three ``1、…；`` features, the version line
  ``VN.N.N（2019-09-03）`` and three ``· …`` log items, the install paragraph.  Chrome after
  it: ``下载地址`` and four mirror names (bar), the ``温馨提示：…`` takedown notice
  (``notice``), ``同类软件推荐`` and four ``name VN.N.N`` items (``related``), ``网友评论（N）
  我要评论　查看全部`` (bar), two footer lines.  Damage: one kind per page, two on pages 1
  and 4.  Meta: published (更新时间), issuer (the 开发商).
* ``sealed_ye_dabian`` ('岚湖大学研究生院', plain text, CRLF, UTF-8 with BOM on even pages and
  GB18030 on odd ones; every page a compilation of 4, 2, 5, 3, 2, 4, 3, 5 notices posted in
  one month): ``岚湖大学研究生院 | 学位论文答辩公告``, a nav row, ``当前位置：首页 >> 学位工作 >>
  答辩公告`` and ``学位论文答辩公告月度汇总（2024年2月）`` (``header``), ``本月共N场　·
  按发布先后排序　·　欢迎师生旁听……`` (``notice``).  Per notice: ``[答辩公告] No.2024-157　·
  发布于 2024-02-02`` (metadata, neither), the bare thesis title (content), ``答辩人：X（major，
  degree）　｜　指导教师：Y 教授`` (metadata, neither), then ``答辩时间：…`` / ``答辩地点：…`` /
  ``答辩委员会：…`` rows and two paragraphs ``论文摘要：…`` and ``论文共分N章……`` (content);
  notices parted by a ``‥`` rule (bar).  Page breaks: the print line ``岚湖大学研究生院
  答辩公告打印页　2/4`` (``page_number``) cuts a paragraph between two CJK letters in one
  notice on pages 1, 3 and 6.  Damage: one kind in another notice on pages 0, 1, 3, 4, 6, 7.
  Chrome at the end: ``【打印本页】　【关闭窗口】　【返回顶部】`` (bar), ``上一期：…`` /
  ``下一期：…`` (``related``), an address line and a copyright line (``footer``).  Meta per
  notice: published (发布于), author (the 答辩人), doc_number (``2024-157``).
* ``sealed_ye_qipu`` ('岚湖象棋网', plain text, UTF-16 with BOM, LF; single documents):
  ``岚湖象棋网 · 名局赏析``, a ``|`` nav row and ``名局赏析 » 公开赛专区 » 正文`` (``header``);
  the bare title (content).  Even pages: seven PGN-like tag rows ``[Event "…"]`` /
  ``[Round "第5轮"]`` / ``[Date "2021.03.26"]`` / ``[Red "…"]`` / ``[Black "…"]`` /
  ``[Result "1/2-1/2"]`` / ``[Annotator "…"]`` UNDER the title (metadata, neither); odd
  pages: ``赛事：event第N轮　｜　2021年9月7日　｜　X（红）对Y（黑）　｜　红胜`` and
  ``评注：Z　｜　浏览 N 次`` (metadata, neither).  The text: an opening paragraph, numbered
  move lines ``1. 炮二平五　　马８进７`` in three runs each followed by a ``【评注】…``
  paragraph, a closing paragraph (all content, ONE article with the title).  Page breaks:
  ``▼ 下一页（2/2）`` (``page_number``) cuts a paragraph between two CJK letters on pages 2
  and 5.  Damage: one kind on odd pages.
  Chrome at the end: ``☆ 收藏棋谱　⤓ 下载XQF　▶ 在线打谱　✉ 推荐给棋友`` (bar), the
  ``声明：本站评注为……原创`` line (``notice``), ``相关棋谱：`` and three ``· title`` lines
  (``related``), a footer with a QQ group number.  Meta: published (the game's date), author
  (the annotator).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``.  Arguable and fixed here: a title line is the first content line
of its piece on every family; an album's card and track list are the page's ``header`` and
every song takes the album's release date, the track row is ``article_header`` (it holds no
metadata) while the credit row is metadata; the repeated chorus lines are content each time
they are sung; a download page's section heads, feature items, version line and log items are
content, its mirror list a bar; a defence notice's number-and-date row is metadata (it holds
the doc number and the posting date) and its time / place / committee rows are content; a
game's move lines are content and its PGN tag rows metadata.  Compiled pages: every ``geci``
and ``dabian`` page; the other families are single documents.  ``python -m
tests.families.blind_families_ye`` (seed base 5700) rewrites them and checks the truth
against the pages.

Measured blind at the session-23 start code (0798f68), per family
(F1/residue/titles/counts/repairs/meta): dabian .424/0/.25/.125/.444/0 (pieces not split, a
piece's committee and abstract lines glued); geci .932/.045/.16/.75/1/.46; qipu
.891/.012/1/1/.667/.25; ruanjian .935/.053/.875/1/1/1 (means .795/.027/.571/.719/.778/.428).
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_ye_text import (
    DB_SCHOOL,
    DB_THESES,
    GC_ALBUMS,
    GC_EXTRA,
    GC_SITE,
    GC_WRITERS,
    QP_ANNOTATORS,
    QP_EVENTS,
    QP_PLAYERS,
    QP_SITE,
    QP_TITLES,
    RJ_APPS,
    RJ_SITE,
    GenYE,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the lyrics site's album pages (a compilation, HTML in Big5) ------------------------------

GC_N = [3, 2, 4, 5, 2, 3, 4, 2]


def fam_geci(g: GenYE, i: int) -> Made:
    """'聽雨歌詞網' album pages, Big5 HTML; every page the lyrics of some of an album's songs."""
    r = g.r
    singer, cat, album, label, songs = GC_ALBUMS[i]
    k = GC_N[i]
    names = (songs + [x for x in GC_EXTRA if x not in songs])[:k]
    used: set[str] = set()
    arts = [g.song(t, used) for t in names]
    y, m, d = g.date()
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    if i % 4 != 3:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>{singer}《{album}》專輯歌詞 - {GC_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{GC_SITE}　TINGYU LYRICS", "logo", "header")
    h.links(
        "header", ["首頁", "華語男歌手", "華語女歌手", "樂團", "新歌速遞", "排行榜"], "｜", "nav"
    )
    h.el("div", f"首頁 ＞ {cat} ＞ {singer} ＞ 《{album}》", "crumb", "header")
    h.el("h1", f"《{album}》", "album", "header")
    h.el(
        "div",
        f"歌手：{singer}　｜　發行日期：{y}-{m:02d}-{d:02d}　｜　唱片公司：{label}",
        "card",
        "header",
    )
    h.el("div", f"本頁收錄 {k} 首", "cnt", "header")
    h.raw('<ol class="toc">')
    for n, a in enumerate(arts, 1):
        h.el("li", f"{n:02d}　{a.title}")
        h.chrome.append(("header", f"{n:02d}　{a.title}"))
    h.raw("</ol>")
    for n, a in enumerate(arts, 1):
        h.raw('<div class="song">')
        h.el(
            "div",
            f"★ Track {n:02d}　／　{r.randint(3, 5)}:{r.randint(0, 59):02d}",
            "tno",
            "article_header",
        )
        h.el("h3", a.title)
        comp, arr = r.sample([x for x in GC_WRITERS if x != a.meta["author"]], 2)
        h.el("div", f"作詞：{a.meta['author']}　作曲：{comp}　編曲：{arr}", "credit")
        h.raw('<div class="lrc">')
        h.raw("<br>".join(escape(x, quote=False) for x in a.page[:-1]))
        h.raw("</div>")
        h.el("p", a.page[-1], "note")
        h.el("div", "△ 試聽　｜　↓ 下載LRC　｜　※ 歌詞糾錯", "tools", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "本站歌詞由網友提供並校對，版權歸原作者及唱片公司所有，僅供欣賞交流，請勿轉作商業用途。",
        "copy",
        "notice",
    )
    h.el("h4", f"{singer}的其他專輯", "", "related")
    others = [f"《{x[2]}》" for x in GC_ALBUMS if x[0] != singer][:3]
    h.items("related", others, "more")
    h.el("div", f"共 {r.randint(2, 4)} 頁　＜ 上一頁　1　下一頁 ＞", "pager", "page_number")
    h.el(
        "div",
        f"Copyright 2008–{max(y, 2024)} {GC_SITE}　聯絡我們　隱私權政策　本站不提供音樂下載",
        "foot",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the download site's app pages (HTML, GBK / UTF-8) ----------------------------------------


def fam_ruanjian(g: GenYE, i: int) -> Made:
    """'岚峰软件站' download pages, HTML; even pages GBK, odd pages UTF-8."""
    r = g.r
    a = g.app(i)
    name, _, cat, dev, size = RJ_APPS[i]
    a.meta["issuer"] = dev
    kinds = [ODD[i % 3]] + ([ODD[(i + 2) % 3]] if i in (1, 4) else [])
    damage(g, a, kinds)
    y, m, d = ymd(a)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    else:
        h.raw('<meta charset="utf-8">')
    h.raw(f"<title>{a.title}下载_{cat}_{RJ_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{RJ_SITE}　绿色·安全·高速", "logo", "header")
    h.links(
        "header", ["首页", "电脑软件", "手机软件", "单机游戏", "专题合集", "装机必备"], "　", "nav"
    )
    h.el("div", f"您的位置：首页 → 电脑软件 → {cat} → {name}", "crumb", "header")
    facts = [
        f"软件大小：{size}",
        "软件语言：简体中文",
        "软件授权：免费软件",
        f"更新时间：{y}-{m:02d}-{d:02d}",
        f"软件类别：{cat}",
        "运行环境：Win11/Win10/Win7",
        f"开发商：{dev}",
    ]
    if i % 2 == 0:
        h.el("h1", a.title)
        h.raw('<ul class="info">')
        for x in facts:
            h.el("li", x)
        h.raw("</ul>")
    else:
        h.el(
            "div",
            f"更新：{y}-{m:02d}-{d:02d} ｜ 大小：{size} ｜ 授权：免费 ｜ 开发商：{dev}",
            "info",
        )
        h.el("h1", a.title)
    h.el("div", "↓ 高速下载　　↓ 普通下载　　■ 扫码装到手机", "btns", "bar")
    h.el("div", "√ 安全检测通过　√ 无捆绑插件　√ 编辑人工复核", "safe", "notice")
    h.raw('<div class="content">')
    for x in a.page:
        h.el("h2" if len(x) <= 4 else "p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("h3", "下载地址", "", "bar")
    h.items("bar", ["电信高速下载", "联通高速下载", "移动高速下载", "本地普通下载"], "dl")
    h.el(
        "p",
        "温馨提示：本站软件均来自开发者投稿或互联网公开渠道，如有侵权请联系我们删除。",
        "tip",
        "notice",
    )
    h.el("h3", "同类软件推荐", "", "related")
    others = [f"{x[0]} V{x[1]}" for k, x in enumerate(RJ_APPS) if k != i]
    h.items("related", r.sample(others, 4), "rel")
    h.el("div", f"网友评论（{r.randint(0, 300)}）　我要评论　查看全部", "cmt", "bar")
    h.el("p", "关于本站 | 联系我们 | 广告合作 | 软件提交 | 免责声明", "", "footer")
    h.el("p", f"Copyright (C) 2009-{y} {RJ_SITE} 版权所有　岚ICP备11023456号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the graduate school's weekly defence notices (a compilation, plain text) -----------------

DB_N = [4, 2, 5, 3, 2, 4, 3, 5]
DB_BREAK = {1, 3, 6}
DOTS = "‥" * 20


def fam_dabian(g: GenYE, i: int) -> Made:
    """'岚湖大学研究生院' defence notices of one month, text; every page a compilation."""
    r = g.r
    k = DB_N[i]
    g.month(k, newest_first=False)
    posted = [datetime.date(*g.date()) for _ in range(k)]
    theses = r.sample(DB_THESES, k)
    made = [g.defence(x, t) for x, t in zip(posted, theses, strict=True)]
    arts: list[Art] = [x[0] for x in made]
    total = r.randint(3, 5)
    page_no = counter(2, total, lambda p, t: f"{DB_SCHOOL}　答辩公告打印页　{p}/{t}")
    hurt = r.sample(range(k), 2)
    if i in DB_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i % 3 != 2:
        damage(g, arts[hurt[1]], [ODD[(i + 1) % 3]])
    year = posted[0].year
    mon = posted[0].month
    last = f"{year - 1}年12月" if mon == 1 else f"{year}年{mon - 1}月"
    nxt = f"{year + 1}年1月" if mon == 12 else f"{year}年{mon + 1}月"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{DB_SCHOOL} | 学位论文答辩公告"),
            ("header", "首页　招生信息　培养管理　学位工作　导师队伍　下载中心"),
            ("header", "当前位置：首页 >> 学位工作 >> 答辩公告"),
            ("header", f"学位论文答辩公告月度汇总（{year}年{mon}月）"),
            ("notice", f"本月共{k}场　·　按发布先后排序　·　欢迎师生旁听，旁听请提前十分钟入场"),
        ],
    )
    first = r.randint(20, 160)
    for n, (a, (major, degree), sup) in enumerate(made):
        y, m, d = ymd(a)
        a.meta["doc_number"] = f"{year}-{first + n:03d}"
        lines.append("")
        if n:
            put(lines, chrome, [("bar", DOTS)])
            lines.append("")
        lines.append(f"[答辩公告] No.{year}-{first + n:03d}　·　发布于 {y}-{m:02d}-{d:02d}")
        lines.append(a.title)
        lines.append(f"答辩人：{a.meta['author']}（{major}，{degree}）　｜　指导教师：{sup} 教授")
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", "【打印本页】　【关闭窗口】　【返回顶部】"),
            ("related", f"上一期：学位论文答辩公告月度汇总（{last}）"),
            ("related", f"下一期：学位论文答辩公告月度汇总（{nxt}）"),
            (
                "footer",
                f"地址：岚湖市学府路1号　邮编：4{r.randint(10000, 99999)}"
                f"　学位办电话：0745-8{r.randint(100000, 999999)}",
            ),
            ("footer", f"Copyright © {DB_SCHOOL} All Rights Reserved"),
        ],
    )
    return lines, arts, chrome, True


# -- 4. the xiangqi club's annotated games (plain text, UTF-16) ----------------------------------

QP_BREAK = {2, 5}


def fam_qipu(g: GenYE, i: int) -> Made:
    """'岚湖象棋网' annotated games, UTF-16 text; single documents."""
    r = g.r
    event = r.choice(QP_EVENTS)
    a = g.game(i, event)
    red, black = r.sample(QP_PLAYERS, 2)
    who = r.choice(QP_ANNOTATORS)
    a.meta["author"] = who
    if i in QP_BREAK:
        damage(g, a, ["page_break"], lambda: [("page_number", "▼ 下一页（2/2）")])
    if i % 2:
        damage(g, a, [ODD[i // 2 % 3]])
    y, m, d = ymd(a)
    rnd = r.randint(1, 9)
    result = r.choice(["1-0", "0-1", "1/2-1/2"])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{QP_SITE} · 名局赏析"),
            ("header", "首页 | 对局库 | 名局赏析 | 残局天地 | 棋友论坛 | 在线对弈"),
            ("header", "名局赏析 » 公开赛专区 » 正文"),
        ],
    )
    lines.append("")
    lines.append(a.title)
    if i % 2 == 0:
        lines += [
            f'[Event "{event}"]',
            f'[Round "第{rnd}轮"]',
            f'[Date "{y}.{m:02d}.{d:02d}"]',
            f'[Red "{red}"]',
            f'[Black "{black}"]',
            f'[Result "{result}"]',
            f'[Annotator "{who}"]',
        ]
    else:
        res = {"1-0": "红胜", "0-1": "黑胜", "1/2-1/2": "和棋"}[result]
        lines.append(
            f"赛事：{event}第{rnd}轮　｜　{y}年{m}月{d}日"
            f"　｜　{red}（红）对{black}（黑）　｜　{res}"
        )
        lines.append(f"评注：{who}　｜　浏览 {r.randint(200, 9000)} 次")
    lines.append("")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append("")
    others = [x for k, x in enumerate(QP_TITLES) if k != i]
    put(
        lines,
        chrome,
        [
            ("bar", "☆ 收藏棋谱　⤓ 下载XQF　▶ 在线打谱　✉ 推荐给棋友"),
            ("notice", f"声明：本站评注为{QP_SITE}原创，转载请注明出处，棋谱数据欢迎交流。"),
            ("related", "相关棋谱："),
            *[("related", f"· {x}") for x in r.sample(others, 3)],
            ("footer", f"{QP_SITE}　棋友之家　客服QQ群：{r.randint(10000000, 99999999)}"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_ye_geci", "sealed", "cp950", "\r\n", 8, fam_geci, "html"),
    BlindFamily(
        "sealed_ye_ruanjian", "sealed", "gbk", "\n", 8, fam_ruanjian, "html", ("gbk", "utf-8")
    ),
    BlindFamily(
        "sealed_ye_dabian",
        "sealed",
        "utf-8-sig",
        "\r\n",
        8,
        fam_dabian,
        "txt",
        ("utf-8-sig", "gb18030"),
    ),
    BlindFamily("sealed_ye_qipu", "sealed", "utf-16", "\n", 8, fam_qipu),
]

assert len(GC_ALBUMS) == 8 and len(RJ_APPS) == 8 and len(QP_TITLES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5700, gen=GenYE)
