"""Words and text makers of :mod:`tests.families.blind_families_yg` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yg`` families repeats one of the earlier
families.  The law firm's board words are in GB18030 and GBK (half its pages are GB18030),
the results bulletin's in GBK, the bus company's in Big5 (cp950, traditional letters).
The idioms are real idioms; their explanations, stories and examples are written here.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, iso
from tests.families.blind_o_text import GenO

# -- a law firm's lawyer Q&A board (岑衡律师事务所), HTML ---------------------------------------
LS_FIRM = "岑衡律师事务所"
LS_CITY = "岑州市"
LS_AREAS = ["澄川区", "栖霞区", "白石区", "柏溪县", "松坪县", "苇塘镇"]
LS_LAWYERS = ["韩立诚", "骆静怡", "彭子谦", "岑书瑶", "卫明轩", "蔺晓川"]
LS_RANKS = ["专职律师", "合伙人律师", "执业律师", "高级合伙人"]
# (category, question title, what happened, the rule, what to do)
LS_QUESTIONS = [
    (
        "劳动工伤",
        "公司拖欠三个月工资后让我自己辞职，能要求经济补偿吗？",
        "我在一家物流公司做仓管，从去年年底开始公司就说资金紧张，工资一直拖着没发",
        "用人单位未及时足额支付劳动报酬的，劳动者可以解除劳动合同并要求支付经济补偿",
        "先用书面形式向公司提出被迫解除劳动合同，写明理由是拖欠工资",
    ),
    (
        "婚姻家庭",
        "离婚时婚前买的房子婚后一起还贷，另一方能分多少？",
        "房子是我结婚前一年付的首付，婚后八年两个人的工资一起还的房贷",
        "婚前一方付首付、婚后共同还贷的房屋，原则上归登记一方，共同还贷部分及其增值应当补偿对方",
        "先把婚后还贷的银行流水和房屋现值的评估材料准备齐全",
    ),
    (
        "债权债务",
        "朋友借了五万块钱只写了微信聊天记录，现在不还怎么办？",
        "前年朋友说做生意周转，我通过银行转账给了他五万元，当时只在微信上说好半年还",
        "转账记录和聊天记录能够相互印证借贷合意和款项交付的，可以作为民间借贷的证据",
        "把聊天记录和转账凭证完整备份，必要时到公证处做证据保全",
    ),
    (
        "房产物业",
        "楼上装修把我家天花板泡坏了，物业说不归他们管？",
        "上个月楼上业主改卫生间，防水没做好，我家客厅天花板大面积发霉脱落",
        "因相邻一方施工造成他人财产损害的，应当承担侵权赔偿责任，物业有协调和配合取证的义务",
        "先拍照录像固定损坏情况，再请物业出具漏水情况说明",
    ),
    (
        "交通事故",
        "电动车被汽车刮倒，交警认定我负次要责任，还能索赔吗？",
        "我骑电动车下班路上被一辆右转的小轿车刮倒，小腿骨折住院二十多天",
        "机动车与非机动车之间发生交通事故，机动车一方应当按照过错比例承担赔偿责任，非机动车一方的次要责任只减轻对方的赔偿",
        "保留好住院病历和医疗费票据，出院后及时做伤残等级鉴定",
    ),
    (
        "劳动工伤",
        "下班路上摔伤了算不算工伤？单位不肯申报。",
        "我下班骑车回家，在离单位两公里的路口为躲一条狗摔倒，手腕骨折",
        "上下班途中受到非本人主要责任的交通事故伤害的，才属于工伤认定范围，单纯自己摔倒的一般难以认定",
        "先向交警部门报案取得事故认定，再看是否具备申报的条件",
    ),
    (
        "婚姻家庭",
        "父亲去世没留遗嘱，老房子几个子女怎么分？",
        "父亲去年因病去世，母亲早年已经过世，留下一套老城区的两居室，我们兄妹三人",
        "没有遗嘱的，遗产按照法定继承办理，同一顺序的继承人原则上均等分配",
        "兄妹三人先协商，协商一致的可以到公证处办理继承公证",
    ),
    (
        "债权债务",
        "给装修公司交了定金后不想装了，定金能退吗？",
        "我和一家装修公司签了合同交了两万元定金，还没开工就因为工作调动要搬去外地",
        "给付定金的一方不履行约定的债务的，无权请求返还定金，但定金数额超过主合同标的额百分之二十的部分不发生定金效力",
        "先和装修公司协商，看能否把定金转为设计费或者部分退还",
    ),
    (
        "房产物业",
        "租的房子房东要提前收回，押金和违约金怎么算？",
        "我租的房子合同签了两年，才住了十个月房东就说要卖房，让我一个月内搬走",
        "出租人在租赁期内无正当理由解除合同的，应当退还押金并按照合同约定承担违约责任",
        "把租赁合同和付款记录找出来，先和房东书面沟通补偿数额",
    ),
    (
        "交通事故",
        "孩子坐亲戚的车出了事故，亲戚要承担责任吗？",
        "暑假亲戚开车带我家孩子去水库玩，路上和一辆货车相撞，孩子额头缝了六针",
        "无偿搭乘他人车辆受到损害的，车辆一方应当承担赔偿责任，但没有故意或者重大过失的应当减轻",
        "先向货车一方和其保险公司主张赔偿，再看亲戚一方是否有过错",
    ),
]
LS_ASK_END = ["请问律师我该怎么办？", "这种情况应该怎么处理？", "想问一下律师我有没有胜算？"]
LS_ASK_MID = [
    "找他们沟通了好几次都没有结果",
    "对方的态度一直很强硬",
    "家里人意见也不统一",
    "我自己在网上查了一些说法，越看越糊涂",
]
LS_OPEN = ["您好，根据您的描述", "您好，看了您说的情况", "您好，从您提供的情况来看"]
LS_EVID = [
    "相关的书面材料、聊天记录和付款凭证都要妥善保存",
    "沟通时尽量采用书面或者录音的方式留下记录",
    "不要在情绪激动时签署任何文件",
]
LS_CLOSE = [
    "如果协商不成，可以在诉讼时效内向有管辖权的法院起诉，或者先申请调解",
    "具体金额还要结合证据计算，建议携带材料到所面谈",
    "案情细节不同，结论也可能不同，以上意见仅供参考",
]

# -- a county sports bureau's results bulletin (澄山县), plain text, GBK ------------------------
SG_BUREAU = "澄山县体育局"
SG_COUNTY = "澄山县"
SG_GAMES = "澄山县第十一届全民运动会"
SG_TOWNS = ["城关镇", "石门镇", "溪口镇", "黄坛乡", "梅岭街道", "东湖街道", "南塘镇", "枫桥乡"]
SG_PLACES = ["县全民健身中心", "县第一中学体育馆", "石门镇文体中心"]
SG_OUTDOOR = {"田径": "县体育场", "足球": "县体育场", "游泳": "县游泳馆", "门球": "城关镇门球场"}
SG_SURN = list("柏卫晏祁甘邵蒲戚滕卞尉屠")
SG_GIVEN = ["志明", "国平", "晓峰", "建华", "振宇", "小冬", "春生", "一帆"]
SG_GIVEN_F = ["雪梅", "海燕", "丽君", "文静", "秋萍", "佳怡"]
# (sport, group, kind): kind "team" is a final between two towns, "solo" a ranking
SG_EVENTS = [
    ("乒乓球", "中老年组男子单打", "solo"),
    ("乒乓球", "青年组女子单打", "solo"),
    ("篮球", "男子组", "team"),
    ("气排球", "女子组", "team"),
    ("象棋", "个人赛", "solo"),
    ("羽毛球", "男子单打", "solo"),
    ("拔河", "机关事业单位组", "team"),
    ("田径", "男子100米", "solo"),
    ("田径", "女子跳远", "solo"),
    ("游泳", "男子50米自由泳", "solo"),
    ("足球", "男子七人制", "team"),
    ("门球", "老年组", "team"),
]
SG_PLAY = [
    "在决赛中发挥得十分沉稳，和对手一直咬得很紧",
    "在决赛开始后一度落后，随后凭借稳定的发挥逐渐追了上来",
    "在决赛一开始就占据主动，始终没有给对手反超的机会",
    "在决赛的关键时刻顶住了压力，直到最后阶段才确立优势",
]
SG_CROWD = [
    "场边观众的加油声此起彼伏",
    "不少村民专程赶来为本乡选手助威",
    "裁判组对几个争议球都及时作了说明",
]
SG_AFTER = [
    "赛后，冠军选手表示平时坚持在村里的健身广场训练，这次发挥出了正常水平",
    "该项目本届报名人数比上届明显增加，各乡镇都组织了选拔赛",
    "颁奖仪式在比赛结束后随即举行，县体育局有关负责人为获奖选手颁奖",
]

# -- a bus company's passenger notices (翠嶺巴士), HTML, Big5 -----------------------------------
BS_FIRM = "翠嶺巴士有限公司"
BS_SITE = "翠嶺巴士"
BS_ROADS = ["翠嶺道", "新填地街", "海濱道", "石門路", "觀塘里", "松園道", "長沙灣道", "北角街"]
BS_STOPS = ["街市", "翠嶺廣場", "海濱公園", "松園新村", "體育館", "石門總站", "長沙灣碼頭"]
BS_STOPS += ["警署", "圖書館", "聯和大廈"]
# (why, how long)
BS_WHY = [
    ("配合道路工程", "為期約兩個月"),
    ("配合海濱道行人路改善工程", "為期約三個月"),
    ("配合新巴士站上蓋建造工程", "直至另行通知"),
    ("因應區內乘客需求上升", "直至另行通知"),
    ("配合年宵市場臨時封路安排", "為期四日"),
    ("配合渠務工程", "為期約六星期"),
    ("因應新屋苑入伙", "直至另行通知"),
    ("配合馬拉松賽事封路", "只限當日"),
]
BS_KIND = ["改道", "暫停部分車站", "延長服務時間", "改動總站位置", "增加班次"]
BS_THANK = [
    "本公司對乘客因此而帶來的不便，深表歉意",
    "本公司會密切留意改動後的乘客量，適時調整班次",
    "如有任何查詢，歡迎致電本公司客務熱線",
]

# -- an online idiom dictionary's story pages (墨林成语网), plain text --------------------------
CY_SITE = "墨林成语网"
CY_EDITORS = ["秦墨", "苏小砚", "江听松", "沈半夏"]
# (idiom, pinyin, abbreviation, colour, sense, book, story, near, anti)
CY_IDIOMS = [
    (
        "守株待兔",
        "shǒu zhū dài tù",
        "SZDT",
        "贬义",
        "比喻死守狭隘经验，不知变通，或者妄想不劳而获",
        "《韩非子》",
        "一个农夫偶然捡到撞死在树桩上的兔子，从此放下农具天天守在树旁，田地也荒了",
        "刻舟求剑、墨守成规",
        "随机应变",
    ),
    (
        "刻舟求剑",
        "kè zhōu qiú jiàn",
        "KZQJ",
        "贬义",
        "比喻拘泥成法，不懂得情况已经变化",
        "《吕氏春秋》",
        "有人乘船过江时把剑掉进水里，就在船边刻下记号，等船靠岸后从记号处下水去找",
        "守株待兔、胶柱鼓瑟",
        "与时俱进",
    ),
    (
        "画蛇添足",
        "huà shé tiān zú",
        "HSTZ",
        "贬义",
        "比喻做了多余的事，反而弄巧成拙",
        "《战国策》",
        "几个人比赛画蛇，先画完的人得意之下又给蛇添上脚，结果酒被别人拿走了",
        "多此一举、弄巧成拙",
        "恰到好处",
    ),
    (
        "掩耳盗铃",
        "yǎn ěr dào líng",
        "YEDL",
        "贬义",
        "比喻自己欺骗自己，明明掩盖不住的事偏要设法掩盖",
        "《吕氏春秋》",
        "有人想偷一口大钟，怕钟声被人听见，就捂住自己的耳朵去敲，以为别人也听不见",
        "自欺欺人",
        "开诚布公",
    ),
    (
        "亡羊补牢",
        "wáng yáng bǔ láo",
        "WYBL",
        "中性",
        "比喻出了问题以后及时想办法补救，可以防止继续受损失",
        "《战国策》",
        "牧人的羊圈破了洞，丢了羊后他没有再拖延，赶紧把羊圈修好，后来就再没丢过羊",
        "知错就改",
        "执迷不悟",
    ),
    (
        "揠苗助长",
        "yà miáo zhù zhǎng",
        "YMZZ",
        "贬义",
        "比喻违反事物发展的规律，急于求成，反而坏事",
        "《孟子》",
        "一个农夫嫌禾苗长得太慢，就把禾苗一棵棵往上拔高，结果第二天禾苗全都枯死了",
        "急于求成、欲速不达",
        "循序渐进",
    ),
    (
        "井底之蛙",
        "jǐng dǐ zhī wā",
        "JDZW",
        "贬义",
        "比喻见识狭窄、眼界不开阔的人",
        "《庄子》",
        "住在浅井里的青蛙向海里来的大鳖夸耀自己的快乐，听了大海的广阔后才惊得说不出话",
        "坐井观天、孤陋寡闻",
        "见多识广",
    ),
    (
        "杯弓蛇影",
        "bēi gōng shé yǐng",
        "BGSY",
        "贬义",
        "比喻疑神疑鬼，为不存在的事情而惊慌",
        "《风俗通义》",
        "客人看见酒杯里映出墙上弓的影子，以为喝下了一条小蛇，回家后竟然病倒了",
        "草木皆兵、疑神疑鬼",
        "泰然自若",
    ),
    (
        "叶公好龙",
        "yè gōng hào lóng",
        "YGHL",
        "贬义",
        "比喻口头上说爱好某种事物，实际上并不是真的爱好",
        "《新序》",
        "叶公家里处处画着龙，真龙听说后来拜访他，他却吓得转身就跑",
        "口是心非",
        "名副其实",
    ),
    (
        "买椟还珠",
        "mǎi dú huán zhū",
        "MDHZ",
        "贬义",
        "比喻没有眼光，取舍不当，只看重外表而忽视实质",
        "《韩非子》",
        "有人买下一只装着珍珠的精美木匣，却把珍珠退还给了卖主，只留下了木匣",
        "舍本逐末",
        "去粗取精",
    ),
    (
        "南辕北辙",
        "nán yuán běi zhé",
        "NYBZ",
        "贬义",
        "比喻行动和目的正好相反",
        "《战国策》",
        "有人要去南方的楚国，却驾车一路向北，还说自己的马好、路费多、车夫技术高",
        "背道而驰",
        "如出一辙",
    ),
    (
        "狐假虎威",
        "hú jiǎ hǔ wēi",
        "HJHW",
        "贬义",
        "比喻依仗别人的势力来欺压人",
        "《战国策》",
        "狐狸骗老虎跟在自己身后走，百兽见了老虎纷纷逃开，老虎还以为它们怕的是狐狸",
        "仗势欺人",
        "以德服人",
    ),
    (
        "邯郸学步",
        "hán dān xué bù",
        "HDXB",
        "贬义",
        "比喻模仿别人不成，反而把自己原有的本领也丢掉了",
        "《庄子》",
        "燕国有个少年到邯郸去学当地人走路的姿势，没学会，连自己原来怎么走路也忘了",
        "东施效颦、生搬硬套",
        "独辟蹊径",
    ),
    (
        "自相矛盾",
        "zì xiāng máo dùn",
        "ZXMD",
        "中性",
        "比喻自己的言行前后抵触",
        "《韩非子》",
        "一个卖兵器的人先夸自己的盾什么都刺不穿，又夸自己的矛什么都能刺穿，围观的人一问他就答不上来了",
        "前后矛盾",
        "天衣无缝",
    ),
    (
        "滥竽充数",
        "làn yú chōng shù",
        "LYCS",
        "贬义",
        "比喻没有真才实学的人混在行家里面充数",
        "《韩非子》",
        "不会吹竽的南郭先生混在三百人的乐队里领俸禄，新君王要乐手一个个单独演奏，他只好连夜逃走",
        "鱼目混珠、以次充好",
        "货真价实",
    ),
    (
        "杞人忧天",
        "qǐ rén yōu tiān",
        "QRYT",
        "贬义",
        "比喻不必要的或者缺乏根据的忧虑",
        "《列子》",
        "杞国有个人整天担心天会塌下来、地会陷下去，愁得吃不下饭也睡不着觉",
        "庸人自扰",
        "无忧无虑",
    ),
    (
        "愚公移山",
        "yú gōng yí shān",
        "YGYS",
        "褒义",
        "比喻做事有毅力，不怕困难，坚持不懈",
        "《列子》",
        "年近九十的愚公嫌门前两座大山挡路，带着子孙每天挖山不止，别人笑他，他说子子孙孙是没有穷尽的",
        "锲而不舍、持之以恒",
        "半途而废",
    ),
    (
        "塞翁失马",
        "sài wēng shī mǎ",
        "SWSM",
        "中性",
        "比喻一时虽然受到损失，也许反而因此能得到好处",
        "《淮南子》",
        "边塞老人家的马跑丢了，他并不着急，几个月后那匹马竟然带着一匹好马回来了",
        "因祸得福",
        "福无双至",
    ),
    (
        "朝三暮四",
        "zhāo sān mù sì",
        "ZSMS",
        "贬义",
        "原指用诈术欺骗人，后来多比喻反复无常",
        "《庄子》",
        "养猴的人说早上给三颗橡子、晚上给四颗，猴子都发怒，改成早上四颗晚上三颗，猴子就高兴了",
        "反复无常、朝秦暮楚",
        "始终如一",
    ),
    (
        "黔驴技穷",
        "qián lǘ jì qióng",
        "QLJQ",
        "贬义",
        "比喻仅有的一点本领也已经用完了",
        "柳宗元的《三戒》",
        "老虎起初害怕从外地运来的驴，几次试探后发现驴只会踢腿，就扑上去把它吃了",
        "无计可施、江郎才尽",
        "神通广大",
    ),
    (
        "对牛弹琴",
        "duì niú tán qín",
        "DNTQ",
        "贬义",
        "比喻对不懂道理的人讲道理，或者说话不看对象",
        "牟融的《理惑论》",
        "有位琴师对着一头正在吃草的牛弹奏高雅的曲子，牛却只顾低头吃草，毫无反应",
        "对牛鼓簧",
        "有的放矢",
    ),
    (
        "惊弓之鸟",
        "jīng gōng zhī niǎo",
        "JGZN",
        "贬义",
        "比喻受过惊吓的人遇到一点动静就非常害怕",
        "《战国策》",
        "神射手只拉弓不放箭，一只受过箭伤的大雁听到弦响就拼命高飞，伤口裂开掉了下来",
        "伤弓之鸟、心有余悸",
        "初生牛犊",
    ),
]
CY_USE = ["作谓语、宾语", "作谓语、定语", "作宾语、定语", "作主语、谓语"]
CY_EXAMPLE = [
    "老师在课堂上讲了“{}”的故事，同学们听完都说从中明白了一个道理。",
    "爷爷常拿“{}”这个成语提醒我们，遇事要多想一想再拿主意。",
    "这篇短文借“{}”的故事，讲了一个浅显却很实在的道理。",
    "读完“{}”这则故事，我在读书笔记里写下了长长的一段感想。",
]


class GenYG(GenO):
    """Text makers for the ``yg`` families (deterministic from the seed)."""

    # -- lawyer Q&A
    def answer(self, q: tuple[str, str, str, str, str], lawyer: str) -> Art:
        """One Q&A: the question paragraph, then the lawyer's three answer paragraphs
        (the rule, what to do, a closing caution); author the lawyer, published the day the
        question was asked."""
        r = self.r
        self.n += 1
        cat, title, fact, rule, act = q
        lines = [
            f"{fact}，{r.choice(LS_ASK_MID)}，前后已经拖了{r.randint(2, 11)}个多月。"
            f"{r.choice(LS_ASK_END)}",
            f"{r.choice(LS_OPEN)}，这属于{cat}方面的纠纷。依照法律规定，{rule}。",
            f"建议您{act}；同时，{r.choice(LS_EVID)}，以免日后举证困难。",
            f"{r.choice(LS_CLOSE)}，祝您早日妥善解决问题。",
        ]
        y, m, d = self.date()
        return Art(title, lines, list(lines), {"author": lawyer, "published": iso(y, m, d)})

    # -- results bulletin item
    def result(self, ev: tuple[str, str, str], towns: list[str], recorder: str) -> Art:
        """One event's result: the final, three ranking lines, a closing paragraph; the
        title names the winner."""
        r = self.r
        self.n += 1
        sport, group, kind = ev
        given = SG_GIVEN_F if "女" in group else SG_GIVEN
        names = [r.choice(SG_SURN) + r.choice(given) for _ in range(3)]
        if kind == "team":
            a = r.randint(58, 92) if sport == "篮球" else r.randint(2, 5)
            b = a - r.randint(3, 14) if sport == "篮球" else r.randint(0, 1)
            if sport in ("气排球", "拔河"):
                a = 2
            title = f"{towns[0]}队{a}∶{b}胜{towns[1]}队，夺得{sport}{group}冠军"
            final = (
                f"{sport}{group}冠军争夺在{towns[0]}队和{towns[1]}队之间进行，"
                f"{towns[0]}队{r.choice(SG_PLAY)}，{r.choice(SG_CROWD)}，最终以{a}∶{b}获胜。"
            )
            ranks = [f"第{x}名　{t}队" for x, t in zip("一二三", towns, strict=True)]
        else:
            title = f"{towns[0]}{names[0]}获得{sport}{group}第一名"
            final = (
                f"{sport}{group}共有{r.randint(12, 60)}名选手参赛，{towns[0]}选手"
                f"{names[0]}{r.choice(SG_PLAY)}，"
                f"{r.choice(SG_CROWD)}，{names[0]}最终胜出。"
            )
            ranks = [f"第{x}名　{n}（{t}）" for x, n, t in zip("一二三", names, towns, strict=True)]
        lines = [
            final,
            *ranks,
            f"{r.choice(SG_AFTER)}，本项目共有{r.randint(5, 8)}个乡镇（街道）组队参加。",
        ]
        return Art(title, lines, list(lines), {"author": recorder})

    # -- bus passenger notice
    def busnote(self, routes: list[str], eff: datetime.date) -> Art:
        """A passenger notice: the reason and start sentence, one line per route, the
        affected stops, the temporary stop, a thanks paragraph and the sign-off."""
        r = self.r
        self.n += 1
        why, long = r.choice(BS_WHY)
        roads = r.sample(BS_ROADS, 3)
        stops = r.sample(BS_STOPS, 3)
        wk = "一二三四五六日"[eff.weekday()]
        route_list = "、".join(routes[:-1]) + ("及" if len(routes) > 1 else "") + routes[-1]
        kind = r.choice(BS_KIND)
        title = f"{route_list}號線{kind}"
        lines = [
            f"為{why}，由{eff.year}年{eff.month}月{eff.day}日"
            f"（星期{wk}）首班車起，下列路線將作以下改動，{long}：",
        ]
        for k, rt in enumerate(routes):
            end = "。" if k == len(routes) - 1 else "；"
            lines.append(
                f"{rt}號線：往{stops[k % 3]}方向改經{roads[0]}及{roads[1]}，"
                f"不停靠{roads[2]}沿線的「{stops[(k + 1) % 3]}」站{end}"
            )
        lines += [
            f"受影響車站：「{stops[1]}」及「{stops[2]}」，乘客請改到{roads[1]}"
            f"近{r.randint(2, 88)}號的臨時車站候車。",
            f"改動期間，本公司會在受影響車站張貼告示，並安排職員在繁忙時間於現場協助乘客，"
            f"{r.choice(BS_THANK)}。",
            f"{BS_FIRM}謹啟",
        ]
        return Art(title, lines, list(lines), {"issuer": BS_FIRM})

    # -- idiom entry
    def idiom(self, t: tuple[str, ...]) -> Art:
        """An idiom entry: labelled lines 释义 / 出处 / 典故 / 例句 / 用法 / 近义反义."""
        r = self.r
        self.n += 1
        word, _py, _ab, _col, sense, book, story, near, anti = t
        lines = [
            f"释义：{sense}。",
            f"出处：语出{book}，原是书中的一则故事。",
            f"典故：{story}。后人用“{word}”来说明这个道理，在日常口语和书面语中都很常见。",
            "例句：" + r.choice(CY_EXAMPLE).format(word),
            f"用法：{r.choice(CY_USE)}；一般用于书面语，也可以用在口语中。",
            f"近义词：{near}　｜　反义词：{anti}",
        ]
        return Art(word, lines, list(lines), {})
