"""Words and text makers of :mod:`tests.families.blind_families_zf` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zf`` families repeats one of the earlier
families.  The announcement's words are all in GBK (its pages are GBK-encoded) and the
temple's words are traditional letters found in Big5 (no ``〇``).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a county civilisation office's "good people" roll (禾溪好人榜), plain text ----------
COUNTY = "禾溪县"
SITE_HR = "禾溪文明网"
KINDS_HR = ["助人为乐", "见义勇为", "诚实守信", "敬业奉献", "孝老爱亲"]
# (title, name, role)
PEOPLE = [
    ("四十年摆渡不收一分钱的老艄公", "周长庚", "渡口村村民"),
    ("乡村邮路上的“活地图”", "蓝秀禾", "乡邮政所投递员"),
    ("跳进冰河救起落水少年", "骆青山", "货车司机"),
    ("替亡兄还清十二万元欠款", "简春芽", "个体理发师"),
    ("照顾瘫痪婆婆二十一年", "晏素琴", "村妇女主任"),
    ("把修车铺开成“爱心驿站”", "戚木根", "修车师傅"),
    ("山村小学的“全科老师”", "甘远舟", "教学点教师"),
    ("夜巡河堤的退休水利员", "皮守成", "退休职工"),
    ("免费教留守孩子学竹编", "冉桂芬", "竹编手艺人"),
    ("深夜拦下醉驾车辆的外卖小哥", "樊小川", "外卖骑手"),
    ("守着老茶园的返乡姑娘", "郦晓棠", "茶叶合作社社员"),
    ("帮邻居找回走失老人的保安", "晁德海", "小区保安"),
]
TOWNS_HR = ["禾口镇", "溪坪乡", "桐塘镇", "茶岭乡", "石门镇", "柳湾街道"]
HR_DID = [
    "一直默默做着一件小事",
    "始终把乡亲们的难处放在心上",
    "从没因为家里的困难而停下脚步",
    "每天天不亮就出门忙活",
]
HR_WHEN = ["那年冬天的一个傍晚", "去年汛期的一个深夜", "前年腊月的一个清晨", "一个下着小雨的午后"]
HR_EVENT = [
    "河边突然传来一阵呼救声",
    "村口的老人摔倒在路边",
    "一位外地游客在山里迷了路",
    "邻居家的电动车突然冒起了烟",
]
HR_SAY = [
    "能帮一把是一把，谁家还没个难处",
    "这都是应该做的，换了别人也会这么干",
    "看着大家过得好，我心里就踏实",
    "只要我还走得动，就一直干下去",
]
HR_GOT = [
    "这些事迹在乡亲们中间传开后，越来越多的年轻人加入了志愿服务队",
    "如今村里自发成立了互助小组，接过了这份热心",
    "当地把这份善举写进了村规民约，带动了一方好风气",
    "这些年来，得到过帮助的群众已经记不清有多少",
]
WRITERS = ["邵青禾", "温晓岚", "阮知秋", "卓慕言", "岑若溪", "祁远帆"]

# -- a listed company's announcements, text taken from the PDF (GBK) --------------------
FIRM = "禾川新材料股份有限公司"
FIRM_SHORT = "禾川新材"
STOCK = "603917"
ANNS = [
    "关于召开临时股东大会的通知",
    "第三届董事会第十二次会议决议公告",
    "关于为全资子公司提供担保的公告",
    "股票交易异常波动公告",
    "年度权益分派实施公告",
    "关于使用部分闲置募集资金进行现金管理的公告",
    "关于董事辞职的公告",
    "半年度业绩预增公告",
]
ANN_HEADS = ["一、基本情况", "二、审议程序", "三、对公司的影响", "四、风险提示"]
ANN_C = [
    "本次事项已经公司董事会审议通过，无需提交股东大会审议",
    "独立董事对本次事项发表了同意的独立意见",
    "保荐机构经核查后对本次事项无异议",
    "公司已按照《公司章程》的规定履行了必要的审批程序",
    "本次事项不影响公司主营业务的正常开展",
    "公司将持续关注相关事项的进展情况",
]
ANN_E = [
    "不存在损害公司及全体股东特别是中小股东利益的情形",
    "敬请广大投资者理性投资并注意投资风险",
    "公司将根据后续进展情况及时履行信息披露义务",
    "不会对公司本年度经营业绩产生重大影响",
]

# -- a pet rescue group's adoption posts (毛孩回家), HTML ---------------------------------
PETS = [
    ("三花猫“团子”寻一个安稳的家", "团子", "猫", "母", "约8个月"),
    ("车祸后康复的小黄狗“豆包”等你来接", "豆包", "狗", "公", "约1岁"),
    ("桥洞里救下的四只奶猫开放领养", "桥洞四小只", "猫", "公母都有", "约2个月"),
    ("温顺的老年金毛“可乐”求养老家庭", "可乐", "狗", "公", "约9岁"),
    ("独眼橘猫“船长”很黏人", "船长", "猫", "公", "约2岁"),
    ("被弃养的柯基“年糕”想要一个新主人", "年糕", "狗", "母", "约3岁"),
    ("工地流浪的狸花“小满”已绝育待领养", "小满", "猫", "母", "约1岁半"),
    ("胆小的白色田园犬“棉花”需要耐心的家人", "棉花", "狗", "母", "约4岁"),
]
CITIES = ["岚泽市", "澄州市", "禾溪县", "鹭川市"]
RESCUERS = ["救助人阿栗", "志愿者木木", "小区喂养人老顾", "救助站青柠"]
PET_FOUND = [
    "是在小区的垃圾站旁边发现的，当时又瘦又脏，一直躲在纸箱里不肯出来",
    "是热心路人送到救助站的，送来时一条后腿受了伤，走路一瘸一拐",
    "原本是附近一位老人养的，老人住进养老院后就没人照顾了",
    "是在高架桥下被志愿者发现的，那几天连着下雨，它冻得直发抖",
]
PET_NOW = [
    "经过两个月的治疗和调养，现在已经完全恢复了，吃饭很香，精神也很好",
    "在寄养家庭住了一段时间后，性格慢慢开朗起来，会主动蹭人的手",
    "已经做完体检、驱虫和疫苗，定点上厕所，不拆家也不乱叫",
    "现在每天最喜欢的事就是趴在窗台上晒太阳，见到人会轻轻叫两声",
]
PET_WISH = [
    "希望它能遇到一个不离不弃的家庭，从此不再流浪",
    "我们不求领养人条件多好，只希望能真心待它一辈子",
    "如果你家里刚好缺一个小伙伴，不妨来见见它",
]
PET_RULES = [
    "须年满二十二周岁，有稳定的工作和住所",
    "家人均同意领养，租房者须征得房东同意",
    "接受定期回访，同意签订领养协议",
    "封好阳台和窗户，科学喂养，不散养不遗弃",
    "若不能继续饲养，须退回救助人而不得转送他人",
]

# -- a temple's activity notices (瀾港鎮安宮), HTML in Big5 ----------------------------------
TEMPLE = "財團法人瀾港鎮安宮"
TEMPLE_SHORT = "鎮安宮"
BOARD = "鎮安宮管理委員會"
# (title, category, section)
RITES = [
    ("甲辰年春季祈安法會報名公告", "法會", "總務組"),
    ("媽祖聖誕遶境活動交通管制公告", "遶境", "活動組"),
    ("安太歲及光明燈登記開始受理", "點燈", "服務組"),
    ("本宮廟埕整修期間參拜動線調整公告", "公告", "總務組"),
    ("中元普渡供品登記須知", "普渡", "服務組"),
    ("清寒學子獎助學金申請公告", "公益", "社會服務組"),
    ("元宵節猜燈謎活動辦法", "活動", "活動組"),
    ("本宮志工招募說明", "志工", "社會服務組"),
]
TM_WHY = [
    "為祈求合境平安、風調雨順",
    "為感念神恩並凝聚地方情誼",
    "為服務廣大信眾並維護參拜秩序",
    "為推廣傳統民俗並回饋鄉里",
]
TM_DO = [
    "請信眾攜帶身分證件至本宮服務台辦理登記",
    "請信眾依現場志工指引有序參拜",
    "請各界善信於期限內完成報名手續",
    "請參加民眾提前規劃交通路線並配合管制",
]
TM_NOTE = [
    "活動期間請勿攜帶寵物進入廟埕，並請妥善保管個人財物",
    "現場備有飲用水及簡易醫療站，如有需要請洽服務台",
    "為維護空氣品質，本宮已全面推動減香，敬請共同響應",
    "如遇天候不佳，活動將視情況延期，另行公告周知",
]


class GenZF(GenO):
    """Text makers for the ``zf`` families (deterministic from the seed)."""

    # -- good people roll
    def person(self, j: int) -> Art:
        """A profile: who, a scene with a quote, what came of it.  Meta: author, origin."""
        r = self.r
        title, name, role = PEOPLE[j]
        town = r.choice(TOWNS_HR)
        self.n += 1
        lines = [
            f"{name}今年{40 + self.n % 30}岁，是{COUNTY}{town}的一名{role}。"
            f"{12 + self.n}年来，{name}{r.choice(HR_DID)}，被乡亲们亲切地称为“热心人”。",
            f"{r.choice(HR_WHEN)}，{r.choice(HR_EVENT)}，{name}二话没说就冲了过去。"
            f"“{r.choice(HR_SAY)}。”回忆起当时的情景，{name}说得很平淡。",
            f"{r.choice(HR_GOT)}，{name}也先后被评为乡镇和县级的先进个人。",
        ]
        meta = {"origin": f"{town}党委", "author": r.choice(WRITERS)}
        return Art(title, lines, list(lines), meta)

    # -- listed company announcement
    def ann(self, j: int) -> Art:
        """An announcement: the board's guarantee, four '一、' sections of two sentences,
        '特此公告。', the board and the date.  Meta: published, issuer, doc_number."""
        r = self.r
        y, m, d = self.date()
        title = FIRM + ANNS[j]
        lines = [
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
            "并对其内容的真实性、准确性和完整性承担个别及连带责任。"
        ]
        for head in ANN_HEADS:
            self.n += 1
            lines.append(head)
            one, two = r.sample(ANN_C, 2)
            lines.append(
                f"{one}，涉及金额约{self.n * 13 + 200}万元，{r.choice(ANN_E)}。"
                f"{two}，{r.choice(ANN_E)}。"
            )
        lines += ["特此公告。", f"{FIRM}董事会", f"{y}年{m}月{d}日"]
        meta = {
            "published": iso(y, m, d),
            "issuer": f"{FIRM}董事会",
            "doc_number": f"{y}-{j * 3 + 7:03d}",
        }
        return Art(title, lines, list(lines), meta)

    # -- adoption post
    def pet(self, j: int) -> Art:
        """An adoption post: how it was found, how it is now, the wish, the rules list
        (``领养要求：`` and five items), a contact line.  Meta: published, author."""
        r = self.r
        title, name, *_ = PETS[j]
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{name}{r.choice(PET_FOUND)}，我们把它带回来的时候，体重只有{self.n + 1}斤多一点。",
            f"{name}{r.choice(PET_NOW)}。{r.choice(PET_WISH)}。",
            "领养要求：",
            *(f"{k}. {x}" for k, x in enumerate(r.sample(PET_RULES, 4), start=1)),
            "有意者请先私信发布人，说明家庭情况，请勿直接到救助点上门。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(RESCUERS)}
        return Art(title, lines, list(lines), meta)

    # -- temple notice
    def rite(self, j: int) -> Art:
        """A temple notice: the salutation, why, three '一、' items, a closing wish and the
        board's sign-off.  Meta: published, issuer, origin (the section)."""
        r = self.r
        title, _, section = RITES[j]
        y, m, d = self.date()
        self.n += 1
        lines = [
            "各位信眾大德：",
            f"本宮{r.choice(TM_WHY)}，訂於國曆{y + m // 12}年{m % 12 + 1}月{d}日舉辦本次活動，"
            f"{r.choice(TM_DO)}，名額以{self.n * 10 + 90}名為限，額滿為止。",
            f"一、受理時間：每日上午八時至下午五時，{r.choice(TM_DO)}。",
            f"二、注意事項：{r.choice(TM_NOTE)}，敬請見諒。",
            f"三、洽詢方式：請於上班時間來電本宮{section}，{r.choice(TM_NOTE)}。",
            "敬請踴躍參加，共沐神恩。",
            f"{BOARD}　敬啟",
        ]
        meta = {"published": iso(y, m, d), "issuer": BOARD, "origin": section}
        return Art(title, lines, list(lines), meta)
