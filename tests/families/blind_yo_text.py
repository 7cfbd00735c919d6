"""Words and text makers of :mod:`tests.families.blind_families_yo` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yo`` families repeats one of the earlier
families.  The conscription office's words are in GBK (its pages are GBK-encoded), the
blood station's in GB18030.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

WEEK = "一二三四五六日"

# -- a port group's dispatch centre: daily vessel berthing plans (澄湾港), HTML ---------------
KB_GROUP = "澄湾港务集团"
KB_CENTRE = "澄湾港务集团调度指挥中心"
KB_AREAS = ["西岙港区", "大榭湾港区", "北仑头港区", "石浦港区"]
# (vessel, flag)
KB_SHIPS = [
    ("岚舟7", "中国"),
    ("海丰澄湾", "中国"),
    ("东泓顺", "中国"),
    ("新鹭明", "中国"),
    ("泰和12", "中国"),
    ("嘉远海", "中国"),
    ("PACIFIC LARK", "巴拿马"),
    ("ORIENT MAPLE", "利比里亚"),
    ("SEA HERON", "马绍尔群岛"),
    ("GOLDEN WREN", "新加坡"),
]
KB_HEAD = ["泊位", "船名", "国籍", "船长（米）", "预计靠泊", "货种"]
KB_CARGO = ["集装箱", "铁矿石", "煤炭", "散粮", "钢材", "件杂货", "化肥", "木材"]
KB_PLANNERS = ["俞海峰", "邵立群", "翁佳敏", "应子航", "竺晓东"]
KB_NOTES = [
    "各船代须于船舶抵锚地前六小时向调度室确认预抵时间，逾期未确认的顺延安排",
    "大型船舶进出港须按规定申请引航，并提前落实拖轮配备",
    "作业期间遇六级以上大风或能见度不良时，一律停止靠离泊作业",
    "危险货物船舶须持港口危险货物作业许可证明方可安排靠泊",
    "各码头公司应提前清理泊位前沿，确保系缆桩和护舷完好",
]
KB_WHY = [
    "受前期大风停航影响",
    "因锚地待泊船舶较多",
    "结合各码头公司堆场能力",
    "根据海事部门交通管制安排",
]

# -- a cinema chain's daily box-office reports (岚影院线), plain text -----------------------------
PF_CHAIN = "岚影院线"
PF_FILMS = [
    "春山如故",
    "深蓝追缉",
    "小狐狸回家",
    "第七个夏天",
    "长风渡海",
    "雾港",
    "星际快递员",
    "外婆的菜园",
    "极限救援",
    "纸飞机",
]
PF_LEAD = [
    "单日领跑，拿下院线近四成票房",
    "逆跌登顶，工作日表现稳健",
    "口碑发酵，排片占比继续上调",
    "周末回暖，夜场上座率明显走高",
    "稳居单日冠军，院线单日票房站上新台阶",
    "领跑优势缩小，次席影片紧追不舍",
]
PF_SAY1 = [
    "晚间黄金场上座率超过三成",
    "在三四线城市影城表现尤其突出",
    "二刷观众占比持续走高",
    "家庭观众成为购票主力",
]
PF_SAY2 = [
    "首映日表现略低于预期",
    "排片虽少但场均人次居前",
    "工作日降幅控制得较好",
    "点映口碑带动了预售",
]
PF_SAY3 = [
    "各影城可适当增加午夜场次",
    "建议下周继续保持重点影片的黄金场排片",
    "影城卖品收入随之同步增长",
    "会员卡充值量较上周同期略有回升",
]
PF_STORES = [
    "岚影国际影城（万象店）",
    "岚影影城（滨江店）",
    "岚影IMAX影城（天街店）",
    "岚影影城（大学城店）",
    "岚影激光影城（东站店）",
    "岚影影城（南湖店）",
]
PF_WRITERS = ["祁文澜", "庞一诺", "钭思远", "卞晓雯", "冼子墨"]
WEEK_EN = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

# -- a county conscription office's notices (柘川县), HTML in GBK -------------------------------
ZB_COUNTY = "柘川县"
ZB_OFFICE = "柘川县人民政府征兵办公室"
ZB_EDITORS = ["包振华", "戚敏", "闵浩然", "裘丽萍", "鲍建伟"]
# (title with {y}, three (section head, its sentence) pairs)
ZB_NOTICES = [
    (
        "柘川县{y}年度兵役登记通告",
        [
            (
                "一、登记对象",
                "凡当年12月31日前年满十八周岁的男性公民，不分民族、职业和宗教信仰，"
                "都应当按照规定进行初次兵役登记",
            ),
            (
                "二、登记时间和方式",
                "登记时间为当年1月1日至6月30日，本人可登录全国征兵网自行登记，"
                "也可到户籍所在地镇（乡、街道）人民武装部现场登记",
            ),
            (
                "三、有关要求",
                "经登记被确定为应服兵役的，由县征兵办发给兵役登记证，登记信息发生变化的应当及时更新",
            ),
        ],
    ),
    (
        "关于{y}年上半年应征青年体格检查安排的通知",
        [
            (
                "一、体检时间",
                "全县应征青年体格检查分三批集中进行，每批次的具体时间由各镇（乡、街道）"
                "人民武装部另行通知本人",
            ),
            (
                "二、体检地点",
                "体检站设在县人民医院门诊楼四楼，各镇（乡、街道）须安排专人带队往返，确保途中安全",
            ),
            (
                "三、注意事项",
                "体检结果实行当日公布，对结果有异议的可在当日提出复查申请，复查以一次为限",
            ),
        ],
    ),
    (
        "柘川县{y}年度应征青年政治考核工作的通知",
        [
            (
                "一、考核对象",
                "经体格检查合格的应征青年均须进行政治考核，考核工作由县公安局牵头、有关部门共同参与",
            ),
            (
                "二、考核内容",
                "主要核查应征青年的政治思想、道德品质、现实表现以及本人和家庭成员的基本情况",
            ),
            (
                "三、工作要求",
                "考核人员要逐人走访、逐项核实，严格落实谁考核、谁签字、谁负责的要求",
            ),
        ],
    ),
    (
        "柘川县{y}年下半年女兵征集报名公告",
        [
            (
                "一、报名条件",
                "报名对象为普通高等学校全日制在校生和应届毕业生，年龄不超过二十二周岁，"
                "研究生可放宽至二十四周岁",
            ),
            (
                "二、报名程序",
                "报名人员须登录全国征兵网如实填写个人信息并上传近期免冠照片，"
                "打印应征报名表后交学校武装部审核",
            ),
            (
                "三、选拔办法",
                "县征兵办将根据体检、政考和综合素质评价结果，按计划数择优确定预定批准入伍人选",
            ),
        ],
    ),
    (
        "关于{y}年度预定新兵名单的公示",
        [
            (
                "一、公示范围",
                "经体格检查、政治考核和役前教育训练，拟批准入伍的应征青年名单已由县征兵办研究确定，"
                "现予以公示",
            ),
            (
                "二、公示期限",
                "公示期为五个工作日，公示期间各镇（乡、街道）须在村（社区）公示栏同步张贴名单",
            ),
            (
                "三、监督方式",
                "对公示对象有异议的，可通过来信、来电或来访方式向县征兵办反映，反映问题须实事求是",
            ),
        ],
    ),
    (
        "关于{y}年度大学毕业生征集工作的通知",
        [
            (
                "一、征集对象",
                "征集对象以全日制普通高等学校应届毕业生为重点，兼顾在校生和往届毕业生",
            ),
            (
                "二、优待政策",
                "入伍的大学生可按规定享受学费补偿或国家助学贷款代偿，退役后复学、升学和就业享受相应优待",
            ),
            (
                "三、工作措施",
                "各镇（乡、街道）要逐一摸清辖区大学生底数，做到政策宣传面对面、动员工作一对一",
            ),
        ],
    ),
    (
        "关于做好{y}年度新兵役前教育训练的通知",
        [
            (
                "一、训练时间",
                "役前教育训练为期五天，全县预定新兵统一在县民兵训练基地集中封闭管理",
            ),
            (
                "二、训练内容",
                "训练内容包括国防教育、队列训练、内务设置和体能适应性训练，并开展心理测评",
            ),
            (
                "三、保障要求",
                "训练期间的伙食、住宿和往返交通费用由县财政统一保障，新兵本人不承担任何费用",
            ),
        ],
    ),
    (
        "关于举行{y}年新兵入伍欢送仪式的通知",
        [
            (
                "一、仪式时间",
                "欢送仪式定于新兵起运当日上午八时在县人民广场举行，活动时长约一小时",
            ),
            (
                "二、参加人员",
                "参加人员包括全体新兵及家属代表、县征兵工作领导小组成员单位负责人和各镇（乡、街道）"
                "分管领导",
            ),
            (
                "三、有关事项",
                "请各镇（乡、街道）于当日七时前带新兵到广场指定位置集合，并做好新兵家属的服务保障",
            ),
        ],
    ),
]
ZB_SAY = [
    "各镇（乡、街道）人民武装部要把政策宣传到每一户适龄青年家庭",
    "县征兵办将会同公安、教育、卫生健康等部门联合把关",
    "对弄虚作假、徇私舞弊的，一经查实将严肃追究有关人员责任",
    "在校大学生可通过学校武装部咨询具体办理流程",
    "有关结果将在县人民政府门户网站和各镇（乡、街道）公示栏同步公布",
]
ZB_ITEMS = [
    "携带本人居民身份证和户口簿原件",
    "按通知时间到指定地点集合，因故不能按时参加的须提前请假",
    "如实提供个人信息，弄虚作假的取消应征资格",
    "保持通讯畅通，及时关注县征兵办发布的后续通知",
    "家长或监护人应支持配合，共同做好思想准备",
    "严格遵守各项纪律规定，服从工作人员统一安排",
]

# -- a city central blood station's weekly drive notices (澄州市), plain text, GB18030 ---------
XX_STATION = "澄州市中心血站"
# (title, organising unit, place, kind)
XX_DRIVES = [
    ("鹭鸣街道机关干部无偿献血活动", "鹭鸣街道办事处", "街道办事处一楼大厅", "团体采血"),
    ("澄州职业技术学院秋季献血月首场", "澄州职业技术学院团委", "学院体育馆东门", "校园采血"),
    ("万象汇广场街头献血点周末延时服务", "澄州市中心血站", "万象汇广场北侧", "街头采血"),
    ("澄州供电公司“热血电力”献血日", "国网澄州供电公司工会", "公司综合楼前广场", "团体采血"),
    ("市第一医院职工无偿献血活动", "澄州市第一人民医院", "门诊楼西侧停车场", "团体采血"),
    ("滨湖新区企业联合献血日", "滨湖新区管委会", "新区市民中心广场", "团体采血"),
    ("澄州师范学院“青春热血”献血活动", "澄州师范学院青年志愿者协会", "学院图书馆前", "校园采血"),
    ("机采血小板预约献血专场", "澄州市中心血站", "血站本部机采室", "机采血小板"),
    ("东门派出所及辖区单位献血活动", "澄州市公安局东门派出所", "派出所门前广场", "团体采血"),
    ("火车站献血屋“爱心加油站”主题日", "澄州市红十字会", "火车站南广场献血屋", "街头采血"),
]
XX_CONTACTS = ["缪欣然", "沃文杰", "晏秋萍", "蒯东来", "荀佳怡", "郜振宇"]
XX_WHY = [
    "近期全市临床用血需求持续增加，部分血型库存偏紧",
    "为缓解季节性供血紧张局面",
    "该单位已连续多年组织职工参加无偿献血",
    "为方便周边市民就近献血",
]
XX_GIFT = [
    "献血者可获赠纪念品一份，并按规定享受本人及亲属用血费用减免",
    "本次活动设有爱心签名墙，献血后可在现场领取电子献血证",
    "献血后请在现场休息十五分钟，饮用温水并补充点心",
    "首次献血者可由工作人员全程陪同，完成体检和初筛后再行采血",
]
XX_PLATES = ["X5172", "X3308", "X6621", "X1945"]
XX_UNITS = ["采血一科", "采血二科", "机采科", "献血服务科"]


class GenYO(GenO):
    """Text makers for the ``yo`` families (deterministic from the seed)."""

    # -- berthing plan
    def berth_plan(self, area: str, day: datetime.date, pub: datetime.date, *, table: bool) -> Art:
        """One day's plan: the lead, ``一、靠泊计划`` with the vessels (a table's head and
        row cells when ``table``, else one line per vessel), ``二、离泊及移泊`` with its
        paragraph, ``三、注意事项`` with three numbered notes, and the tide line; issuer
        the dispatch centre, published the day BEFORE the planned day.  ``a.chrome`` stays
        empty; the plan's cell count is ``len(KB_HEAD)`` a row."""
        r = self.r
        self.n += 1
        ships = r.sample(KB_SHIPS, r.randint(3, 5))
        berths = sorted(r.sample(range(1, 16), len(ships)))
        rows = [
            [
                f"{b}#",
                s,
                flag,
                f"{r.randint(98, 299)}.{r.randint(0, 9)}",
                f"{day.month:02d}-{day.day:02d} {r.randint(0, 23):02d}:{r.choice(['00', '30'])}",
                r.choice(KB_CARGO),
            ]
            for b, (s, flag) in zip(berths, ships, strict=True)
        ]
        if table:
            plan = [*KB_HEAD, *(c for row in rows for c in row)]
        else:
            plan = [
                f"{b}泊位　{s}（{flag}籍，船长{ln}米）　预计{t}靠泊　{c}"
                for b, s, flag, ln, t, c in rows
            ]
        wd = WEEK[day.weekday()]
        left = r.sample([x for x in KB_SHIPS if x not in ships], 2)
        notes = r.sample(KB_NOTES, 3)
        b1, b2 = r.sample(range(1, 16), 2)
        title = f"{area}{day.month}月{day.day}日船舶靠泊计划"
        lines = [
            f"根据各船代申报及{area}泊位作业情况，{r.choice(KB_WHY)}，经当日调度会研究，"
            f"现将{day.month}月{day.day}日（星期{wd}）船舶靠泊计划公布如下，"
            f"请各相关单位做好引航、拖轮及装卸作业准备。",
            "一、靠泊计划",
            *plan,
            "二、离泊及移泊",
            f"{left[0][0]}轮预计于当日{r.randint(6, 20)}时完成作业后离泊，{left[1][0]}轮由{b1}#泊位"
            f"移至{b2}#泊位，移泊时间视潮水情况由调度室另行通知。",
            "三、注意事项",
            *[f"{k}. {x}；" for k, x in enumerate(notes[:2], 1)],
            f"3. {notes[2]}。",
            f"潮汐预报：高潮 {r.randint(1, 11):02d}:{r.randint(0, 59):02d}"
            f"（{r.randint(380, 520) / 100:.2f}米）　低潮 {r.randint(12, 23):02d}:"
            f"{r.randint(0, 59):02d}（{r.randint(60, 150) / 100:.2f}米）",
        ]
        meta = {"issuer": KB_CENTRE, "published": iso(pub.year, pub.month, pub.day)}
        return Art(title, lines, list(lines), meta)

    # -- box-office day
    def box_day(
        self, day: datetime.date, films: list[str], writer: str, used: set[str]
    ) -> tuple[Art, str]:
        """One business day's report: the day paragraph, a rank table (a head row and four
        film rows), the films paragraph and the cinemas paragraph; also the day strip.
        Published the business day, author the writer; the headline is none of ``used``
        (the page's earlier headlines) and is added to it."""
        r = self.r
        self.n += 1
        order = r.sample(films, 4)
        weights = sorted((r.randint(10, 60) for _ in order), reverse=True)
        cover = r.randint(780, 960) / 10  # the four films' share of the chain's day
        shares = [round(w * cover / sum(weights), 1) for w in weights]
        total = r.randint(6000, 26000) / 10
        pct = r.randint(40, 110) / 10  # the chain's share of the national day
        big = total / pct * 100 / 10000
        wd = WEEK[day.weekday()]
        title = f"《{order[0]}》{r.choice(PF_LEAD)}"
        while title in used:
            title = f"《{order[0]}》{r.choice(PF_LEAD)}"
        used.add(title)
        rows = ["排名　影片　院线票房　票房占比　排片占比"]
        for k, (f, s) in enumerate(zip(order, shares, strict=True), 1):
            rows.append(
                f"{k:02d}　《{f}》　{total * s / 100:,.1f}万　{s:.1f}%　{r.randint(80, 350) / 10}%"
            )
        st = r.sample(PF_STORES, 2)
        lines = [
            f"营业日{day.month}月{day.day}日（星期{wd}），{PF_CHAIN}旗下{r.randint(38, 64)}家影城"
            f"共放映{r.randint(3000, 9000)}场，接待观众{r.randint(40000, 160000)}人次，"
            f"实现票房{total:,.1f}万元，占全国大盘的{pct}%，"
            f"较上一营业日{r.choice(['上涨', '下降'])}{r.randint(10, 300) / 10}%。",
            *rows,
            f"从单片看，《{order[0]}》{r.choice(PF_SAY1)}，《{order[1]}》{r.choice(PF_SAY2)}；"
            f"{r.choice(PF_SAY3)}。",
            f"门店方面，{st[0]}以{r.randint(180, 900) / 10}万元位列单店第一，"
            f"{st[1]}上座率达到{r.randint(120, 380) / 10}%，为全院线最高。",
        ]
        strip = (
            f"D{day.weekday() + 1} ‖ {day.year}.{day.month:02d}.{day.day:02d} "
            f"{WEEK_EN[day.weekday()]} ‖ 大盘 {big:.2f}亿 ‖ 院线 {total:,.1f}万 ‖ "
            f"上座率 {r.randint(40, 260) / 10}%"
        )
        meta = {"published": iso(day.year, day.month, day.day), "author": writer}
        return Art(title, lines, list(lines), meta), strip

    # -- conscription notice
    def conscription(self, i: int, y: int) -> Art:
        """One notice: the lead, three ``一、`` heads each with its paragraph, three numbered
        items under the second head and the hotline line (one article)."""
        r = self.r
        self.n += 1
        tpl, parts = ZB_NOTICES[i]
        title = tpl.format(y=y)
        say = r.sample(ZB_SAY, 3)
        items = r.sample(ZB_ITEMS, 3)
        word = next((w for w in ("通告", "公告", "公示") if title.endswith(w)), "通知")
        lines = [
            f"根据《中华人民共和国兵役法》《征兵工作条例》和上级征兵工作部署，"
            f"结合我县实际，现就{y}年度有关事项{word}如下。",
        ]
        for k, (head, text) in enumerate(parts):
            lines += [head, f"{text}；{say[k]}。"]
            if k == 1:
                lines += [f"{j}. {x}；" for j, x in enumerate(items[:2], 1)]
                lines.append(f"3. {items[2]}。")
        lines += [
            "请广大适龄青年及其家长相互转告，积极支持国防建设，踊跃报名参军。",
            f"咨询电话：0576-8{r.randint(1000000, 9999999)}（县征兵办）　"
            f"0576-8{r.randint(1000000, 9999999)}（县人武部）",
        ]
        return Art(title, lines, list(lines), {"issuer": ZB_OFFICE})

    # -- blood drive
    def drive(self, d: tuple[str, str, str, str]) -> Art:
        """One drive: why, where and when, what donors get, who to call (one article);
        origin the organising unit."""
        r = self.r
        self.n += 1
        title, org, place, kind = d
        who = f"{XX_STATION}将" if org == XX_STATION else f"{XX_STATION}将会同{org}"
        amount = (
            f"预计采集{r.randint(12, 30)}个治疗量"
            if kind == "机采血小板"
            else f"预计采集全血{r.randint(40, 160)}人份"
        )
        lines = [
            f"{r.choice(XX_WHY)}，{who}开展本次{kind}活动，{amount}，欢迎符合条件的市民踊跃参加。",
            f"采血地点设在{place}，现场配备{r.randint(4, 9)}名医护人员，"
            f"献血前须完成健康征询、血压测量和快速血液初筛。",
            f"{r.choice(XX_GIFT)}；年龄在十八周岁至六十周岁、体重男五十公斤以上"
            f"女四十五公斤以上的健康市民均可参加。",
            f"咨询电话：0577-8{r.randint(1000000, 9999999)}",
        ]
        return Art(title, lines, list(lines), {"origin": org})
