"""A compilation whose pieces each open with a header BLOCK of a shape no other split
form knows: the general form of :mod:`split_above` (a row over each title) and
:mod:`split_masthead` (a masthead over each title), tried after every known form.

Read line by line, such a page is one document: its pieces' titles are bare lines and
its headers rows of any wording.  What declares the pieces is REPETITION: one to four
consecutive short lines whose *shapes* (:func:`line_shape`: digits one mark, each run of
words one token, punctuation kept) come again in the same order at several places down
the page, each time right over a title-like line and a body of prose.  The words of the
block that every occurrence repeats exactly are its labels (``来源``, ``Source``); the
rest are values, which must change (a date, a serial, a number running 1, 2, 3 …) as a
header's do, where a boilerplate line repeats its words exactly; and the block must
be a header's, not a heading's: a label repeated in every occurrence, a date, a rule
line or a row the metadata reader reads (``1 总则`` over ``1.1 目的`` is a plan's
sections).

The evidence must transfer to the next site (:func:`block_run`): three occurrences, or
two with a cue the stage already reads (a contents block in the page's head listing the
titles, a count of pieces its head states: :func:`split_clock.stated_counts`, a
number running on by one in a block with a row the metadata reader reads, or, on an
HTML page, titles that are all the page's own headings under dated blocks).  A run
whose every "title" is a dated row over a title-like line (the block's last row, of a
shape one piece breaks: a venue ``Pitch 2``) takes the row into the block and the line
under it as the title.  Every
piece holds prose; no prose stands above the first block (there the page is one
article whose inner blocks are its sections or a table); the titles all differ.  Short
items with no prose between (a product list, a FAQ's questions), a comment thread's
dated rows with no title line, numbered sections under an article's opening
paragraph, and blocks that change in one value only (a bare counter, ``Part 2``: an
article's sections, judged by the numbered header forms of :mod:`split_headers`; a
bare date: a timeline's days) do not split.  Two occurrences with no cue keep the
page whole, flagged.

A card row of labelled cells (``性质：某类　｜　规模：50人``: :func:`split_cell_card.cell_card`)
is never a title: its shape in a block is its labels (the values change in any form), a
card straight under a title joins the title's block, and two occurrences whose blocks
run a number on and carry cards of one set of labels are a compilation.  A late record's
row that goes on with the running number under the same label, though the rest of it
reads otherwise, is the next piece (:func:`_run_on`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from cleaner.stages.posting_rows import posting_row
from cleaner.stages.split_cell_card import cell_card, label_row
from cleaner.stages.split_clock import HEADER_IS_TEXT, stated_counts
from cleaner.stages.split_contents import contents_block
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_doc_head import field_head
from cleaner.stages.split_facts import sentence_ends
from cleaner.stages.split_lead import counts_pieces
from cleaner.stages.split_masthead import masthead_fields, rule_line
from cleaner.stages.split_page import MIN_BODY_CHARS, ProseChars, nonempty, prose_chars, stripped

__all__ = ["BlockRun", "block_run", "line_shape"]

Reader = Callable[[str], dict[str, str] | None]

#: a block holds at most this many lines (rule lines included)
BLOCK_MAX_LINES = 4
#: a header line is at most this long
LINE_MAX_CHARS = 120
#: a title line is at most this long
TITLE_MAX_CHARS = 100
#: a Han title longer than this holds no comma (a longer line with one is prose)
TITLE_COMMA_CHARS = 25
#: occurrences that declare a compilation by themselves
MIN_REPEATS = 3
#: a number running on by one below this is a counter (a year running on is none)
RUNNING_MAX = 1000

_TOKEN = re.compile(r"\d+|[\u4e00-\u9fffA-Za-z]+(?:[ \u3000]+[\u4e00-\u9fffA-Za-z]+)*|\s+|.")
_DATE = (
    r"\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}日?)?"
    r"|\d{1,2}月\d{1,2}日|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
)
_CELL = re.compile(rf"{_DATE}|{_TOKEN.pattern}")
_DATE_RX = re.compile(_DATE)
# a section's own number before its heading ('1.2 目的', '3.1.4 Scope')
_SECTION_NO = re.compile(r"^\d+(?:\.\d+)+\s*\D")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# a sentence inside or at the end of a line (a header row or a title holds none)
# (a full stop after a lower-case word: an initial's or an abbreviation's dot is none)
_SENTENCE = re.compile(r"[。！？；!?;]|[a-z]{2}\.(?:\s|$)")
# prose: a line with a sentence's or a clause's mark
_PROSE = re.compile(r"[。！？；，!?;,]|\.(?:\s|$)")


_RULE_SHAPE = ("RULE",)
#: one labelled cell: a label of words (no figure), its colon, the value
_FIGURE_CELL = re.compile(r"^(?P<label>[^\W\d_][^\d：:]{0,9})\s*[：:]\s*(?P<value>\S.{0,40})$")


def line_shape(line: str) -> tuple[str, ...]:
    """A line's skeleton: each digit run ``#``, each run of words (Han or Latin, spaced
    or not) ``W``, a blank run one space, every other character itself; a rule line is
    ``("RULE",)``.

    >>> "".join(line_shape("第12期　2021-03-09")), "".join(line_shape("Source: Daily Post"))
    ('W#W #-#-#', 'W: W')
    """
    s = line.strip()
    if rule_line(s):
        return _RULE_SHAPE
    out = []
    for tok in _TOKEN.findall(s):
        if tok[0].isdecimal():
            out.append("#")
        elif _WORD.match(tok):
            out.append("W")
        elif tok.isspace():
            out.append(" ")
        else:
            out.append(tok)
    return tuple(out)


def _card_tokens(line: str) -> list[str] | None:
    """A card row's tokens (:func:`split_cell_card.cell_card`: ``label：value`` cells
    parted by bars): each label and each value one token, whatever the value writes
    (``50-99人`` and ``5000人以上`` are one value each); None for any other line."""
    card = cell_card(line)
    return None if card is None else [t for kv in card.items() for t in kv]


def _block_shape(line: str) -> tuple[str, ...]:
    """:func:`line_shape`, but a card row's shape is its labels: its values change
    from piece to piece in any form, its labels are the block's words."""
    card = cell_card(line)
    return ("CARD", *card) if card is not None else line_shape(line)


def _lone_token(shape: tuple[str, ...]) -> bool:
    """Is ``shape`` (:func:`_block_shape` of one line) a rule line's, or one token's:
    a line whose :func:`_tokens` and :func:`_cells` are one (a bare word, a figure, a
    mark; a card row has two tokens a cell)?

    >>> _lone_token(_block_shape("某某栏目")), _lone_token(_block_shape("———————"))
    (True, True)
    >>> _lone_token(_block_shape("第12期")), _lone_token(_block_shape("来源：甲报"))
    (False, False)
    """
    if shape == _RULE_SHAPE:
        return True
    return shape[:1] != ("CARD",) and sum(x != " " for x in shape) == 1


def _tokens(line: str) -> list[str]:
    card = _card_tokens(line)
    return (
        card if card is not None else [t for t in _TOKEN.findall(line.strip()) if not t.isspace()]
    )


def _cells(line: str) -> list[str]:
    """The line's tokens with each date one token."""
    card = _card_tokens(line)
    return card if card is not None else [t for t in _CELL.findall(line.strip()) if not t.isspace()]


@dataclass
class BlockRun:
    """What :func:`block_run` found: the title lines (page order), each title's block
    lines, and whether the run was declared (``split``) or only seen (``unsure``)."""

    titles: list[int] = field(default_factory=list)
    blocks: dict[int, list[int]] = field(default_factory=dict)
    verdict: str = "none"  # "split", "unsure" or "none"


def _title_like(s: str, read: Reader) -> bool:
    if not 2 <= len(s) <= TITLE_MAX_CHARS or _SENTENCE.search(s) or rule_line(s):
        return False
    if s.endswith(("：", ":", "，", ",")) or read(s):
        return False
    if posting_row(s):
        return False  # a post's posting row ('发布：某某（某中心）｜浏览 30 次'): no title
    if cell_card(s) is not None or label_row(s):
        return False  # a card of labelled cells ('性质：某类　｜　规模：50人'): a row, no title
    if _SECTION_NO.match(s) or (len(s) > TITLE_COMMA_CHARS and "，" in s):
        return False  # a subsection's heading, or a clause of prose
    digits = sum(map(str.isdecimal, s))
    if digits > 4 and digits * 2 >= len(s):
        return False  # a row of numbers (a date and a serial): the block's, no title
    if figure_cell(s):
        return False  # a label over its figures ('面积：120.5平方米'): a piece's row
    return bool(_HAN.search(s)) or len(_LATIN_WORD.findall(s)) >= 2


def _cell_label(s: str) -> str:
    """The label of a line that is one labelled cell (``位置：东区``), or ''."""
    m = _FIGURE_CELL.match(s)
    return m["label"].strip() if m else ""


def figure_cell(s: str) -> bool:
    """Is ``s`` one labelled cell whose value is figures: a short label, its colon, and
    a value at least half digits (``面积：120.5平方米``, ``本期号码：03 11 25``, ``Score: 3-1``)?
    A row of a piece's fields, never its title; a title after a colon says something in
    words (``专访某某：我的十年``, ``某地：2023年工作回顾``).

    >>> figure_cell("出让面积：21200.5平方米"), figure_cell("本期号码：03 04 14 15 19")
    (True, True)
    >>> figure_cell("专访某某：我的十年"), figure_cell("某县：2023年工作回顾")
    (False, False)
    >>> figure_cell("2023年：全年完成120项")  # no label: the year opens a sentence's title
    False
    """
    m = _FIGURE_CELL.match(s)
    if m is None:
        return False
    value = m["value"]
    digits = sum(map(str.isdecimal, value))
    return digits >= 2 and digits * 2 >= len(value.replace(" ", ""))


def _values_change(blocks: list[list[str]]) -> tuple[bool, bool, bool, int, bool]:
    """(a number runs on by one, the numbers differ every time, a label repeats and a
    word value changes, how many values change, a word repeats in every block) across
    the blocks' lines (one shape: one token layout)."""
    toks = [list(itertools.chain.from_iterable(_tokens(s) for s in b)) for b in blocks]
    if len({len(t) for t in toks}) != 1:
        return False, False, False, 0, False
    # a date is one value, however many numbers it writes
    cells = [list(itertools.chain.from_iterable(_cells(s) for s in b)) for b in blocks]
    if len({len(c) for c in cells}) == 1:
        values = sum(1 for col in zip(*cells, strict=True) if len(set(col)) > 1)
    else:
        values = sum(1 for col in zip(*toks, strict=True) if len(set(col)) > 1)
    digits = [[t for t in ts if t.isdecimal()] for ts in toks]
    running = any(
        int(digits[0][p]) < RUNNING_MAX  # a counter, no year
        and all(int(d[p]) == int(digits[0][p]) + k for k, d in enumerate(digits))
        for p in range(len(digits[0]))
    )
    numbers = [tuple(int(x) for x in d) for d in digits]
    changing = bool(digits[0]) and len(set(numbers)) == len(numbers)
    words = [[t for t in ts if _WORD.match(t)] for ts in toks]
    label = varied = False
    for col in zip(*words, strict=True):
        if len(set(col)) == 1:
            label = True
        elif len(set(col)) == len(col):
            varied = True
    return running, changing, label and varied, values, label


def _occurrences(
    strip: list[str],
    size: int,
    titled: list[tuple[int, int]],
    shapes: dict[int, tuple[str, ...]],
) -> dict[tuple[tuple[str, ...], ...], list[tuple[int, list[int]]]]:
    """``{block shape: [(title line, block lines)]}`` for every ``size``-line block of
    header lines (no blank between) right over a title-like line (``titled``: ``(line,
    header lines straight above it)`` in page order; only they are visited).  ``shapes``
    memoises :func:`line_shape` by line index across the block sizes of one page."""
    found: dict[tuple[tuple[str, ...], ...], list[tuple[int, list[int]]]] = {}
    for t, above in titled:
        # the block's lines one under the other, the title straight under them
        if above < size:
            continue
        block = list(range(t - size, t))
        shape = tuple(
            shapes[j] if j in shapes else shapes.setdefault(j, _block_shape(strip[j]))
            for j in block
        )
        if all(x == _RULE_SHAPE for x in shape):
            continue  # rule lines alone (line_shape marks a rule line, and only one)
        found.setdefault(shape, []).append((t, block))
    return found


def _judge(
    strip: list[str],
    filled: list[int],
    occ: list[tuple[int, list[int]]],
    read: Reader,
    headings: frozenset[str] = frozenset(),
    chars: Callable[[re.Pattern[str]], ProseChars] | None = None,
) -> str:
    """The verdict on one shape's occurrences (see the module docstring).  ``chars``:
    the page's prose characters by line, summed (:class:`split_page.ProseChars`), when
    the page's shapes are judged more than once (the same figures as :func:`prose_chars`
    of the slices, without a walk over the page per shape)."""

    def prose(a: int, b: int, sentence: re.Pattern[str]) -> int:  # prose_chars(strip[a:b])
        return chars(sentence).of(a, b) if chars else prose_chars(strip[a:b], sentence)

    # occurrences that overlap (a block reaching into the previous title) prove nothing
    if any(b[0] <= a for (a, _), (_, b) in itertools.pairwise(occ)):
        return "none"
    titles = [strip[t] for t, _ in occ]
    if len(set(titles)) < len(titles):
        return "none"
    if len({_cell_label(s) for s in titles}) == 1 and _cell_label(titles[0]):
        return "none"  # one label opening every "title" ('位置：…'): each piece's field row
    ends = [*(b[0] for _, b in occ[1:]), len(strip)]
    for (t, _), end in zip(occ, ends, strict=True):
        if prose(t + 1, end, _PROSE) < MIN_BODY_CHARS:
            return "none"  # a piece with no prose: a list's items, no compilation
    lines = [[strip[j] for j in b] for _, b in occ]
    running, changing, labelled, values, label = _values_change(lines)
    has_digits = any(any(c.isdecimal() for c in s) for s in lines[0])
    if has_digits and not (running or changing):
        return "none"  # the same numbers every time: a repeated line, no header
    if not (running or changing or labelled):
        return "none"
    if values < 2:
        return "none"  # a bare counter or date ('Part 2', a timeline's days): one article's
    facts = any(read(s) for b in lines for s in b if not rule_line(s))
    dated = any(_DATE_RX.search(s) for s in lines[0])
    if not (label or dated or facts or any(rule_line(s) for s in lines[0])):
        return "none"  # a heading's number and words ('1 总则'): a section, no header
    if prose(0, occ[0][1][0], _SENTENCE) >= MIN_BODY_CHARS:
        return "none"  # prose above the first block: one article's sections or table
    if len(occ) >= MIN_REPEATS:
        return "split"
    listed = contents_block(strip) == [t for t, _ in occ]
    listed = listed or len(occ) in stated_counts(strip, occ[0][1][0])  # '本期共2篇'
    # a figure in the head with a unit of pieces equal to their number ('（本月共2宗）',
    # '这两件事': rules/compilations.toml [head_count], as split_lead reads it)
    listed = listed or counts_pieces([s for s in strip[: occ[0][1][0]] if s], len(occ))
    if listed or (running and (facts or _carded(strip, occ))):
        return "split"
    # an HTML page's own headings (<h2>, not its <h1>), each under a dated block: the
    # page's markup declares the titles, the block's date says a header, not a section
    if headings and dated and all(t in headings for t in titles):
        return "split"
    return "unsure"


def _carded(strip: list[str], occ: list[tuple[int, list[int]]]) -> bool:
    """Every occurrence holds a card row of the same labels in its block or straight
    under its title: with a number running on in the blocks, a record's header."""
    labels = set()
    for t, block in occ:
        cards = [c for j in [*block, t + 1] if j < len(strip) and (c := cell_card(strip[j]))]
        if not cards:
            return False
        labels.add(tuple(cards[0]))
    return len(labels) == 1


def _title_under_row(strip: list[str], run: BlockRun, read: Reader) -> BlockRun:
    """The run with each title moved one line down when every "title" is a dated row
    with a title-like line straight under it: the block's last row (a fixture or
    schedule row of a shape that differs between pieces, 'Pitch 2') was read as the
    title, the real title stands under it."""
    titles = run.titles
    if any(not _DATE_RX.search(strip[t]) for t in titles):
        return run
    below = [t + 1 for t in titles]
    if any(
        b >= len(strip) or not _title_like(strip[b], read) or _DATE_RX.search(strip[b])
        for b in below
    ):
        return run
    if len({strip[b] for b in below}) < len(below):
        return run
    if len({_cell_label(strip[b]) for b in below}) == 1 and _cell_label(strip[below[0]]):
        # one label opening every line under them ('姓名：…'): each piece's first field
        # row under its dated title, no title (as _judge reads a run of such "titles")
        return run
    blocks = {t + 1: [*run.blocks[t], t] for t in titles}
    return BlockRun(below, blocks, run.verdict)


def block_run(lines: list[str], read: Reader, headings: frozenset[str] = frozenset()) -> BlockRun:
    """The pieces declared by a repeated header block (module docstring), the
    occurrences only seen (``unsure``: keep the page whole, flag it), or none.

    >>> body = "本期介绍了相关情况，请各单位认真阅读并结合本地实际抓好落实。"
    >>> page = ["某站汇编", "", "编次 7 · 2021-03-09", "甲地消息", body, "",
    ...         "编次 8 · 2021-04-19", "乙地消息", body, "",
    ...         "编次 9 · 2021-05-02", "丙地消息", body]
    >>> run = block_run(page, lambda s: None)
    >>> run.verdict, run.titles, run.blocks
    ('split', [3, 7, 11], {3: [2], 7: [6], 11: [10]})
    >>> block_run(page[:9], lambda s: None).verdict  # two, no cue: unsure
    'unsure'
    """
    strip = stripped(lines)
    filled = nonempty(lines)
    best = BlockRun()
    seen_unsure: BlockRun | None = None
    # the page's shared facts: a line with a sentence end is no header line, no title
    ends = sentence_ends(lines)
    header = {
        i
        for i in filled
        if len(strip[i]) <= LINE_MAX_CHARS
        and not ends[i]
        and ("." not in strip[i] or not _SENTENCE.search(strip[i]))
    }
    if len(header) < 2:
        return best  # every title sits under a header line: two titles need two
    # per line under a header line, how many header lines stand straight above it (up
    # to the largest block): a block of any size is then a look-up, not a walk per size
    above = []
    for i in filled:
        if i - 1 in header and not ends[i]:
            n = 1
            while n < BLOCK_MAX_LINES and i - 1 - n in header:
                n += 1
            above.append((i, n))
    # a line is read as a title (the dear test) only where it can stand in a judged
    # group; a group is judged only at two occurrences or more of one block shape and
    # those shapes end in the same shape of the line straight over their titles (the
    # shapes go in the memo the blocks read anyway).  So a line is not read when:
    # - the shape over it is over no other candidate: it is in no group of two;
    # - it has one header line over it, a rule line (:func:`_occurrences` groups no
    #   block of rule lines alone) or ONE token (a bare word, a figure: ``("W",)``, the
    #   shape over most such lines on clean pages): it is in size-1 groups only, where
    #   every block is that one token and one cell, and :func:`_judge` answers "none" to
    #   a group whose blocks change in fewer than two values (``values < 2``)
    shapes: dict[int, tuple[str, ...]] = {}
    over = Counter(shapes.setdefault(i - 1, _block_shape(strip[i - 1])) for i, _ in above)
    above = [
        (i, n)
        for i, n in above
        if over[shapes[i - 1]] >= 2
        and (n > 1 or not _lone_token(shapes[i - 1]))
        and _title_like(strip[i], read)
    ]
    if len(above) < 2:
        return best  # two titles at least
    # the longest block each title's occurrences share first, then shorter ones
    sums: dict[re.Pattern[str], ProseChars] = {}
    judged = 0  # the first shape is judged by walking its slices; then by the page's sums

    def chars(sentence: re.Pattern[str]) -> ProseChars:
        if sentence not in sums:
            sums[sentence] = ProseChars(strip, sentence)
        return sums[sentence]

    for size in range(BLOCK_MAX_LINES, 0, -1):
        if sum(n >= size for _, n in above) < 2:
            continue  # a shape seen twice needs two titles with this many lines above
        groups = _occurrences(strip, size, above, shapes)
        for occ in sorted(groups.values(), key=lambda o: (-len(o), o[0][0])):
            if len(occ) < 2:
                continue
            verdict = _judge(strip, filled, occ, read, headings, chars if judged else None)
            judged += 1
            if verdict == "split":
                if len(occ) > len(best.titles):
                    best = BlockRun([t for t, _ in occ], dict(occ), "split")
            elif verdict == "unsure" and seen_unsure is None:
                seen_unsure = BlockRun([t for t, _ in occ], dict(occ), "unsure")
    if best.verdict == "split" and field_head(strip, best.blocks[best.titles[0]][0], read):
        return BlockRun()  # the document's own head over its numbered items (split_doc_head)
    if best.verdict == "split":
        best = _run_on(strip, _title_under_row(strip, best, read), read)
        return _cards_under(strip, best)
    return seen_unsure or BlockRun()


def _counter(line: str) -> tuple[list[str], int] | None:
    """The tokens before a line's first number, and the number; None without one."""
    toks = _tokens(line)
    for k, t in enumerate(toks):
        if t.isdecimal():
            return toks[:k], int(t)
    return None


def _run_on(strip: list[str], run: BlockRun, read: Reader) -> BlockRun:
    """The run with one more piece after its last: a block whose first line goes on
    with the blocks' running number under the same label (``No.4`` after ``No.3``)
    over a title-like line and prose, though the rest of its line reads otherwise (a
    late entry's row with no place in it yet).  The shape alone missed it; the
    number running on says it is the next record, not a line of the last one's text."""
    heads = [_counter(strip[run.blocks[t][0]]) for t in run.titles]
    sizes = {len(run.blocks[t]) for t in run.titles}
    if any(h is None for h in heads) or len(sizes) != 1:
        return run
    counted = [h for h in heads if h is not None]
    label = counted[0][0]
    if not label or any(h[0] != label for h in counted):
        return run
    if any(b[1] != a[1] + 1 for a, b in itertools.pairwise(counted)):
        return run
    size = sizes.pop()
    last = run.titles[-1]
    for t in range(last + size + 2, len(strip)):
        block = list(range(t - size, t))
        if not all(strip[j] for j in block) or not _title_like(strip[t], read):
            continue
        if _SENTENCE.search(strip[block[0]]) or _counter(strip[block[0]]) != (
            label,
            counted[-1][1] + 1,
        ):
            continue
        if strip[t] in {strip[x] for x in run.titles}:
            return run
        if prose_chars(strip[t + 1 :], _PROSE) < MIN_BODY_CHARS:
            return run
        if prose_chars(strip[last + 1 : block[0]], _PROSE) < MIN_BODY_CHARS:
            return run  # the last piece would keep no prose of its own
        return BlockRun([*run.titles, t], {**run.blocks, t: block}, run.verdict)
    return run


def _cards_under(strip: list[str], run: BlockRun) -> BlockRun:
    """The run with a card row of labelled cells straight under a title taken into its
    block: the record's facts printed under its name instead of over it, a header row
    like the block's (no line of the text)."""
    for t in run.titles:
        if t + 1 < len(strip) and cell_card(strip[t + 1]) is not None:
            run.blocks[t] = [*run.blocks[t], t + 1]
    return run


def titles_under_blocks(
    lines: list[str], read: Reader, headings: frozenset[str] = frozenset()
) -> tuple[list[tuple[int, str, str, dict[str, str]]], BlockRun]:
    """``(title line, rule, title, fields)`` of a compilation declared by its repeated
    header blocks (:func:`block_run`), and the run itself (its blocks, or the unsure
    occurrences to flag).  The title stays the piece's first line of text
    (:data:`split_clock.HEADER_IS_TEXT`); the fields are the block's rows as the
    metadata reader reads them and the body a row credits
    (:func:`split_masthead.masthead_fields`; the first reading of a field wins), and
    the block's one date when no reader read a date."""
    run = block_run(lines, read, headings)
    if run.verdict != "split":
        return [], run
    out = []
    for t in run.titles:
        fields: dict[str, str] = {}
        for j in run.blocks[t]:
            for k, v in masthead_fields(lines[j], read).items():
                fields.setdefault(k, v)
        # a block's one date no reader labelled is its piece's ('〈刊发〉2021-03-09')
        dates = [d for j in run.blocks[t] for d in _DATE_RX.findall(lines[j])]
        if "published" not in fields and len(dates) == 1 and (day := normalise_date(dates[0])):
            fields["published"] = day
        out.append((t, HEADER_IS_TEXT, lines[t].strip(), fields))
    return out, run
