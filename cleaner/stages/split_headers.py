"""Article headers found from the page's own numbering, not from a list of known forms.

A compilation numbers its articles: ``篇1``, ``1.``, ``（一）``, ``〈2〉``, ``标题 篇3``,
in any numeral system (capital ``贰 · ``), with a count word (``第2件``, ``第2例``), a
bullet glyph (``◆第2例``), a two-character word of the site's own (``案例二：``,
``练习2　``: no list of such words, the shape carries it) or an of-total count (``2/3　``:
the run must reach the total).
Whatever the scheme, the header lines share one *shape* (what surrounds the number:
``〈#〉``, ``#. ``, ``篇#：``, a ``篇#`` suffix) and their numbers run 1, 2, 3 … in page
order (full-width digits count: ``１、``).  A number alone on its line (``（2）``) takes
its title from the line below; a suffix series sharing one base (``…之一``, ``…之二``)
keeps the number in each title (:func:`titles_below`).
:func:`numbered_runs` finds such runs; :func:`judge` decides whether a run cuts
the page into articles, from evidence that transfers across sites:

* the scheme names an article (``篇``, ``则``, ``范文`` …: ``strong_words``) — then the
  run is accepted as it is;
* otherwise (bare ``1.``, ``（一）`` — also how a single document numbers its sections or
  steps) the shape must not number 1 again further down (each document's own sections
  restart), every header must read as a title (short, no sentence punctuation), every
  article below it must hold a body of prose, *and* the page must say it compiles: a
  count in its head that equals the run's length (``…作文3篇``, ``（共4篇）``), a
  compilation word (``汇编``, ``合集``), titles that all end like document titles, or
  (a suffix series) the series' base named in the page head, or a metadata row right
  under every header (each heads a document with its own issuer, number or date).
  A site's own word without such a cue numbers a document's parts: no split, no flag.
  A run with only the first two is *unsure*: the page stays one article and is flagged.

Section words (``第一章``, ``第二条``, ``（三）`` under 步/点) never make articles.  The
vocabularies live in ``cleaner/rules/headers.toml`` (``[generic_header]``).

A line's shape is read in :mod:`split_header_shapes`, counted items and records in
:mod:`split_counters`; the names callers take from here are re-exported (``X as X``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_badges import badged_pieces
from cleaner.stages.split_cell_rows import dated_title
from cleaner.stages.split_closed import closed_by_rows, unstopped
from cleaner.stages.split_code_heads import coded_value, field_row
from cleaner.stages.split_contents import lists_titles
from cleaner.stages.split_counters import COUNTER_MAX_CHARS as COUNTER_MAX_CHARS
from cleaner.stages.split_counters import counter_runs as counter_runs
from cleaner.stages.split_counters import (
    field_block,
    item_counter,
    item_counters,
    labelled_counter,
    of_total,
    title_field,
    worded_count,
)
from cleaner.stages.split_counters import labelled_counter_runs as labelled_counter_runs
from cleaner.stages.split_counters import worded_counter as worded_counter
from cleaner.stages.split_counters import worded_counter_runs as worded_counter_runs
from cleaner.stages.split_header_shapes import (
    _END,
    _HEAD_NUM,
    _LATIN,
    _MEASURE,
    _PART,
    _PARTS,
    _START,
    _START_ANY,
    _SUFFIX,
    _TAIL_NUM,
    Candidate,
    Vocab,
    _opened,
    _own_word,
    candidate,
    glyph_head,
    leader_shape,
    part_end,
    unframed,
    untagged,
    vocab,
    word_head,
)
from cleaner.stages.split_header_shapes import labelled_number as labelled_number
from cleaner.stages.split_header_shapes import numbered_line as numbered_line
from cleaner.stages.split_header_shapes import tag_row as tag_row
from cleaner.stages.split_meta import cn_number
from cleaner.stages.split_numerals import _number, bullet_glyph
from cleaner.stages.split_page import stripped
from cleaner.stages.split_piece_gates import unasked
from cleaner.stages.split_tag_heads import framed_tags, tag_cells, tag_counter

#: what opens a framed tag before an item's ordinal (split_tag_heads.tag_counter)
_TAG_OPEN = frozenset("#【［[〔〖")


def numbered_runs(lines: list[str], only: list[int] | None = None) -> list[list[Candidate]]:
    """Runs of same-shape candidates numbered 1, 2, 3 … in page order, longest first.

    ``only``: the line indices worth looking at (the split stage collects them while it
    looks for known header forms); all lines when None.
    """
    v = vocab()
    by_shape: dict[str, list[Candidate]] = {}
    if only is not None and len(only) > v.list_page_lines and len(only) * 2 > len(lines):
        # most lines numbered (an archive, a table, a tag cloud): a list page, not a
        # compilation; looking at each line would cost more than the rest of the stage
        return []
    # Only a number that starts a run (1) or continues one is worth the shape regexes:
    # the number near either end is read first by two anchored regexes (C speed), so
    # a list of counters ('回复(12)') costs one cheap look per line.
    wanted = {1}
    dead: set[str] = set()
    dead_frames: set[tuple[str, str, str]] = set()
    ones: dict[str, int] = {}
    head, tail = _HEAD_NUM.match, _TAIL_NUM.search
    strip = stripped(lines)
    for i in range(len(lines)) if only is None else only:
        t = unframed(strip[i])  # '〓 第2则 〓': the number read inside its frame
        s = untagged(t)
        if not s or len(s) > v.max_len:
            continue
        tagged = s is not t
        # the characters around the number: a frame whose shape died is not parsed again
        frames = []
        opened = tagged or s[0] in _START_ANY or word_head(s) or glyph_head(s) or _opened(s)
        mh = head(s) if opened else None
        if mh and _number(mh.group(1)) in wanted:
            frames.append(("H", s[: mh.start(1)], s[mh.end(1) : mh.end(1) + 1]))
        mt = tail(s, max(0, len(s) - 6)) if s[-1] in _END else None
        if mt and _number(mt.group(1)) in wanted:
            frames.append(("T", s[mt.start(1) - 1 : mt.start(1)], s[mt.end(1) :]))
        elif part_end(s) and _PARTS[s[-2]] in wanted:
            frames.append(("T", s[-3], s[-1]))
        elif s[0] in _TAG_OPEN and (tc := tag_counter(s, v.count_units)) is not None:
            frames.append(("G", tc[1], tc[3]))  # '#某类#　第2条' (split_tag_heads)
        if not frames or all(f in dead_frames for f in frames):
            continue
        c = candidate(i, strip[i], v)
        if c is None or c.shape in dead:
            continue
        run = by_shape.setdefault(c.shape, [])
        if c.number == 1:
            ones[c.shape] = ones.get(c.shape, 0) + 1
        if c.number != len(run) + 1:
            if ones.get(c.shape, 0) > 3:  # '… (1)' again and again: counters, not articles
                dead.add(c.shape)
                dead_frames.update(frames)
            continue
        if run and not any(ln.strip() for ln in lines[run[-1].line + 1 : i]):
            # two headers with nothing between: a list (of counters, chapters, links),
            # never articles; the shape is dropped and stops wanting numbers
            dead.add(c.shape)
            dead_frames.update(frames)
            wanted = {1} | {len(r) + 1 for k, r in by_shape.items() if k not in dead}
            continue
        run.append(c)
        wanted.add(c.number + 1)
    runs = [run for k, run in by_shape.items() if len(run) >= 2 and k not in dead]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def bullet_runs(lines: list[str]) -> list[list[Candidate]]:
    """Un-numbered article headers: the lines that one repeated bullet glyph opens
    (``◆标题`` … ``◆标题``), one run per glyph seen on two lines or more, longest first.

    Every line the glyph opens is in its run, so a run that also bullets list items or
    chrome links fails :func:`judge` (empty or short bodies, sentence-shaped titles):
    the shape must head nothing but title-shaped lines each followed by a body.  The
    ``number`` of a candidate is its rank in the run (1, 2, 3 …).

    >>> page = ["◆甲县关于某事的通知", "正文。", "◆乙县关于另事的通知", "正文。"]
    >>> [(c.line, c.shape, c.number, c.title) for c in bullet_runs(page)[0]]
    [(0, 'B◆', 1, '甲县关于某事的通知'), (2, 'B◆', 2, '乙县关于另事的通知')]
    """
    v = vocab()
    by_glyph: dict[str, list[Candidate]] = {}
    # most lines open with a letter: a comprehension skips them at near C speed (the
    # stripped lines are the page's, read once)
    strip = stripped(lines)
    for i in [i for i, s in enumerate(strip) if len(s) >= 3 and not s[0].isalnum()]:
        s = strip[i]
        if not bullet_glyph(s[0]):
            continue
        title = s[1:].strip()
        if len(s) > v.max_len or not title or bullet_glyph(title[0]):
            title = ""  # a long line or a rule of glyphs ('★★★'): no title, fails judge
        run = by_glyph.setdefault(s[0], [])
        run.append(Candidate(i, "B" + s[0], len(run) + 1, title))
    runs = [r for r in by_glyph.values() if len(r) >= 2]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def restarts(lines: list[str], run: list[Candidate], v: Vocab) -> bool:
    """The run's shape numbers 1 again below its first header: the scheme numbers the
    sections of each document ('一、总体要求' in every notice of a compilation), so its
    first document's sections must not be taken for the page's articles.

    >>> page = ["一、目标", "正文甲。", "二、任务", "正文乙。", "（二）另一份通知", "一、目标"]
    >>> run = numbered_runs(page)[0]
    >>> restarts(page, run, vocab()), restarts(page[:4], run, vocab())
    (True, False)
    """
    on_run = {c.line for c in run}
    shape = run[0].shape
    # a Latin-opened line can only restart a Latin-opened shape ('PPart|#|d')
    starts = _START_ANY if shape[1:2] in _LATIN else _START
    for i in range(run[0].line + 1, len(lines)):
        raw = unframed(lines[i].strip())
        s = untagged(raw)
        if i in on_run or not s or (s[0] not in starts and s[-1] not in _END):
            if not (s and (s is not raw or word_head(s) or glyph_head(s))):
                continue
        c = candidate(i, lines[i].strip(), v)
        if c is not None and c.number == 1 and c.shape == shape:
            return True
    return False


def _prose_chars(lines: list[str]) -> int:
    return sum(len(s) for s in (ln.strip() for ln in lines) if len(s) >= 10)


_TITLE_COMMA = re.compile(r"[，,]")
#: A title below its number may hold one comma when it is this short (a blog's title
#: '某某小电，聊聊用后感'); a longer line with a comma is a sentence's clause.
COMMA_TITLE_MAX = 30
#: ... and a title line under a row that files its piece, one question or exclamation
#: mark too (a fact-check's headline '某事？不实'): :func:`_below_title_shaped`
_TITLE_ASK = re.compile(r"[，,？?！!]")


def _title_shaped(s: str) -> bool:
    """No sentence punctuation, or one comma in a short line and no other mark.

    >>> _title_shaped("甲县关于某事的通知"), _title_shaped("某某小电，聊聊用后感")
    (True, True)
    >>> _title_shaped("首先，我们要做好准备。"), _title_shaped("一，二，三")
    (False, False)
    """
    if not _SENTENCE.search(s):
        return True
    return (
        len(s) <= COMMA_TITLE_MAX
        and len(_TITLE_COMMA.findall(s)) == 1
        and not _SENTENCE.search(_TITLE_COMMA.sub("", s))
    )


def _line_below(lines: list[str], i: int) -> str:
    """The first filled line within two lines under line ``i``, or ``""``."""
    return next((s for s in (ln.strip() for ln in lines[i + 1 : i + 3]) if s), "")


def _title_under(lines: list[str], i: int) -> str:
    """The first filled line within four lines under the code row ``i`` that is no
    field row (:func:`split_code_heads.field_row`), or ``""``."""
    filled = [s for s in (ln.strip() for ln in lines[i + 1 : i + 5]) if s]
    return next((s for s in filled if not field_row(s)), "")


def _below_title_shaped(s: str) -> bool:
    """:func:`_title_shaped`, or one question or exclamation mark in a short line and no
    other mark: the headline under a header row that names no title of its own.

    >>> _below_title_shaped("吃夜宵会伤胃？医生：因人而异"), _below_title_shaped("真的吗？假的！")
    (True, False)
    """
    if _title_shaped(s):
        return True
    return (
        len(s) <= COMMA_TITLE_MAX
        and len(_TITLE_ASK.findall(s)) == 1
        and not _SENTENCE.search(_TITLE_ASK.sub("", s))
    )


def titles_below(lines: list[str], run: list[Candidate]) -> list[Candidate]:
    """The run with each header's own title.  A suffix series whose items share one base
    ('…之一', '…之二') keeps the number in the title: the whole line.  A bare number
    takes its title from the line below it: a header printed
    as ``（2）`` on a line of its own, the title on the next line.  The next line counts
    only when it is title-shaped (short, no sentence punctuation); else the title stays
    empty and :func:`judge` turns the run down.  A row filing a record by its code
    (``〔某类〕甲A·3K5××　轿车``: :func:`split_code_heads.coded_value`) names no piece
    either: the title-shaped line below it is the title, when every row has one.

    >>> page = ["（1）", "甲县关于某事的通知", "正文。", "（2）", "乙县关于另事的通知", "正文。"]
    >>> [c.title for c in titles_below(page, numbered_runs(page)[0])]
    ['甲县关于某事的通知', '乙县关于另事的通知']
    """
    tags = framed_tags([c.title for c in run])  # '#某类#　第2条': a class, no series
    if run[0].shape[0] == "S" and run[0].title and len({c.title for c in run}) == 1 and not tags:
        # '山居笔记之一', '…之二': items of one series share the base; the number is part
        # of each title (judge asks the page head to name the base); titles left empty
        # (a kicker's rows, split_offset) share no base: each reads the line below
        return [Candidate(c.line, c.shape, c.number, lines[c.line].strip()) for c in run]
    # '02 ········ 某栏' names the column the piece is filed under: the line below names it
    # '03　｜　鉴定：伪科学' files the piece under a class (split_tag_heads): the same
    counted = (
        item_counters([c.title for c in run])
        or leader_shape(run[0].shape)
        or tag_cells([c.title for c in run])
        or tags
    )
    if not counted and all(c.title and coded_value(c.title) for c in run):
        # '〔某类〕甲A·3K5××　轿车' files a record by its code: the line below is its title
        # the title is the first line under the row that is none of its field rows
        # ('地点：某街', '来源：某台', a date)
        unders = [_title_under(lines, c.line) for c in run]
        if all(2 <= len(b) <= 40 and _title_shaped(b) for b in unders):
            return [
                Candidate(c.line, c.shape, c.number, b) for c, b in zip(run, unders, strict=True)
            ]
    if not counted and (run[0].shape[0] == "B" or all(c.title for c in run)):
        return run  # a bullet's empty title is a rule of glyphs or a long line: no header
    out = []
    for c in run:
        below = _line_below(lines, c.line)
        if counted:  # '第2条／共4条' counts the items: it names none, the line below does
            c = Candidate(c.line, c.shape, c.number, "")
        dated = dated_title(below) if not c.title else None
        if dated is not None:  # '2021-05-20 周四 | 标题': the title beside its date
            c = Candidate(c.line, c.shape, c.number, dated[1])
        elif not c.title and (named := title_field(below)) is not None:
            c = Candidate(c.line, c.shape, c.number, named)  # 'title: 某事': the value
        elif not c.title and labelled_counter(lines[c.line]) is not None:
            # '消息：2' over its field rows ('日期：…', '主题：某事'): the title row's value
            named = next(
                (t for t in map(title_field, field_block(lines, c.line)) if t is not None), ""
            )
            c = Candidate(c.line, c.shape, c.number, named)
        elif not c.title and 2 <= len(below) <= 40 and _below_title_shaped(below):
            c = Candidate(c.line, c.shape, c.number, below)
        out.append(c)
    return out


def counted_title(lines: list[str], i: int, title: str) -> str:
    """The title of a named header at line ``i`` (``title``: what its form read after
    the number), unless the line only counts an item of a list ('第2则／共3则' read as
    '第2则' over the title '／共3则'): then the piece's name is the title-shaped line
    below it, or none.

    >>> page = ["第2则／共3则", "", "甲县关于某事的通知", "正文。"]
    >>> counted_title(page, 0, "／共3则"), counted_title(["第2则 乙事"], 0, "乙事")
    ('甲县关于某事的通知', '乙事')
    >>> counted_title(["第2则／共3则", "首先，我们要做好准备。"], 0, "／共3则")
    ''
    """
    if item_counter(lines[i]) is None:
        return title
    below = next((s for s in (ln.strip() for ln in lines[i + 1 : i + 3]) if s), "")
    return below if 2 <= len(below) <= 40 and _title_shaped(below) else ""


def _worded(line: str) -> bool:
    """The line holds a letter or digit (a rule of marks alone holds none)."""
    return any(ch.isalnum() for ch in line)


def judge(
    lines: list[str],
    run: list[Candidate],
    title_endings: tuple[str, ...],
    meta_row: Callable[[str], bool] | None = None,
    foot: Callable[[str], bool] | None = None,
    headings: Collection[str] = (),
) -> str:
    """``"split"``, ``"unsure"`` (keep one article, flag) or ``"no"`` for one run.

    ``meta_row``: whether a line is a metadata row; a run whose every header has one
    right below it heads documents (each its own issuer, number, date), a cue as good as
    the page head's count.  ``foot``: whether a line is a credit or source row closing a
    piece (:func:`split_foot.foot_row`); every piece closed by one is the same cue.
    ``headings``: the page's own HTML headings; every header a badge over one of them,
    each piece with its own ``meta_row`` under its title (:func:`split_badges.badged_pieces`),
    is the same cue.
    """
    v = vocab()
    shape = run[0].shape
    strong = any(w in shape for w in v.strong)
    ends = [c.line for c in run[1:]] + [len(lines)]
    bodies = [lines[c.line + 1 : e] for c, e in zip(run, ends, strict=True)]
    if any(not any(ln.strip() for ln in b) for b in bodies):
        return "no"
    total = of_total(shape)
    if total is not None:
        # '1/3　标题' … '3/3　标题': the scheme states how many; a part of a count that
        # the run does not reach (a page counter, a fraction in a list) is no header
        titled = all(
            2 <= len(c.title) <= 40 and not _SENTENCE.search(unasked(c.title)) for c in run
        )
        if worded_count(f"generic:{shape}"):
            # a count with a word of its own ('=== entry 2/5 ==='): a dump's record
            # only over its fields (the title's row or a metadata row right below);
            # a list's '—— Task 2/3 ——' over its text counts steps of one piece
            firsts = [next((ln.strip() for ln in b if ln.strip()), "") for b in bodies]
            if labelled_counter(lines[run[0].line]) is not None:
                # '消息：2' names no total: its block is labelled rows alone, one of them
                # the title's ('日期：…', '主题：某事'), as a dump's record's fields; a
                # labelled title may hold one comma ('某事，顺便问问')
                blocks = [field_block(lines, c.line) for c in run]
                titled = all(
                    2 <= len(c.title) <= 40 and _title_shaped(unasked(c.title)) for c in run
                ) and all(
                    len(b) >= 2 and any(title_field(r) is not None for r in b) for b in blocks
                )
            else:
                titled = titled and all(
                    title_field(ln) is not None or (meta_row is not None and meta_row(ln))
                    for ln in firsts
                )
        return "split" if total == len(run) and titled else "no"
    if strong:
        return "split"
    # a bullet, word or framed run holds all its lines of that shape: no restart to read
    if shape[0] not in "BKF" and restarts(lines, run, v):
        return "no"
    # every piece closed by a row of its own fields (split_closed): then a header
    # written as a sentence ('2.某人违规某事问题。') is a title without its full stop
    closed = meta_row is not None and closed_by_rows(bodies, meta_row)
    # a compilation's titles differ (two notices of one subject may share one)
    # under rows that file each piece by a class tag ('#某类#　第2条'), a headline may ask
    shaped = (
        _below_title_shaped
        if all(tag_counter(lines[c.line].strip(), v.count_units) for c in run)
        else _title_shaped
    )
    titled = all(
        2 <= len(c.title) <= 40
        and shaped(unasked(unstopped(c.title) if closed else c.title))
        and c.title[-1] not in ":："
        for c in run
    ) and 2 * len({c.title for c in run}) > len(run)
    # the last article runs to the page's end, where the foot chrome may be: not counted
    substantial = (
        all(
            sum(1 for ln in b if ln.strip()) >= 2 and _prose_chars(b) >= v.min_body_chars
            for b in bodies[:-1]
        )
        and _prose_chars(bodies[-1]) >= v.min_body_chars
    )
    if not (titled and substantial):
        return "no"
    tags = all(untagged(s) is not s for s in (lines[c.line].strip() for c in run))
    if tags or leader_shape(shape):
        # every header a tag row ('▍某类 · 第2位') over a title and a body: a roll of
        # pieces, each filed under a category and counted on (a document's own parts are
        # numbered, not tagged and counted); or a section row ('02 ······ 某栏') each
        # naming the column of the piece whose title stands under it
        return "split"
    head = "\n".join(ln for ln in lines[: run[0].line] if ln.strip())
    n = len(run)
    # '两件' is how two is counted ('这两件事'), '二件' never; over a two-part piece
    # ('…（上）', '…（下）') '两篇' may count its parts as well as two pieces: no cue
    two = "|两" if not shape.endswith("|p") else ""
    numeral = rf"\d{{1,2}}|[一二三四五六七八九十]{{1,3}}{two}"
    # an ordinal ('第二条') counts nothing
    counts = re.findall(rf"(?<![第\d一二三四五六七八九十])({numeral})\s*([{v.count_units}])", head)
    # '三起盗窃案', '讲三件事': a count of what one story is about, a cue only beside a
    # head that compiles or publishes them ('现将…予以曝光', '典型案例')
    compiles = any(w in head for w in v.compile_cues)
    cue = any(cn_number(x) == n and (compiles or u not in v.subject_units) for x, u in counts)
    cue = cue or any(w in head for w in v.compile_words)
    cue = cue or all(c.title.endswith(title_endings) for c in run)
    # a contents line over the pieces naming every title in order ('导览：甲 · 乙')
    cue = cue or lists_titles(head.split("\n"), [c.title for c in run])
    cue = cue or closed
    # rows of one form of several slots under a different bracketed word each ('【某A·1B】
    # 某车　某牌 · 代码 0 · 记0分', split_marks._form_run): a record's row over every
    # piece, as good a cue as the head's count (which the site's chrome may have taken)
    cue = cue or (shape[0] == "K" and len(shape) == 3)
    cue = cue or badged_pieces(lines, run, headings, meta_row)
    if not cue and meta_row is not None:
        # under a bare number the title is the body's first line: the row is below it,
        # or it is the title's own line (a date beside the title)
        firsts = [
            next((ln for ln in b if ln.strip() and ln.strip() != c.title), "")
            if c.title not in lines[c.line]
            else next((ln for ln in b if ln.strip()), "")
            for c, b in zip(run, bodies, strict=True)
        ]
        cue = all(meta_row(ln) or dated_title(ln) is not None for ln in firsts)
    if not cue and foot is not None:
        # each piece closed by its own credit or source row ('（供稿：…）'); the last
        # runs to the page's end, where the foot chrome may follow its row
        # (a rule of marks alone, '﹏﹏﹏', parting the pieces is neither's last line)
        lasts = [next((ln for ln in reversed(b) if _worded(ln)), "") for b in bodies[:-1]]
        cue = all(foot(ln) for ln in lasts) and any(foot(ln) for ln in bodies[-1] if ln.strip())
    if not cue and shape[0] == "S":  # a series whose base the page head names
        m = _SUFFIX.match(run[0].title) or _PART.match(run[0].title)
        base = m["title"].strip() if m else ""
        cue = len(base) >= 2 and base in head and all(c.title.startswith(base) for c in run)
    parts = shape.split("|")
    measured = len(parts) > 1 and _MEASURE.fullmatch(parts[1][1:]) is not None
    if not cue and (_own_word(parts[0][1:]) or measured):
        # '阶段一：', '例子2：', '第2天　' without a cue: a document's own parts, no doubt
        return "no"
    return "split" if cue else "unsure"
