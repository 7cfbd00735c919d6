"""Words and text makers of :mod:`tests.families.blind_families_yy` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yy`` families repeats one of the earlier
families.  The tax-credit board's words are all in GB18030 (its pages are GB18030-encoded).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a province tax service's A-grade taxpayer lists (澜屿省), HTML, GB18030 undeclared -----
XY_SITE = "澜屿省税务局"
# (district, its short code for the doc number)
XY_AREAS = [
    ("柘岭区", "柘"),
    ("沅港区", "沅"),
    ("青箬县", "箬"),
    ("桐溆县", "溆"),
    ("鹭汀区", "汀"),
    ("苇川县", "苇"),
    ("岑湾区", "岑"),
    ("栖梧县", "梧"),
]
XY_HEAD = ["澜屿", "柘岭", "沅港", "青箬", "桐溆", "鹭汀", "苇川", "岑湾", "栖梧", "汇岚"]
XY_MID = ["精工", "众禾", "海澄", "联丰", "启明", "瑞桥", "嘉禾", "汀兰", "晟远", "和畅"]
XY_TRADE = ["机械有限公司", "食品股份有限公司", "物流有限公司", "建材有限公司", "纺织有限公司"]
XY_TRADE += ["电子科技有限公司", "农业发展有限公司", "医药连锁有限公司", "包装制品厂"]
XY_LEAD = [
    "根据纳税信用管理的有关规定，经纳税人自评、主管税务机关评价和复核",
    "按照年度纳税信用评价工作安排，经系统初评、人工复核和结果确认",
    "依据纳税信用评价指标和评价方式，经本局纳税信用评价工作小组审核",
]
XY_GOOD = [
    "A级纳税人可按规定享受发票按需领用、涉税事项绿色通道办理等激励措施，并由税务机关向相关部门推送名单实施联合激励",
    "名单内纳税人在评价年度内如发生偷税、逃避追缴欠税等失信行为，本局将依法重新评价并调整其信用级别",
    "连续三年被评为A级的纳税人，主管税务机关将为其指定专门的纳税服务人员，提供个性化的办税辅导",
]
XY_ASK = [
    "纳税人对评价结果有异议的，可在公告发布之日起十个工作日内向主管税务机关书面提出复评申请",
    "社会公众可通过本局网站信用查询栏目核对名单，发现名单有误的，请及时向本局纳税服务股反映",
]

# -- a city sports centre's venue notices (岫阳市), print view, UTF-8 with BOM ----------------
CG_SITE = "岫阳市体育中心"
# (venue, what changes, the title's tail)
CG_ITEMS = [
    ("游泳馆", "每日开放时间延长至晚上九时三十分", "游泳馆延长每日开放时间"),
    ("综合训练馆", "羽毛球场地改为提前三天在线预约", "调整综合训练馆羽毛球场地预约方式"),
    ("体育场外环跑道", "因更换塑胶面层暂停对外开放", "体育场外环跑道暂停开放"),
    ("网球中心", "夜场灯光费标准下调为每小时四十元", "网球中心夜场收费标准调整"),
    ("全民健身广场", "每周一上午设备检修期间暂停使用健身器材", "全民健身广场器材检修安排"),
    ("篮球馆", "周末全天场地优先向青少年培训班开放", "篮球馆周末场地使用安排"),
    ("乒乓球馆", "新增十二张球台并开放散客计时预约", "乒乓球馆新增球台开放预约"),
    ("攀岩馆", "首次入场人员须参加三十分钟安全培训", "攀岩馆首次入场安全培训要求"),
    ("游泳馆", "深水区开放前须现场查验深水合格证", "游泳馆深水区入场查验证件"),
    ("体育馆主馆", "承接大型活动期间暂停散客健身服务", "体育馆主馆大型活动期间暂停开放"),
]
CG_DEPT = ["场馆运营部", "综合服务部", "游泳馆管理处", "安全保卫部", "会员服务部"]
CG_WHY = [
    "为更好满足市民健身需求，提高场馆利用效率",
    "根据场馆年度维护保养计划",
    "为保障广大健身群众的人身安全，规范场馆使用秩序",
    "结合近期市民来电来访反映的意见建议",
]
CG_HOW = [
    "市民可通过“岫阳体育”小程序或场馆服务台预约，每人每次最多预约两个时段",
    "已预约受影响时段的用户，系统将自动退款，请留意短信通知",
    "持年卡的会员可凭会员卡直接入场，次卡用户请到服务台核销",
]
CG_SAFE = [
    "请健身群众遵守场馆管理规定，听从工作人员指挥，爱护场馆设施",
    "入场前请做好热身准备，患有心脑血管疾病等不宜剧烈运动的人员请勿参加高强度运动",
    "场馆内严禁吸烟，禁止携带宠物和易燃易爆物品入内",
]

# -- a province's veterinary drug recall board (沅江省), HTML, UTF-8 declared by http-equiv ---
SY_SITE = "沅江省农业农村厅"
# (drug, its form and strength, the fault found)
SY_DRUGS = [
    ("盐酸多西环素可溶性粉", "100g:10g", "含量测定不符合规定"),
    ("阿莫西林可溶性粉", "100g:20g", "有关物质超出标准限度"),
    ("伊维菌素注射液", "100ml:1g", "可见异物检查不符合规定"),
    ("黄芪多糖注射液", "50ml", "性状与标准描述不符"),
    ("氟苯尼考粉", "100g:10g", "含量测定不符合规定"),
    ("恩诺沙星注射液", "100ml:5g", "pH值超出规定范围"),
    ("替米考星预混剂", "500g:100g", "检出非标示成分"),
    ("双黄连口服液", "500ml", "相对密度不符合规定"),
    ("磺胺间甲氧嘧啶钠注射液", "10ml:1g", "装量不符合规定"),
    ("板青颗粒", "500g", "水分超出标准限度"),
]
SY_FIRMS = [
    "沅川动保科技有限公司",
    "澄禾兽药有限公司",
    "岚桥生物药业有限公司",
    "苍梧动物保健品有限公司",
    "汀州华牧药业有限公司",
    "栖霞康禾兽药厂",
]
SY_WHO = ["韦海平", "覃丽君", "莫建新", "甘晓峰", "卞玉兰", "阎志刚"]
SY_WAY = [
    "经省兽药质量监督检验站监督抽检",
    "经企业自检复核",
    "经县级畜牧兽医部门在经营环节抽样送检",
]
SY_LEVEL = ["一级召回", "二级召回", "三级召回"]
SY_ASK = [
    "请各地畜牧兽医主管部门督促辖区内兽药经营企业立即停止销售该批产品，并协助企业做好召回工作",
    "已购买该批产品的养殖场户请立即停止使用，与经销商或生产企业联系退换，不得自行处理",
    "企业应在召回完成后十个工作日内将召回总结报告报送所在地畜牧兽医主管部门",
]

# -- a district education bureau's enrollment-zone plans (汀湖区), print view, UTF-16 --------
XQ_AREA = "汀湖区"
XQ_ORG = "汀湖区教育局"
XQ_SCHOOLS = {
    "小学": ["澄溪小学", "汀湖实验小学", "桂园小学", "青柳小学", "鹭洲小学", "新桥小学"],
    "初中": ["汀湖中学", "桂园初级中学", "鹭洲学校初中部", "汀湖实验学校", "青柳中学"],
}
XQ_ROADS = ["青桐路", "滨湖大道", "桂园街", "新桥路", "鹭洲南路", "柳湾巷", "汀江东路", "学府路"]
XQ_ROADS += ["文昌路", "澄溪河", "环湖北路", "百花巷"]
XQ_WHY = [
    "根据义务教育法和省市关于做好义务教育招生入学工作的有关要求",
    "为进一步规范义务教育阶段招生入学秩序，保障适龄儿童少年依法接受义务教育",
    "结合本区学校布局调整和新建住宅小区交付使用情况",
]
XQ_RULE = [
    "学区划分坚持免试就近入学原则，综合考虑学校办学规模、适龄人口分布和交通条件等因素，力求做到相对稳定、动态调整",
    "学区范围以道路、河流等明显地理标识为界，同一住宅小区原则上划入同一学区，避免出现一个小区对应多所学校的情况",
]
XQ_NEED = [
    "适龄儿童少年须凭法定监护人的户籍和本学区内的房屋产权证明办理入学登记，入学资格以登记截止时的信息为准",
    "学区内报名人数超过学校招生计划时，由区教育局统筹安排到邻近学校就读，并提前向家长做好解释说明",
    "各学校要严格按照本方案招生，不得擅自扩大或缩小招生范围，不得以任何形式组织入学考试",
]


class GenYY(GenO):
    """Text makers for the ``yy`` families (deterministic from the seed)."""

    # -- A-grade taxpayer list announcement
    def rating(self, area: str, short: str, year: int) -> Art:
        """One district's list: the lead, one line per taxpayer, the incentive paragraph,
        the objection paragraph and the inquiry line; issuer, doc_number, published."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        k = r.randint(3, 6)
        org = f"{area}税务局"
        no = f"{short}税信〔{y}〕{r.randint(2, 19)}号"
        firms: list[str] = []
        while len(firms) < k:
            f = f"{r.choice(XY_HEAD)}{r.choice(XY_MID)}{r.choice(XY_TRADE)}"
            if f not in firms:
                firms.append(f)
        code = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        rows = [
            f"{j}．{f}　　纳税人识别号：91{''.join(r.choice(code) for _ in range(16))}"
            for j, f in enumerate(firms, start=1)
        ]
        lines = [
            f"{r.choice(XY_LEAD)}，现将本{area[-1]}{year}年度纳税信用评价为A级的{k}户纳税人"
            f"名单予以公告。",
            *rows,
            f"{r.choice(XY_GOOD)}。",
            f"{r.choice(XY_ASK)}。",
            f"咨询电话：0739-86{r.randint(10000, 99999)}（{area}税务局纳税服务股）",
        ]
        title = f"{org}关于公布{year}年度纳税信用A级纳税人名单的公告"
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    # -- venue notice
    def venue(self, item: tuple[str, str, str]) -> tuple[Art, datetime.date]:
        """One notice: the scope line, the why paragraph, how to book, the safety paragraph
        and the service-desk line; issuer the department, published its day.  Returns the
        article and the day the change takes effect (a few days after it is posted)."""
        r = self.r
        place, change, tail = item
        self.n += 1
        y, m, d = self.date()
        eff = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 9))
        when = f"{eff.month}月{eff.day}日"
        lines = [
            f"适用场馆：{place}　　生效日期：{eff.year}年{when}",
            f"{r.choice(CG_WHY)}，经研究决定，自{when}起，{place}{change}，"
            f"具体安排如下，请广大健身群众相互转告。",
            f"{r.choice(CG_HOW)}，每日最早可预约的时段为上午八时。",
            f"{r.choice(CG_SAFE)}，由此给您带来的不便敬请谅解。",
            f"服务台电话：0812-66{r.randint(10000, 99999)}　　服务时间：每日8:00—21:30",
        ]
        title = f"关于{tail}的公告" if r.random() < 0.6 else f"{tail}的通知"
        meta = {"issuer": r.choice(CG_DEPT), "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), eff

    # -- veterinary drug recall
    def recall(self, drug: tuple[str, str, str], firm: str) -> Art:
        """One recall: the product row, the reason, the level and scope, the request
        paragraph and the contact line; origin the firm, published the stamp row's day."""
        r = self.r
        name, spec, fault = drug
        self.n += 1
        y, m, d = self.date()
        made = datetime.date(y, m, d) - datetime.timedelta(days=r.randint(40, 400))
        lot = made.strftime("%y%m%d")
        title = f"{firm}主动召回批号为{lot}的{name}"
        lines = [
            f"产品名称：{name}　　规格：{spec}　　批号：{lot}",
            f"{r.choice(SY_WAY)}，该批{name}{fault}，存在影响用药安全的风险，"
            f"企业已决定对该批产品实施主动召回。",
            f"召回级别：{r.choice(SY_LEVEL)}　　"
            f"召回范围：本省及周边{r.randint(2, 6)}个省份的经销网点",
            f"{r.choice(SY_ASK)}。",
            f"企业联系人：{r.choice(SY_WHO)}　　联系电话：0736-58{r.randint(10000, 99999)}",
        ]
        return Art(title, lines, list(lines), {"origin": firm, "published": iso(y, m, d)})

    # -- enrollment-zone plan
    def zones(self, year: int, level: str) -> tuple[Art, str]:
        """One plan: the lead, ``一、`` heads, one ``（一）school：东至…`` line per school,
        the requirement paragraphs and the inquiry line.  Returns the article (issuer,
        doc_number, published) and the plan's lead paragraph."""
        r = self.r
        self.n += 1
        m, d = r.randint(4, 6), r.randint(1, 28)
        schools = r.sample(XQ_SCHOOLS[level], r.randint(3, 5))
        zone = []
        for j, s in enumerate(schools, start=1):
            e, s_, w, n = r.sample(XQ_ROADS, 4)
            zone.append(f"（{'一二三四五'[j - 1]}）{s}：东至{e}，南至{s_}，西至{w}，北至{n}。")
        lead = (
            f"{r.choice(XQ_WHY)}，结合本区实际，现将{year}年{XQ_AREA}义务教育阶段公办{level}"
            f"学区划分方案公布如下。"
        )
        lines = [
            lead,
            "一、划分原则",
            f"{r.choice(XQ_RULE)}。",
            "二、学区范围",
            *zone,
            "三、有关要求",
            *(f"{x}。" for x in r.sample(XQ_NEED, 2)),
            f"咨询电话：0735-22{r.randint(10000, 99999)}（区教育局基础教育科）",
        ]
        no = f"汀教发〔{year}〕{r.randint(11, 68)}号"
        title = f"{XQ_AREA}{year}年义务教育阶段公办{level}学区划分方案"
        meta = {"issuer": XQ_ORG, "doc_number": no, "published": iso(year, m, d)}
        return Art(title, lines, list(lines), meta), lead
