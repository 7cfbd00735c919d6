"""Site profiles: the lines and line shapes that repeat across the pages of one site.

Chrome that no rule pack names (a site's header bar, its download prompt, its footer) is
found the way boilerplate detectors since jusText and trafilatura's ``duplicate_test`` find
it: a line that appears on most pages of the same site is furniture, not content.  Before
stage 1 runs, :func:`build_profiles` counts, per site, on how many pages each short line
appears, both exactly and as a *shape* in which the page's own title, ``《…》`` titles and
all numbers are masked (``下载⟨T⟩word格式文档``, ``发布时间：⟨N⟩-⟨N⟩-⟨N⟩``).  The boilerplate
stage then deletes, on that site's pages, the lines whose support (share of the site's
pages containing them, 0-100) reaches ``site_min_support``, recording the support as the
change's score (rule ``boilerplate.site_repeat``).

Measure, then decide: the profile stores counts only; thresholds are applied when the
profile is used (:meth:`SiteProfiles.learned`), so a stored profile can be re-judged with
other thresholds.  Content that legitimately repeats on a site (salutations, statute
closing formulas, signatures, section headings, metadata lines) is never learned; the
table of such lines is ``cleaner/rules/site_repeat_keep.toml``.

Repetition alone is not enough (issue 11, "trust on real pages"); three guards keep learned
rules from eating content:

* **Near-duplicate pages count once.**  Six versions of one notice share every body
  sentence; counted as six pages they make the body look like chrome.  :class:`NearDups`
  groups a site's pages whose longest sentence pieces overlap by at least ``NEAR_DUP``
  (a length-weighted Jaccard of piece hashes); a page joining a group is counted in
  ``SiteProfile.copies`` only, so supports and ``site_min_pages`` count distinct pages.
* **A repeated line must also look like chrome** (:func:`chrome_signals`): signals that
  transfer across sites — prompt and site-voice vocabulary, URLs and e-mail addresses,
  menu separators, shortness, digit masks, a place at the top or bottom of the page.  A
  sentence (20+ characters ending in ``。``) needs a cue word, and a second one (or a place
  at the page's edge); a ``tail`` scope needs a footer start: a short heading that is not
  markup (``</channel>`` is a closing tag, not a heading).
* **Learned lines carry their expected removal share** (``LearnedLine.expected_share``,
  0-100: the mean share of a page's characters the line, or its tail, removed where it
  was seen), which ``cleaner rules mine`` writes and the boilerplate stage compares with
  what the line would remove on the page at hand (its loss budget).

A page's site is ``RawInput.site``, else the host of its URL, else the folder it was read
from (:func:`site_key`).
"""

from __future__ import annotations

import json
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cleaner.model import RawInput
from cleaner.rules import load_table

if TYPE_CHECKING:
    from cleaner.stages.boilerplate import BoilerplateConfig

RULE_ID = "boilerplate.site_repeat"
FORMAT_VERSION = 1

TITLE_MASK = "⟨T⟩"
NUMBER_MASK = "⟨N⟩"

#: Lines longer than this are never counted: chrome lines are short, and skipping prose
#: keeps the tables small (99 % of chrome lines in tests/families are under 120 chars).
MAX_LINE_CHARS = 200
#: When a site's table grows past this many entries, lines seen on one page only are
#: dropped (an approximation that keeps memory flat on large single-site batches).
PRUNE_AT = 200_000

_DIGITS = re.compile(r"\d+")
_CN_NUM = re.compile(r"[〇○零一二三四五六七八九十两]{1,6}(?=[年月日号期])")
_BOOK = re.compile(r"《[^《》]{1,80}》")
_LITERAL = re.compile(r"[\w\u4e00-\u9fff]")
_SENTENCE_END = ("。", "！", "？", "!", "?", "；")

#: Two pages whose sentence pieces overlap this much (length-weighted Jaccard, 0-1) are one
#: page for support.  Versions of one notice differing in a word share 0.8-0.95; distinct
#: pages of one site share only their chrome, under 0.3 on every family in tests/families.
#: Where chrome alone is half of two pages' text they are grouped too, but there the loss
#: budget (max_loss_share, 50 %) would refuse to remove it anyway.
NEAR_DUP = 0.5
#: Pieces sampled per page (its longest); the BAND longest index the page for look-ups.
SKETCH = 24
BAND = 8
#: A piece shared by this many distinct pages is chrome, useless for finding copies.
COMMON = 16
#: Distinct pages per site kept in the near-duplicate index (~1 kB each).  Copies matter
#: on small sites only: once a site has this many distinct pages, a text needs 6,000
#: copies to reach site_min_support, so later pages are looked up but not indexed.
MAX_LEADERS = 10_000
_PIECE_ENDS = ("。", "！", "？", "；", "! ", "? ", ". ", "; ")

#: A sentence: this long and ending in sentence punctuation.
SENTENCE_CHARS = 20
#: A footer start (a tail heading) is at most this long.
FOOTER_MAX_CHARS = 40
#: Longer lines are never chrome unless a cue, a URL or separators say so.
PROSE_CHARS = 80
_MENU_SEP = re.compile(r"\s[|｜/>»›·-]{1,2}\s|[|｜»›·]|>>|【[^】]{1,10}】")
_MARKUP_ONLY = re.compile(r"^(?:</?[A-Za-z][^<>]*>|<!\[CDATA\[|\]\]>|&\w+;|[\W_])+$")


def site_key(raw: RawInput) -> str:
    """The unit that site profiles are learned per.

    >>> site_key(RawInput("a/b/page.txt", b"", url="https://www.example.com/x"))
    'example.com'
    >>> site_key(RawInput("batch/part.jsonl:12", b""))
    'dir:batch'
    """
    if raw.site:
        return raw.site
    if raw.url:
        host = (urlsplit(raw.url).hostname or "").removeprefix("www.")
        if host:
            return host
    src = re.sub(r":\d+$", "", raw.source)
    return f"dir:{PurePath(src).parent.as_posix()}"


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
    """
    s = line
    if len(title) >= 6 and s != title and title in s:
        s = s.replace(title, TITLE_MASK)
    # substring tests first: most lines have no 《 and no date word, and `in` costs a
    # tenth of a regex scan (this runs on every line of the batch)
    if "《" in s:
        s = _BOOK.sub(f"《{TITLE_MASK}》", s)
    if "年" in s or "月" in s or "日" in s or "号" in s or "期" in s:
        s = _CN_NUM.sub(NUMBER_MASK, s)
    return _DIGITS.sub(NUMBER_MASK, s)


def literal_chars(shape: str) -> int:
    """Letters, digits and Han characters left in a shape once the masks are removed."""
    return len(_LITERAL.findall(shape.replace(TITLE_MASK, "").replace(NUMBER_MASK, "")))


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

    def add_page(self, text: str) -> None:
        """Count one distinct page (near-duplicates are filtered by :class:`SiteProfiles`)."""
        lines = text.split("\n")
        stripped = list(map(str.strip, lines))
        title = next((s for s in stripped if s), "")
        n = max(1, len(lines) - 1)
        size = max(1, len(text))
        self.chars += len(text)
        # tail_ok[i]: every non-empty line after i is short and not a sentence
        tail_ok = [False] * len(lines)
        ok, seen_after = True, False
        for i in range(len(lines) - 1, -1, -1):
            tail_ok[i] = ok and seen_after
            s = stripped[i]
            if s:
                seen_after = True
                if len(s) > 60 or s.endswith(_SENTENCE_END):
                    ok = False
        starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
        counts, shapes, positions = self.lines, self.shapes, self.positions
        seen: set[str] = set()
        for i, s in enumerate(stripped):
            if not s or len(s) > MAX_LINE_CHARS:
                continue
            shape = shape_of(s, title)
            # keys: 'L' + line, 'S' + shape; no shape for the title line: titles of one
            # series differ only in numbers ('2019年工作总结', '2020年工作总结') and are
            # content, not chrome
            for table, name, key in (
                (counts, s, "L" + s),
                *(((shapes, shape, "S" + shape),) if shape != s and s != title else ()),
            ):
                if key in seen:
                    continue
                seen.add(key)
                table[name] = table.get(name, 0) + 1
                positions[key] = positions.get(key, 0.0) + i / n
                if tail_ok[i]:
                    self.tails[key] = self.tails.get(key, 0) + 1
                    share = (size - starts[i]) / size
                    self.tail_shares[key] = self.tail_shares.get(key, 0.0) + share
                if table is shapes:
                    ex = self.examples.setdefault(name, [])
                    if len(ex) < 3 and s not in ex:
                        ex.append(s)
        self.pages += 1
        if len(self.lines) + len(self.shapes) > PRUNE_AT:
            self.prune(1)

    def prune(self, max_count: int) -> None:
        """Forget every line and shape seen on ``max_count`` pages or fewer."""
        for prefix, table in (("L", self.lines), ("S", self.shapes)):
            for k in [k for k, c in table.items() if c <= max_count]:
                del table[k]
                self.positions.pop(prefix + k, None)
                self.tails.pop(prefix + k, None)
                self.tail_shares.pop(prefix + k, None)
                self.examples.pop(k, None)

    def merge(self, other: SiteProfile) -> None:
        """Add another profile's counts of the same site (a stored one, say)."""
        self.pages += other.pages
        self.copies += other.copies
        self.chars += other.chars
        for mine, theirs in (
            (self.lines, other.lines),
            (self.shapes, other.shapes),
            (self.tails, other.tails),
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
        )


class NearDups:
    """The distinct pages of one site seen so far, to tell a new page from a near-copy.

    A page is sampled as its ``SKETCH`` longest sentence pieces (text between ``。！？；``,
    ``. `` and line ends), each kept as a CRC-32 hash and a length.  Two pages are near
    duplicates when the length-weighted Jaccard of their samples reaches ``NEAR_DUP``.
    The longest pieces are the body's sentences, not the site's chrome (menus, prompts and
    link titles are short), so the measure compares what the pages say; a word changed in
    one sentence changes one piece.  Candidates come from the ``BAND`` longest pieces; a
    piece on ``COMMON`` pages already is chrome and not looked up, so a page costs a few
    dictionary look-ups, not a scan of the site (~25 µs a page on tests/families pages,
    a quarter of what counting its lines costs).

    >>> d = NearDups()
    >>> body = "第一条规定了适用范围。第二条规定了职责分工。第三条规定了工作要求。"
    >>> d.seen(body), d.seen(body.replace("职责", "任务")), d.seen("另一份通知的正文内容。")
    (False, True, False)
    """

    __slots__ = ("leaders", "posting")

    def __init__(self) -> None:
        self.leaders: list[tuple[array[int], array[int]]] = []
        self.posting: dict[int, list[int]] = {}

    @staticmethod
    def sample(text: str) -> dict[int, int]:
        """``{hash: length}`` of the page's ``SKETCH`` longest pieces, longest first."""
        # str.replace + split: a tenth of the cost of a regex split on a CJK page
        for end in _PIECE_ENDS:
            text = text.replace(end, "\n")
        pieces = text.split("\n")
        pieces.sort(key=len, reverse=True)
        top = [p for p in map(str.strip, pieces[:SKETCH]) if len(p) >= 4]
        return dict(zip(map(zlib.crc32, map(str.encode, top)), map(len, top), strict=True))

    @staticmethod
    def similarity(a: dict[int, int], b: dict[int, int]) -> float:
        """Length-weighted Jaccard of two samples.

        >>> NearDups.similarity({1: 30, 2: 10}, {1: 30, 3: 20})
        0.5
        """
        both = sum(a[h] for h in a.keys() & b.keys())
        total = sum(a.values()) + sum(b.values()) - both
        return both / total if total else 0.0

    def seen(self, text: str) -> bool:
        """True when ``text`` is a near-duplicate of a page seen before; else remember it."""
        mine = self.sample(text)
        if not mine:
            return False
        band = list(mine)[:BAND]
        hits: Counter[int] = Counter()
        for h in band:
            posted = self.posting.get(h)
            if posted is not None and len(posted) < COMMON:
                hits.update(posted)
        # a page sharing a single long piece with this one may share a quote, not a text
        need = 2 if len(mine) >= 4 else 1
        for leader, n in hits.most_common(4):
            if n < need:
                break
            hashes, sizes = self.leaders[leader]
            if self.similarity(mine, dict(zip(hashes, sizes, strict=True))) >= NEAR_DUP:
                return True
        if len(self.leaders) < MAX_LEADERS:
            self.leaders.append((array("I", mine), array("I", mine.values())))
            for h in band:
                posted = self.posting.setdefault(h, [])
                if len(posted) <= COMMON:
                    posted.append(len(self.leaders) - 1)
        return False


def chrome_signals(line: str, *, mean_pos: float, masked: bool, cues: list[str]) -> list[str]:
    """Why a repeated line looks like chrome (empty: it looks like content).

    ``cues`` are the names of the cue patterns (``site_repeat_keep.toml``, ``[[cue]]``)
    the line matches; ``mean_pos`` is its mean relative line position (0 top, 1 bottom);
    ``masked`` says it was learned as a shape with numbers masked.

    >>> chrome_signals("网站首页 | 政务公开 | 办事服务", mean_pos=0.0, masked=False, cues=[])
    ['menu', 'short', 'edge']
    >>> chrome_signals("各部门要按照要求认真组织实施本项工作安排并及时报送。", mean_pos=0.5,
    ...                masked=False, cues=[])
    []
    """
    out = [f"cue:{c}" for c in cues]
    if len(_MENU_SEP.findall(line)) >= 2:
        out.append("menu")
    sentence = len(line) >= SENTENCE_CHARS and line.endswith(_SENTENCE_END)
    if not sentence and len(line) <= SENTENCE_CHARS:
        out.append("short")
    if masked:
        out.append("digits")
    edge = mean_pos < 0.2 or mean_pos > 0.8
    if edge:
        out.append("edge")
    if sentence:
        # a repeated sentence is content unless it speaks about the site or the page
        # (a disclaimer, a prompt): one cue at the page's edge, or two anywhere
        return out if len(cues) >= 2 or (cues and edge) else []
    if len(line) > PROSE_CHARS and not cues and "menu" not in out:
        return []
    return out


def footer_start(line: str, signals: list[str]) -> bool:
    """Can ``line`` start a footer (a tail scope)?  A short heading with words, not markup.

    >>> footer_start("</channel>", ["short", "edge"])
    False
    >>> footer_start("相关文档", ["cue:related", "short", "edge"])
    True
    """
    if len(line) > FOOTER_MAX_CHARS or _MARKUP_ONLY.match(line) or literal_chars(line) < 2:
        return False
    if line.endswith(_SENTENCE_END) and not any(x.startswith("cue:") for x in signals):
        return False
    return any(x.startswith("cue:") or x in ("menu", "short") for x in signals)


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """A line or shape judged to be chrome on one site."""

    key: str  # the exact line, or the shape
    kind: str  # "line" or "shape"
    scope: str  # "line" or "tail"
    pages: int
    support: float  # share of the site's pages, 0-100
    examples: tuple[str, ...]
    #: mean share (0-100) of a page's characters it removed where it was seen (``None``:
    #: unknown, learned from profiles stored before shares were counted)
    expected_share: float | None = None
    #: why it looks like chrome (``chrome_signals``)
    signals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Learned:
    """The chrome of one site under one configuration; :meth:`match` tests a line."""

    site: str
    pages: int
    lines: dict[str, LearnedLine]
    shapes: dict[str, LearnedLine]

    def match(self, line: str, title: str) -> LearnedLine | None:
        s = line.strip()
        hit = self.lines.get(s)
        if hit is None and self.shapes and s:
            hit = self.shapes.get(shape_of(s, title))
        return hit

    def __len__(self) -> int:
        return len(self.lines) + len(self.shapes)


class KeepTable:
    """Lines that must never be learned: ``site_repeat_keep.toml``, metadata and headers;
    and the cue words that make a repeated line look like chrome (``[[cue]]``)."""

    def __init__(self) -> None:
        from cleaner.stages.split import SplitStage

        data = load_table("site_repeat_keep")
        self.patterns = [(k["name"], re.compile(k["pattern"])) for k in data["keep"]]
        self.cue_patterns = [(c["name"], re.compile(c["pattern"])) for c in data["cue"]]
        self.split = SplitStage()

    def cues(self, line: str) -> list[str]:
        """Names of the cue patterns found in ``line``."""
        return [name for name, rx in self.cue_patterns if rx.search(line)]

    def reason(self, line: str) -> str | None:
        """Name of the keep rule protecting ``line`` (``None``: learnable)."""
        # judge the line as repair will leave it: a '?' that replaced a lost space at the
        # end ('各有关单位：?') must not hide a salutation
        line = line.strip().rstrip("?？").rstrip()
        for name, rx in self.patterns:
            if rx.match(line):
                return name
        if self.split.parse_meta_line(line) is not None or self.split.header_row(line):
            return "metadata"
        if self.split.is_header_line(line):
            return "article_header"
        return None


class SiteProfiles:
    """Profiles of every site in a batch (or stored from earlier batches)."""

    def __init__(self, profiles: Iterable[SiteProfile] = ()) -> None:
        self.sites: dict[str, SiteProfile] = {p.site: p for p in profiles}
        self._learned: dict[tuple[str, Any], Learned] = {}
        self._keep: KeepTable | None = None
        self._dups: dict[str, NearDups] = {}

    def __getstate__(self) -> dict[str, Any]:
        # the near-duplicate index only serves counting; workers and stored partial
        # profiles need the counts
        return {**self.__dict__, "_dups": {}}

    def __len__(self) -> int:
        return len(self.sites)

    def __iter__(self) -> Iterator[SiteProfile]:
        return iter(self.sites.values())

    def get(self, site: str | None) -> SiteProfile | None:
        return self.sites.get(site) if site else None

    def add(self, site: str, text: str) -> None:
        """Count a page of ``site``, once per group of near-duplicates (:class:`NearDups`)."""
        prof = self.sites.setdefault(site, SiteProfile(site))
        dups = self._dups.get(site)
        if dups is None:
            dups = self._dups[site] = NearDups()
        if dups.seen(text):
            prof.copies += 1
        else:
            prof.add_page(text)
        self._learned.clear()

    def merge(self, other: SiteProfiles) -> None:
        """Add the counts of ``other`` (e.g. the corpus' stored profiles) to these."""
        for p in other:
            mine = self.sites.setdefault(p.site, SiteProfile(p.site))
            mine.merge(p)
        self._learned.clear()

    def learned(self, site: str | None, config: BoilerplateConfig) -> Learned | None:
        """What counts as chrome on ``site`` under ``config`` (cached per site)."""
        prof = self.get(site)
        if prof is None or not config.site_repeat or prof.pages < config.site_min_pages:
            return None
        ck = (prof.site, config)
        if ck not in self._learned:
            if self._keep is None:
                self._keep = KeepTable()
            self._learned[ck] = judge(prof, config, self._keep)
        return self._learned[ck]

    def to_json(self) -> str:
        """Serialise the counts (not the decisions) for storage beside a corpus."""
        data = {
            "version": FORMAT_VERSION,
            "sites": {s: p.to_dict() for s, p in sorted(self.sites.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfiles:
        data = json.loads(text)
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"site profiles: unsupported version {data.get('version')!r}")
        return cls(SiteProfile.from_dict(s, d) for s, d in data["sites"].items())


def judge(prof: SiteProfile, config: BoilerplateConfig, keep: KeepTable) -> Learned:
    """Apply the thresholds of ``config`` to the counts of one site."""
    lines: dict[str, LearnedLine] = {}
    shapes: dict[str, LearnedLine] = {}
    need = config.site_min_support * prof.pages / 100.0
    for kind, table, out in (("line", prof.lines, lines), ("shape", prof.shapes, shapes)):
        prefix = "L" if kind == "line" else "S"
        for key, count in table.items():
            if count < need or count < 2:
                continue
            if kind == "line" and (
                len(key) < config.site_min_chars or sum(ch.isalpha() for ch in key) < 2
            ):
                continue  # '附件', '一、' and bare numbers ('1.20', '2016') are never chrome
            if kind == "shape" and literal_chars(key) < config.site_shape_min_literal:
                continue
            probe = key if kind == "line" else prof.examples.get(key, [key])[0]
            if kind == "shape" and len(probe) > 20 and probe.endswith(_SENTENCE_END):
                continue  # prose differing only in numbers is content, not chrome
            if keep.reason(probe) is not None:
                continue
            pk = prefix + key
            mean_pos = prof.positions.get(pk, 0.0) / count
            signals = chrome_signals(
                probe, mean_pos=mean_pos, masked=kind == "shape", cues=keep.cues(probe)
            )
            if not signals:
                continue  # repeats, but reads like content (a body sentence)
            tails = prof.tails.get(pk, 0)
            is_tail = tails >= 0.8 * count and mean_pos >= 0.6 and footer_start(probe, signals)
            examples = (key,) if kind == "line" else tuple(prof.examples.get(key, ()))
            expected: float | None = None  # unknown in profiles stored before it was
            if is_tail and pk in prof.tail_shares:
                expected = round(100.0 * prof.tail_shares[pk] / tails, 2)
            elif not is_tail and prof.chars:  # one line of a page of the site's mean length
                size = len(probe) + 1
                expected = round(100.0 * min(1.0, size * prof.pages / prof.chars), 2)
            out[key] = LearnedLine(
                key,
                kind,
                "tail" if is_tail else "line",
                count,
                round(100.0 * count / prof.pages, 2),
                examples,
                expected,
                tuple(signals),
            )
    return Learned(prof.site, prof.pages, lines, shapes)


def decode_raw(raw: RawInput) -> str | None:
    """The text of a raw page as the pipeline will see it (``None`` if undecodable)."""
    from cleaner.ingest.charset import DecodeError, decode

    if raw.text is not None:
        text = raw.text
    else:
        try:
            text = decode(raw.data).text
        except DecodeError:
            return None
    return text.replace("\r\n", "\n")


def with_stored(stored: SiteProfiles | None, batch: SiteProfiles | None) -> SiteProfiles | None:
    """The profiles a run applies: those stored with a corpus, then the batch's counts.

    Stored counts come first, so a shape's first examples (the first is the probe the
    boilerplate stage judges it by) stay the ones seen first; examples are capped at
    three.  A site whose table passes ``PRUNE_AT`` entries forgets its rarest lines
    (seen on 1, then 2, 4 … pages) so what is stored stays bounded.

    >>> old = SiteProfiles(); new = SiteProfiles()
    >>> for i in range(4): old.add("s", f"第{i}条：本站第{i}篇文章的正文\\n扫码关注本站")
    >>> for i in range(4, 6): new.add("s", f"第{i}条：本站第{i}篇文章的正文\\n扫码关注本站")
    >>> both = with_stored(old, new)
    >>> both.get("s").pages, both.get("s").lines["扫码关注本站"]
    (6, 6)
    """
    if stored is None:
        return batch
    out = SiteProfiles()
    out.merge(stored)
    if batch is not None:
        out.merge(batch)
    for p in out:
        for k, ex in p.examples.items():
            p.examples[k] = ex[:3]
        floor = 1
        while len(p.lines) + len(p.shapes) > PRUNE_AT:
            p.prune(floor)
            floor *= 2
    return out


def build_profiles(raw_pages: Iterable[Any]) -> SiteProfiles:
    """Count repeated lines per site over a batch: the pre-pass before stage 1.

    ``raw_pages`` is what :func:`cleaner.ingest.readers.read_inputs` yields; quarantined and
    undecodable items are skipped.  Lines seen on one page only are dropped at the end.

    Examples
    --------
    >>> pages = [RawInput(f"s/{i}.txt", f"标题{i}\\n正文第{i}段。\\n扫码关注本站".encode())
    ...          for i in range(6)]
    >>> prof = build_profiles(pages).get("dir:s")
    >>> prof.pages, prof.lines["扫码关注本站"]
    (6, 6)
    """
    profiles = SiteProfiles()
    for raw in raw_pages:
        if not isinstance(raw, RawInput):
            continue
        text = decode_raw(raw)
        if text is not None:
            profiles.add(site_key(raw), text)
    for p in profiles:
        p.prune(1)
    return profiles
