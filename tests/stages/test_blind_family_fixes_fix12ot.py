"""Fixes for the text families of the thirteenth blind set (sealed_o_chufa, sealed_o_pingce;
issue 12, fix12ot), each kind as a small case in wordings of its own, with look-alikes
that must stay:

* a card of metadata rows AFTER the body, under a heading of its own (``【…】`` or
  ``== … ==``), a closing row of several labelled fields, a labelled link closing an item;
* label variants: a decision's date is the publish date, a deadline's is none, a long
  label is read by its ending;
* a header number closed by a round bracket after its measure word (``（第2则）``);
* a labelled one-sentence note set between chrome lines at the foot is chrome;
* items of a bulleted list under the text's own label (and the row closing it) stay
  when the site repeats them;
* a number line over a title and its dated row numbers a piece, not a page; a bare
  number run whose titles hold one comma, with a byline under each title, splits;
* a drawn rule under a head the claims took is chrome; a date row holding a title keeps
  the title.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.block_rows import row_of_labelled_list
from cleaner.stages.foot_lines import FOOT_NOTICE, foot_lines, head_rule
from cleaner.stages.page_marks import opens_piece
from cleaner.stages.split_cells import dated_title
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair
from tests.stages.stage_runs import split as _split

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"
META = MetaParser()


# ---- metadata after the body


@pytest.mark.parametrize("heading", ["【登记摘要】", "== 档案卡 ==", "—— 核准信息 ——"])
def test_a_card_after_the_body_is_metadata(heading: str) -> None:
    lines = ["河湾村渡口改建许可", P1, P2, P3, "", heading]
    lines += ["行政许可决定书文号：河许〔2019〕12号", "审批机关：河湾县交通局"]
    lines += ["许可决定日期：2019年4月2日", "展示截止日期：2022年4月2日", ""]
    lines += ["提醒：渡口改建期间请绕行，给您带来不便敬请谅解。"]
    (d,) = _split(lines)
    assert d.meta == {
        "doc_number": "河许〔2019〕12号",
        "issuer": "河湾县交通局",
        "published": "2019-04-02",
    }
    assert heading not in d.text and "审批机关" not in d.text and "展示截止" not in d.text
    assert P3 in d.text and "提醒：渡口改建期间" in d.text  # the text and the notice stay


def test_a_card_without_heading_needs_every_label_to_name_a_field() -> None:
    rows = ["核准文号：河许〔2021〕3号", "签发机关：河湾县水利局"]
    (d,) = _split(["河湾村引水渠验收", P1, P2, P3, *rows])
    assert d.meta == {"doc_number": "河许〔2021〕3号", "issuer": "河湾县水利局"}
    assert rows[0] not in d.text and P3 in d.text
    (e,) = _split(["河湾村引水渠验收", P1, P2, P3, rows[0], "联系人：张某某"])
    assert rows[0] in e.text and "联系人：张某某" in e.text  # one label names nothing


def test_a_card_of_labels_that_name_nothing_stays_text() -> None:
    lines = ["河湾村渡口改建", P1, P2, P3, "", "【说明】", "备注：无", "负责人：某某"]
    (d,) = _split(lines)
    assert "【说明】" in d.text and "负责人：某某" in d.text and d.meta == {}


def test_a_closing_row_of_fields_is_metadata_with_a_notice_below() -> None:
    row = "（文号：河许〔2020〕8号；签发机关：河湾县林业局；决定日期：2020年6月1日）"
    lines = ["护林员巡山记", P1, P2, P3, row, "提醒：本栏目内容每周更新，欢迎持续关注和转发。"]
    (d,) = _split(lines)
    assert d.meta["published"] == "2020-06-01" and d.meta["issuer"] == "河湾县林业局"
    assert row not in d.text and P3 in d.text


def test_a_bracketed_note_closing_the_article_stays() -> None:
    note = "（注：本文写于出差途中，略有删改）"
    (d,) = _split(["护林员巡山记", P1, P2, P3, note])
    assert note in d.text


def test_a_labelled_link_closing_an_item_is_metadata() -> None:
    (d,) = _split(["护林员巡山记", P1, P2, P3, "原文地址：https://example.org/x/1.html"])
    assert d.meta.get("link") == "https://example.org/x/1.html" and "原文地址" not in d.text
    (e,) = _split(["护林员巡山记", P1, P2, P3, "出处：见文末附件"])
    assert "出处：见文末附件" in e.text


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("许可决定日期", "published"),
        ("决定日期", "published"),
        ("展示截止日期", None),
        ("公告到期日期", None),
        ("行政许可决定书文号", "doc_number"),
        ("核准发证机关", "issuer"),
        ("某某某某某某某人", None),  # a long label never reads by a one-character ending
        ("某县推进垃圾分类", None),  # a headline ending like a label is none
    ],
)
def test_label_variants(label: str, field: str | None) -> None:
    assert META.field_of(label) == field


# ---- headers and titles


def test_a_round_bracket_after_the_measure_word_closes_the_number() -> None:
    c = candidate(0, "（第2则）渡口改建的经过", vocab())
    assert c is not None and c.number == 2 and c.title == "渡口改建的经过"


def test_a_number_run_over_comma_titles_and_bylines_splits() -> None:
    titles = [
        "河湾的旧渡船，聊聊用后感",
        "晒谷场的新电扇值不值得买",
        "槐树下的收音机，用了三个月",
    ]
    lines = ["某某阅读器 · 导出", ""]
    for n, t in enumerate(titles, 1):
        lines += [f"-- {n} --", t, f"阿岚 / 2020-5-{n} / 杂谈", "", P1, P2, ""]
    drafts = _split(lines)
    assert [d.title for d in drafts] == titles
    assert [d.meta.get("published") for d in drafts] == ["2020-05-01", "2020-05-02", "2020-05-03"]


def test_the_same_numbers_over_prose_stay_one_article() -> None:
    lines = ["河湾杂记", ""]
    for n in (1, 2, 3):
        lines += [f"-- {n} --", "渡口的早晨，雾很大，船工说今天不开船了。", P1, ""]
    assert len(_split(lines)) == 1


def test_a_drawn_rule_under_a_claimed_head_is_chrome() -> None:
    page = ["某某阅读器 · 导出", "共 1 篇", "=" * 24, "河湾的旧渡船", P1]
    assert head_rule(page, {0, 1}) == 2
    assert head_rule(page, {0}) is None  # a head line left: the rule is not its close
    assert head_rule(page[2:], set()) is None  # a rule opening the page stays


def test_a_date_row_holding_a_title_keeps_the_title() -> None:
    assert dated_title("2021-05-20 周四 | 河湾渡口的春天来了") == (
        "2021-05-20",
        "河湾渡口的春天来了",
    )
    assert dated_title("2021-05-20 | 河湾日报") is None
    (d,) = _split(["2021-05-20 周四 | 河湾渡口的春天来了", "", P1, P2])
    assert d.title == "河湾渡口的春天来了" and d.meta.get("published") == "2021-05-20"
    assert "河湾渡口的春天来了" in d.text  # the row stays text: no word is lost


# ---- page marks


def test_a_number_over_a_title_and_its_dated_row_is_no_page_mark() -> None:
    text = "-- 1 --\n河湾的旧渡船\n阿岚 / 2020-5-1 / 杂谈\n\n船工说今天的雾很大\n\n-- 2 --\n"
    text += "晒谷场的新电扇\n阿岚 / 2020-5-2 / 杂谈\n\n孩子们追着花猫跑。\n"
    assert "-- 2 --" in repair(text) and "-- 1 --" in repair(text)
    assert opens_piece("\n晒谷场的新电扇\n阿岚 / 2020-5-2 / 杂谈\n", 0)


def test_a_page_mark_cutting_a_sentence_still_goes() -> None:
    text = f"{P1}\n船工把缆绳一圈圈收好，等第一班乘客\n\n-- 2 --\n\n上船，岸边的柳树还滴着水。\n"
    text += f"{P2}\n\n-- 3 --\n\n{P3}\n"
    assert "-- 2 --" not in repair(text)


# ---- chrome and content at the foot


def test_a_labelled_note_between_chrome_lines_is_chrome() -> None:
    page = [
        P1,
        P2,
        "友情提醒：请勿转载。",
        "补正说明：当事人满一年后可以申请撤下本页的登记信息。",
        "相关推荐",
    ]
    assert foot_lines(page, {2, 4}).get(3) == FOOT_NOTICE
    # the same line with the text right above it is the text's closing note
    assert 3 not in foot_lines([P1, P2, P3, page[3], "相关推荐"], {4})


def test_items_of_a_list_under_its_label_stay() -> None:
    page = ["优势：", "+ 体积小巧", "+ 声音很轻", "劣势：", "- 价格偏高", "总评：7/10", ""]
    page += ["相关推荐", "• 某某上手体验", "• 另一篇"]
    assert all(row_of_labelled_list(page, i, {}, {}) for i in (1, 2, 4, 5))
    assert not row_of_labelled_list(page, 8, {}, {})  # a related list under a bare word
    assert not row_of_labelled_list(page, 1, {0: 1}, {})  # its label is chrome itself
    ticks = ["做得好的地方：", "✓续航扎实", "✓按键清楚"]
    assert row_of_labelled_list(ticks, 2, {}, {})


# ---- the families' floors


@pytest.mark.parametrize("name", ["sealed_o_chufa", "sealed_o_pingce"])
def test_the_thirteenth_blind_text_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    floor = {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.01, f
