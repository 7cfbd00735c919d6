"""Fixes for set zi's match reports and course syllabi (fixzi2).

* A compilation whose pieces each open with a banner and a dated fixture row over the
  title (:mod:`cleaner.stages.split_blocks`).  When one piece's row has a shape the
  others' lack (a venue with a number in it), the longest run the block finder sees is
  the banner alone over the ROW, which it took for the title.  A run whose every "title"
  is a dated row with a title-like line straight under it is moved one line down: the
  row joins the block, the line under it is the title.
* Two such pieces declare nothing by themselves (kept whole, flagged); on an HTML page
  whose own headings (``<h2>``, not its ``<h1>``) are the two titles, each under a dated
  block, the markup declares them.  An article whose ``<h2>`` sections open under
  prose stays one article.
* A credit row closing a piece: ``Words: X · Photos: Y`` (cells parted by a spaced
  middle dot; ``Words`` names the writer: the author) and ``执笔人：X　审核人：Y`` (the
  drafter is the author; a credit word and ``人`` names a person, no field).
* A stray space in prose after a closing bracket, a particle and one letter
  (``某课（二）的基 础知识``) is removed; a headline's phrase gap stays.

Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_blocks import block_run
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair
from tests.stages.stage_runs import split as _split

TITLES = [
    "Northfield edge a tense opening night",
    "Late surge carries the Kestrels home",
    "A flat performance away from home",
    "Juniors impress in the cup tie",
]
VENUES = ["Mill Lane Courts", "Eastbay Arena", "Court 3 at Riverside", "Mill Lane Courts"]


def _body(k: int) -> list[str]:
    return [
        f"The visitors settled quickly and led by {k + 4} points at the first break, to the"
        " frustration of a packed home stand.",
        "Our shooters found their range after the interval, and the defence held firm when"
        " it mattered most.",
        f"Coach's pick: Ana Velde, for {k + 2} interceptions and a calm head throughout.",
    ]


def _report(k: int, day: int) -> list[str]:
    return [
        f"Final · Kestrels {40 + k} – {35 - k} Harbour Owls",
        f"Week {9 - k} · Tip-off 2022-05-{day:02d} 19:30 · Home · {VENUES[k]}",
        TITLES[k],
        *_body(k),
        f"Words: Mara Quist · Photos: Len Ode{k}",
    ]


def _page(n: int, foot: bool = True) -> list[str]:
    page = ["Kestrels Netball Club", "Reports — May 2022"]
    for k in range(n):
        page += _report(k, 28 - 5 * k)
    # the site's footer (the boilerplate stage's to remove) closes a page as it comes in
    return [*page, "© 2022 Kestrels Netball Club"] if foot else page


def test_a_dated_row_read_as_a_title_joins_its_block() -> None:
    page = _page(4)  # the third venue's number breaks the two-line block's shape
    run = block_run(page, lambda s: None)
    assert run.verdict == "split"
    assert [page[t] for t in run.titles] == TITLES
    for t in run.titles:
        assert [page[j][:5] for j in run.blocks[t]] == ["Final", "Week "]


def test_the_pieces_get_their_titles_and_kick_off_days() -> None:
    arts = _split(_page(4))
    assert [a.title for a in arts] == TITLES
    assert [a.meta.get("published") for a in arts] == [
        "2022-05-28",
        "2022-05-23",
        "2022-05-18",
        "2022-05-13",
    ]
    for a in arts:
        assert "Tip-off" not in a.text and "Final ·" not in a.text
        assert "Coach's pick" in a.text  # the body's last line stays text


def test_a_dated_row_over_prose_stays_the_title_of_its_piece() -> None:
    # a diary's entries: a banner over each dated line, prose straight under it
    page = ["Club diary"]
    for k in range(3):
        page += [f"Entry {k + 1} · Mara Quist", f"Training night 2022-05-{10 + k} at the hall"]
        page += _body(k)
    run = block_run(page, lambda s: None)
    assert all(page[t].startswith("Training night") for t in run.titles)


def _hints(page: list[str]) -> PageHints:
    heads = tuple(s for s in page if s in TITLES)
    return PageHints(title="Reports | Kestrels", h1=page[1], headings=(page[1], *heads))


def test_two_pieces_under_the_pages_own_headings_split() -> None:
    page = _page(2, foot=False)
    assert len(_split(page)) == 1  # the text alone declares nothing
    arts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=_hints(page))
    assert [a.title for a in arts] == TITLES[:2]
    assert [a.meta.get("author") for a in arts] == ["Mara Quist", "Mara Quist"]


def test_an_article_with_h2_sections_under_prose_stays_whole() -> None:
    page = ["Kestrels Netball Club", "How our season went"]
    page += ["The club had its busiest season yet, with three teams and a new junior section."]
    for k in range(2):
        page += [f"Final · Kestrels {40 + k} – {35 - k} Harbour Owls"]
        page += [f"Week {9 - k} · Tip-off 2022-05-{20 + k} 19:30 · Home · Mill Lane Courts"]
        page += [TITLES[k], *_body(k)]
    arts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=_hints(page))
    assert len(arts) == 1
    for k in range(2):
        assert TITLES[k] in arts[0].text


def test_a_results_table_stays_one_article() -> None:
    page = ["League table", "The standings after week nine, with games played and points."]
    page += [f"{k + 1} · Team {k} · 2022-05-{10 + k} · {20 - k} pts" for k in range(6)]
    arts = _split(page)
    assert len(arts) == 1
    assert "Team 5" in arts[0].text


def test_credit_rows_name_the_writer() -> None:
    f = lambda k: None  # noqa: E731
    assert foot_row("Words: Mara Quist · Photos: Len Ode", f) == {"author": "Mara Quist"}
    assert foot_row("执笔人：某甲　　审核人：某乙", f) == {"author": "某甲"}
    assert foot_row("审核人：某乙　　校对：某丙", f) == {}
    # a count of words, a sentence with middle dots: no credit row
    assert foot_row("Words: 1,200 · Photos: 4", f) is None
    assert foot_row("Words · the ones we use are what we become.", f) is None
    assert foot_row("Photos: the bridge at dawn · and the river.", f) is None


def test_a_stray_space_after_a_bracket_and_a_particle_goes() -> None:
    line = "本课介绍某某学（二）的基 础知识，课堂讲授与练习相结合，每周布置一次作业。"
    assert repair(line).strip() == line.replace("基 础", "基础")
    # a headline's phrase gap stays
    head = "某书（上）的首发 引来众多读者"
    assert repair(head).strip() == head


def test_the_match_reports_reach_their_floor() -> None:
    # blind figures at fbcd53a: F1 .914, residue .088, titles .261, counts .625, meta .196
    f = family_figures("sealed_zi_matchday")
    for key in ("content_f1", "titles", "counts", "metadata"):
        assert f[key] >= 0.95, f
    assert f["residue"] <= 0.02, f


def test_the_syllabi_reach_their_floor() -> None:
    # blind figures at fbcd53a: F1 .955, repairs .944, metadata .667
    f = family_figures("sealed_zi_dagang")
    for key in ("content_f1", "titles", "counts", "repairs", "metadata"):
        assert f[key] >= 0.95, f
    assert f["residue"] <= 0.02, f
