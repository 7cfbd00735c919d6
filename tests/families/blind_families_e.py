"""Four more invented families for a fourth blind test of the generic layer (issue 12).

Written without reading the code under test and without running the pipeline, any test or
any benchmark on them; they differ from every family already here in site kind, header
shapes, chrome wording and metadata layout:

* ``sealed_e_gongzhong`` (an official-account export, UTF-8 with BOM, LF): single posts
  whose title is followed by the byline ``原创 作者 公众号名 2021年03月05日 08:30`` (or
  ``… 2021-03-05 21:07``; the byline is metadata: neither content nor chrome); one post
  with a ``①`` … ``⑦`` tip list that must NOT split; compilations (``本周精选``) whose
  headers are ``壹 · 标题`` (financial numerals) or ``#01 标题``, every piece carrying the
  post's date.  Chrome: ``点击上方蓝字 关注我们``, ``▼ 长按识别二维码 ▼`` between pieces,
  ``— END —``, ``编辑丨X　审核丨Y`` credit lines, ``往期回顾`` with ``▶ 标题`` items, a
  版权声明, ``阅读原文``, ``阅读 1.2万　在看 36　赞 208``; page counters ``〔2/4〕``.
* ``sealed_e_caipan`` (a court-judgment database, GB18030, CRLF): single first-instance
  judgments (title, then ``【审理法院】X　【案号】（2021）澄0105民初123号`` over
  ``【案由】X　【裁判日期】2021.03.05``) with a ``一、`` … ``三、`` holding list after
  ``判决如下：`` that must NOT split, redactions ``王某某``/``19××年×月×日`` kept; the
  judge's lines and the Chinese-numeral date are content.  Compilations of typical cases
  with ``案例一：标题`` or ``▌第N例　标题`` headers and ``【基本案情】/【裁判结果】/【典型意义】``
  inside (no split), metadata on one parenthesised line ``（审理法院：X；案号：Y；裁判日期：
  二〇二一年三月五日）``.  Chrome: member/login bar, ``下载 | 收藏 | 打印 | 引用``, a
  source disclaimer, a member bar between cases, ``同案由文书推荐`` items ``· 标题（2021）``;
  counters ``第 2 页，共 5 页``.
  Meta: issuer = court, doc_number = 案号, published = 裁判日期; 案由 is left out of the
  truth (no agreed key: mapping it to ``category`` would be arguable).
* ``sealed_e_gongkai`` (a government information-disclosure page, UTF-8, CRLF): metadata in
  a grid WITHOUT colons, letter-spaced labels and runs of spaces (``索 引 号  X      主题分类
  Y``, the title repeated in a ``名    称`` row), or ``label：value ｜ label：value`` pairs;
  成文日期 and 发布日期 are the same day (published).  Single notices (one with a ``1）`` …
  list that must NOT split); compilations with ``第1件　标题`` or ``1/3　标题`` headers (the
  latter looks like a page counter but is a header).  Chrome: ``文字大小：A+ A A-``,
  ``扫一扫在手机打开当前页``, ``本件附件：无　【返回顶部】`` between documents,
  ``【纠错】【打印】【关闭】``, an exit-site warning, footer
  ``网站地图 | 联系我们``, counters ``=2=``.
* ``sealed_e_shiti`` (a lesson-plan / exercise site, GB18030, LF): compilations of lesson
  plans with ``课题一：标题`` headers whose ``【教学目标】``/``【教学过程】``/``第一课时``
  sections must NOT split, compilations of exercises with ``练习N　标题`` headers whose
  ``参考答案`` section must NOT split (a reading paragraph inside carries the artifacts);
  single plans and exercises.  No metadata.  Chrome:
  file card (类型/格式/大小/上传时间), ``下载券`` prompt, a preview-cut line between
  articles, uploader/infringement notice, ``上传资料赚积分``, ``同步资源`` items; counters
  ``～2～``.

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``/``;``, ``○`` for ``〇`` in the sign-off date, a paragraph
broken mid-sentence by a page counter.  Redactions are content.  Truth as
:mod:`tests.families.blind_families_d`: header and metadata lines are neither content nor
chrome, titles lose their numbering (``壹 · ``, ``#01``, ``案例一：``, ``第N件``, ``1/3``,
``课题一：``, ``练习N``), dates YYYY-MM-DD.  Arguable and fixed here: a compilation's
pieces take the post's byline date; in exercises the ``参考答案`` block belongs to the
exercise.  ``python -m tests.families.blind_families_e`` rewrites them.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Chrome, Made, cn_date, cn_small, counter, damage, iso
from tests.families.blind_e_text import AFFAIRS, COURT_T, DEPTS, KINDS, LESSONS, POST_T, GenE
from tests.families.blind_write import BlindFamily, write_families

HERE = Path(__file__).resolve().parent
CAP = "壹贰叁肆伍陆"


def fam_gongzhong(g: GenE, i: int) -> Made:  # type: ignore[override]
    """'澄湖生活圈': single posts, a tip-list post, 本周精选 compilations."""
    r = g.r
    form = ["single", "cap", "hash", "tips", "cap", "single", "hash", "single"][i]
    if form in ("cap", "hash"):
        arts = [g.post(t, n=2) for t in r.sample(POST_T, r.randint(2, 4))]
        name = f"本周精选｜{arts[0].title}等{len(arts)}篇"
    else:
        arts = [g.post(POST_T[i], n=4, tips=7 if form == "tips" else 0)]
        name = arts[0].title
    y, m, d = g.date()
    hh, mm = r.randint(6, 22), r.randint(0, 59)
    when = (
        f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}"
        if i % 2
        else f"{iso(y, m, d)} {hh:02d}:{mm:02d}"
    )
    byline = f"原创 {r.choice(['小满', '阿木', '林一一', '桥西'])} 澄湖生活圈 {when}"
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"〔{p}/{t}〕")
    follow: Chrome = [("header", "点击上方蓝字 关注我们")]
    chrome: Chrome = [*follow]
    if len(arts) == 1:
        a = arts[0]
        a.meta = {"published": iso(y, m, d)}
        top = a.title + ("?" if i == 7 else "")
        if i == 7:
            a.repairs.append({"kind": "stray_q", "damaged": top, "fixed": a.title})
        kinds = (
            ["page_break", "comma"] if form == "tips" else ["page_break", "cjk_space", "stray_q"]
        )
        damage(g, a, kinds, lambda: [("page_number", page_no())])
        a.lines = [a.title, *a.lines]
        lines = [top, byline, "", *[x for _, x in follow], "", *a.page, ""]
        chrome += a.chrome
    else:
        head: Chrome = [("header", name)]
        chrome = [*head, *follow]
        lines = [name, byline, "", *[x for _, x in follow], ""]
        for n, a in enumerate(arts, 1):
            a.meta = {"published": iso(y, m, d)}
            damage(g, a, [["comma", "cjk_space", "stray_q"][n % 3]])
            hdr = f"{CAP[n - 1]} · {a.title}" if form == "cap" else f"#{n:02d} {a.title}"
            lines += [hdr, *a.page, ""]
            if n < len(arts):
                mid: Chrome = [("bar", "▼ 长按识别二维码，第一时间收到本地新鲜事 ▼")]
                lines += [*[x for _, x in mid], ""]
                chrome += mid
    others = r.sample([t for t in POST_T if t not in [a.title for a in arts]], 3)
    foot: Chrome = [
        ("footer", "— END —"),
        ("footer", f"编辑丨{r.choice(['小满', '桥西'])}　审核丨{r.choice(['阿木', '老陶'])}"),
        ("related", "往期回顾"),
        *[("related", f"▶ {t}") for t in others],
        ("notice", "版权声明：本文系澄湖生活圈原创，转载请在后台留言获得授权，并在文首注明出处。"),
        ("bar", "阅读原文"),
        (
            "bar",
            f"阅读 {r.randint(1, 9)}.{r.randint(1, 9)}万　在看 {r.randint(3, 99)}　赞 {r.randint(20, 900)}",  # noqa: E501
        ),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_caipan(g: GenE, i: int) -> Made:  # type: ignore[override]
    """'澄法文书网': single judgments and compilations of typical cases."""
    r = g.r
    form = ["judg", "anli", "judg", "li", "judg", "anli", "judg", "li"][i]
    if form == "judg":
        arts = [g.judgment(i)]
        name = arts[0].title
    else:
        arts = [g.brief(t, i + k) for k, t in enumerate(r.sample(COURT_T, 2 if i == 7 else 3))]
        name = f"合同纠纷典型案例（第{cn_small(i)}批）"
    total = r.randint(3, 6)
    page_no = counter(2, total, lambda p, t: f"第 {p} 页，共 {t} 页")
    head: Chrome = [
        ("header", f"{name} - 澄法文书网"),
        ("header", "澄法文书网　专注裁判文书检索十年"),
        ("header", "会员中心 | 登录 | 免费注册　　开通年卡畅享全文下载"),
        ("header", "当前位置：文书检索 > 民事案件 > 合同纠纷"),
        ("header", "下载 | 收藏 | 打印 | 引用"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    mark = lambda: [("page_number", page_no())]  # noqa: E731
    for n, a in enumerate(arts, 1):
        y, mo, d = (int(x) for x in a.meta["published"].split("-"))
        if form == "judg":
            meta = [
                f"【审理法院】{a.meta['issuer']}　【案号】{a.meta['doc_number']}",
                f"【案由】{a.meta.pop('cause')}　【裁判日期】{y}.{mo:02d}.{d:02d}",
            ]
            kinds = ["page_break", "zero", ["comma", "stray_q", "cjk_space", "semicolon"][i % 4]]
            if i == 4:
                kinds = ["page_break", "cjk_space"]
            damage(g, a, kinds, mark)
            a.lines = [a.title, *a.lines]
            lines += [a.title, *meta, "", *a.page, ""]
        else:
            meta = [
                f"（审理法院：{a.meta['issuer']}；案号：{a.meta['doc_number']}；裁判日期：{cn_date(y, mo, d)}）"  # noqa: E501
            ]
            damage(g, a, [["comma", "stray_q"][n % 2]])
            hdr = f"案例{cn_small(n)}：{a.title}" if form == "anli" else f"▌第{n}例　{a.title}"
            lines += [hdr, *meta, *a.page, ""]
        chrome += a.chrome
        if n == 1 and len(arts) > 1:
            gap: Chrome = [("bar", "开通会员查看更多同类案例 ›››")]
            lines += [*[x for _, x in gap], ""]
            chrome += gap
    foot: Chrome = [
        (
            "notice",
            "声明：本站文书来源于各级法院依法公开的内容，仅供法律研究参考，不作为任何形式的法律意见。",
        ),
        ("related", "同案由文书推荐"),
        *[("related", f"· {t}（{r.randint(2016, 2024)}）") for t in r.sample(COURT_T, 3)],
        ("footer", "澄法文书网 caifa-example.cn　客服热线 400-000-0000（工作日 9:00-18:00）"),
        ("footer", "示ICP备00000021号-3　© 2014-2024 版权所有"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def _grid(a_meta: dict[str, str], title: str, style: int) -> list[str]:
    """Disclosure metadata: a colon-less letter-spaced grid, or '：' pairs split by '｜'."""
    y, m, d = (int(x) for x in a_meta["published"].split("-"))
    if style == 0:
        return [
            f"索 引 号  {a_meta['index_no']}          主题分类  {a_meta['category']}",
            f"发文机关  {a_meta['issuer']}          成文日期  {y}年{m}月{d}日",
            f"名    称  {title}",
            f"文    号  {a_meta['doc_number']}          发布日期  {iso(y, m, d)}",
        ]
    return [
        f"索引号：{a_meta['index_no']} ｜ 分类：{a_meta['category']}",
        f"发布机构：{a_meta['issuer']} ｜ 文号：{a_meta['doc_number']}",
        f"成文日期：{y}/{m}/{d} ｜ 发布日期：{y}/{m}/{d}",
    ]


def fam_gongkai(g: GenE, i: int) -> Made:  # type: ignore[override]
    """'澄湖市人民政府 政府信息公开': single notices and compilations."""
    r = g.r
    form = ["single", "jian", "frac", "list", "jian", "single", "frac", "single"][i]
    if form in ("single", "list"):
        arts = [g.notice_e(DEPTS[i % 4], AFFAIRS[i % 6], items=5 if form == "list" else 0)]
        name = arts[0].title
    else:
        k = r.randint(2, 3)
        arts = [
            g.notice_e(dp, af)
            for dp, af in zip(r.sample(DEPTS, k), r.sample(AFFAIRS, k), strict=True)
        ]
        name = f"{arts[0].meta['issuer']}等部门通知汇总"
    page_no = counter(2, r.randint(3, 5), lambda p, t: f"={p}=")
    head: Chrome = [
        ("header", f"{name}_澄湖市人民政府"),
        ("header", "澄湖市人民政府 · 政府信息公开"),
        ("header", "信息公开目录 ＞ 法定主动公开内容 ＞ 通知公告"),
        ("header", "文字大小：A+ A A-　　扫一扫在手机打开当前页"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        y = int(a.meta["published"][:4])
        dp = a.meta["issuer"]
        a.meta |= {
            "index_no": f"{r.randint(10**7, 10**8 - 1)}X/{y}-{r.randint(10, 999):05d}",
            "category": KINDS[DEPTS.index(dp)],
            "doc_number": f"澄{dp[3:5]}〔{y}〕{r.randint(1, 60)}号",
        }
        grid = _grid(a.meta, a.title, (i + n) % 2)
        kinds = ["zero", ["page_break", "stray_q", "cjk_space", "comma"][(i + n) % 4]]
        if form in ("single", "list"):
            kinds = ["zero", "page_break", "comma" if form == "single" else "stray_q"]
        damage(g, a, kinds, lambda: [("page_number", page_no())])
        if form in ("single", "list"):
            a.lines = [a.title, *a.lines]
            lines += [*grid, "", a.title, "", *a.page, ""]
        else:
            hdr = f"第{n}件　{a.title}" if form == "jian" else f"{n}/{len(arts)}　{a.title}"
            lines += [hdr, *grid, "", *a.page, ""]
        chrome += a.chrome
        if len(arts) > 1 and n < len(arts):
            gap: Chrome = [("bar", "本件附件：无　　【返回顶部】")]
            lines += [*[x for _, x in gap], ""]
            chrome += gap
    foot: Chrome = [
        ("bar", "【纠错】【打印】【关闭】"),
        ("notice", "您即将离开澄湖市人民政府网站，前往的外部链接内容不代表本站观点。"),
        ("footer", "网站地图 | 联系我们 | 使用帮助"),
        ("footer", "澄湖市人民政府办公室主办　网站标识码 0000000000　示ICP备00000031号"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


def fam_shiti(g: GenE, i: int) -> Made:  # type: ignore[override]
    """'杏坛备课网': lesson-plan and exercise compilations, single plans and exercises."""
    r = g.r
    form = ["keti", "lianxi", "plan", "keti", "drill", "lianxi", "keti", "plan"][i]
    if form == "keti":
        arts = [g.plan_e(t) for t in r.sample(LESSONS, 2 if i == 6 else 3)]
        name = f"三年级{arts[0].title}等{len(arts)}课教学设计"
    elif form == "lianxi":
        arts = [g.drill(t) for t in r.sample(LESSONS, 3)]
        name = "三年级下册课堂练习汇编（含答案）"
    elif form == "plan":
        arts = [g.plan_e(LESSONS[i])]
        name = arts[0].title + "教学设计"
    else:
        arts = [g.drill(LESSONS[i])]
        name = arts[0].title
    y, m, d = g.date()
    page_no = counter(2, r.randint(3, 8), lambda p, t: f"～{p}～")
    head: Chrome = [
        ("header", f"{name}.doc-杏坛备课网"),
        ("header", "杏坛备课网 > 小学 > 三年级 > 同步资源"),
        (
            "header",
            f"资料类型：{'试卷' if form in ('lianxi', 'drill') else '教案'}　文件格式：doc　资料大小：{r.randint(20, 400)}KB　上传时间：{iso(y, m, d)}",  # noqa: E501
        ),
        ("header", f"下载本资料需要 {r.randint(1, 5)} 个下载券　[立即下载]　[加入资料篮]"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, 1):
        if form in ("drill", "lianxi"):
            kinds = (
                ["page_break", "cjk_space"] if form == "drill" else [["comma", "stray_q"][n % 2]]
            )
            damage(g, a, kinds, lambda: [("page_number", page_no())])
        if form in ("plan", "keti"):
            kinds = (
                ["page_break", "cjk_space", "comma"]
                if form == "plan"
                else [["stray_q", "cjk_space", "comma"][n % 3]]
            )
            damage(g, a, kinds, lambda: [("page_number", page_no())])
        if form in ("plan", "drill"):
            a.lines = [a.title, *a.lines]
            lines += [a.title, "", *a.page, ""]
        else:
            hdr = f"课题{cn_small(n)}：{a.title}" if form == "keti" else f"练习{n}　{a.title}"
            lines += [hdr, *a.page, ""]
        chrome += a.chrome
        if n == 1:
            mid: Chrome = [("bar", "······ 预览已结束，下载后可查看完整资料 ······")]
            lines += [*[x for _, x in mid], ""]
            chrome += mid
    foot: Chrome = [
        (
            "notice",
            f"本资料由「{r.choice(['春晖', '园丁小李', '若水'])}」老师上传，若侵犯了您的权益，请联系管理员删除。",  # noqa: E501
        ),
        ("bar", "上传资料赚积分：每份优质资料奖励 5 积分，可兑换下载券"),
        ("related", "同步资源"),
        *[("related", f"· {t}课件（含音频）") for t in r.sample(LESSONS, 2)],
        ("footer", "网站首页 | 关于我们 | 上传须知 | 意见反馈　示ICP备00000042号"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, chrome + foot, len(arts) > 1


FAMILIES = [
    BlindFamily("sealed_e_gongzhong", "sealed", "utf-8-sig", "\n", 8, fam_gongzhong),
    BlindFamily("sealed_e_caipan", "sealed", "gb18030", "\r\n", 8, fam_caipan),
    BlindFamily("sealed_e_gongkai", "sealed", "utf-8", "\r\n", 8, fam_gongkai),
    BlindFamily("sealed_e_shiti", "sealed", "gb18030", "\n", 8, fam_shiti),
]


def generate(out: Path = HERE, *, seed_base: int = 500) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    write_families(FAMILIES, out, seed_base=seed_base, gen=GenE)


if __name__ == "__main__":
    generate()
