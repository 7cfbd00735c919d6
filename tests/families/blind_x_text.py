"""Words and text makers of :mod:`tests.families.blind_families_x` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``x`` families repeats one of the earlier
families.  The auction words are all in GB18030 (those pages are GB18030).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# a university library's thesis repository (栎川大学图书馆), UTF-8 HTML
UNI = "栎川大学"
STUDENTS = ["卓一苇", "闻人素", "柯景行", "储若愚", "房月白", "薄云舒", "仉立夏", "晏知秋"]
ADVISORS = ["汲长风", "厍明德", "边映雪", "满书航", "寇静波", "聂远山"]
MAJORS = ["环境工程", "农业经济管理", "材料物理与化学", "汉语言文字学", "水利工程"]
MAJORS += ["教育技术学", "食品科学", "社会学"]
OBJECTS = ["山区小流域面源污染", "茶园合作社的利益分配", "钛合金表面微弧氧化膜层"]
OBJECTS += ["方言亲属称谓", "梯级水库联合调度", "乡村学校在线课堂", "发酵米粉的风味物质"]
OBJECTS += ["县域养老服务供给"]
EN_OBJ = ["non-point source pollution in small mountain catchments"]
EN_OBJ += ["benefit sharing in tea cooperatives", "micro-arc oxidation coatings on titanium alloys"]
EN_OBJ += ["kinship terms in a local dialect", "joint operation of cascade reservoirs"]
EN_OBJ += ["online classrooms in rural schools", "flavour compounds of fermented rice noodles"]
EN_OBJ += ["elderly care supply at county level"]
KEY0 = ["面源污染", "茶叶合作社", "微弧氧化", "亲属称谓", "梯级水库", "在线课堂", "发酵米粉"]
KEY0 += ["养老服务"]
EN_KEY0 = ["non-point source pollution", "tea cooperative", "micro-arc oxidation"]
EN_KEY0 += ["kinship terms", "cascade reservoirs", "online classroom", "fermented rice noodles"]
EN_KEY0 += ["elderly care"]
METHODS = ["野外采样与室内分析相结合的方法", "问卷调查与深度访谈", "正交试验与表征分析"]
METHODS += ["田野调查与语料比对", "数值模拟与历史资料反演", "课堂观察与学习数据分析"]
FINDS = ["结果表明两者之间存在显著的正相关关系", "研究发现季节因素的影响大于预期"]
FINDS += ["分析显示现有做法仍有较大改进空间", "数据表明改进方案的效果稳定可靠"]
FINDS += ["结果显示不同样本之间的差异主要来自环境条件"]
MEANS = ["为相关部门制定政策提供了参考依据", "可为同类地区的实践提供借鉴"]
MEANS += ["丰富了该领域的实证研究", "为后续的深入研究奠定了基础"]
KEYS = ["影响因素", "实证分析", "优化策略", "时空变化", "机制研究", "评价体系"]
EN_KEYS = ["influencing factors", "empirical analysis", "optimization", "spatial change"]
EN_KEYS += ["mechanism", "evaluation system"]

# a county court's judicial auctions on an auction platform (澄阜县人民法院), GB18030 text
COURT = "澄阜县人民法院"
LOTS = ["城关镇桂花巷8号住宅房产", "车牌号为澄E·3Q715的小型轿车一辆", "阜南工业园3号标准厂房"]
LOTS += ["滨河路126号临街商铺", "澄阜县青石乡林地使用权", "翠湖苑小区2栋1单元502室"]
LOTS += ["挖掘机一台及配套属具", "县城东门市场摊位经营权"]
ROUND = ["第一次拍卖", "第二次拍卖", "变卖"]
SEEN = ["标的物现由本院负责保管", "标的物现状以实物为准", "标的物已办理不动产登记"]
SEEN += ["标的物存在欠缴物业费的情况", "标的物内尚有部分杂物未清理"]
TAX = ["拍卖成交后过户所涉及的税费由买受人承担", "标的物所欠水电费由买受人自行负责核实"]
TAX += ["本院不负责清场，由买受人自行处理"]
JUDGES = ["严守正", "卜知远", "胥立新", "桑晓晴", "言如玉"]

# a hospital's health-education column (岑江市中医医院 健康科普), UTF-16 text
HOSP = "岑江市中医医院"
DOCTORS = ["欧阳青禾", "简明远", "莘小雨", "阙怀瑾", "司徒南", "濮一然", "车晓岚", "惠若谷"]
WARDS = ["心血管内科", "内分泌科", "脾胃病科", "呼吸内科", "骨伤科", "儿科", "针灸科"]
WARDS += ["治未病中心"]
ILLS = ["春季血压波动", "餐后血糖偏高", "慢性胃炎", "秋冬季慢性咳嗽", "颈椎劳损", "小儿积食"]
ILLS += ["失眠多梦", "体质偏寒"]
WHO = ["年过五十的中老年人", "长期伏案工作的上班族", "饮食不规律的年轻人", "家中有慢病老人的家庭"]
HABIT = ["晚饭吃得太咸", "熬夜刷手机", "久坐不动", "饭后立即躺下", "空腹喝浓茶", "贪凉吃冷饮"]
DO = ["每天固定时间测量并记录", "饮食宜清淡，少油少盐", "坚持每天步行半小时左右"]
DO += ["睡前用温水泡脚十五分钟", "按时复诊，不要自行停药", "适当练习八段锦等传统功法"]
SIGN = ["头晕", "胸闷", "反酸", "夜间咳醒", "手指发麻", "食欲下降"]

# an embassy's consular reminders (驻瑟兰共和国大使馆), UTF-8 BOM HTML; Chinese and English
EMB = "中华人民共和国驻瑟兰共和国大使馆"
EMB_EN = "Embassy of the People's Republic of China in the Republic of Seralia"
RISKS = [
    (
        "雨季出行安全",
        "travel safety in the rainy season",
        "近期瑟兰全境进入雨季，多地出现山洪和道路塌方",
    ),
    (
        "防范电信诈骗",
        "telephone and online fraud",
        "近期多名在瑟中国公民接到冒充使馆工作人员的诈骗电话",
    ),
    ("登革热防控", "dengue fever prevention", "据瑟兰卫生部通报，首都及沿海省份登革热病例明显增加"),
    (
        "大选期间安全",
        "safety during the general election",
        "瑟兰将于下月举行全国大选，部分城市可能出现集会游行",
    ),
    (
        "证件到期更换",
        "renewing expiring passports",
        "近期使馆受理的护照换发申请数量较多，办理周期有所延长",
    ),
    ("海滩游泳安全", "swimming safety on beaches", "近期瑟兰南部海滩连续发生游客溺水事件"),
    ("遵守当地劳动法规", "local labour rules", "瑟兰劳工部近日加大了对外籍务工人员证件的检查力度"),
    ("防范入室盗窃", "burglary at home", "近期首都部分华人聚居区接连发生入室盗窃案件"),
]
ADVICE = ["密切关注当地政府和使馆发布的最新信息", "妥善保管护照等重要证件，不要轻易交给他人"]
ADVICE += ["尽量避免前往人员密集的场所", "出行前查询路况和天气，合理安排行程"]
ADVICE += ["遇到可疑情况及时向当地警方报案", "提前购买境外旅行保险，保留好就医凭证"]
EN_ADVICE = ["Follow the latest updates from the local authorities and the Embassy."]
EN_ADVICE += ["Keep your passport safe and do not hand it to anyone you do not know."]
EN_ADVICE += ["Avoid crowded places where possible."]
EN_ADVICE += ["Check roads and weather before you travel."]
EN_ADVICE += ["Report anything suspicious to the local police at once."]
EN_ADVICE += ["Buy travel insurance and keep your medical receipts."]


class GenX(GenO):
    """Text makers for the ``x`` families (deterministic from the seed)."""

    # -- the thesis record
    def thesis(self, j: int) -> tuple[Art, str]:
        """A record: the Chinese abstract (two or three paragraphs, a keyword line), the
        ``Abstract`` head, one English paragraph and an English keyword line.  Returns the
        article (title first in ``lines`` is added by the page maker) and the English title."""
        r = self.r
        y, m, d = self.date()
        obj, en = OBJECTS[j], EN_OBJ[j]
        title = f"{obj}{r.choice(['的影响因素研究', '问题研究', '的特征与机理分析', '的现状与对策研究'])}"  # noqa: E501
        lines = ["摘要"]
        lines.append(
            f"本文以{obj}为研究对象，采用{r.choice(METHODS)}，系统梳理了国内外相关研究进展，"
            f"并结合{r.randint(3, 9)}个典型样本开展了分析。"
        )
        means = r.sample(MEANS, 3)
        for mean in means[: r.randint(1, 2)]:
            self.n += 1
            lines.append(f"{r.choice(FINDS)}，在第{self.n + 1}组对比中尤为明显；{mean}。")
        lines.append(f"本研究{means[2]}，也指出了研究的不足和今后的方向。")
        keys = r.sample(range(len(KEYS)), 3)
        lines.append("关键词：" + "；".join([KEY0[j], *(KEYS[k] for k in keys)]))
        lines.append("Abstract")
        lines.append(
            f"This thesis studies {en}. Using field data and {r.randint(3, 9)} case samples, "
            "it describes the main patterns and offers suggestions for practice."
        )
        lines.append("Key words: " + "; ".join([EN_KEY0[j], *(EN_KEYS[k] for k in keys)]))
        small = {"in", "of", "on", "at", "a"}
        words = (w if w in small else w[:1].upper() + w[1:] for w in en.split())
        en_title = "A Study of " + " ".join(words)
        meta = {"published": iso(y, m, d), "author": STUDENTS[j]}
        return Art(title, lines, list(lines), meta), en_title

    # -- the auction notice
    def auction(self, j: int, *, long: bool) -> Art:
        """A notice: the time sentence, the lot and price lines, viewing and payment items,
        ``特此公告。``, the court and a Chinese-numeral date (``long``); a short one is the
        time sentence and the price line."""
        r = self.r
        y, m, d = self.date()
        lot = LOTS[j]
        rnd = r.choice(ROUND)
        ay, am = (y, m + 1) if m < 12 else (y + 1, 1)
        day = r.randint(1, 27)
        how = {"变卖": "变卖"}.get(rnd, f"{rnd[:3]}公开拍卖")
        base = r.randint(12, 280) * 1000
        lines = [
            f"本院将于{ay}年{am}月{day}日10时至{ay}年{am}月{day + 1}日10时止（延时的除外）"
            f"在澄川司法拍卖网上对{lot}进行{how}，现公告如下："
        ]
        price = (
            f"起拍价：{base}元，保证金：{base // 10}元，增价幅度：{r.choice([500, 1000, 2000])}元。"
        )
        if long:
            lines += [
                f"一、拍卖标的：{lot}。{r.choice(SEEN)}，{r.choice(SEEN)}。",
                price,
                f"二、咨询和看样：自公告之日起至拍卖前一日接受咨询，看样须提前与本院执行局{r.choice(JUDGES)}法官预约。",
                f"三、竞买人应当在拍卖开始前交纳保证金，{r.choice(TAX)}，{r.choice(TAX)}。",
                "特此公告。",
                COURT,
                cn_date(y, m, d),
            ]
        else:
            lines.append(price)
        title = f"{COURT}关于{lot}（{rnd}）的公告"
        no = f"（{y}）澄0521执{r.randint(100, 2999)}号"
        meta = {"published": iso(y, m, d), "doc_number": no}
        return Art(title, lines, list(lines), meta)

    # -- the health article
    def health(self, j: int) -> Art:
        """An article: an opening, three question heads with paragraphs and a ``1.`` list,
        a closing paragraph."""
        r = self.r
        y, m, d = self.date()
        ill = ILLS[j]
        title = r.choice(["{}，中医教你这样调", "{}别硬扛，这几点要记牢", "关于{}，医生有话说"])
        title = title.format(ill)
        lines = [f"门诊上常有患者问起{ill}的事。{self.hpara(ill)}", f"{ill}是怎么回事？"]
        lines += [self.hpara(ill), self.hpara(ill), "哪些人要格外留心？"]
        w1, w2 = r.sample(WHO, 2)
        lines.append(f"{w1}和{w2}尤其要注意，{self.hpara(ill)}")
        lines.append("日常调护做好这几点")
        lines += [f"{k}.{x}；" for k, x in enumerate(r.sample(DO, 3), 1)]
        s1, s2 = r.sample(SIGN, 2)
        lines.append(f"如果出现{s1}、{s2}加重等情况，应当及时到医院就诊。")
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def hpara(self, ill: str) -> str:
        self.n += 1
        r = self.r
        h1, h2 = r.sample(HABIT, 2)
        if self.n % 2:
            return (
                f"不少人平时{h1}，又{h2}，时间一长就容易出现{r.choice(SIGN)}等不适，"
                f"门诊上这类患者每周有{self.n * 3 + 12}位左右，{ill}往往由此而来。"
            )
        return (
            f"从中医角度看，{ill}多与脏腑失调有关，{h1}会让症状反复，"
            f"我们随访的{self.n * 5 + 20}位患者中，调整作息后大多有所缓解。"
        )

    # -- the consular reminder
    def reminder(self, j: int, *, english: bool) -> Art:
        """A reminder: the situation, ``使馆提醒：`` with ``一、`` items, the hotline lines;
        if ``english``, an English heading, an English paragraph and English items."""
        r = self.r
        y, m, d = self.date()
        zh, en, why = RISKS[j]
        picks = r.sample(range(len(ADVICE)), 3)
        lines = [
            f"{why}，已有{r.randint(2, 19)}名中国公民受到不同程度的影响。使馆对此高度关注，"
            f"已向瑟兰有关部门了解情况并表达关切。",
            "使馆提醒：",
            *(f"{'一二三'[n]}、{ADVICE[k]}。" for n, k in enumerate(picks)),
            "如遇紧急情况，请及时报警并与使馆联系。",
            f"当地报警电话：1{r.randint(10, 19)}",
            f"使馆领事保护与协助电话：+299-21-555{r.randint(1000, 9999)}",
        ]
        if english:
            lines += [
                f"Reminder on {en}",
                f"The Embassy reminds Chinese citizens in Seralia to pay attention to {en}.",
                *(EN_ADVICE[k] for k in picks),
            ]
        title = f"驻瑟兰使馆提醒在瑟中国公民注意{zh}"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})
