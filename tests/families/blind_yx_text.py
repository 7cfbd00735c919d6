"""Words and text makers of :mod:`tests.families.blind_families_yx` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yx`` families repeats one of the earlier
families.  The housing-lottery board's words are in GBK (its pages are GBK-encoded), the
outpatient-change notices' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

WEEK = "一二三四五六日"

# -- a city housing security centre's lottery results (岱溪市), HTML, GBK -----------------------
YH_CITY = "岱溪市"
YH_SITE = "岱溪市住房保障服务中心"
YH_PROJECTS = [
    "栖棠苑",
    "云汀花园",
    "禾风里",
    "望澜府",
    "锦屏家园",
    "枫桥新苑",
    "翠湾公寓",
    "鹿鸣雅居",
    "星汀小区",
    "澄湖人才公寓",
    "柳岸佳园",
    "青禾新村",
]
YH_KINDS = ["共有产权住房", "公共租赁住房", "保障性租赁住房", "人才安居住房"]
YH_UNITS = [
    "岱溪市住房保障服务中心",
    "岱溪市滨江区住房和城乡建设局",
    "岱溪市高新区人才服务局",
    "岱溪市东岭区住房保障所",
]
YH_NOTARY = ["岱溪市公证处", "岱溪市江城公证处", "岱溪市东岭公证处"]
YH_PLACE = [
    "市民服务中心二楼摇号大厅",
    "市住房保障服务中心一楼多功能厅",
    "高新区政务服务中心报告厅",
    "东岭区文化馆小剧场",
]
YH_WHY = [
    "按照本市保障性住房配租配售工作的统一安排",
    "根据项目房源筹集情况和申请家庭资格审核结果",
    "为确保分配过程公开、公平、公正",
]
YH_RULE = [
    "优先对象与一般对象分组排序",
    "三人及以上家庭与一至二人家庭分组排序",
    "符合条件的人才家庭单独成组排序",
]
YH_OBJ = [
    "公示期内如对摇号结果有异议，可向实施单位书面反映，逾期不予受理",
    "中签家庭须在规定时间内携带相关证件原件参加资格复核，逾期视为自动放弃",
    "未进入选房名单的家庭轮候资格继续保留，可参加后续批次摇号",
]
YH_SURNAME = list("韦庞卢汤阮樊鲍尹祁")
YH_GIVEN = list("芳磊琳涛婧斌颖峰萍辉")
YH_SIZE = ["一人户", "二人户", "三人户", "四人户", "五人户"]
YH_PAST = [
    "关于第二季度保障性租赁住房申请资格审核结果的公示",
    "岱溪市人才安居住房申请指南（2021年修订）",
    "上周摇号结果公示汇总",
    "关于公共租赁住房租金标准调整的通知",
    "共有产权住房选房须知",
]

# -- a customs anti-smuggling bureau's typical-case bulletins (汀澜), print preview, UTF-16 ---
JS_SITE = "汀澜海关缉私局"
# (case title, tag, goods, how it was found)
JS_CASES = [
    ("某贸易公司伪报品名走私冻品案", "冻品", "冷冻牛肉及牛副产品", "风险分析发现申报品名异常"),
    ("“水客”团伙绕关走私电子产品案", "电子", "手机及平板电脑", "旅检现场发现多人反复往返"),
    ("某船舶公司海上偷运成品油案", "成品油", "柴油", "海上巡查发现船舶夜间过驳"),
    ("旅客携带象牙制品进境案", "濒危物种", "象牙雕刻制品", "旅检通道机检图像异常"),
    ("某酒业公司低报价格走私进口葡萄酒案", "酒类", "瓶装葡萄酒", "稽查中发现成交价格明显偏低"),
    ("快件渠道夹藏走私卷烟案", "卷烟", "外国品牌卷烟", "快件监管现场查验发现夹藏"),
    ("跨境电商伪报贸易方式走私化妆品案", "化妆品", "面霜及精华液", "大数据比对发现订单异常"),
    ("某企业走私废塑料案", "固体废物", "废塑料颗粒", "查验发现货物与申报不符"),
    ("非设关地偷运活体石斑鱼案", "水产品", "活体石斑鱼", "岸线巡逻发现快艇靠泊"),
    ("某公司伪报原产地走私冻虾案", "冻品", "冷冻南美白虾", "单证审核发现原产地证明存疑"),
]
JS_STATUS = ["已判决", "已移送起诉", "行政处罚", "侦办中"]
JS_UNITS = [
    "汀澜海关缉私局西岸分局",
    "汀澜海关缉私局港区分局",
    "汀澜海关缉私局侦查一处",
    "汀澜海关缉私局机场分局",
    "汀澜海关缉私局法制处",
]
JS_WRITERS = ["滕晓川", "闵雅琴", "蒙建伟", "焦思睿", "庞立新", "骆嘉怡"]
JS_WHEN = [
    "缉私部门联合口岸监管部门开展专项行动",
    "缉私部门根据前期掌握的线索",
    "在打击走私“国门利剑”专项行动中",
]
JS_SPOT = ["在港区码头", "在一处私人仓库", "在旅检大厅", "在近岸海域", "在快件监管中心"]
JS_LESSON = [
    "企业应当如实申报进口货物的品名、价格和原产地，切勿心存侥幸",
    "走私行为扰乱市场秩序、危害公共安全，海关将始终保持高压严打态势",
    "社会公众发现走私违法犯罪线索，可拨打举报电话向海关缉私部门反映",
    "受雇参与走私同样要承担法律责任，切勿因贪图小利而以身试法",
]
JS_SURNAME = list("韦郑曹梁邵薛廖")

# -- a Taiwan memorial hospital's outpatient-change notices (瀾濱), print view, Big5 ----------
MZ_SITE = "瀾濱紀念醫院"
MZ_DEPTS = [
    "心臟內科",
    "胃腸肝膽科",
    "新陳代謝科",
    "骨科",
    "眼科",
    "小兒科",
    "皮膚科",
    "耳鼻喉科",
    "婦產科",
    "復健科",
]
MZ_UNITS = ["門診部", "醫務室", "內科部", "外科部"]
MZ_SURNAME = list("林陳黃張蔡許謝洪")
MZ_SESSION = ["上午", "下午", "夜間"]
MZ_ROOM = ["第3診", "第7診", "第12診", "第15診", "第21診"]
MZ_WHY = [
    "醫師須出席國際醫學會議",
    "醫師奉派前往偏鄉醫療站支援",
    "醫師臨時身體不適",
    "醫師參加專科醫師甄審口試",
    "配合院內診間整修工程",
]
MZ_HANDLE = [
    "本院將於三日內以簡訊通知改約時段",
    "可於原診次時段至一樓服務台辦理退掛或改掛",
    "慢性病連續處方箋病人可至藥局直接領藥，不受影響",
]
MZ_MORE = [
    "因近期就診人數增加，為縮短病人等候時間",
    "為服務平日無法前來就診之上班族",
    "配合季節性疾病高峰期",
]


class GenYX(GenO):
    """Text makers for the ``yx`` families (deterministic from the seed)."""

    # -- housing lottery result
    def lottery(
        self, project: str, kind: str, unit: str, notary: str, when: tuple[int, int, int]
    ) -> tuple[Art, list[str]]:
        """One project's result: the lead paragraph (it names the lottery day), the rule
        paragraph, the list line, one line per drawn family, the objection paragraph and
        the inquiry line; issuer the 实施单位.  Returns the article and its table cells."""
        r = self.r
        self.n += 1
        y, m, d = when
        batch = r.randint(1, 6)
        homes = r.randint(40, 400)
        apply = homes * r.randint(3, 9) + r.randint(0, 99)
        k = r.randint(4, 7)
        title = f"{project}{kind}第{batch}批次选房顺序号摇号结果公示"
        start, end = d + 2, d + 8
        lines = [
            f"{r.choice(YH_WHY)}，{unit}于{y}年{m}月{d}日在{r.choice(YH_PLACE)}对{project}"
            f"{kind}第{batch}批次{apply}户有效申请家庭进行了公开摇号，{notary}全程监督并"
            f"现场公证，摇号过程通过网络同步直播。",
            f"本次摇号采用计算机随机排序方式，{r.choice(YH_RULE)}，摇号结果即为选房顺序号。",
            f"现将前{k}位选房家庭名单公示如下（完整名单可在本中心一楼窗口查阅）：",
        ]
        for j in range(1, k + 1):
            name = f"{r.choice(YH_SURNAME)}*{r.choice(YH_GIVEN)}"
            code = f"GY{y % 100}{m:02d}{r.randint(10000, 99999)}"
            lines.append(f"{j:04d}　{code}　{name}　{r.choice(YH_SIZE)}")
        lines += [
            f"公示期为{m}月{start}日至{m}月{end}日，{r.choice(YH_OBJ)}。",
            f"咨询电话：0739-88{r.randint(10, 99)}××××",
        ]
        cells = [f"第{batch}批次", f"摇号日期 {iso(y, m, d)}", f"房源 {homes} 套"]
        cells.append(f"有效申请 {apply} 户")
        meta = {"issuer": unit, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), cells

    # -- anti-smuggling case
    def case(self, c: tuple[str, str, str, str], status: str, y: int, m: int) -> Art:
        """One case: ``案情简介：`` / ``处理结果：`` / ``警示：`` paragraphs (the labels stay);
        author the writer (执笔), doc_number the case code."""
        r = self.r
        title, _tag, goods, how = c
        self.n += 1
        when = r.randint(1, 12)
        year = y if when < m else y - 1
        qty = (
            f"{r.randint(12, 480)}吨"
            if "冻" in goods or "油" in goods
            else f"{r.randint(30, 900)}件"
        )
        value = r.randint(40, 3600)
        boss = f"{r.choice(JS_SURNAME)}某"
        k = r.randint(2, 7)
        caught = "当场扣留涉案运输工具" if status == "行政处罚" else f"抓获犯罪嫌疑人{k}名"
        lines = [
            f"案情简介：{year}年{when}月，{r.choice(JS_WHEN)}，{how}，随即{r.choice(JS_SPOT)}"
            f"开展查缉，现场查获{goods}{qty}，案值约人民币{value}万元，{caught}。",
        ]
        if status == "已判决":
            lines.append(
                f"处理结果：汀澜市中级人民法院以走私普通货物罪判处主犯{boss}有期徒刑"
                f"{r.randint(3, 9)}年，并处罚金人民币{r.randint(20, 300)}万元；其余被告人"
                f"分别被判处有期徒刑一年至三年不等。"
            )
        elif status == "已移送起诉":
            lines.append(
                f"处理结果：目前，缉私部门已将该案移送汀澜市人民检察院审查起诉，以{boss}为首的"
                f"{k}名犯罪嫌疑人均已被依法采取强制措施。"
            )
        elif status == "行政处罚":
            lines.append(
                f"处理结果：海关依法对当事人作出没收涉案货物并处罚款人民币{r.randint(5, 90)}万元"
                f"的行政处罚，当事人已全部履行完毕。"
            )
        else:
            lines.append(
                f"处理结果：案件正在进一步侦办中，{boss}等{k}名犯罪嫌疑人已被依法刑事拘留，"
                f"涉案资金流向正在核查。"
            )
        lines.append(f"警示：{r.choice(JS_LESSON)}。")
        code = f"JS-{y}-{r.randint(10, 199):03d}"
        meta = {"author": r.choice(JS_WRITERS), "doc_number": code}
        return Art(title, lines, list(lines), meta)

    # -- outpatient change
    def change(self, stamp: str, dept: str, day: tuple[int, int, int], post: str) -> Art:
        """One change: the reason paragraph, what booked patients do, the booking line;
        issuer the announcing unit, published the notice's day (before the clinic day)."""
        r = self.r
        self.n += 1
        y, m, d = day
        doc = f"{r.choice(MZ_SURNAME)}○○"
        sub = f"{r.choice(MZ_SURNAME)}○○"
        wd = WEEK[_weekday(y, m, d)]
        ses = r.choice(MZ_SESSION)
        room = r.choice(MZ_ROOM)
        when = f"{m}月{d}日（{wd}）{ses}"
        if stamp == "【休診】":
            title = f"{dept}{doc}醫師{when}門診休診"
            lead = (
                f"因{r.choice(MZ_WHY)}，{doc}醫師原訂{when}{room}門診暫停看診，造成不便，敬請見諒。"
            )
        elif stamp == "【代診】":
            title = f"{dept}{doc}醫師{when}門診由{sub}醫師代診"
            lead = (
                f"因{r.choice(MZ_WHY)}，{doc}醫師原訂{when}{room}門診改由本科{sub}醫師代為看診，"
                f"診間及看診時段不變。"
            )
        elif stamp == "【加診】":
            title = f"{dept}{doc}醫師{when}加開門診"
            lead = (
                f"{r.choice(MZ_MORE)}，{dept}{doc}醫師將於{when}於{room}加開門診一診次，"
                f"即日起開放網路及電話預約掛號。"
            )
        else:
            d2 = min(d + r.randint(1, 3), 28)
            wd2 = WEEK[_weekday(y, m, d2)]
            title = f"{dept}{doc}醫師{when}門診調至{m}月{d2}日（{wd2}）"
            lead = (
                f"因{r.choice(MZ_WHY)}，{doc}醫師原訂{when}{room}門診調整至{m}月{d2}日"
                f"（{wd2}）同一時段看診，原掛號序號保留不變。"
            )
        if stamp == "【加診】":
            then = (
                f"本診次開放名額{r.randint(2, 6) * 10}名，額滿為止；初診病人請攜帶健保卡及"
                f"身分證明文件，於看診前三十分鐘至一樓櫃檯報到。"
            )
        else:
            then = (
                f"已掛號之病人，{r.choice(MZ_HANDLE)}；如需改掛其他醫師，請於看診前一日撥打"
                f"掛號專線辦理，本院將竭誠為您服務。"
            )
        lines = [
            lead,
            then,
            f"掛號專線：(07)3317-{r.randint(1000, 9999)}　服務時間：週一至週五 08:00-17:00",
        ]
        py, pm, pd = (int(x) for x in post.split("-"))
        return Art(title, lines, list(lines), {"published": iso(py, pm, pd)})

    # -- place-name announcement
    def naming(self, j: int, org: str) -> tuple[Art, dict[str, str]]:
        """One announcement: the lead, one ``一、name：…，故名。`` entry per name, the
        start-of-use paragraph and ``特此公告。``; issuer, doc number and the signing date
        (成文) as metadata.  Returns the article and its facts (sign-off, post date)."""
        r = self.r
        self.n += 1
        area, what, names = DM_DOCS[j]
        y, m, d = self.date()
        no = f"岚民地〔{y}〕{r.randint(2, 19)}号"
        if what == "更名":
            old, new = names[0]
            title = f"关于{old}更名为{new}的公告"
            lines = [
                f"根据《岚溆市地名管理办法》的规定，经{r.choice(DM_APPROVE)}批准，现将{area}"
                f"{old}更名事项公告如下：",
                f"一、{old}更名为{new}。{names[1][1]}，原名与本市{names[1][0]}名称相近，"
                f"易造成群众误认，故予更名。",
            ]
        else:
            title = f"关于{area}{what}的公告"
            lines = [
                f"根据《岚溆市地名管理办法》和{r.choice(DM_PLAN)}，经{r.choice(DM_APPROVE)}批准，"
                f"现将{area}{what}事项公告如下：",
            ]
            spans = r.sample(DM_SPAN, len(names))
            for k, (name, why) in enumerate(names):
                lines.append(
                    f"{'一二三四'[k]}、{name}：{spans[k]}，全长约{r.randint(3, 24) * 100}米，"
                    f"规划红线宽{r.choice([16, 20, 24, 30, 36])}米。{why}，故名。"
                )
        lines += [
            f"上述地名自公告之日起启用，{r.choice(DM_WHO)}应在{r.choice(['三', '六'])}个月内"
            f"完成标志设置及相关证照、门牌的变更工作。",
            "特此公告。",
        ]
        post = r.randint(2, 9)
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        facts = {"sign": cn_date(y, m, d), "post": str(post)}
        return Art(title, lines, list(lines), meta), facts


def _weekday(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, d).weekday()


# -- a city civil affairs bureau's place-name announcements (岚溆市), HTML, UTF-8 with BOM ----
DM_SITE = "岚溆市民政局"
DM_ORGS = ["岚溆市民政局", "岚溆市地名委员会办公室", "岚溆市民政局"]
DM_APPROVE = ["岚溆市人民政府", "市地名委员会第三次全体会议", "市人民政府常务会议"]
DM_PLAN = ["《岚溆市中心城区地名规划》", "片区控制性详细规划", "《岚溆市道路桥梁命名规则》"]
DM_SPAN = [
    "东起滨湖大道，西至青梧街",
    "南起栖霞路，北至云锦大道",
    "西起临江路，东至高铁站前广场",
    "北起望岳路，南至南山公园北门",
    "东起科创二路，西至溆水东岸",
]
DM_WHO = [
    "各有关单位",
    "公安、交通运输、邮政等部门",
    "辖区街道办事处及相关物业服务企业",
]
# (area, what is named, [(name, why)] ; for 更名: [(old, new), (namesake, why)])
DM_DOCS = [
    (
        "溆水新区",
        "新建道路命名",
        [
            ("澜溪路", "因道路沿澜溪河走向"),
            ("栖鹭街", "因道路临近白鹭栖息湿地"),
            ("禾丰路", "取“禾稼丰登”之意"),
        ],
    ),
    ("老城片区", "更名", [("人民巷", "望春巷"), ("人民路", "该巷位于人民广场西侧")]),
    (
        "高铁新城",
        "新建道路命名",
        [("站前大道", "因道路通往高铁站前广场"), ("云轨路", "因道路与轨道交通线路平行")],
    ),
    (
        "南山片区",
        "新建桥梁命名",
        [("望岳桥", "因在桥上可远眺岳屏山"), ("溆南桥", "因桥梁位于溆水南段")],
    ),
    (
        "科创园区",
        "新建道路命名",
        [
            ("科创三路", "按园区道路序列编排"),
            ("智谷街", "因道路贯穿智谷产业园"),
            ("启明路", "取“启迪光明”之意"),
            ("芯源街", "因道路两侧集中布局芯片企业"),
        ],
    ),
    ("东岭镇", "更名", [("东岭大街", "岭东大道"), ("东岭路", "该路段已划入城区主干道网络")]),
    (
        "溆北片区",
        "新建道路命名",
        [("枫林路", "因道路两侧规划种植枫香林带"), ("北苑街", "因道路位于溆北居住区内")],
    ),
    (
        "滨湖新区",
        "新建公园广场命名",
        [("镜湖公园", "因公园水面平静如镜"), ("滨湖文化广场", "因广场临湖且配建文化设施")],
    ),
]
DM_PAST = [
    "岚溆市地名管理办法",
    "关于征求中心城区部分道路名称意见的公示",
    "岚溆市标准地名词典编纂工作方案",
    "关于规范住宅小区名称管理的通知",
    "上年度地名普查成果转化情况",
]
