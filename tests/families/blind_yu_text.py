"""Words and text makers of :mod:`tests.families.blind_families_yu` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yu`` families repeats one of the earlier
families.  The subsistence-allowance list's words are in GBK (its pages are GBK-encoded),
the metro notices' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a community's minimum-subsistence (低保) publicity list (望湖社区), print view, GBK --------
DB_STREET = "岑溪街道"
DB_COMMUNITY = "望湖社区"
DB_COMMITTEE = "岑溪街道望湖社区居民委员会"
DB_SURNAME = list("谢籍覃莫滕皮甄阙舒农")
DB_GIVEN = "明华芬强珍良秀军凤林"
DB_KINDS = ["新增", "调整", "停保"]
DB_ILL = [
    "本人患慢性肾病需定期透析，医疗支出较大",
    "配偶因脑梗后遗症长期卧床，需要专人照料",
    "本人为二级肢体残疾，无法从事正常劳动",
    "儿子患先天性心脏病，术后仍需长期服药",
    "本人下岗后一直靠打零工维持生活，收入极不稳定",
]
DB_FAMILY = [
    "配偶无固定工作，女儿在校就读",
    "与年迈的母亲共同生活",
    "独自抚养一名未成年子女",
    "配偶在附近超市做临时保洁，收入微薄",
]
DB_CHANGE = [
    "该户儿子已于今年年初在本市一家物流企业稳定就业",
    "该户经复核家庭月人均收入已超过本市低保标准",
    "户主已于本月迁出本社区并在外地落户",
]
DB_WHY_UP = [
    "该户配偶今年新确诊重病，家庭刚性支出明显增加",
    "该户女儿今年考入大学，家庭教育支出增加",
    "该户原在外务工的成员因伤返乡，家庭收入大幅减少",
]
DB_CLERKS = ["甄丽萍", "阙国栋", "舒晓岚", "莫春生"]

# -- a public-resources trading centre's bid-winner candidate notices (澄江市), HTML -----------
HX_SITE = "澄江市公共资源交易中心"
# (project, tenderer, agency, kind of work)
HX_PROJECTS = [
    ("澄江市滨河路排水管网改造工程", "澄江市住房和城乡建设局", "滇南建设项目管理有限公司", "施工"),
    ("澄江市第三人民医院门诊楼装修工程", "澄江市第三人民医院", "云岭招标代理有限公司", "施工"),
    ("龙潭镇高标准农田建设项目（二标段）", "澄江市农业农村局", "昆衡工程咨询有限公司", "施工"),
    ("澄江市城区智慧停车系统建设项目", "澄江市城市管理局", "滇南建设项目管理有限公司", "货物"),
    ("抚仙中学学生宿舍楼新建工程监理", "澄江市抚仙中学", "云岭招标代理有限公司", "监理"),
    ("澄江市乡村公路安全生命防护工程", "澄江市交通运输局", "昆衡工程咨询有限公司", "施工"),
    ("澄江市老旧小区改造项目勘察设计", "澄江市住房和城乡建设局", "明湖招标有限公司", "勘察设计"),
    ("右所镇集镇供水管网延伸工程", "澄江市水务局", "明湖招标有限公司", "施工"),
]
HX_BIDDERS = [
    "澄江路桥建设有限公司",
    "滇中市政工程有限公司",
    "云岭建工集团有限公司",
    "抚仙湖建设工程有限公司",
    "昆明衡达建筑工程有限公司",
    "玉溪通衢建设有限公司",
    "滇东南水利水电工程有限公司",
]
HX_LEADERS = ["唐文斌", "晏国华", "邵立新", "蒲志远", "阮卫东", "饶振宇"]
HX_METHOD = ["综合评估法", "经评审的最低投标价法", "综合评分法"]

# -- a forestry bureau's fire-danger forecasts (岭西市), text, UTF-16 ------------------------
FX_BUREAU = "岭西市林业局"
FX_COUNTIES = ["青岗县", "白沙县", "石门县", "云溪区", "松岭县", "桃坪县"]
# (level, danger, burnability)
FX_LEVELS = [
    ("二", "较低危险", "较难燃烧"),
    ("三", "中度危险", "可以燃烧"),
    ("四", "高度危险", "容易燃烧"),
    ("五", "极度危险", "极易燃烧"),
]
FX_LEAD = ["明天全市大部林区", "预计明日全市林区", "明天我市北部林区", "未来24小时全市林区"]
FX_SKY = ["以晴为主", "晴到少云", "多云间晴", "阴转多云"]
FX_WIND = ["西北风3到4级", "北风2到3级", "偏北风4到5级，阵风6级", "东北风3级左右"]
FX_TREND = [
    "受弱冷空气影响，明天全市晴转多云",
    "明天高压控制，全市天气晴好",
    "明天午后北部林区风力加大",
]
FX_TIP = [
    "各地要严格落实野外火源管控措施，林区严禁烧荒、烧纸、燃放烟花爆竹等一切野外用火",
    "护林员要加密重点时段、重点部位的巡山频次，发现火情及时报告",
    "各扑火队伍要保持临战状态，做好物资储备和人员值守",
    "进山人员要自觉接受检查，不得携带火种进入林区",
]
FX_PEOPLE = ["柯雨晴", "巫建平", "殷晓峰", "卜秀兰", "伏志明"]

# -- a metro company's service-change notices (汐灣捷運, Taiwan), HTML, Big5 ------------------
YY_SITE = "汐灣捷運"
# (line, from station, to station)
YY_LINES = [
    ("綠線", "G07 大園站", "G12 海湖站"),
    ("藍線", "B03 港仔站", "B09 中正站"),
    ("綠線", "G15 興南站", "G19 坑口站"),
    ("橘線", "O02 後湖站", "O06 汐灣車站"),
    ("藍線", "B11 文心站", "B14 新港站"),
]
# (kind, title pattern, what changes, alternative); a 班距調整 runs on, the others end
YY_KINDS = [
    (
        "施工調整",
        "配合軌道維修，{line}{a}至{b}{md}單線雙向行駛",
        "該區間改採單線雙向行駛，列車班距由6分鐘調整為12分鐘",
        "旅客可改搭接駁公車，接駁站位設於各車站1號出口",
    ),
    (
        "延長營運",
        "配合{b}周邊大型活動，{line}{md}延長營運至翌日凌晨1時",
        "末班車發車時間延後至凌晨1時，深夜時段班距約10分鐘",
        "活動散場時段請依現場人員引導分流進站",
    ),
    (
        "車站封閉",
        "{b}3號出口{md}暫停使用",
        "該出口電扶梯進行汰換工程，出口封閉期間暫停進出",
        "旅客可改由2號或4號出口進出車站",
    ),
    (
        "班距調整",
        "{line}{md}起平日離峰時段班距調整",
        "平日上午10時至下午4時離峰時段班距由7分鐘調整為8分鐘",
        "尖峰時段班距維持不變，請旅客預留搭乘時間",
    ),
]
YY_CAUSE = [
    "為確保行車安全並提升乘車品質",
    "為配合年度設備維護計畫",
    "因應近期旅運需求變化",
]
YY_UNITS = ["行車調度中心", "營運處", "站務處", "公共事務室"]


class GenYU(GenO):
    """Text makers for the ``yu`` families (deterministic from the seed)."""

    # -- low-income household
    def household(self, kind: str) -> tuple[str, int, Art]:
        """One household's publicity: family, means check, council vote, amount, period;
        returns (the masked head of household, the family size, the piece)."""
        r = self.r
        self.n += 1
        name = r.choice(DB_SURNAME) + "*" + r.choice(DB_GIVEN)
        size = r.randint(1, 4)
        y, m, d = self.date()
        vote = max(d - r.randint(1, 3), 1)
        total = r.randint(9, 13)
        yes = total - r.randint(0, 2)
        income = r.randint(280, 690)
        nxt = m % 12 + 1
        end = datetime.date(y, m, d) + datetime.timedelta(days=6)
        if kind == "新增":
            title = f"关于{name}家庭新增城市最低生活保障的公示"
            first = (
                f"家庭情况：申请人{name}，现年{r.randint(31, 72)}岁，家庭共同生活成员{size}人，"
                f"{r.choice(DB_ILL)}，{r.choice(DB_FAMILY)}。"
            )
            money = f"拟保障金额：每月{size * r.randint(380, 520)}元，自{nxt}月起发放。"
        elif kind == "调整":
            title = f"关于{name}家庭调整最低生活保障金额的公示"
            first = (
                f"家庭情况：{name}家庭为本社区在册低保户，家庭共同生活成员{size}人，"
                f"{r.choice(DB_WHY_UP)}，经申请进行重新核定。"
            )
            old = size * r.randint(200, 300)
            new = old + r.randint(2, 6) * 60
            money = f"拟调整金额：由每月{old}元调整为每月{new}元，自{nxt}月起执行。"
        else:
            title = f"关于{name}家庭停发最低生活保障金的公示"
            first = (
                f"家庭情况：{name}家庭原为本社区在册低保户，家庭共同生活成员{size}人，"
                f"{r.choice(DB_CHANGE)}，不再符合保障条件。"
            )
            money = f"拟停发时间：自{nxt}月起停发低保金。"
        lines = [
            first,
            f"核查情况：经入户调查和经济状况信息比对，该户月人均收入{income}元，"
            f"家庭财产状况已逐项核实，调查结果由申请人签字确认。",
            f"评议结果：{m}月{vote}日社区组织民主评议，应到评议代表{total}人，"
            f"实到{total}人，{yes}人同意。",
            money,
            f"公示期：{y}年{m}月{d}日至{end.year}年{end.month}月{end.day}日。",
        ]
        meta = {"issuer": DB_COMMITTEE, "published": iso(y, m, d)}
        return name, size, Art(title, lines, list(lines), meta)

    # -- bid-winner candidates
    def candidates(self, i: int) -> tuple[list[str], Art]:
        """A candidate notice's text: 一、…四、 heads, the evaluation paragraph, three ranked
        candidate lines, the objection paragraphs and two contact lines; returns (the
        facts table's cells, the notice)."""
        r = self.r
        self.n += 1
        project, buyer, agent, work = HX_PROJECTS[i]
        y, m, d = self.date()
        opened = max(d - r.randint(3, 6), 1)
        end = min(d + 2, 28)
        bidders = r.sample(HX_BIDDERS, 3)
        leaders = r.sample(HX_LEADERS, 3)
        price = r.randint(800000, 9000000)
        no = f"CJ{'GC' if work == '施工' else 'ZX'}-{y}-{r.randint(100, 999):04d}"
        ranks = "一二三"
        lines = [
            "一、评标情况",
            f"本项目于{y}年{m}月{opened}日在{HX_SITE}开标，共有{r.randint(4, 11)}家投标人"
            f"递交投标文件，评标委员会由{r.choice([5, 7])}人组成，采用{r.choice(HX_METHOD)}"
            f"进行评审。",
            "二、中标候选人",
            *[
                f"第{ranks[k]}中标候选人：{b}；"
                f"投标报价：{price + k * r.randint(9000, 60000)}.00元；"
                f"项目负责人：{w}"
                for k, (b, w) in enumerate(zip(bidders, leaders, strict=True))
            ],
            "三、公示期",
            f"公示期自{y}年{m}月{d}日至{y}年{m}月{end}日，投标人或者其他利害关系人对评标结果"
            f"有异议的，应当在公示期内以书面形式向招标人提出。",
            "异议书应当由法定代表人或者授权代表签字并加盖单位公章，无正当理由或者逾期提出的，"
            "招标人不予受理。",
            "四、联系方式",
            f"招标人：{buyer}　联系人：{r.choice('李王周何')}工　"
            f"电话：0877-{r.randint(6000000, 6999999)}",
            f"招标代理机构：{agent}　联系人：{r.choice('陈罗施孔')}工　"
            f"电话：0871-{r.randint(6300000, 6899999)}",
        ]
        cells = [
            "项目编号",
            no,
            "项目名称",
            project,
            "招标人",
            buyer,
            "招标代理机构",
            agent,
            "开标时间",
            f"{y}-{m:02d}-{opened:02d} 09:30",
        ]
        meta = {"published": iso(y, m, d), "doc_number": no, "issuer": buyer}
        return cells, Art(f"{project}中标候选人公示", lines, list(lines), meta)

    # -- fire-danger forecast
    def forecast(self, level: tuple[str, str, str], author: str, dry: int) -> Art:
        """One day's forecast: the weather so far, the outlook, the per-county levels under
        a head and the fire-prevention tip."""
        r = self.r
        self.n += 1
        lv, danger, burn = level
        title = f"{r.choice(FX_LEAD)}森林火险等级为{lv}级，属{danger}"
        lines = [
            title,
            f"天气实况：今天全市{r.choice(FX_SKY)}，午后最低相对湿度{r.randint(18, 45)}%，"
            f"林区{r.choice(FX_WIND)}，连续无有效降水日数已达{dry}天。",
            f"预报意见：{r.choice(FX_TREND)}，午后相对湿度{r.randint(20, 40)}%左右，"
            f"林下可燃物{burn}，{'森林火险形势严峻' if lv in '四五' else '仍需做好防范'}。",
            "各县（区）火险等级：",
        ]
        idx = [x[0] for x in FX_LEVELS].index(lv)
        for c in r.sample(FX_COUNTIES, 3):
            other = FX_LEVELS[max(0, min(3, idx + r.randint(-1, 1)))]
            lines.append(f"{c}　{other[0]}级　{other[1]}　{other[2]}")
        lines.append(f"防火提示：{r.choice(FX_TIP)}。")
        return Art(title, lines[1:], lines[1:], {"author": author})

    # -- metro service change
    def change(self, where: tuple[str, str, str], kind: tuple[str, str, str, str]) -> Art:
        """One service change: the cause paragraph, three labelled lines and the apology."""
        r = self.r
        self.n += 1
        line, a, b = where
        name, pat, what, alt = kind
        y, m, d = self.date()
        start = min(d + r.randint(3, 9), 27)
        md = f"{m}月{start}日"
        title = pat.format(line=line, a=a[4:], b=b[4:], md=md)
        lines = [
            f"{r.choice(YY_CAUSE)}，本公司訂於{y}年{m}月{start}日起辦理{name}作業，"
            f"影響範圍為{line}{a}至{b}之間，相關安排說明如下。",
            f"調整時段：{m}月{start}日起之平日（例假日班距不變）"
            if name == "班距調整"
            else f"調整時段：{m}月{start}日（首班車起）至{m}月{start + 1}日（末班車止）",
            f"調整內容：{what}。",
            f"替代方案：{alt}。",
            "相關資訊請洽24小時客服專線，或留意車站廣播及本公司官方網站最新公告，造成不便，敬請見諒。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})
