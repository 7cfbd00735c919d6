"""Words and text makers of :mod:`tests.families.blind_families_zm` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zm`` families repeats one of the earlier
families.  The stock-forum words are all in GBK, the news portal's in Big5 (traditional
letters), as their pages are encoded.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a stock forum thread page (砚池财经 · 股友吧), HTML in GBK ---------------------------
SITE_GUBA = "砚池财经"
# (stock, code, thread title)
THREADS = [
    ("岚峰电子", "300917", "缩量回踩五日线，明天大概率要选方向了"),
    ("汀州重工", "600786", "说说我为什么在这个位置继续拿着不动"),
    ("青蚨药业", "002653", "年报出来了，毛利率这块大家怎么看"),
    ("鹤屿能源", "601377", "机构连续三天净买入，是不是有人在悄悄建仓"),
    ("栖霞新材", "688415", "解禁前一周的走势复盘，供各位吧友参考"),
    ("澄江物流", "603902", "业绩说明会听下来的几点个人感受"),
    ("云帆食品", "002891", "套了半年终于回本了，说点心里话"),
    ("柘林通信", "300658", "分红方案公布了，算一笔账给大家看看"),
]
GB_SEE = [
    "今天早盘低开以后一直在均线附近来回拉扯",
    "这两天成交量明显缩下来了",
    "下午两点以后有一笔大单把价格托了上去",
    "从周线上看这一段整理已经持续了七八周",
    "最近板块整体走弱，这只票算是比较抗跌的",
]
GB_THINK = [
    "我个人理解是主力在洗盘而不是出货",
    "说明上方抛压其实没有想象中那么重",
    "短线资金进进出出，长线的筹码基本没动",
    "只要不放量跌破平台，我就继续拿着",
    "这种位置追高不划算，等回踩再说",
]
GB_PLAN = [
    "仓位控制在三成以内，留足子弹",
    "跌破止损位就走，不和市场较劲",
    "不加杠杆，也不建议新手跟风",
    "每天收盘后复盘一遍，不听小道消息",
]
GB_REPLY = [
    "分析得挺细的，先收藏了，明天看结果。",
    "楼主心态不错，我已经割了，羡慕能拿住的。",
    "别光看量，消息面最近也要留意一下。",
    "说得有道理，不过大盘不好的时候个股很难独善其身。",
    "同一个成本，一起守着吧。",
    "这种帖子看看就好，自己的钱自己做主。",
]
GB_USERS = ["老K看盘", "砚池小散", "价值捡漏王", "慢牛养成记", "午盘不睡觉", "青蚨一号"]
GB_USERS += ["短线游侠", "稳字当头"]
GB_IP = ["青川", "岚北", "鹭南", "河坪", "汀州"]

# -- a tax bureau's 12366 hot Q&A digest (青川省税务局), GB18030 text -------------------
TAX_SITE = "国家税务总局青川省税务局"
# (tax kind, question)
TAX_Q = [
    ("增值税", "小规模纳税人一个季度的销售额没有超过起征点，还需要办理纳税申报吗？"),
    ("增值税", "个体工商户代开发票时，可以选择按百分之一的征收率开具吗？"),
    ("个人所得税", "年度汇算时发现漏填了子女教育专项附加扣除，还能补充填报吗？"),
    ("个人所得税", "同时在两家单位领取工资，年度汇算需要合并计算吗？"),
    ("企业所得税", "研发费用加计扣除可以在季度预缴时就享受吗？"),
    ("企业所得税", "小型微利企业的从业人数应当怎样计算？"),
    ("社保费", "灵活就业人员在电子税务局缴纳养老保险费后，能打印缴费凭证吗？"),
    ("社保费", "城乡居民医保费缴纳以后发现档次选错了，可以申请退费吗？"),
    ("印花税", "签订的技术服务合同需要按照什么税目缴纳印花税？"),
    ("房产税", "企业将自用厂房出租给其他单位，房产税的计税依据有变化吗？"),
    ("出口退税", "出口企业首次申报退税前，需要先办理备案吗？"),
    ("发票", "取得的电子发票重复报销的风险，单位应当如何防范？"),
]
TAX_OPEN = [
    "根据现行规定",
    "按照有关文件精神",
    "经查询相关政策",
    "结合您描述的情况",
]
TAX_RULE = [
    "纳税人应当在规定的申报期内通过电子税务局或者办税服务厅办理",
    "符合条件的可以按规定享受优惠，并将相关资料留存备查",
    "应当以实际取得的收入为计税依据，不得随意调整",
    "相关事项可以在网上办理，无需到办税服务厅现场报送纸质资料",
    "如对计算结果有疑问，可以在期限内提出更正申请",
]
TAX_MORE = [
    "具体操作可以登录电子税务局，在我要办税栏目下查找对应模块",
    "办理过程中如遇系统提示异常，可先核对登记信息是否一致",
    "建议提前准备好合同、凭证等资料，以便核实",
    "逾期未办理的，将按照规定加收滞纳金",
]
TAX_DOC = [
    "《青川省税务局关于进一步优化纳税服务若干措施的公告》",
    "《关于小规模纳税人有关税收政策的执行口径》",
    "《青川省社会保险费征缴操作指引（试行）》",
    "《关于规范电子发票报销入账归档的通知》",
]

# -- a Hong Kong news portal in traditional letters (澄島日報), HTML in Big5 -------------
HK_SITE = "澄島日報"
HK_STORIES = [
    ("社會", "澄角舊樓外牆棚架倒塌　三名途人受輕傷"),
    ("交通", "澄鐵新線試車首日　乘客稱車廂寬敞但班次疏"),
    ("民生", "石灣街市翻新後重開　商戶憂租金上調"),
    ("教育", "中學文憑試放榜在即　輔導熱線延長服務時間"),
    ("社會", "颱風過後柏嶺海濱公園大樹倒塌　康樂署連夜清理"),
    ("醫療", "公立醫院專科門診輪候時間縮短　病人組織仍嫌不足"),
    ("民生", "汀涌單車徑加建休息站　區議員稱回應居民訴求"),
    ("交通", "西灣隧道收費調整首周　過海車流量未見明顯轉移"),
    ("社會", "長灘海神誕準備就緒　大會呼籲市民乘早班船"),
    ("民生", "鷺門工廈改劃住宅申請獲批　團體關注配套設施"),
]
HK_WHO = ["居民", "區議員", "學者", "店主", "當局發言人", "團體代表"]
HK_SAW = [
    "事發時正值下班時間，附近行人不少",
    "消息傳出後，不少市民專程前往現場了解情況",
    "記者昨日到場觀察，發現現場仍有工作人員駐守",
    "有關部門表示已成立專責小組跟進",
]
HK_SAID = [
    "希望政府盡快交代詳細時間表",
    "認為事件反映現行規管存在漏洞",
    "坦言短期內難以看到明顯改善",
    "呼籲市民保持耐性，切勿輕信網上傳言",
]
HK_MORE = [
    "當局稱會在下月向立法會相關委員會提交文件",
    "據了解，有關工程預計明年年中完成",
    "多名街坊表示，過去一年已多次向當局反映問題",
    "警方表示暫未發現可疑，事件列作意外處理",
]
HK_REPORTERS = ["梁晉希", "區詠琳", "馮卓軒", "鄧美寶", "霍子朗", "黎慧心"]
HK_EDITORS = ["陳樂", "何思敏", "伍嘉豪", "曾曉楠"]
HK_PLACES = ["澄角", "石灣", "柏嶺", "汀涌", "鷺門", "長灘", "西澳", "荔嶺"]

# -- an English university press-release page (Larchmere University Newsroom) ---------
UNI = "Larchmere University"
RELEASES = [
    (
        "RESEARCH",
        "Larchmere engineers build a sensor that listens to failing bridges",
        "Dr. Helena Marsh",
        "associate professor of civil engineering",
    ),
    (
        "CAMPUS",
        "New night library opens for students who work day jobs",
        "Maud Everleigh",
        "dean of libraries",
    ),
    (
        "AWARDS",
        "Chemistry professor receives national teaching prize",
        "Prof. Anton Reyes",
        "chair of the Department of Chemistry",
    ),
    (
        "HEALTH",
        "Study finds short walks after meals help older adults sleep",
        "Dr. Priya Nandakumar",
        "assistant professor of nursing",
    ),
    (
        "RESEARCH",
        "Tiny river snails may reveal how clean a stream really is",
        "Prof. Omar Lindqvist",
        "director of the Centre for Urban Water",
    ),
    (
        "COMMUNITY",
        "Students and neighbours plant a thousand trees along Mill Road",
        "Jonah Pratley",
        "student body president",
    ),
    (
        "ARTS",
        "Music school premieres an opera written by first-year students",
        "Prof. Caleb Osei",
        "chair of the Department of Music",
    ),
    (
        "RESEARCH",
        "Archive project puts a century of weather diaries online",
        "Dr. Ruth Ebbesen",
        "university archivist",
    ),
    (
        "GLOBAL",
        "Exchange programme with three coastal universities doubles in size",
        "Farah Quennell",
        "director of international programmes",
    ),
    (
        "HEALTH",
        "Nursing students run free blood pressure checks at the market",
        "Dr. Priya Nandakumar",
        "assistant professor of nursing",
    ),
]
EN_LEAD = [
    "A team led by researchers at Larchmere University",
    "Faculty and students at Larchmere",
    "A group of volunteers working with the university",
    "After three years of planning, the university",
]
EN_DID = [
    "has completed a project that began as a class assignment",
    "announced the results at a public event on campus this week",
    "worked with local partners to test the idea outside the lab",
    "collected data from more than two hundred participants",
]
EN_WHY = [
    "The work could help city planners make better decisions",
    "Organisers hope the model can be copied by other campuses",
    "The findings were published in a peer-reviewed journal",
    "The effort was funded by a mix of grants and alumni gifts",
]
EN_QUOTE = [
    "We wanted to show that careful, patient work still pays off",
    "Our students did the hard part, and they deserve the credit",
    "This is only the first step, and there is much more to learn",
    "The community told us what mattered, and we listened",
]
EN_WRITERS = ["Nora Whitcombe", "Daniel Achterberg", "Lucia Ferrante", "Sam Kwarteng"]
MONTHS = "January February March April May June July August September October November December"
MONTHS_L = MONTHS.split()


class GenZM(GenO):
    """Text makers for the ``zm`` families (deterministic from the seed)."""

    # -- stock forum thread
    def thread(self, j: int) -> Art:
        """A forum thread's opening post: what the poster saw, what they think, their plan.
        Meta: published, author (the poster)."""
        r = self.r
        title = THREADS[j][2]
        y, m, d = self.date()
        k = r.randint(3, 4)
        self.n += 1
        lines = [
            f"{see}，{think}。"
            for see, think in zip(r.sample(GB_SEE, k), r.sample(GB_THINK, k), strict=True)
        ]
        lines[0] = lines[0][:-1] + f"，我的成本在{self.n + 9}块{r.randint(1, 9)}左右。"
        plan = r.sample(GB_PLAN, 2)
        lines.append(f"我的计划是{plan[0]}，{plan[1]}。")
        lines.append("以上纯属个人看法，不构成任何建议，欢迎理性讨论。")
        meta = {"published": iso(y, m, d), "author": r.choice(GB_USERS)}
        return Art(title, lines, list(lines), meta)

    # -- 12366 hot question
    def qa(self, kind: str, question: str) -> Art:
        """A hot question: the answer (``答：`` first), a how-to paragraph and the basis
        line.  Meta: published (the answer day)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        rule = r.sample(TAX_RULE, 2)
        more = r.sample(TAX_MORE, 2)
        lines = [
            f"答：{r.choice(TAX_OPEN)}，{rule[0]}。{kind}相关事项，{rule[1]}。",
            f"{more[0]}，{more[1]}，咨询量较大时可拨打热线转{self.n + 1}号分机。",
            f"政策依据：{r.choice(TAX_DOC)}",
        ]
        return Art(question, lines, list(lines), {"published": iso(y, m, d)})

    # -- Hong Kong news story
    def hk(self, j: int) -> Art:
        """A news story in traditional letters: a lead, paragraphs with quotes, a photo
        caption.  Meta: published, author (the reporter)."""
        r = self.r
        _, title = HK_STORIES[j]
        y, m, d = self.date()
        place = r.choice(HK_PLACES)
        self.n += 1
        saw, said, more = r.sample(HK_SAW, 2), r.sample(HK_SAID, 3), r.sample(HK_MORE, 2)
        who = r.sample(HK_WHO, 2)
        lines = [
            f"{place}昨日發生一宗引起關注的事件，{saw[0]}，{more[0]}。",
            f"{who[0]}接受本報訪問時{said[0]}，又{said[1]}。",
            f"圖：{place}現場情況。（本報記者攝）",
            f"{saw[1]}，{more[1]}，事件涉及約{self.n * 30 + 80}名市民。",
            f"另有{who[1]}表示，{said[2]}，並會繼續留意事態發展。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(HK_REPORTERS)}
        return Art(title, lines, list(lines), meta)

    # -- university press release
    def release(self, j: int) -> Art:
        """An English press release: a deck line, paragraphs with a quote and the
        speaker's title.  Meta: published, author (the writer)."""
        r = self.r
        _, title, who, role = RELEASES[j]
        y, m, d = self.date()
        self.n += 1
        why, did, quote = r.sample(EN_WHY, 3), r.sample(EN_DID, 2), r.sample(EN_QUOTE, 2)
        lead = r.choice(EN_LEAD)
        lines = [
            f"{why[0]}, according to the team behind it.",
            f"{lead} {did[0]}. {why[1]}.",
            f'"{quote[0]}," said {who}, {role}. "{quote[1]}."',
            f"The group {did[1]}, and about {self.n * 20 + 40} people took part in the"
            " first phase.",
            f"{why[2]}. A second phase is planned for next autumn.",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(EN_WRITERS)}
        return Art(title, lines, list(lines), meta)
