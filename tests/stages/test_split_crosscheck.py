"""The split's proposals checked before they are accepted (:mod:`cleaner.stages.split_crosscheck`).

Headers whose every title names nothing (a date span, a date, a code) are rows inside the
pieces' heads: the cut moves up to the lines that echo one another above every header
(the first piece's lie in the page's head, which lost them before), each piece titled by
its first title-shaped line; with no such lines the page's head is kept over the first
piece.  A retitle by a row under the headers does not replace titles that were the
pieces' own by sentences.  Look-alikes: titles under dated or counted rows, dated rows
with titles of their own, a label repeated on every title.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_crosscheck import (
    crosscheck,
    echo_depth,
    keeps_titles,
    no_title,
    span_of_days,
)

BODIES = [
    (
        "青瓷雅集——越窑瓷器展",
        "Celadon Gathering: Yue Kiln Wares",
        "本馆将在三号厅举办越窑瓷器展，遴选碗盘壶罐等器物八十余件，展示越窑青瓷的烧造工艺。",
        "展览配有语音导览，观众可扫码收听重点展品讲解，周末另设手作体验课程。",
    ),
    (
        "纸墨流芳——近代书札展",
        "Ink and Paper: Modern Letters",
        "本馆将在五号厅举办近代书札展，展出信札手稿一百二十余通，呈现文人往来与交游。",
        "展厅设置了放大阅读区，观众可细看笔迹与印鉴，展期内每周六有专家讲座。",
    ),
    (
        "河谷遗珍——早期陶器特展",
        "Treasures of the Valley: Early Pottery",
        "本馆将在二号厅举办早期陶器特展，汇集彩陶黑陶等器物一百余件，讲述河谷先民的生活。",
        "展览分为四个单元，配套推出亲子工作坊，观众须提前实名预约参观。",
    ),
]

SPANS = {
    "dots": ["2031.03.02 — 2031.06.30", "2031.03.18 — 2031.07.15", "2031.04.01 — 2031.08.01"],
    "dashes": ["2031-03-02 - 2031-06-30", "2031-03-18 - 2031-07-15", "2031-04-01 - 2031-08-01"],
}


def _run(lines: list[str]) -> tuple[str, list[str], list[object]]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    return "\n".join(d.text for d in drafts), [c.rule for c in ed.changes], list(drafts)


def _exhibits(spans: list[str], *, kicker: bool, english: bool, label: str) -> list[str]:
    """A museum's monthly page: each exhibit's kicker row, title, English title, a label
    and its run of days over two paragraphs, closed by a share bar."""
    lines = ["某市博物馆　首页　展览　典藏", "某市博物馆展览月报", "2031-02-20 发布　｜　宣教部"]
    for n, ((title, en, *body), span) in enumerate(zip(BODIES, spans, strict=True)):
        if kicker:
            lines.append(f"开展倒计时 D-{12 + 9 * n}　◇　特展")
        lines.append(title)
        if english:
            lines.append(en)
        lines += [label, span, *body, "☆ 收藏　｜　分享", ""]
    return lines


@pytest.mark.parametrize("kind", sorted(SPANS))
@pytest.mark.parametrize(
    ("kicker", "english", "label"),
    [(True, True, "展期"), (False, True, "开放时间"), (True, False, "展览日期")],
)
def test_titles_over_span_rows_head_their_pieces(
    kind: str, *, kicker: bool, english: bool, label: str
) -> None:
    text, rules, drafts = _run(_exhibits(SPANS[kind], kicker=kicker, english=english, label=label))
    assert "split.crosscheck.untitled" in rules
    assert [d.title for d in drafts] == [b[0] for b in BODIES]  # type: ignore[attr-defined]
    for (title, en, *body), draft in zip(BODIES, drafts, strict=True):
        assert title in draft.text  # type: ignore[attr-defined]
        if english:
            assert en in draft.text  # type: ignore[attr-defined]
        for line in body:
            assert line in draft.text  # type: ignore[attr-defined]
    assert "某市博物馆展览月报" not in text  # the page's head above the echoed heads goes


def test_without_echoed_heads_the_page_head_is_kept() -> None:
    lines = ["某市博物馆展览月报", "青瓷雅集——越窑瓷器展"]
    for span, (_, _, *body) in zip(SPANS["dots"], BODIES, strict=True):
        lines += [span, *body, ""]
    text, rules, _ = _run(lines)
    assert "split.crosscheck.untitled" in rules
    assert "青瓷雅集——越窑瓷器展" in text  # nothing proves it the page's head: kept
    for _, _, *body in BODIES:
        for line in body:
            assert line in text


def test_titles_under_counted_dated_rows_are_accepted() -> None:
    # look-alike: the header's title is a date, but each piece's title stands right under it
    lines = ["某会展中心　新闻中心", "新闻稿合辑"]
    days = ("2031-11-19", "2031-11-12", "2031-11-07")
    for n, (day, (title, _, *body)) in enumerate(zip(days, BODIES, strict=True)):
        lines += [f"【{n + 1}/3】{day}", title, *body, "", "* * *", ""]
    _, rules, drafts = _run(lines)
    assert not any(r.startswith("split.crosscheck") for r in rules)
    assert [d.title for d in drafts] == [b[0] for b in BODIES]  # type: ignore[attr-defined]


def test_dated_rows_with_titles_are_not_checked() -> None:
    lines = ["某市博物馆展览月报", "本期导读"]
    days = ("2031-03-02", "2031-03-18", "2031-04-01")
    for day, (title, _, *body) in zip(days, BODIES, strict=True):
        lines += [f"{day}｜{title}", *body, ""]
    text, rules, drafts = _run(lines)
    assert len(drafts) == 3
    assert not any(r.startswith("split.crosscheck") for r in rules)
    assert "某市博物馆展览月报" not in text


#: a ranked list's pieces: a gauge row, the piece's own short title (a name and a short
#: verdict), a labelled row every piece holds (its values sentences), a closing credit
OWN = ["东湖小区：整洁有序", "西关市场：分拣到位", "南岭新村：占道严重", "北苑街区：照明不足"]
FINDING = "检查组随机走访时看到，{}的公共区域{}，住户反映不一，抽看的{}处点位已记录在案。"


def _ranked(titles: list[str], gauge: str, label: str) -> list[str]:
    page = ["某某街道本月环境整治排行榜", "本榜依据每月暗访打分评定，高者表扬，低者通报。", ""]
    for k, title in enumerate(titles, 1):
        name, verdict = title.split("：")
        page += [
            gauge.format(k=k, s=95 - 7 * k),
            title,
            f"{label}：{FINDING.format(name, verdict, 10 + k)}",
            f"做法：居委会每周组织一次巡查，把问题拍照上墙，限期销号，{20 + k}户签了承诺书。",
            f"（检查员：郑某{k}　时段：上午）",
            "",
        ]
    return page


@pytest.mark.parametrize(
    ("gauge", "label"),
    [
        ("第{k}名　▰▰▰▰▰▰▱▱▱▱　{s}.0分　较上月 ↑1.5", "检查情况"),
        ("No.{k}　★★★★☆　{s}.5分　环比 -0.5", "暗访所见"),
        ("排名 {k}　■■■■□□　得分{s}　变化 +2", "现场情况"),
    ],
)
def test_own_titles_are_not_replaced_by_sentences(gauge: str, label: str) -> None:
    text, rules, drafts = _run(_ranked(OWN, gauge, label))
    assert "split.crosscheck.retitle" in rules
    assert [d.title for d in drafts][-4:] == OWN  # type: ignore[attr-defined]
    for title in OWN:
        assert f"{label}：检查组随机走访时看到，{title.split('：')[0]}" in text  # stays text


def test_keeps_titles_lets_subject_rows_title_serials_and_labels() -> None:
    sentences = ["督导组发现，东村投放点整洁，居民投放准确", "督导组发现，西村无人值守，垃圾散落"]
    assert keeps_titles(["东村：整洁", "西村：脏乱"], sentences, lambda s: None) == "sentence"
    assert keeps_titles(["东村：整洁", "西村：脏乱"], ["2031-01-02", "2031-02-03"], lambda s: None)
    assert keeps_titles(["东村", "西村"], ["检查情况", "检查情况"], lambda s: None) == "shared"
    # look-alikes: serial headers, one label on every title, a field row the reader reads
    assert keeps_titles(["第1号　类：甲", "第2号　类：乙"], sentences, lambda s: None) is None
    assert keeps_titles(["事由：修桥", "事由：装灯"], sentences, lambda s: None) is None
    assert keeps_titles(["东村：整洁", "西村：脏乱"], sentences, lambda s: {"k": s}) is None
    plain = ["修桥铺路", "装灯照明"]  # titles, no sentences: the retitle stands
    assert keeps_titles(["东村：整洁", "西村：脏乱"], plain, lambda s: None) is None


@pytest.mark.parametrize(
    ("title", "nameless"),
    [
        ("2031.03.02 — 2031.06.30", True),
        ("2031年3月2日（周日）", True),
        ("No. 12", True),
        ("B-07", True),
        ("2031年春季特展", False),
        ("第3期", False),
        ("甲县纪事", False),
        ("Room 5", False),
        ("", False),
    ],
)
def test_no_title(title: str, *, nameless: bool) -> None:
    assert no_title(title) is nameless


def test_span_of_days() -> None:
    assert span_of_days("2031.03.02 — 2031.06.30")
    assert span_of_days("2031/3/18 ｜ 2031/7/15")
    assert not span_of_days("2031-03-02 发布")
    assert not span_of_days("某事于2031年3月2日举行")


def test_echo_needs_every_piece_to_keep_text_of_its_own() -> None:
    # a head whose echo would swallow the whole piece above it: no echo
    lines = ["甲展", "2031.1.1 — 2031.3.1", "乙展", "2031.2.1 — 2031.4.1", "乙展说明。"]
    assert echo_depth(lines, [1, 3]) == 0
    got = crosscheck(lines, [(1, "k", "2031.3.1"), (3, "k", "2031.4.1")], text_rule="t")
    assert got.keep_prefix
    assert [h[0] for h in got.headers] == [1, 3]


def test_signatures_over_dated_rows_are_no_titles() -> None:
    # look-alike: the piece above closes with its sign-off, the head with a page title; one
    # shape, but the sign-offs repeat (no title differs on every piece): the head is kept
    lines = ["某局工作动态", "2031.1.1 — 2031.3.1", "甲事办结。", "某局办公室"]
    lines += ["2031.2.1 — 2031.4.1", "乙事办结。", "某局办公室", "2031.3.1 — 2031.5.1", "丙事。"]
    heads = [(1, "k", "2031.3.1"), (4, "k", "2031.4.1"), (7, "k", "2031.5.1")]
    got = crosscheck(lines, heads, text_rule="t")
    assert got.headers == heads
    assert got.keep_prefix
