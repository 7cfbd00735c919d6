"""Words and text makers of :mod:`tests.families.blind_families_g` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``g``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, iso

# a clinical-guideline site
SOC = ["澜州市医学会全科医学分会", "澜州市护理学会社区护理专委会", "澜州市康复医学会老年康复组"]
GUIDE = ["社区老年人跌倒预防", "居家腹膜透析随访管理", "儿童反复喘息家庭护理"]
GUIDE += ["成人慢性咳嗽基层诊治", "术后早期床旁活动", "糖尿病足日常筛查", "失眠障碍非药物干预"]
COHORT = ["在纳入的社区队列中", "基层随访资料显示", "多中心观察研究提示", "两项对照试验合并后"]
FIND = ["规律宣教可使复诊率明显下降", "照护者培训与住院天数缩短相关", "早期评估能减少不良事件"]
FIND += ["分层管理的依从性较常规管理更好"]
ADVISE = ["建议由家庭医生团队牵头实施", "宜结合患者意愿制定计划", "应在首次就诊时完成评估"]
ADVISE += ["可借助随访表格逐项记录"]
GRADE = ["A", "B", "C", "D"]
STRENGTH = ["强推荐", "弱推荐"]

# a public-procurement portal
BUYER = ["澜州市滨江街道办事处", "澜州市第三人民医院", "澜州市图书馆", "澜州市市政养护中心"]
AGENT = ["澜信招标代理有限公司", "潮鸣项目咨询有限公司", "澜州公共资源交易服务中心"]
LOT = ["社区路灯节能改造", "病区护理床采购", "古籍数字化扫描服务", "人行道透水砖铺设"]
LOT += ["档案密集架更新", "食堂餐具消毒设备", "绿化带滴灌系统安装", "馆藏图书加工服务"]
DEMAND = ["投标人应具备相应的履约能力", "所投产品须提供原厂质保承诺", "供应商须在签约后按期进场"]
DEMAND += ["服务期内须配备专职联络人员"]
TERMS = ["验收合格后一次性支付合同价款", "不接受联合体投标", "本项目专门面向中小企业采购"]
TERMS += ["评标采用综合评分法"]

# a podcast transcript export
SHOW = "夜航电台"
HOSTS = ["阿澈", "小葵", "老默", "菖蒲"]
GUESTS = ["独立书店店主安宁", "城市规划师路远", "纪录片剪辑师温禾", "社区图书角志愿者小柚"]
EPIS = ["在小城开一家书店", "一座桥和它的邻居们", "剪辑台前的十二小时", "楼道里的图书角"]
EPIS += ["夜班公交上的人", "我们为什么怀念菜市场", "旧厂房变成了美术馆", "给十年后的自己写信"]
SAY = ["我那时候其实没想太多", "后来慢慢发现", "说起来有点不好意思", "很多听众留言问过"]
THOUGHT = ["最难的是坚持到第三年", "街坊们会顺手帮你看店", "每一帧画面都要反复确认"]
THOUGHT += ["孩子们比大人更愿意分享"]
AFTER = ["现在回头看也挺值得的", "这件事改变了我的节奏", "我们下期还可以接着聊"]
AFTER += ["这就是生活本来的样子"]
BOOKS = ["《河流的左岸》", "《纸上的街道》", "《晚风与邮差》", "《一张旧地图》", "《灯塔笔记》"]


class GenG(Gen):
    """Text makers for the ``g`` families (deterministic from the seed)."""

    clock = 0  # seconds into the current episode

    def evidence(self) -> str:
        self.n += 1
        r = self.r
        found = f"{r.choice(FIND)}，{r.choice(ADVISE)}"
        return f"{r.choice(COHORT)}，{found}，共纳入研究{self.n + 6}项。"

    def guideline(self, topic: str, soc: str, *, recs: int = 3) -> Art:
        """A guideline: 背景, numbered 推荐N items each with a 证据等级 line (one article)."""
        r = self.r
        lines = ["一、背景", self.evidence() + self.evidence(), "二、推荐意见"]
        for k in range(1, recs + 1):
            lines.append(f"推荐{k}：{r.choice(ADVISE)}，{r.choice(FIND)}。")
            lines.append(f"证据等级：{r.choice(GRADE)}；推荐强度：{r.choice(STRENGTH)}")
        lines += ["三、说明", self.evidence() + self.evidence()]
        y, m, d = self.date()
        meta = {"issuer": soc, "published": iso(y, m, d)}
        return Art(f"{topic}专家共识", lines, list(lines), meta)

    def tender_line(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(DEMAND)}，{r.choice(TERMS)}，投标有效期为{self.n + 60}日历天。"

    def tender(self, no: str, buyer: str, lots: list[str]) -> Art:
        """A call for tenders: 项目概况, 包1/包2 lots (one article), sign-off, CJK date."""
        r = self.r
        title = f"{buyer}{lots[0]}{'等' if len(lots) > 1 else ''}项目公开招标公告"
        lines = ["一、项目基本情况", self.tender_line() + self.tender_line(), "二、采购需求"]
        for k, lot in enumerate(lots, 1):
            lines.append(f"包{k}：{lot}，预算金额{r.randint(20, 400)}万元，最高限价同预算。")
            lines.append(self.tender_line())
        lines += ["三、其他事项", self.tender_line() + "逾期送达的投标文件恕不接收；特此告知。"]
        who = r.choice(["何工", "潘女士"])
        lines.append(f"联系人：{who}，电话：0000-××××{r.randint(100, 999)}。")
        y, m, d = self.date()
        y = int(no[5:9])
        lines += [buyer, cn_date(y, m, d)]
        meta = {"issuer": buyer, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    def award(self, no: str, buyer: str, lot: str) -> Art:
        """A short award notice (中标结果) of one project."""
        r = self.r
        lines = [
            f"中标供应商：澜州{r.choice(['启明', '恒川', '青禾', '和光'])}科技有限公司，中标金额{r.randint(20, 400)}.{r.randint(10, 99)}万元。",  # noqa: E501
            self.tender_line() + self.tender_line(),
            f"公示期为自本公告发布之日起一个工作日，{r.choice(TERMS)}，如有异议请书面提出。",
        ]
        _, m, d = self.date()
        meta = {"issuer": buyer, "doc_number": no, "published": iso(int(no[5:9]), m, d)}
        return Art(f"{buyer}{lot}项目中标结果公告", lines, list(lines), meta)

    def talk(self, who: str) -> str:
        """One time-coded turn; the clock runs on from the episode's start."""
        r = self.r
        self.n += 1
        self.clock += r.randint(40, 260)
        h, rest = divmod(self.clock, 3600)
        stamp = f"[{h:02d}:{rest // 60:02d}:{rest % 60:02d}]"
        return f"{stamp} {who}：{r.choice(SAY)}，{r.choice(THOUGHT)}，{r.choice(AFTER)}。"

    def episode(self, title: str, host: str, guest: str, *, books: int = 0) -> Art:
        """A transcript: time-coded turns; ``books``: a 本期书单 list inside (one article)."""
        self.clock = self.r.randint(5, 90)
        short = guest[-2:]
        lines = [self.talk(w) for w in (host, short, short, host, short)]
        if books:
            lines.append("本期书单：")
            lines += [f"{k}. {b}" for k, b in enumerate(self.r.sample(BOOKS, books), 1)]
        lines += [self.talk(host), self.talk(short)]
        return Art(title, lines, list(lines))


__all__ = ["AGENT", "BUYER", "EPIS", "GUESTS", "GUIDE", "HOSTS", "LOT", "SHOW", "SOC", "GenG"]
