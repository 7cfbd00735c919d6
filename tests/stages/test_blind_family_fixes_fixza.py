"""Fixes for two families of the twenty-fifth blind set (sealed_za_expo, sealed_za_gongdan;
fixza), each kind as a small case in wordings of its own, with look-alikes that must stay:

* English label rows read by their labels' last words (``Ref. No. …``, ``Date Posted:``,
  ``Posted By:``), a ``No.`` label without a colon, a thousands comma in a counter;
* privacy and reproduction notes are chrome cues;
* a page whose title is only its ``<title>``: the heading naming the page's kind over a
  card of fields leaves the text with the ``<title>`` line, the card is metadata;
* a labelled close (a press contact) glued under the text's last paragraph stays when the
  site repeats it; the same block parted from the text by a blank line goes;
* a long copyright line at the foot does not end the text: the link list above it is
  counted as a tail.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.site_judge import KeepTable
from cleaner.stages.split import SplitStage
from cleaner.stages.split_cells import cell_row
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage

META = MetaParser()


# ---- English label rows


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "Ref. No. HB-2020-114 | 2020/5/6",
            {"doc_number": "HB-2020-114", "published": "2020-05-06"},
        ),
        (
            "Date Posted: 2020-05-06 | Posted By: Mia Lund | Hits: 12,408",
            {"published": "2020-05-06", "author": "Mia Lund"},
        ),
        (
            "Bulletin Number: HB-77 | Release Date: 2020-05-06",
            {"doc_number": "HB-77", "published": "2020-05-06"},
        ),
    ],
)
def test_english_label_rows_are_read_by_their_last_words(row: str, want: dict) -> None:
    assert META.shaped_row(row, near_title=True) == want


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Ref. No.", "doc_number"),
        ("Document Number", "doc_number"),
        ("Date Posted", "published"),
        ("Publication Date", "published"),
        ("Written By", "author"),
        # look-alikes: another thing's number or date, a contact
        ("Tel No.", None),
        ("Booth Number", None),
        ("Closing Date", None),
        ("Start Date", None),
        ("Press Contact", None),
        ("Photo By", None),
    ],
)
def test_english_labels(label: str, field: str | None) -> None:
    assert META.field_of(label) == field


def test_a_phone_number_label_reads_no_document_number() -> None:
    got = META.shaped_row("Tel No. 0571-5555 | 2020/5/6", near_title=True) or {}
    assert "doc_number" not in got


def test_a_comma_between_clauses_still_makes_prose() -> None:
    f = META.field_of
    assert cell_row("Posted: 2020-05-06, then we left | Author: Mia Lund", f) is None
    assert cell_row("Posted: 2020-05-06 | Author: Mia Lund | Hits: 1,204", f) is not None


# ---- chrome cues


def test_privacy_and_reproduction_notes_are_legal_cues() -> None:
    keep = KeepTable()
    assert "legal" in keep.cues("（为保护来信人隐私，已略去其住址）")
    assert "legal" in keep.cues("Outlets may reprint this story with a link to the source.")
    # look-alikes: the text's own words
    assert keep.cues("The committee produced a report on river levels.") == []
    assert keep.cues("这个小区的住户反映楼道灯坏了。") == []


# ---- the <title> over a heading naming the page's kind


TITLE = "关于柳巷井盖缺失的反映"
CARD = ["受理编号：HX2020050612　主办部门：某区市政所", "公开日期：2020年5月6日　处理状态：已完成"]
BODY = [
    "反映内容：柳巷东口的井盖缺失已有一周，夜里行人容易踩空，希望尽快补上。",
    "处理过程：市政所当天派人到场设置围挡，次日更换了新的井盖并做了加固。",
    "回访结果：反映人对处理情况表示满意。",
]


def _split_html(lines: list[str], hints: PageHints) -> list:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"), hints=hints)


def test_a_card_under_a_kind_heading_is_metadata_and_the_title_the_pages() -> None:
    top = f"{TITLE}-公开-某区便民热线"
    # the site's name and channel end its titles (learned across the batch)
    ends = frozenset({"某区便民热线", "公开"})
    hints = PageHints(title=top, headings=("反映详情",), site_suffixes=ends)
    (d,) = _split_html([top, "反映详情", *CARD, *BODY], hints)
    assert d.title == TITLE
    assert d.meta["doc_number"] == "HX2020050612"
    assert d.meta["published"] == "2020-05-06"
    assert "反映详情" not in d.text and "公开-某区" not in d.text and "受理编号" not in d.text
    assert all(b in d.text for b in BODY)


def test_a_page_with_an_h1_keeps_its_heading() -> None:
    top = f"{TITLE}-公开-某区便民热线"
    hints = PageHints(title=top, h1=TITLE, headings=(TITLE, "反映详情"))
    (d,) = _split_html([top, TITLE, "反映详情", *BODY], hints)
    assert d.title == TITLE
    assert "反映详情" in d.text  # a heading of the text, under its title


# ---- a labelled close glued under the text


LONG = (
    "residents along the waterfront were told that the timetable posted at the terminal "
    "would be updated every morning until the season ends."
)
WORDS = ["gulls", "lanterns", "anchors", "tides", "oars", "nets", "sails", "ropes", "decks"]


def _varied(n: int, k: int) -> str:
    """A sentence of its own on each page (not one shape with other figures)."""
    w = [WORDS[(n * 3 + k + j) % len(WORDS)] for j in range(4)]
    return f"Talk of {w[0]} and {w[1]} filled the quay while {w[2]} met {w[3]} by the shed."


def _release(n: int, glued: bool) -> list[str]:
    paras = [
        f"HARBOR CITY -- The port authority said on day {n} that ferry service would resume.",
        f"Crews finished the repairs to pier {n} ahead of schedule, officials said.",
        f"Ticket offices will open an hour earlier than usual for the first {n} weeks.",
        f"The harbor master thanked the {n} divers who inspected the old wooden piles.",
        f"Fishing boats were asked to keep clear of lane {n} while buoys are replaced.",
        f"A second ferry will join the morning run once the {n} crew members finish training.",
    ]
    paras = [f"{_varied(n, k)} {p[:-1]}, and {LONG}" for k, p in enumerate(paras)]
    close = ["Press Contact:", "Port Press Desk | Tel: +00-111-2222 | desk@port.example"]
    lines = ["HARBOR PORT AUTHORITY", "Home | Ferries | Cargo | News", "", f"Ferries Back {n}"]
    lines += [*paras, *close] if glued else [*paras, "", *close]
    lines += ["", "Print | Email | Share", f"Older news {n}", "© Harbor Port Authority."]
    return lines


def test_a_contact_glued_under_the_text_stays() -> None:
    pages = [_release(n, glued=True) for n in range(1, 7)]
    out = boil(pages[0], site_stage(pages), site="s")
    assert "Press Contact:" in out and "desk@port.example" in out
    assert "Home | Ferries" not in out  # the site's chrome still goes
    assert "ferry service would resume" in out


def test_the_same_block_parted_by_a_blank_line_goes() -> None:
    pages = [_release(n, glued=False) for n in range(1, 7)]
    out = boil(pages[0], site_stage(pages), site="s")
    assert "Press Contact:" not in out


# ---- a copyright sentence at the foot


@pytest.mark.parametrize(
    ("foot", "tail"),
    [
        ("© 2020 Green Valley Newspaper Company and its partners. All rights reserved.", True),
        ("Copyright 2020 Green Valley Newspaper Company and partners, all rights reserved", True),
        # look-alikes: a piece's own rights note closed as a Chinese sentence, a long line
        ("© 本篇游记系作者原创，图文版权归作者本人所有，未经许可请勿转载使用。", False),
        ("Green Valley Newspaper Company and its partners print this paper every day.", False),
    ],
)
def test_a_long_copyright_line_does_not_end_the_text(foot: str, tail: bool) -> None:
    prof = SiteProfile("s")
    page = ["GREEN VALLEY NEWS", "", "Valley School Opens Library Wing"]
    page += ["The new wing opened with a reading hour for the children of the valley."]
    page += ["", "More Stories", "Bridge Repairs Begin On River Road", foot]
    prof.add_page("\n".join(page) + "\n")
    prof.add_page("\n".join(page) + "\n")  # a line is named on its second page
    assert (prof.tails.get("LMore Stories", 0) > 0) is tail


# ---- the families' floors


@pytest.mark.parametrize("name", ["sealed_za_expo", "sealed_za_gongdan"])
def test_the_twenty_fifth_blind_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    floor = {"content_f1": 0.97, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.1, f
