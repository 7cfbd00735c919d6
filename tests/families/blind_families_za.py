"""Four more invented families for a twenty-fifth blind test of the generic layer: a city
library's new-book bulletins and weekly picks (HTML, GBK declared ``<meta charset="gbk">`` on
even pages and UTF-8 on odd ones, LF; bulletins list several books under a ``№03　title``
head), a city post's stamp-issue announcements (plain text, UTF-16 with BOM and GB18030 by
page, CRLF, running marks ``栖湾邮政·集邮频道　P.2/3`` cutting sentences), a city 12345
hotline's published worked cases (HTML, UTF-8 with BOM, CRLF; on odd pages the title stands
only in the breadcrumb's last item and the ``<title>``, the heading being ``工单详情``) and an
expo's English newsroom (plain text, UTF-8, LF).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_za_xinshu`` (a library '栖湾市图书馆', HTML, GBK on even pages and UTF-8 on odd
  ones, each declared by ``<meta charset>``, LF): ``栖湾市图书馆``, ``首页 / 读者服务 / 数字资源
  / 新书通报 / 阅读推广 / 馆情介绍`` (``header``), ``馆藏检索：请输入书名、著者或ISBN　检索``
  (bar).  Bulletins (pages 0, 2, 3, 5, 6 with 4, 3, 5, 3, 4 books): ``首页 ＞ 新书通报 ＞
  2021年第3期``, the ``<h2>`` ``新书通报（2021年第3期）`` and ``本期推荐新书4种　发布日期：
  2021-03-09　编辑：采编部`` (``header``); per book an ``<h3>`` head ``№03　澄湖渔事`` (a header
  row, neither; the title drops ``№03　``), a card ``著者：X　｜　出版社：Y　｜　索书号：Z``
  (neither), one or two blurb paragraphs (content) and ``荐书人：X（采编部）`` (metadata,
  neither); ``往期通报：2021年第2期　｜　更多>>`` (``related``) at the end.  Weekly picks
  (pages 1, 4, 7): ``首页 ＞ 阅读推广 ＞ 每周荐书`` (``header``), a category badge ``每周荐书``
  (neither) ABOVE the ``<h1>`` title, the row ``发布时间：2021-03-09 10:21　来源：阅读推广部
  浏览次数：N`` (metadata, neither), the card (neither), three paragraphs (content), the
  ``荐书人：`` line (metadata); ``转发给书友：微信 ┆ 微博 ┆ 复制链接`` (bar), ``您可能还喜欢`` and
  two ``《book》`` items (``related``).  Two footer lines (one with an ICP number) on every
  page; the ``<title>`` is ``X——每周荐书 - 栖湾市图书馆`` or the bulletin's name.  Damage: one
  kind on each weekly pick (``cjk_space``, ``comma``, ``stray_q`` on 1, 4, 7) and in one book
  of page 3.  Meta: author (the 荐书人) on every book; published and origin (来源) on the
  weekly picks only (a bulletin's date is in its header).
* ``sealed_za_youpiao`` (a city post's stamp channel '栖湾邮政', plain text, UTF-16 with BOM
  on even pages and GB18030 on odd ones, CRLF): the page title line ``《澄州古桥》特种邮票发行
  公告｜集邮频道｜栖湾邮政``, ``栖湾邮政　集邮频道　　[登录]　[注册]　[购物车]``, ``频道首页 ▪ 新邮
  预报 ▪ 发行公告 ▪ 邮票图库 ▪ 集邮知识 ▪ 网上商城`` and ``当前位置：频道首页 › 发行公告``
  (``header``).  Even pages: the bare title over ``发布时间：2021/3/9　信息来源：栖湾邮政集邮业务部
  字号：大 中 小`` (metadata, neither); odd pages: a badge ``〔新邮发行〕`` (neither) above the
  title and ``栖邮集〔2021〕12号　　2021年3月9日`` (metadata, neither) under it.  The title, the
  lead, ``一、邮票图案`` and the ``4-1　name：…`` lines, ``二、邮票规格`` and its four
  ``label：value`` lines, ``三、发售安排`` and two paragraphs, the sign-off ``栖湾邮政`` and its
  Chinese-numeral date are ONE article.  Page breaks: the running mark ``栖湾邮政·集邮频道
  P.2/3`` (``page_number``), standing alone between blank lines, cuts a sentence between two
  CJK letters on pages 0, 1, 3, 4, 6 (twice, numbered in page order, on 3 and 6).  Chrome at
  the end: ``附件下载：《X》邮票图稿（高清）.zip``, ``上一篇：…`` / ``下一篇：…`` (``related``),
  ``打印此页 · 发送给朋友 · 返回列表`` (bar), ``邮票图稿版权归……`` (``notice``), a footer with an
  ICP number.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on 2 and
  5).  Meta: published; origin (信息来源) on even pages, doc_number (栖邮集 number) on odd.
* ``sealed_za_gongdan`` (a city hotline '栖湾市12345政务服务便民热线', HTML, UTF-8 with BOM,
  ``<meta charset="utf-8">``, CRLF): the hotline's name, the slogan ``接诉即办　有呼必应`` and
  ``首页 | 热线动态 | 办理公开 | 数据分析 | 知识库 | 我要反映`` (``header``).  Even pages:
  ``首页 > 办理公开 > 典型工单`` (``header``), the ``<h1>`` title ``关于X的诉求`` over the row
  ``工单编号：QW202103091234　承办单位：Y　公开日期：2021-03-09`` (metadata, neither).  Odd
  pages: the title stands ONLY in the ``<title>`` (``X-办理公开-…``) and as the last item of the
  breadcrumb ``首页 > 办理公开 > 典型工单 > X`` (``header``); the visible heading is ``工单详情``
  (``<h2>``, ``header``) over a ``<table>`` card whose cells are each a line ``工单编号：…`` /
  ``承办单位：…`` / ``公开日期：2021年3月9日`` / ``办理状态：已办结`` (metadata, neither); the
  article then has no title line.  Content: ``诉求内容：…``, ``办理过程：`` and its paragraph,
  ``办理结果：…``, ``回访情况：…`` (and the ``<h1>`` title on even pages).  Chrome:
  ``（为保护个人隐私……）`` (``notice``), ``有用(N)　没用(N)　纠错`` (bar), ``同类工单`` and two
  titles (``related``), two footer lines.  Damage one kind on pages 2, 3, 6.  Meta: published
  (公开日期), doc_number (工单编号).
* ``sealed_za_expo`` (an expo's English newsroom 'Qiwan International Trade Expo', plain
  text, UTF-8, LF): the page title line ``Headline - Newsroom - Qiwan International Trade
  Expo``, ``QIWAN EXPO | 栖湾国际贸易博览会``, ``Home · About · Exhibit · Visit · Newsroom ·
  Media Center · 中文`` and ``Newsroom > Press Releases`` (``header``).  Even pages: a kicker
  ``PRESS RELEASE`` (neither) above the headline and ``Release No. QIE-2021-017 | 2021/3/9``
  (metadata, neither) under it; odd pages: the headline over ``Posted: 2021-03-09 | Author: X
  | Views: 1,234`` (metadata, neither).  The headline, the dateline lead ``QIWAN, China, March
  9, 2021 -- …``, the quote, two paragraphs, ``About the Expo`` and its boilerplate,
  ``Media Contact:`` and the contact line are ONE article.  Chrome: ``Share: Facebook | X |
  LinkedIn | WeChat | Email`` (bar), ``Media may reproduce this release……`` (``notice``),
  ``More Releases`` and two headlines (``related``), two footer lines (one with an ICP
  number).  No damage, no page breaks (English lines).  Meta: published; doc_number (Release
  No.) on even pages, author (the poster) on odd pages.

Truth as :mod:`tests.families.blind_families_z`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: a book's writer
(著者), publisher and call number are the book's, not the blurb's, and have no key (the card
is neither), its 荐书人 wrote the blurb and is ``author``; a bulletin's books carry no
``published`` (the date is the bulletin's, in its header); a category badge (``每周荐书``,
``〔新邮发行〕``, ``PRESS RELEASE``) is neither; a stamp's picture and specification lines and
the post's sign-off are content (the announcement as issued), its 信息来源 is ``origin`` and
the 栖邮集 number ``doc_number``; a worked case's 承办单位 (the department that did the work,
not the publisher) has no key, its 工单编号 is ``doc_number``; a worked case whose title is
only in the breadcrumb has that title, and no title line among its lines; a release's
``About`` boilerplate and media contact are content, its dateline date is ``published`` (also
given as ``2021/3/9`` or ISO on the page), the poster is ``author`` and the quoted official
is not.  Compiled pages: ``xinshu`` (pages 0, 2, 3, 5, 6); ``youpiao``, ``gongdan`` and
``expo`` are single documents.  ``python -m tests.families.blind_families_za`` (seed base
2700) rewrites them and checks the truth against the pages.

Measured blind, once, at main ``99e0bc1`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): expo .833/.273/1.0/1.0/1.0/.250; gongdan
.865/.174/1.0/1.0/1.0/.500; xinshu .941/0.0/1.0/1.0/1.0/.214; youpiao
.890/0.0/1.0/1.0/.706/.750.  Means .882/.112/1.0/1.0/.926/.429.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_za_text import (
    BOOKS,
    DESKS,
    EXPO,
    HOTLINE,
    LIBRARIANS,
    LIBRARY,
    ORDERS,
    POST,
    POST_DESK,
    RELEASES,
    STAMPS,
    GenZA,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/site.css?v=3">', "</head>", "<body>")


# -- 1. the library's new-book bulletins -----------------------------------------------

ISSUE = {0: 4, 2: 3, 3: 5, 5: 3, 6: 4}
CHARSETS = ['<meta charset="gbk">', '<meta charset="utf-8">']


def card(j: int) -> str:
    _, who, press, call, _, _ = BOOKS[j]
    return f"著者：{who}　｜　出版社：{press}　｜　索书号：{call}"


def fam_xinshu(g: GenZA, i: int) -> Made:
    """'栖湾市图书馆' new-book bulletins and weekly picks, GBK / UTF-8 HTML."""
    r = g.r
    k = ISSUE.get(i, 1)
    picks = r.sample(range(len(BOOKS)), k)
    arts = [g.blurb(j, long=k == 1) for j in picks]
    h = Html()
    y, m, d = ymd(arts[0])
    no = m
    if k > 1:
        title = f"新书通报（{y}年第{no}期）_{LIBRARY}"
    else:
        title = f"{arts[0].title}——每周荐书 - {LIBRARY}"
    start(h, CHARSETS[i % 2], title)
    h.el("div", LIBRARY, "logo", "header")
    nav = ["首页", "读者服务", "数字资源", "新书通报", "阅读推广", "馆情介绍"]
    h.links("header", nav, " / ", "nav")
    h.el("div", "馆藏检索：请输入书名、著者或ISBN　检索", "opac", "bar")
    if k > 1:
        h.links("header", ["首页", "新书通报", f"{y}年第{no}期"], " ＞ ", "crumb")
        h.el("h2", f"新书通报（{y}年第{no}期）", "issue", "header")
        sub = f"本期推荐新书{k}种　发布日期：{y}-{m:02d}-{d:02d}　编辑：采编部"
        h.el("div", sub, "issue-sub", "header")
        hit = r.randrange(k) if i == 3 else -1
        for n, (a, j) in enumerate(zip(arts, picks, strict=True)):
            who = LIBRARIANS[(i + n) % len(LIBRARIANS)]
            a.meta = {"author": who}
            if n == hit:
                damage(g, a, [ODD[n % 3]])
            h.el("h3", f"№{n + 1:02d}　{a.title}")
            h.el("div", card(j), "book-card")
            h.body(a)
            h.el("div", f"荐书人：{who}（{r.choice(DESKS)}）", "picker")
        past = [f"{y}年第{no - 1}期" if no > 1 else f"{y - 1}年第12期", "更多>>"]
        h.el("div", "往期通报：" + "　｜　".join(past), "past", "related")
    else:
        a = arts[0]
        j = picks[0]
        who = LIBRARIANS[i % len(LIBRARIANS)]
        a.meta.update(origin="阅读推广部", author=who)
        damage(g, a, [ODD[i // 3]])
        a.lines = [a.title, *a.lines]
        h.links("header", ["首页", "阅读推广", "每周荐书"], " ＞ ", "crumb")
        h.el("div", "每周荐书", "badge")
        h.el("h1", a.title)
        row = f"发布时间：{a.meta['published']} {g.clock()}　来源：阅读推广部　浏览次数：{r.randint(30, 3000)}"  # noqa: E501
        h.el("div", row, "info")
        h.el("div", card(j), "book-card")
        h.body(a)
        h.el("div", f"荐书人：{who}（阅读推广部）", "picker")
        h.el("div", "转发给书友：微信 ┆ 微博 ┆ 复制链接", "share", "bar")
        h.el("div", "您可能还喜欢", "more-head", "related")
        others = [f"《{x[0]}》" for n, x in enumerate(BOOKS) if n != j]
        h.items("related", r.sample(others, 2), "more")
    h.el("p", f"{LIBRARY} 版权所有　湾ICP备08012345号-2", "", "footer")
    h.el("p", "开放时间：周二至周日 9:00-21:00（周一闭馆）　咨询电话：0599-86201234", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 2. the stamp-issue announcements ---------------------------------------------------


def number_marks(a: Art, fmt: str, total: int) -> None:
    """Name the page-break placeholders of ``a`` in page order (page 2 first)."""
    names: dict[str, str] = {}
    for ln in a.page:
        for part in ln.split("\n"):
            if part.startswith("@PB") and part not in names:
                names[part] = fmt.format(n=len(names) + 2, t=total)

    def fix(s: str) -> str:
        for old, new in names.items():
            s = s.replace(old, new)
        return s

    a.page = [fix(x) for x in a.page]
    for rp in a.repairs:
        rp["damaged"] = fix(rp["damaged"])
    a.chrome = sorted(((k, names[x]) for k, x in a.chrome), key=lambda c: c[1])


BREAKS = {0: 1, 1: 1, 3: 2, 4: 1, 6: 2}


def fam_youpiao(g: GenZA, i: int) -> Made:
    """'栖湾邮政' stamp-issue announcements, UTF-16 / GB18030 text."""
    r = g.r
    a = g.stamp(i)
    y, m, d = ymd(a)
    kinds = [ODD[i % 3]] + ([ODD[(i + 2) % 3]] if i in (2, 5) else [])
    nb = BREAKS.get(i, 0)
    kinds += ["page_break"] * nb
    tag = counter(0, 9, lambda n, t: f"@PB{n}@")
    damage(g, a, kinds, lambda: [("page_number", tag())])
    number_marks(a, f"{POST}·集邮频道　P.{{n}}/{{t}}", nb + 1)
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title}｜集邮频道｜{POST}")])
    put(lines, chrome, [("header", f"{POST}　集邮频道　　[登录]　[注册]　[购物车]")])
    nav = "频道首页 ▪ 新邮预报 ▪ 发行公告 ▪ 邮票图库 ▪ 集邮知识 ▪ 网上商城"
    put(lines, chrome, [("header", nav)])
    put(lines, chrome, [("header", "当前位置：频道首页 › 发行公告")])
    lines.append("")
    if i % 2 == 0:
        a.meta["origin"] = POST_DESK
        row = f"发布时间：{y}/{m}/{d}　信息来源：{POST_DESK}　字号：大 中 小"
        lines += [a.title, row]
    else:
        no = f"栖邮集〔{y}〕{r.randint(3, 40)}号"
        a.meta["doc_number"] = no
        lines += ["〔新邮发行〕", a.title, f"{no}　　{y}年{m}月{d}日"]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    name = STAMPS[i][0]
    others = [f"《{x[0]}》{x[1]}邮票发行公告" for n, x in enumerate(STAMPS) if n != i]
    prev, nxt = r.sample(others, 2)
    tail: Chrome = [
        ("related", f"附件下载：《{name}》邮票图稿（高清）.zip"),
        ("related", f"上一篇：{prev}"),
        ("related", f"下一篇：{nxt}"),
        ("bar", "打印此页 · 发送给朋友 · 返回列表"),
        ("notice", "邮票图稿版权归国家邮政主管部门所有，未经许可不得复制、转载或用于商业用途。"),
        ("footer", f"{POST} 版权所有　湾ICP备16004321号　客服热线：400-65-11085"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the hotline's worked cases ------------------------------------------------------


def fam_gongdan(g: GenZA, i: int) -> Made:
    """'栖湾市12345政务服务便民热线' worked cases, UTF-8-BOM HTML."""
    r = g.r
    a = g.order(i)
    y, m, d = ymd(a)
    dept = ORDERS[i][3]
    no = f"QW{y}{m:02d}{d:02d}{r.randint(1000, 9999)}"
    a.meta["doc_number"] = no
    if i in (2, 3, 6):
        damage(g, a, [ODD[i % 3]])
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title}-办理公开-{HOTLINE}")
    h.el("div", HOTLINE, "logo", "header")
    h.el("div", "接诉即办　有呼必应", "slogan", "header")
    nav = ["首页", "热线动态", "办理公开", "数据分析", "知识库", "我要反映"]
    h.links("header", nav, " | ", "nav")
    if i % 2 == 0:
        a.lines = [a.title, *a.lines]
        h.links("header", ["首页", "办理公开", "典型工单"], " > ", "crumb")
        h.el("h1", a.title)
        h.el("div", f"工单编号：{no}　承办单位：{dept}　公开日期：{a.meta['published']}", "info")
    else:
        h.links("header", ["首页", "办理公开", "典型工单", a.title], " > ", "crumb")
        h.el("h2", "工单详情", "detail-head", "header")
        h.raw(
            '<table class="order-card">',
            f"<tr><td>工单编号：{escape(no)}</td><td>承办单位：{escape(dept)}</td></tr>",
            f"<tr><td>公开日期：{y}年{m}月{d}日</td><td>办理状态：已办结</td></tr>",
            "</table>",
        )
    h.body(a)
    h.el("div", "（为保护个人隐私，本工单已隐去诉求人姓名、电话等信息）", "privacy", "notice")
    h.el("div", f"有用({r.randint(1, 90)})　没用({r.randint(0, 5)})　纠错", "vote", "bar")
    h.el("div", "同类工单", "same-head", "related")
    h.items("related", r.sample([x[0] for n, x in enumerate(ORDERS) if n != i], 2), "same")
    h.el("p", "主办：栖湾市政务服务管理办公室　湾ICP备13005678号", "", "footer")
    h.el("p", "本站支持IPv6　建议使用1366×768以上分辨率浏览", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the expo's English newsroom -----------------------------------------------------

POSTERS = ["Chen Mo", "Xu Ning", "Gao Yue"]


def fam_expo(g: GenZA, i: int) -> Made:
    """'Qiwan International Trade Expo' press releases, UTF-8 text, English."""
    r = g.r
    a = g.release(i)
    y, m, d = ymd(a)
    a.lines += [
        "Media Contact:",
        "Expo Media Office | Tel: +86-599-8620-7788 | press@qiwanexpo.example",
    ]
    a.page = list(a.lines)
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title} - Newsroom - {EXPO}")])
    put(lines, chrome, [("header", "QIWAN EXPO | 栖湾国际贸易博览会")])
    nav = "Home · About · Exhibit · Visit · Newsroom · Media Center · 中文"
    put(lines, chrome, [("header", nav)])
    put(lines, chrome, [("header", "Newsroom > Press Releases")])
    lines.append("")
    if i % 2 == 0:
        no = f"QIE-{y}-{r.randint(1, 60):03d}"
        a.meta["doc_number"] = no
        lines += ["PRESS RELEASE", a.title, f"Release No. {no} | {y}/{m}/{d}"]
    else:
        who = POSTERS[i % len(POSTERS)]
        a.meta["author"] = who
        views = f"{r.randint(1, 9)},{r.randint(100, 999)}"
        lines += [a.title, f"Posted: {a.meta['published']} | Author: {who} | Views: {views}"]
    a.lines = [a.title, *a.lines]
    lines += ["", *a.page, ""]
    others = [x[0] for n, x in enumerate(RELEASES) if n != i]
    tail: Chrome = [
        ("bar", "Share: Facebook | X | LinkedIn | WeChat | Email"),
        (
            "notice",
            "Media may reproduce this release in full or in part with credit to the Expo Newsroom.",
        ),
        ("related", "More Releases"),
        *(("related", x) for x in r.sample(others, 2)),
        ("footer", f"© 2024 {EXPO} Organizing Committee. All rights reserved."),
        ("footer", "湾ICP备19007766号-1 | Privacy Policy | Terms of Use"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_za_xinshu", "sealed", "gbk", "\n", 8, fam_xinshu, "html", ("gbk", "utf-8")),
    BlindFamily(
        "sealed_za_youpiao",
        "sealed",
        "utf-16",
        "\r\n",
        8,
        fam_youpiao,
        "txt",
        ("utf-16", "gb18030"),
    ),
    BlindFamily("sealed_za_gongdan", "sealed", "utf-8-sig", "\r\n", 8, fam_gongdan, "html"),
    BlindFamily("sealed_za_expo", "sealed", "utf-8", "\n", 8, fam_expo),
]

assert len(STAMPS) == len(ORDERS) == len(RELEASES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2700, gen=GenZA)
