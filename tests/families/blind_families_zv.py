"""Four more invented families for a forty-fourth blind test of the generic layer: a
provincial earthquake agency's archive of quick reports (plain text, GB18030 on even pages
and UTF-8 on odd ones, LF; every page a month's reports, each under a catalogue row
``M3.6　｜　2018-03-26 11:55:22　｜　28.31°N　105.32°E　｜　深度12千米`` ABOVE its bare title
and closed by a ``（信息来源：…　　编辑：…）`` row), a Taiwan literary monthly's online edition
(HTML in Big5 declared ``<meta charset="big5">``, CRLF; traditional letters; every page one
column of an issue whose pieces stand under an ``<h3>`` title, a bare ``◎name`` line and a
``作者簡介：`` row after the text), a provincial government press office's conference
transcripts (HTML, UTF-8, LF; speaker-labelled paragraphs, the time/place/speaker rows
under the ``<h1>`` or a one-line row above it) and a life insurer's monthly claims-case
bulletin as text taken from the PDF (plain text, UTF-16 with BOM, CRLF; every page a
compilation of cases under an English ``CASE 03 · 重疾险`` line, the PDF's hotline footer
and lone folio cutting sentences).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (an earthquake agency's report archive, a literary magazine, a press-conference
transcript site, an insurer's claims cases), header shapes, title placement, metadata
layout and labels, chrome wording, page marks and encoding.  On the HTML pages the truth's
lines are the page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zv_dizhen`` ('岚州省地震局' 震情速报 archive, plain text, LF; even pages GB18030,
  odd pages UTF-8; every page a compilation of 3, 2, 4, 5, 2, 3, 4, 3 reports of one month,
  newest first): ``岚州省地震局　｜　震情速报``, ``当前位置：首页 > 防震减灾 > 震情速报 >
  历史归档`` and ``2018年03月速报汇总　　共5条　　按发震时间倒序`` (``header``), a ``～`` rule
  (bar).  Per report: the catalogue row ``M4.2　｜　2018-03-26 11:55:22　｜　28.31°N
  105.32°E　｜　深度12千米`` (metadata, neither; it stands FIRST, above the title), the bare
  title line ``鹤汀区桥头镇发生4.2级地震`` (content, the article's first line), four paragraphs
  (the ``…正式测定：…`` sentence, the distances, the felt reports, the status; content), then
  ``（信息来源：中国地震台网中心　　编辑：谭雨晨）`` (metadata, neither).  No blank line
  between the catalogue row, the title and the text; reports parted by one blank line.
  Chrome at the end: ``※ 以上速报参数为初步测定结果……请勿轻信、传播地震谣言。`` (``notice``),
  ``◀ 上一月　｜　返回归档列表　｜　下一月 ▶`` (bar), two ``延伸阅读｜X`` lines (``related``),
  the ``主办：…　　地址：…　　岚ICP备…`` footer and ``本站信息如需转载，请注明来源“…”。``
  (``notice``, LAST).  Damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` in one report
  on pages 0, 2, 3, 5 and 7; no page marks (a web archive has none).  Meta per report:
  published (the date of the catalogue row), origin (the 信息来源 centre), author (the 编辑).
* ``sealed_zv_kanwu`` ('鷺洲文學網', the online edition of the monthly '鷺洲文學', HTML in Big5
  declared ``<meta charset="big5">``, CRLF; traditional letters; every page a compilation of
  3, 2, 4, 3, 2, 3, 3, 2 pieces of one column): ``<title>`` = ``小說｜鷺洲文學2022年6月號 -
  鷺洲文學網``; the logo ``鷺洲文學網　LUZHOU LITERARY MONTHLY``, a nav row, the breadcrumb
  ``首頁 > 2022年6月號 > 小說`` and the column head ``<h2>`` ``小說　｜　2022年6月號（第234期）``
  (all ``header``).  Columns by page: 散文, 小說, 新詩, 新人作品 in turn.  Per piece: the
  ``<h3>`` title (bare, content: the article's first line), UNDER it the bare author line
  ``◎賴一帆`` (metadata, neither), the text (prose paragraphs; a story's dialogue lines in
  ``「」``; a poem's lines each its own ``<p>``: all content), then ``作者簡介：賴一帆，男，
  1986年生，苗栗人，曾任地方報社記者。`` (metadata, neither); pieces parted by ``<hr>``
  (nothing visible).  Chrome after the column: the copyright ``本刊所載作品之著作權……``
  (``notice``), ``本欄瀏覽次數：N　｜　分享到 Facebook　｜　LINE　｜　列印本頁`` (bar),
  ``上一欄：X`` / ``下一欄：Y``, ``本期其他作品`` and three titles (``related``), two
  footer lines (the magazine's address and phone; ``版權所有　…　轉載請先來信聯絡``).
  Damage: one kind in one prose or story piece on pages 0, 1, 3, 4 and 7 (never in a
  poem).  Meta per piece: author (the ``◎`` name without the mark).  No dates (an issue
  has a month only).
* ``sealed_zv_fabuhui`` ('岚州省人民政府新闻办公室' 发布会实录, HTML, UTF-8 declared
  ``<meta charset="utf-8">``, LF; single transcripts): ``<title>`` = ``X_发布会实录_岚州省人民
  政府新闻办公室`` and ``<meta name="PubDate" …>`` in the head; the banner ``岚州省人民政府新闻
  办公室　岚州发布``, a `` | `` nav row and ``您现在的位置：首页 > 新闻发布 > 发布会实录``
  (``header``).  Even pages: the ``<h1>`` title ``岚州省政府新闻办举行…新闻发布会`` OVER four
  rows ``时　间：2021年8月24日 10:30`` / ``地　点：…`` / ``发布人：…厅长　严启明`` / ``主持人：…``
  (metadata, neither); odd pages: ``2019-04-05 15:00　｜　省政府新闻发布厅（二楼）　｜　图文直播``
  (metadata, neither) ABOVE the ``<h1>`` and ``发布人：…　　主持人：…`` (metadata, neither)
  UNDER it.  ``【视频回看】　【图片直播】　【文字实录】`` (bar).  The transcript: paragraphs led
  by their speaker's label ``主持人　阮思琪：`` / ``岚州省应急管理厅副厅长　宋立言：`` /
  ``岚州日报记者：`` (content, labels kept; questions end in ``？``) are ONE article with the
  title.  After it: ``（本实录根据现场速记整理，未经发言人审阅）`` (``notice``),
  ``【责任编辑：X】`` (metadata, neither, no key), ``【打印本页】　【关闭窗口】　【收藏】`` (bar),
  ``上一场：…`` / ``下一场：…``, ``相关发布会`` and three titles (``related``), the reposting
  notice (``notice``), two footer lines.  Damage: one kind on pages 1, 2, 6 and 7, two on page
  4.  Meta: published, origin (the releasing department).
* ``sealed_zv_lipei`` ('岚信人寿保险股份有限公司' 理赔案例月报, text from the PDF, UTF-16 with
  BOM, CRLF; every page a compilation of 2, 3, 4, 3, 2, 4, 3, 2 cases): the company name and
  ``理赔案例月报　2020年第6期`` (``header``), ``编者按：本期选取……`` (``notice``).  Per case: the
  English code line ``CASE 03 · 寿险`` (``article_header``), the bare title line (content,
  the article's first line), ``出险人：孙先生　　赔付金额：人民币280,000.00元`` (metadata,
  neither), three sections ``◇ 案情回顾`` / ``◇ 理赔结果`` / ``◇ 小岚提示`` each a head line and
  a paragraph (all content: the heads are the article's own lines and repeat in every case),
  then ``经办机构：…支公司　｜　结案日期：2020/6/2`` (metadata, neither).  Page breaks: the
  PDF page's foot ``客服热线：95590　　官方网站：www.lanxin-life.com`` (``footer``) and its lone
  folio ``9`` (``page_number``) cut a paragraph between two CJK letters on pages 1, 3, 5 and 6,
  with one of ``cjk_space`` / ``comma`` / ``stray_q`` in another case on pages 0, 1, 3, 5, 6
  and 7.  Chrome at the end: ``以上案例仅供参考……`` (``notice``), the hotline foot (``footer``)
  and the folio (``page_number``).  Meta per case: origin (the 经办机构 branch), published
  (its own 结案日期, written ``2020/6/2``).

Truth as :mod:`tests.families.blind_families_zt`: header and metadata rows are neither
content nor chrome; dates YYYY-MM-DD; a compilation's page head is chrome of kind
``header``.  Arguable and fixed here: a quick report's catalogue row is metadata ABOVE the
title (not an ``article_header``), while a claims case's ``CASE NN · category`` line is an
``article_header``; bare title lines are content (every article's first line); a literary
piece's ``◎name`` line and its ``作者簡介`` row are metadata, its poem lines content one by
one; a transcript's speaker labels stay in the content and its 责任编辑 row is metadata
without a key; each report and case takes its own date, literary pieces take none; the
claims cases' section heads are content even though they repeat on one page; no other
line stands twice on one page.  Compiled pages: every ``dizhen``, ``kanwu`` and ``lipei``
page; the transcripts are single documents.  ``python -m
tests.families.blind_families_zv`` (seed base 4800) rewrites them and checks the truth
against the pages.

Measured blind once, at a91af1c (the code at the end of session 18; chrome_bench --sealed,
one folder; F1/residue/titles/counts/repairs/metadata): dizhen .984/.025/.731/.500/1.0/.410,
fabuhui .949/.067/1.0/1.0/.833/.500, kanwu .838/.232/.682/.750/1.0/.682, lipei
.822/.451/0/.250/.700/0; the set .898/.194/.603/.625/.883/.398. Tuning material from then on.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zv_text import (
    DZ_AGENCY,
    DZ_CENTRES,
    DZ_EDITORS,
    DZ_OTHERS,
    FB_EDITORS,
    FB_HALL,
    FB_HOSTS,
    FB_OTHERS,
    FB_SITE,
    FB_TOPICS,
    KW_COLUMNS,
    KW_FICTION_TITLES,
    KW_JOBS,
    KW_MAG,
    KW_PEOPLE,
    KW_POEM_TITLES,
    KW_PROSE_TITLES,
    KW_SITE,
    LP_BRANCHES,
    LP_CASES,
    LP_CO,
    GenZV,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the earthquake agency's quick-report archive (a compilation, text) ---------------------

DZ_N = [3, 2, 4, 5, 2, 3, 4, 3]
DZ_HURT = {0, 2, 3, 5, 7}


def fam_dizhen(g: GenZV, i: int) -> Made:
    """'岚州省地震局' quick reports, text in GB18030 / UTF-8; every page one month's reports."""
    r = g.r
    k = DZ_N[i]
    g.used = set()
    g.month(k, newest_first=True)
    arts: list[Art] = []
    rows: list[dict[str, str]] = []
    for _ in range(k):
        a, row = g.quake(r.choice(DZ_CENTRES))
        a.meta["author"] = r.choice(DZ_EDITORS)
        arts.append(a)
        rows.append(row)
    if i in DZ_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    y, m, _ = ymd(arts[0])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{DZ_AGENCY}　｜　震情速报"),
            ("header", "当前位置：首页 > 防震减灾 > 震情速报 > 历史归档"),
            ("header", f"{y}年{m:02d}月速报汇总　　共{k}条　　按发震时间倒序"),
            ("bar", "～" * 24),
        ],
    )
    for a, row in zip(arts, rows, strict=True):
        lines.append("")
        lines.append(
            f"M{row['mag']}　｜　{row['time']}　｜　{row['place']}　｜　深度{row['depth']}千米"
        )
        lines.append(a.title)
        lines += a.page
        lines.append(f"（信息来源：{a.meta['origin']}　　编辑：{a.meta['author']}）")
        a.lines = [a.title, *a.lines]
    lines.append("")
    rel = r.sample(DZ_OTHERS, 2)
    put(
        lines,
        chrome,
        [
            (
                "notice",
                "※ 以上速报参数为初步测定结果，最终结果以正式地震目录为准。"
                "请勿轻信、传播地震谣言。",
            ),
            ("bar", "◀ 上一月　｜　返回归档列表　｜　下一月 ▶"),
            ("related", f"延伸阅读｜{rel[0]}"),
            ("related", f"延伸阅读｜{rel[1]}"),
            (
                "footer",
                f"主办：{DZ_AGENCY}　　地址：鹭港市新华路{r.randint(11, 89)}号"
                "　　岚ICP备10004417号-1",
            ),
            ("notice", f"本站信息如需转载，请注明来源“{DZ_AGENCY}网站”。"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the Taiwan literary monthly's online edition (a compilation, Big5 HTML) ----------------

KW_N = [3, 2, 4, 3, 2, 3, 3, 2]
KW_HURT = {0, 1, 3, 4, 7}


def fam_kanwu(g: GenZV, i: int) -> Made:
    """'鷺洲文學網' column pages of one issue, HTML in Big5; every page one column."""
    r = g.r
    k = KW_N[i]
    g.used = set()
    col = KW_COLUMNS[i % 4]
    y, m, _ = g.date()
    no = (y - 2003) * 12 + m
    people = r.sample(KW_PEOPLE, k)
    if col == "新詩":
        titles = r.sample(KW_POEM_TITLES, k)
        arts = [g.poem(t, p[0]) for t, p in zip(titles, people, strict=True)]
    elif col == "小說":
        titles = r.sample(KW_FICTION_TITLES, k)
        arts = [g.fiction(t, p[0]) for t, p in zip(titles, people, strict=True)]
    else:
        titles = r.sample(KW_PROSE_TITLES, k)
        arts = [g.prose(t, p[0]) for t, p in zip(titles, people, strict=True)]
    if i in KW_HURT:
        damage(g, arts[r.randrange(k)], [ODD[i % 3]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="big5">')
    h.raw(f"<title>{col}｜{KW_MAG}{y}年{m}月號 - {KW_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{KW_SITE}　LUZHOU LITERARY MONTHLY", "logo", "header")
    h.links("header", ["首頁", "本期目錄", "過刊瀏覽", "投稿辦法", "訂閱", "關於我們"], "　", "nav")
    h.el("div", f"首頁 > {y}年{m}月號 > {col}", "crumb", "header")
    h.raw('<div class="column">')
    h.el("h2", f"{col}　｜　{y}年{m}月號（第{no}期）", "colhead", "header")
    for n, (a, (name, sex, home)) in enumerate(zip(arts, people, strict=True)):
        if n:
            h.raw("<hr>")
        h.el("h3", a.title)
        h.el("p", f"◎{name}", "au")
        h.body(a)
        h.el(
            "p",
            f"作者簡介：{name}，{sex}，{r.randint(1962, 1999)}年生，{home}，{r.choice(KW_JOBS)}。",
            "bio",
        )
        a.lines = [a.title, *a.lines]
    h.raw("</div>")
    h.el(
        "p",
        "本刊所載作品之著作權均屬原作者所有，未經同意請勿轉載、改作或用於商業用途。",
        "cr",
        "notice",
    )
    h.el(
        "div",
        f"本欄瀏覽次數：{r.randint(120, 4000)}　｜　分享到 Facebook　｜　LINE　｜　列印本頁",
        "share",
        "bar",
    )
    c = KW_COLUMNS.index(col)
    h.el("div", f"上一欄：{KW_COLUMNS[c - 1]}", "prev", "related")
    h.el("div", f"下一欄：{KW_COLUMNS[(c + 1) % 4]}", "next", "related")
    h.el("h4", "本期其他作品", "", "related")
    pool = [t for t in KW_PROSE_TITLES + KW_FICTION_TITLES if t not in titles]
    h.items("related", r.sample(pool, 3), "more")
    h.el(
        "div",
        f"{KW_MAG}雜誌社　地址：鷺港市中山路二段{r.randint(10, 300)}號五樓"
        f"　電話：(07)2{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        "",
        "footer",
    )
    h.el("div", f"版權所有　{KW_MAG}雜誌社　轉載請先來信聯絡", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the press office's conference transcripts (HTML, UTF-8) --------------------------------

FB_HURT = {1: 1, 2: 1, 4: 2, 6: 1, 7: 1}


def fam_fabuhui(g: GenZV, i: int) -> Made:
    """'岚州省人民政府新闻办公室' transcripts, HTML in UTF-8; single conferences."""
    r = g.r
    host = r.choice(FB_HOSTS)
    a = g.briefing(i, host)
    _, dept, post, name, _ = FB_TOPICS[i]
    if i in FB_HURT:
        damage(g, a, [ODD[(i + j) % 3] for j in range(FB_HURT[i])])
    y, m, d = ymd(a)
    clock = f"{r.choice([9, 10, 15])}:{r.choice(['00', '30'])}"
    hall = r.choice(FB_HALL)
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{a.title}_发布会实录_{FB_SITE}</title>")
    h.raw(f'<meta name="PubDate" content="{y}-{m:02d}-{d:02d} {clock}">', "</head>", "<body>")
    h.el("div", f"{FB_SITE}　岚州发布", "banner", "header")
    nav = ["首页", "新闻发布", "发布会实录", "政策解读", "图片直播", "联系我们"]
    h.links("header", nav, " | ", "nav")
    h.el("div", "您现在的位置：首页 > 新闻发布 > 发布会实录", "here", "header")
    h.raw('<div class="main">')
    if i % 2 == 0:
        h.el("h1", a.title)
        h.el("p", f"时　间：{y}年{m}月{d}日 {clock}", "info")
        h.el("p", f"地　点：{hall}", "info")
        h.el("p", f"发布人：{dept}{post}　{name}", "info")
        h.el("p", f"主持人：{host}", "info")
    else:
        h.el("div", f"{y}-{m:02d}-{d:02d} {clock}　｜　{hall}　｜　图文直播", "when")
        h.el("h1", a.title)
        h.el("div", f"发布人：{dept}{post}　{name}　　主持人：{host}", "who")
    h.el("div", "【视频回看】　【图片直播】　【文字实录】", "tabs", "bar")
    h.raw('<div class="record">')
    h.body(a)
    h.raw("</div>")
    a.lines = [a.title, *a.lines]
    h.el("p", "（本实录根据现场速记整理，未经发言人审阅）", "", "notice")
    h.el("div", f"【责任编辑：{r.choice(FB_EDITORS)}】", "ed")
    h.el("div", "【打印本页】　【关闭窗口】　【收藏】", "tools", "bar")
    h.raw("</div>")
    prev, nxt, *rest = r.sample(FB_OTHERS, 5)
    h.el("div", f"上一场：{prev}", "pn", "related")
    h.el("div", f"下一场：{nxt}", "pn", "related")
    h.el("h4", "相关发布会", "", "related")
    h.items("related", rest, "rel")
    h.el(
        "p",
        f"凡本网注明“来源：{FB_SITE}”的文字和图片，转载时请注明出处。",
        "",
        "notice",
    )
    h.el("div", f"主办：{FB_SITE}　　承办：岚州省政务服务中心信息处", "", "footer")
    h.el(
        "div",
        "网站标识码：LZ0000000012　岚ICP备05011209号　岚公网安备43010502000088号",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the insurer's claims-case bulletin (a compilation, PDF text in UTF-16) ------------------

LP_N = [2, 3, 4, 3, 2, 4, 3, 2]
LP_BREAK = {1, 3, 5, 6}
LP_HURT = {0, 1, 3, 5, 6, 7}
HOTLINE = "客服热线：95590　　官方网站：www.lanxin-life.com"
AMOUNT = {"重疾险": (20, 50), "医疗险": (1, 9), "意外险": (2, 12), "寿险": (30, 80)}


def fam_lipei(g: GenZV, i: int) -> Made:
    """'岚信人寿' claims-case bulletins, PDF text in UTF-16; every page one chunk of an issue."""
    r = g.r
    k = LP_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(range(len(LP_CASES)), k)
    arts: list[Art] = []
    rows: list[tuple[str, str]] = []
    for p in picks:
        y, m, d = g.date()
        a = g.claim(p, y)
        arts.append(a)
        branch = r.choice(LP_BRANCHES)
        a.meta = {"origin": branch, "published": f"{y:04d}-{m:02d}-{d:02d}"}
        lo, hi = AMOUNT[LP_CASES[p][0]]
        amt = r.randint(lo, hi) * 10000 + r.choice([0, 0, 3650, 8120])
        rows.append(
            (
                f"出险人：{LP_CASES[p][2]}　　赔付金额：人民币{amt:,}.00元",
                f"经办机构：{branch}　｜　结案日期：{y}/{m}/{d}",
            )
        )
    folio = r.randint(2, 9)
    hurt = r.sample(range(k), 2)
    if i in LP_BREAK:
        damage(
            g,
            arts[hurt[0]],
            ["page_break"],
            lambda: [("footer", HOTLINE), ("page_number", str(folio))],
        )
        folio += 1
    if i in LP_HURT:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    y, m, _ = ymd(arts[0])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", LP_CO),
            ("header", f"理赔案例月报　{y}年第{m}期"),
            (
                "notice",
                f"编者按：本期选取近期结案的{k}件典型理赔案例，客户信息均已作匿名处理。",
            ),
        ],
    )
    first = r.randint(1, 6)
    for n, (a, p, (who, done)) in enumerate(zip(arts, picks, rows, strict=True)):
        lines.append("")
        put(lines, chrome, [("article_header", f"CASE {first + n:02d} · {LP_CASES[p][0]}")])
        lines += [a.title, who]
        lines += a.page
        lines.append(done)
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("notice", "以上案例仅供参考，具体理赔以保险合同条款及相关法律法规为准。"),
            ("footer", HOTLINE),
            ("page_number", str(folio)),
        ],
    )
    return lines, arts, chrome, True


FAMILIES = [
    BlindFamily(
        "sealed_zv_dizhen", "sealed", "gb18030", "\n", 8, fam_dizhen, "txt", ("gb18030", "utf-8")
    ),
    BlindFamily("sealed_zv_kanwu", "sealed", "big5", "\r\n", 8, fam_kanwu, "html"),
    BlindFamily("sealed_zv_fabuhui", "sealed", "utf-8", "\n", 8, fam_fabuhui, "html"),
    BlindFamily("sealed_zv_lipei", "sealed", "utf-16", "\r\n", 8, fam_lipei),
]

assert len(FB_TOPICS) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=4800, gen=GenZV)
