"""Words and text makers of :mod:`tests.families.blind_families_yt` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yt`` families repeats one of the earlier
families.  The classified page's words are all in GBK (its pages are GBK-encoded).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a city evening paper's classified page of lost-document statements (沭川晚报), HTML GBK --
SM_PAPER = "沭川晚报"
SM_CITY = "沭川市"
SM_PEOPLE = ["郜晓燕", "樊立军", "牟春生", "揭海燕", "宓建华", "练秀珍", "阙志远", "单文涛"]
SM_PEOPLE += ["鄢丽娟", "覃国栋", "伏永强", "蔺佳怡"]
SM_FIRMS = [
    "沭川市恒丰建材有限公司",
    "沭川市河东区晨光文具店",
    "沭川禾益农业科技有限公司",
    "沭川市鑫诚物流有限公司",
    "沭川市南关街道阿芳小吃店",
    "沭川瑞景装饰工程有限公司",
    "沭川市桥北区百顺五金经营部",
    "沭川泓远商贸有限公司",
    "沭川市云谷网络科技有限公司",
    "沭川市青禾幼儿园",
]
# what a person loses (the thing, its number label)
SM_PERSONAL = [
    ("不动产权证书", "证号：沭（{y}）沭川市不动产权第00{n}号"),
    ("机动车行驶证", "号牌号码：鲁Q{n}"),
    ("出生医学证明", "编号：R37{n}"),
    ("道路运输从业资格证", "证号：3713{n}"),
    ("教师资格证书", "证书编号：{y}37{n}"),
    ("残疾人证", "证号：3713{n}"),
    ("购房收据一张", "收据编号：No.00{n}"),
]
SM_FIRM_LOST = [
    ("公章一枚", ""),
    ("营业执照正本、副本各一份", "统一社会信用代码：91371300MA{n}"),
    ("发票专用章一枚", ""),
    ("开户许可证", "核准号：J4730000{n}"),
    ("食品经营许可证", "许可证编号：JY23713{n}"),
    ("财务专用章及法定代表人名章各一枚", ""),
]
SM_WHERE = ["在河东区人民广场附近", "于本月初搬迁办公场所时", "在乘坐出租车时", "外出办事途中"]
SM_WHERE += ["近日", "于日前"]
SM_END = ["特此声明作废", "现声明作废", "声明作废，由此产生的一切法律责任由本人承担"]
SM_CAPITAL = [(500, 100), (1000, 300), (200, 50), (800, 200)]

# -- a county river chief office's patrol-log digest (芩溪县), print text ---------------------
XH_COUNTY = "芩溪县"
XH_OFFICE = "芩溪县河长制办公室"
# (river, section, length km, the town whose office keeps the log)
XH_REACHES = [
    ("石埠溪", "石埠村段", "4.6", "石埠镇"),
    ("芩溪", "城关镇段", "7.2", "城关镇"),
    ("白鹭港", "塘湾村段", "3.1", "塘湾乡"),
    ("南岙河", "南岙村段", "5.4", "南岙镇"),
    ("大坑溪", "上坑村段", "2.8", "上坑乡"),
    ("芩溪", "下洲镇段", "9.5", "下洲镇"),
    ("柳塘渠", "柳塘社区段", "1.9", "城关镇"),
    ("杨梅坑", "杨梅岭村段", "3.7", "南岙镇"),
]
XH_CHIEFS = ["周建国", "骆承志", "阮小梅", "詹卫东", "项立平", "苗海英", "尹德胜", "贲秀兰"]
XH_CLERKS = ["林小雨", "卓文静", "毛俊杰", "庞思琪", "虞晓东"]
XH_SEEN = [
    "沿左岸步行巡查，水面总体清洁，水体无明显异味",
    "从上游拦水坝起沿右岸巡查至村口漫水桥，河道行洪通畅",
    "乘巡河小船从闸口巡至下游交界断面，两岸绿化带长势良好",
    "沿新修的堤顶路骑行巡查，沿线护栏和警示牌基本完好",
]
XH_PROB = [
    "漫水桥下游约两百米处岸坡有生活垃圾堆放，约两立方米",
    "一处养殖场尾水排放口有浑浊污水流出，未见处理设施",
    "河道中段有村民在禁钓区垂钓，并有地笼网具三处",
    "右岸新发现一处临时搭建的彩钢瓦棚，疑似侵占河道管理范围",
    "闸口前水面漂浮水葫芦约二十平方米，影响过水",
    "一处雨污混接排口在晴天仍有污水溢出",
]
XH_DONE = [
    "当场联系村保洁员清运，已于当日下午清理完毕",
    "已拍照取证并移交镇生态环境办，责令养殖户三日内停排整改",
    "现场劝离垂钓人员，收缴地笼网具并登记在册",
    "已告知所在村委会，要求当事人限期自行拆除，镇河长办将跟踪复查",
    "已通知河道保洁公司安排打捞船，预计两日内完成打捞",
    "已将问题录入平台，转交住建部门排查管网",
]
# the title a log is posted under (a verdict, one per problem)
XH_TITLES = [
    "岸坡垃圾当场清运，漫水桥下游恢复整洁",
    "发现养殖尾水直排，责令三日内停排整改",
    "劝离禁钓区垂钓人员，收缴地笼网具三处",
    "疑似侵占河道的彩钢瓦棚，限期自行拆除",
    "闸口水葫芦集中打捞，确保汛前过水顺畅",
    "雨污混接排口晴天溢流，转交住建部门排查",
]
XH_ADVICE = [
    "下一步将把该段列为重点巡查河段，每周至少巡查两次",
    "巡河结束后在村民微信群发布了巡查情况，提醒村民爱河护河",
    "建议镇里在汛期前再组织一次河岸隐患全面排查",
    "已向河道两岸住户发放护河倡议书五十余份",
]

# -- a primary school's weekly canteen menus (蒲汀区第二实验小学), HTML UTF-8 -------------------
CP_SCHOOL = "蒲汀区第二实验小学"
CP_STAPLE = ["米饭", "杂粮饭", "南瓜馒头", "葱油花卷", "红薯米饭", "玉米饭", "番茄鸡蛋面"]
CP_MEAT = ["红烧鸡腿", "土豆烧牛肉", "糖醋里脊", "清蒸鲈鱼", "咖喱鸡块", "肉末茄子"]
CP_MEAT += ["香菇滑鸡", "虾仁炒蛋", "卤鸭腿", "青椒肉丝"]
CP_VEG = ["蒜蓉西兰花", "清炒菠菜", "番茄炒蛋", "醋溜白菜", "炒三丁", "干煸豆角", "素炒豆芽"]
CP_VEG += ["蚝油生菜", "胡萝卜炒木耳", "家常豆腐"]
CP_SOUP = ["紫菜虾皮汤", "冬瓜排骨汤", "番茄蛋花汤", "菌菇豆腐汤", "玉米胡萝卜汤", "海带汤"]
CP_FRUIT = ["香蕉", "苹果", "橙子", "猕猴桃", "小番茄", "梨", "哈密瓜"]
CP_WHY = [
    "本周食谱由学校膳食委员会会同区营养指导员共同拟定",
    "根据学生口味调查问卷的反馈，本周对部分菜品作了调整",
    "结合时令蔬菜供应情况，本周食谱增加了绿叶菜的比例",
]
# (a nutrition sentence, the ranges of its two figures)
CP_NUTRI = [
    (
        "本周午餐平均每餐提供能量约{}千卡，蛋白质约{}克，基本达到小学生午餐推荐量",
        (680, 760),
        (24, 32),
    ),
    (
        "本周每生每餐蔬菜供应量不少于{}克，畜禽肉和鱼虾约{}克，荤素搭配较为均衡",
        (150, 200),
        (50, 75),
    ),
]
CP_TIP = [
    "如学生对某些食物过敏，请家长及时告知班主任，食堂将单独备餐",
    "请家长提醒孩子饭前洗手、细嚼慢咽，珍惜粮食不挑食",
    "食堂每日留样四十八小时以上，欢迎家长报名参加陪餐活动",
    "因蔬菜到货情况，个别菜品可能临时调整，以当日实际供应为准",
]
CP_DAYS = ["星期一", "星期二", "星期三", "星期四", "星期五"]

# -- a provincial medical products administration's device approvals (澴江省), UTF-8 text ------
QX_BUREAU = "澴江省药品监督管理局"
# (product, code, structure, use)
QX_PRODUCTS = [
    (
        "一次性使用无菌导尿包",
        "14-05",
        "由导尿管、集尿袋、润滑剂、消毒棉球、洞巾和手套组成，经环氧乙烷灭菌，一次性使用",
        "供临床导尿时使用，不用于长期留置导尿",
    ),
    (
        "医用电子体温计",
        "07-03",
        "由测温探头、主机、液晶显示屏和纽扣电池组成，采用热敏电阻测温原理",
        "供医疗机构和家庭测量人体腋下或口腔温度使用",
    ),
    (
        "医用外科口罩",
        "14-14",
        "由内层亲肤材料、中间层熔喷布和外层无纺布组成，配有鼻夹和耳带，经环氧乙烷灭菌",
        "适用于临床医务人员在有创操作过程中佩戴，起到阻隔作用",
    ),
    (
        "超声耦合剂",
        "06-07",
        "由卡波姆、甘油、丙二醇和纯化水组成，为无色透明凝胶，非无菌提供",
        "用于超声诊断检查时涂布于探头与皮肤之间，起到传声耦合作用",
    ),
    (
        "一次性使用输液贴",
        "14-10",
        "由背衬材料、医用压敏胶和吸收垫组成，吸收垫不含药物成分，经辐照灭菌",
        "用于静脉输液时固定针头，并覆盖保护穿刺部位",
    ),
    (
        "电动吸引器",
        "08-06",
        "由真空泵、负压表、负压调节阀、储液瓶、过滤器和吸引管组成",
        "供医疗机构吸除患者体内的脓液、痰液和其他体液使用",
    ),
    (
        "医用冷敷贴",
        "09-02",
        "由无纺布、水凝胶层和防粘层组成，水凝胶主要成分为聚丙烯酸钠和甘油",
        "用于闭合性软组织损伤局部的物理退热和冷敷，不含药物成分",
    ),
    (
        "全自动生化分析仪",
        "22-04",
        "由分析部分、控制部分和计算机软件组成，测试速度为每小时四百测试",
        "与配套检测试剂共同使用，在临床上用于对人体样本中的被分析物进行定量测定",
    ),
    (
        "一次性使用鼻氧管",
        "08-05",
        "由鼻塞、输氧管、调节环和连接头组成，鼻塞材料为医用聚氯乙烯",
        "供医疗机构对患者进行鼻腔吸氧时使用",
    ),
    (
        "红外线治疗仪",
        "09-03",
        "由主机、辐射头、支架和控制面板组成，红外辐射波长范围为零点七六至五微米",
        "用于缓解软组织损伤引起的局部疼痛",
    ),
]
QX_FIRMS = [
    "澴江康沐医疗科技有限公司",
    "澴江瑞泽医疗器械有限公司",
    "鹤岭市安诺生物技术有限公司",
    "澴江德禾医用材料有限公司",
    "澴东华清医疗设备有限公司",
    "澴江佳护卫生用品有限公司",
]
QX_CITIES = ["鹤岭市高新区", "澴东市经济开发区", "澴江市临港新区", "柘阳县工业园区"]
QX_ROADS = ["科创路", "医药港大道", "兴业街", "长泰路", "云锦路"]
QX_KINDS = ["首次注册", "首次注册", "延续注册", "变更注册"]


class GenYT(GenO):
    """Text makers for the ``yt`` families (deterministic from the seed)."""

    # -- a classified ad
    def lost(self, when: datetime.date, who: str, *, firm: bool) -> Art:
        """A 遗失声明 of ``who`` (a firm or a person): the title ``X遗失声明``, one
        statement paragraph; issuer the declarant, published the sign-off day (``when``)."""
        r = self.r
        self.n += 1
        y = r.randint(2012, 2021)
        num = f"{r.randint(100000, 999999)}"
        thing, label = r.choice(SM_FIRM_LOST if firm else SM_PERSONAL)
        body = f"{who}{r.choice(SM_WHERE)}不慎遗失{thing}"
        if label:
            body += f"（{label.format(y=y, n=num)}）"
        body += f"，{r.choice(SM_END)}。"
        meta = {"issuer": who, "published": iso(when.year, when.month, when.day)}
        return Art(f"{who}遗失声明", [body], [body], meta)

    def closing(self, when: datetime.date, firm: str, *, reduce: bool) -> Art:
        """A 注销公告 or 减资公告 of a firm: the resolution and the creditors' paragraph,
        the liquidation group's contact line; issuer the signer."""
        r = self.r
        self.n += 1
        contact = f"联系人：{r.choice(SM_PEOPLE)}　联系电话：13{r.randint(100000000, 999999999)}"
        if reduce:
            was, now = r.choice(SM_CAPITAL)
            lines = [
                f"经本公司股东会决议，本公司注册资本由人民币{was}万元减少至人民币{now}万元，"
                "减资后公司的经营范围不变。",
                "请债权人自本公告见报之日起四十五日内，凭有效债权文件要求本公司清偿债务"
                "或者提供相应的担保。",
                contact,
            ]
            title, signer = f"{firm}减资公告", firm
        else:
            lines = [
                f"经本公司股东会决议，{firm}拟向公司登记机关申请注销登记，"
                "已于日前成立清算组开展清算工作。",
                "请债权人自本公告见报之日起四十五日内，向本公司清算组申报债权，"
                "逾期未申报的，视为放弃债权。",
                contact,
            ]
            title, signer = f"{firm}注销公告", f"{firm}清算组"
        meta = {"issuer": signer, "published": iso(when.year, when.month, when.day)}
        return Art(title, lines, list(lines), meta)

    # -- a river patrol log
    def patrol(self, reach: tuple[str, str, str, str], chief: str, p: int) -> Art:
        """One patrol log: the time and distance lines, 巡查情况 / 发现问题 / 处理情况 and
        a closing remark (problem ``p``); author the river chief, origin the town office."""
        r = self.r
        self.n += 1
        river, part, km, town = reach
        y, m, d = self.date()
        h0, m0 = r.randint(7, 15), r.randint(0, 59)
        took = r.randint(55, 150)
        end = h0 * 60 + m0 + took
        spent = f"{took // 60}小时{took % 60}分" if took >= 60 else f"{took}分钟"
        lines = [
            f"巡河时间：{y}年{m}月{d}日 {h0:02d}:{m0:02d}—{end // 60:02d}:{end % 60:02d}"
            f"（历时{spent}）",
            f"巡河里程：{float(km) * r.choice([1, 2]):.1f}公里　　打卡点位：{r.randint(3, 9)}个",
            f"巡查情况：{r.choice(XH_SEEN)}，{river}{part}各打卡点位均已按要求到达并拍照上传。",
            f"发现问题：{XH_PROB[p]}，现场已拍照并记录位置坐标。",
            f"处理情况：{XH_DONE[p]}，问题已在河长通平台登记销号跟踪。",
            f"{r.choice(XH_ADVICE)}。",
        ]
        meta = {"author": chief, "origin": f"{town}河长办", "published": iso(y, m, d)}
        return Art(XH_TITLES[p], lines, list(lines), meta)

    # -- a weekly menu
    def day_menu(self) -> list[str]:
        """One day's lunch: staple, two dishes and a vegetable, soup, fruit or snack."""
        r = self.r
        meat = r.sample(CP_MEAT, 2)
        return [
            r.choice(CP_STAPLE),
            "、".join([*meat, r.choice(CP_VEG)]),
            r.choice(CP_SOUP),
            r.choice(CP_FRUIT),
        ]

    def menu_text(self) -> tuple[str, str, str]:
        """The intro, the nutrition paragraph and the reminder (each a prose line)."""
        r = self.r
        self.n += 1
        intro = (
            f"{r.choice(CP_WHY)}，遵循营养均衡、粗细搭配、少盐少油的原则，"
            f"每餐保证一荤一半荤一素一汤，请家长和同学们监督。"
        )
        say, (a0, a1), (b0, b1) = r.choice(CP_NUTRI)
        nutri = "营养分析：" + say.format(r.randint(a0, a1), r.randint(b0, b1))
        nutri += "，欢迎家长提出意见和建议。"
        tip = f"温馨提示：{r.choice(CP_TIP)}，感谢各位家长的理解与支持。"
        return intro, nutri, tip

    # -- a device approval
    def device(self, j: int, when: tuple[int, int, int], reg: str) -> Art:
        """One approval: registrant, address, site, models, structure and use lines;
        doc_number the registration number, published the approval day."""
        r = self.r
        self.n += 1
        name, _, build, use = QX_PRODUCTS[j]
        f = r.randrange(len(QX_FIRMS))
        firm = QX_FIRMS[f]
        city = QX_CITIES[f % len(QX_CITIES)]
        road = QX_ROADS[f % len(QX_ROADS)]
        models = "、".join(sorted(r.sample(["A型", "B型", "C型", "S", "M", "L", "标准型"], 3)))
        lines = [
            f"注册人名称：{firm}",
            f"注册人住所：澴江省{city}{road}{f * 17 + 8}号",
            f"生产地址：澴江省{city}{road}{f * 17 + 8}号{r.randint(1, 4)}号厂房",
            f"型号规格：{models}",
            f"结构及组成：该产品{build}。",
            f"适用范围：该产品{use}，具体以注册证载明的内容为准。",
        ]
        y, m, d = when
        return Art(name, lines, list(lines), {"doc_number": reg, "published": iso(y, m, d)})
