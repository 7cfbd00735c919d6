"""Words and text makers of :mod:`tests.families.blind_families_j` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``j``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, cn_small, iso

# an agro-weather bulletin service
CROPS = ["早稻", "晚稻", "冬小麦", "油菜", "春玉米", "茶园", "柑橘", "蚕桑"]
STAGE = ["分蘖期", "拔节期", "抽穗扬花期", "灌浆期", "越冬期", "采摘期", "膨果期", "返青期"]
STATION = ["檀溪农业气象观测站", "芦湾农业气象观测站", "岚背农业气象观测站", "柯岭农业气象观测站"]
SKY = ["本周前期多阴雨", "受冷空气南下影响", "上旬以晴暖天气为主", "降水时空分布不均"]
TEMP = ["平均气温较常年偏高一点五度", "日照时数较上周明显减少", "最低气温一度降至五度以下"]
TEMP += ["过程降水量普遍在二十毫米左右", "相对湿度持续维持在八成以上"]
SOIL = ["土壤墒情总体适宜", "低洼田块出现短时渍涝", "坡地表层土壤略显偏干", "田间积水已基本排干"]
CROPSTATE = [
    "苗情长势整体偏好",
    "叶色浓绿，群体数量充足",
    "个别田块出现黄叶现象",
    "长势与去年同期基本持平",
]
TODO = ["抢晴开沟排水，降低田间湿度", "看苗追施穗肥，防止后期脱肥", "做好纹枯病和稻飞虱的监测"]
TODO += ["及时覆盖薄膜，防范低温冻害", "适时晒田控苗，促进根系下扎", "雨后及时补施速效氮肥"]
NEXT = ["预计下周仍有一次明显降雨过程", "预计下周气温回升较快", "预计下周以多云天气为主"]

# a genealogy site
ANCESTOR = ["守谦公", "守训公", "维桢公", "敬斋公", "德馨公", "允昌公", "秉忠公", "世泽公"]
CLAN = "檀溪郑氏"
COMPILER = ["郑立本", "郑怀远", "郑启明", "郑学文"]
LIFE = ["少孤，事母至孝", "性敦厚，好读书而不求仕进", "早岁随父贩茶于湖湘之间", "中年以后始归故里"]
LIFE += ["善治田亩，岁有余粮", "尝捐资修桥铺路"]
DEED = ["乡人至今称道不衰", "族中子弟多受其教诲", "晚年主持重修宗祠", "遇荒年则开仓赈济邻里"]
DEED += ["临终嘱子孙勤俭持家"]
WIFE = ["林氏", "周氏", "许氏", "陈氏", "钟氏"]
SONS = ["光远", "光达", "光裕", "光宗", "光前", "光辉"]
PRAISE = [["德音孔昭", "泽被后昆"], ["孝友传家", "耕读继世"], ["温恭自持", "乡邦仰止"]]

# a course-notes wiki
COURSES = ["微观经济学导论", "植物生理学", "概率论基础", "中国古代文学史"]
LECTURES = ["边际效用与消费选择", "光合作用的暗反应", "条件概率与独立性", "魏晋诗风的转变"]
LECTURES += ["需求弹性的测度", "水分在植物体内的运输", "大数定律初步", "唐代边塞诗的兴起"]
NOTER = ["小满同学", "课代表阿棠", "助教刘老师", "南楼自习室"]
IDEA = ["这一讲先从一个日常例子引入", "老师在课上反复强调了这个概念", "课本上的推导略显简略"]
IDEA += ["这部分内容期中考试曾经出过大题", "理解它的关键在于区分两个相近的量"]
POINT = ["需要先写出前提条件再下结论", "图像比公式更容易帮助记忆", "可以和上一讲的结论对照着看"]
POINT += ["很多同学在这里混淆了因果方向", "建议课后把推导过程完整抄一遍"]
ASKQ = ["如果条件反过来，结论还成立吗", "能否举出一个反例", "这个结论在现实中有什么局限"]
ASKQ += ["换一种表述方式会不会更清楚"]
READ = ["《讲义补充材料》", "《课程配套习题集》", "《入门十二讲》", "《学习指导手册》"]

# a village affairs disclosure board
VILLAGES = ["桐湾村", "苇塘村", "石碾村", "杏坡村"]
MATTER = ["第一季度财务收支", "集体土地流转", "低保对象评议结果", "村道硬化工程"]
MATTER += ["第三季度财务收支", "一事一议筹资", "集体林地承包", "农田水利维修"]
SPEND = ["村道路灯维修", "沟渠清淤", "村委会办公用品", "垃圾清运", "老年活动室水电"]
INCOME = ["集体土地租金", "上级转移支付", "鱼塘承包费", "光伏电站收益"]
VOICE = ["经村民代表会议讨论通过", "已报镇农经站审核", "村务监督委员会全程参与"]
VOICE += ["票据均已在会计室存档备查"]


class GenJ(Gen):
    """Text makers for the ``j`` families (deterministic from the seed)."""

    # -- agro-weather bulletins
    def weather(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SKY)}，{r.choice(TEMP)}，{r.choice(SOIL)}，{r.choice(CROPSTATE)}，全县监测点共上报数据{self.n + 30}组。"  # noqa: E501

    def bulletin(self, title: str, *, todo: int = 3) -> Art:
        """A bulletin: ``▍天气回顾`` / ``▍墒情苗情`` / ``▍农事建议`` sections, the advice
        items ``⑴`` … and an outlook paragraph (one article, never split)."""
        r = self.r
        lines = ["▍天气回顾", self.weather() + self.weather(), "▍墒情苗情", self.weather()]
        lines.append("▍农事建议")
        marks = "⑴⑵⑶⑷⑸"
        lines += [f"{marks[k]} {x}；" for k, x in enumerate(r.sample(TODO, todo))]
        lines[-1] = lines[-1][:-1] + "。"
        self.n += 1
        ready = f"提前做好田间准备，本期共走访田块{self.n + 12}处。"
        lines.append(f"{r.choice(NEXT)}，请各地密切关注天气变化，{ready}")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- genealogy
    def deeds(self) -> str:
        self.n += 1
        r = self.r
        a, b = r.sample(LIFE, 2)
        return (
            f"公{a}，{b}，{r.choice(DEED)}，其事见旧谱卷{cn_small(self.n % 31 + 1)}，今据以录出。"
        )

    def biography(self, name: str, *, signed: bool = True) -> Art:
        """A biography: paragraphs, the wife-and-sons line, a ``赞曰：`` verse and, if
        ``signed``, the descendant's signature and a Chinese-numeral date (one article)."""
        r = self.r
        sons = r.sample(SONS, 3)
        lines = [self.deeds() + self.deeds(), self.deeds()]
        age = r.randint(56, 89)
        years = f"{cn_small(age // 10)}十{cn_small(age % 10) if age % 10 else ''}"
        lines.append(f"公享寿{years}岁，卒后葬于祖山之阳，墓前立石，子孙岁时祭扫不绝。")
        lines.append(f"配{r.choice(WIFE)}，生子三：长{sons[0]}，次{sons[1]}，三{sons[2]}。")
        verse = r.choice(PRAISE)
        lines += ["赞曰：", f"{verse[0]}，{verse[1]}。", "（以上据光绪本旧谱誊录，略有增补）"]
        y, m, d = self.date()
        if signed:
            lines += [f"裔孙 {r.choice(COMPILER)} 敬撰", cn_date(y, m, d)]
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    # -- course notes
    def note(self) -> str:
        self.n += 1
        r = self.r
        p1, p2 = r.sample(POINT, 2)
        return f"{r.choice(IDEA)}，{p1}，{p2}，这段笔记在第{self.n + 3}页有配图。"

    def lecture(self, title: str, *, asks: int = 2) -> Art:
        """Lecture notes: paragraphs, a ``定义：`` line, an ``例：`` line, a ``思考题`` list of
        ``(1)`` … questions and a ``参考阅读：`` line (one article, never split)."""
        r = self.r
        lines = [self.note() + self.note()]
        lines.append(f"定义：{title}讨论的核心对象，{r.choice(POINT)}。")
        lines += [self.note(), f"例：{r.choice(IDEA)}，{r.choice(POINT)}。"]
        if asks:
            lines.append("思考题")
            lines += [f"({k}) {q}？" for k, q in enumerate(r.sample(ASKQ, asks), 1)]
        lines.append(f"参考阅读：{r.choice(READ)}第{r.randint(2, 12)}章。")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- village affairs
    def ledger(self) -> str:
        self.n += 1
        r = self.r
        v1, v2 = r.sample(VOICE, 2)
        return f"本期{r.choice(INCOME)}与{r.choice(SPEND)}款项均已入账，{v1}，{v2}，涉及农户{self.n + 40}户。"  # noqa: E501

    def disclosure(self, village: str, matter: str, *, items: int = 3, signed: bool = True) -> Art:
        """A disclosure: intro, ``一、`` sections with ``（壹）`` … items, and if ``signed``
        the committee and a Chinese-numeral date (one article, never split)."""
        r = self.r
        org = f"{village}村民委员会"
        title = f"{village}{matter}公开"
        lines = [self.ledger() + self.ledger(), "一、基本情况", self.ledger(), "二、明细"]
        big = "壹贰叁肆伍"
        for k, s in enumerate(r.sample(SPEND, items)):
            lines.append(f"（{big[k]}）{s}，计{r.randint(2, 90) * 100}元；")
        lines[-1] = lines[-1][:-1] + "。"
        lines += ["三、其他事项", self.ledger()]
        y, m, d = self.date()
        if signed:
            lines += [org, cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"issuer": org, "published": iso(y, m, d)})


__all__ = [
    "ANCESTOR",
    "CLAN",
    "COMPILER",
    "COURSES",
    "CROPS",
    "LECTURES",
    "MATTER",
    "NOTER",
    "STAGE",
    "STATION",
    "VILLAGES",
    "GenJ",
]
