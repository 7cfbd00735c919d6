"""Words and text makers of :mod:`tests.families.blind_families_ys` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``ys`` families repeats one of the earlier
families.  The coal-mine bulletins' words are in GBK (their pages are GBK-encoded), the
tree register's in GB18030.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a provincial coal-mine safety bureau's accident bulletins (峦西省), print view, GBK --------
MK_BUREAU = "峦西省煤矿安全监察局"
# (company, ownership, mine)
MK_MINES = [
    ("峦西煤业集团有限责任公司", "省属国有", "石门沟煤矿"),
    ("凤岭县鑫源矿业有限公司", "民营", "黑石湾煤矿"),
    ("峦西能源投资集团", "省属国有", "柏树坪煤矿"),
    ("南岔镇集体煤炭开发公司", "乡镇集体", "南岔二号井"),
    ("岑口矿业股份有限公司", "股份制", "岑口一矿"),
    ("白杨沟煤业有限公司", "民营", "白杨沟煤矿"),
    ("汾岭煤电有限责任公司", "市属国有", "汾岭煤矿"),
    ("东坡镇振兴煤矿", "个体", "振兴煤矿"),
    ("峦西焦煤集团有限公司", "省属国有", "瓦窑坪煤矿"),
]
# (kind, where, what happened, preliminary cause)
MK_KINDS = [
    (
        "顶板",
        "回采工作面",
        "工作面中部约三米范围顶板突然冒落，将正在移架的一名支架工埋压",
        "初次来压期间支护强度不足，现场未按规程及时补打临时支护",
    ),
    (
        "运输",
        "主斜井",
        "一辆运送材料的矿车在提升过程中脱钩跑车，撞伤正在巷道内行走的检修工",
        "阻车器和挡车栏处于常开状态，行车不行人制度未落实",
    ),
    (
        "机电",
        "井下中央变电所",
        "一名电工在未停电的情况下检修高压开关柜，触电后经抢救无效",
        "停送电审批流于形式，作业人员未执行验电放电程序",
    ),
    (
        "瓦斯",
        "掘进工作面",
        "局部通风机停止运转后瓦斯积聚，一名掘进工进入独头巷道后窒息",
        "局部通风机未实现双风机双电源自动切换，瓦斯监测探头位置不当",
    ),
    (
        "水害",
        "采空区附近巷道",
        "掘进中揭露老空积水，涌水淹没巷道下段，部分工人未能及时撤出",
        "未执行有疑必探、先探后掘的规定，探放水钻孔深度不够",
    ),
    (
        "放炮",
        "岩巷掘进头",
        "放炮警戒不到位，一名工人误入警戒区被飞石击中头部",
        "放炮员未亲自设置警戒，也未清点撤离人数即起爆",
    ),
]
MK_DONE = [
    "事故发生后，该矿立即启动应急预案，当地应急管理部门和监察分局负责同志赶赴现场",
    "事故发生后，企业按规定向属地部门报告，监察分局派员进驻现场指导处置",
    "事故发生后，属地政府已责令该矿停产整顿，相关责任人员已被控制",
]
MK_ORDER = [
    "目前事故调查组已经成立，事故原因正在进一步调查中",
    "该矿已被依法暂扣安全生产许可证，复产前须经逐项验收",
    "有关部门正在对该矿主要负责人和安全管理人员依法追责",
]
MK_OFFICES = ["北部监察分局", "南部监察分局", "中部监察分局", "东部监察分局"]

# -- a city market regulator's abnormal-operations list notices (澄江市), HTML ----------------
YC_CITY = "澄江市"
YC_BUREAU = "澄江市市场监督管理局"
YC_BRANCHES = ["高新分局", "滨湖分局", "江北分局", "临港分局", "老城分局"]
YC_SHOPS = [
    "澄江市岑溪商贸有限公司",
    "澄江鹭岛网络科技有限公司",
    "澄江市北门湾餐饮管理有限公司",
    "澄江晟合建材经营部",
    "澄江市佳禾农业开发有限公司",
    "澄江云帆文化传媒有限公司",
    "澄江市泓泰物流有限公司",
    "澄江谷雨茶业有限公司",
    "澄江市宏图装饰工程有限公司",
    "澄江市林记五金店",
    "澄江星桥教育咨询有限公司",
    "澄江市恒发再生资源回收有限公司",
]
# (short reason, article of the rules, the finding)
YC_REASONS = [
    (
        "未按规定期限公示年度报告",
        "第八条",
        "你单位未按照《企业信息公示暂行条例》第八条规定的期限公示上一年度的年度报告",
    ),
    (
        "通过登记的住所或者经营场所无法联系",
        "第十条",
        "本局依法对你单位进行检查时，通过登记的住所或者经营场所无法与你单位取得联系",
    ),
    (
        "公示企业信息隐瞒真实情况、弄虚作假",
        "第九条",
        "你单位通过企业信用信息公示系统公示的从业人数及资产总额等信息隐瞒真实情况",
    ),
    (
        "未在责令的期限内公示有关企业信息",
        "第七条",
        "本局责令你单位于十日内公示即时信息，你单位逾期仍未履行公示义务",
    ),
]
YC_BOSS = ["葛振华", "汤雨晴", "骆文海", "许嘉怡", "卜立军", "蔺小川", "祝海燕", "郦志远"]

# -- a volunteer federation's service-hours publicity (鹤汀市), print view, UTF-16 / UTF-8 ----
SC_SITE = "志愿鹤汀"
SC_FED = "鹤汀市志愿服务联合会"
SC_TEAMS = [
    "鹭湾街道志愿服务站",
    "鹤汀市图书馆“书香”志愿服务队",
    "鹤汀市第二中学青年志愿者分会",
    "江滨社区邻里守望志愿服务队",
    "鹤汀市蓝天应急救援志愿服务队",
    "鹤汀职业技术学院青年志愿者协会",
]
# (activity, place, posts)
SC_ACTS = [
    ("端午节社区包粽子敬老活动", "江滨社区长者活动中心", ["签到引导", "包粽子", "慰问送餐"]),
    ("全民健身日环湖健步走赛事保障", "鹤湖环湖步道", ["补给站", "赛道指引", "医疗协助"]),
    ("“书香鹤汀”周末亲子阅读会", "市图书馆少儿馆", ["故事讲读", "秩序维护", "图书整理"]),
    ("汛期前河道沿岸垃圾清理行动", "鹤溪下游河段", ["垃圾清理", "安全警戒", "物资保障"]),
    ("高考考点周边爱心送考服务", "市第二中学考点", ["爱心车辆", "考生引导", "饮水供应"]),
    ("社区应急避险疏散演练保障", "鹭湾街道文体广场", ["疏散引导", "伤员模拟", "现场记录"]),
    ("无障碍设施随手拍排查活动", "城区主要街道", ["拍照记录", "数据录入", "问卷调查"]),
    ("重阳节老年人智能手机教学", "鹭湾街道党群服务中心", ["一对一教学", "签到引导", "茶水服务"]),
]
SC_SURNAME = list("韦邹葛骆房祁詹阙樊甄裴")
SC_GIVEN = ["思源", "一鸣", "可欣", "明远", "佳宁", "晓彤", "子涵", "浩然", "语桐", "俊熙"]
SC_CONTACT = ["阙老师", "樊干事", "詹站长", "裴老师"]

# -- a county forestry bureau's ancient and famous tree publicity (岑溪县), HTML ---------------
GS_COUNTY = "岑溪县"
GS_BUREAU = "岑溪县林业局"
GS_OFFICE = "岑溪县古树名木保护办公室"
# (tree, latin family, place, is a famous tree)
GS_TREES = [
    ("香樟", "樟科樟属", "沙坪镇后溪村水口", False),
    ("枫香", "金缕梅科枫香树属", "梅岭乡上坪村祠堂后", False),
    ("银杏", "银杏科银杏属", "城关镇文庙旧址", False),
    ("罗汉松", "罗汉松科罗汉松属", "岑溪县第一中学校园", True),
    ("重阳木", "大戟科秋枫属", "大塘镇老街渡口", False),
    ("红豆树", "豆科红豆属", "石坑乡石坑村村委会旁", False),
    ("榕树", "桑科榕属", "白沙镇圩场东头", False),
    ("广玉兰", "木兰科木兰属", "县人民医院旧门诊楼前", True),
    ("苦槠", "壳斗科锥属", "梅岭乡坑口村后山", False),
    ("柳杉", "柏科柳杉属", "天堂山林场管护站", False),
]
GS_STORY = [
    "据村中老人回忆，此树为建村时先人所植，历来被村民视为风水树",
    "族谱记载该树植于明代中期，树下曾是往来客商歇脚的茶亭",
    "相传此树为当地一位乡贤离乡赴任前亲手所栽，后人一直精心看护",
    "该树所在地原为旧时书院，书院虽已不存，古树仍枝繁叶茂",
]
GS_NOW = [
    "主干基部有轻微空洞，树冠完整，每年春季萌芽正常",
    "树体整体健壮，部分侧枝有枯枝现象，周边硬化地面较多",
    "近年受白蚁危害，经防治后已基本控制，树势逐步恢复",
    "树干略向东南倾斜，冠幅较大，台风季节存在风折隐患",
]
GS_DO = [
    "拆除树冠投影范围内的硬化地面，铺设透气透水砖",
    "设置木质护栏和保护标牌，禁止在树下堆放杂物、焚烧垃圾",
    "对空洞部位进行清腐、消毒和防水处理，增设钢结构支撑",
    "每年开展一次病虫害普查，由专业人员定期修剪枯枝",
]
GS_SURVEY = ["覃立峰", "黎秋菊", "韦国栋", "蒙海燕", "陆建新", "莫晓丹"]


class GenYS(GenO):
    """Text makers for the ``ys`` families (deterministic from the seed)."""

    # -- coal-mine accident
    def accident(self, mine: tuple[str, str, str], kind: tuple[str, str, str, str]) -> Art:
        """One accident: what happened (its day and hour), the cause found so far, the
        handling; the title names the mine and the day as ``“4·11”``."""
        r = self.r
        self.n += 1
        _, _, pit = mine
        sort, place, what, cause = kind
        y, m, d = self.date()
        dead = r.randint(1, 2) if sort != "水害" else 2
        hurt = r.randint(0, 3)
        level = f"{r.randint(1, 6)}{r.randint(0, 2)}0{r.randint(1, 9)}"
        toll = f"造成{dead}人死亡" + (f"、{hurt}人受伤" if hurt else "")
        lines = [
            f"{y}年{m}月{d}日{r.randint(0, 23)}时{r.randint(1, 59)}分，{pit}{level}{place}"
            f"发生一起{sort}事故，{toll}。",
            f"经初步了解，事故发生时{what}。事故直接原因初步分析为{cause}。",
            f"{r.choice(MK_DONE)}，{r.choice(MK_ORDER)}。",
        ]
        title = f"{pit}“{m}·{d}”{sort}事故"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- abnormal-operations list notice
    def listing(self, shop: str, reason: tuple[str, str, str], issuer: str) -> Art:
        """One listing notice: the salutation, the finding and decision, the way off the
        list and the appeal; issuer the deciding branch."""
        self.n += 1
        _, art, found = reason
        y, m, d = self.date()
        lines = [
            f"{shop}：",
            f"经查，{found}。根据《企业经营异常名录管理办法》{art}的规定，"
            f"本局决定将你单位列入经营异常名录。",
            "你单位在依法履行公示义务或者依法补报、更正有关信息后，可以向本局申请移出经营异常名录；"
            "列入经营异常名录届满三年仍未履行相关义务的，将被列入严重违法失信企业名单。",
            f"如对本决定不服，可以在收到本决定之日起六十日内向{YC_CITY}人民政府申请行政复议，"
            f"或者在六个月内向人民法院提起行政诉讼。",
        ]
        title = f"关于{shop}列入经营异常名录的公告"
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": issuer})

    # -- volunteer hours publicity
    def hours(self, i: int, team: str) -> tuple[Art, list[str]]:
        """A publicity notice: the activity, the table of volunteers and hours (a head row
        and one row per volunteer, names masked), the total, the objection paragraph and
        the contact line.  Returns the article and its table rows."""
        r = self.r
        act, place, posts = SC_ACTS[i]
        self.n += 1
        y, m, d = self.date()
        held = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(3, 9))
        k = r.randint(5, 9)
        rows = ["序号　姓名　志愿者编号　服务岗位　时长（小时）"]
        total = 0.0
        for j in range(1, k + 1):
            name = r.choice(SC_SURNAME) + r.choice(SC_GIVEN)
            hrs = r.choice([2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 6.0])
            total += hrs
            rows.append(
                f"{j}　{name[0]}*{name[-1]}　HT{held.year}****{r.randint(1000, 9999)}　"
                f"{r.choice(posts)}　{hrs:.1f}"
            )
        lines = [
            f"{team}于{held.year}年{held.month}月{held.day}日在{place}组织开展"
            f"“{act}”志愿服务活动，共有{k}名注册志愿者参加。",
            "经活动组织方核对签到签退记录，现将参与志愿者的服务时长公示如下：",
            *rows,
            f"合计：{k}人，累计服务时长{total:.1f}小时。",
            f"公示期为五个工作日，公示期内如对上述时长有异议，请向{team}实名反映，"
            f"逾期无异议的，时长将录入全国志愿服务信息系统。",
            f"联系人：{r.choice(SC_CONTACT)}　联系电话：0596-{r.randint(2000000, 8999999)}",
        ]
        title = f"关于“{act}”志愿服务时长的公示"
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "issuer": team}), rows

    # -- a register entry for an ancient tree
    def tree(self, t: tuple[str, str, str, bool], village: str) -> Art:
        """One tree: five label lines of facts, ``历史渊源：`` / ``现状评估：`` /
        ``保护措施：`` paragraphs; titled by its place and species."""
        r = self.r
        self.n += 1
        sp, fam, place, famous = t
        age = r.randint(90, 160) if famous else r.randint(110, 680)
        grade = "名木" if famous else ("一级" if age >= 500 else "二级" if age >= 300 else "三级")
        girth = round(age / 95 + r.random() * 1.5, 1)
        do = r.sample(GS_DO, 2)
        keeper = place[: place.index("村") + 1] + "村民委员会" if "村" in place else village
        lines = [
            f"树种：{sp}（{fam}）",
            f"估测树龄：{age}年　保护等级：{grade}",
            f"胸围：{girth}米　树高：{r.randint(12, 30)}米　平均冠幅：{r.randint(10, 28)}米",
            f"生长势：{r.choice(['正常', '正常', '衰弱'])}",
            f"管护责任单位：{keeper}",
            f"历史渊源：{r.choice(GS_STORY)}，至今已有{cn_small(age // 100)}百余年，"
            f"是当地现存较为完整的{sp}古树之一。",
            f"现状评估：{r.choice(GS_NOW)}，周边群众对古树保护意识较强，日常管护基本到位。",
            f"保护措施：{do[0]}；{do[1]}，并将该树纳入县古树名木数字化监管平台。",
        ]
        title = f"{place}{'百年' if famous else '古'}{sp}"
        return Art(title, lines, list(lines), {})
