"""Robustness sweep of input shapes a user's crawler or site export may hand us: each
test writes its own invented input to ``tmp_path`` and checks that nothing is lost
without a trace (read, or quarantined with a reason naming the input)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.cli import EXIT_QUARANTINED, app

RUNNER = CliRunner()


def invoke(*args: str | Path) -> Any:
    return RUNNER.invoke(app, [str(a) for a in args])


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def test_unlistable_folder_is_quarantined_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the user may not list used to vanish from the run (``rglob`` skips it):
    every page inside lost without a word.  It is quarantined, naming the folder."""
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "inside.txt").write_text("Minutes of the orchard board.\n", "utf-8")
    (top / "open.txt").write_text("The orchard board met on Friday.\n", "utf-8")
    locked = str(top / "locked")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # as a folder without read permission behaves
        if not isinstance(path, int) and os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    r = invoke("run", top, "--out", out, "--no-dedup")
    assert r.exit_code == EXIT_QUARANTINED, r.output
    q = rows(out / "quarantine.jsonl")
    assert [(x["source"], x["code"]) for x in q] == [(locked, "unreadable")]
    assert "cannot read folder: Permission denied" in q[0]["reason"]
    assert f"{locked}: cannot read folder" in r.output
    assert [p["source"] for p in rows(out / "pages.jsonl")] == [str(top / "open.txt")]


@pytest.mark.parametrize(
    ("name", "record"),
    [
        # a low surrogate alone: the cheap pre-filter only knew the high ones
        ("low.jsonl", r'{"id": "a", "text": "Low \udc00 alone beside the moorings."}'),
        # in a text given as a list of paragraphs
        ("list.jsonl", r'{"id": "a", "text": ["Frost on the pier.", "A lone \ud800 here."]}'),
        # in a .json array's record: .json files had no check at all
        ("arr.json", r'[{"id": "a", "text": "Lone \ud800 in a tide table note."}]'),
    ],
)
def test_lone_surrogate_anywhere_quarantines_the_record_not_the_run(
    tmp_path: Path, name: str, record: str
) -> None:
    """A lone surrogate escape is not Unicode and cannot be written as UTF-8: a record
    holding one crashed the whole run at write time (traceback, no output) unless it sat
    in a top-level string as a high surrogate.  It is quarantined, the run goes on."""
    src = tmp_path / name
    good = json.dumps({"id": "b", "text": "The harbour ferry timetable changed in March."})
    if name.endswith(".json"):
        src.write_text(record[:-1] + ", " + good + "]\n", "utf-8")
    else:
        src.write_text(record + "\n" + good + "\n", "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    q = rows(out / "quarantine.jsonl")
    assert [x["code"] for x in q] == ["invalid_text"]
    assert "unpaired surrogate escapes" in q[0]["reason"]
    assert [a["text"] for a in rows(out / "articles.jsonl")] == [
        "The harbour ferry timetable changed in March."
    ]
    assert invoke("report", out, "-o", tmp_path / "r.html").exit_code == 0


def test_nested_html_field_of_a_crawler_dump(tmp_path: Path) -> None:
    """A crawler dump that nests the page (``{"page": {"html": …}}``) could not be read at
    all: no field option reached into the object, and the hint named only ``page``.
    Dotted names reach nested fields, and the hint lists them."""
    rec = {
        "url": "https://quay.example.org/news/7",
        "page": {
            "html": "<html><head><title>Quay news</title></head><body><nav>Home | News</nav>"
            "<article><h1>Night ferry returns</h1><p>The night ferry to the island "
            "returns on Friday after a winter pause.</p></article></body></html>",
            "title": "Night ferry returns",
        },
        "meta": {"fetched": "2025-02-03"},
    }
    src = tmp_path / "dump.jsonl"
    src.write_text(json.dumps(rec) + "\n", "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED
    hint = rows(out / "quarantine.jsonl")[0]["reason"]
    assert "(fields: page.html, page.title, meta.fetched, url)" in hint, hint
    opts = ("--html-field", "page.html", "--title-field", "page.title")
    r = invoke("run", src, "--out", out, *opts, "--date-field", "meta.fetched")
    assert r.exit_code == 0, r.output
    (art,) = rows(out / "articles.jsonl")
    assert art["title"] == "Night ferry returns"
    assert "returns on Friday after a winter pause." in art["text"]
    assert art["meta"]["published"] == "2025-02-03"
    (page,) = rows(out / "pages.jsonl")
    assert page["container"]["field"] == "page.html"


def test_nested_record_in_a_json_object_is_one_record(tmp_path: Path) -> None:
    """A ``.json`` file holding one record whose text sits in a nested object: with a
    dotted ``--text-field`` it is that record, not an object of records keyed by name."""
    src = tmp_path / "one.json"
    rec = {"doc": {"body": "A council notice on the spring street cleaning days."}}
    src.write_text(json.dumps(rec), "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--text-field", "doc.body")
    assert r.exit_code == 0, r.output
    (art,) = rows(out / "articles.jsonl")
    assert art["text"] == "A council notice on the spring street cleaning days."


def _feed_run(tmp_path: Path, feed: str) -> tuple[Any, list[dict[str, Any]]]:
    src = tmp_path / "news.rss"
    src.write_text(feed, "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--no-dedup")
    return r, rows(out / "articles.jsonl") if (out / "articles.jsonl").exists() else []


@pytest.mark.parametrize("title", ["Harbour&nbsp;news", "Fish & chips", "Notes &vendor; own"])
def test_feed_item_with_html_entity_or_bare_ampersand_keeps_its_html(
    tmp_path: Path, title: str
) -> None:
    """One ``&nbsp;`` (undeclared in XML), a bare ``&`` or an unknown ``&name;`` anywhere
    in an item sent libxml2's recovery into dropping every later ``&lt;``/``&gt;``: the
    item's escaped HTML came out as ``pThe ferry …/p`` and ``&amp;eacute;`` as
    ``eacute;``.  The item now reads as its HTML says."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
        f"<title>{title}</title><link>https://quay.example.org/1</link><description>"
        "&lt;p&gt;The ferry caf&amp;eacute; opens at dawn.&lt;/p&gt;"
        "&lt;p&gt;Tea costs two coins.&lt;/p&gt;</description></item></channel></rss>"
    )
    r, arts = _feed_run(tmp_path, feed)
    assert r.exit_code == 0, r.output
    (art,) = arts
    assert art["text"].split("\n")[1:] == ["The ferry café opens at dawn.", "Tea costs two coins."]
    want = {"Harbour&nbsp;news": "Harbour news", "Fish & chips": "Fish & chips"}
    assert art["title"] == want.get(title, "Notes &vendor; own")


def test_feed_item_without_end_tag_is_read_not_dropped(tmp_path: Path) -> None:
    """An item whose ``</item>`` is missing (a hand-edited feed, a crawl cut short) was
    never cut from the feed: it, and every item after it, vanished without a count."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>First</title><description>The lock gates were oiled on Monday."
        "</description>"
        "<item><title>Second</title><description>Swans nest by the weir again."
        "</description></item>"
        "<item><title>Third</title><description>The towpath reopens in May."
        "</description></channel></rss>"
    )
    r, arts = _feed_run(tmp_path, feed)
    assert r.exit_code == 0, r.output
    assert [(a["title"], a["text"].split("\n")[-1]) for a in arts] == [
        ("First", "The lock gates were oiled on Monday."),
        ("Second", "Swans nest by the weir again."),
        ("Third", "The towpath reopens in May."),
    ]


def test_jsonl_with_byte_order_marks_reads_every_line_and_rebuilds(tmp_path: Path) -> None:
    """A JSONL export written by a Windows tool starts with a UTF-8 BOM (and ``cat`` of
    two such files puts one mid-file): those records were quarantined as invalid JSON.
    They are read, and rebuild gives back each line's bytes, mark included."""
    lines = [
        b'\xef\xbb\xbf{"id": "a", "text": "Frost closed the mountain pass overnight."}',
        b'{"id": "b", "text": "Snow ploughs reopened it by noon."}',
        b'\xef\xbb\xbf{"id": "c", "text": "A second export begins with its own mark."}',
    ]
    src = tmp_path / "export.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--no-dedup")
    assert r.exit_code == 0, r.output
    pages = rows(out / "pages.jsonl")
    assert [p["record_id"] for p in pages] == ["a", "b", "c"]
    assert [p["status"] for p in pages] == ["ok", "ok", "ok"]
    for p, line in zip(pages, lines, strict=True):
        assert invoke("rebuild", out, p["id"]).stdout_bytes == line


def test_parquet_binary_columns_are_decoded_not_quarantined(tmp_path: Path) -> None:
    """Crawler dumps often store a page as bytes (a ``binary`` column, in the page's own
    encoding): every row was quarantined as having no text field.  Bytes are decoded as
    a file's are (an HTML cell by its ``<meta charset>``), and rebuild gives them back."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    page = (
        '<html><head><meta charset="gbk"><title>公告</title></head><body>'
        "<p>关于图书馆闭馆的公告：本周六图书馆闭馆整理书库。</p></body></html>"
    ).encode("gbk")
    note = "Caf\u00e9 terraces open on \u201cthe first warm day\u201d.".encode("cp1252")
    (tmp_path / "in").mkdir()
    pq.write_table(pa.table({"html": [page]}), tmp_path / "in" / "pages.parquet")
    pq.write_table(pa.table({"text": [note]}), tmp_path / "in" / "notes.parquet")
    out = tmp_path / "out"
    r = invoke("run", tmp_path / "in", "--out", out, "--no-dedup")
    assert r.exit_code == 0, r.output
    texts = [a["text"] for a in rows(out / "articles.jsonl")]
    assert texts[0] == "Caf\u00e9 terraces open on \u201cthe first warm day\u201d."
    assert "本周六图书馆闭馆整理书库。" in texts[1]
    pages = rows(out / "pages.jsonl")
    assert [p["encoding"] for p in pages] == ["cp1252", "gb18030"]
    for p, cell in zip(pages, (note, page), strict=True):
        assert invoke("rebuild", out, p["id"]).stdout_bytes == cell


def test_linked_folder_is_read_with_follow_symlinks_and_a_loop_is_named(tmp_path: Path) -> None:
    """``--follow-symlinks`` read linked files but skipped a linked folder without a word
    (``rglob`` does not walk into it): its pages were lost.  A link that leads back to
    itself was reported as leading outside the folder."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "notice.txt").write_text("The shared notice about the tram depot.\n", "utf-8")
    top = tmp_path / "in"
    top.mkdir()
    (top / "own.txt").write_text("Our own page about the tram depot canteen.\n", "utf-8")
    (top / "linked").symlink_to(shared)
    (top / "back").symlink_to(top)  # a link to the input folder itself: walked once
    (top / "loop.txt").symlink_to(top / "loop.txt")
    out = tmp_path / "out"
    r = invoke("run", top, "--out", out, "--no-dedup")
    assert r.exit_code == EXIT_QUARANTINED, r.output
    reasons = {Path(x["source"]).name: x["reason"] for x in rows(out / "quarantine.jsonl")}
    assert reasons["loop.txt"].startswith("symbolic link in a loop: not followed")
    assert reasons["linked"].startswith("symbolic link to outside the input folder")
    r = invoke("run", top, "--out", out, "--no-dedup", "--follow-symlinks")
    assert r.exit_code == EXIT_QUARANTINED, r.output  # the loop cannot be read
    sources = [p["source"] for p in rows(out / "pages.jsonl")]
    assert sources == [str(top / "linked" / "notice.txt"), str(top / "own.txt")]
    (q,) = rows(out / "quarantine.jsonl")
    assert q["source"] == str(top / "loop.txt") and q["code"] == "unreadable"


def test_missing_field_reason_says_what_the_field_holds(tmp_path: Path) -> None:
    """A record whose text field is there but null (or an object) was told it had no
    field ``text`` while the hint listed ``text`` among its fields: the reason now says
    what the field holds, and lists a nested object's fields by their dotted names."""
    src = tmp_path / "dump.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": None})
        + "\n"
        + json.dumps({"id": "b", "text": {"en": "A nested body about owls."}})
        + "\n",
        "utf-8",
    )
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out).exit_code == EXIT_QUARANTINED
    reasons = [x["reason"] for x in rows(out / "quarantine.jsonl")]
    assert "('text' is null; fields: id, text)" in reasons[0], reasons[0]
    assert "('text' is an object; fields: text.en, id)" in reasons[1], reasons[1]


@pytest.mark.parametrize(
    ("codec", "bom"), [("utf-16-le", True), ("utf-16-le", False), ("utf-16-be", True)]
)
def test_utf16_jsonl_and_json_are_read_and_rebuild_in_their_codec(
    tmp_path: Path, codec: str, bom: bool
) -> None:
    """Windows PowerShell writes JSON and JSONL in UTF-16: every line was quarantined as
    invalid JSON (a .json file as 'not UTF-8 JSON').  They are read, and rebuild gives
    each record's bytes back in UTF-16."""
    mark = "\ufeff" if bom else ""
    recs = [
        {"id": "a", "text": "The reservoir rose by a metre after the storm."},
        {"id": "b", "text": "Anglers were asked to keep off the dam wall."},
    ]
    lines = [mark + json.dumps(recs[0]), json.dumps(recs[1])]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "export.jsonl").write_bytes(("\r\n".join(lines) + "\r\n").encode(codec))
    (tmp_path / "in" / "export.json").write_bytes((mark + json.dumps([recs[0]])).encode(codec))
    out = tmp_path / "out"
    r = invoke("run", tmp_path / "in", "--out", out, "--no-dedup")
    assert r.exit_code == 0, r.output
    pages = rows(out / "pages.jsonl")
    assert [(p["source"].rsplit("/", 1)[-1], p["record_id"]) for p in pages] == [
        ("export.json:1", "a"),
        ("export.jsonl:1", "a"),
        ("export.jsonl:2", "b"),
    ]
    texts = [a["text"] for a in rows(out / "articles.jsonl")]
    assert texts == [recs[0]["text"], recs[0]["text"], recs[1]["text"]]
    want = [json.dumps(recs[0]), lines[0] + "\r", lines[1] + "\r"]
    for p, line in zip(pages, want, strict=True):
        assert invoke("rebuild", out, p["id"]).stdout_bytes == line.encode(codec)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n", b"\xff\xfe\n\x00"])
def test_file_of_only_a_byte_order_mark_is_empty_like_an_empty_file(
    tmp_path: Path, data: bytes
) -> None:
    """An empty file is quarantined (``empty``, exit 4) but one holding only a byte-order
    mark (and blanks) passed as a page with no text and exit 0: the same nothing."""
    src = tmp_path / "blank.txt"
    src.write_bytes(data)
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    assert [x["code"] for x in rows(out / "quarantine.jsonl")] == ["empty"]
    assert rows(out / "pages.jsonl") == []


def test_json_wrapper_nested_in_an_object_yields_its_records(tmp_path: Path) -> None:
    """An API response wraps its records deeper than one level
    (``{"code": 0, "data": {"total": 2, "list": [...]}}``): it was taken for one record
    without text and quarantined, every record in it lost to the batch."""
    doc = {
        "code": 0,
        "data": {
            "total": 2,
            "list": [
                {"id": "n1", "text": "The lantern festival moves to the riverside."},
                {"id": "n2", "html": "<p>Kite makers gather on the hill each April.</p>"},
            ],
        },
    }
    src = tmp_path / "api.json"
    src.write_text(json.dumps(doc), "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--no-dedup")
    assert r.exit_code == 0, r.output
    assert [a["text"] for a in rows(out / "articles.jsonl")] == [
        "The lantern festival moves to the riverside.",
        "Kite makers gather on the hill each April.",
    ]
    assert [p["record_id"] for p in rows(out / "pages.jsonl")] == ["n1", "n2"]
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["read"]["skipped"] == {"json member": 2}  # code, total


def test_ray_byte_ranges_do_not_cut_a_utf16_jsonl(tmp_path: Path) -> None:
    """The Ray engine cuts a large JSONL file into byte ranges at ``\\n`` bytes: a UTF-16
    file's lines would be cut mid-character.  It is read whole, as the local reader
    reads it."""
    from cleaner.engines.ray_read import GROUP_FILES, plan_units, read_unit
    from cleaner.ingest.records import ReadOptions
    from cleaner.model import RawInput

    texts = [f"Record {i} of the reservoir log, written by a Windows tool." for i in range(6)]
    src = tmp_path / "log.jsonl"
    src.write_bytes("".join(json.dumps({"text": t}) + "\n" for t in texts).encode("utf-16"))
    opts = ReadOptions()
    units = plan_units([src], opts, range_bytes=200, group_files=GROUP_FILES)
    items = [x for u in units for x in read_unit(u, opts)]
    assert [x.text for x in items if isinstance(x, RawInput)] == texts
    assert len(items) == len(texts)


def test_json_anthology_groups_of_records_are_read(tmp_path: Path) -> None:
    """An anthology exported as one document groups its records by section
    (``{"title": …, "content": [{"type": …, "content": [{…}, …]}, …]}``): each section was
    taken for one record without text and quarantined, every piece in it lost to the
    batch.  A section that has no text field of its own but holds records is read as a
    wrapper; a record that has its text and a list of objects beside it stays one record."""
    doc = {
        "title": "Songs of the reed marsh",
        "content": [
            {
                "type": "short songs",
                "content": [
                    {"chapter": "Heron", "paragraphs": ["Grey wings over the shallows.", "Gone."]},
                    {"chapter": "Frog", "paragraphs": ["One voice, then a hundred."]},
                ],
            },
            {
                "type": "long songs",
                "content": [{"chapter": "Tide", "paragraphs": ["The water climbs the reeds."]}],
            },
            {"paragraphs": ["A loose verse with its notes."], "notes": [{"n": "on the verse"}]},
        ],
    }
    src = tmp_path / "anthology.json"
    raw = json.dumps(doc, ensure_ascii=False, indent=1)
    src.write_text(raw, "utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--no-dedup", "--text-field", "paragraphs")
    assert r.exit_code == 0, r.output
    assert [a["text"] for a in rows(out / "articles.jsonl")] == [
        "Grey wings over the shallows.\nGone.",
        "One voice, then a hundred.",
        "The water climbs the reeds.",
        "A loose verse with its notes.",
    ]
    assert not (out / "quarantine.jsonl").exists() or rows(out / "quarantine.jsonl") == []
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["read"]["skipped"] == {"json member": 3}  # title and the two types
    # each piece's bytes are its own record's source text: the rebuild gives them back
    pages = rows(out / "pages.jsonl")
    assert len(pages) == 4
    for page, record in zip(
        pages,
        [*doc["content"][0]["content"], *doc["content"][1]["content"], doc["content"][2]],
        strict=True,
    ):
        back = invoke("rebuild", out, page["id"]).stdout_bytes
        assert json.loads(back) == record
        assert back in raw.encode("utf-8")
