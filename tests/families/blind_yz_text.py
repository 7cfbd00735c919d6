"""Words and text makers of :mod:`tests.families.blind_families_yz` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yz`` families repeats one of the earlier
families.  The bidding-failure board's and the supply-interruption board's words are in GBK
(their pages are GB18030- and GBK-encoded).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# -- a county trading centre's bidding-failure board (汀岚县), HTML, GB18030 ----------------
LB_SITE = "汀岚县公共资源交易网"
# (buyer, what it buys)
LB_BUYERS = [
    ("汀岚县第二中学", "食堂厨房设备"),
    ("汀岚县人民医院", "医用消毒供应设备"),
    ("汀岚县城乡建设服务中心", "老旧街巷路灯改造"),
    ("汀岚县农业技术推广站", "测土配方检测仪器"),
    ("汀岚县图书馆", "自助借还书终端"),
    ("汀岚县溪口镇人民政府", "农村人居环境保洁服务"),
    ("汀岚县疾病预防控制中心", "冷链运输车辆"),
    ("汀岚县机关事务服务中心", "办公楼物业管理服务"),
    ("汀岚县水利工程管理所", "堤防巡查无人机"),
    ("汀岚县职业中专学校", "汽修实训教学设备"),
]
LB_AGENT = ["岚信工程咨询有限公司", "汀州恒誉招标代理有限公司", "溪川项目管理有限公司"]
LB_WAY = ["公开招标", "竞争性磋商", "竞争性谈判", "询价"]
LB_KIND = ["政府采购", "政府采购", "工程建设"]
LB_FAIL = [
    "截至响应文件提交截止时间，提交响应文件的供应商不足三家，根据有关规定，本项目作流标处理",
    "开标后经资格审查，通过资格审查的投标人不足三家，评标委员会无法进行有效比较，本项目流标",
]
LB_VOID = [
    "评审过程中发现出现影响采购公正的违法违规行为，经采购人确认，本项目作废标处理",
    "投标人的报价均超过了采购预算，采购人不能支付，根据评标委员会的意见，本项目予以废标",
    "因采购需求发生重大变化，经主管部门同意，采购人决定终止本次采购活动，本项目作废标处理",
]
LB_NEXT = [
    "采购人将在修改采购文件后重新组织采购，具体时间另行公告，请潜在供应商继续关注本网站",
    "已缴纳投标保证金的投标人，其保证金将在本公告发布之日起五个工作日内原路无息退还",
    "各潜在供应商如对本公告有异议，可在公告期限届满之日起七个工作日内以书面形式提出",
]
LB_NAMES = ["覃", "蒙", "韦", "黎", "莫", "邝"]

# -- a city water and gas group's supply-interruption board (涟屿市), print view, GBK ------
TS_SITE = "涟屿水务燃气集团"
TS_ROADS = ["涟屿大道", "滨河路", "学府街", "望江北路", "槐荫巷", "新港路", "青枫路", "西关街"]
TS_PLACES = ["翠湖小区", "东岸花园", "涟屿市第三小学", "槐荫新村", "望江商业街", "青枫苑"]
TS_PLACES += ["西关农贸市场", "港湾丽景", "纺机厂宿舍", "滨河公寓"]
TS_WORK_W = ["供水管网碰口施工", "老旧供水管道更新改造", "加压泵站设备检修", "水表集中更换"]
TS_WORK_G = ["中压燃气管道迁改", "调压站设备检修", "老旧小区燃气立管更换", "燃气阀门井改造"]
TS_WHY_W = ["供水管道突发爆管", "道路施工挖断供水管道", "主供水阀门突发故障"]
TS_WHY_G = ["燃气管道被第三方施工损坏", "中压燃气管道阀门突发泄漏"]
TS_UNIT_W = ["涟屿水务燃气集团供水分公司", "涟屿水务燃气集团管网运营中心"]
TS_UNIT_G = ["涟屿水务燃气集团燃气分公司", "涟屿水务燃气集团燃气输配所"]
TS_TIP_W = [
    "请受影响的用户提前做好储水准备，停水期间请关闭家中水龙头，防止恢复供水时跑水",
    "恢复供水初期管道内可能出现短暂的水浑现象，请用户放水片刻待水质清澈后再使用",
    "沿线商户及单位请合理安排生产经营，高层住户请留意二次供水设施的恢复情况",
]
TS_TIP_G = [
    "停气期间请用户关闭燃气表前阀门和灶具开关，恢复供气时切勿自行开启表前阀门",
    "恢复供气后我公司将安排人员逐户上门通气点火，届时请家中留人并核实工作人员证件",
    "如在停气期间闻到燃气异味，请立即开窗通风，严禁开关电器，并到室外拨打抢修电话",
]

# -- a city ecology bureau's enterprise environmental credit list (澄浔市), HTML, UTF-8 -----
XY_SITE = "澄浔市生态环境局"
XY_AREAS = ["澄东区", "浔西区", "临港开发区", "柳湾县", "石埠县", "高新区"]
# (firm, trade)
XY_FIRMS = [
    ("澄浔市鸿澍化工有限公司", "化学原料制造"),
    ("澄浔冠宇印染有限公司", "纺织印染"),
    ("柳湾县汇川建材有限公司", "水泥制品制造"),
    ("澄浔市绿峤食品有限公司", "农副食品加工"),
    ("澄浔晨曜电镀有限公司", "金属表面处理"),
    ("石埠县嘉禾养殖专业合作社", "畜禽养殖"),
    ("澄浔市明垣制药有限公司", "化学药品制造"),
    ("澄浔港澜再生资源有限公司", "废旧物资回收加工"),
    ("澄浔昱峰混凝土有限公司", "商品混凝土生产"),
    ("澄浔市清渠污水处理有限公司", "污水处理"),
    ("浔西区金穗饲料有限公司", "饲料加工"),
    ("澄浔市岚晟家具有限公司", "木质家具制造"),
]
# (seal, grade in the text, score range)
XY_GRADES = [
    ("「环保诚信」", "环保诚信企业", (90, 98)),
    ("「环保良好」", "环保良好企业", (80, 89)),
    ("「环保警示」", "环保警示企业", (60, 79)),
    ("「环保不良」", "环保不良企业", (40, 59)),
]
XY_GOOD = [
    "评价期内未发生环境违法行为，污染治理设施运行稳定，自行监测数据按时公开，无群众投诉",
    "企业按期完成排污许可证执行报告填报，危险废物管理台账规范，环境应急预案已备案",
]
XY_BAD = [
    "评价期内因废水总排口化学需氧量超标排放受到行政处罚一次，扣减相应分值",
    "现场检查发现危险废物贮存场所未设置识别标志，且转移联单填写不完整，扣减相应分值",
    "在线监测设备数据有效传输率低于要求，并存在未按规定公开排放信息的情形，扣减相应分值",
    "厂区无组织排放控制措施不到位，周边居民多次反映异味问题，经核实扣减相应分值",
]
XY_FIX = [
    "企业应在收到评价结果后三十日内制定整改方案，并报所在地生态环境分局备案",
    "所在地生态环境分局应将该企业列为重点监管对象，适当提高现场检查频次",
    "企业应继续保持良好的环境管理水平，主动接受社会监督，按时公开环境信息",
]
XY_STAFF = ["鲍文清", "冼立军", "甄雅琪", "戴明远", "卓海燕", "喻振东"]

# -- a province medical security bureau's drug price notices (霁岭省), print view, UTF-16 ----
YJ_ORG = "霁岭省医疗保障局"
YJ_DRUGS = [
    ("复方苓芷颗粒", "10g×12袋"),
    ("清咽润喉含片", "0.5g×24片"),
    ("枳术和胃丸", "6g×10袋"),
    ("芪归养血口服液", "10ml×10支"),
    ("盐酸索芬洛尔片", "25mg×28片"),
    ("黄芩宁肺胶囊", "0.3g×36粒"),
    ("赖氨匹坦注射液", "2ml:0.1g"),
    ("丹参通络滴丸", "27mg×180丸"),
    ("舒筋活络贴膏", "7cm×10cm×6贴"),
    ("甲磺酸瑞格汀缓释片", "0.5g×14片"),
    ("桑菊清感合剂", "100ml"),
    ("伏立格列钠片", "2mg×30片"),
]
YJ_MAKERS = ["霁川制药有限公司", "岭南康泽药业有限公司", "澄江百草堂药业股份有限公司"]
YJ_MAKERS += ["汀州华济生物制药有限公司", "鹭屿药业集团有限公司"]
# (title words, why the prices move, which way)
YJ_CAUSE = [
    ("调整", "根据生产企业提出的挂网价格调整申请，经省医药集中采购平台审核", "调整为"),
    ("下调", "根据药品价格监测和全国省级挂网价格联动的有关要求，经专家评议", "下调为"),
    ("调整", "根据部分药品原料价格变化情况，经企业申报和省医药价格工作组复核", "调整为"),
]
YJ_TO = [
    "各市医疗保障局，省医药集中采购平台各挂网企业：",
    "各市、县（区）医疗保障局，各公立医疗机构：",
]
YJ_ASK = [
    "各公立医疗机构应在执行之日起按调整后的价格采购和使用上述药品，不得另行议价或二次议价",
    "各市医疗保障局要加强对本地区公立医疗机构药品采购价格执行情况的监督检查，发现问题及时报告",
    "挂网企业应保障药品供应，不得以价格调整为由停止或减少配送，对断供情况将依规予以处理",
    "医疗机构信息系统中的药品价格应同步完成维护，确保患者结算时按调整后的价格执行",
]
YJ_DESK = ["医药价格和招标采购处", "医药服务管理处"]
YJ_SEEN = ["浏览次数", "访问量"]


class GenYZ(GenO):
    """Text makers for the ``yz`` families (deterministic from the seed)."""

    # -- bidding-failure notice
    def failure(self, buyer: tuple[str, str], code: str, way: str, void: bool) -> tuple[Art, str]:
        """One notice: the basic facts, the reason, the next steps and the contact line;
        issuer the buyer (采购人), published the notice's day.  Returns the article and the
        agent (代理机构)."""
        r = self.r
        self.n += 1
        org, what = buyer
        word = "废标" if void else "流标"
        title = f"{org}{what}采购项目{word}公告"
        y, m, d = self.date()
        orig = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(15, 25))
        budget = r.randint(120, 3600) / 10
        lines = [
            "一、项目基本情况",
            f"项目编号：{code}　项目名称：{org}{what}采购项目　采购方式：{way}",
            f"原公告发布日期：{orig.month}月{orig.day}日　预算金额：{budget:.1f}万元",
            f"二、项目{word}的原因",
            f"{r.choice(LB_VOID if void else LB_FAIL)}。",
            "三、其他补充事宜",
            f"{r.choice(LB_NEXT)}；本公告同时在{LB_SITE}和汀岚县政府采购网发布。",
            f"联系人：{r.choice(LB_NAMES)}工　联系电话：0745-62{r.randint(10, 99)}××××",
        ]
        agent = r.choice(LB_AGENT)
        return Art(title, lines, list(lines), {"issuer": org, "published": iso(y, m, d)}), agent

    # -- supply interruption notice
    def outage(self, kind: str) -> tuple[Art, str]:
        """One notice (``计划停水`` / ``计划停气`` / ``抢修停水`` / ``恢复供气`` …): the
        salutation, the lead, the time and area lines, the advice and the thanks; issuer the
        branch, published the notice's day.  Returns the article and the tagged title line."""
        r = self.r
        self.n += 1
        gas = kind.endswith("气")
        y, m, d = self.date()
        road, road2 = r.sample(TS_ROADS, 2)
        places = "、".join(r.sample(TS_PLACES, 3))
        unit = r.choice(TS_UNIT_G if gas else TS_UNIT_W)
        what = "供气" if gas else "供水"
        stop = "停气" if gas else "停水"
        why = r.choice(TS_WHY_G if gas else TS_WHY_W)
        tip = r.choice(TS_TIP_G if gas else TS_TIP_W)
        if kind.startswith("恢复"):
            title = f"关于{road}片区恢复正常{what}的公告"
            lines = [
                "广大用户：",
                f"{m}月{d}日凌晨，因{road}与{road2}交叉口{why}，{road}片区临时中断{what}。"
                f"经抢修人员连续作业，已于当日{r.randint(11, 19)}时恢复正常{what}。",
                f"{tip}。",
                "抢修期间给广大用户带来的不便，敬请谅解，感谢社会各界的理解和支持。",
            ]
        else:
            work = r.choice(TS_WORK_G if gas else TS_WORK_W)
            start = r.randint(8, 14)
            hours = r.randint(3, 9)
            if kind.startswith("抢修"):
                on = datetime.date(y, m, d)
                title = f"关于{road}片区{'燃气' if gas else '供水'}管道抢修临时{stop}的通知"
                lead = (
                    f"因{road}{why}，为尽快完成抢修，我公司自{m}月{d}日{start}时起"
                    f"对下列区域紧急暂停{what}，恢复时间视抢修进度另行通知。"
                )
            else:
                on = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 4))
                title = f"关于{road}{work}临时{stop}的通知"
                lead = (
                    f"因{road}与{road2}交叉口{work}，我公司定于{on.month}月{on.day}日"
                    f"{start}时起对下列区域暂停{what}，恢复{what}时间视施工进度可能提前或延后。"
                )
            lines = [
                "各位用户：",
                lead,
                f"{stop}时间：{on.month}月{on.day}日{start:02d}:00—{start + hours:02d}:00"
                f"（预计{hours}小时）",
                f"{stop}区域：{road}以东、{road2}以北，包括{places}等。",
                f"{tip}。",
                "由此给您带来的不便，敬请谅解。服务热线：967788（24小时）",
            ]
        art = Art(title, lines, list(lines), {"issuer": unit, "published": iso(y, m, d)})
        return art, f"【{kind}】{title}"

    # -- enterprise environmental credit entry
    def credit(self, firm: tuple[str, str], grade: int, area: str, year: int) -> tuple[Art, str]:
        """One entry: the code-and-trade line, the score line, the findings, the follow-up;
        title the firm.  Returns the article and its 评价编号."""
        r = self.r
        self.n += 1
        name, trade = firm
        _, word, (lo, hi) = XY_GRADES[grade]
        code = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
        find = r.choice(XY_GOOD) if grade < 2 else r.choice(XY_BAD)
        lines = [
            f"统一社会信用代码：91{code}　｜　所属行业：{trade}　｜　所在区县：{area}",
            f"评价得分：{r.randint(lo, hi)}分（满分100分）　评价等级：{word}",
            f"评价情况：{find}。",
            f"处理意见：{r.choice(XY_FIX[2:] if grade < 2 else XY_FIX[:2])}。",
        ]
        no = f"CXHX-{year}-{r.randint(100, 999)}"
        staff = r.choice(XY_STAFF)
        return Art(name, lines, list(lines), {"doc_number": no, "author": staff}), no

    # -- drug price notice
    def price(self, k: int) -> tuple[Art, dict[str, str]]:
        """One notice: the addressees, the lead, ``一、`` sections with one line per drug,
        the effective date, the demands and the annex line.  Returns the article and its
        facts (number, written date, published date)."""
        r = self.r
        self.n += 1
        drugs = r.sample(YJ_DRUGS, k)
        word, why, verb = r.choice(YJ_CAUSE)
        title = f"关于{word}{drugs[0][0]}等{k}个药品挂网价格的通知"
        y, m, d = self.date()
        go = min(d + r.randint(5, 12), 28)
        lines = [
            r.choice(YJ_TO),
            f"{why}，决定对{drugs[0][0]}等{k}个药品的挂网价格进行{word}，现将有关事项通知如下。",
            "一、调整品种",
        ]
        for j, (drug, spec) in enumerate(drugs, start=1):
            old = r.randint(800, 9000) / 100
            new = old * r.randint(70, 95) / 100
            lines.append(
                f"{j}.{drug}（{spec}，{r.choice(YJ_MAKERS)}）："
                f"挂网价由{old:.2f}元{verb}{new:.2f}元；"
            )
        lines[-1] = lines[-1][:-1] + "。"
        lines += [
            "二、执行时间",
            f"上述价格自{y}年{m}月{go}日零时起执行，省医药集中采购平台同步更新挂网信息。",
            "三、有关要求",
            *[f"（{x}）{t}。" for x, t in zip("一二", r.sample(YJ_ASK, 2), strict=True)],
            f"执行中如有问题，请及时与省医疗保障局{r.choice(YJ_DESK)}联系。",
        ]
        wy, wm, wd = y, m, max(d - r.randint(3, 8), 1)
        no = f"霁医保价〔{y}〕{r.randint(3, 48)}号"
        facts = {"no": no, "written": f"{wy}年{wm}月{wd}日", "cn": cn_date(wy, wm, wd)}
        meta = {"issuer": YJ_ORG, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), facts
