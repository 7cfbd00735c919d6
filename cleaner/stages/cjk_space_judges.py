"""The judgements of the CJK-space repair (:mod:`cleaner.stages.cjk_spaces`): whether a
space between two Han characters is a separator to keep (a field's or a cell's gap, a
padded name or label, a phrase mark's side, items running on) or splits a word.  Mixed
into :class:`~cleaner.stages.cjk_spaces.CjkSpaceRule`.
"""

from __future__ import annotations

import re

from cleaner.stages.charscan import Scanner
from cleaner.stages.cjk_clause_gaps import clause_date, counted_joined, label_close, masked_numbers
from cleaner.stages.repair_tables import HAN, Tables
from cleaner.stages.split_numerals import fw_digits

__all__ = ["CjkSpaceJudges"]

_DIGITS = "0123456789"

_SPACES = re.compile("[ \t\u3000\u00a0]+")


def _is_han(ch: str) -> bool:
    """``ch`` is in :data:`HAN` (comparisons: faster than a regex call per character)."""
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or ch == "〇"
    )


#: What may bound a word's lone letter cut off by a gap: a label's colon, a bracket,
#: a quote, a headline's closing mark.
_EDGES = "：:（(《「『“【〔）)》」』”】〕！？!?"
# a phrase beside a gap: its Han letters and the clause marks inside it (a comma runs a
# sentence on; a bracket, a quote, a digit or a Latin word bounds a headline's phrase)
_HAN_TAIL = re.compile(f"[{HAN}，、；：]*[{HAN}]$")
# the Han letters alone beside a gap (a word's letters: '陳' of '作者：陳 美玲')
_LETTERS_TAIL = re.compile(f"[{HAN}]+$")
_LETTERS_HEAD = re.compile(f"[{HAN}]+")
_HAN_HEAD = re.compile(f"[{HAN}][{HAN}，、；：]*")
#: A news lead's opening tag (``本社讯``, ``某地电``) set off from its paragraph by one
#: full-width space: the typesetter's gap, not a space inside a word (the paragraph goes
#: on for at least :data:`LEAD_REST` characters after it).
_LEAD = re.compile(f"^[{HAN}]{{2,8}}$")
LEAD_REST = 20

#: A clause this long closed by a full stop is a sentence, comma or not
#: (:meth:`CjkSpaceJudges._one_sentence`).
ONE_CLAUSE_CHARS = 32

_SENT_PUNCT = re.compile("[，。；！？]")
_VERSE_NO = re.compile("其[一二三四五六七八九十]+$")
# a run of two Han letters or more (the page's words, _page_words)
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


class CjkSpaceJudges:
    """The space judgements; needs ``self.t`` (the repair tables)."""

    t: Tables
    _INNER_SPACE: Scanner

    #: Han letters each side of a gap read back as the word it may cut
    JOIN_REACH = 2

    def _printed_joined(self, text: str, m: re.Match[str]) -> bool:
        """The page prints the letters around the gap joined elsewhere: two Han letters
        each side (``均价 为每`` where the page also has ``均价为每``) make a word the gap
        cuts, whatever mark stands near it (the page's own evidence, as for a spelled
        cell).  A page that prints the phrases apart each time has no such evidence.

        >>> from cleaner.stages.repair import RepairStage
        >>> t = "甲地的单价为每斤三元。乙地的单价 为每斤四元。"
        >>> RepairStage()._printed_joined(t, re.search(" ", t))
        True
        >>> t = "甲地的单价 为每斤三元。乙地的单价 为每斤四元。"
        >>> RepairStage()._printed_joined(t, re.search(" ", t))
        False
        """
        k = self.JOIN_REACH
        s, e = m.start(), m.end()
        left, right = text[max(0, s - k) : s], text[e : e + k]
        if len(left) == k and len(right) == k and all(map(_is_han, left + right)):
            if left + right in text:
                return True
        # a number and its unit before the gap: the page prints them joined to the
        # letters after it, any number (cjk_clause_gaps)
        return counted_joined(text, s, e, self._masked(text), reach=k)

    #: the last page's text with its numbers read as one (:func:`counted_joined`)
    _masks: tuple[str, str] | None = None

    def _masked(self, text: str) -> str:
        if self._masks is None or self._masks[0] is not text:
            self._masks = (text, masked_numbers(text))
        return self._masks[1]

    _FIELD_LABEL = re.compile(f"[{HAN}]{{1,6}}[：:]")

    def _field_gap(self, text: str, ls: int, le: int, m: re.Match[str]) -> bool:
        """The space parts two fields of a record row: a labelled field before it and a
        label and its colon after it ('采购人：某某局　日期：2021-03-05'); a space inside a
        label ('联系 人：') has no field before it, and a sentence before it ('请求：…。事
        实与理由：') is text.

        >>> from cleaner.stages.repair import RepairStage
        >>> row = "单位：某某局　日期：2021-03-05"
        >>> RepairStage()._field_gap(row, 0, len(row), re.search("　", row))
        True
        """
        left = text[ls : m.start()].split()
        return (
            bool(left)
            and ("：" in left[-1] or ":" in left[-1])
            and not any(c in left[-1] for c in "。！？；;!?")  # a sentence ends: text
            and not self._label_head(left[-1])
            and self._FIELD_LABEL.match(text, m.end(), le) is not None
        )

    # after a field's comma, one or two Han letters: too short for a value, a label's
    # head ('保证金：100元，增 价幅度：…' cuts the label '增价幅度')
    _LABEL_HEAD = re.compile(f"[：:][^：:]*[，,、]([{HAN}]{{1,2}})$")

    def _label_head(self, left: str) -> bool:
        """The text before the space ends in a comma and one or two Han letters after a
        labelled field: the head of the next label, cut from it by the space.

        >>> from cleaner.stages.repair import RepairStage
        >>> RepairStage()._label_head("保证金：100元，增"), RepairStage()._label_head("单位：某局")
        (True, False)
        """
        return self._LABEL_HEAD.search(left) is not None

    # a row's cell bars (a table's, a box drawing's), and the brackets that may close a
    # row or open it ('［编号 A-1｜日期 2021-03-05］')
    _CELL_BAR = re.compile("[|｜│┃┆┊╎]")
    _CELL_EDGE = " \t\u3000\u00a0［］[]【】〔〕（）()"
    # a labelled cell: a short label of Han characters, a gap, a value
    _LABELLED_CELL = re.compile(f"([{HAN}]{{1,4}})[ \t\u3000\u00a0]+(\\S.*)")

    def _cell_gap(self, text: str, ls: int, le: int, m: re.Match[str]) -> bool:
        """The space parts a label from its value in a row of bar-parted cells, each a
        short label, a gap and a value, one value at least no Han word (a number, a
        code, a date: that cell proves the gap is the row's layout, not a word cut):
        ``编号 A-17｜审定 某某研究所｜日期 2021-03-05``; bare cells may stand among two
        labelled ones (``某科｜执笔 某某｜2021年3月5日｜点击 27``) when no gap cuts them
        between Han letters.  The space must follow the cell's label right at the cell's
        start; a row of Han words only proves nothing.

        >>> from cleaner.stages.repair import RepairStage
        >>> row = "［编号 A-17｜审定 某某研究所｜日期 2021-03-05］"
        >>> RepairStage()._cell_gap(row, 0, len(row), re.search("定 ", row))
        True
        >>> row = "某处某科　|　执笔 某某　|　2021年3月5日 08:10　|　点击 27 次"  # bare cells too
        >>> RepairStage()._cell_gap(row, 0, len(row), re.search("笔 ", row))
        True
        >>> row = "某市教育局 办公室　|　执笔 某某　|　点击 27 次"  # a bare cell cut between Han
        >>> RepairStage()._cell_gap(row, 0, len(row), re.search("笔 ", row))
        False
        >>> row = "新闻 中心｜联系 我们｜关于 本站"
        >>> RepairStage()._cell_gap(row, 0, len(row), re.search("系 ", row))
        False
        """
        left = self._CELL_BAR.split(text[ls : m.start()])
        if len(left) < 2 and not self._CELL_BAR.search(text, m.end(), le):
            return False  # no bar in the line: no row of cells (most lines end here)
        if self._HAN_LABEL.fullmatch(left[-1].strip(self._CELL_EDGE)) is None:
            return False
        cells = [c.strip(self._CELL_EDGE) for c in self._CELL_BAR.split(text[ls:le])]
        every = [self._LABELLED_CELL.fullmatch(c) for c in cells if c]
        # the row's bare cells (a name, a date) hold no gap between Han letters
        bare = [c for c, f in zip((c for c in cells if c), every, strict=True) if f is None]
        if any(self._INNER_SPACE.pattern.search(c) for c in bare):
            return False
        found = [f for f in every if f is not None]
        if len(found) < 2:
            return False
        if any(f is not None and self._INNER_SPACE.pattern.search(f.group(2)) for f in found):
            return False  # a value cut between Han characters: a letter-spaced word
        return any(not _is_han(f.group(2)[0]) for f in found if f is not None)

    _HAN_LABEL = re.compile(f"[{HAN}]{{1,4}}")

    @staticmethod
    def _between_words(text: str, ls: int, le: int, m: re.Match[str]) -> bool:
        """Both sides of the space are runs of two or more Han characters."""
        s, e = m.start(), m.end()
        return (
            s - 2 >= ls
            and e + 2 <= le
            and _is_han(text[s - 2])
            and _is_han(text[s - 1])
            and _is_han(text[e])
            and _is_han(text[e + 1])
        )

    def _prose_cut(self, line: str) -> bool:
        """A line of prose cut by spaces: pieces of uneven length, some long, with clause
        punctuation inside them (verse lines are even, name and table rows short)."""
        pieces = [p for p in _SPACES.split(line.strip()) if p]
        lens = sorted(len(p) for p in pieces)
        if lens[-1] < 12 or lens[-1] - lens[0] < 4 or any(line.count(c) >= 3 for c in "~|\t^"):
            return False  # verse, names, table cells, a flattened record ('~' fields)
        # most pieces hold clause punctuation: the spaces fall inside sentences
        return 2 * sum(bool(_SENT_PUNCT.search(p[:-1])) for p in pieces) >= len(pieces)

    def _label_before(self, text: str, ls: int, m: re.Match[str]) -> bool:
        """The token before the space is a label ('第一章', '第三条', '1998年12月16日')."""
        left = text[ls : m.start()]
        # the run of Han letters closing ``left``: matched at the start of the reversed
        # text (one C-level scan of the token, not a match object per earlier break)
        tail = self._TOKEN_TAIL.match(left[::-1])
        token = left[len(left) - tail.end() :] if tail is not None else left
        return bool(self._LABEL.search(token) or self._SPACED_LABEL.search(left))

    def _doc_title(self, line: str) -> bool:
        """A document title ('关于…的通知'): one phrase, so a space inside splits a word."""
        core = _SPACES.sub("", line.strip())
        return "关于" in core[:20] and core.endswith(self.t.title_endings)

    def _padded_name(self, text: str, ls: int, le: int, m: re.Match[str]) -> bool:
        """A two-character name padded to three ('主持人：王 明', '王 明、李 华'): a lone
        character each side, after a colon or list mark and before the end or a mark."""
        s, e = m.start(), m.end()
        if s - 2 < ls or e + 1 > le:
            return False
        left_ok = text[s - 2] in "：:、，,（("
        right_ok = e + 1 == le or text[e + 1] in "、，,）)；; \t\u3000"
        return left_ok and right_ok and not self._wordy_list(text, ls, le, s)

    #: the most letters an item of a list of names holds (a name of four: '欧阳明华')
    NAME_ITEM_MAX = 4

    def _wordy_list(self, text: str, ls: int, le: int, s: int) -> bool:
        """The gap at ``s`` is in a list (items parted by '、') whose other items are no
        names: one of them is longer than :data:`NAME_ITEM_MAX` letters ('蔬菜制品、炒货
        食品及坚果制品、饮 料、乳制品'): the list is of things, not of names padded to a
        width, and the gap splits a word.  A list of names ('王 明、李 华、张小红'), a lone
        name ('主持人：王 明') or a short list has no such evidence.

        >>> j = CjkSpaceJudges()
        >>> t = "抽检了糕点、炒货食品及坚果制品、饮 料、乳制品等"
        >>> j._wordy_list(t, 0, len(t), t.index(" "))
        True
        >>> t = "出席：王 明、李 华、欧阳明华、赵 亮等同志参加了会议"
        >>> j._wordy_list(t, 0, len(t), t.index(" "))
        False
        """
        left = max(text.rfind(c, ls, s) for c in "：:，,。；;（(")
        start = ls if left == -1 else left + 1
        ends = [i for i in (text.find(c, s, le) for c in "：:，,。；;）)") if i != -1]
        end = min(ends, default=le)
        items = text[start:end].split("、")
        # the first and the last item run into the clause around the list: not read
        inner = []
        pos = start
        for k, item in enumerate(items):
            if 0 < k < len(items) - 1 and not pos <= s < pos + len(item):
                inner.append(item)
            pos += len(item) + 1
        return any(len(item.strip()) > self.NAME_ITEM_MAX for item in inner)

    def _padded_label(self, text: str, ls: int, m: re.Match[str]) -> bool:
        """A two-letter label opening its line, padded to the width of four with one
        ideographic space ('摘　要：…', '姓　名：…'): typesetting, not a stray space (the
        stray ones a damaged text holds are narrow)."""
        s = m.start()
        return (
            s == ls + 1
            and m.group() == "\u3000"
            and len(text) > s + 2
            and text[s + 2] in "：:"
            and _is_han(text[s - 1])
            and _is_han(text[s + 1])
        )

    # a label spelled out letter by letter at its line's start ('来　　源', '发 布 日 期'):
    # two to four Han letters parted by one and the same gap
    _SPACED_HEAD = re.compile(
        f"[ \t\u3000]*[{HAN}](?P<gap>[ \u3000]+)[{HAN}](?:(?P=gap)[{HAN}]){{0,2}}"
    )

    def _spaced_label_end(self, text: str, ls: int, m: re.Match[str]) -> bool:
        """The space closes a label spelled out letter by letter at its line's start and
        is another gap than the label's own ('来　　源　某中心', '发 布 日 期　2021-03-09'):
        the label's gaps pad it to a width and go, this one parts it from its value.

        >>> from cleaner.stages.repair import RepairStage
        >>> row = "来\u3000\u3000源\u3000某某中心"
        >>> RepairStage()._spaced_label_end(row, 0, re.search("\u3000(?=某)", row))
        True
        >>> row = "来\u3000源\u3000某某中心"
        >>> RepairStage()._spaced_label_end(row, 0, re.search("\u3000(?=某)", row))
        False
        """
        head = self._SPACED_HEAD.fullmatch(text, ls, m.start())
        return head is not None and head["gap"] != m.group() and m.end() < len(text)

    # a digit or bracket at most MARK_REACH Han characters from the space (the Han word
    # beside the space is a unit or a short quoted word: '105.3元 ', ' 維持「持有」')
    MARK_REACH = 4
    _MARK = "0-9０-９%％.．「」『』《》〈〉“”‘’\"'()（）【】〔〕\\[\\]"
    _MARK_BEFORE = re.compile(f"[{_MARK}][{HAN}]{{1,{MARK_REACH}}}$")
    _MARK_AFTER = re.compile(f"[{HAN}]{{1,{MARK_REACH}}}[{_MARK}]")
    # in a line of sentences, a number, its one-character unit and more Han before the
    # space: the unit's phrase goes on into a word the space cuts ('据42位老 人回忆'); a
    # unit right before the space ('105.3元 維持') still ends a phrase
    _PROSE_CUT_UNIT = re.compile(f"[0-9０-９][{HAN}]{{2,}}$")
    # in a line of sentences, ONE Han character between a closing bracket and the space
    # is a word's first letter split off ('各村（社区）开 展排查'), not a phrase; so are
    # a particle and one letter ('某课（二）的基 础知识': the clause runs on past the bracket)
    _PROSE_LONE_AFTER_CLOSE = re.compile(f"[）)】〕」』》〉”’](?:[{HAN}]|[的之和与及][{HAN}])")

    # in a line of sentences, an OPENING quote or bracket before the space: the space is
    # inside the quoted phrase ('说：“这几个 月大家…”'), not at its edge
    _OPENING = frozenset("「『《〈“‘(（【〔")

    _BRACKETS = "「」『』《》〈〉“”‘’\"'()（）【】〔〕\\[\\]"
    # in a line of sentences: a bracket within reach, or a number right after a name of
    # one or two characters (an identifier: '节点5', '类名.方法名', '编号107'); a number
    # with a counting word after it ('研 究18项', '共 有3人') is a count inside the clause
    _PROSE_AFTER = re.compile(
        f"[{HAN}]{{1,{MARK_REACH}}}[{_BRACKETS}]|[{HAN}]{{1,2}}(?:[.．]|[0-9０-９]+(?![0-9０-９]*[{HAN}]))"
    )

    def _beside_phrase_mark(
        self, text: str, ls: int, le: int, m: re.Match[str], *, prose: bool = False
    ) -> bool:
        """The Han word on either side of the space is bounded by a digit or a bracket
        ('目標價至105.3元 維持「持有」評級'): the space separates phrases.  In a line of
        sentences (``prose``) a number after a longer word is part of the clause ('本次
        活动共有194名'): only a number before the space (a unit), a bracket, or a number
        right after a short name (an identifier, '节点 5'-like '与 节点5') counts, and a
        number before it only with its unit right at the space ('105.3元 ', not '42位老 ')."""
        reach = self.MARK_REACH + 1
        s = m.start()
        before = self._MARK_BEFORE.search(text, max(ls, s - reach), s)
        if before and not (
            prose
            and (
                self._PROSE_CUT_UNIT.search(before.group())
                or self._counted(before.group())
                or self._PROSE_LONE_AFTER_CLOSE.fullmatch(before.group())
                or self._printed_whole(text, before.group(), m)
                or before.group()[0] in self._OPENING
                or self._item_runs_on(text, ls, before.start())
                # a line-opening label's bracket, a date glued to its clause (cjk_clause_gaps)
                or label_close(text, ls, before.start())
                or clause_date(text, ls, s)
            )
        ):
            return True
        if prose and before and len(before.group()) == 2 and before.group()[0] in self._OPENING:
            # ONE letter opening a bracket or a quote ('（以 下简称', '“文 明城市”'): no
            # phrase ends there, a word's first letter is split off, whatever closes after
            return False
        if prose:
            # the pattern bounds its own letters; the number after them is read whole,
            # its unit too ('工资52600元' counts: no identifier cut at the reach)
            return bool(self._PROSE_AFTER.match(text, m.end(), le))
        return bool(self._MARK_AFTER.match(text, m.end(), min(le, m.end() + reach)))

    _CLOSING = frozenset("）)】〕」』》〉”’")

    def _printed_whole(self, text: str, before: str, m: re.Match[str]) -> bool:
        """In a line of sentences, a closing quote or bracket and Han letters before the
        space (``「某名」捐血活 动``), and the page prints the word the space parts whole
        elsewhere, opening a run of Han letters (after a mark or at a line start:
        ``。活动时间``).  Two letters that meet only inside a run elsewhere (``当地学校``
        for ``落地 学生``, ``社区民警`` for ``社区 民众``), or a doubled letter
        (``红烧肉 肉末`` beside ``红烧肉肉质``), are no word there: the space stays.

        >>> j = CjkSpaceJudges()
        >>> t = "规划「某名」捐血活 动，请前往。活动时间：三日"
        >>> j._printed_whole(t, "」捐血活", re.compile(" ").search(t))
        True
        >>> t = "规划「某名」捐血活 动，请前往。"
        >>> j._printed_whole(t, "」捐血活", re.compile(" ").search(t))
        False
        >>> t = "「新规」措施落地 学生受益，当地学校也很支持。"
        >>> j._printed_whole(t, "」措施落地", re.compile(" ").search(t))
        False
        >>> t = "菜单有「家常」红烧肉 肉末茄子，红烧肉肉质鲜嫩。"
        >>> j._printed_whole(t, "」红烧肉", re.compile(" ").search(t))
        False
        """
        if before[0] not in self._CLOSING or m.end() >= len(text):
            return False
        s, e = m.start(), m.end()
        a, b = text[s - 1], text[e]
        if a == b or not (_is_han(a) and _is_han(b)):
            return False
        return a + b in self._page_words(text)

    #: the last page's word evidence: (page, the pairs opening its runs of Han letters)
    _words: tuple[str, frozenset[str]] | None = None

    def _page_words(self, text: str) -> frozenset[str]:
        """The Han letter pairs that open a run of Han letters on the page (after a
        non-Han letter or at its start): built once a page, not counted per space."""
        if self._words is None or self._words[0] is not text:
            self._words = (text, frozenset(run[:2] for run in _HAN_RUN.findall(text)))
        return self._words[1]

    def _counted(self, before: str) -> bool:
        """A number and one counting word right at the space ('125个'): the word
        counts the noun after the space (``count_classifiers`` in repair.toml)."""
        return (
            len(before) == 2
            and fw_digits(before[0]) in _DIGITS
            and before[1] in self.t.count_classifiers
        )

    # a bracketed item number opening a line ('（二）', '(3)') and the text right after it
    _ITEM = re.compile("(?m)^[ \t\u3000]*[（(][一二三四五六七八九十0-9]{1,3}[）)]([^\n]{0,12})")

    def _item_runs_on(self, text: str, ls: int, bracket: int) -> bool:
        """The bracket before the space closes the item number opening the line
        ('（二）属地单位 须落实…'), and the page's other items so numbered run their text on
        with no gap near their start: the list has no run-in titles ('（一）指导思想　以…'
        keeps its gap where its siblings have one too), so the space is a stray one."""
        m = self._ITEM.match(text, ls)
        if m is None or m.start(1) - 1 != bracket:
            return False
        siblings = [x.group(1) for x in self._ITEM.finditer(text) if x.start() != ls]
        return bool(siblings) and not any(_SPACES.search(x) for x in siblings)

    @staticmethod
    def _sentences(line: str) -> bool:
        """A line of running sentences: long, ending in a full stop, its clauses cut by
        commas or three sentences at least (a news paragraph of short sentences)."""
        core = line.strip()
        return (
            len(core) >= 40
            and core.endswith("。")
            and (core.count("，") >= 2 or core.count("。") >= 3)
        )

    @staticmethod
    def _one_sentence(line: str) -> bool:
        """One sentence of two clauses or more: 24 characters at least, a comma inside,
        a full stop at the end and nowhere else ('部门感谢市民的支持，查询热线为2801 3007。'):
        a number in it runs on its clause, as in a longer line of sentences.

        >>> CjkSpaceJudges._one_sentence("部门感谢市民一直以来的配合和支持，查询热线为2801 3007。")
        True
        >>> one = CjkSpaceJudges._one_sentence
        >>> one("目标价至105.3元 维持持有评级"), one("短句，很短。")
        (False, False)

        A clause of ``ONE_CLAUSE_CHARS`` or more closed by a full stop is a sentence
        without a comma too (an award's item):

        >>> one("二、被申请人于裁决生效之日起五日内一次性向申请人支付延时加班 工资5200元。")
        True
        """
        core = line.strip()
        return (
            len(core) >= 24
            and core.endswith("。")
            and core.count("。") == 1
            and ("，" in core or len(core) >= ONE_CLAUSE_CHARS)
        )

    #: a row's short label before its colon ('交通：', '备注：')
    _ROW_LABEL = re.compile(f"^[ \t\u3000]*[{HAN}]{{2,6}}[：:]")

    def _labelled_sentence(self, line: str) -> bool:
        """A labelled row whose value is a sentence: a short label and its colon, then
        clauses parted by a comma, ending in a full stop, 24 characters at least
        ('交通：乘坐3路公交车约30分钟可达，自驾可导航至停车场。'): read as a line of
        sentences (:meth:`_sentences` asks more of a bare line).

        >>> from cleaner.stages.repair import RepairStage
        >>> r = RepairStage()
        >>> r._labelled_sentence("交通：乘坐3路公交车约30分钟可达，自驾可导航至景区停车场。")
        True
        >>> r._labelled_sentence("交通：乘坐3路公交车"), r._labelled_sentence("乘坐公交车，可达。")
        (False, False)
        """
        m = self._ROW_LABEL.match(line)
        if m is None:
            return False
        value = line[m.end() :].strip()
        return len(value) >= 24 and value.endswith("。") and "，" in value

    def _numeral_token(self, left: str, right: str) -> bool:
        """A bare numeral ('一', '十二') numbers the part before it: the token after the
        space, or the token before it when that follows another token.  A numeral that
        opens the line is a split word ('一 是加强领导', '十 分重要')."""
        nums = self.t.numerals
        lt = left.split()
        rt = right.split()
        return any(
            0 < len(tok) <= 3 and all(ch in nums for ch in tok)
            for tok in (lt[-1] if len(lt) >= 2 else "", rt[0] if rt else "")
        )

    def _splits_word(self, text: str, ls: int, le: int, m: re.Match[str], n: int) -> bool:
        """In a heading, does this space split a word rather than separate phrases?

        It does when one side is a lone non-numeral character ('完 善推进机制'), or when
        it is the line's only such space and one side is longer than a headline phrase
        (a long document title cut once: '…关于做好防治非典 型肺炎有关文件…').
        """
        left = text[ls : m.start()].split()
        right = text[m.end() : le].split()
        ltok = left[-1] if left else ""
        rtok = right[0] if right else ""
        # a phrase is the run of Han letters (and clause marks) beside the gap: a
        # bracketed tag, a date or a quote mark bounds it ('【某栏】9月26日某某汇总
        # 某某走向': two headline clauses; '…某事，某某 某事': one sentence cut)
        lrun = _LETTERS_TAIL.search(ltok)
        rrun = _LETTERS_HEAD.match(rtok)
        # one letter alone beside the gap, a colon, a bracket or a closing mark or nothing
        # on its other side, splits a word ('完 善', '作者：陳 美玲', '…明日开 工！）');
        # a unit after a number ('105.3元 維持') or a Latin word's ('A股 大涨') does not
        if lrun is not None and self._lone(lrun.group(), ltok[: lrun.start()][-1:]):
            return True
        if rrun is not None and self._lone(rrun.group(), rtok[rrun.end() : rrun.end() + 1]):
            return True
        if any(bar in tok for tok in (ltok, rtok) for bar in "|｜"):
            # a row of cells ('档案号 QA-1｜整理单位某川 县档案馆'): the token is measured
            # whole, as before a headline's phrases were told apart
            return n == 1 and max(len(ltok), len(rtok)) > self.t.phrase_max
        lph, rph = _HAN_TAIL.search(ltok), _HAN_HEAD.match(rtok)
        longest = max(len(lph.group()) if lph else 0, len(rph.group()) if rph else 0)
        return n == 1 and longest > self.t.phrase_max

    def _lone(self, run: str, beyond: str) -> bool:
        """A single non-numeral letter whose other side is nothing, a label's colon or
        a wrapping or closing mark (a cell's separator, '~', '|', parts cells instead)."""
        return len(run) == 1 and run not in self.t.numerals and (not beyond or beyond in _EDGES)

    _TOKEN_BREAK = re.compile(f"[^{HAN}]")
    _TOKEN_TAIL = re.compile(f"[{HAN}]*")  # a token's letters, read from its end
    # a date's last unit closes a label only after its number ('1998年12月16日 国务院',
    # '二〇一六年 工作'): after a word ('全年 没有', '今年 我们') the space cuts a clause
    _LABEL = re.compile(
        f"第[{HAN}\\d]{{1,8}}[条章节款编篇部则卷回]$|(?:^|[〇○零一二三四五六七八九十百千两])[日年号]$"
        "|其[一二三四五六七八九十]+$"
    )
    # the same label typed with spaces around its number ('第 12 章 风起', '第 4 条 本法…',
    # common in text converted from PDF and on novel sites): the token before the space
    # is the unit alone ('章'), so the label is read back over its spaces
    _SPACED_LABEL = re.compile(
        "第[ \t\u3000\u00a0]*(?:\\d{1,5}|[〇○零一二三四五六七八九十百千两]{1,8})"
        "[ \t\u3000\u00a0]*[条章节款编篇部则卷回]$"
    )

    def _clause_date(self, left: str, line: str) -> bool:
        """The text before the space ends in a digit date glued to the Han letter before
        it, and the line is a sentence: the date is inside a clause, no entry's label.

        >>> from cleaner.stages.repair import RepairStage
        >>> r = RepairStage()
        >>> r._clause_date("兹定于7月27日", "兹定于7月27日 上午9时在某馆举行告别仪式，谢绝花圈。")
        True
        >>> r._clause_date("1998年12月16日", "1998年12月16日 国务院批准，自公布之日起施行。")
        False
        >>> r._clause_date("定于7月27日", "定于7月27日 上午")
        False
        """
        return clause_date(left, 0, len(left)) and (
            self._sentences(line) or self._one_sentence(line) or self._labelled_sentence(line)
        )

    def _is_separator(self, text: str, line_start: int, line_end: int, m: re.Match[str]) -> bool:
        """A space that separates a label from text ('第三条 为了…', '第一章 总则',
        '1998年12月16日 国务院批准', '春日二首 其二') rather than splitting a word."""
        left = text[line_start : m.start()]
        tail = self._TOKEN_TAIL.match(left[::-1])  # the Han letters closing ``left``
        token = left[len(left) - tail.end() :] if tail is not None else left
        if len(m.group()) > 1 or self._SPACED_LABEL.search(left):
            return True  # a word is broken by one space; two or more separate things
        if self._LABEL.search(token):
            # a date heads a line's entry ('1998年12月16日 国务院批准'), but a date inside
            # a clause of a sentence ('兹定于7月27日 上午', '自2021年11月10日 至'): the
            # space cuts the clause
            return not self._clause_date(left, text[line_start:line_end])
        if m.group() == "\u3000" and _LEAD.match(left) and line_end - m.end() >= LEAD_REST:
            return True  # a news lead's tag set off by a full-width space ('本社讯　…')
        if self._numeral_token(text[line_start : m.start()], text[m.end() : line_end]):
            return True  # a numbered part: '帝京篇十首 一 秦川雄帝宅…'
        right = text[m.end() : line_end]
        rb = self._TOKEN_BREAK.search(right)
        rtoken = right[: rb.start()] if rb else right
        return (rb is None and len(rtoken) <= 4) or bool(_VERSE_NO.match(rtoken))
