"""Words and text makers of :mod:`tests.families.blind_families_zj` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zj`` families repeats one of the earlier
families.  The lost-and-found board's words are all in GBK (its pages are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a listed company's ESG report on an investor site (汀澜证券信息网) -------------------
SITE_ESG = "汀澜证券信息网"
# (company, short name, code)
FIRMS = [
    ("澜汀环保股份有限公司", "澜汀环保", "688317"),
    ("鹭峰智能装备股份有限公司", "鹭峰智能", "300841"),
    ("青禾食品集团股份有限公司", "青禾食品", "603528"),
    ("栖川新能源科技股份有限公司", "栖川新能", "688902"),
    ("岚江物流股份有限公司", "岚江物流", "002967"),
    ("翠屿纺织股份有限公司", "翠屿纺织", "605133"),
    ("澄湾医药股份有限公司", "澄湾医药", "300675"),
    ("桐溪建材股份有限公司", "桐溪建材", "002884"),
]
ESG_PARTS = [
    ("环境", ["能源管理", "水资源利用", "废弃物处置", "温室气体排放"]),
    ("社会", ["员工权益保障", "安全生产", "供应链责任", "社区公益"]),
    ("治理", ["董事会多元化", "反商业贿赂", "信息安全", "投资者关系"]),
]
ESG_DO = [
    "报告期内公司持续完善相关管理制度并明确各部门的职责分工",
    "公司将该议题纳入年度经营考核体系并由专门委员会定期跟踪",
    "各生产基地均已建立台账并按季度向总部报送数据",
    "公司聘请第三方机构对关键指标开展独立核查",
]
ESG_HOW = [
    "通过技术改造和精细化管理不断提升资源使用效率",
    "组织全员培训并开展多轮专项检查",
    "与主要供应商签署承诺书并实施年度评估",
    "在官方网站和年度报告中主动披露相关信息",
]
ESG_KPI = ["单位营业收入综合能耗", "新鲜水取用量", "一般固体废物综合利用率", "员工培训覆盖率"]

# -- a metro operator's lost-and-found board (鹭湾地铁), GBK ---------------------------
METRO = "鹭湾地铁"
ITEMS = [
    "黑色双肩背包一个",
    "银色保温杯一只",
    "蓝色雨伞一把",
    "儿童电话手表一块",
    "棕色皮质钱包一个",
    "白色无线耳机一副",
    "灰色行李箱一只",
    "学生校服外套一件",
    "近视眼镜一副",
    "钥匙一串（带小熊挂件）",
    "平板电脑一台",
    "红色围巾一条",
]
STATIONS = ["鹭湾站", "海棠路站", "南港站", "滨湖公园站", "大学城站", "青石桥站", "火车东站"]
SPOTS = ["站台座椅上", "安检机旁", "列车车厢内", "自动售票机旁", "换乘通道", "卫生间洗手台"]
INSIDE = [
    "物品内有证件若干及少量现金",
    "物品外观完好，无明显破损",
    "物品上贴有一张写有姓名缩写的标签",
    "物品内有一本笔记本和两支签字笔",
]
CLAIM = [
    "请失主携带本人有效身份证件前往认领，并准确说出物品特征",
    "代领需同时出示失主和代领人的身份证件及失主书面委托",
    "超过保管期限无人认领的物品将依法移交公安机关处理",
]
STAFF = ["站务员", "安检员", "保洁员", "列车司机", "值班站长"]

# -- a livestock vet Q&A site (牧康兽医在线), HTML in GB18030 ---------------------------
SITE_VET = "牧康兽医在线"
# (species, question title, symptom)
CASES = [
    ("生猪", "四十多日龄仔猪拉黄白稀便，吃料明显减少怎么办", "腹泻、采食下降"),
    ("肉牛", "刚买回来的架子牛不反刍，肚子左边鼓起来了", "瘤胃臌气"),
    ("蛋鸡", "产蛋高峰期突然出现软壳蛋和沙壳蛋，比例越来越高", "蛋壳异常"),
    ("山羊", "羔羊断奶后咳嗽流鼻涕，晚上喘得厉害", "咳嗽、气喘"),
    ("肉鸭", "二十天的鸭子走路打晃，有的头往后仰", "神经症状"),
    ("奶牛", "产后第三天不吃料也不起身，体温偏低", "产后瘫痪"),
    ("兔", "獭兔耳朵里有很多黄色痂皮，总用爪子挠", "耳螨"),
    ("生猪", "母猪产后不发情已经两个多月了，需要用药吗", "繁殖障碍"),
]
FARMERS = ["养猪老周", "禾坡牧场小马", "蛋鸡场技术员", "山里放羊人", "鸭棚阿强", "奶牛户李姐"]
VETS = ["韦立衡", "宋知秋", "蓝启明", "郝春芽", "覃望川", "柯雨农"]
VET_Q = [
    "圈舍是去年新建的，平时每周消毒一次",
    "饲料一直用的同一个厂家，最近没有换过",
    "疫苗按照说明书的程序都打过了",
    "发病的数量这几天一直在增加，已经死了几头",
]
VET_A1 = [
    "根据你描述的情况，首先要考虑饲养环境和饲料两方面的问题",
    "这种症状比较常见，但需要先排除传染性疾病的可能",
    "建议先隔离发病个体，避免和健康群混养",
]
VET_A2 = [
    "可以在饮水中添加电解多维，连用三到五天观察效果",
    "注意圈舍通风保暖，昼夜温差不要超过五摄氏度",
    "如果条件允许，最好采集病料送到当地动物疫病预防控制机构化验",
    "用药一定要遵守休药期规定，不要自行加大剂量",
]

# -- an English (bilingual) charity newsletter (Harbourlight Trust) ---------------------
TRUST = "Harbourlight Trust"
KICKERS = ["FROM THE FIELD", "VOLUNTEER SPOTLIGHT", "DONOR THANKS", "NEWS IN BRIEF", "DIARY DATES"]
STORIES = [
    ("Warm meals for the night shift at Pier Nine", "九号码头夜班热饭行动"),
    ("Meet Ruby, who has knitted two hundred hats", "志愿者Ruby织了两百顶帽子"),
    ("The new reading corner opens in Qingyu village", "青屿村阅读角开放"),
    ("Thank you for filling the winter coat drive", "冬衣募集圆满完成"),
    ("Our first dental check day for older neighbours", "首次长者口腔检查日"),
    ("Students paint the ferry waiting room", "学生志愿者粉刷渡轮候船室"),
    ("A bike repair stall that pays for itself", "能自给自足的单车维修摊"),
    ("Counting the harbour birds with local families", "与街坊家庭一起数海鸟"),
    ("Why we are moving the food bank to Tuesdays", "食物银行改到周二开放"),
    ("Ten years of Saturday English club", "周六英语角十周年"),
]
EN_OPEN = [
    "It started with a single phone call from a worried neighbour",
    "When the weather turned cold in November, the queue grew longer every week",
    "Nobody on the committee expected the idea to take off so quickly",
    "For years the small room behind the ferry office sat empty",
]
EN_MID = [
    "volunteers gave up their evenings to sort, pack and deliver",
    "local shops donated supplies without being asked twice",
    "families who once came for help now come back to lend a hand",
    "the council agreed to waive the room fee for a full year",
]
EN_CLOSE = [
    "If you would like to help, just reply to this email",
    "We will share photos on our noticeboard at the community hall",
    "None of this would be possible without your monthly gifts",
    "Watch this space for dates in the next issue",
]
ZH_SUM = [
    "本期介绍了志愿者们的最新行动",
    "感谢每一位捐赠者和志愿者的付出",
    "活动详情欢迎到社区中心咨询",
]
WRITERS = ["Ada Poon", "Marcus Yip", "Grace Lam", "Tobi Adeyemi", "Wen Jie"]
ROLES = ["Outreach Lead", "Volunteer Coordinator", "Trustee", "Youth Worker"]


class GenZJ(GenO):
    """Text makers for the ``zj`` families (deterministic from the seed)."""

    # -- ESG report excerpt
    def esg(self, j: int) -> Art:
        """An ESG report's chapter: the ``3.2`` heads, their paragraphs and an indicator
        line.  Meta: published (披露日期), issuer (the company)."""
        r = self.r
        firm, short, _ = FIRMS[j]
        y, m, d = self.date()
        part, topics = ESG_PARTS[j % 3]
        lines = [f"第{'三四五'[j % 3]}章　{part}责任"]
        for k, topic in enumerate(r.sample(topics, 3), start=1):
            self.n += 1
            do, how = r.choice(ESG_DO), r.choice(ESG_HOW)
            lines.append(f"{3 + j % 3}.{k}　{topic}")
            lines.append(f"{do}，围绕{topic}{how}，全年投入专项资金{self.n * 13 + 40}万元。")
            lines.append(
                f"{short}下属{self.n + 2}家子公司已全部完成{topic}自查，{r.choice(ESG_HOW)}。"
            )
        kpi = r.choice(ESG_KPI)
        lines.append(f"关键绩效：{kpi}较上年下降{r.randint(3, 19)}.{r.randint(1, 9)}%。")
        meta = {"published": iso(y, m, d), "issuer": firm}
        return Art(f"{firm}{y - 1}年度环境、社会及治理报告（节选）", lines, list(lines), meta)

    # -- lost-and-found entry
    def found(self, item: str) -> Art:
        """A lost-and-found entry: what was found and by whom, how to claim.
        Meta: published (the day it was found)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{r.choice(STAFF)}在{r.choice(STATIONS)}{r.choice(SPOTS)}发现该物品，"
            f"{r.choice(INSIDE)}，现暂存于车站客服中心。",
            f"{r.choice(CLAIM)}，物品保管期限为{self.n + 14}天。",
        ]
        return Art(item, lines, list(lines), {"published": iso(y, m, d)})

    # -- vet Q&A
    def vet(self, j: int) -> Art:
        """A question and two vets' answers.  Meta: published (the question day),
        author (the asker)."""
        r = self.r
        species, title, _ = CASES[j]
        y, m, d = self.date()
        self.n += 1
        q1, q2 = r.sample(VET_Q, 2)
        a1 = r.sample(VET_A1, 2)
        a2 = r.sample(VET_A2, 3)
        lines = [
            f"家里养了{self.n * 40 + 60}头{species}，{q1}，{q2}，请问是什么原因，该怎么处理？",
            f"{a1[0]}，{a2[0]}，{a2[1]}。",
            f"如果三天后仍不见好转，{a1[1]}，{a2[2]}。",
            f"同意楼上的意见，{r.choice(VET_A2)}，平时还要做好{species}的驱虫工作。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(FARMERS)}
        return Art(title, lines, list(lines), meta)

    # -- newsletter story
    def story(self, j: int) -> Art:
        """A bilingual newsletter story: two English paragraphs, a Chinese summary.
        Meta: published, author."""
        r = self.r
        title, zh = STORIES[j]
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{EN_OPEN[self.n % len(EN_OPEN)]}. Since then {r.choice(EN_MID)},"
            f" and {self.n * 12 + 30} people have joined in.",
            f"In the weeks that followed {r.choice(EN_MID)}. {r.choice(EN_CLOSE)}.",
            f"【中文摘要】{zh}：{r.choice(ZH_SUM)}，至今已有{self.n * 12 + 30}人参与。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(WRITERS)}
        return Art(title, lines, list(lines), meta)
