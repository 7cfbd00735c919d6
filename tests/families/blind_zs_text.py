"""Words and text makers of :mod:`tests.families.blind_families_zs` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zs`` families repeats one of the earlier
families.  The exchange's words are in GBK (half its pages are GBK-encoded), the health
bureau's in traditional letters that Big5 (cp950) holds.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a stock exchange's inquiry letters (澄江证券交易所), print view -----------------------------
WX_EXCHANGE = "澄江证券交易所"
WX_DEPTS = ["上市公司管理一部", "上市公司管理二部", "上市公司管理三部"]
# (full name, short name, code)
WX_FIRMS = [
    ("岚峰精密制造股份有限公司", "岚峰股份", "600317"),
    ("汀洲食品集团股份有限公司", "汀洲食品", "603582"),
    ("苇川新能源科技股份有限公司", "苇川新能", "688214"),
    ("栖霞环境工程股份有限公司", "栖霞环境", "601709"),
    ("澄湖医药控股股份有限公司", "澄湖医药", "600968"),
    ("青篁纺织股份有限公司", "青篁纺织", "603146"),
    ("鹭洲港口物流股份有限公司", "鹭洲物流", "601255"),
    ("沙湄矿业股份有限公司", "沙湄矿业", "600893"),
    ("柘湖电子材料股份有限公司", "柘湖电子", "688471"),
    ("桐溪文旅发展股份有限公司", "桐溪文旅", "600589"),
]
# (kind tag, title pattern, intro)
WX_KINDS = [
    (
        "年报问询",
        "关于对{full}{py}年年度报告的问询函",
        "依据《公开发行证券的公司信息披露内容与格式准则第2号》等规则的要求，经对你公司{py}年"
        "年度报告的事后审核，为便于投资者理解，请你公司从经营情况、财务信息等方面进一步补充披露下述信息。",
    ),
    (
        "重组问询",
        "关于对{full}重大资产购买报告书（草案）信息披露的问询函",
        "经审阅你公司披露的重大资产购买报告书（草案），现就交易方案、标的资产估值及业绩承诺等事项，"
        "请你公司和相关中介机构进一步核实并补充说明。",
    ),
    (
        "异动问询",
        "关于{full}股票交易异常波动相关事项的问询函",
        "近期你公司股票价格连续多个交易日涨幅偏离值累计超过规定标准，"
        "且公司披露的经营信息与市场传闻存在差异，请你公司核实并书面回复下列事项。",
    ),
    (
        "担保问询",
        "关于对{full}为关联方提供担保事项的问询函",
        "你公司近日披露拟为控股股东的关联企业提供连带责任担保，"
        "该事项可能对公司资金安全产生影响，请你公司就下列事项作出说明。",
    ),
]
WX_FACT = [
    "报告期内公司实现营业收入{a}亿元，同比下降{b}%，但经营活动产生的现金流量净额同比大幅增加",
    "报告期末公司应收账款余额为{a}亿元，占营业收入的比例为{b}%，较上年末明显上升",
    "公司本期对商誉计提减值准备{a}亿元，而上年同期未计提任何减值",
    "公司前五名客户销售额合计占年度销售总额的{b}%，其中第一名客户为本年度新增客户",
    "标的公司近三年净利润合计{a}亿元，本次评估增值率达到{b}%，显著高于同行业可比交易",
    "公司预付款项期末余额{a}亿元，较期初增长{b}%，部分款项账龄已超过一年",
    "公司在建工程期末余额{a}亿元，其中部分项目已连续{b}个月未发生实际投入",
    "公司货币资金期末余额{a}亿元，同时短期借款余额较期初增长{b}%，存贷双高特征明显",
]
WX_ASK = [
    "结合行业环境和主要产品价格变化说明原因及合理性",
    "列示相关交易对方的名称、交易金额及是否存在关联关系",
    "说明相关会计处理是否符合企业会计准则的规定",
    "说明前期信息披露是否准确、完整",
    "说明是否存在资金被控股股东及其关联方占用的情形",
    "结合期后回款情况说明坏账准备计提是否充分",
    "说明减值测试的具体过程、关键参数及其选取依据",
]
WX_CLOSE = (
    "请你公司收到本问询函后立即披露，并于{y}年{m}月{d}日之前披露对本问询函的回复，"
    "同时按要求对定期报告或相关公告作相应修订和披露。"
)

# -- a city people's congress standing committee gazette (栖原市), PDF text ---------------------
RD_CITY = "栖原市"
RD_TERM = "第十六届"
RD_BODY = "栖原市人民代表大会常务委员会"
RD_OFFICE = "栖原市人大常委会办公室"
# decisions: (matter, three clauses)
RD_DECISIONS = [
    (
        "加强城市生活垃圾分类管理工作",
        [
            "市人民政府应当将生活垃圾分类工作纳入国民经济和社会发展规划，统筹安排分类投放、收集、运输和处理设施建设",
            "机关、企事业单位和社会团体应当率先实行生活垃圾分类，街道办事处负责组织辖区居民参与分类投放",
            "市人民政府应当每年向市人民代表大会常务委员会报告生活垃圾分类工作情况，接受监督",
        ],
    ),
    (
        "加强沿江饮用水水源保护",
        [
            "沿江各区人民政府对本行政区域内饮用水水源保护负总责，建立巡查和预警制度",
            "禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目",
            "市人民检察院可以依法对损害饮用水水源安全的行为提起公益诉讼，有关部门应当予以配合",
        ],
    ),
    (
        "推进老旧小区改造",
        [
            "市人民政府应当制定老旧小区改造年度计划，优先改造群众意愿强烈、基础设施老化严重的小区",
            "改造方案应当征求业主意见，涉及加装电梯、增设停车位等事项的，应当依法履行表决程序",
            "财政、住房城乡建设等部门应当加强对改造资金使用情况的监督检查，确保专款专用",
        ],
    ),
    (
        "批准栖原市本年度市级预算调整方案",
        [
            "批准市人民政府提出的市级一般公共预算调整方案，同意市级一般公共预算支出相应调整",
            "市人民政府应当严格执行调整后的预算，加强对新增债券资金的管理，提高资金使用绩效",
            "市人民政府应当在年度决算报告中专项说明预算调整资金的安排和使用情况",
        ],
    ),
    (
        "设立栖原市乡村振兴促进周",
        [
            "每年九月第四周设立为栖原市乡村振兴促进周",
            "乡村振兴促进周期间，各级人民政府应当组织开展农产品展销、乡村文化展演等主题活动",
            "鼓励企业、社会组织和个人在乡村振兴促进周期间参与帮扶、捐赠和志愿服务",
        ],
    ),
]
# reports: (title, speaker's post, heads)
RD_REPORTS = [
    (
        "关于{py}年市级财政决算的报告",
        "栖原市财政局局长",
        ["{py}年市级预算收支决算情况", "落实市人大决议的情况", "下一步工作打算"],
    ),
    (
        "关于全市义务教育优质均衡发展情况的报告",
        "栖原市教育局局长",
        ["工作开展情况", "存在的主要问题", "下一步工作措施"],
    ),
    (
        "关于全市安全生产工作情况的报告",
        "栖原市应急管理局局长",
        ["主要工作及成效", "面临的困难和问题", "下一步工作安排"],
    ),
    (
        "关于《栖原市物业管理条例》执法检查情况的报告",
        "栖原市人大常委会副主任",
        ["执法检查的基本情况", "条例实施中存在的问题", "意见和建议"],
    ),
    (
        "关于市级国有资产管理情况的综合报告",
        "栖原市国有资产监督管理委员会主任",
        ["国有资产总体情况", "国有资产管理工作成效", "下一步工作计划"],
    ),
]
RD_PEOPLE = ["周明远", "范立群", "邵静宜", "骆启航", "温若曦", "鲍承志", "柯晓岚", "葛宏图"]
RD_POSTS = [
    "栖原市发展和改革委员会主任",
    "栖原市教育局局长",
    "栖原市民政局局长",
    "栖原市司法局局长",
    "栖原市水务局局长",
    "栖原市中级人民法院审判员",
    "栖原市人民检察院检察员",
]
RD_DONE = [
    "全市累计完成相关投资{a}亿元，同比增长{b}%",
    "共督促整改各类问题{a}个，群众满意度达到{c}%",
    "相关指标较上年提高{b}个百分点，超额完成年度目标任务",
    "共组织专项检查{a}次，覆盖重点单位{b}家",
]
RD_HOW = [
    "市人民政府高度重视，多次召开专题会议研究部署",
    "各部门加强协同配合，形成了上下联动的工作格局",
    "坚持问题导向，对照年初确定的目标逐项推进落实",
    "注重发挥人大代表作用，广泛听取基层群众意见",
]
RD_GAP = [
    "但也要看到，部分区域推进不平衡，基层力量相对薄弱",
    "同时，资金保障机制还不够健全，长效管理仍有短板",
    "此外，一些单位对相关规定的理解不到位，执行中存在偏差",
]

# -- a university's undergraduate admissions Q&A board (澜川大学), HTML ------------------------
ZS_UNI = "澜川大学"
ZS_SITE = "澜川大学本科招生网"
ZS_REPLIERS = ["本科招生办公室", "信息工程学院招生组", "医学院招生组", "招生办公室值班老师"]
ZS_ASKERS = ["河南考生家长", "江西考生", "lc2024新生", "山东一考生", "云南考生家长", "晨曦同学"]
ZS_ASKERS += ["广西考生", "湖北考生家长"]
# (category, subject, question, answer opening)
ZS_QS = [
    (
        "录取查询",
        "高考成绩出来后什么时候能查到录取结果？",
        "老师好，请问我们省本科批次填报志愿以后，大概什么时候可以在贵校网站查到录取结果？",
        "各省录取时间由当地省级招生考试机构统一安排，我校在投档后一般三到五个工作日内完成录取",
    ),
    (
        "专业选择",
        "专业级差具体是怎么计算的？",
        "看到招生章程里写着专业级差为三分，想问一下如果第一专业没录上，第二专业是怎么算分的？",
        "我校按照分数优先、遵循志愿的原则安排专业，考生未被第一专业录取时，其后续专业志愿依次减去三分参与排序",
    ),
    (
        "招生政策",
        "中外合作办学专业可以转到普通专业吗？",
        "孩子对中外合作办学的会计学专业比较感兴趣，但担心学费和以后的发展，入学后还能不能转专业？",
        "中外合作办学专业单独编列招生代码，按照有关规定，入学后原则上不能转入普通专业学习",
    ),
    (
        "校园生活",
        "新生宿舍是几人间，有没有独立卫生间？",
        "请问新生入学后住在哪个校区，宿舍是几人间，空调和独立卫生间都有吗？",
        "本科新生统一安排在南湖校区住宿，宿舍以四人间为主，均配有空调、独立卫生间和洗浴设施",
    ),
    (
        "招生政策",
        "体检结果色弱会影响报考哪些专业？",
        "我体检报告上写着轻度色弱，想报考贵校的临床医学和化学专业，会不会因此不被录取？",
        "根据教育部等部门印发的普通高等学校招生体检工作指导意见，部分专业可以不录取色弱考生",
    ),
    (
        "收费资助",
        "家庭经济困难的新生可以申请哪些资助？",
        "家里条件不太好，担心交不起学费，学校对家庭经济困难的新生有什么帮扶措施吗？",
        "我校为家庭经济困难新生开通绿色通道，新生可以先办理入学手续，再根据核实情况申请资助",
    ),
    (
        "专业选择",
        "大类招生的学生什么时候分专业？",
        "贵校的电子信息类是按大类招生的，请问入学后什么时候分专业，分专业的依据是什么？",
        "按大类招生的学生第一学年统一学习基础课程，第一学年结束时根据本人志愿和学业成绩分流到具体专业",
    ),
    (
        "录取查询",
        "录取通知书寄出后多久能收到？",
        "我已经在网上查到被录取了，请问录取通知书是通过什么方式寄送，大概多久能收到？",
        "录取通知书统一通过邮政特快专递寄送，一般在录取结束后十个工作日内陆续寄出",
    ),
    (
        "招生政策",
        "往年各省的录取最低分在哪里可以查到？",
        "想参考一下贵校往年在我们省的录取分数，请问在哪里可以查到各专业的最低分和平均分？",
        "我校近三年分省分专业录取分数均已在本网站历年分数栏目公布，考生可以按省份和年份筛选查询",
    ),
    (
        "校园生活",
        "新生报到需要带哪些材料？",
        "孩子第一次离家上学，报到时除了录取通知书还需要准备哪些材料，户口需要迁吗？",
        "新生报到时须携带录取通知书、身份证和近期免冠照片，户口是否迁移由本人自愿决定",
    ),
]
ZS_MORE = [
    "具体安排以各省招生考试机构公布的时间为准，请考生和家长留意我校官方网站和公众号发布的信息",
    "如有其他疑问，可以在工作日拨打本科招生办公室咨询电话，我们会耐心为您解答",
    "建议考生在填报志愿前仔细阅读当年的招生章程，并结合自身兴趣和特长理性选择",
    "学校每年都会对相关政策进行评估和调整，请以当年公布的正式文件为准",
]
ZS_HOT = [
    "今年在各省的招生计划什么时候公布？",
    "转专业的条件和比例是怎样的？",
    "学校有哪些专业开设了本硕贯通培养？",
    "考研保研率大概是多少？",
    "军训安排在入学前还是入学后？",
]

# -- a county health bureau's press releases on food sampling (苓州縣), Big5 HTML ----------------
CJ_BUREAU = "苓州縣政府衛生局"
CJ_COUNTY = "苓州縣"
CJ_UNITS = ["食品藥物管理科", "疾病管制科", "檢驗科"]
# (food, season, what was tested, what failed)
CJ_TOPICS = [
    ("端午節應景食品", "端午節前夕", "粽子、鹼粽及粽葉", "防腐劑己二烯酸超量"),
    ("中秋月餅及烘焙食品", "中秋節前", "月餅、蛋黃酥及綠豆椪", "防腐劑未標示"),
    ("市售冰品及飲料", "夏季高溫期間", "剉冰、冰塊及手搖飲料", "大腸桿菌群超標"),
    ("年節應景食品", "農曆春節前", "年糕、蘿蔔糕及糖果", "甜味劑使用不符規定"),
    ("市售豆製品", "上半年", "豆干、豆腐及豆皮", "檢出過氧化氫殘留"),
    ("傳統市場蔬果", "第二季", "葉菜類、瓜果類及根莖類蔬果", "農藥殘留超過容許量"),
    ("校園周邊早餐店食材", "開學期間", "漢堡肉、火腿及醬料", "生菌數超過衛生標準"),
    ("市售包裝飲用水", "下半年", "瓶裝水及盒裝水", "標示不全"),
]
CJ_MONTH = [6, 9, 7, 1, 6, 5, 9, 11]  # the month each topic's release comes out
CJ_SHOPS = ["傳統市場攤商", "連鎖超市", "早餐店", "網路賣家", "食品工廠", "便利商店"]
CJ_CHIEF = ["林", "陳", "黃", "張", "吳", "鄭"]
CJ_SAY = [
    "衛生局提醒民眾，選購食品時應注意包裝是否完整、標示是否清楚，並向信譽良好的商家購買。",
    "衛生局呼籲業者應落實自主管理，確實遵守食品安全衛生管理法相關規定，共同維護消費者權益。",
    "衛生局表示，將持續加強市售食品抽驗工作，對於違規業者將依法處分並追蹤改善情形。",
]


def _money(r_int: int) -> str:
    return f"{r_int // 10}.{r_int % 10}"


class GenZS(GenO):
    """Text makers for the ``zs`` families (deterministic from the seed)."""

    # -- inquiry letter
    def letter(self, firm: tuple[str, str, str], kind: int) -> tuple[Art, str]:
        """One inquiry letter: title, salutation, intro, two to four numbered items, the
        deadline paragraph and the sign-off (department, Chinese-numeral date); returns the
        article and its tag."""
        r = self.r
        full, _, _ = firm
        tag, title_p, intro = WX_KINDS[kind]
        y, m, d = self.date()
        title = title_p.format(full=full, py=y - 1)
        no = f"澄证公函【{y}】{r.randint(120, 980):04d}号"
        dept = f"{WX_EXCHANGE}{r.choice(WX_DEPTS)}"
        lines = [title, f"{full}：", intro.format(py=y - 1)]  # the 文号 row is laid out later
        for k, fact in enumerate(r.sample(WX_FACT, r.randint(2, 4)), 1):
            self.n += 1
            ask = r.sample(WX_ASK, 2)
            text = fact.format(a=_money(self.n * 7 + r.randint(11, 90)), b=r.randint(12, 85))
            lines.append(f"{k}.{text}。请公司：（1）{ask[0]}；（2）{ask[1]}。")
        due = min(d + 7, 28)
        lines.append(WX_CLOSE.format(y=y, m=m, d=due))
        lines += [dept, cn_date(y, m, d)]
        meta = {"doc_number": no, "issuer": dept, "published": iso(y, m, d)}
        a = Art(title, lines, list(lines), meta)
        return a, tag

    # -- gazette pieces
    def decision(self, j: int) -> Art:
        """A decision: title, the preamble ending ``作如下决定：``, three ``一、`` clauses and
        the commencement line (the adoption row is laid out by the family)."""
        r = self.r
        matter, clauses = RD_DECISIONS[j]
        title = f"{RD_BODY}关于{matter}的决定"
        if matter.startswith("批准"):
            pre = "市人民政府提出了本年度市级预算调整方案，经审查，"
        else:
            pre = f"为了{matter}，保障人民群众合法权益，根据有关法律、法规的规定，结合本市实际，"
        lines = [title, f"{pre}{RD_BODY}作如下决定："]
        for k, c in enumerate(clauses, 1):
            self.n += 1
            tail = r.choice(
                ["，切实把各项要求落到实处", "，并向社会公开相关情况", "，形成工作合力"]
            )
            lines.append(f"{cn_small(k)}、{c}{tail}。")
        lines.append("本决定自公布之日起施行。")
        return Art(title, lines, list(lines))

    def report(self, j: int, py: int) -> Art:
        """A report: title, the salutation, the opening and three ``一、`` heads each over a
        paragraph (the occasion and speaker rows are laid out by the family)."""
        r = self.r
        title_p, post, heads = RD_REPORTS[j]
        title = title_p.format(py=py)
        lines = [title, "主任、各位副主任、秘书长、各位委员："]
        who = "市人大常委会执法检查组" if "人大" in post else "市人民政府"
        lines.append(f"受{who}委托，现将有关情况向本次会议报告如下，请予审议。")
        for k, h in enumerate(heads, 1):
            self.n += 1
            lines.append(f"{cn_small(k)}、{h.format(py=py)}")
            done = r.choice(RD_DONE).format(
                a=self.n * 3 + r.randint(4, 40), b=r.randint(3, 30), c=r.randint(90, 99)
            )
            lines.append(f"{r.choice(RD_HOW)}，{done}，{r.choice(RD_GAP)}。")
        return Art(title, lines, list(lines))

    def roster(self) -> Art:
        """An appointment list: title, ``任命：`` and ``免去：`` with two names each."""
        r = self.r
        title = f"{RD_BODY}任免名单"
        people = r.sample(RD_PEOPLE, 4)
        posts = r.sample(RD_POSTS, 4)
        lines = [title, "任命："]
        lines += [f"{p}为{q}；" for p, q in zip(people[:2], posts[:2], strict=True)]
        lines += ["免去：", f"{people[2]}的{posts[2]}职务；", f"{people[3]}的{posts[3]}职务。"]
        return Art(title, lines, list(lines))

    # -- admissions Q&A
    def answer(self, q: tuple[str, str, str, str], asker: str, unit: str) -> Art:
        r = self.r
        self.n += 1
        more = r.sample(ZS_MORE, 2)
        lines = [
            f"问：{q[2]}",
            f"答：您好！{q[3]}，{more[0]}。",
            f"{more[1]}，感谢您对{ZS_UNI}的关注，祝考试顺利、金榜题名。",
        ]
        y, m, d = self.date()
        meta = {"published": iso(y, m, d), "origin": unit, "author": asker}
        return Art(q[1], lines, list(lines), meta)

    # -- health bureau release
    def release(self, j: int) -> Art:
        r = self.r
        food, when, what, fail = CJ_TOPICS[j]
        n = r.randint(30, 120)
        bad = r.randint(2, 6)
        shops = r.sample(CJ_SHOPS, 3)
        title = f"{CJ_COUNTY}衛生局公布{food}抽驗結果，{bad}件不符規定已要求下架"
        lines = [
            f"為保障民眾飲食安全，{CJ_BUREAU}於{when}針對轄內{shops[0]}、{shops[1]}及{shops[2]}"
            f"等通路，抽驗{what}共{n}件，檢驗結果{n - bad}件符合規定，{bad}件不符合規定。",
            f"不符合規定的產品主要問題為{fail}，衛生局已責令業者立即將相關產品下架，"
            f"並依食品安全衛生管理法規定限期改正，屆期未改正者將依法處以罰鍰。",
            f"衛生局進一步說明，本次不合格產品中有{bad - 1}件來源為外縣市製造廠商，"
            f"已移請所轄衛生局追查源頭，其餘產品則由本局派員複查。",
            f"{r.choice(CJ_SAY)}",
            f"民眾如發現可疑食品，可撥打衛生局消費者申訴專線（0{r.randint(5, 8)}）"
            f"{r.randint(700, 799)}-{r.randint(1000, 9999)}反映，衛生局將派員查處。",
        ]
        y, m, d = r.randint(2019, 2024), CJ_MONTH[j], r.randint(1, 28)
        meta = {"published": iso(y, m, d), "origin": r.choice(CJ_UNITS[:2])}
        return Art(title, lines, list(lines), meta)
