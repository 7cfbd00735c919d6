"""Words and text makers of :mod:`tests.families.blind_families_yi` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yi`` families repeats one of the earlier
families.  The hearing schedule's words are in GB18030 and UTF-16, the pharmacy's in GBK
(its pages are GBK-encoded), the housing portal's in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a district court's weekly hearing schedule (澄水市岚山区), print preview ------------------
KT_COURT = "澄水市岚山区人民法院"
KT_SHORT = "岚山区人民法院"
KT_ROOMS = ["第一审判庭", "第三审判庭", "第五审判庭", "第七审判庭", "东湖人民法庭", "科技法庭"]
KT_JUDGES = ["符丽娟", "蓝振华", "柯明远", "甘晓雯", "覃立新", "莫春燕", "骆永强"]
KT_CLERKS = ["阮小鸥", "伍嘉怡", "凌梓轩", "钟楚楚", "韩一帆"]
KT_ASSESS = ["庞秀兰", "贝建民", "祝海鹰", "顾红梅"]
KT_PERSONS = ["韦某某", "岑某", "欧阳某某", "梁某", "卓某某", "尹某", "喻某某", "谈某"]
KT_FIRMS = [
    "澄水恒润物业服务有限公司",
    "岚山区鼎丰建材经营部",
    "澄水市聚源小额贷款有限公司",
    "澄水万嘉装饰工程有限公司",
    "岚山区合兴商贸有限公司",
    "澄水市惠通汽车租赁有限公司",
]
# (cause, what the plaintiff says happened, what is claimed ({} = a sum))
KT_CAUSES = [
    (
        "民间借贷纠纷",
        "被告向原告借款后经多次催讨仍未归还",
        "请求判令被告归还借款本金{}元及相应利息",
    ),
    (
        "买卖合同纠纷",
        "原告依约交付货物后被告未按期支付货款",
        "请求判令被告支付货款{}元及逾期付款违约金",
    ),
    (
        "房屋租赁合同纠纷",
        "被告自去年起拖欠租金且拒不腾退房屋",
        "请求解除租赁合同并判令被告支付租金{}元",
    ),
    ("物业服务合同纠纷", "被告长期未缴纳物业服务费", "请求判令被告支付拖欠的物业服务费{}元"),
    (
        "装饰装修合同纠纷",
        "被告施工的房屋出现墙面开裂和渗水",
        "请求判令被告返还装修款{}元并赔偿损失",
    ),
    ("追索劳动报酬纠纷", "原告离职后被告未结清工资", "请求判令被告支付拖欠的劳动报酬{}元"),
    (
        "机动车交通事故责任纠纷",
        "双方车辆在滨河路口发生碰撞致原告受伤",
        "请求判令被告赔偿医疗费等各项损失{}元",
    ),
    (
        "储蓄存款合同纠纷",
        "原告账户内存款被他人盗刷而被告未尽安全保障义务",
        "请求判令被告赔偿存款损失{}元",
    ),
]
KT_SEATS = ["旁听席位{}个，坐满为止", "本案可旁听人数为{}人", "设旁听席{}个，按登记先后入场"]

# -- a district education bureau's primary-school admission brochures (澄川区), HTML -----------
RX_BUREAU = "澄川区教育局"
RX_DISTRICT = "澄川区"
RX_SCHOOLS = [
    "澄川区实验小学",
    "澄川区育英路小学",
    "澄川区枫溪小学",
    "澄川区东河小学",
    "澄川区桂园小学",
    "澄川区滨湖第二小学",
    "澄川区文昌小学",
    "澄川区青石小学",
    "澄川区南苑小学",
    "澄川区梧桐小学",
    "澄川区鹤鸣小学",
    "澄川区星桥小学",
]
RX_STREETS = ["东河街道", "桂园街道", "枫溪街道", "文昌街道", "滨湖街道", "星桥镇"]
RX_COMMS = ["龙井社区", "翠苑社区", "学院社区", "新塘社区", "望江社区", "荷花池社区", "云栖社区"]
RX_COMMS += ["江南村", "三里亭社区", "秋涛社区"]
RX_ROADS = ["文一路", "莫干路", "秋涛北路", "滨盛路", "凤起东路", "古墩路"]
RX_SIDES = ["以东", "以西", "以南", "以北"]
RX_NOTE = [
    "学校不组织任何形式的入学考试或测试，也不收取与入学挂钩的任何费用",
    "同一户籍地址六年内只能享受一次本校学位，请家长慎重选择",
    "学校不接受家长到校现场报名，请勿提前到校排队",
    "随迁子女报名须提供在本区连续缴纳社会保险满一年的证明",
]
RX_CHECK = ["户口簿", "房屋产权证明", "经备案的住房租赁合同", "出生医学证明", "预防接种证"]
RX_DEPTS = ["教务处", "招生办公室", "德育处", "校长办公室"]
RX_HEADS = ["祁文斌", "戴秀萍", "聂德胜", "应晓岚", "尉迟航", "俞春华", "蔡志远"]

# -- an online pharmacy's product pages with the package insert (岚康大药房网), HTML ---------
YF_SITE = "岚康大药房网"
YF_MAKERS = [
    ("岚江制药有限公司", "澄州市高新区药谷路18号"),
    ("澄州华康药业股份有限公司", "澄州市经济开发区康宁大道66号"),
    ("青篁药业集团有限公司", "青篁县工业园区南环路9号"),
    ("栖霞汉方制药有限公司", "栖霞市双桥镇药材街101号"),
]
YF_BRANDS = ["岚心", "华康", "青篁", "汉方堂"]
# (name, spec shown in the title, 规格, H/Z, 成份, 性状, 功能主治 or 适应症, 用法用量, 不良反应,
#  禁忌, 注意事项 (long), 包装)
YF_DRUGS = [
    (
        "布洛芬缓释胶囊",
        "0.3g×24粒/盒",
        "0.3g",
        "H",
        "本品每粒含布洛芬0.3克，辅料为蔗糖、淀粉、硬脂酸和明胶。",
        "本品为胶囊剂，内容物为白色球形小丸。",
        "【适应症】用于缓解轻至中度疼痛如头痛、关节痛、牙痛、肌肉痛及痛经，也用于普通感冒引起的发热。",
        "口服。成人一次1粒，一日2次，早晚各服一次。",
        "少数病人可出现恶心、呕吐、胃部烧灼感或轻度消化不良，偶见皮疹，停药后上述症状可自行消失。",
        "对本品及其他解热镇痛药过敏者禁用；孕妇及哺乳期妇女禁用。",
        "本品为对症治疗药，用于止痛不得超过五天，用于解热不得超过三天，症状不缓解请咨询医师或药师。",
        "铝塑泡罩包装，每板12粒，每盒2板。",
    ),
    (
        "枇杷止咳颗粒",
        "3g×12袋/盒",
        "每袋装3克",
        "Z",
        "枇杷叶、桔梗、百部、前胡、甘草；辅料为蔗糖和糊精。",
        "本品为浅棕色的颗粒，气微香，味甜、微苦。",
        "【功能主治】清肺化痰，止咳平喘，用于风热犯肺所致的咳嗽痰多、咽喉干痒。",
        "开水冲服。一次1袋，一日3次；小儿酌减。",
        "尚不明确。",
        "糖尿病患者禁服；对本品过敏者禁用。",
        "忌烟酒及辛辣、生冷、油腻食物，服药期间不宜同时服用滋补性中药，服药三天症状无缓解应去医院就诊。",
        "复合膜袋装，每盒12袋。",
    ),
    (
        "氯雷他定片",
        "10mg×6片/盒",
        "10mg",
        "H",
        "本品主要成份为氯雷他定，辅料为乳糖、玉米淀粉和硬脂酸镁。",
        "本品为白色或类白色片。",
        "【适应症】用于缓解过敏性鼻炎有关的症状，如喷嚏、流涕、鼻痒以及眼部痒和烧灼感。",
        "口服。成人及十二岁以上儿童一次1片，一日1次。",
        "在每天10毫克的推荐剂量下，偶见乏力、头痛、嗜睡和口干，罕见皮疹和心动过速等反应。",
        "对本品过敏者或特异体质者禁用。",
        "严重肝功能不全的患者请在医生指导下使用，在做皮试前约四十八小时应停止使用本品，以免影响试验结果。",
        "铝塑泡罩包装，每盒6片。",
    ),
    (
        "蒙脱石散",
        "3g×10袋/盒",
        "每袋含蒙脱石3克",
        "H",
        "本品主要成份为蒙脱石，辅料为葡萄糖、糖精钠和香兰素。",
        "本品为灰白色或微黄色细粉，味香甜。",
        "【适应症】用于成人及儿童急、慢性腹泻，对儿童急性腹泻效果尤佳。",
        "将本品倒入半杯温开水中混匀快速服完。成人一次1袋，一日3次。",
        "偶见便秘和大便干结，减少剂量或暂停服用后可自行缓解。",
        "对本品过敏者禁用。",
        "治疗急性腹泻时应注意纠正脱水，如需服用其他药物，建议与本品间隔一段时间，过量服用易致便秘。",
        "复合膜袋装，每盒10袋。",
    ),
    (
        "板蓝根颗粒",
        "10g×20袋/包",
        "每袋装10克",
        "Z",
        "板蓝根；辅料为蔗糖和糊精。",
        "本品为浅棕黄色至棕褐色的颗粒，味甜、微苦。",
        "【功能主治】清热解毒，凉血利咽，用于肺胃热盛所致的咽喉肿痛、口咽干燥。",
        "开水冲服。一次1至2袋，一日3至4次。",
        "尚不明确。",
        "尚不明确。",
        "忌烟酒及辛辣、鱼腥食物，不宜在服药期间同时服用温补性中药，脾胃虚寒泄泻者及糖尿病患者应在医师指导下服用。",
        "复合膜袋装，每包20袋。",
    ),
    (
        "维生素C咀嚼片",
        "100mg×60片/瓶",
        "100mg",
        "H",
        "本品每片含维生素C100毫克，辅料为山梨醇、柠檬酸和橙味香精。",
        "本品为类白色至淡黄色片，味酸甜，有橙香。",
        "【适应症】用于预防维生素C缺乏症，也可用于各种急慢性传染疾病及紫癜等的辅助治疗。",
        "咀嚼后咽下。成人一日1至2片，儿童一日1片。",
        "长期大量服用偶可引起尿酸盐、半胱氨酸盐或草酸盐结石，过量服用可引起腹泻和皮疹。",
        "对本品过敏者禁用。",
        "本品不宜长期过量服用，否则突然停药有可能出现坏血病症状，如服用过量或出现严重不良反应应立即就医。",
        "塑料瓶装，每瓶60片。",
    ),
    (
        "复方感冒灵颗粒",
        "14g×9袋/盒",
        "每袋装14克",
        "Z",
        "金银花、五指柑、野菊花、岗梅、对乙酰氨基酚；辅料为蔗糖。",
        "本品为棕色至深棕色的颗粒，味甜、微苦。",
        "【功能主治】辛凉解表，清热解毒，用于风热感冒之发热、微恶风寒、头身痛、咽痛。",
        "开水冲服。一次1袋，一日3次，二天为一疗程。",
        "可见困倦、嗜睡、口渴和虚弱感，偶见皮疹、荨麻疹和药热等过敏反应。",
        "严重肝肾功能不全者禁用。",
        "服用本品期间不得饮酒或含有酒精的饮料，不能同时服用与本品成份相似的其他抗感冒药，肝肾功能不全者慎用。",
        "复合膜袋装，每盒9袋。",
    ),
    (
        "盐酸西替利嗪滴剂",
        "10ml:0.1g/瓶",
        "10毫升：0.1克",
        "H",
        "本品主要成份为盐酸西替利嗪，辅料为甘油、丙二醇和糖精钠。",
        "本品为无色或几乎无色的澄清液体，味甜。",
        "【适应症】用于季节性或常年性过敏性鼻炎以及由过敏原引起的荨麻疹和皮肤瘙痒。",
        "口服。二至六岁儿童一次0.5毫升，一日1次，或遵医嘱。",
        "偶有轻微和短暂的不适感，如头痛、头晕、嗜睡、激动不安、口干及胃肠道不适。",
        "对本品成份过敏者禁用；严重肾功能损害患者禁用。",
        "服药期间不得驾驶机、车、船或从事高空作业、机械作业及操作精密仪器，肾功能损害者需在医师指导下使用。",
        "棕色玻璃瓶装，每瓶10毫升，附带刻度滴管。",
    ),
]
YF_STORE = ["阴凉干燥处", "密封，置阴凉干燥处", "遮光，密封保存"]
YF_STD = ["《中国药典》2020年版一部", "《中国药典》2020年版二部", "国家药品标准WS-10001"]
YF_MIX = [
    "如与其他药物同时使用可能会发生药物相互作用，详情请咨询医师或药师。",
    "本品不宜与其他同类药物同时服用，如正在使用其他药品，使用本品前请咨询医师或药师。",
]
YF_RELATED = ["感冒清热颗粒", "阿奇霉素分散片", "健胃消食片", "对乙酰氨基酚片", "藿香正气水"]
YF_RELATED += ["葡萄糖酸锌口服溶液"]

# -- a Taiwan new-home portal's project news feeds (好宅網), Big5 text -------------------------
JA_SITE = "好宅網"
# (project, city, district, builder, agency, price range, size range)
JA_PROJECTS = [
    ("晴川苑", "臺中市", "西屯區", "鼎昌建設", "聯碩代銷", "1,580萬～2,680萬", "28～45坪"),
    ("青嶼學苑", "新竹縣", "竹北市", "群禾建設", "耕耘行銷", "1,280萬～2,150萬", "25～38坪"),
    ("河岸書院", "高雄市", "鼓山區", "岳豐營造", "興陽代銷", "980萬～1,760萬", "22～36坪"),
    ("森之丘", "桃園市", "中壢區", "禾邑建設", "捷盛廣告", "1,080萬～1,880萬", "24～40坪"),
    ("璞玉灣", "臺南市", "安平區", "安居建設", "聯碩代銷", "1,150萬～2,300萬", "27～48坪"),
    ("雲川一品", "新北市", "林口區", "鼎昌建設", "興陽代銷", "1,690萬～2,980萬", "30～52坪"),
    ("松濤居", "臺中市", "北屯區", "群禾建設", "耕耘行銷", "1,320萬～2,240萬", "26～42坪"),
    ("日光莊園", "高雄市", "楠梓區", "禾邑建設", "捷盛廣告", "860萬～1,520萬", "20～34坪"),
]
JA_STAFF = ["林佩君", "陳冠宇", "黃怡婷", "張家豪", "吳雅雯", "蔡承翰", "許淑惠"]
# (kind, title pattern ({p} = the project), first sentence)
JA_POSTS = [
    (
        "工程進度",
        "{p}結構體順利封頂，預計明年第三季交屋",
        "{p}日前舉行上梁典禮，全區結構體提前兩週完成，外牆磁磚已進入打樣階段",
    ),
    (
        "工程進度",
        "{p}外牆施工過半，樣品屋同步開放參觀",
        "工地目前正進行外牆石材與鋁窗安裝，施工單位每週公布進度照片供買方查詢",
    ),
    (
        "銷售動態",
        "{p}第二期加推，低總價兩房釋出",
        "因首期銷售去化超過八成，建商決定提前推出第二期，並釋出少量低總價兩房",
    ),
    (
        "優惠活動",
        "{p}週末賞屋送家電，簽約再享車位優惠",
        "為回饋長期關注的客戶，接待中心本月推出週末賞屋活動，現場簽約另有車位折讓",
    ),
    (
        "公設介紹",
        "{p}公設曝光，空中花園與共享書房搶先看",
        "本案公設規劃在頂樓與一樓兩處，頂樓為空中花園與烤肉區，一樓則設有共享書房",
    ),
    (
        "交屋資訊",
        "{p}取得使用執照，驗屋作業即將展開",
        "本案已於日前取得使用執照，管委會籌備小組也已成立，近期將通知買方分批驗屋",
    ),
    (
        "周邊機能",
        "{p}生活圈再進化，捷運新站預計年底通車",
        "距本案步行約八分鐘的捷運新站已完成機電測試，預計年底通車，通勤時間可縮短一半",
    ),
    (
        "銷售動態",
        "{p}三房戶型熱銷，高樓層僅剩少量戶數",
        "接待中心統計，三房戶型近一個月成交比例最高，尤其高樓層景觀戶詢問度持續攀升",
    ),
]
JA_MID = [
    "代銷人員表示，近期來客以首購家庭為主，多數買方關心學區與通勤距離",
    "建商強調，全案採用制震結構並通過綠建築標章審查，建材規格均於合約中載明",
    "現場人員指出，不少客戶是看過工地實景後才決定下訂，回籠客比例明顯提高",
    "據了解，本案周邊另有兩個建案同步銷售，區域房價近一年呈現小幅上揚",
    "不少買方特地攜帶長輩一同前來，對社區中庭與無障礙動線的設計評價不錯",
    "代銷團隊也觀察到，換屋族對車位與儲藏室的需求明顯高於去年同期",
    "建商補充，全案僅規劃一百二十八戶，戶數精簡有利於日後社區管理",
    "有買方反映，區域內可比較的新成屋不多，因此多數人傾向在預售階段卡位",
    "現場人員提醒，簽約前務必詳閱契約審閱期與付款方式等重要條款",
    "建商也承諾，交屋後一年內的漏水與裂縫問題均由專屬客服窗口協助處理",
]
JA_END = [
    "有意賞屋的民眾可先預約，接待中心開放時間為每日上午十時至晚間七時",
    "實際價格與優惠內容以現場公告為準，詳情請洽接待中心服務人員",
    "相關施工照片已上傳至建案相簿，買方也可向專員索取完整進度報告",
    "本週六另有室內設計講座，名額有限，欲參加者請提前來電報名",
    "因停車位有限，賞屋民眾建議搭乘大眾運輸或事先預約接駁服務",
    "後續最新消息將持續更新於本頁，歡迎加入追蹤以免錯過重要資訊",
]


class GenYI(GenO):
    """Text makers for the ``yi`` families (deterministic from the seed)."""

    # -- a hearing
    def hearing(self, day: tuple[int, int, int], k: int) -> tuple[Art, dict[str, str]]:
        """One hearing: the hearing sentence, the claim and the bench line; the facts of
        its rows (slot, room, procedure, case number, filing date) are returned apart."""
        r = self.r
        self.n += 1
        y, m, d = day
        cause, fact, claim = KT_CAUSES[k % len(KT_CAUSES)]
        plaintiff = r.choice(KT_PERSONS + KT_FIRMS)
        defendant = r.choice([x for x in KT_PERSONS + KT_FIRMS if x != plaintiff])
        noon = r.choice(["上午", "下午"])
        hour = r.choice([9, 10]) if noon == "上午" else r.choice([2, 3, 4])
        mins = r.choice([0, 30])
        room = r.choice(KT_ROOMS)
        simple = r.random() < 0.6
        judge = r.choice(KT_JUDGES)
        clerk = r.choice(KT_CLERKS)
        if simple:
            bench = f"本案适用简易程序，由审判员{judge}独任审理，书记员{clerk}担任法庭记录。"
        else:
            a, b = r.sample(KT_ASSESS, 2)
            bench = (
                f"本案适用普通程序，由审判员{judge}担任审判长，与人民陪审员{a}、{b}组成合议庭，"
                f"书记员{clerk}担任法庭记录。"
            )
        sum_ = str(r.randint(12, 980) * 100)
        lines = [
            f"本院定于{y}年{m}月{d}日{noon}{hour}时{f'{mins}分' if mins else ''}在本院{room}"
            f"依法公开开庭审理原告{plaintiff}与被告{defendant}{cause}一案。",
            f"原告诉称，{fact}，故诉至本院，{claim.format(sum_)}，并由被告承担本案诉讼费用。",
            bench,
            f"旁听人员请于开庭前二十分钟凭有效身份证件到诉讼服务中心登记，"
            f"{r.choice(KT_SEATS).format(r.randint(6, 30))}。",
        ]
        title = f"{plaintiff}与{defendant}{cause}"
        fy = y - (1 if m <= 2 and r.random() < 0.5 else 0)
        case = f"（{fy}）澄0105民初{r.randint(100, 9999)}号"
        clock = f"{hour + (12 if noon == '下午' else 0):02d}:{mins:02d}"
        facts = {
            "room": room,
            "clock": clock,
            "proc": "简易程序" if simple else "普通程序",
            "case": case,
            "judge": judge,
        }
        return Art(title, lines, list(lines), {"doc_number": case}), facts

    # -- an admission brochure
    def brochure(self, school: str, year: int, when: tuple[int, int]) -> Art:
        """One school's brochure: plan, catchment, sign-up, checks, a note, the phone."""
        r = self.r
        self.n += 1
        classes = r.randint(3, 10)
        per = r.choice([40, 45])
        street = r.choice(RX_STREETS)
        comms = r.sample(RX_COMMS, 3)
        m, d = when
        checks = r.sample(RX_CHECK, 3)
        lines = [
            f"招生计划：{classes}个班，每班{per}人，计划招收一年级新生{classes * per}人。",
            f"招生范围：{street}{comms[0]}、{comms[1]}及{comms[2]}"
            f"（{r.choice(RX_ROADS)}{r.choice(RX_SIDES)}）户籍并实际居住的适龄儿童。",
            f"报名方式：{m}月{d}日至{d + r.randint(3, 6)}日登录“{RX_DISTRICT}义务教育招生服务平台”"
            f"如实填报信息，逾期未报名的适龄儿童由区教育局统筹安排学位。",
            f"材料审核：学校将对{checks[0]}、{checks[1]}和{checks[2]}进行联网核验，"
            f"审核结果于{m + 1}月{r.randint(1, 15)}日前以短信方式告知家长。",
            f"特别提醒：{r.choice(RX_NOTE)}，家长如有疑问请在工作时间来电咨询。",
            f"咨询电话：0571-8{r.randint(1000000, 9999999)}（工作日8:30—17:00）",
        ]
        title = f"{school}{year}年一年级招生简章"
        return Art(title, lines, list(lines), {"origin": school})

    # -- a package insert
    def insert(self, k: int, maker: tuple[str, str]) -> tuple[Art, dict[str, str]]:
        """One product's package insert, ``【label】`` lines in the order printed; published
        is the 修改日期, doc_number the 批准文号, issuer the maker."""
        r = self.r
        self.n += 1
        name, spec, size, kind, part, look, use, dose, bad, ban, care, pack = YF_DRUGS[k]
        y0, m0, d0 = self.date()
        y, m, d = self.date()
        y0 = min(y0, y - 1) - r.randint(2, 10)
        no = f"国药准字{kind}{r.choice(['1999', '2003', '2005', '2010', '2020'])}{r.randint(1000, 9999)}"  # noqa: E501
        firm, addr = maker
        lines = [
            "请仔细阅读说明书并按说明使用或在药师指导下购买和使用。",
            f"【核准日期】{y0}年{m0}月{d0}日",
            f"【修改日期】{y}年{m}月{d}日",
            f"【药品名称】通用名称：{name}",
            f"【成份】{part}",
            f"【性状】{look}",
            use,
            f"【规格】{size}",
            f"【用法用量】{dose}",
            f"【不良反应】{bad}",
            f"【禁忌】{ban}",
            f"【注意事项】{care}",
            f"【药物相互作用】{r.choice(YF_MIX)}",
            f"【贮藏】{r.choice(YF_STORE)}。",
            f"【包装】{pack}",
            f"【有效期】{r.choice([18, 24, 36])}个月",
            f"【执行标准】{r.choice(YF_STD)}",
            f"【批准文号】{no}",
            f"【生产企业】{firm}　地址：{addr}　电话：0571-8{r.randint(1000000, 9999999)}",
        ]
        title = f"{YF_BRANDS[YF_MAKERS.index(maker)]} {name} {spec}"
        meta = {"published": iso(y, m, d), "doc_number": no, "issuer": firm}
        return Art(title, lines, list(lines), meta), {"name": name, "size": size}

    # -- a project news post
    def post(self, proj: str, k: int, staff: str, said: list[str]) -> tuple[Art, str]:
        """One project news post (three paragraphs; ``said`` = its three asides, not
        repeated on the page); returns it and its kind."""
        r = self.r
        self.n += 1
        kind, title, first = JA_POSTS[k]
        lines = [
            f"{first.format(p=proj)}，{said[0]}。",
            f"接待中心專員{staff}指出，本週來電詢問的客戶約有{self.n * 7 + r.randint(20, 60)}組，"
            f"其中約{r.randint(3, 6)}成為首次購屋的年輕家庭，{said[1]}。",
            f"{said[2]}。",
        ]
        y, m, d = self.date()
        meta = {"published": iso(y, m, d), "author": staff}
        return Art(title.format(p=proj), lines, list(lines), meta), kind
