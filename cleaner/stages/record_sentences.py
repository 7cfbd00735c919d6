"""A sentence inside one of the page's records: the record's text, however often the site prints it.

A compilation printed as records (a mailbox's letters each with its reply, a Q&A board's
questions with their answers) opens each record with its linked title
(:mod:`cleaner.ingest.html_record_heads`, ``records``) and ends it at the last kept line of
its container (``record_tails``).  An office answers in set phrases: a reply's closing
courtesy sentence comes back word for word on half the site's pages, and the site-repeat
pass learns it as chrome.  Inside a record's body it is the record's text.

:func:`record_sentences` lets go of such a learned line when, all at once:

* it is a sentence (a statement: a full stop or an exclamation mark ends it; a question
  to the reader, ``…有帮助吗？``, is the site's prompt);
* it stands inside a record (below its title, at or above the record's last line), right
  under a line of the record's own prose (no learned line, no claim);
* the page's records do not all carry it: a notice the template prints in every record
  is the template's;
* either more of the record's own prose follows it inside the record, or it closes the
  record's prose where another record of the page closes with a sentence of its own: the
  lines under it up to the record's end are the same learned lines (the record's tools)
  that follow that other record's own last sentence.  A close of several set phrases
  (an answer's stock paragraph, then its courtesy line) is one close: the tools are what
  stands under the last of them (a notice every record carries is no phrase of it).  A
  notice set between the text and the tools of every record fills a slot no record fills
  with its own words.

Below the last record's end (the page's foot, its disclaimers) nothing is let go.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from cleaner.stages.foot_lines import prose
from cleaner.stages.split_cells import row_signature

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_claims import Claim
    from cleaner.stages.site_judge import LearnedLine

__all__ = ["record_sentences", "record_spans"]

#: A statement ends with one of these (a question mark ends a prompt, not a close).
STATEMENT_END = ("。", "！", "!", ".")
#: A sentence has at least this many characters.
SENTENCE_MIN_CHARS = 12


def record_spans(
    stripped: list[str], records: Collection[str], tails: Collection[str] = ()
) -> list[tuple[int, int]]:
    """(title, last line) of each record of the page: from a line in ``records`` to the
    first line in ``tails`` under it (the last line of its container), else to the line
    above the next record's title.  The last record with no known end is left out: below
    it the page's foot begins somewhere unknown.

    >>> page = ["头", "甲题", "甲文。", "工具1", "乙题", "乙文。", "工具2", "页脚。"]
    >>> record_spans(page, {"甲题", "乙题"}, {"工具1", "工具2"})
    [(1, 3), (4, 6)]
    >>> record_spans(page, {"甲题", "乙题"})
    [(1, 3)]
    """
    heads = [i for i, s in enumerate(stripped) if s and s in records]
    out: list[tuple[int, int]] = []
    for n, h in enumerate(heads):
        nxt = heads[n + 1] if n + 1 < len(heads) else len(stripped)
        end = next((k for k in range(h + 1, nxt) if stripped[k] and stripped[k] in tails), None)
        if end is None and n + 1 < len(heads):
            end = max((k for k in range(h + 1, nxt) if stripped[k]), default=None)
        if end is not None:
            out.append((h, end))
    return out


def _statement(s: str) -> bool:
    """A sentence that states (no question, no label)."""
    return len(s) >= SENTENCE_MIN_CHARS and s.endswith(STATEMENT_END)


def record_sentences(
    stripped: list[str],
    hits: Mapping[int, LearnedLine],
    claimed: Mapping[int, Claim],
    spans: list[tuple[int, int]],
) -> list[int]:
    """The learned lines that are sentences of a record's own text (module doc).

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def hit(key):
    ...     return LearnedLine(key, "shape" if "⟨N⟩" in key else "line", "line", 4, 50.0, (key,))
    >>> close, bar = "我们会继续跟进此事并及时告知您结果。", "有用吗？　是（⟨N⟩）"
    >>> page = ["甲题", "甲的来信正文写得很长很长。", "甲的答复内容也写得很长。", close,
    ...         "有用吗？　是（3）", "乙题", "乙的来信正文写得很长很长。",
    ...         "乙的答复以自己的话收尾了。", "有用吗？　是（5）",
    ...         "以上答复仅供参考，请以最新规定为准。"]
    >>> hits = {3: hit(close), 4: hit(bar), 8: hit(bar), 9: hit(page[9])}
    >>> spans = record_spans(page, {"甲题", "乙题"}, {"有用吗？　是（3）", "有用吗？　是（5）"})
    >>> record_sentences(page, hits, {}, spans)
    [3]

    A notice under the text of every record, and the page's foot, stay chrome:

    >>> note = "本文转自某报，版权归原作者所有。"
    >>> page2 = ["甲题", "甲文写得很长很长很长。", note, "有用吗？　是（3）",
    ...          "乙题", "乙文写得很长很长很长。", note, "有用吗？　是（5）"]
    >>> spans2 = record_spans(page2, {"甲题", "乙题"}, {"有用吗？　是（3）", "有用吗？　是（5）"})
    >>> record_sentences(page2, {2: hit(note), 3: hit(bar), 6: hit(note), 7: hit(bar)}, {}, spans2)
    []
    """
    kept: list[int] = []

    def own(k: int) -> bool:
        return (k not in hits or k in kept) and k not in claimed

    bodies = [[k for k in range(h + 1, e + 1) if stripped[k]] for h, e in spans]
    holding: dict[str, int] = {}
    for body in bodies:
        for s in {stripped[k] for k in body}:
            holding[s] = holding.get(s, 0) + 1

    def mark(k: int) -> str:
        hit = hits.get(k)
        if hit is not None and hit.kind == "shape":
            # a row of one wording, each record's own figures and names: its labels
            return "\t".join(row_signature(stripped[k])) or hit.key
        if hit is not None:
            return hit.key
        c = claimed.get(k)
        return c.rule_id if c is not None else stripped[k]

    def closes(body: list[int]) -> tuple[str, ...] | None:
        """The marks of the lines under the record's own last sentence."""
        last = next((n for n in range(len(body) - 1, -1, -1) if own(body[n])), None)
        if last is None or not _statement(stripped[body[last]]):
            return None
        return tuple(mark(k) for k in body[last + 1 :])

    def set_phrase(k: int) -> bool:
        hit = hits.get(k)
        learned = hit is not None and hit.kind == "line" and k not in claimed
        # (a notice every record carries is the template's: no phrase of the close)
        return learned and _statement(stripped[k]) and holding.get(stripped[k], 0) < len(spans)

    for r, body in enumerate(bodies):
        for n, k in enumerate(body):
            hit = hits.get(k)
            if hit is None or hit.kind != "line" or n == 0 or not _statement(stripped[k]):
                continue
            above = body[n - 1]
            if not own(above) or not prose(stripped[above]):
                continue
            if holding.get(stripped[k], 0) >= len(spans):
                continue  # every record carries it: the template's notice
            under = body[n + 1 :]
            if any(own(j) and prose(stripped[j]) for j in under):
                kept.append(k)  # between the record's own prose lines
                continue
            # a close of several set phrases: the tools stand under the last of them
            run = 0
            while run < len(under) and set_phrase(under[run]):
                run += 1
            tools = tuple(mark(j) for j in under[run:])
            if any(closes(b) == tools for q, b in enumerate(bodies) if q != r):
                kept.append(k)  # where another record closes with its own sentence
    return kept
