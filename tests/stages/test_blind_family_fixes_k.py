"""Fixes for the chrome and repairs the fifth blind set (sealed_f_*) left (issue 12,
fix12k), each kind as a small case in wordings of its own, with look-alikes that stay:

* page breaks by shape, joined where they cut a clause: a pager line (the words for the
  previous and next page around the number), a labelled running foot (``某某简报　2/5``),
  a lone Roman numeral line (a heading ``Ⅱ 范围``, ``2/4`` in prose, a fraction, a
  Roman numeral between whole sentences stay);
* a credit or date row (``文/某　2019年09月14日　浏览：86次``) is never joined to the line
  below it;
* lines a site repeats that are content: a board's sign-off, a short sentence inside the
  text (a short prompt at the page's edge still goes);
* prev/next links in any of the counting words (``上一条：``, ``下一则：``);
* a link list of questions under a learned heading (``· 某某怎么办？``) is a list, not
  prose;
* a navigation line framed by ornaments (``※ 下一项 ※``); a framed heading stays;
* a space splitting a word in a line of sentences is deleted even when a number follows
  the word (``本次 活动共有30人``); a unit before the space still keeps it.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.foot_lines import prose
from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair import RepairStage
from cleaner.stages.repair_tables import tables as repair_tables
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil as _boil
from tests.stages.stage_runs import plain_stage
from tests.stages.stage_runs import repair as _repair
from tests.stages.stage_runs import site_stage as _site

STAGE = plain_stage()
P1 = "河湾小学的图书角今年添了新书架，志愿者们利用周末把旧书重新分类，孩子们借书更方便了。"
P2 = "图书角每周三下午开放，家长可以陪孩子一起来挑书，管理员会登记借阅时间和归还日期。"
P3 = "到了学期末，借书最多的几个班级会收到一份小礼物，今年的礼物是手绘的书签和笔记本。"
HALF_A = "河湾小学的图书角今年添了新书架，志愿者们利用周末把旧书重新"
HALF_B = "分类，孩子们借书更方便了。"


def _p(line: str, k: int) -> str:
    """A prose line of page ``k`` (pages sharing their prose are one page for support)."""
    return f"{line[:-1]}，这是第{k}期的记录，留给以后的同学翻看。"


# ---- page breaks by shape


@pytest.mark.parametrize(
    "mark",
    [
        "共6页　上一页　3　下一页",
        "上页 2 下页",
        "首页 上一页 1 2 3 下一页 尾页",
        "河湾简报　2/5",
        "Ⅲ",
    ],
)
def test_a_sentence_cut_by_a_page_break_shape_is_joined(mark: str) -> None:
    out = _repair(f"{HALF_A}\n\n{mark}\n\n{HALF_B}\n{P2}\n")
    assert mark not in out
    assert HALF_A + HALF_B in out
    # and so when the boilerplate stage sees the page first (it leaves the mark)
    ed = Editor("p", f"小学图书角\n{HALF_A}\n\n{mark}\n\n{HALF_B}\n{P2}\n")
    STAGE(ed)
    RepairStage()(ed)
    assert HALF_A + HALF_B in ed.text
    rules = {c.rule for c in ed.changes if mark in c.before}
    assert rules == {"repair.join_broken_paragraph.page_mark"}, rules


@pytest.mark.parametrize(
    "line", ["Ⅱ 范围", "完成了 2/4 的任务", "3/4", "河湾简报　5/4", "得分，3/5", "第Ⅱ部分"]
)
def test_look_alikes_of_a_break_shape_are_not_marks(line: str) -> None:
    assert not break_mark(line, repair_tables().break_marks)


def test_break_shapes_between_whole_sentences_or_after_a_heading_stay() -> None:
    # a Roman numeral heading between whole paragraphs: nothing is cut, nothing joined
    out = _repair(f"{P1}\n\nⅡ\n\n{P2}\n")
    assert f"{P1}\nⅡ\n{P2}" in out
    # a title above a lone numeral holds no clause: not joined
    text = "河湾小学图书角的借阅管理办法\n\nⅡ\n\n借阅时间和归还日期由管理员登记。\n"
    assert "Ⅱ" in _repair(text)
    # a labelled fraction between sentences stays
    text = f"{P1}\n\n投票结果　2/4\n\n{P2}\n"
    assert "投票结果　2/4" in _repair(text)


def test_a_credit_row_is_not_joined_to_the_line_below() -> None:
    credit = "文/林小舟　图/白石　　2019年09月14日　　浏览：86次"
    text = f"图书角添了新书架\n{credit}\n\n{HALF_A}\n\n共3页　上一页　2　下一页\n\n{HALF_B}\n{P2}\n"
    out = _repair(text)
    assert f"\n{credit}\n" in out
    assert HALF_A + HALF_B in out


# ---- repeated lines that are content


def _site_pages(extra: list[str]) -> list[list[str]]:
    return [
        ["河湾简报", _p(P1, k), *extra, _p(P2, k), "特此公告。", "河湾文具股份有限公司董事会"]
        for k in range(8)
    ]


def test_a_board_sign_off_and_a_short_inner_sentence_stay_on_every_page() -> None:
    pages = _site_pages(["以下规定适用于本校。"])
    stage = _site(pages)
    out = _boil(pages[2], stage, site="s")
    assert "河湾文具股份有限公司董事会" in out
    assert "以下规定适用于本校。" in out


def test_a_short_repeated_line_at_the_edge_still_goes() -> None:
    pages = [[*p, "欢迎再来。"] for p in _site_pages([])]
    stage = _site(pages)
    out = _boil(pages[2], stage, site="s")
    assert "欢迎再来。" not in out
    assert "河湾文具股份有限公司董事会" in out


# ---- prev/next, question link lists, framed navigation


@pytest.mark.parametrize("line", ["上一条：图书角添了新书架", "下一则：运动会圆满结束", "下一条"])
def test_prev_next_links_go(line: str) -> None:
    assert line not in _boil(["图书角添了新书架", P1, P2, line])


def test_a_line_starting_with_next_in_prose_stays() -> None:
    line = "下一条新闻说，图书角下周起延长开放时间。"
    assert line in _boil(["图书角添了新书架", P1, line, P2])


def test_a_bulleted_question_is_a_list_item_not_prose() -> None:
    assert not prose("· 孩子不爱看书怎么办？")
    assert prose("孩子不爱看书怎么办？")
    assert prose(P1)


def test_a_question_link_list_under_a_learned_heading_goes() -> None:
    pages = []
    for k in range(8):
        qs = [f"· 第{k}个孩子不爱看书怎么办？", f"· 第{k + 1}本书适合几岁读？"]
        pages.append(["图书角问答", _p(P1, k), _p(P2, k), "相关提问", *qs])
    stage = _site(pages)
    out = _boil(pages[3], stage, site="s")
    assert "相关提问" not in out
    assert "第3个孩子不爱看书怎么办？" not in out
    assert _p(P2, 3) in out


@pytest.mark.parametrize("line", ["※ 下一项规范 ※", "— 以下为本周其他简报 —", "★ 返回目录 ★"])
def test_a_framed_navigation_line_goes(line: str) -> None:
    out = _boil(["图书角简报", P1, line, P2, P3])
    assert line not in out
    ed = Editor("p", f"图书角简报\n{P1}\n{line}\n{P2}\n")
    STAGE(ed)
    assert [c.rule for c in ed.changes] == ["boilerplate.rule.generic.decorated_nav"]


@pytest.mark.parametrize(
    "line", ["※ 注意事项 ※", "— 完 —", "以下为本周其他简报", "※ 以下为附件。※"]
)
def test_framed_look_alikes_are_not_navigation(line: str) -> None:
    ed = Editor("p", f"图书角简报\n{P1}\n{line}\n{P2}\n")
    STAGE(ed)
    assert not [c for c in ed.changes if c.rule.endswith("decorated_nav")]


# ---- spaces inside words of a sentence


def test_a_space_before_a_word_followed_by_a_number_in_a_sentence_goes() -> None:
    line = "图书角今年添了新书架，志愿者们利用周末把旧书重新分类，本次 活动共有30名同学参加。"
    assert "本次活动共有30名" in _repair(line + "\n")
    line = "图书角今年添了新书架，志愿者们利用周末把旧书重新分类，这学期合 计借出了120本书。"
    assert "这学期合计借出了120本书" in _repair(line + "\n")


def test_a_space_after_a_unit_or_in_a_headline_stays() -> None:
    # a number and its unit before the space: two phrases
    line = "图书角今年添了新书架，借出图书120本 新增读者40人，还办了两次读书会和一次征文。"
    assert "120本 新增" in _repair(line + "\n")
    # a name and its number after the space (an identifier in a sentence)
    line = "在外部调用这个方法时，可以使用 类名.方法名 的方式，表示节点2 与 节点5 相互连通。"
    assert line in _repair(line + "\n")
    # a headline (no sentence): a number after the word still marks a phrase
    assert "图书角 借出120本" in _repair("图书角 借出120本\n")


# ---- the four families (before this fix: F1 .892/.817/.891/.843, residue
# .211/.181/.396/.256, repairs .789/.762/1.0/.737 on biaozhun/gonggao/wenda/xueyuan;
# the residue left is page-title and compilation-name lines, the split stage's)


@pytest.mark.parametrize(
    ("name", "floor", "residue"),
    [
        ("sealed_f_biaozhun", {"content_f1": 0.95, "repairs": 1.0}, 0.06),
        ("sealed_f_gonggao", {"content_f1": 0.90, "repairs": 1.0}, 0.07),
        ("sealed_f_wenda", {"content_f1": 0.92, "repairs": 1.0}, 0.05),
        ("sealed_f_xueyuan", {"content_f1": 0.97, "repairs": 1.0}, 0.04),
    ],
)
def test_blind_family_k_figures(name: str, floor: dict[str, float], residue: float) -> None:
    assert_floors(name, floor, residue=residue)
