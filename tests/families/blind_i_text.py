"""Words and text makers of :mod:`tests.families.blind_families_i` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``i``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, iso

# a book-review community
BOOKS_R = ["雾港来信", "灯塔守夜人的十二个冬天", "旧电车", "纸鸢与河", "盐田往事"]
BOOKS_R += ["北纬三十度的邮差", "无人知晓的果园", "夜航船上的少年"]
# (a review's own title, the shape of a heading the critics write)
HOOK = ["写给所有离开故乡的人", "慢下来才读得懂的一本书", "温柔而克制的告别", "比想象中更锋利"]
HOOK += ["一本适合在雨天读的小说", "我为什么读了两遍", "那些没有说出口的话", "读完想去看海"]
READER = ["纸上行舟", "栗子不吃糖", "西窗听雪人", "半页书签", "晚来天欲雪", "阿橘读书中"]
R_OPEN = ["这本书我断断续续读了两个星期", "合上书的那一刻窗外正好下起了雨"]
R_OPEN += ["最初是被封面吸引才借来读的", "朋友推荐了很多次终于翻开了", "在返乡的火车上一口气读完"]
R_VIEW = ["作者的笔调克制而温柔", "情节推进得并不快", "人物之间的关系写得很细"]
R_VIEW += ["结构上采用了书信与回忆交替的方式", "语言干净得几乎没有形容词"]
R_FEEL = ["却在某个段落突然击中了我", "读到后半部分才慢慢明白用意"]
R_FEEL += ["让人忍不住停下来想一想自己的经历", "有几处略显拖沓但瑕不掩瑜"]
R_DETAIL = ["主角每年冬天都会给远方寄一封不署名的信", "老渡工把船桨挂在门后再也没有取下"]
R_DETAIL += ["母亲的旧账本里夹着一张褪色的车票", "少年在盐堆上写下名字又被海风吹散"]
R_DETAIL += ["邮差总在同一棵樟树下停车歇脚"]
R_QUOTE = ["「人总要先离开一座城，才看得清它的灯火。」", "「有些告别，是在很多年以后才完成的。」"]
R_QUOTE += [
    "「河水从不回头，可它记得每一块石头。」",
    "「我们都在等一封信，只是不知道寄信的人是谁。」",
]
R_FOR = ["推荐给在外漂泊的年轻人", "推荐给喜欢安静叙事的读者", "推荐给正在经历离别的人"]
R_WHERE = ["写于城西旧居", "记于返程的列车上", "写于深夜的台灯下"]

# a museum collection catalogue
OBJECTS = ["褐釉刻花双系壶", "铜鎏金卧鹿镇纸", "竹雕松下对弈笔筒", "青白釉瓜棱执壶"]
OBJECTS += [
    "剔红缠枝花卉圆盒",
    "白玉螭纹带钩",
    "黄花梨委角小方箱",
    "紫砂提梁茶壶",
    "錾花银鎏金发簪",
]
AGE = ["北宋", "南宋", "元", "明万历", "清乾隆", "清晚期", "民国"]
SOURCE = ["1987年征集", "1993年私人捐赠", "2004年考古发掘出土", "旧藏拨交", "2011年购藏"]
SHAPE = ["口微侈，短颈，丰肩，腹下渐收", "器身呈长方形，四角委角", "通体作竹节状，上下各起凸棱一道"]
SHAPE += ["盖面隆起，子母口扣合严密", "体扁而修长，首尾微微上翘"]
DECOR = ["腹部刻划折枝花卉三组", "外壁浅浮雕山石松树与对弈老者", "盖面以细密回纹作地"]
DECOR += ["肩部饰一周卷草纹", "通体光素无纹"]
STATE = ["釉面莹润，局部有细小开片", "包浆自然，刀法简练", "边沿略有磕损，早年已作修复"]
STATE += ["色泽温润，保存较为完好"]
JUDGE = ["为同类器物中难得的精品", "反映了当时民间工艺的较高水准", "可与窑址出土标本相互印证"]
JUDGE += ["是研究地方手工业的实物资料"]
MARK = ["底部刻楷书四字款，字口清晰", "盖内墨书编号一行，已漫漶难辨", "器身无款识"]
BOOKS = ["《蘅台藏品图录·杂项卷》", "《江表工艺遗珍》", "《蘅台博物馆馆刊》", "《古器物鉴赏札记》"]
HALL = ["陶瓷", "金属器", "竹木牙角", "玉石", "文房"]

# a software help centre
APP = "栈桥记账"
TOPICS = [
    "如何导出月度账单",
    "绑定银行卡失败怎么办",
    "怎样设置每月预算提醒",
    "共享账本如何邀请成员",
]
TOPICS += ["更换手机后如何恢复数据", "如何关闭自动续费", "账单分类可以自定义吗", "如何开启指纹解锁"]
UI = ["底部的「我的」页签", "「设置」入口", "「账本管理」", "「数据与备份」", "右上角的「⋯」按钮"]
UI += ["首页的「预算」卡片", "「安全与隐私」"]
ACT = ["点击", "长按", "进入", "轻触"]
THEN = ["在弹出的菜单中选择对应选项", "页面会自动跳到下一步", "稍等片刻即可看到结果"]
THEN += ["按提示完成身份验证", "确认后点击「完成」保存"]
WHY = ["网络信号不稳定", "系统版本过低", "账户尚未完成实名认证", "本地缓存占用空间过大"]
WHY += ["银行预留手机号已变更"]
FIX = ["切换到稳定的无线网络后重试", "将应用升级到最新版本", "清理缓存后重新登录"]
FIX += ["在账户页补全实名信息", "联系发卡行更新预留信息"]
ASK = ["导出的文件是什么格式", "免费用户可以使用这个功能吗", "操作后多久生效", "电脑端能同步吗"]

# a job-posting board
FIRMS = [
    "鸣泉网络科技有限公司",
    "禾丰冷链物流有限公司",
    "栎园文化传媒有限公司",
    "芃芃教育咨询有限公司",
]
JOBS = ["前端开发工程师", "新媒体运营专员", "冷链仓储主管", "平面设计师", "售后客服专员"]
JOBS += ["数据标注组长", "财务会计", "短视频剪辑师"]
CITY = ["栎阳市·高新区", "栎阳市·老城区", "沙沅市·滨江新区", "沙沅市·北站片区"]
EXP = ["经验不限", "1-3年", "3-5年", "5-10年"]
EDU = ["大专", "本科", "学历不限"]
DUTY = [
    "负责日常业务流程的梳理与执行",
    "配合团队完成季度目标的拆解与跟进",
    "定期整理工作数据并形成周报",
]
DUTY += ["参与新项目的需求讨论与方案评审", "对接外部合作方并维护良好关系", "指导新人熟悉岗位规范"]
NEED = ["具备良好的沟通表达能力", "熟练使用常用办公软件", "有同类岗位工作经历者优先"]
NEED += ["责任心强，能适应阶段性加班", "对细节敏感，做事有条理", "能够独立分析并解决问题"]
PERK = ["入职即缴纳五险一金", "每年一次免费体检", "提供工作餐及交通补贴", "周末双休并享带薪年假"]
PERK += ["定期组织团队建设活动", "表现优秀者可获内部晋升机会"]
BRIEF = ["成立于二〇一〇年前后，目前员工约两百人", "团队氛围轻松，管理扁平"]
BRIEF += ["业务覆盖周边多个城市", "近三年营收保持稳定增长"]


class GenI(Gen):
    """Text makers for the ``i`` families (deterministic from the seed)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.quoted = 0  # quotes go round, so no two reviews on a page quote the same line

    # -- book reviews
    def muse(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(R_OPEN)}，{r.choice(R_VIEW)}，{r.choice(R_FEEL)}，前后我一共做了{self.n + 10}处批注。"  # noqa: E501

    def review(self, title: str, *, details: int = 3, signed: bool = True) -> Art:
        """A review: paragraphs, a quoted line 「…」, a ``让我记住的细节：`` list ``其一，`` …
        (one article, never split) and, if ``signed``, a place line and a Chinese-numeral
        date (the day it was written and posted)."""
        r = self.r
        self.quoted += 1
        quote = R_QUOTE[self.quoted % len(R_QUOTE)]
        lines = [self.muse() + self.muse(), quote, self.muse()]
        if details:
            lines.append("让我记住的细节：")
            lines += [
                f"其{'一二三四'[k]}，{d}，{r.choice(R_FEEL)}。"
                for k, d in enumerate(r.sample(R_DETAIL, details))
            ]
        lines.append(f"{r.choice(R_FOR)}，{r.choice(R_VIEW)}，{r.choice(R_FEEL)}。")
        y, m, d = self.date()
        if signed:
            lines += [r.choice(R_WHERE), cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- museum
    def describe(self) -> str:
        self.n += 1
        r = self.r
        return f"此器{r.choice(SHAPE)}，{r.choice(DECOR)}，{r.choice(STATE)}，{r.choice(JUDGE)}，入藏时登记为第{self.n + 40}号。"  # noqa: E501

    def relic(self, name: str, *, books: int = 0) -> Art:
        """A catalogue entry: ``◎形制`` / ``◎纹饰`` / ``◎款识`` paragraphs and, if ``books``,
        a ``◎著录`` list ``（1）《书名》，第N页。`` (one article, never split)."""
        r = self.r
        lines = ["◎形制", self.describe() + self.describe(), "◎纹饰", self.describe()]
        lines += ["◎款识", f"{r.choice(MARK)}。"]
        if books:
            lines.append("◎著录")
            for k, b in enumerate(r.sample(BOOKS, books), 1):
                lines.append(f"（{k}）{b}，第{r.randint(3, 220)}页。")
        y, m, d = self.date()
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    def brief_relic(self, name: str) -> Art:
        """A short entry of a theme catalogue: two paragraphs."""
        lines = [self.describe() + self.describe(), self.describe()]
        y, m, d = self.date()
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    # -- help centre
    def step(self, k: int) -> str:
        r = self.r
        return f"{k}、{r.choice(ACT)}{r.choice(UI)}，{r.choice(THEN)}。"

    def cause(self) -> str:
        self.n += 1
        r = self.r
        return f"如果操作时提示失败，多半是{r.choice(WHY)}所致，建议先{r.choice(FIX)}，约{self.n + 2}分钟后再试一次。"  # noqa: E501

    def help(self, topic: str, *, steps: int = 4, faq: int = 2) -> Art:
        """A help article: intro, ``操作步骤`` ``1、`` … steps, a ``注意：`` line and a
        ``常见问题`` list of ``Q：`` / ``A：`` pairs (one article, never split)."""
        r = self.r
        lines = [f"{APP}支持在手机端完成这项操作，{self.cause()}"]
        lines += ["操作步骤", *[self.step(k) for k in range(1, steps + 1)]]
        self.n += 1
        lines.append(
            f"注意：{r.choice(FIX)}之前，请先确认已登录正确的账号，整个过程约需{self.n + 5}秒。"
        )
        if faq:
            lines.append("常见问题")
            for q in r.sample(ASK, faq):
                lines += [f"Q：{q}？", f"A：{self.cause()}"]
        y, m, d = self.date()
        return Art(topic, lines, list(lines), {"published": iso(y, m, d)})

    # -- job board
    def perk(self) -> str:
        self.n += 1
        r = self.r
        a, b = r.sample(PERK, 2)
        return f"{a}，{b}，试用期{self.n % 3 + 1}个月，本岗位今年计划招聘{self.n % 5 + 1}人。"

    def job(self, title: str, firm: str, *, duties: int = 4, needs: int = 3) -> Art:
        """A posting: ``岗位职责`` ``1.`` … and ``任职要求`` ``1.`` … lists (one article, never
        split), ``福利待遇`` and ``公司简介`` paragraphs, the work address."""
        r = self.r
        lines = ["岗位职责"]
        ds = r.sample(DUTY, duties)
        lines += [f"{k}. {x}；" for k, x in enumerate(ds[:-1], 1)] + [f"{duties}. {ds[-1]}。"]
        lines.append("任职要求")
        ns = r.sample(NEED, needs)
        lines += [f"{k}. {x}；" for k, x in enumerate(ns[:-1], 1)] + [f"{needs}. {ns[-1]}。"]
        lines += ["福利待遇", self.perk()]
        self.n += 1
        a, b = r.sample(BRIEF, 2)
        about = f"{firm}{a}，{b}，欢迎认同我们理念的朋友加入，本年度已开放岗位{self.n + 6}个。"
        lines += ["公司简介", about]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"issuer": firm, "published": iso(y, m, d)})


__all__ = [
    "AGE",
    "APP",
    "BOOKS_R",
    "CITY",
    "EDU",
    "EXP",
    "FIRMS",
    "HALL",
    "HOOK",
    "JOBS",
    "OBJECTS",
    "READER",
    "SOURCE",
    "TOPICS",
    "GenI",
]
