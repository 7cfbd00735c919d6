"""Five small losses a review sweep found (branch ``minors``), each fixed as a class.

1. a news row's tag after a verb of posting (``2024-03-02 发布 · 黄山``) is no writer: a
   bare name there needs a given name of its own (verb_bylines);
2. a portal's clock widget at the page's top (the date with the lunar date, a running
   clock, the weather) is chrome, recorded, and never the published date (clock_widgets);
3. a contact row (``联系人　张老师``) over the sign-off is no card of a person: the signer
   under it is still read (signed_desks);
4. a schedule's entries (``答辩人：某　导师：某`` over ``论文题目：…``, again for each
   entry) and a case's parties (``答辩人`` with ``被答辩人`` on the page) are content
   rows, not the piece's header (split_listed_rows);
5. a forum thread's floors (``1楼``, ``第2楼`` …) over each poster's row are one
   conversation: one article, the rows its own (split_floors).

Every page is our own invented text, with look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.clock_widgets import CLOCK_WIDGET, clock_widget
from cleaner.stages.split_floors import THREAD_FLOORS, floor_mark
from cleaner.stages.verb_bylines import verb_byline


def run(lines: list[str], name: str = "p.txt") -> tuple[list, list]:
    raw = RawInput(name, ("\n".join(lines) + "\n").encode())
    result = Pipeline(PipelineConfig()).process(raw, 0)
    return list(result.articles), list(result.changes)


# ---- 1. a tag after a verb of posting is no writer

TRAVEL = [
    "每年冬季到次年春季，是云海出现最频繁的时节，清晨五点前后从山顶宾馆出发即可抵达观景台。",
    "观赏云海需要注意保暖，山顶气温常在零下，建议带上羽绒服和防滑鞋套。",
]


@pytest.mark.parametrize(
    ("title", "row"),
    [
        ("冬季云海观赏指南", "2024-03-02 发布 · 黄山"),  # a place
        ("新款折叠屏手机上手体验", "2024-03-05 发布 | 华为"),  # a brand
        ("今年志愿填报的几点提醒", "2024/06/20 發佈 · 高考"),  # a topic, traditional verb
        ("古镇夜游线路推荐", "2024年4月12日 发表 · 周庄"),  # another place, another verb
    ],
)
def test_a_tag_after_a_verb_of_posting_is_no_author(title: str, row: str) -> None:
    (art,) = run([title, row, *TRAVEL])[0]
    assert "author" not in art.meta
    assert row in art.text  # the row is kept, as a tag row always was


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("2024-03-02 发布 · 张晓明", "张晓明"),  # a surname and a given name of two
        ("2024年3月2日 发表 · 欧阳娜", "欧阳娜"),  # a compound surname
        ("2024-03-02 刊 · 张伟", "张伟"),  # a periodical's verb says it alone
        ("张伟 撰 · 2024-03-02 发布", "张伟"),  # a writer's verb says it alone
    ],
)
def test_names_beside_a_verb_are_still_read(row: str, author: str) -> None:
    assert verb_byline(row) == {"author": author, "published": "2024-03-02"}
    (art,) = run(["冬季云海观赏指南", row, *TRAVEL])[0]
    assert art.meta.get("author") == author


# ---- 2. a clock widget at the page's top

NEWS = [
    "青溪县召开春季农田水利建设推进会",
    "3月1日，青溪县召开春季农田水利建设推进会，部署今年春季农田水利建设重点任务。",
    "会议要求各乡镇抓住春耕前的有利时机，加快推进渠道清淤和小型水库除险加固工程。",
]


@pytest.mark.parametrize(
    "widget",
    [
        "今天是2024年3月2日 星期六 农历正月廿二",
        "北京时间 09:41:07",
        "2024-03-02 周六 晴 12℃",
        "2024年3月2日 星期六 多云转晴 8~15℃ 东南风3级",
        "现在时间：2024/03/02 09:41",
        "2024年3月2日 星期六 农历甲辰年正月廿二 欢迎访问本站",
        "北京時間 2024年03月02日 09:41:07",
    ],
)
def test_a_clock_widget_goes_as_chrome_and_gives_no_date(widget: str) -> None:
    arts, changes = run([widget, *NEWS])
    (art,) = arts
    assert widget not in art.text and art.title == NEWS[0]
    assert NEWS[1] in art.text and NEWS[2] in art.text
    assert "published" not in art.meta
    gone = [c for c in changes if c.action == "delete" and widget in c.before]
    assert gone and gone[0].stage == "boilerplate"


def test_the_widget_rule_is_on_record() -> None:
    _, changes = run(["2024-03-02 周六 晴 12℃", *NEWS])
    assert any(c.rule == CLOCK_WIDGET and "晴" in c.before for c in changes)


def test_look_alikes_of_a_clock_widget_stay() -> None:
    # a forecast's own rows, one day each, under its title
    forecast = ["未来三天天气预报", "3月2日 星期六 晴 8~15℃", "3月3日 星期日 多云 9~16℃"]
    (art,) = run([*forecast, "周末两天天气晴好，气温回升，适宜外出踏青，早晚温差较大注意添衣。"])[0]
    assert "8~15℃" in art.text and "9~16℃" in art.text and "3月2日" in art.text
    # a sentence telling the time, a piece's dated row, a date with its weekday alone
    assert not clock_widget("北京时间3月2日凌晨，一颗小行星从地球附近掠过。")
    assert not clock_widget("发布时间：2024-03-02 09:41")
    assert not clock_widget("2021年3月9日 星期二")
    # a time under the text's first lines is the text's, not the head's widget
    _, changes = run([*NEWS, "北京时间 09:41:07"])
    assert not any(c.rule == CLOCK_WIDGET for c in changes)


def test_a_dated_row_under_the_title_is_still_the_published_date() -> None:
    (art,) = run([NEWS[0], "发布时间：2024-03-02 09:41", *NEWS[1:]])[0]
    assert art.meta.get("published") == "2024-03-02"


# ---- 3. a contact row over the sign-off

NOTICE = [
    "各班级：",
    "为培养学生的爱心和社会责任感，学校定于3月15日下午在操场举办春季义卖活动，所得款项全部捐给山区学校。",
    "请各班于3月10日前将参加义卖的物品清单报送学生处。",
]


@pytest.mark.parametrize(
    ("contact", "signer", "name"),
    [
        ("联系人　张老师", "校长　李明华", "李明华"),
        ("联系人：王老师　电话：0571-88886666", "主任　陈秀兰", "陈秀兰"),
        ("经办人　周老师", "站长　吴建平", "吴建平"),
        ("联络人　赵女士", "会长　孙立群", "孙立群"),
    ],
)
def test_the_signer_under_a_contact_row_is_read(contact: str, signer: str, name: str) -> None:
    (art,) = run(["关于开展春季校园义卖活动的通知", *NOTICE, contact, signer, "2024年3月2日"])[0]
    assert art.meta.get("author") == name
    assert contact in art.text and signer in art.text


def test_the_issuer_under_a_contact_row_is_read() -> None:
    page = ["关于暑期图书馆开放安排的通知", *NOTICE[1:], "联系人　刘老师"]
    page += ["青禾中学图书馆", "2024年7月5日"]
    (art,) = run(page)[0]
    assert art.meta.get("issuer") == "青禾中学图书馆"


def test_a_card_row_over_a_signer_row_still_names_no_author() -> None:
    # the person the text is about, in a card's row: no sign-off (signed_desks)
    page = ["老支书的一天", *NOTICE[1:], "讲述人　某村老支书", "支书　王某某", "2024年3月2日"]
    (art,) = run(page)[0]
    assert "author" not in art.meta


# ---- 4. a schedule's entries and a case's parties are content rows

SCHEDULE = [
    "2024届硕士学位论文答辩安排",
    "答辩人：李明　导师：王建国教授",
    "论文题目：城市湿地鸟类群落结构研究",
    "答辩人：陈晓　导师：赵立华副教授",
    "论文题目：河岸植被恢复效果评价",
    "答辩人：孙悦　导师：王建国教授",
    "论文题目：城市绿地土壤微生物多样性",
    "答辩时间：2024年5月20日上午8:30，地点：理科楼302会议室。请各位答辩人提前十五分钟到场。",
]


def test_a_defence_schedule_of_entries_stays_content() -> None:
    (art,) = run(SCHEDULE)[0]
    assert "author" not in art.meta
    assert all(s in art.text for s in SCHEDULE[1:])


def test_a_schedule_with_three_rows_an_entry_stays_content() -> None:
    page = ["第二答辩组安排"]
    for who, tutor, topic, when in (
        ("周凯", "钱文", "山地溪流底栖动物调查", "9:00"),
        ("郑好", "冯青", "湖泊浮游植物季节变化", "9:40"),
    ):
        page += [f"答辩人：{who}　指导教师：{tutor}", f"题目：{topic}", f"时间：{when}"]
    page.append("请答辩人提前准备好汇报材料，每人汇报时间不超过二十分钟，提问环节十五分钟。")
    (art,) = run(page)[0]
    assert "author" not in art.meta
    assert all(s in art.text for s in page[1:])


@pytest.mark.parametrize(
    ("party", "other"),
    [
        ("答辩人", "被答辩人"),
        ("申请人", "被申请人"),
    ],
)
def test_a_cases_party_rows_stay_content(party: str, other: str) -> None:
    page = [
        "行政答辩状" if party == "答辩人" else "仲裁申请书",
        f"{party}：青溪县自然资源局",
        "住所地：青溪县城关镇人民路12号",
        f"{other}：陈某某，男，1975年3月出生，住青溪县城关镇。",
        f"{party}就土地行政登记一事，提出意见如下：",
        "登记行为系依法作出，程序合法，事实清楚，请求依法驳回对方的全部请求。",
    ]
    (art,) = run(page)[0]
    assert "author" not in art.meta
    assert page[1] in art.text and page[2] in art.text


def test_a_single_defence_notice_row_is_still_its_author() -> None:
    # one thesis, one row under the title: who wrote it (headers.toml author_by_defender)
    page = [
        "硕士学位论文答辩公告",
        "答辩人：李明（生态学专业）｜指导教师：王建国",
        "论文《城市湿地鸟类群落结构研究》将于5月20日上午在理科楼302会议室进行答辩，欢迎旁听。",
    ]
    (art,) = run(page)[0]
    assert art.meta.get("author") == "李明"


# ---- 5. a forum thread's floors are one article

POSTS = [
    (
        "绿手指小王",
        "2024-03-02 10:15",
        "今年第一次在阳台种番茄，最近发现下面的叶子一片片发黄，上面的还好，是不是浇水太多了？",
    ),
    (
        "老园丁",
        "2024-03-02 12:01",
        "下部老叶发黄一般是缺氮，可以追一点稀释的腐熟肥，另外注意盆土不要一直湿着。",
    ),
    (
        "番茄控",
        "2024-03-02 13:20",
        "也可能是光照不够，阳台朝北的话番茄很难长好，建议挪到光线最好的位置。",
    ),
]


def _thread(title: str, floor: str, row: str) -> list[str]:
    page = [title]
    for k, (who, when, text) in enumerate(POSTS, 1):
        page += [floor.format(k=k, who=who), row.format(who=who, when=when), text]
    return page


@pytest.mark.parametrize(
    ("floor", "row"),
    [
        ("{k}楼", "作者：{who}　时间：{when}"),
        ("第{k}楼", "发帖人：{who}　发表时间：{when}"),
        ("{k}樓", "作者：{who}　時間：{when}"),
        ("{k}楼", "用户：{who}　回复时间：{when}"),
    ],
)
def test_a_thread_is_one_article_with_its_rows(floor: str, row: str) -> None:
    page = _thread("阳台种的番茄叶子发黄怎么办？", floor, row)
    (art,) = run(page)[0]
    assert art.title == page[0]
    assert all(text in art.text for *_, text in POSTS)
    assert all(row.format(who=w, when=d) in art.text for w, d, _ in POSTS)


def test_the_thread_decision_is_on_record() -> None:
    _, changes = run(_thread("老房子装修要不要换水管", "{k}楼", "作者：{who}　时间：{when}"))
    assert any(c.rule == THREAD_FLOORS for c in changes)


def test_a_compilation_of_titled_pieces_still_splits() -> None:
    pieces = [
        ("春天的田野", "林晓", "田野里的麦苗一天比一天绿，远处的油菜花开成一片金黄，蜜蜂飞舞。"),
        ("夏夜的星空", "陈雨", "夏天的夜晚，我和爷爷坐在院子里乘凉，抬头就能看见满天的星星闪烁。"),
        ("秋天的果园", "王平", "秋天到了，果园里的苹果红了，梨子黄了，空气里都是果子的香味。"),
    ]
    for mark in ("", "{k}楼会议室　"):
        page = ["优秀作文选登"]
        for k, (t, who, text) in enumerate(pieces, 1):
            page += [mark.format(k=k) + t, f"作者：{who}　时间：2024-03-0{k}", text]
        arts, _ = run(page)
        assert len(arts) == 3, mark
        assert [a.meta.get("author") for a in arts] == ["林晓", "陈雨", "王平"]


def test_floor_marks_and_look_alikes() -> None:
    assert all(floor_mark(t) for t in ("1楼", "第12楼", "#3", "3#", "2楼　老园丁"))
    looks = ("#2 春天的诗", "3楼会议室", "第3层　展品目录", "二楼的灯")
    assert not any(floor_mark(t) for t in looks)
