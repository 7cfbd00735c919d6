"""Four more invented families for a fourteenth blind test of the generic layer (issue 12):
a WeChat-style public account (HTML), a government information-disclosure site (HTML, GBK
or UTF-8 by page), a traditional-Chinese local-history archive in Big5 and a news
crawler's text export whose pages carry mojibake and the other damage of a careless crawl.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
header shapes, metadata layout and place, chrome wording, page marks and encoding (Big5,
and mojibake, are new).  On the HTML pages the truth's lines are the page's VISIBLE text
lines (:func:`tests.families.blind_write.visible_lines`); ``<title>``, ``<meta>`` and
scripts are no lines at all.

* ``sealed_p_tuiwen`` (a WeChat-style account '溪町生活志', HTML, UTF-8, LF): the head has
  ``<title>`` = the title, ``og:title`` / ``og:description`` and a script with the account
  name and a Unix ``ct`` time (no usable date).  The title is an ``<h1
  class="rich_media_title">``; on pages 0, 4 and 6 it is followed by two rows ``原创 溪町生活志``
  (the 原创 badge and the account) and ``2021年3月9日 08:30 浙江`` (date and IP region), on
  pages 1 and 3 the account's name ``溪町生活志`` stands ABOVE the title and one row ``原创
  宋青野 2021-03-09 08:30`` below it.  The feature sits in ``<div id="js_content"
  style="visibility: hidden;">`` (hidden until a script runs, visible here): every paragraph
  is split over nested ``<section>`` / ``<span>`` / ``<span leaf="">`` / ``<strong>`` on one
  source line (one visible line), with images and ``<p><br></p>`` spacers between; the
  title, two opening paragraphs, three ``『街坊的账本』`` subheads with their paragraphs and
  the closing line are ONE article.  Digests (``溪町早知道｜3月9日，这三件事与你有关``, an h1 of
  kind ``header``, over the same two rows and a greeting ``早上好，今天是3月9日，星期二。……``
  of kind ``notice``) on pages 2 (three items, ``➊ 标题`` headers), 5 (two) and 7 (three;
  a number line ``01`` over a bold title line); each item is one or two paragraphs and a
  source row ``（信息来源：X）``, ``﹏﹏﹏﹏﹏﹏`` between items; the items take the digest's
  date.  Chrome: a reading-time tip ``本文约N字，预计阅读N分钟`` (pages 0, 3, 6), ``- 终 -``,
  a credit line ``文字 / X　版式 / Y　终审 / Z``, an image-rights note (even pages), ``点此查看原文
  浏览 N　♡ 推荐 N`` (one line on even pages, two on odd ones), ``预览状态下，文中链接暂不可点击``
  (even pages), a QR prompt ``用微信扫一扫，关注这个账号`` or ``扫码关注「溪町生活志」，每周三、周六
  更新``, reader comments on pages 0, 3 and 4 (``读者留言 N 条``, a nickname line and a comment
  line each, kind ``notice``), ``读过这篇的人还读了`` with three items, ``继续上滑，看下一篇``
  (pages 1, 6).  No page breaks.  Meta: published; the account and the writer are left
  out.
* ``sealed_p_xinxi`` (a city government's information disclosure '青岑市人民政府', HTML, CRLF;
  GBK declared ``charset=GBK`` on pages 0, 2, 5 and 6, UTF-8 on 1, 3, 4 and 7): the head has
  ``标题_青岑市人民政府`` or ``标题-部门文件-青岑市人民政府`` and, on single pages,
  ``ArticleTitle``, ``PubDate`` and ``ContentSource`` metas.  The metadata is a ``<table>`` of
  label and value cells, every cell its own visible line: five rows (index number, category,
  issuing body, 成文日期, the title again, document number, 发布日期, validity, keywords) under
  three label sets by page (``索引号：`` … ``有 效 性：``; without colons ``信息索引号`` /
  ``信息分类`` / ``发文机关`` / ``生成日期`` / ``标题`` / ``发文字号`` / ``公开日期`` /
  ``公开方式``; ``索 引 号：`` / ``分　　类：`` / ``发布单位：`` / ``成文时间：`` / ``文件名称：``
  / ``文件编号：`` / ``发布时间：`` / ``时效状态：``); some cells are empty (成文日期 on page 2,
  the document number on page 5, validity on page 3, keywords on even pages).  The title is an
  ``<h1>`` after the table (pages 0, 3), a ``<div class="xxgk_title">`` after it (7) or an
  ``<h1>`` above it (2, 5); the title, salutation, opening, ``一、`` sections with ``（一）`` …
  ``（三）`` items, the issuer and the date (Chinese numerals on pages 0, 3, 7) are ONE article.
  Compilations (``部门文件汇总（共N件）``, kind ``header``; newest first): page 1 (two notices)
  puts a one-row table ``发布机构 | X | 文号 | Y | 发布日期 | Z`` (six lines) above a bare
  ``<h2>`` title, pages 4 and 6 (three) an ``<h2>`` ``01.标题`` above that table; ``△ 返回目录``
  between.  Chrome: ``无障碍 | 长者模式 | 繁体 | 登录``, six nav items, ``所在栏目：政府信息公开
  → 法定主动公开内容 → 部门文件``, ``文字：放大＋　缩小－　默认 ｜ 护眼模式``, the attachment list
  ``附件下载：`` with ``1.X联系人回执.docx`` items (kind ``related``), ``〖打印正文〗
  〖关闭本页〗``, ``本页内容如有错漏，请点此向我们反馈`` (pages 1, 4, 7), two footer lines.  No
  page breaks.  Meta: issuer (发布机构 / 发文机关 / 发布单位), doc_number (文号; none on page 5),
  published (发布日期 = 成文日期 = the sign-off date); index number, category and validity have
  no key.
* ``sealed_p_wenxian`` (a local-history archive '苑溪文獻資料庫', Big5, LF; traditional
  characters, no ``〇``): ``苑溪文獻資料庫　典藏全文`` and ``位置：首頁／典藏目錄／鄉土志略``, then
  a card of four dotted-leader rows ``篇　　號……YX-04-009`` / ``撰　　稿……X`` / ``編　　印……
  苑溪縣文獻委員會`` / ``出版日期……2020年5月16日``, under the bare title (pages 0, 2), above it
  (3, 7) or under a ``《標題》`` line that is a header, not content (5); ``◆引用本篇◆　◆下載全文◆
  ◆加入書櫃◆``.  The opening paragraph, the sections ``甲、沿革`` / ``乙、物產`` / ``丙、人物``
  (heavenly stems), the 物產 items ``（子）麻竹編器：……`` (earthly branches), ``附識`` with its
  paragraph and the sign-off ``民國一百零九年五月十六日　黃秋水謹識`` (ROC year in Chinese
  numerals) are ONE article.  Compilations (``鄉土雜錄（選輯N篇）``, oldest first; pieces of
  two paragraphs): ``◎第二篇　標題`` over ``（篇號X．Y撰．苑溪縣文獻委員會．2016年6月17日）``
  (pages 1 and 6: two and three pieces) or ``選錄二．標題`` over ``篇號 X／苑溪縣文獻委員會編印／
  2016.6.17`` (page 4, three); ``═══════════`` between.  Chrome: the two head lines, the
  bar, a 校錄 note, a copyright note, ``上一篇：X　｜　下一篇：Y`` (single pages), ``延伸閱讀``
  with ``● 標題`` items, two footer lines; page breaks ``（頁39）`` (a book's folio) cut a
  sentence between two CJK letters on single pages.  Meta: doc_number (篇號), issuer (編印),
  published (出版日期, the sign-off's day); the writer is left out.
* ``sealed_p_pachong`` (a news crawler's text export, UTF-8, LF): a record head ``#####
  抓取记录 #####`` / ``[crawl] id=… status=200 fetched=2023-05-02 03:27:08`` (years after
  publication) / ``[crawl] url=…`` / ``[crawl] charset declared=utf-8 used=utf-8`` (or
  ``declared=(none) used=ISO-8859-1`` on the pages with mojibake) / a dash rule, then the
  extracted text with the site's nav remnant ``首页 | 要闻 | 本地 | 视频 | 专题 | 数字报``.  The
  bare title (content) over ``发布时间：2021-03-09 08:30:00　来源：X`` (pages 0, 1, 4) or
  ``【标题】标题`` over ``【时间】2021/3/9 08:30　【来源】X`` (3, 6: the title is a header row, not
  content), ``【字体：大 中 小】　转发 | 收藏 | 举报``; a story (``本报讯（记者 X）`` lead,
  paragraphs with quotes, a resident ``家住附近XX小区的居民张××``, the closing ``据悉，……``) or,
  on page 1, a police 警情通报 (``王某``, ``李××``, ``XX路``, the issuing bureau and a
  Chinese-numeral date) is ONE article; ``责任编辑：X``.  List-page records (``栏目：本地要闻
  本页抓取N条``, newest first): ``== 标题 ==`` over the 发布时间 row (page 2, three stories) or
  ``@@ 2/3 @@`` over the 【标题】 and 【时间】 rows (pages 5 and 7: two and three; page 5's
  second piece a 通报); ``- - - - - - - - - -`` between.  Chrome: the record head, the nav
  remnant, the bar, the editor line, ``扫描二维码，下载岚江新闻客户端``, ``版权声明：……`` and
  ``=== 记录结束 ===``; page breaks ``<<第2页>>`` on pages 0, 3 and 6.  Damage by page:
  mojibake on 0, 2 (first piece), 5 (first piece) and 6; ○ for 〇 in the 通报 dates (1, 5);
  page 4 and a piece on page 2 and on page 7 are clean.  Meta: published; issuer for the
  通报 (the bureau); the paper is left out.

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`, and
:func:`mojibake` here): a space inside a CJK word, half-width ``,``, stray ``?`` (``??`` as
an indent on the GBK disclosure pages: two ``&nbsp;`` lost in a GBK conversion), ``○`` for
``〇`` in the disclosure notices' and the 通报's Chinese-numeral dates, a paragraph cut by a
page mark; NEW: kind ``mojibake``, a whole paragraph whose UTF-8 bytes were read as
ISO-8859-1 (an HTTP client's default when no charset is declared) and saved again as UTF-8,
``æ®è¿è¥……`` (exactly reversible: ``damaged.encode("latin-1").decode("utf-8") == fixed``;
paragraphs holding a byte that would turn into U+0085, U+00A0 or U+00AD are not taken).
Redactions (``××``, ``XX``, ``王某``) are content, not repairs.  Truth as
:mod:`tests.families.blind_families_o`: header and metadata rows (the account and date rows,
the table cells, the title cell included, the dotted-leader card, the ``《標題》`` line, the
发布时间 / 【标题】 / 【时间】 rows, every compilation header and row, the digests' source rows)
are neither content nor chrome; titles lose their numbering and marks (``➊``, ``01``,
``01.``, ``◎第二篇``, ``選錄二．``, ``== ==``, ``【标题】``, ``《》``) and the site suffixes of
``<title>``; dates YYYY-MM-DD.  Arguable and fixed here: the WeChat subheads ``『』`` are
content, the reading-time tip, credit line, image-rights note and the digest's greeting are
chrome; a digest's items take its date; the attachment list is chrome (file names, not
text); the ``（一）`` items, the heavenly-stem sections and the earthly-branch items never
start a new article; the archive's ROC sign-off is content; the crawler's nav remnant and
record head are chrome.  Pages 2, 5 and 7 are compilations on the account and the crawler,
pages 1, 4 and 6 on the disclosure site and the archive (two pieces on one page, three on
the others); the other five pages are single documents.  Aligned later (setoalign, issue 12,
pages unchanged): the disclosure digest's bare ``<h2>`` title (page 1) is its piece's first
content line, as the convention (``docs/truth_conventions.md``) has it; the numbered headings
(``01.标题``, ``➊ 标题``) stay header rows.  ``python -m
tests.families.blind_families_p`` (seed base 1600) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``71602b3`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder,
where it differs the row with one folder per family after it): pachong
.817/.237/0.0/.875/.842/.667; tuiwen .925/.178/.615/.750/.944/.539 (per family .950/.103);
wenxian .839/.204/.769/1.0/.722/.154; xinxi .901/.058/.692/.875/1.0/.816.  Means
.871/.169/.519/.875/.877/.544.
"""

from __future__ import annotations

import datetime
import random
from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_p_text import (
    ATITLES,
    DFROM,
    DITEMS,
    GATT,
    GBUREAUS,
    GCATS,
    GMATTER,
    NPAPERS,
    NSITES,
    REGIONS,
    WNICKS,
    WREAD,
    WSAID,
    WSTAFF,
    WTITLES,
    GenP,
    spans,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
COMP_A = {2: 3, 5: 2, 7: 3}  # the public account and the crawler: pieces per page
COMP_B = {1: 2, 4: 3, 6: 3}  # the disclosure site and the archive
ACCOUNT = "溪町生活志"


def garble(good: str) -> str | None:
    """``good``'s UTF-8 bytes read as ISO-8859-1 (the default of an HTTP client when the
    server declares no charset), or None when one of the bytes would become a character
    that reads as a line break or a space (U+0085, U+00A0, U+00AD): the damage must stay
    on one line and survive whitespace handling."""
    raw = good.encode("utf-8")
    if any(b in raw for b in (b"\x85", b"\xa0", b"\xad")):
        return None
    bad = raw.decode("latin-1")
    assert bad.encode("latin-1").decode("utf-8") == good
    return bad


def mojibake(g: GenP, a: Art) -> None:
    """Turn one clean prose paragraph of ``a`` (not its lead) into mojibake: its UTF-8 bytes
    read as ISO-8859-1 and saved again as UTF-8; the repair is recorded.  When every
    paragraph holds one of the bytes :func:`garble` refuses, one is drawn again until it
    does not (called before :func:`damage`, so the other artifacts go elsewhere)."""
    cand = [
        k
        for k, ln in enumerate(a.page)
        if k > 0
        and len(ln) > 30
        and ln.endswith("。")
        and ln == a.lines[k]
        and not any(x in ln for x in ("×", "XX"))
    ]
    k = next((k for k in cand if garble(a.lines[k])), cand[0])
    while not garble(a.lines[k]):
        a.lines[k] = a.page[k] = g.report()
    bad = garble(a.lines[k])
    assert bad is not None
    a.page[k] = bad
    a.repairs.append({"kind": "mojibake", "damaged": bad, "fixed": a.lines[k]})


# -- 1. the public account -------------------------------------------------------------


def wx_head(title: str, desc: str, y: int, m: int, d: int, clock: str) -> list[str]:
    hh, mm = (int(x) for x in clock.split(":"))
    ct = int(datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.UTC).timestamp())
    ct -= 8 * 3600
    return [
        "<!DOCTYPE html>",
        '<html class="">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1.0,user-scalable=0">',
        f"<title>{escape(title, quote=False)}</title>",
        f'<meta property="og:title" content="{escape(title)}">',
        f'<meta property="og:description" content="{escape(desc)}">',
        '<meta property="og:type" content="article">',
        f'<script>var nickname = "{ACCOUNT}"; var ct = "{ct}"; var copyright_stat = "1";</script>',
        "<style>.rich_media_content{overflow:hidden;word-wrap:break-word}</style>",
        "</head>",
    ]


def wx_body(h: Html, a: Art) -> None:
    """The article's page lines as WeChat markup: ``『』`` subheads centred and bold, the
    paragraphs split over nested sections and spans, images and empty spacers between."""
    r = a_rng(a)
    for n, ln in enumerate(a.page):
        if ln.startswith("『"):
            h.raw(
                '<section style="text-align:center;margin-top:24px;"><span style="color:#b5651d;">'
            )
            h.raw(f"<strong>{escape(ln, quote=False)}</strong></span></section>")
        elif ln == a.title:
            continue
        else:
            h.raw(spans(r, ln))
        if n % 3 == 1:
            h.raw('<section style="text-align:center;"><img class="rich_pages wxw-img" ')
            h.raw(f'data-src="https://mmbiz.example.cn/mmbiz_jpg/x{n}/640?wx_fmt=jpeg"></section>')
        elif n % 3 == 2:
            h.raw("<p><br></p>")


def a_rng(a: Art) -> random.Random:
    """A layout-only generator seeded by the article (keeps the text draws unchanged)."""
    return random.Random(len(a.title) * 7919 + sum(map(len, a.lines)))


def wx_tail(g: GenP, h: Html, i: int, titles: list[str]) -> None:
    r = g.r
    h.el("section", "- 终 -", "", "bar")
    s = r.sample(WSTAFF, 3)
    h.el("section", f"文字 / {s[0]}　版式 / {s[1]}　终审 / {s[2]}", "", "notice")
    if i % 2 == 0:
        h.el("section", "本文图片除署名外均由受访者提供，未经授权请勿转载。", "", "notice")
    h.raw("</div>")  # js_content
    views, likes = r.randint(800, 30000), r.randint(5, 400)
    if i % 2:
        h.el("div", "点此查看原文", "rich_media_tool", "bar")
        h.el("div", f"浏览 {views}　♡ 推荐 {likes}", "rich_media_tool", "bar")
    else:
        h.el("div", f"点此查看原文　浏览 {views}　♡ 推荐 {likes}", "rich_media_tool", "bar")
        h.el("div", "预览状态下，文中链接暂不可点击", "tips", "notice")
    qr = ["用微信扫一扫，关注这个账号", f"扫码关注「{ACCOUNT}」，每周三、周六更新"][i % 2]
    h.el("div", qr, "qr_code_pc", "notice")
    if i in (0, 3, 4):
        h.el("div", f"读者留言 {r.randint(3, 40)} 条", "discuss_title", "notice")
        for nick, said in zip(r.sample(WNICKS, 2), r.sample(WSAID, 2), strict=True):
            h.el("div", nick, "discuss_nickname", "notice")
            h.el("div", said, "discuss_content", "notice")
    h.el("div", WREAD[0], "relate_title", "related")
    h.items("related", r.sample([t for t in WTITLES if t not in titles], 3), "relate_list")
    if i in (1, 6):
        h.el("div", "继续上滑，看下一篇", "next_tip", "bar")
    h.raw("</div></div></div>", "</body>", "</html>")


def fam_tuiwen(g: GenP, i: int) -> Made:
    """'溪町生活志': single features and daily digests, HTML in UTF-8."""
    r = g.r
    k = COMP_A.get(i, 1)
    if k == 1:
        arts = [g.feature(i)]
    else:
        g.same_day(k)
        arts = [g.brief(t) for t in r.sample(DITEMS, k)]
    y, m, d = ymd(arts[0])
    clock = g.clock()
    h = Html()
    if k == 1:
        title = arts[0].title
    else:
        title = f"溪町早知道｜{m}月{d}日，这{'两三'[k - 2]}件事与你有关"
    h.raw(*wx_head(title, arts[0].lines[0][:40], y, m, d, clock))
    h.raw('<body id="activity-detail" class="zh_CN wx_wap_page">')
    h.raw('<div id="js_article" class="rich_media"><div class="rich_media_inner">')
    h.raw('<div id="page-content" class="rich_media_area_primary">')
    if i in (0, 3, 6):
        words = sum(len(x) for a in arts for x in a.lines)
        tip = f"本文约{words}字，预计阅读{max(1, words // 400)}分钟"
        h.el("div", tip, "read_tip", "notice")
    place = REGIONS[i % len(REGIONS)]
    above = i in (1, 3)  # the account's name above the title, the writer in the byline
    if above:
        h.raw(f'<div class="profile_nickname">{ACCOUNT}</div>')
    h.el("h1", title, "rich_media_title", "" if k == 1 else "header")
    if above:
        h.raw('<div id="meta_content" class="rich_media_meta_list">')
        h.raw('<span id="copyright_logo" class="original_primary_tag">原创</span>')
        h.raw(f'<span class="rich_media_meta">{r.choice(WSTAFF)}</span>')
        h.raw(f'<em id="publish_time">{iso(y, m, d)} {clock}</em></div>')
    else:
        h.raw('<div id="meta_content" class="rich_media_meta_list">')
        h.raw('<span id="copyright_logo" class="original_primary_tag">原创</span>')
        h.raw(f'<span class="profile_nickname"><a id="js_name">{ACCOUNT}</a></span></div>')
        h.raw(f'<div class="publish_info"><em id="publish_time">{y}年{m}月{d}日 {clock}</em>')
        h.raw(f'<span id="js_ip_wording">{place}</span></div>')
    h.raw('<div class="rich_media_content" id="js_content" style="visibility: hidden;">')
    if k == 1:
        a = arts[0]
        damage(g, a, [ODD[i % 3], ODD[(i + 1) % 3]])
        a.lines = [a.title, *a.lines]
        wx_body(h, a)
    else:
        wk = "一二三四五六日"[datetime.date(y, m, d).weekday()]
        h.el("section", f"早上好，今天是{m}月{d}日，星期{wk}。一起看看身边的新鲜事。", "", "notice")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            if i == 2:
                h.raw(f'<section style="margin-top:20px;"><strong>{"➊➋➌"[n - 1]} ')
                h.raw(f"{escape(a.title, quote=False)}</strong></section>")
            else:
                h.raw(f'<section style="font-size:28px;color:#c0c0c0;">0{n}</section>')
                h.raw(f"<section><strong>{escape(a.title, quote=False)}</strong></section>")
            wx_body(h, a)
            h.raw(f'<section style="font-size:12px;">（信息来源：{r.choice(DFROM)}）</section>')
            if n < k:
                h.el("section", "﹏﹏﹏﹏﹏﹏", "", "bar")
    wx_tail(g, h, i, [a.title for a in arts])
    return h.src, arts, h.chrome, k > 1


# -- 2. the disclosure site ------------------------------------------------------------

GLABELS = [
    (
        "索引号：",
        "主题分类：",
        "发布机构：",
        "成文日期：",
        "名　　称：",
        "文　　号：",
        "发布日期：",
        "有 效 性：",
    ),
    ("信息索引号", "信息分类", "发文机关", "生成日期", "标题", "发文字号", "公开日期", "公开方式"),
    (
        "索 引 号：",
        "分　　类：",
        "发布单位：",
        "成文时间：",
        "文件名称：",
        "文件编号：",
        "发布时间：",
        "时效状态：",
    ),
]
GCHARSET = {
    "gbk": '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    "utf-8": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
}
GBK_B = (0, 2, 5, 6)


def td(*cells: str, span: int = 0) -> str:
    out = "<tr>"
    for n, c in enumerate(cells):
        cls = ' class="tit"' if n % 2 == 0 else ""
        col = f' colspan="{span}"' if span and n == len(cells) - 1 else ""
        out += f"<td{cls}{col}>{escape(c, quote=False)}</td>"
    return out + "</tr>"


def meta_table(g: GenP, i: int, a: Art, *, empty: str = "") -> list[str]:
    """The disclosure table (five rows, label and value cells; ``empty`` names the value
    left blank: ``no`` (the document number), ``made`` (成文日期) or ``valid``)."""
    r = g.r
    lab = GLABELS[i % 3]
    y, m, d = ymd(a)
    j = GBUREAUS.index(a.meta["issuer"])
    index = f"11330{r.randint(100, 999)}00{r.randint(1000, 9999)}{r.choice('KXPT')}/{y}-{r.randint(10, 400):05d}"  # noqa: E501
    made = "" if empty == "made" else iso(y, m, d)
    no = "" if empty == "no" else a.meta["doc_number"]
    valid = "" if empty == "valid" else ["有效", "主动公开", "现行有效"][i % 3]
    return [
        '<table class="xxgk_table" border="1" cellspacing="0" cellpadding="0">',
        td(lab[0], index, lab[1], GCATS[j]),
        td(lab[2], a.meta["issuer"], lab[3], made),
        td(lab[4], a.title, span=3),
        td(lab[5], no, lab[6], iso(y, m, d)),
        td(lab[7], valid, "关 键 词：", "通知" if i % 2 else ""),
        "</table>",
    ]


def gov_body(h: Html, a: Art) -> None:
    for ln in a.page:
        for part in ln.split("\n"):
            if not part:
                continue
            right = part == a.meta["issuer"] or (part.endswith("日") and len(part) < 14)
            style = "text-align:right;" if right else "text-indent:2em;"
            h.raw(f'<p style="{style}">{escape(part, quote=False)}</p>')


def fam_xinxi(g: GenP, i: int) -> Made:
    """'青岑市人民政府' information disclosure: single notices and 汇总 pages, GBK or UTF-8."""
    r = g.r
    k = COMP_B.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=True)
    arts = [g.gnotice(j, full=k == 1, cn_sign=k == 1 and i in (0, 3, 7)) for j in picks]
    h = Html()
    charset = GCHARSET["gbk" if i in GBK_B else "utf-8"]
    y, m, d = ymd(arts[0])
    a0 = arts[0]
    if k == 1:
        title = [f"{a0.title}_青岑市人民政府", f"{a0.title}-部门文件-青岑市人民政府"][i % 2]
        extra = [
            f'<meta name="ArticleTitle" content="{escape(a0.title)}">',
            f'<meta name="PubDate" content="{iso(y, m, d)} {g.clock()}">',
            f'<meta name="ContentSource" content="{escape(a0.meta["issuer"])}">',
        ]
    else:
        title, extra = "部门文件汇总_青岑市人民政府", []
    h.raw("<!DOCTYPE html>", "<html>", "<head>", charset, f"<title>{escape(title)}</title>")
    h.raw('<meta name="SiteName" content="青岑市人民政府">', *extra)
    h.raw('<link rel="stylesheet" href="/images/xxgk2019.css">', "</head>", "<body>")
    h.links("bar", ["无障碍", "长者模式", "繁体", "登录"], " | ", "top-links")
    h.raw('<div class="nav"><ul>')
    for x in ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进青岑"]:
        h.raw(f'<li><a href="/">{x}</a></li>')
        h.chrome.append(("header", x))
    h.raw("</ul></div>")
    col = "部门文件" if k == 1 else "部门文件汇总"
    h.el("div", f"所在栏目：政府信息公开 → 法定主动公开内容 → {col}", "position", "header")
    if k == 1:
        a = arts[0]
        kinds = [ODD[i % 3]] + (["zero"] if i in (0, 7) else [])
        if i in GBK_B:
            kinds = ["stray_q_indent", *kinds[1:]] if "stray_q" in kinds else kinds
        damage(g, a, kinds)
        a.lines = [a.title, *a.lines]
        empty = {2: "made", 5: "no", 3: "valid"}.get(i, "")
        if empty == "no":
            del a.meta["doc_number"]
        table = meta_table(g, i, a, empty=empty)
        first = i in (2, 5)
        if first:
            h.el("h1", a.title, "xxgk_title")
        h.raw(*table)
        if not first:
            h.el("div" if i == 7 else "h1", a.title, "xxgk_title")
        h.el("div", "文字：放大＋　缩小－　默认 ｜ 护眼模式", "font-bar", "bar")
        h.raw('<div class="TRS_Editor">')
        gov_body(h, a)
        h.raw("</div>")
        h.raw('<div class="fujian">')
        h.el("div", "附件下载：", "fj-title", "related")
        j = GBUREAUS.index(a.meta["issuer"])
        atts = [
            f"{n}.{GMATTER[j]}{x}.{'docx' if n % 2 else 'xls'}"
            for n, x in enumerate(r.sample(GATT, r.randint(1, 3)), 1)
        ]
        h.items("related", atts, "fj-list")
        h.raw("</div>")
    else:
        h.el("h1", f"部门文件汇总（共{k}件）", "hz-title", "header")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[(i + n) % 3]])
            yy, mm, dd = ymd(a)
            row = [
                "发布机构",
                a.meta["issuer"],
                "文号",
                a.meta["doc_number"],
                "发布日期",
                iso(yy, mm, dd),
            ]
            h.raw('<div class="hz-item">')
            if i == 1:
                h.raw('<table class="hz-meta">', td(*row), "</table>")
                h.el("h2", a.title)
                a.lines = [a.title, *a.lines]  # the bare heading: its first line
            else:
                h.raw(f'<h2><span class="idx">0{n}.</span>{escape(a.title, quote=False)}</h2>')
                h.raw('<table class="hz-meta">', td(*row), "</table>")
            h.raw('<div class="TRS_Editor">')
            gov_body(h, a)
            h.raw("</div>")
            if n < k:
                h.el("div", "△ 返回目录", "back", "bar")
            h.raw("</div>")
    h.el("div", "〖打印正文〗 〖关闭本页〗", "print-bar", "bar")
    if i % 3 == 1:
        h.el("div", "本页内容如有错漏，请点此向我们反馈", "jiucuo", "notice")
    h.raw('<div class="footer">')
    h.el("p", "主办单位：青岑市人民政府办公室　运维单位：青岑市大数据发展中心", "", "footer")
    h.el("p", "网站标识码：3399000012　岑ICP备00000319号", "", "footer")
    h.raw("</div>", "</body>", "</html>")
    return h.src, arts, h.chrome, k > 1


# -- 3. the archive (Big5) -------------------------------------------------------------


def fam_wenxian(g: GenP, i: int) -> Made:
    """'苑溪文獻資料庫': single entries and 雜錄 pages of several short pieces, Big5."""
    r = g.r
    k = COMP_B.get(i, 1)
    picks = [i] if k == 1 else r.sample(range(8), k)
    if k > 1:
        g.month(k, newest_first=False)
    arts = [g.volume(j, full=k == 1) for j in picks]
    lines: list[str] = []
    chrome: Chrome = []
    where = "鄉土志略" if k == 1 else "鄉土雜錄"
    put(
        lines,
        chrome,
        [("header", "苑溪文獻資料庫　典藏全文"), ("header", f"位置：首頁／典藏目錄／{where}")],
    )
    lines.append("")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        pages = counter(r.randint(20, 90), 200, lambda p, t: f"（頁{p}）")
        damage(g, a, ["page_break", ODD[i % 3]], lambda: [("page_number", pages())])
        who = a.lines[-1].split("　")[-1].removesuffix("謹識")
        rows = [
            f"篇　　號……{a.meta['doc_number']}",
            f"撰　　稿……{who}",
            f"編　　印……{a.meta['issuer']}",
            f"出版日期……{y}年{m}月{d}日",
        ]
        if i in (3, 7):  # the card first, then the title
            lines += [*rows, "", a.title]
            a.lines = [a.title, *a.lines]
        elif i == 5:  # the title in book-title marks: a header line, not content
            lines += [f"《{a.title}》", *rows]
        else:
            lines += [a.title, *rows]
            a.lines = [a.title, *a.lines]
        put(lines, chrome, [("bar", "◆引用本篇◆　◆下載全文◆　◆加入書櫃◆")])
        lines += ["", *a.page, ""]
        chrome += a.chrome
    else:
        put(lines, chrome, [("header", f"鄉土雜錄（選輯{k}篇）")])
        lines.append("")
        for n, a in enumerate(arts, 1):
            y, m, d = ymd(a)
            damage(g, a, [ODD[(i + n) % 3]])
            no, org = a.meta["doc_number"], a.meta["issuer"]
            if i == 4:
                lines += [f"選錄{'一二三'[n - 1]}．{a.title}", f"篇號 {no}／{org}編印／{y}.{m}.{d}"]
            else:
                who = r.choice(["陳文淵", "黃秋水", "林德修", "張懷民"])
                lines += [
                    f"◎第{'一二三'[n - 1]}篇　{a.title}",
                    f"（篇號{no}．{who}撰．{org}．{y}年{m}月{d}日）",
                ]
            lines += ["", *a.page, ""]
            if n < k:
                put(lines, chrome, [("bar", "═══════════")])
                lines.append("")
    titles = [a.title for a in arts]
    others = r.sample([t for t in ATITLES if t not in titles], 3)
    foot: Chrome = [
        ("notice", "本篇全文係依紙本逐字校錄，如有訛誤，歡迎來函指正。"),
        ("notice", "著作權屬原出版單位所有，僅供學術研究參考，請勿轉作商業用途。"),
        ("related", "延伸閱讀"),
        *[("related", f"● {t}") for t in others],
        ("footer", "苑溪縣文獻委員會　版權所有"),
        ("footer", "地址：苑溪縣文昌路十二號　開放時間：週二至週日　上午九時至下午五時"),
    ]
    if k == 1:
        nxt = r.sample([t for t in ATITLES if t not in titles], 2)
        foot.insert(2, ("bar", f"上一篇：{nxt[0]}　｜　下一篇：{nxt[1]}"))
    put(lines, chrome, foot)
    return lines, arts, chrome, k > 1


# -- 4. the crawler export -------------------------------------------------------------

NDAMAGE = {
    0: (["page_break", "cjk_space"], True),
    1: (["zero", "stray_q", "comma"], False),
    3: (["page_break", "cjk_space", "stray_q"], False),
    4: ([], False),
    6: (["page_break", "comma"], True),
}
NPIECE = {  # (page, piece): kinds, mojibake
    (2, 1): ([], True),
    (2, 2): (["comma"], False),
    (2, 3): ([], False),
    (5, 1): (["stray_q"], True),
    (5, 2): (["zero"], False),
    (7, 1): (["cjk_space"], False),
    (7, 2): ([], False),
    (7, 3): (["stray_q"], False),
}


def fam_pachong(g: GenP, i: int) -> Made:
    """A news crawler's text export: single records and list-page records, UTF-8."""
    r = g.r
    k = COMP_A.get(i, 1)
    if k == 1:
        arts = [g.bulletin(i) if i == 1 else g.story(i, long=True)]
    else:
        g.month(k, newest_first=True)
        picks = r.sample(range(8), k)
        arts = [
            g.bulletin(j) if (i, n) == (5, 2) else g.story(j, long=False)
            for n, j in enumerate(picks, 1)
        ]
    site = NSITES[i % len(NSITES)]
    y0 = max(ymd(a)[0] for a in arts) + 2
    moj = any(
        NDAMAGE.get(i, ([], False))[1] or NPIECE.get((i, n), ([], False))[1] for n in range(1, 4)
    )
    y, m, d = ymd(arts[0])
    path = (
        f"content/{y}-{m:02d}/{d:02d}/c_{r.randint(10000, 99999)}.htm"
        if k == 1
        else f"node_{r.randint(100, 999)}/list_2.htm"
    )
    head_: Chrome = [
        ("header", "##### 抓取记录 #####"),
        (
            "header",
            f"[crawl] id=LJ-{y0}0502-{r.randint(100, 99999):05d} status=200 "
            f"fetched={y0}-05-02 03:{r.randint(10, 59)}:08",
        ),
        ("header", f"[crawl] url=https://{site}/{path}"),
        (
            "header",
            f"[crawl] charset declared={'(none)' if moj else 'utf-8'} "
            f"used={'ISO-8859-1' if moj else 'utf-8'}",
        ),
        ("bar", "-" * 44),
    ]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, head_)
    put(lines, chrome, [("header", "首页 | 要闻 | 本地 | 视频 | 专题 | 数字报")])
    paper = NPAPERS[i % len(NPAPERS)]
    if k == 1:
        a = arts[0]
        kinds, mj = NDAMAGE[i]
        marks = counter(2, r.randint(2, 4), lambda p, t: f"<<第{p}页>>")
        if mj:
            mojibake(g, a)
        damage(g, a, kinds, lambda: [("page_number", marks())])
        clock = g.clock()
        if i in (3, 6):
            lines += [f"【标题】{a.title}", f"【时间】{y}/{m}/{d} {clock}　【来源】{paper}"]
        else:
            lines += [a.title, f"发布时间：{iso(y, m, d)} {clock}:00　来源：{paper}"]
            a.lines = [a.title, *a.lines]
        put(lines, chrome, [("bar", "【字体：大 中 小】　转发 | 收藏 | 举报")])
        lines += ["", *a.page, ""]
        chrome += a.chrome
        put(lines, chrome, [("notice", f"责任编辑：{r.choice(WSTAFF)}")])
    else:
        put(lines, chrome, [("header", f"栏目：本地要闻　本页抓取{k}条")])
        lines.append("")
        for n, a in enumerate(arts, 1):
            yy, mm, dd = ymd(a)
            kinds, mj = NPIECE[(i, n)]
            if mj:
                mojibake(g, a)
            damage(g, a, kinds)
            clock = g.clock()
            if i == 2:
                lines += [
                    f"== {a.title} ==",
                    f"发布时间：{iso(yy, mm, dd)} {clock}:00　来源：{r.choice(NPAPERS)}",
                ]
            else:
                lines += [
                    f"@@ {n}/{k} @@",
                    f"【标题】{a.title}",
                    f"【时间】{yy}/{mm}/{dd} {clock}　【来源】{r.choice(NPAPERS)}",
                ]
            lines += ["", *a.page, ""]
            if n < k:
                put(lines, chrome, [("bar", "- - - - - - - - - -")])
                lines.append("")
    foot: Chrome = [
        ("notice", "扫描二维码，下载岚江新闻客户端"),
        ("notice", "版权声明：本网原创稿件未经授权不得转载，违者必究。"),
        ("footer", "=== 记录结束 ==="),
    ]
    put(lines, chrome, foot)
    return lines, arts, chrome, k > 1


GBK_PAGES = tuple("gbk" if i in GBK_B else "utf-8" for i in range(8))
FAMILIES = [
    BlindFamily("sealed_p_tuiwen", "sealed", "utf-8", "\n", 8, fam_tuiwen, "html"),
    BlindFamily("sealed_p_xinxi", "sealed", "gbk", "\r\n", 8, fam_xinxi, "html", GBK_PAGES),
    BlindFamily("sealed_p_wenxian", "sealed", "big5", "\n", 8, fam_wenxian),
    BlindFamily("sealed_p_pachong", "sealed", "utf-8", "\n", 8, fam_pachong),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1600, gen=GenP)
