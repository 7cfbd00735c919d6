"""Artifact-repair cases with exact ground truth, in many forms, for tuning and held-out checks.

Each :class:`Case` is one small text page (a notice, an essay or a statute, all invented)
with one artifact injected in one *form*, plus "trap" lines that are right as they are and
must come out unchanged (a real question mark, a space between a label and its text, a
name, a verse, a paragraph that really ends before a page break …).

* ``fixed``: the lines the repair must produce (each must be a line of the output);
* ``keep``: lines that were right (each must be a line of the output, unchanged);
* ``title``: for truncated titles, the full title the article must get.

Forms are split into halves by form (``HALF``): ``tune`` forms were used to tune the
repairs, ``heldout`` forms are only measured, and ``blind`` forms were not looked at until
the end (``benchmarks/repair_bench.py`` prints them last).  Every word is invented or
generic; no line comes from a real page.  The output is deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

KINDS = ("stray_q", "cjk_space", "letter_spaced", "page_break", "truncated_title")

# form → half; forms of one kind alternate between the halves
HALF: dict[str, str] = {
    # stray '?' (a non-breaking space the page's encoding could not hold)
    "q_after_punct_eol": "tune",
    "q_indent": "tune",
    "q_label_value": "tune",
    "q_title_end": "tune",
    "q_nbsp_entity": "tune",
    "q_signature_run": "heldout",
    "q_cjk_digit": "heldout",
    "q_before_punct": "heldout",
    "q_double_mid": "heldout",
    "q_entity_variants": "heldout",
    "q_spaced_heading": "blind",
    # spaces inside CJK words
    "sp_prose_single": "tune",
    "sp_nbsp": "tune",
    "sp_fullwidth": "tune",
    "sp_prose_multi": "heldout",
    "sp_heading_split": "heldout",
    "sp_around_punct": "heldout",
    # letter-spaced headings
    "ls_single": "tune",
    "ls_fullwidth": "tune",
    "ls_nbsp": "tune",
    "ls_double": "heldout",
    "ls_long_mixed": "heldout",
    "ls_trailing_colon": "heldout",
    # paragraphs broken by page breaks
    "pb_dash_num": "tune",
    "pb_fraction": "tune",
    "pb_blank": "tune",
    "pb_comma_end": "tune",
    "pb_page_of": "heldout",
    "pb_formfeed": "heldout",
    "pb_midword_nomark": "heldout",
    "pb_running_header": "blind",
    # titles cut by the site
    "tt_ellipsis_first": "tune",
    "tt_cut_n": "tune",
    "tt_double_ellipsis": "tune",
    "tt_dots_heading_later": "heldout",
    "tt_cut_heading_later": "heldout",
    "tt_site_suffix": "blind",
    # forms written after tuning, never tuned on: the same artifacts in narrative prose
    "q_indent_essay": "heldout",
    "sp_prose_single_essay": "heldout",
    "pb_dash_num_essay": "heldout",
    "pb_formfeed_essay": "heldout",
}

PLACES = ["青澜县", "东沅市", "白溪镇", "桐湾区", "鹤川县", "清泽市", "云岭乡", "柳江区"]
ORGS = ["人民政府", "人民政府办公室", "教育局", "卫生健康局", "应急管理局", "农业农村局"]
TOPICS = [
    "做好春季森林防火工作",
    "加强农村饮水安全管理",
    "开展安全生产大检查",
    "推进生活垃圾分类",
    "做好防汛抗旱准备",
    "规范校外培训机构",
    "改善农村人居环境",
    "加强食品安全监管",
]
DOC_TYPES = ["通知", "实施意见", "工作方案", "通报", "决定"]
# words of two to four characters: a space inside one of them splits a word
GOV_WORDS = [
    "各级",
    "有关部门",
    "要",
    "切实",
    "加强",
    "组织领导",
    "进一步",
    "完善",
    "工作机制",
    "认真落实",
    "安全生产",
    "责任制",
    "推进",
    "基层治理",
    "体系建设",
    "提高",
    "服务水平",
    "统筹协调",
    "监督检查",
    "整改措施",
    "宣传教育",
    "应急预案",
    "物资储备",
    "信息报送",
    "环境卫生",
    "城乡社区",
    "公共服务",
    "人民群众",
    "生命财产",
    "确保",
    "及时",
    "排查",
    "隐患",
    "强化",
    "责任",
    "考核",
]
ESSAY_WORDS = [
    "那年",
    "夏天",
    "我们",
    "一起",
    "走过",
    "田野",
    "阳光",
    "洒在",
    "小路",
    "母亲",
    "总是",
    "微笑着",
    "看着",
    "远方",
    "心里",
    "充满",
    "希望",
    "奶奶",
    "院子",
    "老槐树",
    "静静地",
    "站着",
    "时光",
    "悄悄",
    "流逝",
    "记忆",
    "温暖",
]
NAMES = ["王 明", "李 华", "张 伟", "刘 洋", "陈 静", "赵 磊"]
SITES = ["某某文库", "范文大全网", "公文资料站", "城市门户网"]
HEADINGS = ["通知", "附件", "目录", "说明", "前言", "总则", "公告", "简报", "纪要"]
LONG_HEADINGS = [
    "关于做好防汛工作的通知",
    "二〇二〇年度工作总结",
    "安全生产责任书",
    "会议纪要",
    "情况通报",
    "工作要点",
    "实施细则",
    "温馨提示",
]


@dataclass
class Case:
    id: str
    kind: str
    form: str
    half: str
    text: str
    fixed: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    title: str | None = None


class Gen:
    """Invented sentences; every sentence carries a counter so no line repeats by chance."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0
        self.vocab = GOV_WORDS  # the words of the form being generated
        self.form = ""

    def words(self, vocab: list[str], k: int) -> list[str]:
        return [self.r.choice(vocab) for _ in range(k)]

    def sentence(self, vocab: list[str] | None = None) -> str:
        """A sentence of two or three clauses, each of three to six words."""
        vocab = vocab or self.vocab
        self.n += 1
        clauses = ["".join(self.words(vocab, self.r.randint(3, 6))) for _ in range(2)]
        clauses.insert(1, f"第{self.n}项工作")
        return "，".join(clauses) + "。"

    def paragraph(self, vocab: list[str] | None = None, lo: int = 2, hi: int = 3) -> str:
        return "".join(self.sentence(vocab) for _ in range(self.r.randint(lo, hi)))

    def split_word(self, line: str, vocab: list[str] | None = None) -> int:
        """A position strictly inside a word of two or more Han characters of ``line``."""
        vocab = vocab or self.vocab
        cands = []
        for w in {w for w in vocab if len(w) >= 2}:
            i = line.find(w)
            while i != -1:
                cands.extend(range(i + 1, i + len(w)))
                i = line.find(w, i + 1)
        return self.r.choice(sorted(cands)) if cands else len(line) // 2

    def title(self) -> str:
        r = self.r
        return f"{r.choice(PLACES)}{r.choice(ORGS)}关于{r.choice(TOPICS)}的{r.choice(DOC_TYPES)}"


# -- trap lines: right as they are ------------------------------------------------------
def traps(g: Gen) -> list[str]:
    r = g.r
    g.n += 1
    n = g.n
    pool = [
        f"这项工作为什么没有按时完成?请第{n}组说明原因。",
        f"大家准备好了吗?我们第{n}次检查已经开始。",
        f"详见http://www.example.gov.cn/list?id={n}&page=2",
        f"Is report {n} ready? Yes.",
        f"第{n}条 为了规范管理工作，根据有关法律，制定本办法。",
        f"2020年3月{n % 28 + 1}日 市政府第{n}次常务会议通过",
        f"使用 Python 编写第{n}个统计脚本，导出 PDF 文件。",
        f"主持人：{r.choice(NAMES)}",
        f"记录人：{r.choice(NAMES)}（第{n}次会议）",
        "坚持稳中求进 推动高质量发展",
        f"姓名 性别 年龄 籍贯 第{n}组",
        "床前明月光 疑是地上霜 举头望明月 低头思故乡",
        f"R&D部门第{n}季度报告",
        f"你真的确定吗??第{n}次问你了。",
        f"（一）建立健全第{n}项值班制度；",
    ]
    return r.sample(pool, 2)


def page(
    g: Gen, body: list[str], *, title: str | None = None, trap: bool = True
) -> tuple[str, list[str]]:
    """Page lines (title, body with traps) and the traps."""
    tl = title if title is not None else g.title()
    t = traps(g) if trap else []
    lines = [tl, "各有关单位：", *body[:1], *t[:1], *body[1:], *t[1:], "特此通知。"]
    return "\n".join(lines) + "\n", t


# -- stray '?' -----------------------------------------------------------------------------
def stray_q(g: Gen, form: str) -> Case:
    r = g.r
    p1, p2 = g.paragraph(), g.paragraph()
    title = g.title()
    fixed: list[str]
    if form == "q_after_punct_eol":
        dam = p1 + r.choice(["?", "??", " ?"])
        body, fixed = [dam, p2], [p1]
    elif form == "q_indent":
        dam = r.choice(["?", "??", "????", "??  "]) + p1
        body, fixed = [dam, p2], [p1]
    elif form == "q_label_value":
        g.n += 1
        label, value = r.choice(
            [("活动地点", f"{r.choice(PLACES)}文化广场"), ("参加人员", f"各科室第{g.n}组负责人")]
        )
        good = f"{label}：{value}"
        dam = f"{label}{r.choice(['：?', '?：', '：??'])}{value}"
        body, fixed = [dam, p1, p2], [good]
    elif form == "q_title_end":
        return _case(g, form, page(g, [p1, p2], title=title + "?")[0], [title], [p1, p2])
    elif form == "q_nbsp_entity":
        ent = r.choice(["&nbsp;", "&nbsp;&nbsp;", "&nbsp;&nbsp;&nbsp;&nbsp;"])
        where = r.choice(["start", "end", "mid"])
        if where == "start":
            dam = ent + p1
        elif where == "end":
            dam = p1 + ent
        else:
            k = p1.index("，") + 1
            dam = p1[:k] + ent + p1[k:]
        body, fixed = [dam, p2], [p1]
    elif form == "q_signature_run":
        sig = r.choice(PLACES) + r.choice(ORGS)
        body = [p1, p2, sig + r.choice(["???", "??", "? ?"])]
        text, t = page(g, body, title=title)
        return _case(g, form, text, [sig], [p1, p2, *t])
    elif form == "q_cjk_digit":
        g.n += 1
        good = f"全年完成{g.n % 40 + 2}个项目，投资{g.n * 7}万元，覆盖{g.n % 9 + 3}个村。"
        q = r.choice(["?", "??"])
        spots = [i for i in range(1, len(good)) if good[i - 1].isdigit() != good[i].isdigit()]
        picks = sorted(r.sample(spots, r.randint(1, 2)), reverse=True)
        dam = good
        for i in picks:
            dam = dam[:i] + q + dam[i:]
        body, fixed = [p1, dam, p2], [good]
    elif form == "q_before_punct":
        k = p1.index("，")
        dam = p1[:k] + r.choice(["?", "??"]) + p1[k:]
        body, fixed = [dam, p2], [p1]
    elif form == "q_double_mid":
        k = next(len(w) for w in sorted(GOV_WORDS, key=len, reverse=True) if p1.startswith(w))
        dam = p1[:k] + "??" + p1[k:]
        body, fixed = [dam, p2], [p1]
    elif form == "q_entity_variants":
        ent = r.choice(["&nbsp", "&#160;", "&amp;nbsp;", "&NBSP;", "&ensp;", "&emsp;"])
        k = p1.index("，") + 1
        dam = r.choice([ent + p1, p1[:k] + ent + p1[k:], p1 + ent])
        body, fixed = [dam, p2], [p1]
    elif form == "q_spaced_heading":
        h = r.choice(HEADINGS + LONG_HEADINGS)
        sep = r.choice(["?", "??"])
        dam = sep.join(h)
        text, t = page(g, [dam, p1, p2], title=title)
        return _case(g, form, text, [h], [p1, p2, *t])
    else:
        raise ValueError(form)
    text, t = page(g, body, title=title)
    return _case(g, form, text, fixed, [x for x in (p1, p2) if x not in fixed] + t)


# -- spaces inside CJK words --------------------------------------------------------------
def cjk_space(g: Gen, form: str) -> Case:
    r = g.r
    p1, p2 = g.paragraph(), g.paragraph()
    title = g.title()
    if form in ("sp_prose_single", "sp_nbsp", "sp_fullwidth"):
        sp = {"sp_prose_single": " ", "sp_nbsp": "\u00a0", "sp_fullwidth": "\u3000"}[form]
        k = g.split_word(p1)
        body, fixed = [p1[:k] + sp + p1[k:], p2], [p1]
    elif form == "sp_prose_multi":
        ks = sorted({g.split_word(p1) for _ in range(r.randint(3, 6))}, reverse=True)
        dam = p1
        for k in ks:
            dam = dam[:k] + " " + dam[k:]
        body, fixed = [dam, p2], [p1]
    elif form == "sp_heading_split":
        h = r.choice(TOPICS)
        k = r.randint(1, len(h) - 1)
        t_dam = f"关于{h[:k]} {h[k:]}的{r.choice(DOC_TYPES)}"
        good = t_dam.replace(" ", "")
        text, t = page(g, [p1, p2], title=title)
        text = text.replace(p1, t_dam + "\n" + p1, 1)
        return _case(g, form, text, [good], [p1, p2, *t])
    elif form == "sp_around_punct":
        k = p1.index("，")
        dam = p1[:k] + r.choice([" ", "  "]) + p1[k] + r.choice(["", " "]) + p1[k + 1 :]
        body, fixed = [dam, p2], [p1]
    else:
        raise ValueError(form)
    text, t = page(g, body, title=title)
    return _case(g, form, text, fixed, [p2, *t])


# -- letter-spaced headings ---------------------------------------------------------------
def letter_spaced(g: Gen, form: str) -> Case:
    r = g.r
    p1, p2 = g.paragraph(), g.paragraph()
    title = g.title()
    h = r.choice(HEADINGS + LONG_HEADINGS)
    if form == "ls_single":
        dam = " ".join(h)
    elif form == "ls_fullwidth":
        dam = "\u3000".join(h)
    elif form == "ls_nbsp":
        dam = "\u00a0".join(h)
    elif form == "ls_double":
        dam = r.choice(["  ", "   "]).join(h)
    elif form == "ls_long_mixed":
        g.n += 1
        h = r.choice(
            [
                f"关于{g.n % 9 + 2020}年{r.choice(['防汛', '安全', '招生'])}工作的通知",
                f"《{r.choice(TOPICS)[:4]}》实施方案",
                f"第{g.n % 9 + 1}次会议纪要",
                f"（{'一二三四'[g.n % 4]}）工作要求",
            ]
        )
        toks = []
        i = 0
        while i < len(h):  # a number stays one token ('2 0 2 0' is spaced too, half the time)
            j = i
            while j < len(h) and h[j].isdigit():
                j += 1
            if j > i and r.random() < 0.5:
                toks.append(h[i:j])
                i = j
            else:
                toks.append(h[i])
                i += 1
        dam = r.choice([" ", "\u3000"]).join(toks)
    elif form == "ls_trailing_colon":
        dam = " ".join(h) + r.choice(["：", " ：", ":"])
        h = h + ("：" if not dam.endswith(":") else ":")
    else:
        raise ValueError(form)
    indent = r.choice(["", "", "    ", "\u3000\u3000"])
    text, t = page(g, [indent + dam, p1, p2], title=title)
    return _case(g, form, text, [h], [p1, p2, *t])


# -- paragraphs broken by page breaks -----------------------------------------------------
def page_break(g: Gen, form: str) -> Case:
    r = g.r
    title = g.title()
    paras = [g.paragraph(lo=2, hi=4) for _ in range(4)]
    target = r.randint(1, 2)  # the paragraph broken by the page break
    p = paras[target]
    if form == "pb_comma_end":
        cut = p.index("，", 10) + 1
    elif r.random() < 0.5:
        cut = g.split_word(p[10:-5]) + 10  # mid-word
    else:
        cut = r.choice([i for i in range(12, len(p) - 4) if p[i - 1] not in "，。"])
    page_no = r.randint(2, 9)
    total = page_no + r.randint(0, 5)
    running = f"{r.choice(PLACES)}{r.choice(ORGS)}文件"
    mark = {
        "pb_dash_num": r.choice([f"- {page_no} -", f"—{page_no}—", f"－ {page_no} －"]),
        "pb_fraction": f"{page_no}/{total}",
        "pb_blank": "",
        "pb_comma_end": r.choice(["", f"- {page_no} -"]),
        "pb_page_of": r.choice([f"第{page_no}页 共{total}页", f"第 {page_no} 页，共 {total} 页"]),
        "pb_formfeed": "\f",
        "pb_midword_nomark": None,
        "pb_running_header": f"- {page_no} -\n\n{running}",
    }[form]
    head = [running] if form == "pb_running_header" else []
    if mark is None:
        brk = "\n"
    elif mark == "\f":
        brk = "\n\f"
    else:
        brk = "\n\n" + mark + "\n\n" if mark else "\n\n\n"
    # a second, clean break: a paragraph that really ends before a page mark (must stay)
    other = 3 if target == 1 else 0
    lines = [*head, title, "各有关单位："]
    t = traps(g)
    for i, q in enumerate(paras):
        if i == target:
            lines.append(q[:cut] + brk + q[cut:])
        else:
            lines.append(q)
        if i == other and mark not in (None, "", "\f"):
            lines.append(mark.replace(str(page_no), str(page_no + 1), 1).replace("\n\n", "\n"))
        if i == 1:
            lines.append(t[0])
    lines += [t[1], "特此通知。"]
    text = "\n".join(lines) + "\n"
    return _case(g, form, text, [p], [q for i, q in enumerate(paras) if i != target] + t)


# -- titles cut by the site ---------------------------------------------------------------
def truncated_title(g: Gen, form: str) -> Case:
    r = g.r
    full = g.title()
    p1, p2 = g.paragraph(), g.paragraph()
    n = r.randint(8, max(9, len(full) - 4))
    g.n += 1
    meta = r.choice(
        [
            f"发布时间：2021-0{g.n % 9 + 1}-1{g.n % 9}  来源：{r.choice(SITES)}",
            f"上传者：用户{g.n}  阅读：{g.n * 13}次",
            f"2021-0{g.n % 9 + 1}-1{g.n % 9} 10:2{g.n % 9}",
        ]
    )
    if form == "tt_ellipsis_first":
        cut, lines = full[:n] + "…", [full]
    elif form == "tt_cut_n":
        cut, lines = full[:n], [full]
    elif form == "tt_double_ellipsis":
        cut, lines = full[:n] + r.choice(["……", "。。。"]), [full]
    elif form == "tt_dots_heading_later":
        cut, lines = full[:n] + r.choice(["...", "..", "…"]), [meta, full]
    elif form == "tt_cut_heading_later":
        cut, lines = full[:n], [meta, full]
    elif form == "tt_site_suffix":
        cut = full[:n] + r.choice(["…", "..."]) + r.choice(["_", "-", " - "]) + r.choice(SITES)
        lines = r.choice([[full], [meta, full]])
    else:
        raise ValueError(form)
    t = traps(g)
    body = [cut, *lines, "各有关单位：", p1, t[0], p2, t[1], "特此通知。"]
    text = "\n".join(body) + "\n"
    return _case(g, form, text, [], [p1, p2, *t], title=full)


def _case(
    g: Gen,
    form: str,
    text: str,
    fixed: list[str],
    keep: list[str],
    title: str | None = None,
) -> Case:
    form = g.form or form  # an '_essay' variant records its own name
    kind = next(k for k, p in PREFIX.items() if form.startswith(p))
    g.n += 1
    return Case(f"{form}-{g.n}", kind, form, HALF[form], text, fixed, keep, title)


PREFIX = {
    "stray_q": "q_",
    "cjk_space": "sp_",
    "letter_spaced": "ls_",
    "page_break": "pb_",
    "truncated_title": "tt_",
}
MAKERS: dict[str, Callable[[Gen, str], Case]] = {
    "stray_q": stray_q,
    "cjk_space": cjk_space,
    "letter_spaced": letter_spaced,
    "page_break": page_break,
    "truncated_title": truncated_title,
}


def generate(per_form: int = 12, seed: int = 12) -> list[Case]:
    """``per_form`` cases of every form, deterministic for ``seed``."""
    g = Gen(seed)
    cases = []
    for form in HALF:
        kind = next(k for k, p in PREFIX.items() if form.startswith(p))
        essay = form.endswith("_essay")
        g.vocab, g.form = (ESSAY_WORDS if essay else GOV_WORDS), form
        for _ in range(per_form):
            cases.append(MAKERS[kind](g, form.removesuffix("_essay")))
    return cases
