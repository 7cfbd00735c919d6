"""Four more invented families for a forty-sixth blind test of the generic layer: a district
court enforcement bureau's exposure column (plain text, GBK, LF; every page an issue that
compiles several debtors, each under a ``〓　第 2 则　〓`` ordinal line ABOVE the bare title
and a corner-bracket card ``「案号」…　「执行法官」…　「发布」…`` BELOW it), a middle school's
monthly compilation of speeches under the national flag (HTML, UTF-8, CRLF; every page one
month's Monday speeches, each under a week row ``第13周　2019年12月2日　星期一`` ABOVE its
``<h3>`` title and a dash speaker row ``——class　name（指导教师：X）`` BELOW it), a Taiwan
blood donation centre's news (HTML, traditional letters, Big5 (cp950) declared by
``http-equiv`` on even pages and UTF-8 declared ``<meta charset="UTF-8">`` on odd ones, LF;
a live blood-stock bar among the chrome) and a provincial archaeology institute's field
news in a print view (plain text, UTF-8 with BOM, CRLF; a two-part article whose CMS page
mark cuts a sentence, section heads and a figure caption in the text, a letter-spaced
``执　笔：`` / ``摄　影：`` tail).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a court's enforcement exposure column, a school's flag-raising speeches, a blood
donation centre, an archaeology institute), per-piece header shapes, title placement,
metadata layout and labels, chrome wording and page marks.  On the HTML pages the truth's
lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zy_zhixing`` ('沣渠法院网', plain text, GBK, LF; every page a compilation of 3, 2,
  4, 5, 2, 3, 4, 2 debtors): ``沣渠法院网 · 执行公开``, ``首页 >> 执行公开 >> 执行曝光台 >>
  正文``, the issue line ``执行曝光台｜第16期`` and ``沣渠区人民法院执行局编发　　二〇二二年一月
  十九日`` (all ``header``), then the preamble ``为敦促被执行人自觉履行……欢迎社会各界提供……线索。``
  (``notice``).  Per debtor, after a blank line: the ordinal line ``〓　第 1 则　〓`` (neither;
  not a title), the bare title ``被执行人X悬赏执行公告`` / ``…失信曝光公告`` / ``…限制消费令公告``
  (X a person or a company), UNDER it the card row ``「案号」（2022）沣0104执2268号　「执行法官」
  Y　「发布」2022-01-17`` (metadata, neither), then four paragraphs (content): the case (with
  the judgment's own 民初 number and the filing date), ``被执行人基本情况：…`` with a masked ID
  or credit code (``********`` / ``****`` stay), the measure (reward, blacklist or consumption
  ban) and ``联系人：Y，联系电话：0736-26××633。`` (the ``××`` stays).  Chrome at the end: the
  closing ``以上被执行人如已履行完毕……申请删除曝光信息。`` (``notice``), ``▲返回顶部　　▲打印本期``
  (bar), ``往期回顾`` and two ``执行曝光台｜第N期`` lines (``related``), two footer lines (the
  court's copyright and address; an ICP number and the maintaining office).  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` (by page) in one debtor on pages 0, 1, 2, 4, 5 and
  6; no page marks.  Meta per debtor: published (its 「发布」 date, within the week before the
  issue date), doc_number (the 执 案号, not the 民初 number in the text), author (the
  enforcement judge).
* ``sealed_zy_qizhi`` ('岑溪市第二中学', HTML, UTF-8 declared ``<meta charset="utf-8">``, CRLF;
  every page a compilation of 2, 3, 4, 2, 3, 4, 3, 2 speeches): ``<title>`` =
  ``2019年12月国旗下讲话汇编_德育天地_岑溪市第二中学``; the school name, the motto row, the menu
  row, ``您所在的位置：学校首页 » 德育天地 » 国旗下讲话``, the page's ``<h2>`` heading ``2019年12月
  国旗下讲话汇编`` and ``发布者：德育处　　发布时间：…　　阅读：N次`` (all ``header``), the note
  ``本栏目讲稿由各班推荐、德育处审定……请勿转载。`` (``notice``).  Per speech, in a ``<div>``:
  the week row ``第13周　2019年12月2日　星期一`` (neither; its date, a Monday, is the speech's),
  the ``<h3>`` title, the speaker row ``——初一（5）班　葛欣然（指导教师：卜文华）`` (metadata,
  neither), then the salutation ``老师们，同学们：``, the self-introduction naming the title in
  ``《》``, two paragraphs and ``我的讲话完毕，谢谢大家！`` (all content; the salutation and the
  closing line repeat in every speech).  Chrome at the end: ``〔返回列表〕　〔回到顶部〕　〔打印
  本页〕`` (bar), the archive pager ``共 N 页　首页　上一页　下一页　尾页`` (``page_number``),
  ``德育天地 · 推荐阅读`` and three linked titles (``related``), two footer lines (copyright
  and address; ICP number and screen-size advice).  Damage: one kind in one speech on pages
  1, 2, 5 and 7.  Meta per speech: published (the week row's Monday), author (the student).
* ``sealed_zy_juanxue`` ('嵐港捐血中心', HTML, LF, traditional letters; even pages Big5 (cp950)
  declared ``<meta http-equiv="Content-Type" content="text/html; charset=big5">``, odd pages
  UTF-8 declared ``<meta charset="UTF-8">``): ``<title>`` = ``X - 最新消息 - 嵐港捐血中心``; the
  foundation and centre line, a ``｜`` menu row, ``現在位置：首頁 ＞ 最新消息 ＞ 活動訊息`` (all
  ``header``) and between them the stock bar ``即時血液庫存（單位：天）　A型 8.2　B型 4.4　O型
  3.2　AB型 7.3`` (bar).  Even pages: the ``<h2>`` title OVER ``日期：2017/7/3　單位：企劃公關課
  點閱次數：N`` (metadata, neither); odd pages: a tag row ``活動訊息　·　2022/9/19`` (neither)
  ABOVE the ``<h2>`` title and AFTER the body ``資料提供：嵐港捐血中心業務課`` (metadata,
  neither).  The body is six ``<p>``: a paragraph naming the drive in ``「」``, the lines
  ``活動時間：…`` and ``活動地點：…``, three paragraphs (all content, one article with the
  title).  Chrome: the reminder ``※捐血前請攜帶身分證件……0800-0NNNNN。`` (``notice``),
  ``友善列印　｜　回上一頁　｜　分享至 LINE　Facebook`` (bar), ``其他消息`` and three titles
  (``related``), two footer lines (address and phone; browser advice).  Damage: ``comma`` on
  page 1, ``cjk_space`` on pages 3 and 6.  Meta: published (the date is printed only as
  ``2017/7/3``), origin (the centre's section).
* ``sealed_zy_kaogu`` ('澧阳省文物考古研究院', plain text, UTF-8 with BOM, CRLF): the site line
  ``澧阳省文物考古研究院　·　考古发现``, the menu row, ``您现在的位置 ＞ 考古发现 ＞ 田野动态``
  (``header``) and ``打印｜收藏｜关闭`` (bar) ABOVE the title; the bare title line, UNDER it
  ``发布：二〇二〇年五月五日　　点击：N`` (metadata, neither; the date only in Chinese
  numerals).  The text: a lead paragraph, the heads ``一、发掘概况`` / ``二、主要收获`` /
  ``三、初步认识``, their paragraphs and the figure caption ``图三　X发掘区全景（上为北）`` (all
  content, one article with the title).  AFTER the text the letter-spaced tail rows ``执　笔：X``
  and ``摄　影：Y`` (metadata, neither).  Chrome at the end: the copyright notice ``凡本网注明
  “来源：…”的文字和图片……注明出处。`` (``notice``), ``◁ 上一条动态：…`` / ``▷ 下一条动态：…``
  (``related``), two footer lines (host and address; ICP and 公网安备 numbers).  Page marks: on
  pages 1, 3, 5 and 6 the article is in two CMS parts and the mark ``‖ 本文共2页　当前第1页 ‖``
  (``page_number``, blank lines around it) cuts a paragraph between two CJK letters.  Damage:
  one of ``cjk_space`` / ``comma`` / ``stray_q`` (by page) on pages 0, 2, 3, 5 and 6.  Meta:
  published, author (the 执笔; the photographer is not recorded).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
debtor's ordinal line ``〓　第 N 则　〓`` and a speech's week row are per-piece header rows
(neither, not titles); the court column's preamble and closing paragraph belong to the page
(``notice``), not to the first or last debtor; masked IDs and the ``××`` phone digits are
content; a speech's salutation and closing thanks are content; the school page's own
``<h2>`` heading and its 发布者 row are ``header`` (the page is a compilation, its pieces have
their own titles); the archive pager is ``page_number``; the blood centre's stock bar is a
``bar``, its event time and place lines are content; the archaeology news' section heads and
figure caption are content, its 执笔/摄影 tail metadata.  Compiled pages: every ``zhixing``
and ``qizhi`` page; the other families are single documents.  ``python -m
tests.families.blind_families_zy`` (seed base 5100) rewrites them and checks the truth
against the pages.

Measured blind once, at main bc90106 (the session-20 start code), before anyone tuning the
code opened these pages (chrome_bench --sealed, one folder; F1/residue/titles/counts/repairs/
meta): zhixing .864/.167/0/0/1/0, qizhi .925/0/1/1/1/.5, juanxue .823/.167/1/1/.667/.25,
kaogu .885/.105/1/1/.556/0; mean .874/.110/.750/.750/.806/.188.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_date, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zy_text import (
    JX_CENTER,
    JX_FOUND,
    JX_NEWS,
    KG_INST,
    KG_SITES,
    QZ_CLASSES,
    QZ_SCHOOL,
    QZ_STUDENTS,
    QZ_TEACHERS,
    QZ_TOPICS,
    ZX_COURT,
    ZX_SITE,
    GenZY,
    monday,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the court's enforcement exposure column (a compilation, GBK text) -----------------------

ZX_N = [3, 2, 4, 5, 2, 3, 4, 2]


def fam_zhixing(g: GenZY, i: int) -> Made:
    """'沣渠区人民法院' 执行曝光台 issues, GBK text; every page one issue of debtors."""
    r = g.r
    k = ZX_N[i]
    y, m, d = g.date()
    days = sorted(r.sample(range(max(1, d - 6), d + 1), k) if d > k else [d] * k)
    arts = [g.exposure(r.randrange(3), y, m, dd) for dd in days]
    if i % 4 != 3:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    issue = 12 + i * 3 + r.randint(0, 2)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZX_SITE} · 执行公开"),
            ("header", "首页 >> 执行公开 >> 执行曝光台 >> 正文"),
            ("header", f"执行曝光台｜第{issue}期"),
            ("header", f"{ZX_COURT}执行局编发　　{cn_date(y, m, d)}"),
            (
                "notice",
                "为敦促被执行人自觉履行生效法律文书确定的义务，现将下列被执行人的有关情况"
                "予以公布，欢迎社会各界提供被执行人的下落及财产线索。",
            ),
        ],
    )
    for n, a in enumerate(arts, 1):
        lines.append("")
        lines.append(f"〓　第 {n} 则　〓")
        lines.append(a.title)
        lines.append(
            f"「案号」{a.meta['doc_number']}　「执行法官」{a.meta['author']}"
            f"　「发布」{a.meta['published']}"
        )
        lines += a.page
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "以上被执行人如已履行完毕或与申请执行人达成和解，请持相关凭证到本院执行局"
                "申请删除曝光信息。",
            ),
            ("bar", "▲返回顶部　　▲打印本期"),
            ("related", "往期回顾"),
            ("related", f"执行曝光台｜第{issue - 1}期"),
            ("related", f"执行曝光台｜第{issue - 2}期"),
            (
                "footer",
                f"{ZX_COURT}版权所有　地址：沣渠区临江大道206号　邮编：4152{r.randint(10, 99)}",
            ),
            ("footer", f"湘ICP备1800{r.randint(1000, 9999)}号　本站由沣渠区人民法院信息技术科维护"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the school's speeches under the flag (a compilation, HTML) ------------------------------

QZ_N = [2, 3, 4, 2, 3, 4, 3, 2]
QZ_WEEK1 = {3: 2, 4: 6, 5: 10, 9: 1, 10: 5, 11: 9, 12: 13}  # the week of the month's first Monday


def fam_qizhi(g: GenZY, i: int) -> Made:
    """'岑溪市第二中学' 国旗下讲话 month pages, HTML UTF-8; every page one month's speeches."""
    r = g.r
    k = QZ_N[i]
    y = r.randint(2017, 2024)
    m = r.choice([3, 4, 5, 9, 10, 11, 12])
    mondays = [monday(y, m, dd) for dd in (7, 14, 21, 28)]
    first = r.randint(0, 4 - k)
    weeks = mondays[first : first + k]
    topics = r.sample(QZ_TOPICS, k)
    who = r.sample(QZ_STUDENTS, k)
    arts: list[Art] = []
    for n in range(k):
        a = g.speech(topics[n], r.choice(QZ_CLASSES), who[n])
        a.meta["published"] = "{:04d}-{:02d}-{:02d}".format(*weeks[n])
        arts.append(a)
    if i in (1, 2, 5, 7):
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    heading = f"{y}年{m}月国旗下讲话汇编"
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{heading}_德育天地_{QZ_SCHOOL}</title>", "</head>", "<body>")
    h.el("div", QZ_SCHOOL, "logo", "header")
    h.el("div", "厚德　博学　笃行　创新", "motto", "header")
    h.links(
        "header",
        ["学校首页", "学校概况", "德育天地", "教学教研", "校园风采", "招生信息", "联系我们"],
        "　",
        "menu",
    )
    h.el("div", "您所在的位置：学校首页 » 德育天地 » 国旗下讲话", "where", "header")
    h.el("h2", heading, "ptitle", "header")
    h.el(
        "div",
        f"发布者：德育处　　发布时间：{y}-{m:02d}-{r.randint(28, 30)}"
        f"　　阅读：{r.randint(200, 3000)}次",
        "pinfo",
        "header",
    )
    h.el(
        "p",
        "本栏目讲稿由各班推荐、德育处审定，仅供校内交流学习，未经同意请勿转载。",
        "tip",
        "notice",
    )
    for n, a in enumerate(arts):
        wy, wm, wd = weeks[n]
        teacher = r.choice(QZ_TEACHERS)
        h.raw('<div class="speech">')
        week = QZ_WEEK1[m] + first + n
        h.el("div", f"第{week}周　{wy}年{wm}月{wd}日　星期一", "wk")
        h.el("h3", a.title)
        cls = a.lines[1].split("我是")[1].split("的")[0]
        h.el("p", f"——{cls}　{a.meta['author']}（指导教师：{teacher}）", "by")
        h.body(a)
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("div", "〔返回列表〕　〔回到顶部〕　〔打印本页〕", "ops", "bar")
    h.el("div", f"共 {r.randint(6, 20)} 页　首页　上一页　下一页　尾页", "pager", "page_number")
    h.el("h4", "德育天地 · 推荐阅读", "", "related")
    months = [x for x in (1, 2, 6, 7, 8) if x != m][:2]
    others = [*(f"{y}年{x}月国旗下讲话汇编" for x in months), f"{QZ_SCHOOL}开展“文明班级”评比活动"]
    h.items("related", others, "rec")
    h.el(
        "p",
        f"Copyright © 2012-{y} {QZ_SCHOOL} 版权所有　地址：岑溪市学府路{r.randint(10, 99)}号",
        "",
        "footer",
    )
    h.el("p", f"桂ICP备0903{r.randint(1000, 9999)}号　建议使用1366×768以上分辨率浏览", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the blood centre's news (HTML, Big5 / UTF-8, traditional letters) -----------------------


def fam_juanxue(g: GenZY, i: int) -> Made:
    """'嵐港捐血中心' news, HTML; even pages Big5, odd pages UTF-8 (traditional letters)."""
    r = g.r
    a = g.blood(i)
    if i in (1, 3, 6):
        damage(g, a, [["cjk_space", "comma", "stray_q"][i % 3]])
    y, m, d = ymd(a)
    unit = a.meta["origin"]
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    else:
        h.raw('<meta charset="UTF-8">')
    h.raw(f"<title>{a.title} - 最新消息 - {JX_CENTER}</title>", "</head>", "<body>")
    h.el("div", f"{JX_FOUND}　{JX_CENTER}", "brand", "header")
    h.links(
        "header",
        ["首頁", "認識捐血", "捐血地點", "最新消息", "血液庫存", "志工招募", "English"],
        "｜",
        "gnav",
    )
    h.el(
        "div",
        f"即時血液庫存（單位：天）　A型 {r.randint(40, 90) / 10}　B型 {r.randint(40, 90) / 10}"
        f"　O型 {r.randint(25, 60) / 10}　AB型 {r.randint(50, 99) / 10}",
        "stock",
        "bar",
    )
    h.el("div", "現在位置：首頁 ＞ 最新消息 ＞ 活動訊息", "crumb", "header")
    if i % 2 == 0:
        h.el("h2", a.title)
        h.el("div", f"日期：{y}/{m}/{d}　單位：{unit}　點閱次數：{r.randint(300, 5000)}", "info")
        h.body(a)
    else:
        h.el("div", f"活動訊息　·　{y}/{m}/{d}", "tag")
        h.el("h2", a.title)
        h.body(a)
        h.el("div", f"資料提供：{JX_CENTER}{unit}", "src")
    a.lines = [a.title, *a.lines]
    h.el(
        "p",
        "※捐血前請攜帶身分證件，並請吃飽、睡好，捐血後多補充水分。"
        "詳情請洽免付費專線0800-0" + f"{r.randint(10000, 99999)}。",
        "remind",
        "notice",
    )
    h.el("div", "友善列印　｜　回上一頁　｜　分享至 LINE　Facebook", "share", "bar")
    h.el("h4", "其他消息", "", "related")
    others = [x[0] for k, x in enumerate(JX_NEWS) if k != i]
    h.items("related", r.sample(others, 3), "more")
    h.el(
        "p",
        f"{JX_CENTER}　地址：嵐港市港濱路{r.randint(100, 399)}號"
        f"　電話：(07){r.randint(200, 399)}-5566",
        "",
        "footer",
    )
    h.el("p", "本網站建議使用 Chrome、Edge 瀏覽器，最佳瀏覽解析度 1920×1080", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the archaeology institute's field news (UTF-8 with BOM text, a print view) --------------

KG_BREAK = {1, 3, 5, 6}


def fam_kaogu(g: GenZY, i: int) -> Made:
    """'澧阳省文物考古研究院' field news, UTF-8 with BOM text; pages 1, 3, 5, 6 in two parts."""
    r = g.r
    a = g.dig(i)
    photo = a.meta.pop("photo")
    if i in KG_BREAK:
        mark = counter(1, 2, lambda p, t: f"‖ 本文共{t}页　当前第{p}页 ‖")
        damage(g, a, ["page_break"], lambda: [("page_number", mark())])
    if i % 3 != 1:
        damage(g, a, [ODD[i % 3]])
    y, m, d = ymd(a)
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{KG_INST}　·　考古发现"),
            ("header", "网站首页　本院概况　考古发现　科研成果　文物保护　公众考古　学术期刊"),
            ("header", "您现在的位置 ＞ 考古发现 ＞ 田野动态"),
            ("bar", "打印｜收藏｜关闭"),
        ],
    )
    lines.append("")
    lines.append(a.title)
    lines.append(f"发布：{cn_date(y, m, d)}　　点击：{r.randint(120, 4000)}")
    lines.append("")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    lines.append("")
    lines += [f"执　笔：{a.meta['author']}", f"摄　影：{photo}"]
    lines.append("")
    others = [x[0] for k, x in enumerate(KG_SITES) if k != i]
    prev, nxt = r.sample(others, 2)
    put(
        lines,
        chrome,
        [
            (
                "notice",
                f"凡本网注明“来源：{KG_INST}”的文字和图片，版权均属本院所有，"
                "转载须经书面授权并注明出处。",
            ),
            ("related", f"◁ 上一条动态：{prev}考古勘探工作启动"),
            ("related", f"▷ 下一条动态：{nxt}出土文物修复完成"),
            ("footer", f"主办：{KG_INST}　地址：澧阳市文博路{r.randint(10, 99)}号"),
            (
                "footer",
                f"澧ICP备1200{r.randint(1000, 9999)}号　澧公网安备4307020200{r.randint(10, 99)}号",
            ),
        ],
    )
    return lines, [a], chrome, False


FAMILIES = [
    BlindFamily("sealed_zy_zhixing", "sealed", "gbk", "\n", 8, fam_zhixing),
    BlindFamily("sealed_zy_qizhi", "sealed", "utf-8", "\r\n", 8, fam_qizhi, "html"),
    BlindFamily(
        "sealed_zy_juanxue", "sealed", "cp950", "\n", 8, fam_juanxue, "html", ("cp950", "utf-8")
    ),
    BlindFamily("sealed_zy_kaogu", "sealed", "utf-8-sig", "\r\n", 8, fam_kaogu),
]

assert len(JX_NEWS) == 8 and len(KG_SITES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5100, gen=GenZY)
