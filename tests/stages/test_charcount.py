"""The byte-level counts of charcount.py must equal the regex counts they replaced, on
every character class edge (block boundaries, the hexagrams inside Extension A's high
byte, compatibility ideographs, ``〇``, astral characters and lone surrogates)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages.charcount import han_chars, han_latin
from cleaner.stages.line_text import han_share as _han_share
from cleaner.stages.repair_tables import HAN, han_ratio

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_NON_HAN = re.compile(f"[^{HAN}][^{HAN}]*")

# each side of every range boundary the counts depend on, and ordinary text
EDGES = (
    "\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00"
    "〇○\u3006\u3008\u4d00\u9f00\u0034\u009f"
)
ALPHABET = EDGES + "中文，。 \n\tAZaz@[`{Ⅻｚ\xe9\xff\u0130\U00020000\U0001f600"
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=80) | st.text(max_size=80)


def _regex_han_latin(s: str) -> tuple[int, int]:
    return sum(map(len, _HAN_RUN.findall(s))), sum(map(len, _LATIN_RUN.findall(s)))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_han_latin_counts_what_the_run_regexes_count(s: str) -> None:
    assert han_latin(s) == _regex_han_latin(s)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_han_chars_counts_what_the_han_class_counts(s: str) -> None:
    assert han_chars(s) == len("".join(_NON_HAN.split(s)))


def test_lone_surrogates_and_astral_characters_are_not_han() -> None:
    s = "\ud800\udfff\U00020000中"  # astral Han (Extension B) is outside both classes
    assert han_latin(s) == (1, 0)
    assert han_chars(s) == 1


def test_the_shares_built_on_the_counts_keep_their_values() -> None:
    # the hexagram U+4DC0 shares its high byte with Extension A but is not in HAN
    assert han_ratio("中文\u4dc0ab") == 2 / 5
    assert _han_share("\u4dc0中文abc") == 3 / 6
    assert _han_share("abc") == 0.0
