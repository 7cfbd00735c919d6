"""Words and text makers of :mod:`tests.families.blind_families_zo` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zo`` families repeats one of the earlier
families.  The heritage list's words are in GB18030, the procuratorate's in GBK (some of
its pages are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- an intangible-heritage list put up for public comment (沅州市), PDF text -----------------
FY_CITY = "沅州市"
FY_BUREAU = "沅州市文化和旅游局"
# (project, category, county, keeper)
FY_ITEMS = [
    ("芷江竹丝编织技艺", "传统技艺", "芷江县", "芷江县文化馆"),
    ("辰河高腔打击乐", "传统音乐", "辰溪县", "辰溪县非遗保护中心"),
    ("溆浦端午龙舟竞渡", "民俗", "溆浦县", "溆浦县龙舟协会"),
    ("麻阳花灯调", "传统舞蹈", "麻阳县", "麻阳县文化馆"),
    ("黔阳古城糯米酒酿制技艺", "传统技艺", "黔阳区", "黔阳区文化馆"),
    ("会同蓝印土布", "传统美术", "会同县", "会同县蓝印坊合作社"),
    ("靖港草药熏蒸疗法", "传统医药", "靖港县", "靖港县中医医院"),
    ("通道侗寨拦门歌", "传统音乐", "通道县", "通道县侗族文化研究会"),
    ("沅陵傩面雕刻", "传统美术", "沅陵县", "沅陵县博物馆"),
    ("洪江油号木雕", "传统美术", "洪江区", "洪江区古商城管理处"),
    ("新晃牛角酒器制作技艺", "传统技艺", "新晃县", "新晃县文化馆"),
    ("中方板凳龙", "传统舞蹈", "中方县", "中方县文化馆"),
]
FY_ORIGIN = [
    "相传始于明代中叶",
    "据县志记载已有三百余年历史",
    "清末民初一度在沿河集镇十分兴盛",
    "最早由外地迁来的匠户带入本地",
]
FY_FEAT = {
    "传统技艺": "其做法讲究选料、浸泡、晾晒三道工序环环相扣",
    "传统音乐": "演唱时锣鼓与唱腔一问一答，节奏明快",
    "传统美术": "纹样多取材于山水鸟兽，寓意平安丰收",
    "民俗": "整套仪程全凭老人口传，没有留下文字底本",
    "传统舞蹈": "表演者踩着鼓点穿插走位，队形变化多达十余种",
    "传统医药": "所用草药多在本地山间采集，配伍全凭经验",
}
FY_NOW = [
    "年轻人大多外出务工，愿意学的人越来越少",
    "老艺人年事渐高，部分技法已经难以完整演示",
    "近年来依托乡村旅游重新有了演出机会",
    "相关工具和原料的来源正在逐年减少",
]
FY_PLAN = [
    "每年举办一期传习班",
    "为代表性传承人建立口述档案",
    "在乡镇中小学开设兴趣课堂",
    "整理出版图文资料汇编",
    "建设一处传承展示场所",
]
FY_GOAL = ["培养稳定的传承队伍", "完成全部技法的影像记录", "形成可持续的保护机制"]

# -- a procuratorate's press releases (岚溪市人民检察院), HTML in GBK / UTF-8 ------------------
JC_SITE = "岚溪检察网"
JC_CITY = "岚溪市人民检察院"
JC_UNITS = ["栖云区人民检察院", "白沙区人民检察院", "柳埠县人民检察院", "岚溪市人民检察院"]
JC_DEPT = ["第一检察部", "第二检察部", "第四检察部", "未成年人检察部"]
JC_WRITERS = ["周砚清", "吕晓岑", "闫子墨", "付蓝星", "滕可为", "苗嘉禾"]
# (crime, section, story title, what the accused did)
JC_CASES = [
    (
        "诈骗",
        "新闻发布",
        "冒充客服退款骗走老人积蓄，被告人被依法提起公诉",
        "冒充网购平台客服，以办理退款为由诱骗多名老年人转账",
    ),
    (
        "非法捕捞水产品",
        "公益诉讼",
        "禁渔期电鱼破坏水生资源，检察机关提起刑事附带民事公益诉讼",
        "在禁渔期内多次驾船到支流河段使用电瓶捕鱼",
    ),
    (
        "帮助信息网络犯罪活动",
        "检察动态",
        "出租银行卡为电诈洗钱，一名在校学生被依法起诉",
        "将本人名下的银行卡和手机卡出租给他人用于转移资金",
    ),
    (
        "危险驾驶",
        "检察动态",
        "醉驾撞坏护栏后弃车离开，检察官依法从严提出量刑建议",
        "酒后驾驶小型轿车撞坏道路护栏后弃车离开现场",
    ),
    (
        "拒不支付劳动报酬",
        "新闻发布",
        "包工头拖欠二十名工人工资拒不支付，检察机关支持起诉追回欠薪",
        "承包工程后以资金周转困难为由长期拖欠工人工资",
    ),
    (
        "非法占用农用地",
        "公益诉讼",
        "擅自在基本农田上堆放建筑垃圾，检察建议督促恢复原状",
        "未经批准租用村民承包地堆放建筑垃圾和废旧建材",
    ),
    (
        "盗窃",
        "检察动态",
        "深夜连续撬开多辆电动车，一男子被批准逮捕",
        "趁深夜在小区车棚撬锁盗窃电动车及电瓶",
    ),
    (
        "销售假冒注册商标的商品",
        "新闻发布",
        "网店售卖仿冒名牌运动鞋，经营者被依法提起公诉",
        "从外地低价购进仿冒名牌运动鞋后在网店对外销售",
    ),
]
JC_WHO = ["王某某", "陈某", "刘某某", "赵某", "孙某某", "李某"]
JC_HOW = [
    "到案后起初拒不交代",
    "经多次教育仍不改正",
    "案发后曾试图转移证据",
    "到案后如实供述了主要事实",
]
JC_DID = [
    "第一时间调取了银行流水和通话记录",
    "多次到案发现场实地查看",
    "耐心向被害人释法说理",
    "主动与公安机关会商证据标准",
]
JC_DID2 = [
    "确保每一笔资金流向都有据可查",
    "为后续追赃挽损打下了基础",
    "让案件事实更加清楚完整",
    "推动案件在法定期限内高质量办结",
]
JC_SAY = [
    "“办案不只是把人送上法庭，更要把群众的损失追回来。”",
    "“这类案件看似数额不大，却直接关系到老百姓的钱袋子。”",
    "“我们希望通过这个案子提醒更多人守住底线。”",
]
JC_TIP = [
    "检察机关提醒广大群众，不要轻信陌生来电，遇到可疑情况及时报警。",
    "检察机关提醒，出租出借银行卡、手机卡同样可能构成犯罪，切勿因小利铸成大错。",
    "检察机关将持续加大此类案件的办理力度，守护好人民群众的合法权益。",
]

# -- a bilingual personal tech blog (Quiet Terminal / 静默终端), HTML, UTF-8 with BOM ----------
BLOG = "Quiet Terminal"
BLOG_CN = "静默终端"
BLOG_AUTHOR = "Lin Yuze"
# (English title, Chinese title, tags, three section heads)
POSTS = [
    (
        "Moving Our Nightly Jobs Off a Single Machine",
        "把夜间任务从一台机器上搬走",
        "运维, 复盘",
        ["Where it started", "What broke first", "What I would do again"],
    ),
    (
        "Notes on Reading Old Incident Reports",
        "读旧事故报告的一些笔记",
        "读书笔记, 稳定性",
        ["Why old reports", "Patterns that repeat", "Writing better ones"],
    ),
    (
        "A Year of Writing Design Documents First",
        "先写设计文档的一年",
        "工作方法",
        ["The rule we adopted", "Where it slowed us down", "Where it paid off"],
    ),
    (
        "How We Learned to Love Boring Releases",
        "我们是怎么爱上无聊的发布的",
        "发布, 团队",
        ["Releases used to be events", "Making them smaller", "The quiet result"],
    ),
    (
        "Thinking About Caches Without Drawing Boxes",
        "不画框图也能想清楚缓存",
        "架构, 随笔",
        ["The question behind every cache", "Staleness is a product choice", "A short checklist"],
    ),
    (
        "What On-Call Taught Me About Documentation",
        "值班教会我的文档之道",
        "值班, 文档",
        ["The night of the missing runbook", "Docs as a conversation", "Small habits"],
    ),
    (
        "Measuring Things Nobody Asked Us to Measure",
        "去度量那些没人要求度量的东西",
        "度量, 复盘",
        ["A hunch", "The first numbers", "What changed afterwards"],
    ),
    (
        "Leaving a Codebase Better Than You Found It",
        "让代码库比你接手时更好一点",
        "维护, 随笔",
        ["The campsite rule", "Limits of the rule", "A gentler version"],
    ),
]
EN_A = [
    "For a long time the team treated this as a problem for later",
    "Looking back, the warning signs were visible months before",
    "Nobody designed the old setup; it simply grew one small decision at a time",
    "The first attempt at a fix was mostly enthusiasm and very little planning",
]
EN_B = [
    "and the cost only became obvious when a colleague went on holiday",
    "and it took a quiet week of reading logs to see the shape of it",
    "and the honest answer to most of our questions was that nobody knew",
    "and we learned more from the failed attempt than from the one that worked",
]
CN_A = [
    "回头再看，当时真正缺的不是工具，而是一份大家都认可的约定",
    "这件事给我最大的启发是，先把问题写清楚，解决办法往往就跟着出来了",
    "团队里每个人对同一件事的理解其实差得很远，只是平时没有机会摊开来说",
    "慢一点反而更快，这句话我以前只当作客套，这一次是真的体会到了",
]
CN_B = ["后来我们每周留出半小时专门讨论这类问题", "我把这些体会记在这里，也算给自己留个备忘"]

# -- a county government work briefing (澄沙县), Word text in UTF-16 ---------------------------
JB_COUNTY = "澄沙县"
JB_OFFICE = "澄沙县人民政府办公室"
# (supplying unit, piece title)
JB_PIECES = [
    ("县农业农村局", "县农业农村局抓早抓实春季农资市场检查"),
    ("县交通运输局", "县交通运输局完成十二座农村危桥改造"),
    ("县人力资源和社会保障局", "县人社局举办返乡人员专场招聘会"),
    ("县教育局", "县教育局开展校车安全隐患大排查"),
    ("县水利局", "县水利局提前部署汛前水库安全检查"),
    ("县卫生健康局", "县卫健局组织乡村医生轮训"),
    ("县自然资源局", "县自然资源局推进闲置宅基地盘活利用"),
    ("县市场监督管理局", "县市场监管局开展校园周边食品专项检查"),
    ("县文化旅游广电局", "县文旅广电局启动乡村文化大舞台巡演"),
    ("县商务局", "县商务局组织特色农产品进超市对接活动"),
    ("县民政局", "县民政局走访慰问困难群众和留守老人"),
    ("县住房和城乡建设局", "县住建局加快城区背街小巷提质改造"),
]
JB_HOW = [
    "该局成立由主要负责人牵头的工作专班",
    "该局提前制定方案，把任务分解到股室和个人",
    "该局联合乡镇和有关部门组成督查小组",
    "该局坚持问题导向，先摸底后施策",
]
JB_DO = [
    "深入各乡镇逐一走访核查",
    "建立问题台账并实行销号管理",
    "对发现的问题当场反馈、限期整改",
    "采取明查和暗访相结合的方式推进",
]
JB_RES = [
    "截至目前，已累计完成检查点位{}处",
    "目前共发现并督促整改问题{}个",
    "已惠及群众{}0余人",
    "共投入资金{}万元",
]
JB_NEXT = [
    "下一步，该局将持续跟踪落实情况，确保各项措施落地见效。",
    "该局表示，将把这项工作作为长期任务常抓不懈，推动形成长效机制。",
    "下一步，该局将总结经验做法，在全县范围内推广。",
]
JB_EDITORS = ["谭一帆", "邝雨桐", "晏立行", "蒲晓岚"]


class GenZO(GenO):
    """Text makers for the ``zo`` families (deterministic from the seed)."""

    # -- heritage list
    def heritage(self, item: tuple[str, str, str, str]) -> Art:
        """One listed project: three labelled paragraphs (简介 / 现状 / 保护计划)."""
        self.n += 1
        r = self.r
        name = item[0]
        y = r.randint(2024, 2027)
        plan = r.sample(FY_PLAN, 2)
        lines = [
            f"项目简介：{name}流传于{item[2]}境内沅水支流沿岸，{r.choice(FY_ORIGIN)}，"
            f"{FY_FEAT[item[1]]}，当地群众逢年过节都要请艺人到场。",
            f"传承现状：目前该项目有代表性传承人{r.randint(2, 9)}名，{r.choice(FY_NOW)}，"
            f"如不及时加以保护，{r.choice(['部分绝活', '完整流程', '传统曲目'])}有失传的危险。",
            f"保护计划：{item[3]}计划{plan[0]}，同时{plan[1]}，力争{y}年前{r.choice(FY_GOAL)}。",
        ]
        return Art(name, lines, list(lines))

    # -- procuratorate press release
    def release(self, i: int) -> Art:
        r = self.r
        crime, _, title, did = JC_CASES[i]
        unit = r.choice(JC_UNITS)
        who = r.choice(JC_WHO)
        y, m, d = self.date()
        n = r.randint(3, 90)
        lines = [
            f"近日，经{unit}提起公诉，被告人{who}涉嫌{crime}一案依法开庭审理，"
            f"法院当庭采纳了检察机关的全部量刑建议。",
            f"经审查查明，{y - 1}年以来，{who}{did}，先后{r.randint(3, 15)}次，"
            f"造成各类损失共计人民币{n}万余元，{who}{r.choice(JC_HOW)}。",
            f"案件移送审查起诉后，承办检察官{r.choice(JC_DID)}，{r.choice(JC_DID2)}，"
            f"并就证据中的薄弱环节列出补充侦查提纲。",
            f"{r.choice(JC_SAY)}承办检察官表示，办案中还同步开展了以案释法工作，"
            f"向案发地××镇××村的群众发放宣传资料{n * 10}余份。",
            r.choice(JC_TIP),
        ]
        author = r.choice(JC_WRITERS)
        meta = {"published": iso(y, m, d), "author": author, "origin": unit}
        return Art(title, lines, list(lines), meta)

    # -- blog post
    def blog(self, i: int) -> Art:
        """Per section: an English paragraph and a Chinese one, the section head first."""
        r = self.r
        en, cn, _, heads = POSTS[i]
        lines: list[str] = [cn if i % 2 == 0 else en]  # the subtitle under the <h1>
        for k, head in enumerate(heads, 1):
            self.n += 1
            lines.append(f"{k}. {head}")
            lines.append(
                f"{r.choice(EN_A)}, {r.choice(EN_B)}. In the end we spent about "
                f"{self.n * 3 + 4} working days on it, which felt like a lot at the time."
            )
            lines.append(f"{r.choice(CN_A)}，{r.choice(CN_B)}，前后一共整理了{self.n + 6}条记录。")
        y, m, d = self.date()
        title = en if i % 2 == 0 else cn
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "author": BLOG_AUTHOR})

    # -- county briefing
    def piece(self, unit: str, title: str) -> Art:
        r = self.r
        self.n += 1
        do = r.sample(JB_DO, 3)
        lines = [
            f"{r.choice(JB_HOW)}，{do[0]}，{do[1]}。"
            + r.choice(JB_RES).format(self.n * 11 + r.randint(5, 60))
            + "，有效推动了工作落实。",
            f"在具体工作中，该局注重{r.choice(['上下联动', '部门协作', '群众参与'])}，"
            f"{do[2]}，{r.choice(['做到件件有回音', '做到不留死角', '做到底数清楚'])}。",
            r.choice(JB_NEXT),
        ]
        return Art(title, lines, list(lines), {"origin": unit})
