"""Four more invented families for an eleventh blind test of the generic layer (issue 12):
two document-sharing libraries that compile several documents on one page, a city
government portal and a county media centre's WeChat-like account.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks
or any test but the generator files of the earlier sets) and without running the pipeline,
any test or any benchmark on them; they differ from every family already here in document
kind, header shapes, metadata layout, chrome wording and page marks:

* ``sealed_l_diaoyan`` (a survey-report library, GB18030, LF): the bare title (``关于白沙镇
  居家养老服务情况的调研报告``) is followed by ONE row with bar-separated labels ``执笔单位 ▏
  白沙镇民政局　定稿日期 ▏ 2021-03-09``; the opening paragraph, the ``一、基本情况`` /
  ``二、存在的问题`` / ``三、对策建议`` sections, the ``（一）…`` problem items, the sign-off
  ``白沙镇民政局调研组`` and a Chinese-numeral date are ONE article and must NOT split;
  compilations (调研报告N篇合辑) with ``〈2〉标题`` headers or ``第二份　标题`` headers
  (Chinese numerals), each followed by ``白沙镇民政局 · 2021/3/9``.  Chrome: ``标题（可编辑
  Word版）- 砚田文档馆``, a ``当前位置：首页 » 调研报告 » 民生保障`` trail, an uploader bar
  ``贡献者：X ◇ 阅读量 N ◇ 得分 8.6/10 ◇ 文档页数 N``, a VIP prompt ``〔开通VIP〕……``, a
  ``◇ 免责声明：……`` disclaimer, ``≈≈≈≈≈≈≈≈≈≈`` between reports, ``相似文档推荐`` items ``◈
  标题 · N页``, footer; page breaks ``- 2/6 -``.  Meta: issuer (执笔单位 / the unit the
  survey group belongs to), published (定稿日期 / the sign-off date, the same day).
* ``sealed_l_changyi`` (a letters library of 倡议书, UTF-8 with BOM, LF): the bare title
  (``关于文明养犬的倡议书``) is followed by ONE guillemet run ``«发起方=南湖社区居委会；发布日=
  2020-05-08»``; the salutation, the reasons, ``为此，我们倡议：``, the ``1、…；`` items, the
  rallying close, the caller and a ``2020年5月8日`` date are ONE article and must NOT split;
  compilations (倡议书范文N则) with ``【2/3】标题`` headers or ``倡议书之二：标题`` headers
  (Chinese numerals), each followed by ``— 发起方 南湖社区居委会 · 2020.5.8 —``.  Chrome:
  ``标题_倡议书范文_拾穗文库``, a ``拾穗文库 >> 书信范文 >> 倡议书`` trail, a rating bar ``☆ 评分
  9.1 ｜ 👁 N 人看过 ｜ 📥 N 人下载``, a coin prompt ``下载此文档需要 N 穗币 ▶ 去充值``, a
  ``【版权声明】……`` repost notice, ``＊＊＊＊＊＊＊＊`` between letters, ``你可能还需要：``
  items ``→ 关于X的倡议书（N字）``, footer; page breaks ``〔第2页〕``.  Meta: issuer (发起方),
  published (发布日 / the signature date).
* ``sealed_l_zhengwu`` (a city government portal, UTF-8, CRLF): the bare title (``鹭湾区教育局
  关于开展夏季校车安全专项检查的通知``) is followed by a four-row box ``┌ 发文机关 ┊ X`` /
  ``├ 发文字号 ┊ 鹭湾教〔2021〕12号`` / ``├ 成文日期 ┊ 2021-03-09`` / ``└ 主题分类 ┊ 交通
  运输``; the salutation, the opening, the ``一、`` sections, the ``（一）`` items, the contact
  line, the issuer and a Chinese-numeral date are ONE article and must NOT split;
  compilations (政策文件汇编) with ``[2] 标题`` headers followed by ``发文机关：X ┊ 发文字号：
  Y ┊ 成文日期：2021-03-09``, or ``◤ 2 ◢ 标题`` headers followed by ``机关 X ┊ 字号 Y ┊ 日期
  2021.3.9``.  Chrome: ``标题 - 汀州政务网``, a ``您所在的位置：首页 ＞ 政务公开 ＞ 通知公告 ＞
  交通运输`` trail, a tools bar ``Aa 调整字号 ｜ ⎙ 打印本页 ｜ ✕ 关闭窗口``, a share bar ``转发
  至：微信好友 · 朋友圈 · 微博``, a QR prompt ``▣ 扫一扫，在手机上继续阅读``, ``相关文件：``
  items ``▫ 标题（YYYY-MM-DD）``, a two-line footer, no rule between compiled notices;
  page breaks ``第 2 页 / 共 5 页``.  Meta: issuer (发文机关), doc_number (发文字号),
  published (成文日期).
* ``sealed_l_weixin`` (a county media centre's WeChat-like account, UTF-16, LF): a star
  prompt ``↑ 轻点“鹭湾融媒”，设为星标不错过每一条推送`` above the bare title (``走进柳湾老街，
  看看它这几年的变化``), then ONE byline ``鹭湾融媒 ▪ 2021年3月9日 ▪ 文｜林小满``; the opening
  paragraphs, the ``01｜老味道还在`` subheads with their paragraphs (quotes inside) and the
  closing line are ONE article and must NOT split; digests (``早安鹭湾｜今天有这些事值得关注``)
  with ``【今日第2条】标题`` headers followed by ``来源：鹭湾融媒 ┊ 2021-03-09``, or ``丨贰丨
  标题`` headers (capital Chinese numerals 壹贰叁) followed by ``📅 2021.3.9``.  Chrome: the
  star prompt, a digest byline ``早安鹭湾 · 第N期 · 编辑｜X``, an editor line ``责编：X　审核：
  Y``, a tip bar ``☕ 喜欢作者就赞赏一下 · 已有 N 人赞赏``, a QR prompt ``长按识别下方二维码，
  加入鹭湾邻里群``, a repost notice, ``往期回顾 ｜ 戳标题即可阅读`` items ``▸ 标题``, a bar
  ``↘ 阅读原文　阅读 N　❤ 在看 N　👍 N``; the break marks are image placeholders ``〖图2〗``
  that cut a paragraph mid-sentence (chrome kind ``page_number``).  Meta: published (the
  byline or the item row); the account and the writer are left out (a site and a person,
  not an issuing body).

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the sign-off dates of the survey
reports and the notices, a paragraph broken mid-sentence by a page mark or an image
placeholder (single pages).  Truth as :mod:`tests.families.blind_families_k`: header and
metadata rows (the labelled row, the guillemet run, the four box rows, the byline, every
compilation row) are neither content nor chrome; titles lose their numbering (``〈2〉``,
``第二份``, ``【2/3】``, ``倡议书之二：``, ``[2]``, ``◤ 2 ◢``, ``【今日第2条】``, ``丨贰丨``);
dates YYYY-MM-DD.  Arguable and fixed here: the survey's ``（一）`` items, the appeal's
``1、`` items, the notice's ``（一）`` items and the feature's ``01｜`` subheads never start
a new article; the section labels (``一、基本情况``, ``为此，我们倡议：``, ``一、工作目标``)
recur on every page of their family and are still content; the notice's contact line is
content; the box's ``主题分类`` row is metadata (neither), though it has no key; the editor
line, the tip bar, the QR prompts, the star prompt, the VIP / coin prompts, the
disclaimers and the repost notices are chrome; in a digest each item's own row gives its
published date and the digest byline is chrome; 1 2 3 in ``【2/3】`` counts the letters on
the page, 二 in ``第二份`` / ``倡议书之二`` and 贰 in ``丨贰丨`` are running numbers down the
page.  Pages 1, 3 and 5 are compilations (two documents on page 5, three on 1 and 3), the
other five single documents.  ``python -m tests.families.blind_families_l`` rewrites them
and checks the truth against the pages (:func:`tests.families.blind_write.check_truth`).

Measured blind, once, at ``47f2fb8`` (after the k fixes; ``chrome_bench.py --sealed
--per-family --repeat 1``; one folder and per family gave the same; F1 / residue / titles /
counts / repairs / metadata): changyi .927 / .012 / .769 / .875 / 1.0 / .308; diaoyan .986 /
.056 / .615 / 1.0 / .957 / .731; weixin .873 / .129 / .385 / .875 / .722 / .385; zhengwu
.977 / 0 / 1.0 / 1.0 / .957 / .539.  Means .940 / .049 / .692 / .938 / .909 / .490: content,
counts and repairs near the goals, titles and metadata in unseen layouts far from them.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_families_k import _join, _ymd
from tests.families.blind_l_text import (
    CALLERS,
    CAUSES,
    GAREAS,
    GCATS,
    MATTERS,
    NEWS,
    PLACES,
    SAREAS,
    SCOLS,
    TOPICS,
    WRITERS,
    GenL,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["stray_q", "comma", "cjk_space"]
CAPS = "壹贰叁"


def _one(g: GenL, a: Art, i: int, mark: Chrome, zero: bool) -> None:
    """Damage a single document (a page break, maybe ``○``, one odd artifact; the odd kinds
    rotate the other way round from set k) and put its bare title first in its lines."""
    marks = iter(mark)
    damage(g, a, ["page_break", *(["zero"] if zero else []), ODD[i % 3]], lambda: [next(marks)])
    a.lines = [a.title, *a.lines]


def _shape(i: int, a: str, b: str) -> tuple[str, int]:
    """Pages 1, 3 and 5 are compilations (two documents on page 5, three on 1 and 3)."""
    form = ["single", a, "single", b, "single", a, "single", "single"][i]
    return form, 1 if form == "single" else (2 if i == 5 else 3)


def fam_diaoyan(g: GenL, i: int) -> Made:
    """'砚田文档馆': single survey reports and 合辑 compilations, a bar-labelled row."""
    r = g.r
    form, k = _shape(i, "angle", "fen")
    topics = [TOPICS[i]] if k == 1 else r.sample(TOPICS, k)
    arts = [g.survey(r.choice(SAREAS), t, signed=k == 1) for t in topics]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title}（可编辑Word版）- 砚田文档馆"),
            ("header", f"当前位置：首页 » 调研报告 » {SCOLS[i]}"),
        ]
    else:
        head = [
            ("header", f"基层调研报告{k}篇合辑（第{i + 3}期）- 砚田文档馆"),
            ("header", "当前位置：首页 » 调研报告 » 合辑"),
        ]
    pages = r.randint(3, 8)
    page_no = counter(2, pages, lambda p, t: f"- {p}/{t} -")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    who = r.choice(["砚田用户6281", "小禾苗", "调研笔记本"])
    bar = f"贡献者：{who} ◇ 阅读量 {r.randint(50, 9000)} ◇ 得分 {r.randint(60, 99) / 10}/10"
    _join(lines, chrome, [("bar", f"{bar} ◇ 文档页数 {pages}")])
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        org = a.meta["issuer"]
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=True)
            lines += [a.title, f"执笔单位 ▏ {org}　定稿日期 ▏ {iso(y, m, d)}", "", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"〈{n}〉{a.title}" if form == "angle" else f"第{cn_small(n)}份　{a.title}"
            lines += [hdr, f"{org} · {y}/{m}/{d}", "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "≈≈≈≈≈≈≈≈≈≈")])
            lines.append("")
    others = r.sample([t for t in TOPICS if t not in topics], 3)
    foot: Chrome = [
        ("notice", f"〔开通VIP〕本文档仅限VIP会员下载，普通用户可免费预览前{r.randint(2, 4)}页"),
        ("notice", "◇ 免责声明：文档由用户上传，仅供学习交流，数据请以官方发布为准。"),
        ("related", "相似文档推荐"),
        *[("related", f"◈ 关于{t}的调研与思考 · {r.randint(3, 15)}页") for t in others],
        ("footer", "砚田文档馆 yantian.example.com　示ICP备00000517号　违规内容举报"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_changyi(g: GenL, i: int) -> Made:
    """'拾穗文库': single 倡议书 and 范文N则 compilations, a guillemet metadata run."""
    r = g.r
    form, k = _shape(i, "frac", "zhi")
    causes = [CAUSES[i]] if k == 1 else r.sample(CAUSES, k)
    arts = [g.appeal(c, r.choice(CALLERS), signed=k == 1) for c in causes]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title}_倡议书范文_拾穗文库"),
            ("header", "拾穗文库 >> 书信范文 >> 倡议书"),
        ]
    else:
        head = [
            ("header", f"精选倡议书范文{k}则_倡议书范文_拾穗文库"),
            ("header", "拾穗文库 >> 书信范文 >> 倡议书 >> 精选"),
        ]
    pages = r.randint(2, 5)
    page_no = counter(2, pages, lambda p, t: f"〔第{p}页〕")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        who = a.meta["issuer"]
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=False)
            lines += [a.title, f"«发起方={who}；发布日={iso(y, m, d)}»"]
            seen, got = r.randint(200, 20000), r.randint(10, 900)
            bar = f"☆ 评分 {r.randint(70, 99) / 10} ｜ 👁 {seen} 人看过 ｜ 📥 {got} 人下载"
            _join(lines, chrome, [("bar", bar)])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"【{n}/{k}】{a.title}" if form == "frac" else f"倡议书之{cn_small(n)}：{a.title}"
            lines += [hdr, f"— 发起方 {who} · {y}.{m}.{d} —", "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "＊＊＊＊＊＊＊＊")])
            lines.append("")
    others = r.sample([c for c in CAUSES if c not in causes], 3)
    foot: Chrome = [
        ("notice", f"下载此文档需要 {r.randint(1, 5)} 穗币 ▶ 去充值"),
        ("notice", "【版权声明】本文为网友投稿，版权归原作者所有，转载请联系作者并注明出处。"),
        ("related", "你可能还需要："),
        *[("related", f"→ 关于{c}的倡议书（{r.randint(4, 12)}00字）") for c in others],
        ("footer", "拾穗文库 · 书信范文频道　投稿邮箱 shisui@shisui.example.org"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_zhengwu(g: GenL, i: int) -> Made:
    """'汀州政务网': single notices and 政策文件汇编 compilations, a box of metadata."""
    r = g.r
    form, k = _shape(i, "square", "wedge")
    picks = [i] if k == 1 else r.sample(range(len(MATTERS)), k)
    arts = [g.bulletin(r.choice(GAREAS), j, signed=k == 1) for j in picks]
    cat = GCATS[picks[0]]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title} - 汀州政务网"),
            ("header", f"您所在的位置：首页 ＞ 政务公开 ＞ 通知公告 ＞ {cat}"),
        ]
    else:
        head = [
            ("header", f"近期政策文件汇编（{k}件） - 汀州政务网"),
            ("header", "您所在的位置：首页 ＞ 政务公开 ＞ 文件汇编"),
        ]
    pages = r.randint(2, 6)
    page_no = counter(2, pages, lambda p, t: f"第 {p} 页 / 共 {t} 页")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        org, no = a.meta["issuer"], a.meta["doc_number"]
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=True)
            lines += [a.title, f"┌ 发文机关 ┊ {org}", f"├ 发文字号 ┊ {no}"]
            lines += [f"├ 成文日期 ┊ {iso(y, m, d)}", f"└ 主题分类 ┊ {cat}"]
            _join(lines, chrome, [("bar", "Aa 调整字号 ｜ ⎙ 打印本页 ｜ ✕ 关闭窗口")])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            if form == "square":
                hdr, row = (
                    f"[{n}] {a.title}",
                    f"发文机关：{org} ┊ 发文字号：{no} ┊ 成文日期：{iso(y, m, d)}",
                )
            else:
                hdr, row = f"◤ {n} ◢ {a.title}", f"机关 {org} ┊ 字号 {no} ┊ 日期 {y}.{m}.{d}"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            lines.append("")
    others = r.sample([j for j in range(len(MATTERS)) if j not in picks], 3)
    foot: Chrome = [
        ("bar", "转发至：微信好友 · 朋友圈 · 微博"),
        ("notice", "▣ 扫一扫，在手机上继续阅读"),
        ("related", "相关文件："),
        *[("related", f"▫ 关于{MATTERS[j]}的通知（{iso(*g.date())}）") for j in others],
        ("footer", "主办单位：汀州市人民政府办公室　网站标识码：0000000009"),
        ("footer", "示公网安备 00000000000号　建议使用1366×768分辨率浏览"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_weixin(g: GenL, i: int) -> Made:
    """'鹭湾融媒': single feature stories and 早安鹭湾 digests, a byline under the title."""
    r = g.r
    form, k = _shape(i, "today", "caps")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, [("notice", "↑ 轻点“鹭湾融媒”，设为星标不错过每一条推送")])
    lines.append("")
    if k == 1:
        arts = [g.feature(PLACES[i])]
        a = arts[0]
        y, m, d = _ymd(a)
        pic = counter(1, 9, lambda p, t: f"〖图{p}〗")
        _one(g, a, i, [("page_number", pic())], zero=False)
        byline = f"鹭湾融媒 ▪ {y}年{m}月{d}日 ▪ 文｜{r.choice(WRITERS)}"
        lines += [a.title, byline, "", *a.page, ""]
        chrome += a.chrome
        boss = r.sample(WRITERS, 2)
        tail: Chrome = [
            ("notice", f"责编：{boss[0]}　审核：{boss[1]}"),
            ("bar", f"☕ 喜欢作者就赞赏一下 · 已有 {r.randint(2, 80)} 人赞赏"),
        ]
        _join(lines, chrome, tail)
    else:
        places = r.sample(PLACES, k)
        arts = [g.brief(p, r.choice(NEWS)) for p in places]
        day = iso(*g.date())  # one digest, one day: every item carries the digest's date
        for a in arts:
            a.meta["published"] = day
        top: Chrome = [
            ("header", "早安鹭湾｜今天有这些事值得关注"),
            ("header", f"早安鹭湾 · 第{r.randint(100, 900)}期 · 编辑｜{r.choice(WRITERS)}"),
        ]
        _join(lines, chrome, top)
        lines.append("")
        for n, a in enumerate(arts, 1):
            y, m, d = _ymd(a)
            damage(g, a, [ODD[n % 3]])
            if form == "today":
                hdr, row = f"【今日第{n}条】{a.title}", f"来源：鹭湾融媒 ┊ {iso(y, m, d)}"
            else:
                hdr, row = f"丨{CAPS[n - 1]}丨{a.title}", f"📅 {y}.{m}.{d}"
            lines += [hdr, row, "", *a.page, ""]
            chrome += a.chrome
    past = r.sample(PLACES, 3)
    seen, liked = r.randint(300, 30000), r.randint(3, 300)
    foot: Chrome = [
        ("notice", "长按识别下方二维码，加入鹭湾邻里群"),
        ("notice", "本文由鹭湾融媒原创，转载请在后台留言获取授权"),
        ("related", "往期回顾 ｜ 戳标题即可阅读"),
        *[("related", f"▸ {p}的{r.choice(['清晨', '夜色', '雨天', '老手艺'])}") for p in past],
        ("bar", f"↘ 阅读原文　阅读 {seen}　❤ 在看 {liked}　👍 {r.randint(5, 900)}"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_l_diaoyan", "sealed", "gb18030", "\n", 8, fam_diaoyan),
    BlindFamily("sealed_l_changyi", "sealed", "utf-8-sig", "\n", 8, fam_changyi),
    BlindFamily("sealed_l_zhengwu", "sealed", "utf-8", "\r\n", 8, fam_zhengwu),
    BlindFamily("sealed_l_weixin", "sealed", "utf-16", "\n", 8, fam_weixin),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1200, gen=GenL)
