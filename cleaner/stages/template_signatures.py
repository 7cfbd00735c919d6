"""A page's template signature: the hashed shapes of its head and tail lines.

:func:`signature` describes a page by the shapes of its first and last :data:`ZONE`
non-empty lines (numbers and the page's title masked,
:func:`~cleaner.stages.site_counts.shape_of`) and its title's dressing
(:func:`~cleaner.stages.seo_titles.dressing`), each hashed to a feature (CRC-32, its low
bit saying whether the shape may link two templates); :class:`Signatures` holds a
folder's signatures end to end in one array.  :mod:`cleaner.stages.site_templates`
clusters pages by them.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterator

from cleaner.stages.seo_titles import dressing
from cleaner.stages.site_counts import MAX_LINE_CHARS, NUMBER_MASK, TITLE_MASK, shape_of
from cleaner.stages.template_links import distinctive

#: Non-empty lines taken from the top and from the bottom of a page.  Headers (site
#: name, navigation, uploader, date, counts) and footers (related lists, copyright) of
#: the document-site families in tests/families fit in 6-8 lines.
ZONE = 8
#: Longer lines are prose, not template: never a feature.
MAX_FEATURE_CHARS = 80


def signature(
    text: str,
    shapes: list[str | None] | None = None,
    memo: dict[str, int | None] | None = None,
    lines: dict[str, int | None] | None = None,
) -> array[int]:
    """Hashes of the shapes of the page's head and tail lines, sorted, unique.

    ``shapes`` are the shapes of the page's non-empty lines as site counting made them
    (:meth:`~cleaner.stages.site_counts.SiteProfile.add_page`); without them the zone
    lines are shaped here.  ``memo`` (shape → its feature, ``None`` for none) saves
    hashing the shapes a folder's template repeats on every page again; ``lines`` (line
    → its feature) saves shaping the lines it repeats word for word, unless the line
    holds the page's title (its shape masks it: it depends on the page).  The first
    line adds its dressing too (:func:`~cleaner.stages.seo_titles.dressing`), so here
    the shared bar counts twice, as itself and as ``⟨T⟩ | 范文``.

    >>> a = signature("XX文库 首页 | 范文\\n关于安全检查的通知\\n正文。\\n下载本文档 阅读 12 次")
    >>> b = signature("XX文库 首页 | 范文\\n工作总结\\n另一篇正文。\\n下载本文档 阅读 345 次")
    >>> len(set(a) & set(b))
    3
    >>> c = signature("甲传 ∷ 某氏宗谱 ∷ 某网\\n正文。")
    >>> d = signature("乙集 ∷ 某氏宗谱 ∷ 某网\\n另一篇正文。")
    >>> len(set(c) & set(d))
    1
    """
    if memo is None:
        memo = {}
    feats: set[int] = set()
    dressed = dressing(text)
    if dressed is not None and (f := _lookup(dressed, memo)) is not None:
        feats.add(f)
    if shapes is not None:
        for shape in (*shapes[:ZONE], *shapes[ZONE:][-ZONE:]):
            if shape is not None:
                f = _lookup(shape, memo)
                if f is not None:
                    feats.add(f)
        return array("I", sorted(feats))
    if lines is None:
        lines = {}
    head, tail = _zones(text)
    title = head[0] if head else ""
    masks = len(title) >= 6  # shape_of masks a title this long where a line holds it
    for s in (*head, *tail):
        if len(s) > MAX_LINE_CHARS:
            continue
        if masks and s != title and title in s:
            f = _lookup(shape_of(s, title), memo)
        else:  # the shape is the line's alone
            f = lines.get(s, _UNSEEN)
            if f == _UNSEEN:
                f = lines[s] = _lookup(shape_of(s, title), memo)
        if f is not None:
            feats.add(f)
    return array("I", sorted(feats))


def _lookup(shape: str, memo: dict[str, int | None]) -> int | None:
    """The feature of a zone line's shape (:func:`_feature`), through ``memo``; its low
    bit says whether the shape is distinctive enough to link two templates
    (:func:`~cleaner.stages.template_links.distinctive`: a feature keeps 31 bits of
    hash, and one shape still has one feature)."""
    if len(shape) > MAX_FEATURE_CHARS:
        return None
    f = memo.get(shape, _UNSEEN)  # not try/except: most zone lines are new
    if f == _UNSEEN:
        f = _feature(shape)
        if f is not None:  # the low bit: may it link two templates (template_links)
            f = f & ~1 | distinctive(shape)
        memo[shape] = f
    return f


#: A shape :func:`signature` has not looked up yet (``None`` is a shape without feature).
_UNSEEN = -1


def _zones(text: str) -> tuple[list[str], list[str]]:
    """The first ``ZONE`` non-empty lines of ``text`` (stripped), and the last ``ZONE`` of
    the rest: ``lines[:ZONE]`` and ``lines[ZONE:][-ZONE:]`` of its non-empty lines,
    without stripping the lines between (most of a page).

    >>> _zones("a\\n\\n b \\nc")
    (['a', 'b', 'c'], [])
    >>> h, t = _zones("\\n".join(map(str, range(20)))); h[-1], t
    ('7', ['12', '13', '14', '15', '16', '17', '18', '19'])
    """
    lines = text.split("\n")
    head: list[str] = []
    i, n = 0, len(lines)
    while i < n and len(head) < ZONE:
        s = lines[i].strip()
        if s:
            head.append(s)
        i += 1
    tail: list[str] = []
    j = n - 1
    while j >= i and len(tail) < ZONE:
        s = lines[j].strip()
        if s:
            tail.append(s)
        j -= 1
    tail.reverse()
    return head, tail


def _feature(shape: str) -> int | None:
    """The hash of a head or tail line's shape, ``None`` for '1/5', '—', bare numbers
    (in every template)."""
    bare = shape.replace(NUMBER_MASK, "").replace(TITLE_MASK, "") if "⟨" in shape else shape
    if not bare[:2].isalnum() and sum(map(str.isalnum, bare[:16])) < 2:  # most pass at once
        return None
    return zlib.crc32(shape.encode("utf-8", "surrogatepass"))


class Signatures:
    """The :func:`signature` of each page of a folder, end to end in one array.

    A folder of 80k pages holds ~12 features a page: as one ``array`` each they cost
    some 130 bytes a page, here 56 (and :func:`~cleaner.stages.site_templates.cluster`
    counts them without a Python int per feature).

    >>> s = Signatures(); s.append(array("I", [3, 5])); s.append(array("I", [7]))
    >>> len(s), list(s[0]), list(s[1])
    (2, [3, 5], [7])
    """

    __slots__ = ("ends", "flat")

    def __init__(self) -> None:
        self.flat = array("I")
        self.ends = array("Q")

    def append(self, sig: array[int]) -> None:
        self.flat.extend(sig)
        self.ends.append(len(self.flat))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> array[int]:
        return self.flat[self.ends[i - 1] if i else 0 : self.ends[i]]

    def __iter__(self) -> Iterator[array[int]]:
        a = 0
        flat = self.flat
        for b in self.ends:
            yield flat[a:b]
            a = b
