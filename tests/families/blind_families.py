"""Three invented families for an honest blind test of the generic layer (issue 12, item 4).

Written before the code was run on them, and unlike every family already here in what a
site-independent layer has to get right:

* header styles: ``（一）标题`` as article headers over ``一、小标题`` section headings
  that stay inside the article; ``Part N 标题`` and ``标题（N）``; ``◆标题`` items;
* chrome wordings no family used (download coins, super-member quotas, takedown notices,
  "you may also like" lists with ``.pptx`` / ``（N页）`` items, comment counters, visitor
  counters, site slogans, ``›`` / ``＞`` / ``→`` breadcrumbs, page counters in new forms);
* metadata layouts: labels in ``［…］`` brackets with dates as ``二〇二三年五月六日``,
  letter-spaced labels (``索 引 号``) with the value on the NEXT line;
* repairs: a stray ``?`` for a lost non-breaking space, a space inside a CJK word, a
  letter-spaced heading, a paragraph broken by a page counter.

Roles, fixed before anything was run:

* ``tune_b_wenxiang`` (tune): a document-sharing site, compilations of notices;
* ``heldout_b_zuowen`` (held out: only its figures are read while fixing): an essay site;
* ``sealed_b_portal`` (sealed: shown by ``chrome_bench.py --sealed`` only, looked at once
  at the end): a city portal / policy-library page.

Every chrome line is listed in the truth with its kind (as in :mod:`chrome_families`).
``python -m tests.families.blind_families`` rewrites them (deterministic).  Every word is
invented; domains are ``example`` domains.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.families.blind_write import BlindFamily, write_families

HERE = Path(__file__).resolve().parent

Chrome = list[tuple[str, str]]  # (kind, line)

TOWNS = ["苇塘县", "翠屿市", "松亭镇", "漓沙区", "雁栖乡", "蓬洲市", "杏坪县", "柯桥湾区"]
UNITS = ["人民政府", "人民政府办公室", "水务局", "交通运输局", "民政局", "人力资源和社会保障局"]
MATTERS = [
    "规范城区停车秩序",
    "做好汛期地质灾害防治",
    "推进公共充电设施建设",
    "加强独居老人关爱服务",
    "开展燃气安全专项整治",
    "做好高校毕业生就业服务",
    "提升农贸市场管理水平",
    "加快背街小巷改造",
    "开展电动自行车安全治理",
    "优化政务服务窗口设置",
]
KINDS_OF_DOC = ["通知", "实施意见", "工作方案", "管理办法"]
SECTIONS = ["总体要求", "工作目标", "主要任务", "职责分工", "保障措施", "工作步骤"]
WHO = ["各责任单位", "街道社区", "牵头部门", "属地乡镇", "行业主管部门", "督查组"]
DO = ["要建立健全", "应定期更新", "须逐项核实", "要同步推进", "应分类建立", "须严格落实"]
WHAT = [
    "问题整改清单",
    "联络员制度",
    "隐患销号台账",
    "资金拨付流程",
    "服务评价机制",
    "数据共享目录",
]
WHY = ["确保责任到人", "做到闭环管理", "切实减轻基层负担", "提高群众满意度", "避免重复检查"]
PROSE_A = ["放学路上", "傍晚时分", "那个冬天", "一觉醒来", "推开窗户", "走进小院"]
PROSE_B = [
    "桥头的老石狮",
    "奶奶的竹篮",
    "墙角的蔷薇",
    "操场边的单杠",
    "屋檐下的燕窝",
    "街口的修鞋摊",
]
PROSE_C = ["静静地立在那里", "沾满了清晨的露水", "被夕阳染成了金色", "藏着说不完的故事"]
ESSAYS = [
    "桥头的石狮",
    "奶奶的竹篮",
    "墙角的蔷薇",
    "第一次登台",
    "雪后的操场",
    "修鞋的老人",
    "燕子回来了",
    "那盏台灯",
    "一次争吵",
    "我的小书架",
]
CN = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    """1-31 in Chinese numerals: '五', '十二', '二十八'."""
    units = "一二三四五六七八九"
    if n < 10:
        return units[n - 1]
    tens, one = divmod(n, 10)
    return ("" if tens == 1 else units[tens - 1]) + "十" + (units[one - 1] if one else "")


def cn_date(y: int, m: int, d: int) -> str:
    """'二〇二三年五月六日'."""
    return "".join(CN[int(c)] for c in str(y)) + f"年{cn_small(m)}月{cn_small(d)}日"


@dataclass
class Art:
    title: str
    lines: list[str]  # clean lines (the output should hold these)
    page: list[str]  # as on the page (artifacts, page counters)
    meta: dict[str, str] = field(default_factory=dict)
    repairs: list[dict[str, str]] = field(default_factory=list)
    chrome: Chrome = field(default_factory=list)  # chrome lines put inside ``page``


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0

    def sent(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WHO)}{r.choice(DO)}{r.choice(WHAT)}，本轮第{self.n}批次{r.choice(WHY)}。"

    def para(self) -> str:
        return "".join(self.sent() for _ in range(self.r.randint(2, 3)))

    def prose(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PROSE_A)}，{r.choice(PROSE_B)}{r.choice(PROSE_C)}，这是我写下的第{self.n}个片段。"  # noqa: E501

    def date(self) -> tuple[int, int, int]:
        return self.r.randint(2015, 2024), self.r.randint(1, 12), self.r.randint(1, 28)

    def notice(self, town: str, *, sections: bool) -> Art:
        """A notice: salutation, paragraphs (under '一、…' headings if ``sections``), sign-off."""
        r = self.r
        org = town + r.choice(UNITS)
        title = f"{org}关于{r.choice(MATTERS)}的{r.choice(KINDS_OF_DOC)}"
        to = ["各街道办事处、镇人民政府", "市直各有关单位", "各区县交通运输局"]
        lines = [f"{r.choice(to)}："]
        if sections:
            for k, s in enumerate(r.sample(SECTIONS, r.randint(2, 3)), start=1):
                lines += [f"{cn_small(k)}、{s}", self.para(), self.para()]
        else:
            lines += [self.para() for _ in range(r.randint(3, 4))]
        y, m, d = self.date()
        lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "published": f"{y:04d}-{m:02d}-{d:02d}"}
        return Art(title, lines, list(lines), meta)

    def essay(self, title: str) -> Art:
        lines = [self.prose() + self.prose() for _ in range(self.r.randint(3, 4))]
        return Art(title, lines, list(lines))


def _damage(g: Gen, a: Art, kinds: list[str], page_mark: Callable[[int], str]) -> None:
    """Inject artifacts into ``a.page`` (one of each kind) and record the repairs."""
    r = g.r
    prose = [k for k, ln in enumerate(a.page) if len(ln) > 30 and ln.endswith("。")]
    r.shuffle(prose)
    for kind in kinds:
        if not prose:
            return
        k = prose.pop()
        good = a.lines[k]
        if kind == "stray_q":
            a.page[k] = good + r.choice(["?", "??"])
        elif kind == "cjk_space":  # between two CJK letters, never next to punctuation
            cut = r.choice([c for c in range(4, 14) if good[c - 1 : c + 1].isalpha()])
            a.page[k] = good[:cut] + " " + good[cut:]
        elif kind == "page_break":
            cut = good.index("，") + 3
            mark = page_mark(k)
            a.page[k] = good[:cut] + "\n\n" + mark + "\n\n" + good[cut:]
            a.chrome.append(("page_number", mark))
        a.repairs.append({"kind": kind, "damaged": a.page[k], "fixed": good})
    heads = [k for k, ln in enumerate(a.page) if len(ln) == 6 and ln[1] == "、"]
    if "letter_spaced" in kinds and heads:
        k = heads[0]
        good = a.lines[k]
        a.page[k] = good[:2] + " ".join(good[2:])
        a.repairs.append({"kind": "letter_spaced", "damaged": a.page[k], "fixed": good})


Made = tuple[list[str], list[Art], Chrome, bool]


def fam_wenxiang(g: Gen, i: int) -> Made:
    """Tune: notice compilations on a document-sharing site; '（一）标题' article headers
    over '一、…' section headings, '［label］' metadata with Chinese-numeral dates."""
    r = g.r
    arts = [g.notice(r.choice(TOWNS), sections=True) for _ in range(r.randint(2, 3))]
    total = r.randint(4, 11)
    page_title = f"{arts[0].title[:12]}等{len(arts)}份文件（可编辑）"
    head: Chrome = [
        ("header", page_title),
        ("header", "文享资料站——好资料，一起分享"),
        ("header", "位置：文享资料站 › 党政公文 › 通知范本"),
        (
            "header",
            f"贡献者：wx_{r.randint(1000, 9999)}  |  上传于 {r.randint(2016, 2024)}/0{r.randint(1, 9)}/1{r.randint(0, 9)}  |  {r.randint(2, 98) / 10}万人阅读",  # noqa: E501
        ),
        (
            "header",
            f"本资料下载需消耗 {r.randint(2, 8)} 下载币 · 超级会员每月可免费下载 20 篇",
        ),
        ("header", "☆ 加入书架    ⇩ 下载 doc 文件"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for n, a in enumerate(arts, start=1):
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        num = f"{a.title[:2]}{r.choice(['政发', '办字', '交字'])}〔{y}〕{r.randint(3, 60)}号"
        a.meta["doc_number"] = num
        _damage(
            g,
            a,
            [*r.sample(["stray_q", "cjk_space", "page_break"], 2), "letter_spaced"],
            lambda k: f"（第{r.randint(2, total)}页／共{total}页）",
        )
        lines += [
            f"（{cn_small(n)}）{a.title}",
            f"［发文单位］{a.meta['issuer']}",
            f"［文　　号］{num}",
            f"［成文日期］{cn_date(y, m, d)}",
            "",
            *a.page,
            "",
        ]
        chrome += a.chrome
    doc_id = 800000 + 113 * i
    foot: Chrome = [
        ("bar", f"网友评论（{r.randint(0, 30)}）  |  我要评论  |  点此举报"),
        (
            "notice",
            f"声明：本篇资料由网友上传,仅作交流之用,若侵犯了您的权益请告知我们删除。原文地址:https://www.wenxiang-example.com/d/{doc_id}.html",
        ),
        ("related", "你可能感兴趣的资料："),
        ("related", f"{r.choice(TOWNS)}{r.choice(MATTERS)}汇报材料.pptx"),
        ("related", f"{r.choice(MATTERS)}经验交流发言稿（{r.randint(3, 20)}页）"),
        ("related", f"{r.choice(TOWNS)}年度民生实事清单.xlsx"),
        ("footer", "文享资料站 ©2012-2024 某ICP备00000000号-3  客服QQ：10000"),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, True


def fam_zuowen(g: Gen, i: int) -> Made:
    """Held out: essay compilations; 'Part N 标题' headers on even pages, '标题（N）' on odd."""
    r = g.r
    titles = r.sample(ESSAYS, r.randint(2, 4))
    arts = [g.essay(t) for t in titles]
    for a in arts:
        _damage(g, a, [r.choice(["stray_q", "cjk_space"])], lambda k: "")
    head: Chrome = [
        ("header", f"关于{titles[0]}的作文{len(arts)}篇_作文云"),
        ("header", "作文云 | 每天读一篇好作文"),
        ("header", "作文云 ＞ 初中作文 ＞ 叙事作文 ＞ 正文"),
        (
            "header",
            f"作者：{r.choice(['佚名', '林小满', '周一一'])}  来源：网络  时间：{2018 + i % 6}年{1 + i}月{3 + i}日  人气：{r.randint(100, 9999)}",  # noqa: E501
        ),
        ("header", "开通VIP，免广告查看全部范文"),
    ]
    lines = [*[x for _, x in head], ""]
    for n, a in enumerate(arts, start=1):
        h = f"Part {n} {a.title}" if i % 2 == 0 else f"{a.title}（{n}）"
        lines += [h, *a.page, ""]
    foot: Chrome = [
        ("page_number", "1  2  3  下一页  尾页"),
        (
            "notice",
            f"【转载声明】本站文章均整理自网络,转载请附上本文链接：http://www.zuowenyun-example.com/a/{4000 + i}.html",  # noqa: E501
        ),
        ("bar", f"顶一下（{r.randint(0, 50)}）  踩一下（{r.randint(0, 9)}）  发表评论"),
        ("related", "看了本文的同学还看了："),
        ("related", f"{r.choice(ESSAYS)}（800字）"),
        ("related", f"{r.choice(ESSAYS)}作文范文.doc"),
        ("footer", "作文云 www.zuowenyun-example.com 版权所有 不得转载"),
    ]
    lines += [x for _, x in foot]
    return lines, arts, [*head, *foot], True


def fam_portal(g: Gen, i: int) -> Made:
    """Sealed: city portal / policy library; letter-spaced labels with values on the next
    line; single notices on even pages, '◆标题' compilations on odd pages."""
    r = g.r
    town = TOWNS[i % len(TOWNS)]
    arts = [g.notice(town, sections=False) for _ in range(1 if i % 2 == 0 else r.randint(2, 3))]
    head: Chrome = [
        ("header", f"{town}人民政府  {r.choice(['诚信', '便民', '开放'])}·高效·为民"),
        ("header", "当前位置：首页→政务公开→政策文件→规范性文件"),
        ("header", "【智能问答】  【适老化服务】  【English】"),
    ]
    lines = [*[x for _, x in head], ""]
    chrome: Chrome = [*head]
    for a in arts:
        y, m, d = (int(x) for x in a.meta["published"].split("-"))
        idx = f"{r.randint(11000000, 11999999)}/{y}-{r.randint(10000, 99999)}"
        num = f"{town[0]}政规〔{y}〕{r.randint(1, 20)}号"
        a.meta |= {"index_no": idx, "doc_number": num}
        _damage(g, a, ["page_break", "stray_q"], lambda k: f"第{r.randint(1, 3)}/3页")
        block = [
            "索 引 号",
            idx,
            "发布机构",
            a.meta["issuer"],
            "发文字号",
            num,
            "成文日期",
            cn_date(y, m, d),
        ]
        if len(arts) == 1:
            lines += [*block, "", a.title, *a.page, ""]
            a.lines = [a.title, *a.lines]
        else:
            lines += [f"◆{a.title}", *block, "", *a.page, ""]
        chrome += a.chrome
    foot: Chrome = [
        ("bar", "收藏本页  |  打印本页  |  关闭窗口  |  扫码在手机上查看"),
        ("bar", f"本页浏览次数：{r.randint(10, 900)}"),
        ("footer", f"您是本站第 {r.randint(100000, 999999)} 位访客"),
        (
            "footer",
            f"政府网站标识码 {r.randint(1000000000, 9999999999)}  某公网安备 {r.randint(10**13, 10**14 - 1)}号",  # noqa: E501
        ),
    ]
    lines += [x for _, x in foot]
    chrome += foot
    return lines, arts, chrome, len(arts) > 1


FAMILIES = [
    BlindFamily("tune_b_wenxiang", "tune", "utf-8", "\n", 8, fam_wenxiang),
    BlindFamily("heldout_b_zuowen", "heldout", "gb18030", "\r\n", 8, fam_zuowen),
    BlindFamily("sealed_b_portal", "sealed", "utf-8", "\n", 8, fam_portal),
]


def generate(out: Path = HERE, *, seed_base: int = 4000) -> None:
    """Write ``<out>/<family>/pages/page_NN.txt`` and ``truth.jsonl`` for every family."""
    write_families(FAMILIES, out, seed_base=seed_base, gen=Gen)


if __name__ == "__main__":
    generate()
