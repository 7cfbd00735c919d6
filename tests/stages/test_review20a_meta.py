"""Losses and misreadings left by review 20 (mend20a), each on invented pages:

- **a dated info bar removed as chrome whose date and source no kept line carries**
  (here a row of bracketed cells, ``[ 时间：… ]  [ 来源：… ]``, that the line model or
  the site's learned lines remove): the values still reach ``published``/``origin``,
  simplified and traditional pages alike (look-alike: a bar of bracketed link words
  with no date gives nothing);
- **a writer's byline with no colon right under a single page's title** (``文／某某``,
  ``图／文 某某``, ``记者　某某``): it is no second title line and its name is the
  ``author`` (look-alike: a real two-line headline still joins);
- **a space between two whole CJK units** (names after a label, a verse line's two
  halves): kept by the CJK-space repair (look-alike: a space that breaks a word goes);
- **a compilation left one article, each piece closed by its own dated row**: the last
  row is no field of the page (look-alike: one article's one closing row still is).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.edits import Edit, Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.title_wrap import wrapped_title
from tests.stages.stage_runs import repair, split

_BODY = [
    "按照全年计划，有关单位近日组织人员完成了这项工作，前后共用时二十余天。",
    "接下来还将开展回头看，对发现的问题逐项整改，确保工作落到实处。",
]
_TITLES = [
    "东湖片区雨污分流改造完工",
    "冬季水上安全巡查开展",
    "背街小巷照明提升项目推进",
    "夜间公交线路调整方案公布",
]
_UNITS = ["区城管所", "市航运处", "街道办事处", "县公交公司"]


def _site(bar: str) -> list[list[str]]:
    return [
        [
            "首页 > 动态 > 要闻",
            _TITLES[i],
            bar.format(d=i + 3, u=_UNITS[i]),
            *_BODY,
            "主办单位：某某门户网站",
        ]
        for i in range(4)
    ]


@pytest.mark.parametrize(
    ("bar", "origin"),
    [
        ("[ 时间：2023-11-0{d} ]  [ 来源：{u} ]  [ 点击： ]", True),
        ("【日期：2023-11-0{d}】【信息来源：{u}】【字号：大 中 小】", True),
        ("［ 發佈時間：2023-11-0{d} ］ ［ 資料來源：{u} ］ ［ 點閱： ］", True),
        ("〔 发布日期：2023-11-0{d} 〕 〔 发布机构：{u} 〕 〔 打印 〕", False),
    ],
    ids=["square", "lenticular", "traditional", "tortoise-issuer"],
)
def test_a_framed_info_bar_removed_as_chrome_gives_its_date_and_source(
    bar: str, origin: bool
) -> None:
    pages = _site(bar)
    raws = [
        RawInput(f"s/{i}.txt", ("\n".join(p) + "\n").encode(), site="s")
        for i, p in enumerate(pages)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for n, raw in enumerate(raws):
        (art,) = pipe.process(raw, n).articles
        assert art.title == _TITLES[n]
        assert art.meta.get("published") == f"2023-11-0{n + 3}", art.meta
        assert _UNITS[n] in art.meta.values(), art.meta
        if origin:
            assert art.meta.get("origin") == _UNITS[n] or art.meta.get("issuer") == _UNITS[n]


def test_a_framed_link_bar_with_no_date_fills_no_field() -> None:
    pages = [
        ["首页 > 动态 > 要闻", _TITLES[i], "[ 打印本页 ]  [ 关闭窗口 ]  [ 返回顶部 ]", *_BODY]
        for i in range(4)
    ]
    raws = [
        RawInput(f"s/{i}.txt", ("\n".join(p) + "\n").encode(), site="s")
        for i, p in enumerate(pages)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    (art,) = pipe.process(raws[1], 1).articles
    assert "published" not in art.meta and "origin" not in art.meta


# ---- a writer's byline with no colon under a single page's title

_PROSE = [
    "入冬以来，镇上的老人们每天清晨都会聚到河边的小广场上，打一套太极拳再回家吃早饭。",
    "组织者说，这支队伍最早只有七八个人，如今已经发展到四十多人，年纪最大的八十一岁。",
]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("文／尹某禾", "尹某禾"),
        ("文/褚某", "褚某"),
        ("撰文／霍某某", "霍某某"),
        ("图／文 欧某", "欧某"),
        ("记者　鲍某某", "鲍某某"),
        ("本报记者 仇某 通讯员 焦某某", "仇某"),
    ],
)
def test_a_byline_under_the_title_is_the_author_not_the_title(byline: str, name: str) -> None:
    (art,) = split(["河边晨练的老人们", byline, *_PROSE])
    assert art.title == "河边晨练的老人们"
    assert art.meta.get("author") == name, art.meta
    assert byline not in art.text


def test_a_headline_wrapped_over_two_lines_still_joins() -> None:
    # look-alike: the second line is the headline's rest, no credit before a slash
    assert wrapped_title(["西山村修好了通往镇上的", "水泥路和石拱桥", _PROSE[0]]) == (
        "西山村修好了通往镇上的水泥路和石拱桥"
    )
    assert wrapped_title(["西山村修好了通往镇上的", "文／某某", _PROSE[0]]) is None


# ---- a space between two whole CJK units


@pytest.mark.parametrize(
    "line",
    [
        "本届评选结果如下：金奖：冯某 许某某，银奖：蒋某 沈某，铜奖：韩某某 杨某。",
        "获表彰的志愿者有：鲁某 韦某 昌某，大家报以热烈掌声。",
        "他在信里抄了两句：孤灯照影夜初长 细雨敲窗梦未成，读来令人动容。",
        "碑上刻着：“松风入户 竹影临窗”，字迹已有些模糊。",
        "本次活动由两位老师主持，主持人：骆某 郜某，评委：聂某某 晏某，共十二个班参加。",
        "录取名单已经公示，录取：谷某 伍某某 戴某，如有异议请在三日内提出。",
        "他当场吟了两句：孤舟横野渡 残月照寒沙，众人连声叫好。",
        "老人最喜欢的一联是：“风吹柳絮满城白 雨打梨花一院香”，常挂在嘴边。",
    ],
    ids=[
        "prize-names",
        "name-run",
        "verse-seven",
        "verse-four-quoted",
        "host-names",
        "three-names",
        "verse-five",
        "couplet-quoted",
    ],
)
def test_a_space_between_two_whole_units_stays(line: str) -> None:
    assert repair(line) == line


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("我国的经 济发展保持了稳中有进的态势。", "我国的经济发展保持了稳中有进的态势。"),
        # halves of one length after a comma: a clause of prose, no verse
        ("工作已经部署，监督检查认 真落实推进。", "工作已经部署，监督检查认真落实推进。"),
        (
            "中 华人民共和国成立以来，各项事业发展迅速。",
            "中华人民共和国成立以来，各项事业发展迅速。",
        ),
        (
            "这次调 整涉及全市五十多条线路，市民普遍关注。",
            "这次调整涉及全市五十多条线路，市民普遍关注。",
        ),
    ],
)
def test_a_space_that_breaks_a_word_still_goes(line: str, fixed: str) -> None:
    assert repair(line) == fixed


# ---- a compilation left one article, each piece closed by its own dated row

_PIECE = [
    "今年以来，社区围绕居民关心的几件小事持续发力，多数事项已经办结。",
    "下一步，社区将继续听取居民意见，把好事办实、实事办好。",
]


@pytest.mark.parametrize(
    "row",
    [
        "（来源：{u}　2022-0{m}-2{m}）",
        "（{u}供稿　2022年{m}月2{m}日）",
        "（{u}　2022.0{m}.2{m}）",
        "（資料來源：{u}　2022-0{m}-2{m}）",
        "（来源：{u}　2022-06-26）",  # one day for every piece, each its own source
    ],
)
def test_the_last_of_several_closing_rows_is_no_field_of_the_page(row: str) -> None:
    lines = ["社区简讯汇编", ""]
    for m, u in zip((4, 5, 6), ("东苑社区", "西岭社区", "南坪社区"), strict=True):
        lines += [*_PIECE, row.format(u=u, m=m), ""]
    arts = split(lines)
    if len(arts) == 1:
        assert arts[0].meta.get("published") != "2022-06-26", arts[0].meta
        assert "南坪社区" not in arts[0].meta.values(), arts[0].meta
        assert "南坪社区" in arts[0].text  # the row stays the last piece's text


@pytest.mark.parametrize(
    "row", ["（来源：南坪社区　2022-06-26）", "（南坪社区供稿　2022年6月26日）"]
)
def test_one_articles_one_closing_row_is_still_its_metadata(row: str) -> None:
    # look-alike: a dated line in the body is no closing row of another piece
    body = [*_PIECE, "2022年5月3日，社区召开了居民议事会，会上大家畅所欲言。", *_PIECE]
    (art,) = split(["南坪社区办好三件小事", *body, row])
    assert art.meta.get("published") == "2022-06-26", art.meta


@pytest.mark.parametrize(
    "block",
    [
        "分享到：微信　微博\n【时间：2023-11-05】【来源：区城管所】【浏览：】\n",
        "發佈時間：2023-11-05　資料來源：區城管所　瀏覽次數：\n",
        "返回列表\n[ 日期：2023-11-05 ]  [ 作者：某某 ]  [ 来源：区城管所 ]\n字体：大 中 小\n",
    ],
    ids=["block-framed", "traditional-line", "three-line-block"],
)
def test_a_site_learned_block_gives_its_one_dated_row(block: str) -> None:
    """The site's learned lines may take the bar with its neighbours as one block: its
    one dated row still reaches the page's fields (``Pipeline._dropped_row``)."""
    text = f"某标题\n{block}正文第一段。\n"
    ed = Editor("p", text)
    s = text.index(block)
    ed.apply("boilerplate", [Edit(s, s + len(block), "", "boilerplate.site_repeat", "delete")])
    row = Pipeline(PipelineConfig())._dropped_row(ed)
    assert row is not None and "2023-11-05" in row


def test_two_dated_rows_removed_give_none() -> None:
    # look-alike: a list's rows, one dated row each: no one of them is the page's
    rows = "[ 时间：2023-11-05 ]  [ 来源：甲局 ]\n[ 时间：2023-11-06 ]  [ 来源：乙局 ]\n"
    text = f"某栏目\n{rows}正文。\n"
    ed = Editor("p", text)
    s, e = text.index("["), text.index("正文")
    ed.apply("boilerplate", [Edit(s, e, "", "boilerplate.site_repeat", "delete")])
    assert Pipeline(PipelineConfig())._dropped_row(ed) is None
