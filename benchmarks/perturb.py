"""Truth-preserving perturbations of a family's pages, for ``benchmarks/perturb_bench.py``.

A family (``tests/families/<name>``: pages + ``truth.jsonl``) is read into :class:`Doc`
records (the page decoded, its newlines folded to ``\\n``, its truth record).  A
perturbation is a pure function ``(docs, rng) -> docs`` that returns each page rewritten
*and its truth rewritten the same way*, or ``None`` for a page it cannot rewrite safely.
Every rewrite is an edit ``g(str) -> str`` applied alike to each unit of the page (a text
page's lines; an HTML page's text nodes, never its tags) and to every string of the truth
(titles, content lines, chrome lines, repairs, metadata values except the ISO date), so a
truth line that is a page line stays one.  :func:`check` then verifies that with the blind
families' own checker (``tests/families/blind_write.check_truth``).

The perturbations (:data:`PERTURBATIONS`), each choosing its variant per family (a site is
consistent) from an rng seeded by the benchmark's seed, the perturbation and the family:

* ``punct``: full-width colon ↔ ASCII colon (only where the ASCII colon is no artifact the
  repair stage would mend: before a date, a number, Latin); ``｜`` → ``|`` → wide spaces
  between cells → ``｜`` (or the other way round), a bar between ASCII spaces in the other
  width; ``【】`` → ``[]`` → ``〔〕`` → ``【】`` (or back);
* ``numbering``: the numbers of a compilation's piece headers in another scheme (``一、`` ↔
  ``1.`` ↔ ``（一）`` ↔ ``第N篇`` ↔ ``(N)`` ↔ ``No.0N`` ↔ ``【N】`` ↔ ``①`` ↔ ``… 篇N``, any
  leading decoration kept), only where the truth's article boundaries show every header
  (the title's line or one of the two lines before an article) and their numbers run on;
* ``labels``: metadata labels replaced by a synonym (``发布时间`` → ``发布日期`` …) on the
  lines that hold a metadata value, the values kept;
* ``traditional``: simplified → traditional characters (``perturb_tables.S2T``);
* ``chrome``: every chrome line the truth names reworded by kind (a static template line
  by invented chrome of its kind, in Chinese or English as the line was; a page-varying,
  numbered or article-header line keeps its shape and numbers and changes its label or
  first word; page numbers in another layout; rule lines in another symbol); lines that
  hold truth text (a page title holding the article's title) are left;
* ``newline`` and ``encoding``: controls (CRLF ↔ LF; the page re-encoded, GB ↔ UTF-8 ↔
  UTF-16, an HTML page's declared charset with it), which should change nothing.
"""

from __future__ import annotations

import html
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks.perturb_tables import (
    BAR_SYMBOLS,
    CHROME_LABELS,
    CHROME_LABELS_EN,
    CHROME_LINES,
    CHROME_LINES_EN,
    LABEL_GROUPS,
    PAGE_NUMBER,
    S2T,
)
from tests.families.blind_write import _dates, check_truth

Edit = Callable[[str], str]


@dataclass(frozen=True)
class Doc:
    """One page: file name, decoded text (``\\n`` newlines), HTML or not, the encoding
    and newline it is written in, and its truth record."""

    name: str
    text: str
    html: bool
    encoding: str
    newline: str
    truth: dict[str, Any]


def decode(name: str, raw: bytes, encoding: str, truth: dict[str, Any]) -> Doc:
    text = raw.decode(encoding)
    newline = "\r\n" if "\r\n" in text else "\n"
    return Doc(name, text.replace("\r\n", "\n"), name.endswith(".html"), encoding, newline, truth)


def encode(doc: Doc) -> bytes:
    """The page's bytes (``UnicodeEncodeError`` when its encoding cannot hold it)."""
    return doc.text.replace("\n", doc.newline).encode(doc.encoding)


# --- applying an edit to a page and its truth -------------------------------------------

_TAGS = re.compile(
    r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>)", re.S | re.I
)
_WS = re.compile(r"[ \t\n\r\f]+")


def _node(raw: str, g: Edit) -> str:
    """An HTML text node edited as the browser shows it (entities read, ASCII whitespace
    collapsed); left byte for byte when the edit changes nothing."""
    shown = _WS.sub(" ", html.unescape(raw)).strip()
    if not shown or g(shown) == shown:
        return raw
    lead = raw[: len(raw) - len(raw.lstrip(" \t\n\r\f"))]
    trail = raw[len(raw.rstrip(" \t\n\r\f")) :]
    return lead + html.escape(g(shown), quote=False) + trail


def units(doc: Doc) -> list[str]:
    """The units an edit sees: a text page's lines, an HTML page's text nodes as shown."""
    if not doc.html:
        return doc.text.split("\n")
    parts = _TAGS.split(doc.text)
    shown = (_WS.sub(" ", html.unescape(p)).strip() for p in parts[0::2])
    return [s for s in shown if s]


def truth_strings(t: dict[str, Any]) -> list[str]:
    """Every string of a truth record an edit rewrites."""
    out = [s for a in t["articles"] for s in (a["title"], *a["lines"])]
    out += [v for a in t["articles"] for k, v in a["meta"].items() if k != "published"]
    out += list(t["chrome"]) + [r[k] for r in t["repairs"] for k in ("damaged", "fixed")]
    return out


def apply(doc: Doc, g: Edit) -> Doc | None:
    """``doc`` with ``g`` applied to every unit of its page and every string of its truth;
    ``None`` when the edit makes a damaged line and its repair one and the same."""
    if doc.html:
        parts = _TAGS.split(doc.text)
        text = "".join(p if i % 2 else _node(p, g) for i, p in enumerate(parts))
    else:
        text = "\n".join(g(ln) for ln in doc.text.split("\n"))
    t = doc.truth
    reps = []
    for r in t["repairs"]:
        damaged = "\n".join(g(x) for x in r["damaged"].split("\n"))
        if damaged == g(r["fixed"]):
            return None
        reps.append({**r, "damaged": damaged, "fixed": g(r["fixed"])})
    arts = [
        {
            **a,
            "title": g(a["title"]),
            "lines": [g(x) for x in a["lines"]],
            "meta": {k: v if k == "published" else g(v) for k, v in a["meta"].items()},
        }
        for a in t["articles"]
    ]
    truth = {
        **t,
        "articles": arts,
        "chrome": [g(x) for x in t["chrome"]],
        "chrome_kinds": [[k, g(x)] for k, x in t.get("chrome_kinds", [])],
        "repairs": reps,
    }
    return replace(doc, text=text, truth=truth)


def line_map(table: dict[str, str]) -> Edit:
    """An edit that replaces whole units found in ``table``."""
    return lambda s: table.get(s, s)


# --- 1. punctuation ---------------------------------------------------------------------

_CJK = "\u3400-\u9fff"


#: a full-width colon whose next mark is not Han, CJK punctuation or the line's end: in
#: ASCII it is no artifact (``发布:2020-01-02``); before Han it would be one, which the
#: repair stage mends (``cleaner/stages/repair.py``: half-width marks among Han), so a
#: truth left with the ASCII colon there would be wrong
_FW_COLON = re.compile(rf"：(?=[ \t]*[^\s{_CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])")
_CELL = re.compile(r"[ 　]*[｜|][ 　]*|(?<=[^\s　])　{2,}(?=[^\s　])")


def punct(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Colons, cell separators and brackets in another width or shape (one scheme per
    family): a full-width colon before a date, number or Latin in ASCII (or, on a family
    with no full-width colon, an ASCII colon after Han in full width); the separator of a
    row of cells (``　｜　``, ``　|　``, wide spaces) the next of that cycle, a bar between
    ASCII spaces (a title's site suffix, a menu) in the other width; ``【】``, ``[]`` and
    ``〔〕`` each the next of their cycle."""
    fw_colon = any("：" in d.text for d in docs)
    forward = rng.random() < 0.5
    cycle = ["｜", "|", "wide"] if forward else ["｜", "wide", "|"]
    step = {a: b for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True)}

    def cells(m: re.Match[str]) -> str:
        bar = m[0].strip(" 　") or "wide"
        if bar != "wide" and "　" not in m[0]:
            return m[0].replace(bar, "|" if bar == "｜" else "｜")
        to = step[bar]
        return "　　" if to == "wide" else f"　{to}　"

    ring = "【】[]〔〕" if forward else "【】〔〕[]"
    brackets = str.maketrans({ring[i]: ring[(i + 2) % 6] for i in range(6)})

    def g(s: str) -> str:
        s = _FW_COLON.sub(":", s) if fw_colon else re.sub(rf"(?<=[{_CJK}]):", "：", s)
        return _CELL.sub(cells, s).translate(brackets)

    return [apply(d, g) for d in docs]


# --- 2. numbering of piece headers ------------------------------------------------------

_CN = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    """``12`` → ``十二`` (1-99)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones else "")


def cn_value(s: str) -> int | None:
    if s.isascii() and s.isdigit():
        return int(s)
    for n in range(1, 100):
        if cn_number(n) == s:
            return n
    return None


_NUM = rf"(\d{{1,3}}|[{_CN}]{{1,3}})"
_CIRCLED = (0x2460, 0x2776, 0x2474)  # ① ❶ ⑴: runs of 20, 10 and 20
#: scheme → the header pattern (groups: number, counter word, rest), after any leading
#: decoration (``▌``, ``━━ ``) is set aside
PARSE: dict[str, re.Pattern[str]] = {
    "cn_dun": re.compile(rf"^([{_CN}]{{1,3}})()、[\s　]*(.*)$"),
    "ar_dun": re.compile(r"^(\d{1,2})()、[\s　]*(.*)$"),
    "ar_dot": re.compile(r"^(\d{1,2})()[.．](?!\d)[\s　]*(.*)$"),
    "cn_paren": re.compile(rf"^[（(]([{_CN}]{{1,3}})()[）)][\s　]*(.*)$"),
    "ar_paren": re.compile(r"^[（(](\d{1,2})()[）)][\s　]*(.*)$"),
    "di": re.compile(rf"^第{_NUM}([篇章则节部课讲回条位期首问案])[\s　:：]*(.*)$"),
    "no": re.compile(r"^(?i:no)[.．]?[\s　]*(\d{1,3})()[\s　]*(.*)$"),
    "bracket": re.compile(rf"^[【［〖\[]{_NUM}()[】］〗\]][\s　]*(.*)$"),
    "circled": re.compile(r"^([①-⑳❶-❿⑴-⒇])()[\s　]*(.*)$"),
    "lead": re.compile(r"^(\d{2})()[\s　]+(.*)$"),
    "pian_suffix": re.compile(r"^(?P<rest>.*?)[\s　]*篇(\d{1,2})()$"),
}
_DECOR = re.compile(r"^([^\w（(【［〖\[]*)(.*)$", re.S)


def render(scheme: str, n: int, counter: str, rest: str) -> str:
    """Header number ``n`` in ``scheme`` before ``rest`` (the counter word kept)."""
    word = counter or "篇"
    forms = {
        "cn_dun": f"{cn_number(n)}、{rest}",
        "ar_dun": f"{n}、{rest}",
        "ar_dot": f"{n}. {rest}",
        "cn_paren": f"（{cn_number(n)}）{rest}",
        "ar_paren": f"({n}) {rest}",
        "di": f"第{cn_number(n)}{word}　{rest}",
        "di_ar": f"第{n}{word}　{rest}",
        "no": f"No.{n:02d} {rest}",
        "bracket": f"【{n}】{rest}",
        "circled": f"{chr(_CIRCLED[0] + n - 1)} {rest}",
        "pian_suffix": f"{rest} 篇{n}",
    }
    return forms[scheme].strip(" 　")


def _value(token: str) -> int | None:
    for start, size in zip(_CIRCLED, (20, 10, 20), strict=True):
        if len(token) == 1 and start <= ord(token) < start + size:
            return ord(token) - start + 1
    return cn_value(token)


def _parse(line: str) -> tuple[str, int, str, str, str] | None:
    """(scheme, number, counter word, rest, decoration) of a numbered header line."""
    deco, body = _DECOR.match(line.strip()).groups()  # type: ignore[union-attr]
    for name, pat in PARSE.items():
        m = pat.match(body)
        if m:
            if name == "pian_suffix":
                num, counter, rest = m[2], "", m["rest"]
            else:
                num, counter, rest = m[1], m[2], m[3]
            n = _value(num)
            if n and n <= 20:
                return name, n, counter, rest, deco
    return None


def headers(doc: Doc) -> list[str] | None:
    """The piece-header unit of each article of a compiled page (the title's unit, the
    article's first unit, or one of the two units before it, the first that is
    numbered), when all are numbered in one scheme with numbers running on; else
    ``None``."""
    arts = doc.truth["articles"]
    if len(arts) < 2:
        return None
    page = units(doc)
    content = {x for a in arts for x in a["lines"][1:]}
    found: list[tuple[str, str, int]] = []
    at = -1
    for a in arts:
        first = a["lines"][0] if a["lines"] else a["title"]
        hits = [j for j, u in enumerate(page) if j > at and first in (u, u.strip())]
        if not hits:
            return None
        before = [page[j] for j in range(hits[0] - 1, at, -1) if page[j].strip()][:2]
        at = hits[0]
        cands = [u for u in (a["title"], page[at], *before) if u in page or u.strip() in page]
        got = next(((c, p) for c in cands if c not in content and (p := _parse(c))), None)
        if got is None:
            return None
        found.append((got[0], got[1][0], got[1][1]))
    schemes = {s for _, s, _ in found}
    nums = [n for _, _, n in found]
    if len(schemes) != 1 or nums != list(range(nums[0], nums[0] + len(nums))):
        return None
    if len({u for u, _, _ in found}) != len(found):
        return None
    return [u for u, _, _ in found]


TARGETS = (
    "cn_dun",
    "ar_dot",
    "cn_paren",
    "ar_paren",
    "di",
    "di_ar",
    "no",
    "bracket",
    "circled",
    "pian_suffix",
)
#: the schemes a header takes when nothing or only punctuation follows its number
#: (``第1条／共4条``): a bare ``1.`` or ``一、`` there would read as a list item
BARE_TARGETS = ("di", "di_ar", "no", "bracket")


def numbering(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Piece headers renumbered in another scheme (an order of schemes drawn per family;
    a page takes the first that changes its headers)."""
    order = list(TARGETS)
    rng.shuffle(order)
    out: list[Doc | None] = []
    for d in docs:
        heads = headers(d)
        if heads is None:
            out.append(d)
            continue
        parsed = [_parse(h) for h in heads]
        table: dict[str, str] = {}
        bare = any(p is not None and not re.match(r"\w", p[3]) for p in parsed)
        for target in order:
            if target == parsed[0][0] or (bare and target not in BARE_TARGETS):  # type: ignore[index]
                continue
            table = {}
            for h, p in zip(heads, parsed, strict=True):
                assert p is not None
                lead = h[: len(h) - len(h.lstrip())]
                table[h] = lead + p[4] + render(target, p[1], p[2], p[3])
            if all(k.strip() != v.strip() for k, v in table.items()):
                break
        if not table or set(table.values()) & set(units(d)):
            out.append(None)
            continue
        out.append(apply(d, line_map(table)))
    return out


# --- 3. metadata label synonyms ---------------------------------------------------------

_GROUPS = [
    *LABEL_GROUPS,
    *(tuple(w.translate(str.maketrans(S2T)) for w in g) for g in LABEL_GROUPS),
]
_ALL_LABELS = sorted({w for g in _GROUPS for w in g}, key=len, reverse=True)
_LABEL = re.compile(
    r"(?:^|(?<=[\s　|｜，,；;【\[（(]))(" + "|".join(_ALL_LABELS) + r")(?=[ 　]*[：:】\]])"
)


def labels(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Metadata labels replaced by another of their group, on units that hold a metadata
    value (or are a bare label), unless the page already uses the new label."""
    swap: dict[str, str] = {}
    for grp in _GROUPS:
        k = rng.randrange(1, len(grp))
        swap.update({w: grp[(i + k) % len(grp)] for i, w in enumerate(grp)})
    out: list[Doc | None] = []
    for d in docs:
        values: set[str] = set()
        for a in d.truth["articles"]:
            for key, v in a["meta"].items():
                values.update(_dates(v) if key == "published" else [v])
        used = {w for u in units(d) for w in _LABEL.findall(u)}
        table = {w: swap[w] for w in used if swap[w] not in used}
        if not values or not table:
            out.append(d)
            continue

        def g(s: str, table: dict[str, str] = table, values: set[str] = values) -> str:
            if len(s.strip()) > 12 and not any(v and v in s for v in values):
                return s
            return _LABEL.sub(lambda m: table.get(m[1], m[1]), s)

        out.append(apply(d, g))
    return out


# --- 4. simplified → traditional --------------------------------------------------------

_S2T = str.maketrans(S2T)


def traditional(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Every character in its traditional form, page and truth alike."""
    return [apply(d, lambda s: s.translate(_S2T)) for d in docs]


# --- 5. chrome re-wording ---------------------------------------------------------------

_TRAD_ONLY = set(S2T.values()) - set(S2T)


def _reword(line: str, kind: str, rng: random.Random, state: dict[str, Any]) -> str:
    """Another chrome line of the same kind and layout (see :func:`chrome`)."""
    enc = state["encoding"]
    trad = enc.startswith(("big5", "cp950")) or any(c in _TRAD_ONLY for c in line)

    def conv(s: str) -> str:
        s = s.translate(_S2T) if trad else s
        try:
            s.encode(enc)
        except UnicodeEncodeError:
            return line
        return s

    if not re.search(r"\w", line):
        k = state.setdefault("bar", rng.randrange(len(BAR_SYMBOLS)))
        sym = next(c for c in BAR_SYMBOLS[k:] + BAR_SYMBOLS if c not in line and conv(c) == c)
        body = line.strip()
        return line.replace(body, sym * len(body))
    nums = re.findall(r"\d+", line)
    if kind == "page_number" and 1 <= len(nums) <= 2:
        forms = PAGE_NUMBER[len(nums)]
        k = state.setdefault(f"pn{len(nums)}", rng.randrange(len(forms)))
        return conv(forms[k].format(*nums))
    letters = [c for c in line if c.isalpha()]
    latin = sum(c.isascii() for c in letters) > len(letters) / 2
    lines, tags = (CHROME_LINES_EN, CHROME_LABELS_EN) if latin else (CHROME_LINES, CHROME_LABELS)
    # a numbered line (``消息：2``, ``［报道·贰］``) or an article header marks structure: it
    # keeps its numbers and shape, only a word changes; a static template line is
    # replaced whole
    numbered = re.search(rf"\d|[{_CN}壹贰叁肆伍陆柒捌玖拾]", line) is not None
    if (
        state["pages"][line] >= state["template"]
        and kind in lines
        and kind != "article_header"
        and not numbered
    ):
        key = f"pool_{kind}_{latin}"
        pool = state.setdefault(key, rng.sample(lines[kind], len(lines[kind])))
        while pool:
            if (new := conv(pool.pop())) != line:
                return new
    word = re.compile(
        r"\b[A-Za-z]{3,}\b" if latin else rf"(?<![\d{_CJK}])[{_CJK}]{{2,6}}(?![\d{_CJK}])"
    )
    # the label before a colon, else the first word
    m = re.match(r"^([^\w]*)(\w{1,8}?)([ 　]*[：:].+)$", line) or word.search(line)
    kind_tags = tags.get(kind) or tags["header"]
    if m is None:
        return line
    grp = 2 if m.re.groups == 3 else 0
    chosen = state.setdefault("labels", {})
    if m[grp] not in chosen:
        left = [x for x in kind_tags if x not in chosen.values()]
        chosen[m[grp]] = rng.choice(left) if left else m[grp]
    return line[: m.start(grp)] + conv(chosen[m[grp]]) + line[m.end(grp) :]


def chrome(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Each chrome line the truth names reworded by kind, the same way on every page of
    the family; lines that hold or sit inside truth text are left."""
    pages: Counter[str] = Counter()
    for d in docs:
        pages.update({x for _, x in d.truth.get("chrome_kinds", [])})
    state: dict[str, Any] = {
        "pages": pages,
        "template": max(2, len(docs) // 2),  # a template line: on half the pages or more
        "encoding": docs[0].encoding if docs else "utf-8",
    }
    new: dict[str, str] = {}
    for d in docs:
        for kind, x in d.truth.get("chrome_kinds", []):
            if x not in new:
                new[x] = _reword(x, kind, rng, state)
    out: list[Doc | None] = []
    for d in docs:
        truth = [s for a in d.truth["articles"] for s in (a["title"], *a["lines"])]
        have = set(units(d))
        table = {
            x: new[x]
            for _, x in d.truth.get("chrome_kinds", [])
            if x in have
            and new[x] != x
            and new[x] not in have
            and not any(x in s or (s and s in x) for s in truth)
        }
        out.append(apply(d, line_map(table)) if table else d)
    return out


# --- 6. controls: newlines and encodings ------------------------------------------------


def newline(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """CRLF pages in LF and LF pages in CRLF."""
    return [replace(d, newline="\n" if d.newline == "\r\n" else "\r\n") for d in docs]


_OTHER_ENC = {
    "utf-8": ("gb18030", "utf-16"),
    "utf-8-sig": ("gb18030", "utf-16"),
    "gbk": ("utf-8", "utf-16"),
    "gb18030": ("utf-8", "utf-16"),
    "gb2312": ("utf-8", "utf-16"),
    "utf-16": ("utf-8", "gb18030"),
    "big5": ("utf-8", "utf-16"),
    "cp950": ("utf-8", "utf-16"),
    "big5-hkscs": ("utf-8", "utf-16"),
}
_CHARSET = re.compile(r"(charset\s*=\s*[\"']?)([\w-]+)", re.I)


def encoding(docs: Sequence[Doc], rng: random.Random) -> list[Doc | None]:
    """Pages re-encoded in another encoding (chosen per family and source encoding); an
    HTML page's declared charset follows."""
    pick = {e: rng.choice(alts) for e, alts in sorted(_OTHER_ENC.items())}
    out: list[Doc | None] = []
    for d in docs:
        enc = pick.get(d.encoding.lower().replace("_", "-"), "utf-8")
        if enc is None:
            out.append(None)
            continue
        declared = enc.removesuffix("-sig")
        text = _CHARSET.sub(rf"\g<1>{declared}", d.text) if d.html else d.text
        out.append(replace(d, text=text, encoding=enc))
    return out


PERTURBATIONS: dict[str, Callable[[Sequence[Doc], random.Random], list[Doc | None]]] = {
    "punct": punct,
    "numbering": numbering,
    "labels": labels,
    "traditional": traditional,
    "chrome": chrome,
    "newline": newline,
    "encoding": encoding,
}


# --- the truth check ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    """What ``check_truth`` reads of a family: its name, newline and page encodings."""

    name: str
    newline: str
    encodings: tuple[str, ...]

    def page_encoding(self, i: int) -> str:
        return self.encodings[i]


def write(folder: Path, docs: Sequence[Doc]) -> None:
    """``folder/pages/<page>`` and ``folder/truth.jsonl``."""
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / "pages" / d.name).write_bytes(encode(d))
    lines = (json.dumps(d.truth, ensure_ascii=False) + "\n" for d in docs)
    (folder / "truth.jsonl").write_text("".join(lines), encoding="utf-8")


def check(folder: Path, docs: Sequence[Doc]) -> Counter[str]:
    """Problems per page of ``folder`` (written by :func:`write`) by the blind families'
    checker: chrome and content lines are whole lines in order, titles and metadata
    values on the page, damaged lines present, newlines as said.  Some older families
    fail it unperturbed (a date form it does not know): a perturbation is safe on a page
    when it adds no problem."""
    nl = Counter(d.newline for d in docs).most_common(1)[0][0]
    spec = _Spec(folder.name, nl, tuple(d.encoding for d in docs))
    bad = check_truth([spec], folder.parent)  # type: ignore[list-item]
    return Counter(msg.split(":", 1)[0].split("/", 1)[1] for msg in bad)
