"""Words and text makers of :mod:`tests.families.blind_families_zz` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zz`` families repeats one of the earlier
families.  The film festival's words are in Big5 (cp950: traditional letters, no ``〇``),
the railway bureau's in GBK.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a film festival's programme book (澄灣國際影展), PDF text in Big5 ----------------------
YZ_FEST = "澄灣國際影展"
YZ_CITY = "澄灣市"
YZ_HALLS = [
    "澄灣影城 3 廳",
    "澄灣影城 5 廳",
    "港區藝文中心小劇場",
    "舊糖廠光點戲院",
    "市立圖書館視聽室",
]
YZ_WEEK = "一二三四五六日"
# (section name, English name, code letter)
YZ_SECTIONS = [
    ("亞洲新銳", "Asian New Voices", "A"),
    ("紀錄長片", "Documentary Features", "D"),
    ("經典修復", "Restored Classics", "R"),
    ("家庭場", "Family Screenings", "F"),
    ("焦點影人", "Filmmaker in Focus", "P"),
    ("短片競賽", "Short Film Competition", "S"),
    ("島嶼之聲", "Island Voices", "I"),
    ("午夜狂奔", "Midnight Madness", "M"),
]
# (Chinese title, English title, director, region, minutes)
YZ_FILMS = [
    ("潮間帶的孩子", "Children of the Tideline", "林予安", "台灣", 96),
    ("第七號月台", "Platform Seven", "許家豪", "香港", 104),
    ("鹽田往事", "Salt Field Days", "蔡秀蘭", "台灣", 88),
    ("山那邊的郵差", "The Postman Beyond the Hill", "高橋 明", "日本", 112),
    ("燈塔守夜人", "Night Keeper of the Lighthouse", "陳思遠", "台灣", 91),
    ("風箏不會說謊", "Kites Do Not Lie", "朴敏浩", "韓國", 99),
    ("老街最後的理髮師", "The Last Barber on Old Street", "黃冠宇", "馬來西亞", 79),
    ("雨季之前", "Before the Rains", "阮氏梅", "越南", 107),
    ("安靜的鐵道", "The Quiet Railway", "鄭雅文", "台灣", 84),
    ("給外婆的錄音帶", "Tapes for Grandmother", "吳承翰", "台灣", 73),
    ("河口的合唱團", "The Estuary Choir", "李維真", "新加坡", 95),
    ("夜市的星星", "Stars of the Night Market", "張博文", "台灣", 101),
    ("漂流的書桌", "The Drifting Desk", "羅美琪", "菲律賓", 90),
    ("候鳥歸來那年", "The Year the Birds Returned", "江明哲", "台灣", 118),
]
YZ_WHO = ["一名退休的漁夫", "兩個從小一起長大的女孩", "一位固執的老裁縫", "剛失業的年輕父親"]
YZ_WHO += ["離家多年的長子", "一群國中棒球隊員", "山村小學唯一的老師"]
YZ_DID = ["在颱風過後回到海邊的小屋", "決定把家裡的舊店重新開張", "意外找到一箱沒寄出的信"]
YZ_DID += ["答應替鄰居照顧一隻老狗", "騎著機車沿著海岸線一路南下", "在城市邊緣的工地找到臨時工作"]
YZ_TURN = ["卻發現記憶裡的家早已變了模樣", "一段被遺忘的往事慢慢浮出水面"]
YZ_TURN += ["彼此之間的沉默終於有了裂縫", "才明白父親當年沒有說出口的話"]
YZ_END = ["導演以長鏡頭耐心凝視日常", "全片幾乎沒有配樂，只留下風聲與浪聲"]
YZ_END += ["非職業演員的表演樸素動人", "細膩的影像讓人久久無法忘懷"]
YZ_NOTE = ["本片曾入圍多個國際影展", "這是導演的第二部長片作品", "全片於澄灣沿海實地拍攝"]
YZ_NOTE += ["劇組花了三年時間追蹤拍攝", "片中多數場景使用自然光完成"]

# -- a railway bureau's passenger notice board (雁川铁路), HTML in GBK ----------------------
TD_SITE = "雁川铁路客运服务网"
TD_ORG = "雁川铁路局集团有限公司"
TD_STATIONS = ["雁川", "柘阳", "岑溪北", "鹭州东", "桐岭", "白河口", "澄湾", "梅林坳", "苇塘南"]
TD_DEPTS = ["客运部", "调度所", "雁川客运段", "营销中心"]
# (title pattern, section heads, what happened, why)
TD_NOTICES = [
    (
        "关于{y}年{m}月{d}日起实行新的列车运行图的公告",
        ["一、增开列车", "二、调整停站", "三、其他事项"],
        "实行新的列车运行图",
        "为进一步优化路网运输组织，更好满足旅客出行需要",
    ),
    (
        "关于部分旅客列车临时停运的公告",
        ["一、停运列车", "二、退票办理", "三、其他事项"],
        "部分旅客列车临时停运",
        "受沿线强降雨影响，为确保行车安全",
    ),
    (
        "关于春运期间加开临时旅客列车的公告",
        ["一、加开列车", "二、售票安排", "三、其他事项"],
        "春运期间加开临时旅客列车",
        "为满足春运期间旅客返乡出行需求",
    ),
    (
        "关于{st}站候车室改造期间旅客乘车组织调整的公告",
        ["一、调整列车", "二、进站安排", "三、其他事项"],
        "候车室改造期间调整旅客乘车组织",
        "因车站候车室改造施工需要",
    ),
    (
        "关于调整部分动车组列车开行区段的公告",
        ["一、调整列车", "二、购票提示", "三、其他事项"],
        "调整部分动车组列车开行区段",
        "为配合新线联调联试工作",
    ),
    (
        "关于暑期增开旅游列车的公告",
        ["一、增开列车", "二、车票预售", "三、其他事项"],
        "暑期增开旅游列车",
        "为服务暑期旅游出行",
    ),
    (
        "关于{st}站启用新进站口的公告",
        ["一、途经列车", "二、进站流线", "三、其他事项"],
        "启用新进站口",
        "为改善车站进出站秩序",
    ),
    (
        "关于国庆假期调整部分列车编组的公告",
        ["一、调整列车", "二、座席安排", "三、其他事项"],
        "国庆假期调整部分列车编组",
        "为应对国庆假期客流高峰",
    ),
]
TD_RUNS = ["每日开行", "隔日开行", "周五、周日开行", "停运", "临时停运", "重联运行"]
TD_TIPS = [
    "请已购买相关车次车票的旅客及时办理改签或退票，车站不收取退票费。",
    "旅客可通过12306网站、手机客户端或车站售票窗口查询最新车次信息。",
    "请旅客合理安排出行时间，提前到站，预留足够的安检和候车时间。",
    "因调整给广大旅客出行带来的不便，敬请谅解。",
]
TD_DO = [
    "车站将增派工作人员加强引导",
    "各车站将在醒目位置张贴调整公告",
    "客运段同步做好车内广播提示",
]
TD_DO += ["相关车站将延长售票窗口服务时间", "重点旅客可提前预约爱心服务"]
TD_WHY = ["确保旅客出行顺畅有序", "最大限度减少对旅客出行的影响", "做好旅客的解释和服务工作"]

# -- a housing-provident-fund centre's policy column (岑州公积金), text -------------------
GJ_CITY = "岑州市"
GJ_ORG = "岑州住房公积金管理中心"
# (file, doc number prefix, topic, three main points)
GJ_FILES = [
    (
        "岑州市住房公积金提取管理办法",
        "提取",
        [
            "租房提取额度按家庭实际租金支出核定",
            "购买自住住房的提取时限延长至三年",
            "退休提取不再要求提供原单位证明",
        ],
    ),
    (
        "关于调整住房公积金个人住房贷款政策的通知",
        "贷款",
        [
            "首套住房最低首付比例调整为百分之二十",
            "双缴存职工最高贷款额度提高至八十万元",
            "贷款期限最长可至三十年",
        ],
    ),
    (
        "岑州市灵活就业人员缴存住房公积金试行办法",
        "缴存",
        [
            "灵活就业人员可自愿开户缴存",
            "月缴存基数在规定范围内自主确定",
            "连续缴存满六个月可申请贷款",
        ],
    ),
    (
        "关于支持多子女家庭使用住房公积金的通知",
        "多子女",
        [
            "多子女家庭贷款额度上浮百分之二十",
            "租房提取额度按实际租金全额提取",
            "可提取用于支付首付款",
        ],
    ),
    (
        "岑州市住房公积金异地转移接续业务规程",
        "转移",
        ["转移接续业务实现线上办理", "转入资金与原账户余额合并计息", "缴存时间连续计算"],
    ),
    (
        "关于开展住房公积金贷款“商转公”业务的通知",
        "商转公",
        [
            "符合条件的商业贷款可申请转为公积金贷款",
            "采取先还后贷方式办理",
            "转换后贷款额度不超过原商业贷款余额",
        ],
    ),
    (
        "岑州市住房公积金缴存基数和比例调整方案",
        "基数",
        [
            "缴存基数上限按上年度职工月平均工资三倍确定",
            "缴存比例在百分之五至百分之十二之间自主确定",
            "困难企业可申请降低比例",
        ],
    ),
    (
        "关于优化老旧小区加装电梯提取住房公积金的通知",
        "加装电梯",
        [
            "本人及配偶均可提取用于加装电梯",
            "提取金额以个人实际出资额为限",
            "提供业主出资分摊协议即可办理",
        ],
    ),
]
GJ_READERS = ["罗雅琴", "邵文博", "钟立新", "孔令怡", "范晓川", "戴思成"]
GJ_BG = [
    "近年来，本市住房市场形势和缴存职工需求发生了较大变化",
    "国家和省对住房公积金政策作出了新的部署",
]
GJ_BG += ["缴存职工和单位在座谈调研中提出了不少意见建议"]
GJ_AIM = [
    "进一步发挥住房公积金的住房保障作用",
    "切实减轻缴存职工购房和租房负担",
    "提升住房公积金服务便利化水平",
]
GJ_HOW = [
    "在广泛征求意见的基础上",
    "经市住房公积金管理委员会审议通过",
    "在总结前期试点经验的基础上",
]
GJ_Q = ["哪些人可以申请？", "需要准备哪些材料？", "在哪里办理？", "办理时限是多久？"]
GJ_A = [
    "在本市正常缴存住房公积金满六个月的职工均可申请",
    "只需提供身份证和相关证明材料，其余信息由系统自动核验",
]
GJ_A += [
    "可通过中心网上服务大厅、手机公积金或各服务网点办理",
    "资料齐全的，自受理之日起三个工作日内办结",
]

# -- a city archive's "this day in history" column (桐川档案), HTML in UTF-8 with BOM ----------
JT_SITE = "桐川档案信息网"
JT_CITY = "桐川"
JT_FONDS = ["桐川县人民委员会档案", "桐川县交通局档案", "桐川县文教局档案", "桐川县供销合作社档案"]
JT_FONDS += ["桐川县水利电力局档案", "桐川县卫生局档案", "桐川日报社剪报集", "桐川县邮电局档案"]
JT_KEEPERS = ["宋佳音", "邱明远", "简若兰", "石玉珂", "曹振宇"]
# (title, what, who)
JT_EVENTS = [
    (
        "桐川第一座钢筋混凝土公路桥建成通车",
        "第一座钢筋混凝土公路桥",
        "沿河两岸的群众",
        "建成通车",
        1,
    ),
    ("县城第一家新华书店开门营业", "第一家新华书店", "附近学校的师生", "开门营业", 2),
    ("桐川至岑溪的长途客运班车正式开通", "至岑溪的长途客运班车", "往来两地的旅客", "正式开通", 1),
    ("全县第一座小型水电站并网发电", "第一座小型水电站", "周边几个公社的社员", "并网发电", 4),
    ("县人民医院建成第一间手术室", "人民医院第一间手术室", "全县的病人", "建成使用", 5),
    ("桐川第一次举办全县农民运动会", "第一届全县农民运动会", "各公社选派的运动员", "开幕", 6),
    ("县城自来水厂建成供水", "县城自来水厂", "城关镇的居民", "建成供水", 4),
    ("桐川县第一所中等师范学校开学", "第一所中等师范学校", "首批招收的学员", "开学", 2),
    ("县邮电局开通第一条长途电话线路", "第一条长途电话线路", "县直各机关", "开通", 7),
    ("桐川供销社第一家百货商店开张", "供销社第一家百货商店", "赶集的乡亲", "开张", 3),
    ("城关镇第一条柏油马路铺成", "城关镇第一条柏油马路", "沿街的商户", "铺成通行", 1),
    ("桐川县图书馆在文庙旧址开馆", "县图书馆", "爱读书的年轻人", "开馆", 2),
]
JT_THEN = [
    "据档案记载",
    "从当年的工作简报中可以看到",
    "一份保存至今的会议记录显示",
    "当时的报道写道",
]
JT_WORK = ["建设者们冒着严寒连续施工", "筹建工作前后持续了一年多", "所需材料大多由各公社筹集"]
JT_WORK += ["技术人员是从外地请来的", "开工之初条件十分艰苦"]
JT_JOY = ["当天现场聚集了上千人", "消息传开后人们奔走相告", "不少人专程从乡下赶来看热闹"]
JT_JOY += ["县里为此专门召开了庆祝大会"]
JT_NOW = [
    "如今这里早已旧貌换新颜",
    "这份档案至今仍完好地保存在馆内",
    "当年的老照片已经成为珍贵的史料",
]
JT_NOW += ["这段往事仍被许多老人津津乐道"]


class GenZZ(GenO):
    """Text makers for the ``zz`` families (deterministic from the seed)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.start = (1, 1)  # a railway notice's first day: its trains' dates start there

    # -- the film programme (traditional letters)
    def synopsis(self, minutes: int) -> list[str]:
        r = self.r
        self.n += 1
        one = f"{r.choice(YZ_WHO)}{r.choice(YZ_DID)}，{r.choice(YZ_TURN)}。"
        one += f"{r.choice(YZ_END)}，在短短{minutes}分鐘裡寫盡了一個家庭的悲歡。"
        two = f"{r.choice(YZ_NOTE)}，{r.choice(YZ_END)}，也讓觀眾重新看見那些被忽略的小人物。"
        two += f"本屆影展共安排{self.n % 3 + 2}個放映場次，歡迎觀眾把握機會進場觀賞。"
        return [one, two]

    def film(self, f: tuple[str, str, str, str, int]) -> Art:
        lines = self.synopsis(f[4])
        return Art(f[0], lines, list(lines), {"author": f[2]})

    # -- the railway notices
    def rail_para(self) -> str:
        r = self.r
        self.n += 1
        return (
            f"{r.choice(TD_DO)}，{r.choice(TD_WHY)}，预计每日服务旅客约{self.n * 300 + 1200}人次。"
        )

    def trains(self, k: int) -> list[list[str]]:
        """``k`` table rows: train, section, dates, remark."""
        r = self.r
        rows = []
        for _ in range(k):
            a, b = r.sample(TD_STATIONS, 2)
            no = f"{r.choice('GDKZT')}{r.randint(11, 8999)}"
            m1, d1 = self.start
            m2 = m1 % 12 + 1
            when = f"{m1}月{d1}日至{m2}月{r.randint(1, 28)}日"
            rows.append([no, f"{a}—{b}", when, r.choice(TD_RUNS)])
        return rows

    def rail(self, i: int, st: str) -> tuple[Art, list[str], list[list[str]]]:
        """A railway notice: the preamble, the section heads with a table under the first
        and paragraphs under the others, the sign-off with the date (one article).
        Returns the article, the table head and its rows (the rows come after the
        preamble and the first head in ``a.lines``)."""
        r = self.r
        pat, heads, what, why = TD_NOTICES[i]
        y, m, d = self.date()
        self.start = (m, d)
        title = pat.format(y=y, m=m, d=d, st=st)
        pre = f"{why}，{TD_ORG}定于{y}年{m}月{d}日起{what}，现将有关事项公告如下："
        head = ["车次", "运行区段", "日期", "安排"]
        rows = self.trains(r.randint(2, 4))
        lines = [pre, heads[0], *head, *[c for row in rows for c in row]]
        lines += [heads[1], self.rail_para() + self.rail_para()]
        lines += [heads[2], self.rail_para(), *r.sample(TD_TIPS, 2)]
        lines += ["特此公告。", TD_ORG, f"{y}年{m}月{d}日"]
        meta = {"published": iso(y, m, d), "issuer": TD_ORG}
        return Art(title, lines, list(lines), meta), head, rows

    # -- the provident-fund interpretations
    def policy(self, i: int) -> Art:
        """A policy interpretation: four ``一、`` heads, a background paragraph, three
        ``（一）`` points, two ``问：`` / ``答：`` pairs and the effective date."""
        r = self.r
        name, topic, points = GJ_FILES[i]
        y, m, d = self.date()
        lines = ["一、制定背景"]
        lines.append(
            f"{r.choice(GJ_BG)}，{r.choice(GJ_HOW)}，为{r.choice(GJ_AIM)}，"
            f"中心制定了《{name}》（以下简称《{'办法' if name.endswith('办法') else '通知'}》）。"
        )
        lines.append("二、主要内容")
        for k, p in enumerate(points, start=1):
            self.n += 1
            lines.append(
                f"（{cn_small(k)}）{p}。此项调整旨在{r.choice(GJ_AIM)}，"
                f"预计全年惠及缴存职工约{self.n * 800 + 3000}人。"
            )
        lines.append("三、常见问题")
        for q, a in zip(r.sample(GJ_Q, 2), r.sample(GJ_A, 2), strict=True):
            lines += [f"问：{topic}业务{q}", f"答：{a}。"]
        lines.append("四、施行时间")
        m2 = m % 12 + 1
        y2 = y + (m == 12)
        lines.append(f"《{name}》自{y2}年{m2}月1日起施行，由{GJ_ORG}负责解释。")
        no = f"岑房金规〔{y}〕{r.randint(1, 12)}号"
        meta = {"published": iso(y, m, d), "doc_number": no, "issuer": GJ_ORG}
        return Art(f"《{name}》政策解读", lines, list(lines), meta)

    # -- this day in history
    def event(self, ev: tuple[str, str, str, str, int], year: int) -> Art:
        r = self.r
        self.n += 1
        w1, w2 = r.sample(JT_WORK, 2)
        j1, j2 = r.sample(JT_JOY, 2)
        one = f"{r.choice(JT_THEN)}，{year}年的这一天，{JT_CITY}{ev[1]}{ev[3]}。"
        one += f"{w1}，{j1}，{ev[2]}成了最早的受益者。"
        two = f"{w2}，前后投入劳力{self.n * 40 + 200}多个工日。"
        two += f"{r.choice(JT_NOW)}，{j2}。"
        lines = [one, two]
        return Art(ev[0], lines, list(lines), {"origin": JT_FONDS[ev[4]]})
