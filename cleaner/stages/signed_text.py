"""The standing text of a signed notice: lines a site prints on every notice of one kind
(how to object, where to write, the phone that takes reports) that stand INSIDE the text,
above the notice's own sign-off (a signer's name over a date).  The site repeats them word
for word, so its profile learns them; but a site's chrome never stands between a
document's text and its signature: they are the text's (a helper of
:func:`~cleaner.stages.boilerplate_site.site_repeat`, which keeps and flags them).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from cleaner.stages.foot_lines import prose
from cleaner.stages.split_rows import sign_off

#: a learned line under the page's own prose and over its sign-off is kept only when the
#: run between them holds at most this many lines (a notice's closing paragraphs)
RUN_MAX = 12


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
    out = []
    for i, s in enumerate(stripped):
        k = _next(stripped, i) if s else -1
        if k == -1 or not free(i) or not free(k):
            continue
        got = sign_off([s, stripped[k]])
        if "issuer" in got and "published" in got:
            out.append(i)
    return out


def standing_text(
    stripped: list[str],
    learned: Container[int],
    claimed: Container[int],
    menu: Callable[[int], bool] = lambda i: False,
) -> set[int]:
    """The learned lines (``learned``) of a notice's text above its sign-off: walking up
    from the signer line through learned lines and the page's own lines (no rule's
    claim, no blank-free run longer than :data:`RUN_MAX`), every learned line that has a
    line of the page's own prose above it inside the run.  A menu row (``menu``) is never
    text; a learned line above the page's first own prose line (a header) stays learned,
    and so does a line under the sign-off (a disclaimer below the notice).

    >>> page = ["栏目导航", "通知正文第一段，写明事由和范围。", "异议请来信，我们会及时答复处理。",
    ...         "来信地址：某路某号　邮编：000000", "某某市某某局", "2031年4月2日", "本站声明"]
    >>> sorted(standing_text(page, {0, 2, 3, 6}, set()))
    [2, 3]
    >>> sorted(standing_text(page, {0, 2, 3, 6}, {1}))  # no own prose above: nothing
    []
    >>> sorted(standing_text(page[:4], {0, 2, 3}, set()))  # no sign-off: nothing
    []
    """

    def free(k: int) -> bool:
        return k not in learned and k not in claimed

    out: set[int] = set()
    for signer in signed_sign_offs(stripped, free):
        run: list[int] = []
        own_prose = -1
        k = signer - 1
        while k >= 0 and len(run) < RUN_MAX:
            if not stripped[k]:
                k -= 1
                continue
            if k in claimed or (k in learned and menu(k)):
                break
            if k not in learned and prose(stripped[k]):
                own_prose = k
            run.append(k)
            k -= 1
        if own_prose == -1:
            continue
        out |= {j for j in run if j in learned and j > own_prose}
    return out
