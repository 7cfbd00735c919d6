"""Words and text makers of :mod:`tests.families.blind_families_r` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder, the date queue and the clock those of :mod:`tests.families.blind_o_text`;
the vocabulary is new so that no sentence of the ``r`` families repeats one of the earlier
families.  The statistics bulletins name towns written with CJK Extension A letters
(``㮾``, ``䢺``: in GB18030, not in GBK); the digital newspaper's people have names with
letters that are in GBK but not in GB2312 (``喆``, ``堃``, ``镕``), as its pages declare
``gb2312``.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a county statistics bureau (柘阳县统计局 and its neighbours), GB18030
COUNTIES = ["柘阳县", "㮾川县", "苇陂县", "䢺溪县", "枞岭县", "澧沙县", "桠口县", "湄坪县"]
SECTIONS = ["综合", "农业", "工业和建筑业", "固定资产投资", "国内贸易", "财政和金融", "人民生活"]
SGOOD = ["全县经济运行总体平稳", "主要指标稳中有进", "三次产业结构继续优化", "居民收入稳步增长"]
SWHAT = ["全年实现地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "一般公共预算收入"]
SWHAT += ["农林牧渔业总产值", "建筑业总产值", "年末金融机构各项存款余额"]
SMORE = ["增速比上年回落{}个百分点", "增速比上年提高{}个百分点", "总量居全市第{}位"]
SMORE += ["占全市比重提高{}个百分点"]
SWHY = ["主要受重点项目集中投产带动", "其中新兴产业贡献较大", "农村居民收入增速快于城镇居民"]
SWHY += ["消费市场逐步回暖", "全年新增市场主体较多"]
GOODS = [("粮食", "万吨"), ("油料", "吨"), ("蔬菜", "万吨"), ("水果", "吨"), ("茶叶", "吨")]
GOODS += [("肉类", "吨"), ("水产品", "吨")]

# a 7x24 financial flash-news site (澄浦财经)
FWHO = ["滨湾港务集团", "云舟汽车", "澄浦市住建局", "澄浦市发改委", "湄州航空", "青岑电力"]
FWHO += ["澄浦农商银行", "澄浦期货交易所"]  # the teller of headline j
FDID = ["发布数据显示", "发布公告称", "在新闻发布会上表示", "晚间披露", "回应市场关切称"]
FWHAT = ["一季度集装箱吞吐量同比增长{}%", "新能源车月销量环比增长{}%"]
FWHAT += ["全市新建商品住宅成交面积环比下降{}%", "三个重点项目本月起陆续开工，总投资约{}亿元"]
FWHAT += ["拟回购公司股份，回购金额上限为{}亿元", "夏季用电负荷预计同比上升{}%"]
FWHAT += ["普惠小微贷款余额较年初增长{}%", "早盘主力合约成交量较前一交易日放大{}%"]
FTAIL = ["市场人士认为短期影响有限", "相关细则将另行公布", "此前市场已有预期"]
FTAIL += ["分析人士提醒注意节奏变化", "具体情况以后续公告为准"]
FHEAD = ["一季度港口吞吐量同比增长", "新能源车销量连续三月上升", "楼市成交面积环比回落"]
FHEAD += ["三个重点项目陆续开工", "拟启动新一轮股份回购", "夏季用电高峰提前到来"]
FHEAD += ["小微贷款余额持续增长", "期货早盘成交明显放大"]
FEDIT = ["钟予安", "季沐川", "庞书瑶", "车鸿远", "邵晚晴"]

# a teachers' college journal (澄江师范学院学报), its full texts exported as plain text
PAPERS = [
    ("乡村小学阅读课堂中的提问策略研究", "Questioning Strategies in Rural Primary Reading Classes"),
    (
        "地方高校师范生教育实习的现状与对策",
        "Teaching Practicum of Normal Students in Local Colleges",
    ),
    ("方言区儿童普通话语音习得的个案考察", "A Case Study of Putonghua Phonetic Acquisition"),
    ("县域初中体育课程实施情况调查", "A Survey of Junior Middle School Physical Education"),
    ("高职院校劳动教育课程的设计与评价", "Designing and Evaluating Labour Education Courses"),
    ("民间剪纸融入美术课堂的实践探索", "Folk Paper-cutting in the Art Classroom"),
    ("小学数学作业分层设计的行动研究", "Action Research on Tiered Homework in Primary Maths"),
    ("乡土文化读本编写的若干问题", "Some Issues in Compiling Local Culture Readers"),
]
PAUTH = ["林若溪", "顾承安", "韩知夏", "穆清远", "叶栖梧", "蒋一帆", "苏沐阳", "贺兰舟"]
PSEC = ["问题的提出", "研究设计", "结果与分析", "讨论与建议"]
PFOUND = ["访谈资料表明", "课堂观察发现", "问卷统计结果显示", "对比两轮教学记录可以看到"]
PWHAT = ["教师的追问多停留在事实层面", "学生主动提出的问题明显增多", "不同年级之间差异较大"]
PWHAT += ["教研活动的频次与效果并不同步", "家庭阅读环境的影响不容忽视"]
PWHY = ["这与课时安排偏紧有关", "这说明支架式提问是有效的", "需要在后续研究中进一步验证"]
PWHY += ["其原因在于评价方式相对单一", "这一点与已有研究的结论基本一致"]
PKEYS = ["阅读教学", "提问策略", "乡村小学", "教育实习", "课程实施", "行动研究", "个案研究"]
PKEYS += ["劳动教育", "乡土文化"]

# a city daily's digital edition (岚溪日报数字报), GBK declared gb2312
NKICK = ["坚持三年“一村一策”", "从“等客上门”到“送学上门”", "老街区里的新变化"]
NKICK += ["一条河的十年", "让数据多跑路"]
NTITLE = ["闲置校舍变身乡村共享空间", "夜校课堂开进工业园区", "老城巷道完成微改造"]
NTITLE += ["岚溪湿地迎来首批越冬候鸟", "社区食堂一年服务四万人次", "旧厂房改成青年创业园"]
NTITLE += ["山区公交实现村村通", "城西菜市场完成提升改造"]
NSUB = ["——岚溪市推进城乡公共服务均衡发展见闻", "——来自城西街道的蹲点报道"]
NSUB += ["——一位老党员的基层治理笔记"]
NREP = ["韦喆", "沈堃", "伍镕", "覃一诺", "陆清和", "甘若水"]
NSEEN = ["走进现场", "记者了解到", "据街道负责人介绍", "在活动现场"]
NSAW = ["墙上贴满了居民写下的建议", "工人们正在安装最后一批座椅", "几位老人正围坐着下棋"]
NSAW += ["志愿者在门口登记来访信息", "孩子们在新铺的步道上跑来跑去"]
NSAID = ["“以前这里晚上黑漆漆的，现在敞亮多了。”", "“我们的想法是能改的先改起来。”"]
NSAID += ["“下一步还要听听年轻人的意见。”", "“钱要花在老百姓看得见的地方。”"]


class GenR(GenO):
    """Text makers for the ``r`` families (deterministic from the seed)."""

    def day(self, k: int, month: int = 0) -> None:
        """Queue one day (in ``month`` if given) for the next ``k`` pieces (a flash list
        is one day's items, a journal issue's papers come out on one day)."""
        y, m, d = super().date()
        self.days = [(y, month or m, d)] * k

    # -- the statistics bulletin
    def stat(self) -> str:
        self.n += 1
        r = self.r
        v = r.randint(12, 980) + r.randint(1, 9) / 10
        pat = r.choice(SMORE)
        more = pat.format(self.n % 9 + 1 if "位" in pat else f"0.{self.n % 9 + 1}")
        return f"{r.choice(SWHAT)}{v}亿元，比上年增长{r.randint(1, 12)}.{r.randint(0, 9)}%，{more}，{r.choice(SWHY)}。"  # noqa: E501

    def bulletin(self, county: str, year: int, *, full: bool) -> Art:
        """An annual bulletin: an opening, ``一、综合`` … sections of paragraphs, one
        data table (caption, head row, rows of cells split by full-width spaces) and the
        notes; the sections' names and the table lines are content."""
        r = self.r
        lines = [
            f"{year}年{'' if full else '前三季度'}，面对复杂多变的形势，{county}上下认真落实各项决策部署，{r.choice(SGOOD)}。"  # noqa: E501
            + self.stat()
        ]
        secs = SECTIONS[: 5 if full else 3]
        for n, s in enumerate(secs):
            lines += [f"{'一二三四五六七'[n]}、{s}", self.stat() + self.stat()]
            if s == "农业":
                lines.append(f"表1　{year}年主要农产品产量及其增长速度")
                lines.append("产品名称　单位　产量　比上年增长（%）")
                for name, unit in r.sample(GOODS, 4):
                    lines.append(
                        f"{name}　{unit}　{r.randint(12, 9800)}.{r.randint(0, 9)}　{r.choice(['', '-'])}{r.randint(0, 9)}.{r.randint(0, 9)}"  # noqa: E501
                    )
            if full:
                lines.append(self.stat())
        lines.append(
            "注：1.本公报中部分数据为初步统计数，最终以年鉴数据为准。2.各项增长速度按可比价格计算。"
        )
        y, m, d = (
            (year + 1, r.randint(2, 4), r.randint(1, 28)) if full else (year, 10, r.randint(18, 28))
        )
        return Art("", lines, list(lines), {"published": iso(y, m, d)})

    # -- the flash news
    def flash(self, j: int, *, long: bool) -> Art:
        """A flash item: the headline (title) and one paragraph (two on a detail page)."""
        r = self.r
        self.n += 1
        what = FWHAT[j].format(f"{self.n + 3}.{r.randint(1, 9)}")
        body = f"{FWHO[j]}{r.choice(FDID)}，{what}，{r.choice(FTAIL)}。"
        lines = [body]
        if long:
            more = f"据了解，{r.choice(FTAIL)}，{FWHO[j]}方面暂未作出进一步回应。"
            lines += [more + f"{r.choice(FTAIL)}，后续进展本站将持续关注。"]
        y, m, d = self.date()
        return Art(FHEAD[j], lines, list(lines), {"published": iso(y, m, d)})

    # -- the journal paper
    def finding(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PFOUND)}，{r.choice(PWHAT)}，{r.choice(PWHY)}，样本中共有{self.n * 3 + 20}份材料支持这一判断。"  # noqa: E501

    def abstract(self, j: int) -> str:
        r = self.r
        topic = PAPERS[j][0].removesuffix("研究").removesuffix("探索")
        return f"摘　要：本文以{r.randint(3, 12)}所学校为样本，采用问卷、访谈和课堂观察相结合的方法，围绕{topic}展开考察。研究发现，{r.choice(PWHAT)}，{r.choice(PWHY)}。"  # noqa: E501

    def paper(self, j: int, *, full: bool) -> Art:
        """A paper's content: the abstract, the key words, (if ``full``) the English title,
        abstract and key words, the numbered sections and their paragraphs."""
        r = self.r
        keys = r.sample(PKEYS, 3)
        lines = [self.abstract(j), "关键词：" + "；".join(keys)]
        if full:
            lines += [
                PAPERS[j][1],
                f"Abstract: Based on a survey of {r.randint(3, 12)} schools, this paper examines {PAPERS[j][1].lower()}.",  # noqa: E501
            ]
            lines += [
                "Key words: "
                + "; ".join(r.sample(["teaching", "rural school", "case study", "curriculum"], 3))
            ]
            for n, s in enumerate(PSEC, 1):
                lines += [f"{n}　{s}", self.finding() + self.finding()]
                if n in (2, 3):
                    lines += [
                        f"{n}.1　{r.choice(['样本与方法', '主要发现', '资料来源'])}",
                        self.finding(),
                    ]
        y, m, d = self.date()
        return Art(PAPERS[j][0], lines, list(lines), {"published": iso(y, m, d)})

    # -- the digital newspaper
    def scene(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(NSEEN)}，{r.choice(NSAW)}，{r.choice(NSAID)}这已是今年完成的第{self.n + 2}个项目。"  # noqa: E501

    def story(self, j: int, *, long: bool) -> Art:
        """A paper story: a ``本报讯`` lead and paragraphs with quotes."""
        lines = [f"本报讯　{NTITLE[j][:4]}的事，最近在岚溪传开了。" + self.scene()]
        lines += [self.scene() + self.scene() for _ in range(3 if long else 1)]
        lines.append(f"据悉，岚溪市还将在年内推出{self.n + 4}个同类项目。")
        y, m, d = self.date()
        return Art(NTITLE[j], lines, list(lines), {"published": iso(y, m, d)})
