"""Four more invented families for a twenty-third blind test of the generic layer: a
maritime safety administration's navigational warnings (HTML in GBK declared ``<meta
charset="gb2312">``, CRLF, weekly issues that list several warnings under a doc-number
line), a poetry community's original poems and weekly selections (HTML, UTF-8 with and
without BOM by page, LF), a city transport office's route-change announcements saved from
the print view of a site in traditional letters (plain text, Big5, LF, with folio marks
``－ 2 －`` cutting sentences) and a medicine-leaflet database's leaflets (plain text,
GB18030 and UTF-16 with BOM by page, CRLF, ``【label】`` sections).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_y_hangjing`` (a maritime safety administration '澄州海事局', HTML, GBK declared
  ``<meta charset="gb2312">``, CRLF): ``中华人民共和国澄州海事局``, ``首页 | 海事动态 | 政务公开
  | 航行警告 | 船员服务 | 互动交流`` and ``首页 - 航行警告 - 本期警告`` (``header``).  Weekly
  issues (pages 0, 1, 3, 4, 6, 7 with 4, 3, 5, 3, 4, 3 warnings, newest first): ``航行警告
  2021年第15期`` (``<h2>``, ``header``); per warning a doc-number line ``▌澄航警124/21　发布：
  2021-03-09`` (metadata, neither) ABOVE the ``<h4>`` title ``栖湾港东航道疏浚作业``; the
  time-and-ship sentence ending ``：``, three or four coordinate lines ``A　27-12.30N
  120-15.40E`` and the closing rule (content); ``上一期　｜　下一期　｜　往期查询``
  (``related``) at the end.  Single warnings (pages 2 and 5): the ``<h1>`` title over the row
  ``文号：澄航警124/21　发布日期：2021-03-09　发布单位：澄州海事局`` (page 2) or under it (page
  5), the same parts plus a sentence naming the VTS channel (content); ``【字体：大 中 小】
  【打印本页】【关闭窗口】`` (bar), ``本栏目信息仅供参考……`` (``notice``), ``相关警告`` and two
  titles (``related``).  Two footer lines (one with an ICP number) on every page.  No page
  breaks; damage one kind in one warning (0, 3, 6) or on the single pages.  Meta:
  published, doc_number (the 航警 number) on every warning; issuer on single pages.
* ``sealed_y_shici`` (a poetry site '青岚诗词网', HTML, UTF-8 on even pages and UTF-8 with BOM
  on odd ones, ``<meta charset="utf-8">``, LF): ``青岚诗词网``, ``首页 | 诗词 | 名句 | 作者 | 诗社
  | 投稿`` and ``首页 › 原创诗词 › 七言绝句`` (``header``).  Single poems (pages 0, 2, 4, 5, 7):
  the title a ``<div class="sc-title">`` over the row ``〔当代〕林晚舟　　体裁：七言绝句
  2021-03-09`` (metadata, neither) or UNDER it (pages 4 and 7); two or four couplet lines,
  ``【注释】`` with ``①…。`` notes and ``【赏析】`` with one or two paragraphs (content).
  Chrome: ``朗读　｜　复制　｜　收藏　｜　纠错`` (bar), ``本作品由作者授权发布……`` (``notice``),
  ``作者其他作品`` and three titles (``related``), ``网友评论（N）　登录后发表评论`` (bar).
  Weekly selections (pages 1, 3 and 6 with 3, 4, 3 poems, newest first): ``本周诗选 · 第86期``
  (``<h1>``, ``header``) and ``编选：诗社编辑部　共3首`` (``header``); per poem an ``<h3>``
  title over a row ``林晚舟（澄州）｜2021-03-09`` (metadata), the couplets and ``编者按：…``
  (content); ``往期诗选`` (``related``) at the end.  A footer with an ICP number.  Damage one
  kind in a 赏析 paragraph or one 编者按.  Meta: published, author (the poet).
* ``sealed_y_gongche`` (a city transport office '澄港市公共車船管理處', plain text, Big5, LF;
  traditional letters): ``澄港市公共車船管理處 全球資訊網`` and ``首頁 > 最新消息 > 路線異動公告``
  (``header``).  On even pages a card ``發布單位：營運規劃科`` / ``發布日期：2021-03-09`` /
  ``點閱次數：N`` (metadata, neither) above the bare title ``公車12路改道行駛公告``; on odd
  pages the title comes first and the row ``公告日期：2021年3月9日　文號：澄車營字第1100012345號``
  (metadata, neither) under it.  The title, ``主旨：…``, ``說明：``, the items ``一、`` to
  ``四、`` and the sign-off ``澄港市公共車船管理處　敬啟`` are ONE article.  Page breaks: the
  print view's folio ``－ 2 －`` (``page_number``) standing alone between blank lines cuts a
  sentence between two CJK letters on pages 0, 2, 4 and 6 (``－ 2 －`` and ``－ 3 －`` on page
  4).  Chrome at the end: ``附件：12路改道示意圖.pdf（356KB）`` (``related``), ``友善列印　｜
  回上頁　｜　分享至社群`` (bar), ``本網站內容著作權屬…所有，轉載請註明出處。`` (``notice``) and a
  footer.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on 1, 4, 7).  Meta:
  published (the Gregorian date only: dates in the text are in the ROC era), issuer (the
  office), doc_number on odd pages.
* ``sealed_y_shuoming`` (a leaflet database '药典云', plain text, GB18030 on even pages and
  UTF-16 with BOM on odd ones, CRLF): the page title line ``栀芩清咽片说明书_药典云`` and
  ``首页 / 药品说明书 / 中成药 / 栀芩清咽片`` (``header``); the row ``剂型：片剂　｜　类别：中成药
  ｜　浏览：N`` (neither) above the bare title ``栀芩清咽片说明书``, and ``核准日期：2021年3月9日``
  (metadata, neither) under it (pages 0, 2, 4, 6) or above it (odd pages).  The title, the
  reading line, the ``【药品名称】`` / ``【成份】`` / … / ``【生产企业】`` labels and the value lines
  under each (``1．…。`` notes, the approval number, the maker's name, address and hotline)
  are ONE article.  Chrome: ``纠错　｜　打印　｜　下载PDF`` (bar), ``说明书内容来源于企业公开资料……``
  (``notice``), ``相关说明书`` and two names (``related``), two footer lines.  Single
  documents; no page breaks; damage one kind (in the
  药物相互作用 line, the same on every leaflet).  Meta: published (核准
  日期), doc_number (the 批准文号 inside the text).

Truth as :mod:`tests.families.blind_families_w`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: a warning's coordinate
lines are content (the warning is void without them); an issue names no issuer, a single
warning's 发布单位 is ``issuer``; the poet is ``author``, 体裁 and the poet's home town have no
key; a poem's 注释 and 赏析 and a selection's 编者按 are content of the poem (they appear with
it on the site, as set q's answers keep their explanations); the transport office's sign-off
is content and the office is ``issuer`` (named by the site header and the sign-off); a
leaflet's ``【label】`` lines and its maker block are content (the leaflet as printed), its
批准文号 is ``doc_number`` and its 核准日期 ``published``; 剂型 / 类别 / 浏览 / 点阅次数 have no
key.  Compiled pages: ``hangjing`` (pages 0, 1, 3, 4, 6, 7) and ``shici`` (1, 3, 6);
``gongche`` and ``shuoming`` are single documents.  ``python -m
tests.families.blind_families_y`` (seed base 2500) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``9e07f1d`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): gongche .978/0.0/1.0/1.0/1.0/.600; hangjing
.978/.129/.083/.250/1.0/.120; shici .985/0.0/1.0/1.0/1.0/.433; shuoming
.878/0.0/.500/1.0/1.0/0.0.  Means .955/.032/.646/.813/1.0/.288.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_y_text import (
    FORMS,
    HOMES,
    JOBS,
    LEAF,
    MSA,
    OFFICE_TW,
    POETS,
    ROUTES,
    THEMES,
    WATERS,
    WORKS,
    GenY,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", "<html>", "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/skin/css/base.css">', "</head>", "<body>")


# -- 1. the navigational warnings ------------------------------------------------------

ISSUE = {0: 4, 1: 3, 3: 5, 4: 3, 6: 4, 7: 3}


def fam_hangjing(g: GenY, i: int) -> Made:
    """'澄州海事局' navigational warnings: weekly issues and single warnings, GBK HTML."""
    r = g.r
    k = ISSUE.get(i, 1)
    if k > 1:
        g.month(k, newest_first=True)
    first = r.randint(60, 300)
    jobs = r.sample(range(len(JOBS)), k)
    arts = [g.warning(j, first - n, long=k == 1) for n, j in enumerate(jobs)]
    h = Html()
    start(h, '<meta charset="gb2312">', f"{arts[0].title if k == 1 else '航行警告'}-{MSA}")
    h.el("div", f"中华人民共和国{MSA}", "logo", "header")
    nav = ["首页", "海事动态", "政务公开", "航行警告", "船员服务", "互动交流"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "首页 - 航行警告 - 本期警告", "crumb", "header")
    if k == 1:
        a = arts[0]
        a.meta["issuer"] = MSA
        damage(g, a, [ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        no, day = a.meta["doc_number"], a.meta["published"]
        row = f"文号：{no}　发布日期：{day}　发布单位：{MSA}"
        if i == 2:
            h.el("h1", a.title)
            h.el("div", row, "info")
        else:
            h.el("div", row, "info")
            h.el("h1", a.title)
        h.body(a)
        h.el("div", "【字体：大 中 小】【打印本页】【关闭窗口】", "tools", "bar")
        h.el(
            "div",
            "本栏目信息仅供参考，船舶航行请以海事管理机构正式播发的航行警告为准。",
            "tip",
            "notice",
        )
        h.el("div", "相关警告", "rel-head", "related")
        others = [f"{WATERS[j]}{JOBS[j][0]}" for j in range(len(JOBS)) if j != jobs[0]]
        h.items("related", r.sample(others, 2), "rel")
    else:
        y, _, _ = ymd(arts[0])
        h.el("h2", f"航行警告　{y}年第{10 + i}期", "issue", "header")
        hit = r.randrange(k) if i in (0, 3, 6) else -1
        for n, a in enumerate(arts):
            if n == hit:
                damage(g, a, [ODD[(i + n) % 3]])
            a.lines = [a.title, *a.lines]
            h.el("div", f"▌{a.meta['doc_number']}　发布：{a.meta['published']}", "no")
            h.el("h4", a.title)
            h.body(a)
            h.raw("<hr>")
        h.el("div", "上一期　｜　下一期　｜　往期查询", "pager", "related")
    h.el("p", f"版权所有：{MSA}　澄ICP备08004567号", "", "footer")
    h.el("p", "地址：澄州市港前路88号　值班电话：12395", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 2. the poems ----------------------------------------------------------------------

PICKS = {1: 3, 3: 4, 6: 3}
SITE = "青岚诗词网"


def fam_shici(g: GenY, i: int) -> Made:
    """'青岚诗词网' single poems and weekly selections, UTF-8 HTML (BOM on odd pages)."""
    r = g.r
    k = PICKS.get(i, 1)
    g.used = []
    h = Html()
    nav = ["首页", "诗词", "名句", "作者", "诗社", "投稿"]
    if k == 1:
        poet, form = POETS[i], FORMS[i % 4]
        a = g.poem(
            f"{THEMES[i]}{r.choice(['即事', '偶成', '有寄', '小记'])}", poet, form, notes=True
        )
        damage(g, a, [ODD[i % 3]])
        start(h, '<meta charset="utf-8">', f"{a.title}_{poet}_{SITE}")
        h.el("div", SITE, "logo", "header")
        h.links("header", nav, " | ", "nav")
        h.el("div", f"首页 › 原创诗词 › {form}", "crumb", "header")
        row = f"〔当代〕{poet}　　体裁：{form}　　{a.meta['published']}"
        if i in (4, 7):
            h.el("div", row, "sc-author")
            h.el("div", a.title, "sc-title")
        else:
            h.el("div", a.title, "sc-title")
            h.el("div", row, "sc-author")
        a.lines = [a.title, *a.lines]
        h.body(a)
        h.el("div", "朗读　｜　复制　｜　收藏　｜　纠错", "sc-tools", "bar")
        h.el("div", "本作品由作者授权发布，未经许可请勿转载或用于商业用途。", "sc-tip", "notice")
        h.el("div", "作者其他作品", "rel-head", "related")
        h.items(
            "related",
            [f"{t}{r.choice(['其一', '其二', '怀人'])}" for t in r.sample(THEMES, 3)],
            "rel",
        )
        h.el("div", f"网友评论（{r.randint(0, 40)}）　登录后发表评论", "sc-cmt", "bar")
        arts = [a]
    else:
        g.month(k, newest_first=True)
        poets = r.sample(POETS, k)
        arts = [
            g.poem(
                f"{THEMES[(i + n) % 8]}{r.choice(['二首之一', '口占', '夜归'])}",
                p,
                r.choice(FORMS[0::2]),
                notes=False,
            )
            for n, p in enumerate(poets)
        ]
        start(h, '<meta charset="utf-8">', f"本周诗选_{SITE}")
        h.el("div", SITE, "logo", "header")
        h.links("header", nav, " | ", "nav")
        h.el("div", "首页 › 诗社 › 本周诗选", "crumb", "header")
        h.el("h1", f"本周诗选 · 第{80 + i}期", "sel-title", "header")
        h.el("div", f"编选：诗社编辑部　共{k}首", "sel-sub", "header")
        hit = r.randrange(k)
        for n, a in enumerate(arts):
            if n == hit:
                damage(g, a, [ODD[(i + 1) % 3]])
            a.lines = [a.title, *a.lines]
            h.el("h3", a.title)
            h.el(
                "div", f"{a.meta['author']}（{r.choice(HOMES)}）｜{a.meta['published']}", "sel-info"
            )
            h.body(a)
        h.el("div", "往期诗选", "more", "related")
    h.el("p", f"{SITE}　© 2015-2024　岚ICP备16002233号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the route-change announcements -------------------------------------------------


def renumber(a: Art) -> None:
    """Name the page-break placeholders of ``a`` in page order (``－ 2 －`` first)."""
    names: dict[str, str] = {}
    for ln in a.page:
        for part in ln.split("\n"):
            if part.startswith("@PB") and part not in names:
                names[part] = f"－ {len(names) + 2} －"

    def fix(s: str) -> str:
        for old, new in names.items():
            s = s.replace(old, new)
        return s

    a.page = [fix(x) for x in a.page]
    for rp in a.repairs:
        rp["damaged"] = fix(rp["damaged"])
    a.chrome = sorted(((k, names[x]) for k, x in a.chrome), key=lambda c: c[1])


def fam_gongche(g: GenY, i: int) -> Made:
    """'澄港市公共車船管理處' route-change announcements, print view, Big5 text."""
    r = g.r
    a = g.route(i)
    y, m, d = ymd(a)
    a.meta["issuer"] = OFFICE_TW
    no = f"澄車營字第{y - 1911}00{r.randint(10000, 99999)}號"
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (1, 4, 7) else [])
    if i % 2 == 0:
        kinds.append("page_break")
    if i == 4:
        kinds.append("page_break")
    tag = counter(0, 9, lambda n, t: f"@PB{n}@")
    damage(g, a, kinds, lambda: [("page_number", tag())])
    renumber(a)
    sign = f"{OFFICE_TW}　敬啟"
    a.lines = [a.title, *a.lines, sign]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{OFFICE_TW} 全球資訊網")])
    put(lines, chrome, [("header", "首頁 > 最新消息 > 路線異動公告")])
    lines.append("")
    if i % 2 == 0:
        lines += ["發布單位：營運規劃科", f"發布日期：{a.meta['published']}"]
        lines += [f"點閱次數：{r.randint(120, 8000)}", "", a.title]
    else:
        a.meta["doc_number"] = no
        lines += [a.title, f"公告日期：{y}年{m}月{d}日　文號：{no}"]
    lines += ["", *a.page, "", sign, ""]
    chrome += a.chrome
    tail: Chrome = [
        ("related", f"附件：{ROUTES[i]}路改道示意圖.pdf（{r.randint(120, 900)}KB）"),
        ("bar", "友善列印　｜　回上頁　｜　分享至社群"),
        ("notice", f"本網站內容著作權屬{OFFICE_TW}所有，轉載請註明出處。"),
        ("footer", "地址：澄港市港埠路66號　客服專線：0800-001-234　服務時間：週一至週五"),
    ]
    put(lines, chrome, tail)
    assert WORKS[i]
    return lines, [a], chrome, False


# -- 4. the medicine leaflets ----------------------------------------------------------


def fam_shuoming(g: GenY, i: int) -> Made:
    """'药典云' medicine leaflets, GB18030 / UTF-16 text."""
    r = g.r
    a = g.leaflet(i)
    y, m, d = ymd(a)
    damage(g, a, [ODD[(i + 2) % 3]])
    a.lines = [a.title, *a.lines]
    name, _, form, _ = LEAF[i]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title}_药典云")])
    put(lines, chrome, [("header", f"首页 / 药品说明书 / 中成药 / {name}")])
    lines.append("")
    approved = f"核准日期：{y}年{m}月{d}日"
    lines.append(f"剂型：{form}　｜　类别：中成药　｜　浏览：{r.randint(200, 20000)}")
    lines += [a.title, approved] if i % 2 == 0 else [approved, a.title]
    lines += ["", *a.page, ""]
    others = [x[0] + "说明书" for x in LEAF if x[0] != name]
    tail: Chrome = [
        ("bar", "纠错　｜　打印　｜　下载PDF"),
        ("notice", "说明书内容来源于企业公开资料，仅供参考，请以药品包装盒内所附说明书为准。"),
        ("related", "相关说明书"),
        *(("related", x) for x in r.sample(others, 2)),
        ("footer", "药典云 yaodian.example　互联网药品信息服务资格证书：（澄）-非经营性-2019-0012"),
        ("footer", "联系我们　｜　免责声明　｜　澄ICP备19004321号"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_y_hangjing", "sealed", "gbk", "\r\n", 8, fam_hangjing, "html"),
    BlindFamily(
        "sealed_y_shici", "sealed", "utf-8", "\n", 8, fam_shici, "html", ("utf-8", "utf-8-sig")
    ),
    BlindFamily("sealed_y_gongche", "sealed", "big5", "\n", 8, fam_gongche),
    BlindFamily(
        "sealed_y_shuoming",
        "sealed",
        "gb18030",
        "\r\n",
        8,
        fam_shuoming,
        "txt",
        ("gb18030", "utf-16"),
    ),
]

assert len(WATERS) == len(JOBS) == len(POETS) == len(ROUTES) == len(WORKS) == len(LEAF) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2500, gen=GenY)
