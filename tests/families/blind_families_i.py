"""Four more invented families for an eighth blind test of the generic layer (issue 12).

Written without reading the code under test and without running the pipeline, any test or
any benchmark on them; they differ from every family already here in site kind, header
shapes, chrome wording, metadata layout and page marks:

* ``sealed_i_shuping`` (a book-review community, GB18030, CRLF): single reviews whose bare
  title (the reviewer's own heading, ``写给所有离开故乡的人``; the book is named only in the
  page title) is followed by a dl-list whose ``：`` stands on its own line (``评书人`` / ``：``
  / name, ``评价`` / ``：`` / ``★★★☆☆ 3.0``, ``发表于`` / ``：`` / ``2024-06-19 10:12``); the
  review paragraphs, a quoted line ``「……」``, the ``让我记住的细节：`` items ``其一，`` …
  ``其四，``, the recommendation and the sign-off (a place line ``记于返程的列车上`` + a
  Chinese-numeral date) are ONE article and must NOT split; compilations (本周热门书评) with
  ``Vol.2 — 标题`` headers followed by ``X 评《书名》　★★★★☆　2024-02-23　♥ 510``, or
  ``第2则·标题`` headers followed by ``评《书名》｜X｜2019/9/27｜★★★☆☆``.  Chrome:
  ``标题（《书名》书评）｜蠹鱼书评``, a ``蠹鱼书评 ⤳ …`` trail, a spoiler notice ``⚠ 这篇书评
  可能有关键情节透露……``, a ``♥ 83人觉得有用　·　💬 回应 56　·　🔖 收藏　·　↪ 转发`` bar, the
  reviewer's copyright line, ``✂ - - - - 下一篇书评 - - - - ✂`` between reviews, a login
  prompt, ``这本书的其他书评`` items ``‣ 标题（《书名》）``, footer; page breaks ``⟨2⟩``.
  Meta: published (发表于 / the sign-off date, the same day); the reviewer, the book and
  the rating are left out (no agreed key).
* ``sealed_i_cangpin`` (a museum collection catalogue, UTF-16, CRLF): single object
  entries whose bare title (the object's name) is followed by two bracket-run rows
  ``【藏品编号】HT-TC-0312【年代】清乾隆【尺寸】高21.5厘米　口径6.2厘米【来源】1987年征集``
  / ``【发布】2021.03.05【状态】在展``; the ``◎形制`` / ``◎纹饰`` / ``◎款识`` paragraphs and the
  ``◎著录`` list ``（1）《书名》，第37页。`` are ONE article and must NOT split (the ``（1）``
  items are references, not entries); compilations (专题图录) with ``❮2❯ 名称`` headers
  followed by ``HT-TC-0312 ∣ 清乾隆 ∣ 1987年征集 ∣ 2021.3.5``, or Latin ``B. 名称`` headers
  followed by ``编号 HT-TC-0312；年代 清乾隆；发布 2021-03-05``.  Chrome: ``名称 · 藏品详情 ◈
  蘅台博物馆数字藏品库``, a ``藏品库 ⇢ 陶瓷 ⇢ 清乾隆`` trail, ``⊙ 3D观看　♥ 喜欢 N　✉ 分享给
  朋友``, a login prompt for image licences, ``⋯ 返回图录目录 ⋯`` between entries, a
  copyright notice, ``同展厅藏品`` items ``✧ 名称（年代）``, footer; page breaks ``p.2``.
  Meta: doc_number (藏品编号), published (发布); 年代, 尺寸, 来源 are left out (no agreed key).
* ``sealed_i_bangzhu`` (a bookkeeping app's help centre, UTF-8, LF): single help articles
  whose bare title (``如何导出月度账单``) is followed by one ``key → value`` row
  ``文档编号 → KB-1043　·　适用版本 → v5.2 及以上　·　更新时间 → 2021-03-05``; the intro,
  the ``操作步骤`` steps ``1、`` … ``6、``, the ``注意：`` line and the ``常见问题`` pairs
  ``Q：…？`` / ``A：…`` are ONE article and must NOT split; compilations (新手入门合集) with
  keycap ``2️⃣ 标题`` headers followed by ``KB-1043 | v5.2 | 2021-03-05``, or ``二）标题``
  headers followed by ``更新于 2021年3月5日 · 适用 v5.2``.  Chrome: ``标题 - 栈桥记账帮助
  中心``, a ``帮助中心 ≫ …`` trail, a ``本文是否解决了您的问题？　👍 已解决（N）　👎 未解决（N）``
  bar, a ``问题还没解决？……[提交工单]`` prompt, ``⇣ 继续阅读下一篇 ⇣`` between articles,
  ``相关文章`` items ``☞ 标题``, footer; page breaks ``=== 第2页 ===``.
  Meta: doc_number (文档编号, not on the ``二）`` rows), published (更新时间); the version
  is left out.
* ``sealed_i_zhaopin`` (a job-posting board, UTF-8 with BOM, LF): single postings whose
  bare title (the position) is followed by ``💰 8-12K·13薪　📍 栎阳市·高新区　⏳ 3-5年　🎓
  本科`` and ``X有限公司　|　发布于 2021年3月5日`` rows, then a hashtag line ``#五险一金
  #周末双休`` (chrome: the board's tags); the ``岗位职责`` ``1.`` … and ``任职要求`` ``1.`` …
  lists, the ``福利待遇`` and ``公司简介`` paragraphs and the ``工作地址：`` line are ONE
  article and must NOT split; compilations (本周热招) with ``（2/3）职位`` headers followed by
  ``X有限公司 · 8-12K · 栎阳市·高新区 · 2021-3-5``, or ``No.02 ┃ 职位`` headers followed by
  ``薪资：8-12K　地点：…　发布：2021.03.05　单位：X有限公司``.  Chrome: ``【栎阳】职位招聘_X
  有限公司_拾穗招聘网``, a ``拾穗招聘 ⟫ …`` trail, the tags line, ``💬 立即沟通　☆ 收藏职位
  ⚑ 举报``, a 求职安全提示, an app prompt, ``┄┄ 下一个职位 ┄┄`` between postings,
  ``相似职位`` items ``▪ 职位　10-15K　城市``, footer; page breaks ``[ 2 / 4 ]``.
  Meta: issuer (the employer), published; salary, place, experience, education left out.

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the review's sign-off date, a
paragraph broken mid-sentence by a page mark.  Truth as
:mod:`tests.families.blind_families_h`: header, credit and metadata rows (the dl-list
with its lone ``：`` lines, the bracket runs, the ``→`` rows, the salary and employer rows)
are neither content nor chrome; titles lose their numbering
(``Vol.2 —``, ``第2则·``, ``❮2❯``, ``B.``, ``2️⃣``, ``二）``, ``（2/3）``, ``No.02 ┃``); dates
YYYY-MM-DD.  Arguable and fixed here: a review's title is the reviewer's heading, not the
book's name (the book stands in the page title and the credit rows only); the quoted line
and the reviewer's place-and-date sign-off are content, while the spoiler notice and the
reviewer's copyright line are chrome (the site prints them) although the latter names the
reviewer; the help article's ``注意：`` line and its ``常见问题`` pairs are content (part
of the article, not a site notice), while the ``本文是否解决了您的问题`` bar is chrome; the
job board's hashtag line is chrome (site tags) although it sits between the metadata rows
and the body, and the ``工作地址：`` line is content; the museum's ``（1）`` reference items,
the posting's ``1.`` duties and the review's ``其一，`` items never start a new article; the
section labels (``◎形制``, ``操作步骤``, ``常见问题``, ``岗位职责``, ``任职要求``,
``公司简介``, ``让我记住的细节：``) recur on every page of their family and are still
content; the issuer of a posting is the employer; a compilation's ``B.`` / ``二）`` /
``第2则·`` are running numbers (A, B, C / 一, 二, 三 / 1, 2, 3 down the page).
``python -m tests.families.blind_families_i`` rewrites them and checks the truth against the
pages (:func:`check`).

Measured blind at ``4937775`` (after the g and h structure fixes, before the h chrome
fixes; one folder; F1 / residue / titles / counts / repairs / metadata): bangzhu .957 /
.187 / .733 / 1.0 / .947 / .68 (per family residue .053); cangpin .754 / .213 / 0 / .5 /
.737 / 0; shuping .939 / .114 / .40 / 1.0 / .826 / 1.0; zhaopin .912 / .176 / .733 / 1.0 /
1.0 / .733.  Then fixed by kind (fix12u structure, fix12v chrome and repairs).
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_i_text import (
    AGE,
    APP,
    BOOKS_R,
    CITY,
    EDU,
    EXP,
    FIRMS,
    HALL,
    HOOK,
    JOBS,
    OBJECTS,
    READER,
    SOURCE,
    TOPICS,
    GenI,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
KEYCAP = "\ufe0f\u20e3"
ODD = ["comma", "cjk_space", "stray_q"]


def _join(lines: list[str], chrome: Chrome, more: Chrome) -> None:
    """Put chrome rows on the page and in the truth."""
    lines += [x for _, x in more]
    chrome += more


def _ymd(a: Art) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.meta["published"].split("-"))
    return y, m, d


def _stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def fam_shuping(g: GenI, i: int) -> Made:  # type: ignore[override]
    """'蠹鱼书评': single reviews and 本周热门书评 compilations."""
    r = g.r
    form = ["single", "vol", "details", "ze", "single", "vol", "ze", "single"][i]
    k = 1 if form in ("single", "details") else (2 if i == 6 else 3)
    books = [BOOKS_R[i]] if k == 1 else r.sample(BOOKS_R, k)
    heads = [HOOK[i]] if k == 1 else r.sample(HOOK, k)
    arts = [g.review(t, details=(4 if form == "details" else 3) if k == 1 else 2) for t in heads]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title}（《{books[0]}》书评）｜蠹鱼书评"),
            ("header", f"蠹鱼书评 ⤳ 小说 ⤳ 《{books[0]}》 ⤳ 书评"),
        ]
    else:
        head = [
            ("header", f"本周热门书评 · 第{i + 12}期｜蠹鱼书评"),
            ("header", "蠹鱼书评 ⤳ 热门 ⤳ 本周"),
        ]
    page_no = counter(2, r.randint(3, 6), lambda p, t: f"⟨{p}⟩")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, (a, book) in enumerate(zip(arts, books, strict=True), 1):
        y, m, d = _ymd(a)
        who, stars, useful = r.choice(READER), r.randint(2, 5), r.randint(3, 900)
        if k == 1:
            kinds = ["page_break", "zero", ODD[i % 3]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            dl = ["评书人", "：", who, "评价", "：", f"{_stars(stars)} {stars}.0"]
            dl += ["发表于", "：", f"{iso(y, m, d)} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}"]
            a.lines = [a.title, *a.lines]
            lines += [a.title, *dl]
            spoil = "⚠ 这篇书评可能有关键情节透露，未读原书的朋友请谨慎展开"
            _join(lines, chrome, [("notice", spoil)])
            lines += ["", *a.page, ""]
            bar = f"♥ {useful}人觉得有用　·　💬 回应 {r.randint(0, 90)}　·　🔖 收藏　·　↪ 转发"
            _join(lines, chrome, [("bar", bar)])
            own = f"© 此篇书评系 {who} 原创，著作权属其本人，未经本人书面同意请勿搬运。"
            _join(lines, chrome, [("notice", own)])
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "vol":
                hdr = f"Vol.{n} — {a.title}"
                row = f"{who} 评《{book}》　{_stars(stars)}　{iso(y, m, d)}　♥ {useful}"
            else:
                hdr, row = (
                    f"第{n}则·{a.title}",
                    f"评《{book}》｜{who}｜{y}/{m}/{d}｜{_stars(stars)}",
                )
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "✂ - - - - 下一篇书评 - - - - ✂")])
            lines.append("")
    others = r.sample([t for t in BOOKS_R if t not in books], 2)
    foot: Chrome = [
        ("notice", "登录后可以标记「想读」「读过」并写下你的短评　[登录 / 注册]"),
        ("related", "这本书的其他书评" if k == 1 else "往期热门书评"),
        *[("related", f"‣ {r.choice(HOOK)}（《{t}》）") for t in others],
        ("footer", "蠹鱼书评 duyu.example.net　爱书人的角落　沪ICP证示0125"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_cangpin(g: GenI, i: int) -> Made:  # type: ignore[override]
    """'蘅台博物馆数字藏品库': single object entries and 专题图录 compilations."""
    r = g.r
    form = ["single", "arrow", "books", "latin", "single", "arrow", "latin", "single"][i]
    k = 1 if form in ("single", "books") else (2 if i == 6 else 3)
    hall = HALL[i % len(HALL)]
    if k == 1:
        arts = [g.relic(OBJECTS[i], books=3 if form == "books" else 0)]
        age = r.choice(AGE)
        head: Chrome = [
            ("header", f"{arts[0].title} · 藏品详情 ◈ 蘅台博物馆数字藏品库"),
            ("header", f"藏品库 ⇢ {hall} ⇢ {age}"),
        ]
    else:
        arts = [g.brief_relic(t) for t in r.sample(OBJECTS, k)]
        head = [
            ("header", f"专题图录：{hall}精品选（第{i + 1}辑） ◈ 蘅台博物馆数字藏品库"),
            ("header", "藏品库 ⇢ 专题图录 ⇢ 线上展"),
        ]
    page_no = counter(2, r.randint(3, 7), lambda p, t: f"p.{p}")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        no = f"HT-{r.choice(['TC', 'JS', 'ZM', 'YS'])}-{r.randint(100, 9999):04d}"
        a.meta["doc_number"] = no
        src = r.choice(SOURCE)
        if k == 1:
            damage(g, a, ["page_break", ODD[i % 3]], lambda: [("page_number", page_no())])
            size = f"高{r.randint(50, 400) / 10}厘米　口径{r.randint(20, 120) / 10}厘米"
            runs = [f"【藏品编号】{no}【年代】{age}【尺寸】{size}【来源】{src}"]
            runs.append(f"【发布】{y}.{m:02d}.{d:02d}【状态】{r.choice(['在展', '库房'])}")
            a.lines = [a.title, *a.lines]
            lines += [a.title, *runs]
            bar = f"⊙ 3D观看　♥ 喜欢 {r.randint(5, 600)}　✉ 分享给朋友"
            _join(lines, chrome, [("bar", bar)])
            _join(lines, chrome, [("notice", "登录后可申请高清图像授权使用　【去登录】")])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            era = r.choice(AGE)
            if form == "arrow":
                hdr, row = f"❮{n}❯ {a.title}", f"{no} ∣ {era} ∣ {src} ∣ {y}.{m}.{d}"
            else:
                hdr = f"{'ABC'[n - 1]}. {a.title}"
                row = f"编号 {no}；年代 {era}；发布 {iso(y, m, d)}"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "⋯ 返回图录目录 ⋯")])
            lines.append("")
    titles = [a.title for a in arts]
    others = r.sample([t for t in OBJECTS if t not in titles], 2)
    foot: Chrome = [
        ("notice", "图片及文字版权归蘅台博物馆所有，非经书面许可不得用于商业出版或展示。"),
        ("related", "同展厅藏品"),
        *[("related", f"✧ {t}（{r.choice(AGE)}）") for t in others],
        ("footer", "蘅台博物馆　开放时间：周二至周日 9:00—17:00（周一闭馆）　网站备案 蘅台-0122"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_bangzhu(g: GenI, i: int) -> Made:  # type: ignore[override]
    """'栈桥记账帮助中心': single help articles and 新手入门合集 compilations."""
    r = g.r
    form = ["single", "key", "long", "paren", "single", "key", "paren", "single"][i]
    k = 1 if form in ("single", "long") else (2 if i == 6 else 3)
    if k == 1:
        arts = [g.help(TOPICS[i], steps=6 if form == "long" else 4, faq=3 if form == "long" else 2)]
        head: Chrome = [
            ("header", f"{arts[0].title} - {APP}帮助中心"),
            (
                "header",
                f"帮助中心 ≫ {r.choice(['账单与报表', '账户与安全', '会员服务'])} ≫ 全部文章",
            ),
        ]
    else:
        arts = [g.help(t, steps=3, faq=1) for t in r.sample(TOPICS, k)]
        head = [
            ("header", f"新手入门合集（{k}篇） - {APP}帮助中心"),
            ("header", "帮助中心 ≫ 新手入门"),
        ]
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"=== 第{p}页 ===")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        no = f"KB-{r.randint(1000, 9999)}"
        ver = f"{r.randint(3, 7)}.{r.randint(0, 9)}"
        if k == 1:
            a.meta["doc_number"] = no
            damage(g, a, ["page_break", ODD[i % 3]], lambda: [("page_number", page_no())])
            row = f"文档编号 → {no}　·　适用版本 → v{ver} 及以上　·　更新时间 → {iso(y, m, d)}"
            a.lines = [a.title, *a.lines]
            lines += [a.title, row, "", *a.page, ""]
            yes, no_ = r.randint(3, 300), r.randint(0, 20)
            bar = f"本文是否解决了您的问题？　👍 已解决（{yes}）　👎 未解决（{no_}）"
            _join(lines, chrome, [("bar", bar)])
            _join(
                lines,
                chrome,
                [("notice", "问题还没解决？联系在线客服，工作日两小时内回复　[提交工单]")],
            )
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "key":
                a.meta["doc_number"] = no
                hdr, row = f"{n}{KEYCAP} {a.title}", f"{no} | v{ver} | {iso(y, m, d)}"
            else:
                hdr, row = f"{cn_small(n)}）{a.title}", f"更新于 {y}年{m}月{d}日 · 适用 v{ver}"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "⇣ 继续阅读下一篇 ⇣")])
            lines.append("")
    titles = [a.title for a in arts]
    others = r.sample([t for t in TOPICS if t not in titles], 3)
    foot: Chrome = [
        ("related", "相关文章"),
        *[("related", f"☞ {t}") for t in others],
        ("footer", f"© 2024 {APP}　帮助中心服务时间 9:00-21:00　增值电信业务许可证 示B2-0123"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def _pay(g: GenI) -> str:
    lo = g.r.randint(4, 15)
    return f"{lo}-{lo + g.r.randint(2, 8)}K"


TAGS = ["#五险一金", "#周末双休", "#带薪年假", "#节日福利", "#弹性工作", "#包住宿", "#年终奖"]


def fam_zhaopin(g: GenI, i: int) -> Made:  # type: ignore[override]
    """'拾穗招聘网': single postings and 本周热招 compilations."""
    r = g.r
    form = ["single", "frac", "long", "no", "single", "frac", "no", "single"][i]
    k = 1 if form in ("single", "long") else (2 if i == 6 else 3)
    titles = [JOBS[i]] if k == 1 else r.sample(JOBS, k)
    firms = [r.choice(FIRMS) for _ in titles]
    arts = [
        g.job(t, f, duties=5 if form == "long" else (4 if k == 1 else 3), needs=3 if k == 1 else 2)
        for t, f in zip(titles, firms, strict=True)
    ]
    city = r.choice(CITY)
    town = city.split("·")[0][:-1]
    if k == 1:
        head: Chrome = [
            ("header", f"【{town}】{titles[0]}招聘_{firms[0]}_拾穗招聘网"),
            ("header", f"拾穗招聘 ⟫ {town} ⟫ 职位详情"),
        ]
    else:
        head = [
            ("header", f"本周热招｜{town}精选{k}个职位 - 拾穗招聘网"),
            ("header", f"拾穗招聘 ⟫ {town} ⟫ 热招专题"),
        ]
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"[ {p} / {t} ]")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        firm = a.meta["issuer"]
        pay = _pay(g)
        road = r.choice(["文汇路", "栖凤大道", "启明街"])
        addr = f"工作地址：{city.replace('·', '')}{road}{r.randint(1, 300)}号"
        a.lines.append(addr)
        a.page.append(addr)
        if k == 1:
            damage(g, a, ["page_break", ODD[i % 3]], lambda: [("page_number", page_no())])
            months, exp, edu = r.choice([12, 13, 14]), r.choice(EXP), r.choice(EDU)
            row = f"💰 {pay}·{months}薪　📍 {city}　⏳ {exp}　🎓 {edu}"
            a.lines = [a.title, *a.lines]
            lines += [a.title, row, f"{firm}　|　发布于 {y}年{m}月{d}日"]
            _join(lines, chrome, [("header", " ".join(r.sample(TAGS, 4)))])
            _join(lines, chrome, [("bar", "💬 立即沟通　☆ 收藏职位　⚑ 举报")])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "frac":
                hdr, row = f"（{n}/{k}）{a.title}", f"{firm} · {pay} · {city} · {y}-{m}-{d}"
            else:
                hdr = f"No.{n:02d} ┃ {a.title}"
                row = f"薪资：{pay}　地点：{city}　发布：{y}.{m:02d}.{d:02d}　单位：{firm}"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "┄┄ 下一个职位 ┄┄")])
            lines.append("")
    others = r.sample([t for t in JOBS if t not in titles], 3)
    foot: Chrome = [
        (
            "notice",
            "⚠ 求职安全提示：凡以押金、培训费、服装费等名义向求职者收费的招聘均属违规，请勿轻信。",
        ),
        ("notice", "打开拾穗APP，与招聘者实时沟通　[扫码下载]"),
        ("related", "相似职位"),
        *[("related", f"▪ {t}　{_pay(g)}　{r.choice(CITY)}") for t in others],
        (
            "footer",
            "拾穗招聘网 shisui.example.cn　人力资源服务许可证 示000124号",
        ),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_i_shuping", "sealed", "gb18030", "\r\n", 8, fam_shuping),
    BlindFamily("sealed_i_cangpin", "sealed", "utf-16", "\r\n", 8, fam_cangpin),
    BlindFamily("sealed_i_bangzhu", "sealed", "utf-8", "\n", 8, fam_bangzhu),
    BlindFamily("sealed_i_zhaopin", "sealed", "utf-8-sig", "\n", 8, fam_zhaopin),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=900, gen=GenI)
