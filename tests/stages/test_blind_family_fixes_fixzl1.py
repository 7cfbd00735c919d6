"""Fixes for set zl's trade weekly (fixzl1).

* a run of sibling ``<h2>``/``<h3>`` headings each right under a row of one shape holding
  a date as a field of its own (``07 ｜ GRAIN ｜ 02.05.2022``, the date often in a ``<time
  datetime>``) is a compilation (:mod:`cleaner.stages.split_slugs`): the row is the
  piece's metadata, its date the piece's ``published`` (a day-or-month-first date read in
  the order that gives the page's declared day); the ingest reads the rows before the
  boilerplate stage may take one that recurs on the site;
* a single article with section heads and one date row, a bare dateline and a labelled
  date stay as they are;
* an English wire credit closing a piece (``Reporting by X; editing by Y``) is its
  metadata: the reporter is the author, the editor no field; a sentence with 'by' stays.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_slugs import declared_slugs, slug_dates, slug_line, slug_rows
from tests.stages.family_figures import assert_floors

P1 = (
    "MILLBROOK — Barge traffic on the upper canal picked up after the thaw,"
    " and the lock keepers counted more boats than in any week since autumn."
)
P2 = (
    "Dealers said the spring price list would follow the regional fair,"
    " where most of the valley's growers show their first samples."
)
NAMES = ["Tom Alder", "Rosa Quill", "Tom Alder"]
BRIEFS = [
    ("GRAIN", "02.05.2022", "2022-05-02", "Canal barges return after the thaw"),
    ("TIMBER", "04.05.2022", "2022-05-04", "Sawmill adds a second drying kiln"),
    ("GRAIN", "06.05.2022", "2022-05-06", "Growers wait for the fair's price list"),
]


def _issue() -> str:
    out = [
        "<html><head><meta charset='utf-8'><title>Millbrook Barge Letter — Week 18</title>",
        "</head><body><div class='mast'>MILLBROOK BARGE LETTER</div>",
        "<div class='hello'>Hello again. Three notes from the locks, the mills, the fields.</div>",
    ]
    for n, (desk, shown, iso, title) in enumerate(BRIEFS, start=1):
        out.append(
            f"<div class='slug'>0{n} ｜ {desk} ｜ <time datetime='{iso}'>{shown}</time></div>"
        )
        out.append(f"<h3>{title}</h3><p>{P1}</p><p>{P2}</p>")
        out.append(f"<p class='credit'>Reporting by {NAMES[n - 1]}; editing by Ida Finch</p>")
    out.append("<p class='foot'>© 2022 Millbrook Letters</p></body></html>")
    return "".join(out)


def _run_html(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def test_an_issue_of_briefs_under_dated_slugs_splits(tmp_path: Path) -> None:
    arts = _run_html(tmp_path, _issue())
    assert [a["title"] for a in arts] == [b[3] for b in BRIEFS]
    assert [a["meta"].get("published") for a in arts] == [b[2] for b in BRIEFS]
    assert [a["meta"].get("author") for a in arts] == NAMES
    lines = "\n".join(a["text"] for a in arts).split("\n")
    assert not any("｜" in s for s in lines)  # the slugs are metadata
    assert not any(s.startswith("Reporting by") for s in lines)  # so are the credits
    assert all(P1 in a["text"] and P2 in a["text"] for a in arts)  # no prose lost
    changes = (tmp_path / "out" / "changes.jsonl").read_text("utf-8")
    assert "TIMBER" in changes  # a slug's deletion is in the ledger


def test_one_article_with_section_heads_and_one_date_row_stays_whole(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Drying timber</title></head><body>"
        "<h1>Drying timber</h1><div class='slug'>MILLS ｜ 04.05.2022</div>"
        f"<p>{P1}</p><h3>The first kiln</h3><p>{P2}</p>"
        f"<h3>The second kiln</h3><p>{P1}</p><p>{P2}</p></body></html>"
    )
    arts = _run_html(tmp_path, html)
    assert len(arts) == 1
    lines = arts[0]["text"].split("\n")
    assert "The first kiln" in lines and "The second kiln" in lines


def test_slug_shapes_and_their_look_alikes() -> None:
    assert slug_line("07 ｜ GRAIN ｜ 02.05.2022") and slug_line("Grain / 2022-05-02")
    assert not slug_line("02.05.2022")  # a bare dateline
    assert not slug_line("Updated 02.05.2022")  # a labelled date
    assert not slug_line("Race 3 · Start 2022-05-02 14:30 · Lakeside")  # a date in a field
    assert not slug_line("The barges left on 02.05.2022.")  # a sentence
    body = [P1, "Canal barges return", P2, "Sawmill kiln", P1]
    assert slug_rows(["A ｜ 02.05.2022", *body], [2, 4]) == []  # one heading has none
    rows = ("01 ｜ A ｜ 02.05.2022", "02 / B / 04.05.2022")
    assert declared_slugs(["x", "y"], ("x", "y"), rows) == []  # rows of two shapes


def test_day_and_month_first_dates_are_read_by_the_page_day() -> None:
    rows = ["01 ｜ A ｜ 02.05.2022", "02 ｜ B ｜ 04.05.2022"]
    assert slug_dates(rows, "2022-05-02") == ["2022-05-02", "2022-05-04"]
    assert slug_dates(rows, "2022-02-05") == ["2022-02-05", "2022-04-05"]
    assert slug_dates(rows, None) == [None, None]  # neither reading told: no date


def test_floor_trade_weekly_family() -> None:
    assert_floors(
        "sealed_zl_weekly",
        {"counts": 0.95, "titles": 0.95, "content_f1": 0.95, "metadata": 0.9},
        residue=0.02,
    )


def test_wire_credits_and_their_look_alikes() -> None:
    def f(k: str) -> str | None:
        return None

    assert foot_row("Reporting by Tom Alder; editing by Ida Finch", f) == {"author": "Tom Alder"}
    assert foot_row("Editing by Ida Finch", f) == {}
    assert foot_row("Reporting by the lock keepers showed a rise", f) is None
    assert foot_row("Reporting by Tom Alder; the barges left early.", f) is None
    assert foot_row("Driven by Tom Alder", f) is None  # no credit word
