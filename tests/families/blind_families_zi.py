"""Four more invented families for a thirty-third blind test of the generic layer: a
housing-rental site's listings (HTML in GBK declared by ``http-equiv``, CRLF; the rent line
ABOVE the ``<h1>`` title on even pages, BELOW it on odd ones, a one-line fact strip and an
agent card), a university teaching affairs office's course syllabi (plain text, GB18030, LF;
the publisher's info row ABOVE the title, the Word document's running footer ``岑禾大学本科
课程教学大纲　　2/3`` cutting sentences between two CJK letters), an amateur rugby club's
English match reports (HTML, UTF-8, LF; every page a month's reports compiled, each under a
full-time scoreline banner and a fixture row ABOVE its ``<h2>`` title) and a city TV
station's weekly programme previews (plain text, UTF-16 with BOM, CRLF; every page a
compilation whose previews open with a ``◤ 本周看点 · 3 ◢`` banner, an air row ABOVE the
title and a credit row BELOW it).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (rental listings, course syllabi, a sports club's reports, a TV guide), header
shapes, title placement, metadata layout and labels, chrome wording, page marks and
encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zi_zufang`` ('栖榕租房网', HTML, GBK declared ``<meta http-equiv="Content-Type"
  content="text/html; charset=gbk">``, CRLF): ``<title>`` = ``X【栖榕租房网】``; the logo
  ``栖榕租房网 · 真实房源 放心租住``, a nav row and ``栖榕租房 ＞ 鹭岸区 ＞ 滨江苑 ＞ 房源详情``
  (``header``), ``当前城市：栖榕　[切换城市]`` (bar).  Even pages: the rent line ``3200 元/月
  （押一付三）`` ABOVE the ``<h1>`` title; odd pages: the ``<h1>`` title over the rent line.
  Then the fact strip ``整租 · 2室1厅1卫 · 78㎡ · 朝南 · 中楼层/共18层`` and ``房源编号：
  QR…　更新于 2023-05-06　已有 N 人看过`` (metadata, neither), ``共 N 张实拍图　查看大图``
  (bar), ``房源描述`` (``<h3>``, ``header``) over three paragraphs and ``看房时间：…`` (ONE
  article with the title), the agent card ``经纪人：X　｜　鹭岸置业　｜　近30天带看 N 次``
  (metadata, neither).  Chrome: ``电话咨询 400-…转…　｜　在线咨询　｜　☆ 关注房源`` (bar),
  ``举报虚假房源`` (bar), a safety ``notice``, ``附近在租房源`` and three listing titles
  (``related``), a footer with an ICP number and a licence number.  Damage: ``cjk_space``
  on 1, ``stray_q`` on 4, ``comma`` on 6.  Meta: published (更新于), author (the agent or
  landlord).
* ``sealed_zi_dagang`` ('岑禾大学教务处' course syllabi, plain text, GB18030, LF): the page
  title line ``《城市水文学》课程教学大纲_教学文件_岑禾大学教务处``, the site row and ``当前
  位置：首页 > 教学文件 > 课程大纲`` (``header``); the publisher's row ``发布者：资源环境学院
  发布时间：2022-09-01　阅读：412`` (metadata, neither) ABOVE the bare title; under it the
  document's ``课程编号：HY2031　学分：3　总学时：48`` and ``适用专业：X　开课学院：Y`` rows
  (metadata, neither).  The ``一、`` heads, their paragraphs, the ``第1章　绪论（4学时）``
  plan lines, the paragraphs under them and the ``1. 《…》，…`` book list are ONE article;
  ``执笔人：X　审核人：Y`` closes it (metadata, neither).  Page breaks: the Word footer
  ``岑禾大学本科课程教学大纲　　1/3`` (``page_number``, counting up over the page) stands
  alone between blank lines and cuts a paragraph between two CJK letters (once, twice on
  pages 2 and 5); the last footer follows the 执笔人 row.  Damage: one more kind per page
  (``cjk_space`` / ``comma`` / ``stray_q``).  Chrome at the end: ``附件：X.docx（N KB）
  下载次数：N`` and ``【打印本页】　【关闭窗口】`` (bar), a footer line with an ICP number.
  Meta: published (发布时间), issuer (开课学院), author (执笔人).
* ``sealed_zi_matchday`` ('Lanwan Dragons RFC', HTML, UTF-8, LF, English; every page a
  compilation of 2, 3, 4, 3, 2, 4, 3, 2 reports of one month, newest first): the club name,
  a nav row, ``Home › News › Match Reports`` and the ``<h1>`` ``Match Reports — April 2023``
  (``header``).  Per report: the banner ``FT · Lanwan Dragons 24 – 17 Qiwan Pirates``
  (``header``), the fixture row ``Round 6 · Kick-off 2023-04-15 15:00 · Home · Binjiang
  Park`` (metadata, neither), THEN the ``<h2>`` title, three paragraphs and ``Player of the
  match: X, …`` (content), ``Words: X · Photos: Y`` (metadata, neither) and ``↑ Back to top``
  (bar).  Chrome at the end: a sponsor ``notice``, ``Older reports »`` (bar), a footer.
  No damage (the damage injector works on CJK prose).  Meta per report: published (the
  kick-off day), author (Words:).
* ``sealed_zi_yugao`` ('岚江广播电视台' weekly previews, plain text, UTF-16 with BOM, CRLF;
  every page a compilation of 4, 3, 5, 3, 4, 2, 3, 4 previews, in air order): the page title
  line ``第15周节目预告_节目单_岚江广播电视台``, the site row, ``您所在的位置：首页 › 节目单 ›
  每周预告``, ``本周看点（2023年4月10日—4月16日）`` (all ``header``).  Per preview: the banner
  ``◤ 本周看点 · 3 ◢`` (``header``), the air row ``播出：2023年4月12日（周三）20:10　｜
  新闻综合频道　｜　栏目：《岚江讲坛》`` (metadata, neither), THEN the bare title, THEN
  ``编导：X　主持：Y　嘉宾：Z`` (metadata, neither), the two synopsis paragraphs (content)
  and ``重播：次日 13:30`` (metadata, neither).  Damage: one kind in one preview per page, a
  second kind in another preview on pages 2 and 7; no page breaks.  Chrome at the end: an
  app ``notice``, a schedule-change ``notice``, ``« 第14周节目预告　｜　第16周节目预告 »``
  (``related``), two footer lines (licence, ICP).  Meta: published (the air day), author
  (编导).

Truth as :mod:`tests.families.blind_families_zg`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
listing's rent line, fact strip, listing number row and agent card are metadata rows (keys
only for the date and the agent); ``房源描述`` is a site heading (``header``) while the
viewing-time line is content; a syllabus's course-code and major rows and its 执笔人 row are
metadata, its ``一、`` heads, chapter plan lines and book list are content; the scoreline
banner is ``header`` (as set zg's letter banner) while the fixture row and the ``Words:``
credit are metadata and the player-of-the-match line is content; a preview's air, credit and
repeat rows are metadata, its banner ``header``.  Compiled pages: every ``matchday`` and
every ``yugao`` page; ``zufang`` and ``dagang`` are single documents.  ``python -m
tests.families.blind_families_zi`` (seed base 3500) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``fbcd53a`` (code of ``8c11079``, after this session's first
round; ``chrome_bench.py --sealed --per-family --repeat 1``; F1 / residue / titles / counts /
repairs / metadata; all pages in one folder and one folder per family gave the same rows):
dagang .955/0.0/1.0/1.0/.944/.667; matchday .914/.088/.261/.625/1.0/.196; yugao
.897/0.0/0.0/1.0/1.0/.500; zufang .752/.098/0.0/1.0/1.0/.500.  Means
.880/.047/.315/.906/.986/.466.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_families_zf import in_order
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zi_text import (
    CHANNELS,
    CLUB,
    COURSES,
    EN_TITLES,
    FIRMS_ZF,
    GROUNDS,
    HOMES,
    OFFICE,
    RIVALS,
    SHOWS,
    SITE_ZF,
    STATION,
    TEACHERS,
    TV_NAMES,
    TV_WHO,
    UNIV,
    GenZI,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
WEEK = "一二三四五六日"


# -- 1. the rental listings -----------------------------------------------------------------

ZF_DAMAGE = {1: "cjk_space", 4: "stray_q", 6: "comma"}


def fam_zufang(g: GenZI, i: int) -> Made:
    """'栖榕租房网' rental listings, HTML in GBK."""
    r = g.r
    a = g.home(i)
    title, trail, rent, layout, area = HOMES[i]
    if i in ZF_DAMAGE:
        damage(g, a, [ZF_DAMAGE[i]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>{title}【{SITE_ZF}】</title>", "</head>", "<body>")
    h.el("div", f"{SITE_ZF} · 真实房源 放心租住", "logo", "header")
    nav = ["首页", "整租", "合租", "品牌公寓", "地图找房", "发布房源"]
    h.links("header", nav, "　", "nav")
    h.el("div", "当前城市：栖榕　[切换城市]", "city", "bar")
    h.el("div", f"栖榕租房 ＞ {trail.replace(' > ', ' ＞ ')} ＞ 房源详情", "crumb", "header")
    pay = r.choice(["押一付三", "押一付一", "押二付一", "半年付"])
    price = f"{rent} 元/月（{pay}）"
    if i % 2 == 0:
        h.el("div", price, "price")
        h.el("h1", a.title)
    else:
        h.el("h1", a.title)
        h.el("div", price, "price")
    floor = r.choice(["低楼层", "中楼层", "高楼层"])
    kind = "合租" if title.startswith("合租") else "整租"
    facing = r.choice(["朝南", "南北", "朝东", "朝西南"])
    h.el(
        "div", f"{kind} · {layout} · {area}㎡ · {facing} · {floor}/共{r.randint(6, 33)}层", "facts"
    )
    code = f"QR{a.meta['published'].replace('-', '')}{r.randint(10, 99)}"
    seen = r.randint(30, 2000)
    h.el("div", f"房源编号：{code}　更新于 {a.meta['published']}　已有 {seen} 人看过", "info")
    h.el("div", f"共 {r.randint(6, 24)} 张实拍图　查看大图", "pics", "bar")
    h.el("h3", "房源描述", "", "header")
    h.body(a)
    a.lines = [a.title, *a.lines]
    who = a.meta["author"]
    firm = FIRMS_ZF[3] if who.startswith("房东") else r.choice(FIRMS_ZF[:3])
    h.el("div", f"经纪人：{who}　｜　{firm}　｜　近30天带看 {r.randint(3, 90)} 次", "agent")
    h.el(
        "div",
        f"电话咨询 400-6{r.randint(10, 99)}-{r.randint(1000, 9999)} 转 {r.randint(100, 999)}"
        "　｜　在线咨询　｜　☆ 关注房源",
        "call",
        "bar",
    )
    h.el("div", "举报虚假房源", "report", "bar")
    h.el(
        "p",
        "租房安全提示：签约前请核实房东身份及房产证明，看房前不要支付任何定金或中介费。",
        "safe",
        "notice",
    )
    h.el("h3", "附近在租房源", "", "related")
    h.items("related", r.sample([x[0] for n, x in enumerate(HOMES) if n != i], 3), "near")
    h.el(
        "p",
        f"{SITE_ZF} 版权所有　榕ICP备18027731号-2"
        f"　房地产经纪机构备案号：QR-JJ-0{r.randint(100, 999)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 2. the course syllabi (text from the Word document) -----------------------------------

SY_BREAKS = [1, 1, 2, 1, 1, 2, 1, 1]


def fam_dagang(g: GenZI, i: int) -> Made:
    """'岑禾大学教务处' course syllabi, GB18030 text with the Word footers."""
    r = g.r
    credit = r.choice([2, 3, 4])
    a = g.syllabus(i, credit * 16)
    _, code, school, major = COURSES[i]
    nb = SY_BREAKS[i]
    total = nb + 1
    tag = iter(range(1, 9))
    kinds = [ODD[i % 3]] + ["page_break"] * nb
    damage(g, a, kinds, lambda: [("page_number", f"@PB{next(tag)}@")])
    in_order(a, counter(1, total, lambda p, t: f"{UNIV}本科课程教学大纲　　{p}/{t}"))
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{a.title}_教学文件_{OFFICE}"),
        ("header", f"{OFFICE}　｜　首页　教学运行　考试管理　实践教学　教学文件　下载中心"),
        ("header", "当前位置：首页 > 教学文件 > 课程大纲"),
    ]
    put(lines, chrome, head)
    lines.append("")
    lines.append(
        f"发布者：{school}　　发布时间：{a.meta['published']}　　阅读：{r.randint(60, 900)}"
    )
    lines += ["", a.title, ""]
    lines.append(f"课程编号：{code}　　学分：{credit}　　总学时：{credit * 16}")
    lines.append(f"适用专业：{major}　　开课学院：{school}")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    checker = r.choice([x for x in TEACHERS if x != a.meta["author"]])
    lines.append(f"执笔人：{a.meta['author']}　　审核人：{checker}")
    lines.append("")
    put(lines, chrome, [("page_number", f"{UNIV}本科课程教学大纲　　{total}/{total}")])
    lines.append("")
    tail: Chrome = [
        ("bar", f"附件：{a.title}.docx（{r.randint(30, 400)} KB）　下载次数：{r.randint(5, 300)}"),
        ("bar", "【打印本页】　【关闭窗口】"),
        ("footer", f"版权所有：{OFFICE}　地址：岑禾市大学路1号　岑ICP备05011876号"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the rugby club's match reports (English) -----------------------------------------

REPORTS = [2, 3, 4, 3, 2, 4, 3, 2]
MONTHS = "January February March April May June July August September October November December"


def fam_matchday(g: GenZI, i: int) -> Made:
    """'Lanwan Dragons RFC' match reports, HTML, UTF-8, English; a month per page."""
    r = g.r
    k = REPORTS[i]
    g.month(k, newest_first=True)
    titles = r.sample(EN_TITLES, k)
    rivals = r.sample(RIVALS, k)
    arts = [g.report(t, x) for t, x in zip(titles, rivals, strict=True)]
    y0, m0, _ = ymd(arts[0])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>Match Reports | {CLUB} RFC</title>", "</head>", "<body>")
    h.el("div", f"{CLUB} RFC · Est. 1998", "brand", "header")
    nav = ["Home", "Fixtures", "Results", "News", "Juniors", "Join Us", "中文"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "Home › News › Match Reports", "crumb", "header")
    h.el("h1", f"Match Reports — {MONTHS.split()[m0 - 1]} {y0}", "", "header")
    rnd = 14 - i
    for n, (a, rival) in enumerate(zip(arts, rivals, strict=True)):
        home = r.random() < 0.5
        us, them = r.randint(10, 45), r.randint(5, 40)
        them += 3 if us == them else 0
        left, right = (CLUB, rival) if home else (rival, CLUB)
        ls, rs = (us, them) if home else (them, us)
        h.el("div", f"FT · {left} {ls} – {rs} {right}", "score", "header")
        ground = GROUNDS[0] if home else r.choice(GROUNDS[1:])
        where = "Home" if home else "Away"
        h.el(
            "div",
            f"Round {rnd - n} · Kick-off {a.meta['published']} {r.choice(['14:30', '15:00'])}"
            f" · {where} · {ground}",
            "fixture",
        )
        h.el("h2", a.title)
        h.body(a)
        a.lines = [a.title, *a.lines]
        shots = r.choice(["club photographer", "Mei Tan", "Kev Lo"])
        h.el("p", f"Words: {a.meta['author']} · Photos: {shots}", "by")
        h.el("div", "↑ Back to top", "top", "bar")
    h.el(
        "p",
        f"Our {y0} season is proudly supported by Lanwan Harbour Ales and Binjiang Physio.",
        "sponsor",
        "notice",
    )
    h.el("div", "Older reports »", "older", "bar")
    h.el(
        "p",
        f"© {y0} {CLUB} Rugby Football Club · Affiliated to the Lanwan Rugby Union",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 4. the TV station's weekly previews ----------------------------------------------------

PREVIEWS = [4, 3, 5, 3, 4, 2, 3, 4]


def fam_yugao(g: GenZI, i: int) -> Made:
    """'岚江广播电视台' weekly programme previews, UTF-16 text; a week per page."""
    r = g.r
    k = PREVIEWS[i]
    y, m, d0 = 2019 + i % 5, 3 + i, r.randint(1, 15)
    monday = datetime.date(y, m, d0) - datetime.timedelta(days=datetime.date(y, m, d0).weekday())
    days = sorted(r.sample(range(7), k))
    g.days = [(x.year, x.month, x.day) for x in (monday + datetime.timedelta(days=n) for n in days)]
    picks = r.sample(range(len(SHOWS)), k)
    guests = [r.choice(TV_WHO) for _ in picks]
    arts = [g.preview(j, x) for j, x in zip(picks, guests, strict=True)]
    hurt = r.randrange(k)
    damage(g, arts[hurt], [ODD[i % 3]])
    if i in (2, 7):
        damage(g, arts[(hurt + 1) % k], [ODD[(i + 1) % 3]])
    week = monday.isocalendar()[1]
    sunday = monday + datetime.timedelta(days=6)
    span = f"{monday.year}年{monday.month}月{monday.day}日—{sunday.month}月{sunday.day}日"
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"第{week}周节目预告_节目单_{STATION}"),
        ("header", "岚江广电网　首页 | 直播 | 点播 | 节目单 | 主持人 | 台务公开"),
        ("header", "您所在的位置：首页 › 节目单 › 每周预告"),
    ]
    put(lines, chrome, head)
    lines.append("")
    put(lines, chrome, [("header", f"本周看点（{span}）")])
    for n, (a, j, guest) in enumerate(zip(arts, picks, guests, strict=True), start=1):
        ay, am, ad = ymd(a)
        wd = WEEK[datetime.date(ay, am, ad).weekday()]
        show, _ = SHOWS[j]
        lines.append("")
        put(lines, chrome, [("header", f"◤ 本周看点 · {n} ◢")])
        lines.append(
            f"播出：{ay}年{am}月{ad}日（周{wd}）{g.clock()}"
            f"　｜　{r.choice(CHANNELS)}　｜　栏目：{show}"
        )
        lines.append(a.title)
        host = r.choice([x for x in TV_NAMES if x != a.meta["author"]])
        lines.append(f"编导：{a.meta['author']}　主持：{host}　嘉宾：{guest}")
        lines += a.page
        lines.append(f"重播：次日 {r.choice(['09:30', '13:30', '15:05'])}")
        a.lines = [a.title, *a.lines]
    lines.append("")
    tail: Chrome = [
        ("notice", "下载“岚江视听”客户端，直播点播随时看，精彩节目不错过。"),
        ("notice", "以上节目安排如有调整，以当天实际播出为准。"),
        ("related", f"« 第{week - 1}周节目预告　｜　第{week + 1}周节目预告 »"),
        (
            "footer",
            f"{STATION}　版权所有　广播电视节目制作经营许可证（岚）字第0{r.randint(100, 999)}号",
        ),
        ("footer", "岚ICP备08004512号-1　违法和不良信息举报电话：0731-8800××××"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily("sealed_zi_zufang", "sealed", "gbk", "\r\n", 8, fam_zufang, "html"),
    BlindFamily("sealed_zi_dagang", "sealed", "gb18030", "\n", 8, fam_dagang),
    BlindFamily("sealed_zi_matchday", "sealed", "utf-8", "\n", 8, fam_matchday, "html"),
    BlindFamily("sealed_zi_yugao", "sealed", "utf-16", "\r\n", 8, fam_yugao),
]

assert len(HOMES) == len(COURSES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3500, gen=GenZI)
