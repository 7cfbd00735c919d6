"""Four more invented families for a twelfth blind test of the generic layer (issue 12):
a city news portal, a law and regulation database, a traditional-Chinese city government's
press releases in cp950 (Big5) with ROC-era dates, and a personal blog.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, metadata layout, chrome wording, page marks and encoding:

* ``sealed_m_xinwen`` (a city news portal, GBK, LF): the page title ``标题_鹭城新闻网``, a
  ``鹭城新闻网 > 本地新闻 > 正文`` trail, then the bare headline (``老码头完成提升 市民周末可
  免费参观``, a space inside, as news headlines have) and ONE source/time row in one of two
  layouts: ``2021-03-09 14:22　来源：鹭城日报　作者：X`` (pages 0 and 4) or ``发布时间：
  2021-03-09 14:22 | 信息来源：鹭城晚报 | 浏览次数：643``; a tool bar ``【字号：大 中 小】
  【打印本页】【关闭窗口】``, then a ``原标题：…`` line (the paper's own headline); the
  ``鹭城讯（记者 X）`` lead, the paragraphs with quotes, the photo caption ``▲ …。记者 X 摄``
  and the closing paragraph are ONE article; digests (``鹭城早报｜3月9日，这些要闻值得关注``,
  with their own row ``2021-03-09 07:00　来源：鹭城新闻网　编辑：X``) with ``要闻·2　标题``
  headers followed by ``（2021-03-09 12:59 · 来源：鹭城晚报）``, or ``⒉ 标题`` headers
  (the enclosed digit-full-stop signs ⒈⒉⒊) followed by ``鹭城晚报 2021年3月9日``; ``— · — ·
  — · —`` between items.  Chrome: the page title, the trail, the tool bar, an editor credit
  ``（责任编辑：X　校对：Y）``, a share bar ``分享到：微信　微博　QQ空间　复制链接``,
  ``相关新闻`` items ``· 标题 03-16``, ``热点推荐`` items ``1 标题`` (a ranking), a two-line
  footer; page breaks ``上一页　[2]　下一页``.  Meta: published (the row's date; in a digest
  every item carries the digest's day); the paper and the reporter are left out (a source
  and a person, no agreed key).
* ``sealed_m_fagui`` (a law and regulation database, UTF-8 with BOM, CRLF): a citation code
  ``【律衡引证码】LH.DF.210309.1234`` above the bare title (``鹭州市城市绿化条例`` or
  ``…管理办法``), then a two-column table flattened into three rows of double-space
  separated label/value pairs: ``制定机关  X  公布日期  2021.03.09`` / ``文　　号  X  时效性
  现行有效`` / ``效力位阶  地方性法规  类　　别  城乡建设``; the adoption note ``（2021年3月9日
  X发布）``, the ``第一章　总则`` chapters, the ``第一条　…`` articles, the ``禁止下列行为：``
  article with its ``（一）…；`` items and the entry-into-force article are ONE article and
  must NOT split; compilations (``X法规专题汇编（3件）``) either open with a ``目录`` block of
  ``◇ 标题`` lines and use ``◆一、标题`` headers followed by ``制定机关：X｜公布日期：
  2021.03.09｜文号：Y``, or use ``第2部　标题`` headers followed by ``X　2021年3月9日公布　Y``;
  ``▁▁▁▁▁▁▁▁▁▁`` between regulations; compiled regulations have no chapters and no note.
  Chrome: ``标题 - 律衡法规库``, a ``您正在浏览：律衡法规库 › 地方性法规 › 鹭州市 › 城乡建设``
  trail, the citation code, a login/VIP prompt ``登录后可查看全文对照……[立即登录]　[开通
  VIP]``, the ``目录`` block (kind ``header``), a ``温馨提示：……`` notice, a bar ``本篇被引用
  N 次 ｜ ☆ 收藏 ｜ 纠错 ｜ 下载Word ｜ 下载PDF``, ``相关法规`` items ``◇ 名称若干规定（现行
  有效）``, a two-line footer; page breaks ``┈┈ P2/3 ┈┈``.  Meta: issuer (制定机关),
  doc_number (文号: ``X人民代表大会常务委员会公告第9号`` or ``X人民政府令第120号``),
  published (公布日期, NOT the later 施行 date in the last article); 时效性, 效力位阶 and 类别
  are left out (no agreed key).
* ``sealed_m_xinwengao`` (a Taiwan-style city government site, cp950 / Big5, CRLF;
  traditional characters, full-width punctuation, no ``〇`` since cp950 lacks it): an
  accessibility anchor ``:::``, the site name ``嵐港市政府全球資訊網`` and a ``首頁 > 市政新聞 >
  新聞稿`` trail, then the bare title (``春季花卉市集登場``) and ONE row ``發布日期：110-03-09
  發布單位：嵐港市政府觀光旅遊局　瀏覽人次：3697`` (page 6: ``發布日期：110年3月9日``); the
  lead ``嵐港市政府X局今（9）日表示，……``, the paragraphs with 「」 quotes, ``活動資訊如下：``
  with its ``一、活動時間：…`` items and the press contact ``新聞聯絡人：X局吳科長，電話：…``
  are ONE article and must NOT split; compilations (``本週新聞稿彙整（共3則）``, one month's
  days in page order) with ``【新聞稿二】標題`` headers followed by ``發布單位：X｜發布日期：
  110年3月9日``, or ``之二、標題`` headers followed by ``（X，2021/3/9）``; compiled releases
  have no contact line; ``－－－－－－－－－－`` between them.  Chrome: ``:::``, the site name,
  the trail, a tool bar ``回上一頁　｜　列印　｜　友善列印　｜　分享至：Facebook　LINE``, the
  compilation heading, ``最後更新日期：110-03-10`` (the next day: not the published date),
  ``回頁首``, ``相關新聞`` items ``◎ 名稱相關措施說明``, a two-line footer; page breaks
  ``【續】第2頁``.  Meta: issuer (發布單位), published as ISO with the ROC year converted (110
  -> 2021: the page carries ``110-03-09`` or ``110年3月9日`` only, except the ``之二、`` rows).
  Since :func:`tests.families.blind_write.check_truth` looks for Western dates only, this
  module drops its ``published`` complaints for this family and checks the ROC forms
  itself (:func:`_roc_check`).
* ``sealed_m_boke`` (a personal blog, UTF-16 with BOM, CRLF): ``标题 - 檐下听风 - 拾光博客``
  and a nav bar ``首页 | 随笔 | 读书 | 旅行 | 归档 | 关于我``, then a date-first entry header
  ``2021-03-09 周二 | 标题`` (no bare title line on the page) and a ``分类：随笔 ｜ 标签：周末,
  旧物, 雨天`` line; the paragraphs, on pages 0, 2, 4 and 6 a ``顺手记下几件想做的小事：``
  list ``1）…；`` and the ``PS：…`` line are ONE article; monthly archive pages (``2021年3月 -
  归档``, ``本月共3篇文章``, entries newest first) with ``[2021.3.9] 标题`` headers or
  ``2021年3月9日 星期二 ｜ 标题`` headers, each followed by its tag line.  Chrome: the page
  title, the nav bar, the tag lines, ``阅读(123) | 评论(4) | 收藏`` bars, ``« 上一篇：X ｜
  下一篇：Y »``, the comment list (``3条评论``, ``昵称　2021-03-10 17:07`` rows, the comment
  texts, ``发表评论请先登录 ｜ 回复``, all kind ``notice``), ``本月共N篇文章``, ``* * *``
  between entries, ``« 2月归档 ｜ 4月归档 »``, a two-line footer; the break marks are image
  placeholders ``[图片1]`` that cut a paragraph mid-sentence (kind ``page_number``).
  Meta: published (the entry header's date).

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): a space inside a CJK
word, stray ``?``, half-width ``,`` (rotating from a third starting point), a paragraph
broken mid-sentence by a page mark or an image placeholder (single pages); no ``○``: none
of these documents is signed with a Chinese-numeral date.  Truth as
:mod:`tests.families.blind_families_l`: header and metadata rows (the source/time rows, the
``原标题：`` line, the three table rows, the ROC date rows, the blog entry headers, every
compilation row) are neither content nor chrome; titles lose their numbering (``要闻·2``,
``⒉``, ``◆一、``, ``第2部``, ``【新聞稿二】``, ``之二、``) and the blog headers their dates and
weekdays; dates YYYY-MM-DD.  Arguable and fixed here: the ``原标题：`` line is a header row
(the title is the portal's headline, not the paper's); the photo caption is content; the
regulation's adoption note, chapters, ``第N条`` articles and ``（一）`` items, the press
release's ``一、活動時間`` items and the blog's ``1）`` items never start a new article; the
press contact line is content; the digest's own row, the ``目录`` block (whose lines hold the
compiled titles), the tag lines, the comments and the update date are chrome; on a blog
page the title is read from the dated header and the article's lines do not hold it; an
archive lists entries newest first and a 汇编 in page order, and ``要闻·2``, ``⒉``, ``一``
in ``◆一、``, ``第2部``, ``二`` in ``【新聞稿二】`` / ``之二、`` are running numbers down the
page.  Pages 1, 3 and 5 are compilations (two documents on page 5, three on 1 and 3), the
other five single documents.  ``python -m tests.families.blind_families_m`` (seed base
1300) rewrites them and checks the truth against the pages.

Measured blind, once, at ``726ac8c`` (``chrome_bench.py --sealed --per-family --repeat 1``;
one folder and per family gave the same; F1 / residue / titles / counts / repairs /
metadata): boke .900 / .449 / 0 / .500 / 1.0 / .462; fagui .918 / .094 / 1.0 / 1.0 / .722 /
.769; xinwen .928 / .023 / .385 / .625 / .889 / .308; xinwengao .864 / .202 / .385 / .750 /
.667 / .231.  Means .902 / .192 / .442 / .719 / .819 / .442: the date-first blog headers, the
digest numbering, the ROC dates and the traditional-character chrome were all unseen.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_families_k import _join, _ymd
from tests.families.blind_m_text import (
    BCATS,
    BRIEFS,
    BTAGS,
    BTITLES,
    CITIES,
    LAWCATS,
    NCOLS,
    NICKS,
    ORIG,
    PAPERS,
    REPLIES,
    REPORTERS,
    SPOTS,
    SUBJECTS,
    TW_EVENTS,
    GenM,
    weekday,
)
from tests.families.blind_write import BlindFamily, check_truth, write_families

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "stray_q", "comma"]
FULLSTOP = "⒈⒉⒊"


def _one(g: GenM, a: Art, i: int, mark: Chrome, *, title: bool = True) -> None:
    """Damage a single document (a page break and one odd artifact; the odd kinds start
    elsewhere than in sets k and l) and, if its bare title stands on the page, put it first
    in its lines."""
    marks = iter(mark)
    damage(g, a, ["page_break", ODD[i % 3]], lambda: [next(marks)])
    if title:
        a.lines = [a.title, *a.lines]


def _shape(i: int, a: str, b: str) -> tuple[str, int]:
    """Pages 1, 3 and 5 are compilations (two documents on page 5, three on 1 and 3)."""
    form = ["single", a, "single", b, "single", a, "single", "single"][i]
    return form, 1 if form == "single" else (2 if i == 5 else 3)


def fam_xinwen(g: GenM, i: int) -> Made:
    """'鹭城新闻网': single stories and 早报 digests, a source/time row under the title."""
    r = g.r
    form, k = _shape(i, "yaowen", "stop")
    lines: list[str] = []
    chrome: Chrome = []
    tools: Chrome = [("bar", "【字号：大 中 小】【打印本页】【关闭窗口】")]
    if k == 1:
        who = r.choice(REPORTERS)
        a = g.news(SPOTS[i], who)
        arts = [a]
        y, m, d = _ymd(a)
        head: Chrome = [
            ("header", f"{a.title}_鹭城新闻网"),
            ("header", f"鹭城新闻网 > {NCOLS[i]} > 正文"),
        ]
        _join(lines, chrome, head)
        lines += ["", a.title]
        paper = r.choice(PAPERS)
        if i % 4 == 0:
            lines.append(f"{iso(y, m, d)} {g.clock()}　来源：{paper}　作者：{who}")
        else:
            seen = r.randint(300, 20000)
            lines.append(
                f"发布时间：{iso(y, m, d)} {g.clock()} | 信息来源：{paper} | 浏览次数：{seen}"
            )
        _join(lines, chrome, tools)
        lines += ["", f"原标题：{r.choice(ORIG)}"]
        pager = counter(2, r.randint(2, 4), lambda p, t: f"上一页　[{p}]　下一页")
        _one(g, a, i, [("page_number", pager())])
        lines += [*a.page, ""]
        chrome += a.chrome
    else:
        arts = [g.brief(w) for w in r.sample(BRIEFS, k)]
        y, m, d = g.date()
        for a in arts:  # one digest, one morning: every item carries the digest's day
            a.meta["published"] = iso(y, m, d)
        head = [
            ("header", f"鹭城早报｜{m}月{d}日，这些要闻值得关注_鹭城新闻网"),
            ("header", "鹭城新闻网 > 早报 > 要闻汇总"),
            ("header", f"{iso(y, m, d)} 07:00　来源：鹭城新闻网　编辑：{r.choice(REPORTERS)}"),
        ]
        _join(lines, chrome, [*head, *tools])
        lines.append("")
        for n, a in enumerate(arts, 1):
            damage(g, a, [ODD[n % 3]])
            paper = r.choice(PAPERS)
            if form == "yaowen":
                hdr, row = f"要闻·{n}　{a.title}", f"（{iso(y, m, d)} {g.clock()} · 来源：{paper}）"
            else:
                hdr, row = f"{FULLSTOP[n - 1]} {a.title}", f"{paper} {y}年{m}月{d}日"
            lines += [hdr, row, "", *a.page, ""]
            chrome += a.chrome
            if n < k:
                _join(lines, chrome, [("bar", "— · — · — · —")])
    boss = r.sample(REPORTERS, 2)
    others = r.sample([s for s in SPOTS if s != SPOTS[i]], 3)
    foot: Chrome = [
        ("notice", f"（责任编辑：{boss[0]}　校对：{boss[1]}）"),
        ("bar", "分享到：微信　微博　QQ空间　复制链接"),
        ("related", "相关新闻"),
        *[
            ("related", f"· {s}周边交通组织调整 {r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
            for s in others
        ],
        ("related", "热点推荐"),
        *[("related", f"{j} {w}") for j, w in enumerate(r.sample(BRIEFS, 3), 1)],
        ("footer", "鹭城新闻网 版权所有　未经授权禁止转载　新闻热线：0000-88880000"),
        ("footer", "互联网新闻信息服务许可证编号：00000000000　示ICP备00000731号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_fagui(g: GenM, i: int) -> Made:
    """'律衡法规库': single regulations and 专题汇编 compilations, a flattened two-column
    metadata table."""
    r = g.r
    form, k = _shape(i, "toc", "bu")
    city = CITIES[i % 4]
    subs = [SUBJECTS[i]] if k == 1 else r.sample(SUBJECTS, k)
    arts = [g.statute(city, s, long=k == 1) for s in subs]
    lines: list[str] = []
    chrome: Chrome = []
    if k == 1:
        a = arts[0]
        head: Chrome = [
            ("header", f"{a.title} - 律衡法规库"),
            ("header", f"您正在浏览：律衡法规库 › 地方性法规 › {city} › {LAWCATS[i]}"),
        ]
    else:
        head = [
            ("header", f"{city}{LAWCATS[i]}法规专题汇编（{k}件） - 律衡法规库"),
            ("header", "您正在浏览：律衡法规库 › 专题汇编"),
        ]
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        org, no = a.meta["issuer"], a.meta["doc_number"]
        if k == 1:
            code = f"【律衡引证码】LH.DF.{y % 100:02d}{m:02d}{d:02d}.{r.randint(1000, 9999)}"
            _join(lines, chrome, [("notice", code)])
            lines += [a.title, f"制定机关  {org}  公布日期  {y}.{m:02d}.{d:02d}"]
            lines += [f"文　　号  {no}  时效性  现行有效"]
            rank = "地方性法规" if "条例" in a.title else "地方政府规章"
            lines += [f"效力位阶  {rank}  类　　别  {LAWCATS[i]}"]
            vip = "登录后可查看全文对照、修订沿革与条文联想　[立即登录]　[开通VIP]"
            _join(lines, chrome, [("notice", vip)])
            pager = counter(2, r.randint(2, 5), lambda p, t: f"┈┈ P{p}/{t} ┈┈")
            _one(g, a, i, [("page_number", pager())])
            lines += ["", *a.page, ""]
        else:
            if n == 1 and form == "toc":
                toc: Chrome = [("header", "目录"), *[("header", f"◇ {b.title}") for b in arts]]
                _join(lines, chrome, toc)
                lines.append("")
            damage(g, a, [ODD[n % 3]])
            if form == "toc":
                hdr = f"◆{cn_small(n)}、{a.title}"
                row = f"制定机关：{org}｜公布日期：{y}.{m:02d}.{d:02d}｜文号：{no}"
            else:
                hdr, row = f"第{n}部　{a.title}", f"{org}　{y}年{m}月{d}日公布　{no}"
            lines += [hdr, row, "", *a.page, ""]
            if n < k:
                _join(lines, chrome, [("bar", "▁▁▁▁▁▁▁▁▁▁")])
        chrome += a.chrome
    others = r.sample([s for s in SUBJECTS if s not in subs], 3)
    foot: Chrome = [
        ("notice", "温馨提示：本库文本仅供参考，请以政府公报刊登的标准文本为准。"),
        ("bar", f"本篇被引用 {r.randint(3, 400)} 次 ｜ ☆ 收藏 ｜ 纠错 ｜ 下载Word ｜ 下载PDF"),
        ("related", "相关法规"),
        *[("related", f"◇ {r.choice(CITIES)}{s}若干规定（现行有效）") for s in others],
        ("footer", "律衡法规库 · 法律数据服务平台　客服热线 000-0000-0000"),
        ("footer", "Copyright © 律衡信息技术有限公司　示ICP备00000925号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def _roc(y: int, m: int, d: int, long: bool) -> str:
    """A ROC-era date: '110-03-09' or '110年3月9日' (110 = 2021 - 1911)."""
    return f"{y - 1911}年{m}月{d}日" if long else f"{y - 1911}-{m:02d}-{d:02d}"


def fam_xinwengao(g: GenM, i: int) -> Made:
    """'嵐港市政府全球資訊網': single press releases and 新聞稿彙整 pages, traditional
    characters in cp950, ROC-era dates."""
    r = g.r
    form, k = _shape(i, "gao", "zhi")
    picks = [i] if k == 1 else r.sample(range(len(TW_EVENTS)), k)
    y, m, d = g.date()  # a week's releases: days of one month, in page order
    days = sorted(r.sample(range(1, 29), k))
    when = [(y, m, dd) for dd in days]
    arts = [g.release(j, contact=k == 1, when=w) for j, w in zip(picks, when, strict=True)]
    lines: list[str] = []
    chrome: Chrome = []
    head: Chrome = [
        ("bar", ":::"),
        ("header", "嵐港市政府全球資訊網"),
        ("header", "首頁 > 市政新聞 > 新聞稿" + ("" if k == 1 else " > 本週彙整")),
    ]
    _join(lines, chrome, head)
    tools: Chrome = [("bar", "回上一頁　｜　列印　｜　友善列印　｜　分享至：Facebook　LINE")]
    if k > 1:
        _join(lines, chrome, [("header", f"本週新聞稿彙整（共{k}則）"), *tools])
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        org = a.meta["issuer"]
        if k == 1:
            lines.append(a.title)
            seen = r.randint(80, 9000)
            lines.append(f"發布日期：{_roc(y, m, d, i == 6)}　發布單位：{org}　瀏覽人次：{seen}")
            _join(lines, chrome, tools)
            pager = counter(2, r.randint(2, 3), lambda p, t: f"【續】第{p}頁")
            _one(g, a, i, [("page_number", pager())])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "gao":
                hdr, row = (
                    f"【新聞稿{cn_small(n)}】{a.title}",
                    f"發布單位：{org}｜發布日期：{_roc(y, m, d, True)}",
                )
            else:
                hdr, row = f"之{cn_small(n)}、{a.title}", f"（{org}，{y}/{m}/{d}）"
            lines += [hdr, row, "", *a.page, ""]
            if n < k:
                _join(lines, chrome, [("bar", "－－－－－－－－－－")])
        chrome += a.chrome
    y, m, d = _ymd(arts[-1])
    others = r.sample([e for j, e in enumerate(TW_EVENTS) if j not in picks], 3)
    foot: Chrome = [
        ("notice", f"最後更新日期：{_roc(y, m, min(d + 1, 28), False)}"),
        ("bar", "回頁首"),
        ("related", "相關新聞"),
        *[("related", f"◎ {e}相關措施說明") for e in others],
        ("footer", "嵐港市政府　地址：嵐港市港濱路一段1號　總機：(07)000-0000"),
        ("footer", "本網站著作權屬嵐港市政府所有　建議使用最新版瀏覽器　最佳解析度1280x1024"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def _tags(g: GenM) -> str:
    return f"分类：{g.r.choice(BCATS)} ｜ 标签：{', '.join(g.r.sample(BTAGS, 3))}"


def fam_boke(g: GenM, i: int) -> Made:
    """'檐下听风': single entries and monthly archive pages, date-first entry headers."""
    r = g.r
    form, k = _shape(i, "square", "week")
    lines: list[str] = []
    chrome: Chrome = []
    nav: Chrome = [("header", "首页 | 随笔 | 读书 | 旅行 | 归档 | 关于我")]
    y, m, _ = g.date()
    days = sorted(r.sample(range(1, 29), k), reverse=True)  # an archive lists newest first
    titles = [BTITLES[i]] if k == 1 else r.sample(BTITLES, k)
    listy = k == 1 and i % 2 == 0
    arts = [g.entry(t, (y, m, dd), listy=listy) for t, dd in zip(titles, days, strict=True)]
    if k == 1:
        a = arts[0]
        _join(lines, chrome, [("header", f"{a.title} - 檐下听风 - 拾光博客"), *nav])
        lines += ["", f"{iso(y, m, days[0])} 周{weekday(y, m, days[0])} | {a.title}"]
        _join(lines, chrome, [("bar", _tags(g))])
        pic = counter(1, 9, lambda p, t: f"[图片{p}]")
        _one(g, a, i, [("page_number", pic())], title=False)
        lines += ["", *a.page, ""]
        chrome += a.chrome
        prev, nxt = r.sample([t for t in BTITLES if t != a.title], 2)
        c = r.randint(2, 3)
        tail: Chrome = [
            ("bar", f"阅读({r.randint(40, 3000)}) | 评论({c}) | 收藏"),
            ("bar", f"« 上一篇：{prev} ｜ 下一篇：{nxt} »"),
            ("notice", f"{c}条评论"),
        ]
        for nick, said in zip(r.sample(NICKS, c), r.sample(REPLIES, c), strict=True):
            dd = min(days[0] + r.randint(0, 2), 28)
            tail += [("notice", f"{nick}　{iso(y, m, dd)} {g.clock()}"), ("notice", said)]
        tail.append(("notice", "发表评论请先登录 ｜ 回复"))
        _join(lines, chrome, tail)
    else:
        head: Chrome = [
            ("header", f"{y}年{m}月 - 归档 - 檐下听风 - 拾光博客"),
            *nav,
            ("notice", f"本月共{k}篇文章"),
        ]
        _join(lines, chrome, head)
        lines.append("")
        for n, a in enumerate(arts, 1):
            dd = days[n - 1]
            damage(g, a, [ODD[n % 3]])
            if form == "square":
                hdr = f"[{y}.{m}.{dd}] {a.title}"
            else:
                hdr = f"{y}年{m}月{dd}日 星期{weekday(y, m, dd)} ｜ {a.title}"
            lines.append(hdr)
            _join(lines, chrome, [("bar", _tags(g))])
            lines += ["", *a.page, ""]
            chrome += a.chrome
            bar = f"阅读({r.randint(40, 3000)}) | 评论({r.randint(0, 9)}) | 收藏"
            _join(lines, chrome, [("bar", bar), ("bar", "* * *")])
        pm, nm = (m - 1 or 12), (m % 12 + 1)
        _join(lines, chrome, [("bar", f"« {pm}月归档 ｜ {nm}月归档 »")])
    foot: Chrome = [
        ("footer", "© 檐下听风 · 由拾光博客强力驱动 · RSS订阅"),
        ("footer", "本博客文字除特别注明外均为原创，转载请留言告知"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_m_xinwen", "sealed", "gbk", "\n", 8, fam_xinwen),
    BlindFamily("sealed_m_fagui", "sealed", "utf-8-sig", "\r\n", 8, fam_fagui),
    BlindFamily("sealed_m_xinwengao", "sealed", "cp950", "\r\n", 8, fam_xinwengao),
    BlindFamily("sealed_m_boke", "sealed", "utf-16", "\r\n", 8, fam_boke),
]


def _roc_check(out: Path) -> list[str]:
    """:func:`check_truth` looks for Western dates only: a press release dated by its ROC
    year alone (``110-03-09`` / ``110年3月9日``) is checked here instead."""
    fam = FAMILIES[2]
    bad: list[str] = []
    for rec in map(json.loads, (out / fam.name / "truth.jsonl").read_text("utf-8").splitlines()):
        text = (out / fam.name / "pages" / rec["page"]).read_bytes().decode(fam.encoding)
        for a in rec["articles"]:
            y, m, d = (int(x) for x in a["meta"]["published"].split("-"))
            if not any(
                x in text for x in (_roc(y, m, d, True), _roc(y, m, d, False), f"{y}/{m}/{d}")
            ):
                bad.append(f"{fam.name}/{rec['page']}: published {a['title']}")
    return bad


def run(out: Path = HERE) -> list[str]:
    """Write the four families, then check their truth against the pages; a ``published``
    problem of the press releases is dropped when the ROC-era date is on the page."""
    write_families(FAMILIES, out, seed_base=1300, gen=GenM)
    problems = check_truth(FAMILIES, out)
    roc = [p for p in problems if p.startswith(FAMILIES[2].name) and p.endswith(": published")]
    return [p for p in problems if p not in roc] + _roc_check(out)


if __name__ == "__main__":
    print("\n".join(run()) or "truth checked against the pages: ok")
