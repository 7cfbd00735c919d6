"""Four more invented families for a blind test of the generic layer (set ``ys``): a provincial
coal-mine safety bureau's accident bulletins 事故通报 in a print view (plain text, GBK, CRLF;
every page one bulletin compiling a month's accidents, each under an enterprise line
``㈡ 南岔镇集体煤炭开发公司（乡镇集体）`` ABOVE the bare ``X煤矿“11·17”运输事故`` title and
closed by a dash-led ``——中部监察分局报送`` line, a bulletin-wide closing demand paragraph
after the last one, ``（本页完，接第2页）`` marks cutting sentences), a city market regulator's
abnormal-operations list notices 经营异常名录列入公告 (HTML, UTF-8 with BOM declared ``<meta
charset="UTF-8">``, CRLF; every page one batch, each enterprise's notice under a check-box
row ``☑列入　☐移出　｜　事由：…`` ABOVE its ``<h3>`` title, a credit-code row UNDER it and a
``作出决定机关：…　　列入日期：…`` row after the text), a volunteer federation platform's
service-hours publicity 志愿服务时长公示 in a print view (plain text, LF, UTF-16 with BOM on
even pages and UTF-8 without BOM on odd ones; single notices, the team line ABOVE the title
and a ``公示期：`` row UNDER it on even pages, the title alone and a team-and-date sign-off
AFTER the text on odd ones; the hours table as full-width-space-parted lines) and a county
forestry bureau's ancient and famous tree publicity 古树名木认定公示 (HTML, GB18030 declared
``<meta charset="gb18030">``, LF; every page one batch of trees, each under a coordinates
line ``◎ 北纬24°36′12″　东经110°05′47″　海拔46米`` ABOVE its ``<h3>`` title, a ``<ul>`` of five
label lines, three labelled paragraphs and a ``（外业调查：X）`` row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  Two kinds of the brief's pool already have a
cousin in the repo (agro-weather bulletins in ``j``, pet adoption in ``zf``) and were left
out; the four families here differ from every family already here in site kind (a coal-mine
safety bureau's accident bulletins, an abnormal-operations list, a volunteer-hours
publicity, an ancient-tree register), per-piece header shapes (an enterprise line led by a
parenthesised ideograph, a check-box row, a team line over the title, a degree-minute-second
coordinates line), title placement, metadata layout and labels, chrome wording, page marks
and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_ys_meikuang`` ('峦西省煤矿安全监察局' 事故通报, plain text, GBK, CRLF; every page a
  compilation of 3, 2, 4, 3, 5, 2, 4, 3 accidents of one month, oldest first):
  ``峦西省煤矿安全监察局　｜　事故通报　〔打印本页〕``, ``位置：首页 → 安全监察 → 事故通报``, the
  bulletin's head ``峦西省煤矿安全生产事故通报（2023年第12期）`` and the issue line
  ``峦西省煤矿安全监察局办公室　　2023年12月1日印发`` (all ``header``), the lead-in
  ``现将2023年11月以来全省煤矿发生的2起生产安全事故情况通报如下：`` (``notice``).  Per
  accident: the enterprise line ``㈠ 峦西能源投资集团（省属国有）`` (neither: the company
  and its ownership, no key), the bare title ``柏树坪煤矿“11·15”水害事故`` (title and first
  content line), three paragraphs (the day, hour, place and toll; the preliminary cause; the
  handling; content) and the dash-led ``——东部监察分局报送`` line (metadata, neither).
  After the last accident the bulletin's demand paragraph ``各煤矿企业要深刻吸取上述事故教训，
  ……纳入月度监察重点。`` (``notice``: the bulletin's, no accident owns it), then
  ``附件：2023年1—11月全省煤矿事故统计表.xls`` (``related``), ``【打印本页】　【关闭窗口】
  【返回顶部】`` (``bar``), the address line and the copyright-and-ICP line (``footer``).
  Page breaks on pages 1, 4 and 6: ``（本页完，接第2页）`` (``page_number``) cuts a paragraph
  between two CJK letters in one accident.  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` in another accident on every page but 6.  Meta per accident: published (the
  bulletin's 印发 date, in ``年月日`` form, six to fifteen days after the last accident; the
  accident's own day in its first paragraph and title is content, not the date), origin
  (the reporting 监察分局).
* ``sealed_ys_yichang`` ('澄江市市场监督管理局' 经营异常名录列入公告, HTML, UTF-8 with BOM
  declared ``<meta charset="UTF-8">``, CRLF; every page a compilation of 4, 3, 5, 2, 4, 3, 5, 3
  notices of one batch, oldest first): ``<title>`` = ``X_公示公告_澄江市市场监督管理局``; the
  logo ``澄江市市场监督管理局　澄江市知识产权局``, a ``　`` nav row, ``您现在的位置：首页 >>
  公示公告 >> 经营异常名录``, the batch's ``<h2>`` ``澄江市市场监督管理局2019年第9批经营异常名录
  列入公告`` and ``发布时间：2019-04-24 12:41　　来源：信用监管科　　【字号：大 中 小】`` (all
  ``header``), the lead ``以下企业经依法查实存在相应情形，现予公告。……`` (``notice``).  Per
  notice: the check-box row ``☑列入　☐移出　｜　事由：未按规定期限公示年度报告`` (neither) ABOVE
  the ``<h3>`` title ``关于澄江市林记五金店列入经营异常名录的公告`` (title and first content
  line), UNDER it ``统一社会信用代码：91…　　法定代表人（负责人）：X`` (neither), the
  salutation ``澄江市林记五金店：`` and three paragraphs (the finding and decision with its
  article, the way off the list, the appeal; content), then ``作出决定机关：澄江市市场监督管理局
  江北分局　　列入日期：2019年4月18日`` (metadata, neither).  Chrome at the end: ``【打印本页】
  【关闭窗口】`` (``bar``), ``相关链接：国家企业信用信息公示系统　｜　信用中国　｜　…``,
  ``上一篇：…`` / ``下一篇：…`` (``related``), two footer lines.  Damage: one kind in one
  notice on pages 0, 2, 3, 5 and 6; no page breaks.  Meta per notice: published (its OWN
  列入日期, two days to five weeks before the batch's 发布时间, which no notice takes), issuer (the
  deciding branch).
* ``sealed_ys_shichang`` ('志愿鹤汀' 鹤汀市志愿服务信息平台 时长公示, plain text, LF, UTF-16
  with BOM on even pages and UTF-8 without BOM on odd ones; single notices in a print view):
  ``志愿鹤汀　·　鹤汀市志愿服务信息平台　〔打印〕`` and ``首页 / 信息公开 / 时长公示``
  (``header``).  Even pages: the team line ``鹤汀市图书馆“书香”志愿服务队`` (metadata,
  neither) ABOVE the bare title ``关于“端午节社区包粽子敬老活动”志愿服务时长的公示`` and UNDER
  it ``公示期：2023年6月5日至6月11日`` (metadata, neither); odd pages: the title alone, and
  AFTER the text the sign-off ``X志愿服务队`` / ``2024年2月11日`` (metadata, neither).  The
  text, ONE article with the title: the activity paragraph (its day, three to nine days
  before the posting), ``经活动组织方核对……公示如下：``, the table head ``序号　姓名　志愿者编号
  服务岗位　时长（小时）`` and five to nine rows ``1　骆*熙　HT2023****1058　签到引导　3.0``
  (masked with ``*``), ``合计：6人，累计服务时长21.5小时。``, the objection paragraph and
  ``联系人：…　联系电话：…`` (all content).  Chrome at the end: the ``时长以签到签退记录为准……
  中查询。`` line (``notice``), ``上一条：…`` / ``下一条：…`` (``related``), ``浏览次数：N
  【打印】　【关闭】`` (``bar``), one footer line.  Page breaks on pages 3 and 6:
  ``〔第1页／共3页〕`` (``page_number``) cuts a paragraph between two CJK letters.  Damage: one
  kind on the other pages.  Meta: published (the first day of the 公示期 = the sign-off
  date; the activity day is content), issuer (the team).
* ``sealed_ys_gushu`` ('岑溪县林业局' 古树名木认定公示, HTML, GB18030 declared ``<meta
  charset="gb18030">``, LF; every page a compilation of 3, 4, 2, 5, 3, 2, 4, 3 trees of one
  batch): ``<title>`` = ``岑溪县第三批古树名木认定公示_通知公告_岑溪县林业局``; the logo
  ``岑溪县林业局　CENXI FORESTRY BUREAU``, a `` · `` nav row, ``首页 > 通知公告 > 古树名木``,
  the batch's ``<h2>`` and ``发布日期：2019-03-15　　信息来源：岑溪县古树名木保护办公室
  浏览次数：N`` (all ``header``), the lead ``根据《……》，……公示期为2019年3月15日至3月29日。``
  (``notice``).  Per tree: the coordinates line ``◎ 北纬24°40′23″　东经111°47′52″　海拔480米``
  (neither) ABOVE the ``<h3>`` title ``城关镇文庙旧址古银杏`` / ``岑溪县第一中学校园百年罗汉松``
  (title and first content line), a ``<ul>`` of five label lines ``树种：…`` / ``估测树龄：554年
  保护等级：一级`` / ``胸围：…　树高：…　平均冠幅：…`` / ``生长势：…`` / ``管护责任单位：…``
  (content), three paragraphs ``历史渊源：…`` / ``现状评估：…`` / ``保护措施：…`` (content,
  labels kept), then ``（外业调查：蒙海燕）`` (metadata, neither).  Chrome at the end: the
  objection line ``公示期间，如对……联系电话：0774-8…。`` (``notice``), ``附件：…名录.xlsx``
  (``related``), ``【打印】　【关闭】　【收藏】`` (``bar``), two footer lines.  Damage: one kind
  in one tree on pages 0, 2, 3, 5 and 6; no page breaks.  Meta per tree: published (the
  batch's 发布日期), author (the 外业调查 surveyor).

Truth as :mod:`tests.families.blind_families_yr`: header and metadata rows are neither
content nor chrome; titles are bare and are every article's first content line; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece rows
metadata or neither.  Arguable and fixed here: a bulletin's enterprise line is neither (a
per-piece header row with no key), its lead-in and its closing demand paragraph are
``notice`` of the page (no accident owns them), and every accident takes the bulletin's 印发
date though its title and text name the day it happened; a listing notice's check-box row
and credit-code row are neither, its salutation is content, and each notice takes its OWN
列入日期 (it carries one) rather than the batch's posting time; an hours publicity's table
head, rows and total are content (the table is the notice), its team line and 公示期 row
(even) or sign-off (odd) are metadata, and the date is the posting day, not the activity's;
a tree's coordinates line is neither, its five label lines are content (the register entry
IS the facts), its labelled paragraphs keep their labels, and every tree takes the batch's
date.  Compiled pages: every ``meikuang``, ``yichang`` and ``gushu`` page; ``shichang``
pages are single notices.  ``python -m tests.families.blind_families_ys`` (seed base 7100)
rewrites them and checks the truth against the pages.

Figures (per family, F1 / residue / titles / counts / repairs / metadata).  Blind to the first
round of session 30 (chosen before any figure): at main ``a0deeeff`` and again after eight
general fixes merged (``290c96d5``), identical: gushu .866/.273/0/0/1/.154, meikuang
.855/.145/0/.75/.7/0, shichang .968/0/.5/1/1/.375, yichang 1/0/1/1/1/0 (means
.922/.104/.375/.688/.925/.132).  Tuned on it after that (ysfix) at ``b7deae87``: gushu
.932/.182/1/1/1/0, meikuang .946/.096/1/1/1/.846, shichang and yichang unchanged (means
.962/.070/.875/1/1/.305).  Open: gushu's batch lead and objection notice stay, its pieces lose
the page's date; shichang's team line over the title; yichang's closing 作出决定机关/列入日期 row.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_ys_text import (
    GS_BUREAU,
    GS_COUNTY,
    GS_OFFICE,
    GS_SURVEY,
    GS_TREES,
    MK_BUREAU,
    MK_KINDS,
    MK_MINES,
    MK_OFFICES,
    SC_ACTS,
    SC_FED,
    SC_SITE,
    SC_TEAMS,
    YC_BOSS,
    YC_BRANCHES,
    YC_BUREAU,
    YC_CITY,
    YC_REASONS,
    YC_SHOPS,
    GenYS,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
DISC = "㈠㈡㈢㈣㈤㈥㈦㈧㈨"
CODE = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _iso(t: datetime.date) -> str:
    return t.isoformat()


# -- 1. the coal-mine accident bulletins (a compilation, print view, GBK) -----------------------

MK_N = [3, 2, 4, 3, 5, 2, 4, 3]
MK_BREAK = {1, 4, 6}


def fam_meikuang(g: GenYS, i: int) -> Made:
    """'峦西省煤矿安全监察局' 事故通报, one bulletin per page, GBK print view."""
    r = g.r
    k = MK_N[i]
    g.month(k, newest_first=False)
    mines = r.sample(MK_MINES, k)
    kinds = [r.choice(MK_KINDS) for _ in range(k)]
    arts = [g.accident(mn, kd) for mn, kd in zip(mines, kinds, strict=True)]
    last = datetime.date(*ymd(arts[-1]))
    out = last + datetime.timedelta(days=r.randint(6, 15))
    for a in arts:
        a.meta["published"] = _iso(out)
    offices = [r.choice(MK_OFFICES) for _ in range(k)]
    for a, o in zip(arts, offices, strict=True):
        a.meta["origin"] = o
    hurt = r.sample(range(k), 2)
    page_no = counter(2, r.randint(3, 4), lambda p, t: f"（本页完，接第{p}页）")
    if i in MK_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i != 6:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    no = out.month
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{MK_BUREAU}　｜　事故通报　〔打印本页〕"),
            ("header", "位置：首页 → 安全监察 → 事故通报"),
            ("header", f"峦西省煤矿安全生产事故通报（{out.year}年第{no}期）"),
            ("header", f"{MK_BUREAU}办公室　　{out.year}年{out.month}月{out.day}日印发"),
            (
                "notice",
                f"现将{out.year}年{last.month}月以来全省煤矿发生的{k}起生产安全事故情况通报如下：",
            ),
        ],
    )
    for n, (mn, a, o) in enumerate(zip(mines, arts, offices, strict=True)):
        lines.append("")
        lines.append(f"{DISC[n]} {mn[0]}（{mn[1]}）")
        lines.append(a.title)
        lines += a.page
        lines.append(f"——{o}报送")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "各煤矿企业要深刻吸取上述事故教训，举一反三，立即组织开展一次顶板、运输、机电和"
                "水害隐患排查，各监察分局要将排查情况纳入月度监察重点。",
            ),
            ("related", f"附件：{out.year}年1—{last.month}月全省煤矿事故统计表.xls"),
            ("bar", "【打印本页】　【关闭窗口】　【返回顶部】"),
            (
                "footer",
                f"{MK_BUREAU}　地址：峦城市建设北路{r.randint(10, 200)}号　"
                f"邮编：71{r.randint(1000, 9999)}",
            ),
            ("footer", f"版权所有：{MK_BUREAU}　陕ICP备0{r.randint(1000000, 9999999)}号"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the abnormal-operations list notices (a compilation, HTML, UTF-8 with BOM) -------------

YC_N = [4, 3, 5, 2, 4, 3, 5, 3]


def fam_yichang(g: GenYS, i: int) -> Made:
    """'澄江市市场监督管理局' 经营异常名录列入公告, one batch per page, HTML."""
    r = g.r
    k = YC_N[i]
    g.month(k, newest_first=False)
    shops = r.sample(YC_SHOPS, k)
    reasons = [r.choice(YC_REASONS) for _ in range(k)]
    branches = [f"{YC_BUREAU}{r.choice(YC_BRANCHES)}" for _ in range(k)]
    arts = [g.listing(s, rs, b) for s, rs, b in zip(shops, reasons, branches, strict=True)]
    post = datetime.date(*ymd(arts[-1])) + datetime.timedelta(days=r.randint(2, 6))
    if i in (0, 2, 3, 5, 6):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    batch = post.month * 2 + 2 - r.randint(0, 1)
    name = f"{YC_BUREAU}{post.year}年第{batch}批经营异常名录列入公告"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="UTF-8">')
    h.raw(f"<title>{name}_公示公告_{YC_BUREAU}</title>")
    h.raw('<link rel="stylesheet" href="/css/common.css">', "</head>", "<body>")
    h.el("div", f"{YC_BUREAU}　{YC_CITY}知识产权局", "logo", "header")
    h.links(
        "header", ["首页", "机构概况", "政务公开", "公示公告", "信用监管", "互动交流"], "　", "nav"
    )
    h.el("div", "您现在的位置：首页 >> 公示公告 >> 经营异常名录", "pos", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"发布时间：{_iso(post)} {g.clock()}　　来源：信用监管科　　【字号：大 中 小】",
        "info",
        "header",
    )
    h.el(
        "p",
        "以下企业经依法查实存在相应情形，现予公告。企业可登录国家企业信用信息公示系统"
        "查询本企业列入详情并履行公示义务。",
        "lead",
        "notice",
    )
    for s, rs, b, a in zip(shops, reasons, branches, arts, strict=True):
        y, m, d = ymd(a)
        code = "".join(r.choice(CODE) for _ in range(16))
        h.raw('<div class="item">')
        h.el("div", f"☑列入　☐移出　｜　事由：{rs[0]}", "tag")
        h.el("h3", a.title)
        h.el(
            "div",
            f"统一社会信用代码：91{code}　　法定代表人（负责人）：{r.choice(YC_BOSS)}",
            "code",
        )
        h.body(a)
        h.el("div", f"作出决定机关：{b}　　列入日期：{y}年{m}月{d}日", "sign")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
        assert s in a.title
    h.el("div", "【打印本页】　【关闭窗口】", "tools", "bar")
    h.links(
        "related",
        ["相关链接：国家企业信用信息公示系统", "信用中国", f"{YC_CITY}政务服务网"],
        "　｜　",
        "links",
    )
    h.el(
        "div", f"上一篇：{YC_BUREAU}{post.year}年第{batch - 1}批经营异常名录列入公告", "", "related"
    )
    h.el(
        "div", f"下一篇：{YC_BUREAU}{post.year}年第{batch - 2}批经营异常名录移出公告", "", "related"
    )
    h.el(
        "p",
        f"主办单位：{YC_BUREAU}　地址：{YC_CITY}滨湖大道{r.randint(100, 999)}号　电话：12315",
        "",
        "footer",
    )
    h.el(
        "p",
        f"网站标识码：36{r.randint(10000000, 99999999)}　赣ICP备{r.randint(10000000, 99999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the volunteer hours publicity (single notices, print view, UTF-16 / UTF-8) -------------

SC_BREAK = {3, 6}


def fam_shichang(g: GenYS, i: int) -> Made:
    """'志愿鹤汀' 时长公示, single notices; the team line above the title and a period row
    under it on even pages, the title alone and a team-and-date sign-off on odd ones."""
    r = g.r
    team = r.choice(SC_TEAMS)
    a, _ = g.hours(i, team)
    y, m, d = ymd(a)
    end = datetime.date(y, m, d) + datetime.timedelta(days=6)
    if i in SC_BREAK:
        mark = f"〔第1页／共{r.randint(2, 3)}页〕"
        damage(g, a, ["page_break"], lambda: [("page_number", mark)])
    else:
        damage(g, a, [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{SC_SITE}　·　鹤汀市志愿服务信息平台　〔打印〕"),
            ("header", "首页 / 信息公开 / 时长公示"),
        ],
    )
    lines.append("")
    if i % 2 == 0:
        lines.append(team)
        lines.append(a.title)
        lines.append(f"公示期：{y}年{m}月{d}日至{end.month}月{end.day}日")
    else:
        lines.append(a.title)
    lines.append("")
    lines += a.page
    a.lines = [a.title, *a.lines]
    chrome += a.chrome
    if i % 2 == 1:
        lines.append("")
        lines.append(team)
        lines.append(f"{y}年{m}月{d}日")
    others = [x[0] for k, x in enumerate(SC_ACTS) if k != i]
    prev, nxt = r.sample(others, 2)
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                f"时长以签到签退记录为准，公示结束后由各志愿服务组织统一录入，"
                f"志愿者可在“{SC_SITE}”小程序“我的时长”中查询。",
            ),
            ("related", f"上一条：关于“{prev}”志愿服务时长的公示"),
            ("related", f"下一条：关于“{nxt}”志愿服务时长的公示"),
            ("bar", f"浏览次数：{r.randint(30, 800)}　　【打印】　【关闭】"),
            (
                "footer",
                f"主办：{SC_FED}　地址：鹤汀市鹭湾路{r.randint(1, 99)}号"
                f"青年之家{r.randint(2, 5)}楼",
            ),
        ],
    )
    return lines, [a], chrome, False


# -- 4. the ancient-tree register publicity (a compilation, HTML, GB18030) ----------------------

GS_N = [3, 4, 2, 5, 3, 2, 4, 3]


def _keeper(place: str) -> str:
    """Who keeps a tree that stands outside a village: the town, the farm, the unit."""
    if place[2] in "镇乡":
        return place[:3] + "人民政府"
    if "林场" in place:
        return "天堂山国有林场"
    return "岑溪县第一中学" if "中学" in place else "岑溪县人民医院"


def fam_gushu(g: GenYS, i: int) -> Made:
    """'岑溪县林业局' 古树名木认定公示, one batch per page, HTML in GB18030."""
    r = g.r
    k = GS_N[i]
    picks = r.sample(GS_TREES, k)
    y, m, d = g.date()
    post = datetime.date(y, m, d)
    shut = post + datetime.timedelta(days=14)
    arts = [g.tree(t, _keeper(t[2])) for t in picks]
    who = [r.choice(GS_SURVEY) for _ in picks]
    for a, w in zip(arts, who, strict=True):
        a.meta.update({"published": _iso(post), "author": w})
    if i in (0, 2, 3, 5, 6):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    batch = "一二三四五六七八九"[i + 1]
    name = f"{GS_COUNTY}第{batch}批古树名木认定公示"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gb18030">')
    h.raw(f"<title>{name}_通知公告_{GS_BUREAU}</title>")
    h.raw("<script>var _hmt = _hmt || [];</script>", "</head>", "<body>")
    h.el("div", f"{GS_BUREAU}　CENXI FORESTRY BUREAU", "logo", "header")
    h.links(
        "header", ["首页", "机构设置", "政务公开", "通知公告", "林政管理", "古树名木"], " · ", "nav"
    )
    h.el("div", "首页 > 通知公告 > 古树名木", "crumb", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"发布日期：{_iso(post)}　　信息来源：{GS_OFFICE}　　浏览次数：{r.randint(50, 1500)}",
        "info",
        "header",
    )
    h.el(
        "p",
        f"根据《{GS_COUNTY}古树名木保护管理办法》，经实地调查、专家鉴定，现将拟认定的第{batch}批"
        f"古树名木{k}株予以公示，公示期为{y}年{m}月{d}日至{shut.month}月{shut.day}日。",
        "lead",
        "notice",
    )
    for a, w in zip(arts, who, strict=True):
        lat = f"北纬{r.randint(22, 24)}°{r.randint(0, 59):02d}′{r.randint(0, 59):02d}″"
        lon = f"东经{r.randint(110, 111)}°{r.randint(0, 59):02d}′{r.randint(0, 59):02d}″"
        h.el("div", f"◎ {lat}　{lon}　海拔{r.randint(40, 620)}米", "gps")
        h.el("h3", a.title)
        h.raw('<ul class="facts">')
        for x in a.page[:5]:
            h.el("li", x)
        h.raw("</ul>")
        for x in a.page[5:]:
            h.el("p", x)
        h.el("div", f"（外业调查：{w}）", "by")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        f"公示期间，如对拟认定的古树名木有异议，请以书面形式向{GS_OFFICE}反映，"
        f"联系电话：0774-8{r.randint(100000, 999999)}。",
        "tail",
        "notice",
    )
    h.el("div", f"附件：{name[:-2]}名录.xlsx", "att", "related")
    h.el("div", "【打印】　【关闭】　【收藏】", "tools", "bar")
    h.el("p", f"主办：{GS_BUREAU}　地址：{GS_COUNTY}城关镇林荫路{r.randint(1, 80)}号", "", "footer")
    h.el(
        "p",
        f"网站标识码：45{r.randint(10000000, 99999999)}　桂ICP备{r.randint(10000000, 99999999)}号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_ys_meikuang", "sealed", "gbk", "\r\n", 8, fam_meikuang),
    BlindFamily("sealed_ys_yichang", "sealed", "utf-8-sig", "\r\n", 8, fam_yichang, "html"),
    BlindFamily(
        "sealed_ys_shichang", "sealed", "utf-16", "\n", 8, fam_shichang, "txt", ("utf-16", "utf-8")
    ),
    BlindFamily("sealed_ys_gushu", "sealed", "gb18030", "\n", 8, fam_gushu, "html"),
]

assert len(SC_ACTS) == 8 and len(MK_MINES) >= 5 and len(YC_SHOPS) >= 5 and len(GS_TREES) >= 5
assert len(MK_KINDS) >= 3


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=7100, gen=GenYS)
