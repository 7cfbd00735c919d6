"""Fixes for set zg's two compilations that did not split (fixzg2).

* A feed dumped as text marks each record with a framed count of its own word
  (``=== record 2/3 ===``) over a block of lower-case English field rows (``title:``,
  ``updated:``, ``author:``, ``category:``) and a rule.  The count runs 1 … K to its
  total (:func:`split_headers.worded_counter_runs`); the record's title is its ``title:``
  row's value; the rows are read as their title-case labels are (``updated:`` is the
  date it went up); the rule under the block goes with it; the ``author:`` field stays
  the author.  The site's repeat pass leaves the counts alone (they mark the pieces).
* A school's monthly compilation of letters draws a banner with a tag and a serial
  between two runs of one ornament (``◆◆◆ 告家长书 · 02 ◆◆◆``) over each letter's title
  and its row of facts: the banner is the piece's mark (:func:`split_tags.tag_serial`),
  and the site's repeat pass keeps the marks, the title and the row under each of them
  (one letter leads many pages) and the letter's closing wish (``祝…！``).

Look-alikes that stay one article: a list of steps counted ``N/K`` between frames with
prose under each, a count with a page's word, a changelog's framed versions, a numbered
FAQ.  Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.boilerplate_site import marked_heads
from cleaner.stages.numbered_runs import counter_run
from cleaner.stages.split import SplitStage
from cleaner.stages.split_headers import title_field, worded_counter, worded_counter_runs
from cleaner.stages.split_tags import serial_run, tag_serial
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

BODY = [
    "各位读者朋友：",
    "因线路检修，本馆某某分馆自下周一起暂停开放三天，期间请到总馆办理借还手续。",
    "给您带来的不便，敬请谅解。",
]


def _dump() -> list[str]:
    page = ["# 导出工具 2.0 · 记录转文本", "# 导出于 2021-03-09 08:00 · 共 3 条", ""]
    for n, (title, day, who) in enumerate(
        (
            ("某分馆暂停开放三天", "2021-03-08", "借阅部"),
            ("少儿阅览室调整开放时间", "2021-03-05", "少儿部"),
            ("新书推荐活动报名开始", "2021-03-01", "推广部"),
        ),
        start=1,
    ):
        page += [
            f"=== record {n}/3 ===",
            f"title:    {title}",
            f"updated:  {day}T09:30:00+08:00",
            f"author:   某馆{who}",
            "category: 馆务公告",
            "--------------------",
            *BODY,
            "",
        ]
    return page


def test_worded_counter_reads_a_framed_record_count_but_no_page_or_step() -> None:
    assert worded_counter("=== record 2/3 ===") == ("record", 2, 3)
    assert worded_counter("~~ Item 4 of 5 ~~") == ("item", 4, 5)
    assert worded_counter("=== page 2/3 ===") is None  # a page's count
    assert worded_counter("=== Step 2/3 ===") is None  # a step of one piece
    assert worded_counter("record 2/3") is None  # no frame


def test_feed_dump_splits_into_its_records_with_their_fields() -> None:
    drafts = split(_dump())
    titles = ["某分馆暂停开放三天", "少儿阅览室调整开放时间", "新书推荐活动报名开始"]
    assert [d.title for d in drafts] == titles
    assert [d.meta.get("published") for d in drafts] == ["2021-03-08", "2021-03-05", "2021-03-01"]
    assert [d.meta.get("author") for d in drafts] == ["某馆借阅部", "某馆少儿部", "某馆推广部"]
    for d in drafts:
        assert "record" not in d.text and "title:" not in d.text and "updated:" not in d.text
        assert "-----" not in d.text  # the rule under the field block
        assert "暂停开放三天，期间请到总馆办理借还手续。" in d.text  # the body stays whole


def test_a_record_count_wants_fields_under_it() -> None:
    # the same counts over prose steps, no field rows: one piece's steps, no records
    page = ["某某操作指南", ""]
    for n in (1, 2, 3):
        page += [f"=== task {n}/3 ===", "打开设备", *BODY[1:], ""]
    assert len(split(page)) == 1
    # a count that misses its total is no run
    broken = _dump()
    broken[broken.index("=== record 3/3 ===")] = "=== record 4/3 ==="
    assert worded_counter_runs(broken) == []


def test_lower_case_english_labels_read_as_title_case_ones() -> None:
    meta = SplitStage().meta
    assert meta.parse_meta_line("updated:  2021-03-08T09:30:00+08:00") == {
        "published": "2021-03-08"
    }
    assert meta.parse_meta_line("author:   某馆借阅部") == {"author": "某馆借阅部"}
    assert title_field("title:    某分馆暂停开放三天") == "某分馆暂停开放三天"
    assert title_field("author:   某馆借阅部") is None


def test_site_repeat_keeps_record_counts() -> None:
    assert counter_run(_dump()) == {3, 13, 23}


# -- the letters' banners --------------------------------------------------------------


def _letters() -> list[str]:
    page = ["2021年3月告家长书（汇编）", ""]
    for n, (title, office) in enumerate(
        (("春季传染病预防告家长书", "保健室"), ("清明假期安全提醒", "德育处")), start=1
    ):
        page += [
            f"◆◆◆ 告家长书 · {n:02d} ◆◆◆",
            title,
            f"发文：{office}｜日期：2021年3月{n * 9}日｜对象：全体学生家长",
            "尊敬的家长朋友：",
            "近期天气变化较大，请您提醒孩子按时作息、注意增减衣物，如有身体不适请及时就医。",
            "祝您身体健康，家庭幸福！",
            f"某某市某小学{office}",
            f"2021年3月{n * 9}日",
            "",
        ]
    return page


def test_tag_serial_reads_a_framed_banner() -> None:
    assert tag_serial("◆◆◆ 告家长书 · 02 ◆◆◆")
    assert tag_serial("== 专栏 No.3 ==")
    assert not tag_serial("◆◆◆ 告家长书 · 02 ★★★")  # two ornaments: no frame
    assert not tag_serial("== v2 ==")  # a version, no tag and serial
    assert serial_run(_letters()) == [2, 11]


def test_site_repeat_keeps_each_banner_with_its_title_and_row() -> None:
    page = _letters()
    assert marked_heads(page) == {2, 3, 4, 11, 12, 13}
    # banners out of order are no run: nothing kept
    page[11] = "◆◆◆ 告家长书 · 05 ◆◆◆"
    assert marked_heads(page) == set()


def test_changelog_versions_between_frames_stay_one_article() -> None:
    page = ["某软件更新日志", ""]
    for v in ("2.1", "2.0", "1.9"):
        page += [f"== 版本 {v} ==", "修正了若干问题，改进了启动速度，并调整了部分界面文字。", ""]
    assert len(split(page)) == 1
    assert serial_run(page) == []


def test_numbered_faq_stays_one_article() -> None:
    page = ["某馆借阅常见问题", ""]
    for n, q in enumerate(("如何办理借书证？", "可以续借几次？", "逾期怎么处理？"), start=1):
        page += [f"{n}. {q}", "请携带本人有效证件到服务台办理，工作人员会为您说明具体规定。", ""]
    assert len(split(page)) == 1


def test_families_floor() -> None:
    f = family_figures("sealed_zg_dingyue")
    assert f["counts"] >= 0.95 and f["titles"] >= 0.95 and f["residue"] <= 0.05, f
    assert f["metadata"] >= 0.9, f
    f = family_figures("sealed_zg_jiazhang")
    assert f["counts"] >= 0.95 and f["titles"] >= 0.95 and f["residue"] <= 0.05, f
    assert f["metadata"] >= 0.9, f


def test_bracketed_count_of_total_needs_no_field_rows() -> None:
    # '【2/2】' with no word of its own: the count alone declares the pieces, as before
    page = ["某中心新闻稿合辑", ""]
    for n, title in enumerate(("甲地书展开幕", "乙地花展闭幕"), start=1):
        page += [f"【{n}/2】2021-03-0{n}", title, *BODY[1:], "", "* * *", ""]
    assert [d.title for d in split(page)] == ["甲地书展开幕", "乙地花展闭幕"]


def test_letters_split_under_their_banners_with_the_title_as_text() -> None:
    drafts = split(_letters())
    assert [d.title for d in drafts] == ["春季传染病预防告家长书", "清明假期安全提醒"]
    assert [d.text.split("\n")[0] for d in drafts] == [d.title for d in drafts]
    for d in drafts:
        assert "◆◆◆" not in d.text and "发文：" not in d.text
        assert "祝您身体健康，家庭幸福！" in d.text
    assert [d.meta.get("published") for d in drafts] == ["2021-03-09", "2021-03-18"]


def test_line_model_keeps_a_banner_run() -> None:
    assert {2, 11} <= counter_run(_letters())


def test_a_space_after_a_counted_number_is_stray() -> None:
    from tests.stages.stage_runs import repair

    line = (
        "结合近期借阅人数的变化情况，本馆自下月起调整相关安排，"
        "每日限80个 号，请有需要的读者朋友提前预约。"
    )
    assert "每日限80个号，" in repair(line + "\n")
    # a unit that measures may close a phrase: its space stays
    kept = (
        "某股目标价调至12.5元 维持“买入”评级，"
        "分析人士认为公司今年的经营前景总体稳定，值得继续关注。"
    )
    assert "12.5元 维持" in repair(kept + "\n")
