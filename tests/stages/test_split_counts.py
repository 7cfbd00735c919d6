"""Counts the split stage's judges read from prefix sums instead of walking the page
(issue 15, speed3): each must give what the walk it replaced gave.

* :func:`split_page.filled_between`, :func:`~split_page.filled_within`,
  :class:`~split_page.LineCount` and :class:`~split_page.ProseChars` against the walks
  (``[i for i in filled if a < i < b]``, ``sum(... a <= i < b)``, ``prose_chars`` of a
  slice) on generated pages and bounds, reversed and out-of-page bounds included;
* the piece finder's page counts (:class:`split_piece_find._Bodies`) against the walk
  over each piece, on invented pages (prose, labelled body lines, records' field lines,
  titles, rows);
* the block judge gives the same verdict with the page's sums as by walking its slices;
* a long contents page (a novel's chapter rows, no prose) costs the piece finder's body
  test a few calls per line, not one per line and piece (it was quadratic);
* the tables the split stage and its neighbours read per call are read once a process,
  with the values a fresh read gives.

Every word is invented.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.stages.split_piece_find as piece_find_mod
from cleaner.rules import load_table
from cleaner.stages.split_blocks import _PROSE, _SENTENCE, _judge, _occurrences
from cleaner.stages.split_page import (
    LineCount,
    ProseChars,
    filled_between,
    filled_within,
    prose_chars,
)
from cleaner.stages.split_piece_find import _Bodies, _body, _sentences, piece_find
from cleaner.stages.split_shape_lines import ShapeMemo

#: invented lines of every kind the judges weigh: prose, labelled body lines, a
#: record's fields, titles, rows, rules, blanks, Latin
LINES = [
    "",
    "   ",
    "今年春天，村里的石板路终于修好了，老人们出门方便了许多。",
    "这条路走了十年，大家都盼着它早日修好。",
    "释义：比喻做事情不顾条件，只凭一时的热情，结果往往事倍功半。",
    "说明：本表所列数字均为初步统计，最终以正式公布的数据为准。",
    "姓名：某甲",
    "编号：Q-01",
    "石板路修缮记",
    "青川镇的新桥",
    "第3章 夜行",
    "12.第12章 山雨",
    "2021-03-09　来源：某报",
    "编次 7 · 2021-03-09",
    "┄┄┄┄┄┄",
    "短句。",
    "没有标点的十个字的一行",
    "The old lifeboat station was repainted by volunteers last week.",
    "甲回升，宜防乙",
]

pages = st.lists(st.sampled_from(LINES), min_size=0, max_size=40)


def _filled(strip: list[str]) -> list[int]:
    return [i for i, s in enumerate(strip) if s]


@settings(max_examples=300, deadline=None)
@given(pages, st.integers(-3, 45), st.integers(-3, 45))
def test_filled_slices_are_the_walks(page: list[str], a: int, b: int) -> None:
    filled = _filled([s.strip() for s in page])
    assert list(filled_between(filled, a, b)) == [i for i in filled if a < i < b]
    assert filled_within(filled, a, b) == sum(1 for i in filled if a <= i < b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.booleans(), max_size=40), st.integers(-3, 45), st.integers(-3, 45))
def test_line_count_is_the_walk(flags: list[bool], a: int, b: int) -> None:
    filled = [2 * n + (n % 3 == 0) for n in range(len(flags))]  # ascending, with gaps
    count = LineCount(filled, flags)
    walk = sum(1 for i, f in zip(filled, flags, strict=True) if a < i < b and f)
    assert count.between(a, b) == walk


@settings(max_examples=300, deadline=None)
@given(pages, st.data())
def test_prose_chars_sums_are_the_slices(page: list[str], data: st.DataObject) -> None:
    strip = [s.strip() for s in page]
    a = data.draw(st.integers(0, len(strip)))
    b = data.draw(st.integers(0, len(strip)))
    for rx in (_PROSE, _SENTENCE, None):
        assert ProseChars(strip, rx).of(a, b) == prose_chars(strip[a:b], rx)


@settings(max_examples=200, deadline=None)
@given(pages, st.data())
def test_piece_bodies_are_the_walks(page: list[str], data: st.DataObject) -> None:
    strip = [s.strip() for s in page]
    filled = _filled(strip)
    tests = ShapeMemo(None)
    bodies = _Bodies(strip, filled, tests)
    a = data.draw(st.integers(-1, len(strip)))
    b = data.draw(st.integers(-1, len(strip) + 1))
    prose = [strip[i] for i in filled if a < i < b and _body(strip[i], tests)]
    sentences = sum(_sentences(p) for p in prose)
    assert bodies.body.between(a, b) == len(prose)
    assert bodies.sentences.between(a, b) == sentences
    assert bodies.bodied(a, b) == piece_find_mod._substantial(prose)
    walk = sum(1 for i in filled if a < i < b and tests.prose(strip[i]))
    assert bodies.prose.between(a, b) == walk


def _blocks_page(n: int, *, prose: bool = True) -> list[str]:
    body = "本期介绍了相关情况，请各单位认真阅读并结合本地实际抓好落实。"
    page = ["某站汇编", ""]
    for k in range(n):
        page += [f"编次 {k + 7} · 2021-03-{k + 1:02d}", f"第{k + 1}地消息"]
        page += [body if prose else "附表", ""]
    return page


def test_block_judge_same_with_sums() -> None:
    """Every shape's verdict is the same judged by the page's sums as by the slices,
    on a compilation, a list without prose and a page with prose over its first block."""
    lead = "开头是一段很长的说明文字，讲了这一期汇编的来历，以及收录的原则和方法。"
    for page in (_blocks_page(4), _blocks_page(4, prose=False), [lead, *_blocks_page(3)]):
        strip = [s.strip() for s in page]
        filled = _filled(strip)
        titles = [i for i in filled if strip[i].startswith("第")]
        above = [(t, 1) for t in titles]
        groups = _occurrences(strip, 1, above, {})
        sums: dict[re.Pattern[str], ProseChars] = {}

        def chars(
            rx: re.Pattern[str],
            strip: list[str] = strip,
            sums: dict[re.Pattern[str], ProseChars] = sums,
        ) -> ProseChars:
            return sums.setdefault(rx, ProseChars(strip, rx))

        verdicts = []
        for occ in groups.values():
            walked = _judge(strip, filled, occ, lambda s: None)
            summed = _judge(strip, filled, occ, lambda s: None, chars=chars)
            assert walked == summed
            verdicts.append(walked)
        assert verdicts  # the pages hold a shape to judge
    assert _judge_first(_blocks_page(4)) == "split"
    assert _judge_first(_blocks_page(4, prose=False)) == "none"  # no prose: a list


def _judge_first(page: list[str]) -> str:
    strip = [s.strip() for s in page]
    filled = _filled(strip)
    titles = [i for i in filled if strip[i].startswith("第")]
    occ = next(iter(_occurrences(strip, 1, [(t, 1) for t in titles], {}).values()))
    return _judge(strip, filled, occ, lambda s: None)


def test_long_contents_page_asks_each_body_once(monkeypatch: object) -> None:
    """A novel's contents (600 chapter rows, each a title of its own, no prose) and its
    blurb: the piece finder tests each line's body a few times, not once per candidate
    piece (the judges walked the page per piece: ~600 x 1,200 tests)."""
    calls = [0]
    real = piece_find_mod._body

    def counted(s: str, tests: ShapeMemo) -> bool:
        calls[0] += 1
        return real(s, tests)

    monkeypatch.setattr(piece_find_mod, "_body", counted)  # type: ignore[attr-defined]
    names = ["夜行", "山雨", "旧桥", "归来", "石阶", "灯火"]
    page = ["某某传奇", "一个少年走出山村，一路向前，从此天地不同。"]
    for n in range(1, 601):
        page += [f"{n}.第{n}章 {names[n % 6]}{n}", ""]
    filled = [i for i, s in enumerate(page) if s.strip()]
    run = piece_find(page, None, ShapeMemo(None))
    assert run.verdict == "none"  # rows over titles without prose: no pieces
    assert 0 < calls[0] <= 5 * len(filled)


#: invented notes of a village bulletin: titles, and paragraphs of two sentences
NOTE_TITLES = ["青川镇修好进山石板路", "老河桥换上新的护栏", "村口新装二十盏路灯"]
NOTE_PROSE = [
    "今年春天，村里的石板路终于修好了，老人们出门方便了许多。施工队用了两个月，把坑洼的路段全部重新铺平。",
    "这条路走了十年，大家都盼着它早日修好，如今总算如愿。村委会表示，明年还要给路边种上一排桂花树。",
    "桥上的栏杆锈了多年，这次全部换成了新的，孩子们上学更安全了。镇里还请人在桥头立了限重的牌子。",
    "路灯装好以后，晚上散步的人多了起来，村口也热闹了。电费由村集体统一支付，不向住户另行收取。",
]
NOTE_ROWS = ["—— 编号第0415号 ——", "—— 编号第1182号 ——", "—— 编号第0907号 ——"]


def _notes(body: int = 2) -> list[str]:
    page = ["某村简报"]
    for k, row in enumerate(NOTE_ROWS):
        page += [row, NOTE_TITLES[k], *NOTE_PROSE[k : k + body], ""]
    return page


def test_piece_find_still_splits_and_refuses() -> None:
    """The counts change no verdict: notes each under a numbered row, a title over two
    paragraphs, split; the same rows over one short line each (too little body) do
    not; a judge given no counts makes its own and agrees."""
    run = piece_find(_notes(), None, ShapeMemo(None))
    assert run.verdict == "split"
    assert [k[2] for k in run.keyed] == NOTE_TITLES
    short = [s[:12] if s.startswith(tuple(p[:4] for p in NOTE_PROSE)) else s for s in _notes(1)]
    assert piece_find(short, None, ShapeMemo(None)).verdict != "split"
    strip = [s.strip() for s in _notes()]
    filled = _filled(strip)
    pos = {i: n for n, i in enumerate(filled)}
    rows = [strip.index(r) for r in NOTE_ROWS]
    tests = ShapeMemo(None)
    given_counts = piece_find_mod._judge(
        strip, filled, pos, "k", rows, tests, None, under=True, bodies=_Bodies(strip, filled, tests)
    )
    own_counts = piece_find_mod._judge(strip, filled, pos, "k", rows, tests, None, under=True)
    assert given_counts.verdict == own_counts.verdict == "split"
    assert given_counts.evidence == own_counts.evidence


def test_tables_read_once_a_process() -> None:
    """The per-call table reads made once a process give what a fresh read gives, and
    the same object each call (read once)."""
    from cleaner.ingest.html_dates import _meta_fields
    from cleaner.stages.cited_sources import _refused_labels
    from cleaner.stages.compilation_words import _closing_note
    from cleaner.stages.counted_rows import _update_words
    from cleaner.stages.credit_tail import source_words
    from cleaner.stages.foot_blocks import _owner
    from cleaner.stages.site_rows import _headers
    from cleaner.stages.split_broken_title import _credit_ends, _credit_words
    from cleaner.stages.split_meta_lines import _name_stops
    from cleaner.stages.title_wrap import _limits

    headers = load_table("headers")
    assert _meta_fields() == headers["meta_fields"]
    assert _headers() == headers
    cited = load_table("source_rows")["cited_document"]
    assert _refused_labels() == (*cited["refused_labels"], *cited["other_document_labels"])
    assert _closing_note() == load_table("compilations")["closing_note"]
    words = load_table("counted_rows")["date_label"]["update"]
    assert _update_words() == tuple(w.lower() for w in words)
    assert _owner().pattern == load_table("foot_blocks")["owner"]["pattern"]
    assert _credit_words() == tuple(headers["meta"]["original_title_credits"])
    assert _credit_ends() == tuple(headers["meta"]["original_title_credit_ends"])
    cell = headers["source_cell"]
    assert _name_stops() == {*cell["role_words"], *cell["name_stops"]}
    wrap = load_table("title_shape")["wrap"]
    assert _limits() == (int(wrap["han_min"]), int(wrap["latin_min"]))
    reads = [_meta_fields, _headers, _refused_labels, _closing_note, _update_words, _owner]
    reads += [_credit_words, _credit_ends, _name_stops, _limits, source_words]
    for read in reads:
        assert read() is read()
