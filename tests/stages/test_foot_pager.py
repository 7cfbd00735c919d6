"""A pager at the foot told by its pair (previous/next with one item word no list names),
and the rights sentence right over it (foot_pager.py).  Invented wording throughout."""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.boilerplate import BoilerplateConfig, BoilerplateStage
from cleaner.stages.foot_pager import FOOT_RIGHTS, PAGER_PAIR, foot_pager

BODY = [
    "山路轉了三個彎，茶園就在雲霧後面，採茶的人早已出門。",
    "午後下起細雨，我們在涼亭裡等了很久，才看見對面山頭亮起來。",
]


def _run(lines: list[str]) -> str:
    ed = Editor("p0", "\n".join(lines) + "\n")
    BoilerplateStage([], config=BoilerplateConfig(line_model=False))(ed)
    return ed.text


def test_column_pager_and_rights_note_go_through_the_stage() -> None:
    out = _run(
        [
            "霧中茶園",
            *BODY,
            "本誌所刊圖文版權屬各作者，轉載前請先取得同意。",
            "上一專欄：山居",
            "下一專欄：海濱",
        ]
    )
    assert "午後下起細雨" in out
    assert "上一專欄" not in out and "下一專欄" not in out
    assert "轉載前" not in out


def test_variants_of_the_pair() -> None:
    # a course paged by unit, simplified, half-width colon, spaces
    a = [*BODY, "前一单元: 分数的加法", "后一单元: 分数的乘法"]
    # next before previous, an English pager by section
    b = [*BODY, "Next section: Harbour lights", "Previous section: Tide tables"]
    # a gallery paged by room, with a blank line between the two
    c = [*BODY, "上一展廳：青銅器", "", "下一展廳：書畫"]
    assert sorted(foot_pager(a, set())) == [2, 3]
    assert sorted(foot_pager(b, set())) == [2, 3]
    assert sorted(foot_pager(c, set())) == [2, 4]
    assert set(foot_pager(c, set()).values()) == {PAGER_PAIR}


def test_look_alikes_stay() -> None:
    # a how-to's own steps, a pair inside the text with prose below, a single line,
    # two item words that differ, a link that is a sentence
    steps = [*BODY, "上一步：把蓋子打開", "下一步：倒入熱水"]
    inside = ["上一章：序", "下一章：河", *BODY, *BODY]
    single = [*BODY, "下一專欄：海濱"]
    mixed = [*BODY, "上一專欄：山居", "下一展廳：書畫"]
    sentence = [*BODY, "上一回：他們在橋上分手，各自回家。", "下一回：重逢。"]
    for page in (steps, inside, single, mixed, sentence):
        assert foot_pager(page, set()) == {}, page


def test_rights_sentence_needs_the_pager_below() -> None:
    rights = "本站文字版權所有，未經許可請勿轉載。"
    assert foot_pager([*BODY, rights], set()) == {}
    got = foot_pager([*BODY, rights, "上一期：春", "下一期：夏"], set())
    assert got[2] == FOOT_RIGHTS
    # a sentence of the text right over the pager is no rights note
    plain = foot_pager([*BODY, "我們在山腳下道別，各自回家。", "上一期：春", "下一期：夏"], set())
    assert 2 not in plain


def test_book_part_pager_whose_links_are_part_headings() -> None:
    # a chronicle paged by section, traditional letters, the links the sections' headings
    chron = [*BODY, "上一節：第四章　水利", "下一節：第六章　祠廟", "列印　｜　回饋"]
    # a textbook site paged by 节, simplified, decimal section numbers
    text = [*BODY, "上一节：3.1 细胞的结构", "下一节：3.3 细胞的分裂"]
    # an archive paged by volume, the bare volume headings
    vols = [*BODY, "上一卷：卷二", "", "下一卷：卷四　物产"]
    assert sorted(foot_pager(chron, set())) == [2, 3]
    assert sorted(foot_pager(text, set())) == [2, 3]
    assert sorted(foot_pager(vols, set())) == [2, 4]
    out = _run(["某縣志", *BODY, "上一節：第四章　水利", "下一節：第六章　祠廟"])
    assert "上一節" not in out and "下一節" not in out and "午後下起細雨" in out


def test_book_part_pairs_of_the_text_stay() -> None:
    # a lesson's own outline (the links describe, no part heading), a heading that runs on
    # into a sentence, a pair inside the text with prose below, steps and generations
    lesson = [*BODY, "上一节：复习了细胞的结构", "下一节：学习细胞的分裂"]
    runs_on = [*BODY, "上一节：第二章讲过的内容", "下一节：第三章将讨论分裂"]
    inside = [*BODY, "上一節：第四章　水利", "下一節：第六章　祠廟", *BODY]
    steps = [*BODY, "上一步：第2步", "下一步：第4步"]
    for page in (lesson, runs_on, inside, steps):
        assert foot_pager(page, set()) == {}, page
