"""Four more invented families for a seventh blind test of the generic layer (issue 12).

Written without reading the code under test and without running the pipeline, any test or
any benchmark on them; they differ from every family already here in site kind, header
shapes, chrome wording, metadata layout and page marks:

* ``sealed_h_zhuanli`` (a patent abstract database, UTF-8, CRLF): single records whose bare
  title (the filed name ``一种……``) is followed by a label-over-value metadata stack (``申请号``
  on one line, its value on the next; then 申请日, 公开号, 公开日 ``2021.07.16``, 申请人,
  发明人); the body's ``摘要`` paragraph, ``权利要求`` claims ``1.`` … ``6.`` (each claim
  after the first cites the one before) and the ``说明书`` excerpt (技术领域, 背景技术) are
  ONE article and must NOT split; compilations (检索结果导出) with ``Record 2 ▏标题`` headers
  followed by an English key=value row ``PN=CN1…A; PD=2021-07-16; PA=申请人``, or
  ``〔二〕标题`` headers followed by ``公开号=… | 公开日=2021/7/16 | 申请人=…``.  Chrome:
  ``标题 - 知岸专利检索`` (or the search-result title) and a crumb trail, a ``⤓ 导出PDF　☆
  收藏　⎘ 复制著录项`` bar, a login/VIP prompt, ``▲ 返回检索结果列表`` between records, a
  版权提示, ``相似专利推荐`` items ``▹ 名称``, footer; page breaks ``Page 2 of 5``.
  Meta: doc_number (公开号), issuer (申请人), published (公开日); 申请号, 申请日 and the
  inventors are left out (no agreed key).
* ``sealed_h_fangzhi`` (a local-chronicle archive, GB18030, LF): single volumes (``水利志``)
  whose bare title is followed by a two-column grid ``档　　号：GCDZ-2012-007　　　　载　　体：
  纸本／数字化`` / ``编纂单位：X　　成文日期：2012年10月8日``; the body's ``第一章　概述`` …
  ``第三章　大事纪略`` sections, the ``1987年，`` year entries and the ``附记`` with its
  compiler and CJK sign-off date must NOT split; compilations (风物条目选编) of short
  entries with ``卷二·永安石桥`` or ``㈡永安石桥`` headers, each followed by a slash row
  ``档号 GCDZ-2012-007 ／ 编纂单位 ／ 2012.10.08``.  Chrome: ``卷三·水利志 - 菰川县志（1986—
  2005） - 菰川地情资料库`` (the 卷 numbers the book, not the page), a ``方志馆 › …`` trail,
  ``原书扫描件　|　纠错反馈　|　引用本条``, a reader-login prompt, ``· · · 本条完 · · ·``
  between entries, a 版权说明, ``同卷条目`` items ``◇ 名称``, footer; page breaks ``【第2页】``.
  Meta: doc_number (档号), issuer (编纂单位), published (成文日期 / the sign-off date).
* ``sealed_h_luntan`` (a cycling forum's thread export, UTF-8 with BOM, CRLF): single threads
  whose bare title is followed by ``楼主：X　|　发表于 2021-3-5 20:14　|　查看：1203　|　回复：
  12``; the first post (one with a ``D1：`` … ``D4：`` day list), and the replies, each under
  a floor row ``2楼　用户　发表于 2021-3-6 9:02``, are ONE article (the thread) and must NOT
  split; one reply opens with a quote line ``引用 楼主：……`` (content: it is what the reply
  says); compilations (精华帖合辑) with ``TOP 2｜标题`` or ``Thread 2/3 » 标题`` headers, each
  followed by ``楼主 X · 2021-3-5 · 回复 12``.  Chrome: ``标题 - 长途骑行 - 青岚骑行论坛``, a
  ``青岚骑行论坛 » …`` trail, ``只看楼主　|　倒序浏览　|　打印本帖``, signature lines
  ``签名档｜…`` and ``回复　引用　举报　|　支持 N　反对 N`` after each post, ``━ 下一帖 ━``
  between threads, a repost notice and a login/VIP prompt, ``相关帖子`` items ``» 标题``,
  footer; page breaks ``第 2 / 4 页``.  Floor rows are neither content nor chrome.
  Meta: published (the first post's date); users, views and reply counts are left out.
* ``sealed_h_caipu`` (a recipe site, UTF-8, LF): single recipes whose bare title (the dish)
  is followed by an English-label row ``Author: X　Date: 2021-03-05　Serves: 2人份　Time: 30
  min``; the intro, the ``用料`` rows (``小葱　3根``), the ``做法`` steps ``步骤1　…`` …
  ``步骤6　…`` and the ``小贴士`` are ONE article and must NOT split; compilations (一周家常菜单)
  with ``第②道　菜名`` headers followed by ``Date: 2021/3/5 · Time: 20 min`` or ``周二 · 菜名``
  headers followed by ``Author: X | Date: 2021-03-05``.  Chrome: the SEO title
  ``菜名的做法_菜名怎么做好吃_灶边食谱网``, a ``位置：菜谱大全 · …`` trail, a ``♡ 收藏 N　✓
  做过 N　↗ 分享`` bar, a member prompt, ``～ 下一道菜 ～`` between recipes, a copyright
  notice, ``猜你喜欢`` items ``» 菜名的做法``, footer; page breaks ``‹ 2 ›``.
  Meta: published (Date); the author, servings and time are left out.

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the chronicle's sign-off date, a
paragraph broken mid-sentence by a page mark.  Truth as
:mod:`tests.families.blind_families_g`: header, credit, floor and metadata rows (and the
patent's label lines) are neither content nor chrome; titles lose their numbering
(``Record 2 ▏``, ``〔二〕``, ``卷二·``, ``㈡``, ``TOP 2｜``, ``Thread 2/3 »``, ``第②道``,
``周二 ·``); dates YYYY-MM-DD.  Arguable and fixed here: a forum thread is one article
(the replies belong to it, their floor rows do not); the quote line is content; signatures
and the forum's repost notice are chrome although the notice reads like prose; the patent's
说明书 excerpt belongs to the record; the chronicle's 附记, compiler and date are content
(the sign-off of the volume), and in a compilation ``卷二·`` is the entry's running number
(it runs 卷一, 卷二, 卷三 down the page), not part of its name, as ``周二 ·`` is in the
weekly menu (周一, 周二, 周三); the recipe's 用料 rows are content; the section labels
(摘要, 权利要求, 说明书, 附记, 用料, 做法, 小贴士) recur on every page of their family and are
still content; the 申请人 of a patent is its issuer, the 编纂单位 of a chronicle volume.
``python -m tests.families.blind_families_h`` rewrites them and checks the truth against the
pages (:func:`check`).

Measured blind at ``736678a`` (before any fix for set g) and again after the g structure
fixes (``ebe1415``), the same both times (one folder; F1 / residue / titles / counts /
repairs / metadata): caipu .855 / .145 / 0 / .5 / .789 / 0; fangzhi .799 / .68 / 0 / .5 /
.913 / 0 (per family residue .307, meta .178); luntan .845 / .199 / .133 / .625 / 1.0 / 0;
zhuanli .815 / .40 / .267 / .5 / 1.0 / 0 (per family .858 / .107).  Then fixed by kind
(fix12q structure, fix12r chrome and repairs, fix12s template joins).
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_h_text import (
    APPLICANT,
    BOARD,
    COMPILER,
    DISHES,
    ENTRY,
    GADGET,
    INVENTOR,
    SIGS,
    THREADS,
    USERS,
    VOLS,
    GenH,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
PAREN = "㈠㈡㈢㈣"
CIRCLE = "①②③④"


def _join(lines: list[str], chrome: Chrome, more: Chrome) -> None:
    """Put chrome rows on the page and in the truth."""
    lines += [x for _, x in more]
    chrome += more


def fam_zhuanli(g: GenH, i: int) -> Made:  # type: ignore[override]
    """'知岸专利检索': single patent records and 检索结果导出 compilations."""
    r = g.r
    form = ["single", "rec", "claims", "kuo", "single", "rec", "kuo", "single"][i]
    if form in ("rec", "kuo"):
        ks = r.sample(range(len(GADGET)), 2 if i == 6 else 3)
        arts = [g.patent(k, r.choice(APPLICANT), claims=2, spec=False) for k in ks]
        head: Chrome = [
            ("header", f"检索结果导出（共{len(arts)}条）｜知岸专利检索"),
            ("header", "检索式：申请人=（洛禾 OR 菰川 OR 岸芷 OR 汀兰）　排序：公开日降序"),
        ]
    else:
        arts = [g.patent(i, r.choice(APPLICANT), claims=6 if form == "claims" else 3)]
        head = [
            ("header", f"{arts[0].title} - 知岸专利检索"),
            ("header", "首页 > 专利检索 > 检索结果 > 专利详情"),
        ]
    page_no = counter(2, r.randint(3, 6), lambda p, t: f"Page {p} of {t}")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        no = f"CN1{r.randint(10**7, 10**8 - 1)}A"
        a.meta["doc_number"] = no
        who = a.meta["issuer"]
        if len(arts) == 1:
            kinds = ["page_break", ["comma", "cjk_space", "stray_q"][i % 3]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            ay = y - 1
            grid = ["申请号", f"CN{ay}1{r.randint(10**6, 10**7 - 1)}.{r.randint(0, 9)}"]
            grid += ["申请日", f"{ay}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"]
            grid += ["公开号", no, "公开日", f"{y}.{m:02d}.{d:02d}", "申请人", who]
            grid += ["发明人", "；".join(r.sample(INVENTOR, 2))]
            a.lines = [a.title, *a.lines]
            lines += [a.title, *grid]
            _join(lines, chrome, [("bar", "⤓ 导出PDF　☆ 收藏　⎘ 复制著录项")])
            prompt = "登录后查看法律状态与同族专利，开通VIP可批量导出全文　[登录]"
            _join(lines, chrome, [("notice", prompt)])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            if form == "rec":
                hdr, row = f"Record {n} ▏{a.title}", f"PN={no}; PD={iso(y, m, d)}; PA={who}"
            else:
                hdr = f"〔{cn_small(n)}〕{a.title}"
                row = f"公开号={no} | 公开日={y}/{m}/{d} | 申请人={who}"
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < len(arts):
            _join(lines, chrome, [("bar", "▲ 返回检索结果列表")])
            lines.append("")
    titles = [a.title for a in arts]
    others = r.sample([t for t, _ in GADGET if t not in titles], 2)
    foot: Chrome = [
        (
            "notice",
            "版权提示：本页著录项目及文本摘自公开的专利文献，仅供检索参考，不作为法律依据。",
        ),
        ("related", "相似专利推荐"),
        *[("related", f"▹ {t}") for t in others],
        ("footer", "知岸专利检索 zhian.example.com　©2024　客服热线 000-0000-0000"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, len(arts) > 1


def fam_fangzhi(g: GenH, i: int) -> Made:  # type: ignore[override]
    """'菰川地情资料库': single chronicle volumes and 风物条目选编 compilations."""
    r = g.r
    form = ["vol", "juan", "events", "paren", "vol", "juan", "paren", "vol"][i]
    if form in ("juan", "paren"):
        arts = [g.entry(t, r.choice(COMPILER)) for t in r.sample(ENTRY, 2 if i == 6 else 3)]
        head: Chrome = [
            ("header", f"菰川风物条目选编（第{i + 1}辑） - 菰川地情资料库"),
            ("header", "方志馆 › 专题资料 › 风物条目"),
        ]
    else:
        arts = [g.volume(VOLS[i], r.choice(COMPILER), events=5 if form == "events" else 3)]
        head = [
            (
                "header",
                f"卷{cn_small(i + 2)}·{arts[0].title} - 菰川县志（1986—2005） - 菰川地情资料库",
            ),
            ("header", "方志馆 › 县志 › 菰川县志（1986—2005） › 正文阅览"),
        ]
    page_no = counter(2, r.randint(3, 6), lambda p, t: f"【第{p}页】")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        no = f"GCDZ-{y}-{r.randint(1, 200):03d}"
        a.meta["doc_number"] = no
        org = a.meta["issuer"]
        if len(arts) == 1:
            kinds = ["page_break", "zero", ["comma", "cjk_space", "stray_q"][i % 3]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            grid = [f"档　　号：{no}　　　　载　　体：纸本／数字化"]
            grid.append(f"编纂单位：{org}　　成文日期：{y}年{m}月{d}日")
            a.lines = [a.title, *a.lines]
            lines += [a.title, *grid]
            _join(lines, chrome, [("bar", "原书扫描件　|　纠错反馈　|　引用本条")])
            _join(lines, chrome, [("notice", "阅览高清原件请先登录读者账号　[登录]　[注册]")])
            lines += ["", *a.page, ""]
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            tag = f"卷{cn_small(n)}·" if form == "juan" else PAREN[n - 1]
            lines += [f"{tag}{a.title}", f"档号 {no} ／ {org} ／ {y}.{m:02d}.{d:02d}", *a.page, ""]
        chrome += a.chrome
        if n < len(arts):
            _join(lines, chrome, [("bar", "· · · 本条完 · · ·")])
            lines.append("")
    titles = [a.title for a in arts]
    pool = ENTRY if len(arts) > 1 else VOLS
    others = r.sample([t for t in pool if t not in titles], 2)
    foot: Chrome = [
        ("notice", "版权说明：本库文献仅供研究查阅，转载或引用请注明出自菰川地情资料库。"),
        ("related", "同卷条目"),
        *[("related", f"◇ {t}") for t in others],
        ("footer", "菰川县地方志办公室主办　地址：菰川县文昌路8号　示ICP备00000091号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, len(arts) > 1


def _stamp(g: GenH, y: int, m: int, d: int) -> str:
    return f"{y}-{m}-{d} {g.r.randint(6, 23)}:{g.r.randint(0, 59):02d}"


def _posts(g: GenH, a: Art, users: list[str], y: int, m: int, d: int) -> tuple[list[str], Chrome]:
    """The thread's posts as on the page: floor rows, bodies, signatures, action bars."""
    r = g.r
    lines: list[str] = []
    chrome: Chrome = []
    at = 0
    for f, post in enumerate(g.posts):
        if f:
            lines.append(f"{f + 1}楼　{users[f]}　发表于 {_stamp(g, y, m, d + f)}")
        lines += a.page[at : at + len(post)]
        at += len(post)
        if f % 2 == 0:
            _join(lines, chrome, [("bar", f"签名档｜{r.choice(SIGS)}")])
        act = f"回复　引用　举报　|　支持 {r.randint(0, 60)}　反对 {r.randint(0, 5)}"
        _join(lines, chrome, [("bar", act)])
        lines.append("")
    return lines, chrome


def fam_luntan(g: GenH, i: int) -> Made:  # type: ignore[override]
    """'青岚骑行论坛': single threads and 精华帖合辑 compilations."""
    r = g.r
    form = ["thread", "top", "days", "arrow", "thread", "top", "arrow", "thread"][i]
    k = 1 if form in ("thread", "days") else (2 if i == 6 else 3)
    titles = [THREADS[i]] if k == 1 else r.sample(THREADS, k)
    if k == 1:
        head: Chrome = [
            ("header", f"{titles[0]} - {BOARD} - 青岚骑行论坛"),
            ("header", f"青岚骑行论坛 » 骑行天地 » {BOARD}"),
        ]
    else:
        head = [
            ("header", f"本周精华帖合辑（{k}帖） - 青岚骑行论坛"),
            ("header", "青岚骑行论坛 » 精华区 » 每周合辑"),
        ]
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"第 {p} / {t} 页")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    arts = []
    for n, title in enumerate(titles, 1):
        floors = (3 if i % 2 else 2) if k == 1 else 1
        a = g.thread(
            title, days=4 if form == "days" else 0, floors=floors, quote=k == 1 and i in (0, 2)
        )
        users = r.sample(USERS, floors + 1)
        y, m, d = g.date()
        d = min(d, 25)  # the replies come on the following days of the same month
        a.meta = {"published": iso(y, m, d)}
        replies = r.randint(3, 80)
        if k == 1:
            kinds = ["page_break", ["comma", "cjk_space", "stray_q"][i % 3]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            row = (
                f"楼主：{users[0]}　|　发表于 {_stamp(g, y, m, d)}　|　查看：{r.randint(200, 9000)}"
            )
            lines += [title, f"{row}　|　回复：{replies}"]
            _join(lines, chrome, [("bar", "只看楼主　|　倒序浏览　|　打印本帖")])
            lines.append("")
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            hdr = f"TOP {n}｜{title}" if form == "top" else f"Thread {n}/{k} » {title}"
            lines += [hdr, f"楼主 {users[0]} · {y}-{m}-{d} · 回复 {replies}", ""]
        body, bars = _posts(g, a, users, y, m, d)
        lines += body
        chrome += a.chrome + bars
        if k == 1:
            a.lines = [a.title, *a.lines]
        arts.append(a)
        if n < k:
            _join(lines, chrome, [("bar", "━ 精华帖 · 下一帖 ━")])
            lines.append("")
    others = r.sample([t for t in THREADS if t not in titles], 3)
    foot: Chrome = [
        (
            "notice",
            "本帖内容仅代表作者个人观点，转载请注明出处并保留作者署名，商业转载请联系版主。",
        ),
        ("notice", "登录后才能回帖，VIP会员浏览免广告　[立即登录]　[免费注册]"),
        ("related", "相关帖子"),
        *[("related", f"» {t}") for t in others],
        ("footer", "青岚骑行论坛 qinglan.example.net　Powered by 示例论坛程序　示ICP备00000093号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_caipu(g: GenH, i: int) -> Made:  # type: ignore[override]
    """'灶边食谱网': single recipes and 一周家常菜单 compilations."""
    r = g.r
    form = ["one", "circ", "long", "week", "one", "circ", "week", "one"][i]
    k = 1 if form in ("one", "long") else (2 if i == 6 else 3)
    dishes = [DISHES[i]] if k == 1 else r.sample(DISHES, k)
    steps = 6 if form == "long" else (4 if k == 1 else 3)
    arts = [g.recipe(t, steps=steps, stuff=5 if k == 1 else 3) for t in dishes]
    if k == 1:
        head: Chrome = [
            ("header", f"{dishes[0]}的做法_{dishes[0]}怎么做好吃_灶边食谱网"),
            ("header", "位置：菜谱大全 · 家常菜 · 快手菜"),
        ]
    else:
        head = [
            ("header", f"一周家常菜单：{dishes[0]}等{k}道_灶边食谱网"),
            ("header", "位置：专题 · 一周菜单"),
        ]
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"‹ {p} ›")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        cook = r.choice(["灶边阿满", "阿芒的灶台", "周末下厨记", "老陈家常味"])
        mins = r.randint(10, 90)
        if k == 1:
            kinds = ["page_break", ["comma", "cjk_space", "stray_q"][i % 3]]
            damage(g, a, kinds, lambda: [("page_number", page_no())])
            row = f"Author: {cook}　Date: {iso(y, m, d)}　Serves: {r.randint(1, 4)}人份　Time: {mins} min"  # noqa: E501
            a.lines = [a.title, *a.lines]
            lines += [a.title, row]
            bar = f"♡ 收藏 {r.randint(10, 900)}　✓ 做过 {r.randint(1, 99)}　↗ 分享"
            _join(lines, chrome, [("bar", bar)])
            lines += ["", *a.page, ""]
            _join(lines, chrome, [("notice", "开通灶边会员，免费看全部视频菜谱　[立即开通]")])
        else:
            damage(g, a, [["comma", "stray_q", "cjk_space"][n % 3]])
            if form == "circ":
                hdr, row = (
                    f"第{CIRCLE[n - 1]}道　{a.title}",
                    f"Date: {y}/{m}/{d} · Time: {mins} min",
                )
            else:
                hdr, row = (
                    f"周{cn_small(n)} · {a.title}",
                    f"Author: {cook} | Date: {iso(y, m, d)}",
                )
            lines += [hdr, row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "～ 下一道菜 ～")])
            lines.append("")
    others = r.sample([t for t in DISHES if t not in dishes], 3)
    foot: Chrome = [
        ("notice", "本菜谱由作者原创，图文版权归作者所有，未经授权不得转载。"),
        ("related", "猜你喜欢"),
        *[("related", f"» {t}的做法") for t in others],
        ("footer", "灶边食谱网 zaobian.example.org　© 2024　美食爱好者的厨房"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_h_zhuanli", "sealed", "utf-8", "\r\n", 8, fam_zhuanli),
    BlindFamily("sealed_h_fangzhi", "sealed", "gb18030", "\n", 8, fam_fangzhi),
    BlindFamily("sealed_h_luntan", "sealed", "utf-8-sig", "\r\n", 8, fam_luntan),
    BlindFamily("sealed_h_caipu", "sealed", "utf-8", "\n", 8, fam_caipu),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=800, gen=GenH)
