"""Four more invented families for a thirty-fifth blind test of the generic layer: a labour
arbitration commission's service-by-publication notices carrying an award converted from
its PDF (plain text, GB18030, CRLF; the ``－ 2 －`` page numbers cut sentences between two
CJK letters, the Chinese-numeral date typed with ``○``), a university's bilingual alumni
newsletter (plain text, UTF-16 with BOM, LF; every page an issue whose stories open with a
dotted-leader row ``02 ·········· 校友足迹　ALUMNI FOOTPRINTS``), a mobile game's patch notes
(HTML, UTF-8 with BOM and ``<meta charset="utf-8">``, LF; the title a ``<div>`` UNDER a tag
row on even pages, an ``<h2>`` OVER a source row on odd pages) and a used-car dealer's Q&A
board in traditional letters (HTML, Big5 declared ``<meta http-equiv="Content-Type"
content="text/html; charset=big5">``, CRLF; every page a board page whose entries open with
a ``＃0147　車友 X 提問於 2021/3/9　｜　回覆 1`` row ABOVE the ``<h3>`` question).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (an arbitration commission, an alumni newsletter, a game's patch notes, a used-car
Q&A board), header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zk_zhongcai`` ('澄屿劳动人事争议仲裁网', plain text, GB18030, CRLF): the page title
  line ``X-公告送达-澄屿劳动人事争议仲裁网``, the site row and ``位置：网站首页 >> 公告送达 >>
  裁决书送达`` (``header``).  Even pages: the bare title ``澄屿市劳动人事争议仲裁委员会关于向
  Y公告送达仲裁裁决书的公告`` OVER the row ``文号：澄屿劳人仲公〔2021〕17号　发稿：仲裁院办公室
  日期：2021年03月09日　点击：57`` (metadata, neither); odd pages: that row ABOVE the title.
  Under them ``【字号 大 中 小】【打印本页】【关闭窗口】`` (bar).  The employer's salutation, the
  notice paragraph, ``裁决书主要内容如下：``, the facts, ``申请人请求：`` with ``1.…；`` items,
  ``本委认为，…``, ``裁决如下：`` with ``一、…；`` items, the appeal paragraph, ``特此公告。``,
  the commission and the date ``二〇二一年三月九日`` are ONE article with the title.  Page
  breaks: the PDF's page number ``－ 2 －`` (``page_number``, counting up from 1, between
  blank lines) cuts a paragraph between two CJK letters (once; twice on pages 1, 4 and 6).
  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` per page, and the date typed
  ``二○二一年…`` (``zero``) on pages 2, 5 and 7.  Chrome at the end: ``附件：X号裁决书.pdf
  [下载]`` (``related``), a service ``notice``, ``上一条：…`` / ``下一条：…`` (``related``), a
  footer with an ICP and a public-security filing number.  Meta: published (日期), issuer
  (the commission), doc_number (文号), origin (发稿).
* ``sealed_zk_xiaoyou`` ('澜屿大学校友总会', plain text, UTF-16 with BOM, LF; every page an
  issue of 3, 2, 4, 3, 5, 2, 3, 4 stories, oldest first): the page title line ``澜屿大学校友
  通讯 2022年第2期（总第58期）_校友刊物_澜屿大学校友总会``, the site row, ``首页 > 校友刊物 >
  校友通讯``, the masthead ``澜屿大学校友通讯 · Lanyu University Alumni Bulletin``, the issue
  row ``2022年第2期　总第58期　Issue 58 · Summer 2022`` and ``本期目录：A / B / C`` (all
  ``header``).  Per story: the dotted-leader row ``02 ·········· 校友足迹　ALUMNI FOOTPRINTS``
  (``header``: a number and a section name), the bare Chinese title, the English title
  (content), the byline ``文／X（2003届化学系）　Text by Y, Class of 2003　｜　2022.06.03``
  (metadata, neither), the Chinese paragraphs and the ``In brief: …`` English line (content);
  ``＊　　＊　　＊`` (bar) between stories.  Damage: ``cjk_space`` in one story on pages 1, 4
  and 6, ``comma`` in one story on page 3.  Chrome at the end: a call-for-stories ``notice``,
  a follow bar, a footer with an ICP number.  Meta per story: published (the byline date),
  author (the Chinese name).
* ``sealed_zk_buding`` ('《星潮纪元》官方网站', HTML, UTF-8 with BOM, ``<meta
  charset="utf-8">``, LF): ``<title>`` = ``X - 新闻公告 - 《星潮纪元》官方网站``; the logo, a nav
  row (``header``), ``立即下载　扫码下载　预约新服`` (bar), the tab row ``综合　新闻　公告
  活动　攻略`` (bar) and ``当前位置：首页 > 新闻中心 > 公告`` (``header``).  Even pages: the row
  ``[公告]　2023-05-11`` (metadata, neither) OVER the title ``<div class="news-tit">``; odd
  pages: the ``<h2>`` title OVER ``来源：星潮纪元运营团队　发布时间：2023/05/11 10:00``
  (metadata, neither).
  The greeting ``亲爱的指挥官：``, the opening, the ``【维护时间】`` / ``【维护范围】`` / ``【更新
  内容】`` / ``【维护补偿】`` blocks with their ``一、`` heads and ``1. …；`` items, the closing,
  ``《星潮纪元》运营团队`` and the date ``2023年5月11日`` are ONE article with the title.
  Chrome: ``分享到：微博　QQ空间　微信好友`` (bar), ``相关公告`` and three titles (``related``),
  ``« 返回公告列表`` (bar), a play-time ``notice``, two footer lines (ICP, a network culture
  licence).  Damage: one kind per page (``stray_q`` / ``comma`` / ``cjk_space`` in turn).
  Meta: published; origin (来源) on odd pages.
* ``sealed_zk_chewen`` ('豐橋中古車' 買車問答, HTML, Big5, CRLF, traditional letters; every page
  a board page of 3, 2, 4, 3, 2, 4, 3, 2 entries, newest first): ``<title>`` = ``買車問答 第2頁
  - 豐橋中古車``; the logo ``豐橋中古車　誠信買賣 安心上路``, a nav row, ``首頁 > 買車問答 > 第2頁``
  and the ``<h1>`` ``買車問答　Q&A`` (``header``), ``我要發問`` (bar).  Per entry: the row
  ``＃0147　車友 X 提問於 2021/3/9　｜　回覆 1`` (metadata, neither) ABOVE the ``<h3>``
  question title, the question's body (content), ``【店長回覆】`` (bar), the answer's four
  paragraphs (content), ``這則回答有幫助嗎？　有（12）　沒有（0）`` (bar).  Chrome at the end:
  the pager ``＜ 上一頁　1　2　3　4　5　下一頁 ＞`` (``page_number``), ``LINE 線上賞車：@fengqiao``
  (bar), a footer with the shop's tax number.  Damage: ``stray_q`` in one entry on pages 0, 3
  and 6 (in a Chinese answer line).  Meta per entry: published (提問於), author (the asker).

Truth as :mod:`tests.families.blind_families_zj`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the
arbitration notice's 文号 is ``doc_number`` and 发稿 ``origin``, the award text inside it is
content of the notice (one article), the salutation, ``特此公告。``, sign-off and date are
content (a notice's parts); the newsletter's dotted-leader row is ``header`` (as set zj's
kicker), the English title and the ``In brief:`` line content, the byline metadata; the
patch notes' window line, blocks and items are content, their tag row metadata; the
board's entry row is metadata (it carries the asker and the day), ``【店長回覆】`` and the
vote row bars (as set q's answerer rows), the shop's answer content of the entry.  Compiled
pages: every ``xiaoyou`` and every ``chewen`` page; ``zhongcai`` and ``buding`` are single
documents.  ``python -m tests.families.blind_families_zk`` (seed base 3700) rewrites them and
checks the truth against the pages.

Measured blind, once, at main ``0f73d33`` (the session's start code), one folder, model on
(F1/residue/titles/counts/repairs/meta): zhongcai 1.0/0/1/1/.955/.813, xiaoyou
.835/.388/0/0/1/0, buding .995/0/1/1/1/1, chewen .900/.355/0/0/1/0; means
.932/.186/.500/.500/.989/.453.  Both single-document families held; neither compilation
split (a dotted-leader section row over bilingual titles; a ``＃N`` asker row over an
``<h3>`` question), so their titles and metadata fail with them.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_families_zf import in_order
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zk_text import (
    ALUMNI,
    ALUMNI_STORIES,
    ASKERS,
    CAR_A1,
    CAR_A2,
    CAR_A3,
    CAR_QS,
    COMMISSION,
    DEALER,
    EMPLOYERS,
    EN_BRIEF,
    GAME,
    ORIGINS,
    SCHOOLS,
    SECTIONS,
    SITE_ARB,
    UNIV,
    UNIV_EN,
    GenZK,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the arbitration commission's notices (award text from the PDF) ------------------------

ARB_BREAKS = [1, 2, 1, 1, 2, 1, 2, 1]


def fam_zhongcai(g: GenZK, i: int) -> Made:
    """'澄屿劳动人事争议仲裁网' service-by-publication notices, GB18030 text."""
    r = g.r
    a = g.award(i)
    y, m, d = ymd(a)
    tag = iter(range(1, 9))
    kinds = [ODD[i % 3]] + ["page_break"] * ARB_BREAKS[i]
    if i in (2, 5, 7):
        kinds.append("zero")
    damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    in_order(a, counter(1, 9, lambda p, t: f"－ {p} －"))
    no = f"澄屿劳人仲公〔{y}〕{r.randint(3, 60)}号"
    origin = ORIGINS[i % len(ORIGINS)]
    a.meta.update({"doc_number": no, "origin": origin})
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{a.title}-公告送达-{SITE_ARB}"),
        ("header", f"{SITE_ARB}　｜　机构设置　仲裁指南　公告送达　典型案例　在线申请　联系我们"),
        ("header", "位置：网站首页 >> 公告送达 >> 裁决书送达"),
    ]
    put(lines, chrome, head)
    lines.append("")
    row = f"文号：{no}　发稿：{origin}　日期：{y}年{m:02d}月{d:02d}日　点击：{r.randint(12, 480)}"
    lines += [a.title, row] if i % 2 == 0 else [row, a.title]
    put(lines, chrome, [("bar", "【字号 大 中 小】【打印本页】【关闭窗口】")])
    lines.append("")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append("")
    case = next(x for x in a.lines if "公告送达（" in x)
    case = case[case.index("公告送达（") + 4 : case.index("仲裁裁决书")]
    other = EMPLOYERS[(i + 3) % len(EMPLOYERS)]
    tail: Chrome = [
        ("related", f"附件：{case}裁决书.pdf　[下载]"),
        (
            "notice",
            "提示：本网发布的公告送达信息自发布之日起满三十日即视为送达，请相关当事人及时查阅。",
        ),
        ("related", f"上一条：{COMMISSION}关于向{other}公告送达开庭通知书的公告"),
        ("related", "下一条：关于调整仲裁立案窗口受理时间的通知"),
        (
            "footer",
            f"主办：澄屿市劳动人事争议仲裁院　澄ICP备18004512号　澄公网安备3502030200{r.randint(1000, 9999)}号",  # noqa: E501
        ),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 2. the alumni newsletter (bilingual, one issue per page) ----------------------------------

ISSUE_N = [3, 2, 4, 3, 5, 2, 3, 4]
ALUMNI_DAMAGE = {1: "cjk_space", 3: "comma", 4: "cjk_space", 6: "cjk_space"}
LEADER = "·" * 26


def fam_xiaoyou(g: GenZK, i: int) -> Made:
    """'澜屿大学校友总会' newsletter issues, UTF-16 text; one issue per page."""
    r = g.r
    k = ISSUE_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(range(len(ALUMNI_STORIES)), k)
    briefs = r.sample(EN_BRIEF, k)
    authors = r.sample(range(len(ALUMNI)), k)
    made = [g.story(j, b, w) for j, b, w in zip(picks, briefs, authors, strict=True)]
    arts = [x[0] for x in made]
    if i in ALUMNI_DAMAGE:
        damage(g, arts[r.randrange(k)], [ALUMNI_DAMAGE[i]])
    y, m, _ = ymd(arts[0])
    no, total = (m - 1) // 3 + 1, 40 + i * 3
    season = ["Spring", "Summer", "Autumn", "Winter"][no - 1]
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{UNIV}校友通讯 {y}年第{no}期（总第{total}期）_校友刊物_{UNIV}校友总会"),
        ("header", f"{UNIV}校友总会　首页　组织机构　校友动态　校友刊物　捐赠母校　校友服务"),
        ("header", "首页 > 校友刊物 > 校友通讯"),
        ("header", f"{UNIV}校友通讯 · {UNIV_EN} Alumni Bulletin"),
        ("header", f"{y}年第{no}期　总第{total}期　Issue {total} · {season} {y}"),
        ("header", "本期目录：" + " / ".join(a.title for a in arts)),
    ]
    put(lines, chrome, head)
    for n, (a, sec, en) in enumerate(made, start=1):
        ay, am, ad = ymd(a)
        zh_sec, en_sec = SECTIONS[sec]
        cls = r.randint(1985, 2016)
        if n > 1:
            put(lines, chrome, [("bar", "＊　　＊　　＊")])
        lines.append("")
        put(lines, chrome, [("header", f"{n:02d} {LEADER} {zh_sec}　{en_sec}")])
        lines.append(a.title)
        lines.append(a.page[0])
        who = a.meta["author"]
        school = r.choice(SCHOOLS)
        lines.append(
            f"文／{who}（{cls}届{school}）　Text by {en}, Class of {cls}"
            f"　｜　{ay}.{am:02d}.{ad:02d}"
        )
        lines += a.page[1:]
        a.lines = [a.title, *a.lines]
    lines.append("")
    tail: Chrome = [
        (
            "notice",
            "欢迎广大校友投稿，来稿请注明届别、院系和联系方式，投稿邮箱：alumni@lanyu.edu.example",
        ),
        ("bar", "扫码关注“澜屿校友”公众号　｜　订阅电子版　｜　往期回顾"),
        ("footer", f"{UNIV}校友总会秘书处　版权所有　澜ICP备05003671号-1"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 3. the game's patch notes -----------------------------------------------------------------


def fam_buding(g: GenZK, i: int) -> Made:
    """'《星潮纪元》官方网站' patch notes, UTF-8 HTML with BOM."""
    r = g.r
    a, _ = g.patch(i)
    y, m, d = ymd(a)
    damage(g, a, [["stray_q", "comma", "cjk_space"][i % 3]])
    site = f"《{GAME}》官方网站"
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.raw(f"<title>{a.title} - 新闻公告 - {site}</title>")
    h.raw('<link rel="stylesheet" href="//static.xingchao.example/css/news.css">', "</head>")
    h.raw("<body>", '<div class="top">')
    h.el("div", site, "logo", "header")
    h.links("header", ["首页", "新闻", "攻略", "资料站", "玩家社区", "客服中心"], "　", "nav")
    h.el("div", "立即下载　扫码下载　预约新服", "dl", "bar")
    h.raw("</div>", '<div class="main">')
    h.links("bar", ["综合", "新闻", "公告", "活动", "攻略"], "　", "tabs")
    h.el("div", "当前位置：首页 > 新闻中心 > 公告", "crumb", "header")
    if i % 2 == 0:
        h.el("div", f"[公告]　{a.meta['published']}", "news-tag")
        h.el("div", a.title, "news-tit")
    else:
        origin = f"{GAME}运营团队"
        a.meta["origin"] = origin
        h.el("h2", a.title, "news-tit")
        h.el("div", f"来源：{origin}　发布时间：{y}/{m:02d}/{d:02d} {g.clock()}", "news-info")
    h.raw('<div class="news-con">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "分享到：微博　QQ空间　微信好友", "share", "bar")
    h.el("h4", "相关公告", "", "related")
    rel = [f"{m}月{max(1, d - 7)}日临时维护公告", "关于部分指挥官无法领取补偿的说明"]
    rel.append(f"{y}年{m}月活动日历")
    h.items("related", r.sample(rel, 3), "rel")
    h.el("div", "« 返回公告列表", "back", "bar")
    h.raw("</div>")
    h.el(
        "p",
        "适度游戏益脑，每日游戏时长请控制在两小时以内，未成年人请在监护人陪同下体验。",
        "tip",
        "notice",
    )
    h.el("p", "星潮互娱（澜港）网络科技有限公司　澜ICP备20017733号-2", "", "footer")
    h.el("p", f"网络文化经营许可证：澜网文〔{y - 1}〕{r.randint(1000, 9999)}-056号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the used-car Q&A board (traditional letters, Big5) -------------------------------------

BOARD_N = [3, 2, 4, 3, 2, 4, 3, 2]


def fam_chewen(g: GenZK, i: int) -> Made:
    """'豐橋中古車' 買車問答 board pages, Big5 HTML; every page several entries."""
    r = g.r
    k = BOARD_N[i]
    g.month(k, newest_first=True)
    picks = r.sample(range(len(CAR_QS)), k)
    who = r.sample(ASKERS, k)
    greet = [CAR_A1[n % len(CAR_A1)] for n in range(k)]
    r.shuffle(greet)
    common, close = r.sample(CAR_A2, k), r.sample(CAR_A3, k)
    arts = [
        g.carqa(j, w, gr, c, e)
        for j, w, gr, c, e in zip(picks, who, greet, common, close, strict=True)
    ]
    if i in (0, 3, 6):
        damage(g, arts[r.randrange(k)], ["stray_q"])
    pg = i + 2
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>買車問答 第{pg}頁 - {DEALER}</title>", "</head>")
    h.raw('<body bgcolor="#ffffff">', '<table width="960" align="center"><tr><td>')
    h.el("div", f"{DEALER}　誠信買賣 安心上路", "logo", "header")
    h.links(
        "header", ["首頁", "在庫車輛", "估價收購", "貸款試算", "買車問答", "門市據點"], " | ", "nav"
    )
    h.el("div", f"首頁 > 買車問答 > 第{pg}頁", "crumb", "header")
    h.el("h1", "買車問答　Q&A", "", "header")
    h.el("div", "我要發問", "ask", "bar")
    for a in arts:
        ay, am, ad = ymd(a)
        num = f"＃{r.randint(100, 2400):04d}"
        h.el("div", f"{num}　車友 {a.meta['author']} 提問於 {ay}/{am}/{ad}　｜　回覆 1", "qhead")
        h.el("h3", a.title)
        first, rest = a.page[0], a.page[1:]
        h.el("p", first, "qbody")
        h.el("div", "【店長回覆】", "reply", "bar")
        for x in rest:
            h.el("p", x)
        h.el(
            "div",
            f"這則回答有幫助嗎？　有（{r.randint(0, 40)}）　沒有（{r.randint(0, 3)}）",
            "vote",
            "bar",
        )
        a.lines = [a.title, *a.lines]
    h.el(
        "div",
        f"＜ 上一頁　{'　'.join(str(x) for x in range(1, 6))}　下一頁 ＞",
        "pager",
        "page_number",
    )
    h.el("div", "LINE 線上賞車：@fengqiao", "line", "bar")
    h.el(
        "p",
        f"豐橋汽車商行　統一編號：5{r.randint(1000000, 9999999)}"
        f"　服務專線：(04)2358-{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.raw("</td></tr></table>", "</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_zk_zhongcai", "sealed", "gb18030", "\r\n", 8, fam_zhongcai),
    BlindFamily("sealed_zk_xiaoyou", "sealed", "utf-16", "\n", 8, fam_xiaoyou),
    BlindFamily("sealed_zk_buding", "sealed", "utf-8-sig", "\n", 8, fam_buding, "html"),
    BlindFamily("sealed_zk_chewen", "sealed", "big5", "\r\n", 8, fam_chewen, "html"),
]

assert len(EMPLOYERS) == 8 and min(len(CAR_QS), len(CAR_A2), len(CAR_A3)) >= max(BOARD_N)


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3700, gen=GenZK)
