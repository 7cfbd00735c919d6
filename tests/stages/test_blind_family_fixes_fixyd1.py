"""Fixes for the family ``sealed_yd_dengmi`` of the blind set yd (fixyd1), each failure's
general class as small cases in wordings and layouts of their own, with look-alikes that
stay as they were:

* a per-piece byline row whose cells are closed by verbs, not opened by labels: the
  writer's name and the verb of writing (``某某 撰``, ``某某 著``, ``某某撰文``), the day and
  the verb of printing (``2019.07.28 刊``, ``2020年3月9日 发表``), in either order, parted
  by a mark or a wide gap (:mod:`cleaner.stages.verb_bylines`).  It is the piece's
  metadata: a compilation whose pieces each stand over one is cut at their titles, and
  its writers, who write for the site again and again, do not make the row a repeated
  line of the site's furniture.  A kind of writing glued to its last letter (``散文``), a
  headline beside a date, a sentence and a row of three cells read nothing;
* a per-piece ordinal line over the title: a column's word and the piece's running
  ordinal (``某栏之壹``, ``某栏其二``, ``某栏（三）``) in either script, the piece's header
  (:mod:`cleaner.stages.split_ordinals`).  Lines whose word changes or whose ordinal skips
  stay text, and so do ordinal section heads of one article that no row cuts;
* the traditional forms of the financial numerals (``貳``, ``參``, ``陸``) read as numbers.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_ordinals import ordinal_line, ordinals_over
from cleaner.stages.verb_bylines import verb_byline

# -- the byline row of cells closed by verbs --------------------------------------------


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        ("蘇映秋 撰　‧　2018.11.02 刊", {"author": "蘇映秋", "published": "2018-11-02"}),
        ("范柏年撰｜2020年3月9日刊出", {"author": "范柏年", "published": "2020-03-09"}),
        ("何晓岚 撰文 · 2021-05-04 发表", {"author": "何晓岚", "published": "2021-05-04"}),
        ("2017/6/30 刊登　　周一帆 著", {"author": "周一帆", "published": "2017-06-30"}),
        ("趙明遠 執筆 / 民國109年2月14日", {"author": "趙明遠", "published": "2020-02-14"}),
        ("許雲、葉青禾 合撰 · 2022.01.15", {"author": "許雲、葉青禾", "published": "2022-01-15"}),
        ("黎曉風　‧　2016.04.09 登載", {"author": "黎曉風", "published": "2016-04-09"}),
    ],
)
def test_a_byline_of_cells_closed_by_verbs_reads_its_writer_and_day(
    row: str, fields: dict[str, str]
) -> None:
    assert verb_byline(row) == fields
    meta = keep_table().split.meta
    assert meta.shaped_row(row, near_title=True) == fields  # the split's row reader
    assert keep_table().reason(row) == "metadata"  # never learned as the site's furniture


@pytest.mark.parametrize(
    "row",
    [
        "古典散文 · 2021-03-09",  # a kind of writing: 文 glued closes a noun
        "經典名著 ｜ 2019.07.28 刊",  # so does 著
        "老街新貌 · 2021-03-09 刊",  # a headline beside a dated verb
        "蘇映秋　‧　2018.11.02",  # a name and a bare day: no verb says what they are
        "蘇映秋 撰，2018.11.02 刊",  # a sentence's comma
        "蘇映秋 撰 · 2018.11.02 刊 · 閱讀 35",  # a third cell
        "本刊 撰 · 2018.11.02 刊",  # the magazine itself, no writer
        "2018.11.02 刊 · 2018.11.09 刊",  # two days
    ],
)
def test_look_alikes_of_a_verb_byline_read_nothing(row: str) -> None:
    assert verb_byline(row) is None


# -- the ordinal line over each piece ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("茶餘之貳", ("茶餘", 2)),
        ("随笔其三", ("随笔", 3)),
        ("燈下（陸）", ("燈下", 6)),
        ("札记之十一", ("札记", 11)),
        ("Notes ④", ("Notes", 4)),
    ],
)
def test_an_ordinal_line_reads_its_word_and_ordinal(line: str, read: tuple[str, int]) -> None:
    assert ordinal_line(line) == read


@pytest.mark.parametrize(
    "line", ["原因有三", "他是最早的会员之一。", "2020年之二", "（三）", "之一"]
)
def test_lines_that_are_no_ordinal_line(line: str) -> None:
    assert ordinal_line(line) is None


def test_traditional_financial_numerals_read_as_numbers() -> None:
    assert [cn_number(x) for x in ("貳", "參", "陸", "拾參", "兩")] == [2, 3, 6, 13, 2]


def test_ordinals_over_need_one_word_and_a_running_count() -> None:
    page = [
        "餘墨之壹",
        "甲题",
        "正文。",
        "餘墨之貳",
        "乙题",
        "正文。",
        "餘墨之參",
        "丙题",
        "正文。",
    ]
    assert ordinals_over(page, [1, 4, 7]) == {1: 0, 4: 3, 7: 6}
    skipped = [*page[:3], "餘墨之參", *page[4:6], "餘墨之肆", *page[7:]]
    assert ordinals_over(skipped, [1, 4, 7]) == {}
    mixed = [*page[:3], "閒話之貳", *page[4:]]
    assert ordinals_over(mixed, [1, 4, 7]) == {}


# -- whole pages: an issue of pieces, each under an ordinal line, a title and a row ---------

PARAS = [
    "那天夜裡下著小雨，會員們仍然準時到齊，大家圍著長桌把一年來收集的作品逐條讀過，討論到很晚才散。",
    "有人提議把這些作品整理成冊，分送給附近的學校，讓更多孩子知道這門老手藝，眾人都點頭贊成。",
    "下次聚會改在春天，屆時再請幾位前輩來講講他們年輕時的故事。",
]
PARAS_S = [
    "那天晚上下着小雨，会员们仍然准时到齐，大家围着长桌把一年来收集的作品逐条读过，讨论到很晚才散。",
    "有人提议把这些作品整理成册，分送给附近的学校，让更多孩子知道这门老手艺，众人都点头赞成。",
    "下次聚会改在春天，届时再请几位前辈来讲讲他们年轻时的故事。",
]

# per variant: the ordinal lines' form, the byline's form, the writers, the titles of
# each page, the body's paragraphs, the page's charset
VARIANTS = {
    "trad_之_big5": (
        "筆會之{n}",
        "{w} 撰　‧　{y}.{m:02d}.{d:02d} 刊",
        ["蘇映秋", "范柏年", "趙明遠"],
        [["舊書攤的午後", "一封遲到的信"], ["港邊的燈塔", "外婆的竹籃", "巷口那棵老榕"]],
        PARAS,
        "cp950",
    ),
    "simp_其_utf8": (
        "随笔其{n}",
        "{w} 撰文 · {y}年{m}月{d}日 发表",
        ["何晓岚", "周一帆", "许慕云"],
        [["山路上的挑夫", "一碗热汤面"], ["夜班车", "老屋的门槛", "雨中的集市"]],
        PARAS_S,
        "utf-8",
    ),
    "trad_bracket_date_first": (
        "茶話（{n}）",
        "{y}-{m:02d}-{d:02d} 刊出　｜　{w} 著",
        ["黎曉風", "葉青禾", "蘇映秋"],
        [["山城的冬天", "父親的工具箱"], ["溪畔的石橋", "一張舊照片", "中藥舖的掌櫃"]],
        PARAS,
        "utf-8",
    ),
}
_HAN_ORD = "壹貳參肆伍"


def _page(variant: str, p: int, *, ordinals: bool = True) -> bytes:
    ord_form, row_form, writers, titles, paras, charset = VARIANTS[variant]
    head = (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset={charset}"><title>會刊第{30 + p}期 - 某某文友社</title>'
        f"</head><body><div>某某文友社</div><h2>會刊　第{30 + p}期</h2>"
    )
    parts = [head]
    for k, title in enumerate(titles[p]):
        n = _HAN_ORD[k] if "之" in ord_form else str(k + 1) if "（" in ord_form else "一二三"[k]
        if ordinals:
            parts.append(f"<div>{ord_form.format(n=n)}</div>")
        parts.append(f"<h3>{title}</h3>")
        w = writers[(p + k) % len(writers)]
        parts.append(f"<div>{row_form.format(w=w, y=2019 + p, m=3 + k, d=20 - 3 * k)}</div>")
        parts += [f"<p>{x}</p>" for x in paras]
        parts.append("<div>▲ 回頁首</div>")
    parts.append("<p>某某文友社 版權所有　社址：某某路一段8號</p></body></html>")
    return "".join(parts).encode(charset)


def _run(tmp_path: Path, pages: list[bytes]) -> list[list[tuple[str, dict[str, str], str]]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for i, blob in enumerate(pages):
        (folder / f"p{i}.html").write_bytes(blob)
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [
        [(a.title, dict(a.meta), a.text) for a in pipe.process(raw, i).articles]
        for i, raw in enumerate(raws)
    ]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_an_issue_of_pieces_each_under_an_ordinal_title_and_verb_byline_is_cut(
    tmp_path: Path, variant: str
) -> None:
    ord_form, _, writers, titles, paras, _ = VARIANTS[variant]
    pages = [_page(variant, p) for p in (0, 1)] * 2  # the writers recur across pages
    out = _run(tmp_path, pages)
    for p, arts in enumerate(out[:2]):
        assert [t for t, _, _ in arts] == titles[p]
        for k, (title, meta, text) in enumerate(arts):
            assert text.split("\n")[0] == title  # the title stays the first line
            assert meta.get("author") == writers[(p + k) % len(writers)]
            assert meta.get("published", "").startswith(str(2019 + p))
            assert all(x in text for x in paras)  # no line of the text lost
            assert ord_form.split("{")[0] not in text  # the ordinal line went
            assert "刊" not in text.split("\n")[1] and "撰" not in text  # so did the row


def test_pieces_under_verb_bylines_with_no_ordinal_lines_are_cut_too(tmp_path: Path) -> None:
    variant = "simp_其_utf8"
    out = _run(tmp_path, [_page(variant, p, ordinals=False) for p in (0, 1)])
    assert [t for t, _, _ in out[1]] == VARIANTS[variant][3][1]


def test_lines_over_the_titles_of_changing_words_stay_text(tmp_path: Path) -> None:
    # the pieces are cut at their rows, but the short line over each later title names
    # another word each time and its count skips: no column's ordinal, the text's line
    html = _page("trad_之_big5", 1).decode("cp950")
    for k, (old, new) in enumerate(
        zip(("筆會之壹", "筆會之貳", "筆會之參"), ("山居其一", "海行其三", "林下其五"), strict=True)
    ):
        html = html.replace(f"<div>{old}</div>", f"<p>{new}</p>" if k else "")
    out = _run(tmp_path, [html.encode("cp950"), _page("trad_之_big5", 0)])
    arts = out[0]
    assert [t for t, _, _ in arts] == VARIANTS["trad_之_big5"][3][1]
    assert arts[0][2].split("\n")[-1] == "海行其三"  # kept, the last line above the title
    assert arts[1][2].split("\n")[-1] == "林下其五"
