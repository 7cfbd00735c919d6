"""Four more invented families for a forty-eighth blind test of the generic layer: a
birdwatching society's monthly record round-up (plain text, GB18030, CRLF; every page a
month's field records, each under a ``◎ 第1106号鸟讯 ◎`` record-number line ABOVE the bare
title and an observer / weather / time row BELOW it, ``（续下页 2/5）`` marks cutting
sentences), a Taiwan lantern-riddle society's monthly magazine (HTML in Big5 (cp950) declared
``charset=big5`` by ``http-equiv``, CRLF; traditional letters; every page an issue whose
essays stand under a ``拾穗之參`` ordinal line and an ``<h3>`` title with a ``name 撰　‧
2019.07.05 刊`` row), a city grand theatre's performance pages (HTML, LF, UTF-8 declared
``<meta charset="utf-8">`` on even pages and GBK declared by ``http-equiv`` on odd ones; a
fact list or a label/value table under the ``<h1>``) and an amateur astronomy association's
sky-event previews in a print view (plain text, UTF-8 with BOM on even pages and UTF-16 with
BOM on odd ones, LF; a time table of the event's phases whose rows are content).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a birdwatching society, a riddle society, a theatre box office, an astronomy
club), header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yd_guanniao`` ('澄湖观鸟会' 鸟讯月报, plain text, GB18030, CRLF; every page a
  compilation of 3, 2, 4, 3, 2, 4, 3, 2 records of one month, oldest first): ``澄湖观鸟会 ·
  鸟讯月报``, ``首页 ∷ 鸟讯 ∷ 月报 ∷ 鸟种名录 ∷ 活动报名 ∷ 入会指南`` and ``2024年11月鸟讯汇总
  （共2条）`` (``header``), the review-and-location notice ``本汇总由会员自愿提交……`` (``notice``).
  Per record: ``◎ 第MMDD号鸟讯 ◎`` (``article_header``; the number is the record's month and
  day), the bare title ``place：event`` (content, the article's first line; the place and its
  full-width colon stay in the title), UNDER it ``观察者：X、Y　｜　天气：多云　｜　记录时间：
  2024年11月6日 07:20—10:05`` (metadata, neither), three paragraphs and a tally line
  ``本次共记录鸟种53种，个体约200只。`` (content).  Records are parted by a ``～`` rule (bar).
  Page breaks: ``（续下页 2/5）`` (``page_number``) cuts a paragraph between two CJK letters
  in one record on pages 1, 3, 5 and 6.  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` per page in another record.  Chrome at the end: the rule (bar), the citation
  request (``notice``), ``❀ 分享给鸟友　❀ 下载本月汇总　❀ 我要提交记录`` (bar), two
  ``往期鸟讯：YYYY年M月鸟讯汇总`` lines (``related``), a footer with a mail address and an
  ICP number.  Meta per record: author (the 观察者 value as printed, one or two names joined
  by ``、``), published (the record's date).
* ``sealed_yd_dengmi`` ('澄江燈謎學會' 燈謎月刊, HTML, Big5 (cp950) declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=big5">``, CRLF; traditional letters;
  every page a compilation of 2, 4, 3, 5, 2, 3, 4, 3 essays, newest first, in one month):
  ``<title>`` = ``燈謎月刊第N期 謎壇拾穗 - 澄江燈謎學會``; the society's name, ``學會簡介 ／
  燈謎月刊 ／ 猜謎活動 ／ 謎書書目 ／ 聯絡我們``, ``首頁 ⊙ 燈謎月刊 ⊙ 第N期`` and an ``<h2>``
  ``燈謎月刊　第N期　謎壇拾穗`` (all ``header``), the copyright-of-riddles notice (``notice``).  Per
  essay: ``<div>拾穗之壹</div>`` (financial numerals 壹 … 伍; ``article_header``), the ``<h3>``
  title (content, the first line), UNDER it ``林秀峰 撰　‧　2019.07.28 刊`` (metadata,
  neither; the name BEFORE its verb), two or three paragraphs quoting a riddle's face, target
  and answer (``謎面「…」，射字一，謎底為「…」。``) and a one-sentence closing line (content);
  after each essay ``▲ 回頁首`` (bar).  Chrome at the end: ``列印本頁 ｜ 轉寄好友 ｜ 加入書籤``
  (bar), ``上期回顧`` and three essay titles not on the page (``related``), two footer lines
  (address; a screen-resolution hint).  Damage: one kind in one essay on pages 1, 4 and 6;
  no page breaks.  Meta per essay: author, published.
* ``sealed_yd_yanchu`` ('岚湾大剧院', HTML, LF; even pages UTF-8 declared ``<meta
  charset="utf-8">``, odd pages GBK declared ``<meta http-equiv="Content-Type" …
  charset=gbk>``): ``<title>`` = ``X_演出详情_岚湾大剧院``; ``岚湾大剧院　LANWAN GRAND
  THEATRE``, a ``｜`` nav row and ``您现在的位置：演出日历 〉 genre 〉 详情`` (``header``).  Even
  pages: ``2016-11-20 发布 · 剧院节目部`` (metadata, neither) ABOVE the ``<h1>`` title, UNDER
  it a ``<ul>`` of four ``label：value`` facts (演出时间 / 演出场馆 / 票　　价 / 演出时长;
  neither); odd pages: the ``<h1>`` over a two-column ``<table>`` of the same facts (each
  label and each value a visible line of its own; neither) and, AFTER the body, ``（剧院节目部
  2020年8月27日发布）`` (metadata, neither).  ``立即购票　选座购买　☆ 想看 N`` (bar) under the
  facts.  The title, the ``<h2>`` heads ``剧目介绍`` / ``演出阵容`` / ``看点解读``, their
  paragraphs and the ``导演：`` / ``主演：`` / ``出品：`` lines are ONE article (content).
  Chrome: ``观演须知`` and its three ``<li>`` rules (``notice``), ``分享到：微信　微博　复制链接``
  (bar), ``近期演出`` and three show titles (``related``), two footer lines (address and box
  office phone; company and ICP number).  Damage: one kind per page.  Meta: published (the
  post date, not the performance date, which is later), origin (the posting department).
* ``sealed_yd_tianwen`` ('星槎天文爱好者协会' 天象预告, plain text, LF; even pages UTF-8 with
  BOM, odd pages UTF-16 with BOM): ``天象预告 | 星槎天文爱好者协会``, a bare nav row and
  ``栏目：天象预告（2023年第16篇）`` (``header``).  Even pages: the bare title line OVER
  ``撰稿　X　·　2023年3月13日 星期一`` (metadata, neither); odd pages: ``【天象预告】2017-10-05
  撰稿：X`` (metadata, neither) ABOVE the bare title.  Three paragraphs, ``主要时刻（北京时间）：``
  and three rows ``03月18日 19:18　event开始`` / ``最大`` / ``结束``, a paragraph and an
  ``观测建议：…`` line are ONE article with the title (content; the rows' date is the event's,
  two to six days after the post).  Page breaks: ``［打印页 2/3］`` (``page_number``) cuts a
  prose line between two CJK letters on pages 2 and 5.  Damage: one kind per page.
  Chrome at the end: the coordinates notice (``notice``), ``👍 有用 N　⭐ 收藏　📤 分享　🖨 打印``
  (bar), ``相关预告：`` and two ``· title`` lines (``related``), a footer with an ICP number.
  Meta: author (撰稿), published.

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare and are every article's first content line; dates
YYYY-MM-DD.  Arguable and fixed here: a record-number line (``◎ 第1106号鸟讯 ◎``) and an
essay ordinal (``拾穗之參``) are ``article_header`` chrome, not part of the title; a record's
tally line is content; a compilation's per-piece rows are metadata; the round-up's and the
magazine's opening notices belong to the page (``notice``), not to the first piece; a
theatre page's fact list or table (time, hall, prices, length) is metadata-like and neither
content nor chrome though no meta key takes it, its cast lines are content and its 观演须知
rules ``notice``; a preview's time-table rows are content.  Compiled pages: every
``guanniao`` and ``dengmi`` page; the other families are single documents.  ``python -m
tests.families.blind_families_yd`` (seed base 5600) rewrites them and checks the truth
against the pages.

Measured blind (held out all of session 22; nobody tuning the code opened it), all sealed
pages in one folder, content F1/residue/titles/counts/repairs/metadata, identical at the
session-22 start code (e3d9d38) and at its end code (ab7f094): dengmi .957/.230/0/.25/1/0;
guanniao .915/.033/1/1/.667/.5; tianwen .969/.027/0/1/.8/.5; yanchu .816/.267/1/1/1/0 (set
means .914/.139/.5/.813/.867/.25).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yd_text import (
    DM_SOC,
    DM_TITLES,
    NB_BIRDS,
    NB_CLUB,
    NB_SITES,
    NB_WEATHER,
    TW_CLUB,
    TW_EVENTS,
    YC_HALL,
    YC_SHOWS,
    GenYD,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the birdwatching society's monthly round-up (a compilation, plain text) ----------------

NB_N = [3, 2, 4, 3, 2, 4, 3, 2]
NB_BREAK = {1, 3, 5, 6}
WAVE = "～" * 20


def fam_guanniao(g: GenYD, i: int) -> Made:
    """'澄湖观鸟会' 鸟讯月报 pages, GB18030 text; every page one month's records."""
    r = g.r
    k = NB_N[i]
    g.month(k, newest_first=False)
    sites = r.sample(NB_SITES, k)
    birds = r.sample(NB_BIRDS, k)
    arts = [g.bird_record(s, b) for s, b in zip(sites, birds, strict=True)]
    y, m, _ = ymd(arts[0])
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"（续下页 {p}/{t}）")
    hurt = r.sample(range(k), 2)
    if i in NB_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{NB_CLUB} · 鸟讯月报"),
            ("header", "首页 ∷ 鸟讯 ∷ 月报 ∷ 鸟种名录 ∷ 活动报名 ∷ 入会指南"),
            ("header", f"{y}年{m}月鸟讯汇总（共{k}条）"),
            (
                "notice",
                "本汇总由会员自愿提交，经记录审核组核对后发布；鸟种名称依会内现行名录，"
                "敏感鸟种的具体位置已作模糊处理。",
            ),
        ],
    )
    for n, a in enumerate(arts):
        _, mm, dd = ymd(a)
        lines.append("")
        if n:
            put(lines, chrome, [("bar", WAVE)])
            lines.append("")
        put(lines, chrome, [("article_header", f"◎ 第{mm:02d}{dd:02d}号鸟讯 ◎")])
        lines.append(a.page[0])
        t0 = r.randint(5, 7)
        lines.append(
            f"观察者：{a.meta['author']}　｜　天气：{r.choice(NB_WEATHER)}　｜　"
            f"记录时间：{y}年{mm}月{dd}日 {t0:02d}:{r.choice([10, 20, 40])}—{t0 + 3:02d}:05"
        )
        lines += a.page[1:]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", WAVE),
            ("notice", f"如需引用本月鸟讯数据，请注明“{NB_CLUB}”及鸟讯编号，谢谢合作。"),
            ("bar", "❀ 分享给鸟友　❀ 下载本月汇总　❀ 我要提交记录"),
            ("related", f"往期鸟讯：{y}年{m - 1 if m > 1 else 12}月鸟讯汇总"),
            ("related", f"往期鸟讯：{y}年{m - 2 if m > 2 else m + 10}月鸟讯汇总"),
            (
                "footer",
                f"{NB_CLUB}　联系邮箱：records@example.org　澄ICP备19004{r.randint(100, 999)}号",
            ),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the riddle society's monthly (a compilation, HTML in Big5) -------------------------------

DM_N = [2, 4, 3, 5, 2, 3, 4, 3]
DM_ORD = "壹貳參肆伍"


def fam_dengmi(g: GenYD, i: int) -> Made:
    """'澄江燈謎學會' 燈謎月刊 pages, HTML, Big5; every page one issue's essays."""
    r = g.r
    k = DM_N[i]
    g.month(k, newest_first=True)
    start = sum(DM_N[:i])
    arts = [g.riddle_piece(t) for t in DM_TITLES[start : start + k]]
    if i in (1, 4, 6):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    issue = 120 + i
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>燈謎月刊第{issue}期 謎壇拾穗 - {DM_SOC}</title>", "</head>", "<body>")
    h.el("div", DM_SOC, "logo", "header")
    h.links("header", ["學會簡介", "燈謎月刊", "猜謎活動", "謎書書目", "聯絡我們"], " ／ ", "menu")
    h.el("div", f"首頁 ⊙ 燈謎月刊 ⊙ 第{issue}期", "where", "header")
    h.el("h2", f"燈謎月刊　第{issue}期　謎壇拾穗", "", "header")
    h.el("p", "本刊文章均由會員投稿，謎作版權屬原作者所有，轉載請先徵得同意。", "note", "notice")
    for n, a in enumerate(arts):
        y, m, d = ymd(a)
        h.el("div", f"拾穗之{DM_ORD[n]}", "seq", "article_header")
        h.el("h3", a.title)
        h.el("div", f"{a.meta['author']} 撰　‧　{y}.{m:02d}.{d:02d} 刊", "by")
        for x in a.page[1:]:
            h.el("p", x)
        h.el("div", "▲ 回頁首", "top", "bar")
    h.el("div", "列印本頁 ｜ 轉寄好友 ｜ 加入書籤", "tools", "bar")
    h.el("h4", "上期回顧", "", "related")
    h.items(
        "related", r.sample([t for t in DM_TITLES if t not in {a.title for a in arts}], 3), "back"
    )
    h.el(
        "p",
        f"{DM_SOC} 版權所有 (C) 2008-2024　會址：澄江市文化路二段{r.randint(10, 99)}號三樓",
        "",
        "footer",
    )
    h.el("p", "本站建議使用 1024×768 以上解析度瀏覽", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the grand theatre's performance pages (HTML, UTF-8 / GBK) -------------------------------

RULES = [
    "请提前三十分钟凭电子票二维码检票入场，迟到观众请在幕间入场。",
    "演出过程中请勿拍照、录像，并将手机调至静音。",
    "一米二以下儿童谢绝入场（儿童剧除外），儿童剧一人一票。",
]


def fam_yanchu(g: GenYD, i: int) -> Made:
    """'岚湾大剧院' performance pages, HTML; even pages UTF-8, odd pages GBK."""
    r = g.r
    a = g.show(i)
    title, kind, _ = YC_SHOWS[i]
    damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    on = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(12, 40))
    py, pm, pd = on.year, on.month, on.day
    dept = a.meta["origin"]
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta charset="utf-8">')
    else:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>{title}_演出详情_{YC_HALL}</title>", "</head>", "<body>")
    h.el("div", f"{YC_HALL}　LANWAN GRAND THEATRE", "brand", "header")
    h.links(
        "header", ["首页", "演出日历", "购票指南", "会员中心", "艺术教育", "剧院概况"], "｜", "nav"
    )
    h.el("div", f"您现在的位置：演出日历 〉 {kind} 〉 详情", "loc", "header")
    hall = r.choice(["歌剧厅", "音乐厅", "多功能厅"])
    facts = [
        ("演出时间", f"{py}年{pm}月{pd}日 {r.choice(['19:30', '14:30', '20:00'])}"),
        ("演出场馆", f"{YC_HALL}{hall}"),
        ("票　　价", "／".join(f"{x}0" for x in sorted(r.sample(range(6, 69), 4))) + "元"),
        ("演出时长", f"约{r.randint(9, 16)}0分钟（含中场休息）"),
    ]
    # the facts are the page's text (docs/truth_conventions.md: an event's time, place, price and
    # length rows under its title are content); the pages are as they were written blind
    if i % 2 == 0:
        a.lines[1:1] = [f"{lab}：{val}" for lab, val in facts]
    else:
        a.lines[1:1] = [x for fact in facts for x in fact]
    if i % 2 == 0:
        h.el("div", f"{y}-{m:02d}-{d:02d} 发布 · {dept}", "stamp")
        h.el("h1", a.title)
        h.raw('<ul class="facts">')
        for lab, val in facts:
            h.el("li", f"{lab}：{val}")
        h.raw("</ul>")
    else:
        h.el("h1", a.title)
        h.raw('<table class="facts">')
        for lab, val in facts:
            h.raw(f"<tr><td>{lab}</td><td>{val}</td></tr>")
        h.raw("</table>")
    h.el("div", f"立即购票　选座购买　☆ 想看 {r.randint(40, 900)}", "buy", "bar")
    for x in a.page[1:]:
        h.el("h2" if x in ("剧目介绍", "演出阵容", "看点解读") else "p", x)
    if i % 2:
        h.el("p", f"（{dept}　{y}年{m}月{d}日发布）", "stamp")
    h.el("h3", "观演须知", "", "notice")
    h.raw('<ol class="rules">')
    for x in RULES:
        h.el("li", x, "", "notice")
    h.raw("</ol>")
    h.el("div", "分享到：微信　微博　复制链接", "share", "bar")
    h.el("h4", "近期演出", "", "related")
    h.items("related", r.sample([x[0] for k, x in enumerate(YC_SHOWS) if k != i], 3), "soon")
    h.el(
        "p",
        f"{YC_HALL}　地址：岚湾市滨江大道1号　票务热线：0731-8{r.randint(100, 999)}6666",
        "",
        "footer",
    )
    h.el("p", "版权所有：岚湾大剧院管理有限公司　岚ICP备15007788号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the astronomy association's previews (plain text, UTF-8 with BOM / UTF-16) --------------

TW_BREAK = {2, 5}


def fam_tianwen(g: GenYD, i: int) -> Made:
    """'星槎天文爱好者协会' 天象预告 pages, print view as text."""
    r = g.r
    a = g.sky(i)
    y, m, d = ymd(a)
    if i in TW_BREAK:
        mark = counter(2, 3, lambda p, t: f"［打印页 {p}/{t}］")
        damage(g, a, ["page_break"], lambda: [("page_number", mark())])
    damage(g, a, [ODD[(i + 1) % 3]])
    who = a.meta["author"]
    wd = "一二三四五六日"[datetime.date(y, m, d).weekday()]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"天象预告 | {TW_CLUB}"),
            ("header", "协会首页　天象预告　观测报告　器材交流　科普讲座　加入我们"),
            ("header", f"栏目：天象预告（{y}年第{r.randint(3, 30)}篇）"),
        ],
    )
    lines.append("")
    if i % 2 == 0:
        lines.append(a.page[0])
        lines.append(f"撰稿　{who}　·　{y}年{m}月{d}日 星期{wd}")
    else:
        lines.append(f"【天象预告】{y}-{m:02d}-{d:02d}　撰稿：{who}")
        lines.append(a.page[0])
    lines.append("")
    lines += a.page[1:]
    chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "本文天象时刻按澄州（东经112.9°，北纬28.2°）计算，其他地区前后相差数分钟，"
                "转载请注明出处。",
            ),
            ("bar", f"👍 有用 {r.randint(5, 90)}　⭐ 收藏　📤 分享　🖨 打印"),
            ("related", "相关预告："),
            *[
                ("related", f"· {x[0]}")
                for x in r.sample([e for k, e in enumerate(TW_EVENTS) if k != i], 2)
            ],
            ("footer", f"{TW_CLUB}　© 2012-{y}　澄ICP备12008{r.randint(100, 999)}号"),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_yd_guanniao", "sealed", "gb18030", "\r\n", 8, fam_guanniao),
    BlindFamily("sealed_yd_dengmi", "sealed", "cp950", "\r\n", 8, fam_dengmi, "html"),
    BlindFamily(
        "sealed_yd_yanchu", "sealed", "utf-8", "\n", 8, fam_yanchu, "html", ("utf-8", "gbk")
    ),
    BlindFamily(
        "sealed_yd_tianwen",
        "sealed",
        "utf-8-sig",
        "\n",
        8,
        fam_tianwen,
        "txt",
        ("utf-8-sig", "utf-16"),
    ),
]

assert len(YC_SHOWS) == 8 and len(TW_EVENTS) == 8 and sum(DM_N) <= len(DM_TITLES)


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5600, gen=GenYD)
