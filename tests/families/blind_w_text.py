"""Words and text makers of :mod:`tests.families.blind_families_w` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``w`` families repeats one of the earlier
families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, cn_small, iso
from tests.families.blind_o_text import GenO

# a county's government work reports (柘源县人民政府), GB18030 text split over web pages
COUNTY = "柘源县"
HEADS = ["邬青山", "甘明远", "庞素秋", "骆文涛", "解春林", "麦一帆", "祁守拙", "阮晴川"]
GOALS = ["地区生产总值", "一般公共预算收入", "城乡居民人均可支配收入", "固定资产投资"]
GOALS += ["社会消费品零售总额", "规模以上工业增加值"]
DONE = ["新建改造农村公路", "完成高标准农田建设", "新增城镇就业岗位", "改造城镇老旧小区"]
DONE += ["建成村级养老服务站", "新建扩建公办幼儿园", "整治病险山塘水库", "新增停车泊位"]
UNIT = ["公里", "万亩", "个", "户", "所", "座", "处", "个"]
PLAN = ["坚持项目为王", "坚持工业强县", "坚持农业稳县", "坚持生态立县", "坚持民生为本"]
PLAN += ["坚持改革破题"]
DOING = ["全力推进竹木精深加工园区扩园提质", "加快建设柘溪两岸滨水绿道", "推动高山茶叶品牌走出大山"]
DOING += ["做强县域物流集散中心", "深化“一件事一次办”集成改革", "抓好义务教育学校标准化建设"]
DOING += ["巩固拓展易地搬迁后续扶持成果", "推进县人民医院新院区建设"]
HOW = ["力争引进亿元以上项目", "新建产业帮扶车间", "培育市级以上龙头企业", "打造乡村振兴示范村"]
TAIL = ["让发展成果更多更公平惠及全县群众", "切实把好事办好、实事办实", "推动各项工作走在全市前列"]
SELF = ["坚持把政治建设摆在首位", "自觉接受县人大及其常委会的法律监督", "持续深化作风建设"]
SELF += ["严格落实过紧日子要求"]
SECTIONS = ["一、{y}年工作回顾", "二、{n}年主要目标和重点任务", "三、全面加强政府自身建设"]

# a province's judgement-document database (澄州裁判文书网), GBK HTML
HIGH = "澄州市中级人民法院"
LOWER = ["澄州市栖川区人民法院", "澄州市溪口区人民法院", "柘源县人民法院", "青岚县人民法院"]
LCODE = ["澄0102", "澄0105", "澄0123", "澄0126"]
CAUSE = ["民间借贷纠纷", "房屋买卖合同纠纷", "租赁合同纠纷", "劳务合同纠纷", "承揽合同纠纷"]
CAUSE += ["生命权、身体权、健康权纠纷", "相邻关系纠纷", "买卖合同纠纷"]
SURN = ["钱", "蒋", "韩", "魏", "邵", "秦", "尤", "施", "孔", "曹", "严", "华"]
CO = ["澄州恒远商贸有限公司", "柘源县青竹木业有限公司", "澄州安居置业有限公司"]
CO += ["青岚县溪畔农业专业合作社", "澄州万通物流有限公司"]
BENCH = ["钟昊然", "魏清远", "孟舒雅", "邓立诚", "崔方正", "樊宁静", "龚长安", "戴若水"]
SCRIBE = ["乔小禾", "沈一诺", "郑安澜", "贺晓芸", "吕清扬"]
FACTS = [
    "双方于{y}年{m}月签订书面协议，约定由{b}按月支付相应款项",
    "{b}在约定期限届满后未能依约履行付款义务",
]
FACTS += [
    "{a}多次通过电话及短信催要，{b}均以资金周转困难为由推脱",
    "一审庭审中双方对协议的真实性均无异议",
]
REASON = ["当事人对自己提出的主张，有责任提供证据加以证明", "依法成立的合同对当事人具有法律约束力"]
REASON += [
    "上诉人在二审期间未提交新的证据足以推翻一审认定的事实",
    "一审判决认定事实清楚，适用法律正确",
]

# a city's evening news digest saved from a reader app (澄州晚间速览), UTF-16 text
FEEDS = ["澄州日报", "澄州发布", "澄州交通广播", "澄州气象", "柘源融媒", "澄州晚报", "青岚观察"]
PLACE = ["栖川区", "溪口区", "柘源县", "青岚县", "高新区", "滨湖新区"]
NEWS = [
    (
        "{p}首座口袋公园群开放",
        "{p}利用边角地块建成的{n}座口袋公园今起开放，园内增设了儿童游乐设施和休息座椅，周边居民步行五分钟即可到达。",
    ),
    (
        "{p}夜间公交线路再增{n}条",
        "为方便夜间出行，{p}明起新开通{n}条夜间公交线路，末班车延长至二十三时三十分，沿途覆盖医院、商圈和大型社区。",
    ),
    (
        "{p}启动老旧供水管网改造",
        "{p}今年将改造老旧供水管网{n}公里，施工期间部分小区将分时段停水，具体安排可留意社区公告栏和物业通知。",
    ),
    (
        "明后两天{p}有分散性阵雨",
        "受弱冷空气影响，明后两天{p}多云到阴，有分散性阵雨，气温略有下降，早晚温差较大，请市民适时添衣。",
    ),
    (
        "{p}图书馆分馆增至{n}家",
        "随着又一批社区分馆挂牌运行，{p}图书馆分馆已增至{n}家，读者凭一张借阅证即可在各分馆通借通还。",
    ),
    (
        "{p}集中整治占道经营",
        "{p}城市管理部门连日来开展占道经营集中整治，共劝导流动摊贩{n}0余处，并在三处路口划设了临时疏导点。",
    ),
    (
        "{p}春季招聘会提供岗位{n}千个",
        "本周六{p}将举办春季专场招聘会，数十家企业提供岗位{n}千个，涉及制造、物流、养老护理等多个行业。",
    ),
    (
        "{p}完成首批电梯加装",
        "{p}首批{n}部加装电梯近日通过验收，居民表示上下楼再也不用歇好几回，第二批申请正在社区集中受理。",
    ),
]
MORE = ["记者了解到，相关部门此前共收集居民意见{k}条，其中大部分已在方案中得到采纳。"]
MORE += ["据了解，此项工作已纳入今年全市民生实事项目，目前已完成年度计划的{k}%。"]
MORE += ["有关负责人表示，下一步还将在另外{k}个街道推广这一做法，让更多居民从中受益。"]

# a city legal-aid centre's question-and-answer pages (澄州法律援助在线), UTF-8 BOM HTML
KINDS = ["劳动争议", "婚姻家庭", "房屋租赁", "交通事故", "民间借贷", "消费维权", "工伤赔偿", "继承"]
QUEST = {
    "劳动争议": "公司连续三个月拖欠工资，我可以直接辞职并要求补偿吗？",
    "婚姻家庭": "离婚时一方婚前购买的房子，婚后共同还贷部分怎么分？",
    "房屋租赁": "房东提前收回房子却不退押金，租客应该怎么办？",
    "交通事故": "被电动车撞伤后对方不愿赔偿，去哪里申请调解？",
    "民间借贷": "借钱给朋友只有微信转账记录，没有借条能要回来吗？",
    "消费维权": "预付费健身卡的门店突然关门，剩余费用还能退吗？",
    "工伤赔偿": "下班途中骑车摔伤了，算不算工伤？",
    "继承": "父亲去世没有留下遗嘱，老房子由谁来继承？",
}
DESC = {
    "劳动争议": "我在一家装修公司做了{n}年水电工，从今年开始工资一直拖着不发，老板只说再等等。",
    "婚姻家庭": "房子是丈夫婚前付的首付，婚后我们一起还了{n}年房贷，现在准备协议离婚。",
    "房屋租赁": "合同签了两年，才住了{n}个月房东就说要卖房，让我们月底前搬走。",
    "交通事故": "上个月过斑马线时被一辆电动车撞倒，住院{n}天，对方只垫付了一部分医药费。",
    "民间借贷": "前年分{n}次通过微信转给朋友一笔钱，当时没打借条，现在他说记不清了。",
    "消费维权": "去年办了一张{n}千元的健身年卡，只去了几次，门店就贴出了停业通知。",
    "工伤赔偿": "我是厂里的仓管员，上周下班骑电动车回家，在离厂{n}公里的地方自己摔伤了。",
    "继承": "父亲去年过世，留下一套老房子，家里兄弟姐妹{n}人对怎么分意见不一致。",
}
DWANT = ["想问一下法律上是怎么规定的，需要准备哪些材料？", "请问我现在应该先做什么，费用大概多少？"]
LAWYER = ["温立言", "章若谷", "穆清和", "程以宁", "景方舟", "骆知秋", "叶南星"]
FIRST = {
    "劳动争议": "用人单位未及时足额支付劳动报酬的，劳动者可以解除劳动合同，并要求用人单位支付经济补偿，辞职前请先以书面形式说明解除理由。",  # noqa: E501
    "婚姻家庭": "婚前一方全款或首付购买的房屋一般认定为该方个人财产，但婚后双方共同还贷的部分及其对应的增值，应当由取得房屋的一方给予另一方合理补偿。",  # noqa: E501
    "房屋租赁": "出租人在租期内无正当理由收回房屋的，属于违约行为，承租人有权要求退还押金和剩余租金，并可以依照合同约定主张违约金。",  # noqa: E501
    "交通事故": "发生交通事故后对方拒不赔偿的，您可以向交警部门申请调解，也可以向事故发生地的人民调解委员会申请调解，调解不成再向法院起诉。",  # noqa: E501
    "民间借贷": "没有借条并不意味着借款无法追回，微信转账记录配合聊天中对借款事实的确认，同样可以证明双方之间存在借贷关系。",  # noqa: E501
    "消费维权": "经营者以预收款方式提供服务却未按约定提供的，应当按照消费者的要求退还剩余预付款，您可以先向市场监管部门投诉。",  # noqa: E501
    "工伤赔偿": "在合理时间内上下班途中，受到非本人主要责任的交通事故伤害的，应当认定为工伤，单独摔伤的情况则需要结合具体事实来判断。",  # noqa: E501
    "继承": "被继承人没有留下遗嘱的，按照法定继承办理，第一顺序继承人为配偶、子女和父母，同一顺序的继承人原则上均等分配遗产。",  # noqa: E501
}
MORE_ANS = [
    "建议您在{k}日内把聊天记录、转账凭证和证人联系方式整理齐全，这些都是后续主张权利的基础。",
    "此类纠纷的诉讼时效一般为三年，您反映的情况距今约{k}个月，仍在时效期间内，但请不要拖延太久。",
    "如果您的家庭经济确有困难，可以携带身份证件和经济状况说明，到{p}法律援助工作站申请免费法律援助。",
    "据我们统计，本中心今年受理的同类咨询已有{k}件，多数当事人经过调解在一个月内拿到了应得的款项。",
]
STATIONS = ["栖川区", "溪口区", "柘源县", "青岚县", "高新区", "滨湖新区", "白沙镇", "龙门镇"]
BASIS = {
    "劳动争议": "《中华人民共和国劳动合同法》第三十八条",
    "婚姻家庭": "《中华人民共和国民法典》第一千零八十七条",
    "房屋租赁": "《中华人民共和国民法典》第五百七十七条",
    "交通事故": "《中华人民共和国道路交通安全法》第七十四条",
    "民间借贷": "《中华人民共和国民法典》第六百六十七条",
    "消费维权": "《中华人民共和国消费者权益保护法》第五十三条",
    "工伤赔偿": "《工伤保险条例》第十四条",
    "继承": "《中华人民共和国民法典》第一千一百二十七条",
}


class GenW(GenO):
    """Text makers for the ``w`` families (deterministic from the seed)."""

    # -- the work report
    def report(self, y: int, head: str, *, congress: str) -> Art:
        """A work report: subtitle, the county head's line, salutation, three sections with
        paragraphs and ``（一）`` items, the closing."""
        r = self.r
        lines = [
            f"——{y}年1月{r.randint(8, 16)}日在{COUNTY}{congress}上",
            f"{COUNTY}人民政府县长　{head}",
            "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
            SECTIONS[0].format(y=y - 1),
        ]
        for _ in range(2):
            lines.append(self.rpara(y - 1) + self.rpara(y - 1))
        lines.append(SECTIONS[1].format(n=y))
        g1, g2 = r.sample(GOALS, 2)
        lines.append(
            f"今年政府工作的主要预期目标是：{g1}增长{r.randint(5, 8)}%左右，{g2}增长{r.randint(6, 9)}%以上，粮食产量稳定在{r.randint(20, 40)}万吨以上。"  # noqa: E501
        )
        for k, plan in enumerate(r.sample(PLAN, 3), 1):
            lines.append(f"（{cn_small(k)}）{plan}")
            lines.append(self.rtask() + self.rtask())
        lines.append(SECTIONS[2])
        lines.append(f"{r.choice(SELF)}，{r.choice(SELF)}，以实干实绩回应全县人民的期盼。")
        lines.append(
            "各位代表！新的征程已经开启，让我们团结一心、埋头苦干，为建设更加美好的柘源而努力奋斗！"
        )
        return Art(f"{y}年{COUNTY}人民政府工作报告", lines, list(lines))

    def rpara(self, y: int) -> str:
        self.n += 1
        r = self.r
        k = r.randrange(len(DONE))
        return f"这一年，我们{DONE[k]}{self.n * 7 + 12}{UNIT[k]}，较{y - 1}年多出近三成，群众获得感持续增强。"  # noqa: E501

    def rtask(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(DOING)}，{r.choice(HOW)}{self.n + 3}个以上，{r.choice(TAIL)}。"

    # -- the judgement document
    def judgement(self, j: int) -> tuple[Art, str]:
        """A second-instance civil judgement: the court, the kind line, the case number,
        parties, facts, reasoning, the holding, the bench, the date and the clerk.  Returns
        the article (title bare) and the first-instance case number."""
        r = self.r
        y, m, d = self.date()
        cause = CAUSE[j]
        sa, sb = r.sample(SURN, 2)
        a = f"{sa}某某"
        b = r.choice([f"{sb}某", r.choice(CO)])
        home = "住所地" if b in CO else f"{r.choice(['男', '女'])}，19××年×月×日出生，住"
        low = j % 4
        no = f"（{y}）澄01民终{r.randint(100, 2999)}号"
        first = f"（{y - 1}）{LCODE[low]}民初{r.randint(100, 9999)}号"
        fill = {"a": a, "b": b, "y": y - 2, "m": r.randint(1, 12)}
        facts = [FACTS[k].format(**fill) for k in sorted(r.sample(range(4), 3))]
        bench = r.sample(BENCH, 3)
        lines = [
            HIGH,
            "民 事 判 决 书",
            no,
            f"上诉人（原审被告）：{b}，{home}澄州市{r.choice(['栖川区', '溪口区'])}××路××号。",
            f"被上诉人（原审原告）：{a}，男，19××年×月×日出生，汉族，住{LOWER[low][:-4]}。",
            f"上诉人{b}因与被上诉人{a}{cause}一案，不服{LOWER[low]}{first}民事判决，向本院提起上诉。本院依法组成合议庭进行了审理，本案现已审理终结。",
            f"一审法院认定事实：{facts[0]}。{facts[1]}，{facts[2]}。",
            f"本院认为，{r.choice(REASON)}，{r.choice(REASON)}，本院予以维持。",
            "综上所述，上诉人的上诉请求不能成立，应予驳回。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下：",
            "驳回上诉，维持原判。",
            f"二审案件受理费{r.randint(50, 900)}元，由上诉人{b}负担。",
            "本判决为终审判决。",
            f"审　判　长　{bench[0]}",
            f"审　判　员　{bench[1]}",
            f"审　判　员　{bench[2]}",
            cn_date(y, m, d),
            f"书　记　员　{r.choice(SCRIBE)}",
        ]
        title = f"{b}、{a}{cause}二审民事判决书"
        meta = {"published": iso(y, m, d), "doc_number": no, "issuer": HIGH}
        return Art(title, lines, list(lines), meta), first

    # -- the digest item
    def item(self, j: int, *, more: bool) -> Art:
        r = self.r
        y, m, d = self.date()
        p = r.choice(PLACE)
        n = r.randint(3, 9)
        head, body = NEWS[j]
        lines = [body.format(p=p, n=n)]
        if more:
            self.n += 1
            lines.append(r.choice(MORE).format(k=self.n * 3 + 17))
        title = head.format(p=p, n=n)
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- the legal-aid answer
    def answer(self, kind: str, *, long: bool) -> Art:
        """The asker's description (if ``long``), the kind's own answer, one or two more
        paragraphs (with numbers of their own) and the ``法律依据：`` line."""
        r = self.r
        y, m, d = self.date()
        lines: list[str] = []
        if long:
            lines.append(DESC[kind].format(n=r.randint(2, 9)) + r.choice(DWANT))
        lines.append(("" if long else "答：") + FIRST[kind])
        for x in r.sample(MORE_ANS, 2 if long else 1):
            self.n += 1
            lines.append(x.format(k=self.n * 2 + 5, p=r.choice(STATIONS)))
        lines.append(f"法律依据：{BASIS[kind]}")
        return Art(QUEST[kind], lines, list(lines), {"published": iso(y, m, d)})
