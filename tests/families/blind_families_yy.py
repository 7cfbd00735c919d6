"""Four more invented families for a blind test of the generic layer (set ``yy``): a province
tax service's compiled A-grade taxpayer lists 纳税信用A级纳税人名单公告 (HTML, GB18030 with NO
charset declaration anywhere, CRLF; every page one month's district announcements, oldest
first, each under a bare code-and-count row ``溆税信〔2022〕4号　｜　A级 4 户`` ABOVE its
``<h4>`` title, one ``1．firm　　纳税人识别号：91…`` line per taxpayer, closed by a one-line
bureau-and-date sign-off), a city sports centre's venue notices 场馆开放与预约公告 in a print
preview (plain text, UTF-8 WITH BOM, CRLF; every page one month's notices, newest first, each
under a status stamp ``▣ 生效中`` / ``◇ 待生效`` / ``▨ 已结束`` alone on a line ABOVE the bare
title and closed by ``—— 会员服务部　2022-03-23 发布``; the preview's ``▁▁▁`` page mark cutting
sentences), a province agriculture department's veterinary-drug recall board 兽药召回信息 (HTML,
UTF-8 declared by ``http-equiv``, LF; every page one quarter's recalls, oldest first, each
marked by NOTHING but its ``<h5>`` title, closed by a seal row ``召回企业：X（盖章）　　date``)
and a district education bureau's enrollment-zone plans 学区划分方案 in a print view (plain
text, UTF-16 with BOM, LF; single plans whose metadata stands in the MIDDLE of the text: a
``◇``-parted row after the lead paragraph on even pages, a parenthesised sentence after the
zone lines on odd ones; ``〈 2 / 3 〉`` page marks cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  Of the brief's pool, the tax family has a cousin
in ``zm`` (a 12366 hot-question digest, not a rating list), the venue family in ``yv``'s
event registrations and ``yd``'s theatre (a venue operator's rule-change notices here), the
recall family in ``yj``'s consumer-product recalls (single notices) and ``zj``'s vet Q&A, and
the enrollment family in ``yi``'s per-school 招生简章 compilations (one district-wide zone plan
per page here).  The families differ from every family already here in site kind (a tax
credit list board, a sports venue operator's notice board, a vet-drug recall board, a zone
plan page), per-piece header shapes (a bare doc-number-and-count code row, a status stamp, a
heading level with nothing else, metadata in the middle of a single text), metadata layout
and labels, chrome wording, page marks and encoding (one HTML family declares no charset at
all).  No family is a JSONL crawl batch: no earlier set wrote one to follow.  On the HTML
pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yy_xinyong`` ('澜屿省税务局' 信用建设 › A级名单, HTML, GB18030, NO ``<meta
  charset>`` and no ``http-equiv``, CRLF; every page a compilation of 3, 2, 4, 3, 2, 4, 3, 2
  district announcements of one month, oldest first): ``<title>`` = ``X_信用建设_澜屿省税务局``;
  the logo line ``澜屿省税务局　LANYU PROVINCIAL TAX SERVICE``, the `` | `` menu row,
  ``您所在的位置：首页 → 纳税服务 → 信用建设 → A级名单``, the ``<h2>`` ``2021年度纳税信用A级纳税人
  名单公告汇编（2022年3月）`` and ``汇编：纳税服务处　　更新日期：2022-03-27　　【字体：大 中 小】``
  (the last announcement's day; all ``header``), the ``名单依据纳税人自评……不作为其他用途的证明。``
  line (``notice``).  Per announcement, in a ``<div>``: the code row ``溆税信〔2022〕4号　｜
  A级 4 户`` (neither: its doc number is metadata, the count is not; no ordinal), the ``<h4>``
  title ``桐溆县税务局关于公布2021年度纳税信用A级纳税人名单的公告`` (the title and the piece's
  first content line), the lead paragraph, three to six taxpayer lines ``1．柘岭精工纺织有限公司
  纳税人识别号：91…`` (content: the list IS the announcement), the incentive paragraph, the
  objection paragraph and ``咨询电话：0739-86…（X税务局纳税服务股）`` (content), then the
  sign-off ``桐溆县税务局　2022年3月4日`` (metadata, neither).  Chrome at the end: ``相关链接``
  and three titles (``related``), ``【打印本页】　【关闭窗口】　【返回顶部】`` (``bar``), the
  sponsor-address-hotline line and the ICP-and-site-code line (``footer``).  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) in one announcement on pages 0, 2, 3, 5
  and 6; no page breaks.  Meta per announcement: issuer (the district bureau of the sign-off,
  not the province site), doc_number (the code row's ``溆税信〔2022〕4号``), published (the
  sign-off's day; not the page's 更新日期; the rated year, the one before, is content).
* ``sealed_yy_changguan`` ('岫阳市体育中心' 场馆服务平台 › 公告栏, plain text, UTF-8 with BOM,
  CRLF; every page a compilation of 2, 3, 4, 3, 2, 3, 4, 2 notices of one month, newest
  first): ``岫阳市体育中心　场馆服务平台　［打印预览］``, ``当前位置：公告栏 ＞ 开放与预约`` and
  ``2022年3月场馆公告　共3则　　生成时间：2022-03-24 15:37`` (the day after the newest notice, at
  most the 28th; all ``header``), the ``预约成功后请按时入场……暂停预约资格三十天。`` line
  (``notice``).  Per notice, after a blank line and with NO ordinal: the stamp ``▣ 生效中``
  / ``▨ 已结束`` / ``◇ 待生效`` (the last when the change takes effect after the preview was
  made; neither),
  the bare title ``关于篮球馆周末场地使用安排的公告`` or ``…的通知`` (the title and the
  notice's first content line), the scope line ``适用场馆：篮球馆　　生效日期：2022年4月1日``
  (content: the effective day is not the date), the why-and-what paragraph, the booking
  paragraph, the safety paragraph and ``服务台电话：…　　服务时间：每日8:00—21:30`` (content),
  then ``—— 会员服务部　2022-03-23 发布`` (metadata, neither).  Page breaks: the preview's mark
  ``▁▁▁　打印预览　第2页／共3页　▁▁▁`` (``page_number``) cuts a paragraph between two CJK
  letters in one notice on pages 1, 4 and 6.  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` (by turns) in another notice on pages 0, 2, 3, 5 and 7.  Chrome at the end:
  ``往期公告：…月场馆公告　｜　各场馆开放时间一览表`` (``related``), ``[打印]　[另存为PDF]
  [关闭预览]`` (``bar``), the address-and-hotline line and the ``© …　技术支持：…　岫ICP备…``
  line (``footer``).  Meta per notice: issuer (the department of the closing row), published
  (its posting day, not the 生效日期 and not the 生成时间).
* ``sealed_yy_shouyao`` ('沅江省农业农村厅' 兽医兽药 › 兽药召回, HTML, UTF-8 without BOM declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=utf-8">``, LF; every page a
  compilation of 2, 4, 3, 2, 5, 3, 2, 4 recalls of one quarter, oldest first): ``<title>`` =
  ``X_兽医兽药_沅江省农业农村厅``; the logo line ``沅江省农业农村厅　YUANJIANG AGRICULTURE AND
  RURAL AFFAIRS``, the ``　``-parted nav row, ``首页 >> 兽医兽药 >> 兽药召回``, the ``<h2>``
  ``2024年第四季度兽药产品召回信息`` and ``来源：畜牧兽医处　　发布时间：2025-01-03　　阅读：N``
  (a few days after the quarter; all ``header``).  Per recall, with no wrapper, no rule, no
  ordinal and no tag: the ``<h5>`` title ``栖霞康禾兽药厂主动召回批号为240821的氟苯尼考粉`` (the
  title and the recall's first content line; the only mark of a new piece is the heading
  level), ``产品名称：…　　规格：…　　批号：240821``, the reason paragraph, ``召回级别：…　　召回
  范围：…``, the request paragraph and ``企业联系人：X　　联系电话：…`` (all content; labels
  kept), then the seal row ``召回企业：栖霞康禾兽药厂（盖章）　　2024年10月9日`` (metadata,
  neither).  Chrome at the end: the ``以上召回信息由生产企业报送……`` line (``notice``),
  ``相关信息`` and three titles (``related``), ``分享到：微信　微博　QQ空间　　【打印】【关闭】``
  (``bar``), the sponsor-address line and the ICP-and-site-code line (``footer``).  Damage:
  one kind in one recall on pages 0, 1, 3, 5 and 6; no page breaks.  Meta per recall: origin
  (the recalling firm of the seal row, which the title also names; not the department nor
  the 畜牧兽医处), published (the seal row's day; not the page's 发布时间, not the batch
  number's date).
* ``sealed_yy_xuequ`` ('汀湖区教育局' 政务公开 › 学区划分, plain text, UTF-16 with BOM, LF; single
  plans, one school year each, 2017 to 2024): ``汀湖区教育局　政务公开　打印本页`` and
  ``您当前的位置：首页 > 政务公开 > 招生入学 > 学区划分`` (``header``), the ``温馨提示：本页面为
  打印版式，附件请返回原网页下载。`` line (``notice``), then between blank lines the bare
  title ``汀湖区2018年义务教育阶段公办初中学区划分方案``.  The text, ONE article with the
  title: the lead paragraph, ``一、划分原则`` (content) and a paragraph, ``二、学区范围`` and three
  to five zone lines ``（一）青柳中学：东至汀江东路，南至…，西至…，北至…。`` (content),
  ``三、有关要求`` and two paragraphs, ``咨询电话：…（区教育局基础教育科）`` (content).  The
  metadata stands INSIDE the text: on even pages the row ``◇发文机关：汀湖区教育局　◇文号：
  汀教发〔2017〕33号　◇成文日期：2017年6月11日`` right after the lead paragraph, on odd pages the
  sentence ``（本方案由汀湖区教育局于2018年6月19日印发，文号汀教发〔2018〕39号。）`` after the
  zone lines, before ``三、有关要求`` (both metadata, neither; no sign-off at the end).  Page
  breaks: ``〈 2 / 3 〉`` (``page_number``) cuts a paragraph between two CJK letters on pages
  1, 4 and 6; damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) on pages 0,
  2, 3, 5 and 7.  Chrome at the end: ``相关文件：…实施意见`` (``related``), ``【打印本页】
  【关闭窗口】`` (``bar``), the address line and the copyright-and-ICP line (``footer``).
  Meta: issuer (发文机关), doc_number (the 文号), published (the 成文日期).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable and fixed
here: a tax announcement starts at its code row (neither, though only its doc number is
metadata), its taxpayer lines with their identifier numbers are content and its one-line
sign-off is metadata (issuer = the district bureau); a venue notice's stamp is neither, its
``适用场馆…生效日期`` line is content (the effective day is not the published date) and its
``—— dept　date 发布`` row metadata (issuer = the department); a recall is told apart only by
its ``<h5>`` heading, its labelled product / level / contact lines are content and its
``（盖章）`` seal row metadata (origin = the firm, published = the seal's day, not the page's);
a zone plan's metadata row or sentence in the middle of the text is neither, even the odd
pages' parenthesised sentence that reads like prose.  Compiled pages: every ``xinyong``,
``changguan`` and ``shouyao`` page; ``xuequ`` pages are single plans.  ``python -m
tests.families.blind_families_yy`` (seed base 7700) rewrites them and checks the truth
against the pages.

Figures (per family, F1 / residue / titles / counts / repairs / metadata).  Written blind in
session 33 and measured blind at main ``0287a805``: changguan .877/.045/1/1/.75/0, shouyao
.924/0/1/1/1/0, xinyong .957/0/.957/.875/1/.942, xuequ .949/.136/1/1/1/.5.  Then yyfix
tuned on them: changguan 1/0/1/1/1/.5, shouyao, xinyong and xuequ 1/0/1/1/1/1.  Left
open: changguan's desk under a post stamp (``—— 某部　date 发布``), the issuer here and the
origin in yd_yanchu's truth and in the code (docs/truth_conventions.md).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yy_text import (
    CG_ITEMS,
    CG_SITE,
    SY_DRUGS,
    SY_FIRMS,
    SY_SITE,
    XQ_AREA,
    XQ_ORG,
    XY_AREAS,
    XY_SITE,
    GenYY,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def odd(pages: tuple[int, ...], i: int) -> list[str]:
    """The artifact kind of the ``n``-th damaged page: the three kinds by turns."""
    return [ODD[pages.index(i) % 3]]


def ymd(a: Art) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.meta["published"].split("-"))
    return y, m, d


# -- 1. the A-grade taxpayer lists (a compilation, HTML, GB18030 undeclared) -------------------

XY_N = [3, 2, 4, 3, 2, 4, 3, 2]
XY_HURT = (0, 2, 3, 5, 6)


def fam_xinyong(g: GenYY, i: int) -> Made:
    """'澜屿省税务局' A级纳税人名单公告汇编, one month's district lists per page, oldest first;
    HTML in GB18030 with no charset declaration."""
    r = g.r
    k = XY_N[i]
    g.month(k, newest_first=False)
    areas = r.sample(XY_AREAS, k)
    first = g.days[0][0]
    arts = [g.rating(ar, short, first - 1) for ar, short in areas]
    y, m, last = ymd(arts[-1])
    if i in XY_HURT:
        damage(g, arts[r.randrange(k)], odd(XY_HURT, i))
    name = f"{y - 1}年度纳税信用A级纳税人名单公告汇编（{y}年{m}月）"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw(f"<title>{name}_信用建设_{XY_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/res/css/tax_main.css">', "</head>", "<body>")
    h.el("div", f"{XY_SITE}　LANYU PROVINCIAL TAX SERVICE", "top", "header")
    h.links(
        "header",
        ["首页", "税收新闻", "政策文件", "纳税服务", "信用建设", "互动交流"],
        " | ",
        "menu",
    )
    h.el("div", "您所在的位置：首页 → 纳税服务 → 信用建设 → A级名单", "pos", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"汇编：纳税服务处　　更新日期：{y}-{m:02d}-{last:02d}　　【字体：大 中 小】",
        "info",
        "header",
    )
    h.el(
        "p",
        "名单依据纳税人自评及主管税务机关复评结果确定，仅供社会公众查询参考，不作为其他用途的证明。",
        "tip",
        "notice",
    )
    for a in arts:
        ay, am, ad = ymd(a)
        rows = sum(1 for x in a.lines if "纳税人识别号" in x)
        h.raw('<div class="gg">')
        h.el("div", f"{a.meta['doc_number']}　｜　A级 {rows} 户", "wh")
        h.el("h4", a.title)
        h.body(a)
        h.el("p", f"{a.meta['issuer']}　{ay}年{am}月{ad}日", "qm")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("h4", "相关链接", "", "related")
    h.items(
        "related",
        [
            f"{y - 2}年度纳税信用A级纳税人名单公告汇编",
            "纳税信用评价结果查询操作指引",
            "纳税信用修复申请须知",
        ],
        "rel",
    )
    h.el("div", "【打印本页】　【关闭窗口】　【返回顶部】", "tools", "bar")
    h.el(
        "p",
        f"主办：{XY_SITE}　地址：澜屿市解放西路{r.randint(10, 300)}号　纳税服务热线：12366",
        "",
        "footer",
    )
    h.el(
        "p",
        f"澜ICP备0{r.randint(1000000, 9999999)}号　网站标识码：bm2901{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the sports centre's venue notices (a compilation, print view, UTF-8 with BOM) ----------

CG_N = [2, 3, 4, 3, 2, 3, 4, 2]
CG_BREAK = {1, 4, 6}
CG_HURT = (0, 2, 3, 5, 7)
CG_STAMP = ["▣ 生效中", "▣ 生效中", "▣ 生效中", "▨ 已结束"]


def fam_changguan(g: GenYY, i: int) -> Made:
    """'岫阳市体育中心' 场馆公告, one month's notices per page, newest first; UTF-8 with BOM."""
    r = g.r
    k = CG_N[i]
    g.month(k, newest_first=True)
    made = [g.venue(it) for it in r.sample(CG_ITEMS, k)]
    arts = [a for a, _ in made]
    y, m, newest = ymd(arts[0])
    made_on = datetime.date(y, m, min(newest + 1, 28))
    page_no = counter(2, 3, lambda p, t: f"▁▁▁　打印预览　第{p}页／共{t}页　▁▁▁")
    hurt = r.sample(range(k), 2)
    if i in CG_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in CG_HURT:
        damage(g, arts[hurt[1]], odd(CG_HURT, i))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{CG_SITE}　场馆服务平台　［打印预览］"),
            ("header", "当前位置：公告栏 ＞ 开放与预约"),
            (
                "header",
                f"{y}年{m}月场馆公告　共{k}则　　生成时间：{made_on.isoformat()} {g.clock()}",
            ),
            ("notice", "预约成功后请按时入场，无故爽约累计三次的，将暂停预约资格三十天。"),
        ],
    )
    for a, eff in made:
        ay, am, ad = ymd(a)
        lines.append("")
        lines.append("◇ 待生效" if eff > made_on else r.choice(CG_STAMP))
        lines.append(a.title)
        lines += a.page
        lines.append(f"—— {a.meta['issuer']}　{ay}-{am:02d}-{ad:02d} 发布")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    pm = (m - 2) % 12 + 1
    put(
        lines,
        chrome,
        [
            ("related", f"往期公告：{y - (m == 1)}年{pm}月场馆公告　｜　各场馆开放时间一览表"),
            ("bar", "[打印]　[另存为PDF]　[关闭预览]"),
            (
                "footer",
                f"{CG_SITE}　地址：岫阳市体育路{r.randint(1, 99)}号　"
                f"服务热线：0812-6600{r.randint(100, 999)}",
            ),
            (
                "footer",
                f"© {y} {CG_SITE}　技术支持：岫阳云帆信息科技　"
                f"岫ICP备1{r.randint(1000000, 9999999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the veterinary drug recall board (a compilation, HTML, UTF-8 by http-equiv) ------------

SY_N = [2, 4, 3, 2, 5, 3, 2, 4]
SY_HURT = (0, 1, 3, 5, 6)
SEASON = "一二三四"


def fam_shouyao(g: GenYY, i: int) -> Made:
    """'沅江省农业农村厅' 兽药召回信息, one quarter's recalls per page, oldest first; HTML in
    UTF-8 declared by ``http-equiv``; each recall marked by nothing but its ``<h5>``."""
    r = g.r
    k = SY_N[i]
    y, q = r.randint(2017, 2024), r.randrange(4)
    days = sorted(
        r.sample([(mo, d) for mo in range(3 * q + 1, 3 * q + 4) for d in (3, 9, 17, 24)], k)
    )
    g.days = [(y, mo, d) for mo, d in days]
    firms = [r.choice(SY_FIRMS) for _ in range(k)]
    arts = [g.recall(dr, f) for dr, f in zip(r.sample(SY_DRUGS, k), firms, strict=True)]
    if i in SY_HURT:
        damage(g, arts[r.randrange(k)], odd(SY_HURT, i))
    ny, nm = (y + 1, 1) if q == 3 else (y, 3 * q + 4)
    pub = iso(ny, nm, r.randint(2, 9))
    name = f"{y}年第{SEASON[q]}季度兽药产品召回信息"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    h.raw(f"<title>{name}_兽医兽药_{SY_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{SY_SITE}　YUANJIANG AGRICULTURE AND RURAL AFFAIRS", "logo", "header")
    h.links(
        "header",
        ["首页", "机构概况", "政务公开", "兽医兽药", "农产品质量", "办事大厅"],
        "　",
        "nav",
    )
    h.el("div", "首页 >> 兽医兽药 >> 兽药召回", "where", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"来源：畜牧兽医处　　发布时间：{pub}　　阅读：{r.randint(300, 4000)}",
        "src",
        "header",
    )
    for a in arts:
        ay, am, ad = ymd(a)
        h.el("h5", a.title)
        h.body(a)
        h.el("p", f"召回企业：{a.meta['origin']}（盖章）　　{ay}年{am}月{ad}日", "seal")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "以上召回信息由生产企业报送，本厅仅作公开发布，产品质量问题请直接与生产企业联系。",
        "note",
        "notice",
    )
    h.el("h4", "相关信息", "", "related")
    h.items(
        "related",
        ["兽药质量监督抽检结果通报", "兽药经营质量管理规范现场检查要点", "假劣兽药查处情况"],
        "more",
    )
    h.el("div", "分享到：微信　微博　QQ空间　　【打印】【关闭】", "share", "bar")
    h.el(
        "p",
        f"主办单位：{SY_SITE}　地址：沅江市农科路{r.randint(10, 200)}号　"
        f"邮编：4150{r.randint(10, 99)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"沅ICP备0{r.randint(1000000, 9999999)}号　政府网站标识码：4300000{r.randint(100, 999)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the enrollment-zone plans (single, print view, UTF-16) ---------------------------------

XQ_BREAK = {1, 4, 6}
XQ_HURT = (0, 2, 3, 5, 7)


def fam_xuequ(g: GenYY, i: int) -> Made:
    """'汀湖区教育局' 学区划分方案, one per page; the metadata row in the MIDDLE of the text:
    after the lead paragraph on even pages, as a parenthesised sentence after the zone lines
    on odd ones."""
    r = g.r
    year = 2017 + i
    a, lead = g.zones(year, r.choice(["小学", "初中"]))
    y, m, d = ymd(a)
    no = a.meta["doc_number"]
    if i in XQ_BREAK:
        mark = f"〈 {r.randint(2, 3)} / 3 〉"
        damage(g, a, ["page_break"], lambda: [("page_number", mark)])
    else:
        damage(g, a, odd(XQ_HURT, i))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{XQ_ORG}　政务公开　打印本页"),
            ("header", "您当前的位置：首页 > 政务公开 > 招生入学 > 学区划分"),
            ("notice", "温馨提示：本页面为打印版式，附件请返回原网页下载。"),
        ],
    )
    lines += ["", a.title, ""]
    if i % 2 == 0:
        k = 1
        row = f"◇发文机关：{XQ_ORG}　◇文号：{no}　◇成文日期：{y}年{m}月{d}日"
    else:
        k = next(j for j, x in enumerate(a.lines) if x == "三、有关要求")
        row = f"（本方案由{XQ_ORG}于{y}年{m}月{d}日印发，文号{no}。）"
    assert a.lines[0] == lead
    lines += a.page[:k]
    lines.append(row)
    lines += a.page[k:]
    a.lines = [a.title, *a.lines]
    chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"相关文件：{year}年{XQ_AREA}义务教育招生入学工作实施意见"),
            ("bar", "【打印本页】　【关闭窗口】"),
            (
                "footer",
                f"{XQ_ORG}　地址：{XQ_AREA}学府路{r.randint(2, 90)}号　"
                f"邮编：4220{r.randint(10, 99)}",
            ),
            ("footer", f"版权所有：{XQ_ORG}　汀ICP备1{r.randint(1000000, 9999999)}号"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_yy_xinyong", "sealed", "gb18030", "\r\n", 8, fam_xinyong, "html"),
    BlindFamily("sealed_yy_changguan", "sealed", "utf-8-sig", "\r\n", 8, fam_changguan),
    BlindFamily("sealed_yy_shouyao", "sealed", "utf-8", "\n", 8, fam_shouyao, "html"),
    BlindFamily("sealed_yy_xuequ", "sealed", "utf-16", "\n", 8, fam_xuequ),
]

assert len(XY_AREAS) >= 4 and len(CG_ITEMS) >= 4 and len(SY_DRUGS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=7700, gen=GenYY)
