"""Four more invented families for a fifteenth blind test of the generic layer: a serial
novel's chapter pages in GB2312, a hospital notice board (HTML with a sidebar and
attachments), an English-Chinese bilingual press office and a Q&A knowledge site (HTML,
UTF-8 with BOM).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, metadata layout and place, chrome wording, page marks and encoding
(GB2312 text, and a UTF-8-with-BOM HTML page, are new).  On the HTML pages the truth's lines
are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_q_zhangjie`` (a serial-novel site '青简书屋', GB2312, CRLF): ``青简书屋 > 都市言情 >
  《书名》 > 正文`` and a reader bar ``字号：大 中 小　背景：护眼 夜间　加入书架　投推荐票``.  The
  chapter line ``第12章　旧码头的雨`` is the title AND content (a chapter keeps its number);
  the row ``作者：X　更新时间：2021-03-09 08:30　本章字数：3120`` stands under it (pages 0, 2, 5,
  7) or ``《书名》 作者：X | 更新：2021/3/9`` stands above it (3); narration paragraphs and
  one-line dialogue ``“……”`` are ONE article.  Compilations (``《书名》 第11-13章 合并阅读``, kind
  ``header``; oldest first, consecutive chapters): each chapter line over ``更新时间：
  2021-03-09``, ``（本章完）`` after each (pages 1 and 6: three chapters; 4: two).  Chrome: the two
  head lines, ``（本章完）`` after single chapters, an author's note ``作者有话说：……`` (kind
  ``notice``; pages 0, 3, 5), ``上一章 ← 章节目录 → 下一章``, the reader prompt
  ``求推荐票、求收藏！您的支持是作者更新的最大动力。``, ``手机阅读请访问 m.qingjian.example``
  and a copyright footer.  Page breaks: ``【本章未完，点击下一页继续阅读】`` cuts a sentence between
  two CJK letters on pages 0, 2 and 7 (a multi-page chapter fetched and joined).  Damage
  (kinds ``cjk_space`` / ``comma`` / ``stray_q`` rotating, one per piece).  Meta: published;
  the author is left out.
* ``sealed_q_yiyuan`` (a hospital's notice board '澄湖市第二人民医院', HTML, UTF-8, LF): a head
  ``<title>标题-通知公告-澄湖市第二人民医院</title>`` (single pages) and ``<meta name="pubdate">``;
  a top bar ``无障碍浏览 | 关怀版 | English``, seven nav items, a sidebar (kind ``header``
  ``通知公告`` column list of five items and ``热点文章`` with three titles, kind ``related``)
  placed BEFORE the main column in the source on even pages and AFTER it on odd ones,
  ``当前位置：首页 > 院务公开 > 通知公告``.  The title is an ``<h2>``; metadata either one row
  under it ``发布部门：医务部　发布时间：2021-03-09　浏览次数：1234`` (pages 0, 2, 5) or, NEW,
  a bracketed tail row after the attachments ``【医务部 于2021年3月9日发布　已阅读1234次】``
  (pages 3, 7).  Title, salutation, paragraphs, ``1.`` items, ``特此通知。``, the department and
  the date sign-off are ONE article; the attachment list ``附件：`` with ``1.X报名回执表.docx``
  items is chrome (``related``).  Compilations (``本周通知汇总（N条）``, newest first): ``<h3>``
  titles each over a row ``[医务部] 2021-03-09`` (pages 1, 4: two and three) or with the
  bracketed tail row after the body (6: three); ``· · · · · ·`` between.  Chrome: ``【打印】【关闭】``,
  ``分享到：微信 微博 QQ空间``, two footer lines.  No page breaks, no damage.  Meta: issuer
  (the department), published.
* ``sealed_q_shuangyu`` (an exhibition centre's bilingual newsroom '澜湾国际会展中心', UTF-8
  with BOM, CRLF): ``澜湾国际会展中心 新闻中心 | Newsroom``, ``首页 Home > 新闻发布 Press
  Releases``, ``新闻稿 PRESS RELEASE`` and ``供即时发布 For Immediate Release`` (all
  ``header``).  The Chinese title over the English title (both content), a lead per language
  with a dateline ``澜湾，2021年3月9日——`` / ``LANWAN, March 9, 2021 —``, then Chinese and
  English paragraphs in turn: ONE article.  The titles are bare; on pages 3 and 5 a
  release-number row
  ``稿号 No. LW-PR-2021-017`` stands above the Chinese title (metadata, neither).  After the
  body ``###`` (bar), the boilerplate ``关于澜湾国际会展中心`` / its paragraph / ``About Lanwan
  International Expo Centre`` / its paragraph (kind ``notice``: it repeats on every release)
  and the media contact ``媒体联系 Media Contact：X　电话 Tel: 0571-xxxx　邮箱 Email: ...``
  (``notice``).  Compilations (``新闻稿合辑 Press Release Digest``, newest first; pages 1, 4
  and 6: two, three, three pieces): a row ``【2/3】2021-03-09`` over the two titles, ``* * *``
  between.  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per piece (two kinds on
  single pages), always in a Chinese paragraph, never on English lines.  Meta: published (the dateline's day).
* ``sealed_q_wenda`` (a Q&A knowledge site '知了问问', HTML, UTF-8 WITH BOM and ``<meta
  charset="utf-8">``, LF): ``知了问问 - 有问题，就会有答案``, a search box label ``搜索问题``,
  ``知了问问 > 生活 > 家居``.  The question is an ``<h1>`` (content, the title), its
  description (content), the metadata row ``提问者：匿名用户　2021-03-09 08:30　浏览 1234
  次`` (neither), ``最佳答案`` (bar), the best answer's two paragraphs (content), the answerer
  row ``回答者：X　采纳率 89%　回答于 2021-03-10`` and ``赞同 12 | 反对 1 | 评论 3`` (bars),
  ``其他 2 条回答`` (bar) and each other answer (one paragraph, content) with its answerer row
  (bar): ONE article.  Compilations (a topic page ``专题：换季收纳 · 精选问答``, kind
  ``header``; pages 1, 4, 6: three, two, three), with the NEW suffix numbering: each question
  an ``<h2>`` ``问题（精选之二）`` (the title drops the suffix) over the 提问者 row, only its
  best answer and its answerer row, ``查看全部回答 >`` (bar) between.  Chrome: the head lines,
  ``相关问题`` with three questions (``related``), ``我来回答`` (bar), ``举报 | 分享``, two footer
  lines.  No page breaks; damage ``stray_q`` on pages 2 and 5 (one paragraph each) only.  Meta:
  published (the question's date; the answer dates are chrome).

Truth as :mod:`tests.families.blind_families_p`: header and metadata rows are neither content
nor chrome; titles lose their numbering and marks except the novel's ``第N章`` (kept: it is
the chapter's own name); dates YYYY-MM-DD.  Arguable and fixed here: the author's note, the
press boilerplate and the media contact are chrome; the English title and paragraphs are
content of the Chinese release; the answerer and vote rows are chrome, every answer is
content of the question's article.  Pages 1, 4 and 6 are compilations in every family (two
pieces on page 4, three on 1 and 6); the other five pages are single documents.  ``python -m
tests.families.blind_families_q`` (seed base 1700) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``566ffc9`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; one folder and one folder
per family gave the same rows): shuangyu .945/.293/.231/1.0/.944/0.0; wenda
.803/.231/.385/.625/1.0/.615; yiyuan .929/.087/.385/.625/1.0/.385; zhangjie
.926/.200/.462/.875/.813/.769.  Means .901/.203/.366/.781/.939/.442.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_q_text import (
    BOOKS,
    HATT,
    HDEPTS,
    HMATTER,
    NAUTH,
    QTITLES,
    QUSERS,
    GenQ,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
COMP = {1: 3, 4: 2, 6: 3}  # pieces per compilation page (every family)
CN_NO = "一二三"


# -- 1. the serial novel ---------------------------------------------------------------


def fam_zhangjie(g: GenQ, i: int) -> Made:
    """'青简书屋' chapter pages: single chapters and 合并阅读 pages, GB2312."""
    r = g.r
    k = COMP.get(i, 1)
    book, auth = BOOKS[i % len(BOOKS)], NAUTH[i % len(NAUTH)]
    first = r.randint(8, 60)
    if k > 1:
        g.month(k, newest_first=False)
    arts = [g.chapter(first + n) for n in range(k)]
    lines: list[str] = []
    chrome: Chrome = []
    head_: Chrome = [
        ("header", f"青简书屋 > 都市言情 > 《{book}》 > 正文"),
        ("bar", "字号：大 中 小　背景：护眼 夜间　加入书架　投推荐票"),
    ]
    put(lines, chrome, head_)
    lines.append("")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        kinds = [ODD[i % 3]] + (["page_break"] if i in (0, 2, 7) else [])
        damage(g, a, kinds, once(("page_number", "【本章未完，点击下一页继续阅读】")))
        a.lines = [a.title, *a.lines]
        if i == 3:
            lines += [f"《{book}》 作者：{auth} | 更新：{y}/{m}/{d}", a.title]
        else:
            words = r.randint(2100, 4800)
            lines += [
                a.title,
                f"作者：{auth}　更新时间：{iso(y, m, d)} {g.clock()}　本章字数：{words}",
            ]
        lines += ["", *a.page, ""]
        chrome += a.chrome
        put(lines, chrome, [("bar", "（本章完）")])
        if i in (0, 3, 5):
            note = f"作者有话说：这一章写得慢了些，谢谢大家的耐心，明天{g.clock()}照常更新。"
            put(lines, chrome, [("notice", note)])
    else:
        put(lines, chrome, [("header", f"《{book}》 第{first}-{first + k - 1}章 合并阅读")])
        lines.append("")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            a.lines = [a.title, *a.lines]
            lines += [a.title, f"更新时间：{a.meta['published']}", "", *a.page, ""]
            put(lines, chrome, [("bar", "（本章完）")])
            lines.append("")
    foot: Chrome = [
        ("bar", "上一章 ← 章节目录 → 下一章"),
        ("notice", "求推荐票、求收藏！您的支持是作者更新的最大动力。"),
        ("notice", "手机阅读请访问 m.qingjian.example"),
        ("footer", "青简书屋　本站所有小说均由网友上传，版权归原作者所有"),
    ]
    put(lines, chrome, foot)
    return lines, arts, chrome, k > 1


# -- 2. the hospital notice board ------------------------------------------------------


def side(h: Html, g: GenQ, titles: list[str]) -> None:
    h.raw('<div class="side">')
    h.el("div", "通知公告", "side-title", "header")
    h.items("header", ["院务公开", "通知公告", "招标采购", "人才招聘", "党建工作"], "side-list")
    h.el("div", "热点文章", "side-title", "related")
    others = g.r.sample([f"关于{x}的通知" for x in HMATTER if f"关于{x}的通知" not in titles], 3)
    h.items("related", others, "hot-list")
    h.raw("</div>")


def tail_row(a: Art, hits: int) -> str:
    y, m, d = ymd(a)
    return f"【{a.meta['issuer']} 于{y}年{m}月{d}日发布　已阅读{hits}次】"


def fam_yiyuan(g: GenQ, i: int) -> Made:
    """'澄湖市第二人民医院' notice board: single notices and weekly round-ups, HTML."""
    r = g.r
    k = COMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.hnotice(j, full=k == 1) for j in picks]
    h = Html()
    a0 = arts[0]
    title = f"{a0.title}-通知公告-澄湖市第二人民医院" if k == 1 else "通知公告-澄湖市第二人民医院"
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw(f'<meta name="pubdate" content="{a0.meta["published"]}">', "</head>", "<body>")
    h.links("bar", ["无障碍浏览", "关怀版", "English"], " | ", "topbar")
    h.raw('<div class="nav"><ul>')
    for x in ["网站首页", "医院概况", "科室导航", "专家介绍", "就医指南", "院务公开", "健康科普"]:
        h.raw(f'<li><a href="/">{x}</a></li>')
        h.chrome.append(("header", x))
    h.raw("</ul></div>")
    titles = [a.title for a in arts]
    if i % 2 == 0:
        side(h, g, titles)
    h.raw('<div class="main">')
    h.el("div", "当前位置：首页 > 院务公开 > 通知公告", "location", "header")
    hits = r.randint(120, 4000)
    if k == 1:
        a = arts[0]
        a.lines = [a.title, *a.lines]
        h.el("h2", a.title, "art-title")
        tail = i in (3, 7)
        if not tail:
            h.el(
                "div",
                f"发布部门：{a.meta['issuer']}　发布时间：{a.meta['published']}　浏览次数：{hits}",
                "info",
            )
        h.raw('<div class="content">')
        h.body(a)
        h.raw("</div>")
        h.el("div", "附件：", "att-title", "related")
        atts = [
            f"{n}.{HMATTER[HDEPTS.index(a.meta['issuer'])]}{x}.{'docx' if n % 2 else 'pdf'}"
            for n, x in enumerate(r.sample(HATT, r.randint(1, 3)), 1)
        ]
        h.items("related", atts, "att-list")
        if tail:
            h.el("div", tail_row(a, hits), "info-tail")
    else:
        h.el("h2", f"本周通知汇总（{k}条）", "art-title", "header")
        for n, a in enumerate(arts, 1):
            a.lines = [a.title, *a.lines]
            h.el("h3", a.title)
            if i != 6:
                h.el("div", f"[{a.meta['issuer']}] {a.meta['published']}", "info")
            h.body(a)
            if i == 6:
                h.el("div", tail_row(a, r.randint(120, 4000)), "info-tail")
            if n < k:
                h.el("div", "· · · · · ·", "sep", "bar")
    h.el("div", "【打印】【关闭】", "tools", "bar")
    h.el("div", "分享到：微信 微博 QQ空间", "share", "bar")
    h.raw("</div>")
    if i % 2 == 1:
        side(h, g, titles)
    h.raw('<div class="footer">')
    h.el("p", "澄湖市第二人民医院　地址：澄湖市滨河东路88号　邮编：300000", "", "footer")
    h.el("p", "版权所有 © 澄湖市第二人民医院　技术支持：信息中心", "", "footer")
    h.raw("</div>", "</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the bilingual newsroom ---------------------------------------------------------

ABOUT: Chrome = [
    ("notice", "关于澜湾国际会展中心"),
    (
        "notice",
        "澜湾国际会展中心位于澜湾新区滨海大道，室内展览面积十二万平方米，每年承办各类展会和活动两百余场。",
    ),
    ("notice", "About Lanwan International Expo Centre"),
    (
        "notice",
        "Located on Binhai Avenue, the centre offers 120,000 square metres of indoor space "
        "and hosts more than 200 events a year.",
    ),
]


def fam_shuangyu(g: GenQ, i: int) -> Made:
    """'澜湾国际会展中心' bilingual press releases and digests, UTF-8 with BOM."""
    r = g.r
    k = COMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.release(j, long=k == 1) for j in picks]
    lines: list[str] = []
    chrome: Chrome = []
    head_: Chrome = [
        ("header", "澜湾国际会展中心 新闻中心 | Newsroom"),
        ("header", "首页 Home > 新闻发布 Press Releases"),
        ("header", "新闻稿 PRESS RELEASE" if k == 1 else "新闻稿合辑 Press Release Digest"),
    ]
    put(lines, chrome, head_)
    if k == 1:
        put(lines, chrome, [("header", "供即时发布 For Immediate Release")])
    lines.append("")
    for n, a in enumerate(arts, 1):
        kinds = [ODD[i % 3], ODD[(i + 1) % 3]] if k == 1 else [ODD[(i + n) % 3]]
        damage(g, a, kinds)
        a.lines = [a.title, *a.lines]
        if k > 1:
            lines.append(f"【{n}/{k}】{a.meta['published']}")
        elif i in (3, 5):
            lines.append(f"稿号 No. LW-PR-{ymd(a)[0]}-{r.randint(1, 60):03d}")
        lines += [a.title, *a.page, ""]
        if n < k:
            put(lines, chrome, [("bar", "* * *")])
            lines.append("")
    put(lines, chrome, [("bar", "###")])
    lines.append("")
    put(lines, chrome, ABOUT)
    who = r.choice(["许若晴", "唐嘉树", "顾南星"])
    contact = f"媒体联系 Media Contact：{who}　电话 Tel: 0571-8{r.randint(1000000, 9999999)}　邮箱 Email: press@lanwan-expo.example"  # noqa: E501
    put(lines, chrome, [("notice", contact)])
    return lines, arts, chrome, k > 1


# -- 4. the Q&A site -------------------------------------------------------------------


def asker(a: Art, g: GenQ) -> str:
    return f"提问者：{g.r.choice(['匿名用户', *QUSERS])}　{a.meta['published']} {g.clock()}　浏览 {g.r.randint(80, 9000)} 次"  # noqa: E501


def answerer(g: GenQ, a: Art) -> str:
    y, m, d = ymd(a)
    return f"回答者：{g.r.choice(QUSERS)}　采纳率 {g.r.randint(40, 99)}%　回答于 {iso(y, m, min(d + 1, 28))}"  # noqa: E501


def fam_wenda(g: GenQ, i: int) -> Made:
    """'知了问问' question pages and topic pages of several questions, UTF-8 with BOM."""
    r = g.r
    k = COMP.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=False)
    others = 2 if k == 1 else 0
    arts = [g.qa(j, others=others) for j in picks]
    h = Html()
    title = f"{arts[0].title}_知了问问" if k == 1 else "专题：换季收纳 · 精选问答_知了问问"
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(title, quote=False)}</title>", "</head>", "<body>")
    h.el("div", "知了问问 - 有问题，就会有答案", "logo", "header")
    h.el("div", "搜索问题", "search", "bar")
    h.el("div", "知了问问 > 生活 > 家居", "crumb", "header")
    if k == 1:
        a = arts[0]
        if i in (2, 5):
            damage(g, a, ["stray_q"])
        a.lines = [a.title, *a.lines]
        p = a.page
        h.el("h1", a.title, "q-title")
        h.el("div", p[0], "q-desc")
        h.el("div", asker(a, g), "q-info")
        h.el("div", "最佳答案", "best", "bar")
        h.el("p", p[1])
        h.el("p", p[2])
        h.el("div", answerer(g, a), "who", "bar")
        h.el(
            "div",
            f"赞同 {r.randint(3, 300)} | 反对 {r.randint(0, 9)} | 评论 {r.randint(0, 40)}",
            "vote",
            "bar",
        )
        h.el("div", f"其他 {len(p) - 3} 条回答", "other", "bar")
        for ln in p[3:]:
            h.el("p", ln)
            h.el("div", answerer(g, a), "who", "bar")
    else:
        h.el("h1", "专题：换季收纳 · 精选问答", "topic", "header")
        for n, a in enumerate(arts, 1):  # the suffixed heading is a header row
            h.el("h2", f"{a.title}（精选之{CN_NO[n - 1]}）", "q-title")
            h.el("div", asker(a, g), "q-info")
            h.el("div", a.page[0], "q-desc")
            h.el("p", a.page[1])
            h.el("p", a.page[2])
            h.el("div", answerer(g, a), "who", "bar")
            if n < k:
                h.el("div", "查看全部回答 >", "more", "bar")
    h.el("div", "举报 | 分享", "tools", "bar")
    h.el("div", "我来回答", "answer-btn", "bar")
    titles = [a.title for a in arts]
    h.el("div", "相关问题", "rel-title", "related")
    h.items("related", r.sample([t for t in QTITLES if t not in titles], 3), "rel-list")
    h.el("p", "知了问问　用户协议 | 隐私政策 | 意见反馈", "", "footer")
    h.el("p", "本站回答仅供参考，不构成专业建议", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_q_zhangjie", "sealed", "gb2312", "\r\n", 8, fam_zhangjie),
    BlindFamily("sealed_q_yiyuan", "sealed", "utf-8", "\n", 8, fam_yiyuan, "html"),
    BlindFamily("sealed_q_shuangyu", "sealed", "utf-8-sig", "\r\n", 8, fam_shuangyu),
    BlindFamily("sealed_q_wenda", "sealed", "utf-8-sig", "\n", 8, fam_wenda, "html"),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1700, gen=GenQ)
