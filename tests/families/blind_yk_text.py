"""Words and text makers of :mod:`tests.families.blind_families_yk` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date helpers those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yk`` families repeats one of the earlier
families.  The library's words are in Big5 (cp950, traditional letters: half its pages are
Big5-encoded); the hydrology station's in GB18030.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a county hydrology station's water-level bulletins (泺口水文站), print view, GB18030 ------
SW_BUREAU = "泺川县水利局"
SW_STATION = "泺口水文站"
SW_GAUGE = "泺口站"
SW_RIVER = "泺水"
SW_WARN = 24.00
SW_UP = [("白沙站", 31.0), ("石门站", 28.5), ("柳溪站", 26.2), ("青滩站", 33.4)]
SW_RAIN_SYS = ["西南低涡东移", "梅雨锋南北摆动", "副热带高压边缘强对流", "台风外围云系"]
SW_RAIN_GRADE = ["中到大雨", "大到暴雨", "暴雨、局地大暴雨", "小到中雨"]
SW_RAIN_SPOT = ["黄泥岗", "石门", "双溪口", "龙潭坪", "上坪"]
SW_CALM = ["降雨明显减弱", "仅有零星小雨", "基本无降雨", "以阵雨为主"]
SW_TREND_UP = ["继续上涨", "小幅上涨", "持续上涨"]
SW_TREND_DN = ["缓慢回落", "持续回落", "稳中有降"]
SW_ADVICE = [
    "请沿河乡镇和有关单位加强堤防巡查，做好低洼地带人员转移准备",
    "请各水库和水电站按调度指令控制下泄流量，避免与干流洪峰叠加",
    "请沿河村组落实专人值守，发现险情立即报告当地防汛指挥部",
    "请涉水施工单位及时撤离河道内作业人员和机具",
]
SW_MEN = ["祁永安", "杭书明", "蓝晓雯", "甘振宇", "凌秀萍", "覃立新"]
SW_CHECK = ["闵德华", "喻春林"]

# -- a scenic area's visitor notices (岚屿山旅游区), HTML, UTF-8 ------------------------------
JQ_AREA = "岚屿山旅游区"
JQ_BOARD = "岚屿山旅游区管理委员会"
JQ_SPOTS = ["金顶", "云梯栈道", "飞瀑谷", "天池", "仙人桥", "观音崖"]
# (title, kind, what happens, why)
JQ_NOTICES = [
    (
        "关于国庆假期实行游客限流措施的公告",
        "限流",
        "实行每日限量预约入园，单日最大承载量为3.5万人次，瞬时最大承载量为1.2万人次",
        "国庆假期预计客流集中",
    ),
    (
        "关于受强降雨影响临时闭园的紧急公告",
        "闭园",
        "自即日12时起临时闭园，暂停售票和索道运营，已入园游客由工作人员引导有序下山",
        "气象部门发布暴雨橙色预警",
    ),
    (
        "关于云梯栈道索道停运检修的公告",
        "停运",
        "云梯栈道索道停运检修十五天，其间游客可步行游览或乘坐景区环线车",
        "索道按规定进行年度安全检修",
    ),
    (
        "关于飞瀑谷景点恢复开放的公告",
        "开放",
        "飞瀑谷景点恢复对游客开放，开放时间为每日八时至十七时",
        "飞瀑谷步道加固工程已通过安全验收",
    ),
    (
        "关于今日游客量已达最大承载量暂停售票的通知",
        "限流",
        "自即日10时30分起暂停现场售票和线上预约，已预约游客凭预约码正常入园",
        "今日入园游客量已达到景区日最大承载量",
    ),
    (
        "关于暑期夜游开放时间调整的公告",
        "调整",
        "暑期夜游开放时间延长至二十二时，末班入园时间为二十时三十分",
        "暑期夜间游览需求明显增加",
    ),
    (
        "关于雨雪冰冻天气金顶区域临时封闭的通告",
        "闭园",
        "自即日起金顶区域临时封闭，登顶步道和观景平台暂停开放，其余区域正常接待",
        "山顶出现道路结冰和积雪",
    ),
    (
        "关于春节假期实行分时段预约入园的公告",
        "限流",
        "实行分时段预约入园，每两小时为一个时段，每时段限约四千人次",
        "春节假期游客集中出行",
    ),
]
JQ_LAW = [
    "根据《中华人民共和国旅游法》和景区最大承载量核定有关规定",
    "为保障广大游客的人身安全和游览体验",
    "经景区安全生产领导小组研究",
]
JQ_ASK = [
    "请已购票未入园的游客通过原购票渠道办理免费退票，退款将在七个工作日内原路退回",
    "请游客朋友提前通过官方网站或微信公众号查询实时客流，合理安排出行时间",
    "请游客服从现场工作人员指挥，不要在狭窄路段停留拍照，以免造成拥堵",
    "请自驾游客将车辆停放在山门外停车场，换乘景区接驳车进入",
    "请携带老人和儿童的游客注意防滑防摔，切勿进入未开放区域",
]
JQ_VIEWS = ["岚屿山景区官方微信", "岚屿山景区官方网站", "岚屿山旅游服务热线"]

# -- a podcast's episode show notes (拾音台), HTML, UTF-8 with BOM --------------------------
BK_SHOW = "拾音台"
BK_HOSTS = "阿棠、小满"
# (title, guest, who the guest is, what is talked about, two books or films)
BK_EPS = [
    (
        "在菜市场里，找一座城市的脾气",
        "吴其",
        "一位跑遍二十座城市菜市场的美食作者",
        "菜市场",
        "《摊位志》、《早市人间》",
    ),
    (
        "修钟表的人，和慢下来的时间",
        "钟立",
        "在老城区开了三十年钟表铺的师傅",
        "修钟表",
        "《齿轮之间》、《守时》",
    ),
    (
        "我们为什么总想搬去海边？",
        "林鸥",
        "从写字楼辞职去海岛开民宿的前设计师",
        "搬去海边",
        "《潮汐手记》、《海岛一年》",
    ),
    (
        "一把竹椅子的三十年",
        "竺青",
        "坚持手工编竹器的非遗传承人",
        "竹编手艺",
        "《竹篾笔记》、《匠人的手》",
    ),
    (
        "夜班公交上的城市",
        "任远",
        "开了十二年夜班公交的司机",
        "夜班公交",
        "《末班车》、《夜行城市》",
    ),
    (
        "把旧房子改成社区书店之后",
        "简宁",
        "在老街改造旧屋开书店的店主",
        "社区书店",
        "《街角书房》、《书店生存手册》",
    ),
    (
        "方言正在离开我们吗？",
        "温若",
        "做了五年方言录音档案的语言学研究生",
        "方言保护",
        "《乡音地图》、《说话的故乡》",
    ),
    (
        "在殡仪馆做化妆师是种什么体验",
        "岑默",
        "入行八年的遗体化妆师",
        "殡葬行业",
        "《最后的体面》、《入殓师》",
    ),
    (
        "给流浪猫找一个家",
        "白芷",
        "组织社区流浪猫救助的志愿者",
        "流浪猫救助",
        "《街猫图鉴》、《猫与城市》",
    ),
    (
        "县城青年的第二次出发",
        "易川",
        "返乡创业做农产品电商的年轻人",
        "返乡创业",
        "《县城来信》、《回到小镇》",
    ),
    (
        "拍了十年星空的人",
        "夏朗",
        "业余天文摄影爱好者",
        "星空摄影",
        "《暗夜保护区》、《看星星的人》",
    ),
    (
        "老裁缝的最后一间铺子",
        "梅姨",
        "在巷子里做了四十年衣服的裁缝",
        "老裁缝",
        "《一针一线》、《量体》",
    ),
]
BK_OPEN = [
    "这一期我们终于把拖了很久的选题录完了",
    "录这期节目的那天下着雨，录音棚外面一直有雨声",
    "这是我们第一次把录音设备搬到嘉宾的工作现场",
    "很多听友在后台留言想听这个话题",
]
BK_FEEL = [
    "聊着聊着我们发现，很多看似普通的日常里藏着一整套生活的智慧",
    "嘉宾讲到动情处停顿了很久，我们决定把那段沉默保留下来",
    "比起答案，这一期留下的更多是问题，欢迎大家在评论区继续聊",
    "剪辑的时候我们反复听了好几遍，每次都有新的感受",
]
BK_TOPICS = [
    "入行的契机",
    "最难熬的一段日子",
    "行业里不为人知的细节",
    "被误解最多的地方",
    "一件印象最深的小事",
    "如果重新选择一次",
    "给年轻人的建议",
]
BK_MUSIC = ["片头曲：《回声》— 拾音台乐队", "片尾曲：《慢慢走》— 北巷", "BGM：《晨光》— 纸鸢"]
BK_EDITORS = ["阿棠", "小满", "豆芽", "木鱼"]

# -- a Taiwan city library's new-book list (栗原市立圖書館), Big5 / UTF-16 text -------------
XS_LIB = "栗原市立圖書館"
XS_BRANCH = ["總館三樓", "總館二樓", "東區分館", "濱海分館", "總館四樓", "南屯分館"]
# (title, author, publisher, call number)
XS_BOOKS = [
    ("海風吹過的菜市場", "林秋霞", "南灣出版", "863.55／4429"),
    ("小鎮鐵道散步：十二座老車站的故事", "鄭文豪", "行路文化", "733.6／8734"),
    ("阿嬤的灶腳", "黃淑真", "木棉書房", "427.133／4432"),
    ("雨季來臨之前", "陳柏宇", "春分出版", "863.57／7541"),
    ("植物也會說話：城市綠地觀察手記", "許雅惠", "青林自然", "375.7／0814"),
    ("寫給孩子的地方史", "張明德", "小樹文化", "733.9／1167"),
    ("老屋新生：街區保存的十個現場", "吳建志", "城與人出版", "928.3／2614"),
    ("在醫院走廊等天亮", "蔡佩君", "白鷺出版", "863.55／4412"),
    ("溪流裡的魚", "劉志明", "青林自然", "388.5／7211"),
    ("一個人的登山課", "楊心怡", "山嵐出版", "992.77／4635"),
    ("茶山記事", "賴建成", "木棉書房", "434.181／5715"),
    ("聽見海的聲音：離島醫師手札", "邱正雄", "白鷺出版", "410.9／7214"),
    ("紙上的家", "謝宜芳", "春分出版", "855／0432"),
    ("手作木工入門", "周俊傑", "行路文化", "474／7723"),
]
XS_ABOUT = [
    "本書以細膩的筆觸記錄了作者多年來的觀察，書中穿插大量手繪插圖與老照片",
    "作者走訪各地，訪談數十位在地居民，將口述歷史整理成淺顯易讀的文字",
    "全書分為四個章節，從日常生活的小事談起，逐步帶出更深層的思考",
    "本書收錄作者近五年發表的作品，並新增三篇未曾公開的長文",
]
XS_MORE = [
    "字裡行間流露出對故鄉的深厚情感",
    "文字平實卻常有令人會心一笑的段落",
    "書末並附有延伸閱讀書目與名詞索引",
    "每一章都以一個真實人物的故事開場",
]
XS_WHY = [
    "適合想要重新認識生活周遭的讀者細細品味",
    "是親子共讀與教學參考的良好素材",
    "無論是初學者或是已有經驗的讀者都能有所收穫",
    "讓讀者在閱讀中感受土地與人之間的溫度",
]
XS_BIO = [
    "曾任報社記者與雜誌編輯，現專職寫作",
    "大學教師，長年投入地方文史調查工作",
    "自由插畫家與作家，作品曾多次獲得文學獎肯定",
    "從事醫療工作二十餘年，業餘喜愛寫作與攝影",
    "社區大學講師，推廣生活美學與手作課程",
]
XS_HOME = ["屏東", "花蓮", "宜蘭", "臺南", "基隆", "嘉義"]


class GenYK(GenO):
    """Text makers for the ``yk`` families (deterministic from the seed)."""

    def dates(self, k: int, *, span: int, newest_first: bool) -> list[datetime.date]:
        """``k`` distinct days within ``span`` days of one season (May–Oct)."""
        r = self.r
        base = datetime.date(r.randint(2018, 2024), r.randint(5, 9), r.randint(1, 28))
        picks = sorted(r.sample(range(span), k), reverse=newest_first)
        return [base + datetime.timedelta(days=x) for x in picks]

    # -- hydrology bulletin
    def bulletin(self, day: datetime.date, level: float, delta: float) -> Art:
        """One water-level bulletin of the gauge: rain, the reading, upstream rows, the
        forecast and the advice; author the duty observer, published the day."""
        r = self.r
        self.n += 1
        prev = day - datetime.timedelta(days=1)
        up = delta > 0
        over = level - SW_WARN
        span = f"{prev.month}月{prev.day}日8时至{day.month}月{day.day}日8时"
        if up:
            rain = (
                f"受{r.choice(SW_RAIN_SYS)}影响，{span}，{SW_RIVER}流域普降"
                f"{r.choice(SW_RAIN_GRADE)}，面平均雨量{r.randint(180, 900) / 10}毫米，"
                f"最大点雨量{r.choice(SW_RAIN_SPOT)}{r.randint(600, 2200) / 10}毫米。"
            )
        else:
            rain = (
                f"{span}，{SW_RIVER}流域{r.choice(SW_CALM)}，"
                f"面平均雨量{r.randint(0, 90) / 10}毫米，上游来水逐步减少。"
            )
        state = f"超警戒水位{over:.2f}米" if over > 0 else f"低于警戒水位{-over:.2f}米"
        reading = (
            f"本站{day.day}日8时实测水位{level:.2f}米，较前日同时{'上涨' if up else '回落'}"
            f"{abs(delta):.2f}米，{state}，相应流量{int(600 + (level - 20) * 420)}立方米每秒。"
        )
        rows = []
        for name, base in r.sample(SW_UP, 3):
            ch = round(delta + r.randint(-20, 20) / 100, 2)
            word = "涨" if ch >= 0 else "落"
            rows.append(
                f"{name}　水位 {base + r.randint(0, 250) / 100:.2f} 米　{word} {abs(ch):.2f} 米"
            )
        peak = f"洪峰可能于{(day + datetime.timedelta(days=1)).day}日夜间出现"
        trend = r.choice(SW_TREND_UP if up else SW_TREND_DN)
        forecast = (
            f"据分析，预计未来24小时{SW_GAUGE}水位将{trend}，"
            f"{peak if up else '但仍需关注上游水库泄洪情况'}，"
            f"本站将加密测报频次，及时发布最新水情。"
        )
        advice = f"{r.choice(SW_ADVICE)}，严禁在河道内游泳、垂钓和捕鱼。"
        if up and over > 0:
            title = f"{SW_RIVER}干流水位继续上涨，{SW_GAUGE}超警戒{over:.2f}米"
        elif up:
            title = f"受上游来水影响，{SW_GAUGE}水位上涨{delta:.2f}米"
        elif over > 0:
            title = f"{SW_GAUGE}水位开始回落，仍超警戒{over:.2f}米"
        else:
            title = f"{SW_RIVER}干流水位回落{-delta:.2f}米，{SW_GAUGE}低于警戒水位"
        lines = [rain, reading, "上游主要站点8时水情：", *rows, forecast, advice]
        meta = {"author": r.choice(SW_MEN), "published": iso(day.year, day.month, day.day)}
        return Art(title, lines, list(lines), meta)

    # -- scenic notice
    def scenic(self, j: int, day: datetime.date) -> Art:
        """One visitor notice: salutation, the reason and measure, numbered asks, thanks."""
        r = self.r
        self.n += 1
        title, _kind, what, why = JQ_NOTICES[j]
        start = day + datetime.timedelta(days=r.randint(2, 8))
        if j == 0:
            start = datetime.date(day.year, 10, 1)
        when = (
            "" if what.startswith("自即日") else f"自{start.year}年{start.month}月{start.day}日起"
        )
        asks = r.sample(JQ_ASK, 3)
        lines = [
            "尊敬的游客朋友：",
            f"因{why}，{r.choice(JQ_LAW)}，{JQ_AREA}决定{when}{what}。",
            "现将有关事项公告如下：",
            *[f"{k}. {x}；" for k, x in enumerate(asks[:2], 1)],
            f"3. {asks[2]}。",
            f"景区恢复正常运营或调整有关措施时，将通过{'、'.join(r.sample(JQ_VIEWS, 2))}"
            f"另行发布，咨询电话0739-{r.randint(5000000, 8999999)}。",
            "由此给您带来的不便，敬请谅解，感谢您的理解与配合！",
        ]
        meta = {"published": iso(day.year, day.month, day.day), "issuer": JQ_BOARD}
        return Art(title, lines, list(lines), meta)

    # -- podcast show notes
    def notes(self, ep: tuple[str, str, str, str, str], day: datetime.date) -> Art:
        """One episode's show notes: two paragraphs, the guest line, a timeline, the
        mentioned works and the music credit; author the notes' editor."""
        r = self.r
        self.n += 1
        title, guest, who, topic, works = ep
        marks = sorted(r.sample(range(2, 60), 4))
        heads = r.sample(BK_TOPICS, 4)
        lines = [
            f"{r.choice(BK_OPEN)}，我们请到了{who}{guest}，"
            f"从{topic}聊起，聊到了很多平时不太有机会说出口的话。",
            f"{r.choice(BK_FEEL)}，希望这{r.randint(45, 80)}分钟能陪你度过一段安静的时间。",
            f"本期嘉宾：{guest}，{who}。",
            "时间线",
            *[f"{m:02d}:{r.randint(0, 59):02d}　{h}" for m, h in zip(marks, heads, strict=True)],
            f"本期提到：{works}",
            r.choice(BK_MUSIC),
        ]
        meta = {"published": iso(day.year, day.month, day.day), "author": r.choice(BK_EDITORS)}
        return Art(title, lines, list(lines), meta)

    # -- library new-book blurb
    def book(self, b: tuple[str, str, str, str], day: datetime.date) -> Art:
        """One book's blurb: 內容簡介 / 作者簡介 paragraphs (labels stay); author the book's
        author, published the list's update day."""
        r = self.r
        self.n += 1
        title, author, _pub, _call = b
        lines = [
            f"內容簡介：{r.choice(XS_ABOUT)}，{r.choice(XS_MORE)}，{r.choice(XS_WHY)}。",
            f"作者簡介：{author}，{r.choice(XS_HOME)}人，{r.choice(XS_BIO)}，"
            f"著有散文集與繪本等作品共{r.randint(3, 12)}種。",
        ]
        meta = {"author": author, "published": iso(day.year, day.month, day.day)}
        return Art(title, lines, list(lines), meta)
