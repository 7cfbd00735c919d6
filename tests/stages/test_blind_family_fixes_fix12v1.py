"""Fixes for what the archive family of the twentieth blind set (sealed_v_dangan) left
(issue 12, fix12v1), each as a small case in wordings of its own, with look-alikes:

* a line holding only a date (a document's sign-off date, ``中華民國…年…月…日``) that
  repeats in shape below the page's header zone is the document's, never site chrome;
  a crawl-day date alone in the header bar still goes;
* a record's card (label lines over value lines, three pairs at least) is read by the
  values' shapes: a code is its number, a body's name (``某县政府`` too) its issuer, its
  one date under a label that names no deadline its date; a value may look like a label
  (an organisation, a word shorter than its label below two cells); a ``label：…`` line
  ends the card;
* a bracketed page mark naming its source (``［原书第2页］``) is a page mark: chrome on
  an HTML page, and the sentence it cut is joined (a cross-reference ``（见第3页）`` stays).

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.ingest.html import extract
from cleaner.stages.site_judge import KeepTable, chrome_signals
from cleaner.stages.split_cells import cell_stack
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, repair, site_stage, split

PLACES = ["東嶺", "西溪", "南坪", "北崗", "中渡", "上灣", "下寨"]
NEEDS = ["修橋", "築堤", "開渠", "建倉", "設學", "施藥", "賑糧"]
DAYS = [
    f"二十{n}年{m}月{d}日"
    for n, m, d in zip("三四五六七八九", "五六七八九十一", "九一二三四五六", strict=True)
]


def _archive_page(i: int) -> list[str]:
    return [
        "青崖市文献馆　旧档浏览",
        f"中華民國一百一十三年三月{10 + i}日",  # the crawl day, alone in the header bar
        "首页 · 馆藏 · 利用 · 展览",
        f"{PLACES[i]}鄉公所為{NEEDS[i]}請款的呈文",
        f"查{PLACES[i]}一帶去年秋收欠佳，貧戶甚多，冬令將屆，衣食兩缺，亟待{NEEDS[i]}救濟。",
        f"茲擬就{PLACES[i]}地方籌集款項{i + 3}百元，專為{NEEDS[i]}之用，理合備文呈請核示。",
        f"再查{PLACES[i]}向有義倉一所，年久失修，存穀無多，{NEEDS[i]}一事，實難就地籌辦。",
        f"如蒙核准，即由本所派員會同{PLACES[i]}紳董經理其事，並將收支細數按月造冊呈報。",
        "謹呈",
        f"{PLACES[(i + 1) % 7]}專員公署",
        f"鄉長　{'林陳周吳鄭王馮'[i]}某",
        f"中華民國{DAYS[i]}",
        f"原件掃描　共{i + 2}幅",
        "青崖市文献馆　版权所有",
        "地址：青崖市文献路8号",
    ]


def test_a_date_line_below_the_header_zone_is_the_documents() -> None:
    pages = [_archive_page(i) for i in range(7)]
    stage = site_stage(pages)
    for i, page in enumerate(pages):
        out = boil(page, stage, site="s")
        assert f"中華民國{DAYS[i]}" in out
        assert f"專為{NEEDS[i]}之用" in out


def test_a_crawl_day_date_in_the_header_bar_still_goes() -> None:
    pages = [_archive_page(i) for i in range(7)]
    stage = site_stage(pages)
    out = boil(pages[2], stage, site="s")
    assert "中華民國一百一十三年三月12日" not in out
    assert "版权所有" not in out


# ---- a record's card: label lines over value lines, read by the values' shapes

F = MetaParser().field_of
CARD = ["卷宗号", "QX-07-112", "编者", "青崖县政府", "成卷时间", "1936-04-02"]
CARD += ["介质", "缩微　2盘", "查阅限制", "无"]


def test_a_records_card_reads_its_number_issuer_and_date() -> None:
    body = ["事由：為修補城牆請款由", "查本城西門一帶城牆年久失修，雨後坍塌數丈。"]
    size, meta = cell_stack([*CARD, *body], F)
    assert size == len(CARD)  # the card and nothing of the text below it
    assert meta == {"doc_number": "QX-07-112", "published": "1936-04-02", "issuer": "青崖县政府"}


def test_a_card_page_gives_the_fields_and_keeps_the_text() -> None:
    body = ["查本城西門一帶城牆年久失修，雨後坍塌數丈，行人往來甚為危險。"]
    body += ["擬即招工修補，所需工料約計銀元二百元，理合呈請核示。", "謹呈"]
    arts = split(["青崖县政府关于修补城墙的呈文", *CARD, *body])
    assert len(arts) == 1
    assert arts[0].meta.get("issuer") == "青崖县政府"
    assert arts[0].meta.get("published") == "1936-04-02"
    assert arts[0].meta.get("doc_number") == "QX-07-112"
    assert all(b in arts[0].text for b in body)
    assert "缩微" not in arts[0].text


@pytest.mark.parametrize(
    "lines",
    [
        # a deadline on a card is no record's date
        ["编号", "QX-07-112", "主办", "青崖县政府", "截止时间", "1936-04-02", "正文。"],
        # two dates: which one is the record's is not sure
        ["开始时间", "1936-04-02", "结束时间", "1936-05-02", "地点", "县城", "正文。"],
    ],
)
def test_look_alike_cards_read_no_date(lines: list[str]) -> None:
    _, meta = cell_stack(lines, F)
    assert "published" not in meta


def test_headings_under_a_short_stack_stay_text() -> None:
    # a label-shaped word under a label is a value only below two cells of a card
    lines = ["第一章", "总则", "第二章", "分则", "正文。"]
    assert cell_stack(lines, F) == (0, {})


def test_a_labelled_line_is_no_cells_value() -> None:
    lines = ["编号", "QX-07-112", "编者", "青崖县政府", "原文", "事由：為修補城牆請款由"]
    size, _ = cell_stack(lines, F)
    assert size == 4


# ---- a transcription's mark where a page of the original turned

PROSE = "查本城西門一帶城牆年久失修，雨後坍塌數丈，行人往來甚為危險，亟應設法修補。"


def _transcript(mid: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>修补城墙的呈文--青崖市文献馆</title></head>"
        "<body><div class='top'><a href='/'>首页</a> | <a href='/c'>馆藏</a></div>"
        "<h1>青崖县政府关于修补城墙的呈文</h1>"
        f"<div class='tx'><p>{PROSE}</p>{mid}<p>{PROSE}</p></div>"
        "<p class='ft'>青崖市文献馆　版权所有</p></body></html>"
    )


def _run_html(tmp_path: Path, html: str) -> str:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return "\n".join(json.loads(x)["text"] for x in rows)


def test_a_source_page_mark_is_chrome_and_the_cut_sentence_joins(tmp_path: Path) -> None:
    mid = "<p>擬即招工修補，所需工料約計銀元二</p><div class='pg'>〔底本第3頁〕</div>"
    mid += "<p>百元，理合呈請核示。</p>"
    text = _run_html(tmp_path, _transcript(mid))
    assert "擬即招工修補，所需工料約計銀元二百元，理合呈請核示。" in text
    assert "底本第3頁" not in text


def test_a_text_page_joins_the_sentence_a_source_page_mark_cut() -> None:
    cut = ["擬即招工修補，所需工料約計銀元二", "［原书第2页］", "百元，理合呈請核示。"]
    text = repair("\n".join([PROSE, *cut, PROSE]) + "\n")
    assert "約計銀元二百元，理合呈請核示。" in text
    assert "原书第2页" not in text


def test_a_bracketed_cross_reference_stays() -> None:
    e = extract(_transcript("<p>（见第3页）</p><p>（詳見第5頁）</p>"))
    assert "（见第3页）" in e.body and "（詳見第5頁）" in e.body


# ---- a site's note on how it made its texts, under every page

NOTE = "录入说明：本篇由志愿者依据旧刊逐字录入，错字照录，缺字以□代替。"


def test_a_repeated_note_label_at_the_foot_goes_and_a_texts_own_note_stays() -> None:
    pages = []
    for i in range(7):
        page = _archive_page(i)
        own = f"說明：{PLACES[i]}一帶舊有渡船{i + 2}隻，今已全數損壞，須另行購置。"
        pages.append([*page[:5], own, *page[5:-3], NOTE, *page[-2:]])
    stage = site_stage(pages)
    out = boil(pages[3], stage, site="s")
    assert NOTE not in out
    assert f"說明：{PLACES[3]}一帶舊有渡船5隻" in out


# ---- the family these fixes were made for


def test_fixed_family_holds_its_floor() -> None:
    f = family_figures("sealed_v_dangan")
    assert f["content_f1"] >= 0.95 and f["residue"] <= 0.1  # blind: .571 / .455
    assert f["repairs"] >= 0.95 and f["metadata"] >= 0.95  # blind: .727 / .500
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95


def test_a_note_label_is_a_cue_only_at_the_pages_edge() -> None:
    keep = KeepTable()
    cues = keep.cues(NOTE)
    assert "note_label" in cues
    assert chrome_signals(NOTE, mean_pos=0.9, masked=False, cues=cues)
    assert not chrome_signals(NOTE, mean_pos=0.5, masked=False, cues=cues)
