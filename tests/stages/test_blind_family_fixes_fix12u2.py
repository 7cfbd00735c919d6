"""Fixes for the counts and chrome the nineteenth blind set (sealed_u_*) left (fix12u2),
each as a small case in wordings of its own, with look-alikes that stay:

* a run of bare marks (``PART 01``, ``PART 02``) whose titles (the lines under them) a
  contents line in the page head lists in order (``本期目次：甲 · 乙 · 丙``) cuts the page
  into pieces (:mod:`cleaner.stages.split_contents`); a sentence naming a document's parts,
  or titles on lines of their own, is no such line;
* a second document under a bare attachment mark (``附件``) or a divider drawn around a
  word (``== 编制说明 ==``), opening with a document's title, is an article of its own
  (:mod:`cleaner.stages.split_annex`); a mark over a file name, or over a short note,
  cuts nothing;
* a title right under such a mark stays even where the site repeats its shape (the page's
  title inside it);
* a row of a card of labelled rows glued under the text (``开放时段：…`` among ``位置：…``
  and ``收费：…``) stays when the site repeats its value, as long as a sibling row is the
  page's own (:func:`cleaner.stages.block_rows.row_of_card`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.block_rows import row_of_card
from cleaner.stages.split_annex import annex_cuts, under_mark
from cleaner.stages.split_contents import lists_titles
from cleaner.stages.split_page_title import text_headline
from tests.stages.family_figures import assert_floors
from tests.stages.river_prose import P1, P2, P3
from tests.stages.stage_runs import boil, site_stage
from tests.stages.stage_runs import repair as _repair
from tests.stages.stage_runs import split as _split

ENDINGS = ("通知", "办法", "规定", "方案")


# ---- a contents line over a run of bare marks


def _guide(contents: str) -> list[str]:
    return [
        "河湾小城漫游记",
        contents,
        "PART 01",
        "青石老街",
        P1,
        P2,
        "PART 02",
        "落霞渡口",
        P2,
        P1,
        "PART 03",
        "柳荫书院",
        P1,
        P2,
    ]


def test_a_contents_line_naming_every_title_cuts_the_page() -> None:
    arts = _split(_guide("本期目次：青石老街 · 落霞渡口 · 柳荫书院"))
    assert [a.title for a in arts] == ["青石老街", "落霞渡口", "柳荫书院"]
    assert all("PART" not in a.text for a in arts)


@pytest.mark.parametrize(
    "contents",
    [
        "本期目次：青石老街 · 落霞渡口",  # one title missing
        "这一次我们走过了青石老街、落霞渡口、柳荫书院三个地方",  # a sentence
        "本期目次：落霞渡口 · 青石老街 · 柳荫书院",  # out of order
    ],
)
def test_a_contents_look_alike_cuts_nothing(contents: str) -> None:
    assert len(_split(_guide(contents))) == 1


def test_lists_titles_needs_one_line_of_titles_alone() -> None:
    titles = ["甲处", "乙处"]
    assert lists_titles(["目次：甲处｜乙处"], titles)
    assert lists_titles(["甲处 / 乙处"], titles)
    assert not lists_titles(["甲处", "乙处"], titles)
    assert not lists_titles(["目次：甲处｜乙处｜丙处"], titles)
    assert not lists_titles(["目次：甲处｜甲处"], ["甲处", "甲处"])


# ---- a second document under an attachment mark or a divider

DRAFT = [
    "河湾市街巷保洁管理办法",
    "第一条　为了规范街巷保洁工作，改善人居环境，根据有关规定，结合本市实际，制定本办法。",
    "第二条　各街道应当明确保洁责任区域，落实日常巡查制度，及时处理群众反映的问题。",
    "第三条　保洁作业单位应当按照规定的时间和标准作业，不得将垃圾扫入雨水井和河道。",
    "第四条　本办法自发布之日起施行。",
]
NOTE = [
    "一、制定背景",
    P3,
    "近年来群众对街巷环境的要求越来越高，原有的做法已经难以适应，有必要制定专门的办法。",
    "二、主要内容",
    "《办法》共四条，明确了保洁责任区域、巡查制度和施行日期，便于各街道对照落实。",
    "河湾市环境卫生管理处",
    "2021年3月9日",
]
NOTE_TITLE = "关于《河湾市街巷保洁管理办法》的编制说明"


@pytest.mark.parametrize("mark", ["附件", "附件1", "附件：", "== 编制说明 ==", "～～ 说明 ～～"])
def test_a_document_under_a_mark_is_an_article_of_its_own(mark: str) -> None:
    arts = _split([*DRAFT, mark, NOTE_TITLE, *NOTE])
    assert [a.title for a in arts] == ["河湾市街巷保洁管理办法", NOTE_TITLE]
    assert mark not in "".join(a.text for a in arts)
    assert arts[1].text.rstrip().endswith("2021年3月9日")
    assert arts[1].meta.get("published") == "2021-03-09"


@pytest.mark.parametrize(
    "tail",
    [
        ["附件", "街巷保洁责任区域登记表.xls"],  # a file name under the mark
        ["附件：", "1.街巷保洁实施方案", "2.街巷保洁考核办法", *NOTE],  # a list of attachments
        ["附件", NOTE_TITLE, "见附表。"],  # no body under the title
        ["相关阅读", NOTE_TITLE, *NOTE],  # no mark: a link heading
        ["附件", "各街道要按时报送，逾期不报的，通报批评。", *NOTE],  # a sentence, no title
    ],
)
def test_a_mark_look_alike_cuts_nothing(tail: list[str]) -> None:
    assert annex_cuts([*DRAFT, *tail], ENDINGS) == []


def test_a_short_first_piece_is_no_document() -> None:
    assert annex_cuts(["河湾市街巷保洁管理办法", "附件", NOTE_TITLE, *NOTE], ENDINGS) == []


def test_a_title_under_a_mark_is_the_documents_own() -> None:
    page = [P1, "附件", NOTE_TITLE, P2]
    assert under_mark(page, 2)
    assert not under_mark([P1, "延伸阅读", NOTE_TITLE, P2], 2)
    assert not under_mark([P1, "附件", NOTE_TITLE], 2)  # nothing below it


def test_a_repeated_title_shape_under_a_mark_stays() -> None:
    names = ["街巷保洁", "河道巡查", "绿地养护", "路灯维护"]
    pages = [
        [
            f"河湾市{n}管理办法",
            f"第一条　为了规范{n}工作，改善人居环境，根据有关规定，结合本市实际，制定本办法。",
            "附件",
            f"关于《河湾市{n}管理办法》的编制说明",
            f"{P3[:-1]}，{n}工作的要求据此写明。",
            "本站声明：转载请注明出处",
        ]
        for n in names
    ]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert page[3] in out, out
        assert "本站声明" not in out


def test_an_ordinal_in_the_head_is_no_count_of_pieces() -> None:
    # '第二条' names a clause: no '2 pieces' cue for the two sections below it
    page = [*DRAFT[:3], "一、制定背景", P3, P1, "二、主要内容", P2, P1]
    assert len(_split(page)) == 1


def test_the_title_a_saved_page_title_dresses_is_the_headline() -> None:
    page = [
        "河湾镇秋季征兵的通知-河湾镇网",
        "首页 | 通知公告",
        "",
        "发布：2021-3-9",
        "河湾镇秋季征兵的通知",
        P1,
    ]
    assert text_headline(page) == ("河湾镇秋季征兵的通知",)
    # a line the first one does not dress (no separator and site words after it)
    assert text_headline(["河湾镇秋季征兵的通知公告", "河湾镇秋季征兵的通知", P1]) == ()


def _notice_site() -> list[list[str]]:
    kinds = ["秋季体检", "冬季义诊", "春季义剪", "夏季纳凉", "社区夜校"]
    titles = [f"关于开展{k}活动的通知" for k in kinds]
    pages = []
    for n, title in enumerate(titles):
        others = [t for t in titles if t != title][:3]
        pages.append(
            [
                "河湾社区服务网　服务河湾",
                "首页｜社区通知｜办事指南｜联系我们",
                title,
                "各位居民：",
                f"{P1[:-1]}，第{n + 1}期活动的安排如下。",
                f"{P2[:-1]}，请留意第{n + 1}期的报名时间。",
                "特此通知。",
                "以往通知：",
                *others,
                "河湾社区服务网　版权所有",
            ]
        )
    return pages


def test_a_text_pages_own_title_the_site_lists_elsewhere_stays() -> None:
    pages = _notice_site()
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert page[2] in out.splitlines(), out
        assert "以往通知：" not in out
        assert not any(t in out for t in page[8:11])


def test_a_listed_title_below_the_body_still_goes() -> None:
    pages = _notice_site()
    stage = site_stage(pages)
    # a listed title standing alone under the text (no own title on top): the list's item
    page = [pages[0][0], pages[0][1], "各位居民：", P1, P2, pages[1][2], pages[0][-1]]
    out = boil(page, stage, site="s")
    assert "各位居民：" in out
    assert pages[1][2] not in out


def test_a_closing_row_naming_who_put_the_item_out_is_metadata() -> None:
    lines = [*DRAFT, "（本条信息由河湾社区服务站发布　2021年3月9日）"]
    (art,) = _split(lines)
    assert "本条信息" not in art.text
    assert art.meta.get("origin") == "河湾社区服务站"
    assert art.meta.get("published") == "2021-03-09"


# ---- a space splitting a word in a labelled sentence


def test_a_space_in_a_word_of_a_labelled_sentence_goes() -> None:
    line = "路线：河湾客 运站乘坐5路公交车约20分钟可达，自驾可导航至渡口停车场。\n"
    assert _repair(line).strip() == line.strip().replace("客 运", "客运")


@pytest.mark.parametrize(
    "line",
    [
        "路线：河湾客运站 5路公交车\n",  # a short value, no sentence
        "价目：成人 30元，儿童 15元，老人 免费\n",  # cells, no full stop
    ],
)
def test_spaces_in_a_labelled_row_that_is_no_sentence_stay(line: str) -> None:
    assert _repair(line).strip() == line.strip()


# ---- a card of labelled rows glued under the text


def test_a_card_row_the_site_repeats_stays_with_its_own_siblings() -> None:
    page = [P1, "位置：河湾镇青石村", "开放时段：09:00—17:00", "收费：免费", P2]
    assert row_of_card(page, 2, {2: 0, 3: 0}, {})


@pytest.mark.parametrize(
    ("page", "hits"),
    [
        # every row of the card is learned: the site's own card
        ([P1, "位置：河湾镇", "开放时段：09:00—17:00", "收费：免费"], {1: 0, 2: 0, 3: 0}),
        # over a blank line: no card glued to the text
        ([P1, "", "位置：河湾镇", "开放时段：09:00—17:00"], {3: 0}),
        # a row with a cue word (a share prompt) is never the text's
        ([P1, "位置：河湾镇", "分享到：朋友圈"], {2: 0}),
        # one label twice: a list of the same field, no card
        ([P1, "开放时段：上午", "开放时段：09:00—17:00"], {2: 0}),
    ],
)
def test_card_look_alikes_are_not_kept(page: list[str], hits: dict[int, int]) -> None:
    assert not row_of_card(page, max(hits), hits, {})


# ---- the families (before this fix: counts .250/0.0, residue .106/.040, titles
# .095/.500 on lvyou/zhengqiu; residue .191/.154, F1 .961/.931 on yanzhao/jiezhong)


@pytest.mark.parametrize(
    ("name", "floor", "residue"),
    [
        ("sealed_u_lvyou", {"content_f1": 0.99, "titles": 1.0, "counts": 1.0}, 0.01),
        ("sealed_u_zhengqiu", {"content_f1": 0.99, "titles": 1.0, "counts": 1.0}, 0.01),
        ("sealed_u_yanzhao", {"content_f1": 0.99, "titles": 1.0}, 0.01),
        ("sealed_u_jiezhong", {"content_f1": 0.99, "titles": 1.0}, 0.01),
    ],
)
def test_blind_family_u2_figures(name: str, floor: dict[str, float], residue: float) -> None:
    assert_floors(name, floor, residue=residue)
