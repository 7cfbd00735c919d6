"""Fixes of set yd's tianwen and guanniao families, each class in wordings of its own and
with a look-alike that must not change:

* a bracketed page counter with a short label before it (``〔翻页 3/4〕``, ``【续 2/3】``)
  cutting a sentence is a page break (repair.toml ``break_marks``);
* a bare title over its piece's byline row (the row opens with who wrote it) on a plain
  text page (no markup heading sets it apart) is the piece's first line of text
  (:func:`split_sources.headlines_kept`, :mod:`split_byline_rows`); over a row opening
  with its date it is the header, as before (test_blind_family_fixes_fixsudi, _q);
* a dated cell whose date is followed by a time span (``2021年3月9日 05:10—08:05``) is a
  date (:data:`split_cell_marks._DATE`);
* a writer's word, a gap, a name and the row's date (``执笔　某某　·　2021年3月9日 星期二``)
  is a byline (:func:`badge_bylines.plain_byline`), no clock widget (``today_bar``);
* a column's title bar printed word for word at the head of every page of a site
  (``观测预报 | 某某天文社``) is the site's chrome, no title (:mod:`site_title_bar`);
* a dated byline row over a headline that holds a comma is the piece's metadata
  (:func:`split_lead_rows.lead_rows`);

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.badge_bylines import plain_byline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split import SplitStage
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_sources import headlines_kept
from tests.stages.stage_runs import boil, repair

S1, S2 = "巡河队员沿着堤岸走了整整一个上午，对每一处", "护坡的裂缝都做了标记。"
W1, W2 = "巡河队员沿着堤岸走了整整一个上午。", "护坡的裂缝都做了标记。"

# --- bracketed, labelled page counters ---------------------------------------------------


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】", "（版面 P2/3）", "［下接 2／6］"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bracketed_labelled_page_counter_joins_the_cut_sentence(mark: str, gap: str) -> None:
    out = repair(gap.join(["巡河记", S1, mark, S2]) + "\n")
    assert S1 + S2 in out
    assert mark not in out


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】"])
def test_a_labelled_counter_between_whole_sentences_stays(mark: str) -> None:
    out = repair("\n".join(["巡河记", W1, mark, W2]) + "\n")
    assert mark in out.split("\n")


def test_a_counter_over_its_count_is_no_page() -> None:
    out = repair("\n".join(["巡河记", S1, "【续 5/4】", S2]) + "\n")
    assert "【续 5/4】" in out.split("\n")


# --- a bare title over its piece's row on a plain text page stays its text ---------------

BODIES = [
    "沿着河岸往上游走了三公里，水质比上个月清了不少，岸边新栽的柳树已经成活，巡查员逐段拍照留存。",
    "下游两处排污口仍有异味，已报送环保部门复核，下次巡查定在月底，届时再对比两次的记录。",
    "入夏以后水位上涨，浅滩上的水草长得很快，附近居民反映夜里蛙声比往年多了不少，大家都很高兴。",
]
TITLES = ["上游河段水质明显好转", "下游排污口仍需整改", "中游浅滩蛙声渐多"]
ROWS = [
    [
        "记者 周一苇 · 天气 晴 · 2022-05-03",
        "记者 林晚舟 · 天气 晴 · 2022-05-04",
        "记者 何青 · 天气 晴 · 2022-05-05",
    ],
    [
        "文：周一苇　2022.05.03",
        "文：林晚舟　2022.05.04",
        "文：何青　2022.05.05",
    ],
    [
        "撰稿：周一苇　天气：晴　2022/5/3",
        "撰稿：林晚舟　天气：晴　2022/5/4",
        "撰稿：何青　天气：晴　2022/5/5",
    ],
]


def _pages(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text, "utf-8")
    raws = list(read_inputs([tmp_path]))
    res = Pipeline(PipelineConfig()).process(raws[0], 0)
    return [(a.title, a.text.split("\n")[0]) for a in res.articles]


@pytest.mark.parametrize("rows", ROWS)
def test_a_plain_pages_bare_titles_over_rows_stay_their_pieces_text(
    tmp_path: Path, rows: list[str]
) -> None:
    lines = ["河湾巡河月报", ""]
    for t, r, b in zip(TITLES, rows, BODIES, strict=True):
        lines += [t, r, b, ""]
    got = _pages(tmp_path, "p.txt", "\n".join(lines))
    assert got == [(t, t) for t in TITLES]


def test_titles_a_markup_heading_sets_apart_go_as_before() -> None:
    # an HTML page's titles are its headings: not a plain page, a labelled row under them
    # leaves each title its header (the HTML families keep them out of the text)
    lines = [x for t, r, b in zip(TITLES, ROWS[0], BODIES, strict=True) for x in (t, r, b)]
    keyed = [(3 * k, "keyed:titled", t, {}) for k, t in enumerate(TITLES)]
    field_of = SplitStage().meta.field_of
    assert headlines_kept(lines, keyed, field_of) == keyed
    kept = headlines_kept(lines, keyed, field_of, plain=True)
    assert [r for _, r, _, _ in kept] == [HEADER_IS_TEXT] * 3


# --- a date and the span of hours after it ------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "时间：2022年5月3日 05:10—08:05",
        "时段：2022-05-03 9:00 至 11:30",
        "记录：2022/5/3 07:20~10:05",
    ],
)
def test_a_dated_cell_with_a_span_of_hours_reads_its_date(cell: str) -> None:
    row = SplitStage().meta.shaped_row(f"作者：周一苇　｜　天气：晴　｜　{cell}", near_title=True)
    assert row == {"author": "周一苇", "published": "2022-05-03"}


def test_two_dates_are_no_span_of_hours() -> None:
    row = SplitStage().meta.shaped_row("开始 2022-05-03　结束 2022-06-03", near_title=True)
    assert not row or "published" not in row


# --- a byline with its date -----------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("执笔　林晚舟　·　2021年3月9日 星期二", "2021-03-09"),
        ("记者 林晚舟 | 2021-03-09 08:15", "2021-03-09"),
        ("作者　林晚舟　2021/3/9", "2021-03-09"),
    ],
)
def test_a_writers_word_a_name_and_a_date_is_a_byline(row: str, day: str) -> None:
    assert plain_byline(row) == {"author": "林晚舟", "published": day}
    assert row in boil(["某站", row, BODIES[0], BODIES[1]]).split("\n")


def test_a_sentence_after_the_name_or_two_dates_is_no_byline() -> None:
    assert plain_byline("记者 林晚舟 今天上午在现场看到，工地一片繁忙。") is None
    assert plain_byline("记者 林晚舟 2021-03-09 到 2021-04-09") is None


def test_a_clock_widget_still_goes() -> None:
    widget = "欢迎访问河湾网　今天是2021年8月5日 星期四"
    assert widget not in boil([widget, BODIES[0], BODIES[1]]).split("\n")


# --- a column's title bar on every page of a site -----------------------------------------

HEADLINES = [
    "今夜土星合月，西南方天空看点多",
    "猎户座流星雨下周迎来极大",
    "金星西大距：清晨东方最亮的星",
    "木星冲日前后适合拍摄卫星",
    "春季星空入门：认识狮子座",
]


WRITERS = ["林晚舟", "周一苇", "何青禾", "宋知远", "陆听澜"]
SKY = ["傍晚", "午夜", "凌晨", "黄昏", "清晨"]
WHERE = ["西南方", "东北方", "正南方", "头顶", "东方"]
HOW = ["肉眼即可看到", "需要双筒望远镜", "适合拍照记录", "城区也能看清", "建议去郊外"]


def _body(k: int) -> list[str]:
    """Three lines of text of page ``k``, its own (pages of one text are one page twice)."""
    return [
        f"这次天象发生在{SKY[k]}，位置在{WHERE[k]}的低空，{HOW[k]}，持续约{20 + k}分钟。",
        f"社里将在{WHERE[(k + 1) % 5]}的观测点架设{k + 2}台望远镜，欢迎会员和市民前来。",
        f"观测时请注意{SKY[(k + 2) % 5]}的气温变化，带好外套和热水，结束后在群里分享照片。",
    ]


def _site(tmp_path: Path, first: list[str], byline: str) -> list[tuple[str, dict[str, str]]]:
    for k, (top, head) in enumerate(zip(first, HEADLINES, strict=True)):
        page = [
            top,
            "首页　活动　观测　器材　关于我们",
            "",
            head,
            byline.format(WRITERS[k], k + 1),
            "",
            *_body(k),
        ]
        (tmp_path / f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        (art,) = pipe.process(raw, i).articles
        out.append((art.title, {k: v for k, v in art.meta.items() if v}))
    return out


@pytest.mark.parametrize(
    "bar", ["观测预报 | 河湾天文社", "星空预告 - 河湾天文社", "天象_河湾天文社"]
)
def test_a_column_title_bar_on_every_page_is_no_title(tmp_path: Path, bar: str) -> None:
    got = _site(tmp_path, [bar] * 5, "执笔　{}　·　2021年3月{}日")
    assert [t for t, _ in got] == HEADLINES
    assert got[1][1] == {"author": WRITERS[1], "published": "2021-03-02"}


def test_each_pages_own_dressed_title_stays_its_title(tmp_path: Path) -> None:
    got = _site(
        tmp_path, [f"{h} | 河湾天文社" for h in HEADLINES], "执笔　林晚舟　·　2021年3月{}日"
    )
    assert [t for t, _ in got] == HEADLINES


def test_a_dated_byline_row_over_a_headline_with_a_comma_is_its_metadata(tmp_path: Path) -> None:
    page = ["【星空】2021-03-09　执笔：林晚舟", HEADLINES[0], *BODIES]
    (tmp_path / "p.txt").write_text("\n".join(page) + "\n", "utf-8")
    (art,) = Pipeline(PipelineConfig()).process(next(iter(read_inputs([tmp_path]))), 0).articles
    assert art.title == HEADLINES[0]
    assert {k: art.meta.get(k) for k in ("author", "published")} == {
        "author": "林晚舟",
        "published": "2021-03-09",
    }
    assert "【星空】" not in art.text


def test_a_dated_byline_row_over_a_sentence_stays_text(tmp_path: Path) -> None:
    page = ["【星空】2021-03-09　执笔：林晚舟", BODIES[0], BODIES[1], BODIES[2]]
    (tmp_path / "p.txt").write_text("\n".join(page) + "\n", "utf-8")
    res = Pipeline(PipelineConfig()).process(next(iter(read_inputs([tmp_path]))), 0)
    assert all(b in res.articles[0].text for b in BODIES)
