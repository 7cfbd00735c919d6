"""Words and text makers of :mod:`tests.families.blind_families_zh` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zh`` families repeats one of the earlier
families.  The course catalogue is written in traditional letters (its pages are UTF-16).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# a user group's mailing-list digest (蓼汀开源用户组), UTF-8 text
LIST = "liaoting-users"
MAILERS = ["钟离秀", "包晓岚", "蔺书恒", "Ivan Petrosyan", "谷雨桐", "Mara Lindqvist"]
MAILERS += ["殷志远", "冼慕白", "栾清溪", "Dev Ramanathan"]
SUBJECTS = [
    "编译时提示找不到头文件",
    "新版安装包在旧笔记本上无法启动",
    "升级后输入法在终端里失灵",
    "外接显示器分辨率识别不对",
    "镜像站同步突然变慢",
    "能否给配置文件加一个深色主题选项",
    "机房断电后集群的恢复步骤",
    "新成员报到，顺便问个驱动问题",
    "打包脚本在不同发行版上的差异",
    "休眠唤醒后无线网卡消失",
]
MDID = ["我在自己的旧台式机上", "按照维基上的步骤", "昨晚升级完系统以后", "换了一块新硬盘之后"]
MDID += ["照着手册第三章", "在实验室的虚拟机里"]
MSAW = ["终端里一直刷同一条警告", "进度条卡在百分之七十不动", "日志里找不到任何报错"]
MSAW += ["重启两次都是一样的结果", "风扇转得特别响"]
MTRY = ["清掉缓存重新来过也没用", "换回上一个版本就正常了", "把权限改了一遍还是不行"]
MTRY += ["搜了列表的历史存档没找到类似情况"]
MASK = ["想请教大家有没有遇到过", "不知道是不是我漏了哪一步", "麻烦熟悉这块的朋友帮忙看看"]
MASK += ["想听听大家的意见"]
MEN = ["The full log is on the wiki page, see section {}."]
MEN += ["Tested on two machines, same result both times ({} runs)."]
MEN += ["I can share the config file if needed, it is about {} lines."]
MREPLY = ["你这个情况我上个月也碰到过", "看描述应该是依赖版本不匹配", "这个问题在新版里已经修过了"]
MREPLY += ["去年列表里有人发过类似的求助"]
MFIX = ["先把旧的软件包卸干净再装", "在配置里把那个选项关掉", "手动指定一下头文件的路径"]
MFIX += ["等下周的补丁版本出来再升级"]

# a county's standing-meeting minutes (蓼汀县人民政府), GB18030 text from the PDF
COUNTY = "蓼汀县"
OFFICE = "蓼汀县人民政府办公室"
HEADS = ["县长范书言", "常务副县长柯如松", "副县长鞠晚晴"]
ROOMS_M = ["县政府第一会议室", "县政府三楼会议室", "县行政中心五楼会议室"]
DEPTS_M = ["县住房和城乡建设局", "县农业农村局", "县教育局", "县市场监督管理局"]
DEPTS_M += ["县交通运输局", "县水利局", "县卫生健康局", "县自然资源局"]
DEPTS_M += ["县发展和改革局", "县财政局", "县生态环境分局"]
AGENDA = ["城区排水管网改造项目推进", "秋冬季农业生产准备", "义务教育学校扩容", "农贸市场提升改造"]
AGENDA += ["乡村公路安全隐患整治", "县城供水水源地保护", "基层卫生院人才引进", "重点项目用地保障"]
POINT = ["前期工作扎实有序", "各项任务总体进展顺利", "部分环节仍存在短板", "资金保障压力依然较大"]
POINT += ["群众反映的突出问题得到初步缓解"]
DEMAND = ["倒排工期、挂图作战", "建立周调度、月通报机制", "逐项明确责任单位和完成时限"]
DEMAND += ["加强与上级部门的汇报衔接", "把质量安全放在首位"]
GOAL = ["确保年底前全面完工", "确保按期通过验收", "确保群众满意", "确保资金使用规范安全"]
ATTEND = ["范书言", "柯如松", "鞠晚晴", "雷启航", "苏望川", "蓝静宜", "房秋实"]
ABSENT = ["雷启航（外出学习）", "苏望川（下乡调研）", "蓝静宜（请病假）"]

# a bilingual podcast's episode pages (回声小馆 Echo Nook), UTF-8-BOM HTML
SHOW = "回声小馆"
HOSTS = ["阿澈", "小满", "Nora"]
GUESTS = ["城市规划师戚远舟", "独立书店店主温以宁", "纪录片剪辑师贝小禾", "夜跑社团发起人祁望"]
GUESTS += ["旧物修复师尹知秋", "电台前主持人岑晓", "地图爱好者单一帆", "天文馆讲解员沐辰"]
EPISODES = [
    "在老城区散步的一百种方式",
    "一间书店如何熬过第十个冬天",
    "剪辑台前的那些取舍",
    "夜跑的人都在想什么",
    "修好一只旧闹钟需要多久",
    "深夜电台还有人听吗",
    "手绘地图里的城市记忆",
    "抬头看星星这件小事",
]
EN_EP = [
    "We walk the old town with no plan and talk about getting lost on purpose.",
    "A bookshop owner shares how her little store survived ten winters.",
    "What gets cut, what stays, and why an editor loses sleep over seconds.",
    "Night runners tell us what goes through their heads after ten kilometres.",
    "A restorer explains patience, springs and the sound of an old alarm clock.",
    "A former radio host asks whether anyone still listens after midnight.",
    "Hand-drawn maps and the memories of a city they quietly keep.",
    "A planetarium guide on why looking up is worth five minutes a day.",
]
CHAT = ["聊到一半我们才发现", "嘉宾讲了一个特别动人的细节", "录音那天窗外一直在下雨"]
CHAT += ["我们从一个小问题一路聊开", "后期剪掉了很多跑题的部分"]
CHAT2 = ["原来很多习惯都是慢慢养成的", "每个人心里都有一张自己的地图", "慢下来反而看得更清楚"]
CHAT2 += ["普通的日子里也藏着很多故事"]
CHAT3 = ["这一段我们反复听了{}遍才决定保留下来", "后来又补录了{}分钟的对谈"]
CHAT3 += ["剪辑时删了又加回来，前后改了{}次"]
STAMPS = ["开场：最近在忙什么", "嘉宾的第一份工作", "一次印象最深的失败", "给新手的三个建议"]
STAMPS += ["听众来信环节", "最近在读的一本书", "如果重来一次会怎么选", "结尾彩蛋"]
BOOKS = ["《河岸上的旧地图》", "《夜晚的第七种声音》", "《慢走指南》", "《修补时间的人》"]
BOOKS += ["《一个人的电台》", "《星空下的小镇》"]
LISTENERS = ["周末听众", "Lin在路上", "橘子汽水", "早起的猫", "Sam_K", "蓼汀小陈"]
SAYS = ["通勤路上听完了，很治愈。", "嘉宾的声音好温柔。", "求下一期聊聊老街的小吃！"]
SAYS += ["第二段笑出声了。", "已经推荐给朋友。"]

# a community college's course catalogue (瀾港社區大學), UTF-16 text, traditional letters
COLLEGE = "瀾港社區大學"
TRACKS = ["生活藝能學程", "語文學程", "社會參與學程", "自然生態學程"]
COURSES = [
    ("手作皮革小物入門", 0),
    ("日文繪本共讀", 1),
    ("社區導覽員培訓", 2),
    ("城市野鳥觀察", 3),
    ("木工家具修繕", 0),
    ("台語詩歌朗讀", 1),
    ("公民記者實作", 2),
    ("溼地植物辨識", 3),
    ("咖啡烘焙基礎", 0),
    ("英文旅遊會話", 1),
]
TEACHERS = ["呂明潔", "蕭文彥", "黃品瑜", "卓嘉宏", "潘若涵", "鄭志豪", "游雅婷", "洪士傑"]
PLACES_K = ["瀾港國中圖書館三樓", "社大本部二〇一教室", "瀾港里活動中心", "港濱公園遊客中心"]
WEEK = ["一", "二", "三", "四", "五", "六"]
KDO = ["從認識工具與材料開始", "透過實際操作與分組練習", "每週安排一次戶外實察"]
KDO += ["邀請在地職人分享經驗"]
KGET = ["讓學員建立扎實的基礎", "讓學員能獨立完成一件作品", "培養細心觀察的習慣"]
KGET += ["把所學帶回自己的社區"]
KFIT = ["適合完全沒有經驗的初學者", "歡迎親子一同報名參加", "曾修過初階課程者尤佳"]
KFIT += ["不限年齡與背景"]
KNOTE = ["第一週請自備筆記本與文具", "材料費另計，於第二週統一收取", "戶外課程請穿著輕便服裝"]
KNOTE += ["颱風停課依市政府公告辦理", "缺課超過三分之一者不發給學分證明"]


class GenZH(GenO):
    """Text makers for the ``zh`` families (deterministic from the seed)."""

    # -- the mailing-list digest
    def ask(self) -> str:
        self.n += 1
        r = self.r
        return f"{MDID[self.n % 6]}装了一遍，{r.choice(MSAW)}，{r.choice(MTRY)}，前后折腾了{self.n + 2}个晚上，{r.choice(MASK)}。"  # noqa: E501

    def answer(self) -> str:
        self.n += 1
        r = self.r
        n = self.n
        return f"{MREPLY[n % 4]}，建议{MFIX[(n + r.randrange(2)) % 4]}，我这边试了{self.n + 1}台机器都能复现，改完以后就正常了。"  # noqa: E501

    def message(self, j: int, who: str, *, reply: bool) -> Art:
        """A list message: a greeting, one or two paragraphs, sometimes an English line, the
        thanks and the sender's name (one article)."""
        r = self.r
        y, m, d = self.date()
        lines = [
            "各位好：" if not reply else f"{r.choice([x for x in MAILERS[:3] if x != who])}你好："
        ]
        if reply:
            lines += [self.answer() + self.answer()]
        else:
            lines += [self.ask(), self.ask() + self.ask()]
        if r.random() < 0.5:
            lines.append(r.choice(MEN).format(r.randint(2, 9) * (1 if r.random() < 0.7 else 40)))
        lines += ["谢谢！" if not reply else "仅供参考。", who]
        meta = {"published": iso(y, m, d), "author": who}
        return Art(SUBJECTS[j], lines, list(lines), meta)

    # -- the meeting minutes
    def decided(self, dept: str) -> str:
        self.n += 1
        r = self.r
        dm = r.sample(DEMAND, 2)
        return f"会议要求，{dept}要{dm[0]}，{dm[1]}，{r.choice(GOAL)}，本月底前将推进情况书面报县政府，涉及{self.n + 2}个乡镇的要同步抄报。"  # noqa: E501

    def minutes(self, no: int) -> Art:
        """County standing-meeting minutes: the opening paragraph, three agenda items
        (``一、`` head, ``会议指出`` and ``会议要求`` paragraphs), the attendance rows and the
        distribution lines (one article)."""
        r = self.r
        y, m, d = self.date()
        head = r.choice(HEADS)
        picks = r.sample(range(len(AGENDA)), 3)
        items = [AGENDA[x] for x in picks]
        ordinal = f"第{cn_small(no)}次"
        lines = [
            f"{y}年{m}月{d}日上午，{head}在{r.choice(ROOMS_M)}主持召开县政府{ordinal}常务会议，听取了有关工作汇报，研究了{items[0]}等事项。现将会议议定事项纪要如下：",
        ]
        for k, (item, x) in enumerate(zip(items, picks, strict=True)):
            dept = DEPTS_M[x]  # the department that reports on the item
            pt = r.sample(POINT, 2)
            lines.append(f"{'一二三'[k]}、研究{item}工作")
            lines.append(f"会议听取了{dept}关于{item}情况的汇报。会议指出，{pt[0]}，{pt[1]}。")
            lines.append(self.decided(dept))
        att = r.sample(ATTEND, 4)
        lines += [
            f"出席：{'、'.join(att)}",
            f"列席：{'、'.join(r.sample(DEPTS_M, 3))}主要负责人",
            f"请假：{r.choice(ABSENT)}",
            f"记录：{r.choice(['方雨眠', '韩知行', '武清和'])}",
            "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
            f"{OFFICE}　　　{y}年{m}月{min(d + 1, 28)}日印发",
        ]
        title = f"县政府{ordinal}常务会议纪要"
        meta = {"published": iso(y, m, d), "issuer": OFFICE}
        return Art(title, lines, list(lines), meta)

    # -- the podcast episode
    def chat(self) -> str:
        self.n += 1
        r = self.r
        tail = r.choice(CHAT3).format(self.n + 3)
        return f"{r.choice(CHAT)}，{r.choice(CHAT2)}，{tail}。"

    def episode(self, j: int) -> tuple[Art, str]:
        """An episode's show notes: intro paragraphs, the English summary, the guest line,
        the ``时间轴`` head with timestamp rows, the books mentioned and the music credit
        (one article).  Returns the article and its duration."""
        r = self.r
        y, m, d = self.date()
        host = r.choice(HOSTS)
        lines = [self.chat() + self.chat(), EN_EP[j], f"本期嘉宾：{GUESTS[j]}", self.chat()]
        lines.append("时间轴 Timeline")
        t = r.randint(20, 90)
        for s in [STAMPS[0], *(STAMPS[x] for x in sorted(r.sample(range(1, 7), 2))), STAMPS[7]]:
            lines.append(f"{t // 60:02d}:{t % 60:02d}　{s}")
            t += r.randint(6, 16) * 60 + r.randint(0, 59)
        lines.append("本期提到：" + "、".join(r.sample(BOOKS, 2)))
        song = r.choice(["潮汐", "晚风", "老街"])
        lines.append(f"片头音乐：《{song}》，由听友{r.choice(LISTENERS)}授权使用。")
        meta = {"published": iso(y, m, d), "author": host}
        dur = f"{t // 60 + r.randint(5, 15)}:{r.randint(10, 59)}"
        return Art(EPISODES[j], lines, list(lines), meta), dur

    # -- the course
    def kpara(self) -> str:
        self.n += 1
        r = self.r
        lead = r.choice(["本課程", "課堂上", "整學期"])
        return f"{lead}{r.choice(KDO)}，{r.choice(KGET)}，{r.choice(KFIT)}，歷年已有{self.n * 12 + 40}位學員完成修習。"  # noqa: E501

    def course(self, j: int, *, long: bool) -> Art:
        """A course page: ``【課程簡介】`` with paragraphs and, if ``long``, the
        ``【課程大綱】`` week rows, ``【講師介紹】`` and ``【注意事項】`` items (one article)."""
        r = self.r
        y, m, d = self.date()
        name, _ = COURSES[j]
        teacher = TEACHERS[j % len(TEACHERS)]
        lines = ["【課程簡介】", self.kpara() + self.kpara()]
        if long:
            lines.append(self.kpara())
            lines.append("【課程大綱】")
            for w in (1, 2, 3):
                lines.append(f"第{w}週　{r.choice(KDO)}，{r.choice(KGET)}")
            lines += ["【講師介紹】", f"{teacher}老師長年投入相關領域的推廣工作，{self.kpara()}"]
            lines.append("【注意事項】")
            lines += [f"{k}. {x}" for k, x in enumerate(r.sample(KNOTE, 3), 1)]
        meta = {"published": iso(y, m, d), "author": teacher}
        return Art(name, lines, list(lines), meta)
