"""Four more invented families for a blind test of the generic layer (set ``ym``): a city
natural-resources bureau's monthly round-up of land-transfer result notices 出让结果公示 in a print
view (plain text, UTF-16 with BOM, CRLF; every page one month's parcels, each under a
status-and-parcel row ``〖成交〗宗地编号 CZ2023-031　　成交日期：2023-05-09`` ABOVE the bare notice
title, its label rows ``土地位置：…`` / ``成交价：…`` content, closed by ONE sign-off line
``issuer　date`` and a ``▲ 返回顶部`` link, the print view's folio cutting sentences), a Taiwan
regional volleyball association's round results 賽果 in a print view (plain text, Big5 (cp950), LF;
traditional letters; every page one round's matches, each under a scoreboard row
``港都建設　３：１　山城電力`` ABOVE the bare headline and a set-score row ``局分　25:21　23:25 …``
BELOW it, closed by a ``〔文／賽務組 X　　技術代表：Y〕`` row), a fund management company's
announcement list with every announcement unfolded 基金公告 (HTML, UTF-8 without BOM declared
``<meta charset="utf-8">``, CRLF; every page several announcements of several funds, newest first,
each under a fund chip ``代码 005816　岑华稳健增利债券A　·　分红`` ABOVE its ``<h3>`` title and a
``2023-06-12　　PDF（186KB）`` row BELOW it, the company-and-date sign-off and a ``收起全文 ▲`` fold
after its text) and a county-level city market regulator's food sampling-inspection notices
食品安全监督抽检通告 (HTML, GBK declared ``charset=gbk`` by ``http-equiv``, LF; single notices, a
government-disclosure card ``<table>`` of five ``<th>``/``<td>`` label and value lines ABOVE the
``<h1>`` on even pages, a fact row and a document-number line UNDER it on odd ones).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks, the
docs or any test but the generator files of the earlier sets) and without running the pipeline, any
test or any benchmark on them.  No earlier set has these site kinds (a land market's deal results, a
sports association's results, a fund company's disclosures, a food sampling notice board; the
nearest cousins are ``yg``'s county-games results bulletin, whose ``№02 ┃ sport ┃ event`` strip and
referee row differ from the scoreboard and set-score rows here, and ``yj``'s recall notices, a
market regulator's other column) and none of their per-piece header shapes (a status-bracket parcel
row, a scoreboard line with full-width figures, a fund code chip, a disclosure card of label and
value lines) is used by an earlier set.  On the HTML pages the truth's lines are the page's VISIBLE
text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_ym_tudi`` ('岑州市自然资源和规划局' 出让结果公示, plain text, UTF-16 with BOM, CRLF;
  every page a compilation of 3, 4, 2, 3, 5, 2, 4, 3 parcels of one month's deals, oldest first):
  ``岑州市自然资源和规划局　｜　政务公开 · 土地市场``, ``首页 ＞ 土地市场 ＞ 出让结果公示``, the
  round-up's head ``2023年5月国有建设用地使用权出让结果汇总（本月共3宗）`` and
  ``导出时间：2023-05-27 09:57`` (all ``header``), the ``以下结果以成交确认书及出让合同为准，……``
  line (``notice``).  Per parcel: the status row ``〖成交〗宗地编号 CZ2023-031　　成交日期：
  2023-05-09`` (``〖流拍〗…　　截止日期：…`` for the failed sale on pages 2, 5 and 7; neither), the
  bare title ``岑东区枫林路以北31号地块国有建设用地使用权挂牌出让结果公示`` (title and first content
  line), the label rows ``土地位置：…`` / ``出让面积：…平方米`` / ``土地用途：…　　出让年限：N年``
  / ``容积率：…`` / ``起始价：…万元　　成交价：…万元`` / ``竞得人：…`` (content; a failed sale has
  ``成交价：——`` and no 竞得人), the deal paragraph and the ``公示期为……书面反映至我局土地利用科。``
  paragraph (content), then the ONE-line sign-off ``岑州市自然资源和规划局　2023年5月10日``
  (metadata, neither) and ``▲ 返回顶部`` (``bar``, after every parcel).  Page breaks: the print
  folio ``— 岑州自然资源 · 出让结果公示 · 第2页 —`` (``page_number``) cuts a paragraph between two
  CJK letters in one parcel on pages 1, 4 and 6.  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` in another parcel on pages 0, 2, 3, 4, 5, 7.  Chrome at the end:
  ``往月汇总：4月　3月　2月　更多＞＞`` (``related``), ``【打印本页】　【关闭窗口】　【收藏】``
  (``bar``), the sponsor-and-ICP line and the address line (``footer``).  Meta per parcel: issuer
  (the bureau on the sign-off), published (the sign-off day, the day AFTER the status row's 成交日期
  / 截止日期).
* ``sealed_ym_saiguo`` ('嘉南區排球協會' 協會盃排球聯賽 賽果, plain text, Big5 (cp950), LF;
  traditional letters; every page a compilation of 4, 3, 2, 4, 3, 2, 4, 3 matches of one round):
  ``嘉南區排球協會　官方網站　（列印版）``, ``首頁 ＞ 賽事資訊 ＞ 賽果公告``, the round's head
  ``113年協會盃排球聯賽　第5輪賽果`` (ROC year) and ``比賽日期：2024/3/22（五）　地點：X`` (all
  ``header``), the ``賽果以大會紀錄台簽核之記錄表為準，……`` line (``notice``).  Per match: the
  scoreboard row ``港都建設　３：１　山城電力`` (winner first, full-width figures; neither), the
  bare headline ``港都建設擊退山城電力　取得三連勝`` (title and first content line), the set-score
  row ``局分　25:17　18:25　25:15　25:15`` (neither), three paragraphs and the line
  ``本場最有價值球員：X（team）`` (content), the row ``〔文／賽務組 X　　技術代表：Y〕`` (metadata,
  neither).  Page breaks: the print mark ``－ 嘉南排協‧第5輪賽果　頁3 －`` (``page_number``) cuts a
  paragraph between two CJK letters in one match on pages 2 and 5.  Damage: ``cjk_space`` or
  ``stray_q`` in another match on even pages.  Chrome at the end:
  ``上一輪賽果：第4輪　　下一輪賽程：第6輪`` (``related``),
  ``積分榜　｜　賽程表　｜　歷屆成績　｜　回上頁`` (``bar``), the address line and the
  copyright-and-update line (``footer``; it repeats the round's date).  Meta per match: author (the
  賽務組 writer, not the 技術代表), published (the round's 比賽日期, ``2024/3/22`` on the page).
* ``sealed_ym_jijin`` ('岑华基金管理有限公司' 信息披露 › 基金公告, HTML, UTF-8 without BOM declared
  ``<meta charset="utf-8">``, CRLF; every page a compilation of 3, 2, 4, 3, 2, 3, 4, 2 announcements
  of one month, newest first, each of one of six funds and one of four kinds: 分红 / 暂停大额申购 /
  基金经理变更 / 节假日暂停申购赎回): ``<title>`` = ``基金公告_信息披露_company``; the logo
  ``岑华基金　CENHUA FUND``, the ``首页 | 基金产品 | …`` nav and ``当前位置：首页 > 信息披露 >
  基金公告`` (``header``), the tabs ``全部　定期报告　临时公告　分红公告　法律文件`` (``bar``), the
  ``<h2>`` ``基金公告　（第1页，已展开全文）`` (``header``).  Per announcement: the chip ``代码
  005816　岑华稳健增利债券A　·　分红`` (neither) ABOVE the ``<h3>`` title
  ``岑华稳健增利债券型证券投资基金2023年第2次分红公告`` (title and first content line), UNDER it
  ``2023-06-12　　PDF（186KB）`` (metadata, neither), then the section heads ``1　公告基本信息`` /
  ``2　其他需要提示的事项`` (content), the label rows ``基金名称：…`` / ``基金主代码：…`` / …
  (content), one paragraph and the risk line ``风险提示：本基金管理人承诺……也不保证最低收益。``
  (content: it is the announcement's own last line, word for word the same in every announcement of
  the page), the sign-off ``岑华基金管理有限公司`` and ``2023年6月12日`` (metadata, neither) and
  ``收起全文 ▲`` (``bar``, after every announcement).  Chrome at the end: the pager
  ``上一页　1　2　3　…　下一页`` (``bar``), the ``<h4>`` ``热门产品`` and three fund names
  (``related``), the ``基金有风险，投资需谨慎。……`` line (``notice``), the hotline-copyright-ICP
  line (``footer``).  Damage: one kind in one announcement on pages 0, 2, 3, 5 and 7; no page
  breaks.  Meta per announcement: issuer (the company), published (its own date).
* ``sealed_ym_choujian`` ('溆浦市市场监督管理局' 抽检信息, HTML, GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gbk">``, LF; single notices): ``<title>`` =
  ``X-抽检信息-bureau``; the bureau line, the ``网站首页　机构概况　…`` nav and ``您的位置：首页 >>
  信息公开 >> 抽检信息`` (``header``).  Even pages: the disclosure card ``<table>`` whose ten
  visible lines ``索引号`` / value / ``发布机构`` / bureau / ``发文日期`` / ``2023-09-20`` /
  ``文号`` / ``溆市监通〔2023〕7号`` / ``主题分类`` / ``食品安全`` (all neither) stand ABOVE the
  ``<h1>`` title; odd pages: the ``<h1>`` title OVER ``发布时间：2019-10-09 10:39
  信息来源：X科　　浏览次数：N`` and the number line ``溆市监通〔2019〕9号`` (both neither).
  ``【字体：大 中 小】　【打印】　【关闭】`` (``bar``).  The body, ONE article with the title: the
  ``<h4>`` heads ``一、抽检基本情况`` / ``二、不合格产品情况`` / ``三、核查处置情况`` /
  ``四、消费提示`` (content), the overview paragraph, two to five failing items ``1.
  溆浦市X镇某某超市销售的Y，Z项目不符合食品安全国家标准规定。`` (content), the handling and advice
  paragraphs (content), the sign-off ``溆浦市市场监督管理局`` / ``2023年9月20日`` (metadata,
  neither).  Chrome after it: the two attachment links ``附件1：….xls`` / ``附件2：….xls``
  (``related``), the share row (``bar``), ``相关信息`` and three notice titles (``related``),
  ``温馨提示：……12315热线咨询。`` (``notice``), two footer lines.  Damage: ``comma`` or
  ``cjk_space`` on pages 0, 2, 3, 5, 6.  Meta: issuer (the bureau), published, doc_number (the
  文号).

Truth as :mod:`tests.families.blind_families_yf` and :mod:`tests.families.blind_families_zo`: header
and metadata rows are neither content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's
header lines are chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable
and fixed here: a parcel's label rows (location, area, use, prices, buyer) are content, its status
row neither (it carries the DEAL day, not the published day), its one-line sign-off metadata and its
返回顶部 link ``bar``; a match's scoreboard and set-score rows are neither (a scoreboard, not prose)
while its MVP line is content, every match takes the round's date and the byline row gives the
author; a fund announcement's numbered section heads, label rows and the repeated risk line are
content, the chip and the date-and-PDF row neither, the fold link ``bar`` and the company-wide risk
warning at the foot ``notice``; a sampling notice's disclosure card is neither line by line (its
发布机构, 发文日期 and 文号 values are the metadata), its failing items content and its attachment
links ``related``.  Compiled pages: every ``tudi``, ``saiguo`` and ``jijin`` page; ``choujian``
pages are single notices.
``python -m tests.families.blind_families_ym`` (seed base 6500) rewrites
them and checks the truth against the pages.

Written in session 27 and measured at the session's start code ``ca5dd150``, after the fixes
written blind to it ``8995374a``, and at the end ``d8fe75d2`` after one fixer tuned on it (per
family, F1 / residue / titles / counts / repairs / metadata): choujian .893/0/1/1/.8/.667 ->
blind .893/0/1/1/.8/.833 -> .947/0/1/1/.8/.833; jijin .901/.287/1/1/1/.5 -> blind unchanged ->
.981/0/1/1/1/.5; saiguo .773/.230/.92/.875/.667/0 -> blind unchanged ->
.806/.216/1/1/.667/0; tudi .885/.069/0/.75/.667/0 -> blind unchanged -> .935/.069/.731/.75/.667/0.
Tuning material from then.
"""

from __future__ import annotations

import datetime
import random
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_ym_text import (
    CJ_BAD,
    CJ_BUREAU,
    CJ_OFFICES,
    JJ_CO,
    JJ_FUNDS,
    JJ_KINDS,
    JJ_SHORT,
    SG_ASSOC,
    SG_CLERKS,
    SG_CUP,
    SG_DELEGATES,
    SG_HALLS,
    SG_PLAYERS,
    SG_TEAMS,
    TD_BUREAU,
    TD_SPOTS,
    GenYM,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
FW = "０１２３４５６７８９"
WEEK_TW = "一二三四五六日"


# -- 1. the land-transfer results (a compilation, print view, UTF-16) --------------------------

TD_N = [3, 4, 2, 3, 5, 2, 4, 3]
TD_BREAK = {1, 4, 6}
TD_UNSOLD = {2: 1, 5: 0, 7: 2}  # page -> the parcel whose sale failed


def fam_tudi(g: GenYM, i: int) -> Made:
    """'岑州市自然资源和规划局' 出让结果公示, one month's results per page, UTF-16 text."""
    r = g.r
    k = TD_N[i]
    g.month(k, newest_first=False)
    g.days = [(2019 + (y - 2016) % 6, m, d) for y, m, d in g.days]  # the bureau dates from 2019
    spots = r.sample(TD_SPOTS, k)
    codes = sorted(r.sample(range(11, 99), k))
    y0 = g.days[0][0]  # the parcels' numbers carry the year of the deals
    arts: list[Art] = []
    for j in range(k):
        code = f"CZ{y0}-{codes[j]:03d}"
        arts.append(g.parcel(spots[j], code, sold=TD_UNSOLD.get(i) != j))
    page_no = counter(2, r.randint(3, 4), lambda p, t: f"— 岑州自然资源 · 出让结果公示 · 第{p}页 —")
    hurt = r.sample(range(k), 2)
    if i in TD_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i not in (1, 6):
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    first = datetime.date(*ymd(arts[0])) - datetime.timedelta(days=1)
    y, m = first.year, first.month
    last = datetime.date(*ymd(arts[-1]))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{TD_BUREAU}　｜　政务公开 · 土地市场"),
            ("header", "首页 ＞ 土地市场 ＞ 出让结果公示"),
            ("header", f"{y}年{m}月国有建设用地使用权出让结果汇总（本月共{k}宗）"),
            ("header", f"导出时间：{last.year}-{last.month:02d}-{last.day:02d} {g.clock()}"),
            (
                "notice",
                "以下结果以成交确认书及出让合同为准，竞得人应按约定时限签订出让合同并缴纳土地出让价款。",
            ),
        ],
    )
    for j, a in enumerate(arts):
        sign = datetime.date(*ymd(a))
        deal = sign - datetime.timedelta(days=1)
        lines.append("")
        sold = TD_UNSOLD.get(i) != j
        lines.append(
            f"〖{'成交' if sold else '流拍'}〗宗地编号 CZ{y0}-{codes[j]:03d}　　"
            f"{'成交日期' if sold else '截止日期'}：{deal.year}-{deal.month:02d}-{deal.day:02d}"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(f"{TD_BUREAU}　{sign.year}年{sign.month}月{sign.day}日")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        put(lines, chrome, [("bar", "▲ 返回顶部")])
    lines.append("")
    back = [(m - j - 1) % 12 + 1 for j in range(1, 4)]
    put(
        lines,
        chrome,
        [
            ("related", "往月汇总：" + "　".join(f"{x}月" for x in back) + "　更多＞＞"),
            ("bar", "【打印本页】　【关闭窗口】　【收藏】"),
            (
                "footer",
                f"主办：{TD_BUREAU}　承办：岑州市自然资源信息中心　"
                f"湘ICP备{r.randint(10000000, 99999999)}号",
            ),
            (
                "footer",
                f"地址：岑州市青梧大道{r.randint(20, 200)}号　邮编：415000　"
                f"电话：0736-7{r.randint(100000, 999999)}",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the volleyball round results (a compilation, Big5 text) -------------------------------

SG_N = [4, 3, 2, 4, 3, 2, 4, 3]
SG_BREAK = {2, 5}


def _sets(r: random.Random, lost: int) -> list[tuple[int, int]]:
    """A 3-won match's set scores (winner first), the winner taking the last set."""
    won = ["w", "w"] + ["l"] * lost
    r.shuffle(won)
    out = []
    for n, who in enumerate([*won, "w"]):
        top = 15 if n == 4 else 25
        lo = r.randint(top - 10, top - 2)
        pair = (top, lo) if r.random() < 0.8 else (top + 1, top - 1)
        out.append(pair if who == "w" else pair[::-1])
    return out


def fam_saiguo(g: GenYM, i: int) -> Made:
    """'嘉南區排球協會' 協會盃 round results, Big5 text; every page one round's matches."""
    r = g.r
    k = SG_N[i]
    teams = r.sample(SG_TEAMS, 2 * k)
    stars = r.sample(SG_PLAYERS, k)
    y, m, d = g.date()
    wd = WEEK_TW[datetime.date(y, m, d).weekday()]
    rnd = i + 3
    arts: list[Art] = []
    rows: list[tuple[str, str]] = []
    for j in range(k):
        w, lo = teams[2 * j], teams[2 * j + 1]
        sets = _sets(r, r.choice([0, 1, 1, 2]))
        a = g.match(w, lo, sets, stars[j])
        a.meta = {"author": r.choice(SG_CLERKS), "published": f"{y:04d}-{m:02d}-{d:02d}"}
        arts.append(a)
        lost = sum(x < z for x, z in sets)
        score = f"{w}　{FW[3]}：{FW[lost]}　{lo}"
        rows.append((score, "局分　" + "　".join(f"{x}:{z}" for x, z in sets)))
    hurt = r.sample(range(k), 2)
    if i in SG_BREAK:
        mark = f"－ 嘉南排協‧第{rnd}輪賽果　頁{r.randint(2, 3)} －"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i % 2 == 0:
        damage(g, arts[hurt[1]], [["cjk_space", "stray_q"][i // 2 % 2]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{SG_ASSOC}　官方網站　（列印版）"),
            ("header", "首頁 ＞ 賽事資訊 ＞ 賽果公告"),
            ("header", f"{y - 1911}年{SG_CUP}　第{rnd}輪賽果"),
            ("header", f"比賽日期：{y}/{m}/{d}（{wd}）　地點：{r.choice(SG_HALLS)}"),
            (
                "notice",
                "賽果以大會紀錄台簽核之記錄表為準，如有疑義請於賽後二十四小時內以書面向競賽組提出。",
            ),
        ],
    )
    for a, (score, sets_row) in zip(arts, rows, strict=True):
        lines.append("")
        lines.append(score)
        lines.append(a.title)
        lines.append(sets_row)
        lines += a.page
        lines.append(f"〔文／賽務組 {a.meta['author']}　　技術代表：{r.choice(SG_DELEGATES)}〕")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"上一輪賽果：第{rnd - 1}輪　　下一輪賽程：第{rnd + 1}輪"),
            ("bar", "積分榜　｜　賽程表　｜　歷屆成績　｜　回上頁"),
            (
                "footer",
                f"{SG_ASSOC}　會址：嘉南市民族路{r.randint(10, 300)}號{r.randint(2, 9)}樓　"
                f"電話：(06)2{r.randint(100000, 999999)}",
            ),
            ("footer", f"本網站內容版權所有，轉載請註明出處　更新日期：{y}/{m}/{d}"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the fund company's announcements (a compilation, HTML, UTF-8) ---------------------------

JJ_N = [3, 2, 4, 3, 2, 3, 4, 2]


def fam_jijin(g: GenYM, i: int) -> Made:
    """'岑华基金' 基金公告 list with every announcement unfolded, HTML in UTF-8."""
    r = g.r
    k = JJ_N[i]
    g.month(k, newest_first=True)
    funds = r.sample(JJ_FUNDS, k)
    kinds = [r.choice(JJ_KINDS) for _ in range(k)]
    arts = [g.fund_notice(f, x) for f, x in zip(funds, kinds, strict=True)]
    if i in (0, 2, 3, 5, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    page = i + 1
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>基金公告_信息披露_{JJ_CO}</title>")
    h.raw('<link rel="stylesheet" href="/static/css/notice.css">', "</head>", "<body>")
    h.el("div", f"{JJ_SHORT}　CENHUA FUND", "logo", "header")
    h.links(
        "header",
        ["首页", "基金产品", "信息披露", "投资者教育", "网上交易", "关于我们"],
        " | ",
        "nav",
    )
    h.el("div", "当前位置：首页 > 信息披露 > 基金公告", "crumb", "header")
    h.links("bar", ["全部", "定期报告", "临时公告", "分红公告", "法律文件"], "　", "tabs")
    h.el("h2", f"基金公告　（第{page}页，已展开全文）", "", "header")
    for a, (code, short, _), kind in zip(arts, funds, kinds, strict=True):
        y, m, d = ymd(a)
        h.raw('<div class="item">')
        h.el("div", f"代码 {code}　{short}　·　{kind[:-2]}", "chip")
        h.el("h3", a.title)
        h.el("div", f"{y}-{m:02d}-{d:02d}　　PDF（{r.randint(90, 900)}KB）", "date")
        h.body(a)
        h.el("p", JJ_CO, "sign")
        h.el("p", f"{y}年{m}月{d}日", "sign")
        h.el("div", "收起全文 ▲", "fold", "bar")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("div", f"上一页　{page}　{page + 1}　{page + 2}　…　下一页", "pager", "bar")
    h.el("h4", "热门产品", "", "related")
    h.items("related", [x[1] for x in r.sample(JJ_FUNDS, 3)], "hot")
    h.el(
        "p",
        "基金有风险，投资需谨慎。基金的过往业绩并不预示其未来表现，请认真阅读基金合同和招募说明书。",
        "warn",
        "notice",
    )
    h.el(
        "p",
        f"客服热线：400-618-8866　　{JJ_CO}　版权所有　沪ICP备{r.randint(10000000, 99999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the food sampling notices (single pages, HTML, GBK) -----------------------------------


def fam_choujian(g: GenYM, i: int) -> Made:
    """'溆浦市市场监督管理局' 食品安全监督抽检通告, HTML in GBK; an info card or a fact row."""
    r = g.r
    no = 6 + i * 2 + r.randint(0, 1)
    bad = r.sample(CJ_BAD, r.randint(2, 5))
    a = g.sampling(no, bad)
    y, m, d = ymd(a)
    doc = f"溆市监通〔{y}〕{no}号"
    a.meta["doc_number"] = doc
    if i in (0, 2, 3, 5, 6):
        damage(g, a, [ODD[(i + 1) % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>{a.title}-抽检信息-{CJ_BUREAU}</title>", "</head>", "<body>")
    h.el("div", f"{CJ_BUREAU}", "top", "header")
    h.links(
        "header",
        ["网站首页", "机构概况", "信息公开", "政务服务", "抽检信息", "互动交流"],
        "　",
        "nav",
    )
    h.el("div", "您的位置：首页 >> 信息公开 >> 抽检信息", "loc", "header")
    if i % 2 == 0:
        h.raw('<table class="xxgk">')
        for label, value in [
            ("索引号", f"11431224MB{r.randint(1000000, 9999999)}/{y}-{r.randint(100, 999):05d}"),
            ("发布机构", CJ_BUREAU),
            ("发文日期", f"{y}-{m:02d}-{d:02d}"),
            ("文号", doc),
            ("主题分类", "食品安全"),
        ]:
            h.raw("<tr>")
            h.el("th", label)
            h.el("td", value)
            h.raw("</tr>")
        h.raw("</table>")
        h.el("h1", a.title)
    else:
        h.el("h1", a.title)
        h.el(
            "div",
            f"发布时间：{y}-{m:02d}-{d:02d} {g.clock()}　　信息来源：{r.choice(CJ_OFFICES)}　　"
            f"浏览次数：{r.randint(60, 4000)}",
            "info",
        )
        h.el("div", doc, "wh")
    h.el("div", "【字体：大 中 小】　【打印】　【关闭】", "tools", "bar")
    h.raw('<div class="content">')
    for x in a.page:
        h.el("h4" if x[1:2] == "、" else "p", x)
    h.el("p", CJ_BUREAU, "sign")
    h.el("p", f"{y}年{m}月{d}日", "sign")
    h.raw("</div>")
    h.el("div", f"附件1：{y}年第{no}期食品安全监督抽检产品合格信息.xls", "att", "related")
    h.el("div", f"附件2：{y}年第{no}期食品安全监督抽检产品不合格信息.xls", "att", "related")
    h.links("bar", ["微信", "微博", "QQ空间"], "　", "share")
    h.el("h4", "相关信息", "", "related")
    others = [f"{CJ_BUREAU}关于{y}年第{no - x}期食品安全监督抽检情况的通告" for x in (1, 2)]
    h.items("related", [*others, f"{y}年{CJ_BUREAU}食品安全抽检计划"], "rel")
    h.el("p", "温馨提示：本网站信息如有疑问，请拨打12315热线咨询。", "tip", "notice")
    h.el(
        "p",
        f"主办单位：{CJ_BUREAU}　网站标识码：431224{r.randint(1000, 9999)}　"
        f"湘ICP备{r.randint(10000000, 99999999)}号",
        "",
        "footer",
    )
    h.el("p", f"地址：溆浦市卢峰镇沿溪路{r.randint(10, 300)}号　邮编：419300", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_ym_tudi", "sealed", "utf-16", "\r\n", 8, fam_tudi),
    BlindFamily("sealed_ym_saiguo", "sealed", "cp950", "\n", 8, fam_saiguo),
    BlindFamily("sealed_ym_jijin", "sealed", "utf-8", "\r\n", 8, fam_jijin, "html"),
    BlindFamily("sealed_ym_choujian", "sealed", "gbk", "\n", 8, fam_choujian, "html"),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=6500, gen=GenYM)
