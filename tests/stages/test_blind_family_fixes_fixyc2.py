"""Two classes of failure of a compilation's pieces (set yc), each with invented variants.

1. A piece's dated row of labelled cells parted by a bar or a wide gap (``收容　2022-11-08
   ｜　送达　某街道``) that the site prints under every piece's title with the same
   wording and another day: the site profile learns its shape, and the boilerplate stage
   deleted it as a counter bar (cells parted by a bar), losing the piece's date and the
   fields row that confirms a two-piece page.  A row whose ONLY changing value is one
   whole date is the page's data (``dated_marks.date_only_shape``), kept for the split
   stage to read.  Look-alikes: a counter bar (``阅读 12 | 评论 3``) and a date beside a
   count (``发布：… | 浏览：35``) stay the site's.
2. A piece's header row naming its kind in words (``◆ 案件类别：道路交通``) over the
   title line: the split stage took the title from that line AND deleted it as the
   header's (as under a bare number), so the piece lost its first line of text.  A kind
   row (``split_kind_rows.kind_row``) keeps the title line as text.  Look-alikes: a bare
   number (``（2）``, ``◆ 2``) still takes the title line as its own.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.block_rows import page_data
from cleaner.stages.dated_marks import date_only_shape
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split import SplitStage
from cleaner.stages.split_kind_rows import kind_row

# -- 1. a piece's dated row of cells ---------------------------------------------------------

PROSE = [
    "老人被发现时衣着单薄，只记得自己的小名，说话带有明显的山区口音。",
    "随身带着一只旧布包，里面有半包饼干和一张看不清字迹的车票。",
    "工作人员多次询问，她只反复提到家门口有一棵很大的桑树。",
    "目前身体状况良好，每天会在院子里散步，也愿意和其他受助人员聊天。",
    "男子个子不高，左手手背有一块烫伤留下的疤痕，能说出几个村庄的名字。",
    "他说自己年轻时在砖厂干过活，后来一直在外地打零工，已多年没有回家。",
    "少年自称十四岁，会写自己的名字，但说不清父母的名字和家里的住址。",
    "他被送来时脚上的鞋已经磨破，现由专人照料，情绪逐渐稳定。",
]
TITLES = [
    "在东门菜市场附近徘徊的老年妇女",
    "自称会修自行车的中年男子",
    "在长途客运站走失的少年",
    "说话带南方口音的白发老人",
    "无名氏（女，约四十岁）",
    "在桥洞下避雨的年轻男子",
]
UNITS = ["河西分局", "东湖街道"]
ROWS = {  # three wordings of a piece's dated row: cells parted by a bar, a gap, a dot
    "bar": "收容　{y}-{m:02d}-{d:02d}　|　送达　{u}",
    "gap": "日期：{y}年{m}月{d}日　　经办：{u}",
    "dot": "{y}/{m:02d}/{d:02d} · 来源单位：{u}",
}


def _page(n: int, form: str, k: int) -> str:
    lines = ["甲城救助之家", "首页　｜　公告　｜　联系", "", f"寻人启事（第{n + 3}期）", ""]
    for j in range(k):
        if j:
            lines += ["～～～～～～～～", ""]
        t = TITLES[(n + j) % len(TITLES)]
        u = UNITS[(n + j) % 2]
        row = ROWS[form].format(y=2020 + n % 3, m=1 + (n + j) % 9, d=3 + 2 * j + n, u=u)
        a, b = PROSE[(n + 2 * j) % 8], PROSE[(n + 2 * j + 3) % 8]
        lines += [f"档案号　JZ{2020 + n % 3}{n * 10 + j + 11}", t, row, a, b, ""]
    lines += ["本站地址：甲城北路一号　电话：0000-1234567", "甲城救助之家版权所有"]
    return "\n".join(lines) + "\n"


def _run(tmp_path: Path, form: str) -> list[list[tuple[str, dict[str, str], str]]]:
    counts = [3, 2, 4, 2, 3, 2, 3, 4]
    for n, k in enumerate(counts):
        (tmp_path / f"p{n}.txt").write_text(_page(n, form, k), encoding="utf-8")
    raws = sorted(read_inputs([tmp_path]), key=lambda r: r.source)
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out.append([(a.title, dict(a.meta), a.text) for a in res.articles])
    return out


def test_a_dated_row_of_cells_under_each_piece_stays_the_pieces(tmp_path: Path) -> None:
    for form in ROWS:
        sub = tmp_path / form
        sub.mkdir()
        pages = _run(sub, form)
        for n, arts in enumerate(pages):
            k = [3, 2, 4, 2, 3, 2, 3, 4][n]
            assert len(arts) == k, (form, n, [a[0] for a in arts])  # two pieces split too
            for j, (title, meta, text) in enumerate(arts):
                assert title == TITLES[(n + j) % len(TITLES)]
                # the piece's own day, never another's nor lost with its row
                day = f"{2020 + n % 3}-{1 + (n + j) % 9:02d}-{3 + 2 * j + n:02d}"
                assert meta.get("published") == day, (form, n, j, meta)
                assert PROSE[(n + 2 * j) % 8] in text


def test_date_only_shape_tells_a_dated_row_from_a_counter_bar() -> None:
    assert date_only_shape("收容　⟨N⟩-⟨N⟩-⟨N⟩　|　送达　某分局")
    assert date_only_shape("登记日期：⟨N⟩年⟨N⟩月⟨N⟩日　　经办：某街道")
    assert date_only_shape("⟨N⟩/⟨N⟩/⟨N⟩ · 来源单位：某街道")
    assert not date_only_shape("阅读 ⟨N⟩ | 评论 ⟨N⟩")  # counters
    assert not date_only_shape("发布：⟨N⟩-⟨N⟩-⟨N⟩ | 浏览：⟨N⟩")  # a date beside a count
    assert not date_only_shape("⟨N⟩-⟨N⟩-⟨N⟩ | ⟨N⟩-⟨N⟩-⟨N⟩")  # two dates: a span, a list


def test_page_data_keeps_a_dated_row_and_not_a_counter_bar() -> None:
    # (mend22g) a title, not a short handle, and a second piece with the same row below
    page = ["站名", TITLES[0], "收容　2021-03-05　|　送达　某分局", PROSE[0], PROSE[1]]
    page += [TITLES[1], "收容　2021-04-02　|　送达　某街道", PROSE[2], "页脚"]
    ex = ["收容　2021-04-07　|　送达　某分局", "收容　2022-01-09　|　送达　某分局"]
    key = "收容　⟨N⟩-⟨N⟩-⟨N⟩　|　送达　某分局"
    assert page_data(["导语一句。", *page], 3, key, ex, {1: 1, 3: 1, 10: 1}, {})
    bar = ["站名", "标题甲", "阅读 12 | 评论 3", PROSE[0], PROSE[1], "页脚"]
    ex2 = ["阅读 5 | 评论 0", "阅读 40 | 评论 7"]
    assert not page_data(["导语一句。", *bar], 3, "阅读 ⟨N⟩ | 评论 ⟨N⟩", ex2, {3: 1}, {})
    # the same dated row under a sentence closes an answer: the responder's stamp
    stamp = ["站名", "标题甲", PROSE[0], "某网友　回答于 2021-03-05", PROSE[1], "页脚"]
    ex3 = ["某网友　回答于 2021-04-07", "某网友　回答于 2022-01-09"]
    key3 = "某网友　回答于 ⟨N⟩-⟨N⟩-⟨N⟩"
    assert not page_data(["导语一句。", *stamp], 4, key3, ex3, {1: 1, 4: 1, 7: 1}, {})


# -- 2. a kind row over each piece's title -----------------------------------------------------

BODIES = [
    [
        "某镇一名骑车老人在路口被货车刮倒，司机当场停车报警，老人经抢救后脱离危险。",
        "调查发现货车右侧后视镜损坏多日未修，司机转弯时未能看到骑车人。",
    ],
    [
        "北湖一条游船载客超过核定人数一倍，行至湖心遇大风侧翻，十一名乘客落水后全部获救。",
        "船主为多挣钱默许超载，码头管理员未按规定清点人数。",
    ],
    [
        "南街一家餐馆厨师离开灶台接电话，油锅温度过高起火，店员用灭火毯及时扑灭。",
        "餐馆未对员工开展消防培训，灶台旁堆放了大量纸箱。",
    ],
]
HEADS = ["城西路口货车刮倒骑车老人事故", "北湖游船超载侧翻事故", "南街餐馆油锅起火事故"]
KINDS = ["道路交通", "水上安全", "消防安全"]


def _split(row: str) -> tuple[list[str], list[str]]:
    lines = ["警示案例汇编（第2期）"]
    for n, (head, kind, body) in enumerate(zip(HEADS, KINDS, BODIES, strict=True)):
        lines += ["", row.format(kind=kind, n=n + 1), head, *body]
    drafts = SplitStage()(Editor("p", "\n".join(lines) + "\n"))
    return [d.title for d in drafts], [d.text for d in drafts]


def test_a_kind_row_over_each_title_keeps_the_title_line_as_text() -> None:
    for row in ("◆ 案件类别：{kind}", "■ 栏目：{kind}", "★ 事故类型：{kind}"):
        titles, texts = _split(row)
        assert titles == HEADS, row
        for head, body, text in zip(HEADS, BODIES, texts, strict=True):
            assert text.split("\n")[:3] == [head, *body], row  # the title is its first line


def test_a_bare_number_over_each_title_still_takes_its_title_line() -> None:
    for row in ("（{n}）", "◆ {n}"):  # the row IS the heading: its title line goes with it
        titles, texts = _split(row)
        assert titles == HEADS, row
        for body, text in zip(BODIES, texts, strict=True):
            assert text.split("\n")[:2] == body, row


def test_kind_row_shapes() -> None:
    assert kind_row("◆ 案件类别：道路交通") and kind_row("■ 栏目：社会新闻")
    assert kind_row("★ 事故类型：火灾")
    assert not kind_row("◆ 编号：2021-07")  # a number's label row
    assert not kind_row("◆ 第3例")  # an ordinal
    assert not kind_row("■ 说明：本期案例均由各地报送，未经删节。")  # a sentence
    assert not kind_row("作者：某甲　编辑：某乙")  # two labels: a byline row
