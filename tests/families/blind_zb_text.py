"""Words and text makers of :mod:`tests.families.blind_families_zb` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zb`` families repeats one of the earlier
families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a city hospital's department notices (岚桥市中心医院), GBK HTML
HOSPITAL = "岚桥市中心医院"
# (title, department, who is asked, what changes)
CLINIC = [
    (
        "关于心血管内科专家门诊时间调整的通知",
        "心血管内科",
        "复诊患者",
        "专家门诊调整为每周二、周四全天",
    ),
    ("关于儿科夜间急诊分流就诊的通知", "儿科", "患儿家长", "夜间发热患儿先到分诊台测温登记"),
    (
        "关于开设睡眠障碍专病门诊的通知",
        "神经内科",
        "长期失眠的患者",
        "新开设的专病门诊每周三下午接诊",
    ),
    (
        "关于体检中心暂停周末服务的通知",
        "健康管理中心",
        "预约体检的单位和个人",
        "周末体检服务暂停四周",
    ),
    ("关于口腔科诊室搬迁的通知", "口腔科", "正在治疗中的患者", "口腔科整体搬到门诊楼五层东区"),
    ("关于住院部探视管理调整的通知", "护理部", "住院患者家属", "每位患者每天限一名家属探视"),
    (
        "关于眼科开展青少年视力筛查的通知",
        "眼科",
        "中小学生及家长",
        "暑期每周六上午集中开展视力筛查",
    ),
    ("关于检验科报告自助打印的通知", "检验科", "门诊就诊患者", "门诊大厅新增六台自助报告打印机"),
]
WARD_DID = [
    "为进一步优化就诊流程，减少患者排队等候时间",
    "根据近期门诊量变化和医生排班情况",
    "为方便群众就近就医，提升专科服务能力",
    "结合医院整体改造工程进度安排",
]
WARD_ASK = [
    "请就诊时携带身份证或医保电子凭证，按预约时段提前十五分钟到达",
    "请通过医院微信服务号或自助机提前预约，避免现场长时间等候",
    "如遇特殊情况无法按时就诊，请提前一天取消预约，以免影响信用记录",
    "行动不便的患者可由家属陪同，到服务台申领轮椅或预约陪诊",
]
WARD_END = [
    "由此给您带来的不便，敬请谅解",
    "感谢广大患者朋友的理解与支持",
    "具体安排如有变动将另行通知",
]
WARD_ITEMS = [
    "门诊挂号时间为每日上午七点半至十一点半、下午一点半至四点半",
    "急危重症患者不受预约时段限制，可直接到急诊科就诊",
    "已预约原时段的患者，工作人员将电话联系改约",
    "就诊期间请全程规范佩戴口罩，配合工作人员引导",
    "医保患者结算方式不变，可在诊间或自助机直接缴费",
]
AUDITORS = ["吕青", "鲍晓岚", "尹思源", "柯一鸣"]

# a port's customs-clearance digest (鳌湾口岸通关服务网), GB18030 text
PORT = "鳌湾口岸通关服务网"
PORT_OFFICE = "鳌湾口岸办公室"
# (title, source unit, doc prefix, subject, who)
RULES = [
    (
        "关于调整进口冷链食品查验作业时间的公告",
        "鳌湾海关",
        "鳌关",
        "进口冷链食品查验",
        "冷链进口企业",
    ),
    ("关于启用新版出口退税申报系统的通知", "鳌湾市税务局", "鳌税", "出口退税申报", "出口企业"),
    (
        "关于延长集装箱码头夜间作业时段的通告",
        "鳌湾港务集团",
        "鳌港",
        "集装箱夜间作业",
        "船公司和货代企业",
    ),
    ("关于优化进口水果检疫审批流程的公告", "鳌湾海关", "鳌关", "进口水果检疫审批", "水果进口商"),
    (
        "关于调整港口堆存费收费标准的公告",
        "鳌湾市发展和改革委员会",
        "鳌发改",
        "港口堆存费",
        "进出口货主",
    ),
    ("关于推行进出口货物提前申报的公告", "鳌湾海关", "鳌关", "提前申报", "报关企业"),
    ("关于开通跨境电商出口专用通道的通知", "鳌湾市商务局", "鳌商", "跨境电商出口", "跨境电商企业"),
    (
        "关于规范口岸收费目录清单公示的通知",
        "鳌湾口岸办公室",
        "鳌口岸",
        "口岸收费公示",
        "口岸经营单位",
    ),
    ("关于试行船舶进出港预约登记的通告", "鳌湾海事局", "鳌海", "船舶进出港预约", "船舶代理企业"),
    ("关于进口矿产品实施先放后检的公告", "鳌湾海关", "鳌关", "进口矿产品检验", "矿产品进口企业"),
    ("关于调整保税仓库货物出入库手续的通知", "鳌湾海关", "鳌关", "保税仓库出入库", "仓储企业"),
    (
        "关于加强危险货物集装箱申报管理的通告",
        "鳌湾海事局",
        "鳌海",
        "危险货物申报",
        "危险货物托运人",
    ),
]
PORT_WHY = [
    "为进一步压缩货物整体通关时间，持续优化口岸营商环境",
    "为落实口岸提效降费有关部署，减轻进出口企业负担",
    "为提升口岸监管效能，保障进出口贸易安全便利",
]
PORT_RULE = [
    "相关企业应当在货物抵港前通过单一窗口如实填报申报信息",
    "现场查验部门将实行预约作业，企业可自主选择查验时段",
    "对信用等级较高的企业，将适当降低查验比例并优先安排作业",
    "各经营单位须在营业场所显著位置公示收费项目和收费标准",
    "企业对办理结果有异议的，可在五个工作日内提出复核申请",
    "办理过程中所需材料一律实行电子化提交，不再收取纸质单证",
]
PORT_DO = [
    "应当认真对照执行",
    "须提前做好相关准备",
    "可登录单一窗口查询办理进度",
    "应指定专人负责对接",
]
PORT_TAIL = [
    "确保政策措施落地见效",
    "切实做到应减尽减",
    "逐步实现全流程网上办理",
    "接受企业和社会监督",
]

# an open-source project's Chinese release blog (岚帆 LanSail), UTF-8 HTML
PROJECT = "岚帆"
# (version, headline feature, fixed thing, who thanks)
VERSIONS = [
    ("3.2.0", "增量构建", "多语言站点切换时侧边栏错位", ["zhou-lin", "mika-q", "tangerine42"]),
    ("3.1.4", "图片懒加载", "Windows 下路径含空格时构建失败", ["bai-yun", "hexcat"]),
    ("3.1.0", "全文搜索插件", "热更新偶尔丢失样式", ["lu-chen", "n0rthwind", "zhou-lin"]),
    ("3.0.2", "暗色主题自动切换", "代码块行号与内容错位", ["mika-q", "sora-dev"]),
    (
        "3.0.0",
        "全新的插件接口",
        "大型站点内存占用过高",
        ["zhou-lin", "lu-chen", "qingshan", "hexcat"],
    ),
    ("2.9.1", "站点地图自动生成", "草稿文章被误发布", ["tangerine42", "bai-yun"]),
    ("2.9.0", "多作者文章归档", "中文标题生成的链接乱码", ["qingshan", "sora-dev", "n0rthwind"]),
    ("2.8.3", "构建缓存清理命令", "RSS 输出的时区错误", ["hexcat", "mika-q"]),
]
OSS_NEW = [
    "配置文件新增了一个可选字段，用来指定构建产物的输出目录",
    "命令行工具现在会在构建结束后打印每个阶段的耗时",
    "默认主题的目录组件支持折叠，长文档阅读起来更加清爽",
    "插件可以在构建前注册自己的预处理步骤，不再需要修改核心代码",
    "开发服务器支持通过局域网地址访问，方便在手机上预览效果",
]
OSS_FIX = [
    "修复了在部分旧版浏览器中代码高亮失效的问题",
    "修复了文章标签包含斜杠时归档页生成错误的问题",
    "修复了自定义字体在生产构建中没有被正确打包的问题",
    "修复了配置文件使用相对路径引用主题时报错的问题",
]
OSS_WHY = [
    "这个版本主要围绕构建速度和日常写作体验做了改进",
    "这是一次以稳定性为主的更新，建议所有用户升级",
    "经过两个月的测试，这个版本终于和大家见面了",
]
MAINTAINERS = ["zhou-lin", "lu-chen", "qingshan"]

# a listed company's bilingual press room (恆溪科技集團), Big5 text, traditional letters
GROUP = "恆溪科技集團"
GROUP_EN = "Hengxi Technology Group"
# (Chinese title, English title, Chinese subject, English subject, figure)
NEWS = [
    ("恆溪科技集團公佈二零二零年全年業績", "Hengxi Technology Group Announces 2020 Annual Results",
     "全年業績", "annual results", "百分之十八"),
    ("恆溪科技集團於深圳設立第二研發中心", "Hengxi Technology Group Opens Second R&D Centre in Shenzhen",  # noqa: E501
     "第二研發中心", "the second R&D centre", "三百名工程師"),
    ("恆溪科技集團與本地大學合作培育數據人才", "Hengxi Technology Group Partners with Local University on Data Talent",  # noqa: E501
     "人才培育計劃", "the talent programme", "二百個實習名額"),
    ("恆溪科技集團推出新一代智能物流平台", "Hengxi Technology Group Launches Next-Generation Smart Logistics Platform",  # noqa: E501
     "智能物流平台", "the smart logistics platform", "四十家物流夥伴"),
    ("恆溪科技集團獲評年度最佳僱主", "Hengxi Technology Group Named Employer of the Year",
     "年度最佳僱主獎項", "the Employer of the Year award", "五千名員工"),
    ("恆溪科技集團完成收購一家雲端軟件公司", "Hengxi Technology Group Completes Acquisition of Cloud Software Firm",  # noqa: E501
     "收購事項", "the acquisition", "六億港元"),
    ("恆溪科技集團發表首份可持續發展報告", "Hengxi Technology Group Publishes First Sustainability Report",  # noqa: E501
     "可持續發展報告", "the sustainability report", "百分之三十的減排目標"),
    ("恆溪科技集團委任新任財務總監", "Hengxi Technology Group Appoints New Chief Financial Officer",
     "管理層委任", "the appointment", "二十年財務經驗"),
]  # fmt: skip
HK_SAY = [
    "這是集團發展歷程中的重要一步",
    "我們會繼續把資源投放在長遠發展的領域",
    "感謝員工和合作夥伴一直以來的信任",
]
HK_MORE = [
    "集團表示，將於未來十二個月內分階段推進相關工作，並適時向市場公佈進展。",
    "業內人士認為，此舉有助集團鞏固在大灣區市場的領先地位，並拓展海外業務。",
    "集團同時宣佈，將於下月舉辦投資者交流會，進一步介紹相關安排。",
]
EN_MORE2 = [
    "The Group will roll out the plan in phases over the next twelve months.",
    "Analysts said the move would strengthen the Group's position in the Greater Bay Area.",
    "The Group will also host an investor briefing next month to share further details.",
]
OFFICERS = [("岑嘉朗", "Kelvin Sham", "行政總裁", "Chief Executive Officer"),
            ("鄧穎思", "Wing Tang", "主席", "Chairman")]  # fmt: skip


class GenZB(GenO):
    """Text makers for the ``zb`` families (deterministic from the seed)."""

    def clinic(self, j: int) -> Art:
        """A department notice: salutation, two paragraphs, a numbered list, the phone
        line and the sign-off (the department and the date)."""
        r = self.r
        title, dept, whom, change = CLINIC[j]
        y, m, d = self.date()
        day = min(d + r.randint(3, 10), 28)
        a, b = r.sample(WARD_ASK, 2)
        lines = [
            "广大患者朋友：",
            f"{r.choice(WARD_DID)}，经医院研究决定，自{y}年{m}月{day}日起，{change}，请{whom}留意以下安排。",
            f"{a}，{b}。{r.choice(WARD_END)}。",
        ]
        items = r.sample(WARD_ITEMS, 3)
        lines += [f"{k}．{t}；" for k, t in enumerate(items[:2], start=1)] + [f"3．{items[2]}。"]
        self.n += 1
        lines.append(f"咨询电话：0591-8730{1100 + self.n * 7}（工作日8:00-17:30）")
        lines += [f"{HOSPITAL}{dept}", f"{y}年{m}月{d}日"]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def rule(self, j: int) -> Art:
        """A port rule: the lead, three numbered points and the effective date line."""
        r = self.r
        title, _, _, subj, who = RULES[j]
        y, m, d = self.date()
        lines = [f"{r.choice(PORT_WHY)}，现就{subj}有关事项公告如下："]
        pts = r.sample(PORT_RULE, 3)
        for k, p in zip("一二三", pts, strict=True):
            self.n += 1
            lines.append(f"{k}、{p}，{who}{r.choice(PORT_DO)}，{r.choice(PORT_TAIL)}。")
        lines.append(
            f"本公告自{y}年{m}月{min(d + 14, 28)}日起施行，执行中遇到问题请及时向发布单位反映。"
        )
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def release_note(self, j: int) -> Art:
        """A release post: intro, feature and fix bullets, the install line, upgrade
        advice and the thanks."""
        r = self.r
        ver, feat, bug, who = VERSIONS[j]
        y, m, d = self.date()
        title = f"{PROJECT} {ver} 发布：{feat}来了"
        lines = [
            f"{r.choice(OSS_WHY)}，其中最受期待的是{feat}，下面按惯例介绍主要变化。",
            "新特性",
            f"新增{feat}，在我们的测试站点上首次构建之后的重建时间明显缩短。",
            *(x + "。" for x in r.sample(OSS_NEW, 2)),
            "问题修复",
            f"修复了{' ' if bug[0].isascii() else ''}{bug}的问题。",
            r.choice(OSS_FIX) + "。",
            "升级方式",
            f"npm install lansail@{ver} --save-dev",
            "如果你使用了自定义主题，升级前请先阅读迁移说明，并在本地完整构建一次确认没有报错。",
            f"感谢 {'、'.join('@' + x for x in who)} 等贡献者在本次版本中提交的代码和反馈，欢迎大家继续在仓库里提出建议。",  # noqa: E501
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def press(self, j: int) -> Art:
        """A bilingual release: the English headline, the Chinese dateline lead, a quote
        and a paragraph, then the English lead, quote and paragraph."""
        r = self.r
        cn, en, subj, esubj, fig = NEWS[j]
        zh_name, en_name, zh_role, en_role = OFFICERS[j % 2]
        y, m, d = self.date()
        month = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"][m - 1]  # fmt: skip
        k = r.randrange(3)
        lines = [
            en,
            f"（香港，{y}年{m}月{d}日）{GROUP}今日公佈{subj}的詳情，涉及{fig}，有關安排即時生效。",
            f"{zh_role}{zh_name}表示：「{HK_SAY[k]}，{HK_SAY[(k + 1) % 3]}。」",
            HK_MORE[k],
            f"(Hong Kong, {month} {d}, {y}) {GROUP_EN} today announced details of {esubj}, which involves a figure the Group described as significant.",  # noqa: E501
            f"\u201cThis is an important step for the Group,\u201d said {en_name}, {en_role}.",
            EN_MORE2[k],
        ]
        return Art(cn, lines, list(lines), {"published": iso(y, m, d)})
