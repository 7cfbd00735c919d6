"""Words and text makers of :mod:`tests.families.blind_families_zu` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zu`` families repeats one of the earlier
families.  The county council's words are traditional letters that Big5 (cp950) can write;
the extension centre's words are in GB18030 and UTF-16 (its pages alternate).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

WEEK = "一二三四五六日"

# -- an agricultural technology extension centre's field-service logs (澧川县), text --------
RZ_CENTRE = "澧川县农业技术推广中心"
RZ_COUNTY = "澧川县"
RZ_TOWNS = ["石门桥镇", "白鹭湾乡", "柑子园镇", "云台山乡", "梅溪镇", "双河口乡"]
RZ_VILLAGES = ["青岗村", "竹篙塘村", "上坪村", "桃源湾村", "新屋场村", "枫树垭村", "洞口村"]
RZ_AGENTS = ["覃明远", "向春兰", "谷立新", "伍卫东", "龚小芹", "田家禾"]
RZ_RANK = ["农艺师", "高级农艺师", "助理农艺师", "推广研究员"]
RZ_WEATHER = ["晴", "多云", "晴转多云", "阴", "小雨转阴", "阵雨"]
# (log title, crop, service object)
RZ_LOGS = [
    ("指导柑橘园做好春梢期病虫防控", "柑橘", "丰源柑橘专业合作社"),
    ("查看早稻秧田立枯病发生情况", "早稻", "种粮大户向某某"),
    ("帮助茶园农户修剪老化茶蓬", "茶叶", "云雾茶业家庭农场"),
    ("为油菜收割前的田间测产做准备", "油菜", "村集体经济合作社"),
    ("到蔬菜基地示范水肥一体化操作", "蔬菜", "绿田蔬菜种植基地"),
    ("指导稻虾共作田块调控水位", "稻虾", "金穗稻虾养殖合作社"),
    ("检查玉米地草地贪夜蛾诱捕设施", "玉米", "种粮大户田某某"),
    ("讲解猕猴桃溃疡病冬季清园要点", "猕猴桃", "碧峰猕猴桃专业合作社"),
    ("协助脐橙果园安装杀虫灯", "脐橙", "南岗脐橙种植户协会"),
    ("现场示范再生稻头季留桩高度", "再生稻", "禾丰农机服务队"),
    ("回访烟叶移栽后的返苗情况", "烟叶", "烟农互助组"),
    ("培训村级植保员识别稻飞虱", "水稻", "村级植保服务站"),
]
RZ_WITH = ["乡农技站站长", "村里的植保员", "县植保站的同事", "合作社的技术员"]
RZ_SEEN = [
    "部分植株叶片背面已经出现零星虫卵",
    "田间排水沟大多被杂草堵住，积水退得很慢",
    "前期施肥偏重，长势旺但抗倒伏能力不足",
    "有三分之一的地块还没有按要求清沟沥水",
    "土壤偏酸，根系发育明显不如邻近地块",
]
RZ_WHY = [
    "主要是近期连续阴雨、田间湿度过大造成的",
    "和农户为了省工减少了巡田次数有很大关系",
    "与去年秋冬清园不彻底、病源残留较多有关",
    "根源在于品种搭配不合理、播种时间偏晚",
]
RZ_ADV = [
    "抓住晴好天气及时开沟排湿",
    "按照每亩用量的下限交替用药",
    "先摘除病叶病果集中带出田外处理",
    "把追肥时间往后推迟一周左右",
    "在田边安插黄板监测虫口密度",
]
RZ_SENT = [
    "防治技术明白纸",
    "用药配比表",
    "现场拍的对照照片",
    "操作步骤的短视频",
]
RZ_GROUP = ["村里的种植户微信群", "合作社的工作群", "乡农技服务群"]
RZ_FEEL = [
    "以前只知道多打药，这次才弄明白什么时候打最管用",
    "按这个办法做下来能省不少人工",
    "希望技术员以后每个月都能来地里看看",
    "心里总算有了底，准备先在两亩地里试一试",
]
RZ_NEXT = [
    "跟踪记录防治前后的虫口变化",
    "把这家的做法整理成案例在全乡推广",
    "联系县植保站送一批诱虫板过来",
    "帮合作社对接农资企业争取优惠价格",
]

# -- a university academic-affairs office's notice board (岑州理工大学), HTML --------------
JW_SCHOOL = "岑州理工大学"
JW_OFFICE = "岑州理工大学教务处"
JW_SECTIONS = ["教务处考务科", "教务处教学运行科", "教务处学籍管理科", "教务处实践教学科"]
JW_WRITERS = ["邬静怡", "韩承泽", "阮书宁", "祁明哲", "柏雨萱", "施远航"]
JW_TEACHERS = ["潘老师", "卢老师", "宋老师", "殷老师"]
# (category, notice title, the matter, the two attachments)
JW_NOTICES = [
    (
        "考务通知",
        "关于2023—2024学年第一学期期末考试安排的通知",
        "本学期期末考试",
        ["期末考试安排总表.xlsx", "监考人员名单汇总表.xlsx"],
    ),
    (
        "选课通知",
        "关于做好下学期本科生网上选课工作的通知",
        "下学期网上选课",
        ["选课操作指南.pdf", "各专业课程开设计划.xlsx"],
    ),
    (
        "学籍管理",
        "关于开展本科生转专业报名工作的通知",
        "本科生转专业报名",
        ["转专业申请表.docx", "各学院接收计划一览表.xlsx"],
    ),
    (
        "实践教学",
        "关于组织毕业设计（论文）中期检查的通知",
        "毕业设计中期检查",
        ["中期检查情况汇总表.docx", "抽查指标说明.pdf"],
    ),
    (
        "考务通知",
        "关于报名参加全国大学英语四六级考试的通知",
        "四六级考试报名",
        ["报名流程说明.pdf", "特殊考生申请表.docx"],
    ),
    (
        "教学运行",
        "关于调整国庆节假期期间教学安排的通知",
        "国庆节假期教学调整",
        ["调课对照表.xlsx", "教室使用变更清单.xlsx"],
    ),
    (
        "学籍管理",
        "关于核对应届毕业生学业成绩与学分的通知",
        "应届毕业生成绩核对",
        ["学分核对确认表.docx", "成绩更正申请表.docx"],
    ),
    (
        "实践教学",
        "关于申报校级大学生创新训练项目的通知",
        "大学生创新训练项目申报",
        ["项目申报书.docx", "项目汇总表.xlsx"],
    ),
]
JW_UNIT = ["各学院（部）", "各学院教学办公室", "各系部及有关单位", "各学院、各有关部门"]
JW_DO = [
    "请各学院提前做好宣传动员",
    "请各教学办公室指定专人负责",
    "请辅导员及时提醒本班学生",
    "请各任课教师按时登录系统核对",
]
JW_HOW = [
    "严格按照时间节点完成各项工作",
    "做到信息准确、不错不漏",
    "遇到问题及时与教务处对应科室联系",
    "确保工作平稳有序推进",
]
JW_WHY = [
    "为进一步规范教学管理，保障人才培养质量",
    "根据学校本学期教学工作安排",
    "按照学校教学运行管理的有关规定",
    "为做好学生服务，提高工作效率",
]

# -- a city real-estate registration centre's registration announcements (汀岳市), HTML ------
BD_CITY = "汀岳市"
BD_CENTRE = "汀岳市不动产登记中心"
BD_KINDS = ["首次登记", "转移登记", "更正登记", "证书作废", "注销登记"]
BD_ESTATES = [
    "锦江花园",
    "滨湖名邸",
    "学府雅居",
    "青云里",
    "沙河湾小区",
    "望城东苑",
    "枫林新村",
]
BD_ROADS = ["迎宾大道", "芙蓉路", "建设南路", "河西街", "新桥路"]
BD_OWNERS = ["刘某某", "邓某", "彭某某", "欧阳某某", "曾某", "贺某某", "易某", "廖某某"]
BD_WHY = {
    "首次登记": "申请人提交的权属来源材料齐全，经实地查看，权属界址清楚、面积准确",
    "转移登记": "该不动产经人民法院生效判决确认归申请人所有，申请人据此申请办理转移登记",
    "更正登记": "原登记簿记载的房屋面积与实测结果不一致，权利人申请予以更正",
    "证书作废": "权利人原持有的不动产权证书因保管不善已经遗失，无法收回",
    "注销登记": "该房屋已因城市更新项目整体拆除，不动产已经灭失",
}
BD_ACT = {
    "首次登记": "拟予办理不动产首次登记",
    "转移登记": "拟予办理不动产转移登记",
    "更正登记": "拟予办理不动产更正登记",
    "证书作废": "拟宣布原不动产权证书作废",
    "注销登记": "拟予办理不动产注销登记",
}

# -- a Taiwan county council's minutes, proposals (澄嶼縣議會), text in Big5 ------------------
YS_COUNCIL = "澄嶼縣議會"
YS_MEMBERS = ["林玉珊", "陳志豪", "黃美惠", "張建宏", "吳淑芬", "蔡明哲", "許雅婷", "鄭國良"]
# (category, cause = the title, the office asked)
YS_CASES = [
    ("教育", "為改善偏鄉學童上下學交通安全，建請縣府增設通學步道", "教育處"),
    ("交通", "為紓解市區假日停車問題，建請縣府增設公有立體停車場", "交通旅遊處"),
    ("農業", "為協助果農因應颱風損失，建請縣府加速核發農業災害救助", "農業處"),
    ("社會", "為照顧獨居長者，建請縣府擴大辦理送餐及關懷訪視服務", "社會處"),
    ("工務", "為維護行車安全，建請縣府全面檢修濱海公路路燈", "工務處"),
    ("衛生", "為提升偏遠地區醫療品質，建請縣府增設巡迴醫療站", "衛生局"),
    ("環保", "為改善河川水質，建請縣府加強查緝畜牧廢水違規排放", "環境保護局"),
    ("觀光", "為推廣在地特色產業，建請縣府於港區辦理漁產品展售活動", "交通旅遊處"),
    ("民政", "為便利民眾洽公，建請縣府於週六上午開放戶政及地政櫃檯", "民政處"),
    ("教育", "為充實國民中小學體育設施，建請縣府補助整修老舊操場跑道", "教育處"),
    ("財政", "為減輕基層負擔，建請縣府檢討調降鄉鎮公所應分擔經費比例", "財政處"),
    ("消防", "為強化山區救災能量，建請縣府增購小型消防救護車", "消防局"),
]
YS_SEEN = [
    "本席近日走訪地方，民眾反映此一問題已存在多年",
    "據了解，相關單位雖曾規劃改善，但迄今仍未見具體進度",
    "地方鄉親多次陳情，盼縣府能正視並儘速處理",
    "依去年度統計資料顯示，相關案件數量仍逐年增加",
]
YS_NEED = [
    "實有必要由縣府統籌規劃並編列經費辦理",
    "如能及早因應，將可有效減少民眾生命財產損失",
    "此舉不僅能照顧弱勢，也有助於地方發展",
    "宜參考其他縣市作法，研擬可行方案",
]
YS_WAY = [
    "請縣府於下年度預算中優先編列相關經費。",
    "請縣府邀集相關單位會勘後，提出具體改善計畫。",
    "請縣府於三個月內研擬辦法，並向本會提出書面報告。",
]
YS_VIEW = ["照案通過。", "修正通過，送請縣府研處。", "送請縣府參考辦理。"]


def weekday_cn(y: int, m: int, d: int) -> str:
    import datetime

    return WEEK[datetime.date(y, m, d).weekday()]


class GenZU(GenO):
    """Text makers for the ``zu`` families (deterministic from the seed)."""

    # -- field-service log
    def field_log(self, log: tuple[str, str, str], town: str, village: str) -> Art:
        """Three paragraphs: the visit, what was found and advised, the farmer's word."""
        r = self.r
        self.n += 1
        title, crop, obj = log
        adv = r.sample(RZ_ADV, 2)
        hour = r.choice(["上午九点", "上午十点多", "下午两点", "下午三点半", "早上八点"])
        lines = [
            f"{hour}，我和{r.choice(RZ_WITH)}一起来到{town}{village}，"
            f"实地查看{obj}的{crop}生产情况，共走了{self.n + 3}块地。",
            f"现场查看发现，{r.choice(RZ_SEEN)}，{r.choice(RZ_WHY)}。我建议{adv[0]}，"
            f"同时{adv[1]}，并把{r.choice(RZ_SENT)}发到了{r.choice(RZ_GROUP)}里。",
            f"服务对象反馈说，{r.choice(RZ_FEEL)}。下一步我将{r.choice(RZ_NEXT)}，"
            f"计划{r.randint(5, 15)}天后再来回访。",
        ]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- academic-affairs notice
    def school_notice(self, i: int) -> Art:
        """Salutation, an opening paragraph, three ``一、`` sections (a ``1.`` list in the
        second), a contact line, the attachment list and the office's sign-off."""
        r = self.r
        _, title, matter, files = JW_NOTICES[i]
        y, m, d = self.date()
        did = r.sample(JW_DO, 3)
        lines = [
            f"{r.choice(JW_UNIT)}：",
            f"{r.choice(JW_WHY)}，经研究，现将{y}年{matter}有关事项通知如下，"
            f"请各单位认真组织，{r.choice(JW_HOW)}。",
            "一、时间安排",
            f"{matter}工作自{m}月{d}日开始，至{m}月{min(d + r.randint(7, 20), 28)}日结束，"
            f"逾期系统将自动关闭，{did[0]}，{r.choice(JW_HOW)}。",
            "二、工作要求",
            f"1.{did[1]}，相关材料于规定时间内报送教务处。",
            f"2.{did[2]}，对学生提出的问题耐心解答。",
            f"3.各单位要{r.choice(JW_HOW)}，不得擅自更改时间安排。",
            "三、其他事项",
            f"未尽事宜请与{JW_SECTIONS[i % 4][3:]}联系，"
            f"联系人：{r.choice(JW_TEACHERS)}，联系电话：0736-58{r.randint(10000, 99999)}。",
            "附件：",
            f"1.{files[0]}",
            f"2.{files[1]}",
            "教务处",
            f"{y}年{m}月{d}日",
        ]
        meta = {
            "published": iso(y, m, d),
            "origin": JW_SECTIONS[i % 4],
            "author": r.choice(JW_WRITERS),
        }
        return Art(title, lines, list(lines), meta)

    # -- registration announcement
    def registration(self, kind: str, no: int) -> tuple[Art, list[str]]:
        """The opening paragraph, the party table's cells (returned apart, six cells:
        three heads and three values), the objection paragraph and the sign-off."""
        r = self.r
        self.n += 1
        who = r.choice(BD_OWNERS)
        estate = r.choice(BD_ESTATES)
        room = f"{r.randint(1, 12)}栋{r.randint(1, 3)}单元{r.randint(2, 18)}0{r.randint(1, 4)}室"
        place = f"{BD_CITY}{r.choice(BD_ROADS)}{estate}{room}"
        area = f"{r.randint(60, 140)}.{r.randint(10, 99)}"
        y, m, d = self.date()
        title = f"关于{who}{kind}的公告（第{no:04d}号）"
        lines = [
            f"经查，坐落于{place}的不动产，{BD_WHY[kind]}。根据《不动产登记暂行条例实施细则》"
            f"的有关规定，{BD_ACT[kind]}，现予公告。",
        ]
        cells = ["权利人", "坐落", "建筑面积（㎡）", who, place, area]
        lines += cells
        lines += [
            f"如对上述登记事项有异议，请自本公告之日起{r.choice(['十五', '十'])}个工作日内，"
            f"持书面材料到{BD_CENTRE}登记窗口提出，逾期无异议的，我中心将依法办理。",
            BD_CENTRE,
            f"{y}年{m}月{d}日",
        ]
        meta = {"published": iso(y, m, d), "issuer": BD_CENTRE}
        return Art(title, lines, list(lines), meta), cells

    # -- council proposal
    def proposal(self, case: tuple[str, str, str]) -> Art:
        """``說明：`` and two ``一、`` paragraphs, ``辦法：`` and the review lines (content);
        the ``案由：`` row is the title row (made by the page)."""
        r = self.r
        self.n += 1
        _, cause, office = case
        need = r.sample(YS_NEED, 2)
        lines = [
            "說明：",
            f"一、{r.choice(YS_SEEN)}，受影響民眾約有{self.n * 40 + 300}人，{need[0]}。",
            f"二、經洽詢{office}，該單位表示將另案研議，惟迄今尚無明確時程，{need[1]}。",
            f"辦法：{r.choice(YS_WAY)}",
            f"審查意見：{r.choice(YS_VIEW)}",
            "決議：照審查意見通過。",
        ]
        return Art(cause, lines, list(lines))
