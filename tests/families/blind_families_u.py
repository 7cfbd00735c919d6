"""Four more invented families for a nineteenth blind test of the generic layer: a city
justice bureau's public-comment pages (HTML, UTF-8 and GBK pages by turns, LF; every page a
draft regulation ``（征求意见稿）`` followed by its ``起草说明``), a university's
graduate-admissions notices (plain text, UTF-16 with BOM, CRLF, with an old CMS's
``作者/来源/点击数/更新时间`` row and a score-line table), a community health centre's
vaccination notices (plain text, GB18030, LF, with PDF folios cutting sentences) and a county
tourism bureau's travel guides (HTML, UTF-8 with BOM, CRLF; several spots per page under
``STOP 01`` marks).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding (a family whose HTML pages alternate UTF-8 and GBK with a matching
``<meta>``, and a UTF-16 admissions site, are new).  On the HTML pages the truth's lines are
the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_u_zhengqiu`` (a city justice bureau's 意见征集 pages '琅汀市司法局', HTML, pages 0,
  2, 4, 6 UTF-8 ``<meta charset="utf-8">``, pages 1, 3, 5, 7 GBK ``<meta http-equiv=…
  charset=gbk>``, LF): ``琅汀市司法局``, ``首页 | 机构概况 | 政务公开 | 法治建设 | 公共法律服务 |
  互动交流`` and ``当前位置：首页 > 互动交流 > 意见征集`` (``header``).  EVERY page holds two
  articles: the draft ``琅汀市X管理办法（征求意见稿）`` (``第一章　总则`` chapters, ``第一条　…``
  clauses, a ``（一）…；`` list) and ``关于《琅汀市X管理办法（征求意见稿）》的起草说明`` (``一、起草
  背景`` … ``四、需要说明的问题`` with a ``（一）`` list, then the drafting bureau's name and the
  date ``2021年3月9日``).  On even pages the draft's title is a ``<div class="zj-title">`` over
  a label/value ``<table>`` whose cells are each a visible line (``征集单位`` / ``琅汀市司法局``
  / ``起草单位`` / ``琅汀市X局`` / ``开始时间`` / ``2021-03-09`` / ``截止时间`` / ``2021-04-08``
  / ``征集状态`` / ``征集中`` / ``反馈邮箱`` / ``…``; metadata, neither); the explanation
  follows a ``━━ 起草说明 ━━`` divider (``bar``) as an ``<h2>``.  On odd pages the draft's
  title is an ``<h1>`` UNDER one row ``起草单位：X局　征集期限：2021年3月9日至2021年4月8日
  参与方式：网上留言、电子邮件`` (metadata, neither), and the explanation's title is a
  ``<p class="fj-title">`` under a bare ``附件`` line (neither: a per-piece mark, as a number
  is).  Chrome: ``我要提意见`` (bar), ``已有N人参与　共收到意见N条`` (bar), ``征集期满后，本网将
  统一公布意见采纳情况，感谢您的参与！`` (``notice``), ``其他意见征集`` and three titles
  (``related``), two footer lines (the second with an ICP number).  No page breaks; damage one
  of ``cjk_space`` / ``comma`` / ``stray_q`` in the explanation on every page and ``comma`` in
  the draft on pages 2 and 5.  Meta of both articles: published (the opening day), issuer (the
  drafting bureau, which signs the explanation; the justice bureau hosting the consultation
  has no key).
* ``sealed_u_yanzhao`` (a university's graduate-admissions site '沄江大学研究生招生信息网',
  plain text, UTF-16 with BOM, CRLF): the saved page's title ``标题-沄江大学研究生招生信息网``,
  ``沄江大学研究生招生信息网　　English | 研究生院 | 学校首页``, a menu row and ``您现在的位置：
  研招网首页 >> 通知公告 >> 硕士招生`` (``header``).  On even pages the bare title
  ``沄江大学2022年硕士研究生复试录取工作方案`` stands ABOVE ``作者：X　　来源：研究生院　　点击数：
  N　　更新时间：2021-3-9`` (metadata) and ``【字体：小 大】`` (bar); on odd pages the row
  ``【硕士招生】　发布时间：2021-3-9 10:21　阅读：[N]`` (metadata) stands ABOVE the title.  The
  title, the intro, the sections ``一、基本要求`` … ``四、其他事项`` with ``（一）`` items, (pages 0
  and 4) the table ``学科门类　总分　…`` with four rows, the contact line, the office's name and
  the date ``2021年3月9日`` are ONE article.  Chrome at the end: ``相关附件：X名单.xls`` (related),
  ``【打印此文】【关闭窗口】【返回顶部】`` (bar), ``前一篇：X`` / ``后一篇：Y`` (related), two footer
  lines (an ICP number).  No page breaks; damage one kind per page (two on pages 3 and 6).
  Meta: published, issuer (the signing office), origin (``来源``, even pages only).
* ``sealed_u_jiezhong`` (a community health centre '梧岗街道社区卫生服务中心', plain text,
  GB18030, LF): ``梧岗社区健康服务网　健康梧岗·服务万家``, ``中心首页｜预防接种｜家庭医生｜健康教育｜办事指南｜
  联系我们`` and ``当前页面：中心首页 → 预防接种 → 接种通知`` (``header``).  The title ``关于开展X
  疫苗接种工作的通知``; on even pages under it ``信息来源：预防接种门诊　　发布日期：2021-03-09
  浏览：N次`` (metadata); on odd pages no row under the title but one AFTER the sign-off
  ``（本条信息由预防接种门诊发布　2021年3月9日）`` (metadata).  ``各位居民朋友：``, the intro,
  the sections ``一、接种对象`` … ``四、注意事项`` with ``1．…；`` items, the fee line, the
  ``咨询电话：`` line, ``特此通知。``, the centre's name and the date are ONE article.  Page
  breaks: a PDF folio ``— 2/3 —`` (``page_number``) cuts a sentence between two CJK letters on
  pages 0, 3 and 6.  Chrome: ``预约提醒：…`` (``notice``, after the title block), ``转发　收藏
  打印`` (bar), ``往期通知：`` and three titles (``related``), two footer lines.  Damage: one
  kind per page (two on pages 1 and 4).  Meta: published, issuer (the centre), origin
  (``信息来源`` / ``由…发布``: the clinic).
* ``sealed_u_lvyou`` (a county tourism bureau's guides '霁川文旅', HTML, UTF-8 with BOM, CRLF):
  ``霁川文旅 · 游在霁川``, ``首页 | 景区景点 | 美食特产 | 线路推荐 | 住宿预订 | 旅游资讯`` and
  ``首页 / 线路推荐 / 游玩攻略`` (``header``).  Guides (pages 0, 1, 3, 4, 6, 7; three, four,
  two, three, four, three spots): the guide's ``<h1>`` ``春日踏青｜霁川这3处好风光，总有一处等你``
  (``header``), a row ``霁川县文化和旅游局　2021-03-09　阅读 N`` (metadata), ``本期导览：A · B ·
  C`` (``header``); per spot a ``STOP 01`` line (neither: the spot's number), an ``<h3>`` with
  the spot's name (the title), two or three paragraphs, the rows ``地址：…`` / ``开放时间：…`` /
  ``门票：…`` / ``交通：…`` and ``推荐美食：…`` (content: the guide's substance, not metadata);
  ``· · ·`` (bar) between spots.  Single spot pages (2, 5): the ``<h1>`` spot name with a row
  ``发布时间：2021年3月9日　来源：霁川县文化和旅游局`` under it (2) or above it (5).  Chrome:
  ``出游提示：…`` (``notice``), ``点赞 N　收藏　分享到朋友圈`` (bar), ``你可能还喜欢`` and three
  titles (``related``), two footer lines.  No page breaks; damage ``stray_q`` in one spot on
  pages 1 and 6, ``cjk_space`` on single pages.  Meta: published (a guide's day on every
  spot); origin (``来源``) on single pages.

Truth as :mod:`tests.families.blind_families_t`: header and metadata rows are neither content
nor chrome; titles are bare (a spot's ``STOP 01`` mark and the ``附件`` line stay out of
titles and text); dates YYYY-MM-DD; a compilation's header line is chrome of kind
``header``, its per-piece rows are metadata.  Arguable and fixed here: the draft and its
explanation are TWO articles (two documents with their own titles, as a consultation page
attaches them); the ``（征求意见稿）`` stays in the draft's title; the explanation's sign-off
and date are content; the admissions table is content (as set s's price table); the
vaccination notice's salutation, contact line, ``特此通知。`` and sign-off are content; the
spots' visitor rows are content; ``征集单位`` / ``征集状态`` / ``反馈邮箱`` / ``点击数`` /
``阅读`` have no key.  Compiled pages: ``zhengqiu`` (all) and ``lvyou`` (0, 1, 3, 4, 6, 7);
``yanzhao`` and ``jiezhong`` are single documents.  ``python -m
tests.families.blind_families_u`` (seed base 2100) rewrites them and checks the truth against
the pages.

Measured blind, once, at main ``aef8a3e`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): jiezhong .931/.154/.875/1.0/1.0/.500; lvyou
.947/.106/.095/.250/.750/.435; yanzhao .961/.191/.875/1.0/1.0/.800; zhengqiu
.982/.040/.500/0.0/1.0/.375.  Means .955/.123/.586/.563/.938/.528.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, damage, iso
from tests.families.blind_o_text import Html, once, put, ymd
from tests.families.blind_u_text import (
    ADMITS,
    AOFFICE,
    BUREAU,
    CENTRE,
    CLINIC,
    DRAFTERS,
    GUIDES,
    MATTERS,
    SPOTS,
    VACCINES,
    GenU,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
ENC = ["utf-8", "gbk"]
CHARSET = {
    "utf-8": '<meta charset="utf-8">',
    "gbk": '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
}


def start(h: Html, charset: str, title: str) -> None:
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", charset)
    h.raw(f"<title>{escape(title, quote=False)}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/base.css">', "</head>", "<body>")


def cells(h: Html, pairs: list[tuple[str, str]], cls: str) -> None:
    """A label/value table, two pairs a row; every cell is a visible line."""
    h.raw(f'<table class="{cls}">')
    for k in range(0, len(pairs), 2):
        row = "".join(f"<td>{escape(x, quote=False)}</td>" for p in pairs[k : k + 2] for x in p)
        h.raw(f"<tr>{row}</tr>")
    h.raw("</table>")


# -- 1. the public-comment pages -------------------------------------------------------


def fam_zhengqiu(g: GenU, i: int) -> Made:
    """'琅汀市司法局' consultation pages: a draft and its drafting explanation, HTML."""
    r = g.r
    a, b = g.draft(i)
    y, m, d = ymd(a)
    end_m, end_d = m % 12 + 1, d
    end_y = y + (m == 12)
    drafter = DRAFTERS[i]
    damage(g, b, [ODD[i % 3]])
    if i in (2, 5):
        damage(g, a, ["comma"])
    a.lines = [a.title, *a.lines]
    sign = [drafter, f"{y}年{m}月{d}日"]
    b.lines = [b.title, *b.lines, *sign]
    h = Html()
    start(h, CHARSET[ENC[i % 2]], f"{a.title}_意见征集_琅汀市司法局")
    h.el("div", "琅汀市司法局", "logo", "header")
    nav = ["首页", "机构概况", "政务公开", "法治建设", "公共法律服务", "互动交流"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "当前位置：首页 > 互动交流 > 意见征集", "crumb", "header")
    if i % 2 == 0:
        h.el("div", a.title, "zj-title")
        pairs = [("征集单位", "琅汀市司法局"), ("起草单位", drafter)]
        pairs += [("开始时间", iso(y, m, d)), ("截止时间", iso(end_y, end_m, end_d))]
        pairs += [("征集状态", "征集中"), ("反馈邮箱", f"fzk{i + 1}@langting-sfj.example")]
        cells(h, pairs, "zj-info")
    else:
        row = f"起草单位：{drafter}　征集期限：{y}年{m}月{d}日至{end_y}年{end_m}月{end_d}日　参与方式：网上留言、电子邮件"  # noqa: E501
        h.el("div", row, "zj-row")
        h.el("h1", a.title)
    h.raw('<div class="zj-text">')
    h.body(a)
    if i % 2 == 0:
        h.el("div", "━━ 起草说明 ━━", "divider", "bar")
        h.el("h2", b.title)
    else:
        h.el("p", "附件", "fj")
        h.el("p", b.title, "fj-title")
    h.body(b)
    for x in sign:
        h.el("p", x, "right")
    h.raw("</div>")
    h.el("div", "我要提意见", "btn", "bar")
    h.el("div", f"已有{r.randint(12, 400)}人参与　共收到意见{r.randint(5, 90)}条", "count", "bar")
    h.el("div", "征集期满后，本网将统一公布意见采纳情况，感谢您的参与！", "tip", "notice")
    h.el("div", "其他意见征集", "rel", "related")
    others = [f"琅汀市{MATTERS[j]}管理办法（征求意见稿）" for j in range(8) if j != i]
    h.items("related", r.sample(others, 3), "rel-list")
    h.el("p", "主办：琅汀市司法局　地址：琅汀市明德路26号　电话：0595-22881234", "", "footer")
    h.el("p", "琅ICP备16008812号-1　网站标识码：3505000031", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a, b], h.chrome, True


# -- 2. the admissions notices ---------------------------------------------------------

SITE = "沄江大学研究生招生信息网"


def fam_yanzhao(g: GenU, i: int) -> Made:
    """'沄江大学研究生招生信息网' notices saved as plain text, UTF-16."""
    r = g.r
    office = AOFFICE[i % 2]
    a = g.admit(i, office, table=i in (0, 4))
    y, m, d = ymd(a)
    kinds = [ODD[(i + 1) % 3]] + ([ODD[(i + 2) % 3]] if i in (3, 6) else [])
    damage(g, a, kinds)
    sign = [office, f"{y}年{m}月{d}日"]
    a.lines = [a.title, *a.lines, *sign]
    col = "博士招生" if "博士" in a.title else "硕士招生"
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{a.title}-{SITE}"),
        ("header", f"{SITE}　　English | 研究生院 | 学校首页"),
        ("header", "网站首页　招生简章　专业目录　通知公告　复试调剂　历年分数　联系我们"),
        ("header", f"您现在的位置： 研招网首页 >> 通知公告 >> {col}"),
    ]
    put(lines, chrome, head)
    lines.append("")
    hits = r.randint(300, 9000)
    if i % 2 == 0:
        lines.append(a.title)
        a.meta["origin"] = "研究生院"
        who = r.choice(["研招办", "招生办公室", "管理员"])
        lines.append(f"作者：{who}　　来源：研究生院　　点击数：{hits}　　更新时间：{y}-{m}-{d}")
        put(lines, chrome, [("bar", "【字体：小 大】")])
    else:
        lines.append(f"【{col}】　发布时间：{y}-{m}-{d} {g.clock()}　阅读：[{hits}]")
        lines.append(a.title)
    lines += ["", *a.page, "", *sign, ""]
    others = [f"{ADMITS[j]}" for j in range(8) if j != i]
    prev, nxt = r.sample(others, 2)
    tail: Chrome = [
        ("related", f"相关附件：{y + 1}年{r.choice(['复试', '调剂', '推免'])}考生名单.xls"),
        ("bar", "【打印此文】【关闭窗口】【返回顶部】"),
        ("related", f"前一篇：{prev}"),
        ("related", f"后一篇：{nxt}"),
        ("footer", "Copyright© 沄江大学研究生院　地址：沄江市学府大道88号　邮编：325035"),
        ("footer", "沄ICP备05012345号　技术支持：沄江大学信息化建设中心"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the vaccination notices --------------------------------------------------------


def fam_jiezhong(g: GenU, i: int) -> Made:
    """'梧岗街道社区卫生服务中心' vaccination notices, plain text, GB18030."""
    r = g.r
    a = g.vaccine(i)
    y, m, d = ymd(a)
    a.meta["origin"] = CLINIC
    kinds = [ODD[(i + 2) % 3]] + ([ODD[i % 3]] if i in (1, 4) else [])
    if i in (0, 3, 6):
        kinds.append("page_break")
    damage(g, a, kinds, once(("page_number", "— 2/3 —")))
    sign = [CENTRE, f"{y}年{m}月{d}日"]
    a.lines = [a.title, *a.lines, *sign]
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", "梧岗社区健康服务网　健康梧岗·服务万家"),
        ("header", "中心首页｜预防接种｜家庭医生｜健康教育｜办事指南｜联系我们"),
        ("header", "当前页面：中心首页 → 预防接种 → 接种通知"),
    ]
    put(lines, chrome, head)
    lines += ["", a.title]
    if i % 2 == 0:
        lines.append(
            f"信息来源：{CLINIC}　　发布日期：{iso(y, m, d)}　　浏览：{r.randint(40, 3000)}次"
        )
    tip = "预约提醒：本中心实行分时段预约接种，请通过“梧岗健康”小程序提前预约，现场号源有限。"
    put(lines, chrome, [("notice", tip)])
    lines += ["", *a.page, *sign]
    chrome += a.chrome
    if i % 2 == 1:
        lines.append(f"（本条信息由{CLINIC}发布　{y}年{m}月{d}日）")
    lines.append("")
    others = [f"关于开展{v}接种工作的通知" for v in VACCINES if v not in a.title]
    tail: Chrome = [
        ("bar", "转发　收藏　打印"),
        ("related", "往期通知："),
        *(("related", x) for x in r.sample(others, 3)),
        ("footer", f"{CENTRE}　地址：琅汀市梧岗街道樟林路12号　值班电话：0595-22670120"),
        ("footer", "琅ICP备18004521号-2　本站信息仅供参考，具体以门诊现场公示为准"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 4. the travel guides --------------------------------------------------------------

STOPS = {0: 3, 1: 4, 3: 2, 4: 3, 6: 4, 7: 3}


def fam_lvyou(g: GenU, i: int) -> Made:
    """'霁川文旅' travel guides (several spots) and single spot pages, HTML UTF-8 BOM."""
    r = g.r
    k = STOPS.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    arts = [g.spot(j, long=k == 1) for j in picks]
    y, m, d = g.date()
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    guide = GUIDES[i % 4].format(k=k)
    h = Html()
    start(h, '<meta charset="utf-8">', f"{guide if k > 1 else arts[0].title}-霁川文旅")
    h.el("div", "霁川文旅 · 游在霁川", "logo", "header")
    nav = ["首页", "景区景点", "美食特产", "线路推荐", "住宿预订", "旅游资讯"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "首页 / 线路推荐 / 游玩攻略", "crumb", "header")
    if k == 1:
        a = arts[0]
        a.meta["origin"] = BUREAU
        damage(g, a, ["cjk_space"])
        a.lines = [a.title, *a.lines]
        row = f"发布时间：{y}年{m}月{d}日　来源：{BUREAU}"
        if i == 2:
            h.el("h1", a.title)
            h.el("div", row, "info")
        else:
            h.el("div", row, "info")
            h.el("h1", a.title)
        h.body(a)
    else:
        h.el("h1", guide, "guide-title", "header")
        h.el("div", f"{BUREAU}　{iso(y, m, d)}　阅读 {r.randint(500, 20000)}", "info")
        h.el("div", "本期导览：" + " · ".join(a.title for a in arts), "toc", "header")
        hit = r.randrange(k) if i in (1, 6) else -1
        for n, a in enumerate(arts, 1):
            if n - 1 == hit:
                damage(g, a, ["stray_q"])
            a.lines = [a.title, *a.lines]
            if n > 1:
                h.el("div", "· · ·", "sep", "bar")
            h.el("div", f"STOP {n:02d}", "stop")
            h.el("h3", a.title)
            h.body(a)
    h.el(
        "div",
        "出游提示：节假日景区客流较大，请提前预约、错峰出行，文明旅游，爱护生态环境。",
        "tip",
        "notice",
    )
    h.el("div", f"点赞 {r.randint(10, 900)}　收藏　分享到朋友圈", "act", "bar")
    h.el("div", "你可能还喜欢", "rel", "related")
    more = [x.format(k=r.randint(3, 9)) for x in GUIDES if x != GUIDES[i % 4]]
    h.items("related", more, "rel-list")
    h.el("p", f"主办：{BUREAU}　技术支持：霁川县融媒体中心", "", "footer")
    h.el("p", "霁ICP备2020001234号　旅游咨询热线：0598-12345", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_u_zhengqiu", "sealed", "utf-8", "\n", 8, fam_zhengqiu, "html", tuple(ENC)),
    BlindFamily("sealed_u_yanzhao", "sealed", "utf-16", "\r\n", 8, fam_yanzhao),
    BlindFamily("sealed_u_jiezhong", "sealed", "gb18030", "\n", 8, fam_jiezhong),
    BlindFamily("sealed_u_lvyou", "sealed", "utf-8-sig", "\r\n", 8, fam_lvyou, "html"),
]

assert len(DRAFTERS) == len(MATTERS) == len(ADMITS) == len(VACCINES) == len(SPOTS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=2100, gen=GenU)
