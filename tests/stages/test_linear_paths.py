"""The paths made linear (benchmarks/linear_paths.py) give the answers of the plain
scans they replace, on generated inputs: each is checked against that scan, kept here as
the reference (slow, obviously right).  Every word is invented."""

from __future__ import annotations

import random

import pytest
from bs4 import BeautifulSoup

from cleaner.edits import Edit
from cleaner.ingest.html_pull_quote import _runs, pull_quote
from cleaner.stages.cut_chrome import lines_over_bars, lines_under_cuts
from cleaner.stages.line_model import RunCounter
from cleaner.stages.line_subject import SubjectIndex, own_sentence
from cleaner.stages.split_dated_cells import page_shapes, row_labels
from cleaner.stages.split_tail import own_template_row
from cleaner.stages.split_tiling import _edited, _Spans

SEEDS = range(40)
_HAN = "山河湖海松竹梅兰春夏秋冬社会学集市老街故事朋友村落变迁"


def _sentence(rng: random.Random) -> str:
    words = "".join(rng.choice(_HAN) for _ in range(rng.randint(6, 14)))
    return rng.choice(("推荐给喜欢", "强烈推荐", "更多", "这本书讲")) + words + rng.choice("。！，")


@pytest.mark.parametrize("seed", SEEDS)
def test_subject_index_answers_as_own_sentence(seed: int) -> None:
    rng = random.Random(seed)
    lines = [_sentence(rng) for _ in range(40)]
    lines += rng.sample(lines, 5)  # the same sentence twice
    prose = {j for j in range(len(lines)) if rng.random() < 0.6}
    index = SubjectIndex((j, lines[j]) for j in sorted(prose))
    for k, s in enumerate(lines):
        others = (lines[j] for j in sorted(prose) if j != k)
        assert index.own(s, k) == own_sentence(s, others), (k, s)


@pytest.mark.parametrize("seed", SEEDS)
def test_run_counter_counts_as_a_walk(seed: int) -> None:
    rng = random.Random(seed)
    flags = [rng.random() < 0.7 for _ in range(60)]
    counter = RunCounter(lambda j: flags[j], len(flags))
    for j in rng.sample(range(-1, 61), 62):
        for step in (-1, 1):
            walk, i = 0, j
            while 0 <= i < len(flags) and flags[i]:
                walk, i = walk + 1, i + step
            assert counter.run(j, step) == walk, (j, step)


def _rows(rng: random.Random) -> list[str]:
    labels = ("实施单位", "现场监督", "日期", "承办科室")
    lines = []
    for _ in range(30):
        if rng.random() < 0.5:
            a, b = rng.sample(labels, 2)
            lines.append(f"{a}：某{rng.choice('东西南北')}站　　{b}：某处")
        else:
            lines.append(_sentence(rng))
    return lines


@pytest.mark.parametrize("seed", SEEDS)
def test_page_shapes_answer_as_a_scan(seed: int) -> None:
    lines = _rows(random.Random(seed))
    shapes = page_shapes(lines)
    for i, x in enumerate(lines):
        shape = row_labels(x)
        assert shapes.labels[i] == shape
        if shape is None:
            assert not own_template_row(lines, i)
            continue
        assert shapes.count[shape] == sum(row_labels(y) == shape for y in lines)
        row = x.strip()
        scan = any(
            k != i and row_labels(y) == shape and y.strip() != row for k, y in enumerate(lines)
        )
        assert own_template_row(lines, i) == scan
    lines[0] = lines[1] = "日期：某日　　承办科室：某科"  # the list changed: read anew
    assert page_shapes(lines).count[("日期", "承办科室")] >= 2


def _spans(rng: random.Random) -> list[tuple[int, int]]:
    out = []
    for _ in range(rng.randint(0, 8)):
        a = rng.randint(0, 80)
        out.append((a, a + rng.randint(0, 20)))
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_answer_as_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    spans = _spans(rng)
    index = _Spans(spans)
    for x in range(-1, 105):
        assert index.around(x) == any(a < x < b for a, b in spans)
        for end in (x, x + 3):
            assert index.holds(x, end) == any(a <= x and end <= b for a, b in spans)


@pytest.mark.parametrize("seed", SEEDS)
def test_edited_piece_as_edits_applied_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(_HAN) for _ in range(60))
    a, b = 5, 55
    inner = []
    for _ in range(rng.randint(0, 6)):
        s = rng.randint(a - 2, b - 1)  # (an edit may reach out of the piece)
        e = s + rng.randint(0, 5)
        inner.append(Edit(s, e, rng.choice(("", "X", "YZ")), "r", "replace"))
    piece = text[a:b]
    for ed in sorted(inner, key=lambda x: x.start, reverse=True):
        piece = piece[: ed.start - a] + ed.after + piece[ed.end - a :]
    assert _edited(text, a, b, inner) == piece


def _under_scan(visible: str, drops: list[tuple[int, int, str]]) -> frozenset[str]:
    from cleaner.stages.cut_chrome import CHROME_CUTS

    spans = sorted((s, e, r) for s, e, r in drops if e > s)
    out = set()
    for s, e, rule in spans:
        if rule not in CHROME_CUTS or visible[visible.rfind("\n", 0, s) + 1 : s].strip():
            continue
        p = e
        while p < len(visible) and visible[p].isspace():
            p += 1
        if p >= len(visible) or any(a <= p < b for a, b, _ in spans):
            continue
        if visible.rfind("\n", 0, p) + 1 < e:
            continue
        end = visible.find("\n", p)
        if line := visible[p : end if end >= 0 else len(visible)].strip():
            out.add(line)
    return frozenset(out)


def _over_scan(visible: str, drops: list[tuple[int, int, str]]) -> frozenset[str]:
    spans = sorted((s, e, r) for s, e, r in drops if e > s)
    out = set()
    for s, _, rule in spans:
        if rule != "extract.controls" or visible[visible.rfind("\n", 0, s) + 1 : s].strip():
            continue
        p = s
        while p > 0 and visible[p - 1].isspace():
            p -= 1
        if p == 0 or any(a < p <= b for a, b, _ in spans):
            continue
        if line := visible[visible.rfind("\n", 0, p) + 1 : p].strip():
            out.add(line)
    return frozenset(out)


@pytest.mark.parametrize("seed", SEEDS)
def test_cut_lines_answer_as_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    lines = [
        rng.choice(("正文第一段。", "【打印】", "", "投诉电话：1234", "版权所有"))
        for _ in range(30)
    ]
    text = "\n".join(lines)
    drops, pos = [], 0
    for ln in lines:
        if ln and rng.random() < 0.4:
            end = pos + len(ln) + rng.choice((0, 1))
            drops.append((pos, end, rng.choice(("extract.controls", "extract.link_list", "x"))))
        pos += len(ln) + 1
    assert lines_under_cuts(text, drops) == _under_scan(text, drops)
    assert lines_over_bars(text, drops) == _over_scan(text, drops)


def _quote_scan(node) -> bool:  # type: ignore[no-untyped-def]
    """pull_quote's last test as the plain scan of the parent's paragraphs."""
    text = " ".join(node.get_text(" ").split())
    runs = _runs(text)
    seen: set[tuple[str, ...]] = set()
    for p in node.parent.find_all("p"):
        if not any(up is node for up in p.parents):
            seen |= _runs(p.get_text(" "))
    return len(runs & seen) < 0.5 * len(runs)


@pytest.mark.parametrize("seed", SEEDS)
def test_pull_quotes_answer_as_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    words = "market winter village story doctor bedding test result week river".split()

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(6, 10))).capitalize() + "."

    paras = [sentence() for _ in range(12)]
    parts = []
    for p in paras:
        parts.append(f"<p>{p}</p>")
        if rng.random() < 0.5:
            inner = rng.choice(paras) if rng.random() < 0.5 else sentence()
            wrap = "<p>{}</p>" if rng.random() < 0.3 else "<span>{}</span>"
            parts.append("<aside>" + wrap.format(f"“{inner}”") + "</aside>")
    soup = BeautifulSoup("<div>" + "".join(parts) + "</div>", "lxml")
    asked = 0
    for aside in soup.find_all("aside"):
        prev, nxt = aside.find_previous_sibling(), aside.find_next_sibling()
        if prev is not None and nxt is not None and prev.name == nxt.name == "p":
            # (between two paragraphs, a sentence of plain words: the copy test decides)
            assert pull_quote(aside) == _quote_scan(aside)
            asked += 1
    assert asked or not soup.find_all("aside")
