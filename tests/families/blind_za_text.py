"""Words and text makers of :mod:`tests.families.blind_families_za` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``za`` families repeats one of the earlier
families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# a city library's new-book bulletins and weekly picks (栖湾市图书馆), GBK / UTF-8 HTML
LIBRARY = "栖湾市图书馆"
# (title, writer, publisher, call number, subject, thread)
BOOKS = [
    (
        "澄湖渔事",
        "闻砚秋",
        "岚江文艺出版社",
        "K928.43/217",
        "湖区渔民的四季生活",
        "一条老渔船的修补",
    ),
    (
        "灯塔守望者手记",
        "韦临舟",
        "鹭屿人民出版社",
        "I267/3391",
        "海岛灯塔站的日常",
        "守塔人写下的值班日志",
    ),
    (
        "纸上的山河",
        "岑一禾",
        "青梧大学出版社",
        "K901/88",
        "古旧地图里的地理变迁",
        "几幅手绘舆图的来历",
    ),
    (
        "一粒种子的旅行",
        "麦冬青",
        "柘源少年儿童出版社",
        "Q944/126",
        "植物种子的传播方式",
        "孩子们的一次野外观察",
    ),
    (
        "老街修表铺",
        "邵听澜",
        "岚江文艺出版社",
        "I247.5/5520",
        "一家三代修表匠的故事",
        "一只停摆多年的座钟",
    ),
    (
        "算法里的日常",
        "习远帆",
        "磐石科技出版社",
        "TP301.6/402",
        "生活中常见算法的原理",
        "外卖派单和地图导航",
    ),
    ("窑火千年", "卜青岑", "栖湾古籍出版社", "K876.3/71", "本地窑址的考古发现", "一片带款识的瓷片"),
    (
        "给父母的睡眠书",
        "甘晓澄",
        "鹭屿科学技术出版社",
        "R749.7/239",
        "老年人睡眠问题的调适",
        "二十个真实的门诊案例",
    ),
    (
        "候鸟飞过的城市",
        "庞映雪",
        "青梧大学出版社",
        "Q959.7/310",
        "城市湿地里的候鸟",
        "一位观鸟志愿者的记录",
    ),
    (
        "木构之美",
        "东方晴",
        "磐石建筑工业出版社",
        "TU366/58",
        "传统木构建筑的榫卯技艺",
        "一座祠堂的落架大修",
    ),
]
TRIED = [
    "作者用了{n}年时间走访调查",
    "全书以{t}为线索",
    "书中收录了{n}幅实地拍摄的照片",
    "作者从{t}写起",
]
GAIN = [
    "把看似平常的细节写得生动有趣",
    "既有扎实的资料，又有温度的讲述",
    "语言朴素，适合各个年龄段的读者",
    "读来让人对身边的世界多了一份好奇",
]
WHOM = [
    "推荐给喜欢地方文化的读者",
    "适合亲子共读",
    "可作为中学生的课外拓展读物",
    "也适合带着问题慢慢翻阅",
]
DESKS = ["采编部", "阅读推广部", "少儿服务部", "参考咨询部"]
LIBRARIANS = ["林书窈", "蒋半夏", "谷知秋", "潘若谷", "詹一苇"]

# a province post's stamp-issue announcements (栖湾邮政集邮频道), UTF-16 / GB18030 text
POST = "栖湾邮政"
POST_DESK = "栖湾邮政集邮业务部"
# (name, kind, pieces, designer, picture names)
STAMPS = [
    ("澄州古桥", "特种", 4, "祁远山", ["廊桥夜雨", "石拱映月", "索桥飞渡", "浮桥春涨"]),
    ("岚江湿地", "特种", 3, "卢晚汀", ["芦荡", "鹭群", "滩涂"]),
    ("栖湾开埠一百五十周年", "纪念", 2, "葛澄之", ["旧港码头", "新港全景"]),
    ("青梧茶事", "特种", 4, "孟南枝", ["采青", "炒制", "揉捻", "品茗"]),
    ("柘源剪纸", "特种", 3, "谢晓岚", ["年年有余", "喜鹊登梅", "五谷丰登"]),
    ("磐石天文台建台六十周年", "纪念", 1, "韩映川", ["星空下的圆顶"]),
    ("鹭屿灯会", "特种", 4, "范书禾", ["走马灯", "鱼龙灯", "荷花灯", "宫灯"]),
    ("澄江龙舟", "特种", 2, "庞远帆", ["竞渡", "夺标"]),
]
SIZES = ["30×40毫米", "40×30毫米", "36×48毫米", "50×30毫米"]
PERF = ["13度", "13.5度", "12度"]
PRINT = ["影写", "胶印", "影写套印"]
SALE = [
    "各地邮政营业网点将同步发售",
    "集邮爱好者可通过邮政官方网上商城预订",
    "部分网点将开展首日封加盖纪念邮戳活动",
    "预订用户可在发行当日起凭预订凭证领取",
]
SALE_END = [
    "具体发售网点以当地公告为准",
    "每人每次限购数量以现场公示为准",
    "请广大集邮爱好者有序排队、文明购买",
]
PIC = [
    "画面以{p}为主题，采用工笔重彩的手法表现",
    "画面选取{p}的场景，色调清新明快",
    "画面描绘了{p}的景象，构图疏密有致",
]

# a city's 12345 hotline publishing worked cases (栖湾市12345政务服务便民热线), UTF-8-BOM HTML
HOTLINE = "栖湾市12345政务服务便民热线"
# (title, place, trouble, department, fix)
ORDERS = [
    (
        "关于澄湖小区路灯长期不亮的诉求",
        "澄湖小区",
        "小区东门到三号楼之间的路灯已经两个多月不亮，老人晚上出门很不方便",
        "文昌街道办事处",
        "更换了损坏的线路和灯头，十二盏路灯全部恢复照明",
    ),
    (
        "关于鹭屿菜市场周边占道经营的诉求",
        "鹭屿菜市场",
        "菜市场门口的摊贩把货架摆到了机动车道上，早高峰经常堵车",
        "市城市管理局",
        "在菜市场北侧划定临时摊位，占道摊点已全部入场经营",
    ),
    (
        "关于青梧路施工噪声扰民的诉求",
        "青梧路",
        "青梧路管网改造工地每天夜里十一点以后仍在施工，附近居民无法入睡",
        "市生态环境局",
        "责令施工单位调整作业时间，夜间施工须提前办理许可并公示",
    ),
    (
        "关于柘源新村二次供水水质浑浊的诉求",
        "柘源新村",
        "最近一周家里自来水发黄，烧开后壶底有明显沉淀",
        "市水务集团",
        "对二次供水水箱进行了清洗消毒，水质检测结果全部达标",
    ),
    (
        "关于磐石小学门口接送车辆拥堵的诉求",
        "磐石小学",
        "放学时段学校门口车辆乱停乱放，孩子过马路很危险",
        "市公安局交通警察支队",
        "增设了临时停车泊位和护学岗，放学时段安排交警现场疏导",
    ),
    (
        "关于栖湾公园健身器材损坏的诉求",
        "栖湾公园",
        "公园西侧的几件健身器材螺丝松动，有一台漫步机已经断裂",
        "市园林绿化中心",
        "拆除了断裂的器材，其余器材完成紧固维修并张贴使用提示",
    ),
    (
        "关于岚江花园电梯频繁故障的诉求",
        "岚江花园",
        "小区七号楼电梯一个月内停运了五次，有一次还困住了人",
        "市市场监督管理局",
        "督促物业和维保单位更换了老化部件，并加密了日常巡检",
    ),
    (
        "关于滨江步道积水的诉求",
        "滨江步道",
        "每次下雨后滨江步道中段都有大片积水，行人只能绕到机动车道上走",
        "市住房和城乡建设局",
        "疏通了步道下方的排水管，并在低洼处加设了两处雨水口",
    ),
]
CHANNELS = ["电话", "网站", "微信小程序", "手机客户端"]
STEPS = [
    "接到工单后，承办单位当天安排工作人员到现场核实情况",
    "承办单位会同社区、物业召开协调会，研究制定整改方案",
    "热线工作人员全程跟踪办理进度，并在办理期间两次回访诉求人",
]

# an expo's English newsroom (Qiwan International Trade Expo), UTF-8 text
EXPO = "Qiwan International Trade Expo"
# (headline, subject, figure, speaker, role)
RELEASES = [
    (
        "Qiwan Expo Opens Registration for Overseas Exhibitors",
        "exhibitor registration",
        "1,200 booths",
        "Lin Qiao",
        "Director of the Expo Office",
    ),
    (
        "Green Technology Pavilion to Debut at This Year's Expo",
        "the green technology pavilion",
        "86 companies",
        "Zhou Lan",
        "Deputy Director of the Expo Office",
    ),
    (
        "Expo Launches Online Matchmaking Platform for Buyers",
        "the online matchmaking platform",
        "3,400 buyers",
        "Wei Hang",
        "Head of Digital Services",
    ),
    (
        "Cross-Border E-Commerce Forum Set for Opening Day",
        "the cross-border e-commerce forum",
        "40 speakers",
        "Lin Qiao",
        "Director of the Expo Office",
    ),
    (
        "Volunteer Program Recruits Language Assistants",
        "the volunteer program",
        "600 volunteers",
        "Shen Yu",
        "Volunteer Program Coordinator",
    ),
    (
        "New Shuttle Routes Link Expo Center With Airport",
        "the shuttle service",
        "12 routes",
        "Zhou Lan",
        "Deputy Director of the Expo Office",
    ),
    (
        "Expo Signs Agreements Worth Record Amount",
        "the signing ceremony",
        "210 agreements",
        "Wei Hang",
        "Head of Digital Services",
    ),
    (
        "Food and Agriculture Hall Doubles in Size",
        "the food and agriculture hall",
        "25,000 square meters",
        "Shen Yu",
        "Volunteer Program Coordinator",
    ),
]
EN_DID = [
    "the response had exceeded expectations",
    "the change is part of a wider effort to make the event easier to attend",
    "early feedback from participants has been positive",
]
EN_MORE = [
    "Visitors can find maps, schedules and ticket information on the official website.",
    "Registration remains open until two weeks before the opening ceremony.",
    "A full list of participating companies will be published next month.",
]


class GenZA(GenO):
    """Text makers for the ``za`` families (deterministic from the seed)."""

    def blurb(self, j: int, *, long: bool) -> Art:
        """A book pick: one or (long) three paragraphs about the book."""
        r = self.r
        title, _, _, _, subj, thread = BOOKS[j]

        def para() -> str:
            self.n += 1
            a, b = r.sample(TRIED, 2)
            c, e = r.sample(GAIN, 2)
            return (
                f"{a.format(n=self.n % 7 + 2, t=thread)}，讲述了{subj}，{c}。"
                f"{b.format(n=self.n * 12 + 30, t=thread)}，{e}，{r.choice(WHOM)}。"
            )

        lines = [para() for _ in range(3 if long else 1 + (j % 2))]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def stamp(self, j: int) -> Art:
        """A stamp-issue announcement: the lead, the picture list, the specification lines,
        the sale arrangements and a sign-off."""
        r = self.r
        name, kind, k, who, pics = STAMPS[j]
        y, m, d = self.date()
        day = min(d + r.randint(5, 20), 28)
        title = f"《{name}》{kind}邮票发行公告"
        lead = (
            f"经国家邮政主管部门批准，{POST}定于{y}年{m}月{day}日发行《{name}》{kind}邮票1套{k}枚，"
            f"邮票图稿由{who}设计，全套面值{k * 1.2:.2f}元。"
        )
        lines = [lead, "一、邮票图案"]
        for n, p in enumerate(pics, start=1):
            lines.append(f"{k}-{n}　{p}：{r.choice(PIC).format(p=p)}，整体风格沉稳大方。")
        lines += [
            "二、邮票规格",
            f"邮票规格：{r.choice(SIZES)}",
            f"齿孔度数：{r.choice(PERF)}",
            f"整张枚数：{r.choice([8, 12, 16, 20])}枚",
            f"印刷版别：{r.choice(PRINT)}",
            "三、发售安排",
        ]
        a, b = r.sample(SALE, 2)
        lines.append(
            f"{a}，{b}，{r.choice(SALE_END)}。发行当日，{POST}还将在集邮文化馆举办首发仪式，欢迎市民前往参观。"
        )
        c = r.choice([x for x in SALE if x not in (a, b)])
        lines.append(f"{c}，{r.choice(SALE_END)}，如有疑问可在营业时间内向所在地邮政网点咨询。")
        lines += [POST, cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def order(self, j: int) -> Art:
        """A worked hotline case: the plea, how it was handled, the result and the rating."""
        r = self.r
        title, place, trouble, dept, fix = ORDERS[j]
        y, m, d = self.date()
        one, two = (STEPS[x] for x in sorted(r.sample(range(len(STEPS)), 2)))
        lines = [
            f"诉求内容：市民通过{r.choice(CHANNELS)}反映，{trouble}，希望有关部门尽快处理。",
            "办理过程：",
            f"{one}，{two}，明确了整改责任和完成时限，确保诉求件件有着落。",
            f"办理结果：{dept}{fix}，整改工作已于{m}月{min(d + r.randint(3, 12), 28)}日前完成。",
            f"回访情况：经电话回访，诉求人对办理结果表示{r.choice(['满意', '基本满意'])}，{place}附近的居民也纷纷点赞。",  # noqa: E501
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def release(self, j: int) -> Art:
        """An English press release: a dateline lead, a quote, two paragraphs and the
        'About' boilerplate."""
        r = self.r
        head, subj, fig, who, role = RELEASES[j]
        y, m, d = self.date()
        month = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"][m - 1]  # fmt: skip
        lines = [
            f"QIWAN, China, {month} {d}, {y} -- The {EXPO} announced details of {subj} on Tuesday, with {fig} expected to take part.",  # noqa: E501
            f"\u201cWe want every participant to feel welcome from the moment they arrive,\u201d said {who}, {role}. \u201cThis year we listened closely to what exhibitors told us.\u201d",  # noqa: E501
            "According to the organizers, {}, and {}.".format(*r.sample(EN_DID, 2)),
            r.choice(EN_MORE),
            "About the Expo",
            f"The {EXPO} is held every autumn in Qiwan and has grown into one of the region's leading platforms for trade and investment.",  # noqa: E501
        ]
        return Art(head, lines, list(lines), {"published": iso(y, m, d)})
