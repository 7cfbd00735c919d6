"""A compilation's head time row that dates every piece leaves the first piece's text
(resid, issue 12).

A league's result page prints its head (the round's title, ``比赛日期：2021/5/5（六）　地点：
某馆``) over the round's match reports.  When the generic piece finder cuts the pieces
(two reports: its verdict is the finder's, ``split.piece_find``), the page's head lines are
kept over the first piece (``split.prefix_kept``) unless shown to be the head's; the time
row whose day the split reads as every piece's date (``time_rows.head_time_day``) is shown
so: it is the compilation's metadata, and it goes with the head as on the pages of more
pieces.  A head row that dates nothing (a referee's row) stays kept over the first piece.
Every name and number is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles

TEAMS = [
    ("东湖猛虎", "西山雄鹰"),
    ("南岭飞鹰", "北港蛟龙"),
    ("城北骏马", "江心白鹭"),
    ("枫林火箭", "湖滨海豚"),
]
VENUES = [
    "城东体育馆",
    "滨江体育中心",
    "第二中学体育馆",
    "市民健身中心",
    "大学城体育馆",
    "新区体育馆",
]
COUNTS = [4, 3, 2, 4, 3, 2]


def _piece(k: int, r: int) -> list[str]:
    a, b = TEAMS[k]
    return [
        f"{a}　{'３２３１'[k]}：{'１０２０'[k]}　{b}",
        f"{a}主场力克{b}　第{r}轮取胜",
        f"局分　25:{18 + k}　25:21　25:17",
        f"首局{a}在{VENUES[(r + k) % 6]}发球颇具威胁，第{r}轮开局便以{r + k}分领先，{b}一路追赶。",
        f"第{'二三四'[(r + k) % 3]}局{a}加强拦网，第{r * 3 + k}分后打出一波攻势，"
        f"{b}未能追回{r + k}分的分差。",
        f"赛后{a}教练表示，第{r}轮球员在关键分上的专注度比上周进步{r + k}成。",
        f"本场最有价值球员：某{'甲乙丙丁'[k]}（{a}）",
        f"〔文／赛务组 某{'甲乙丙丁'[k]}某　技术代表：某戊某〕",
        "",
    ]


def _page(r: int, n: int, head_row: str) -> list[str]:
    lines = [
        "某市排球协会　｜　官方网站　｜　打印版",
        "首页 ＞ 赛事信息 ＞ 赛果公告",
        f"2021年春季排球联赛　第{r}轮赛果",
        head_row,
        "赛果以技术台签核之记录表为准，如有疑义请于赛后两日内向赛务组提出。",
        "",
    ]
    for k in range(n):
        lines += _piece(k, r)
    return [
        *lines,
        f"上一轮赛果：第{r}轮　　下一轮赛程：第{r + 2}轮",
        "积分榜　｜　赛程表　｜　历届成绩　｜　回上页",
        "某市排球协会　会址：某市民族路9号",
        "本网站内容版权所有，转载请注明出处",
    ]


def _run(folder: Path, rows: list[str]) -> list[list[tuple[str, str | None]]]:
    for r, (n, row) in enumerate(zip(COUNTS, rows, strict=True), start=1):
        (folder / f"p{r}.txt").write_text("\n".join(_page(r, n, row)) + "\n", "utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(sorted(raws, key=lambda x: str(x.source))):
        arts = pipe.process(raw, i).articles
        out.append([(a.text, a.meta.get("published")) for a in arts])
    return out


def test_the_head_time_row_dating_every_piece_leaves_the_text(tmp_path: Path) -> None:
    rows = [f"比赛日期：2021/5/{r + 2}（六）　地点：{VENUES[r % 6]}" for r in range(1, 7)]
    for r, arts in enumerate(_run(tmp_path, rows), start=1):
        assert len(arts) == COUNTS[r - 1]
        for text, day in arts:
            assert day == f"2021-05-{r + 2:02d}"  # every piece's date, read from the row
            assert "比赛日期" not in text  # on the pages of two pieces too


def test_a_head_row_that_dates_nothing_stays_over_the_first_piece(tmp_path: Path) -> None:
    rows = [f"本轮主裁判：某{'甲乙丙丁戊己'[r]}某　记录台：某庚某" for r in range(6)]
    results = _run(tmp_path, rows)
    for r, arts in enumerate(results):
        if COUNTS[r] == 2:  # the finder's pieces: the head's unproven row kept over them
            assert rows[r] in arts[0][0].split("\n")
