"""The standing text of a signed notice: lines a site prints on every notice of one kind
(how to object, where to write, the phone that takes reports) that stand INSIDE the text,
above the notice's own sign-off (a signer's name over a date).  The site repeats them word
for word, so its profile learns them; but a site's chrome never stands between a
document's text and its signature: they are the text's (a helper of
:func:`~cleaner.stages.boilerplate_site.site_repeat`, which keeps and flags them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from cleaner.stages.foot_lines import prose
from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT
from cleaner.stages.split_rows import bare_date, sign_off

#: a learned line under the page's own prose and over its sign-off is kept only when the
#: run between them holds at most this many lines (a notice's closing paragraphs)
RUN_MAX = 12


#: a dated row in the page's head (its info row) is at most this long
HEAD_ROW_MAX = 80

#: the page's own sentence over the run: this long at least, ending a sentence
SENTENCE_MIN = 10


def _sentence(s: str) -> bool:
    """A sentence of the page's own text (a long row of fields is none).

    >>> _sentence("现将有关情况予以公示。"), _sentence("updated:     2031-04-02T13:23:00+08:00")
    (True, False)
    """
    return len(s) >= SENTENCE_MIN and s.endswith(SENTENCE_END_NO_DOT) and prose(s)


def _next(stripped: list[str], i: int) -> int:
    return next((k for k in range(i + 1, len(stripped)) if stripped[k]), -1)


def signed_sign_offs(stripped: list[str], free: Callable[[int], bool]) -> list[int]:
    """Indexes of the signer lines of the page's sign-offs: a name alone over a date alone
    (:func:`~cleaner.stages.split_rows.sign_off` reads an issuer and a date from the two),
    neither claimed nor learned (``free``).

    >>> page = ["正文一句话写在这里。", "某某市某某局", "2031年4月2日"]
    >>> signed_sign_offs(page, lambda k: True)
    [1]
    >>> signed_sign_offs(page, lambda k: k != 2)
    []
    """
    # a signer and its date are read together only where one of the two lines is a
    # date alone (split_rows.bare_date): a page without one has no sign-off, and only
    # the pairs holding one are read (issue 15: sign_off asked of every line's pair)
    dated = {i for i, s in enumerate(stripped) if s and bare_date(s)}
    if not dated:
        return []
    out = []
    for i, s in enumerate(stripped):
        if not s or not free(i):  # (the signer's own test first: no look below it)
            continue
        k = _next(stripped, i)
        if k == -1 or (i not in dated and k not in dated) or not free(k):
            continue
        got = sign_off([s, stripped[k]])
        if "issuer" in got and "published" in got:
            out.append(i)
    return out


def one_line_sign_offs(
    stripped: list[str], free: Callable[[int], bool], shaped: Container[int] = ()
) -> list[int]:
    """Indexes of the sign-offs on one line, a body and its date a gap apart
    (``某某供水分公司　　2019年10月17日``, :func:`~cleaner.stages.split_rows.sign_off`
    with ``one_line``), that no rule claimed: ``free``, or learned as a ``shaped`` line
    (the site prints the row with another body or day on each page: each page's own).

    >>> page = ["正文一句话写在这里。", "某某市供水分公司　　2031年4月2日"]
    >>> one_line_sign_offs(page, lambda k: True), one_line_sign_offs(page, lambda k: k != 1)
    ([1], [])
    >>> one_line_sign_offs(page, lambda k: k != 1, shaped={1})
    [1]
    """
    out = []
    for i, s in enumerate(stripped):
        if not s or not (free(i) or i in shaped) or not _DAY_AT_END.search(s):
            continue
        got = sign_off([s], one_line=True)
        if "issuer" in got and "published" in got:
            out.append(i)
    return out


#: a line ending on a whole date (a one-line sign-off's last cell), a cheap gate: a date's
#: grammar (a figure or a Han numeral, then the day's suffix; or year-month-day figures),
#: structure rather than vocabulary, so it stays here; :func:`sign_off` reads the words
_DAY_AT_END = re.compile(
    r"(?:\d|[〇一二三四五六七八九十])[日号]\s*$|\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*$"
)


def tail_sign_off(
    stripped: list[str], start: int, learned: Container[int], claimed: Container[int]
) -> int:
    """The date line of a sign-off (a signer over a date) at most :data:`RUN_MAX` lines
    below a learned tail's first line ``start``, whose date is the page's own (no learned
    line: each page signs on its own day), or -1.  A site's footer never holds the page's
    own signature: a tail that a learned row above the sign-off opens starts below it.

    >>> page = ["正文一句话写在这里。", "扫码报名：请扫描二维码", "某某市某某局", "2031年4月2日"]
    >>> page.append("主办：某某网")
    >>> tail_sign_off(page, 1, {1, 2, 4}, set()), tail_sign_off(page, 1, {1, 2, 3, 4}, set())
    (3, -1)
    """
    seen = 0
    for i in range(start, len(stripped)):
        if not stripped[i]:
            continue
        seen += 1
        k = _next(stripped, i)
        if seen > RUN_MAX or k == -1:
            break
        if i in claimed or k in claimed or k in learned:
            continue
        got = sign_off([stripped[i], stripped[k]])
        if "issuer" in got and "published" in got:
            return k if _own_day(stripped, start, got["published"]) else -1
    return -1


_WHOLE_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)


def _own_day(stripped: list[str], start: int, day: str) -> bool:
    """May a sign-off dated ``day`` in a learned tail from ``start`` be the page's own?
    A notice's (its title names one: it is signed, often days before it is posted), or
    a page whose head prints no dated row above its first sentence, or whose head's
    date is that day.  Under a story dated in its head, an organisation over another
    day in the site's tail is the footer's (a data centre, its day's stamp).

    >>> head = ["某镇老桥修缮完工", "发布日期：2031-04-05　来源：某办", "正文一句话写在这里。"]
    >>> _own_day(head, 3, "2031-04-02"), _own_day(head, 3, "2031-04-05")
    (False, True)
    >>> notice = ["关于某事的通知", *head[1:]]
    >>> _own_day(notice, 3, "2031-04-02"), _own_day(head[::2], 2, "2031-04-02")
    (True, True)
    """
    from cleaner.stages.signed_kinds import self_signed
    from cleaner.stages.standing_keep import notice_page

    for s in stripped[:start]:
        if _sentence(s):
            break
        m = _WHOLE_DATE.search(s)
        if m is not None and len(s) <= HEAD_ROW_MAX:
            head = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
            return head == day[:10] or notice_page(stripped, start) or self_signed(stripped, start)
    return True


def standing_text(
    stripped: list[str],
    learned: Container[int],
    claimed: Container[int],
    chrome: Callable[[int], bool] = lambda i: False,
    notice: Callable[[list[str], int], bool] | None = None,
    shaped: Container[int] = (),
) -> set[int]:
    """The learned lines (``learned``) of a notice's text above its sign-off: walking up
    from the signer line through learned lines and the page's own lines (no rule's
    claim, no other sign-off, at most :data:`RUN_MAX` lines), every learned line that has a
    sentence of the page's own above it inside the run.  A learned line ``chrome`` marks
    (a menu row, a prompt to read on or to download) is never text, nor one under an
    unfinished line (:func:`_after_sentence`); a learned line above the page's first own
    sentence (a header) stays learned, and so does a line under the sign-off (a
    disclaimer below the notice).  ``notice`` (the page and its first own sentence's
    index): whether the page is a notice's (its title names one); an article's footer
    above its sign-off is the site's, however it reads.  A sign-off may stand on one line
    (:func:`one_line_sign_offs`; ``shaped``: learned lines the site prints with other
    figures on each page, a one-line sign-off among them still the page's own).

    >>> page = ["栏目导航", "通知正文第一段，写明事由和范围。", "异议请来信，我们会及时答复处理。",
    ...         "来信地址：某路某号　邮编：000000", "某某市某某局", "2031年4月2日", "本站声明"]
    >>> sorted(standing_text(page, {0, 2, 3, 6}, set()))
    [2, 3]
    >>> sorted(standing_text(page, {0, 2, 3, 6}, {1}))  # no own prose above: nothing
    []
    >>> sorted(standing_text(page[:4], {0, 2, 3}, set()))  # no sign-off: nothing
    []

    A compilation's pieces, each signed: the site's lines between one piece's sign-off and
    the next piece's title are no text of either.

    >>> two = page[1:6] + ["link:/a/2.html", "------", "第二份通知", page[1], page[4]]
    >>> two.append("2031年4月3日")
    >>> sorted(standing_text(two, {1, 2, 5, 6}, set()))
    [1, 2]

    Signed on one line, the row learned with each page's own body and day:

    >>> one = [page[1], page[2], "某某市供水分公司　　2031年4月2日", "本站声明"]
    >>> sorted(standing_text(one, {1, 2, 3}, set(), shaped={2}))
    [1, 2]
    """

    def free(k: int) -> bool:
        return k not in learned and k not in claimed

    out: set[int] = set()
    signers = signed_sign_offs(stripped, free)
    # the lines of every sign-off: a walk never crosses one (above it is another piece's
    # text, and what the site prints between two pieces is the site's)
    signed = {k for i in signers for k in (i, _next(stripped, i))}
    # a sign-off on one line (a body, a gap, its date) signs as the pair does
    ones = [i for i in one_line_sign_offs(stripped, free, shaped) if i not in signed]
    signers = sorted([*signers, *ones])
    signed |= set(ones)
    for signer in signers:
        run: list[int] = []
        own_prose = -1
        k = signer - 1
        while k >= 0 and len(run) < RUN_MAX:
            if not stripped[k]:
                k -= 1
                continue
            if k in claimed or k in signed:
                break
            if k in learned and chrome(k):  # the site's own row: left to its deletion
                k -= 1
                continue
            if k not in learned and _sentence(stripped[k]):
                own_prose = k
            run.append(k)
            k -= 1
        if own_prose == -1 or (notice is not None and not notice(stripped, own_prose)):
            continue
        out |= {
            j
            for j in run
            if j in learned and j > own_prose and _after_sentence(stripped, j, learned)
        }
        if signer in learned:
            out.add(signer)  # a one-line sign-off learned as a shape: the page's own
    return out


def _after_sentence(stripped: list[str], j: int, learned: Container[int]) -> bool:
    """Does the nearest own line above the learned line ``j`` end a sentence?  A page's
    mark that cuts a sentence (``Page 2 of 7`` in a sentence's middle) stands under an
    unfinished line: the site's, never the text's.

    >>> _after_sentence(["正文到此结束。", "异议请来信。"], 1, {1})
    True
    >>> _after_sentence(["正文写到一半，本季度", "Page 2 of 7", "共完成十次。"], 1, {1})
    False
    """
    up = next((k for k in range(j - 1, -1, -1) if stripped[k] and k not in learned), -1)
    return up != -1 and stripped[up].endswith(SENTENCE_END_NO_DOT)
