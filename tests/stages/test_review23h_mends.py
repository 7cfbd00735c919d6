"""Mends of review23h (mend23i).

- N1: a bare cell beside a verb of posting (``发表``, ``登``, ``首发``) reads as the writer
  when it passes the whole person-name test (a name of the table's surname and a given
  name, no place, region, weekday or district: ``rules/verb_bylines.toml [tags]``); a news
  row's tag still reads nothing.
- N3: a Latin name closed by a writer's verb set apart reads with inner capitals, all
  capitals or one word (a pen name) beside a periodical's verb; a bare Latin cell still
  needs two capitalised words.
"""

from __future__ import annotations

import pytest

from cleaner.stages.verb_bylines import verb_byline


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("柯某某　‧　2020.03.04 登", "柯某某"),  # a literary site's bare name
        ("2018/7/9 首發　｜　鄭某某", "鄭某某"),  # traditional script, the day first
        ("欧阳某某 · 2021-05-06 发", "欧阳某某"),  # a compound surname
        ("韩某、宋某 · 2022-01-02 发表", "韩某、宋某"),  # two writers
        ("柏某　2019年2月3日 载", "柏某"),  # a two-letter name and a wide gap
    ],
)
def test_a_whole_name_reads_beside_a_verb_of_posting(row: str, author: str) -> None:
    assert (verb_byline(row) or {}).get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "2022-04-03 发布 · 湖南",  # a province
        "金沙区 · 2022-04-03 发布",  # a district (金 a surname)
        "2022-04-03 发表 / 白羊座",  # a star sign
        "周五 · 2022-04-03 登",  # a weekday
        "黄石港 · 2022-04-03 首发",  # a harbour
        "高考作文 · 2022-04-03 发布",  # a category of four letters
    ],
)
def test_a_tag_beside_a_verb_of_posting_reads_nothing(row: str) -> None:
    assert verb_byline(row) is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("Ian MacLeod 撰 · 2020-02-03 刊", "Ian MacLeod"),  # an inner capital
        ("MARY JONES 撰 · 2020-02-03 刊", "MARY JONES"),  # all capitals
        ("Lulu 撰　‧　2020.02.03 刊出", "Lulu"),  # a one-word pen name
        ("2020-02-03 刊 · Ana DaSilva 文", "Ana DaSilva"),
    ],
)
def test_latin_writers_with_a_verb_read(row: str, author: str) -> None:
    assert (verb_byline(row) or {}).get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "Lulu 撰 · 2020-02-03",  # one word and a bare day: nothing says it is a writer
        "Webmaster · 2020-02-03 发布",  # one bare word
        "Lulu著 · 2020-02-03 刊",  # glued, no space
    ],
)
def test_latin_look_alikes_read_nothing(row: str) -> None:
    assert verb_byline(row) is None
