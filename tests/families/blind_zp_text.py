"""Words and text makers of :mod:`tests.families.blind_families_zp` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text` (through
:class:`tests.families.blind_zo_text.GenZO`); the vocabulary is new so that no sentence of
the ``zp`` families repeats one of the earlier families.  The exam paper's words are all in
GBK, the mailbox's in GB18030 and the bulletin board's in Big5 (traditional letters).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_zo_text import GenZO

# -- a city police bureau's microblog, saved by a backup tool (岚汀警方) ---------------------
WB_OWNER = "岚汀警方"
WB_CITY = "岚汀市"
# (account, topic, title in 【】, what happened)
WB_POSTS = [
    (
        "岚汀警方",
        "#岚汀警情通报#",
        "夜市扒窃团伙落网，追回手机十一部",
        "在桂花巷夜市连续扒窃游客手机",
    ),
    (
        "岚汀交警",
        "#平安出行#",
        "雨夜货车侧翻占道，交警冒雨疏导两小时",
        "一辆满载瓷砖的货车在环城北路侧翻",
    ),
    (
        "岚汀反诈中心",
        "#反诈提醒#",
        "“刷单返利”又换新花样，一市民险些被骗八万元",
        "市民刘女士被拉进所谓的兼职群",
    ),
    (
        "岚汀警方",
        "#警营开放日#",
        "三百名中小学生走进警营，近距离感受警察日常",
        "市公安局举办第六届警营开放日",
    ),
    (
        "岚汀网警巡查执法",
        "#网络谣言#",
        "编造“水库溃坝”谣言博流量，男子被行政拘留",
        "一男子在短视频平台发布水库溃坝的不实信息",
    ),
    (
        "岚汀交警",
        "#岚汀交警在行动#",
        "老人走失在高架桥下，铁骑民警一路护送回家",
        "一名八旬老人在高架桥下迷失方向",
    ),
    (
        "岚汀警方",
        "#岚汀警情通报#",
        "关于网传“学校门口有人发放可疑糖果”的情况说明",
        "有网民发帖称城东一小学门口有人发放可疑糖果",
    ),
    (
        "岚汀反诈中心",
        "#反诈提醒#",
        "冒充“老同学”借钱，这类骗局请警惕",
        "多名市民接到冒充老同学的借钱电话",
    ),
    (
        "岚汀警方",
        "#平安岚汀#",
        "深夜河边救起轻生女子，民警脱下警服为她取暖",
        "巡逻民警在沅江大桥下发现一名女子情绪激动",
    ),
    (
        "岚汀交警",
        "#平安出行#",
        "春运首日全市道路总体平稳，这些路段请绕行",
        "春运首日全市主要道路车流量明显增加",
    ),
    (
        "岚汀网警巡查执法",
        "#网安课堂#",
        "家里的摄像头被人偷看？这几项设置要改一改",
        "近期有市民反映家中摄像头画面疑似外泄",
    ),
    (
        "岚汀警方",
        "#岚汀警情通报#",
        "两名男子酒后街头斗殴，均被依法处理",
        "两名男子在滨江路一烧烤摊酒后发生口角并相互殴打",
    ),
]
WB_DEV = ["微博 weibo.com", "iPhone客户端", "微博视频号", "HUAWEI Mate 60 Pro", "皮皮时光机"]
WB_POLICE = ["民警", "办案民警", "值班民警", "社区民警", "巡逻民警"]
WB_DID = [
    "接警后第一时间赶到现场",
    "通过走访群众和调取监控迅速锁定了相关人员",
    "连续蹲守三个晚上",
    "与属地派出所密切配合",
    "一边安抚当事人情绪一边开展调查",
]
WB_DONE = [
    "目前，相关人员已被依法处理，案件正在进一步侦办中",
    "经过多方努力，事情得到了妥善处置",
    "所涉财物已全部退还当事人",
    "现场秩序很快恢复正常，未造成人员伤亡",
]
WB_TIP = [
    "警方提醒：遇到可疑情况请及时拨打110报警，不信谣、不传谣。",
    "警方提醒：凡是要求先转账的“好事”，一定要多留个心眼。",
    "警方提醒：出门在外请保管好随身财物，家中老人外出尽量有人陪同。",
    "警方提醒：雨雪天气请降低车速、保持车距，安全到家最重要。",
]

# -- an exam paper's reading section on a document-sharing site (岚溪文库) --------------------
SJ_SITE = "岚溪文库"
# (passage title, author, source)
SJ_PASSAGES = [
    ("外婆的腌菜坛", "林晚舟", "《青禾》2019年第6期"),
    ("山路上的邮差", "沈如川", "《溪山文艺》2020年第3期"),
    ("父亲的修车铺", "周望春", "《晚晴散文》2018年第11期"),
    ("冬夜那盏灯", "许南枝", "《岚风》2021年第1期"),
    ("渡船上的少年", "顾清禾", "《青禾》2017年第9期"),
    ("一棵老槐树的记忆", "唐知远", "《北窗》2022年第4期"),
    ("祖父的算盘", "韩秋池", "《溪山文艺》2019年第12期"),
    ("街角的修表匠", "陆听雨", "《晚晴散文》2020年第7期"),
    ("雪落在院子里", "叶小满", "《岚风》2018年第2期"),
    ("母亲的菜园", "程一苇", "《北窗》2021年第5期"),
]
SJ_WHEN = ["小时候", "那年冬天", "记得有一回", "每到放暑假", "上初中那年", "很多年以后"]
SJ_SEE = [
    "我总爱蹲在门槛上看{}忙进忙出",
    "我常常跟在{}身后，一步也不肯落下",
    "我偷偷躲在门后，看着{}一声不响地干活",
    "我一抬头就能看见{}弯着腰的背影",
]
SJ_WHO = ["外婆", "父亲", "祖父", "母亲", "那个老人", "他"]
SJ_FEEL = [
    "那时候并不懂得其中的辛苦",
    "心里只觉得好奇又有些不耐烦",
    "只当那是再平常不过的日子",
    "总以为这样的日子会一直过下去",
]
SJ_NOW = [
    "如今想起来，那些细碎的声响里藏着一个家最踏实的温度",
    "后来我才明白，有些爱从来不说出口，只是默默地守在那里",
    "直到自己也走过许多路，才读懂了那份沉默里的分量",
    "时光走得很快，可那一幕却一直留在我的心里，从未褪色",
]
SJ_SCENE = [
    "屋檐下挂着一串串晒干的辣椒，风一吹就轻轻晃动",
    "灶膛里的火噼啪作响，把半间屋子都映得通红",
    "院子里的青石板被雨水洗得发亮，角落里长出几丛青苔",
    "村口的小路弯弯曲曲，一直伸进雾蒙蒙的山里",
    "窗台上放着一只掉了漆的铁皮盒，里面装满了零碎的小物件",
]

# -- a city mayor's mailbox: letters and replies, selected (岚汀市人民政府) --------------------
LY_CITY = "岚汀市"
LY_GOV = "岚汀市人民政府"
# (kind, answering unit, title, what the writer complains of, what the unit did)
LY_LETTERS = [
    (
        "投诉",
        "岚汀市住房和城乡建设局",
        "关于锦绣华庭工地夜间施工噪音扰民的问题",
        "锦绣华庭项目工地经常在晚上十一点以后还在浇筑混凝土，机器声音很大",
        "执法人员已于当晚到场核查，责令施工单位立即停止夜间违规作业",
    ),
    (
        "咨询",
        "岚汀市教育局",
        "随迁子女办理小学入学需要准备哪些材料？",
        "我们一家在岚汀打工五年了，孩子明年要上小学，不知道需要提前准备什么",
        "随迁子女可凭居住证、户口簿和务工证明到居住地所在学区报名",
    ),
    (
        "建议",
        "岚汀市交通运输局",
        "建议增开火车站至高新区的夜间公交线路",
        "高新区很多企业晚上九点以后下班，火车站方向已经没有公交车",
        "我局已组织公交集团对该方向夜间客流开展调查",
    ),
    (
        "求助",
        "岚汀市人力资源和社会保障局",
        "在外地缴纳的社保能否转回岚汀？",
        "我之前在外省缴纳了六年社保，现在回老家岚汀工作，想把社保转回来",
        "您可以通过线上渠道申请办理养老保险关系转移",
    ),
    (
        "投诉",
        "岚汀市市场监督管理局",
        "关于某健身会所收取会费后闭店不退款的问题",
        "我在滨江路一家健身会所办了两年的会员卡，刚用了三个月会所就关门了",
        "我局已对该会所经营情况立案调查，并约谈了其实际经营者",
    ),
    (
        "建议",
        "岚汀市城市管理局",
        "建议在沅江公园增设夜间照明",
        "沅江公园东门一带晚上光线很暗，散步的老人和孩子很多，容易摔倒",
        "我局已安排专人到现场勘查，拟在东门步道增设太阳能路灯",
    ),
    (
        "咨询",
        "岚汀市医疗保障局",
        "异地就医备案后能否直接结算门诊费用？",
        "我母亲长期在外地随子女居住，已经办理了异地就医备案",
        "您母亲在备案地的定点医疗机构就医时，门诊费用可以直接结算",
    ),
    (
        "投诉",
        "岚汀市生态环境局",
        "关于工业园区附近夜间异味严重的问题",
        "最近一个月，工业园区附近的小区每到夜里就能闻到刺鼻的气味",
        "我局已连续三个夜间对园区重点企业开展突击检查和走航监测",
    ),
    (
        "求助",
        "岚汀市民政局",
        "独居老人能否申请居家养老上门服务？",
        "我父亲今年八十二岁，一个人住在老城区，子女都在外地工作",
        "您父亲符合居家养老上门服务的申请条件",
    ),
    (
        "建议",
        "岚汀市自然资源和规划局",
        "建议在城南片区规划建设一所公办幼儿园",
        "城南片区近几年新建了很多小区，但附近只有一所民办幼儿园",
        "我局已将城南片区教育设施用地纳入控制性详细规划调整研究",
    ),
]
LY_WRITE = [
    "希望有关部门能尽快帮忙解决，谢谢！",
    "多次反映都没有得到明确答复，心里很着急。",
    "不知道该找哪个部门，只好给市长写信，麻烦了。",
]
LY_MORE = [
    "附近居民对此意见很大，不少人家里有老人和正在备考的学生",
    "我也在网上查了一些资料，但说法不一，始终没有弄清楚",
    "这件事关系到很多家庭的切身利益，希望能够得到重视",
]
LY_THEN = [
    "下一步，我局将加强日常巡查和跟踪督办",
    "我局将持续关注相关情况，及时向社会公开处理进展",
    "如您还有其他疑问，可在工作日拨打我局咨询电话",
]
LY_END = ["感谢您对我市工作的关心和支持。", "再次感谢您的来信。", "欢迎继续监督我们的工作。"]

# -- a university bulletin board system saved as text (楓港驛站), Big5 -----------------------
BBS_SITE = "楓港驛站"
BBS_HOST = "bbs.fenggang.example.edu.tw"
BBS_BOARDS = {
    "Fenggang_Life": "楓港生活",
    "Job_Share": "求職分享",
    "Study_Abroad": "出國留學",
    "Club_Board": "社團公告",
}
# (board, tag, title, user id, nickname)
BBS_POSTS = [
    ("Fenggang_Life", "心得", "期中考週在圖書館熬夜的三個發現", "moonriver", "河邊月"),
    ("Job_Share", "分享", "第一次參加校園徵才博覽會的一些觀察", "tidepool", "潮間帶"),
    ("Fenggang_Life", "問題", "宿舍洗衣機一直顯示故障該找誰處理", "kiwi0912", "奇異果"),
    ("Study_Abroad", "經驗", "交換學生行前準備清單與踩過的雷", "northwind", "北風吹"),
    ("Club_Board", "公告", "攝影社期末成果展徵件與場地說明", "shutterbug", "快門蟲"),
    ("Fenggang_Life", "抱怨", "學生餐廳二樓冷氣已經壞了兩個禮拜", "saltfish", "鹹魚翻身"),
    ("Job_Share", "心得", "暑期實習結束後寫給學弟妹的幾句話", "inkstone", "硯台"),
    ("Study_Abroad", "請益", "研究所推薦信該怎麼跟教授開口比較好", "paperboat", "紙船"),
]
BBS_OPEN = [
    "先說一下背景，本人目前大三，平常主要待在系館和宿舍之間",
    "這篇拖了很久才寫，主要是想把自己這學期的經歷整理一下",
    "最近在版上看到不少類似的問題，就想說也來分享一下自己的情況",
    "有點長，不過盡量寫得清楚一點，希望對之後的同學有幫助",
]
BBS_MID = [
    "第一次遇到的時候真的有點慌，後來問了學長姊才知道其實有固定的流程",
    "當時覺得很麻煩，可是現在回頭看，那段時間反而學到最多東西",
    "中間也跑了好幾次行政大樓，每個窗口的說法都不太一樣",
    "身邊的朋友大多也有類似經驗，只是大家平常不太會特別講出來",
    "後來我把每一步都記在筆記本裡，之後再遇到就比較不會手忙腳亂",
]
BBS_END = [
    "以上是個人經驗，不一定適用於每個人，還請各位多多指教",
    "如果有人有更好的做法，也歡迎在下面推文補充",
    "希望學校之後能改善，也祝大家這學期都順順利利",
]
BBS_PUSH = ["推", "推", "→", "推", "噓", "→"]
BBS_SAY = [
    "感謝分享，很實用",
    "同樣的問題我上學期也遇過",
    "推這篇，收藏起來",
    "學校那邊真的要加油",
    "原PO辛苦了",
    "這個我也想知道",
    "已經轉寄給室友了",
]
BBS_USERS = ["rainyday", "tofu88", "ocean_l", "bluebird", "tea_time", "snowpea", "k0wloon"]
BBS_SIGN = [
    "山不轉路轉，路不轉人轉。",
    "今天也要好好吃飯。",
    "人生就像一杯珍奶，珍珠總是最後才吃完。",
]


class GenZP(GenZO):
    """Text makers for the ``zp`` families (deterministic from the seed)."""

    # -- microblog post
    def weibo(self, post: tuple[str, str, str, str]) -> Art:
        """One post: the topic and ``【title】`` open its first line; two or three lines;
        meta: author (the account), published."""
        self.n += 1
        r = self.r
        acct, topic, title, what = post
        y, m, d = self.date()
        did1, did2 = r.sample(WB_DID, 2)
        first = (
            f"{topic} 【{title}】{m}月{d}日{r.choice(['上午', '下午', '晚上', '凌晨'])}，{what}，"
            f"{r.choice(WB_POLICE)}{did1}。"
        )
        lines = [first if r.random() < 0.7 else first.replace(f"{topic} ", "")]
        lines.append(
            f"经了解，{r.choice(WB_POLICE)}{did2}，前后共走访群众{self.n * 3 + 5}人，"
            f"{r.choice(WB_DONE)}。"
        )
        if r.random() < 0.6:
            lines.append(r.choice(WB_TIP))
        return Art(title, lines, list(lines), {"author": acct, "published": iso(y, m, d)})

    # -- exam reading passage
    def passage(self, item: tuple[str, str, str], first_q: int) -> tuple[Art, int, int]:
        """A passage with its questions: paragraphs, then questions numbered from
        ``first_q``; returns (article, number of questions, points)."""
        r = self.r
        title, author, source = item
        who = r.choice(SJ_WHO)
        paras = []
        for _ in range(r.randint(3, 5)):
            self.n += 1
            paras.append(
                f"{r.choice(SJ_WHEN)}，{r.choice(SJ_SCENE)}，"
                f"{r.choice(SJ_SEE).format(who)}，{r.choice(SJ_FEEL)}。"
                f"{r.choice(SJ_NOW)}。"
            )
        qs = [
            (f"通读全文，概括文章围绕“{title}”写了哪几件事。", 4),
            (f"品析第{r.randint(2, len(paras))}段画线句子的表达效果。", 3),
            ("文中多次写到景物，这些描写有什么作用？请结合文章简要分析。", 3),
            (f"结合全文，谈谈你对题目“{title}”含义的理解。", 4),
            ("文章结尾一句在全文结构上有什么作用？", 2),
        ]
        qs = r.sample(qs, r.randint(3, 4))
        lines = list(paras)
        lines += [f"{first_q + k}．{q}（{p}分）" for k, (q, p) in enumerate(qs)]
        meta = {"author": author, "origin": source}
        return Art(title, lines, list(lines), meta), len(qs), sum(p for _, p in qs)

    # -- mayor's mailbox letter and reply
    def letter(self, item: tuple[str, str, str, str, str]) -> tuple[Art, int, tuple[int, ...]]:
        """A letter (two lines) and its reply (three lines, the greeting first); returns
        (article, the letter's paragraph count, the letter's date)."""
        self.n += 1
        r = self.r
        _kind, unit, title, said, did = item
        y, m, d = self.date()
        ask = [
            f"市长您好！{said}，{r.choice(LY_MORE)}。{r.choice(LY_WRITE)}",
        ]
        if r.random() < 0.5:
            ask.append(
                f"补充说明：{r.choice(LY_MORE)}，此前已经向相关单位反映过{self.n % 3 + 1}次。"
            )
        reply = [
            "您好！您反映的问题已收悉，我局高度重视，现答复如下：",
            f"经调查核实，{did}，共涉及群众{self.n * 7 + 20}人，"
            f"相关情况已于{m}月{min(d + 3, 28)}日与您电话沟通。",
            f"{r.choice(LY_THEN)}，{r.choice(LY_END)}",
        ]
        lines = ask + reply
        meta = {"published": iso(y, m, min(d + 5, 28)), "origin": unit}
        return Art(title, lines, list(lines), meta), len(ask), (y, m, d)

    # -- bulletin board post
    def bbs(self) -> Art:
        """A post: four or five paragraphs in traditional letters."""
        r = self.r
        lines = [f"{r.choice(BBS_OPEN)}，大概花了{self.n + 3}個禮拜才把事情搞定。"]
        for _ in range(r.randint(2, 3)):
            self.n += 1
            a, b = r.sample(BBS_MID, 2)
            lines.append(f"{a}，{b}，前前後後大概有{self.n * 2 + 3}次吧。")
        lines.append(f"{r.choice(BBS_END)}，謝謝大家看完。")
        return Art("", lines, list(lines))
