"""Words and text makers of :mod:`tests.families.blind_families_t` (every word invented).

The article record and the damage injector are those of :mod:`tests.families.blind_c_text`,
the HTML builder and the date queue those of :mod:`tests.families.blind_o_text`; the
vocabulary is new so that no sentence of the ``t`` families repeats one of the earlier
families.  The release notes are written in traditional letters and English (their pages
are Big5).
"""

from __future__ import annotations

from tests.families.blind_c_text import Art, cn_date, iso
from tests.families.blind_o_text import GenO

# a district court's hearing announcements (栖川区人民法院), GB18030 HTML
COURT = "澄溪市栖川区人民法院"
PERSONS = ["郁长庚", "钟离秀", "包晓岚", "蔺书恒", "谷雨桐", "裴望舒", "殷志远", "栾清溪"]
PERSONS += ["项碧云", "芮博文", "冼慕白", "嵇晴川"]
FIRMS = ["栖川宏泰建材有限公司", "澄溪鼎盛物业服务有限公司", "栖川市民小额贷款有限公司"]
FIRMS += ["澄溪远航汽车租赁有限公司", "栖川锦绣装饰工程有限公司", "澄溪农村商业银行股份有限公司"]
CAUSES = ["买卖合同纠纷", "民间借贷纠纷", "物业服务合同纠纷", "机动车交通事故责任纠纷"]
CAUSES += ["房屋租赁合同纠纷", "劳动争议", "装饰装修合同纠纷", "金融借款合同纠纷"]
ROOMS = ["第一审判庭", "第三审判庭", "第五审判庭", "溪口人民法庭", "科技法庭"]
JUDGES = ["柏文正", "衡立言", "汪若拙", "靳如海", "司马蓉", "时雨生"]
CLERKS = ["贝小满", "窦欣怡", "尤嘉禾", "苗晓川", "戚若兰"]
HEAR = ["诉讼参与人可通过本院诉讼服务平台查询排期变动情况", "当事人应携带身份证件提前到庭签到"]
HEAR += ["庭审过程将通过本院庭审直播平台同步公开", "未按时到庭的当事人将依法承担相应后果"]
ABSENT = "因被告{}下落不明，本院依法向其公告送达起诉状副本、应诉通知书及开庭传票，自公告之日起经过三十日即视为送达。"  # noqa: E501

# a county's replies to people's congress deputies' proposals (建议答复), UTF-8 BOM text
DEPTS = ["澄溪县住房和城乡建设局", "澄溪县交通运输局", "澄溪县教育体育局", "澄溪县农业农村局"]
DEPTS += ["澄溪县卫生健康局", "澄溪县自然资源局", "澄溪县水务局", "澄溪县文化旅游局"]
CODES = ["澄建复", "澄交复", "澄教复", "澄农复", "澄卫复", "澄自然复", "澄水复", "澄文旅复"]
TOPICS = ["关于加快城区老旧小区改造的建议", "关于增开城乡公交线路的建议"]
TOPICS += ["关于改善乡村学校寄宿条件的建议", "关于扶持高山茶产业发展的建议"]
TOPICS += ["关于加强村卫生室建设的建议", "关于盘活农村闲置建设用地的建议"]
TOPICS += ["关于治理溪河沿岸生活污水的建议", "关于开发古镇研学旅游线路的建议"]
FIELDS = [
    "住房城乡建设",
    "交通运输",
    "教育",
    "农业农村",
    "卫生健康",
    "自然资源",
    "水务",
    "文化旅游",
]
DEPUTIES = ["罗振川", "施映红", "田守义", "龙春燕", "杨石生", "吴月娥", "潘立德", "麻秋菊"]
JDONE = ["摸排梳理了全县", "争取上级补助资金用于", "分批次推进了", "联合乡镇开展了"]
JWHAT = ["相关项目点位", "群众反映集中的问题", "基础设施短板", "重点片区的整治任务"]
JRES = ["群众满意度明显提升", "相关问题已基本得到解决", "部分项目已完成竣工验收"]
JRES += ["后续管护机制逐步建立"]
JHARD = ["资金缺口较大，县级财政配套压力较重", "部分项目涉及群众意见不一，协调难度较大"]
JHARD += ["专业技术人员不足，后续管护力量薄弱", "项目点多面广，建设周期相对较长"]
JNEXT = ["积极向上级部门争取政策和资金支持", "会同相关乡镇细化年度实施计划"]
JNEXT += ["建立问题清单和责任清单，逐项推动落实", "定期向代表通报办理进展，主动接受监督"]

# a county weather station's warning signals (澄溪县气象台), UTF-8 HTML
STATION = "澄溪县气象台"
SIGNALS = [("暴雨", "黄色"), ("大风", "蓝色"), ("高温", "橙色"), ("雷电", "黄色")]
SIGNALS += [("寒潮", "蓝色"), ("大雾", "橙色"), ("冰雹", "橙色"), ("道路结冰", "黄色")]
WHAT = {
    "暴雨": "预计未来6小时内{p}等地将出现{n}0毫米以上降水，局地伴有短时强降水",
    "大风": "预计未来24小时内{p}等地将出现{n}级以上偏北大风，阵风可达{m}级",
    "高温": "预计未来3天{p}等地最高气温将升至3{n}℃以上，午后局地可达4{k}℃",
    "雷电": "预计未来6小时内{p}等地将出现雷电活动，并伴有{n}级左右的雷雨大风",
    "寒潮": "受强冷空气影响，预计未来48小时{p}等地气温将下降{m}℃以上，最低气温降至零下{n}℃左右",
    "大雾": "预计未来12小时内{p}等地将出现能见度小于{n}00米的浓雾，部分路段能见度不足{k}0米",
    "冰雹": "受强对流云团影响，预计未来6小时内{p}等地可能出现冰雹，最大直径约{m}毫米",
    "道路结冰": "预计未来12小时内{p}等地路面温度将降至零下{n}℃，部分高海拔路段已出现结冰",
}
PLACES = ["溪口镇", "青岗乡", "白沙坪镇", "雾溪乡", "龙潭镇", "石门坎乡", "高枧镇", "桃源乡"]
GUIDE = [
    "政府及相关部门按照职责做好防{t}应急准备工作",
    "学校、幼儿园采取适当措施，保证学生和幼儿安全",
]
GUIDE += [
    "户外作业人员注意避险，减少不必要的外出活动",
    "相关单位加强巡查，及时排除{t}可能引发的隐患",
]
GUIDE += ["驾驶人员注意{t}天气对交通安全的影响，减速慢行"]

# a note-taking app's release notes (雲帆筆記), Big5 text; traditional letters and English
APP = "雲帆筆記"
NEW = [
    (
        "◎新增表格匯出為 Markdown 的功能，匯出時會保留欄位對齊與粗體格式。",
        "Added Markdown export for tables, keeping column alignment and bold text.",
    ),
    (
        "◎新增筆記本封面自訂功能，可以從手機相簿中挑選任何一張圖片作為封面。",
        "You can now pick a photo from your album as a notebook cover.",
    ),
    (
        "◎新增語音備忘錄轉寫文字功能，目前支援中文與英文兩種語言，準確度持續提升中。",
        "Voice memos can now be transcribed into text in Chinese and English.",
    ),
    (
        "◎新增每日回顧卡片，每天早上會自動提醒您查看前一天尚未完成的待辦事項。",
        "A daily review card now reminds you of yesterday's to-do items each morning.",
    ),
]
BETTER = [
    (
        "◎改進大型筆記本的開啟速度，包含上千則筆記時也能在兩秒內完成載入。",
        "Large notebooks with thousands of notes now open in under two seconds.",
    ),
    (
        "◎改進搜尋結果的排序方式，最近編輯過的筆記現在會優先顯示在清單最前面。",
        "Search results now list recently edited notes first.",
    ),
    (
        "◎改進深色模式下的文字對比，長時間閱讀筆記時眼睛比較不容易感到疲勞。",
        "Improved text contrast in dark mode for easier long reading.",
    ),
    (
        "◎改進同步機制，在網路連線不穩定時會自動暫停，並於恢復連線後繼續上傳。",
        "Sync now pauses on unstable networks and resumes when the connection returns.",
    ),
]
FIXES = [
    (
        "◎修正在部分平板電腦上旋轉螢幕之後，上方工具列按鈕會重疊顯示的問題。",
        "Fixed overlapping toolbar buttons after rotating the screen on some tablets.",
    ),
    (
        "◎修正匯入舊版備份檔案時，部分附件中的圖片無法在筆記裡正常顯示的問題。",
        "Fixed missing attachment images when importing backups from older versions.",
    ),
    (
        "◎修正在筆記清單中連續按下返回鍵時，程式偶爾會無預警意外關閉的問題。",
        "Fixed an occasional crash when pressing Back repeatedly in a list.",
    ),
    (
        "◎修正提醒通知在夏令時間切換當天，會比原先設定的時間提早一小時響起的問題。",
        "Fixed reminders going off an hour early on the day daylight saving time changes.",
    ),
]
INTRO = ["本次更新著重提升穩定性與使用體驗", "本次更新帶來多項使用者期待已久的功能"]
INTRO += ["本次更新修正了多個社群回報的問題", "本次更新調整了同步與搜尋的效能"]
EINTRO = ["This update focuses on stability and everyday use."]
EINTRO += ["This release brings several features many of you asked for."]
EINTRO += ["This release fixes a number of issues reported by the community."]
EINTRO += ["This update tunes sync and search performance."]


class GenT(GenO):
    """Text makers for the ``t`` families (deterministic from the seed)."""

    # -- the hearing announcement
    def parties(self) -> tuple[str, str]:
        r = self.r
        a = r.choice(PERSONS)
        b = r.choice([x for x in PERSONS + FIRMS if x != a])
        return a, b

    def hearing(self, *, long: bool) -> Art:
        """One hearing: the date-and-room sentence and the judge line (and, if ``long``,
        the service-by-publication paragraph and ``特此公告。``, the court and the date)."""
        r = self.r
        y, m, d = self.date()
        pa, pb = self.parties()
        cause = r.choice(CAUSES)
        hd, hh = min(d + r.randint(5, 20), 28), r.choice([8, 9, 10, 11, 14, 15, 16])
        half = "上午" if hh < 12 else "下午"
        lines = [
            f"本院定于{y}年{m}月{hd}日{half}{hh if hh < 12 else hh - 12}时{r.choice(['整', '30分'])}，在本院{r.choice(ROOMS)}公开开庭审理原告{pa}与被告{pb}{cause}一案。",  # noqa: E501
            f"本案由审判员{r.choice(JUDGES)}独任审理，书记员{r.choice(CLERKS)}担任记录，{r.choice(HEAR)}。",
        ]
        if long:
            lines += [ABSENT.format(pb), "特此公告。", COURT, cn_date(y, m, d)]
            title = f"原告{pa}诉被告{pb}{cause}一案开庭公告"
        else:
            title = f"{pa}诉{pb}{cause}案"
        no = f"（{y}）澄0203民初{r.randint(100, 9999)}号"
        meta = {"published": iso(y, m, d), "doc_number": no}
        return Art(title, lines, list(lines), meta)

    # -- the proposal reply
    def jpara(self, y: int) -> str:
        self.n += 1
        r = self.r
        return f"{y - 1 - self.n % 3}年以来，我局{r.choice(JDONE)}{r.choice(JWHAT)}{self.n * 3 + 5}处，{r.choice(JRES)}。"  # noqa: E501

    def reply(self, j: int, k: int) -> Art:
        """A reply: salutation, the receipt line, three numbered sections, thanks and the
        contact line (the sign-off is added by the page maker)."""
        r = self.r
        y, m, d = self.date()
        who = DEPUTIES[j]
        nxt = r.sample(JNEXT, 2)
        lines = [
            f"{who}代表：",
            f"您提出的《{TOPICS[j]}》（第{k}号）收悉。我局高度重视，经认真研究，现答复如下：",
            "一、工作开展情况",
            self.jpara(y) + self.jpara(y),
            "二、存在的困难",
            f"目前，{r.choice(JHARD)}，{r.choice(JHARD)}。",
            "三、下一步工作打算",
            f"（一）{nxt[0]}，力争在{y + 1}年底前完成{r.randint(3, 12)}个重点项目的前期工作。",
            f"（二）{nxt[1]}，确保代表提出的问题件件有回音、事事有着落。",
            f"感谢您对全县{FIELDS[j]}工作的关心和支持，欢迎继续提出宝贵意见和建议。",
            f"联系人：{r.choice(CLERKS)}　联系电话：0856-{r.randint(2000000, 8999999)}",
        ]
        title = f"对县十七届人大{r.choice(['五', '六'])}次会议第{k}号建议的答复"
        return Art(title, lines, list(lines), {"published": iso(y, m, d)})

    # -- the warning signal
    def warning(self, j: int) -> tuple[Art, str]:
        r = self.r
        y, m, d = self.date()
        t, c = SIGNALS[j]
        places = "、".join(r.sample(PLACES, 3))
        hh, mi = r.randint(6, 21), r.randint(0, 59)
        n, m = r.randint(5, 9), r.randint(10, 12)
        what = WHAT[t].format(p=places, n=n, m=m, k=m - 9)
        guide = r.sample(GUIDE, 3)
        lines = [
            f"{STATION}{y}年{m}月{d}日{hh}时{mi}分发布{t}{c}预警信号：{what}，请注意防范。",
            f"影响区域：{places}及周边地区",
            "防御指南：",
            *(f"{n}．{x.format(t=t)}；" for n, x in enumerate(guide, 1)),
            f"本预警信号有效期至{m}月{min(d + 1, 28)}日{hh}时，{STATION}将根据天气变化适时更新或解除预警。",  # noqa: E501
        ]
        title = f"{STATION}发布{t}{c}预警信号"
        meta = {"published": iso(y, m, d), "issuer": STATION}
        return Art(title, lines, list(lines), meta), f"{hh:02d}:{mi:02d}"

    # -- the release notes
    def release(self, ver: str, *, long: bool) -> Art:
        r = self.r
        y, m, d = self.date()
        lines: list[str] = []
        if long:
            k = r.randrange(4)
            lines += [f"{INTRO[k]}，建議所有使用者盡快更新至最新版本。", EINTRO[k]]
        for head, pool in (("新功能　New Features", NEW), ("改進　Improvements", BETTER)):
            lines.append(head)
            for zh, en in r.sample(pool, 2 if long else 1):
                lines += [zh, en]
        lines.append("問題修正　Bug Fixes")
        for zh, en in r.sample(FIXES, 2):
            lines += [zh, en]
        return Art(f"{APP} {ver} 版更新說明", lines, list(lines), {"published": iso(y, m, d)})
