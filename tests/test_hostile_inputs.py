"""Hostile inputs (issue 17, the input side): every budget of ``[read]`` and every way out
of an input folder, one test per case of the issue's table.

Each test runs ``cleaner run`` on the hostile input beside a good page and checks the
quarantine reason code, the exit code (4: some inputs quarantined) and that the good page
was written.  Bombs are generated streaming (a 2 GB zstd bomb is 65 KB and takes a second
to make), so the tests stay light; their peak memory is measured by
``benchmarks/hostile_bench.py``, not here.  A hypothesis fuzz target over the readers, with
compressed, truncated and archive inputs, ends the file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner.cli import app

GOOD_TEXT = "第一段正文，内容完整。\n第二段正文，说明办理流程和时间安排。\n"
MB = 1 << 20
EXIT_USAGE, EXIT_FAILED, EXIT_QUARANTINED = 2, 3, 4


def invoke(*args: Any) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def zeros_zstd(size: int) -> bytes:
    """One zstd frame of ``size`` zero bytes, compressed a MB at a time."""
    c = zstandard.ZstdCompressor(level=1).compressobj()
    block = bytes(MB)
    parts = [c.compress(block) for _ in range(size // MB)]
    return b"".join(parts) + c.flush()


def zeros_gzip(size: int) -> bytes:
    """gzip members of 64 MB of zeros each (one compressed, repeated): ``size`` bytes."""
    member = gzip.compress(bytes(64 * MB), compresslevel=1)
    return member * (size // (64 * MB))


def run_beside(tmp_path: Path, *bad: Path, config: str | None = None, extra: tuple = ()) -> Any:
    """``cleaner run`` on a folder holding ``bad`` and a good page; the result and the
    quarantine entries (the good page must be written and the exit code be 4)."""
    good = tmp_path / "in" / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    args: list[Any] = [tmp_path / "in", "--out", tmp_path / "out", *extra]
    if config is not None:
        cfg = tmp_path / "cleaner.toml"
        cfg.write_text(config, encoding="utf-8")
        args += ["--config", cfg]
    r = invoke("run", *args)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    out = tmp_path / "out"
    pages = rows(out / "pages.jsonl")
    assert str(good) in [p["source"] for p in pages], "the good page beside it was not written"
    return r, rows(out / "quarantine.jsonl"), out


@pytest.fixture
def indir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    return d


# -- decompression: bombs, size, the read buffer ------------------------------------------


def test_zstd_bomb_of_2gb_is_quarantined_as_bomb_with_original_bytes(
    tmp_path: Path, indir: Path
) -> None:
    bomb = indir / "page.txt.zst"
    bomb.write_bytes(zeros_zstd(2048 * MB))  # 65 KB → 2 GB, one frame
    _, q, out = run_beside(tmp_path, bomb, config="[read]\nmax_page_bytes = 2147483648\n")
    (rec,) = q
    assert rec["code"] == "bomb" and rec["source"] == str(bomb)
    assert "max_ratio" in rec["reason"]
    # the copy is the original compressed file, not the expansion
    assert (out / rec["copy"]).read_bytes() == bomb.read_bytes()


def test_gzip_expanding_past_the_size_budget_is_too_large(tmp_path: Path, indir: Path) -> None:
    big = indir / "batch.jsonl.gz"
    big.write_bytes(zeros_gzip(2048 * MB))  # 2 GB under a 256 MB budget, ratio allowed
    config = "[read]\nmax_decompressed_bytes = 268435456\nmax_ratio = 1000000\n"
    _, q, out = run_beside(tmp_path, big, config=config)
    codes = {r["code"] for r in q}
    assert "too_large" in codes and all(r["source"] == str(big) for r in q)
    whole = [r for r in q if r["line"] is None]
    assert whole and "max_decompressed_bytes" in whole[0]["reason"]
    assert (out / whole[0]["copy"]).read_bytes() == big.read_bytes()


def test_jsonl_zst_with_a_huge_line_skips_that_line_only(tmp_path: Path, indir: Path) -> None:
    good_line = json.dumps({"text": GOOD_TEXT}, ensure_ascii=False).encode() + b"\n"
    c = zstandard.ZstdCompressor(level=1).compressobj()
    parts = [c.compress(good_line + b'{"text": "')]
    block = b"a" * MB
    parts += [c.compress(block) for _ in range(48)]  # one line of 48 MB
    parts += [c.compress(b'"}\n' + good_line), c.flush()]
    batch = indir / "batch.jsonl.zst"
    batch.write_bytes(b"".join(parts))
    _, q, out = run_beside(tmp_path, batch)
    (rec,) = q
    assert rec["code"] == "too_large" and rec["line"] == 2
    assert (out / rec["copy"]).stat().st_size == MB  # the head of the line only
    sources = [p["source"] for p in rows(out / "pages.jsonl")]
    assert f"{batch}:1" in sources and f"{batch}:3" in sources


def test_multi_member_gzip_jsonl_reads_every_line(indir: Path) -> None:
    from cleaner.ingest.readers import read_inputs

    lines = [json.dumps({"text": f"第{i}行正文。"}, ensure_ascii=False) for i in range(3000)]
    data = "\n".join(lines).encode() + b"\n"
    f = indir / "many.jsonl.gz"
    f.write_bytes(gzip.compress(data[:40000]) + gzip.compress(data[40000:]) + bytes(512))
    got = list(read_inputs([f]))
    assert [g.text for g in got] == [f"第{i}行正文。" for i in range(3000)]


def test_truncated_zstd_is_still_noticed(tmp_path: Path, indir: Path) -> None:
    data = zstandard.ZstdCompressor().compress(GOOD_TEXT.encode() * 5000)
    cut = indir / "cut.txt.zst"
    cut.write_bytes(data[:-7])
    _, q, _ = run_beside(tmp_path, cut)
    assert [r["code"] for r in q] == ["truncated"]


# -- Parquet: spool and cells ------------------------------------------------------------


def test_compressed_parquet_over_the_spool_budget_is_too_large(tmp_path: Path, indir: Path) -> None:
    fake = indir / "zeros.parquet.gz"
    fake.write_bytes(gzip.compress(b"PAR1" + bytes(8 * MB), compresslevel=1))
    _, q, out = run_beside(tmp_path, fake, config="[read]\nmax_spool_bytes = 4194304\n")
    (rec,) = q
    assert rec["code"] == "too_large" and "max_spool_bytes" in rec["reason"]
    assert (out / rec["copy"]).read_bytes() == fake.read_bytes()


def test_compressed_parquet_is_spooled_once_with_site_learning(
    tmp_path: Path, indir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    import cleaner.ingest.parquet as parquet
    from cleaner.config import PipelineConfig
    from cleaner.ingest.limits import ReadConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.ingest.records import ReadOptions
    from cleaner.runner import run

    buf = io.BytesIO()
    pq.write_table(pa.table({"text": [GOOD_TEXT + f"第{i}条。" for i in range(5)]}), buf)
    (indir / "rows.parquet.gz").write_bytes(gzip.compress(buf.getvalue()))
    calls: list[int] = []
    real = parquet._spool

    def counting(stream: Any, limit: int) -> Any:
        calls.append(limit)
        return real(stream, limit)

    monkeypatch.setattr(parquet, "_spool", counting)
    summary = run([indir], tmp_path / "out")  # [boilerplate] site_repeat reads twice
    assert summary["pages"] == 5 and summary["quarantined"] == 0
    assert len(calls) == 1
    # one too large to spool is refused once, and quarantined by the cleaning pass
    (indir / "rows.parquet.gz").unlink()
    (indir / "zeros.parquet.gz").write_bytes(gzip.compress(b"PAR1" + bytes(3 * MB)))
    (indir / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    cfg = replace(PipelineConfig(), read=ReadConfig(max_spool_bytes=MB))
    summary = run([indir], tmp_path / "out2", config=cfg)
    assert summary["quarantine_reasons"] == {"too_large": 1} and summary["pages"] == 1
    assert len(calls) == 2
    # without site learning the one read keeps nothing open (pytest: warnings are errors)
    spools = parquet.Spools(MB * 8)
    opts = ReadOptions(spools=spools)
    (indir / "zeros.parquet.gz").write_bytes(gzip.compress(buf.getvalue()))
    assert len([r for r in read_inputs([indir / "zeros.parquet.gz"], options=opts)]) == 5
    assert len(spools.files) == 1
    spools.close()
    assert not spools.files


def test_parquet_cell_over_the_page_limit_quarantines_its_row(tmp_path: Path, indir: Path) -> None:
    huge = "长" * (12 * MB)  # 36 MB of UTF-8 in one cell; the file is a few KB
    table = pa.table({"text": [GOOD_TEXT, huge, GOOD_TEXT + "另一页。"], "id": ["a", "b", "c"]})
    pqf = indir / "cells.parquet"
    pq.write_table(table, pqf, compression="zstd")
    del huge, table
    assert pqf.stat().st_size < MB
    _, q, out = run_beside(tmp_path, pqf)
    (rec,) = q
    assert rec["code"] == "too_large" and rec["line"] == 1
    assert "cell 'text' larger than 32 MB" in rec["reason"]
    assert (out / rec["copy"]).read_bytes() == "长".encode() * (MB // 3) + "长".encode()[:1]
    ids = [p["record_id"] for p in rows(out / "pages.jsonl")]
    assert "a" in ids and "c" in ids and "b" not in ids


def test_parquet_row_group_of_huge_cells_is_not_decoded(tmp_path: Path, indir: Path) -> None:
    pqf = indir / "huge.parquet"
    table = pa.table({"text": ["短", "a" * (70 * MB)]})
    pq.write_table(table, pqf, compression="zstd", row_group_size=2)
    del table
    _, q, out = run_beside(tmp_path, pqf)
    (rec,) = q
    assert rec["code"] == "too_large" and rec["line"] == 0
    assert rec["reason"].startswith("rows 0-1: column 'text' holds 70 MB for 2 row(s)")
    assert (out / rec["copy"]).read_bytes() == pqf.read_bytes()


# -- pages too complex to parse -----------------------------------------------------------


def test_millions_of_nested_divs_are_too_complex(tmp_path: Path, indir: Path) -> None:
    divs = indir / "deep.html.gz"
    divs.write_bytes(gzip.compress(b"<html><body>" + b"<div>" * 2_900_000 + b"x"))
    _, q, out = run_beside(tmp_path, divs)
    (rec,) = q
    assert rec["code"] == "too_complex" and "max_html_elements" in rec["reason"]
    assert (out / rec["copy"]).read_bytes() == divs.read_bytes()


def test_too_many_elements_in_a_jsonl_html_field_quarantines_that_line(
    tmp_path: Path, indir: Path
) -> None:
    flat = "<html><body>" + "<p>段</p>" * 3000 + "</body></html>"
    ok = "<html><body><p>正常的网页正文内容。</p></body></html>"
    batch = indir / "pages.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"html": h}, ensure_ascii=False) for h in (ok, flat, ok)) + "\n",
        encoding="utf-8",
    )
    _, q, out = run_beside(tmp_path, batch, config="[read]\nmax_html_elements = 2000\n")
    (rec,) = q
    assert rec["code"] == "too_complex" and rec["line"] == 2
    assert "more than 2,000 elements" in rec["reason"]
    assert sum(p["source"].startswith(str(batch)) for p in rows(out / "pages.jsonl")) == 2


def test_comparisons_in_text_are_not_elements() -> None:
    from cleaner.ingest.limits import check_complexity

    # "<" in text, end tags and comments are not elements: only start tags count
    page = "<p>" + "1 < 2 </b> <!-- c -->" * 5000
    check_complexity(page, max_elements=10)


# -- inputs stay inside -------------------------------------------------------------------


def test_symlink_out_of_the_input_folder_is_not_followed(tmp_path: Path, indir: Path) -> None:
    secret = tmp_path / "environ.txt"
    secret.write_text("SECRET_TOKEN=hunter2\n", encoding="utf-8")
    link = indir / "innocent.txt"
    link.symlink_to(secret)
    (indir / "inside.txt").symlink_to(indir / "good.txt")  # a link inside: followed
    _, q, out = run_beside(tmp_path, link)
    (rec,) = q
    assert rec["code"] == "symlink_outside" and rec["copy"] is None
    assert "hunter2" not in (out / "articles.jsonl").read_text("utf-8")
    assert f"{indir}/inside.txt" in [p["source"] for p in rows(out / "pages.jsonl")]
    r = invoke("run", indir, "--out", tmp_path / "out2", "--follow-symlinks")
    assert r.exit_code == 0, r.output
    assert "hunter2" in (tmp_path / "out2" / "articles.jsonl").read_text("utf-8")


def test_fifo_and_proc_files_are_skipped_unread(tmp_path: Path, indir: Path) -> None:
    fifo = indir / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block the run forever
    good = indir / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    r = invoke("run", indir, "/proc/self/environ", "--out", tmp_path / "out")
    assert r.exit_code == EXIT_QUARANTINED, r.output
    q = rows(tmp_path / "out" / "quarantine.jsonl")
    assert [(x["source"], x["code"]) for x in q] == [
        (str(fifo), "special_file"),
        ("/proc/self/environ", "special_file"),
    ]
    assert [p["source"] for p in rows(tmp_path / "out" / "pages.jsonl")] == [str(good)]


def test_file_name_that_is_not_utf8(tmp_path: Path, indir: Path) -> None:
    name = os.fsencode(indir) + b"/bad\xff\xfe.txt"
    with open(name, "wb") as fh:
        fh.write("不是UTF-8的文件名，正文照常处理。\n".encode())
    (indir / "empty.txt").write_bytes(b"")  # something to quarantine beside it
    _, q, out = run_beside(tmp_path, indir)
    assert [x["code"] for x in q] == ["empty"]
    sources = [p["source"] for p in rows(out / "pages.jsonl")]
    assert f"{indir}/bad\\xff\\xfe.txt" in sources


def test_quarantine_copy_of_a_long_file_name(tmp_path: Path, indir: Path) -> None:
    long = indir / ("长" * 82 + ".txt")  # 250 bytes: a legal name, too long with a prefix
    long.write_bytes(b"")
    _, q, out = run_beside(tmp_path, long)
    (rec,) = q
    assert rec["code"] == "empty" and (out / rec["copy"]).is_file()


def test_copy_names_are_short_unique_and_keep_the_extension() -> None:
    from cleaner.ingest.source import MAX_COPY_NAME, copy_name

    a = copy_name(1, "/in/" + "长" * 82 + ".txt", 12)
    b = copy_name(1, "/other/" + "长" * 82 + ".txt", 12)
    assert a != b and a.endswith(".txt.line12") and a.startswith("00001_长")
    assert len(a.encode()) <= MAX_COPY_NAME and len(b.encode()) <= MAX_COPY_NAME
    odd = copy_name(2, "/in/bad\\xff" + "x" * 300 + ".jsonl.gz")
    assert odd.endswith(".jsonl.gz") and len(odd.encode()) <= MAX_COPY_NAME
    assert copy_name(7, "/in/page.html") == "00007_page.html"
    assert copy_name(8, "/in/page.html.zst") == "00008_page.html.zst"  # the original bytes
    assert copy_name(9, "/in/rows.jsonl.zst", 3) == "00009_rows.jsonl.line3"  # decompressed


def test_page_id_from_an_output_file_is_never_a_path(tmp_path: Path) -> None:
    src = tmp_path / "p.html"
    src.write_text("<html><body><p>正文内容在这里。</p></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out).exit_code == 0
    (outside := tmp_path / "x.gz").write_bytes(gzip.compress(b"outside the output folder"))
    pages = out / "pages.jsonl"
    (page,) = rows(pages)
    assert page["rebuild"] == "stored"
    crafted = pages.read_text("utf-8").replace(page["id"], "../x")
    pages.write_text(crafted, encoding="utf-8")
    r = invoke("rebuild", out, "../x")
    assert r.exit_code == EXIT_FAILED and "not a page id" in r.output
    assert b"outside" not in r.stdout_bytes and outside.is_file()


# -- numeric knobs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["run", "IN", "--out", "OUT", "--jobs", "100000"], "--jobs 100000: at most"),
        (["dedup", "IN", "--out", "OUT", "--num-perm", "100000000"], "num_perm must be from 1"),
        (["validate", "IN", "--jobs", "100000"], "--jobs 100000: at most"),
        (["run", "IN", "--out", "OUT", "--glob", "/etc/*"], "--glob /etc/*: must be a pattern"),
        (["run", "IN", "--out", "OUT", "--glob", "../*.txt"], "not a path"),
    ],
    ids=["run-jobs", "dedup-num-perm", "validate-jobs", "glob-absolute", "glob-parent"],
)
def test_absurd_numbers_are_one_line_usage_errors(
    tmp_path: Path, args: list[str], words: str
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n", encoding="utf-8")
    argv = [str(src) if a == "IN" else str(tmp_path / "o") if a == "OUT" else a for a in args]
    r = invoke(*argv)
    assert r.exit_code == EXIT_USAGE
    assert r.output.strip().count("\n") == 0 and words in r.output, r.output
    assert not (tmp_path / "o").exists()


def test_read_section_rejects_nonsense(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[read]\nmax_ratio = 0\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text(GOOD_TEXT, encoding="utf-8")
    r = invoke("run", src, "--out", tmp_path / "o", "--config", cfg)
    assert r.exit_code == EXIT_USAGE and "[read] max_ratio must be" in r.output


# -- fuzzing the readers ------------------------------------------------------------------

CODES = {
    "empty", "binary", "invalid_json", "missing_field", "invalid_text", "too_large", "bomb",
    "too_complex", "truncated", "corrupt", "unreadable", "special_file",
}  # fmt: skip
KINDS = ["page.txt", "page.html", "batch.jsonl", "rows.parquet", "crawl.warc"]


def _payload(kind: str, text: str) -> bytes:
    if kind == "batch.jsonl":
        return "\n".join(json.dumps({"text": t}) for t in text.split("\n")).encode()
    if kind == "rows.parquet":
        buf = io.BytesIO()
        pq.write_table(pa.table({"text": text.split("\n")}), buf)
        return buf.getvalue()
    if kind == "crawl.warc":
        body = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>{text}</p>".encode()
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        return head + body + b"\r\n\r\n"
    if kind == "page.html":
        return f"<html><body><p>{text}</p></body></html>".encode()
    return text.encode("utf-8", "surrogatepass")


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(KINDS),
    comp=st.sampled_from(["", ".gz", ".zst"]),
    text=st.text(min_size=0, max_size=300),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
    flip=st.one_of(st.none(), st.tuples(st.integers(0, 400), st.integers(1, 255))),
)
def test_fuzz_readers(
    tmp_path: Path, kind: str, comp: str, text: str, cut: int | None, flip: Any
) -> None:
    """Whatever the bytes (compressed, cut short, bit-flipped), reading never raises and
    every item is a page or a quarantine entry with a known code."""
    from cleaner.ingest.limits import ReadConfig
    from cleaner.ingest.readers import Quarantined, read_inputs
    from cleaner.ingest.records import ReadOptions

    data = _payload(kind, text)
    if comp == ".gz":
        data = gzip.compress(data)
    elif comp == ".zst":
        data = zstandard.ZstdCompressor().compress(data)
    blob = bytearray(data)
    if flip is not None and blob:
        blob[flip[0] % len(blob)] ^= flip[1]
    if cut is not None:
        blob = blob[:cut]
    f = tmp_path / f"fuzz_{kind}{comp}"
    f.write_bytes(bytes(blob))
    opts = ReadOptions(limits=ReadConfig(max_decompressed_bytes=MB, ratio_grace_bytes=4096))
    for item in read_inputs([f], options=opts):
        if isinstance(item, Quarantined):
            assert item.code in CODES, item
            assert item.reason
        else:
            assert item.source.startswith(str(f))


def test_warc_cut_inside_its_first_header_is_corrupt(tmp_path: Path, indir: Path) -> None:
    # found by test_fuzz_readers: warcio raised AttributeError (a traceback, exit 1)
    cut = indir / "cut.warc"
    cut.write_bytes(b"WARC/1.0\r\nWARC-Type: response")
    _, q, out = run_beside(tmp_path, cut)
    (rec,) = q
    assert rec["code"] == "corrupt" and "WARC" in rec["reason"]
    assert (out / rec["copy"]).read_bytes() == cut.read_bytes()


def test_gzip_warc_cut_inside_a_bad_record_is_a_quarantine_entry(indir: Path) -> None:
    # found by test_fuzz_readers: a record with a damaged Content-Length in a gzip member
    # that the file cuts short raised BrokenMember (a traceback) while skipping to the
    # next record
    from cleaner.ingest.readers import Quarantined, read_inputs

    data = bytearray(gzip.compress(_payload("crawl.warc", ""), mtime=0))
    data[347 % len(data)] ^= 1
    f = indir / "cut.warc.gz"
    f.write_bytes(bytes(data[:92]))
    items = list(read_inputs([f]))
    assert items and all(isinstance(i, Quarantined) for i in items)
    assert {i.code for i in items} <= {"corrupt", "truncated"}


def test_zlib_errors_stay_quarantine_entries(indir: Path) -> None:
    from cleaner.ingest.readers import Quarantined, read_inputs

    f = indir / "junk.txt.gz"
    f.write_bytes(gzip.compress(GOOD_TEXT.encode())[:12] + zlib.compress(b"x") * 3)
    (item,) = list(read_inputs([f]))
    assert isinstance(item, Quarantined) and item.code == "corrupt"


def test_parquet_string_cell_that_is_not_utf8_is_a_corrupt_file(indir: Path) -> None:
    # found by test_fuzz_readers: pyarrow raised UnicodeDecodeError (a traceback, exit 1)
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cleaner.ingest.readers import Quarantined, read_inputs

    buf = io.BytesIO()
    table = pa.table({"text": ["你好世界，这是第一行。", "第二行内容"]})
    pq.write_table(table, buf, compression="NONE")
    data = bytearray(buf.getvalue())
    data[data.find("你好".encode())] = 0xFF  # the cell's first byte is no longer UTF-8
    f = indir / "damaged.parquet"
    f.write_bytes(bytes(data))
    (item,) = read_inputs([f])
    assert isinstance(item, Quarantined) and item.code == "corrupt"
    assert "unreadable Parquet file" in item.reason and item.data == bytes(data)


_READ_ALL = """
import sys
from pathlib import Path
from cleaner.ingest.readers import Quarantined, read_inputs
from cleaner.ingest.records import ReadOptions
for limit in (1 << 20, 1):
    opts = ReadOptions(max_page_bytes=limit)
    for f in sorted(Path(sys.argv[1]).iterdir()):
        items = list(read_inputs([f], options=opts))
        assert items, f
        codes = {i.code for i in items if isinstance(i, Quarantined)}
        print(f.name, ",".join(sorted(codes)) or "ok")
"""


def test_no_byte_flip_of_a_parquet_file_ends_the_process(tmp_path: Path) -> None:
    """pyarrow 26 aborts the process (an uncaught C++ exception, 'Definition level
    histogram size mismatch') when the column metadata of some damaged footers is built,
    and some damaged files decode to fewer rows than they hold; both found by flipping
    single bytes.  Every flip of every byte must give pages or quarantine entries, never
    nothing, whether the row group is small (no column metadata needed) or over the page
    limit (its column sizes are read)."""
    import subprocess
    import sys

    buf = io.BytesIO()
    pq.write_table(pa.table({"text": ["abc 中文", "第二行", ""]}), buf)
    data = buf.getvalue()
    d = tmp_path / "flips"
    d.mkdir()
    for pos in range(len(data)):
        blob = bytearray(data)
        blob[pos] ^= 12
        (d / f"f{pos:04d}.parquet").write_bytes(bytes(blob))
    res = subprocess.run(
        [sys.executable, "-c", _READ_ALL, str(d)], capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stderr[-500:]
    lines = res.stdout.splitlines()
    assert len(lines) == 2 * len(data)
    codes = {c for line in lines for c in line.split()[1].split(",")}
    assert "corrupt" in codes and "ok" in codes and codes <= CODES | {"ok"}
