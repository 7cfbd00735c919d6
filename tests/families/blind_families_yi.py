"""Four more invented families for a blind test of the generic layer (set ``yi``): a district
court's weekly hearing schedules in a print preview (plain text, CRLF, GB18030 on even pages
and UTF-16 with BOM on odd ones; every page next week's hearings, each under a time-slot row
``▷ 06-12 周一 09:30　┊　第三审判庭　┊　简易程序`` ABOVE the bare case title and a case-number
row BELOW it, the preview's ``—— 岚山法院开庭排期　第2页／共3页 ——`` cutting sentences), a
district education bureau's compiled primary-school admission brochures (HTML, UTF-8 without
BOM declared by ``http-equiv``, CRLF; every page one catchment zone's schools, each under a
``〔公办〕学校代码 CC0417　／　第三片区　／　序2`` row ABOVE its ``<h3>`` title and closed by a
``（信息报送：…　审核：…）`` row and a ``▲ 返回本片区目录`` link), an online pharmacy's product
pages carrying the package insert (HTML in GBK declared by ``http-equiv``, LF; the product
``<h1>`` over a label/value ``<table>`` on even pages, under a class-badge row and over a
``<ul>`` on odd ones; the insert's ``【label】`` lines) and a Taiwan new-home portal's project
news feeds in a print view (plain text, Big5 (cp950), CRLF; traditional letters; every page
one project's posts, newest first, each under a ``▎動態 No.7　─　工程進度　─　2017/6/21`` row
ABOVE the bare title and a ``發布：X（…接待中心）　｜　瀏覽 N 次`` row BELOW it, a
``讚 N　｜　留言 N　｜　分享`` bar after each, a ``好宅網‧列印頁　3／3`` mark cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  The four site kinds each have an earlier
cousin (``sealed_t_kaiting``: one court's announcements as single pages and list pages with a
``〔date〕case`` row under an ``<h3>``; ``sealed_zs_zhaosheng`` / ``sealed_u_yanzhao``: a
university's admissions; ``sealed_y_shuoming``: a leaflet database's bare ``X说明书`` text
pages; ``sealed_zi_zufang``: a rental listing); these differ from them, and from every other
family here, in page shape (a print preview of a week's schedule, a zone's brochure
compilation, a shop page with the insert under a product card, a project's news feed),
per-piece header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yi_paiqi`` ('澄水市岚山区人民法院' 开庭排期公告, plain text, CRLF, GB18030 on even pages
  and UTF-16 with BOM on odd ones; every page a compilation of 3, 4, 2, 5, 3, 4, 2, 3 hearings of
  the next week (at least three days after posting), in hearing order):
  ``岚山区人民法院诉讼服务网　｜　打印预览``, ``审判流程公开 ＞ 开庭公告 ＞ 排期公告``, the
  schedule's head ``开庭排期公告（2022年10月17日至10月21日）`` and ``公告日期：2022-10-14
  发布部门：立案庭　　共4件`` (all ``header``), the ``依照《中华人民共和国民事诉讼法》……
  以当日庭审公告为准。`` line (``notice``).  Per hearing (parted by blank lines only): the slot row
  ``▷ 10-19 周三 14:30　┊　第五审判庭　┊　普通程序`` (neither: time, room and procedure, no metadata
  key), the bare title ``卓某某与澄水市惠通汽车租赁有限公司买卖合同纠纷`` (the parties and the
  cause; title and first content line), UNDER it ``案号（2022）澄0105民初6011号　·　承办法官
  骆永强`` (metadata, neither), then four content lines: the hearing sentence
  ``本院定于2022年10月19日下午2时30分在本院第五审判庭依法公开开庭审理原告…与被告……一案。``, the
  claim ``原告诉称，……，并由被告承担本案诉讼费用。``, the bench line ``本案适用……程序，由审判员X
  独任审理／担任审判长……，书记员Y担任法庭记录。`` and the gallery line ``旁听人员请于开庭前二十分钟
  ……。``.  Page breaks: ``—— 岚山法院开庭排期　第2页／共3页 ——`` (``page_number``) cuts a paragraph
  between two CJK letters in one hearing on pages 1, 4 and 6.  Damage: one of ``cjk_space`` /
  ``comma`` / ``stray_q`` in another hearing on pages 0, 2, 3, 5 and 7.  Chrome at the end:
  ``上周排期：…至…　｜　历史排期查询`` (``related``), ``【打印】　【导出Excel】　【关闭】``
  (``bar``), the address-and-12368 line and the copyright-and-support line (``footer``). Meta per
  hearing: doc_number (the 案号), published (the schedule's 公告日期: NOT the hearing day in the
  slot row and the text).
* ``sealed_yi_ruxue`` ('澄川区教育局' 公办小学一年级招生简章汇编, HTML, UTF-8 without BOM declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=utf-8">``, CRLF; every page a
  compilation of 3, 2, 4, 3, 5, 2, 4, 3 schools of one 片区):
  ``<title>`` = ``name_招生入学_澄川区教育局``; the logo ``澄川区教育局　CHENGCHUAN EDUCATION
  BUREAU``, a ``　``-parted nav row, ``首页 › 招生入学 › 小学招生``, the ``<h1>``
  ``澄川区2022年公办小学一年级招生简章汇编（第二片区）`` and
  ``发布机构：澄川区教育局基础教育科　　发布日期：2022年5月1日　　字号：大 中 小`` (all ``header``),
  the address-change line ``各校招生范围以本简章公布的为准……核定的信息为准。`` (``notice``), the
  zone's school list ``本片区学校：A　B`` (``header``).  Per school: the tag row ``〔公办〕学校代码
  CC0139　／　第二片区　／　序1`` (neither), the ``<h3>`` title
  ``澄川区实验小学2022年一年级招生简章`` (title and first content line), six labelled lines
  ``招生计划：…`` / ``招生范围：…`` / ``报名方式：…`` / ``材料审核：…`` / ``特别提醒：…`` /
  ``咨询电话：…（工作日8:30—17:00）`` (content; the labels stay), then ``（信息报送：X小学校长办公室
  审核：Y）`` (metadata, neither) and ``▲ 返回本片区目录`` (``bar``, after every school). Chrome at
  the end: ``附件：…招生范围一览表.xlsx`` (``related``), ``【打印本页】　【关闭窗口】`` (``bar``),
  ``上一篇：…`` / ``下一篇：…`` (``related``), the sponsor-address-phone line and the
  site-code-and-ICP line (``footer``).  Damage: one kind in one school on pages 0, 1, 3, 4 and 6; no
  page breaks.  Meta per school: origin (the school, named in its 信息报送 row), published (the
  compilation's 发布日期, printed only in the Chinese form in the header row).
* ``sealed_yi_yaofang`` ('岚康大药房网' product pages, HTML in GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gbk">``, LF; single pages): ``<title>`` =
  ``title价格_说明书_作用_岚康大药房网``; the logo row, a `` | `` nav row (``header``), the search
  row ``搜索药品、症状或品牌　热搜：…`` (``bar``), ``首页 > 中西药品 > 化学药品 > name``
  (``header``).  Odd pages: a class badge ``OTC乙类　｜　医保甲类　｜　中成药`` (neither) ABOVE the
  ``<h1>``.  The ``<h1>`` title is the product as the shop names it, brand, common name and pack:
  ``华康 枇杷止咳颗粒 3g×12袋/盒`` (spaces and all).  UNDER it on even pages a ``<table>`` whose
  every cell is its own visible line (``通用名称`` / name / ``批准文号`` / ``国药准字H20105569`` /
  ``生产企业`` / maker / ``规　　格`` / ``0.3g`` / ``上架时间`` / ``2021-03-09``), on odd pages a
  ``<ul>`` ``批准文号：…`` / ``生产企业：…`` / ``商品编号：LK…`` (neither).  Then the price row
  ``￥50.62　市场价 ￥60.74　已售 116 件``, ``数量：1　加入购物车 立即购买`` and the tab row
  ``商品详情　说明书　用户评价（25）　药师问答`` (all ``bar``).  The insert is ONE article with the
  title: the reading line ``请仔细阅读说明书并按说明使用……``, ``【核准日期】2009年5月7日``,
  ``【修改日期】2023年9月13日``, ``【药品名称】通用名称：…`` and the ``【成份】`` … ``【执行标准】``
  lines, ``【批准文号】…`` and ``【生产企业】maker　地址：… 电话：…`` (content, each ``【label】``
  with its value on one line).  Chrome after it: ``药师提示：……请及时停药并就医。`` (``notice``),
  ``看了又看`` and three drug names (``related``), the licence line and the copyright-and-ICP line
  (``footer``).  Damage: one kind on pages 0, 2, 3, 5 and 6 (in a 不良反应 / 注意事项 / 相互作用
  line).  Meta: published (the insert's 修改日期, not the 核准日期 and not the shop's 上架时间),
  doc_number (批准文号), issuer (the maker).
* ``sealed_yi_jianan`` ('好宅網' 建案動態, plain text, Big5 (cp950), CRLF; traditional letters;
  every page a compilation of 3, 2, 4, 3, 2, 5, 3, 4 posts of one project, newest first, of one
  month): ``好宅網　新建案｜預售屋｜中古屋｜實價登錄｜列印本頁``, ``首頁 ＞ 新建案 ＞ city ＞
  district ＞ project ＞ 建案動態``, ``project　建案動態（共9則）`` and the project card
  ``總價：1,690萬～2,980萬　｜　坪數：30～52坪　｜　建設公司：…　｜　代銷：…`` (all ``header``), the
  ``以下動態由建設公司或代銷業者提供……為準。`` line (``notice``).  Per post: ``▎動態 No.9　─
  工程進度　─　2017/12/26`` (neither; the date in it is the post's), the bare title
  ``雲川一品結構體順利封頂，預計明年第三季交屋`` (title and first content line; a comma inside),
  UNDER it ``發布：許淑惠（雲川一品接待中心）　｜　瀏覽 2117 次`` (metadata, neither), three
  paragraphs (content) and ``讚 29　｜　留言 11　｜　分享`` (``bar``, after every post).  Page
  breaks: ``好宅網‧列印頁　3／3`` (``page_number``) cuts a paragraph between two CJK letters in one
  post on pages 1, 4 and 6.  Damage: one kind in another post on pages 0, 2, 3, 5 and 7. Chrome at
  the end: ``附近建案推薦：`` and three ``‧ name　district　price起`` lines (``related``),
  ``回上頁　｜　列印　｜　分享給朋友`` (``bar``), the customer-service line and the
  disclaimer-and-copyright line (``footer``).  Meta per post: published (the No. row's date), author
  (the 發布 staff member; the centre has no key).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare and are their piece's first content line; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
metadata or neither (never ``article_header``).  Arguable and fixed here: a hearing's slot
row is neither (it holds no metadata key), its title is the parties and cause without
``一案`` or ``开庭公告``, its hearing day is not ``published`` (every hearing takes the
schedule's 公告日期), its bench and gallery lines are content and the judge has no key; a
brochure's labelled lines, the phone line included, are content, its tag row neither, its
信息报送 row metadata (origin is the school, not the bureau or the office in the row), the
zone's school list is the page's ``header`` and the ``▲ 返回本片区目录`` links are ``bar``; a
product page's title is the shop's whole ``<h1>`` (brand and pack included), its card,
badge and table cells neither, its price, cart and tab rows ``bar``, the insert's reading line
and its 核准日期 / 修改日期 lines content, ``published`` the 修改日期 (the latest approved
text); a news post's No. row is neither though ``published`` is read from it, its 發布 row
metadata, its like/comment/share row ``bar`` and the project card in the page head
``header``.  Compiled pages: every ``paiqi``, ``ruxue`` and ``jianan`` page; ``yaofang``
pages are single documents.  ``python -m tests.families.blind_families_yi`` (seed base 6100)
rewrites them and checks the truth against the pages.

Not yet measured.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yi_text import (
    JA_END,
    JA_MID,
    JA_PROJECTS,
    JA_SITE,
    JA_STAFF,
    KT_COURT,
    KT_SHORT,
    RX_BUREAU,
    RX_DEPTS,
    RX_DISTRICT,
    RX_HEADS,
    RX_SCHOOLS,
    YF_DRUGS,
    YF_MAKERS,
    YF_RELATED,
    YF_SITE,
    GenYI,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"
CN_NO = "一二三四五六七八"


# -- 1. the court's weekly hearing schedule (a compilation, print preview, GB18030 / UTF-16) ----

KT_N = [3, 4, 2, 5, 3, 4, 2, 3]
KT_BREAK = {1, 4, 6}
KT_HURT = {0, 2, 3, 5, 7}


def fam_paiqi(g: GenYI, i: int) -> Made:
    """'澄水市岚山区人民法院' 开庭排期 print preview; every page next week's hearings."""
    r = g.r
    k = KT_N[i]
    y, m, d = g.date()
    post = datetime.date(y, m, d)
    monday = post + datetime.timedelta(days=7 - post.weekday())
    if (monday - post).days < 3:  # three days' notice at the least
        monday += datetime.timedelta(days=7)
    friday = monday + datetime.timedelta(days=4)
    days = sorted(r.choices(range(5), k=k))
    made = []
    for n, off in enumerate(days):
        day = monday + datetime.timedelta(days=off)
        a, facts = g.hearing((day.year, day.month, day.day), n + i)
        a.meta["published"] = post.isoformat()
        made.append((day, facts["clock"], a, facts))
    made.sort(key=lambda x: (x[0], x[1]))
    arts = [a for _, _, a, _ in made]
    hurt = r.sample(range(k), 2)
    page_no = counter(2, r.randint(3, 4), lambda p, t: f"—— 岚山法院开庭排期　第{p}页／共{t}页 ——")
    if i in KT_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in KT_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    span = f"{monday.year}年{monday.month}月{monday.day}日至{friday.month}月{friday.day}日"
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{KT_SHORT}诉讼服务网　｜　打印预览"),
            ("header", "审判流程公开 ＞ 开庭公告 ＞ 排期公告"),
            ("header", f"开庭排期公告（{span}）"),
            ("header", f"公告日期：{post.isoformat()}　　发布部门：立案庭　　共{k}件"),
            (
                "notice",
                "依照《中华人民共和国民事诉讼法》有关规定，本院将于下列时间公开开庭审理下列案件；"
                "依法不公开审理的案件不在此列，开庭时间如有变更以当日庭审公告为准。",
            ),
        ],
    )
    for day, _, a, facts in made:
        wd = WEEK[day.weekday()]
        lines.append("")
        lines.append(
            f"▷ {day.month:02d}-{day.day:02d} 周{wd} {facts['clock']}　┊　{facts['room']}"
            f"　┊　{facts['proc']}"
        )
        lines.append(a.title)
        lines.append(f"案号{facts['case']}　·　承办法官 {facts['judge']}")
        lines += a.page
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    last = monday - datetime.timedelta(days=7)
    lf = last + datetime.timedelta(days=4)
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "related",
                f"上周排期：{last.month}月{last.day}日至{lf.month}月{lf.day}日　｜　历史排期查询",
            ),
            ("bar", "【打印】　【导出Excel】　【关闭】"),
            (
                "footer",
                f"{KT_COURT}　地址：澄水市岚山区长庚路{r.randint(20, 300)}号　诉讼服务热线：12368",
            ),
            ("footer", f"版权所有：{KT_COURT}　技术支持：澄水市法院信息技术中心"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the education bureau's admission brochures (a compilation, HTML, UTF-8) ------------------

RX_N = [3, 2, 4, 3, 5, 2, 4, 3]
RX_HURT = {0: "cjk_space", 1: "comma", 3: "stray_q", 4: "cjk_space", 6: "comma"}


def fam_ruxue(g: GenYI, i: int) -> Made:
    """'澄川区教育局' 小学一年级招生简章汇编, one catchment zone's schools per page."""
    r = g.r
    k = RX_N[i]
    y = g.date()[0]
    m = r.choice([4, 5])
    d = r.randint(1, 12)
    zone = f"第{CN_NO[i]}片区"
    schools = r.sample(RX_SCHOOLS, k)
    sign = (m, d + r.randint(5, 10))
    arts: list[Art] = [g.brochure(s, y, sign) for s in schools]
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    if i in RX_HURT:
        damage(g, arts[r.randrange(k)], [RX_HURT[i]])
    name = f"{RX_DISTRICT}{y}年公办小学一年级招生简章汇编（{zone}）"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    h.raw(f"<title>{name}_招生入学_{RX_BUREAU}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/zs.css">', "</head>", "<body>")
    h.el("div", f"{RX_BUREAU}　CHENGCHUAN EDUCATION BUREAU", "logo", "header")
    h.links(
        "header",
        ["首页", "机构概况", "政务公开", "招生入学", "教师发展", "办事服务", "互动交流"],
        "　",
        "nav",
    )
    h.el("div", "首页 › 招生入学 › 小学招生", "crumb", "header")
    h.el("h1", name, "", "header")
    h.el(
        "div",
        f"发布机构：{RX_BUREAU}基础教育科　　发布日期：{y}年{m}月{d}日　　字号：大 中 小",
        "info",
        "header",
    )
    h.el(
        "p",
        "各校招生范围以本简章公布的为准，因道路改造、门牌调整等原因产生的地址变化，"
        "以区招生服务平台核定的信息为准。",
        "tip",
        "notice",
    )
    h.el("div", "本片区学校：" + "　".join(schools), "toc", "header")
    for n, a in enumerate(arts):
        h.raw(f'<div class="school" id="s{n + 1}">')
        h.el(
            "div",
            f"〔公办〕学校代码 CC0{r.randint(100, 999)}　／　{zone}　／　序{n + 1}",
            "tag",
        )
        h.el("h3", a.title)
        h.body(a)
        h.el(
            "p",
            f"（信息报送：{a.meta['origin']}{r.choice(RX_DEPTS)}　审核：{r.choice(RX_HEADS)}）",
            "src",
        )
        h.el("div", "▲ 返回本片区目录", "top", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("div", f"附件：{RX_DISTRICT}{y}年公办小学招生范围一览表.xlsx", "att", "related")
    h.el("div", "【打印本页】　【关闭窗口】", "tool", "bar")
    h.el("div", f"上一篇：{RX_DISTRICT}{y}年义务教育阶段招生入学工作实施意见", "prev", "related")
    h.el("div", f"下一篇：{RX_DISTRICT}{y}年公办初中招生简章汇编", "next", "related")
    h.el(
        "p",
        f"主办：{RX_BUREAU}　地址：{RX_DISTRICT}文昌路{r.randint(10, 99)}号　"
        f"招生咨询：0571-8{r.randint(1000000, 9999999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"网站标识码330{r.randint(1000000, 9999999)}　浙ICP备0{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the online pharmacy's product pages (HTML, GBK) ------------------------------------------

YF_HURT = {0: "comma", 2: "cjk_space", 3: "stray_q", 5: "comma", 6: "cjk_space"}


def fam_yaofang(g: GenYI, i: int) -> Made:
    """'岚康大药房网' product pages, the package insert under the product; single pages."""
    r = g.r
    maker = YF_MAKERS[i % len(YF_MAKERS)]
    a, facts = g.insert(i, maker)
    if i in YF_HURT:
        damage(g, a, [YF_HURT[i]])
    name = facts["name"]
    kind = "中成药" if YF_DRUGS[i][3] == "Z" else "化学药品"
    up = g.date()
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>{a.title}价格_说明书_作用_{YF_SITE}</title>")
    h.raw(f"<script>var goodsId = {10017 + i};</script>", "</head>", "<body>")
    h.el("div", f"{YF_SITE}　正品保障　执业药师在线", "logo", "header")
    h.links(
        "header", ["首页", "中西药品", "医疗器械", "营养保健", "母婴用品", "药师咨询"], " | ", "nav"
    )
    h.el("div", "搜索药品、症状或品牌　热搜：退烧　过敏　腹泻　维生素", "search", "bar")
    h.el("div", f"首页 > 中西药品 > {kind} > {name}", "crumb", "header")
    if i % 2:
        h.el(
            "div",
            f"{r.choice(['OTC甲类', 'OTC乙类'])}　｜　医保{r.choice(['甲类', '乙类'])}　｜　{kind}",
            "tags",
        )
    h.el("h1", a.title)
    no = a.meta["doc_number"]
    firm = a.meta["issuer"]
    if i % 2 == 0:
        h.raw('<table class="attr">')
        for label, value in [
            ("通用名称", name),
            ("批准文号", no),
            ("生产企业", firm),
            ("规　　格", facts["size"]),
            ("上架时间", f"{up[0]}-{up[1]:02d}-{up[2]:02d}"),
        ]:
            h.raw("<tr>")
            h.el("th", label)
            h.el("td", value)
            h.raw("</tr>")
        h.raw("</table>")
    else:
        h.raw('<ul class="attr">')
        h.el("li", f"批准文号：{no}")
        h.el("li", f"生产企业：{firm}")
        h.el("li", f"商品编号：LK{r.randint(100000, 999999)}")
        h.raw("</ul>")
    price = r.randint(900, 6800) / 100
    h.el(
        "div",
        f"￥{price:.2f}　市场价 ￥{price * 1.2:.2f}　已售 {r.randint(50, 9000)} 件",
        "price",
        "bar",
    )
    h.el("div", "数量：1　加入购物车　立即购买", "buy", "bar")
    h.links(
        "bar", ["商品详情", "说明书", f"用户评价（{r.randint(3, 400)}）", "药师问答"], "　", "tabs"
    )
    h.raw('<div class="insert">')
    for x in a.page:
        h.el("p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "药师提示：请仔细阅读说明书并遵医嘱使用，用药期间如症状未缓解或出现不良反应，请及时停药并就医。",
        "tip",
        "notice",
    )
    h.el("h4", "看了又看", "", "related")
    h.items("related", r.sample(YF_RELATED, 3), "more")
    h.el(
        "p",
        f"《互联网药品信息服务资格证书》编号：（浙）-经营性-20{r.randint(15, 23)}"
        f"-00{r.randint(10, 99)}"
        f"　药品经营许可证：浙AA571{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.el("p", f"版权所有 {YF_SITE}　浙ICP备1{r.randint(1000000, 9999999)}号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the new-home portal's project news feeds (a compilation, Big5 text) ----------------------

JA_N = [3, 2, 4, 3, 2, 5, 3, 4]
JA_BREAK = {1, 4, 6}
JA_HURT = {0, 2, 3, 5, 7}


def fam_jianan(g: GenYI, i: int) -> Made:
    """'好宅網' 建案動態, every page one project's news feed, newest first."""
    r = g.r
    k = JA_N[i]
    proj, city, dist, builder, agency, price, size = JA_PROJECTS[i]
    g.month(k, newest_first=True)
    kinds = r.sample(range(8), k)
    staff = r.sample(JA_STAFF, 2)
    mids = r.sample(JA_MID, 2 * k)
    ends = r.sample(JA_END, k)
    made = [
        g.post(proj, x, staff[n % 2], [mids[2 * n], mids[2 * n + 1], ends[n]])
        for n, x in enumerate(kinds)
    ]
    arts = [a for a, _ in made]
    hurt = r.sample(range(k), 2)
    if i in JA_BREAK:
        mark = f"{JA_SITE}‧列印頁　{r.randint(2, 3)}／{r.randint(3, 4)}"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i in JA_HURT:
        damage(g, arts[hurt[1]], [ODD[(i + 2) % 3]])
    top = k + r.randint(0, 9)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{JA_SITE}　新建案｜預售屋｜中古屋｜實價登錄｜列印本頁"),
            ("header", f"首頁 ＞ 新建案 ＞ {city} ＞ {dist} ＞ {proj} ＞ 建案動態"),
            ("header", f"{proj}　建案動態（共{top}則）"),
            (
                "header",
                f"總價：{price}　｜　坪數：{size}　｜　建設公司：{builder}　｜　代銷：{agency}",
            ),
            (
                "notice",
                "以下動態由建設公司或代銷業者提供，價格、坪數及銷售狀況請以接待中心現場資料為準。",
            ),
        ],
    )
    for n, (a, kind) in enumerate(made):
        y, m, d = ymd(a)
        who = a.meta["author"]
        lines.append("")
        lines.append(f"▎動態 No.{top - n}　─　{kind}　─　{y}/{m}/{d}")
        lines.append(a.title)
        lines.append(f"發布：{who}（{proj}接待中心）　｜　瀏覽 {r.randint(60, 4000)} 次")
        lines += a.page
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(
            lines,
            chrome,
            [("bar", f"讚 {r.randint(0, 90)}　｜　留言 {r.randint(0, 12)}　｜　分享")],
        )
    others = [x for x in JA_PROJECTS if x[0] != proj]
    lines.append("")
    put(
        lines,
        chrome,
        [("related", "附近建案推薦：")]
        + [("related", f"‧ {x[0]}　{x[2]}　{x[5].split('～')[0]}起") for x in r.sample(others, 3)]
        + [
            ("bar", "回上頁　｜　列印　｜　分享給朋友"),
            (
                "footer",
                f"{JA_SITE}股份有限公司　客服專線：(02)2{r.randint(1000000, 9999999)}　"
                "服務時間：週一至週五 9:00～18:00",
            ),
            ("footer", "本網站建案資訊僅供參考，實際內容以買賣契約為準　好宅網 版權所有"),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily(
        "sealed_yi_paiqi", "sealed", "gb18030", "\r\n", 8, fam_paiqi, "txt", ("gb18030", "utf-16")
    ),
    BlindFamily("sealed_yi_ruxue", "sealed", "utf-8", "\r\n", 8, fam_ruxue, "html"),
    BlindFamily("sealed_yi_yaofang", "sealed", "gbk", "\n", 8, fam_yaofang, "html"),
    BlindFamily("sealed_yi_jianan", "sealed", "cp950", "\r\n", 8, fam_jianan),
]

assert len(YF_DRUGS) == 8 and len(JA_PROJECTS) == 8 and len(RX_SCHOOLS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6100, gen=GenYI)
