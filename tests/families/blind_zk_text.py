"""Words and text makers of :mod:`tests.families.blind_families_zk` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``zk`` families repeats one of the earlier
families.  The used-car Q&A board's words are in traditional letters that Big5 holds (its
pages are Big5-encoded).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# -- a labour arbitration commission's service-by-publication notices, GB18030 text ----------
COMMISSION = "澄屿市劳动人事争议仲裁委员会"
SITE_ARB = "澄屿劳动人事争议仲裁网"
EMPLOYERS = [
    "澄屿恒川电子科技有限公司",
    "澄屿市蓝帆餐饮管理有限公司",
    "澄屿鑫瑞建筑劳务有限公司",
    "澄屿市晨光物流有限公司",
    "澄屿悦达美容美发店",
    "澄屿市盛海服装加工厂",
    "澄屿云泊酒店管理有限公司",
    "澄屿市新禾教育咨询有限公司",
]
WORKERS = ["邝海生", "苏晚晴", "温立群", "伍家宝", "卢月芬", "戴永康", "祁小蔓", "黎振雄"]
JOBS = ["仓库管理员", "厨师", "钢筋工", "货车司机", "美发师", "车缝工", "前台接待", "课程顾问"]
DISPUTES = ["劳动报酬争议", "解除劳动合同经济补偿争议", "工伤保险待遇争议", "加班费争议"]
FACTS = [
    "双方未签订书面劳动合同，工资按月以银行转账方式发放",
    "双方签订了为期三年的劳动合同，约定月工资为人民币五千元",
    "入职后被申请人未为申请人缴纳社会保险费",
    "被申请人自去年下半年起多次拖欠申请人工资",
]
LEAVE = [
    "后被申请人以经营困难为由通知申请人不必再来上班",
    "后申请人以被申请人未足额支付劳动报酬为由提出解除劳动关系",
    "后被申请人停止经营且未与申请人办理任何离职手续",
]
CLAIMS = ["拖欠工资", "未签订书面劳动合同二倍工资差额", "解除劳动关系经济补偿金", "延时加班工资"]
REASON = [
    "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬",
    "发生劳动争议，当事人对自己提出的主张有责任提供证据",
    "被申请人经本委合法传唤无正当理由未到庭参加庭审，视为放弃举证和质证的权利",
    "申请人提交的考勤记录及银行流水能够相互印证，本委予以采信",
]
COURTS = ["栖湾区", "澄东区", "屿北区", "海沧湾区"]
ORIGINS = ["仲裁院办公室", "立案庭", "仲裁一庭", "仲裁二庭"]

# -- a university alumni newsletter (澜屿大学校友通讯), UTF-16 text, bilingual ---------------
UNIV = "澜屿大学"
UNIV_EN = "Lanyu University"
SECTIONS = [
    ("母校动态", "CAMPUS NEWS"),
    ("校友足迹", "ALUMNI FOOTPRINTS"),
    ("师恩难忘", "TEACHERS REMEMBERED"),
    ("返校聚首", "REUNIONS"),
    ("情系母校", "GIVING BACK"),
    ("地方校友会", "CHAPTER NEWS"),
]
# (Chinese title, English title, section index)
ALUMNI_STORIES = [
    ("图书馆老楼修缮后重新开放", "The Old Library Reopens After Restoration", 0),
    ("海洋学院新建科考船下水", "A New Research Vessel for the School of Ocean Science", 0),
    ("在高原小学教书的第十个年头", "Ten Years Teaching at a Highland School", 1),
    ("从实验室到乡村诊所", "From the Lab Bench to a Village Clinic", 1),
    ("一位化学老师的粉笔盒", "A Chemistry Teacher's Box of Chalk", 2),
    ("怀念我们的班主任林先生", "Remembering Mr. Lin, Our Class Adviser", 2),
    ("九八届校友毕业二十五周年返校", "The Class of 1998 Comes Home After 25 Years", 3),
    ("土木系老同学重聚桃李园", "Civil Engineering Classmates Meet Again in Peach Garden", 3),
    ("校友设立青苗助学金", "Alumni Found the Green Sprout Bursary", 4),
    ("捐赠一批旧船模给航海馆", "Ship Models Donated to the Maritime Gallery", 4),
    ("澜屿大学东湾校友会举行年会", "East Bay Chapter Holds Its Annual Meeting", 5),
    ("北岭校友会组织徒步活动", "North Ridge Chapter Goes Hiking Together", 5),
]
ALUMNI = ["何书远", "蒋雨澄", "阮清和", "韦嘉树", "邵明川", "柯念慈", "聂远帆", "骆知秋"]
ALUMNI_EN = ["He Shuyuan", "Jiang Yucheng", "Ruan Qinghe", "Wei Jiashu"]
ALUMNI_EN += ["Shao Mingchuan", "Ke Nianci", "Nie Yuanfan", "Luo Zhiqiu"]
SCHOOLS = ["化学系", "经济学院", "海洋学院", "土木工程系", "外语学院", "医学院"]
A_WHEN = ["去年深秋", "今年开春", "暑假刚开始的时候", "校庆前一个月", "梅雨季节"]
A_WHO = [
    "几十位白发苍苍的老校友",
    "一群刚毕业不久的年轻人",
    "当年同住一间宿舍的四个人",
    "老师和学生们",
]
A_DID = ["沿着樟树大道慢慢走了一圈", "在老教学楼前合影留念", "翻看了一本泛黄的毕业纪念册"]
A_DID += ["围坐在食堂里聊到深夜", "一起为新生讲述当年的求学故事"]
A_FEEL = ["仿佛又回到了十八岁", "很多细节一下子都想起来了", "大家说母校的变化太大了"]
A_FEEL += ["有人当场红了眼眶", "笑声一阵接着一阵"]
A_SAY = ["那时候的实验室冬天没有暖气，可大家谁也舍不得早走", "母校给我的不只是一张文凭"]
A_SAY += ["老师的一句鼓励，我记了整整二十年", "每次路过那排梧桐树，都觉得自己还是个学生"]
A_SAY += ["能为学弟学妹做一点小事，是我们这届人共同的心愿"]
A_SAYER = ["一位老校友感慨地", "活动发起人笑着", "已经退休多年的老教师", "专程从外地赶来的校友"]
A_PLAN = ["校友总会将继续收集老照片和老物件", "明年还打算组织一次更大规模的聚会"]
A_PLAN += ["相关捐赠将全部用于资助家庭困难的学生", "欢迎更多校友回来看看"]
EN_BRIEF = [
    "Alumni from several decades gathered on campus and shared memories of their student days.",
    "The story follows a graduate who chose a quiet path and found it rich in meaning.",
    "A small gift from former students will help young people finish their degrees.",
    "Old friends met again, walked the camphor avenue and promised to return next year.",
    "Former classmates now scattered across the country found an afternoon to talk again.",
    "Our chapter volunteers hope more graduates living nearby will join the next gathering.",
]

# -- a mobile game's patch notes (《星潮纪元》官方网站), UTF-8 with BOM HTML ----------------
GAME = "星潮纪元"
HEROES = ["赤霄", "澜音", "夜枭", "青岚", "白砚", "绯鸢", "曜石", "霁川"]
MODES = ["深空远征", "潮汐竞技场", "星港贸易", "遗迹探索", "舰队联赛", "虚空回廊"]
NEW_ITEMS = [
    "新角色「{h}」限时登场，活动期间招募概率提升，首次获得可领取专属头像框",
    "新增玩法「{n}」，每周一至周五19:00—22:00开放，参与即可获得星晶奖励",
    "新增角色「{h}」的专属剧情章节，完成全部章节可解锁一套限定外观",
    "「{m}」新增第七至第九关，通关后可在商店兑换稀有强化材料",
]
TUNE_ITEMS = [
    "优化了战斗中技能按钮的响应速度，连续释放技能时不再出现卡顿",
    "调整了「{m}」的匹配规则，等级差距过大的指挥官将不再被匹配到同一局",
    "降低了低星级角色升级所需的材料数量，新指挥官养成更加轻松",
    "优化了背包界面的排序方式，同类道具现在会自动合并显示",
]
FIX_ITEMS = [
    "修复了部分安卓机型在切换后台后返回游戏出现黑屏的问题",
    "修复了「{h}」的被动技能在特定情况下没有正确触发的问题",
    "修复了好友列表偶尔无法显示在线状态的问题",
    "修复了「{m}」结算界面奖励数量显示错误的问题",
]
PATCH_OPEN = [
    "为了给大家带来更稳定的游戏体验，我们将对全部服务器进行停服维护，维护期间将无法登录游戏，请各位指挥官提前做好安排。",
    "本次版本更新将同步上线多项新内容和体验优化，更新完成后请各位指挥官前往应用商店下载最新客户端。",
    "感谢各位指挥官一直以来的支持与陪伴，本次更新我们根据大家在社区中的反馈做了不少调整，具体内容请见下文。",
]
PATCH_END = [
    "若维护提前完成，服务器将提前开放；若维护时间需要延长，我们将另行发布公告，感谢大家的理解与支持。",
    "更新过程中如遇到任何问题，请通过游戏内的客服入口联系我们，我们会尽快为大家处理。",
    "对维护期间给各位指挥官带来的不便，我们深表歉意，祝大家在星潮之中旅途愉快。",
]

# -- a used-car dealer's Q&A board (豐橋中古車), Big5 HTML, traditional letters --------------
DEALER = "豐橋中古車"
ASKERS = ["阿翔", "小葳", "陳先生", "林小姐", "大熊爸", "Kevin", "阿德", "婷婷媽咪", "老王"]
# (question title, the question's body)
CAR_QS = [
    (
        "貸款買車需要準備哪些文件？",
        "我是上班族，第一次想用貸款的方式買車，請問除了身分證之外還需要準備什麼資料？",
    ),
    (
        "試乘的時候可以自己開嗎？",
        "看到網站上有一台掀背車很喜歡，想先去門市試開，請問試乘可以由我自己駕駛嗎？",
    ),
    (
        "車子買回去發現有問題怎麼辦？",
        "之前在別家買過車，交車後沒多久冷氣就壞了，請問你們有提供保固服務嗎？",
    ),
    (
        "舊車可以折抵新車的價錢嗎？",
        "家裡有一台開了十二年的轎車，想換一台休旅車，請問舊車可以直接折抵嗎？",
    ),
    ("訂金付了之後還可以退嗎？", "上週付了一萬元訂金，後來家人覺得預算太高，請問訂金還能退回嗎？"),
    ("過戶手續大概要多久？", "如果週末決定買車，請問過戶和保險的手續大約要幾天才能完成交車？"),
    ("里程數會不會被調過？", "常聽說中古車的里程數可能被動過手腳，請問你們怎麼保證里程數是真的？"),
    (
        "外縣市可以幫忙送車嗎？",
        "我住在比較遠的地方，沒辦法常常過去，請問成交之後可以幫忙把車送到家嗎？",
    ),
    (
        "泡水車要怎麼分辨？",
        "颱風季節過後很擔心買到泡水車，請問一般消費者有什麼簡單的方法可以判斷？",
    ),
]
CAR_A2 = [
    "本店每一台在庫車輛都經過第三方機構的完整檢測，檢測報告可以在門市現場調閱。",
    "成交前我們會提供車輛的保養紀錄與過戶紀錄，讓您清楚了解這台車過去的使用狀況。",
    "所有手續都由專人協助辦理，一般情況下大約三到五個工作天就可以完成交車。",
    "如果對車況還有任何疑慮，歡迎先預約時間，由技師陪同您一起檢查底盤與引擎。",
    "本店提供六個月或一萬公里的引擎與變速箱保固，保固期間內的維修費用由本店負擔。",
    "貸款部分我們有合作的銀行與融資公司，可以依照您的收入狀況規劃合適的月付金額。",
]
CAR_A1 = ["{}您好，感謝您的提問，這個問題其實很多車友都問過，我們在這裡統一說明一下。"]
CAR_A1 += ["{}您好，謝謝您對本店的支持，關於這個問題，店長簡單跟您說明如下。"]
CAR_A1 += ["{}您好，這是買中古車時很常見的疑問，我們盡量講得清楚一點。"]
# one answer line of its own per question (in the order of CAR_QS)
CAR_OWN = [
    "一般只需要身分證、駕照與最近三個月的薪資證明，自營業者則可以用存摺影本代替。",
    "只要持有有效駕照就可以由您親自試乘，業務人員會坐在副駕駛座陪同說明。",
    "交車後七天內如發現非人為因素造成的故障，本店負責免費檢修到好為止。",
    "可以的，我們會先幫舊車做免費估價，估價金額可以直接從新車的總價中扣除。",
    "訂金在簽約前都可以全額退還，簽約之後則依照合約上的條款辦理。",
    "資料齊全的話，過戶與投保大約兩天就能辦好，最快週一就可以把車開回家。",
    "每台車都可以查詢原廠保養紀錄與監理站的驗車里程，兩者比對就能確認有沒有異常。",
    "全台都可以安排拖車送到府上，運費依照距離計算，成交金額滿一定額度則免運費。",
    "可以檢查安全帶最底部與座椅滑軌是否有泥沙或鏽斑，另外冷氣出風口有霉味也要特別留意。",
]
CAR_A3 = ["其他細節歡迎直接來電或到門市詢問，我們會有專人為您服務。"]
CAR_A3 += ["希望以上說明對您有幫助，祝您早日找到喜歡的愛車。"]
CAR_A3 += ["若還有其他問題，也可以透過官方帳號留言，我們會盡快回覆。"]
CAR_A3 += ["歡迎週末帶家人一起來門市看車，現場備有茶水與兒童遊戲區。"]


class GenZK(GenO):
    """Text makers for the ``zk`` families (deterministic from the seed)."""

    # -- the arbitration commission's notice
    def award(self, j: int) -> Art:
        """A service-by-publication notice carrying the award's main text: the employer's
        salutation, the notice paragraph, the facts, the claims ``1.…；``, the reasons, the
        award items ``一、…；``, the appeal paragraph, ``特此公告。``, the commission and the
        date.  Meta: published, issuer (the commission)."""
        r = self.r
        y, m, d = self.date()
        firm, who, job = EMPLOYERS[j], WORKERS[j], JOBS[j]
        self.n += 1
        case = f"（{y}）澄屿劳人仲案字第{r.randint(100, 999)}号"
        claims = r.sample(CLAIMS, 2)
        money = [r.randint(3, 60) * 1000 + r.randint(1, 9) * 100 for _ in claims]
        rs = r.sample(REASON, 2)
        lines = [
            f"{firm}：",
            f"本委受理申请人{who}与你单位{r.choice(DISPUTES)}一案，现已审理终结。因你单位经电话联系及邮寄送达均无法送达，现依法向你单位公告送达{case}仲裁裁决书。",
            "裁决书主要内容如下：",
            f"申请人于{y - 1 - self.n % 2}年{r.randint(1, 12)}月入职被申请人处，担任{job}一职，{r.choice(FACTS)}，{r.choice(LEAVE)}。",  # noqa: E501
            "申请人请求：",
            f"1.裁决被申请人支付{claims[0]}；",
            f"2.裁决被申请人支付{claims[1]}。",
            f"本委认为，{rs[0]}；{rs[1]}，故对申请人的相关请求予以支持。",
            "裁决如下：",
            f"一、被申请人于本裁决生效之日起五日内一次性支付申请人{claims[0]}{money[0]}元；",
            f"二、被申请人于本裁决生效之日起五日内一次性支付申请人{claims[1]}{money[1]}元。",
            f"自本公告发出之日起经过三十日即视为送达，你单位如不服本裁决，可自送达之日起十五日内向澄屿市{r.choice(COURTS)}人民法院提起诉讼，期满不起诉的，本裁决书即发生法律效力。",
            "特此公告。",
            COMMISSION,
            cn_date(y, m, d),
        ]
        title = f"{COMMISSION}关于向{firm}公告送达仲裁裁决书的公告"
        meta = {"published": iso(y, m, d), "issuer": COMMISSION}
        return Art(title, lines, list(lines), meta)

    # -- the alumni newsletter story
    def apara(self) -> str:
        """A paragraph: a scene (with a head count) or a quote."""
        self.n += 1
        r = self.r
        if self.n % 3 == 0:
            return f"“{r.choice(A_SAY)}。”{r.choice(A_SAYER)}说。{r.choice(A_WHEN)}的那次相聚之后，{r.choice(A_FEEL)}。"  # noqa: E501
        return f"{r.choice(A_WHEN)}，{r.choice(A_WHO)}{r.choice(A_DID)}，{r.choice(A_FEEL)}，前后一共有{self.n * 4 + 17}人参加。"  # noqa: E501

    def story(self, j: int, brief: str, who: int) -> tuple[Art, int, str]:
        """A newsletter story: the English title, two or three Chinese paragraphs and an
        ``In brief:`` English line by author ``who`` (an index of ``ALUMNI``).  Meta:
        published, author.  Returns the section index and the author's English name."""
        r = self.r
        zh, en, sec = ALUMNI_STORIES[j]
        y, m, d = self.date()
        lines = [en, self.apara() + self.apara()]
        lines += [self.apara() for _ in range(r.randint(1, 2))]
        plan = r.sample(A_PLAN, 2)
        lines.append(f"据介绍，{plan[0]}，{plan[1]}，第{self.n}期校友档案也在整理之中。")
        lines.append("In brief: " + brief)
        meta = {"published": iso(y, m, d), "author": ALUMNI[who]}
        return Art(zh, lines, list(lines), meta), sec, ALUMNI_EN[who]

    # -- the game's patch notes
    def patch(self, j: int) -> tuple[Art, str]:
        """A maintenance and update notice: the greeting, the opening, the ``【维护时间】`` /
        ``【维护范围】`` / ``【更新内容】`` / ``【维护补偿】`` blocks with ``一、`` heads and
        ``1.`` items, the closing, the team and the date.  Returns the notice and the
        maintenance window."""
        r = self.r
        y, m, d = self.date()
        h = r.choice(HEROES)
        mo, mo2 = r.sample(MODES, 2)
        start = r.choice([5, 6, 7])
        win = f"{m}月{d}日{start}:00—{start + r.randint(3, 5)}:00"
        lines = ["亲爱的指挥官：", r.choice(PATCH_OPEN), "【维护时间】", win]
        lines += ["【维护范围】", r.choice(["全平台全部服务器", "安卓及iOS全部服务器"])]
        lines.append("【更新内容】")
        for head, pool in (("一、新增内容", NEW_ITEMS), ("二、优化调整", TUNE_ITEMS)):
            lines.append(head)
            picks = enumerate(r.sample(pool, 2), 1)
            lines += [f"{k}. {x.format(h=h, m=mo, n=mo2)}；" for k, x in picks]
        lines.append("三、问题修复")
        lines += [f"{k}. {x.format(h=h, m=mo)}。" for k, x in enumerate(r.sample(FIX_ITEMS, 2), 1)]
        lines.append("【维护补偿】")
        comp = f"星晶×{r.choice([200, 300, 500])}、体力药剂×{r.randint(2, 5)}"
        lines.append(
            f"维护结束后，所有等级达到10级的指挥官均可在游戏内邮件中领取{comp}，邮件有效期为七天，请及时领取。"
        )
        lines += [r.choice(PATCH_END), f"《{GAME}》运营团队", f"{y}年{m}月{d}日"]
        if j % 3 == 0:
            title = f"{m}月{d}日停服维护及版本更新公告"
        elif j % 3 == 1:
            title = f"新角色「{h}」登场！{y % 100}.{m}版本更新说明"
        else:
            title = f"「{mo}」玩法上线暨{m}月{d}日维护公告"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)}), win

    # -- the used-car Q&A
    def carqa(self, j: int, who: str, greet: str, common: str, close: str) -> Art:
        """A board entry: the question's body and the shop's answer (a greeting naming the
        asker, the question's own answer, ``common``, ``close``: no two entries of a page
        share a line).  Meta: published, author (the asker)."""
        title, body = CAR_QS[j]
        y, m, d = self.date()
        lines = [body, greet.format(who), CAR_OWN[j], common, close]
        meta = {"published": iso(y, m, d), "author": who}
        return Art(title, lines, list(lines), meta)
