"""Four more invented families for a twenty-seventh blind test of the generic layer: a city
museum's exhibition announcements (HTML, GBK on even pages and UTF-8 on odd ones, LF; the
title in ``<h1>`` over a value-then-label card, in a ``<div>`` over a ``｜`` row, or in a
``<p>`` under a row; a visitors' comment thread with a form widget's text), a rural
commercial bank's notices (HTML, UTF-8 with BOM, CRLF; a rate table whose cells are content,
a label-after-value list, a bilingual ``<th>``/``<td>`` card above the title and a branch-search
form in a sidebar), a provincial hydrology bureau's bulletin archive (plain text, GBK, LF;
every page a compilation whose pieces open with a ``═`` boxed masthead ABOVE the plain title
line, running heads ``岚江水文·水情简报合订本　　2`` cutting sentences) and a power supply
company's planned-outage notices (plain text, UTF-16 with BOM, CRLF; weekly lists whose
pieces open with a ``▌第1条／共4条`` marker, and single notices whose title is repeated in the
page title line with a site suffix).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zc_zhanlan`` (a museum '栖溪博物馆', HTML, ``<meta charset="gbk">`` GBK on even
  pages, UTF-8 on odd pages, LF): ``栖溪博物馆　QIXI MUSEUM``, ``首页　参观　展览　…　关于我们``
  and ``展览 ＞ 展讯 ＞ 正文`` (``header``), ``开放时间：周二至周日 …　周一闭馆（法定节假日除外）``
  (``notice``).  Pages 0, 3, 6: the ``<h1>`` title over a ``<dl>`` card whose values come
  BEFORE their labels, each its own line (``2021-03-09`` / ``发布`` / ``一号楼三层特展厅`` /
  ``展厅`` / ``免费（需预约）`` / ``票价``; metadata, neither); pages 1, 4, 7: a ``<div
  class="exh-name">`` title over ``发布日期｜2021-03-09　　来源｜陈列部`` (neither); pages 2, 5:
  ``展讯 · 2021年3月9日 · 阅读 N`` (neither) ABOVE a ``<p class="t">`` title.  A poster
  ``<img>``; then the title, the exhibition's English name, the intro, the ``展览时间：`` /
  ``展览地点：`` / ``主办单位：`` lines, the ``<h4>`` heads ``展览看点`` (``◇`` items) and
  ``参观须知`` (``1. …；`` items) are ONE article.  Chrome: ``分享到：微信　微博　QQ空间　复制
  链接`` (bar), ``相关展览`` and three exhibition names (``related``); on pages 0, 2, 5, 7 a
  comment thread ``观众留言（N）``, ``昵称　2021-03-12 14:05`` rows (dated on or after the
  page's), the comments, and a form whose visible text is ``我也说两句`` / ``昵称 验证码`` /
  ``提交留言`` / ``留言经审核后显示，请文明发言。`` (its ``<textarea>`` text is hidden): all
  ``notice``, as set o's comment thread; two footer lines (one with an ICP number).
  Damage one kind on pages 1, 3, 6; no page breaks.  Meta: published, origin (来源) on
  pages 1, 4, 7.
* ``sealed_zc_yinhang`` (a bank '澄泉农村商业银行', HTML, UTF-8 with BOM, CRLF): ``澄泉农商
  银行``, ``CHENGQUAN RURAL COMMERCIAL BANK``, ``个人业务 | 公司业务 | …`` and ``您现在的位置：
  首页 > 关于我们 > 公告信息`` (``header``), ``个人网银登录　企业网银登录　手机银行下载`` (bar).
  Even pages: the ``<h1>`` title over ``2021-03-09　　【字体：大 中 小】`` (metadata and a font
  switch in one row: neither); pages 1, 5: an ``<h2>`` title over a list whose labels FOLLOW
  the values (``2021-03-09 发布日期`` / ``运营管理部 发布部门``; neither); pages 3, 7: a
  table ABOVE the ``<div class="news-title">`` title whose ``<th>``/``<td>`` cells are each a
  line, with bilingual labels (``发布日期 / Date`` / ``2021-03-09`` / ``发布部门 / Department``
  / ``…`` / ``公告编号 / No.`` / ``澄泉农商公告〔2021〕12号``; neither).  The title,
  ``尊敬的客户：``, the paragraphs (holiday hours as ``一、…；`` items, a move's ``原址：`` /
  ``新址：`` lines, or on the rate notices 2 and 6 a ``<table>`` whose fourteen cells
  ``存款品种`` / ``年利率（%）`` / ``活期存款`` / ``0.30`` / … are each a content line), the
  hotline line, ``特此公告。``, the bank's full name and ``2021年3月9日`` are ONE article.
  Chrome: ``[ 打印本公告 ]　[ 返回列表 ]`` (bar), ``上一条公告：X`` / ``下一条公告：Y``
  (``related``), a sidebar form's visible lines ``网点查询`` / ``所在区县 请选择 澄泉区 …`` /
  ``查 询`` (bar), ``温馨提示：我行工作人员不会……谨防电信诈骗。`` (``notice``), two footer lines.
  Damage one kind on pages 0, 2, 5, 7; no page breaks.  Meta: published, issuer (the bank,
  from the sign-off), origin (发布部门) on pages 1, 3, 5, 7, doc_number (公告编号) on 3, 7.
* ``sealed_zc_shuiqing`` (a hydrology bureau '岚江省水文水资源勘测局', plain text, GBK, LF;
  every page a compilation of 3, 4, 3, 2, 4, 3, 5, 3 bulletins, oldest first): the page
  title line ``水情简报合订本（2021年3月）_水情信息_岚江省水文水资源勘测局``, the site row, ``当前
  位置：首页 >> 水情信息 >> 水情简报 >> 合订本`` and ``本页收录简报3期（3月7日—3月25日），按发布
  先后排列`` (``header``).  Per bulletin a masthead: ``═══…`` (bar), ``第41期　　　…2021年3月
  7日`` and ``岚江省水文水资源勘测局编　　签发：X`` (metadata, neither), ``═══…`` (bar), THEN
  the plain title line (``全省主要江河水情简报`` …), the rain paragraph, ``主要站点水情：``,
  three station lines and two closing paragraphs: one article.  Page breaks: the running head
  ``岚江水文·水情简报合订本　　2`` (``page_number``), alone between blank lines, cuts a
  sentence between two CJK letters on pages 0, 2, 5 (twice, in one bulletin) and 7, numbered
  in page order.  Damage: one kind in one bulletin per page (two bulletins on page 5).  Chrome
  at the end: ``（本合订本根据已发布简报整理，……为准）`` (``notice``), ``打印本页　｜　下载合订本
  （PDF，2.3MB）`` (bar), ``上月合订本：…　　下月合订本：…`` (``related``), a footer with an ICP
  number.  Meta per bulletin: published (the masthead's date), issuer (the bureau, ``…编``).
* ``sealed_zc_tingdian`` (a power supply company '澄岭供电公司', plain text, UTF-16 with BOM,
  CRLF): the page title line, ``澄岭供电　服务大厅　停电信息　…`` and ``首页 › 停电信息 › …``
  (``header``).  List pages 0, 2, 4, 6 (4, 3, 5, 2 outages, all published the same day):
  ``计划停电公告　本期共4条`` (``header``), per outage the marker ``▌第1条／共4条``
  (``header``: it carries no data), the title line ``关于10千伏溪北线线路检修停电的公告``, the
  row ``编号：TD21030901　｜　发布：2021-03-09`` (metadata, neither) and the ``停电时间：`` /
  ``停电范围：`` / ``停电原因：`` / ``影响用户：`` lines (content); at the end ``第1页　共N页　首页
  上一页　下一页　末页`` (``page_number``).  Single notices 1, 3, 5, 7: the page title line is
  the title with ``_计划停电_澄岭供电公司`` (``header``); the title line over (1, 5) or under
  (3, 7) the row ``来源：澄岭供电公司营销部　　发布时间：2021-03-09 16:20　　浏览：N``
  (neither); ``尊敬的电力客户：``, the lead, the four outage lines, the ask, the hotline line,
  the company and ``二〇二一年三月九日`` are ONE article; ``上一条：X`` / ``下一条：Y``
  (``related``).  Every page ends with ``扫码关注……停电信息早知道`` (``notice``) and a footer.
  Damage on single pages only: ``zero`` (the date's ``〇`` typed ``○``) on 1, ``cjk_space``
  on 3, ``stray_q`` on 5, ``comma`` on 7; no page breaks.  Meta: published; doc_number
  (编号) per listed outage; issuer (the signing company) and origin (来源) on single notices.

Truth as :mod:`tests.families.blind_families_zb`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: an
exhibition's English name is content (as set zb's English headline), its 展览时间 / 地点 /
主办单位 lines are content (the announcement's substance, not page metadata) and 主办单位
is not ``issuer``; the museum's visitors' comments and the comment form are chrome
(``notice``); a bank notice's rate-table cells are content lines, its font switch rides in a
metadata row (neither), the branch-search form is chrome (bar); a bulletin's ``签发`` person
has no key and its issue number ``第41期`` is not ``doc_number``; the ``═`` box rules are
bars; an outage's ``停电时间`` etc. lines are content, the list marker ``▌第1条／共4条`` is a
header line.  Compiled pages: every ``shuiqing`` page, ``tingdian`` pages 0, 2, 4, 6;
``zhanlan`` and ``yinhang`` are single documents.  ``python -m
tests.families.blind_families_zc`` (seed base 2900) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``621ede9`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): shuiqing .907/.106/0.0/0.0/.643/0.0; tingdian
.902/.043/.278/.875/1.0/.800; yinhang .932/0.0/1.0/1.0/1.0/.545; zhanlan
.892/.177/.750/1.0/1.0/1.0.  Means .908/.081/.507/.719/.911/.586.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main, visible_lines
from tests.families.blind_zc_text import (
    BANK,
    BANK_FULL,
    BANK_NOTES,
    FORECASTERS,
    HYDRO,
    HYDRO_TITLES,
    MUSEUM,
    POWER,
    SHOWS,
    VISITOR_SAY,
    VISITORS,
    GenZC,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/res/css/common.css">', "</head>", "<body>")


def widget(h: Html, kind: str, src: list[str]) -> None:
    """Raw HTML whose visible lines are all chrome of ``kind`` (a form, a comment box)."""
    h.raw(*src)
    h.chrome += [(kind, x) for x in visible_lines("\n".join(src))]


# -- 1. the museum's exhibition announcements -------------------------------------------

HEADS = ("展览看点", "参观须知")


def fam_zhanlan(g: GenZC, i: int) -> Made:
    """'栖溪博物馆' exhibition announcements, HTML, GBK on even pages, UTF-8 on odd ones."""
    r = g.r
    a = g.show(i)
    y, m, d = ymd(a)
    name, _, hall, dept = SHOWS[i]
    if i in (1, 3, 6):
        damage(g, a, [ODD[i % 3]])
    h = Html()
    charset = '<meta charset="gbk">' if i % 2 == 0 else '<meta charset="utf-8">'
    start(h, charset, f"{a.title}－展讯－{MUSEUM}")
    h.el("div", f"{MUSEUM}　QIXI MUSEUM", "logo", "header")
    nav = ["首页", "参观", "展览", "典藏", "教育", "学术", "文创", "关于我们"]
    h.links("header", nav, "　", "nav")
    open_hours = "开放时间：周二至周日 9:00—17:00（16:00停止入馆）　周一闭馆（法定节假日除外）"
    h.el("div", open_hours, "open", "notice")
    h.el("div", "展览 ＞ 展讯 ＞ 正文", "crumb", "header")
    h.raw('<div class="exh">')
    if i % 3 == 0:
        h.el("h1", a.title)
        h.raw('<dl class="card">')
        for value, label in [
            (a.meta["published"], "发布"),
            (hall, "展厅"),
            ("免费（需预约）", "票价"),
        ]:
            h.el("dd", value)
            h.el("dt", label)
        h.raw("</dl>")
    elif i % 3 == 1:
        a.meta["origin"] = dept
        h.el("div", a.title, "exh-name")
        h.el("div", f"发布日期｜{a.meta['published']}　　来源｜{dept}", "exh-meta")
    else:
        h.el("div", f"展讯 · {y}年{m}月{d}日 · 阅读 {r.randint(300, 9000)}", "exh-meta")
        h.el("p", a.title, "t")
    h.raw(f'<img src="/uploads/{y}/poster_{i}.jpg" alt="{escape(name)}海报">')
    for good, shown in zip(a.lines, a.page, strict=True):
        h.el("h4" if good in HEADS else "p", shown)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "分享到：微信　微博　QQ空间　复制链接", "share", "bar")
    h.el("h3", "相关展览", "", "related")
    h.items("related", [x[0] for n, x in enumerate(SHOWS) if n != i][i % 4 : i % 4 + 3], "rel")
    if i in (0, 2, 5, 7):
        c = r.randint(2, 3)
        h.raw('<div class="msg">')
        h.el("div", f"观众留言（{c}）", "hd", "notice")
        for nick, said in zip(r.sample(VISITORS, c), r.sample(VISITOR_SAY, c), strict=True):
            when = f"{y}-{m:02d}-{min(d + r.randint(1, 20), 28):02d} {g.clock()}"
            h.el("div", f"{nick}　{when}", "who", "notice")
            h.el("p", said, "said", "notice")
        form = [
            '<form class="msg-form" method="post" action="/msg/add">',
            "<div>我也说两句</div>",
            '<textarea name="body" rows="4">请输入留言内容（限200字）</textarea>',
            '<div><label>昵称</label> <input type="text" name="nick"> <label>验证码</label>'
            ' <input type="text" name="code"> <img src="/captcha" alt="验证码"></div>',
            '<button type="submit">提交留言</button>',
            "<div>留言经审核后显示，请文明发言。</div>",
            "</form>",
        ]
        widget(h, "notice", form)
        h.raw("</div>")
    h.el("p", f"{MUSEUM}　版权所有　栖ICP备09013577号-2", "", "footer")
    h.el("p", "地址：栖溪市博古路1号　咨询电话：0576-8812 3300", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the bank's notices ---------------------------------------------------------------

BRANCH_FORM = [
    '<form class="wd-search" action="/wangdian/search">',
    '<div class="hd">网点查询</div>',
    '<div><label>所在区县</label> <select name="area"><option>请选择</option>'
    " <option>澄泉区</option> <option>溪口镇</option> <option>桐湾镇</option>"
    " <option>石埠镇</option></select></div>",
    '<div><input type="text" name="kw" placeholder="请输入网点名称或地址"></div>',
    '<button type="button">查 询</button>',
    "</form>",
]


def fam_yinhang(g: GenZC, i: int) -> Made:
    """'澄泉农村商业银行' notices, HTML, UTF-8 with BOM."""
    r = g.r
    a = g.bank_note(i)
    y, _, _ = ymd(a)
    _, kind, dept = BANK_NOTES[i]
    if i in (0, 2, 5, 7):
        damage(g, a, [ODD[i % 3]])
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title}-公告信息-{BANK}")
    h.el("div", "澄泉农商银行", "logo", "header")
    h.el("div", "CHENGQUAN RURAL COMMERCIAL BANK", "logo-en", "header")
    nav = ["个人业务", "公司业务", "电子银行", "信用卡", "投资者关系", "关于我们"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "个人网银登录　企业网银登录　手机银行下载", "login", "bar")
    h.el("div", "您现在的位置：首页 > 关于我们 > 公告信息", "crumb", "header")
    h.raw('<div class="article">')
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el("div", f"{a.meta['published']}　　【字体：大 中 小】", "info")
    elif i in (1, 5):
        a.meta["origin"] = dept
        h.el("h2", a.title)
        h.raw('<ul class="meta">')
        h.raw(f"<li><strong>{a.meta['published']}</strong> <span>发布日期</span></li>")
        h.raw(f"<li><strong>{dept}</strong> <span>发布部门</span></li>")
        h.raw("</ul>")
    else:
        no = f"澄泉农商公告〔{y}〕{r.randint(3, 40)}号"
        a.meta.update(origin=dept, doc_number=no)
        h.raw('<table class="meta">')
        rows = [("发布日期 / Date", a.meta["published"]), ("发布部门 / Department", dept)]
        rows.append(("公告编号 / No.", no))
        for th, td in rows:
            h.raw(f"<tr><th>{escape(th, quote=False)}</th><td>{escape(td)}</td></tr>")
        h.raw("</table>")
        h.el("div", a.title, "news-title")
    cells = range(2, 16) if kind == "rate" else range(0)
    for n, shown in enumerate(a.page):
        if n == 2 and cells:
            h.raw('<table class="rate">')
        if n in cells:
            if n % 2 == 0:
                h.raw("<tr>")
            tag = "th" if n < 4 else "td"
            h.raw(f"<{tag}>{escape(shown, quote=False)}</{tag}>")
            if n % 2 == 1:
                h.raw("</tr>")
            if n == 15:
                h.raw("</table>")
            continue
        h.el("p", shown)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "[ 打印本公告 ]　[ 返回列表 ]", "tools", "bar")
    others = [x[0] for n, x in enumerate(BANK_NOTES) if n != i]
    prev, nxt = r.sample(others, 2)
    h.el("div", f"上一条公告：{prev}", "prev", "related")
    h.el("div", f"下一条公告：{nxt}", "next", "related")
    h.raw('<div class="side">')
    widget(h, "bar", BRANCH_FORM)
    tip = "温馨提示：我行工作人员不会以任何理由向您索要短信验证码，谨防电信诈骗。"
    h.el("div", tip, "tip", "notice")
    h.raw("</div>")
    h.el("p", "客服热线：96288　澄ICP备12003456号-1", "", "footer")
    h.el("p", f"版权所有 © {BANK_FULL}　网站地图 | 隐私声明 | 联系我们", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the hydrology bulletin archive --------------------------------------------------

PIECES = [3, 4, 3, 2, 4, 3, 5, 3]
BREAKS = {0: 1, 2: 1, 5: 2, 7: 1}
BOX = "═" * 24


def name_marks(arts: list[Art], fmt: str) -> Chrome:
    """Name the page-break placeholders of ``arts`` in page order (the second page first)
    and return the marks as chrome (kind ``page_number``)."""
    names: dict[str, str] = {}
    for a in arts:
        for ln in a.page:
            for part in ln.split("\n"):
                if part.startswith("@PB") and part not in names:
                    names[part] = fmt.format(n=len(names) + 2)

    def fix(s: str) -> str:
        for old, new in names.items():
            s = s.replace(old, new)
        return s

    for a in arts:
        a.page = [fix(x) for x in a.page]
        for rp in a.repairs:
            rp["damaged"] = fix(rp["damaged"])
        a.chrome = []
    return [("page_number", x) for x in names.values()]


def fam_shuiqing(g: GenZC, i: int) -> Made:
    """'岚江省水文水资源勘测局' bulletin archive pages, GBK text; all compilations."""
    r = g.r
    k = PIECES[i]
    g.month(k, newest_first=False)
    picks = r.sample(range(len(HYDRO_TITLES)), k)
    arts = [g.bulletin(j) for j in picks]
    y, m, d0 = ymd(arts[0])
    nb = BREAKS.get(i, 0)
    hurt = r.sample(range(k), 2 if i == 5 else 1)
    tag = iter(range(1, 10))
    for n, a in enumerate(arts):
        kinds = [ODD[(i + n) % 3]] if n in hurt else []
        if nb and n == hurt[0]:
            kinds += ["page_break"] * nb
        if kinds:
            damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    marks = name_marks(arts, "岚江水文·水情简报合订本　　{n}")
    *_, dk = ymd(arts[-1])
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"水情简报合订本（{y}年{m}月）_水情信息_{HYDRO}"),
        ("header", "岚江水文　首页　水情信息　雨情信息　水文预报　水资源公报　科普园地"),
        ("header", "当前位置：首页 >> 水情信息 >> 水情简报 >> 合订本"),
    ]
    put(lines, chrome, head)
    lines.append("")
    note = f"本页收录简报{k}期（{m}月{d0}日—{m}月{dk}日），按发布先后排列"
    put(lines, chrome, [("header", note)])
    first = r.randint(20, 90)
    for n, a in enumerate(arts):
        y, m, d = ymd(a)
        lines.append("")
        put(lines, chrome, [("bar", BOX)])
        lines.append(f"第{first + n}期　　　　　　　　{y}年{m}月{d}日")
        lines.append(f"{HYDRO}编　　签发：{r.choice(FORECASTERS)}")
        put(lines, chrome, [("bar", BOX)])
        lines += [a.title, *a.page]
        a.lines = [a.title, *a.lines]
    chrome += marks
    lines.append("")
    tail: Chrome = [
        ("notice", "（本合订本根据已发布简报整理，数据以水文部门正式发布为准）"),
        ("bar", "打印本页　｜　下载合订本（PDF，2.3MB）"),
        ("related", f"上月合订本：{y}年{max(m - 1, 1)}月　　下月合订本：{y}年{min(m + 1, 12)}月"),
        ("footer", f"主办：{HYDRO}　地址：岚桥市滨江路66号　岚ICP备05001288号"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 4. the planned-outage notices ------------------------------------------------------

LISTS = {0: 4, 2: 3, 4: 5, 6: 2}
SINGLE_DAMAGE = {1: "zero", 3: "cjk_space", 5: "stray_q", 7: "comma"}


def fam_tingdian(g: GenZC, i: int) -> Made:
    """'澄岭供电公司' planned-outage lists and notices, UTF-16 text."""
    r = g.r
    k = LISTS.get(i, 1)
    lines: list[str] = []
    chrome: Chrome = []
    nav = "澄岭供电　服务大厅　停电信息　电费电价　业扩报装　供电服务指南"
    if k > 1:
        y, m, d = g.date()
        g.days = [(y, m, d)] * k  # published together, each outage a few days later
        arts = [g.outage(letter=False) for _ in range(k)]
        put(lines, chrome, [("header", f"计划停电公告_停电信息_{POWER}")])
        put(lines, chrome, [("header", nav), ("header", "首页 › 停电信息 › 计划停电")])
        lines.append("")
        put(lines, chrome, [("header", f"计划停电公告　本期共{k}条")])
        for n, a in enumerate(arts, start=1):
            a.meta["published"] = iso(y, m, d)
            no = f"TD{y % 100:02d}{m:02d}{d:02d}{n:02d}"
            a.meta["doc_number"] = no
            lines.append("")
            put(lines, chrome, [("header", f"▌第{n}条／共{k}条")])
            lines += [a.title, f"编号：{no}　｜　发布：{iso(y, m, d)}", *a.page]
            a.lines = [a.title, *a.lines]
        lines.append("")
        pages = r.randint(3, 9)
        put(lines, chrome, [("page_number", f"第1页　共{pages}页　首页　上一页　下一页　末页")])
    else:
        a = g.outage(letter=True)
        y, m, d = ymd(a)
        origin = f"{POWER}营销部"
        a.meta["origin"] = origin
        damage(g, a, [SINGLE_DAMAGE[i]])
        arts = [a]
        put(lines, chrome, [("header", f"{a.title}_计划停电_{POWER}")])
        put(lines, chrome, [("header", nav), ("header", "首页 › 停电信息 › 停电公告")])
        lines.append("")
        row = f"来源：{origin}　　发布时间：{a.meta['published']} {g.clock()}　　浏览：{r.randint(30, 900)}"  # noqa: E501
        lines += [row, "", a.title] if i in (3, 7) else [a.title, row]
        lines += ["", *a.page]
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
        lines.append("")
        others = [g.outage(letter=False).title for _ in range(2)]
        put(
            lines,
            chrome,
            [("related", f"上一条：{others[0]}"), ("related", f"下一条：{others[1]}")],
        )
    tail: Chrome = [
        ("notice", f"扫码关注“{POWER}”微信公众号，停电信息早知道"),
        ("footer", f"{POWER}　版权所有　澄ICP备08002233号　供电服务热线：0577-8800 5598"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily(
        "sealed_zc_zhanlan", "sealed", "gbk", "\n", 8, fam_zhanlan, "html", ("gbk", "utf-8")
    ),
    BlindFamily("sealed_zc_yinhang", "sealed", "utf-8-sig", "\r\n", 8, fam_yinhang, "html"),
    BlindFamily("sealed_zc_shuiqing", "sealed", "gbk", "\n", 8, fam_shuiqing),
    BlindFamily("sealed_zc_tingdian", "sealed", "utf-16", "\r\n", 8, fam_tingdian),
]

assert len(SHOWS) == len(BANK_NOTES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2900, gen=GenZC)
