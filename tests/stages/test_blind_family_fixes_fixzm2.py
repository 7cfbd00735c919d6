"""Fixes for three single-document families of set zm (fixzm2), each mechanism as a small
case in wordings of its own, with look-alikes that must stay:

* a headline whose halves a lone ideographic space parts keeps it in the title taken from
  the ``<title>``, so it matches the visible ``<h1>`` line (no second title line);
* ``本报记者 某某 报道``: the verb of reporting is no letter of the reporter's name;
* an English byline with a date cell before ``By`` and a unit after the writer's name;
* an upper-case kicker over a date alone over the headline is a kicker; an English date
  written out alone over a bare title is its row;
* the title between its dated row above and its byline row under it: both rows read;
* a stock's quote bar at the head of a page, the ``楼主：`` poster row, a reply thread
  whose author rows close with where the reply came from (``IP属地：``);
* floors for the fixed families.

Every word is invented.
"""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_authors import byline_author
from cleaner.stages.comment_threads import comment_thread
from cleaner.stages.html_edges import kicker_labels
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_values import names_only
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"


# ---- the headline's ideographic space


def _page(h1: str, title: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a>　<a href='/a'>本地</a></div>"
        f"<h1>{h1}</h1><p>{PROSE}</p><p>{PROSE2}</p></body></html>"
    ).encode()


def test_a_lone_ideographic_space_in_the_headline_is_kept() -> None:
    page = extract(
        _page("河湾新渡口启用　首日客流平稳", "河湾新渡口启用　首日客流平稳 | 本地 | 某晚报")
    )
    assert page.title is not None and "河湾新渡口启用　首日客流平稳" in page.title
    lines = [ln for ln in page.text.split("\n") if ln.strip()]
    assert lines.count("河湾新渡口启用　首日客流平稳") == 1
    assert "河湾新渡口启用 首日客流平稳" not in lines


def test_runs_of_other_white_space_in_the_title_still_fold() -> None:
    page = extract(_page("河湾新渡口启用", "河湾新渡口启用 \n  | 某晚报"))
    assert page.title is not None and "\n" not in page.title and "  " not in page.title


# ---- the reporter's verb


def test_the_verb_of_reporting_is_no_letter_of_the_name() -> None:
    assert names_only({"author": "林远舟 报道"}) == {"author": "林远舟"}
    assert names_only({"author": "林远舟報道"}) == {"author": "林远舟"}
    # look-alikes: a plain name, and a desk's name that only holds the word
    assert names_only({"author": "林远舟"}) == {"author": "林远舟"}
    assert names_only({"author": "某报道组"}) == {"author": "某报道组"}


def test_a_reporters_row_gives_the_name_and_the_date() -> None:
    row = MetaLines().shaped_row("本報記者 林遠舟 報道　｜　2021年3月9日 10:05", near_title=True)
    assert row is not None and row["published"] == "2021-03-09"
    assert names_only(row)["author"] == "林遠舟"


# ---- English bylines, kickers and date lines


def test_a_date_cell_before_by_and_a_unit_after_the_name() -> None:
    page = "Kiln Opens\nMarch 3, 2021 · By Ada Penrose\nText of the story."
    assert byline_author(page, "Kiln Opens") == "Ada Penrose"
    page = "Kiln Opens\nBy Ada Penrose, Campus Relations\nText."
    assert byline_author(page, "Kiln Opens") == "Ada Penrose"
    # look-alikes: two writers stay two writers; 'by' inside a phrase is no byline
    page = "Kiln Opens\nBy Ada Penrose, Bo Lark\nText."
    assert byline_author(page, "Kiln Opens") == "Ada Penrose, Bo Lark"
    page = "Kiln Opens\nIn 2021 · by the old mill the kiln stood\nText."
    assert byline_author(page, "Kiln Opens") is None


def test_a_kicker_over_a_date_over_the_headline() -> None:
    assert kicker_labels(["ALUMNI", "March 3, 2021", "Kiln Opens"], ("Kiln Opens",)) == [0]
    # a line of words between: the kicker is not right over the headline
    assert kicker_labels(["ALUMNI", "A story of fire", "Kiln Opens"], ("Kiln Opens",)) == []


def test_an_english_date_alone_over_a_bare_title_is_its_row() -> None:
    page = ["March 3, 2021", "Kiln opens on the north lawn", "The kiln, built by students, fired."]
    assert MetaParser().meta_block(page, [0, 1, 2]) == [([0], {"published": "2021-03-03"})]
    page[0] = "March 3, 2021 was a cold day"  # a sentence opening with a date stays
    assert MetaParser().meta_block(page, [0, 1, 2]) == []


# ---- the title between its rows


def _split(rows: list[str]) -> tuple[str, dict[str, str], str]:
    title = "河湾新渡口启用　首日客流平稳"
    (a,) = split([title, rows[0], title, *rows[1:], PROSE, PROSE2])  # the <title> copy first
    return a.title, a.meta, a.text


def test_the_title_between_its_dated_row_and_its_byline() -> None:
    title, meta, text = _split(["更新時間：2021年3月9日 10:05", "撰文：林远舟"])
    assert title == "河湾新渡口启用　首日客流平稳"
    assert meta == {"published": "2021-03-09", "author": "林远舟"}
    assert "撰文" not in text and "更新" not in text and PROSE in text


def test_a_second_date_under_the_title_or_a_card_label_is_not_taken() -> None:
    _, meta, text = _split(["更新时间：2021年3月9日 10:05", "更新时间：2021年3月10日"])
    assert meta == {"published": "2021-03-09"} and "更新时间：2021年3月10日" in text
    _, meta, text = _split(["发布日期：2021年3月9日", "发文字号", "某政〔2021〕3号"])
    assert "发文字号" in text and "某政〔2021〕3号" in text


# ---- the stock forum


def test_a_quote_bar_at_the_head_goes_and_a_sentence_with_figures_stays() -> None:
    bar = "河湾股份 600123　最新 12.34　涨跌 +1.23%　成交额 3.4亿"
    text = boil([bar, "说说我为什么还拿着这只票", PROSE, PROSE2])
    assert bar not in text and PROSE in text
    said = "今天它收在12.34元，涨了1.23%，成交额3.4亿，比昨天多了不少。"
    text = boil(["说说我为什么还拿着这只票", said, PROSE])
    assert said in text


def test_the_poster_row_names_the_writer() -> None:
    row = MetaLines().shaped_row("楼主：晒谷人　发表于 2021-03-09 10:05:11", near_title=True)
    assert row is not None and row["author"] == "晒谷人" and row["published"] == "2021-03-09"
    # look-alike: a quote of the poster inside a reply is no row
    assert MetaLines().shaped_row("引用 楼主：先看看再说，别急着下结论……", near_title=True) is None


def test_a_reply_thread_with_places_goes_whole() -> None:
    page = [PROSE, "全部评论（2）", "晒谷人　2021-03-09 22:01　IP属地：河湾", "说得在理。"]
    page += ["老渡工　2021-03-09 23:15　IP属地：北岭", "拿住就好，别慌。", "", "页脚"]
    assert comment_thread(page) == [1, 2, 3, 4, 5]
    # look-alike: rows with places but no heading over them (a forum's own posts) stay
    assert comment_thread([PROSE, "晒谷人　2021-03-09 22:01　IP属地：河湾", "说得在理。"]) == []


# ---- floors


def test_the_fixed_families_hold_their_floors() -> None:
    full = {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for name in ("sealed_zm_guba", "sealed_zm_gangwen", "sealed_zm_newsroom"):
        assert_floors(name, full, residue=0.01)
