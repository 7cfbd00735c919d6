"""Words and text makers of :mod:`tests.families.blind_families_yf` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yf`` families repeats one of the earlier
families.  The obituary board's words are in GBK (half its pages are GBK-encoded), the
pest bulletins' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a funeral service centre's obituary board (桐江市), print view, GBK / UTF-16 -------------
FG_CITY = "桐江市"
FG_SITE = "桐江市殡仪服务中心"
FG_HALLS = ["怀远厅", "永思厅", "松鹤厅", "静安厅", "思源厅"]
FG_SURNAME = list("林周沈韦邹葛骆岑谭蔚房祁")
FG_GIVEN = ["书和", "德润", "桂芳", "振邦", "秀英", "立生", "美华", "守义", "玉兰", "汉卿", "淑贞"]
FG_GIVEN += ["启明"]
FG_HON = ["同志", "老先生", "女士", "老人"]
FG_SHE = {"桂芳", "秀英", "美华", "玉兰", "淑贞"}
FG_DESC = [
    "桐江市第二纺织厂退休职工",
    "原桐江县供销合作社干部",
    "桐江市第三中学退休教师",
    "原西山乡卫生院医生",
    "桐江市港务局离休干部",
    "城南街道居民",
]
FG_HOSP = ["桐江市人民医院", "桐江市中医院", "家中", "西山镇卫生院"]
FG_BORN = ["桐江市西山镇", "本市南浦乡", "浙南龙泉县", "本市白沙街道"]
FG_LIFE1 = [
    "年轻时参军入伍，转业后长期在基层工作",
    "一生从事教育工作，教过的学生遍布各地",
    "早年在码头做搬运工，后进入港务部门",
    "自幼随父学医，在乡村行医四十余年",
    "在纺织厂车间一干就是三十多年",
]
FG_LIFE2 = [
    "工作中兢兢业业，多次被评为先进工作者",
    "退休后仍热心社区事务，常年义务调解邻里纠纷",
    "为人谦和，乐于助人，深受同事和邻里敬重",
    "勤俭持家，含辛茹苦将子女抚养成人",
]
FG_VIRTUE = [
    "其逝世使家人和亲友失去了一位可亲可敬的长辈",
    "其一生清白做人、踏实做事的品格永远值得后辈学习",
    "亲友闻讯无不悲痛惋惜",
]
FG_WISH = [
    "届时敬请生前亲友前往吊唁",
    "遵照逝者遗愿，丧事从简，谢绝花圈挽联",
    "家属谨此泣告，恕不另行通知",
]
FG_KIN = ["长子", "次子", "长女", "次女", "侄子"]

# -- a city volunteer service platform's recruitment posts (鹭汀), HTML ------------------------
ZY_SITE = "鹭汀志愿服务网"
ZY_ORGS = [
    "鹭汀市青年志愿者协会",
    "白鹭湾街道新时代文明实践所",
    "鹭汀市图书馆志愿服务队",
    "滨江社区邻里互助会",
    "鹭汀市红十字会志愿服务总队",
    "鹭汀职业技术学院青年志愿者协会",
]
# (project title, place, what volunteers do, who is served)
ZY_PROJECTS = [
    (
        "周末图书馆少儿阅读引导志愿者招募",
        "市图书馆少儿阅览室",
        "引导小读者安静阅读、整理归架图书",
        "低龄读者",
    ),
    (
        "滨江绿道垃圾捡拾与文明劝导行动",
        "滨江绿道南段",
        "沿绿道捡拾垃圾并劝导不文明行为",
        "过往市民",
    ),
    ("社区独居老人助餐送餐服务", "滨江社区长者食堂", "为行动不便的独居老人送餐上门", "独居老人"),
    ("地铁站早高峰文明乘车引导", "地铁二号线鹭汀站", "在闸机和站台引导乘客有序排队", "早高峰乘客"),
    (
        "无偿献血屋服务岗位招募",
        "中山路爱心献血屋",
        "协助登记、发放饮品并陪伴献血者休息",
        "献血市民",
    ),
    ("春季义务植树暨认养绿地活动", "白鹭湾郊野公园", "挖穴、扶苗、培土并为新树挂牌", "认养家庭"),
    ("社区反诈宣传入户走访", "白鹭湾街道各小区", "入户发放反诈资料并讲解常见骗局", "社区居民"),
    ("博物馆暑期讲解志愿者招募", "鹭汀市博物馆", "为观众讲解基本陈列并维持参观秩序", "暑期观众"),
]
ZY_WHY = [
    "为进一步弘扬奉献、友爱、互助、进步的志愿精神",
    "为回应群众在日常生活中反映较多的需求",
    "为丰富青年学生的社会实践经历",
    "结合本年度志愿服务重点项目安排",
]
ZY_NEED = [
    "年满十八周岁，身体健康，能按时到岗",
    "具有较强的责任心和沟通能力，服从现场安排",
    "有相关服务经验者优先，在校学生须经学校同意",
    "须在平台完成实名注册并通过基础培训",
]
ZY_NOTE = [
    "请穿着舒适的衣服和鞋子，自备水杯，现场提供马甲和帽子",
    "如遇恶劣天气活动将顺延，具体安排以平台通知为准",
    "报名成功后无故缺席两次的，将暂停其半年报名资格",
]
ZY_NAMES = ["葛晓彤", "韦思源", "骆佳宁", "邹一鸣", "房可欣", "祁明远"]

# -- a district agricultural research station's pest bulletins (Taiwan), Big5 text -------------
BC_STATION = "嘉禾區農業改良場"
# (crop, pest, title)
BC_ITEMS = [
    ("水稻", "稻熱病", "一期稻作葉稻熱病進入好發期，請加強田間巡查"),
    ("水稻", "斑飛蝨", "稻田斑飛蝨密度上升，注意及早防治"),
    ("芒果", "炭疽病", "芒果開花期遇連續陰雨，慎防炭疽病危害"),
    ("番石榴", "果實蠅", "番石榴果實蠅族群增加，建議全面套袋"),
    ("甘藷", "甘藷蟻象", "甘藷蟻象發生趨多，請落實輪作與清園"),
    ("玉米", "秋行軍蟲", "玉米田發現秋行軍蟲幼蟲，請儘速通報"),
    ("蓮霧", "薊馬", "高溫乾燥有利蓮霧薊馬繁殖，宜適時噴藥"),
    ("番茄", "晚疫病", "低溫多濕番茄晚疫病風險升高，注意排水"),
    ("胡麻", "白粉病", "胡麻生育後期白粉病零星發生，宜加強監測"),
    ("洋蔥", "紫斑病", "洋蔥紫斑病進入盛發期，請避免過量施用氮肥"),
    ("香蕉", "黃葉病", "蕉園黃葉病病株增加，請勿任意移植種苗"),
    ("柑橘", "潛葉蛾", "柑橘新梢期潛葉蛾為害加劇，應統一防治"),
]
BC_AREA = ["後壁區", "新營區", "柳營區", "麻豆區", "善化區", "東山區", "玉井區", "學甲區"]
BC_NOW = [
    "近日本場於轄區定點調查時發現",
    "據各區農會植物保護人員回報",
    "本場設置之誘集器於近兩週調查顯示",
]
BC_WX = [
    "加上近期日夜溫差大、清晨露水重",
    "由於近來降雨頻繁、田間濕度偏高",
    "又因連日高溫且少有降雨",
]
BC_DO = [
    "請農友清除田間雜草及罹病枝葉，並集中銷毀",
    "請農友避免偏施氮肥，保持植株通風透光",
    "請農友依植物保護手冊推薦藥劑輪替使用",
    "請農友於傍晚或清晨施藥，並遵守安全採收期",
]
BC_AUTHORS = ["范瑞琳", "鍾志豪", "溫雅婷", "賴建宏", "彭淑芬", "羅文彬"]
BC_UNITS = ["作物環境課", "植物保護研究室", "作物改良課"]

# -- a residential community's residents' council minutes (枫香社区), HTML ---------------------
YS_COMMUNITY = "枫香社区"
YS_COMMITTEE = "沙湾街道枫香社区居民委员会"
# (topic title, what is proposed, what was argued)
YS_TOPICS = [
    (
        "关于在3号楼与5号楼之间增设电动自行车充电棚的议题",
        "增设一处带计费插座的充电棚",
        "充电棚选址离住户窗户太近",
    ),
    (
        "关于调整小区东门夜间通行时间的议题",
        "将东门夜间关闭时间由二十二时推迟到二十三时",
        "推迟关门会增加夜间安全隐患",
    ),
    (
        "关于使用公共收益修缮儿童游乐区地面的议题",
        "从公共收益中列支修缮塑胶地面",
        "公共收益应优先用于电梯维保",
    ),
    (
        "关于规范楼道堆放杂物清理办法的议题",
        "每季度组织一次楼道集中清理",
        "部分杂物属于老人舍不得丢的旧物",
    ),
    (
        "关于在社区广场设置广场舞固定时段的议题",
        "将广场舞时间限定在十九时至二十一时",
        "限定时段会影响部分上班族参加",
    ),
    (
        "关于增设社区长者食堂午餐配送点的议题",
        "在北区增设一处午餐配送点",
        "配送点的运营费用由谁承担",
    ),
    (
        "关于小区南侧空地改建临时停车位的议题",
        "将南侧空地平整后划设二十个临时车位",
        "改建会减少居民散步的绿地",
    ),
    (
        "关于统一更换单元门禁系统的议题",
        "将旧式门禁更换为刷卡加人脸识别系统",
        "人脸信息的保管让部分居民担心",
    ),
    (
        "关于建立宠物文明饲养公约的议题",
        "制定宠物文明饲养公约并张贴到各单元",
        "公约缺乏约束力，执行难以到位",
    ),
    (
        "关于在垃圾分类投放点加装洗手池的议题",
        "在四处投放点各加装一个洗手池",
        "冬季水管容易冻裂，维护成本高",
    ),
]
YS_PROPOSERS = ["柏志强", "卢秀云", "蒋德明", "文丽娟", "杭海波", "沐春燕", "冉国平"]
YS_HOSTS = ["贺晓梅", "宁建军"]
YS_SAY = [
    "多数代表认为该事项关系到居民日常生活，早一天解决早一天安心",
    "有代表提出应先在相关楼栋征求意见，再确定具体方案",
    "物业服务中心负责人到会说明了现场条件和大致费用",
    "列席的社区民警就安全方面提出了补充建议",
]
YS_DUTY = ["社区居委会", "物业服务中心", "业主委员会", "网格员"]


class GenYF(GenO):
    """Text makers for the ``yf`` families (deterministic from the seed)."""

    # -- obituary
    def obituary(self, k: int) -> Art:
        """One obituary: the death, the life, the farewell rite, ``特此讣告。`` and the
        family's contact line; issuer the funeral committee, published the sign-off day."""
        r = self.r
        self.n += 1
        name = FG_SURNAME[(k * 5 + self.n) % len(FG_SURNAME)] + r.choice(FG_GIVEN)
        hon = r.choice(FG_HON[2:] if name[1:] in FG_SHE else FG_HON[::3])
        y, m, d = self.date()
        age = r.randint(62, 98)
        rite = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 3))
        lines = [
            f"{name}{hon}（{r.choice(FG_DESC)}），因病医治无效，于{y}年{m}月{d}日"
            f"{r.randint(1, 23)}时{r.randint(1, 59)}分在{r.choice(FG_HOSP)}逝世，享年{age}岁。",
            f"{name}{hon}系{r.choice(FG_BORN)}人，{r.choice(FG_LIFE1)}，{r.choice(FG_LIFE2)}，"
            f"{r.choice(FG_VIRTUE)}。",
            f"兹定于{rite.month}月{rite.day}日上午{r.randint(7, 10)}时"
            f"在{FG_SITE}{r.choice(FG_HALLS)}"
            f"举行遗体告别仪式，{r.choice(FG_WISH)}。",
            "特此讣告。",
            f"联系人：{name[0]}××（{r.choice(FG_KIN)}）　电话：13{r.randint(5, 9)}××××"
            f"{r.randint(1000, 9999)}",
        ]
        title = f"沉痛悼念{name}{hon}"
        meta = {"issuer": f"{name}{hon}治丧小组", "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    # -- volunteer recruitment
    def recruit(self, i: int, org: str) -> Art:
        """A recruitment post: 项目介绍 / 岗位要求 / 注意事项 heads and their text."""
        r = self.r
        title, place, work, who = ZY_PROJECTS[i]
        self.n += 1
        need = r.sample(ZY_NEED, 3)
        lines = [
            "项目介绍",
            f"{r.choice(ZY_WHY)}，{org}现面向社会招募志愿者，在{place}{work}，"
            f"为{who}提供力所能及的帮助，预计服务{r.randint(2, 5)}个小时。",
            f"本项目自开展以来已累计服务{self.n * 37 + r.randint(20, 90)}人次，"
            f"得到了{who}和有关单位的普遍好评，欢迎更多热心市民加入。",
            "岗位要求",
            *[f"{k}. {x}；" for k, x in enumerate(need[:2], 1)],
            f"3. {need[2]}。",
            "注意事项",
            f"{r.choice(ZY_NOTE)}，活动结束后由现场负责人统一签退，服务时长按实际到岗时间记录。",
            f"联系人：{r.choice(ZY_NAMES)}　联系电话：0592-{r.randint(3000000, 8999999)}",
        ]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": org})

    # -- pest bulletin item
    def pest(self, item: tuple[str, str, str], author: str) -> Art:
        """One crop item: 發生現況 / 防治建議 paragraphs, traditional letters."""
        r = self.r
        crop, bug, title = item
        self.n += 1
        areas = r.sample(BC_AREA, 2)
        do = r.sample(BC_DO, 2)
        lines = [
            f"發生現況：{r.choice(BC_NOW)}，{areas[0]}及{areas[1]}{crop}田區已出現{bug}，"
            f"平均罹害率約百分之{r.randint(3, 28)}，{r.choice(BC_WX)}，預估未來兩週將持續擴大。",
            f"防治建議：{do[0]}；{do[1]}，並注意鄰近田區是否同時發生，以免互相傳播。",
            f"如有疑問，可洽本場{r.choice(BC_UNITS)}或各區農會推廣股，本場將派員到田間協助診斷。",
        ]
        return Art(title, lines, list(lines), {"author": author})

    # -- council minutes topic
    def topic(self, t: tuple[str, str, str], proposer: str) -> Art:
        """One topic: the proposal, the discussion, the vote and who carries it out."""
        r = self.r
        title, what, con = t
        self.n += 1
        total = r.randint(18, 25)
        no = r.randint(0, 4)
        ab = r.randint(0, 2)
        lines = [
            f"提议人介绍，该事项已有多户居民通过网格群反映，建议{what}，"
            f"并在实施前将方案在楼栋公示栏张贴不少于七天。",
            f"讨论中，{r.choice(YS_SAY)}；也有代表担心{con}，"
            f"经过充分讨论，会议对原方案作了相应修改。",
            f"表决结果：同意{total - no - ab}票，反对{no}票，弃权{ab}票，议题通过。",
            f"责任落实：由{r.choice(YS_DUTY)}牵头，{r.randint(2, 8)}周内拿出具体实施方案。",
        ]
        return Art(title, lines, list(lines), {"author": proposer})
