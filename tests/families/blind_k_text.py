"""Words and text makers of :mod:`tests.families.blind_families_k` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``k``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, cn_small, iso

# a model-essay library of duty reports (述职报告)
POSTS = ["办税服务厅副主任", "社区卫生服务站站长", "小学教务处主任", "街道执法中队队长"]
POSTS += ["供电所营销班班长", "图书馆采编部主任", "粮库保管科科长", "车间专职安全员"]
UNITS = ["鹭湾区税务分局", "梧台街道社区卫生服务中心", "青石镇中心小学", "东渚街道综合执法队"]
UNITS += ["柘浦供电所", "岚城市图书馆", "北坪粮食储备库", "远帆机械厂"]
SECTORS = ["税务系统", "医疗卫生", "教育教学", "城市管理", "电力行业", "文化场馆", "粮食储备"]
SECTORS += ["工矿企业"]
REPORTERS = ["林砚秋", "沈知远", "顾晴川", "陆一苇", "方若溪", "唐慕白"]
OPEN_S = ["任职以来我始终把学习放在首位", "这一年我主要分管日常运转工作"]
OPEN_S += ["按照年初签订的目标责任书", "在班子成员的支持和帮助下"]
DID = ["牵头修订了岗位操作手册", "每月组织一次业务复盘会", "带头参加节假日值守"]
DID += ["推动窗口实行预约错峰", "建立了问题清单销号制度", "主动对接上级业务科室"]
GOT = ["群众等候时间明显缩短", "差错率比上年下降了一半", "年度考核位列系统前三"]
GOT += ["全年没有发生责任事故", "先后收到表扬信十余封"]
WEAK = ["理论学习的系统性还不够", "对新业务的钻研深度不足", "统筹协调时偶有顾此失彼"]
WEAK += ["创新意识有待进一步增强"]
PLAN = ["坚持每周抽出半天集中学习", "把精细化管理落到每个环节", "多向兄弟单位请教取经"]
PLAN += ["带好新入职的年轻同事"]

# a contract-template site (合同范本)
CONTRACTS = ["房屋租赁合同", "家政服务合同", "车辆租赁合同", "二手设备买卖合同"]
CONTRACTS += ["家庭装修施工合同", "仓储保管合同", "软件开发委托合同", "展览场地使用合同"]
PARTIES = [("出租方", "承租方"), ("委托方", "服务方"), ("出租方", "承租方"), ("出卖人", "买受人")]
PARTIES += [("发包方", "承包方"), ("存货方", "保管方"), ("委托方", "开发方"), ("提供方", "使用方")]
CATS = ["房产租赁", "生活服务", "交通运输", "买卖交易", "建筑装修", "物流仓储", "技术服务"]
CATS += ["会展活动"]
VARIANTS = ["通用版", "个人版", "简易版", "示范文本"]
FIRMS = ["明衡律师事务所", "立岸律师事务所", "正澄律师事务所", "禾丰法务工作室"]
CLAUSES = ["标的与用途", "合同期限", "价款及支付方式", "双方的权利义务", "违约责任"]
CLAUSES += ["争议解决", "其他约定"]
SIDE = ["甲方", "乙方", "双方"]
VERB = ["应当按期交付", "应妥善保管", "须在三日内书面告知对方", "不得擅自转让", "应如实提供"]
OBJ = ["约定的标的物", "相关票据及凭证", "钥匙与门禁卡", "验收记录", "履约保证金收据"]
COND = ["如遇不可抗力可相应顺延", "逾期每日按未付金额千分之三支付违约金"]
COND += ["经对方书面同意后方可变更", "因此造成的损失由过错方承担"]

# a lesson-plan site (教案 / 说课稿)
TEXTS = ["荷塘边的早晨", "外婆的纸鸢", "会唱歌的石头", "小木桥", "蒲公英的旅行"]
TEXTS += ["灯塔守望者", "一只倔强的蜗牛", "雪夜送炭"]
PLANKIND = ["第一课时教学设计", "说课稿", "第二课时教案", "公开课教学设计"]
GRADES = ["三年级", "四年级", "五年级", "六年级"]
TEACHERS = ["林晓禾", "许青蔓", "周书言", "何暮云"]
AIM = ["认识本课生字新词", "体会作者细腻的情感", "学习借景抒情的写法", "能有感情地朗读课文"]
AIM += ["能用自己的话复述故事"]
TEACH = ["教师出示课文插图", "学生自由朗读课文", "小组合作圈画关键词", "指名学生分角色朗读"]
TEACH += ["引导学生联系生活实际"]
SO = ["以此激发学习兴趣", "为后文学习做好铺垫", "让学生在读中感悟", "培养学生的表达能力"]
REFLECT = ["本节课总体达成了预设目标", "个别学生朗读时情感把握不准"]
REFLECT += ["课堂时间分配略显前松后紧", "小组讨论环节还可以再放开一些"]
BOARD = ["晨雾", "荷叶", "露珠", "纸鸢", "春风", "石头", "歌声", "木桥", "种子", "灯光"]

# an emergency-plan library (应急预案)
AREAS = ["岚山区", "溪口镇", "柳汀街道", "北泽县"]
EVENTS = ["防汛防台风", "森林火灾", "地质灾害", "危险化学品泄漏", "大面积停电", "城市内涝"]
EVENTS += ["雨雪冰冻灾害", "燃气安全事故"]
KINDS = ["自然灾害类", "自然灾害类", "自然灾害类", "事故灾难类", "事故灾难类", "自然灾害类"]
KINDS += ["自然灾害类", "事故灾难类"]
WHEN = ["接到预警信息后", "汛期来临前", "事发后第一时间", "每年开展演练时"]
WHO = ["各村（社区）", "指挥部办公室", "各成员单位", "抢险救援队伍", "网格巡查员"]
DO = ["立即启动值班值守", "组织人员转移安置", "核实并上报灾情", "开展隐患排查", "调配抢险物资"]
HOW = ["实行二十四小时轮岗", "做到信息日报告", "落实包保责任到人", "按照分级负责原则处置"]
GOAL = ["人员安全", "群众生命财产安全", "事态得到有效控制", "物资及时到位"]
TEAMS = ["综合协调组", "抢险救援组", "医疗救护组", "后勤保障组", "宣传报道组"]


class GenK(Gen):
    """Text makers for the ``k`` families (deterministic from the seed)."""

    # -- duty reports
    def duty(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(OPEN_S)}，{r.choice(DID)}，{r.choice(GOT)}，全年累计走访服务对象{self.n + 60}人次。"  # noqa: E501

    def report(self, post: str, *, signed: bool = True) -> Art:
        """A duty report: salutation, ``一、`` sections, ``1．`` shortcomings, the closing
        request and, if ``signed``, ``述职人：X`` and a Chinese-numeral date (one article)."""
        r = self.r
        y, m, d = self.date()
        title = f"{post}{y - 1}年度述职报告"
        lines = ["各位领导、同事们：", self.duty() + self.duty(), "一、履职基本情况"]
        lines += [self.duty(), self.duty() + self.duty(), "二、存在的不足"]
        lines += [f"{k}．{w}；" for k, w in enumerate(r.sample(WEAK, 2), 1)]
        lines[-1] = lines[-1][:-1] + "。"
        self.n += 1
        a, b = r.sample(PLAN, 2)
        plan = f"新的一年，我将{a}，{b}，力争各项指标再上一个台阶，第{self.n}项任务按季度对账。"
        lines += ["三、下一步打算", plan]
        lines.append("以上述职，请予评议。")
        if signed:
            lines += [f"述职人：{r.choice(REPORTERS)}", cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- contract templates
    def clause(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SIDE)}{r.choice(VERB)}{r.choice(OBJ)}，{r.choice(COND)}，具体以本合同附件{self.n % 9 + 1}所列清单为准。"  # noqa: E501

    def contract(self, j: int, variant: str, *, clauses: int = 5) -> Art:
        """A contract template: the two party lines with blanks, a preamble, ``第N条``
        clauses (one with ``1.`` sub-items), ``（以下无正文）`` and the signature block
        (one article, never split)."""
        name = CONTRACTS[j]
        title = f"{name}（{variant}）"
        p1, p2 = PARTIES[j]
        lines = [f"甲方（{p1}）：________________", f"乙方（{p2}）：________________"]
        deal = f"就{name[:-2]}事宜订立本合同，以资共同遵守。"
        lines.append(f"甲乙双方依据有关法律法规，在平等自愿、协商一致的基础上，{deal}")
        for c, head in enumerate(CLAUSES[:clauses], 1):
            lines.append(f"第{cn_small(c)}条　{head}")
            if c == 3:
                lines += [f"{k}. {self.clause()[:-1]}；" for k in (1, 2)]
                lines[-1] = lines[-1][:-1] + "。"
            else:
                lines.append(self.clause() + self.clause())
        lines += ["（以下无正文）", "甲方（签章）：　　　　　　乙方（签章）："]
        lines.append("签订日期：______年____月____日")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- lesson plans
    def step(self) -> str:
        self.n += 1
        r = self.r
        a, b = r.sample(TEACH, 2)
        return f"{a}，{b}，{r.choice(SO)}，本环节预计用时{self.n % 7 + 4}分钟。"

    def lesson(self, text: str, kind: str, *, steps: int = 3) -> Art:
        """A lesson plan: ``【教学目标】`` with ``1．`` aims, ``【教学重难点】``,
        ``【教学过程】`` with ``环节一：`` steps, the ``【板书设计】`` lines and
        ``【教学反思】`` (one article, never split)."""
        r = self.r
        lines = ["【教学目标】"]
        lines += [f"{k}．{a}；" for k, a in enumerate(r.sample(AIM, 3), 1)]
        lines[-1] = lines[-1][:-1] + "。"
        lines += ["【教学重难点】", self.step(), "【教学过程】"]
        names = ["情境导入", "初读感知", "精读品味", "拓展延伸"]
        for k in range(steps):
            lines += [f"环节{cn_small(k + 1)}：{names[k]}", self.step() + self.step()]
        words = r.sample(BOARD, 3)
        lines += ["【板书设计】", text, " → ".join(words), "【教学反思】"]
        a, b = r.sample(REFLECT, 2)
        lines.append(f"{a}，{b}，下次执教时准备再调整一处细节。")
        y, m, d = self.date()
        return Art(f"《{text}》{kind}", lines, list(lines), {"published": iso(y, m, d)})

    # -- emergency plans
    def act(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WHEN)}，{r.choice(WHO)}{r.choice(DO)}，{r.choice(HOW)}，确保{r.choice(GOAL)}，本级储备点共{self.n + 10}处。"  # noqa: E501

    def plan(self, area: str, event: str, *, signed: bool = True) -> Art:
        """An emergency plan: ``1 总则`` / ``1.1 编制目的`` numbered sections, ``（1）``
        team items, the closing article and, if ``signed``, the issuer and a
        Chinese-numeral date (one article, never split)."""
        r = self.r
        org = f"{area}应急管理局"
        y, m, d = self.date()
        no = f"{area[0]}应急〔{y}〕{r.randint(2, 40)}号"
        lines = ["1 总则", "1.1 编制目的", self.act() + self.act(), "1.2 适用范围"]
        lines += [f"本预案适用于{area}行政区域内{event}的预防和应对工作。"]
        lines += ["2 组织体系", self.act()]
        teams = r.sample(TEAMS, 3)
        lines += [f"（{k}）{t}：{self.act()[:-1]}；" for k, t in enumerate(teams, 1)]
        lines[-1] = lines[-1][:-1] + "。"
        lines += ["3 预警与响应", "3.1 预警分级", self.act(), "3.2 应急响应"]
        lines += [self.act() + self.act(), "4 附则", f"本预案由{org}负责解释，自印发之日起实施。"]
        if signed:
            lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(f"{area}{event}应急预案", lines, list(lines), meta)


__all__ = [
    "AREAS",
    "CATS",
    "CONTRACTS",
    "EVENTS",
    "FIRMS",
    "GRADES",
    "KINDS",
    "PLANKIND",
    "POSTS",
    "SECTORS",
    "TEACHERS",
    "TEXTS",
    "UNITS",
    "VARIANTS",
    "GenK",
]
