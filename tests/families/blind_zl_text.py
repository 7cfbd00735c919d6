"""Words and text makers of :mod:`tests.families.blind_families_zl` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zl`` families repeats one of the earlier
families.  The hazard bulletin's words are all in GBK (its pages are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a university careers site's job-fair exhibitor list (岚澄大学就业信息网) ------------
SITE_JOB = "岚澄大学就业信息网"
# (employer, nature, trade, size, mail domain)
EMPLOYERS = [
    ("岚桥智造科技有限公司", "民营企业", "智能制造", "500-999人", "lanqiaozz"),
    ("汀屿食品股份有限公司", "股份制企业", "食品加工", "1000-4999人", "tingyufood"),
    ("澄湖市第三中学", "事业单位", "基础教育", "100-499人", "chsz3"),
    ("栖霞湾港务集团有限公司", "国有企业", "交通物流", "5000人以上", "qxwport"),
    ("青苇软件技术有限公司", "民营企业", "软件和信息服务", "100-499人", "qingwei-soft"),
    ("鹤汀农业发展有限公司", "民营企业", "现代农业", "50-99人", "hetingagri"),
    ("岑江城建设计研究院有限公司", "国有企业", "工程设计", "500-999人", "cjcjy"),
    ("柘溪新材料科技有限公司", "中外合资企业", "新材料", "1000-4999人", "zhexinm"),
    ("澜川农村商业银行", "金融机构", "银行", "1000-4999人", "lcrcb"),
    ("桐原医疗器械有限公司", "民营企业", "医疗器械", "100-499人", "tongyuanmed"),
    ("苍岭文旅投资集团有限公司", "国有企业", "文化旅游", "500-999人", "canglingwl"),
    ("鹭岸电子商务有限公司", "民营企业", "电子商务", "50-99人", "luan-ec"),
]
JOB_INTRO = [
    "公司成立于{}年，总部位于澄湖市高新区，是一家专注于{}领域研发与服务的单位",
    "单位始建于{}年，现有员工多为本科以上学历，长期在{}方面深耕细作",
    "单位自{}年起连续多年参加学校组织的双选活动，是本地{}行业的骨干单位",
]
JOB_MORE = [
    "单位坚持把新入职员工的培养放在首位，实行导师带徒制度",
    "单位为应届毕业生提供完善的岗前培训和清晰的晋升通道",
    "近三年累计接收本校毕业生一百余名，其中不少已成长为业务骨干",
    "单位重视产学研合作，与多所高校共建了实习实训基地",
]
POSTS = [
    ("嵌入式软件工程师", "电子信息类、计算机类"),
    ("生产储备干部", "食品科学与工程、生物工程"),
    ("数学教师", "数学与应用数学"),
    ("物流规划专员", "物流管理、交通运输"),
    ("测试工程师", "计算机类"),
    ("农艺师助理", "农学、园艺"),
    ("结构设计师", "土木工程"),
    ("材料研发工程师", "材料科学与工程、化学"),
    ("柜员", "金融学、经济学"),
    ("注册专员", "生物医学工程、药学"),
    ("景区运营专员", "旅游管理、酒店管理"),
    ("电商运营", "电子商务、市场营销"),
]
EXTRA_POSTS = [
    ("管理培训生", "专业不限"),
    ("会计", "会计学、财务管理"),
    ("新媒体运营", "新闻传播、汉语言文学"),
]
DEGREES = ["本科及以上", "硕士研究生及以上", "本科", "大专及以上"]
PAY = [
    "薪资待遇：本科{}-{}元/月，硕士面议，缴纳五险一金，提供人才公寓。",
    "薪资待遇：年薪{}至{}千元，享受带薪年假、节日福利及年度体检。",
    "薪资待遇：试用期{}元/月起，转正后{}元/月起，另有绩效奖金和餐补。",
]
FAIR_PLACES = ["岚澄大学体育馆", "岚澄大学东区学生活动中心", "岚澄大学北门会展厅"]

# -- a province's geological-hazard risk bulletin (岚州地质环境信息网), GBK -------------
SITE_GEO = "岚州地质环境信息网"
GEO_DEPT = "岚州省自然资源厅"
GEO_MET = "岚州省气象局"
GEO_CITIES = ["澄川市", "苇塘市", "栖岭市", "柏溪县", "松坪县", "鹤鸣县", "云梯县", "青衣江县"]
GEO_RAIN = [
    "受切变线和西南低涡共同影响",
    "受冷暖空气交汇影响",
    "受台风外围云系影响",
    "受副热带高压边缘暖湿气流影响",
]
GEO_WHAT = [
    "局地伴有短时强降水和雷暴大风",
    "部分地区累计雨量较大",
    "前期土壤含水量已接近饱和",
    "山区降雨强度明显大于平原",
]
GEO_DO = [
    "各地要加强对切坡建房和沿河沿沟居民点的巡查排查",
    "强降雨期间应暂停山区施工作业并及时撤离危险区人员",
    "群测群防员要加密对隐患点的监测频次并做好记录",
    "旅游景区和交通干线要设置警示标志并落实专人值守",
    "发现裂缝变形等异常情况要第一时间上报并组织避让",
]
GEO_WHY = [
    "确保人民群众生命财产安全",
    "切实做到早发现早预警早处置",
    "防止因降雨诱发滑坡崩塌和泥石流",
    "把各项防范措施落实到村到户到人",
]

# -- a province's exam authority (汀州招考网), plain text ---------------------------------
SITE_EXAM = "汀州招考网"
EXAM_ORG = "汀州省教育考试院"
EXAM_MATTERS = [
    "普通高校招生本科批征集志愿填报",
    "高职（专科）批征集志愿填报",
    "艺术类专业统一考试报名",
    "体育类专业统一考试现场确认",
    "普通高中学业水平合格性考试报名",
    "成人高校招生网上报名",
    "高等教育自学考试毕业申请",
    "普通高校招生考生体检",
]
EXAM_WHO = ["各市（州）招生考试机构，各有关高校：", "各市（州）、县（市、区）招生考试机构："]
EXAM_WHO += ["各有关高等学校，各市（州）教育局："]
EXAM_SUBJ = ["各级招生考试机构", "考生所在学校", "各招生高校", "县级招生办公室", "报名点"]
EXAM_ACT = ["应提前核对", "要在显著位置公示", "须安排专人复核", "要及时汇总上报", "须妥善保管"]
EXAM_OBJ = ["考生报名信息", "填报时间和操作步骤", "往届生和退役士兵考生的报名材料"]
EXAM_OBJ += ["缴费和照片审核结果", "随迁子女考生的资格材料"]
EXAM_END = ["避免考生因错过时间影响录取", "切实维护考生的合法权益", "确保各环节平稳有序"]
EXAM_END += ["做到政策宣传覆盖每一名考生"]
EXAM_HEADS = [
    ("工作安排", "时间和方式", "有关要求"),
    ("报名对象", "办理流程", "注意事项"),
    ("基本条件", "时间安排", "工作要求"),
]

# -- an English trade newsletter (Qingport Export Weekly, by Tideline Media) ------------
WEEKLY = "Qingport Export Weekly"
PUBLISHER = "Tideline Media"
# (desk, headline)
BRIEFS = [
    ("SHIPPING", "Container rates from Qingport ease for a third week"),
    ("TEA", "Spring green tea auctions open with firmer bids"),
    ("CERAMICS", "Kiln towns report a rush of orders from Nordic buyers"),
    ("CUSTOMS", "Customs trial cuts paperwork for small exporters"),
    ("PORTS", "Cold-chain berth at Pier Four nears completion"),
    ("CERAMICS", "Porcelain makers weigh the cost of new packaging rules"),
    ("SHIPPING", "Feeder service to the southern islands resumes"),
    ("TEA", "Tea growers test drones for late-frost checks"),
    ("FREIGHT", "Freight forwarders warn of a pre-holiday squeeze"),
    ("PORTS", "New bonded warehouse opens near the rail terminal"),
    ("POLICY", "Export credit scheme widened to family workshops"),
    ("PORTS", "Harbour pilots agree on a night-shift roster"),
]
EN_LEAD = [
    "Traders said the change came sooner than most had expected",
    "Buyers have been cautious since the start of the quarter",
    "The move follows months of talks between the port and local firms",
    "Smaller exporters have long complained about delays at the gate",
]
EN_MORE = [
    "volumes through the main terminal rose modestly",
    "several firms have already signed up for the scheme",
    "the price gap between grades has narrowed",
    "the harbour office plans to publish monthly figures",
]
EN_SAID = [
    "said a manager at a mid-sized forwarding firm",
    "said the secretary of the local growers' association",
    "a port official told the newsletter",
    "said an exporter who asked not to be named",
]
EN_QUOTE = [
    "We are busier than last spring, but margins are thin",
    "Nobody wants to be left holding stock when the holidays start",
    "The paperwork used to take two days and now it takes an afternoon",
    "It is a small step, but it is the right direction",
]
EN_NEXT = [
    "Port figures for the month are due next Tuesday",
    "The growers' association meets again before the end of the month",
    "Firms can register for the scheme at the trade office on Quay Street",
    "More details are expected after the public holiday",
]
REPORTERS = ["Mei Tan", "Owen Rhys", "Priya Nair", "Leo Huang", "Sofia Mendes", "Kai Lun"]
EDITORS = ["Ruth Ebeling", "Sam Okafor", "Jun Wei"]


class GenZL(GenO):
    """Text makers for the ``zl`` families (deterministic from the seed)."""

    # -- job-fair exhibitor entry
    def exhibitor(self, j: int) -> Art:
        """An exhibitor: the intro paragraph, ``招聘岗位：`` and its numbered posts, the pay
        line and the CV mailbox (one article; the employer is the title, no meta)."""
        r = self.r
        name, _, trade, _, mail = EMPLOYERS[j]
        self.n += 1
        intro = r.choice(JOB_INTRO)
        year = r.randint(1988, 2016)
        intro = intro.format(year, trade)
        lines = [f"单位简介：{intro}，{r.choice(JOB_MORE)}。"]
        lines.append("招聘岗位：")
        posts = [POSTS[j], *r.sample(EXTRA_POSTS, r.randint(1, 2))]
        for k, (post, major) in enumerate(posts, start=1):
            lines.append(
                f"{k}. {post}（{r.randint(1, 12)}人）：{major}专业，{r.choice(DEGREES)}学历。"
            )
        lo = r.randint(5, 9) * 1000
        lines.append(r.choice(PAY).format(lo, lo + r.randint(2, 6) * 1000))
        lines.append(f"简历投递：hr{self.n:02d}@{mail}.com.cn（邮件主题请注明“姓名+学校+岗位”）")
        return Art(name, lines, list(lines))

    # -- geological-hazard bulletin
    def hazard(self, cities: list[str]) -> Art:
        """A risk bulletin: the weather paragraph, ``一、预警区域`` with the orange and
        yellow zones, ``二、防范建议`` with ``1．`` items and the closing line.  The title
        and meta are set by the page maker."""
        r = self.r
        self.n += 1
        orange, yellow = cities[:2], cities[2:]
        lines = [
            f"据{GEO_MET[:3]}气象台预报，{r.choice(GEO_RAIN)}，我省中西部将出现一次明显降雨过程，"
            f"{r.choice(GEO_WHAT)}，最大小时雨强可达{self.n * 7 + 30}毫米。",
            "一、预警区域",
            f"橙色预警区（风险高）：{'、'.join(orange)}的山区乡镇，发生地质灾害的风险高。",
            f"黄色预警区（风险较高）：{'、'.join(yellow)}的部分地区，发生地质灾害的风险较高。",
            "二、防范建议",
        ]
        for k, do in enumerate(r.sample(GEO_DO, 3), start=1):
            lines.append(f"{k}．{do}，{r.choice(GEO_WHY)}。")
        lines.append(
            f"请各地自然资源主管部门密切关注雨情变化，{r.choice(GEO_DO)}，{r.choice(GEO_WHY)}。"
        )
        return Art("", lines, list(lines))

    # -- exam authority notice
    def duty(self) -> str:
        self.n += 1
        r = self.r
        return (
            f"{r.choice(EXAM_SUBJ)}{r.choice(EXAM_ACT)}{r.choice(EXAM_OBJ)}，"
            f"本轮共涉及考生{self.n * 113 + 900}人，{r.choice(EXAM_END)}。"
        )

    def exam(self, j: int) -> Art:
        """A notice: salutation, opening, three ``一、`` sections with ``（一）`` items, the
        hot-line, the authority and the date.  Meta: published, origin (set by the page
        maker), doc_number on even pages (also set there)."""
        r = self.r
        matter = EXAM_MATTERS[j]
        y, m, d = self.date()
        heads = EXAM_HEADS[j % 3]
        lines = [r.choice(EXAM_WHO)]
        lines.append(f"为做好{y}年{matter}工作，现将有关事项通知如下：")
        for k, head in enumerate(heads, start=1):
            lines.append(f"{'一二三'[k - 1]}、{head}")
            if k == 2:
                lines += [f"（{cn_small(x)}）{self.duty()}" for x in (1, 2)]
            else:
                lines.append(self.duty() + self.duty())
        lines.append(f"咨询电话：0{r.randint(810, 899)}-{r.randint(5000000, 8999999)}（工作日）。")
        lines += [EXAM_ORG, f"{y}年{m}月{d}日"]
        title = f"关于做好{y}年{matter}工作的通知"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- trade newsletter brief
    def brief(self, j: int) -> Art:
        """A brief: a datelined lead, a paragraph with a quote, a closing line.  Meta:
        published, author (the reporter, credited in the row under the brief)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"QINGPORT — {r.choice(EN_LEAD)}, and {r.choice(EN_MORE)} in the week to"
            f" Friday, with {self.n * 14 + 60} shipments logged.",
            f"“{r.choice(EN_QUOTE)},” {r.choice(EN_SAID)}. Since then {r.choice(EN_MORE)}.",
            f"{r.choice(EN_NEXT)}, and {self.n * 3 + 5} firms have asked for a briefing.",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(REPORTERS)}
        return Art(BRIEFS[j][1], lines, list(lines), meta)
