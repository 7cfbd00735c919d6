"""Invented document-site families with exact ground truth, for tuning and held-out checks.

Every word here is invented (places such as 青澜县 and 鹤川县, sites such as example.net).
Each family models one kind of document-sharing or notice-reprint site: its own head and
foot chrome, article-header style, metadata format, per-article notes, encoding and line
ends.  Families with ``role = "tune"`` were used to tune the generic detectors and the
site-profile thresholds; ``role = "heldout"`` families were written before tuning and are
only measured (``benchmarks/boilerplate_bench.py``), never tuned on.  No rule pack may
contain a phrase of a held-out family.

``python -m tests.families.generate`` rewrites ``tests/families/<family>/`` (pages +
``truth.jsonl``); the output is deterministic.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

PLACES = [
    "青澜县",
    "东沅市",
    "白溪镇",
    "桐湾区",
    "鹤川县",
    "清泽市",
    "云岭乡",
    "柳江区",
    "梅岗镇",
    "石屏县",
    "南汀市",
    "安禾县",
    "西渚区",
    "望川镇",
    "兰陵乡",
    "北塘市",
]
ORGS = [
    "人民政府",
    "人民政府办公室",
    "教育局",
    "卫生健康局",
    "应急管理局",
    "农业农村局",
    "住房和城乡建设局",
    "市场监督管理局",
    "文化和旅游局",
    "生态环境局",
]
TOPICS = [
    "做好春季森林防火工作",
    "加强农村饮水安全管理",
    "开展安全生产大检查",
    "推进生活垃圾分类",
    "做好防汛抗旱准备",
    "加强校园安全管理",
    "开展全民健身活动",
    "推进老旧小区改造",
    "做好秋季学期开学工作",
    "加强食品安全监管",
    "做好冬季供暖保障",
    "开展文明城市创建",
    "加强耕地保护",
    "推进数字乡村建设",
    "做好高温天气防范",
    "开展消防安全检查",
    "加强养老服务设施建设",
    "推进河湖长制落实",
    "做好困难群众救助",
    "开展农产品质量抽检",
]
DOC_TYPES = ["通知", "意见", "实施方案", "工作总结", "报告", "通报"]
ESSAY_TITLES = [
    "我的家乡小河",
    "难忘的一次远足",
    "老屋门前的槐树",
    "第一次做饭",
    "秋天的田野",
    "外婆的菜园",
    "雨中的车站",
    "一本旧相册",
    "夜晚的星空",
    "学骑自行车",
    "校园里的银杏",
    "爷爷的收音机",
    "清晨的菜市场",
    "那年的雪",
    "一封没寄出的信",
    "窗台上的绿萝",
    "小镇的集市",
    "运动会上的接力",
]
SUBJ = [
    "各级各部门",
    "各乡镇",
    "有关单位",
    "全体干部职工",
    "各学校",
    "各社区",
    "相关企业",
    "工作专班",
    "基层站所",
    "执法人员",
    "网格员",
    "志愿服务队",
]
VERB = [
    "要切实加强",
    "应当认真落实",
    "须及时完善",
    "要持续推进",
    "应进一步规范",
    "要全面排查",
    "应统筹做好",
    "须严格执行",
    "要认真组织",
    "应主动加强",
]
OBJ = [
    "隐患排查台账",
    "值班值守制度",
    "应急物资储备",
    "宣传培训工作",
    "信息报送机制",
    "日常巡查记录",
    "督导检查清单",
    "资金使用管理",
    "档案整理归集",
    "考核评价办法",
    "风险研判会商",
    "群众诉求回应",
]
PURP = [
    "确保各项任务按期完成",
    "切实保障群众生命财产安全",
    "推动工作取得实效",
    "形成长效管理机制",
    "不断提升服务水平",
    "防止问题反弹回潮",
    "营造良好社会氛围",
    "做到底数清情况明",
]
ESSAY = [
    "阳光照在",
    "我记得",
    "那天傍晚",
    "风吹过",
    "妈妈告诉我",
    "不知不觉间",
    "远远望去",
    "小时候",
]
ESSAY_MID = [
    "河边的柳条",
    "院子里的石凳",
    "门口的小路",
    "教室的窗户",
    "山坡上的野花",
    "巷子里的灯",
    "桌上的旧书",
    "田埂上的稻草人",
]
ESSAY_END = [
    "轻轻摇晃着",
    "显得格外安静",
    "留下了温暖的影子",
    "仿佛在对我微笑",
    "让我久久不能忘怀",
    "像一幅淡淡的水墨画",
    "一直陪伴着我长大",
    "在记忆里闪闪发亮",
]
CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


@dataclass
class Article:
    title: str
    lines: list[str]  # clean text lines (what the output should hold)
    page_lines: list[str]  # the same lines as they appear on the page (with artifacts)
    meta: dict[str, str] = field(default_factory=dict)
    repairs: list[dict[str, str]] = field(default_factory=list)


class Writer:
    """Invented sentences; every sentence carries a counter so no line repeats by chance."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0

    def sentence(self) -> str:
        self.n += 1
        r = self.rng
        return (
            f"{r.choice(SUBJ)}{r.choice(VERB)}{r.choice(OBJ)}，第{self.n}项措施{r.choice(PURP)}。"
        )

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def essay_sentence(self) -> str:
        self.n += 1
        r = self.rng
        return f"{r.choice(ESSAY)}，{r.choice(ESSAY_MID)}{r.choice(ESSAY_END)}，那是第{self.n}个难忘的瞬间。"  # noqa: E501 (generated text template)

    def doc(
        self,
        place: str,
        *,
        salutation: str | None = None,
        closing: str | None = None,
        artifacts: bool = True,
    ) -> Article:
        r = self.rng
        org = place + r.choice(ORGS)
        dtype = r.choice(DOC_TYPES)
        title = f"{org}关于{r.choice(TOPICS)}的{dtype}"
        year = r.randint(2008, 2022)
        month, day = r.randint(1, 12), r.randint(1, 28)
        lines = [salutation or f"{r.choice(['各乡镇人民政府', '各有关单位', '各街道办事处'])}："]
        lines += [self.paragraph() for _ in range(r.randint(3, 5))]
        if closing:
            lines.append(closing)
        lines += [
            org,
            f"{cn_year(year)}年{cn_num(month) if month <= 10 else '十' + cn_num(month - 10)}月{day}日",  # noqa: E501 (generated text template)
        ]
        page_lines = list(lines)
        repairs: list[dict[str, str]] = []
        if artifacts:
            kind = r.choice(["stray_q", "zero", "comma"])
            if kind == "stray_q":
                page_lines[0] = lines[0] + "?"
                repairs.append({"kind": kind, "damaged": page_lines[0], "fixed": lines[0]})
            elif kind == "zero" and "〇" in lines[-1]:
                page_lines[-1] = lines[-1].replace("〇", "○")
                repairs.append({"kind": kind, "damaged": page_lines[-1], "fixed": lines[-1]})
            else:
                page_lines[1] = lines[1].replace("，", ",", 1)
                repairs.append({"kind": "comma", "damaged": page_lines[1], "fixed": lines[1]})
        meta = {
            "issuer": org,
            "doc_number": f"{place[:2]}{r.choice(['政发', '政办发', '教发', '应急发'])}〔{year}〕{r.randint(1, 99)}号",  # noqa: E501 (generated text template)
            "published": f"{year:04d}-{month:02d}-{day:02d}",
        }
        return Article(title, lines, page_lines, meta, repairs)

    def essay(self) -> Article:
        title = self.rng.choice(ESSAY_TITLES)
        lines = [
            self.essay_sentence() + self.essay_sentence() for _ in range(self.rng.randint(3, 5))
        ]
        return Article(title, lines, list(lines))


@dataclass
class Family:
    name: str
    role: str  # "tune" or "heldout"
    encoding: str  # codec for .txt pages, or "jsonl"
    newline: str
    pages: int
    make: Callable[[Writer, int], tuple[list[str], list[Article], list[str], bool]]
    site_url: str | None = None


# Each maker returns (page lines, articles, chrome lines, compiled?)


def fam_essay_wenku(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Essay compilations: '篇一：' headers, uploader bar, per-essay note, read-more footer."""
    arts = [w.essay() for _ in range(w.rng.randint(2, 4))]
    page_title = f"关于{arts[0].title}的作文（精选{len(arts)}篇）"
    head = [
        f"上传者：会员{w.rng.randint(100, 999)}  上传时间：2021-0{w.rng.randint(1, 9)}-1{w.rng.randint(0, 9)}  共{w.rng.randint(2, 9)}页",  # noqa: E501 (generated text template)
        "本文档所需积分：2分，会员免费下载",
    ]
    chrome = [page_title, *head]
    lines = [page_title, "", *head, ""]
    for n, a in enumerate(arts, start=1):
        lines += [f"篇{cn_num(n)}：{a.title}", "", *a.page_lines]
        note = "（本文仅供学习交流，请勿直接抄袭）"
        lines += [note, ""]
        chrome.append(note)
    foot = [
        f"还剩{w.rng.randint(2, 5)}页未读，继续阅读",
        "文档由会员自行上传，如有侵权请联系客服删除",
        "相关文档",
        arts[0].title + "范文",
        "写人的作文三篇",
    ]
    lines += foot
    return lines, arts, [*chrome, *foot], True


def fam_gov_reprint(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Notice reprints: '第1篇' headers, '发文机关：… 发文字号：… 成文日期：…' meta line."""
    arts = [w.doc(w.rng.choice(PLACES)) for _ in range(w.rng.randint(2, 3))]
    page_title = arts[0].title[:22]
    head = [
        "当前位置：首页 > 政策文件 > 地方规章",
        "【字体：大 中 小】【打印】【关闭】",
        "扫一扫在手机打开当前页",
    ]
    lines = [page_title, *head, ""]
    for n, a in enumerate(arts, start=1):
        m = a.meta
        lines += [
            f"第{n}篇 {a.title}",
            f"发文机关：{m['issuer']} 发文字号：{m['doc_number']} 成文日期：{m['published'][:4]}年{int(m['published'][5:7])}月{int(m['published'][8:])}日",  # noqa: E501 (generated text template)
            *a.page_lines,
            "",
        ]
    foot = ["主办单位：政策汇编网 联系电话：0000-12345678", "网站标识码：EX0000000001"]
    lines += foot
    return lines, arts, [page_title, *head, *foot], True


def fam_fanwen(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Sample-document site: '范文一：' headers, 【发布单位】 bracket meta, per-article source note."""  # noqa: E501 (generated text template)
    arts = [w.doc(w.rng.choice(PLACES)) for _ in range(w.rng.randint(2, 3))]
    page_title = f"{arts[0].title}（通用{len(arts)}篇）"
    head = [
        "范文大全 > 公文写作 > 通知",
        f"浏览：{w.rng.randint(100, 9999)}次 更新：2022-03-0{w.rng.randint(1, 9)}",
    ]
    chrome = [page_title, *head]
    lines = [page_title, *head, ""]
    for n, a in enumerate(arts, start=1):
        m = a.meta
        lines += [
            f"范文{cn_num(n)}：{a.title}",
            f"【发布单位】{m['issuer']} 【发布文号】{m['doc_number']} 【发布日期】{m['published']}",
            "",
            *a.page_lines,
            "（此文档来源于网络整理，版权归原作者所有）",
            "",
        ]
        chrome.append("（此文档来源于网络整理，版权归原作者所有）")
    foot = [
        "热门推荐",
        "年度工作总结范文",
        "述职报告写作要点",
        "Copyright © 2016-2023 范文大全 All Rights Reserved",
    ]
    lines += foot
    return lines, arts, [*chrome, *foot], True


def fam_h_bracket_table(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Held out: '【篇一】' headers, tab-separated label/value metadata table rows."""
    arts = [w.doc(w.rng.choice(PLACES)) for _ in range(w.rng.randint(2, 4))]
    page_title = f"{arts[0].title[:16]}…等{len(arts)}篇"
    head = [
        "文库首页 / 公文 / 通知公告",
        f"页数：{w.rng.randint(3, 12)}  大小：{w.rng.randint(20, 90)}KB  格式：DOC",
        "点击此处免费下载全文",
    ]
    chrome = [page_title, *head]
    lines = [page_title, "", *head, ""]
    for n, a in enumerate(arts, start=1):
        m = a.meta
        lines += [
            f"【篇{cn_num(n)}】{a.title}",
            "",
            f"发文机关\t{m['issuer']}\t发文字号\t{m['doc_number']}",
            f"成文日期\t{m['published']}\t所属类别\t地方性文件",
            "",
            *a.page_lines,
            "",
        ]
        a.meta = {**m, "category": "地方性文件"}
    foot = [
        "本页为预览页，完整内容请下载后查看",
        "举报 | 收藏 | 分享到微信",
        "猜你喜欢",
        "乡镇工作计划怎么写",
        "年终总结开头语大全",
    ]
    lines += foot
    return lines, arts, [*chrome, *foot], True


def fam_h_onefield(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Held out (JSONL with URLs): '第一篇：' headers, one letter-spaced field per line."""
    arts = [w.doc(w.rng.choice(PLACES)) for _ in range(w.rng.randint(2, 3))]
    page_title = arts[0].title
    head = [f"{page_title}_公文下载站", "导读：本文整理了多篇相关公文，供大家参考借鉴。"]
    chrome = [*head]
    lines = [*head, ""]
    for n, a in enumerate(arts, start=1):
        m = a.meta
        index_no = f"{w.rng.randint(10000, 99999)}-{m['published'][:4]}"
        lines += [
            f"第{cn_num(n)}篇：{a.title}",
            f"索 引 号：{index_no}",
            f"发文单位：{m['issuer']}",
            f"文件编号：{m['doc_number']}",
            f"印发日期：{m['published']}",
            *a.page_lines,
            "",
        ]
        a.meta = {**m, "index_no": index_no}
    foot = [
        "更多精彩内容，请关注本站微信公众号",
        "Copyright © 2018-2022 公文下载站 版权所有",
        "本站部分内容来自互联网，如有侵权请来信告知",
    ]
    lines += foot
    return lines, arts, [*chrome, *foot], True


def fam_h_county_notice(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Held out: single notices of one county site; same salutation, closing and signature
    on most pages (must be kept); site bar and footer (must go); two-row meta table."""
    a = w.doc("鹤川县", salutation="各乡镇人民政府，县直各单位：", closing="特此通知。")
    a.lines[-2] = a.page_lines[-2] = "鹤川县人民政府"
    a.meta = {**a.meta, "issuer": "鹤川县人民政府"}
    head = [
        "网站首页 | 政务公开 | 办事服务 | 互动交流",
        "您所在的位置：首页 >> 政务公开 >> 通知公告",
    ]
    m = a.meta
    body = [
        a.title,
        "发布机关 | 文号 | 发布日期",
        f"{m['issuer']} | {m['doc_number']} | {m['published']}",
        *a.page_lines,
    ]
    foot = [
        "【打印此页】 【关闭窗口】",
        "鹤川县人民政府办公室主办 技术支持：某某信息公司",
        f"访问量：{w.rng.randint(10000, 99999)}",
    ]
    lines = [*head, "", *body, "", *foot]
    art = Article(a.title, [a.title, *a.lines], [a.title, *a.page_lines], a.meta, a.repairs)
    return lines, [art], [*head, *foot], False


FAMILIES = [
    Family("tune_essay_wenku", "tune", "utf-8", "\n", 8, fam_essay_wenku),
    Family("tune_gov_reprint", "tune", "gb18030", "\r\n", 8, fam_gov_reprint),
    Family("tune_fanwen", "tune", "utf-8", "\n", 8, fam_fanwen),
    Family("heldout_bracket_table", "heldout", "utf-16", "\n", 8, fam_h_bracket_table),
    Family(
        "heldout_onefield",
        "heldout",
        "jsonl",
        "\n",
        8,
        fam_h_onefield,
        "https://www.gongwen-example.net",
    ),
    Family("heldout_county_notice", "heldout", "utf-8-sig", "\r\n", 8, fam_h_county_notice),
]


def generate(
    out: Path = HERE, *, families: list[Family] | None = None, seed_base: int = 1000
) -> None:
    for k, fam in enumerate(FAMILIES if families is None else families):
        w = Writer(seed_base + k)
        d = out / fam.name
        pages_dir = d / "pages"
        pages_dir.mkdir(parents=True, exist_ok=True)
        truths = []
        records = []
        for i in range(fam.pages):
            lines, arts, chrome, compiled = fam.make(w, i)
            text = fam.newline.join(lines) + fam.newline
            name = f"page_{i:02d}.txt"
            if fam.encoding == "jsonl":
                url = f"{fam.site_url}/doc/{i:04d}.html"
                records.append(
                    json.dumps(
                        {"id": f"{fam.name}-{i}", "url": url, "text": text}, ensure_ascii=False
                    )
                )
                name = f"pages.jsonl:{i + 1}"
            else:
                (pages_dir / name).write_bytes(text.encode(fam.encoding))
            truths.append(
                {
                    "family": fam.name,
                    "role": fam.role,
                    "page": name,
                    "compiled": compiled,
                    "articles": [
                        {"title": a.title, "lines": a.lines, "meta": a.meta} for a in arts
                    ],
                    "chrome": chrome,
                    "repairs": [r for a in arts for r in a.repairs],
                }
            )
        if records:
            (pages_dir / "pages.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        (d / "truth.jsonl").write_text(
            "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truths), encoding="utf-8"
        )


if __name__ == "__main__":
    generate()
