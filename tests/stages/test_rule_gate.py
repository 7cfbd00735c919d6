"""``BranchGate.match`` is the alternation's ``match``: the same branch (group name) and
span on every line, though it tries only the branches whose required strings the line
holds; checked on the built-in packs with lines made of their own strings and of prose,
and on small alternations with overlapping, case-insensitive and class requirements."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.rules import load_packs
from cleaner.stages.regex_tree import parse_tree as _parse
from cleaner.stages.required_strings import _required
from cleaner.stages.rule_gate import BranchGate, branch_rules, branches, combine, taker

PACKS = [p for p in load_packs([]) if not p.user]


def _strings(pack: object) -> list[str]:
    """The required strings of the pack's rules (the words its chrome lines hold)."""
    out: set[str] = set()
    for _, src in branches(pack.rules):  # type: ignore[attr-defined]
        tree, icase = _parse(re.compile(src))
        for s, _ in _required(tree, icase=icase) or []:
            if not s.startswith("["):
                out.add(s)
    return sorted(out)


def _literal_lines(pack: object) -> list[str]:
    """Each branch read literally (a class as its first character, gaps and anchors
    dropped), kept where the branch matches it: a chrome line the pack takes, now that
    a widened word's required strings stop at its many spellings ('[将將]本文[档檔]…')."""
    out = []
    for _, src in branches(pack.rules):  # type: ignore[attr-defined]
        s = re.sub(r"\[\^?([^\]\\])[^\]]*\]", r"\1", src)
        s = re.sub(r"\.\{\d*,?\d*\}|\\s[*+?]|\.[*+]|[\^$?()]", "", s)
        if "\\" not in s and re.search(src, s):
            out.append(s)
    return sorted(set(out))


BITS = [
    "某市人民政府",
    "各单位要落实责任",
    "。",
    "，",
    "：",
    ":",
    " ",
    "\u3000",
    "|",
    "（",
    "）",
    "【",
    "】",
    "2021-03-05",
    "10:30",
    "12",
    "KB",
    "Download",
    "SHARE",
    "ſhare",
    "→",
    "★",
    "—",
    ".pdf",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.lastgroup, a.span())) == (b and (b.lastgroup, b.span()))


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_every_built_in_pack_has_a_gate(pack: object) -> None:
    assert BranchGate.of(branches(pack.rules)) is not None  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_gate_matches_what_the_alternation_matches(data: st.DataObject) -> None:
    pack = data.draw(st.sampled_from(PACKS))
    combined, _ = combine(pack.rules)
    gate = BranchGate.of(branches(pack.rules))
    assert combined is not None and gate is not None
    pieces = data.draw(st.lists(st.sampled_from(BITS + _strings(pack)), min_size=1, max_size=6))
    line = "".join(pieces)
    assert _same(gate.match(line), combined.match(line))
    # matching the rules' own patterns (no branch compiled again) finds the same branch
    rules = branch_rules(pack.rules)
    k = gate.first(line, [r.pattern for r in rules])
    m = combined.match(line)
    assert (None if k is None else f"r{pack.rules.index(rules[k])}") == (m and m.lastgroup)


def test_taker_with_the_rules_patterns_takes_what_the_alternation_takes() -> None:
    pack = next(p for p in PACKS if len(branch_rules(p.rules)) > 3)
    combined, by_group = combine(pack.rules)
    gate = BranchGate.of(branches(pack.rules))
    rules = branch_rules(pack.rules)
    patterns = [r.pattern for r in rules]
    lines = ["".join(p) for p in zip(_strings(pack), BITS * 9, strict=False)]
    lines += [s + "。" for s in _strings(pack)] + ["某市人民政府各单位要落实责任。"]
    lines += _literal_lines(pack)
    got = [taker(pack, None, by_group, s, gate, rules, patterns) for s in lines]
    assert got == [taker(pack, combined, by_group, s) for s in lines]
    assert any(got) and None in got  # both kinds of line were tried


SMALL = [
    ("a", "^.{0,9}下载(?=.*完成)"),
    ("b", "(?i:^.{0,6}share\\b)"),
    ("c", "^[→★][ ]*\\d+"),
    ("h", "^.{0,5}载本文"),  # a string that starts inside another ('下载本文')
    ("d", "^下载本文$"),
    ("e", "^(?P<sep>[|｜]).{1,5}(?P=sep)$"),
    ("f", "^x(?i:yz)\\d"),
    ("g", "^.{0,3}$"),  # requires nothing: always tried
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["下载", "本文", "完成", "share", "SHARE", "ſhare", "→", "★",
                                 " ", "12", "|", "｜", "ab", "x", "Yz", "yZ", "3", "中"]),
                max_size=7))  # fmt: skip
def test_gate_of_small_alternations(pieces: list[str]) -> None:
    line = "".join(pieces)
    combined = re.compile("|".join(f"(?P<{n}>{s})" for n, s in SMALL))
    gate = BranchGate.of(SMALL)
    assert gate is not None
    assert _same(gate.match(line), combined.match(line))


def test_numbered_references_are_left_to_the_alternation() -> None:
    assert BranchGate.of([("a", "^(x)\\1"), ("b", "^y")]) is None
    assert BranchGate.of([("a", "^(?P<q>x)(?P=q)"), ("b", "^y")]) is not None


def test_a_line_holding_no_rules_string_tries_no_branch() -> None:
    gate = BranchGate.of(SMALL[:5])
    assert gate is not None
    assert gate.candidates("各单位要落实责任。") == set()
    assert gate.candidates("下载本文") == {0, 3, 4}


def test_fold_is_re_ignorecase() -> None:
    """Two characters fold alike exactly when ``(?i:)`` matches one by the other (the gate
    finds case-insensitive strings by scanning the folded line), on the scripts with case
    and the characters ``re`` gives extra cases to."""
    from cleaner.stages.required_strings import fold

    chars = [chr(c) for c in [*range(0x20, 0x600), 0x1E9E, 0x2126, 0x212A, 0x212B, 0xFB05]]
    pool = "".join(chars)
    for c in chars:
        by_re = {x for x in chars if re.fullmatch(f"(?i:{re.escape(c)})", x)}
        by_fold = {x for x in pool if fold(x) == fold(c)}
        assert by_re == by_fold, c


def _condition(req: object) -> object:
    """What a :class:`Required` scans for: its patterns and whether it is exact by line."""
    if req is None:
        return None
    pats = [getattr(req, k) for k in ("plain", "folded", "fold_scan", "chars")]
    return [p and (p.pattern, p.flags) for p in pats], req.one_line  # type: ignore[attr-defined]


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_gate_reads_the_alternations_required_strings(pack: object) -> None:
    """The gate's condition, from its branches' strings, is the one read from the whole
    alternation (the stage takes it from the gate instead of parsing the pack again)."""
    from cleaner.stages.required_strings import Required

    combined, _ = combine(pack.rules)  # type: ignore[attr-defined]
    gate = BranchGate.of(branches(pack.rules))  # type: ignore[attr-defined]
    assert combined is not None and gate is not None and gate.required is not None
    assert _condition(gate.required) == _condition(Required.of(combined))


@pytest.mark.parametrize(
    "alts",
    [SMALL, SMALL[:7], [("a", "^.{0,9}下载"), ("b", "(?i:^.{0,6}share)")], [("a", "^下载$")]],
)
def test_small_gates_read_the_alternations_required_strings(alts: list[tuple[str, str]]) -> None:
    from cleaner.stages.required_strings import Required

    combined = re.compile("|".join(f"(?P<{n}>{s})" for n, s in alts))
    gate = BranchGate.of(alts)
    assert gate is not None
    assert _condition(gate.required) == _condition(Required.of(combined))


def test_a_branch_is_compiled_when_a_line_may_match_it() -> None:
    gate = BranchGate.of(SMALL[:5])
    assert gate is not None and gate.solos == [None] * 5
    m = gate.match("下载本文")  # 'a' is tried (its lookahead fails), then 'h' matches
    assert m is not None and m.lastgroup == "h"
    assert [s is not None for s in gate.solos] == [True, False, False, True, False]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="上一页下载:ab", max_size=5), unique=True, max_size=30))
def test_minimal_keeps_exactly_the_strings_holding_no_other(strings: list[str]) -> None:
    """The set lookup of proper substrings keeps what the check of every pair kept, in
    the same order (the reduction behind every rule gate's page scan)."""
    from cleaner.stages.required_strings import _minimal

    strings = sorted(strings)
    want = [s for s in strings if not any(o in s for o in strings if o != s)]
    assert _minimal(strings) == want


def test_minimal_drops_holders_and_keeps_look_alikes() -> None:
    from cleaner.stages.required_strings import _minimal

    # '上一' is inside '上一篇' and '上一页'; '一上' and '上' + '一' apart hold no other
    assert _minimal(["上一", "上一篇", "上一页", "一上", "上下一"]) == ["上一", "一上", "上下一"]
    assert _minimal([]) == []
