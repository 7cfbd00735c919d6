"""Numbered document-title lines as article headers when no header form occurs on a page
(``1. 2019年春季学期工作总结``, ``二、关于做好防汛工作的通知``): the fallback of the split
stage, apart from the shape-based layer of :mod:`cleaner.stages.split_headers`."""

from __future__ import annotations

import re

from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_page import stripped


def fallback_headers(
    lines: list[str], forms: list[tuple[str, re.Pattern[str]]], title_endings: tuple[str, ...]
) -> list[tuple[int, str, str]]:
    """Numbered document-title lines (``1. …总结``) when no header form occurs: at least
    two numbered 1, 2, 3 …, every title ending like a document title, every article below
    one holding two lines or more (a document's numbered headings do not qualify)."""
    found: list[tuple[int, str, str]] = []
    expected = 1
    for i, s in enumerate(stripped(lines)):
        if not s or len(s) > 90:
            continue
        for name, rx in forms:
            m = rx.match(s)
            if m and cn_number(m["num"]) == expected and m["title"].strip().endswith(title_endings):
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
