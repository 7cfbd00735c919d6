"""Encoding detection on our own texts in 22 languages and 47 codecs (issue 13).

The pages are generated at test time (:mod:`tests.test_encodings_cases`): each text in
each codec it is written in, one line and several, with and without an HTML
``<meta charset>``.  A reading is right when its text equals the original, allowing the
documented codec-table variants (a Shift_JIS wave dash that CP932 reads as a full-width
tilde).  Besides the whole set, the cases that issue 13 names are asserted one by one.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.ingest.charset import decode, detect_bytes, encode
from cleaner.ingest.detect import declared_charset
from cleaner.ingest.encoding import decode_html, mojibake_lines
from cleaner.runner import rebuild_page
from tests.test_encodings_cases import CODECS, TEXTS, Case, cases, same_text

ALL = list(cases())


def test_the_set_covers_the_issue() -> None:
    assert len(CODECS) >= 25
    assert len({c.codec for c in ALL}) == len(CODECS)
    assert {c.length for c in ALL} == {"short", "long"}
    assert {c.declared for c in ALL} == {True, False}


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.id)
def test_every_case_reads_as_written(case: Case) -> None:
    det = detect_bytes(case.data)
    assert same_text(det.text, case.text), (det.encoding, det.runner_up)
    assert 0.0 <= det.confidence <= 1.0


@pytest.mark.parametrize("case", [c for c in ALL if c.length == "long"], ids=lambda c: c.id)
def test_exact_readings_rebuild_the_bytes(case: Case) -> None:
    """Whatever is read exactly encodes back to the same bytes (what ``rebuild`` needs);
    a reading that is not exact says so (the pipeline then stores the bytes)."""
    dec = decode(case.data)
    back = encode(dec.text, dec.encoding, bom=dec.bom, newline=dec.newline)
    assert (back == case.data) == dec.extra["exact"] or dec.extra["exact"] is False


def test_utf16_without_bom_is_not_utf8() -> None:
    data = "Date: 2024-01-01\nHello".encode("utf-16-le")
    det = detect_bytes(data)
    assert (det.encoding, det.text) == ("utf-16-le", "Date: 2024-01-01\nHello")
    assert detect_bytes("Привет, мир".encode("utf-16-be")).encoding == "utf-16-be"
    assert detect_bytes("Hello world".encode("utf-32-le")).encoding == "utf-32-le"


def test_escape_encodings_lose_their_escapes() -> None:
    for codec, lang in (("iso2022_jp", "japanese"), ("iso2022_kr", "korean")):
        det = detect_bytes(TEXTS[lang].encode(codec))
        assert det.encoding == codec and det.method == "escape"
        assert "\x1b" not in det.text and det.text == TEXTS[lang]


def test_korean_is_not_read_as_chinese() -> None:
    line = "역사적 예수 연구자들은 복음서의 기록을 비판적으로 검토한다."
    for codec in ("euc_kr", "cp949", "johab"):
        det = detect_bytes(line.encode(codec))
        assert det.text == line, codec
        assert det.encoding in ("euc_kr", "cp949", "johab")


def test_cp932_extensions_and_x_sjis_label() -> None:
    line = "ハードなソフトの話①Ⅰ∵"
    det = detect_bytes(line.encode("cp932"))
    assert det.text == line and det.encoding == "cp932"
    page = f'<meta charset="x-sjis"><p>{line}</p>'.encode("cp932")
    assert declared_charset(page) == "shift_jis"
    assert detect_bytes(page).text.endswith(f"{line}</p>")


def test_shift_jis_read_as_latin1_is_not_gbk_mojibake() -> None:
    """A Shift_JIS page read as Latin-1 upstream: no ``gbk_as_latin1`` "repairs"."""
    text = TEXTS["japanese"].encode("shift_jis").decode("latin-1")
    assert mojibake_lines(text) == []
    # while real GBK-as-Latin-1 mojibake is still undone
    gbk = TEXTS["chinese_simplified"].encode("gbk").decode("latin-1")
    assert [kind for _, _, kind in mojibake_lines(gbk)] == ["gbk_as_latin1"] * 3


def test_undeclared_shift_jis_html_is_japanese() -> None:
    html = f"<html><body><p>{TEXTS['japanese']}</p></body></html>".encode("shift_jis")
    got = decode_html(html)
    assert got.encoding == "cp932" and TEXTS["japanese"] in got.text


@pytest.mark.parametrize(
    ("lang", "codec", "rival"),
    [
        ("polish", "iso8859-2", "cp1250"),
        ("czech", "cp1250", "cp1252"),
        ("turkish", "cp1254", "cp1252"),
        ("russian", "koi8-r", "cp1251"),
        ("russian", "iso8859-5", "cp1251"),
        ("ukrainian", "koi8-u", "cp1251"),
    ],
)
def test_single_byte_tie_break(lang: str, codec: str, rival: str) -> None:
    data = TEXTS[lang].encode(codec)
    assert data.decode(rival, "replace") != TEXTS[lang]  # a real choice
    det = detect_bytes(data)
    assert det.text == TEXTS[lang] and det.method == "detected"
    assert det.runner_up is not None and det.confidence >= 0.5


def test_declared_charset_is_trusted_and_widened() -> None:
    page = '<meta charset="iso-8859-1"><p>“Quoted” – dash</p>'.encode("cp1252")
    det = detect_bytes(page)
    assert det.method == "declared" and det.encoding == "cp1252" and "“Quoted”" in det.text
    gb = '<meta charset="gb2312"><p>第一条 为了规范管理。</p>'.encode("gbk")
    assert detect_bytes(gb).encoding == "gb18030"


def test_confidence_and_runner_up_recorded() -> None:
    long = detect_bytes(TEXTS["russian"].encode("cp1251"))
    assert long.confidence >= 0.9 and long.runner_up is not None
    # one accented letter could be Romanian or Portuguese: low confidence, honest runner-up
    one = detect_bytes("anul următor".encode("cp1250"))
    assert one.confidence < long.confidence and one.runner_up is not None


def test_utf8_fast_path_and_ascii() -> None:
    for data in (b"plain ascii", "naïve café 中文".encode()):
        det = detect_bytes(data)
        assert (det.encoding, det.method, det.confidence) == ("utf-8", "utf-8", 1.0)


def test_binary_is_still_refused() -> None:
    import random

    from cleaner.ingest.charset import DecodeError

    rng = random.Random(7)
    noise = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(DecodeError):
        detect_bytes(noise)
    with pytest.raises(DecodeError):
        detect_bytes(codecs.BOM_UTF8 + b"\xff\xfe")


def test_pipeline_records_runner_up_flags_uncertain_and_rebuilds(tmp_path: Path) -> None:
    """pages.jsonl says how sure the read was; every page still rebuilds byte for byte
    (a CP932 page whose NEC rows do not round-trip keeps its original bytes)."""
    src = tmp_path / "in"
    src.mkdir()
    files = {
        "ru_koi8.txt": TEXTS["russian"].encode("koi8-r"),
        "ja_cp932.txt": (TEXTS["japanese_ext"] + "\n∵")
        .encode("cp932")
        .replace("∵".encode("cp932"), b"\x87\x9a", 1),
        "ro_one_word.txt": "următor".encode("cp1250"),
        "zh_utf8.txt": TEXTS["chinese_simplified"].encode("utf-8"),
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    pages = {
        Path(p["source"]).name: p
        for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())
    }
    ru = pages["ru_koi8.txt"]
    assert ru["encoding"] == "koi8-r" and ru["encoding_runner_up"] not in (None, "koi8-r")
    assert ru["encoding_confidence"] >= 0.9 and "encoding_uncertain" not in ru["flags"]
    assert pages["ja_cp932.txt"]["encoding"] == "cp932"
    assert pages["ja_cp932.txt"]["rebuild"] == "stored"  # 0x879A reads as ∵ but encodes as 0x81E6
    one = pages["ro_one_word.txt"]
    assert "encoding_uncertain" in one["flags"] and one["status"] == "flagged"
    assert pages["zh_utf8.txt"]["encoding_runner_up"] is None
    for name, p in pages.items():
        assert rebuild_page(out, p["id"]) == files[name], name


def test_validate_counts_uncertain_pages() -> None:
    from cleaner.accounting import uncertain_encoding_share
    from cleaner.config import ValidateConfig
    from cleaner.report.gate import threshold_checks

    rows = [{"flags": ["encoding_uncertain"]}, {"flags": []}, {"flags": ["lossy"]}]
    share = uncertain_encoding_share(rows)
    assert share == pytest.approx(1 / 3, abs=1e-6)
    for value, status in ((share, "fail"), (0.0, "pass")):
        checks = threshold_checks({"uncertain_encoding_share": value}, ValidateConfig())
        (check,) = [c for c in checks if c.name == "max_uncertain_encoding_share"]
        assert check.status == status


FEED = (
    '<?xml version="1.0"?>\n<rss><channel><title>News</title>\n<item><title>{}</title>'
    "<link>http://example.com/a</link></item>\n</channel></rss>\n"
)
#: A few words each: the hardest reads (a name, a place, one accented letter), bare and
#: inside an undeclared feed of ASCII markup.
WORDS = [
    ("Visit our new café downtown", ("cp1252",)),
    ("Zürich office opens", ("cp1252", "cp1250")),
    ("“Quoted” — text…", ("cp1252",)),
    ("Łódź i Kraków", ("cp1250", "iso8859-2")),
    ("Brno – Šumava", ("cp1250",)),
    ("İstanbul ve Ankara", ("cp1254",)),
    ("Москва", ("cp1251", "koi8-r")),
    ("Αθήνα", ("cp1253", "iso8859-7")),
    ("東京", ("shift_jis", "euc_jp")),
    ("北京", ("gb18030",)),
    ("臺北", ("big5",)),
    ("서울", ("euc_kr",)),
    ("ソウル", ("shift_jis",)),
    ("Paldies par palīdzību, tas bija ļoti noderīgi.", ("cp1257", "iso8859-13")),
    ("Teşekkür ederim, çok güzel bir gün geçirdik.", ("iso8859-9", "cp1254")),
    ("Дякую за допомогу, це було дуже корисно.", ("koi8-u", "cp1251")),
]


@pytest.mark.parametrize("shape", ["bare", "feed"])
@pytest.mark.parametrize(("words", "codecs_"), WORDS, ids=[w for w, _ in WORDS])
def test_a_few_words(words: str, codecs_: tuple[str, ...], shape: str) -> None:
    page = words if shape == "bare" else FEED.format(words)
    for codec in codecs_:
        assert detect_bytes(page.encode(codec)).text == page, codec


def _iso2022_cn(text: str) -> bytes:
    """ISO-2022-CN (GB 2312) bytes of ``text``, one designation per line (RFC 1922)."""
    out = bytearray()
    for line in text.split("\n"):
        out += b"\x1b$)A"
        for ch in line:
            if ch.isascii():
                out += ch.encode()
            else:
                b1, b2 = ch.encode("gb2312")
                out += bytes((0x0E, b1 & 0x7F, b2 & 0x7F, 0x0F))
        out += b"\n"
    return bytes(out[:-1])


def test_iso2022_cn_by_its_escapes(tmp_path: Path) -> None:
    text = TEXTS["chinese_simplified"]
    data = _iso2022_cn(text)
    det = detect_bytes(data)
    assert (det.text, det.encoding, det.method, det.exact) == (text, "iso2022_cn", "escape", False)
    (tmp_path / "cn.txt").write_bytes(data)  # no encoder: the page's bytes are stored
    out = tmp_path / "out"
    assert (
        CliRunner().invoke(app, ["run", str(tmp_path / "cn.txt"), "--out", str(out)]).exit_code == 0
    )
    page = json.loads((out / "pages.jsonl").read_text("utf-8").splitlines()[0])
    assert page["rebuild"] == "stored" and rebuild_page(out, page["id"]) == data
