"""Four more invented families for a twenty-sixth blind test of the generic layer: a city
hospital's department notices (HTML, GBK declared by ``http-equiv``, CRLF; the title above
or below the info row, in ``<h1>`` or a plain ``<div>``), a port's customs-clearance digest
(plain text, GB18030, CRLF, every page a compilation whose pieces open with a ``▷ 第01条``
row ABOVE the plain title line and a ``﹉`` rule under it, running marks ``〔通关资讯汇编·第2页〕``
cutting sentences), an open-source project's Chinese release blog (HTML, UTF-8, LF, bullets,
``<h3>`` section heads and a ``<pre>`` install line) and a Hong Kong listed company's
bilingual press room (plain text, Big5, CRLF, traditional letters and English, the same
closing ``About`` block on every page).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zb_menzhen`` (a hospital '岚桥市中心医院', HTML, GBK declared by ``<meta
  http-equiv>``, CRLF): ``岚桥市中心医院``, ``Lanqiao Central Hospital``, ``医院首页 · 就医指南
  · 科室导航 · 专家介绍 · 院务公开 · 健康科普`` and ``您所在的位置：首页 → 院务公开 → 科室通知``
  (``header``), ``预约挂号：0591-87301166　｜　微信搜索“岚桥中心医院”服务号`` (bar).  Pages 0, 2,
  4, 6: the row ``【科室通知】　发稿科室：心血管内科　审核：X　日期：2021-03-09　阅读：N``
  (metadata, neither) ABOVE the title, a ``<div class="ntitle">``; pages 1, 5: the ``<h1>``
  title over ``发布于 2021年3月9日 | 供稿：心血管内科 | 浏览 N 次`` (metadata, neither); pages
  3, 7: the title a ``<p class="art-tit">`` over ``2021.03.09　来自：心血管内科`` (metadata,
  neither).  The title, the salutation ``广大患者朋友：``, two paragraphs, the ``1．…；`` list,
  ``咨询电话：…`` and the sign-off (the hospital and department, ``2021年3月9日``) are ONE
  article.  Chrome: ``【打印本页】【关闭窗口】【返回顶部】`` (bar), ``温馨提示：……遵医嘱。``
  (``notice``), ``前一条：X`` / ``后一条：Y`` (``related``), two footer lines (one with an ICP
  number).  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on 2 and 5);
  no page breaks.  Meta: published, origin (the 发稿科室 / 供稿 / 来自 department).
* ``sealed_zb_tongguan`` (a port site '鳌湾口岸通关服务网', plain text, GB18030, CRLF; every
  page a compilation of 3, 4, 3, 5, 2, 4, 3, 3 pieces, oldest first): the page title line
  ``通关资讯汇编（第45期）－政策汇编－鳌湾口岸通关服务网``, the site row, ``位置：首页 / 政策汇编 /
  通关资讯汇编`` (``header``); the digest head ``通关资讯汇编``, ``第45期　2021年3月刊　编印：
  鳌湾口岸办公室政策研究科``, ``本期目录`` and one ``（1）title`` line per piece (``header``).
  Per piece: the row ``▷ 第01条　文号：鳌关〔2021〕12号　来源：鳌湾海关　发布：2021-03-09``
  (metadata, neither) ABOVE the plain title line, then ``﹉﹉﹉…`` (bar), the lead ending
  ``如下：``, ``一、`` / ``二、`` / ``三、`` points and the ``本公告自…起施行…`` line
  (content).  Page breaks: ``〔通关资讯汇编·第2页〕`` (``page_number``), alone between blank
  lines, cuts a sentence between two CJK letters on pages 0, 3 (twice, in one piece), 5 and
  6, numbered in page order.  Chrome at the end: ``本汇编所载内容仅供……为准。``
  (``notice``), ``下载本期PDF版…`` (bar), ``往期回顾：…`` (``related``), a footer with an ICP
  number.  Damage: one kind in one
  piece per page (in two pieces on page 3).  Meta per piece: published, doc_number (文号),
  origin (来源).
* ``sealed_zb_kaiyuan`` (a project blog '岚帆 LanSail', HTML, UTF-8, LF): ``LanSail 岚帆``
  and ``首页 / 文档 / 博客 / 插件市场 / 社区 / GitHub`` (``header``), the banner ``岚帆 4.0 测试版
  已开放试用，欢迎提交反馈 →`` (``notice``).  Pages 0, 2, 4, 6: the ``<h1>`` title over ``2021-03-09
  · 作者：@zhou-lin · 约 4 分钟读完`` and ``标签：版本发布 / 更新日志`` (metadata, neither);
  pages 1, 5: a kicker ``版本发布`` and ``发布日期 2021/3/9　维护者 @lu-chen`` (neither) ABOVE an
  ``<h2>`` title; pages 3, 7: a ``<div class="post-title">`` title over ``最后更新于 2021年3月9日
  ｜ 维护者：@lu-chen`` (neither).  The title, the intro, ``<h3>`` heads ``新特性`` / ``问题修复``
  / ``升级方式`` with ``<li>`` bullets, the ``<pre>`` line ``npm install lansail@3.2.0
  --save-dev``, the upgrade advice and the thanks ``感谢 @a、@b 等贡献者……`` are ONE article.
  Chrome: ``✎ 在 GitHub 上编辑本页`` (bar), ``本站文章除特别声明外……转载请注明出处。``
  (``notice``), ``‹ 较新：X`` / ``较旧：Y ›`` (``related``; only one on pages 0 and 7),
  ``评论由 GitHub Discussions 驱动 · 登录后参与讨论`` (bar), two footer lines.  Damage one
  kind on pages 1, 4, 6.  Meta: published, author (the handle without ``@``).
* ``sealed_zb_xinwen`` (a listed company's press room '恆溪科技集團', plain text, Big5, CRLF;
  traditional letters and English): the page title line ``新聞稿 | Press Releases -
  恆溪科技集團``, ``恆溪科技集團　HENGXI TECHNOLOGY GROUP``, ``首頁 Home ｜ 關於我們 About ｜
  投資者關係 IR ｜ 新聞中心 Newsroom ｜ 繁 / EN`` and ``新聞中心 > 新聞稿`` (``header``).  Even
  pages: ``2021年3月9日 ｜ March 9, 2021`` (metadata, neither) and the badge ``即時發佈 FOR
  IMMEDIATE RELEASE`` (neither) ABOVE the Chinese title; odd pages: the Chinese title, its
  English headline, then ``發佈日期 Date：2021-03-09　｜　編號 Ref.：HX/PR/2021/07`` (metadata,
  neither).  The Chinese title, the English headline, the ``（香港，2021年3月9日）`` lead, the
  quote, a paragraph, then the English dateline lead, quote and paragraph are ONE article.
  The closing block repeats word for word on EVERY page: ``－完－　– END –`` (bar), ``關於恆溪
  科技集團``, its paragraph, ``About Hengxi Technology Group``, its paragraph and the ``傳媒查詢
  Media Enquiries：…`` line: the truth calls all of these chrome (``notice``), as set q did
  with a release's repeated ``About`` paragraph (set za, whose About block was one release's
  own, called it content).  Then ``分享 Share：…`` (bar), ``返回新聞稿列表 Back to Press
  Releases`` (``related``), a footer.  No damage, no page breaks.  Meta: published;
  doc_number (編號 Ref.) on odd pages.

Truth as :mod:`tests.families.blind_families_za`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines (its
``目录`` block included) are chrome of kind ``header``, its per-piece rows are metadata.
Arguable and fixed here: a notice's 发稿科室 / 供稿 / 来自 department is ``origin`` (the
hospital's copy desk, as 来源), its 审核 reviewer has no key; a notice's salutation, list,
phone line and sign-off are content; a digest piece's ``▷ 第01条`` row is metadata (its
文号 ``doc_number``, its 来源 ``origin``, not ``issuer``) and the ``﹉`` rule under each
title is a bar; a release post's section heads, bullets, install command and thanks are
content, its tags row and reading-time row are metadata with only the date and the
author's handle keyed; a press release's English headline is content (the title is the
Chinese one), its badge neither, the quoted officer is not ``author``.  Compiled pages:
every ``tongguan`` page; ``menzhen``, ``kaiyuan`` and ``xinwen`` are single documents.
``python -m tests.families.blind_families_zb`` (seed base 2800) rewrites them and checks
the truth against the pages.

Measured blind, once, at main ``04946cc`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): kaiyuan .982/.051/.750/1.0/1.0/.500; menzhen
1.0/0.0/1.0/1.0/1.0/.500; tongguan .878/.403/0.0/0.0/.643/0.0; xinwen
.778/.231/.500/1.0/1.0/.333.  Means .909/.171/.563/.750/.911/.333.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage
from tests.families.blind_o_text import CHARSET, Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zb_text import (
    AUDITORS,
    CLINIC,
    GROUP,
    GROUP_EN,
    HOSPITAL,
    MAINTAINERS,
    NEWS,
    PORT,
    PORT_OFFICE,
    PROJECT,
    RULES,
    VERSIONS,
    GenZB,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", "<html>", "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/skin/css/style.css">', "</head>", "<body>")


# -- 1. the hospital's department notices ----------------------------------------------


def fam_menzhen(g: GenZB, i: int) -> Made:
    """'岚桥市中心医院' department notices, GBK HTML."""
    r = g.r
    a = g.clinic(i)
    y, m, d = ymd(a)
    dept = CLINIC[i][1]
    a.meta["origin"] = dept
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (2, 5) else [])
    damage(g, a, kinds)
    a.lines = [a.title, *a.lines]
    h = Html()
    suffix = "_科室通知_" if i % 2 == 0 else " - "
    start(h, CHARSET["gbk"], f"{a.title}{suffix}{HOSPITAL}")
    h.el("div", HOSPITAL, "logo", "header")
    h.el("div", "Lanqiao Central Hospital", "logo-en", "header")
    nav = ["医院首页", "就医指南", "科室导航", "专家介绍", "院务公开", "健康科普"]
    h.links("header", nav, " · ", "nav")
    h.el("div", "预约挂号：0591-87301166　｜　微信搜索“岚桥中心医院”服务号", "booking", "bar")
    crumb = "您所在的位置：首页 → 院务公开 → 科室通知"
    h.el("div", crumb, "crumb", "header")
    views = r.randint(40, 4000)
    if i % 2 == 0:
        who = AUDITORS[i // 2 % len(AUDITORS)]
        row = f"【科室通知】　发稿科室：{dept}　审核：{who}　日期：{a.meta['published']}　阅读：{views}"  # noqa: E501
        h.el("div", row, "info")
        h.el("div", a.title, "ntitle")
    elif i in (1, 5):
        h.el("h1", a.title)
        h.el("div", f"发布于 {y}年{m}月{d}日 | 供稿：{dept} | 浏览 {views} 次", "info")
    else:
        h.el("p", a.title, "art-tit")
        h.el("div", f"{y}.{m:02d}.{d:02d}　来自：{dept}", "info")
    h.raw('<div class="content">')
    h.body(Art(a.title, a.lines[1:], a.page, a.meta))
    h.raw("</div>")
    h.el("div", "【打印本页】【关闭窗口】【返回顶部】", "tools", "bar")
    tip = "温馨提示：本站发布的诊疗信息仅供参考，具体诊疗方案请遵医嘱。"
    h.el("div", tip, "tip", "notice")
    prev, nxt = r.sample([x[0] for n, x in enumerate(CLINIC) if n != i], 2)
    h.el("div", f"前一条：{prev}", "prev", "related")
    h.el("div", f"后一条：{nxt}", "next", "related")
    h.el("p", f"{HOSPITAL}　版权所有　岚ICP备05012377号-1", "", "footer")
    h.el("p", "地址：岚桥市杏林路88号　急救电话：120　总机：0591-87301000", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the port's customs-clearance digest ---------------------------------------------

PIECES = [3, 4, 3, 5, 2, 4, 3, 3]
BREAKS = {0: 1, 3: 2, 5: 1, 6: 1}
RULE_LINE = "﹉" * 16


def name_marks(arts: list[Art], fmt: str) -> Chrome:
    """Name the page-break placeholders of ``arts`` in page order (page 2 first) and
    return the marks as chrome (kind ``page_number``)."""
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


def fam_tongguan(g: GenZB, i: int) -> Made:
    """'鳌湾口岸通关服务网' customs-clearance digests, GB18030 text; all compilations."""
    r = g.r
    k = PIECES[i]
    picks = r.sample(range(len(RULES)), k)
    g.month(k, newest_first=False)
    arts = [g.rule(j) for j in picks]
    y, m, _ = ymd(arts[0])
    issue = 40 + i * 2
    nb = BREAKS.get(i, 0)
    hurt = r.sample(range(k), 2 if i == 3 else 1)
    tag = iter(range(1, 10))
    for n, a in enumerate(arts):
        kinds = [ODD[(i + n) % 3]] if n in hurt else []
        if nb and n == hurt[0]:
            kinds += ["page_break"] * nb
        if kinds:
            damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    marks = name_marks(arts, "〔通关资讯汇编·第{n}页〕")
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"通关资讯汇编（第{issue}期）－政策汇编－{PORT}")])
    site = f"{PORT}　企业服务　政策汇编　通关指南　在线咨询　English"
    put(lines, chrome, [("header", site), ("header", "位置：首页 / 政策汇编 / 通关资讯汇编")])
    lines.append("")
    head: Chrome = [
        ("header", "通关资讯汇编"),
        ("header", f"第{issue}期　{y}年{m}月刊　编印：{PORT_OFFICE}政策研究科"),
        ("header", "本期目录"),
        *(("header", f"（{n}）{a.title}") for n, a in enumerate(arts, start=1)),
    ]
    put(lines, chrome, head)
    for n, (a, j) in enumerate(zip(arts, picks, strict=True), start=1):
        _, src, pre, _, _ = RULES[j]
        no = f"{pre}〔{y}〕{r.randint(2, 60)}号"
        a.meta.update(doc_number=no, origin=src)
        row = f"▷ 第{n:02d}条　文号：{no}　来源：{src}　发布：{a.meta['published']}"
        lines += ["", row, a.title]
        put(lines, chrome, [("bar", RULE_LINE)])
        lines += a.page
        a.lines = [a.title, *a.lines]
    chrome += marks
    lines.append("")
    past = f"往期回顾：第{issue - 1}期　第{issue - 2}期　第{issue - 3}期"
    tail: Chrome = [
        ("notice", "本汇编所载内容仅供企业参考，政策执行以各发布单位正式文件为准。"),
        ("bar", "下载本期PDF版（1.2MB）　｜　订阅汇编推送　｜　纠错反馈"),
        ("related", past),
        ("footer", f"主办：{PORT_OFFICE}　技术支持：鳌湾电子口岸数据中心　鳌ICP备17003388号"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 3. the project's release blog ----------------------------------------------------

HEADS = ("新特性", "问题修复", "升级方式")


def fam_kaiyuan(g: GenZB, i: int) -> Made:
    """'岚帆 LanSail' release posts, UTF-8 HTML."""
    r = g.r
    a = g.release_note(i)
    y, m, d = ymd(a)
    who = MAINTAINERS[i % len(MAINTAINERS)]
    a.meta["author"] = who
    if i in (1, 4, 6):
        damage(g, a, [ODD[i % 3]])
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title} | {PROJECT}博客")
    h.el("div", f"LanSail {PROJECT}", "brand", "header")
    h.links("header", ["首页", "文档", "博客", "插件市场", "社区", "GitHub"], " / ", "nav")
    h.el("div", f"{PROJECT} 4.0 测试版已开放试用，欢迎提交反馈 →", "banner", "notice")
    h.raw("<article>")
    if i % 2 == 0:
        h.el("h1", a.title)
        row = f"{a.meta['published']} · 作者：@{who} · 约 {r.randint(3, 8)} 分钟读完"
        h.el("div", row, "post-meta")
        h.el("div", "标签：版本发布 / 更新日志", "tags")
    elif i in (1, 5):
        h.el("div", "版本发布", "kicker")
        h.el("div", f"发布日期 {y}/{m}/{d}　维护者 @{who}", "post-meta")
        h.el("h2", a.title)
    else:
        h.el("div", a.title, "post-title")
        h.el("div", f"最后更新于 {y}年{m}月{d}日 ｜ 维护者：@{who}", "post-meta")
    section = ""
    in_list = False
    for good, shown in zip(a.lines, a.page, strict=True):
        bullet = section in HEADS[:2] and good not in HEADS
        if in_list and not bullet:
            h.raw("</ul>")
            in_list = False
        if good in HEADS:
            section = good
            h.el("h3", good)
        elif bullet:
            if not in_list:
                h.raw("<ul>")
                in_list = True
            h.el("li", shown)
        elif good.startswith("npm "):
            h.raw(f"<pre><code>{escape(shown, quote=False)}</code></pre>")
        else:
            h.el("p", shown)
    h.raw("</article>")
    a.lines = [a.title, *a.lines]
    h.el("div", "✎ 在 GitHub 上编辑本页", "edit", "bar")
    lic = "本站文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议，转载请注明出处。"
    h.el("div", lic, "license", "notice")
    posts = [f"{PROJECT} {x[0]} 发布：{x[1]}来了" for x in VERSIONS]  # newest first
    if i > 0:
        h.el("div", f"‹ 较新：{posts[i - 1]}", "newer", "related")
    if i < len(posts) - 1:
        h.el("div", f"较旧：{posts[i + 1]} ›", "older", "related")
    h.el("div", "评论由 GitHub Discussions 驱动 · 登录后参与讨论", "comments", "bar")
    h.el("p", "© 2019-2024 LanSail Contributors · 基于 MIT 协议开源", "", "footer")
    h.el("p", "文档站点托管于岚云静态托管 · 岚ICP备20006161号-3", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the bilingual press room ------------------------------------------------------

ABOUT: Chrome = [
    ("bar", "－完－　– END –"),
    ("notice", f"關於{GROUP}"),
    (
        "notice",
        f"{GROUP}（股份代號：0899）成立於一九九八年，總部設於香港，業務涵蓋物流科技、雲端服務及企業軟件，於亞太區設有十二個辦事處。",
    ),
    ("notice", f"About {GROUP_EN}"),
    (
        "notice",
        f"{GROUP_EN} (Stock Code: 0899) was founded in 1998 and is headquartered in Hong Kong, with businesses in logistics technology, cloud services and enterprise software.",  # noqa: E501
    ),
    ("notice", "傳媒查詢 Media Enquiries：企業傳訊部 Corporate Communications　+852 2811 0899"),
]


def fam_xinwen(g: GenZB, i: int) -> Made:
    """'恆溪科技集團' bilingual press releases, Big5 text."""
    r = g.r
    a = g.press(i)
    y, m, d = ymd(a)
    month = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"][m - 1]  # fmt: skip
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"新聞稿 | Press Releases - {GROUP}")])
    put(lines, chrome, [("header", f"{GROUP}　HENGXI TECHNOLOGY GROUP")])
    nav = "首頁 Home ｜ 關於我們 About ｜ 投資者關係 IR ｜ 新聞中心 Newsroom ｜ 繁 / EN"
    put(lines, chrome, [("header", nav), ("header", "新聞中心 > 新聞稿")])
    lines.append("")
    en, *rest = a.page
    if i % 2 == 0:
        lines += [f"{y}年{m}月{d}日 ｜ {month} {d}, {y}", "即時發佈 FOR IMMEDIATE RELEASE"]
        lines += [a.title, en]
    else:
        ref = f"HX/PR/{y}/{r.randint(1, 30):02d}"
        a.meta["doc_number"] = ref
        lines += [a.title, en, f"發佈日期 Date：{a.meta['published']}　｜　編號 Ref.：{ref}"]
    lines += ["", *rest[:3], "", *rest[3:], ""]
    a.lines = [a.title, *a.lines]
    put(lines, chrome, ABOUT)
    lines.append("")
    tail: Chrome = [
        ("bar", "分享 Share：Facebook ｜ LinkedIn ｜ WhatsApp ｜ 電郵 Email"),
        ("related", "返回新聞稿列表 Back to Press Releases"),
        (
            "footer",
            f"Copyright 2024 {GROUP}有限公司 版權所有 ｜ 私隱政策 Privacy ｜ 免責聲明 Disclaimer",
        ),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_zb_menzhen", "sealed", "gbk", "\r\n", 8, fam_menzhen, "html"),
    BlindFamily("sealed_zb_tongguan", "sealed", "gb18030", "\r\n", 8, fam_tongguan),
    BlindFamily("sealed_zb_kaiyuan", "sealed", "utf-8", "\n", 8, fam_kaiyuan, "html"),
    BlindFamily("sealed_zb_xinwen", "sealed", "big5", "\r\n", 8, fam_xinwen),
]

assert len(CLINIC) == len(VERSIONS) == len(NEWS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2800, gen=GenZB)
