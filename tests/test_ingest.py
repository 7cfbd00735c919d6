"""Ingest: every input kind read, rebuilt byte for byte, and every kind of bad input
quarantined with a one-line message while the good inputs beside it are processed.

Fixtures are our own pages (tests/golden/ingest/, modelled on real news and forum pages)
or generated in ``tmp_path``: WARC with warcio, Parquet with pyarrow, gzip and zstd.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.ingest.html import extract
from cleaner.runner import rebuild_page

GOLDEN = Path(__file__).resolve().parent / "golden" / "ingest"
NEWS_GBK = GOLDEN / "news_zh_gbk.html"
FORUM = GOLDEN / "forum_en.html"
FORUM_REPLIES = GOLDEN / "forum_zh_replies.html"
GOOD_TEXT = "第一段正文，内容完整。\n第二段正文，说明办理流程和时间安排。\n"


def invoke(*args: Any, stdin: bytes | None = None) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def warc_bytes(pages: list[tuple[str, bytes, str]], *, gz: bool) -> bytes:
    """A WARC with a request and a response record per ``(url, payload, content type)``,
    written by hand (the format is a header block and a body per record; gzip per record).
    """
    out = []
    for n, (url, payload, ctype) in enumerate(pages):
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n"
        for kind, block, msg in (
            ("request", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", "request"),
            ("response", http.encode() + payload, "response"),
        ):
            head = (
                f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:06d}{len(out):06d}>\r\n"
                f"WARC-Date: 2024-03-01T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
                f"Content-Type: application/http; msgtype={msg}\r\n"
                f"Content-Length: {len(block)}\r\n\r\n"
            )
            record = head.encode() + block + b"\r\n\r\n"
            out.append(gzip.compress(record) if gz else record)
    return b"".join(out)


def run_ok(inputs: list[Path] | list[str], out: Path, *extra: Any, code: int = 0) -> Any:
    r = invoke("run", *inputs, "--out", out, "--quiet", *extra)
    assert r.exit_code == code, r.output
    return r


# -- every kind of input ------------------------------------------------------------


def test_html_files_extracted_with_title_url_site_and_stored_original(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_ok([NEWS_GBK, FORUM], out)
    pages = {Path(p["source"]).name: p for p in rows(out / "pages.jsonl")}
    news = pages[NEWS_GBK.name]
    assert news["encoding"] == "gb18030" and news["encoding_confidence"] >= 0.9
    assert news["container"]["kind"] == "html"
    assert news["container"]["title"] == "市图书馆延长周末开放时间"
    assert news["url"] == "http://news.example-daily.cn/local/2023/0412/1234.html"
    assert news["site"] == "news.example-daily.cn"
    assert news["rebuild"] == "stored"
    text = "\n".join(a["text"] for a in rows(out / "articles.jsonl") if a["page_id"] == news["id"])
    assert "市图书馆周末开放时间将延长至晚上九点" in text
    # a table's cells left in the article are a line each, as a browser shows them
    assert "综合阅览区\n9:00-20:00\n9:00-21:00" in text  # (stages/table_cells.py)
    for chrome in ("登录", "相关新闻", "分享到", "ICP备", "广告位", "当前位置"):
        assert chrome not in text, chrome
    for p in pages.values():
        assert rebuild_page(out, p["id"]) == Path(p["source"]).read_bytes()


def test_forum_posts_all_kept_chrome_dropped(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_ok([FORUM], out)
    text = "\n".join(a["text"] for a in rows(out / "articles.jsonl"))
    assert "cold garage and a basement" in text and "tomatoes even longer" in text
    for chrome in ("Latest", "Popular topics", "Report", "Powered by"):
        assert chrome not in text, chrome


def test_forum_short_replies_kept_user_info_and_actions_dropped() -> None:
    page = extract(FORUM_REPLIES.read_bytes())
    lines = page.body.splitlines()
    assert lines[0] == "阳台种番茄的几点体会"
    # the main post and every reply, however short, outside the post's own container
    for text in (
        "盆要够深，至少三十厘米。",
        "谢谢分享！",
        "盆土用什么配方？",
        "园土加腐叶土，一比一。",
    ):
        assert text in lines, text
    # user info and action bars around the posts, sidebar lists, footer
    for chrome in (
        "种花的猫",
        "楼主",
        "点赞",
        "举报",
        "热门帖子",
        "最新评论",
        "发表在",
        "版权所有",
    ):
        assert chrome not in page.body, chrome


LONG_POST = "第二段正文，说明办理流程和时间安排。" * 6


@pytest.mark.parametrize(
    ("wrapper", "inner", "kept"),
    [
        # a BEM modifier says how a post looks ("by the thread's starter"), not what it is
        ('<div class="Post Post--by-start-user"><p>{}</p></div>', "同意楼上。", True),
        # a wrapper whose name says "user" but that holds a whole post is not user info
        ('<div class="user-content"><p>{}</p></div>', LONG_POST, True),
        # a small element whose name says "user" is the poster's name: left out
        ('<div class="user-card">{}</div>', "园丁阿明", False),
    ],
)
def test_post_meta_names_only_mark_small_elements(wrapper: str, inner: str, kept: bool) -> None:
    html = (
        "<html><body><div class='thread'><div class='post'><p>"
        + "第一段正文，内容完整，讲清楚了来龙去脉。" * 3
        + "</p></div>"
        + wrapper.format(inner)
        + "</div></body></html>"
    )
    body = extract(html).body
    assert "来龙去脉" in body
    assert (inner in body) is kept, body


def test_warc_records_gz_and_plain(tmp_path: Path) -> None:
    html = FORUM.read_bytes()
    for gz in (True, False):
        warc = tmp_path / f"crawl{gz}.warc{'.gz' if gz else ''}"
        warc.write_bytes(
            warc_bytes(
                [
                    ("https://garden.example.org/t/42", html, "text/html; charset=utf-8"),
                    ("https://garden.example.org/logo.png", b"\x89PNG\r\n", "image/png"),
                    ("https://www.example.com/a.txt", GOOD_TEXT.encode(), "text/plain"),
                ],
                gz=gz,
            )
        )
        out = tmp_path / f"out{gz}"
        # text/plain responses are pages only when asked (issue 13: HTML by default)
        run_ok([warc], out, "--warc-types", "text/html,text/plain")
        pages = rows(out / "pages.jsonl")
        assert len(pages) == 2  # the image and the request records are skipped
        by_url = {p["url"]: p for p in pages}
        forum = by_url["https://garden.example.org/t/42"]
        assert forum["site"] == "garden.example.org"
        assert forum["container"]["kind"] == "warc"
        assert forum["container"]["warc_record_id"].startswith("<urn:uuid:")
        assert rebuild_page(out, forum["id"]) == html
        plain = by_url["https://www.example.com/a.txt"]
        assert rebuild_page(out, plain["id"]) == GOOD_TEXT.encode()
        assert plain["site"] == "example.com"


def test_jsonl_text_and_html_fields_rebuild_exactly(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "a1", "url": "https://www.example.com/x", "text": GOOD_TEXT}, ensure_ascii=False
        ),
        json.dumps(
            {"id": "a2", "content": FORUM.read_text("utf-8"), "link": "https://f.example.net/t"}
        ),
        json.dumps({"doc": 3, "text": "英文 mixed\r\n第二行"}),
    ]
    src = tmp_path / "batch.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode())
    out = tmp_path / "out"
    run_ok([src], out, "--html-field", "content", "--url-field", "link", "--id-field", "doc")
    pages = rows(out / "pages.jsonl")
    assert len(pages) == 3
    assert [p["record_id"] for p in pages] == [None, None, "3"]
    assert pages[1]["url"] == "https://f.example.net/t" and pages[1]["site"] == "f.example.net"
    assert pages[1]["container"]["html"] is True and pages[1]["rebuild"] == "stored"
    assert pages[0]["rebuild"] == "text" and pages[2]["rebuild"] == "text"
    for n, p in enumerate(pages):
        assert rebuild_page(out, p["id"]) == lines[n].encode()


def test_parquet_rows_text_and_html_rebuild_exactly(tmp_path: Path) -> None:
    html = NEWS_GBK.read_bytes().decode("gb18030")
    table = pa.table(
        {
            "id": ["r0", "r1", "r2"],
            "text": [GOOD_TEXT, None, "行一\r\n行二\r\n"],
            "html": [None, html, None],
            "url": [None, "https://news.example-daily.cn/x.html", None],
        }
    )
    src = tmp_path / "rows.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out"
    run_ok([src], out, "--format", "parquet")
    import polars as pl

    pages = pl.read_parquet(out / "pages.parquet").to_dicts()
    assert [p["record_id"] for p in pages] == ["r0", "r1", "r2"]
    assert pages[1]["site"] == "news.example-daily.cn"
    assert [p["rebuild"] for p in pages] == ["text", "stored", "text"]
    expect = [GOOD_TEXT.encode(), html.encode(), "行一\r\n行二\r\n".encode()]
    for p, want in zip(pages, expect, strict=True):
        assert rebuild_page(out, p["id"]) == want


def test_compressed_inputs_and_folder_glob(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt.gz").write_bytes(gzip.compress(GOOD_TEXT.encode()))
    (d / "sub" / "b.html.zst").write_bytes(zstandard.ZstdCompressor().compress(FORUM.read_bytes()))
    line = json.dumps({"text": GOOD_TEXT}, ensure_ascii=False).encode() + b"\n"
    (d / "sub" / "c.jsonl.gz").write_bytes(gzip.compress(line * 3))
    (d / "noext").write_bytes(gzip.compress(FORUM.read_bytes()))  # sniffed: gzip, then HTML
    out = tmp_path / "out"
    run_ok([d], out)
    pages = rows(out / "pages.jsonl")
    kinds = sorted((Path(p["source"].split(":")[0]).name, p["container"]["kind"]) for p in pages)
    assert kinds == [
        ("a.txt.gz", "file"),
        ("b.html.zst", "html"),
        ("c.jsonl.gz", "jsonl"),
        ("c.jsonl.gz", "jsonl"),
        ("c.jsonl.gz", "jsonl"),
        ("noext", "html"),
    ]
    for p in pages:
        assert p["container"]["compression"] in ("gzip", "zstd")
        assert rebuild_page(out, p["id"]) in (GOOD_TEXT.encode(), FORUM.read_bytes(), line[:-1])
    out2 = tmp_path / "out2"
    run_ok([d], out2, "--glob", "*.html*")
    assert [Path(p["source"]).name for p in rows(out2 / "pages.jsonl")] == ["b.html.zst"]


def test_stdin_jsonl_and_html(tmp_path: Path) -> None:
    out = tmp_path / "out"
    data = (json.dumps({"text": GOOD_TEXT}, ensure_ascii=False) + "\n").encode() * 2
    r = invoke("run", "-", "--out", out, "--quiet", stdin=data)
    assert r.exit_code == 0, r.output
    pages = rows(out / "pages.jsonl")
    assert [p["source"] for p in pages] == ["<stdin>:1", "<stdin>:2"]
    out2 = tmp_path / "out2"
    r = invoke("run", "-", "--out", out2, "--quiet", "--site", "garden", stdin=FORUM.read_bytes())
    assert r.exit_code == 0, r.output
    (page,) = rows(out2 / "pages.jsonl")
    assert page["container"]["kind"] == "html" and page["site"] == "garden"
    assert rebuild_page(out2, page["id"]) == FORUM.read_bytes()


# -- bad input ----------------------------------------------------------------------


def _bad_run(
    tmp_path: Path, bad: Path | str, *extra: Any, stdin: bytes | None = None
) -> tuple[Any, list[dict[str, Any]], Path]:
    """Run a good page beside ``bad``; check the good one was processed and exit 4."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", good, bad, "--out", out, *extra, stdin=stdin)
    assert r.exit_code == 4, r.output
    assert "Traceback" not in r.output
    pages = rows(out / "pages.jsonl")
    assert str(good) in [p["source"] for p in pages]
    assert (
        invoke(
            "run", good, bad, "--out", tmp_path / "o2", "--allow-quarantine", *extra, stdin=stdin
        ).exit_code
        == 0
    )
    return r, rows(out / "quarantine.jsonl"), out


def _one_line(r: Any, source: str, words: str) -> None:
    msgs = [ln for ln in r.output.splitlines() if ln.startswith("cleaner: quarantined:")]
    assert any(ln.startswith(f"cleaner: quarantined: {source}") and words in ln for ln in msgs), (
        r.output
    )


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("empty.txt", b"", "empty", "empty file"),
        ("blank.html", b"  \n\n ", "empty", "empty file"),
        (
            "photo.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 4,
            "binary",
            "binary file",
        ),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary", "binary file"),
        ("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40, "binary", "binary file"),
        ("page.txt", b"PK\x03\x04 zip named .txt", "binary", "binary file"),
        (
            "cut.jsonl.gz",
            gzip.compress(b'{"text": "abc"}\n' * 2000, mtime=0)[:-40],
            "truncated",
            "truncated gzip",
        ),
        (
            "cut.html.gz",
            gzip.compress(b"<html><body><p>x</p></body></html>" * 500, mtime=0)[:-20],
            "truncated",
            "truncated gzip",
        ),
    ],
)
def test_bad_file_quarantined(
    tmp_path: Path, name: str, data: bytes, code: str, words: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    r, q, out = _bad_run(tmp_path, bad)
    (rec,) = [x for x in q if x["source"] == str(bad)]
    assert rec["code"] == code and words in rec["reason"]
    _one_line(r, str(bad), words)
    assert (out / rec["copy"]).read_bytes() == data


def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(gzip.compress(b'{"text": "abc %d"}\n' * 40_000)[:-40])
    _, q, out = _bad_run(tmp_path, bad)
    assert any(p["source"].startswith(f"{bad}:") for p in rows(out / "pages.jsonl"))
    assert [x["code"] for x in q] == ["truncated"]


def test_invalid_jsonl_line_and_missing_field_among_good(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.jsonl"
    good_line = json.dumps({"text": GOOD_TEXT}, ensure_ascii=False)
    bad.write_text(
        "\n".join(
            [good_line, '{"text": "unterminated', good_line, '{"title": "no text"}', good_line]
        )
        + "\n",
        encoding="utf-8",
    )
    r, q, out = _bad_run(tmp_path, bad)
    assert [(x["line"], x["code"]) for x in q] == [(2, "invalid_json"), (4, "missing_field")]
    assert "fields: title" in q[1]["reason"]
    _one_line(r, str(bad), "line 2: invalid JSON")
    _one_line(r, str(bad), "line 4: no text field 'text' (a string or a list of strings) or 'html'")
    assert (out / q[0]["copy"]).read_bytes() == b'{"text": "unterminated'
    assert sum(p["source"].startswith(str(bad)) for p in rows(out / "pages.jsonl")) == 3


def test_unknown_text_field_quarantines_each_record(tmp_path: Path) -> None:
    """Decision: an unknown --text-field is per-record bad input (exit 4), not a usage
    error: a stream cannot be checked before it is read, and other inputs of the run may
    have the field.  Parquet files are checked against their schema, once per file."""
    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps({"body": "x"}) + "\n", encoding="utf-8")
    pqf = tmp_path / "b.parquet"
    pq.write_table(pa.table({"body": ["x", "y"]}), pqf)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"content": GOOD_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", good, bad, pqf, "--out", out, "--text-field", "content")
    assert r.exit_code == 4, r.output
    q = rows(out / "quarantine.jsonl")
    assert [(x["source"], x["code"]) for x in q] == [
        (str(bad), "missing_field"),
        (str(pqf), "missing_field"),
    ]
    assert "no column 'content' or 'html' (columns: body)" in q[1]["reason"]
    assert (out / q[1]["copy"]).read_bytes() == pqf.read_bytes()
    assert len(rows(out / "pages.jsonl")) == 1


def test_huge_single_line_is_streamed_not_loaded(tmp_path: Path) -> None:
    bad = tmp_path / "dump.jsonl"
    good_line = json.dumps({"text": GOOD_TEXT}, ensure_ascii=False).encode()
    with bad.open("wb") as fh:  # 200 MB on one line, between two good lines
        fh.write(good_line + b"\n" + b'{"text": "')
        block = "长".encode() * (1 << 20)
        for _ in range(200 // 3):
            fh.write(block)
        fh.write(b'"}\n' + good_line + b"\n")
    r, q, out = _bad_run(tmp_path, bad)
    (rec,) = q
    assert rec["code"] == "too_large" and rec["line"] == 2
    _one_line(r, str(bad), "line 2: record larger than 32 MB")
    assert (out / rec["copy"]).stat().st_size == 1024 * 1024
    assert sum(p["source"].startswith(str(bad)) for p in rows(out / "pages.jsonl")) == 2


def test_html_nested_100000_deep(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_bytes(
        b"<html><body>"
        + b"<div>" * 100_000
        + "深层正文内容".encode()
        + b"</div>" * 100_000
        + b"</body></html>"
    )
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    # 100,002 elements: over the default [read] max_html_elements (too_complex, see
    # tests/test_hostile_inputs.py); raised here to check the walker copes with the depth
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[read]\nmax_html_elements = 200000\n", encoding="utf-8")
    run_ok([good, deep], out, "--config", cfg)
    pages = {p["source"]: p for p in rows(out / "pages.jsonl")}
    text = "".join(
        a["text"] for a in rows(out / "articles.jsonl") if a["page_id"] == pages[str(deep)]["id"]
    )
    assert "深层正文内容" in text
    assert rebuild_page(out, pages[str(deep)]["id"]) == deep.read_bytes()


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "locked.txt"
    bad.write_text("secret", encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *a: Any, **k: Any) -> Any:
        if self == bad:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *a, **k)

    monkeypatch.setattr(Path, "open", deny)  # root can read anything: simulate a 0600 file
    r, q, _ = _bad_run(tmp_path, bad)
    assert [(x["code"], x["reason"]) for x in q] == [
        ("unreadable", "cannot read file: Permission denied")
    ]
    _one_line(r, str(bad), "cannot read file: Permission denied")


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "gone.html"
    r, q, _ = _bad_run(tmp_path, missing)
    assert [(x["code"], x["copy"]) for x in q] == [("not_found", None)]
    _one_line(r, str(missing), "no such file or directory")


def test_corrupt_parquet_and_warc(tmp_path: Path) -> None:
    for name, data in (("x.parquet", b"PAR1 not really"), ("x.warc", b"WARC/1.0\r\nbroken")):
        d = tmp_path / name.replace(".", "_")
        d.mkdir()
        bad = d / name
        bad.write_bytes(data)
        r, q, out = _bad_run(d, bad)
        (rec,) = q
        assert rec["code"] == "corrupt"
        assert (out / rec["copy"]).read_bytes() == data
        _one_line(r, str(bad), "")


# -- encodings ----------------------------------------------------------------------


def test_html_charsets_and_mojibake(tmp_path: Path) -> None:
    body = "<p>繁體中文的段落，測試大五碼的網頁內容是否可以讀出來。</p>"
    big5 = tmp_path / "big5.html"
    big5.write_bytes(
        f'<html><head><meta charset="big5"></head><body>{body}</body></html>'.encode("big5")
    )
    u16 = tmp_path / "u16.html"
    u16.write_bytes(f"<html><body>{body}</body></html>".encode("utf-16"))
    moji = tmp_path / "moji.html"
    text = "这是乱码测试页面正文还原成功"  # UTF-8 bytes that also read as GBK
    garbled = text.encode("utf-8").decode("gb18030")
    moji.write_bytes(
        f"<html><body><p>{garbled}</p><p>锟斤拷锟斤拷无法还原</p></body></html>".encode()
    )
    out = tmp_path / "out"
    run_ok([big5, u16, moji], out)
    pages = {Path(p["source"]).name: p for p in rows(out / "pages.jsonl")}
    assert pages["big5.html"]["encoding"] in ("big5", "cp950", "big5hkscs")
    assert pages["u16.html"]["encoding"].startswith("utf-16")
    arts = {a["page_id"]: a["text"] for a in rows(out / "articles.jsonl")}
    assert "測試大五碼" in arts[pages["big5.html"]["id"]]
    assert "測試大五碼" in arts[pages["u16.html"]["id"]]
    m = pages["moji.html"]
    assert "mojibake" not in m["container"]
    undone = [c for c in rows(out / "changes.jsonl") if c["rule"].startswith("read.mojibake")]
    assert [(c["page_id"], c["rule"], c["before"], c["after"]) for c in undone] == [
        (m["id"], "read.mojibake.utf8_as_gbk", garbled, text)
    ]
    assert m["container"]["damage"] == {"kunjinkao_runs": 1}
    assert text in arts[m["id"]]
    for p in pages.values():
        assert rebuild_page(out, p["id"]) == Path(p["source"]).read_bytes()


def test_progress_silent_when_not_a_tty(tmp_path: Path) -> None:
    r = invoke("run", FORUM, "--out", tmp_path / "o")
    assert r.exit_code == 0
    assert "pages/s" not in r.output  # CliRunner is not a terminal


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    from cleaner.cli.run import _progress

    with _progress(enabled=True) as hook:
        assert hook is not None
        hook(1, 1000)
    with _progress(enabled=False) as hook:
        assert hook is None


def test_oversized_single_file_quarantined_with_head_copy(tmp_path: Path) -> None:
    from cleaner.ingest.readers import Quarantined, read_inputs
    from cleaner.ingest.records import ReadOptions

    big = tmp_path / "one_line.txt"
    big.write_bytes("长".encode() * (1 << 20))  # 3 MB, no newline
    small = tmp_path / "ok.txt"
    small.write_text(GOOD_TEXT, encoding="utf-8")
    got = list(read_inputs([big, small], options=ReadOptions(max_page_bytes=2 << 20)))
    q, page = got
    assert isinstance(q, Quarantined) and q.code == "too_large"
    assert q.reason == "larger than 2 MB: not processed (first 1024 KB copied)"
    assert q.data == big.read_bytes()[: 1 << 20]
    assert page.source == str(small)


def test_random_bytes_without_nul_are_binary_not_latin1(tmp_path: Path) -> None:
    """Random bytes have no NUL 31 % of the time at 300 bytes and then decode as Latin-1;
    full of control bytes and reading as nothing, they are quarantined as binary."""
    import random

    rng = random.Random(11)
    blob = tmp_path / "blob.dat"
    blob.write_bytes(bytes(b for b in rng.randbytes(600) if b))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Müller aß Äpfel und Öl in Köln, später Straße.\n".encode("latin-1"))
    out = tmp_path / "out"
    run_ok([blob, latin], out, code=4)
    q = rows(out / "quarantine.jsonl")
    assert [(Path(r["source"]).name, "binary" in r["reason"]) for r in q] == [("blob.dat", True)]
    assert (out / q[0]["copy"]).read_bytes() == blob.read_bytes()  # nothing lost
    pages = rows(out / "pages.jsonl")
    assert [Path(p["source"]).name for p in pages] == ["latin.txt"]
