"""Codec-table variants are no doubt about a page's encoding (real-page audit).

Two codec tables of one encoding (Big5 and CP950, Shift_JIS and CP932) read every letter of
a page alike and part only on a few marks: ``／`` U+FF0F or ``∕`` U+2215, ``‧`` or ``•``,
``～`` or ``〜``.  An undeclared Big5 news page with a ``記者某某／報導`` byline was read
right but, its runner-up being the other table, got a confidence near 0.2 and was flagged
``encoding_uncertain`` (so was a real Big5 blog feed of ../shared with its declaration
taken out).  The confidence is now measured against the best reading that differs in its
words; readings that differ in a letter stay rivals.  Our own invented texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.ingest.charset import detect_bytes
from cleaner.ingest.detect import FAMILIES, same_words

TW_NEWS = (
    "颱風過後　社區志工清理街道\n"
    "記者 陳怡君／報導\n"
    "颱風昨晚遠離後，市區多處路樹倒塌、招牌掉落。今天一早，社區發展協會動員近百名志工，"
    "分成十組清理街道。\n"
)
TW_NAME = "原住民歌手拉娃‧谷木今晚在河濱公園演出，吸引上千名民眾到場聆聽。\n"
TW_HOURS = "展覽時間為每日上午九時～下午五時，週一休館，門票新臺幣一百元。\n"
JA_HOURS = "営業時間は午前九時～午後六時です。定休日は毎週水曜日、ご来店をお待ちしております。\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (TW_NEWS, "big5"),  # ／ : U+FF0F in Big5, U+2215 in CP950
        (TW_NAME, "cp950"),  # ‧ : U+2027 in CP950, U+2022 in Big5
        (TW_HOURS, "cp950"),  # ～ : U+FF5E in CP950, U+223C in Big5
        (JA_HOURS, "cp932"),  # ～ : U+FF5E in CP932, U+301C in Shift_JIS
    ],
    ids=["big5-slash", "big5-name-dot", "big5-tilde", "sjis-wave"],
)
def test_an_undeclared_page_with_a_variant_mark_is_read_with_confidence(
    text: str, codec: str
) -> None:
    data = text.encode(codec)
    det = detect_bytes(data)
    family = FAMILIES[codec]
    assert det.encoding in family
    others = [c for c in family if c != det.encoding]
    assert any(data.decode(c, "replace") != det.text for c in others)  # a real variant
    assert all(same_words(data.decode(c), det.text) for c in others if _decodes(data, c))
    assert det.confidence >= 0.5, (det.encoding, det.runner_up, det.confidence)
    assert det.runner_up not in family  # the runner-up reads other words


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def test_same_words_takes_marks_only() -> None:
    assert same_words("陳怡君／報導", "陳怡君∕報導")
    assert same_words("九時～六時", "九時〜六時")
    assert same_words("a¤b", "a€b")  # two symbols
    # look-alikes: a letter, a digit, a space or a length differs: other words
    assert not same_words("anul următor", "anul urmãtor")  # ă and ã: letters
    assert not same_words("価格¥100", "価格Š100")  # a symbol and a letter
    assert not same_words("第1条", "第！条")  # a digit and a mark
    assert not same_words("甲 乙", "甲／乙")  # a space and a mark
    assert not same_words("甲乙", "甲乙丙")


def test_a_reading_that_differs_in_a_letter_stays_uncertain() -> None:
    """The Romanian word that CP1250 and CP1252 read with other letters keeps its low
    confidence and its runner-up: the change only drops rivals that read the same words."""
    det = detect_bytes("următor".encode("cp1250"))
    assert det.confidence < 0.5 and det.runner_up is not None


def test_pipeline_does_not_flag_variant_pages(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    html = (
        "<html><head><title>颱風過後　社區志工清理街道</title></head><body><article>"
        "<h1>颱風過後　社區志工清理街道</h1><p>2023-09-05　記者 陳怡君／報導</p>"
        "<p>颱風昨晚遠離後，市區多處路樹倒塌、招牌掉落。今天一早，社區發展協會動員近百名志工，"
        "分成十組清理街道。</p><p>市府工務局指出，截至中午已清除倒木一百二十多棵。</p>"
        "</article></body></html>"
    )
    files = {
        "tw.html": html.encode("big5"),
        "ja.txt": JA_HOURS.encode("cp932"),
        "ro.txt": "următor".encode("cp1250"),  # look-alike: other letters, still flagged
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--no-dedup"])
    assert r.exit_code == 0, r.output
    pages = {
        Path(p["source"]).name: p
        for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())
    }
    for name in ("tw.html", "ja.txt"):
        assert "encoding_uncertain" not in pages[name]["flags"], pages[name]
        assert pages[name]["status"] == "ok"
    assert "encoding_uncertain" in pages["ro.txt"]["flags"]
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    tw = next(a for a in arts if a["source"].endswith("tw.html"))
    assert "社區發展協會動員近百名志工" in tw["text"]
