"""Words and text makers of :mod:`tests.families.blind_families_q` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder, the date queue and the clock those of :mod:`tests.families.blind_o_text`;
the vocabulary is new so that no sentence of the ``q`` families repeats one of the earlier
families.  The serial novel's words are all in GB2312 (its pages are GB2312-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a serial-novel site (青简书屋), GB2312
BOOKS = ["河岸灯火", "北镇往事", "雾港来信", "山那边的灯塔"]
NAUTH = ["沈砚舟", "陆听澜", "秦半夏", "温故里"]
CHAPS = ["旧码头的雨", "一封没拆的信", "灯下的账本", "船票", "渡口的早晨", "雪夜来客"]
CHAPS += ["老街的钟声", "回不去的院子", "冬至", "第二个秘密"]
NWHO = ["阿禾", "老许", "林家姑娘", "周掌柜", "小满", "陈先生"]
NDID = ["把伞往桌角一搁", "低头数着手里的铜板", "推开半掩的木门", "站在檐下没有说话"]
NDID += ["把灯芯又挑亮了些", "顺手把信塞进了怀里"]
NSAW = ["窗外的雨越下越密", "码头上只剩一盏灯还亮着", "远处传来汽笛的声音"]
NSAW += ["炉子上的水刚好烧开", "巷口有人在喊他的名字"]
NSAID = ["“你来晚了。”", "“这件事先别告诉别人。”", "“明天一早，船就要开了。”"]
NSAID += ["“我等的不是你。”", "“账上的数对不上。”"]
NFELT = ["心里却像压了一块石头", "一时竟想不起该说什么", "只觉得这一夜格外漫长"]
NFELT += ["忽然明白了父亲当年的沉默"]

# a hospital notice board (澄湖市第二人民医院)
HDEPTS = ["医务部", "护理部", "院办公室", "后勤保障部", "人力资源部", "科教部", "感染管理科"]
HDEPTS += ["药学部"]
HMATTER = ["门诊楼电梯检修期间就诊", "春季院内感染防控培训", "夜间急诊分诊流程调整"]
HMATTER += ["新院区停车场启用", "住院部探视时间调整", "临床技能考核安排", "职工体检"]
HMATTER += ["处方点评结果"]
HSUBJ = ["各临床科室", "各病区护士长", "门诊各诊室", "医技科室", "后勤各班组", "值班人员"]
HACT = ["应提前做好", "须严格落实", "要认真组织", "应主动配合", "须如实登记"]
HOBJ = ["患者分流引导", "交接班记录", "消毒隔离措施", "培训签到", "设备巡检"]
HEND = ["确保医疗秩序平稳", "避免出现推诿现象", "结果纳入科室考核", "有问题及时上报"]
HATT = ["报名回执表", "考核安排表", "流程示意图", "培训课件", "人员名单"]

# a bilingual press office (澜湾国际会展中心)
PRTHINGS = [
    ("春季家居博览会", "Spring Home Expo"),
    ("国际茶文化周", "International Tea Culture Week"),
    ("海洋科技论坛", "Ocean Technology Forum"),
    ("青年设计师大赛", "Young Designers Contest"),
    ("跨境电商峰会", "Cross-border E-commerce Summit"),
    ("智慧农业展", "Smart Agriculture Show"),
    ("城市马拉松博览会", "City Marathon Expo"),
    ("老字号嘉年华", "Heritage Brands Carnival"),
]
PRDO = [("圆满闭幕", "Closes Successfully"), ("正式开幕", "Opens")]
PRDO += [("启动报名", "Opens Registration"), ("发布首批展商名单", "Announces First Exhibitors")]
PRZH = ["本届活动中", "据主办方统计", "与上届相比", "活动期间"]
PRWHAT = ["来自各地的参展企业", "专业观众和普通市民", "合作机构和媒体代表", "志愿者团队"]
PRMORE = ["现场签约项目明显增加", "线上直播观看人次再创新高", "展区面积扩大了三分之一"]
PRMORE += ["多项新品在此首次亮相"]
PREN = ["Organisers said that", "According to the organisers,", "Compared with last year,"]
PREN += ["During the event,"]
PRENW = ["exhibitors from many regions took part", "visitor numbers rose steadily"]
PRENW += ["online viewing figures reached a new high", "the floor area grew by a third"]

# a Q&A knowledge site (知了问问)
QTITLES = ["冬天的羽绒服怎么收纳才不会结块？", "新买的铁锅第一次用要怎么开锅？"]
QTITLES += ["卫生间的下水道总有异味怎么办？", "木地板上的划痕能自己修补吗？"]
QTITLES += ["洗衣机滚筒里的霉斑怎么清理？", "厨房瓷砖缝发黑用什么办法去掉？"]
QTITLES += ["家里的绿萝叶子发黄是什么原因？", "换季的时候被子怎么晒才合适？"]
QASK = ["去年放进柜子的时候还好好的", "问了好几个朋友说法都不一样", "网上的办法试过两三种了"]
QASK += ["家里老人说用土办法就行", "担心弄不好反而更糟"]
QHOW = ["先用温水把表面擦一遍", "准备一把软毛刷", "把窗户打开通风半小时", "挑一个晴天的上午"]
QHOW += ["用小苏打和白醋调成糊", "找一块干净的棉布"]
QTHEN = ["再顺着纹路轻轻处理", "静置十来分钟再清洗", "最后用干布吸干水分"]
QTHEN += ["隔天再看一下效果", "不要用力来回刮"]
QWHY = ["这样做不伤材料", "一般一次就能见效", "比买专用清洁剂省事得多", "我家一直这么做"]
QWHY += ["关键是要有耐心"]
QUSERS = ["居家小能手", "收纳控阿梅", "老周的厨房", "半亩花田", "热心网友", "木工老孙"]
QUSERS += ["清洁达人小雨", "一只猫的家"]
QTOPICS = ["换季收纳", "厨房清洁", "家居维修"]
MONTHS = (
    "January February March April May June July August September October November December".split()
)


class GenQ(GenO):
    """Text makers for the ``q`` families (deterministic from the seed)."""

    # -- the serial novel
    def scene(self) -> str:
        self.n += 1
        r = self.r
        who = r.choice(NWHO)
        return f"{who}{r.choice(NDID)}，{r.choice(NSAW)}，{r.choice(NFELT)}，这已是第{self.n + 2}回了。"  # noqa: E501

    def chapter(self, no: int) -> Art:
        """A chapter: ``第N章　名`` (the title, content), narration and dialogue lines."""
        r = self.r
        lines = [self.scene() + self.scene(), r.choice(NSAID), self.scene()]
        lines += [f"{r.choice(NWHO)}没有接话，只说了一句：{r.choice(NSAID)}", self.scene()]
        lines += [self.scene() + self.scene()]
        y, m, d = self.date()
        return Art(f"第{no}章　{r.choice(CHAPS)}", lines, list(lines), {"published": iso(y, m, d)})

    # -- the hospital notices
    def rule(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(HSUBJ)}{r.choice(HACT)}{r.choice(HOBJ)}，本周已安排{self.n + 3}个批次，{r.choice(HEND)}。"  # noqa: E501

    def hnotice(self, j: int, *, full: bool) -> Art:
        """A notice: salutation, paragraphs, ``1.`` items (if ``full``), department and a
        date sign-off."""
        r = self.r
        dept = HDEPTS[j]
        title = f"关于{HMATTER[j]}的通知"
        lines = [r.choice(["各科室、各部门：", "全院职工：", "各病区、各科室："])]
        lines += [self.rule() + self.rule()]
        if full:
            lines += [f"{k}.{self.rule()}" for k in (1, 2, 3)]
        lines += [self.rule(), "特此通知。"]
        y, m, d = self.date()
        lines += [dept, f"{y}年{m}月{d}日"]
        return Art(title, lines, list(lines), {"issuer": dept, "published": iso(y, m, d)})

    # -- the press releases
    def zh(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PRZH)}，{r.choice(PRWHAT)}积极参与，{r.choice(PRMORE)}，累计接待{self.n * 110 + 900}人次。"  # noqa: E501

    def en(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PREN)} {r.choice(PRENW)}, with {self.n * 110 + 900} visits recorded."

    def release(self, j: int, *, long: bool) -> Art:
        """A bilingual release: the Chinese and English titles (content), a dated lead in
        each language, then Chinese and English paragraphs in turn."""
        r = self.r
        zt, et = PRTHINGS[j]
        zd, ed = r.choice(PRDO)
        y, m, d = self.date()
        month = MONTHS[m - 1]
        lines = [f"{et} {ed}"]
        lines += [f"澜湾，{y}年{m}月{d}日——澜湾国际会展中心{zt}{zd}。" + self.zh()]
        lines += [f"LANWAN, {month} {d}, {y} — The Lanwan {et} {ed.lower()}. " + self.en()]
        for _ in range(2 if long else 1):
            lines += [self.zh() + self.zh(), self.en()]
        return Art(f"{zt}{zd}", lines, list(lines), {"published": iso(y, m, d)})

    # -- the Q&A site
    def tip(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(QHOW)}，{r.choice(QTHEN)}，{r.choice(QWHY)}，前后大约{self.n + 4}分钟。"

    def qa(self, j: int, *, others: int) -> Art:
        """A question (the title), its description, the best answer and ``others`` other
        answers (one paragraph each)."""
        r = self.r
        ask = r.sample(QASK, 2)
        desc = f"{ask[0]}，{ask[1]}，想请教一下有经验的朋友。"
        lines = [desc, self.tip() + self.tip(), self.tip()]
        lines += [self.tip() for _ in range(others)]
        y, m, d = self.date()
        return Art(QTITLES[j], lines, list(lines), {"published": iso(y, m, d)})
