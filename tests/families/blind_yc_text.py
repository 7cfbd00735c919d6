"""Words and text makers of :mod:`tests.families.blind_families_yc` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yc`` families repeats one of the earlier
families.  The relief station's words are all in GB18030, the owners' corporation's in Big5
(cp950), the police bureau's in GBK (some of their pages are written in those encodings).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art
from tests.families.blind_o_text import GenO

# -- a city relief station's family-search notices (岑州市救助管理站), GB18030 -------------------
XQ_STATION = "岑州市救助管理站"
XQ_WHO = [
    "自称“阿贵”的老年男子",
    "在岑州东站候车室被发现的聋哑女子",
    "无名氏（男，约三十岁）",
    "自称姓刘、说岭西口音的中年妇女",
    "只会说“回家找妈妈”的智障少年",
    "自称“老九”、会写几个字的老人",
    "在汇丰桥下露宿的瘦高男子",
    "自称来自“大槐树村”的老年妇女",
    "无名氏（女，约五十岁）",
    "自称叫“小虎子”的青年男子",
]
XQ_UNITS = ["岑东派出所", "滨江路派出所", "火车站派出所", "城南街道办事处", "市城管执法支队"]
XQ_UNITS += ["岑州市第二人民医院", "北塘派出所"]
XQ_PLACE = ["东站广场", "汇丰桥桥洞", "滨江公园长椅旁", "城南农贸市场", "北环路公交站台"]
XQ_PLACE += ["人民医院急诊室门口", "老城区一处废弃厂房"]
XQ_LOOK = [
    "身高约1.65米，体型偏瘦，短发花白，左眉上方有一道旧疤痕，说话带有明显的南方口音",
    "身高约1.55米，圆脸，皮肤较黑，右手缺一根小指，听力和语言表达能力较差",
    "身高约1.72米，国字脸，头发稀疏，门牙缺损，走路时右腿略跛",
    "身高约1.60米，长发扎成马尾，左耳垂有一颗黑痣，性格内向，不愿与人交谈",
    "身高约1.78米，偏胖，眼睛较小，后脑勺有一块旧伤疤，情绪时好时坏",
]
XQ_BAG = [
    "一个褪色的帆布挎包，内有旧毛巾、半包饼干和一张字迹模糊的火车票",
    "一床旧棉被、两件换洗衣服和一个印有“劳动光荣”字样的搪瓷杯",
    "一部没有电话卡的老式手机和一串钥匙，未携带任何身份证件",
    "一本撕掉封面的连环画和一只塑料水壶，衣服口袋里有几枚硬币",
]
XQ_STATE = [
    "目前该人员在站内生活稳定，能自行进食和洗漱，偶尔提到家门口有一口水井",
    "入站后经医生检查身体无明显疾病，平时喜欢帮工作人员打扫院子",
    "经多次询问，其反复提到一个叫“石桥”的地方，具体所在省份尚无法确认",
    "目前该人员已在本站接受照料三个多月，经比对人像信息暂未找到匹配结果",
]

# -- a province's emergency management department's accident-case series (岑江省应急管理厅), UTF-8
SG_DEPT = "岑江省应急管理厅"
# (field, kind of accident, what happened)
SG_KINDS = [
    ("建筑施工", "高处坠落", "在未系挂安全带的情况下登上外脚手架拆除连墙件"),
    ("危险化学品", "爆炸", "在未办理动火作业审批的情况下对储罐附近的管道进行焊接"),
    ("有限空间作业", "中毒窒息", "在未进行气体检测的情况下进入污水井清理淤泥"),
    ("道路运输", "车辆侧翻", "驾驶严重超载的货车在连续下坡路段长时间制动"),
    ("工贸企业", "机械伤害", "在设备未停机断电的情况下伸手清理卡在辊筒间的物料"),
    ("城镇燃气", "燃气爆燃", "在餐馆后厨私自更换软管后未检查接口便点火"),
    ("消防安全", "火灾", "在仓库内违规使用大功率电暖器并长时间无人看管"),
]
SG_COUNTIES = ["岑北县", "江屿区", "白鹭市", "松坪县", "望溪县", "临川区", "柳津县"]
SG_SITES = ["某在建商住楼项目", "某精细化工有限公司", "某污水处理厂", "某物流公司"]
SG_SITES += ["某纸箱包装厂", "某农家菜馆", "某家具仓储中心"]
SG_CAUSE = [
    "企业安全生产主体责任不落实，未按规定对从业人员开展岗前安全培训",
    "现场安全管理人员长期空缺，作业过程无人监护，违章行为未被及时制止",
    "隐患排查治理流于形式，多次检查发现的问题均未整改到位",
    "企业主要负责人安全意识淡薄，为赶工期默许员工冒险作业",
]
SG_LESSON = [
    "各地要以此为鉴，立即组织开展同类场所的专项检查，对发现的问题建立台账、限期整改",
    "企业要严格落实作业审批制度，凡涉及危险作业的，必须做到先审批、后作业",
    "要加强对一线员工的警示教育，让每一名从业人员都懂得“不安全不作业”的道理",
    "监管部门要加大执法检查力度，对屡查屡犯的企业依法从严从重处罚",
]

# -- a housing estate's owners' corporation in a traditional-letter city (翠峰苑), Big5 ---------
YZ_ESTATE = "翠峰苑"
YZ_IO = "翠峰苑業主立案法團"
YZ_EN = "THE INCORPORATED OWNERS OF CHUI FUNG COURT"
YZ_CHAIRS = ["陳家俊", "黃美玲", "李志強", "何淑儀"]
# (subject, what is done, where, what the owners should do)
YZ_SUBJECTS = [
    ("第三座食水缸清洗工程", "清洗天台及低層食水缸", "第三座", "預先貯存足夠食水"),
    ("升降機年度檢驗安排", "進行升降機年度檢驗及更換鋼纜", "第一座", "改用另一部升降機"),
    ("外牆維修工程招標結果", "展開外牆維修及防水工程", "全苑各座", "關妥窗戶並收起晾曬衣物"),
    ("平台花園滅蚊工作", "在平台花園及停車場噴灑滅蚊藥物", "平台花園", "暫時避免在該處逗留"),
    ("消防系統年檢通知", "檢查各層消防喉轆及警鐘系統", "第二座", "留意警鐘試響時間"),
    ("停車場地面重鋪工程", "重鋪停車場地面及重劃車位", "地下停車場", "將車輛暫時停泊於指定位置"),
    ("大堂保安系統更換", "更換大堂對講機及閉路電視系統", "各座大堂", "攜帶住戶證出入大堂"),
    ("颱風季節注意事項", "檢查天台排水渠及加固戶外招牌", "全苑範圍", "清理露台雜物並檢查窗戶"),
]
YZ_WEEK = "一二三四五六日"
YZ_OTHER = [
    "二零二三年度周年業主大會通告",
    "第十屆管理委員會選舉結果",
    "管理費調整諮詢文件",
    "農曆新年裝飾及清潔安排",
    "垃圾房翻新工程完成通知",
    "住戶證更換安排",
]

# -- a city police bureau's household-registration service guides (岑州公安), GBK ---------------
BZ_SITE = "岑州公安"
BZ_BUREAU = "岑州市公安局"
# (matter, who applies, the papers)
BZ_MATTERS = [
    (
        "出生登记",
        "新生儿的父亲或母亲",
        ["《出生医学证明》原件", "父母双方的居民户口簿和居民身份证"],
    ),
    ("居民身份证换领", "身份证有效期满的本市户籍居民", ["原居民身份证", "近期正面免冠照片回执"]),
    ("居住证申领", "在本市居住半年以上的非本市户籍人员", ["居民身份证", "合法稳定居所证明"]),
    ("市内户口迁移", "在本市范围内变更住址的户籍居民", ["迁出地居民户口簿", "新住址房屋产权证明"]),
    (
        "临时身份证申领",
        "急需使用身份证件的本市户籍居民",
        ["居民户口簿", "正在申领居民身份证的回执"],
    ),
    ("死亡注销户口", "死者的近亲属", ["《居民死亡医学证明（推断）书》原件", "死者的居民户口簿"]),
    ("曾用名变更登记", "需要变更姓名的成年户籍居民", ["居民户口簿和居民身份证", "变更姓名申请书"]),
    ("投靠亲属落户", "投靠配偶、子女或父母的人员", ["亲属关系证明", "被投靠人的居民户口簿"]),
]
BZ_UNITS = ["户政管理支队", "人口管理科", "政务服务中心公安窗口"]
BZ_HALLS = ["市民之家二楼公安综合窗口", "各辖区派出所户籍室", "市政务服务中心B区12号窗口"]


class GenYC(GenO):
    """Text makers for the ``yc`` families (deterministic from the seed)."""

    # -- family-search notice
    def seeker(self, who: str, unit: str, day: tuple[int, int, int], look: str) -> Art:
        """One person's entry: the looks, the things found on them, how they came in and
        how they are now."""
        self.n += 1
        r = self.r
        y, m, d = day
        sex = "女" if "女" in who or "妇" in who else "男"
        lines = [
            f"体貌特征：{sex}，{look}。",
            f"随身物品：{r.choice(XQ_BAG)}。",
            f"入站经过：{y}年{m}月{d}日，{unit}工作人员在{r.choice(XQ_PLACE)}发现其独自徘徊，"
            f"经询问无法说清家庭住址，遂护送至本站接受救助。",
            f"{r.choice(XQ_STATE)}，本站已于其入站第{self.n % 5 + 2}天采集血样并录入全国寻亲系统。",
        ]
        return Art(who, lines, list(lines))

    # -- accident case
    def accident(
        self, county: str, site: str, field: tuple[str, str, str], day: tuple[int, int, int]
    ) -> Art:
        """One case: the three section heads and their paragraphs (one article)."""
        self.n += 1
        r = self.r
        _, kind, what = field
        y, m, d = day
        dead = r.randint(1, 4)
        cause = r.sample(SG_CAUSE, 2)
        title = f"{county}{site}“{m}·{d}”{kind}事故"
        lines = [
            "一、事故经过",
            f"{y}年{m}月{d}日{r.randint(8, 17)}时许，{county}{site}一名作业人员{what}，"
            f"造成{dead}人死亡、{r.randint(0, 3)}人受伤，直接经济损失约{self.n * 37 + 90}万元。",
            "二、原因分析",
            f"直接原因是作业人员违章作业，{cause[0]}。",
            f"间接原因是{cause[1]}，属地监管部门对该单位的日常检查也存在漏洞。",
            "三、警示教训",
            f"{r.choice(SG_LESSON)}，坚决防范类似事故再次发生。",
        ]
        return Art(title, lines, list(lines))

    # -- owners' corporation notice
    def io_notice(self, subj: tuple[str, str, str, str], day: tuple[int, int, int]) -> Art:
        """A notice to owners: the salutation, what is done, when, what to do, the
        enquiry line and the closing courtesy."""
        self.n += 1
        r = self.r
        title, work, where, todo = subj
        on = datetime.date(*day) + datetime.timedelta(days=r.randint(6, 20))
        lines = [
            "致各位業主及住戶：",
            f"本法團經管理委員會第{self.n + 11}次會議議決，委託管理處安排承辦商於下列日期"
            f"{work}，工程範圍為{where}，請各位業主及住戶留意。",
            f"日期：{on.year}年{on.month}月{on.day}日（星期{YZ_WEEK[on.weekday()]}）",
            f"時間：上午{r.choice(['九', '十'])}時至下午{r.choice(['四', '五', '六'])}時",
            f"工程進行期間，{where}或會受到短暫影響，敬請各位住戶{todo}，以免造成不便。",
            f"如有任何查詢，請於辦公時間內致電管理處，電話：2{r.randint(100, 999)} "
            f"{r.randint(1000, 9999)}。",
            "不便之處，敬請原諒。",
        ]
        return Art(title, lines, list(lines))

    # -- service guide
    def guide(self, matter: tuple[str, str, list[str]]) -> list[tuple[str, str]]:
        """A service guide's parts as (tag, text): section heads ``h4``, paragraphs ``p``
        and the papers as ``li`` items."""
        self.n += 1
        r = self.r
        name, who, papers = matter
        days = r.choice([1, 3, 5, 7, 15])
        return [
            ("h4", "一、办理依据"),
            ("p", f"《中华人民共和国户口登记条例》及省公安厅关于{name}的有关规定。"),
            ("h4", "二、受理条件"),
            ("p", f"{who}，可以向户口所在地或现居住地公安机关申请办理{name}，材料齐全的当场受理。"),
            ("h4", "三、申请材料"),
            *[("li", f"{k}. {x}；") for k, x in enumerate(papers, 1)],
            ("li", f"{len(papers) + 1}. 委托他人代办的，还需提交委托书及代办人身份证件。"),
            ("h4", "四、办理流程"),
            (
                "p",
                f"申请人提交材料，窗口民警当场审核，符合条件的予以受理，由{r.choice(BZ_UNITS)}"
                f"复核后办结，并通过短信告知申请人领取结果。",
            ),
            ("h4", "五、办理时限"),
            ("p", f"自受理之日起{days}个工作日内办结，情况复杂需要调查核实的，经批准可以延长。"),
            ("h4", "六、收费标准"),
            ("p", "不收费。"),
            ("h4", "七、办理地点及时间"),
            (
                "p",
                f"{r.choice(BZ_HALLS)}，周一至周五上午8:30—12:00，下午14:30—17:30，"
                f"周六上午正常受理，法定节假日除外。",
            ),
            ("h4", "八、咨询电话"),
            ("p", f"0736-8{r.randint(100000, 999999)}（工作日），或拨打12345政务服务便民热线。"),
        ]
