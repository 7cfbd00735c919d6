"""Words and text makers of :mod:`tests.families.blind_families_yn` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yn`` families repeats one of the earlier
families.  The lottery centre's words are in GBK (its pages are GBK-encoded), the housing
portal's in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

WEEK = "一二三四五六日"

# -- a provincial welfare-lottery centre's draw announcements (澄江福彩网), print view, GBK ------
KJ_CENTRE = "澄江省福利彩票发行中心"
KJ_SITE = "澄江福彩网"
# game -> (draw weekdays, number maker key, prize rows: (level, low count, high count, prize))
KJ_GAMES: dict[str, tuple[tuple[int, ...], str, list[tuple[str, int, int, str]]]] = {
    "双色球": (
        (1, 3, 6),
        "ssq",
        [
            ("一等奖", 0, 14, "big"),
            ("二等奖", 60, 190, "mid"),
            ("三等奖", 1500, 3800, "3,000"),
            ("四等奖", 60000, 99000, "200"),
            ("五等奖", 1100000, 1900000, "10"),
            ("六等奖", 8000000, 14000000, "5"),
        ],
    ),
    "七乐彩": (
        (0, 2, 4),
        "qlc",
        [
            ("一等奖", 0, 3, "big"),
            ("二等奖", 2, 19, "mid"),
            ("三等奖", 60, 190, "small"),
            ("四等奖", 300, 900, "200"),
            ("五等奖", 9000, 16000, "50"),
            ("六等奖", 20000, 40000, "10"),
            ("七等奖", 150000, 260000, "5"),
        ],
    ),
    "福彩3D": (
        (0, 1, 2, 3, 4, 5, 6),
        "3d",
        [
            ("直选", 3000, 19000, "1,040"),
            ("组选三", 0, 9000, "346"),
            ("组选六", 5000, 30000, "173"),
        ],
    ),
    "快乐8": (
        (0, 1, 2, 3, 4, 5, 6),
        "kl8",
        [
            ("选十中十", 0, 3, "big"),
            ("选十中九", 2, 40, "8,000"),
            ("选五中五", 300, 1900, "1,000"),
            ("选一中一", 90000, 240000, "4.6"),
        ],
    ),
    "澄江风采22选5": (
        (0, 1, 2, 3, 4, 5, 6),
        "22x5",
        [
            ("一等奖", 1, 40, "mid"),
            ("二等奖", 300, 1600, "50"),
            ("三等奖", 9000, 26000, "5"),
        ],
    ),
}
KJ_TOWNS = ["澄州市白石区", "澄州市临江区", "鹿溪县", "岑阳市", "柘川县", "云枫市南城区", "梅岭县"]
KJ_HALLS = ["澄州福彩开奖大厅", "澄江福彩大厦一楼演播室"]
KJ_NOTARY = ["澄州市天衡公证处", "澄州市明正公证处"]
KJ_PEOPLE = ["葛文清", "房秀敏", "骆志坚", "祁晓燕", "岑立平", "沐海涛"]
KJ_POOL = [
    "一等奖奖池累计金额{}元，滚入下期",
    "下期奖池累计金额为{}元",
    "本期奖池余额{}元将继续滚存",
]

# -- a city ecology and environment bureau's weekly water-quality reports (岚城市), HTML ------
SZ_CITY = "岚城市"
SZ_BUREAU = "岚城市生态环境局"
SZ_CENTRE = "岚城市生态环境监测中心"
# (monitoring section, water body)
SZ_SECTIONS = [
    ("白鹭桥", "澄河"),
    ("望江渡", "澄河"),
    ("下沙湾", "澄河"),
    ("青石滩", "柘溪"),
    ("柘溪口", "柘溪"),
    ("梅子坝", "梅岭河"),
    ("三岔河口", "梅岭河"),
    ("双龙闸", "龙泉渠"),
    ("新塘水库坝前", "新塘水库"),
    ("枫湾入湖口", "枫湾湖"),
]
SZ_CLASS = ["Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类"]
SZ_BAD = ["总磷", "氨氮", "化学需氧量", "高锰酸盐指数", "溶解氧"]
SZ_CAUSE = [
    "主要受近期强降雨带来的面源污染影响",
    "与上游沿岸农田集中施肥有关",
    "系持续高温导致水体自净能力下降所致",
    "与枯水期来水量偏少有关",
]
SZ_BETTER = [
    "主要得益于上游来水量增加、水体稀释能力增强",
    "与沿岸截污管网完工投用有关",
    "系上游污水处理厂提标改造后出水水质好转所致",
]
SZ_SOURCE = ["新塘水库", "枫湾湖北库区", "澄河龙门水源地", "柘溪二水厂取水口"]
SZ_DO = [
    "监测中心已加密对相关断面的监测频次，并将结果通报属地政府",
    "相关区县已对沿河排口开展排查，督促问题点位限期整改",
    "下一步将继续做好水质预警工作，确保饮用水安全",
]

# -- a Taiwan housing portal's new-development pages (好宅通), HTML, Big5 ----------------------
LP_SITE = "好宅通"
LP_CITY = "嘉平市"
LP_AREAS = ["港西區", "北屯區", "南湖區", "文山區", "大里區", "太平區"]
LP_ROADS = ["文心路三段", "崇德路二段", "中港路一段", "東山路", "大明路", "環中路四段"]
LP_NAMES = [
    "晴川森活",
    "璞園花語",
    "鼎晟天際",
    "遠雄綠境",
    "湛藍水岸",
    "聚和青庭",
    "悅湖御邸",
    "禾光一品",
]
LP_DEV = ["鼎晟建設", "聚和開發", "湛藍建設", "禾光建設", "璞園營造"]
LP_AGENT = ["晴禾廣告代銷", "森川不動產代銷", "立群廣告", "新陽代銷"]
LP_KIND = ["住宅大樓", "電梯華廈", "透天別墅"]
LP_STATE = ["熱銷中", "新案公開", "即將完銷", "預約賞屋"]
LP_PARK = ["中央公園", "港西運動公園", "南湖親水公園", "文山森林步道"]
LP_SCHOOL = ["港西國小", "文昌國中", "北屯國小", "南湖高中"]
LP_MRT = ["捷運港西站", "捷運文心站", "捷運南湖站", "火車站前站"]
LP_SHOP = ["好市多", "家樂福", "傳統市場", "百貨商圈"]
LP_SELL = [
    "基地位於{}重劃區核心，面寬約{}米，採雙拼規劃，每層僅{}戶",
    "建案坐落{}生活圈，基地方正，規劃地上{}層、地下三層，每層{}戶",
    "位於{}主要幹道旁，棟距寬敞，規劃地上{}層，每層{}戶，並附設平面及機械車位",
]
LP_FEEL = [
    "公設包含健身房、閱覽室與空中花園，兼顧家庭生活與社區交誼",
    "外觀以淺色石材搭配大面玻璃，採光通風俱佳，多數戶別可遠眺山景",
    "結構採制震設計並取得綠建築標章，建材選用國際品牌衛浴與廚具",
]
LP_PLAN = [
    "兩房格局主打首購小家庭，三房格局則適合換屋族群，客餐廳一體規劃，空間運用更有彈性",
    "所有戶別皆為邊間設計，三面採光，主臥附更衣室，小孩房預留書桌位置",
    "一樓規劃店面與大廳，二樓以上為住家，每戶均配置獨立工作陽台與儲藏空間",
]

# -- a city petition bureau's published replies (岚汀市人民政府信访局), print view -------------
XF_CITY = "岚汀市"
XF_BUREAU = "岚汀市人民政府信访局"
XF_DISTRICTS = ["白石区", "临江区", "东湖区", "鹿溪县", "柘川县"]
XF_PLACES = [
    "滨河花园小区",
    "翠湖新村",
    "城关镇兴隆街",
    "工业园区南片",
    "桂香苑小区",
    "北门菜市场一带",
    "梅林路与春晖路交叉口",
    "东岸锦城小区",
    "新华村三组",
    "望江名都小区",
]
XF_SURNAME = list("李王陈赵孙周吴郑冯蒋韩杨")
# (category, problem, what the writer says, office, who checked with it, finding, measure)
XF_CASES = [
    (
        "城乡建设",
        "地下车库长期积水",
        "每逢下雨地下车库就大面积积水，车辆无法停放，墙面已出现渗水和脱落",
        "住房和城乡建设局",
        "物业服务企业",
        "车库积水系排水沟淤堵、集水井水泵老化所致",
        "已责成物业服务企业疏通排水沟并更换两台水泵，同时对渗水墙面进行防水处理",
    ),
    (
        "城市管理",
        "渣土车夜间噪声扰民",
        "附近工地的渣土车每晚十一点后仍在进出，轰鸣声和鸣笛声持续到凌晨",
        "城市管理局",
        "属地街道办事处",
        "该工地确有夜间违规运输行为，施工单位未办理夜间作业许可",
        "已对施工单位立案查处，并要求其严格按照核准时间运输，夜间禁止车辆进出",
    ),
    (
        "交通运输",
        "公交站点撤并后出行不便",
        "原先小区门口的公交站被撤销，老人和学生要多走一公里才能坐上公交",
        "交通运输局",
        "市公交集团",
        "该站点因道路改造临时撤并，改造工程已于上月完工",
        "市公交集团已恢复原站点设置，并在早晚高峰加密该线路的发车班次",
    ),
    (
        "劳动保障",
        "装修工程款及工人工资拖欠",
        "我们一行十二人在某装饰公司承接的项目上干了四个月，至今仍有大部分工资没有结清",
        "人力资源和社会保障局",
        "劳动保障监察大队",
        "经核实该公司拖欠十二名工人工资共计十余万元，事实清楚",
        "已向该公司下达限期整改指令书，目前拖欠工资已全部支付到位",
    ),
    (
        "市场监管",
        "住宅电梯频繁故障停运",
        "小区二号楼的电梯近两个月停运了六次，有一次还把老人困在里面四十多分钟",
        "市场监督管理局",
        "电梯维保单位",
        "该电梯控制柜部分元件老化，维保单位存在保养不到位的情况",
        "已责令维保单位更换老化元件并开展全面检验，同时对其违规行为依法处理",
    ),
    (
        "生态环境",
        "餐饮店油烟直排扰民",
        "楼下新开的烧烤店油烟直接往楼上排，家里窗户都不敢打开",
        "生态环境分局",
        "属地市场监管所",
        "该店未安装油烟净化设施，排烟口距离住宅窗户过近",
        "已责令该店停业整改，加装油烟净化设施并将排烟管道改至楼顶高空排放",
    ),
    (
        "教育",
        "幼儿园收取额外费用",
        "孩子所在的幼儿园除保教费外还以兴趣班名义每学期收取一千多元",
        "教育局",
        "属地教育督导组",
        "该园兴趣班收费未经备案，且存在变相强制报名的情况",
        "已责令该园停止收取兴趣班费用并清退已收款项，同时将其纳入年检重点核查对象",
    ),
    (
        "农村农业",
        "自来水水压不足",
        "这一带的自来水一到用水高峰就断断续续，三楼以上的住户经常接不到水",
        "水利局",
        "供水公司",
        "该片区供水管网管径偏小，且末端无加压设施",
        "供水公司已将该片区主管道纳入今年的改造计划，并先行增设一处临时加压泵站",
    ),
    (
        "城乡建设",
        "老旧小区改造工程进度缓慢",
        "小区改造从去年秋天开工，外墙脚手架搭了大半年，至今还没有拆除",
        "住房和城乡建设局",
        "街道改造指挥部",
        "工程因管线迁改协调耗时较长，导致工期滞后约三个月",
        "已督促施工单位增加作业人员，分栋拆除脚手架，确保整体工程尽快完工",
    ),
    (
        "城市管理",
        "占道经营影响通行",
        "每天傍晚都有大量流动摊贩占用人行道和非机动车道，行人只能走到机动车道上",
        "城市管理局",
        "属地社区居委会",
        "该路段确有流动摊贩集中占道经营现象，且高峰时段较为突出",
        "已在附近划设临时疏导点，安排执法队员每日定时巡查，引导摊贩入点经营",
    ),
]
XF_MOOD = ["满意", "基本满意", "满意", "未评价"]


class GenYN(GenO):
    """Text makers for the ``yn`` families (deterministic from the seed)."""

    # -- lottery draw
    def balls(self, key: str) -> str:
        r = self.r
        if key == "ssq":
            red = sorted(r.sample(range(1, 34), 6))
            return " ".join(f"{x:02d}" for x in red) + f"　蓝球：{r.randint(1, 16):02d}"
        if key == "qlc":
            nums = r.sample(range(1, 31), 8)
            base = sorted(nums[:7])
            return " ".join(f"{x:02d}" for x in base) + f"　特别号码：{nums[7]:02d}"
        if key == "3d":
            return " ".join(str(r.randint(0, 9)) for _ in range(3)) + (
                "　试机号：" + " ".join(str(r.randint(0, 9)) for _ in range(3))
            )
        if key == "kl8":
            return " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 81), 20)))
        return " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 23), 5)))

    def draw(self, game: str, no: str, day: datetime.date) -> Art:
        """One draw: the numbers, the sales-and-pool sentence, the prize table (a head and
        one row per prize level), where the top prizes went and the claim deadline."""
        r = self.r
        self.n += 1
        _, key, prizes = KJ_GAMES[game]
        sold = r.randint(3_000_000, 380_000_000)
        ours = sold // r.randint(18, 40)
        pool = KJ_POOL[self.n % len(KJ_POOL)].format(f"{r.randint(80_000_000, 2_400_000_000):,}")
        if key == "3d":  # fixed prizes: no pool
            sales = f"本期全国销售总额{sold:,}元，我省销售额{ours:,}元，各奖级均为固定奖金。"
        elif key == "22x5":  # the province's own game: no national sales
            sales = f"本期全省销售总额{ours:,}元，奖池累计金额{r.randint(200_000, 3_000_000):,}元。"
        else:
            sales = f"本期全国销售总额{sold:,}元，我省销售额{ours:,}元，{pool}。"
        lines = [
            f"本期开奖号码：{self.balls(key)}",
            sales,
            "奖级　　中奖注数　　单注奖金（元）",
        ]
        top = 0
        for k, (level, lo, hi, prize) in enumerate(prizes):
            got = r.randint(lo, hi)
            if k == 0:
                top = got
            money = {
                "big": f"{r.randint(5_000_000, 9_990_000):,}",
                "mid": f"{r.randint(60_000, 320_000):,}",
                "small": f"{r.randint(1_500, 4_200):,}",
            }.get(prize, prize)
            lines.append(f"{level}　　{got:,}　　{money if got else '—'}")
        head = prizes[0][0]
        if key in ("3d", "22x5"):
            mine = top if key == "22x5" else r.randint(1, max(2, top // 30))
            lines.append(
                f"本期我省共中出{head}{mine}注，"
                f"中奖彩票分布在{'、'.join(r.sample(KJ_TOWNS, 3))}等地的投注站。"
            )
        elif top:
            shops = [f"{r.choice(KJ_TOWNS)}第33{r.randint(10000, 99999)}号投注站"]
            shops.append(f"{r.choice(KJ_TOWNS)}第33{r.randint(10000, 99999)}号投注站")
            mine = r.randint(0, min(top, 2))
            lines.append(
                f"本期我省中出{head}{mine}注，出自{'和'.join(shops[:mine])}，祝贺幸运彩民。"
                if mine
                else f"本期我省未中出{head}，全国{top}注{head}分落其他省份，"
                f"我省共中出{prizes[1][0]}{r.randint(1, 9)}注。"
            )
        else:
            lines.append(f"本期全国未开出{head}，我省共中出各奖级奖金{r.randint(90, 900)}万余元。")
        end = day + datetime.timedelta(days=60)
        lines.append(
            f"本期兑奖截止日为{end.year}年{end.month}月{end.day}日，"
            "请中奖彩民在此之前持中奖彩票到指定地点兑奖，逾期未兑视为弃奖。"
        )
        title = f"{game}第{no}期开奖公告"
        return Art(title, lines, list(lines), {"published": iso(day.year, day.month, day.day)})

    # -- water-quality weekly report
    def water(self, y: int, w: int, out: datetime.date) -> tuple[Art, list[str]]:
        """One weekly report: the lead, three ``<h3>`` heads, a table of sections (its
        head cells and five cells a row, each a line), the source and change paragraphs
        and the note.  Returns the article and each page line's tag."""
        r = self.r
        self.n += 1
        mon = datetime.date.fromisocalendar(y, w, 1)
        sun = mon + datetime.timedelta(days=6)
        picks = r.sample(SZ_SECTIONS, r.randint(5, 7))
        rows = []
        for name, water in picks:
            now = r.choice([0, 1, 1, 2, 2, 2, 3, 4])
            before = max(0, min(5, now + r.choice([0, 0, 0, -1, 1])))
            bad = "、".join(r.sample(SZ_BAD, 1 + (now > 3))) if now >= 3 else "—"
            rows.append((name, water, SZ_CLASS[now], SZ_CLASS[before], bad))
        good = sum(1 for x in rows if x[2] in SZ_CLASS[:3])
        n = len(rows)
        lines = [
            f"{y}年第{w}周（{mon.month}月{mon.day}日—{sun.month}月{sun.day}日），全市{n}个"
            f"国控、省控地表水监测断面中，Ⅰ～Ⅲ类水质断面{good}个，占{good * 100 // n}%；"
            f"Ⅳ类及以下水质断面{n - good}个，占{100 - good * 100 // n}%。",
            "一、主要江河水质状况",
            f"本周全市主要江河水质总体{'良好' if good * 2 > n else '轻度污染'}，"
            f"各断面水质类别及主要超标项目见下表，{r.choice(SZ_DO)}。",
        ]
        tags = ["p", "h3", "p"]
        head = ["断面名称", "所在水体", "本周水质", "上周水质", "主要超标项目"]
        lines += head
        tags += ["th"] * 5
        for row in rows:
            lines += list(row)
            tags += ["td"] * 5
        src = r.sample(SZ_SOURCE, 3)
        lines += [
            "二、集中式饮用水水源地水质",
            f"本周对{src[0]}、{src[1]}、{src[2]}等{r.randint(4, 9)}个在用集中式饮用水水源地"
            "开展监测，水质均达到或优于Ⅲ类标准，达标率为100%。",
            "三、水质变化情况",
        ]
        tags += ["h3", "p", "h3"]
        moved = [x for x in rows if x[2] != x[3]]
        if moved:
            x = moved[0]
            worse = SZ_CLASS.index(x[2]) > SZ_CLASS.index(x[3])
            lines.append(
                f"与上周相比，{x[0]}断面水质由{x[3]}变为{x[2]}，"
                f"{r.choice(SZ_CAUSE if worse else SZ_BETTER)}；"
                f"其余断面水质类别{'基本' if len(moved) > 1 else ''}保持稳定。"
            )
        else:
            lines.append("与上周相比，各断面水质类别均无变化，全市地表水环境质量总体保持稳定。")
        lines.append(
            "注：水质类别依据《地表水环境质量标准》（GB 3838—2002）评价，“—”表示该断面无超标项目。"
        )
        tags += ["p", "p"]
        title = f"{SZ_CITY}主要江河水质周报（{y}年第{w}周）"
        meta = {"published": iso(out.year, out.month, out.day), "origin": SZ_CENTRE}
        return Art(title, lines, list(lines), meta), tags

    # -- housing development page
    def estate(self, i: int, area: str) -> tuple[Art, list[str]]:
        """One development: 建案介紹 / 周邊機能 / 格局規劃 heads, two paragraphs, three
        labelled ``<li>`` items and a paragraph.  Returns the article and the lines' tags."""
        r = self.r
        self.n += 1
        name = LP_NAMES[i]
        sell = r.choice(LP_SELL).format(area, r.randint(12, 28), r.randint(2, 6))
        lines = [
            "建案介紹",
            f"「{name}」{sell}，{r.choice(LP_FEEL)}。",
            f"建設公司表示，本案自開放預約以來已累計接待超過{self.n * 40 + r.randint(90, 300)}組"
            f"看屋客，目前銷售率約{r.randint(3, 8)}成，"
            f"剩餘戶別以{r.choice(['兩房', '三房'])}為主。",
            "周邊機能",
            f"交通：距{r.choice(LP_MRT)}步行約{r.randint(5, 15)}分鐘，鄰近快速道路匝道。",
            "學區：{}、{}，步行皆可到達。".format(*r.sample(LP_SCHOOL, 2)),
            f"生活：近{r.choice(LP_PARK)}與{r.choice(LP_SHOP)}，日常採買便利。",
            "格局規劃",
            f"{r.choice(LP_PLAN)}，另有少量四房戶別供三代同堂家庭選擇。",
        ]
        tags = ["h3", "p", "p", "h3", "li", "li", "li", "h3", "p"]
        return Art(name, lines, list(lines), {}), tags

    # -- petition reply
    def reply(self, case: tuple[str, ...], place: str, office: str, who: str) -> Art:
        """One reply: ``来信内容：`` and three ``答复意见：`` paragraphs (the last the appeal
        route); issuer the answering office, published the reply day."""
        r = self.r
        self.n += 1
        _, problem, said, _, helper, found, measure = case
        y, m, d = self.date()
        due = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(20, 50))
        lines = [
            f"来信内容：本人系{place}居民，{said}，多次向有关方面反映未果，"
            "恳请有关部门尽快协调解决。",
            f"答复意见：{who}您好！您反映的问题已收悉。经{office}会同{helper}现场核查，{found}。",
            f"针对上述情况，{measure}，预计{due.month}月底前全部完成，"
            f"届时将在{place}张贴整改结果接受群众监督。",
            f"感谢您对{XF_CITY}工作的关心和支持。如对本答复意见不服，可自收到本意见之日起"
            f"30日内向{office[:3]}人民政府申请复查。",
        ]
        title = f"关于{place}{problem}的问题"
        return Art(title, lines, list(lines), {"issuer": office, "published": iso(y, m, d)})
