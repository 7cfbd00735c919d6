"""Which encoding a page's bytes are in, with a confidence and the runner-up.

The order (cheapest and surest first):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-32/UTF-16 without a BOM, from where the NUL bytes fall (NUL is valid UTF-8, so
   this comes before UTF-8: ``D\\x00a\\x00t\\x00e\\x00`` is UTF-16-LE, not UTF-8);
3. 7-bit escape encodings, by their escape sequences: ISO-2022-JP/KR/CN (``ESC $ B``,
   ``ESC $ ) C``) and HZ (``~{ … ~}``);
4. strict UTF-8 (pure ASCII included): the fast path, one C-speed decode;
5. a charset the page declares (XML prolog, HTML meta), widened to its superset
   (GB2312/GBK → GB18030, ISO-8859-1 → CP1252, EUC-KR → CP949, Shift_JIS → CP932 …) and
   trusted when it decodes cleanly and reads about as well as the best candidate;
6. every codec of :data:`cleaner.ingest.langdata.CODECS` that decodes the bytes
   strictly, ranked by :func:`cleaner.ingest.langmodel.score`; charset-normalizer is
   asked only when no candidate reads as a language.

A reading is accepted when re-encoding it gives the bytes back, or, for codecs that map
several byte sequences to one character (CP932's NEC and IBM duplicates, ISO-2022), when
re-encoding gives the same *text* back (``exact=False``): the pipeline then stores the
original bytes so that ``rebuild`` stays byte-exact.

The confidence of a detected reading comes from the log-likelihood ratio against the
runner-up, the best candidate that reads the page *differently* (two codecs that give the
same text are not rivals): ``1 - exp(-LLR / CONFIDENCE_SCALE)``.  Nor are two readings
whose words are the same and which part only in how some punctuation marks or symbols
map (:func:`same_words`): the tables of one encoding's vendors (Big5 and CP950 on
``／`` and ``‧``, Shift_JIS and CP932 on ``〜``, any such pair) read every letter alike,
so the choice between them is no doubt about the page's text.

>>> d = detect("Съешь же ещё этих мягких французских булок.".encode("koi8-r"))
>>> d.encoding, d.text[:5], d.runner_up is not None
('koi8-r', 'Съешь', True)
>>> detect("ハードなソフトの話".encode("shift_jis")).encoding
'cp932'
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from dataclasses import dataclass

from cleaner.ingest.langdata import CODECS
from cleaner.ingest.langmodel import BROKEN, hints, score
from cleaner.ingest.shapes import (
    UTF16_ALPHABET_HIGH,
    clean_text,
    escape_encoding,
    nul_pattern,
    roundtrip,
    utf16_shape,
)

__all__ = ["DecodeError", "Detection", "declared_charset", "detect"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True, slots=True)
class Detection:
    """A decoding and how sure we are of it."""

    text: str
    encoding: str  # Python codec name
    bom: bool
    confidence: float  # 0-1
    method: str  # bom | nul | escape | utf-8 | declared | detected | fallback
    runner_up: str | None = None  # best rival reading the page differently
    exact: bool = True  # re-encoding the text gives the bytes back


BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Bytes of a page scored per candidate (cut at a line end): enough text to tell
#: languages apart, and what keeps 30-odd trial decodes cheap.
SAMPLE_BYTES = 16_384
DECLARED_SAMPLE_BYTES = 2_048
#: Log-likelihood ratio (nats) per unit of confidence: ``1 - exp(-LLR / scale)``.
CONFIDENCE_SCALE = 8.0
#: Mean log-likelihood per non-ASCII character under which a reading is not text in any
#: language the model knows (real pages: -3 to -7; a wrong codec: -9 to -20).
MIN_QUALITY = -8.5
#: A declaration is overruled only when the best candidate reads this much better per
#: non-ASCII byte and the declared reading is itself below :data:`MIN_QUALITY`.
OVERRULE_MARGIN = 2.0

# A charset declared by the page itself (XML prolog, HTML meta).
_DECLARED = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,30})""", re.I)

#: Nats by which a member of a declared codec's family must read better than the
#: declared codec to replace it (one control character where the other has a letter).
FAMILY_MARGIN = 3.0

#: Declared names Python does not know, and names whose pages are usually in a superset.
ALIASES: dict[str, str] = {
    "x-sjis": "shift_jis",
    "x_sjis": "shift_jis",
    "windows-31j": "cp932",
    "shift-jis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "x-euc": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "windows-949": "cp949",
    "x-windows-949": "cp949",
    "uhc": "cp949",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "iso-8859-6-i": "iso8859-6",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "x-gbk": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "x-cp1250": "cp1250",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "iso8859-1",
    "latin1": "iso8859-1",
    "unicode": "utf-16",
}

#: A declared codec and the codecs pages declaring it are really written in.
FAMILIES: dict[str, tuple[str, ...]] = {
    "iso8859-1": ("cp1252", "iso8859-1", "iso8859-15"),
    "latin-1": ("cp1252", "iso8859-1", "iso8859-15"),
    "iso8859-15": ("iso8859-15", "cp1252"),
    "cp1252": ("cp1252", "iso8859-15"),
    "iso8859-2": ("iso8859-2", "cp1250"),
    "cp1250": ("cp1250", "iso8859-2"),
    "iso8859-9": ("cp1254", "iso8859-9"),
    "cp1254": ("cp1254",),
    "iso8859-5": ("iso8859-5", "cp1251"),
    "koi8-r": ("koi8-r", "koi8-u"),
    "iso8859-7": ("iso8859-7", "cp1253"),
    "cp1253": ("cp1253", "iso8859-7"),
    "iso8859-8": ("cp1255", "iso8859-8"),
    "iso8859-6": ("iso8859-6", "cp1256"),
    "tis-620": ("tis-620", "cp874"),
    "iso8859-11": ("tis-620", "cp874"),
    "gb18030": ("gb18030",),
    # a page declaring Big5 is read as the Windows code page its sites write (CP950), as
    # a browser reads the label (WHATWG's Big5: '‧' for 0xA145, where Python's big5 has
    # '•'); both read every letter alike, so the choice only keeps a site's marks one
    "big5": ("cp950", "big5", "big5hkscs"),
    "cp950": ("cp950", "big5", "big5hkscs"),
    "big5hkscs": ("big5hkscs", "cp950"),
    "shift_jis": ("shift_jis", "cp932"),
    "cp932": ("cp932", "shift_jis"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "euc_kr": ("euc_kr", "cp949"),
    "cp949": ("euc_kr", "cp949"),
    "utf-16": ("utf-16-le", "utf-16-be"),
}


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset ``data`` declares in its first 4 KiB, if any.

    >>> declared_charset(b'<meta charset="x-sjis">'), declared_charset(b'<?xml encoding="GBK"?>')
    ('shift_jis', 'gb18030')
    """
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = ALIASES.get(name, ALIASES.get(name.replace("_", "-"), name))
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _sample(data: bytes, size: int = SAMPLE_BYTES) -> tuple[bytes, int]:
    """About ``size`` bytes from the line holding the first non-ASCII byte (an HTML
    head of scripts and styles says nothing about the encoding), cut after line ends
    (never inside a character); and the offset the sample starts at.

    >>> _sample(b"<head>\\n" + b"x" * 20 + b"\\n\\xc4\\xe3\\n", 8)
    (b'\\xc4\\xe3\\n', 28)
    """
    if len(data) <= size:
        return data, 0
    m = _HIGH_BYTE.search(data)
    start = 0
    if m and m.start() > size // 2:
        start = data.rfind(b"\n", 0, m.start()) + 1
    cut = data.rfind(b"\n", start, start + size)
    # no line end: cut anywhere (the ranking decodes a cut sample incrementally)
    return (data[start : cut + 1], start) if cut > start else (data[start : start + size], start)


#: A symbol between two letters ("mo¹e", "р€д"), or a Latin letter next to a Cyrillic
#: one ("palоdzоbu"): what a wrong 8-bit codec makes of a letter.  Apostrophes,
#: hyphens and the Catalan middle dot belong between letters.
IN_WORD = -6.0
#: Characters of a reading searched for those contacts (the regexes are slow; a wrong
#: codec makes them everywhere, so the head of the sample shows them).
PENALTY_CHARS = 4096
_LETTER = "a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_IN_WORD = re.compile(
    f"(?<=[{_LETTER}])[^\\s\x00-\x7f{_LETTER}\u2019\u00b7\u2010\u00ad](?=[{_LETTER}])"
)


# A Latin letter touching a Cyrillic or Greek one: what CP1251 makes of Baltic letters
_MIXED = re.compile(
    "[a-zA-Z][\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f]"
    "|[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f][a-zA-Z]"
    # an accented letter against the ASCII symbols Big5/Shift_JIS trail bytes make
    "|[\u00a1-\u024f][\\[\\\\\\]^_`{|}@]|[\\[\\\\\\]^_`{|}@][\u00a1-\u024f]"
)
# A lowercase letter followed by an accented capital ("nÅ[ÉhÇ", "пРИВЕТ"): Shift_JIS read
# as Mac Roman, KOI8-R read as CP1251.  (ASCII capitals are left alone: "iPhone".)
_CAMEL = re.compile(
    "[a-z\u00df-\u00ff\u0430-\u044f\u03ac-\u03ce][\u00c0-\u00de\u0410-\u042f\u0391-\u03a9]"
)
_C0 = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _rank(
    sample: bytes, extra: str | None, *, align: int = 0, cut: bool = False
) -> list[tuple[float, str, str]]:
    """``(score, codec, sample text)`` for every codec that decodes ``sample``, best first
    (UTF-16 too when its byte pairs have the shape of UTF-16)."""
    out: list[tuple[float, str, str]] = []
    order = list(CODECS)
    if extra and extra not in CODECS:
        order.append(extra)
    utf16 = utf16_shape(sample[align:])
    if utf16:
        order.append(utf16)
    hint = hints(sample)
    n_controls = len(sample) - len(sample.translate(None, _C0_BYTES))
    seen: dict[tuple[tuple[str, ...], str], float] = {}  # codecs that read alike: one score
    for i, codec in enumerate(order):
        try:
            if codec == utf16 or cut:  # a cut sample may end inside a character
                text = codecs.getincrementaldecoder(codec)().decode(
                    sample[align:] if codec == utf16 else sample
                )
            else:
                text = sample.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec == utf16 and not clean_text(text):
            continue
        langs, prior = CODECS.get(codec, (_ALL_LANGS, -0.5))
        key = (langs, text)
        if key not in seen:
            # control characters: the sample's control bytes in every 8-bit reading (no
            # multi-byte codec has them as trail bytes); UTF-16 pairs them up
            controls = len(_C0.findall(text)) if codec == utf16 else n_controls
            floor = max(seen.values(), default=None)
            seen[key] = score(text, langs, hint, floor=floor) + BROKEN * controls
        # -i * 1e-6 keeps the listed order on exact ties (identical texts)
        out.append((seen[key] + prior - i * 1e-6, codec, text))
    return _penalise(out)


def _penalise(ranked: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """Subtract :data:`IN_WORD` per odd letter contact, best candidates first, until the
    best penalised score and the best penalised rival (other words: :func:`_rival`) beat every
    unpenalised score (penalties only lower a score, so the winner and its runner-up are
    then final; the regexes are the slow part of a ranking)."""
    ranked.sort(key=lambda t: -t[0])
    done: list[tuple[float, str, str]] = []
    i = 0
    while i < len(ranked):
        if done:
            top = max(done)
            rival = max(
                (d for d in done if d[2] != top[2] and not same_words(d[2], top[2])),
                default=None,
            )
            if rival is not None and rival[0] >= ranked[i][0]:
                break
        s, codec, text = ranked[i]
        head = text[:PENALTY_CHARS]
        odd = sum(len(r.findall(head)) for r in (_IN_WORD, _MIXED, _CAMEL))
        done.append((s + IN_WORD * odd, codec, text))
        i += 1
    out = done + ranked[i:]
    out.sort(key=lambda t: -t[0])
    return out


_ASCII = bytes(range(128))
_ALL_LANGS: tuple[str, ...] = tuple(sorted({lg for langs, _ in CODECS.values() for lg in langs}))


def _quality(s: float, text: str) -> float:
    """Mean log-likelihood per non-ASCII character of a reading (0 for plain ASCII)."""
    n = len(text) - len(text.encode("ascii", "ignore"))
    return s / n if n else 0.0


def _confidence(llr: float) -> float:
    """0 for a tie with the runner-up, 0.5 at a likelihood ratio of e^5.5, → 1.

    >>> _confidence(0.0), _confidence(5.5), _confidence(40.0)
    (0.0, 0.497, 0.993)
    """
    return round(1.0 - math.exp(-llr / CONFIDENCE_SCALE), 3) if llr > 0 else 0.0


def same_words(a: str, b: str) -> bool:
    """``a`` and ``b`` are one text up to the marks two codec tables map apart: the same
    length, and wherever they differ both characters are punctuation or symbols (Unicode
    categories P and S), never a letter, digit or space.

    >>> b = "記者 陳怡君／報導".encode("big5")
    >>> same_words(b.decode("big5"), b.decode("cp950"))  # ／ (U+FF0F) and ∕ (U+2215)
    True
    >>> j = "九時～六時".encode("cp932")
    >>> same_words(j.decode("cp932"), j.decode("shift_jis"))  # ～ and 〜
    True
    >>> same_words("anul următor", "anul urmćtor"), same_words("ab", "abc")
    (False, False)
    """
    if len(a) != len(b):
        return False
    if a == b:
        return True
    for i in range(0, len(a), 256):  # equal chunks compared at C speed, skipped
        ca, cb = a[i : i + 256], b[i : i + 256]
        pairs = zip(ca, cb, strict=True)
        if ca != cb and any(x != y and not (_mark(x) and _mark(y)) for x, y in pairs):
            return False
    return True


def _mark(ch: str) -> bool:
    """A punctuation mark or a symbol (Unicode category P or S)."""
    return unicodedata.category(ch)[0] in "PS"


def _rival(ranked: list[tuple[float, str, str]], text: str) -> tuple[float, str] | None:
    """The best candidate whose reading differs from ``text`` in its words."""
    for s, codec, t in ranked:
        if t != text and not same_words(t, text):
            return s, codec
    return None


def detect(data: bytes) -> Detection:
    """Decode ``data``; raise :class:`DecodeError` if it is not text in any encoding."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return Detection(data[len(bom) :].decode(enc), enc, True, 1.0, "bom")
            except UnicodeDecodeError:
                raise DecodeError(
                    f"starts with a {enc} byte-order mark but is not valid {enc}"
                ) from None
    if data.find(b"\x00", 0, 4096) >= 0:  # bounded memchr, no copy
        nul = nul_pattern(data)
        got = roundtrip(data, nul) if nul else None
        if nul and got is not None:
            return Detection(got[0], nul, False, 0.95, "nul", exact=got[1])
    if any(data.find(b, 0, 4096) >= 0 for b in UTF16_ALPHABET_HIGH):  # memchr each
        # control bytes: UTF-16 of an alphabet whose high byte is below 0x20 (Cyrillic
        # 0x04, Greek 0x03, Hebrew 0x05, Arabic 0x06, Thai 0x0E) is valid ASCII
        shape = utf16_shape(data, bits=1.5)
        got = roundtrip(data, shape) if shape else None
        if shape and got is not None and clean_text(got[0]):
            return Detection(got[0], shape, False, 0.9, "nul", exact=got[1])
    if data.isascii():
        esc = escape_encoding(data)
        if esc is not None:
            conf = 0.9 if esc[1] == "hz" else 0.99
            return Detection(esc[0], esc[1], False, conf, "escape", exact=esc[2])
    try:  # strict UTF-8 is exact: it rejects overlong forms and lone surrogates
        return Detection(data.decode("utf-8"), "utf-8", False, 1.0, "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _legacy(data: bytes) -> Detection:
    """Steps 5 and 6 of the module docstring: declared charset, then scored candidates."""
    declared = declared_charset(data)
    family = FAMILIES.get(declared, (declared,)) if declared else ()
    # a page that declares its charset is checked on a smaller sample (2 KiB): the
    # declaration is usually right and the ranking only has to confirm it
    sample, start = _sample(data, DECLARED_SAMPLE_BYTES if declared else SAMPLE_BYTES)
    n_high = max(1, len(sample.translate(None, _ASCII)))
    extra = declared if declared and declared not in FAMILIES else None
    cut = not sample.endswith(b"\n") and start + len(sample) < len(data)
    ranked = _rank(sample, extra, align=start % 2, cut=cut)
    best_score = ranked[0][0] if ranked else float("-inf")
    by_codec = {codec: (s, t) for s, codec, t in ranked}
    # the declared family's best reading, if it decodes
    # in the family's order of preference, unless a later member reads clearly better
    # (ISO-8859-1 declared, CP1252 quotes in the C1 range)
    fam = [(*by_codec[c], c) for c in family if c in by_codec]
    if fam:
        top, top_text, _c = max(fam)
        # (a member reading the same words as the best, its marks mapped apart by its
        # vendor's table, ties with it: the family's order decides, page after page)
        fam.sort(key=lambda t: t[0] < top - FAMILY_MARGIN and not same_words(t[1], top_text))
    for s, _t, codec in fam:
        if _quality(s, _t) < MIN_QUALITY and (best_score - s) / n_high > OVERRULE_MARGIN:
            break  # the declaration is wrong: the page reads as something else
        got = roundtrip(data, codec)
        if got is None:
            continue
        rival = _rival(ranked, by_codec[codec][1])
        conf = 0.99 if rival is None or s >= rival[0] else 0.9
        return Detection(
            got[0], codec, False, conf, "declared", rival[1] if rival else None, got[1]
        )
    for s, codec, text in ranked:
        got = roundtrip(data, codec)
        if got is None:
            continue
        rival = _rival(ranked, text)
        conf = _confidence(s - rival[0]) if rival else 0.99
        if _quality(s, text) < MIN_QUALITY:
            alt = _normalizer(data, s, sample)
            if alt is not None:
                return alt
            conf = min(conf, 0.3)
        if declared and codec not in family:
            conf = min(conf, 0.6)  # we overruled the page's own declaration
        runner_up = rival[1] if rival else None
        return Detection(got[0], codec, False, conf, "detected", runner_up, got[1])
    raise DecodeError("not text in any supported encoding")


def _normalizer(data: bytes, our_score: float, sample: bytes) -> Detection | None:
    """charset-normalizer's answer, when it reads better than every candidate of ours."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    codec = codecs.lookup(ALIASES.get(best.encoding, best.encoding)).name
    if codec in CODECS or codec in ("utf-8", "ascii"):
        return None  # already ranked by our model
    got = roundtrip(data, codec)
    if got is None:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    s = _penalise([(score(text, _ALL_LANGS), codec, text)])[0][0]
    if s <= our_score:
        return None
    conf = round(max(0.0, 1.0 - float(best.chaos)) * 0.8, 3)
    return Detection(got[0], codec, False, conf, "fallback", None, got[1])
