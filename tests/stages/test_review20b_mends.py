"""Mends of review20b's findings on branch fixzx2, each a class of page in wordings of
its own, with look-alikes that keep what fixzx2 gained:

* N2: a counter or an action beside a number (``点赞 · 3``, ``阅读 | 12``, ``5 | 回复``,
  ``Views · 7``) is no folio printed with a running title: a thread's posts stay apart;
  a titled folio repeats the same running title of four characters or more;
* N3: a labelled row under a page-turn cut (``答：…``, ``乙方：…``, ``传真：…``) is a row
  of its own, never joined onto the labelled row above;
* N1: a row crediting where the item was taken from by a verb of taking names a body or a
  medium (``…气象台``, ``…晚报``); a clause (``据市民反映``) or a work's title
  (``选自某某童话集``) is no source, and the row stays text;
* N4: a lesson or an ordinal beside a bare date (``数学课``, ``第二课``, ``第3组``) is no
  office's desk;
* N5: a foot notice whose label opens a body line mid-piece (not a line closing a piece)
  is still the site's; a follow or rights prompt is the site's however labelled.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import Change, RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.foot_lines import FOOT_NOTICE, foot_lines
from cleaner.stages.page_folio import folio_number, folios_taken
from cleaner.stages.paragraph_joins import _folio_cut
from cleaner.stages.split_foot import foot_row


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _del(start: int, text: str) -> Change:
    return Change("p", 1, "boilerplate.line_model", "delete", start, start + len(text), text)


# ---- N2: counters are no titled folios


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("点赞 · 3", "点赞 · 4"),
        ("阅读 | 12", "阅读 | 13"),
        ("5 | 回复", "6 | 回复"),
        ("Views · 7", "Views · 8"),
        ("收藏 • 2", "收藏 • 3"),
        ("浏览次数｜40", "浏览次数｜41"),
        ("2｜甲镇周报", "3｜乙县月刊"),  # two titles: no running title of one work
    ],
)
def test_counter_rows_are_no_page_turns(first: str, second: str) -> None:
    assert not folios_taken([_del(100, first + "\n"), _del(300, second + "\n")])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("4｜柳岸文化季刊", "5｜柳岸文化季刊"),
        ("溪口校报 · 6", "溪口校报 · 7"),
        ("8 | 河湾年鉴", "9 | 河湾年鉴"),
    ],
)
def test_look_alike_running_titles_still_turn_pages(first: str, second: str) -> None:
    assert folios_taken([_del(100, first + "\n"), _del(300, second + "\n")])
    assert folio_number(first) is not None


# review20b's forum threads (invented by the reviewer): each post over a counter row the
# chrome line model takes; glued into one paragraph while the counters read as folios
THREADS = {
    "plain": [
        "最近打算在城东买房，看中了某某花园，有住在那里的朋友说说吗",
        "我住那里三年了，整体还不错，就是停车位有点紧张",
    ],
    "named": [
        "最近打算在城东买房，看中了某某花园，有住在那里的朋友说说吗",
        "老张：我住那里三年了，整体还不错，就是停车位有点紧张",
    ],
    "q and a": [
        "问：社保卡丢了，在外地能不能补办，需要带什么材料去",
        "答：可以在参保地的任意社保网点补办，带上身份证就行",
    ],
}


@pytest.mark.parametrize("posts", THREADS.values(), ids=list(THREADS))
def test_thread_posts_over_counters_stay_apart(posts: list[str]) -> None:
    page = ["大家说说这件事", "楼主：小李　发表于 2024-03-05"]
    tails = ["物业服务挺好的，小区绿化也不错，推荐", "周边配套一般，买菜要走十分钟"]
    for k, post in enumerate([*posts, *tails]):
        page += [post, f"点赞 · {k + 3}", ""]
    res = _run(page)
    lines = "\n".join(a.text for a in res.articles).split("\n")
    for post in posts:
        assert post in lines  # a line of its own, glued to no other post


# ---- N3: a labelled row after a cut is a row of its own


@pytest.mark.parametrize(
    ("cur", "nxt"),
    [
        ("问：户口迁出以后，医保怎么接续", "答：到新参保地窗口办理转入。"),
        ("甲方：负责提供场地，并承担水电", "乙方：负责布置展台和安保。"),
        ("电话：0731-5550999，工作日接听", "传真：0731-5550998"),
        ("小王：我也遇到过这个问题，后来", "老周：换个浏览器就好了。"),
        ("问　户口迁出以后，医保怎么接续", "答　到新参保地窗口办理转入。"),
    ],
)
def test_a_labelled_row_after_a_cut_is_no_continuation(cur: str, nxt: str) -> None:
    assert not _folio_cut(cur, f"\n\n{nxt}", 2)


@pytest.mark.parametrize(
    "cur", ["编者按：本期我们走访了两所学校，听到", "提醒：雨天出门请注意防滑，带好"]
)
def test_look_alike_labelled_prose_still_runs_on(cur: str) -> None:
    assert _folio_cut(cur, "\n\n老师和家长的心声。", 2)


# ---- N1: a credit names a body or a medium


@pytest.mark.parametrize(
    "line",
    [
        "——据市民反映",
        "（据现场调查显示　2023.05.06）",
        "——选自某某童话集　1956.04.01",
        "——引自某某诗选",
        "（据本台记者了解）",
        "（据某某社电）",
        "——摘自外公的旅行笔记",
    ],
)
def test_a_clause_or_a_work_is_no_source(line: str) -> None:
    got = foot_row(line, lambda k: None)
    assert not got or "origin" not in got


@pytest.mark.parametrize(
    ("line", "origin"),
    [
        ("——据河湾县气象台　2023.05.06", "河湾县气象台"),
        ("（转自柳岸晚报）", "柳岸晚报"),
        ("——摘自溪口区教育局网站　2023-05-06", "溪口区教育局"),
        ("——据槐镇卫生院官方微博", "槐镇卫生院"),
    ],
)
def test_a_body_or_a_medium_is_the_source(line: str, origin: str) -> None:
    got = foot_row(line, lambda k: None)
    assert got is not None and got.get("origin") == origin


def test_an_essay_keeps_its_info_bar_under_a_book_credit() -> None:
    body = [
        "小时候每到秋天，外公总会带我去后山摘野栗子，回来的路上给我讲他年轻时的故事。",
        "如今外公已经不在了，可那条山路和那些故事，我一直记得清清楚楚。",
    ]
    credit = "——选自某某回忆文集　1987.10.02"
    page = ["后山的栗子", "作者：林小溪　发布时间：2022-11-03", *body, credit]
    res = _run(page)
    assert len(res.articles) == 1
    art = res.articles[0]
    assert art.meta.get("author") == "林小溪"
    assert art.meta.get("published") == "2022-11-03"  # not the book's date
    assert "origin" not in art.meta
    assert credit in art.text.split("\n")  # the credit stays text


# ---- N4: a lesson or an ordinal beside a date is no desk


@pytest.mark.parametrize(
    "row",
    ["2023-04-01　数学课", "2023-04-01　第二课", "2023-04-01　第3组", "2023/04/01　｜　英语课"],
)
def test_a_lesson_beside_the_date_is_no_desk(row: str) -> None:
    from cleaner.stages.split_meta import MetaParser

    got = MetaParser().shaped_row(row, near_title=True) or {}
    assert "origin" not in got


@pytest.mark.parametrize(
    ("row", "desk"), [("〔2023.04.01〕〔户政课〕", "户政课"), ("2023-04-01　总务股", "总务股")]
)
def test_look_alike_office_desks_stay(row: str, desk: str) -> None:
    from cleaner.stages.split_meta import MetaParser

    got = MetaParser().shaped_row(row, near_title=True) or {}
    assert got.get("origin") == desk


# ---- N5: a foot notice kept only by a label closing a piece

FOOT = ["版权所有　某某社区网", "备案号：某ICP备00000000号"]


@pytest.mark.parametrize(
    ("body_line", "foot"),
    [
        ("温馨提醒：请带好身份证件。", "温馨提醒：扫码关注我们，获取更多资讯。"),
        ("特别提示：活动期间请勿携带宠物。", "特别提示：本页内容以官方发布为准。"),
        ("阅读须知：报名时请写清楚联系电话。", "阅读须知：点击右上角，把本文分享到朋友圈。"),
    ],
)
def test_a_foot_notice_whose_label_opens_a_body_line_still_goes(body_line: str, foot: str) -> None:
    page = ["社区周末活动通知", "本周六上午在社区广场举办义卖活动。", body_line]
    page += ["欢迎大家踊跃参加。", foot, *FOOT]
    n = len(page)
    assert foot_lines(page, {n - 2, n - 1}) == {n - 3: FOOT_NOTICE}


def test_look_alike_a_label_closing_the_first_piece_keeps_the_last() -> None:
    # two pieces, each closed by the same labelled line: the last one is the piece's
    page = ["第一件事", "正文说的是第一件事的经过。", "编者提醒：第一件事要记住。", ""]
    page += ["第二件事", "正文说的是第二件事的经过。", "编者提醒：第二件事也要记住。", *FOOT]
    n = len(page)
    assert foot_lines(page, {n - 2, n - 1}) == {}


@pytest.mark.parametrize(
    "credit",
    [
        "——摘自河湾区文化馆网站　1999.01.01",
        "——据柳岸晚报　1999-01-01",
        "（转自溪口日报　1999年1月1日）",
    ],
)
def test_a_dated_source_credit_leaves_a_single_documents_info_bar(credit: str) -> None:
    # the credit dates the source; the document's own bar gives its date and its author
    body = [
        "小时候每到秋天，外公总会带我去后山摘野栗子，回来的路上给我讲他年轻时的故事。",
        "如今外公已经不在了，可那条山路和那些故事，我一直记得清清楚楚。",
    ]
    page = ["后山的栗子", "作者：林小溪　发布时间：2022-11-03", *body, credit]
    res = _run(page)
    assert len(res.articles) == 1
    meta = res.articles[0].meta
    assert meta.get("author") == "林小溪" and meta.get("published") == "2022-11-03"
    assert meta.get("origin")  # the source it was taken from
