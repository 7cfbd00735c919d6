"""Invented sites of short content lines, for ``loss_audit.py --fixtures``.

Each site is a few pages of one invented site (wording of our own, no evaluation page's):
short changelog items under section headings the site repeats, FAQ pages of short
questions and answers, how-to pages of short imperative steps, prize lists of short
names, numbered series titles.  Every page carries the site's chrome too (a menu bar,
'分享', '返回顶部', a copyright line, '上一篇：…').  ``SITES`` maps a name to a function
returning the pages (lists of lines) and, per page, the set of its content lines.
"""

from __future__ import annotations

from collections.abc import Callable

Site = tuple[list[list[str]], list[set[str]]]
NAV = "首页 | 下载 | 论坛 | 联系我们"
FOOT = ["分享", "返回顶部", "青柳软件　版权所有"]
INTROS = [
    "这一版主要改进了同步的速度，并且修正了几处显示上的小毛病，欢迎大家试用。",
    "我们重写了编辑器的底层，打开大文件时明显更快，占用的内存也少了一些。",
    "本次更新把设置页重新整理了一遍，常用的开关都放到了第一屏，找起来更方便。",
    "新版的搜索支持拼音首字母，输入几个字母就能找到想要的笔记，省去翻找的时间。",
    "为了照顾老机型，我们把动画效果做成了可选项，关掉以后滑动会更加流畅一些。",
    "这次还调整了图标的配色，夜间看起来不那么刺眼，长时间使用眼睛也会舒服一点。",
    "同步失败时现在会给出明确的原因，并且提供一键重试，不用再反复退出登录了。",
    "导出功能新增了表格格式，方便大家把记录整理到电脑上，再做进一步的统计。",
]
NEW = ["◎新增夜间模式。", "◎新增桌面挂件。", "◎新增语音速记。", "◎新增月历视图。"]
FIX = [
    "◎修复下载中断的问题。",
    "◎修复登录失败的问题。",
    "◎修复分享卡片空白的问题。",
    "◎修复评论无法发送的问题。",
    "◎修复扫码登录的问题。",
    "◎修复已知问题。",
]


def _site(
    bodies: list[list[str]], head: list[str] | None = None, foot: list[str] | None = None
) -> Site:
    head = [NAV] if head is None else head
    foot = FOOT if foot is None else foot
    return [[*head, *b, *foot] for b in bodies], [set(b) - {""} for b in bodies]


def release_notes(*, intro: bool = True, gap: bool = False) -> Site:
    bodies = []
    for n in range(8):
        body = [f"青柳笔记 5.{n}.0 更新说明", *([INTROS[n]] if intro else [])]
        body += ["新增功能　Features", NEW[n % 4], NEW[(n + 1) % 4], "修复问题　Fixes", FIX[n % 6]]
        body += [FIX[(n + 3) % 6]] if n % 2 else []
        bodies.append(body + ([""] if gap else []))
    return _site(bodies)


def version_titles() -> Site:
    bodies = [
        [
            f"青柳笔记 3.{n}.0",
            "新功能　Features",
            NEW[n % 4],
            "◎性能优化。",
            "修复问题　Fixes",
            "◎修复已知问题。",
        ]
        for n in range(6)
    ]
    return _site(bodies)


def faq() -> Site:
    qa = [
        ("问：怎样找回密码？", "答：在登录页点忘记密码。"),
        ("问：可以退款吗？", "答：七天内可以。"),
        ("问：支持哪些系统？", "答：安卓和苹果。"),
        ("问：数据存在哪里？", "答：存在本机。"),
        ("问：怎样换绑手机？", "答：在设置里换绑。"),
        ("问：会员能共享吗？", "答：不能。"),
    ]
    bodies = []
    for n in range(5):
        pairs = [x for k in range(3) for x in qa[(n + k) % 6]]
        bodies.append([f"常见问题：第{n + 1}组", *pairs, INTROS[n]])
    return _site(bodies)


STEPS = [
    ["打开设置", "点开账户", "选择安全", "输入旧密码", "保存"],
    ["打开相册", "选中照片", "点分享", "选择好友"],
    ["打开设置", "点开通知", "关闭声音", "保存"],
    ["打开首页", "点右上角", "选择扫一扫", "对准二维码"],
    ["打开设置", "点开账户", "选择注销", "确认"],
]


def steps(*, numbered: bool) -> Site:
    bodies = []
    for n, s in enumerate(STEPS):
        items = [f"{i + 1}. {x}。" for i, x in enumerate(s)] if numbered else s
        bodies.append(
            [f"教程{n + 1}：一个小操作", "操作步骤", *items, "小贴士", "操作前请先备份数据。"]
        )
    prev = [[f"上一篇：教程{n}：一个小操作"] if n else [] for n in range(len(STEPS))]
    pages, content = _site(bodies)
    return [p[:-3] + pr + p[-3:] for p, pr in zip(pages, prev, strict=True)], content


def names() -> Site:
    lists = [
        ["张小北", "李青", "王一鸣", "赵子敬"],
        ["陈默", "李青", "孙可"],
        ["周南", "吴桐", "李青"],
        ["钱多", "王一鸣", "郑和平"],
        ["冯远", "陈默", "褚怀"],
    ]
    bodies = [
        [f"第{n + 1}期获奖名单", "一等奖", s[0], "二等奖", *s[1:], INTROS[n]]
        for n, s in enumerate(lists)
    ]
    return _site(bodies)


def recipes() -> Site:
    bodies = [
        [
            f"家常菜谱：第{n + 1}道",
            INTROS[n],
            "用料",
            "鸡蛋两个",
            "盐少许",
            "葱一根",
            "做法",
            "打散鸡蛋。",
            "下锅翻炒。",
            "出锅。",
        ]
        for n in range(8)
    ]
    return _site(bodies)


SITES: dict[str, Callable[[], Site]] = {
    "release_notes": release_notes,
    "release_notes_no_intro": lambda: release_notes(intro=False),
    "release_notes_foot_gap": lambda: release_notes(gap=True),
    "version_titles": version_titles,
    "faq": faq,
    "steps_plain": lambda: steps(numbered=False),
    "steps_numbered": lambda: steps(numbered=True),
    "names": names,
    "recipes": recipes,
}
