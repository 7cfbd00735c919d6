"""Words and text makers of :mod:`tests.families.blind_families_yd` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the date queue those of :mod:`tests.families.blind_o_text`; the vocabulary is new so that no
sentence of the ``yd`` families repeats one of the earlier families.  The riddle society's
words are traditional letters that Big5 (cp950) encodes; the theatre's are in GBK (some of
its pages are GBK-encoded).
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a birdwatching society's monthly record round-up (澄湖观鸟会), plain text -------------------
NB_CLUB = "澄湖观鸟会"
NB_SITES = [
    "澄湖湿地西岸",
    "石埠水库北堤",
    "白沙洲滩涂",
    "凤凰山森林公园",
    "老河口芦苇荡",
    "城南植物园",
    "青螺岛东侧",
    "双溪口鱼塘群",
    "鹭鸣湾观测点",
    "云栖茶园步道",
]
NB_BIRDS = [
    "黑脸琵鹭",
    "小天鹅",
    "白枕鹤",
    "震旦鸦雀",
    "仙八色鸫",
    "白琵鹭",
    "罗纹鸭",
    "红嘴鸥",
    "东方白鹳",
    "蓝喉蜂虎",
    "黑翅长脚鹬",
    "普通翠鸟",
]
NB_EVENT = ["首次记录到{}", "再见{}小群", "{}越冬群数量回升", "{}繁殖期求偶行为", "{}迁徙过境高峰"]
NB_PEOPLE = ["周晓岚", "陆鸣远", "秦一苇", "范知秋", "韦若谷", "鲁清和", "宋听澜", "易寒汀"]
NB_WEATHER = ["晴", "多云", "阴", "多云转晴", "小雨转阴", "薄雾"]
NB_OPEN = [
    "清晨六点多到达样线起点时，湖面还笼着一层薄雾",
    "沿着堤岸慢慢走了大约两公里",
    "刚架好单筒望远镜，远处浅滩上就有一群水鸟起落",
    "这一段芦苇比上个月高出不少，视线受到一些遮挡",
    "退潮后露出大片泥滩，觅食的鸻鹬类明显增多",
]
NB_SEEN = [
    "其中{}停在离岸约八十米的浅水区，低头来回扫动嘴喙觅食",
    "{}一共数到十一只，有两只腿上带有彩色环志",
    "{}混在一群白鹭中间，要看嘴形才能分辨出来",
    "{}在对岸的枯树上停留了将近二十分钟",
    "{}的叫声先于身影出现，循声找了很久才看清",
]
NB_NOTE = [
    "环志编号已拍照留存，将报送全国鸟类环志中心核查",
    "请会员前往观察时保持距离，不要使用回放鸣声引诱",
    "附近鱼塘正在清塘，水位下降可能是鸟况变好的原因",
    "记录表已上传到会内共享表格，欢迎补充同日其他点位的数据",
    "下次调查计划在月底同一时段进行，便于前后比较",
]


class GenYD(GenO):
    """Text makers for the ``yd`` families (deterministic from the seed)."""

    # -- 1. bird records
    def bird_para(self, bird: str) -> str:
        self.n += 1
        r = self.r
        seen = r.choice(NB_SEEN).format(bird)
        return f"{r.choice(NB_OPEN)}，{seen}，{r.choice(NB_NOTE)}，这是本点位今年第{self.n + 2}次调查。"  # noqa: E501

    def bird_record(self, site: str, bird: str) -> Art:
        """A record: its bare title line, three paragraphs and a tally line."""
        r = self.r
        title = f"{site}：{r.choice(NB_EVENT).format(bird)}"
        other = r.choice([b for b in NB_BIRDS if b != bird])
        lines = [
            title,
            self.bird_para(bird),
            self.bird_para(other) + self.bird_para(bird),
            self.bird_para(other),
            f"本次共记录鸟种{r.randint(18, 64)}种，个体约{r.randint(12, 90)}0只。",
        ]
        y, m, d = self.date()
        who = "、".join(r.sample(NB_PEOPLE, r.randint(1, 2)))
        return Art(title, lines, list(lines), {"author": who, "published": iso(y, m, d)})

    # -- 2. riddle society (traditional letters, Big5)
    def riddle_para(self) -> str:
        self.n += 1
        r = self.r
        face = r.choice(DM_FACE)
        return (
            f"{r.choice(DM_OPEN)}，謎面「{face[0]}」，{face[1]}，謎底為「{face[2]}」。"
            f"{r.choice(DM_WHY)}，{r.choice(DM_END)}，前後推敲了{self.n + 3}回。"
        )

    def riddle_piece(self, title: str) -> Art:
        r = self.r
        lines = [title] + [self.riddle_para() for _ in range(r.randint(2, 3))]
        lines.append(r.choice(DM_CLOSE))
        y, m, d = self.date()
        return Art(
            title, lines, list(lines), {"author": r.choice(DM_PEOPLE), "published": iso(y, m, d)}
        )

    # -- 3. grand theatre performances
    def show_para(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(YC_A)}，{r.choice(YC_B)}，{r.choice(YC_C)}，本轮巡演已走过{self.n + 5}座城市。"  # noqa: E501

    def show(self, i: int) -> Art:
        r = self.r
        title, _, lead = YC_SHOWS[i]
        director, *cast = r.sample(YC_PEOPLE, 3)
        lines = [
            title,
            "剧目介绍",
            self.show_para() + self.show_para(),
            self.show_para(),
            "演出阵容",
            f"导演：{director}",
            f"主演：{cast[0]}、{cast[1]}",
            f"出品：{lead}",
            "看点解读",
            self.show_para() + self.show_para(),
        ]
        y, m, d = self.date()
        origin = r.choice(YC_DEPTS)
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "origin": origin})

    # -- 4. astronomy previews
    def sky_para(self, event: str) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(TW_A).format(event)}，{r.choice(TW_B)}，{r.choice(TW_C)}，预计最佳观测窗口约{self.n + 20}分钟。"  # noqa: E501

    def sky(self, i: int) -> Art:
        r = self.r
        title, event = TW_EVENTS[i]
        y, m, d = self.date()
        on = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(2, 6))
        times = sorted(r.sample(range(19 * 60, 23 * 60 + 50), 3))
        steps = ["开始", "最大", "结束"]
        rows = [
            f"{on.month:02d}月{on.day:02d}日 {t // 60:02d}:{t % 60:02d}　{event}{s}"
            for t, s in zip(times, steps, strict=True)
        ]
        lines = [
            title,
            self.sky_para(event) + self.sky_para(event),
            self.sky_para(event),
            "主要时刻（北京时间）：",
            *rows,
            self.sky_para(event) + self.sky_para(event),
            f"观测建议：{r.choice(TW_TIP)}，{r.choice(TW_TIP2)}。",
        ]
        who = r.choice(TW_PEOPLE)
        return Art(title, lines, list(lines), {"author": who, "published": iso(y, m, d)})


# -- the riddle society's words (traditional letters) -------------------------------------------
DM_SOC = "澄江燈謎學會"
DM_PEOPLE = ["林秀峰", "陳雅筠", "黃啟明", "張慕白", "吳采薇", "蔡仲豪", "許文琪", "鄭伯言"]
# (face, target, answer): every one invented
DM_FACE = [
    ("半夜三更", "射字一", "亥"),
    ("雨過天晴", "射成語一", "見好就收"),
    ("一點一橫長", "射字一", "亡"),
    ("空山無人", "射地名一", "仙遊"),
    ("重逢", "射成語一", "再接再厲"),
    ("春末夏初", "射字一", "三"),
    ("月下獨酌", "射詩句一", "舉杯邀明月"),
    ("人在草木中", "射字一", "茶"),
    ("十日談", "射字一", "詢"),
]
DM_OPEN = [
    "去年元宵在廟口的謎棚前",
    "老會員在例會上出了一條",
    "翻閱早年的手抄謎冊時讀到",
    "有位小學生在猜謎活動中一口答中",
    "學會群組裡最近討論最熱的一條",
]
DM_WHY = [
    "妙在把面字拆開再重新組合",
    "關鍵是別把面句當成寫景來讀",
    "這類謎講究扣合嚴謹，一字不能多也不能少",
    "初看平淡，細想才知道別有轉折",
    "用的是會意法，須從整句的意思去想",
]
DM_END = [
    "許多人一時都沒有轉過彎來",
    "當場就有三位謎友同時舉手",
    "我第一次見到時也猜錯了方向",
    "謎友們都說這是近年少見的佳作",
    "後來被選入學會的年度謎選",
]
DM_CLOSE = [
    "燈謎雖小，卻能讓人在片刻之間體會文字的趣味，這也是我們一直推廣它的原因。",
    "歡迎謎友把自己的作品寄給編輯部，我們會在下一期挑選刊出。",
    "猜謎不在快慢，而在於想通那一刻的會心一笑。",
    "希望更多年輕朋友走進謎棚，親手揭下一張謎條。",
]
DM_TITLES = [
    "元宵謎棚憶舊",
    "從一條字謎說起",
    "會意法的三個例子",
    "謎面裡的季節",
    "給初學者的猜謎建議",
    "老謎冊裡的驚喜",
    "一條地名謎的來歷",
    "例會佳作選評",
    "謎底為何只能是這個字",
    "校園猜謎活動側記",
    "談別解與正解",
    "謎格淺說",
    "讀謎如讀詩",
    "一場颱風夜的謎會",
    "謎友來函摘錄",
    "三十年謎齡的心得",
    "怎樣出一條好謎",
    "燈謎與對聯的距離",
    "廟會裡的謎條",
    "我與燈謎結緣的經過",
    "兒童燈謎的特點",
    "謎作投稿須知補充",
    "中秋謎會紀要",
    "冷門謎格介紹",
    "師傅教我的第一條謎",
    "猜謎比賽評審雜記",
    "謎題中的古詩句",
    "謎語裡的數字遊戲",
]

# -- the grand theatre's words -------------------------------------------------------------------
YC_HALL = "岚湾大剧院"
# (title, genre, producer)
YC_SHOWS = [
    ("话剧《渡口人家》", "话剧", "岚湾市话剧团"),
    ("交响音乐会《山河序曲》", "音乐会", "岚湾交响乐团"),
    ("舞剧《采茶谣》", "舞剧", "南屏歌舞剧院"),
    ("儿童剧《会飞的纸船》", "儿童剧", "小橡树儿童剧场"),
    ("昆曲《牡丹亭》选场", "戏曲", "江城昆剧团"),
    ("民乐音乐会《弦上江南》", "音乐会", "岚湾民族乐团"),
    ("音乐剧《灯火长街》", "音乐剧", "青禾音乐剧工作室"),
    ("话剧《老屋的钟》", "话剧", "岚湾市话剧团"),
]
YC_PEOPLE = ["骆青山", "苏映雪", "郝知远", "邝一鸣", "叶南星", "纪晓棠", "严小川", "方若水"]
YC_DEPTS = ["剧院演出营销部", "剧院节目部", "剧院品牌推广部"]
YC_A = [
    "全剧以一座江边小镇三代人的生活为线索",
    "整场演出分为上下两个半场",
    "主创团队历时两年走访采风",
    "作品首演后在业内引起不小的反响",
    "舞台设计大胆采用了可旋转的双层台面",
]
YC_B = [
    "把家长里短的细节和时代变迁交织在一起",
    "既保留了传统曲目的韵味，又加入了新的编配",
    "灯光和音乐的配合让不少观众看得入神",
    "演员们在台上要完成数十次快速换景",
    "许多段落取材于当地流传的民间故事",
]
YC_C = [
    "适合全家一同观看",
    "演出结束后还设有主创见面环节",
    "部分场次提供手语翻译服务",
    "首轮演出的门票在开票当天即已售罄",
    "此次来岚是该剧首次在本省演出",
]

# -- the astronomy association's words ----------------------------------------------------------
TW_CLUB = "星槎天文爱好者协会"
# (title, event)
TW_EVENTS = [
    ("本周六晚月掩毕宿五，错过要再等三年", "月掩毕宿五"),
    ("英仙座流星雨极大将至，今年月光干扰较小", "英仙座流星雨"),
    ("木星冲日：全年观测木星的最好时机", "木星冲日"),
    ("月全食来了：一次完整可见的红月亮", "月全食"),
    ("双子座流星雨观测指南", "双子座流星雨"),
    ("土星合月，傍晚西南方天空看点多", "土星合月"),
    ("国际空间站连续五晚过境澄州上空", "空间站过境"),
    ("水星东大距：一年中少有的观测水星机会", "水星东大距"),
]
TW_PEOPLE = ["贺望舒", "聂星河", "卞远帆", "崔晓穹", "辛北辰", "左明川"]
TW_A = [
    "这次{}发生在晚饭后不久",
    "根据协会计算，{}在本市可以完整看到",
    "与去年相比，今年的{}条件要好一些",
    "{}不需要任何专业器材",
    "很多新会员问起{}应该去哪里看",
]
TW_B = [
    "只要找一处视野开阔、远离路灯的地方即可",
    "城区光污染较重，建议前往郊外水库一带",
    "带上一副普通双筒望远镜会看得更清楚",
    "当晚天气预报为晴到少云，条件较为理想",
    "协会届时将在北郊观测点架设三台望远镜供市民使用",
]
TW_C = [
    "拍摄时记得使用三脚架并关闭闪光灯",
    "请注意防寒和夜间出行安全",
    "小朋友观看时需有家长陪同",
    "观测结束后欢迎在会员群里分享照片",
    "具体时刻以各地实际情况为准",
]
TW_TIP = [
    "提前二十分钟到达观测点让眼睛适应黑暗",
    "手机调成夜间模式以免影响他人",
    "穿深色衣物并带好驱蚊用品",
]
TW_TIP2 = [
    "观测时尽量躺下以便看到更大范围的天空",
    "记录下开始和结束的时刻",
    "不要用望远镜直接对准太阳方向",
]
