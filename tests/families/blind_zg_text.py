"""Words and text makers of :mod:`tests.families.blind_families_zg` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zg`` families repeats one of the earlier
families.  The school letters' words are in GB18030 (their pages are GB18030-encoded) and
the press releases' words are traditional letters found in Big5-HKSCS and in plain Big5
(no ``〇``).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_small, iso
from tests.families.blind_o_text import GenO

# -- a primary school's archive of letters to parents (栎川市实验小学), plain text --------
SCHOOL = "栎川市实验小学"
# (title, office)
LETTERS = [
    ("关于新学期报到及入校安排的告家长书", "教务处"),
    ("季节性传染病预防致家长的一封信", "卫生室"),
    ("小长假学生安全温馨提醒", "德育处"),
    ("关于开展课后延时服务的告知书", "教务处"),
    ("请协助做好孩子近视防控的倡议", "卫生室"),
    ("校园运动会期间家长入校须知", "体育组"),
    ("关于假期作业安排致家长的一封信", "德育处"),
    ("关于期末学业评价安排的说明", "教务处"),
    ("关于规范学生带手机入校的告知书", "德育处"),
    ("上下学交通安全致家长书", "安全办"),
]
LT_WHY = [
    "为了让孩子们尽快适应新的学习节奏",
    "为了保障每一名学生的身体健康",
    "为了让孩子度过一个平安愉快的假期",
    "为了进一步减轻家长接送孩子的负担",
    "为了营造安全有序的校园环境",
]
LT_ASK = [
    "请您每天提醒孩子按时作息、规律饮食",
    "请您配合班主任及时填写相关信息",
    "请您在家中与孩子一起约定使用电子产品的时间",
    "请您接送孩子时不要在校门口长时间停车",
    "请您留意孩子的身体状况并如实告知班主任",
]
LT_END = [
    "让我们携手为孩子的成长保驾护航",
    "学校将根据实际情况及时调整安排",
    "家校同心才能让孩子走得更稳更远",
    "感谢您对学校工作的理解与支持",
]
LT_ITEM = [
    "学生须在早上七点四十分前到校，迟到须由家长陪同到门卫处登记",
    "如孩子出现发热、咳嗽等症状，请暂缓到校并及时就医",
    "严禁学生私自到河边、水库等危险水域游泳或玩耍",
    "放学时请在指定的接送区域等候，不要进入教学区",
    "每天保证孩子有一小时以上的户外活动时间",
    "请不要让孩子携带贵重物品和与学习无关的物品入校",
]

# -- a second-hand classified site (栖港同城), HTML ------------------------------------
SITE_ES = "栖港同城"
# (title, category trail, price, original price or 0)
GOODS_ES = [
    ("九成新儿童自行车 孩子长高了低价转让", "母婴用品 > 童车", 180, 460),
    ("搬家急出 实木书桌带三个抽屉", "家具 > 桌椅", 150, 699),
    ("闲置微单相机套机 快门数不到三千", "数码 > 相机", 2300, 4599),
    ("考研资料全套出 笔记整理得很完整", "图书 > 教辅", 60, 0),
    ("全新未拆封电饭煲 年会抽奖所得", "家电 > 厨房电器", 220, 399),
    ("立式钢琴 九成新 可预约上门试琴", "乐器 > 钢琴", 5800, 12000),
    ("宝宝安全座椅 零到四岁可用", "母婴用品 > 出行", 260, 899),
    ("公路自行车 碳纤维车架 只限自提", "运动户外 > 骑行", 3200, 7800),
]
SELLERS = ["木棉花开", "老周的杂货铺", "晴天小铃", "阿泽不在家", "梧桐巷七号", "一只鹿"]
AREAS = ["澄岸区 · 江滨花园", "栖湖区 · 学府小区", "港北新区 · 翠微苑", "澄岸区 · 南门菜场附近"]
ES_WHY = [
    "因为下个月要搬去外地工作，带不走的东西只能处理掉",
    "家里孩子长大了，这些用了不到两年的东西一直闲着占地方",
    "买回来以后用得很少，放在柜子里实在可惜",
    "换了新款以后旧的就一直放着，想让它发挥点余热",
]
ES_STATE = [
    "整体成色很新，只有边角处有一点轻微的使用痕迹",
    "功能全部正常，没有摔过也没有拆修过",
    "一直放在室内保管，没有受潮也没有暴晒",
    "外观干净，配件齐全，说明书和包装盒都还在",
]
ES_TERM = [
    "价格已经很实在了，诚心要的可以小刀，砍价太狠的就不回复了",
    "只接受同城当面交易，验货满意再付款，不邮寄",
    "周末全天都可以看货，工作日晚上七点以后方便",
    "先到先得，谁先来看货谁先拿走，不接受预订",
]

# -- a special administrative region's press releases (澄灣特區政府), traditional ------
GOV = "澄灣特別行政區政府"
# (title, department)
RELEASES = [
    ("運輸署公布渡輪航線服務調整安排", "運輸署"),
    ("衛生防護中心提醒市民注意季節性流感", "衛生防護中心"),
    ("房屋署公布公屋申請最新輪候數字", "房屋署"),
    ("環境保護署推出廢舊電器回收新措施", "環境保護署"),
    ("消防處呼籲市民注意家居用電安全", "消防處"),
    ("康樂及文化事務署舉辦社區藝術節", "康樂及文化事務署"),
    ("勞工處提醒僱主注意酷熱天氣下的工作安排", "勞工處"),
    ("水務署公布東區水管更換工程進度", "水務署"),
]
PR_DID = [
    "相關安排已經諮詢區議會及持份者的意見",
    "新措施將分階段在各區推行",
    "有關工作預計於年內完成",
    "部門會繼續密切留意最新情況",
]
PR_WHY = [
    "以進一步提升公共服務的質素和效率",
    "以回應社會各界對改善民生的訴求",
    "以確保市民的生命財產安全",
    "以推動社區的可持續發展",
]
PR_ASK = [
    "市民如有任何疑問，可於辦公時間致電部門查詢熱線",
    "市民亦可瀏覽部門網頁，了解最新的服務資訊",
    "部門呼籲市民提高警覺，切勿掉以輕心",
    "部門感謝市民一直以來的配合和支持",
]
PR_QUOTE = [
    "我們會與各相關部門緊密合作，確保各項安排順利推行",
    "政府一直高度重視這方面的工作，並會投放足夠資源",
    "我們歡迎市民提出意見，共同改善社區環境",
]
WEEK_TC = "一二三四五六日"
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_EN = "January February March April May June July August September October November December"

# -- a community health centre's notice board as an Atom feed export, plain text --------
CENTER = "岚溪街道社区卫生服务中心"
FEED_HOST = "lanxi-chc.example.org.cn"
# (title, author section, category)
NOTICES = [
    ("节假日门诊时间安排", "中心办公室", "门诊通知"),
    ("六十五岁以上老年人免费体检开始预约", "公共卫生科", "健康服务"),
    ("儿童疫苗接种门诊时间调整", "预防保健科", "预防接种"),
    ("家庭医生签约服务走进居民小区", "全科医疗科", "家庭医生"),
    ("中医科专家周末义诊", "中医科", "义诊活动"),
    ("门诊楼电梯检修期间就诊提示", "中心办公室", "门诊通知"),
    ("高血压患者健康讲座报名", "健康教育科", "健康讲座"),
    ("口腔科暂停接诊通知", "口腔科", "停诊信息"),
    ("流感疫苗到苗通知", "预防保健科", "预防接种"),
    ("慢性病长期处方服务说明", "全科医疗科", "健康服务"),
]
CL_WHY = [
    "为方便辖区居民就近就医，减少排队等候时间",
    "根据上级卫生健康部门的统一部署",
    "为进一步做好辖区居民的健康管理工作",
    "结合近期门诊就诊人数的变化情况",
]
CL_DO = [
    "请需要就诊的居民提前通过公众号预约挂号",
    "请居民携带身份证和医保卡到一楼服务台登记",
    "请有需要的居民合理安排时间，错峰前来",
    "请行动不便的老人由家属陪同前来",
]
CL_ITEM = [
    "就诊时请全程佩戴口罩，并配合测量体温",
    "预约成功后请按短信提示的时间段到达",
    "如需取消预约，请至少提前一天告知",
    "急症患者请直接前往就近医院急诊科",
    "儿童接种须由监护人陪同并携带接种证",
]


class GenZG(GenO):
    """Text makers for the ``zg`` families (deterministic from the seed)."""

    # -- school letter
    def letter(self, j: int) -> Art:
        """A letter to parents: salutation, two paragraphs, three ``N.`` items, the
        closing, the office and the date.  Meta: published, issuer."""
        r = self.r
        title, office = LETTERS[j]
        y, m, d = self.date()
        lines = ["亲爱的家长朋友："]
        for _ in range(2):
            self.n += 1
            lines.append(
                f"{r.choice(LT_WHY)}，{r.choice(LT_ASK)}，本学期全校共有{300 + self.n * 17}名学生"
                f"参与，{r.choice(LT_END)}。{r.choice(LT_ASK)}，{r.choice(LT_END)}。"
            )
        lines += [f"{k}.{x}。" for k, x in enumerate(r.sample(LT_ITEM, 3), start=1)]
        lines += ["祝您工作顺利，阖家幸福！", f"{SCHOOL}{office}", f"{y}年{m}月{d}日"]
        meta = {"published": iso(y, m, d), "issuer": f"{SCHOOL}{office}"}
        return Art(title, lines, list(lines), meta)

    # -- classified listing
    def listing(self, j: int) -> Art:
        """A listing's description: why, condition, what comes with it, the terms.
        Meta: published, author (the seller)."""
        r = self.r
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{r.choice(ES_WHY)}，所以挂出来转让，{r.choice(ES_STATE)}。",
            f"买来的时候花了不少钱，前后一共用了大约{self.n + 3}个月，{r.choice(ES_STATE)}。",
            f"{r.choice(ES_TERM)}。",
        ]
        meta = {"published": iso(y, m, d), "author": r.choice(SELLERS)}
        return Art(GOODS_ES[j][0], lines, list(lines), meta)

    # -- press release
    def release(self, j: int) -> Art:
        """A press release: what was announced today, a quoted spokesman, the why, an
        ask.  Meta: published."""
        r = self.r
        title, dept = RELEASES[j]
        y, m, d = self.date()
        self.n += 1
        lines = [
            f"{dept}今日（{cn_small(m)}月{cn_small(d)}日）公布，{r.choice(PR_DID)}，"
            f"{r.choice(PR_WHY)}，首階段涉及約{self.n * 40 + 160}個服務點。",
            f"{dept}發言人表示：「{r.choice(PR_QUOTE)}。」",
            f"{r.choice(PR_DID)}，{r.choice(PR_WHY)}。{r.choice(PR_ASK)}。",
            f"{r.choice(PR_ASK)}，查詢熱線為{2800 + self.n} {3000 + self.n * 7}。",
        ]
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- clinic notice
    def clinic(self, j: int) -> Art:
        """A health centre notice: salutation, why and what, three ``（N）`` items, the
        centre and the date.  Meta: published, author (the feed's author section)."""
        r = self.r
        title, section, _ = NOTICES[j]
        y, m, d = self.date()
        self.n += 1
        lines = [
            "各位居民朋友：",
            f"{r.choice(CL_WHY)}，本中心{section}自{m}月{d}日起调整相关安排，"
            f"每日限{self.n * 5 + 40}个号，{r.choice(CL_DO)}。",
        ]
        items = r.sample(CL_ITEM, 3)
        lines += [f"（{cn_small(k)}）{x}；" for k, x in enumerate(items[:2], start=1)]
        lines.append(f"（三）{items[2]}。")
        lines += [f"{r.choice(CL_DO)}，给您带来的不便敬请谅解。", CENTER, f"{y}年{m}月{d}日"]
        return Art(title, lines, list(lines), {"published": iso(y, m, d), "author": section})
