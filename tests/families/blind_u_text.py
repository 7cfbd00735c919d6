"""Words and text makers of :mod:`tests.families.blind_families_u` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``u`` families repeats one of the earlier
families.  Every word of the public-comment pages is in GBK (half of them are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# a city justice bureau's public-comment pages (琅汀市司法局 意见征集), HTML UTF-8 / GBK
CITY = "琅汀市"
DRAFTERS = ["琅汀市城市管理局", "琅汀市民政局", "琅汀市市场监督管理局", "琅汀市水利局"]
DRAFTERS += ["琅汀市商务局", "琅汀市文化广电旅游局", "琅汀市住房保障中心", "琅汀市林业局"]
MATTERS = ["户外招牌设置", "养老服务机构", "小餐饮登记", "河道采砂"]
MATTERS += ["预付式消费", "历史建筑保护", "公共租赁住房", "古树名木保护"]
DUTY = ["建立健全巡查台账", "定期开展联合检查", "向社会公开办事流程", "落实属地监管责任"]
DUTY += ["组织业务培训", "受理并及时核查投诉举报"]
DUTY_WHY = ["确保问题早发现、早处置", "并将结果纳入年度考核", "不得推诿拖延", "做到全程留痕可查"]
BAN = ["擅自改变经批准的设置方案", "伪造、涂改相关许可证件", "拒绝、阻挠依法实施的检查"]
BAN += ["以欺骗手段骗取补助资金", "在禁止区域内从事经营活动"]
WHY_BG = ["近年来，随着城市规模持续扩大，{m}领域出现了一些新情况新问题", "我市{m}工作起步较早"]
WHY_BG += ["现行规定出台时间较早，部分条款已难以适应{m}管理的实际需要"]
PROCESS = ["赴周边城市实地考察", "召开企业和群众代表座谈会", "书面征求各区县及市直部门意见"]
PROCESS += ["委托高校法学专家开展论证", "梳理上位法及兄弟城市做法"]

# a university's graduate-admissions site (沄江大学研究生招生信息网), UTF-16 text
UNI = "沄江大学"
ADMITS = [
    "硕士研究生复试录取工作方案",
    "接收推荐免试研究生预报名的通知",
    "硕士研究生招生调剂工作公告",
    "博士研究生“申请—考核”制招生简章",
    "硕士研究生招生考试网上确认公告",
    "优秀大学生暑期夏令营活动的通知",
    "非全日制研究生招生补充说明",
    "研究生招生考试考生须知",
]
AOFFICE = ["沄江大学研究生院", "沄江大学研究生招生办公室"]
AWHO = ["报考我校的全体考生", "拟申请我校推免资格的应届本科毕业生", "有意向调剂至我校的考生"]
AWHO += ["具有硕士学位的在职人员", "已完成网上报名的港澳台考生"]
ADO = ["须在规定时间内登录招生系统完成信息核对", "应按要求上传本人近期免冠证件照"]
ADO += ["须如实填写学习和工作经历", "应提前了解拟报考学院的专业方向", "须按时参加各学院组织的面试"]
ADO += ["应随时关注本网站发布的最新通知"]
ANOTE = ["逾期不再受理", "因个人原因造成的后果由考生本人承担", "具体安排以学院通知为准"]
ANOTE += ["材料一经提交不得更改", "未尽事宜另行通知"]
COLLEGES = ["机械工程学院", "化学与材料学院", "经济管理学院", "外国语学院", "生命科学学院"]
CLASSES = [("哲学", 300, 43, 65), ("经济学", 340, 48, 72), ("法学", 310, 45, 68)]
CLASSES += [("工学", 270, 37, 56), ("理学", 280, 39, 59), ("管理学", 335, 47, 70)]

# a community health service centre's vaccination notices (梧岗街道), GB18030 text
CENTRE = "梧岗街道社区卫生服务中心"
CLINIC = "预防接种门诊"
VACCINES = ["流感疫苗", "23价肺炎球菌多糖疫苗", "九价人乳头瘤病毒疫苗", "带状疱疹疫苗"]
VACCINES += ["水痘疫苗", "麻腮风联合疫苗", "乙肝疫苗", "甲肝疫苗"]
VWHO = ["6月龄以上、无接种禁忌的辖区居民", "年满60周岁的本街道户籍老年人", "9至45周岁的适龄女性"]
VWHO += ["50周岁及以上的居民", "满1周岁且未患过水痘的儿童", "满8月龄及18月龄的适龄儿童"]
VWHO += ["既往未完成全程接种的成年人", "满18月龄的儿童"]
VCARE = ["接种前请如实告知健康状况和过敏史", "接种后须在留观区留观三十分钟", "接种当天注意休息"]
VCARE += ["接种部位当天尽量保持干燥", "如出现持续高热等不适请及时就医", "请全程规范佩戴口罩"]
VWHERE = ["本中心门诊楼二楼", "樟林路社区卫生服务站", "本中心新建综合楼一层东侧"]
VWHY = ["为进一步提高辖区居民免疫水平", "根据市疾控中心工作部署", "为方便辖区群众就近接种"]

# a county tourism bureau's travel guides (霁川文旅), HTML UTF-8 with BOM
BUREAU = "霁川县文化和旅游局"
SPOTS = ["雾溪古镇", "千层梯田", "枫回谷", "云栖茶园", "白鹭洲湿地公园", "石鼓老街"]
SPOTS += ["望月岭", "桃溪村"]
GUIDES = ["春日踏青｜霁川这{k}处好风光，总有一处等你", "周末去哪儿？霁川{k}个小众宝藏地"]
GUIDES += ["秋色正浓｜跟着这份攻略打卡霁川{k}大赏秋地", "带娃出游不踩坑，霁川{k}个亲子好去处"]
SEEN = ["站在观景台上远眺", "清晨薄雾还未散去时", "傍晚夕阳斜照的时候", "雨后初晴的日子里"]
SEEN += ["一路走走停停"]
VIEW = [
    ["两岸白墙黛瓦倒映在水面上", "石拱桥下不时有乌篷船摇过", "临河的茶馆里飘出评弹声"],
    ["层层叠叠的田埂像大地的指纹", "灌满水的梯田映着天光", "山腰的村寨炊烟袅袅"],
    ["满山枫叶红得发亮", "谷底的溪水清澈见底", "林间小路铺满了落叶"],
    ["成片的茶垄绿得晃眼", "采茶人的竹篓在茶垄间起伏", "山顶的茶亭可以俯瞰整片茶园"],
    ["成群的白鹭贴着水面掠过", "芦苇荡随风起伏", "木栈道一直伸进湿地深处"],
    ["老字号的招幌在风里轻轻摇晃", "青石板路被岁月磨得发亮", "打铁铺里叮当声不断"],
    ["远处的群山层层叠叠", "山顶的云海翻涌不息", "月亮从山口缓缓升起"],
    ["溪边的桃树开得正盛", "村口的老樟树撑开一片浓荫", "家家户户门前晒着腊货"],
]
LIKE = ["让人忍不住放慢脚步", "随手一拍都是明信片", "难怪每到周末游客络绎不绝"]
LIKE += ["适合带上相机消磨一整个下午", "连本地人也常常专程前来"]
TAIL = ["整条线路走下来大约需要{n}个小时", "建议预留{n}个小时慢慢逛", "最佳游览季节在每年{n}月前后"]
EAT = ["笋干烧肉", "石磨豆花", "野菜粑粑", "茶香鸡", "溪鱼汤", "麦芽糖饼"]


class GenU(GenO):
    """Text makers for the ``u`` families (deterministic from the seed)."""

    # -- the draft and its explanation
    def draft(self, j: int) -> tuple[Art, Art]:
        """A draft regulation (``第N章`` chapters, ``第N条`` clauses, a ``（一）`` list)
        and its drafting explanation (four ``一、`` sections, a ``（一）`` list)."""
        r = self.r
        y, m, d = self.date()
        matter = MATTERS[j]
        name = f"{CITY}{matter}管理办法"
        title = f"{name}（征求意见稿）"
        lines: list[str] = []
        k = 0
        for c, chap in enumerate(["总则", "管理职责", "监督检查", "附则"], 1):
            lines.append(f"第{cn_small(c)}章　{chap}")
            for n in range(2 if c < 4 else 1):
                k += 1
                if k == 1:
                    text = f"为了加强{matter}管理，维护公共利益和当事人合法权益，根据有关法律法规，结合本市实际，制定本办法。"  # noqa: E501
                elif c == 4:
                    text = f"本办法自{y + (m == 12)}年{m % 12 + 1}月1日起施行。"
                elif c == 3 and n == 1:
                    lines.append(f"第{cn_small(k)}条　任何单位和个人不得有下列行为：")
                    bans = r.sample(BAN, 3)
                    lines += [f"（{cn_small(b)}）{x}；" for b, x in enumerate(bans[:2], 1)]
                    lines.append(f"（三）{bans[2]}。")
                    continue
                else:
                    who = r.choice([f"市{DRAFTERS[j][3:]}", "各区（县）人民政府", "街道办事处"])
                    text = f"{who}应当{r.choice(DUTY)}，{r.choice(DUTY_WHY)}，每年向市人民政府报告{matter}工作情况不少于{k}次。"  # noqa: E501
                lines.append(f"第{cn_small(k)}条　{text}")
        meta = {"published": iso(y, m, d), "issuer": DRAFTERS[j]}
        a = Art(title, lines, list(lines), dict(meta))
        proc = r.sample(PROCESS, 3)
        ex = [
            "一、起草背景",
            f"{r.choice(WHY_BG).format(m=matter)}，群众反映较为集中。为回应社会关切，有必要制定专门的规范性文件，进一步明确各方责任。",
            "二、起草过程",
            f"起草过程中，我局先后{proc[0]}，{proc[1]}，并{proc[2]}，在此基础上形成了征求意见稿。",
            "三、主要内容",
            f"《办法》共四章{k}条，主要包括以下内容：",
            f"（一）明确适用范围。规定本市行政区域内{matter}及其监督管理活动适用本办法。",
            f"（二）理顺管理职责。明确{DRAFTERS[j][3:]}为主管部门，相关部门按照各自职责做好配合工作。",
            "（三）强化监督检查。列举了禁止性行为，并对投诉举报的受理和处置作出规定。",
            "四、需要说明的问题",
            f"关于过渡期安排，考虑到部分经营主体需要时间整改，《办法》设置了{r.randint(3, 6)}个月的过渡期，过渡期内以指导和教育为主。",  # noqa: E501
        ]
        b = Art(f"关于《{title}》的起草说明", ex, list(ex), dict(meta))
        return a, b

    # -- the admissions notice
    def apara(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(AWHO)}{r.choice(ADO)}，第{self.n}阶段材料截止后{r.choice(ANOTE)}。"

    def admit(self, j: int, office: str, table: bool) -> Art:
        """An admissions notice: an intro, ``一、`` sections with ``（一）`` items, (if
        ``table``) a score-line table of full-width-space cells, a contact line."""
        r = self.r
        y, m, d = self.date()
        year = y + 1
        title = f"{UNI}{year}年{ADMITS[j]}"
        lines = [
            f"根据教育部{year}年全国硕士研究生招生工作管理规定，结合我校实际，现将有关事项通知如下：",
            "一、基本要求",
            self.apara() + self.apara(),
        ]
        if table:
            lines += [
                "二、复试基本分数线",
                "学科门类　总分　单科（满分=100分）　单科（满分>100分）",
            ]
            for name, tot, s1, s2 in r.sample(CLASSES, 4):
                lines.append(f"{name}　{tot + r.randint(-5, 5)}　{s1}　{s2}")
        else:
            lines += ["二、时间安排", self.apara()]
        lines += [
            "三、具体办法",
            f"（一）各学院应于{m}月{d}日前公布本单位实施细则，{r.choice(ANOTE)}。",
            f"（二）{r.choice(COLLEGES)}等单位可结合学科特点增加专业能力考查，{r.choice(ANOTE)}。",
            f"（三）{self.apara()}",
            "四、其他事项",
            self.apara(),
            f"联系人：{r.choice(['林', '顾', '柯', '欧阳'])}老师　联系电话：0577-8{r.randint(1000000, 9999999)}",  # noqa: E501
        ]
        meta = {"published": iso(y, m, d), "issuer": office}
        return Art(title, lines, list(lines), meta)

    # -- the vaccination notice
    def vaccine(self, j: int) -> Art:
        """A vaccination notice: salutation, an intro, four ``一、`` sections (with
        ``1．`` cautions), ``特此通知。`` (the sign-off is added by the page maker)."""
        r = self.r
        y, m, d = self.date()
        vac = VACCINES[j]
        who = VWHO[j]
        lines = [
            "各位居民朋友：",
            f"{r.choice(VWHY)}，本中心将于{m}月{d + 1}日起开展{vac}接种工作，现将有关事项通知如下：",  # noqa: E501
            "一、接种对象",
            f"{who}，自愿、知情并签署知情同意书后接种，每人每天限约一次，名额满后顺延至下周。",
            "二、接种时间",
            "每周二至周六上午8:00—11:30，下午14:00—16:30（法定节假日除外）。",
            "三、接种地点",
            f"{r.choice(VWHERE)}，请按现场指示牌前往候种区，排队时与他人保持一米以上距离。",
            "四、注意事项",
            *(f"{k}．{x}；" for k, x in enumerate(r.sample(VCARE, 3), 1)),
            f"本次接种所需费用按照{CITY}现行收费标准执行，符合免费政策的对象请携带相关证明材料办理。",
            f"咨询电话：0595-2{r.randint(100000, 999999)}（工作日上班时间）",
            "特此通知。",
        ]
        title = f"关于开展{vac}接种工作的通知"
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": CENTRE})

    # -- the travel spot
    def scene(self, j: int) -> str:
        self.n += 1
        r = self.r
        tail = TAIL[self.n % 3].format(n=self.n % 3 + 2 + 2 * (self.n % 3 == 2))
        return f"{r.choice(SEEN)}，{r.choice(VIEW[j])}，{r.choice(LIKE)}，{tail}。"

    def spot(self, j: int, *, long: bool) -> Art:
        """A spot: paragraphs and the visitor rows (``地址：`` / ``开放时间：`` / ``门票：``
        / ``交通：``) and a ``推荐美食：`` line, all content."""
        r = self.r
        name = SPOTS[j]
        lines = [self.scene(j) + self.scene(j), self.scene(j)]
        if long:
            lines += [self.scene(j) + self.scene(j)]
        lines += [
            f"地址：霁川县{r.choice(['雾溪乡', '青枫镇', '桃源街道', '石鼓镇'])}{name[:2]}村",
            f"开放时间：{r.choice(['全天开放', '08:00—17:30', '08:30—18:00（17:00停止入园）'])}",
            f"门票：{r.choice(['免费', '成人40元，1.2米以下儿童免票', '成人25元，60周岁以上老人半价'])}",  # noqa: E501
            f"交通：县城客运站乘坐{r.randint(3, 19)}路公交车约{r.randint(20, 60)}分钟可达，自驾可导航至游客中心停车场。",  # noqa: E501
            f"推荐美食：{'、'.join(r.sample(EAT, 2))}",
        ]
        return Art(name, lines, list(lines))
