"""The boilerplate stage keeps the article's own sentences it used to remove with chrome:

* the line model keeps a short closing sentence that holds a prompt word ('推荐', '分享')
  but shares a subject word with the text's sentences (:mod:`cleaner.stages.line_subject`),
  and flags it; a site's prompt that speaks of the site still goes;
* an info bar (``publish_info``: ``发布时间：… | 来源：… | 作者：… | <a sentence>``) keeps
  its sentence cells (:func:`cleaner.stages.split_row_cells.kept_cells`), its fields
  still read from the row recorded whole.

Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.line_subject import own_sentence, subject_words

NOTE = [
    "《河谷人家》读书札记",
    "这本小书记录了一个山区村落三十年里的变迁，作者在那里住了整整两个冬天。",
    "书里写得最好的是村里的集市，赶集的日子、摊位的排法和讨价还价的规矩都写得很细。",
    "全书不到两百页，语言朴素，读完却让人想起自己家乡的那条老街。",
]

NEWS_TITLE = "县图书馆开展冬季读书月活动"
NEWS = [
    "活动期间，图书馆将延长开放时间，并为参与活动的学生准备了读书手册和书签。",
    "馆方表示，今后还会定期举办类似活动，鼓励更多家庭走进图书馆。",
]


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    return text, res


def _rules(res, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.before for c in res.changes if c.rule == rule]


@pytest.mark.parametrize(
    "close",
    [
        "推荐给喜欢乡村集市和老街故事的朋友。",
        "强烈推荐这本写村落变迁的小书！",
        "值得推荐给关心乡村变迁的读者。",
    ],
)
def test_a_closing_sentence_on_the_texts_subject_stays_flagged(close: str) -> None:
    _, res = _run([*NOTE, close])
    [art] = res.articles
    assert close in art.text
    assert not any(close in b for b in _rules(res, "boilerplate.line_model"))
    assert any(c.rule == "boilerplate.line_model.unsure" for c in res.changes)


@pytest.mark.parametrize(
    "chrome",
    [
        "更多精彩内容请关注我们的公众号！",
        "推荐阅读：上一篇 下一篇",
    ],
)
def test_a_sites_prompt_under_the_text_still_goes(chrome: str) -> None:
    _, res = _run([*NOTE, chrome])
    [art] = res.articles
    assert chrome not in art.text
    assert NOTE[-1] in art.text


def test_subject_words_leave_prompt_and_function_words_out() -> None:
    words = subject_words("欢迎大家分享给身边的朋友！")
    assert words == frozenset({"身边"})
    assert "集市" in subject_words("推荐给喜欢乡村集市的朋友。")
    # a note with a label, or a sentence too short, is no sentence of the text's
    assert not own_sentence("推荐：乡村集市的老街故事。", NOTE)
    assert not own_sentence("推荐集市。", NOTE)
    assert own_sentence("推荐给喜欢乡村集市的朋友。", NOTE)
    assert not own_sentence("推荐给喜欢乡村集市的朋友。", ["今天天气很好，适合出门散步。"])


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (
            "发布时间：2031-01-05 | 来源：县文化馆 | 作者：林小禾 | "
            "本次活动面向全县中小学生，报名截止到本月二十日。",
            "本次活动面向全县中小学生，报名截止到本月二十日。",
        ),
        (
            "来源：县文化馆 ｜ 发布时间：2031-01-05 ｜ 报名请带上学生证，每人限领一本读书手册",
            "报名请带上学生证，每人限领一本读书手册",
        ),
        # cells parted by wide gaps, as often as by bars
        (
            "发布时间：2031-01-05\u3000来源：县文化馆\u3000本次活动面向全县中小学生，报名截止到本月二十日。",
            "本次活动面向全县中小学生，报名截止到本月二十日。",
        ),
    ],
)
def test_an_info_bar_keeps_its_sentence_cells_and_its_fields_are_read(row: str, kept: str) -> None:
    _, res = _run([NEWS_TITLE, row, *NEWS])
    [art] = res.articles
    assert kept in art.text
    assert "2031-01-05" not in art.text and "县文化馆" not in art.text
    assert art.meta.get("published") == "2031-01-05"
    assert art.meta.get("origin") == "县文化馆"
    [bar] = [c for c in res.changes if c.rule.endswith(".publish_info")]
    assert bar.action == "replace" and bar.before.strip() == row and bar.after.strip() == kept


def test_an_info_bar_of_fields_alone_goes_whole() -> None:
    row = "发布时间：2031-01-05 | 来源：县文化馆 | 作者：林小禾"
    _, res = _run([NEWS_TITLE, row, *NEWS])
    [art] = res.articles
    assert "县文化馆" not in art.text and "2031-01-05" not in art.text
    assert art.meta.get("published") == "2031-01-05"
    [bar] = [c for c in res.changes if c.rule.endswith(".publish_info")]
    assert bar.action == "delete"


def test_an_info_bar_whose_sentence_cells_stand_apart_gives_its_fields() -> None:
    # two sentence cells with a field cell between them are kept joined by a bar: each is
    # taken out of the row on its own, so the fields are read from the rest
    # (pipeline.row_fields_part), never from the text's sentences
    row = (
        "发布时间：2031-01-05 | 报名截止到2031年2月20日，逾期不候 | 来源：县文化馆 | "
        "活动免费，名额有限，先到先得。"
    )
    _, res = _run([NEWS_TITLE, row, *NEWS])
    [art] = res.articles
    assert "报名截止到2031年2月20日，逾期不候" in art.text
    assert "活动免费，名额有限，先到先得。" in art.text
    assert "县文化馆" not in art.text
    assert art.meta.get("published") == "2031-01-05"
    assert art.meta.get("origin") == "县文化馆"
