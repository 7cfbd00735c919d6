"""Fixes for set zk's compiled pages (fixzk).

* A board's entry row ``＃0042　网友 某某 提问于 2020/5/6　｜　回复 2`` (a serial, the
  poster's cell: a member's name, the verb of posting closed by 于 and the day, a count)
  read as nothing: the serial's mark was taken for a date's glyph and the dated cell
  opens with a name.  It now reads as the poster and the day (:meth:`MetaLines._posted`),
  so a run of the page's ``<h3>`` questions, each under such a row, is a compilation
  (:func:`split_headings.heading_run`) whose rows are the pieces' metadata; in plain
  text, questions each under such a row (:func:`split_asked.asked_run`, which now lets a
  row close on the entry's counts after its date and reads the asker).
* A board's bracketed label over each answer (``【客服回复】``: who answers and a verb of
  answering, alone in its brackets) is a bar (rule ``answer_label``, golden lines).
* A newsletter's stories each open with a section row ``02 ········ 某栏　SOME COLUMN`` (a
  number, a leader of dots, the column's name) over the story's title, its English and a
  bilingual byline ``文／某某（2003届某系）　Text by …, Class of 2003　｜　2021.06.03``: a
  run of such rows is a compilation whose titles are the lines under the rows (as a tag
  row's: :func:`split_header_shapes.leader_row`, the leader's length no part of the
  shape), the byline read as its Han cells (the English credit its gloss) under the
  title and its English (an English headline may hold a comma).
* A sentence in a label that opens a line of every piece (``In brief: …``) is the text's
  even when another issue printed the same words (the site learned it as chrome and the
  last story lost its line): :func:`repeat_keeps.labelled_slot`.
* A space between Han letters in a clause of 32 characters or more closed by a full stop,
  no comma in it, before an amount with its unit (``加班 工资12800元。``), was kept: the
  clause was no sentence and the amount, cut at the reach, read as an identifier's
  number.  Such a clause is a sentence, and the number is read whole.
* The bare label ``发稿`` at a page's head names the desk that supplied the item (its
  origin, as ``供稿``).

Look-alikes that stay: a forum thread whose replies each open with such a row over their
prose (no heading under the rows: the replies are the thread's, one article); a row whose
verb is no verb of posting or an edit's ('最后更新于'); a row of two dates; a contents list
with dotted leaders; one story with a ``＊　＊　＊`` scene break; an English cell that is
a sentence; a notice's labelled line with no sibling slot (still learned as chrome).
Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_header_shapes import leader_row
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, repair, site_stage, split

ANSWER = "您好，这个问题要看具体的情况，一般来说按照流程办理就可以了，不必太担心。"
BODY = "我最近遇到了这件事情，想请教一下大家平时都是怎么处理的，谢谢各位的帮助。"
QUESTIONS = ["换季的时候被子怎么收纳？", "阳台的花盆要多久浇一次水？", "旧家具可以送到哪里回收？"]
ROWS = [
    "＃0815　网友 林小某 提问于 2020/5/16　｜　回复 1",
    "＃0342　网友 王小某 提问于 2020/5/9　｜　回复 3",
    "＃0977　网友 陈某某 提问于 2020/5/2　｜　回复 1",
]


def _board() -> list[str]:
    page = ["家居问答 第3页 - 某某生活网", "家居问答"]
    for row, q in zip(ROWS, QUESTIONS, strict=True):
        page += [row, q, BODY, ANSWER, ANSWER]
    return page


def _split(page: list[str], headings: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    hints = PageHints(title=page[0], h1="家居问答", headings=("家居问答", *headings))
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
    return [(d.title, dict(d.meta)) for d in drafts]


def test_a_board_row_reads_its_poster_and_day() -> None:
    m = MetaLines()
    assert m.shaped_row(ROWS[0], near_title=True) == {
        "published": "2020-05-16",
        "author": "林小某",
    }
    assert m.shaped_row("＃12　會員 林小某 提問於 2020/5/6", near_title=True) == {
        "published": "2020-05-06",
        "author": "林小某",
    }


def test_a_row_of_another_verb_or_two_dates_gives_no_poster() -> None:
    m = MetaLines()
    assert m._posted("＃12　网友 林小某 回想于 2020/5/6") is None
    assert m._posted("林小某 提问于 2020/5/6　2020/5/7") is None
    assert m._posted("林小某 提问于 2020/5/6，后来又补充了很多。") is None


def test_questions_each_under_a_board_row_are_pieces() -> None:
    got = _split(_board(), tuple(QUESTIONS))
    assert [t for t, _ in got] == QUESTIONS
    assert [m.get("author") for _, m in got] == ["林小某", "王小某", "陈某某"]
    assert [m.get("published") for _, m in got] == ["2020-05-16", "2020-05-09", "2020-05-02"]


def test_a_plain_text_board_splits_at_its_questions_too() -> None:
    # no heading says which lines are the questions: each question right under its row
    # (split_asked.asked_run, the row's counts after its date)
    drafts = split(_board())
    assert [d.title for d in drafts] == QUESTIONS
    assert [d.meta.get("author") for d in drafts] == ["林小某", "王小某", "陈某某"]
    assert all(d.text.startswith(q) for d, q in zip(drafts, QUESTIONS, strict=True))


def test_a_thread_whose_replies_open_with_board_rows_stays_one() -> None:
    page = ["某某问题讨论 - 某某生活网", "某某问题讨论", ROWS[0], BODY, ANSWER]
    for row in ROWS[1:]:
        page += [row, ANSWER, BODY]
    assert len(_split(page, ())) == 1


def test_zk_chewen_floors() -> None:
    assert_floors(
        "sealed_zk_chewen",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.02,
    )


# -- a newsletter's stories under numbered section rows -------------------------------------

STORY = "那年秋天我们一起在操场上种下了一排小树，如今它们已经长得比教学楼还高了。"
BYLINES = [
    "文／林某某（2003届化学系）　Text by Lin Moumou, Class of 2003　｜　2021.06.03",
    "文／王某某（1999届外语系）　Text by Wang Moumou, Class of 1999　｜　2021.06.11",
]


def _issue(leader: str = "··········") -> list[str]:
    return [
        "某某大学校友通讯 2021年第2期",
        "本期目录：老树新枝 / 远方来信",
        f"01 {leader} 校园记忆　CAMPUS MEMORIES",
        "老树新枝",
        "Old Trees, New Branches",
        BYLINES[0],
        STORY,
        STORY,
        "In brief: A row of trees planted long ago still shades the yard.",
        "",
        f"02 {leader}{'·' * 4} 海外来鸿　LETTERS FROM AFAR",
        "远方来信",
        "A Letter From Far Away",
        BYLINES[1],
        STORY,
        STORY,
        "In brief: An old friend writes home after many years abroad.",
    ]


def test_stories_under_numbered_section_rows_are_pieces() -> None:
    drafts = split(_issue())
    assert [d.title for d in drafts] == ["老树新枝", "远方来信"]
    assert [d.meta.get("author") for d in drafts] == ["林某某", "王某某"]
    assert [d.meta.get("published") for d in drafts] == ["2021-06-03", "2021-06-11"]
    # the title and its English stay the piece's text; the section row and byline go
    assert drafts[1].text.split("\n")[:2] == ["远方来信", "A Letter From Far Away"]
    assert not any("LETTERS FROM AFAR" in d.text or "Text by" in d.text for d in drafts)


def test_a_section_row_needs_its_leader_and_no_page_number() -> None:
    assert leader_row("02 ········ 某栏　SOME COLUMN")
    assert not leader_row("第一章 ……… 3")
    assert not leader_row("02 ········ 15")
    assert not leader_row("02 某栏　SOME COLUMN")


def test_a_contents_list_with_dotted_leaders_stays_one_article() -> None:
    page = [
        "某某手册",
        "目录",
        "1 ·········· 总则",
        "2 ·········· 管理办法",
        "3 ·········· 附则",
        "总则",
        STORY,
        STORY,
        "管理办法",
        STORY,
    ]
    assert len(split(page)) == 1


def test_one_story_with_a_scene_break_stays_one() -> None:
    page = ["某某的回忆", "文／林某某　2021.06.03", STORY, STORY, "＊　　＊　　＊", STORY, STORY]
    assert len(split(page)) == 1


def test_a_bilingual_byline_reads_as_its_han_cells() -> None:
    m = MetaLines()
    assert m.shaped_row(BYLINES[0], near_title=True) == {
        "published": "2021-06-03",
        "author": "林某某",
    }
    # an English cell that is no credit's gloss is a sentence: no row
    assert m._glossed("文／林某某　We met by chance, in 2003　｜　2021.06.03") is None


def test_zk_xiaoyou_floors() -> None:
    assert_floors(
        "sealed_zk_xiaoyou",
        {"content_f1": 0.97, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.02,
    )


# -- the sentence in a label every piece fills; a desk's 发稿 row; a board's answer label ------

BRIEFS = [
    "In brief: The old trees in the yard still give shade every summer.",
    "In brief: A letter from abroad reached the class after twenty years.",
    "In brief: Volunteers hope more graduates will join the next gathering.",
]


WORDS = ["river", "garden", "library", "harbour", "stadium", "orchard", "bridge", "tower"]


def _issues() -> list[list[str]]:
    """Eight issues of one newsletter; the last story's brief reads alike on four."""
    pages = []
    for k in range(8):
        page = [f"某某校友通讯 第{k + 1}期", "某某大学校友总会　首页　校友刊物"]
        for n in range(3):
            page += [f"第{k + 1}期的第{n + 1}篇故事", STORY.replace("那年", f"{2000 + k}年")]
            own = f"In brief: Friends met by the {WORDS[(k + n) % 8]} near the {WORDS[n + 3]}."
            page.append(BRIEFS[2] if n == 2 and k % 2 == 0 else own)
        page += ["欢迎校友投稿，来稿请注明届别和院系。", "某某大学校友总会　版权所有"]
        pages.append(page)
    return pages


def test_a_labelled_sentence_each_piece_fills_is_kept_however_often_repeated() -> None:
    pages = _issues()
    stage = site_stage(pages)
    out = boil(pages[2], stage, site="s")
    assert BRIEFS[2] in out
    assert "版权所有" not in out  # the site's foot still goes


def test_a_labelled_line_without_sibling_slots_is_still_learned() -> None:
    notice = "声明：本站内容仅供参考，转载请注明出处并保留原文链接。"
    pages = [[*p[:-2], notice, p[-1]] for p in _issues()]
    out = boil(pages[1], site_stage(pages), site="s")
    assert notice not in out


def test_a_desk_row_names_the_origin() -> None:
    row = "文号：某劳人仲公〔2021〕7号　发稿：立案庭　日期：2021年03月09日　点击：57"
    got = MetaLines().shaped_row(row, near_title=True)
    assert got is not None and got.get("origin") == "立案庭"
    assert got.get("doc_number") == "某劳人仲公〔2021〕7号"
    assert got.get("published") == "2021-03-09"


def test_a_space_before_an_amount_in_a_long_clause_is_cut() -> None:
    line = "三、被申请人于裁决生效之日起十日内一次性支付申请人加班 工资12800元。"
    assert repair(line + "\n").strip() == line.replace(" ", "")
    # a headline's phrases and a short identifier keep their gap
    assert repair("目标价至105.3元 维持持有评级\n").strip() == "目标价至105.3元 维持持有评级"
    assert repair("故障出在节点 5，已经修复。\n").strip() == "故障出在节点 5，已经修复。"


def test_zk_zhongcai_floors() -> None:
    assert_floors("sealed_zk_zhongcai", {"content_f1": 0.99, "metadata": 0.95, "repairs": 0.95})
