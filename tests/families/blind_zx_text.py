"""Words and text makers of :mod:`tests.families.blind_families_zx` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zx`` families repeats one of the earlier
families.  The rumour list's words are in GB18030, the household-registration office's in
Big5 (cp950: traditional letters, no ``〇``).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a city traffic police detachment's exposure board (岑州交警), HTML in UTF-8 ---------------
JJ_SITE = "岑州交警·平安出行网"
JJ_ORG = "岑州市公安局交通警察支队"
JJ_SQUADS = ["城东大队", "城西大队", "高新大队", "直属一大队", "机动大队", "铜梁湾大队"]
JJ_PLATE = "岑"
# (violation kind, title pattern, what the driver did, vehicle, the closing warning)
JJ_CASES = [
    (
        "闯红灯",
        "驾驶人在{road}路口连续闯红灯被抓拍",
        "在信号灯已转为红色后仍加速通过停止线",
        "小型轿车",
        "交警部门提醒，驾驶人应当自觉遵守交通信号，切莫因一时之快酿成事故。",
    ),
    (
        "不礼让行人",
        "{road}斑马线前不停车让行，驾驶人被依法处罚",
        "行经人行横道时未减速，险些与行人相撞",
        "小型普通客车",
        "交警部门提醒，路口多一分礼让，道路就多一分安全。",
    ),
    (
        "违法占用应急车道",
        "高峰时段占用{road}应急车道行驶，车主被曝光",
        "在车流缓行时驶入应急车道连续超越多车",
        "小型越野客车",
        "交警部门提醒，应急车道是生命通道，任何时候都不得随意占用。",
    ),
    (
        "驾驶时拨打手持电话",
        "边开车边打电话，{road}一驾驶人被查处",
        "驾车途中一手持电话一手握方向盘长时间通话",
        "小型轿车",
        "交警部门提醒，开车时请放下手机，专心驾驶才是对自己和他人负责。",
    ),
    (
        "货车违反禁令标志",
        "货车无视禁行标志闯入{road}，驾驶人被记分罚款",
        "在货车禁行时段驶入城区主干道",
        "重型半挂牵引车",
        "交警部门提醒，货车驾驶人出车前应当查清沿途禁行路段和时段，按规定路线行驶。",
    ),
    (
        "逆向行驶",
        "为抄近路在{road}逆向行驶，驾驶人受到处罚",
        "为少绕一段路从对向车道逆行约两百米",
        "轻型厢式货车",
        "交警部门提醒，逆行看似省了几分钟，实则把自己和他人置于危险之中。",
    ),
    (
        "摩托车未戴头盔",
        "{road}一摩托车驾乘人员均未戴头盔被查处",
        "驾驶摩托车搭载一人，二人均未佩戴安全头盔",
        "二轮摩托车",
        "交警部门提醒，安全头盔是生命的保护伞，出行务必规范佩戴。",
    ),
    (
        "违法停车",
        "{road}消防通道前长时间违停，车辆被拖移",
        "将车辆停放在消防通道入口处并离开达三小时",
        "小型普通客车",
        "交警部门提醒，消防通道关系群众生命安全，请将车辆停放在规定泊位内。",
    ),
    (
        "超员",
        "七座车塞进十一人，{road}查获一起超员行为",
        "驾驶核载七人的客车实际载客十一人",
        "小型普通客车",
        "交警部门提醒，超员车辆一旦发生事故后果不堪设想，切勿为省钱冒险出行。",
    ),
    (
        "遮挡号牌",
        "故意遮挡号牌躲避抓拍，{road}一车主被查获",
        "用贴纸遮挡号牌部分字符以逃避电子监控",
        "小型轿车",
        "交警部门提醒，心存侥幸终究难逃法网，文明出行从我做起。",
    ),
]
JJ_ROADS = ["解放路与建设路", "滨江大道", "岑山隧道", "环城北路", "学府路", "站前街", "绕城高速"]
JJ_ROADS += ["铜梁湾大桥", "迎宾大道", "老城南门"]
JJ_FOUND = ["经路口电子警察抓拍", "民警在视频巡查中发现", "经群众随手拍举报", "执勤民警现场发现"]
JJ_LAWS = [
    "依据《中华人民共和国道路交通安全法》第{}条",
    "根据《岑州市道路交通安全条例》第{}条",
]
JJ_READ = [
    "岑州交警发布端午假期出行提示",
    "关于绕城高速部分路段夜间施工交通管制的通告",
    "岑州交警开展电动自行车违法行为集中整治",
    "考试提醒：科目三考场临时调整的公告",
    "春运期间全市交通安全形势分析",
    "关于公布第二批交通事故多发路段的通告",
]

# -- a province's internet rumour-refuting platform (岚州), monthly report PDF text -------------
PY_SITE = "岚州省互联网联合辟谣平台"
PY_OFFICE = "岚州省互联网信息办公室"
PY_EDITORS = ["卢晓禾", "骆一凡", "汤可欣", "宁致远", "阎书瑶"]
# (topic tag, title, the rumour, the fact, refuting unit, its channel)
PY_ITEMS = [
    (
        "食品安全",
        "网传“空心挂面含有塑料”？不实",
        "有短视频称，点燃后冒黑烟、能拉出细丝的挂面是用塑料做的",
        "挂面中的淀粉和蛋白质遇火会焦化冒烟，能拉丝是因为面筋蛋白具有韧性",
        "岚州省市场监督管理局",
        "官方微博",
    ),
    (
        "公共安全",
        "“高速公路将全面取消免费通行”系谣言",
        "网帖称从下个月起节假日小型客车免费通行政策将全面取消",
        "经核实，有关部门从未发布过此类通知，节假日免费通行政策照常执行",
        "岚州省交通运输厅",
        "政务公众号",
    ),
    (
        "医疗健康",
        "喝醋能软化血管？专家：没有科学依据",
        "有人在家庭群里转发文章，称每天空腹喝一小杯醋就能软化血管",
        "醋进入胃里后很快被消化吸收，不可能直接作用于血管壁",
        "岚州省疾病预防控制中心",
        "官方网站",
    ),
    (
        "社会民生",
        "“退休人员须在月底前重新认证否则停发养老金”不实",
        "多个聊天群流传消息称，所有退休人员必须在本月底前到社区重新认证",
        "养老金领取资格认证已改为大数据比对，绝大多数老人无需本人跑腿",
        "岚州省人力资源和社会保障厅",
        "官方微博",
    ),
    (
        "自然灾害",
        "网传“岚江上游水库垮坝”系谣言",
        "有网民发布视频称岚江上游某水库已经垮坝，下游村庄需要紧急撤离",
        "经水利部门现场核查，该水库运行正常，视频画面系多年前外省洪水录像",
        "岚州省水利厅",
        "政务公众号",
    ),
    (
        "食品安全",
        "“染色西瓜”流入本地市场？假的",
        "有视频称本地市场出售的西瓜瓤红得发紫，是商贩注射色素所致",
        "西瓜瓤颜色深浅由品种和成熟度决定，注射色素会让西瓜很快腐烂",
        "岚州省农业农村厅",
        "官方网站",
    ),
    (
        "教育考试",
        "“今年中考取消体育科目”系误读",
        "有培训机构在宣传单中称今年全省中考将不再考体育",
        "省教育厅从未作出此类调整，体育仍计入中考总分，分值保持不变",
        "岚州省教育厅",
        "政务公众号",
    ),
    (
        "医疗健康",
        "网传“某药店感冒药全部下架”不实",
        "有网民转发截图称全省药店的感冒类药品将在三天内全部下架",
        "相关药品购销秩序正常，截图内容系对一份旧通知的断章取义",
        "岚州省药品监督管理局",
        "官方微博",
    ),
    (
        "公共安全",
        "“新款电动车头盔内含有毒填充物”不实",
        "有文章称市面上一款新上市的电动车头盔内衬会释放有毒气体",
        "抽检结果显示，该款头盔各项指标均符合国家标准，不存在文章所说的问题",
        "岚州省消费者权益保护委员会",
        "官方网站",
    ),
    (
        "社会民生",
        "“城区将全面禁止燃放烟花爆竹”系旧闻翻炒",
        "一则图片消息称城区今年春节期间将全面禁止燃放烟花爆竹",
        "图片内容为数年前的旧规定，当年已经修订，现行规定划定了限时燃放区域",
        "岚州市公安局",
        "政务公众号",
    ),
]
PY_SPREAD = [
    "这条消息在短时间内被大量转发",
    "不少中老年网民信以为真并继续扩散",
    "部分自媒体账号为博取流量跟风炒作",
    "有关话题一度登上本地热搜",
]
PY_ADVICE = [
    "请广大网民通过权威渠道获取信息，不信谣、不传谣。",
    "如发现类似不实信息，可拨打举报电话或通过平台在线举报。",
    "对故意编造、传播谣言的行为，相关部门将依法予以查处。",
    "转发之前多想一想、多查一查，别让自己成为谣言的“二传手”。",
    "看到耸人听闻的消息先别急着转发，等一等官方发布的权威信息。",
    "家中长辈更容易轻信此类消息，不妨多陪他们核实一下来源。",
]

# -- a district household-registration office's news board (台湾，梅汀區), HTML in Big5 ----------
HZ_SITE = "嵐港市梅汀區戶政事務所"
HZ_CITY = "嵐港市"
HZ_UNITS = ["戶籍課", "役政課", "行政課", "綜合服務課"]
HZ_STAFF = ["陳股長", "林課員", "黃專員", "吳課長", "許辦事員"]
# (title, the service, who may apply, what to bring)
HZ_NEWS = [
    (
        "本所週三夜間延長服務時間，歡迎上班族多加利用",
        "夜間延長服務",
        "平日無法請假的民眾",
        "國民身分證正本",
    ),
    (
        "新式國民身分證換發作業說明，請民眾留意預約時段",
        "身分證換發",
        "年滿十四歲的國民",
        "舊證及最近二年內照片一張",
    ),
    ("出生登記可線上預約，新手爸媽少跑一趟", "出生登記", "新生兒的父母", "出生證明書及父母身分證"),
    (
        "本所提供到府服務，行動不便長者免出門",
        "到府服務",
        "行動不便或臥床的長者",
        "申請人及受託人身分證明",
    ),
    (
        "結婚登記當天拍照留念，本所布置紀念背板",
        "結婚登記",
        "辦理結婚登記的新人",
        "雙方身分證、印章及結婚書約",
    ),
    (
        "門牌整編作業即將展開，請相關里民配合辦理",
        "門牌整編",
        "門牌整編範圍內的住戶",
        "原門牌證明或建物權狀影本",
    ),
    (
        "役男出國須先申請核准，暑假前請提早辦理",
        "役男出境申請",
        "尚未服役的適齡役男",
        "護照影本及在學證明",
    ),
    ("本所與里辦公處合辦戶政宣導，歡迎里民參加", "戶政宣導講座", "轄區各里里民", "無需攜帶證件"),
]
HZ_WHEN = ["自即日起", "本月起", "自下週一起", "於暑假期間"]
HZ_WHY = [
    "為方便民眾就近辦理各項業務",
    "為減少民眾臨櫃等候時間",
    "配合市府便民服務政策",
    "考量近年轄區人口持續增加",
]
HZ_TIP = [
    "民眾如有疑問，可於上班時間來電洽詢，本所將有專人說明。",
    "相關表格可至本所網站下載，也可於現場索取填寫。",
    "本所提醒民眾，辦理前請先確認證件是否齊全，以免往返奔波。",
]
HZ_READ = [
    "本所春節期間服務時間公告",
    "戶籍謄本申請方式說明",
    "本所志工招募簡章",
    "更改姓名常見問答",
    "本所榮獲市府服務品質評核優等",
    "外籍配偶歸化相關資訊",
]

# -- a cloud service's status page history (栖云云), text saved from the page, UTF-16 ----------
ZT_SITE = "栖云云"
ZT_FIRM = "栖云科技"
# (component, region, title, what users saw, cause, fix)
ZT_INCIDENTS = [
    (
        "对象存储",
        "华东二区",
        "部分用户上传文件超时",
        "大文件分片上传频繁超时",
        "一台元数据节点磁盘响应变慢",
        "将故障节点摘除并切换至备用节点",
    ),
    (
        "云数据库",
        "华北一区",
        "数据库实例创建任务排队",
        "新建实例长时间停留在创建中状态",
        "调度服务的任务队列出现积压",
        "扩容调度服务并清理积压任务",
    ),
    (
        "内容分发",
        "全部地域",
        "部分地区静态资源加载缓慢",
        "部分省份访问静态资源明显变慢",
        "一条骨干线路出现丢包",
        "将流量切换到其他线路",
    ),
    (
        "控制台",
        "全部地域",
        "控制台登录后页面空白",
        "登录后控制台首页无法正常显示",
        "前端资源的一次发布存在缺陷",
        "回滚前端版本",
    ),
    (
        "云服务器",
        "华南一区",
        "个别可用区实例网络抖动",
        "部分实例出现短时丢包和延迟升高",
        "一台接入交换机端口异常",
        "更换异常端口并恢复链路",
    ),
    (
        "消息队列",
        "华东一区",
        "消息投递延迟升高",
        "部分队列的消息投递延迟达到数分钟",
        "一个分区的主副本切换耗时过长",
        "手动完成副本切换并调整参数",
    ),
    (
        "短信服务",
        "全部地域",
        "验证码短信到达率下降",
        "部分运营商号码收不到验证码",
        "上游通道在一段时间内限流",
        "启用备用通道并与上游协调扩容",
    ),
    (
        "云监控",
        "华北二区",
        "监控图表数据缺失",
        "监控图表在一段时间内出现断点",
        "数据写入服务内存占用过高",
        "重启写入服务并优化内存配置",
    ),
    (
        "域名解析",
        "全部地域",
        "部分域名解析变更生效缓慢",
        "修改解析记录后长时间未生效",
        "同步服务在一个机房出现阻塞",
        "修复同步服务并补推全部变更",
    ),
    (
        "容器服务",
        "西南一区",
        "集群节点扩容失败",
        "自动扩容任务报错退出",
        "镜像仓库的一个地址证书过期",
        "更新证书并重新触发扩容任务",
    ),
]
ZT_WATCH = [
    "我们将持续观察相关指标，确认服务完全稳定后再更新状态",
    "目前各项指标已回到正常水平，我们会继续观察一段时间",
    "修复措施已经生效，受影响用户的请求正在逐步恢复",
]
ZT_SORRY = [
    "由此给您带来的不便，我们深表歉意，后续将发布详细的复盘报告。",
    "给您的业务造成影响，我们非常抱歉，相关改进措施正在落实中。",
    "感谢您的耐心等待，如仍有异常，请通过工单与我们联系。",
]


class GenZX(GenO):
    """Text makers for the ``zx`` families (deterministic from the seed)."""

    # -- exposure board
    def exposure(self, case: tuple[str, ...], road: str, squad: str) -> tuple[Art, str]:
        """One exposed violation: what was found, the penalty and a warning.  Returns the
        article and the capture time (``2023年5月9日 07:42``)."""
        self.n += 1
        r = self.r
        kind, pattern, did, car, warn = case
        y, m, d = self.date()
        fine = r.choice([100, 150, 200, 500, 1000])
        points = r.choice([1, 3, 6, 9, 12])
        law = r.choice(JJ_LAWS).format(r.randint(38, 99))
        clock = self.clock()
        lines = [
            f"{r.choice(JJ_FOUND)}，{m}月{d}日{clock}许，一辆{car}在{road}"
            f"附近{did}，{squad}民警随即调取视频、固定证据，并通知车主到队接受处理。",
            f"经查，该车驾驶人{r.choice(['张', '黄', '罗', '邓', '曾'])}某的行为已构成{kind}，"
            f"{law}，交警部门对其作出罚款{fine}元、记{points}分的处罚，"
            f"这是该车今年第{self.n % 4 + 1}次被记录违法。",
            warn,
        ]
        art = Art(pattern.format(road=road), lines, list(lines), {"origin": squad})
        return art, f"{y}年{m}月{d}日 {clock}"

    # -- rumour list
    def rumour(self, item: tuple[str, ...], advice: str) -> Art:
        """One refuted rumour: three labelled paragraphs (网传说法 / 事实真相 / 岚小辟提醒)."""
        self.n += 1
        r = self.r
        _, title, claim, fact, unit, _ = item
        y, m, d = self.date()
        lines = [
            f"网传说法：{claim}，{r.choice(PY_SPREAD)}，截至辟谣前相关帖子阅读量已超过"
            f"{self.n * 3 + 5}万次。",
            f"事实真相：{fact}。{unit}相关负责人表示，网传内容与事实严重不符，"
            f"已会同有关部门对首发账号进行核查处置。",
            f"岚小辟提醒：{advice}",
        ]
        return Art(title, lines, list(lines), {"origin": unit, "published": iso(y, m, d)})

    # -- household-registration office news
    def hz_news(self, i: int) -> Art:
        r = self.r
        title, service, who, bring = HZ_NEWS[i]
        unit = r.choice(HZ_UNITS)
        y, m, d = self.date()
        lines = [
            f"{r.choice(HZ_WHY)}，{HZ_SITE}{r.choice(HZ_WHEN)}推出{service}，"
            f"對象為{who}，歡迎多加利用。",
            f"該所表示，去年全年共受理相關案件{r.randint(120, 980)}件，"
            f"其中有不少民眾因證件不齊而需要再跑一趟，因此特別提醒申請時應備妥{bring}。",
            f"申請方式：一、親自至本所{unit}櫃檯辦理；二、透過市府線上申辦平臺預約；"
            f"三、委託他人代為申請者，另須檢附委託書。",
            r.choice(HZ_TIP),
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": unit})

    # -- status page incident
    def incident(self, item: tuple[str, ...], k: int) -> tuple[Art, str, str]:
        """One incident: its updates, newest first (``已恢复`` / ``观察中`` / ``已定位`` /
        ``调查中``), each a labelled line.  Returns the article, its start time and its
        duration."""
        self.n += 1
        r = self.r
        comp, region, title, saw, cause, fix = item
        y, m, d = self.date()
        h0, m0 = r.randint(0, 20), r.randint(0, 59)
        steps = [r.randint(8, 25), r.randint(15, 40), r.randint(10, 30), r.randint(20, 45)]
        t = h0 * 60 + m0
        stamps = []
        for s in steps:
            t += s
            stamps.append(f"{m}月{d}日 {t // 60:02d}:{t % 60:02d}")
        total = t - (h0 * 60 + m0)
        lines = [
            f"已恢复 ｜ {stamps[3]} ｜ 经过持续观察，{region}{comp}已完全恢复正常，"
            f"本次事件共影响约{r.randint(2, 30)}%的相关请求。{r.choice(ZT_SORRY)}",
            f"观察中 ｜ {stamps[2]} ｜ 工程师已{fix}，{r.choice(ZT_WATCH)}。",
            f"已定位 ｜ {stamps[1]} ｜ 经排查，本次问题是由于{cause}导致，"
            f"工程师正在{r.choice(['紧急处理', '制定修复方案', '逐步实施修复'])}。",
            f"调查中 ｜ {stamps[0]} ｜ 我们收到用户反馈并通过监控发现，"
            f"{region}{comp}出现异常，{saw}，工程师正在排查原因。",
        ]
        start = f"{y:04d}-{m:02d}-{d:02d} {h0:02d}:{m0:02d}"
        dur = f"{total // 60}小时{total % 60}分钟" if total >= 60 else f"{total}分钟"
        meta = {"published": iso(y, m, d), "doc_number": f"INC-{y:04d}{m:02d}{d:02d}-{k:02d}"}
        return Art(title, lines, list(lines), meta), start, dur
