"""Words and text makers of :mod:`tests.families.blind_families_yq` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yq`` families repeats one of the earlier
families.  The road-maintenance bulletins' words are in GB2312 (their pages are written in
it), the expropriation notices' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a city traffic police detachment's violation exposure lists (漳屿市), GB18030 text ---------
WF_CITY = "漳屿市"
WF_UNIT = "漳屿市公安局交通警察支队"
WF_SITE = "漳屿交警"
# (code, the law's wording, the short wording of a title, points, fine, the devices that
# catch it, the police's reminder)
WF_ACTS = [
    (
        "1625",
        "驾驶机动车违反道路交通信号灯通行",
        "闯红灯",
        6,
        200,
        ["电子警察"],
        "交警部门提醒广大驾驶人，遵守交通信号是最基本的安全底线，黄灯亮起切勿加速抢行",
    ),
    (
        "1352",
        "驾驶机动车超过规定时速百分之二十以上未达百分之五十",
        "超速行驶",
        6,
        200,
        ["移动测速设备", "区间测速系统"],
        "交警部门提醒，请严格按照限速标志行驶，雨天和夜间更要降低车速、保持安全车距",
    ),
    (
        "1357",
        "驾驶机动车行经人行横道时未按规定减速停车避让行人",
        "不礼让行人",
        3,
        100,
        ["电子警察", "执法记录仪"],
        "交警部门提醒，行经人行横道要减速礼让，让行一步就是安全一步",
    ),
    (
        "1039",
        "机动车违反规定停放且驾驶人不在现场，妨碍其他车辆通行",
        "违停占道",
        0,
        150,
        ["执法记录仪"],
        "交警部门提醒，临时停车请选择规范泊位，切勿占用车行道、公交站台和消防通道",
    ),
    (
        "1345",
        "驾驶机动车违反禁止标线指示",
        "压实线变道",
        3,
        100,
        ["电子警察", "卡口抓拍系统"],
        "交警部门提醒，变更车道前请提前开启转向灯，切勿在实线区域随意变道加塞",
    ),
    (
        "1223",
        "驾驶机动车时有拨打接听手持电话妨碍安全驾驶的行为",
        "开车接打手机",
        3,
        100,
        ["卡口抓拍系统"],
        "交警部门提醒，驾驶中请放下手机，一次低头就可能酿成大祸",
    ),
    (
        "6011",
        "驾驶人未按规定使用安全带",
        "未系安全带",
        2,
        50,
        ["卡口抓拍系统"],
        "交警部门提醒，系好安全带是对自己和家人负责，前后排乘车人都应全程系好",
    ),
    (
        "1301",
        "驾驶机动车在高速公路以外道路上逆向行驶",
        "逆行",
        3,
        200,
        ["电子警察", "执法记录仪"],
        "交警部门提醒，逆向行驶看似省时，实则极易与对向来车正面相撞",
    ),
]
# how each device catches a vehicle
WF_SEEN = {
    "电子警察": "路口电子警察系统连续抓拍三张照片",
    "移动测速设备": "移动测速设备在限速六十公里的路段测得",
    "区间测速系统": "区间测速系统在屿南高架限速八十公里的路段测得",
    "执法记录仪": "路面巡逻民警发现后用执法记录仪全程取证",
    "卡口抓拍系统": "治安卡口高清抓拍系统拍摄到驾驶室画面",
}
# (vehicle, plate colour)
WF_CARS = [
    ("小型轿车", "蓝"),
    ("新能源小型轿车", "绿"),
    ("重型半挂牵引车", "黄"),
    ("轻型厢式货车", "黄"),
    ("小型普通客车", "蓝"),
    ("中型普通客车", "黄"),
]
WF_PLACES = [
    "滨海大道与学府路交叉口",
    "环岛东路鹭湾隧道出口",
    "中山北路第一中学门前",
    "湖滨一路与湖滨西路交叉口",
    "屿南高架桥下匝道口",
    "火车站南广场落客平台",
    "长岸路与溪头路交叉口",
    "海沧大桥西引桥",
]
WF_SQUADS = ["城东大队", "城西大队", "湖滨大队", "高架大队", "屿南大队"]
WF_DEVICES = ["电子警察", "卡口抓拍系统", "移动测速设备", "执法记录仪"]
WF_OFFICERS = ["韦振东", "庄丽娜", "骆俊杰", "洪晓晴", "卓志远", "连海燕"]
WF_RISK = [
    "该路段早晚高峰车流量大、行人密集",
    "事发时路口正值学生放学时段",
    "隧道出口视线由暗转明，驾驶人反应时间短",
    "该处为事故多发路段，近一年已发生多起追尾",
]
WF_LEFT = [
    "驾驶人尚未到交警部门接受处理",
    "驾驶人已于次日到城东违法处理窗口接受处理",
    "车辆所有人已被通知限期接受处理",
]
# -- a county's rural road maintenance notices (柘川县), HTML in GB2312 -------------------------
YH_COUNTY = "柘川县"
YH_BUREAU = "柘川县交通运输局"
YH_OFFICE = "柘川县农村公路管理所"
# (route code, route name, work, way of passing)
YH_ROADS = [
    ("X027", "柘口至白沙公路", "路面坑槽修补", "半幅通行"),
    ("Y012", "石门村至上坪村道路", "边沟清淤及路肩整修", "交替放行"),
    ("X031", "清溪至红岩公路", "桥梁伸缩缝更换", "全封闭施工"),
    ("C104", "下洋村通组公路", "水泥路面破板更换", "半幅通行"),
    ("Y025", "枫林至竹坑道路", "危岩清理及防护网安装", "分时段封闭"),
    ("X019", "柘川至三江口公路", "沥青罩面", "半幅通行"),
    ("Y008", "大坪至岭头道路", "涵洞疏通加固", "交替放行"),
    ("X044", "双溪至黄泥塘公路", "交通标线重划", "分车道施工"),
    ("C217", "塘背村进村公路", "挡土墙修复", "全封闭施工"),
]
YH_UNITS = ["县公路养护中心第一养护站", "县公路养护中心第二养护站", "柘川县路桥工程有限公司"]
YH_UNITS += ["清溪镇农村公路养护队"]
YH_BOSS = ["童建华", "邬志刚", "祝小兵", "项国强", "蓝春生", "喻德林"]
YH_WHY = [
    "经日常巡查发现，该路段经过雨季冲刷后病害较多",
    "根据今年农村公路养护计划安排",
    "因群众反映该路段行车颠簸、存在安全隐患",
    "结合汛前隐患排查整治工作",
]
YH_DETOUR = [
    "过往车辆可经县道绕行，绕行距离约五公里",
    "小型车辆可由村内道路绕行，大型货车请提前规划路线",
    "施工期间每日中午开放通行一小时，请合理安排出行时间",
    "摩托车和行人可在现场人员引导下从施工区外侧通过",
]
YH_SAFE = [
    "施工现场已按规定设置警示标志和锥桶，夜间设有警示灯",
    "施工单位安排专人值守，负责指挥过往车辆有序通行",
    "请过往车辆提前减速，不要强行穿越施工区域",
]

# -- a courier company's service notices (鹊桥速运), HTML in UTF-8 ------------------------------
KD_BRAND = "鹊桥速运"
KD_COMPANY = "鹊桥速运（集团）有限公司"
# (title, cause, what changes, the regions, the month such a notice goes up)
KD_NOTES = [
    (
        "关于{y}年春节期间快件收派服务安排的公告",
        "春节假期人员返乡",
        "部分地区收派时效将有所延长",
        ["华北地区", "东北地区", "西北地区"],
        1,
    ),
    (
        "关于台风“海葵”影响东南沿海部分地区快件时效的公告",
        "台风“海葵”登陆",
        "部分网点暂停收派",
        ["福建省沿海地区", "浙江省温州市、台州市", "广东省潮汕地区"],
        8,
    ),
    (
        "关于暴雪天气导致东北部分地区派送延误的公告",
        "持续强降雪和道路结冰",
        "部分线路运输车辆停运",
        ["黑龙江省", "吉林省东部", "内蒙古自治区东部"],
        12,
    ),
    (
        "关于调整西藏、新疆部分地区收寄服务范围的公告",
        "干线航班调整",
        "部分偏远乡镇改为定点自提",
        ["西藏自治区阿里地区", "新疆维吾尔自治区和田地区", "青海省玉树州"],
        3,
    ),
    (
        "关于“双十一”期间部分区域派送时效延长的公告",
        "电商促销期间业务量大幅增长",
        "部分区域派送时效延长一至两天",
        ["华东地区", "华中地区", "西南地区"],
        11,
    ),
    (
        "关于华南区域中转场系统升级期间服务调整的公告",
        "华南区域中转场分拣系统升级",
        "部分快件中转时间增加",
        ["广东省", "广西壮族自治区", "海南省"],
        6,
    ),
    (
        "关于暂停部分地区冷链生鲜件收寄的公告",
        "高温天气持续",
        "冷链生鲜件暂停收寄",
        ["海南省", "云南省西双版纳州", "广西壮族自治区南部"],
        7,
    ),
    (
        "关于洪涝灾害影响华中部分地区快件派送的公告",
        "强降雨引发局地洪涝",
        "部分网点暂停派送",
        ["湖南省北部", "湖北省东南部", "江西省九江市"],
        6,
    ),
]
KD_WHAT = [
    "暂停收寄，已揽收快件正常派送",
    "派送时效预计延长一至三天",
    "暂停上门派送，快件可至就近网点自取",
    "收寄正常，派送时效视道路情况而定",
]
KD_KEEP = [
    "我司将密切关注天气及道路变化",
    "我司已协调增派车辆和人员",
    "受影响快件将由所在网点妥善保管",
]
KD_SIDE = ["客户服务中心", "运营管理部", "品牌公关部"]

# -- a Taiwan county government's land expropriation notices (竹渚縣), Big5 / UTF-16 text -------
ZS_COUNTY = "竹渚縣"
ZS_GOV = "竹渚縣政府"
# (township, land section, project, the agency that needs the land)
ZS_PROJECTS = [
    ("竹北鄉", "和平段", "縣道一一八線拓寬工程", "竹渚縣政府工務處"),
    ("新埔鎮", "大茅段", "新埔鎮第二公墓遷葬及公園化工程", "新埔鎮公所"),
    ("湖口鄉", "長安段", "湖口鄉防洪排水改善工程", "竹渚縣政府水利處"),
    ("芎林鄉", "上山段", "芎林鄉上山國小校地擴充", "竹渚縣政府教育處"),
    ("關西鎮", "東光段", "關西鎮聯外道路新闢工程", "竹渚縣政府工務處"),
    ("橫山鄉", "內灣段", "內灣溪護岸整治工程", "竹渚縣政府水利處"),
    ("寶山鄉", "雙溪段", "寶山鄉雙溪停車場興建工程", "寶山鄉公所"),
    ("峨眉鄉", "月眉段", "峨眉湖環湖步道串連工程", "竹渚縣政府觀光處"),
]
ZS_KIND = ["徵收土地", "徵收土地及其土地改良物", "發放徵收土地補償費"]
ZS_OWNERS = ["彭氏", "徐氏", "范氏", "鍾氏", "古氏", "葉氏", "劉氏", "曾氏"]
ZS_HEADS = ["楊文科", "邱靜雯"]
ZS_DEPT = ["地政處地權科", "地政處", "地政處土地開發科"]
FW = "０１２３４５６７８９"


def fw(n: int | str) -> str:
    """Full-width digits, as Taiwan notices print lot numbers and sums."""
    wide = {".": "．", ",": "，"}
    return "".join(FW[int(c)] if c.isdigit() else wide.get(c, c) for c in str(n))


class GenYQ(GenO):
    """Text makers for the ``yq`` families (deterministic from the seed)."""

    # -- one exposed violation
    def violation(self, act: tuple, car: str, place: str, device: str) -> Art:
        """An exposed violation: the 违法时间 / 违法地点 / 违法行为 lines, how it was caught,
        the penalty and the police's reminder (content); author the reviewing officer,
        origin the squad."""
        r = self.r
        _code, law, short, pts, fine, _devices, warn = act
        self.n += 1
        y, m, d = self.date()
        when = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(3, 20))
        hh, mm = r.randint(6, 22), r.randint(0, 59)
        lines = [
            f"违法时间：{when.year}年{when.month}月{when.day}日 {hh:02d}:{mm:02d}",
            f"违法地点：{place}",
            f"违法行为：{law}",
            f"经{WF_SEEN[device]}，该{car}{short}，{r.choice(WF_RISK)}，"
            f"此类行为极易引发交通事故，危害公共安全。",
            f"依据道路交通安全法律法规，对该车驾驶人处罚款{fine}元、记{pts}分；"
            f"截至发稿，{r.choice(WF_LEFT)}。",
            f"{warn}。",
        ]
        meta = {"published": iso(y, m, d)}
        return Art(f"{car}在{place}{short}", lines, list(lines), meta)

    # -- one road section's maintenance work
    def maint(self, road: tuple[str, str, str, str], k0: int, k1: int) -> Art:
        """A section's work: 作业时间 line, why and what, traffic control, detour, the
        safety line (content)."""
        r = self.r
        code, name, work, way = road
        self.n += 1
        y, m, d = self.date()
        start = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 6))
        end = start + datetime.timedelta(days=r.randint(4, 20))
        lines = [
            f"作业时间：{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
            f"（每日{r.randint(7, 8)}:00～{r.randint(17, 18)}:30）",
            f"{r.choice(YH_WHY)}，{YH_OFFICE}决定对{code}{name}"
            f"K{k0 // 1000}+{k0 % 1000:03d}至K{k1 // 1000}+{k1 % 1000:03d}段实施{work}，"
            f"作业路段长约{(k1 - k0) / 1000:.1f}公里。",
            f"作业期间该路段实行{way}，{r.choice(YH_SAFE)}。",
            f"绕行提示：{r.choice(YH_DETOUR)}。",
        ]
        return Art(f"{name}{work}", lines, list(lines), {"published": iso(y, m, d)})

    # -- one courier service notice
    def courier(self, note: tuple[str, str, str, list[str], int]) -> Art:
        """A service notice: the salutation, the cause, one ``1. region：…；`` line per
        region, what the company does, the apology (content); issuer the company."""
        r = self.r
        title, cause, change, regions, m = note
        self.n += 1
        y, _, d = self.date()
        title = title.format(y=y)
        back = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(4, 12))
        whats = [r.choice(KD_WHAT) for _ in regions]
        lines = [
            "尊敬的客户：",
            f"受{cause}影响，为保障快件安全和一线员工人身安全，{change}，"
            f"自{m}月{d}日起，我司以下地区的收派服务将作如下调整：",
            *[f"{k}. {x}：{w}；" for k, (x, w) in enumerate(zip(regions, whats, strict=True), 1)],
            f"{r.choice(KD_KEEP)}，预计于{back.month}月{back.day}日前后逐步恢复正常服务，"
            f"恢复时间如有变化，将另行通知。",
            "寄件前请您通过官网、小程序或客服热线查询目的地服务状态，已寄出的快件可输入运单号"
            "查询最新物流信息，如需改寄或退回，请联系收件网点办理。",
            "给您带来的不便，敬请谅解！感谢您一直以来对我们的理解和支持。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": KD_COMPANY})

    # -- one expropriation notice
    def expro(self, proj: tuple[str, str, str, str], kind: str) -> Art:
        """A Taiwan-style 公告: 主旨 / 依據 / 公告事項 with numbered items and one
        ``（一）`` line per land lot (content)."""
        r = self.r
        town, sec, project, agency = proj
        self.n += 1
        y, m, d = self.date()
        lots = sorted(r.sample(range(101, 1999), r.randint(2, 4)))
        nlots = len(lots) + r.randint(3, 14)
        roc = y - 1911
        end = datetime.date(y, m, d) + datetime.timedelta(days=29)
        pay = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(35, 50))
        if kind == "發放徵收土地補償費":
            title = f"公告發放{town}{sec}{fw(lots[0])}地號等{fw(nlots)}筆土地徵收補償費"
            gist = (
                f"主旨：公告發放本縣{town}{sec}{fw(lots[0])}地號等{fw(nlots)}筆土地，"
                f"因辦理「{project}」之徵收補償費，請土地所有權人依公告事項辦理領取。"
            )
        else:
            title = f"公告{kind}辦理「{project}」"
            gist = (
                f"主旨：公告徵收本縣{town}{sec}{fw(lots[0])}地號等{fw(nlots)}筆土地，"
                f"辦理「{project}」，並定期發放補償費。"
            )
        lines = [
            gist,
            "依據：土地徵收條例第十八條及土地徵收條例施行細則第二十條規定。",
            "公告事項：",
            f"一、需用土地人：{agency}。",
            f"二、興辦事業之種類：{project}，業經內政部核准徵收在案。",
            "三、徵收土地之標示、面積及補償金額，摘列如下，詳如附件徵收土地清冊：",
        ]
        for k, lot in enumerate(lots):
            area = r.randint(3000, 98000) / 100
            price = int(area * r.randint(8000, 26000))
            owner = r.choice(ZS_OWNERS)
            lines.append(
                f"（{'一二三四'[k]}）{sec}{fw(lot)}地號，徵收面積{fw(f'{area:.2f}')}平方公尺，"
                f"所有權人{owner}等{fw(r.randint(1, 6))}人，補償金額新臺幣{fw(f'{price:,}')}元。"
            )
        lines += [
            f"四、公告期間：自中華民國{roc}年{m}月{d}日起至{end.year - 1911}年{end.month}月"
            f"{end.day}日止，計三十日。",
            f"五、補償費訂於{pay.year - 1911}年{pay.month}月{pay.day}日上午九時至十二時，"
            f"在{town}公所三樓會議室發放，請所有權人攜帶國民身分證、印章及土地所有權狀親自領取，"
            f"委託他人領取者應另附委託書。",
            "六、土地所有權人或利害關係人對於公告事項有異議者，應於公告期間內以書面向本府提出，"
            "逾期不予受理，其未於規定期限內領取之補償費，將依法存入土地徵收補償費保管專戶。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": ZS_GOV})
