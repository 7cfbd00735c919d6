"""A ranked list's pieces keep their own ``name：verdict`` titles (sealed_yr_honghei).

Each piece of a ranked list opens with a gauge row (rank, bar, score, delta), then its
title ``某地：评语`` (a name before one colon, a clause after it), then labelled rows
(``LABEL：…``) every piece repeats.  The generic finder cuts at the gauge rows and takes
the title line; the subject-row reader (:mod:`cleaner.stages.split_subject_rows`) must not
retitle the pieces by their first shared labelled row when each piece's title is a name
and its verdict (the names differ from piece to piece, the verdict is a clause, no field
the row reader reads).  Look-alikes keep the subject reader: a label repeated on every
title (a column of fields), verdicts too short for a clause.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_subject_rows import subject_rows


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def _no_fields(_: str) -> dict[str, str] | None:
    return None


TITLES = [
    "东湖小区：门前三包落实到户，楼道整洁无堆放",
    "西关市场：摊主自觉分拣纸箱，地面干净无积水",
    "南岭新村：晾晒区长期占道，整改迟迟不到位",
    "北苑街区：夜间照明不足，巡查记录缺失多日",
]
FOUND = [
    "检查组随机走访时看到，{}的公共区域保洁到位，住户反映满意，抽看的{}处点位全部达标。",
    "检查组在清晨时段查看，{}的楼道和绿地基本无杂物，住户配合度较高，抽看的{}处点位中合格过半。",
]
PRACTICE = "做法：居委会每周组织一次联合巡查，把问题拍照上墙，限期销号，{}户居民签了承诺书。"


def _page(gauge: str, found_label: str, sep: str) -> list[str]:
    page = [
        "某某街道本月环境整治排行榜",
        "本榜依据每月暗访打分评定，分数高者表扬，分数低者通报。",
        "",
    ]
    for k, title in enumerate(TITLES, 1):
        name = title.split("：")[0]
        body = FOUND[k % 2].format(name, 10 + k)
        page += [
            gauge.format(k=k, s=95 - 7 * k),
            title.replace("：", sep),
            f"{found_label}：{body}",
            PRACTICE.format(20 + k),
            f"（检查员：郑某{k}　时段：上午）",
            "",
        ]
    return page


@pytest.mark.parametrize(
    ("gauge", "found_label", "sep"),
    [
        ("第{k}名　▰▰▰▰▰▰▱▱▱▱　{s}.0分　较上月 ↑1.5", "检查情况", "："),
        ("No.{k}　★★★★☆　{s}.5分　环比 -0.5", "暗访所见", "："),
        ("排名 {k}　■■■■□□　得分{s}　变化 +2", "现场情况", ":"),
    ],
)
def test_a_ranked_piece_keeps_its_name_and_verdict_title(
    gauge: str, found_label: str, sep: str
) -> None:
    drafts = _split(_page(gauge, found_label, sep))
    titles = [d.title for d in drafts]  # type: ignore[attr-defined]
    assert titles[-4:] == [t.replace("：", sep) for t in TITLES]
    for d, title in zip(drafts[-4:], TITLES, strict=True):
        text = d.text  # type: ignore[attr-defined]
        assert f"{found_label}：检查组" in text  # the labelled row stays the piece's text
        assert title.split("：")[0] in text and "做法：居委会" in text


def test_name_and_verdict_titles_stop_the_subject_reader() -> None:
    page = _page("第{k}名　▰▰▰▰▱▱　{s}分", "检查情况", "：")
    heads = [(i, "h", page[i + 1]) for i, s in enumerate(page) if s.startswith("第")]
    got, rows = subject_rows(page, heads, _no_fields)
    assert rows == {} and got == heads


def test_a_label_on_every_title_is_a_column_still_retitled() -> None:
    # look-alike: the header's "title" is a labelled row whose label repeats (a field)
    page: list[str] = []
    subjects = ["把村口那座木桥改建为水泥桥", "在滨河步道沿线增设夜间照明"]
    for k, subject in enumerate(subjects, 1):
        page += [
            f"第{k}号",
            "组别：城建口的常设议题小组",
            f"事由：{subject}。",
            "理由：",
            "久已不便。",
            "",
        ]
    heads = [(0, "h", page[1]), (6, "h", page[7])]
    got, rows = subject_rows(page, heads, _no_fields)
    assert [h[2] for h in got] == subjects and sorted(rows) == [2, 8]


def test_short_verdicts_are_fields_still_retitled() -> None:
    # look-alike: distinct names but values too short for a clause (``甲村：一组``)
    page: list[str] = []
    subjects = ["把村口那座木桥改建为水泥桥", "在滨河步道沿线增设夜间照明"]
    for k, (name, subject) in enumerate(zip(["东村", "西村"], subjects, strict=True)):
        page += [f"{name}：第{k + 1}组", f"事由：{subject}。", "理由：", "久已不便。", ""]
    heads = [(0, "h", page[0]), (5, "h", page[5])]
    got, rows = subject_rows(page, heads, _no_fields)
    assert [h[2] for h in got] == subjects and sorted(rows) == [1, 6]
