"""Words and text makers of :mod:`tests.families.blind_families_yr` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``yr`` families repeats one of the earlier
families.  The museum's words are in GBK (its pages are GBK-encoded), the street office's
in GB18030; airlines, carmakers, museums and places are invented.
"""

from __future__ import annotations

import datetime

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- an airport's flight change notices (岑湾国际机场), HTML -----------------------------------
HB_AIRPORT = "岑湾国际机场"
HB_CITY = "岑湾"
HB_UNITS = ["岑湾机场运行指挥中心", "岑湾机场旅客服务部", "岑湾机场航班信息中心"]
# (airline, two-letter code, hotline)
HB_AIRLINES = [
    ("澜海航空", "LH", "95066"),
    ("北辰航空", "BQ", "95077"),
    ("岑湾航空", "CW", "95088"),
    ("东屿航空", "DY", "95099"),
]
HB_PORTS = ["广州白云", "上海虹桥", "成都天府", "北京大兴", "西安咸阳", "昆明长水", "杭州萧山"]
HB_PORTS += ["重庆江北", "厦门高崎", "长沙黄花"]
# (title stem, cause sentence, what is done, the months it happens in)
HB_CAUSES = [
    (
        "受台风影响部分航班取消",
        "受今年第{n}号台风“{name}”影响，预计岑湾地区将出现大风和强降雨天气",
        "部分进出港航班将作取消处理",
        (7, 8, 9),
    ),
    (
        "跑道道面维护期间航班时刻调整",
        "因二号跑道道面例行维护施工，跑道容量临时下降",
        "部分航班的起降时刻将作前移或后延调整",
        (3, 4, 5, 9, 10, 11),
    ),
    (
        "受大雾天气影响航班延误",
        "受辐射雾天气影响，机场能见度持续低于起降标准",
        "清晨时段部分航班将出现较长时间延误",
        (11, 12, 1, 2),
    ),
    (
        "航路流量控制导致航班延误",
        "受华东地区雷雨天气影响，相关航路实施流量控制",
        "部分前往华东方向的航班将延误起飞",
        (5, 6, 7, 8),
    ),
    (
        "起冬春航季部分航线暂停执行",
        "根据各航空公司冬春航季航班计划安排",
        "起部分航线将暂停执行至航季结束",
        (10,),
    ),
    (
        "暴雪天气期间除冰作业航班顺延",
        "受强冷空气影响，岑湾地区出现降雪和道面结冰",
        "离港航班须逐架除冰后起飞，出港时间将普遍顺延",
        (12, 1, 2),
    ),
    (
        "受强对流天气影响部分航班备降",
        "受强对流天气影响，机场上空出现雷暴和短时强降水",
        "部分进港航班已备降周边机场，后续将视天气情况返航",
        (5, 6, 7, 8),
    ),
    (
        "国际航班候机楼调整期间航班变更",
        "因国际候机楼改造工程进入收尾阶段，部分登机口暂停使用",
        "部分国际及地区航班将调整至国内候机楼保障",
        (3, 4, 5, 6, 9, 10),
    ),
]
HB_TYPHOONS = ["海棠", "白鸥", "木兰", "玉兔", "青鸾", "云雀"]
HB_OUT = ["已取消", "延误至{t}", "调整为{t}起飞", "改由{p}经停"]
HB_IN = ["已取消", "延误至{t}", "已备降{p}", "调整为{t}到达"]
HB_WAYS = [
    "“岑湾机场”微信公众号",
    "机场官方网站“航班查询”栏目",
    "航站楼内航班信息显示屏",
]

# -- a street office's garbage-sorting red/black list (青漪街道), print view, GB18030 -----------
HH_OFFICE = "青漪街道办事处"
HH_STREET = "青漪街道"
HH_DEPT = "街道城市管理办公室"
# (community, a red-list title tail, a black-list title tail)
HH_PLACES = [
    ("翠湖社区", "桶边督导全天不断岗，居民投放准确率稳居第一", "桶边无人督导，混投现象反弹"),
    ("松岗社区", "楼道积分兑换调动居民参与，厨余纯净度明显提升", "投放点脏乱，厨余桶满溢无人清运"),
    ("梧桐里小区", "撤桶并点后夜间投放秩序井然", "撤桶并点后偷投乱扔问题突出"),
    ("南塘新村", "老年志愿者“一对一”入户指导见实效", "大件垃圾长期堆放在消防通道"),
    ("锦绣花园", "物业与业委会联合巡查，整改闭环做得扎实", "其他垃圾桶内混入大量可回收物"),
    ("青漪菜市场", "摊位湿垃圾日产日清，称重台账完整", "湿垃圾未破袋投放，台账记录缺失"),
    ("柳荫路沿街商铺", "商户签约定时收运，门前三包落实到位", "商户将垃圾倒入居民小区投放点"),
    ("滨河花苑", "智能投放亭上线，居民扫码投放率过半", "智能投放亭长期故障无人报修"),
    ("街道机关大院", "机关干部带头分类，示范作用明显", "食堂餐厨垃圾与其他垃圾混装"),
]
HH_SEEN = [
    "督导组于早高峰时段暗访发现",
    "督导组连续两次随机抽查发现",
    "督导组对照检查细则逐项打分时发现",
]
HH_GOOD = [
    "投放点四分类桶齐全、标识清晰，桶身干净无异味",
    "督导员能主动提醒居民破袋投放，并耐心讲解分类要求",
    "厨余垃圾中基本未发现塑料袋、餐盒等杂质",
    "可回收物交投点按时开放，居民交投踊跃",
]
HH_BAD = [
    "投放点周边散落垃圾袋十余个，地面有明显污渍",
    "厨余垃圾桶内混有大量塑料袋和一次性餐盒",
    "投放点标识破损褪色，部分桶盖缺失",
    "督导员未按时到岗，居民随意投放无人劝阻",
]
HH_WAY = [
    "社区建立了“楼长+网格员+志愿者”三级督导机制",
    "物业公司将分类质量纳入保洁人员月度考核",
    "社区每月评选“分类示范户”并在宣传栏公示",
    "小区在投放点加装了照明和洗手设施，方便居民夜间投放",
]
HH_FIX = [
    "增派督导人员，固定早晚高峰两个时段桶边值守",
    "对投放点进行全面清洗消杀，更换破损标识和桶盖",
    "约谈物业服务企业负责人，督促其落实分拣责任",
    "在楼道张贴分类指引，对混投严重的楼栋逐户上门宣传",
]
HH_CHECKERS = ["姚立新", "詹晓玲", "柯俊杰", "宗雅琴", "毕永红", "符晨曦"]

# -- a provincial museum's monthly exhibition previews (岷汀博物院), HTML, GBK ------------------
ZL_MUSEUM = "岷汀博物院"
# (title, English title, kind, hall, organiser, what is shown, theme)
ZL_SHOWS = [
    (
        "山海有灵——岷汀流域出土青铜器特展",
        "Spirits of Mountains and Rivers: Bronzes from the Minting Valley",
        "特展",
        "二号楼三层临展厅",
        "青铜礼器、兵器和车马器",
        "早期先民的祭祀与生活",
    ),
    (
        "纸上春秋——馆藏明清尺牍精品展",
        "Spring and Autumn on Paper: Ming and Qing Letters",
        "馆藏精品展",
        "一号楼二层书画厅",
        "文人往来尺牍、诗笺和信封",
        "古人书信里的交游与日常",
    ),
    (
        "窑火千年——南方青瓷的源流",
        "A Thousand Years of Kiln Fire: Celadon of the South",
        "专题展",
        "一号楼一层陶瓷厅",
        "各地窑址出土的青瓷标本和完整器",
        "青瓷从原始瓷到成熟瓷的演变",
    ),
    (
        "织造锦绣——近代丝绸纹样展",
        "Woven Splendour: Silk Patterns of Modern Times",
        "合作展",
        "二号楼二层专题厅",
        "近代丝绸面料、样本册和提花纹版",
        "纺织工艺与城市时尚的变迁",
    ),
    (
        "方寸之间——历代玺印与篆刻艺术",
        "Within an Inch: Seals and Seal Carving Through the Ages",
        "馆藏精品展",
        "一号楼三层珍宝厅",
        "官印、私印、封泥和篆刻名家印谱",
        "印章在政治和文人生活中的用途",
    ),
    (
        "远方来客——海上丝路贸易文物展",
        "Guests from Afar: Treasures of the Maritime Silk Road",
        "引进展",
        "二号楼一层大展厅",
        "外销瓷、香料容器和异域金银器",
        "港口城市与远洋贸易的往来",
    ),
    (
        "童趣百年——老玩具里的城市记忆",
        "A Century of Play: Toys and City Memories",
        "社会教育展",
        "三号楼一层儿童展厅",
        "铁皮玩具、连环画和手工布偶",
        "几代人童年生活的变化",
    ),
    (
        "大地的年轮——岷汀古生物化石展",
        "Rings of the Earth: Fossils of Minting",
        "自然专题展",
        "三号楼二层自然厅",
        "恐龙骨骼、古植物和鱼类化石",
        "亿万年来本地的地质与生命演化",
    ),
]
ZL_PARTNERS = ["岷汀省文物考古研究所", "澄江丝绸博物馆", "东屿市博物馆", "岷汀大学历史学院"]
ZL_HOW = [
    "展览分为三个单元",
    "展览以时间为线索分为四个部分",
    "展览按器物类别设置三个展区",
]
ZL_PICK = [
    "其中多件展品为首次公开展出",
    "展厅特别设置了可触摸的复制品互动区",
    "展览还配套推出了专家导览和亲子工作坊",
    "部分展品借自省内外多家收藏单位",
]
ZL_CURATORS = ["邵明轩", "阮清禾", "钱雨桐", "易博文", "甘若宁", "郁嘉树"]

# -- a provincial market regulator's car recall notices (澄州省), print view ------------------
ZH_BUREAU = "澄州省市场监督管理局"
ZH_ORIGINS = ["省局质量发展处", "省局缺陷产品管理办公室", "省局产品质量安全监督管理处"]
# (company, brand and model, category, defect, what may happen, what is done)
ZH_CARS = [
    (
        "岑海汽车有限公司",
        "澜途X7汽车",
        "乘用车",
        "前排安全带卷收器锁止机构零件尺寸超差",
        "在车辆急刹或碰撞时安全带可能无法有效锁止，增加乘员受伤风险",
        "免费更换改进后的安全带卷收器总成",
    ),
    (
        "北辰汽车股份有限公司",
        "北辰星越插电式混合动力汽车",
        "新能源汽车",
        "动力电池包内部个别电芯一致性不良",
        "极端情况下可能引起电池热失控，甚至导致车辆起火",
        "免费检测电池包，对不符合要求的电池模组予以更换",
    ),
    (
        "东岚汽车工业有限公司",
        "东岚锐途轻型载货汽车",
        "商用车",
        "制动软管与转向拉杆间隙不足，长期使用会发生磨损",
        "严重时制动液泄漏，导致制动性能下降",
        "免费调整制动软管走向并加装防护套管",
    ),
    (
        "汀江客车有限公司",
        "汀江牌城市客车",
        "商用车",
        "乘客门应急开关线束固定不牢",
        "应急状态下乘客门可能无法手动开启，影响乘客疏散",
        "免费重新固定应急开关线束并加装卡扣",
    ),
    (
        "岷州摩托车制造有限公司",
        "岷风250两轮摩托车",
        "摩托车",
        "前制动主缸活塞密封圈材料耐温性能不足",
        "高温环境下可能出现制动行程变长，增加事故风险",
        "免费更换前制动主缸总成",
    ),
    (
        "澄远新能源汽车有限公司",
        "澄远小满纯电动汽车",
        "新能源汽车",
        "整车控制器软件对高压互锁信号判断逻辑存在缺陷",
        "行驶中可能误报故障并限制动力输出，增加追尾风险",
        "免费升级整车控制器软件",
    ),
    (
        "云岭汽车股份有限公司",
        "云岭途锐多用途汽车",
        "乘用车",
        "副驾驶座椅安全气囊传感器线束插接器端子压接不良",
        "碰撞时副驾驶安全气囊可能无法正常展开",
        "免费检查并更换线束插接器",
    ),
    (
        "苍岭重型汽车有限公司",
        "苍岭牌重型半挂牵引车",
        "商用车",
        "转向器输出轴花键热处理硬度不足",
        "长期受力后花键可能磨损失效，导致转向失灵",
        "免费更换改进后的转向器总成",
    ),
]
ZH_NOTIFY = [
    "将通过挂号信、电话或短信等方式通知有关车主",
    "将委托授权经销商逐一联系召回范围内的车主",
]


class GenYR(GenO):
    """Text makers for the ``yr`` families (deterministic from the seed)."""

    # -- flight change notice
    def flights(self, i: int, y: int, m: int, d: int) -> Art:
        """A flight notice: the salutation, the cause, the ``如下：`` lead-in, one line per
        flight, the refund paragraph, the inquiry paragraph, the airlines' hotlines and
        the apology (one article; the day affected is one or two days after posting)."""
        r = self.r
        stem, cause, what, _months = HB_CAUSES[i]
        self.n += 1
        day = datetime.date(y, m, d) + datetime.timedelta(days=r.randint(1, 2))
        cause = cause.format(n=r.randint(3, 19), name=r.choice(HB_TYPHOONS))
        lines = ["尊敬的旅客："]
        lines.append(
            f"{cause}。为保障飞行安全和旅客出行，经与各航空公司和空管部门协商，"
            f"{HB_AIRPORT}{day.month}月{day.day}日{what}。"
        )
        lines.append(
            f"截至{r.randint(6, 21):02d}:{r.choice(['00', '15', '30', '45'])}，"
            "已确认受影响的航班如下："
        )
        airlines = r.sample(HB_AIRLINES, 3)
        for _ in range(r.randint(4, 6)):
            air = r.choice(airlines)
            port = r.choice(HB_PORTS)
            out = r.random() < 0.5
            route = f"{HB_CITY}—{port}" if out else f"{port}—{HB_CITY}"
            hh = r.randint(6, 20)
            t = f"{hh:02d}:{r.choice(['05', '20', '35', '50'])}"
            t2 = f"{hh + r.randint(1, 3):02d}:{r.choice(['10', '25', '40', '55'])}"
            p = r.choice([x for x in HB_PORTS if x != port])
            state = r.choice(HB_OUT if out else HB_IN).format(t=t2, p=p)
            lines.append(
                f"{air[1]}{r.randint(1001, 8999)}　{route}　"
                f"计划{'起飞' if out else '到达'} {t}　{state}"
            )
        lines.append(
            "已购买上述航班客票的旅客，可联系所购客票的航空公司或售票代理办理免费退票或改签"
            f"手续，具体以航空公司规定为准，{HB_AIRPORT}将在航站楼内为滞留旅客提供饮水和休息区域。"
        )
        lines.append(
            f"请旅客出行前通过{r.choice(HB_WAYS)}或拨打机场问询电话查询最新航班动态，"
            "预留充足的出行时间，避免往返奔波。"
        )
        lines.append("航空公司服务电话：" + "　".join(f"{a[0]}{a[2]}" for a in airlines))
        lines.append("由此给您出行带来的不便，我们深表歉意，感谢您的理解与支持！")
        title = f"关于{day.month}月{day.day}日{stem}的公告"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- red/black list entry
    def tally(self, place: tuple[str, str, str], red: bool, checker: str) -> Art:
        """One list entry: the check, what was good or bad, the practice or the order."""
        r = self.r
        name, good, bad = place
        self.n += 1
        bags = r.randint(12, 30)
        if red:
            lines = [
                f"检查情况：{r.choice(HH_SEEN)}，{name}{'，'.join(r.sample(HH_GOOD, 2))}，"
                f"抽查的{bags}袋厨余垃圾中合格{bags - r.randint(0, 2)}袋。",
                f"经验做法：{'，'.join(r.sample(HH_WAY, 2))}，"
                "分类工作从“要我分”逐步转变为“我要分”。",
            ]
        else:
            bad3 = r.sample(HH_BAD, 3)
            lines = [
                f"检查情况：{r.choice(HH_SEEN)}，{name}{'，'.join(bad3[:2])}，"
                f"抽查的{bags}袋厨余垃圾中合格仅{r.randint(2, 6)}袋。",
                f"存在问题：分类责任人对督导工作重视不够，{bad3[2]}，"
                "与上月检查时指出的问题相比没有明显改观。",
                f"整改要求：限{cn_small(r.randint(5, 15))}个工作日内完成整改，{r.choice(HH_FIX)}，"
                "街道将组织复查，复查仍不合格的将在下期继续通报。",
            ]
        title = f"{name}：{good if red else bad}"
        return Art(title, lines, list(lines), {"author": checker})

    # -- exhibition preview
    def exhibit(self, show: tuple[str, ...], curator: str, opens: datetime.date) -> Art:
        """One preview: the English title, the introduction, the highlights and the
        visiting paragraph (one article with the Chinese title)."""
        r = self.r
        title, en, _kind, hall, things, theme = show
        self.n += 1
        lines = [
            en,
            f"{ZL_MUSEUM}将于{opens.month}月{opens.day}日起在{hall}推出“{title}”。"
            f"{r.choice(ZL_HOW)}，遴选{things}等展品{r.randint(80, 260)}件（套），"
            f"带领观众走近{theme}。",
            f"展品亮点：{'，'.join(r.sample(ZL_PICK, 2))}，"
            f"观众可在展厅扫码收听全部{r.randint(20, 60)}件重点展品的语音讲解。",
            f"参观信息：展览免费开放，观众须提前{r.randint(1, 7)}天实名预约，"
            "开幕当天上午十时举行开幕式，当日展厅下午开放。",
        ]
        return Art(title, lines, list(lines), {"author": curator})

    # -- car recall
    def recall(self, i: int, start: datetime.date, count: int) -> Art:
        """A car recall: who recalls what from when, the defect, the remedy, the notice
        to owners and the ``召回概要`` label lines (one article)."""
        r = self.r
        company, model, _cat, defect, harm, fix = ZH_CARS[i]
        self.n += 1
        a = datetime.date(start.year - 2, r.randint(1, 12), r.randint(1, 28))
        b = datetime.date(start.year - 1, r.randint(1, 12), r.randint(1, 28))
        span = f"{a.year}年{a.month}月{a.day}日至{b.year}年{b.month}月{b.day}日"
        hot = f"400-{r.randint(600, 899)}-{r.randint(1000, 9999)}"
        lines = [
            f"{company}根据《缺陷汽车产品召回管理条例》的要求，已向主管部门备案召回计划，"
            f"决定自{start.year}年{start.month}月{start.day}日起，召回生产日期为{span}的"
            f"部分{model}，共计{count}辆。",
            f"本次召回范围内的部分车辆，由于{defect}，{harm}，存在安全隐患。",
            f"{company}将通过授权服务网点，为召回范围内的车辆{fix}，以消除安全隐患。",
            f"{company}{r.choice(ZH_NOTIFY)}。车主可拨打该公司客服热线{hot}咨询召回事宜，"
            "也可登录缺陷产品召回信息平台查询本车是否在召回范围内。",
            "召回概要",
            f"召回车型：{model}",
            f"生产日期：{span}",
            f"召回数量：{count}辆",
            f"缺陷描述：{defect}。",
            f"维修措施：{fix}。",
        ]
        return Art(f"{company}召回部分{model}", lines, list(lines))
