"""Words and text makers of :mod:`tests.families.blind_families_xa` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``xa`` families repeats one of the earlier
families.  The signboard permits' words are in GB18030, the fishing-permit board's in GBK and
the wildlife rescue centre's in Big5 (cp950, traditional letters), as their pages are.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# -- a city urban management bureau's signboard permits (沅泷市), HTML, GB18030 --------------
ZP_CITY = "沅泷市"
ZP_SITE = "沅泷市城市管理局"
ZP_SHOPS = [
    ("栖梧茶语", "茶饮店"),
    ("半亩方糖", "烘焙坊"),
    ("拾光眼镜", "店"),
    ("岚桥粉面馆", ""),
    ("青禾药房", ""),
    ("鹭湾五金", "经营部"),
    ("知竹书屋", ""),
    ("澄心口腔门诊", "部"),
    ("柚子洗衣", "店"),
    ("北檐花艺", "工作室"),
    ("云朵托育", "服务中心"),
    ("老樟树酱菜", "铺"),
]
ZP_ROADS = ["沅江路", "棠梨街", "望渡巷", "文昌北路", "白沙大道", "凤凰西街", "柳堤路"]
ZP_KIND = ["门头招牌", "落地式招牌", "墙面招牌", "悬挂式招牌"]
ZP_STUFF = ["不锈钢镂空字", "亚克力发光字", "铝板烤漆底板", "仿古木质牌匾"]
ZP_STAFF = ["祁晓帆", "欧阳静", "凌志恒", "符雅琴", "路明远", "桑雨涵"]
ZP_DESK = ["市容景观科", "户外广告管理科", "行政审批科"]
ZP_WHY = [
    "经现场勘查，该招牌的位置、尺寸与所在街区的招牌设置导则相符",
    "经审查，申请材料齐全，设置方案已按街区风貌要求作了修改",
    "经审查，该招牌不占用公共通道，不遮挡相邻门窗及消防设施",
]
ZP_CARE = [
    "招牌设置后，设置人应当定期检查维护，发现破损、松动的应当及时修复",
    "招牌夜间照明应当在每日二十二时后关闭，不得采用闪烁或者滚动方式",
    "设置期满需要继续设置的，设置人应当在期满前三十日内重新申请",
]

# -- a county wildlife rescue centre's monthly case records (霧嵐縣), print view, Big5 -------
JS_SITE = "霧嵐縣野生動物救傷中心"
# (species, how it was found, the injury, the care)
JS_CASES = [
    (
        "領角鴞",
        "幼鳥自樹洞跌落於校園步道",
        "左翼羽毛尚未長齊，無法自行飛行",
        "人工餵食碎肉並訓練振翅",
    ),
    ("白鼻心", "誤入民宅廚房受困", "前肢有輕微擦傷", "清創消毒後觀察進食狀況"),
    ("大冠鷲", "倒臥於果園防鳥網下方", "右腳遭網線纏繞造成腫脹", "拆除網線並每日冷敷"),
    ("食蛇龜", "在產業道路上遭民眾發現", "背甲邊緣有一處裂痕", "以樹脂固定背甲並靜養"),
    ("穿山甲", "掉落於農舍旁的排水溝", "體重偏輕，精神狀況不佳", "補充水分及特調飼料"),
    ("黃嘴角鴞", "撞擊住家玻璃窗後昏迷", "頭部輕微腦震盪", "置於暗室保溫並減少干擾"),
    ("鳳頭蒼鷹", "於國小操場邊無法起飛", "胸肌消瘦，疑似長期覓食不足", "少量多餐逐步恢復體力"),
    ("赤腹松鼠", "幼鼠隨颱風斷枝落地", "未開眼，體溫偏低", "保溫箱照護並定時餵奶"),
    ("麝香貓", "夾於廢棄捕獸鋏中", "左後腳趾骨骨折", "手術固定後限制活動空間"),
    ("八哥", "在公園草地遭流浪犬追咬", "背部有兩處咬傷", "投予抗生素並每日換藥"),
]
JS_FROM = ["霧嵐縣消防局", "東溪派出所", "熱心民眾", "霧嵐國小師生", "山林巡護隊", "動保志工"]
JS_END = [
    "經評估已具備野外生存能力，於原拾獲地點附近完成野放",
    "傷口癒合良好，已移至戶外籠舍進行適應訓練，預計下月野放",
    "因後遺症無法返回野外，將轉送教育收容單位長期照養",
]
JS_MOOD = ["意識清醒但不願進食", "精神略顯萎靡", "呼吸平穩，對外界刺激反應正常"]
JS_STAFF = ["簡詩涵", "賴冠宇", "童郁婷", "馮柏諺", "溫采蓉", "鍾宇翔"]
JS_VET = ["蕭明哲", "卓佩君", "紀承恩"]

# -- a district government's house expropriation decisions (澜江区), print view, UTF-8 -------
ZS_SITE = "澜江区人民政府"
ZS_AREAS = [
    ("望江门片区", "东至滨河路，南至学前街，西至望江门巷，北至老粮站"),
    ("柴市口地块", "东至柴市口，南至永丰里，西至铁佛寺巷，北至胜利路"),
    ("南湖新村二期", "东至南湖路，南至湖滨小学，西至菱角塘，北至南湖新村一期"),
    ("老机械厂宿舍区", "东至纺织路，南至机械厂围墙，西至桂花巷，北至建设街"),
    ("观音桥棚户区", "东至观音桥，南至河西大道，西至横塘路，北至观音桥小学"),
    ("三里铺旧城", "东至三里铺中街，南至鱼市口，西至城墙根，北至环城东路"),
    ("水电厂生活区", "东至电厂路，南至沿江堤，西至水泥厂，北至东郊菜市场"),
    ("北门老街", "东至北门城楼，南至鼓楼巷，西至染坊街，北至北环路"),
]
ZS_WHY = ["旧城区改建", "城市道路拓宽", "保障性住房建设", "防洪堤加固"]
ZS_DEPT = ["澜江区房屋征收与补偿服务中心", "澜江区住房和城乡建设局"]
ZS_CC = ["区委办，区人大办，区政协办", "区纪委监委，区法院，区检察院", "区发改局，区财政局"]

# -- a county agriculture bureau's fishing-permit publicity (汐澄县), HTML, GBK -----------
YC_SITE = "汐澄县农业农村局"
YC_ACT = ["申领", "换发", "变更", "申领", "补发"]
YC_GRANT = {"申领": "核发", "换发": "换发", "变更": "变更", "补发": "补发"}
YC_OWNER = ["林阿水", "郑海生", "陈细妹", "吴渔根", "黄金宝", "蔡水旺", "许大潮", "邱添福"]
YC_TOWN = ["东屿镇", "沙埕乡", "浦门镇", "南礁村", "长屿乡"]
YC_GEAR = ["刺网", "拖网", "笼壶", "钓具", "张网"]
YC_PORT = ["东屿渔港", "浦门渔港", "沙埕一级渔港", "南礁避风锚地"]
YC_SEA = ["本县近海", "汐澄湾内", "东屿以东海域", "县管辖沿岸海域"]
YC_WHY = [
    "经审查，该船船舶证书齐全，渔船检验合格，船长持有有效职务船员证书",
    "经核查，该船主机功率与原证记载一致，无违规作业和拖欠渔船保险记录",
    "经现场查验，该船船名号标识清晰，北斗终端与防碰撞设备运行正常",
]
YC_STAFF = ["郑晓鸥", "林思澜", "陈嘉礁", "吴若帆"]


class GenXA(GenO):
    """Text makers for the ``xa`` families (deterministic from the seed)."""

    # -- signboard permit
    def permit(self, shop: tuple[str, str], code: str) -> Art:
        """One permit notice: the lead, the facts line, the review paragraph, the duty
        paragraph; author the clerk, doc_number the permit code."""
        r = self.r
        self.n += 1
        name, trade = shop
        kind = r.choice(ZP_KIND)
        road = r.choice(ZP_ROADS)
        no = r.randint(3, 280)
        title = f"关于{name}{kind}设置许可的公示"
        firm = f"{ZP_CITY}{name}{trade}"
        lines = [
            f"申请人{firm}向本局提出申请，拟在{road}{no}号店面外墙设置{kind}一块，"
            f"现将有关情况予以公示。",
            f"设置地点：{road}{no}号　招牌规格：长{r.randint(30, 90) / 10:.1f}米×高"
            f"{r.randint(6, 15) / 10:.1f}米　材质：{r.choice(ZP_STUFF)}　"
            f"设置期限：{r.randint(2, 5)}年",
            f"{r.choice(ZP_WHY)}，本局拟作出准予设置的决定。",
            f"{r.choice(ZP_CARE)}，否则由本局依法责令改正。",
        ]
        return Art(title, lines, list(lines), {"author": r.choice(ZP_STAFF), "doc_number": code})

    # -- wildlife rescue case
    def rescue(self, case: tuple[str, str, str, str], staff: str) -> Art:
        """One case: 收容經過 / 傷況評估 / 照護情形 / 處置結果 paragraphs; author the
        recorder, published the record's day."""
        r = self.r
        self.n += 1
        sp, found, hurt, care = case
        y, m, d = self.date()
        came = max(1, d - r.randint(3, 12))
        title = f"{sp}{r.choice(['救傷個案', '收容紀錄', '救援始末'])}：{found}"
        lines = [
            f"收容經過：{m}月{came}日上午，本中心接獲通報，{sp}一隻{found}，"
            f"經{r.choice(JS_FROM)}協助送抵本中心，到院時{r.choice(JS_MOOD)}。",
            f"傷況評估：經獸醫師檢查，個體{hurt}，其餘生理指標大致正常。",
            f"照護情形：本中心依個體狀況{care}，並記錄每日進食量與排泄情形，"
            f"截至紀錄日已照護{d - came + 1}天。",
            f"處置結果：{r.choice(JS_END)}。",
        ]
        return Art(title, lines, list(lines), {"author": staff, "published": iso(y, m, d)})

    # -- expropriation decision
    def taking(self, j: int) -> tuple[Art, dict[str, str]]:
        """One decision: the lead, five ``一、`` items and (the caller decides) a sign-off;
        issuer the district government, doc_number, published the signing day.  Returns
        the article and its facts (the issue date, the copy-to line)."""
        r = self.r
        self.n += 1
        area, bounds = ZS_AREAS[j]
        why = r.choice(ZS_WHY)
        y, m, d = self.date()
        no = f"澜政征〔{y}〕{r.randint(2, 19)}号"
        dept = r.choice(ZS_DEPT)
        title = f"澜江区人民政府关于{area}国有土地上房屋征收的决定"
        lines = [
            f"为实施{area}{why}项目，根据房屋征收与补偿的有关规定，经社会稳定风险评估和"
            f"区人民政府常务会议研究，决定对{area}范围内的国有土地上房屋实施征收。"
            f"现将有关事项公告如下：",
            f"一、征收范围：{bounds}，具体以征收红线图为准。",
            f"二、房屋征收部门为{dept}，征收实施单位为{area}征收指挥部。",
            f"三、签约期限：自本决定公告之日起{r.choice(['六十', '九十', '一百二十'])}日内，"
            f"在签约期限内签订补偿协议并按期搬迁的，按照补偿方案给予搬迁奖励。",
            f"四、被征收人可以选择货币补偿，也可以选择房屋产权调换，"
            f"安置房源位于{area}以东约{r.randint(2, 9) * 100}米的安置小区。",
            "五、被征收人对本决定不服的，可以自本决定公告之日起六十日内依法申请行政复议，"
            "也可以在六个月内依法提起行政诉讼。",
        ]
        meta = {"issuer": ZS_SITE, "doc_number": no, "published": iso(y, m, d)}
        out = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 6))
        facts = {"sign": cn_date(y, m, d), "cc": r.choice(ZS_CC)}
        facts["out"] = f"{out.year}年{out.month}月{out.day}日"
        facts["out_iso"] = iso(out.year, out.month, out.day)
        return Art(title, lines, list(lines), meta), facts

    # -- fishing permit
    def boat(self, j: int, act: str) -> Art:
        """One permit notice: the lead, the facts line, the review paragraph and the
        objection paragraph; published the first day of its own publicity period,
        doc_number the 受理号 (filled by the caller's close row)."""
        r = self.r
        self.n += 1
        y, m, d = self.date()
        boat = f"澄渔{r.choice(['', '运', '养'])}{r.randint(10000, 69999)}"
        owner = r.choice(YC_OWNER)
        gear = r.choice(YC_GEAR)
        title = f"关于“{boat}”号渔船{act}捕捞许可证的公示"
        lines = [
            f"{r.choice(YC_TOWN)}渔民{owner}为其所有的“{boat}”号渔船提出{act}捕捞许可证申请，"
            f"本局已依法受理，现予公示。",
            f"船籍港：{r.choice(YC_PORT)}　主机功率：{r.randint(12, 180)}千瓦　"
            f"作业类型：{gear}　作业场所：{r.choice(YC_SEA)}",
            f"{r.choice(YC_WHY)}，拟予{YC_GRANT[act]}，许可证有效期{r.choice(['五', '三'])}年。",
            f"公示期内，如对该船{act}捕捞许可证有异议，可向本局渔业渔政股书面反映，"
            f"反映情况须署真实姓名和联系方式。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})
