"""Four more invented families for a blind test of the generic layer (set ``xa``): a city
urban management bureau's signboard-permit publicity 户外招牌设置许可公示 (HTML, GB18030
declared ``<meta charset="gb18030">``, CRLF; every page one batch of permits, each under a
code-and-countdown row ``ZP-2019-0127　｜　公示剩余 3 天`` ABOVE its ``<h4>`` title, closed by
a desk-and-clerk row and a per-permit attachment link), a county wildlife rescue centre's
monthly case records 救傷個案紀錄 in a print view (plain text, Big5 (cp950), CRLF; traditional
letters; every page one month's cases, oldest first, each a bare title line UNDERLINED by a
row of ``＝`` (a setext heading: nothing at all above the title), a case-code row under the
rule and a ``紀錄：X　／　獸醫師：Y　／　2023.04.19`` row after the text, the print view's
``－－　救傷個案紀錄　第2頁／共3頁　－－`` cutting sentences), a district government's house
expropriation decisions 房屋征收决定 in a print view (plain text, UTF-8 WITH BOM, CRLF; single
decisions whose metadata all stands AFTER the text: a sign-off and a 版记 on even pages, a
``【文件属性】`` block below the page's own bar and related link on odd ones; a print mark
cutting sentences) and a county agriculture bureau's fishing-permit publicity 捕捞许可公示
(HTML, GBK declared ``charset=gbk`` by ``http-equiv``, LF; every page one month's notices,
newest first, each under a stamp line ``◎ 拟换发`` ABOVE a title that is only a bold ``<p>``
(no heading element), closed by a ``（公示期：…　　受理号：…　　审核：…）`` row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  Every kind in the brief's pool already has a
cousin here (land-transfer results ``ym``, hearing schedules ``t`` / ``yi``, lost-and-found
``zj``, scholarship profiles ``yw``, road maintenance ``yq``, warning signals ``t``, recalls
``z`` / ``yj``, a museum ``zc``), so the four kinds are new neighbours of that pool: a
signboard-permit board (a permit publicity like the land and scholarship lists), an animal
rescue centre's case archive (a record archive like the museum's), a house-expropriation
decision page (a government notice like the road-works one) and a fishing-permit board.  The
families differ from every family already here in site kind, per-piece header shapes (a code
with a countdown, a setext ``＝`` underline, a ``◎`` stamp over a bold paragraph), title
placement, metadata layout and labels, chrome wording, page marks and encoding.  On the HTML
pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_xa_zhaopai`` ('沅泷市城市管理局' 户外招牌设置许可公示, HTML, GB18030 declared
  ``<meta charset="gb18030">``, CRLF; every page a compilation of 3, 4, 2, 5, 3, 4, 3, 2
  permits of one batch): ``<title>`` = ``2019年第11批户外招牌设置许可公示_公示公告_
  沅泷市城市管理局``; the logo line ``沅泷市城市管理局　Yuanlong Urban Management Bureau``, the
  `` | `` nav row, ``您现在的位置：首页 >> 公示公告 >> 行政许可公示``, the batch's ``<h1>``
  ``2019年第11批户外招牌设置许可公示`` and ``发布日期：2019-03-08　　公示期：3月8日至3月14日
  浏览次数：140`` (all ``header``).  Per permit, in a ``<div>``: the row ``ZP-2019-0127　｜
  公示剩余 3 天`` (neither: it holds the doc number, the countdown is not metadata), the
  ``<h4>`` title ``关于云朵托育悬挂式招牌设置许可的公示`` (the title and the permit's first
  content line), the lead paragraph (the applicant firm, the street address), the facts line
  ``设置地点：…　招牌规格：长4.8米×高1.2米　材质：…　设置期限：4年``, the review paragraph and
  the duty paragraph (all content; labels kept), then ``承办科室：市容景观科　　经办人：凌志恒``
  (metadata, neither) and ``附件：云朵托育悬挂式招牌效果图1.jpg（887KB）`` (``related``, once
  per permit).  Chrome at the end: the objection paragraph ``公示期内，任何单位和个人……依法
  作出许可决定。`` (``notice``: it speaks for the whole batch), ``相关公示`` and three titles
  (``related``), ``【打印本页】　【关闭窗口】　【返回顶部】`` (``bar``), the sponsor-address line
  and the ICP-and-site-code line (``footer``).  Damage: one of ``cjk_space`` / ``comma`` /
  ``stray_q`` (by turns) in one permit on pages 0, 2, 3, 5 and 7; no page breaks.  Meta per
  permit: author (the 经办人, not the 承办科室), doc_number (the permit code ``ZP-2019-0127``
  of the row above the title), published (the batch's 发布日期 on the header row; the 公示期
  end is not the date).
* ``sealed_xa_jiushang`` ('霧嵐縣野生動物救傷中心' 救傷個案紀錄, plain text, Big5 (cp950), CRLF;
  traditional letters; every page a compilation of 3, 2, 4, 3, 5, 2, 4, 3 cases of one month,
  oldest first): ``霧嵐縣野生動物救傷中心　救傷個案紀錄　（列印版）``, ``首頁 ＞ 救傷紀錄 ＞
  個案月報`` and ``民國112年4月救傷個案紀錄　本月收容15案，擇要刊登5案`` (ROC year; all
  ``header``), the ``如於野外發現受傷或落單的野生動物……由專人協助處理。`` line (``notice``).
  Per case, after a blank line and with NO ordinal or tag above it: the bare title
  ``黃嘴角鴞收容紀錄：撞擊住家玻璃窗後昏迷`` (the title and the case's first content line),
  the underline ``＝＝＝…`` (as long as the title, at most 22; neither), the row ``個案編號
  WR112-0860　｜　物種：黃嘴角鴞`` (neither: the case code is not taken as doc_number), four
  labelled paragraphs ``收容經過：…`` / ``傷況評估：…`` / ``照護情形：…`` / ``處置結果：…``
  (content; the labels stay), then ``紀錄：鍾宇翔　／　獸醫師：紀承恩　／　2023.04.02``
  (metadata, neither).  Page breaks: ``－－　救傷個案紀錄　第2頁／共3頁　－－``
  (``page_number``) cuts a paragraph between two CJK letters in one case on pages 1, 4 and 6;
  damage: one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) in another case on pages
  0, 2, 3, 5 and 7.  Chrome at the end: ``延伸閱讀：…　｜　…`` (``related``), ``列印　｜
  回上頁　｜　關閉視窗`` (``bar``), the address-and-hotline line and the opening-hours line
  (``footer``).  Meta per case: author (the 紀錄 recorder, not the 獸醫師), published (the
  record row's dotted Western date; the 收容 day inside the first paragraph is earlier and is
  content, the ROC month on the header is the page's).
* ``sealed_xa_zhengshou`` ('澜江区人民政府' 房屋征收决定, plain text, UTF-8 with BOM, CRLF;
  single decisions): ``澜江区人民政府门户网站　｜　政务公开　｜　打印本页`` and ``当前位置：首页 >
  政务公开 > 重点领域信息 > 征收公告`` (``header``), ``温馨提示：本页为打印页面……为准。``
  (``notice``).  Then the bare title ``澜江区人民政府关于X国有土地上房屋征收的决定`` (no doc
  number under it, no info row anywhere near it) and the text, ONE article with the title:
  the lead paragraph ending ``现将有关事项公告如下：`` and five items ``一、征收范围：…`` to
  ``五、…提起行政诉讼。`` (content).  Even pages go on with the sign-off ``澜江区人民政府`` and
  a Chinese-numeral date ``二〇一六年二月二十一日`` and ``（此件公开发布）`` (all content, as the
  earlier sets keep a notice's sign-off), then, after a blank line, the 版记 ``抄送：…。`` and
  ``澜江区人民政府办公室　　2016年2月25日印发　　澜政征〔2016〕12号`` (neither; the ONLY place
  of the doc number on those pages) before the chrome.  Odd pages have no sign-off: their
  metadata is a block BELOW the bar and the related link, just above the footer:
  ``【文件属性】`` / ``发文机关：…　　发文字号：…`` / ``成文日期：2023-06-22　　发布日期：
  2023-06-25`` / ``主题分类：…`` (all neither).  Page breaks: ``·　澜江区人民政府门户网站　第3页
  ·`` (``page_number``) cuts a paragraph between two CJK letters on pages 1, 4 and 6; damage:
  one of ``cjk_space`` / ``comma`` / ``stray_q`` (by turns) on pages 0, 2, 3, 5 and 7, and
  on page 2 also the date's ``〇`` typed ``○`` (``zero``).  Chrome: ``【打印本页】　【关闭窗口】``
  (``bar``), ``相关文件：…补偿方案（征求意见稿）`` (``related``), the sponsor line and the
  ICP-and-site-code line (``footer``).  Meta: issuer (``澜江区人民政府``, not the 办公室 that
  prints it), doc_number (``澜政征〔2016〕12号``), published (the SIGNING day: the sign-off's
  date on even pages, the 成文日期 on odd ones; the 印发 day and the 发布日期, two to six days
  later, are not the date).
* ``sealed_xa_yuchuan`` ('汐澄县农业农村局' 捕捞许可公示, HTML, GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gbk">``, LF; every page a
  compilation of 4, 2, 3, 5, 3, 2, 4, 3 notices of one month, newest first): ``<title>`` =
  ``捕捞许可公示 - 渔业渔政 - 汐澄县农业农村局``; ``汐澄县农业农村局　｜　汐澄县人民政府部门网站``,
  the ``　``-parted menu row, ``首页 - 渔业渔政 - 许可公示`` and the ``<h2>`` ``捕捞许可公示
  （2024年3月）`` (all ``header``).  Per notice, in a ``<div>``: the stamp ``◎ 拟换发`` /
  ``◎ 拟核发`` / ``◎ 拟变更`` / ``◎ 拟补发`` (neither), the title as a bold ``<p>``
  ``关于“澄渔52123”号渔船换发捕捞许可证的公示`` (the quotes are part of the title; the title
  and the notice's first content line), the lead paragraph, the facts line ``船籍港：…　主机
  功率：26千瓦　作业类型：刺网　作业场所：…``, the review paragraph and the objection
  paragraph (content), then ``（公示期：2024年3月20日至2024年3月26日　　受理号：
  XCYZ〔2024〕03209号　　审核：陈嘉礁）`` (metadata, neither).  Chrome at the end: ``本页共2条
  【打印】　【收藏】　【关闭】`` (``bar``), ``上一期：2024年2月捕捞许可公示`` (``related``), the
  address line and the ICP line (``footer``).  Damage: one kind in one notice on pages 1, 2, 4
  and 6; no page breaks.  Meta per notice: published (the FIRST day of its own 公示期: the
  notices of a page are posted on different days and the page has no posting date of its
  own), doc_number (the 受理号); the 审核 reviewer is not taken as author (no author).

Truth as :mod:`tests.families.blind_families_yf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata or neither.  Arguable and fixed
here: a permit's code row is neither but its code is the doc_number, its clerk the author,
and every permit takes the batch's 发布日期; a permit's attachment link is ``related`` chrome
and the batch-wide objection paragraph ``notice``; a rescue case starts at its bare title
(the ``＝`` underline and the case-code row under it are neither), its recorder is the
author and its date the record row's; a decision's sign-off and ``（此件公开发布）`` are
content but its 版记 and 【文件属性】 rows neither, its published date the signing day (not
印发 / 发布), its issuer the government (not the printing office); a fishing notice's stamp
is neither, its bold-paragraph title a title, its published date the first day of its own
公示期 and it has no author.  Compiled pages: every ``zhaopai``, ``jiushang`` and ``yuchuan``
page; ``zhengshou`` pages are single decisions.  ``python -m
tests.families.blind_families_xa`` (seed base 7900) rewrites them and checks the truth
against the pages.

Figures: not measured yet.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_xa_text import (
    JS_CASES,
    JS_SITE,
    JS_STAFF,
    JS_VET,
    YC_ACT,
    YC_GRANT,
    YC_SITE,
    YC_STAFF,
    ZP_DESK,
    ZP_SHOPS,
    ZP_SITE,
    ZS_AREAS,
    ZS_SITE,
    GenXA,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


def odd(pages: tuple[int, ...], i: int) -> list[str]:
    """The artifact kind of the ``n``-th damaged page: the three kinds by turns."""
    return [ODD[pages.index(i) % 3]]


# -- 1. the signboard permits (a compilation under a code-and-countdown row, HTML, GB18030) -----

ZP_N = [3, 4, 2, 5, 3, 4, 3, 2]
ZP_HURT = (0, 2, 3, 5, 7)


def fam_zhaopai(g: GenXA, i: int) -> Made:
    """'沅泷市城市管理局' 户外招牌设置许可公示, one batch per page; HTML in GB18030."""
    r = g.r
    k = ZP_N[i]
    y, m, d = g.date()
    batch = 3 * m + r.randint(0, 2)
    first = 40 * m + r.randint(1, 30)
    codes = [f"ZP-{y}-{first + j:04d}" for j in range(k)]
    arts = [g.permit(s, c) for s, c in zip(r.sample(ZP_SHOPS, k), codes, strict=True)]
    for a in arts:
        a.meta["published"] = iso(y, m, d)
    if i in ZP_HURT:
        damage(g, arts[r.randrange(k)], odd(ZP_HURT, i))
    name = f"{y}年第{batch}批户外招牌设置许可公示"
    end = datetime.date(y, m, d) + datetime.timedelta(days=6)
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>", '<meta charset="gb18030">')
    h.raw(f"<title>{name}_公示公告_{ZP_SITE}</title>")
    h.raw('<link rel="stylesheet" href="/css/cgj_2019.css">', "</head>", "<body>")
    h.el("div", f"{ZP_SITE}　Yuanlong Urban Management Bureau", "logo", "header")
    h.links(
        "header", ["首页", "机构概况", "政务公开", "公示公告", "便民服务", "互动交流"], " | ", "nav"
    )
    h.el("div", "您现在的位置：首页 >> 公示公告 >> 行政许可公示", "pos", "header")
    h.el("h1", name, "", "header")
    h.el(
        "div",
        f"发布日期：{y}-{m:02d}-{d:02d}　　公示期：{m}月{d}日至{end.month}月{end.day}日　　"
        f"浏览次数：{r.randint(80, 900)}",
        "info",
        "header",
    )
    for j, (c, a) in enumerate(zip(codes, arts, strict=True)):
        h.raw('<div class="item">')
        h.el("div", f"{c}　｜　公示剩余 {max(1, 6 - r.randint(0, 5))} 天", "code")
        h.el("h4", a.title)
        h.body(a)
        h.el("div", f"承办科室：{r.choice(ZP_DESK)}　　经办人：{a.meta['author']}", "who")
        shot = f"附件：{a.title[2:-7]}效果图{j + 1}.jpg（{r.randint(120, 980)}KB）"
        h.el("div", shot, "att", "related")
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el(
        "p",
        f"公示期内，任何单位和个人对上述许可事项有异议的，可向{ZP_SITE}书面反映，"
        "逾期未提出异议的，本局将依法作出许可决定。",
        "tip",
        "notice",
    )
    h.el("h4", "相关公示", "", "related")
    past = [f"{y}年第{batch - x}批户外招牌设置许可公示" for x in (1, 2)]
    h.items("related", [*past, "户外招牌设置技术导则（试行）解读"], "more")
    h.el("div", "【打印本页】　【关闭窗口】　【返回顶部】", "tool", "bar")
    h.el(
        "p",
        f"主办单位：{ZP_SITE}　地址：沅泷市迎宾路{r.randint(10, 300)}号　"
        f"电话：0745-22{r.randint(10000, 99999)}",
        "",
        "footer",
    )
    h.el(
        "p",
        f"湘ICP备1{r.randint(1000000, 9999999)}号　网站标识码：4312{r.randint(100000, 999999)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 2. the wildlife rescue case records (a compilation of setext headings, print, Big5) -------

JS_N = [3, 2, 4, 3, 5, 2, 4, 3]
JS_BREAK = {1, 4, 6}
JS_HURT = (0, 2, 3, 5, 7)


def fam_jiushang(g: GenXA, i: int) -> Made:
    """'霧嵐縣野生動物救傷中心' 救傷個案紀錄, one month per page, oldest first; Big5 text.
    Every case is a title line underlined by a row of ``＝`` (nothing above it)."""
    r = g.r
    k = JS_N[i]
    g.month(k, newest_first=False)
    picks = r.sample(JS_CASES, k)
    arts = [g.rescue(c, r.choice(JS_STAFF)) for c in picks]
    y, m, _ = (int(x) for x in arts[0].meta["published"].split("-"))
    roc = y - 1911
    page_no = counter(2, 3, lambda p, t: f"－－　救傷個案紀錄　第{p}頁／共{t}頁　－－")
    hurt = r.sample(range(k), 2)
    if i in JS_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", page_no())])
    if i in JS_HURT:
        damage(g, arts[hurt[1]], odd(JS_HURT, i))
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{JS_SITE}　救傷個案紀錄　（列印版）"),
            ("header", "首頁 ＞ 救傷紀錄 ＞ 個案月報"),
            (
                "header",
                f"民國{roc}年{m}月救傷個案紀錄　本月收容{k + r.randint(3, 20)}案，擇要刊登{k}案",
            ),
            (
                "notice",
                "如於野外發現受傷或落單的野生動物，請勿自行餵食或飼養，"
                "請撥打本中心救傷專線由專人協助處理。",
            ),
        ],
    )
    for a, (sp, *_) in zip(arts, picks, strict=True):
        ay, am, ad = (int(x) for x in a.meta["published"].split("-"))
        lines.append("")
        lines.append(a.title)
        lines.append("＝" * min(len(a.title), 22))
        lines.append(f"個案編號 WR{roc}-{r.randint(100, 999):04d}　｜　物種：{sp}")
        lines += a.page
        vet = r.choice(JS_VET)
        lines.append(f"紀錄：{a.meta['author']}　／　獸醫師：{vet}　／　{ay}.{am:02d}.{ad:02d}")
        a.lines = [a.title, *a.lines]
        chrome += a.chrome
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("related", f"延伸閱讀：民國{roc}年野放成果統計　｜　救傷動物認養計畫說明"),
            ("bar", "列印　｜　回上頁　｜　關閉視窗"),
            (
                "footer",
                f"{JS_SITE}　地址：霧嵐縣東溪鄉林道{r.randint(2, 90)}號　"
                f"救傷專線：(03)95{r.randint(10, 99)}-{r.randint(1000, 9999)}",
            ),
            ("footer", "開放時間：週一至週日 08:00-17:00　著作權所有，轉載請註明出處"),
        ],
    )
    return lines, arts, chrome, True


# -- 3. the house expropriation decisions (single, metadata at the foot, print, UTF-8 BOM) ----

ZS_BREAK = {1, 4, 6}
ZS_HURT = (0, 2, 3, 5, 7)


def fam_zhengshou(g: GenXA, i: int) -> Made:
    """'澜江区人民政府' 房屋征收决定, one per page; every piece of metadata AFTER the text:
    a sign-off and a 版记 on even pages, a 【文件属性】 block under the chrome on odd ones."""
    r = g.r
    a, f = g.taking(i)
    if i % 2 == 0:
        tail = [ZS_SITE, f["sign"], "（此件公开发布）"]
        a.lines += tail
        a.page += tail
    if i in ZS_BREAK:
        mark = f"·　澜江区人民政府门户网站　第{r.randint(2, 3)}页　·"
        damage(g, a, ["page_break"], lambda: [("page_number", mark)])
    else:
        damage(g, a, odd(ZS_HURT, i) + (["zero"] if i == 2 else []))
    no, pub = a.meta["doc_number"], a.meta["published"]
    area = ZS_AREAS[i][0]
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", f"{ZS_SITE}门户网站　｜　政务公开　｜　打印本页"),
            ("header", "当前位置：首页 > 政务公开 > 重点领域信息 > 征收公告"),
            ("notice", "温馨提示：本页为打印页面，内容以发布机关公开的正式文本为准。"),
        ],
    )
    lines += ["", a.title, ""]
    lines += a.page
    a.lines = [a.title, *a.lines]
    chrome += a.chrome
    if i % 2 == 0:
        lines += ["", f"抄送：{f['cc']}。", f"澜江区人民政府办公室　　{f['out']}印发　　{no}"]
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", "【打印本页】　【关闭窗口】"),
            ("related", f"相关文件：{area}国有土地上房屋征收补偿方案（征求意见稿）"),
        ],
    )
    if i % 2 == 1:
        lines += [
            "",
            "【文件属性】",
            f"发文机关：{ZS_SITE}　　发文字号：{no}",
            f"成文日期：{pub}　　发布日期：{f['out_iso']}",
            "主题分类：城乡建设、环境保护／住房",
            "",
        ]
    put(
        lines,
        chrome,
        [
            ("footer", f"主办：{ZS_SITE}办公室　承办：澜江区大数据中心"),
            ("footer", f"赣ICP备0{r.randint(1000000, 9999999)}号　政府网站标识码：3601{i}30004"),
        ],
    )
    return lines, [a], chrome, False


# -- 4. the fishing-permit publicity (a compilation under a stamp, HTML, GBK) ----------------

YC_N = [4, 2, 3, 5, 3, 2, 4, 3]
YC_HURT = (1, 2, 4, 6)


def fam_yuchuan(g: GenXA, i: int) -> Made:
    """'汐澄县农业农村局' 渔业捕捞许可公示, one month per page, newest first; HTML in GBK.
    Every notice under a stamp line ``◎ 拟换发`` ABOVE a bold ``<p>`` title."""
    r = g.r
    k = YC_N[i]
    g.month(k, newest_first=True)
    acts = [r.choice(YC_ACT) for _ in range(k)]
    arts: list[Art] = [g.boat(j, x) for j, x in enumerate(acts)]
    y, m, _ = (int(x) for x in arts[0].meta["published"].split("-"))
    if i in YC_HURT:
        damage(g, arts[r.randrange(k)], odd(YC_HURT, i))
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    h.raw(f"<title>捕捞许可公示 - 渔业渔政 - {YC_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{YC_SITE}　｜　汐澄县人民政府部门网站", "top", "header")
    h.links("header", ["首页", "新闻动态", "政策文件", "渔业渔政", "办事指南"], "　", "menu")
    h.el("div", "首页 - 渔业渔政 - 许可公示", "here", "header")
    h.el("h2", f"捕捞许可公示（{y}年{m}月）", "", "header")
    for x, a in zip(acts, arts, strict=True):
        ay, am, ad = (int(v) for v in a.meta["published"].split("-"))
        stop = datetime.date(ay, am, ad) + datetime.timedelta(days=6)
        no = f"XCYZ〔{ay}〕{am:02d}{ad:02d}{r.randint(1, 9)}号"
        a.meta["doc_number"] = no
        h.raw('<div class="notice">')
        h.el("div", f"◎ 拟{YC_GRANT[x]}", "stamp")
        h.raw(f'<p class="tt"><b>{a.title}</b></p>')
        h.body(a)
        h.el(
            "div",
            f"（公示期：{ay}年{am}月{ad}日至{stop.year}年{stop.month}月{stop.day}日　　受理号：{no}"
            f"　　审核：{r.choice(YC_STAFF)}）",
            "sl",
        )
        h.raw("</div>")
        a.lines = [a.title, *a.lines]
    h.el("div", f"本页共{k}条　　【打印】　【收藏】　【关闭】", "tool", "bar")
    h.el("div", f"上一期：{y}年{(m - 2) % 12 + 1}月捕捞许可公示", "prev", "related")
    h.el(
        "p",
        f"{YC_SITE}　地址：汐澄县海滨路{r.randint(10, 99)}号　邮编：3552{r.randint(10, 99)}",
        "",
        "footer",
    )
    h.el("p", f"闽ICP备0{r.randint(1000000, 9999999)}号", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


FAMILIES = [
    BlindFamily("sealed_xa_zhaopai", "sealed", "gb18030", "\r\n", 8, fam_zhaopai, "html"),
    BlindFamily("sealed_xa_jiushang", "sealed", "cp950", "\r\n", 8, fam_jiushang),
    BlindFamily("sealed_xa_zhengshou", "sealed", "utf-8-sig", "\r\n", 8, fam_zhengshou),
    BlindFamily("sealed_xa_yuchuan", "sealed", "gbk", "\n", 8, fam_yuchuan, "html"),
]

assert len(ZS_AREAS) == 8 and len(JS_CASES) >= 5 and len(ZP_SHOPS) >= 5


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=7900, gen=GenXA)
