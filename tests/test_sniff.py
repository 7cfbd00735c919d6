"""Binary sniffing by structure: a text page that happens to start like a binary magic
(``BMW 3系…``, ``MZ Wallace…``) is text; real BMP/PE/ELF/ZIP/PNG/PDF/WAV/GIF/… files
(built here with the format's real header layout) are still binary and quarantined."""

from __future__ import annotations

import bz2
import io
import json
import struct
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.ingest.sniff import sniff_content

TEXT_STARTS = [
    "BMW 3系新车发布，起售价29.39万元，新车搭载2.0T发动机。",
    "MZ Wallace 新款托特包上市，轻便耐用。",
    "RIFF 格式是一种容器格式。",
    "ID3 标签保存歌曲信息。",
    "GIF8 动图合集。",
    "%PDF 文件的结构说明。",
    "BZh 开头的文件名。",
    "BM",
    "MZ",
]


@pytest.mark.parametrize("text", TEXT_STARTS)
@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_text_starting_like_a_magic_is_text(text: str, encoding: str) -> None:
    assert sniff_content(text.encode(encoding, errors="replace")) == "text"


def _bmp() -> bytes:
    pixels = bytes(16)
    info = struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54) + info + pixels


def _pe() -> bytes:
    dos = bytearray(b"MZ" + bytes(0x3E))
    dos[0x3C:0x40] = struct.pack("<I", 0x80)
    return bytes(dos) + bytes(0x80 - len(dos)) + b"PE\0\0" + struct.pack("<HH", 0x8664, 3)


def _dos() -> bytes:
    return b"MZ" + bytes([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8]) + bytes(60)


def _wav() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 100)
    return buf.getvalue()


BINARIES = {
    "bmp": _bmp(),
    "pe": _pe(),
    "dos_exe": _dos(),
    "wav": _wav(),
    "bzip2": bz2.compress(b"hello " * 100),
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00;",
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "mp3_id3": b"ID3\x03\x00\x00\x00\x00\x0f\x76TIT2\x00\x00",
    "elf": b"\x7fELF\x02\x01\x01" + bytes(9),
    "zip": b"PK\x03\x04\x14\x00\x00\x00" + bytes(40),
    "png": b"\x89PNG\r\n\x1a\n" + bytes(20),
    "ogg": b"OggS\x00\x02" + bytes(20),
    "rar": b"Rar!\x1a\x07\x00" + bytes(10),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_real_binary_headers_are_binary(name: str) -> None:
    assert sniff_content(BINARIES[name]) == "binary"


def test_bmw_text_page_is_read_and_bmp_quarantined(tmp_path: Path) -> None:
    """End to end: the text page is cleaned (not quarantined), the bitmap is quarantined."""
    page = tmp_path / "bmw.txt"
    page.write_bytes("BMW 3系新车发布\n新车搭载2.0T发动机，起售价29.39万元。\n".encode("gbk"))
    image = tmp_path / "pic.bmp.txt"
    image.write_bytes(_bmp())
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["run", str(page), str(image), "--out", str(out), "--quiet"])
    assert r.exit_code == 4, r.output  # 4: the run completed, some inputs were quarantined
    quarantined = [
        json.loads(x) for x in (out / "quarantine.jsonl").read_text("utf-8").splitlines()
    ]
    assert [(q["source"], q["code"]) for q in quarantined] == [(str(image), "binary")]
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert any(a["text"].startswith("BMW 3系新车发布") for a in arts)
