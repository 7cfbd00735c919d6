"""The regex pre-filters must never change a result: Scanner.finditer gives exactly the
matches of finditer, and Required never rules out a line that a rule pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.rules import load_packs
from cleaner.stages import repair
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.charscan import first_class
from cleaner.stages.required_strings import Required

T = repair.tables()
SCANNERS = {
    "placeholder": T.placeholder_scan,
    "stray_question": T.sq_after,
    "timestamp": T.timestamp,
    "signature_q": repair.RepairStage._SIG_Q,
    "inner_space": repair.RepairStage._INNER_SPACE,
    "indent": repair._INDENT,
}
# characters the repair patterns care about, plus plain text and line breaks
ALPHABET = "中国文年月日。；：，、,;:?？!()（） \t\u3000\u00a0\n×✕＊□Xx0123-《」》"
# lines the boilerplate rules care about, cased and uncased, and their pieces
LINE_BITS = [
    "下载", "下載", "本文", "Download", "DOWNLOAD", "ſhare", "Share this", "read more",
    "Read More »", "©", "(C)", "版权所有", "All Rights Reserved.", "ICP备", "12345号",
    "上一篇", "：", ":", "相关文章", "推荐", "扫一扫", "分享到", "Home", ">", "首页",
    "声明：", "本站", "内容", "时间:2020-03-04", "作者:", "点此处", "word格式文档", "K",
    "İ", " ", "的", "通知", "。",
]  # fmt: skip
PACKS = load_packs(())
STAGE = BoilerplateStage(PACKS)


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_every_repair_scanner_has_a_first_class(name: str) -> None:
    # the speed-up is only real when a first class was found
    assert SCANNERS[name].first is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_scanner_finds_what_finditer_finds(text: str) -> None:
    for sc in SCANNERS.values():
        assert [m.span() for m in sc.finditer(text)] == [
            m.span() for m in sc.pattern.finditer(text)
        ]


# the half-width punctuation patterns as first written (lookbehind first, tried where a
# Scanner finds the mark): the repair stage's mark-first forms must match exactly these
_H, _C = repair._HAN_CLASS, repair._CJK_CTX
PUNCT_REFERENCE = {
    "simple": (
        re.compile(
            f"(?<={_H})(?:[,;:?!](?=[ \t]*(?:{_C}|$))|[,;](?=\\d[\\d.]*{_H}))"
            f"|(?<=[」』”’》】〕）])[,;:](?={_H})",
            re.M,
        ),
        repair._PUNCT_SIMPLE,
    ),
    "paren": (
        re.compile(f"(?:(?<={_C})|^)\\(({_H}[^()\\n]{{0,120}}?{_H}|{_H})\\)", re.M),
        repair._PUNCT_PAREN,
    ),
    "lone_question": (re.compile(f"(?<={_H})\\?(?={_H})"), repair.RepairStage._LONE_Q),
}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET + "5.、", max_size=60))
def test_mark_first_punct_patterns_match_the_lookbehind_forms(text: str) -> None:
    for reference, pattern in PUNCT_REFERENCE.values():
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in reference.finditer(text)
        ]


def test_mark_first_punct_patterns_on_known_lines() -> None:
    simple, paren, _ = (p for _, p in PUNCT_REFERENCE.values())
    assert [m.start() for m in simple.finditer("中,文\n年;5.2月\n1,200中:")] == [1, 5, 17]
    assert [m.group(1) for m in paren.finditer("(中)文(年月)\nx(中)\n(a中)")] == ["中", "年月"]


def test_timestamp_scanner_skips_lines_by_a_required_string() -> None:
    # the speed-up of these scans is only real when their line gate was found
    assert T.timestamp.line_gate is not None
    assert T.sq_after.line_gate is not None


# patterns a line gate must be exact on: lookarounds that see line breaks, a first
# class of spaces and digits, several matches on a line, a required string inside a repeat
LINE_PATTERNS = [
    T.timestamp.pattern,
    T.sq_after.pattern,
    re.compile(r"(?<=[中文])[ \t]?\d-\d:\d(?=[ \t]*$)", re.M),
    re.compile(r"(?:(?<=\n)|^)[ \t]*\d+:(?=\n)", re.M),
    re.compile(r"\d(?::\d)+|[年月]-"),
]
TS_ALPHABET = "中文年月 \t\n0123-:：。，?？"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=TS_ALPHABET, max_size=60))
def test_line_gated_scanner_finds_what_finditer_finds(text: str) -> None:
    from cleaner.stages.charscan import Scanner

    for pattern in LINE_PATTERNS:
        sc = Scanner(pattern, lines=True)
        assert sc.line_gate is not None
        assert [m.span() for m in sc.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_line_gate_is_refused_where_a_match_may_cross_a_line() -> None:
    from cleaner.stages.charscan import Scanner, single_line

    for rx in (r"a\s+b", r"a.b", r"a[^x]b", r"a\nb", r"a(?:\D)b", r"a\Wb"):
        assert not single_line(re.compile(rx, re.S))
        assert Scanner(re.compile(rx, re.S), lines=True).line_gate is None
    assert single_line(re.compile(r"(?<=\n)[ \t]+\d+\w(?=\n|$)", re.M))


# line-start patterns scanned page-wide: the split stage's gates, the spaced-'?' lines,
# the page marks ('\f' anywhere or a whole line), and ones whose match may run over a
# line break (\s), ends where a line starts or starts anywhere (a branch without '^')
def _line_start_patterns() -> list[re.Pattern[str]]:
    from cleaner.stages import split_keyed
    from cleaner.stages.stray_marks import StrayRule

    return [
        split_keyed._DATED_GATE.pattern,
        split_keyed._KEY_GATE,
        StrayRule._SPACED_Q.pattern,
        re.compile(r"^[ \t]*\d+\s*[:：]?", re.M),
        re.compile(r"^(?:文\?|\d)[年月]?\s*$", re.M),
        T.page_marks,
        re.compile(r"\f|^\d+[ \t]*$|(?<=\d)/\d", re.M),
        re.compile(r"(?:\f|^\d+[ \t]*$)|(^第\d+页$)|(?:(?:^[(（]\d+[)）]$))", re.M),
    ]


LS_ALPHABET = "中文年月号第页共 \t\u3000\n\r\f0123-—:：?|/(（)）Pp"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LS_ALPHABET, max_size=60), st.integers(0, 8))
def test_line_start_scanner_finds_what_finditer_finds(text: str, pos: int) -> None:
    from cleaner.stages.linescan import LineStartScanner

    for pattern in _line_start_patterns():
        sc = LineStartScanner(pattern)
        want = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in sc.finditer(text, pos)] == want
        got = sc.search(text, pos)
        assert (got.span() if got else None) == (want[0] if want else None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LS_ALPHABET, max_size=60))
def test_key_hint_never_rules_out_a_key_line(text: str) -> None:
    from cleaner.stages import split_keyed

    if split_keyed._KEY_GATE.search(text):
        assert split_keyed._KEY_HINT.search(text)


def test_joined_line_start_patterns_keep_their_anchors() -> None:
    # '(?:A)|(?:B)' of '^' patterns (the page marks are the marks and the jump lines
    # joined): the groups' '^' branches are tried at line starts only, not wherever
    # their first character stands (a digit, a bracket: anywhere on a Chinese page)
    from cleaner.stages.charscan import start_classes

    anchored, free = start_classes(T.page_marks)
    assert free is not None and re.fullmatch(free, "\f")
    assert not any(re.fullmatch(free, ch) for ch in "1(（第 ")
    assert all(re.fullmatch(anchored, ch) for ch in "1(（第 ")
    assert start_classes(re.compile(r"(?:x|^[ab]c)|(^d)", re.M)) == ("[abd]", "[x]")


def test_line_start_scanner_refuses_other_patterns() -> None:
    from cleaner.stages.linescan import LineStartScanner

    for rx, flags in (
        (r"^\d+", 0),
        (r"\d+$", re.M),
        (r"^\d*", re.M),
        (r"x*|^\d", re.M),
        (r"\s|^\d", re.M),
    ):
        with pytest.raises(ValueError):
            LineStartScanner(re.compile(rx, flags))


def test_first_class_of_nullable_or_open_patterns_is_none() -> None:
    assert first_class(re.compile(r"x*")) is None
    assert first_class(re.compile(r".abc")) is None
    assert first_class(re.compile(r"[^a]b")) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINE_BITS), max_size=5), min_size=1, max_size=6))
def test_required_never_rules_out_a_matching_line(pieces: list[list[str]]) -> None:
    lines = ["".join(p).strip() for p in pieces]
    for pack in PACKS:
        combined, _ = STAGE.matcher._combined[pack.name]
        req = STAGE.matcher._required[pack.name]
        assert combined is not None and req is not None
        for s in lines:
            if combined.match(s):
                assert req.may_match(s)


def test_required_is_case_insensitive_like_the_pattern() -> None:
    req = Required.of(re.compile(r"(?i)^(share|tweet) this$"))
    assert req is not None
    # U+017F LATIN SMALL LETTER LONG S matches 's' case-insensitively in re
    assert re.match(r"(?i)^(share|tweet) this$", "ſhare this")
    assert req.may_match("ſhare this")
    assert not req.may_match("分享本页")


# -- regex passes rewritten to scan for rare characters (issue 15) -------------------------
# each fast form is checked against the regex it replaces, on text made of the characters
# those regexes care about (Han, CJK commas, every kind of space, line breaks)
SPACE_ALPHABET = "中国文第一章，、；。1２:：（ a\t\u3000\u00a0\n\r\x0b\u2028"
SPACE_TEXT = st.text(alphabet=SPACE_ALPHABET, max_size=40)


@settings(max_examples=400, deadline=None)
@given(SPACE_TEXT)
def test_after_han_finds_the_runs_the_regex_finds(text: str) -> None:
    from cleaner.stages import cjk_spaces

    want = [m.span(1) for m in cjk_spaces._AFTER_HAN.finditer(text)]
    assert list(cjk_spaces.after_han(text)) == want


@settings(max_examples=400, deadline=None)
@given(SPACE_TEXT)
def test_letter_spaced_lines_are_found_from_their_space_runs(text: str) -> None:
    from cleaner.stages import cjk_spaces

    rx = cjk_spaces.CjkSpaceRule._LETTER_SPACED
    starts = sorted({text.rfind("\n", 0, s) + 1 for s, _ in cjk_spaces.space_runs(text)})
    got = [m.span() for m in map(lambda ls: rx.match(text, ls), starts) if m is not None]
    assert got == [m.span() for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(SPACE_TEXT)
def test_whitespace_rules_find_what_their_regexes_find(text: str) -> None:
    stage = repair.RepairStage()
    trailing = [(m.start(), m.end()) for m in re.finditer(r"[ \t\u3000\u00a0]+(?=\n|$)", text)]
    assert repair._TRAILING.pattern.startswith("[")  # a class first: re's prefix scan
    assert [m.span() for m in repair._TRAILING.finditer(text)] == trailing
    edges = [(e.start, e.end) for e in stage._page_edges(text)]
    trail = re.search(r"\s+$", text)
    if trail and trail.start() > 0:
        assert edges[-1] == trail.span()
    else:
        assert not edges or edges[-1][0] == 0


@settings(max_examples=300, deadline=None)
@given(SPACE_TEXT)
def test_han_ratio_counts_han_characters(text: str) -> None:
    head = text[:500]
    chars = len(head) - head.count(" ") - head.count("\n")
    han = len(re.findall(f"[{repair.HAN}]", head))
    assert repair.han_ratio(text) == (han / chars if chars > 0 else 0.0)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中文，、,1９×《“ \t\n\r。a", max_size=30))
def test_join_line_ends_are_the_regexs(text: str) -> None:
    from cleaner.stages.paragraph_joins import JoinRule

    fast, slow = JoinRule._LINE_END_FAST, JoinRule._LINE_END
    assert [m.end() for m in fast.finditer(text)] == [m.end() for m in slow.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*LINE_BITS, "\n"]), max_size=6), max_size=8))
def test_page_scan_keeps_every_line_required_may_match(pieces: list[list[str]]) -> None:
    from cleaner.edits import split_lines

    text = "\n".join("".join(p) for p in pieces)
    lines, spans = split_lines(text)
    for pack in PACKS:
        req = STAGE.matcher._required[pack.name]
        assert req is not None and req.one_line
        plain = req.plain_lines(text, [s for s, _, _ in spans])
        assert plain is not None
        for i, line in enumerate(lines):
            for s in (line, line.strip()):
                if req.may_match(s):
                    assert i in plain or req.may_fold(s)


def test_required_searches_only_strings_that_hold_no_other() -> None:
    # '上一篇' holds '上一' and '单位：' holds '：': a line holding the longer holds the
    # shorter, so the shorter alone finds the same lines (and the scan tries fewer)
    req = Required.of(re.compile(r"^(?:上一篇|上一|下一页|单位：|：)$"))
    assert req is not None and req.plain is not None
    assert sorted(req.plain.pattern.split("|")) == ["上一", "下一页", "："]
    text = "上一篇\n正文\n单位：某\n下一页\n下一"
    starts = [0, 4, 7, 12, 16]
    assert req.plain_lines(text, starts) == {0, 2, 3}


# lines of the generic pack's bar and card rules (arrows, emoji, counts, size units), their
# separators and text that holds spaces, colons or question marks but no rule's line
BAR_BITS = [
    "→", "⇨", "▶", "★", "⬆", "🔥", "👍", "回复", "赞", "踩", "点赞", "分享", "收藏",
    "(12)", "（3）", "12", " ", "  ", "\u3000", "\t", "|", "｜", "·", "好用吗？", "?",
    "大小：", "格式:", "2.5MB", "KB", "kb", "文件", "类型", "中文", "。", "，", "a",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(BAR_BITS), max_size=12), min_size=1, max_size=6))
def test_required_with_classes_never_rules_out_a_matching_line(pieces: list[list[str]]) -> None:
    # each rule alone and each pack's alternation: a line a pattern matches passes the
    # filter, and so does every line it holds in a page scan
    lines = ["".join(p).strip() for p in pieces]
    text = "\n".join(lines)
    starts = [0]
    for s in lines[:-1]:
        starts.append(starts[-1] + len(s) + 1)
    for pack in PACKS:
        combined, _ = STAGE.matcher._combined[pack.name]
        req = STAGE.matcher._required[pack.name]
        assert combined is not None and req is not None
        plain = req.plain_lines(text, starts)
        assert plain is not None
        for i, s in enumerate(lines):
            if combined.match(s):
                assert req.may_match(s)
                assert i in plain or req.may_fold(s)
        for r in pack.rules:
            rreq = Required.of(r.pattern) if r.pattern is not None else None
            for s in lines:
                if rreq is not None and r.pattern is not None and r.pattern.match(s):
                    assert rreq.may_match(s)


def test_required_prefers_anything_to_whitespace() -> None:
    # a space is on most lines: the words, a wide class and a lookahead's text rule out
    # more (one of them is in every match all the same)
    words = Required.of(re.compile("^(?:赞|回复)(?:[ \t]+(?:赞|回复))+$"))
    assert words is not None and words.plain is not None and words.chars is None
    assert not words.may_match("一行 有空格的 正文")
    assert words.may_match("赞 回复")
    glyphs = Required.of(re.compile("^[\u2190-\u21ff\U0001f300-\U0001faff][^ ]{1,4} {2,}\\S+$"))
    assert glyphs is not None and glyphs.plain is None and glyphs.chars is not None
    assert not glyphs.may_match("一行  有空格的 正文")
    assert glyphs.may_match("🔥热门  新闻")
    assert glyphs.plain_lines("一行  正文\n🔥热门  新闻\n", [0, 6]) == {1}
    card = Required.of(re.compile(r"^(?=.{0,20}\d[KM]B)(?:[一-龥]{2}[:：]\S+ ?){2,}$"))
    assert card is not None and card.plain is not None
    assert not card.may_match("作者：某 时间：今天")
    assert card.may_match("大小：2KB 格式：zip")
