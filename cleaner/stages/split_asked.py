"""Questions each beside a dated row: a Q&A compilation's pieces (an investor board's
page, a help desk's or a hotline's answered questions).

Each piece is a question (a line holding ``？``), a dated row right ABOVE it or right
UNDER it (who asked and when: ``某网友　留言日期：2021-03-05 09:12``), then the answer.
The question is the piece's title and stays its first line of text; the dated row is its
metadata (its day the piece's ``published``), read out of the text.  A row closing every
piece, dated too and of one other signature (the desk's ``某办答复于：2021-03-06``), is
the board's chrome (the last piece may have lost its row with the page's foot).

The row may be a row of bracketed cells (``〔某类〕〔答复日期：2021-03-05〕〔浏览 88〕``: a
hotline digest's tag row), its date in a cell of its own among short tags and counters
(:func:`_cell_date`): the same row, drawn with brackets instead of spaces.

Which side the rows stand on is read from the page: the side that pairs more questions
(on a page whose rows stand under the questions, the row closing the piece above stands
over the next question, but never over the first); a tie is no run.  Two pieces at
least, distinct questions, every row of one signature (the labels of its cells), each
question followed by prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.shape_lines import BRACKETED_CELL as _CELL
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT
from cleaner.stages.split_page import joined, nonempty, stripped

#: a row ending in its date (a time of day may follow it, a closing bracket too, and the
#: board's counts of the entry: '｜　回复 2', '· 浏览(35)')
_DATED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?\s*[)）]?"
    r"(?:(?:[ \t\u3000]*[|｜·•][ \t\u3000]*|[ \t\u3000]+)[\u4e00-\u9fff]{1,4}[ \t]*[:：]?[ \t]*"
    r"[(（\[]?\d{1,6}[)）\]]?){0,3}$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: what an answer holds: a sentence of ten characters at least
_PROSE = re.compile(r"[^。！？!?]{10,}[。！？!?]")

#: the rule names of what :func:`asked_run` reads out of the text beside its headers
ROW_UNDER = "split.meta_header"
REPLY_ROW = "split.reply_row"


#: a tag row's bracketed cell (:data:`~cleaner.stages.shape_lines.BRACKETED_CELL`) holds
#: at most this many characters: a row with a longer one is no tag row
_CELL_MAX = 24
#: two bracketed cells side by side: a page without any holds no tag row
_CELLS_GATE = re.compile(r"[〕】\]］][ \t\u3000]*[〔【\[［]")
#: what may stand between two cells: spaces, a bar or a dot (fullmatched between two
#: bracketed cells, so nothing at all too: no cell_gaps.CELL_GAP)
_CELL_GAP = re.compile(r"[\s|｜·•/]*")
#: a tag's or a counter's cell holds at most this many characters (the dated one more)
_TAG_MAX = 12
#: a cell's date, its last words (a label before it, a time of day after it)
_CELL_DATED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?$"
)


def _cell_date(s: str) -> re.Match[str] | None:
    """The date of a row made only of bracketed cells, two at least, exactly one of
    them dated, the others short words (a tag, a labelled counter), or None.

    >>> _cell_date("〔某类〕〔答复日期：2021-03-05〕〔浏览 88〕")[0]
    '2021-03-05'
    >>> _cell_date("【某类】 【2021年3月5日】")[0], _cell_date("〔答复日期：2021-03-05〕")
    ('2021年3月5日', None)
    >>> _cell_date("〔某类〕〔另一类〕"), _cell_date("〔某类〕正文说起2021-03-05的事")
    (None, None)
    """
    cells: list[str] = []
    pos = 0
    for m in _CELL.finditer(s):
        if len(m[1]) > _CELL_MAX or _CELL_GAP.fullmatch(s, pos, m.start()) is None:
            return None
        cells.append(m[1].strip())
        pos = m.end()
    if len(cells) < 2 or _CELL_GAP.fullmatch(s, pos) is None:
        return None
    dated = [(c, d) for c in cells if (d := _CELL_DATED.search(c)) is not None]
    if len(dated) != 1 or any(len(c) > _TAG_MAX for c in cells if c != dated[0][0]):
        return None  # one date, the other cells short tags or counters
    return dated[0][1]


def dated_tail_row(s: str) -> re.Match[str] | None:
    """``s`` is a short row (no sentence in it) ending in its date, or a row of
    bracketed cells one of which holds its date (:func:`_cell_date`), or None."""
    if not 8 <= len(s) <= 48 or _SENTENCE.search(s):
        return None
    return _DATED.search(s) or _cell_date(s)


#: a title over a tag row is at most this long; it holds no sentence mark nor a label's colon
TAG_TITLE_MAX = 40
_NOT_TAG_TITLE = re.compile(r"[。！；;：:，,|｜〔〕【】\[\]［］]|[!?？]$")
#: the rule of a piece whose title stands over its tag row: the title line is its header
TAGGED = "keyed:tagged"


def _question(s: str) -> bool:
    return 6 <= len(s) <= 150 and ("？" in s or s.endswith("?")) and bool(_HAN.search(s))


def _day(m: re.Match[str]) -> str:
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"


def _tag_title(s: str) -> bool:
    """A short title line (no sentence, no label) over a row of bracketed cells."""
    return 4 <= len(s) <= TAG_TITLE_MAX and bool(_HAN.search(s)) and not _NOT_TAG_TITLE.search(s)


def _pairs(strip: list[str], filled: list[int], side: int) -> list[tuple[int, int]]:
    """(question, row) of every question with a dated row on ``side`` (-1 over, +1 under);
    under, a short title over a dated row of bracketed cells (:func:`_cell_date`) too."""
    out = []
    for k, i in enumerate(filled):
        if not 0 <= k + side < len(filled):
            continue
        j = filled[k + side]
        if _question(strip[i]):
            if dated_tail_row(strip[j]) and not _question(strip[j]):
                out.append((i, j))
        elif side > 0 and _tag_title(strip[i]) and _cell_date(strip[j]) is not None:
            if dated_tail_row(strip[j]):
                out.append((i, j))
    return out


def asked_run(
    lines: list[str], read: Callable[[str], dict[str, str] | None] | None = None
) -> tuple[list[tuple[int, str, str, dict[str, str]]], dict[int, tuple[str, dict[str, str]]]]:
    """The pieces of a Q&A page (see the module docstring) and the rows to read out of
    the text beside them (line -> rule, fields), or ``([], {})``.

    >>> ans = "您好，感谢关注。该项目已按计划推进，后续进展请以公告为准。"
    >>> page = ["某平台问答", "网友甲　留言日期：2021-03-05 09:12", "请问项目何时开工？", ans,
    ...         "某办答复于：2021-03-06", "网友乙　留言日期：2021-03-01 10:00",
    ...         "请问明年是否招聘？", ans, "某办答复于：2021-03-02"]
    >>> keyed, rows = asked_run(page)
    >>> [(i, t, m["published"]) for i, _, t, m in keyed]
    [(1, '请问项目何时开工？', '2021-03-05'), (5, '请问明年是否招聘？', '2021-03-01')]
    >>> sorted(rows)
    [4, 8]
    >>> asked_run(page[:5])
    ([], {})

    A board's row may close on the entry's counts, and ``read`` (the split stage's row
    reader) gives the asker too:

    >>> board = ["＃07　" + s + "　｜　回复 1" if "留言日期" in s else s for s in page]
    >>> [i for i, _, _, _ in asked_run(board)[0]]
    [1, 5]
    """
    text = joined(lines)
    if "？" not in text and "?" not in text and _CELLS_GATE.search(text) is None:
        return [], {}  # no question nor row of cells on the page (most pages): no pair
    filled, strip = nonempty(lines), stripped(lines)
    over, under = _pairs(strip, filled, -1), _pairs(strip, filled, 1)
    if len(over) == len(under):
        return [], {}
    pairs, side = (over, -1) if len(over) > len(under) else (under, 1)
    if len(pairs) < 2 or len({strip[q] for q, _ in pairs}) < len(pairs):
        return [], {}
    sig = {row_signature(strip[r]) for _, r in pairs}
    if len(sig) != 1:
        return [], {}
    (asker,) = sig
    starts = [min(q, r) for q, r in pairs]
    ends = [*starts[1:], len(lines)]
    extra: dict[int, tuple[str, dict[str, str]]] = {}
    replies: list[int] = []
    missing = 0  # pieces with no reply row of their own
    for (q, r), end in zip(pairs, ends, strict=True):
        body = [i for i in filled if max(q, r) < i < end]
        if not body or not _PROSE.search(strip[body[0]]):
            return [], {}  # a question with no answer under it
        own = [i for i in body[1:] if dated_tail_row(strip[i]) and row_signature(strip[i]) != asker]
        if len(own) == 1:
            replies.append(own[0])
        elif end < len(lines) or own:
            missing += 1
    # the last piece's row may be gone with the page's foot (the boilerplate stage's tail)
    if not missing and len(replies) >= 2 and len({row_signature(strip[i]) for i in replies}) == 1:
        extra.update({i: (REPLY_ROW, {}) for i in replies})
    keyed: list[tuple[int, str, str, dict[str, str]]] = []
    # questions each stay their piece's first line; a page of other titles (some may
    # ask) has every title read as its piece's header
    asked = all(_question(strip[q]) for q, _ in pairs)
    for q, r in pairs:
        m = dated_tail_row(strip[r])
        assert m is not None
        meta = {"published": _day(m)}
        if side < 0 and read is not None:  # who asked: the poster of the row over it
            who = (read(strip[r]) or {}).get("author")
            if who is not None and (read(strip[r]) or {}).get("published") == meta["published"]:
                meta["author"] = who
        if side < 0:  # the row over the question is the header, the question the title
            keyed.append((r, TITLE_IS_TEXT, strip[q], meta))
        elif asked:  # the question opens the piece, the row under it is read out
            keyed.append((q, HEADER_IS_TEXT, strip[q], meta))
            extra[r] = (ROW_UNDER, {"published": _day(m)})
        else:  # a title over its tag row: the title is the piece's header, as any title
            keyed.append((q, TAGGED, strip[q], meta))
            extra[r] = (ROW_UNDER, {"published": _day(m)})
    return keyed, extra


def asked_lines(stripped: list[str], hit_lines: Collection[int]) -> set[int]:
    """The questions and their dated rows of the page's Q&A run (:func:`asked_run`) when
    one of the repeated lines ``hit_lines`` is one of them: the split's pieces, however
    often the site asks the same question on its pages (a hotline digest repeats its
    hot questions issue after issue).  Learned as site chrome and deleted before the
    split reads the page, a piece would lose its title and merge into the one above.

    >>> ans = "您好，该事项可以在网上办理，无需到现场报送纸质资料。"
    >>> page = ["甲事怎样办理？", "〔某类〕〔日期：2021-03-05〕〔浏览 8〕", ans, "- - -",
    ...         "乙事怎样办理？", "〔某类〕〔日期：2021-03-09〕〔浏览 5〕", ans]
    >>> sorted(asked_lines(page, {4})), asked_lines(page, {2}), asked_lines(page[:3], {0})
    ([0, 1, 4, 5], set(), set())
    """
    if not any(
        _question(stripped[i]) or dated_tail_row(stripped[i]) or _tag_title(stripped[i])
        for i in hit_lines
    ):
        return set()
    out = asked_heads(stripped)
    if not out & set(hit_lines):
        return set()
    return out


def asked_heads(stripped: list[str]) -> set[int]:
    """The questions of the page's Q&A run (:func:`asked_run`) and the dated rows read
    out beside them: the split's header lines, none of them chrome.

    >>> ans = "您好，该事项可以在网上办理，无需到现场报送纸质资料。"
    >>> sorted(asked_heads(["甲事怎样办理？", "〔某类〕〔日期：2021-03-05〕", ans,
    ...                     "乙事怎样办理？", "〔某类〕〔日期：2021-03-09〕", ans]))
    [0, 1, 3, 4]
    """
    keyed, rows = asked_run(stripped)
    out = {i for i, (rule, _) in rows.items() if rule == ROW_UNDER}
    for i, rule, title, _ in keyed:
        out.add(i)
        if rule == TITLE_IS_TEXT:  # the row over its question: the question too
            out.update(k for k in range(i + 1, min(i + 3, len(stripped))) if stripped[k] == title)
    return out
