"""Words and text makers of :mod:`tests.families.blind_families_v` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``v`` families repeats one of the earlier
families.  The archive's transcriptions are written in traditional letters (their catalogue
rows in simplified ones); every word of them is in GB18030 and in UTF-8.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# a county water-resources bureau's flood-season bulletins (汛情通报), GB18030 text
COUNTY = "汀溆县"
OFFICE = "汀溆县防汛抗旱指挥部办公室"
RIVER = "溆青河"
STATIONS = ["溆口", "芦湾", "石鼓岭", "上栗坪", "白鹭潭", "新桥铺", "黄泥垄", "杉木冲"]
RESERVOIRS = ["白鹭潭水库", "青龙坳水库", "鸭婆塘水库", "杉木冲水库"]
CAUSE = ["受高空低槽和西南暖湿气流共同影响", "受切变线南压和地面冷空气共同影响"]
CAUSE += ["受台风外围云系影响", "受副热带高压边缘对流云团影响"]
RAINS = ["普降中到大雨，局部暴雨", "出现一次强降雨过程，北部乡镇降了大暴雨", "普降大雨"]
PATROL = ["县水利局派出四个督查组分赴各乡镇", "各乡镇组织巡堤查险人员全天候值守"]
PATROL += ["县防指启动防汛四级应急响应", "水库管理单位加密了坝体巡查频次"]
NEXT = [
    "各乡镇要严格落实二十四小时值班和领导带班制度，确保信息报送及时准确",
    "各水库管理单位要严格执行汛限水位规定，不得擅自超汛限蓄水",
    "对山洪灾害危险区和地质灾害隐患点，要提前落实转移责任人和转移路线",
    "在建涉水工程要落实度汛措施，发现险情立即撤离施工人员和设备",
    "各行政村要及时通过广播和铜锣预警，确保预警信息传达到户到人",
]

# a listed company's investor Q&A pages (互动问答), UTF-8 HTML with BOM
FIRM = "岑湾新材料股份有限公司"
SHORT = "岑湾新材"
CODE = "688917"
PRODUCTS = ["高导热硅胶垫片", "锂电隔膜涂覆浆料", "光伏背板胶膜", "芳纶纸基材料"]
PRODUCTS += ["电子级环氧树脂", "柔性屏用光学胶"]
QASK = [
    "董秘您好，请问公司{p}目前的产能利用率大概是多少？下半年是否有扩产计划？",
    "请问公司{p}是否已经进入头部客户的供应链体系？相关认证进展如何？",
    "您好，公司{p}的原材料主要依赖进口吗？近期原材料涨价对毛利率影响大不大？",
    "请问截至本月底公司的股东人数是多少？谢谢董秘。",
    "董秘好，公司{p}的募投项目建设进度如何？预计什么时候可以投产？",
    "请问公司今年有没有回购股份或者大股东增持的打算？",
    "公司{p}与同行相比有哪些技术优势？研发投入占营收的比例是多少？",
    "请问公司在海外市场有布局吗？{p}的出口订单占比大概多少？",
    "董秘你好，公司{p}是否受到近期限电政策的影响？生产是否正常？",
]
AOPEN = ["您好，感谢您对公司的关注。", "尊敬的投资者您好，感谢您的提问。", "您好！"]
ABODY = [
    "公司{p}相关产线目前运行平稳，产能利用率保持在较高水平",
    "公司{p}已通过多家下游客户的验证，部分产品已实现小批量供货",
    "公司持续加大{p}的研发投入，相关核心技术均拥有自主知识产权",
    "公司{p}募投项目正按计划有序推进，主体厂房已完成封顶",
    "公司已与主要供应商建立长期合作关系，原材料供应总体稳定",
    "公司生产经营一切正常，{p}订单情况良好",
]
ACLOSE = [
    "具体经营数据请以公司在指定媒体披露的定期报告为准，谢谢您的关注。",
    "如有相关事项，公司将严格按照规定履行信息披露义务，敬请留意公司公告。",
    "股东人数请以公司定期报告披露的数据为准，感谢您对公司的支持。",
    "后续进展请关注公司在上海证券交易所网站披露的相关公告，谢谢。",
]
ASKERS = ["投资者z***8", "投资者Lu***n", "投资者5f2***", "投资者小***龟", "投资者q***0"]
ASKERS += ["投资者长期***人", "投资者a***6", "投资者木***林"]

# a county fire brigade's safety-tip compilations (消防安全提示), UTF-16 text
BRIGADE = "汀溆县消防救援大队"
DESKS = ["汀溆县消防救援大队防火监督科", "汀溆县消防救援大队宣传科", "溆口消防救援站"]
TIPS: dict[str, tuple[str, list[str], list[str]]] = {
    "电动自行车安全充电": (
        "电动自行车进楼入户、飞线充电是引发居民楼火灾的重要原因，夜间充电一旦起火，往往在住户熟睡时蔓延开来。",
        [
            "▶ 到小区集中充电场所充电，充电时间一般不要超过八个小时。",
            "▶ 选购带有强制性认证标志的电池和充电器，不私自改装电池。",
            "▶ 发现电池鼓包、异味或者充电器发烫，应立即停止使用并送修。",
        ],
        [
            "✖ 不要把电动自行车停放在楼道、安全出口和疏散通道内。",
            "✖ 不要从窗户、阳台私拉电线给车辆充电，更不要整夜充电。",
        ],
    ),
    "厨房用火用气": (
        "厨房是家庭火灾的多发部位，油锅起火和燃气泄漏是最常见的两类险情，做饭时人离开灶台往往酿成大祸。",
        [
            "▶ 烹饪时做到人走火关，炖煮食物时也要定时查看。",
            "▶ 定期用肥皂水检查燃气软管和接口，软管老化要及时更换。",
            "▶ 油锅起火时迅速盖上锅盖或者放入切好的蔬菜，再关闭燃气阀门。",
        ],
        [
            "✖ 油锅起火时不要用水浇，以免热油飞溅扩大火势。",
            "✖ 闻到燃气味时不要开关电器、不要拨打电话，应先开窗通风。",
        ],
    ),
    "高层住宅火灾逃生": (
        "高层住宅楼层多、人员密集，起火后烟气沿着管道井和楼梯间迅速上升，掌握正确的逃生方法十分重要。",
        [
            "▶ 平时熟悉所在楼层的疏散楼梯位置，保持常闭式防火门处于关闭状态。",
            "▶ 逃生时用湿毛巾捂住口鼻，弯腰低姿沿着墙边向楼下疏散。",
            "▶ 门把手烫手时不要开门，用湿毛巾塞住门缝，到窗口呼救等待救援。",
        ],
        [
            "✖ 发生火灾时不要乘坐普通电梯逃生。",
            "✖ 不要盲目跳楼，也不要返回屋内寻找贵重物品。",
        ],
    ),
    "夏季安全用电": (
        "夏季气温高、用电负荷大，空调和电风扇长时间运转，电线老化和插座超负荷极易引发电气火灾。",
        [
            "▶ 大功率电器使用专用插座，离家时切断空调等电器的电源。",
            "▶ 家中线路使用超过二十年的，应请专业电工检查更换。",
            "▶ 选用带有过载保护功能的插线板，并放置在通风干燥的地方。",
        ],
        [
            "✖ 不要在插线板上串接插线板，不要私拉乱接电线。",
            "✖ 不要用铜丝或者铁丝代替保险丝。",
        ],
    ),
    "冬季取暖防火": (
        "入冬以后取暖设备使用频繁，电暖器、小太阳和炭火盆使用不当，容易引燃被褥、衣物等可燃物。",
        [
            "▶ 取暖器与窗帘、沙发和床铺保持一米以上的距离。",
            "▶ 用炭火取暖时保持室内通风，谨防一氧化碳中毒。",
            "▶ 睡觉和外出前关闭电热毯和取暖器的电源。",
        ],
        [
            "✖ 不要在取暖器上烘烤衣物和鞋袜。",
            "✖ 不要让老人和儿童单独在房间里使用明火取暖。",
        ],
    ),
    "家用灭火器的使用": (
        "家中常备一具干粉灭火器，初起火灾往往就能被及时扑灭，但很多居民买回来以后从来没有检查过。",
        [
            "▶ 使用时先拔掉保险销，一手握住喷管，另一手用力压下压把。",
            "▶ 站在上风方向，对准火焰根部左右扫射，由近及远推进。",
            "▶ 每月查看一次压力表，指针处在绿色区域才表示压力正常。",
        ],
        [
            "✖ 不要把灭火器放在灶台旁边或者阳光直射的地方。",
            "✖ 灭火器过了有效期不要继续存放，应送到维修单位检测。",
        ],
    ),
    "楼道堆物隐患": (
        "楼道是发生火灾时居民逃生的生命通道，堆放的纸箱、旧家具一旦被引燃，浓烟会迅速封堵整栋楼。",
        [
            "▶ 及时清理楼道和楼梯间内的杂物，保持疏散通道畅通。",
            "▶ 发现消防通道被占用，可以拨打12345政务服务便民热线或者向物业反映。",
            "▶ 楼栋长和网格员每周对楼道开展一次巡查。",
        ],
        [
            "✖ 不要在楼道内存放易燃易爆物品。",
            "✖ 不要锁闭安全出口，不要在消防车通道停放车辆。",
        ],
    ),
    "野外用火安全": (
        "春秋两季天干物燥，上坟烧纸、烧田埂和野炊用火极易引发山林火灾，一旦蔓延很难扑救。",
        [
            "▶ 进入林区自觉遵守禁火规定，主动交出随身携带的火种。",
            "▶ 祭扫时提倡鲜花祭扫和植树祭扫等文明方式。",
            "▶ 发现山火及时拨打火警电话，说清起火地点和火势大小。",
        ],
        [
            "✖ 不要在林区吸烟、野炊或者燃放烟花爆竹。",
            "✖ 不要私自组织扑救大面积山火，要服从专业人员指挥。",
        ],
    ),
}
TNOTE = ["居民朋友们要提高警惕，把这些提示转告家中的老人和孩子，共同守护家庭平安。"]
TNOTE += ["以上提示请大家牢记于心，发现火灾隐患要及时整改，切莫心存侥幸。"]
TNOTE += ["据统计，去年全县因此类原因引发的火灾占居民火灾总数的三成以上，教训十分深刻。"]

# a provincial archive's transcribed old documents (民国档案), traditional letters, HTML
ARCHIVE = "岚江省档案馆"
# (simplified county for the catalogue, traditional county for the transcription)
COUNTIES = [("云渡县", "雲渡縣"), ("蘅溪县", "蘅溪縣"), ("澜津县", "瀾津縣"), ("白沙县", "白沙縣")]
MATTERS = [
    (
        "筹办冬赈请拨款项",
        "籌辦冬賑請撥款項",
        "本年入秋以來，雨水連綿，沿江田畝多被淹沒，災民流離失所",
    ),
    ("修筑江堤请予补助", "修築江堤請予補助", "本年春汛暴漲，江堤潰決數處，下游村莊迭遭水患"),
    ("设立民众学校", "設立民眾學校", "鄉間失學兒童為數甚眾，年長失學者亦多不識文字"),
    ("整顿城区卫生", "整頓城區衛生", "城區街道污穢不堪，時屆夏令，疫癘最易流行"),
    ("查禁私宰耕牛", "查禁私宰耕牛", "近查各鄉屠戶私宰耕牛者頗多，有礙農事"),
    ("修理县立医院房屋", "修理縣立醫院房屋", "縣立醫院房屋年久失修，每逢大雨屋漏牆傾"),
    ("举办秋季运动会", "舉辦秋季運動會", "為提倡體育，增進民眾健康起見"),
    ("清理积欠田赋", "清理積欠田賦", "各鄉歷年積欠田賦為數甚鉅，影響縣庫收支"),
]
ZONES = ["第一區", "第二區", "第三區", "第四區", "第五區"]
HEADS = ["林守謙", "周秉鈞", "葉景澄", "馬紹賢", "羅慎之", "鄧雲階"]
SUPER = ["嵐江省政府主席", "嵐江省民政廳廳長", "嵐江省建設廳廳長", "嵐江省教育廳廳長"]
DONE = [
    "經派員前往實地查勘，所稱各節均屬實情",
    "當即召集地方士紳開會商議，僉以此事刻不容緩",
    "復經本府詳加審核，所需經費約計銀元{n}百元",
    "除分令各區區長切實遵辦外，並擬具辦法{n}條",
]
PLEA = [
    "理合備文呈請鈞府鑒核，俯賜撥款，以資救濟",
    "理合將辦理情形具文呈報，仰祈鑒核備案",
    "是否有當，理合呈請鈞府核示祇遵",
]


class GenV(GenO):
    """Text makers for the ``v`` families (deterministic from the seed)."""

    # -- the flood bulletin
    def bulletin(self) -> tuple[Art, list[list[str]]]:
        """A bulletin: the opening, ``一、雨情`` … ``四、下一步工作`` with paragraphs, a rain
        table (caption, head row, four rows), and the ``报：`` / ``送：`` / ``发：`` lines.
        Returns the article and the table rows (already inside its lines)."""
        r = self.r
        y, m, d = r.randint(2016, 2024), r.randint(5, 9), r.randint(2, 28)
        st = r.sample(STATIONS, 5)
        res = r.choice(RESERVOIRS)
        rain = [r.randint(300, 1600) for _ in st]
        rows = [
            [s, f"{x / 10:.1f}", f"{r.randint(x // 8, x // 3) / 10:.1f}"]
            for s, x in zip(st, rain, strict=True)
        ]
        rows.sort(key=lambda x: -float(x[1]))
        rows = rows[:4]
        hh = r.randint(1, 22)
        lines = [
            f"{m}月{d - 1}日8时至{d}日8时，{r.choice(CAUSE)}，我县{r.choice(RAINS)}。现将有关汛情通报如下：",  # noqa: E501
            "一、雨情",
            f"全县平均降雨量{r.randint(300, 900) / 10:.1f}毫米，最大点雨量出现在{rows[0][0]}站，为{rows[0][1]}毫米，最大小时雨强出现在{rows[1][0]}站，发生在{d}日{hh}时至{hh + 1}时。",  # noqa: E501
            "表1　主要雨量站降雨统计（单位：毫米）",
            "站名　累计雨量　最大1小时雨量",
            *("　".join(x) for x in rows),
            "二、水情",
            f"{RIVER}{st[2]}水文站{d}日{r.randint(5, 20)}时水位{r.randint(8800, 9400) / 100:.2f}米，超警戒水位{r.randint(5, 140) / 100:.2f}米，洪峰流量{r.randint(900, 3200)}立方米每秒，目前水位呈缓慢回落态势。",  # noqa: E501
            f"{res}{d}日8时库水位{r.randint(1500, 2300) / 10:.1f}米，低于汛限水位{r.randint(2, 30) / 10:.1f}米，蓄水量{r.randint(300, 5000)}万立方米，水库运行正常。",  # noqa: E501
            "三、工情险情",
            f"截至{d}日8时，{r.choice(PATROL)}，全县共巡查堤防{r.randint(40, 180)}公里、山塘{r.randint(60, 400)}座，发现一般险情{r.randint(2, 9)}处，均已按预案完成处置，未造成人员伤亡。",  # noqa: E501
            "四、下一步工作",
            f"据县气象台预报，未来三天我县仍有一次较强降雨过程，{r.choice(NEXT)}。",
            f"同时，{r.choice(NEXT)}，确保全县安全度汛。",
            "报：县委办公室、县政府办公室、市防汛抗旱指挥部办公室",
            "送：县防汛抗旱指挥部各成员单位",
            "发：各乡镇人民政府、县直有关单位",
        ]
        title = f"关于{m}月{d - 1}日至{d}日强降雨过程的汛情通报"
        meta = {"published": iso(y, m, d), "issuer": OFFICE}
        return Art(title, lines, list(lines), meta), rows

    # -- the investor Q&A
    def qa(self, ask: str, *, long: bool) -> Art:
        """One question (the title, ends ``？``) and its answer paragraph(s)."""
        r = self.r
        y, m, d = self.date()
        p = r.choice(PRODUCTS)
        q = ask.format(p=p)
        body = r.sample(ABODY, 2)
        lines = [
            f"{r.choice(AOPEN)}{body[0].format(p=p)}，{body[1].format(p=p)}。{r.choice(ACLOSE)}"
        ]
        if long:
            lines.append(
                f"公司将继续围绕{p}等主营产品深耕细作，不断提升核心竞争力，努力以良好的经营业绩回报广大投资者。"
            )
        return Art(q, [q, *lines], [q, *lines], {"published": iso(y, m, d)})

    # -- the safety tip
    def tip(self, name: str, *, long: bool) -> Art:
        """A tip: the intro paragraph, ``这些事情要做到：`` with ``▶`` items, ``这些行为要
        杜绝：`` with ``✖`` items (and, if ``long``, a closing paragraph)."""
        r = self.r
        y, m, d = self.date()
        intro, do, dont = TIPS[name]
        lines = [intro, "这些事情要做到：", *(do if long else do[:2]), "这些行为要杜绝：", *dont]
        if long:
            lines.append(r.choice(TNOTE))
        return Art(name, lines, list(lines), {"published": iso(y, m, d)})

    # -- the archive document
    def record(self, j: int) -> tuple[Art, str, str]:
        """A transcribed report of the 1930s: the ``事由：`` line, the body paragraphs,
        ``謹呈``, the addressee, the signer and the ROC date.  Returns the article (its
        title the catalogue title in simplified letters), the county's catalogue name and
        the date as ``1936-11-03``."""
        r = self.r
        cs, ct = COUNTIES[j % 4]
        ms, mt, why = MATTERS[j]
        y, m, d = r.randint(1928, 1947), r.randint(1, 12), r.randint(1, 28)
        zone = r.choice(ZONES)
        done = r.sample(DONE, 2)
        n = r.randint(2, 9)
        lines = [
            f"事由：為{mt}由",
            f"案據本縣{zone}區長呈稱：{why}，亟應設法辦理等情。據此，查所稱各節，關係地方至鉅，未便延緩。",
            f"{done[0].format(n=cn_small(n))}；{done[1].format(n=cn_small(n + 1))}。{r.choice(PLEA)}。",  # noqa: E501
            "謹呈",
            r.choice(SUPER),
            f"{ct}縣長　{r.choice(HEADS)}",
            f"中華民國{cn_small(y - 1911)}年{cn_small(m)}月{cn_small(d)}日",
        ]
        title = f"{cs}政府关于{ms}的呈文"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)}), cs, iso(y, m, d)
