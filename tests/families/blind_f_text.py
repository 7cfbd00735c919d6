"""Words and text makers of :mod:`tests.families.blind_families_f` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary is new so that no sentence of the ``f``
families repeats one of the earlier families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_e_text import GenE

# a college news and notice portal
COLLEGE = "鹤汀大学材料与化工学院"
WHO = ["学院党委书记", "分管教学的副院长", "材料系主任", "青年教师代表", "本科生辅导员"]
WHO += ["研究生会主席", "企业导师"]
DID = ["在会上作了总结发言", "介绍了近两年的课程改革情况", "带领学生走进了合作企业的车间"]
DID += ["围绕实验室安全提出了具体要求", "结合自身经历分享了备课心得"]
RESULT = ["现场气氛热烈", "与会人员深受启发", "活动得到了合作方的好评", "同学们纷纷表示收获很大"]
NEWS_T = [
    "学院举办青年教师教学竞赛",
    "我院师生赴滨海基地开展暑期实践",
    "学院召开本科教学工作推进会",
]
NEWS_T += ["化工原理课程团队获评校级优秀团队", "学院与鸥港新材签署校企共建协议"]
NEWS_T += ["研究生党支部开展读书分享会", "学院举行毕业生座谈会", "学院承办高分子材料青年论坛"]
NAMES = ["周小禾", "林晓舟", "许一帆", "沈青", "顾远", "陶然"]
CALLS = ["大学生创新训练项目申报", "实验室安全准入考试", "本科生导师双向选择", "暑期社会实践立项"]

# a listed company's announcements
CO = "鸥港新材料股份有限公司"
SHORT = "鸥港新材"
ANN = [
    "关于使用部分闲置募集资金进行现金管理",
    "关于签订日常经营重大合同",
    "关于控股子公司完成工商变更登记",
]
ANN += ["关于部分募投项目延期", "关于获得政府补助", "关于董事辞职及补选董事"]
PARTY = ["公司全资子公司鸥港涂层", "公司控股子公司汀州新能", "公司本部", "公司募投项目实施主体"]
BIZACT = [
    "拟以自有资金投入",
    "近期收到专项补助资金",
    "与客户签订供货合同，合同金额约",
    "累计使用闲置资金",
]
BIZEND = ["该事项在董事会审批权限范围内，无需提交股东大会审议", "预计对本年度经营业绩产生积极影响"]
BIZEND += ["相关会计处理以审计机构年度审计确认后的结果为准", "不存在损害公司及全体股东利益的情形"]

# a health question-and-answer site
QUEST = ["换季总打喷嚏是过敏吗", "孩子夜里磨牙要紧吗", "久坐腰酸该怎么缓解", "喝浓茶会影响睡眠吗"]
QUEST += [
    "运动后肌肉酸痛几天能好",
    "冬天手脚冰凉怎么调理",
    "熬夜后眼睛干涩怎么办",
    "饭后总犯困正常吗",
]
CAUSE = ["多数情况与作息不规律有关", "常见的原因是局部血液循环变慢", "不少人是因为饮水太少"]
CAUSE += ["有时和精神紧张有一定关系"]
TRY = ["可以先调整一两周的生活习惯", "建议每隔一小时起身活动五分钟", "睡前一小时尽量放下手机"]
TRY += ["适当增加蔬菜和粗粮的比例"]
WARN = [
    "如果伴有发热或持续疼痛应及时就医",
    "症状反复超过两周建议到门诊检查",
    "不要自行长期服用药物",
]
DOCS = ["刘某某", "赵某", "吴某某", "钱某"]
DEPT = ["全科", "呼吸内科", "儿科", "康复医学科", "眼科", "消化内科"]
TIPS = ["多喝温水", "保持室内通风", "每天快走二十分钟", "晚上十一点前入睡", "少吃辛辣油腻的食物"]


class GenF(GenE):
    """Text makers for the ``f`` families (deterministic from the seed)."""

    def campus(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(WHO)}{r.choice(DID)}，{r.choice(RESULT)}，本次活动共有{self.n * 6 + 20}名师生参加。"  # noqa: E501

    def news(self, title: str, *, n: int = 3) -> Art:
        lines = [self.campus() + self.campus() for _ in range(n)]
        return Art(title, lines, list(lines))

    def call(self, topic: str, *, items: int = 0) -> Art:
        """A college notice; ``items``: a '（1）' … list inside (one article)."""
        r = self.r
        lines = ["各系、各研究所，全体本科生："]
        lines.append(self.campus() + self.campus())
        if items:
            lines.append("具体要求如下：")
            lines += [f"（{j}）{self.campus()}" for j in range(1, items + 1)]
        lines.append(self.campus() + "请各单位高度重视；逾期不再受理。")
        lines.append(
            f"联系人：{r.choice(['刘老师', '孙老师'])}，电话：0571-××××{r.randint(1000, 9999)}。"
        )
        y, m, d = self.date()
        lines += [COLLEGE, cn_date(y, m, d)]
        return Art(f"关于做好{topic}工作的通知", lines, list(lines), {"published": iso(y, m, d)})

    def biz(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(PARTY)}{r.choice(BIZACT)}{self.n * 37 + 100}万元，{r.choice(BIZEND)}。"

    def announce(self, topic: str, no: str, *, bullets: int = 0) -> Art:
        """An announcement: the board's guarantee, '●' points if ``bullets`` (no split),
        '一、' sections, 特此公告, the board's sign-off and a date."""
        _, m, d = self.date()
        y = int(no[:4])
        lines = [
            "本公司董事会及全体董事保证本公告内容不存在虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"
        ]
        if bullets:
            lines.append("重要内容提示：")
            lines += [f"● {self.biz()}" for _ in range(bullets)]
        lines += ["一、事项概述", self.biz() + self.biz(), "二、对公司的影响"]
        lines += [self.biz() + "敬请广大投资者注意投资风险；理性投资。", "特此公告。"]
        date = cn_date(y, m, d) if self.r.random() < 0.6 else f"{y}年{m}月{d}日"
        lines += [f"{CO}董事会", date]
        meta = {"issuer": f"{CO}董事会", "doc_number": no, "published": iso(y, m, d)}
        return Art(f"{CO}{topic}的公告", lines, list(lines), meta)

    def advice(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(CAUSE)}，{r.choice(TRY)}，{r.choice(WARN)}，门诊里这类咨询每周大约有{self.n + 9}例。"  # noqa: E501

    def answer(self, q: str, *, pairs: int = 0, tips: int = 0) -> Art:
        """A doctor's answer; ``pairs``: '问：'/'答：' follow-ups and ``tips`` '小贴士' items
        inside (one article)."""
        lines = [self.advice() + self.advice(), self.advice() + self.advice()]
        for ask in ["需要吃药吗", "平时还要注意些什么"][:pairs]:
            lines += [f"问：{ask}？我今年{self.n + 20}岁，平时很少锻炼。"]
            lines += [f"答：{self.advice()}"]
        if tips:
            lines.append("小贴士：")
            lines += [f"· {t}" for t in self.r.sample(TIPS, tips)]
        return Art(q + "？", lines, list(lines))


__all__ = ["ANN", "CALLS", "CO", "COLLEGE", "DEPT", "DOCS", "NAMES", "NEWS_T", "QUEST", "SHORT"]
__all__ += ["ASSOC", "STD", "GenF", "GenS"]

# a standards information site
STD = ["城市绿道养护技术规程", "社区公共充电设施运行管理规范", "街巷照明设施维护规范"]
STD += ["口袋公园建设指南", "公共厕所保洁服务规范", "雨水花园设计导则"]
ASSOC = ["鹤汀市建设行业协会", "鹤汀市市政设施管理协会", "鹤汀市园林绿化学会"]
PART = ["绿道路面", "护栏和座椅", "标识标牌", "排水沟渠", "照明设施", "植被缓冲带"]
REQ = ["应保持平整、无明显坑洼", "应每月巡查不少于两次", "出现破损时应在七日内修复"]
REQ += ["应定期清理落叶和淤积物", "应逐项检查；发现隐患时应立即设置警示"]
CHECK = ["检查结果应记录在养护日志中", "养护单位应留存影像资料备查", "修复后应由管理单位复验"]


class GenS(GenF):
    """Adds the standards text maker to :class:`GenF`."""

    def clause(self) -> str:
        self.n += 1
        r = self.r
        return (
            f"{r.choice(PART)}{r.choice(REQ)}，{r.choice(CHECK)}，抽检比例不低于{self.n % 5 + 5}%。"
        )

    def standard(self, name: str, no: str, assoc: str) -> Art:
        """A standard: 前言, '1 范围' … '5 检查与记录' sections with '4.1' clauses (no split)."""
        y, m, d = self.date()
        ey, em = (y, m + 3) if m < 10 else (y + 1, m - 9)
        lines = [
            "前言",
            f"本文件按照标准化文件的结构和起草规则起草，由{assoc}提出并归口，请注意本文件的某些内容可能涉及专利。",
            "1 范围",
            f"本文件规定了{name[:-2]}的基本要求、技术要求和检查记录。{self.clause()}",
            "2 术语和定义",
            "下列术语和定义适用于本文件。",
            "3 技术要求",
            *[f"3.{k} {self.clause()}" for k in range(1, 4)],
            self.clause() + self.clause(),
            "4 检查与记录",
            self.clause() + self.clause(),
        ]
        meta = {"issuer": assoc, "doc_number": no, "published": iso(y, m, d)}
        meta["effective"] = iso(ey, em, 1)
        return Art(name, lines, list(lines), meta)
