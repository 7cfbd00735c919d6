"""Invented pages of three site templates, for the template clustering tests.

Nothing here is copied from a real page: the site names, chrome wordings and bodies are
made up (bodies are random sentences from a small vocabulary, seeded).  Each template has
a header and a footer of chrome lines (some with numbers, dates and the page title in
them, as real templates have) and a body that differs on every page.
"""

from __future__ import annotations

import random
from pathlib import Path

_SUBJECTS = "各部门 各单位 工作专班 网格员 基层站所 有关企业 志愿服务队 执法人员".split()
_VERBS = "认真落实 持续推进 全面排查 统筹做好 及时完善 切实加强 严格执行".split()
_OBJECTS = (
    "隐患排查台账 值班值守制度 资金使用管理 宣传培训工作 档案整理归集 群众诉求回应 "
    "应急物资储备 日常巡查记录 考核评价办法 信息报送机制"
).split()
_ENDS = "确保任务按期完成 营造良好氛围 推动工作取得实效 做到底数清情况明 防止问题反弹".split()
_TOPICS = "防汛 秋季开学 消防安全 垃圾分类 冬季供暖 食品安全 文明创建 乡村振兴".split()
_KINDS = "通知 工作总结 实施方案 情况报告 工作要点 倡议书".split()


def _body(rng: random.Random, n: int) -> list[str]:
    out = []
    for k in range(n):
        out.append(
            f"{rng.choice(_SUBJECTS)}要{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}，"
            f"第{rng.randint(1, 99)}项举措{rng.choice(_ENDS)}。"
            f"{rng.choice(_SUBJECTS)}应{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}，"
            f"力争在{rng.randint(2, 12)}月底前{rng.choice(_ENDS)}（{k}）。"
        )
    return out


def _title(rng: random.Random, n: int) -> str:
    return f"关于做好{rng.choice(_TOPICS)}工作的{rng.choice(_KINDS)}（第{n}号）"


def wenku(rng: random.Random, n: int) -> tuple[str, list[str], list[str]]:
    """A document-sharing site: (page text, chrome lines, body lines)."""
    title = _title(rng, n)
    body = _body(rng, rng.randint(3, 6))
    head = [
        "蓝桥文库 - 免费文档分享平台",
        "首页 > 范文大全 > 公文写作",
        f"上传者：用户{rng.randint(100, 999)}  日期：2023-0{rng.randint(1, 9)}-1{n % 10}",
        f"阅读 {rng.randint(10, 9999)} 次  下载 {rng.randint(1, 99)} 次",
    ]
    tail = [
        f"下载本文档需要 {rng.randint(1, 9)} 积分，开通VIP免费下载",
        f"《{title}》由用户整理上传，版权归原作者所有",
        "蓝桥文库 联系我们 | 用户协议 | 隐私政策",
    ]
    lines = [*head, title, *body, *tail]
    return "\n".join(lines) + "\n", [*head, *tail], [title, *body]


def news(rng: random.Random, n: int) -> tuple[str, list[str], list[str]]:
    """A news site."""
    title = _title(rng, n)
    body = _body(rng, rng.randint(3, 6))
    date = f"2022年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 08:{rng.randint(10, 59)}"
    head = ["云溪日报 | 要闻 | 本地 | 评论 | 视频", f"{date}  来源：云溪日报"]
    tail = [
        f"责任编辑：编辑{rng.randint(1, 60)}",
        "分享到：微信 微博 QQ空间",
        "云溪日报社版权所有 未经授权禁止转载",
    ]
    lines = [head[0], title, head[1], *body, *tail]
    return "\n".join(lines) + "\n", [*head, *tail], [title, *body]


def portal(rng: random.Random, n: int) -> tuple[str, list[str], list[str]]:
    """A county portal."""
    title = _title(rng, n)
    body = _body(rng, rng.randint(3, 6))
    head = [
        "松林县人民政府门户网站",
        "当前位置：首页 > 政务公开 > 通知公告",
        "字号：大 中 小  打印本页  关闭窗口",
    ]
    phone = f"0{rng.randint(100, 999)}-6{rng.randint(1000000, 9999999)}"
    code, icp = rng.randint(10000000, 99999999), rng.randint(10000, 99999)
    tail = [
        f"主办：松林县人民政府办公室  联系电话：{phone}",
        f"网站标识码：51{code}  备案号：林ICP备{icp}号",
    ]
    lines = [*head, title, *body, *tail]
    return "\n".join(lines) + "\n", [*head, *tail], [title, *body]


TEMPLATES = {"wenku": wenku, "news": news, "portal": portal}


def write_mixed(
    folder: Path, names: list[str], per: int = 8, *, seed: int = 3
) -> dict[str, tuple[str, list[str], list[str]]]:
    """``per`` pages of each named template in ``folder``, interleaved by file name
    (page n of every template, then page n+1 …); returns ``{file name: (template,
    chrome lines, body lines)}``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, tuple[str, list[str], list[str]]] = {}
    for n in range(per):
        for name in names:
            text, chrome, body = TEMPLATES[name](rng, n)
            fname = f"p{n:03d}_{name}.txt"
            (folder / fname).write_text(text, encoding="utf-8")
            out[fname] = (name, chrome, body)
    return out
