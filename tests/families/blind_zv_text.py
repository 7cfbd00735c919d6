"""Words and text makers of :mod:`tests.families.blind_families_zv` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zv`` families repeats one of the earlier
families.  The earthquake reports' words are in GBK, the literary monthly's in Big5
(traditional letters only).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a provincial earthquake agency's quick-report archive (岚州省地震局), text -------------
DZ_AGENCY = "岚州省地震局"
DZ_CENTRES = ["岚州省地震台网中心", "中国地震台网中心"]
# (county, towns, county seat distance range, city)
DZ_PLACES = [
    ("岚川县", ["石门乡", "白岩镇", "龙井乡"], "鹭港市"),
    ("峒溪县", ["上坪镇", "黄茅乡", "水口镇"], "峒州市"),
    ("云崖县", ["大坝乡", "青冈镇", "柳湾乡"], "峒州市"),
    ("鹤汀区", ["沙田街道", "桥头镇"], "鹭港市"),
    ("桑溪县", ["马鞍乡", "红土镇", "杉木乡"], "苍梧市"),
    ("苍梧县", ["洞口镇", "茶岭乡"], "苍梧市"),
]
DZ_EDITORS = ["谭雨晨", "黎振华", "邝书宁", "包佳音", "欧阳岳"]
DZ_FELT = [
    "震中附近部分群众有明显震感，有居民反映室内悬挂物轻微晃动",
    "震中及周边乡镇群众普遍有震感，部分居民曾短暂跑出室外",
    "震中附近少数群众有感，县城大部分居民未察觉",
    "震中附近群众震感较强，个别老旧土坯房墙体出现细小裂缝",
]
DZ_CHECK = [
    "县应急管理局已派出工作组赶赴震区核查灾情",
    "乡镇干部正在逐村逐户排查房屋和道路受损情况",
    "相关部门正对辖区水库、学校和医院开展安全巡查",
]
DZ_STATUS = [
    "未收到人员伤亡和房屋倒塌报告，水电通信和交通运行正常",
    "震区生产生活秩序正常，暂无人员伤亡报告",
    "除个别房屋出现轻微裂缝外，未发现其他明显灾情",
]
DZ_ACTION = [
    "县里已安排专人加强余震监测，并通过广播提醒群众注意防范",
    "省地震局专家组已赶赴现场，协助开展震情趋势研判",
    "当地已组织技术人员对在建工地和危旧房屋开展复查",
]
DZ_OTHERS = [
    "岚州省地震局开展防震减灾科普进校园活动",
    "如何识别和应对地震谣言？专家这样说",
    "全省地震应急演练在峒州市举行",
    "家庭应急包里应该备些什么",
    "岚州省新增十二个地震宏观观测点",
]

# -- a Taiwan literary monthly's online edition (鷺洲文學), Big5 HTML --------------------------
KW_SITE = "鷺洲文學網"
KW_MAG = "鷺洲文學"
KW_COLUMNS = ["散文", "小說", "新詩", "新人作品"]
KW_PEOPLE = [
    ("蘇晚晴", "女", "台南人"),
    ("梁子謙", "男", "基隆人"),
    ("林清禾", "女", "花蓮人"),
    ("江以舟", "男", "嘉義人"),
    ("許若微", "女", "彰化人"),
    ("何春生", "男", "屏東人"),
    ("葉知秋", "女", "宜蘭人"),
    ("周遠山", "男", "新竹人"),
    ("陳小滿", "女", "澎湖人"),
    ("賴一帆", "男", "苗栗人"),
]
KW_JOBS = [
    "現任國中國文教師",
    "從事出版編輯工作多年",
    "目前就讀於中文研究所",
    "曾任地方報社記者",
    "現居鄉間，種菜寫字",
]
KW_PROSE_TITLES = [
    "外婆的醬缸",
    "雨季的騎樓",
    "港邊的修船廠",
    "父親的腳踏車",
    "舊書店的午後",
    "菜市場裡的時鐘",
    "山城的最後一班車",
    "晒衣場",
    "阿嬤的針線籃",
    "一條走了三十年的路",
    "冬夜的麵攤",
    "屋頂上的水塔",
]
KW_FICTION_TITLES = [
    "候車亭",
    "借來的雨傘",
    "第七號病床",
    "夜班",
    "找零",
    "鐘錶行的學徒",
    "最後一封信",
    "搬家那天",
]
KW_POEM_TITLES = ["潮間帶", "在月台", "秋分", "致遠方", "燈塔守夜人", "稻田書", "鹽", "窗"]
KW_WHEN = ["小時候", "那年夏天", "多年以後", "每逢颱風季", "退伍那年", "母親過世後"]
KW_PLACE = ["巷口的雜貨店前", "漁港的堤防上", "老家的廚房裡", "學校後面的小坡", "廟埕的榕樹下"]
KW_THING = [
    "總有一盞不肯熄的燈",
    "風把一整季的鹹味吹進屋裡",
    "時間像是被誰悄悄折了起來",
    "我們說過的話都還留在牆上",
    "有些聲音要隔很久才聽得見",
]
KW_FEEL = [
    "我才明白那是一種不說出口的溫柔",
    "我始終記得那天下午的光線",
    "那些日子後來都成了我寫字的理由",
    "我突然很想回去再看一眼",
]
KW_STORY = [
    "{who}在{place}等了很久，手裡的車票已經被捏得發皺",
    "{who}把傘留在櫃檯上，轉身走進雨裡，沒有再回頭",
    "{who}數了三遍零錢，還是差了十塊，只好把那包菸放回架上",
    "{who}推開門的時候，屋裡的收音機還在播著昨天的新聞",
]
KW_WHO = ["老陳", "阿芬", "那個少年", "守夜的護理師", "鐘錶行老闆", "她"]
KW_POEM_LINES = [
    "潮水退去的時候",
    "我把名字寫在沙上",
    "讓風替我念一遍",
    "遠方有船",
    "燈一盞一盞亮起",
    "像誰遲到的回信",
    "我們站在月台兩端",
    "把沉默交給列車",
    "稻子彎下腰",
    "聽見土地的心跳",
    "鹽是海的骨頭",
    "窗外的雨停了",
    "時間在玻璃上結霜",
    "而你沒有說再見",
    "秋分那天",
    "白晝與黑夜各退一步",
    "母親把棉被抱到陽台",
    "守夜人數著浪",
    "一盞燈就是一座島",
    "我在地圖上找你的城市",
    "指尖停在一條河的轉彎",
    "田埂上的影子越拉越長",
    "蟬聲突然熄滅",
    "有人在對岸生火",
    "信紙被雨水泡軟",
    "字跡慢慢游走",
    "月台上只剩一張長椅",
    "和一盞不肯睡的燈",
    "風從北邊來",
    "帶著海的口音",
    "我把窗推開一點",
    "讓整個春天進來",
    "所有的告別都很安靜",
    "像鹽溶進水裡",
]

# -- a provincial government press office's conference transcripts (岚州发布), HTML -----------
FB_SITE = "岚州省人民政府新闻办公室"
FB_HALL = ["省政府新闻发布厅", "省政府新闻发布厅（二楼）", "省委宣传部新闻发布厅"]
FB_HOSTS = ["省政府新闻办副主任　祁晓光", "省政府新闻办新闻发布处处长　阮思琪"]
# (topic, department, post, speaker, subject of their sentences)
FB_TOPICS = [
    ("岚州省城乡客运一体化三年行动", "岚州省交通运输厅", "厅长", "孟广川", "城乡客运"),
    ("全省高温天气防御工作", "岚州省应急管理厅", "副厅长", "宋立言", "防暑降温"),
    ("岚州省促进夜间经济发展若干措施", "岚州省商务厅", "厅长", "韦秋白", "夜间经济"),
    ("全省义务教育阶段课后服务进展情况", "岚州省教育厅", "副厅长", "卢静宜", "课后服务"),
    ("岚州省老旧小区改造工作推进情况", "岚州省住房和城乡建设厅", "厅长", "严启明", "老旧小区改造"),
    ("岚州省医保异地就医直接结算新举措", "岚州省医疗保障局", "局长", "闵思远", "异地就医结算"),
    ("全省冬春季农田水利建设情况", "岚州省水利厅", "副厅长", "尹子默", "农田水利建设"),
    ("岚州省第五届旅游发展大会筹备情况", "岚州省文化和旅游厅", "厅长", "柯晓岚", "旅游发展大会"),
]
FB_MEDIA = ["岚州日报记者", "岚州广播电视台记者", "新岚网记者", "鹭港晚报记者", "岚州经济报记者"]
FB_EDITORS = ["郜文静", "宁小川", "邵敏"]
# (a sentence, the ranges of its two numbers)
FB_DID = [
    ("全省已累计投入资金{}亿元，覆盖{}个县（市、区）", (12, 95), (20, 86)),
    ("目前各项任务完成率已达到{}%，比年初计划提前{}个月", (60, 95), (1, 3)),
    ("已建成示范点{}个，带动相关就业岗位约{}万个", (30, 400), (1, 9)),
]
FB_NEXT = [
    "下一步，我们将坚持问题导向，聚焦群众反映强烈的堵点难点，逐项制定解决办法",
    "下一步，我们将加强部门协同，建立月调度、季通报的工作机制，确保各项措施落地见效",
    "下一步，我们将及时总结推广各地的好经验好做法，持续扩大政策覆盖面",
]
FB_ASK = [
    "请问在{}方面，群众最关心的问题有哪些，将如何解决？",
    "我们注意到，{}工作中基层普遍反映资金压力较大，请问有什么考虑？",
    "请问{}的相关政策什么时候能够全面落地，普通群众如何享受到？",
]
FB_ANSWER = [
    "谢谢你的提问。{}工作确实是群众关注的焦点，我们在前期调研中收集到意见建议{}条",
    "感谢这位记者朋友。关于{}的问题，省里已经会同财政部门研究出台了配套办法",
    "这个问题问得很好。{}涉及面广，我们计划分三批在全省推开，第一批涉及{}个县",
]
FB_OTHERS = [
    "岚州省政府新闻办举行全省一季度经济运行情况新闻发布会",
    "岚州省政府新闻办举行《岚州省历史文化名城保护条例》新闻发布会",
    "岚州省政府新闻办举行全省春耕备耕工作新闻发布会",
    "岚州省政府新闻办举行优化营商环境十条措施新闻发布会",
    "岚州省政府新闻办举行全省就业创业服务月活动新闻发布会",
    "岚州省政府新闻办举行防汛抗旱工作新闻发布会",
]

# -- an insurer's monthly claims-case bulletin (岚信人寿), text from the PDF --------------------
LP_CO = "岚信人寿保险股份有限公司"
LP_SHORT = "岚信人寿"
LP_BRANCHES = [
    "岚信人寿鹭港中心支公司",
    "岚信人寿峒州中心支公司",
    "岚信人寿苍梧支公司",
    "岚信人寿岚州分公司营业部",
]
# (category, title, who, what happened, how it was paid, tip)
LP_CASES = [
    (
        "重疾险",
        "投保两年后确诊甲状腺恶性肿瘤，重疾险足额赔付",
        "王女士",
        "王女士在单位体检中发现甲状腺结节，复查后经病理检查确诊为甲状腺恶性肿瘤",
        "理赔人员在收到材料后当天完成审核，三个工作日内将重疾保险金转入王女士账户",
        "体检发现异常要及时复查，确诊后尽早报案可以加快理赔进度",
    ),
    (
        "医疗险",
        "孩子夜间高烧住院五天，医疗险报销自费部分",
        "李先生之子",
        "李先生的儿子夜间突发高烧并伴有抽搐，被送往市儿童医院住院治疗五天",
        "李先生通过手机应用上传发票和出院小结，理赔款在两个工作日内到账",
        "住院期间请妥善保管费用清单和发票，出院时记得复印病历资料",
    ),
    (
        "意外险",
        "骑电动车摔倒致小腿骨折，意外险赔付医疗费和伤残金",
        "赵先生",
        "赵先生下班途中骑电动自行车躲避行人时摔倒，导致右小腿骨折并进行了手术",
        "经鉴定构成十级伤残，公司按合同约定赔付了意外医疗费用和伤残保险金",
        "发生意外后请第一时间就医并拨打客服电话报案，必要时保留现场照片",
    ),
    (
        "寿险",
        "被保险人因病身故，公司主动上门协助家属办理理赔",
        "陈老先生",
        "陈老先生因突发心肌梗死经抢救无效身故，家属在整理遗物时找到了保单",
        "理赔人员主动上门指导家属准备材料，并为其开通绿色通道优先处理",
        "建议将家中保单集中存放并告知家人，必要时可在官网查询保单信息",
    ),
    (
        "重疾险",
        "等待期过后确诊急性心肌梗死，轻症与重疾合并赔付",
        "孙先生",
        "孙先生在出差途中感到胸口剧痛，被同事送往医院后确诊为急性心肌梗死",
        "因其保单附带轻症责任，公司一并审核了此前的轻症申请，合并支付保险金",
        "投保时请如实告知健康状况，避免日后因未告知事项产生理赔争议",
    ),
    (
        "医疗险",
        "异地就医产生大额费用，医疗险实现快速直赔",
        "周女士",
        "周女士在外省旅游时突发急性胰腺炎，在当地医院重症监护室治疗了十余天",
        "公司与就诊医院开通直赔服务，周女士出院时只需支付个人自付部分",
        "异地就医前可先拨打客服电话确认医院是否在直赔网络之内",
    ),
    (
        "意外险",
        "家中装修时从梯子跌落，意外险承担住院及康复费用",
        "钱先生",
        "钱先生在家中自行安装吊灯时从梯子上跌落，造成腰椎压缩性骨折",
        "理赔人员核实事故经过后，依据条款赔付了住院医疗和康复治疗费用",
        "登高作业请做好安全防护，老人和儿童尽量不要独自攀爬",
    ),
    (
        "寿险",
        "投保不足一年意外身故，公司依约全额给付",
        "吴先生",
        "吴先生在乡村公路上驾驶摩托车时与货车发生碰撞，经抢救无效身故",
        "虽然保单生效不足一年，但属于意外身故责任，公司依约全额给付身故保险金",
        "意外身故不受等待期限制，家属应尽早凭交警出具的事故认定书申请理赔",
    ),
    (
        "重疾险",
        "少儿重疾险首次确诊白血病，保险金助力后续治疗",
        "小宇",
        "八岁的小宇因反复低烧和乏力被带到医院检查，最终确诊为急性淋巴细胞白血病",
        "公司在确认诊断证明后启动快速理赔，保险金在提交资料次日即到账",
        "少儿重疾险宜早投保，父母可同时配置投保人豁免责任",
    ),
]


class GenZV(GenO):
    """Text makers for the ``zv`` families (deterministic from the seed).  ``used``
    holds the page's lines so far: no line stands twice on one page."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.used: set[str] = set()

    def fresh(self, make: Callable[[], str]) -> str:
        """A line not yet on the page."""
        while (s := make()) in self.used:
            pass
        self.used.add(s)
        return s

    # -- earthquake quick report
    def quake(self, centre: str) -> tuple[Art, dict[str, str]]:
        """A quick report: a bare title line and four paragraphs; with it the numbers
        of its catalogue row (magnitude, time, place, depth)."""
        r = self.r
        self.n += 1
        county, towns, city = r.choice(DZ_PLACES)
        town = r.choice(towns)
        y, m, d = self.date()
        hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        mag = f"{r.randint(28, 51) / 10:.1f}"
        dep = r.choice([5, 8, 10, 12, 15, 18])
        lat = f"{r.randint(2750, 2990) / 100:.2f}"
        lon = f"{r.randint(10320, 10590) / 100:.2f}"
        title = f"{county}{town}发生{mag}级地震"
        lines = [
            f"{centre}正式测定：{m}月{d}日{hh}时{mm}分在{county}{town}（北纬{lat}度，"
            f"东经{lon}度）发生{mag}级地震，震源深度{dep}千米。",
            f"震中距{county}政府驻地约{r.randint(8, 40)}千米，距{city}市区约"
            f"{r.randint(45, 160)}千米。",
            self.fresh(
                lambda: f"据{county}应急管理局初步了解，{r.choice(DZ_FELT)}，{r.choice(DZ_CHECK)}。"
            ),
            self.fresh(
                lambda: (
                    f"截至{min(hh + r.randint(1, 3), 23)}时，{r.choice(DZ_STATUS)}。"
                    f"{r.choice(DZ_ACTION)}。"
                )
            ),
        ]
        row = {
            "mag": mag,
            "time": f"{iso(y, m, d)} {hh:02d}:{mm:02d}:{ss:02d}",
            "place": f"{lat}°N　{lon}°E",
            "depth": str(dep),
        }
        meta = {"published": iso(y, m, d), "origin": centre}
        return Art(title, lines, list(lines), meta), row

    # -- literary monthly pieces
    def prose(self, title: str, author: str) -> Art:
        r = self.r
        lines = []
        for _ in range(r.randint(3, 4)):
            self.n += 1
            lines.append(
                f"{r.choice(KW_WHEN)}，{r.choice(KW_PLACE)}，{r.choice(KW_THING)}，"
                f"{r.choice(KW_FEEL)}。那是第{self.n + 2}個這樣的日子。"
            )
        return Art(title, lines, list(lines), {"author": author})

    def fiction(self, title: str, author: str) -> Art:
        r = self.r
        lines = []
        for _ in range(r.randint(3, 5)):
            self.n += 1
            who = r.choice(KW_WHO)
            lines.append(
                self.fresh(
                    lambda who=who: (
                        r.choice(KW_STORY).format(who=who, place=r.choice(KW_PLACE))
                        + f"，{r.choice(KW_THING)}。"
                    )
                )
            )
            if r.random() < 0.4:
                lines.append(f"「你還記得第{self.n}次見面嗎？」{who}問。")
        return Art(title, lines, list(lines), {"author": author})

    def poem(self, title: str, author: str) -> Art:
        r = self.r
        lines = r.sample([x for x in KW_POEM_LINES if x not in self.used], r.randint(5, 7))
        self.used.update(lines)
        return Art(title, lines, list(lines), {"author": author})

    # -- press conference transcript
    def briefing(self, k: int, host: str) -> Art:
        """A transcript: the host's opening, the speaker's statement, two questions with
        answers and the host's close, every paragraph led by its speaker's label."""
        r = self.r
        topic, dept, post, name, subj = FB_TOPICS[k]
        who = f"{dept}{post}　{name}"
        host_name = host.split("　")[-1]
        said, one, two = r.choice(FB_DID)
        did = said.format(r.randint(*one), r.randint(*two))
        media = r.sample(FB_MEDIA, 2)
        lines = [
            f"主持人　{host_name}：女士们、先生们，媒体朋友们，大家好！欢迎出席今天的新闻"
            f"发布会。今天，我们邀请到{dept}{post}{name}，请其介绍{subj}有关工作，"
            "并回答大家关心的问题。",
            f"{who}：各位记者朋友，大家好。今年以来，全省上下认真落实省委、省政府部署，"
            f"扎实推进{subj}各项工作，{did}。",
            f"{who}：{r.choice(FB_NEXT)}，让群众有更多的获得感。",
        ]
        for j, m in enumerate(media):
            self.n += 1
            lines.append(f"{m}：{FB_ASK[(k + j) % 3].format(subj)}")
            lines.append(
                f"{who}：{FB_ANSWER[(k + j) % 3].format(subj, 20 + 13 * self.n)}，"
                f"{r.choice(FB_NEXT)}。"
            )
        lines.append(f"主持人　{host_name}：今天的发布会到此结束，谢谢各位！")
        title = f"岚州省政府新闻办举行{topic}新闻发布会"
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": dept})

    # -- claims case
    def claim(self, k: int, year: int) -> Art:
        """A claims case closed in ``year``: three labelled sections, each a head line
        and a paragraph."""
        r = self.r
        _, title, who, what, paid, tip = LP_CASES[k]
        self.n += 1
        lines = [
            "◇ 案情回顾",
            f"{year - r.randint(1, 4)}年，家人为{who}在{LP_SHORT}投保了相关产品，"
            f"年交保费{r.randint(18, 96) * 100}元。{what}。",
            "◇ 理赔结果",
            f"接到报案后，{paid}，全案处理时效为{r.randint(2, 9)}天。",
            "◇ 小岚提示",
            f"{tip}，如有疑问可拨打客服热线咨询。",
        ]
        return Art(title, lines, list(lines))
