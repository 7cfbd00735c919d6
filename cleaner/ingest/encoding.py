"""Decoding for pages whose original bytes are kept (HTML, WARC payloads), and undoing
double mojibake exactly.

HTML decoding uses :func:`cleaner.ingest.charset.detect_bytes` (BOM, UTF-16/32, escapes,
strict UTF-8, the charset the page declares, then a language-model ranking), and when
no encoding round-trips exactly it falls back to the declared or detected encoding with
replacement characters: the text is only an extraction source here, the bytes are stored.

Double mojibake is undone line by line, only where the inverse is exact (re-applying the
mistake to the repaired line gives the damaged line back) and the repaired line is mostly
Chinese:

* ``utf8_as_gbk``: UTF-8 bytes read as GBK (``杩欐槸`` → ``这是``);
* ``gbk_as_latin1``: GBK bytes read as Latin-1 and saved as UTF-8 (``Äãºã`` → ``你好``),
  unless the bytes read better as Shift_JIS Japanese (then they are not GBK mojibake).

Runs of ``锟斤拷`` (U+FFFD encoded in UTF-8 and read as GBK) and of U+FFFD cannot be
undone; they are counted so the page can be flagged.

Examples
--------
>>> repair_mojibake("杩欐槸涔辩爜娴嬭瘯")
Repair(text='这是乱码测试', kind='utf8_as_gbk', lines=1)
>>> repair_mojibake("ÄãºÃ£¬ÊÀ½ç").text
'你好，世界'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.ingest.charset import _WIDEN, DecodeError, _looks_binary, detect_bytes
from cleaner.ingest.langmodel import score

_DECLARED_HTML = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{3,20})|encoding\s*=\s*["']([A-Za-z0-9_\-]{3,20})""",
    re.I,
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_KUNJINKAO = re.compile("(?:锟斤拷)+|锟[斤拷]?")
_FFFD = re.compile("\ufffd+")
#: Share of a repaired line's non-ASCII characters that must be Chinese (Han or CJK
#: punctuation) for a repair to be accepted: real mojibake repairs give ~100 %.
MIN_HAN_SHARE = 0.9
#: Fewest Chinese characters a repaired line must have (one Han character from two
#: Latin-1 letters happens by chance).
MIN_HAN = 2
#: GBK-as-Latin-1 lines are dense with high bytes (Chinese has few ASCII letters);
#: European text has a few accented letters per word.
MIN_HIGH_SHARE = 0.6
#: A line whose high bytes lie, for at least this share, in sequences that are UTF-8 by
#: RFC 3629's grammar (surrogates included) is UTF-8 read as Latin-1/Windows-1252 with a
#: byte lost or a CESU-8 emoji (``à¸ à¸²``, ``í\xa0½í¸\x80``): ftfy's to mend, never GBK.
#: GBK Chinese has about a third of its high bytes so shaped (its trail bytes A1-BF are
#: continuation bytes), rarely more than half on a line of a few characters or more.
MAX_UTF8_SHAPED = 0.85
_UTF8_SHAPED = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Decoded HTML and how it was decoded."""

    text: str
    encoding: str
    confidence: float
    exact: bool  # True when re-encoding the text gives the bytes back
    runner_up: str | None = None  # best rival codec reading the page differently
    method: str = "detected"  # how the encoding was chosen (cleaner.ingest.detect)


def decode_html(data: bytes) -> HtmlText:
    """Decode HTML bytes; never fails (falls back to replacement characters).

    >>> decode_html('<meta charset="gb2312"><p>中文</p>'.encode("gbk")).encoding
    'gb18030'
    """
    try:
        det = detect_bytes(data)
        return HtmlText(
            det.text, det.encoding, det.confidence, det.exact, det.runner_up, det.method
        )
    except DecodeError:
        pass
    m = _DECLARED_HTML.search(data[:8192])
    enc = "utf-8"
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii").lower().replace("-", "_")
        enc = _WIDEN.get(name, name)
    try:
        text = data.decode(enc, errors="replace")
        return HtmlText(text, enc, 0.3, exact=False, method="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
        return HtmlText(text, "utf-8", 0.1, exact=False, method="replace")


def looks_binary(data: bytes) -> bool:
    """True for images, PDFs, archives and anything with NUL bytes (not UTF-16)."""
    return _looks_binary(data)


@dataclass(frozen=True, slots=True)
class Repair:
    text: str
    kind: str  # utf8_as_gbk | gbk_as_latin1
    lines: int  # lines repaired


def _han_share(s: str) -> float:
    """Share of the non-ASCII characters that are Chinese: Han, CJK and full-width
    punctuation, and the general punctuation GBK gives Chinese text (``—“”‘’…·``)."""
    non_ascii = [c for c in s if ord(c) > 127]
    if not non_ascii:
        return 0.0
    return sum(bool(_HAN.match(c)) or c in _ZH_GENERAL_PUNCT for c in non_ascii) / len(non_ascii)


#: Punctuation outside the CJK blocks that Chinese text uses (GBK row A1: ``—`` A1AA,
#: ``…`` A1AD, ``‘’“”`` A1AE–A1B1, ``·`` A1A4): a repaired line of dialogue
#: (``“安德烈，……”``) or with a dash (``小岛上——``) is as Chinese as one without.
_ZH_GENERAL_PUNCT = frozenset("\u2014\u2015\u2016\u2018\u2019\u201c\u201d\u2026\u00b7")
#: Windows-1252's characters for bytes 0x80-0x9F: GBK read as Windows-1252 (not
#: Latin-1) has these where GBK has a lead or trail byte in that range, e.g. ``€``
#: for CP936's one-byte euro sign 0x80.
_CP1252_HIGH = {
    ch: bytes([b])
    for b in range(0x80, 0xA0)
    if len(ch := bytes([b]).decode("cp1252", "replace")) == 1 and ch != "\ufffd"
}


def _latin_bytes(line: str) -> bytes | None:
    """The bytes a Latin-1 or Windows-1252 reading of ``line`` came from, or ``None``."""
    try:
        return line.encode("latin-1")
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for c in line:
        if ord(c) < 256:
            out.append(ord(c))
        elif (b := _CP1252_HIGH.get(c)) is not None:
            out += b
        else:
            return None
    return bytes(out)


def _utf8_shaped_share(raw: bytes) -> float:
    """Share of ``raw``'s bytes >= 0x80 inside UTF-8-shaped sequences.

    >>> _utf8_shaped_share("ภาษา ไทย".encode())
    1.0
    >>> _utf8_shaped_share("南太平洋——".encode("gbk"))  # CC AB, C6 BD, F3 A1 AA A1
    0.6666666666666666
    """
    high = sum(b >= 0x80 for b in raw)
    if not high:
        return 0.0
    return sum(len(m) for m in _UTF8_SHAPED.findall(raw)) / high


def _gbk_decode(raw: bytes) -> str | None:
    """``raw`` read as GBK/CP936 (GB18030 plus CP936's one-byte euro sign 0x80)."""
    try:
        return "€".join(part.decode("gb18030") for part in raw.split(b"\x80"))
    except UnicodeDecodeError:
        try:  # a 0x80 trail byte (GBK/3, GBK/4 rows) is part of a character
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return None


def _gbk_encode(text: str) -> bytes:
    """Inverse of :func:`_gbk_decode` for its output."""
    return b"\x80".join(part.encode("gb18030") for part in text.split("€"))


def _fix_line(line: str, *, strict: bool = True) -> tuple[str, str] | None:
    """Undo one line's double mojibake; ``strict=False`` once the page is known to have it."""
    if line.isascii():
        return None
    min_han = MIN_HAN if strict else 1
    # GBK bytes read as Latin-1 (or Windows-1252): every character is below U+0100 or
    # one of Windows-1252's characters for 0x80-0x9F
    raw_latin = _latin_bytes(line)
    if raw_latin is not None:
        raw = raw_latin
        body = line.replace(" ", "")
        if strict and sum(c >= "\x80" for c in body) < MIN_HIGH_SHARE * len(body):
            return None  # Latin-1 prose with a few accents ("Müller"), not Chinese mojibake
        if len({c for c in line if c >= "\x80"}) < 2:
            return None  # one symbol repeated ('···· 2 ····'): an ornament, not GBK pairs
        try:  # UTF-8 read as Latin-1 ("Ã©") is ftfy's job, not ours
            raw.decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
        if _utf8_shaped_share(raw) >= MAX_UTF8_SHAPED:
            return None
        fixed = _gbk_decode(raw)
        if fixed and _gbk_encode(fixed) == raw:
            if _han_share(fixed) >= MIN_HAN_SHARE and len(_HAN.findall(fixed)) >= min_han:
                if _reads_as_japanese(raw, fixed):
                    return None  # Shift_JIS read as Latin-1: not ours to "repair" as GBK
                return fixed, "gbk_as_latin1"
        return None
    # UTF-8 bytes read as GBK: the line is Han-looking, its GBK bytes are valid UTF-8
    try:
        raw = line.encode("gb18030")
        fixed = raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if fixed != line and fixed.encode("utf-8").decode("gb18030") == line:
        if (
            _han_share(fixed) >= MIN_HAN_SHARE
            and len(_HAN.findall(fixed)) >= min_han
            and len(fixed) < len(line)
        ):
            return fixed, "utf8_as_gbk"
    return None


def gbk_mojibake(line: str) -> str | None:
    """``line`` repaired when it is GBK read as Latin-1/Windows-1252 (strict conditions:
    dense in high bytes, the inverse exact, two or more Chinese characters), else ``None``.

    The repair stage asks this before ftfy, whose partial UTF-8 readings of such a line
    (``Ì«`` is valid UTF-8) only make it worse.

    >>> gbk_mojibake("ÄÏÌ«Æ½Ñó¡ª¡ª")
    '南太平洋——'
    >>> gbk_mojibake("Müller") is None
    True
    """
    fixed = _fix_line(line)
    return fixed[0] if fixed is not None and fixed[1] == "gbk_as_latin1" else None


def _reads_as_japanese(raw: bytes, as_gbk: str) -> bool:
    """The bytes are Shift_JIS (CP932) Japanese that reads better than their GBK reading.

    Most byte pairs of Shift_JIS kanji and kana are valid GBK too, so a Shift_JIS page
    read as Latin-1 looks like GBK mojibake; the language model tells them apart.

    >>> raw = "ハードなソフトの話です".encode("cp932")
    >>> _reads_as_japanese(raw, raw.decode("gb18030"))
    True
    """
    try:
        ja = raw.decode("cp932")
    except UnicodeDecodeError:
        return False
    return score(ja, ("japanese",)) > score(as_gbk, ("zh_hans",))


def _candidates(lines: list[str], text: str) -> list[int]:
    """Indices of the lines :func:`_fix_line` could repair: a superset, found with a few
    C-speed passes over the page instead of one exception per line.

    A line is repaired either because all its characters are below U+0100 (GBK read as
    Latin-1) or because its GB18030 bytes are valid UTF-8 (UTF-8 read as GBK).  The
    second is tested for the whole page at once: decoding the page's GB18030 bytes as
    UTF-8 with replacement keeps the line breaks (a newline byte never sits inside a
    multi-byte sequence), and a line whose own bytes decode strictly gets no U+FFFD there
    (a U+FFFD of its own would not decode strictly either).  On a clean Chinese page
    nearly every non-ASCII line has a U+FFFD in that reading, so the lines without one
    are picked first (one test each) and only they are checked for non-ASCII.
    """
    as_utf8 = text.encode("gb18030").decode("utf-8", errors="replace").split("\n")
    if len(as_utf8) != len(lines):  # cannot happen (see above); stay exact regardless
        return [i for i, line in enumerate(lines) if not line.isascii()]
    if _HIGH_LATIN1.search(text) is None:  # no line is all Latin-1 and non-ASCII
        return [i for i, u in enumerate(as_utf8) if "\ufffd" not in u and not lines[i].isascii()]
    latin = _LATIN1.fullmatch
    return [
        i
        for i, (line, u) in enumerate(zip(lines, as_utf8, strict=True))
        if not line.isascii() and ("\ufffd" not in u or latin(line) is not None)
    ]


#: a line a Latin-1 or Windows-1252 reading can give (see :func:`_latin_bytes`)
_LATIN1 = re.compile("[\x00-\xff" + "".join(sorted(_CP1252_HIGH)) + "]*")
_HIGH_LATIN1 = re.compile("[\x80-\xff" + "".join(sorted(_CP1252_HIGH)) + "]")


def mojibake_lines(text: str) -> list[tuple[int, str, str]]:
    """``(line number, repaired line, kind)`` for every line whose double mojibake is
    undone exactly (see :func:`repair_mojibake`); empty when the page has none.

    >>> mojibake_lines("标题\\n杩欐槸涔辩爜娴嬭瘯")
    [(1, '这是乱码测试', 'utf8_as_gbk')]
    """
    if text.isascii():
        return []
    lines = text.split("\n")
    strict = {i: f for i in _candidates(lines, text) if (f := _fix_line(lines[i])) is not None}
    if not strict:
        return []
    out: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        fixed = strict.get(i) or _fix_line(line, strict=False)
        if fixed is not None:
            out.append((i, fixed[0], fixed[1]))
    return out


def repair_mojibake(text: str) -> Repair | None:
    """Undo double mojibake line by line where it is exact; ``None`` when nothing changed.

    Lines are first repaired under strict conditions (dense in high bytes, two or more
    Chinese characters); a page with such a line has the mojibake, and its remaining
    lines (short ones, ones mixed with URLs) are then repaired wherever the inverse is
    exact and gives Chinese.
    """
    fixes = mojibake_lines(text)
    if not fixes:
        return None
    lines = text.split("\n")
    kinds: dict[str, int] = {}
    for i, fixed, kind in fixes:
        lines[i] = fixed
        kinds[kind] = kinds.get(kind, 0) + 1
    kind = max(kinds, key=lambda k: kinds[k])
    return Repair("\n".join(lines), kind, len(fixes))


def damage(text: str) -> dict[str, int]:
    """Counts of damage that cannot be undone: ``锟斤拷`` runs and U+FFFD runs."""
    out = {}
    k = len(_KUNJINKAO.findall(text))
    f = len(_FFFD.findall(text))
    if k:
        out["kunjinkao_runs"] = k
    if f:
        out["replacement_runs"] = f
    return out
