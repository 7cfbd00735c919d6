"""Fixes for the text families of the fourteenth blind set (sealed_p_pachong, a news
crawler's export, and sealed_p_wenxian, a traditional-Chinese archive; issue 12, fix12pa),
each kind as a small case in wordings of its own, with look-alikes that must stay:

* a crawler's record rows (``[tag] key=value``) are chrome;
* a row labelled as the title (``【标题】…``) gives the title and is a header line;
* a weak page mark cuts a sentence that the line above began after a full stop;
* a word split by a space in a news paragraph beside a byline's aside (``（记者 某某）``);
* a book's folio in brackets (``（页39）``, ``（頁39）``) is a page mark;
* a dotted-leader card (``编　　号……X``) is a metadata block; a record row parted by
  full-width stops or division slashes reads (a code glued to its label, an imprint's
  issuing verb after the organisation, traditional organisation names);
* framed titles (``== 标题 ==``) head a compilation, a framed count (``@@ 2/3 @@``)
  parts its pieces; a news list's ``本页N条`` is a count cue;
* the chrome cues read traditional characters; ``著作权归…所有`` is a copyright line;
* ROC-era dates named by 民國 (Chinese numerals or digits) read, a one-line sign-off
  (``date　某某謹識``) dates its piece;
* each piece of a list page takes the date of its own info bar.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.site_judge import KeepTable
from cleaner.stages.split_cells import cell_row, row_kind
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_marks import framed_count, framed_title
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_rows import sign_off
from cleaner.stages.split_titles import labelled_title
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, repair
from tests.stages.stage_runs import split as _split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
META = MetaParser()


# ---- a crawler's record rows


def test_record_rows_of_a_crawler_are_chrome() -> None:
    rows = ["[fetch] job=RX-7 code=200 at=2022-01-02", "[meta] encoding guessed=gbk used=gb18030"]
    out = boil([*rows, "河湾渡口新船下水", PROSE, PROSE2])
    assert not any(r in out for r in rows)
    assert PROSE in out


def test_a_log_line_quoted_in_the_text_stays() -> None:
    line = "[INFO] user=alice action=login"
    assert line in boil(["渡口售票系统上线记", PROSE, "日志里会看到这样一行：", line, PROSE2])


@pytest.mark.parametrize("line", ["[12] 参见上文的说明", "[注] 渡口=码头", "[a] x = y 的意思"])
def test_bracketed_notes_are_no_record_rows(line: str) -> None:
    assert line in boil(["河湾渡口新船下水", PROSE, line, PROSE2])


# ---- a row labelled as the title


def test_a_title_row_gives_the_title_and_is_a_header() -> None:
    assert labelled_title("[题名] 渡口的早晨") == "渡口的早晨"
    drafts = _split(["【标题】河湾渡口新船下水", "", PROSE, PROSE2])
    assert [d.title for d in drafts] == ["河湾渡口新船下水"]  # type: ignore[attr-defined]
    assert "【标题】" not in drafts[0].text  # type: ignore[attr-defined]


@pytest.mark.parametrize("line", ["标题党不可取，读者说。", "【标题】", "题目很难"])
def test_lines_about_titles_are_no_title_rows(line: str) -> None:
    assert labelled_title(line) is None


# ---- page marks


def test_a_weak_mark_cutting_a_begun_sentence_is_joined() -> None:
    text = f"{PROSE}\n新船今天上午在渡口正式下水。据船\n\n<<第2页>>\n\n工介绍，{PROSE2}\n"
    out = repair(text)
    assert "据船工介绍" in out and "第2页" not in out


def test_a_heading_above_a_weak_mark_is_not_joined() -> None:
    text = f"{PROSE}\n渡口的早晨\n\n<<第2页>>\n\n船工们{PROSE2}\n"
    assert "渡口的早晨\n" in repair(text)


@pytest.mark.parametrize("mark", ["（页39）", "（頁39）", "[页 7]"])
def test_a_bracketed_folio_is_a_page_mark(mark: str) -> None:
    text = f"{PROSE}\n岸边那几棵老柳树的枝条还在往下滴\n\n{mark}\n\n水，{PROSE2}\n"
    out = repair(text)
    assert "还在往下滴水" in out and mark not in out


def test_a_bracketed_page_word_in_a_sentence_stays() -> None:
    text = f"{PROSE}\n详见原书（页39）的注释。\n{PROSE2}\n"
    assert "（页39）" in repair(text)


# ---- a space inside a word beside a byline's aside


def test_a_split_word_beside_a_bylines_aside_is_joined() -> None:
    line = (
        "本报讯（通讯员 某某）渡口新船今天下水。据介绍，乘客络绎不绝。"
        "船工说：“方便多了。”开放首日渡口客 运达到315人次。"
    )
    out = repair(line + "\n")
    assert "渡口客运达到315人次" in out and "（通讯员 某某）" in out


def test_a_short_line_beside_a_spaced_aside_keeps_its_gap() -> None:
    line = "渡口起雾了 船还在等。 (阅读全文 转发此文)"
    assert repair(line + "\n").strip() == line


def test_names_spaced_as_items_stay() -> None:
    line = "（通讯员 某某）参加活动的有 渡口船队 晒谷场合作社 槐树书摊"
    assert repair(line + "\n").strip() == line


# ---- cards and record rows


def test_a_dotted_leader_card_is_a_metadata_block() -> None:
    lines = [
        "渡口旧事",
        "编　　号……HW-02-011",
        "整　　理……某某",
        "编　　印……河湾县地方志办公室",
        "出版日期……2019年4月2日",
        "",
        PROSE,
        PROSE2,
    ]
    (d,) = _split(lines)
    assert d.title == "渡口旧事"  # type: ignore[attr-defined]
    assert d.meta == {  # type: ignore[attr-defined]
        "doc_number": "HW-02-011",
        "issuer": "河湾县地方志办公室",
        "published": "2019-04-02",
    }
    assert "……" not in d.text  # type: ignore[attr-defined]


def test_a_table_of_contents_line_is_no_card_row() -> None:
    assert row_kind("第一章　渡口") is None
    assert META.parse_meta_line("渡口旧事……12") is None


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "（编号HW-3-07．某某整理．河湾縣地方志委員會．2018年5月6日）",
            {"doc_number": "HW-3-07", "published": "2018-05-06", "issuer": "河湾縣地方志委員會"},
        ),
        (
            "编号 HW-3-08∕河湾县地方志委员会编印∕2018.5.9",
            {"doc_number": "HW-3-08", "published": "2018-05-09", "issuer": "河湾县地方志委员会"},
        ),
    ],
)
def test_record_rows_parted_by_stops_or_slashes_read(row: str, want: dict[str, str]) -> None:
    assert cell_row(row, META.field_of) == want


def test_decimals_and_list_numbers_are_no_cells() -> None:
    assert cell_row("渡船长12．5米，宽3．2米", META.field_of) is None
    assert cell_row("1．2021年3月5日渡口开通", META.field_of) is None


# ---- ROC dates and sign-offs


@pytest.mark.parametrize(
    ("value", "want"),
    [("民國九十八年七月一日", "2009-07-01"), ("中华民国100年1月2日", "2011-01-02")],
)
def test_roc_era_dates_read(value: str, want: str) -> None:
    assert normalise_date(value) == want


def test_a_one_line_roc_sign_off_dates_the_piece() -> None:
    lines = ["渡口旧事", "", PROSE, PROSE2, PROSE, "民國九十八年七月一日　某某謹識"]
    (d,) = _split(lines)
    assert d.meta == {"published": "2009-07-01"}  # type: ignore[attr-defined]
    assert "民國九十八年七月一日　某某謹識" in d.text  # type: ignore[attr-defined]


def test_a_year_without_its_era_word_is_no_roc_date() -> None:
    assert normalise_date("九十八年七月一日") is None
    assert sign_off([PROSE, "船到了渡口　大家都来记"]) == {}


# ---- framed titles and counts


def test_framed_titles_head_a_list_page() -> None:
    titles = ["河湾渡口新船下水", "晒谷场新添凉棚", "槐树下开了书摊"]
    lines = ["本页共收3条", ""]
    for t in titles:
        lines += [f"~~ {t} ~~", PROSE, PROSE2, "* * *"]
    drafts = _split(lines)
    assert [d.title for d in drafts] == titles  # type: ignore[attr-defined]


def test_framed_headings_without_a_cue_stay_one_article() -> None:
    lines = ["渡口的一天", PROSE, "~~ 清晨的渡口 ~~", PROSE, PROSE2, "~~ 午后的渡口 ~~", PROSE2]
    assert len(_split(lines)) == 1


def test_framed_counts_and_end_marks_are_no_titles() -> None:
    assert framed_title("## 3/4 ##") is None and framed_title("~~ 完 ~~") is None
    assert framed_count("## 3/4 ##") and not framed_count("## 渡口 ##")


# ---- chrome in traditional characters


def test_the_chrome_cues_read_traditional_characters() -> None:
    keep = KeepTable()
    simplified = "本篇全文依原书校对，如有错字，敬请读者指正。仅供阅读参考。"
    traditional = "本篇全文依原書校對，如有錯字，敬請讀者指正。僅供閱讀參考。"
    assert keep.cues(traditional) == keep.cues(simplified)
    assert {"site_voice", "corrections", "legal"} <= set(keep.cues(traditional))
    # a sentence of the text names no cue in either script
    assert keep.cues("岸邊的柳樹還滴著水，船工們把纜繩一圈圈收好。") == []


@pytest.mark.parametrize("line", ["著作權歸原作者所有，僅供閱讀參考。", "著作权属河湾文库所有"])
def test_a_copyright_line_in_either_script_is_chrome(line: str) -> None:
    assert line not in boil(["渡口旧事", PROSE, PROSE2, line])


def test_a_sentence_about_copyright_stays() -> None:
    line = "他说，著作权法保护的是表达，不是思想。"
    assert line in boil(["渡口旧事", PROSE, line, PROSE2])


# ---- a list page's info bars


def test_each_piece_of_a_list_page_takes_its_own_info_bar() -> None:
    from cleaner.config import PipelineConfig
    from cleaner.model import RawInput
    from cleaner.pipeline import Pipeline

    lines = ["本页共收2条", ""]
    for t, d in [("河湾渡口新船下水", "2021-07-08"), ("晒谷场新添凉棚", "2021-07-02")]:
        lines += [f"== {t} ==", f"发布时间：{d} 09:30　来源：河湾村网", PROSE, PROSE2, ""]
    text = "\n".join(lines) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    assert [a.meta.get("published") for a in res.articles] == ["2021-07-08", "2021-07-02"]


# ---- the families' floors (what fix12pa reached, pages of one family in one folder)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        (
            "sealed_p_pachong",
            {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        ),
        (
            "sealed_p_wenxian",
            {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        ),
    ],
)
def test_the_fourteenth_blind_text_families_hold_their_floors(
    name: str, floor: dict[str, float]
) -> None:
    assert_floors(name, floor, residue=0.02)
