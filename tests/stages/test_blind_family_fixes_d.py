"""Fixes made after the third blind set (sealed_d_wendang, sealed_d_suibi, sealed_d_fagui)
was measured once (issue 12): each kind of failure as a small golden case in wordings of
its own (not the families'), plus the families' figures.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.repair import RepairStage
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split import SplitStage
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser, normalise_date
from tests.stages.family_figures import assert_floors

CLAUSE = "各社区应当在每季度末汇总第{}轮巡检记录，由牵头科室复核后录入平台并存档备查。"


def _repair(text: str) -> str:
    ed = Editor("p", text)
    RepairStage()(ed)
    return ed.text


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


# ---- page counters: middle dots, a page letter with a count


@pytest.mark.parametrize("mark", ["·4·", "• 4 •", "・12・", "p4/9", "P 4/9", "Pg. 4/9", "PG4／9"])
def test_dotted_and_lettered_counters_are_page_marks(mark: str) -> None:
    assert repair_tables().page_marks.fullmatch(mark), mark


@pytest.mark.parametrize("line", ["P4", "·", "4·", "Pa 4/9", "·第四章·", "PH7/8"])
def test_look_alikes_are_not_page_marks(line: str) -> None:
    # a bare 'P4' is a label, a lone dot or a half-framed number is no page counter
    assert not repair_tables().page_marks.fullmatch(line), line


@pytest.mark.parametrize("mark", ["·3·", "P3/7"])
def test_sentence_cut_by_a_dotted_or_lettered_counter_is_joined(mark: str) -> None:
    head = "河堤上的柳树一年年长高，每到清明前后，镇上的孩子们总爱"
    text = f"{head}\n\n{mark}\n\n折一枝回家插在门楣上。\n"
    out = _repair(text)
    assert "孩子们总爱折一枝回家插在门楣上。" in out
    assert mark not in out


def test_a_lone_dotted_number_between_whole_paragraphs_stays() -> None:
    # one ambiguous mark, no sentence crossing it, no numbering run: kept (when unsure keep)
    text = CLAUSE.format(1) + "\n\n·3·\n\n" + CLAUSE.format(2) + "\n"
    assert "·3·" in _repair(text)


# ---- headers: Roman numerals, a Chinese numeral parted from its title by a space


def test_roman_numeral_headers_cut_a_compilation() -> None:
    titles = ["某区关于整治夜市占道的通知", "某区关于修缮老街排水的通知"]
    lines = ["某区通知汇编（2件）", ""]
    for n, t in enumerate(titles):
        lines += [f"{'ⅠⅡ'[n]}. {t}", CLAUSE.format(n), CLAUSE.format(n + 4), ""]
    assert [d.title for d in _split(lines)] == titles  # type: ignore[attr-defined]


def test_roman_numeral_candidate_and_number() -> None:
    c = candidate(0, "Ⅲ. 河道清淤工作方案", vocab())
    assert c is not None and c.number == 3 and c.title == "河道清淤工作方案"


def test_cjk_numeral_and_a_space_is_a_header_only_with_the_space() -> None:
    v = vocab()
    c = candidate(0, "二 河道清淤工作方案", v)
    assert c is not None and c.number == 2 and c.title == "河道清淤工作方案"
    assert candidate(0, "二河道清淤工作方案", v) is None  # a word that starts with 二


def test_space_after_a_numbering_run_of_cjk_numerals_survives_repair() -> None:
    lines = ["某镇工作方案2篇", ""]
    for n, t in enumerate(["某镇河道清淤工作方案", "某镇夜市整治工作方案"], 1):
        lines += [f"{'一二'[n - 1]} {t}", CLAUSE.format(n), CLAUSE.format(n + 4), ""]
    out = _repair("\n".join(lines))
    assert "\n一 某镇河道清淤工作方案\n" in out and "\n二 某镇夜市整治工作方案\n" in out
    titles = [d.title for d in _split(lines)]  # type: ignore[attr-defined]
    assert titles == ["某镇河道清淤工作方案", "某镇夜市整治工作方案"]


def test_a_lone_numeral_split_off_its_word_is_still_joined() -> None:
    # no run: '十 分' is a word split by a stray space, as before
    out = _repair("十 分感谢各位邻居在汛期里的帮助，大家辛苦了。\n" + CLAUSE.format(1) + "\n")
    assert out.startswith("十分感谢")


# ---- metadata dates with a two-digit year


def test_two_digit_year_dates_in_metadata() -> None:
    assert normalise_date("19-06-11") == "2019-06-11"
    assert normalise_date("98.7.1") == "1998-07-01"
    assert normalise_date("2019/6/11") == "2019-06-11"
    # only a whole value: a code or a score inside text is no date
    assert normalise_date("编号19-06-11") is None
    assert normalise_date("19-13-11") is None
    meta = MetaParser().parse_meta_line("发布部门：某县水务局；发布日期：19-06-11")
    assert meta is not None and meta["published"] == "2019-06-11"


# ---- the three families themselves (seen now: their blind figures are recorded)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_d_fagui", {"content_f1": 0.98, "titles": 0.95, "metadata": 0.95}),
        ("sealed_d_wendang", {"content_f1": 0.95, "titles": 0.9, "metadata": 0.95}),
        # the essay site: its toolbar and page-title lines go since fix12e (tests in _e)
        (
            "sealed_d_suibi",
            {"content_f1": 0.98, "titles": 0.9, "counts": 0.95, "repairs": 0.95, "metadata": 0.95},
        ),
    ],
)
def test_blind_family_d_figures(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)


# ---- headers: a number before a title in book-title marks


def test_number_before_book_title_marks_heads_an_article() -> None:
    c = candidate(0, "2《河边的老磨坊》", vocab())
    assert c is not None and c.number == 2 and c.title == "河边的老磨坊"
    # more after the marks: the marks stay in the title
    c = candidate(0, "3《山居笔记》读后", vocab())
    assert c is not None and c.title == "《山居笔记》读后"
    titles = ["河边的老磨坊", "外婆的蒲扇"]
    lines = ["夏日小记2则", ""]
    for n, t in enumerate(titles, 1):
        lines += [f"{n}《{t}》", CLAUSE.format(n), CLAUSE.format(n + 4), ""]
    assert [d.title for d in _split(lines)] == titles  # type: ignore[attr-defined]


# ---- a numbered clause holding a whole sentence, then cut open by a page counter


def test_numbered_clause_with_a_full_stop_cut_by_a_counter_is_joined() -> None:
    text = "第四条　本办法适用于全镇渡口。各村应当\n\n·2·\n\n在汛期前完成渡船检修，并报镇里备案。\n"
    out = _repair(text)
    assert "各村应当在汛期前完成渡船检修" in out and "·2·" not in out
    # a short numbered heading that ends a sentence stays apart from the next line
    text = "第四条　附则。\n\n·2·\n\n在汛期前完成渡船检修，并报镇里备案。\n"
    assert "第四条　附则。\n" in _repair(text)


# ---- a two-part piece ('（上）', '（下）') under a head that names it


def test_two_part_piece_splits_when_the_head_names_its_base() -> None:
    v = vocab()
    c = candidate(0, "老街的雨（下）", v)
    assert c is not None and c.number == 2 and c.title == "老街的雨"
    assert candidate(0, "雨落在老街上", v) is None
    lines = ["老街的雨｜某某小站", ""]
    for part in "上下":
        lines += [f"老街的雨（{part}）", CLAUSE.format(1), CLAUSE.format(2), ""]
    titles = [d.title for d in _split(lines)]  # type: ignore[attr-defined]
    assert titles == ["老街的雨（上）", "老街的雨（下）"]
    # without the head naming it, the page stays one article (unsure, flagged)
    ed = Editor("p", "\n".join(["随笔两篇", "", *lines[2:]]) + "\n")
    assert len(SplitStage()(ed)) == 1
    assert [c.rule for c in ed.changes if c.action == "flag"] == ["split.generic_unsure"]


# ---- a dated label line closing an article is metadata


def test_dated_label_line_closing_an_article_is_metadata() -> None:
    lines = ["老街的雨", CLAUSE.format(1), CLAUSE.format(2), CLAUSE.format(3), "发布于 19-06-11"]
    (d,) = _split(lines)
    assert d.meta.get("published") == "2019-06-11"  # type: ignore[attr-defined]
    assert "19-06-11" not in d.text  # type: ignore[attr-defined]
    # a deadline is no publish date: the line stays text
    lines[-1] = "截止日期 2019/06/11"
    (d,) = _split(lines)
    assert "published" not in d.meta and "截止日期 2019/06/11" in d.text  # type: ignore[attr-defined]
