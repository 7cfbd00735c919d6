"""Words and text makers of :mod:`tests.families.blind_families_ze` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``ze`` families repeats one of the earlier
families.  The tea newsletter's and the county portal's words are all in GBK (their pages
are GB18030 and GBK).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# a city tea association's newsletter (岚茗茶讯), GB18030 text
ASSOC = "岚山市茶叶行业协会"
CATS = ["产业动态", "技术园地", "市场行情", "会员风采", "品牌建设"]
TEA_TOWNS = ["云雾乡", "石笋镇", "白鹭坪镇", "松岙乡", "桐子坝镇", "青苔岭镇", "野鹤溪乡"]
TEA_THINGS = [
    "春茶开园采摘",
    "茶园绿色防控示范区建设",
    "手工制茶技艺培训班",
    "茶叶初制所清洁化改造",
]
TEA_THINGS += ["生态茶园认证评审", "茶旅融合精品线路", "老茶园低产改造", "茶青交易市场升级"]
TEA_DONE = ["顺利启动", "通过验收", "圆满结业", "成效初显", "全面铺开", "有序推进"]
TECH = ["春茶采摘期茶园病虫害绿色防控", "名优绿茶摊青环节的温湿度控制", "幼龄茶园的覆盖保墒"]
TECH += ["倒春寒过后茶树的恢复管理", "夏秋茶修剪的时机与高度", "茶园有机肥替代化肥"]
TECH += ["红茶萎凋程度的手感判断", "茶叶仓储防潮防异味"]
GRADES = ["名优茶青", "一芽一叶茶青", "大宗茶青", "单芽茶青"]
TREND = ["小幅回落", "稳中有升", "高开低走", "基本持平"]
GROWERS = ["郁春芽", "甘守田", "岑雨前", "费清明", "柯谷雨", "蓟山农", "宓晓茗", "鄢采薇"]
MOTTO = ["守着三十亩老茶园的“茶痴”", "把直播间搬进茶山的返乡青年", "带着乡亲们做合作社的老支书"]
MOTTO += ["坚持古法炒青二十年的制茶师", "让荒坡变茶园的退伍老兵", "给茶园装上“天眼”的技术员"]
BRANDS = ["岚山云雾", "鹭坪银针", "松岙红", "野鹤翠芽"]
BRAND_DO = ["亮相省农博会", "获评区域公用品牌", "走进社区品鉴会", "开设城市体验店"]
T_WHEN = ["开园首周", "清明前后", "谷雨时节", "入春以来", "近一个月", "本期统计期内"]
T_WHO = ["乡农技站", "协会专家组", "各合作社负责人", "茶企技术骨干", "驻村工作队"]
T_DID = ["逐片查看了", "组织复核了", "分批培训了", "上门指导了", "抽样检测了"]
T_OBJ = ["茶树新梢长势", "鲜叶进厂质量", "采摘标准执行情况", "杀青机温控记录", "茶园土壤墒情"]
T_GOT = ["整体情况好于往年", "发现的问题已当场整改", "茶农反映收益有所增加", "为后续工作打下了基础"]
WRITERS = ["孟晓溪", "屈青禾", "房岚", "祁一叶", "綦春山", "仉明月"]
DESKS = ["云雾乡茶办", "石笋镇农技站", "协会秘书处", "市茶产业发展中心", "松岙乡农业服务中心"]

# a developer Q&A site (栈桥问答), UTF-8 HTML
QS = [
    (
        "pandas 读取 csv 时中文乱码，指定 encoding 也没用",
        ["python", "pandas", "编码"],
        ['df = pd.read_csv("orders.csv", encoding="utf-8")', "print(df.head())"],
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xd6 in position 12",
        ['df = pd.read_csv("orders.csv", encoding="gb18030")'],
    ),
    (
        "nginx 反向代理后接口返回 502，直接访问端口却正常",
        ["nginx", "反向代理", "linux"],
        ["location /api/ {", "proxy_pass http://127.0.0.1:8081;", "}"],
        "connect() failed (111: Connection refused) while connecting to upstream",
        ["proxy_pass http://127.0.0.1:8081/;", "sudo nginx -s reload"],
    ),
    (
        "git pull 提示本地修改会被覆盖，怎么只保留远程版本",
        ["git", "版本控制"],
        ["git pull origin main"],
        "error: Your local changes to the following files would be overwritten by merge",
        ["git fetch origin", "git reset --hard origin/main"],
    ),
    (
        "MySQL 按月分组统计时，没有数据的月份不显示",
        ["mysql", "sql", "统计"],
        ["SELECT DATE_FORMAT(created_at, '%Y-%m') AS ym, COUNT(*)", "FROM orders GROUP BY ym;"],
        "结果里只有 1 月、2 月和 5 月三行，3 月和 4 月整行消失了",
        [
            "SELECT m.ym, COUNT(o.id) FROM months m",
            "LEFT JOIN orders o ON m.ym = o.ym GROUP BY m.ym;",
        ],
    ),
    (
        "Excel 里 VLOOKUP 明明有对应值却一直返回 #N/A",
        ["excel", "办公软件", "函数"],
        ["=VLOOKUP(A2, Sheet2!A:C, 3, FALSE)"],
        "两张表的编号看起来完全一样，但是整列都显示 #N/A",
        ['=VLOOKUP(TRIM(A2)&"", Sheet2!A:C, 3, FALSE)'],
    ),
    (
        "Docker 容器里的时间比宿主机慢了八个小时",
        ["docker", "时区", "linux"],
        ["docker run -d --name web myapp:1.2", "docker exec web date"],
        "容器里 date 输出的是 UTC 时间，日志时间全部对不上",
        ["docker run -d -e TZ=Asia/Shanghai --name web myapp:1.2"],
    ),
    (
        "Vue 页面刷新后 vuex 里保存的登录状态丢失",
        ["vue", "前端", "vuex"],
        ["state: { token: '' },", "mutations: { setToken(s, t) { s.token = t } }"],
        "登录后一切正常，按一下 F5 就被踢回登录页",
        [
            "localStorage.setItem('token', t)",
            "state: { token: localStorage.getItem('token') || '' },",
        ],
    ),
    (
        "Java 用 SimpleDateFormat 多线程解析日期偶尔出错",
        ["java", "多线程", "日期"],
        ['private static final SimpleDateFormat F = new SimpleDateFormat("yyyy-MM-dd");'],
        "java.lang.NumberFormatException: multiple points",
        ['private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd");'],
    ),
]
Q_LEAD = ["相关的代码大概是下面这样：", "贴一下我现在的写法：", "配置文件里相关的部分如下："]
Q_LEAD += ["复现步骤很简单，就执行了这几句：", "我的代码是这样写的：", "下面是精简过的代码："]
Q_LEAD += ["现在的配置大致如此：", "出问题的那几行是这样的："]
Q_ERR = ["运行后报错：", "然后就报了下面这个错：", "控制台输出：", "现象是这样的："]
A_FIX = ["把对应的写法改成下面这样就可以了：", "换成下面这种写法：", "试试这样改：", "改成这样："]
Q_TRY = ["网上搜到的几种办法都试过了", "换了两台电脑结果一样", "重启服务之后问题依旧"]
Q_TRY += ["翻了官方文档也没找到说明", "同事的机器上却一切正常"]
Q_ENV = ["Windows 10 专业版", "Ubuntu 20.04", "CentOS 7.9", "macOS 11"]
A_WHY = ["根本原因在于两边默认的配置不一致", "问题出在源数据本身而不是代码", "这是一个很常见的坑"]
A_WHY += ["报错信息其实已经把原因说清楚了", "官方文档的注意事项里专门提过这一点"]
A_TIP = ["改完记得清一下缓存再验证", "建议先在测试环境试一遍", "生产环境操作之前务必先备份"]
A_TIP += ["排查这类问题最好先看日志", "以后新建项目时统一规范可以省掉很多麻烦"]
USERS = ["青柠不加冰", "码农老岑", "半盏灯", "dev_xiaoyu", "一行注释", "夜航船", "栈下客"]
USERS += ["lambda_cat", "北岸", "拾贰"]
COMMENTS = ["同问，我也遇到了一样的情况。", "能贴一下完整的报错吗？", "感谢，按这个方法解决了！"]
COMMENTS += ["我这边试了没用，环境不一样吧。", "补充一下，新版本已经修复了。", "收藏了，马克一下。"]

# a county government portal's notices (青崖县人民政府 公示公告), GBK HTML
COUNTY = "青崖县"
G_KINDS = [
    ("建设工程规划许可批前公示", "青崖县自然资源局", "青自然资"),
    ("拟表彰对象名单公示", "青崖县人力资源和社会保障局", "青人社"),
    ("征收土地补偿安置方案公示", "青崖县人民政府", "青政"),
    ("城乡低保拟新增对象公示", "青崖县民政局", "青民"),
    ("专项资金拟分配方案公示", "青崖县财政局", "青财"),
    ("拟认定示范合作社名单公示", "青崖县农业农村局", "青农"),
    ("排污许可证拟核发情况公示", "青崖县生态环境分局", "青环"),
    ("拟命名文明村镇名单公示", "青崖县精神文明建设办公室", "青文明办"),
]
G_PLACES = ["溪口镇中心幼儿园扩建项目", "{y}年度先进工作者", "城北片区棚户区改造项目"]
G_PLACES += ["{y}年第一季度", "乡村公路养护", "{y}年度农民专业合作社"]
G_PLACES += ["县污水处理厂二期工程", "第三批县级文明村镇"]
G_VILL = ["溪口镇", "麻栗坪乡", "大坝镇", "石门乡", "老街社区", "龙头山镇", "坪寨乡", "新桥镇"]
G_DONE = [
    "经单位推荐、资格审查和集体研究",
    "经现场踏勘、专家评审和部门会商",
    "经入户调查、民主评议和审核",
]
G_DONE += ["经申报审核、实地核查和综合评定"]
G_OBJ = ["相关材料已在所在乡镇便民服务中心同步张贴", "详细名单见附件", "涉及的具体图纸可到窗口查阅"]
G_OBJ += ["公示期满无异议的将按程序办理"]
G_WAY = ["来电", "来信", "来访", "发送电子邮件"]
G_STAFF = ["段红梅", "普正华", "字德安", "杞云芬", "罗光明", "鲁秀英"]

# a law firm's articles (岚衡律师事务所 律师观点), UTF-8 with BOM text
FIRM = "岚衡律师事务所"
L_TOPICS = [
    ("劳动人事", "劳动合同到期不续签，经济补偿怎么算？", "劳动合同", "用人单位"),
    ("房产纠纷", "租房押金被房东扣下不退，租客可以怎么办？", "租赁合同", "出租人"),
    ("债权债务", "借条上没写利息，出借人还能主张利息吗？", "借款合同", "出借人"),
    ("婚姻家事", "婚前买房婚后共同还贷，离婚时房子归谁？", "婚前房产", "登记方"),
    ("交通事故", "交通事故受伤后的误工费，到底按什么标准赔？", "误工损失", "侵权人"),
    ("消费维权", "网购商品拆封后，还能七日无理由退货吗？", "网络购物合同", "经营者"),
    ("物业纠纷", "对物业服务不满意，业主能不能拒交物业费？", "物业服务合同", "物业公司"),
    ("公司法务", "员工离职后违反竞业限制，公司能要回补偿金吗？", "竞业限制协议", "劳动者"),
]
LAWYERS = ["郁明川", "钟离蕙", "闻人修", "裴见山", "阙怀瑾", "栾子衡", "冷观澜", "谯书宁"]
L_FACT = ["双方在签约时未作书面约定", "当事人曾多次通过微信沟通未果", "对方以各种理由拖延履行"]
L_FACT += ["相关款项至今仍未结清", "双方对关键事实各执一词"]
L_VIEW = ["法院审查的重点在于双方的真实意思表示", "证据是否完整往往决定了案件的走向"]
L_VIEW += ["司法实践中对此类问题的认定标准逐渐统一", "仅凭口头约定很难得到法院支持"]
L_ADVICE = ["保留好聊天记录、转账凭证等原始证据", "发生争议后及时通过书面形式主张权利"]
L_ADVICE += [
    "签约前逐条核对关键条款的含义",
    "必要时先咨询专业律师再作决定",
    "注意诉讼时效，避免拖延失权",
]


class GenZE(GenO):
    """Text makers for the ``ze`` families (deterministic from the seed)."""

    # -- the tea newsletter
    def tea_line(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(T_WHEN)}，{r.choice(T_WHO)}{r.choice(T_DID)}{r.choice(TEA_TOWNS)}{self.n * 11 + 40}户茶农的{r.choice(T_OBJ)}，{r.choice(T_GOT)}。"  # noqa: E501

    def tea(self, cat: str) -> Art:
        """A newsletter piece of category ``cat``: a titled piece of two to four paragraphs."""
        r = self.r
        y, m, d = self.date()
        if cat == "产业动态":
            title = f"{r.choice(TEA_TOWNS)}{r.choice(TEA_THINGS)}{r.choice(TEA_DONE)}"
        elif cat == "技术园地":
            title = f"{r.choice(TECH)}要点"
        elif cat == "市场行情":
            title = f"{m}月{r.choice(['上旬', '中旬', '下旬'])}岚山茶市{r.choice(GRADES)}价格{r.choice(TREND)}"  # noqa: E501
        elif cat == "会员风采":
            title = f"{r.choice(GROWERS)}：{r.choice(MOTTO)}"
        else:
            title = f"“{r.choice(BRANDS)}”{r.choice(BRAND_DO)}"
        lines = [self.tea_line() + self.tea_line()]
        if cat == "技术园地":
            lines += [f"{k}．{self.tea_line()}" for k in range(1, r.randint(3, 4))]
        elif cat == "市场行情":
            lo = r.randint(60, 160)
            lines.append(
                f"据协会监测，本旬{r.choice(GRADES)}收购均价为每公斤{lo}元至{lo + r.randint(20, 80)}元，与上旬相比变化不大。"  # noqa: E501
            )
        for _ in range(r.randint(1, 2)):
            lines.append(self.tea_line() + self.tea_line())
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- the developer question
    def q_line(self, env: str) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(Q_TRY)}，运行环境是 {env}，前后折腾了{self.n + 2}个小时，还是没能搞定，求各位指点。"  # noqa: E501

    def a_line(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(A_WHY)}，我之前在项目里踩过{self.n % 4 + 2}次，{r.choice(A_TIP)}。"

    def question(self, j: int, answers: int) -> tuple[Art, list[list[str]]]:
        """A question and its answers: the article's lines (question text and code, then
        every answer's lines) and the answers' own line lists (the page maker lays them
        out between their chrome rows)."""
        r = self.r
        title, _, code, err, fix = QS[j]
        env = r.choice(Q_ENV)
        y, m, d = self.date()
        lines = [
            Q_LEAD[j],
            *code,
            r.choice(Q_ERR),
            err,
            self.q_line(env),
        ]
        ans: list[list[str]] = []
        for k in range(answers):
            a = [self.a_line() + self.a_line()]
            if k == 0:
                a += [r.choice(A_FIX), *fix, self.a_line()]
            else:
                a.append(
                    f"补充一点，{r.choice(A_TIP)}，我这里用的是 {r.choice(Q_ENV)}，第{k + 1}种办法同样有效。"  # noqa: E501
                )
            ans.append(a)
        art = Art(title, lines + [x for a in ans for x in a], [], {"published": iso(y, m, d)})
        art.page = list(art.lines)
        return art, ans

    # -- the county notice
    def gongshi(self, j: int) -> tuple[Art, tuple[int, int, int]]:
        """A 公示: the lead, three sections with a name list, the contact line, ``特此公示。``,
        the issuing office and the written date (a Chinese-numeral date on even ``j``); the
        published date (two days later) goes in the metadata."""
        r = self.r
        kind, org, _ = G_KINDS[j]
        y, m, d = self.date()
        what = G_PLACES[j].format(y=y)
        d = min(d, 20)
        title = f"关于{COUNTY}{what}{kind}"
        vill = r.sample(G_VILL, 3)
        lines = [
            f"根据有关规定，{r.choice(G_DONE)}，现将{COUNTY}{what}有关情况予以公示，接受社会监督。",
            "一、公示内容",
            *(
                f"（{'一二三'[k]}）{v}：涉及{r.randint(3, 40)}户（个），{r.choice(G_OBJ)}。"
                for k, v in enumerate(vill)
            ),
            "二、公示时间",
            f"自{y}年{m}月{d + 2}日至{y}年{m}月{d + 8}日，共5个工作日。",
            "三、意见反馈",
            f"公示期间，任何单位和个人如有异议，可通过{'、'.join(r.sample(G_WAY, 3))}等方式向{org}反映，反映情况要实事求是，并提供必要的证明材料。",  # noqa: E501
            f"联系人：{r.choice(G_STAFF)}　联系电话：0874-{r.randint(6100000, 6999999)}",
            "特此公示。",
            org,
            cn_date(y, m, d) if j % 2 == 0 else f"{y}年{m}月{d}日",
        ]
        meta = {"published": iso(y, m, d + 2), "issuer": org}
        return Art(title, lines, list(lines), meta), (y, m, d)

    # -- the law firm's article
    def l_line(self, noun: str, party: str) -> str:
        self.n += 1
        r = self.r
        return f"在我们代理的第{self.n + 10}起{noun}案件中，{r.choice(L_FACT)}，{party}最终{r.choice(['承担了主要责任', '被判令返还相应款项', '与对方达成了调解'])}。"  # noqa: E501

    def lawpost(self, j: int) -> Art:
        """A lawyer's article: a lead in ``【导语】``, four numbered sections (the analysis with
        ``（一）`` items, the advice with ``1.`` items)."""
        r = self.r
        _, title, noun, party = L_TOPICS[j]
        y, m, d = self.date()
        adv = r.sample(L_ADVICE, 3)
        lines = [
            f"【导语】近来不少当事人前来咨询{noun}方面的问题，本文结合办案经验，谈谈{party}的责任如何认定。",
            "一、案情简介",
            self.l_line(noun, party) + self.l_line(noun, party),
            "二、争议焦点",
            f"本案的争议焦点在于{party}的行为是否构成违约，以及相应损失应当如何计算。",
            "三、律师分析",
            f"（一）{r.choice(L_VIEW)}，{self.l_line(noun, party)}",
            f"（二）{r.choice(L_VIEW)}，{self.l_line(noun, party)}",
            "四、实务建议",
            *(f"{k}. {x}。" for k, x in enumerate(adv, 1)),
            self.l_line(noun, party) + "以上仅为一般性分析，具体案件仍需结合证据综合判断。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})
