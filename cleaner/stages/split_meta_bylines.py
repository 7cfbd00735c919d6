"""The byline readers of the split stage's metadata parser: an article's byline below its
title (short cells apart by wide gaps or bars, one a date: :meth:`MetaBylines.byline`), a
bilingual byline, a board's posted row, a host's cell, a source's name beside a date.

:class:`MetaBylines` sits between :class:`split_meta_stacked.MetaStacked` and
:class:`split_meta_lines.MetaLines`, which reads a whole metadata row and falls back to a
byline here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_dates import DATE as _DATE
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_meta_marks import (
    _AUTHOR_CELL,
    _EDITOR_NAME,
    _EN_CREDIT_GLOSS,
    _HAN_WORD,
    _MARK_CELLS,
    _NAME_THEN_DATE,
    _POSTED_CELL,
    _SENTENCE,
    _WORDS_THEN_DATE,
    _opens_date,
)
from cleaner.stages.split_meta_stacked import MetaStacked

# a body's long name (17 to 24 Han letters) and a date alone on a line: read as
# _NAME_THEN_DATE's rows when the name ends like an organisation's (name_date)
_LONG_BODY_THEN_DATE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{17,24})[ \u3000]+"
    r"(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)$"
)

#: a byline of a name, a gap, 的 and the kind of piece in one to four letters, a mark and
#: the day ('林小某 的游记 · 2021-03-09 10:20'): the gap is the edge of the template's slot
#: for the name
_POSSESSIVE = re.compile(
    r"^(?P<name>[^\s:：，。；、（）()【】\[\]]{2,16})[ \t\u3000]+的[\u4e00-\u9fff]{1,4}"
    r"[ \t\u3000]*[·•|｜/／][ \t\u3000]*(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)

#: a byline of a name, a gap, a two-letter verb and the work it is about in book quotes,
#: other short cells (a rating, a verdict) and the day closing the row ('林小某　评论
#: 《某片》　★★★★☆　推荐　2021-03-09 10:20'): the name is the template's slot for the writer
_ON_WORK = re.compile(
    r"^(?P<name>[^\s:：，。；、（）()【】\[\]《》]{2,16})[ \t\u3000]+[\u4e00-\u9fff]{2}"
    r"[ \t\u3000]+《[^》\s]{1,30}》(?:[ \t\u3000]+[^\s\u3000，。；：:]{1,8}){0,3}"
    r"[ \t\u3000]+(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)

# a byline's cell of a label and a name ('主播：某某') and of a name and a verb after it
# ('某某 主持', 'Nora 主持'): a name is two or three Han letters or one Latin word
_HOST_LABELLED = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{2,4})\s*[:：]\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z .'-]{1,19})$"
)
_NAME_THEN_VERB = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3}|[A-Za-z][A-Za-z'-]{1,19})"
    r"[ \u3000]?(?P<verb>[\u4e00-\u9fff]{2})$"
)


@lru_cache(maxsize=1)
def _host_labels() -> tuple[str, ...]:
    """The endings of ``headers.toml``'s ``author_by_host`` label class ('主播', '主持人')."""
    for c in load_table("headers")["label_class"]:
        if c["name"] == "author_by_host":
            return tuple(c["endings"])
    return ()


class MetaBylines(MetaStacked):
    """The byline readers of :class:`split_meta_lines.MetaLines` (its base): a byline
    under a title, a board's posted row, a host's cell, a name beside a date."""

    def byline(self, line: str) -> dict[str, str] | None:
        """An article's byline below its title: short cells apart by wide spaces or
        bars, one of them a date alone, no sentence punctuation (author, date, read
        count: '文／某某　　2024年08月01日　　2389人读过').  Its date is kept in ``meta``,
        and the name behind a byline's mark (``[meta] byline_author_marks``) as the author.

        >>> MetaBylines().byline("文／某某　　2024年08月01日　　2389人读过")
        {'published': '2024-08-01', 'author': '某某'}
        >>> MetaBylines().byline("我在2024年08月01日　　出发，　　去了远方")
        >>> MetaBylines().byline("文｜某某　　2024.08.01")
        {'published': '2024-08-01', 'author': '某某'}

        A cell that is a name closed by a profession's title (``[meta] name_titles``)
        names the author:

        A name set apart before a possessive and the kind of piece names the writer:

        >>> MetaBylines().byline("林小某 的游记 · 2022-04-01 10:20")
        {'published': '2022-04-01', 'author': '林小某'}
        >>> MetaBylines().byline("本市的新闻 · 2022-04-01")  # no gap before 的: no name slot
        {'published': '2022-04-01'}

        >>> MetaBylines().byline("婚恋情感 · 2022-04-01 · 甄若水 医生")
        {'published': '2022-04-01', 'author': '甄若水'}
        >>> MetaBylines().byline("婚恋情感 · 2022-04-01 · 心理门诊")
        {'published': '2022-04-01'}

        A name, a verb on a work in book quotes (a review's), short cells and the day:

        >>> MetaBylines().byline("林小某　评论　《某片》　★★★★☆　推荐　2021-03-09 10:20")
        {'published': '2021-03-09', 'author': '林小某'}
        >>> MetaBylines().byline("某某出版社　出版　《某书》　2021-03-09")
        {'published': '2021-03-09'}
        >>> MetaBylines().byline("林小某　评论　《某片》说得很好　2021-03-09")
        {'published': '2021-03-09'}

        Or words apart by single spaces and the date (and time) closing the line, the
        export form of a post (tag, author, account: '原创 某某 某号 2024-08-01 09:30'):

        >>> MetaBylines().byline("原创 某某 某号 2024年08月01日 09:30")
        {'published': '2024-08-01'}
        >>> m = MetaBylines()
        >>> m.byline("2024年08月01日 09:30"), m.byline("出发 2024年08月01日")
        (None, None)
        """
        if len(line) > 60 or _SENTENCE.search(line):
            return self._glossed(line)
        if (posted := self._posted(line)) is not None:
            return posted
        if (own := _POSSESSIVE.match(line.strip())) is not None and (
            day := normalise_date(own["date"])
        ):
            # '某某 的游记 · 2021-03-09': the name a template set before its 的 and the kind
            # of piece (the gap is the slot's edge) is the writer
            return {"published": day, "author": own["name"]}
        if (
            (on := _ON_WORK.match(line.strip())) is not None
            and (day := normalise_date(on["date"]))
            and not is_org(on["name"])
        ):
            # '某某　评论　《某片》　…　2021-03-09': the writer's slot before the verb on a work
            return {"published": day, "author": on["name"]}
        spaced = _WORDS_THEN_DATE.match(line.strip())
        if spaced is not None:  # 'words… date [time]' apart by single spaces
            date = normalise_date(spaced["date"])
            return {"published": date} if date else None
        cells = self.cells(line)
        if not any(_DATE.match(c) for c in cells):  # no cell a date: try the marks apart
            cells = [d for c in cells for d in _MARK_CELLS.split(c) if d]
        if not 2 <= len(cells) <= 5 or any(len(c) > 20 for c in cells):
            return None
        dates: list[str] = []
        verb = ""
        for c in cells:
            m = _DATE.match(c)
            if m is None or (d := normalise_date(c)) is None:
                continue
            tail = c[m.end() :].lstrip("日号").strip()
            if tail and (tail not in self.t.dated_verbs or sum(map(_opens_date, cells)) > 1):
                continue  # '…发布　…实施': a standard's dates, read by their verbs (cover_line)
            dates.append(d)
            verb = tail
        if len(dates) != 1:
            return None
        row = {"published": dates[0]}
        names = [c for c in cells if not _DATE.match(c)]
        if verb in self.t.edit_verbs and len(cells) == 2 and _EDITOR_NAME.match(names[0]):
            # '某组 · 2021年3月9日更新': the date of an edit, the one name who made it
            row["author"] = names[0]
            return row
        for c in cells:  # '文/某某': the byline's author
            who = _AUTHOR_CELL.match(c)
            if who is not None and (
                who["k"] in self.t.byline_author_marks or self.field_of(who["k"]) == "author"
            ):
                row["author"] = who["name"]
                break
            if (host := self._host(c)) is not None:  # '主播：某某', '某某 主持'
                row["author"] = host
                break
        else:  # '文｜某某　日期': the bar of the mark split it off its name as a cell of its
            # own; read only when the row opens with it (set l's account row, '某号 ▪ 日期 ▪
            # 文｜某某', gives no author: its truth leaves the writer out, set ze's keeps it)
            who = _AUTHOR_CELL.match("/".join(cells[:2]))
            if who is not None and who["k"] in self.t.byline_author_marks:
                row["author"] = who["name"]
            else:  # '某类 · 2021-03-09 · 某某某 律师': a name closed by its profession's title
                from cleaner.stages.split_cell_marks import titled_name

                person = next((p for c in names if (p := titled_name(c)) is not None), None)
                if person is not None:
                    row["author"] = person
        return row

    def _glossed(self, line: str) -> dict[str, str] | None:
        """A bilingual byline: the Han byline's cells and one English cell glossing its
        credit (``Text by Some Name, Class of 2003``: ``_EN_CREDIT_GLOSS``) read as the
        Han cells alone, the gloss no field; any other line None.

        >>> row = "文／林某某（2003届化学系）　Text by Lin Mou, Class of 2003　｜　2021.06.03"
        >>> MetaBylines()._glossed(row)
        {'published': '2021-06-03', 'author': '林某某'}
        >>> MetaBylines()._glossed("文／林某某　We met by chance, in 2003　｜　2021.06.03")
        """
        cells = self.cells(line)
        rest = [c for c in cells if not _EN_CREDIT_GLOSS.match(c)]
        if len(rest) != len(cells) - 1 or not rest:
            return None
        joined = "\u3000".join(rest)
        if len(joined) > 60 or _SENTENCE.search(joined):
            return None
        return self.byline(joined)

    def _posted(self, line: str) -> dict[str, str] | None:
        """The day and the poster of a board's row whose one dated cell is a member's
        name, the verb of posting closed by 于 and the day (``网友 某某 提问于 2021/3/9``:
        ``_POSTED_CELL``, the verb one of ``[meta] dated_verbs``); its other cells short
        (a serial ``＃0147``, a count ``回复 2``), none of them a date; else None.

        >>> m = MetaBylines()
        >>> m._posted("＃0042　网友 林小某 提问于 2020/5/6　｜　回复 2")
        {'published': '2020-05-06', 'author': '林小某'}
        >>> m._posted("No.7 | Kiwi_88 发表于 2020-05-06 21:14")
        {'published': '2020-05-06', 'author': 'Kiwi_88'}
        >>> m._posted("林小某 回想于 2020/5/6"), m._posted("林小某 提问于 2020/5/6　2020/5/7")
        (None, None)
        >>> m._posted("最后更新于 2020/5/6"), m._posted("某组 更新于 2020/5/6")
        (None, None)
        """
        if len(line) > 60 or _SENTENCE.search(line):
            return None
        cells = self.cells(line)
        if not 1 <= len(cells) <= 5 or any(len(c) > 36 for c in cells):
            return None
        posted = [m for c in cells if (m := _POSTED_CELL.match(c)) is not None]
        if len(posted) != 1 or any(_DATE.search(c) for c in cells if not _POSTED_CELL.match(c)):
            return None
        m = posted[0]
        if m["verb"] not in self.t.dated_verbs or m["verb"] in self.t.edit_verbs:
            return None
        day = normalise_date(m["date"])
        return {"published": day, "author": m["name"]} if day else None

    def _host(self, cell: str) -> str | None:
        """The host's name in a byline's cell: a host's label and a name
        ('主播：某某', ``label_class`` ``author_by_host``) or a name and the verb of
        hosting after it ('某某 主持', ``[meta] host_verbs``); None for any other cell.

        >>> m = MetaBylines()
        >>> m._host("主播：林小某"), m._host("Aria 主持"), m._host("林小某 主讲")
        ('林小某', 'Aria', '林小某')
        >>> m._host("时长 59:11"), m._host("嘉宾：林小某"), m._host("欢迎大家来 主持")
        (None, None, None)
        """
        labelled = _HOST_LABELLED.match(cell)
        if labelled is not None:
            label = labelled["k"]
            if self.field_of(label) == "author" and label.endswith(_host_labels()):
                return labelled["name"]
            return None
        m = _NAME_THEN_VERB.match(cell)
        if m is not None and m["verb"] in self.t.host_verbs:
            return m["name"]
        return None

    @staticmethod
    def name_date(line: str) -> dict[str, str] | None:
        """A source's name and a date alone on a line (``某某晚报 2021年3月9日``): the
        dateline a digest prints under each item's header.  A word and a date may be any
        line (``出发 2024年08月01日`` in a diary: :meth:`byline` refuses it), so it is read
        only on the line right under a header, and a run of headers is cut by it only
        when every header has one (:meth:`SplitStage.find_generic_headers`).

        >>> MetaBylines.name_date("某某晚报 2021年3月9日"), MetaBylines.name_date("某某晚报")
        ({'published': '2021-03-09'}, None)
        >>> MetaBylines.name_date("我们在 2021年3月9日 出发")

        A body's full name may be longer (a games' or a congress's committee, up to 24
        letters) when it ends like an organisation's:

        >>> MetaBylines.name_date("某某县第十一届全民运动会竞赛委员会　　2021年6月11日")
        {'published': '2021-06-11'}
        >>> MetaBylines.name_date("我们一家人在这个春天的早晨坐上了回老家的火车　2021年6月11日")
        """
        m = _NAME_THEN_DATE.match(line.strip()) or _LONG_BODY_THEN_DATE.match(line.strip())
        if m is None or not _HAN_WORD.search(m["name"]):
            return None
        if len(m["name"]) > 16 and not is_org(m["name"]):
            return None
        date = normalise_date(m["date"])
        return {"published": date} if date else None
