"""Words and text makers of :mod:`tests.families.blind_families_yl` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yl`` families repeats one of the earlier
families.  The provident fund's answers are in GB18030, the hospital's doctor pages in
Big5 (cp950, traditional letters).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a housing provident fund centre's policy Q&A (澄州), print view, GB18030 --------------------
WD_CENTRE = "澄州住房公积金管理中心"
# category -> (page head word, [(question, tags, answer facts)])
WD_CATS = {
    "提取": [
        ("在本市无房租房，每年可以提取几次住房公积金？", "租房提取 / 无房证明", "每年可提取一次"),
        ("退休后提取住房公积金需要带哪些材料？", "退休提取 / 销户", "凭身份证和退休证明办理"),
        ("偿还商业贷款能否按月提取住房公积金？", "还贷提取 / 按月委托", "可签订按月委托提取协议"),
        ("为父母购房可以提取本人的住房公积金吗？", "购房提取 / 直系亲属", "须提供亲属关系证明"),
        ("离职后多久可以办理住房公积金销户提取？", "离职提取 / 封存", "封存满半年后方可办理"),
        ("加装电梯的费用能否用住房公积金支付？", "加装电梯 / 老旧小区", "按实际分摊金额提取"),
    ],
    "贷款": [
        ("第二次申请住房公积金贷款首付比例是多少？", "二套房 / 首付", "首付比例不低于三成"),
        ("夫妻双方都缴存，最高能贷多少？", "贷款额度 / 双职工", "最高额度为七十万元"),
        ("住房公积金贷款可以提前部分还款吗？", "提前还款 / 部分还款", "每年可提前还款两次"),
        ("异地缴存职工能在本市申请贷款吗？", "异地贷款 / 缴存证明", "须提供缴存地出具的证明"),
        ("贷款审批一般需要多长时间？", "贷款审批 / 放款时限", "材料齐全后十个工作日内办结"),
        ("商业贷款可以转为住房公积金贷款吗？", "商转公 / 贴息", "符合条件的可申请商转公"),
    ],
    "缴存": [
        (
            "灵活就业人员怎样开立住房公积金个人账户？",
            "自愿缴存 / 灵活就业",
            "可通过网上大厅自行开户",
        ),
        ("单位缴存比例可以低于百分之五吗？", "缴存比例 / 困难企业", "经批准可降低缴存比例"),
        ("新入职员工从哪个月开始缴存住房公积金？", "新职工缴存 / 缴存基数", "自入职次月起开始缴存"),
        ("单位漏缴的住房公积金能否补缴？", "补缴 / 漏缴", "单位可为职工办理补缴"),
        ("住房公积金缴存基数每年什么时候调整？", "基数调整 / 年度", "每年七月统一调整"),
        ("个人账户信息有误应当怎样更正？", "信息变更 / 身份证号", "由单位经办人提交变更申请"),
    ],
    "异地": [
        ("调到外地工作，住房公积金怎样转移过去？", "异地转移 / 转入地", "向转入地中心申请转移接续"),
        ("在外地购房能否提取本市缴存的住房公积金？", "异地购房 / 提取", "凭购房合同和发票申请提取"),
        ("外地缴存的公积金能否用于本市还贷？", "异地还贷 / 缴存地", "须由缴存地中心出具缴存证明"),
        ("两地都有住房公积金账户怎样合并？", "账户合并 / 重复开户", "应将两地账户合并为一个"),
        (
            "港澳台同胞在本市工作能缴存住房公积金吗？",
            "港澳台开户 / 有效证件",
            "可持有效证件由单位办理开户",
        ),
    ],
}
WD_DEPTS = ["归集管理科", "信贷管理科", "提取审核科", "政策法规科", "城南管理部", "客户服务中心"]
WD_CHANNEL = ["中心网上服务大厅", "澄州公积金手机客户端", "各管理部服务窗口", "12329服务热线"]
WD_WHY = [
    "根据中心现行的管理办法及其实施细则",
    "按照本年度住房公积金政策调整的有关规定",
    "依据中心关于进一步优化业务办理流程的通知",
]
WD_TAIL = [
    "具体以系统审核结果为准，申请人应如实填报个人信息并对所提交材料的真实性负责",
    "不符合条件的申请将在审核环节退回，并告知申请人退回原因",
    "同一笔业务在审核期间不得重复提交，以免影响办理进度",
]
WD_MORE = [
    "须本人到场或通过实名认证的线上渠道申请，委托他人办理的还应提供委托书",
    "所需的材料应为原件，复印件须由经办人核对后签字确认",
    "办理时如职工还存在未结清的住房公积金贷款，应先与贷款经办网点核对还款情况",
    "中，对提供虚假材料骗提骗贷的，中心将依法追回资金并记入个人失信记录",
]

# -- a county power supply company's weekly planned-outage notices (岭溪), UTF-16 -------------
TD_COMPANY = "岭溪县供电有限公司"
TD_STATIONS = ["城关供电所", "岭下供电所", "白沙供电所", "东坑供电所", "桥头供电所"]
# (line, branch)
TD_LINES = [
    ("10千伏岭下线", "后山支线"),
    ("10千伏东坑线", "茶厂分支"),
    ("10千伏白沙线", "沙洲村支线"),
    ("10千伏工业园Ⅱ回线", "园区北路分段"),
    ("10千伏桥头线", "水口支线"),
    ("10千伏城西线", "新市街分支"),
    ("10千伏石门线", "石门水库支线"),
    ("10千伏梅岭线", "上坪村支线"),
    ("10千伏溪口线", "溪口小学分支"),
]
TD_PLACES = ["一组至三组", "后山茶厂", "沿线零散用户", "镇卫生院", "村委会", "砂石场"]
TD_PLACES += ["农贸市场", "加油站", "中心小学", "养殖场"]
TD_WORK = [
    "更换老旧水泥电杆六基，加装柱上智能断路器一台",
    "清理线路通道内超高树木，消除树线矛盾隐患",
    "对配电变压器进行增容改造，解决夏季用电高峰低电压问题",
    "迁移配合道路拓宽工程的线路杆塔，恢复正常供电方式",
    "更换破损绝缘子和老化导线，提高线路绝缘水平",
]
TD_ASK = [
    "请提前做好生产生活安排，确需保电的重要客户请自备应急电源",
    "在停电期间请将线路设备视为带电设备，严禁攀爬电杆或在线路下方作业",
    "应知晓如工作提前完成将随时恢复送电，恕不另行通知，请勿私自接线用电",
]
TD_MEN = ["韦工", "覃工", "莫工", "黄工", "蓝工"]

# -- a city TV station's daily programme guide (鹤川), HTML --------------------------------------
JM_STATION = "鹤川广播电视台"
# (column, episode title, subject)
JM_SHOWS = [
    ("《岭上人家》", "茶山来了年轻人", "三名返乡青年承包荒废茶园"),
    ("《鹤川故事》", "老街的最后一家修表铺", "一位七旬修表师傅坚守老店"),
    ("《健康有约》", "春季过敏高发怎么防", "市人民医院医生讲解过敏防护"),
    ("《田间课堂》", "脐橙保花保果有妙招", "农技专家走进果园现场教学"),
    ("《法治鹤川》", "一份遗嘱引发的家庭纠纷", "调解员帮助兄妹化解多年心结"),
    ("《美食地图》", "寻味江边早茶", "记者凌晨跟拍早茶师傅备料"),
    ("《少年说》", "我们班的自然角", "小学生用一学期观察蚕的一生"),
    ("《鹤川记忆》", "一座桥和一座城", "老照片里的鹤川大桥建设往事"),
    ("《创业路上》", "竹编走出大山", "非遗传承人带领村民做竹编电商"),
    ("《百姓大舞台》", "社区合唱团的春天", "退休职工组建合唱团参加比赛"),
]
JM_DIRECTORS = ["邝明轩", "甘晓雯", "阮志刚", "钟若宁", "韩嘉树", "麦丽芬"]
JM_HOSTS = ["叶青", "罗一帆", "苏晴", "何子谦"]
JM_SEEN = [
    "摄制组历时两个月跟踪拍摄",
    "节目组深入一线蹲点采访",
    "镜头记录下了许多鲜为人知的细节",
]
JM_TURN = [
    "其间遇到的困难一度让人想要放弃",
    "当地干部群众也给予了不少帮助",
    "这些变化被身边的人一点一点看在眼里",
]
JM_OPEN = [
    "从最初的怀疑到后来的坚持",
    "回看这一路走来的点点滴滴",
    "在一次次尝试与调整之中",
    "面对突如其来的新问题",
]
JM_ASK = [
    "他们能否走出一条新路，答案就在节目里",
    "故事的结局或许会让您感到意外",
    "跟随镜头一起去寻找答案",
]
JM_DAYPARTS = [
    "06:00　早安鹤川",
    "07:30　鹤川新闻（重播）",
    "09:00　电视剧：山城往事（18-20）",
    "12:00　午间新闻",
    "13:10　电视剧：春风渡（5-7）",
    "17:30　少儿动画剧场",
    "18:30　鹤川新闻联播",
    "22:30　晚间新闻",
]

# -- a Taiwan hospital's doctor profiles (嘉平), HTML, Big5 -------------------------------------
YS_HOSPITAL = "財團法人嘉平基督教醫院"
# (department, [specialties], [advice sentences])
YS_DEPTS = [
    (
        "心臟血管內科",
        ["高血壓及高血脂診治", "心律不整", "冠狀動脈心導管檢查及治療", "心臟超音波"],
    ),
    ("胃腸肝膽科", ["胃鏡及大腸鏡檢查", "慢性B型及C型肝炎", "胃食道逆流", "膽道結石"]),
    ("神經內科", ["腦中風急性期治療", "頭痛及眩暈", "失智症評估", "巴金森氏症"]),
    ("小兒科", ["新生兒照護", "兒童過敏氣喘", "兒童生長發育評估", "預防接種諮詢"]),
    ("骨科", ["人工膝關節置換", "運動傷害", "骨質疏鬆症", "脊椎退化性疾病"]),
    ("家庭醫學科", ["成人健康檢查", "戒菸門診", "慢性病整合照護", "旅遊醫學"]),
    ("皮膚科", ["異位性皮膚炎", "乾癬", "皮膚腫瘤切除", "青春痘及疤痕治療"]),
    ("耳鼻喉科", ["過敏性鼻炎", "睡眠呼吸中止症", "中耳炎", "頭頸部腫瘤篩檢"]),
]
YS_NAMES = ["林建宏", "陳怡君", "黃冠廷", "吳佩珊", "蔡明哲", "鄭雅文", "許志偉", "劉淑惠"]
YS_NAMES += ["楊承翰", "蘇芳儀", "謝宗霖", "洪欣怡"]
YS_MATES = ["王思穎", "李建志", "張馨文", "周柏宇", "高婉婷", "江俊傑", "廖怡萱", "曾國樑"]
YS_RANKS = ["主治醫師", "主治醫師", "科主任", "主任醫師"]
YS_SCHOOLS = ["國立嘉平大學醫學系", "私立中和醫學大學醫學系", "國立南華大學臨床醫學研究所碩士"]
YS_JOBS = [
    "嘉平基督教醫院住院醫師",
    "南區區域醫院總醫師",
    "國立大學附設醫院研究醫師",
    "嘉平縣衛生局醫療諮詢委員",
    "美國加州州立大學醫學中心進修",
]
YS_CARE = [
    "看診時我習慣先花幾分鐘聽病人把不舒服的地方說清楚",
    "許多慢性病的控制靠的是長期規律的追蹤",
    "我常提醒病人不要自行停藥或增減藥量",
]
YS_HOPE = [
    "希望每一位走進診間的朋友都能帶著安心離開",
    "也歡迎家屬一起陪同就診，共同討論治療方式",
    "若有任何疑問，都可以在下次回診時提出來討論",
]
YS_SLOTS = ["週一上午", "週一下午", "週二上午", "週三下午", "週四上午", "週四夜間", "週五上午"]
YS_SLOTS += ["週六上午"]
YS_BUILDINGS = ["第一醫療大樓二樓", "第二醫療大樓一樓", "門診大樓三樓"]


class GenYL(GenO):
    """Text makers for the ``yl`` families (deterministic from the seed)."""

    # -- provident fund Q&A
    def answer(self, q: tuple[str, str, str], dept: str) -> Art:
        """One answer: ``答：`` with the rule, a second paragraph and a channel line; origin
        the answering section, published its answer day."""
        r = self.r
        question, tags, fact = q
        self.n += 1
        lines = [
            f"答：{r.choice(WD_WHY)}，{fact}，{r.choice(WD_TAIL)}。",
            f"需要注意的是，{tags.split(' / ')[0]}业务{r.choice(WD_MORE)}，审核通过后一般在"
            f"{r.randint(2, 5)}个工作日内办结，结果将以短信告知申请人。",
            f"办理渠道：{tags.split(' / ')[0]}业务可通过{'、'.join(r.sample(WD_CHANNEL, 2))}办理。",
        ]
        y, m, d = self.date()
        return Art(question, lines, list(lines), {"origin": dept, "published": iso(y, m, d)})

    # -- planned outage
    def outage(self, line: tuple[str, str], station: str) -> Art:
        """One outage: 停电范围 / 工作内容 / 温馨提示 lines; origin the supply station."""
        r = self.r
        name, branch = line
        self.n += 1
        where = "、".join(r.sample(TD_PLACES, 3))
        lines = [
            f"停电范围：{branch}所带{where}，涉及公用变压器{r.randint(2, 14)}台。",
            f"工作内容：{r.choice(TD_WORK)}，本次工作结束后{branch}供电可靠性将进一步提高。",
            f"温馨提示：{branch}沿线客户{r.choice(TD_ASK)}，给您带来的不便敬请谅解。",
        ]
        return Art(f"{name}{branch}计划停电", lines, list(lines), {"origin": station})

    # -- TV programme highlight
    def show(self, s: tuple[str, str, str], director: str) -> Art:
        """One highlight: two synopsis paragraphs and the rerun line; author the director."""
        r = self.r
        _col, ep, what = s
        self.n += 1
        turn = r.sample(JM_TURN, 2)
        lines = [
            f"{what}，{r.choice(JM_SEEN)}，{turn[0]}，"
            f"节目播出前已有{self.n * 13 + r.randint(40, 90)}位观众在线预约收看。",
            f"{r.choice(JM_OPEN)}，{turn[1]}。欢迎收看本期《{ep}》，{r.choice(JM_ASK)}。",
        ]
        return Art(ep, lines, list(lines), {"author": director})

    # -- doctor profile
    def doctor(self, i: int, name: str, dept: tuple[str, list[str]]) -> Art:
        """A doctor's profile: 專長 / 學歷 / 經歷 / 醫師的話 / 門診時間 heads and their
        lines; origin the department."""
        r = self.r
        self.n += 1
        slots = sorted(r.sample(range(len(YS_SLOTS)), 3))
        lines = ["專長", *r.sample(dept[1], 3), "學歷", *r.sample(YS_SCHOOLS, 1 + i % 2)]
        lines += ["經歷", *r.sample(YS_JOBS, 3), "醫師的話"]
        lines += [
            f"{r.choice(YS_CARE)}，{dept[0]}的疾病往往和生活習慣息息相關，"
            f"因此除了用藥之外，我也會和病人一起擬定飲食與運動計畫。",
            f"行醫{r.randint(8, 30)}年來，{r.choice(YS_HOPE)}，讓治療成為醫病雙方共同的決定。",
            "門診時間",
        ]
        lines += [
            f"{YS_SLOTS[k]}　第{r.randint(1, 12)}診　（{r.choice(YS_BUILDINGS)}）" for k in slots
        ]
        y, m, d = self.date()
        return Art(name, lines, list(lines), {"origin": dept[0], "published": iso(y, m, d)})
