"""Words and text makers of :mod:`tests.families.blind_families_ya` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``ya`` families repeats one of the earlier
families.  The gazette's words are in traditional letters and encode in Big5-HKSCS, the
filing list's and the question bank's in GBK.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a teachers' college journal's online table of contents (岑川师范学院学报) ---------------
QK_JOURNAL = "岑川师范学院学报（社会科学版）"
QK_COLUMNS = ["乡村教育研究", "地方文化与历史", "语言文字研究", "教师专业发展"]
# (title, keywords) per column
QK_PAPERS = {
    "乡村教育研究": [
        ("乡村小规模学校复式教学的困境与出路", "复式教学；小规模学校；乡村教师；课程整合"),
        ("县域高中“托底”政策的实施效果评估", "县域高中；托底政策；教育公平；实施评估"),
        ("留守儿童课后服务的供给结构分析", "留守儿童；课后服务；供给结构；社会支持"),
        ("乡村教师周转宿舍建设的地方经验", "周转宿舍；乡村教师；生活保障；地方经验"),
        ("走教制度下音体美课程的开设现状", "走教；艺术课程；师资共享；乡村学校"),
    ],
    "地方文化与历史": [
        ("清代岑川码头行帮的组织与规约", "码头行帮；行业规约；清代；岑川"),
        ("民国时期澧阳乡村私塾的转型", "私塾；新式学堂；乡村教育；民国"),
        ("沅澧之间傩戏唱本的流传与整理", "傩戏；唱本；文献整理；地方戏曲"),
        ("地方志所见明清时期的义渡", "义渡；地方志；乡村公益；明清"),
        ("近代茶商家族的迁徙与商号经营", "茶商；家族迁徙；商号；近代"),
    ],
    "语言文字研究": [
        ("岑川方言中的“嘎”字句考察", "岑川方言；语气词；句法分布；方言语法"),
        ("湘西南地名中的古越语底层", "地名；底层词；古越语；湘西南"),
        ("中学语文教材文言虚词注释的商榷", "文言虚词；教材注释；中学语文；商榷"),
        ("网络新词进入日常口语的途径", "网络新词；口语；词汇扩散；语言生活"),
    ],
    "教师专业发展": [
        ("师范生教育实习中的反思日志研究", "教育实习；反思日志；师范生；专业成长"),
        ("名师工作室辐射作用的发挥机制", "名师工作室；辐射作用；教师共同体；机制"),
        ("新入职教师课堂管理焦虑的成因", "新入职教师；课堂管理；焦虑；入职适应"),
        ("县级教研员角色定位的变迁", "教研员；角色定位；县级教研；变迁"),
    ],
}
QK_NAMES = ["周蔓青", "程以南", "欧阳疏影", "谢立川", "郁晚禾", "蒋行远", "韦知秋", "柯雨澄"]
QK_UNITS = [
    "岑川师范学院教育科学学院",
    "岑川师范学院文学院",
    "岑川师范学院历史文化学院",
    "澧阳市教育科学研究所",
    "岑川师范学院马克思主义学院",
]
QK_WAY = [
    "以岑川市六个县区为样本",
    "基于对三百余份问卷和二十次访谈的整理",
    "依据新发现的契约文书和碑刻材料",
    "采用田野调查与文献互证的方法",
    "借助课堂观察记录和教师日志",
]
QK_FIND = [
    "研究发现，现有做法在起步阶段成效明显，但后续投入不足的问题逐渐显现",
    "研究表明，制度设计与基层执行之间存在较大落差，需要更细致的配套安排",
    "文章认为，这一现象的形成既有经济因素，也与地方社会的传统观念密切相关",
    "分析显示，参与者的主观感受与外部评价并不完全一致，二者差距值得关注",
]
QK_SUGG = [
    "应从经费保障、人员配置和评价方式三个方面加以完善",
    "可通过建立区域协作机制来弥补单个学校力量的不足",
    "今后的研究宜进一步扩大样本范围并引入长时段的追踪资料",
    "相关部门需要在政策制定时更多听取一线人员的意见",
]

# -- a special region's official gazette, traditional letters (鏡洲特別行政區公報) -----------
GB_REGION = "鏡洲特別行政區"
GB_NAME = "鏡洲特別行政區公報"
# (office, signer title, signer name)
GB_OFFICES = [
    ("行政長官辦公室", "行政長官", "賀景川"),
    ("社會文化司司長辦公室", "社會文化司司長", "歐陽瑜"),
    ("運輸工務司司長辦公室", "運輸工務司司長", "梁澤遠"),
    ("經濟財政司司長辦公室", "經濟財政司司長", "鄧思衡"),
    ("保安司司長辦公室", "保安司司長", "麥志明"),
]
GB_BODY = [
    "青年事務",
    "文化遺產保護",
    "公共圖書館",
    "海上搜救",
    "旅遊發展",
    "社區體育設施",
    "長者服務",
    "職業培訓",
]
GB_PEOPLE = ["黃振邦", "何嘉欣", "羅子朗", "鄭詠詩", "陳健峰", "蘇曉晴", "葉俊傑", "區綺雯"]
GB_WHY = [
    "為配合相關範疇工作之實際需要",
    "鑑於原有安排之期限即將屆滿",
    "考慮到有關機構提交之建議",
    "經聽取諮詢委員會之意見後",
]
GB_MORE = [
    "上款所指人員出席{b}相關會議時，每次收取出席費鏡洲元{n}元，有關開支由本年度預算承擔。",
    "有關{b}工作小組應每{s}個月向監督實體提交工作報告，並於任期屆滿前提交總結報告。",
    "執行本批示所需之{b}開支，以鏡洲元{n}萬元為上限，由有關部門本年度預算內之撥款支付。",
    "本批示所指之{b}安排須按照現行法例執行，相關文件須保存{s}年，如有疑問由司長辦公室解釋。",
]

# -- a civil-service exam question bank's analysis pages (鹿鸣题库) -----------------------------
ZT_SITE = "鹿鸣题库"
ZT_EXAMS = [
    "2021年岚州省公务员录用考试《行政职业能力测验》",
    "2019年澄江市事业单位公开招聘考试《职业能力倾向测验》",
    "2022年岚州省选调生招录考试《行政职业能力测验》",
    "2020年柘湖县教师招聘考试《公共基础知识》",
]
# (category path, stem = title, passage, options, answer, point)
ZT_QUESTIONS = [
    (
        "言语理解与表达　＞　逻辑填空",
        "依次填入画横线部分最恰当的一项是（　　）。",
        "老街改造不能一拆了之，那些____了几代人记忆的门楼和石板，恰恰是街区最值得____的部分。",
        ["承载　珍视", "记录　保留", "见证　关注", "包含　修缮"],
        "A",
        "实词辨析",
    ),
    (
        "常识判断　＞　科技常识",
        "下列关于日常生活现象的解释，不正确的是（　　）。",
        "小明在整理学习笔记时，记下了四条关于生活中物理现象的说法。",
        [
            "夏天自行车胎打气过足容易爆裂，是因为气体受热膨胀",
            "雨后天空出现彩虹，是阳光经水滴折射和反射形成的",
            "用吸管喝饮料，是依靠嘴对饮料产生的吸引力",
            "冬天室外铁栏杆摸起来比木栏杆凉，是因为铁导热快",
        ],
        "C",
        "物理常识",
    ),
    (
        "言语理解与表达　＞　语句排序",
        "将以下六个句子重新排列，语序最连贯的是（　　）。",
        "①于是有人开始在屋顶种菜②城市里的空地越来越少③起初邻居们并不看好④后来整栋楼都加入进来⑤收获的蔬菜分给了楼里的老人⑥屋顶成了大家最常去的地方",
        ["②①③④⑤⑥", "①②③⑤④⑥", "②③①④⑥⑤", "③②①④⑤⑥"],
        "A",
        "语句衔接",
    ),
    (
        "判断推理　＞　定义判断",
        "根据上述定义，下列属于“补偿性消费”的是（　　）。",
        "补偿性消费是指人们在经历压力、挫折或长期克制之后，通过购买商品或服务来弥补心理落差的消费行为。",
        [
            "小李每月固定购买两本专业书籍",
            "老张连续加班一个月后给自己订了一次远途旅行",
            "小王为参加婚礼购买了一套正装",
            "赵阿姨趁超市打折囤了一箱洗衣液",
        ],
        "B",
        "定义判断",
    ),
    (
        "常识判断　＞　法律常识",
        "根据我国民法相关规定，下列说法正确的是（　　）。",
        "某社区普法讲座上，讲解员就日常生活中的民事行为举了四个例子。",
        [
            "八周岁的学生可以独立签订购买电脑的合同",
            "拾得遗失物的人可以直接据为己有",
            "成年人可以独立实施民事法律行为",
            "口头约定一律不具有法律效力",
        ],
        "C",
        "民法常识",
    ),
    (
        "言语理解与表达　＞　片段阅读",
        "这段文字意在强调（　　）。",
        "许多小镇的老手艺并不缺少市场，缺少的是把手艺讲清楚的人。一件竹编如果只摆在货架上，顾客看到的只是价格；如果有人讲出它经过多少道工序，顾客看到的就是一段时间和一门功夫。",
        [
            "老手艺的市场正在萎缩",
            "讲述能够提升手艺的价值",
            "竹编工序十分复杂",
            "小镇需要更多的货架",
        ],
        "B",
        "主旨概括",
    ),
    (
        "判断推理　＞　类比推理",
        "从所给的选项中，选择与题干词语逻辑关系最为相似的一项（　　）。",
        "题干：渡船：河流：对岸",
        ["邮差：信件：收件人", "缆车：山坡：山顶", "钥匙：门锁：房间", "雨伞：雨水：行人"],
        "B",
        "类比推理",
    ),
    (
        "常识判断　＞　人文常识",
        "下列诗句与所描写的传统节日对应不正确的是（　　）。",
        "某校语文兴趣小组整理了四句与传统节日有关的古诗，请判断对应关系。",
        [
            "“爆竹声中一岁除”——春节",
            "“清明时节雨纷纷”——清明节",
            "“遥知兄弟登高处”——重阳节",
            "“千门开锁万灯明”——中秋节",
        ],
        "D",
        "文学常识",
    ),
]
ZT_LEAD = [
    "本题可以先从题干中找突破口",
    "解答此类题目，关键在于抓住题干的限定条件",
    "这道题考查的是基础知识的灵活运用",
    "很多考生在这里容易被干扰项迷惑",
]
ZT_HOW = [
    "逐项比对后可以发现只有一个选项完全符合要求",
    "结合上下文的语境逐一排除，答案就比较明确了",
    "把每个选项代回原文检验，不符合的即可排除",
    "先排除明显错误的两项，再在剩下的两项中仔细比较",
]
ZT_TIP = [
    "平时复习时应注意积累相近概念之间的细微差别",
    "建议考生把同类题目放在一起练习，总结出自己的解题步骤",
    "做题时不要凭印象作答，一定要回到题干核对关键词",
]

# -- a province's TV-drama filing notices (岚州省广播电视局) ----------------------------------
BA_BUREAU = "岚州省广播电视局"
BA_GENRES = ["当代都市", "当代农村", "近代传奇", "当代军旅", "古代传奇", "当代涉案"]
BA_DRAMAS = [
    "青禾渡",
    "山那边的灯",
    "雾锁长桥",
    "春风过柳塘",
    "小镇邮差",
    "归雁",
    "铁轨上的少年",
    "向阳坡",
    "一城烟火",
    "江心洲",
    "晚霞里的考场",
    "寻常巷陌",
    "夜航船",
    "白鹭湾",
    "云上茶园",
    "老街的钟",
]
BA_FIRMS = [
    "岚州云岫影视文化有限公司",
    "澄江市青桐传媒有限公司",
    "岚州广播电视台",
    "柘湖县星河影业有限公司",
    "岚州省长庚文化传播有限公司",
]
BA_PLACES = ["岚州市", "澄江市、柘湖县", "岚州省青篁县", "柘湖县、沙湄县", "澄江市"]
BA_WHO = [
    "返乡创业的大学生",
    "一位即将退休的乡村邮递员",
    "刚刚走上工作岗位的年轻民警",
    "经营老字号茶馆的三兄妹",
    "一名从部队转业的驾驶员",
    "在江边长大的渔家姑娘",
]
BA_DID = [
    "带领乡亲们发展特色种植",
    "在平凡岗位上默默坚守",
    "面对家族生意的起起落落",
    "在一次次挫折中重新找回方向",
    "和身边的人一起守护这座小城",
]
BA_WON = ["找到了属于自己的道路", "赢得了大家的信任", "实现了多年的心愿"]
BA_END = [
    "展现了新时代普通人的奋斗与温情",
    "折射出一座城市数十年的发展变迁",
    "讲述了一个关于坚守和成长的动人故事",
    "歌颂了平凡人身上的担当和善良",
]


class GenYA(GenO):
    """Text makers for the ``ya`` families (deterministic from the seed)."""

    # -- journal paper (abstract and keywords)
    def paper(self, column: str, item: tuple[str, str]) -> Art:
        r = self.r
        self.n += 1
        title, keys = item
        lines = [
            f"摘要：{r.choice(QK_WAY)}，本文以{keys.split('；')[0]}为中心，考察了相关现象的形成过程与主要问题。"
            f"{r.choice(QK_FIND)}，{r.choice(['其中', '尤其是', '特别是'])}"
            f"{r.choice(['样本中约', '受访者中有', '调查对象的'])}{self.n * 3 + 21}%表示"
            f"{r.choice(['愿意继续参与', '曾遇到类似困难', '对现状基本满意'])}。"
            f"据此，{r.choice(QK_SUGG)}。",
            f"关键词：{keys}",
        ]
        names = r.sample(QK_NAMES, r.randint(1, 3))
        meta = {"author": "，".join(names), "origin": r.choice(QK_UNITS)}
        return Art(title, lines, list(lines), meta)

    # -- gazette dispatch (traditional letters)
    def dispatch(self, office: tuple[str, str, str], no: int, signed: tuple[int, int, int]) -> Art:
        """One dispatch: the number line (its title), the enabling clause, ``一、`` …
        ``三、`` items, the signing date in Chinese numerals with ``零`` and the signer."""
        r = self.r
        self.n += 1
        unit, signer, name = office
        y, m, d = signed
        body = r.choice(GB_BODY)
        title = f"第 {no}/{y} 號{signer}批示"
        two = r.sample(GB_PEOPLE, 2)
        money = self.n * 50 + r.randint(1, 40)
        first = r.choice(
            [
                f"委任{two[0]}、{two[1]}為{body}委員會委員，任期兩年；",
                f"續任{two[0]}為{body}委員會主席，任期一年；",
                f"核准{body}基金{y}年度預算，總額為鏡洲元{money}萬元；",
                f"設立{body}工作小組，由{two[0]}擔任協調員；",
                f"調整{body}服務收費表所載之金額，調整幅度為百分之{cn_small(r.randint(2, 9))}；",
            ]
        )
        more = r.choice(GB_MORE).format(b=body, n=money, s=r.randint(2, 6))
        lines = [
            title,
            f"{signer}行使第 {r.randint(2, 30)}/{r.randint(1999, y - 1)} 號行政法規第"
            f"{r.choice(['四', '五', '七'])}條賦予的職權，{r.choice(GB_WHY)}，作出本批示：",
            f"一、{first}",
            f"二、{more}",
            "三、本批示自公佈翌日起生效。",
            f"{str(y).translate(_ZH)}年{cn_small(m)}月{cn_small(d)}日",
            f"{signer}　{name}",
        ]
        meta = {"issuer": unit, "doc_number": f"第 {no}/{y} 號"}
        return Art(title, lines, list(lines), meta)

    # -- exam question analysis
    def question(self, i: int) -> Art:
        r = self.r
        self.n += 1
        _, stem, passage, opts, ans, point = ZT_QUESTIONS[i]
        lines = [passage]
        lines += [f"{'ABCD'[k]}．{x}" for k, x in enumerate(opts)]
        lines.append(f"【正确答案】{ans}")
        lines.append(
            f"【解析】{r.choice(ZT_LEAD)}，{r.choice(ZT_HOW)}。选项{ans}与题干要求一致，"
            f"其余选项或范围过宽，或与材料表述不符，故正确答案为{ans}。"
        )
        lines.append(
            f"【名师点拨】{r.choice(ZT_TIP)}，本类题目近三年在同类考试中出现了{self.n + 4}次，"
            f"属于必须掌握的{point}题型。"
        )
        lines.append(f"【考点】{point}")
        y, m, d = self.date()
        return Art(stem, lines, list(lines), {"published": iso(y, m, d)})

    # -- TV drama filing entry
    def drama(self, title: str) -> Art:
        r = self.r
        self.n += 1
        who, did = r.choice(BA_WHO), r.choice(BA_DID)
        lines = [
            f"内容提要：{r.choice(['上世纪八十年代', '新世纪初', '近年来', '改革开放初期'])}，"
            f"{who}回到{r.choice(['家乡', '江南小镇', '西部山村', '沿江老城'])}，"
            f"{did}，经历了{r.choice(['亲情的考验', '事业的低谷', '一场意外的变故'])}。",
            f"在{r.choice(['众人的帮助下', '家人的支持下', '一次次尝试之后'])}，"
            f"主人公终于{r.choice(BA_WON)}，"
            f"全剧{r.choice(BA_END)}，计划拍摄周期为{self.n * 2 + 60}天。",
        ]
        return Art(title, lines, list(lines))


_ZH = str.maketrans("0123456789", "零一二三四五六七八九")
