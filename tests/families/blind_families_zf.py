"""Four more invented families for a thirtieth blind test of the generic layer: a county
civilisation office's quarterly "good people" roll (plain text, UTF-8 with BOM, LF; every page
a compilation whose profiles open with a ``▍助人为乐 · 第3位`` tag row ABOVE the plain title, a
``【人物名片】`` card row BELOW it and a ``（文／X）`` credit line AFTER the body), a listed
company's announcements as text taken from the PDF on a finance data site (plain text, GBK,
CRLF; the PDF's ``第 2 页 共 3 页`` footers and its running head cut sentences), a pet rescue
group's adoption posts (HTML, UTF-8, LF; a label/value ``<dl>`` card below or above the
title) and a temple's activity notices (HTML in Big5 declared ``charset=big5`` by
``http-equiv``, CRLF; traditional letters; the title under a ``【法會】`` tag or as the value
of a ``公告標題`` table row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zf_haoren`` ('禾溪文明网', plain text, UTF-8 with BOM, LF; every page a compilation
  of 3, 2, 4, 3, 2, 3, 4, 2 profiles): the page title line ``2021年第3季度“禾溪好人”榜单发布
  _身边好人_禾溪文明网``, the site row, ``您现在的位置：首页 » 身边好人 » 好人榜``, the roll's own
  title and its ``时间：… 来源：县文明办　字号：大 中 小`` row (all ``header``: the roll's date
  is no profile's metadata), ``（以下按推荐先后排列，排名不分先后）`` (``notice``).  Per
  profile: the tag row ``▍助人为乐 · 第3位`` (``header``), THEN the bare title, THEN
  ``【人物名片】周长庚　禾口镇渡口村村民　｜　推荐单位：禾口镇党委`` (metadata, neither), three
  paragraphs, and the credit line ``（文／邵青禾）`` (metadata, neither): one article.  Damage:
  one kind (``cjk_space`` / ``comma`` / ``stray_q``) in one profile per page; no page
  breaks.  Chrome at the end: a ``👍 点赞 N　★ 收藏　↗ 分享到朋友圈`` bar, a recommend-hotline
  ``notice``, ``往期回顾：`` and two ``· X`` rolls (``related``), one footer line with an ICP
  number.  Meta per profile: origin (推荐单位), author (文); no published.
* ``sealed_zf_pilu`` (a finance data site '澄江财经数据中心' showing a listed company's
  announcement text taken from its PDF, plain text, GBK, CRLF): the page title line
  ``禾川新材(603917)公告正文 - 澄江财经数据中心`` and a tab row (``header``), ``【原文下载】PDF…
  【加入自选】　【打印】`` (bar); the PDF's first-page row ``证券代码：603917　证券简称：禾川新材
  公告编号：2021-007`` (metadata, neither), the bare title (company name + subject), the board's
  guarantee paragraph, four ``一、`` heads each with a paragraph, ``特此公告。``, the board and
  ``2021年3月9日``: one article.  Page breaks: the PDF footer ``第 1 页 共 3 页``
  (``page_number``) and on odd pages the PDF running head ``禾川新材料股份有限公司　…　2021-007
  号公告`` (``header``) stand alone between blank lines, cutting a sentence between two CJK
  letters (one break, two on pages 1, 4, 7); the last footer ``第 3 页 共 3 页`` follows the
  date (``page_number``).  Damage: one more kind per page.  Chrome at the end: a conversion
  ``notice``, ``该公司其他公告：`` and three ``· 禾川新材：X`` (``related``), a risk line and a
  copyright line (``footer``).  Meta: published, issuer (the board), doc_number (公告编号).
* ``sealed_zf_lingyang`` ('毛孩回家' adoption posts, HTML, UTF-8, LF): logo, nav and
  ``首页 › 待领养 › 猫`` (``header``).  Even pages: the ``<h1>`` title over ``发布人：X　·
  发布于 2021-03-09 21:14　·　浏览 N`` (neither) over a ``<dl>`` card whose ``<dt>``/``<dd>``
  lines (``昵称`` / ``团子`` / ``性别`` / ``母`` …) are neither; odd pages: the card ABOVE a
  ``<div class="post-title">`` title over the poster row.  The title, two paragraphs,
  ``领养要求：``, four ``<li>`` items ``1. …`` and the contact line are ONE article.  Chrome:
  ``我要领养　收藏（N）`` and ``分享到：微信 | 微博 | QQ空间 | 复制链接`` (bar); on pages 1, 2,
  4, 5, 7 ``爱心留言（N）``, comment rows and a ``发布人回复：`` row (``notice``, as set o's
  comment thread); ``同城还有这些毛孩在等家`` and three titles (``related``); an anti-fraud
  line (``notice``) and a footer line.  Damage: ``cjk_space`` on 0, ``stray_q`` on 3,
  ``comma`` on 6.  Meta: published, author (the poster).
* ``sealed_zf_miaoyu`` ('財團法人瀾港鎮安宮', HTML in Big5, CRLF; traditional letters):
  ``財團法人瀾港鎮安宮 全球資訊網`` and a nav row (``header``), ``線上點燈　｜　安太歲登記　｜
  捐獻芳名錄查詢`` (bar), ``目前位置：首頁 > 最新公告 > 法會`` (``header``).  Even pages: a tag
  ``【法會】`` (``header``) over the ``<h2>`` title over ``公告日期：2024-03-18　｜　公告單位：
  總務組　｜　瀏覽人次：N`` (neither); odd pages: a table whose ``<th>`` label cells
  ``公告標題`` / ``公告日期`` / ``公告單位`` and value cells (the title, ``2024/3/18``, the section)
  are each a line (labels and values neither, the title content).  The title, ``各位信眾大德：``,
  the why paragraph, three ``一、`` items, the closing wish and ``鎮安宮管理委員會　敬啟`` are ONE
  article.  Chrome: a no-fundraising ``notice`` (``※…``), ``分享至：LINE｜Facebook｜列印``
  (bar), ``上一則：X`` / ``下一則：Y`` (``related``), ``回列表`` (bar), three footer lines.
  Damage: ``cjk_space`` on 1, ``comma`` on 4, ``stray_q`` on 7.  Meta: published, issuer
  (the board, from the sign-off), origin (公告單位).

Truth as :mod:`tests.families.blind_families_zd`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: the
roll's own title and date row are ``header`` and the per-profile tag row (category and rank)
is ``header``, while the 人物名片 card and the trailing 文／ credit are metadata rows; the
person's name and role have no key; the PDF's first-page 证券代码 row is a metadata row but
its running head and page footers are chrome; the board's guarantee paragraph is content; a
pet's card (name, kind, sex, age, city, shots) is metadata without keys; adoption rules are
content; comment threads are ``notice``; a temple's label cells are neither and its
no-fundraising warning is ``notice``.  Compiled pages: every ``haoren`` page; ``pilu``,
``lingyang`` and ``miaoyu`` are single documents.  ``python -m
tests.families.blind_families_zf`` (seed base 3200) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``a1aa08f`` (``chrome_bench.py --sealed --per-family
--repeat 1``; F1 / residue / titles / counts / repairs / metadata; all pages in one folder and
one folder per family gave the same rows): haoren .907/.177/.087/0.0/1.0/0.0; lingyang
.904/.074/1.0/1.0/1.0/.500; miaoyu .827/.360/.500/1.0/1.0/.333; pilu
.919/.095/1.0/1.0/.895/1.0.  Means .889/.177/.647/.750/.974/.458.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, counter, damage
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zf_text import (
    ANNS,
    BOARD,
    CITIES,
    COUNTY,
    FIRM,
    FIRM_SHORT,
    KINDS_HR,
    PEOPLE,
    PETS,
    RITES,
    SITE_HR,
    STOCK,
    TEMPLE,
    GenZF,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the good people roll ---------------------------------------------------------------

PIECES = [3, 2, 4, 3, 2, 3, 4, 2]


def fam_haoren(g: GenZF, i: int) -> Made:
    """'禾溪好人' quarterly rolls, UTF-8-BOM text; every page a compilation."""
    r = g.r
    k = PIECES[i]
    picks = r.sample(range(len(PEOPLE)), k)
    arts = [g.person(j) for j in picks]
    hurt = r.randrange(k)
    damage(g, arts[hurt], [ODD[i % 3]])
    y, q = 2017 + i // 2, 1 + (i * 3) % 4
    roll = f"{y}年第{q}季度“禾溪好人”榜单发布"
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{roll}_身边好人_{SITE_HR}"),
        ("header", f"{SITE_HR}　|　首页　文明创建　道德模范　身边好人　志愿服务　网上评议"),
        ("header", "您现在的位置：首页 » 身边好人 » 好人榜"),
    ]
    put(lines, chrome, head)
    lines.append("")
    mon = q * 3
    row = f"时间：{y}-{mon:02d}-{r.randint(25, 30)} {g.clock()}　　来源：县文明办　　字号：大 中 小"
    put(lines, chrome, [("header", roll), ("header", row)])
    put(lines, chrome, [("notice", "（以下按推荐先后排列，排名不分先后）")])
    for n, (a, j) in enumerate(zip(arts, picks, strict=True)):
        _, name, role = PEOPLE[j]
        town = a.meta["origin"].removesuffix("党委")
        lines.append("")
        put(lines, chrome, [("header", f"▍{r.choice(KINDS_HR)} · 第{n + 1}位")])
        lines.append(a.title)
        lines.append(f"【人物名片】{name}　{town}{role}　｜　推荐单位：{a.meta['origin']}")
        lines += a.page
        lines.append(f"（文／{a.meta['author']}）")
        a.lines = [a.title, *a.lines]
    lines.append("")
    past = [f"· {y}年第{max(q - d, 1)}季度“禾溪好人”榜单发布" for d in (1, 2)]
    tail: Chrome = [
        ("bar", f"👍 点赞 {r.randint(40, 900)}　　★ 收藏　　↗ 分享到朋友圈"),
        (
            "notice",
            "身边有好人好事？欢迎拨打推荐热线 0579-86120315，或发送邮件至 hxwmb@hexi.gov.cn",
        ),
        ("related", "往期回顾："),
        *(("related", x) for x in past),
        ("footer", f"{COUNTY}精神文明建设委员会办公室　主办　　禾ICP备12008765号-2"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, True


# -- 2. the listed company's announcement (text from the PDF) -----------------------------


def in_order(a: Art, name: Callable[[], str]) -> None:
    """Name the page-break placeholders ``@PBn@`` of ``a`` in page order (``damage`` cuts
    the lines in random order) in its page, its repairs and its chrome."""
    names: dict[str, str] = {}
    for ln in a.page:
        for part in ln.split("\n"):
            if part.startswith("@PB") and part not in names:
                names[part] = name()

    def fix(s: str) -> str:
        for old, new in names.items():
            s = s.replace(old, new)
        return s

    a.page = [fix(x) for x in a.page]
    for rp in a.repairs:
        rp["damaged"] = fix(rp["damaged"])
    a.chrome = [(k, fix(x)) for k, x in a.chrome]


BREAKS = [1, 2, 1, 1, 2, 1, 1, 2]


def fam_pilu(g: GenZF, i: int) -> Made:
    """A listed company's announcement as PDF text on a finance data site, GBK text."""
    r = g.r
    a = g.ann(i)
    nb = BREAKS[i]
    total = nb + 1
    doc = a.meta["doc_number"]
    tag = iter(range(1, 9))

    def mark() -> Chrome:
        marks: Chrome = [("page_number", f"@PB{next(tag)}@")]
        if i % 2:
            marks.append(("header", f"{FIRM}　　　　　　　　　　　　{doc}号公告"))
        return marks

    damage(g, a, [ODD[(i + 1) % 3]] + ["page_break"] * nb, mark)
    in_order(a, counter(1, total, lambda p, t: f"第 {p} 页 共 {t} 页"))
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("header", f"{FIRM_SHORT}({STOCK})公告正文 - 澄江财经数据中心"),
        ("header", "行情　|　公告　|　研报　|　互动问答　|　F10资料"),
        ("bar", f"【原文下载】PDF（{r.randint(120, 900)}KB）　　【加入自选】　　【打印】"),
    ]
    put(lines, chrome, head)
    lines += ["", f"证券代码：{STOCK}　　　证券简称：{FIRM_SHORT}　　　公告编号：{doc}", ""]
    lines += [a.title, ""]
    lines += a.page
    chrome += a.chrome
    a.lines = [a.title, *a.lines]
    put(lines, chrome, [("page_number", f"第 {total} 页 共 {total} 页")])
    lines.append("")
    others = r.sample([x for n, x in enumerate(ANNS) if n != i], 3)
    tail: Chrome = [
        (
            "notice",
            "（以上内容由PDF原文自动转换生成，表格及格式可能存在偏差，请以交易所披露的原文为准）",
        ),
        ("related", "该公司其他公告："),
        *(("related", f"· {FIRM_SHORT}：{x}") for x in others),
        ("footer", "风险提示：本站信息仅供参考，不构成投资建议，据此操作风险自担。"),
        ("footer", "澄江财经数据中心　版权所有　澄ICP证050812号"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the pet adoption posts ------------------------------------------------------------

PET_DAMAGE = {0: "cjk_space", 3: "stray_q", 6: "comma"}
SAYS = [
    ("网友 橘子汽水", "好可爱，可惜家里已经有两只了，帮转！"),
    ("网友 阿禾", "请问可以先线下见一面吗？"),
    ("网友 Momo", "已转发到本地领养群，希望早日找到家。"),
    ("网友 一颗土豆", "看哭了，谢谢救助人的付出。"),
]
ANSWERS = ["可以的，私信我约时间即可。", "谢谢大家转发，有意向的请私信。"]


def fam_lingyang(g: GenZF, i: int) -> Made:
    """'毛孩回家' adoption posts, HTML, UTF-8."""
    r = g.r
    a = g.pet(i)
    _, name, kind, sex, age = PETS[i]
    if i in PET_DAMAGE:
        damage(g, a, [PET_DAMAGE[i]])
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{a.title} - 毛孩回家</title>", "</head>", "<body>")
    h.el("div", "毛孩回家 · 流浪动物领养互助平台", "logo", "header")
    nav = ["首页", "待领养", "已找到家", "寻宠启事", "救助站", "领养须知"]
    h.links("header", nav, " | ", "nav")
    h.el("div", f"首页 › 待领养 › {kind}", "crumb", "header")
    poster = f"发布人：{a.meta['author']}　·　发布于 {a.meta['published']} {g.clock()}　·　浏览 {r.randint(90, 5000)}"  # noqa: E501
    facts = [
        ("昵称", name),
        ("种类", kind),
        ("性别", sex),
        ("年龄", age),
        ("所在地", r.choice(CITIES)),
        ("疫苗", r.choice(["已接种两针", "已接种三针", "待接种"])),
        ("绝育", r.choice(["已绝育", "未绝育（领养后须绝育）"])),
    ]

    def card() -> None:
        h.raw('<dl class="card">')
        for dt, dd in facts:
            h.el("dt", dt)
            h.el("dd", dd)
        h.raw("</dl>")

    if i % 2 == 0:
        h.el("h1", a.title)
        h.el("div", poster, "poster")
        card()
    else:
        card()
        h.el("div", a.title, "post-title")
        h.el("div", poster, "poster")
    listing = False
    for ln in a.page:
        if ln[0].isdigit() and ln[1] == ".":
            if not listing:
                h.raw("<ol>")
                listing = True
            h.el("li", ln)
            continue
        if listing:
            h.raw("</ol>")
            listing = False
        h.el("p", ln)
    a.lines = [a.title, *a.lines]
    h.links("bar", ["我要领养", f"收藏（{r.randint(3, 300)}）"], "　", "act")
    h.links("bar", ["微信", "微博", "QQ空间", "复制链接"], " | ", "share")
    h.chrome[-1] = ("bar", "分享到：" + h.chrome[-1][1])
    h.src[-1] = h.src[-1].replace('class="share">', 'class="share">分享到：')
    c = r.randint(1, 3) if i % 3 else 0
    if c:
        h.el("h3", f"爱心留言（{c + 1}）", "", "notice")
        for who, said in r.sample(SAYS, c):
            h.el("div", f"{who}：{said}", "cmt", "notice")
        h.el("div", f"发布人回复：{r.choice(ANSWERS)}", "cmt", "notice")
    h.el("h3", "同城还有这些毛孩在等家", "", "related")
    h.items("related", [x[0] for n, x in enumerate(PETS) if n != i][i % 4 : i % 4 + 3], "more")
    h.el(
        "p", "本平台所有领养均不收取任何费用，凡以运费、押金为由要求转账的均为诈骗。", "", "notice"
    )
    h.el(
        "p",
        "© 毛孩回家公益平台　岚ICP备19004321号-1　意见反馈：help@maohaihuijia.org",
        "",
        "footer",
    )
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the temple's notices ---------------------------------------------------------------

RITE_DAMAGE = {1: "cjk_space", 4: "comma", 7: "stray_q"}


def fam_miaoyu(g: GenZF, i: int) -> Made:
    """'瀾港鎮安宮' activity notices, HTML in Big5."""
    r = g.r
    a = g.rite(i)
    y, m, d = ymd(a)
    _, tag, section = RITES[i]
    if i in RITE_DAMAGE:
        damage(g, a, [RITE_DAMAGE[i]])
    h = Html()
    h.raw('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html>", "<head>")
    h.raw('<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    h.raw(f"<title>{a.title}－{TEMPLE}</title>", "</head>", "<body>")
    h.el("div", f"{TEMPLE} 全球資訊網", "logo", "header")
    nav = ["首頁", "本宮沿革", "神明介紹", "最新公告", "線上點燈", "交通資訊"]
    h.links("header", nav, "｜", "nav")
    h.el("div", "線上點燈　｜　安太歲登記　｜　捐獻芳名錄查詢", "quick", "bar")
    h.el("div", f"目前位置：首頁 > 最新公告 > {tag}", "path", "header")
    if i % 2 == 0:
        h.el("div", f"【{tag}】", "tag", "header")
        h.el("h2", a.title)
        h.el(
            "div",
            f"公告日期：{a.meta['published']}　｜　公告單位：{section}　｜　瀏覽人次：{r.randint(80, 4000)}",  # noqa: E501
            "info",
        )
    else:
        h.raw('<table class="info" border="1">')
        for th, td in (("公告標題", a.title), ("公告日期", f"{y}/{m}/{d}"), ("公告單位", section)):
            h.raw("<tr>")
            h.el("th", th)
            h.el("td", td)
            h.raw("</tr>")
        h.raw("</table>")
    for ln in a.page:
        h.el("p", ln)
    a.lines = [a.title, *a.lines]
    h.el("p", "※本宮從未委託任何個人或團體對外募款，請信眾認明本宮正式收據。", "warn", "notice")
    h.links("bar", ["LINE", "Facebook", "列印"], "｜", "share")
    h.chrome[-1] = ("bar", "分享至：" + h.chrome[-1][1])
    h.src[-1] = h.src[-1].replace('class="share">', 'class="share">分享至：')
    others = [x[0] for n, x in enumerate(RITES) if n != i]
    prev, nxt = r.sample(others, 2)
    h.el("div", f"上一則：{prev}", "", "related")
    h.el("div", f"下一則：{nxt}", "", "related")
    h.el("div", "回列表", "back", "bar")
    h.el("div", "地址：瀾港鎮中正路一段八號　電話：(05)234-5678　傳真：(05)234-5679", "", "footer")
    h.el("div", "開放時間：每日上午五時至晚間十時", "", "footer")
    h.el("div", f"{TEMPLE}　版權所有　請勿轉載", "", "footer")
    h.raw("</body>", "</html>")
    assert BOARD in a.lines[-1]
    return h.src, [a], h.chrome, False


FAMILIES = [
    BlindFamily("sealed_zf_haoren", "sealed", "utf-8-sig", "\n", 8, fam_haoren),
    BlindFamily("sealed_zf_pilu", "sealed", "gbk", "\r\n", 8, fam_pilu),
    BlindFamily("sealed_zf_lingyang", "sealed", "utf-8", "\n", 8, fam_lingyang, "html"),
    BlindFamily("sealed_zf_miaoyu", "sealed", "big5", "\r\n", 8, fam_miaoyu, "html"),
]

assert len(ANNS) == len(PETS) == len(RITES) == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3200, gen=GenZF)
