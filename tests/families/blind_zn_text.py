"""Words and text makers of :mod:`tests.families.blind_families_zn` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zn`` families repeats one of the earlier
families.  The county portal's words are all in GBK (half of its pages are GBK-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a county government's open-information page (岑溪县人民政府), HTML -----------------
COUNTY = "岑溪县"
XZ_UNITS = [
    ("自然资源局", "岑自然资规", "国土资源"),
    ("农业农村局", "岑农发", "农业、林业、水利"),
    ("教育局", "岑教规", "教育"),
    ("交通运输局", "岑交发", "交通"),
    ("民政局", "岑民规", "民政、扶贫、救灾"),
    ("市场监督管理局", "岑市监发", "市场监管、安全生产监管"),
    ("水利局", "岑水发", "农业、林业、水利"),
    ("文化广电旅游局", "岑文旅发", "文化、广电、新闻出版"),
]
XZ_MATTERS = [
    "农村宅基地审批管理",
    "高标准农田建后管护",
    "中小学课后服务收费",
    "农村客运班线延伸",
    "特困人员救助供养",
    "农贸市场秤具检定",
    "山塘水库安全巡查",
    "乡村文化礼堂运行",
]
XZ_KIND = ["实施细则", "工作方案", "管理办法", "实施意见"]
XZ_WHO = ["各乡镇人民政府", "县直有关单位", "各村（社区）", "各经营主体", "各中小学校"]
XZ_DO = [
    "要在每季度末前完成一次全面摸底",
    "应当建立一户一档的台账",
    "须将办理结果在村务公开栏张贴七日",
    "要明确专人负责日常巡查",
    "应当在受理后十个工作日内作出答复",
    "须按规定比例安排配套资金",
]
XZ_WHY = [
    "确保各项措施落到实处",
    "切实减轻群众办事负担",
    "防止出现推诿扯皮现象",
    "做到底数清、情况明",
    "形成上下联动的工作格局",
]
XZ_FILES = ["申请表（样表）", "办理流程图", "责任分工表", "补助标准明细表", "联络员名单"]

# -- a read-later app's clipping of an official-account article (纸鸢稍后读), UTF-16 ------
CLIP_APP = "纸鸢稍后读"
# (account, title, tags)
CLIPS = [
    ("岚听", "在老城区住了三十年，我才第一次走完这条河", "#城市 #散步"),
    ("岚听", "菜市场里的早晨，藏着一座城最真实的表情", "#城市 #烟火气"),
    ("半山书房", "一个县城书店的第七个冬天", "#书店 #县城"),
    ("半山书房", "把旧书卖给陌生人，是一件很温柔的事", "#旧书 #人物"),
    ("岚听", "那些在夜班公交上认识的人", "#城市 #夜晚"),
    ("青禾手记", "回村种了两年地，我学会了看天吃饭", "#乡村 #返乡"),
    ("青禾手记", "外婆的腌菜坛子，和一个没说出口的道别", "#亲情 #食物"),
    ("半山书房", "给一座没有电影院的小镇放电影", "#县城 #人物"),
]
CLIP_WRITERS = ["林小满", "周望舒", "宋一禾", "陆知秋", "阿屿", "温南枝"]
CLIP_REGION = ["四川", "浙江", "湖南", "云南", "江西", "福建"]
CLIP_WHEN = ["那年秋天", "去年腊月", "刚搬来的时候", "有一个下雨的周末", "小时候每逢赶集"]
CLIP_SEE = [
    "我沿着河堤一直往下游走",
    "卖豆腐的阿婆照例比别人早到半个钟头",
    "店里的暖气片又坏了一根",
    "末班车上只剩下我和一个背着画板的女孩",
    "田埂边的油菜刚刚冒出新芽",
    "坛子口封着的旧报纸已经发了黄",
]
CLIP_THINK = [
    "才发现很多熟悉的地方其实从来没有认真看过",
    "那种不紧不慢的日子好像一直都在原地等着",
    "我突然明白所谓生活不过是把小事一件件做好",
    "有些话当时没有说，后来就再也没有机会了",
    "人和一座城的缘分大概就是这样慢慢长出来的",
]
CLIP_END = [
    "愿你也有一条可以慢慢走完的路。",
    "今天就写到这里，我们下周再见。",
    "如果你也有类似的故事，欢迎在留言区讲给我听。",
]
CLIP_MORE = [
    "春天来的时候，我们去看了一场很小的花",
    "一位老读者寄来的信",
    "关于慢，关于等",
    "县城青年的第一份工作",
    "冬至这天，我们包了两百个饺子",
    "那些被我们错过的日落",
]

# -- a law database's print view (岚衡法律数据库), GB18030 text ---------------------------
LAW_DB = "岚衡法律数据库"
# (province or city, matter, level)
LAWS = [
    ("岚州省", "城市绿化", "省级地方性法规"),
    ("澄阳市", "养犬管理", "设区的市地方性法规"),
    ("岚州省", "农村公路", "省级地方性法规"),
    ("澄阳市", "历史文化街区保护", "设区的市地方性法规"),
    ("汀渚市", "电动自行车管理", "设区的市地方性法规"),
    ("岚州省", "湿地保护", "省级地方性法规"),
    ("汀渚市", "物业管理", "设区的市地方性法规"),
    ("岚州省", "全民阅读促进", "省级地方性法规"),
]
LAW_DUTY = [
    "县级以上人民政府应当将相关工作纳入国民经济和社会发展规划",
    "乡镇人民政府和街道办事处应当协助做好本辖区内的具体工作",
    "有关部门应当按照各自职责做好监督管理和服务保障工作",
    "村民委员会和居民委员会可以组织居民制定公约",
]
LAW_RULE = [
    "任何单位和个人不得擅自占用或者改变其用途",
    "确需调整的，应当依法办理审批手续并向社会公布",
    "相关费用由责任单位承担，不得转嫁给使用者",
    "管理单位应当建立日常巡查制度并如实记录",
    "鼓励社会力量通过捐赠、志愿服务等方式参与",
]
LAW_FINE = ["五百元以上二千元以下", "一千元以上五千元以下", "二百元以上一千元以下"]
LAW_MORE = ["相关司法解释（0）", "相关案例（12）", "相关裁判文书（37）", "立法背景资料（3）"]

# -- a hiking forum's weekly best-of digest (溪山户外论坛), HTML -------------------------
FORUM = "溪山户外论坛"
# (board, thread title)
TRIP_TITLE = [
    ("线路攻略", "两天一夜穿越岚峰古道，全程轨迹和补给点都在这"),
    ("装备交流", "第一次背重装，三十公斤到底怎么分配"),
    ("线路攻略", "雨季走溪谷线，这几个地方千万别停留"),
    ("新手问答", "入门登山鞋怎么选？用坏三双之后的经验"),
    ("约伴出行", "周末约伴：汀湖环线休闲徒步，新手友好"),
    ("摄影作品", "云海等了四个小时，终于等到那束光"),
    ("装备交流", "冬季露营防潮垫实测，充气和泡沫哪个更暖"),
    ("线路攻略", "从县城坐班车到垭口，最省钱的上山方式"),
    ("游记分享", "野外迷路的那一夜，我做对了哪几件事"),
    ("游记分享", "老驴带新人，走完鹰嘴岩之后的一点总结"),
    ("新手问答", "头灯别只看流明，续航和防水更要紧"),
    ("摄影作品", "秋天的芦苇荡，拍了三百张只留下九张"),
]
TRIP_NICK = ["山野阿泽", "背包老周", "岚峰脚力", "一只走鹃", "慢慢走的猫", "溪谷拾遗"]
TRIP_NICK += ["露营小白", "垭口等风"]
TRIP_DID = [
    "我们早上六点从村口的小卖部出发",
    "过了第二个水源点以后坡度明显变陡",
    "领队在岔路口用石头堆了路标",
    "营地选在背风的缓坡上",
    "下撤时走的是另一条防火道",
    "出发前我把装备重新称了一遍",
]
TRIP_TIP = [
    "建议至少带够两升水",
    "手机离线地图一定要提前下好",
    "这一段碎石多，最好戴上手套",
    "天气不稳定时不要贪图赶路",
    "新手尽量结伴，不要单独脱队",
    "垃圾全部带下山，不要留在营地",
]
TRIP_HOT = [
    "收藏了，五一就照着这个走。",
    "补给点标得太清楚了，感谢楼主。",
    "照片拍得真好，求参数。",
    "这条线去年走过，第二天的下坡确实伤膝盖。",
    "新手默默记笔记。",
    "楼主的装备清单能不能单独发一帖？",
]


class GenZN(GenO):
    """Text makers for the ``zn`` families (deterministic from the seed)."""

    # -- county open-information document
    def policy(self, j: int) -> tuple[Art, dict[str, str]]:
        """A county bureau's normative document: salutation, ``一、`` sections with
        sentences, the bureau and the Chinese-numeral date.  Returns the article (meta:
        published, issuer, doc_number, index_no) and the card's other values."""
        r = self.r
        unit, prefix, topic = XZ_UNITS[j]
        issuer = COUNTY + unit
        kind = r.choice(XZ_KIND)
        title = f"{issuer}关于印发{COUNTY}{XZ_MATTERS[j]}{kind}的通知"
        y, m, d = self.date()
        d = min(d, 25)
        lines = [r.choice(XZ_WHO[:2]) + "、" + r.choice(XZ_WHO[2:]) + "："]
        lines.append(f"现将《{COUNTY}{XZ_MATTERS[j]}{kind}》印发给你们，请结合实际认真贯彻执行。")
        for k, head in enumerate(["工作目标", "主要措施", "保障要求"], start=1):
            lines.append(f"{cn_small(k)}、{head}")
            lines.append(self.rule_line() + self.rule_line())
        lines.append(f"本通知自印发之日起施行，有效期{r.choice(['三', '五'])}年。")
        lines += [issuer, cn_date(y, m, d)]
        pub = iso(y, m, d + r.randint(1, 3))
        meta = {
            "published": pub,
            "issuer": issuer,
            "doc_number": f"{prefix}〔{y}〕{r.randint(1, 19)}号",
            "index_no": f"{r.randint(11000000, 11999999)}/{y}-{r.randint(10000, 99999)}",
        }
        card = {"topic": topic, "signed": iso(y, m, d)}
        return Art(title, lines, list(lines), meta), card

    def rule_line(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(XZ_WHO)}{r.choice(XZ_DO)}，全年计划覆盖{12 + 5 * self.n}个行政村，{r.choice(XZ_WHY)}。"  # noqa: E501

    # -- clipped account article
    def clip(self, j: int) -> Art:
        """A personal essay from an official account: paragraphs, a ``▍`` subhead, a
        closing line.  Meta: published, author (the writer), origin (the account)."""
        r = self.r
        account, title, _ = CLIPS[j]
        y, m, d = self.date()
        lines = []
        for k in range(4):
            self.n += 1
            when, see, think = r.choice(CLIP_WHEN), r.choice(CLIP_SEE), r.choice(CLIP_THINK)
            lines.append(
                r.choice(
                    [
                        f"{when}，{see}，{think}，算起来已经是第{self.n + 2}次了。",
                        f"{see}。{when}我也这样想过，{think}。",
                        f"我记得{when}，{see}，那是我来这里的第{self.n + 2}个年头，{think}。",
                    ]
                )
            )
            if k == 1:
                lines.append(f"▍{r.choice(['一些', '后来的', '没写完的'])}事")
        lines.append(r.choice(CLIP_END))
        meta = {"published": iso(y, m, d), "author": r.choice(CLIP_WRITERS), "origin": account}
        return Art(title, lines, list(lines), meta)

    # -- local regulation
    def law(self, j: int) -> tuple[Art, dict[str, str]]:
        """A local regulation: the passage note, a table of contents, ``第N章`` chapters
        with ``第N条`` articles (an ``（一）`` list in one).  Meta: published, issuer,
        doc_number, effective."""
        r = self.r
        place, matter, level = LAWS[j]
        title = f"{place}{matter}条例"
        y, m, d = self.date()
        y = min(y, 2023)
        congress = "人民代表大会常务委员会"
        note = (
            f"（{y}年{m}月{d}日{place}第十{r.choice('三四')}届{congress}"
            f"第{cn_small(r.randint(3, 29))}次会议通过）"
        )
        chapters = ["总则", "规划与建设", "保护与管理", "法律责任", "附则"]
        lines = [note, "目　　录"]
        lines += [f"第{cn_small(c)}章　{name}" for c, name in enumerate(chapters, start=1)]
        k = 0
        for c, name in enumerate(chapters, start=1):
            lines.append(f"第{cn_small(c)}章　{name}")
            for _ in range(1 if c == 5 else 2):
                k += 1
                self.n += 1
                if k == 1:
                    text = (
                        f"为了加强{matter}工作，维护公共利益，根据有关法律、行政法规，"
                        f"结合本{place[-1]}实际，制定本条例。"
                    )
                elif c == 5:
                    text = f"本条例自{y + 1}年1月1日起施行。"
                elif k == 3:
                    lines.append(f"第{cn_small(k)}条　{r.choice(LAW_DUTY)}，并履行下列职责：")
                    lines += [f"（{cn_small(q)}）{r.choice(LAW_RULE)}；" for q in (1, 2)]
                    lines.append(f"（三）{r.choice(LAW_RULE)}。")
                    continue
                elif c == 4:
                    text = (
                        f"违反本条例第{cn_small(k - 3)}条规定的，由有关部门责令限期改正，"
                        f"逾期不改正的，处{r.choice(LAW_FINE)}的罚款。"
                    )
                else:
                    text = f"{r.choice(LAW_DUTY)}，{r.choice(LAW_RULE)}，每年报告不少于{self.n % 3 + 1}次。"  # noqa: E501
                lines.append(f"第{cn_small(k)}条　{text}")
        meta = {
            "published": iso(y, m, d),
            "issuer": place + congress,
            "doc_number": f"{place}{congress}公告第{r.randint(8, 96)}号",
            "effective": iso(y + 1, 1, 1),
        }
        return Art(title, lines, list(lines), meta), {"level": level}

    # -- forum best-of piece
    def trip(self, title: str) -> Art:
        """A digest excerpt of a forum thread: two or three paragraphs.  Meta: published,
        author (the thread's starter)."""
        r = self.r
        y, m, d = self.date()
        lines = []
        for _ in range(r.randint(2, 3)):
            self.n += 1
            did, tip = r.sample(TRIP_DID, 2), r.choice(TRIP_TIP)
            lines.append(
                r.choice(
                    [
                        f"{did[0]}，{did[1]}，前后大约{r.randint(2, 6)}个小时，具体位置见图{self.n}。",  # noqa: E501
                        f"{did[0]}，{tip}，这一点我在第{self.n}楼补充过照片。",
                        f"个人经验：{tip}，{did[1]}，回头看这是第{self.n}个值得记下来的细节。",
                    ]
                )
            )
        meta = {"published": iso(y, m, d), "author": r.choice(TRIP_NICK)}
        return Art(title, lines, list(lines), meta)
