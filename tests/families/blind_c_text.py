"""Words, damage and the article record of :mod:`tests.families.blind_families_c`.

Kept apart so that each module stays small; every word is invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

Chrome = list[tuple[str, str]]  # (kind, line)

TOWNS = ["青梧市", "鹭川县", "枫林镇", "云港区", "石泉乡", "柘溪县", "栖霞湾区", "桑园街道"]
UNITS = [
    "人民政府办公室",
    "住房和城乡建设局",
    "卫生健康委员会",
    "应急管理局",
    "商务局",
    "城市管理局",
]
MATTERS = [
    "老旧小区加装电梯",
    "沿街商铺消防安全排查",
    "社区食堂运营补贴",
    "夜间经济街区管理",
    "农村自建房安全整治",
    "共享单车停放管理",
    "校园周边交通秩序整治",
    "餐厨垃圾收运处置",
]
CATEGORIES = ["城乡建设", "安全生产", "社会保障", "商贸流通", "市场监管"]
SUBJ = ["各社区居委会", "物业服务企业", "网格员", "辖区商户", "志愿服务队", "片区责任人"]
ACT = [
    "应当提前摸清",
    "须每周更新",
    "要主动上门核对",
    "应在醒目位置公示",
    "须按月汇总",
    "要及时报送",
]
OBJ = ["独居老人名册", "楼道杂物清理情况", "充电桩使用登记", "加装电梯意向表", "投放点位分布图"]
END = ["做到不漏一户", "并留存影像资料", "逐项对账销号", "主动接受居民监督", "不得层层加码"]
WORK = ["社区服务", "窗口接待", "项目推进", "安全检查", "档案管理", "志愿活动"]
EN_S = ["My grandfather", "The old ferry", "Our reading club", "The corner bakery", "My cousin"]
EN_V = ["taught me", "reminded me", "showed me", "helped me see"]
EN_O = ["that patience matters", "how to listen", "the value of small habits", "why kindness lasts"]
PLACE_P = ["河堤上", "老屋的天井里", "巷口的槐树下", "外婆的灶台边", "晒谷场的尽头", "小站的长椅旁"]
THING = ["一盏昏黄的路灯", "几片湿漉漉的落叶", "一只打盹的花猫", "半截褪色的春联", "一串风铃"]
FEEL = ["让人想起许多旧事", "像在等谁回家", "安静得像一封没寄出的信", "把日子拉得很长"]
SEASON = ["初春的清晨", "梅雨季的午后", "立秋后的傍晚", "落雪的夜里", "腊月的集市上"]
ESSAYS = ["雨后的巷子", "檐下听雨", "旧书摊", "母亲的针线盒", "渡口", "晚饭花", "一封旧信"]
SERIES = ["山居笔记", "小城旧事", "窗前随记", "故园杂忆"]
CN = "〇一二三四五六七八九"
FW = "０１２３４５６７８９"


def cn_small(n: int) -> str:
    """1-31 in Chinese numerals: '五', '十二', '二十八'."""
    units = "一二三四五六七八九"
    if n < 10:
        return units[n - 1]
    tens, one = divmod(n, 10)
    return ("" if tens == 1 else units[tens - 1]) + "十" + (units[one - 1] if one else "")


def cn_date(y: int, m: int, d: int) -> str:
    """'二〇二一年三月五日'."""
    return "".join(CN[int(c)] for c in str(y)) + f"年{cn_small(m)}月{cn_small(d)}日"


def iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


@dataclass
class Art:
    title: str
    lines: list[str]  # clean lines (the output should hold these)
    page: list[str]  # as on the page (artifacts, page breaks)
    meta: dict[str, str] = field(default_factory=dict)
    repairs: list[dict[str, str]] = field(default_factory=list)
    chrome: Chrome = field(default_factory=list)  # chrome lines put inside ``page``


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0

    def date(self) -> tuple[int, int, int]:
        return self.r.randint(2016, 2024), self.r.randint(1, 12), self.r.randint(1, 28)

    def civic(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SUBJ)}{r.choice(ACT)}{r.choice(OBJ)}，本月已走访{20 + 7 * self.n}户，{r.choice(END)}。"  # noqa: E501

    def work(self) -> str:
        self.n += 1
        r = self.r
        return f"在{r.choice(WORK)}方面，我们坚持每周复盘一次，全年累计办结事项{40 + 3 * self.n}件，群众满意率稳步提高。"  # noqa: E501

    def english(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(EN_S)} {r.choice(EN_V)} {r.choice(EN_O)}, and I wrote it down on page {self.n} of my notebook."  # noqa: E501

    def prose(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SEASON)}，{r.choice(PLACE_P)}有{r.choice(THING)}，{r.choice(FEEL)}，我在那里站了{self.n + 2}分钟。"  # noqa: E501

    def notice(self, town: str, *, lists: bool = False, matter: str = "") -> Art:
        """A notice: salutation, paragraphs ('一、' sections and a '1.' list if ``lists``),
        a contact line with redaction placeholders, sign-off with a Chinese-numeral date."""
        r = self.r
        org = town + r.choice(UNITS)
        title = f"{org}关于做好{matter or r.choice(MATTERS)}工作的通知"
        lines = [
            r.choice(["各镇人民政府、街道办事处：", "市直有关单位：", "各社区、各物业服务企业："])
        ]
        if lists:
            lines += ["一、工作范围", self.civic() + self.civic(), "二、具体要求"]
            lines += [f"{k}.{self.civic()}" for k in range(1, 4)]
            lines += ["三、时间安排", self.civic() + self.civic()]
        else:
            lines += [self.civic() + self.civic() + self.civic() for _ in range(3)]
        lines.append(
            f"联系人：{r.choice(['××', '×××', 'XX'])}，联系电话：0{r.randint(510, 599)}-××××{r.randint(1000, 9999)}。"  # noqa: E501
        )
        y, m, d = self.date()
        lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    def summary(self, title: str) -> Art:
        """A work summary with a '一是…；二是…；三是…' list inside (one article)."""
        lines = [self.work() + self.work()]
        lines += [f"{x}是{self.civic()[:-1]}；" for x in "一二"] + [f"三是{self.civic()}"]
        lines += [self.work() + self.work() for _ in range(self.r.randint(1, 2))]
        return Art(title, lines, list(lines))

    def essay(self, title: str, *, n: int = 3) -> Art:
        lines = [self.prose() + self.prose() for _ in range(n)]
        return Art(title, lines, list(lines))

    def statute(self, town: str, matter: str) -> Art:
        """A regulation: title, '第N章' chapters, '第N条' clauses, an '（一）' list inside."""
        r = self.r
        org = town + "人民政府"
        title = f"{town}{matter}{'' if matter.endswith('管理') else '管理'}办法"
        chapters = ["总则", r.choice(["管理与服务", "监督检查"]), "法律责任", "附则"]
        lines: list[str] = [title]
        k = 0
        for c, name in enumerate(chapters, start=1):
            lines.append(f"第{cn_small(c)}章　{name}")
            for _ in range(2 if c in (1, 2) else 1):
                k += 1
                if c == 1 and k == 1:
                    text = f"为了规范{matter}工作，保障居民合法权益，结合本{town[-1]}实际，制定本办法。"  # noqa: E501
                elif c == 4:
                    text = "本办法自发布之日起施行。"
                elif k == 3:
                    lines.append(f"第{cn_small(k)}条　{town}{r.choice(UNITS)}履行下列职责：")
                    lines += [f"（{cn_small(j)}）{self.civic()[:-1]}；" for j in (1, 2)]
                    lines.append(f"（三）{self.civic()}")
                    continue
                else:
                    text = self.civic() + f"具体办法由{r.choice(UNITS)}另行制定；{r.choice(END)}。"
                lines.append(f"第{cn_small(k)}条　{text}")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"issuer": org, "published": iso(y, m, d)})


def _cjk_cut(r: random.Random, s: str, lo: int = 4) -> int:
    """A cut between two CJK letters (never next to punctuation or digits)."""
    ok = [c for c in range(lo, len(s) - 4) if all("\u4e00" <= s[j] <= "\u9fff" for j in (c - 1, c))]
    return r.choice(ok)


def damage(
    g: Gen, a: Art, kinds: list[str], mark: Callable[[], list[tuple[str, str]]] | None = None
) -> None:
    """Inject one artifact of each kind into a different prose line of ``a.page`` and record
    its repair.  ``mark``: the chrome lines (kind, line) of a page break."""
    r = g.r
    prose = [
        k
        for k, ln in enumerate(a.page)
        if len(ln) > 30
        and ln.endswith("。")
        and ln == a.lines[k]
        and not any(x in ln for x in ("×", "XX"))
        and not ln[0].isdigit()
    ]
    r.shuffle(prose)
    need = {"comma": "，", "semicolon": "；"}
    for kind in sorted(kinds, key=lambda x: x not in need):  # the pickiest kinds first
        if kind == "zero":
            k = next(j for j, ln in enumerate(a.lines) if ln.endswith("日") and ln[:2] == "二〇")
            a.page[k] = a.lines[k].replace("〇", "○")
            a.repairs.append({"kind": "zero", "damaged": a.page[k], "fixed": a.lines[k]})
            continue
        k = next(j for j in prose if need.get(kind, "") in a.lines[j])
        prose.remove(k)
        good = a.lines[k]
        if kind == "stray_q":
            a.page[k] = good + "?"
        elif kind == "stray_q_indent":
            a.page[k] = "??" + good
        elif kind == "cjk_space":
            cut = _cjk_cut(r, good)
            a.page[k] = good[:cut] + " " + good[cut:]
        elif kind in need:
            a.page[k] = good.replace(need[kind], {"comma": ",", "semicolon": ";"}[kind], 1)
        elif kind == "page_break":
            assert mark is not None
            cut = _cjk_cut(r, good, len(good) // 3)
            marks = mark()
            a.page[k] = "\n".join([good[:cut], "", *(x for _, x in marks), "", good[cut:]])
            a.chrome += marks
        rk = "stray_q" if kind.startswith("stray_q") else kind
        a.repairs.append({"kind": rk, "damaged": a.page[k], "fixed": good})


Made = tuple[list[str], list[Art], Chrome, bool]


def counter(first: int, total: int, fmt: Callable[[int, int], str]) -> Callable[[], str]:
    """Page counters that run up from ``first`` (one per page break on the page)."""
    state = [first - 1]

    def nxt() -> str:
        state[0] = min(state[0] + 1, total)
        return fmt(state[0], total)

    return nxt
