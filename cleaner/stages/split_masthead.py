"""A compilation whose pieces each open with a masthead: a block of header lines over
the piece's plain title line.

A bulletin archive prints every bulletin under its own masthead (a rule line, the issue
number and date, the issuer and signer, a rule line) and then its title; a register
prints a row of labelled facts over each entry's title.  Read line by line, the title
is a bare line of text and no header; the masthead is what declares the piece, and it
does so only by REPEATING: the same block, line for line of one cell signature
(:func:`split_cells.row_signature`), stands over a title line and prose two times or
more down the page.  One masthead over one document proves nothing (the page head's
reader's business), nor does a rule-framed box of sentences inside one article.

The masthead's facts are its piece's (:func:`masthead_blocks`): the split deletes its
lines as metadata (ledger-recorded) and reads their fields into the piece.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PROSE
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END
from cleaner.stages.split_above import ROW_MAX_CHARS, title_lines
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_facts import sentence_ends
from cleaner.stages.split_meta_marks import _short_body
from cleaner.stages.split_page import MIN_BODY_CHARS, nonempty, per_page, prose_chars, stripped

__all__ = ["credited_body", "masthead_blocks", "masthead_fields", "titles_under_mastheads"]

Reader = Callable[[str], dict[str, str] | None]

#: a rule line is one box-drawing or dash character repeated at least this often
RULE_MIN_CHARS = 6
_RULE_CHARS = frozenset("═─━=＝-—_~～*＊·•※◆◇■□▬")
#: a masthead holds at most this many lines (rules included)
BLOCK_MAX_LINES = 6


def rule_line(s: str) -> bool:
    """A line of one repeated rule character (``══════``, ``------``).

    >>> rule_line("════════"), rule_line("==== 注 ===="), rule_line("——")
    (True, False, False)
    """
    return len(s) >= RULE_MIN_CHARS and len(set(s)) == 1 and s[0] in _RULE_CHARS


def _may_head(s: str) -> bool:
    """Can non-blank line ``s`` be a masthead's line (:func:`_block`'s cheap tests: a rule,
    or a short line without a sentence end)?  A title under a line that cannot has no
    block: the reader's look at the title (most of a page's short lines sit under prose)
    is spared."""
    return rule_line(s) or (len(s) <= ROW_MAX_CHARS and _SENTENCE_END.search(s) is None)


@per_page
def head_lines(lines: list[str]) -> list[bool]:
    """:func:`_may_head` of every stripped line (blank ones: False), from the page's
    shared facts: once a page, however many titles look up the lines above them."""
    ends = sentence_ends(lines)
    return [
        bool(s)
        and ((len(s) <= ROW_MAX_CHARS and not ends[i]) or (s[0] in _RULE_CHARS and rule_line(s)))
        for i, s in enumerate(stripped(lines))
    ]


def _may_declare(strip: list[str], i: int, head: list[bool] | None = None) -> bool:
    """Can the lines straight above line ``i`` hold a block :func:`_declares` accepts?
    Read with :func:`_may_head` alone, the run above holds every line :func:`_block`
    would take (and maybe more), so two rows, or one row in three lines (framed), must
    be in it already; most title-shaped lines of a page fail this without a reading."""
    rows = n = 0
    j = i - 1
    if head is None:  # a caller without the page's flags: read the lines
        head = [bool(s) and _may_head(s) for s in strip]
    while j >= 0 and strip[j] and n < BLOCK_MAX_LINES and head[j]:
        rows += not rule_line(strip[j])
        n += 1
        j -= 1
    return rows >= 2 or (rows >= 1 and n >= 3)


def _block(strip: list[str], i: int, read: Reader) -> list[int] | None:
    """The masthead lines straight above line ``i`` (no blank between), top first, when
    they are header lines (rules, rows of cells, rows the reader reads) and two rows at
    least, or one row framed by rules; else None."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and strip[j] and len(out) < BLOCK_MAX_LINES:
        s = strip[j]
        if not rule_line(s):
            if len(s) > ROW_MAX_CHARS or _SENTENCE_END.search(s):
                break
            if not read(s) and len(row_signature(s)) < 2:
                break
        out.append(j)
        j -= 1
    out.reverse()
    return out if _declares(strip, out, read) else None


def _declares(strip: list[str], block: list[int], read: Reader) -> bool:
    """Two rows at least, or one row framed by rules, one of them read as facts."""
    rows = [k for k in block if not rule_line(strip[k])]
    framed = len(block) >= 3 and rule_line(strip[block[0]]) and rule_line(strip[block[-1]])
    if not rows or (len(rows) < 2 and not framed):
        return False
    return any(read(strip[k]) for k in rows)  # a block with no fact declares nothing


def _shape(strip: list[str], block: list[int]) -> tuple[tuple[str, ...], ...]:
    return tuple(("rule",) if rule_line(strip[k]) else row_signature(strip[k]) for k in block)


def masthead_blocks(lines: list[str], read: Reader) -> dict[int, list[int]]:
    """``{title line: masthead lines}`` of a compilation declared by its repeated
    mastheads (see the module docstring), else ``{}``.

    >>> def read(s):
    ...     return {"published": s[-10:]} if s.endswith(("-09", "-19")) else None
    >>> body = "本期汇总了各站的观测结果，各单位请据此安排下一阶段的工作并按时报送。"
    >>> page = ["某局资料汇编", "", "第7号　　2021-03-09", "某局编　　审核：甲", "甲站观测情况",
    ...         body, "", "第8号　　2021-03-19", "某局编　　审核：乙", "乙站观测情况", body]
    >>> masthead_blocks(page, read)
    {4: [2, 3], 9: [7, 8]}
    >>> masthead_blocks(page[:6], read)  # one masthead: a single document's
    {}
    """
    title = title_lines(lines)
    if title.count(True) < 2:
        return {}  # two titles at least: a page with fewer declares no run
    strip = stripped(lines)
    filled = nonempty(lines)
    head = head_lines(lines)
    found: list[tuple[int, list[int]]] = []
    for i in filled:
        if i == 0 or not strip[i - 1] or not title[i]:
            continue
        s = strip[i]
        if not _may_declare(strip, i, head) or read(s):
            continue  # (no block can stand above: the title is not read)
        block = _block(strip, i, read)
        if block is None:
            continue
        if found and block[0] <= found[-1][0]:
            continue
        found.append((i, block))
    if len(found) < 2:
        return {}
    # the masthead is the block's part nearest the title that every piece repeats (the
    # first block may reach up into the page's head where no blank line parts them)
    size = min(len(b) for _, b in found)
    found = [(i, b[len(b) - size :]) for i, b in found]
    if len({_shape(strip, b) for _, b in found}) != 1 or not _declares(strip, found[0][1], read):
        return {}
    titles = [strip[i] for i, _ in found]
    if len(set(titles)) < len(titles):
        return {}
    ends = [*(b[0] for _, b in found[1:]), len(lines)]
    for (i, _), end in zip(found, ends, strict=True):
        if prose_chars(strip[i + 1 : end], _PROSE) < MIN_BODY_CHARS:
            return {}
        below = next((j for j in filled if j > i), None)
        if below is not None and below < end and read(strip[below]):
            return {}  # a row under the title too: that one is the piece's
    first = found[0][1][0]
    if prose_chars(strip[:first], _SENTENCE_END) >= MIN_BODY_CHARS:
        return {}  # prose before the first masthead: not a compilation's head
    return dict(found)


@lru_cache(maxsize=1)
def _credit_verbs() -> tuple[str, ...]:
    verbs = load_table("headers")["masthead"]["credit_verbs"]
    return tuple(sorted(verbs, key=len, reverse=True))


def credited_body(row: str) -> str | None:
    """The body a masthead row credits by a verb after its name (``[masthead]
    credit_verbs`` in headers.toml: ``某省某局编　　签发：某``), else None.

    >>> credited_body("甲省河道管理局编　　签发：乙"), credited_body("主编　　责编：丙")
    ('甲省河道管理局', None)
    """
    for cell in CELL_GAP_OR_BAR.split(row.strip()):
        for verb in _credit_verbs():
            name = cell[: -len(verb)] if cell.endswith(verb) else ""
            if name and not _PROSE.search(name) and (_short_body(name) or is_org(name)):
                return name
    return None


def masthead_fields(line: str, read: Reader) -> dict[str, str]:
    """What one masthead line says: the reader's fields and the body it credits."""
    s = line.strip()
    if rule_line(s):
        return {}
    fields = dict(read(s) or {})
    if "issuer" not in fields and (body := credited_body(s)):
        fields["issuer"] = body
    return fields


def titles_under_mastheads(
    lines: list[str], read: Reader
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(title line, rule, title, fields)`` of a compilation whose pieces each open with
    a repeated masthead over a plain title line (:func:`masthead_blocks`), else [].
    The title stays the piece's first line of text (:data:`split_clock.HEADER_IS_TEXT`);
    the fields are the masthead's rows read in order (the first reading of a field wins),
    and the body a row credits as its maker (:func:`credited_body`) its issuer.
    """
    strip = stripped(lines)
    out = []
    for i, block in masthead_blocks(lines, read).items():
        fields: dict[str, str] = {}
        for k in block:
            for key, v in masthead_fields(strip[k], read).items():
                fields.setdefault(key, v)
        out.append((i, HEADER_IS_TEXT, strip[i], fields))
    return out
