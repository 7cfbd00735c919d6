"""Words and text makers of :mod:`tests.families.blind_families_m` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``m``
families repeats one of the earlier families.  The press releases are in traditional
characters and every character of them is in cp950 (no ``〇``: no Chinese-numeral dates).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, Gen, cn_small, iso

# a city news portal (鹭城新闻网)
REPORTERS = ["郑晓岚", "韩一舟", "贺青禾", "钱沐阳", "邵知微", "蒋云帆"]
PAPERS = ["鹭城日报", "鹭城晚报", "江湾都市报", "鹭城广播电视台"]
NCOLS = ["本地新闻", "社会民生", "城建交通", "文化旅游", "教育卫生", "本地新闻", "社会民生"]
NCOLS += ["城建交通"]
SPOTS = ["老码头", "东郊湿地", "城北菜场", "滨江步道", "凤栖桥", "西关旧厂区", "梅岭隧道"]
SPOTS += ["南湖书院"]
DONE = ["改造完工", "正式开放", "完成提升", "恢复通行", "迎来首批游客", "亮灯启用"]
ORIG = ["家门口又多了一处好去处", "这个周末不妨去走走", "老地方焕发新活力", "市民点赞身边新变化"]
NSEEN = ["记者在现场看到", "据项目负责人介绍", "从市有关部门了解到", "不少市民一早就赶来"]
NWHAT = ["新铺的透水砖已全部完工", "沿线增设了二十多处休息座椅", "原有的老建筑得到完整保留"]
NWHAT += ["夜间照明改为暖色灯带", "周边停车位比过去增加了一倍"]
NSAID = ["家住附近的刘阿姨说", "带着孩子来玩的市民陈先生表示", "施工单位的负责人告诉记者"]
NQUOTE = ["“以前这里坑坑洼洼，现在晚饭后出来散步舒服多了。”", "“我们尽量保留老样子，只做减法。”"]
NQUOTE += ["“孩子特别喜欢这里，周末都吵着要来。”", "“下一步还要把周边的小巷一并梳理。”"]
BRIEFS = ["地铁三号线南延段开始试运行", "全市首批智慧停车场投入使用", "春季招聘会提供岗位八千余个"]
BRIEFS += ["城区新增十二处口袋公园", "市图书馆夜间开放延长至晚十点", "老旧燃气管道改造全面启动"]

# a law and regulation database (律衡法规库)
CITIES = ["鹭州市", "岚江市", "澄海市", "松阳市"]
SUBJECTS = ["城市绿化", "养犬管理", "生活垃圾分类", "历史文化街区保护", "电梯安全"]
SUBJECTS += ["物业管理", "河道管理", "公共场所控制吸烟"]
LAWCATS = ["城乡建设", "社会治理", "生态环境", "文化保护", "市场监管", "城乡建设", "生态环境"]
LAWCATS += ["卫生健康"]
LDUTY = ["市人民政府应当", "区人民政府负责", "街道办事处和乡镇人民政府应当", "相关行业协会可以"]
LDO = ["将相关工作纳入年度考核", "建立健全日常巡查制度", "组织编制专项规划", "做好宣传引导工作"]
LDO += ["定期向社会公布检查结果"]
LHOW = ["所需经费列入同级财政预算", "并听取利害关系人的意见", "具体办法由主管部门另行制定"]
LHOW += ["接受社会公众的监督"]
LBAN = ["擅自占用或者改变用途", "在规定区域外随意堆放", "拒绝或者阻碍执法检查", "损毁相关标识设施"]

# a city government's press releases, traditional characters (嵐港市政府)
TW_UNITS = ["觀光旅遊局", "教育局", "環境保護局", "社會局", "文化局", "交通局", "衛生局"]
TW_UNITS += ["農業局"]
TW_EVENTS = ["春季花卉市集", "暑期青少年游泳班", "淨灘志工招募", "長者健康講座"]
TW_EVENTS += ["社區藝術節", "公車新路線試營運", "流感疫苗接種", "在地農產品展售會"]
TW_SITES = ["港濱公園", "市立體育館", "西灣海灘", "市民活動中心", "文化中心廣場", "轉運站"]
TW_SITES += ["各區衛生所", "舊火車站前廣場"]
TW_SAID = ["局長表示", "主辦單位指出", "承辦科長說明", "市府團隊強調"]
TW_WHAT = ["今年活動規模較往年擴大", "現場將安排專人協助引導", "歡迎民眾攜家帶眷一同參與"]
TW_WHAT += ["名額有限請儘早報名", "相關資訊可至本府網站查詢"]
TW_MORE = ["為兼顧安全與品質，現場將分時段管制人數", "活動期間周邊道路將實施交通管制"]
TW_MORE += ["雨天備案將另行於官網公告", "參加者請自備水壺以響應減塑"]
TW_NAMES = ["林", "陳", "黃", "吳", "蔡"]

# a personal blog (檐下听风)
BTITLES = ["周末去看了一场旧电影", "阳台上的薄荷又活了", "在小站等一班慢车", "重读一本旧小说"]
BTITLES += ["学做外婆的桂花糕", "雨天整理旧照片", "第一次一个人去爬山", "楼下那家面馆关门了"]
BCATS = ["随笔", "生活", "读书", "旅行"]
BTAGS = ["周末", "旧物", "慢生活", "植物", "回忆", "美食", "小城", "雨天", "散步"]
BOPEN = ["说起来有点好笑", "这件事在心里搁了好几天", "今天早上醒得特别早", "原本没打算写下来"]
BMID = [
    "窗外的风一阵紧一阵松",
    "手边那杯茶早就凉透了",
    "路上几乎碰不到什么人",
    "楼下有人在修自行车",
]
BMID += ["收音机里放着很老的歌"]
BFEEL = ["忽然觉得日子其实也没那么赶", "心里反倒安静了下来", "就这样慢慢想通了一些事"]
BFEEL += ["好像又回到了十几岁的时候"]
NICKS = ["南风不知意", "小鹿乱撞", "夜航船", "一颗橘子", "路过的猫"]
REPLIES = ["写得真好，看得我也想出门走走了。", "同感，最近也在慢慢找回这种心情。"]
REPLIES += ["博主的文字总是很安静，喜欢。", "求那家店的地址！", "收藏了，下次照着试试。"]
PS = ["照片晚点补上", "有同好的欢迎留言聊聊", "下次再写续篇", "错字明天再改"]
PS += ["这篇拖了一周才写完", "谢谢一直来看的朋友"]
WEEK = "一二三四五六日"


def weekday(y: int, m: int, d: int) -> str:
    """'二' for a Tuesday (周二 / 星期二)."""
    return WEEK[datetime.date(y, m, d).weekday()]


class GenM(Gen):
    """Text makers for the ``m`` families (deterministic from the seed)."""

    def clock(self) -> str:
        return f"{self.r.randint(6, 22):02d}:{self.r.randint(0, 59):02d}"

    # -- news
    def scene(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(NSEEN)}，{r.choice(NWHAT)}，{r.choice(NSAID)}：{r.choice(NQUOTE)}目前已有{self.n + 12}支施工队伍完成撤场。"  # noqa: E501

    def news(self, spot: str, who: str, city: str = "鹭城") -> Art:
        """A news story: a ``鹭城讯（记者 X）`` lead, paragraphs with quotes, a photo
        caption ``▲ …。记者 X 摄`` and a closing paragraph (one article)."""
        r = self.r
        done = r.choice(DONE)
        lines = [f"{city}讯（记者 {who}）经过数月施工，{spot}日前{done}。" + self.scene()]
        lines += [self.scene() + self.scene(), self.scene()]
        lines.append(f"▲ {spot}一角，不少市民在此驻足拍照。记者 {who} 摄")
        lines += [self.scene() + self.scene()]
        lines.append(f"据悉，{spot}后续还将根据市民意见进一步完善配套设施，记者将持续关注。")
        y, m, d = self.date()
        return Art(
            f"{spot}{done} 市民周末可免费参观", lines, list(lines), {"published": iso(y, m, d)}
        )

    def brief(self, what: str) -> Art:
        """An item of a morning digest: two paragraphs."""
        y, m, d = self.date()
        lines = [f"昨日，记者从市有关部门获悉，{what}。" + self.scene(), self.scene()]
        return Art(what, lines, list(lines), {"published": iso(y, m, d)})

    # -- regulations
    def clause(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(LDUTY)}{r.choice(LDO)}，{r.choice(LHOW)}，每年检查不少于{self.n % 4 + 2}次。"  # noqa: E501

    def statute(self, city: str, subject: str, *, long: bool) -> Art:
        """A local regulation: (if ``long``) an adoption note and ``第N章`` chapters, then
        ``第N条`` articles with a ``（一）`` list and the entry-into-force article (one
        article, never split at its clauses)."""
        r = self.r
        y, m, d = self.date()
        ey, em = (y, m + 3) if m <= 9 else (y + 1, m - 9)
        by_law = r.random() < 0.5
        if by_law:
            org, title = f"{city}人民代表大会常务委员会", f"{city}{subject}条例"
            no = f"{city}人民代表大会常务委员会公告第{r.randint(2, 60)}号"
        else:
            org, title = f"{city}人民政府", f"{city}{subject}管理办法"
            no = f"{city}人民政府令第{r.randint(100, 190)}号"
        word = "条例" if by_law else "办法"
        body = [
            f"为了加强{subject}工作，维护公共利益，根据有关法律法规，结合本市实际，制定本{word}。"
        ]
        body += [self.clause() + self.clause() for _ in range(3)]
        ban = r.sample(LBAN, 3)
        items = [f"（{cn_small(j)}）{ban[j - 1]}；" for j in (1, 2)] + [f"（三）{ban[2]}。"]
        body += ["禁止下列行为：", *items]
        body += [self.clause() + f"违反本{word}规定的，由主管部门责令改正。"]
        body.append(f"本{word}自{ey}年{em}月1日起施行。")
        lines: list[str] = []
        if long:
            lines.append(f"（{y}年{m}月{d}日{org}发布）")
        k = 0
        chapters = [("总则", 2), ("管理与监督", 4), ("附则", 1)] if long else [("", 7)]
        for c, (name, count) in enumerate(chapters, 1):
            if name:
                lines.append(f"第{cn_small(c)}章　{name}")
            for _ in range(count):
                text = body.pop(0)
                if text == "禁止下列行为：":
                    k += 1
                    lines.append(f"第{cn_small(k)}条　{text}")
                    lines += [body.pop(0) for _ in range(3)]
                    continue
                k += 1
                lines.append(f"第{cn_small(k)}条　{text}")
        meta = {"issuer": org, "doc_number": no, "published": iso(y, m, d)}
        return Art(title, lines, list(lines), meta)

    # -- press releases (traditional)
    def tw_line(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(TW_SAID)}，{r.choice(TW_WHAT)}，{r.choice(TW_MORE)}，預計可服務民眾{self.n * 30 + 200}人次。"  # noqa: E501

    def release(
        self, j: int, *, contact: bool = True, when: tuple[int, int, int] | None = None
    ) -> Art:
        """A press release: a lead ``嵐港市政府X局今（9）日表示``, paragraphs with 「」
        quotes, ``活動資訊如下：`` and ``一、…`` items, a closing paragraph and (if
        ``contact``) the press contact line (one article)."""
        r = self.r
        y, m, d = when or self.date()
        unit, event, site = TW_UNITS[j], TW_EVENTS[j], TW_SITES[j]
        lines = [f"嵐港市政府{unit}今（{d}）日表示，{event}將於{site}舉行。" + self.tw_line()]
        lines.append(
            f"{r.choice(TW_SAID)}：「希望透過這次活動，讓更多市民認識{site}。」" + self.tw_line()
        )
        lines += ["活動資訊如下："]
        lines += [f"一、活動時間：{m}月{min(d + 7, 28)}日上午九時至下午四時。"]
        lines += [f"二、活動地點：{site}。", "三、報名方式：線上報名或現場登記。"]
        lines += [self.tw_line() + self.tw_line()]
        if contact:
            who = r.choice(TW_NAMES)
            tel = f"(07){r.randint(200, 899)}-{r.randint(1000, 9999)}"
            lines.append(f"新聞聯絡人：{unit}{who}科長，電話：{tel}")
        meta = {"issuer": f"嵐港市政府{unit}", "published": iso(y, m, d)}
        return Art(
            f"{event}{r.choice(['登場', '開跑', '即日起受理報名'])}", lines, list(lines), meta
        )

    # -- blog
    def musing(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(BOPEN)}，{r.choice(BMID)}，{r.choice(BFEEL)}，算下来这是今年第{self.n + 3}次这样了。"  # noqa: E501

    def entry(self, title: str, when: tuple[int, int, int], *, listy: bool) -> Art:
        """A blog entry: paragraphs, (if ``listy``) a ``1）`` list, and a ``PS：`` line
        (one article)."""
        r = self.r
        lines = [self.musing() + self.musing(), self.musing()]
        if listy:
            lines.append("顺手记下几件想做的小事：")
            lines += [f"{k}）{x}；" for k, x in enumerate(r.sample(BMID, 3), 1)]
            lines[-1] = lines[-1][:-1] + "。"
        lines += [self.musing() + self.musing(), self.musing()]
        lines.append(f"PS：{PS[self.n % len(PS)]}。")
        return Art(title, lines, list(lines), {"published": iso(*when)})


__all__ = [
    "BCATS",
    "BRIEFS",
    "BTAGS",
    "BTITLES",
    "CITIES",
    "LAWCATS",
    "NCOLS",
    "NICKS",
    "ORIG",
    "PAPERS",
    "REPLIES",
    "REPORTERS",
    "SPOTS",
    "SUBJECTS",
    "TW_EVENTS",
    "TW_UNITS",
    "GenM",
    "weekday",
]
