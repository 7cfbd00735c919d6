"""Words and text makers of :mod:`tests.families.blind_families_e` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary here is new so that no sentence of the
``e`` families repeats one of the earlier families.
"""

from __future__ import annotations

import random

from tests.families.blind_c_text import Art, cn_date, cn_small, iso
from tests.families.blind_d_text import GenD

# a local-life official account
SPOTS = ["老城西门的早市", "运河边的夜市", "新开的社区书店", "菜场二楼的面馆", "湖滨步道"]
TRIES = ["排了二十分钟的队", "跟摊主聊了半天", "特意绕路去看了看", "周末带着孩子去逛了一圈"]
FINDS = ["葱油饼还是老味道", "价格比去年便宜了一点", "门口多了一排共享座椅", "老板换成了他儿子"]
ADVICE = ["建议错开饭点", "记得自带购物袋", "停车位不太好找", "雨天路面有点滑"]
POST_T = ["澄湖人的早餐地图", "运河夜市逛吃指南", "周末遛娃去哪儿", "这家面馆开了三十年"]
POST_T += ["湖滨步道骑行攻略", "老街新店打卡记", "换季衣物捐赠点汇总", "社区书店的夜晚"]
TIPS = ["出门前看一眼天气预报", "提前在小程序上预约", "带一瓶温水", "穿一双软底鞋"]
TIPS += ["准备几张零钱", "给手机充满电", "避开早晚高峰", "留意临时交通管制", "结伴而行"]

# a court-judgment database
COURTS = ["澄湖市柳岸区人民法院", "澄湖市东渚区人民法院", "苇川县人民法院", "澄湖市南郊区人民法院"]
CODES = ["澄0105", "澄0112", "澄0821", "澄0109"]
CAUSES = ["民间借贷纠纷", "房屋租赁合同纠纷", "物业服务合同纠纷", "劳务合同纠纷", "买卖合同纠纷"]
SURN = "王李张刘陈杨赵黄周吴"
GOODS = ["一批瓷砖", "两台冷柜", "装修材料", "一辆电动三轮车", "一批茶叶"]
DEEDS = ["通过转账方式交付", "以现金方式支付", "在微信聊天中确认", "出具了书面欠条"]
COURT_T = ["某物业公司诉业主拖欠物业费案", "某装饰公司诉房主支付工程款案", "租客诉房东退还押金案"]
COURT_T += ["某超市诉供货商质量违约案", "雇工诉雇主支付劳务报酬案", "出借人诉借款人返还借款案"]

# a government information-disclosure page
DEPTS = ["澄湖市市场监督管理局", "澄湖市生态环境局", "澄湖市人力资源和社会保障局", "澄湖市园林局"]
AFFAIRS = ["电动自行车充电场所检查", "街头绿地认养", "小微企业开办一件事", "夏季噪声污染防治"]
AFFAIRS += ["零工市场服务", "老字号商铺保护"]
KINDS = ["市场监管；通知", "生态环境；公告", "劳动就业；通知", "城乡建设；意见"]
ACTORS = ["各区主管部门", "街道（镇）", "行业协会", "经营主体", "属地派出所", "第三方机构"]
ACTIONS = ["应当建立月度通报制度", "须在五个工作日内反馈", "要开展一次全覆盖摸排"]
ACTIONS += ["应落实专人对接", "须同步录入监管平台"]
GOALS = ["切实减轻企业负担", "确保问题动态清零", "方便群众就近办理", "防止出现监管空档"]

# a lesson-plan and exercise site
LESSONS = ["认识钟表", "植物的一生", "小数的加法", "测量物体的长度", "水的三种状态", "对称图形"]
LESSONS += ["我们的校园", "古诗中的四季"]
STEPS = ["教师出示实物", "学生分组观察", "同桌互相说一说", "全班交流汇报", "教师板书归纳"]
AIMS = ["引导学生发现规律", "让学生体会知识与生活的联系", "培养动手操作的习惯"]
AIMS += ["激发学生的探究兴趣"]


def amount(r: random.Random) -> str:
    return str(r.randint(3, 90) * 1000)


class GenE(GenD):
    """Text makers for the ``e`` families (deterministic from the seed)."""

    def life(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SPOTS)}我{r.choice(TRIES)}，发现{r.choice(FINDS)}，{r.choice(ADVICE)}，人均花了{self.n + 14}元。"  # noqa: E501

    def post(self, title: str, *, n: int = 3, tips: int = 0) -> Art:
        """A post; ``tips``: a circled-number list ('①' …) inside (one article)."""
        lines = [self.life() + self.life() for _ in range(n)]
        if tips:
            circ = "①②③④⑤⑥⑦⑧⑨"
            items = [
                f"{circ[j]} {t}，{self.life()}" for j, t in enumerate(self.r.sample(TIPS, tips))
            ]
            lines[1:1] = ["出门之前，小编帮大家整理了几条小贴士：", *items]
        return Art(title, lines, list(lines))

    def fact(self, a: str, b: str) -> str:
        self.n += 1
        r = self.r
        return f"{self.n + 1}月间，{a}向{b}提供{r.choice(GOODS)}，双方{r.choice(DEEDS)}，此后{b}多次承诺付款但一直未予履行。"  # noqa: E501

    def judgment(self, k: int) -> Art:
        """A first-instance civil judgment with '一、二、三、' items after 判决如下 (no split)."""
        r = self.r
        a, b = r.sample(SURN, 2)
        pa, pb = f"{a}某某", f"{b}某"
        cause = CAUSES[k % len(CAUSES)]
        court = COURTS[k % len(COURTS)]
        y, m, d = self.date()
        case = f"（{y}）{CODES[k % len(CODES)]}民初{r.randint(100, 9999)}号"
        money = amount(r)
        lines = [
            f"原告：{pa}，男，19××年×月×日出生，汉族，住澄湖市××区××路××号。",
            f"被告：{pb}，女，19××年×月×日出生，汉族，住澄湖市××区××小区。",
            f"原告{pa}与被告{pb}{cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理，原告{pa}、被告{pb}均到庭参加诉讼，本案现已审理终结。",
            f"原告{pa}向本院提出诉讼请求：判令被告{pb}支付款项{money}元及逾期利息。事实与理由：{self.fact(pa, pb)}",  # noqa: E501
            f"被告{pb}辩称，双方确有往来，但具体数额存在争议，请求法院依法核实。",
            f"本院经审理认定事实如下：{self.fact(pa, pb)}",
            f"本院认为，当事人应当按照约定全面履行自己的义务，被告{pb}未按约付款，应承担相应责任，原告{pa}的主要诉讼请求本院予以支持。",
            "依照相关法律规定，判决如下：",
            f"一、被告{pb}于本判决生效之日起十日内支付原告{pa}款项{money}元；",
            f"二、被告{pb}于本判决生效之日起十日内支付原告{pa}逾期利息（以{money}元为基数计算至实际清偿之日止）；",
            f"三、驳回原告{pa}的其他诉讼请求。",
            f"案件受理费{r.randint(50, 900)}元，减半收取，由被告{pb}负担。",
            "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于澄湖市中级人民法院。",
            f"审判员　{r.choice(SURN)}某某",
            cn_date(y, m, d),
            f"书记员　{r.choice(SURN)}某",
        ]
        title = f"{pa}与{pb}{cause}一审民事判决书"
        meta = {"issuer": court, "doc_number": case, "published": iso(y, m, d), "cause": cause}
        return Art(title, lines, list(lines), meta)

    def brief(self, title: str, k: int) -> Art:
        """A short typical case: 【基本案情】/【裁判结果】/【典型意义】 inside (no split)."""
        r = self.r
        a, b = r.sample(SURN, 2)
        pa, pb = f"{a}某", f"{b}某某"
        lines = [
            "【基本案情】",
            self.fact(pa, pb) + f"{pa}遂诉至法院，请求判令{pb}支付欠款。",
            "【裁判结果】",
            f"法院经审理认为，{pb}的行为构成违约，判决其向{pa}支付欠款{amount(r)}元，驳回{pa}的其他诉讼请求。",
            "【典型意义】",
            f"本案提示交易双方应当保留书面凭证，发生争议时及时协商，{r.choice(['诚信履约是市场交易的基础', '口头约定同样受法律保护', '证据意识关系到权利能否实现'])}。",  # noqa: E501
        ]
        y, m, d = self.date()
        court = COURTS[k % len(COURTS)]
        case = f"（{y}）{CODES[k % len(CODES)]}民初{r.randint(100, 9999)}号"
        return Art(
            title,
            lines,
            list(lines),
            {"issuer": court, "doc_number": case, "published": iso(y, m, d)},
        )

    def duty_e(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(ACTORS)}{r.choice(ACTIONS)}，今年以来已办理{30 + 4 * self.n}件，{r.choice(GOALS)}。"  # noqa: E501

    def notice_e(self, dept: str, affair: str, *, items: int = 0) -> Art:
        """A notice; ``items``: a '1）' … list inside (one article)."""
        title = f"{dept}关于开展{affair}工作的通知"
        lines = ["各区主管部门，各有关单位："]
        lines += [self.duty_e() + self.duty_e() for _ in range(2)]
        if items:
            lines.append("现将有关事项明确如下：")
            lines += [f"{j}）{self.duty_e()}" for j in range(1, items + 1)]
        lines.append(self.duty_e() + self.duty_e())
        y, m, d = self.date()
        lines += [dept, cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"issuer": dept, "published": iso(y, m, d)})

    def step(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(STEPS)}，{r.choice(AIMS)}，这一环节大约用时{self.n % 7 + 3}分钟，教师巡视并个别指导。"  # noqa: E501

    def plan_e(self, topic: str) -> Art:
        """A lesson plan: 【…】 sections, '第N课时' inside (one article)."""
        lines = [
            "【教学目标】",
            f"1．知道{topic}的基本特点，能用自己的话说一说。",
            "2．经历观察、比较、交流的过程，发展初步的表达能力。",
            "【教学过程】",
            "第一课时",
            self.step() + self.step(),
            self.step() + self.step(),
            "第二课时",
            self.step() + self.step(),
            "【教学反思】",
            self.step() + self.step(),
        ]
        return Art(topic, lines, list(lines))

    def drill(self, topic: str) -> Art:
        """An exercise with a 参考答案 section at the end (one article)."""
        r = self.r
        lines = ["一、选择题"]
        for q in range(1, 4):
            lines += [
                f"{q}．下面关于{topic}的说法，正确的是（　　）",
                "A．第一种说法　B．第二种说法　C．第三种说法",
            ]
        lines += ["二、阅读与解答", "读一读下面的课堂片段，完成第4题。"]
        lines += [self.step() + self.step() for _ in range(2)]
        lines.append(f"4．{self.step()}请你根据上面的描述，写出你的想法。")
        ans = "　".join(f"{q}．{r.choice('ABC')}" for q in range(1, 4))
        lines += ["参考答案", ans, f"4．{self.step()}答案不唯一，言之有理即可。"]
        return Art(f"{topic}同步练习", lines, list(lines))


__all__ = ["AFFAIRS", "COURT_T", "DEPTS", "KINDS", "LESSONS", "POST_T", "GenE", "cn_small"]
