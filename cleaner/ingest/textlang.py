"""The language of a cleaned text by its script: the ``lang`` field of pages and articles.

Han characters read as Chinese and ASCII letters as English (the pipeline's first two
tests); a text of another script was ``und``.  A script names its language most of the
time: kana among the Han characters is Japanese (a Chinese text borrows a ``の`` now and
then, never one character in seven), Hangul is Korean, Greek, Hebrew and Thai are their
languages; Cyrillic and Arabic letters are shared by several languages, told apart by
the letter model of the charset detector (:func:`cleaner.ingest.langmodel.score`: the
letters each language writes most often, ``ы`` and ``э`` in Russian, ``і`` and ``є`` in
Ukrainian).  Issue 12, real pages.
"""

from __future__ import annotations

import re

from cleaner.ingest.langmodel import score

#: Characters read (the head of the text: a script shows in its first lines).
SAMPLE_CHARS = 2000
#: Kana are at least this share of the Han and kana characters of a Japanese text
#: (about half in running prose; a Chinese text quoting a shop's ``の``: a few in a
#: thousand).
KANA_SHARE = 0.15
#: Hiragana are at least this share of the Han and kana characters of a Japanese text
#: (its particles and endings: a third or more of running prose, a fifth of a line of
#: katakana loanwords); katakana alone (a Chinese text quoting a Japanese title, a
#: menu of loanwords) names no language.
HIRAGANA_SHARE = 0.05
#: A script names the text's language when it writes at least this share of its letters.
SCRIPT_SHARE = 0.5

#: Kana letters: hiragana, katakana and half-width katakana, without the marks Chinese
#: writes too: the middle dot of a transliterated name (``・``, U+30FB, ``卡尔・马克思``), the
#: long-vowel bar (``ー``, U+30FC) and their half-width forms (review18 #6).
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fd-\u30ff\uff66-\uff6f\uff71-\uff9d]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "hebrew": re.compile(r"[\u05d0-\u05ea]"),
    "arabic": re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]"),
    "thai": re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]"),
}
_LETTER = re.compile(r"[^\W\d_]")
#: The languages each shared script is written in (the letter model's names), and
#: their codes; a script of one language names it at once.
_SHARED: dict[str, dict[str, str]] = {
    "cyrillic": {
        "russian": "ru",
        "ukrainian": "uk",
        "bulgarian": "bg",
        "belarusian": "be",
        "serbian": "sr",
        "macedonian": "mk",
    },
    "arabic": {"arabic": "ar", "persian": "fa"},
}
_SOLE = {"hangul": "ko", "greek": "el", "hebrew": "he", "thai": "th"}


def japanese(text: str) -> bool:
    """``text`` (its head) is Japanese: kana are a fair share of its Han and kana, and
    hiragana among them (the middle dot and the long-vowel bar are no kana).

    >>> japanese("今日は雨が降っていたので、家で本を読みました。")
    True
    >>> japanese("我们在日本的小店里买了一盒抹茶の点心，味道很好。")  # one borrowed の
    False
    >>> japanese("迈克尔・乔丹・杰弗里"), japanese("ホーム | ニュース | スポーツ")
    (False, False)
    """
    head = text[:SAMPLE_CHARS]
    kana = len(_KANA.findall(head))
    if kana == 0:
        return False
    letters = kana + len(_HAN.findall(head))
    return kana >= KANA_SHARE * letters and len(_HIRAGANA.findall(head)) >= HIRAGANA_SHARE * letters


def script_lang(text: str) -> str:
    """The language code of ``text`` by the script of most of its letters (its head);
    ``und`` when no such script names one.

    >>> script_lang("Вчера вечером мы долго гуляли по набережной и говорили о книгах.")
    'ru'
    >>> script_lang("Учора ввечері ми довго гуляли набережною і говорили про книжки.")
    'uk'
    >>> script_lang("오늘은 비가 와서 집에서 책을 읽었다."), script_lang("12 345 ...")
    ('ko', 'und')
    """
    head = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(head))
    if not letters:
        return "und"
    if japanese(head):
        return "ja"
    for script, pattern in _SCRIPTS.items():
        if len(pattern.findall(head)) < SCRIPT_SHARE * letters:
            continue
        if script in _SOLE:
            return _SOLE[script]
        langs = _SHARED[script]
        return langs[max(langs, key=lambda lang: score(head.lower(), (lang,)))]
    return "und"
