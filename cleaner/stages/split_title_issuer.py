"""The issuer a record's title names by opening with it.

A filing's, a report's or a plan's title opens with the full name of the body that makes
it, then the year it covers (``某某股份有限公司2020年度社会责任报告``, ``某市人民政府2021年
政务公开工作年度报告``): the body is the piece's issuer.  Read by SHAPE, no word of any
site: the words before the year must have an organisation's shape (``[org_name]`` in
``headers.toml``: ``…公司``, ``…委员会``, ``…人民政府`` …).

Read only for a piece whose head printed fields (its ``meta`` holds some: a record's card,
a dated row) and named no issuer: a lone headline of that shape on a news page is a story
about the body, not its document.  The title stays whole; nothing leaves the text.
"""

from __future__ import annotations

import re

# a line with a sentence mark is prose, never a title
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_cell_marks import is_org

# a body's name (Han letters, brackets), then a year and its 年 ('2020年度', '2021 年')
_OPENING = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()·]{5,30}?)\s*(?:19|20)\d{2}\s*年")
#: a title longer than this is no title
MAX_TITLE = 80
#: how many of the text's first lines may print the title again (split.py)
HEAD_TRIES = 3


def title_issuer(title: str | None, *heads: str) -> str | None:
    """The body whose name opens ``title`` (or, when the title names none, one of the
    text's first lines ``heads``: the title printed again over the text, the site's page
    title above it) before a year, else None.

    >>> title_issuer("某某环保股份有限公司2020年度社会责任报告（摘要）")
    '某某环保股份有限公司'
    >>> title_issuer("某市人民政府2021年政务公开工作年度报告")
    '某市人民政府'
    >>> title_issuer("某某：2020年度报告", "某某科技有限公司2020年度报告")
    '某某科技有限公司'

    A person, a place or a sentence opening with a year is no body.

    >>> title_issuer("某某某2020年的一次远足"), title_issuer("我们公司在2020年做了什么，")
    (None, None)
    >>> title_issuer("2020年度报告"), title_issuer(None)
    (None, None)
    """
    for line in (title, *heads):
        s = (line or "").strip()
        if not s or len(s) > MAX_TITLE or _SENTENCE.search(s):
            continue
        m = _OPENING.match(s)
        if m is not None and is_org(m["org"]):
            return m["org"]
    return None
