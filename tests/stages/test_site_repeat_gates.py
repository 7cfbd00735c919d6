"""The site-repeat pass's readers skip the work that cannot change their answer (issue 15):

* :func:`~cleaner.stages.strip_rows.strip_rows` keys the page's lines by their cell
  skeleton only when a learned SHAPE has one, and groups only those skeletons;
* :func:`~cleaner.stages.finder_rows.finder_rows` counts only the row shapes of the
  learned lines, and cell-keys the page only when a learned line has a cell skeleton;
* :func:`~cleaner.stages.verse_keeps.verse_lines` measures only the glued blocks that
  hold a learned line no cue marks and no rule claimed.

Each is checked against the reader as it was written before (kept here as the reference)
on invented pages and on pages drawn at random from invented lines, and the skipped work
is asserted skipped.  Every word is invented.
"""

from __future__ import annotations

import itertools
import random
import statistics
from collections.abc import Collection, Mapping, Sequence

import pytest

from cleaner.stages import finder_rows as finder_mod
from cleaner.stages import strip_rows as strip_mod
from cleaner.stages import verse_keeps
from cleaner.stages.finder_rows import finder_rows
from cleaner.stages.keep import keep_table
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_piece_find import (
    STRIP_MAX,
    cell_key,
    opens_piece,
    piece_find,
    row_key,
)
from cleaner.stages.split_shape_lines import ShapeMemo
from cleaner.stages.strip_rows import MIN_BODY, strip_rows
from cleaner.stages.verse import VerseShape
from cleaner.stages.verse_keeps import LEARNED_SHARE, _runs, _short, _verse_run, verse_lines

# ---- the readers as they were (references) ---------------------------------------


def ref_strip_rows(stripped: Sequence[str], hits: Mapping[int, LearnedLine]) -> set[int]:
    if not hits:
        return set()
    filled = [i for i, s in enumerate(stripped) if s]
    tests = ShapeMemo(None)
    groups: dict[str, list[int]] = {}
    for n, i in enumerate(filled):
        if (key := cell_key(stripped[i])) is not None:
            groups.setdefault(key, []).append(n)
    out: set[int] = set()
    for ns in groups.values():
        rows = [filled[n] for n in ns]
        if len(ns) < 2 or all(i in hits for i in rows) or not any(i in hits for i in rows):
            continue
        if any(b - a - 1 < MIN_BODY for a, b in itertools.pairwise(ns)):
            continue
        if not all(opens_piece(stripped, filled, n, tests) for n in ns):
            continue
        out |= {i for i in rows if i in hits and hits[i].kind == "shape"}
    return out


def ref_finder_rows(stripped: Sequence[str], hit_lines: Collection[int]) -> set[int]:
    def keys(s: str) -> tuple[str, ...]:
        return (row_key(s), cell_key(s) or "")

    strip = [s.strip() for s in stripped]
    shared: dict[str, int] = {}
    for s in strip:
        if s and len(s) <= STRIP_MAX:
            for k in keys(s):
                if k:
                    shared[k] = shared.get(k, 0) + 1

    def recurs(s: str) -> bool:
        return bool(s) and len(s) <= STRIP_MAX and any(k and shared[k] >= 2 for k in keys(s))

    if not any(recurs(strip[i]) for i in hit_lines):
        return set()
    split = keep_table().split
    read = split.meta.shaped_row

    def row(s: str) -> dict[str, str] | None:
        return read(s, near_title=True)

    run = piece_find(strip, row, ShapeMemo(row, split.t.title_endings))
    if run.verdict != "split" or run.evidence.get("title_place") != "under":
        return set()
    out = {i for s, t, _, _ in run.keyed for i in (s, t)}
    if not out & set(hit_lines):
        return set()
    hits = set(hit_lines)
    left = ["" if i in hits else s for i, s in enumerate(strip)]
    without = piece_find(left, row, ShapeMemo(row, split.t.title_endings))
    if without.verdict == "split" and len(without.keyed) >= len(run.keyed):
        return set()
    return out


def ref_runs(stripped: Sequence[str], shape: VerseShape) -> list[range]:
    out: list[range] = []
    k = 0
    while k < len(stripped):
        if not _short(stripped[k], shape):
            k += 1
            continue
        end = k
        while end < len(stripped) and _short(stripped[end], shape):
            end += 1
        mid = statistics.median(len(stripped[i]) for i in range(k, end))
        start = None
        for i in range(k, end + 1):
            like = (
                i < end
                and mid <= len(stripped[i]) * shape.spread
                and len(stripped[i]) <= mid * shape.spread
            )
            if like and start is None:
                start = i
            elif not like and start is not None:
                out.append(range(start, i))
                start = None
        k = end
    return out


def ref_verse_lines(
    stripped: Sequence[str],
    hits: Mapping[int, object],
    claimed: Collection[int],
    cued: Collection[int],
    shape: VerseShape,
) -> set[int]:
    out: set[int] = set()
    for run in ref_runs(stripped, shape):
        learned = [i for i in run if i in hits or i in claimed]
        if (
            learned
            and len(learned) <= LEARNED_SHARE * len(run)
            and _verse_run([stripped[i] for i in run], shape)
        ):
            out |= {i for i in learned if i in hits and i not in cued and i not in claimed}
    return out


# ---- invented pages --------------------------------------------------------------

SHAPE = LearnedLine("【W】…", "shape", "line", 5, 62.5, ())
LINE = LearnedLine("某站首页", "line", "line", 5, 62.5, ())
BODY = ["某类到货增加", "今日到货增加，价格有所回落，全天成交平稳。"]
STRIPS = [
    "【甲类】　量 11 吨　·　价 6.5 元",
    *BODY,
    "【乙类】　量 9 吨　·　价 5.8 元",
    *BODY,
    "【丙类】　量 7 吨　·　价 4.1 元",
    *BODY,
]
#: the same strips in another site's wording: numbered cells parted by heavy bars
BARS = [
    "№01 ┃ 田径 ┃ 男子100米 ┃ 4月16日 总决赛 ┃ 县体育场",
    "男子百米决赛落幕",
    "本届比赛共有十二名选手参加，最终由某某队选手夺得冠军。",
    "№02 ┃ 乒乓球 ┃ 女子组 ┃ 10月8日 决赛 ┃ 县全民健身中心",
    "女子乒乓球决赛结束",
    "决赛打满五局，双方比分交替上升，观众反响热烈。",
]
#: a look-alike: a table's rows, glued one under the other (no strip over each piece)
TABLE = [
    "品名　　产地　　价格",
    "白菜　　本地　　1.2",
    "萝卜　　本地　　0.9",
    "土豆　　外地　　1.6",
]
#: the finder's clock rows over titles (finder_rows' own example, another site's words)
CLOCK_BODY = [
    "范围：某支线沿线零散用户，涉及公用变压器六台，请相关用户留意。",
    "内容：更换老化导线，工作结束后供电可靠性将进一步提高。",
    "提示：请提前做好生产生活安排，给您带来的不便敬请谅解。",
]
CLOCK = [
    "某网　停电信息",
    "",
    "◷ 07-11 06:30 至 07-11 12:00　｜　计划检修",
    "甲线支线计划停电",
    *CLOCK_BODY,
    "",
    "◷ 07-12 08:00 至 07-12 12:00　｜　配合施工",
    "乙线分段计划停电",
    *CLOCK_BODY,
    "",
    "◷ 07-13 07:30 至 07-13 17:00　｜　计划检修",
    "丙线支线计划停电",
    *CLOCK_BODY,
    "",
    "版权所有　某公司",
]
VERSE_SHAPE = VerseShape(24, 4, 2.0, 0.3, 0.34)
SONG = [
    "某歌",
    "",
    "河水慢慢流过桥",
    "桥下的人在等谁",
    "风吹过了山坡",
    "河水慢慢流过桥",
    "灯还亮着",
    "我还在唱",
    "这是一段很长的创作手记，讲的是这首歌写成的经过。",
    "",
    "山那边有座小城",
    "城里住着故人",
    "故人早已远行",
    "小城依旧安静",
]


@pytest.mark.parametrize(
    ("page", "hits", "want"),
    [
        (STRIPS, {0: SHAPE}, {0}),  # one strip the site's shape, its siblings the page's
        (STRIPS, {0: SHAPE, 3: SHAPE, 6: SHAPE}, set()),  # every strip the site's
        (STRIPS, {0: LINE}, set()),  # a line learned word for word: no shape to give back
        (BARS, {3: SHAPE}, {3}),  # bars and numbered cells: another wording
        (BARS, {1: SHAPE}, set()),  # a title learned as a shape: no cell skeleton
        (TABLE, {1: SHAPE}, set()),  # glued rows of a table: look-alike
        (STRIPS + TABLE, {0: SHAPE, 10: SHAPE}, {0}),  # a table under the strips
    ],
)
def test_strip_rows_as_before(
    page: list[str], hits: dict[int, LearnedLine], want: set[int]
) -> None:
    assert strip_rows(page, hits) == want == ref_strip_rows(page, hits)


def test_strip_rows_keys_no_line_without_a_learned_skeleton(monkeypatch) -> None:
    seen: list[str] = []

    def counting(s: str) -> str | None:
        seen.append(s)
        return cell_key(s)

    monkeypatch.setattr(strip_mod, "cell_key", counting)
    assert strip_rows(STRIPS, {0: LINE, 1: SHAPE}) == set()
    assert seen == [STRIPS[1]]  # the learned shape's own line only: it has no skeleton
    seen.clear()
    assert strip_rows(STRIPS, {0: SHAPE}) == {0}
    assert len(seen) > len(STRIPS) - 1  # a skeleton learned: the page is keyed


@pytest.mark.parametrize(
    ("page", "hit_lines"),
    [
        (CLOCK, {14}),  # a clock row of the run learned
        (CLOCK, {20}),  # the footer: no row of the run
        (CLOCK, {2, 8, 14}),  # every row learned
        (CLOCK, {0, 3}),  # the site's head and a title
        (BARS, {3}),  # a strip of cells learned: its skeleton shared
        (STRIPS, {0, 1}),
        (TABLE, {1}),
        (["只有一行正文，写得很长很长。"], {0}),
    ],
)
def test_finder_rows_as_before(page: list[str], hit_lines: set[int]) -> None:
    assert finder_rows(page, hit_lines) == ref_finder_rows(page, hit_lines)


def test_finder_rows_cell_keys_only_for_a_learned_skeleton(monkeypatch) -> None:
    seen: list[str] = []

    def counting(s: str) -> str | None:
        seen.append(s)
        return cell_key(s)

    monkeypatch.setattr(finder_mod, "cell_key", counting)
    assert sorted(finder_rows(CLOCK, {14})) == [2, 3, 8, 9, 14, 15]
    assert [s for s in seen if s != CLOCK[14]] == []  # the clock row keys no cells
    seen.clear()
    finder_rows(BARS, {3})
    assert set(seen) >= {BARS[0], BARS[3]}  # a strip learned: its siblings keyed


@pytest.mark.parametrize(
    ("hits", "claimed", "cued"),
    [
        ({2: 0, 5: 0}, set(), set()),  # repeated lines of the song: the verse's
        ({2: 0, 5: 0}, set(), {5}),  # a cued one stays learned
        ({2: 0}, {2}, set()),  # claimed by a rule: nothing to give back
        ({11: 0}, set(), set()),  # the second stanza
        ({0: 0, 8: 0}, set(), set()),  # the title and the note: no verse run holds them
        ({}, set(), set()),
    ],
)
def test_verse_lines_as_before(hits: dict[int, int], claimed: set[int], cued: set[int]) -> None:
    got = verse_lines(SONG, hits, claimed, cued, VERSE_SHAPE)
    assert got == ref_verse_lines(SONG, hits, claimed, cued, VERSE_SHAPE)


def test_verse_runs_read_only_the_wanted_blocks(monkeypatch) -> None:
    assert _runs(SONG, VERSE_SHAPE) == ref_runs(SONG, VERSE_SHAPE)
    want = [r for r in ref_runs(SONG, VERSE_SHAPE) if 11 in r]
    assert want and _runs(SONG, VERSE_SHAPE, {11}) == want
    read: list[str] = []

    def counting(s: str, shape: VerseShape) -> bool:
        read.append(s)
        return _short(s, shape)

    monkeypatch.setattr(verse_keeps, "_short", counting)
    _runs(SONG, VERSE_SHAPE, {11})
    assert not {SONG[2], SONG[3]} & set(read)  # the first stanza is not read
    read.clear()
    assert verse_lines(SONG, {0: 0}, set(), {0}, VERSE_SHAPE) == set()
    assert read == []  # only a cued line learned: the page is not read


# ---- pages drawn at random from invented lines -----------------------------------

POOL = [
    *STRIPS,
    *BARS,
    *TABLE,
    *CLOCK,
    *SONG,
    "",
    "",
    "【丁类】　量 3 吨　·　价 2.2 元",
    "№03 ┃ 游泳 ┃ 混合接力 ┃ 5月2日 预赛 ┃ 县游泳馆",
    "◷ 07-14 09:00 至 07-14 11:00　｜　临时检修",
    "第一篇：某某工作总结",
    "发布时间：2021-03-05　来源：某某办",
    "相关文章推荐",
    "首页 | 新闻 | 关于我们",
]


@pytest.mark.parametrize("seed", range(6))
def test_random_pages_as_before(seed: int) -> None:
    rng = random.Random(seed)
    kinds = [SHAPE, LINE]
    for _ in range(60):
        page = [rng.choice(POOL) for _ in range(rng.randint(1, 30))]
        idx = [i for i, s in enumerate(page) if s]
        chosen = rng.sample(idx, k=min(len(idx), rng.randint(0, 5)))
        hits = {i: rng.choice(kinds) for i in chosen}
        assert strip_rows(page, hits) == ref_strip_rows(page, hits), page
        assert finder_rows(page, set(hits)) == ref_finder_rows(page, set(hits)), page
        claimed = set(rng.sample(idx, k=min(len(idx), rng.randint(0, 2))))
        cued = {i for i in hits if rng.random() < 0.3}
        vs = VerseShape(rng.choice([12, 24]), rng.choice([2, 4]), 2.0, 0.3, 0.34)
        assert verse_lines(page, hits, claimed, cued, vs) == ref_verse_lines(
            page, hits, claimed, cued, vs
        ), page
        assert _runs(page, vs) == ref_runs(page, vs)


# ---- piece_info_rows reads a claimed row only where a title stands over it ------------

TEXT = "这是一段足够长的正文，写的是某地某天发生的一件小事情。"
COMPILATION = [
    "某刊选读",
    "第一篇",
    "作者：甲　日期：2021-03-09",
    TEXT,
    "第二篇",
    "作者：乙　日期：2021-03-10",
    TEXT,
    "首页 | 新闻 | 关于我们",
    "版权所有　某公司",
]


def test_piece_info_rows_reads_rows_only_under_a_title() -> None:
    from cleaner.stages.piece_info_rows import labelled_date_cells, piece_info_rows

    read: list[str] = []

    def dated(s: str) -> bool:
        read.append(s)
        return labelled_date_cells(s)

    assert piece_info_rows(COMPILATION, {2, 5, 7, 8}, dated) == [2, 5]
    assert sorted(read) == sorted([COMPILATION[2], COMPILATION[5]])  # the footer: unread
    read.clear()
    # the rows glued to a claimed line (a claimed title over each): not pieces' rows
    assert piece_info_rows(COMPILATION, {1, 2, 4, 5}, dated) == []
    assert read == []


@pytest.mark.parametrize("seed", range(3))
def test_piece_info_rows_and_sign_offs_as_before(seed: int) -> None:
    from cleaner.stages.piece_info_rows import _title, labelled_date_cells, labels, piece_info_rows
    from cleaner.stages.signed_text import _next, signed_sign_offs
    from cleaner.stages.split_rows import sign_off

    def ref_info(stripped: list[str], claimed: Collection[int]) -> list[int]:
        found: dict[tuple[str, ...], list[int]] = {}
        for i in claimed:
            s = stripped[i]
            if not s or not labelled_date_cells(s) or i == 0 or i + 1 >= len(stripped):
                continue
            above, below = stripped[i - 1], stripped[i + 1]
            if i - 1 in claimed or i + 1 in claimed or not _title(above) or not below:
                continue
            found.setdefault(labels(s), []).append(i)
        out: list[int] = []
        for key, rows in found.items():
            if not key or len(rows) < 2:
                continue
            rows.sort()
            ends = [*rows[1:], len(stripped)]
            if all(
                any(len(stripped[k]) >= 20 for k in range(a + 1, b) if k not in claimed)
                for a, b in zip(rows, ends, strict=True)
            ):
                out += rows
        return sorted(out)

    def ref_signers(stripped: list[str], free) -> list[int]:
        out = []
        for i, s in enumerate(stripped):
            k = _next(stripped, i) if s else -1
            if k == -1 or not free(i) or not free(k):
                continue
            got = sign_off([s, stripped[k]])
            if "issuer" in got and "published" in got:
                out.append(i)
        return out

    pool = [*COMPILATION, "", "某某市某某局", "2031年4月2日", "特此通知。", "第三篇"]
    rng = random.Random(seed)
    for _ in range(80):
        page = [rng.choice(pool) for _ in range(rng.randint(1, 24))]
        claimed = {i for i in range(len(page)) if rng.random() < 0.4}
        assert piece_info_rows(page, claimed, labelled_date_cells) == ref_info(page, claimed)
        taken = {i for i in range(len(page)) if rng.random() < 0.3}

        def free(k: int, taken: set[int] = taken) -> bool:
            return k not in taken

        assert signed_sign_offs(page, free) == ref_signers(page, free)
