"""Fixes for the chrome, lost content and repairs the ninth blind set (sealed_i_*) left
(issue 12, fix12v), each kind as a small case in wordings of its own, with look-alikes
that stay:

* a page mark of any shape (a page letter and the number, ``p.3``; the number between
  ornament runs, with at most the page word, ``≈≈ 3 ≈≈``, ``=== 第3页 ===``; between
  pager brackets ``⟨3⟩``) that cuts a sentence is joined across; between two whole
  sentences it stays, and a list number (``（2）``, ``[2]``, ``2.``), a date, a count and a
  verse number are no marks;
* a line the site repeats in every article's body is kept where it opens the page's own
  line below it (a list label ending in a colon, a FAQ question) or where it is the
  writer's place line between the page's own prose and its date line; a repeated notice
  label, a repeated prompt over the page's text and a repeated line over a repeated line
  still go;
* a line of hashtags and nothing else (the site's tags) goes; a numbering ``#1 #2``, a
  Markdown heading and a sentence holding a tag stay;
* a feedback bar (a question, then counted votes with glyphs) goes; a question in the
  text, and one followed by uncounted words, stays;
* a navigation line between items framed by arrows or dingbats (``⇩ 下一条 ⇩``) goes, as
  one framed by stars; a framed heading without a navigation word stays;
* a notice label after a warning sign (``⚠ 某某提示：``) is the notice cue as without it;
* a crumb trail parted by a double angle, a dashed, wavy or white arrow goes above the
  page's first prose line; a flow of plain arrows stays.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair_tables import tables as repair_tables
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import plain_stage, site_stage
from tests.stages.stage_runs import repair as _repair

P1 = "灯塔守在岬角上已经一百多年，守塔人每天黄昏爬上九十级台阶，把灯罩擦得一尘不染。"
P2 = "后来航道改了线，来往的船少了，守塔人还是照旧上灯，说是总有迷路的渔船要回家。"
HALF_A = "守塔人的日记写满了三大本，记下每一次风暴的时辰，也记下海鸥"
HALF_B = "在窗台上筑巢的日子，字迹越到后来越淡。"


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


@pytest.mark.parametrize(
    "mark", ["p.2", "P 3", "Pg.2", "page 2", "⟨2⟩", "⟪ 3 ⟫", "≈≈ 2 ≈≈", "=== 第2页 ===", "✦ 3 ✦"]
)
def test_a_page_mark_of_a_new_shape_cutting_a_sentence_is_joined(mark: str) -> None:
    out = _repair(f"{P1}\n{HALF_A}\n\n{mark}\n\n{HALF_B}\n{P2}\n")
    assert HALF_A + HALF_B in out
    assert mark not in out


def test_the_boilerplate_stage_leaves_a_cutting_mark_to_the_join() -> None:
    ed = Editor("p", f"{P1}\n{HALF_A}\n\n⟨2⟩\n\n{HALF_B}\n{P2}\n")
    plain_stage()(ed)
    out = _repair(ed.text)
    assert HALF_A + HALF_B in out


@pytest.mark.parametrize(
    "line",
    ["（2）", "[2]", "2.", "2024-03-05", "共3条", "♥ 83", "#2", "№2", "v2", "3", "“3”", "第2章"],
)
def test_page_mark_look_alikes_are_not_marks(line: str) -> None:
    assert not break_mark(line, repair_tables().break_marks)


@pytest.mark.parametrize("item", ["（2）", "[2]", "2."])
def test_a_list_number_between_a_cut_item_and_its_text_stays(item: str) -> None:
    out = _repair(f"{P1}\n{HALF_A}\n\n{item}\n\n{HALF_B}\n{P2}\n")
    assert item in out


@pytest.mark.parametrize("mark", ["p.2", "⟨2⟩", "=== 第2页 ==="])
def test_a_lone_mark_between_whole_sentences_stays(mark: str) -> None:
    assert mark in _repair(f"{P1}\n\n{mark}\n\n{P2}\n")


@pytest.mark.parametrize(
    "trail",
    [
        "航海馆 ≫ 灯塔 ≫ 全部文章",
        "馆藏 ⇢ 航海 ⇢ 清代",
        "灯塔志 ⤳ 南岬 ⤳ 日记",
        "海事网 ⟫ 南岬 ⟫ 详情",
    ],
)
def test_a_crumb_trail_with_new_arrows_goes(trail: str) -> None:
    assert "boilerplate.rule.generic.crumb_trail" in _rules(["灯塔简报", trail, P1, P2])


@pytest.mark.parametrize("line", ["报名 → 审核 → 发放", "3 ≫ 2 ≫ 1", "顺序：安全 ⇢ 质量 ⇢ 进度"])
def test_crumb_look_alikes_with_new_arrows_stay(line: str) -> None:
    assert "crumb_trail" not in " ".join(_rules(["灯塔简报", line, P1, P2]))


def test_a_trail_shape_in_the_text_stays() -> None:
    assert "crumb_trail" not in " ".join(_rules(["灯塔简报", P1, "设置 ⇢ 灯光 ⇢ 夜间", P2]))


NOTES = [
    "守塔人换了三任，第一任在塔里住了四十年，留下一本厚厚的潮汐表和几件旧衣服。",
    "第二任是个退伍的水兵，脾气倔，可他修好了那盏坏了很久的备用灯，大家都佩服他。",
    "第三任是位年轻的姑娘，她在塔下种了一片向日葵，夏天的时候从海上就能看见。",
    "去年冬天的风暴最大，灯塔的玻璃裂了两块，修塔的工人在岛上住了整整一个月。",
    "岛上的邮船每周来一次，带来米面和报纸，也带走守塔人写给远方的几封长信。",
    "塔顶的铜钟早就不敲了，只在每年灯塔生日那天擦亮，挂上一条红色的绸带。",
]
DATES = [
    "二〇二一年三月五日",
    "二〇二〇年七月九日",
    "二〇一九年十月二日",
    "二〇二二年一月八日",
    "二〇一八年五月六日",
    "二〇一七年四月三日",
]


def _article(n: int) -> list[str]:
    a, b, c = NOTES[n % 6], NOTES[(n + 2) % 6], NOTES[(n + 4) % 6]
    return [
        "灯塔守望社区 · 首页 · 登录",
        ["南岬灯塔", "北湾渔火", "东屿潮声", "西礁夜航", "中沙晴雨", "外港听风"][n],
        a,
        "我想记下的几件事：",
        f"其一，{b}",
        "常见的疑问是什么？",
        f"答：{c}",
        "阅读前的温馨提示：",
        f"第{n}篇的回应请写在下方，{NOTES[(n + 1) % 6]}",
        "点击关注，获取更多札记：",
        f"更新第{n}篇的日子，{NOTES[(n + 3) % 6]}",
        c,
        "写于塔下的小屋",
        DATES[n % 6],
        "",
        "灯塔守望社区 版权所有",
    ]


def test_repeated_body_openers_and_sign_offs_stay_their_look_alikes_go() -> None:
    pages = [_article(n) for n in range(6)]
    out = _boil_site(pages, _article(1))
    for kept in ["我想记下的几件事：", "常见的疑问是什么？", "写于塔下的小屋", DATES[1]]:
        assert kept in out, kept
    for gone in ["阅读前的温馨提示：", "点击关注，获取更多札记："]:
        assert gone not in out, gone


def _boil_site(pages: list[list[str]], page: list[str]) -> str:
    ed = Editor("p", "\n".join(page) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text


def test_a_repeated_line_over_a_repeated_line_goes() -> None:
    def page(n: int) -> list[str]:
        return [
            "灯塔守望社区",
            NOTES[n],
            NOTES[(n + 1) % 6],
            "本页说明：",
            "欢迎来灯塔做客。",
            NOTES[(n + 2) % 6],
        ]

    pages = [page(n) for n in range(6)]
    out = _boil_site(pages, page(2))
    assert NOTES[2] in out
    assert "来岛上的访客请读一读下面几句话：" not in out


@pytest.mark.parametrize(
    "line", ["#灯塔 #海岛 #看日出", "#守塔日记# #南岬#", "#周末　#亲子　#免费"]
)
def test_a_tag_line_goes(line: str) -> None:
    assert "boilerplate.rule.generic.tag_line" in _rules(["灯塔简报", P1, line, P2])


@pytest.mark.parametrize(
    "line", ["#1 #2 #3", "# 灯塔 # 海岛", "#灯塔 是岛上最高的建筑", "第1 #2 #3", "C# 与 F# 入门"]
)
def test_tag_line_look_alikes_stay(line: str) -> None:
    assert "tag_line" not in " ".join(_rules(["灯塔简报", P1, line, P2]))


@pytest.mark.parametrize(
    "line",
    ["这篇说明有帮助吗？　☺ 有帮助（12）　☹ 没帮助（3）", "看懂了吗? 👍 懂了(40) 👎 没懂(2)"],
)
def test_a_feedback_bar_goes(line: str) -> None:
    assert "boilerplate.rule.generic.feedback_bar" in _rules(["灯塔简报", P1, P2, line])


@pytest.mark.parametrize(
    "line",
    ["灯塔为什么要建在岬角上？", "灯塔还亮吗？　有人说亮着，有人说熄了", "谁修的灯？ ★ 老温（1）"],
)
def test_feedback_bar_look_alikes_stay(line: str) -> None:
    assert "feedback_bar" not in " ".join(_rules(["灯塔简报", P1, line, P2]))


@pytest.mark.parametrize("line", ["⇩ 下一条札记 ⇩", "✂ 返回目录 ✂", "⋯ 以下为其他札记 ⋯"])
def test_a_navigation_line_framed_by_arrows_goes(line: str) -> None:
    assert "boilerplate.rule.generic.decorated_nav" in _rules(["灯塔简报", P1, line, P2])


@pytest.mark.parametrize("line", ["⇩ 守塔须知 ⇩", "✂ 剪下这张门票 ✂"])
def test_a_framed_heading_without_a_navigation_word_stays(line: str) -> None:
    assert "decorated_nav" not in " ".join(_rules(["灯塔简报", P1, line, P2]))


def test_a_notice_label_after_a_warning_sign_is_a_notice() -> None:
    from cleaner.stages.foot_notice import _notice_label

    assert _notice_label().match("⚠ 登岛安全提示：涨潮时请勿在礁石上停留。")
    assert _notice_label().match("登岛安全提示：涨潮时请勿在礁石上停留。")
    assert not _notice_label().match("⚠ 涨潮时请勿停留，这是提示：")


# floors on the sealed_i families with their own profiles (fix12v; before: F1 .941/.754/.955/
# .912, residue .101/.213/.053/.176, repairs .826/.737/1.0/1.0 on shuping/cangpin/bangzhu/
# zhaopin; what is left is cangpin's compilation page titles, the split stage's)
@pytest.mark.parametrize(
    ("name", "floor", "residue"),
    [
        ("sealed_i_shuping", {"content_f1": 0.98, "repairs": 1.0}, 0.01),
        ("sealed_i_cangpin", {"content_f1": 0.90, "repairs": 0.94}, 0.06),
        ("sealed_i_bangzhu", {"content_f1": 0.99, "repairs": 1.0}, 0.01),
        ("sealed_i_zhaopin", {"content_f1": 0.97, "repairs": 1.0}, 0.01),
    ],
)
def test_blind_family_v_figures(name: str, floor: dict[str, float], residue: float) -> None:
    assert_floors(name, floor, residue=residue)
