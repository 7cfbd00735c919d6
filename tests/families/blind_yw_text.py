"""Words and text makers of :mod:`tests.families.blind_families_yw` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yw`` families repeats one of the earlier
families.  The rental-housing board's words are in GB18030, the place-name bureau's in GBK
(its pages are GBK-encoded), the typhoon desk's in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a university's scholarship-winner profiles (沄岭大学), HTML, UTF-8 with BOM ---------------
JX_SCHOOL = "沄岭大学"
JX_SITE = "沄岭大学学生工作部（处）"
# (college, majors)
JX_COLLEGES = [
    ("材料科学与工程学院", ["高分子材料与工程", "无机非金属材料工程"]),
    ("机电工程学院", ["机械设计制造及其自动化", "车辆工程"]),
    ("外国语学院", ["英语", "翻译"]),
    ("生命科学学院", ["生物技术", "生态学"]),
    ("经济与管理学院", ["会计学", "国际经济与贸易"]),
    ("数学与统计学院", ["数学与应用数学", "统计学"]),
    ("土木与水利工程学院", ["土木工程", "水利水电工程"]),
    ("音乐与舞蹈学院", ["音乐学", "舞蹈编导"]),
]
JX_SURNAME = list("韦覃莫蓝卢黎阮甘龙晏")
JX_GIVEN = ["晓晴", "思齐", "一帆", "若琳", "泽宇", "静怡", "明轩", "可欣", "嘉树", "语桐"]
JX_MOTTO = [
    "在实验台前读懂坚持",
    "把每一次失败写进笔记",
    "以热爱抵岁月漫长",
    "在山野与课堂之间奔跑",
    "做一颗会发光的螺丝钉",
    "向下扎根，向上生长",
    "让数字替自己说话",
    "不负晨光，不负自己",
    "从田埂走到讲台前",
]
JX_STUDY = [
    "入学以来，{n}始终把课堂当作主阵地，专业课平均成绩连续三年位列年级前百分之五",
    "刚进大学时，{n}的高等数学只考了六十多分，此后每天清晨六点半便到自习室补基础",
    "{n}习惯在每门课开课前把教材通读一遍，把疑问写在便签上，课后逐条找老师请教",
    "{n}是班里出了名的“错题本达人”，四年攒下的错题本摞起来有半人高",
    "因为家里经济条件有限，{n}一入学便在图书馆勤工助学，却从没因此落下一节课",
]
JX_STUDY2 = [
    "三年来累计修读学分一百四十余个，其中十二门课程成绩为满分",
    "大二起担任班级学习委员，组织同学开展考前互助答疑二十余场",
    "先后获得校级一等奖学金两次、优秀学生干部称号一次",
]
JX_LAB = [
    "大二下学期，{n}主动联系导师进入课题组，从清洗烧杯、记录数据做起",
    "在导师指导下，{n}牵头申报了一项省级大学生创新训练项目",
    "{n}和三名同学组队参加全国大学生专业竞赛，连续两个月吃住在实训楼",
    "大三那年，{n}跟随导师到企业蹲点调研，白天跑车间，晚上整理访谈记录",
    "为了一组关键数据，{n}在野外观测站守了整整一个寒假",
]
JX_LAB2 = [
    "最终以第一作者身份发表学术论文一篇，并获得一项实用新型专利授权",
    "团队作品在省赛中获得一等奖，并进入全国总决赛",
    "项目结题评价为优秀，相关成果已在合作企业试用",
]
JX_GIVE = [
    "课余时间，{n}是学院青年志愿者服务队的骨干，累计志愿服务时长超过三百小时",
    "每年暑假，{n}都会回到家乡所在的乡镇，为留守儿童开设免费的兴趣课堂",
    "{n}参与组建了校园旧书循环小站，两年间经手流转图书四千余册",
    "{n}还是学校心理健康协会的朋辈辅导员，每周固定两个晚上值守倾听热线",
    "疫情封控期间，{n}报名成为宿舍楼层的物资分发志愿者，连续服务四十余天",
]
JX_GIVE2 = [
    "被评为市级优秀志愿者",
    "带动身边二十多名同学加入其中",
    "相关事迹被校园媒体专题报道",
]
JX_WORDS = [
    "奖学金是对过去的肯定，更是对未来的提醒，我会把这份鼓励化作继续前行的底气。",
    "感谢老师和同学们一路的帮助，接下来我想把学到的东西用在真正需要的地方。",
    "没有谁生来就会，只是比别人多坚持了一点点，我希望学弟学妹们也相信这一点。",
    "这份荣誉属于整个课题组，我只是站在了大家搭好的台阶上。",
    "慢一点没关系，只要方向对了，每一步都算数。",
]
JX_WRITERS = ["黄思远", "梁雨婷", "邓佳琪", "韩子墨", "罗晓彤", "傅文静", "覃嘉豪"]
JX_PAST = ["2023年国家励志奖学金评审结果公示", "关于做好秋季学期家庭经济困难学生认定工作的通知"]
JX_PAST += ["勤工助学岗位招聘信息汇总（十一月）", "生源地信用助学贷款回执提交须知"]

# -- a city's public rental-housing allocation results (岑港市), print view, GB18030 -----------
PZ_CITY = "岑港市"
PZ_SITE = "岑港市住房保障服务中心"
# (project, district, road)
PZ_PROJECTS = [
    ("栖霞苑", "岑东区", "栖霞路"),
    ("枫桥新居", "滨湖区", "枫桥街"),
    ("锦绣家园三期", "岑东区", "锦绣大道"),
    ("青槐小区", "港北区", "青槐路"),
    ("沙井人才公寓", "沙井新区", "沙井二路"),
    ("望江花园", "滨湖区", "望江东路"),
    ("云塘安居苑", "港北区", "云塘大道"),
    ("白鹭湾公寓", "沙井新区", "鹭岛路"),
]
PZ_SURNAME = list("莫龚谭蒋韦苏卢邝钟冼")
PZ_GIVEN = list("芳强敏军丽勇静涛燕峰")
PZ_SITES = [
    "市公共资源交易中心开标二室",
    "市住房保障服务中心一楼大厅",
    "岑东区政务服务中心多功能厅",
]
PZ_NOTARY = ["岑港市公证处", "岑港市南城公证处"]
PZ_PEOPLE = ["龚志明", "卞玉洁", "苏建国", "蒋晓红", "邝立新", "冼淑贞"]
PZ_REST = [
    "本批未摇中的申请家庭继续保留轮候资格，轮候序号顺延至下一批次房源分配",
    "摇中家庭须在公示期满后十个工作日内签订租赁合同，逾期未签约的视为自动放弃",
    "候补家庭按摇号顺序号依次递补，递补结果将在本中心网站另行公布",
]
PZ_OBJ = [
    "对公示结果有异议的，可在公示期内以书面形式向本中心实名反映，并提供相关证明材料",
    "任何单位和个人发现公示家庭存在隐瞒收入、住房等情况的，可向本中心实名举报",
]

# -- a city civil-affairs bureau's place-name publicity (汀沅市), HTML, GBK --------------------
DM_CITY = "汀沅市"
DM_SITE = "汀沅市民政局"
# (kind, the things' word, names with their own line (what, from, to, size, why))
DM_ROADS = [
    ("栖云路", "东起滨江大道，西至云岫路，全长约1.6公里，规划红线宽度30米", "以北侧栖云山得名"),
    ("松涧街", "南起环城北路，北至松涧溪桥，全长约0.8公里，规划红线宽度18米", "沿松涧溪而行"),
    ("瑞丰路", "东起工业大道，西至纬三路，全长约2.1公里，规划红线宽度40米", "寓意产业兴旺"),
    ("槐荫巷", "南起老城西街，北至槐荫井，全长约0.3公里，宽6米", "沿用当地老地名"),
    ("汀兰大道", "东起汀沅大桥，西至高铁站前广场，全长约4.2公里，规划红线宽度50米", "取汀沅简称"),
    ("桑梓路", "东起芦湾村，西至新塘路，全长约1.2公里，规划红线宽度24米", "寄托乡土情怀"),
    ("砚池路", "南起文昌路，北至砚池公园，全长约0.9公里，规划红线宽度20米", "因临近砚池遗址"),
    ("鹭鸣街", "东起湿地公园南门，西至鹭鸣桥，全长约1.1公里，规划红线宽度22米", "湿地常有白鹭栖息"),
]
DM_BRIDGES = [
    ("沅溪一号桥", "跨越沅溪，连接栖云路南北两段，桥长126米", "按所跨水系和序号命名"),
    ("芦湾大桥", "跨越芦湾河，位于汀兰大道东段，桥长348米", "以所在村落芦湾得名"),
    ("古渡桥", "跨越老城护城河，原为渡口所在，桥长48米", "纪念原有古渡"),
    ("新塘桥", "跨越新塘渠，连接新塘路与桑梓路，桥长62米", "沿用所跨沟渠名称"),
]
DM_ESTATES = [
    ("岚湾名邸", "沅溪府", "位于栖云路与松涧街交会处东北侧，占地约5.6万平方米"),
    ("汀沅城投·云著", "云岫里", "位于汀兰大道北侧，占地约3.2万平方米"),
    ("金域华庭", "桑梓苑", "位于桑梓路南侧，占地约4.1万平方米"),
    ("滨江壹号", "江汀苑", "位于滨江大道西侧，占地约2.7万平方米"),
]
DM_WHY = [
    "为规范我市地名管理，满足城市建设和群众出行需要",
    "根据《汀沅市地名管理办法》的有关规定，结合城市总体规划和片区发展定位",
    "为做好新建道路的标志设置和门牌编制工作",
]
DM_ASK = [
    "经征求属地街道、规划、交通等部门意见，并经市地名委员会专家评审",
    "经实地踏勘和历史地名资料考证，并广泛听取沿线居民意见",
]
DM_OBJ = [
    "社会各界如对上述拟命名方案有不同意见，可在公示期内通过来信、电子邮件或电话等方式反馈",
    "公示期内，如有意见或建议，请以书面形式署真实姓名和联系方式，寄送至市民政局区划地名科",
]
DM_STAFF = ["邵敏", "柯立群", "喻晓芬", "闵振华"]
DM_MORE = ["关于公布第二批汀沅市地名文化遗产名录的通知", "汀沅市门牌号码编制工作规范（试行）"]
DM_MORE += ["关于开展不规范地名清理整治工作的公告", "2020年度汀沅市标准地名录", "地名证明办理指南"]

# -- a county government's typhoon desk (嵐峽縣), print view, Big5 ---------------------------
TF_COUNTY = "嵐峽縣"
TF_SITE = "嵐峽縣政府"
TF_NAMES = ["霽嵐", "汐螢", "蘆渚", "翠翎", "峴雀", "澐蛟", "棠燕", "岫鷗"]
TF_TOWNS = ["嵐峽市", "溪口鄉", "竹渚鎮", "鳳林鄉", "港尾鎮", "雲嶺鄉", "石碇鄉", "南灣鎮"]
# (stamp, the desk that posts it)
TF_KINDS = {
    "停班停課": "嵐峽縣政府人事處",
    "颱風警報": "嵐峽縣災害應變中心",
    "疏散撤離": "嵐峽縣政府社會處",
    "道路封閉": "嵐峽縣政府工務處",
    "災情通報": "嵐峽縣消防局",
}
TF_ROADS = ["縣道153線溪口橋段", "鳳林鄉產業道路", "雲嶺鄉林道5.2公里處", "港尾鎮濱海便道"]
TF_SAFE = [
    "請民眾儘量避免外出，切勿前往海邊、河川及山區從事釣魚、戲水或登山等活動",
    "請民眾提早收起陽臺盆栽及招牌等易被吹落物品，並檢查門窗是否牢固",
    "居住於低窪地區及山坡地的民眾，請隨時留意鄉鎮公所廣播，配合撤離勸導",
    "如遇停電、淹水或路樹倒塌等情形，請撥打災害應變中心專線通報",
]
TF_SHELTER = ["溪口國小活動中心", "竹渚鎮立體育館", "雲嶺鄉老人活動中心", "港尾鎮農會禮堂"]


class GenYW(GenO):
    """Text makers for the ``yw`` families (deterministic from the seed)."""

    deck: list[list[str]]

    # -- scholarship-winner profile
    def deal(self) -> None:
        """Shuffle the profile phrases for a new issue (no two profiles of one issue share
        a motto, an opening or the winner's words)."""
        self.deck = [self.r.sample(x, len(x)) for x in (JX_MOTTO, JX_STUDY, JX_LAB, JX_GIVE)]
        self.deck.append(self.r.sample(JX_WORDS, len(JX_WORDS)))

    def profile(self, name: str, college: str, writer: str) -> Art:
        """One profile: study, research and service paragraphs and the winner's words;
        author the writer (文)."""
        r = self.r
        self.n += 1
        motto, study, lab, give, words = (x.pop() for x in self.deck)
        title = f"{motto}——记{college}{name}"
        lines = [
            f"{study.format(n=name)}，{r.choice(JX_STUDY2)}。",
            f"{lab.format(n=name)}，{r.choice(JX_LAB2)}。",
            f"{give.format(n=name)}，{r.choice(JX_GIVE2)}。",
            f"获奖感言：“{words}”",
        ]
        return Art(title, lines, list(lines), {"author": writer})

    # -- rental-housing allocation result
    def allocation(self, project: tuple[str, str, str], no: str) -> tuple[Art, int]:
        """One result: the lottery paragraph, the ranked table (head and rows), the rest
        paragraph, the period and objection lines and the hotline; issuer the centre,
        doc_number the publicity number.  Returns the article and its unit count."""
        r = self.r
        name, district, road = project
        self.n += 1
        y, m, d = self.date()
        k = r.randint(3, 5)
        units = k + r.randint(0, 4)
        batch = r.randint(2, 6)
        title = f"关于{name}公共租赁住房第{batch}批配租结果的公示"
        draw = max(d - r.randint(1, 3), 1)
        lead = (
            f"按照本市公共租赁住房分配管理的有关规定，本中心于{m}月{draw}日在"
            f"{r.choice(PZ_SITES)}组织{name}（位于{district}{road}）第{batch}批房源公开摇号配租，"
            f"{r.choice(PZ_NOTARY)}派员现场监督，共有{units * 3 + r.randint(1, 9)}户轮候家庭参加，"
            f"现将配租结果公示如下。"
        )
        rows = ["顺序号　申请编号　　　申请人　人口　配租房号　面积（㎡）"]
        for j in range(1, k + 1):
            who = f"{r.choice(PZ_SURNAME)}*{r.choice(PZ_GIVEN)}"
            room = f"{r.randint(1, 12)}-{r.randint(2, 18)}{r.randint(1, 4):02d}"
            rows.append(
                f"{j:02d}　　　GZ{y}-{r.randint(100, 999):04d}　{who}　　{r.randint(1, 5)}"
                f"　　{room}　　{r.randint(380, 640) / 10:.1f}"
            )
        end = datetime.date(y, m, d) + datetime.timedelta(days=8)
        lines = [
            lead,
            *rows,
            f"以上为本批次前{k}名摇中家庭，其余结果详见现场公告栏。{r.choice(PZ_REST)}。",
            f"公示期：{y}年{m}月{d}日至{end.year}年{end.month}月{end.day}日（5个工作日）。",
            f"{r.choice(PZ_OBJ)}，本中心将依法依规予以核实处理。",
            f"监督电话：0745-28{r.randint(10, 99)}××××",
        ]
        meta = {"issuer": PZ_SITE, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), units

    # -- place-name publicity
    def naming(self, kind: str, j: int, y: int, m: int, d: int) -> Art:
        """One notice: the lead, one line per proposed name and its reason (roads and
        bridges) or the old and new estate names, the objection paragraph, the contact line
        and the sign-off (the bureau and its 成文 date)."""
        r = self.r
        self.n += 1
        lines: list[str] = []
        if kind == "道路":
            picks = r.sample(DM_ROADS, r.randint(2, 4))
            title = f"关于拟命名{picks[0][0]}等{len(picks)}条道路名称的公示"
            lines.append(
                f"{r.choice(DM_WHY)}，{r.choice(DM_ASK)}，现将{len(picks)}条新建道路的"
                f"拟命名方案予以公示，具体如下。"
            )
            for k, (nm, where, why) in enumerate(picks, start=1):
                lines.append(f"{k}．{nm}：{where}。命名理由：{why}。")
        elif kind == "桥梁":
            picks = r.sample(DM_BRIDGES, r.randint(2, 3))
            title = f"关于拟命名{picks[0][0]}等{len(picks)}座桥梁名称的公示"
            lines.append(
                f"{r.choice(DM_WHY)}，{r.choice(DM_ASK)}，现将{len(picks)}座新建桥梁的"
                f"拟命名方案予以公示，具体如下。"
            )
            for k, (nm, where, why) in enumerate(picks, start=1):
                lines.append(f"{k}．{nm}：{where}。命名理由：{why}。")
        else:
            old, new, where = DM_ESTATES[j % len(DM_ESTATES)]
            title = f"关于“{old}”住宅小区拟更名为“{new}”的公示"
            lines.append(
                f"根据建设单位申请，{r.choice(DM_ASK)}，拟将“{old}”住宅小区更名为“{new}”，"
                f"现予以公示。"
            )
            lines.append(f"该小区{where}，原推广名称含有夸大、洋化等不规范用语。")
            lines.append("更名理由：拟用名称取自周边历史地名，与所在片区的命名体系相协调。")
        end = datetime.date(y, m, d) + datetime.timedelta(days=9)
        lines.append(
            f"公示期为{y}年{m}月{d}日至{end.year}年{end.month}月{end.day}日。{r.choice(DM_OBJ)}，"
            f"逾期未提出异议的，视为无异议。"
        )
        lines.append(
            f"联系人：{r.choice(DM_STAFF)}　联系电话：0739-85{r.randint(10000, 99999)}"
            f"　电子邮箱：dmk{r.randint(10, 99)}@tingyuan.example.cn"
        )
        return Art(title, lines, list(lines), {"issuer": DM_SITE})

    # -- typhoon desk message
    def message(self, kind: str, storm: str, when: tuple[int, int, int, str], nth: int) -> Art:
        """One message of the typhoon desk: a lead, one or two fact lines, the safety
        paragraph; origin the desk that posts it, published the posting day."""
        r = self.r
        self.n += 1
        y, m, d, _ = when
        towns = r.sample(TF_TOWNS, 3)
        if kind == "停班停課":
            nx = datetime.date(y, m, d) + datetime.timedelta(days=1)
            nxt = f"{nx.month}月{nx.day}日"
            title = f"本縣{nxt}停止上班、停止上課"
            lines = [
                f"颱風{storm}暴風圈預計於今日深夜接近本縣，依據天然災害停止上班及上課作業規定，"
                f"經綜合評估各鄉鎮風雨情形，本府宣布{nxt}全縣停止上班、停止上課。",
                f"適用範圍：本縣{len(TF_TOWNS)}鄉鎮市全區，含各級學校及公私立機關。",
            ]
        elif kind == "颱風警報":
            title = f"颱風{storm}海上陸上警報發布，本縣災害應變中心提升為一級開設"
            lines = [
                f"氣象主管機關已於今日發布颱風{storm}海上陸上警報，本縣為警戒區域，"
                f"縣長已指示災害應變中心自即時起提升為一級開設，各局處首長進駐待命。",
                f"應變中心專線：(03)932-{r.randint(1000, 9999)}，二十四小時受理災情通報。",
            ]
        elif kind == "疏散撤離":
            n = r.randint(30, 260)
            title = f"{towns[0]}及{towns[1]}低窪地區預防性撤離，已收容{n}人"
            lines = [
                f"為防範颱風{storm}帶來豪雨造成淹水及土石流，{towns[0]}及{towns[1]}"
                f"已完成沿海及山區低窪地區居民預防性撤離，目前共收容{n}人。",
                f"開設收容處所：{'、'.join(r.sample(TF_SHELTER, 2))}。",
            ]
        elif kind == "道路封閉":
            road = r.choice(TF_ROADS)
            title = f"{road}因落石坍方預警性封閉"
            lines = [
                f"受颱風{storm}外圍環流影響，{road}邊坡出現落石情形，"
                f"為確保用路人安全，工務處已於今日實施預警性封閉，恢復通行時間另行公告。",
                f"替代道路：請改行{towns[2]}市區道路，並注意現場交通指揮人員指示。",
            ]
        else:
            t, w = r.randint(3, 40), r.randint(1, 9)
            title = f"颱風{storm}第{nth}次災情統計，路樹倒塌{t}處"
            lines = [
                f"截至發布時間止，本縣因颱風{storm}共通報路樹倒塌{t}處、招牌掉落{w}處，"
                f"消防局已派員前往處理，目前尚無人員傷亡報告。",
                f"停電情形：{towns[0]}、{towns[1]}部分地區停電，電力公司正搶修中。",
            ]
        lines.append(f"{r.choice(TF_SAFE)}，以確保自身安全。")
        return Art(title, lines, list(lines), {"origin": TF_KINDS[kind], "published": iso(y, m, d)})
