"""Words and text makers of :mod:`tests.families.blind_families_zr` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text` (through
:class:`tests.families.blind_zp_text.GenZP`); the vocabulary is new so that no sentence of
the ``zr`` families repeats one of the earlier families.  The morning report's words are
all in GBK (its even pages are GBK-encoded), the film reviews' in GB18030.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_zp_text import GenZP

# -- a city consumer council's typical-complaint digests (梧岭市消保委) ----------------------
WQ_CITY = "梧岭市"
WQ_COUNCIL = "梧岭市消费者权益保护委员会"
WQ_UNITS = [
    "城南区消保分会",
    "江北区消保分会",
    "高新区消保分会",
    "桐坝县消保分会",
    "市消保委投诉部",
]
# (prefix of the case number, title, who complained, what went wrong, what was agreed)
WQ_CASES = [
    (
        "YF",
        "健身房突然闭店，会员预付卡余额难退",
        "消费者黄先生在一家连锁健身房办理了两年期会员卡",
        "门店在未提前告知的情况下张贴了停业通知",
        "经营者按剩余月份折算退还卡内余额",
    ),
    (
        "JD",
        "新买的洗碗机三次维修仍漏水，商家拒绝换货",
        "消费者周女士在家电卖场购买了一台嵌入式洗碗机",
        "使用不到两个月底部多次渗水，售后维修后问题依旧",
        "商家为其更换同型号新机并赔付一次上门安装费",
    ),
    (
        "LY",
        "“零元游”途中被安排进店购物，游客要求退团费",
        "消费者邓先生报名参加了某旅行社组织的三日游",
        "行程中导游连续安排四个购物点并限制离店时间",
        "旅行社退还部分团费并书面致歉",
    ),
    (
        "CY",
        "婚宴当天菜品与合同不符，酒店同意部分退款",
        "消费者林女士与某酒店签订了二十桌婚宴合同",
        "宴席上有三道菜被擅自替换为价格较低的菜品",
        "酒店按差价的三倍退还费用",
    ),
    (
        "JY",
        "培训机构承诺“不过全退”，考试失利后拒不兑现",
        "消费者宋同学报读了一个职业资格考试冲刺班",
        "考试未通过后机构以缺课为由拒绝履行退费承诺",
        "机构按照课程协议退还了百分之八十的学费",
    ),
    (
        "QC",
        "二手车过户后发现泡水痕迹，车行被判退一赔三",
        "消费者蒋先生在二手车行购买了一辆七年车龄的轿车",
        "提车后在座椅滑轨和备胎槽内发现明显的泥沙锈迹",
        "车行退还购车款并依法承担三倍赔偿",
    ),
    (
        "MR",
        "美容院诱导办卡贷款，消费者维权获支持",
        "消费者曹女士在美容院体验面部护理时被推销高价疗程",
        "店员以分期免息为名诱导其在手机上办理了消费贷款",
        "美容院解除合同并协助注销了贷款",
    ),
    (
        "WG",
        "网购生鲜到货变质，平台先行赔付",
        "消费者彭先生在某生鲜平台订购了两箱海鲜",
        "收货时冰袋已经融化，部分商品有明显异味",
        "平台先行全额退款并补发了优惠券",
    ),
    (
        "ZX",
        "装修公司偷换瓷砖型号，业主获赔差价",
        "消费者范女士与装修公司签订了全包装修合同",
        "验收时发现卫生间墙砖并非合同约定的品牌型号",
        "装修公司返还差价并承担重新铺贴的人工费",
    ),
    (
        "TX",
        "手机套餐被擅自升级，运营商退还多收话费",
        "消费者韩先生发现自己的手机月租连续三个月上涨",
        "营业厅在其不知情的情况下办理了套餐升级",
        "运营商恢复原套餐并退还多收费用",
    ),
]
WQ_DID = [
    "工作人员第一时间联系了经营者了解情况",
    "调解人员约请双方到分会当面调解",
    "工作人员调取了双方的聊天记录和付款凭证",
    "分会联合市场监管所到门店现场核实",
]
WQ_SAID = [
    "经营者起初以合同中的格式条款为由推脱",
    "经营者承认在服务过程中存在告知不到位的问题",
    "经过多轮沟通，经营者最终认可了消费者的诉求",
]
WQ_TIP = [
    "消费者在办理预付式消费时，应选择信誉良好、经营稳定的商家，并保留好合同和付款凭证。",
    "经营者不得以格式条款减轻或者免除自身责任，相关条款对消费者不发生效力。",
    "遇到类似问题，消费者可拨打投诉热线或通过小程序在线投诉，依法维护自身合法权益。",
    "消费者签订合同前应仔细阅读条款，对口头承诺要求写入合同，避免日后举证困难。",
]

# -- an online encyclopedia's entries (知源百科) -------------------------------------------
BK_SITE = "知源百科"
# (entry, one-line gloss, infobox pairs, section heads)
BK_ENTRIES = [
    (
        "青禾镇",
        "梧岭市桐坝县下辖镇",
        [
            ("中文名", "青禾镇"),
            ("行政区类别", "镇"),
            ("所属地区", "梧岭市桐坝县"),
            ("面积", "86.4平方千米"),
        ],
        ["历史沿革", "行政区划", "经济发展", "风景名胜"],
    ),
    (
        "柘溪古桥",
        "桐坝县境内的石拱桥",
        [
            ("中文名", "柘溪古桥"),
            ("始建年代", "清代"),
            ("结构", "三孔石拱"),
            ("保护级别", "县级文物保护单位"),
        ],
        ["建造历史", "桥体结构", "保护现状"],
    ),
    (
        "沅岭云雾茶",
        "梧岭市特产绿茶",
        [
            ("中文名", "沅岭云雾茶"),
            ("产地", "梧岭市沅岭山区"),
            ("茶类", "绿茶"),
            ("采摘时间", "清明前后"),
        ],
        ["产地环境", "制作工艺", "品质特征", "获得荣誉"],
    ),
    (
        "白檀山森林公园",
        "梧岭市北郊的森林公园",
        [
            ("中文名", "白檀山森林公园"),
            ("地理位置", "梧岭市江北区"),
            ("占地面积", "23平方千米"),
            ("开放时间", "全年"),
        ],
        ["自然概况", "主要景点", "交通信息"],
    ),
    (
        "桐坝花鼓",
        "流行于桐坝县的民间小戏",
        [
            ("中文名", "桐坝花鼓"),
            ("流行地区", "桐坝县及周边"),
            ("表演形式", "一旦一丑"),
            ("伴奏乐器", "锣鼓、唢呐"),
        ],
        ["历史渊源", "表演特点", "代表剧目", "传承情况"],
    ),
    (
        "梧岭学院",
        "梧岭市的一所公办本科院校",
        [
            ("中文名", "梧岭学院"),
            ("创办时间", "1958年"),
            ("办学性质", "公办"),
            ("校址", "梧岭市城南区"),
        ],
        ["办学历史", "院系设置", "校园环境"],
    ),
    (
        "江北鸭血粑",
        "梧岭市江北区的传统小吃",
        [
            ("中文名", "江北鸭血粑"),
            ("主要食材", "糯米、鸭血"),
            ("口味", "咸香"),
            ("分类", "地方小吃"),
        ],
        ["起源传说", "制作方法", "食用方式"],
    ),
    (
        "沅岭水库",
        "梧岭市最大的中型水库",
        [
            ("中文名", "沅岭水库"),
            ("所在水系", "沅水支流"),
            ("总库容", "1.2亿立方米"),
            ("建成时间", "1976年"),
        ],
        ["工程概况", "主要功能", "库区生态", "管理机构"],
    ),
]
BK_USERS = ["林下清风", "梧桐旧事", "江北老张", "知源小编", "青禾人家", "山野闲人"]
BK_OPEN = [
    "据地方志记载",
    "根据当地老人的回忆",
    "二十世纪八十年代以后",
    "近年来在有关部门的支持下",
    "从现存的资料来看",
]
BK_MID = [
    "当地群众对此有着深厚的感情",
    "其规模和影响逐步扩大",
    "相关的记录和照片得到了系统整理",
    "这一特色在周边地区颇有名气",
    "吸引了不少外地游客慕名前来",
]
BK_END = [
    "成为梧岭地方文化的一张名片",
    "至今仍保留着较为完整的原貌",
    "被列入市级重点保护名录",
    "在省内外享有较高的知名度",
]
BK_REFS = [
    "梧岭市地方志编纂委员会．梧岭市志．",
    "桐坝县人民政府门户网站．走进桐坝．",
    "梧岭日报．",
    "梧岭市统计局．梧岭统计年鉴．",
    "梧岭市文化和旅游局官方网站．",
]

# -- a securities firm's morning meeting notes (澄海证券研究所) ----------------------------
CH_FIRM = "澄海证券"
CH_INST = "澄海证券研究所"
# (section, sector, title)
CH_NOTES = [
    ("宏观策略", "宏观", "社融增速小幅回落，稳增长政策仍需加力"),
    ("宏观策略", "策略", "市场风格趋于均衡，关注低估值红利方向"),
    ("宏观策略", "固收", "资金面维持宽松，短端利率有望继续下行"),
    ("行业公司", "电子", "消费电子进入备货旺季，面板价格企稳回升"),
    ("行业公司", "食品饮料", "节前动销好于预期，白酒渠道库存健康"),
    ("行业公司", "电力设备", "光伏组件排产环比提升，产业链价格见底"),
    ("行业公司", "医药生物", "集采规则趋于温和，创新药进入兑现期"),
    ("行业公司", "汽车", "新能源车销量再创新高，关注零部件出海"),
    ("行业公司", "有色金属", "铜库存持续去化，金属价格中枢上移"),
    ("行业公司", "机械设备", "工程机械内需筑底，海外订单保持增长"),
    ("行业公司", "计算机", "信创招标节奏加快，板块业绩拐点临近"),
]
CH_ANALYSTS = [
    ("韦清和", "S1230521060004"),
    ("卢思远", "S1230519080012"),
    ("乔映雪", "S1230522030007"),
    ("钱知秋", "S1230520110015"),
    ("骆一舟", "S1230518070021"),
    ("邬晓岚", "S1230523010003"),
]
CH_EVENT = [
    "统计部门公布了最新一期的月度数据",
    "行业协会发布了上月的产销快报",
    "多家龙头公司披露了季度经营情况",
    "主管部门出台了新一轮的支持政策",
]
CH_VIEW = [
    "我们认为需求端的边际改善已经开始显现",
    "从历史经验看当前位置的估值具备较高的安全边际",
    "供给端的收缩有望推动行业格局进一步优化",
    "短期扰动不改中长期向好的基本判断",
]
CH_ADVICE = [
    "维持行业“推荐”评级，建议关注具备成本优势的龙头企业",
    "建议投资者逢低布局业绩确定性较高的细分方向",
    "维持“增持”评级，重点关注订单饱满的优质公司",
]
CH_RISK = [
    "风险提示：宏观经济下行超预期；政策落地不及预期；原材料价格大幅波动。",
    "风险提示：下游需求恢复不及预期；行业竞争加剧；海外市场不确定性上升。",
    "风险提示：市场系统性风险；测算误差风险；相关假设未能实现。",
]

# -- a film review community's long reviews (映象小站) ---------------------------------------
YP_SITE = "映象小站"
# (film, year, reviewer, stars, review title)
YP_REVIEWS = [
    ("雾港", 2021, "林间小鹿", 4, "一座港口城市的沉默与回声"),
    ("第七站台", 2019, "不吃香菜的猫", 5, "每个人都在等一班不会来的车"),
    ("南风知我意", 2022, "北岸观影人", 3, "好演员撑不起一个松散的故事"),
    ("长夜将尽", 2018, "午夜放映员", 4, "把悬疑拍成了一封家书"),
    ("稻田里的守望者", 2020, "麦田边的稻草人", 5, "土地不会说谎，镜头也不会"),
    ("纸飞机", 2023, "阿橙的胶片盒", 2, "情怀用尽之后还剩下什么"),
    ("镜中人", 2017, "老电影迷周叔", 4, "双线叙事的野心与代价"),
    ("夏天的尾巴", 2024, "一颗柠檬糖", 3, "温吞的青春片也有动人的瞬间"),
]
YP_WORD = {5: "力荐", 4: "推荐", 3: "还行", 2: "较差"}
YP_OPEN = [
    "第一次看这部片子是在一个下雨的周末",
    "说实话进影院之前我对它没抱太大期待",
    "这是我今年在大银幕上看的第三部国产片",
    "片子上映前我只看过一支不到两分钟的预告",
]
YP_MID = [
    "导演把大量的情绪藏在长镜头和环境声里",
    "几位主演的表演都很克制，没有一处用力过猛",
    "剧本在中段明显松散，有两场戏几乎可以整段删掉",
    "摄影是全片最大的亮点，几乎每一帧都可以截下来当壁纸",
    "配乐的使用相当节制，很多关键段落干脆留白",
    "人物关系的铺垫做得不够，结尾的转折显得有些突兀",
]
YP_END = [
    "散场的时候，后排有人小声说了一句“还想再看一遍”",
    "它未必是一部完美的电影，但它足够真诚",
    "如果你也喜欢慢节奏的叙事，不妨找个安静的晚上看看",
    "也许过几年再看，会有完全不同的感受",
]
YP_SAY = [
    "写得真好，看完影评又想去二刷了。",
    "同意楼主对中段节奏的看法。",
    "摄影那段分析太到位了。",
    "我倒觉得结尾处理得挺好的，见仁见智吧。",
    "收藏了，周末去看。",
    "原来那个长镜头还有这层意思，学到了。",
]
YP_USERS = ["豆子", "晚来风急", "小王不看恐怖片", "胶片时代", "西瓜冰", "明天也要早睡"]


class GenZR(GenZP):
    """Text makers for the ``zr`` families (deterministic from the seed)."""

    # -- consumer council case
    def case(self, item: tuple[str, str, str, str, str]) -> tuple[Art, str]:
        """A case: three sub-heads (content) each over one or two paragraphs; meta:
        doc_number (the complaint number), origin (the branch), published (closed on).
        Returns (article, the number)."""
        self.n += 1
        r = self.r
        pre, title, who, wrong, agreed = item
        y, m, d = self.date()
        lines = [
            "◇ 基本案情",
            f"{y}年{m}月，{who}，{wrong}，消费者多次协商未果，遂向本会投诉，"
            f"涉及金额{self.n * 130 + r.randint(200, 9000)}元。",
            "◇ 调解结果",
            f"接到投诉后，{r.choice(WQ_DID)}。{r.choice(WQ_SAID)}，双方达成一致意见：{agreed}。",
            "◇ 消保委点评",
            r.choice(WQ_TIP),
        ]
        if r.random() < 0.5:
            lines.append(
                "根据《中华人民共和国消费者权益保护法》的有关规定，经营者应当按照约定"
                "履行义务，不得设定不公平、不合理的交易条件。"
            )
        no = f"WL{y}{pre}{r.randint(100, 999):04d}"
        meta = {"doc_number": no, "origin": r.choice(WQ_UNITS), "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), no

    # -- encyclopedia entry
    def entry(self, i: int) -> Art:
        """An entry: the lead paragraph, then per section a numbered head and one or two
        paragraphs; meta: published (the last edit)."""
        r = self.r
        name, gloss, _, heads = BK_ENTRIES[i]
        lines = [
            f"{name}，{gloss}。{r.choice(BK_OPEN)}，{name}{r.choice(BK_MID)}，{r.choice(BK_END)}。"
        ]
        for k, head in enumerate(heads, 1):
            lines.append(f"{k} {head}")
            for _ in range(r.randint(1, 2)):
                self.n += 1
                a, b = r.sample(BK_MID, 2)
                lines.append(
                    f"{r.choice(BK_OPEN)}，{name}{a}，{b}，"
                    f"截至目前相关资料共收录{self.n * 4 + 11}条，{r.choice(BK_END)}。"
                )
        y, m, d = self.date()
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    # -- morning meeting note
    def note(self, item: tuple[str, str, str]) -> Art:
        """A note: ``事件：`` / ``点评：`` / ``投资建议：`` / ``风险提示：`` paragraphs (labels
        stay); meta: author (the analyst)."""
        self.n += 1
        r = self.r
        _, sector, title = item
        who, _ = r.choice(CH_ANALYSTS)
        lines = [
            f"事件：{r.choice(CH_EVENT)}，其中{sector}相关指标同比增长"
            f"{r.randint(2, 30)}.{r.randint(0, 9)}%，环比亦有所改善。",
            f"点评：{r.choice(CH_VIEW)}，{r.choice(CH_VIEW)}，"
            f"我们预计板块全年营收增速在{self.n % 9 + 6}%左右。",
            f"投资建议：{r.choice(CH_ADVICE)}。",
            r.choice(CH_RISK),
        ]
        return Art(title, lines, list(lines), {"author": who})

    # -- film review
    def film_review(self, i: int) -> Art:
        """A long review: four or five paragraphs; meta: author, published."""
        r = self.r
        film, year, who, _, title = YP_REVIEWS[i]
        lines = [f"{r.choice(YP_OPEN)}，看完《{film}》走出影院，脑子里一直回响着片尾那段旋律。"]
        n = r.randint(2, 3)
        mids = r.sample(YP_MID, 2 * n)
        for k in range(n):
            self.n += 1
            a, b = mids[2 * k : 2 * k + 2]
            lines.append(f"{a}。{b}，这一点在第{self.n % 5 + 2}幕里尤其明显。")
        lines.append(f"{r.choice(YP_END)}。")
        y, m, d = self.date()
        y = max(y, year)  # reviewed once the film is out
        return Art(title, lines, list(lines), {"author": who, "published": iso(y, m, d)})
