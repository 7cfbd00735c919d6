"""Four more invented families for a twenty-first blind test of the generic layer: a county
government's work reports saved from a portal that splits them over web pages (plain text,
GB18030, LF, page marks ``— 第2页 —`` cutting sentences), a province's judgement-document
database in a new layout (HTML in GBK declared by ``http-equiv``, CRLF, a bracket-label card
above the title or after the text), a city news digest saved from a reader app (plain text,
UTF-16 with BOM, CRLF, every page a compilation of short items with a source and a time) and
a city legal-aid centre's answered questions and FAQ pages (HTML, UTF-8 with BOM, LF).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_w_baogao`` (a county portal '柘源县人民政府门户网站', plain text, GB18030, LF): the
  page title line ``2021年柘源县人民政府工作报告_柘源县人民政府门户网站`` and ``首页 ＞ 政务公开
  ＞ 规划计划 ＞ 政府工作报告`` (``header``).  One report a page, one year each (2017-2024): the
  bare title ``2021年柘源县人民政府工作报告`` over the row ``发布时间：2021-01-23　信息来源：
  柘源县人民政府办公室　浏览次数：N`` (metadata, neither; pages 0, 2, 4, 6) or UNDER a bare
  row ``柘源县人民政府办公室　2021年1月23日`` (odd pages).  The title, the subtitle ``——2021年1月
  15日在柘源县第十六届人民代表大会第五次会议上``, the head's line ``柘源县人民政府县长　X``,
  ``各位代表：``, the opening, the sections ``一、2020年工作回顾`` / ``二、2021年主要目标和重点任务``
  / ``三、全面加强政府自身建设`` with paragraphs and ``（一）坚持X`` items, and the closing
  ``各位代表！……`` are ONE article.  Page breaks: the web page's own pagination, a mark
  ``— 第2页 —`` (``page_number``) standing alone between blank lines, cuts a sentence between
  two CJK letters once on every page and twice (``— 第2页 —``, ``— 第3页 —`` in page order) on
  pages 0, 3 and 6.  Chrome at the end: the pager ``第1页　第2页　第3页　下一页``
  (``page_number``), ``〖打印〗〖收藏〗〖返回顶部〗`` (bar), ``本网原创内容，转载请注明来源“…”。``
  (``notice``), two ``相关阅读：2018年…工作报告`` lines (``related``) and a footer with an ICP
  number and a site code.  Damage: two of ``cjk_space`` / ``comma`` / ``stray_q`` per page.
  Meta: published; origin (信息来源) on even pages, issuer (the office of the bare row) on
  odd ones.
* ``sealed_w_wenshu`` (a province's judgement database '澄州裁判文书网', HTML, GBK declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=gbk">``, CRLF): ``<title>``
  ``标题_澄州裁判文书网``; ``澄州裁判文书网``, ``首页 | 文书检索 | 指导性案例 | 庭审公开 | 使用帮助``
  and ``首页 / 文书检索 / 民事案件 / 文书详情`` (``header``).  A card of six bracket-label lines,
  one ``<div>`` each: ``【审理法院】澄州市中级人民法院`` / ``【案　　号】（2021）澄01民终123号`` /
  ``【案　　由】X`` / ``【文书类型】判决书`` / ``【审理程序】二审`` / ``【裁判日期】2021-03-09``
  (``2021年03月09日`` on pages 1, 2, 4, 5, 7) — metadata, neither — stands ABOVE the ``<h2>``
  title on even pages and AFTER the judgement's text (before the chrome) on odd pages.  The
  title ``X、Y民间借贷纠纷二审民事判决书``, the court's name, ``民 事 判 决 书``, the case number,
  the two party lines (redactions ``19××年×月×日``, ``××路××号`` kept), the procedure
  paragraph, ``一审法院认定事实：……``, ``本院认为，……``, ``……判决如下：``, ``驳回上诉，维持原判。``,
  the fee line, ``本判决为终审判决。``, three bench lines ``审　判　长　X``, the Chinese-numeral
  date and ``书　记　员　X`` are ONE article.  Chrome: ``全文下载　｜　复制链接　｜　打印本页``
  (bar), ``提示：本网公布的裁判文书仅供查阅参考，……`` (``notice``), ``关联文书`` with the
  first-instance judgement's name ``一审：X法院（2020）澄0102民初45号民事判决书``, ``前一份：X`` /
  ``后一份：Y`` (``related``), a footer with an ICP number.  No page breaks; damage ``zero``
  (``二○二一年三月九日``) on every page plus one other kind (two on pages 2 and 7).  Meta:
  published (裁判日期), doc_number (the 二审 case number; the first-instance number named in
  the text and in 关联文书 is not), issuer (the court).
* ``sealed_w_sudi`` (a reader app's digest '澄州速览', plain text, UTF-16 with BOM, CRLF;
  every page a compilation of 5, 3, 4, 6, 3, 5, 4, 3 items, newest first): ``澄州速览 · 每晚八点
  准时送达`` and ``2021年3月合集　第43期　本期5条`` (``header``), a ``════`` rule (bar).  Per
  item on even pages the bare title over ``澄州日报 · 2021-03-09 19:42`` (metadata), on odd
  pages ``［澄州发布］2021/3/9 19:42`` (metadata) ABOVE the title; one or two short
  paragraphs (content), then ``阅读原文 ›`` (bar) and a blank line.  Chrome at the end:
  ``以上条目由订阅源自动抓取，版权归原发布方所有。`` (``notice``), ``退订 ｜ 管理订阅源 ｜ 调整推送
  时间`` (bar), a footer.  No page breaks; damage one kind in one item (two items on pages
  0, 3 and 5).  Meta per item: published, origin (the feed's name).
* ``sealed_w_yuanzhu`` (a legal-aid centre's site '澄州法律援助在线', HTML, UTF-8 with BOM and
  ``<meta charset="utf-8">``, LF): ``澄州法律援助在线``, ``首页 | 我要咨询 | 援助申请 | 法律知识 |
  办事指南 | 机构查询`` and ``首页 → 在线咨询 → 劳动争议`` (``header``).  Answered questions (pages
  0, 2, 3, 5, 7): the question is an ``<h1>`` ending ``？`` over the row ``咨询类别：X　｜　浏览 N 次
  ｜　状态：已解答`` (metadata, neither), or under a tag row ``【劳动争议】　已解答`` (pages 3 and 7;
  neither); the asker's description (content), ``律师回复`` (bar), the row ``回复律师：X（澄州市
  法律援助中心）　回复时间：2021-03-09 15:20`` (metadata), three answer paragraphs and the line
  ``法律依据：《…》第N条`` (content).  Chrome: ``有帮助(N)　｜　没帮助(N)　｜　我要追问`` (bar),
  ``温馨提示：以上解答仅针对提问人描述的情况，……`` (``notice``), ``您可能还关心`` and three
  other questions (``related``), two footer lines (one with an ICP number).  FAQ pages (1:
  three, 4: four, 6: three questions, newest first): ``常见法律问题解答`` (``<h1>``, ``header``)
  and ``第9辑　·　共4问`` (``header``); per question an ``<h3>`` title, the row ``类别：X　整理：
  澄州市法律援助中心　2021年3月9日`` (metadata), ``答：……``, one more paragraph and the
  ``法律依据：`` line (content); ``‹ 上一辑　｜　下一辑 ›`` at the end (``related``).  No page
  breaks; damage one kind per page (in one question on FAQ pages).  Meta: published; author
  (the answering lawyer) on answered questions.

Truth as :mod:`tests.families.blind_families_t`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are chrome of
kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the report's
subtitle and the county head's line are content (parts of the report as delivered, as a
notice's sign-off); a web page's pagination mark inside a text is a ``page_number`` like a
folio; the judgement's court line, ``民 事 判 决 书``, case number line, bench, date and
clerk lines are content (as set e's judgements); a judgement's ``published`` is its 裁判日期;
the digest's ``阅读原文 ›`` links are bars and its issue row is a header (the items carry
their own dates); the asker's description is content of the answer; the answering
lawyer is ``author``; ``咨询类别`` / ``浏览`` / ``状态`` and the card's 案由 / 文书类型 /
审理程序 have no key (neither).  Compiled pages: ``sudi`` (all) and ``yuanzhu`` (pages 1, 4,
6); ``baogao`` and ``wenshu`` are single documents.  ``python -m
tests.families.blind_families_w`` (seed base 2300) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``8df9f1e`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): baogao .985/.053/1.0/1.0/1.0/1.0; sudi
.889/.457/.485/.500/1.0/.303; wenshu .933/0.0/1.0/1.0/1.0/.667; yuanzhu
.861/.222/1.0/1.0/1.0/.750.  Means .917/.183/.871/.875/1.0/.680.  Not perfectly blind: the
set sat in chrome_bench's output for a session, and one fix (fix12v1) used wenshu's F1 figure,
the number only, as a no-drop guard.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_w_text import (
    CAUSE,
    COUNTY,
    FEEDS,
    HEADS,
    HIGH,
    KINDS,
    LAWYER,
    LOWER,
    NEWS,
    QUEST,
    GenW,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/res/css/common.css">', "</head>", "<body>")


# -- 1. the government work reports ----------------------------------------------------

OFFICE = f"{COUNTY}人民政府办公室"
YEARS = [2021, 2018, 2023, 2017, 2020, 2024, 2019, 2022]
CONGRESS = {2017: "第十六届人民代表大会第一次会议", 2018: "第十六届人民代表大会第二次会议"}
CONGRESS |= {2019: "第十六届人民代表大会第三次会议", 2020: "第十六届人民代表大会第四次会议"}
CONGRESS |= {2021: "第十六届人民代表大会第五次会议", 2022: "第十七届人民代表大会第一次会议"}
CONGRESS |= {2023: "第十七届人民代表大会第二次会议", 2024: "第十七届人民代表大会第三次会议"}


def renumber(a: Art, first: int) -> int:
    """Name the page-break marks of ``a`` in page order (``— 第2页 —`` first); return
    the page count."""
    n = first
    names: dict[str, str] = {}
    for ln in a.page:
        for part in ln.split("\n"):
            if part.startswith("@PB") and part not in names:
                names[part] = f"— 第{n}页 —"
                n += 1

    def fix(s: str) -> str:
        for old, new in names.items():
            s = s.replace(old, new)
        return s

    a.page = [fix(x) for x in a.page]
    for rp in a.repairs:
        rp["damaged"] = fix(rp["damaged"])
    a.chrome = [(k, names[x]) for k, x in a.chrome if x in names]
    a.chrome.sort(key=lambda c: int(c[1][3:-3]))
    return n - 1


def fam_baogao(g: GenW, i: int) -> Made:
    """'柘源县人民政府门户网站' work reports split over web pages, GB18030 text."""
    r = g.r
    y = YEARS[i]
    a = g.report(y, HEADS[i], congress=CONGRESS[y])
    day = r.randint(18, 28)
    a.meta["published"] = f"{y}-01-{day:02d}"
    tag = iter(range(9))
    kinds = [ODD[i % 3], ODD[(i + 1) % 3], "page_break"]
    if i in (0, 3, 6):
        kinds.append("page_break")
    damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    pages = renumber(a, 2)
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title}_{COUNTY}人民政府门户网站")])
    put(lines, chrome, [("header", "首页 ＞ 政务公开 ＞ 规划计划 ＞ 政府工作报告")])
    lines.append("")
    if i % 2 == 0:
        a.meta["origin"] = OFFICE
        row = f"发布时间：{y}-01-{day:02d}　信息来源：{OFFICE}　浏览次数：{r.randint(300, 9000)}"
        lines += [a.title, row]
    else:
        a.meta["issuer"] = OFFICE
        lines += [f"{OFFICE}　{y}年1月{day}日", a.title]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    pager = "　".join(f"第{n}页" for n in range(1, pages + 1)) + "　下一页"
    others = [x for x in YEARS if x != y][:2]
    tail: Chrome = [
        ("page_number", pager),
        ("bar", "〖打印〗〖收藏〗〖返回顶部〗"),
        ("notice", f"本网原创内容，转载请注明来源“{COUNTY}人民政府门户网站”。"),
        *(("related", f"相关阅读：{x}年{COUNTY}人民政府工作报告") for x in others),
        ("footer", f"主办：{OFFICE}　柘ICP备05001234号-1　政府网站标识码：3310230001"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 2. the judgement documents ----------------------------------------------------------

GBK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'


def fam_wenshu(g: GenW, i: int) -> Made:
    """'澄州裁判文书网' second-instance judgements with a bracket card, GBK HTML."""
    r = g.r
    a, first = g.judgement(i)
    y, m, d = ymd(a)
    kinds = ["zero", ODD[i % 3]] + ([ODD[(i + 2) % 3]] if i in (2, 7) else [])
    damage(g, a, kinds)
    a.lines = [a.title, *a.lines]
    h = Html()
    start(h, GBK, f"{a.title}_澄州裁判文书网")
    h.el("div", "澄州裁判文书网", "logo", "header")
    nav = ["首页", "文书检索", "指导性案例", "庭审公开", "使用帮助"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "首页 / 文书检索 / 民事案件 / 文书详情", "crumb", "header")
    date = f"{y}年{m:02d}月{d:02d}日" if i % 3 else a.meta["published"]
    card = [
        f"【审理法院】{HIGH}",
        f"【案　　号】{a.meta['doc_number']}",
        f"【案　　由】{CAUSE[i]}",
        "【文书类型】判决书",
        "【审理程序】二审",
        f"【裁判日期】{date}",
    ]

    def put_card() -> None:
        h.raw('<div class="ws-card">')
        for x in card:
            h.el("div", x)
        h.raw("</div>")

    if i % 2 == 0:
        put_card()
    h.el("h2", a.title, "ws-title")
    h.raw('<div class="ws-body">')
    h.body(a)
    h.raw("</div>")
    if i % 2:
        put_card()
    h.el("div", "全文下载　｜　复制链接　｜　打印本页", "ws-tools", "bar")
    h.el(
        "div",
        "提示：本网公布的裁判文书仅供查阅参考，如与正式送达的文书不一致，以正式文书为准。",
        "ws-tip",
        "notice",
    )
    h.el("div", "关联文书", "rel-head", "related")
    h.items("related", [f"一审：{LOWER[i % 4]}{first}民事判决书"], "rel")
    h.el("div", f"前一份：{r.choice(LOWER)}{CAUSE[(i + 1) % 8]}一审民事判决书", "", "related")
    h.el("div", f"后一份：{HIGH}{CAUSE[(i + 3) % 8]}二审民事裁定书", "", "related")
    h.el("p", "主办单位：澄州省高级人民法院　ICP备案号：澄ICP备12003456号-3", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the evening digests --------------------------------------------------------------

ITEMS = [5, 3, 4, 6, 3, 5, 4, 3]


def fam_sudi(g: GenW, i: int) -> Made:
    """'澄州速览' news digests from a reader app, UTF-16 text; every page a compilation."""
    r = g.r
    k = ITEMS[i]
    g.month(k, newest_first=True)
    picks = r.sample(range(len(NEWS)), k)
    arts = [g.item(j, more=n % 2 == 0) for n, j in enumerate(picks)]
    hit = set(r.sample(range(k), 2 if i in (0, 3, 5) else 1))
    lines: list[str] = []
    chrome: Chrome = []
    y, m, _ = ymd(arts[0])
    put(lines, chrome, [("header", "澄州速览 · 每晚八点准时送达")])
    put(lines, chrome, [("header", f"{y}年{m}月合集　第{40 + i * 3}期　本期{k}条")])
    put(lines, chrome, [("bar", "═" * 16)])
    lines.append("")
    for n, a in enumerate(arts):
        if n in hit:
            damage(g, a, [ODD[(i + n) % 3]])
        feed = r.choice(FEEDS)
        a.meta["origin"] = feed
        yy, mm, dd = ymd(a)
        clock = g.clock()
        a.lines = [a.title, *a.lines]
        if i % 2 == 0:
            lines += [a.title, f"{feed} · {a.meta['published']} {clock}"]
        else:
            lines += [f"［{feed}］{yy}/{mm}/{dd} {clock}", a.title]
        lines += a.page
        put(lines, chrome, [("bar", "阅读原文 ›")])
        lines.append("")
        chrome += a.chrome
    tail: Chrome = [
        ("notice", "以上条目由订阅源自动抓取，版权归原发布方所有。"),
        ("bar", "退订 ｜ 管理订阅源 ｜ 调整推送时间"),
        ("footer", "澄州速览　digest.chengzhou.example　客服邮箱：help@chengzhou.example"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 4. the legal-aid answers ------------------------------------------------------------

FAQ = {1: 3, 4: 4, 6: 3}
SITE = "澄州法律援助在线"


def fam_yuanzhu(g: GenW, i: int) -> Made:
    """'澄州法律援助在线' answered questions and FAQ pages, UTF-8 with BOM HTML."""
    r = g.r
    k = FAQ.get(i, 1)
    h = Html()
    nav = ["首页", "我要咨询", "援助申请", "法律知识", "办事指南", "机构查询"]
    if k == 1:
        kind = KINDS[i]
        a = g.answer(kind, long=True)
        who = LAWYER[i % len(LAWYER)]
        a.meta["author"] = who
        damage(g, a, [ODD[(i + 1) % 3]])
        start(h, '<meta charset="utf-8">', f"{a.title} - {SITE}")
        h.el("div", SITE, "logo", "header")
        h.links("header", nav, " | ", "nav")
        h.el("div", f"首页 → 在线咨询 → {kind}", "crumb", "header")
        ask = f"咨询类别：{kind}　｜　浏览 {r.randint(40, 3000)} 次　｜　状态：已解答"
        if i in (3, 7):
            h.el("div", f"【{kind}】　已解答", "q-tag")
            h.el("h1", a.title, "q")
        else:
            h.el("h1", a.title, "q")
            h.el("div", ask, "q-info")
        y, m, d = ymd(a)
        a.lines = [a.title, *a.lines]
        h.el("p", a.page[0], "q-desc")
        h.el("h3", "律师回复", "", "bar")
        when = f"{y}-{m:02d}-{d:02d} {g.clock()}"
        row = f"回复律师：{who}（{SITE[:2]}市法律援助中心）　回复时间：{when}"
        h.el("div", row, "a-info")
        rest = a.page[1:]
        for ln in rest:
            h.el("p", ln)
        h.el(
            "div",
            f"有帮助({r.randint(3, 90)})　｜　没帮助({r.randint(0, 5)})　｜　我要追问",
            "",
            "bar",
        )
        h.el(
            "div",
            "温馨提示：以上解答仅针对提问人描述的情况，具体问题请拨打12348公共法律服务热线咨询。",
            "tip",
            "notice",
        )
        h.el("div", "您可能还关心", "rel-head", "related")
        h.items("related", [QUEST[x] for x in KINDS if x != kind][i % 3 :: 3][:3], "rel")
        arts = [a]
    else:
        g.month(k, newest_first=True)
        kinds = r.sample(KINDS, k)
        arts = [g.answer(x, long=False) for x in kinds]
        start(h, '<meta charset="utf-8">', f"常见法律问题解答 - {SITE}")
        h.el("div", SITE, "logo", "header")
        h.links("header", nav, " | ", "nav")
        h.el("div", "首页 → 法律知识 → 常见问题", "crumb", "header")
        h.el("h1", "常见法律问题解答", "faq-title", "header")
        h.el("div", f"第{i + 5}辑　·　共{k}问", "faq-sub", "header")
        hit = r.randrange(k)
        for n, (a, kind) in enumerate(zip(arts, kinds, strict=True)):
            if n == hit:
                damage(g, a, [ODD[i % 3]])
            y, m, d = ymd(a)
            a.lines = [a.title, *a.lines]
            h.el("h3", a.title)
            h.el(
                "div", f"类别：{kind}　整理：{SITE[:2]}市法律援助中心　{y}年{m}月{d}日", "faq-info"
            )
            h.body(a)
        h.el("div", "‹ 上一辑　｜　下一辑 ›", "pager", "related")
    h.el("p", f"主办：{SITE[:2]}市司法局　承办：{SITE[:2]}市法律援助中心", "", "footer")
    h.el("p", "澄ICP备19007788号　公共法律服务热线：12348", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_w_baogao", "sealed", "gb18030", "\n", 8, fam_baogao),
    BlindFamily("sealed_w_wenshu", "sealed", "gbk", "\r\n", 8, fam_wenshu, "html"),
    BlindFamily("sealed_w_sudi", "sealed", "utf-16", "\r\n", 8, fam_sudi),
    BlindFamily("sealed_w_yuanzhu", "sealed", "utf-8-sig", "\n", 8, fam_yuanzhu, "html"),
]

assert len(HEADS) == len(YEARS) == len(CAUSE) == len(KINDS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2300, gen=GenW)
