"""Entry rows of a compiled list (:mod:`split_cell_heads`, fixzo1): ``N／category／title``
rows whose number runs on by one from any start, each over the entry's card of labelled
cells and its labelled paragraphs, cut the page into entries; the title is the row's last
cell.  Look-alikes that stay one article: such rows with no card under them and no count
in the head, a table's rows with nothing between them, rows whose numbers do not run on,
dates and sentences parted by slashes.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_cell_heads import cell_head, cell_runs
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

HEAD = ["青石县第三批县级民俗项目名录", "经各乡镇推荐、评审小组审议，现将名录公布如下。"]
ENTRIES = [
    ("21", "民间舞蹈", "青石滩龙灯", "所在地：甲镇\u3000\u3000负责单位：甲镇文化站"),
    ("22", "传统技艺", "柳溪竹编", "所在地：乙乡\u3000\u3000负责单位：乙乡文化站"),
    ("23", "民间文学", "鹤岭山歌", "所在地：丙镇\u3000\u3000负责单位：丙镇文化站"),
]
PROSE = [
    "概况：这一项目流传已有两百多年，每逢节庆由村中老人带领青年一同排练和表演。",
    "现状：目前能够完整掌握全部技艺的人已经不多，年轻一代学习的意愿正在逐步提高。",
]


def _page(card: bool = True, numbers: tuple[str, ...] = ("21", "22", "23")) -> list[str]:
    lines = list(HEAD)
    for n, (_, tag, title, row) in zip(numbers, ENTRIES, strict=True):
        lines += ["", f"{n}／{tag}／{title}"] + ([row] if card else []) + PROSE
    return lines


def test_entry_rows_over_cards_split_the_list_titles_from_the_last_cell() -> None:
    arts = split(_page())
    assert [a.title for a in arts] == [t for _, _, t, _ in ENTRIES]
    for a in arts:
        assert "／" not in a.text  # the entry row is the header, not a content line
        assert all(p in a.text for p in PROSE)  # the labelled paragraphs stay, labels too


LONG_HEAD = [
    HEAD[0],
    "依照《青石县民俗项目保护条例》，经各乡镇推荐、评审小组实地考察和集中审议，"
    "现将本批3个项目予以公布，公布期为十五天，欢迎社会各界监督并提出意见建议。",
]


def test_entry_rows_under_a_prose_preamble_split_by_their_running_numbers() -> None:
    page = LONG_HEAD + _page()[2:]
    runs = cell_runs(page)
    assert [c.number for c in runs[0]] == [21, 22, 23]
    arts = split(page)
    assert [a.title for a in arts] == [t for _, _, t, _ in ENTRIES]
    assert all(p in arts[-1].text for p in PROSE)


def test_the_pages_one_info_bar_dates_every_entry_of_the_list() -> None:
    page = LONG_HEAD + _page()[2:]
    bar = "发布日期：2019-06-03\u3000来源：某科"
    hints = PageHints(published="2019-06-03", info_rows=(bar,))
    arts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
    assert [a.meta.get("published") for a in arts] == ["2019-06-03"] * 3
    # two bars on the page: each is some piece's own, none is read for every entry
    two = PageHints(published="2019-06-03", info_rows=(bar, bar))
    arts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=two)
    assert arts[0].meta.get("published") is None


def test_rows_without_a_card_or_a_count_stay_one_article() -> None:
    page = _page(card=False)
    arts = split(page)
    assert len(arts) == 1
    assert all(ln in "".join(a.text for a in arts) for ln in page[2:] if ln)


def test_rows_whose_numbers_do_not_run_on_are_no_entries() -> None:
    page = _page(numbers=("21", "25", "30"))
    assert cell_runs(page) == []


def test_a_table_of_rows_with_nothing_between_is_no_list_of_entries() -> None:
    page = [*HEAD, "1／张某／队长", "2／李某／副队长", "3／王某／队员", *PROSE]
    arts = split(page)
    assert len(arts) == 1
    assert "2／李某／副队长" in arts[0].text


def test_dates_and_sentences_parted_by_slashes_are_no_entry_rows() -> None:
    assert cell_head("12/05/2021") is None
    assert cell_head("3／甲类／我们在那里住了三天，看了很久。") is None
    assert cell_head("3／这是一个非常非常长的分类名字／某项目") is None
    assert cell_head("21／民间舞蹈／青石滩龙灯") == (21, "青石滩龙灯")


def test_zo_feiyi_floors() -> None:
    assert_floors(
        "sealed_zo_feiyi",
        {"content_f1": 0.93, "titles": 0.95, "counts": 0.95, "metadata": 0.95, "repairs": 0.95},
        residue=0.23,  # the closing objection notice, bureau and sign-off date: left
    )
