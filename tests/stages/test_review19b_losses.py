"""Content the split and repair stages must never lose (review 19b).

Classes, each with invented variants and the look-alike the reader was written for:

- **a plain numbered list whose short row words are the titles** (a poem's name over its
  author's line, a digest's headline over its deck): the row's words stay the titles;
  only rows that read as categories (a code beside the number, or the same words again)
  are kickers over the line below (look-alike: ``CASE 04 · 某类`` rows);
- **a header row whose words are not the title**: they go to ``meta.category``;
- **a closing row dating an event, a deadline or a validity**: no publish date; the row
  stays text (an event's day, a sign-up deadline) or its limit is ``expires``
  (look-alike: a row whose date label names the piece done, ``办结时间``);
- **a piece's own dated organiser row at the page's foot**: kept (look-alike: a site's
  undated credits row in its foot);
- **a line with a typeset gap before ``某某：`` and one narrow gap between two names**:
  the names stay apart; a notice row's ``主办：`` is no speaker (look-alike: a stray space
  inside a word of a person's speech is still removed).

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import boil, repair, split

_BODY = [
    "这一段写的是作者在旅途中看到的景色，语言平易，读来很亲切。",
    "后面几句写出了作者当时的心情，也留给读者不少想象的余地。",
]


def _numbered(heads: list[str], unders: list[str]) -> list[str]:
    out = ["一组短文", f"本期共收录短文{len(heads)}篇。", ""]
    for n, (head, under) in enumerate(zip(heads, unders, strict=True)):
        out += [f"{n + 1}. {head}", under, *_BODY, ""]
    return out


@pytest.mark.parametrize(
    ("heads", "unders"),
    [
        (["晚秋", "山居", "夜泊"], ["近代诗人 林某某", "近代诗人 陈某某", "近代诗人 周某某"]),
        (
            ["麦收开镰", "渡口新船", "村里书屋"],
            [
                "北坡合作社的收割机一早就开进了麦田",
                "老渡口换上了新的机动渡船",
                "村书屋添了五百册新书",
            ],
        ),
        (
            ["雨巷", "旧墙", "灯塔"],
            ["作者 某某某（节选）", "作者 某某某（节选）", "作者 某某（节选）"],
        ),
    ],
    ids=["poet-row", "news-deck", "author-row"],
)
def test_a_plain_numbered_list_keeps_its_row_words_as_titles(
    heads: list[str], unders: list[str]
) -> None:
    arts = split(_numbered(heads, unders))
    kept = "\n".join(f"{a.title}\n{a.text}\n{a.meta}" for a in arts)
    for head in heads:
        assert head in kept, kept  # never silently lost
    if len(arts) == len(heads):
        assert [a.title for a in arts] == heads


def test_coded_category_rows_are_kickers_and_their_words_are_kept() -> None:
    lines = ["某某保险案例汇编", "本期选取案例2件。", ""]
    for n, (kind, title) in enumerate(
        [
            ("寿险", "投保三年后身故，受益人获得全额赔付"),
            ("车险", "雨夜追尾后当天定损，三天赔款到账"),
        ]
    ):
        lines += [f"CASE 0{n + 4} · {kind}", title, *_BODY, ""]
    arts = split(lines)
    assert [a.title for a in arts] == [
        "投保三年后身故，受益人获得全额赔付",
        "雨夜追尾后当天定损，三天赔款到账",
    ]
    assert [a.meta.get("category") for a in arts] == ["寿险", "车险"]


_UNITS = ["东湖站", "西岭站", "南关站"]
_MORE = ["到场的居民都说这样的活动应该多办几场。", "街道表示下一期还会换个主题继续办。"]


def _closed(row: str) -> list[str]:
    out = ["某某街道活动汇编　第三期", "本期刊登活动3篇。", ""]
    for n, unit in enumerate(_UNITS):
        out += [f"No.{n + 1}　{unit}的第{n + 1}场活动", *_BODY, *_MORE, row.format(unit=unit)]
        out += [""]
    return out


@pytest.mark.parametrize(
    "row",
    [
        "主办单位：{unit}　　活动时间：2031年5月8日",
        "承办单位：{unit}　｜　报名截止：2031-04-30",
        "协办单位：{unit} | 开始日期：2031/6/1",
    ],
    ids=["event-day", "deadline", "start-day"],
)
def test_an_event_or_deadline_date_is_no_publish_date(row: str) -> None:
    arts = split(_closed(row))
    for art in arts:
        assert not art.meta.get("published", "").startswith("2031"), art.meta
    text = "\n".join(a.text for a in arts)
    assert text.count("2031") == len(_UNITS), text  # the dates stay in the text


@pytest.mark.parametrize(
    "row",
    [
        "发证机关：{unit}　　有效期至：2031年12月31日",
        "签发单位：{unit}　｜　有效期限：2031-06-30",
        "发证机关：{unit} | 到期日：2031/3/1",
    ],
    ids=["valid-until", "validity", "due-day"],
)
def test_a_validity_date_is_no_publish_date(row: str) -> None:
    arts = split(_closed(row))
    for art in arts:
        assert not art.meta.get("published", "").startswith("2031"), art.meta
        kept = art.text + str(art.meta)
        assert "2031" in kept  # in the text or as expires: never lost


def test_a_done_date_is_still_the_publish_date() -> None:
    arts = split(_closed("承办单位：{unit}　｜　办结时间：2021/4/9"))
    assert [a.meta.get("published") for a in arts] == ["2021-04-09"] * 3


@pytest.mark.parametrize(
    "row",
    [
        "承办单位：南关站　｜　集会日期：2031-05-16",
        "主办单位：南关站　　举办时间：2031年5月16日",
        "协办单位：南关站 | 日期：2031/5/16",
    ],
    ids=["bar", "wide-gap", "ascii-bar"],
)
def test_a_dated_organiser_row_at_the_foot_is_kept(row: str) -> None:
    lines = ["某某街道活动预告", *_BODY, "活动当天请提前到场。", row]
    assert row in boil(lines)


def test_a_site_s_undated_credits_row_at_the_foot_goes() -> None:
    lines = ["某某街道活动预告", *_BODY, "活动当天请提前到场。", "主办单位：某某街道办事处"]
    assert "主办单位" not in boil(lines)


@pytest.mark.parametrize(
    "line",
    [
        "主持人\u3000吴某某：今天来到现场的是林甲 陈乙两位专家。",
        "值班表\u3000周二：韩某 许某两位同事，请准时到岗。",
        "协作单位\u3000主办：县文联 县作协，承办：县图书馆。",
    ],
    ids=["transcript-names", "roster-names", "notice-units"],
)
def test_a_gap_between_two_names_after_a_typeset_label_stays(line: str) -> None:
    page = f"{line}\n嘉宾\u3000林甲：谢谢。\n嘉宾\u3000陈乙：大家好。\n主持人\u3000吴某某：好。\n"
    assert repair(page).split("\n")[0] == line


def test_a_stray_space_in_a_person_s_speech_still_goes() -> None:
    page = "镇长\u3000赵某某：今年全镇新修道路十公里，完 成了年度任务。\n"
    assert "完成了" in repair(page)
