"""Words and text makers of :mod:`tests.families.blind_families_ye` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``ye`` families repeats one of the earlier
families.  The lyrics site's words are traditional letters in Big5 (cp950), the download
site's in GBK (some of its pages are GBK-encoded).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a Taiwan lyrics site's album pages (聽雨歌詞網), HTML in Big5 -------------------------------
GC_SITE = "聽雨歌詞網"
# (singer, category, album, label, songs)
GC_ALBUMS = [
    (
        "艾青岳",
        "華語男歌手",
        "慢車經過的小鎮",
        "微光唱片",
        ["月台", "舊毛衣", "晚班公車", "海風很鹹"],
    ),
    ("溫若帆", "華語女歌手", "把燈留給你", "青苔音樂", ["留燈", "雨停之前", "搬家那天"]),
    ("山頂洞樂團", "樂團", "天亮以前的排練室", "獨立發行", ["排練室", "第三根弦", "凌晨四點"]),
    ("程暮雪", "華語女歌手", "寄不出的明信片", "微光唱片", ["明信片", "巷口的燈", "候鳥"]),
    ("魏子川", "華語男歌手", "沒有名字的河", "河岸音樂", ["沒有名字的河", "渡船", "老唱機"]),
    ("葉知秋", "華語女歌手", "窗台上的貓", "青苔音樂", ["窗台", "貓的午睡", "借來的傘"]),
    ("白日夢合唱團", "樂團", "環島計畫", "獨立發行", ["東海岸", "檳榔攤", "加油站"]),
    ("甘霖", "華語男歌手", "一個人的廚房", "河岸音樂", ["廚房", "兩副碗筷", "冰箱貼"]),
]
GC_EXTRA = ["夜車", "慢慢來", "旁白", "小城故事多", "晴天娃娃", "褪色的照片", "最後一班船"]
GC_WRITERS = ["林秋白", "蔡以寧", "高子默", "方小滿", "鍾書亭", "莊若雲"]
GC_A = [
    "窗外的雨",
    "街角的燈",
    "月台上的風",
    "舊相片裡的你",
    "凌晨的公路",
    "海邊的防波堤",
    "巷口的麵攤",
    "老房子的門",
    "冬天的被窩",
    "遠方的火車",
    "陽台的盆栽",
    "十七歲的夏天",
]
GC_B = [
    "還在等一個人",
    "慢慢地暗下來",
    "記得我們的名字",
    "把時間拉得好長",
    "不肯說再見",
    "一直亮到天明",
    "唱著沒寫完的歌",
    "輕輕地搖晃",
    "藏著一句晚安",
    "比我們先老去",
    "聽見了心跳",
    "留下一點溫度",
]
GC_WHY = [
    "這首歌寫於一次深夜的排練之後",
    "最初的旋律是在往返臺北的火車上哼出來的",
    "作詞人說這段歌詞改了整整七個版本",
    "錄音時特地保留了窗外的雨聲",
]
GC_HOW = [
    "編曲只用了一把木吉他和一架舊鋼琴",
    "副歌的和聲是樂手們圍在同一支麥克風前一起唱的",
    "結尾那段口琴是錄音當天臨時加上去的",
    "製作人希望聽的人能在歌裡聽見自己的故事",
]

# -- a software download site's app pages (岚峰软件站), HTML in GBK / UTF-8 --------------------
RJ_SITE = "岚峰软件站"
# (name, version, category, developer, size)
RJ_APPS = [
    ("轻栈笔记", "3.2.1", "办公软件", "岚湖轻栈科技有限公司", "35.6MB"),
    ("鹭影看图王", "6.0.4", "图形图像", "鹭影网络工作室", "12.8MB"),
    ("青梧压缩", "2.7.0", "压缩解压", "青梧软件有限公司", "8.4MB"),
    ("柘溪录屏大师", "4.1.9", "视频工具", "柘溪数字科技有限公司", "61.2MB"),
    ("栖云PDF转换器", "8.3.2", "办公软件", "栖云信息技术有限公司", "47.9MB"),
    ("桐舟输入法", "11.5.0", "输入法", "桐舟智能科技有限公司", "52.3MB"),
    ("沙湄家庭记账", "1.9.6", "理财工具", "沙湄小软工作室", "5.1MB"),
    ("苍岭字体管家", "2.0.3", "字体工具", "苍岭设计有限公司", "18.7MB"),
]
RJ_WHAT = {
    "办公软件": "整理日常文档与待办事项",
    "图形图像": "快速浏览和批量处理本地图片",
    "压缩解压": "压缩、解压和加密各类文件包",
    "视频工具": "录制屏幕画面和讲解声音",
    "输入法": "在各类软件中流畅地输入中文",
    "理财工具": "记录家庭每一笔收入和支出",
    "字体工具": "预览、安装和管理电脑里的字体",
}
RJ_GOOD = [
    "界面简洁，打开后几乎不需要学习就能上手",
    "占用内存很少，老电脑上也能流畅运行",
    "常用功能都放在首页，操作步骤比同类软件少一半",
    "支持拖拽操作，多个文件可以一次处理完毕",
]
RJ_FEAT = [
    "支持深色模式，夜间使用不刺眼",
    "内置自动保存功能，意外断电也不会丢失内容",
    "可以自定义快捷键，熟练用户效率更高",
    "提供云端同步，换电脑后数据自动恢复",
    "安装包不含任何第三方插件",
    "支持批量重命名和按日期归档",
]
RJ_LOG = [
    "修复部分用户启动时闪退的问题",
    "优化大文件的加载速度",
    "新增繁体中文界面",
    "调整设置页面的布局",
    "修复高分辨率屏幕下图标模糊的问题",
    "改进自动更新的提示方式",
]

# -- a university graduate school's weekly thesis-defence notices (岚湖大学), plain text -------
DB_SCHOOL = "岚湖大学研究生院"
# (topic, major, degree)
DB_THESES = [
    ("岚江下游河段泥沙淤积规律", "水利工程", "工学硕士"),
    ("城郊农田土壤重金属迁移特征", "环境科学", "理学硕士"),
    ("县域数字普惠金融发展水平", "应用经济学", "经济学硕士"),
    ("明清江南文人笔记中的饮食书写", "中国语言文学", "文学硕士"),
    ("面向边缘设备的轻量级图像分割方法", "计算机科学与技术", "工学博士"),
    ("丘陵茶园坡面径流氮素流失", "农业资源与环境", "农学硕士"),
    ("乡村小规模学校教师专业成长", "教育学原理", "教育学硕士"),
    ("小型农机变速箱齿轮疲劳寿命", "机械工程", "工学硕士"),
    ("湖泊湿地退化的遥感监测", "环境科学", "理学博士"),
    ("老旧小区加装电梯的居民协商机制", "公共管理", "管理学硕士"),
]
DB_KIND = ["研究", "分析", "实证研究", "机理研究", "评价与优化"]
DB_PEOPLE = [
    "杜雨桐",
    "韩子墨",
    "钱思远",
    "邵一凡",
    "孔令仪",
    "焦文博",
    "雷晓岚",
    "卜嘉怡",
    "欧阳澈",
    "上官雯",
]
DB_PROFS = ["宁致远", "贺兰舟", "池正清", "骆秋实", "葛承业", "阮清和", "鲍立新", "祁望舒"]
DB_ROOMS = ["致知楼B302会议室", "明德楼二楼报告厅", "工程训练中心104室", "图书馆五楼研讨间3"]
DB_HOW = [
    "本文以野外采样和室内试验相结合的方式",
    "论文综合运用问卷调查与深度访谈",
    "研究构建了包含三类指标的评价体系",
    "论文在梳理已有文献的基础上",
]
DB_FIND = [
    "结果表明研究区的变化存在明显的季节差异",
    "发现影响因素之间存在显著的交互作用",
    "提出的方法在公开数据集上的精度提高了约六个百分点",
    "归纳出三种较为典型的发展模式",
]
DB_USE = [
    "可为相关部门制定管理措施提供参考",
    "对同类地区的实践具有一定借鉴意义",
    "为后续的长期观测积累了基础资料",
]

# -- a xiangqi club site's annotated games (岚湖象棋网), plain text in UTF-16 ------------------
QP_SITE = "岚湖象棋网"
QP_EVENTS = ["岚湖杯象棋公开赛", "青梧市职工象棋赛", "鹭川县农民运动会象棋比赛", "柘溪棋友联谊赛"]
QP_PLAYERS = ["卢景川", "韦定山", "欧建平", "花满堂", "潘子衡", "季长风", "谭石生", "符一鸣"]
QP_ANNOTATORS = ["聂一平", "庞晓帆", "甄守拙"]
QP_TITLES = [
    "弃车抢攻，红方二十四回合速胜",
    "屏风马稳守反击，黑方后发制人",
    "残局功夫见真章，单车巧胜车士",
    "一步缓着错失良机，双方弈和",
    "中炮急进中兵，红方攻势如潮",
    "飞相局慢中求变，黑方细腻取胜",
    "马炮联攻，红方闪击得子",
    "兑子简化局面，老将和棋保级",
]
# two openings, move by move (red, black)
QP_LINES = [
    [
        ("炮二平五", "马８进７"),
        ("马二进三", "车９平８"),
        ("车一平二", "卒７进１"),
        ("车二进六", "马２进３"),
        ("兵七进一", "炮８平９"),
        ("车二平三", "炮９退１"),
        ("马八进七", "士４进５"),
        ("炮八进二", "象３进５"),
        ("车九进一", "炮２进１"),
        ("车九平四", "车１平２"),
    ],
    [
        ("相三进五", "炮８平４"),
        ("马二进一", "马８进７"),
        ("车一平二", "车９平８"),
        ("兵三进一", "卒３进１"),
        ("马八进九", "马２进３"),
        ("炮八平七", "象３进５"),
        ("车九平八", "车１平２"),
        ("仕四进五", "士４进５"),
        ("炮二进四", "卒７进１"),
        ("兵三进一", "象５进７"),
    ],
]
QP_SAY = [
    "此时红方若急于兑车，黑方可以从容补士，局面将趋于平稳",
    "黑方这步棋看似平淡，实则暗伏了平炮打车的后手",
    "这是本局的关键时刻，红方长考了将近二十分钟",
    "赛后红方坦言，这步棋是赛前特意准备的变着",
    "旁观的棋友大多认为黑方应当先手兑马，简化局面",
]


class GenYE(GenO):
    """Text makers for the ``ye`` families (deterministic from the seed)."""

    # -- a song on a lyrics page
    def song(self, title: str, used: set[str]) -> Art:
        """The lyric lines (a verse, a chorus sung twice, a bridge) and a ``創作手記：``
        paragraph; no lyric line is in ``used`` (the other songs of the page)."""
        self.n += 1
        r = self.r

        def line() -> str:
            while True:
                x = r.choice(GC_A) + r.choice(GC_B)
                if x not in used:
                    used.add(x)
                    return x

        verse = [line() for _ in range(4)]
        chorus = [line() for _ in range(3)]
        lines = [*verse, *chorus, line(), line(), *chorus]
        lines.append(
            f"創作手記：{r.choice(GC_WHY)}，{r.choice(GC_HOW)}，前後一共錄了{self.n + 3}遍才定稿。"
        )
        return Art(title, lines, list(lines), {"author": r.choice(GC_WRITERS)})

    # -- a download page
    def app(self, i: int) -> Art:
        """Four sections (介绍 / 功能特色 / 更新日志 / 安装步骤), their heads included."""
        r = self.r
        name, ver, cat, dev, _ = RJ_APPS[i]
        good = r.sample(RJ_GOOD, 2)
        lines = [
            "软件介绍",
            f"{name}是一款帮助用户{RJ_WHAT[cat]}的小工具，由{dev}开发，"
            f"{good[0]}，目前累计下载量已超过{r.randint(12, 480)}万次。",
            f"与旧版本相比，新版{name}重新设计了主界面，{good[1]}，"
            f"适合家庭用户和办公人员日常使用。",
            "功能特色",
            *[f"{k}、{x}；" for k, x in enumerate(r.sample(RJ_FEAT, 3), 1)],
            "更新日志",
        ]
        y, m, d = self.date()
        lines.append(f"V{ver}（{y}-{m:02d}-{d:02d}）")
        lines += [f"· {x}" for x in r.sample(RJ_LOG, 3)]
        lines += [
            "安装步骤",
            f"下载完成后双击安装包，在弹出的窗口中选择安装位置，建议不要装在系统盘，"
            f"点击“立即安装”并等待约{r.randint(10, 60)}秒即可完成。",
        ]
        return Art(f"{name} V{ver} 官方版", lines, list(lines), {"published": iso(y, m, d)})

    # -- a thesis-defence notice
    def defence(
        self, posted: datetime.date, thesis: tuple[str, str, str]
    ) -> tuple[Art, tuple[str, str], str]:
        """A notice posted on ``posted``: time / place / committee rows (the defence a few
        days later) and two abstract paragraphs (content); returns the article, the
        (major, degree) and the supervisor."""
        self.n += 1
        r = self.r
        topic, *major = thesis
        title = f"{topic}{r.choice(DB_KIND)}"
        who = r.choice(DB_PEOPLE)
        chair, *members = r.sample(DB_PROFS, 4)
        sup = members.pop()
        day = posted + datetime.timedelta(days=r.randint(3, 9))
        y, m, d = day.year, day.month, day.day
        lines = [
            f"答辩时间：{y}年{m}月{d}日　{r.choice(['08:30', '09:00', '14:00', '14:30'])}",
            f"答辩地点：{r.choice(DB_ROOMS)}",
            f"答辩委员会：主席　{chair} 教授；委员　{members[0]} 教授、{members[1]} 副教授",
            f"论文摘要：{r.choice(DB_HOW)}，对{topic}进行了系统探讨，"
            f"{r.choice(DB_FIND)}，{r.choice(DB_USE)}。",
            f"论文共分{r.randint(4, 7)}章，约{r.randint(3, 9)}万字，"
            f"引用中外文献{self.n * 7 + 60}篇，"
            f"已按学校规定完成学术不端检测和{r.choice(['双盲评审', '专家预审'])}。",
        ]
        meta = {"author": who, "published": iso(posted.year, posted.month, posted.day)}
        return Art(title, lines, list(lines), meta), (major[0], major[1]), sup

    # -- an annotated game
    def game(self, i: int, event: str) -> Art:
        """An opening paragraph, move lines with commentary between them, a closing one."""
        r = self.r
        moves = QP_LINES[i % 2]
        lines = [
            f"本局是{event}中颇受关注的一盘棋，双方以"
            f"{['中炮对屏风马', '飞相局对过宫炮'][i % 2]}开局，前十回合走得十分谨慎。",
        ]
        says = r.sample(QP_SAY, 3)
        n = 1
        for k in range(3):
            for _ in range(r.randint(2, 3)):
                red, black = moves[n - 1]
                lines.append(f"{n}. {red}　　{black}")
                n += 1
            self.n += 1
            lines.append(f"【评注】{says[k]}，这一段双方共用时{self.n * 4 + 11}分钟。")
        end = r.choice(["黑方推枰认负", "双方同意作和", "红方超时判负"])
        lines.append(
            f"至第{n + r.randint(10, 20)}回合，{end}，赛后两位棋手在复盘室里又讨论了很久。"
        )
        y, m, d = self.date()
        return Art(QP_TITLES[i], lines, list(lines), {"published": iso(y, m, d)})
