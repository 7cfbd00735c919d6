"""GBK read as Latin-1 on real e-book pages: lines of dialogue and dashes, a CP936 euro
sign read as Windows-1252, and the repair stage's ftfy leaving such lines alone.

Modelled on a real e-book download (GBK novel text saved as UTF-8 after a Latin-1
reading): every line inverts exactly, but lines full of ``“”……——`` were left as
mojibake and ftfy then "repaired" them as UTF-8 into worse debris.  Text here is ours.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.edits import Editor
from cleaner.ingest.encoding import _fix_line, gbk_mojibake, mojibake_lines, repair_mojibake
from cleaner.stages.repair import RepairStage


def _latin(s: str) -> str:
    return s.encode("gb18030").decode("latin-1")


DIALOGUE = "　　“老师，我们成功了！……”他大声说。"
DASH = "　　东海边上的一个小渔村——"
EURO_SRC = "　　价格大约在六十～七十€左右，还算公道。"


def _cp1252_of_cp936(s: str) -> str:
    """CP936 bytes (euro sign = 0x80) read as Windows-1252."""
    raw = b"\x80".join(part.encode("gb18030") for part in s.split("€"))
    return raw.decode("cp1252")


def test_dialogue_and_dash_lines_are_chinese_enough() -> None:
    # their non-Han characters are GBK's own punctuation (A1AA, A1AD, A1B0/A1B1)
    assert _fix_line(_latin(DIALOGUE)) == (DIALOGUE, "gbk_as_latin1")
    assert _fix_line(_latin(DASH)) == (DASH, "gbk_as_latin1")


def test_cp936_euro_read_as_windows_1252_is_undone() -> None:
    garbled = _cp1252_of_cp936(EURO_SRC)
    assert "€" in garbled and not all(ord(c) < 256 for c in garbled)
    assert _fix_line(garbled) == (EURO_SRC, "gbk_as_latin1")


def test_a_page_of_such_lines_is_repaired_whole() -> None:
    lines = ["作者：无名氏", DIALOGUE, DASH, EURO_SRC, "第一章 序"]
    page = "\n".join(_cp1252_of_cp936(x) for x in lines)
    fixed = repair_mojibake(page)
    assert fixed is not None and fixed.text == "\n".join(lines)
    assert [i for i, _, _ in mojibake_lines(page)] == [0, 1, 2, 3, 4]


def test_windows_1252_text_is_not_read_as_gbk() -> None:
    for line in ("“Quoted” text – with a dash… and €5", "Café “Müller” — naïve"):
        assert _fix_line(line) is None
        assert gbk_mojibake(line) is None


def test_ftfy_does_not_rework_a_gbk_mojibake_line(tmp_path: Path) -> None:
    # 'Ì«' (CC AB) is valid UTF-8: ftfy's decode_inconsistent_utf8 used to turn parts of
    # the line into combining marks and Cyrillic; the line is now kept and flagged
    line = _latin("　　南太平洋的一个小岛上——")
    assert "Ì«" in line
    editor = Editor("p", "标题\n" + line + "\n")
    RepairStage()(editor)
    assert line in editor.text
    flags = [c for c in editor.changes if c.rule == "repair.encoding.gbk_mojibake_unsure"]
    assert len(flags) == 1 and editor.text[flags[0].start : flags[0].end] == line
    assert not [c for c in editor.changes if c.rule.startswith("repair.encoding.decode")]


def test_the_e_book_page_loses_nothing(tmp_path: Path) -> None:
    from cleaner.runner import rebuild_page, run

    lines = ["=" * 20, "更多好书尽在本站下载", "=" * 20, "书名", "作者：无名氏", ""]
    lines += [DIALOGUE, DASH, EURO_SRC, "　　“好了，不用管他，我们继续开会。”"]
    page = tmp_path / "book.txt"
    page.write_bytes("\n".join(_cp1252_of_cp936(x) for x in lines).encode("utf-8"))
    out = tmp_path / "out"
    run([page], out)
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    text = "".join(a["text"] for a in arts)
    for x in (DIALOGUE, DASH, EURO_SRC):
        assert x.strip() in text
    assert not any(0x80 <= ord(c) < 0x100 for c in text)  # no Latin-1 debris left
    pid = json.loads((out / "pages.jsonl").read_text("utf-8").splitlines()[0])["id"]
    assert rebuild_page(out, pid) == page.read_bytes()


def _utf8_as_cp1252(s: str, *, lose_nbsp: bool = False, cesu: bool = False) -> str:
    """UTF-8 (or CESU-8, surrogate pairs as two 3-byte forms) read as Windows-1252, bytes
    it has no character for kept as Latin-1; a lost NBSP (0xA0) comes back as a space."""
    if cesu:
        raw = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        data = "".join(
            chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
            if ord(c) > 0xFFFF
            else c
            for c in raw
        ).encode("utf-8", "surrogatepass")
    else:
        data = s.encode("utf-8")
    out = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in data
    )
    return out.replace("\xa0", " ") if lose_nbsp else out


def test_utf8_mojibake_with_windows_1252_characters_is_not_read_as_gbk() -> None:
    # Thai read as Windows-1252 with its NBSP byte lost, and a CESU-8 emoji line: their
    # bytes are UTF-8 by shape and also happen to decode as GBK; they must not become
    # Chinese (ftfy mends them, or they stay)
    thai = _utf8_as_cp1252("ภาษาไทยง่ายนิดเดียว", lose_nbsp=True)
    emoji = _utf8_as_cp1252("Goal for the home side! ⚽😀😁😂😎😎", cesu=True)
    for line in (thai, emoji):
        assert gbk_mojibake(line) is None
        assert _fix_line(line) is None
        assert _fix_line(line, strict=False) is None
