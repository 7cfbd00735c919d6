"""Word tables of the perturbation benchmark (``benchmarks/perturb_bench.py``): our own.

Nothing here is read by ``cleaner``: these are the *other* wordings a site nobody has seen
may use (a simplified → traditional character map, metadata label synonyms, invented
chrome of each kind), so the benchmark can ask how much of the generic layer's success
rests on the wordings the families happen to use.  The character map is written for this
benchmark and is deliberately wider than ``cleaner/rules/han_forms.toml`` (the pipeline's
own map): a perturbation limited to the pipeline's own map would test nothing.
"""

from __future__ import annotations

S2T_PAIRS = (
    "这這个個们們为為来來时時会會发發后後说說对對过過国國学學进進动動实實现現关關经經长長问問开開门門间間应應么麼从從与與两兩还還头頭东東车車马馬见見页頁员員业業务務电電话話语語议議"
    "记記设設证證评評论論读讀课課调調谈談请請谢謝让讓认認识識该該详詳试試诉訴译譯许許谁誰质質贵貴费費资資贸貿财財贴貼购購货貨赛賽责責贡貢负負账賬销銷钱錢铁鐵银銀错錯锁鎖镇鎮钟鐘针針"
    "陆陸阳陽阴陰际際队隊阶階险險随隨难難双雙书書县縣区區组組织織级級纪紀约約红紅线線练練终終结結给給统統绝絕继繼续續维維综綜编編网網罗羅纳納纸紙纷紛细細绍紹绿綠缴繳总總办辦劳勞势勢"
    "励勵单單卫衛历歷压壓厅廳厂廠广廣庆慶库庫废廢异異张張弹彈录錄当當归歸态態恋戀悦悅惊驚惯慣户戶扩擴扫掃扬揚护護报報担擔拟擬拥擁择擇挂掛挥揮损損换換据據掷擲摄攝摆擺敌敵数數断斷无無"
    "旧舊显顯晋晉晓曉暂暫术術机機杀殺杂雜权權条條杨楊极極构構标標栏欄树樹样樣桥橋检檢楼樓欢歡欧歐歼殲残殘气氣汇匯汉漢汤湯沟溝没沒沪滬泽澤洁潔洒灑浅淺测測济濟浓濃润潤涨漲渐漸温溫湾灣"
    "满滿滚滾潜潛灭滅灵靈灾災点點炼煉烟煙热熱爱愛爷爺牵牽状狀独獨狮獅献獻环環画畫畅暢疗療盖蓋盘盤监監矿礦码碼确確礼禮祸禍离離种種积積称稱稳穩穷窮窃竊竞競笔筆笋筍筑築简簡类類粮糧紧緊"
    "虽雖号號亚亞产產亲親亿億仅僅仓倉价價众眾优優伙夥传傳伤傷伦倫体體余餘佣傭侠俠侨僑侦偵俭儉债債倾傾储儲儿兒党黨兰蘭兴興养養兽獸内內冈岡册冊写寫军軍农農冲衝决決况況冻凍净淨凉涼减減"
    "凤鳳凭憑击擊划劃则則刚剛创創删刪别別刘劉剧劇剑劍劝勸医醫华華协協卖賣卢盧卧臥厉厲参參变變叙敘叶葉叹嘆吗嗎吨噸听聽启啟呜嗚咏詠响響哗嘩唤喚啸嘯喷噴园園围圍图圖圆圓圣聖场場坏壞块塊"
    "坚堅坛壇坝壩坟墳垄壟垒壘执執扰擾堕墮墙牆壮壯声聲处處备備复復够夠夹夾夺奪奋奮奖獎妇婦妈媽娱娛婴嬰孙孫宁寧宝寶宠寵审審宪憲宫宮宽寬宾賓寻尋导導寿壽将將尔爾尘塵尝嘗层層届屆属屬岁歲"
    "岂豈岗崗岛島岭嶺岳嶽峡峽币幣帅帥师師帐帳带帶帮幫并並几幾庄莊庐廬庙廟彻徹征徵径徑忆憶怀懷恳懇悬懸惩懲惫憊愤憤愿願忧憂战戰戏戲扑撲托託抚撫抛拋抢搶拢攏拣揀拦攔挡擋挣掙挤擠捞撈捡撿"
    "掳擄掸撣掺摻揽攬搁擱搂摟搅攪携攜摊攤撑撐撵攆敛斂斋齋斩斬旷曠昼晝晕暈朴樸杆桿杰傑枪槍枣棗柜櫃栅柵栈棧栋棟档檔桩樁梦夢棂欞椭橢榄欖横橫毁毀毕畢毙斃毡氈氢氫污汙沥瀝沦淪沧滄泪淚泻瀉"
    "泼潑浆漿浇澆浊濁浏瀏浑渾涂塗涌湧涛濤涝澇涡渦涩澀渊淵渔漁渗滲湿濕溃潰滞滯滤濾滥濫滨濱滩灘潇瀟澜瀾灯燈灿燦炉爐烂爛烛燭烦煩烧燒烫燙焕煥牍牘犹猶狈狽猎獵猪豬猫貓玛瑪琐瑣畴疇疟瘧疮瘡"
    "疯瘋痒癢瘫癱癣癬皑皚盏盞盐鹽睁睜瞒瞞矫矯矶磯砖磚础礎硕碩碍礙碱鹼祯禎秃禿秆稈秽穢税稅稣穌窍竅窑窯竖豎笃篤笼籠筛篩筹籌签簽箩籮粪糞纠糾纤纖纬緯纯純纱紗纲綱纵縱纹紋纺紡绊絆绑綁绒絨"
    "绕繞绘繪络絡绢絹绣繡绩績绪緒绳繩绵綿缀綴缓緩缘緣缝縫缩縮罚罰罢罷职職联聯聪聰肃肅肠腸肤膚肾腎肿腫胀脹胁脅胜勝胶膠脉脈脑腦脚腳脱脫脸臉腊臘舰艦舱艙艰艱艺藝节節芦蘆苏蘇苹蘋范範荐薦"
    "荣榮药藥莲蓮获獲营營萝蘿蓝藍虑慮虚虛虫蟲虾蝦蚀蝕蚁蟻补補装裝观觀规規视視览覽觉覺触觸计計订訂讨討训訓讯訊讲講讽諷访訪诈詐词詞诗詩诚誠询詢误誤诸諸谊誼谋謀谓謂谣謠谦謙谨謹谱譜贝貝"
    "贞貞败敗贩販贪貪贫貧贯貫贷貸贺賀赋賦赔賠赖賴赚賺赞贊赠贈赵趙赶趕趋趨跃躍践踐踪蹤轨軌转轉轮輪软軟轻輕载載较較辅輔辆輛辈輩辉輝输輸辖轄辞辭边邊达達迁遷运運远遠违違连連迟遲适適选選"
    "逊遜递遞逻邏遗遺邓鄧邮郵邻鄰郑鄭酱醬释釋钉釘钓釣钢鋼钥鑰钦欽钩鉤钮鈕铃鈴铅鉛铜銅铭銘铺鋪链鏈锅鍋锐銳锻鍛镜鏡闪閃闭閉闯闖闲閒闷悶闸閘闹鬧闻聞阀閥阁閣阅閱阐闡阵陣陈陳隐隱隶隸雏雛"
    "雾霧霁霽静靜韩韓顶頂项項顺順须須顽頑顾顧顿頓预預领領颇頗频頻题題颜顏额額风風飞飛饭飯饮飲饰飾饱飽馆館驱驅驶駛驻駐驾駕验驗骑騎骤驟鱼魚鲜鮮鸟鳥鸡雞鸣鳴麦麥黄黃齐齊龄齡龙龍龟龜举舉"
    "义義乐樂乡鄉买買乱亂争爭于於亏虧云雲专專丰豐临臨丽麗馈饋咨諮拨撥团團伟偉伪偽侧側剂劑剥剝帜幟惨慘昙曇晒曬晖暉杠槓枢樞泄洩炮砲牺犧眯瞇砚硯硅矽窝窩笺箋粤粵缔締翘翹耸聳聂聶胆膽舆輿"
    "蔼藹衔銜袄襖誉譽谴譴赃贓趸躉跻躋躯軀辩辯迹跡酿釀锋鋒阔闊陕陝雳靂韵韻顷頃飘飄馀餘驰馳鸭鴨黾黽齿齒讼訟诊診诏詔谕諭赁賃亩畝仑侖冯馮勋勳匀勻卤滷厦廈叠疊吕呂呕嘔咙嚨哑啞哟喲唢嗩嘱囑"
    "圹壙垦墾堑塹奂奐奥奧妆妝娄婁孪孿寝寢尧堯屿嶼峦巒帧幀庞龐庑廡弥彌彦彥徕徠忾愾怅悵恶惡恸慟悭慳惬愜愦憒懒懶戋戔戗戧扦扡抠摳抡掄拧擰挚摯挝撾捣搗掴摑揿撳搀攙撷擷擞擻攒攢旸暘昵暱晔曄"
    "暧曖杩榪枞樅栀梔桡橈桤榿梼檮椁槨榈櫚槛檻樯檣橱櫥欤歟殁歿殴毆毂轂氇氌沣灃泞濘洼窪浐滻涞淶渍漬溅濺滗潷漤灠濑瀨灏灝炜煒烨燁焖燜牦犛犷獷狲猻猃獫玑璣琏璉瑷璦璎瓔瓯甌畲畬疖癤疬癧痨癆"
    "瘘瘻瘿癭皲皸盗盜眍瞘睐睞瞩矚矾礬砀碭砾礫硖硤碛磧祃禡禅禪秾穠窥窺窦竇筚篳筝箏篓簍篮籃籁籟粜糶絷縶缆纜缠纏罂罌羟羥翚翬耢耮耧耬聩聵肮骯胧朧脍膾腻膩腾騰膑臏舣艤艳豔苋莧茎莖荚莢荞蕎"
    "荧熒莱萊莺鶯蒋蔣蓟薊蔷薔蕴蘊藓蘚虏虜蚬蜆蛎蠣蛮蠻蜡蠟蝇蠅蝼螻蝈蟈衅釁袭襲裤褲觅覓觊覬詟讋谍諜谘諮谶讖豮豶贱賤赂賂赈賑赌賭趱趲跞躒跷蹺蹑躡轰轟辕轅辙轍迈邁郏郟酝醞钙鈣钠鈉铝鋁锈鏽"
    "锡錫镀鍍镑鎊闺閨阂閡陇隴隽雋雠讎霭靄靓靚鞑韃韧韌颈頸颖穎飓颶饥飢饼餅馋饞驴驢骂罵骚騷髅髏鬓鬢魇魘鲁魯鸥鷗鹅鵝鹤鶴鹰鷹麸麩黉黌鼋黿龌齷台臺吓嚇吴吳呐吶喂餵嘘噓壶壺夸誇奁奩妩嫵娅婭"
    "婶嬸尽盡岚嵐巩鞏帘簾幂冪厨廚弃棄忏懺怜憐恒恆悯憫惧懼惭慚懑懣抟摶挟挾摇搖摈擯柠檸桨槳棱稜榨搾槟檳汹洶浃浹涤滌淀澱漓灕灶竈炖燉炽熾熏燻犊犢猕獼琼瓊瓮甕痴癡眦眥睑瞼祷禱窜竄纽紐缅緬"
    "羡羨耻恥聋聾肴餚芸蕓苍蒼荡蕩莹瑩蔑衊蚕蠶蜗蝸蝎蠍衬襯袜襪裆襠讥譏诀訣诋詆诫誡诬誣诱誘谎謊谬謬贿賄赎贖跄蹌踊踴蹿躥躏躪轿轎辫辮迩邇逦邐郸鄲采採钞鈔钻鑽铲鏟锦錦镶鑲阎閻陨隕雇僱霉黴"
    "飨饗馁餒驯馴骏駿鲸鯨黩黷龚龔"
)

#: simplified character → one traditional form (one character each; where a simplified
#: character has several traditional forms the commonest is taken: the page and its truth
#: get the same form, so a less usual choice costs realism, never truth)
_PAIRS = "".join(S2T_PAIRS)
S2T: dict[str, str] = dict(zip(_PAIRS[0::2], _PAIRS[1::2], strict=True))

#: metadata labels that name the same field; a perturbation maps each label a family uses
#: to another of its group (the values stay as they are)
LABEL_GROUPS: tuple[tuple[str, ...], ...] = (
    ("发布时间", "发布日期", "发表时间", "日期", "时间", "发文日期"),
    ("来源", "出处", "信息来源", "文章来源", "稿件来源"),
    ("作者", "撰稿", "文", "撰文", "执笔"),
    ("发文字号", "文号", "发文号", "文件编号", "发文编号"),
    ("发布机构", "发文机关", "发布单位", "发布部门", "发文单位"),
    ("索引号", "索引编号", "信息索引"),
    ("施行日期", "生效日期", "实施日期"),
    ("分类", "主题分类", "所属类别"),
    ("责任编辑", "编辑", "责编"),
)

#: invented chrome lines of each kind (the truth's ``chrome_kinds``): a template line of a
#: family (the same on two or more of its pages) is replaced by one of these
CHROME_LINES: dict[str, tuple[str, ...]] = {
    "header": (
        "栖梧文档馆　上传分享　在线预览",
        "当前位置：栖梧首页 > 资料中心 > 正文",
        "登录　注册　我的空间　帮助中心",
        "本页由栖梧资料站整理　欢迎收藏",
        "频道导航：公告　动态　专题　下载",
        "搜索本站资料　热门标签　排行榜",
    ),
    "article_header": ("◆ 本篇要目 ◆", "—— 选文 ——", "◇ 下面是正文 ◇", "【选篇】"),
    "notice": (
        "温馨提示：本站资料由用户上传，仅供学习交流，如有侵权请联系删除。",
        "声明：文中观点不代表本站立场，转载须保留原始链接。",
        "友情提醒：下载后请在二十四小时内删除，勿作商业用途。",
        "特别说明：本文档为节选，完整版本请登录后查看。",
    ),
    "related": (
        "延伸阅读：同类资料推荐",
        "猜你想看的其他文档",
        "相关资料（点击查看）",
        "本栏目更多内容",
    ),
    "footer": (
        "栖梧资料站 版权所有　联系我们　网站地图",
        "本站备案号：栖ICP备00000000号　技术支持：栖梧网络",
        "关于我们 | 投稿须知 | 意见反馈 | 免责条款",
        "Copyright 2019-2025 栖梧网 保留一切权利",
    ),
}

#: the same for a line in Latin letters (an English page's chrome)
CHROME_LINES_EN: dict[str, tuple[str, ...]] = {
    "header": (
        "Qiwu Archive | Browse · Upload · Sign in",
        "You are here: Home / Library / Article",
        "Menu: News · Topics · Downloads · Contact",
        "Search the archive | Popular tags | Rankings",
    ),
    "article_header": ("— Selected piece —", "* In this issue *"),
    "notice": (
        "Note: content is shared by users for study only; contact us to remove it.",
        "Disclaimer: views expressed are the author's own; keep the source link when sharing.",
    ),
    "related": ("Further reading", "You may also like", "More from this section"),
    "footer": (
        "Qiwu Archive · Contact · Site map · Accessibility",
        "Copyright 2019-2025 Qiwu Media Ltd. All rights reserved.",
        "About us | Submission guide | Feedback | Legal",
    ),
    "bar": ("Print · Save · Send to a friend", "Text size: A+ A-", "Like · Comment · Repost"),
}
CHROME_LINES["bar"] = (
    "分享到：微信　微博　QQ空间",
    "收藏　打印　关闭窗口",
    "字号：大　中　小",
    "点赞　评论　转发",
)

#: labels of chrome lines that vary by page (``上一篇：<title>``): the label is replaced
#: by one of these, the rest of the line stays
CHROME_LABELS: dict[str, tuple[str, ...]] = {
    "related": ("前一条", "后一条", "上篇文章", "下篇文章", "相关文档", "推荐阅读"),
    "header": ("浏览量", "收录日期", "上传者", "所属栏目", "热度", "评分"),
    "footer": ("打印日期", "技术支持", "数据提供", "主办单位", "更新于", "联系方式"),
    "notice": ("提示", "说明", "注意", "特别声明"),
    "article_header": ("篇目", "选文", "本篇"),
    "page_number": ("页码", "当前页"),
    "bar": ("分享到", "工具"),
}

CHROME_LABELS_EN: dict[str, tuple[str, ...]] = {
    "related": ("Previous", "Next", "See also", "Related"),
    "header": ("Views", "Posted", "Filed under", "Rating", "Uploader"),
    "footer": ("Printed", "Powered by", "Data", "Updated"),
    "notice": ("Note", "Notice", "Attention"),
    "bar": ("Share", "Tools"),
}

#: page-number layouts by how many numbers the line holds (``{0}`` this page, ``{1}`` all)
PAGE_NUMBER: dict[int, tuple[str, ...]] = {
    1: ("- {0} -", "第{0}页", "〔{0}〕", "Page {0}"),
    2: ("第{0}页 / 共{1}页", "{0}/{1}", "Page {0} of {1}", "共{1}页 当前第{0}页"),
}

#: symbols a rule line (``bar``) is drawn with
BAR_SYMBOLS = "─━＝＊·～-=_"
