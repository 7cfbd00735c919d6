"""Four more invented families for a twenty-fourth blind test of the generic layer: a
province's defective-product recall site (HTML in GB18030 declared by ``<meta
http-equiv="Content-Type">``, CRLF, weekly bulletins whose pieces sit under a rule line
``━━ ❷ 儿童用品 ━━``), a university school's lecture notices (plain text, UTF-16 with BOM
and UTF-8 with BOM by page, CRLF), a city sports site's match reports saved from its print
view (plain text, GBK, LF, page marks ``～ 第2页 共3页 ～`` cutting sentences) and an idiom
dictionary's entries (HTML, UTF-8 with and without BOM by page, LF, ``【label】`` heads).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_z_zhaohui`` (a recall site '澄衡缺陷产品召回信息网', HTML, GB18030 declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gb18030">``, CRLF):
  ``澄衡缺陷产品召回信息网``, ``首页 ┊ 召回公告 ┊ 风险预警 ┊ 法规标准 ┊ 缺陷线索报告 ┊ 召回进度
  查询`` and ``当前位置 ▸ 召回公告 ▸ 消费品召回`` (``header``).  Single notices (pages 0, 2, 3,
  5, 7): the ``<h1>`` title ``X有限公司召回部分Y`` over (pages 0, 3, 7) or under (2, 5) a
  ``<table>`` card whose cells are each a visible line ``召回编号：CH-2021-0345`` / ``产品类别：
  家用电器`` / ``召回数量：1234件`` / ``备案日期：2021-03-09`` (metadata, neither); the lead, the
  heads ``一、召回范围`` to ``四、联系方式`` and their paragraphs (the hotline with ``×``) are
  content.  Chrome: ``【我要报告缺陷】　【召回进度查询】　【打印本页】`` (bar), ``提示：……``
  (``notice``), ``同类产品召回`` and two titles (``related``).  Weekly bulletins (pages 1, 4,
  6 with 3, 4, 3 recalls, newest first): ``召回信息周报 · 2021年第11期`` (``<h2>``, ``header``)
  and ``本期收录消费品召回信息3条　编辑：澄衡省缺陷产品管理中心`` (``header``); per recall a rule
  line ``━━ ❷ 儿童用品 ━━`` (neither) ABOVE the ``<h3>`` title, a row ``备案日期：2021-03-09
  ｜　X有限公司`` (metadata, neither) and two paragraphs (content); ``‹ 上期周报　｜　周报目录
  ｜　下期周报 ›`` (``related``) at the end.  Two footer lines (an ICP number) on every page.
  Damage one kind on single pages, one kind in one recall on page 4.  Meta: published (备案
  日期); doc_number (召回编号) on single pages.
* ``sealed_z_jiangzuo`` (a school's lecture notices '栎澜大学数学与统计学院', plain text, UTF-16
  with BOM on even pages and UTF-8 with BOM on odd ones, CRLF): the page title line
  ``X-栎澜大学数学与统计学院``, ``栎澜大学 数学与统计学院``, ``学院首页 ∥ 学院概况 ∥ 师资队伍 ∥
  科学研究 ∥ 学术活动 ∥ 党建工作`` and ``您现在的位置：学院首页 >> 学术活动 >> 学术报告``
  (``header``).  Even pages: the bare title over ``发布者：科研办公室　发布时间：2021-03-09 16:21
  点击数：N`` (metadata, neither); odd pages: ``【2021.03.09】　来源：统计学系　浏览 N 次``
  (metadata, neither) ABOVE the bare title.  The title, ``报告题目：X`` (the title again),
  ``报告人：…`` / ``报告时间：…`` (a date on or after the notice's) / ``报告地点：…``,
  ``报告摘要：`` and its two paragraphs, ``报告人简介：`` and its paragraph and ``欢迎广大师生
  参加！`` are ONE article.  Chrome: ``【关闭本页】 ◇ 【打印本页】 ◇ 【返回顶部】`` (bar),
  ``上一条：X`` / ``下一条：Y`` (``related``), two footer lines.  Damage one kind on pages 1, 3
  and 6.  Meta: published (the notice's date); issuer (发布者) on even pages, origin (来源) on
  odd pages.
* ``sealed_z_saishi`` (a sports site's print view '澄江体育在线', plain text, GBK, LF):
  ``澄江体育在线 · 打印版`` and ``体育在线 / 赛事报道 / 群众体育`` (``header``).  Even pages:
  the bare title over ``2021年3月9日 21:40　稿源：澄江日报　作者：X　责编：Y`` (metadata,
  neither); odd pages: a tag line ``〖群众体育 · 全民运动会〗`` (neither) above the title and
  ``发布时间：2021-03-09　来源：澄江市体育总会　记者：X`` (metadata, neither) under it.  The
  title, the lead, the play paragraphs, the two quotes and the closing are ONE article.
  Page breaks: the print view's mark ``～ 第2页 共3页 ～`` (``page_number``), standing alone
  between blank lines, cuts a sentence between two CJK letters on pages 0, 2, 3, 5, 6 (twice,
  numbered in page order, on 3 and 6).  Chrome at the end: ``【顶一下】N　【踩一下】N``
  (bar), ``凡注明……`` (``notice``), ``【延伸阅读】`` and two titles (``related``), two footer
  lines.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page (two on 1, 4, 7).
  Meta: published, origin (稿源 / 来源), author (作者 / 记者; 责编 has no key).
* ``sealed_z_cidian`` (an idiom dictionary '岚韵汉语词典', HTML, UTF-8 on even pages and UTF-8
  with BOM on odd ones, ``<meta charset="utf-8">``, LF): ``岚韵汉语词典``, ``首页 · 成语 · 词语
  · 汉字 · 诗词 · 组词``, ``请输入要查询的字词　查 询`` (bar) and ``首页 ＞ 成语大全 ＞ X``
  (``header``).  Even pages: the ``<h1>`` title (the idiom) over ``词条编辑：X　更新时间：
  2021-03-09　浏览：N`` (metadata, neither); odd pages: ``X · 2021年3月9日更新`` (metadata,
  neither) above a ``<div class="cy-word">`` title.  The title, the pinyin line, the heads
  ``【释义】`` / ``【出处】`` / ``【例句】`` / ``【用法】`` / ``【近义词】`` and their values are ONE
  article.  Chrome: ``朗读　·　收藏本词　·　纠错反馈`` (bar), ``相关成语`` and three idioms
  (``related``), ``本站词条内容由编辑整理……`` (``notice``), a footer with an ICP number.  No
  damage, no page breaks.  Meta: published (更新), author (the 编辑).

Truth as :mod:`tests.families.blind_families_y`: header and metadata rows are neither content
nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: a recall's 召回编号 is
``doc_number``, its maker (the subject of the notice) has no key, its 产品类别 / 召回数量 and
a bulletin's rule line have no key (neither); a lecture notice's ``报告题目：`` line repeats the
title and is content (the notice as posted), the speaker is not ``author`` (he did not write
the notice), 发布者 is ``issuer`` and 来源 ``origin``; a match report's 稿源 / 来源 is
``origin`` and its reporter ``author``; a dictionary entry's pinyin and heads are content,
its editor is ``author`` and its 更新时间 ``published``.  Compiled pages: ``zhaohui`` (pages 1,
4, 6); ``jiangzuo``, ``saishi`` and ``cidian`` are single documents.  ``python -m
tests.families.blind_families_z`` (seed base 2600) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``2cbfa95`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): cidian .971/0.0/.500/1.0/1.0/.500; jiangzuo
.937/.111/0.0/1.0/1.0/0.0; saishi .868/.089/.500/1.0/.611/1.0; zhaohui
.965/.029/.333/.750/1.0/.400.  Means .935/.057/.333/.938/.903/.475.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_z_text import (
    AUTHORS,
    CENTRE,
    DICT_SITE,
    EDIT,
    EDITORS,
    HOSTS,
    IDIOMS,
    MATCHES,
    RECALL_SITE,
    RECALLS,
    SCHOOL,
    SPORT_SITE,
    TALKS,
    GenZ,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CIRCLED = "❶❷❸❹❺❻"


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", "<html>", "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/res/css/style.css">', "</head>", "<body>")


# -- 1. the recall notices -------------------------------------------------------------

WEEKLY = {1: 3, 4: 4, 6: 3}


def fam_zhaohui(g: GenZ, i: int) -> Made:
    """'澄衡缺陷产品召回信息网' recall notices and weekly bulletins, GB18030 HTML."""
    r = g.r
    k = WEEKLY.get(i, 1)
    if k > 1:
        g.month(k, newest_first=True)
    picks = r.sample(range(len(RECALLS)), k)
    arts = [g.recall(j, long=k == 1) for j in picks]
    h = Html()
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">'
    start(h, charset, f"{arts[0].title if k == 1 else '召回信息周报'} - {RECALL_SITE}")
    h.el("div", RECALL_SITE, "site-name", "header")
    nav = ["首页", "召回公告", "风险预警", "法规标准", "缺陷线索报告", "召回进度查询"]
    h.links("header", nav, " ┊ ", "menu")
    h.el("div", "当前位置 ▸ 召回公告 ▸ 消费品召回", "position", "header")
    if k == 1:
        a = arts[0]
        j = picks[0]
        y, _, _ = ymd(a)
        no = f"CH-{y}-{r.randint(1000, 9999)}"
        a.meta["doc_number"] = no
        damage(g, a, [ODD[i % 3]])
        a.lines = [a.title, *a.lines]
        card = [
            '<table class="recall-info">',
            f"<tr><td>召回编号：{no}</td><td>产品类别：{RECALLS[j][2]}</td></tr>",
            f"<tr><td>召回数量：{g.qty}件</td><td>备案日期：{a.meta['published']}</td></tr>",
            "</table>",
        ]
        if i in (2, 5):
            h.raw(*card)
            h.el("h1", a.title)
        else:
            h.el("h1", a.title)
            h.raw(*card)
        h.body(a)
        h.el("div", "【我要报告缺陷】　【召回进度查询】　【打印本页】", "tool", "bar")
        h.el(
            "div",
            "提示：召回信息由生产者向管理中心报告，本网仅作公示，具体以企业实施情况为准。",
            "tip",
            "notice",
        )
        h.el("div", "同类产品召回", "same-head", "related")
        others = [f"{x[0]}召回部分{x[1]}" for n, x in enumerate(RECALLS) if n != j]
        h.items("related", r.sample(others, 2), "same")
    else:
        y, _, _ = ymd(arts[0])
        h.el("h2", f"召回信息周报 · {y}年第{10 + i}期", "wk-title", "header")
        h.el("div", f"本期收录消费品召回信息{k}条　编辑：{CENTRE}", "wk-sub", "header")
        hit = r.randrange(k) if i == 4 else -1
        for n, (a, j) in enumerate(zip(arts, picks, strict=True)):
            if n == hit:
                damage(g, a, [ODD[n % 3]])
            a.lines = [a.title, *a.lines]
            h.el("div", f"━━ {CIRCLED[n]} {RECALLS[j][2]} ━━", "wk-rule")
            h.el("h3", a.title)
            h.el("div", f"备案日期：{a.meta['published']}　｜　{RECALLS[j][0]}", "wk-info")
            h.body(a)
        h.el("div", "‹ 上期周报　｜　周报目录　｜　下期周报 ›", "wk-pager", "related")
    h.el("p", f"主办单位：{CENTRE}　衡ICP备10023456号-1", "", "footer")
    h.el("p", "地址：澄衡市政务服务中心东楼六层　投诉举报电话：12315", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 2. the lecture notices ------------------------------------------------------------


def fam_jiangzuo(g: GenZ, i: int) -> Made:
    """'栎澜大学数学与统计学院' lecture notices, UTF-16 / UTF-8-BOM text."""
    r = g.r
    y, m, d = g.date()
    g.days = [(y, m, d)]
    when = f"{y}年{m}月{min(d + r.randint(2, 6), 28)}日 下午{r.choice(['14:30', '15:00', '16:00'])}"
    a = g.talk(i, when)
    host = r.choice(HOSTS)
    if i in (1, 3, 6):
        damage(g, a, [ODD[i % 3]])
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title}-{SCHOOL}")])
    put(lines, chrome, [("header", "栎澜大学 数学与统计学院")])
    nav = "学院首页 ∥ 学院概况 ∥ 师资队伍 ∥ 科学研究 ∥ 学术活动 ∥ 党建工作"
    put(lines, chrome, [("header", nav)])
    put(lines, chrome, [("header", "您现在的位置：学院首页 >> 学术活动 >> 学术报告")])
    lines.append("")
    if i % 2 == 0:
        a.meta["issuer"] = host
        row = f"发布者：{host}　发布时间：{a.meta['published']} {g.clock()}　点击数：{r.randint(40, 2000)}"  # noqa: E501
        lines += [a.title, row]
    else:
        a.meta["origin"] = host
        row = f"【{y}.{m:02d}.{d:02d}】　来源：{host}　浏览 {r.randint(40, 2000)} 次"
        lines += [row, a.title]
    lines += ["", *a.page, ""]
    prev, nxt = r.sample([t[0] for n, t in enumerate(TALKS) if n != i], 2)
    tail: Chrome = [
        ("bar", "【关闭本页】 ◇ 【打印本页】 ◇ 【返回顶部】"),
        ("related", f"上一条：{prev}"),
        ("related", f"下一条：{nxt}"),
        ("footer", f"Copyright © 2008-2024 {SCHOOL} 版权所有　地址：栎澜市学府大道1号"),
        ("footer", "澜ICP备05001234号-1　邮编：330199　技术支持：网络信息中心"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the match reports --------------------------------------------------------------


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


BREAKS = {0: 1, 2: 1, 3: 2, 5: 1, 6: 2}


def fam_saishi(g: GenZ, i: int) -> Made:
    """'澄江体育在线' match reports from the print view, GBK text."""
    r = g.r
    a = g.match(i)
    y, m, d = ymd(a)
    kinds = [ODD[i % 3]] + ([ODD[(i + 1) % 3]] if i in (1, 4, 7) else [])
    nb = BREAKS.get(i, 0)
    kinds += ["page_break"] * nb
    tag = counter(0, 9, lambda n, t: f"@PB{n}@")
    damage(g, a, kinds, lambda: [("page_number", tag())])
    number_marks(a, "～ 第{n}页 共{t}页 ～", nb + 1)
    a.lines = [a.title, *a.lines]
    who = AUTHORS[i % len(AUTHORS)]
    a.meta["author"] = who
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{SPORT_SITE} · 打印版")])
    put(lines, chrome, [("header", "体育在线 / 赛事报道 / 群众体育")])
    lines.append("")
    if i % 2 == 0:
        a.meta["origin"] = "澄江日报"
        row = f"{y}年{m}月{d}日 {g.clock()}　稿源：澄江日报　作者：{who}　责编：{r.choice(EDITORS)}"
        lines += [a.title, row]
    else:
        a.meta["origin"] = "澄江市体育总会"
        row = f"发布时间：{a.meta['published']}　来源：澄江市体育总会　记者：{who}"
        lines += ["〖群众体育 · 全民运动会〗", a.title, row]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    others = [f"{x[1]}夺得{x[0]}冠军" for n, x in enumerate(MATCHES) if n != i]
    tail: Chrome = [
        ("bar", f"【顶一下】{r.randint(3, 300)}　【踩一下】{r.randint(0, 9)}"),
        ("notice", f"凡注明“来源：{SPORT_SITE}”的稿件，转载时须保留作者署名并注明出处。"),
        ("related", "【延伸阅读】"),
        *(("related", x) for x in r.sample(others, 2)),
        ("footer", f"{SPORT_SITE}　版权所有　澄ICP备12008765号"),
        ("footer", "违法和不良信息举报邮箱：jubao@tiyu.example　联系我们　网站地图"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 4. the dictionary entries ---------------------------------------------------------


def fam_cidian(g: GenZ, i: int) -> Made:
    """'岚韵汉语词典' idiom entries, UTF-8 HTML (BOM on odd pages)."""
    r = g.r
    a = g.entry(i)
    y, m, d = ymd(a)
    ed = EDIT[i % len(EDIT)]
    a.meta["author"] = ed
    a.lines = [a.title, *a.lines]
    h = Html()
    start(h, '<meta charset="utf-8">', f"{a.title}的意思_{a.title}是什么意思_{DICT_SITE}")
    h.el("div", DICT_SITE, "logo", "header")
    h.links("header", ["首页", "成语", "词语", "汉字", "诗词", "组词"], " · ", "nav")
    h.el("div", "请输入要查询的字词　查 询", "search", "bar")
    h.el("div", f"首页 ＞ 成语大全 ＞ {a.title}", "crumb", "header")
    if i % 2 == 0:
        h.el("h1", a.title)
        row = f"词条编辑：{ed}　更新时间：{a.meta['published']}　浏览：{r.randint(100, 90000)}"
        h.el("div", row, "cy-info")
    else:
        h.el("div", f"{ed} · {y}年{m}月{d}日更新", "cy-info")
        h.el("div", a.title, "cy-word")
    h.body(a)
    h.el("div", "朗读　·　收藏本词　·　纠错反馈", "cy-tools", "bar")
    h.el("div", "相关成语", "rel-head", "related")
    h.items("related", r.sample([x[0] for n, x in enumerate(IDIOMS) if n != i], 3), "rel")
    h.el("div", "本站词条内容由编辑整理，仅供学习参考，如有错误欢迎指正。", "cy-tip", "notice")
    h.el("p", f"{DICT_SITE} © 2012-2024　澜ICP备12003456号-3", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_z_zhaohui", "sealed", "gb18030", "\r\n", 8, fam_zhaohui, "html"),
    BlindFamily(
        "sealed_z_jiangzuo",
        "sealed",
        "utf-16",
        "\r\n",
        8,
        fam_jiangzuo,
        "txt",
        ("utf-16", "utf-8-sig"),
    ),
    BlindFamily("sealed_z_saishi", "sealed", "gbk", "\n", 8, fam_saishi),
    BlindFamily(
        "sealed_z_cidian", "sealed", "utf-8", "\n", 8, fam_cidian, "html", ("utf-8", "utf-8-sig")
    ),
]

assert len(RECALLS) == len(TALKS) == len(MATCHES) == len(IDIOMS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2600, gen=GenZ)
