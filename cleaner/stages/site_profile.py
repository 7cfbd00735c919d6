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

A page's site is ``RawInput.site``, else the host of its URL, else the folder it was read
from (:func:`site_key`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
    s = _BOOK.sub(f"《{TITLE_MASK}》", s)
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

    def add_page(self, text: str) -> None:
        lines = text.split("\n")
        title = page_title(lines)
        n = max(1, len(lines) - 1)
        # tail_ok[i]: every non-empty line after i is short and not a sentence
        tail_ok = [False] * len(lines)
        ok, seen_after = True, False
        for i in range(len(lines) - 1, -1, -1):
            tail_ok[i] = ok and seen_after
            s = lines[i].strip()
            if s:
                seen_after = True
                if len(s) > 60 or s.endswith(_SENTENCE_END):
                    ok = False
        seen: set[str] = set()
        for i, raw in enumerate(lines):
            s = raw.strip()
            if not s or len(s) > MAX_LINE_CHARS:
                continue
            shape = shape_of(s, title)
            # no shape for the title line: titles of one series differ only in numbers
            # ('2019年工作总结', '2020年工作总结') and are content, not chrome
            keys = [f"L{s}"] + ([f"S{shape}"] if shape != s and s != title else [])
            for key in keys:
                if key in seen:
                    continue
                seen.add(key)
                table = self.lines if key[0] == "L" else self.shapes
                table[key[1:]] = table.get(key[1:], 0) + 1
                self.positions[key] = self.positions.get(key, 0.0) + i / n
                if tail_ok[i]:
                    self.tails[key] = self.tails.get(key, 0) + 1
                if key[0] == "S":
                    ex = self.examples.setdefault(key[1:], [])
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
                self.examples.pop(k, None)

    def merge(self, other: SiteProfile) -> None:
        """Add another profile's counts of the same site (a stored one, say)."""
        self.pages += other.pages
        for mine, theirs in (
            (self.lines, other.lines),
            (self.shapes, other.shapes),
            (self.tails, other.tails),
        ):
            for k, c in theirs.items():
                mine[k] = mine.get(k, 0) + c
        for k, v in other.positions.items():
            self.positions[k] = self.positions.get(k, 0.0) + v
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
        )


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """A line or shape judged to be chrome on one site."""

    key: str  # the exact line, or the shape
    kind: str  # "line" or "shape"
    scope: str  # "line" or "tail"
    pages: int
    support: float  # share of the site's pages, 0-100
    examples: tuple[str, ...]


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
    """Lines that must never be learned: ``site_repeat_keep.toml``, metadata and headers."""

    def __init__(self) -> None:
        from cleaner.stages.split import SplitStage

        data = load_table("site_repeat_keep")
        self.patterns = [(k["name"], re.compile(k["pattern"])) for k in data["keep"]]
        self.split = SplitStage()

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

    def __len__(self) -> int:
        return len(self.sites)

    def __iter__(self) -> Iterator[SiteProfile]:
        return iter(self.sites.values())

    def get(self, site: str | None) -> SiteProfile | None:
        return self.sites.get(site) if site else None

    def add(self, site: str, text: str) -> None:
        self.sites.setdefault(site, SiteProfile(site)).add_page(text)
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
            is_tail = prof.tails.get(pk, 0) >= 0.8 * count and mean_pos >= 0.6
            examples = (key,) if kind == "line" else tuple(prof.examples.get(key, ()))
            out[key] = LearnedLine(
                key,
                kind,
                "tail" if is_tail else "line",
                count,
                round(100.0 * count / prof.pages, 2),
                examples,
            )
    return Learned(prof.site, prof.pages, lines, shapes)


def decode_raw(raw: RawInput) -> str | None:
    """The text of a raw page as the pipeline will see it (``None`` if undecodable)."""
    from cleaner.readers import DecodeError, decode

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
    >>> for i in range(4): old.add("s", f"第{i}条\\n扫码关注本站")
    >>> for i in range(2): new.add("s", f"第{i + 4}条\\n扫码关注本站")
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

    ``raw_pages`` is what :func:`cleaner.readers.read_inputs` yields; quarantined and
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
