"""A raw page's input, before the stages: its text decoded (:func:`decode_input`), the
site it belongs to (:func:`site_of`) and its language (:func:`detect_lang`).  Callers
import them from :mod:`cleaner.pipeline`, which imports this module (and through it the
repair stage) inside :func:`cleaner.regex_cache.warmed` with the other stage modules.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.ingest.charset import Decoded, decode
from cleaner.ingest.textlang import japanese, script_lang
from cleaner.model import RawInput
from cleaner.stages.repair import han_ratio


def site_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``: the unit that boilerplate learning works per."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def detect_lang(text: str) -> str:
    """``ja`` when kana share the Han characters, ``zh`` when Han characters dominate,
    ``en`` for Latin text, else the language its script names (``ru``, ``ko`` …) or
    ``und`` (:mod:`cleaner.ingest.textlang`).

    >>> detect_lang("雨の日は家で本を読む。"), detect_lang("雨天在家里读书。")
    ('ja', 'zh')
    >>> detect_lang("Дождь шёл весь день, и мы читали дома.")
    'ru'
    """
    if not text.strip():
        return "und"
    if japanese(text):  # before Chinese: kanji are Han characters
        return "ja"
    if han_ratio(text) >= 0.3:
        return "zh"
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    return "en" if letters / max(1, len(text)) > 0.5 else script_lang(text)


def decode_input(raw: RawInput) -> Decoded:
    """The text of a raw page, and what it takes to encode it back.

    Raises :class:`DecodeError` for bytes that are not text.
    """
    if raw.text is None:
        return decode(raw.data)
    text = raw.text
    # readers say what the text was decoded from (HTML charset, Parquet utf-8 …)
    label = str(raw.container.get("encoding", "jsonl"))
    conf = float(raw.container.get("encoding_confidence", 1.0))
    extra = {"runner_up": raw.container.get("encoding_runner_up")}
    if "\r" in text and text.count("\r\n") == text.count("\r") == text.count("\n"):
        return Decoded(text.replace("\r\n", "\n"), label, False, conf, "crlf", extra)
    return Decoded(text, label, False, conf, "mixed" if "\r" in text else "lf", extra)


@dataclass(frozen=True, slots=True)
class DecodedInput:
    """A raw page with its text decoded already (:func:`decode_input`), as the reading pass
    that learns site profiles keeps it for processing (:mod:`cleaner.readahead`)."""

    raw: RawInput
    decoded: Decoded
