"""Four more invented families for a twenty-eighth blind test of the generic layer: a county
government's press-clipping digest (plain text, GB18030, CRLF; every page a compilation whose
pieces open with a numbered label row ``［报道·壹］`` ABOVE the plain title line and a ``┏━┓``
BOXED source row BELOW it, running heads ``媒体看澄禾　2021年第3期　　第2页`` cutting
sentences), a university international students office's English-language notices (HTML,
UTF-8 on even pages and UTF-8 with BOM on odd ones, LF; the title in ``<h1>`` over a ``Posted
… · by … · N views`` row, under a ``NOTICE`` kicker over an English-month date row, or under
a two-line date badge), a provincial personnel exam centre's old table-layout site (HTML, GBK
declared ``charset=gb2312`` by ``http-equiv``, CRLF; a ``今天是：…星期五`` date in the banner,
a dated exam calendar sidebar before or after the main column, the title in a ``<td>`` over an
info row or under three label cells) and a housing estate's property notices copied out of a
neighbourhood app (plain text, UTF-16 with BOM, LF; an app download bar, the title over or
under a publish row, a reactions bar and a residents' comment thread).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zd_meiti`` (a county government '澄禾县人民政府' reposting its publicity office's
  digest '媒体看澄禾', plain text, GB18030, CRLF; every page a compilation of 3, 4, 2, 5, 3,
  4, 3, 2 clipped reports, oldest first, all of one month): the page title line
  ``媒体看澄禾（2021年第3期）_媒体聚焦_澄禾县人民政府网``, the site row and ``当前位置：首页 →
  媒体聚焦 → 媒体看澄禾`` (``header``); the digest's masthead ``媒体看澄禾`` / ``2021年第3期
  （总第N期）`` / ``中共澄禾县委宣传部编　　　　2021年3月28日`` (``header``: the issue's own
  date, a day or two after its last piece, is no piece's metadata); ``本期要目`` and one
  ``◎ 标题　……　岚泽日报`` line per piece (``header``, as set m's 目录 block).  Per piece:
  the label row ``［报道·壹］`` (capital numerals; ``header``: it carries no data), THEN the
  plain title line, THEN a three-line box: ``┏━━…┓`` (bar), ``┃刊发：岚泽日报　2021年3月9日　第03版
  ┃　记者：柯望舒┃`` (metadata, neither), ``┗━━…┛`` (bar); then four paragraphs
  (a lead, a scene with a quote, a result paragraph, a closing line): one article.  Page
  breaks: the running head ``媒体看澄禾　2021年第3期　　第2页`` (``page_number``), alone
  between blank lines, cuts a sentence between two CJK letters on pages 1, 3 (twice, in one
  piece) and 6, numbered in page order.  Damage: one kind (``cjk_space`` / ``comma`` /
  ``stray_q``) in one piece per page, the piece that carries the breaks.  Chrome at the end:
  ``（以上报道由县委宣传部新闻科摘编，转载请注明原刊出处）`` (``notice``),
  ``【打印】　【关闭】　【收藏本页】`` (bar), ``上一期：…　｜　下一期：…`` (``related``), two
  footer lines (an ICP number, a visitor counter).  Meta per piece: published (the box's
  date), origin (the paper), author (the reporter); the box's 版次 has no key.
* ``sealed_zd_liuxue`` (the English pages of 'Cenhe University' / 岑禾大学's Office of
  International Students, HTML, UTF-8 on even pages, UTF-8 with BOM on odd pages, LF; the
  date also in ``<meta name="PubDate" content="2021-03-09">`` in the head): ``中文 | English
  | Campus Map | Webmail`` (bar), ``岑禾大学 Cenhe University``, ``Office of International
  Students``, ``Home · Study at Cenhe · … · Contact Us`` and ``Home / News & Notices /
  Notice`` (``header``).  Pages 0, 3, 6: the ``<h1>`` title over ``Posted 2021-03-09 · by
  Student Affairs · 412 views`` (neither); pages 1, 4, 7: a ``NOTICE`` kicker (``header``)
  over an ``<h2>`` title over ``Date: 9 March 2021 | Source: Visa Services`` (neither; the
  date only in English words); pages 2, 5: a date badge of two lines ``09`` / ``Mar 2021``
  (neither) ABOVE a ``<div class="news-title">`` title.  The title, ``Dear students,``, the
  paragraphs, on three kinds ``Required documents:`` with three ``<li>`` items, the
  ``Venue:`` and ``Contact:`` lines and the sign-off ``Office of International Students,
  Cenhe University`` are ONE article.  Chrome: ``Share: WeChat | Weibo | LinkedIn | Email``
  (bar), ``« Previous: X`` / ``Next: Y »``, ``You may also be interested in`` and three
  notice titles (``related``), a poll form whose visible lines are ``Was this page
  helpful?`` / ``Yes`` / ``No`` (bar), ``Last updated: 2021-03-12`` (``footer``: a later
  date that is not the notice's), a copyright line and an address line with an ICP number
  (``footer``).  No damage, no page breaks (English lines).  Meta: published, issuer (the
  office, from the sign-off), origin (the posting unit) on pages 0, 1, 3, 4, 6, 7.
* ``sealed_zd_kaoshi`` (a provincial exam centre '岚泽省人事考试中心' on '岚泽人事考试网',
  HTML in nested layout ``<table>`` s, GBK declared ``charset=gb2312``, CRLF): the banner
  cells ``岚泽人事考试网`` and ``今天是：2021年3月12日 星期五`` (days after the notice, with
  its true weekday), the nav row and ``您的位置：网站首页 >> 考试动态 >> 通知公告`` (all
  ``header``); a sidebar column ``考试日历`` with three dated exam rows (``related``) BEFORE
  the main column on even pages and AFTER it on odd pages.  Even pages: the title in a
  ``<td class="biaoti">`` over the cell ``发布时间：2021-03-09　 来源：考务处
  浏览次数：N　【关闭窗口】`` (metadata and a close link in one row: neither); odd pages:
  three cells ``作者：考务处`` / ``时间：2021-3-9`` / ``点击：N`` (each a line, neither) ABOVE
  the title in ``<font size="4"><b>``.  The title, the why paragraph, the ``一、`` heads,
  the ``（一）`` items, the enquiry paragraph, on four kinds the linked attachment lines
  ``附件：1．…`` / ``2．…`` (content: part of the official notice), the centre's name and
  ``2021年3月9日`` are ONE article.  Chrome: ``【打印此页】　【关闭窗口】　【返回顶部】``
  and ``扫一扫，用手机查看本页`` (bar), ``上一篇：X`` / ``下一篇：Y`` (``related``), three
  footer lines (sponsor and address, ICP and police record numbers, a browser hint).
  Damage one kind on pages 0, 3, 5 (``cjk_space``, ``stray_q``, ``cjk_space``) and
  ``comma`` on 2, 6; no page breaks.  Meta: published, issuer (the signing centre), origin
  (来源 / 作者, the section).
* ``sealed_zd_wuye`` (a housing estate '栖岸花园''s property notices copied out of the
  '邻里e家' app, plain text, UTF-16 with BOM, LF): ``栖岸花园 · 业主服务`` (``header``),
  ``邻里e家APP　｜　打开APP，查看更多小区动态`` (bar).  Even pages: the title line over
  ``📢 公告　2021-03-09 18:42　｜　已读 N`` (neither); odd pages: ``栖岸花园物业服务中心 发布于
  2021年3月9日 18:42`` (neither) ABOVE the title line.  The title, ``尊敬的各位业主：``, the
  why paragraph, the ``时间：`` / ``范围：`` lines, the kind's own paragraph, the ``温馨提示：``
  paragraph, the thanks, the centre and its date (``二〇二一年三月九日`` on odd pages) are ONE
  article.  Chrome: ``—— 已经到底了 ——`` and ``👍 有帮助 N　　💬 留言 N　　↗ 转发`` (bar); on
  pages 1, 2, 4, 5, 7 a thread ``业主留言（N）``, ``6栋 陈女士：……`` rows and one ``物业回复：
  ……`` (all ``notice``, as set o's comment thread); ``更多公告 ›`` and two ``· X`` titles
  (``related``); two footer lines.  Damage: ``zero`` (the date's ``〇`` typed ``○``) on 1,
  ``cjk_space`` on 3, ``comma`` on 5, ``stray_q`` on 7; no page breaks.  Meta: published,
  issuer (the signing centre; the publish row has no origin key).

Truth as :mod:`tests.families.blind_families_zc`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the
digest's masthead (its issue number and compile date) and its ``本期要目`` lines are
``header``, the ``［报道·壹］`` label row is ``header`` and the box rules are bars, while the
boxed 刊发 row is a metadata row; a report's 记者 is ``author`` and its paper ``origin``; an
English notice's sign-off gives ``issuer`` and its ``Posted … by`` / ``Source:`` unit
``origin``, its date badge and ``NOTICE`` kicker are not content, its ``Last updated:`` line
is footer; the exam site's ``今天是`` date is ``header`` and its dated exam calendar is
``related``; exam attachments are content; app reactions are bars, residents' comments and
the property reply are ``notice``.  Compiled pages: every ``meiti`` page; ``liuxue``,
``kaoshi`` and ``wuye`` are single documents.  ``python -m
tests.families.blind_families_zd`` (seed base 3000) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``ad522ca`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): kaoshi .968/.008/.875/1.0/1.0/.833; liuxue
.967/.022/.750/1.0/1.0/.500; meiti .915/.034/1.0/1.0/.667/.667; wuye
.789/.435/.750/1.0/1.0/.438.  Means .910/.125/.844/1.0/.917/.609.
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main, visible_lines
from tests.families.blind_zd_text import (
    CLIPS,
    COUNTY,
    DIGEST,
    ESTATE,
    ESTATE_NOTES,
    EXAM,
    EXAM_SITE,
    EXAMS,
    NOTES_EN,
    OFFICE,
    PROPERTY,
    UNI,
    UNI_CN,
    GenZD,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CAPS = "壹贰叁肆伍陆柒捌玖"


def widget(h: Html, kind: str, src: list[str]) -> None:
    """Raw HTML whose visible lines are all chrome of ``kind`` (a form, a poll)."""
    h.raw(*src)
    h.chrome += [(kind, x) for x in visible_lines("\n".join(src))]


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


# -- 1. the press-clipping digest -------------------------------------------------------

PIECES = [3, 4, 2, 5, 3, 4, 3, 2]
BREAKS = {1: 1, 3: 2, 6: 1}
RULE = "━" * 26


def fam_meiti(g: GenZD, i: int) -> Made:
    """'媒体看澄禾' press-clipping digests, GB18030 text; every page a compilation."""
    r = g.r
    k = PIECES[i]
    g.month(k, newest_first=False)
    arts = [g.clip(j) for j in r.sample(range(len(CLIPS)), k)]
    y, m, _ = ymd(arts[0])
    *_, dk = ymd(arts[-1])
    issue = m
    total = 20 + 12 * (y - 2016) + m
    nb = BREAKS.get(i, 0)
    hurt = r.sample(range(k), 1)
    tag = iter(range(1, 10))
    for n, a in enumerate(arts):
        if n in hurt:
            kinds = [ODD[(i + n) % 3]] + ["page_break"] * nb
            damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    marks = name_marks(arts, f"{DIGEST}　{y}年第{issue}期　　第{{n}}页")
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{DIGEST}（{y}年第{issue}期）_媒体聚焦_{COUNTY}人民政府网"),
        ("header", f"{COUNTY}人民政府　首页　走进澄禾　政务公开　媒体聚焦　政民互动"),
        ("header", f"当前位置：首页 → 媒体聚焦 → {DIGEST}"),
    ]
    put(lines, chrome, head)
    lines.append("")
    mast: Chrome = [
        ("header", DIGEST),
        ("header", f"{y}年第{issue}期（总第{total}期）"),
        ("header", f"中共{COUNTY}委宣传部编　　　　{y}年{m}月{min(dk + 2, 30)}日"),
    ]
    put(lines, chrome, mast)
    lines.append("")
    put(lines, chrome, [("header", "本期要目")])
    put(lines, chrome, [("header", f"◎ {a.title}　……　{a.meta['origin']}") for a in arts])
    for n, a in enumerate(arts):
        y, m, d = ymd(a)
        lines.append("")
        put(lines, chrome, [("header", f"［报道·{CAPS[n]}］")])
        lines.append(a.title)
        put(lines, chrome, [("bar", f"┏{RULE}┓")])
        page_no = r.randint(1, 8)
        lines.append(
            f"┃刊发：{a.meta['origin']}　{y}年{m}月{d}日　第{page_no:02d}版　┃　记者：{a.meta['author']}┃"  # noqa: E501
        )
        put(lines, chrome, [("bar", f"┗{RULE}┛")])
        lines += a.page
        a.lines = [a.title, *a.lines]
    chrome += marks
    lines.append("")
    nxt = issue + 1 if issue < 12 else 1
    tail: Chrome = [
        ("notice", "（以上报道由县委宣传部新闻科摘编，转载请注明原刊出处）"),
        ("bar", "【打印】　【关闭】　【收藏本页】"),
        (
            "related",
            f"上一期：{DIGEST}（{y}年第{max(issue - 1, 1)}期）　｜　下一期：{DIGEST}（{y}年第{nxt}期）",  # noqa: E501
        ),
        (
            "footer",
            f"主办：{COUNTY}人民政府办公室　承办：{COUNTY}大数据发展中心　禾ICP备10021543号-1",
        ),
        ("footer", f"您是本站第 {r.randint(100000, 999999)} 位访客"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 2. the international students office (English) -----------------------------------

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
LONG = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
POLL = [
    '<form class="helpful" action="/feedback" method="post">',
    "<div>Was this page helpful?</div>",
    '<div><button name="v" value="1">Yes</button> <button name="v" value="0">No</button></div>',
    "</form>",
]


def fam_liuxue(g: GenZD, i: int) -> Made:
    """'Cenhe University' international students' notices, English HTML, UTF-8."""
    r = g.r
    a = g.notice_en(i)
    y, m, d = ymd(a)
    _, _, unit = NOTES_EN[i]
    a.meta["issuer"] = OFFICE
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(a.title, quote=False)} | News &amp; Notices | {OFFICE} | {UNI}</title>")
    h.raw(f'<meta name="PubDate" content="{a.meta["published"]}">')
    h.raw('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.raw('<link rel="stylesheet" href="/_css/iso.css">', "</head>", "<body>")
    h.links("bar", ["中文", "English", "Campus Map", "Webmail"], " | ", "topbar")
    h.el("div", f"{UNI_CN} {UNI}", "logo", "header")
    h.el("div", OFFICE, "logo-sub", "header")
    nav = ["Home", "Study at Cenhe", "Scholarships", "Visa & Residence", "Campus Life"]
    h.links("header", [*nav, "News & Notices", "Contact Us"], " · ", "nav")
    h.el("div", "Home / News & Notices / Notice", "crumb", "header")
    h.raw('<div class="main">')
    if i % 3 == 0:
        a.meta["origin"] = unit
        h.el("h1", a.title)
        h.el("div", f"Posted {a.meta['published']} · by {unit} · {r.randint(80, 3000)} views")
    elif i % 3 == 1:
        a.meta["origin"] = unit
        h.el("div", "NOTICE", "kicker", "header")
        h.el("h2", a.title)
        h.el("div", f"Date: {d} {LONG[m - 1]} {y} | Source: {unit}", "info")
    else:
        h.raw('<div class="badge">')
        h.el("div", f"{d:02d}", "dd")
        h.el("div", f"{MONTHS[m - 1]} {y}", "mm")
        h.raw("</div>")
        h.el("div", a.title, "news-title")
    items = False
    for ln in a.page:
        if ln == "Required documents:":
            h.el("p", ln)
            h.raw("<ul>")
            items = True
        elif items and not ln.startswith(("Venue", "The ", "Contact")):
            h.el("li", ln)
        else:
            if items:
                h.raw("</ul>")
                items = False
            h.el("p", ln)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.links("bar", ["WeChat", "Weibo", "LinkedIn", "Email"], " | ", "share")
    h.chrome[-1] = ("bar", "Share: " + h.chrome[-1][1])
    h.src[-1] = h.src[-1].replace('class="share">', 'class="share">Share: ')
    others = [x[0] for n, x in enumerate(NOTES_EN) if n != i]
    prev, nxt, *more = r.sample(others, 5)
    h.el("div", f"« Previous: {prev}", "prev", "related")
    h.el("div", f"Next: {nxt} »", "next", "related")
    h.el("h3", "You may also be interested in", "", "related")
    h.items("related", more, "more")
    widget(h, "bar", POLL)
    later = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 9))
    h.el("p", f"Last updated: {later.isoformat()}", "upd", "footer")
    h.el("p", f"Copyright © {later.year} {UNI}. All Rights Reserved.", "", "footer")
    h.el("p", "Address: 88 Xuefu Road, Cenhe 310000 | 岑ICP备05012345号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the personnel exam centre -------------------------------------------------------

WEEK = "一二三四五六日"
EXAM_DAMAGE = {0: "cjk_space", 2: "comma", 3: "stray_q", 5: "cjk_space", 6: "comma"}
CAL = ["事业单位笔试", "职称外语考试", "会计资格考试", "选调生面试", "公务员笔试"]


def fam_kaoshi(g: GenZD, i: int) -> Made:
    """'岚泽人事考试网' notices, a table-layout site, GBK declared gb2312."""
    r = g.r
    a = g.exam(i)
    y, m, d = ymd(a)
    _, _, section = EXAMS[i]
    a.meta["origin"] = section
    if i in EXAM_DAMAGE:
        damage(g, a, [EXAM_DAMAGE[i]])
    h = Html()
    h.raw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">', "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    h.raw(f"<title>{escape(EXAM_SITE)}--{escape(a.title, quote=False)}</title>", "</head>")
    h.raw('<body topmargin="0" leftmargin="0">', '<table width="1000" align="center">')
    h.raw("<tr>")
    h.el("td", EXAM_SITE, "logo", "header")
    today = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 20))
    wd = WEEK[today.weekday()]
    h.el("td", f"今天是：{today.year}年{today.month}月{today.day}日 星期{wd}", "today", "header")
    h.raw("</tr>", "<tr>", '<td colspan="2">')
    nav = ["网站首页", "考试动态", "报名入口", "成绩查询", "证书办理", "政策法规", "考生问答"]
    h.links("header", nav, " | ", "nav", "div")
    h.raw("</td>", "</tr>", "</table>")
    h.raw('<table width="1000" align="center">', "<tr>")

    def side() -> None:
        h.raw('<td width="220" valign="top">')
        h.el("div", "考试日历", "side-hd", "related")
        for n, what in enumerate(r.sample(CAL, 3)):
            on = today + datetime.timedelta(days=3 + 5 * n)
            h.el("div", f"{on.month}月{on.day}日　{what}", "side-li", "related")
        h.raw("</td>")

    if i % 2 == 0:
        side()
    h.raw('<td valign="top">')
    h.el(
        "div",
        f"您的位置：网站首页 >> 考试动态 >> {'通知公告' if i % 3 else '考务信息'}",
        "",
        "header",
    )
    h.raw('<table width="100%">')
    if i % 2 == 0:
        h.raw("<tr>")
        h.el("td", a.title, "biaoti")
        h.raw("</tr>", "<tr>")
        info = f"发布时间：{a.meta['published']}　 来源：{section}　 浏览次数：{r.randint(300, 20000)}　【关闭窗口】"  # noqa: E501
        h.el("td", info, "info")
        h.raw("</tr>")
    else:
        h.raw("<tr>")
        for cell in (f"作者：{section}", f"时间：{y}-{m}-{d}", f"点击：{r.randint(300, 20000)}"):
            h.el("td", cell, "small")
        h.raw("</tr>", "<tr>")
        h.raw(f'<td colspan="3" align="center"><font size="4"><b>{escape(a.title)}</b></font></td>')
        h.raw("</tr>")
    h.raw("</table>", '<div class="content">')
    for shown in a.page:
        if shown.startswith(("附件：", "2．")):
            h.raw(f'<p><a href="/uploadfile/{y}/fj{i}.xls">{escape(shown, quote=False)}</a></p>')
        else:
            h.el("p", shown)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "【打印此页】　【关闭窗口】　【返回顶部】", "tools", "bar")
    others = [x[0] for n, x in enumerate(EXAMS) if n != i]
    prev, nxt = r.sample(others, 2)
    h.el("div", f"上一篇：{prev}", "", "related")
    h.el("div", f"下一篇：{nxt}", "", "related")
    h.raw('<img src="/images/qr.png" alt="">')
    h.el("div", "扫一扫，用手机查看本页", "qr", "bar")
    h.raw("</td>")
    if i % 2 == 1:
        side()
    h.raw("</tr>", "</table>", '<table width="1000" align="center">', "<tr>", "<td>")
    h.el("div", f"主办单位：{EXAM}　地址：岚泽市文汇路18号　邮编：310012", "", "footer")
    h.el("div", "岚ICP备07003456号　岚公网安备 33010602000123号", "", "footer")
    h.el("div", "建议使用1024×768分辨率、IE8.0以上版本浏览器访问本站", "", "footer")
    h.raw("</td>", "</tr>", "</table>", "</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the estate's property-service notices ------------------------------------------

ESTATE_DAMAGE = {1: "zero", 3: "cjk_space", 5: "comma", 7: "stray_q"}
ASKS = [
    ("6栋 陈女士", "家里白天没人，到时候需要留钥匙吗？"),
    ("2栋 业主", "能不能提前一天在群里再提醒一下？"),
    ("9栋 许先生", "支持！早就该弄了。"),
    ("3栋 租户", "周末施工的话噪音大吗？"),
]
REPLIES = ["您好，不需要入户，公共区域作业即可，感谢关注。", "收到，我们会在业主群再次提醒。"]


def fam_wuye(g: GenZD, i: int) -> Made:
    """'栖岸花园' property notices copied out of a neighbourhood app, UTF-16 text."""
    r = g.r
    a = g.estate(i)
    y, m, d = ymd(a)
    if i in ESTATE_DAMAGE:
        damage(g, a, [ESTATE_DAMAGE[i]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [("header", f"{ESTATE} · 业主服务"), ("bar", "邻里e家APP　｜　打开APP，查看更多小区动态")],
    )
    lines.append("")
    clock = g.clock()
    if i % 2 == 0:
        lines += [a.title, f"📢 公告　{a.meta['published']} {clock}　｜　已读 {r.randint(50, 900)}"]
    else:
        lines += [f"{PROPERTY} 发布于 {y}年{m}月{d}日 {clock}", a.title]
    lines.append("")
    lines += a.page
    a.lines = [a.title, *a.lines]
    lines.append("")
    c = r.randint(1, 3) if i % 3 else 0
    put(lines, chrome, [("bar", "—— 已经到底了 ——")])
    put(lines, chrome, [("bar", f"👍 有帮助 {r.randint(3, 60)}　　💬 留言 {c}　　↗ 转发")])
    if c:
        put(lines, chrome, [("notice", f"业主留言（{c}）")])
        for who, said in r.sample(ASKS, c):
            put(lines, chrome, [("notice", f"{who}：{said}")])
        put(lines, chrome, [("notice", f"物业回复：{r.choice(REPLIES)}")])
    lines.append("")
    more = [x[0] for n, x in enumerate(ESTATE_NOTES) if n != i][i % 5 : i % 5 + 2]
    put(lines, chrome, [("related", "更多公告 ›"), *(("related", f"· {x}") for x in more)])
    tail: Chrome = [
        ("footer", f"{PROPERTY}　24小时服务热线：0571-8667 2200"),
        ("footer", "本页面由邻里e家提供技术支持"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_zd_meiti", "sealed", "gb18030", "\r\n", 8, fam_meiti),
    BlindFamily(
        "sealed_zd_liuxue", "sealed", "utf-8", "\n", 8, fam_liuxue, "html", ("utf-8", "utf-8-sig")
    ),
    BlindFamily("sealed_zd_kaoshi", "sealed", "gbk", "\r\n", 8, fam_kaoshi, "html"),
    BlindFamily("sealed_zd_wuye", "sealed", "utf-16", "\n", 8, fam_wuye),
]

assert len(NOTES_EN) == len(EXAMS) == len(ESTATE_NOTES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3000, gen=GenZD)
