"""Words and text makers of :mod:`tests.families.blind_families_d` (every word invented).

The article record, the damage injector and the page counter are those of
:mod:`tests.families.blind_c_text`; the vocabulary here is new so that no sentence of the
``d`` families repeats one of the ``c`` families.
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, Gen, cn_date, cn_small, iso

PLACES = ["澜汀区", "柏溪县", "望川市", "杏坞镇", "苇塘乡", "洛屿新区"]
OFFICES = ["交通运输局", "文化和旅游局", "民政局", "水务局", "教育局", "农业农村局"]
TOPICS = [
    "河道巡查保洁",
    "乡村公交站亭维护",
    "社区托育点备案",
    "公共图书馆夜间开放",
    "灌溉渠清淤",
    "老年助餐点运营",
    "校车安全运行",
    "景区预约限流",
]
DOERS = ["各村（居）委会", "运营单位", "巡查员", "属地街道", "值班人员", "驻点联络员"]
DOES = ["应逐段登记", "须每日核查", "要定期抽检", "应张榜公开", "须按季度评估", "要如实填报"]
THINGS = ["台账编号", "水位读数", "站亭破损点", "报名名单", "餐品留样记录", "车辆行驶日志"]
HOW = ["确保账实相符", "发现问题当日整改", "不得弄虚作假", "形成闭环管理", "做到有据可查"]
SCENES = ["霜降前后的田埂", "旧码头的石阶", "外公的竹椅上", "放学路上的桥头", "晒满被子的阳台"]
SIGHTS = ["一行歪歪扭扭的脚印", "两三只归巢的麻雀", "一壶凉透的粗茶", "半页折了角的课本"]
MOODS = ["仿佛时间忽然慢了下来", "叫人舍不得开口说话", "像一句没说完的叮嘱", "温温的不烫手"]
ESSAY_T = ["桥头的灯", "外公的竹椅", "一碗豆花", "晒被子的午后", "送别", "落在窗台的雪", "旧钟"]
SKILLS = ["早睡早起", "每天读十页书", "饭后散步二十分钟", "记一笔流水账", "给家人打个电话"]
SKILLS += ["整理一次书桌", "少看一会儿手机", "学做一道家常菜", "每周给自己写封信"]
CRIMES = ["擅自占用河道", "未按规定备案", "拒不整改", "伪造检查记录", "超员运营"]


class GenD(Gen):
    """Text makers for the ``d`` families (deterministic from the seed)."""

    def duty(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(DOERS)}{r.choice(DOES)}{r.choice(THINGS)}，本季度共完成{12 + 5 * self.n}次，{r.choice(HOW)}。"  # noqa: E501

    def scene(self) -> str:
        self.n += 1
        r = self.r
        return f"{r.choice(SCENES)}，总能看见{r.choice(SIGHTS)}，{r.choice(MOODS)}，那年我大约{self.n % 9 + 6}岁。"  # noqa: E501

    def plan(self, place: str, topic: str) -> Art:
        """A work plan: a call, paragraphs, a contact line with '*' redactions, sign-off
        dated in Chinese numerals."""
        r = self.r
        org = place + r.choice(OFFICES)
        title = f"{org}{topic}工作实施方案"
        lines = [self.duty() + self.duty() for _ in range(r.randint(3, 4))]
        lines.append(
            f"联络人：{r.choice(['王*', '李**', '张*平'])}，办公电话：1{r.randint(30, 89)}****{r.randint(1000, 9999)}。"  # noqa: E501
        )
        y, m, d = self.date()
        lines += [org, cn_date(y, m, d)]
        return Art(title, lines, list(lines), {"issuer": org, "published": iso(y, m, d)})

    def essay(self, title: str, *, n: int = 3) -> Art:
        lines = [self.scene() + self.scene() for _ in range(n)]
        return Art(title, lines, list(lines))

    def habits(self, title: str, k: int) -> Art:
        """An essay with a long numbered list ('1.' … 'k.') inside: one article."""
        items = [f"{j}. {s}，{self.scene()}" for j, s in enumerate(self.r.sample(SKILLS, k), 1)]
        lines = [self.scene() + self.scene(), "这些年我慢慢攒下了几条小规矩：", *items]
        lines.append(self.scene() + self.scene())
        return Art(title, lines, list(lines))

    def rules(self, place: str, topic: str, *, items: int = 8) -> Art:
        """A regulation of '第N条' clauses, one with a long '（一）' … list (no split)."""
        r = self.r
        title = f"{place}{topic}管理规定"
        lines = [
            f"第一条　为加强{topic}工作，明确各方责任，根据有关规定，结合本地实际，制定本规定。",
            f"第二条　本规定适用于{place}行政区域内的{topic}活动。{self.duty()}",
            f"第三条　{place}{r.choice(OFFICES)}负责下列事项：",
        ]
        lines += [f"（{cn_small(j)}）{self.duty()[:-1]}；" for j in range(1, items)]
        lines.append(f"（{cn_small(items)}）法律、法规规定的其他事项。")
        lines.append(
            f"第四条　违反本规定，{r.choice(CRIMES)}的，由主管部门责令改正；{r.choice(HOW)}。"
        )
        lines.append("第五条　本规定自印发之日起施行，有效期五年。")
        return Art(title, lines, list(lines))
