"""Words and text makers of :mod:`tests.families.blind_families_n` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``n``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, iso

# a listed-company announcement site (证券公告): (code, short name, full name)
FIRMS = [
    ("600317", "澄湾新材", "澄湾新材料股份有限公司"),
    ("600582", "岚峰科技", "岚峰智能科技股份有限公司"),
    ("603169", "鹭洲药业", "鹭洲药业股份有限公司"),
    ("600746", "汀江电气", "汀江电气股份有限公司"),
    ("603428", "栖霞食品", "栖霞食品股份有限公司"),
    ("600935", "沐川物流", "沐川物流股份有限公司"),
]
AFFAIRS = ["使用部分闲置自有资金购买理财产品", "年度利润分配预案", "全资子公司完成工商变更登记"]
AFFAIRS += ["获得政府补助", "签订日常经营重大合同", "控股股东部分股份解除质押"]
AFFAIRS += ["续聘会计师事务所", "董事会秘书辞职"]
BOARD = "本公司董事会及全体董事保证本公告所载内容真实、准确、完整，不含虚假记载或重大遗漏，并对此承担相应的法律责任。"  # noqa: E501
CO_A = ["经公司第三届董事会第十二次会议审议", "根据公司经营发展的实际需要", "截至本公告披露之日"]
CO_A += ["经与交易对方友好协商", "依照公司章程的有关规定"]
CO_B = ["本次事项不构成关联交易", "相关款项已全部划入公司账户", "该事项无需提交股东大会审议"]
CO_B += ["公司将按规定及时履行后续披露义务", "不会对公司日常经营产生重大不利影响"]

# a university news portal (校园新闻)
SCHOOL_UNITS = ["化学与材料学院", "外国语学院", "机电工程学院", "生命科学学院", "经济管理学院"]
SCHOOL_UNITS += ["艺术设计学院", "图书馆", "学生工作处"]
EVENTS = ["举办春季学术交流月开幕式", "召开本科教学工作推进会", "开展“书香满园”读书分享活动"]
EVENTS += ["师生赴柘溪村开展乡村振兴调研", "举行研究生创新创业大赛决赛", "组织新进教师岗前培训"]
EVENTS += ["举办校园开放日活动", "召开实验室安全工作会议"]
WHEN = ["上周五下午", "近日", "本周三上午", "日前", "当天晚上"]
WHO = ["学院党委书记", "百余名师生", "分管副校长", "各系负责人", "来自兄弟院校的几位专家"]
DID = ["在致远楼报告厅参加了活动", "围绕人才培养展开深入交流", "分享了各自的心得体会"]
DID += ["就下一步工作提出了明确要求", "实地察看了新建的实训平台"]
AFTER = ["现场气氛热烈", "活动持续了近三个小时", "与会人员纷纷表示收获很大"]
AFTER += ["为后续工作打下了良好基础"]
EDITORS = ["苏晓棠", "韩亦舟", "罗青禾", "沈知微", "梁书砚"]

# a health question-and-answer site (问医生)
DEPTS = ["儿科", "皮肤科", "消化内科", "耳鼻喉科", "骨科", "眼科", "呼吸内科", "口腔科"]
QUESTIONS = ["孩子晚上睡觉总出汗是怎么回事？", "手背上反复起小水疱该怎么办？"]
QUESTIONS += ["饭后总是胃胀打嗝要紧吗？", "换季时老打喷嚏流鼻涕是鼻炎吗？"]
QUESTIONS += ["久坐以后腰疼得厉害怎么缓解？", "长时间盯屏幕眼睛干涩怎么办？"]
QUESTIONS += ["咳嗽两周了还没好需要拍片吗？", "刷牙时牙龈出血是什么原因？"]
ASKERS = ["用户7721", "晴天小雨", "青柠不酸", "用户30518", "老周的闺女", "木子李"]
SELF = ["孩子四岁半，这阵子每晚入睡后后背和头发都湿透", "本人二十六岁，手背和指缝常起透明小疱"]
SELF += ["我今年五十出头，每次吃完饭上腹就发胀", "本人三十二岁，一到换季就鼻子发痒"]
SELF += ["我做财务工作，一天要坐十来个小时", "女，二十八岁，下班后眼睛又干又涩"]
SELF += ["家里老人七十岁，咳嗽一直没断", "本人四十岁，最近早晚刷牙都见血"]
SINCE = ["这种情况断断续续有一个多月了", "最近一周明显加重", "去年冬天也出现过一次"]
SINCE += ["自己买过药但效果不明显"]
ADVICE = ["建议先调整作息并注意观察", "可以在医生指导下短期用药", "平时饮食宜清淡少刺激"]
ADVICE += ["若伴有发热或持续加重应尽快到医院面诊", "必要时做个血常规检查"]
REASON = ["这类情况多与生活习惯有关", "多数属于功能性问题", "单凭描述还不能完全排除其他原因"]
REASON += ["季节变化时较为常见"]
DOCTORS = ["周明远", "陈若溪", "何思齐", "许嘉木", "唐以宁"]
RANKS = ["主治医师", "副主任医师", "主任医师"]
HOSPITALS = ["栖川市第一人民医院", "鹭湾区妇幼保健院", "澄江大学附属医院", "汀州市中医院"]
TOPICS = ["常见小毛病问答", "换季健康提醒", "门诊高频问题", "家庭健康小问答"]

# a yearbook / archive transcription site (年鉴)
ENTRIES = ["城区道路改造", "粮食生产", "非物质文化遗产保护", "农村饮水安全", "老旧街区修缮"]
ENTRIES += ["全民健身设施建设", "防汛抗旱", "馆藏档案数字化"]
BOOKS = ["城乡建设", "农业", "文化", "水利", "城乡建设", "体育", "水利", "档案"]
YDO = [
    ["市住建局牵头改造主次干道", "沿线人行道和排水管网同步更新"],
    ["全市落实早稻和晚稻播种面积", "农技人员分片指导病虫害统防统治"],
    ["市文化馆开展非遗项目普查", "新认定一批市级代表性传承人"],
    ["水利部门新建集中供水工程", "山区分散供水点完成水质提升"],
    ["住建部门修缮沿河老街民居", "历史建筑挂牌保护工作全面铺开"],
    ["体育部门在社区新建健身路径", "城区公园增设笼式球场"],
    ["各乡镇汛前排查山塘水库", "防汛物资仓库完成补充储备"],
    ["档案馆对馆藏老档案开展扫描", "重要全宗完成目录数据库建设"],
]
YGOT = ["完成年度计划任务", "受益群众约三万人", "较上年有明显提升", "通过省级验收"]
YGOT += ["获评市级示范项目"]
ARCHIVES = ["岑江市档案馆", "栖川县档案馆", "鹭湾区档案馆"]
WRITERS = ["钟敏", "杜远山", "邵春晖", "冯念慈", "顾一鸣"]
COMPILER = "栖川市地方志编纂委员会办公室"


class GenN(Gen):
    """Text makers for the ``n`` families (deterministic from the seed)."""

    # -- announcements
    def fact(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(CO_A)}，{r.choice(CO_B)}，涉及金额约{self.n * 37 + 120}万元。"

    def announcement(self, firm: int, affair: str, day: tuple[int, int, int] | None = None) -> Art:
        """A listed company's announcement: the board's guarantee, ``一、`` sections,
        ``特此公告。``, the board's sign-off and an arabic ``年月日`` date (one article; the
        page maker puts the guarantee :data:`BOARD` first once the artifacts are in, so
        that the sentence every announcement shares is never the damaged one);
        ``day``: the date of a daily digest (every item of it was filed that day)."""
        full = FIRMS[firm][2]
        y, m, d = day or self.date()
        lines = ["一、事项概述", self.fact() + self.fact(), "二、主要内容"]
        lines += [self.fact(), self.fact() + self.fact(), "三、对公司的影响及风险提示"]
        lines += [self.fact() + "敬请广大投资者注意投资风险。", "特此公告。"]
        lines += [f"{full}董事会", f"{y}年{m}月{d}日"]
        no = f"临{y}-{m * 7 + self.r.randint(0, 6):03d}"  # numbered through the year
        meta = {"issuer": f"{full}董事会", "doc_number": no, "published": iso(y, m, d)}
        return Art(f"{full}关于{affair}的公告", lines, list(lines), meta)

    # -- campus news
    def happen(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WHEN)}，{r.choice(WHO)}{r.choice(DID)}，{r.choice(AFTER)}，本学期同类活动已累计开展{self.n + 3}场。"  # noqa: E501

    def news(self, unit: str, event: str, *, paras: int = 4) -> Art:
        """A campus news item: plain paragraphs (one article)."""
        y, m, d = self.date()
        lines = [self.happen() + self.happen() for _ in range(paras)]
        return Art(f"{unit}{event}", lines, list(lines), {"published": iso(y, m, d)})

    # -- questions and answers
    def answer(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(ADVICE)}，{r.choice(REASON)}，我接诊过的类似情况已有{self.n * 9 + 40}例，一般观察几天再决定是否复诊。"  # noqa: E501

    def question(self, q: int, *, answers: int = 2) -> Art:
        """A question and its answers: ``病情描述：…``, then per doctor ``医生回答：`` and
        the answer's paragraphs (the doctor's credential row is added by the page maker
        after each ``医生回答：``; one article)."""
        r = self.r
        y, m, d = self.date()
        lines = [f"病情描述：{SELF[q]}，{r.choice(SINCE)}，想问一下需要怎么处理，谢谢医生。"]
        for _ in range(answers):
            lines += ["医生回答：", self.answer() + self.answer(), self.answer()]
        return Art(QUESTIONS[q], lines, list(lines), {"published": iso(y, m, d)})

    # -- yearbook entries
    def record(self, year: int, j: int) -> str:
        self.n += 1
        r = self.r
        return (
            f"{r.choice(YDO[j])}，{year}年度{r.choice(YGOT)}，全年投入资金{self.n * 13 + 60}万元。"
        )

    def entry(self, j: int, year: int, *, long: bool = False) -> Art:
        """A yearbook entry on ``year``: paragraphs; if ``long`` (a 专记 on a page of its
        own), ``一、`` sections and the compiler's sign-off with a Chinese-numeral date
        (the book appears the year after)."""
        y, m, d = year + 1, self.r.randint(3, 11), self.r.randint(1, 28)
        topic = ENTRIES[j]
        if not long:
            lines = [self.record(year, j) + self.record(year, j), self.record(year, j)]
            return Art(topic, lines, list(lines))
        lines = [self.record(year, j) + self.record(year, j), "一、基本情况"]
        lines += [self.record(year, j) + self.record(year, j), "二、主要做法"]
        lines += [
            self.record(year, j),
            self.record(year, j) + self.record(year, j),
            "三、存在的不足",
        ]
        lines += [self.record(year, j), COMPILER, cn_date(y, m, d)]
        meta = {"issuer": COMPILER, "published": iso(y, m, d)}
        return Art(f"{year}年{topic}专记", lines, list(lines), meta)


__all__ = [
    "AFFAIRS",
    "ARCHIVES",
    "ASKERS",
    "BOARD",
    "BOOKS",
    "DEPTS",
    "DOCTORS",
    "EDITORS",
    "ENTRIES",
    "EVENTS",
    "FIRMS",
    "HOSPITALS",
    "QUESTIONS",
    "RANKS",
    "SCHOOL_UNITS",
    "TOPICS",
    "WRITERS",
    "GenN",
]
