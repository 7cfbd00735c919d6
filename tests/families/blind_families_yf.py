"""Four more invented families for a blind test of the generic layer (set ``yf``): a city
funeral service centre's online obituary board in its print view (plain text, CRLF, GBK on
even pages and UTF-16 with BOM on odd ones; every page one month's obituaries, each under a
dashed ``—— 讣字第0417号 ——`` number line ABOVE its ``沉痛悼念X同志`` title and closed by a
funeral-committee line and a date line, the print view's counter cutting sentences), a city
volunteer service platform's recruitment posts (HTML, UTF-8 with BOM declared by
``http-equiv``, LF; a status badge and a one-line fact row on even pages, a ``<ul>`` fact list
on odd ones), a Taiwan district agricultural research station's pest and disease bulletins
in a print view (plain text, Big5 (cp950), LF; traditional letters; every page one bulletin
whose crop items open with a ``〈二〉作物別：X　｜　對象：Y`` row ABOVE the bare title and close
with a parenthesised unit-author row) and a residential community's residents' council
minutes (HTML, GB18030 declared ``charset=GB18030`` by ``http-equiv``, CRLF; every page one
meeting's topics, each under a ``议题 ② ／ 共 4 项`` counter row ABOVE its ``<h3>`` title and a
proposer row BELOW it).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (an obituary board, a volunteer platform, a pest-forecast station, a residents'
council), header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yf_fugao`` ('桐江市殡仪服务中心' 讣告栏, plain text, CRLF, GBK on even pages and
  UTF-16 with BOM on odd ones; every page a compilation of 3, 2, 4, 5, 2, 3, 4, 3
  obituaries, newest first, all of one month): ``桐江市殡仪服务中心　｜　网上讣告查询``,
  ``首页 > 讣告栏 > 本月讣告（2019年7月）`` and ``打印时间：2019-07-24 20:37`` (``header``), the
  ``讣告信息由逝者亲属委托提供……联系值班室。`` line (``notice``).  Per obituary: the number
  line ``—— 讣字第0168号 ——`` (neither), the title line ``沉痛悼念X同志`` / ``X老先生`` /
  ``X女士`` / ``X老人`` (the title, bare, and the first content line), four paragraphs (the
  death with its date and age, the life, the farewell rite, ``特此讣告。``) and the family's
  contact line ``联系人：周××（长子）　电话：138××××2381`` (content), then the committee line
  ``X同志治丧小组`` and the date line ``2019年7月24日`` (metadata, neither), the obituaries
  parted by a ``┄`` rule (``bar``, after each one, the last included).  Page breaks: the
  print view's counter ``桐江殡仪·讣告栏打印版　2／4`` (``page_number``) cuts a paragraph
  between two CJK letters in one obituary on pages 1, 3 and 6.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in another obituary on pages 0, 2, 3, 4, 5, 7.
  Chrome at the end: ``往期讣告：6月　5月　4月`` (``related``), ``【打印本页】　【返回列表】
  【网上祭奠】`` (``bar``), the hotline-and-address line and the copyright-and-ICP line
  (``footer``).  Meta per obituary: issuer (the 治丧小组 line), published (its date line, =
  the day of death).
* ``sealed_yf_zhiyuan`` ('鹭汀志愿服务网', HTML, UTF-8 with BOM declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=utf-8">``, LF; single posts):
  ``<title>`` = ``X_志愿项目_鹭汀志愿服务网``; the logo line ``鹭汀志愿服务网　LUTING VOLUNTEER
  SERVICE``, the ``首页 | 志愿项目 | … | 登录/注册`` menu and ``您在这里：首页 » 志愿项目 »
  项目详情`` (``header``).  Even pages: a ``<span>`` badge ``● 招募中`` (``bar``) ABOVE the
  ``<h1>`` title and UNDER it the row ``发起组织：X　　发布于 2021-03-24　　浏览 N``
  (metadata, neither); odd pages: the ``<h1>`` title OVER a ``<ul>`` of five facts
  ``项目编号：…`` / ``服务时间：…`` / ``招募人数：已报名 N ／ 计划 M`` / ``发起组织：X`` /
  ``发布日期：2023/6/3`` (all neither; the organisation and date are metadata).
  ``我要报名　　收藏项目`` (``bar``).  The body: the ``<h3>`` heads ``项目介绍`` /
  ``岗位要求`` / ``注意事项`` (content), two paragraphs, three ``1. …；`` requirement lines,
  one paragraph and the ``联系人：…　联系电话：…`` line (content) are ONE article with the
  title.  Chrome: ``分享到：微信　微博　QQ空间　复制链接`` (``bar``),
  the time-logging notice (``notice``), ``已报名志愿者（N）`` and a row of masked names
  ``韦**　邹**…`` (``bar``), ``其他正在招募的项目`` and three titles (``related``), two footer
  lines.  Damage: one kind on pages 1, 2, 4, 6, 7.  Meta: published, origin (the
  organisation).
* ``sealed_yf_bingchong`` ('嘉禾區農業改良場' 病蟲害發生預警, plain text, Big5 (cp950), LF;
  traditional letters; every page a compilation of 3, 4, 2, 5, 3, 4, 2, 3 crop items):
  ``嘉禾區農業改良場全球資訊網　列印本頁``, ``首頁 / 技術服務 / 病蟲害預警 / 第5期``, the
  bulletin's own head ``嘉禾區農業改良場　病蟲害發生預警　113年第5期`` (ROC year) and
  ``發布日期：2024-10-12　點閱：121`` (all ``header``), the ``本預警依據……安全採收期。``
  disclaimer (``notice``).  Per item: the row ``〈二〉作物別：胡麻　｜　對象：白粉病`` (neither),
  the bare title line (title and first content line), three labelled paragraphs
  ``發生現況：…`` / ``防治建議：…`` / ``如有疑問，…`` (content; the labels stay) and the row
  ``（作物環境課　范瑞琳　撰稿）`` (metadata, neither).  Page breaks: the print view's folio
  ``嘉禾區農業改良場　病蟲害預警第5期　—2—`` (``page_number``) cuts a paragraph between two
  CJK letters on pages 2 and 5.  Damage: ``cjk_space`` or ``stray_q`` in another item on even
  pages.  Chrome at the end: ``上一期：…`` / ``下一期：…`` (``related``), ``回上頁　｜　友善列印
  ｜　轉寄好友`` (``bar``), an address line and a resolution-and-maintainer line (``footer``).
  Meta per item: author (the 撰稿 row), published (the bulletin's 發布日期, ISO on the page).
* ``sealed_yf_yishi`` ('沙湾街道枫香社区居民委员会' 居民议事会, HTML, GB18030 declared
  ``<meta http-equiv="Content-Type" content="text/html; charset=GB18030">``, CRLF; every page
  a compilation of 3, 4, 2, 5, 3, 2, 4, 3 topics): ``<title>`` = ``X - 居务公开 - committee``;
  the committee line, a nav row and ``当前位置：居务公开 > 议事纪要`` (``header``), the
  minutes' ``<h2>`` ``枫香社区第20次居民议事会议纪要``, the row ``会议时间：2019年8月4日（星期日）
  19:00　地点：…　主持：X`` and the attendance line ``应到议事代表27人，实到26人，列席4人。`` (all
  ``header``).  Per topic: the counter row ``议题 ② ／ 共 3 项`` (neither) ABOVE the ``<h3>``
  title ``关于……的议题`` (title and first content line), UNDER it ``提议人：X（4栋居民代表）
  附议：6人`` (metadata, neither), then two paragraphs, ``表决结果：同意20票，反对0票，弃权1票，
  议题通过。`` and ``责任落实：…`` (content).  Chrome at the end: the posting notice
  ``以上纪要已于会后……书面反映。`` (``notice``), ``【打印】　【关闭】　浏览次数：N`` (``bar``),
  ``上一篇：…`` / ``下一篇：…`` (``related``), the address line (``footer``).  Damage: one kind
  in one topic on pages 0, 3, 5 and 6; no page breaks.  Meta per topic: author (the
  提议人), published (the meeting's date).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable and fixed
here: an obituary's number line is neither, its title is its first content line, its contact
line (redacted with ``×``) is content, its committee and date lines are metadata, and the
rule after each obituary is ``bar``; a recruitment post's section heads and numbered
requirement lines are content, its badge, sign-up buttons and volunteer roll chrome
(``bar``), its fact list neither; a pest bulletin's own head line and 發布日期 row are
``header`` (the ROC year stands only in the head, the date row is ISO), every item takes the
bulletin's date, and the 作物別 row is neither; a topic's vote line and 责任落实 line are
content, the minutes' heading, meeting row and attendance line are ``header`` (the page's),
and every topic takes the meeting's date.  Compiled pages: every ``fugao``, ``bingchong``
and ``yishi`` page; ``zhiyuan`` pages are single posts.  ``python -m
tests.families.blind_families_yf`` (seed base 5800) rewrites them and checks the truth
against the pages.

Measured blind (held out all session 23: nobody tuning the code opened it), per family
(F1/residue/titles/counts/repairs/meta), identical at the session's start code (0798f68)
and at its end code (79bbea7b): bingchong .886/.073/.5/.25/.667/.346; fugao
.922/.097/.308/0/.778/0; yishi .864/.364/0/0/1/0; zhiyuan .987/.026/1/1/1/.5 (means
.915/.140/.452/.563/.861/.212).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yf_text import (
    BC_AUTHORS,
    BC_ITEMS,
    BC_STATION,
    BC_UNITS,
    FG_CITY,
    FG_SITE,
    YS_COMMITTEE,
    YS_COMMUNITY,
    YS_HOSTS,
    YS_PROPOSERS,
    YS_TOPICS,
    ZY_NAMES,
    ZY_ORGS,
    ZY_PROJECTS,
    ZY_SITE,
    GenYF,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨"
NUM = "一二三四五六七八九"
WEEK = "一二三四五六日"


# -- 1. the obituary board (a compilation, print view, GBK / UTF-16) ----------------------------

FG_N = [3, 2, 4, 5, 2, 3, 4, 3]
FG_BREAK = {1, 3, 6}
FG_RULE = "┄" * 22


def fam_fugao(g: GenYF, i: int) -> Made:
    """'桐江市殡仪服务中心' obituary board, one month per page; even pages GBK, odd UTF-16."""
    r = g.r
    k = FG_N[i]
    g.month(k, newest_first=True)
    arts = [g.obituary(j) for j in range(k)]
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"桐江殡仪·讣告栏打印版　{p}／{t}")
    hurt = r.sample(range(k), 2)
    if i in FG_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i not in (1, 6):
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    y, m, d = ymd(arts[0])
    back = [(m - j - 1) % 12 + 1 for j in range(1, 4)]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{FG_SITE}　｜　网上讣告查询"),
            ("header", f"首页 > 讣告栏 > 本月讣告（{y}年{m}月）"),
            ("header", f"打印时间：{y}-{m:02d}-{d:02d} {g.clock()}"),
            (
                "notice",
                "讣告信息由逝者亲属委托提供，本中心仅代为发布；如需更正，请于告别仪式前联系值班室。",
            ),
        ],
    )
    for a in arts:
        lines.append("")
        ay, am, ad = ymd(a)
        lines.append(f"—— 讣字第{r.randint(100, 999):04d}号 ——")
        lines.append(a.title)
        lines += a.page
        lines.append(a.meta["issuer"])
        lines.append(f"{ay}年{am}月{ad}日")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
        lines.append("")
        put(lines, chrome, [("bar", FG_RULE)])
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", "往期讣告：" + "　".join(f"{x}月" for x in back)),
            ("bar", "【打印本页】　【返回列表】　【网上祭奠】"),
            (
                "footer",
                f"{FG_SITE}　24小时服务热线：0573-8{r.randint(100, 999)}0000　"
                f"地址：{FG_CITY}西山路199号",
            ),
            ("footer", f"版权所有 {FG_SITE} 2008-{y}　浙ICP备0{r.randint(1000, 9999)}号"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the volunteer platform's recruitment posts (HTML, UTF-8 with BOM) -----------------------


def fam_zhiyuan(g: GenYF, i: int) -> Made:
    """'鹭汀志愿服务网' recruitment posts, HTML; a status badge and a fact list by turns."""
    r = g.r
    org = r.choice(ZY_ORGS)
    a = g.recruit(i, org)
    if i in (1, 2, 4, 6, 7):
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    plan = r.randint(8, 40)
    got = r.randint(1, plan)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    h.raw(f"<title>{a.title}_志愿项目_{ZY_SITE}</title>")
    h.raw('<script src="/js/jquery.min.js"></script>', "</head>", "<body>")
    h.el("div", f"{ZY_SITE}　LUTING VOLUNTEER SERVICE", "logo", "header")
    h.links(
        "header",
        ["首页", "志愿项目", "志愿组织", "时长查询", "志愿风采", "登录/注册"],
        " | ",
        "menu",
    )
    h.el("div", "您在这里：首页 » 志愿项目 » 项目详情", "crumb", "header")
    when = f"{m}月{min(d + r.randint(5, 12), 28)}日"
    if i % 2 == 0:
        h.el("span", "● 招募中", "badge", "bar")
        h.el("h1", a.title)
        h.el(
            "div",
            f"发起组织：{org}　　发布于 {y}-{m:02d}-{d:02d}　　浏览 {r.randint(90, 2000)}",
            "by",
        )
    else:
        h.el("h1", a.title)
        h.raw('<ul class="facts">')
        h.el("li", f"项目编号：LT{y}{r.randint(10000, 99999)}")
        h.el("li", f"服务时间：{when} {g.clock()}—{g.clock()}")
        h.el("li", f"招募人数：已报名 {got} ／ 计划 {plan}")
        h.el("li", f"发起组织：{org}")
        h.el("li", f"发布日期：{y}/{m}/{d}")
        h.raw("</ul>")
    h.el("div", "我要报名　　收藏项目", "btns", "bar")
    h.raw('<div class="detail">')
    for x in a.page:
        h.el("h3" if len(x) <= 4 else "p", x)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("div", "分享到：微信　微博　QQ空间　复制链接", "share", "bar")
    h.el(
        "p",
        "志愿服务时长将在活动结束后7个工作日内由发起组织录入系统，如有疑问请直接联系发起组织。",
        "tip",
        "notice",
    )
    h.el("h4", f"已报名志愿者（{got}）", "", "bar")
    masked = [f"{x[0]}*{'*' if len(x) > 2 else ''}" for x in r.sample(ZY_NAMES, 4)]
    h.el("div", "　".join(masked), "vols", "bar")
    h.el("h4", "其他正在招募的项目", "", "related")
    h.items("related", r.sample([x[0] for k, x in enumerate(ZY_PROJECTS) if k != i], 3), "more")
    h.el(
        "p",
        f"主办：鹭汀市志愿服务联合会　技术支持：鹭汀市信息中心　"
        f"闽ICP备1{r.randint(1000000, 9999999)}号",
        "",
        "footer",
    )
    h.el("p", "本平台不以任何形式向志愿者收取费用", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 3. the pest bulletins (a compilation, Big5 text) -------------------------------------------

BC_N = [3, 4, 2, 5, 3, 4, 2, 3]
BC_BREAK = {2, 5}


def fam_bingchong(g: GenYF, i: int) -> Made:
    """'嘉禾區農業改良場' 病蟲害發生預警 bulletins, Big5 text; every page one bulletin."""
    r = g.r
    k = BC_N[i]
    picks = r.sample(BC_ITEMS, k)
    authors = [r.choice(BC_AUTHORS) for _ in picks]
    arts = [g.pest(x, w) for x, w in zip(picks, authors, strict=True)]
    y, m, d = g.date()
    roc = y - 1911
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    hurt = r.sample(range(k), 2)
    if i in BC_BREAK:
        mark = f"{BC_STATION}　病蟲害預警第{i + 3}期　—{r.randint(2, 3)}—"
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", mark)])
    if i % 2 == 0:
        damage(g, arts[hurt[1]], [["cjk_space", "stray_q"][i // 2 % 2]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{BC_STATION}全球資訊網　列印本頁"),
            ("header", f"首頁 / 技術服務 / 病蟲害預警 / 第{i + 3}期"),
            ("header", f"{BC_STATION}　病蟲害發生預警　{roc}年第{i + 3}期"),
            ("header", f"發布日期：{y}-{m:02d}-{d:02d}　點閱：{r.randint(80, 3000)}"),
            (
                "notice",
                "本預警依據轄區定點調查資料研判，僅供農友參考；施用農藥前請詳閱標示並遵守安全採收期。",
            ),
        ],
    )
    for n, (item, a) in enumerate(zip(picks, arts, strict=True)):
        lines.append("")
        lines.append(f"〈{NUM[n]}〉作物別：{item[0]}　｜　對象：{item[1]}")
        lines.append(a.title)
        lines += a.page
        lines.append(f"（{r.choice(BC_UNITS)}　{a.meta['author']}　撰稿）")
        # the bare title line is the item's first content line (as the docstring and
        # docs/truth_conventions.md say; the truth had left it out: f1low)
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"上一期：{roc}年第{i + 2}期病蟲害發生預警"),
            ("related", f"下一期：{roc}年第{i + 4}期病蟲害發生預警"),
            ("bar", "回上頁　｜　友善列印　｜　轉寄好友"),
            (
                "footer",
                f"{BC_STATION}　地址：嘉禾縣新化鎮牛埔里{r.randint(20, 90)}號　"
                f"電話：(06)5{r.randint(100000, 999999)}",
            ),
            ("footer", "最佳瀏覽解析度 1280×768　本網站由農業部資訊中心維護"),
        ],
    )
    return lines, arts, chrome, True


# -- 4. the residents' council minutes (a compilation, HTML, GB18030) ---------------------------

YS_N = [3, 4, 2, 5, 3, 2, 4, 3]


def fam_yishi(g: GenYF, i: int) -> Made:
    """'枫香社区' 居民议事会 minutes, HTML in GB18030; every page one meeting's topics."""
    r = g.r
    k = YS_N[i]
    picks = r.sample(YS_TOPICS, k)
    who = r.sample(YS_PROPOSERS, k)
    arts: list[Art] = [g.topic(t, w) for t, w in zip(picks, who, strict=True)]
    y, m, d = g.date()
    wd = WEEK[datetime.date(y, m, d).weekday()]
    for a in arts:
        a.meta["published"] = f"{y:04d}-{m:02d}-{d:02d}"
    if i in (0, 3, 5, 6):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    no = 20 + i * 2 + r.randint(0, 1)
    name = f"{YS_COMMUNITY}第{no}次居民议事会议纪要"
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">')
    h.raw(f"<title>{name} - 居务公开 - {YS_COMMITTEE}</title>", "</head>", "<body>")
    h.el("div", f"{YS_COMMITTEE}", "top", "header")
    h.links(
        "header", ["首页", "社区概况", "居务公开", "便民服务", "党建园地", "联系我们"], "　", "nav"
    )
    h.el("div", "当前位置：居务公开 > 议事纪要", "loc", "header")
    h.el("h2", name, "", "header")
    h.el(
        "div",
        f"会议时间：{y}年{m}月{d}日（星期{wd}）19:00　地点：社区党群服务中心二楼　"
        f"主持：{r.choice(YS_HOSTS)}",
        "when",
        "header",
    )
    total = r.randint(24, 31)
    h.el(
        "p",
        f"应到议事代表{total}人，实到{total - r.randint(1, 4)}人，列席{r.randint(2, 5)}人。",
        "att",
        "header",
    )
    for n, a in enumerate(arts):
        h.el("div", f"议题 {CIRCLED[n]} ／ 共 {k} 项", "yt")
        h.el("h3", a.title)
        h.el(
            "p",
            f"提议人：{a.meta['author']}（{r.randint(1, 18)}栋居民代表）　"
            f"附议：{r.randint(3, 15)}人",
            "who",
        )
        h.body(a)
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "以上纪要已于会后在各小区公示栏同步张贴，居民如有不同意见，可在公示期内向社区居委会书面反映。",
        "gs",
        "notice",
    )
    h.el("div", f"【打印】　【关闭】　浏览次数：{r.randint(40, 900)}", "tool", "bar")
    h.el("div", f"上一篇：{YS_COMMUNITY}第{no - 1}次居民议事会议纪要", "prev", "related")
    h.el(
        "div",
        f"下一篇：{YS_COMMUNITY}{r.choice(['春节', '国庆', '重阳'])}邻里活动报名通知",
        "next",
        "related",
    )
    h.el(
        "p",
        f"{YS_COMMITTEE}　地址：沙湾街道枫香路{r.randint(10, 90)}号　"
        f"电话：020-8{r.randint(1000000, 9999999)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_yf_fugao", "sealed", "gbk", "\r\n", 8, fam_fugao, "txt", ("gbk", "utf-16")),
    BlindFamily("sealed_yf_zhiyuan", "sealed", "utf-8-sig", "\n", 8, fam_zhiyuan, "html"),
    BlindFamily("sealed_yf_bingchong", "sealed", "cp950", "\n", 8, fam_bingchong),
    BlindFamily("sealed_yf_yishi", "sealed", "gb18030", "\r\n", 8, fam_yishi, "html"),
]

assert len(ZY_PROJECTS) == 8 and len(BC_ITEMS) >= 5 and len(YS_TOPICS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5800, gen=GenYF)
