"""Words and text makers of :mod:`tests.families.blind_families_yb` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yb`` families repeats one of the earlier
families.  The gazette's words are all in Big5 (cp950), the organisation department's and
the charity's in GBK (some of their pages are GBK or GB18030).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art
from tests.families.blind_o_text import GenO

# -- a special administrative region's official gazette (鏡灣), traditional letters, Big5 -----
GZ_NAME = "鏡灣特別行政區公報"
# (office, official's title, official's name)
GZ_OFFICES = [
    ("行政長官辦公室", "行政長官", "梁煦庭"),
    ("行政法務司司長辦公室", "行政法務司司長", "歐陽靜儀"),
    ("經濟財政司司長辦公室", "經濟財政司司長", "霍致遠"),
    ("社會文化司司長辦公室", "社會文化司司長", "唐曉嵐"),
    ("運輸工務司司長辦公室", "運輸工務司司長", "黎振邦"),
    ("保安司司長辦公室", "保安司司長", "馮啟明"),
]
GZ_BODIES = [
    "海濱文化節籌備委員會",
    "長者友善社區工作小組",
    "離島交通規劃專責委員會",
    "青年創業資助評審委員會",
    "歷史城區保育諮詢委員會",
    "公共泳池管理督導小組",
    "食品安全風險評估小組",
    "中小企業援助計劃審批委員會",
]
GZ_UNITS = ["文化局", "社會工作局", "交通事務局", "經濟局", "土地工務局", "體育局", "衛生局"]
GZ_PEOPLE = ["高詠芝", "鄧家樂", "司徒曉峰", "麥綺雯", "區志豪", "蘇樂怡", "羅嘉駿", "葉慧珊"]
GZ_LAW = ["行政法規", "法律", "行政法規", "行政法規"]
GZ_WHAT = [
    "負責研究及跟進有關政策的落實情況，並定期向監督實體提交工作報告",
    "負責統籌各相關部門的工作，確保計劃按既定時間表順利推行",
    "負責審議申請個案，並就資助金額及發放方式提出具體建議",
    "負責收集社會各界意見，並就改善措施提出可行方案",
]
GZ_COST = [
    "執行本批示所需的開支，由本年度財政預算的相應項目承擔",
    "委員會成員不收取任何報酬，但可按規定收取出席費",
    "委員會的行政及技術輔助由有關部門負責提供",
]

# -- a city party organisation department's pre-appointment notices (岑州组工网), GBK ---------
RQ_SITE = "岑州组工网"
RQ_DEPT = "中共岑州市委组织部"
RQ_NAMES = [
    ("钟怀远", "男"),
    ("许若兰", "女"),
    ("贺明川", "男"),
    ("闵静姝", "女"),
    ("卓一航", "男"),
    ("郎佳怡", "女"),
    ("殷振宇", "男"),
    ("缪晓棠", "女"),
    ("柏文涛", "男"),
    ("韦沐晨", "男"),
    ("庞雅琳", "女"),
    ("晏立成", "男"),
]
RQ_UNITS = [
    "市自然资源和规划局",
    "市商务局",
    "市医疗保障局",
    "市退役军人事务局",
    "市林业局",
    "市城市管理局",
    "市行政审批服务局",
    "市供销合作社联合社",
]
RQ_TOWNS = ["桂溪县", "莲塘区", "白渡县", "石门口区", "安澜县"]
RQ_EDU = [
    "大学学历，法学学士",
    "大学学历，工学学士",
    "研究生学历，管理学硕士",
    "在职研究生学历，经济学硕士",
    "中央党校大学学历",
    "大学学历，农学学士",
]

# -- a cold-chain logistics group's staff-training column on its WeChat account (禾川学堂) -----
PX_ACCOUNT = "禾川学堂"
PX_GROUP = "禾川冷链物流集团"
# (course, lecturer's department)
PX_COURSES = [
    ("冷库作业安全规范与应急处置", "质量安全部"),
    ("新员工入职第一课：走进禾川", "人力资源部"),
    ("叉车司机岗位技能复训", "仓储运营中心"),
    ("客户投诉处理的五个关键动作", "客户服务部"),
    ("温控设备日常点检实操", "设备工程部"),
    ("高效会议与工作汇报", "总裁办公室"),
    ("运输路线规划与油耗管理", "干线运输事业部"),
    ("财务报销制度解读", "财务管理部"),
    ("从骨干到主管：班组长管理入门", "人力资源部"),
    ("食品冷链追溯系统操作", "信息技术部"),
    ("夏季防暑与职业健康", "质量安全部"),
    ("仓库5S现场管理", "仓储运营中心"),
]
PX_TEACHERS = ["王若溪", "陆振华", "邵嘉禾", "程一诺", "彭远舟", "骆晴川", "沈知夏", "葛东篱"]
PX_ROOMS = ["总部三楼多功能厅", "华东分拨中心培训室", "线上直播（企业微信）", "二号冷库作业区"]
PX_OPEN = [
    "课程一开始，讲师就抛出了一个问题",
    "讲师结合近两年公司内部发生的真实案例",
    "为了让大家听得懂、用得上，讲师把课程拆成了三个模块",
    "不同于以往的单向讲授，本次课程采用了小组共创的形式",
]
PX_MID = [
    "现场气氛十分热烈，学员们纷纷举手分享自己在一线遇到的难题",
    "在分组演练环节，各小组轮流上台展示，讲师逐一点评并给出改进建议",
    "课间休息时，不少学员还围着讲师继续请教",
    "随堂测验的平均分比上期提高了不少，说明大家确实把要点记住了",
]
PX_VOICE = [
    "以前总觉得这些规定离自己很远，听完才知道每一条背后都有教训",
    "案例讲得特别实在，回去就能用在班组的晨会上",
    "最大的收获是学会了先把问题想清楚再动手",
    "希望以后多开一些这样的实操课，最好能带上新同事一起来",
]
PX_WORKERS = ["仓储中心　李师傅", "运输车队　小周", "客服部　陈同学", "华东分拨中心　赵组长"]
PX_WORKERS += ["财务部　韩会计", "设备工程部　孙工"]

# -- a city charity federation's donation public lists (岚屿市慈善总会) -----------------------
JZ_ORG = "岚屿市慈善总会"
JZ_DONORS = [
    "岚屿市汇丰建材有限公司",
    "岚屿港湾实业集团",
    "福安药业股份有限公司",
    "岚屿市第二中学全体师生",
    "鹭岛餐饮管理有限公司",
    "爱心人士林先生",
    "岚屿市律师协会",
    "海峡电子科技有限公司",
    "匿名爱心人士",
    "岚屿市个体劳动者协会",
    "东浦村民委员会",
    "佳禾母婴用品店",
    "岚屿市摄影家协会",
    "爱心人士陈女士",
]
JZ_USES = ["助学", "助医", "扶老", "济困", "非定向", "应急救灾", "助残"]
JZ_HOW = ["银行转账", "现金", "微信支付", "物资折价"]
JZ_FUND = ["春风助学", "银龄关爱", "困境儿童帮扶", "大病救助", "慈善一日捐"]


class GenYB(GenO):
    """Text makers for the ``yb`` families (deterministic from the seed)."""

    # -- gazette dispatch
    def dispatch(self, office: tuple[str, str, str], year: int) -> Art:
        """One dispatch: the number line (title), a recital, two or three numbered
        clauses and the coming-into-force clause."""
        self.n += 1
        r = self.r
        _, post, _ = office
        no = r.randint(3, 160)
        title = f"第 {no}/{year} 號{post}批示"
        body = r.choice(GZ_BODIES)
        unit = r.choice(GZ_UNITS)
        who = r.sample(GZ_PEOPLE, 2)
        lines = [
            f"{post}行使《鏡灣特別行政區基本法》第六十四條所賦予的職權，"
            f"並根據第 {r.randint(2, 40)}/{year - r.randint(1, 9)} 號{r.choice(GZ_LAW)}"
            f"第{r.choice(['三', '五', '七', '十二'])}條的規定，作出本批示。",
            f"一、設立「{body}」，{r.choice(GZ_WHAT)}。",
            f"二、委任{unit}局長{who[0]}為該委員會主席，{who[1]}為副主席，"
            f"任期{r.choice(['一', '兩', '三'])}年，期滿可續期。",
        ]
        if r.random() < 0.6:
            lines.append(f"三、{r.choice(GZ_COST)}。")
        lines.append(f"{'四' if len(lines) == 4 else '三'}、本批示自公佈翌日起生效。")
        return Art(title, lines, list(lines), {"doc_number": f"{no}/{year}"})

    # -- pre-appointment notice
    def cadres(self, k: int) -> list[tuple[str, ...]]:
        """``k`` cadres: (name, sex, born, education, at work since, present post, proposed
        post)."""
        r = self.r
        out = []
        for (name, sex), unit in zip(
            r.sample(RQ_NAMES, k), r.sample(RQ_UNITS + RQ_TOWNS, k), strict=True
        ):
            by = r.randint(1972, 1988)
            born = f"{by}年{r.randint(1, 12)}月"
            work = f"{by + r.randint(21, 25)}年{r.choice([7, 8, 9])}月"
            if unit.endswith(("县", "区")):
                now = f"{unit}{r.choice(['副县长', '委常委、组织部部长', '人民政府党组成员'])}"
                now = now.replace("区副县长", "区副区长")
                new = f"{unit}委副书记，提名为{unit}{unit[-1]}长候选人"
            else:
                now = f"{unit}{r.choice(['副局长', '党组成员、副局长', '二级调研员'])}"
                head = "主任" if unit.endswith("社") else "局长"
                now = now.replace("局长", head) if head == "主任" else now
                new = f"{unit}党组书记，提名为{unit}{head}人选"
            out.append((name, sex, born, r.choice(RQ_EDU), work, now, new))
        return out

    # -- training session
    def session(self, course: tuple[str, str]) -> Art:
        """A session's recap: what was taught, how the room took it, a trainee's words."""
        self.n += 1
        r = self.r
        name, _ = course
        lines = [
            f"{r.choice(PX_OPEN)}，围绕“{name}”这个主题，"
            f"从制度要求、操作要点和常见误区三个方面做了系统讲解。",
            f"{r.choice(PX_MID)}，整场培训共有{self.n * 6 + 18}名员工参加，"
            f"历时约{r.choice(['两', '三', '三个半'])}小时。",
            f"学员心声：“{r.choice(PX_VOICE)}。”——{r.choice(PX_WORKERS)}",
        ]
        return Art(name, lines, list(lines))

    # -- donation list
    def donations(self, k: int) -> list[tuple[str, str, str, str]]:
        """``k`` donations: (donor, amount, how, use)."""
        r = self.r
        rows = []
        for donor in r.sample(JZ_DONORS, k):
            cents = r.choice(["00", "00", "50", "88"])
            amount = f"{r.randint(2, 900) * 100:,}.{cents}"
            rows.append((donor, amount, r.choice(JZ_HOW), r.choice(JZ_USES)))
        return rows
