"""Every .txt and .jsonl file under ../shared/corpora/real runs through without a crash and
every page rebuilds exactly (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.runner import rebuild_page, run


def test_real_text_and_jsonl_files(shared_corpora: Path, tmp_path: Path) -> None:
    files = sorted(p for p in shared_corpora.rglob("*") if p.suffix in (".txt", ".jsonl"))
    assert files
    summary = run(files, tmp_path)
    pages = [json.loads(x) for x in (tmp_path / "pages.jsonl").read_text("utf-8").splitlines()]
    assert summary["pages"] == len(pages) > 0
    # only pages whose text is not a text edit of their bytes keep their bytes: HTML
    # extracted from a JSONL field (undone mojibake is a recorded text edit)
    for p in pages:
        if p["rebuild"] == "stored":
            c = p["container"]
            assert c.get("html") or c["kind"] in ("html", "warc"), p
    assert summary["stored_originals"] == sum(p["rebuild"] == "stored" for p in pages) <= 5
    # jsonl lines without a text field are quarantined with their line number, not lost
    for q in (tmp_path / "quarantine.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(q)
        assert rec["code"] in ("missing_field", "invalid_json", "empty")
        assert (tmp_path / rec["copy"]).exists()
    for p in pages[:: max(1, len(pages) // 25)]:
        rebuilt = rebuild_page(tmp_path, p["id"])
        if p["container"]["kind"] == "file":
            assert rebuilt == Path(p["source"]).read_bytes()
        else:
            path, line = p["source"].rsplit(":", 1)
            assert rebuilt == Path(path).read_bytes().split(b"\n")[int(line) - 1]


def test_legacy_encodings_come_out_readable(shared_corpora: Path, tmp_path: Path) -> None:
    files = sorted((shared_corpora / "chardet" / "tests").rglob("*"))
    files = [f for f in files if f.is_file()]
    run(files, tmp_path)
    pages = [json.loads(x) for x in (tmp_path / "pages.jsonl").read_text("utf-8").splitlines()]
    # a feed (.xml) gives a page per item, named <file>:<item>
    by_dir = {p["source"].rsplit(":", 1)[0]: p["encoding"] for p in pages}
    assert all(enc == "gb18030" for src, enc in by_dir.items() if "/GB2312/" in src)
    assert all(
        enc in ("big5", "big5hkscs", "cp950") for src, enc in by_dir.items() if "/Big5/" in src
    )
    arts = [json.loads(x) for x in (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()]
    # decoded right, the non-ASCII characters of a file are Chinese characters and CJK
    # punctuation (per file: one item of a feed may be an English text with curly quotes)
    texts: dict[str, str] = {}
    for a in arts:
        key = a["source"].rsplit(":", 1)[0]  # no ':' in the shared corpus's paths
        texts[key] = texts.get(key, "") + a["text"]
    for source, text in texts.items():
        non_ascii = [ch for ch in text if ord(ch) > 127]
        cjk = [ch for ch in non_ascii if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"]
        assert len(cjk) >= 0.9 * len(non_ascii), source
