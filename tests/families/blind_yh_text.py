"""Words and text makers of :mod:`tests.families.blind_families_yh` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yh`` families repeats one of the earlier
families.  The outpatient timetable's words are in GBK (its pages are GBK-encoded), the
county chronicle's in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a wholesale market's farm-produce daily price report (澧洲), HTML -------------------------
HQ_MARKET = "澧洲农产品中心批发市场"
# category -> (rows (name, origin, average price), headlines)
HQ_CATS: dict[str, tuple[list[tuple[str, str, float]], list[str]]] = {
    "蔬菜": (
        [
            ("菠菜", "本地", 3.9),
            ("油麦菜", "本地", 3.2),
            ("大白菜", "河北", 1.4),
            ("西红柿", "山东", 4.6),
            ("黄瓜", "山东", 3.8),
            ("土豆", "内蒙古", 2.1),
            ("青椒", "海南", 5.4),
            ("莲藕", "湖北", 4.2),
        ],
        ["叶菜到货偏紧，菠菜油麦菜价格走高", "北方菜大量上市，大路菜价格稳中有降"],
    ),
    "水果": (
        [
            ("砂糖橘", "广西", 5.6),
            ("富士苹果", "陕西", 6.8),
            ("香蕉", "云南", 3.9),
            ("皇冠梨", "河北", 4.4),
            ("猕猴桃", "陕西", 9.2),
            ("西瓜", "海南", 3.3),
        ],
        ["柑橘类进入销售旺季，砂糖橘交易活跃", "南方水果到货增加，香蕉西瓜价格回落"],
    ),
    "水产": (
        [
            ("草鱼", "本地", 13.6),
            ("鲫鱼", "湖北", 17.2),
            ("鲢鱼", "本地", 9.8),
            ("小龙虾", "湖北", 42.0),
            ("带鱼", "浙江", 36.5),
        ],
        ["淡水鱼出塘量减少，草鱼鲫鱼小幅上涨", "小龙虾集中上市，批发价较上周明显下调"],
    ),
    "畜禽肉": (
        [
            ("白条猪（片猪）", "本地", 19.4),
            ("猪后腿肉", "本地", 24.6),
            ("牛腱子", "内蒙古", 68.0),
            ("白条鸡", "山东", 15.2),
            ("鸭胚", "本地", 12.8),
        ],
        ["生猪出栏节奏放缓，白条猪价格企稳", "节后需求回落，禽肉交易量有所减少"],
    ),
    "鸡蛋": (
        [
            ("红壳鸡蛋", "湖北", 8.6),
            ("粉壳鸡蛋", "河南", 8.2),
            ("鸭蛋", "本地", 11.4),
            ("鹌鹑蛋", "江西", 12.0),
        ],
        ["气温下降蛋品走俏，鸡蛋批发价连续三日小幅上行", "气温升高蛋品不耐储存，商户压价出货"],
    ),
    "食用菌": (
        [
            ("香菇", "湖北", 11.8),
            ("平菇", "本地", 6.2),
            ("金针菇", "福建", 5.4),
            ("杏鲍菇", "山东", 7.6),
        ],
        ["香菇产区遇连阴雨，到货减少价格上扬", "菌菇类到货充足，各品种价格稳中有降"],
    ),
}
HQ_WHY_UP = [
    "受近期持续降温影响，产区采收进度放缓",
    "临近周末，商超和餐饮单位备货积极",
    "主产区出现降雨天气，运输车辆有所减少",
]
HQ_WHY_DOWN = [
    "随着外埠货源陆续到港，市场供应较为充裕",
    "产地天气转好，运输车辆明显增多",
    "节后餐饮采购需求回落，商户以消化库存为主",
]
HQ_MOOD = ["交投活跃", "成交平稳", "走货偏慢", "以小批量成交为主"]
HQ_NEXT = [
    "后市预测：从产地了解的情况看，后续货源衔接正常",
    "后市预测：气象部门预报本周后期还有一次降雨过程",
    "后市预测：随着本地品种陆续上市，外埠货源的比重将逐步下降",
]
HQ_CLERKS = ["韦晓峰", "谭丽萍", "岑国栋", "陆小梅", "覃建新"]

# -- a hospital's outpatient clinic timetable pages (澧洲市第二人民医院), HTML in GBK ------------
CZ_HOSP = "澧洲市第二人民医院"
# (department, how it stands, what it is good at, where it sits)
CZ_DEPTS = [
    ("心血管内科", "市级重点专科", "擅长冠心病介入治疗和高血压的规范化管理", "门诊楼三楼B区"),
    ("消化内科", "省级临床重点专科建设单位", "开展无痛胃肠镜检查和内镜下早癌筛查", "门诊楼二楼A区"),
    (
        "内分泌科",
        "市级重点专科",
        "在糖尿病足防治和甲状腺疾病诊疗方面积累了丰富经验",
        "门诊楼四楼C区",
    ),
    ("儿科", "市级儿童医疗服务中心", "对小儿呼吸道感染和生长发育评估有独到之处", "儿科门诊楼一楼"),
    ("骨科", "市级重点专科", "擅长关节置换和脊柱微创手术", "门诊楼一楼D区"),
    ("眼科", "市级眼病防治中心", "开展白内障超声乳化手术和青少年近视防控", "门诊楼五楼A区"),
    (
        "神经内科",
        "市级卒中中心牵头科室",
        "在脑血管病急救和头痛眩晕诊疗方面经验丰富",
        "门诊楼三楼A区",
    ),
    ("皮肤科", "市级特色专科", "开展光动力治疗和过敏原检测", "门诊楼二楼C区"),
]
CZ_SURNAME = list("韦覃陆岑蒙黎莫谭甘凌卢")
CZ_GIVEN = ["建国", "丽华", "志明", "晓燕", "国强", "雪梅", "永康", "海燕", "振华", "春兰"]
CZ_RANKS = [
    ("主任医师", "专家号"),
    ("副主任医师", "专家号"),
    ("主治医师", "普通号"),
    ("主任医师", "特需号"),
]
CZ_HALF = ["周一上午", "周一下午", "周二上午", "周二下午", "周三上午", "周三下午"]
CZ_HALF += ["周四上午", "周四下午", "周五上午", "周五下午", "周六上午"]
CZ_TIPS = [
    "初诊患者请携带既往病历和检查报告，以便医生全面了解病情",
    "需空腹抽血的患者请于上午十时前到达诊室，避免错过当日检验",
    "专家号实行实名制预约，就诊当日须凭本人身份证件到分诊台签到",
    "复诊患者可通过医院微信公众号提前预约，减少现场排队时间",
]
CZ_TIPS2 = [
    "上午门诊七时三十分开始挂号，下午门诊十三时三十分开始挂号",
    "如需取消预约，请至少提前一天操作，累计爽约三次将暂停预约资格",
    "法定节假日出诊安排另行通知",
]
CZ_FROM = ["门诊部", "门诊办公室", "医务部"]

# -- a county local-chronicle archive (嘉禾縣志 人物志), Big5 text ------------------------------
FZ_ARCHIVE = "嘉禾縣史館"
FZ_TOWNS = ["新化鎮", "東山鄉", "柳營鄉", "玉井鄉", "溪口鎮", "大林鎮", "白河鎮", "六甲鄉"]
FZ_SURNAME = list("林陳黃鄭吳蔡許楊賴翁")
FZ_GIVEN = ["永福", "德修", "清源", "文彬", "啟明", "耀宗", "朝陽", "秋榮", "振聲", "國樑"]
FZ_ZI = ["子修", "仲文", "伯純", "少峰", "叔平", "景仁", "慕賢"]
FZ_YOUNG = [
    "幼失怙，賴母親紡織撫養，刻苦自學",
    "少時入私塾讀書，塾師稱其聰穎過人",
    "家貧，十二歲即隨父下田，農閒時向鄰人借書夜讀",
    "早年隨叔父經營碾米廠，習得記帳之術",
]
# chapter -> what the people of that chapter did
FZ_WORK = {
    "鄉賢": [
        "壯年集資興修埤圳，灌溉農田數百甲，鄉人稱便",
        "戰後出任鎮長，任內鋪設道路、整建市場，頗有政聲",
    ],
    "耆宿": [
        "熟諳地方掌故，歷次修志皆延請為顧問",
        "經營米穀生意有成，歷任鄉民代表及農會理事",
    ],
    "教育": [
        "曾任公學校教員十餘年，熱心推行識字教育",
        "戰後受聘為初級中學首任校長，延聘良師，校風為之一新",
    ],
    "實業": [
        "創設製冰廠及碾米廠，僱用鄉民逾百人",
        "經營米穀生意有成，歷任鄉民代表及農會理事",
    ],
    "醫療": [
        "後赴府城習醫，學成返鄉開設診所，遇貧苦病患常免收診金",
        "戰後受聘為鎮衛生所主任，推動預防注射不遺餘力",
    ],
}
FZ_DEED = [
    "每逢風災水患，必捐米施粥，賑濟鄉里",
    "晚年捐地興建國民學校，並設獎學金獎勵清寒子弟",
    "又倡修本地廟宇，主持重修碑記",
    "其所撰地方見聞筆記，今為研究本縣早期社會之重要史料",
]
FZ_END = [
    "鄉人感念其德，至今猶稱道不已",
    "出殯之日，送葬者綿延數里",
    "子孫多從事教育及醫療工作，克紹家風",
]
FZ_WRITERS = ["鍾志明", "賴文彬", "溫雅婷", "彭國華", "蕭素娥"]
FZ_KINDS = ["鄉賢", "耆宿", "教育", "實業", "醫療"]

# -- a city ecology bureau's EIA pre-approval notices (澧洲市生态环境局), text -------------------
HP_BUREAU = "澧洲市生态环境局"
# (firm, project, what is built)
HP_PROJECTS = [
    ("澧洲华森新材料有限公司", "年产2万吨水性涂料扩建项目", "新建调漆车间一座及配套原料仓库"),
    (
        "澧洲市恒通混凝土有限公司",
        "商品混凝土搅拌站技术改造项目",
        "将原有两条搅拌生产线改造为全封闭生产线",
    ),
    ("湘澧食品股份有限公司", "年屠宰加工生猪30万头项目", "新建屠宰车间、冷库及配套污水处理站"),
    (
        "澧洲市城市排水有限公司",
        "城北污水处理厂提标改造工程",
        "新增深度处理单元，出水标准提升至一级A",
    ),
    (
        "澧洲明远电子科技有限公司",
        "印制电路板生产线建设项目",
        "新建双面及多层印制电路板生产线各一条",
    ),
    ("澧洲市第一中学", "新校区建设项目", "新建教学楼、实验楼、学生宿舍及食堂"),
    ("澧洲瑞丰包装材料有限公司", "年产1.5亿个塑料包装容器项目", "新建注塑车间、吹塑车间及成品仓库"),
    ("澧洲市人民医院", "住院综合楼及配套设施建设项目", "新建住院综合楼一栋，新增床位四百张"),
    ("澧洲盛源再生资源有限公司", "废旧轮胎综合利用项目", "新建轮胎破碎车间及胶粉生产线"),
    ("澧洲市交通建设投资有限公司", "县道X041澧水大桥改建工程", "拆除旧桥并在原址下游新建大桥一座"),
    ("澧洲金禾饲料有限公司", "年产10万吨配合饲料项目", "新建饲料生产车间、筒仓及成品库"),
    ("澧洲市自来水公司", "城南水厂扩建工程", "新增日供水能力五万立方米的净水构筑物"),
]
HP_PLACES = ["澧洲经济开发区", "澧北工业园", "城南新区", "津市镇", "临澧工业集中区", "城北街道"]
HP_ROADS = ["兴业路", "创新大道", "澧阳路", "工业二路", "建设南路"]
HP_PREPARERS = ["湘岳环境科技有限公司", "澧水环保工程咨询有限公司", "中南恒信环境技术有限公司"]
HP_IMPACT = [
    "施工期主要环境影响为扬尘、施工噪声和施工废水",
    "运营期废气主要为有机废气和颗粒物",
    "运营期废水主要为生产废水和职工生活污水",
    "运营期噪声主要来自风机、水泵等设备",
]
HP_MEASURE = [
    "有机废气经活性炭吸附装置处理后由十五米高排气筒排放",
    "生产废水经厂区污水处理站预处理后接入市政污水管网",
    "高噪声设备采取基础减振、厂房隔声等措施",
    "危险废物暂存于专用暂存间并委托有资质单位处置",
    "施工场地设置围挡并定时洒水抑尘",
]
HP_PLAN = ["当地国土空间规划", "园区总体规划及规划环评要求", "城市总体规划"]
HP_OK = ["污染物能够达标排放", "对周边环境的影响可以接受", "环境风险总体可控"]
HP_MEDIA = ["澧洲市生态环境局网站", "建设单位门户网站", "项目所在地社区公告栏"]
HP_HEARD = [
    "未收到公众反对意见",
    "共收到公众意见两条，建设单位已逐条作出回应",
    "周边居民主要关注施工期噪声问题，建设单位承诺夜间不进行高噪声作业",
]


class GenYH(GenO):
    """Text makers for the ``yh`` families (deterministic from the seed)."""

    # -- market report, one category
    def quote(self, cat: str, clerk: str) -> tuple[Art, str]:
        """One category of a day's report: the headline, a market paragraph, the price
        head line and rows, the outlook paragraph; the strip row above it returned apart."""
        r = self.r
        rows, heads = HQ_CATS[cat]
        self.n += 1
        picked = r.sample(rows, min(len(rows), r.randint(3, 5)))
        avgs = []
        table = ["品名　　产地　　最高价　最低价　平均价（元/公斤）"]
        for name, where, base in picked:
            avg = round(base * r.uniform(0.9, 1.12), 2)
            hi = round(avg * r.uniform(1.08, 1.25), 2)
            lo = round(avg * r.uniform(0.75, 0.92), 2)
            avgs.append(avg)
            table.append(f"{name}　　{where}　　{hi:.2f}　　{lo:.2f}　　{avg:.2f}")
        up = r.random() < 0.5
        title = heads[0] if up else heads[1]
        two = "、".join(x[0] for x in picked[:2])
        lines = [
            f"今日{cat}类{'到货略减' if up else '到货增加'}，"
            f"{r.choice(HQ_WHY_UP if up else HQ_WHY_DOWN)}，{two}等品种"
            f"价格{'小幅上涨' if up else '有所回落'}，全天{r.choice(HQ_MOOD)}。",
            *table,
            f"{r.choice(HQ_NEXT)}，预计未来三天{cat}类价格以"
            f"{'高位震荡' if up else '平稳运行'}为主，建议采购单位按需适量备货。",
        ]
        mean = sum(avgs) / len(avgs)
        arrow = "↑" if up else "↓"
        strip = (
            f"【{cat}】　上市量 {r.randint(80, 1800)} 吨　·　均价 {mean:.2f} 元/公斤　·　"
            f"环比 {arrow}{r.randint(3, 69) / 10:.1f}%"
        )
        return Art(title, lines, list(lines), {"author": clerk}), strip

    # -- outpatient timetable
    def doctors(self, k: int) -> list[tuple[str, str, str, str]]:
        """``k`` doctors: (name, rank, clinic days, ticket kind)."""
        r = self.r
        out = []
        names = set()
        while len(out) < k:
            name = r.choice(CZ_SURNAME) + r.choice(CZ_GIVEN)
            if name in names:
                continue
            names.add(name)
            rank, kind = CZ_RANKS[min(len(out), 2) if r.random() < 0.8 else 3]
            days = "、".join(sorted(r.sample(CZ_HALF, 2), key=CZ_HALF.index))
            out.append((name, rank, days, kind))
        return out

    def dept_intro(self, dept: tuple[str, str, str, str]) -> list[str]:
        r = self.r
        name, level, good, _ = dept
        self.n += 1
        n = r.randint(12, 30)
        return [
            f"{name}是我院{level}，现有医师{n}名，其中高级职称{r.randint(4, n // 2)}名，"
            f"{good}，年门诊量约{r.randint(3, 12)}万人次。",
        ]

    def dept_tips(self) -> list[str]:
        r = self.r
        return [f"{r.choice(CZ_TIPS)}；{r.choice(CZ_TIPS2)}。"]

    # -- chronicle biography
    def bio(self, name: str, town: str, writer: str, kind: str) -> tuple[Art, str]:
        """One biography: birth and youth, career, deeds and death (traditional letters);
        the 生卒年 row returned apart."""
        r = self.r
        self.n += 1
        born = r.randint(1868, 1925)
        age = min(r.randint(58, 88), 2009 - born)
        died = born + age
        b = born - 1911
        when = f"民國前{cn_small(1 - b)}年" if b <= 0 else f"民國{cn_small(b)}年"
        deeds = r.sample(FZ_DEED, 2)
        lines = [
            f"{name}，字{r.choice(FZ_ZI)}，{town}人。{when}生，{r.choice(FZ_YOUNG)}。",
            f"{r.choice(FZ_WORK[kind])}。{deeds[0]}，{deeds[1]}，地方人士咸推重之。",
            f"民國{cn_small(died - 1911)}年病逝於{town}寓所，享壽{cn_small(age)}歲，"
            f"{r.choice(FZ_END)}。",
        ]
        row = f"生卒年：{born}—{died}　｜　籍貫：嘉禾縣{town}"
        return Art(name, lines, list(lines), {"author": writer}), row

    # -- EIA project
    def project(self, firm: str, proj: str, what: str, day: tuple[int, int, int]) -> Art:
        """One project of a pre-approval notice: the labelled paragraphs."""
        r = self.r
        self.n += 1
        y, m, d = day
        inv = r.randint(8, 200) * 100
        imp = r.sample(HP_IMPACT, 2)
        mea = r.sample(HP_MEASURE, 2)
        lines = [
            f"建设地点：{r.choice(HP_PLACES)}{r.choice(HP_ROADS)}{r.randint(2, 300)}号",
            f"项目概况：项目总投资{inv}万元，其中环保投资{inv // r.randint(12, 40)}万元，"
            f"占地面积约{r.randint(5, 120)}亩，{what}，并配套建设公用及环保工程。",
            f"主要环境影响及防治措施：{imp[0]}，{imp[1]}；{mea[0]}，{mea[1]}。",
            f"公众参与情况：建设单位已于{y}年{max(m - 2, 1)}月在{r.choice(HP_MEDIA)}"
            f"进行了环境影响评价信息公示，公示期间{r.choice(HP_HEARD)}。",
            f"拟审批意见：该项目符合国家产业政策和{r.choice(HP_PLAN)}，在落实报告提出的"
            f"各项污染防治措施后，{r.choice(HP_OK)}，拟同意该项目环境影响评价文件。",
        ]
        return Art(
            proj if proj.startswith("县道") else firm + proj,
            lines,
            list(lines),
            {
                "origin": firm,
                "published": iso(y, m, d),
            },
        )
