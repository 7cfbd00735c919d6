"""Fixes for set zh's course catalogue and podcast pages (fixzh2): titles given in a row.

* A text card's row naming the piece by a name word after its kind (``課程名稱：某課``,
  ``活动名称：某事``; ``[titles] card_name_words``) gives the title as the table's title row
  does (``公告標題<TAB>某事``); a bare ``名称：`` or a unit's name (``单位名称：``) does not.
* An issue's tag cell before the title (``Vol.7｜某事``, ``第7期｜某事``) is the title's
  label: the title is the part after the bar, the row no line of the text; a year before a
  bar, or a tag with no bar, is no such cell.  The number alone (``Vol.7``) right over the
  page's headline is the series' tag over it, as a bracketed column tag (``【活動】``) is.
* A plain page's first line holding its site's name after a separator (``某事-某站``) or a
  gap is no headline wrapped over two lines: it is not joined to the line under it (a
  masthead under a PDF's page title stays out of the title).

Every word is invented; look-alikes that must stay are tested beside each fix.
"""

from __future__ import annotations

import json

import pytest

from cleaner.stages.split_tags import tag_over_headline
from cleaner.stages.split_titles import clean_title, labelled_title
from cleaner.stages.split_titles_cards import card_title
from cleaner.stages.title_wrap import wrapped_title
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

PROSE = [
    "本課程帶領學員從最基本的針法開始練習，每週完成一件小作品，學期末舉辦成果展。",
    "課堂上備有共用工具，學員只需自備布料與剪刀，材料費於第一次上課時收取。",
    "曾修過進階課程的學員可直接報名下學期的專題班，名額以十五人為限。",
]


# ---- a text card's name row


def test_a_name_word_after_a_kind_names_the_title() -> None:
    assert card_title("課程名稱：刺繡基礎班") == "刺繡基礎班"
    assert card_title("活动名称：秋季读书会") == "秋季读书会"
    assert card_title("公告標題\t春季招生說明") == "春季招生說明"  # the table row still


def test_other_name_rows_name_no_title() -> None:
    assert card_title("名稱：某物") is None  # a bare name word names any thing
    assert card_title("单位名称：某某区文化馆") is None  # no piece's kind
    assert card_title("項目名稱：某工程") is None
    assert card_title("課程名稱：本課程從零開始。適合初學者。") is None  # sentences
    assert card_title("課程代碼：K3301") is None


def test_a_course_card_gives_the_title_and_drops_the_label() -> None:
    page = [
        "某某社區大學　｜　課程查詢",
        "",
        "課程名稱：刺繡基礎班",
        "課程代碼：K3301",
        "公告日期：2022/4/6",
        "",
        *PROSE,
    ]
    arts = [a for a in split(page) if a.text.strip()]
    assert len(arts) == 1
    a = arts[0]
    assert a.title == "刺繡基礎班"
    assert "課程名稱" not in a.text
    assert a.meta.get("published") == "2022-04-06"
    assert all(p in a.text for p in PROSE)


def test_a_unit_name_row_over_a_text_is_no_title() -> None:
    page = ["某某社區大學　｜　課程查詢", "", "單位名稱：某某社區發展協會", "", *PROSE]
    arts = [a for a in split(page) if a.text.strip()]
    assert all(a.title != "某某社區發展協會" for a in arts)
    assert all(any(p in a.text for a in arts) for p in PROSE)


# ---- an issue's tag cell before the title


def test_an_issue_tag_cell_labels_the_title() -> None:
    assert labelled_title("Vol.12｜老街上的裁縫鋪") == "老街上的裁縫鋪"
    assert labelled_title("EP 3 | 夜市裡的第一攤") == "夜市裡的第一攤"
    assert labelled_title("第12期｜老街上的裁縫鋪") == "老街上的裁縫鋪"
    assert clean_title("Vol.12｜老街上的裁縫鋪")[0] == "老街上的裁縫鋪"


def test_look_alikes_of_the_tag_cell_stay() -> None:
    assert labelled_title("2022｜老街上的裁縫鋪") is None  # a year
    assert labelled_title("Vol.12 老街上的裁縫鋪") is None  # no cell bar
    assert labelled_title("Volvo｜老街上的裁縫鋪") is None
    assert labelled_title("Vol.12｜這一期聊了很多。下一期見。") is None  # sentences
    assert clean_title("老街上的裁縫鋪｜某某播客")[0] != "某某播客"


def test_an_issue_tag_row_opening_a_piece_gives_its_title() -> None:
    page = ["Vol.12｜老街上的裁縫鋪", "", *PROSE]
    arts = [a for a in split(page) if a.text.strip()]
    assert len(arts) == 1
    assert arts[0].title == "老街上的裁縫鋪"
    assert "Vol.12" not in arts[0].text
    assert all(p in arts[0].text for p in PROSE)


def test_an_issue_number_alone_over_the_headline_is_its_tag() -> None:
    names = ["老街上的裁縫鋪"]
    assert tag_over_headline(["Vol.12", "老街上的裁縫鋪", PROSE[0]], names) == [0]
    assert tag_over_headline(["第12期", "老街上的裁縫鋪", PROSE[0]], names) == [0]


def test_other_lines_over_or_under_the_headline_stay() -> None:
    names = ["老街上的裁縫鋪"]
    assert tag_over_headline(["老街上的裁縫鋪", "Vol.12", PROSE[0]], names) == []  # under
    assert tag_over_headline(["Vol.12", PROSE[0]], names) == []  # over the text
    assert tag_over_headline(["2022", "老街上的裁縫鋪", PROSE[0]], names) == []  # a year
    assert tag_over_headline(["Vol.12 上集", "老街上的裁縫鋪", PROSE[0]], names) == []


# ---- a page title with its site is no wrapped headline


def test_a_title_with_its_site_is_not_joined_to_the_next_line() -> None:
    under = "某某鎮人民政府常務會議紀要"
    assert wrapped_title(["鎮政府第三次常務會議紀要-某某鎮人民政府", under, "第3期"]) is None
    assert wrapped_title(["某某社區大學｜本學期課程", "刺繡基礎班", "講師：林小滿"]) is None
    assert wrapped_title(["某某社區大學　本學期課程", "刺繡基礎班", "講師：林小滿"]) is None


def test_a_wrapped_headline_still_joins() -> None:
    got = wrapped_title(["某某鎮修好了通往山上的", "石板路和木橋", "發布時間：2023-04-11"])
    assert got == "某某鎮修好了通往山上的石板路和木橋"
    # a hyphen between Latin letters or digits is no site separator
    got = wrapped_title(["某某鎮為K-12學校修好了通往", "山上的石板路", "發布時間：2023-04-11"])
    assert got == "某某鎮為K-12學校修好了通往山上的石板路"


def test_a_minutes_page_title_over_its_masthead() -> None:
    page = [
        "鎮政府第三次常務會議紀要-某某鎮人民政府",
        "",
        "某某鎮人民政府常務會議紀要",
        "第3期",
        "某某鎮人民政府辦公室　　2022年4月6日",
        "",
        "鎮政府第三次常務會議紀要",
        "",
        *PROSE,
    ]
    titles = [a.title for a in split(page) if a.text.strip()]
    assert titles == ["鎮政府第三次常務會議紀要"]


# ---- floor on the families fixed


@pytest.mark.parametrize(
    ("name", "titles"), [("sealed_zh_kecheng", 0.7), ("sealed_zh_shouting", 0.95)]
)
def test_fixed_families_floor(name: str, titles: float) -> None:
    f = family_figures(name)
    assert f["titles"] >= titles, f
    assert f["counts"] >= 0.95, f
    assert f["repairs"] >= 0.95, f
    json.dumps(f)  # plain figures
