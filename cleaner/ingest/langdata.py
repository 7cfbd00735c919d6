"""Data for the language-aware charset tie-break (:mod:`cleaner.ingest.langmodel`).

Each language lists the characters its text is made of beyond ASCII, most frequent first
(hand-written from published letter and character frequency tables; for Chinese the
common-character order of the "现代汉语常用字" frequency lists, for Japanese kana and
common kanji, for Korean the most frequent Hangul syllables).  Only the *order* matters:
the model turns a rank into a log-probability with a Zipf curve, so an approximate order
is enough to tell ``o`` (the most frequent Russian letter) from ``Ю`` (what KOI8-R ``о``
becomes in CP1251).  Uppercase forms are derived from the lowercase ones.

:data:`CODECS` maps each codec the detector tries to the languages written in it, with a
prior (log-odds, ≤ 0) that only breaks near-ties: codecs that browsers and the chardet /
WHATWG tables see most often get 0.
"""

from __future__ import annotations

# -- alphabets and character lists, most frequent first ---------------------------------

LATIN: dict[str, str] = {
    "english": "éèáóíñüöäçà",
    "french": "éèàêçôîùûâëïœüÿæ",
    "german": "äüößéèà",
    "spanish": "óíáéñúü",
    "portuguese": "ãçéáóíêâõúôàü",
    "italian": "èàùòìéóí",
    "dutch": "ëéèïöüáó",
    "swedish": "äåöé",
    "danish": "øæåéó",
    "norwegian": "øåæéóô",
    "finnish": "äöåš",
    "icelandic": "áðíóéúþæöý",
    "catalan": "àèéíòóúïüç",
    "polish": "łęąóżśćńź",
    "czech": "íáéěýžšřčůúňťď",
    "slovak": "áíéýčžšľúťôďňäŕĺó",
    "hungarian": "éáőöóíüúű",
    "slovenian": "čšžćé",
    "croatian": "čšžćđ",
    "romanian": "ăîâşţșț",
    "turkish": "ıüşçğöİâîû",
    "estonian": "äõüöšž",
    "lithuanian": "ėąįšųūžčę",
    "latvian": "āēīūšņļķģčž",
    "albanian": "ëç",
}

ALPHABETS: dict[str, str] = {
    "russian": "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
    "ukrainian": "оаніивтеркслудмпзяьгбчйхжшюцєщїфґ",
    "bulgarian": "аоеинтрсвлкдпмзгяъубчцжйшхфщюь",
    "serbian": "аиоенрстјувкдлпмзгбчцшњћхљжђџф",
    "belarusian": "аоыенвтсірлкмдуяпзьчбгйхжшцюёэфў",
    "macedonian": "аеоинтрсвдклпмзгјушбцчњќжфѓхљџѕ",
    "greek": "αοετισνηρυπκμλςόίάέδγήωύχθφώβξζψϊϋΐΰ",
    "hebrew": "יוהלארמבתשנקעדכםפחסגןצטזךףץ",
    "arabic": "الينمورتبةعهدفكقسحجأإىشصخطضذثزغظئءآؤ",
    "persian": "اینرهدوبمتکیسلزشگپخحچقفجعطغصضثذظژآ",
    "thai": "านอร่เกมยงิดล้ทวสบีคัตหะปพขจไใำุโชู็แึ์ื๊ซฉญณศษฐถภฝฟผฮฆฑฒฬ๋ฌฎฏ",
}

# Most frequent Chinese characters (simplified), in frequency order.
ZH_HANS = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年"
    "过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心"
    "她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由"
    "问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位"
    "次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总"
    "何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治"
    "展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交"
    "规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快"
    "办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华"
    "城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎"
    "查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽"
    "推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供"
    "效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止"
    "细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰"
    "试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获"
    "模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵"
    "协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控"
    "税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危"
    "忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救"
    "贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖"
    "录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡"
    "博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴"
    "馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘"
    "亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促"
    "延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措"
    "姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵邦妹侧庆"
)

# Traditional forms of frequent characters (the characters shared with simplified
# Chinese come from ZH_HANS).
ZH_HANT = (
    "們這個來為說時會對過後裡發經麼現當動還進實點開關與機長間問題學從種樣業氣電數兩無見頭體聽門"
    "東車書內國們將於產變錢認條總結師讓雖處應場號報萬義區權歷術據連選運論較覺際據團務專廣傳聲"
    "響臺灣臉親觀達製議準備難識護樂鐵層歡寫錄風藝衛聯語區會員類領導嗎視網頁點擊費單請線帶龍"
)

JA_KANA = (
    "のにはをたがてとしでないるかもうまれすらこさありくっだきんよつけそおほどめじわせえみやへゆ"
    "ちびべばぶぼげごぐざずぜぞぎぬねふろひむぱぴぷぺぽゃゅょぁぃぅぇぉ"
    "ーンストルイラリクシタアレドプジカマコテデフォッメサロィナグブバキパェダニオビミウモエュャハ"
    "ヨセツノケヴソゲヒゴホチヘゼズギョヤワペピボポゾヌネムヂヅヰヱヲ"
)
JA_KANJI = (
    "日一国人年大十二本中長出三時行見月分後前生五間上東四今金九入学高円子外八六下来気小七山話女北"
    "午百書先名川千水半男西電校語土木聞食車何南万毎白天母火右読友左休父雨会同事自社発者地業方新場"
    "員立開手力問代明動京目通言理体田主題意不作用度強公持野以思家世多正安院心界教文元重近考画海売"
    "知道集別物使品計死特私始朝運終台広住真有口少町料工建空急止送切転研足究楽起着店病質待試族銀早"
    "映親験英医仕去味写字答夜音注帰古歌買悪図週室歩風紙黒花春赤青館屋色走秋夏習駅洋旅服夕借曜飲肉"
    "貸堂鳥飯勉冬昼茶弟牛魚兄犬妹姉漢記者情報内部政府市場経済関係議連合選挙件約表示結果利可能性"
    "調査受付対応登録投稿検索掲載更新期最活評価管全体制設定信号変化取組成数相談"
)

KO_HANGUL = (
    "이다는의에하고을가지기로한서사리도자어수정대인니들해나게라시습으여부일적면아전주만요동상과를보"
    "있그했개것우제장소생국원위성연구경무기년방문비공했세통신화결관계중내없때말용회실분받모까진마신"
    "발및조재물드치된터반식러려학업체되던합운데등현선민예약후산입법명저단오알영계호불차교간미번당"
    "같다른와처음많안직점청품행표건집심원질취야람준유특금히복청강파프감더할대해야겠본님양설배권"
    "토시르려역태필변증목확택급진류석초수록측출환육여름개념총종의견판활력말씀글"
)

# Punctuation and symbols ordinary text uses beyond ASCII (by script family).
PUNCT_WESTERN = "\xa0“”’‘–—…«»°€£©®·•§±×¿¡„‚›‹¢¥µ¼½¾²³¹º"
PUNCT_CJK = (
    "，。、：；！？「」『』（）《》【】〈〉—…·　“”‘’～・〔〕［］｛｝※○●◎◇◆□■△▲▽▼→←↑↓"
    "０１２３４５６７８９％＆＠＃＊＋－＝／＼＿｜｀＾￥＄"
)

# -- codecs → languages -----------------------------------------------------------------

_WEST = (
    "english", "french", "german", "spanish", "portuguese", "italian", "dutch", "swedish",
    "danish", "norwegian", "finnish", "icelandic", "catalan", "albanian",
)  # fmt: skip
_CENTRAL = (
    "polish", "czech", "slovak", "hungarian", "slovenian", "croatian", "romanian", "albanian",
    "german",
)  # fmt: skip
_CYR = ("russian", "ukrainian", "bulgarian", "serbian", "belarusian", "macedonian")

#: codec → (languages, prior).  Order matters for exact ties (identical texts): the
#: first codec listed wins, so the more common name of two that read a page the same way
#: is reported.
CODECS: dict[str, tuple[tuple[str, ...], float]] = {
    "gb18030": (("zh_hans",), 0.0),
    "big5": (("zh_hant",), 0.0),
    "cp950": (("zh_hant",), -0.1),
    "big5hkscs": (("zh_hant",), -0.2),
    # CP932 first: what browsers read Shift_JIS as (it adds the NEC and IBM rows)
    "cp932": (("japanese",), 0.0),
    "shift_jis": (("japanese",), -0.1),
    "euc_jp": (("japanese",), 0.0),
    "euc_kr": (("korean",), 0.0),
    "cp949": (("korean",), -0.1),
    "johab": (("korean",), -1.0),
    "cp1252": (_WEST, 0.0),
    "iso8859-1": (_WEST, -0.1),
    "iso8859-15": (_WEST, -0.5),
    "mac-roman": (_WEST, -3.0),
    "cp850": (_WEST, -3.0),
    "cp437": (_WEST, -3.5),
    "cp1250": (_CENTRAL, 0.0),
    "iso8859-2": (_CENTRAL, -0.1),
    "cp852": (_CENTRAL, -3.0),
    "cp1254": (("turkish",), 0.0),
    "iso8859-9": (("turkish",), -0.1),
    "cp1257": (("lithuanian", "latvian", "estonian"), -0.5),
    "iso8859-13": (("lithuanian", "latvian", "estonian"), -0.6),
    "iso8859-4": (("lithuanian", "latvian", "estonian"), -1.0),
    "cp1251": (_CYR, 0.0),
    "koi8-r": (("russian", "bulgarian", "belarusian"), 0.0),
    "koi8-u": (("ukrainian",), -0.3),
    "iso8859-5": (_CYR, -0.3),
    "cp866": (("russian", "ukrainian", "belarusian"), -0.5),
    "cp855": (_CYR, -1.0),
    "mac-cyrillic": (_CYR, -2.0),
    "cp1253": (("greek",), 0.0),
    "iso8859-7": (("greek",), 0.0),
    "cp1255": (("hebrew",), 0.0),
    "iso8859-8": (("hebrew",), -0.1),
    "cp1256": (("arabic", "persian"), 0.0),
    "iso8859-6": (("arabic",), -0.2),
    "tis-620": (("thai",), 0.0),
    "cp874": (("thai",), -0.1),
}

# Frequent short words written in ASCII, per Latin-script language: the same in every
# 8-bit codec, they tell which language (and so which codec family) a page is in when its
# few accented letters are ambiguous (Romanian "ă" or Portuguese "ã" for byte 0xE3).
FUNCTION_WORDS: dict[str, str] = {
    "english": "the and of to in is that for with was on are as by this be it from have",
    "french": "le la les des est une que qui dans pour pas sur avec du au aux sont ont il",
    "german": "der die das und ist nicht mit den dem ein eine zu auf sich von auch im es",
    "spanish": "el la los las del que en por con una para es se como pero su al lo",
    "portuguese": "que os as do da dos das em um uma para com por se mais foi no na",
    "italian": "il di che la le per con del della un una sono non gli anche nel",
    "dutch": "de het een van en is dat op te zijn niet met voor ook aan",
    "swedish": "och att det som en av den till har med inte var om",
    "danish": "og at det som en af til er med ikke den har var",
    "norwegian": "og at det som en av til er med ikke den har var",
    "finnish": "ja on ei se oli kun mutta kanssa ovat",
    "icelandic": "og er sem til um ekki var hann",
    "catalan": "el la els les amb per que una es dels del",
    "polish": "nie w na z do to jest sie jak o co ale przez od po",
    "czech": "je v se na to do jak jsou by pro ale od jsem po",
    "slovak": "je v sa na to do ako pre ale od som po",
    "hungarian": "az es hogy nem is egy de meg van ez mint csak",
    "slovenian": "in je na za se da so bi ne pa",
    "croatian": "je na za se da su bi ne i u od",
    "romanian": "si in la de cu pentru din care este nu un ale al pe mai sau",
    "turkish": "ve bir bu da de ile olarak ne gibi daha en",
    "albanian": "dhe te ne per me nje nga se",
    "estonian": "ja on ei et see oli kui",
    "lithuanian": "ir kad yra tai su kaip",
    "latvian": "un ir ar par kas no uz",
}
