"""Words and text makers of :mod:`tests.families.blind_families_zd` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zd`` families repeats one of the earlier
families.  The clipping digest's and the exam centre's words are all in GBK (their pages
are GB18030 / GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# -- a county publicity office's press-clipping digest (媒体看澄禾), plain text, GB18030
COUNTY = "澄禾县"
DIGEST = "媒体看澄禾"
PAPERS = ["岚泽日报", "岚泽农民报", "澄州晚报", "江南经济导报", "岚泽广播电视台", "澄州新闻网"]
REPORTERS = ["柯望舒", "邵青禾", "蒲一鸣", "温晓岚", "阮知秋", "祁远帆", "卓慕言", "岑若溪"]
# (title, subject) of a clipped report
CLIPS = [
    ("澄禾县：小茶叶串起乡村振兴大产业", "茶叶"),
    ("一条“彩虹路”带火一个山村", "彩虹公路"),
    ("澄禾县探索“共享农机”新模式", "共享农机"),
    ("古村落里的新业态：民宿集群悄然兴起", "民宿集群"),
    ("澄禾县数字赋能基层治理见实效", "数字治理"),
    ("稻渔共生让农民腰包鼓起来", "稻渔共生"),
    ("澄禾县老年食堂吃出幸福味道", "老年食堂"),
    ("溪畔夜市点亮县城烟火气", "夜市"),
    ("澄禾县返乡青年当上“新农人”", "新农人"),
    ("小竹编编出致富新路子", "竹编"),
    ("澄禾县“一站式”调解中心化解矛盾纠纷", "调解中心"),
    ("山区学校用上“双师课堂”", "双师课堂"),
]
TOWNS_ZD = ["禾口镇", "溪坪乡", "云岙村", "枫下村", "桐塘镇", "石门坎村", "柳湾社区", "茶岭乡"]
CLIP_DID = [
    "近年来依托当地资源禀赋",
    "今年以来坚持问需于民",
    "去年起整合各方资金",
    "在县里的支持下先行先试",
    "围绕群众最关心的小事",
]
CLIP_GOT = [
    "带动周边农户户均增收一万余元",
    "吸引游客人数同比增长三成以上",
    "让村集体经济收入首次突破百万元",
    "帮助两百多名村民在家门口就业",
    "让办事群众少跑腿、快办事",
]
CLIP_SAY = [
    "以前想都不敢想，现在日子越过越有奔头",
    "政策好、路子对，大家干劲都很足",
    "我们要把这件好事办实、办好",
    "下一步还要在品牌和销路上多下功夫",
]
CLIP_ROLE = ["村党支部书记", "种植大户", "合作社负责人", "返乡创业青年", "镇分管负责人"]
CLIP_NEXT = [
    "据了解，该县还将在全域推广这一做法，力争年底前覆盖所有乡镇",
    "记者在采访中看到，不少外地客商也慕名而来洽谈合作",
    "下一步，当地将持续完善配套设施，推动产业提档升级",
    "目前，相关经验已被列入全市基层改革典型案例",
]

# -- a university's international students office (English pages), HTML, UTF-8
UNI = "Cenhe University"
UNI_CN = "岑禾大学"
OFFICE = "Office of International Students"
# (title, kind, posted by)
NOTES_EN = [
    ("Spring Semester Registration Opens for Returning Students", "reg", "Student Affairs"),
    ("Residence Permit Renewal: Important Dates This Term", "visa", "Visa Services"),
    ("Call for Applications: Cenhe Presidential Scholarship", "grant", "Scholarships Unit"),
    ("Chinese Language Placement Test Rescheduled", "test", "Language Centre"),
    ("Dormitory Maintenance in Building 7 Next Week", "dorm", "Housing Services"),
    ("Lantern Festival Gathering for International Students", "event", "Student Affairs"),
    ("Health Insurance Enrolment Reminder", "insure", "Student Affairs"),
    ("Volunteer Guides Wanted for Campus Open Day", "event", "Student Affairs"),
]
EN_WHO = ["All international students", "Degree students", "Exchange students", "New arrivals"]
EN_WHY = [
    "To make sure your records stay up to date",
    "Following the new semester arrangements",
    "In line with the university calendar",
    "Because of the high number of requests last term",
]
EN_ASK = [
    "please bring your passport and student card",
    "please check your university email regularly",
    "please complete the online form before the deadline",
    "please contact your college coordinator if you are unsure",
]
EN_DOCS = [
    "a valid passport with at least six months remaining",
    "two recent passport-size photos on a white background",
    "the completed application form signed by your supervisor",
    "a copy of your current residence permit",
    "proof of accommodation issued by Housing Services",
    "your latest academic transcript",
]
EN_PLACE = ["Room 105, International Centre", "the Service Hall of Building 3", "Lecture Hall B"]

# -- a provincial personnel exam centre (人事考试网), HTML, GBK declared gb2312
EXAM = "岚泽省人事考试中心"
EXAM_SITE = "岚泽人事考试网"
# (title, kind, section)
EXAMS = [
    ("关于2021年度全省事业单位公开招聘笔试有关事项的公告", "sign", "考务处"),
    ("2021年上半年专业技术人员职业资格考试考务安排", "plan", "考务处"),
    ("关于调整部分考点的通知", "site", "考点管理科"),
    ("关于领取2020年度资格证书的通知", "cert", "证书管理科"),
    ("2021年度公务员录用考试笔试成绩查询公告", "score", "考务处"),
    ("关于做好考生身份核验工作的提示", "tips", "考点管理科"),
    ("关于报名照片审核有关问题的说明", "photo", "信息技术科"),
    ("2021年度选调生笔试准考证打印须知", "card", "考务处"),
]
EXAM_WHY = [
    "根据省人力资源和社会保障厅统一部署",
    "为进一步规范考试组织工作",
    "为方便广大考生及时了解考试安排",
    "经研究决定",
]
EXAM_DO = [
    "考生须在规定时间内登录报名系统完成网上确认",
    "请考生提前熟悉考点位置和交通路线",
    "考生应携带准考证和有效居民身份证原件参加考试",
    "逾期未办理的，视为自动放弃",
    "相关信息以本网站发布的为准",
]
EXAM_CITY = ["岚泽市", "澄州市", "溪门市", "桐阳市", "柘川市"]
EXAM_NOTE = [
    "考生须提前三十分钟到达考场，开考后十五分钟不得入场",
    "考试期间严禁携带手机等通讯工具进入考场",
    "考生应自觉遵守考场纪律，服从监考人员管理",
    "因个人原因错过考试的，不予补考",
]

# -- a housing estate's property-service notices (栖岸花园), plain text, UTF-16
ESTATE = "栖岸花园"
PROPERTY = "栖岸花园物业服务中心"
# (title, kind)
ESTATE_NOTES = [
    ("关于小区二次供水水箱清洗的温馨提示", "water"),
    ("关于开展春季全面消杀工作的通知", "kill"),
    ("5号楼电梯年度检验停梯通知", "lift"),
    ("关于规范电动自行车停放充电的告业主书", "bike"),
    ("小区南门道闸系统升级改造公告", "gate"),
    ("关于清理楼道堆放杂物的通知", "stair"),
    ("地下车库地坪翻新施工告知", "floor"),
    ("关于调整垃圾分类投放时间的公告", "trash"),
]
ESTATE_WHY = [
    "为给业主营造干净整洁、安全舒适的居住环境",
    "根据相关管理规定和小区实际情况",
    "为消除安全隐患、保障业主生命财产安全",
    "应广大业主的建议",
]
ESTATE_ASK = [
    "届时请各位业主提前做好准备",
    "施工期间如给您带来不便，敬请谅解",
    "请业主朋友们相互转告，共同配合",
    "感谢您一直以来对物业工作的理解和支持",
]
BUILDINGS = ["1号楼", "2号楼", "3号楼", "5号楼", "6号楼", "8号楼", "9号楼", "11号楼"]
ESTATE_DO = {
    "water": "清洗期间相关楼栋将暂停供水约六小时，请业主提前储备生活用水，恢复供水后请先放水几分钟再使用。",  # noqa: E501
    "kill": "本次消杀重点为绿化带、垃圾房和地下车库，所用药剂为低毒环保型，请勿让宠物接触刚喷洒过的区域。",  # noqa: E501
    "lift": "检验期间该楼两部电梯将轮流停用，每部停用约两小时，行动不便的业主可提前联系管家协助上下楼。",  # noqa: E501
    "bike": "即日起电动自行车一律不得进入楼道和电梯，请统一停放到集中充电区，私拉电线充电的将予以劝阻并拆除。",  # noqa: E501
    "gate": "升级期间南门道闸改为人工值守放行，车辆进出请配合岗亭登记，新系统启用后将支持车牌自动识别。",  # noqa: E501
    "stair": "请业主在规定时间前自行清理楼道内的纸箱、旧家具等杂物，逾期未清理的将视为废弃物统一处理。",  # noqa: E501
    "floor": "施工期间地下车库将分区封闭，请车主按照现场指示牌将车辆临时停放到地面停车位，不便之处敬请谅解。",  # noqa: E501
    "trash": "调整后每日早晚两个时段定时投放，其余时间请将垃圾投放至小区东侧误时投放点，督导员将在现场指导。",  # noqa: E501
}
STAFF = ["管家小陶", "客服小苏", "管家阿杰", "客服小闵"]


class GenZD(GenO):
    """Text makers for the ``zd`` families (deterministic from the seed)."""

    # -- clipping digest
    def clip(self, j: int) -> Art:
        """A clipped report: a lead, a scene paragraph with a quote, a result paragraph
        and a closing line.  Meta: published, origin (the paper), author (the reporter)."""
        r = self.r
        title, what = CLIPS[j]
        y, m, d = self.date()
        town = r.choice(TOWNS_ZD)
        self.n += 1
        who = r.choice(CLIP_ROLE)
        lines = [
            f"{COUNTY}{town}{r.choice(CLIP_DID)}，把{what}作为发展的突破口，{r.choice(CLIP_GOT)}。",
            f"走进{town}，映入眼帘的是一派繁忙景象。“{r.choice(CLIP_SAY)}。”{who}告诉记者，"
            f"仅今年前两个月，这里就接待了{self.n * 31 + 200}批次来访人员。",
            f"{COUNTY}相关负责人介绍，{what}项目启动以来，{r.choice(CLIP_GOT)}，"
            f"成为全县{r.choice(['产业发展', '基层治理', '民生改善'])}的一张新名片。",
            f"{r.choice(CLIP_NEXT)}。",
        ]
        meta = {
            "published": iso(y, m, d),
            "origin": r.choice(PAPERS),
            "author": r.choice(REPORTERS),
        }
        return Art(title, lines, list(lines), meta)

    # -- international students office
    def notice_en(self, j: int) -> Art:
        """An English notice: who it is for, why, what to do (a ``Required documents:``
        list on some kinds), where, and a contact line."""
        r = self.r
        title, kind, _ = NOTES_EN[j]
        y, m, d = self.date()
        day = min(d + r.randint(3, 10), 28)
        self.n += 1
        month = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][m - 1]
        lines = [
            "Dear students,",
            f"{r.choice(EN_WHY)}, the {OFFICE} would like to inform "
            f"{r.choice(EN_WHO).lower()} of the following arrangements.",
        ]
        if kind in ("reg", "visa", "grant"):
            lines.append(f"The deadline is {day} {month} {y}. When you come, {r.choice(EN_ASK)}.")
            lines.append("Required documents:")
            lines += [x[0].upper() + x[1:] for x in r.sample(EN_DOCS, 3)]
        else:
            lines.append(
                f"The arrangement starts on {day} {month} {y} and will last about "
                f"{self.n % 5 + 2} days, so {r.choice(EN_ASK)}."
            )
        lines.append(
            f"Venue: {r.choice(EN_PLACE)}, from 9:00 to 16:30 on weekdays "
            f"({self.n * 3 + 20} places available)."
        )
        lines.append(f"Contact: Ms. Lin, +86-571-8865-{r.randint(1000, 9999)}, iso@cenhe.edu.cn")
        lines.append(f"{OFFICE}, {UNI}")
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- exam centre
    def exam(self, j: int) -> Art:
        """An exam notice: the why paragraph, ``一、`` sections with ``（一）`` items, an
        attachment list, the centre and the date."""
        r = self.r
        title, kind, _ = EXAMS[j]
        y, m, d = self.date()
        title = title.replace("2020", str(y - 1)).replace("2021", str(y))
        do = r.sample(EXAM_DO, 2)
        day = min(d + r.randint(5, 15), 28)
        self.n += 1
        lines = [
            f"{r.choice(EXAM_WHY)}，现将有关事项{'公告' if '公告' in title else '通知'}如下：",
            "一、时间安排",
            f"{y}年{m}月{day}日9:00至{m}月{min(day + 3, 28)}日17:00，{do[0]}，{do[1]}。",
            "二、有关要求",
        ]
        notes = r.sample(EXAM_NOTE, 3)
        lines += [f"（{c}）{x}；" for c, x in zip("一二", notes[:2], strict=True)]
        lines.append(f"（三）{notes[2]}。")
        lines += [
            "三、咨询方式",
            f"考生在考试过程中如遇问题，可拨打咨询电话0571-8819{r.randint(1000, 9999)}，"
            f"咨询时间为工作日上午9:00至11:30，下午14:00至17:00，全年共受理咨询{self.n * 17 + 90}件。",  # noqa: E501
        ]
        if kind in ("sign", "plan", "site", "card"):
            cities = r.sample(EXAM_CITY, 2)
            lines += [
                "附件：1．各考区考点一览表",
                f"2．{cities[0]}、{cities[1]}考区联系方式",
            ]
        lines += [EXAM, f"{y}年{m}月{d}日"]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": EXAM})

    # -- property notices
    def estate(self, j: int) -> Art:
        """A property notice: ``尊敬的各位业主：``, the why paragraph, ``时间：`` /
        ``范围：`` lines, a ``温馨提示：`` paragraph, the ask, the centre and the date
        (a Chinese-numeral date on odd kinds)."""
        r = self.r
        title, kind = ESTATE_NOTES[j]
        y, m, d = self.date()
        day = min(d + r.randint(2, 6), 28)
        self.n += 1
        blds = r.sample(BUILDINGS, 3)
        lines = [
            "尊敬的各位业主：",
            f"{r.choice(ESTATE_WHY)}，我中心定于{y}年{m}月{day}日开展本次工作，现将有关事项告知如下：",
            f"时间：{y}年{m}月{day}日 8:30—17:30",
            f"范围：{blds[0]}、{blds[1]}、{blds[2]}及周边公共区域",
            ESTATE_DO[kind],
            f"温馨提示：工作期间请看管好老人和小孩，远离作业区域，如有疑问可联系{r.choice(STAFF)}，"
            f"我们将在{self.n % 3 + 1}小时内上门处理。",
            f"{r.choice(ESTATE_ASK)}，谢谢大家的配合与支持！",
            PROPERTY,
            cn_date(y, m, d) if j % 2 else f"{y}年{m}月{d}日",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": PROPERTY})
