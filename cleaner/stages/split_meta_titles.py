"""Where a document's title stands among its metadata rows, for the split stage.

:class:`MetaTitles` adds to the line readers of :class:`split_meta_lines.MetaLines` the
readers that place the title: a row of fields over it (a date line, a byline, a badge
row, a listed company's code row), a table of fields over it, and the page head above a
metadata block that opens the document (:meth:`MetaTitles.title_below`).
:class:`split_meta.MetaParser` builds its block reader on it.
"""

from __future__ import annotations

import re

from cleaner.stages.badge_bylines import badge_byline
from cleaner.stages.split_head import row_hint, under_head
from cleaner.stages.split_issue_head import dated_issuers
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_meta_marks import (
    _GLOSSED_NUMBER,
    _ISSUE,
    _LABELLED_DATE,
    _SENTENCE,
    MAX_ABOVE,
    _glossed_dateline,
    counted_date_row,
)
from cleaner.stages.split_prefix_guard import sentence_line
from cleaner.stages.split_titles_lines import field_line
from cleaner.stages.split_values import text_width

#: A short note in brackets closing a document's title ('（节选）', '(摘要)', '（修订稿）').
_TITLE_NOTE = re.compile(r"[（(][^（）()，。,]{1,5}[）)]$")


# an English date written out alone on its line ('May 3, 2021', '3 May 2021'): a release's
# date line over its title (row_over_title)
_EN_DATE_ALONE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})$"
)


def _date_alone(row: str) -> bool:
    """``row`` is an English date written out and nothing else.

    >>> _date_alone("May 3, 2021"), _date_alone("3 May 2021"), _date_alone("May 3, 2021 event")
    (True, True, False)
    """
    return _EN_DATE_ALONE.match(row.strip()) is not None


def _titled(line: str) -> bool:
    """A title under a counted byline row: short, no full stop, no label's colon closing it
    (a question's title may hold a comma).

    >>> _titled("为什么本地正常，部署后却报错"), _titled("先把旧的配置删掉。"), _titled("原因：")
    (True, False, False)
    """
    s = line.strip()
    return 0 < text_width(s) <= 60 and "。" not in s and "；" not in s and s[-1] not in ":："


class MetaTitles(MetaLines):
    """The title readers of :class:`MetaParser` (over the line readers of
    :class:`MetaLines`): rows and tables over a title, the page head above a block."""

    def _code_row_over_title(
        self, lines: list[str], idx: list[int], lead: int
    ) -> list[tuple[list[int], dict[str, str]]]:
        """A filing's code row printed ABOVE its title (``证券代码：…　公告编号：…`` over
        ``某公司关于某事的公告``), under at most ``MAX_ABOVE`` lines of the page's head:
        a row of two fields at least whose next line ends like a document title.  The
        split stage takes that line as the title (:meth:`title_below`).

        >>> p = MetaTitles()
        >>> row = "证券代码：600000　公告编号：2020-001"
        >>> page = ["某站行情", row, "某公司关于某事的公告", "正文。"]
        >>> p._code_row_over_title(page, [0, 1, 2, 3], 0)
        [([1], {'security_code': '600000', 'doc_number': '2020-001'})]
        >>> one = ["某站行情", "编号：2020-001", "某公司关于某事的公告"]
        >>> p._code_row_over_title(one, [0, 1, 2], 0)
        []
        """
        for k in range(lead, min(lead + MAX_ABOVE + 1, len(idx) - 1)):
            s = lines[idx[k]].strip()
            if len(s) < 8 or not row_hint(s):
                continue
            title = lines[idx[k + 1]].strip()
            if not (4 <= len(title) <= 60 and title.endswith(self.t.title_endings)):
                continue
            if _SENTENCE.search(title):
                continue
            parsed = self.shaped_row(s, near_title=True)
            if parsed is not None and len(parsed) >= 2:
                return [([idx[k]], parsed)]
        return []

    def table_over_title(self, lines: list[str], idx: list[int], n: int) -> bool:
        """The ``n`` (two) first lines, barred like a menu, are a table of fields over the
        bare title: each reads two fields at least (``| 发布机构 | 某局 | 发布日期 | … |``),
        one a date or a number, and the line below them is a bare title with no row under
        it.  A menu's cells read no field; so no navigation.

        >>> p = MetaTitles()
        >>> page = ["| 发布机构 | 某某市档案局 | 发布日期 | 2021-03-09 |",
        ...         "| 文号 | 某档发〔2021〕3号 | 分类 | 档案 |",
        ...         "某某市档案局关于某事的通知", "正文。"]
        >>> p.table_over_title(page, [0, 1, 2, 3], 2)
        True
        >>> page[:2] = ["首页 | 新闻 | 公告 | 关于我们", "首页 > 通知公告"]
        >>> p.table_over_title(page, [0, 1, 2, 3], 2)
        False
        """
        if n < 2 or n + 1 >= len(idx):
            return False
        rows = [self.shaped_row(lines[idx[j]], near_title=True) for j in range(n)]
        if not all(r and len(r) >= 2 for r in rows):
            return False
        if not any(k in r for r in rows if r for k in ("published", "doc_number")):
            return False
        title, after = lines[idx[n]], lines[idx[n + 1]]
        if _SENTENCE.search(title) or text_width(title) > 60:
            return False
        return not self.shaped_row(title, near_title=True) and not self.shaped_row(
            after, near_title=True
        )

    def row_over_title(self, lines: list[str], idx: list[int], k: int) -> dict[str, str] | None:
        """Fields of line ``idx[k]``, a single document's first line, when it is its row
        of facts printed OVER its bare title (``成文 日期 ┆ 单位 某所`` then the title):
        read there, the row would be taken for the title.  The row reads two fields, or a
        date with a label; the line below is a bare title (short, no sentence, no row) and
        the one below that no row either (a title with its own row below it is the usual
        layout: the row above it is the page's).  A file card over the title (kind,
        format, size: :func:`split_titles_lines.field_line`) is a record the text keeps.

        >>> p = MetaTitles()
        >>> page = ["编写 ⊳ 某某科　审核日期 ⊳ 2020-05-06", "某项工作小结", "今年我们做了三件事。"]
        >>> p.row_over_title(page, [0, 1, 2], 0)
        {'published': '2020-05-06'}
        >>> page[2] = "审核日期 ⊳ 2020-05-07"  # the title's own row is below it
        >>> p.row_over_title(page, [0, 1, 2], 0) is None
        True
        """
        if k + 2 >= len(idx):
            return None
        row, title, after = (lines[idx[j]] for j in (k, k + 1, k + 2))
        if not row_hint(row) or field_line(row):
            return None
        # a post's byline row with a counter ('某人 · 2021-03-09 提问 · 88 次浏览') over a
        # question's title, which may hold a comma ('为什么 A 正常，B 却报错')
        counted = counted_date_row(row)
        if not under_head(lines, [idx[k + 1]]) and not (counted and _titled(title)):
            return None
        parsed = self.shaped_row(row, near_title=True)
        glossed = _GLOSSED_NUMBER.match(row.strip()) is not None  # '编号 No. AB-017'
        glossed = glossed or _glossed_dateline(row)  # '2021年3月9日 ｜ March 9, 2021'
        alone = set(parsed or ()) == {"published"} and _date_alone(row)  # 'May 3, 2021'
        if not parsed or (
            len(parsed) < 2
            and not _LABELLED_DATE.search(row)
            and not glossed
            and not alone
            and not counted
        ):
            return None
        if self.shaped_row(title, near_title=True):
            return None
        if self.shaped_row(after, near_title=True) and not (
            "author" not in parsed and badge_byline(after) is not None
        ):
            return None  # (a badge row naming the writer under it: the title's two rows)
        return parsed

    def title_below(
        self,
        lines: list[str],
        content: list[int],
        rows: list[tuple[list[int], dict[str, str]]],
        endings: tuple[str, ...],
    ) -> int:
        """How many lines above an article's metadata block are page head, not article:
        the block opens the document when the line right below it is the document's
        title (short, no sentence punctuation, ends like a document title: a portal's
        info table above its heading) and no line above it ends like one.  0 otherwise
        (the usual layout: the title above its block).

        >>> p = MetaTitles()
        >>> page = ["某市人民政府  便民·为民", "发布机构", "某市水务局", "某市水务局关于某事的通知",
        ...         "各单位：", "正文。"]
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        1
        >>> page[0] = "某市水务局关于另事的通知"
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        0
        >>> page[0] = page[3]  # a copy of the title below: the page's head
        >>> p.title_below(page, [0, 3, 4, 5], [([1, 2], {"issuer": "某市水务局"})], ("通知",))
        1
        >>> lead = [page[0], "近来河道淤积，群众反映较多，现将清淤安排通知如下。", *page[1:]]
        >>> p.title_below(lead, [0, 1, 4, 5, 6], [([2, 3], {"issuer": "某市水务局"})], ("通知",))
        1
        >>> head = ["某某网　首页", "关于征收某地的公告", "日期：2024-05-02"]
        >>> head += ["某县政府　公告", "正文。"]  # an issuer and the kind: no title
        >>> p.title_below(head, [0, 1, 3, 4], [([2], {"published": "2024-05-02"})], ("公告",))
        0
        >>> sandwich = ["某某网　首页　服务", "【日期：2021-03-09】", "关于某事的通知"]
        >>> sandwich += ["某发〔2021〕3号", "各单位：", "正文。"]
        >>> two = [([1], {"published": "2021-03-09"}), ([3], {"doc_number": "某发〔2021〕3号"})]
        >>> p.title_below(sandwich, [0, 2, 4, 5], two, ("通知",))
        1
        >>> sandwich[2] = "关于某事的通知，请各单位阅知。"  # a sentence between the rows
        >>> p.title_below(sandwich, [0, 2, 4, 5], two, ("通知",))
        0
        """
        if not rows or not content:
            return 0
        above = self._head_over_title(lines, content, rows, rows[-1][0][-1], endings)
        if not above and len(rows) >= 2:
            # the title between the block's rows: its date row over it, its number under
            # it ('【发布时间：…】' / title / '某发〔2021〕3号'): the one line between the
            # first two
            between = [i for i in content if rows[0][0][-1] < i < rows[1][0][0]]
            if len(between) == 1:
                above = self._head_over_title(lines, content, rows, rows[0][0][-1], endings)
        # a sentence there is text, never page head: it stays, with every line under it
        # (split_prefix_guard); the short rows over it go
        return next((n for n in range(above) if sentence_line(lines[content[n]].strip())), above)

    def _head_over_title(
        self,
        lines: list[str],
        content: list[int],
        rows: list[tuple[list[int], dict[str, str]]],
        bottom: int,
        endings: tuple[str, ...],
    ) -> int:
        """:meth:`title_below` with the title looked for right under line ``bottom``."""
        top = rows[0][0][0]
        above = [i for i in content if i < top]
        below = [i for i in content if i > bottom]
        if not above or len(above) > MAX_ABOVE or not below:
            return 0
        title = lines[below[0]].strip()
        # a short note in brackets closing the title ('…报告（节选）', '…公告(摘要)'): the
        # title's own ending is the word before it
        bare = _TITLE_NOTE.sub("", title)
        # a periodical's name over its issue number ('汛情通报' over '第12期': the
        # block opens with the issue, the name above it is the masthead of every issue);
        # over the issuers' dated row the masthead declares the title under it, whatever
        # its ending (split_issue_head.issue_rows)
        issue = _ISSUE.match(lines[top].strip()) is not None
        masthead = issue and len(rows) == 2 and dated_issuers(lines[rows[1][0][0]]) is not None
        if not (4 <= len(title) <= 60 and (masthead or bare.endswith(endings))):
            return 0
        if _SENTENCE.search(title):
            return 0
        cells = title.split()
        if len(cells) == 2 and cells[1] in endings and not bare.endswith(cells[0]):
            # an issuer and a bare kind word parted by a gap ('某县政府　公告'): the
            # document's head names no subject, the title is the line above the block
            return 0
        # a copy of that very title above the block (the page title the extractor put
        # on top) is page head too: the document's own title line is the one below
        if not issue and any(
            lines[i].strip().endswith(endings) and lines[i].strip() != title for i in above
        ):
            return 0
        return len(above)
