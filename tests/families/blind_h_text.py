"""Words and text makers of :mod:`tests.families.blind_families_h` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``h``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, iso

# a patent abstract database export
APPLICANT = ["洛禾智能家居有限公司", "菰川精工器械有限公司", "岸芷新材料科技有限公司"]
APPLICANT += ["汀兰农机装备研究所"]
INVENTOR = ["韩某", "秦某某", "贺某", "邝某某", "龚某"]
# (full name as filed, the short name the claims repeat)
GADGET = [
    ("一种可折叠的阳台晾衣架", "阳台晾衣架"),
    ("一种带自清洁功能的窗台花箱", "窗台花箱"),
    ("一种便携式育苗托盘", "育苗托盘"),
    ("一种防倾倒的儿童书架", "儿童书架"),
    ("一种可调节高度的床边护栏", "床边护栏"),
    ("一种节水型阳台拖把池", "阳台拖把池"),
    ("一种手摇式玉米脱粒器", "玉米脱粒器"),
    ("一种用于鱼缸的静音过滤盒", "静音过滤盒"),
]
PARTS = ["支撑杆", "连接座", "限位块", "卡扣件", "转轴", "底板", "导轨", "弹性垫片", "储水腔"]
FEAT = ["上开设有两道条形限位槽", "采用铝合金材料一体冲压成型", "的外侧包覆有橡胶防滑层"]
FEAT += ["可沿所述导轨往复滑动", "与所述底板之间设置有复位弹簧", "的端部设有圆角倒边"]
GOOD = ["结构简单、造价低廉", "收纳方便、占用空间小", "操作省力、安全可靠", "清洗方便、经久耐用"]
FIELD = ["日用家居", "园艺器具", "农业机械", "儿童用品", "卫浴洁具"]
FLAW = ["体积较大且不便搬运", "长期使用后连接处容易松动", "清理时需要整体拆卸"]
FLAW += ["边角锋利存在磕碰隐患"]

# a local chronicle archive
COUNTY = "菰川县"
COMPILER = ["菰川县地方志编纂委员会", "菰川县地方志办公室", "菰川县档案馆编研科"]
VOLS = ["水利志", "交通志", "集镇志", "物产志", "风俗志", "教育志", "邮电志", "商业志"]
CHAP = ["概述", "沿革", "设施", "管理", "名录", "杂记"]
SPOT = ["县城东门外", "北乡石埠一带", "南岸沙洲上", "老街十字口", "西山脚下", "菰川湖北岸"]
ERA = ["清光绪年间", "民国初年", "二十世纪五十年代", "改革开放以后", "乡镇撤并以前"]
DEED = ["乡民集资修筑土坝一道", "设渡船两只往来两岸", "先后开设杂货铺十余家", "办起了第一所夜校"]
DEED += ["辟出一条可通板车的便道", "建起公用晒场三处"]
AFTER = ["此后沿用数十年", "至今遗迹尚可辨认", "方便了周边村民往来", "旧志稿中亦有简略记载"]
AFTER += ["后经多次整修扩建"]
FACT = ["全县新修机耕路", "县城开通首条公交线路", "各乡镇设立文化站", "湖区完成退田还湖"]
FACT += ["县中学迁入新校区", "开通程控电话"]
ENTRY = ["永安石桥", "北门古井", "菰川老街", "回龙寺遗址", "东渡口", "魁星阁", "陈氏宗祠"]
ENTRY += ["石埠码头"]

# a cycling forum thread export
BOARD = "长途骑行"
USERS = ["阿岚", "骑行的小舟", "老秦不老", "风过竹林", "七号车手", "南山慢骑"]
THREADS = ["菰川环湖三日骑行路线分享", "第一次骑长途需要准备什么", "雨天骑行刹车打滑怎么办"]
THREADS += ["旧车改装平把公路车的经验", "夜骑装备清单求推荐", "山路爬坡换挡的一点心得"]
THREADS += ["骑行后膝盖酸痛的自我调整", "周末城郊绿道骑行记录"]
ROUTE = ["从北站出发沿湖堤向东", "过石埠大桥后转入乡道", "沿着西山脚下的县道缓坡爬升"]
ROUTE += ["穿过两个村子后接上绿道"]
ROAD = ["路面平整车流很少", "中段有三公里碎石路", "补给点只有一家小卖部", "逆风时速度掉得厉害"]
TIP = ["建议早上七点前出发", "水至少要带两壶", "内胎和打气筒一定要备好", "尾灯记得提前充满电"]
REPLY = ["感谢楼主分享", "收藏了下个月就去", "我上次骑过同一段", "这个问题我也遇到过"]
REPLY2 = ["踩踏频率别太低", "坐垫高度调对了会轻松很多", "路上多喝几口水", "慢慢骑不要硬撑"]
SIGS = ["车轮向前，心就不慌", "日行百里，不如日日出发", "风雨兼程也是一种风景", "慢骑也能到远方"]

# a recipe site
DISHES = ["葱油拌面", "番茄炖牛腩", "香煎老豆腐", "红枣小米粥", "蒜蓉蒸丝瓜", "土豆烧鸡块"]
DISHES += ["紫菜虾皮汤", "酸辣土豆丝"]
STUFF = {"主料": "300克", "小葱": "3根", "姜": "2片", "蒜": "4瓣", "生抽": "2汤匙"}
STUFF |= {"老抽": "1小勺", "白糖": "少许", "清水": "500毫升", "食用油": "适量", "香醋": "1汤匙"}
STEP = ["将主料洗净后沥干水分", "锅中倒入少许油烧至五成热", "放入葱段用小火慢慢熬出香味"]
STEP += ["加入没过食材的清水大火烧开", "转小火盖上锅盖焖煮十五分钟左右", "出锅前撒少许盐调味"]
STEP += ["盛出后趁热翻拌均匀", "沿锅边淋入一圈生抽提鲜"]
HINT = ["火候不要太大", "这一步不要着急", "注意随时翻动以免粘锅", "家里有砂锅更好"]
INTRO = ["这是我家里最常做的一道快手菜", "小时候放学回家最盼着吃到它", "食材简单却很下饭"]
INTRO += ["天冷的时候来上一碗特别暖和"]
INTRO2 = ["新手照着步骤做也不容易失败", "大人孩子都爱吃", "剩下的第二天热一热味道更足"]
INTRO2 += ["配米饭或者馒头都合适"]


class GenH(Gen):
    """Text makers for the ``h`` families (deterministic from the seed)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.posts: list[list[str]] = []  # the last thread's posts (first post, then replies)

    # -- patents
    def background(self, full: str, short: str) -> list[str]:
        r = self.r
        self.n += 1
        return [
            "技术领域",
            f"本发明涉及{r.choice(FIELD)}技术领域，具体涉及{full}，适用于家庭及小型场所使用。",
            "背景技术",
            f"现有的{short}{r.choice(FLAW)}，{r.choice(FLAW)}，在实际使用中给用户带来不便，"
            f"据统计约有{self.n + 11}%的用户反映过类似问题。",
        ]

    def patent(self, k: int, applicant: str, *, claims: int = 3, spec: bool = True) -> Art:
        """An abstract, claims ``1.`` … ``N.`` (one article, never split), and for single
        records a 说明书 excerpt; the title is the filed name."""
        r = self.r
        full, short = GADGET[k % len(GADGET)]
        a, b, c = r.sample(PARTS, 3)
        self.n += 1
        abstract = (
            f"本发明公开了{full}，包括{a}、{b}和{c}，所述{a}通过{c}与{b}活动连接。"
            f"使用时{r.choice(FEAT)}，具有{r.choice(GOOD)}的优点，试用{self.n + 20}台均运行正常。"
        )
        lines = ["摘要", abstract, "权利要求"]
        lines.append(f"1. {full}，其特征在于，包括{a}、{b}和{c}，所述{a}与所述{b}通过{c}连接。")
        for j in range(2, claims + 1):
            part = r.choice(PARTS)
            lines.append(
                f"{j}. 根据权利要求{j - 1}所述的{short}，其特征在于，所述{part}{r.choice(FEAT)}。"
            )
        if spec:
            lines += ["说明书", *self.background(full, short)]
        y, m, d = self.date()
        meta = {"issuer": applicant, "published": iso(y, m, d)}
        return Art(full, lines, list(lines), meta)

    # -- chronicle
    def annal(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(ERA)}，{r.choice(SPOT)}{r.choice(DEED)}，{r.choice(AFTER)}，据{self.n + 3}位老人回忆大体如此。"  # noqa: E501

    def volume(self, vol: str, org: str, *, events: int = 3) -> Art:
        """A chronicle volume: ``第一章`` … sections, a 大事纪略 list of ``1987年，`` entries
        (one article, never split), a 附记 signed by the compiler with a CJK date."""
        r = self.r
        lines: list[str] = []
        for c, name in enumerate(r.sample(CHAP, 2), 1):
            lines += [f"第{'一二'[c - 1]}章　{name}", self.annal() + self.annal()]
        lines.append("第三章　大事纪略")
        years = sorted(r.sample(range(1980, 2005), events))
        lines += [f"{y}年，{r.choice(FACT)}，{r.choice(AFTER)}。" for y in years]
        lines += ["附记", f"本志{vol[:-1]}部分资料由各乡镇提供，{self.annal()}"]
        y, m, d = self.date()
        y = r.randint(2005, 2019)
        lines += [org, cn_date(y, m, d)]
        meta = {"issuer": org, "published": iso(y, m, d)}
        return Art(vol, lines, list(lines), meta)

    def entry(self, name: str, org: str) -> Art:
        """A short chronicle entry (风物条目) of two paragraphs."""
        lines = [self.annal() + self.annal(), self.annal()]
        y, m, d = self.date()
        return Art(name, lines, list(lines), {"issuer": org, "published": iso(y, m, d)})

    # -- forum
    def ride(self) -> str:
        self.n += 1
        r = self.r
        return (
            f"{r.choice(ROUTE)}，{r.choice(ROAD)}，{r.choice(TIP)}，这一段大约{self.n + 30}公里。"
        )

    def reply(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(REPLY)}，{r.choice(REPLY2)}，{r.choice(TIP)}，我自己前后骑了{self.n}次。"

    def thread(self, title: str, *, days: int = 0, floors: int = 2, quote: bool = False) -> Art:
        """A thread: the first post (with a ``D1：`` … day list if ``days``, never split)
        and the replies' bodies (one article); ``floors`` replies; their floor rows are
        written by the page maker (``floor_rows``)."""
        body = [self.ride() + self.ride()]
        if days:
            body += [f"D{k}：{self.ride()}" for k in range(1, days + 1)]
        body.append(self.ride())
        posts = [body]
        for f in range(floors):
            post = [self.reply()]
            if quote and f == 0:
                post = [f"引用 楼主：{body[0][:14]}……", *post]
            posts.append(post)
        lines = [x for p in posts for x in p]
        art = Art(title, lines, list(lines))
        art.meta = {}
        self.posts = posts
        return art

    # -- recipes
    def step(self, k: int) -> str:
        r = self.r
        a, b = (STEP[j] for j in sorted(r.sample(range(len(STEP)), 2)))
        return f"步骤{k}　{a}，{b}，{r.choice(HINT)}。"

    def recipe(self, dish: str, *, steps: int = 4, stuff: int = 4) -> Art:
        """A recipe: intro, 用料 rows, ``步骤N`` steps (one article, never split), 小贴士."""
        r = self.r
        self.n += 1
        intro = f"{r.choice(INTRO)}，{r.choice(INTRO2)}，前后大约{self.n + 15}分钟就能端上桌。"
        lines = [intro, "用料"]
        lines += [f"{s}　{STUFF[s]}" for s in r.sample(sorted(STUFF), stuff)]
        lines += ["做法", *[self.step(k) for k in range(1, steps + 1)]]
        lines += ["小贴士", f"{r.choice(HINT)}，{r.choice(INTRO2)}，{r.choice(HINT)}。"]
        y, m, d = self.date()
        return Art(dish, lines, list(lines), {"published": iso(y, m, d)})


__all__ = [
    "APPLICANT",
    "BOARD",
    "COMPILER",
    "COUNTY",
    "DISHES",
    "ENTRY",
    "GADGET",
    "INVENTOR",
    "SIGS",
    "THREADS",
    "USERS",
    "VOLS",
    "GenH",
]
