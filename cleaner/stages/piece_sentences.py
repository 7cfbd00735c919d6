"""A sentence the site prints inside each piece's text: the piece's, not the site's.

A board of notices closes many of them with the same sentence in the site's voice
(``采购人将在…请潜在供应商继续关注本网站；本公告同时在…发布。``), under the piece's own
text and over the piece's own closing rows (its contact line, its dated sign-off row).
The site-repeat pass learns it on every page and its cue words (the site's voice) read
it as chrome; where it stands decides: glued between the piece's prose above and the
piece's dated closing row below, and speaking of a party that row names by its label
(``采购人将在…`` over ``采购人：某局　｜　日期``), it is the template's sentence, kept as
text; the site's copyright notice or follow prompt there names none and stays the site's.  The
same sentence under the closing row, or with the site's lines under it (the page's
foot), stays the site's.  Issue 12 (sealed_yz_liubiao).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.stages.foot_shapes import prose

__all__ = ["piece_sentence"]

#: A cell's label in a closing row: two to six letters before its colon.
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,6})[：:]")

#: How many of the piece's own lines the sentence may stand from its prose above and
#: from its closing row below.
REACH = 3


def piece_sentence(
    stripped: Sequence[str],
    i: int,
    own: Callable[[int], bool],
    dated_row: Callable[[str], bool],
) -> bool:
    """Is line ``i`` a sentence inside a piece's text: a sentence, the page's own lines
    glued above it with prose among the nearest :data:`REACH`, and the page's own lines
    glued below it reaching a dated closing row (``dated_row``) within :data:`REACH`?

    >>> page = ["一、情况", "因故本项目流标，特此说明。", "二、其他"]
    >>> page += ["采购人将另行组织采购，请继续关注本网站发布的后续公告。"]
    >>> page += ["联系人：某工", "采购人：某局　｜　2031年1月5日", "本栏目信息由发布单位负责。"]
    >>> own = lambda k: k != 3 and k != 6
    >>> dated = lambda s: "2031年" in s
    >>> piece_sentence(page, 3, own, dated), piece_sentence(page, 6, own, dated)
    (True, False)
    >>> piece_sentence(page, 3, lambda k: k not in (3, 4, 6), dated)  # site's line under it
    False

    The site's own notice there names none of the piece's parties: the site's.

    >>> legal = [*page[:3], "本网所刊发的文字和图片，版权均归本网所有，任何单位不得擅自转载。"]
    >>> piece_sentence([*legal, *page[4:]], 3, own, dated)
    False
    """
    if not prose(stripped[i]) or not stripped[i].endswith(("。", "！")):
        return False
    above = [k for k in range(i - 1, max(-1, i - 1 - REACH), -1)]
    if not above or not stripped[above[0]] or not own(above[0]):
        return False
    texted = False
    for k in above:
        if not stripped[k] or not own(k):
            break
        if prose(stripped[k]) and stripped[k].endswith(("。", "！", "？", "；")):
            texted = True
            break
    if not texted:
        return False
    for k in range(i + 1, min(len(stripped), i + 1 + REACH)):
        if not stripped[k] or not own(k):
            return False
        if dated_row(stripped[k]):
            # the sentence speaks of a party the closing row names by its label
            # ('采购人将在…' over '采购人：某局　｜　日期'): the template's; the site's own
            # notice (copyright, a follow prompt) names none of the piece's parties
            return any(label in stripped[i] for label in _LABEL.findall(stripped[k]))
    return False
