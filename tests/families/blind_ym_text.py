"""Words and text makers of :mod:`tests.families.blind_families_ym` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``ym`` families repeats one of the earlier
families.  The volleyball round-ups' words are traditional letters in Big5 (cp950), the
sampling notices' words are in GBK.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a city natural-resources bureau's land-transfer results (岑州市), print view, UTF-16 -------
TD_BUREAU = "岑州市自然资源和规划局"
TD_CENTRE = "岑州市公共资源交易中心"
# (district, road, side, second road)
TD_SPOTS = [
    ("岑东区", "枫林路", "以北", "青梧大道以东"),
    ("岑西区", "柘溪路", "以南", "白沙街以西"),
    ("高新区", "云港三路", "以东", "栖霞大道以北"),
    ("岑东区", "桑园路", "以西", "松坪街以南"),
    ("岑州经开区", "鹭川大道", "以北", "石泉路以东"),
    ("岑西区", "梧桐大街", "以南", "凤鸣路以西"),
    ("高新区", "澄湖西路", "以东", "桂花巷以北"),
    ("岑州经开区", "汇川路", "以西", "新港大道以南"),
]
TD_USES = [
    ("城镇住宅用地", 70),
    ("商务金融用地", 40),
    ("零售商业用地", 40),
    ("工业用地", 50),
    ("仓储用地", 50),
    ("城镇住宅用地", 70),
]
TD_BUYERS = [
    "岑州市鹭汀置业有限公司",
    "岑州枫源房地产开发有限公司",
    "湘南云港智能装备有限公司",
    "岑州市桑园物流有限公司",
    "岑州澄湖新材料科技有限公司",
    "岑州市青梧城市建设投资有限公司",
    "湖南栖川食品股份有限公司",
]
TD_WAY = ["挂牌", "拍卖", "挂牌"]

# -- a Taiwan regional volleyball association's round results (嘉南區), Big5 ------------------
SG_ASSOC = "嘉南區排球協會"
SG_CUP = "協會盃排球聯賽"
SG_TEAMS = [
    "港都建設",
    "山城電力",
    "鹽水藍鯨",
    "新營鐵人",
    "白河蓮花",
    "東山咖啡",
    "佳里旋風",
    "麻豆文旦",
]
SG_HALLS = ["新營體育館", "嘉南國中體育館", "佳里綜合體育館"]
SG_PLAYERS = [
    "林柏宇",
    "陳冠廷",
    "黃子軒",
    "吳承恩",
    "蔡宗翰",
    "許家豪",
    "鄭育誠",
    "謝明哲",
    "莊志偉",
    "葉俊傑",
]
SG_CLERKS = ["王怡君", "李佩珊", "張雅雯", "劉淑惠"]
SG_DELEGATES = ["周文雄", "蘇建國", "潘國峰"]
SG_WIN = ["力克", "擊退", "逆轉", "直落三局橫掃", "苦戰五局險勝"]
SG_TAIL = ["取得三連勝", "穩居積分榜前段", "保住晉級希望", "終止兩連敗", "扳回一城"]
SG_START = [
    "首局雙方比分交替上升，直到局末才由{w}連得三分拉開差距",
    "開賽後{l}發球頗具威脅，一度以八比三領先，但{w}很快穩住陣腳",
    "{l}本場調整先發陣容，讓年輕舉球員上場磨練，開局略顯生疏，被{w}",
]
SG_MID = [
    "第二局{l}攔網明顯改善，屢次封阻對手快攻，將比賽拉回同一起跑點",
    "第三局起{w}加強發球攻勢，逼使對手一傳到位率大幅下滑",
    "中段{w}副攻手連續得分，現場球迷的加油聲幾乎蓋過廣播",
]
SG_END = [
    "賽後{w}教練表示，球員在關鍵分的專注度比上週進步，下輪將繼續調整防守輪轉",
    "{l}教練則坦言接發球失誤太多，回去後要加強一傳練習",
    "兩隊將於下週分別迎戰積分榜前兩名的隊伍，戰況值得關注",
]

# -- a fund management company's announcements (岑华基金), HTML --------------------------------
JJ_CO = "岑华基金管理有限公司"
JJ_SHORT = "岑华基金"
# (code, short name, full name)
JJ_FUNDS = [
    ("005816", "岑华稳健增利债券A", "岑华稳健增利债券型证券投资基金"),
    ("007342", "岑华消费升级混合", "岑华消费升级混合型证券投资基金"),
    ("003905", "岑华中证500指数增强A", "岑华中证500指数增强型证券投资基金"),
    ("009127", "岑华短债债券C", "岑华短期债券型证券投资基金"),
    ("001688", "岑华价值精选灵活配置混合", "岑华价值精选灵活配置混合型证券投资基金"),
    ("011430", "岑华科技创新股票", "岑华科技创新股票型证券投资基金"),
]
JJ_KINDS = ["分红公告", "暂停大额申购公告", "基金经理变更公告", "节假日暂停申购赎回公告"]
JJ_MANAGERS = ["邹明远", "韦思齐", "岑立新", "祁晓雯", "骆一帆"]
JJ_RISK = (
    "风险提示：本基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，"
    "但不保证基金一定盈利，也不保证最低收益。"
)

# -- a city market regulator's food sampling notices (溆浦市), HTML, GBK -----------------------
CJ_CITY = "溆浦市"
CJ_BUREAU = "溆浦市市场监督管理局"
CJ_CATS = [
    "粮食加工品",
    "食用油、油脂及其制品",
    "肉制品",
    "乳制品",
    "饮料",
    "糕点",
    "蔬菜制品",
    "水果制品",
    "炒货食品及坚果制品",
    "蛋制品",
    "食用农产品",
    "餐饮食品",
    "调味品",
    "酒类",
]
# (shop kind, product, failing item)
CJ_BAD = [
    ("超市", "酱卤鸭脖", "菌落总数"),
    ("农贸市场摊位", "韭菜", "腐霉利"),
    ("便利店", "桃酥", "过氧化值（以脂肪计）"),
    ("餐馆", "复用餐饮具", "阴离子合成洗涤剂（以十二烷基苯磺酸钠计）"),
    ("食品店", "山楂片", "糖精钠（以糖精计）"),
    ("粮油店", "菜籽油", "苯并[a]芘"),
    ("农贸市场摊位", "鲜鸡蛋", "恩诺沙星"),
    ("副食品商行", "红薯粉条", "铝的残留量（干样品，以Al计）"),
    ("茶饮店", "现制豆浆", "大肠菌群"),
]
CJ_TOWNS = ["卢峰镇", "桥江镇", "龙潭镇", "低庄镇", "观音阁镇", "黄茅园镇", "思蒙镇"]
CJ_OFFICES = ["食品安全抽检监测科", "食品经营监管科", "餐饮服务监管科"]


class GenYM(GenO):
    """Text makers for the ``ym`` families (deterministic from the seed)."""

    # -- land transfer result
    def parcel(self, spot: tuple[str, str, str, str], code: str, *, sold: bool) -> Art:
        """One parcel's result notice: the title line's body of label rows, the deal
        paragraph and the objection paragraph; issuer the bureau, published the sign-off
        (the day after the deal)."""
        r = self.r
        self.n += 1
        dist, road, side, other = spot
        use, years = r.choice(TD_USES)
        way = r.choice(TD_WAY)
        title = f"{dist}{road}{side}{code[-2:]}号地块国有建设用地使用权{way}出让结果公示"
        y, m, d = self.date()
        deal = datetime.date(y, m, d)
        sign = deal + datetime.timedelta(days=1)
        end = sign + datetime.timedelta(days=9)
        area = f"{r.randint(3000, 90000)}.{r.randint(0, 9)}"
        start = r.randint(30, 900) * 10
        lines = [
            f"土地位置：{dist}{road}{side}、{other}",
            f"出让面积：{area}平方米",
            f"土地用途：{use}　　出让年限：{years}年",
            f"容积率：大于1.0且不大于{r.choice(['2.2', '2.5', '3.0', '3.5'])}",
        ]
        if sold:
            rounds = r.randint(1, 38)
            buyer = r.choice(TD_BUYERS)
            lines += [
                f"起始价：{start}万元　　成交价：{start + rounds * r.randint(2, 6) * 10}万元",
                f"竞得人：{buyer}",
                f"该宗地于{y}年{m}月{d}日在{TD_CENTRE}以{way}方式公开出让，经过{rounds}轮"
                f"竞价，由上述竞得人以最高报价竞得，现将出让结果予以公示。",
            ]
        else:
            lines += [
                f"起始价：{start}万元　　成交价：——",
                f"该宗地在{way}期限内未征集到符合条件的竞买人，本次出让不成交，"
                f"我局将根据市场情况另行组织出让，现将结果予以公示。",
            ]
        lines.append(
            f"公示期为{sign.year}年{sign.month}月{sign.day}日至{end.month}月{end.day}日，"
            f"对公示内容有异议的，请在公示期内书面反映至我局土地利用科。"
        )
        meta = {"issuer": TD_BUREAU, "published": iso(sign.year, sign.month, sign.day)}
        return Art(title, lines, list(lines), meta)

    # -- volleyball match
    def match(self, w: str, lo: str, sets: list[tuple[int, int]], star: str) -> Art:
        """One match report: a headline, three paragraphs and the MVP line (``star``)."""
        r = self.r
        self.n += 1
        won = sum(a > b for a, b in sets)
        lost = len(sets) - won
        verb = (
            "直落三局橫掃"
            if lost == 0
            else "苦戰五局險勝"
            if len(sets) == 5
            else r.choice(SG_WIN[:3])
        )
        title = f"{w}{verb}{lo}　{r.choice(SG_TAIL)}"
        f = {"w": w, "l": lo}
        a, b = sets[0]
        first = f if a > b else {"w": lo, "l": w}  # who took the first set
        lines = [
            (start := r.choice(SG_START)).format(**first)
            + ("" if start.endswith("被{w}") else "，")
            + f"以{max(a, b)}比{min(a, b)}拿下第一局。",
            # the loser's comeback only when it took the second set
            (SG_MID[0] if sets[1][0] < sets[1][1] else r.choice(SG_MID[1:])).format(**f)
            + f"，全場{w}以{won}比{lost}收下勝利，{star}攻下全隊最高的{r.randint(14, 29)}分。",
            r.choice(SG_END).format(**f) + "。",
            f"本場最有價值球員：{star}（{w}）",
        ]
        return Art(title, lines, list(lines))

    # -- fund announcement
    def fund_notice(self, fund: tuple[str, str, str], kind: str) -> Art:
        """One announcement: the ``1　公告基本信息`` head, label rows, a ``2　其他需要提示的事项``
        head, a paragraph and the risk line; issuer the company, published the sign-off."""
        r = self.r
        self.n += 1
        code, short, full = fund
        y, m, d = self.date()
        title = f"{full}{y}年第{r.randint(1, 4)}次分红公告" if kind == "分红公告" else full + kind
        day2 = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 5))
        lines = [
            "1　公告基本信息",
            f"基金名称：{full}",
            f"基金简称：{short}",
            f"基金主代码：{code}",
            f"基金管理人名称：{JJ_CO}",
        ]
        if kind == "分红公告":
            per = r.randint(5, 60) / 100
            lines += [
                f"权益登记日：{day2.year}年{day2.month}月{day2.day}日",
                f"分红方案：每10份基金份额派发红利{per:.2f}元",
                "2　其他需要提示的事项",
                f"本次分红以{y}年{m}月{d - 1 if d > 1 else d}日的可供分配利润为基准，"
                f"权益登记日申请申购的基金份额不享有本次分红权益，申请赎回的基金份额享有本次分红权益。",
            ]
        elif kind == "暂停大额申购公告":
            cap = r.choice([10, 50, 100, 500])
            lines += [
                f"暂停大额申购起始日：{day2.year}年{day2.month}月{day2.day}日",
                f"限制申购金额：{cap}万元",
                "2　其他需要提示的事项",
                f"为保护基金份额持有人的利益，本基金自上述日期起单日单个账户累计申购金额超过{cap}"
                f"万元的，本公司有权部分或全部拒绝，恢复办理的时间将另行公告。",
            ]
        elif kind == "基金经理变更公告":
            old, new = r.sample(JJ_MANAGERS, 2)
            lines += [
                "基金经理变更类型：增聘基金经理",
                f"新任基金经理姓名：{new}",
                f"共同管理本基金的其他基金经理姓名：{old}",
                "2　其他需要提示的事项",
                f"{new}先生具有{r.randint(6, 15)}年证券从业经历，已按规定在中国证券投资基金业"
                f"协会完成注册，上述事项已按有关规定向监管机构备案。",
            ]
        else:
            lines += [
                f"暂停申购起始日：{day2.year}年{day2.month}月{day2.day}日",
                f"暂停赎回起始日：{day2.year}年{day2.month}月{day2.day}日",
                "2　其他需要提示的事项",
                "根据沪深证券交易所休市安排，本基金将于上述日期起暂停申购、赎回及转换业务，"
                "并于节后首个交易日起恢复办理，届时不再另行公告。",
            ]
        lines.append(JJ_RISK)
        return Art(title, lines, list(lines), {"issuer": JJ_CO, "published": iso(y, m, d)})

    # -- food sampling notice
    def sampling(self, no: int, bad: list[tuple[str, str, str]]) -> Art:
        """One sampling notice: four ``一、`` heads, the overview paragraph, the failing
        items ``1. …`` and the handling and advice paragraphs; the sign-off is the page's."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        y = 2019 + (y - 2016) % 6  # the merged market regulators date from 2018
        cats = r.sample(CJ_CATS, r.randint(6, 11))
        total = r.randint(90, 260)
        title = f"{CJ_BUREAU}关于{y}年第{no}期食品安全监督抽检情况的通告"
        lines = [
            "一、抽检基本情况",
            f"近期，我局组织抽检了{'、'.join(cats)}等{len(cats)}大类食品{total}批次样品，"
            f"其中合格样品{total - len(bad)}批次，不合格样品{len(bad)}批次。",
            "二、不合格产品情况",
        ]
        for k, (shop, prod, item) in enumerate(bad, 1):
            town = r.choice(CJ_TOWNS)
            lines.append(
                f"{k}. {CJ_CITY}{town}某某{shop}{'使用' if shop == '餐馆' else '销售'}的"
                f"{prod}，{item}项目不符合食品安全国家标准规定。"
            )
        lines += [
            "三、核查处置情况",
            f"对抽检发现的不合格产品，我局已责成属地市场监督管理所依法开展核查处置，"
            f"督促经营者下架、召回不合格产品，查清产品流向，处置情况将于{r.randint(2, 3)}个月内"
            f"向社会公开。",
            "四、消费提示",
            "消费者购买食品时应选择证照齐全的正规经营场所，查看标签标识，"
            "发现食品安全问题可拨打12315投诉举报热线反映。",
        ]
        meta = {"issuer": CJ_BUREAU, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)
