"""Words and text makers of :mod:`tests.families.blind_families_l` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``l``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, iso

# a survey-report library (调研报告)
SAREAS = ["栖梧区", "白沙镇", "芷江街道", "岑溪县", "南屏乡", "洛川区", "枣林镇", "青禾区"]
SBODY = ["农业农村局", "民政局", "文化和旅游局", "人力资源和社会保障局", "总工会"]
TOPICS = ["村级集体经济发展", "居家养老服务", "乡村民宿经营", "灵活就业人员参保"]
TOPICS += ["农家书屋使用", "新型职业农民培育", "社区托育服务", "快递网点安全生产"]
SCOLS = ["农业农村", "民生保障", "文旅产业", "就业社保", "文化服务", "农业农村", "民生保障"]
SCOLS += ["安全生产"]
FOUND = ["走访的十二个村中有七个反映", "受访对象普遍认为", "座谈中多位基层干部提到"]
FOUND += ["问卷结果显示约六成家庭认为", "从抽查的台账来看"]
ISSUE = ["资金来源较为单一", "专业人才明显不足", "配套政策落地偏慢", "服务供给与需求错位"]
ISSUE += ["日常管理仍较粗放"]
FIX = ["建议整合现有扶持资金", "可探索引入第三方运营", "应尽快出台实施细则"]
FIX += ["宜建立季度会商机制", "需加强典型经验推广"]

# a letters library of 倡议书
CAUSES = ["文明养犬", "光盘行动", "垃圾分类从我做起", "节约用水", "绿色出行"]
CAUSES += ["拒绝燃放烟花爆竹", "爱护公共设施", "全民阅读"]
CALLERS = ["南湖社区居委会", "晴川小学少先队大队部", "鹿鸣街道妇联", "石埠镇团委"]
CALLERS += ["梧桐里业主委员会", "芳洲区志愿者协会"]
HEARERS = ["亲爱的居民朋友们：", "全体师生及家长朋友们：", "广大青年朋友们：", "各位邻居："]
WHY = ["近来不少居民向我们反映", "随着天气逐渐转暖", "在刚刚过去的一个季度里"]
WHY += ["据物业方面的粗略统计"]
AGAIN = ["不少热心居民已经主动参与进来", "家门口的环境需要每一个人来维护"]
AGAIN += ["良好的风气离不开大家的共同坚持", "一些好做法值得在更大范围推广"]
SEEN = [
    "楼道和绿地里的问题又多了起来",
    "身边的浪费现象仍时有发生",
    "一些不文明行为影响了大家的心情",
]
ASK = ["从自身做起，从点滴小事做起", "主动劝导身边的亲友", "积极参加社区组织的志愿服务"]
ASK += ["把好习惯带进每一个家庭", "发现问题及时向网格员反映"]

# a district government portal (通知公告)
GAREAS = ["鹭湾区", "汀州市", "桐梓县", "澜沧湾区"]
MATTERS = ["开展夏季校车安全专项检查", "做好秋季农产品产销对接", "规范户外广告设置"]
MATTERS += ["推进老旧管网改造", "加强电动自行车停放充电管理", "做好高温天气劳动保护"]
MATTERS += ["开展消费券发放", "组织公共场所无障碍设施排查"]
OFFICES = ["教育局", "农业农村局", "城市管理局", "住房和城乡建设局", "消防救援大队"]
OFFICES += ["人力资源和社会保障局", "商务局", "残疾人联合会"]
CODES = ["教", "农", "城管", "住建", "消", "人社", "商", "残联"]
GCATS = ["交通运输", "农业农村", "城乡建设", "城乡建设", "安全生产", "劳动就业", "商贸流通"]
GCATS += ["社会保障"]
GDO = ["各街道（镇）要逐一建立台账", "牵头部门须每旬通报进展", "各责任单位应细化任务分工"]
GDO += ["执法人员要加强日常巡查", "属地单位须落实专人负责"]
GHOW = ["对发现的问题限期整改到位", "做到底数清、情况明", "确保各项措施落地见效"]
GHOW += ["并将整改情况按时书面报送"]

# a WeChat-like account of a county media centre
PLACES = ["柳湾老街", "鹭湾渔港", "西岭茶园", "月湖公园", "钟楼巷", "南门菜市", "北滨码头"]
PLACES += ["杏花村口"]
HOOKS = ["这个周末，去", "走进", "藏在", "再访"]
WHAT = ["门口那棵老樟树又抽了新芽", "摊主们天不亮就支起了雨棚", "一群孩子正围着糖画摊打转"]
WHAT += ["修缮后的石板路重新开放", "傍晚的江风带着一股咸味", "老茶客们还坐在熟悉的位置"]
SAID = ["一位在这里住了四十年的阿婆笑着说", "负责改造的工作人员告诉记者", "一位游客感慨道"]
SAID += ["店主一边招呼客人一边说"]
QUOTE = ["“变化是真的大，可味道还是老样子。”", "“我们想让老街坊住得舒心，也留住烟火气。”"]
QUOTE += ["“下次还要带家里人一起来。”", "“只要街上还有人来，我就一直开下去。”"]
SUBS = ["老味道还在", "新面孔来了", "一条街的四季", "守着这方烟火"]
NEWS = ["新开通两条夜间公交线路", "启动第三批老旧小区改造", "举办首届稻田音乐节"]
NEWS += ["发布汛期出行提示", "上线便民预约挂号服务", "完成滨江绿道提升工程"]
WRITERS = ["林小满", "陈默言", "苏禾", "周一帆", "叶知秋"]


class GenL(Gen):
    """Text makers for the ``l`` families (deterministic from the seed)."""

    # -- survey reports
    def finding(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(FOUND)}，目前{r.choice(ISSUE)}，{r.choice(FIX)}，调研组共收集有效意见{self.n + 30}条。"  # noqa: E501

    def survey(self, area: str, topic: str, *, signed: bool = True) -> Art:
        """A survey report: an opening paragraph, ``一、`` sections, ``（一）`` problem
        items, suggestions and, if ``signed``, the survey group and a Chinese-numeral
        date (one article, never split)."""
        r = self.r
        org = area + r.choice(SBODY)
        y, m, d = self.date()
        title = f"关于{area}{topic}情况的调研报告"
        lines = [f"为摸清{topic}的实际情况，{org}组成调研组开展了专题调研。" + self.finding()]
        lines += ["一、基本情况", self.finding() + self.finding(), "二、存在的问题"]
        lines += [f"（{c}）{self.finding()}" for c in "一二三"]
        lines += ["三、对策建议", self.finding() + self.finding()]
        if signed:
            lines += [f"{org}调研组", cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"issuer": org, "published": iso(y, m, d)})

    # -- 倡议书
    def appeal(self, cause: str, caller: str, *, signed: bool = True) -> Art:
        """A 倡议书: salutation, reasons, ``为此，我们倡议：``, ``1、…；`` items, a rallying
        close and, if ``signed``, the caller and a ``年月日`` date (one article)."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        lines = [r.choice(HEARERS)]
        lines.append(f"{r.choice(WHY)}，{r.choice(SEEN)}，为{cause}，我们向大家发出倡议。")
        why, seen = r.choice(AGAIN), r.choice(SEEN[:1] + SEEN[2:])
        lines.append(f"{why}，{seen}，本月共收到相关反映{self.n + 12}件。")
        lines.append("为此，我们倡议：")
        lines += [f"{k}、{a}；" for k, a in enumerate(r.sample(ASK, 3), 1)]
        lines[-1] = lines[-1][:-1] + "。"
        lines.append(f"让我们携起手来，{r.choice(ASK)}，共同守护我们身边这份美好，一起加油！")
        if signed:
            lines += [caller, f"{y}年{m}月{d}日"]
        return Art(
            f"关于{cause}的倡议书",
            lines,
            list(lines),
            {"issuer": caller, "published": iso(y, m, d)},
        )

    # -- government notices
    def duty(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(GDO)}，{r.choice(GHOW)}，本轮共排查点位{self.n + 40}个，发现问题{self.n % 9 + 2}处。"  # noqa: E501

    def bulletin(self, area: str, j: int, *, signed: bool = True) -> Art:
        """A notice: salutation, an opening, ``一、`` sections with ``（一）`` items, a
        contact line and, if ``signed``, the issuer and a Chinese-numeral date."""
        r = self.r
        matter, org = MATTERS[j], area + OFFICES[j]
        y, m, d = self.date()
        no = f"{area[:2]}{CODES[j]}〔{y}〕{r.randint(3, 60)}号"
        lines = [
            "各街道办事处、镇人民政府，各有关单位：",
            f"为切实{matter}，经研究，现将有关事项通知如下。",
        ]
        lines += ["一、工作目标", self.duty() + self.duty(), "二、重点任务"]
        lines += [f"（{c}）{self.duty()}" for c in "一二"]
        lines += ["三、工作要求", self.duty()]
        who = r.choice(["刘女士", "张先生", "黄科长"])
        lines.append(f"联系人：{who}，电话：0{r.randint(590, 599)}-{r.randint(2000000, 8999999)}。")
        if signed:
            lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(f"{org}关于{matter}的通知", lines, list(lines), meta)

    # -- WeChat-like features and digests
    def scene(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WHAT)}，{r.choice(SAID)}：{r.choice(QUOTE)}这是我们本月第{self.n}次来这里采访。"  # noqa: E501

    def feature(self, place: str) -> Art:
        """A feature story: two opening paragraphs, ``01｜`` subheads with paragraphs and a
        closing paragraph (one article, never split at the subheads)."""
        r = self.r
        lines = [self.scene() + self.scene(), self.scene()]
        for k, sub in enumerate(r.sample(SUBS, 3), 1):
            lines += [f"{k:02d}｜{sub}", self.scene() + self.scene()]
        lines.append(f"如果你也想念{place}，不妨挑个晴天去走一走，它一直都在那里等你。")
        y, m, d = self.date()
        title = f"{r.choice(HOOKS)}{place}，看看它这几年的变化"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def brief(self, place: str, news: str) -> Art:
        """A short news item of a digest: two paragraphs."""
        y, m, d = self.date()
        lines = [f"记者从有关部门获悉，{place}周边{news}，" + self.scene(), self.scene()]
        return Art(f"{place}周边{news}", lines, list(lines), {"published": iso(y, m, d)})


__all__ = [
    "CALLERS",
    "CAUSES",
    "GAREAS",
    "GCATS",
    "MATTERS",
    "NEWS",
    "PLACES",
    "SAREAS",
    "SCOLS",
    "TOPICS",
    "WRITERS",
    "GenL",
]
