"""Four more invented families for a thirty-fourth blind test of the generic layer: a
securities information site showing a listed company's ESG report excerpt converted from
its PDF (plain text, UTF-8 with BOM, CRLF; a label/value card ABOVE the bare title, the
PDF's running head and ``— 23 —`` page number cutting sentences between two CJK letters), a
metro operator's lost-and-found board (plain text, GBK, LF; every page a compilation whose
entries open with a box-drawing ``┏━━ 招领编号：… ━━┓`` row and close with ``┗━━…┛``), a
livestock vet Q&A site (HTML, GB18030 declared ``<meta charset="gb18030">``, LF; a
``已解决`` tag ABOVE the ``<h1>`` on even pages, BELOW it on odd ones) and a charity's
bilingual English e-mail newsletter archive (HTML, UTF-8, CRLF; every page an issue whose
stories open with an upper-case section kicker ABOVE the ``<h2>`` title and a byline BELOW
it).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (an ESG report, a lost-and-found board, a vet Q&A, a charity newsletter), header
shapes, title placement, metadata layout and labels, chrome wording, page marks and
encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zj_esg`` ('汀澜证券信息网', plain text, UTF-8 with BOM, CRLF): the page title line
  ``澜汀环保：2022年度ESG报告（节选）-公告解读-汀澜证券信息网``, the site row and ``首页 / 上市
  公司 / 澜汀环保(688317) / ESG报告`` (``header``); the card ``证券代码：688317``, ``证券简称：
  澜汀环保``, ``披露日期：2023-04-21``, ``报告类型：环境、社会及治理报告`` (four rows, metadata,
  neither) ABOVE the bare title ``澜汀环保股份有限公司2022年度环境、社会及治理报告（节选）``;
  under it ``【下载PDF原文（2.31MB）】　【加入自选】　【纠错】`` (bar) and a conversion
  ``notice``.  The ``第三章　环境责任`` head, the ``3.1　能源管理`` heads, their paragraphs
  and the ``关键绩效：…`` line are ONE article with the title.  Page breaks: the PDF's page
  number ``— 23 —`` (``page_number``, counting up from a random page) and its running head
  ``澜汀环保　2022年度ESG报告`` (``header``), between blank lines, cut a paragraph between
  two CJK letters (once, twice on pages 1, 4 and 6).  Damage: one more kind per page
  (``cjk_space`` / ``comma`` / ``stray_q``).  Chrome at the end: ``上一篇：…`` and ``下一篇：…``
  (``related``), a disclaimer ``notice``, a footer with an ICP number and a licence number.
  Meta: published (披露日期), issuer (the company).
* ``sealed_zj_shiwu`` ('鹭湾地铁' lost-and-found board, plain text, GBK, LF; every page a
  compilation of 3, 4, 2, 5, 3, 2, 4, 3 entries, oldest first): the page title line
  ``乘客遗失物品招领公告（2021年5月第2期）-服务公告-鹭湾地铁``, the site row and ``当前位置：
  首页 → 服务公告 → 失物招领`` (``header``), an opening ``notice``.  Per entry: the box row
  ``┏━━ 招领编号：LW-210506-03 ━━┓`` (metadata, neither), the bare title ``黑色双肩背包一个``,
  ``拾获时间：2021年5月6日 08:40　　登记：X站客服中心`` (metadata, neither), two paragraphs
  (content), the box close ``┗━━…━━┛`` (bar).  Damage: one kind in one entry per page, a
  second kind in another entry on pages 3 and 6; no page breaks.  Chrome at the end: a
  reminder ``notice``, the hot-line ``notice``, ``← 上一期　｜　下一期 →`` (``related``), a
  footer with an ICP number.  Meta: published (拾获时间), doc_number (招领编号).
* ``sealed_zj_shouyi`` ('牧康兽医在线', HTML, GB18030 declared ``<meta charset="gb18030">``,
  LF): ``<title>`` = ``X_生猪_牧康兽医在线``; the logo, a nav row and ``首页 » 养殖问答 » 生猪
  » 疾病防治`` (``header``).  Even pages: the tag ``✔ 已解决`` (bar) ABOVE the ``<h1>``
  title; odd pages BELOW it.  Then the case card ``畜种：生猪　｜　规模：N头　｜　症状：…``
  (metadata, neither), the question (content), ``提问者：X　2022-08-14 06:52　来自：Y``
  (metadata, neither), ``兽医解答（共2条）`` (bar), per answer the vet row ``执业兽医 X　｜
  从业N年　｜　已解答 N 题`` (bar, as set q's answerer row), the answer's paragraphs (content)
  and ``有用(N)　没用(N)　举报`` (bar): ONE article with the title.  Chrome: a disclaimer
  ``notice``, ``相似问题`` and three questions (``related``), a share bar, two footer lines
  (ICP, a veterinary-drug licence).  Damage: ``stray_q`` on 1 and 5, ``comma`` on 3,
  ``cjk_space`` on 6.  Meta: published (the question), author (the asker).
* ``sealed_zj_tongxun`` ('Harbourlight Trust' e-mail newsletter archive, HTML, UTF-8, CRLF,
  English with Chinese summaries; every page an issue of 3, 4, 2, 3, 5, 2, 4, 3 stories):
  ``View this email in your browser`` (bar), the masthead ``HARBOURLIGHT TRUST``, ``Newsletter
  · Issue 27 · Summer 2022 ｜ 通讯 第27期`` and the contents line ``In this issue: A · B · C``
  (``header``).  Per story: the kicker ``FROM THE FIELD`` (``header``), THEN the ``<h2>``
  title, THEN ``By X, Outreach Lead · 2022/6/3`` (metadata, neither), two English paragraphs
  and the ``【中文摘要】…`` paragraph (content), ``Read the full story on our website ›``
  (bar).  Chrome at the end: ``Donate · Volunteer · Forward to a friend`` (bar), a
  subscription ``notice``, two footer lines.  No damage.  Meta per story: published (the
  byline date), author.

Truth as :mod:`tests.families.blind_families_zi`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the
ESG card rows are metadata, the report's chapter and section heads and its indicator line
content, the PDF running head ``header`` and its number ``page_number``; a lost-and-found
entry's box row is metadata (it carries the number) while the box close is a bar; a Q&A's
case card and asker row are metadata, the vet rows and vote rows bars (as set q), the second
vet's answer content; a newsletter's kicker is ``header``, its contents line ``header``, its
byline metadata and the Chinese summary content.  Compiled pages: every ``shiwu`` and every
``tongxun`` page; ``esg`` and ``shouyi`` are single documents.  ``python -m
tests.families.blind_families_zj`` (seed base 3600) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``8b7fa42`` (code of ``fb1f9d0``, the session's last code but
one fix; ``chrome_bench.py --sealed --per-family --repeat 1``; F1 / residue / titles / counts /
repairs / metadata; all pages in one folder and one folder per family gave the same rows): esg
.820/.213/0.0/1.0/.789/0.0; shiwu .777/.178/0.0/0.0/1.0/0.0; shouyi .843/.147/1.0/1.0/1.0/.500;
tongxun .906/.172/0.0/0.0/1.0/0.0.  Means .837/.178/.250/.500/.947/.125.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_families_zf import in_order
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zj_text import (
    CASES,
    FIRMS,
    ITEMS,
    KICKERS,
    METRO,
    ROLES,
    SITE_ESG,
    SITE_VET,
    STATIONS,
    STORIES,
    TRUST,
    VETS,
    GenZJ,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the ESG report excerpt (text from the PDF) ------------------------------------------

ESG_BREAKS = [1, 2, 1, 1, 2, 1, 2, 1]


def fam_esg(g: GenZJ, i: int) -> Made:
    """'汀澜证券信息网' ESG report excerpts, UTF-8 text with BOM, the PDF's page marks."""
    r = g.r
    a = g.esg(i)
    firm, short, code = FIRMS[i]
    year = a.title[len(firm) : len(firm) + 4]
    nb = ESG_BREAKS[i]
    running = f"{short}　{year}年度ESG报告"
    tag = iter(range(1, 9))
    kinds = [ODD[i % 3]] + ["page_break"] * nb
    damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@"), ("header", running)])
    first = r.randint(12, 40)
    in_order(a, counter(first, first + 20, lambda p, t: f"— {p} —"))
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{short}：{year}年度ESG报告（节选）-公告解读-{SITE_ESG}"),
        ("header", f"{SITE_ESG}　行情　公告　研报　ESG专栏　数据中心　投资者教育"),
        ("header", f"首页 / 上市公司 / {short}({code}) / ESG报告"),
    ]
    put(lines, chrome, head)
    lines += [
        "",
        f"证券代码：{code}",
        f"证券简称：{short}",
        f"披露日期：{a.meta['published']}",
        "报告类型：环境、社会及治理报告",
        "",
        a.title,
    ]
    size = f"{r.randint(1, 9)}.{r.randint(10, 99)}MB"
    put(
        lines,
        chrome,
        [
            ("bar", f"【下载PDF原文（{size}）】　【加入自选】　【纠错】"),
            ("notice", "以下正文由PDF文件自动转换，排版可能与原文不一致，请以原文为准。"),
        ],
    )
    lines.append("")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append("")
    tail: Chrome = [
        ("related", f"上一篇：{short}：关于召开{year}年度业绩说明会的公告"),
        ("related", f"下一篇：{short}：{year}年年度报告摘要"),
        ("notice", "免责声明：本站所载信息均来源于上市公司公开披露，仅供参考，不构成投资建议。"),
        (
            "footer",
            f"{SITE_ESG}　版权所有　汀ICP备19033218号-1　增值电信业务经营许可证：汀B2-2019{r.randint(1000, 9999)}",  # noqa: E501
        ),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 2. the metro lost-and-found board ------------------------------------------------------

ENTRIES = [3, 4, 2, 5, 3, 2, 4, 3]
CLOSE = "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛"


def fam_shiwu(g: GenZJ, i: int) -> Made:
    """'鹭湾地铁' lost-and-found board, GBK text; every page one issue of entries."""
    r = g.r
    k = ENTRIES[i]
    g.month(k, newest_first=False)
    arts = [g.found(x) for x in r.sample(ITEMS, k)]
    hurt = r.randrange(k)
    damage(g, arts[hurt], [ODD[i % 3]])
    if i in (3, 6):
        damage(g, arts[(hurt + 1) % k], [ODD[(i + 1) % 3]])
    y, m, _ = ymd(arts[0])
    issue = r.randint(1, 4)
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"乘客遗失物品招领公告（{y}年{m}月第{issue}期）-服务公告-{METRO}"),
        ("header", f"{METRO}官方网站　首页｜乘车指南｜票务服务｜服务公告｜联系我们"),
        ("header", "当前位置：首页 → 服务公告 → 失物招领"),
        ("notice", "以下物品为近期各车站工作人员拾获，请失主凭有效证件尽快认领。"),
    ]
    put(lines, chrome, head)
    for n, a in enumerate(arts, start=1):
        ay, am, ad = ymd(a)
        num = f"LW-{ay % 100:02d}{am:02d}{ad:02d}-{n:02d}"
        a.meta["doc_number"] = num
        lines.append("")
        lines.append(f"┏━━ 招领编号：{num} ━━┓")
        lines.append(a.title)
        lines.append(
            f"拾获时间：{ay}年{am}月{ad}日 {g.clock()}　　登记：{r.choice(STATIONS)}客服中心"
        )
        lines += a.page
        put(lines, chrome, [("bar", CLOSE)])
        a.lines = [a.title, *a.lines]
    lines.append("")
    tail: Chrome = [
        ("notice", "温馨提示：乘车时请妥善保管随身物品，下车前请回头看一看，别把东西落下。"),
        ("notice", "失物查询热线：0592-9610××××（服务时间 6:30—23:00）"),
        ("related", "← 上一期　｜　下一期 →"),
        ("footer", f"{METRO}集团有限公司　版权所有　鹭ICP备17008821号"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 3. the livestock vet Q&A ---------------------------------------------------------------

VET_DAMAGE = {1: "stray_q", 3: "comma", 5: "stray_q", 6: "cjk_space"}
PROVINCES = ["河坪省", "岚北省", "鹭南省", "青川省"]


def fam_shouyi(g: GenZJ, i: int) -> Made:
    """'牧康兽医在线' question pages, HTML in GB18030."""
    r = g.r
    a = g.vet(i)
    species, _, symptom = CASES[i]
    if i in VET_DAMAGE:
        damage(g, a, [VET_DAMAGE[i]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gb18030">')
    h.raw(f"<title>{a.title}_{species}_{SITE_VET}</title>", "</head>", "<body>")
    h.el("div", f"{SITE_VET} · 执业兽医免费答疑", "logo", "header")
    h.links("header", ["首页", "养殖问答", "兽药查询", "疫病预警", "专家团队"], "　", "nav")
    h.el("div", f"首页 » 养殖问答 » {species} » 疾病防治", "crumb", "header")
    if i % 2 == 0:
        h.el("span", "✔ 已解决", "tag", "bar")
        h.el("h1", a.title)
    else:
        h.el("h1", a.title)
        h.el("span", "✔ 已解决", "tag", "bar")
    size = a.lines[0][4 : a.lines[0].index("头")]
    h.el("div", f"畜种：{species}　｜　规模：{size}头　｜　症状：{symptom}", "card")
    page = [x for ln in a.page for x in ln.split("\n") if x]
    h.el("p", page[0], "q")
    y = ymd(a)[0]
    h.el(
        "div",
        f"提问者：{a.meta['author']}　{a.meta['published']} {g.clock()}"
        f"　来自：{r.choice(PROVINCES)}",
        "asker",
    )
    h.el("div", "兽医解答（共2条）", "ans-head", "bar")
    vets = r.sample(VETS, 2)
    for n, part in enumerate([page[1:3], page[3:]]):
        h.el(
            "div",
            f"执业兽医 {vets[n]}　｜　从业{r.randint(3, 25)}年　｜　已解答 {r.randint(50, 6000)} 题",  # noqa: E501
            "vet",
            "bar",
        )
        for x in part:
            h.el("p", x)
        h.el("div", f"有用({r.randint(2, 80)})　没用({r.randint(0, 9)})　举报", "vote", "bar")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "免责声明：以上解答仅供参考，不能代替执业兽医的现场诊疗，用药请遵医嘱。",
        "disclaim",
        "notice",
    )
    h.el("h3", "相似问题", "", "related")
    h.items("related", r.sample([x[1] for n, x in enumerate(CASES) if n != i], 3), "similar")
    h.el("div", "分享到：微信　朋友圈　QQ空间　复制链接", "share", "bar")
    h.el("p", f"{SITE_VET}　版权所有　牧ICP备20011457号-3", "", "footer")
    h.el("p", f"兽药经营许可证：（{y}）兽药经营证字1306{r.randint(1000, 9999)}号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the charity's e-mail newsletter (English, Chinese summaries) -----------------------

STORY_N = [3, 4, 2, 3, 5, 2, 4, 3]
SEASONS = ["Spring", "Spring", "Spring", "Summer", "Summer", "Summer"]


def fam_tongxun(g: GenZJ, i: int) -> Made:
    """'Harbourlight Trust' newsletter issues, HTML, UTF-8; one issue per page."""
    r = g.r
    k = STORY_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(range(len(STORIES)), k)
    arts = [g.story(j) for j in picks]
    y, m, _ = ymd(arts[0])
    season = SEASONS[m - 1] if m <= 6 else ["Autumn", "Winter"][m > 9]
    issue = 20 + i * 3
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{TRUST} — Newsletter Issue {issue} ({season} {y})</title>", "</head>")
    h.raw('<body style="background:#f4f1ea">')
    h.el("div", "View this email in your browser", "preheader", "bar")
    h.el("div", TRUST.upper(), "mast", "header")
    h.el("div", f"Newsletter · Issue {issue} · {season} {y} ｜ 通讯 第{issue}期", "issue", "header")
    h.el("div", "In this issue: " + " · ".join(a.title for a in arts), "toc", "header")
    kicks = r.sample(KICKERS, k)
    for a, kick in zip(arts, kicks, strict=True):
        ay, am, ad = ymd(a)
        h.el("div", kick, "kicker", "header")
        h.el("h2", a.title)
        h.el("p", f"By {a.meta['author']}, {r.choice(ROLES)} · {ay}/{am}/{ad}", "byline")
        h.body(a)
        a.lines = [a.title, *a.lines]
        h.el("div", "Read the full story on our website ›", "more", "bar")
    h.el("div", "Donate · Volunteer · Forward to a friend", "cta", "bar")
    h.el(
        "p",
        "You are receiving this email because you signed up at one of our community events."
        " Unsubscribe or update your preferences at any time.",
        "why",
        "notice",
    )
    h.el(
        "p",
        f"{TRUST} · Registered charity No. 118{r.randint(1000, 9999)} · 12 Pier Lane, Qingyu",
        "",
        "footer",
    )
    h.el("p", f"© {y} {TRUST}. All rights reserved.", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_zj_esg", "sealed", "utf-8-sig", "\r\n", 8, fam_esg),
    BlindFamily("sealed_zj_shiwu", "sealed", "gbk", "\n", 8, fam_shiwu),
    BlindFamily("sealed_zj_shouyi", "sealed", "gb18030", "\n", 8, fam_shouyi, "html"),
    BlindFamily("sealed_zj_tongxun", "sealed", "utf-8", "\r\n", 8, fam_tongxun, "html"),
]

assert len(FIRMS) == len(CASES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3600, gen=GenZJ)
