"""Four more invented families for a tenth blind test of the generic layer (issue 12): four
document-sharing libraries, each compiling several documents on one page.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks
or any test but the generator files of the earlier sets) and without running the pipeline,
any test or any benchmark on them; they differ from every family already here in document
kind, header shapes, metadata layout, chrome wording and page marks:

* ``sealed_k_shuzhi`` (a model-essay library of duty reports, GB18030, CRLF): the metadata
  row stands BEFORE the title: ``成文 2021-03-09 ┆ 单位 柘浦供电所 ┆ 岗位 供电所营销班班长``,
  then the bare title (``供电所营销班班长2020年度述职报告``); the salutation ``各位领导、同事
  们：``, the ``一、`` / ``二、`` / ``三、`` sections, the ``1．…；`` shortcomings, ``以上述职，
  请予评议。``, ``述职人：X`` and a Chinese-numeral date are ONE article and must NOT split;
  compilations (精选N篇) whose documents each have a row ``成文 2019.4.7 ┆ 单位 …`` ABOVE a
  ``范文①　标题`` header (circled digits ① ② ③), or above a ``·其二·　标题`` header
  (Chinese numerals in a middle-dot wrapper).  Chrome: ``标题 —— 墨阶范文库·述职报告``,
  a ``所在栏目 ▸ 述职报告 ▸ 电力行业`` trail, an uploader bar ``上传者 X ┆ 浏览 N 次 ┆ 评分
  4.6 ┆ 共 5 页``, a compilation blurb ``本页汇集N篇……，撰写时可对照取舍。``, a member
  download prompt ``…… ☞ 立即开通``, a ``※ 范文系网友投稿……`` disclaimer, ``✂ ┄┄┄┄┄┄ ✂``
  between documents, ``浏览此篇的用户也翻阅了：`` items ``☉ 标题（5页）``, footer; page
  breaks ``【页码 2】``.  Meta: published (成文 / the signature date, the same day); the
  unit and the post are left out (a duty report is a person's, not the unit's document).
* ``sealed_k_hetong`` (a contract-template site, UTF-16 with BOM, LF): the bare title
  (``房屋租赁合同（通用版）``) is followed by ONE bracketed run ``［范本编号 QS-HT-0315｜起草
  明衡律师事务所｜更新于 2020-03-15］``; the two party lines with blanks ``甲方（出租方）：____``,
  the preamble, the ``第一条　标的与用途`` clause heads and their paragraphs, the ``1.`` /
  ``2.`` sub-items, ``（以下无正文）``, the signature row and ``签订日期：____年__月__日``
  are ONE article and must NOT split; compilations (范本汇编) with ``No.2 ▸ 标题`` headers
  or ``第2式　标题`` headers, each followed by ``（QS-HT-0315，明衡律师事务所，2020.3.15）``.
  Chrome: ``标题_免费下载_契书坊``, a ``契书坊 / 合同范本 / 房产租赁 /`` trail, a rating bar
  ``★★★★☆ 4.2分 ｜ 已被下载 N 次 ｜ 12页``, a coin prompt ``◎ …契币…〖下载〗``, a ``⚠``
  liability disclaimer, a share bar ``分享到：微信 ｜ QQ空间 ｜ 微博 ｜ 复制链接``,
  ``━━━━━━━━━━━━`` between templates, ``同类合同范本`` items ``▹ 标题.docx``, footer; page
  breaks ``Page 2 of 7``.  Meta: doc_number (范本编号), issuer (起草, the drafting firm),
  published (更新于).
* ``sealed_k_jiaoan`` (a lesson-plan site, UTF-8, CRLF): the bare title (``《小木桥》说课稿``)
  is followed by ONE row with English labels ``Author: 林晓禾 | Grade: 四年级 | Posted:
  2021/5/6``; ``【教学目标】`` with ``1．…；`` aims, ``【教学重难点】``, ``【教学过程】`` with
  ``环节一：情境导入`` steps, ``【板书设计】`` with its short lines (the text's name, ``晨雾 →
  荷叶 → 露珠``) and ``【教学反思】`` are ONE article and must NOT split; compilations
  (精选合集) with ``课例 #2 标题`` headers followed by ``Author=许青蔓, Posted=2018-07-02``,
  or ``Lesson 2: 标题`` headers followed by ``[by 许青蔓 · 2018.7.2]``.  Chrome: ``标题 -
  教案下载 - 杏坛备课网``, a ``备课首页 〉 小学语文 〉 四年级`` trail, a points prompt ``✦ 下载
  本教案需 N 个备课点…… ➜``, ``👤 上传：X　📄 N页　⬇ N　💬 评论 N``, a copyright notice
  ``本教案由会员上传分享……“申诉”。``, ``〰〰〰〰〰〰`` between plans, ``相关教案推荐`` items
  ``• 标题.pptx`` / ``.doc``, footer; page breaks ``▤ 2``.  Meta: published; the author and
  the grade are left out (no agreed key).
* ``sealed_k_yuan`` (an emergency-plan library, GBK, LF): the bare title (``岚山区城市内涝
  应急预案``) is followed by ONE row with pinyin-abbreviation labels ``FBDW：岚山区应急管理局
  WH：岚应急〔2020〕7号　RQ：2020-07-02``; the ``1 总则`` / ``1.1 编制目的`` numbered
  section heads, their paragraphs, the ``（1）综合协调组：…；`` items, the closing article
  and the sign-off (the issuer + a Chinese-numeral date) are ONE article and must NOT
  split; compilations (预案汇编) with ``§2 标题`` headers or ``（预案二）标题`` headers
  (Chinese numerals), each followed by ``FB: 岚山区应急管理局 / WH: 岚应急〔2020〕7号 / RQ:
  2020.7.2``.  Chrome: ``标题 | 安澜预案库 | 应急预案范本下载``, a ``预案库首页 → 自然灾害类
  → 城市内涝`` trail, ``阅读：N　收藏：N　下载：N　上传者：预案小编``, a points prompt ``※ 本
  预案提供DOC格式下载……``, a repost notice ``◇ 转载请注明来源……``, ``◆◆◆◆◆◆◆◆`` between
  plans, ``同样被查阅的预案：`` items ``△ 标题（共8页）``, footer; page breaks ``＝ 2 ＝``.
  Meta: issuer (FBDW / FB), doc_number (WH), published (RQ / the sign-off date).

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the sign-off dates of the duty
reports and the emergency plans, a paragraph broken mid-sentence by a page mark (single
pages).  Truth as :mod:`tests.families.blind_families_j`: header and metadata rows (the
row before the title, the bracketed run, the English and pinyin label rows, every
compilation row) are neither content nor chrome; titles lose their numbering (``范文①``,
``·其二·``, ``No.2 ▸``, ``第2式``, ``课例 #2``, ``Lesson 2:``, ``§2``, ``（预案二）``); dates
YYYY-MM-DD.  Arguable and fixed here: the report's ``1．`` shortcomings, the contract's
``第一条`` clause heads and ``1.`` sub-items, the lesson's ``环节一：`` steps and the plan's
``1.1`` section heads and ``（1）`` items never start a new article; the section labels
(``一、履职基本情况``, ``【教学目标】``, ``1 总则``) recur on every page of their family and
are still content; the contract's blank party lines, ``（以下无正文）``, signature row and
blank date line are content (part of the template a reader downloads); the lesson's short
board lines (``小木桥``, ``晨雾 → 荷叶 → 露珠``) are content; the compilation blurb, the
disclaimers, the copyright and repost notices and the download prompts are chrome; in a
duty-report compilation the metadata row ABOVE a header belongs to the document below it;
``①②③``, ``其一 其二 其三`` and ``（预案一）`` … are running numbers down the page.
``python -m tests.families.blind_families_k`` rewrites them and checks the truth against the
pages (:func:`tests.families.blind_write.check_truth`).

Measured blind, once, at ``dc6dab6`` (after the j fixes; ``chrome_bench.py --sealed
--per-family --repeat 1``; one folder and per family gave the same; F1 / residue / titles /
counts / repairs / metadata): hetong .957 / .020 / .60 / .75 / 1.0 / 0; jiaoan .955 / .024 /
.667 / .75 / 1.0 / .267; shuzhi .942 / .042 / 1.0 / 1.0 / .783 / .267 (page marks 100 %
left); yuan .958 / .141 / 1.0 / 1.0 / .957 / .667.  Means .953 / .057 / .817 / .875 / .935
/ .300: content and repairs travel, metadata in new layouts (before the title, one bracketed
run, English or pinyin labels) and new compilation headers do not.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_k_text import (
    AREAS,
    CATS,
    CONTRACTS,
    EVENTS,
    FIRMS,
    GRADES,
    KINDS,
    PLANKIND,
    POSTS,
    SECTORS,
    TEACHERS,
    TEXTS,
    UNITS,
    VARIANTS,
    GenK,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
DUTY = "因套用范本引起的纠纷本站概不负责。"
ODD = ["comma", "cjk_space", "stray_q"]
CIRCLED = "①②③"
EXTS = ["doc", "pptx"]


def _join(lines: list[str], chrome: Chrome, more: Chrome) -> None:
    """Put chrome rows on the page and in the truth."""
    lines += [x for _, x in more]
    chrome += more


def _ymd(a: Art) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.meta["published"].split("-"))
    return y, m, d


def _form(i: int, a: str, b: str) -> tuple[str, int]:
    """Pages 1, 3, 5 and 7 are compilations (two documents on page 5), the rest single."""
    form = ["single", a, "single", b, "long", a, "single", b][i]
    return form, 1 if form in ("single", "long") else (2 if i == 5 else 3)


def _single_body(g: GenK, a: Art, i: int, mark: Chrome, zero: bool) -> None:
    """Damage a single document (a page break, maybe ``○``, one odd artifact) and put its
    title in its lines (the bare title line is content on a single page)."""
    kinds = ["page_break", *(["zero"] if zero else []), ODD[i % 3]]
    marks = iter(mark)
    damage(g, a, kinds, lambda: [next(marks)])
    a.lines = [a.title, *a.lines]


def fam_shuzhi(g: GenK, i: int) -> Made:  # type: ignore[override]
    """'墨阶范文库': single duty reports and 精选 compilations, metadata above the title."""
    r = g.r
    form, k = _form(i, "circled", "qi")
    posts = [POSTS[i]] if k == 1 else r.sample(POSTS, k)
    arts = [g.report(p, signed=k == 1) for p in posts]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title} —— 墨阶范文库·述职报告"),
            ("header", f"所在栏目 ▸ 述职报告 ▸ {SECTORS[i]}"),
        ]
    else:
        head = [
            ("header", f"述职报告范文精选{k}篇（第{i + 11}辑） —— 墨阶范文库"),
            ("header", "所在栏目 ▸ 述职报告 ▸ 范文精选"),
            ("notice", f"本页汇集{k}篇不同岗位的述职报告，撰写时可对照取舍。"),
        ]
    pages = r.randint(3, 7)
    page_no = counter(2, pages, lambda p, t: f"【页码 {p}】")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    bar = f"上传者 {r.choice(['阿岚', '青衫客', '墨阶小编'])} ┆ 浏览 {r.randint(80, 9000)} 次"
    _join(lines, chrome, [("bar", f"{bar} ┆ 评分 {r.randint(30, 50) / 10} ┆ 共 {pages} 页")])
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        post = POSTS.index(posts[n - 1])
        if k == 1:
            _single_body(g, a, i, [("page_number", page_no())], zero=True)
            row = f"成文 {iso(y, m, d)} ┆ 单位 {UNITS[post]} ┆ 岗位 {POSTS[post]}"
            lines += [row, a.title, "", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"范文{CIRCLED[n - 1]}　{a.title}" if form == "circled" else ""
            hdr = hdr or f"·其{cn_small(n)}·　{a.title}"
            lines += [f"成文 {y}.{m}.{d} ┆ 单位 {UNITS[post]}", hdr, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "✂ ┄┄┄┄┄┄ ✂")])
            lines.append("")
    others = r.sample([p for p in POSTS if p not in posts], 3)
    foot: Chrome = [
        ("notice", f"全文约{r.randint(18, 45)}00字 · 开通墨阶会员免积分下载Word原稿 ☞ 立即开通"),
        ("notice", "※ 范文系网友投稿，借鉴时请结合本人实际改写，照搬照抄后果自负。"),
        ("related", "浏览此篇的用户也翻阅了："),
        *[("related", f"☉ {p}述职报告（{r.randint(2, 9)}页）") for p in others],
        ("footer", "墨阶范文库 版权所有　示ICP备00000211号　投稿信箱 tougao@mojie.example.com"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_hetong(g: GenK, i: int) -> Made:  # type: ignore[override]
    """'契书坊': single contract templates and 范本汇编 compilations, a bracketed run."""
    r = g.r
    form, k = _form(i, "no", "shi")
    picks = [i] if k == 1 else r.sample(range(len(CONTRACTS)), k)
    arts = [
        g.contract(j, r.choice(VARIANTS), clauses=7 if form == "long" else 5 if k == 1 else 4)
        for j in picks
    ]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title}_免费下载_契书坊"),
            ("header", f"契书坊 / 合同范本 / {CATS[i]} /"),
        ]
    else:
        head = [
            ("header", f"常用合同范本汇编（{k}份）_免费下载_契书坊"),
            ("header", "契书坊 / 合同范本 / 汇编 /"),
        ]
    pages = r.randint(4, 12)
    page_no = counter(2, pages, lambda p, t: f"Page {p} of {t}")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    bar = f"★★★★☆ {r.randint(35, 49) / 10}分 ｜ 已被下载 {r.randint(100, 9999)} 次 ｜ {pages}页"
    _join(lines, chrome, [("bar", bar)])
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        no = f"QS-HT-{r.randint(1, 9999):04d}"
        firm = r.choice(FIRMS)
        a.meta = {"issuer": firm, "doc_number": no, **a.meta}
        if k == 1:
            _single_body(g, a, i, [("page_number", page_no())], zero=False)
            lines += [a.title, f"［范本编号 {no}｜起草 {firm}｜更新于 {iso(y, m, d)}］"]
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"No.{n} ▸ {a.title}" if form == "no" else f"第{n}式　{a.title}"
            lines += [hdr, f"（{no}，{firm}，{y}.{m}.{d}）", "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "━━━━━━━━━━━━")])
            lines.append("")
    others = r.sample([c for j, c in enumerate(CONTRACTS) if j not in picks], 3)
    foot: Chrome = [
        ("notice", f"◎ 下载可编辑Word版需消耗 {r.randint(2, 9)} 契币，VIP会员不限次数 〖下载〗"),
        ("notice", f"⚠ 范本仅作参考，签约前请咨询执业律师，{DUTY}"),
        ("bar", "分享到：微信 ｜ QQ空间 ｜ 微博 ｜ 复制链接"),
        ("related", "同类合同范本"),
        *[("related", f"▹ {c}（{r.choice(VARIANTS)}）.docx") for c in others],
        ("footer", "契书坊 · 合同范本中心　客服邮箱 help@qishufang.example.cn　示ICP备00000388号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_jiaoan(g: GenK, i: int) -> Made:  # type: ignore[override]
    """'杏坛备课网': single lesson plans and 精选合集 compilations, English labels."""
    r = g.r
    form, k = _form(i, "hash", "lesson")
    texts = [TEXTS[i]] if k == 1 else r.sample(TEXTS, k)
    steps = 4 if form == "long" else 3 if k == 1 else 2
    arts = [g.lesson(t, PLANKIND[(i + n) % 4], steps=steps) for n, t in enumerate(texts)]
    grade = GRADES[i % 4]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title} - 教案下载 - 杏坛备课网"),
            ("header", f"备课首页 〉 小学语文 〉 {grade}"),
        ]
    else:
        head = [
            ("header", f"小学语文教案精选合集（{k}篇） - 杏坛备课网"),
            ("header", "备课首页 〉 小学语文 〉 合集"),
        ]
    pages = r.randint(3, 8)
    page_no = counter(2, pages, lambda p, t: f"▤ {p}")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        who = r.choice(TEACHERS)
        if k == 1:
            _single_body(g, a, i, [("page_number", page_no())], zero=False)
            lines += [a.title, f"Author: {who} | Grade: {grade} | Posted: {y}/{m}/{d}"]
            note = f"✦ 下载本教案需 {r.randint(1, 6)} 个备课点，上传原创教案可赚取备课点 ➜"
            _join(lines, chrome, [("notice", note)])
            lines += ["", *a.page, ""]
            got, said = r.randint(20, 3000), r.randint(0, 60)
            bar = f"👤 上传：{who}　📄 {pages}页　⬇ {got}　💬 评论 {said}"
            _join(lines, chrome, [("bar", bar)])
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "hash":
                hdr, row = f"课例 #{n} {a.title}", f"Author={who}, Posted={iso(y, m, d)}"
            else:
                hdr, row = f"Lesson {n}: {a.title}", f"[by {who} · {y}.{m}.{d}]"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "〰〰〰〰〰〰")])
            lines.append("")
    others = r.sample([t for t in TEXTS if t not in texts], 3)
    foot: Chrome = [
        ("notice", "本教案由会员上传分享，著作权属原作者，发现侵权请点页面右下角“申诉”。"),
        ("related", "相关教案推荐"),
        *[("related", f"• 《{t}》{r.choice(PLANKIND)}.{r.choice(EXTS)}") for t in others],
        ("footer", "杏坛备课网　一线教师的备课资源站　合作联系 bk@xingtan.example.org"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_yuan(g: GenK, i: int) -> Made:  # type: ignore[override]
    """'安澜预案库': single emergency plans and 预案汇编 compilations, pinyin labels."""
    r = g.r
    form, k = _form(i, "sect", "cn")
    events = [EVENTS[i]] if k == 1 else r.sample(EVENTS, k)
    arts = [g.plan(r.choice(AREAS), e, signed=k == 1) for e in events]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title} | 安澜预案库 | 应急预案范本下载"),
            ("header", f"预案库首页 → {KINDS[i]} → {EVENTS[i]}"),
        ]
    else:
        head = [
            ("header", f"基层应急预案汇编（{k}部） | 安澜预案库 | 应急预案范本下载"),
            ("header", "预案库首页 → 汇编 → 基层"),
        ]
    pages = r.randint(3, 9)
    page_no = counter(2, pages, lambda p, t: f"＝ {p} ＝")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        org, no = a.meta["issuer"], a.meta["doc_number"]
        if k == 1:
            _single_body(g, a, i, [("page_number", page_no())], zero=True)
            lines += [a.title, f"FBDW：{org}　WH：{no}　RQ：{iso(y, m, d)}"]
            seen, kept, took = r.randint(100, 9000), r.randint(0, 200), r.randint(5, 900)
            bar = f"阅读：{seen}　收藏：{kept}　下载：{took}　上传者：预案小编"
            _join(lines, chrome, [("bar", bar)])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"§{n} {a.title}" if form == "sect" else f"（预案{cn_small(n)}）{a.title}"
            lines += [hdr, f"FB: {org} / WH: {no} / RQ: {y}.{m}.{d}", "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "◆◆◆◆◆◆◆◆")])
            lines.append("")
    others = [f"{r.choice(AREAS)}{e}应急预案" for e in r.sample(EVENTS, 4) if e not in events]
    foot: Chrome = [
        ("notice", f"※ 本预案提供DOC格式下载，每次扣除{r.randint(2, 8)}积分，可每日签到领取积分。"),
        ("notice", "◇ 转载请注明来源“安澜预案库”，未经许可不得用于商业用途。"),
        ("related", "同样被查阅的预案："),
        *[("related", f"△ {t}（共{r.randint(4, 20)}页）") for t in others[:3]],
        ("footer", "安澜预案库　应急管理资料共享平台　联系信箱 yuan@anlan.example.net"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_k_shuzhi", "sealed", "gb18030", "\r\n", 8, fam_shuzhi),
    BlindFamily("sealed_k_hetong", "sealed", "utf-16", "\n", 8, fam_hetong),
    BlindFamily("sealed_k_jiaoan", "sealed", "utf-8", "\r\n", 8, fam_jiaoan),
    BlindFamily("sealed_k_yuan", "sealed", "gbk", "\n", 8, fam_yuan),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1100, gen=GenK)
