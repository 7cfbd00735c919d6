"""Words and text makers of :mod:`tests.families.blind_families_yv` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yv`` families repeats one of the earlier
families.  The archive-transfer board's words are in GBK (its pages are GBK-encoded), the
agro-weather bulletins' in Big5 (cp950, traditional letters).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a city talent service centre's archive-transfer notices (澧川市), print view, GBK -------
DA_CITY = "澧川市"
DA_SITE = "澧川市人才交流服务中心"
DA_SURNAME = list("邹韦谭覃莫龚阎柯甘卞")
DA_GIVEN = ["晓婷", "志远", "雨桐", "浩然", "佳怡", "子轩", "梦瑶", "俊杰", "思琪", "文博"]
DA_TO = [
    "澜州市人才服务中心",
    "湘潭县人力资源服务中心",
    "岳麓区公共就业和人才服务中心",
    "南屏市教育局人事科",
    "鹤峰县卫生健康局",
    "澄海市人才交流中心",
    "西陵区人事档案管理中心",
]
DA_FROM = ["澧川学院", "澧川职业技术学院", "湘楚师范大学", "澧川卫生职业学院", "南湖理工学院"]
DA_WAY = ["机要通信", "专人送达", "机要通信", "密封自带"]
DA_DESK = ["流动人员档案室", "毕业生档案窗口", "综合服务大厅三号窗口", "档案接收转递窗口"]
DA_STAFF = ["韦晓岚", "谭志勇", "龚丽萍", "覃海燕", "柯建华", "卞秋云"]
DA_WHY = [
    "经审核，档案材料齐全，根据接收单位出具的调档函",
    "根据本人申请及新单位人事部门的商调意见",
    "按照高校毕业生档案管理的有关规定",
]
DA_TELL = [
    "请相关人员在档案寄出后十五个工作日内主动与接收单位联系，核实档案是否送达",
    "如接收单位反馈未收到档案，请持本人身份证到本中心窗口申请查询机要回执",
    "档案转出后本中心不再保留其任何材料，党员组织关系须另行办理转接手续",
]
DA_IN = [
    "请本人携带身份证原件到本中心办理存档登记，并签订人事代理协议",
    "存档人员可通过本中心微信公众号查询档案所在库位及存档证明开具进度",
    "逾期未办理登记手续的，档案暂存待处理库，不影响档案本身的保管",
]

# -- a city sports bureau's mass-event registrations (泸岘市), HTML, UTF-8 ---------------------
SS_SITE = "泸岘市体育局"
# (event title, sport kind, level, place, the event's own blurb)
SS_EVENTS = [
    (
        "泸岘市第五届环湖健身跑",
        "路跑类",
        "市级赛事",
        "明镜湖环湖步道",
        "沿湖设十公里和五公里两个组别",
    ),
    ("全民健身气排球邀请赛", "球类", "市级赛事", "市体育中心二号馆", "以社区和单位组队参赛"),
    (
        "泸岘市中老年健身操舞展示大赛",
        "健身操舞",
        "市级赛事",
        "人民广场",
        "分规定套路和自选套路两项",
    ),
    (
        "青山村乡村骑行挑战赛",
        "自行车",
        "县区级赛事",
        "青山村至白鹭坪公路",
        "全程约四十公里爬升五百米",
    ),
    ("市民围棋段位晋级赛", "棋牌类", "市级赛事", "市棋院对弈大厅", "按段位分组进行七轮积分编排"),
    ("夏季少儿游泳公益比赛", "水上项目", "市级赛事", "滨江游泳馆", "设五十米自由泳和蛙泳两个项目"),
    ("社区三人篮球联赛", "球类", "街道级赛事", "各街道文体广场", "小组循环后进入淘汰赛"),
    ("重阳登高健身大会", "登山类", "市级赛事", "凤鸣山森林公园", "沿登山步道至山顶观景台"),
    ("全民健身羽毛球团体赛", "球类", "市级赛事", "泸岘市全民健身中心", "每队由五名队员组成"),
    ("亲子定向越野体验赛", "户外运动", "县区级赛事", "湿地公园", "以家庭为单位寻找十二个打卡点"),
]
SS_HOST = ["泸岘市体育局", "泸岘市总工会", "泸岘市老年人体育协会", "滨江区文化和旅游体育局"]
SS_RUN = ["泸岘市体育总会", "泸岘市田径协会", "泸岘市篮球协会", "泸岘市社会体育指导员协会"]
SS_WHY = [
    "为深入开展全民健身活动，丰富市民业余文化生活",
    "为营造人人参与体育锻炼的良好氛围",
    "为展示我市群众体育发展成果，推动体育与文化旅游融合",
    "根据全市全民健身工作年度安排",
]
SS_WHO = [
    "年满十八周岁、身体健康、具备相应运动能力的市民均可报名",
    "参赛者须为本市户籍或在本市工作、学习满半年的人员",
    "六十周岁以上参赛者须提供近三个月内的体检证明",
    "未成年人须由监护人陪同报名并签署参赛承诺书",
]
SS_HOW = [
    "通过“泸岘体育”微信公众号赛事报名入口在线填报",
    "以单位或社区为单位填写报名表后发送至组委会邮箱",
    "到市全民健身中心一楼服务台现场报名",
]
SS_SAFE = [
    "赛前请充分热身，量力而行，如有身体不适应立即停止比赛并向医护人员求助",
    "组委会将为所有参赛者购买赛事期间的人身意外伤害保险，请如实填写身份信息",
    "比赛当天请提前一小时到场检录，逾时未检录者视为自动弃权",
]
SS_PAST = ["上届环湖健身跑圆满落幕", "市民乒乓球联赛决赛成绩公布", "春季健步走活动精彩回顾"]
SS_PAST += ["第三届社区运动会获奖名单", "冬季长跑活动总结"]

# -- an island weather administration's agro-weather ten-day bulletins, HTML, Big5 ------------
XB_SITE = "嵐嶼氣象署"
XB_REGIONS = ["北部地區", "中部地區", "南部地區", "東部地區", "宜蘭地區", "花東縱谷", "澎湖地區"]
# (advisory title, crop, what the weather does to it)
XB_ITEMS = [
    ("一期稻作分櫱期遇低溫，請注意灌溉水位", "水稻", "分櫱速度明顯減緩"),
    ("梅雨鋒面接近，果園請及早疏通排水溝", "柑橘", "果園積水易引起根部腐爛"),
    ("午後雷陣雨頻繁，蔬菜採收宜避開雨後", "葉菜類", "葉片易破損並招致軟腐病"),
    ("連日高溫少雨，旱作田區注意補充水分", "甘藷", "塊根膨大受到抑制"),
    ("東北季風增強，設施棚架請加強固定", "番茄", "棚架及覆蓋資材易受強風損壞"),
    ("日夜溫差加大，茶園留意新梢生長狀況", "茶樹", "新梢萌芽不齊"),
    ("颱風外圍環流影響，香蕉園應立支柱防倒伏", "香蕉", "植株容易倒伏折斷"),
    ("晴朗乾燥利於曬穀，請把握採收適期", "水稻", "穀粒含水率下降較快"),
    ("寒流南下，養殖漁塭及早做好防寒措施", "虱目魚", "水溫驟降易造成魚隻凍傷"),
    ("春雨偏少，鳳梨田請以覆蓋保持土壤濕度", "鳳梨", "幼苗發根不良"),
    ("濕度偏高，草莓園應注意灰黴病發生", "草莓", "果實表面易長出灰色黴層"),
    ("高溫日照充足，西瓜應防止果實日燒", "西瓜", "果皮向陽面出現灼傷斑"),
]
XB_RAIN = ["偏多", "偏少", "接近常年"]
XB_WX = [
    "本旬受鋒面及東北季風交替影響，",
    "本旬初期天氣晴朗穩定，後期轉為多雲短暫陣雨，",
    "本旬太平洋高壓勢力增強，",
    "本旬前半段受低壓帶影響，",
]
XB_WX2 = [
    "各地氣溫較常年同期略低，山區清晨有局部低溫出現",
    "午後對流旺盛，局部地區出現短延時強降雨",
    "日照時數較常年偏多，蒸發量隨之增加",
    "平地最低氣溫降至攝氏十二度左右，日夜溫差明顯",
]
XB_DO = [
    "建議農友密切注意本署最新預報，適時調整田間管理作業",
    "建議農友加強巡視田間，發現異狀應及早向當地農會反映",
    "建議農友備妥防護資材，並避免於強降雨期間進行噴藥作業",
    "建議農友依作物生育期調整灌溉及施肥時程",
]
XB_STAFF = ["溫雅惠", "黃柏翰", "簡怡君", "葉承恩", "蔡佩珊", "鄭宗霖"]

# -- a patent office's invalidation decision summaries, print view, UTF-16 --------------------
WX_KINDS = ["发明", "实用新型", "外观设计"]
# (invention name, its field, the feature in dispute)
WX_CASES = [
    ("一种可调节倾角的光伏组件支架", "太阳能支架", "支架横梁与立柱之间采用弧形滑槽连接"),
    ("一种便携式折叠婴儿推车", "婴儿推车", "车架折叠时前后轮同步收拢"),
    ("一种防堵塞的厨房下水装置", "厨卫用品", "过滤网与排水管之间设置可拆卸卡扣"),
    ("电动牙刷刷头", "个人护理", "刷毛区呈波浪形排列"),
    ("一种锂电池极片的干燥方法", "电池制造", "干燥腔内分段控制温度和真空度"),
    ("一种农用无人机喷洒系统", "植保机械", "药箱内设置液位传感器与流量联动"),
    ("一种具有缓冲结构的快递包装盒", "包装容器", "盒体内壁设置蜂窝状缓冲层"),
    ("一种智能温控电热水壶", "小家电", "壶底设有双金属片与电子温控并联"),
]
WX_PEOPLE = ["邱振宇", "蓝晓梅", "包文杰", "晏雪琴", "戚永良", "饶明辉", "宁可欣", "苗子健"]
WX_FIRMS = [
    "岷川光能科技有限公司",
    "澄溪母婴用品有限公司",
    "柘城卫浴制造有限公司",
    "南屿电器股份有限公司",
    "瀚池新能源材料有限公司",
    "青穗农业航空科技有限公司",
    "栖木包装制品有限公司",
    "岳桥家用电器有限公司",
]
WX_ASK = [
    "请求人认为，本专利权利要求1相对于证据1和公知常识的结合不具备创造性",
    "请求人认为，本专利说明书公开不充分，权利要求得不到说明书的支持",
    "请求人认为，证据1已公开本专利权利要求1的全部技术特征，本专利不具备新颖性",
]
WX_FIND = [
    "合议组经审查认为，证据1虽然公开了相近的结构，但并未给出采用该区别技术特征的技术启示",
    "合议组经审查认为，该区别技术特征属于本领域的惯用手段，其所起的作用与在证据中相同",
    "合议组经审查认为，请求人提交的证据2形成时间晚于本专利申请日，不能作为现有技术使用",
]
WX_END = {
    "全部无效": "宣告本专利权全部无效。",
    "部分无效": "宣告本专利权部分无效，在专利权人修改后的权利要求基础上继续维持有效。",
    "维持有效": "维持本专利权有效。",
}


class GenYV(GenO):
    """Text makers for the ``yv`` families (deterministic from the seed)."""

    # -- archive transfer notice
    def transfer(self, out: bool) -> tuple[Art, str]:
        """One notice: a lead paragraph, one line per person, what to do next and the
        inquiry line; author the clerk (经办), published the notice's day.  Returns the
        article and its reviewer (复核)."""
        r = self.r
        self.n += 1
        k = r.randint(2, 5)
        names = [f"{r.choice(DA_SURNAME)}*{r.choice(DA_GIVEN)[1]}" for _ in range(k)]
        y, m, d = self.date()
        if out:
            title = f"关于{names[0]}等{k}人人事档案转出的告知"
            lead = (
                f"{r.choice(DA_WHY)}，本中心已于{m}月{d}日将下列{k}名存档人员的人事档案"
                f"寄往新的接收单位，现将转递情况告知如下。"
            )
            rows = [
                f"{x}　　转往：{r.choice(DA_TO)}　　机要编号：JY{y}{r.randint(100000, 999999)}"
                for x in names
            ]
            tell = r.choice(DA_TELL)
        else:
            title = f"关于{names[0]}等{k}人人事档案接收入库的告知"
            lead = (
                f"{r.choice(DA_WHY)}，本中心已于{m}月{d}日接收下列{k}名人员的人事档案，"
                f"经核对材料后已统一登记入库，现将有关情况告知如下。"
            )
            rows = [
                f"{x}　　来自：{r.choice(DA_FROM)}　　档案袋数：{r.randint(1, 2)}" for x in names
            ]
            tell = r.choice(DA_IN)
        lines = [
            lead,
            *rows,
            f"{tell}，办理时间为工作日上午九时至十二时、下午二时至五时。",
            f"咨询电话：0736-77{r.randint(10, 99)}××××",
        ]
        clerk, check = r.sample(DA_STAFF, 2)
        return Art(title, lines, list(lines), {"author": clerk, "published": iso(y, m, d)}), check

    # -- sports event registration
    def event(self, ev: tuple[str, str, str, str, str], host: str, y: int, m: int) -> Art:
        """One event: the blurb, the facts line, who may enter, how to enter, the safety
        paragraph and the inquiry line; origin the host (主办)."""
        r = self.r
        title, _kind, _level, place, blurb = ev
        self.n += 1
        day = r.randint(12, 28)
        close = day - r.randint(4, 9)
        nxt = m % 12 + 1
        lines = [
            f"{r.choice(SS_WHY)}，{host}定于{nxt}月{day}日"
            f"在{place}举办{title}，本次比赛{blurb}，预计参赛人数约{self.n * 90 + 200}人。",
            f"比赛时间：{nxt}月{day}日　比赛地点：{place}　报名截止：{nxt}月{close}日",
            f"参赛条件：{r.choice(SS_WHO)}。",
            f"报名方式：{r.choice(SS_HOW)}，报名不收取任何费用。",
            f"{r.choice(SS_SAFE)}，未尽事宜以赛事组委会另行发布的补充通知为准。",
            f"咨询电话：0830-31{r.randint(10000, 99999)}",
        ]
        return Art(title, lines, list(lines), {"origin": host})

    # -- agro-weather region item
    def region(self, item: tuple[str, str, str], area: str, staff: str) -> Art:
        """One region: 天氣概況 / 農業影響 / 農事建議 paragraphs; author the writer."""
        r = self.r
        title, crop, hurt = item
        self.n += 1
        lines = [
            f"天氣概況：{r.choice(XB_WX)}{area}{r.choice(XB_WX2)}，"
            f"旬平均相對濕度約百分之{r.randint(62, 91)}。",
            f"農業影響：{area}{crop}目前正值關鍵生育期，受本旬天氣影響，{hurt}，"
            f"部分田區已出現零星受損情形。",
            "農事建議：{}；{}，以減少可能的損失。".format(*r.sample(XB_DO, 2)),
        ]
        return Art(title, lines, list(lines), {"author": staff})

    # -- patent invalidation decision summary
    def decision(self, j: int, kind: str, verdict: str) -> tuple[Art, dict[str, str]]:
        """One summary: 【决定要点】 / 【案由】 / 【合议组意见】 / 【审查结论】 heads and their
        paragraphs; returns the article and its facts (number, patent, parties, panel)."""
        r = self.r
        name, field, feat = WX_CASES[j]
        self.n += 1
        y, m, d = self.date()
        no = f"第{r.randint(520000, 589999)}号"
        sort = "1" if kind == "发明" else "2" if kind == "实用新型" else "3"
        zl = f"ZL{y - r.randint(3, 6)}{sort}{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
        asker, lead, main_, side = r.sample(WX_PEOPLE, 4)
        owner = WX_FIRMS[j]
        title = f"“{name}”{kind}专利权无效宣告请求审查决定"
        lines = [
            "【决定要点】",
            f"判断{field}领域的技术方案是否显而易见，应当从整体上考虑区别技术特征在"
            f"该技术方案中所起的作用，而不能仅因各个特征分别见于不同的现有技术就否定其创造性。",
            "【案由】",
            f"{r.choice(WX_ASK)}，并于{y}年{max(m - 5, 1)}月提交了证据1至证据{r.randint(2, 5)}；"
            f"专利权人{owner}在答复期限内提交了意见陈述书。",
            "【合议组意见】",
            f"本专利的区别技术特征在于{feat}，{r.choice(WX_FIND)}。",
            f"合议组于{y}年{max(m - 2, 1)}月举行了口头审理，双方当事人均到庭陈述意见，"
            f"合议组在充分听取双方意见的基础上作出本决定。",
            "【审查结论】",
            WX_END[verdict],
        ]
        facts = {"no": no, "zl": zl, "asker": asker, "lead": lead, "main": main_, "side": side}
        meta = {"author": main_, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), facts
