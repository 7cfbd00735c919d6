"""Words and text makers of :mod:`tests.families.blind_families_yp` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yp`` families repeats one of the earlier
families.  The subsidy lists' words are in GBK (their pages are GBK-encoded), the missing
persons board's in GB18030 and the troupe's notes in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a county agriculture bureau's farm-machinery subsidy publicity (沅禾县), print view, GBK --
BT_COUNTY = "沅禾县"
BT_BUREAU = "沅禾县农业农村局"
BT_FINANCE = "沅禾县财政局"
BT_TOWNS = ["白沙镇", "龙潭镇", "石门乡", "青山镇", "河口乡", "新市镇", "枫木桥乡", "大塘镇"]
# (item, subsidy per unit in yuan)
BT_MACHINES = [
    ("轮式拖拉机", 13200),
    ("谷物联合收割机", 25600),
    ("旋耕机", 1800),
    ("水稻插秧机", 8600),
    ("植保无人飞机", 5400),
    ("秸秆粉碎还田机", 2600),
    ("微耕机", 800),
    ("谷物烘干机", 31000),
    ("开沟机", 1100),
    ("喷杆喷雾机", 2100),
]
BT_SURNAME = list("蒋谭龙瞿向舒覃符滕伍")
BT_LAST = list("明华军平生贵兰秀忠林富春")
BT_COOP = ["丰收农机专业合作社", "禾丰种植专业合作社", "金穗农机服务专业合作社"]
BT_WHY = [
    "根据《岚南省2021—2023年农机购置与应用补贴实施方案》和县级实施细则的有关规定",
    "按照省农业农村厅、省财政厅关于做好农机购置与应用补贴工作的通知要求",
    "依据本县年度农机购置与应用补贴资金使用计划",
]
BT_HOW = [
    "经乡镇农机站初审、县农机服务中心现场核验机具铭牌和发票",
    "经购机者自主申请、乡镇受理并逐台拍照核实",
    "经县农业农村局会同县财政局对申请资料逐户审核",
]
BT_SUPV = [
    "公示期间，任何单位和个人对公示内容有异议的，可通过来电、来信或来访等方式向县农机服务中心反映",
    "对公示对象有异议的，请实名反映并提供相关线索，我们将依法依规调查处理并为反映人保密",
    "公示期满无异议的，补贴资金将由县财政局通过一卡通直接兑付到购机者账户",
]

# -- a provincial development and reform commission's fuel-price notices (岚州省), HTML --------
YJ_PROV = "岚州省"
YJ_SITE = "岚州省发展和改革委员会"
YJ_ABBR = "岚发改价格"
YJ_CITIES = "各市（州）发展改革委，中国石油岚州销售分公司、中国石化岚州石油分公司"
YJ_MARKET = [
    "近期国际市场原油价格震荡",
    "受国际市场原油价格变化影响",
    "国际市场油价在一个调价周期内平均水平变化超过每吨五十元",
]
YJ_CHECK = [
    "各地价格主管部门要加强市场价格监测和检查，严厉查处不按规定执行调价措施、串通涨价等违法行为",
    "各地要做好政策解释和舆论引导工作，密切关注调价后市场动态，发现问题及时报告",
    "对出租车、城市公交和农村道路客运的补贴政策，继续按现行有关规定执行",
]
YJ_SUPPLY = [
    "石油企业要组织好成品油生产和调运，保持合理库存，确保市场稳定供应",
    "各成品油经营企业要严格执行国家价格政策，在经营场所醒目位置明码标价",
    "加油站不得以任何理由停售或限量销售，切实保障农业生产和居民出行用油",
]

# -- a missing persons notice board (归途寻人公益网), HTML, GB18030 ---------------------------
XR_SITE = "归途寻人公益网"
XR_CITY = "岑阳市"
# (place, district)
XR_PLACES = [
    ("滨江公园东门", "滨江区"),
    ("北塘农贸市场", "北塘区"),
    ("岑阳火车站南广场", "滨江区"),
    ("望城区人民医院门诊楼", "望城区"),
    ("桐梓县汽车客运站", "桐梓县"),
    ("清溪县老街十字路口", "清溪县"),
    ("万福广场公交站台", "北塘区"),
]
# (who in the title, sex, age range, kin who posts)
XR_WHO = [
    ("七旬老人", "男", (70, 79), "儿子"),
    ("八旬老人", "女", (80, 88), "女儿"),
    ("患阿尔茨海默病的母亲", "女", (66, 82), "女儿"),
    ("十三岁男孩", "男", (13, 13), "父亲"),
    ("智力障碍青年", "男", (19, 30), "哥哥"),
    ("六旬老人", "男", (60, 69), "侄子"),
]
XR_SURNAME = list("葛卢蒲湛钮郦晏甘阚")
XR_GIVEN_M = ["守义", "长庚", "宝林", "志国", "小勇", "永福"]
XR_GIVEN_F = ["桂英", "凤仙", "淑芬", "春兰", "玉珍"]
XR_WEAR = [
    "上身穿深蓝色夹克，下身穿黑色长裤，脚穿灰色布鞋",
    "身穿枣红色毛衣，外套一件黑色棉马甲，手提一个白色塑料袋",
    "穿白色短袖衬衫、卡其色长裤，戴一顶草帽",
    "穿蓝白相间的校服，背黑色双肩包",
]
XR_MARK = [
    "头发花白，说话带本地口音",
    "左眉上方有一道旧伤疤，走路略跛",
    "不识字，只记得自己的小名",
    "性格内向，不爱说话，遇到生人会躲开",
]
XR_SEEN = [
    "家人调看沿路监控，最后一次拍到其沿江堤往下游方向步行",
    "据附近商户回忆，当天中午曾见其在路边长椅上坐了很久",
    "走失后家人已第一时间报警，并在周边村镇张贴了寻人启事",
]
XR_PLEA = [
    "家人心急如焚，恳请好心人见到后帮忙留住并及时联系，必有重谢",
    "老人身体不好需要按时服药，恳请各位爱心人士帮忙转发扩散",
    "孩子的母亲已经几天没合眼，希望大家看到后多留意身边的人",
    "他不会主动向人求助，恳请大家见到独自徘徊的年轻人多问一句",
]

# -- a Taiwan opera troupe's performance notes (秀鳳歌劇團), Big5 / UTF-16 -------------------
XQ_TROUPE = "秀鳳歌劇團"
XQ_HEAD = "林秀鳳"
XQ_STAFF = ["陳冠宇", "黃怡君", "吳承翰", "蔡佩玲"]
# (temple, place)
XQ_TEMPLES = [
    ("先嗇宮", "新北市三重區"),
    ("朝天宮", "雲林縣北港鎮"),
    ("天后宮", "彰化縣鹿港鎮"),
    ("慈濟宮", "臺南市學甲區"),
    ("東隆宮", "屏東縣東港鎮"),
    ("城隍廟", "新竹市北區"),
    ("補天宮", "宜蘭縣壯圍鄉"),
]
XQ_PLAYS = ["陳三五娘", "薛平貴與王寶釧", "孟麗君", "狸貓換太子", "樊梨花", "山伯英台", "雪梅教子"]
XQ_WEATHER = ["晴", "陰", "多雲", "晴時多雲", "午後雷陣雨", "細雨"]
# (title, what happened, how the audience took it)
XQ_EVENTS = [
    (
        "廟埕落雨，觀眾撐傘看到散戲",
        "戲演到一半忽然下起大雨，戲臺前的塑膠椅全都濕透",
        "臺下的阿公阿嬤卻一個也沒走，撐著傘站在雨裡看到最後一幕",
    ),
    (
        "小旦臨時失聲，二團的秋萍救場",
        "開演前一個鐘頭，演小旦的美惠喉嚨突然啞到講不出話",
        "二團的秋萍只對了一遍詞就上臺，唱腔穩當，觀眾完全看不出來",
    ),
    (
        "隔壁國小的孩子整班來看戲",
        "廟方邀了隔壁國小的師生來看戲，臺下坐滿了三到六年級的學生",
        "孩子們看到丑角翻跟斗就笑成一團，散場還圍著演員要簽名",
    ),
    (
        "老戲箱裡翻出阿嬤的頭面",
        "整理倉庫時在最底下的戲箱裡找到一副點翠頭面，是我阿嬤當年戴過的",
        "團員們輪流拿在手上看，大家都說這是團裡最寶貴的東西",
    ),
    (
        "發電機熄火，全場用手機照明",
        "夜場演到第三幕，發電機突然熄火，戲臺一下子全暗",
        "觀眾紛紛打開手機的燈照向戲臺，我們就在那片光裡把戲演完",
    ),
    (
        "爐主請全團吃辦桌",
        "散戲後爐主在廟旁擺了三桌，說是替神明謝謝大家",
        "團員們吃得很開心，年輕的幾個還被拉去跟村裡的長輩划拳",
    ),
    (
        "外臺戲也有年輕觀眾了",
        "今天臺下有不少二十多歲的年輕人，有幾個是從臺北專程坐車來的",
        "他們說是在網路上看到我們的片段，特地來看一整齣",
    ),
    (
        "新排的武戲第一次上臺",
        "為了這齣戲，武生們在排練場練了兩個多月的把子功",
        "開打那一段觀眾掌聲不斷，下臺後大家的衣服都濕透了",
    ),
    (
        "戲臺搭在魚塭旁邊",
        "今年的戲臺搭在魚塭邊的空地上，風一吹就是一股海水味",
        "附近的漁民收工後直接穿著雨鞋來看，一邊看一邊跟著哼",
    ),
    (
        "送別跟了三十年的老鼓師",
        "今天是阿坤師最後一次幫我們打鼓，他下個月就要搬去跟女兒住",
        "散戲時全團站在臺上向他鞠躬，臺下很多老戲迷也跟著掉眼淚",
    ),
]
XQ_FEEL = [
    "做外臺戲這麼多年，最感動的還是這種時候",
    "我常跟團員說，戲是演給人看的，也是演給神明看的",
    "這一路走來雖然辛苦，但只要臺下有人看，我們就會繼續演下去",
    "回程的車上大家都累得睡著了，只有我一直想著今天的事",
]


class GenYP(GenO):
    """Text makers for the ``yp`` families (deterministic from the seed)."""

    # -- subsidy batch
    def subsidy(self, batch: int) -> tuple[Art, int, int]:
        """One batch's publicity notice: the basis paragraph, the table head and rows
        (``03　蒋*明　白沙镇　轮式拖拉机　13200``), the sum line, the publicity-period
        paragraph and the hotline line; issuer the bureau, published the sign-off day.
        Returns the article, the number of buyers and the total subsidy in yuan."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        k = r.randint(3, 6)
        rows = []
        total = 0
        for j in range(k):
            item, each = r.choice(BT_MACHINES)
            n = 2 if each < 3000 and r.random() < 0.3 else 1
            town = r.choice(BT_TOWNS)
            if r.random() < 0.15:
                who = f"{BT_COUNTY}{town}{r.choice(BT_COOP)}"
            else:
                who = f"{r.choice(BT_SURNAME)}*{r.choice(BT_LAST)}"
            rows.append(
                f"{j + 1:02d}　{who}　{town}　{item}{'×' + str(n) if n > 1 else ''}　{each * n}"
            )
            total += each * n
        start = datetime.date(y, m, d) + datetime.timedelta(days=1)
        end = start + datetime.timedelta(days=8)
        title = f"{BT_COUNTY}{y}年农机购置与应用补贴第{batch}批资金兑付公示"
        lines = [
            f"{r.choice(BT_WHY)}，{r.choice(BT_HOW)}，第{batch}批共有{k}户购机者的补贴申请"
            f"符合兑付条件，现将有关情况予以公示。",
            "序号　购机者　所在乡镇　机具品目　补贴额（元）",
            *rows,
            f"合计：{k}户，补贴资金{total}元。",
            f"公示期为{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日，"
            f"共7个工作日。{r.choice(BT_SUPV)}。",
            f"监督举报电话：0745-62{r.randint(10000, 99999)}　"
            f"县农机服务中心：0745-63{r.randint(10000, 99999)}",
        ]
        meta = {"issuer": BT_BUREAU, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), k, total

    # -- fuel price notice
    def fuel(self, up: bool, when: tuple[int, int, int], prices: list[tuple[str, int, str]]) -> Art:
        """A price notice: the salutation, the adjustment paragraph, the table lead, the
        table's head and cells (each a line), two duty paragraphs and the date-of-effect
        line."""
        r = self.r
        self.n += 1
        y, m, d = when
        a, b = r.randint(5, 40) * 5, r.randint(5, 40) * 5
        verb = "提高" if up else "降低"
        lines = [
            f"{YJ_CITIES}：",
            f"{r.choice(YJ_MARKET)}，根据国家发展改革委有关通知精神，按照现行成品油价格形成机制，"
            f"自{y}年{m}月{d}日24时起，我省汽、柴油最高零售价格每吨分别{verb}{a}元和{b}元。",
            "调整后的汽、柴油最高零售价格如下：",
            "品名",
            "最高零售价格（元/吨）",
            "折合（元/升）",
        ]
        for name, ton, litre in prices:
            lines += [name, str(ton), litre]
        lines += [
            f"{r.choice(YJ_CHECK)}。",
            f"{r.choice(YJ_SUPPLY)}，各地如遇成品油供应紧张情况，请及时向省发展改革委报告。",
            "本通知自印发之日起执行。",
        ]
        title = f"岚州省发展和改革委员会关于{verb}我省成品油价格的通知"
        return Art(title, lines, list(lines), {"issuer": YJ_SITE, "published": iso(y, m, d)})

    # -- missing person
    def missing(self, who: tuple[str, str, tuple[int, int], str], k: int, place: str) -> Art:
        """A missing-person notice: seven label lines (姓名 … 体貌特征), the sighting and the
        plea paragraphs and the family's contact line; author the poster, published the
        posting day (a day or two after the disappearance)."""
        r = self.r
        self.n += 1
        label, sex, (lo, hi), kin = who
        sur = XR_SURNAME[(k * 3 + self.n) % len(XR_SURNAME)]
        name = sur + r.choice(XR_GIVEN_M if sex == "男" else XR_GIVEN_F)
        y, m, d = self.date()
        lost = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(1, 2))
        child, old = "男孩" in label, "老人" in label or "母亲" in label
        wear = XR_WEAR[3] if child else r.choice(XR_WEAR[:3])
        plea = r.choice([XR_PLEA[0], XR_PLEA[2 if child else 1 if old else 3]])
        age = r.randint(lo, hi)
        when = r.choice(
            [f"上午{r.randint(7, 11)}", f"下午{r.randint(1, 5)}", f"傍晚{r.randint(5, 7)}"]
        )
        poster = sur + r.choice(["晓峰", "建华", "丽娟", "海燕", "国庆"])
        lines = [
            f"姓名：{name}",
            f"性别：{sex}",
            f"年龄：{age}岁",
            f"身高：约{r.randint(150, 175)}厘米",
            f"走失时间：{lost.year}年{lost.month}月{lost.day}日{when}时许",
            f"走失地点：{XR_CITY}{place}附近",
            f"体貌特征：{wear}，{r.choice(XR_MARK)}。",
            f"{name}于{lost.month}月{lost.day}日独自从家中出门后一直未归，{r.choice(XR_SEEN)}，"
            f"至今仍没有任何消息。",
            f"{plea}，也请沿途的环卫工人、出租车司机和商户朋友留意。",
            f"联系人：{sur}先生（{kin}）　电话：13{r.randint(5, 9)}××××{r.randint(1000, 9999)}"
            if kin in ("儿子", "父亲", "哥哥", "侄子")
            else f"联系人：{sur}女士（{kin}）　电话：15{r.choice('01289')}××××"
            f"{r.randint(1000, 9999)}",
        ]
        title = f"寻找{lost.month}月{lost.day}日在{place}走失的{label}"
        return Art(title, lines, list(lines), {"author": poster, "published": iso(y, m, d)})

    # -- troupe note
    def note(self, ev: tuple[str, str, str], temple: tuple[str, str], play: str, nth: int) -> Art:
        """A troupe note: the occasion, what happened and a closing thought (three
        paragraphs, traditional letters); author the troupe head who told it."""
        r = self.r
        self.n += 1
        title, what, how = ev
        name, place = temple
        y, m, d = self.date()
        opening = [
            f"這次是{place}{name}請我們來演謝神戲，前後一共{r.randint(2, 5)}天，"
            f"今天演的是《{play}》，是廟方主委特別指定的老戲。",
            f"{name}今年輪到{r.choice(['北勢', '頂角', '下寮', '新厝'])}的爐主辦祭典，"
            f"連續第{r.randint(3, 12)}年請我們來，今天排的是《{play}》。",
            f"一早從三重出發，開了{r.randint(2, 5)}個鐘頭的車才到{place}，"
            f"卸完戲箱搭好戲臺，下午就開演《{play}》。",
        ]
        tail = [
            "明天一早還要拆臺趕往下一個廟口",
            "散戲後大家收拾到半夜才上車",
            "下一檔要到月底才有，團員們總算可以喘口氣",
        ]
        lines = [
            r.choice(opening),
            f"{what}，{how}。",
            f"{r.choice(XQ_FEEL)}，{r.choice(tail)}，這是本月的第{nth}場。",
        ]
        return Art(title, lines, list(lines), {"author": XQ_HEAD, "published": iso(y, m, d)})
