"""Words and text makers of :mod:`tests.families.blind_families_zy` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zy`` families repeats one of the earlier
families.  The court's words are in GBK, the blood centre's in Big5 (cp950): traditional
letters only.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_zo_text import GenZO

# -- a district court's enforcement exposure column (沣渠区人民法院), GBK text ---------------
ZX_COURT = "沣渠区人民法院"
ZX_SITE = "沣渠法院网"
ZX_JUDGES = ["龚立言", "岳晓川", "简一诺", "韦承泽", "谭慕青", "于知远"]
ZX_PEOPLE = [
    ("柯立明", "男", 1979),
    ("詹秀芬", "女", 1985),
    ("麦永强", "男", 1971),
    ("阮小燕", "女", 1990),
    ("区家俊", "男", 1983),
    ("甘德旺", "男", 1968),
    ("乔美玲", "女", 1976),
    ("邬海生", "男", 1988),
]
ZX_FIRMS = [
    ("沣渠市恒岳建材贸易有限公司", "卢志豪"),
    ("沣渠县鑫禾物流有限公司", "石宏伟"),
    ("沣渠市云锦装饰工程有限公司", "贝玉华"),
    ("沣渠县丰泽农业开发有限公司", "全立军"),
]
ZX_CREDITORS = ["汤某某", "沣渠农村商业银行股份有限公司", "钱某", "沣渠市安信小额贷款有限公司"]
ZX_DISPUTES = [
    "民间借贷",
    "买卖合同",
    "劳务合同",
    "房屋租赁合同",
    "金融借款合同",
    "建设工程施工合同",
]
ZX_STREETS = ["临江街道", "桐荫镇", "北湖街道", "柏林乡", "沙湾街道"]
# (title kind, closing paragraph)
ZX_KINDS = [
    (
        "悬赏执行公告",
        "凡提供被执行人下落或可供执行财产线索，经查证属实并实际执行到位的，"
        "本院按到位金额的{p}%给予举报人奖励，最高不超过{x}万元，并为举报人保密。",
    ),
    (
        "失信曝光公告",
        "截至目前，被执行人仍未履行生效法律文书确定的义务，本院已依法将其纳入失信被执行人名单，"
        "并在出行、置业、投资等方面对其予以信用惩戒，涉案金额共计{x}万余元。",
    ),
    (
        "限制消费令公告",
        "本院已依法向被执行人发出限制消费令，在履行完毕前禁止其乘坐飞机、列车软卧，"
        "禁止在星级以上宾馆消费及购买不动产，违反限制消费令的将依法予以罚款、拘留，"
        "执行标的{x}万余元。",
    ),
]

# -- a middle school's speeches under the flag (岑溪市第二中学), HTML --------------------------
QZ_SCHOOL = "岑溪市第二中学"
QZ_CLASSES = [
    "初一（2）班",
    "初一（5）班",
    "初二（3）班",
    "初二（6）班",
    "初三（1）班",
    "初三（4）班",
]
QZ_STUDENTS = [
    "林小舟",
    "苏语桐",
    "贺子航",
    "戴思源",
    "温雨萱",
    "邱浩然",
    "鲁梓涵",
    "聂一鸣",
    "葛欣然",
    "姚书亦",
    "柏清扬",
    "冉星辰",
]
QZ_TEACHERS = ["宋岚", "欧阳静", "祁海峰", "陶敏", "卜文华"]
# (title, a theme clause)
QZ_TOPICS = [
    ("做时间的主人", "学会安排自己的一天"),
    ("让文明成为习惯", "把礼貌放在嘴边、把秩序放在心里"),
    ("珍爱生命，远离溺水", "牢记不私自下水游泳的约定"),
    ("在阅读中遇见更好的自己", "每天给书本留出半小时"),
    ("劳动最光荣", "从叠好自己的被子做起"),
    ("向雷锋叔叔学习", "把帮助别人当成一件平常事"),
    ("节约粮食，从我做起", "吃多少盛多少，不剩饭不剩菜"),
    ("迎接期中考试，诚信应考", "把诚实写在每一张答卷上"),
    ("保护眼睛，拥抱光明", "坚持做好每一次眼保健操"),
    ("感恩父母，从点滴开始", "每天和家人说说学校里的事"),
    ("运动让青春更精彩", "每天坚持锻炼一小时"),
    ("绿色校园，你我共建", "随手关灯、随手捡起一片纸屑"),
    ("网络文明，自律先行", "不在网上随意转发未经证实的消息"),
    ("铭记历史，珍惜今天", "了解家乡在战争年代的故事"),
]
# (an opening scene, what followed)
QZ_OPEN = [
    ("前几天，我在校门口看到一位低年级同学主动扶起了倒在地上的自行车", "这件小事让我想了很久"),
    ("上周的班会课上，班主任给我们讲了一个关于坚持的故事", "同学们听完都安静了下来"),
    ("记得刚进初中时，我常常丢三落四、手忙脚乱", "后来我慢慢找到了问题出在哪里"),
    ("周末和爸爸一起整理旧相册的时候，我翻到了自己小学时的日记", "我忽然明白了一个道理"),
]
QZ_CALL = [
    "在这里，我向全校同学发出倡议",
    "希望我们每一个人都能行动起来",
    "让我们从今天开始，从身边做起",
]
QZ_END = [
    "相信只要坚持下去，我们的校园一定会变得更加美好",
    "一点一滴的改变，终会汇成前进的力量",
    "愿我们都能成为更好的自己",
]

# -- a blood centre's news in traditional letters (嵐港捐血中心), HTML in Big5 / UTF-8 ------
JX_CENTER = "嵐港捐血中心"
JX_FOUND = "財團法人島嶼血液基金會"
JX_UNITS = ["企劃公關課", "捐供課", "業務課", "志工服務隊"]
# the month of each news item (its title is seasonal)
JX_MONTH = [7, 9, 10, 1, 11, 5, 8, 6]
# (title, event name, place)
JX_NEWS = [
    ("暑假捐血人數減少，捐血中心邀民眾挽袖相助", "熱血一夏", "嵐港火車站前廣場"),
    ("中秋連假前血液庫存偏低，呼籲O型民眾踴躍捐血", "月圓人團圓", "港濱百貨一樓大門口"),
    ("大專院校捐血競賽開跑，最高獎勵校園巡迴演唱", "青春熱血校園盃", "嵐港科技大學活動中心"),
    ("春節前夕血荒預警，各捐血室延長服務時間", "新春暖心捐", "中正路捐血室"),
    ("捐血車開進山區部落，居民熱情響應", "部落熱血行", "雲峰鄉公所前廣場"),
    ("企業團體捐血創新高，單日募得八百袋", "企業愛心日", "臨海工業區管理中心"),
    ("颱風過後血液庫存告急，捐血中心緊急呼籲", "風雨同心", "嵐港市立體育館"),
    ("百次捐血英雄表揚大會，二十位捐血人獲頒獎座", "捐血英雄會", "嵐港市文化中心演藝廳"),
]
JX_WHY = [
    "由於學校放假，平日捐血主力的學生人數明顯減少",
    "受連續假期影響，各捐血室的捐血人數較往年同期下滑",
    "近期醫院手術量增加，血液需求量持續攀升",
    "受天候不佳影響，戶外捐血車的捐血人數大幅減少",
]
JX_NOW = [
    "目前血液庫存已降至安全存量以下，其中O型僅剩不到四天",
    "各醫院的血液調度已出現吃緊情況",
    "部分血型的庫存甚至低於三天的警戒線",
]
JX_GIFT = [
    "凡當日捐血者，即可獲得限量保溫杯一只",
    "捐血二百五十毫升以上者，另可兌換電影招待券一張",
    "現場並準備了點心與飲料，歡迎親友一同前往",
]
JX_SAY = [
    "捐血中心主任表示，捐血是最直接的愛心行動，每一袋血都可能挽救一條生命。",
    "捐血中心提醒，捐血前一晚應充分休息，當天要吃過東西再來，以免身體不適。",
    "捐血中心也感謝長期支持的捐血人，正因為大家的熱心，醫院的用血才能穩定供應。",
]

# -- a provincial archaeology institute's field news (澧阳省), UTF-8 with BOM text -------------
KG_INST = "澧阳省文物考古研究院"
KG_SITES = [
    ("石门坎遗址", "新石器时代", "澧水北岸的二级台地上"),
    ("桐木岭墓群", "东汉", "桐木岭南坡的缓坡地带"),
    ("白鹤湾窑址", "南宋", "白鹤湾村东侧的小山包上"),
    ("金鸡垴遗址", "商周", "金鸡垴河汊交汇处的高地上"),
    ("潭口古城址", "战国", "潭口镇西北的农田之下"),
    ("青龙岗墓地", "明代", "青龙岗山脚的茶园里"),
    ("鸭嘴洲遗址", "新石器时代", "鸭嘴洲江心沙洲的中部"),
    ("杉木湾窑址", "唐代", "杉木湾水库南岸的消落区"),
]
KG_WHY = ["高速公路", "水库扩容工程", "城区道路", "铁路专线", "产业园区"]
KG_FIND = {
    "新石器时代": ("房址", "灰坑", "陶釜、石斧、骨针"),
    "东汉": ("砖室墓", "土坑墓", "陶灶、铜镜、五铢钱"),
    "南宋": ("龙窑", "作坊", "青白瓷碗、匣钵、垫饼"),
    "商周": ("灰沟", "柱洞", "陶鬲、石镞、卜骨"),
    "战国": ("城墙", "壕沟", "板瓦、陶豆、铜箭镞"),
    "明代": ("夫妻合葬墓", "祭祀坑", "青花瓷罐、银簪、买地券"),
    "唐代": ("斜坡式龙窑", "晾坯场", "青瓷盘口壶、执壶、窑具"),
}
KG_VIEW = [
    "为研究该区域古代聚落的分布提供了新的材料",
    "填补了本地区该时期考古工作的空白",
    "对于认识当时的手工业生产面貌具有重要意义",
    "为复原古代先民的生活场景提供了实物依据",
]
KG_STAFF = ["葛远川", "潘一鸣", "冉晓舟", "庞若愚", "翟清源", "甄书平"]


def monday(y: int, m: int, d: int) -> tuple[int, int, int]:
    """The Monday on or before the day."""
    t = datetime.date(y, m, d)
    t -= datetime.timedelta(days=t.weekday())
    return t.year, t.month, t.day


class GenZY(GenZO):
    """Text makers for the ``zy`` families (deterministic from the seed)."""

    # -- court enforcement exposure
    def exposure(self, kind: int, y: int, m: int, d: int) -> Art:
        """One exposed debtor: the case, the debtor's particulars, the measure, a contact."""
        self.n += 1
        r = self.r
        title_kind, closing = ZX_KINDS[kind]
        judge = r.choice(ZX_JUDGES)
        creditor = r.choice(ZX_CREDITORS)
        if r.random() < 0.7:
            name, sex, born = r.choice(ZX_PEOPLE)
            who = (
                f"被执行人基本情况：{name}，{sex}，{born}年出生，"
                f"公民身份号码4312{r.randint(10, 99)}{born}******{r.randint(10, 99)}，"
                f"住沣渠区{r.choice(ZX_STREETS)}。"
            )
        else:
            name, boss = r.choice(ZX_FIRMS)
            who = (
                f"被执行人基本情况：{name}，统一社会信用代码91431200MA4L{r.randint(10, 99)}****，"
                f"法定代表人{boss}，住所地沣渠区{r.choice(ZX_STREETS)}。"
            )
        ly, lm, ld = y - 1, r.randint(1, 12), r.randint(1, 28)
        lines = [
            f"申请执行人{creditor}与被执行人{name}{r.choice(ZX_DISPUTES)}纠纷一案，"
            f"本院作出的（{ly - 1}）沣0104民初{r.randint(100, 4999)}号民事判决书已经发生法律效力，"
            f"因被执行人未按期履行给付义务，申请执行人于{ly}年{lm}月{ld}日"
            f"向本院申请强制执行。",
            who,
            closing.format(p=r.choice([10, 15, 20]), x=self.n * 3 + r.randint(2, 40)),
            f"联系人：{judge}，联系电话：0736-26××{r.randint(100, 999)}。",
        ]
        doc = f"（{ly}）沣0104执{r.randint(100, 2999)}号"
        meta = {"published": iso(y, m, d), "doc_number": doc, "author": judge}
        return Art(f"被执行人{name}{title_kind}", lines, list(lines), meta)

    # -- speech under the flag
    def speech(self, topic: tuple[str, str], cls: str, who: str) -> Art:
        self.n += 1
        r = self.r
        title, theme = topic
        lines = [
            "老师们，同学们：",
            f"大家早上好！我是{cls}的{who}，今天我在国旗下讲话的题目是《{title}》。",
            "{}，{}：原来".format(*r.choice(QZ_OPEN)) + f"{theme}并不难，"
            f"难的是一天一天地坚持下去，我把这件事记在了日记本的第{self.n + 11}页。",
            f"{r.choice(QZ_CALL)}：{theme}，互相提醒，互相监督，{r.choice(QZ_END)}。",
            "我的讲话完毕，谢谢大家！",
        ]
        return Art(title, lines, list(lines), {"author": who})

    # -- blood centre news (traditional letters)
    def blood(self, i: int) -> Art:
        r = self.r
        title, event, place = JX_NEWS[i]
        y, m, d = self.date()[0], JX_MONTH[i], self.r.randint(1, 19)
        mm, dd = m, d + r.randint(2, 9)
        n = r.randint(3, 9) * 100
        lines = [
            f"{r.choice(JX_WHY)}，{r.choice(JX_NOW)}。{JX_CENTER}特別規劃「{event}」捐血活動，"
            f"邀請民眾在{mm}月{dd}日前往{place}挽袖捐血。",
            f"活動時間：{y}年{mm}月{dd}日上午九時至下午五時",
            f"活動地點：{place}",
            f"{r.choice(JX_GIFT)}，數量有限，送完為止，本次活動預計募集血液{n}袋。",
            r.choice(JX_SAY),
            "符合捐血條件的民眾，歡迎就近前往各捐血室或捐血車，一起為需要的病人加油。",
        ]
        unit = r.choice(JX_UNITS)
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": unit})

    # -- archaeology field news
    def dig(self, i: int) -> Art:
        self.n += 1
        r = self.r
        name, age, where = KG_SITES[i]
        a, b, things = KG_FIND[age]
        y, m, d = self.date()
        area = r.randint(6, 40) * 100
        ua, ub = ("座" if x.endswith("墓") else "处" for x in (a, b))
        lines = [
            f"{y}年{max(1, m - 3)}月至{m}月，为配合{r.choice(KG_WHY)}建设，"
            f"经国家文物局批准，{KG_INST}联合当地文物部门对{name}进行了抢救性考古发掘，"
            f"发掘面积约{area}平方米。",
            "一、发掘概况",
            f"{name}位于{where}，地势较为平坦，此前在文物普查中曾采集到少量遗物，"
            f"本次发掘采用探方法布方，共布设五米见方的探方{area // 25}个。",
            "二、主要收获",
            f"此次发掘共清理{a}{r.randint(3, 30)}{ua}、{b}{r.randint(2, 60)}{ub}，"
            f"出土{things}等各类遗物{r.randint(80, 900)}件（套），年代多属{age}。",
            f"图{'一二三四'[self.n % 4]}　{name}发掘区全景（上为北）",
            f"其中保存较好的一{ua}{a}结构清楚，{r.choice(['堆积层次分明', '填土中包含物丰富'])}，"
            f"为判断遗址的年代和性质提供了关键证据。",
            "三、初步认识",
            f"{name}的发掘，{r.choice(KG_VIEW)}，相关资料正在整理之中，"
            f"发掘简报将在整理工作完成后正式发表。",
        ]
        author, photo = r.sample(KG_STAFF, 2)
        meta = {"published": iso(y, m, d), "author": author}
        art = Art(
            name + r.choice(["考古发掘取得重要收获", "抢救性考古发掘工作顺利完成"]),
            lines,
            list(lines),
            meta,
        )
        art.meta["photo"] = photo  # not a truth field: dropped by the page maker
        return art
