"""Words, text makers and a small HTML page builder of
:mod:`tests.families.blind_families_o` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``o``
families repeats one of the earlier families.  The portal's and the forum's words are all
in GBK (some of their pages are GBK-encoded).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from html import escape

from tests.families.blind_c_text import Art, Chrome, Gen, cn_date, cn_small, iso

# a provincial news portal (岫川在线)
PCITIES = ["云枫市", "澜桥市", "桐溪市", "鹤汀市", "青篁县", "沙湄县", "苍岭市", "柘湖县"]
PTHINGS = ["首条跨江隧道", "现代农业产业园", "乡村客运公交化线路", "智慧水务平台"]
PTHINGS += ["山区学校营养午餐项目", "非遗工坊", "冷链物流中心", "城乡供水一体化工程"]
PDONE = ["正式投用", "全线贯通", "通过验收", "进入试运行", "惠及十万群众", "开工建设"]
PSEEN = ["记者近日在现场看到", "据当地有关负责人介绍", "从省有关部门获悉", "在项目指挥部里"]
PWHAT = ["工人们正在做最后的调试", "新装的指示牌已经全部到位", "首批使用者陆续前来登记"]
PWHAT += ["周边村民自发前来参观", "运行数据实时显示在大屏上"]
PSAID = ["项目负责人周建明说", "当地村民杨大姐笑着说", "一位参与建设的技术员告诉记者"]
PSAID += ["县里分管负责人表示"]
PQUOTE = ["“以前办这件事要跑好几趟，现在家门口就能解决。”", "“我们还要把经验推广到周边乡镇。”"]
PQUOTE += ["“心里踏实多了，日子也更有盼头。”", "“接下来要在运维上下足功夫。”"]
PQUOTE += ["“孩子上学再也不用绕远路了。”", "“这几个月大家都是连轴转。”"]
PCOLS = ["市州新闻", "本省要闻", "经济", "民生", "市州新闻", "文旅", "本省要闻", "教育"]
PAPERS = ["岫川日报", "岫川晚报", "岫川广播电视台", "澜桥日报"]
PEOPLE = ["韦一鸣", "符晓静", "龙泽川", "伍思远", "蓝若溪", "覃立春"]
TOPICS = ["春耕备耕进行时", "乡村振兴看岫川", "重点项目巡礼", "民生实事年中答卷"]
NETIZENS = ["岫川网友", "热心读者", "澜桥老李", "桐溪小陈", "沙湄过客"]
REMARKS = ["家乡的变化越来越大，点赞！", "希望我们村也早点通上。", "这个项目去年就盼着了。"]
REMARKS += ["记者辛苦了，报道很实在。", "什么时候能坐上这条线路？"]

# a home-renovation community (栖木社区)
FTITLES = ["老房翻新九十天，从拆旧到入住的流水账", "小户型厨房改造，硬是多出一米台面"]
FTITLES += ["自己监工半年，说说水电改造那些坑", "阳台改书房的全过程，预算不到两万"]
FTITLES += ["卫生间干湿分离，我是这样一步步做的", "二十年的老楼，换窗户前后的对比"]
FTITLES += ["给父母装修的适老化细节，都在这里", "全屋收纳做完一年，哪些真好用"]
FSTEP = ["拆旧那一周", "开槽布线的时候", "做防水之前", "贴砖进行到一半", "木工进场以后"]
FSTEP += ["柜子安装那天", "最后保洁完"]
FDID = ["我每天下班都绕去工地看一眼", "师傅提醒我先把管线拍照留底", "我坚持把每一笔开销记进表格"]
FDID += ["才发现图纸上的尺寸差了两厘米", "和设计师来回改了三版方案"]
FGOT = ["后来证明这一步省了不少麻烦", "现在回头看还是值得的", "这个钱花得一点也不冤"]
FGOT += ["算下来比预想多花了一些", "住进来以后越用越顺手"]
NICKS = ["木子李", "青砖小院", "阿布装修记", "豆豆妈", "老陈看房", "一只柠檬", "北窗"]
SIGNS = ["慢慢装，好好住。", "家是一点一点攒出来的。", "预算有限，用心无限。"]
SIGNS += ["只分享自己踩过的坑。"]
FREPLIES = [
    "感谢楼主分享，收藏了慢慢看。",
    "请问橱柜台面用的什么材质？",
    "mark一下，明年也要装修。",
]
FREPLIES += ["楼主的预算表能发一份吗？", "看完心里有底了，谢谢！", "图片拍得真清楚，学习了。"]
OPREPLY = ["台面是石英石的，用了一年没什么划痕。", "预算表我整理一下再发上来。"]
OPREPLY += ["不客气，有问题随时问。"]

# an administrative-penalty decision library (衡衢行政处罚公示网)
CAREAS = ["岚州市澄川区", "岚州市栖霞区", "苇塘市", "岚州市白石区", "柏溪县", "松坪县"]
CSHOP = ["某某商贸有限公司", "某某餐饮店", "某某药房", "某某建材经营部", "某某电器有限公司"]
CSHOP += ["某某眼镜店", "某某农资店", "某某教育咨询有限公司"]
CWRONG = ["销售不合格电动自行车头盔", "使用超过保质期的食品原料", "未凭处方销售处方药"]
CWRONG += ["销售以次充好的瓷砖", "发布虚假降价促销信息", "未按规定明码标价"]
CWRONG += ["销售未经检验的化肥", "发布含有绝对化用语的广告"]
CLAWS = ["《岚州省产品质量监督条例》", "《岚州省食品安全管理条例》", "《岚州省药品经营监督办法》"]
CLAWS += ["《岚州省建材市场管理规定》", "《岚州省价格监督检查条例》", "《岚州省明码标价办法》"]
CLAWS += ["《岚州省农业投入品管理条例》", "《岚州省广告监督管理条例》"]
CFOUND = ["执法人员在当事人经营场所货架上发现", "经抽样检验", "据当事人提供的进货台账显示"]
CFOUND += ["经调取当事人的销售记录"]
CFACT = ["涉案商品共计有三个批次", "相关商品已售出部分", "当事人未能提供合法来源证明"]
CFACT += ["涉案货值金额较小", "当事人对上述事实无异议"]
CSUM = ["违法所得共计人民币{}元", "涉案货值金额为人民币{}元", "现场清点库存{}件"]
CEVID = ["现场检查笔录", "询问笔录", "抽样检验报告", "进货单据复印件", "营业执照复印件"]

# a product-review blog exported by an RSS reader (半糖测评室, 云雀RSS)
GOODS = ["手持挂烫机", "空气炸锅", "桌面小风扇", "电动牙刷", "便携榨汁杯", "扫地机器人"]
GOODS += ["颈挂式耳机", "智能台灯"]
RCATS = ["生活小电", "厨房电器", "生活小电", "个护", "厨房电器", "清洁电器", "数码", "数码"]
RHOOK = ["用了三个月的", "入手半年的", "两百块以内的", "被朋友安利的"]
RTAIL = ["，说点真实感受", "值不值得买", "长测报告", "优缺点都在这"]
RUSE = ["每天早上出门前用一次", "连续一周都放在办公桌上", "带着出差跑了三个城市"]
RUSE += ["周末集中测试了两个下午", "家里老人也试用了几次"]
RFEEL = ["手感比预想的扎实", "噪音控制得还算不错", "续航基本和宣传一致", "清洁起来有点麻烦"]
RFEEL += ["细节处理上略显粗糙", "说明书写得不够清楚"]
RSUM = ["整体来说对得起这个价位", "如果预算充足可以再等等新款", "适合刚需人群直接入手"]
RSUM += ["不建议冲着促销价盲目囤货"]
PROS = ["上手简单，老人也会用", "体积小，收纳不占地方", "配件齐全，不用另外购买"]
PROS += ["外观素净，放哪都不突兀"]
CONS = ["充电口的橡胶塞容易松", "最高档位声音偏大", "包装过度，拆完一大堆纸盒"]
CONS += ["售后电话不太好打通"]
REND = ["这是我今年测过的第{}件同类产品", "累计使用大约{}个小时", "前后对比了{}组数据"]
REND += ["评论区已经有{}位读者问过这个问题"]
SUBHEADS = ["外观和做工", "实际使用", "和老款的对比", "适合谁买"]


class GenO(Gen):
    """Text makers for the ``o`` families (deterministic from the seed)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.days: list[tuple[int, int, int]] = []

    def date(self) -> tuple[int, int, int]:
        """The next of ``days`` (a compilation's pieces fall in one month), else random."""
        return self.days.pop(0) if self.days else super().date()

    def month(self, k: int, *, newest_first: bool) -> None:
        """Queue ``k`` days of one month for the next ``k`` pieces."""
        y, m, _ = super().date()
        days = sorted(self.r.sample(range(1, 29), k), reverse=newest_first)
        self.days = [(y, m, d) for d in days]

    def clock(self) -> str:
        return f"{self.r.randint(7, 22):02d}:{self.r.randint(0, 59):02d}"

    # -- portal news
    def scene(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PSEEN)}，{r.choice(PWHAT)}，{r.choice(PSAID)}：{r.choice(PQUOTE)}截至目前已累计服务{self.n * 37 + 120}人次。"  # noqa: E501

    def news(self, city: str, thing: str, *, long: bool) -> Art:
        """A portal story: a ``本网讯（记者 X 通讯员 Y）`` lead, paragraphs with quotes, on
        long stories a photo caption ``图为……。X 摄`` and a closing paragraph."""
        r = self.r
        who, aid = r.sample(PEOPLE, 2)
        done = r.choice(PDONE)
        lead = f"本网讯（记者 {who} 通讯员 {aid}）{city}{thing}日前{done}。"
        lines = [lead + self.scene(), self.scene() + self.scene()]
        if long:
            lines.append(f"图为{city}{thing}现场，工作人员正在检查设备运行情况。{who} 摄")
            lines += [self.scene(), self.scene() + self.scene()]
        lines.append(f"据了解，{city}还将总结{thing}的建设经验，在全省同类项目中推广。")
        y, m, d = self.date()
        return Art(f"{city}{thing}{done}", lines, list(lines), {"published": iso(y, m, d)})

    # -- forum posts
    def step(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(FSTEP)}，{r.choice(FDID)}，{r.choice(FGOT)}，这一项前后花了{self.n * 130 + 800}元。"  # noqa: E501

    def post(self, title: str, *, long: bool) -> Art:
        """A forum experience post: an opening, dated stages, a list of tips and a closing
        thanks (one article)."""
        r = self.r
        self.n += 1
        house = r.choice(["单位分的老房", "父母留下的两居", "刚交付的毛坯", "租了八年的房子"])
        lines = [
            f"先说下背景，房子是{house}，{50 + self.n * 3}平左右，这次从头到尾都是自己盯下来的。"
        ]
        lines += [self.step() + self.step(), self.step()]
        if long:
            lines += ["几条小经验，供大家参考："]
            lines += [f"{k}. {self.step()}" for k in (1, 2, 3)]
            lines += [self.step() + self.step()]
        lines.append(f"就写到这里，前后一共{self.n + 60}天，后面想到什么再补充，欢迎大家一起交流。")
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- penalty decisions
    def finding(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(CFOUND)}，{r.choice(CFACT)}，{r.choice(CSUM).format(self.n * 90 + 300)}，有{'、'.join(r.sample(CEVID, 2))}等证据证实。"  # noqa: E501

    def decision(self, area: str, j: int, *, full: bool) -> Art:
        """A penalty decision: (if ``full``) the office, ``行政处罚决定书`` and the number,
        the party rows, the facts, the legal basis, ``一、…；`` penalties, the payment and
        appeal notices and the sign-off with a Chinese-numeral date (one article)."""
        r = self.r
        org = f"{area}市场监督管理局"
        y, m, d = self.date()
        no = f"{area[-3:-1]}市监处罚〔{y}〕{r.randint(11, 260)}号"
        shop = f"{area[-3:-1]}{CSHOP[j]}"
        code = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
        lines = [org, "行政处罚决定书", no] if full else []
        lines += [f"当事人：{shop}", f"统一社会信用代码：91{code}"]
        if full:
            lines += [
                f"住所：{area}{r.choice(['河滨路', '新华街', '工业大道'])}{r.randint(2, 300)}号"
            ]
        lines.append(
            f"{y}年{m}月{max(d - 7, 1)}日，本局执法人员依法对当事人进行检查。" + self.finding()
        )
        lines.append(self.finding() + self.finding())
        law = CLAWS[j]
        art = cn_small(r.randint(8, 31))
        lines.append(f"本局认为，当事人{CWRONG[j]}的行为，违反了{law}第{art}条的规定。")
        lines.append(f"依据{law}的相关规定，本局决定对当事人作出如下行政处罚：")
        fine = r.randint(3, 40) * 500
        lines += ["一、责令立即改正违法行为；", f"二、罚款人民币{fine}元。"]
        if full:
            lines.append(
                "当事人应当自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
            )
            lines.append(
                f"当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向{area}人民政府申请行政复议，也可以在六个月内依法提起行政诉讼。"
            )
            lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(f"{shop}{CWRONG[j]}案", lines, list(lines), meta)

    # -- product reviews
    def feel(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(RUSE)}，{r.choice(RFEEL)}，{r.choice(RSUM)}，{r.choice(REND).format(self.n + 6)}。"  # noqa: E501

    def review(self, j: int, *, long: bool) -> Art:
        """A product review: an opening, ``先说结论``, ``▍`` subheads with paragraphs, the
        ``优点：`` / ``缺点：`` lists and a score line (one article)."""
        r = self.r
        lines = [self.feel() + self.feel(), f"先说结论：{r.choice(RSUM)}。"]
        for sub in SUBHEADS[: 3 if long else 2]:
            lines += [f"▍{sub}", self.feel() + self.feel()]
        lines += ["优点：", *[f"+ {x}" for x in r.sample(PROS, 2)]]
        lines += ["缺点：", *[f"- {x}" for x in r.sample(CONS, 2)]]
        lines.append(f"综合评分：{r.randint(60, 95) / 10}/10")
        y, m, d = self.date()
        title = f"{r.choice(RHOOK)}{GOODS[j]}{r.choice(RTAIL)}"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})


class Html:
    """An HTML page being built: its source lines and its chrome (kind, visible text).
    Every text goes through one element per line, escaped, so the visible lines are the
    texts given here."""

    def __init__(self) -> None:
        self.src: list[str] = []
        self.chrome: Chrome = []

    def raw(self, *s: str) -> None:
        self.src += s

    def el(self, tag: str, text: str, cls: str = "", kind: str = "") -> None:
        """One element; ``kind`` marks it chrome."""
        at = f' class="{cls}"' if cls else ""
        self.src.append(f"<{tag}{at}>{escape(text, quote=False)}</{tag}>")
        if kind:
            self.chrome.append((kind, text))

    def links(self, kind: str, parts: list[str], sep: str, cls: str, tag: str = "div") -> None:
        """A row of links (one visible line), e.g. a breadcrumb or a share bar."""
        inner = escape(sep, quote=False).join(
            f'<a href="/{k}.html">{escape(p, quote=False)}</a>' for k, p in enumerate(parts)
        )
        self.src.append(f'<{tag} class="{cls}">{inner}</{tag}>')
        self.chrome.append((kind, sep.join(parts)))

    def items(self, kind: str, texts: list[str], cls: str) -> None:
        """A ``<ul>`` of linked items, each a chrome line."""
        self.src.append(f'<ul class="{cls}">')
        for k, t in enumerate(texts):
            self.src.append(f'<li><a href="/a/{k + 301}.html">{escape(t, quote=False)}</a></li>')
            self.chrome.append((kind, t))
        self.src.append("</ul>")

    def body(self, a: Art, mark_html: str = "") -> None:
        """The article's page lines as ``<p>`` elements; a page-break mark (a chrome line
        of ``a``) is wrapped in ``mark_html`` (``{}`` = the mark's text)."""
        marks = {x for _, x in a.chrome}
        for ln in a.page:
            for part in ln.split("\n"):
                if part in marks:
                    self.src.append(mark_html.format(escape(part, quote=False)))
                elif part:
                    self.el("p", part)


def head(charset: str, title: str, keywords: str, desc: str, extra: list[str]) -> list[str]:
    """A page head: the charset declaration as given, the title, keywords, description,
    ``extra`` meta lines, a stylesheet and a tracking script."""
    return [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        charset,
        f"<title>{escape(title, quote=False)}</title>",
        f'<meta name="keywords" content="{escape(keywords)}">',
        f'<meta name="description" content="{escape(desc)}">',
        *extra,
        '<link rel="stylesheet" href="/static/css/main.css?v=20210309">',
        "<style>.b3{margin:0 auto;width:1200px}.hide{display:none}</style>",
        "<script>var _stat = _stat || []; _stat.push(['_setAccount', 'a1b2c3']);</script>",
        "</head>",
    ]


def ymd(a: Art) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.meta["published"].split("-"))
    return y, m, d


def put(lines: list[str], chrome: Chrome, add: Chrome) -> None:
    lines += [x for _, x in add]
    chrome += add


def once(mark: tuple[str, str]) -> Callable[[], Chrome]:
    """The page-break mark maker of :func:`damage` for one break."""
    return lambda: [mark]


def shape(i: int) -> int:
    """Pages 1, 3 and 5 are compilations (two pieces on page 5, three on 1 and 3)."""
    return 1 if i not in (1, 3, 5) else (2 if i == 5 else 3)


CHARSET = {
    "gb2312": '<meta charset="gb2312">',
    "gbk": '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    "utf-8": '<meta charset="utf-8">',
}


ATTACH = '<div class="attach"><img src="/data/attachment/forum/2021.jpg" alt=""><p>{}</p></div>'


def user(h: Html, who: str, floor: str) -> None:
    h.raw('<div class="pls">')
    h.el("div", floor, "floor", "bar")
    h.el("div", who, "authi", "bar")
    h.el("p", "中级会员" if len(who) > 3 else "初级会员", "lv", "bar")
    h.raw("</div>")


def weekday(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, d).weekday()
