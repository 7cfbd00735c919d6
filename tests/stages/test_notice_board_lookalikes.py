"""Look-alikes of a posted notice's head and foot (test_notice_board_heads) that are the
page's own content, each class in wordings of its own, simplified and traditional:

* rows under an ornament rule after the last prose line (a names row, a menu, a price
  list) are content unless they show chrome of their own: the rule's claim opens no zone
  for the line model (line_model.bare_rules); a rule over the site's foot still does;
* a letter-spaced everyday kind word (``启　示``, ``须　知``, ``公　示``) that is the page's
  only title stays when the line under it is no notice title (``关于…``, ``…通知``, ``…事宜``)
  and no salutation follows it: a poem's line, a sign's first rule, a names row;
* a sentence saying a thing of the text (times, answers, a timetable, a translation) is
  only for some readers' reference and defers to another source is the author's own; the
  disclaimer has the site or the page as its subject;
* the last row of a list closing the page (officers, a line-up, credits, a timetable) is
  no signer, and a unit's or room's name in a signer row's last cell is no author.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from tests.stages.stage_runs import boil

PROSE = "经过街坊们推荐和评议小组审核，今年共有一批热心居民获评，在此向他们表示感谢。"
PROSE_T = "經過街坊推薦和評議小組審核，今年共有一批熱心居民獲評，在此向他們表示感謝。"


def _run(lines: list[str]) -> tuple[str, str, dict[str, str], list[str]]:
    """Title, text, meta of the page's one article and the rules of its changes."""
    text = "\n".join(lines) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput("x/p.txt", text.encode("utf-8")), 0)
    assert len(res.articles) == 1
    a = res.articles[0]
    return a.title, a.text, dict(a.meta), [c.rule for c in res.changes]


# -- 1. content rows under an ornament rule ---------------------------------------------------


@pytest.mark.parametrize(
    ("head", "rule", "rows"),
    [
        ("热心居民名单", "﹏" * 14, ["钱一鸣　孙二娜　邓三川", "冯四海　褚五岳", "卫六合"]),
        ("社区食堂下周菜谱", "﹍" * 12, ["周四　清蒸鲈鱼　蒜蓉菜心", "周五　土豆牛腩　紫菜汤"]),
        ("街坊義工名單", "‿" * 10, ["陳一帆　梁二妹　葉三叔", "鄧四姐　蘇五哥"]),
        ("本季度水果价目", "◆" * 12, ["苹果　六元一斤", "香梨　五元一斤", "脐橙　七元一斤"]),
    ],
)
def test_rows_under_a_rule_after_the_text_stay(head: str, rule: str, rows: list[str]) -> None:
    prose = PROSE_T if "‿" in rule else PROSE
    out = boil([head, prose, rule, *rows])
    assert rule not in out
    for row in rows:
        assert row in out


def test_a_rule_over_the_site_foot_still_takes_it() -> None:
    foot = ["扫码关注我们的公众号", "版权所有 某某社区网　备案号：京ICP备12345678号"]
    out = boil(["热心居民名单", PROSE, "﹏" * 14, *foot])
    assert PROSE in out
    assert not any(line in out for line in foot)


# -- 2. a letter-spaced everyday kind word that is the only title ----------------------------


@pytest.mark.parametrize(
    ("page", "label"),
    [
        (["启　示", "山风吹过半坡的桃林", "我在树下读一封旧信", "信里没有落款"], "启示"),
        (["参　观　须　知", "请勿触摸展品", "请勿大声喧哗", "馆内禁止饮食"], "参观须知"),
        (["公　示", "钱一鸣　孙二娜", "以上同志拟推荐为优秀社工，公示期五天。"], "公示"),
        (["社　区　简　报", "第八期", "某某社区居委会编", PROSE], "社区简报"),
        (["溫　馨　提　示", "雨季路滑請慢行", "上落樓梯請扶好扶手"], "溫馨提示"),
        (["山居随笔", "启　示", "山谷的启示", PROSE], "启示"),  # a section heading repeating it
    ],
)
def test_a_spaced_word_over_no_notice_title_stays(page: list[str], label: str) -> None:
    _, text, _, rules = _run(page)
    assert "boilerplate.spaced_label" not in rules
    assert label in text.split("\n")  # kept whole (the title stage reads it or the line under)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["公　告"], "关于调整小区停车收费标准的通知"),  # 关于…的通知, no salutation
        (["通　告", "（编号：GG-2024-07）"], "二期外墙清洗事宜"),  # …事宜
        (["啟　事"], "關於大堂閉路電視更換"),  # 關於…, traditional
    ],
)
def test_a_spaced_label_over_a_notice_title_goes(head: list[str], title: str) -> None:
    got, text, _, rules = _run([*head, title, "", PROSE])
    assert "boilerplate.spaced_label" in rules
    assert got == title and PROSE in text


# -- 3. a thing of the text "for reference only" -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "以上开放时间只供各位游客参考，如遇节假日，以景区门口公告为准。",
        "本价目表只供顾客参考，实际价格以收银台结算为准。",
        "本参考答案只供学生对照参考，评分以阅卷组意见为准。",
        "以上路線只供乘客參考，如有改動，以車站告示為準。",
    ],
)
def test_a_texts_own_for_reference_sentence_stays(line: str) -> None:
    out = boil(["景区开放安排", PROSE, line])
    assert line in out and PROSE in out


def test_a_site_disclaimer_for_reference_still_goes() -> None:
    note = "本网所载信息只供网友参考，一切以官方发布为准。"
    out = boil(["景区开放安排", PROSE, note])
    assert note not in out and PROSE in out


# -- 4. the last row of a closing list is no signer -----------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ["本届理事会成员如下：", "理事长　钱一鸣", "副理事长　孙二娜", "秘书长　邓三川"],
        ["今晚出场阵容：", "守门员　冯四海", "中锋　褚五岳", "队长　卫六合"],
        ["舞台監督　陳一帆", "燈光設計　梁二妹", "藝術總監　葉三叔"],
        ["周一　语文　数学", "周二　英语　美术", "班主任　钱一鸣"],
        ["如需办理，请联系以下部门。", "总经理　办公室"],
        ["如有急事，请联系值班人员。", "车间主任　值班室"],
    ],
)
def test_the_last_row_of_a_list_or_a_room_is_no_author(tail: list[str]) -> None:
    _, text, meta, rules = _run(["活动安排", "", PROSE, *tail])
    assert "author" not in meta
    assert "split.meta.signed_author" not in rules
    assert tail[-1] in text


def test_a_signer_under_the_notice_text_is_still_its_author() -> None:
    page = ["停车安排", "", "各位街坊：", PROSE, "主任　钱一鸣", "2024年3月2日"]
    _, _, meta, _ = _run(page)
    assert meta.get("author") == "钱一鸣"
