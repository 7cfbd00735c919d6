"""Fixes for what set zb's press room, release blog and hospital notices left (fixzb2),
each mechanism as a small case in wordings of its own, with look-alikes that stay:

* a bilingual row: a Han label glossed in English before its colon (``发布日期 Date：``)
  reads as the Han label; a date and the same date in English is one dateline, and over
  a bare title it is the row over the title;
* a press release's end word between dashes (``－完－``, ``- END -``) is the wires' end
  mark: the short tail under the last one, with a press contact, goes with it; the
  wires' release badge (``FOR IMMEDIATE RELEASE``) above the headline goes;
* head-row labels naming the desk that supplied the item (``供稿``, ``来自``, ``发稿科室``)
  read as ``origin``; a credit row after the body keeps reading ``供稿`` as the issuer;
* an author's handle loses its ``@``;
* a short kicker over the heading the page's ``<title>`` opens with: the heading is the
  title;
* a blog's pager by age framed by its arrow (``‹ 较新：…``) is chrome.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split_deck import kicker_over_heading
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_values import names_only
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, plain_stage, split

P1 = "（澄湾，2019年4月2日）澄湾船舶集团今日宣布在北岸码头启用新的维修船坞，预计年内投入使用。"
P2 = "集团表示，新船坞可同时容纳两艘中型货轮，将为周边航运公司提供更便捷的维修服务。"
E1 = "(Chengwan, April 2, 2019) Chengwan Shipyard Group today opened a new repair dock."
# a release's body long enough that its closing block is a small share of the page (the
# loss budget keeps a page whose chrome would be most of it)
BODY = [
    P1,
    "集团主席表示：「新船坞是集团扩展维修业务的重要一步，我们会继续投资码头设施。」",
    P2,
    E1,
    "“The new dock is an important step for our repair business,” said the Chairman.",
    "The dock can take two medium-sized cargo ships at once and opens later this year.",
]
M = MetaParser()


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


# ---- bilingual rows


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "发布日期 Date：2019-04-02　｜　编号 Ref.：CW/NR/2019/03",
            {"published": "2019-04-02", "doc_number": "CW/NR/2019/03"},
        ),
        ("來源 Source：澄灣晚報　｜　作者 Author：魏某", {"origin": "澄灣晚報", "author": "魏某"}),
        ("发布日期 Release Date：2019/4/2", {"published": "2019-04-02"}),
    ],
)
def test_a_han_label_glossed_in_english_reads_as_the_label(row: str, want: dict) -> None:
    assert M.shaped_row(row, near_title=True) == want


@pytest.mark.parametrize(
    "line",
    [
        "联络人 Contact：王某　+852 2000 0000",  # a label no table names
        "我们改用 Python：一门更好读的语言。",  # prose with a Latin word before a colon
    ],
)
def test_glossed_label_look_alikes_read_no_field(line: str) -> None:
    row = M.parse_meta_line(line)
    assert not row or ("published" not in row and "doc_number" not in row)


def test_a_date_and_the_same_date_in_english_is_one_dateline() -> None:
    assert M.shaped_row("2019年4月2日 ｜ April 2, 2019", near_title=True) == {
        "published": "2019-04-02"
    }
    assert M.shaped_row("2019年4月2日 ｜ April 3, 2019", near_title=True) is None
    assert M.shaped_row("2019年4月2日 ｜ April 2, 2019 at the pier", near_title=True) is None


def test_a_bilingual_dateline_over_a_bare_title_is_its_row() -> None:
    title = "澄湾船舶集团启用北岸维修船坞"
    lines = ["2019年4月2日 ｜ April 2, 2019", title, "Chengwan Shipyard Opens a Dock", P1, P2]
    arts = split(lines)
    assert len(arts) == 1
    assert arts[0].title == title
    assert arts[0].meta.get("published") == "2019-04-02"
    assert "April 2, 2019" not in arts[0].text.split("\n")[0]


def test_a_plain_date_over_a_title_is_not_taken_for_a_bilingual_row() -> None:
    # a date alone keeps the older reading: only the two-tongue dateline is new here
    from cleaner.stages.split_meta import _glossed_dateline

    assert not _glossed_dateline("2019年4月2日")
    assert not _glossed_dateline("2019年4月2日 ｜ 澄湾")


# ---- end marks and the release badge

ABOUT = [
    "关于澄湾船舶集团",
    "澄湾船舶集团成立于一九八六年，主营船舶维修与改装业务，总部位于澄湾。",
    "About Chengwan Shipyard Group",
    "Chengwan Shipyard Group was founded in 1986 and repairs and refits ships.",
    "Press Enquiries：集团公关部 Public Affairs　+853 2800 0000",
]


@pytest.mark.parametrize("mark", ["－完－　– END –", "- END -", "－ 完 －", "–ENDS–"])
def test_a_dashed_end_mark_takes_the_about_block_under_it(mark: str) -> None:
    out = boil(["澄湾船舶集团启用北岸维修船坞", *BODY, mark, *ABOUT])
    for line in BODY:
        assert line in out
    assert mark not in out
    for line in ABOUT:
        assert line not in out


def test_a_dashed_end_mark_over_a_scene_takes_the_mark_alone() -> None:
    scene = ["他把船票折好放进口袋。", "码头的灯一盏一盏亮了起来。"]
    out = boil(["第三章", P1, P2, "－完－", *scene])
    assert "－完－" not in out
    for line in scene:
        assert line in out


@pytest.mark.parametrize("line", ["— 完结篇 —", "- End of Term -", "－完成情况－"])
def test_dashed_headings_with_other_words_stay(line: str) -> None:
    assert line in boil(["澄湾船舶集团启用北岸维修船坞", P1, line, P2])


@pytest.mark.parametrize(
    "badge",
    [
        "FOR IMMEDIATE RELEASE",
        "即时发布 For Immediate Release",
        "EMBARGOED UNTIL 09:00, 2 April 2019",
    ],
)
def test_the_release_badge_above_the_headline_goes(badge: str) -> None:
    out = boil(["2019年4月2日", badge, "澄湾船舶集团启用北岸维修船坞", P1, P2])
    assert badge not in out
    assert "澄湾船舶集团启用北岸维修船坞" in out


def test_a_sentence_about_a_release_stays() -> None:
    line = "The figures are for immediate release to members."
    assert line in boil(["澄湾船舶集团启用北岸维修船坞", P1, P2, line])
    assert "boilerplate.rule.generic.release_badge" not in _rules([P1, "FOR IMMEDIATE RELEASE"])


# ---- labels of the desk that supplied the item


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        (
            "【院内公告】　发稿科室：康复医学科　审核：某某　日期：2020-05-06　阅读：31",
            "康复医学科",
        ),
        ("发布于 2020年5月6日 | 供稿：营养科 | 浏览 88 次", "营养科"),
        ("2020.05.06　来自：体检中心", "体检中心"),
        ("供稿部门：宣传处　发布时间：2020-05-06", "宣传处"),
    ],
)
def test_the_supplying_desk_at_the_head_is_the_origin(row: str, origin: str) -> None:
    got = M.shaped_row(row, near_title=True)
    assert got is not None
    assert got.get("origin") == origin
    assert got.get("published") == "2020-05-06"


def test_a_credit_row_after_the_body_keeps_the_supplier_as_issuer() -> None:
    lines = ["北岸小学举办读书节", "2020-05-06", P1, P2, "（供稿：教务处　编辑：某某）"]
    arts = split(lines)
    assert arts[0].meta.get("issuer") == "教务处"
    assert "供稿" not in arts[0].text


def test_a_credit_row_after_the_body_is_kept_by_the_boilerplate_stage() -> None:
    row = "（供稿：教务处　编辑：某某）"
    assert row in boil(["北岸小学举办读书节", "2020-05-06", P1, P2, row])


@pytest.mark.parametrize("label", ["采购单位", "发文单位", "主办单位"])
def test_other_unit_labels_are_not_the_desk(label: str) -> None:
    assert M.field_of(label) != "origin"


# ---- handles


def test_an_author_handle_loses_its_mention_mark() -> None:
    assert names_only({"author": "@shore-wind"}) == {"author": "shore-wind"}
    assert names_only({"author": "@甲某 @乙某"}) == {"author": "甲某 乙某"}
    assert names_only({"author": "mail@shore"}) == {"author": "mail@shore"}
    assert names_only({"author": "某@某"}) == {"author": "某@某"}


# ---- a kicker over the heading the <title> names


def test_a_kicker_over_the_titled_heading_is_no_title() -> None:
    head = "潮汐 2.4 发布：离线地图来了"
    body = ["更新日志", head, "这一版主要改进了地图。"]
    assert kicker_over_heading(body, 0, (head, "新特性"), f"{head} | 潮汐博客")
    assert not kicker_over_heading(body, 0, (head,), "潮汐博客")
    assert not kicker_over_heading(body, 0, (), f"{head} | 潮汐博客")
    assert not kicker_over_heading(body, 0, (head,), "更新日志 | 潮汐博客")
    assert not kicker_over_heading(body, 0, (head,), f"{head}2 | 潮汐博客")


# ---- a pager by age


@pytest.mark.parametrize(
    "line",
    [
        "‹ 较新：潮汐 2.5 发布：多语言支持来了",
        "较旧：潮汐 2.3 发布：夜间模式来了 ›",
        "更早的文章：潮汐 2.2 发布 →",
        "« Newer: Tide 2.5 is out",
        "Older post: Tide 2.3 is out →",
    ],
)
def test_a_pager_by_age_goes(line: str) -> None:
    assert "boilerplate.rule.generic.prev_next" in _rules(["潮汐 2.4 发布", P1, P2, line])


@pytest.mark.parametrize(
    "line",
    [
        "更新：修复了地图缩放时闪烁的问题",
        "较新：这一版的地图更快",
        "Older versions: see the archive",
    ],
)
def test_pager_look_alikes_stay(line: str) -> None:
    assert "boilerplate.rule.generic.prev_next" not in _rules(["潮汐 2.4 发布", P1, line, P2])


# ---- the families


@pytest.mark.parametrize("name", ["sealed_zb_xinwen", "sealed_zb_kaiyuan", "sealed_zb_menzhen"])
def test_zb_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.99
    assert f["residue"] <= 0.02
    assert f["titles"] >= 0.95
    assert f["metadata"] >= 0.95


def test_set_n_credit_rows_keep_their_issuer() -> None:
    assert family_figures("sealed_n_xiaoyuan")["metadata"] >= 0.99
