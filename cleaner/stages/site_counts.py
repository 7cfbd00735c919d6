"""Counting for site profiles: line shapes, one site's counts, near-duplicate pages.

:class:`SiteProfile` counts, for one site, on how many pages each short line and each
*shape* (the line with the page title, ``《…》`` titles and numbers masked) appears;
:class:`~cleaner.stages.near_dups.NearDups` tells a new page from a near-copy of one
already counted.  How the counts are judged is in :mod:`cleaner.stages.site_judge`; the
batch-level entry points are in :mod:`cleaner.stages.site_profile`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from xxhash import xxh3_64_intdigest

from cleaner.stages.repeat_slots import SLOT_MASK, SLOT_MAX_CHARS, slot_shape
from cleaner.stages.split_head import bar_head
from cleaner.stages.split_titles import split_suffix

TITLE_MASK = "⟨T⟩"
NUMBER_MASK = "⟨N⟩"

#: Lines longer than this are never counted: chrome lines are short, and skipping prose
#: keeps the tables small (99 % of chrome lines in tests/families are under 120 chars).
MAX_LINE_CHARS = 200
#: When a site's table grows past this many entries, lines seen on one page only are
#: dropped (an approximation that keeps memory flat on large single-site batches).
PRUNE_AT = 200_000

_DIGITS = re.compile(r"\d+")
#: one capital letter alone as a label's value, closing its cell; or a word of one to
#: three ideographs closing its cell (a status: '舒适度：一般', '路况：畅通'), the cell's
#: end a wide gap, a bar or the line's end
_LETTER_SLOT = re.compile(
    r"(?<=[：:])[ \t]*(?:[A-Z](?=[ \t\u3000]|$)"
    r"|[\u4e00-\u9fff]{1,3}(?=\u3000|[ \t]{2}|[ \t]*[|｜]|$))"
)
#: a figure written with thousands separators ('35,000'): one figure, one mask
_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")
#: a figure that is a count (times, people, a rate): a counter row holds only these
_COUNT_FIG = re.compile(r"⟨N⟩[ \t]?(?:人次|次|人|%|％|遍|票)")
#: a label whose one-letter value is the page's own datum (an answer, a size, a grade, a
#: blood type, a model): never a slot, whatever the row around it counts
_DATUM_LABEL = re.compile(
    r"(?:^|[ \t\u3000|｜])(?:答案|答|等级|等級|级别|級別|尺码|尺碼|尺寸|血型|型号|型號"
    r"|选项|選項|规格|規格|结果|結果|判断|判斷)[ \t]*[：:][ \t]*(?:[A-Z]|[\u4e00-\u9fff]{1,3})"
    r"(?=[ \t\u3000|｜]|$)"
)
_CN_DIGITS = "〇○零一二三四五六七八九十两"
_CN_NUM = re.compile(f"[{_CN_DIGITS}]{{1,6}}(?=[年月日号期])")
_BOOK = re.compile(r"《[^《》]{1,80}》")
#: a character some mask needs (a digit, ``《``, a Chinese numeral): without one, and
#: without the title, a line is its own shape
_MASKABLE = re.compile(rf"[\d《{_CN_DIGITS}]")
_LITERAL = re.compile(r"[\w\u4e00-\u9fff]")
_SENTENCE_END = ("。", "！", "？", "!", "?", "；")
#: a copyright line opens with its mark or word: the footer's, however long (an English
#: owner's name and 'All rights reserved.' make it a long line; one closed by a Chinese
#: sentence mark, a piece's own rights note, still ends the text above it)
_COPYRIGHT = re.compile(r"(?i)^(?:©|\(c\)\s|copyright\b|版权所有)")

#: Title suffixes: the first lines of a page that may be its title (an HTML page's
#: ``<title>`` is its first line; a text page may open with a navigation bar and a date).
TITLE_LINES = 3
MAX_TITLE_CHARS = 120
MAX_SUFFIX_CHARS = 20
_TITLE_SEPS = frozenset("-_|｜–—")


def _hash(text: str) -> int:
    """A 64-bit hash of ``text``, stable across processes (unlike ``hash``)."""
    return xxh3_64_intdigest(text.encode("utf-8", "surrogatepass"))


_R = TypeVar("_R", bound=tuple[Any, ...])
_V = TypeVar("_V")


def _once(record: complex) -> tuple[float, float | None]:
    """A line's first sighting as :attr:`SiteProfile.once_lines` packs it: (position,
    tail share or ``None``); floats come back bit for bit.

    >>> _once(complex(0.25, -1.0)), _once(complex(0.5, 0.125))
    ((0.25, None), (0.5, 0.125))
    """
    share = record.imag
    return record.real, None if share < 0 else share


def _merge_once(mine: dict[int, _V], theirs: dict[int, _V]) -> None:
    """Single sightings of two profiles: one seen on both sides is dropped (unnamed)."""
    for h, rec in theirs.items():
        if mine.pop(h, None) is None:
            mine[h] = rec


def page_title(lines: list[str]) -> str:
    """The first non-empty stripped line: what a site's title-bearing chrome repeats."""
    for ln in lines:
        s = ln.strip()
        if s:
            return s
    return ""


def shape_of(line: str, title: str) -> str:
    """``line`` with the page title, ``《…》`` titles and numbers masked.

    >>> shape_of("下载关于做好防汛工作的通知word格式文档", "关于做好防汛工作的通知")
    '下载⟨T⟩word格式文档'
    >>> shape_of("发布时间：2020-06-18 阅读：1024次", "")
    '发布时间：⟨N⟩-⟨N⟩-⟨N⟩ 阅读：⟨N⟩次'

    A one-letter value after a label's colon on a counter row (every figure a count:
    times, people, a rate) is a slot too (the option the row counts); a letter on a row
    of other figures (a price, a height, a score) or under a datum's label (an answer, a
    size, a blood type) is the page's own and stays.

    >>> shape_of("做过 31 次　正确率 64%　易错项：D", ""), shape_of("答案：D", "")
    ('做过 ⟨N⟩ 次　正确率 ⟨N⟩%　易错项：⟨N⟩', '答案：D')
    >>> shape_of("尺码：M　库存：12件　售价：59元", "")
    '尺码：M　库存：⟨N⟩件　售价：⟨N⟩元'
    >>> shape_of("已答 9 人　正确率 50%　答案：C", "")
    '已答 ⟨N⟩ 人　正确率 ⟨N⟩%　答案：C'

    A counter's figure written with thousands separators is one figure, and a status
    word of one to three ideographs closing a counter row's cell is its slot; a
    datum's word stays ('结论：对').

    >>> shape_of("在场 1,204 人　｜　上限 9,000 人　｜　拥挤度：适中", "")
    '在场 ⟨N⟩ 人　｜　上限 ⟨N⟩ 人　｜　拥挤度：⟨N⟩'
    >>> shape_of("排队 12 人　等候 3 人　状态：空闲", "")
    '排队 ⟨N⟩ 人　等候 ⟨N⟩ 人　状态：⟨N⟩'
    >>> shape_of("作答 8 人　答对 5 人　结果：错", "")
    '作答 ⟨N⟩ 人　答对 ⟨N⟩ 人　结果：错'
    >>> shape_of("共 3,5 人　状态：空闲", "")  # no thousands: two figures, one not a count
    '共 ⟨N⟩,⟨N⟩ 人　状态：空闲'
    """
    s = line
    if len(title) >= 6 and s != title and title in s:
        s = s.replace(title, TITLE_MASK)
    elif _MASKABLE.search(s) is None:  # most lines (70 % on clean pages): one scan
        return s
    # substring tests first: most lines have no 《 and no date word, and `in` costs a
    # tenth of a regex scan (this runs on every line of the batch)
    if "《" in s:
        s = _BOOK.sub(f"《{TITLE_MASK}》", s)
    if "年" in s or "月" in s or "日" in s or "号" in s or "期" in s:
        s = _CN_NUM.sub(NUMBER_MASK, s)
    if ("：" in s or ":" in s) and "," in s:
        # a counter's figure with thousands separators is one figure ('在园 2,068 人')
        counted = _DIGITS.sub(NUMBER_MASK, _THOUSANDS.sub(NUMBER_MASK, s))
        if _counter_row(counted):
            return _LETTER_SLOT.sub(NUMBER_MASK, counted)
    s = _DIGITS.sub(NUMBER_MASK, s)
    if _counter_row(s):
        # a counter row's one-letter value ('正确率85%　易错项：B') or status word
        # ('舒适度：一般'): a slot as its figures
        s = _LETTER_SLOT.sub(NUMBER_MASK, s)
    return s


def _counter_row(s: str) -> bool:
    """The masked line ``s`` is a counter row: labelled (a colon), two figures or more,
    every one a count, and no datum's label (an answer, a size) on it."""
    return (
        ("：" in s or ":" in s)
        and (figures := s.count(NUMBER_MASK)) >= 2
        and len(_COUNT_FIG.findall(s)) == figures
        and _DATUM_LABEL.search(s) is None
    )


def literal_chars(shape: str) -> int:
    """Letters, digits and Han characters left in a shape once the masks are removed."""
    bare = shape.replace(TITLE_MASK, "").replace(NUMBER_MASK, "").replace(SLOT_MASK, "")
    return len(_LITERAL.findall(bare))


@dataclass(slots=True)
class SiteProfile:
    """Counts for one site: on how many pages each line and each shape appears.

    ``tails`` counts the pages on which the line is followed only by short title-like lines
    (a "related articles" heading); ``positions`` sums the line's relative position (0 at
    the top, 1 at the bottom) so the mean tells head chrome from footer chrome.
    """

    site: str
    pages: int = 0
    lines: dict[str, int] = field(default_factory=dict)
    shapes: dict[str, int] = field(default_factory=dict)
    tails: dict[str, int] = field(default_factory=dict)
    positions: dict[str, float] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: pages that were near-duplicates of a page already counted (not counted again)
    copies: int = 0
    #: characters of the counted pages (mean page length: expected share of a line rule)
    chars: int = 0
    #: per key in ``tails``: summed share (0-1) of the page from the line to its end
    tail_shares: dict[str, float] = field(default_factory=dict)
    #: the last part after a title separator ('…_澎湃新闻' → '澎湃新闻') of the page's first
    #: ``TITLE_LINES`` lines: on how many pages each ends a title (a site's suffix repeats)
    suffixes: dict[str, int] = field(default_factory=dict)
    #: lines and shapes seen on one page only since the last prune, by a 64-bit hash of
    #: their text (:func:`_hash`), not named: most lines of a site are body text seen
    #: once, and their text is kept only from a second sighting on.  Per hash: the
    #: page's relative position and tail share (``None``: not a tail); for a shape also
    #: its line (the example).  A line's two are one ``complex`` (position + share·j,
    #: share -1 for ``None``: :func:`_once`): 32 bytes, not a tuple and two floats'
    #: 104, on a table of up to ``PRUNE_AT`` entries.  Two texts with one hash would be
    #: counted as one (the documented limit: ~1e-9 for a site table of ``PRUNE_AT``
    #: entries).
    once_lines: dict[int, complex] = field(default_factory=dict, repr=False)
    once_shapes: dict[int, tuple[float, float | None, str]] = field(
        default_factory=dict, repr=False
    )

    def add_page(self, text: str, shapes_out: list[str | None] | None = None) -> None:
        """Count one distinct page (near-duplicates are filtered by :class:`SiteProfiles`).

        ``shapes_out``, if given, receives the shape of every non-empty line (``None``
        for a line too long to count), which template clustering signs pages with
        (:func:`cleaner.stages.site_templates.signature`) without shaping lines twice.
        """
        lines = text.split("\n")
        stripped = list(map(str.strip, lines))
        title = next((s for s in stripped if s), "")
        n = max(1, len(lines) - 1)
        size = max(1, len(text))
        self.chars += len(text)
        # the tail: lines i with tail_from <= i < last, after which every non-empty line
        # is short and not a sentence (and one is); found from the end, where it is
        last = tail_from = -1
        for i in range(len(stripped) - 1, -1, -1):
            s = stripped[i]
            if s:
                if last < 0:
                    last = i
                if s.endswith(_SENTENCE_END) or (len(s) > 60 and not _COPYRIGHT.match(s)):
                    tail_from = i
                    break
        tail_from = max(tail_from, 0)
        # the tail lines' offsets in the page
        at = sum(map(len, lines[:tail_from])) + tail_from
        starts: dict[int, int] = {}
        for i in range(tail_from, last):
            starts[i] = at
            at += len(lines[i]) + 1
        self._count_suffixes(stripped)
        counts, shapes, examples = self.lines, self.shapes, self.examples
        once_lines, once_shapes = self.once_lines, self.once_shapes
        seen_lines: set[str] = set()
        seen_shapes: set[str] = set()
        sight, again = self._sight, self._again
        # shape_of's common case inlined (no title in the line, nothing to mask: the
        # line is its own shape), and _sight's (a line seen on no page before: hashed
        # and kept once): this loop runs on every line of the batch
        masked = _MASKABLE.search
        titled = len(title) >= 6
        head_bar = bar_head(title)
        no_tail = not starts
        for i, s in enumerate(stripped):
            if not s or len(s) > MAX_LINE_CHARS:
                if s and shapes_out is not None:
                    shapes_out.append(None)
                continue
            if (titled and s != title and title in s) or masked(s) is not None:
                shape = shape_of(s, title)
            else:
                shape = s
            if shapes_out is not None:
                shapes_out.append(shape)
            share = None if no_tail or i not in starts else (size - starts[i]) / size
            if s not in seen_lines:
                seen_lines.add(s)
                c = counts.get(s)
                if c is not None:
                    counts[s] = c + 1
                    again("L" + s, i / n, share)
                else:
                    h = xxh3_64_intdigest(s.encode("utf-8", "surrogatepass"))
                    first_line = once_lines.pop(h, None)
                    if first_line is None:
                        once_lines[h] = complex(i / n, -1.0 if share is None else share)
                    else:  # the second page: named from now on
                        counts[s] = 2
                        again("L" + s, *_once(first_line))
                        again("L" + s, i / n, share)
            # no shape for the title line: titles of one series differ only in numbers
            # ('2019年工作总结', '2020年工作总结') and are content, not chrome; a site's
            # head bar opening the page ('某校　｜　某学期 某页': split_head.bar_head) is
            # no title, so its shape is counted as any other line's
            if shape == s or (s == title and not head_bar):
                continue
            if len(s) <= SLOT_MAX_CHARS:  # a response's stamp: its name a slot too
                slot = slot_shape(s, shape_of, title=title)
                if slot is not None and slot not in seen_shapes:
                    seen_shapes.add(slot)
                    self._sight_shape(slot, (i / n, share, s))
            if shape in seen_shapes:
                continue
            seen_shapes.add(shape)
            first = sight(shapes, once_shapes, "S", shape, (i / n, share, s))
            if first is None:
                continue  # a single sighting: its example waits in once_shapes
            ex = examples.setdefault(shape, [])
            for line in (first[2], s):
                if len(ex) < 3 and line not in ex:
                    ex.append(line)
        self.pages += 1
        if self.entries() > PRUNE_AT:
            self.prune(1)

    def _sight_shape(self, shape: str, record: tuple[float, float | None, str]) -> None:
        """Count one page's sighting of ``shape`` (its line is ``record[2]``), with its
        examples (the first three lines seen)."""
        first = self._sight(self.shapes, self.once_shapes, "S", shape, record)
        if first is None:
            return  # a single sighting: its example waits in once_shapes
        ex = self.examples.setdefault(shape, [])
        for line in (first[2], record[2]):
            if len(ex) < 3 and line not in ex:
                ex.append(line)

    def _sight(
        self, table: dict[str, int], once: dict[int, _R], prefix: str, name: str, record: _R
    ) -> _R | None:
        """Count one page's sighting of line or shape ``name``; ``record`` is its
        ``(position, tail share, …)`` on the page.  Returns ``None`` for a first sighting
        (kept as ``record`` under its hash), else the record of the first (``record``
        itself once the name was known)."""
        c = table.get(name)
        if c is not None:
            table[name] = c + 1
            self._again(prefix + name, record[0], record[1])
            return record
        h = _hash(name)
        first = once.pop(h, None)
        if first is None:
            once[h] = record
            return None
        table[name] = 2  # the second page: named from now on
        self._again(prefix + name, first[0], first[1])
        self._again(prefix + name, record[0], record[1])
        return first

    def _again(self, key: str, position: float, share: float | None) -> None:
        """Add one page's sighting of a named line or shape (``key``: 'L'/'S' + it)."""
        positions = self.positions
        positions[key] = positions.get(key, 0.0) + position
        if share is not None:
            self.tails[key] = self.tails.get(key, 0) + 1
            self.tail_shares[key] = self.tail_shares.get(key, 0.0) + share

    def entries(self) -> int:
        """Lines and shapes counted, named or not (what ``PRUNE_AT`` bounds)."""
        return len(self.lines) + len(self.shapes) + len(self.once_lines) + len(self.once_shapes)

    def _count_suffixes(self, stripped: list[str]) -> None:
        seen: set[str] = set()
        n = 0
        for s in stripped:
            if not s:
                continue
            n += 1
            if n > TITLE_LINES:
                break
            if len(s) <= MAX_TITLE_CHARS and not _TITLE_SEPS.isdisjoint(s):
                parts = split_suffix(s)
                if parts and len(parts[0]) >= 4 and 2 <= len(parts[1]) <= MAX_SUFFIX_CHARS:
                    seen.add(parts[1])
        for x in seen:
            self.suffixes[x] = self.suffixes.get(x, 0) + 1

    def prune(self, max_count: int) -> None:
        """Forget every line and shape seen on ``max_count`` pages or fewer."""
        if max_count >= 1:
            self.once_lines.clear()
            self.once_shapes.clear()
        for prefix, table in (("L", self.lines), ("S", self.shapes)):
            for k in [k for k, c in table.items() if c <= max_count]:
                del table[k]
                self.positions.pop(prefix + k, None)
                self.tails.pop(prefix + k, None)
                self.tail_shares.pop(prefix + k, None)
                self.examples.pop(k, None)
        for k in [k for k, c in self.suffixes.items() if c <= max_count]:
            del self.suffixes[k]

    def drop_counts(self, keep_shapes_from: int | None = None) -> None:
        """Let go of the line and shape tables (``pages``, ``chars``, ``copies`` and
        ``suffixes`` stay): what :meth:`SiteProfiles.settle` does once a site is judged.
        On a single-site batch of 200 MB the tables held ~90k lines seen on two pages or
        more, ~0.5 kB each (the text twice, as a line and as a position key): 43 MiB.
        Shapes seen on ``keep_shapes_from`` pages or more stay (the repair stage still
        asks whether the site prints a page mark's shape: ``SiteProfiles.shape_seen``)."""
        keep = keep_shapes_from
        shapes = {} if keep is None else {s: n for s, n in self.shapes.items() if n >= keep}
        self.lines, self.shapes, self.tails, self.positions = {}, shapes, {}, {}
        self.examples, self.tail_shares, self.once_lines, self.once_shapes = {}, {}, {}, {}

    def merge(self, other: SiteProfile) -> None:
        """Add another profile's counts of the same site (a stored one, say).

        Meant for pruned profiles (``prune(1)``): of a line or shape seen once on each
        side, neither kept its text, so it is forgotten, as ``prune(1)`` would.
        """
        _merge_once(self.once_lines, other.once_lines)
        _merge_once(self.once_shapes, other.once_shapes)
        self.pages += other.pages
        self.copies += other.copies
        self.chars += other.chars
        for mine, theirs in (
            (self.lines, other.lines),
            (self.shapes, other.shapes),
            (self.tails, other.tails),
            (self.suffixes, other.suffixes),
        ):
            for k, c in theirs.items():
                mine[k] = mine.get(k, 0) + c
        for fmine, ftheirs in (
            (self.positions, other.positions),
            (self.tail_shares, other.tail_shares),
        ):
            for k, v in ftheirs.items():
                fmine[k] = fmine.get(k, 0.0) + v
        for k, ex in other.examples.items():
            self.examples.setdefault(k, []).extend(x for x in ex if x not in self.examples[k])

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "lines": self.lines,
            "shapes": self.shapes,
            "tails": self.tails,
            "positions": {k: round(v, 4) for k, v in self.positions.items()},
            "examples": self.examples,
            "copies": self.copies,
            "chars": self.chars,
            "tail_shares": {k: round(v, 4) for k, v in self.tail_shares.items()},
            "suffixes": self.suffixes,
        }

    @classmethod
    def from_dict(cls, site: str, d: dict[str, Any]) -> SiteProfile:
        return cls(
            site,
            int(d["pages"]),
            dict(d["lines"]),
            dict(d["shapes"]),
            dict(d.get("tails", {})),
            dict(d.get("positions", {})),
            {k: list(v) for k, v in d.get("examples", {}).items()},
            int(d.get("copies", 0)),
            int(d.get("chars", 0)),
            dict(d.get("tail_shares", {})),
            dict(d.get("suffixes", {})),
        )
