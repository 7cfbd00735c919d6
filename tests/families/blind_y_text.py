"""Words and text makers of :mod:`tests.families.blind_families_y` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``y`` families repeats one of the earlier
families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# a maritime safety administration's navigational warnings (澄州海事局), GBK HTML
MSA = "澄州海事局"
WATERS = ["栖湾港东航道", "鹭屿锚地以北", "青岚江口", "澄州港南作业区", "磐石水道", "鸥头山东侧"]
WATERS += ["外沙浅滩附近", "柘门大桥桥区"]
# (job, ship's sentence, closing)
JOBS = [
    (
        "疏浚作业",
        "“澄疏{n}号”轮在下列各点连线围成的水域内进行疏浚作业，抛泥船往返于作业区与指定倾倒区之间",
        "作业期间禁止无关船舶驶入上述水域，过往船舶请注意避让，加强瞭望，谨慎驾驶。",
    ),
    (
        "水下炸礁施工",
        "“岚工{n}号”工程船在下列各点连线围成的水域内实施水下钻孔炸礁，每次起爆前半小时鸣笛示警",
        "施工期间上述水域禁止一切船舶进入，附近船舶须服从现场警戒艇指挥，保持安全距离。",
    ),
    (
        "海底电缆敷设",
        "“海缆{n}号”敷缆船拖带埋设犁沿下列各点连线敷设海底电缆，航速约每小时一海里",
        "敷设期间请过往船舶在一海里以外通过，禁止在电缆路由附近抛锚、拖网和捕捞作业。",
    ),
    (
        "沉船打捞作业",
        "“救捞{n}号”起重船在下列各点连线围成的水域内打捞沉没货船，现场设有两艘警戒船",
        "打捞期间禁止船舶在上述水域内航行、锚泊，过往船舶请提前减速，注意收听甚高频广播。",
    ),
    (
        "航标调整",
        "位于下列位置的{n}号灯浮因航道改线移位，新位置如下，灯质和颜色保持不变",
        "请过往船舶注意识别调整后的航标，及时更新海图资料，夜间航行时谨慎核对灯质。",
    ),
    (
        "水文测量作业",
        "“测量{n}号”艇在下列各点连线围成的水域内进行多波束水深测量，测线往返间距较密",
        "测量期间请过往船舶减速慢行，主动避让测量艇，避免在测线附近长时间停留或者锚泊。",
    ),
    (
        "桥墩施工",
        "柘门大桥{n}号桥墩施工平台在下列各点连线围成的水域内进行钢护筒插打，夜间设置警示灯",
        "施工期间桥区通航孔临时调整，上行船舶须走左侧通航孔，严禁在桥区水域追越和并行。",
    ),
    (
        "大型构件拖带",
        "“港拖{n}号”拖轮拖带一座沉管构件沿下列各点连线航行，拖带总长约三百米",
        "拖带期间请过往船舶避让拖带船队，不得穿越拖带船队，并与其保持五百米以上距离。",
    ),
]

# a poetry community's original poems (青岚诗词网), UTF-8 HTML
POETS = ["林晚舟", "顾星野", "沈听澜", "叶知秋", "陆远岫", "苏半夏", "江寒汀", "温如玉"]
HOMES = ["澄州", "栖川", "鹭屿", "青岚", "柘源", "磐石"]
FORMS = ["七言绝句", "七言律诗", "五言绝句", "五言律诗"]
SEVEN = [
    ("江村雨歇晚潮平", "一棹归来月满汀"),
    ("岚烟漠漠锁山门", "细草新泥认旧痕"),
    ("野渡无人柳自斜", "春风吹落两三家"),
    ("半窗灯火读书声", "篱外蛙鸣到五更"),
    ("小桥流水绕孤村", "杏子初黄麦未分"),
    ("故人一别隔关山", "书信经年未得还"),
    ("登高望远意难收", "万里长风送客舟"),
    ("晓来霜重压枫林", "寒鸟无声过竹阴"),
    ("茶烟轻扬午窗闲", "偶检残书对远山"),
    ("渔灯点点入苍茫", "一夜西风满袖凉"),
    ("斜阳一抹挂城头", "归燕双双绕画楼"),
    ("杖藜扶我过溪东", "满径松花落晚风"),
]
FIVE = [
    ("空山新雨后", "石径落花深"),
    ("孤舟横野渡", "宿鹭起寒汀"),
    ("竹外一枝斜", "溪头数点鸦"),
    ("松风吹短鬓", "涧水洗闲心"),
    ("灯下翻旧卷", "窗前数晚星"),
    ("客路千山远", "乡书一纸轻"),
    ("寒潮生远浦", "落日满孤城"),
    ("犬吠柴门静", "鸡鸣晓雾开"),
    ("樵歌穿谷口", "牧笛过溪桥"),
    ("秋声生木叶", "夜气入疏帘"),
]
THEMES = ["江村", "山居", "秋夜", "寄友", "登楼", "春晓", "渔家", "夜读"]
VIEW = ["前两句写景，以{a}起笔", "全诗语言平实，{a}一句最见功力", "诗人借{a}之景"]
VIEW += ["{a}一句与下句对仗工稳，互为映衬"]
MEAN = ["勾勒出一幅清冷而安详的画面", "寄托了对故乡和旧友的深切怀念", "在动静之间写出了心境的变化"]
MEAN += ["把难以言说的羁旅之思轻轻带出"]
CLOSE = ["结句含蓄，余味悠长", "读来清新自然，不事雕琢", "情景交融，耐人寻味"]
CLOSE += ["可见作者在炼字上下过一番功夫"]
NOTE = ["汀：水边平地，小洲", "棹：船桨，此处代指小船", "岚烟：山间的雾气"]
NOTE += [
    "五更：旧时一夜分为五更，五更指天将亮时",
    "篱：用竹子或树枝编成的围墙",
    "鬓：脸旁靠近耳朵的头发",
]

# a city's public transport office (澄港市公共車船管理處), Big5 text in traditional letters
OFFICE_TW = "澄港市公共車船管理處"
ROUTES = ["12", "5", "23", "8", "31", "17", "6", "40"]
WORKS = ["澄港大橋改建工程", "港埠路人行道拓寬工程", "捷運站出入口施工", "雨水下水道改善工程"]
WORKS += ["中山路路面刨鋪作業", "濱海公園活動交管", "北站轉運中心啟用", "市立醫院新院區啟用"]
STOPS = ["港埠路口", "市立圖書館", "澄港國小", "北站轉運中心", "漁會大樓", "文化中心", "榮民醫院"]
STOPS += ["海濱公園", "第一市場", "區公所"]
RIDE = ["請旅客改至{s}臨時站牌候車", "請旅客留意站牌公告及車上廣播", "班距將視路況彈性調整"]
RIDE += ["部分班次可能延誤，敬請見諒", "本處將派員於{s}現場引導"]
WHY = ["為配合{w}施工期間交通維持計畫", "因應{w}期間道路封閉", "為提升轉乘便利性並配合{w}"]
PLUS = ["經會同警察局及工務局現場會勘", "經本處與營運業者協調", "並已函請各區公所協助宣導"]

# a medicine-leaflet database (药典云), GB18030 / UTF-16 text
LEAF = [
    ("栀芩清咽片", "Zhiqin Qingyan Pian", "片剂", "清热利咽，用于咽喉肿痛、声音嘶哑"),
    ("薄荷冰片含片", "Bohe Bingpian Hanpian", "含片", "疏风清热，用于咽部干燥、灼热"),
    ("紫草舒肤软膏", "Zicao Shufu Ruangao", "软膏剂", "凉血止痒，用于皮肤瘙痒、轻度湿疹"),
    ("山楂消食颗粒", "Shanzha Xiaoshi Keli", "颗粒剂", "消食导滞，用于食欲不振、脘腹胀满"),
    ("菊花明目滴丸", "Juhua Mingmu Diwan", "滴丸剂", "清肝明目，用于目赤涩痛、视物昏花"),
    ("桑叶止咳糖浆", "Sangye Zhike Tangjiang", "糖浆剂", "疏风止咳，用于风热咳嗽、痰黄黏稠"),
    ("艾叶暖宫贴", "Aiye Nuangong Tie", "贴剂", "温经散寒，用于经期小腹冷痛"),
    ("金银花露", "Jinyinhua Lu", "合剂", "清热解暑，用于暑热口渴、小儿痱毒"),
]
HERBS = ["栀子", "黄芩", "薄荷", "冰片", "紫草", "山楂", "麦芽", "菊花", "桑叶", "艾叶"]
HERBS += ["甘草", "桔梗", "金银花", "陈皮"]
MAKERS = ["澄州岚山药业有限公司", "栖川百草堂制药有限公司", "鹭屿康宁药业股份有限公司"]
MAKERS += ["青岚山泉制药有限公司"]
COLOR = ["棕褐色", "浅黄色", "棕红色", "淡绿色", "黄棕色"]
NOUN = {"片剂": "薄膜衣片", "含片": "圆形含片", "软膏剂": "软膏", "颗粒剂": "颗粒"}
NOUN |= {"滴丸剂": "滴丸", "糖浆剂": "黏稠液体", "贴剂": "膏状物", "合剂": "澄清液体"}
SMELL = ["气芳香，味凉", "气微香，味甜、微苦", "气微，味苦", "具特殊香气"]
CARE = ["忌烟、酒及辛辣、生冷、油腻食物", "不宜在服药期间同时服用滋补性中药"]
CARE += ["孕妇、哺乳期妇女及儿童应在医师指导下使用", "对本品过敏者禁用，过敏体质者慎用"]
CARE += ["用药三天症状无缓解，应去医院就诊", "请将本品放在儿童不能接触的地方"]


class GenY(GenO):
    """Text makers for the ``y`` families (deterministic from the seed)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.used: list[tuple[str, str]] = []

    def warning(self, j: int, num: int, *, long: bool) -> Art:
        """A navigational warning: the time-and-ship paragraph ending '：', three or four
        coordinate lines, the closing rule (and a contact sentence when ``long``)."""
        r = self.r
        job, ship, close = JOBS[j]
        y, m, d = self.date()
        water = WATERS[j]
        no = f"澄航警{num}/{y % 100:02d}"
        title = f"{water}{job}"
        m2 = min(m + r.randint(0, 2), 12)
        first = (
            f"自{y}年{m}月{min(d + 1, 28)}日{r.choice(['0600', '0800', '0000'])}时至"
            f"{m2}月{r.randint(min(d + 2, 28), 28)}日{r.choice(['1800', '2000', '2400'])}时，"
            + ship.format(n=r.randint(2, 19))
            + "："
        )
        lat, lon = r.randint(24, 28), r.randint(118, 121)
        la, lo = r.randint(5, 50), r.randint(5, 50)
        pts = [
            f"{'ABCD'[k]}　{lat}-{la + r.randint(0, 6):02d}.{r.randint(0, 99):02d}N　"
            f"{lon}-{lo + r.randint(0, 6):02d}.{r.randint(0, 99):02d}E"
            for k in range(r.randint(3, 4))
        ]
        lines = [first, *pts, close]
        if long:
            lines.append(
                f"船舶在{water}附近航行时，应当提前与{MSA}船舶交通管理中心联系，"
                f"在甚高频{r.randint(6, 16)}频道守听，按照指令有序通过该水域。"
            )
        meta = {"published": iso(y, m, d), "doc_number": no}
        return Art(title, lines, list(lines), meta)

    def couplets(self, form: str, k: int) -> list[str]:
        """``k`` couplets none of which ``used`` holds (a selection page repeats none)."""
        pool = [x for x in (FIVE if form.startswith("五") else SEVEN) if x not in self.used]
        got = self.r.sample(pool, k)
        self.used += got
        return [f"{a}，{b}。" for a, b in got]

    def poem(self, title: str, poet: str, form: str, *, notes: bool) -> Art:
        """A poem: two or four couplet lines; with ``notes`` the '【注释】' and '【赏析】'
        sections, else one '编者按：' line."""
        r = self.r
        lines = self.couplets(form, 4 if "律" in form else 2)
        pick = r.choice(lines)[:2]
        if notes:
            lines.append("【注释】")
            lines += [f"{'①②③'[k]}{x}。" for k, x in enumerate(r.sample(NOTE, 2))]
            lines.append("【赏析】")
            for _ in range(r.randint(1, 2)):
                self.n += 1
                lines.append(
                    f"这首{form}是{poet}{r.choice(['早年', '近年', '去年秋天'])}的作品。"
                    f"{r.choice(VIEW).format(a=pick)}，{r.choice(MEAN)}，{r.choice(CLOSE)}。"
                )
        else:
            lines.append(
                f"编者按：{r.choice(VIEW).format(a=pick)}，{r.choice(MEAN)}，{r.choice(CLOSE)}。"
            )
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "author": poet})

    def route(self, j: int) -> Art:
        """A route-change announcement in traditional letters: 主旨, 說明 with 一、二、三、
        items, the stops and a closing line."""
        r = self.r
        y, m, d = self.date()
        work, (s1, s2) = WORKS[j], r.sample(STOPS, 2)
        ride = r.sample(RIDE, 3)
        title = f"公車{ROUTES[j]}路{r.choice(['改道行駛', '部分站位調整', '行駛路線異動'])}公告"
        roc = y - 1911
        lines = [
            f"主旨：本處{ROUTES[j]}路公車自{roc}年{m}月{min(d + 3, 28)}日起調整行駛路線，"
            "請旅客留意，並請轉知周知。",
            "說明：",
            f"一、{r.choice(WHY).format(w=work)}，{r.choice(PLUS)}，"
            f"決定調整本路線行經{s1}至{s2}路段之行駛方式。",
            f"二、調整期間去程改經{s1}後直行，原設{s2}站暫停停靠，"
            f"{ride[0].format(s=s2)}，{ride[1].format(s=s1)}。",
            f"三、回程路線維持不變，首末班車時間照舊，{ride[2].format(s=s1)}，恢復日期將另行公告。",
            f"四、旅客如有疑問，請於上班時間洽詢本處營運規劃科，"
            f"或撥打客服專線查詢，本處將有專人為您說明，{r.choice(['謝謝配合', '敬請配合'])}。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    def leaflet(self, j: int) -> Art:
        """A medicine leaflet: the warning line, '【label】' sections each followed by its
        value lines."""
        r = self.r
        name, pinyin, form, use = LEAF[j]
        herbs = r.sample(HERBS, r.randint(3, 5))
        no = f"国药准字Z{r.randint(2009, 2023)}{r.randint(1000, 9999)}"
        maker = MAKERS[j % len(MAKERS)]
        dose = {
            "片剂": "口服。一次4片，一日3次。",
            "含片": "含服。一次1片，一日6次。",
            "软膏剂": "外用。取适量涂于患处，一日2次。",
            "颗粒剂": "开水冲服。一次1袋，一日3次。",
            "滴丸剂": "口服或舌下含服。一次10丸，一日3次。",
            "糖浆剂": "口服。一次10毫升，一日3次。",
            "贴剂": "外用。贴于脐下小腹部，一次1贴，一日1次。",
            "合剂": "口服。一次60毫升，一日2次。",
        }[form]
        self.n += 1
        lines = [
            "请仔细阅读说明书并按说明使用或在药师指导下购买和使用",
            "【药品名称】",
            f"通用名称：{name}",
            f"汉语拼音：{pinyin}",
            "【成份】",
            "、".join(herbs) + "。辅料为蔗糖、糊精。",
            "【性状】",
            f"本品为{r.choice(COLOR)}的{NOUN[form]}，{r.choice(SMELL)}。",
            "【功能主治】",
            f"{use}。",
            "【用法用量】",
            dose,
            "【不良反应】",
            "尚不明确。",
            "【禁忌】",
            f"对{herbs[-1]}过敏者禁用。",
            "【注意事项】",
            *(f"{k}．{x}。" for k, x in enumerate(r.sample(CARE, 4), start=1)),
            "【药物相互作用】",
            "如与其他药物同时使用可能会发生药物相互作用，详情请咨询医师或药师。",
            "【贮藏】",
            r.choice(["密封。", "密封，置阴凉处。", "遮光，密封保存。"]),
            "【有效期】",
            f"{r.choice([18, 24, 36])}个月",
            "【批准文号】",
            no,
            "【生产企业】",
            f"企业名称：{maker}",
            f"生产地址：{r.choice(HOMES)}市经济开发区药谷路{r.randint(2, 99)}号",
            f"服务热线：400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        ]
        y, m, d = self.date()
        return Art(
            f"{name}说明书", lines, list(lines), {"published": iso(y, m, d), "doc_number": no}
        )
