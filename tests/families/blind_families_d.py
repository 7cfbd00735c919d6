"""Three more invented families for a third blind test of the generic layer (issue 12).

Written without running the pipeline, any test or any benchmark on them; they differ from
every family already here in header shapes, chrome wording and metadata layout:

* ``sealed_d_wendang`` (a document-sharing site, GB18030 with CRLF): compilations of work
  plans whose headers are ``一 标题`` (CJK numeral, a space, no comma), ``No.N 标题`` or
  ``【N】标题``; one compilation of only two plans; single plans.  Metadata on ONE line,
  ``发布单位：X；文号：Y；发布日期：2021/3/5``.  Chrome: cookie consent, breadcrumb with
  ``›``, an uploader card with follower counts, ``标签：`` list, an app-download/QR banner
  between articles, an 打赏 bar, a 温馨提示 block, related items ``1. 标题 2021-03-05``,
  page counters ``Page N of M``.  Redactions ``王*`` / ``1**``.
* ``sealed_d_suibi`` (an essay site, UTF-16 with BOM, LF): ``第N则 标题``, ``N）标题``,
  ``标题（上）`` / ``标题（下）`` (the part is kept in the title), ``N《标题》`` (the title is
  the text inside ``《》``); single essays, one with a nine-item ``1.`` list that must NOT
  split, one with a stray ``?`` after its title.  Metadata as a key/value line after the
  body: ``发布日期 2021/03/05`` or ``发表于 21-03-05``.  Chrome: 字号 大中小, breadcrumb
  with ``→``, author card, reward bar, tags, app banner, cookie line at the end, related
  ``1. 标题 2021-03-05``; page counters ``P2/3``.
* ``sealed_d_fagui`` (a law database, UTF-8, LF): single regulations of ``第N条``
  clauses with a long ``（一）`` … ``（十）`` list (no split); metadata in a two-column line
  ``发文机关：X    发文字号：Y`` over ``发布日期：2021年3月5日    时效性：现行有效``, or one
  line ``发布部门：X；发文字号：Y；发布日期：21-03-05；效力级别：…``; compilations with
  Roman ``Ⅰ. 标题`` headers (one with two articles); footer ``主办单位/承办单位/技术支持``;
  page counters ``·N·``.

Artifacts (exact repairs, as :mod:`tests.families.blind_c_text` ``damage``): stray ``?``,
a space inside a CJK word, half-width ``,`` / ``;``, ``○`` for ``〇``, a paragraph broken
mid-sentence by a page counter.  Redactions (``*``, ``××``, ``XX``) are content, kept as
printed.  Truth format exactly as :mod:`tests.families.blind_families_c` (header and
metadata lines are neither content nor chrome; titles lose their numbering; dates
YYYY-MM-DD).  Role ``sealed``.  ``python -m tests.families.blind_families_d`` rewrites them.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_d_text import ESSAY_T, OFFICES, PLACES, TOPICS, GenD
from tests.families.blind_write import BlindFamily, write_families

HERE = Path(__file__).resolve().parent
ROMAN = "ⅠⅡⅢⅣⅤ"
ABBR = dict(zip(OFFICES, ["交", "文旅", "民", "水", "教", "农"], strict=True))


def _related(g: GenD, titles: list[str]) -> Chrome:
    out: Chrome = []
    for k, t in enumerate(titles, 1):
        y, m, d = g.date()
        out.append(("related", f"{k}. {t} {iso(y, m, d)}"))
    return out


def fam_wendang(g: GenD, i: int) -> Made:  # type: ignore[override]
    """'知页文档': compilations of plans and single plans."""
    r = g.r
    form = ["cn", "no", "bracket", "cn", "no", "bracket", "single", "single"][i]
    place = PLACES[i % len(PLACES)]
    k = 2 if i == 3 else (1 if form == "single" else r.randint(3, 4))
    arts = [g.plan(place, t) for t in r.sample(TOPICS, k)]
    name = arts[0].title if k == 1 else f"{place}工作实施方案{k}篇（精选）"
    total = r.randint(4, 9)
    page_no = counter(2, total, lambda p, t: f"Page {p} of {t}")
    head: Chrome = [
        ("header", f"{name} - 知页文档"),
        ("header", "本站使用Cookie改善浏览体验，继续访问即表示您同意《隐私政策》　[我知道了]"),
        ("header", "知页文档 › 公文写作 › 实施方案"),
        (
            "header",
            f"上传达人：页边小记　粉丝 {r.randint(2, 90)}.{r.randint(1, 9)}万　文档 {r.randint(40, 900)}篇　＋关注",  # noqa: E501
        ),
        ("header", "标签：实施方案　工作方案　基层治理"),
    ]
    mid: Chrome = [("bar", "打开知页APP，扫码免费下载本文　▣ 长按识别二维码")]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        num = f"{a.meta['issuer'][:2]}{ABBR[a.meta['issuer'][len(place) :]]}函〔{y}〕{r.randint(3, 80)}号"  # noqa: E501
        a.meta["doc_number"] = num
        meta = f"发布单位：{a.meta['issuer']}；文号：{num}；发布日期：{y}/{m}/{d}"
        damage(g, a, ["page_break", "stray_q", "cjk_space", "zero"][: 2 + n % 3],
               lambda: [("page_number", page_no())])  # fmt: skip
        if form == "single":
            a.lines = [a.title, *a.lines]
            lines += [a.title, meta, "", *a.page[:1], *[x for _, x in mid], *a.page[1:], ""]
            chrome += [*a.chrome, *mid]
            continue
        hdr = {
            "cn": f"{cn_small(n)} {a.title}",
            "no": f"No.{n} {a.title}",
            "bracket": f"【{n}】{a.title}",
        }[form]
        lines += [hdr, meta, "", *a.page, ""]
        chrome += a.chrome
        if n == 1:
            lines += [*[x for _, x in mid], ""]
            chrome += mid
    foot: Chrome = [
        ("bar", f"觉得有用？打赏上传者　￥2　￥5　￥10　已有{r.randint(2, 60)}人打赏"),
        ("notice", "温馨提示："),
        ("notice", "1、本文档由用户上传，知页文档仅提供存储服务，不对内容负责。"),
        ("notice", "2、下载前请仔细阅读预览，下载后不支持退换积分。"),
        ("related", "相关推荐"),
        *_related(g, [f"{r.choice(PLACES)}{t}工作方案" for t in r.sample(TOPICS, 3)]),
        ("footer", "© 2017-2024 zhiye-example.com 知页文档　示ICP备00000012号-1"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_suibi(g: GenD, i: int) -> Made:  # type: ignore[override]
    """'青简随笔': essay series in four header shapes and single essays."""
    r = g.r
    form = ["ze", "paren", "ze", "updown", "book", "paren", "list", "single"][i]
    if form == "updown":
        base = r.choice(ESSAY_T)
        arts = [g.essay(f"{base}（{x}）") for x in "上下"]
        name = base
    elif form in ("list", "single"):
        t = ESSAY_T[i % len(ESSAY_T)]
        arts = [g.habits(t, 9) if form == "list" else g.essay(t, n=4)]
        name = t
    else:
        arts = [g.essay(t, n=2) for t in r.sample(ESSAY_T, r.randint(2, 4))]
        name = f"{r.choice(['乡居', '旧事', '小城'])}随笔{len(arts)}则"
    total = r.randint(2, 4)
    page_no = counter(2, total, lambda p, t: f"P{p}/{t}")
    head: Chrome = [
        ("header", f"{name}｜青简随笔"),
        ("header", "字号：大 中 小　　夜间模式　　返回顶部"),
        ("header", "首页 → 随笔 → 生活感悟"),
        (
            "header",
            f"青简作者 老槐　粉丝 {r.randint(100, 9999)}　关注 {r.randint(1, 40)}　获赞 {r.randint(1, 9)}.{r.randint(1, 9)}万",  # noqa: E501
        ),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        kinds = ["comma", "cjk_space", "stray_q_indent", "page_break"]
        if form == "list":
            kinds = ["comma", "page_break"]
        elif len(arts) > 1:
            kinds = kinds[n % 2 :: 2]
        damage(g, a, kinds, lambda: [("page_number", page_no())])
        tail: list[str] = []
        if form in ("updown", "list", "single"):
            y, m, d = g.date()
            a.meta["published"] = iso(y, m, d)
            tail = [
                f"发布日期 {y}/{m:02d}/{d:02d}"
                if n == 1
                else f"发表于 {y % 100:02d}-{m:02d}-{d:02d}"
            ]
        if form in ("list", "single"):
            top = a.title
            if form == "single":
                top = a.title + "?"
                a.repairs.append({"kind": "stray_q", "damaged": top, "fixed": a.title})
            a.lines = [a.title, *a.lines]
            lines += [top, "", *a.page, *tail, ""]
        else:
            hdr = {
                "ze": f"第{cn_small(n)}则 {a.title}",
                "paren": f"{n}）{a.title}",
                "updown": a.title,
                "book": f"{n}《{a.title}》",
            }[form]
            lines += [hdr, *a.page, *tail, ""]
        chrome += a.chrome
        if n == 1:
            mid: Chrome = [
                ("bar", f"喜欢这篇文字，就请作者喝杯茶吧　[打赏]　♡ {r.randint(3, 400)}")
            ]
            lines += [*[x for _, x in mid], ""]
            chrome += mid
    foot: Chrome = [
        ("footer", "标签：散文　回忆　亲情　慢生活"),
        ("notice", "温馨提示：本站文字均为作者原创，未经授权请勿转载。"),
        ("bar", "下载青简APP，随时随地读好文（扫描右侧二维码）"),
        ("related", "你可能还喜欢"),
        *_related(g, r.sample([e for e in ESSAY_T if e not in name], 3)),
        ("footer", "青简随笔 qingjian-example.org　联系我们 | 隐私政策 | 用户协议"),
        ("footer", "我们使用 Cookie 记住您的偏好设置。[接受] [拒绝]"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_fagui(g: GenD, i: int) -> Made:  # type: ignore[override]
    """'律研法规库': single regulations, Roman-numbered compilations, a single plan."""
    r = g.r
    form = ["rule", "rule", "rule", "roman", "rule", "roman", "roman", "plan"][i]
    place = PLACES[(i + 2) % len(PLACES)]
    if form == "rule":
        arts = [g.rules(place, TOPICS[i], items=8 + i % 3)]
    elif form == "plan":
        arts = [g.plan(place, TOPICS[i])]
    else:
        arts = [g.plan(place, t) for t in r.sample(TOPICS, 2 if i == 6 else 3)]
    name = arts[0].title if len(arts) == 1 else f"{place}实施方案汇编（{len(arts)}件）"
    total = r.randint(3, 6)
    page_no = counter(2, total, lambda p, t: f"·{p}·")
    head: Chrome = [
        ("header", f"{name}_律研法规库"),
        ("header", "律研法规库 — 让检索更简单"),
        ("header", f"首页 → 地方法规 → {place} → 正文"),
        ("header", "字号 大 中 小　｜　下载Word　｜　收藏　｜　纠错"),
        (
            "header",
            "我们会使用Cookie以提供更好的检索服务，点击“同意”即表示您已阅读并接受隐私条款。",
        ),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        y, m, d = g.date()
        issuer = f"{place}人民政府" if form == "rule" else a.meta["issuer"]
        if form != "rule":
            y, m, d = (int(x) for x in a.meta["published"].split("-"))
        num = (
            f"{place[:2]}政规〔{y}〕{r.randint(1, 30)}号"
            if form == "rule"
            else f"{place[:1]}办发[{y}]{r.randint(1, 99)}号"
        )
        a.meta = {"issuer": issuer, "doc_number": num, "published": iso(y, m, d)}
        if (i + n) % 2 == 0:
            meta = [
                f"发文机关：{issuer}    发文字号：{num}",
                f"发布日期：{y}年{m}月{d}日    时效性：现行有效",
            ]
        else:
            meta = [
                f"发布部门：{issuer}；发文字号：{num}；发布日期：{y % 100:02d}-{m:02d}-{d:02d}；效力级别：地方规范性文件"  # noqa: E501
            ]
        mark = lambda: [("page_number", page_no())]  # noqa: E731
        if form == "rule":
            a.lines = [a.title, *a.lines]
            a.page = [a.title + ("?" if i % 2 == 0 else ""), *a.page]
            if i % 2 == 0:
                a.repairs.append({"kind": "stray_q", "damaged": a.page[0], "fixed": a.title})
            damage(g, a, ["page_break", "semicolon", "cjk_space"], mark)
            lines += [a.page[0], *meta, "", *a.page[1:], ""]
        elif form == "plan":
            damage(g, a, ["page_break", "comma", "zero"], mark)
            a.lines = [a.title, *a.lines]
            lines += [a.title, *meta, "", *a.page, ""]
        else:
            damage(g, a, [r.choice(["comma", "cjk_space"]), "zero"])
            lines += [f"{ROMAN[n - 1]}. {a.title}", *meta, "", *a.page, ""]
        chrome += a.chrome
    foot: Chrome = [
        ("notice", "温馨提示：本库文本仅供参考，请以发布机关公布的正式文本为准。"),
        ("related", "相关法规"),
        *_related(g, [f"{r.choice(PLACES)}{t}管理规定" for t in r.sample(TOPICS, 2)]),
        ("footer", "主办单位：律研数据中心　承办单位：示例信息技术有限公司"),
        ("footer", "技术支持：示例云　备案号：示ICP备00000009号-4"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


FAMILIES = [
    BlindFamily("sealed_d_wendang", "sealed", "gb18030", "\r\n", 8, fam_wendang),
    BlindFamily("sealed_d_suibi", "sealed", "utf-16", "\n", 8, fam_suibi),
    BlindFamily("sealed_d_fagui", "sealed", "utf-8", "\n", 8, fam_fagui),
]


def generate(out: Path = HERE, *, seed_base: int = 8200) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    write_families(FAMILIES, out, seed_base=seed_base, gen=GenD)


if __name__ == "__main__":
    generate()
