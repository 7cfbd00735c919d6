"""Words and text makers of :mod:`tests.families.blind_families_zi` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zi`` families repeats one of the earlier
families.  The rental listings' words are all in GBK (their pages are GBK-encoded) and the
syllabi's in GB18030.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a housing-rental site (栖榕租房网), HTML in GBK ------------------------------------
SITE_ZF = "栖榕租房网"
# (title, district > estate, rent, layout, area)
HOMES = [
    ("整租 · 滨江苑 两室一厅 南北通透 近地铁三号线", "鹭岸区 > 滨江苑", 3200, "2室1厅1卫", 78),
    ("合租 · 桂园小区 主卧带独立阳台 限女生", "榕北区 > 桂园小区", 1350, "3室1厅2卫", 16),
    ("整租 · 学府花园 一室户 拎包入住 可短租", "栖湖区 > 学府花园", 2100, "1室1厅1卫", 42),
    ("整租 · 翠岭新村 三室两厅 适合一家人居住", "翠岭区 > 翠岭新村", 4600, "3室2厅2卫", 118),
    ("合租 · 星河公寓 次卧朝南 步行十分钟到园区", "高新区 > 星河公寓", 1180, "4室1厅2卫", 13),
    ("整租 · 老城区沿河小院 一楼带花园", "鹭岸区 > 河埠头", 2800, "2室1厅1卫", 65),
    ("整租 · 榕湾国际 高层江景 精装修", "榕北区 > 榕湾国际", 5800, "2室2厅1卫", 96),
    ("整租 · 城南佳苑 两室 押一付一 房东直租", "城南区 > 城南佳苑", 2450, "2室1厅1卫", 71),
]
AGENTS = ["骆晓帆", "蒲云舟", "房东 钟女士", "沈一禾", "房东 宁先生", "甄可可"]
FIRMS_ZF = ["鹭岸置业", "榕城安居", "栖湖房产", "个人房东"]
ZF_WHERE = [
    "小区门口就是公交站，走路五分钟可以到地铁站",
    "楼下有菜市场和两家大型超市，生活非常方便",
    "周边有一所公办小学和一家社区医院",
    "小区绿化很好，晚上很安静，适合上班族居住",
]
ZF_ROOM = [
    "房间采光充足，全天都有阳光照进来",
    "家具家电齐全，冰箱洗衣机空调热水器都是去年新换的",
    "厨房可以正常开火做饭，卫生间干湿分离",
    "卧室带一个大衣柜，客厅还有一张可以办公的长桌",
]
ZF_TERM = [
    "租期最短一年，水电燃气按实际用量缴纳，物业费由房东承担",
    "不接受养宠物，不接受群租，入住前需要签订正式租赁合同",
    "网络费用由租客自理，房东可以协助办理宽带",
    "入住前会安排专业保洁，钥匙和门禁卡一起交接",
]

# -- a university's teaching affairs office (岑禾大学教务处), course syllabi ------------
UNIV = "岑禾大学"
OFFICE = "岑禾大学教务处"
# (course, code, school, major)
COURSES = [
    ("城市水文学", "HY2031", "资源环境学院", "水文与水资源工程"),
    ("食品微生物检验", "FS3012", "食品科学学院", "食品质量与安全"),
    ("数字电路设计", "EE2104", "电子信息学院", "电子信息工程"),
    ("园林植物识别", "LA1207", "园艺学院", "风景园林"),
    ("民法总论", "LW1003", "法学院", "法学"),
    ("市场调查与预测", "BM2210", "经济管理学院", "市场营销"),
    ("中国古代文学（一）", "CL1101", "文学院", "汉语言文学"),
    ("桥梁工程概论", "CE3021", "土木工程学院", "土木工程"),
]
CHAPTERS = ["绪论", "基本概念与原理", "常用方法", "典型案例分析", "实验与实践", "前沿与展望"]
SY_AIM = [
    "本课程是专业基础课，旨在使学生系统掌握本领域的基本理论和基本方法",
    "通过本课程的学习，学生应当能够独立分析和解决一般性的专业问题",
    "课程注重理论联系实际，培养学生严谨的科学态度和团队协作能力",
    "课程将思政元素融入教学全过程，引导学生树立正确的职业观念",
]
SY_HOW = [
    "教学中采用课堂讲授与小组讨论相结合的方式",
    "每章结束后布置课后习题并在下次课上集中讲评",
    "实验环节要求学生分组完成并提交完整的实验报告",
    "鼓励学生利用课程网站上的拓展材料进行自主学习",
]
SY_GRADE = [
    "课程总评成绩由平时成绩和期末考试成绩两部分组成",
    "平时成绩包括出勤、课堂表现、作业和实验报告",
    "期末考试采用闭卷笔试的方式，考试时间为一百二十分钟",
    "缺交作业超过三分之一者不得参加期末考试",
]
BOOK_PRESS = ["岑禾大学出版社", "澄江科学技术出版社", "岚泽教育出版社", "栖湾高等教育出版社"]
TEACHERS = ["温知远", "柏若岚", "钱慕白", "闻一舟", "阮清和", "简书语", "卓立新", "屈望舒"]

# -- an amateur rugby club (Lanwan Dragons RFC), English match reports -----------------
CLUB = "Lanwan Dragons"
RIVALS = [
    "Qiwan Pirates",
    "Cenhe University RFC",
    "Binjiang Wanderers",
    "Harbour City Hornets",
    "Lanze Lions",
    "Old Ferry Road RFC",
    "Cuiling Highlanders",
    "Riverside Ravens",
]
GROUNDS = ["Binjiang Park", "Harbour Fields", "Cenhe University Pitch 2", "Old Ferry Road"]
EN_TITLES = [
    "Dragons hold their nerve in the rain",
    "Late try steals the points on the road",
    "Forwards grind out a hard-earned win",
    "A tough afternoon against the league leaders",
    "Backs run riot in a ten-try thriller",
    "Derby day ends all square",
    "Second half comeback falls just short",
    "Scrum dominance sets up a bonus-point win",
    "Youngsters shine on their first start",
    "Home crowd roars the Dragons over the line",
]
EN_START = [
    "The visitors started brightly and camped in our half for the first ten minutes",
    "A greasy ball and a swirling wind made handling difficult for both sides",
    "We kicked off into a stiff breeze and had to defend for long spells",
    "Both packs traded heavy blows in an opening quarter full of penalties",
]
EN_TURN = [
    "the turning point came when our scrum-half spotted a gap around the fringes",
    "a charged-down kick gave the wingers a clear run to the corner",
    "patient phase play finally opened up the blind side",
    "a well-worked lineout drive rumbled over from five metres",
]
EN_END = [
    "The coaches were pleased with the defensive effort and the discipline at the breakdown",
    "There is plenty to work on at training before next weekend",
    "Thanks as always to the volunteers who marked the pitch and ran the bar",
    "The squad now has a week off before the cup fixture",
]
PLAYERS = ["Tom Wei", "Ollie Chen", "Sam Lau", "Jack Ho", "Ben Zhou", "Matt Tang", "Leo Fung"]
WRITERS_EN = ["Gary Lin", "Priya Shah", "Dan Okafor", "Helen Mo", "Rob Keane"]

# -- a city TV station's weekly programme previews (岚江广播电视台), UTF-16 text --------
STATION = "岚江广播电视台"
CHANNELS = ["新闻综合频道", "都市生活频道", "公共频道", "少儿频道"]
# (programme, episode title)
SHOWS = [
    ("《岚江讲坛》", "老城墙下的手艺人"),
    ("《乡村大舞台》", "戏台重开那一天"),
    ("《健康早知道》", "换季时节如何护好脾胃"),
    ("《岚江纪事》", "一条老街的百年变迁"),
    ("《周末去哪儿》", "沿着江岸骑行半日"),
    ("《小小发明家》", "会自己浇水的花盆"),
    ("《民生直通车》", "老旧电梯改造进展追踪"),
    ("《舌尖上的岚江》", "一碗米粉里的乡愁"),
    ("《法治在线》", "一张借条引出的纠纷"),
    ("《岚江讲坛》", "古渡口的兴衰往事"),
]
TV_WHO = ["省级非遗传承人", "市疾控中心专家", "社区老党员", "返乡创业青年", "退休中学教师"]
TV_NAMES = ["鲁晓岩", "房慧敏", "祁振东", "桑若琳", "乔一帆", "詹远山"]
TV_OPEN = [
    "本期节目中，摄制组走进城郊的一座老院落",
    "本期节目邀请到一位特别的嘉宾来到演播室",
    "镜头跟随记者的脚步，来到江边的一个小村庄",
    "本期节目将带领观众回到几十年前的老城区",
]
TV_WHAT = [
    "听他讲述几十年来坚守的故事",
    "看普通人如何用双手改变身边的生活",
    "了解一门老手艺在今天焕发的新活力",
    "一起探寻城市记忆中那些温暖的细节",
]
TV_TAIL = [
    "节目还将现场解答观众通过热线提出的问题",
    "节目最后，嘉宾还为观众准备了一份小小的惊喜",
    "敬请锁定频道，和我们一起走进这段难忘的旅程",
    "欢迎观众朋友届时收看，并通过客户端参与互动",
]


class GenZI(GenO):
    """Text makers for the ``zi`` families (deterministic from the seed)."""

    # -- rental listing
    def home(self, j: int) -> Art:
        """A listing's description: the place, the room, the terms, when to view.
        Meta: published, author (the agent or landlord)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        room = r.sample(ZF_ROOM, 3)
        term = r.sample(ZF_TERM, 2)
        lines = [
            f"{r.choice(ZF_WHERE)}，{room[0]}，房子{2008 + self.n}年交付，住着很省心。",
            f"{room[1]}，{room[2]}，上一任租客住了{self.n + 1}年，爱护得很好。",
            f"{term[0]}，{term[1]}。",
            "看房时间：工作日晚上七点以后，周末全天，请提前一小时预约。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(AGENTS)}
        return Art(HOMES[j][0], lines, list(lines), meta)

    # -- course syllabus
    def syllabus(self, j: int, hours: int) -> Art:
        """A syllabus: aims, the chapter plan with hours, the teaching, the grading, the
        books.  Meta: published, issuer (the school), author (执笔人)."""
        r = self.r
        course, _, school, major = COURSES[j]
        y, m, d = self.date()
        self.n += 1
        aim, aim2 = r.sample(SY_AIM, 2)
        lines = ["一、课程性质与教学目标"]
        lines.append(f"{aim}，面向{major}专业本科二年级学生开设。{aim2}，本课程共安排{hours}学时。")
        lines.append("二、教学内容与学时分配")
        chapters = [CHAPTERS[0]] + [CHAPTERS[c] for c in sorted(r.sample(range(1, 6), 3))]
        for c, name in enumerate(chapters, start=1):
            how, how2 = r.sample(SY_HOW, 2)
            lines.append(f"第{c}章　{name}（{r.choice([4, 6, 8])}学时）")
            lines.append(f"本章主要讲授{course}的{name}，{how}，{how2}。")
        lines.append("三、考核方式与成绩评定")
        g1, g2 = r.sample(SY_GRADE, 2)
        lines.append(f"{g1}，{g2}，平时成绩占百分之四十。")
        lines.append("四、推荐教材与参考书")
        for k in (1, 2):
            lines.append(
                f"{k}. 《{course}{['教程', '实用指南'][k - 1]}》，{r.choice(TEACHERS)}主编，"
                f"{r.choice(BOOK_PRESS)}，{y - k}年。"
            )
        meta = {"published": iso(y, m, d), "issuer": school, "author": r.choice(TEACHERS)}
        return Art(f"《{course}》课程教学大纲", lines, list(lines), meta)

    # -- match report
    def report(self, title: str, rival: str) -> Art:
        """A match report: the start, the turning point, the score detail, the player of
        the match, the close.  Meta: published (kick-off day), author (Words:)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{r.choice(EN_START)}, and {rival} took an early lead with a penalty.",
            f"Midway through the half {r.choice(EN_TURN)}, and {r.choice(PLAYERS)} added the"
            f" extras from wide out for a lead of {self.n + 3} points.",
            f"After the break {r.choice(EN_TURN)}. {r.choice(EN_END)}.",
            f"Player of the match: {r.choice(PLAYERS)}, for a huge shift in defence.",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(WRITERS_EN)}
        return Art(title, lines, list(lines), meta)

    # -- programme preview
    def preview(self, j: int, guest: str) -> Art:
        """A programme preview: the synopsis in two paragraphs.  Meta: published (the
        air day), author (编导)."""
        r = self.r
        _, title = SHOWS[j]
        y, m, d = self.date()
        self.n += 1
        what, what2 = r.sample(TV_WHAT, 2)
        tail, tail2 = r.sample(TV_TAIL, 2)
        lines = [
            f"{r.choice(TV_OPEN)}，{what}。这位{guest}已经在这一行干了{self.n + 18}年，{what2}。",
            f"{tail}，{tail2}。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(TV_NAMES)}
        return Art(title, lines, list(lines), meta)
