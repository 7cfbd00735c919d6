"""Four more invented families for a forty-third blind test of the generic layer: a stock
exchange's inquiry letters in a print preview (plain text, GBK on even pages and UTF-8 with
BOM on odd ones, CRLF; every page a compilation of one week's letters, each opening with a
parenthesised-numeral row ``⑶ 岚峰股份（600317）｜年报问询`` ABOVE the title line and a
``文号`` row BELOW it), a city people's congress standing committee's gazette issues taken
from the PDF (plain text, UTF-16 with BOM, LF; every page an issue whose documents carry an
adoption parenthesis or an em-dash occasion row and a speaker row UNDER the title, PDF
folios with a running head cutting sentences), a university's undergraduate admissions
consultation board (HTML, UTF-8, LF; every page a list page of answered questions, each
opening with a ``问题编号：Q…`` row, an asker row over the question and a reply row after the
answer) and a Taiwan county health bureau's food-sampling press releases (HTML in Big5
(cp950) declared ``charset=Big5`` by ``http-equiv``, CRLF; traditional letters, ROC dates on
the page and the ISO date only in the head's ``DC.Date``).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a stock exchange's regulator desk, a people's congress gazette, an admissions
consultation board, a county health bureau's food-safety newsroom), header shapes, title
placement, metadata layout and labels, chrome wording, page marks and encoding.  On the
HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zs_wenxun`` ('澄江证券交易所', plain text, CRLF; GBK on even pages, UTF-8 with BOM
  on odd ones; every page a compilation of 3, 2, 4, 5, 2, 3, 4, 2 letters, newest first, of
  one month): ``澄江证券交易所 · 信息披露平台``, ``监管信息公开 ＞ 监管问询 ＞
  问询函件（打印预览）`` and
  ``查询条件：发函日期 2024-08-03 至 2024-08-16　　函件类型：全部　　共3件`` (``header``),
  ``以下函件内容以本所网站公布的原件为准，打印件仅供参考。`` (``notice``).  Per letter: the row
  ``⑴ 青篁纺织（603146）｜担保问询`` (``article_header``: chrome of the piece; parenthesised
  numerals ⑴…⑸, the short name, the stock code and the letter kind), the title line
  ``关于对…的问询函`` (content), UNDER it the 文号 row ``澄证公函【2024】0890号`` (metadata,
  neither), the salutation ``…股份有限公司：``, the opening paragraph, two to four items
  ``1.…。请公司：（1）…；（2）…。``, the deadline paragraph ``请你公司收到本问询函后立即披露，
  并于…之前披露…`` (a second, later date in the text) and the sign-off ``澄江证券交易所上市公司
  管理三部`` / ``二〇二四年八月十六日`` (all content, as earlier notices' sign-offs).  Letters
  are parted by a ``┈`` rule (bar).  Page breaks: the browser's print footer
  ``澄江证券交易所　问询函件打印　　2/4`` (``page_number``) cuts a paragraph between two CJK
  letters in one letter on pages 0, 2, 5 and 6.  Damage in another letter: ``comma``,
  ``zero`` (the sign-off date typed with ``○``, pages 1 and 4), ``cjk_space``, ``stray_q`` by
  page.  Chrome at the end: ``返回列表　|　打印本页　|　导出PDF`` (bar), ``相关回复公告：`` and
  one or two ``X：关于回复…问询函的公告`` lines (``related``), two footer lines (copyright with
  an ICP number; address and hotline).  Meta per letter: doc_number (the 文号), issuer (the
  signing department with the exchange's name), published (the sign-off date).
* ``sealed_zs_renda`` ('栖原市人民代表大会常务委员会公报', plain text from the PDF, UTF-16 with
  BOM, LF; every page an issue compiling 3, 2, 4, 3, 2, 4, 2, 3 documents): the gazette's
  name, ``2018年第7号（总第137号）``, ``栖原市人大常委会办公室　编印　　　　出版日期：2018年10月``,
  ``目　　录`` and one contents line per document ``title……………………（10）`` (all ``header``),
  ``本公报刊登的地方性法规、决议、决定文本为标准文本。`` (``notice``).  Three document shapes,
  each opening with its bare title line (content): a decision ``栖原市人民代表大会常务委员会关于
  …的决定`` with UNDER the title the adoption parenthesis ``（2018年10月17日栖原市第十六届人民
  代表大会常务委员会第十八次会议通过）`` (metadata, neither), a preamble ending
  ``作如下决定：``, three ``一、…。`` clauses and ``本决定自公布之日起施行。`` (content); a report
  ``关于…的报告`` with UNDER the title the occasion row ``——2018年10月16日在栖原市第十六届
  人民代表大会常务委员会第十八次会议上`` and the speaker row ``栖原市…局局长　温若曦``
  (metadata, neither), then ``主任、各位副主任、秘书长、各位委员：``, an opening and three
  ``一、`` heads each over one paragraph (content); on even pages, last, the appointment list
  ``…任免名单`` with the adoption parenthesis (neither) and ``任命：`` / ``X为…；`` / ``免去：`` /
  ``X的…职务；`` lines (content).  Reports are dated the session's first day, decisions and
  lists the next day.  Page breaks: the PDF folio with its running head ``11　　栖原市人民代表
  大会常务委员会公报　2018年第7号`` (``page_number``, one line) cuts a clause or paragraph
  between two CJK letters on pages 1, 3, 4 and 6.  Damage: ``cjk_space``, a leading ``??``,
  ``comma`` or ``stray_q`` in one decision or report on pages 0, 2, 5 and 7.  Chrome at the
  end: a ``＿`` rule (bar), the editing office's address line and ``栖原人大网　www.qyrd.gov.cn
  （内部资料　免费交流）`` (``footer``).  Meta per document: published; issuer (the term's
  standing committee, from the adoption parenthesis) for decisions and lists, author (the
  speaker's name, not the post) for reports.
* ``sealed_zs_zhaosheng`` ('澜川大学本科招生网' 在线咨询, HTML, UTF-8 declared ``<meta
  charset="utf-8">``, LF; every page a list page of 4, 3, 5, 2, 4, 3, 5, 2 answered
  questions, newest first, of one month): ``<title>`` = ``在线咨询（第2页）_澜川大学本科招生网``;
  the logo, a `` | `` nav row and ``您在这里：首页 / 在线咨询 / 问题列表`` (``header``), the
  ``温馨提示：提问前请先查阅《…本科招生章程》……`` line (``notice``), the category row
  ``我要提问　全部　录取查询　…`` (bar).  Per question: ``问题编号：Q220420-7263　｜　专业选择
  ｜　已回复`` (``article_header``; the number carries the ASK date), the subject in an ``<h4>``
  (the title; content), ``提问人：广西考生　提问时间：2022-04-20 21:46`` (metadata, neither),
  ``问：…`` and ``答：您好！…`` and a closing paragraph (content), ``回复人：本科招生办公室
  回复时间：2022-04-21 10:25`` (metadata, neither) and ``有帮助（N）　没帮助（N）`` (bar).
  Chrome at the end: the pager ``首页　上一页　2　下一页　尾页　第2页/共38页``
  (``page_number``), ``热门问题`` and three questions (``related``), two footer lines (address
  and phone; copyright and ICP number).  Damage: one kind in one answer on pages 1, 2, 4, 6
  and 7.  Meta per question: published (the REPLY date, not the asking date), origin (the
  replying office), author (the asker's name).
* ``sealed_zs_choujian`` ('苓州縣政府衛生局' 新聞稿, HTML in Big5 (cp950) declared ``<meta
  http-equiv="content-type" content="text/html;charset=Big5">``, CRLF; traditional letters):
  ``<title>`` = ``X-新聞稿-苓州縣政府衛生局``, ``<meta name="DC.Date" content="2022-06-05">``;
  the accesskey mark ``:::`` (twice), ``苓州縣政府衛生局　Lingzhou County Public Health Bureau``,
  a ``｜`` nav row and ``首頁 > 最新消息 > 新聞稿`` (``header``).  Even pages: the ``<h2>``
  title OVER ``發布日期：111-06-05　｜　發布單位：疾病管制科　｜　點閱次數：N`` (metadata,
  neither; ROC date); odd pages: a ``<ul>`` of ``發布單位：…`` / ``發布日期：111-01-08``
  (metadata, neither) ABOVE the title in a plain ``<div>``.  Five paragraphs (content) are ONE
  article with the title.  Chrome: ``相關附件：`` and a ``.pdf`` and an ``.odt`` file line
  (``related``), ``列印　｜　轉寄　｜　回上一頁　｜　分享至 Facebook　LINE`` and ``瀏覽人次：N　｜
  資料維護：…`` (bar), the reference-only notice (``notice``), ``更多新聞稿`` and three titles
  (``related``), two footer lines (address and switchboard; service hours and browsers).
  Damage: ``cjk_space``, ``stray_q`` or ``comma`` on pages 0, 2, 3, 5 and 7.  Meta:
  published (the ROC date on the page; ISO only in the head), origin (the issuing section).

Truth as :mod:`tests.families.blind_families_zr`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's page head is chrome
of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: every title
line is a content line of its piece (the inquiry letter's, the gazette document's, the
question's subject, the release's); an inquiry letter's ``⑴`` row and a question's
``问题编号`` row are ``article_header`` chrome, the letter's 文号 row metadata and its
sign-off content; a letter's published date is its sign-off, not the deadline inside the
text; a gazette document's adoption parenthesis, occasion row and speaker row are metadata
(not content), its contents lines ``header``; an appointment list is a piece of its own; a
question and its answer are ONE piece whose date is the reply's; a Taiwan release's date is
read from the ROC date (the ISO form stands only in the head).  Compiled pages: every
``wenxun``, ``renda`` and ``zhaosheng`` page; ``choujian`` pages are single documents.
``python -m tests.families.blind_families_zs`` (seed base 4500) rewrites them and checks the
truth against the pages.

Measured blind once at 44f0133 (the session-17 start code), chrome_bench --sealed, F1 / residue /
titles / counts / repairs / meta: means .867/.241/.250/.250/.812/.132 — choujian
.976/.044/1/1/1/.5, renda .793/.517/0/0/.5/0, wenxun .954/.167/0/0/.75/.027, zhaosheng
.747/.237/0/0/1/0.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, cn_small, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zs_text import (
    CJ_BUREAU,
    CJ_COUNTY,
    CJ_TOPICS,
    RD_BODY,
    RD_CITY,
    RD_DECISIONS,
    RD_OFFICE,
    RD_PEOPLE,
    RD_REPORTS,
    RD_TERM,
    WX_EXCHANGE,
    WX_FIRMS,
    WX_KINDS,
    ZS_ASKERS,
    ZS_HOT,
    ZS_QS,
    ZS_REPLIERS,
    ZS_SITE,
    ZS_UNI,
    GenZS,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the exchange's inquiry letters (a compilation, print view, GBK / UTF-8 with BOM) ---------

WX_N = [3, 2, 4, 5, 2, 3, 4, 2]
WX_BREAK = {0, 2, 5, 6}
WX_HURT = ["comma", "zero", "cjk_space", "stray_q", "zero", "comma", "cjk_space", "stray_q"]
PAREN = "⑴⑵⑶⑷⑸"
WX_RULE = "┈" * 30


def fam_wenxun(g: GenZS, i: int) -> Made:
    """'澄江证券交易所' inquiry letters of one week, printed; every page a compilation."""
    r = g.r
    k = WX_N[i]
    g.month(k, newest_first=True)
    firms = r.sample(WX_FIRMS, k)
    made = [g.letter(f, r.randrange(len(WX_KINDS))) for f in firms]
    arts = [a for a, _ in made]
    total = r.randint(4, 7)
    page_no = counter(2, total, lambda p, t: f"{WX_EXCHANGE}　问询函件打印　　{p}/{t}")
    hurt = r.sample(range(k), 2)
    if i in WX_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    damage(g, arts[hurt[1]], [WX_HURT[i]])
    days = sorted(a.meta["published"] for a in arts)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{WX_EXCHANGE} · 信息披露平台"),
            ("header", "监管信息公开 ＞ 监管问询 ＞ 问询函件（打印预览）"),
            ("header", f"查询条件：发函日期 {days[0]} 至 {days[-1]}　　函件类型：全部　　共{k}件"),
            ("notice", "以下函件内容以本所网站公布的原件为准，打印件仅供参考。"),
        ],
    )
    for n, ((firm, (a, tag))) in enumerate(zip(firms, made, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", WX_RULE)])
            lines.append("")
        put(lines, chrome, [("article_header", f"{PAREN[n]} {firm[1]}（{firm[2]}）｜{tag}")])
        lines.append(a.page[0])
        lines.append(a.meta["doc_number"])
        lines += a.page[1:]
        chrome += a.chrome
    lines.append("")
    y = int(days[-1][:4])
    put(
        lines,
        chrome,
        [
            ("bar", "返回列表　|　打印本页　|　导出PDF"),
            ("related", "相关回复公告："),
            *[
                ("related", f"{f[1]}：关于回复{WX_EXCHANGE}问询函的公告")
                for f in r.sample(firms, min(2, k))
            ],
            ("footer", f"Copyright(C) 2004-{y} {WX_EXCHANGE}　版权所有　澄ICP备05003721号"),
            ("footer", "地址：澄江市滨海大道1888号　投资者服务热线：400-880-6688"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the standing committee's gazette (a compilation, PDF text, UTF-16) -----------------------

RD_N = [3, 2, 4, 3, 2, 4, 2, 3]
RD_BREAK = {1, 3, 4, 6}
RD_HURT = {0: "cjk_space", 2: "stray_q_indent", 5: "comma", 7: "stray_q"}


def fam_renda(g: GenZS, i: int) -> Made:
    """'栖原市' standing committee gazette issues; every page one issue's documents."""
    r = g.r
    k = RD_N[i]
    y, m, d = g.date()
    d = min(d, 26)
    sess = cn_small(r.randint(8, 19))
    meeting = f"{RD_CITY}{RD_TERM}人民代表大会常务委员会第{sess}次会议"
    issuer = f"{RD_CITY}{RD_TERM}人民代表大会常务委员会"
    adopted = f"（{y}年{m}月{d + 1}日{meeting}通过）"
    with_roster = i % 2 == 0
    n_rep = r.randint(1, k - 1)
    n_dec = k - n_rep - (1 if with_roster else 0)
    pieces: list[tuple[object, ...]] = []
    for j in r.sample(range(len(RD_DECISIONS)), n_dec):
        a = g.decision(j)
        a.meta = {"published": f"{y:04d}-{m:02d}-{d + 1:02d}", "issuer": issuer}
        pieces.append((a, [adopted]))
    for j in r.sample(range(len(RD_REPORTS)), n_rep):
        a = g.report(j, y - 1)
        who = r.choice(RD_PEOPLE)
        rows = [f"——{y}年{m}月{d}日在{meeting}上", f"{RD_REPORTS[j][1]}　{who}"]
        a.meta = {"published": f"{y:04d}-{m:02d}-{d:02d}", "author": who}
        pieces.append((a, rows))
    if with_roster:
        a = g.roster()
        a.meta = {"published": f"{y:04d}-{m:02d}-{d + 1:02d}", "issuer": issuer}
        pieces.append((a, [adopted]))
    arts = [p[0] for p in pieces]
    no = r.randint(2, 9)
    first = r.randint(3, 20)
    page_no = counter(first + 1, first + 12, lambda p, t: f"{p}　　{RD_BODY}公报　{y}年第{no}号")
    body = [n for n, a in enumerate(arts) if not a.title.endswith("任免名单")]
    spots = r.sample(body, 2) if len(body) > 1 else body * 2
    if i in RD_BREAK:
        damage(g, arts[spots[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in RD_HURT:
        damage(g, arts[spots[1]], [RD_HURT[i]])
    lines: list[str] = []
    chrome: Chrome = []
    toc = []
    pg = first
    for a in arts:
        toc.append(("header", f"{a.title}{'…' * 8}（{pg}）"))
        pg += r.randint(1, 4)
    put(
        lines,
        chrome,
        [
            ("header", f"{RD_BODY}公报"),
            ("header", f"{y}年第{no}号（总第{r.randint(90, 180)}号）"),
            ("header", f"{RD_OFFICE}　编印　　　　出版日期：{y}年{m}月"),
            ("header", "目　　录"),
            *toc,
            ("notice", "本公报刊登的地方性法规、决议、决定文本为标准文本。"),
        ],
    )
    for a, rows in pieces:
        lines.append("")
        lines.append(a.page[0])
        lines += rows
        lines += a.page[1:]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", "＿" * 24),
            ("footer", f"编辑出版：{RD_OFFICE}　　地址：{RD_CITY}政通路1号　　邮编：51{no}300"),
            ("footer", "栖原人大网　www.qyrd.gov.cn　　（内部资料　免费交流）"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the admissions Q&A board (a compilation, HTML, UTF-8) -----------------------------------

ZS_N = [4, 3, 5, 2, 4, 3, 5, 2]
ZS_HURT = {1: "comma", 2: "cjk_space", 4: "stray_q", 6: "comma", 7: "cjk_space"}


def fam_zhaosheng(g: GenZS, i: int) -> Made:
    """'澜川大学' admissions consultation board pages; every page several answered questions."""
    r = g.r
    k = ZS_N[i]
    g.month(k, newest_first=True)
    qs = r.sample(ZS_QS, k)
    askers = r.sample(ZS_ASKERS, k)
    arts = [g.answer(q, who, r.choice(ZS_REPLIERS)) for q, who in zip(qs, askers, strict=True)]
    if i in ZS_HURT:
        damage(g, arts[r.randrange(k)], [ZS_HURT[i]])
    p = r.randint(2, 30)
    y = ymd(arts[0])[0]
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>在线咨询（第{p}页）_{ZS_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{ZS_SITE}", "logo", "header")
    nav = ["首页", "招生章程", "招生计划", "历年分数", "专业介绍", "在线咨询", "联系我们"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "您在这里：首页 / 在线咨询 / 问题列表", "crumb", "header")
    h.el(
        "div",
        f"温馨提示：提问前请先查阅《{y}年本科招生章程》，相同问题不再重复回复，"
        "涉及个人信息的问题请拨打咨询电话。",
        "tip",
        "notice",
    )
    cats = ["我要提问", "全部", "录取查询", "专业选择", "招生政策", "收费资助", "校园生活"]
    h.links("bar", cats, "　", "cats")
    for q, a in zip(qs, arts, strict=True):
        ry, rm, rd = ymd(a)
        ad = max(1, rd - r.randint(0, 3))
        h.raw('<div class="qa">')
        h.el(
            "div",
            f"问题编号：Q{ry % 100:02d}{rm:02d}{ad:02d}-{r.randint(100, 9999):04d}"
            f"　｜　{q[0]}　｜　已回复",
            "qno",
            "article_header",
        )
        h.el("h4", a.title, "qt")
        h.el(
            "div",
            f"提问人：{a.meta['author']}　提问时间：{ry}-{rm:02d}-{ad:02d} {g.clock()}",
            "ask",
        )
        h.body(a)
        h.el(
            "div",
            f"回复人：{a.meta['origin']}　回复时间：{a.meta['published']} {g.clock()}",
            "reply",
        )
        h.el("div", f"有帮助（{r.randint(0, 80)}）　没帮助（{r.randint(0, 9)}）", "vote", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    t = p + r.randint(3, 40)
    h.el("div", f"首页　上一页　{p}　下一页　尾页　第{p}页/共{t}页", "pager", "page_number")
    h.el("h4", "热门问题", "hot-t", "related")
    h.items("related", r.sample(ZS_HOT, 3), "hot")
    h.el(
        "p",
        f"{ZS_UNI}本科招生办公室　地址：澜川市学府路66号　"
        f"咨询电话：0771-668{r.randint(10000, 99999)}",
        "",
        "footer",
    )
    h.el("p", f"Copyright © 2008-{y} {ZS_UNI}　澜ICP备05011223号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the health bureau's press releases (HTML, Big5) -----------------------------------------

CJ_HURT = {0: "cjk_space", 2: "stray_q", 3: "comma", 5: "cjk_space", 7: "stray_q"}


def fam_choujian(g: GenZS, i: int) -> Made:
    """'苓州縣政府衛生局' food-sampling press releases, HTML in Big5; single documents."""
    r = g.r
    a = g.release(i)
    if i in CJ_HURT:
        damage(g, a, [CJ_HURT[i]])
    y, m, d = ymd(a)
    roc = f"{y - 1911}-{m:02d}-{d:02d}"
    unit = a.meta["origin"]
    seen = r.randint(150, 6000)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-Hant-TW">', "<head>")
    h.raw('<meta http-equiv="content-type" content="text/html;charset=Big5">')
    h.raw(f"<title>{a.title}-新聞稿-{CJ_BUREAU}</title>")
    h.raw(f'<meta name="DC.Date" content="{a.meta["published"]}">', "</head>", "<body>")
    h.el("div", ":::", "acc", "header")
    h.el("div", f"{CJ_BUREAU}　Lingzhou County Public Health Bureau", "logo", "header")
    h.links("header", ["回首頁", "網站導覽", "English", "雙語詞彙", "RSS"], "｜", "topnav")
    h.el("div", "首頁 > 最新消息 > 新聞稿", "path", "header")
    h.el("div", ":::", "acc", "header")
    if i % 2 == 0:
        h.el("h2", a.title)
        h.el("div", f"發布日期：{roc}　｜　發布單位：{unit}　｜　點閱次數：{seen}", "info")
    else:
        h.raw('<ul class="info">')
        h.el("li", f"發布單位：{unit}")
        h.el("li", f"發布日期：{roc}")
        h.raw("</ul>")
        h.el("div", a.title, "ptitle")
    h.raw('<div class="cp">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    food = CJ_TOPICS[i][0]
    h.el("div", "相關附件：", "att", "related")
    h.items(
        "related",
        [f"{food}抽驗結果一覽表.pdf（{r.randint(80, 900)}KB）", f"{food}抽驗結果一覽表.odt"],
        "files",
    )
    h.el("div", "列印　｜　轉寄　｜　回上一頁　｜　分享至 Facebook　LINE", "tools", "bar")
    h.el("div", f"瀏覽人次：{seen + r.randint(1, 90)}　｜　資料維護：{unit}", "stat", "bar")
    h.el("p", "本網站所提供之新聞稿僅供參考，如有疑義以本局正式公告為準。", "disc", "notice")
    others = [f"{CJ_COUNTY}衛生局公布{x[0]}抽驗結果" for n, x in enumerate(CJ_TOPICS) if n != i]
    h.el("h4", "更多新聞稿", "", "related")
    h.items("related", r.sample(others, 3), "more")
    h.el(
        "p",
        f"{CJ_BUREAU}　地址：{CJ_COUNTY}苓東市中山路一段{r.randint(2, 300)}號　"
        f"總機：（08）732-{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        "服務時間：週一至週五 上午8時至下午5時30分　建議使用 Chrome、Edge 最新版瀏覽器",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily(
        "sealed_zs_wenxun", "sealed", "gbk", "\r\n", 8, fam_wenxun, "txt", ("gbk", "utf-8-sig")
    ),
    BlindFamily("sealed_zs_renda", "sealed", "utf-16", "\n", 8, fam_renda),
    BlindFamily("sealed_zs_zhaosheng", "sealed", "utf-8", "\n", 8, fam_zhaosheng, "html"),
    BlindFamily("sealed_zs_choujian", "sealed", "cp950", "\r\n", 8, fam_choujian, "html"),
]

assert len(CJ_TOPICS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4500, gen=GenZS)
