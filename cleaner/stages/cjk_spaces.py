"""Repair rule: spaces inside CJK words (``repair.cjk_space.*``).

A letter-spaced heading (``通 知``) loses its spaces; a space splitting a word of a
sentence (``完 善推进机制``) is deleted, but not one that separates a label from text
(``第三条 为了…``), phrases of a heading, items of a list or verse, or a word bounded by
a digit or a bracket.  A table cell spelled out letter by letter (``~立 夏~``, a row
flattened with separators) loses its spaces when the page prints the same word unspaced
elsewhere (``立夏``): the page's own evidence (``repair.cjk_space.cell``).  Mixed into
:class:`~cleaner.stages.repair.RepairStage`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.edits import Edit
from cleaner.stages.charscan import Scanner
from cleaner.stages.cjk_item_gaps import item_gap
from cleaner.stages.cjk_row_gaps import dated_row_gap
from cleaner.stages.cjk_space_judges import _SPACES, CjkSpaceJudges, _is_han
from cleaner.stages.cjk_speaker_gap import name_pair, named_speaker, speaker_gap, speakers
from cleaner.stages.credit_gaps import credit_gap
from cleaner.stages.repair_tables import HAN, Tables

_GAP = "[ \t\u3000\u00a0]+"
# a token of a letter-spaced line: one Han character (or a bracket, a colon), a number,
# optionally with trailing punctuation ('件：')
_LS_TOKEN = f"(?:[{HAN}《》〈〉（）()【】]|[0-9０-９]+)[：:，、]?|[：:]"
# a section number glued to the first letter of a spaced heading: '一、工 作 目 标',
# '（二）保 障 措 施', '3.职 责'
_LS_ENUM = (
    "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、])"
)
# a chapter number and its gap before a spaced heading ('第二章　管 理 与 服 务'): the gap
# after the number is kept, and the name must have three letters or more ('第一章　总　则'
# pads a short name on purpose)
_LS_CHAPTER = "(?P<ch>第[一二三四五六七八九十百\\d]{1,4}[章节编卷][ \t\u3000]+)"
# a space before CJK punctuation or after a comma-like one, between Han characters:
# found from the space runs (rare on Chinese pages; an English page has no CJK mark)
# a space run after a Han character or a comma-like mark (group 1); the stage finds its
# matches with after_han(): this regex's first class matches nearly every character of a
# Chinese page, so re would try it everywhere, while a pattern that starts with the space
# class (a class, not a repeat: 'X' then 'X*') is skipped to at C speed.  Every maximal
# run preceded by one of those characters is a group 1 here (the character before a run
# is never inside an earlier match: matches end with a run).
_AFTER_HAN = re.compile(f"[{HAN}，、；]([ \t\u3000\u00a0]+)")
_GAPS = re.compile("[ \t\u3000\u00a0][ \t\u3000\u00a0]*")
_HAN_OR_COMMA = re.compile(f"[{HAN}，、；]")


#: The marks a headline may close on (one, at its end, or before the brackets and
#: quotes closing a wrapped headline) and still be a heading line.
_HEADLINE_CLOSE = re.compile('[！？!?][）)》」』”’"】〕]*$')

#: A short bracketed aside holding spaces: ``（记者 甲 通讯员 乙）``.
_ASIDE = re.compile("[（(][^（）()\n]{1,40}[ \u3000][^（）()\n]{0,40}[）)]")
_SMALL_NUMERALS = "一二三四五六七八九十"


def _numbered_heads(text: str, by_line: dict[int, list[re.Match[str]]]) -> set[int]:
    """Line starts of lines opened by a lone numeral and a space ('一 标题', '二 标题')
    whose numbers run 1, 2, 3 … in page order: a page's own numbering of its parts, so
    the space parts a number from a title.  One such line alone ('一 是加强领导', '十
    分重要') is a word split by a stray space and gets no pass."""
    found: list[tuple[int, int]] = []
    for line_start, matches in by_line.items():
        left = text[line_start : matches[0].start()]
        if len(left) == 1 and left in _SMALL_NUMERALS:
            found.append((line_start, _SMALL_NUMERALS.index(left) + 1))
    found.sort()
    run = [ls for k, (ls, n) in enumerate(found) if n == k + 1]
    return set(run) if len(run) >= 2 and len(run) == len(found) else set()


def space_runs(text: str) -> list[tuple[int, int]]:
    """The maximal runs of spaces, tabs, U+3000 and U+00A0 in ``text``."""
    return [m.span() for m in _GAPS.finditer(text)]


def after_han(text: str, runs: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int]]:
    """The group-1 spans of ``_AFTER_HAN.finditer(text)``, from the space runs (``runs``:
    :func:`space_runs` of ``text`` if known).

    >>> list(after_han("中 国，  人 a b"))
    [(1, 2), (4, 6), (7, 8)]
    """
    match = _HAN_OR_COMMA.match
    for s, e in space_runs(text) if runs is None else runs:
        if s and match(text, s - 1) is not None:
            yield s, e


_PUNCT_BEFORE = "，。、；！？"
_PUNCT_AFTER = "，、；"


# a cell of a flattened row spelled out letter by letter: two to four Han characters
# parted by single spaces, bounded by the row's separators or the line's ends
_CELL_SEP = "~|｜│┃\t"
_SPELLED_CELL = re.compile(
    f"(?:^|(?<=[{_CELL_SEP}]))[{HAN}](?:[ \u00a0][{HAN}]){{1,3}}(?=[{_CELL_SEP}]|$)", re.M
)


#: Cells confirmed by the page's own text that vouch for an unconfirmed cell of their shape.
SIBLING_MIN = 2


def spelled_cells(text: str, also: str = "") -> Iterator[tuple[int, int]]:
    """The spans of cells spelled out letter by letter (``~立 夏~``) whose word the page
    (or ``also``: words the page prints once repaired) also prints unspaced: the spaces
    are the flattening's, not the word's.

    A cell the page does not print unspaced goes too when it has the shape of the cells
    that it does (:data:`SIBLING_MIN` of them at least, and no fewer than the cells of
    that shape left unconfirmed): the same number of letters, spelled out by the same
    flattening (a form's labels '~编 写 者~' beside '~审 校 者~' and '~校 对 者~' whose
    words the page prints elsewhere).

    >>> t = "立夏\\n小满\\n~立 夏~小 满~芒 种~\\n立 夏"
    >>> [t[s:e] for s, e in spelled_cells(t)]
    ['立 夏', '小 满', '芒 种']
    >>> t = "立夏\\n~立 夏~小 满~芒 种~\\n立 夏"
    >>> [t[s:e] for s, e in spelled_cells(t)]
    ['立 夏']
    """
    if not any(c in text for c in _CELL_SEP):
        return
    found: list[tuple[int, int, int, bool]] = []
    for m in _SPELLED_CELL.finditer(text):
        s, e = m.span()
        if (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n"):
            continue  # a whole line: a letter-spaced line's (judged as one)
        word = m.group().replace(" ", "").replace("\u00a0", "")
        found.append((s, e, len(word), word in text or word in also))
    sure: dict[int, int] = {}
    left: dict[int, int] = {}
    for _, _, n, ok in found:
        counts = sure if ok else left
        counts[n] = counts.get(n, 0) + 1
    for s, e, n, ok in found:
        if ok or sure.get(n, 0) >= max(SIBLING_MIN, left.get(n, 0)):
            yield s, e


class CjkSpaceRule(CjkSpaceJudges):
    """``_cjk_spaces`` (its judgements: :class:`CjkSpaceJudges`); needs ``self.t`` (the
    repair tables)."""

    t: Tables

    _HAN1 = re.compile(f"[{HAN}]")
    _LETTER_SPACED = re.compile(
        f"^[ \t\u3000\u00a0]*{_LS_CHAPTER}?{_LS_ENUM}?(?:{_LS_TOKEN}){_GAP}"
        f"(?:(?:{_LS_TOKEN}){_GAP})*(?:{_LS_TOKEN})[ \t\u3000\u00a0]*$",
        re.M,
    )
    _INNER_SPACE = Scanner(re.compile(f"(?<=[{HAN}])[ \t\u00a0\u3000]+(?=[{HAN}])"))

    def _cjk_spaces(self, text: str) -> Iterator[Edit]:
        # every edit of the rule is at a space run: a page without one (a fifth of Chinese
        # pages) costs one scan, and only a line holding a run can be letter-spaced (its
        # match starts at the line start, so matching there finds what finditer does)
        runs = space_runs(text)
        if not runs:
            return
        spaced: list[tuple[int, int]] = []
        letter_spaced = self._LETTER_SPACED.match
        for line_start in sorted({text.rfind("\n", 0, s) + 1 for s, _ in runs}):
            m = letter_spaced(text, line_start)
            if m is None:
                continue
            line = m.group()
            core_start = m.start() + (len(line) - len(line.lstrip(" \t\u3000\u00a0")))
            if m["ch"]:
                core_start = m.end("ch")
                line = text[core_start : m.end()]
            core = line.strip(" \t\u3000\u00a0")
            gaps = list(_SPACES.finditer(core))
            toks = _SPACES.split(core)
            if sum(
                len(tok.rstrip("：:，、")) == 1 and bool(self._HAN1.match(tok)) for tok in toks
            ) < (3 if m["ch"] else 2):
                continue  # '2020 年' or '（ 一 ）': not a spaced-out word
            spaced.append(m.span())
            # gaps wider than the narrowest separate words ('第 一 章   总 则'): kept
            narrow = min(len(g.group().replace("\u3000", "  ")) for g in gaps)
            for sm in gaps:
                if len(sm.group().replace("\u3000", "  ")) > narrow:
                    continue
                yield Edit(
                    core_start + sm.start(),
                    core_start + sm.end(),
                    "",
                    "repair.cjk_space.letter_spaced",
                    "delete",
                )
        # a spelled-out cell whose word the page prints unspaced ('~立 夏~' and '立夏'),
        # a letter-spaced line's word counted as printed ('立 夏' alone on its line)
        joined = "\n".join(_SPACES.sub("", text[s:e]) for s, e in spaced)
        for s, e in spelled_cells(text, joined):
            spaced.append((s, e))
            for k in range(s, e):
                if text[k] in " \u00a0":
                    yield Edit(k, k + 1, "", "repair.cjk_space.cell", "delete")
        # one pass over the space runs: between two Han characters a space may split a
        # word (judged per line below); beside CJK punctuation it is never needed
        by_line: dict[int, list[re.Match[str]]] = {}
        n = len(text)
        inner = self._INNER_SPACE.pattern.match
        # after_han() and _is_han() inlined: this loop visits every space run of the page
        for s, e in runs:
            if not s or e >= n:
                continue
            b = text[s - 1]
            b_han = (
                "\u4e00" <= b <= "\u9fff"
                or "\u3400" <= b <= "\u4dbf"
                or "\uf900" <= b <= "\ufaff"
                or b == "〇"
            )
            if not b_han and b not in _PUNCT_AFTER:
                continue  # not after a Han character or a comma-like mark
            if spaced and any(x <= s < y for x, y in spaced):
                continue  # a letter-spaced line's gaps have their own edits
            a = text[e]
            if b_han:
                if _is_han(a):
                    im = inner(text, s)
                    if im is not None:
                        by_line.setdefault(text.rfind("\n", 0, s) + 1, []).append(im)
                elif a in _PUNCT_BEFORE:
                    yield Edit(s, e, "", "repair.cjk_space.punct", "delete")
            elif _is_han(a):
                yield Edit(s, e, "", "repair.cjk_space.punct", "delete")
        heads = _numbered_heads(text, by_line)
        speakers_here = speakers(text) if by_line else frozenset()
        for line_start, matches in by_line.items():
            if line_start in heads:
                matches = matches[1:]  # '二 标题': the number keeps its space
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            line = text[line_start:line_end]
            # a short bracketed aside spacing its own items ('（记者 甲 通讯员 乙）', a news
            # lead's byline: two gaps at least): its gaps are kept and do not make the
            # rest of the line a list of items
            asides = [(line_start + a.start(), line_start + a.end()) for a in _ASIDE.finditer(line)]
            inside = [m for m in matches if any(x < m.start() < y for x, y in asides)]
            if len(inside) >= 2:  # one gap in brackets is judged as any other
                matches = [m for m in matches if m not in inside]
                if not matches:
                    continue
            # three or more such spaces in a line separate items (verse, name lists, table
            # cells) unless the line is prose they cut into pieces of uneven length
            if len(matches) >= 3 and not self._prose_cut(line):
                continue
            # two or more spaces each between words of two or more characters separate
            # items ('湖南大学 湖南师范大学 湖南涉外经济学院', '老师傅 同事 会打击我'):
            # kept, unless the line is prose they cut; a lone character split off a word
            # ('联 系 人') is still judged below
            # (the gap after a label, '第二条　本规定…', separates no items)
            # (one space cannot be two: a line with one skips the judgement)
            if len(matches) >= 2:
                between_words = [
                    m
                    for m in matches
                    if self._between_words(text, line_start, line_end, m)
                    and not self._label_before(text, line_start, m)
                    # a transcript speaker's typeset gap ('某村村民　某某：',
                    # cjk_speaker_gap) parts no items: it does not make the line's other
                    # gap a list's, unless that gap parts two names
                    and not (
                        speaker_gap(text, line_start, m)
                        and named_speaker(text, m, speakers_here)
                        and not any(
                            name_pair(text, o, speakers_here) for o in matches if o is not m
                        )
                    )
                ]
                # in a line of sentences a lone gap in a bracketed aside ('（记者 某某）')
                # is a byline's, no item separator: it keeps its space, and the line's
                # other gap is judged (a short line keeps both: '某句 (浏览 引用)')
                counted = [m for m in between_words if m not in inside]
                if len(between_words) >= 2 and not self._prose_cut(line):
                    if (
                        len(counted) >= 2
                        or len(counted) == len(between_words)
                        or not self._sentences(line)
                    ):
                        matches = [m for m in matches if m not in between_words]
                    else:
                        matches = [m for m in matches if m not in inside]
            # a heading/title-like line: its spaces separate phrases ('保持穩定 但日圓疲弱');
            # only a single character split off a word ('完 善推进机制') is an artifact
            # (a headline may close on '！' or '？': '某事件 官方回应了！')
            # (also inside the marks closing a quoted or wrapped headline: '（原标题：某事
            # 某人回应了？）', '《某事 官方回应了！》')
            core = _HEADLINE_CLOSE.sub("", line.strip())
            heading = len(line.strip()) <= self.t.space_heading_max and not (
                self.t.sentence_final.search(core)
            )
            doc_title = heading and self._doc_title(line)
            prose: bool | None = None  # read by the last check only: found when needed
            # every check below keeps the space (``continue``) and none has side effects,
            # so their order is free: the line-kind checks come first, as they keep most
            # spaces (a label's, a separator's: ~19 in 20 on clean pages), and the five
            # shape checks and the line's prose test run on the few spaces left
            for m in matches:
                if "\t" in m.group():
                    continue  # a tab parts a table's cells ('标题\t某文'), never a word
                if credit_gap(text, line, m.start() - line_start):
                    continue  # a credit row's maker cell ('导演 某 某': credit_gaps)
                if dated_row_gap(line, m.group()):
                    continue  # a day's row of cells ('某日　星期四　雪': cjk_row_gaps)
                if doc_title:
                    if self._label_before(text, line_start, m) or len(m.group()) > 1:
                        continue
                elif heading:
                    if self._label_before(text, line_start, m):
                        continue  # '第一章 总 则': the label keeps its space
                    if not self._splits_word(text, line_start, line_end, m, len(matches)):
                        continue
                elif self._is_separator(text, line_start, line_end, m):
                    continue  # a label's gap ('第九条 申请…') stays whatever the page prints
                if self._padded_name(text, line_start, line_end, m):
                    continue
                if speaker_gap(text, line_start, m):
                    continue  # '某村村民　某某：' (cjk_speaker_gap)
                if self._padded_label(text, line_start, m):
                    continue
                if self._spaced_label_end(text, line_start, m):
                    continue
                if self._field_gap(text, line_start, line_end, m):
                    continue
                if self._cell_gap(text, line_start, line_end, m):
                    continue
                if item_gap(line, m.start() - line_start, m.end() - line_start):
                    continue  # two names of a list, a verse line's halves (cjk_item_gaps)
                if prose is None:
                    prose = not heading and (
                        self._sentences(line)
                        or self._labelled_sentence(line)
                        or self._one_sentence(line)
                    )
                if self._beside_phrase_mark(text, line_start, line_end, m, prose=prose) and not (
                    prose and self._printed_joined(text, m)
                ):
                    continue
                yield Edit(m.start(), m.end(), "", "repair.cjk_space.inner", "delete")
