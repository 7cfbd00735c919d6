"""Titles the site cut short (``…``, ``...``, or cut mid-word), completed from a heading
near the top of the body that opens with them (:func:`complete_cut`), for the title
choice.  The title never edits the text, so the rebuild stays byte-exact.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import CLAUSE_MARK as _CLAUSE
from cleaner.stages.split_broken_title import original_title

__all__ = ["complete_cut"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CUT_MARK = re.compile(r"[ \t]*(?:\.{2,}|…+|。{2,}|·{3,})$")
_CUT_THEN_SITE = re.compile(
    r"(?:(?<=…)|(?<=\.\.)|(?<=。。))"
    r"(?:[ \t]*(?:[_|｜–—·-]+|[ \t][-–—|｜·]+[ \t])[ \t]*[^ \t…]{1,20}){1,3}$"
    # or a longer gloss after it (the source, the number: '题干…_某年某考试第5题'),
    # one run of at most GLOSS_MAX characters with no cut mark of its own
    r"|(?:(?<=…)|(?<=\.\.)|(?<=。。))"
    r"[ \t]*(?:[_|｜–—·-]+|[ \t][-–—|｜·]+[ \t])[ \t]*[^…\n]{1,80}$"
)
# a headline in brackets opening a post: '【标题】正文…' (microblogs, news flashes)
_BRACKETED = {"【": "】", "[": "]", "〖": "〗"}
# a completion goes on with text, not with a cut mark or a separator
_CUT_ON = frozenset("….。·_-|｜–— \t")
_SPACES = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    """``text`` with every run of spaces one space (the reader squeezes a heading's)."""
    return _SPACES.sub(" ", text.strip())


def complete_cut(
    title: str, body: list[str], *, endings: tuple[str, ...] = (), heading: str | None = None
) -> str:
    """A title the site cut completed from a heading near the top of the body.

    The title is cut when it ends in ``…``/``...``/``。。。``, or when a heading-like line
    of the first eight (no clause punctuation) starts with it and goes on, and the title
    does not already end like a complete document title (``endings``: 通知, 办法 …).
    The cut title's own line is skipped.  A line that ends like a sentence (``。``) is
    a paragraph's opening, no heading, unless it is the page's declared ``heading`` (its
    ``<h1>``: a question bank's stem ``下列说法正确的是（　　）。``).

    >>> complete_cut("关于做好春季森林防火…", ["关于做好春季森林防火工作的通知", "正文。"])
    '关于做好春季森林防火工作的通知'
    >>> complete_cut("某县关于做好", ["某县关于做好", "日期", "某县关于做好防火工作的通知"])
    '某县关于做好防火工作的通知'
    >>> complete_cut("【某县发布2... - @晨江的微博 - 微博", ["【某县发布2024年预案】全文如下。"])
    '【某县发布2024年预案】'
    >>> body = ["某县关于做…_资料站", "某县关于做好防火工作的通知"]
    >>> complete_cut("某县关于做…_资料站", body), complete_cut("某县防火通知_资料站", body)
    ('某县关于做好防火工作的通知', '某县防火通知_资料站')
    >>> h1 = "以下关于潮汐成因的说法，错误的是（　　）。"
    >>> body = ["以下关于潮汐成因的…_2020年某省联考第7题_题库", "单选题", h1]
    >>> complete_cut("以下关于潮汐成因的…_2020年某省联考第7题", body, heading=h1) == h1
    True
    >>> complete_cut("以下关于潮汐成因的…_2020年某省联考第7题", body)  # not declared
    '以下关于潮汐成因的…_2020年某省联考第7题'

    A body line that goes on after the stem and a space completes the title only when
    it is the declared heading; a headline that itself ends with the cut mark is whole.

    >>> body = ["河边的夜... - 第二卷 - 小说站", "河边的夜 风吹过芦苇"]
    >>> complete_cut("河边的夜... - 第二卷 - 小说站", body)
    '河边的夜... - 第二卷 - 小说站'
    >>> complete_cut("河边的夜... - 第二卷", body, heading="河边的夜 风吹过芦苇")
    '河边的夜 风吹过芦苇'
    >>> complete_cut("远方……_散文_某站", ["远方……", "远方 是一片海"], heading="远方……")
    '远方……_散文_某站'

    An original title printed in full (``原标题：《…》``) completes it even then:

    >>> cut = "江边新码头即将开通！地铁直达+免..."
    >>> full = "本文原标题：《江边新码头即将开通！地铁直达+免税商场......》"
    >>> complete_cut(cut, [cut, full], heading=cut)
    '江边新码头即将开通！地铁直达+免税商场'

    but not where the declared headline ends with the writer's own ellipsis (``……``, a
    pair: a machine's cut is ``...`` or one ``…``), which a note does not overrule:

    >>> note = ["远方的灯塔……", "原标题：《远方的灯塔……照亮归途》"]
    >>> complete_cut("远方的灯塔……_散文_某站", note, heading="远方的灯塔……")
    '远方的灯塔……_散文_某站'
    >>> note = ["远方的灯塔……", "原标题：《远方的灯塔照亮归途》"]
    >>> complete_cut("远方的灯塔……_散文_某站", note, heading="远方的灯塔……")
    '远方的灯塔照亮归途'
    >>> note = ["远方的灯塔…", "原标题：《远方的灯塔照亮归途》"]
    >>> complete_cut("远方的灯塔…_散文_某站", note, heading="远方的灯塔…")
    '远方的灯塔照亮归途'
    """
    # '标题…_站点': after a cut mark, what follows a separator is the site's name
    title_core = _CUT_THEN_SITE.sub("", title.strip())
    m = _CUT_MARK.search(title_core)
    stem = title_core[: m.start()].rstrip() if m else title.strip()
    if len(stem) < (4 if m else 6) or (not m and stem.endswith(endings) if endings else False):
        return title
    whole = bool(m and heading and _squeeze(heading) == _squeeze(title_core))
    full = original_title(stem, body[:8]) if m else None
    if full and not (whole and m and m[0].strip() == "……" and full[len(stem) :].startswith("……")):
        # '原标题：《…》' printed in full: stronger than a headline cut the same way, unless
        # the note itself holds the headline's '……' where it stops (the writer's own)
        return full
    if whole:
        return title  # the declared headline ends with the cut mark itself: not cut
    for raw in body[:8]:
        line = raw.strip()
        if line == title.strip() or len(line) <= len(stem) or not line.startswith(stem):
            continue
        after = line[len(stem) : len(stem) + 2]
        spaced = m and after[0] == " " and after[1:].isalnum()
        if after[0] in _CUT_ON and not (spaced and _squeeze(line) == _squeeze(heading or "")):
            # the cut title's own line ('标题…_站点'), one cut the same way, or a body
            # line that opens with the stem and a space (a sentence, unless declared <h1>)
            continue
        close = _BRACKETED.get(stem[0])
        if m and close and close not in stem and 0 < line.find(close) <= len(stem) + 60:
            return line[: line.find(close) + 1]  # '【标题…' of '【标题全文】正文…'
        if len(line) > len(stem) + 60 or (
            line.endswith("。") and _squeeze(line) != _squeeze(heading or "")
        ):
            continue
        if not m and (
            len(line) > 80  # a title, not a paragraph's opening cut at 120 by us
            or _CLAUSE.search(line)
            or _CUT_MARK.search(line)
            or not _HAN.match(line[len(stem)])
        ):
            continue  # a cut without a mark goes on mid-word: not '标题_站点', '标题 (2)'

        return line
    return title
