"""Words and text makers of :mod:`tests.families.blind_families_z` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``z`` families repeats one of the earlier
families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a province's defective-product recall site (澄衡缺陷产品召回信息网), GB18030 HTML
RECALL_SITE = "澄衡缺陷产品召回信息网"
CENTRE = "澄衡省缺陷产品管理中心"
# (maker, product, category, defect, hazard, remedy)
RECALLS = [
    (
        "岚泽电器有限公司",
        "电热水壶",
        "家用电器",
        "温控器触点在长时间通电后可能粘连，导致干烧时不能自动断电",
        "存在过热起火的安全隐患",
        "免费更换新型温控器总成",
    ),
    (
        "栖湾童趣玩具厂",
        "木制拖拉玩具",
        "儿童用品",
        "车轮固定销强度不足，拖拉过程中车轮可能脱落",
        "脱落的小零件存在被儿童误吞的风险",
        "免费更换加固后的车轮组件",
    ),
    (
        "澄州驰远车业有限公司",
        "电动助力自行车",
        "交通工具",
        "前叉焊缝处理工艺不当，长期颠簸后焊缝可能开裂",
        "极端情况下可能导致骑行者摔倒受伤",
        "免费检查并更换前叉总成",
    ),
    (
        "柘源厨具制造有限公司",
        "燃气灶具",
        "燃气器具",
        "熄火保护装置的热电偶安装位置偏移，火焰熄灭后不能及时关阀",
        "存在燃气泄漏的安全隐患",
        "上门免费调整并更换热电偶支架",
    ),
    (
        "鹭屿日化用品有限公司",
        "儿童保湿面霜",
        "化妆品",
        "部分批次包装密封不严，开封前可能已经受潮",
        "可能引起使用者皮肤轻度不适",
        "办理无理由退货",
    ),
    (
        "磐石光电科技有限公司",
        "移动电源",
        "电子产品",
        "电芯隔膜存在批次性瑕疵，充电时可能出现内部短路",
        "存在鼓包、冒烟甚至起火的风险",
        "免费更换同容量新品",
    ),
    (
        "青岚家居用品有限公司",
        "折叠晾衣架",
        "家居用品",
        "铰链铆钉材质不达标，展开受力后可能突然折叠",
        "可能夹伤使用者手指",
        "免费更换加强型铰链",
    ),
    (
        "鸥头山户外装备有限公司",
        "儿童安全座椅",
        "儿童用品",
        "安全带卡扣弹簧疲劳强度不足，多次插拔后锁止可能失效",
        "车辆紧急制动时可能无法有效约束儿童",
        "免费更换改进型卡扣",
    ),
]
WAYS = ["通过官方网站、客服热线和经销商门店", "通过短信、电话和微信公众号", "通过各地售后服务网点"]
WHO = [
    "企业将逐一联系已登记的用户",
    "未登记的用户可凭购买凭证前往门店办理",
    "已经维修过的产品不受此次召回影响",
]

# a university school's lecture notices (栎澜大学数学与统计学院), UTF-16 / UTF-8-BOM text
SCHOOL = "栎澜大学数学与统计学院"
# (title, speaker, rank, home, field)
TALKS = [
    ("高维稀疏回归中的自适应选择方法", "邵临川", "教授", "澄州大学", "统计学习"),
    ("随机微分方程数值解的稳定性分析", "魏青禾", "研究员", "鹭屿科学院数学研究所", "计算数学"),
    ("图的染色问题与若干组合猜想", "祁远帆", "副教授", "栖湾师范大学", "组合数学"),
    ("非线性波动方程的整体适定性", "卜映雪", "教授", "柘源理工大学", "偏微分方程"),
    ("金融时间序列的结构突变检验", "习南枝", "教授", "磐石财经大学", "计量经济"),
    ("深度网络训练的优化几何视角", "甘如晦", "研究员", "青岚智能计算中心", "最优化"),
    ("代数曲线上有理点的分布规律", "庞晓岑", "教授", "澄州大学", "数论"),
    ("传染病传播模型中的参数识别", "东方澈", "副研究员", "鹭屿疾病预防控制研究院", "生物数学"),
]
ROOMS = ["理科楼B204报告厅", "明德楼三楼学术报告厅", "数学楼412会议室", "图书馆二楼研讨室"]
HOSTS = ["科研办公室", "统计学系", "应用数学系", "研究生工作办公室"]
DID = [
    "本报告首先回顾{f}领域的若干经典结果",
    "报告人将介绍其团队在{f}方向上的最新进展",
    "报告将从一个具体的例子出发",
]
THEN = [
    "进而提出一种新的分析框架，并给出相应的理论保证",
    "重点讨论该方法在大规模数据上的计算效率",
    "最后对若干尚未解决的问题进行展望",
]
BIO = [
    "主要从事{f}方面的研究",
    "在国内外重要学术期刊发表论文{n}余篇",
    "主持国家级科研项目{k}项",
    "曾获省级自然科学奖二等奖",
]

# a city sports site's print view (澄江体育在线), GBK text
SPORT_SITE = "澄江体育在线"
GAMES = "澄江市第九届全民运动会"
# (event, winner, loser, score, venue)
MATCHES = [
    ("男子篮球", "栖川区代表队", "青岚区代表队", "78比71", "市体育中心综合馆"),
    ("女子排球", "鹭屿街道代表队", "柘源镇代表队", "3比1", "市一中体育馆"),
    ("五人制足球", "港前社区队", "北站社区队", "4比2", "滨江足球公园"),
    ("乒乓球团体", "市教育系统队", "市卫健系统队", "3比2", "全民健身中心"),
    ("龙舟", "渔湾村龙舟队", "石埠村龙舟队", "2分11秒", "澄江龙舟训练基地"),
    ("气排球", "老干部活动中心队", "退役军人服务站队", "2比1", "文化广场风雨馆"),
    ("羽毛球混合团体", "澄江高新区队", "临港经济区队", "3比0", "市体育中心训练馆"),
    ("门球", "东湖社区老年队", "西岭社区老年队", "11比9", "江滨公园门球场"),
]
PHASE = ["开局阶段", "第二节", "比赛进入中段", "关键时刻", "最后一节", "决胜局"]
PLAY = [
    "双方都打得十分谨慎",
    "{w}凭借快速反击连续得分",
    "{l}一度将比分追至只差两分",
    "场边观众的加油声此起彼伏",
]
TURN = [
    "{w}主力队员稳住心态，一次次化解对手的攻势",
    "{l}在体能上逐渐落于下风",
    "裁判组严格执裁，赛场秩序井然",
]
COACH = [
    "赛后，{w}领队陈家栋说：“队员们平时都有本职工作，能坚持训练到今天很不容易。”",
    "{l}队长林雨舟表示：“输了不丢人，明年我们还会再来。”",
]
AUTHORS = ["易临风", "詹书禾", "谷雨澄", "潘望舒"]
EDITORS = ["韩晓", "蒋一帆", "丁可"]

# an idiom dictionary site (岚韵汉语词典), UTF-8 HTML (BOM on odd pages)
DICT_SITE = "岚韵汉语词典"
# (idiom, pinyin, meaning, source, example, near)
IDIOMS = [
    (
        "棹月寻汀",
        "zhào yuè xún tīng",
        "趁着月色划船寻找水边的小洲，比喻不辞辛苦地追求心中所向往的境界",
        "清·岑远山《汀洲杂录》：“夜半不寐，棹月寻汀，得一石而归。”",
        "他为了修复这部古籍，棹月寻汀般四处访求旧本，前后花了整整六年。",
        "孜孜以求、上下求索",
    ),
    (
        "抱瓮浇苔",
        "bào wèng jiāo tái",
        "抱着瓦瓮给青苔浇水，形容做事笨拙费力而收效甚微",
        "明·卢半山《栖霞随笔》：“世有抱瓮浇苔者，劳而无功，人皆笑之。”",
        "不改进方法只一味加班，无异于抱瓮浇苔，进度反而越拖越慢。",
        "事倍功半、徒劳无功",
    ),
    (
        "灯前问雪",
        "dēng qián wèn xuě",
        "在灯下询问窗外是否下雪，形容客居他乡时对家乡的思念",
        "宋·柳澄之《客岚集》：“灯前问雪，岁暮思归，不觉泪下。”",
        "年关将近，远在海外的姐姐每晚灯前问雪，总要打电话问家里冷不冷。",
        "思乡心切、归心似箭",
    ),
    (
        "拾穗补仓",
        "shí suì bǔ cāng",
        "拾取遗落的麦穗来补充粮仓，比喻点滴积累、不弃微小",
        "清·韦石泉《农余杂记》：“贫家拾穗补仓，积一冬之粮。”",
        "她每天抽半小时背单词，拾穗补仓，一年下来词汇量翻了一番。",
        "积少成多、聚沙成塔",
    ),
    (
        "隔岸数帆",
        "gé àn shǔ fān",
        "隔着江岸数过往的船帆，比喻置身事外、冷眼旁观",
        "元·谢栖梧《江上吟》序：“众皆奔走，独隔岸数帆，若无其事。”",
        "大家都在为救灾忙碌，他却隔岸数帆，连一句问候也没有。",
        "袖手旁观、作壁上观",
    ),
    (
        "削竹为笙",
        "xiāo zhú wéi shēng",
        "削竹子做成笙，比喻就地取材，因陋就简而能成事",
        "明·葛听松《山居记》：“山中无乐器，削竹为笙，亦自成调。”",
        "乡村学校没有实验器材，老师们削竹为笙，用废旧瓶罐做出了全套教具。",
        "因地制宜、因陋就简",
    ),
    (
        "烛尽书成",
        "zhú jìn shū chéng",
        "蜡烛燃尽时书稿恰好写成，形容专心致志、通宵达旦地写作",
        "清·孟晚汀《书窗琐记》：“每夜伏案，烛尽书成，东方既白。”",
        "为了赶在截止日前交稿，他连续几夜烛尽书成，终于完成了全部书稿。",
        "焚膏继晷、夜以继日",
    ),
    (
        "问路樵夫",
        "wèn lù qiáo fū",
        "向打柴的人打听道路，比喻向有实际经验的人请教",
        "宋·范鹤溪《游岚山记》：“迷于深谷，问路樵夫，始得出。”",
        "刚接手项目时他毫无头绪，于是问路樵夫，专门去请教了几位老师傅。",
        "不耻下问、虚怀若谷",
    ),
]
USAGE = [
    "作谓语、定语；含褒义",
    "作谓语、宾语；含贬义",
    "作谓语、状语；用于书面语",
    "作主语、谓语；多用于比喻",
]
EDIT = ["词典编辑部", "语文组", "编辑·禾川", "编辑·青苗"]


class GenZ(GenO):
    """Text makers for the ``z`` families (deterministic from the seed)."""

    qty = 0  # the last recall's quantity (its card repeats it)

    def recall(self, j: int, *, long: bool) -> Art:
        """A recall notice: the scope, the defect, the remedy and (long) the contact
        sections ``一、`` to ``四、``."""
        r = self.r
        maker, product, _, defect, hazard, remedy = RECALLS[j]
        qty = r.randint(300, 90000)
        self.qty = qty
        y, m, d = self.date()
        model = f"{chr(65 + r.randrange(20))}{chr(65 + r.randrange(20))}-{r.randint(100, 990)}"
        title = f"{maker}召回部分{product}"
        scope = f"{y - 1}年{r.randint(1, 6)}月至{y - 1}年{r.randint(7, 12)}月期间生产的{model}型{product}，共计{qty}件"  # noqa: E501
        lead = f"近日，{maker}按照《澄衡省消费品召回管理规定》的要求，向{CENTRE}备案了召回计划，决定即日起召回{scope}。"  # noqa: E501
        why = f"本次召回范围内的产品由于{defect}，在极端情况下{hazard}。"
        one, two = r.sample(WHO, 2)
        fix = f"{maker}将{r.choice(WAYS)}通知消费者，{one}，并为其{remedy}，{two}。"
        if long:
            lines = [
                lead,
                "一、召回范围",
                f"本次召回{scope}，产品铭牌上的型号和生产批号可用于识别。",
            ]
            lines += [
                "二、缺陷情况",
                why
                + f"截至目前，{maker}共收到相关报告{r.randint(2, 30)}起，未发生人员受伤的情况。",
            ]
            lines += ["三、召回措施", fix, "四、联系方式"]
            tel = f"400-8××-{r.randint(1000, 9999)}"
            lines.append(
                f"消费者可拨打{maker}客服热线{tel}了解详细信息，也可登录{RECALL_SITE}查询。"
            )
        else:
            lines = [lead, why + fix]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def talk(self, j: int, when: str) -> Art:
        """A lecture notice: the repeated title, speaker, time, place and host lines, the
        abstract and the speaker's bio under their heads, an invitation."""
        r = self.r
        title, who, rank, home, field = TALKS[j]
        f = field
        ab = [
            f"{r.choice(DID).format(f=f)}，{r.choice(THEN)}，{r.choice(THEN)}。",
            f"{r.choice(DID).format(f=f)}，并结合数值实验说明所得结论的适用范围，{r.choice(THEN)}。",
        ]
        bio = f"{who}，{home}{rank}，博士生导师，" + "，".join(
            x.format(f=f, n=r.randint(3, 9) * 10, k=r.randint(2, 6)) for x in r.sample(BIO, 3)
        )
        lines = [
            f"报告题目：{title}",
            f"报告人：{who}　{rank}（{home}）",
            f"报告时间：{when}",
            f"报告地点：{r.choice(ROOMS)}",
            "报告摘要：",
            *ab,
            "报告人简介：",
            bio + "。",
            "欢迎广大师生参加！",
        ]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def match(self, j: int) -> Art:
        """A match report: a lead, play-by-play paragraphs, a coach's quote, a closing."""
        r = self.r
        event, w, lo, score, venue = MATCHES[j]
        y, m, d = self.date()
        title = f"{w}{'以' + score if '秒' not in score else '以' + score + '的成绩'}夺得{GAMES}{event}冠军"  # noqa: E501
        lead = f"{m}月{d}日晚，{GAMES}{event}决赛在{venue}落下帷幕，{w}{'以' + score + '战胜' + lo if '秒' not in score else '以' + score + '的成绩力压' + lo}，捧起了冠军奖杯。"  # noqa: E501

        def para() -> str:
            self.n += 1
            p, q = r.sample(PHASE, 2)
            return (
                f"{p}，{r.choice(PLAY).format(w=w, l=lo)}，{r.choice(TURN).format(w=w, l=lo)}。"
                f"{q}，{r.choice(PLAY).format(w=w, l=lo)}，现场{self.n * 40 + 300}多名观众报以热烈掌声。"  # noqa: E501
            )

        lines = [lead, para(), para(), para(), *(c.format(w=w, l=lo) for c in COACH)]
        lines.append(
            f"据了解，本届运动会共设{r.randint(18, 30)}个大项，比赛将持续到{m + 1 if m < 12 else 12}月底，"  # noqa: E501
            f"全市共有{r.randint(60, 99)}支代表队参加角逐。"
        )
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def entry(self, j: int) -> Art:
        """A dictionary entry: pinyin, then ``【释义】`` / ``【出处】`` / ``【例句】`` /
        ``【用法】`` / ``【近义词】`` heads with their values."""
        word, py, mean, src, ex, near = IDIOMS[j]
        lines = [py, "【释义】", mean + "。", "【出处】", src, "【例句】", ex]
        lines += ["【用法】", self.r.choice(USAGE) + "。", "【近义词】", near]
        y, m, d = self.date()
        return Art(word, lines, list(lines), {"published": iso(y, m, d)})
