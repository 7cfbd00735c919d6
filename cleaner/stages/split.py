"""Stage 3: cut a compiled page into articles and parse their metadata headers.

A page that compiles documents under numbered headers (``第一篇:…``, ``篇二：…``,
``【篇三】…``) becomes one article per header; the numbers must run 1, 2, 3 … so that a
sentence starting with 第二篇 inside an article is not a boundary.  Text before the first
header (what boilerplate left of the page head) is never an article.  In each article a
leading metadata block (``【发布单位】…【发布文号】…``) is parsed into ``meta`` and removed,
and a header title that the site truncated is completed from the title inside the body.
A page without headers is one article.  Tables live in ``cleaner/rules/headers.toml``.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass

from cleaner.edits import Edit, Editor, split_lines
from cleaner.model import Change
from cleaner.rules import load_table

NAME = "split"

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def cn_number(s: str) -> int | None:
    """Parse ``'3'``, ``'三'``, ``'十二'``, ``'二十一'`` into an int.

    >>> cn_number("二十一"), cn_number("12"), cn_number("十")
    (21, 12, 10)
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


# every header form starts with one of these characters (a cheap pre-filter)
_HEADER_START = frozenset("第篇【〖[〔（(范例样作模文材精优热推经参")
_TABLE_CELLS = re.compile(r"\t|[|｜]|\s{2,}|\u3000+")
_DATE = re.compile(r"(\d{4})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})")


def _num(m: re.Match[str]) -> int | None:
    """The article number of a header match (its ``num`` group or an alternative)."""
    groups = m.groupdict()
    for g in ("num", "num2", "num3"):
        if groups.get(g):
            return cn_number(groups[g])
    return None


def normalise_date(value: str) -> str | None:
    """``'2003年8月13日'`` → ``'2003-08-13'``; ``None`` when no date is found."""
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@dataclass(frozen=True, slots=True)
class SplitConfig:
    """Options of the split stage (section ``[split]``).

    Attributes
    ----------
    enabled:
        Split compiled pages (default ``True``); when off every page is one article.
    parse_meta:
        Parse and remove per-article metadata headers (default ``True``).
    complete_titles:
        Complete truncated header titles from the body (default ``True``).
    """

    enabled: bool = True
    parse_meta: bool = True
    complete_titles: bool = True


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as the split stage sees it, before ids and metrics are attached."""

    index: int
    title: str
    text: str
    meta: dict[str, str]


class Tables:
    def __init__(self) -> None:
        t = load_table("headers")
        self.headers = [(h["name"], re.compile(h["regex"])) for h in t["article_header"]]
        self.fallback = [(h["name"], re.compile(h["regex"])) for h in t["fallback_header"]]
        self.fields: dict[str, str] = dict(t["meta_fields"])
        self.date_fields = set(t["meta"]["date_fields"])
        self.title_endings = tuple(t["meta"]["title_endings"])
        # labels may be letter-spaced on government sites ('索 引 号：', '发 文 机 关：')
        labels = "|".join(
            r"\s?".join(map(re.escape, k)) for k in sorted(self.fields, key=len, reverse=True)
        )
        self.bracket_item = re.compile(r"【(?P<k>[^【】]{1,8})】(?P<v>[^【】]*)")
        self.bracket_line = re.compile(r"^(?:\s*【[^【】]{1,8}】[^【】]*)+$")
        # a value runs to the next label: repair may have removed the space before it
        sep = r"[\s；;，,|｜]*"
        value = rf"[^:：]*?(?={sep}(?:{labels})\s*[:：]|{sep}$)"
        self.colon_item = re.compile(rf"(?P<k>{labels})\s*[:：]\s*(?P<v>{value})")
        self.colon_line = re.compile(rf"^(?:{sep}(?:{labels})\s*[:：]\s*{value})+{sep}$")
        # a table row whose separators were partly lost: label, value, label, value …
        cell_value = rf"[^:：\s；;，,|｜][^:：]*?(?={sep}(?:{labels})|{sep}$)"
        self.run_item = re.compile(rf"(?P<k>{labels})\s*(?P<v>{cell_value})")
        self.run_line = re.compile(rf"^(?:{sep}(?:{labels})\s*{cell_value}){{2,}}{sep}$")


class SplitStage:
    """Find article boundaries, parse headers, and return the articles."""

    name = NAME

    def __init__(self, config: SplitConfig | None = None) -> None:
        self.config = config or SplitConfig()
        self.t = Tables()

    # -- metadata -------------------------------------------------------------------
    def label(self, cell: str) -> str | None:
        """The ``meta`` field a table cell names ('发 文 机 关：' → 'issuer'), else None."""
        return self.t.fields.get(re.sub(r"\s+", "", cell).rstrip(":："))

    def cells(self, line: str) -> list[str]:
        """Cells of a table-like line (tab, '|', or runs of spaces between cells)."""
        return [c.strip() for c in _TABLE_CELLS.split(line.strip()) if c.strip()]

    def header_row(self, line: str) -> list[str] | None:
        """Fields of a table header row made only of labels ('发文机关 | 发文字号 | 成文日期')."""
        cells = self.cells(line)
        if len(cells) < 2:
            return None
        keys = [re.sub(r"\s+", "", c).rstrip(":：") for c in cells]
        return keys if all(k in self.t.fields for k in keys) else None

    def parse_meta_line(self, line: str) -> dict[str, str] | None:
        """Fields of one metadata line: '【发布单位】…', '发文机关：… 发文字号：…' or a
        label/value table row ('发文机关\t某市人民政府\t发文字号\t某政发〔2020〕5号').

        >>> SplitStage().parse_meta_line("索 引 号：001-2020-03 ｜ 发文机关：某市人民政府")
        {'index_no': '001-2020-03', 'issuer': '某市人民政府'}
        """
        s = line.strip()
        if not s:
            return None
        items: list[tuple[str, str]] | None = None
        if self.t.bracket_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in self.t.bracket_item.finditer(s)]
        elif self.t.colon_line.match(s):
            items = [
                (re.sub(r"\s+", "", m["k"]), m["v"].strip()) for m in self.t.colon_item.finditer(s)
            ]
        else:
            cells = self.cells(s)
            if len(cells) >= 2 and len(cells) % 2 == 0:
                keys, values = cells[::2], cells[1::2]
                if all(self.label(k) for k in keys) and not any(self.label(v) for v in values):
                    items = [
                        (re.sub(r"\s+", "", k).rstrip(":："), v)
                        for k, v in zip(keys, values, strict=True)
                    ]
            if items is None and len(cells) >= 2 and self.t.run_line.match(s):
                items = [
                    (re.sub(r"\s+", "", m["k"]), m["v"].strip())
                    for m in self.t.run_item.finditer(s)
                ]
        if not items:
            return None
        return self._fields(items)

    def _fields(self, items: list[tuple[str, str]]) -> dict[str, str] | None:
        known = [(self.t.fields[k], v) for k, v in items if k in self.t.fields]
        if not known:
            return None
        meta: dict[str, str] = {}
        for key, value in known:
            if not value:
                continue
            if key in self.t.date_fields:
                value = normalise_date(value) or value
            meta.setdefault(key, value)
        return meta

    def is_header_line(self, line: str) -> bool:
        """True when ``line`` has the form of an article header (any number)."""
        s = line.strip()
        return bool(s) and s[0] in _HEADER_START and any(rx.match(s) for _, rx in self.t.headers)

    def meta_block(
        self, lines: list[str], idx: list[int]
    ) -> list[tuple[list[int], dict[str, str]]]:
        """Metadata lines at the top of an article body: ``(line indices, fields)`` rows.

        The block may start on the first line or, below a title line, on the second; a
        two-row table (labels, then values) counts as one row.
        """
        for first in (0, 1):
            if first == 1 and (not idx or len(lines[idx[0]].strip()) > 60):
                break
            rows: list[tuple[list[int], dict[str, str]]] = []
            k = first
            while k < len(idx) and k < first + 8:
                parsed = self.parse_meta_line(lines[idx[k]])
                if parsed is not None:
                    rows.append(([idx[k]], parsed))
                    k += 1
                    continue
                head = self.header_row(lines[idx[k]])
                if head and k + 1 < len(idx):
                    vals = self.cells(lines[idx[k + 1]])
                    if len(vals) == len(head) and not any(self.label(v) for v in vals):
                        fields = self._fields(list(zip(head, vals, strict=True))) or {}
                        rows.append(([idx[k], idx[k + 1]], fields))
                        k += 2
                        continue
                break
            if rows:
                return rows
        return []

    # -- titles ---------------------------------------------------------------------
    def _doc_tail(self, line: str) -> bool:
        s = line.strip()
        return (
            0 < len(s) <= 12
            and s.endswith(self.t.title_endings)
            and not re.search(r"[，。；：,;:]", s)
        )

    def complete_title(self, head: str, body: list[str]) -> str:
        """Complete a truncated header title from the first lines of the body.

        >>> st = SplitStage()
        >>> st.complete_title("关于做好防汛工作的", ["某某市人民政府", "关于做好防汛工作的通知"])
        '关于做好防汛工作的通知'
        """
        if not head:
            return ""
        for i, raw in enumerate(body[:8]):
            line = raw.strip()
            if not line or re.search(r"[。，；,;]", line) or len(line) > len(head) + 40:
                continue
            cands = [line]
            complete = line.endswith(self.t.title_endings)
            if not complete and i + 1 < len(body) and self._doc_tail(body[i + 1]):
                cands.insert(0, line + body[i + 1].strip())
            for cand in cands:
                if cand.startswith(head):
                    return cand
                for k in range(min(len(cand), len(head)), 5, -1):
                    if head.endswith(cand[:k]):
                        return head + cand[k:]
        return head

    def title_from_body(self, body: list[str]) -> str:
        """Title of an article without a header: its first line, joined with the next when
        the first is an issuer line ('某某市人民政府') and the next a '关于…' title, or the
        next is a document-type tail ('紧急通知').

        >>> SplitStage().title_from_body(["某某市人民政府", "关于做好防汛工作的通知", "正文。"])
        '某某市人民政府关于做好防汛工作的通知'
        """
        first = body[0].strip()
        nxt = body[1].strip() if len(body) > 1 else ""
        punct = re.compile(r"[。，；：,;:！？!?]")
        if nxt and len(first) <= 20 and not punct.search(first) and nxt != first:
            if (
                nxt.startswith("关于")
                and nxt.endswith(self.t.title_endings)
                and not punct.search(nxt)
            ):
                return first + nxt
            if self._doc_tail(nxt):
                return first + nxt
        return first[:120]

    # -- the stage ------------------------------------------------------------------
    def find_headers(self, lines: list[str]) -> list[tuple[int, str, str]]:
        """``(line index, header rule, title)`` of the accepted article headers."""
        found: list[tuple[int, str, str]] = []
        expected = 1
        for i, raw in enumerate(lines):
            s = raw.strip()
            if not s or len(s) > 130 or s[0] not in _HEADER_START:
                continue
            for name, rx in self.t.headers:
                m = rx.match(s)
                if m and _num(m) == expected:
                    found.append((i, name, m["title"].strip()))
                    expected += 1
                    break
        return found or self.find_fallback_headers(lines)

    def find_fallback_headers(self, lines: list[str]) -> list[tuple[int, str, str]]:
        """Numbered document-title lines (``1. …总结``) when no header form occurs."""
        found: list[tuple[int, str, str]] = []
        expected = 1
        for i, raw in enumerate(lines):
            s = raw.strip()
            if not s or len(s) > 90:
                continue
            for name, rx in self.t.fallback:
                m = rx.match(s)
                if m and _num(m) == expected and m["title"].strip().endswith(self.t.title_endings):
                    found.append((i, name, m["title"].strip()))
                    expected += 1
                    break
        if len(found) < 2:
            return []
        ends = [h[0] for h in found[1:]] + [len(lines)]
        for (i, _, _), end in zip(found, ends, strict=True):
            if sum(1 for ln in lines[i + 1 : end] if ln.strip()) < 2:
                return []
        return found

    def __call__(self, editor: Editor) -> list[ArticleDraft]:
        text = editor.text
        lines, spans = split_lines(text)
        headers = self.find_headers(lines) if self.config.enabled else []
        segments: list[tuple[int, int, tuple[int, str, str] | None]]
        if headers:
            segments = [
                (h[0] + 1, headers[k + 1][0] if k + 1 < len(headers) else len(lines), h)
                for k, h in enumerate(headers)
            ]
        else:
            segments = [(0, len(lines), None)]
        edits: list[Edit] = []
        drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]] = []
        if headers and headers[0][0] > 0:
            start = 0
            end = spans[headers[0][0]][0]
            edits.append(Edit(start, end, "", "split.page_prefix", "delete"))
        for seg_start, seg_end, head in segments:
            if head is not None:
                hs, _, he = spans[head[0]]
                edits.append(
                    Edit(
                        hs,
                        he,
                        "",
                        "split.article_header",
                        "delete",
                        ref=json.dumps({"rule": head[1], "title": head[2]}, ensure_ascii=False),
                    )
                )
            body_idx = [i for i in range(seg_start, seg_end) if lines[i].strip()]
            meta: dict[str, str] = {}
            dropped: set[int] = set()
            meta_edits: list[Edit] = []
            rows = self.meta_block(lines, body_idx) if self.config.parse_meta else []
            for row_idx, parsed in rows:
                meta.update({a: b for a, b in parsed.items() if a not in meta})
                s = spans[row_idx[0]][0]
                e = spans[row_idx[-1]][2]
                meta_edits.append(
                    Edit(
                        s,
                        e,
                        "",
                        "split.meta_header",
                        "delete",
                        ref=json.dumps(parsed, ensure_ascii=False),
                    )
                )
                dropped.update(range(row_idx[0], row_idx[-1] + 1))
            content = [i for i in body_idx if i not in dropped]
            if not content:
                continue
            body_lines = [lines[i] for i in content]
            head_title = head[2] if head else ""
            if head_title and self.config.complete_titles:
                title = self.complete_title(head_title, body_lines)
            elif head_title:
                title = head_title
            else:
                title = self.title_from_body(body_lines)
            # a meta block below the title line lies inside the article: an inner edit
            first_start = spans[content[0]][0]
            inner: list[Edit] = [e for e in meta_edits if e.start > first_start]
            edits.extend(e for e in meta_edits if e.start < first_start)
            # a title line repeated right below itself (scraped twice) is kept once
            for a, b in itertools.pairwise(content[:3]):
                if any(a < d < b for d in dropped):
                    continue  # a metadata row lies between: its own edit removes it
                if lines[a].strip() == lines[b].strip() and len(lines[a].strip()) <= 120:
                    inner.append(
                        Edit(spans[a][1], spans[b][1], "", "split.repeated_title", "delete")
                    )
            a_start = spans[content[0]][0]
            a_end = spans[content[-1]][1]
            drafts.append((a_start, a_end, title, meta, inner))
            edits.extend(inner)
        # every character outside an article and not yet deleted is a separator
        claimed = sorted((e.start, e.end) for e in edits)
        claimed += [(a, b) for a, b, *_ in drafts]
        claimed.sort()
        pos = 0
        for a, b in claimed:
            if a > pos:
                edits.append(Edit(pos, a, "", "split.separator", "delete"))
            pos = max(pos, b)
        if pos < len(text):
            edits.append(Edit(pos, len(text), "", "split.separator", "delete"))
        editor.apply(NAME, edits)
        out: list[ArticleDraft] = []
        for n, (a, b, title, meta, inner) in enumerate(drafts, start=1):
            piece = text[a:b]
            for ed in sorted(inner, key=lambda x: x.start, reverse=True):
                piece = piece[: ed.start - a] + ed.after + piece[ed.end - a :]
            out.append(ArticleDraft(n, title, piece, meta))
        if "".join(d.text for d in out) != editor.text:
            raise AssertionError("split: articles do not tile the page text")
        offset = 0
        for d in out:
            editor.record(
                Change(
                    editor.page_id,
                    NAME,
                    "split.article_boundary",
                    "split",
                    offset,
                    offset + len(d.text),
                    "",
                    "",
                    ref=str(d.index),
                    step=editor.step,
                )
            )
            offset += len(d.text)
        return out
