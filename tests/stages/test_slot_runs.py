"""The page's own list whose rows open with one slot (a time, a number) keeps the rows the
site repeats, and its heading (slot_runs.py; issue 12, sealed_zh_shouting).  Look-alikes
that must still go: a related list under the text's last sentence, a run of rows the site
prints whole on every page, a heading over nothing of the page's own.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.slot_runs import lead_slot, slot_rows
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, site_stage

OPENERS = [
    "这一期我们去了城西的旧货市场，摊主们天不亮就把货摆好了，讨价还价的声音此起彼伏。",
    "节目录到一半，隔壁装修的电钻响了起来，我们只好换到楼下的茶水间继续聊。",
    "嘉宾带来了一只祖父留下的铜壶，壶底刻着一行已经模糊的小字，谁也认不全。",
    "我们翻出了十年前的采访录音，那时候的声音听起来又年轻又紧张，大家笑了很久。",
    "周末的早市比平时热闹得多，卖豆花的阿姨说她的摊子已经摆了整整二十年。",
]
CLOSERS = [
    "下一期我们会接着聊市场里的老手艺人，欢迎在评论里告诉我们你想听的故事。",
    "感谢茶水间的阿姨收留了我们一个下午，剩下的部分下周继续放送。",
    "如果你认得壶底那行字，请一定写信告诉我们，我们会在节目里念出来。",
    "十年以后再听今天的节目，大概也会觉得好笑吧，这就是录音的意义。",
    "豆花阿姨的故事我们还会再去补录，希望明年春天还能在早市见到她。",
]
TOPICS = [
    ("摊位是怎么抢到的", "最贵的一件旧货"),
    ("换场地的小插曲", "茶水间里的好声音"),
    ("铜壶的来历", "猜字游戏"),
    ("十年前的我们", "当年没说出口的话"),
    ("豆花的做法", "二十年里的变化"),
]
RELATED = [
    ("江边的夜市", "会唱歌的邮差"),
    ("一条老街的秋天", "阁楼里的唱片"),
    ("火车站的钟", "雨天的书店"),
    ("山里的小学", "修自行车的师傅"),
    ("渡船上的早餐", "外婆的针线盒"),
]


def _episode(n: int) -> list[str]:
    a, b = TOPICS[n]
    r1, r2 = RELATED[n]
    return [
        f"第{n + 11}期：{a}",
        "山谷电台 · 每周四更新",
        "",
        OPENERS[n],
        "",
        "分段目录",
        f"0{n}:1{n + 2}　开场寒暄",
        f"1{n}:05　{a}",
        f"2{n}:40　{b}",
        f"4{n}:2{n}　片尾悄悄话",
        "",
        CLOSERS[n],
        "",
        "更多节目",
        f"1. {r1}",
        f"2. {r2}",
        f"3. {a}（上）",
        "",
        "本站常用入口",
        "1. 收听指南",
        "2. 投稿方式",
        "3. 联系我们",
        "",
        "山谷电台　版权所有",
    ]


PAGES = [_episode(n) for n in range(5)]


def test_a_slotted_list_keeps_its_repeated_ends_and_its_heading() -> None:
    stage = site_stage(PAGES)
    for page in PAGES:
        out = boil(page, stage, site="s").split("\n")
        for k in (5, 6, 7, 8, 9):  # the heading and every row of the chapter list
            assert page[k] in out, (page[k], out)
        assert page[3] in out and page[11] in out


def test_a_related_list_under_the_last_sentence_still_goes() -> None:
    stage = site_stage(PAGES)
    for page in PAGES:
        out = boil(page, stage, site="s").split("\n")
        assert "更多节目" not in out, out  # its heading, below the text's end: chrome
        assert "本站常用入口" not in out and "2. 投稿方式" not in out
        assert "山谷电台 · 每周四更新" not in out


def test_a_run_inside_the_text_the_site_prints_whole_still_goes() -> None:
    page = ["某台", "正文第一句。", "入口", "1. 收听", "2. 投稿", "3. 联系", "正文完。"]
    hits = {2: 1, 3: 1, 4: 1, 5: 1}
    assert slot_rows(page, hits, {}, 1, 6) == set()  # no row of the page's own
    own = {2: 1, 3: 1, 5: 1}
    assert slot_rows(page, own, {}, 1, 6) == {2, 3, 5}
    assert slot_rows(page, own, {}, 1, 5) == set()  # the run reaches past the text's end
    assert slot_rows(page, own, {4: 1}, 1, 6) == set()  # a rule's claim is not judged here
    long_head = page.copy()
    long_head[2] = "以下是本期节目的全部分段，请按时间收听。"
    assert slot_rows(long_head, own, {}, 1, 6) == {3, 5}  # a sentence is no heading


def test_lead_slots() -> None:
    assert lead_slot("1:02:10　开场") == lead_slot("0:00:05　开场") == "N:N:N\u3000"
    assert lead_slot("（3）第三条") == "（N）"
    assert lead_slot("3. 甲") != lead_slot("3、甲")
    assert lead_slot("2023年回顾") is None and lead_slot("10:30") is None


def test_family_floor() -> None:
    assert_floors(
        "sealed_zh_shouting",
        {"content_f1": 0.98, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        residue=0.08,
    )
