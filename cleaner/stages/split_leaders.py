"""A contents block with dot leaders and page numbers in a compilation's head: an issue
lists its documents (``某决定……………………（18）``) before printing them.

Each contents line is a title, a leader (``……``, ``....``, ``·····``) and a page number,
bracketed or not.  When two or more such lines stand one under the other (blank lines
apart) and every listed title stands again BELOW the block as a line of its own, in the
same order, each once, those lines are the pieces' titles: each opens its piece and
stays its text (:data:`split_clock.HEADER_IS_TEXT`).  The page numbers must not fall.

A document's own contents lists its chapters and sections: numbered entries
(``第一章 总则……1``, ``一、背景……3``, ``1.2 方法……5``) are no pieces, and neither is a
block whose titles do not all stand again below, nor a piece without prose.  Nor are a
document's unnumbered parts (``前言……1``, ``附录……9``, ``Introduction …… 1``): a listed
document's title is a name of its own (:data:`MIN_TITLE_WEIGHT`), not a part's one word.

Nor is a report's contents of unnumbered but long parts (``研究背景与主要问题……1``): the
block must show it lists documents, by shape, not by the titles' length.  Either half
the listed titles at least are a document's title (it ends in a document kind, the split's
``title_endings``, or has the ``关于…的…`` shape), or a line above the block marks an
issue (``第4期``, ``2021年第3号``, ``总第171号``, ``Vol. 3, No. 2``): a compilation's number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_page import joined, nonempty, stripped

__all__ = ["issue_line", "leader_line", "leader_titles", "listing_documents", "may_list"]

#: A contents line: a title, a dotted leader, a page number (bracketed or not).
_LEADER = re.compile(
    r"^(?P<title>\S.*?)[ \t\u3000]*(?:[…⋯]{2,}|[.．·・‧]{4,}|[_＿]{4,})[ \t\u3000]*"
    r"[（(\[［]?\s*(?P<page>\d{1,4})\s*[)）\]］]?$"
)
#: Every leader :data:`_LEADER` reads, found anywhere in a text; and the characters it
#: is made of, for a faster test first (most pages hold none of them).
_LEADER_RUN = re.compile(r"[…⋯]{2}|[.．·・‧]{4}|[_＿]{4}")
_LEADER_CHARS = "…⋯.．·・‧_＿"
#: A title that opens with a section number: a document's chapter, no piece.
_SECTION = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部编条卷]|[一二三四五六七八九十]+[、.．]"
    r"|\d+(?:[.．]\d+)*[、.．\s]|[（(][一二三四五六七八九十\d]+[)）])"
)
#: A listed title is at most this long.
TITLE_MAX_CHARS = 80
#: Weight every listed title must reach (a Han character 1, a Latin word 2): a document's
#: unnumbered parts (前言, 附录, 参考文献, Introduction) stay under it.
MIN_TITLE_WEIGHT = 6
#: An official document's title: '关于…的' and a short kind word (as split_annex reads).
_OFFICIAL = re.compile(r"^关于.{2,70}的[\u4e00-\u9fff]{2,6}$")
#: An issue's number closing a compilation's head line (a line of its own or its end): a
#: year's or a running count, maybe bracketed.  A mark inside a line (``某渡口第二期改造
#: 工程``) is a project's phase, no issue.
_ISSUE = re.compile(
    r"(?P<mark>第\s*[\d一二三四五六七八九十百零〇]{1,4}\s*期"
    r"|(?:(?:19|20)\d{2}\s*年\s*|总\s*)第\s*[\d一二三四五六七八九十百零〇]{1,4}\s*号"
    r"|\b(?:Vol\.?|Volume|No\.|Issue)\s*\d{1,4})"
    r"\s*[)）\]］】]?\s*$",
    re.IGNORECASE,
)
#: A head line with an issue mark is at most this long (a masthead, no sentence).
ISSUE_LINE_MAX_CHARS = 40
#: A numbered document's kind in Latin script (``Technical Report No. 12``): its own
#: number, no compilation's issue (the Han kinds are the split's ``title_endings``).
_LATIN_KIND = re.compile(r"(?:Report|Paper|Memo|Note|Bulletin)\W*$", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")
#: Prose a piece must hold (characters in sentence lines of ten or more).
MIN_BODY_CHARS = 30


def leader_line(line: str) -> tuple[str, int] | None:
    """``(title, page)`` of a contents line with a dotted leader, else None.

    >>> leader_line("某县关于甲事的决定……………（12）"), leader_line("前言 ........ 3")
    (('某县关于甲事的决定', 12), ('前言', 3))
    >>> leader_line("合计……共计3项"), leader_line("第一章 总则……1")
    (None, ('第一章 总则', 1))
    """
    m = _LEADER.match(line.strip())
    if m is None or len(m["title"]) > TITLE_MAX_CHARS:
        return None
    return m["title"].strip(), int(m["page"])


def _weight(title: str) -> int:
    return len(_HAN.findall(title)) + 2 * len(_WORD.findall(title))


def _prose(lines: list[str]) -> int:
    return sum(len(s) for s in (x.strip() for x in lines) if len(s) >= 10 and _SENTENCE.search(s))


def listing_documents(
    titles: Sequence[str], above: Sequence[str], endings: tuple[str, ...] = ()
) -> bool:
    """Half the titles at least are a document's (a kind's ending: ``endings``, the
    split's ``title_endings``, or the official shape; a
    compilation's others may be of kinds the table lacks), or a line ``above`` the
    block marks an issue.

    >>> listing_documents(["甲县关于某事的决定", "乙县年度工作报告"], [], ("决定", "报告"))
    True
    >>> listing_documents(["某事的由来与现状", "调查方式与对象"], ["某县调查报告", "目录"])
    False
    >>> listing_documents(["某事的由来与现状", "调查方式与对象"], ["某刊", "总第12期"])
    True
    """
    kinds = sum(1 for t in titles if (endings and t.endswith(endings)) or _OFFICIAL.match(t))
    if 2 * kinds >= len(titles):
        return True
    return any(issue_line(s, endings) for s in above)


def issue_line(line: str, endings: tuple[str, ...] = ()) -> bool:
    """``line`` is a compilation's masthead closed by its issue's number: a short line,
    the mark at its end, and no document numbered so (a kind of ``endings`` or a
    report right before a ``号`` or ``No.`` number: ``某局公告2021年第3号``).

    >>> issue_line("某刊 2021年第3期"), issue_line("（总第171号）"), issue_line("Vol. 3, No. 2")
    (True, True, True)
    >>> issue_line("某县渡口第二期改造工程客流调查"), issue_line("Technical Report No. 12")
    (False, False)
    >>> issue_line("某局公告2021年第3号", ("公告",)), issue_line("某县报告 No. 4", ("报告",))
    (False, False)
    >>> issue_line("某县政府公报 2021年第3期", ("公报",))  # an issue of a gazette
    True
    """
    s = line.strip()
    m = _ISSUE.search(s)
    if m is None or len(s) > ISSUE_LINE_MAX_CHARS:
        return False
    if m["mark"].endswith("期"):
        return True
    before = re.sub(r"[\s,，:：·.\-—]+$", "", s[: m.start()])
    return not ((endings and before.endswith(endings)) or _LATIN_KIND.search(before))


def may_list(lines: list[str]) -> bool:
    """False only when no line of the page can be a contents line (:func:`leader_line`):
    such a line holds its leader (:data:`_LEADER`), a run of two ellipses or four dots
    or underscores, which then stands in the page's text as well (issue 15: one scan of
    the page, where the contents block is sought line by line).

    >>> may_list(["某县关于甲事的决定……（12）"]), may_list(["前言 ........ 3"])
    (True, True)
    >>> may_list(["某某……", "正文。"]), may_list(["……"]), may_list(["第一章. 总则 3"])
    (True, True, False)
    """
    text = joined(lines)
    return any(c in text for c in _LEADER_CHARS) and _LEADER_RUN.search(text) is not None


def leader_titles(
    lines: list[str], endings: tuple[str, ...] = ()
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(title line, HEADER_IS_TEXT, title, {})`` per piece a leader contents block in
    the page lists (see the module docstring), else [].  ``endings``: the document
    kinds a title ends with (the split's ``title_endings``).

    >>> body = "本期刊登的这份文件已经会议审议通过，现予公布，请各单位认真遵照执行。"
    >>> page = ["某刊 第3期", "目　录", "甲县关于某事的决定……（2）", "乙县工作报告……（5）",
    ...         "甲县关于某事的决定", body, "乙县工作报告", body]
    >>> [(i, t) for i, _, t, _ in leader_titles(page)]
    [(4, '甲县关于某事的决定'), (6, '乙县工作报告')]

    A report's own chapters, titles not all repeated below, or out of order: no pieces.

    >>> chapters = ["目录", "第一章 总则……1", "第二章 附则……4", "第一章 总则", body,
    ...             "第二章 附则", body]
    >>> leader_titles(chapters), leader_titles(page[:6])
    ([], [])
    >>> leader_titles([*page[:4], page[6], body, page[4], body])
    []

    A report's unnumbered parts listed with leaders (short part names): no pieces.

    >>> parts = ["目录", "前言……1", "附录……4", "前言", body, "附录", body]
    >>> leader_titles(parts)
    []

    Listed titles of no document's kind and no issue mark above: a report's parts.

    >>> report = ["目录", "甲县水情的由来与现状……1", "乙镇渠道的修缮与管护……4",
    ...           "甲县水情的由来与现状", body, "乙镇渠道的修缮与管护", body]
    >>> leader_titles(report), len(leader_titles(["某刊 2021年第3期", *report]))
    ([], 2)
    >>> len(leader_titles(page[1:], ("决定", "报告"))), leader_titles(page[1:], ())
    (2, [])
    """
    if not may_list(lines):
        return []
    filled, strip = nonempty(lines), stripped(lines)
    run: list[tuple[int, str, int]] = []  # (line, title, page)
    for i in filled:
        got = leader_line(strip[i])
        if got is None:
            if len(run) >= 2:
                break
            run = []
            continue
        run.append((i, *got))
    if len(run) < 2:
        return []
    titles = [t for _, t, _ in run]
    pages = [p for *_, p in run]
    if len(set(titles)) < len(titles) or pages != sorted(pages):
        return []
    if any(_SECTION.match(t) for t in titles):
        return []  # a document's chapters and sections
    if any(_weight(t) < MIN_TITLE_WEIGHT for t in titles):
        return []  # a document's unnumbered parts
    if not listing_documents(titles, [strip[i] for i in filled if i < run[0][0]], endings):
        return []  # a report's own parts, however long their names
    at: list[int] = []
    k = run[-1][0] + 1
    for t in titles:
        k = next((j for j in range(k, len(lines)) if strip[j] == t), -1)
        if k < 0:
            return []
        at.append(k)
        k += 1
    ends = [*at[1:], len(lines)]
    if any(_prose(lines[a + 1 : e]) < MIN_BODY_CHARS for a, e in zip(at, ends, strict=True)):
        return []
    return [(a, HEADER_IS_TEXT, strip[a], {}) for a in at]
