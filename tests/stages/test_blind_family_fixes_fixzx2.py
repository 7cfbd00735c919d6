"""Fixes for set zx's fact-check digest family (branch fixzx2), in wordings of their own,
with look-alikes that stay:

* a row of a framed class tag and an ordinal counter of the item over each piece
  (``#交通出行#　第2条``, ``【校园】第三则``, ``[Health] 第1例``): a numbered run whose
  rows file the pieces, each titled by the line below, which stays the piece's first line
  of text (:func:`split_tag_heads.tag_counter`, :func:`split_tag_heads.framed_tags`);
  ``条`` behind a tag counts items, it opens no statute's article;
* a title under its row may hold one question or exclamation mark, as it may one comma
  (``某事？不实``: a fact-check's headline);
* the rows' own numbers stay the split's when the site repeats a row (a class and a
  number another issue printed too): never learned as chrome.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_headers import numbered_runs, titles_below
from cleaner.stages.split_tag_heads import framed_tags, tag_counter

P1 = "有帖子称河湾片区下周起将全天停水，不少居民开始囤水，相关帖子被转发数千次。"
P2 = "经向供水公司核实，该片区只是进行例行的管道检修，夜间短时降压，不会全天停水。"
P3 = "工作人员提醒：看到来源不明的消息时先查一查权威渠道，不要随手转发给亲友。"

TITLES = ["河湾片区下周全天停水？不实", "“槐镇集市月底关闭”系误传", "柳岸公交全线停运？假的"]


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _digest(rows: list[str], titles: list[str] = TITLES) -> list[str]:
    out = ["社区辟谣周报", "本周选取3条典型传言予以澄清。", ""]
    for row, title in zip(rows, titles, strict=True):
        out += [row, title, P1, P2, P3, ""]
    return out


VARIANTS = {
    "hash tag, 条": ["#城市生活#　第1条", "#城市生活#　第2条", "#交通出行#　第3条"],
    "lenticular, 则, numerals": ["【民生】第一则", "【市场】第二则", "【民生】第三则"],
    "latin square tag, 例": ["[Water] 第1例", "[Market] 第2例", "[Bus] 第3例"],
    "tortoise shell, 件": ["〔生活〕　第 1 件", "〔生活〕　第 2 件", "〔出行〕　第 3 件"],
    "one class for all": ["#辟谣#　第1条", "#辟谣#　第2条", "#辟谣#　第3条"],
}


@pytest.mark.parametrize("rows", VARIANTS.values(), ids=list(VARIANTS))
def test_tagged_counter_rows_split_the_digest(rows: list[str]) -> None:
    res = _run(_digest(rows))
    assert [a.title for a in res.articles] == TITLES
    for art, title in zip(res.articles, TITLES, strict=True):
        lines = art.text.split("\n")
        assert lines[0] == title  # the title line stays text
        assert P3 in lines  # a labelled closing sentence is text
        assert not any(row in art.text for row in rows)  # the rows are headers


def test_tag_counter_reads_the_row() -> None:
    assert tag_counter("#城市生活#　第12条", "篇则条") == ("#城市生活#", "#", "12", "条")
    assert tag_counter("【民生】第三则", "篇则条") == ("【民生】", "【", "三", "则")
    assert framed_tags(["#城市生活#", "【民生】"]) and not framed_tags(["#城市生活#"])


@pytest.mark.parametrize(
    "line",
    [
        "依照本办法第2条",  # a sentence citing an article: no tag
        "#城市生活#　第2章",  # a section word that counts no items
        "#城市生活，交通出行#　第2条",  # a clause in the frame: no class word
        "【关于某事的通知全文及附件说明】第2条",  # too long for a class word
        "第2条　居民应当节约用水。",  # a statute's article
    ],
)
def test_look_alike_rows_are_no_tag_counters(line: str) -> None:
    assert tag_counter(line, "篇则条件例") is None


def test_look_alike_statute_stays_one_article() -> None:
    # a regulation numbering its articles '第N条' opens each with the marker: no tags,
    # no split into pieces
    page = ["槐镇集市管理办法", "第1条　为规范集市秩序，制定本办法。", P1]
    page += ["第2条　集市每周开放三天。", P2, "第3条　本办法自发布之日起施行。", P3]
    res = _run(page)
    assert len(res.articles) == 1


def test_look_alike_tag_rows_with_nothing_between_are_a_list() -> None:
    # a contents list of tagged rows, no text under any: no run of headers
    page = ["#城市生活#　第1条", "#城市生活#　第2条", "#交通出行#　第3条", P1, P2]
    assert numbered_runs(page) == []


def test_title_below_may_ask_and_answer() -> None:
    page = ["#城市生活#　第1条", "夜宵会伤胃？医生：因人而异", P1, P2]
    page += ["#城市生活#　第2条", "真的吗？假的！", P1, P2]
    run = titles_below(page, numbered_runs(page)[0])
    # one mark in a short line: a headline; two sentences' marks: none
    assert [c.title for c in run] == ["夜宵会伤胃？医生：因人而异", ""]


def test_site_repeated_rows_stay_for_the_split() -> None:
    # the site prints the same class-and-number rows in every issue: learned as its
    # chrome, they would be deleted and the digest left whole
    from cleaner.stages.site_profile import build_profiles

    rows = VARIANTS["hash tag, 条"]
    issues = []
    for k in range(4):
        titles = [f"{t}（{k}）" for t in TITLES]
        body = [f"{p}第{k}期。" for p in (P1, P2, P3)]
        lines = ["社区辟谣周报", f"第{k + 10}期", ""]
        for row, title in zip(rows, titles, strict=True):
            lines += [row, title, *body, ""]
        text = "\n".join(lines) + "\n"
        issues.append(RawInput(source=f"p{k}.txt", data=text.encode(), site="zx.example"))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(issues))
    res = pipe.process(issues[0], 0)
    assert len(res.articles) == 3
    assert [a.title for a in res.articles] == [f"{t}（0）" for t in TITLES]


# ---- a bare desk beside the date alone: the release's origin


@pytest.mark.parametrize(
    ("row", "day", "desk"),
    [
        ("〔2019.05.02〕〔户籍课〕", "2019-05-02", "户籍课"),
        ("2021-03-09　总务股", "2021-03-09", "总务股"),
        ("【2020/11/03】【兵役科】", "2020-11-03", "兵役科"),
        ("2018年7月6日　｜　社会事务组", "2018-07-06", "社会事务组"),
    ],
)
def test_a_bare_desk_beside_the_date_is_the_origin(row: str, day: str, desk: str) -> None:
    from cleaner.stages.split_meta import MetaParser

    got = MetaParser().shaped_row(row, near_title=True)
    assert got is not None and got.get("published") == day and got.get("origin") == desk


@pytest.mark.parametrize(
    "row",
    [
        "〔2019.05.02〕〔星期四〕",  # a weekday, no desk
        "2021-03-09　某县扶贫开发领导小组",  # a whole body: no desk
        "2021-03-09　林股",  # two letters: a person's name may end so
        # three cells: not the date and desk alone (a page counter closing the row is
        # its chrome, no cell: split_desks, fixyb2)
        "2021-03-09　总务股　统计组",
    ],
)
def test_look_alike_rows_name_no_desk(row: str) -> None:
    from cleaner.stages.split_meta import MetaParser

    got = MetaParser().shaped_row(row, near_title=True) or {}
    assert "origin" not in got


def test_a_dated_desk_row_over_a_release_gives_its_origin() -> None:
    page = ["〔2019.05.02〕〔户籍课〕", "本所五月份户籍业务调整说明", P1, P2, P3]
    res = _run(page)
    assert len(res.articles) == 1
    assert res.articles[0].meta.get("origin") == "户籍课"
    assert res.articles[0].meta.get("published") == "2019-05-02"


# ---- a labelled paragraph closing every piece is the text's, not a notice at the foot


@pytest.mark.parametrize("label", ["编者提醒", "小贴士", "温馨提示", "⚠ 安全提示"])
def test_a_label_closing_every_piece_stays_at_the_foot(label: str) -> None:
    from cleaner.stages.foot_lines import foot_lines

    page = []
    for k in range(3):
        page += [f"第{k + 1}件事的标题", P1, f"{label}：这一件事要记住第{k + 1}个要点。", ""]
    page += ["版权所有　某某网", "举报电话：12345"]
    foot = len(page) - 2
    assert foot_lines(page, {foot, foot + 1}) == {}


def test_look_alike_a_lone_notice_at_the_foot_still_goes() -> None:
    from cleaner.stages.foot_lines import FOOT_NOTICE, foot_lines

    note = "温馨提示：本页内容仅供参考，以官方发布为准。"
    page = ["某事的标题", P1, P2, note, "版权所有　某某网"]
    assert foot_lines(page, {4}) == {3: FOOT_NOTICE}


# ---- a dated row crediting where each piece was taken from: the piece's metadata


@pytest.mark.parametrize(
    ("credit", "origin", "day"),
    [
        ("——据{}官方微博　2021.03.09", "槐镇水务站", "2021-03-09"),
        ("（转自{}　2021年3月9日）", "柳岸晚报", "2021-03-09"),
        ("——摘自{}网站　2021-03-09", "河湾区应急管理局", "2021-03-09"),
    ],
)
def test_a_credit_taken_from_a_source_closes_each_piece(credit: str, origin: str, day: str) -> None:
    rows = VARIANTS["hash tag, 条"]
    page = ["社区辟谣周报", ""]
    for row, title in zip(rows, TITLES, strict=True):
        page += [row, title, P1, P2, P3, credit.format(origin), ""]
    res = _run(page)
    assert [a.title for a in res.articles] == TITLES
    for art in res.articles:
        assert art.meta.get("origin") == origin and art.meta.get("published") == day
        assert origin not in art.text  # the row is metadata, not text


@pytest.mark.parametrize(
    "line",
    [
        "——据说",
        "（据悉，某事已经办妥，请勿担心。）",
        "——鲁迅",
        "据某某局官方微博消息，某事已办妥。",
    ],
)
def test_look_alike_lines_credit_no_source(line: str) -> None:
    from cleaner.stages.split_foot import foot_row

    got = foot_row(line, lambda k: None)
    assert not got or "origin" not in got


# ---- a folio printed with the running title on one line marks a page turn


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2｜槐镇周报", "3｜槐镇周报"),
        ("槐镇周报 · 2", "槐镇周报 · 3"),
        ("12 | 某某年报", "13 | 某某年报"),
    ],
)
def test_titled_folios_taken_mark_page_turns(first: str, second: str) -> None:
    from cleaner.model import Change
    from cleaner.stages.page_folio import folio_points, folios_taken

    rows = [
        Change(
            "p", 1, "boilerplate.site_repeat", "delete", 100, 100 + len(first) + 1, first + "\n"
        ),
        Change(
            "p", 1, "boilerplate.site_repeat", "delete", 300, 300 + len(second) + 1, second + "\n"
        ),
    ]
    assert folios_taken(rows)
    assert folio_points(rows)[0] == 100


def test_look_alike_numbered_rows_are_no_folios() -> None:
    from cleaner.model import Change
    from cleaner.stages.page_folio import folios_taken

    rows = [
        Change("p", "boilerplate", "boilerplate.site_repeat", "delete", 100, 110, "第2条｜某事\n"),
        Change("p", "boilerplate", "boilerplate.site_repeat", "delete", 300, 310, "第3条｜某事\n"),
    ]
    assert not folios_taken(rows)


@pytest.mark.parametrize(
    "cur",
    [
        "温馨提示：出门前请查看天气，带好雨具和",
        "编者按：这一期我们走访了三个社区、两所学校，听到",
        "答：可以先在网上预约；到窗口时再出示",
    ],
)
def test_a_labelled_paragraph_cut_at_a_taken_folio_is_joined(cur: str) -> None:
    from cleaner.stages.paragraph_joins import _folio_cut

    assert _folio_cut(cur, "\n\n饮用水就行。", 2)


@pytest.mark.parametrize(
    "cur", ["联系电话：0731-5550999", "报名地点：河湾社区服务中心", "主办　某某协会"]
)
def test_look_alike_rows_at_a_taken_folio_stay_whole(cur: str) -> None:
    from cleaner.stages.paragraph_joins import _folio_cut

    assert not _folio_cut(cur, "\n\n报名从周一开始。", 2)
