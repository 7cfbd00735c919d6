"""Words, text makers and small helpers of :mod:`tests.families.blind_families_p` (every
word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`, the HTML builder, the date queue and the clock those
of :mod:`tests.families.blind_o_text`; the vocabulary is new so that no sentence of the
``p`` families repeats one of the earlier families.  The disclosure pages' words are all
in GBK (some of their pages are GBK-encoded), the archive's all in Big5 (traditional
characters, no ``〇``).
"""

from __future__ import annotations

import random
from html import escape

from tests.families.blind_c_text import Art, Gen, cn_date, cn_small, iso
from tests.families.blind_o_text import GenO

# a WeChat-style public account (溪町生活志)
WTITLES = ["凌晨四点的早点铺，守着一条街的烟火", "在老城区修了三十年钟表的人"]
WTITLES += ["一座废弃粮站，变成了孩子们的图书馆", "跟着巡河员走一天，才知道河是怎么变清的"]
WTITLES += ["那家开了二十年的裁缝店，要搬家了", "山里的邮递员，一个人跑完十二个村"]
WTITLES += ["菜场二楼的共享厨房，成了独居老人的饭堂", "夜校重新开张，来上课的都是谁"]
WWHO = ["店主老蒋", "修表的胡师傅", "管理员小乔", "巡河员阿坤", "裁缝柯阿姨", "邮递员吕哥"]
WWHO += ["志愿者小满", "夜校的邵老师"]
WWHEN = ["天还没亮", "每个周三下午", "入冬以后", "雨季一来", "放学的铃声一响", "临近年关"]
WDO = ["就把炉子生上了火", "总会多备一份材料", "会沿着河岸慢慢走一遍", "得把账本从头翻一遍"]
WDO += ["要先给熟客打个电话", "习惯把门口的台阶扫干净"]
WSEE = ["街坊们陆续围了过来", "巷子里渐渐有了人声", "窗外的梧桐落了一地", "水面上起了薄雾"]
WSEE += ["几个孩子趴在柜台边看", "隔壁的收音机开始放戏"]
WFELT = ["这份踏实是别处给不了的", "日子就是这么一点点过出来的", "手艺总得有人接着做下去"]
WFELT += ["人和人之间的热乎气儿还在", "慢一点反而走得更远"]
WSUBS = ["天亮之前", "手上的活", "来来往往的人", "说不出口的舍不得", "往后的打算", "街坊的账本"]
WENDS = ["如果你路过那里，不妨停下来坐一坐。", "愿每一盏亮着的灯，都有人惦记。"]
WENDS += ["我们下期再见。", "故事还在继续，我们会接着记录。"]
WREAD = ["读过这篇的人还读了"]
WNICKS = ["南巷阿七", "一颗青梅", "老周在路上", "不吃香菜", "晚风小札", "橘子汽水"]
WSAID = ["小时候常去那家店，看完眼眶热了。", "写得真好，转给了我妈看。", "下次回老家一定去看看。"]
WSAID += ["这样的人值得被更多人知道。", "照片拍得很有味道。"]
WSTAFF = ["林小禾", "顾一帆", "宋青野", "许念", "邬可", "沈夏"]
# digest items (溪町早知道)
DITEMS = ["城东菜场完成改造今起恢复营业", "三条公交线路下周调整走向", "图书馆延长周末开放时间"]
DITEMS += ["老城区新增两处停车场", "社区卫生服务站推出夜间门诊", "湿地公园步道分段封闭维护"]
DITEMS += ["中小学春季托管开始报名", "燃气管道检修期间部分小区停气"]
DWHAT = ["据有关部门介绍", "记者从相关单位了解到", "按照此前公布的安排", "据现场工作人员说"]
DDO = ["调整期间将增设临时指引", "市民可通过热线咨询具体事项", "首批名额将在三天内公布"]
DDO += ["涉及的路段会提前张贴告示", "现场已安排专人引导"]
DFROM = ["溪町日报", "溪町广播电视台", "城东街道", "市交通运输局"]
REGIONS = ["浙江", "江苏", "福建", "安徽"]

# a government information-disclosure site (青岑市人民政府)
GBUREAUS = ["青岑市自然资源和规划局", "青岑市教育局", "青岑市民政局", "青岑市交通运输局"]
GBUREAUS += [
    "青岑市农业农村局",
    "青岑市文化广电旅游局",
    "青岑市水利局",
    "青岑市人力资源和社会保障局",
]
GSHORT = ["青岑资规", "青岑教", "青岑民", "青岑交", "青岑农", "青岑文旅", "青岑水", "青岑人社"]
GMATTER = ["年度耕地保护目标考核", "校外培训机构年度检查", "养老服务机构星级评定"]
GMATTER += ["农村公路养护质量抽查", "高标准农田建设项目验收", "公共文化场馆免费开放考评"]
GMATTER += ["汛前水利工程安全检查", "职业技能提升补贴申领"]
GCATS = ["城乡建设、环境保护", "教育", "民政、扶贫、救灾", "交通", "农业、林业、水利", "文化"]
GCATS += ["农业、林业、水利", "劳动、人事、监察"]
GWHO = ["各区县（市）有关部门", "各乡镇人民政府、街道办事处", "局属各单位", "各有关企事业单位"]
GDO = ["要对照清单逐项开展自查", "应于规定时限内完成材料报送", "须安排专人负责数据核对"]
GDO += ["要结合实际细化工作方案", "应加强与属地部门的沟通衔接"]
GWHY = ["确保各项指标真实准确", "避免出现重复申报", "切实提高工作质量", "做到程序规范、结果公开"]
GATT = ["申报表", "汇总表", "自查报告模板", "评分细则", "联系人回执"]

# a traditional-Chinese local-history archive (苑溪文獻資料庫), Big5
ATITLES = ["鶴嶺村志略", "苑溪渡口舊事", "北門老街的米行", "東山茶園的由來"]
ATITLES += ["南埔廟會記", "柳堤書院沿革", "溪口鹽館考略", "西坪竹編手藝"]
APLACE = ["鶴嶺", "苑溪", "北門", "東山", "南埔", "柳堤", "溪口", "西坪"]
AWHEN = ["清代中葉", "日治初年", "光復以後", "民國四十年前後", "早年", "據耆老回憶"]
ADID = ["先民自對岸渡海而來", "地方仕紳集資修築堤岸", "鄉人在此開墾荒地", "商販沿溪設立貨棧"]
ADID += ["村中設有私塾一所", "每逢節慶便有戲班進駐"]
ARES = ["聚落因而漸次成形", "往來船隻日漸增多", "收成足以供應鄰近數庄", "香火至今未曾中斷"]
ARES += ["此一習俗延續數十年", "遺址如今仍依稀可辨"]
AGOODS = ["烏龍茶", "竹筍", "麻竹編器", "鹹魚乾", "糯米", "番薯簽"]
ASECT = ["沿革", "物產", "人物", "軼聞"]
AWRITERS = ["陳文淵", "黃秋水", "林德修", "張懷民"]
ATAIL = ["今{}一帶尚有{}戶人家保有舊物", "{}耆老至今仍能說出{}則相關掌故", "{}廟前現存碑記{}方"]
ATAIL += ["{}各姓族譜所載已傳{}代", "{}舊家所藏契據尚存{}紙"]
STEMS = "甲乙丙丁"
BRANCH = "子丑寅卯"

# a news crawler's text export (岚江新闻网 and others)
NSITES = ["lanjiang-news.example.cn", "www.yuecheng-daily.example.com", "news.beiting.example.net"]
NPAPERS = ["岚江日报", "岳城晚报", "北汀新闻网", "岚江发布"]
NTHINGS = ["城区首座口袋公园", "老旧厂房改造的创意街区", "社区嵌入式托育点", "跨河人行桥"]
NTHINGS += ["县域医共体", "农产品直播基地", "新能源公交专线", "便民服务驿站"]
NDONE = ["建成开放", "通过竣工验收", "正式揭牌", "开通运营", "迎来首批用户"]
NSEEN = ["连日来", "据主办方统计", "记者在现场注意到", "据运营方介绍"]
NWHAT = ["前来体验的市民络绎不绝", "周边商户的客流明显增加", "预约名额在一小时内就已约满"]
NWHAT += ["不少家长带着孩子专程赶来", "相关配套设施也在同步完善"]
NSAID = ["市民陶女士表示", "项目负责人介绍", "一位老住户感慨", "街道工作人员说"]
NQUOTE = ["“家门口多了个好去处。”", "“下一步还要继续优化服务。”", "“变化太大了，几乎认不出来。”"]
NQUOTE += ["“希望这样的地方越来越多。”"]
NTAIL = ["截至目前，已累计服务{}人次", "开放首周客流超过{}人次", "现场共发放宣传资料{}份"]
NTAIL += ["线上预约人数已达{}人"]
NPOLICE = ["岚江市公安局城东分局", "岚江市公安局滨湖分局", "岳城县公安局"]
NCASE = ["电动自行车盗窃", "冒充客服电信诈骗", "酒后驾驶", "高空抛物"]


class GenP(GenO):
    """Text makers for the ``p`` families (deterministic from the seed)."""

    def same_day(self, k: int) -> None:
        """Queue one day for the next ``k`` pieces (a digest's items share its date)."""
        y, m, d = Gen.date(self)
        self.days = [(y, m, d)] * k

    # -- the public account
    def moment(self, who: str) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WWHEN)}，{who}{r.choice(WDO)}，{r.choice(WSEE)}，算起来已经是第{self.n + 11}个年头了。"  # noqa: E501

    def feeling(self, who: str) -> str:
        self.n += 1
        r = self.r
        return f"{who}说起这些时很平静，{r.choice(WFELT)}，这句话我们记了很久。"

    def feature(self, j: int) -> Art:
        """A feature about ``WWHO[j]``: two opening paragraphs, three ``『小标题』`` subheads
        with a paragraph or two each, a closing line (one article)."""
        r = self.r
        who = WWHO[j]
        lines = [self.moment(who) + self.moment(who), self.feeling(who)]
        for sub in r.sample(WSUBS, 3):
            lines += [f"『{sub}』", self.moment(who) + self.feeling(who)]
            if r.random() < 0.5:
                lines.append(self.moment(who))
        lines.append(r.choice(WENDS))
        y, m, d = self.date()
        return Art(WTITLES[j], lines, list(lines), {"published": iso(y, m, d)})

    def brief(self, title: str) -> Art:
        """A digest item: one or two short paragraphs."""
        r = self.r
        self.n += 1
        lines = [
            f"{r.choice(DWHAT)}，{title}，{r.choice(DDO)}，预计影响约{self.n * 40 + 300}人次。"
        ]
        if r.random() < 0.6:
            self.n += 1
            lines.append(f"{r.choice(DWHAT)}，{r.choice(DDO)}，后续进展本号将持续关注。")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- disclosure notices
    def duty(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(GWHO)}{r.choice(GDO)}，{r.choice(GWHY)}，相关情况于每月{self.n % 20 + 5}日前书面报送。"  # noqa: E501

    def gnotice(self, j: int, *, full: bool, cn_sign: bool) -> Art:
        """A disclosure notice: salutation, opening, ``一、`` sections (one with ``（一）``
        items), the issuer and a date (Chinese numerals if ``cn_sign``)."""
        r = self.r
        org = GBUREAUS[j]
        matter = GMATTER[j]
        title = f"{org}关于开展{matter}工作的通知"
        lines = [
            f"{r.choice(GWHO)}：",
            f"为做好{matter}工作，根据上级有关要求，现将有关事项通知如下。",
        ]
        lines += ["一、工作内容", self.duty() + self.duty()]
        if full:
            lines += ["二、工作要求"]
            lines += [f"（{cn_small(k)}）{self.duty()}" for k in (1, 2, 3)]
            lines += ["三、时间安排", self.duty()]
        else:
            lines += ["二、工作要求", self.duty()]
        y, m, d = self.date()
        lines += [org, cn_date(y, m, d) if cn_sign else f"{y}年{m}月{d}日"]
        no = f"{GSHORT[j]}〔{y}〕{r.randint(3, 90)}号"
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    # -- the archive (traditional)
    def annal(self, j: int) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(AWHEN)}，{r.choice(ADID)}，{r.choice(ARES)}，{r.choice(ATAIL).format(APLACE[j], self.n + 2)}。"  # noqa: E501

    def volume(self, j: int, *, full: bool) -> Art:
        """An archive entry: if ``full``, ``甲、沿革`` … sections with ``（子）`` items in the
        物產 section, a ``附識`` and the ROC-dated sign-off; else two paragraphs."""
        r = self.r
        y, m, d = self.date()
        who = r.choice(AWRITERS)
        if full:
            lines = [self.annal(j) + self.annal(j)]
            for s, sect in enumerate(ASECT[:3]):
                lines.append(f"{STEMS[s]}、{sect}")
                if sect == "物產":
                    lines += [
                        f"（{BRANCH[b]}）{g}：{self.annal(j)}"
                        for b, g in enumerate(r.sample(AGOODS, 3))
                    ]
                else:
                    lines += [self.annal(j) + self.annal(j), self.annal(j)]
            lines += ["附識", self.annal(j)]
            roc = y - 1911
            lines.append(f"民國{roc_num(roc)}年{cn_small(m)}月{cn_small(d)}日　{who}謹識")
        else:
            lines = [self.annal(j) + self.annal(j), self.annal(j)]
        no = f"YX-{r.randint(3, 12):02d}-{r.randint(1, 60):03d}"
        meta = {"issuer": "苑溪縣文獻委員會", "doc_number": no, "published": iso(y, m, d)}
        return Art(ATITLES[j], lines, list(lines), meta)

    # -- crawled news
    def report(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(NSEEN)}，{r.choice(NWHAT)}。{r.choice(NSAID)}：{r.choice(NQUOTE)}{r.choice(NTAIL).format(self.n * 53 + 200)}。"  # noqa: E501

    def story(self, j: int, *, long: bool) -> Art:
        """A news story: a ``（记者 X）`` lead, paragraphs, a redacted resident (``张××``)."""
        r = self.r
        thing, done = NTHINGS[j], r.choice(NDONE)
        lines = [f"本报讯（记者 {r.choice(WSTAFF)}）岚江{thing}近日{done}。" + self.report()]
        lines.append(self.report() + self.report())
        if long:
            lines.append(
                f"家住附近XX小区的居民张××告诉记者，以前要绕很远的路，现在步行{r.randint(5, 15)}分钟就到了。"  # noqa: E501
            )
            lines += [self.report(), self.report() + self.report()]
        lines.append(f"据悉，岚江还将在年内推进{r.randint(2, 6)}个同类项目。")
        y, m, d = self.date()
        return Art(f"岚江{thing}{done}", lines, list(lines), {"published": iso(y, m, d)})

    def bulletin(self, j: int) -> Art:
        """A police bulletin (警情通报): redacted names, the issuer and a Chinese-numeral
        date."""
        r = self.r
        org = NPOLICE[j % len(NPOLICE)]
        case = NCASE[j % len(NCASE)]
        y, m, d = self.date()
        lines = [
            f"{y}年{m}月{max(d - 2, 1)}日，我局接群众报警称，在辖区XX路附近发生一起{case}案件。",
            f"接警后，民警迅速开展调查，于当日将违法嫌疑人王某（男，{r.randint(20, 60)}岁）查获，现场追回相关物品，案件正在进一步办理中。",  # noqa: E501
            f"经查，王某对其违法事实供认不讳，另有同伙李××已于次日到案，目前二人已被依法采取强制措施，涉案财物{r.randint(2, 9)}件已全部发还失主。",  # noqa: E501
            "警方提醒广大市民提高防范意识，发现可疑情况请及时拨打报警电话。",
            org,
            cn_date(y, m, d),
        ]
        meta = {"issuer": org, "published": iso(y, m, d)}
        return Art(f"关于一起{case}案件的警情通报", lines, list(lines), meta)


def roc_num(n: int) -> str:
    """An ROC year in Chinese numerals without 〇: 104 -> '一百零四', 110 -> '一百一十'."""
    h, rest = divmod(n, 100)
    if not h:
        return cn_small(n) if n < 32 else _tens(n)
    if not rest:
        return cn_small(h) + "百"
    if rest < 10:
        return cn_small(h) + "百零" + cn_small(rest)
    return cn_small(h) + "百" + ("一" if rest < 20 else "") + _tens(rest)


def _tens(n: int) -> str:
    t, o = divmod(n, 10)
    units = "一二三四五六七八九"
    return ("" if t == 1 else units[t - 1]) + "十" + (units[o - 1] if o else "")


def chunks(text: str) -> list[str]:
    """A paragraph cut after its commas, colons and full stops (the spans of a WeChat
    paragraph)."""
    out, cur = [], ""
    for c in text:
        cur += c
        if c in "，。：,":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def spans(r: random.Random, text: str) -> str:
    """One paragraph as nested ``<section>``/``<span>`` markup on one source line (no
    whitespace between the inline tags, so the visible line is ``text``)."""
    parts = chunks(text)
    groups: list[str] = []
    k = 0
    while k < len(parts):
        n = r.randint(1, 2)
        groups.append("".join(parts[k : k + n]))
        k += n
    bold = r.randrange(len(groups)) if len(groups) > 2 and r.random() < 0.4 else -1
    inner = ""
    for g, s in enumerate(groups):
        s = escape(s, quote=False)
        if g == bold:
            inner += f'<span style="font-size:15px;"><strong>{s}</strong></span>'
        elif g % 2:
            inner += f'<span style="font-size:15px;color:#3f3f3f;"><span leaf="">{s}</span></span>'
        else:
            inner += f'<span style="font-size:15px;letter-spacing:1px;">{s}</span>'
    if r.random() < 0.5:
        return f'<section style="margin:0 8px;"><section style="line-height:1.75em;">{inner}</section></section>'  # noqa: E501
    return f'<section style="line-height:1.75em;margin-bottom:16px;">{inner}</section>'
