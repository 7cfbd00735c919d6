"""Four more invented families for a forty-eighth blind test of the generic layer: a city
relief station's family-search notices 寻亲公告 saved as text (plain text, GB18030 on even
pages and UTF-16 with BOM on odd ones, CRLF; every page a batch that compiles several people,
each under a ``寻亲编号　XQ2023117`` row ABOVE the bare title and a label-space-value row
``入站　2023-05-03　｜　护送　岑东派出所`` BELOW it, a ``« 2 »`` page mark cutting
sentences), a province's emergency management department's series of typical accident cases
(HTML, UTF-8 declared by ``http-equiv``, LF; every page an issue that compiles several cases,
each under a ``▶ 行业领域：建筑施工`` row ABOVE its ``<h3>`` title, a ``事发时间：…　事发地点：…
伤亡情况：…`` row BELOW it, three numbered section heads inside and a ``（资料来源：…）``
row AFTER the text), a housing estate's owners' corporation notices in traditional letters
(plain text, Big5 (cp950), CRLF; the title under a letter-spaced ``通　告`` and a
parenthesised number on even pages, over a ``通告編號：`` row on odd ones, a sign-off with a
``零`` Chinese-numeral date, a ``P.2`` page mark on some pages) and a city police bureau's
household-registration service guides 办事指南 (HTML, LF, GBK declared ``charset=gbk`` by
``http-equiv`` on even pages and UTF-8 with BOM declared ``<meta charset="utf-8">`` on odd
ones; a ``·``-parted info row BELOW the ``<h2>`` title on even pages and ABOVE it on odd
ones, eight ``<h4>`` section heads and ``<li>`` papers).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind (a relief station, an emergency management department's case series, an owners'
corporation, a police service guide), header shapes, title placement, metadata layout and
labels, chrome wording, page marks and encoding.  On the HTML pages the truth's lines are the
page's VISIBLE text lines (:func:`tests.families.blind_write.visible_lines`).

* ``sealed_yc_xunqin`` ('岑州市救助管理站', plain text, CRLF, GB18030 on even pages and UTF-16
  with BOM on odd ones; every page a compilation of 3, 2, 4, 5, 2, 3, 4, 3 people): the
  station's name, a ``　｜　`` nav row, ``当前栏目：寻亲公告`` and the batch title
  ``受助人员寻亲公告（2023年第9批）`` with the row ``发布日期：2023-06-12　　浏览次数：356``
  under it (all ``header``), the standing line ``以下受助人员因…，现予公告，…`` (``notice``)
  and a ``＝`` rule (bar).  Per person: ``寻亲编号　XQ2023117`` (``article_header``; the
  doc number is read from it), the bare title (``自称“阿贵”的老年男子``, a content line), the
  row ``入站　2023-05-03　｜　护送　岑东派出所`` (metadata, neither), then four paragraphs
  ``体貌特征：…`` / ``随身物品：…`` / ``入站经过：…`` / how the person is now (content); people
  parted by a ``┄`` rule (bar).  Page breaks on pages 1, 4 and 6: ``« 2 »``
  (``page_number``) cuts a paragraph between two CJK letters in one person.  Damage: one of
  ``cjk_space`` / ``comma`` / ``stray_q`` in another person on pages 0, 2, 3, 5 and 7.
  Chrome at the end: the rule again (bar), the 24-hour phone line (``notice``), ``往期公告``
  and three ``▸ …`` past batches (``related``), two footer rows.  Meta per person:
  published (the ENTRY date in its row, not the batch's date), origin (the escorting unit),
  doc_number (``XQ2023117``).
* ``sealed_yc_shigu`` ('岑江省应急管理厅', HTML, UTF-8 declared ``<meta http-equiv=…
  charset=UTF-8>``, LF; every page a compilation of 3, 4, 2, 3, 5, 2, 4, 3 cases):
  ``<title>`` = ``典型事故案例警示（第N期）-岑江省应急管理厅``; the logo row, a `` · `` nav row,
  ``当前位置：首页 ＞ 警示教育 ＞ 事故案例`` and the issue title in ``<h1>`` (``header``), the
  study line ``请各地各有关单位组织学习…`` (``notice``).  Per case: ``▶ 行业领域：X``
  (``article_header``), the title ``岑北县某在建商住楼项目“5·13”高处坠落事故`` in ``<h3>``
  (a content line), the row ``事发时间：2022年5月13日　事发地点：岑北县　伤亡情况：2人死亡``
  (metadata, neither), the heads ``一、事故经过`` / ``二、原因分析`` / ``三、警示教训`` and their
  paragraphs (content: the heads stay inside the case), the row ``（资料来源：岑北县应急管理局）``
  (metadata, neither); cases parted by ``· · · · · ·`` (bar).  Chrome at the end:
  ``【打印本页】　【关闭窗口】`` (bar), on pages 0, 3 and 5 the pager ``共3页　‹ 1 2 3 ›``
  (``page_number``), ``相关案例`` and three titles (``related``), two footer rows.  Damage:
  ``cjk_space`` or ``comma`` in one case on pages 1, 2, 4, 6 and 7.  Meta per case:
  published (the accident's date), origin (the source office).
* ``sealed_yc_yezhu`` ('翠峰苑業主立案法團', plain text, Big5 (cp950), CRLF; traditional
  letters; single notices): the corporation's name, its English name, a ``｜`` nav row
  (``header``), the row ``發佈日期：2023-05-03　｜　瀏覽次數：128`` (metadata, neither), a
  ``﹏`` rule (bar).  On EVEN pages ``通　告`` (``header``), ``（編號：CF/IO/2023/017）``
  (metadata) and the bare title; on ODD pages the bare title over ``通告編號：CF/IO/2023/017``
  (metadata).  The content: the salutation ``致各位業主及住戶：``, a paragraph, the ``日期：``
  and ``時間：`` lines, two paragraphs, ``不便之處，敬請原諒。`` (content).  AFTER them the
  sign-off ``翠峰苑業主立案法團`` / ``主席　陳家俊`` / ``二零二三年五月三日`` (metadata rows,
  neither).  Page break on pages 2 and 5: ``P.2`` (``page_number``) cuts a paragraph.
  Damage: one kind on pages 0, 1, 3, 4 and 6.  Chrome at the end: the rule (bar), the
  ``本網頁資料只供…`` line (``notice``), ``其他通告：`` and three ``‧ X`` titles
  (``related``), two footer rows.  Meta: published (the row's date, which is the sign-off
  date), author (the chairman), issuer (the corporation), doc_number.
* ``sealed_yc_banshi`` ('岑州公安' of '岑州市公安局', HTML, LF; GBK declared ``<meta
  http-equiv="Content-Type" content="text/html; charset=gbk">`` on even pages, UTF-8 with BOM
  declared ``<meta charset="utf-8">`` on odd ones): ``<title>`` = ``X-办事指南-岑州公安``; the
  logo row, a ``｜`` nav row and ``首页 / 便民服务 / 办事指南 / 户政业务`` (``header``); the title
  (``出生登记办事指南``) in ``<h2>``, the row ``更新时间：2023-05-03 · 实施主体：岑州市公安局户政
  管理支队 · 事项编码：430700-HZ-017`` (metadata, neither) UNDER it on even pages and ABOVE it
  on odd ones, the bar ``◎ 语音播报　｜　无障碍浏览　｜　打印`` (bar).  The content: eight
  ``<h4>`` heads ``一、办理依据`` … ``八、咨询电话``, their paragraphs and the papers as
  ``<li>`` items ``1. X；`` (all content).  Chrome: ``温馨提示：…以窗口现场告知为准。``
  (``notice``), ``本页内容对您有帮助吗？　有帮助　没帮助`` (bar), ``相关事项`` and three guide
  titles (``related``), two footer rows.  Damage: one kind on pages 1, 2, 3, 5 and 6.  Meta:
  published, issuer (the 实施主体), doc_number (the 事项编码).

Truth as :mod:`tests.families.blind_families_zo`: header and metadata rows are neither
content nor chrome; titles are bare and are the first content line of their article; dates
YYYY-MM-DD; a compilation's header lines are chrome of kind ``header``, its per-piece header
rows ``article_header``, its per-piece rows metadata.  Arguable and fixed here: a
family-search batch's title and date row are ``header`` and each person takes the ENTRY date
of their own row (the batch date is not theirs); the ``入站经过`` paragraph with its own date
is content; the station's phone line at the end is a ``notice``; an accident case's three
section heads are content inside the case (never new articles) and its source row is
metadata; an owners' notice's ``日期：`` / ``時間：`` lines are content, its ``通　告`` label
is ``header`` and its sign-off rows are metadata; a service guide's section heads and papers
are content.  Compiled pages: every ``xunqin`` and ``shigu`` page; the other families are
single documents.  ``python -m tests.families.blind_families_yc`` (seed base 5500) rewrites
them and checks the truth against the pages.

Measured blind at the session-22 start code (e3d9d38), all sealed pages in one folder, content
F1/residue/titles/counts/repairs/metadata: banshi 1.0/0/1/1/1/1; shigu .959/0/1/1/1/.5;
xunqin .992/.024/.846/.75/1/.474; yezhu .855/.265/1/1/1/.5 (set means .951/.072/.962/.938/1/.619).
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, damage, iso
from tests.families.blind_o_text import Html, put
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_yc_text import (
    BZ_BUREAU,
    BZ_MATTERS,
    BZ_SITE,
    SG_COUNTIES,
    SG_DEPT,
    SG_KINDS,
    SG_SITES,
    XQ_LOOK,
    XQ_STATION,
    XQ_UNITS,
    XQ_WHO,
    YZ_CHAIRS,
    YZ_EN,
    YZ_IO,
    YZ_OTHER,
    YZ_SUBJECTS,
    GenYC,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]
CN_DIGIT = "零一二三四五六七八九"


# -- 1. the relief station's family-search notices (a compilation, text) ------------------------

XQ_N = [3, 2, 4, 5, 2, 3, 4, 3]
XQ_BREAK = {1, 4, 6}
XQ_RULE = "＝" * 18
XQ_SEP = "┄" * 12


def fam_xunqin(g: GenYC, i: int) -> Made:
    """'岑州市救助管理站' batches, text; every page several people."""
    r = g.r
    k = XQ_N[i]
    g.month(k, newest_first=False)
    days = [g.date() for _ in range(k)]
    y, m, _ = days[-1]
    py, pm = (y, m + 1) if m < 12 else (y + 1, 1)
    batch = r.randint(4, 12)
    who = r.sample(XQ_WHO, k)
    units = [r.choice(XQ_UNITS) for _ in range(k)]
    looks = r.sample(XQ_LOOK, k)
    arts = [g.seeker(w, u, dd, lk) for w, u, dd, lk in zip(who, units, days, looks, strict=True)]
    nos = [f"XQ{y}{r.randint(10, 99) + 100 * n:03d}" for n in range(k)]
    hurt = r.sample(range(k), 2)
    if i in XQ_BREAK:
        damage(g, arts[hurt[0]], ["page_break"], lambda: [("page_number", "« 2 »")])
    else:
        damage(g, arts[hurt[1]], [ODD[i % 3]])
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", XQ_STATION),
            ("header", "站务动态　｜　救助政策　｜　寻亲公告　｜　志愿服务　｜　联系我们"),
            ("header", "当前栏目：寻亲公告"),
        ],
    )
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("header", f"受助人员寻亲公告（{py}年第{batch}批）"),
            (
                "header",
                f"发布日期：{py}-{pm:02d}-{r.randint(1, 9):02d}　　浏览次数：{r.randint(90, 900)}",
            ),
            (
                "notice",
                "以下受助人员因年老、智力或精神障碍、语言不通等原因无法提供准确的家庭住址，"
                "现予公告，望其亲属或知情人士见告后尽快与本站联系。",
            ),
            ("bar", XQ_RULE),
        ],
    )
    for n, (a, u, (yy, mm, dd), no) in enumerate(zip(arts, units, days, nos, strict=True)):
        lines.append("")
        if n:
            put(lines, chrome, [("bar", XQ_SEP)])
            lines.append("")
        put(lines, chrome, [("article_header", f"寻亲编号　{no}")])
        lines.append(a.title)
        lines.append(f"入站　{yy}-{mm:02d}-{dd:02d}　｜　护送　{u}")
        lines += a.page
        chrome += a.chrome
        a.lines = [a.title, *a.lines]
        a.meta = {"published": iso(yy, mm, dd), "origin": u, "doc_number": no}
    lines.append("")
    put(
        lines,
        chrome,
        [
            ("bar", XQ_RULE),
            (
                "notice",
                f"寻亲热线：0736-82{r.randint(10000, 99999)}（24小时）　"
                "来电请说明寻亲编号，本站将安排专人接待。",
            ),
            ("related", "往期公告"),
            *[("related", f"▸ 受助人员寻亲公告（{py}年第{batch - j}批）") for j in (1, 2, 3)],
            ("footer", f"{XQ_STATION}　地址：岑州市北环路{r.randint(20, 400)}号　邮编：415000"),
            ("footer", f"主管单位：岑州市民政局　　湘ICP备1200{r.randint(1000, 9999)}号"),
        ],
    )
    return lines, arts, chrome, True


# -- 2. the accident-case series (a compilation, HTML, UTF-8) -----------------------------------

SG_N = [3, 4, 2, 3, 5, 2, 4, 3]


def fam_shigu(g: GenYC, i: int) -> Made:
    """'岑江省应急管理厅' case issues, HTML; every page several cases."""
    r = g.r
    k = SG_N[i]
    issue = r.randint(3, 30)
    head = f"典型事故案例警示（第{issue}期）"
    g.month(k, newest_first=False)
    days = [g.date() for _ in range(k)]
    fields = r.sample(SG_KINDS, k)
    counties = r.sample(SG_COUNTIES, k)
    sites = r.sample(SG_SITES, k)
    arts = [
        g.accident(c, s, f, d) for c, s, f, d in zip(counties, sites, fields, days, strict=True)
    ]
    if i in (1, 2, 4, 6, 7):
        damage(g, arts[r.randrange(k)], [["cjk_space", "comma"][i % 2]])
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    h.raw(f"<title>{head}-{SG_DEPT}</title>", "</head>", "<body>")
    h.el("div", f"{SG_DEPT}　安全发展　生命至上", "logo", "header")
    h.links(
        "header",
        ["首页", "机构职能", "政务公开", "安全生产", "防灾减灾", "警示教育", "互动交流"],
        " · ",
        "nav",
    )
    h.el("div", "当前位置：首页 ＞ 警示教育 ＞ 事故案例", "crumb", "header")
    h.el("h1", head, "ttl", "header")
    h.el(
        "p",
        "请各地各有关单位组织学习，举一反三，深刻汲取事故教训，切实做好本地区本行业的"
        "安全防范工作。",
        "study",
        "notice",
    )
    h.raw('<div class="cases">')
    for n, (a, f, c, (yy, mm, dd)) in enumerate(zip(arts, fields, counties, days, strict=True)):
        if n:
            h.el("div", "· · · · · ·", "sep", "bar")
        h.el("div", f"▶ 行业领域：{f[0]}", "tag", "article_header")
        h.el("h3", a.title)
        dead = a.lines[1].split("造成")[1].split("人死亡")[0]
        h.el("p", f"事发时间：{yy}年{mm}月{dd}日　事发地点：{c}　伤亡情况：{dead}人死亡", "info")
        h.body(a)
        src = f"{c}应急管理局"
        h.el("p", f"（资料来源：{src}）", "src")
        a.lines = [a.title, *a.lines]
        a.meta = {"published": iso(yy, mm, dd), "origin": src}
    h.raw("</div>")
    h.el("div", "【打印本页】　【关闭窗口】", "tool", "bar")
    if i in (0, 3, 5):
        h.el("div", "共3页　‹ 1 2 3 ›", "pager", "page_number")
    h.el("h4", "相关案例", "", "related")
    h.items(
        "related",
        [f"典型事故案例警示（第{issue - j}期）" for j in (1, 2, 3)],
        "xg",
    )
    h.el("p", f"主办：{SG_DEPT}　　地址：岑江市安宁路{r.randint(10, 200)}号", "", "footer")
    h.el(
        "p",
        f"岑ICP备1100{r.randint(1000, 9999)}号　网站标识码：4300000{r.randint(10, 99)}",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, arts, h.chrome, True


# -- 3. the owners' corporation notices (text, Big5) ---------------------------------------------

YZ_BREAK = {2, 5}
YZ_ADDR = "翠峰道18號翠峰苑平台"


def fam_yezhu(g: GenYC, i: int) -> Made:
    """'翠峰苑業主立案法團' notices, Big5 text; single notices."""
    r = g.r
    y, m, d = g.date()
    a = g.io_notice(YZ_SUBJECTS[i], (y, m, d))
    no = f"CF/IO/{y}/{r.randint(3, 60):03d}"
    chair = r.choice(YZ_CHAIRS)
    if i in YZ_BREAK:
        damage(g, a, ["page_break"], lambda: [("page_number", "P.2")])
    else:
        damage(g, a, [ODD[i % 3]] if i != 7 else [])
    a.meta = {"published": iso(y, m, d), "author": chair, "issuer": YZ_IO, "doc_number": no}
    lines: list[str] = []
    chrome: Chrome = []
    put(
        lines,
        chrome,
        [
            ("header", YZ_IO),
            ("header", YZ_EN),
            ("header", "主頁 ｜ 法團通告 ｜ 會議紀錄 ｜ 財務報表 ｜ 管理處消息"),
        ],
    )
    lines.append(f"發佈日期：{y}-{m:02d}-{d:02d}　｜　瀏覽次數：{r.randint(40, 600)}")
    put(lines, chrome, [("bar", "﹏" * 20)])
    lines.append("")
    if i % 2 == 0:
        put(lines, chrome, [("header", "通　告")])
        lines.append(f"（編號：{no}）")
        lines.append(a.title)
    else:
        lines.append(a.title)
        lines.append(f"通告編號：{no}")
    lines.append("")
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    signed = "".join(CN_DIGIT[int(c)] for c in str(y)) + f"年{cn_small(m)}月{cn_small(d)}日"
    lines += ["", YZ_IO, f"主席　{chair}", signed, ""]
    put(
        lines,
        chrome,
        [
            ("bar", "﹏" * 20),
            (
                "notice",
                "本網頁資料只供本苑業主及住戶參考，如有歧異，以管理處告示板張貼之正本為準。",
            ),
            ("related", "其他通告："),
            *[("related", f"‧ {x}") for x in r.sample(YZ_OTHER, 3)],
            (
                "footer",
                f"管理處地址：{YZ_ADDR}　電話：2{r.randint(100, 999)} {r.randint(1000, 9999)}",
            ),
            ("footer", f"Copyright {y} {YZ_IO}　版權所有"),
        ],
    )
    return lines, [a], chrome, False


# -- 4. the police bureau's service guides (HTML, GBK / UTF-8 with BOM) -------------------------


def fam_banshi(g: GenYC, i: int) -> Made:
    """'岑州公安' service guides, HTML; even pages GBK, odd pages UTF-8 with BOM."""
    r = g.r
    y, m, d = g.date()
    matter = BZ_MATTERS[i]
    title = f"{matter[0]}办事指南"
    parts = g.guide(matter)
    texts = [x for _, x in parts]
    a = Art(title, texts, list(texts))
    if i in (1, 2, 3, 5, 6):
        damage(g, a, [ODD[i % 3]])
    unit = f"{BZ_BUREAU}户政管理支队"
    code = f"430700-HZ-{r.randint(1, 60):03d}"
    a.meta = {"published": iso(y, m, d), "issuer": unit, "doc_number": code}
    h = Html()
    h.raw("<!DOCTYPE html>", "<html>", "<head>")
    if i % 2 == 0:
        h.raw('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    else:
        h.raw('<meta charset="utf-8">')
    h.raw(f"<title>{title}-办事指南-{BZ_SITE}</title>", "</head>", "<body>")
    h.el("div", f"{BZ_SITE}　{BZ_BUREAU}官方网站", "logo", "header")
    h.links(
        "header",
        ["首页", "警务资讯", "便民服务", "网上办事", "警民互动", "信息公开"],
        "｜",
        "nav",
    )
    h.el("div", "首页 / 便民服务 / 办事指南 / 户政业务", "crumb", "header")
    info = f"更新时间：{y}-{m:02d}-{d:02d} · 实施主体：{unit} · 事项编码：{code}"
    if i % 2:
        h.el("div", info, "info")
        h.el("h2", title)
    else:
        h.el("h2", title)
        h.el("div", info, "info")
    h.el("div", "◎ 语音播报　｜　无障碍浏览　｜　打印", "tool", "bar")
    h.raw('<div class="guide">')
    items = False
    for (tag, _), shown in zip(parts, a.page, strict=True):
        if tag == "li" and not items:
            h.raw("<ul>")
        elif tag != "li" and items:
            h.raw("</ul>")
        items = tag == "li"
        h.el(tag, shown)
    h.raw("</div>")
    a.lines = [title, *a.lines]
    h.el(
        "p",
        "温馨提示：本指南内容如与最新政策规定不一致，以窗口现场告知为准。",
        "tip",
        "notice",
    )
    h.el("div", "本页内容对您有帮助吗？　有帮助　没帮助", "rate", "bar")
    h.el("h4", "相关事项", "", "related")
    others = [x for x in BZ_MATTERS if x != matter]
    h.items("related", [f"{x[0]}办事指南" for x in r.sample(others, 3)], "xg")
    h.el("p", f"主办：{BZ_BUREAU}　　承办：{BZ_BUREAU}新闻宣传处", "", "footer")
    h.el(
        "p", f"岑公网安备 4307020200{r.randint(1000, 9999)}号　建议使用IE9以上浏览器", "", "footer"
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily(
        "sealed_yc_xunqin",
        "sealed",
        "gb18030",
        "\r\n",
        8,
        fam_xunqin,
        "txt",
        ("gb18030", "utf-16"),
    ),
    BlindFamily("sealed_yc_shigu", "sealed", "utf-8", "\n", 8, fam_shigu, "html"),
    BlindFamily("sealed_yc_yezhu", "sealed", "cp950", "\r\n", 8, fam_yezhu),
    BlindFamily(
        "sealed_yc_banshi",
        "sealed",
        "gbk",
        "\n",
        8,
        fam_banshi,
        "html",
        ("gbk", "utf-8-sig"),
    ),
]

assert len(YZ_SUBJECTS) >= 8 and len(BZ_MATTERS) >= 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=5500, gen=GenYC)
