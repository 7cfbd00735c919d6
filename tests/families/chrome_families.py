"""Five invented families for the site-independent chrome line model (issue 12, items 2/4).

They differ from the families of :mod:`tests.families.generate` and
:mod:`tests.families.structure_families` in what a phrase rule cannot know: header blocks
(site slogan, navigation, uploader, date, read count, rating, points/VIP prompts) in new
wordings, per-article header lines (author · date · reads), copyright/repost notices with
URLs, "people who read X also read" lists, related-document lists whose items end in a
file extension or a page count, page-number lines inside the body, and storage/flower/
comment bars.  Every chrome line is listed in the truth with its kind
(``chrome_kinds``: ``[kind, line]``) so residue can be reported per kind:

``header`` · ``article_header`` · ``notice`` · ``related`` · ``page_number`` · ``bar`` ·
``footer``.

Roles:

* ``tune_c_docshare`` (tune): a document-sharing site, one document per page, page-number
  lines between paragraphs, a repost notice and a ``.docx`` / ``(N页)`` related list;
* ``tune_c_essay_stars`` (tune): essay compilations (``N、标题``) with a per-essay author
  line and an "also read" list;
* ``heldout_c_lawdb`` (held out, measured only): a law database page;
* ``heldout_c_cityportal`` (held out, measured only): a city government portal notice;
* ``sealed_c_reading`` (sealed: generated with the others, not looked at or scored until
  the end of the work that tuned the model).

``python -m tests.families.chrome_families`` rewrites them (deterministic).
Every word is invented; domains are ``example`` domains.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.families.generate import ESSAY_TITLES, PLACES, Article, Writer, cn_num

HERE = Path(__file__).resolve().parent

Chrome = list[tuple[str, str]]  # (kind, line)
Made = tuple[list[str], list[Article], Chrome, bool]


def _date(w: Writer) -> str:
    r = w.rng
    return f"20{r.randint(12, 23)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _time(w: Writer) -> str:
    return f"{w.rng.randint(0, 23):02d}:{w.rng.randint(0, 59):02d}"


def fam_docshare(w: Writer, i: int) -> Made:
    """Tune: one shared document; header block, page-number lines, notice, related files."""
    r = w.rng
    a = w.doc(r.choice(PLACES), artifacts=False)
    pages = r.randint(3, 9)
    head: Chrome = [
        ("header", "知页文档 · 让知识流动起来"),
        ("header", "首页 / 行业资料 / 政务文书 / 通知公告"),
        ("header", f"分享者：书友{r.randint(1000, 9999)}  发布于 {_date(w)} {_time(w)}"),
        (
            "header",
            f"浏览 {r.randint(50, 9000)}  收藏 {r.randint(0, 90)}  评分 {r.randint(30, 50) / 10}",
        ),
        ("header", f"下载本文档需 {r.randint(1, 9)} 知豆，年卡会员畅享免费下载"),
    ]
    body = [a.title, *a.page_lines]
    lines = [a.title, "", *[x for _, x in head], ""]
    chrome: Chrome = [*head]
    # a page-number line after every second paragraph
    n = 1
    for k, ln in enumerate(body):
        lines.append(ln)
        if k % 2 == 1 and k < len(body) - 1:
            pn = f"- {n} / {pages} -" if i % 2 else f"第{n}页 共{pages}页"
            lines.append(pn)
            chrome.append(("page_number", pn))
            n += 1
    doc_id = 10000 + 37 * i
    foot: Chrome = [
        (
            "notice",
            f"本文由知页文档用户分享,著作权归原作者,如需转载请保留出处:https://www.zhiye-example.com/p/{doc_id}.html",
        ),
        ("bar", f"赞({r.randint(0, 40)})  收藏  举报  分享给好友"),
        ("related", "同类文档"),
        ("related", f"{r.choice(PLACES)}年度工作要点.docx"),
        ("related", f"基层治理经验材料汇编({r.randint(2, 30)}页)"),
        ("related", f"{r.choice(PLACES)}防汛预案.pdf"),
        ("footer", "知页文档 版权所有 ©2015-2024"),
    ]
    lines += ["", *[x for _, x in foot]]
    chrome += foot
    art = Article(a.title, [a.title, *a.lines], body, {}, [])
    return lines, [art], [("header", a.title), *chrome], False


def fam_essay_stars(w: Writer, i: int) -> Made:
    """Tune: 'N、标题' essay compilations; per-essay author line, also-read list, bars."""
    r = w.rng
    arts = [w.essay() for _ in range(r.randint(2, 4))]
    for k, a in enumerate(arts):
        a.title = f"{a.title}{'' if k == 0 else cn_num(k + 1)}"
    page_title = f"{arts[0].title}作文（共{len(arts)}篇）"
    head: Chrome = [
        ("header", "星河作文网 — 陪你写好每一篇"),
        ("header", "小学作文 | 初中作文 | 高中作文 | 话题作文 | 素材积累"),
        ("header", f"你现在的位置：首页 » 初中作文 » 记叙文 » {arts[0].title}"),
    ]
    lines = [page_title, *[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, start=1):
        ah = f"作者：{r.choice(['晓林', '佚名', '小舟', '青青'])}  日期：{_date(w)}  阅读：{r.randint(100, 9999)}次"  # noqa: E501
        lines += [f"{n}、{a.title}", ah, *a.page_lines, ""]
        chrome.append(("article_header", ah))
    foot: Chrome = [
        ("bar", f"献花({r.randint(0, 20)})  +1  收藏本文  评论({r.randint(0, 9)})"),
        ("related", f"看了“{arts[0].title}”的人还看了"),
        ("related", f"{r.choice(ESSAY_TITLES)}作文600字"),
        ("related", f"{r.choice(ESSAY_TITLES)}（精选5篇）"),
        ("notice", "本站作文均由网友投稿，仅供学习参考，版权归作者本人所有"),
        ("footer", "关于我们 - 投稿须知 - 联系方式 - 网站地图"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, [("header", page_title), *chrome], True


def fam_lawdb(w: Writer, i: int) -> Made:
    """Held out: a law-database page; login bar, validity block, clauses, citation code."""
    r = w.rng
    a = w.doc(r.choice(PLACES), artifacts=False)
    head: Chrome = [
        ("header", "法典通 www.fadiantong-example.cn  专业法规检索平台"),
        ("header", "登录 · 注册 · 我的书架 · 充值中心"),
        (
            "header",
            f"热线：400-{r.randint(100, 999)}-{r.randint(1000, 9999)}  "
            "客服邮箱：help@fadiantong-example.cn",
        ),
        ("header", "全文检索 » 地方法规 » 规范性文件"),
        ("header", "【时效性】现行有效  【效力级别】地方规范性文件"),
        ("header", "本篇为VIP专享内容，开通会员可查看历史版本与关联法规"),
    ]
    clauses = []
    for k in range(r.randint(3, 6)):
        clauses.append(f"第{cn_num(k + 1)}条 " + w.sentence() + w.sentence())
    body = [a.title, *clauses, a.lines[-2], a.lines[-1]]
    lines = [*[x for _, x in head], "", *body, ""]
    foot: Chrome = [
        (
            "notice",
            f"引用编号：FDT-{2000 + i}-{r.randint(10000, 99999)}  如需引用请注明来源于法典通",
        ),
        ("notice", "免责声明：本库文本仅供参考，请以政府公报刊登版本为准"),
        ("bar", "打印  |  纠错  |  收藏到书架  |  复制链接"),
        ("related", "相关法规"),
        ("related", f"{r.choice(PLACES)}物业管理办法(2019修订)"),
        ("related", f"{r.choice(PLACES)}城市绿化条例 (共{r.randint(20, 60)}条)"),
        ("page_number", "共1页 当前第1页"),
        ("footer", "© 法典通数据服务中心  京ICP备00000000号-2"),
    ]
    lines += [x for _, x in foot]
    art = Article(a.title, body, body, {}, [])
    return lines, [art], [*head, *foot], False


def fam_cityportal(w: Writer, i: int) -> Made:
    """Held out: a city portal notice; welcome bar, accessibility links, share bar, ICP."""
    r = w.rng
    place = PLACES[i % len(PLACES)]
    a = w.doc(place, artifacts=False)
    head: Chrome = [
        (
            "header",
            f"欢迎访问{place}人民政府门户网站  今天是{_date(w)} 星期{'一二三四五六日'[i % 7]}",
        ),
        ("header", "无障碍浏览 | 长者模式 | 繁體 | 移动版"),
        ("header", "首页 > 信息公开 > 通知公告"),
    ]
    ah: Chrome = [
        (
            "article_header",
            f"来源：{place}政务服务中心   发布时间：{_date(w)} {_time(w)}   点击量：{r.randint(10, 5000)}",  # noqa: E501
        ),
        ("article_header", "【字号 大 中 小】  【我要打印】  【关闭本页】"),
    ]
    body = [a.title, *a.page_lines]
    lines = [*[x for _, x in head], "", a.title, *[x for _, x in ah], *a.page_lines, ""]
    foot: Chrome = [
        ("bar", "分享到：微信  微博  朋友圈"),
        ("footer", "网站地图 | 联系我们 | 隐私声明 | 使用帮助"),
        ("footer", f"主办：{place}人民政府办公室  承办：{place}大数据中心"),
        (
            "footer",
            f"备案号：某ICP备{r.randint(10000000, 99999999)}号  公安备案 {r.randint(10000, 99999)}号",  # noqa: E501
        ),
        ("footer", "建议使用1366×768以上分辨率浏览本站"),
    ]
    lines += [x for _, x in foot]
    art = Article(a.title, [a.title, *a.lines], body, a.meta | {}, a.repairs)
    art.meta = {}
    return lines, [art], [*head, *ah, *foot], False


def fam_reading(w: Writer, i: int) -> Made:
    """Sealed: an essay/reading site page; do not look at it while tuning."""
    r = w.rng
    arts = [w.essay() for _ in range(r.randint(1, 3))]
    for k, a in enumerate(arts):
        a.title = f"{a.title}{'' if k == 0 else cn_num(k + 1)}"
    head: Chrome = [
        ("header", "拾光美文馆  用文字温暖你"),
        ("header", "散文 · 随笔 · 日记 · 读后感 · 登录 · 注册"),
        (
            "header",
            f"投稿人：{r.choice(['山月', '木子', '阿远'])}   {_date(w)}   人气：{r.randint(10, 999)}",  # noqa: E501
        ),
        ("header", "积分不足？签到领积分，升级会员无限阅读"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, start=1):
        if len(arts) > 1:
            lines.append(f"第{cn_num(n)}篇 {a.title}")
        else:
            lines.append(a.title)
            a.lines = [a.title, *a.lines]
        lines += [*a.page_lines, ""]
    foot: Chrome = [
        ("page_number", "上一页 1 2 下一页"),
        (
            "notice",
            f"原创稿件，转载须经作者授权并注明来自拾光美文馆 http://www.shiguang-example.org/a/{500 + i}",  # noqa: E501
        ),
        ("bar", f"点赞 {r.randint(0, 99)}  ·  转发  ·  留言 {r.randint(0, 9)}"),
        ("related", "读过这篇的朋友也在读"),
        ("related", f"{r.choice(ESSAY_TITLES)}.doc"),
        ("related", f"{r.choice(ESSAY_TITLES)}（3页）"),
        ("footer", "联系邮箱：editor@shiguang-example.org"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, len(arts) > 1


@dataclass(frozen=True)
class ChromeFamily:
    name: str
    role: str
    encoding: str
    newline: str
    pages: int
    make: Callable[[Writer, int], Made]


FAMILIES = [
    ChromeFamily("tune_c_docshare", "tune", "utf-8", "\n", 8, fam_docshare),
    ChromeFamily("tune_c_essay_stars", "tune", "gb18030", "\r\n", 8, fam_essay_stars),
    ChromeFamily("heldout_c_lawdb", "heldout", "utf-8", "\n", 8, fam_lawdb),
    ChromeFamily("heldout_c_cityportal", "heldout", "utf-8", "\r\n", 8, fam_cityportal),
    ChromeFamily("sealed_c_reading", "sealed", "utf-8", "\n", 8, fam_reading),
]


def generate(out: Path = HERE, *, seed_base: int = 3000) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    for k, fam in enumerate(FAMILIES):
        w = Writer(seed_base + k)
        d = out / fam.name
        (d / "pages").mkdir(parents=True, exist_ok=True)
        truths = []
        for i in range(fam.pages):
            lines, arts, chrome, compiled = fam.make(w, i)
            name = f"page_{i:02d}.txt"
            text = fam.newline.join(lines) + fam.newline
            (d / "pages" / name).write_bytes(text.encode(fam.encoding))
            truths.append(
                {
                    "family": fam.name,
                    "role": fam.role,
                    "page": name,
                    "compiled": compiled,
                    "articles": [
                        {"title": a.title, "lines": a.lines, "meta": a.meta} for a in arts
                    ],
                    "chrome": [x for _, x in chrome],
                    "chrome_kinds": [list(c) for c in chrome],
                    "repairs": [rp for a in arts for rp in a.repairs],
                }
            )
        (d / "truth.jsonl").write_text(
            "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truths), encoding="utf-8"
        )


if __name__ == "__main__":
    generate()
