"""Mends of review23h (mend23i).

- N1: a bare cell beside a verb of posting (``发表``, ``登``, ``首发``) reads as the writer
  when it passes the whole person-name test (a name of the table's surname and a given
  name, no place, region, weekday or district: ``rules/verb_bylines.toml [tags]``); a news
  row's tag still reads nothing.
- N2: a verb byline right under each page's own title is that page's byline even when its
  words repeat on every page (a serial by one writer posted on one day); the same row
  under a title the site repeats (a pinned post) stays learnable.
- N4-N6: a column's ordinals run by one from any start; only the caption shapes refuse
  the run; a counter noun counts as a whole word or a short compound only.
- N3: a Latin name closed by a writer's verb set apart reads with inner capitals, all
  capitals or one word (a pen name) beside a periodical's verb; a bare Latin cell still
  needs two capitalised words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_ordinals import counter_word, ordinals_over
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


# -- N4/N5/N6: a column's running ordinals over each piece ----------------------------------


def _issue(labels: list[str], tail: list[str] | None = None) -> tuple[list[str], list[int]]:
    lines: list[str] = []
    heads: list[int] = []
    for k, label in enumerate(labels):
        if label:
            lines.append(label)
        heads.append(len(lines))
        lines += [f"题{k}", f"某某 撰 · 2021-0{k + 1}-01 刊", "一段正文。"]
    return [*lines, *(tail or [])], heads


@pytest.mark.parametrize(
    "labels",
    [
        ["闲笔之四", "闲笔之五", "闲笔之六"],  # a continued page
        ["灯下其柒", "灯下其捌", "灯下其玖"],  # financial numerals, 其
        ["Notes (7)", "Notes (8)"],  # a Latin column
        ["", "闲笔之三", "闲笔之四"],  # the first label gone with the page's head
    ],
)
def test_a_run_from_any_start_is_a_columns_ordinals(labels: list[str]) -> None:
    lines, heads = _issue(labels)
    out = ordinals_over(lines, heads)
    assert sorted(out) == [h for h, lab in zip(heads, labels, strict=True) if lab]


@pytest.mark.parametrize(
    "tail",
    [
        ["下期预告", "闲笔之四", "《某题》，敬请期待。"],  # a teaser under its heading
        ["往期回顾", "闲笔之四", "闲笔之五"],  # a back-issue list
        ["", "相关阅读", "闲笔之四"],
    ],
)
def test_a_later_line_with_the_next_ordinal_under_a_heading_refuses_nothing(
    tail: list[str],
) -> None:
    lines, heads = _issue(["闲笔之一", "闲笔之二", "闲笔之三"], tail)
    assert len(ordinals_over(lines, heads)) == 3


def test_a_caption_closing_the_last_piece_refuses_the_series() -> None:
    lines, heads = _issue(["闲笔之一", "闲笔之二", "闲笔之三"], ["闲笔之四"])
    assert ordinals_over(lines, heads) == {}  # right under the last piece's sentence
    lines, heads = _issue(["", "剪影（1）", "剪影（2）"])
    assert ordinals_over(lines, heads) == {}  # one behind: closes the piece above


@pytest.mark.parametrize(
    ("word", "counter"),
    [
        ("周末读诗", False),  # a column closed by a counter noun
        ("每日一题", False),
        ("作文范例", False),
        ("名家说词", False),
        ("杂诗", True),  # a short compound headed by the noun
        ("竹枝词", True),
        ("流程示意图", True),
        ("附件", True),
    ],
)
def test_only_a_short_compound_of_a_counter_noun_is_a_counter(word: str, counter: bool) -> None:
    assert counter_word(word) is counter


def test_a_column_closed_by_a_counter_noun_still_runs() -> None:
    lines, heads = _issue(["晚读诗其一", "晚读诗其二", "晚读诗其三"])
    assert ordinals_over(lines, heads) == {}  # 晚读诗: three letters, a compound of 诗
    lines, heads = _issue(["灯下读诗其一", "灯下读诗其二", "灯下读诗其三"])
    assert len(ordinals_over(lines, heads)) == 3


# -- N2: a serial's repeated byline under each chapter's own title ---------------------------

_TEXT = [
    "河面上起了薄雾，渡船慢慢靠岸，船夫把缆绳系在木桩上。",
    "岸边的茶棚早早生了火，几个挑夫围坐着喝粗茶，说起昨夜的大风。",
    "她把包袱放在长凳上，向掌柜打听去县城的路，掌柜指了指北边。",
    "天色渐暗，远处传来几声狗吠，村口的灯笼一盏一盏亮了起来。",
    "第二天一早，她沿着河堤往北走，堤上的柳树刚刚抽出新芽。",
    "走到正午，她在一座石桥下歇脚，从包袱里取出半块烧饼。",
]


_CHAPTERS = ["夜渡", "茶棚问路", "河堤柳色", "石桥歇脚", "县城初见", "旧宅灯火", "雨夜来客", "北行"]


def _run(tmp_path: Path, pages: dict[str, str]) -> dict[str, list[tuple[str, dict[str, str]]]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return {
        Path(raw.source).name: [(a.title, dict(a.meta)) for a in pipe.process(raw, i).articles]
        for i, raw in enumerate(raws)
    }


@pytest.mark.parametrize(
    "row",
    [
        "柯某某 撰 · 2020-06-01 刊",
        "鄭某某 著　‧　2019年4月2日 刊出",
        "2021.02.03 首发　｜　柏某某",
    ],
)
def test_a_serials_repeated_byline_under_each_chapter_is_read(tmp_path: Path, row: str) -> None:
    pages = {}
    for k in range(8):
        body = [f"{_TEXT[(k + j) % 6][:-1]}，这是第{k + 1}回的第{j + 1}段。" for j in range(4)]
        pages[f"c{k}.txt"] = "\n".join(
            [
                "某某小说站",
                "首页 | 连载 | 完本 | 排行",
                "",
                _CHAPTERS[k],
                row,
                *body,
                "",
                "上一回 | 目录 | 下一回",
                "版权所有 © 某某小说站",
            ]
        )
    out = _run(tmp_path, pages)
    for k in range(8):
        (art,) = out[f"c{k}.txt"]
        assert art[0] == _CHAPTERS[k]
        assert art[1].get("author") and art[1].get("published")
