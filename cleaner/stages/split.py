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

from cleaner.edits import Edit, Editor, line_spans
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


_HEADER_START = frozenset("第篇【范例样")
_DATE = re.compile(r"(\d{4})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})")


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
        self.fields: dict[str, str] = dict(t["meta_fields"])
        self.date_fields = set(t["meta"]["date_fields"])
        self.title_endings = tuple(t["meta"]["title_endings"])
        labels = "|".join(sorted(map(re.escape, self.fields), key=len, reverse=True))
        self.bracket_item = re.compile(r"【(?P<k>[^【】]{1,8})】(?P<v>[^【】]*)")
        self.bracket_line = re.compile(r"^(?:\s*【[^【】]{1,8}】[^【】]*)+$")
        self.colon_item = re.compile(rf"(?P<k>{labels})\s*[:：]\s*(?P<v>[^\s:：]*)")
        self.colon_line = re.compile(rf"^(?:\s*(?:{labels})\s*[:：]\s*[^\s:：]*)+\s*$")


class SplitStage:
    """Find article boundaries, parse headers, and return the articles."""

    name = NAME

    def __init__(self, config: SplitConfig | None = None) -> None:
        self.config = config or SplitConfig()
        self.t = Tables()

    # -- metadata -------------------------------------------------------------------
    def parse_meta_line(self, line: str) -> dict[str, str] | None:
        s = line.strip()
        if not s:
            return None
        if self.t.bracket_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in self.t.bracket_item.finditer(s)]
        elif self.t.colon_line.match(s):
            items = [(m["k"].strip(), m["v"].strip()) for m in self.t.colon_item.finditer(s)]
        else:
            return None
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
            # every header form starts with one of these characters: a cheap pre-filter
            if not s or len(s) > 130 or s[0] not in _HEADER_START:
                continue
            for name, rx in self.t.headers:
                m = rx.match(s)
                if m and cn_number(m["num"]) == expected:
                    found.append((i, name, m["title"].strip()))
                    expected += 1
                    break
        return found

    def __call__(self, editor: Editor) -> list[ArticleDraft]:
        text = editor.text
        spans = line_spans(text)
        lines = [text[s:e] for s, e, _ in spans]
        headers = self.find_headers(lines) if self.config.enabled else []
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
            k = 0
            while self.config.parse_meta and k < len(body_idx) and k < 4:
                parsed = self.parse_meta_line(lines[body_idx[k]])
                if parsed is None:
                    break
                meta.update({a: b for a, b in parsed.items() if a not in meta})
                s, _, e = spans[body_idx[k]]
                edits.append(
                    Edit(
                        s,
                        e,
                        "",
                        "split.meta_header",
                        "delete",
                        ref=json.dumps(parsed, ensure_ascii=False),
                    )
                )
                k += 1
            content = body_idx[k:]
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
            inner: list[Edit] = []
            # a title line repeated right below itself (scraped twice) is kept once
            for a, b in itertools.pairwise(content[:3]):
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
            for e in sorted(inner, key=lambda e: e.start, reverse=True):
                piece = piece[: e.start - a] + e.after + piece[e.end - a :]
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
