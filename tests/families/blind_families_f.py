"""Four more invented families for a fifth blind test of the generic layer (issue 12).

Written without reading the code under test and without running the pipeline, any test or
any benchmark on them; they differ from every family already here in site kind, header
shapes, chrome wording and metadata layout:

* ``sealed_f_xueyuan`` (a college news and notice portal, UTF-16 with BOM, LF): single news
  items whose title is followed by ONE credit row, either
  ``文/X　图/Y　审核/Z　　2021年03月05日　　浏览：312次`` (slash credits) or
  ``时间：2021-03-05　来源：X　作者：Y　摄影：Z　审核：W　点击数：312``; a notice with a
  ``（1）`` … ``（5）`` list that must NOT split (its sign-off date is content and gives
  ``published``); compilations (学院新闻周报) whose headers are ``2021-03-05｜标题`` (the
  date is the piece's ``published``, no other metadata) or ``No.2　标题`` followed by a
  slash-credit row.  Chrome: 学院 banner, a long nav bar, ``当前位置：首页 >> 学院新闻 >>
  正文``, ``【字体：大 中 小】``, ``↑ 返回本期目录`` between pieces, ``上一条：``/``下一条：``,
  ``[ 关闭本页 ]``, copyright/address, a visitor counter; page breaks are a pager line
  ``共5页　上一页　2　下一页``.
* ``sealed_f_gonggao`` (a listed company's announcements on a disclosure platform,
  GB18030, CRLF): the metadata row ``证券代码：603918　　证券简称：鸥港新材　　公告编号：
  2021-017`` stands ABOVE the title (or as three stacked lines, with a 债券代码 line);
  single announcements, one with ``●`` points under ``重要内容提示：`` that must NOT split;
  compilations whose only header cue is a bare ``公告编号：2021-0NN`` line followed by the
  title, or ``【公告 2/3】标题`` followed by a one-line code row.  Chrome: platform banner,
  ``行情　公告　研报　互动问答``, ``PDF原文（213KB）　[下载]　[加入自选]``,
  ``— 以下为同期其他公告 —`` between announcements, a risk disclaimer, ``相关公告`` items,
  footer; page breaks are a running foot ``鸥港新材公告　2/6``.
  Meta: doc_number = the value after 公告编号, issuer = the sign-off verbatim
  (``鸥港新材料股份有限公司董事会``), published = the sign-off date.
* ``sealed_f_wenda`` (a health question-and-answer site, UTF-8 with BOM, CRLF): single
  answers titled by the question (ending ``？``) under a review line
  ``✔ 本文由 刘某某（主治医师·全科）审核　｜　最近更新：2021/03/05``; one answer carries
  ``问：``/``答：`` follow-up pairs and a ``小贴士：`` list with ``·`` items that must NOT
  split; compilations (热门问答精选) with ``❶ 问题？`` or ``【第2问】问题？`` headers, each
  followed by ``回答：赵某（儿科）　2021/03/05``.  Chrome: site banner with a search box,
  ``科室导航：…``, ``这个回答对你有帮助吗？　有用 23　没用 2`` after each answer, a
  免责声明, ``相关问题`` items, footer with a licence number; page breaks ``(2/5)``.
* ``sealed_f_biaozhun`` (a standards information site, UTF-8, LF): single group standards
  under a pipe table (``标准编号 | T/HTJS 012—2021``, ``标准名称 | …``, ``发布日期 | … |
  实施日期 | …``, ``发布单位 | …``) or a cover-style line ``T/HTJS 012—2021　　2021-03-05发布
  2021-06-01实施　　发布单位``; the body's ``前言``, ``1 范围`` … ``4 检查与记录`` and
  ``3.1`` clauses must NOT split; compilations with ``§2 名称`` or ``﹝2﹞名称`` headers, each
  followed by the cover-style line.  Chrome: site banner, nav bar, ``在线预览　|　收藏　|
  纠错　|　分享``, ``※ 下一项标准 ※`` between standards, a 声明, ``相关标准`` items
  ``· 名称（现行）``, footer; page breaks are a bare Roman numeral line ``Ⅱ``.
  Meta: doc_number, issuer (发布单位), published (发布), effective (实施).

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``/``;``, ``○`` for ``〇`` in the sign-off date, a paragraph
broken mid-sentence by a page counter.  Redactions (``刘某某``, ``××××``) are content.
Truth as :mod:`tests.families.blind_families_e`: header, credit and metadata rows are
neither content nor chrome, titles lose their numbering (``2021-03-05｜``, ``No.2``,
``【公告 2/3】``, ``❶``, ``【第2问】``), dates YYYY-MM-DD.  Arguable and fixed here: the
board's guarantee sentence of an announcement is content (it is part of the filed text);
the 小贴士 list belongs to the answer; the site's 免责声明 is chrome; 来源/作者/摄影/审核
and the reviewing doctor are left out of the meta (no agreed key); ``2021-03-05｜`` is the
piece's date, not part of its title.  ``python -m tests.families.blind_families_f``
rewrites them.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, counter, damage, iso
from tests.families.blind_f_text import (
    ANN,
    ASSOC,
    CALLS,
    CO,
    COLLEGE,
    DEPT,
    DOCS,
    NAMES,
    NEWS_T,
    QUEST,
    SHORT,
    STD,
    GenF,
    GenS,
)
from tests.families.blind_write import BlindFamily, write_families

HERE = Path(__file__).resolve().parent
DARK = "❶❷❸❹❺"


def _credit(g: GenF, y: int, m: int, d: int, style: int) -> str:
    """A college credit row: slash credits, or labelled fields with 来源."""
    r = g.r
    a, b, c = r.sample(NAMES, 3)
    if style == 0:
        return (
            f"文/{a}　图/{b}　审核/{c}　　{y}年{m:02d}月{d:02d}日　　浏览：{r.randint(40, 999)}次"
        )
    return f"时间：{iso(y, m, d)}　来源：{COLLEGE[4:]}　作者：{a}　摄影：{b}　审核：{c}　点击数：{r.randint(40, 999)}"  # noqa: E501


def fam_xueyuan(g: GenF, i: int) -> Made:  # type: ignore[override]
    """'鹤汀大学材料与化工学院': news, a listed notice, weekly compilations."""
    r = g.r
    form = ["news", "dated", "list", "no", "news", "dated", "no", "news"][i]
    if form in ("dated", "no"):
        arts = [g.news(t, n=2) for t in r.sample(NEWS_T, 3 if i < 5 else 2)]
        name = f"学院新闻周报（第{i + 11}期）"
    elif form == "list":
        arts = [g.call(CALLS[i % 4], items=5)]
        name = arts[0].title
    else:
        arts = [g.news(NEWS_T[i], n=4)]
        name = arts[0].title
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"共{t}页　上一页　{p}　下一页")
    head: Chrome = [
        ("header", f"{COLLEGE} - {'通知公告' if form == 'list' else '学院新闻'}"),
        (
            "header",
            "首页 | 学院概况 | 师资队伍 | 本科教学 | 研究生教育 | 科学研究 | 党群工作 | 校友之家",
        ),
        ("header", f"当前位置：首页 >> {'通知公告' if form == 'list' else '学院新闻'} >> 正文"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    mark = lambda: [("page_number", page_no())]  # noqa: E731
    if len(arts) == 1:
        a = arts[0]
        size: Chrome = [("bar", "【字体：大 中 小】")]
        if form == "list":
            kinds = ["zero", "page_break", "semicolon"]
            lines += [a.title, *[x for _, x in size], ""]
        else:
            y, m, d = g.date()
            a.meta = {"published": iso(y, m, d)}
            kinds = ["page_break", ["cjk_space", "stray_q", "comma"][i % 3]]
            lines += [a.title, _credit(g, y, m, d, i % 2), *[x for _, x in size], ""]
        chrome += size
        damage(g, a, kinds, mark)
        a.lines = [a.title, *a.lines]
        lines += [*a.page, ""]
        chrome += a.chrome
    else:
        lines += [name, ""]
        chrome = [*head, ("header", name)]
        y, m, d0 = g.date()  # one week's news: the same month, days running down
        for n, a in enumerate(arts, 1):
            d = d0 - n + 1 if d0 > 3 else d0 + n
            a.meta = {"published": iso(y, m, d)}
            damage(g, a, [["comma", "cjk_space", "stray_q"][n % 3]])
            if form == "dated":
                lines += [f"{iso(y, m, d)}｜{a.title}", *a.page, ""]
            else:
                lines += [f"No.{n}　{a.title}", _credit(g, y, m, d, 0), *a.page, ""]
            if n < len(arts):
                gap: Chrome = [("bar", "↑ 返回本期目录")]
                lines += [*[x for _, x in gap], ""]
                chrome += gap
    prev, nxt = r.sample([t for t in NEWS_T if t not in [a.title for a in arts]], 2)
    foot: Chrome = [
        ("related", f"上一条：{prev}"),
        ("related", f"下一条：{nxt}"),
        ("bar", "[ 关闭本页 ]"),
        ("footer", f"Copyright © {COLLEGE}　地址：鹤汀市滨湖大道1号　邮编：000000"),
        ("footer", f"您是本站第 {r.randint(10**6, 10**7 - 1):08d} 位访客"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_gonggao(g: GenF, i: int) -> Made:  # type: ignore[override]
    """'汀证信息披露平台': single announcements and compilations of a company's filings."""
    r = g.r
    form = ["single", "bare", "bullet", "frac", "single", "bare", "frac", "single"][i]
    year = 2016 + i
    nos = sorted(r.sample(range(3, 90), 3))
    if form in ("bare", "frac"):
        k = 2 if i == 6 else 3
        arts = [g.announce(t, f"{year}-{nos[j]:03d}") for j, t in enumerate(r.sample(ANN, k))]
        name = f"{SHORT}（603918）近期公告汇总"
    else:
        arts = [g.announce(ANN[i % 6], f"{year}-{nos[0]:03d}", bullets=4 if i == 2 else 0)]
        name = arts[0].title
    page_no = counter(2, r.randint(3, 6), lambda p, t: f"{SHORT}公告　{p}/{t}")
    head: Chrome = [
        ("header", f"{name}_汀证信息披露平台"),
        ("header", "汀证信息披露平台　|　行情　公告　研报　互动问答"),
        ("header", f"PDF原文（{r.randint(90, 900)}KB）　[下载]　[加入自选]"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    mark = lambda: [("page_number", page_no())]  # noqa: E731
    for n, a in enumerate(arts, 1):
        no = a.meta["doc_number"]
        has_zero = a.lines[-1].startswith("二〇")
        if len(arts) == 1:
            kinds = ["page_break", ["comma", "cjk_space", "semicolon", "stray_q"][i % 4]]
            damage(g, a, kinds + (["zero"] if has_zero else []), mark)
            if i % 2:
                code = [f"证券代码：603918　　证券简称：{SHORT}　　公告编号：{no}"]
            else:
                code = ["证券代码：603918", f"证券简称：{SHORT}", f"公告编号：{no}"]
                code.append("债券代码：113777　债券简称：鸥港转债")
            a.lines = [a.title, *a.lines]
            lines += [*code, "", a.title, "", *a.page, ""]
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            if form == "bare":
                lines += [f"公告编号：{no}", a.title, *a.page, ""]
            else:
                hdr = f"【公告 {n}/{len(arts)}】{a.title}"
                lines += [hdr, f"证券代码：603918　证券简称：{SHORT}　公告编号：{no}", *a.page, ""]
        chrome += a.chrome
        if n == 1 and len(arts) > 1:
            gap: Chrome = [("bar", "— 以下为同期其他公告 —")]
            lines += [*[x for _, x in gap], ""]
            chrome += gap
    others = [t for t in ANN if t not in [a.title[len(CO) : -3] for a in arts]]
    foot: Chrome = [
        (
            "notice",
            "风险提示：以上内容由上市公司发布，本平台不对其真实性负责，投资者据此操作风险自担。",
        ),
        ("related", "相关公告"),
        *[("related", f"· {SHORT}：{t}的公告") for t in r.sample(others, 2)],
        ("footer", "汀证信息 © 2024　客服邮箱 service@example.com　示ICP备00000057号"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_wenda(g: GenF, i: int) -> Made:  # type: ignore[override]
    """'康语问医': single answers (one with 问/答 pairs and tips), answer compilations."""
    r = g.r
    form = ["single", "dark", "qa", "di", "single", "dark", "di", "single"][i]
    if form in ("dark", "di"):
        arts = [g.answer(q) for q in r.sample(QUEST, 2 if i == 6 else 3)]
        name = f"热门问答精选：{arts[0].title[:-1]}等{len(arts)}问"
    else:
        arts = [g.answer(QUEST[i], pairs=2 if form == "qa" else 0, tips=4 if form == "qa" else 0)]
        name = arts[0].title
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"({p}/{t})")
    head: Chrome = [
        ("header", f"{name}_康语问医"),
        ("header", "康语问医 · 有问题 问医生　　[ 搜索症状、疾病、药品 ]　[我要提问]"),
        ("header", "科室导航：全科 | 内科 | 儿科 | 眼科 | 康复科 | 更多 »"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]

    def helpful() -> Chrome:
        return [("bar", f"这个回答对你有帮助吗？　有用 {r.randint(3, 99)}　没用 {r.randint(0, 9)}")]

    for n, a in enumerate(arts, 1):
        y, m, d = g.date()
        a.meta = {"published": iso(y, m, d)}
        doc, dept = r.choice(DOCS), r.choice(DEPT)
        if len(arts) == 1:
            kinds = ["page_break", ["comma", "stray_q", "cjk_space", "semicolon"][i % 4]]
            if form == "qa":
                kinds = ["page_break", "cjk_space", "comma"]
            damage(
                g, a, [k for k in kinds if k != "semicolon"], lambda: [("page_number", page_no())]
            )
            review = f"✔ 本文由 {doc}（主治医师·{dept}）审核　｜　最近更新：{y}/{m:02d}/{d:02d}"
            a.lines = [a.title, *a.lines]
            lines += [a.title, review, "", *a.page, ""]
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            hdr = f"{DARK[n - 1]} {a.title}" if form == "dark" else f"【第{n}问】{a.title}"
            lines += [hdr, f"回答：{doc}（{dept}）　{y}/{m:02d}/{d:02d}", *a.page, ""]
        chrome += a.chrome
        mid: Chrome = helpful()
        lines += [*[x for _, x in mid], ""]
        chrome += mid
    others = r.sample([q for q in QUEST if q + "？" not in [a.title for a in arts]], 3)
    foot: Chrome = [
        (
            "notice",
            "免责声明：本站内容仅供健康科普参考，不能代替医生面对面诊疗，如有不适请及时就医。",
        ),
        ("related", "相关问题"),
        *[("related", f"· {q}？") for q in others],
        ("footer", "康语问医 kangyu.example.com　互联网药品信息服务资格证书编号（示）-2024-0000"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def _std_row(a_meta: dict[str, str], title: str, style: int) -> list[str]:
    """Standard metadata: a pipe table, or a cover-style '…发布　…实施' line."""
    m = a_meta
    if style == 0:
        return [
            f"标准编号 | {m['doc_number']}",
            f"标准名称 | {title}",
            f"发布日期 | {m['published']} | 实施日期 | {m['effective']}",
            f"发布单位 | {m['issuer']}",
        ]
    return [f"{m['doc_number']}　　{m['published']}发布　　{m['effective']}实施　　{m['issuer']}"]


def fam_biaozhun(g: GenS, i: int) -> Made:  # type: ignore[override]
    """'鹤汀标准信息服务网': single group standards and compilations of standards."""
    r = g.r
    form = ["table", "sec", "cover", "brk", "table", "sec", "brk", "cover"][i]
    names = r.sample(STD, 2 if i == 6 else 3) if form in ("sec", "brk") else [STD[i % 6]]
    arts = [g.standard(t, "", r.choice(ASSOC)) for t in names]
    for a in arts:
        a.meta["doc_number"] = f"T/HTJS {r.randint(1, 60):03d}—{a.meta['published'][:4]}"
    name = arts[0].title if len(arts) == 1 else f"团体标准汇编：{arts[0].title}等{len(arts)}项"
    roman = "ⅡⅢⅣⅤⅥⅦ"
    page_no = counter(2, r.randint(3, 6), lambda p, t: roman[p - 2])
    head: Chrome = [
        ("header", f"{name} - 鹤汀标准信息服务网"),
        ("header", "标准检索 | 标准动态 | 团体标准 | 地方标准 | 标准解读 | 会员服务"),
    ]
    tools: Chrome = [("bar", "在线预览　|　收藏　|　纠错　|　分享")]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        if len(arts) == 1:
            kinds = ["page_break", ["comma", "cjk_space", "semicolon", "stray_q"][i % 4]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            row = _std_row(a.meta, a.title, 0 if form == "table" else 1)
            a.lines = [a.title, *a.lines]
            lines += [a.title, *row, *[x for _, x in tools], "", *a.page, ""]
            chrome += tools
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            hdr = f"§{n} {a.title}" if form == "sec" else f"﹝{n}﹞{a.title}"
            lines += [hdr, *_std_row(a.meta, a.title, 1), "", *a.page, ""]
        chrome += a.chrome
        if n < len(arts):
            gap: Chrome = [("bar", "※ 下一项标准 ※")]
            lines += [*[x for _, x in gap], ""]
            chrome += gap
    others = r.sample([t for t in STD if t not in names], 2)
    foot: Chrome = [
        ("notice", "声明：本站提供的标准文本仅供学习参考，如有出入，以正式出版的标准文本为准。"),
        ("related", "相关标准"),
        *[("related", f"· {t}（现行）") for t in others],
        ("footer", "鹤汀标准信息服务网 std.example.org　服务热线 0000-0000000　示ICP备00000063号"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


FAMILIES = [
    BlindFamily("sealed_f_xueyuan", "sealed", "utf-16", "\n", 8, fam_xueyuan),
    BlindFamily("sealed_f_gonggao", "sealed", "gb18030", "\r\n", 8, fam_gonggao),
    BlindFamily("sealed_f_wenda", "sealed", "utf-8-sig", "\r\n", 8, fam_wenda),
    BlindFamily("sealed_f_biaozhun", "sealed", "utf-8", "\n", 8, fam_biaozhun),
]


def generate(out: Path = HERE, *, seed_base: int = 600) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    write_families(FAMILIES, out, seed_base=seed_base, gen=GenS)


if __name__ == "__main__":
    generate()
