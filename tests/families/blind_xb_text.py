"""Words and text makers of :mod:`tests.families.blind_families_xb` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``xb`` families repeats one of the earlier
families.  The rectification board's words are in GB18030 (its pages are GB18030-encoded),
the fishing-ban notices' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_date, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a county ecology-environment bureau's rectification notices (澹陵县), print view ---------
ZG_COUNTY = "澹陵县"
ZG_SITE = "澹陵县生态环境局"
ZG_FIRMS = [
    "鑫晟五金制品厂",
    "恒裕塑胶制品有限公司",
    "三禾食品加工厂",
    "永泰铸造有限公司",
    "华滢纺织印染厂",
    "金垣家具制造有限公司",
    "润丰饲料有限公司",
    "立源石材加工厂",
    "蓝湾电镀有限公司",
    "澄光包装印刷厂",
    "禾沐农副产品冷库",
    "川岳建材有限公司",
]
# (the problem, what was seen, the rule broken, the steps)
ZG_WRONG = [
    (
        "废气收集设施未正常运行",
        "喷涂车间的集气罩风机处于关闭状态，车间内有明显的有机溶剂气味",
        "《澹陵县大气污染防治若干规定》",
        ["立即恢复集气罩及活性炭吸附装置的运行", "建立废气治理设施运行台账并按日记录"],
    ),
    (
        "危险废物贮存场所未按规范设置",
        "废机油桶和含油抹布露天堆放在厂房北侧空地上，地面未作防渗处理",
        "《澹陵县固体废物污染环境防治办法》",
        ["将危险废物转移至符合要求的贮存间存放", "在贮存场所设置识别标志并完善出入库记录"],
    ),
    (
        "雨污管网混接导致污水外溢",
        "厂区雨水排放口有浑浊废水流出，经溯源为清洗工段废水接入了雨水管网",
        "《澹陵县水污染防治条例》",
        ["立即封堵雨水管网上的违规接口", "对厂区管网进行全面排查并绘制雨污分流图"],
    ),
    (
        "厂区物料露天堆放未采取防尘措施",
        "原料堆场的砂石未加覆盖，车辆进出时扬尘明显，周边道路积尘较厚",
        "《澹陵县扬尘污染防治管理办法》",
        ["对全部露天物料进行苫盖或入棚存放", "在厂区出入口设置车辆冲洗设施"],
    ),
    (
        "在线监测设备数据传输中断",
        "废水总排口在线监测设备已连续多日未向监控平台传输数据，运维记录缺失",
        "《澹陵县污染源自动监控管理规定》",
        ["委托有资质的运维单位修复在线监测设备", "补齐近三个月的运维记录和比对监测报告"],
    ),
    (
        "夜间生产噪声扰民",
        "夜间二十二时后冲压设备仍在作业，厂界外居民区可清晰听到撞击声",
        "《澹陵县环境噪声污染防治办法》",
        ["调整冲压工序的作业时间，夜间停止高噪声作业", "为冲压设备加装减振垫和隔声罩"],
    ),
]
ZG_STATUS = ["整改中", "整改中", "已复查销号", "逾期未改", "已送达"]
ZG_WARN = [
    "逾期未完成整改或整改不到位的，我局将依法立案查处，整改期间你单位应指定专人负责",
    "你单位应当在整改期限届满前书面报送整改情况，并附整改前后的对比照片，我局将组织复查",
    "整改期间如需调整生产计划的，应当提前告知属地生态环境所，不得以停产代替整改",
]

# -- a city bus group's route change notices (岑阳公交), HTML, UTF-8 with BOM ------------------
XL_SITE = "岑阳市公共交通集团有限公司"
XL_BRANCH = ["第一客运分公司", "第二客运分公司", "第三客运分公司", "城乡公交分公司"]
XL_STOPS = [
    "火车站北广场",
    "柳溪桥",
    "文昌路口",
    "市第三中学",
    "青石巷",
    "岑阳大剧院",
    "滨湖公园东门",
    "纺织厂宿舍",
    "新城客运站",
    "高新区管委会",
    "樟木塘",
    "南郊农贸市场",
    "龙井坡",
    "市妇幼保健院",
    "望江楼",
    "白鹭洲小区",
]
XL_ROUTES = ["12路", "K3路", "31路", "7路", "58路", "夜班2路", "106路", "K19路", "23路", "游1路"]
# (kind word in the title, kind in the strip, why)
XL_KINDS = [
    ("临时绕行", "临时绕行", "因文昌路雨水管网改造工程施工，道路实行半幅封闭"),
    ("延伸", "线路延伸", "为方便新城片区居民出行，经市交通运输局批复同意"),
    ("站点调整", "站点调整", "因柳溪桥拆除重建，原停靠站点不具备停靠条件"),
    ("恢复原线路运行", "恢复原线", "因樟木塘路段施工已经完成，道路恢复通行"),
    ("首末班时间调整", "运营时间调整", "根据客流调查结果和沿线市民的意见建议"),
]
XL_SERVE = [
    "调整期间请乘客留意站牌信息及车内广播，合理安排出行时间，由此给您带来的不便敬请谅解",
    "届时沿线站点将张贴告示，乘客可通过手机查询实时到站信息，感谢广大市民的理解和支持",
    "我司将在调整路段增派站务人员引导乘客候车，敬请广大乘客相互转告，注意乘车安全",
]

# -- an island county's fishing-ban notices (汐嶼縣), HTML, Big5 -------------------------------
JY_SITE = "汐嶼縣政府漁業處"
JY_GOV = "汐嶼縣政府"
# (where, what is banned, the season's shape)
JY_CASES = [
    ("東澳溪上游河段", "溪蝦及苦花魚", "全年禁止捕撈"),
    ("鎖港灣沿岸海域", "飛魚卵", "限期採捕"),
    ("南嶼礁岩潮間帶", "九孔及海膽", "繁殖期禁捕"),
    ("清水潭水庫集水區", "淡水魚類", "全年禁止捕撈"),
    ("北岬燈塔周邊海域", "龍蝦", "繁殖期禁捕"),
    ("赤崁港外三浬海域", "小型底拖網漁業", "限期作業"),
    ("西溪口紅樹林保護區", "招潮蟹及彈塗魚", "全年禁止捕撈"),
    ("大坵島周邊海域", "石珊瑚及海藻", "繁殖期禁捕"),
]
JY_LAW = ["漁業法第四十四條", "汐嶼縣漁業資源保育自治條例第六條", "漁業法第四十五條"]
JY_WHY = [
    "近年來該水域魚蝦族群數量明顯減少，經本府邀集專家學者實地調查評估，",
    "為維護漁業資源永續利用並兼顧在地漁民生計，經召開地方說明會彙整各方意見後，",
    "依據本縣水產試驗所歷年監測資料，該水域物種正值族群恢復關鍵時期，",
]
JY_DO = [
    "禁止以任何漁具漁法採捕，亦不得持有、販賣或運送於禁漁範圍內採捕之漁獲物",
    "禁止使用電、毒、炸等方法採捕，並不得於禁漁範圍內設置定置漁具",
    "禁止於夜間以燈光誘集方式採捕，違者所持漁具一律沒入",
]
JY_STAFF = ["林韋辰", "張雅筑", "陳冠廷", "吳佩蓉", "黃士豪", "蔡欣穎"]

# -- a city hospital's outpatient roster-change board (濂江市), print view, UTF-16 -------------
PB_SITE = "濂江市第二人民医院"
PB_DEPTS = ["消化内科", "心血管内科", "呼吸与危重症医学科", "骨科", "眼科", "儿科", "皮肤科"]
PB_DEPTS += ["内分泌科", "神经内科", "耳鼻咽喉头颈外科"]
PB_DOCS = ["邬立群", "荀海川", "雷佩瑶", "尚文淼", "靳少凡", "裘雅宁", "桂宏达", "粟晓虹"]
PB_DOCS += ["栾振宇", "盛怀瑾"]
PB_RANK = ["主任医师", "副主任医师", "主任医师", "主治医师"]
PB_KIND = ["停诊", "停诊", "替诊", "加诊", "调诊"]
PB_WHY = [
    "因参加省级专科学术会议，",
    "因院内统一安排赴对口帮扶县医院坐诊，",
    "因承担院内重大手术任务，",
    "因参加上级卫生健康部门组织的医疗队，",
]
PB_PAID = [
    "已通过网上平台预约该时段号源的患者，挂号费将在三个工作日内原路退回，请注意查收",
    "已预约的患者可持就诊卡到门诊一楼服务台免费改约，也可以在自助机上自行办理退号",
    "未能及时看到本通知而到院就诊的患者，门诊部将安排同专业医生优先接诊，请勿着急",
]
PB_ROOM = ["门诊三楼B区", "门诊二楼A区", "门诊四楼C区", "门诊一楼东侧"]
WEEK = "一二三四五六日"


class GenXB(GenO):
    """Text makers for the ``xb`` families (deterministic from the seed)."""

    # -- rectification notice
    def rectify(self, firm: str, wrong: tuple[str, str, str, list[str]]) -> tuple[Art, str, int]:
        """One notice: the salutation, the finding, the rule and the steps, the warning;
        issuer the bureau, published the sign-off's day, doc_number the 文号.  Returns the
        article, its sign-off line (the Chinese-numeral date) and its term in days."""
        r = self.r
        self.n += 1
        what, seen, law, steps = wrong
        y, m, d = self.date()
        days = r.choice([15, 30, 45, 60])
        no = f"澹环改〔{y}〕{r.randint(3, 96)}号"
        back = max(d - r.randint(2, 9), 1)
        lines = [
            f"{ZG_COUNTY}{firm}：",
            f"{y}年{m}月{back}日，我局执法人员对你单位进行现场检查，发现{seen}，"
            f"现场检查笔录及影像资料已由你单位负责人签字确认。",
            f"上述行为违反了{law}第{cn_small(r.randint(8, 36))}条的规定。"
            f"现责令你单位自收到本通知之日起{days}日内完成以下整改：",
            f"一、{steps[0]}；",
            f"二、{steps[1]}；",
            "三、整改完成后向我局书面报送整改报告。",
            f"{r.choice(ZG_WARN)}。",
        ]
        title = f"关于{ZG_COUNTY}{firm}{what}的整改通知"
        meta = {"issuer": ZG_SITE, "doc_number": no, "published": iso(y, m, d)}
        sign = f"{ZG_SITE}（章）　{cn_date(y, m, d)}"
        return Art(title, lines, list(lines), meta), sign, days

    # -- bus route change
    def route(self, line: str, kind: tuple[str, str, str], branch: str) -> tuple[Art, str]:
        """One route notice: why, the before / after stop chains, the hours and the service
        paragraph; issuer the operating branch.  Returns the article and the day the change
        starts (``3月5日``)."""
        r = self.r
        self.n += 1
        word, strip, why = kind
        y, m, d = self.date()
        start = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(3, 9))
        when = f"{start.month}月{start.day}日"
        stops = r.sample(XL_STOPS, 6)
        before = "—".join(stops[:4])
        after = "—".join([stops[0], stops[4], stops[5], stops[3]])
        if strip == "运营时间调整":
            ways = [f"线路走向：{before}（不变）", "沿途停靠站点不变。"]
        else:
            ways = [
                f"调整前走向：{before}",
                f"调整后走向：{after}",
                f"取消停靠站点：{stops[1]}、{stops[2]}；新增停靠站点：{stops[4]}、{stops[5]}。",
            ]
        lines = [
            f"{why}，自{when}首班车起，{line}公交线路{word}，具体调整方案公告如下。",
            *ways,
            f"首末班时间：{r.randint(5, 6)}:{r.choice(['00', '30'])}—"
            f"{r.randint(20, 22)}:{r.choice(['00', '30'])}，票价及换乘优惠不变。",
            f"{r.choice(XL_SERVE)}。",
            f"监督电话：0739-82{r.randint(10000, 99999)}",
        ]
        title = f"关于{line}公交线路{word}的公告"
        return Art(title, lines, list(lines), {"issuer": f"岑阳公交{branch}"}), when

    # -- fishing-ban notice
    def ban(self, j: int, y: int, m: int, d: int) -> tuple[Art, str]:
        """One notice: 主旨 / 依據 / 公告事項 with four numbered items; returns the article
        and its 發文字號."""
        r = self.r
        self.n += 1
        where, what, shape = JY_CASES[j]
        roc = y - 1911
        law = r.choice(JY_LAW)
        fine = r.choice(
            ["三千元以上一萬五千元以下", "三萬元以上十五萬元以下", "六千元以上三萬元以下"]
        )
        if shape.startswith("全年"):
            span = f"自中華民國{roc}年{m}月{d}日起至{roc + 3}年{m}月{d}日止，為期三年"
        else:
            span = f"每年{r.randint(3, 5)}月1日起至{r.randint(7, 9)}月30日止，本年度自公告日起實施"
        lines = [
            f"主旨：公告本縣{where}{shape}{what}，並自即日生效，請漁民及遊客共同遵守。",
            f"依據：{law}及本府{roc}年度漁業資源保育計畫。",
            "公告事項：",
            f"一、禁漁期間：{span}。",
            f"二、禁漁範圍：{where}，{r.choice(JY_WHY)}劃設範圍以本府設置之界樁及浮標為準。",
            f"三、禁止行為：於禁漁期間內，{r.choice(JY_DO)}。",
            f"四、違反本公告者，依{law}規定處新臺幣{fine}罰鍰，情節重大者並得廢止其漁業證照。",
        ]
        title = f"公告{where}{shape}{what}"
        no = f"嶼府漁管字第{roc}{r.randint(1000000, 9999999)}號"
        return Art(title, lines, list(lines), {"doc_number": no}), no

    # -- outpatient roster change
    def clinic(self, doc: str, rank: str, dept: str, kind: str) -> tuple[Art, datetime.date]:
        """One notice: why, the stand-in or the added session, the refund paragraph and the
        place line; published the posting day (the clinic day comes 1-6 days later).
        Returns the article and the clinic day."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        day = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 6))
        half = r.choice(["上午", "下午"])
        when = f"{day.month}月{day.day}日（星期{WEEK[day.weekday()]}）{half}"
        other = r.choice([x for x in PB_DOCS if x != doc])
        room = f"{r.choice(PB_ROOM)}{r.randint(1, 24)}诊室"
        if kind == "加诊":
            lead = f"为缓解{dept}号源紧张的情况，{dept}{doc}{rank}将于{when}增加一个出诊单元，"
            lead += "新增号源于通知发布次日上午八时起在网上平台开放预约。"
            mid = f"加诊地点：{room}，每单元限号{r.randint(15, 30)}个。"
        elif kind == "调诊":
            lead = f"{r.choice(PB_WHY)}{dept}{doc}{rank}原定{when}的门诊调整到同周另一个半天，"
            lead += "原预约患者的就诊时间将由系统自动顺延，无需重新挂号。"
            mid = f"调整后就诊地点：{room}，具体时段以短信通知为准。"
        else:
            lead = f"{r.choice(PB_WHY)}{dept}{doc}{rank}原定{when}的门诊暂停一次，"
            lead += "给您带来的不便，敬请谅解。"
            mid = f"替诊医生：{other}副主任医师，就诊地点：{room}。"
        lines = [lead, mid, f"{r.choice(PB_PAID)}。", f"咨询电话：0778-52{r.randint(10000, 99999)}"]
        title = f"关于{doc}{rank}{day.month}月{day.day}日{half}{kind}的通知"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)}), day
