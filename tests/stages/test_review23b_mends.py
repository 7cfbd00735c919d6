"""Mends of the review of fixyd1 (review23b, findings N1-N5), each failure's general class
as small cases of our own wording, with look-alikes that must still read:

* N1 a work cited in a list (a name with its verb of authorship, a day with a book's verb
  of publication: ``某某 著 · 2019-05-01 出版``) is no byline of a piece of the page: a
  book list stays one article under its own title, date row and intro;
* N2 a news row of a day with a posting verb and a tag (a region, a category, a brand,
  a weekday: ``2023-05-01 发布 · 某省``) names no writer: a bare cell, or a word glued to
  a one-letter writing verb (``某某作文``), is a writer only beside a periodical's verb of
  printing (``刊``), and a Latin one has two capitalised words;
* N3 a verb byline printed word for word (the same day) on page after page is the site's
  furniture (a pinned post, a footer); only its shape, a day of each page's own, is kept;
* N4 a count closing each piece (a caption ``某图（1）`` at the end of the first, read above
  the second) is no ordinal line over the next piece: each count must be its piece's place,
  and a series running on under the last piece closed each piece;
* N5 a counter noun's label over a piece (``附件（2）``, ``Step (2)``, ``注②``, a poem's
  ``某诗其二``) names its item: kept as text, never deleted.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_ordinals import counter_word, ordinals_over
from cleaner.stages.verb_bylines import verb_byline

BODY = [
    "这本小书写的是一座海边小城的四季，文字朴素，读来像听一位老人慢慢讲故事。",
    "作者用二十多个短篇串起一条老街的变迁，人物鲜活，细节动人，值得一读再读。",
    "全书分为上下两编，上编记人，下编记事，附有作者手绘的插图三十余幅。",
]

# a sentence of its own on each page: pages alike in all but their titles are copies
NEWS = [
    "今年新修水渠四千米，灌溉面积扩大到两千亩，村民不再为春旱发愁。",
    "县里请来十二位农技员，分成四组走进田间地头，手把手教大家科学施肥。",
    "沿河两岸的清淤工程预计六月完工，完工后防洪能力将提高一倍以上。",
    "新建的冷库可存放蔬菜三百吨，菜农们再也不用担心丰产不丰收了。",
    "文化广场上，每到傍晚就有上百位村民跳起广场舞，热闹非凡。",
    "今年秋粮收购设点十九个，收购价格随行就市，现场结算，农民十分满意。",
]
PLACES = ["东岗村", "西坡乡", "南湾镇", "北岭村", "中堡乡", "上坊村"]


def _run(tmp_path: Path, pages: dict[str, str]) -> dict[str, list[tuple[str, dict[str, str], str]]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return {
        Path(raw.source).name: [
            (a.title, dict(a.meta), a.text) for a in pipe.process(raw, i).articles
        ]
        for i, raw in enumerate(raws)
    }


def _html(lines: list[str], title: str = "某某书坊") -> str:
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>']
    for line in lines:
        if line.startswith("# "):
            out.append(f"<h1>{line[2:]}</h1>")
        elif line.startswith("## "):
            out.append(f"<h3>{line[3:]}</h3>")
        else:
            out.append(f"<p>{line}</p>")
    return "".join([*out, "</body></html>"])


# -- N1: a work cited in a list --------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "陶某某 著 · 2019-05-01 出版",
        "陶某某著　　2019年5月1日 出版",  # the gap the repair stage leaves, the verb glued
        "2018/3/20 出版 ｜ 柯某某",  # day first, a bare name
        "Nora Vale 著 · 2021-03-01 出版",  # a Latin name on a Han page
        "柯某某 撰 ‧ 2017.06.01 出版",
    ],
)
def test_a_cited_work_is_no_byline(row: str) -> None:
    assert verb_byline(row) is None


@pytest.mark.parametrize("gap", ["　　", " · ", " ｜ "])
def test_a_book_list_stays_one_article_under_its_own_head(tmp_path: Path, gap: str) -> None:
    lines = [
        "某某书坊",
        "# 秋季书单",
        "2022-10-08　来源：某某书坊",
        "编辑部为读者挑出了下面两本新书。",
        "## 海城四季",
        f"陶某某 著{gap}2019年5月1日 出版",
        BODY[0],
        "## 老街人物志",
        f"柯某某 著{gap}2020年8月15日 出版",
        BODY[1],
        "欢迎到店里翻一翻。",
    ]
    out = _run(tmp_path, {"p.html": _html(lines, "秋季书单 - 某某书坊")})["p.html"]
    assert [t for t, _, _ in out] == ["秋季书单"]
    _, meta, text = out[0]
    assert meta.get("published") == "2022-10-08" and "author" not in meta
    for line in ("编辑部为读者挑出了下面两本新书。", "海城四季", "老街人物志", BODY[0], BODY[1]):
        assert line in text
    assert text.count("出版") == 2  # the citations stay the book's text


# -- N2: a news row's tag is no writer --------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "2022-04-03 发布 · 浙北",  # a region
        "钱塘 · 2022-04-03 发布",  # a place first
        "2022.04.03 发　　周末美文",  # a category glued to 文 (周 a surname)
        "2022-04-03 发表 / 金牛座",  # a brand
        "周三 · 2022-04-03 发布",  # a weekday
        "Editor 文 · 2022-04-03",  # one Latin word
        "Ubuntu 写 · 2022-04-03",
    ],
)
def test_a_news_rows_tag_is_no_writer(row: str) -> None:
    assert verb_byline(row) is None


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("柏某某 文 · 2022-04-03 发布", "柏某某"),  # a writer's verb set apart
        ("2022-04-03 发表　　柏某某 撰", "柏某某"),
        ("柏某某　‧　2022.04.03 刊", "柏某某"),  # a bare name beside a periodical's verb
        ("柏某某著｜2022年4月3日刊出", "柏某某"),  # glued 著 beside a periodical's verb
        ("Mary Ann Poe 著 · 2022-04-03 发布", "Mary Ann Poe"),
    ],
)
def test_writers_still_read(row: str, author: str) -> None:
    assert (verb_byline(row) or {}).get("author") == author


def test_a_headlines_tag_row_stays_text(tmp_path: Path) -> None:
    page = ["某某资讯网", "", "沿江大桥今日合龙", "2022-04-03 发布 · 浙北", "", BODY[0], BODY[1]]
    out = _run(tmp_path, {"n.txt": "\n".join(page)})["n.txt"]
    assert len(out) == 1
    _, meta, text = out[0]
    assert "author" not in meta
    assert "浙北" in text  # the tag is not lost


# -- N3: a verb byline printed word for word on every page -----------------------------------


def test_a_verbatim_verb_byline_is_learnable_its_shape_is_not() -> None:
    row = "柏某某 撰 · 2015-03-01 刊"
    keep = keep_table()
    assert keep.reason(row) == "metadata"  # a row of its own day: the piece's
    assert keep.reason(row, verbatim=True) is None  # the same day on every page: furniture


def test_a_pinned_posts_row_is_no_pages_metadata(tmp_path: Path) -> None:
    titles = [
        "春耕物资储备充足",
        "河道清淤工程开工",
        "农技培训进村入户",
        "乡村道路完成硬化",
        "新建三处文化广场",
        "秋粮收购有序进行",
    ]
    pages = {}
    for i, title in enumerate(titles):
        pages[f"p{i}.txt"] = "\n".join(
            [
                "某某县农业局门户网站",
                "首页 | 机构概况 | 政务公开 | 通知公告 | 互动交流",
                "",
                "【置顶】",
                "网站改版试运行公告",
                "柏某某 撰 · 2021-01-01 刊",  # a verb byline, the same day on every page
                "",
                title,
                f"发布日期：2022-0{i + 1}-1{i}　　来源：某某县农业局",
                "",
                f"{PLACES[i]}{NEWS[i]}",
                f"第{i + 2}批{NEWS[(i + 1) % len(NEWS)]}共{17 * i + 30}户受益。",
                "",
                "主办：某某县农业局　地址：某某路9号",
                "版权所有 © 某某县农业局　备案号：某ICP备87654321号",
            ]
        )
    out = _run(tmp_path, pages)
    for i in range(len(titles)):
        (art,) = [a for a in out[f"p{i}.txt"] if a[0] == titles[i]]
        assert art[1].get("published") == f"2022-0{i + 1}-1{i}"
        assert "author" not in art[1]


# -- N4: a count closing each piece -----------------------------------------------------------


@pytest.mark.parametrize("word", ["小记之{n}", "Scene ({n})", "片段（{n}）"])
def test_a_count_closing_each_piece_is_no_ordinal_line(word: str) -> None:
    page = [
        "甲题",
        "正文。",
        word.format(n=1),
        "乙题",
        "正文。",
        word.format(n=2),
        "丙题",
        "正文。",
    ]
    assert ordinals_over(page, [0, 3, 6]) == {}  # one behind the pieces
    tail = [*page, word.format(n=3)]
    assert ordinals_over(tail, [0, 3, 6]) == {}
    # the same lines as a count over each piece: 1 over the first
    over = [word.format(n=1), "甲题", "正文。", word.format(n=2), "乙题", "正文。"]
    assert ordinals_over(over, [1, 4]) == {1: 0, 4: 3}


def test_captions_closing_each_piece_stay(tmp_path: Path) -> None:
    lines = ["# 会刊第9期"]
    for k, (title, writer) in enumerate(
        (("东渠", "柏某某"), ("西渠", "裴某某"), ("北渠", "晏某某"))
    ):
        lines += [
            f"## {title}",
            f"{writer} 撰文 · 2021年{k + 3}月1{k}日 发表",
            BODY[k],
            f"片段（{k + 1}）",
        ]
    out = _run(tmp_path, {"i.html": _html(["某某社", *lines])})["i.html"]
    assert [t for t, _, _ in out] == ["东渠", "西渠", "北渠"]
    for k, (_, _, text) in enumerate(out):
        assert f"片段（{k + 1}）" in text


# -- N5: a counter noun's label names its item ------------------------------------------------


@pytest.mark.parametrize(
    "form", ["附件（{n}）", "Step ({n})", "注{c}", "竹枝诗其{h}", "流程示意图（{n}）"]
)
def test_a_counter_nouns_labels_are_no_ordinal_lines(form: str) -> None:
    def label(n: int) -> str:
        return form.format(n=n, c=chr(0x2460 + n - 1), h="一二三"[n - 1])

    page = [label(1), "甲题", "正文。", label(2), "乙题", "正文。", label(3), "丙题"]
    assert ordinals_over(page, [1, 4, 7]) == {}


def test_counter_words_and_column_words() -> None:
    assert [counter_word(w) for w in ("附表", "Figure", "习题")] == [True, True, True]
    assert [counter_word(w) for w in ("拾遗", "茶话", "Notes", "十大新闻")] == [False] * 4


def test_attachment_labels_stay_in_the_text(tmp_path: Path) -> None:
    lines = ["# 会刊第9期"]
    for k, (title, writer) in enumerate(
        (("报名须知", "柏某某"), ("承诺书样式", "裴某某"), ("申报表", "晏某某"))
    ):
        lines += [
            f"附件（{k + 1}）",
            f"## {title}",
            f"{writer} 撰文 · 2021年{k + 3}月1{k}日 发表",
            BODY[k],
        ]
    out = _run(tmp_path, {"a.html": _html(["某某社", *lines])})["a.html"]
    text = "\n".join(t for _, _, t in out)
    assert "附件（2）" in text and "附件（3）" in text
