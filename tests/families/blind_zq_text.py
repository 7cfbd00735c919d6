"""Words and text makers of :mod:`tests.families.blind_families_zq` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zq`` families repeats one of the earlier
families.  The variety list's words are all in GBK, the township newsletter's in Big5
(traditional letters), the environmental notice's in GB18030.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a province's crop-variety approval announcements (澜江省农业农村厅), text in GBK ----------
PZ_DEPT = "澜江省农业农村厅"
PZ_SITE = "澜江农业信息网"
# crop: (short code, list of (variety, parents))
PZ_CROPS = {
    "水稻": (
        "稻",
        [
            ("岚粳618", "岚粳12×丰禾7号"),
            ("澄香优302", "澄香A×R302"),
            ("湘溪糯9号", "溪糯3号系选"),
            ("禾丰两优88", "禾丰S×华恢88"),
            ("江育早15", "早籼503×江早2号"),
        ],
    ),
    "玉米": (
        "玉",
        [
            ("澜玉207", "LY72×昌C19"),
            ("金穗甜5号", "甜系11×甜系26"),
            ("岭单136", "岭系9×PH4C"),
            ("翠糯101", "糯自交系W3×W17"),
        ],
    ),
    "油菜": (
        "油",
        [
            ("澜油杂21", "澜A6×恢复系R21"),
            ("丰油728", "丰A×7028"),
            ("双低油菜秦岭3号", "中双11号系选"),
        ],
    ),
    "大豆": (
        "豆",
        [
            ("澜豆17", "中黄13×岭豆4号"),
            ("青荚鲜食2号", "日本青×地方品种白毛豆"),
            ("垄春豆8号", "垄豆1号×合丰25"),
        ],
    ),
}
PZ_APPLY = [
    "澜江丰禾种业有限公司",
    "岭南山农业科技有限公司",
    "澜江省农业科学院",
    "溪口县金穗种业合作社",
    "澄江农科种业股份有限公司",
    "禾盛现代农业发展有限公司",
]
PZ_BREED = [
    "澜江省农业科学院作物研究所",
    "澜江农业大学农学院",
    "澄江市农业科学研究所",
    "禾盛现代农业发展有限公司育种中心",
]
PZ_SHAPE = {
    "水稻": "株型适中，剑叶挺直，分蘖力较强，穗大粒多，谷粒长形，稃尖无色",
    "玉米": "株型半紧凑，叶色浓绿，雄穗分枝较多，果穗筒形，籽粒黄色半马齿型",
    "油菜": "半直立生长，叶片较大，花瓣黄色，角果斜生，籽粒黑褐色",
    "大豆": "有限结荚习性，株型收敛，白花灰毛，荚熟时呈褐色，籽粒圆形黄色",
}
PZ_UNIT = {"水稻": "亩产", "玉米": "亩产", "油菜": "亩产", "大豆": "亩产"}
PZ_RESIST = ["中抗稻瘟病", "抗倒伏能力较强", "耐寒性中等", "中感纹枯病", "抗旱性较好"]
PZ_TIP = [
    "适时播种，培育壮苗",
    "合理密植，确保基本苗",
    "施足基肥，早施追肥",
    "注意防治病虫害",
    "及时收获，防止落粒",
    "浅水勤灌，够苗晒田",
]
PZ_AREA = ["全省平原及丘陵地区", "澜江中下游地区", "省内海拔600米以下地区", "澄江、溪口两市"]

# -- a city government's mayor's mailbox (泊川市), HTML in UTF-8 --------------------------------
XX_CITY = "泊川市"
XX_SITE = "泊川市人民政府门户网站"
# (letter title, the unit that answers, its short name, the matter)
XX_LETTERS = [
    (
        "小区旁边的工地夜间施工噪音太大",
        "泊川市生态环境局",
        "市生态环境局",
        "夜间施工噪音",
    ),
    (
        "孩子户籍在外地能否在本市就近入学",
        "泊川市教育局",
        "市教育局",
        "随迁子女入学",
    ),
    (
        "老旧小区加装电梯补贴什么时候发放",
        "泊川市住房和城乡建设局",
        "市住建局",
        "加装电梯补贴",
    ),
    (
        "建议在滨河公园增设公共卫生间",
        "泊川市城市管理局",
        "市城管局",
        "公园公共卫生间",
    ),
    (
        "灵活就业人员医保缴费基数如何确定",
        "泊川市医疗保障局",
        "市医保局",
        "灵活就业医保缴费",
    ),
    (
        "公交12路早高峰班次间隔过长",
        "泊川市交通运输局",
        "市交通运输局",
        "公交班次",
    ),
    (
        "农村自来水水压不足的问题",
        "泊川市水务局",
        "市水务局",
        "农村供水水压",
    ),
    (
        "个体工商户年报逾期怎么补报",
        "泊川市市场监督管理局",
        "市市场监管局",
        "个体户年报补报",
    ),
]
XX_WHO = ["王**", "李**", "张*", "刘**", "陈*", "网友"]
XX_TYPES = ["咨询", "投诉", "建议", "求助"]
XX_ASK = [
    "我是**小区的居民，这个问题已经持续了将近两个月",
    "之前打过几次电话，得到的答复都不太一致",
    "身边不少邻居也有同样的疑问，希望能给个明确说法",
    "在网上查了很多资料，还是没有弄清楚具体流程",
]
XX_WANT = [
    "希望有关部门能尽快核实处理",
    "恳请相关部门给予答复",
    "麻烦告知需要准备哪些材料、到哪里办理",
    "希望能把这件事放在心上，谢谢",
]
XX_CHECK = [
    "我局高度重视，收到来信后立即安排工作人员到现场核实",
    "我局认真研究了您反映的情况，并与相关单位进行了沟通",
    "经我局调查了解，您反映的情况基本属实",
    "针对您咨询的问题，我局会同有关科室逐项进行了梳理",
]
XX_DONE = [
    "目前已责令相关单位限期整改，并将加强后续巡查",
    "相关政策文件已在本局网站公开，可登录查阅",
    "具体办理时限以窗口受理时告知的为准",
    "我们已将您的建议纳入下一年度工作计划统筹考虑",
]
XX_WAY = [
    "如仍有疑问，可在工作日拨打咨询电话0543-2{}06",
    "您也可携带有效证件到市民中心{}号窗口现场咨询",
    "后续进展我们将通过短信告知，编号为{}的工单将持续跟踪",
]

# -- a township office's e-newsletter (楓溪鄉公所), HTML in Big5 (traditional letters) ---------
XQ_TOWN = "楓溪鄉"
XQ_OFFICE = "竹嵐縣楓溪鄉公所"
XQ_PAPER = "楓溪鄉訊電子報"
XQ_HEAD = ["鄉長", "林秋華"]
# (item title, the section that supplies it)
XQ_ITEMS = [
    ("楓溪鄉長青食堂開張，長輩午餐有著落", "社會課", "照顧獨居及高齡長輩的午餐"),
    ("中正路人行道拓寬工程本月動工", "建設課", "改善中正路行人通行安全"),
    ("秋季幼兒預防接種開放預約", "衛生所", "方便家長帶幼兒完成常規接種"),
    ("鄉立圖書館週末親子說故事活動", "圖書館", "培養孩童閱讀習慣"),
    ("低收入戶子女助學金受理申請", "社會課", "減輕清寒家庭的就學負擔"),
    ("溪畔自行車道夜間照明完成改善", "建設課", "讓民眾夜間騎車散步更安心"),
    ("颱風季前側溝清淤全面展開", "清潔隊", "降低颱風豪雨期間積淹水的風險"),
    ("柿餅節市集攤位開放登記", "民政課", "推廣在地農特產品"),
    ("老人健保自付額補助說明會", "社會課", "協助長輩了解健保自付額補助"),
    ("資源回收兌換衛生紙活動延長辦理", "清潔隊", "鼓勵鄉親落實垃圾分類"),
    ("農機具購置補助第二梯次受理", "農業課", "協助農友汰換老舊農機具"),
    ("鄉民活動中心冷氣更新完成", "民政課", "提升活動中心的使用品質"),
]
XQ_WHERE = ["鄉立活動中心", "公所一樓大廳", "中正路與文化街口", "溪畔公園", "各村辦公處"]
XQ_SAY = [
    "鄉長表示，這項工作籌備了大半年，希望能真正照顧到需要的鄉親",
    "承辦人員提醒，名額有限，請有需要的民眾儘早登記",
    "公所表示，施工期間造成的不便，敬請鄉親多多包涵",
    "許多長輩一早就來排隊，現場氣氛十分熱絡",
]
XQ_NOTE = [
    "相關表格可至公所網站下載，或直接到承辦單位索取",
    "如有疑問，請於上班時間洽詢承辦人員",
    "活動詳情將另行張貼於各村公布欄",
    "請民眾攜帶身分證正本及印章辦理",
]

# -- an industrial park's environmental-impact notices (栖禾经济开发区), text from the attached
#    Word file, UTF-16 / GB18030 by page --------------------------------------------------------
HP_ZONE = "栖禾经济开发区"
HP_OFFICE = "栖禾经济开发区管理委员会"
# (project, company, what it builds, the agency that wrote the report)
HP_PROJECTS = [
    ("年产5000吨水性涂料生产线技术改造项目", "栖禾佳彩新材料有限公司", "水性涂料"),
    ("污水处理厂提标改造工程", "栖禾水务发展有限公司", "污水处理"),
    ("年产30万套汽车座椅骨架项目", "栖禾恒泰汽车部件有限公司", "汽车座椅骨架"),
    ("生物有机肥加工项目", "栖禾绿野农业科技有限公司", "生物有机肥"),
    ("锂电池正极材料中试基地建设项目", "栖禾锐能新能源材料有限公司", "正极材料"),
    ("医疗废物集中处置中心扩建项目", "栖禾洁源环保科技有限公司", "医疗废物处置"),
    ("食品级纸包装制品生产项目", "栖禾华林包装有限公司", "纸包装制品"),
    ("铝合金精密压铸件扩产项目", "栖禾精工铸造有限公司", "铝合金压铸件"),
]
HP_AGENCY = ["澜江蓝天环境咨询有限公司", "岭南环科工程技术有限公司", "澄江清源环境评价中心"]
HP_PLACES = ["纬三路以北、经五路以东", "园区南片区化工集中区内", "滨河大道与栖霞路交叉口西侧"]
HP_PUBLIC = [
    "项目周边五公里范围内的村庄居民",
    "项目所在地及周边企事业单位职工",
    "关心本项目建设的其他公民、法人和其他组织",
]


class GenZQ(GenO):
    """Text makers for the ``zq`` families (deterministic from the seed)."""

    # -- crop varieties
    def variety(self, crop: str, name: str, parents: str, year: int) -> Art:
        """One approved variety: five labelled paragraphs (来源 / 特征 / 产量 / 要点 / 意见);
        its trials ran two and one years before the announcement ``year``."""
        self.n += 1
        r = self.r
        days = r.randint(95, 150)
        high = r.randint(80, 140)
        base = r.randint(420, 720)
        gain = r.randint(3, 12) + r.randint(0, 9) / 10
        tips = r.sample(PZ_TIP, 3)
        lines = [
            f"品种来源：{parents}",
            f"特征特性：{crop}品种，全生育期{days}天左右，{PZ_SHAPE[crop]}，株高{high}厘米，"
            f"{'，'.join(r.sample(PZ_RESIST, 2))}。",
            f"产量表现：{year - 2}年参加省{crop}区域试验，"
            f"平均{PZ_UNIT[crop]}{base}.{r.randint(1, 9)}公斤，比对照品种增产{gain}%；"
            f"{year - 1}年生产试验平均{PZ_UNIT[crop]}{base + r.randint(5, 30)}公斤。",
            f"栽培技术要点：{tips[0]}；{tips[1]}；{tips[2]}，每亩用种量以当地农技部门指导为准。",
            f"审定意见：该品种符合澜江省{crop}品种审定标准，通过审定，"
            f"适宜在{r.choice(PZ_AREA)}种植。",
        ]
        return Art(name, lines, list(lines))

    # -- mayor's mailbox
    def letter(self, i: int, who: str) -> tuple[Art, int]:
        """A letter and its reply: two or three letter paragraphs, three or four reply
        paragraphs (the greeting and the thanks among them); the letter paragraph count."""
        r = self.r
        title, unit, _, matter = XX_LETTERS[i]
        self.n += 1
        ask = [
            f"您好！{r.choice(XX_ASK)}，主要是关于{matter}的问题。{r.choice(XX_WANT)}。",
            f"具体情况是这样的：{r.choice(XX_ASK)}，前后已经有{self.n + 20}天了，"
            f"{r.choice(XX_WANT)}。",
        ]
        if i % 3 == 0:
            ask.append("以上情况属实，盼复。")
        way = r.choice(XX_WAY).format(r.randint(100, 999))
        reply = [
            f"{who}您好：",
            f"您反映的关于{matter}的来信收悉。{r.choice(XX_CHECK)}，{r.choice(XX_DONE)}。",
            f"{r.choice(XX_CHECK)}，{r.choice(XX_DONE)}，{way}。",
            f"感谢您对{XX_CITY}{matter}工作的关注与支持。",
        ]
        lines = ask + reply
        return Art(title, lines, list(lines), {"origin": unit}), len(ask)

    # -- township newsletter
    def township(self, title: str, why: str) -> Art:
        """A newsletter item: two or three paragraphs in traditional letters."""
        self.n += 1
        r = self.r
        say = r.sample(XQ_SAY, 2)
        note = r.sample(XQ_NOTE, 2)
        lines = [
            f"為{why}，{XQ_TOWN}公所近日在{r.choice(XQ_WHERE)}辦理相關工作，"
            f"{say[0]}，預計受惠人數約{self.n * 12 + 40}人。",
            f"{say[1]}。{note[0]}。",
        ]
        if r.random() < 0.5:
            lines.append(f"{note[1]}，洽詢電話：(03)580-{r.randint(1000, 9999)}。")
        return Art(title, lines, list(lines))

    # -- environmental-impact notice
    def eia(self, j: int) -> Art:
        """A second-round EIA public notice: the lead, six ``一、`` sections with their
        paragraphs, the builder and the sign-off date (the title first)."""
        r = self.r
        proj, firm, what = HP_PROJECTS[j]
        agency = r.choice(HP_AGENCY)
        y, m, d = self.date()
        days = r.randint(10, 15)
        title = f"{firm}{proj}环境影响评价第二次公示"
        lines = [
            title,
            f"根据《环境影响评价公众参与办法》的有关规定，{firm}{proj}的环境影响报告书"
            f"（征求意见稿）已编制完成，现将有关信息公示如下：",
            "一、建设项目基本情况",
            f"项目位于{HP_ZONE}{r.choice(HP_PLACES)}，总投资约{r.randint(3, 90) * 100}万元，"
            f"主要建设{what}生产及配套设施，建成后年运行{r.randint(280, 330)}天。",
            "二、征求意见稿全文的网络链接及查阅纸质报告书的方式",
            f"公众可通过本公示附件下载征求意见稿全文，或于工作日到{firm}办公楼二楼环保部"
            f"查阅纸质报告书，查阅时请提前电话预约。",
            "三、征求意见的公众范围",
            f"本次征求意见的公众范围主要为{'、'.join(HP_PUBLIC[:2])}，以及{HP_PUBLIC[2]}。",
            "四、公众意见表的网络链接",
            "公众意见表见本公示附件，公众可下载填写后通过信函或电子邮件等方式提交。",
            "五、公众提出意见的方式和途径",
            f"公众可通过信函、电子邮件或者到建设单位当面递交等方式提出意见，"
            f"环评单位{agency}将对收到的意见进行整理，并在报告书中予以说明。",
            "六、公众提出意见的起止时间",
            f"自本公示发布之日起{days}个工作日内，逾期提交的意见恕不受理。",
        ]
        if j % 3 == 2:
            who = r.sample(["周", "邵", "蔡", "麦", "游", "姜"], 2)
            lines += [
                "七、建设单位和环评单位的联系方式",
                f"建设单位联系人：{who[0]}工，联系电话：0736-8{r.randint(100000, 999999)}；"
                f"环评单位联系人：{who[1]}工，电子邮箱：hp{r.randint(100, 999)}@example.com。",
            ]
        lines += [
            f"建设单位：{firm}",
            f"{y}年{m}月{d}日",
        ]
        meta = {"origin": firm, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)
