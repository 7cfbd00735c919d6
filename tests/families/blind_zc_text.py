"""Words and text makers of :mod:`tests.families.blind_families_zc` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zc`` families repeats one of the earlier
families.  The museum's and the hydrology bureau's words are all in GBK (their pages, or
some of them, are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# a city museum's exhibition announcements (栖溪博物馆), HTML, GBK / UTF-8
MUSEUM = "栖溪博物馆"
# (exhibition name, English name, hall, organiser department)
SHOWS = [
    (
        "溪上窑火——栖溪古代青瓷特展",
        "Kiln Fires by the Creek: Ancient Celadon of Qixi",
        "一号楼三层特展厅",
        "陈列部",
    ),
    (
        "纸上山河：馆藏近代舆图展",
        "Rivers and Hills on Paper: Early Modern Maps",
        "二号楼一层临展厅",
        "典藏部",
    ),
    (
        "针脚里的岁月——民间刺绣精品展",
        "Years in the Stitches: Folk Embroidery",
        "一号楼二层东厅",
        "社会教育部",
    ),
    (
        "铜声远播：古代乐器与礼制",
        "Echoes of Bronze: Ancient Instruments and Rites",
        "一号楼三层特展厅",
        "陈列部",
    ),
    (
        "一方水土——栖溪民居营造技艺展",
        "Built of This Land: Vernacular Houses of Qixi",
        "二号楼二层专题厅",
        "学术研究部",
    ),
    (
        "墨痕千年：馆藏碑帖拓片展",
        "A Thousand Years of Ink: Rubbings from the Collection",
        "二号楼一层临展厅",
        "典藏部",
    ),
    (
        "童年的玩具箱——百年儿童玩具展",
        "The Toy Chest: A Century of Childhood Toys",
        "一号楼一层儿童展区",
        "社会教育部",
    ),
    (
        "舟楫往来：古代水运文物展",
        "Boats and Oars: Relics of Ancient Water Transport",
        "一号楼二层东厅",
        "陈列部",
    ),
]
SHOW_WHY = [
    "本次展览从馆藏中精选展品一百余件（套）",
    "展览联合省内五家文博单位共同策划",
    "展览以时间为线索分为四个单元",
    "展品中有近三成为首次公开亮相",
]
SHOW_HOW = [
    "通过实物、图片和多媒体互动装置",
    "借助复原场景和高清影像",
    "配合专家导览和手作体验活动",
    "结合考古发掘资料和口述访谈",
]
SHOW_AIM = [
    "带领观众走近先民的日常生活",
    "展现地方手工艺人的智慧与坚守",
    "讲述一座城市与江河相依的故事",
    "让更多年轻人感受传统技艺的魅力",
]
SHOW_SEE = [
    "一件保存完整的莲瓣纹盖罐，釉色温润如玉，是本馆的镇馆之宝之一",
    "一组按原尺寸复刻的工坊场景，观众可以近距离观察工具的使用痕迹",
    "互动屏上可以放大查看展品细节，并听取讲解员的语音导览",
    "展厅尾声设有留言墙，观众可以写下自己的观展感受",
    "特别设置的触摸区陈列了复制品，视障观众也可以用双手感受器物",
]
VISIT_RULE = [
    "展览免费开放，请提前一天通过官方微信预约参观时段",
    "团队参观请提前三个工作日电话预约，每批次不超过三十人",
    "展厅内请勿使用闪光灯和自拍杆，请勿触摸展品",
    "每天上午十点和下午三点各有一场免费讲解，名额有限",
    "请勿携带食品饮料进入展厅，大件行李请寄存于服务台",
]
VISITORS = ["青瓷迷", "周末带娃逛馆", "老栖溪人", "小林同学", "看展日记", "溪边散步"]
VISITOR_SAY = [
    "上周末去看了，讲解员讲得特别细，推荐！",
    "请问儿童需要单独预约吗？",
    "展品很精彩，就是灯光有点暗，拍照不太方便。",
    "希望展期能延长一些，想带父母再去一次。",
    "文创店的明信片很好看，买了一整套。",
]

# a rural commercial bank's notices (澄泉农村商业银行), HTML, UTF-8 with BOM
BANK = "澄泉农村商业银行"
BANK_FULL = "澄泉农村商业银行股份有限公司"
# (title, kind, department)
BANK_NOTES = [
    ("关于2021年春节期间营业网点营业时间安排的公告", "hours", "运营管理部"),
    ("关于溪口支行迁址营业的公告", "move", "办公室"),
    ("关于调整人民币存款挂牌利率的公告", "rate", "计划财务部"),
    ("关于核心业务系统升级暂停部分服务的公告", "pause", "信息科技部"),
    ("关于石埠支行迁址营业的公告", "move", "办公室"),
    ("关于清明节假期营业网点营业时间安排的公告", "hours", "运营管理部"),
    ("关于调整个人定期存款利率的公告", "rate", "计划财务部"),
    ("关于手机银行客户端版本升级的公告", "pause", "电子银行部"),
]
BRANCHES = ["营业部", "溪口支行", "桐湾分理处", "城南支行", "石埠支行", "龙潭分理处"]
STREETS = ["溪口镇新街路", "桐湾镇滨河路", "城南大道", "石埠镇中心街", "龙潭路"]
BANK_WHY = [
    "为进一步提升服务品质，给客户提供更加便捷的金融服务",
    "根据相关监管要求并结合我行经营实际",
    "为保障客户资金安全，提升系统运行稳定性",
    "为改善营业环境，优化客户体验",
]
BANK_ASK = [
    "请广大客户合理安排业务办理时间",
    "如需办理大额现金业务，请提前一个工作日向网点预约",
    "暂停服务期间，自助设备及手机银行的转账、缴费功能同步暂停",
    "已签约的定期存款在存期内按原约定利率计息，不受本次调整影响",
    "客户可通过我行手机银行、网上银行查询最新营业网点信息",
]
RATES = [("活期存款", "0.30"), ("三个月", "1.35"), ("六个月", "1.55"), ("一年", "1.75")]
RATES += [("二年", "2.25"), ("三年", "2.75")]

# a provincial hydrology bureau's bulletin archive (岚江省水文水资源勘测局), GBK text
HYDRO = "岚江省水文水资源勘测局"
RIVERS = ["岚江干流", "栖溪", "桐河", "白沙河", "石门河"]
STATIONS = ["岚桥站", "栖口站", "桐湾站", "白沙站", "石门站", "双江口站", "鹤滩站"]
HYDRO_TITLES = [
    "全省主要江河水情简报",
    "岚江干流洪水过程简报",
    "全省雨水情及水库蓄水情况",
    "栖溪流域降雨及来水情况",
    "全省主要江河水位回落情况",
]
RAIN_WHERE = ["全省大部分地区", "岚江中下游地区", "栖溪上游山区", "西部丘陵地区"]
RAIN_HOW = ["出现中到大雨，局部暴雨", "出现小到中雨", "出现分散性阵雨", "普降大雨"]
RAIN_MOST = ["最大点雨量出现在", "累计雨量最大的是", "单站最大雨量位于"]
HYDRO_SAY = [
    "受上游来水影响，干流各站水位持续上涨",
    "各中小河流水位总体平稳，未出现超警戒水位",
    "受前期降雨影响，部分支流出现小幅涨水过程",
    "全省大中型水库蓄水总量较常年同期偏多",
]
HYDRO_NEXT = [
    "预计未来两天岚江干流水位将继续缓慢上涨，请沿江各地加强巡查",
    "预计各主要江河水位将逐步回落，请有关单位做好水库调度",
    "预计栖溪流域仍有一次降雨过程，请注意防范山洪灾害",
    "预计全省雨水情总体平稳，请各地持续做好监测预报",
]
FORECASTERS = ["韦澜", "卢一舟", "章若溪", "宁泊远", "柯晓汀"]

# a power supply company's planned-outage notices (澄岭供电公司), UTF-16 text
POWER = "澄岭供电公司"
LINES_KV = ["10千伏溪北线", "10千伏桐湾Ⅱ回线", "35千伏石埠变电站", "10千伏城南线"]
LINES_KV += ["10千伏龙潭线", "10千伏新街线", "10千伏白沙线"]
OUT_WHY = ["线路检修", "设备消缺", "配合道路改造迁移杆线", "变压器增容改造", "开关柜更换"]
OUT_AREA = [
    "溪北村、上埠村部分用户",
    "桐湾镇滨河小区及周边商铺",
    "石埠工业园区部分企业",
    "城南大道沿线部分居民小区",
    "龙潭村、下洋村全部用户",
    "新街路至中心街一带",
]
OUT_ASK = [
    "请各有关用户提前做好停电准备，妥善安排生产生活",
    "停电期间请勿靠近施工现场，严禁私自登杆作业",
    "如遇天气等原因，停电时间可能调整，恕不另行通知",
    "自备发电机的用户请做好防倒送电措施，确保人身安全",
]


class GenZC(GenO):
    """Text makers for the ``zc`` families (deterministic from the seed)."""

    # -- museum
    def show(self, j: int) -> Art:
        """An exhibition announcement: the English name, an intro, the time / place /
        organiser lines, ``展览看点`` with ``◇`` items, ``参观须知`` with ``1.`` items."""
        r = self.r
        name, en, hall, _ = SHOWS[j]
        y, m, d = self.date()
        start = min(d + r.randint(5, 12), 28)
        end_m = m + 3 if m <= 9 else m - 9
        self.n += 1
        lines = [
            en,
            f"{r.choice(SHOW_WHY)}，{r.choice(SHOW_HOW)}，{r.choice(SHOW_AIM)}，欢迎广大观众前来参观。",
            f"展览时间：{y}年{m}月{start}日至{y + (m > 9)}年{end_m}月{start}日",
            f"展览地点：{MUSEUM}{hall}",
            f"主办单位：{MUSEUM}、栖溪市文物保护中心",
            "展览看点",
            *(f"◇ {x}。" for x in r.sample(SHOW_SEE, 3)),
            "参观须知",
        ]
        rules = r.sample(VISIT_RULE, 3)
        lines += [f"{k}. {x}；" for k, x in enumerate(rules[:2], start=1)] + [f"3. {rules[2]}。"]
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    # -- bank
    def bank_note(self, j: int) -> Art:
        """A bank notice: ``尊敬的客户：``, the why paragraph, the arrangement (a list, or a
        rate table's cells), the ask paragraph, ``特此公告。`` and the sign-off."""
        r = self.r
        title, kind, _ = BANK_NOTES[j]
        y, m, d = self.date()
        day = min(d + r.randint(2, 9), 28)
        self.n += 1
        lines = ["尊敬的客户："]
        if kind == "hours":
            lines.append(f"{r.choice(BANK_WHY)}，现将我行假期期间营业网点营业时间安排公告如下：")
            b = r.sample(BRANCHES, 3)
            lines += [
                f"一、{y}年{m}月{day}日起的三天假期内，{b[0]}、{b[1]}正常营业，营业时间为9:00至16:00；",
                "二、其余营业网点暂停对外营业，节后第一个工作日起恢复正常营业；",
                f"三、{b[2]}设有24小时自助银行，假期期间照常提供存取款服务。",
            ]
        elif kind == "move":
            a, b = r.sample(STREETS, 2)
            no = r.randint(8, 288)
            lines += [
                f"{r.choice(BANK_WHY)}，我行{title[2 : title.index('迁址')]}将自{y}年{m}月{day}日起迁至新址营业。",  # noqa: E501
                f"原址：{a}{no}号",
                f"新址：{b}{no + 12}号",
                f"迁址期间原网点暂停营业，客户可就近到{r.choice(BRANCHES)}办理相关业务。",
            ]
        elif kind == "rate":
            lines.append(
                f"{r.choice(BANK_WHY)}，我行决定自{y}年{m}月{day}日起调整人民币存款挂牌利率，调整后的利率如下：",
            )
            lines += ["存款品种", "年利率（%）"]
            for what, rate in RATES:
                cut = r.choice(["0.05", "0.10", "0.00"])
                lines += [what, f"{float(rate) - float(cut):.2f}"]
        else:
            lines += [
                f"{r.choice(BANK_WHY)}，我行定于{y}年{m}月{day}日22:00至次日6:00进行系统升级。",
                f"升级期间，柜面、自助设备、网上银行和手机银行将暂停服务，请您提前做好资金安排，预计影响时长约{self.n + 7}小时。",  # noqa: E501
            ]
        lines.append(f"{r.choice(BANK_ASK)}，由此给您带来的不便，敬请谅解。")
        lines += [
            "如有疑问，请致电我行客服热线96288或咨询就近营业网点。",
            "特此公告。",
            BANK_FULL,
            f"{y}年{m}月{d}日",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": BANK_FULL})

    # -- hydrology
    def bulletin(self, j: int) -> Art:
        """A hydrology bulletin: the rain paragraph, ``主要站点水情：`` with one line per
        station, the situation paragraph and the outlook."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        most = f"{r.choice(RAIN_MOST)}{r.choice(STATIONS)[:-1]}雨量站，为{12 + self.n * 7 % 60}.{r.randint(0, 9)}毫米"  # noqa: E501
        lines = [
            f"{m}月{max(d - 1, 1)}日8时至{d}日8时，{r.choice(RAIN_WHERE)}{r.choice(RAIN_HOW)}，{most}。",  # noqa: E501
            "主要站点水情：",
        ]
        for st in r.sample(STATIONS, 3):
            lvl = r.randint(180, 420) / 10
            up = r.choice(["上涨", "回落"])
            lines.append(
                f"{st}8时水位{lvl:.2f}米，较昨日{up}{r.randint(3, 90) / 100:.2f}米，低于警戒水位{r.randint(20, 300) / 100:.2f}米。"  # noqa: E501
            )
        lines += [
            f"{r.choice(HYDRO_SAY)}，{r.choice(RIVERS)}沿线各站均在警戒水位以下，全省水情总体平稳。",
            f"{r.choice(HYDRO_NEXT)}。",
        ]
        title = HYDRO_TITLES[j % len(HYDRO_TITLES)]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": HYDRO})

    # -- power outages
    def outage(self, *, letter: bool) -> Art:
        """A planned outage: the time, range, reason and affected-users lines; as a
        ``letter`` also ``尊敬的电力客户：``, a lead, the ask and the sign-off."""
        r = self.r
        y, m, d = self.date()
        day = min(d + r.randint(3, 7), 28)
        line = r.choice(LINES_KV)
        why = r.choice(OUT_WHY)
        self.n += 1
        body = [
            f"停电时间：{y}年{m}月{day}日 0{r.randint(6, 8)}:00至{r.randint(15, 19)}:30",
            f"停电范围：{r.choice(OUT_AREA)}",
            f"停电原因：{line}{why}",
            f"影响用户：约{self.n * 23 + 40}户",
        ]
        title = f"关于{line}{why}停电的公告"
        if not letter:
            return Art(title, body, list(body), {"published": iso(y, m, d)})
        lines = [
            "尊敬的电力客户：",
            f"为保障电网安全可靠运行，因{line}{why}工作需要，届时将对部分区域停止供电，具体安排如下：",
            *body,
            f"{r.choice(OUT_ASK)}，由此带来的不便，敬请谅解。",
            f"如有疑问，请拨打供电服务热线，或关注“{POWER}”微信公众号查询停电信息。",
            POWER,
            cn_date(y, m, d),
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": POWER})
