"""Three more invented families for a second blind test of the generic layer (issue 12).

Written without running the pipeline or any benchmark on them, and unlike every family
already here in what a site-independent layer has to get right:

* ``sealed_c_wenku`` (a document-sharing site): compilations whose headers are ``（N）`` on
  a line of its own before the title, full-width ``１、标题`` or English ``Article N  Title``;
  work summaries with a ``一是…；二是…；三是…`` list inside; single notices (one with
  ``一、`` sections over a ``1.`` … ``3.`` list that must NOT be split); a points/VIP/login
  bar in the middle of the page; page counters ``- 2 / 7 -`` followed by a running page
  header (the document name, or the article's own header line repeated); metadata as a
  flattened ``label | value | label | value`` table or tab-separated; dates
  ``2021年03月05日`` / ``2021.3.5``; related items ending in ``.pdf``, ``(N页)``, ``NKB``;
  ``本文地址`` line, share/print/close bar, ICP and 公网安备 lines.
* ``sealed_c_sanwen`` (an essay site): ``标题之N`` series (the number is part of the
  title, since every item shares the base), ``其N　小标题`` and ``第N章 标题`` serial pages
  (one page starts at chapter 4); per-essay author lines; like/comment bars mid-page;
  ``上一篇``/``下一篇``, ``原文链接``; single essays with a letter-spaced title and, on one
  page, a numbered list (``1.`` … ``3.``) inside the essay that must NOT be split.
* ``sealed_c_zhengce`` (a city portal's policy and regulation library): single regulations
  with ``第N章`` chapters, ``第N条`` clauses and ``（一）…`` lists that must NOT be split;
  compilations with ``01｜标题`` headers; metadata as a row of labels with full-width colons
  over a row of values, one ``label：`` line over its value line, or tab-separated; dates
  ``二〇二一年三月五日`` (printed with ``○`` on odd pages) / ``2021.3.5`` / ``2021年03月05日``;
  a notice with a ``1.`` list; redaction placeholders; document numbers ``〔2021〕12号``,
  ``[2021]12号``, ``(2021)第12号``; page counters ``—2/4—``.

Artifacts, each with its exact repair (``kind``, ``damaged`` line, ``fixed`` line): a stray
``?`` (line end, two as an indent, end of a title), a space inside a CJK word, a half-width
``,`` or ``;`` in CJK text, ``○`` for ``〇`` in a Chinese-numeral date, a paragraph broken
mid-sentence by a page counter (and running header), a letter-spaced title or heading.
Redaction placeholders (``××``, ``XX``) are content: the truth keeps them as printed.

Truth format as :mod:`tests.families.blind_families`: the title line of a single-document
page is its first content line; compilation header lines and metadata lines are neither
content nor chrome; article titles lose their numbering (``（N）``, ``１、``, ``Article N``,
``其N``, ``第N章``, ``01｜``) but keep ``之N``; document numbers as printed; dates YYYY-MM-DD.

Role ``sealed`` for all three: ``chrome_bench.py --sealed`` shows them; nobody tunes on
them.  ``python -m tests.families.blind_families_c`` rewrites them (deterministic).  Every
word is invented; domains are ``example`` domains.  Encodings and newlines: ``wenku``
UTF-8 with CRLF, ``sanwen`` GB18030, ``zhengce`` UTF-8.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import (
    CATEGORIES,
    ESSAYS,
    FW,
    MATTERS,
    SERIES,
    TOWNS,
    WORK,
    Art,
    Chrome,
    Gen,
    Made,
    cn_date,
    cn_small,
    counter,
    damage,
    iso,
)
from tests.families.blind_write import BlindFamily, write_families

HERE = Path(__file__).resolve().parent


def fam_wenku(g: Gen, i: int) -> Made:
    """A document-sharing site ('墨斗文库'): compilations and single documents."""
    r = g.r
    town = TOWNS[i % len(TOWNS)]
    forms = ["paren", "fullwidth", "article", "paren", "fullwidth", "fullwidth", "single", "single"]
    form = forms[i]
    if form == "paren":
        arts = [g.notice(r.choice(TOWNS), matter=x) for x in r.sample(MATTERS, r.randint(2, 3))]
        name = f"{arts[0].title}等{len(arts)}份通知汇编"
    elif form == "fullwidth":
        picks = r.sample(WORK, r.randint(3, 4))
        arts = [g.summary(f"{town}{w}工作年度小结") for w in picks]
        name = f"{town}年度工作小结范文{len(arts)}篇"
    elif form == "article":
        titles = ["A Letter to My Teacher", "The Ferry at Dawn", "My First Job", "Rainy Days"]
        arts = []
        for t in r.sample(titles, 3):
            body = [g.english() + " " + g.english() for _ in range(3)]
            arts.append(Art(t, body, list(body)))
        name = f"高中英语读后续写范文精选{len(arts)}篇"
    else:
        arts = [g.notice(town, lists=i == 7)]
        name = arts[0].title
    pages = r.randint(5, 12)
    page_no = counter(2, pages, lambda p, t: f"- {p} / {t} -")
    y, m, d = g.date()
    ext = "pdf" if form == "article" else "docx"
    head: Chrome = [
        ("header", f"{name}.{ext}_墨斗文库"),
        ("header", "墨斗文库 —— 找资料，上墨斗"),
        ("header", f"首页 / {'英语学习' if form == 'article' else '行政公文'} / 正文"),
        (
            "header",
            f"上传者：md_{r.randint(10000, 99999)}　　上传时间：{y}.{m}.{d}　　浏览：{r.randint(30, 9000)}次　　评分：{r.randint(30, 50) / 10}分",  # noqa: E501
        ),
        (
            "header",
            f"页数：{pages}页　大小：{r.randint(18, 300)}KB　下载所需积分：{r.randint(2, 9)}",
        ),
    ]
    mid: Chrome = [
        ("bar", f"┈┈ 登录后继续阅读，开通VIP本月可免积分下载{r.randint(5, 30)}份 ┈┈"),
        ("bar", f"剩余{r.randint(2, pages)}页未读，点击展开全文 ▼"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, start=1):
        header = {
            "paren": [f"（{n}）", a.title],
            "fullwidth": [f"{FW[n]}、{a.title}"],
            "article": [f"Article {n}  {a.title}"],
            "single": [],
        }[form]
        # the running page header: the document's name, or the article's header repeated
        run_head = header[0] if form == "fullwidth" else name

        def mark(run_head: str = run_head) -> list[tuple[str, str]]:
            return [("page_number", page_no()), ("header", run_head)]

        block: list[str] = []
        if form in ("paren", "single"):
            y2, m2, d2 = (int(x) for x in a.meta["published"].split("-"))
            kind = r.choice(["政办发", "建发", "应急字"])
            num = f"{a.meta['issuer'][:2]}{kind}〔{y2}〕{r.randint(2, 90)}号"
            cat = r.choice(CATEGORIES)
            a.meta |= {"doc_number": num, "category": cat}
            if form == "paren":
                block = [
                    f"发文机关 | {a.meta['issuer']} | 发文字号 | {num}",
                    f"成文日期 | {y2}年{m2:02d}月{d2:02d}日 | 主题分类 | {cat}",
                ]
                damage(g, a, ["page_break", "stray_q", "comma", "zero"], mark)
            else:
                block = [
                    f"发布单位\t{a.meta['issuer']}\t文号\t{num}",
                    f"发布日期\t{y2}.{m2}.{d2}\t分类\t{cat}",
                ]
                damage(g, a, ["page_break", "cjk_space", "zero"], mark)
        elif form == "fullwidth":
            damage(g, a, [r.choice(["page_break", "cjk_space"])], mark)
        if form == "single":
            # title, metadata, text with the login/VIP bar after its first paragraph
            a.lines = [a.title, *a.lines]
            body = a.page[:2] + [x for _, x in mid] + a.page[2:]
            lines += [a.title, *block, "", *body, ""]
            chrome += [*a.chrome, *mid]
            continue
        lines += [*header, *block, "", *a.page, ""]
        chrome += a.chrome
        if n == 1:  # the login/VIP bar between the first and the second article
            lines += [*[x for _, x in mid], ""]
            chrome += mid
    doc = 30000 + 71 * i
    foot: Chrome = [
        ("bar", "分享到：微信 | 微博 | QQ空间　　打印本文　　关闭页面"),
        ("notice", f"本文地址：https://www.modou-example.com/p/{doc}.html　转载请保留此链接"),
        (
            "notice",
            "墨斗文库资料均由用户上传分享，仅供学习交流；如涉及侵权，请联系客服，核实后下架处理。",
        ),
        ("related", "相关文档推荐"),
        ("related", f"{r.choice(TOWNS)}{r.choice(MATTERS)}实施细则.pdf"),
        ("related", f"{r.choice(MATTERS)}工作总结({r.randint(3, 30)}页)"),
        ("related", f"{r.choice(MATTERS)}经验交流材料　{r.randint(20, 900)}KB"),
        ("footer", "Copyright © 2014-2024 墨斗文库 版权所有　示ICP备00000001号-2"),
        ("footer", f"示公网安备 {r.randint(10**13, 10**14 - 1)}号"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, len(arts) > 1


def fam_sanwen(g: Gen, i: int) -> Made:
    """An essay site ('拾叶美文'): series, '其N', serial chapters, single essays."""
    r = g.r
    form = ["zhi", "qi", "chapter", "zhi", "qi", "chapter", "single", "single"][i]
    authors = ["林间风", "苏小禾", "老周", "青衫", "阿朴"]
    if form == "zhi":
        base = SERIES[i % len(SERIES)]
        arts = [g.essay(f"{base}之{cn_small(k)}", n=2) for k in range(1, r.randint(3, 4))]
        name = base
    elif form == "qi":
        picks = r.sample(ESSAYS[:6], r.randint(2, 3))
        arts = [g.essay(t, n=2) for t in picks]
        name = f"{r.choice(['四时', '旧巷', '乡居'])}小品{len(arts)}则"
    elif form == "chapter":
        picks = r.sample(["渡船", "灯下", "河湾", "远行", "归来", "腊八"], r.randint(2, 3))
        arts = [g.essay(t, n=3) for t in picks]
        name = f"{r.choice(['摆渡人', '槐花落'])}（连载）"
    else:
        t = ESSAYS[i % len(ESSAYS)] if i == 6 else "读书的几件小事"
        arts = [g.essay(t, n=3)]
        name = t
    first = 4 if i == 5 else 1
    y, m, d = g.date()
    head: Chrome = [
        ("header", f"{name}_散文随笔_拾叶美文网"),
        ("header", "拾叶美文网｜把平凡日子写成诗"),
        ("header", "您的位置：拾叶美文网 >> 散文随笔 >> 抒情散文 >> 正文"),
    ]
    if form == "single":
        head.append(
            (
                "header",
                f"时间：{iso(y, m, d)} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}　作者：{r.choice(authors)}　阅读：{r.randint(100, 9999)}",  # noqa: E501
            )
        )
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, start=first):
        if form == "single":
            a.lines = [a.title, *a.lines]
            spaced = " ".join(a.title)
            a.page = [spaced, *a.page]
            a.repairs.append({"kind": "letter_spaced", "damaged": spaced, "fixed": a.title})
            if i == 7:  # a numbered list inside the essay: one article, not three
                items = [f"{k}. {g.prose()}" for k in (1, 2, 3)]
                a.lines[2:2] = ["后来我给自己定了三条规矩：", *items]
                a.page[2:2] = ["后来我给自己定了三条规矩：", *items]
            damage(
                g,
                a,
                ["page_break", "stray_q_indent", "comma"],
                lambda: [("page_number", "—— 第 2 页 ——")],
            )
            lines += [*a.page, ""]
        else:
            header = {
                "zhi": [a.title],
                "qi": [f"其{cn_small(n)}　{a.title}"],
                "chapter": [f"第{cn_small(n)}章 {a.title}"],
            }[form]
            by = (
                f"文／{r.choice(authors)}　　{y}年{m:02d}月{d:02d}日　　{r.randint(50, 5000)}人读过"
            )
            damage(g, a, [r.choice(["cjk_space", "comma", "stray_q_indent"])])
            lines += [*header, by, *a.page, ""]
            chrome.append(("article_header", by))
        chrome += a.chrome
        if n == first:
            mid: Chrome = [("bar", f"♥ 赞一个（{r.randint(0, 300)}）　☆ 收藏　✎ 写评论")]
            lines += [*[x for _, x in mid], ""]
            chrome += mid
    others = r.sample([e for e in ESSAYS if e not in name and e not in [a.title for a in arts]], 4)
    foot: Chrome = [
        ("related", f"上一篇：{others[0]}"),
        ("related", f"下一篇：{others[1]}"),
        (
            "notice",
            f"原文链接：http://www.shiye-example.net/sanwen/{5000 + 37 * i}.html，转载请注明出处，谢谢合作。",  # noqa: E501
        ),
        ("bar", f"已有{r.randint(0, 80)}条评论，快来说说你的感受吧！"),
        ("bar", "请文明发言，登录后才能评论　[登录]　[注册]"),
        ("related", "猜你喜欢："),
        ("related", f"{others[2]}（散文）"),
        ("related", f"{others[3]}1500字"),
        ("footer", "拾叶美文网 www.shiye-example.net　投稿邮箱：tougao@shiye-example.net"),
        ("footer", "示ICP备20240002号-1"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, len(arts) > 1


def _meta_block(style: int, meta: dict[str, str], *, zero: bool) -> list[str]:
    """Metadata in one of three layouts (see the module docstring); ``zero``: the
    Chinese-numeral date printed with '○' for '〇' (the value is still YYYY-MM-DD)."""
    y, m, d = (int(x) for x in meta["published"].split("-"))
    if style == 0:  # a row of labels over a row of values
        date = cn_date(y, m, d).replace("〇", "○" if zero else "〇")
        return [
            "制定机关：　　发文字号：　　公布日期：",
            f"{meta['issuer']}　　{meta['doc_number']}　　{date}",
        ]
    if style == 1:  # one 'label：' line over its value line
        return [
            "发布机构：",
            meta["issuer"],
            "文　　号：",
            meta["doc_number"],
            "成文日期：",
            f"{y}.{m}.{d}",
            "索 引 号：",
            meta["index_no"],
        ]
    return [  # tab-separated
        f"索引号\t{meta['index_no']}\t主题分类\t{meta['category']}",
        f"发文机关\t{meta['issuer']}\t成文日期\t{y}年{m:02d}月{d:02d}日",
        f"发文字号\t{meta['doc_number']}",
    ]


def fam_zhengce(g: Gen, i: int) -> Made:
    """A city portal's policy library ('芷岚市人民政府'): regulations and compilations."""
    r = g.r
    town = "芷岚市"
    form = ["law", "law", "law", "list", "law", "list", "notice", "list"][i]
    if form == "law":
        a = g.statute(town, MATTERS[i % len(MATTERS)])
        arts = [a]
    elif form == "notice":
        arts = [g.notice(town, lists=True)]
    else:
        arts = [g.notice(town, matter=x) for x in r.sample(MATTERS, r.randint(2, 3))]
    name = arts[0].title if len(arts) == 1 else f"{arts[0].title[:10]}等{len(arts)}件-政策汇编"
    y, m, d = g.date()
    head: Chrome = [
        ("header", f"{name}-芷岚市人民政府门户网站"),
        ("header", "芷岚市人民政府　　山海之城 · 开放芷岚"),
        ("header", "无障碍浏览　长者模式　简体 | 繁體　登录 | 注册"),
        ("header", "当前所在：首页 - 信息公开 - 政策文件库"),
        (
            "header",
            f"信息时间：{iso(y, m, d)}　浏览次数：{r.randint(40, 9000)}　【字体：大 中 小】",
        ),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    total = r.randint(3, 5)
    page_no = counter(2, total, lambda p, t: f"—{p}/{t}—")
    for n, a in enumerate(arts, start=1):
        py = int(a.meta["published"][:4])
        num = [
            f"芷府规〔{py}〕{r.randint(1, 20)}号",
            f"芷政办发[{py}]{r.randint(1, 60)}号",
            f"({py})第{r.randint(1, 30)}号",
        ][(i + n) % 3]
        a.meta |= {"doc_number": num}
        style = (i + n) % 3
        if style == 1:
            a.meta["index_no"] = f"LC{r.randint(100000, 999999)}-{py}-{r.randint(10, 99)}"
        if style == 2:
            a.meta |= {
                "index_no": f"{r.randint(10000000, 99999999)}/{py}-{r.randint(1000, 9999)}",
                "category": r.choice(CATEGORIES),
            }
        block = _meta_block(style, a.meta, zero=i % 2 == 1)

        def mark() -> list[tuple[str, str]]:
            return [("page_number", page_no())]

        if form == "law":
            # a letter-spaced chapter heading, a stray '?' at the title's end
            ch = next(k for k, ln in enumerate(a.lines) if ln.startswith("第二章"))
            spaced = a.lines[ch][:4] + " ".join(a.lines[ch][4:])
            a.page[ch] = spaced
            a.repairs.append({"kind": "letter_spaced", "damaged": spaced, "fixed": a.lines[ch]})
            if i % 2 == 0:
                a.page[0] = a.title + "?"
                a.repairs.append({"kind": "stray_q", "damaged": a.page[0], "fixed": a.title})
            damage(g, a, ["page_break", "semicolon", "cjk_space"], mark)
            lines += [a.page[0], *block, "", *a.page[1:], ""]
        elif form == "notice":
            damage(g, a, ["page_break", "zero", "stray_q"], mark)
            a.lines = [a.title, *a.lines]
            lines += [a.title, *block, "", *a.page, ""]
        else:
            damage(g, a, [r.choice(["comma", "cjk_space"]), "zero"])
            lines += [f"{n:02d}｜{a.title}", *block, "", *a.page, ""]
        chrome += a.chrome
    foot: Chrome = [
        ("bar", "【打印本页】【关闭窗口】【收藏】【分享到微信】"),
        ("notice", f"本文链接：http://www.zhilan-example.gov.cn/zwgk/{y}{4000 + i}.html"),
        ("related", "相关文件："),
        ("related", f"{r.choice(MATTERS)}政策解读（图解）"),
        ("related", f"附件下载：{r.choice(MATTERS)}申报表.xls（{r.randint(20, 90)}KB）"),
        ("footer", "主办：芷岚市人民政府办公室　承办：芷岚市大数据中心"),
        (
            "footer",
            f"网站标识码：{r.randint(10**9, 10**10 - 1)}　示ICP备00000003号　示公网安备 {r.randint(10**13, 10**14 - 1)}号",  # noqa: E501
        ),
        ("footer", "建议使用1920×1080分辨率浏览本站"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, len(arts) > 1


FAMILIES = [
    BlindFamily("sealed_c_wenku", "sealed", "utf-8", "\r\n", 8, fam_wenku),
    BlindFamily("sealed_c_sanwen", "sealed", "gb18030", "\n", 8, fam_sanwen),
    BlindFamily("sealed_c_zhengce", "sealed", "utf-8", "\n", 8, fam_zhengce),
]


def generate(out: Path = HERE, *, seed_base: int = 7100) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    write_families(FAMILIES, out, seed_base=seed_base, gen=Gen)


if __name__ == "__main__":
    generate()
