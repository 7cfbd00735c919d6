"""Words and text makers of :mod:`tests.families.blind_families_s` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder, the date queue and the clock those of :mod:`tests.families.blind_o_text`;
the vocabulary is new so that no sentence of the ``s`` families repeats one of the earlier
families.  The scenic-area notices are written in traditional letters (their pages are Big5),
the city's English pages in English.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a city's public procurement results (岚阳市公共资源交易网), UTF-8 HTML
BUYERS = ["岚阳市教育局", "岚阳市卫生健康委员会", "岚阳市城市管理局", "岚阳市图书馆"]
BUYERS += ["岚阳市第三中学", "岚阳市农业农村局", "岚阳市水务局", "岚阳市档案馆"]
ITEMS = ["多媒体教室设备采购项目", "基层医疗机构检验设备采购项目", "环卫作业车辆采购项目"]
ITEMS += ["古籍数字化加工服务项目", "学生宿舍家具采购项目", "农田土壤检测服务项目"]
ITEMS += ["供水管网监测设备采购项目", "档案密集架采购项目"]
WHATS = ["交互式触控一体机及配套音响", "全自动生化分析仪等检验设备", "电动洗扫车及压缩式垃圾车"]
WHATS += ["馆藏古籍扫描、著录及数据加工", "上下铺铁架床、书桌及衣柜", "耕地土壤采样与化验分析"]
WHATS += ["管网压力及流量在线监测终端", "手动及电动档案密集架"]
SUPPLIERS = ["岚阳启衡科技有限公司", "云岫博远实业有限公司", "澜汀智能设备有限公司"]
SUPPLIERS += ["岚阳市汇澄贸易有限公司", "栖川信息技术有限公司", "鹤屿检测技术有限公司"]
AGENCIES = ["岚阳恒诚招标代理有限公司", "岚阳市政府采购中心", "澄岭工程咨询有限公司"]
ROADS = ["青樾路", "汀兰路", "栖霞大道", "云峤路", "澄湖东路"]
EXPERTS = ["宁致远", "乔晚舟", "傅清和", "晏书礼", "闵若川", "薛映雪", "祁望山", "卓一鸣"]

# a scenic area's notices (雲岫山風景區), traditional letters, Big5 HTML
JTITLES = ["關於五一假期實行分時段預約入園的公告", "雲岫山索道停運檢修公告"]
JTITLES += ["關於雨季部分步道臨時封閉的通知", "暑期夜遊活動開放公告"]
JTITLES += ["關於調整景區門票優惠政策的公告", "景區停車場擴建施工期間交通引導公告"]
JTITLES += ["關於觀景台維護期間暫停開放的通知", "中秋賞月活動遊客須知"]
JWHY = [
    "為保障遊客遊覽安全",
    "根據氣象部門最新預報",
    "為進一步提升遊覽品質",
    "依照主管機關相關規定",
]
JACT = ["景區將於{w}起對{s}實施臨時管制", "{s}將自{w}起暫停對外開放"]
JACT += ["景區將於{w}起在{s}增設臨時服務點", "{w}起{s}周邊將安排專人引導"]
JSPOT = ["飛瀑步道", "望雲亭", "松濤索道", "北門停車場", "白鷺溪棧道", "觀日台"]
JASK = ["請廣大遊客合理安排行程", "敬請遊客朋友相互轉告", "由此帶來的不便，敬請諒解"]
JASK += ["請遊客服從現場工作人員指揮", "詳情可撥打景區服務專線查詢"]

# a city government's English pages (Lanyang), UTF-8 HTML
ETITLES = ["Lanyang opens riverside greenway to the public"]
ETITLES += ["New bus routes link airport and high-speed rail station"]
ETITLES += ["City hosts international tea culture festival"]
ETITLES += ["Lanyang simplifies business registration for foreign investors"]
ETITLES += ["Old town lantern fair draws record crowds"]
ETITLES += ["Lanyang launches free Chinese classes for expats"]
ETITLES += ["Wetland park welcomes first flocks of migratory birds"]
ETITLES += ["Tech park signs agreements with twelve companies"]
ELEAD = ["a {}-kilometer greenway along the Lan River opened on Saturday", "two bus routes"]
ELEAD[1] += " with {} stops began service this week"
ELEAD += ["more than {} tea growers gathered at the exhibition centre"]
ELEAD += ["foreign investors can now register a company in {} working days"]
ELEAD += ["over {} thousand visitors came to the lantern fair in the old town"]
ELEAD += ["{} community centres began offering free Chinese lessons"]
ELEAD += ["about {} hundred birds have arrived at the Baiyu Wetland Park"]
ELEAD += ["the Lanyang Tech Park signed deals worth {} million yuan"]
EWHO = ["Zhou Yun", "Tang Mingxuan", "Lu Qingshan", "Fang Ruoyu", "Shen Yichen"]
EROLE = ["deputy director of the city's transport bureau", "a local resident"]
EROLE += ["an official with the municipal commerce bureau", "an organizer of the event"]
ESAID = ["It makes daily life much easier for everyone", "We hope more people will join us"]
ESAID += ["This is only the first step of a longer plan", "The response so far has been very warm"]
EMORE = ["The project is part of the city's plan to improve public services by {}."]
EMORE += ["Officials said similar measures would be extended to {} more districts next year."]
EMORE += ["Visitors can find more information on the city's official service app."]
EMORE += ["The city received {} suggestions from residents during the planning stage."]
ESOURCES = ["Lanyang Daily", "Lanyang Information Office", "Lanyang Foreign Affairs Office"]

# a city farm-produce price weekly (岚阳市农产品市场价格周报), GBK text
JHEAD = ["本周蔬菜价格小幅回落　猪肉价格继续走低", "气温回升带动叶菜价格下行"]
JHEAD += ["节前水果价格稳中略涨", "鸡蛋价格连续三周上涨", "受降雨影响部分蔬菜价格上扬"]
JHEAD += ["本周农产品价格总体平稳", "牛羊肉价格保持高位运行", "新季柑橘集中上市价格走低"]
VEG = ["大白菜", "白萝卜", "西红柿", "黄瓜", "青椒", "土豆", "芹菜", "菠菜"]
MEAT = ["猪肉（白条）", "牛肉", "羊肉", "鸡蛋", "活鸡"]
FRUIT = ["苹果", "香蕉", "柑橘", "梨", "葡萄"]
PWHY = ["主要是本地露地菜集中上市，市场供应充足", "主要受外调货源减少影响，到货量有所下降"]
PWHY += ["春节前后消费需求回落，走货速度放缓", "近期持续阴雨，采收和运输受到一定影响"]
PWHY += ["养殖户出栏积极性较高，市场货源偏多", "学校开学后团体采购增加，需求有所回升"]
PLOOK = ["预计下周蔬菜价格将以稳为主，个别品种可能小幅波动", "预计猪肉价格短期内仍将低位运行"]
PLOOK += ["建议市民根据需要合理采购，不必囤积", "价格监测部门将继续加强对重点品种的跟踪"]
EDITORS = ["柯明远", "褚欣然", "雷北辰", "龚语桐", "陶一川"]


class GenS(GenO):
    """Text makers for the ``s`` families (deterministic from the seed)."""

    # -- the procurement result
    def award(self, j: int, no: str, agency: str) -> Art:
        """A result announcement's body: the opening, six numbered sections with the
        winner's rows, the experts, the period, the complaint note and the contacts."""
        r = self.r
        buyer = BUYERS[j]
        who = r.sample(EXPERTS, 5)
        lines = [
            f"{buyer}{ITEMS[j]}（项目编号：{no}）的评审工作已经结束，经评标委员会评审并报采购人确认，现将中标结果公告如下。",
            "一、项目基本情况",
            f"本项目采购内容为{WHATS[j]}，预算金额为{r.randint(40, 900)}.{r.randint(10, 99)}万元，采用公开招标方式，共有{r.randint(3, 9)}家供应商按时递交了投标文件。",  # noqa: E501
            "二、中标信息",
            f"中标供应商名称：{r.choice(SUPPLIERS)}",
            f"供应商地址：岚阳市{r.choice(ROADS)}{r.randint(2, 300)}号",
            f"中标金额：人民币{r.randint(30, 800)}.{r.randint(10, 99)}万元",
            "三、评审专家名单",
            "、".join(who[:-1]) + f"、{who[-1]}（组长）",
            "四、公告期限",
            "自本公告发布之日起1个工作日。",
            "五、其他补充事宜",
            "各参加政府采购活动的供应商认为本次中标结果使自己的权益受到损害的，可以在公告期限届满之日起七个工作日内，以书面形式向采购人或采购代理机构提出质疑。",
            "六、凡对本次公告内容提出询问，请按以下方式联系",
            f"采购人：{buyer}　联系人：{r.choice(EXPERTS)}　电话：0851-{r.randint(2000000, 8999999)}",  # noqa: E501
            f"采购代理机构：{agency}　地址：岚阳市{r.choice(ROADS)}{r.randint(2, 300)}号",
        ]
        y, m, d = self.date()
        return Art(
            f"{buyer}{ITEMS[j]}中标结果公告", lines, list(lines), {"published": iso(y, m, d)}
        )

    # -- the scenic-area notice
    def jpara(self, m: int, d: int) -> str:
        self.n += 1
        r = self.r
        act = r.choice(JACT).format(w=f"{m}月{d + self.n % 3}日", s=r.choice(JSPOT))
        return f"{r.choice(JWHY)}，{act}，{r.choice(JASK)}。"

    def jnotice(self, j: int, *, long: bool) -> Art:
        """A notice: two or three paragraphs (salutation and sign-off are added by the
        page maker)."""
        y, m, d = self.date()
        lines = [self.jpara(m, d) + self.jpara(m, d) for _ in range(3 if long else 2)]
        return Art(JTITLES[j], lines, list(lines), {"published": iso(y, m, d)})

    # -- the English story
    def estory(self, j: int, *, long: bool) -> Art:
        """An English story: a lead, a quote and (if ``long``) two more paragraphs."""
        r = self.r
        lead = ELEAD[j].format(r.randint(3, 40))
        lines = [f"{lead[0].upper()}{lead[1:]}, according to the city government."]
        lines.append(f'"{r.choice(ESAID)}," said {r.choice(EWHO)}, {r.choice(EROLE)}.')
        if long:
            lines += [x.format(r.randint(2, 30)) for x in r.sample(EMORE, 2)]
        y, m, d = self.date()
        return Art(ETITLES[j], lines, list(lines), {"published": iso(y, m, d)})

    # -- the price weekly
    def price(self, name: str) -> str:
        r = self.r
        last = r.randint(80, 4000) / 100
        now = round(last * (1 + r.randint(-80, 80) / 1000), 2)
        return f"{name}　{now:.2f}　{last:.2f}　{(now - last) / last * 100:.1f}"

    def ppara(self, cat: str) -> str:
        self.n += 1
        r = self.r
        way = r.choice(["上涨", "下降"])
        return f"本周全市{cat}批发均价为每公斤{r.randint(2, 9 if '菜' in cat else 60)}.{r.randint(10, 99)}元，环比{way}{self.n % 7 + 1}.{r.randint(0, 9)}%，{r.choice(PWHY)}。"  # noqa: E501

    def weekly(self, j: int) -> Art:
        """A price weekly: the opening, sections with paragraphs, ONE price table
        (caption, head row, rows split by full-width spaces), the outlook and a note."""
        r = self.r
        y, m, d = self.date()
        d = min(d, 20)
        lines = [
            f"本周（{m}月{d}日至{m}月{d + 6}日），市农业农村局对全市{r.randint(4, 9)}个批发市场和{r.randint(10, 30)}个农贸市场开展价格监测，{JHEAD[j].split('　')[0]}。",  # noqa: E501
            "一、蔬菜",
            self.ppara("蔬菜") + self.ppara("叶菜类"),
            "表1　本周主要蔬菜批发价格（单位：元/公斤）",
            "品种　本周　上周　环比（%）",
            *(self.price(v) for v in r.sample(VEG, 5)),
            "二、畜禽产品",
            self.ppara("猪肉（白条）") + self.ppara("鸡蛋"),
            "三、水果",
            self.ppara("水果"),
            "四、后市研判",
            f"{r.choice(PLOOK)}，{r.choice(PLOOK)}。",
            "注：本周报价格数据来源于全市定点批发市场监测，仅供参考。",
        ]
        return Art(JHEAD[j], lines, list(lines), {"published": iso(y, m, d + 7)})
