"""Fixes for two compilations of blind set zv (fixzv3b), each class in wordings of its
own, with look-alikes that stay:

* an issue's poems: each a title (one letter is enough) over its poet's marked byline
  (a glyph that is no placeholder, ``◆某某``, or a writer's label, ``作者：某某``) over
  three short lines of verse at least, is a passage; a placeholder glyph (``□``), two
  lines under each name (a roster of judges and their posts), labelled rows under a
  mover's row stay one text;
* a labelled note about the writer closing a piece (``作者简介：…``, ``【作者介紹】…``) is
  the piece's ``author_bio``, no line of its text; a note inside the text stays;
* a closing credit row naming one bare compiler (``编辑：某某``) beside the source the
  item was taken from names the item's author; an editor alone, a managing editor
  (``责任编辑``), an editor beside a writer, a reviewer or a supplying unit names none;
* a run of foot items each opened by one and the same short label and a bar
  (``相关｜某文``) between chrome is a related list; a credit label's run and a run
  with text below it stay.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.foot_lines import _labelled_runs
from cleaner.stages.split_bio_row import bio_row
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_passages import passage_run
from tests.stages.stage_runs import boil, split

FIELDS = MetaParser().field_of


def _poems(marks: list[str], titles: list[str], verse: list[list[str]]) -> list[str]:
    page: list[str] = []
    for mark, title, lines in zip(marks, titles, verse, strict=True):
        page += [title, mark, *lines]
    return page


# four lines each at least (split_passages.VERSE_MIN_LINES: three short lines under a
# marked name are as often a list's entry, review19)
VERSE = [
    ["潮水把石阶洗白", "渔灯在远处眨眼", "我数着回港的船", "盐粒落在掌心"],
    ["风从山口吹来", "柿子挂满枝头", "祖母在井边洗衣", "鸡在墙根打盹"],
    ["雪落了一夜", "屋檐垂下冰凌", "炉火还没有熄", "谁在门外跺脚"],
]


def test_poems_under_glyph_bylines_are_passages_one_letter_titles_too() -> None:
    page = ["某刊 · 诗页", *_poems(["◆柯远帆", "◆简秋禾", "◆宁川"], ["港", "秋日", "雪夜"], VERSE)]
    arts = split(page)
    assert [a.title for a in arts] == ["港", "秋日", "雪夜"]
    assert [a.meta.get("author") for a in arts] == ["柯远帆", "简秋禾", "宁川"]
    assert "渔灯在远处眨眼" in arts[0].text and "◆" not in "".join(a.text for a in arts)


def test_poems_under_writer_labels_traditional_script() -> None:
    verse = [
        ["燈下讀信", "字跡已經模糊", "窗外有人唱歌", "茶涼了"],
        ["河水很慢", "橋上無人", "蘆葦白了頭", "船在等誰"],
    ]
    page = _poems(["作者：沈知遠", "文／洪若溪"], ["舊信", "渡河"], verse)
    run = passage_run(page, FIELDS)
    assert run.titles == [0, 6]
    assert [a.meta.get("author") for a in split(page)] == ["沈知遠", "洪若溪"]


def test_poems_with_a_bio_closing_each_under_star_bylines() -> None:
    page = _poems(["★甘露", "★石遥"], ["井", "灯塔"], VERSE[:2])
    page.insert(6, "作者简介：甘露，1990年生，山城人，小学教师。")
    page.append("【作者介紹】石遙，海島人，寫詩十年。")
    arts = split(page)
    assert [a.title for a in arts] == ["井", "灯塔"]
    assert arts[0].meta.get("author_bio") == "甘露，1990年生，山城人，小学教师。"
    assert arts[1].meta.get("author_bio") == "石遙，海島人，寫詩十年。"
    text = "\n".join(a.text for a in arts)
    assert "作者简介" not in text and "作者介紹" not in text
    assert "柿子挂满枝头" in text


def test_a_roster_of_names_under_headings_is_no_poem() -> None:
    roster = ["评委", "◎柯远帆", "某大学教授", "主持", "◎简秋禾", "某台主播", "嘉宾", "◎宁川"]
    assert passage_run(roster, FIELDS).titles == []
    arts = split(roster)
    assert len(arts) == 1 and "◎柯远帆" in arts[0].text
    # a placeholder glyph over verse is a line of the poem, not a poet
    lost = _poems(["□柳岸", "□荷塘"], ["春晓", "夏夜"], VERSE[:2])
    assert passage_run(lost, FIELDS).titles == []
    # labelled rows under a writer's label: a record's rows, no verse
    rows = ["第一案", "作者：柯远帆", "事由：修路", "理由：", "路面坑洼，出行不便。"]
    assert passage_run([*rows, "第二案", *rows[1:]], FIELDS).titles == []


def test_bio_row_reads_labelled_notes_only() -> None:
    assert bio_row("作者简介：某甲，教师。", FIELDS) == {"author_bio": "某甲，教师。"}
    assert bio_row("作者介绍：某乙，记者。", FIELDS) == {"author_bio": "某乙，记者。"}
    assert bio_row("【作者簡介】某丙，作家。", FIELDS) == {"author_bio": "某丙，作家。"}
    assert bio_row("作者简介", FIELDS) is None
    assert bio_row("简介：本书共十章。", FIELDS) is None
    assert bio_row("他说作者简介应该写得短一些，这样读者才会看。", FIELDS) is None


def test_a_bio_inside_the_text_stays() -> None:
    prose = "那年冬天，院子里的雪下得很厚，我们一家人围着炉子说话，直到很晚才睡。"
    page = ["冬夜", "◆柯远帆", prose, "作者简介：柯远帆，渔村人。", prose, "远山", "◆简秋禾", prose]
    arts = split(page)
    assert "作者简介：柯远帆，渔村人。" in arts[0].text.split("\n")


def test_a_bare_editor_alone_beside_a_source_is_the_author() -> None:
    assert foot_row("（信息来源：某市气象台　编辑：柯远帆）", FIELDS) == {
        "origin": "某市气象台",
        "author": "柯远帆",
    }
    got = foot_row("（来源：某报｜編輯：簡秋禾）", FIELDS)
    assert got == {"origin": "某报", "author": "簡秋禾"}
    assert foot_row("——来源：某网　编辑：甘露", FIELDS) == {"origin": "某网", "author": "甘露"}


def test_an_editor_beside_others_or_a_managing_editor_is_no_author() -> None:
    assert foot_row("（责任编辑：柯远帆）", FIELDS) == {}
    assert foot_row("（编辑：宁川）", FIELDS) == {}  # no source: the desk's editor
    assert foot_row("（供稿：某学院　编辑：柯远帆）", FIELDS) == {"issuer": "某学院"}
    assert foot_row("（撰稿：简秋禾　编辑：柯远帆）", FIELDS) == {}
    assert foot_row("（来源：某报　编辑：宁川　校对：甘露）", FIELDS) == {"origin": "某报"}


PROSE = "正文写到这里，是一个完整的句子，到这里就结束了。"


def test_labelled_foot_items_between_chrome_are_a_related_list() -> None:
    page = [PROSE, "返回列表", "相关｜河边的新桥", "相关｜老街改造完工了吗？", "版权所有"]
    assert _labelled_runs(page, [1, 2, 3, 4], 0, {1, 4}, lambda s: False) == [[2, 3]]
    eng = [PROSE, "Back", "More | The new bridge", "More | Old street", "More | A quiet pier"]
    assert _labelled_runs(eng, [1, 2, 3, 4], 0, {1}, lambda s: False) == [[2, 3, 4]]
    bar = [PROSE, "上一页", "推荐丨山里的学校", "推荐丨一条河的故事", "联系我们"]
    assert _labelled_runs(bar, [1, 2, 3, 4], 0, {1, 4}, lambda s: False) == [[2, 3]]


def test_credit_runs_and_runs_over_text_stay() -> None:
    credit = [PROSE, "返回列表", "来源｜某报", "来源｜某台", "版权所有"]
    assert _labelled_runs(credit, [1, 2, 3, 4], 0, {1, 4}, lambda s: False) == []
    over = [PROSE, "返回列表", "相关｜河边的新桥", "相关｜老街改造", "后记写在这里"]
    assert _labelled_runs(over, [1, 2, 3, 4], 0, {1}, lambda s: False) == []
    mixed = [PROSE, "返回列表", "相关｜河边的新桥", "推荐｜老街改造", "版权所有"]
    assert _labelled_runs(mixed, [1, 2, 3, 4], 0, {1, 4}, lambda s: False) == []


def test_labelled_related_run_goes_in_the_boilerplate_stage() -> None:
    page = [
        "某镇新桥通车",
        PROSE,
        PROSE.replace("正文", "次段"),
        "返回顶部",
        "相关｜河边的柳树又绿了",
        "相关｜老街的夜市开张了吗？",
        "Copyright © 2023 某某网 版权所有",
    ]
    out = boil(page).split("\n")
    assert PROSE in out
    assert "相关｜河边的柳树又绿了" not in out and "相关｜老街的夜市开张了吗？" not in out
